//! Clause text wrapped to a width, as byte ranges into the clause text, so the
//! reader can style each line from the clause's spans and mentions without
//! copying. `DocLayout` holds a whole document's wrap at one width plus each
//! clause's first row: it is computed once per (document, width), never per frame.

use std::ops::Range;

use crate::document::Document;

/// Wraps `text` to `width` columns (display width: CJK counts two, combining
/// marks zero) and returns each line as a byte range into `text`.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<u32>> {
    let width = width.max(1);
    let options = textwrap::Options::new(width).break_words(true);
    let base = text.as_ptr() as usize;
    let mut cursor = 0usize;
    let mut out = Vec::new();
    for line in textwrap::wrap(text, options) {
        let start = match &line {
            // Borrowed lines are slices of `text`: their offset is exact.
            std::borrow::Cow::Borrowed(s) => (s.as_ptr() as usize).wrapping_sub(base),
            // Owned lines (a hyphen added) are found from where the last one ended.
            std::borrow::Cow::Owned(s) => {
                let probe = s.trim_end_matches('-');
                text.get(cursor..)
                    .and_then(|rest| rest.find(probe))
                    .map_or(cursor, |i| cursor + i)
            }
        };
        let len = match &line {
            std::borrow::Cow::Borrowed(s) => s.len(),
            std::borrow::Cow::Owned(s) => s.trim_end_matches('-').len(),
        };
        let start = start.min(text.len());
        let end = (start + len).min(text.len());
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        cursor = end;
        out.push(start as u32..end as u32);
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

/// Width of the label gutter for a document: its widest label, within bounds.
pub fn gutter_width(doc: &Document, view_width: u16) -> u16 {
    let widest = doc
        .clauses
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.label.as_str()))
        .max()
        .unwrap_or(0);
    let cap = (view_width / 5).clamp(2, 7);
    (widest as u16).clamp(2, cap)
}

/// Columns a footnote's text is indented under its clause (the marker's room).
pub const NOTE_INDENT: u16 = 4;

/// A footnote marker as drawn in the text: superscript digits where it is a
/// number (`²`, `¹²`), else in brackets (`[*]`).
pub fn note_marker(marker: &str) -> String {
    const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if !marker.is_empty() && marker.bytes().all(|b| b.is_ascii_digit()) {
        marker.bytes().map(|b| SUPERSCRIPT[usize::from(b - b'0')]).collect()
    } else {
        format!("[{marker}]")
    }
}

/// Columns of indent for a clause at `depth` (nested bullets, `(a)` under `1.`).
pub fn indent(depth: u8) -> u16 {
    u16::from(depth.min(4)) * 2
}

/// One document wrapped to one reader width.
#[derive(Clone, Debug)]
pub struct DocLayout {
    pub doc: usize,
    pub view_width: u16,
    pub gutter: u16,
    /// Per clause, its wrapped lines.
    pub lines: Vec<Vec<Range<u32>>>,
    /// Per clause, its footnotes wrapped under it: (note index, line as a
    /// byte range into the note's text).
    pub notes: Vec<Vec<(usize, Range<u32>)>>,
    /// Per clause, its first row; one more entry holds the total row count.
    /// Each clause takes its lines plus one blank separator row.
    pub starts: Vec<usize>,
}

impl DocLayout {
    /// Columns before the text: the current-clause bar, the bookmark mark, the
    /// label gutter, a space.
    pub fn text_left(&self) -> u16 {
        self.gutter + 3
    }

