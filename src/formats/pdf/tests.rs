//! The reader on synthetic PDFs, each built for one layout quirk.

use super::writer::{Font, PageSpec, assemble, pdf, width};
use super::*;
use crate::formats::{BlockKind, Run, compose::compose};
use crate::segment::segment;

fn texts(x: &Extracted) -> Vec<String> {
    x.blocks.iter().map(|b| b.plain_text()).collect()
}

fn read_pages(pages: &[PageSpec]) -> Extracted {
    read(&pdf(pages, None)).unwrap()
}

#[test]
fn lines_drawn_in_shuffled_order_read_in_order() {
    let mut p = PageSpec::a4();
    p.lines(
        72.0,
        760.0,
        11.0,
        13.5,
        &[
            "The first line of the paragraph opens here and runs",
            "on to a second line that continues the same sentence",
            "and a third one that ends it.",
        ],
    );
    p.lines(
        72.0,
        700.0,
        11.0,
        13.5,
        &["A second paragraph stands apart.", "It has two lines."],
    );
    p.shuffle();
    let x = read_pages(&[p.clone()]);
    assert_eq!(
        texts(&x),
        [
            "The first line of the paragraph opens here and runs on to a second line that continues the same sentence and a third one that ends it.",
            "A second paragraph stands apart. It has two lines."
        ]
    );
    p.reverse();
    assert_eq!(texts(&read_pages(&[p])), texts(&x));
}

#[test]
fn a_two_column_page_reads_column_by_column() {
    let mut p = PageSpec::a4();
    p.text(72.0, 780.0, Font::Bold, 16.0, "Two columns");
    let left = [
        "Left column one opens the first",
        "paragraph of the page and goes",
        "on in the left column alone",
        "until it ends on this line.",
    ];
    let right = [
        "Right column words start a new",
        "paragraph here that has nothing",
        "to do with the left column but",
        "stands beside it all the way.",
    ];
    p.lines(72.0, 740.0, 10.0, 12.5, &left);
    p.lines(320.0, 740.0, 10.0, 12.5, &right);
    p.shuffle();
    let x = read_pages(&[p]);
    assert_eq!(
        texts(&x),
        [
            "Two columns",
            "Left column one opens the first paragraph of the page and goes on in the left column alone until it ends on this line.",
            "Right column words start a new paragraph here that has nothing to do with the left column but stands beside it all the way."
        ]
    );
    assert_eq!(x.blocks[0].kind, BlockKind::Heading(1));
}

/// Three pages with a running header, footers and page numbers in several forms.
fn furnished(n: usize) -> Vec<PageSpec> {
    (1..=n)
        .map(|i| {
            let mut p = PageSpec::a4();
            p.text(
                72.0,
                800.0,
                Font::Italic,
                9.0,
                "Draft report on the situation in the region",
            );
            p.text(290.0, 815.0, Font::Regular, 9.0, &format!("- {i} -"));
            p.lines(
                72.0,
                740.0,
                11.0,
                13.5,
                &[
                    &format!("Paragraph text of page {i} that fills a line of the body"),
                    "and ends here.",
                ],
            );
            p.text(72.0, 40.0, Font::Regular, 9.0, &format!("10349/19 MC/mz {i}"));
            p.text(500.0, 40.0, Font::Bold, 14.0, "EN");
            p.text(290.0, 25.0, Font::Regular, 9.0, &format!("Page {i} of {n}"));
            p.text(480.0, 25.0, Font::Regular, 9.0, &format!("{i}/{n} 18-16895"));
            p
        })
        .collect()
}

#[test]
fn running_headers_footers_and_page_numbers_are_removed() {
    let x = read_pages(&furnished(3));
    assert_eq!(
        texts(&x),
        (1..=3)
            .map(|i| format!("Paragraph text of page {i} that fills a line of the body and ends here."))
            .collect::<Vec<_>>()
    );
    assert_eq!(x.pages, Some(3));
    assert_eq!(
        x.blocks.iter().map(|b| b.page).collect::<Vec<_>>(),
        [Some(1), Some(2), Some(3)]
    );
}

#[test]
fn a_single_page_loses_its_council_footer_and_page_number() {
    // With one page nothing repeats: the running header stays, the footer
    // and page numbers go by their form.
    let x = read_pages(&furnished(1));
    assert_eq!(
        texts(&x),
        [
            "Draft report on the situation in the region",
            "Paragraph text of page 1 that fills a line of the body and ends here."
        ]
    );
}

