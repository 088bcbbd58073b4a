//! The compare view, drawn where the reader goes: a summary line, then the
//! newer version with each change marked in a gutter (`~` changed, `↕` moved,
//! `+` added, `-` deleted, `÷` split, `&` merged) and its words marked inline
//! (deleted dim and struck, inserted bold and green, both in `[-…-]`/`{+…+}`
//! so they read without colour). Also the picker of the other version.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{draw_popup, list_popup, pane_block, truncate};
use crate::compare::{Kinship, Op};
use crate::document::Document;
use crate::tui::compare_rows::{Piece, shown_label};
use crate::tui::state::{AppState, CompareView, VersionPicker};
use crate::tui::theme::Theme;
use crate::tui::ui::reader_viewport;

/// The gutter mark of a change.
pub fn op_mark(op: Op) -> &'static str {
    match op {
        Op::Same => " ",
        Op::Changed => "~",
        Op::Moved => "↕",
        Op::Split => "÷",
        Op::Merged => "&",
        Op::Added => "+",
        Op::Deleted => "-",
    }
}

/// How a piece of marked text is drawn (also in the agreed-language list).
pub fn piece_style(piece: Piece, theme: &Theme) -> Style {
    match piece {
        Piece::Kept => Style::new(),
        Piece::Note => theme.dim().add_modifier(Modifier::ITALIC),
        Piece::Deleted if theme.colour => Style::new()
            .fg(Color::Red)
            .add_modifier(Modifier::DIM | Modifier::CROSSED_OUT),
        Piece::Deleted => Style::new().add_modifier(Modifier::DIM | Modifier::CROSSED_OUT),
        Piece::Inserted if theme.colour => Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        Piece::Inserted => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    }
}

fn mark_style(op: Op, theme: &Theme) -> Style {
    match op {
        Op::Added => piece_style(Piece::Inserted, theme),
        Op::Deleted => theme.warning(),
        _ => theme.accent().add_modifier(Modifier::BOLD),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, view: &CompareView, theme: &Theme) {
    let (old, new) = (view.old_doc(&state.library), &state.library.documents[view.new]);
    let title_width = usize::from(area.width.saturating_sub(4));
    let versions = if view.prior.is_some() {
        format!("Tracked changes in {}: before → after", version_name(new))
    } else {
        format!("Compare {} → {}", version_name(old), version_name(new))
    };
    let title = format!(" {} ", truncate(&versions, title_width.saturating_sub(2)));
    let keys = " ]c/[c change · Enter open · Esc close ";
    let block = pane_block(title, state.focus == crate::tui::state::Pane::Reader, theme)
        .title_bottom(Line::from(keys).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let body = reader_viewport(area);
    if body.y > inner.y {
        let line = view.summary.to_string();
        frame.render_widget(
            Paragraph::new(Line::styled(truncate(&line, usize::from(inner.width)), theme.accent())),
            Rect { height: 1, ..inner },
        );
    }
    let Some(rows) = view.rows.as_ref().filter(|r| r.width == body.width) else {
        return;
    };
    let gutter = usize::from(rows.gutter);
    let mut lines = Vec::with_capacity(usize::from(body.height));
    for at in view.top..(view.top + usize::from(body.height)).min(rows.total_rows()) {
        let i = rows.change_at(at);
        let change = &view.comparison.changes[i];
        let text = rows.text_rows(i);
        if !text.contains(&at) {
            lines.push(Line::default());
            continue;
        }
        let current = i == view.current;
        let mut spans = vec![if current {
            Span::styled("▌", theme.current_bar())
        } else {
            Span::raw(" ")
        }];
        if at == text.start {
            spans.push(Span::styled(op_mark(change.op), mark_style(change.op, theme)));
            let label = truncate(shown_label(change, old, new), gutter);
            spans.push(Span::raw(" ".repeat(gutter.saturating_sub(label.width()))));
            let style = match (current, change.op) {
                (true, _) => theme.current_label(),
                (false, Op::Deleted) => piece_style(Piece::Deleted, theme),
                _ => theme.label(),
            };
            spans.push(Span::styled(label, style));
        } else {
            spans.push(Span::raw(" ".repeat(gutter + 1)));
        }
        spans.push(Span::raw(" "));
        for (piece, words) in &rows.rows[at].pieces {
            spans.push(Span::styled(words.as_str(), piece_style(*piece, theme)));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// `8318/1/24 REV 1` or the date or the id: what tells the versions apart.
fn version_name(doc: &Document) -> String {
    doc.meta
        .number
        .clone()
        .or_else(|| doc.meta.date.clone())
        .unwrap_or_else(|| doc.id.clone())
}

/// The picker: one row per document, the likeliest other version first.
pub fn draw_picker(frame: &mut Frame, state: &AppState, picker: &VersionPicker, theme: &Theme) {
    let area = list_popup(state.size, picker.rows());
    let doc = &state.library.documents[picker.doc];
    let title = format!(" Compare {} with… ", truncate(&version_name(doc), 30));
    let block =
        pane_block(title, true, theme).title_bottom(Line::from(" Enter compares · Esc closes ").right_aligned());
    let inner = draw_popup(frame, area, block);
    let rows = usize::from(inner.height).max(1);
    let top = picker.selected.saturating_sub(rows - 1);
    let cols = usize::from(inner.width);
    let why_width = if picker.tracked { 15 } else { 12 };
    let lines: Vec<Line> = (0..picker.rows())
        .skip(top)
        .take(rows)
        .map(|pos| {
            let (why, name, d) = match picker.candidate(pos) {
                // The document's own tracked changes, offered first.
                None => ("tracked changes".to_string(), "before → after".to_string(), doc),
                Some(c) => {
                    let d = &state.library.documents[c.doc];
                    let why = match c.kinship {
                        Kinship::SameNumber => "same number".to_string(),
                        Kinship::SameTitle => "same title".to_string(),
                        Kinship::Shared(p) => format!("{p}% shared"),
                        Kinship::Unrelated => String::new(),
                    };
                    (why, version_name(d), d)
                }
            };
            let left = format!(
                "{:<w$} {:<20} ",
                truncate(&why, why_width),
                truncate(&name, 20),
                w = why_width
            );
            let room = cols.saturating_sub(left.width());
            let text = format!("{left}{}", truncate(d.display_title(), room));
            let style = if pos == picker.selected {
                theme.cursor_row(true)
            } else {
                Style::new()
            };
            Line::styled(truncate(&text, cols), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
