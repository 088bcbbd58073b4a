//! The one-line inputs drawn over the status bar while open, the search (`/`)
//! and go-to (`:`): the terminal cursor in it, counts and keys on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::truncate;
use crate::tui::input::LineInput;
use crate::tui::theme::Theme;

/// The line with its prompt (`/`, `:`) and what to show on its right.
pub fn draw_line(
    frame: &mut Frame,
    area: Rect,
    (prompt, right): (char, Vec<String>),
    input: &LineInput,
    theme: &Theme,
) {
    let right = right.join(" · ");
    let right_width = (right.width() as u16 + 1).min(area.width / 2);
    let [left, right_area] = Layout::horizontal([Constraint::Min(0), Constraint::Length(right_width)]).areas(area);
    let room = usize::from(left.width.saturating_sub(2));
    // Long queries scroll: the end, where the cursor is, stays in view.
    let text = input.text();
    let shown: String = if text.width() > room {
        let skip = text.chars().count().saturating_sub(room.saturating_sub(1));
        format!("…{}", text.chars().skip(skip).collect::<String>())
    } else {
        text.to_string()
    };
    let shown = truncate(&shown, room);
    let before_cursor: String = if shown.starts_with('…') {
        shown.clone()
    } else {
        shown.chars().take(input.cursor()).collect()
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(prompt.to_string(), theme.key()),
            Span::raw(shown),
        ])),
        left,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(right, theme.dim()).right_aligned()),
        right_area,
    );
    let x = left.x + 1 + before_cursor.width() as u16;
    frame.set_cursor_position(Position::new(x.min(left.right().saturating_sub(1)), left.y));
}
