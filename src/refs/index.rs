//! The library's citations gathered once (after a load), for the reader:
//! each clause's references in reading order, looked up by a binary search,
//! and each document's "cites N · cited by M" counted once, never per frame.

use super::{Citation, citations, reference_key};
use crate::library::Library;

/// Every citation of the library by (document, clause, position), and the
/// counts `attache refs` prints, per document.
#[derive(Debug, Default)]
pub struct CitationIndex {
    citations: Vec<Citation>,
    /// Per document: references to other documents, references from other documents.
    counts: Vec<(u32, u32)>,
}

impl CitationIndex {
    pub fn build(lib: &Library) -> CitationIndex {
        let citations = citations(lib);
        let mut counts = vec![(0u32, 0u32); lib.documents.len()];
        for c in &citations {
            if c.target != Some(c.doc) {
                counts[c.doc].0 += 1;
            }
            if let Some(t) = c.target.filter(|&t| t != c.doc) {
                counts[t].1 += 1;
            }
        }
        CitationIndex { citations, counts }
    }

    /// The references in one clause, in reading order.
    pub fn in_clause(&self, doc: usize, clause: usize) -> &[Citation] {
        let start = self.citations.partition_point(|c| (c.doc, c.clause) < (doc, clause));
        let len = self.citations[start..]
            .iter()
            .take_while(|c| (c.doc, c.clause) == (doc, clause))
            .count();
        &self.citations[start..start + len]
    }

    /// (cites, cited by) of a document, as `attache refs` counts them.
    pub fn counts(&self, doc: usize) -> (usize, usize) {
        self.counts.get(doc).map_or((0, 0), |&(a, b)| (a as usize, b as usize))
    }

    /// The citations of the library, by (document, clause, position).
    pub fn all(&self) -> &[Citation] {
        &self.citations
    }
}

impl Citation {
    /// Whether the named document carries exactly the number cited, rather
    /// than another version of it (`8318/1/24 REV 1` cited, `8318/24` here).
    pub fn names_exactly(&self, lib: &Library) -> bool {
        self.target
            .and_then(|t| lib.documents.get(t))
            .and_then(|d| d.meta.number.as_deref())
            .and_then(reference_key)
            .is_some_and(|(key, _)| key == self.key)
    }
}
