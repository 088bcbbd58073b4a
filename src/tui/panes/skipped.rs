//! The overlay listing the files the load passed over (`S`): each path as
//! `Shown` (a file name may hold escape sequences) and, under it, its reason.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::pane_block;
use crate::shown::Shown;
use crate::tui::action::Action;
use crate::tui::keymap::Keymap;
use crate::tui::state::AppState;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, top: usize, keymap: &Keymap, theme: &Theme) {
    let skipped = &state.library.skipped;
    let width = area.width.saturating_sub(2).min(100);
    let height = (skipped.len() as u16 * 2 + 2).min(area.height.saturating_sub(1)).max(3);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let close = format!(" {} closes ", keymap.first_key(Action::Back));
    let title = format!(" Skipped files ({}) ", skipped.len());
    let block = pane_block(title, true, theme).title_bottom(Line::from(close).right_aligned());
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let lines: Vec<Line> = skipped
        .iter()
        .skip(top)
        .flat_map(|s| {
            let reason = s.reason.to_string();
            [
                Line::from(Span::raw(Shown::path(&s.path).into_string())),
                Line::from(vec![
                    Span::raw("  "),
                    Span::styled(Shown::line(&reason).into_string(), theme.dim()),
                ]),
            ]
        })
        .collect();
    // Long paths wrap whole rather than being cut: the name is what the user needs.
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
