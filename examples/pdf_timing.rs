//! Where a PDF's reading time goes: opening, spans alone, and the whole
//! reader. `cargo run --release --example pdf_timing -- file.pdf`
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: pdf_timing FILE")?;
    let bytes = std::fs::read(&path)?;
    for _ in 0..3 {
        let t = Instant::now();
        let doc = pdf_oxide::PdfDocument::from_bytes(bytes.clone())?;
        let open = t.elapsed();
        let n = doc.page_count()?;
        let mut spans = 0;
        for i in 0..n {
            spans += doc.extract_spans(i)?.len();
        }
        let all = t.elapsed();
        let t2 = Instant::now();
        let x = attache::formats::pdf::read(&bytes)?;
        let ours = t2.elapsed();
        println!(
            "{n} pages: open {open:.1?}, open+spans {all:.1?} ({spans} spans, {:.0} p/s); attache {ours:.1?} ({:.0} p/s, {} blocks)",
            n as f64 / all.as_secs_f64(),
            n as f64 / ours.as_secs_f64(),
            x.blocks.len()
        );
    }
    Ok(())
}
