//! Agreed language on a generated library of 10,000 briefings (≈300,000
//! clauses): one query, a clause's wording looked up across the library
//! (target: ≤ 100 ms), beside what the index costs to make: fingerprinting
//! every clause (done once per document when it is read, then cached) and
//! gathering the cached fingerprints into the index (the loading thread's
//! share at every start). Also the reader's one pass over the citations.

use std::time::Instant;

use attache::entities::Extractor;
use attache::library::Library;
use attache::pipeline::Pipeline;
use attache::refs::CitationIndex;
use attache::reuse::{Prints, ReuseIndexBuilder};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    attache::sample::generate(dir.path(), 10_000, 7).unwrap();
    let pipeline = Pipeline::with_extractor(Extractor::new(None).0);
    let (lib, index) = Library::load_with_reuse(&[dir.path().to_path_buf()], &pipeline);
    let clauses: usize = lib.documents.iter().map(|d| d.clauses.len()).sum();
    eprintln!("index of {clauses} clauses: {:.1} MB", index.heap_bytes() as f64 / 1e6);
    let started = Instant::now();
    let citations = CitationIndex::build(&lib);
    eprintln!(
        "{} citations gathered in {:?}",
        citations.all().len(),
        started.elapsed()
    );
    // Long clauses from across the library: generated libraries reuse seed
    // prose, so each has many precedents (a worst case for checking them).
    let queries: Vec<(usize, usize)> = (0..lib.documents.len())
        .step_by(997)
        .filter_map(|d| {
            let doc = &lib.documents[d];
            (0..doc.clauses.len())
                .max_by_key(|&c| doc.clause_text(c).len())
                .map(|c| (d, c))
        })
        .collect();
    let found: usize = queries
        .iter()
        .map(|&(d, c)| index.find(&lib, lib.documents[d].clause_text(c), Some((d, c))).len())
        .sum();
    assert!(found > 0);
    let prints: Vec<Prints> = lib.documents.iter().map(Prints::of).collect();
    let mut g = c.benchmark_group("reuse");
    g.sample_size(10);
    g.bench_function("one clause's precedents, 10k briefings", |b| {
        let mut i = 0;
        b.iter(|| {
            let (d, c) = queries[i % queries.len()];
            i += 1;
            index.find(&lib, lib.documents[d].clause_text(c), Some((d, c)))
        })
    });
    g.bench_function("fingerprinting every clause (once per document, then cached)", |b| {
        b.iter(|| lib.documents.iter().map(Prints::of).collect::<Vec<_>>())
    });
    g.bench_function("gathering the index from the fingerprints (every start)", |b| {
        b.iter(|| {
            let mut builder = ReuseIndexBuilder::default();
            // A copy, as the loading thread receives each document's own.
            prints.iter().for_each(|p| builder.add(p.clone()));
            builder.finish()
        })
    });
    g.bench_function("citations gathered once (the reader at the end of a load)", |b| {
        b.iter(|| CitationIndex::build(&lib))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
