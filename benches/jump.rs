//! Palette keystroke latency: on generated libraries of 1,000 and 10,000
//! briefings, types a 12-letter query one letter at a time (each search
//! narrowing the previous one, as the palette does) and reports p50/p99 per
//! keystroke. A custom harness: criterion reports means, the target is a p99.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use attache::jump::JumpIndex;
use attache::library::Library;
use attache::sample;

const QUERIES: &[&str] = &[
    "semiconductor",
    "quantumkorea",
    "horizoneurope",
    "digitaldiplo",
    "cyberresilie",
];
const ROUNDS: usize = 5;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument selects sizes.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    for docs in [1_000usize, 10_000] {
        if filter.as_deref().is_some_and(|f| !docs.to_string().contains(f)) {
            continue;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        sample::generate(dir.path(), docs, 7).expect("generate library");
        let t = Instant::now();
        let lib = Library::load(&[PathBuf::from(dir.path())]);
        let loaded = t.elapsed();
        let t = Instant::now();
        let index = JumpIndex::build(&lib);
        let built = t.elapsed();
        let clauses: usize = lib.documents.iter().map(|d| d.clauses.len()).sum();
        let mut times = Vec::new();
        for _ in 0..ROUNDS {
            for q in QUERIES {
                let q = &q[..12.min(q.len())];
                let mut prev = None;
                for n in 1..=q.len() {
                    let t = Instant::now();
                    let s = index.search(&q[..n], 50, prev.as_ref());
                    times.push(t.elapsed());
                    prev = Some(s);
                }
            }
        }
        times.sort();
        println!(
            "jump/{docs}: {} candidates ({clauses} clauses); load {:.0} ms, index {:.0} ms; keystroke p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms over {} keystrokes",
            index.len(),
            loaded.as_secs_f64() * 1e3,
            built.as_secs_f64() * 1e3,
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
            times.len()
        );
    }
}
