//! The list of a clause's references (`f` on a clause naming several
//! documents): each reference as written, then where it leads — the
//! document's number, title and the paragraph it points into — or that it is
//! not in the library, with the register that holds it.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{draw_popup, list_popup, pane_block, truncate};
use crate::refs::{Citation, pinpoint};
use crate::tui::state::{AppState, LinkPicker};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, state: &AppState, picker: &LinkPicker, theme: &Theme) {
    let links = state.links.in_clause(picker.doc, picker.clause);
    let area = list_popup(state.size, links.len());
    let width = area.width;
    let label = &state.library.documents[picker.doc].clauses[picker.clause].label;
    let title = format!(" References in {} ", truncate(label, 12));
    // The longest hint that fits under the list.
    let keys = [" Tab/j/k choose · Enter opens · Esc ", " Enter opens · Esc ", " Esc "]
        .into_iter()
        .find(|k| k.width() + 2 <= usize::from(width))
        .unwrap_or_default();
    let block = pane_block(title, true, theme).title_bottom(Line::from(keys).right_aligned());
    let inner = draw_popup(frame, area, block);
    let rows = usize::from(inner.height).max(1);
    let top = picker.selected.saturating_sub(rows - 1);
    let cols = usize::from(inner.width);
    let reference_width = links.iter().map(|c| c.text.width()).max().unwrap_or(0).min(cols / 3);
    let lines: Vec<Line> = links
        .iter()
        .enumerate()
        .skip(top)
        .take(rows)
        .map(|(i, c)| {
            let reference = truncate(&c.text, reference_width);
            let pad = " ".repeat(reference_width.saturating_sub(reference.width()) + 2);
            let room = cols.saturating_sub(reference_width + 2);
            let (leads, style) = match c.target {
                Some(_) => (truncate(&destination(state, c), room), theme.link()),
                None => (
                    truncate(&format!("not in the library ({})", c.register.as_str()), room),
                    theme.dim(),
                ),
            };
            let row = if i == picker.selected {
                theme.cursor_row(true)
            } else {
                Style::new()
            };
            Line::from(vec![Span::styled(reference, style), Span::raw(pad), Span::raw(leads)]).style(row)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `→ para 5 · Joint Statement …`: the paragraph the reference points into
/// and the document's title; `→ 8318/24, not this version · …` when only
/// another version of the cited document is here.
fn destination(state: &AppState, c: &Citation) -> String {
    let Some(d) = c.target.and_then(|t| state.library.documents.get(t)) else {
        return String::new();
    };
    let at = c.at as usize;
    let text = state.library.documents[c.doc].clause_text(c.clause);
    let point = pinpoint(text, at..at + c.text.len())
        .map(|p| format!(" para {p}"))
        .unwrap_or_default();
    let version = if c.names_exactly(&state.library) {
        String::new()
    } else {
        format!(" {}, not this version", d.meta.number.as_deref().unwrap_or(&d.id))
    };
    format!("→{version}{point} · {}", d.display_title())
}
