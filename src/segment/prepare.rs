//! Before lines are read: what Markdown carries besides clauses. Page
//! markers (`<!-- page 3 -->`, written by the format readers and by PDF
//! converters) become page starts, footnote definitions (`[^2]: text`) are
//! set aside for the clauses that cite them, and the residue of HTML that
//! converted documents keep — images, `<br>` in table cells, tags, character
//! entities — is removed or decoded, so it never reaches a clause. Text
//! holding none of `<`, `&`, `[^` or `![` (most files) is passed through as it is.

use std::borrow::Cow;
use std::ops::Range;

/// The text to segment, with what the pass took out of it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Prepared<'a> {
    pub text: Cow<'a, str>,
    /// (byte offset in `text`, page): where each marked page begins.
    pub pages: Vec<(usize, u32)>,
    /// Footnote definitions (marker, text), in the order they were written,
    /// each with the byte offset in `text` where it stood.
    pub notes: Vec<NoteDef>,
    /// What a front matter block stated (`title:`, `date:`), removed from `text`.
    pub front: Option<crate::document::Metadata>,
    /// How many bytes of the source the front matter took: `text` begins
    /// that far into the source.
    pub front_len: usize,
    /// When `text` was rewritten (tags removed, entities decoded): for each
    /// line kept, where it starts in `text` and the range of the source line
    /// it came from. Empty when `text` is the source as it was.
    pub line_map: Vec<(usize, Range<usize>)>,
}

impl Prepared<'_> {
    /// A range of `text` as the range of the source lines it came from (after
    /// the front matter), so a clause's source holds what it was read from.
    pub fn source_range(&self, r: Range<usize>) -> Range<usize> {
        if self.line_map.is_empty() {
            return r;
        }
        let line_of = |at: usize| {
            self.line_map
                .partition_point(|(start, _)| *start <= at)
                .saturating_sub(1)
        };
        let first = &self.line_map[line_of(r.start)].1;
        let last = &self.line_map[line_of(r.end.saturating_sub(1).max(r.start))].1;
        first.start..last.end.max(first.start)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct NoteDef {
    pub marker: String,
    pub text: String,
    pub at: usize,
}

pub fn prepare(source: &str) -> Prepared<'_> {
    let whole = source;
    let (front, source) = match super::front::split_front_matter(source) {
        Some((meta, rest)) => (Some(meta), rest),
        None => (None, source),
    };
    let front_len = if front.is_some() { whole.len() - source.len() } else { 0 };
    let mut prepared = prepare_body(source);
    prepared.front = front;
    prepared.front_len = front_len;
    prepared
}

fn prepare_body(source: &str) -> Prepared<'_> {
    let bytes = source.as_bytes();
    let busy = memchr::memchr2(b'<', b'&', bytes).is_some()
        || memchr::memmem::find(bytes, b"[^").is_some()
        || memchr::memmem::find(bytes, b"![").is_some();
    if !busy {
        return Prepared {
            text: Cow::Borrowed(source),
            ..Prepared::default()
        };
    }
    let mut out = String::with_capacity(source.len());
    let mut pages = Vec::new();
    let mut notes: Vec<NoteDef> = Vec::new();
    let mut in_note = false;
    let mut first = true;
    // Line feeds go between the lines kept, so a removed line leaves no trace.
    let mut start_line = |out: &mut String| {
        if !std::mem::replace(&mut first, false) {
            out.push('\n');
        }
    };
    let mut line_map = Vec::new();
    let mut src_at = 0;
    for line in source.split('\n') {
        let src_line = src_at..src_at + line.len();
        src_at += line.len() + 1;
        let trimmed = line.trim();
        if let Some(page) = page_marker(trimmed) {
            start_line(&mut out);
            pages.push((out.len(), page));
            in_note = false;
            continue;
        }
        if let Some((marker, text)) = note_definition(trimmed) {
            notes.push(NoteDef {
                marker: marker.to_string(),
                text: clean_inline_html(text).trim().to_string(),
                at: out.len(),
            });
            in_note = true;
            continue;
        }
        // A definition's indented continuation lines belong to it.
        if in_note && !trimmed.is_empty() && line.starts_with([' ', '\t']) {
            if let Some(last) = notes.last_mut() {
                last.text.push(' ');
                last.text.push_str(clean_inline_html(trimmed).trim());
            }
            continue;
        }
        in_note = false;
        start_line(&mut out);
        line_map.push((out.len(), src_line));
        out.push_str(&clean_inline_html(line));
    }
    Prepared {
        text: Cow::Owned(out),
        pages,
        notes,
        front: None,
        front_len: 0,
        line_map,
    }
}

/// `<!-- page 3 -->` (also `<!-- page: 3 -->`, `<!-- Page 3 of 10 -->`).
fn page_marker(line: &str) -> Option<u32> {
    let inner = line.strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let rest = inner.strip_prefix("page").or_else(|| inner.strip_prefix("Page"))?;
    let rest = rest.trim_start_matches([':', ' ']);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `[^2]: text` → ("2", "text").
fn note_definition(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("[^")?;
    let close = rest.find(']')?;
    let marker = &rest[..close];
    if marker.is_empty() || marker.len() > 16 || marker.contains(char::is_whitespace) {
        return None;
    }
    let text = rest[close + 1..].strip_prefix(':')?;
    Some((marker, text))
}

/// HTML element names a converted document may leave in its text.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "br",
    "center",
    "cite",
    "code",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
];

