//! The help overlay, generated from the keymap table so it always shows the
//! keys in force (defaults or `keys.toml`), section by section.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{pane_block, truncate};
use crate::tui::action::Action;
use crate::tui::keymap::{BINDINGS, Keymap, Section};
use crate::tui::theme::Theme;

/// Every binding as help lines: section titles, then `keys  what it does`.
pub fn lines(keymap: &Keymap, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let key_width = BINDINGS
        .iter()
        .map(|b| unicode_width::UnicodeWidthStr::width(keymap.keys_for(b.action).as_str()))
        .max()
        .unwrap_or(4)
        .min(width / 3);
    let mut out = Vec::new();
    for section in Section::ALL {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(section.title(), theme.pane_title(true)));
        for b in BINDINGS.iter().filter(|b| b.section == section) {
            let keys = keymap.keys_for(b.action);
            let keys = if keys.is_empty() { "(unbound)".to_string() } else { keys };
            let keys = truncate(&keys, key_width);
            let pad = key_width.saturating_sub(unicode_width::UnicodeWidthStr::width(keys.as_str()));
            let help = truncate(b.help, width.saturating_sub(key_width + 2));
            out.push(Line::from(vec![
                Span::styled(keys, theme.key()),
                Span::raw(" ".repeat(pad + 2)),
                Span::raw(help),
            ]));
        }
    }
    out
}

pub fn draw(frame: &mut Frame, area: Rect, top: usize, keymap: &Keymap, theme: &Theme) {
    let width = area.width.saturating_sub(2).min(72);
    let body = lines(keymap, theme, usize::from(width.saturating_sub(2)));
    let height = (body.len() as u16 + 2).min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let max_top = body.len().saturating_sub(usize::from(height.saturating_sub(2)));
    // Say how to scroll only when there is more than fits.
    let close = if max_top > 0 {
        let (down, up) = (keymap.first_key(Action::Down), keymap.first_key(Action::Up));
        format!(" {down}/{up} scroll · {} closes ", keymap.first_key(Action::Back))
    } else {
        format!(" {} closes ", keymap.first_key(Action::Back))
    };
    let block = pane_block(" Keys ", true, theme).title_bottom(Line::from(close).right_aligned());
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let shown: Vec<Line> = body.into_iter().skip(top.min(max_top)).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
