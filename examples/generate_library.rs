//! Writes a large sample library made from the bundled seeds (see `attache::sample`).
//!
//! `cargo run --release --example generate_library -- OUT_DIR [--docs N] [--seed S]`

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: generate_library OUT_DIR [--docs N] [--seed S]";

fn main() -> ExitCode {
    let mut out: Option<PathBuf> = None;
    let mut docs: usize = 10_000;
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let parsed = match arg.as_str() {
            "--docs" => args.next().and_then(|v| v.parse().ok()).map(|n| docs = n),
            "--seed" => args.next().and_then(|v| v.parse().ok()).map(|s| seed = s),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if out.is_none() && !arg.starts_with('-') => {
                out = Some(PathBuf::from(arg));
                Some(())
            }
            _ => None,
        };
        if parsed.is_none() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match attache::sample::generate(&out, docs, seed) {
        Ok(stats) => {
            println!(
                "wrote {} files, {} bytes ({:.1} MB) to {}",
                stats.files,
                stats.bytes,
                stats.bytes as f64 / 1e6,
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate_library: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
