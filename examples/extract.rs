//! Reads one file with its format's reader and prints what attache makes of
//! it: the composed Markdown, then the segmenter's metadata and clauses.
//! `cargo run --example extract -- file.pdf [--md-only|--clauses-only]`

use attache::formats::{compose::compose, read, sniff};
use attache::segment::segment;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = std::path::Path::new(args.get(1).ok_or("usage: extract FILE [--md-only|--clauses-only]")?);
    let mode = args.get(2).map(String::as_str).unwrap_or("");
    let bytes = std::fs::read(path)?;
    let started = std::time::Instant::now();
    let x = read(sniff(&bytes, path), &bytes, path)?;
    let took = started.elapsed();
    let md = compose(&x);
    if mode != "--clauses-only" {
        println!("{md}");
    }
    if mode == "--md-only" {
        return Ok(());
    }
    let doc = segment(&md);
    println!(
        "== {} pages in {:.1?}; fallback title {:?}",
        x.pages.unwrap_or(0),
        took,
        x.fallback.title
    );
    println!("title  {:?}", doc.meta.title);
    println!("date   {:?}", doc.meta.date);
    println!("number {:?}", doc.meta.number);
    println!("codes  {:?}", doc.meta.codes);
    println!("from   {:?} / to {:?}", doc.meta.from, doc.meta.to);
    for c in &doc.clauses {
        let full = &doc.text[c.text.start as usize..c.text.end as usize];
        let text: String = full.chars().take(140).collect();
        println!("[{:?}] {:?} {}", c.kind, c.label, text);
    }
    Ok(())
}
