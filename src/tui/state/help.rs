//! The help overlay (`?`): it scrolls and closes, and takes every other key
//! while open, so nothing changes unseen behind it.

use super::AppState;
use crate::tui::action::Action;

impl AppState {
    /// Keys while help is open: moving scrolls it, Esc and `?` close it, `q`
    /// quits; every other key is swallowed, so nothing changes unseen behind it.
    pub(super) fn help_action(&mut self, action: Action) -> bool {
        let Some(top) = self.help.as_mut() else { return false };
        match action {
            Action::Down | Action::ScrollDown(..) => *top += 1,
            Action::Up | Action::ScrollUp(..) => *top = top.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => *top += 10,
            Action::PageUp | Action::HalfPageUp => *top = top.saturating_sub(10),
            Action::Top => *top = 0,
            Action::Back | Action::Help | Action::Click(..) => self.help = None,
            Action::Quit | Action::Resize(..) => return false,
            _ => {}
        }
        true
    }
}
