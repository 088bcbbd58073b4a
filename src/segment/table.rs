//! Table rows (`| a | b |`, as Markdown converters and the format readers
//! write them). In the body a row is one clause, its cells side by side; in
//! the header its cells are read as lines of their own, so a letterhead or a
//! From/To/Subject block laid out as a table gives the same metadata as the
//! same block typed as lines.

use super::header::HEADER_SEARCH_LINES;
use super::lines::Line;

/// What separates cells in a row's clause text: a box-drawing bar, so a
/// row is never mistaken for a `Home | News` menu.
pub const CELL_SEPARATOR: &str = " │ ";

/// The cells of `| a | b |` (escaped `\|` stays inside a cell); `None` for a
/// line that is not a table row.
pub fn table_cells(text: &str) -> Option<Vec<&str>> {
    let inner = text.strip_prefix('|')?.strip_suffix('|')?;
    if text.len() < 3 || inner.ends_with('\\') {
        return None;
    }
    let bytes = inner.as_bytes();
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            cells.push(inner[start..i].trim());
            start = i + 1;
        }
    }
    cells.push(inner[start..].trim());
    Some(cells)
}

/// A row's clause text: its non-empty cells, unescaped, side by side.
pub fn row_text(text: &str) -> String {
    let cells = table_cells(text).unwrap_or_default();
    let cells: Vec<String> = cells
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| c.replace("\\|", "|"))
        .collect();
    cells.join(CELL_SEPARATOR)
}

/// The document's lines as the header reader sees them: the rows near the
/// top split into one line per cell. A label cell (`From:`) stays on one line
/// with the cell after it (`From: | General Secretariat`, which
/// `header::clean` reads as `From: General Secretariat`).
pub struct HeaderView<'a> {
    pub lines: Vec<Line<'a>>,
    /// For each line of `lines`, the index of the source line it comes from.
    origin: Vec<usize>,
}

impl<'a> HeaderView<'a> {
    pub fn new(lines: &[Line<'a>]) -> HeaderView<'a> {
        let mut view = HeaderView {
            lines: Vec::with_capacity(lines.len()),
            origin: Vec::with_capacity(lines.len()),
        };
        for (i, line) in lines.iter().enumerate() {
            let cells = if i < HEADER_SEARCH_LINES {
                table_cells(line.text)
            } else {
                None
            };
            match cells {
                Some(cells) => view.push_cells(i, line, &cells),
                None => {
                    view.lines.push(*line);
                    view.origin.push(i);
                }
            }
        }
        view
    }

    fn push_cells(&mut self, i: usize, line: &Line<'a>, cells: &[&'a str]) {
        let mut k = 0;
        while k < cells.len() {
            let cell = cells[k];
            if cell.is_empty() {
                k += 1;
                continue;
            }
            let mut text = cell;
            if cell.ends_with(':')
                && let Some(next) = cells.get(k + 1).filter(|n| !n.is_empty())
            {
                // Both are slices of the row: take the stretch from the label to the value's end.
                let from = offset_in(line.text, cell);
                let to = offset_in(line.text, next) + next.len();
                text = &line.text[from..to];
                k += 1;
            }
            self.lines.push(Line {
                start: line.start,
                end: line.end,
                indent: 0,
                text,
            });
            self.origin.push(i);
            k += 1;
        }
    }

    /// The source line index of the view line `view_index` (where the body
    /// starts). A body that would start inside a row starts after it.
    pub fn body_start(&self, view_index: usize) -> usize {
        match self.origin.get(view_index) {
            None => self.origin.last().map_or(0, |&o| o + 1),
            Some(&o) if view_index > 0 && self.origin[view_index - 1] == o => o + 1,
            Some(&o) => o,
        }
    }
}

/// Byte offset of `part` (a subslice of `whole`) in `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    #[test]
    fn splits_rows_into_cells() {
        assert_eq!(table_cells("| a | b \\| c |"), Some(vec!["a", "b \\| c"]));
        assert_eq!(table_cells("|x|"), Some(vec!["x"]));
        assert_eq!(table_cells("| a"), None);
        assert_eq!(table_cells("Home | News"), None);
        assert_eq!(row_text("| QDi.001 | | Name \\| alias |"), "QDi.001 │ Name | alias");
    }

    #[test]
    fn header_rows_read_as_lines_with_labels_kept_by_their_values() {
        let text =
            "| Council of the European Union | Brussels, 3 March 2026 |\n| From: | General Secretariat |\n\nBody";
        let lines = split_lines(text);
        let view = HeaderView::new(&lines);
        let texts: Vec<&str> = view.lines.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "Council of the European Union",
                "Brussels, 3 March 2026",
                "From: | General Secretariat",
                "",
                "Body"
            ]
        );
        assert_eq!(view.body_start(4), 3);
        assert_eq!(view.body_start(1), 1);
    }
}
