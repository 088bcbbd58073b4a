//! The reader on synthetic PDFs, each built for one layout quirk.

use super::writer::{Font, PageSpec, pdf, width};
use super::*;
use crate::formats::{BlockKind, Run, compose::compose};

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