#[test]
fn words_hyphenated_over_a_line_end_and_a_page_end_are_joined() {
    let mut p1 = PageSpec::a4();
    p1.lines(
        72.0,
        760.0,
        11.0,
        13.5,
        &[
            "Tuberculosis is the leading killer and associated risks grow; tuberculosis-",
            "associated deaths rose while the plan for the imple-",
            "mentation of the strategy, which every member of the",
        ],
    );
    p1.lines(
        72.0,
        700.0,
        11.0,
        13.5,
        &["group supported, was agreed after the long consul-"],
    );
    let mut p2 = PageSpec::a4();
    p2.lines(72.0, 760.0, 11.0, 13.5, &["tation that the Chair had opened in March."]);
    let x = read_pages(&[p1, p2]);
    assert_eq!(
        texts(&x),
        [
            "Tuberculosis is the leading killer and associated risks grow; tuberculosis-associated deaths rose while the plan for the implementation of the strategy, which every member of the",
            "group supported, was agreed after the long consultation that the Chair had opened in March."
        ]
    );
    assert_eq!(x.blocks[1].page, Some(1));
}

#[test]
fn a_paragraph_broken_by_a_page_break_is_one_block() {
    let mut p1 = PageSpec::a4();
    p1.lines(
        72.0,
        760.0,
        11.0,
        13.5,
        &[
            "1. The Council recalls its conclusions of March and",
            "underlines that the",
        ],
    );
    p1.lines(
        72.0,
        100.0,
        11.0,
        13.5,
        &[
            "2. The Council welcomes the report of the Commission",
            "and calls on the",
        ],
    );
    let mut p2 = PageSpec::a4();
    p2.lines(
        72.0,
        760.0,
        11.0,
        13.5,
        &[
            "Member States to implement it without delay.",
            "3. It will revert to the matter.",
        ],
    );
    let x = read_pages(&[p1, p2]);
    assert_eq!(
        texts(&x),
        [
            "1. The Council recalls its conclusions of March and underlines that the",
            "2. The Council welcomes the report of the Commission and calls on the Member States to implement it without delay.",
            "3. It will revert to the matter."
        ]
    );
    assert_eq!(x.blocks[1].page, Some(1));
    assert_eq!(x.blocks[2].page, Some(2));
}

#[test]
fn a_footnote_under_a_rule_with_a_raised_marker_glued_to_a_year() {
    let mut p = PageSpec::a4();
    let first = "The Council met on 11 February 2026";
    p.text(72.0, 760.0, Font::Regular, 11.0, first);
    let after = 72.0 + width(first, 11.0);
    p.raised(after, 760.0, 7.0, 4.0, "2");
    p.text(
        after + width("2", 7.0),
        760.0,
        Font::Regular,
        11.0,
        " and agreed on the text.",
    );
    p.rule(72.0, 216.0, 110.0);
    p.raised(72.0, 95.0, 6.0, 3.0, "2");
    p.text(
        76.0,
        95.0,
        Font::Regular,
        9.0,
        "OJ L 119, 4.5.2016, p. 1, as corrected by the",
    );
    p.text(72.0, 84.0, Font::Regular, 9.0, "corrigendum of 2018.");
    let x = read_pages(&[p]);
    assert_eq!(x.blocks.len(), 1);
    assert_eq!(
        x.blocks[0].runs,
        [
            Run::plain("The Council met on 11 February 2026"),
            Run::Note("2".into()),
            Run::plain(" and agreed on the text.")
        ]
    );
    assert_eq!(x.footnotes.len(), 1);
    assert_eq!(x.footnotes[0].marker, "2");
    assert_eq!(
        x.footnotes[0].text,
        "OJ L 119, 4.5.2016, p. 1, as corrected by the corrigendum of 2018."
    );
    let md = compose(&x);
    assert!(md.contains("11 February 2026[^2] and agreed"), "{md}");
}

