//! Finding a bookmark's clause again. The document: by content hash, then by
//! path, then by document id. The clause: by its quoted opening words, then by
//! the best fuzzy match of those words, then by label, then by index. What
//! cannot be found is reported as orphaned, never dropped.

use std::collections::HashSet;

use super::{Bookmark, CONTEXT_CHARS, closing, opening, same_file, squash};
use crate::document::Document;
use crate::library::Library;

/// Least share of the quote's words a re-worded clause opening must keep.
const FUZZY_THRESHOLD: f64 = 0.6;
/// Extra words of a clause compared with the quote, so a few inserted words
/// do not push the quote's last words out of the window.
const FUZZY_SLACK: usize = 3;

/// How a bookmark found its clause, from surest to weakest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The same document, unchanged: the clause at the recorded index.
    Unchanged,
    /// The clause starts with the quoted words (it may have moved).
    Quote,
    /// The clause's opening shares most of the quoted words (it was re-worded).
    Fuzzy,
    /// No quote matched; the clause with the recorded label.
    Label,
    /// No quote or label matched; the clause at the recorded index.
    Index,
}

impl Match {
    /// Whether the clause is surely the one bookmarked; otherwise a reader
    /// should mark it as approximate (`≈`).
    pub fn is_sure(self) -> bool {
        matches!(self, Match::Unchanged | Match::Quote)
    }
}

/// Where a bookmark lands in a library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Indexes into `Library::documents` and that document's `clauses`.
    Clause { doc: usize, clause: usize, how: Match },
    /// Not found; `doc` is set when the document was found but not the clause.
    Orphaned { doc: Option<usize> },
}

impl Place {
    /// `(doc, clause)` when found.
    pub fn location(self) -> Option<(usize, usize)> {
        match self {
            Place::Clause { doc, clause, .. } => Some((doc, clause)),
            Place::Orphaned { .. } => None,
        }
    }

    pub fn is_orphaned(self) -> bool {
        matches!(self, Place::Orphaned { .. })
    }
}

/// A bookmark (by id) and where it landed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub id: String,
    pub place: Place,
}

/// Every bookmark resolved against `lib`, in the order given. Each is a few
/// lookups in the library's `DocIndex` (hash, path, id) plus a look at the
/// clauses of the one document found: orphans cost nothing per document.
pub fn anchor(bookmarks: &[Bookmark], lib: &Library) -> Vec<Resolved> {
    bookmarks
        .iter()
        .map(|b| Resolved {
            id: b.id.clone(),
            place: resolve(b, lib),
        })
        .collect()
}

/// How sure the document match is; it limits which clause matches are trusted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DocMatch {
    Hash,
    Path,
    /// Only the id (file stem) agrees: it may be another file of the same
    /// name, so only quote matches count.
    Id,
}

/// Where one bookmark lands in `lib`.
pub fn resolve(b: &Bookmark, lib: &Library) -> Place {
    let Some((doc, how)) = find_document(b, lib) else {
        return Place::Orphaned { doc: None };
    };
    match find_clause(b, &lib.documents[doc], how) {
        Some((clause, how)) => Place::Clause { doc, clause, how },
        None => Place::Orphaned { doc: Some(doc) },
    }
}

fn find_document(b: &Bookmark, lib: &Library) -> Option<(usize, DocMatch)> {
    let docs = &lib.documents;
    let lookup = lib.lookup();
    let by_hash = u64::from_str_radix(&b.doc_hash, 16).map_or(&[][..], |h| lookup.by_hash(h));
    // Two copies of one file: prefer the one at the recorded path.
    if let Some(&i) = by_hash
        .iter()
        .find(|&&i| same_file(&docs[i], &b.path))
        .or(by_hash.first())
    {
        return Some((i, DocMatch::Hash));
    }
    if let Some(i) = lookup.by_path(&b.path) {
        return Some((i, DocMatch::Path));
    }
    lookup.by_id(&b.doc_id).map(|i| (i, DocMatch::Id))
}

fn find_clause(b: &Bookmark, doc: &Document, how: DocMatch) -> Option<(usize, Match)> {
    let n = doc.clauses.len();
    let label_at = |i: usize| doc.clauses[i].label.as_str();
    let starts_with_quote =
        |i: usize| !b.quote.exact.is_empty() && squash(doc.clause_text(i)).starts_with(&b.quote.exact);
    if how == DocMatch::Hash && b.index < n && label_at(b.index) == b.label {
        return Some((b.index, Match::Unchanged));
    }
    let exact: Vec<usize> = (0..n).filter(|&i| starts_with_quote(i)).collect();
    if let Some(i) = best(b, doc, exact.iter().map(|&i| (i, 1.0))) {
        let how = if i == b.index && label_at(i) == b.label {
            Match::Unchanged
        } else {
            Match::Quote
        };
        return Some((i, how));
    }
    let quote_words = words(&b.quote.exact);
    if !quote_words.is_empty() {
        let scored = (0..n).filter_map(|i| {
            let score = overlap(&quote_words, doc.clause_text(i));
            (score >= FUZZY_THRESHOLD).then_some((i, score))
        });
        if let Some(i) = best(b, doc, scored) {
            return Some((i, Match::Fuzzy));
        }
    }
    if how == DocMatch::Id {
        return None;
    }
    let by_label = (0..n).filter(|&i| label_at(i) == b.label).map(|i| (i, 1.0));
    if let Some(i) = best(b, doc, by_label) {
        return Some((i, Match::Label));
    }
    (b.index < n).then_some((b.index, Match::Index))
}

/// The best candidate: highest score, then the most context agreeing, then
/// the nearest to the recorded index.
fn best(b: &Bookmark, doc: &Document, candidates: impl Iterator<Item = (usize, f64)>) -> Option<usize> {
    candidates
        .map(|(i, score)| (i, score, context(b, doc, i), i.abs_diff(b.index)))
        .max_by(|x, y| x.1.total_cmp(&y.1).then(x.2.cmp(&y.2)).then(y.3.cmp(&x.3)))
        .map(|(i, ..)| i)
}

/// How many of the quote's prefix and suffix agree with clause `i`'s neighbours.
fn context(b: &Bookmark, doc: &Document, i: usize) -> u8 {
    let before = i.checked_sub(1).map(|p| closing(doc.clause_text(p), CONTEXT_CHARS));
    let after = (i + 1 < doc.clauses.len()).then(|| opening(doc.clause_text(i + 1), CONTEXT_CHARS));
    u8::from(before.unwrap_or_default() == b.quote.prefix) + u8::from(after.unwrap_or_default() == b.quote.suffix)
}

/// Lower-cased words (runs of letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Dice similarity of the quote's words and the clause's opening words (as
/// many as the quote has, plus a little slack): 1.0 for the same words.
fn overlap(quote: &[String], clause_text: &str) -> f64 {
    let clause: Vec<String> = words(clause_text).into_iter().take(quote.len() + FUZZY_SLACK).collect();
    let q: HashSet<&str> = quote.iter().map(String::as_str).collect();
    let c: HashSet<&str> = clause.iter().map(String::as_str).collect();
    if q.is_empty() || c.is_empty() {
        return 0.0;
    }
    let shared = q.intersection(&c).count();
    2.0 * shared as f64 / (q.len() + c.len()) as f64
}
