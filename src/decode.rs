//! Bytes to clean text: encoding detection, line-end and tab normalisation, and
//! removal of anything that could reach the terminal as a control sequence.
//! Pure; `load.rs` does the I/O.

use std::borrow::Cow;

use thiserror::Error;

use crate::shown::{is_needed_joiner, push_mark};

/// Why a file's bytes cannot be used as a briefing.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary file (NUL bytes)")]
    Binary,
    #[error("no text after decoding")]
    NoText,
}

/// Which encoding the bytes were read as (reported by `show`, useful in bug reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

const TAB_WIDTH: usize = 4;

/// Decodes and normalises a file's bytes into text ready for segmentation.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (raw, encoding) = to_string(bytes)?;
    let text = normalise(&raw);
    if text.trim().is_empty() {
        return Err(DecodeError::NoText);
    }
    Ok((text, encoding))
}

/// The bytes as text, borrowed when they are UTF-8 already (most files):
/// `normalise` makes the one copy kept.
fn to_string(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (s, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(rest);
        return Ok((s, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (s, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(rest);
        return Ok((s, Encoding::Utf16Be));
    }
    // NUL bytes only make sense in UTF-16, which we accept only with a BOM.
    if memchr::memchr(0, bytes).is_some() {
        return Err(DecodeError::Binary);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((Cow::Borrowed(s), Encoding::Utf8)),
        Err(_) => {
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok((s, Encoding::Windows1252))
        }
    }
}

/// Line ends to `\n`, tabs expanded, no-break spaces to spaces, control and
/// format characters removed or made visible.
pub fn normalise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let bytes = raw.as_bytes();
    let mut i = 0;
    // The column of `out`'s end is counted only when a tab needs it, from the
    // last place counted: linear however many tabs a line holds.
    let mut counted = (0usize, 0usize); // (byte offset in `out`, column there)
    while i < bytes.len() {
        // Printable ASCII and line feeds are copied in bulk: most text is only that.
        let end = i + plain_prefix(&bytes[i..]);
        out.push_str(&raw[i..end]);
        i = end;
        if i >= bytes.len() {
            break;
        }
        let c = raw[i..].chars().next().unwrap_or('\u{FFFD}');
        i += c.len_utf8();
        match c {
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                out.push('\n');
            }
            '\t' => {
                let (from, mut column) = counted;
                let tail = &out[from..];
                if let Some(nl) = tail.rfind('\n') {
                    column = tail[nl + 1..].chars().count();
                } else {
                    column += tail.chars().count();
                }
                let n = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                counted = (out.len(), column + n);
            }
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
            // A BOM in the middle (files concatenated) is noise.
            '\u{FEFF}' => {}
            // A joiner a script's word needs (Persian ZWNJ, an emoji's ZWJ) stays.
            c if is_visible_format_char(c)
                && !is_needed_joiner(c, out.chars().next_back(), raw[i..].chars().next()) =>
            {
                push_mark(&mut out, c);
            }
            // ESC, C1 controls, DEL, NUL…: dropped, so no escape sequence survives.
            // What followed ESC (`[2J`, `]52;…`) stays as inert printable text.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Printable ASCII and the line feed: what `normalise` copies as it is, by
/// byte, one table load each.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x20;
    while b < 0x7f {
        t[b] = true;
        b += 1;
    }
    t[b'\n' as usize] = true;
    t
};

/// How many bytes `bytes` begins with that are `PLAIN`. Eight at a time: two
/// word-wide tests tell whether any is below a space or above `~` (exactly: a
/// carry or borrow across bytes only ever starts at a byte that is flagged
/// itself), and only such a chunk, and the tail, is read byte by byte.
fn plain_prefix(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let plain_in = |chunk: &[u8]| chunk.iter().position(|&b| !PLAIN[usize::from(b)]);
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        let above_tilde = (w.wrapping_add(ONES) | w) & HIGH;
        // A flagged chunk may hold only line feeds, which are plain.
        if below_space | above_tilde != 0
            && let Some(k) = plain_in(chunk)
        {
            return i + k;
        }
        i += 8;
    }
    i + plain_in(&bytes[i..]).unwrap_or(bytes.len() - i)
}

/// Whether `text` holds only what `normalise` lets through (no control,
/// format or tab character; `\n` allowed): checked on text read back from
/// the index cache, which is never trusted to have come from `normalise`.
pub fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        i += plain_prefix(&bytes[i..]);
        if i >= bytes.len() {
            return true;
        }
        let Some(c) = text[i..].chars().next() else {
            return true;
        };
        if c.is_control() || c == '\u{FEFF}' {
            return false;
        }
        if is_visible_format_char(c) {
            let prev = text[..i].chars().next_back();
            let next = text[i + c.len_utf8()..].chars().next();
            if !is_needed_joiner(c, prev, next) {
                return false;
            }
        }
        i += c.len_utf8();
    }
    true
}