#[test]
fn hanging_labels_in_a_gutter_join_their_paragraphs() {
    let mut p = PageSpec::a4();
    for (i, y) in [(1, 760.0), (2, 700.0)] {
        p.text(72.0, y, Font::Regular, 10.0, &format!("{i}."));
        p.lines(
            108.0,
            y,
            10.0,
            12.0,
            &[
                "Reaffirm the commitment to end the epidemic by 2030 and to",
                "provide leadership;",
            ],
        );
    }
    p.text(60.0, 650.0, Font::Regular, 7.0, "Pp1");
    p.lines(
        108.0,
        645.0,
        10.0,
        12.0,
        &[
            "Recognizing the intrinsic relationship between climate",
            "change and poverty,",
        ],
    );
    let x = read_pages(&[p]);
    assert_eq!(
        texts(&x),
        [
            "1. Reaffirm the commitment to end the epidemic by 2030 and to provide leadership;",
            "2. Reaffirm the commitment to end the epidemic by 2030 and to provide leadership;",
            "Recognizing the intrinsic relationship between climate change and poverty,"
        ]
    );
}

#[test]
fn a_council_letterhead_in_two_columns_gives_its_metadata() {
    let mut p = PageSpec::a4();
    p.text(141.6, 753.0, Font::Bold, 11.5, "Council of the");
    p.text(141.6, 741.0, Font::Bold, 11.5, "European Union");
    p.text(339.6, 724.0, Font::Bold, 11.5, "Brussels, 5 December 2019");
    p.text(339.6, 712.0, Font::Bold, 11.5, "(OR. en)");
    p.text(339.6, 676.0, Font::Bold, 11.5, "12804/20");
    p.text(339.6, 664.0, Font::Bold, 11.5, "REV 1");
    p.text(339.6, 640.0, Font::Bold, 11.5, "FISC 243");
    p.text(339.6, 628.0, Font::Bold, 11.5, "ECOFIN 557");
    p.text(56.6, 590.0, Font::Bold, 11.5, "NOTE");
    p.text(169.7, 547.0, Font::Regular, 11.5, "(Directorate ECOMP)");
    for (y, k, v) in [
        (560.0, "From:", "General Secretariat of the Council"),
        (530.0, "To:", "Delegations"),
        (513.0, "Subject:", "Code of Conduct Group (Business Taxation)"),
    ] {
        p.text(56.6, y, Font::Regular, 11.5, k);
        p.text(169.7, y, Font::Regular, 11.5, v);
    }
    p.text(
        169.7,
        499.0,
        Font::Regular,
        11.5,
        "- Overview of the preferential tax regimes examined",
    );
    p.text(187.5, 486.0, Font::Regular, 11.5, "since March 1998");
    p.lines(
        56.6,
        460.0,
        12.0,
        20.7,
        &[
            "Delegations will find attached an updated overview of the regimes.",
            "This overview also includes the measures examined since 2017.",
        ],
    );
    p.text(56.6, 53.7, Font::Regular, 12.0, "12804/20 REV 1");
    p.text(404.6, 53.7, Font::Regular, 12.0, "AR/sg");
    p.text(267.2, 37.8, Font::Regular, 12.0, "ECOMP.2.B");
    p.text(515.6, 34.0, Font::Bold, 18.0, "EN");
    p.shuffle();
    let x = read_pages(&[p]);
    let md = compose(&x);
    let doc = segment(&md);
    let m = &doc.meta;
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Code of Conduct Group (Business Taxation) - Overview of the preferential tax regimes examined since March 1998"
        ),
        "{md}"
    );
    assert_eq!(m.date.as_deref(), Some("2019-12-05"));
    assert_eq!(m.place.as_deref(), Some("Brussels"));
    assert_eq!(m.number.as_deref(), Some("12804/20 REV 1"));
    assert_eq!(m.codes, ["FISC 243", "ECOFIN 557"]);
    assert_eq!(
        m.from.as_deref(),
        Some("General Secretariat of the Council (Directorate ECOMP)")
    );
    assert_eq!(m.to.as_deref(), Some("Delegations"));
    let clauses: Vec<&str> = doc
        .clauses
        .iter()
        .map(|c| &doc.text[c.text.start as usize..c.text.end as usize])
        .collect();
    assert_eq!(
        clauses,
        [
            "Delegations will find attached an updated overview of the regimes. This overview also includes the measures examined since 2017."
        ]
    );
}