    pub fn compute(doc_index: usize, doc: &Document, view_width: u16) -> DocLayout {
        let gutter = gutter_width(doc, view_width);
        let text_left = gutter + 3;
        let mut lines = Vec::with_capacity(doc.clauses.len());
        let mut notes = Vec::with_capacity(doc.clauses.len());
        let mut starts = Vec::with_capacity(doc.clauses.len() + 1);
        let mut row = 0;
        for (i, clause) in doc.clauses.iter().enumerate() {
            // One column is left free on the right so text never touches the
            // border; a clause with notes leaves room for their markers too.
            let markers: u16 = clause
                .notes
                .iter()
                .map(|n| note_marker(&n.marker).chars().count() as u16)
                .sum();
            let width = view_width
                .saturating_sub(text_left + indent(clause.depth) + 1 + markers.min(6))
                .max(1);
            let wrapped = wrap_ranges(doc.clause_text(i), usize::from(width));
            let note_width = view_width
                .saturating_sub(text_left + indent(clause.depth) + 1 + NOTE_INDENT)
                .max(1);
            let mut note_lines = Vec::new();
            for (k, n) in clause.notes.iter().enumerate() {
                for r in wrap_ranges(&n.text, usize::from(note_width)) {
                    note_lines.push((k, r));
                }
            }
            starts.push(row);
            row += wrapped.len() + note_lines.len() + 1;
            lines.push(wrapped);
            notes.push(note_lines);
        }
        starts.push(row);
        DocLayout {
            doc: doc_index,
            view_width,
            gutter,
            lines,
            notes,
            starts,
        }
    }

    pub fn clause_count(&self) -> usize {
        self.lines.len()
    }

    pub fn total_rows(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    /// Rows of clause `i`'s text and footnotes (without its blank separator).
    pub fn text_rows(&self, i: usize) -> Range<usize> {
        self.starts[i]..self.starts[i] + self.lines[i].len() + self.notes[i].len()
    }

    /// The clause drawn on `row` (its separator row counts as part of it).
    pub fn clause_at(&self, row: usize) -> usize {
        let n = self.clause_count();
        if n == 0 {
            return 0;
        }
        self.starts[..n].partition_point(|&s| s <= row).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_ranges(text, width)
            .into_iter()
            .map(|r| &text[r.start as usize..r.end as usize])
            .collect()
    }

    #[test]
    fn wraps_at_word_boundaries_and_drops_trailing_spaces() {
        assert_eq!(
            lines("Both sides welcomed the conclusion of negotiations", 20),
            ["Both sides welcomed", "the conclusion of", "negotiations"]
        );
    }

    #[test]
    fn measures_wide_characters_by_display_width() {
        // Each Hangul syllable is two columns wide: five fit in ten columns.
        let text = "대한민국과 유럽연합은 디지털 동반자 협정";
        for line in lines(text, 10) {
            assert!(unicode_width::UnicodeWidthStr::width(line) <= 10, "{line}");
        }
        let cjk = "数字伙伴关系理事会第二次会议联合声明";
        let wrapped = lines(cjk, 8);
        assert!(wrapped.iter().all(|l| unicode_width::UnicodeWidthStr::width(*l) <= 8));
        assert_eq!(wrapped.concat(), cjk);
    }

    #[test]
    fn combining_marks_take_no_column() {
        let text = "Tørnæs café\u{301} re\u{301}sume\u{301}";
        assert_eq!(lines(text, 10), ["Tørnæs", "café\u{301}", "re\u{301}sume\u{301}"]);
        assert_eq!(lines(text, 11), ["Tørnæs café\u{301}", "re\u{301}sume\u{301}"]);
    }

    #[test]
    fn breaks_words_longer_than_the_width() {
        let wrapped = lines("https://data.consilium.europa.eu/doc/document", 10);
        assert!(wrapped.len() >= 4);
        assert_eq!(wrapped.concat(), "https://data.consilium.europa.eu/doc/document");
    }

    #[test]
    fn note_markers_are_superscript_numbers_or_bracketed() {
        assert_eq!(note_marker("12"), "¹²");
        assert_eq!(note_marker("*"), "[*]");
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap_ranges("", 10), vec![0..0; 1]);
        assert_eq!(wrap_ranges("word", 0).len(), 4);
    }
}
