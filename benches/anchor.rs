//! Re-anchoring bookmarks: 2,000 orphans (bookmarks of another library, the
//! common case) against 10,000 documents, next to the yardstick of 2,000
//! bookmarks found unchanged by their hash. Both should be a few milliseconds:
//! each bookmark is a few lookups, never a scan of the library.

use std::path::PathBuf;

use attache::bookmarks::{Bookmark, Quote, anchor};
use attache::entities::Extractor;
use attache::library::Library;
use criterion::{Criterion, criterion_group, criterion_main};

const DOCS: usize = 10_000;
const BOOKMARKS: usize = 2_000;

/// Ten thousand small briefings, read from memory (no disk, no sample files).
fn library() -> Library {
    let sources = (0..DOCS).map(|i| {
        let text = format!("Briefing {i}\n\n1. The Council met on item {i}.\n\n2. It agreed on point {i}.\n");
        (PathBuf::from(format!("lib/briefing-{i}.txt")), Ok(text))
    });
    Library::from_sources(sources, &Extractor::new(None).0)
}

/// Bookmarks of files this library does not hold: no hash, path or id matches.
fn orphans() -> Vec<Bookmark> {
    (0..BOOKMARKS)
        .map(|i| Bookmark {
            id: format!("{i:016x}"),
            doc_hash: format!("{:016x}", 0xdead_0000_u64 + i as u64),
            path: PathBuf::from(format!("/other/library/note-{i}.txt")),
            doc_id: format!("note-{i}"),
            title: Some("Another library".to_string()),
            label: "1.".to_string(),
            index: 0,
            quote: Quote {
                exact: "Words found nowhere here".to_string(),
                ..Quote::default()
            },
            note: None,
            created: 0,
            updated: 0,
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lib = library();
    let orphans = orphans();
    let found: Vec<Bookmark> = (0..BOOKMARKS)
        .map(|i| Bookmark::new(&lib.documents[i * (DOCS / BOOKMARKS)], 1, None, 0))
        .collect();
    assert!(anchor(&orphans, &lib).iter().all(|r| r.place.is_orphaned()));
    assert!(anchor(&found, &lib).iter().all(|r| !r.place.is_orphaned()));
    let mut g = c.benchmark_group("anchor");
    g.sample_size(10);
    g.bench_function("2000 orphans, 10k documents", |b| b.iter(|| anchor(&orphans, &lib)));
    g.bench_function("2000 found by hash (yardstick)", |b| b.iter(|| anchor(&found, &lib)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
