//! `BookmarkStore`: the bookmarks of `bookmarks.json` plus the changes not yet
//! saved. A save locks the file, reads it afresh, replays the pending changes
//! onto what it read, and writes the result atomically.
//!
//! Why replay operations rather than merge snapshots with tombstones: a
//! snapshot merge must remember every deletion forever (or guess when to forget
//! it) so that a union does not bring a deleted bookmark back; replaying
//! "add X", "set note of X", "remove X" onto the file as it is now gives the
//! same no-lost-update guarantee with a file that holds only live bookmarks.
//! The operations are idempotent, so a failed save keeps them for the retry.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Bookmark;
use super::anchor::{Resolved, anchor};
use crate::durable::{self, StoreError, StoreWarning, VERSION};
use crate::library::Library;

/// `bookmarks.json`: `{"version": 1, "bookmarks": [...]}`.
#[derive(Serialize, Deserialize)]
struct BookmarkFile {
    version: u64,
    bookmarks: Vec<Bookmark>,
}

/// The bookmarks of a file read, with control characters removed.
fn tidied(file: Option<BookmarkFile>) -> Vec<Bookmark> {
    let mut list = file.map(|f| f.bookmarks).unwrap_or_default();
    list.iter_mut().for_each(Bookmark::tidy);
    list
}

/// The bookmarks in the bytes of a `bookmarks.json`, read as `BookmarkStore::open`
/// reads them (version checked, control characters removed), or why they
/// cannot be used. Touches no file: for fuzzing and tools.
pub fn parse_bookmarks(bytes: &[u8]) -> Result<Vec<Bookmark>, String> {
    durable::parse_bytes::<BookmarkFile>(bytes).map(|f| tidied(Some(f)))
}

/// A change not yet saved.
#[derive(Clone, Debug)]
enum Op {
    /// Add, or replace the bookmark with this id.
    Put(Box<Bookmark>),
    /// Set the note of a bookmark if it still exists.
    Note {
        id: String,
        note: Option<String>,
        updated: u64,
    },
    Remove(String),
    /// Bookmark a clause unless the file already has a bookmark on it (the
    /// same document hash and clause index): checked when replayed, under
    /// the lock, so two adds at once make one bookmark. With a note, the note
    /// is set on the bookmark found.
    AddOnce(Box<Bookmark>),
}

impl Op {
    fn apply(&self, list: &mut Vec<Bookmark>) {
        match self {
            Op::Put(b) => match list.iter_mut().find(|x| x.id == b.id) {
                Some(x) => x.clone_from(b),
                None => list.push(Bookmark::clone(b)),
            },
            Op::Note { id, note, updated } => {
                if let Some(x) = list.iter_mut().find(|x| &x.id == id) {
                    x.note.clone_from(note);
                    x.updated = *updated;
                }
            }
            Op::Remove(id) => list.retain(|x| &x.id != id),
            Op::AddOnce(b) => {
                let same_clause = |x: &Bookmark| x.doc_hash == b.doc_hash && x.index == b.index;
                match list.iter_mut().find(|x| x.id == b.id || same_clause(x)) {
                    Some(x) if x.id == b.id => x.clone_from(b),
                    Some(x) => {
                        if b.note.is_some() {
                            x.note.clone_from(&b.note);
                            x.updated = b.updated;
                        }
                    }
                    None => list.push(Bookmark::clone(b)),
                }
            }
        }
    }
}

/// What `toggle` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Toggled {
    /// A new bookmark, by id.
    Added(String),
    /// The bookmark that was there (keep it to undo with `add`).
    Removed(Box<Bookmark>),
}

/// The bookmarks at one path, with unsaved changes kept until a save succeeds.
#[derive(Debug)]
pub struct BookmarkStore {
    path: PathBuf,
    /// The file as last read or written, with `pending` applied.
    bookmarks: Vec<Bookmark>,
    pending: Vec<Op>,
}

