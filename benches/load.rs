//! Load throughput: `Library::load` (read, decode, segment, extract entities,
//! in parallel over files) on generated libraries of 1,000 and 10,000 briefings.

use std::path::PathBuf;

use attache::library::Library;
use attache::sample;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for docs in [1_000, 10_000] {
        // Generated once per size; the files stay in the page cache, so this
        // measures the pipeline rather than the disk.
        let dir = tempfile::tempdir().expect("temp dir");
        let stats = sample::generate(dir.path(), docs, 1).expect("generate library");
        let paths = [PathBuf::from(dir.path())];
        group.throughput(Throughput::BytesDecimal(stats.bytes));
        group.bench_with_input(BenchmarkId::from_parameter(docs), &paths, |b, paths| {
            b.iter_with_large_drop(|| {
                let lib = Library::load(paths);
                assert_eq!(lib.documents.len(), docs);
                lib
            })
        });
    }
    group.finish();
}

/// Issue 2's measure: read + decode + segment only (no entity extraction).
fn read_and_segment(c: &mut Criterion) {
    use rayon::prelude::*;
    let mut group = c.benchmark_group("read+segment");
    group.sample_size(10);
    let dir = tempfile::tempdir().expect("temp dir");
    let stats = sample::generate(dir.path(), 10_000, 1).expect("generate library");
    let files = attache::load::discover(&[PathBuf::from(dir.path())]).files;
    group.throughput(Throughput::Bytes(stats.bytes));
    group.bench_function("10000", |b| {
        b.iter(|| {
            files
                .par_iter()
                .map(|p| {
                    let (text, _) = attache::load::read_text(p).expect("readable");
                    attache::segment::segment(&text).clauses.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, read_and_segment, load);
criterion_main!(benches);
