//! One file per pane; each draws from borrowed state and never changes it.
//! `pane_block` gives every pane the same border, with the focused one bold.

pub mod bookmarks;
pub mod compare;
pub mod documents;
pub mod entities;
pub mod help;
pub mod links;
pub mod palette;
pub mod precedent;
pub mod reader;
pub mod search;
pub mod skipped;
pub mod status;

use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType};
use unicode_width::UnicodeWidthChar;

use super::theme::Theme;
use crate::shown::Shown;

/// A bordered block titled `title`; thick and coloured when focused.
pub fn pane_block<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    let title: Line = title.into();
    Block::bordered()
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(theme.border(focused))
        .title(title.style(theme.pane_title(focused)))
}

/// Where a list of `rows` goes over the screen (`size`): centred above the
/// status bar, at most 100 columns wide, as tall as its rows and border need.
pub fn list_popup(size: (u16, u16), rows: usize) -> Rect {
    let body = Rect::new(0, 0, size.0, size.1.saturating_sub(1));
    let width = body.width.saturating_sub(4).clamp(body.width.min(20), 100);
    let wanted = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    let height = wanted.min(body.height.saturating_sub(2).max(body.height.min(3)));
    body.centered(Constraint::Length(width), Constraint::Length(height))
}

/// Clears `area` and draws `block` there; returns the inside, for the rows.
pub fn draw_popup(frame: &mut ratatui::Frame, area: Rect, block: Block) -> Rect {
    let inner = block.inner(area);
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(block, area);
    inner
}

/// `text` cut to `width` display columns, with `…` when cut. Most text a
/// pane draws passes here, so it is also where outside text (file names,
/// notes, entity names) is made `Shown`: ratatui drops control characters,
/// but a bidi override or zero-width character would reach the terminal.
pub fn truncate(text: &str, width: usize) -> String {
    let shown = Shown::line(text);
    let text = shown.as_str();
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncates_by_display_width_with_an_ellipsis() {
        assert_eq!(truncate("Council", 10), "Council");
        assert_eq!(truncate("Council conclusions", 10), "Council c…");
        assert_eq!(truncate("대한민국", 5), "대한…");
        assert_eq!(truncate("abc", 0), "");
    }
}