#[test]
fn bold_and_larger_lines_are_headings_ranked_by_size() {
    let mut p = PageSpec::a4();
    p.text(72.0, 780.0, Font::Bold, 16.0, "Political declaration");
    p.text(72.0, 750.0, Font::Bold, 11.0, "A. Scope of the declaration");
    p.lines(
        72.0,
        725.0,
        11.0,
        13.5,
        &[
            "The text of the declaration follows in plain type and",
            "ends with a full stop.",
        ],
    );
    p.text(72.0, 690.0, Font::Italic, 11.0, "Adopts the declaration.");
    let x = read_pages(&[p]);
    let kinds: Vec<&BlockKind> = x.blocks.iter().map(|b| &b.kind).collect();
    assert_eq!(
        kinds,
        [
            &BlockKind::Heading(1),
            &BlockKind::Heading(2),
            &BlockKind::Paragraph,
            &BlockKind::Paragraph
        ]
    );
    assert_eq!(
        x.blocks[3].runs,
        [Run::Text {
            text: "Adopts the declaration.".into(),
            bold: false,
            italic: true
        }]
    );
}

#[test]
fn a_dense_table_becomes_rows_never_mixed_sentences() {
    let mut p = PageSpec::a4();
    let cols = [56.0, 160.0, 330.0, 450.0];
    let rows = [
        ["MEMBER STATE", "REGIME", "ASSESSMENT", "ROLLBACK"],
        ["AUSTRIA", "AT001 Holdings", "Harmful", "2002"],
        ["", "AT002 Foundations", "Not harmful", "1999"],
        ["BELGIUM", "BE001 Coordination", "Harmful", "2003"],
    ];
    let mut y = 760.0;
    for r in rows {
        for (x, c) in cols.iter().zip(r) {
            if !c.is_empty() {
                p.text(*x, y, Font::Regular, 10.0, c);
            }
        }
        y -= 20.0;
    }
    let x = read_pages(&[p]);
    let cells: Vec<Vec<String>> = x
        .blocks
        .iter()
        .map(|b| match &b.kind {
            BlockKind::Row(c) => c.clone(),
            _ => vec![b.plain_text()],
        })
        .collect();
    assert_eq!(cells[1], ["AUSTRIA", "AT001 Holdings", "Harmful", "2002"]);
    assert_eq!(cells[2], ["", "AT002 Foundations", "Not harmful", "1999"]);
    assert_eq!(cells.len(), 4);
}

#[test]
fn the_info_title_is_a_fallback_only_when_it_is_not_junk() {
    let mut p = PageSpec::a4();
    p.text(72.0, 760.0, Font::Regular, 11.0, "Some text.");
    let good = read(&pdf(&[p.clone()], Some("Political declaration on tuberculosis"))).unwrap();
    assert_eq!(
        good.fallback.title.as_deref(),
        Some("Political declaration on tuberculosis")
    );
    let junk = read(&pdf(&[p], Some("Microsoft Word - draft_v3.docx"))).unwrap();
    assert_eq!(junk.fallback.title, None);
}

#[test]
fn a_page_without_text_is_no_text_layer() {
    let mut p = PageSpec::a4();
    p.rule(72.0, 500.0, 400.0);
    assert_eq!(read(&pdf(&[p], None)), Err(FormatError::NoTextLayer));
}

#[test]
fn a_password_protected_pdf_is_refused_as_encrypted() {
    // A standard security handler (RC4, revision 2) whose user password is not empty.
    let objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_string(),
        "<< /Length 8 >>\nstream\n\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\nendstream".to_string(),
        format!(
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <{}> /U <{}> >>",
            "11".repeat(32),
            "22".repeat(32)
        ),
    ];
    let mut bytes = assemble(&objects, None);
    let text = String::from_utf8_lossy(&bytes).replace(
        "/Root 1 0 R",
        "/Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
    );
    bytes = text.into_bytes();
    assert_eq!(read(&bytes), Err(FormatError::Encrypted("PDF")));
}

#[test]
fn the_fuzz_seed_reads_with_its_note_and_furniture_gone() {
    let x = read(include_bytes!("../../../fuzz/seed_corpus/pdf/two-pages.pdf")).unwrap();
    assert_eq!(
        texts(&x),
        ["1. The Council met on 11 February 2026 and agreed on the implementation."]
    );
    assert_eq!(
        x.footnotes,
        [crate::formats::Footnote {
            marker: "2".into(),
            text: "OJ L 119, 4.5.2016.".into()
        }]
    );
    assert_eq!(x.fallback.title.as_deref(), Some("A seed for the PDF reader"));
}
