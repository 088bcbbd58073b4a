//! Agreed language on a generated library of 10,000 briefings (≈300,000
//! clauses): one query, a clause's wording looked up across the library
//! (target: ≤ 100 ms), beside the yardstick of building the index once.

use std::time::Instant;

use attache::library::Library;
use attache::reuse::ReuseIndex;
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    attache::sample::generate(dir.path(), 10_000, 7).unwrap();
    let lib = Library::load(&[dir.path().to_path_buf()]);
    let clauses: usize = lib.documents.iter().map(|d| d.clauses.len()).sum();
    let started = Instant::now();
    let index = ReuseIndex::build(&lib);
    eprintln!("index of {clauses} clauses built in {:?}", started.elapsed());
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
    g.bench_function("building the index (yardstick)", |b| b.iter(|| ReuseIndex::build(&lib)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
