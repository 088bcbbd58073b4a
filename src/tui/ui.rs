//! Layout and the frame: which panes fit the terminal, where they go, and the
//! order they are drawn in. Pure: `screen` is shared by drawing and by mouse
//! hit-testing in `AppState`, so a click always lands on what was drawn.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::keymap::Keymap;
use super::panes;
use super::state::{AppState, Pane};
use super::theme::Theme;

/// Below this width the entity panel folds away (shown as an overlay on demand).
pub const WIDE: u16 = 110;
/// Below this width the document list folds too: one pane fills the screen.
pub const NARROW: u16 = 70;
/// Smaller than this and nothing useful fits.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;

/// Where each pane goes this frame; `None` for a folded pane.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Screen {
    pub too_small: bool,
    pub documents: Option<Rect>,
    pub reader: Option<Rect>,
    pub entities: Option<Rect>,
    /// The entity panel is drawn over the reader rather than beside it.
    pub entities_overlay: bool,
    pub status: Rect,
}

pub fn screen(area: Rect, focus: Pane, meeting: bool) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen {
            too_small: true,
            ..Screen::default()
        };
    }
    let [body, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let mut s = Screen {
        status,
        ..Screen::default()
    };
    let w = area.width;
    if meeting {
        s.reader = Some(body);
    } else if w >= WIDE {
        let list = (w * 24 / 100).clamp(26, 40);
        let ents = (w * 22 / 100).clamp(26, 36);
        let [d, r, e] =
            Layout::horizontal([Constraint::Length(list), Constraint::Min(20), Constraint::Length(ents)]).areas(body);
        (s.documents, s.reader, s.entities) = (Some(d), Some(r), Some(e));
    } else if w >= NARROW {
        let list = (w * 30 / 100).clamp(24, 32);
        let [d, r] = Layout::horizontal([Constraint::Length(list), Constraint::Min(20)]).areas(body);
        (s.documents, s.reader) = (Some(d), Some(r));
        if focus == Pane::Entities {
            let ents = (w * 40 / 100).clamp(28, 40).min(r.width);
            s.entities = Some(Rect::new(r.right() - ents, r.y, ents, r.height));
            s.entities_overlay = true;
        }
    } else {
        match focus {
            Pane::Documents => s.documents = Some(body),
            Pane::Reader => s.reader = Some(body),
            Pane::Entities => s.entities = Some(body),
        }
    }
    s
}

/// Inside a pane's border.
pub fn inner(pane: Rect) -> Rect {
    pane.inner(Margin::new(1, 1))
}

/// The rows of the reader pane that show clauses: inside the border, below
/// the line of document metadata (kept when at least three rows remain).
pub fn reader_viewport(pane: Rect) -> Rect {
    let inner = inner(pane);
    if inner.height >= 4 {
        Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1)
    } else {
        inner
    }
}

/// Draws the whole screen from state. Reads only.
pub fn draw(frame: &mut Frame, state: &AppState, keymap: &Keymap, theme: &Theme) {
    let area = frame.area();
    let s = screen(area, state.focus, state.meeting);
    if s.too_small {
        draw_too_small(frame, area, theme);
        return;
    }
    if let Some(r) = s.documents {
        panes::documents::draw(frame, r, state, theme);
    }
    if let Some(r) = s.reader {
        match &state.compare.view {
            Some(view) => panes::compare::draw(frame, r, state, view, theme),
            None => panes::reader::draw(frame, r, state, theme),
        }
    }
    if let Some(r) = s.entities {
        if s.entities_overlay {
            frame.render_widget(Clear, r);
        }
        panes::entities::draw(frame, r, state, theme);
    }
    panes::bookmarks::draw_list(frame, state, keymap, theme);
    if let Some(picker) = &state.compare.picker {
        panes::compare::draw_picker(frame, state, picker, theme);
    }
    if let Some(list) = &state.precedents.list {
        panes::precedent::draw(frame, state, list, theme);
    }
    if let Some(picker) = &state.links.picker {
        panes::links::draw(frame, state, picker, theme);
    }
    panes::status::draw(frame, s.status, state, keymap, theme);
    if let Some(palette) = &state.palette {
        panes::palette::draw(frame, area, state, palette, theme);
    }
    if let Some(top) = state.skipped {
        panes::skipped::draw(frame, area, state, top, keymap, theme);
    }
    if let Some(top) = state.help {
        panes::help::draw(frame, area, top, keymap, theme);
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.warning()),
        Line::from(format!("need {MIN_WIDTH}×{MIN_HEIGHT}")),
    ];
    // Rows the wrapped message takes, to centre it vertically.
    let w = usize::from(area.width.max(1));
    let rows: usize = text.iter().map(|l| l.width().div_ceil(w).max(1)).sum();
    let y = area.y + area.height.saturating_sub(rows as u16) / 2;
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        Rect::new(area.x, y, area.width, area.bottom() - y),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_panes_as_the_terminal_narrows() {
        let at = |w, focus| screen(Rect::new(0, 0, w, 30), focus, false);
        let wide = at(120, Pane::Reader);
        assert!(wide.documents.is_some() && wide.reader.is_some() && wide.entities.is_some());
        let medium = at(80, Pane::Reader);
        assert!(medium.documents.is_some() && medium.entities.is_none());
        let overlay = at(80, Pane::Entities);
        assert!(overlay.entities_overlay && overlay.reader.is_some());
        let narrow = at(50, Pane::Documents);
        assert!(narrow.documents.is_some() && narrow.reader.is_none());
        assert!(at(12, Pane::Reader).too_small);
    }

    #[test]
    fn every_size_down_to_one_by_one_lays_out() {
        for w in 0..130 {
            for h in 0..12 {
                for focus in [Pane::Documents, Pane::Reader, Pane::Entities] {
                    let s = screen(Rect::new(0, 0, w, h), focus, w % 2 == 0);
                    if let Some(r) = s.reader {
                        let v = reader_viewport(r);
                        assert!(v.right() <= w && v.bottom() <= h);
                    }
                }
            }
        }
    }
}
