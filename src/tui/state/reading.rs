//! Where the reader was left: the `PositionStore` (changed here in memory,
//! saved by `App` on `Effect::SavePositions` and at exit). Opening a document
//! for the first time this session returns to its remembered clause; leaving
//! one records where it was left.

use crate::positions::{PositionStore, Spot};
use crate::tui::action::Effect;
use crate::tui::state::{AppState, Status};

#[derive(Debug, Default)]
pub struct Reading {
    store: Option<PositionStore>,
    /// Per document: opened since the store was attached (so its own place is known).
    pub(super) visited: Vec<bool>,
    /// Some position changed since the last save.
    dirty: bool,
}

impl Reading {
    /// For `App` to save; `None` when no store was attached.
    pub fn store_mut(&mut self) -> Option<&mut PositionStore> {
        self.store.as_mut()
    }
}

impl AppState {
    /// Takes the store `App` opened and reopens the last document at its clause.
    pub fn attach_positions(&mut self, store: PositionStore) {
        let last = store.last(&self.library);
        self.reading.store = Some(store);
        self.reading.visited = vec![false; self.library.documents.len()];
        if let Some((doc, clause)) = last {
            self.open(doc);
            self.sync();
            self.reader.jump_to(clause);
        } else if let Some(d) = self.reader.doc {
            self.reading.visited[d] = true;
        }
        self.reading.dirty = false;
    }

    /// After `open`: on a first visit, go to the remembered clause; record the
    /// document left (`left`: it and its clause) and the one arrived at.
    pub(super) fn arrived(&mut self, left: Option<(usize, usize)>, doc: usize) {
        let Some(store) = &self.reading.store else { return };
        let Some(document) = self.library.documents.get(doc) else {
            return;
        };
        if !self.reading.visited.get(doc).copied().unwrap_or(true) {
            self.reading.visited[doc] = true;
            if let Some(c) = store.clause_for(document) {
                self.sync();
                self.reader.jump_to(c);
            }
        }
        let left = left.filter(|&(d, _)| d != doc && self.reading.visited.get(d).copied().unwrap_or(false));
        let Some(store) = &mut self.reading.store else { return };
        if let Some((d, c)) = left {
            store.record(&self.library.documents[d], c);
            store.record(&self.library.documents[doc], self.reader.current);
            self.reading.dirty = true;
        }
    }

    /// Records where the reader is now (before saving at exit).
    pub fn record_position(&mut self) {
        let Some(doc) = self.reader.doc else { return };
        let Some(store) = &mut self.reading.store else { return };
        if let Some(document) = self.library.documents.get(doc) {
            store.record(document, self.reader.current);
            self.reading.dirty = true;
        }
    }

    /// Where the reader is now, detached from the library (for the hangup
    /// watchdog, which saves it if the loop cannot).
    pub fn spot(&self) -> Option<Spot> {
        let doc = self.library.documents.get(self.reader.doc?)?;
        Some(Spot::of(doc, self.reader.current))
    }

    /// `Effect::SavePositions` once a document switch has recorded something.
    pub(super) fn positions_effect(&mut self, effect: Effect) -> Effect {
        if effect == Effect::None && std::mem::take(&mut self.reading.dirty) {
            Effect::SavePositions
        } else {
            effect
        }
    }

    /// Records the outcome of a positions save `App` performed.
    pub fn positions_saved(&mut self, result: Result<(), String>) {
        // The store keeps its changes after a failure; the next switch or the exit retries.
        if let Err(e) = result {
            self.status = Some(Status::Warning(format!("reading position not saved: {e}")));
        }
    }
}
