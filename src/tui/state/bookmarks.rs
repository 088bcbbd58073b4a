//! Bookmarks in the reader: the store (changed here in memory; `App` saves it
//! when `update` returns `Effect::SaveBookmarks`), where each bookmark lands in
//! the library (worked out once per change, never per frame), the list overlay,
//! the note being typed, and the deletion that `u` undoes until the next action.

use std::collections::HashMap;

use crate::bookmarks::{Bookmark, BookmarkStore, Place, Resolved, StoreError, StoreWarning};
use crate::jump::BookmarkEntry;
use crate::library::Library;
use crate::tui::input::LineInput;

/// How a clause's bookmark is shown in the reader's gutter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The clause is surely the one bookmarked (`★`).
    Sure,
    /// Found by a re-worded opening, the label or the position only (`≈`).
    Approximate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookmarkSort {
    /// As the document list orders documents, then by clause; orphans last.
    Document,
    /// Most recently changed first.
    Recent,
}

/// The bookmarks list overlay: an ordering of the store's bookmarks and a cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookmarkList {
    pub sort: BookmarkSort,
    /// Indexes into `Bookmarks::all()`, in display order.
    pub order: Vec<usize>,
    pub cursor: usize,
    /// First visible position in `order`.
    pub top: usize,
}

