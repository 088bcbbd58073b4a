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

/// Runs `f` on a thread with a small stack, as a loading thread might have.
fn on_small_stack(f: impl FnOnce() + Send) {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn_scoped(s, f)
            .expect("thread")
            .join()
            .expect("no stack overflow");
    });
}

#[test]
fn nesting_up_to_the_cap_reads_on_a_small_stack() {
    let max = crate::formats::package::xml::MAX_DEPTH;
    // Tables in cells, as deep as the cap allows (three elements a level).
    let levels = (max - 8) / 3;
    let tables = format!(
        "{}{}{}",
        "<w:tbl><w:tr><w:tc>".repeat(levels),
        p("deep"),
        "</w:tc></w:tr></w:tbl>".repeat(levels)
    );
    // Content controls and hyperlinks inside a paragraph.
    let inline = format!(
        "<w:p>{}<w:r><w:t>deep</w:t></w:r>{}</w:p>",
        "<w:hyperlink>".repeat(max - 10),
        "</w:hyperlink>".repeat(max - 10)
    );
    let blocks = format!(
        "{}{}{}",
        "<w:sdt><w:sdtContent>".repeat((max - 8) / 2),
        p("deep"),
        "</w:sdtContent></w:sdt>".repeat((max - 8) / 2)
    );
    for body in [tables, inline, blocks] {
        let bytes = docx(&body, &[]);
        on_small_stack(|| {
            let x = read(&bytes).expect("reads");
            assert!(crate::formats::compose::compose(&x).contains("deep"));
        });
    }
}
