//! RTF, read by a small interpreter of our own (the `rtf-parser` crate loses
//! paragraph breaks): paragraphs at `\par`, a break at `\line`, tables at
//! `\cell`/`\row`, headings from `\outlinelevel` or a "heading N" style,
//! list items with the label Word wrote in `\listtext`, bold and italic
//! runs, footnotes, `\uN` with its `\ucN` fallback skipped, `\'hh` bytes in
//! the document's or the font's code page. Tables of fonts, colours and
//! styles, pictures, objects, headers and footers and every `{\*\...}`
//! destination are skipped; the info block's `\title` is the fallback title.

mod codepage;
mod lexer;
mod state;

#[cfg(test)]
mod tests;

use crate::formats::{Extracted, FormatError};
use lexer::Lexer;
use state::Reader;

pub fn read(bytes: &[u8]) -> Result<Extracted, FormatError> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let body = &bytes[start..];
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    if !body.starts_with(b"{\\rtf") {
        return Err(FormatError::Damaged {
            format: "RTF",
            detail: "it does not begin with {\\rtf".into(),
        });
    }
    let mut reader = Reader::default();
    for token in Lexer::new(body) {
        reader.token(token);
    }
    Ok(reader.finish())
}
