//! The entity panel: entities grouped by kind, each with its mention count in
//! scope; the highlighted one is marked, the cursor reversed when focused.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{pane_block, truncate};
use crate::tui::state::{AppState, EntityRow, Pane, Scope};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let focused = state.focus == Pane::Entities;
    let panel = &state.entities;
    let scope = match panel.scope {
        Scope::Document => "document",
        Scope::Library => "library",
    };
    let block = pane_block(format!(" Entities · {scope} "), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let width = usize::from(inner.width);
    if panel.rows.is_empty() {
        let lines = vec![
            Line::styled("No entities found", theme.dim()),
            Line::styled(
                match panel.scope {
                    Scope::Document => "e: the whole library",
                    Scope::Library => "e: this document",
                },
                theme.dim(),
            ),
        ];
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let highlighted = state.highlighted_entity();
    let lines: Vec<Line> = panel
        .rows
        .iter()
        .enumerate()
        .skip(panel.top)
        .take(usize::from(inner.height))
        .map(|(r, row)| match *row {
            EntityRow::Kind(kind, n) => Line::from(vec![
                Span::styled(kind.plural(), theme.mention(kind).add_modifier(Modifier::BOLD)),
                Span::styled(format!(" {n}"), theme.dim()),
            ]),
            EntityRow::Entity { id, count } => {
                let Some(e) = state.library.entities.get(id as usize) else {
                    return Line::default();
                };
                let mark = if highlighted == Some(id) { "● " } else { "  " };
                let count = count.to_string();
                let room = width.saturating_sub(count.len() + 3);
                let name = truncate(&e.name, room);
                let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
                let mut line = Line::from(vec![
                    Span::styled(mark, theme.accent()),
                    Span::styled(name, theme.mention(e.kind)),
                    Span::raw(" ".repeat(pad + 1)),
                    Span::styled(count, theme.dim()),
                ]);
                if r == panel.cursor {
                    line = line.patch_style(theme.cursor_row(focused));
                }
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
