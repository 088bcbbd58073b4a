//! Reading positions: the last document open and each document's last clause,
//! so the reader reopens where it was. Kept in `positions.json` in the state
//! folder with the same atomic, locked writes as the bookmarks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::bookmarks::{hash_hex, same_file, stored_path};
use crate::document::Document;
use crate::durable::{self, StoreError, StoreWarning, VERSION};
use crate::library::Library;

/// Positions kept at most; the least recently read are forgotten first.
const MAX_DOCUMENTS: usize = 1000;

/// `positions.json`: `{"version": 1, "last": {...}, "documents": {hash: {...}}}`.
#[derive(Debug, Serialize, Deserialize)]
struct PositionFile {
    version: u64,
    #[serde(default)]
    last: Option<DocumentRef>,
    /// By document hash (16 hex digits).
    #[serde(default)]
    documents: BTreeMap<String, Position>,
}

impl Default for PositionFile {
    fn default() -> Self {
        PositionFile {
            version: VERSION,
            last: None,
            documents: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct DocumentRef {
    hash: String,
    path: PathBuf,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Position {
    path: PathBuf,
    clause: usize,
    label: String,
    /// Unix seconds.
    updated: u64,
}

/// Where a reader is, detached from the library: what `PositionStore::record`
/// keeps of a document and clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spot {
    hash: String,
    path: PathBuf,
    clause: usize,
    label: String,
}

impl Spot {
    pub fn of(doc: &Document, clause: usize) -> Spot {
        Spot {
            hash: hash_hex(doc.hash),
            path: stored_path(doc),
            clause,
            label: doc.clauses.get(clause).map(|c| c.label.clone()).unwrap_or_default(),
        }
    }
}

/// The reading positions at one path, with the changes of this session.
#[derive(Debug)]
pub struct PositionStore {
    path: PathBuf,
    file: PositionFile,
    /// Hashes whose position this session changed (merged onto the file on save).
    changed: BTreeSet<String>,
    last_changed: bool,
}

impl PositionStore {
    /// Reads `path` (missing: empty; corrupt: moved aside with a warning).
    pub fn open(path: impl Into<PathBuf>) -> (PositionStore, Option<StoreWarning>) {
        let path = path.into();
        let (file, warning) = durable::open::<PositionFile>(&path);
        let store = PositionStore {
            path,
            file: file.unwrap_or_default(),
            changed: BTreeSet::new(),
            last_changed: false,
        };
        (store, warning)
    }

    /// Notes that `doc` is open at clause `clause` (also the last document open).
    pub fn record(&mut self, doc: &Document, clause: usize) {
        self.record_spot(Spot::of(doc, clause));
    }

    /// `record` for a place taken earlier (by another thread, say).
    pub fn record_spot(&mut self, spot: Spot) {
        let Spot {
            hash,
            path,
            clause,
            label,
        } = spot;
        let position = Position {
            path: path.clone(),
            clause,
            label,
            updated: durable::now(),
        };
        self.file.documents.insert(hash.clone(), position);
        self.file.last = Some(DocumentRef {
            hash: hash.clone(),
            path,
        });
        self.changed.insert(hash);
        self.last_changed = true;
    }

    /// The clause to reopen `doc` at: its own position, else (the file was
    /// edited) the position recorded for its path, by label; always in range.
    pub fn clause_for(&self, doc: &Document) -> Option<usize> {
        let last = doc.clauses.len().checked_sub(1)?;
        if let Some(p) = self.file.documents.get(&hash_hex(doc.hash)) {
            return Some(p.clause.min(last));
        }
        let p = self
            .file
            .documents
            .values()
            .filter(|p| same_file(doc, &p.path))
            .max_by_key(|p| p.updated)?;
        Some(doc.find_label(&p.label).unwrap_or(p.clause.min(last)))
    }

    /// The last document open (by hash, then path) and its clause, if in `lib`.
    pub fn last(&self, lib: &Library) -> Option<(usize, usize)> {
        let r = self.file.last.as_ref()?;
        let lookup = lib.lookup();
        let doc = u64::from_str_radix(&r.hash, 16)
            .ok()
            .and_then(|h| lookup.by_hash(h).first().copied())
            .or_else(|| lookup.by_path(&r.path))?;
        Some((doc, self.clause_for(&lib.documents[doc]).unwrap_or(0)))
    }

    /// Writes this session's changes onto the file as it is now (other
    /// processes' positions for other documents are kept).
    pub fn save(&mut self) -> Result<Option<StoreWarning>, StoreError> {
        if self.changed.is_empty() && !self.last_changed {
            return Ok(None);
        }
        let mine = &self.file;
        let changed = &self.changed;
        let last_changed = self.last_changed;
        let (merged, warning) = durable::update(&self.path, |base: Option<PositionFile>| {
            let mut file = base.unwrap_or_default();
            for hash in changed {
                if let Some(p) = mine.documents.get(hash) {
                    file.documents.insert(hash.clone(), p.clone());
                }
            }
            if last_changed {
                file.last.clone_from(&mine.last);
            }
            forget_oldest(&mut file.documents);
            file
        })?;
        self.file = merged;
        self.changed.clear();
        self.last_changed = false;
        Ok(warning)
    }
}

fn forget_oldest(documents: &mut BTreeMap<String, Position>) {
    if documents.len() <= MAX_DOCUMENTS {
        return;
    }
    let mut by_age: Vec<(u64, String)> = documents.iter().map(|(h, p)| (p.updated, h.clone())).collect();
    by_age.sort();
    for (_, hash) in by_age.into_iter().take(documents.len() - MAX_DOCUMENTS) {
        documents.remove(&hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Extractor;

    fn lib(files: &[(&str, &str)]) -> Library {
        let sources = files.iter().map(|(p, t)| (PathBuf::from(p), Ok(t.to_string())));
        Library::from_sources(sources, &Extractor::new(None).0)
    }

    const DOC: &str = "1. Alpha paragraph.\n\n2. Beta paragraph.\n\n3. Gamma paragraph.\n";

    #[test]
    fn restores_the_last_document_and_each_documents_clause() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/positions.json");
        let lib = lib(&[("/b/one.txt", DOC), ("/b/two.txt", "1. Only.\n\n2. Two.\n")]);
        let (mut store, w) = PositionStore::open(&path);
        assert!(w.is_none() && store.last(&lib).is_none());
        store.record(&lib.documents[0], 2);
        store.record(&lib.documents[1], 1);
        store.save().unwrap();
        let (store, _) = PositionStore::open(&path);
        assert_eq!(store.last(&lib), Some((1, 1)));
        assert_eq!(store.clause_for(&lib.documents[0]), Some(2));
    }

    #[test]
    fn an_edited_document_reopens_at_the_same_label() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("positions.json");
        let before = lib(&[("/b/one.txt", DOC)]);
        let (mut store, _) = PositionStore::open(&path);
        store.record(&before.documents[0], 1);
        store.save().unwrap();
        let after = lib(&[("/b/one.txt", &format!("0. Inserted.\n\n{DOC}"))]);
        let (store, _) = PositionStore::open(&path);
        let (doc, clause) = store.last(&after).unwrap();
        assert_eq!(after.documents[doc].clauses[clause].label, "2.");
    }

    #[test]
    fn two_sessions_keep_each_others_documents() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("positions.json");
        let lib = lib(&[("/b/one.txt", DOC), ("/b/two.txt", "1. Only.\n\n2. Two.\n")]);
        let (mut a, _) = PositionStore::open(&path);
        let (mut b, _) = PositionStore::open(&path);
        a.record(&lib.documents[0], 2);
        b.record(&lib.documents[1], 1);
        a.save().unwrap();
        b.save().unwrap();
        let (store, _) = PositionStore::open(&path);
        assert_eq!(store.clause_for(&lib.documents[0]), Some(2));
        assert_eq!(store.last(&lib), Some((1, 1)));
    }

    #[test]
    fn a_corrupt_positions_file_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("positions.json");
        std::fs::write(&path, "{\"version\": 1, \"documents\": 5}").unwrap();
        let (store, w) = PositionStore::open(&path);
        assert!(matches!(w, Some(StoreWarning::MovedAside { .. })), "{w:?}");
        assert!(store.file.documents.is_empty());
        assert!(!path.exists());
    }
}