/// Bidi overrides and zero-width characters silently reorder or hide text; a
/// reader of diplomatic text must see that they are there. ZWNJ, ZWJ, LRM and
/// RLM are shown only where they could disguise text (`shown::is_needed_joiner`):
/// inside a Persian or Hindi word or an emoji they are part of the writing.
fn is_visible_format_char(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_bom() {
        assert_eq!(decode("Tørnæs".as_bytes()).unwrap().0, "Tørnæs");
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend_from_slice("Tørnæs".as_bytes());
        assert_eq!(decode(&b).unwrap(), ("Tørnæs".to_string(), Encoding::Utf8));
    }

    #[test]
    fn reads_utf16_both_byte_orders_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Brüssel".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap(), ("Brüssel".into(), Encoding::Utf16Le));
        let mut be = vec![0xFE, 0xFF];
        be.extend("Brüssel".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap(), ("Brüssel".into(), Encoding::Utf16Be));
    }

    #[test]
    fn falls_back_to_windows_1252_for_invalid_utf8() {
        let (s, e) = decode(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(s, "Café “quoted”");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn rejects_binary_and_empty_input() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary));
        assert_eq!(decode(b" \n\n "), Err(DecodeError::NoText));
    }

    proptest::proptest! {
        /// Eight bytes at a time, the plain prefix is what the table says byte by byte.
        #[test]
        fn plain_prefix_agrees_with_the_table(bytes in proptest::collection::vec(
            proptest::prop_oneof![4 => 0x20u8..0x7f, 1 => proptest::strategy::Just(b'\n'), 1 => proptest::prelude::any::<u8>()], 0..64,
        )) {
            let by_byte = bytes.iter().position(|&b| !PLAIN[usize::from(b)]).unwrap_or(bytes.len());
            proptest::prop_assert_eq!(plain_prefix(&bytes), by_byte);
        }
    }

    #[test]
    fn normalises_crlf_lone_cr_and_tabs() {
        assert_eq!(normalise("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalise("ab\tc"), "ab  c");
        assert_eq!(normalise("\tx"), "    x");
        assert_eq!(normalise("a\tb\n\tc\td"), "a   b\n    c   d");
        assert_eq!(normalise("é\tx"), "é   x");
    }

    /// Persian needs its ZWNJ (a word searched for must match), an emoji
    /// sequence its ZWJ; next to Latin letters or digits they are shown.
    #[test]
    fn keeps_joiners_inside_words_that_need_them() {
        for word in ["می\u{200C}خواهم", "👩\u{200D}💻", "क्\u{200D}ष"] {
            assert_eq!(normalise(word), word);
            assert!(is_clean(word), "{word}");
        }
        assert_eq!(
            normalise("Bru\u{200C}ssels 8318\u{200E}/24"),
            "Bru⟨U+200C⟩ssels 8318⟨U+200E⟩/24"
        );
        assert!(!is_clean("Bru\u{200C}ssels"));
    }

    #[test]
    fn strips_escape_sequences_and_shows_bidi_controls() {
        let s = normalise("a\x1b[2Jb\x1b]52;c;ZXZpbA==\x07c\u{202E}d\u{200B}e\x7f");
        assert!(!s.chars().any(|c| c.is_control()), "{s:?}");
        assert!(s.contains("⟨U+202E⟩") && s.contains("⟨U+200B⟩"));
    }
}
