//! Bookmarks on clauses: what a bookmark records (`Bookmark`, `Quote`), how it
//! finds its clause again in a changed library (`anchor`), and the
//! `BookmarkStore` that keeps them in a versioned JSON file at a path it is given.

mod anchor;
mod store;

use std::hash::{BuildHasher, Hash, Hasher};
use std::path::PathBuf;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::shown::Shown;

pub use crate::durable::{StoreError, StoreWarning};
pub use anchor::{Match, Place, Resolved, anchor, resolve};
pub use store::{BookmarkStore, Toggled, parse_bookmarks};

/// Characters of the clause's opening kept as the quote (cut at a word end).
const EXACT_CHARS: usize = 60;
/// Characters of the neighbouring clauses kept as context.
const CONTEXT_CHARS: usize = 32;

/// A bookmark on one clause, with everything needed to find that clause again
/// after the file is moved, renamed or re-issued with changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// 16 hex digits, unique per bookmark; merges between processes go by it.
    pub id: String,
    /// `Document::hash` of the document when bookmarked, as 16 hex digits.
    pub doc_hash: String,
    /// The file's path, made absolute (`seeds/…` for the bundled seeds).
    pub path: PathBuf,
    /// The document id (`attache list`'s ID column).
    pub doc_id: String,
    /// The document's title when bookmarked, to show an orphan by name.
    #[serde(default)]
    pub title: Option<String>,
    /// The clause label as `attache show` prints it (`3.`, `(b)`, `¶4`).
    pub label: String,
    /// Position of the clause in the document, from 0.
    pub index: usize,
    pub quote: Quote,
    #[serde(default)]
    pub note: Option<String>,
    /// Unix seconds.
    pub created: u64,
    /// Unix seconds of the last change (the note).
    pub updated: u64,
}

/// The clause's opening words and a little of its neighbours, in the manner of
/// the W3C Web Annotation `TextQuoteSelector`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The clause's first ~60 characters, cut at the end of a word.
    pub exact: String,
    /// The last ~32 characters of the clause before, if any.
    #[serde(default)]
    pub prefix: String,
    /// The first ~32 characters of the clause after, if any.
    #[serde(default)]
    pub suffix: String,
}

impl Bookmark {
    /// A bookmark on clause `index` of `doc`, made at `now` (unix seconds).
    /// Panics never: an index past the end gives an empty quote.
    pub fn new(doc: &Document, index: usize, note: Option<String>, now: u64) -> Bookmark {
        let text = |i: usize| if i < doc.clauses.len() { doc.clause_text(i) } else { "" };
        let quote = Quote {
            exact: opening(text(index), EXACT_CHARS),
            prefix: index
                .checked_sub(1)
                .map(|i| closing(text(i), CONTEXT_CHARS))
                .unwrap_or_default(),
            suffix: opening(text(index + 1), CONTEXT_CHARS),
        };
        Bookmark {
            id: new_id(doc.hash, index, now),
            doc_hash: hash_hex(doc.hash),
            path: stored_path(doc),
            doc_id: doc.id.clone(),
            title: doc.meta.title.clone(),
            label: doc.clauses.get(index).map(|c| c.label.clone()).unwrap_or_default(),
            index,
            quote,
            note: note.as_deref().and_then(clean_note),
            created: now,
            updated: now,
        }
    }

    /// Cleans every text field of a file read (a hand-edited file must not
    /// send escape sequences to the terminal, nor hide text behind a bidi
    /// override): control characters dropped and format characters shown,
    /// as `decode::normalise` does for document text (so quotes still match
    /// clauses), and the note tidied.
    pub(crate) fn tidy(&mut self) {
        let quote = &mut self.quote;
        for field in [
            &mut self.doc_id,
            &mut self.label,
            &mut quote.exact,
            &mut quote.prefix,
            &mut quote.suffix,
        ] {
            clean_field(field);
        }
        if let Some(title) = &mut self.title {
            clean_field(title);
        }
        self.note = self.note.as_deref().and_then(clean_note);
    }

    /// The title to show: as bookmarked, else the document id.
    pub fn display_title(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.doc_id)
    }
}

/// A note as kept: one line (a note is edited in a one-line input), control
/// characters made spaces, whitespace collapsed, format characters that could
/// hide or reorder text shown as `⟨U+202E⟩` (`Shown`; a Persian ZWNJ stays);
/// `None` when blank.
pub fn clean_note(note: &str) -> Option<String> {
    let clean: String = note.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let clean = Shown::line(&squash(&clean)).into_string();
    (!clean.is_empty()).then_some(clean)
}

/// Control characters dropped, other hidden characters shown.
fn clean_field(text: &mut String) {
    if text.chars().any(char::is_control) {
        text.retain(|c| !c.is_control());
    }
    if let Cow::Owned(shown) = Shown::line(text).into_cow() {
        *text = shown;
    }
}

/// How the store and anchors write a document hash.
pub fn hash_hex(hash: u64) -> String {
    format!("{hash:016x}")
}

pub use crate::doc_index::{same_file, stored_path};

/// A fresh id: a randomly keyed hash (std's `RandomState`) of the document,
/// clause, time and process, so two processes adding at once never collide.
fn new_id(doc_hash: u64, index: usize, now: u64) -> String {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    (doc_hash, index, now, std::process::id()).hash(&mut h);
    std::time::SystemTime::now().hash(&mut h);
    format!("{:016x}", h.finish())
}

/// Whitespace collapsed to single spaces.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `max` characters of `text`, cut back to the end of a word.
fn opening(text: &str, max: usize) -> String {
    let text = squash(text);
    if text.chars().count() <= max {
        return text;
    }
    let cut = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    // Keep whole words unless the first word alone is longer than `max`.
    match head.rfind(' ') {
        Some(space) if !text[cut..].starts_with(' ') => head[..space].to_string(),
        _ => head.trim_end().to_string(),
    }
}

/// The last `max` characters of `text`, cut forward to the start of a word.
fn closing(text: &str, max: usize) -> String {
    let text = squash(text);
    let n = text.chars().count();
    if n <= max {
        return text;
    }
    let cut = text.char_indices().nth(n - max).map_or(0, |(i, _)| i);
    let tail = &text[cut..];
    match tail.find(' ') {
        Some(space) if !text[..cut].ends_with(' ') => tail[space + 1..].to_string(),
        _ => tail.trim_start().to_string(),
    }
}

#[cfg(test)]
mod tests;
