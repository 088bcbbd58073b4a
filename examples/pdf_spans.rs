//! Dumps the positioned spans pdf_oxide reports for pages of a PDF (a tool for
//! studying layouts): `cargo run --example pdf_spans -- file.pdf [first] [last]`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: pdf_spans FILE [FIRST] [LAST]")?;
    let bytes = std::fs::read(path)?;
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes)?;
    let n = doc.page_count()?;
    let first: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let last: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(n).min(n);
    println!("pages {n}");
    for p in first..=last {
        let spans = doc.extract_spans(p - 1)?;
        println!("=== page {p}: {} spans", spans.len());
        for s in spans {
            let mono = s.char_x_offsets.windows(2).all(|w| w[1] >= w[0] - 0.01);
            if !mono || std::env::var("OFFSETS").is_ok() {
                println!(
                    "  offsets {} widths {} monotonic {mono}: {:?}",
                    s.char_x_offsets.len(),
                    s.char_widths.len(),
                    s.char_x_offsets
                );
            }
            println!(
                "x={:7.1} y={:7.1} w={:6.1} h={:5.1} sz={:4.1} {:?} it={} rise={} rot={} seq={} font={} {:?}",
                s.bbox.x,
                s.bbox.y,
                s.bbox.width,
                s.bbox.height,
                s.font_size,
                s.font_weight as u16,
                s.is_italic,
                s.text_rise,
                s.rotation_degrees,
                s.sequence,
                s.font_name,
                s.text
            );
        }
    }
    Ok(())
}
