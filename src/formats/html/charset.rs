//! A saved page's bytes to text: a byte-order mark first, then the page's own
//! `<meta charset>` or `http-equiv` declaration in its first kilobytes (as a
//! browser prescans), then UTF-8 when the bytes are valid UTF-8, else
//! Windows-1252 (what browsers assume for an undeclared legacy page).
//! Unknown labels are ignored and bad bytes become U+FFFD: never an error.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the file the declaration is looked for (browsers use 1024
/// bytes; saved pages often put long comments and scripts first).
const PRESCAN: usize = 8 * 1024;

pub fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    let enc = declared(&bytes[..bytes.len().min(PRESCAN)]).unwrap_or_else(|| {
        if std::str::from_utf8(bytes).is_ok() {
            UTF_8
        } else {
            WINDOWS_1252
        }
    });
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The encoding a `<meta>` in `head` declares. A page cannot declare itself
/// UTF-16 in bytes that an ASCII scan can read, so such a label means UTF-8
/// (the HTML standard's rule).
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = charset_in(tag) {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    UTF_8
                } else {
                    enc
                });
            }
        }
        from = end.max(start + 5);
    }
    None
}

/// The value after `charset=` in a meta tag (`charset="x"` or
/// `content="text/html; charset=x"`).
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = memchr::memmem::find(tag, b"charset")? + 7;
    let rest = &tag[at..];
    let rest = &rest[rest.iter().position(|c| !c.is_ascii_whitespace())?..];
    let rest = rest.strip_prefix(b"=")?;
    let rest = &rest[rest.iter().position(|c| !c.is_ascii_whitespace())?..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let len = rest
        .iter()
        .position(|c| matches!(c, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Bruxelles \xe9t\xe9</body>";
        assert!(decode(page).contains("Bruxelles été"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xcc\xe8\xf0";
        assert!(decode(page).ends_with("Мир"));
    }

    #[test]
    fn the_bom_wins_and_bad_labels_are_ignored() {
        let mut page = vec![0xFF, 0xFE];
        for u in "<p>é</p>".encode_utf16() {
            page.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&page), "<p>é</p>");
        assert_eq!(decode(b"<meta charset=\"no-such\"><p>caf\xc3\xa9"), "<meta charset=\"no-such\"><p>café");
        // Undeclared and not UTF-8: Windows-1252.
        assert_eq!(decode(b"<p>\x93quoted\x94"), "<p>\u{201c}quoted\u{201d}");
        // A page calling itself UTF-16 in ASCII is read as UTF-8.
        assert_eq!(decode(b"<meta charset=utf-16><p>\xc3\xa9"), "<meta charset=utf-16><p>é");
    }
}
