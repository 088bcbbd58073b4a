//! Where a load's time goes, phase by phase, on a folder of briefings:
//! `cargo run --release --example load_phases -- /path/to/library`.
//! The benches give the totals; this splits them to show what to work on.

use std::path::PathBuf;
use std::time::Instant;

use attache::entities::Extractor;
use attache::jump::JumpIndex;
use attache::library::{Library, load_file};
use attache::load::discover;
use rayon::prelude::*;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let t = Instant::now();
    let extractor = Extractor::new(None).0;
    let lexicons = t.elapsed();
    let t = Instant::now();
    let found = discover(&paths);
    let discovered = t.elapsed();
    let t = Instant::now();
    let bytes: u64 = found
        .files
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    let built: Vec<_> = found.files.into_par_iter().map(|p| load_file(p, &extractor)).collect();
    let build = t.elapsed();
    let t = Instant::now();
    let mut lib = Library::default();
    lib.add(built);
    lib.compact();
    let merge = t.elapsed();
    let t = Instant::now();
    let index = JumpIndex::build(&lib);
    let jump = t.elapsed();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {mb:.1} MB, {} entities",
        lib.documents.len(),
        lib.entities.len()
    );
    for (name, d) in [
        ("lexicons", lexicons),
        ("discover", discovered),
        ("read+segment+extract", build),
        ("merge", merge),
        ("jump index", jump),
    ] {
        println!("{name:>22}: {:>7.1} ms", d.as_secs_f64() * 1e3);
    }
    std::hint::black_box(index);
}
