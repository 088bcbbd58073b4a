//! Bad Word files: each is refused with a reason, none panics.

use super::tests::{docx, numbered, numbering, p, styles};
use super::*;
use crate::formats::package::zip_of;

#[test]
fn bad_packages_are_refused_with_a_reason() {
    let good = docx(&p("Text."), &[]);
    assert!(matches!(
        read(&good[..good.len() / 2]),
        Err(FormatError::Damaged { .. })
    ));
    let no_document = zip_of(&[("word/styles.xml", "<x/>")]);
    assert!(matches!(read(&no_document), Err(FormatError::Damaged { detail, .. }) if detail.contains("document.xml")));
    let deep = format!("{}{}", "<w:p>".repeat(1000), "</w:p>".repeat(1000));
    assert!(matches!(read(&docx(&deep, &[])), Err(FormatError::Damaged { detail, .. }) if detail.contains("nested")));
    let broken = zip_of(&[("word/document.xml", "<w:document><w:body>")]);
    assert!(matches!(read(&broken), Err(FormatError::Damaged { .. })));
    let bomb = docx(
        &p("Text."),
        &[(
            "word/styles.xml",
            " ".repeat((crate::formats::package::MAX_PART_BYTES + 1) as usize),
        )],
    );
    assert_eq!(read(&bomb), Err(FormatError::TooLarge(FORMAT)));
}

#[test]
fn no_input_makes_the_reader_panic() {
    use proptest::prelude::*;
    let good = read_body_bytes();
    proptest!(ProptestConfig::with_cases(200), |(cut in 0usize..good.len(), flip in 0usize..good.len(), byte: u8)| {
        let _ = read(&good[..cut]);
        let mut bad = good.clone();
        bad[flip] = byte;
        let _ = read(&bad);
    });
}

fn read_body_bytes() -> Vec<u8> {
    docx(
        &[numbered(1, 0, "One"), numbered(1, 1, "sub"), p("Plain.")].concat(),
        &[("word/numbering.xml", numbering()), ("word/styles.xml", styles())],
    )
}
