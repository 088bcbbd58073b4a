//! A comparison laid out for the compare view at one width: each change's
//! words (deleted ones kept in `[-…-]`, inserted ones in `{+…+}`, so the view
//! reads without colour) wrapped into rows, with each change's first row.
//! Computed once per (comparison, width), like `wrap::DocLayout`, never per frame.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use crate::compare::{Change, Comparison, Edit, Op};
use crate::document::Document;

/// How a piece of a row is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    Kept,
    Deleted,
    Inserted,
    /// attache's own words: `moved from 14.`
    Note,
}

/// One screen row of a change's text (none for the blank row after each change).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub pieces: Vec<(Piece, String)>,
}

#[derive(Clone, Debug)]
pub struct CompareRows {
    pub width: u16,
    /// Columns of the label gutter.
    pub gutter: u16,
    pub rows: Vec<Row>,
    /// The first row of each change; its text ends one row before the next start.
    pub starts: Vec<usize>,
}

/// Columns before the text: the current bar, the change mark, the label gutter, a space.
pub fn lead(gutter: u16) -> u16 {
    gutter + 3
}

impl CompareRows {
    pub fn compute(cmp: &Comparison, old: &Document, new: &Document, width: u16) -> CompareRows {
        let widest = cmp
            .changes
            .iter()
            .map(|c| UnicodeWidthStr::width(shown_label(c, old, new)))
            .max()
            .unwrap_or(0);
        let gutter = (widest as u16).clamp(2, (width / 5).clamp(2, 7));
        let text_width = usize::from(width.saturating_sub(lead(gutter))).max(1);
        let mut rows = Vec::new();
        let mut starts = Vec::with_capacity(cmp.changes.len());
        for c in &cmp.changes {
            starts.push(rows.len());
            let words = words(c, old, new);
            let mut wrapped = wrap(&words, text_width);
            if wrapped.is_empty() {
                wrapped.push(Row::default());
            }
            rows.extend(wrapped);
            rows.push(Row::default());
        }
        CompareRows {
            width,
            gutter,
            rows,
            starts,
        }
    }

    pub fn total_rows(&self) -> usize {
        self.rows.len()
    }

    /// The rows of change `i`'s text (without its blank row).
    pub fn text_rows(&self, i: usize) -> Range<usize> {
        let start = self.starts[i];
        let end = self.starts.get(i + 1).copied().unwrap_or(self.rows.len());
        start..end.saturating_sub(1).max(start + 1)
    }

    /// The change a row belongs to.
    pub fn change_at(&self, row: usize) -> usize {
        self.starts.partition_point(|&s| s <= row).saturating_sub(1)
    }
}

/// The label a change is shown under: the newer version's, or the old one's when deleted.
pub fn shown_label<'d>(c: &Change, old: &'d Document, new: &'d Document) -> &'d str {
    match (c.new.first(), c.old.first()) {
        (Some(&j), _) => &new.clauses[j].label,
        (None, Some(&i)) => &old.clauses[i].label,
        _ => "",
    }
}

