//! The files the load passed over, each with its reason (`S`): a count in the
//! status bar says there are some; the overlay lists them while the reader
//! runs, rather than only on the terminal after quitting.

use super::AppState;
use crate::tui::action::Action;

impl AppState {
    /// `S`: opens the list of skipped files (or says there are none).
    pub(super) fn show_skipped(&mut self) {
        if self.library.skipped.is_empty() {
            self.info("no file was skipped");
        } else {
            self.skipped = Some(0);
        }
    }

    /// Keys while the list is open: moving scrolls it, Esc and `S` close it,
    /// `q` quits; every other key is swallowed.
    pub(super) fn skipped_action(&mut self, action: Action) -> bool {
        let Some(top) = self.skipped.as_mut() else { return false };
        let last = self.library.skipped.len().saturating_sub(1);
        match action {
            Action::Down | Action::ScrollDown(..) => *top = (*top + 1).min(last),
            Action::Up | Action::ScrollUp(..) => *top = top.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => *top = (*top + 10).min(last),
            Action::PageUp | Action::HalfPageUp => *top = top.saturating_sub(10),
            Action::Top => *top = 0,
            Action::Bottom => *top = last,
            Action::Back | Action::ShowSkipped | Action::Click(..) => self.skipped = None,
            Action::Quit | Action::Resize(..) => return false,
            _ => {}
        }
        true
    }

    /// `3 skipped`, for the status bar, when the load passed files over.
    pub fn skipped_count(&self) -> Option<String> {
        let n = self.library.skipped.len();
        (n > 0).then(|| format!("{n} skipped"))
    }
}
