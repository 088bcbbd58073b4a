//! The reader on synthetic PDFs: structure (letterhead, headings, tables),
//! metadata, and files it must refuse.

use super::writer::{Font, PageSpec, assemble, pdf};
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

/// Ministries publish PDFs that forbid editing but open without a password
/// (an empty user password): those are read, whatever the cipher.
#[test]
fn a_pdf_with_only_an_owner_password_is_read() {
    let plain = texts(&read(include_bytes!("../../../fuzz/seed_corpus/pdf/two-pages.pdf")).unwrap());
    for (name, bytes) in [
        (
            "RC4",
            &include_bytes!("../../../tests/fixtures/formats/permissions-only-rc4.pdf")[..],
        ),
        (
            "AES-128",
            &include_bytes!("../../../tests/fixtures/formats/permissions-only-aes128.pdf")[..],
        ),
        (
            "AES-256",
            &include_bytes!("../../../tests/fixtures/formats/permissions-only-aes256.pdf")[..],
        ),
    ] {
        let x = read(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(texts(&x), plain, "{name}");
    }
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

#[test]
fn a_label_set_in_bold_italic_stays_first_and_plain() {
    let mut p = PageSpec::a4();
    p.text(
        72.0,
        760.0,
        Font::Bold,
        11.0,
        "1. Take appropriate measures throughout the development.",
    );
    let x = read_pages(&[p]);
    assert_eq!(x.blocks[0].runs[0], Run::plain("1."));
    assert!(
        compose(&x).starts_with("<!-- page 1 -->\n\n1. **Take appropriate"),
        "{}",
        compose(&x)
    );
}
