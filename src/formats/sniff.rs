//! Which reader a file needs, chosen by its content (magic bytes, a zip's
//! manifest, RFC 822 headers), with the file name's extension only to break
//! ties: a PDF saved as `.txt` is still a PDF, and a Council note beginning
//! `From:`/`To:`/`Subject:` is not mistaken for an e-mail.

use std::io::{Cursor, Read};
use std::path::Path;

/// The formats attache reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Pdf,
    Docx,
    Odt,
    Html,
    Email,
    Rtf,
    /// Old binary Office files (`.doc`, `.msg`): recognised only to be refused clearly.
    Ole,
    /// A zip archive that is neither a Word nor an OpenDocument text.
    Zip,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Html => "html",
            Format::Email => "email",
            Format::Rtf => "rtf",
            Format::Ole => "ole",
            Format::Zip => "zip",
        }
    }
}

/// File extensions a folder is searched for (any file named on the command
/// line is read whatever its name).
pub const EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "pdf", "docx", "odt", "html", "htm", "xhtml", "eml", "rtf",
];

/// Names the format of `bytes`, read from a file named `name`.
pub fn sniff(bytes: &[u8], name: &Path) -> Format {
    let ext = name
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let head = &bytes[..bytes.len().min(1024)];
    if memchr::memmem::find(head, b"%PDF-").is_some() {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return zip_kind(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Format::Ole;
    }
    let text = skip_bom_and_space(head);
    if text.starts_with(b"{\\rtf") {
        return Format::Rtf;
    }
    if looks_like_html(text) || (matches!(ext.as_str(), "html" | "htm" | "xhtml") && text.starts_with(b"<")) {
        return Format::Html;
    }
    if looks_like_email(bytes, ext == "eml") {
        return Format::Email;
    }
    match ext.as_str() {
        "md" | "markdown" => Format::Markdown,
        _ => Format::Text,
    }
}

fn skip_bom_and_space(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    &b[start..]
}

/// `<!DOCTYPE html`, `<html`, or a browser's `<!-- saved from url=` comment,
/// after any leading comments or an XML declaration.
fn looks_like_html(mut t: &[u8]) -> bool {
    for _ in 0..8 {
        let lower: Vec<u8> = t.iter().take(20).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
            return true;
        }
        if lower.starts_with(b"<!-- saved from url=") {
            return true;
        }
        let skip = if lower.starts_with(b"<!--") {
            memchr::memmem::find(t, b"-->").map(|i| i + 3)
        } else if lower.starts_with(b"<?xml") || lower.starts_with(b"<!doctype") {
            memchr::memchr(b'>', t).map(|i| i + 1)
        } else {
            None
        };
        match skip {
            Some(n) => t = skip_bom_and_space(&t[n..]),
            None => return false,
        }
    }
    false
}

/// Header fields only a message carries: a plain-text note that opens with
/// `From:`/`To:`/`Subject:` has none of them.
const MESSAGE_FIELDS: &[&str] = &[
    "mime-version",
    "message-id",
    "received",
    "return-path",
    "content-type",
    "content-transfer-encoding",
    "x-mailer",
    "dkim-signature",
    "delivered-to",
];

/// RFC 822: the file opens with header fields up to a blank line. With the
/// `.eml` extension `From`, `To` or `Subject` is enough; otherwise a field
/// only a message carries must be among them.
fn looks_like_email(bytes: &[u8], eml: bool) -> bool {
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut fields = 0;
    let mut message_fields = 0;
    let mut addressing = 0;
    for (i, line) in head.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return fields >= 2 && (message_fields > 0 || (eml && addressing > 0));
        }
        if i == 0 && line.starts_with(b"From ") {
            // mbox separator line
            continue;
        }
        if matches!(line.first(), Some(b' ' | b'\t')) && fields > 0 {
            continue; // folded continuation
        }
        let Some(colon) = memchr::memchr(b':', line) else {
            return false;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-') {
            return false;
        }
        let name = String::from_utf8_lossy(name).to_ascii_lowercase();
        fields += 1;
        if MESSAGE_FIELDS.contains(&name.as_str()) {
            message_fields += 1;
        }
        if matches!(name.as_str(), "from" | "to" | "subject" | "date") {
            addressing += 1;
        }
    }
    false
}

