//! Mouse input: a click selects what was drawn under it and focuses its pane;
//! the wheel scrolls the pane under the pointer. Hit-testing uses the same
//! `ui::screen` layout the frame was drawn with.

use ratatui::layout::{Position, Rect};

use super::{AppState, Pane};
use crate::tui::ui;

impl AppState {
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let screen = self.screen();
        let at = Position::new(x, y);
        let inside = |r: Option<Rect>| r.filter(|r| r.contains(at)).map(ui::inner);
        // The entity overlay lies on top of the reader, so it is tested first.
        if let Some(inner) = inside(screen.entities) {
            self.focus = Pane::Entities;
            if inner.contains(at) && self.entities.click_row(self.entities.top + usize::from(y - inner.y)) {
                self.select_entity_under_cursor();
            }
        } else if let Some(inner) = inside(screen.documents) {
            self.focus = Pane::Documents;
            if inner.contains(at) {
                let row = self.documents.top + usize::from((y - inner.y) / 2);
                if row < self.documents.order.len() {
                    self.documents.cursor = row;
                    self.activate();
                }
            }
        } else if let Some(reader) = screen.reader.filter(|r| r.contains(at)) {
            self.focus = Pane::Reader;
            let view = ui::reader_viewport(reader);
            if view.contains(at)
                && let Some(c) = self.reader.clause_at_view_row(y - view.y)
            {
                self.reader.current = c;
                self.reader.follow(false);
            }
        }
    }

    pub(super) fn wheel(&mut self, x: u16, y: u16, delta: isize) {
        let screen = self.screen();
        let at = Position::new(x, y);
        let over = |r: Option<Rect>| r.is_some_and(|r| r.contains(at));
        if over(screen.entities) {
            self.entities.move_by(delta.signum());
            self.select_entity_under_cursor();
        } else if over(screen.documents) {
            self.documents.move_by(delta.signum());
        } else if over(screen.reader) {
            self.reader.scroll(delta, true);
        }
    }
}
