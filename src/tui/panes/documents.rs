//! The document list: two rows per document (title; date, number, marking),
//! the open one marked with `▶`, the cursor reversed when the pane has focus.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{pane_block, truncate};
use crate::tui::state::{AppState, Pane, SortKey};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let focused = state.focus == Pane::Documents;
    let list = &state.documents;
    let sort = match list.sort {
        SortKey::Date => "by date",
        SortKey::Title => "by title",
    };
    let title = format!(" Documents ({}) · {sort} ", list.order.len());
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for (pos, &d) in list.order.iter().enumerate().skip(list.top) {
        if lines.len() + 2 > usize::from(inner.height) {
            break;
        }
        let doc = &state.library.documents[d];
        let open = state.reader.doc == Some(d);
        let marker = if open { "▶ " } else { "  " };
        let mut first = Line::from(vec![
            Span::styled(marker, theme.accent()),
            Span::raw(truncate(doc.display_title(), width.saturating_sub(2))),
        ]);
        let mut meta = vec![Span::raw("  ")];
        let date = doc.meta.date.as_deref().unwrap_or("undated");
        meta.push(Span::styled(date.to_string(), theme.dim()));
        if let Some(n) = &doc.meta.number {
            meta.push(Span::styled(format!("  {n}"), theme.dim()));
        }
        if let Some(m) = &doc.meta.marking {
            meta.push(Span::styled(format!("  {m}"), theme.marking()));
        }
        let mut second = Line::from(meta);
        if open {
            first = first.patch_style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::BOLD));
        }
        if pos == list.cursor {
            first = first.patch_style(theme.cursor_row(focused));
            second = second.patch_style(theme.cursor_row(focused));
            if focused {
                // Reverse the whole width, not just the text.
                let pad = |l: &mut Line| {
                    let w = l.width();
                    if w < width {
                        l.push_span(Span::styled(" ".repeat(width - w), theme.cursor_row(true)));
                    }
                };
                pad(&mut first);
                pad(&mut second);
            }
        }
        lines.push(first);
        lines.push(second);
    }
    if list.order.is_empty() {
        lines.push(Line::styled("no documents", theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