/// A zip is a Word document when it holds `word/document.xml`, an
/// OpenDocument text when its `mimetype` entry says so.
fn zip_kind(bytes: &[u8]) -> Format {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return damaged_zip_kind(bytes);
    };
    if archive.index_for_name("word/document.xml").is_some() {
        return Format::Docx;
    }
    if let Ok(entry) = archive.by_name("mimetype") {
        let mut kind = String::new();
        if entry.take(128).read_to_string(&mut kind).is_ok() && kind.trim() == "application/vnd.oasis.opendocument.text"
        {
            return Format::Odt;
        }
    }
    Format::Zip
}

/// A zip whose directory cannot be read (a truncated download) is still
/// named by the entries its first local headers name, so its reader can say
/// it is damaged: an ODF file stores its `mimetype` first and uncompressed,
/// and Word writes its `word/` parts near the start.
fn damaged_zip_kind(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let find = |needle: &[u8]| memchr::memmem::find(head, needle).is_some();
    if find(b"mimetypeapplication/vnd.oasis.opendocument.text") {
        Format::Odt
    } else if find(b"word/document.xml") || find(b"word/_rels/") {
        Format::Docx
    } else {
        Format::Zip
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(bytes: &[u8], name: &str) -> Format {
        sniff(bytes, Path::new(name))
    }

    #[test]
    fn reads_magic_bytes_whatever_the_name() {
        assert_eq!(kind(b"%PDF-1.4\n...", "note.txt"), Format::Pdf);
        assert_eq!(kind(b"{\\rtf1\\ansi hello}", "x.txt"), Format::Rtf);
        assert_eq!(kind(b"\xEF\xBB\xBF <!DOCTYPE html><html>", "page"), Format::Html);
        assert_eq!(
            kind(b"<!-- saved from url=(0042)https://x -->\n<html>", "a.txt"),
            Format::Html
        );
        assert_eq!(kind(b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", "a"), Format::Html);
        assert_eq!(
            kind(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "a.doc"),
            Format::Ole
        );
        assert_eq!(kind(b"PK\x03\x04garbage", "a.docx"), Format::Zip);
    }

    #[test]
    fn a_truncated_office_file_is_still_named_by_its_first_entries() {
        let odt = crate::formats::package::zip_of(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", "<x/>"),
        ]);
        assert_eq!(kind(&odt, "a.bin"), Format::Odt);
        assert_eq!(kind(&odt[..odt.len() - 20], "a.bin"), Format::Odt);
        let docx = crate::formats::package::zip_of(&[("word/document.xml", "<x/>")]);
        assert_eq!(kind(&docx[..docx.len() - 20], "a.bin"), Format::Docx);
        let other = crate::formats::package::zip_of(&[("a.txt", "x")]);
        assert_eq!(kind(&other[..other.len() - 20], "a.bin"), Format::Zip);
    }

    #[test]
    fn a_council_note_opening_with_fields_is_not_an_email() {
        let note = b"From: General Secretariat\nTo: Delegations\nSubject: Council conclusions\n\nDelegations will find";
        assert_eq!(kind(note, "note.txt"), Format::Text);
        assert_eq!(kind(note, "note.md"), Format::Markdown);
        // With the .eml extension the same fields are a message.
        assert_eq!(kind(note, "note.eml"), Format::Email);
    }

    #[test]
    fn a_message_is_an_email_by_its_fields() {
        let mail = b"Received: by x\r\nFrom: a@b.c\r\nSubject: Hi\r\n folded\r\nMIME-Version: 1.0\r\n\r\nBody";
        assert_eq!(kind(mail, "message.txt"), Format::Email);
        assert_eq!(kind(b"From: a\nnot a header line\n\nx", "m.eml"), Format::Text);
    }
}
