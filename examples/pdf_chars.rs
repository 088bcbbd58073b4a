//! Dumps pdf_oxide's characters on one baseline of a page (a study tool):
//! `cargo run --example pdf_chars -- file.pdf PAGE Y`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().collect();
    let doc = pdf_oxide::PdfDocument::from_bytes(std::fs::read(&a[1])?)?;
    let page: usize = a[2].parse()?;
    let y: f32 = a[3].parse()?;
    for c in doc.extract_chars(page - 1)? {
        if (c.bbox.y - y).abs() < 3.0 {
            print!("[{}@{:.1}]", c.char, c.bbox.x);
        }
    }
    println!();
    Ok(())
}
