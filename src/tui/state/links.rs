//! References as links: a reference mention naming a document of the library
//! is a link; `f` (or Enter, when nothing is highlighted) follows the one in
//! the current clause, at the paragraph it points into ("paragraph 5 of
//! 8318/24"), recording the jump so Ctrl-O comes back. A clause with several
//! references lists them first (Tab or j/k choose, Enter follows); one outside
//! the library is named with its register in the status bar, never followed.

use super::AppState;
use super::history::JumpPoint;
use crate::labels::{Found, find_clause};
use crate::refs::{Citation, CitationIndex, pinpoint};
use crate::tui::action::Action;

/// The citations, gathered once the library is whole, and the list of a
/// clause's references while it is open.
#[derive(Debug, Default)]
pub struct Links {
    /// `None` while documents are still arriving: a target may not be here yet.
    pub index: Option<CitationIndex>,
    pub picker: Option<LinkPicker>,
}

/// The references of one clause, to choose the one to follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPicker {
    pub doc: usize,
    pub clause: usize,
    pub selected: usize,
}

impl Links {
    /// The references in a clause (none before the library is whole).
    pub fn in_clause(&self, doc: usize, clause: usize) -> &[Citation] {
        self.index.as_ref().map_or(&[], |i| i.in_clause(doc, clause))
    }

    /// (cites, cited by) of a document, once known.
    pub fn counts(&self, doc: usize) -> Option<(usize, usize)> {
        self.index.as_ref().map(|i| i.counts(doc))
    }
}

impl AppState {
    /// The references in the current clause.
    pub fn current_links(&self) -> &[Citation] {
        match self.reader.doc {
            Some(doc) => self.links.in_clause(doc, self.reader.current),
            None => &[],
        }
    }

    /// `f`: follows the current clause's reference, or lists them when it has several.
    pub(super) fn follow_link(&mut self) {
        let Some(doc) = self.reader.doc else {
            return self.info("no document open");
        };
        if self.links.index.is_none() {
            return self.info("references become links once loading ends");
        }
        let clause = self.reader.current;
        match self.links.in_clause(doc, clause) {
            [] => self.info("no reference to a document in this clause"),
            [one] => {
                let one = one.clone();
                self.follow(&one);
            }
            _ => {
                self.links.picker = Some(LinkPicker {
                    doc,
                    clause,
                    selected: 0,
                })
            }
        }
    }

    /// Opens the document a citation names, at the paragraph it points into;
    /// one outside the library is named with its register instead.
    fn follow(&mut self, c: &Citation) {
        let Some(target) = c.target else {
            return self.info(&format!("{} is not in the library ({})", c.text, c.register.as_str()));
        };
        let exact = c.names_exactly(&self.library);
        let at = c.at as usize;
        let point = pinpoint(
            self.library.documents[c.doc].clause_text(c.clause),
            at..at + c.text.len(),
        );
        let Some(d) = self.library.documents.get(target) else {
            return;
        };
        let name = d.meta.number.clone().unwrap_or_else(|| d.id.clone());
        let found = point.as_deref().map(|p| (p, find_clause(d, p)));
        let clause = match found {
            Some((_, Some(f))) => f.clause(),
            _ => 0,
        };
        self.focus = super::Pane::Reader;
        self.jump(JumpPoint { doc: target, clause });
        let mut notes = Vec::new();
        if !exact {
            notes.push(format!("{} is not in the library: opened {name}", c.key));
        }
        match found {
            Some((p, None)) => notes.push(format!("{name} has no paragraph {p}: opened at its start")),
            Some((p, Some(Found::Counted(_)))) => notes.push(format!("{name} prints no paragraph {p}: went to ¶{p}")),
            _ => {}
        }
        if notes.is_empty() {
            notes.push(format!("{name} (Ctrl-O back)"));
        }
        self.info(&notes.join(" · "));
    }

    /// Keys while a clause's references are listed; false for those it lets through.
    pub(super) fn link_picker_action(&mut self, action: Action) -> bool {
        let Some((doc, clause)) = self.links.picker.as_ref().map(|p| (p.doc, p.clause)) else {
            return false;
        };
        let count = self.links.in_clause(doc, clause).len();
        let Some(p) = self.links.picker.as_mut() else {
            return false;
        };
        let last = count.saturating_sub(1);
        match action {
            Action::Down | Action::NextPane | Action::ScrollDown(..) => p.selected = (p.selected + 1) % count.max(1),
            Action::Up | Action::PrevPane | Action::ScrollUp(..) => {
                p.selected = p.selected.checked_sub(1).unwrap_or(last)
            }
            Action::Top => p.selected = 0,
            Action::Bottom => p.selected = last,
            Action::Activate => {
                let (doc, clause, selected) = (p.doc, p.clause, p.selected);
                self.links.picker = None;
                if let Some(c) = self.links.in_clause(doc, clause).get(selected).cloned() {
                    self.follow(&c);
                }
            }
            Action::Back | Action::FollowLink | Action::Click(..) => self.links.picker = None,
            Action::Quit | Action::Resize(..) | Action::Help => return false,
            _ => {}
        }
        true
    }
}