/// What a note being typed belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteTarget {
    Bookmark(String),
    /// A clause not bookmarked yet: Enter bookmarks it with the note.
    Clause {
        doc: usize,
        clause: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteEdit {
    pub target: NoteTarget,
    /// The clause label, shown before the input.
    pub label: String,
    pub input: LineInput,
}

#[derive(Debug, Default)]
pub struct Bookmarks {
    /// `None` until `App` opens the store (and in tests that need none).
    store: Option<BookmarkStore>,
    /// Where each bookmark landed, in store order.
    anchors: Vec<Resolved>,
    /// `(doc, clause)` -> its mark and the index of (one of) its bookmark(s).
    marks: HashMap<(usize, usize), (Mark, usize)>,
    pub list: Option<BookmarkList>,
    pub note: Option<NoteEdit>,
    /// Bookmarks the last deletion removed, for `u`.
    undo: Vec<Bookmark>,
    /// Why the last save failed, while changes wait for the next one.
    pub save_failed: Option<String>,
    /// Unix seconds when the list was opened, for "5 min ago".
    pub now: u64,
}

impl Bookmarks {
    /// Takes the opened store and places its bookmarks in `lib`.
    pub fn attach(&mut self, store: BookmarkStore, lib: &Library) {
        self.store = Some(store);
        self.reanchor(lib);
    }

    pub fn store(&self) -> Option<&BookmarkStore> {
        self.store.as_ref()
    }

    /// For `App` to save; changing bookmarks goes through `AppState`.
    pub fn store_mut(&mut self) -> Option<&mut BookmarkStore> {
        self.store.as_mut()
    }

    /// All bookmarks, in store order (oldest first).
    pub fn all(&self) -> &[Bookmark] {
        self.store.as_ref().map_or(&[], |s| s.bookmarks())
    }

    /// Where `all()[i]` landed.
    pub fn place(&self, i: usize) -> Option<Place> {
        self.anchors.get(i).map(|r| r.place)
    }

    /// The gutter mark of a clause, if bookmarked.
    pub fn mark(&self, doc: usize, clause: usize) -> Option<Mark> {
        self.marks.get(&(doc, clause)).map(|m| m.0)
    }

    /// The bookmark on a clause, if any.
    pub fn at(&self, doc: usize, clause: usize) -> Option<&Bookmark> {
        self.marks.get(&(doc, clause)).and_then(|m| self.all().get(m.1))
    }

    /// Works out where every bookmark lands; call after each change.
    pub fn reanchor(&mut self, lib: &Library) {
        let Some(store) = &self.store else { return };
        self.anchors = store.anchor(lib);
        self.marks.clear();
        for (i, r) in self.anchors.iter().enumerate() {
            if let Place::Clause { doc, clause, how } = r.place {
                let mark = if how.is_sure() { Mark::Sure } else { Mark::Approximate };
                let e = self.marks.entry((doc, clause)).or_insert((mark, i));
                if mark == Mark::Sure && e.0 == Mark::Approximate {
                    *e = (mark, i);
                }
            }
        }
    }

    /// The bookmarks as the jump palette indexes them, in store order.
    pub fn jump_entries(&self, lib: &Library) -> Vec<BookmarkEntry> {
        self.all()
            .iter()
            .zip(&self.anchors)
            .map(|(b, r)| {
                let (doc, clause) = match r.place {
                    Place::Clause { doc, clause, .. } => (Some(doc as u32), Some(clause as u32)),
                    Place::Orphaned { doc } => (doc.map(|d| d as u32), None),
                };
                let label = match r.place.location() {
                    Some((d, c)) => lib.documents[d].clauses[c].label.clone(),
                    None => b.label.clone(),
                };
                BookmarkEntry {
                    doc,
                    clause,
                    label,
                    note: b.note.clone().unwrap_or_default(),
                    quote: b.quote.exact.clone(),
                }
            })
            .collect()
    }

    /// Adds `bookmark`; false when there is no store.
    fn add(&mut self, bookmark: Bookmark) -> bool {
        match &mut self.store {
            Some(s) => {
                s.add(bookmark);
                true
            }
            None => false,
        }
    }

    /// Removes the bookmarks with these ids and keeps them for undo.
    fn remove(&mut self, ids: &[String]) {
        let Some(store) = &mut self.store else { return };
        self.undo = ids.iter().filter_map(|id| store.remove(id)).collect();
    }

    /// Forgets what `u` would bring back (any action but `u` does this).
    pub fn forget_undo(&mut self) {
        self.undo.clear();
    }

    /// Records a save's outcome; returns the message for the status bar.
    pub fn saved(&mut self, result: Result<Option<StoreWarning>, StoreError>) -> Option<String> {
        match result {
            Ok(warning) => {
                self.save_failed = None;
                warning.map(|w| w.to_string())
            }
            Err(e) => {
                let text = format!("bookmarks not saved: {e} (tried again with the next change)");
                self.save_failed = Some(e.to_string());
                Some(text)
            }
        }
    }

    /// Rebuilds the list's order (after a change or a sort), keeping the cursor in range.
    fn reorder(&mut self, doc_rank: &[usize]) {
        let Some(list) = &self.list else { return };
        let sort = list.sort;
        let all = self.all();
        let mut order: Vec<usize> = (0..all.len()).collect();
        match sort {
            BookmarkSort::Document => order.sort_by_key(|&i| {
                let place = self.anchors.get(i).map(|r| r.place);
                let (doc, clause) = match place {
                    Some(Place::Clause { doc, clause, .. }) => (Some(doc), Some(clause)),
                    Some(Place::Orphaned { doc }) => (doc, None),
                    None => (None, None),
                };
                let rank = doc.and_then(|d| doc_rank.get(d).copied()).unwrap_or(usize::MAX);
                (rank, clause.unwrap_or(usize::MAX), all[i].created)
            }),
            BookmarkSort::Recent => order.sort_by_key(|&i| std::cmp::Reverse((all[i].updated, all[i].created, i))),
        }
        if let Some(list) = &mut self.list {
            list.cursor = list.cursor.min(order.len().saturating_sub(1));
            list.order = order;
        }
    }

    /// The bookmark under the list's cursor, as an index into `all()`.
    pub fn selected(&self) -> Option<usize> {
        let list = self.list.as_ref()?;
        list.order.get(list.cursor).copied()
    }
}

/// "just now", "5 min ago", "3 h ago", "2 days ago", "4 months ago".
pub fn ago(now: u64, then: u64) -> String {
    let s = now.saturating_sub(then);
    match s {
        0..60 => "just now".to_string(),
        60..3600 => format!("{} min ago", s / 60),
        3600..86_400 => format!("{} h ago", s / 3600),
        86_400..172_800 => "yesterday".to_string(),
        172_800..5_184_000 => format!("{} days ago", s / 86_400),
        _ => format!("{} months ago", s / 2_592_000),
    }
}

mod actions;

#[cfg(test)]
mod tests {
    use super::ago;

    #[test]
    fn times_read_as_how_long_ago() {
        assert_eq!(ago(100, 100), "just now");
        assert_eq!(ago(1000, 100), "15 min ago");
        assert_eq!(ago(10_000, 0), "2 h ago");
        assert_eq!(ago(100_000, 0), "yesterday");
        assert_eq!(ago(1_000_000, 0), "11 days ago");
        assert_eq!(ago(0, 100), "just now");
        assert_eq!(ago(10_000_000, 0), "3 months ago");
    }
}
