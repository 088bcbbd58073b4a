//! Where a first start's per-file time goes, stage by stage, on one core:
//! `cargo run --release --example stage_timing [DOCS] [RUNS]`.
//! Generates DOCS briefings (default 1,000, seed 1), reads them into memory,
//! then times segmentation and entity extraction separately over all of them,
//! RUNS times (default 5), printing each run and the best. One core and the
//! best run, because the machines are shared: the load benchmark's figures
//! move with the neighbours, the best of several single-core runs much less.

use std::time::Instant;

use attache::entities::Extractor;
use attache::segment::segment;

fn main() {
    let mut args = std::env::args().skip(1);
    let docs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let dir = tempfile::tempdir().expect("temp dir");
    let stats = attache::sample::generate(dir.path(), docs, 1).expect("generate library");
    let found = attache::load::discover(&[dir.path().to_path_buf()]);
    let texts: Vec<String> = found
        .files
        .iter()
        .map(|p| attache::load::read_text(p).expect("readable").0)
        .collect();
    let extractor = Extractor::new(None).0;
    println!("{} briefings, {:.1} MB", texts.len(), stats.bytes as f64 / 1e6);
    let (mut best_seg, mut best_ext) = (f64::MAX, f64::MAX);
    for run in 1..=runs {
        let t = Instant::now();
        let segmented: Vec<_> = texts.iter().map(|t| segment(t)).collect();
        let seg = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut mentions = 0;
        for s in &segmented {
            let header = s.header.join("\n");
            let mut parts: Vec<&str> = vec![header.as_str()];
            parts.extend(
                s.clauses
                    .iter()
                    .map(|c| &s.text[c.text.start as usize..c.text.end as usize]),
            );
            mentions += extractor.extract_document(&parts).iter().map(Vec::len).sum::<usize>();
        }
        let ext = t.elapsed().as_secs_f64();
        println!("run {run}: segment {seg:.3} s, extract {ext:.3} s ({mentions} mentions)");
        best_seg = best_seg.min(seg);
        best_ext = best_ext.min(ext);
    }
    println!("best: segment {best_seg:.3} s, extract {best_ext:.3} s");
}
