//! Documents arriving from the background loader: the list, the entity panel,
//! the jump index and the bookmarks follow each batch, the first document to
//! arrive (or the one last read) opens, and the status bar shows progress.

use crate::load::Skipped;
use crate::loaded::LoadedDocument;

use super::{AppState, Status};

/// Progress of the background load.
#[derive(Debug, Default)]
pub struct Loading {
    /// Files to read, once the folders have been walked.
    pub total: Option<usize>,
    /// Files read so far (documents and refusals).
    pub arrived: usize,
    pub done: bool,
    /// Set by the first key or click: from then on, arriving documents never
    /// move the reader (a restored position is only taken before that).
    pub touched: bool,
    /// Whether the last reading position has been restored yet.
    pub restored: bool,
    /// Where `attache open` asked the reader to start, until that document arrives.
    pub start: Option<Start>,
}

/// A place to start at: a document by its content hash, and a clause of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    pub hash: u64,
    pub clause: Option<usize>,
}

impl Loading {
    /// `loading 4,210 / 10,000` while a load runs; `None` once it is done.
    pub fn progress(&self) -> Option<String> {
        if self.done {
            return None;
        }
        Some(match self.total {
            Some(total) => format!("loading {} / {}", thousands(self.arrived), thousands(total)),
            None => "loading…".to_string(),
        })
    }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl AppState {
    /// The loader has walked the folders: `files` will arrive.
    pub fn loading_found(&mut self, files: usize, skipped: Vec<Skipped>, other_extensions: usize) {
        self.loading.total = Some(files + skipped.len());
        self.loading.arrived += skipped.len();
        self.library.skipped.extend(skipped);
        self.library.other_extensions = other_extensions;
    }

    /// Merges a batch of loaded documents into the library and everything built on it.
    pub fn add_documents(&mut self, batch: Vec<Result<LoadedDocument, Skipped>>) {
        self.loading.arrived += batch.len();
        let first = self.library.add(batch);
        if first == self.library.documents.len() {
            return;
        }
        self.documents.extend(&self.library, first);
        self.finders.library_grew(&self.library, first);
        self.reading.visited.resize(self.library.documents.len(), false);
        self.entities.rebuild(&self.library, self.reader.doc);
        // Citations are gathered once the library is whole (a target may be yet to come).
        self.links.index = self
            .loading
            .done
            .then(|| crate::refs::CitationIndex::build(&self.library));
        if self.loading.done {
            self.ensure_reuse_index();
        }
        self.library_changed_for_bookmarks();
        self.take_start(first);
        if !self.loading.touched && !self.loading.restored {
            self.restore_position();
        }
        if self.reader.doc.is_none()
            && let Some(doc) = self.documents.selected()
        {
            self.open(doc);
        }
        self.sync_after_load();
    }

    /// Every file has been read.
    pub fn loading_done(&mut self) {
        self.loading.done = true;
        self.library.compact();
        self.finders.index.shrink_to_fit();
        self.links.index = Some(crate::refs::CitationIndex::build(&self.library));
        self.ensure_reuse_index();
        let skipped = self.library.skipped.len();
        if self.library.documents.is_empty() {
            self.status = Some(Status::Warning(
                "nothing to read: no document could be loaded (q quits)".into(),
            ));
        } else if skipped > 0 {
            self.status = Some(Status::Warning(format!(
                "{skipped} file(s) skipped: S lists them with their reasons"
            )));
        }
    }

    /// Opens the place `attache open` named once its document is among those
    /// from `first` on; it takes the place of the last reading position.
    fn take_start(&mut self, first: usize) {
        let Some(start) = self.loading.start else { return };
        let Some(doc) = (first..self.library.documents.len()).find(|&d| self.library.documents[d].hash == start.hash)
        else {
            return;
        };
        self.loading.start = None;
        self.loading.restored = true;
        self.open(doc);
        match start.clause {
            Some(c) => self.reader.jump_to(c),
            None => self.reader.first(),
        }
    }

    /// Opens the document last read at its clause, if it has arrived.
    fn restore_position(&mut self) {
        let Some(store) = self.reading.store_mut() else { return };
        let Some((doc, clause)) = store.last(&self.library) else {
            return;
        };
        self.loading.restored = true;
        self.open(doc);
        self.reader.jump_to(clause);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_has_thousands_separators_and_ends() {
        let mut l = Loading {
            total: Some(10_000),
            arrived: 4_210,
            ..Loading::default()
        };
        assert_eq!(l.progress().as_deref(), Some("loading 4,210 / 10,000"));
        l.done = true;
        assert_eq!(l.progress(), None);
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