impl BookmarkStore {
    /// Reads the store at `path` (missing: empty). A corrupt file is moved
    /// aside and reported in the warning; the store then starts empty.
    pub fn open(path: impl Into<PathBuf>) -> (BookmarkStore, Option<StoreWarning>) {
        let path = path.into();
        let (file, warning) = durable::open::<BookmarkFile>(&path);
        let store = BookmarkStore {
            path,
            bookmarks: tidied(file),
            pending: Vec::new(),
        };
        (store, warning)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// All bookmarks, oldest first, unsaved changes included.
    pub fn bookmarks(&self) -> &[Bookmark] {
        &self.bookmarks
    }

    pub fn get(&self, id: &str) -> Option<&Bookmark> {
        self.bookmarks.iter().find(|b| b.id == id)
    }

    /// Whether some change awaits a (successful) save.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    fn push(&mut self, op: Op) {
        op.apply(&mut self.bookmarks);
        self.pending.push(op);
    }

    /// Adds a bookmark, or replaces the one with the same id (undo of a removal).
    pub fn add(&mut self, bookmark: Bookmark) {
        self.push(Op::Put(Box::new(bookmark)));
    }

    /// Bookmarks a clause unless it already is, in the file as it is when
    /// saved (`Op::AddOnce`): what `attache bookmarks add` does.
    pub fn add_once(&mut self, bookmark: Bookmark) {
        self.push(Op::AddOnce(Box::new(bookmark)));
    }

    /// Removes a bookmark; returns it (for undo), or `None` if no such id.
    pub fn remove(&mut self, id: &str) -> Option<Bookmark> {
        let found = self.get(id).cloned()?;
        self.push(Op::Remove(id.to_string()));
        Some(found)
    }

    /// Sets or clears (`None` or blank) a bookmark's note, kept as one clean
    /// line (`clean_note`); false if no such id.
    pub fn set_note(&mut self, id: &str, note: Option<String>) -> bool {
        if self.get(id).is_none() {
            return false;
        }
        let note = note.as_deref().and_then(super::clean_note);
        self.push(Op::Note {
            id: id.to_string(),
            note,
            updated: durable::now(),
        });
        true
    }

    /// Where every bookmark lands in `lib` (orphans included), in store order.
    pub fn anchor(&self, lib: &Library) -> Vec<Resolved> {
        anchor(&self.bookmarks, lib)
    }

    /// The bookmarks anchored on clause `clause` of document `doc` of `lib`.
    pub fn at(&self, lib: &Library, doc: usize, clause: usize) -> Vec<&Bookmark> {
        self.bookmarks
            .iter()
            .zip(self.anchor(lib))
            .filter(|(_, r)| r.place.location() == Some((doc, clause)))
            .map(|(b, _)| b)
            .collect()
    }

    /// Bookmarks the clause, or removes the bookmarks on it (returning the
    /// first, for undo). Out-of-range indexes do nothing and return `None`.
    pub fn toggle(&mut self, lib: &Library, doc: usize, clause: usize) -> Option<Toggled> {
        let d = lib.documents.get(doc)?;
        if clause >= d.clauses.len() {
            return None;
        }
        let here: Vec<Bookmark> = self.at(lib, doc, clause).into_iter().cloned().collect();
        if let Some(first) = here.first().cloned() {
            for b in &here {
                self.push(Op::Remove(b.id.clone()));
            }
            return Some(Toggled::Removed(Box::new(first)));
        }
        let b = Bookmark::new(d, clause, None, durable::now());
        let id = b.id.clone();
        self.add(b);
        Some(Toggled::Added(id))
    }

    /// Writes the pending changes: lock, re-read, replay, atomic write, unlock.
    /// On success the store holds the file as written (other processes'
    /// bookmarks included); on failure the changes stay pending for a retry.
    /// Nothing pending: nothing written (the file is created on first save).
    pub fn save(&mut self) -> Result<Option<StoreWarning>, StoreError> {
        if self.pending.is_empty() {
            return Ok(None);
        }
        let pending = &self.pending;
        let (file, warning) = durable::update(&self.path, |base: Option<BookmarkFile>| {
            let mut bookmarks = tidied(base);
            for op in pending {
                op.apply(&mut bookmarks);
            }
            BookmarkFile {
                version: VERSION,
                bookmarks,
            }
        })?;
        self.bookmarks = file.bookmarks;
        self.pending.clear();
        Ok(warning)
    }

    /// Reads the file again (to see other processes' changes), keeping the
    /// pending changes on top.
    pub fn reload(&mut self) -> Option<StoreWarning> {
        let (file, warning) = durable::open::<BookmarkFile>(&self.path);
        self.bookmarks = tidied(file);
        for op in &self.pending {
            op.apply(&mut self.bookmarks);
        }
        warning
    }
}