/// The words of a change in order, each with how it is drawn; a note first
/// where the change has a history (`moved from 14.:`), and in a split, `¶ 15.`
/// where the second clause begins.
fn words(c: &Change, old: &Document, new: &Document) -> Vec<(Piece, String)> {
    let old_labels = || {
        c.old
            .iter()
            .map(|&i| old.clauses[i].label.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let note = match c.op {
        Op::Moved => Some(format!("moved from {}:", old_labels())),
        Op::Split => Some(format!("split from {}:", old_labels())),
        Op::Merged => Some(format!("merged from {}:", old_labels())),
        _ => None,
    };
    let mut out: Vec<(Piece, String)> = Vec::new();
    if let Some(n) = note {
        out.extend(n.split(' ').map(|w| (Piece::Note, w.to_string())));
    }
    // Words of the newer text before the split point, and the second clause's label.
    let mut split_at = match (c.op, c.new.as_slice()) {
        (Op::Split, &[first, second]) => {
            let text = new.clause_text(first);
            let mut n = text.split_whitespace().count();
            if text.split_whitespace().next() == Some(new.clauses[first].label.as_str()) {
                n -= 1;
            }
            Some((n, format!("¶ {}", new.clauses[second].label)))
        }
        _ => None,
    };
    let mut new_words = 0;
    for run in &c.words {
        let (piece, ws) = marked_run(run.edit, &run.text);
        for w in ws {
            if piece != Piece::Deleted {
                if let Some((_, mark)) = split_at.take_if(|(at, _)| *at == new_words) {
                    out.push((Piece::Note, mark));
                }
                new_words += 1;
            }
            out.push((piece, w));
        }
    }
    out
}

/// A run of words as drawn: deleted ones in `[-…-]`, inserted in `{+…+}`, so
/// they read without colour (the compare view and the agreed-language list).
pub fn marked_run(edit: Edit, text: &str) -> (Piece, Vec<String>) {
    let (piece, open, close) = match edit {
        Edit::Equal => (Piece::Kept, "", ""),
        Edit::Delete => (Piece::Deleted, "[-", "-]"),
        Edit::Insert => (Piece::Inserted, "{+", "+}"),
    };
    let mut ws: Vec<String> = text.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    if let Some(first) = ws.first_mut() {
        first.insert_str(0, open);
    }
    if let Some(last) = ws.last_mut() {
        last.push_str(close);
    }
    (piece, ws)
}

/// Greedy wrap of words to `width` columns; a word wider than a row is cut.
pub fn wrap(words: &[(Piece, String)], width: usize) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut row = Row::default();
    let mut used = 0;
    for (piece, word) in words {
        for part in cut(word, width) {
            let w = UnicodeWidthStr::width(part.as_str());
            if used > 0 && used + 1 + w > width {
                rows.push(std::mem::take(&mut row));
                used = 0;
            }
            if used > 0 {
                // The space between two words takes the style of both, or none.
                match row.pieces.last_mut() {
                    Some((p, text)) if p == piece => {
                        text.push(' ');
                        text.push_str(&part);
                        used += 1 + w;
                        continue;
                    }
                    Some((Piece::Kept, text)) => text.push(' '),
                    _ => row.pieces.push((Piece::Kept, " ".to_string())),
                }
                used += 1;
            }
            match row.pieces.last_mut() {
                Some((p, text)) if p == piece => text.push_str(&part),
                _ => row.pieces.push((*piece, part)),
            }
            used += w;
        }
    }
    if !row.pieces.is_empty() {
        rows.push(row);
    }
    rows
}

/// A word in pieces of at most `width` columns.
fn cut(word: &str, width: usize) -> Vec<String> {
    if UnicodeWidthStr::width(word) <= width {
        return vec![word.to_string()];
    }
    let mut out = vec![String::new()];
    let mut used = 0;
    for ch in word.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w > width && used > 0 {
            out.push(String::new());
            used = 0;
        }
        if let Some(s) = out.last_mut() {
            s.push(ch);
        }
        used += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(row: &Row) -> String {
        row.pieces.iter().map(|(_, t)| t.as_str()).collect()
    }

    #[test]
    fn marks_and_wraps_deleted_and_inserted_words() {
        let words = vec![
            (Piece::Kept, "The".to_string()),
            (Piece::Kept, "Council".to_string()),
            (Piece::Deleted, "[-notes-]".to_string()),
            (Piece::Inserted, "{+welcomes+}".to_string()),
            (Piece::Kept, "the".to_string()),
            (Piece::Kept, "report.".to_string()),
        ];
        let rows = wrap(&words, 21);
        let texts: Vec<String> = rows.iter().map(text).collect();
        assert_eq!(texts, ["The Council [-notes-]", "{+welcomes+} the", "report."]);
        assert_eq!(rows[0].pieces[1], (Piece::Deleted, "[-notes-]".to_string()));
        assert_eq!(rows[1].pieces[0].0, Piece::Inserted);
        assert_eq!(rows[1].pieces[1], (Piece::Kept, " the".to_string()));
    }

    #[test]
    fn a_word_wider_than_the_row_is_cut_not_lost() {
        let rows = wrap(&[(Piece::Kept, "abcdefghij".to_string())], 4);
        let texts: Vec<String> = rows.iter().map(text).collect();
        assert_eq!(texts, ["abcd", "efgh", "ij"]);
    }
}
