//! The agreed-language list (`L`): per passage, a line with its date and
//! citation (title, number, paragraph) and how much it shares, then its
//! sentence with the words that differ from the current clause's marked as
//! the compare view marks them (`[-…-]`/`{+…+}`, readable without colour).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::compare::piece_style;
use super::{pane_block, truncate};
use crate::citation::{clause_reference, long_date};
use crate::reuse::Reuse;
use crate::tui::compare_rows::{Piece, Row, marked_run, wrap};
use crate::tui::state::{AppState, PrecedentList};
use crate::tui::theme::Theme;

/// Rows of a passage's words shown at most (the sentence that matched).
const WORD_ROWS: usize = 4;

pub fn draw(frame: &mut Frame, state: &AppState, list: &PrecedentList, theme: &Theme) {
    let (w, h) = state.size;
    let body = Rect::new(0, 0, w, h.saturating_sub(1));
    let width = body.width.saturating_sub(4).clamp(body.width.min(20), 110);
    let height = body.height.saturating_sub(2).max(body.height.min(3));
    let area = body.centered(Constraint::Length(width), Constraint::Length(height));
    let label = &state.library.documents[list.doc].clauses[list.clause].label;
    let n = list.found.len();
    let title = format!(
        " Agreed language: {} · {n} passage{} ",
        truncate(label, 12),
        if n == 1 { "" } else { "s" }
    );
    let keys = [" j/k move · Enter opens · Esc ", " Enter · Esc ", ""]
        .into_iter()
        .find(|k| k.width() + title.width() + 4 <= usize::from(width))
        .unwrap_or_default();
    let block = pane_block(title, true, theme).title_bottom(Line::from(keys).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let cols = usize::from(inner.width);
    let rows = usize::from(inner.height);
    if cols < 4 || rows == 0 {
        return;
    }
    // Each passage's rows, from the selected one back as far as they fit.
    let entry = |i: usize| passage(state, &list.found[i], i == list.selected, cols, theme);
    let mut top = list.selected;
    let mut used = entry(top).len();
    while top > 0 {
        let more = entry(top - 1).len() + 1;
        if used + more > rows {
            break;
        }
        used += more;
        top -= 1;
    }
    let mut lines: Vec<Line> = Vec::with_capacity(rows);
    for i in top..n {
        if i > top {
            lines.push(Line::default());
        }
        lines.extend(entry(i));
        if lines.len() >= rows {
            break;
        }
    }
    lines.truncate(rows);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One passage: its citation line, then its marked words (a bar beside the selected one).
fn passage<'a>(state: &AppState, r: &Reuse, selected: bool, cols: usize, theme: &Theme) -> Vec<Line<'a>> {
    let d = &state.library.documents[r.doc];
    let bar = || {
        if selected {
            Span::styled("▌", theme.current_bar())
        } else {
            Span::raw(" ")
        }
    };
    // What tells the passage apart first (number and paragraph), the title last, where it may be cut.
    let mut parts = vec![format!(
        "{} {}",
        d.meta.number.as_deref().unwrap_or(&d.id),
        clause_reference(d, r.clause)
    )];
    parts.extend(d.meta.date.as_deref().map(long_date));
    parts.extend(d.meta.title.clone());
    let cited = parts.join(" · ");
    let share = format!(" {} words · {:.0}%", r.shared, r.closeness * 100.0);
    let room = cols.saturating_sub(1 + share.width());
    let head_style = if selected {
        theme.cursor_row(true)
    } else {
        Style::new().add_modifier(ratatui::style::Modifier::BOLD)
    };
    let mut out = vec![Line::from(vec![
        bar(),
        Span::styled(truncate(&cited, room), head_style),
        Span::styled(share, theme.dim()),
    ])];
    let words: Vec<(Piece, String)> = r
        .words
        .iter()
        .flat_map(|(edit, text)| {
            let (piece, ws) = marked_run(*edit, text);
            ws.into_iter().map(move |w| (piece, w))
        })
        .collect();
    // Room for the bar, the indent and a closing ` …`.
    let wrapped: Vec<Row> = wrap(&words, cols.saturating_sub(5).max(1));
    let cut = wrapped.len() > WORD_ROWS;
    for (k, row) in wrapped.into_iter().take(WORD_ROWS).enumerate() {
        let mut spans = vec![bar(), Span::raw("  ")];
        spans.extend(
            row.pieces
                .into_iter()
                .map(|(piece, text)| Span::styled(truncate(&text, cols), piece_style(piece, theme))),
        );
        if cut && k + 1 == WORD_ROWS {
            spans.push(Span::styled(" …", theme.dim()));
        }
        out.push(Line::from(spans));
    }
    out
}