/// One line with images, comments and tags removed (`<br>` and block tags
/// as a space, inline ones as nothing) and character entities decoded.
fn clean_inline_html(line: &str) -> Cow<'_, str> {
    let bytes = line.as_bytes();
    if memchr::memchr2(b'<', b'&', bytes).is_none() && memchr::memmem::find(bytes, b"![").is_none() {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        let rest = &line[i..];
        if rest.starts_with("![")
            && let Some(len) = image_len(rest)
        {
            i += len;
            continue;
        }
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => {
                    i += end + 3;
                    continue;
                }
                None => {
                    out.push_str(rest);
                    break;
                }
            }
        }
        if rest.starts_with('<')
            && let Some((len, spacing)) = tag_len(rest)
        {
            if spacing && !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            i += len;
            continue;
        }
        if rest.starts_with('&')
            && let Some((len, c)) = entity(rest)
        {
            out.push(c);
            i += len;
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    Cow::Owned(out)
}

/// `![alt](target)` → its length. The alt text has no brackets, the target no spaces.
fn image_len(s: &str) -> Option<usize> {
    let close = s[2..].find(']')? + 2;
    if s[2..close].contains('[') || !s[close..].starts_with("](") {
        return None;
    }
    let end = s[close + 2..].find(|c: char| c == ')' || c.is_whitespace())? + close + 2;
    s[end..].starts_with(')').then_some(end + 1)
}

/// A known HTML tag at the start of `s`: its length, and whether it stands
/// between words (`<br>`, `<p>`, `<td>`) rather than inside one (`<sup>`).
fn tag_len(s: &str) -> Option<(usize, bool)> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    if inner.contains('<') || end > 400 {
        return None;
    }
    let name = inner.trim_start_matches('/');
    let name_end = name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
    let (tag, after) = name.split_at(name_end);
    if tag.is_empty() || !(after.is_empty() || after.starts_with([' ', '/', '\t'])) {
        return None;
    }
    let tag = tag.to_ascii_lowercase();
    if !TAGS.contains(&tag.as_str()) {
        return None;
    }
    let inline = matches!(
        tag.as_str(),
        "a" | "abbr"
            | "b"
            | "big"
            | "cite"
            | "code"
            | "del"
            | "em"
            | "font"
            | "i"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "small"
            | "span"
            | "strike"
            | "strong"
            | "sub"
            | "sup"
            | "tt"
            | "u"
    );
    Some((end + 1, !inline))
}

/// `&amp;`, `&#39;`, `&#x2013;`, `&nbsp;` … → the character and the entity's length.
fn entity(s: &str) -> Option<(usize, char)> {
    // `;` is ASCII, so where it is found is a character boundary.
    let end = memchr::memchr(b';', &s.as_bytes()[..s.len().min(12)])?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control())?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "hellip" => '…',
            "euro" => '€',
            "pound" => '£',
            "sect" => '§',
            "deg" => '°',
            "middot" => '·',
            "bull" => '•',
            "laquo" => '«',
            "raquo" => '»',
            "copy" => '©',
            "eacute" => 'é',
            "egrave" => 'è',
            "agrave" => 'à',
            "ccedil" => 'ç',
            "ouml" => 'ö',
            "auml" => 'ä',
            "uuml" => 'ü',
            "szlig" => 'ß',
            _ => return None,
        }
    };
    Some((end + 1, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        let p = prepare("1. The Council\n\n2. welcomes [it](x).\n");
        assert!(matches!(p.text, Cow::Borrowed(_)));
    }

    #[test]
    fn page_markers_become_page_starts() {
        let p = prepare("<!-- page 1 -->\n\nA.\n\n<!-- page 2 -->\n\nB.\n");
        assert_eq!(p.text, "\n\nA.\n\n\n\nB.\n");
        assert_eq!(p.pages, vec![(0, 1), (6, 2)]);
    }

    #[test]
    fn footnote_definitions_are_set_aside_with_continuations() {
        let p = prepare("Text[^1] here.\n\n[^1]: OJ L 119,\n    4.5.2016, p. 1.\n[^2]: Second.\nAfter.\n");
        assert_eq!(p.text, "Text[^1] here.\n\nAfter.\n");
        assert_eq!(p.notes.len(), 2);
        assert_eq!(p.notes[0].marker, "1");
        assert_eq!(p.notes[0].text, "OJ L 119, 4.5.2016, p. 1.");
        assert_eq!(p.notes[1].text, "Second.");
    }

    #[test]
    fn html_residue_is_removed_and_entities_decoded() {
        let p = prepare(
            "| **Brussels,** 17 November 2020<br>(OR. en) |\n![logo](media/image1.png)Council of the EU\nThe Council&#39;s <sup>2</sup> view &amp; a&nbsp;b <unknown> x < y\n",
        );
        assert_eq!(
            p.text,
            "| **Brussels,** 17 November 2020 (OR. en) |\nCouncil of the EU\nThe Council's 2 view & a b <unknown> x < y\n"
        );
    }
}
