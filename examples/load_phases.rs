//! Where a load's time goes, phase by phase, on a folder of briefings:
//! `cargo run --release --example load_phases -- /path/to/library`.
//! Twice: every file parsed (an empty index cache), then served from the
//! cache that first load wrote. The benches give totals; this splits them.

use std::path::PathBuf;
use std::time::Instant;

use attache::cache::IndexCache;
use attache::jump::JumpIndex;
use attache::library::Library;
use attache::load::discover;
use attache::pipeline::Pipeline;
use rayon::prelude::*;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let cache_dir = tempfile::tempdir().expect("temp dir");
    let cache_path = IndexCache::path_for(cache_dir.path(), &paths);
    for run in ["parsed", "cached"] {
        let t = Instant::now();
        let pipeline = Pipeline::with_cache(IndexCache::open(cache_path.clone(), 1));
        let found = discover(&paths);
        let discovered = t.elapsed();
        let t = Instant::now();
        let bytes: u64 = found
            .files
            .iter()
            .filter_map(|p| p.metadata().ok())
            .map(|m| m.len())
            .sum();
        let built: Vec<_> = found
            .files
            .par_iter()
            .zip(found.canonical.par_iter())
            .flat_map(|(p, key)| pipeline.load(p, key))
            .collect();
        let build = t.elapsed();
        let t = Instant::now();
        let mut lib = Library::default();
        lib.add(built);
        lib.compact();
        let merge = t.elapsed();
        let t = Instant::now();
        let index = JumpIndex::build(&lib);
        let jump = t.elapsed();
        let t = Instant::now();
        pipeline.finish().expect("cache saved");
        let save = t.elapsed();
        let mb = bytes as f64 / 1e6;
        println!(
            "{run}: {} documents, {mb:.1} MB, {} entities",
            lib.documents.len(),
            lib.entities.len()
        );
        for (name, d) in [
            ("discover", discovered),
            ("read+segment+extract", build),
            ("merge", merge),
            ("jump index", jump),
            ("save cache", save),
        ] {
            println!("{name:>22}: {:>7.1} ms", d.as_secs_f64() * 1e3);
        }
        std::hint::black_box(index);
    }
}
