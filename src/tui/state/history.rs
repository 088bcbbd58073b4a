//! The jump list, as in vim and helix: every jump (palette, search, entity
//! mention, bookmark, document switch) records the place it left, so Ctrl-O
//! goes back and the forward key returns. Places are (document, clause)
//! indexes, which stay valid for the whole session.

use super::AppState;

/// A point in the library to jump to: a document and one of its clauses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JumpPoint {
    pub doc: usize,
    pub clause: usize,
}

/// How many places back the list remembers.
const KEPT: usize = 100;

#[derive(Debug, Default)]
pub struct JumpHistory {
    back: Vec<JumpPoint>,
    forward: Vec<JumpPoint>,
}

impl JumpHistory {
    /// Records that a jump leaves `from`; going somewhere new forgets the forward list.
    pub fn record(&mut self, from: JumpPoint) {
        if self.back.last() != Some(&from) {
            self.back.push(from);
            if self.back.len() > KEPT {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }

    /// The place before `here`, which becomes the first place forward.
    pub fn back(&mut self, here: JumpPoint) -> Option<JumpPoint> {
        step(&mut self.back, &mut self.forward, here)
    }

    /// The place after `here`, which becomes the last place back.
    pub fn forward(&mut self, here: JumpPoint) -> Option<JumpPoint> {
        step(&mut self.forward, &mut self.back, here)
    }

    /// (places back, places forward).
    pub fn depth(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }
}

/// Takes the last place of `from` that is not `here`, leaving `here` on `to`.
fn step(from: &mut Vec<JumpPoint>, to: &mut Vec<JumpPoint>, here: JumpPoint) -> Option<JumpPoint> {
    while let Some(p) = from.pop() {
        if p != here {
            if to.last() != Some(&here) {
                to.push(here);
            }
            return Some(p);
        }
    }
    None
}

impl AppState {
    /// Where the reader is now, if a document is open.
    pub fn place(&self) -> Option<JumpPoint> {
        self.reader.doc.map(|doc| JumpPoint {
            doc,
            clause: self.reader.current,
        })
    }

    /// Records the current place before a jump.
    pub(super) fn record_jump(&mut self) {
        if let Some(here) = self.place() {
            self.history.record(here);
        }
    }

    /// Opens `place`'s document if it is not open and makes its clause current.
    pub(super) fn go_to(&mut self, place: JumpPoint) {
        if self.reader.doc != Some(place.doc) {
            self.open(place.doc);
        }
        self.reader.jump_to(place.clause);
    }

    /// Records the current place, then goes to `place` (when it is elsewhere).
    pub(super) fn jump(&mut self, place: JumpPoint) {
        if self.place() != Some(place) {
            self.record_jump();
        }
        self.go_to(place);
    }

    /// Ctrl-O and its forward twin.
    pub(super) fn step_history(&mut self, forward: bool) {
        let Some(here) = self.place() else { return };
        let to = if forward {
            self.history.forward(here)
        } else {
            self.history.back(here)
        };
        match to {
            Some(p) if p.doc < self.library.documents.len() => {
                self.go_to(p);
                self.focus = super::Pane::Reader;
            }
            _ => self.info(if forward {
                "no later jump to return to"
            } else {
                "no earlier jump to go back to"
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(doc: usize, clause: usize) -> JumpPoint {
        JumpPoint { doc, clause }
    }

    #[test]
    fn back_and_forward_retrace_the_jumps() {
        let mut h = JumpHistory::default();
        h.record(at(0, 0));
        h.record(at(1, 4));
        // Now at (2, 7).
        assert_eq!(h.back(at(2, 7)), Some(at(1, 4)));
        assert_eq!(h.back(at(1, 4)), Some(at(0, 0)));
        assert_eq!(h.back(at(0, 0)), None);
        assert_eq!(h.forward(at(0, 0)), Some(at(1, 4)));
        assert_eq!(h.forward(at(1, 4)), Some(at(2, 7)));
        assert_eq!(h.forward(at(2, 7)), None);
    }

    #[test]
    fn a_new_jump_forgets_the_forward_places() {
        let mut h = JumpHistory::default();
        h.record(at(0, 0));
        assert_eq!(h.back(at(0, 5)), Some(at(0, 0)));
        assert_eq!(h.depth(), (0, 1));
        h.record(at(0, 0));
        assert_eq!(h.depth(), (1, 0));
    }

    #[test]
    fn the_place_you_are_on_is_skipped_and_repeats_are_kept_once() {
        let mut h = JumpHistory::default();
        h.record(at(0, 1));
        h.record(at(0, 1));
        h.record(at(0, 2));
        assert_eq!(h.depth(), (2, 0));
        // Moved back to (0, 2) by hand: Ctrl-O goes past it to (0, 1).
        assert_eq!(h.back(at(0, 2)), Some(at(0, 1)));
    }

    #[test]
    fn only_the_last_hundred_places_are_kept() {
        let mut h = JumpHistory::default();
        for i in 0..150 {
            h.record(at(0, i));
        }
        assert_eq!(h.depth(), (KEPT, 0));
    }
}
