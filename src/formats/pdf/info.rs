//! The Info dictionary's Title, offered as a fallback title only when it is a
//! title: not the converter's `Microsoft Word - x.docx`, a file name, a
//! placeholder (`untitled`, `Document1`) or a single word.

use pdf_oxide::PdfDocument;
use pdf_oxide::object::Object;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The document's Info title when it is worth showing.
pub fn title(doc: &PdfDocument) -> Option<String> {
    let raw = catch_unwind(AssertUnwindSafe(|| raw_title(doc))).ok().flatten()?;
    let t = decode(&raw);
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!is_junk(&t)).then_some(t)
}

fn raw_title(doc: &PdfDocument) -> Option<Vec<u8>> {
    let trailer = doc.trailer().as_dict()?;
    let info = match trailer.get("Info")? {
        Object::Reference(r) => doc.load_object(*r).ok()?,
        o => o.clone(),
    };
    let title = match info.as_dict()?.get("Title")? {
        Object::Reference(r) => doc.load_object(*r).ok()?,
        o => o.clone(),
    };
    title.as_string().map(<[u8]>::to_vec)
}

/// A PDF text string: UTF-16BE with its byte-order mark, else PDFDocEncoding
/// (Latin-1 is close enough for titles).
fn decode(b: &[u8]) -> String {
    if b.len() >= 2 && b[0] == 0xFE && b[1] == 0xFF {
        let units: Vec<u16> = b[2..]
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if b.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(&b[3..]).into_owned();
    }
    b.iter().map(|&c| char::from(c)).collect()
}

/// Titles that name a file or a tool rather than the document.
pub fn is_junk(t: &str) -> bool {
    let lower = t.to_lowercase();
    if t.chars().count() < 4 || t.chars().count() > 300 || t.chars().any(char::is_control) {
        return true;
    }
    if t.split_whitespace().count() < 2 {
        return true;
    }
    const TOOLS: &[&str] = &[
        "microsoft word",
        "microsoft powerpoint",
        "microsoft excel",
        "untitled",
        "document1",
        "powerpoint presentation",
    ];
    if TOOLS.iter().any(|k| lower.starts_with(k)) || matches!(lower.as_str(), "title" | "no title" | "unknown") {
        return true;
    }
    const EXTENSIONS: &[&str] = &[
        ".doc", ".docx", ".pdf", ".rtf", ".odt", ".indd", ".qxd", ".tmp", ".txt", ".htm", ".html", ".xls", ".xlsx",
        ".ppt", ".pptx", ".wpd",
    ];
    if EXTENSIONS.iter().any(|e| lower.ends_with(e)) || lower.contains(":\\") || lower.starts_with('/') {
        return true;
    }
    !t.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_titles_are_refused() {
        for t in [
            "Microsoft Word - 5419_16.docx",
            "ST_9639_2018_REV_4_en",
            "untitled",
            "Untitled document",
            "Document1",
            "report.pdf",
            "C:\\temp\\a b.doc",
            "Note",
            "2016 05",
        ] {
            assert!(is_junk(t), "{t}");
        }
        assert!(!is_junk("Political declaration on tuberculosis"));
    }

    #[test]
    fn decodes_utf16_titles() {
        assert_eq!(decode(&[0xFE, 0xFF, 0, b'A', 0, 0xE9]), "Aé");
        assert_eq!(decode(b"Caf\xe9"), "Café");
    }
}
