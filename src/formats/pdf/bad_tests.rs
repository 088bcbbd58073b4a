//! Bad input: every file ends, quickly, with a reason or a reading; none
//! panics, none hangs.

use super::writer::{Font, PageSpec, assemble, pdf};
use super::*;
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// Reads `bytes` and checks it took less than `secs` seconds.
fn timed(bytes: &[u8], secs: u64) -> Result<Extracted, FormatError> {
    let started = Instant::now();
    let r = read(bytes);
    assert!(
        started.elapsed() < Duration::from_secs(secs),
        "took {:?}",
        started.elapsed()
    );
    r
}

fn sample() -> Vec<u8> {
    let mut p1 = PageSpec::a4();
    p1.text(72.0, 700.0, Font::Bold, 14.0, "A heading");
    p1.lines(
        72.0,
        670.0,
        11.0,
        13.5,
        &[
            "1. A numbered paragraph of the sample",
            "that wraps onto a second line.",
        ],
    );
    let mut p2 = PageSpec::a4();
    p2.lines(
        72.0,
        670.0,
        11.0,
        13.5,
        &["2. The second page has a paragraph of its own."],
    );
    pdf(&[p1, p2], Some("A sample document"))
}

#[test]
fn the_sample_reads_whole() {
    let x = read(&sample()).unwrap();
    assert_eq!(x.blocks.len(), 3);
    assert_eq!(x.blocks[0].plain_text(), "A heading");
}

#[test]
fn truncated_files_end_with_a_reason() {
    let whole = sample();
    // Cut inside the header, the catalog and the first page's objects.
    for cut in [0, 5, 9, 40, whole.len() / 4] {
        let r = timed(&whole[..cut], 5);
        assert!(r.is_err(), "cut at {cut} of {}: {r:?}", whole.len());
    }
    // Cut later, pdf_oxide may rebuild the cross-reference table by scanning
    // for objects: what it then reads must be the pages that are whole.
    for cut in [whole.len() / 2, whole.len() * 3 / 4, whole.len() - 30] {
        match timed(&whole[..cut], 5) {
            Ok(x) => assert_eq!(x.blocks[0].plain_text(), "A heading", "cut at {cut}"),
            Err(FormatError::Damaged { .. } | FormatError::NoTextLayer) => {}
            Err(e) => panic!("cut at {cut}: {e}"),
        }
    }
}

#[test]
fn truncated_real_files_end_quickly() {
    let Some(dir) = [
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/formats"),
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/formats"),
    ]
    .into_iter()
    .map(std::path::PathBuf::from)
    .find(|p| p.is_dir()) else {
        eprintln!("note: no shared formats folder; test skipped");
        return;
    };
    let bytes = std::fs::read(dir.join("cameroon-mfa-note-verbale-icj-2004.pdf")).unwrap_or_default();
    for tenth in 1..10 {
        let cut = bytes.len() * tenth / 10;
        // Either a reason or a (partial) reading, never a panic or a hang.
        let _ = timed(&bytes[..cut], 10);
    }
}

#[test]
fn garbage_after_the_header_is_damaged() {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    assert!(matches!(timed(&bytes, 5), Err(FormatError::Damaged { .. })));
    assert!(timed(b"%PDF-", 5).is_err());
}

fn objects(pages: &str, page: &str) -> Vec<String> {
    vec![
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        pages.into(),
        page.into(),
        "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Some words.) Tj ET\nendstream".into(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
    ]
}

const PAGE: &str =
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>";

#[test]
fn a_cyclic_page_tree_ends() {
    // The page tree lists itself among its kids.
    let bytes = assemble(&objects("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", PAGE), None);
    let _ = timed(&bytes, 10);
    // A page whose contents are the page tree, and a tree whose parent is itself.
    let bytes = assemble(
        &objects(
            "<< /Type /Pages /Parent 2 0 R /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /Resources 3 0 R /Contents [4 0 R 3 0 R 2 0 R] >>",
        ),
        None,
    );
    let _ = timed(&bytes, 10);
}

#[test]
fn a_huge_claimed_page_count_is_refused_or_read_as_it_is() {
    let bytes = assemble(
        &objects("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", PAGE),
        None,
    );
    match timed(&bytes, 10) {
        Err(FormatError::Unsupported(why)) => assert!(why.contains("pages"), "{why}"),
        Ok(x) => assert!(x.pages.unwrap_or(0) <= 1),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn too_many_pages_are_refused_with_a_reason() {
    let pages: Vec<PageSpec> = (0..3).map(|_| PageSpec::a4()).collect();
    let limits = Limits {
        max_pages: 2,
        ..Limits::default()
    };
    let r = read_with(&pdf(&pages, None), limits);
    assert_eq!(
        r,
        Err(FormatError::Unsupported(
            "PDF of 3 pages: attache reads at most 2 pages".into()
        ))
    );
}

#[test]
fn the_time_budget_stops_a_slow_read() {
    let limits = Limits {
        budget: Duration::ZERO,
        ..Limits::default()
    };
    assert!(matches!(read_with(&sample(), limits), Err(FormatError::Unsupported(why)) if why.contains("too slow")));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// A sample with bytes overwritten anywhere ends with a reading or a reason.
    #[test]
    fn mutated_files_never_panic(edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12)) {
        let mut bytes = sample();
        for (i, b) in edits {
            let at = i.index(bytes.len());
            bytes[at] = b;
        }
        let _ = timed(&bytes, 10);
    }
}

#[test]
fn a_deeply_nested_page_tree_ends() {
    // 3,000 levels of page-tree nodes, each the only kid of the one above.
    let depth = 3_000;
    let mut objs: Vec<String> = vec!["<< /Type /Catalog /Pages 2 0 R >>".into()];
    for i in 0..depth {
        let n = 2 + i;
        let kid = if i + 1 == depth {
            format!("{} 0 R", 2 + depth)
        } else {
            format!("{} 0 R", n + 1)
        };
        objs.push(format!("<< /Type /Pages /Kids [{kid}] /Count 1 >>"));
    }
    objs.push(format!(
        "<< /Type /Page /Parent {} 0 R /Contents {} 0 R /Resources << /Font << /F1 {} 0 R >> >> >>",
        depth + 1,
        depth + 3,
        depth + 4
    ));
    objs.push("<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Some words.) Tj ET\nendstream".into());
    objs.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into());
    let r = timed(&assemble(&objs, None), 10);
    assert!(
        matches!(&r, Err(FormatError::Damaged { detail, .. }) if detail.contains("page tree")),
        "{r:?}"
    );
}

#[test]
fn deeply_nested_arrays_are_refused() {
    let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    let objs = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        format!("<< /Type /Pages /Kids [3 0 R] /Count 1 /X {deep} >>"),
        PAGE.to_string(),
    ];
    let r = timed(&assemble(&objs, None), 10);
    assert!(
        matches!(&r, Err(FormatError::Damaged { detail, .. }) if detail.contains("nested")),
        "{r:?}"
    );
}
