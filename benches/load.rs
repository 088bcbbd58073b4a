//! Load throughput on generated libraries of 1,000 and 10,000 briefings: the
//! whole pipeline the reader runs before everything is searchable (read,
//! decode, segment, extract entities, merge, build the jump index), with every
//! file parsed (`parsed`, a first start) and served from the index cache
//! (`cached`, every later start). Also the per-file stages alone: issue 2's
//! read + segment, and issue 3's read + segment + extract.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use attache::cache::IndexCache;
use attache::jump::JumpIndex;
use attache::library::Library;
use attache::pipeline::Pipeline;
use attache::sample;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Loads `paths` through `pipeline` and builds the jump index, as the reader does.
fn load_all(paths: &[PathBuf], pipeline: &Pipeline, docs: usize) -> (Library, JumpIndex) {
    let lib = Library::load_through(paths, pipeline);
    assert_eq!(lib.documents.len(), docs);
    let index = JumpIndex::build(&lib);
    (lib, index)
}

/// Files the cache will keep must have been still for a while (see `cache::Taken`).
fn age(dir: &Path) {
    let then = SystemTime::now() - Duration::from_secs(3600);
    for file in attache::load::discover(&[dir.to_path_buf()]).files {
        let f = std::fs::File::options().write(true).open(&file).expect("open");
        f.set_modified(then).expect("set mtime");
    }
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for docs in [1_000, 10_000] {
        // Generated once per size; the files stay in the page cache, so this
        // measures the pipeline rather than the disk.
        let dir = tempfile::tempdir().expect("temp dir");
        let stats = sample::generate(dir.path(), docs, 1).expect("generate library");
        age(dir.path());
        let paths = [PathBuf::from(dir.path())];
        group.throughput(Throughput::BytesDecimal(stats.bytes));
        let extractor = attache::entities::Extractor::new(None).0;
        let parsed = Pipeline::with_extractor(extractor);
        group.bench_with_input(BenchmarkId::new("parsed", docs), &paths, |b, paths| {
            b.iter_with_large_drop(|| load_all(paths, &parsed, docs))
        });
        let cache_dir = tempfile::tempdir().expect("temp dir");
        let cache_path = cache_dir.path().join("index.bin");
        let warm = Pipeline::with_cache(IndexCache::open(cache_path.clone(), 1));
        load_all(&paths, &warm, docs);
        warm.finish().expect("cache saved");
        group.bench_with_input(BenchmarkId::new("cached", docs), &paths, |b, paths| {
            b.iter_with_large_drop(|| {
                let pipeline = Pipeline::with_cache(IndexCache::open(cache_path.clone(), 1));
                let loaded = load_all(paths, &pipeline, docs);
                pipeline.finish().expect("nothing to save");
                loaded
            })
        });
    }
    group.finish();
}

/// The per-file stages, on both cores: issue 2's read + decode + segment, and
/// issue 3's read + decode + segment + extract entities (a document ready to
/// merge, as a first start builds it for every file).
fn per_file(c: &mut Criterion) {
    use rayon::prelude::*;
    let dir = tempfile::tempdir().expect("temp dir");
    let stats = sample::generate(dir.path(), 10_000, 1).expect("generate library");
    let found = attache::load::discover(&[PathBuf::from(dir.path())]);
    let mut group = c.benchmark_group("read+segment");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(stats.bytes));
    group.bench_function("10000", |b| {
        b.iter(|| {
            found
                .files
                .par_iter()
                .map(|p| {
                    let (text, _) = attache::load::read_text(p).expect("readable");
                    attache::segment::segment(&text).clauses.len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
    let mut group = c.benchmark_group("read+segment+extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(stats.bytes));
    let pipeline = Pipeline::with_extractor(attache::entities::Extractor::new(None).0);
    group.bench_function("10000", |b| {
        b.iter_with_large_drop(|| {
            found
                .files
                .par_iter()
                .zip(found.canonical.par_iter())
                .map(|(p, key)| {
                    let mut docs = pipeline.load(p, key);
                    docs.pop().expect("one document").expect("readable")
                })
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

criterion_group!(benches, per_file, load);
criterion_main!(benches);
