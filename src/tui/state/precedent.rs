//! Agreed language (`L`): the passages across the library that reuse the
//! current clause's wording, oldest document first, then closest, each with
//! the differing words marked; Enter opens one (Ctrl-O comes back). The index
//! is gathered on the loading thread from the documents' cached fingerprints
//! and handed over whole; a query looks its fingerprints up (tens of ms on
//! 10,000 briefings), once per `L`, never per frame.

use super::AppState;
use super::history::JumpPoint;
use crate::reuse::{Reuse, ReuseIndex};
use crate::tui::action::Action;

/// Passages listed at most: the oldest and closest come first.
const LISTED: usize = 50;

#[derive(Debug, Default)]
pub struct Precedents {
    /// The library's index; `None` until loading ends.
    pub index: Option<ReuseIndex>,
    pub list: Option<PrecedentList>,
}

/// The passages reusing one clause's wording, while listed.
#[derive(Clone, Debug)]
pub struct PrecedentList {
    pub doc: usize,
    pub clause: usize,
    pub found: Vec<Reuse>,
    pub selected: usize,
}

impl AppState {
    /// Takes the index the loading thread gathered, if it is of this library.
    pub fn set_reuse_index(&mut self, index: ReuseIndex) {
        if index.documents() == self.library.documents.len() {
            self.precedents.index = Some(index);
        }
    }

    /// The index, gathered here only when none came with the documents (a
    /// library handed over whole, or a load that ended without one).
    pub(super) fn ensure_reuse_index(&mut self) {
        if self
            .precedents
            .index
            .as_ref()
            .is_none_or(|i| i.documents() != self.library.documents.len())
        {
            self.precedents.index = Some(ReuseIndex::build(&self.library));
        }
    }

    /// `L`: lists where the current clause's wording was used before.
    pub(super) fn show_precedents(&mut self) {
        let Some(doc) = self.reader.doc else {
            return self.info("no document open");
        };
        let Some(index) = self.precedents.index.as_ref().filter(|_| self.loading.done) else {
            return self.info("agreed language is searchable once loading ends");
        };
        let Some(d) = self.library.documents.get(doc) else {
            return;
        };
        let clause = self.reader.current;
        if clause >= d.clauses.len() {
            return self.info("no clause here");
        }
        let mut found = index.find(&self.library, d.clause_text(clause), Some((doc, clause)));
        if found.is_empty() {
            return self.info("no other passage of the library shares 8 words in order with this clause");
        }
        found.truncate(LISTED);
        self.precedents.list = Some(PrecedentList {
            doc,
            clause,
            found,
            selected: 0,
        });
    }

    /// Keys while the passages are listed; false for those it lets through.
    pub(super) fn precedent_action(&mut self, action: Action) -> bool {
        let Some(list) = self.precedents.list.as_mut() else {
            return false;
        };
        let last = list.found.len().saturating_sub(1);
        match action {
            Action::Down | Action::NextPane | Action::ScrollDown(..) => list.selected = (list.selected + 1).min(last),
            Action::Up | Action::PrevPane | Action::ScrollUp(..) => list.selected = list.selected.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => list.selected = (list.selected + 5).min(last),
            Action::PageUp | Action::HalfPageUp => list.selected = list.selected.saturating_sub(5),
            Action::Top => list.selected = 0,
            Action::Bottom => list.selected = last,
            Action::Activate => {
                let r = &list.found[list.selected];
                let place = JumpPoint {
                    doc: r.doc,
                    clause: r.clause,
                };
                self.precedents.list = None;
                self.focus = super::Pane::Reader;
                self.jump(place);
            }
            Action::Back | Action::AgreedLanguage | Action::Click(..) => self.precedents.list = None,
            Action::Quit | Action::Resize(..) | Action::Help => return false,
            _ => {}
        }
        true
    }
}
