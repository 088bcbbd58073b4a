//! Documents by content hash, recorded path and id: how a bookmark or a
//! reading position finds its document again. Kept up to date by
//! `Library::add` one batch at a time, so finding a document is a lookup,
//! never a scan of the library: a library's bookmarks are mostly orphans of
//! other libraries, and each would otherwise be compared with every document.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::document::Document;

/// Lookups into `Library::documents` (indexes, in library order).
#[derive(Debug, Default)]
pub struct DocIndex {
    by_hash: HashMap<u64, Vec<usize>>,
    /// The first document at each path, as read and as recorded (`stored_path`).
    by_path: HashMap<PathBuf, usize>,
    by_id: HashMap<String, usize>,
}

impl DocIndex {
    /// Records document `i` (documents are added in library order).
    pub fn add(&mut self, i: usize, doc: &Document) {
        self.by_hash.entry(doc.hash).or_default().push(i);
        self.by_path.entry(doc.path.clone()).or_insert(i);
        self.by_path.entry(stored_path(doc)).or_insert(i);
        self.by_id.entry(doc.id.clone()).or_insert(i);
    }

    /// The documents with this content hash, in library order.
    pub fn by_hash(&self, hash: u64) -> &[usize] {
        self.by_hash.get(&hash).map_or(&[], Vec::as_slice)
    }

    /// The first document that is the file recorded as `stored` (`same_file`).
    pub fn by_path(&self, stored: &Path) -> Option<usize> {
        self.by_path.get(stored).copied()
    }

    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// The path a bookmark or position records for `doc`: the bundled seeds keep
/// their `seeds/…` name wherever attache runs; a file read from disk is made
/// absolute against the current folder (no symlinks resolved), so the same
/// relative path given from elsewhere is another file.
pub fn stored_path(doc: &Document) -> PathBuf {
    if doc.bundled {
        return doc.path.clone();
    }
    std::path::absolute(&doc.path).unwrap_or_else(|_| doc.path.clone())
}

/// Whether `doc` is the file recorded as `stored`.
pub fn same_file(doc: &Document, stored: &Path) -> bool {
    doc.path == stored || stored_path(doc) == stored
}
