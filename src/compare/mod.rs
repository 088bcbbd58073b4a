//! Comparing two versions of a document clause by clause: which clauses stayed,
//! changed (with their word-level edits), moved (renumbered or not), were split,
//! merged, added or deleted. Plain data in, plain data out: the command line
//! prints a `Comparison`, the reader draws it. `align.rs` pairs the clauses,
//! `diff.rs` finds word edits, `versions.rs` picks the likely other version,
//! `tracked.rs` makes a Word file's text before its tracked changes a version.

mod align;
pub mod diff;
mod tracked;
mod versions;

#[cfg(test)]
mod tests;

use crate::document::{Document, content_hash};
pub use diff::Edit;
pub use tracked::prior_version;
pub use versions::{Candidate, Kinship, base_number, older_first, other_versions};

/// What happened to a clause (or two) between the versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// The same words (its label may differ: renumbering is not a change).
    Same,
    /// Reworded in place.
    Changed,
    /// Out of its old order among the clauses both versions keep (maybe reworded too).
    Moved,
    /// One old clause is two consecutive new ones.
    Split,
    /// Two consecutive old clauses are one new one.
    Merged,
    Added,
    Deleted,
}

impl Op {
    /// The name the JSON output and the summary use.
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Same => "same",
            Op::Changed => "changed",
            Op::Moved => "moved",
            Op::Split => "split",
            Op::Merged => "merged",
            Op::Added => "added",
            Op::Deleted => "deleted",
        }
    }
}

/// A run of words with one edit: kept, inserted or deleted (joined by spaces).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordRun {
    pub edit: Edit,
    pub text: String,
}

/// One aligned step: old and new clause indices (each 0, 1 or 2 of them) and
/// the word edits from the old text to the new.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub op: Op,
    pub old: Vec<usize>,
    pub new: Vec<usize>,
    pub words: Vec<WordRun>,
}

impl Change {
    /// Whether the words differ (a moved clause may be reworded or not).
    pub fn reworded(&self) -> bool {
        self.words.iter().any(|w| w.edit != Edit::Equal)
    }
}

/// Every clause of both versions, once, in the newer version's order (a deleted
/// clause where it stood).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub changes: Vec<Change>,
}

/// A clause as the comparison reads it: its label and its text.
#[derive(Clone, Copy, Debug)]
pub struct Unit<'a> {
    pub label: &'a str,
    pub text: &'a str,
}

/// Compares two documents' clauses, `old` to `new`.
pub fn compare(old: &Document, new: &Document) -> Comparison {
    compare_units(&units(old), &units(new))
}

/// The clauses of a document as `Unit`s.
pub fn units(doc: &Document) -> Vec<Unit<'_>> {
    (0..doc.clauses.len())
        .map(|i| Unit {
            label: &doc.clauses[i].label,
            text: doc.clause_text(i),
        })
        .collect()
}

/// Each clause's label, for `Comparison::summary`.
pub fn labels(doc: &Document) -> Vec<&str> {
    doc.clauses.iter().map(|c| c.label.as_str()).collect()
}

/// Compares two sequences of clauses.
pub fn compare_units(old: &[Unit], new: &[Unit]) -> Comparison {
    let old = Words::of(old);
    let new = Words::of(new);
    align::align(&old, &new)
}

/// A side's clauses as words: the texts split at whitespace (the label, when
/// the text repeats it, left out) and each word's hash.
pub(crate) struct Words<'a> {
    pub words: Vec<Vec<&'a str>>,
    pub ids: Vec<Vec<u64>>,
}

impl<'a> Words<'a> {
    fn of(units: &[Unit<'a>]) -> Words<'a> {
        let words: Vec<Vec<&str>> = units
            .iter()
            .map(|u| {
                let mut w: Vec<&str> = u.text.split_whitespace().collect();
                if !u.label.is_empty() && w.first() == Some(&u.label.trim()) {
                    w.remove(0);
                }
                w
            })
            .collect();
        let ids = words
            .iter()
            .map(|w| w.iter().map(|t| content_hash(t.as_bytes())).collect())
            .collect();
        Words { words, ids }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }
}

/// Counts of each kind of change, for the summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub same: usize,
    pub changed: usize,
    pub moved: usize,
    pub split: usize,
    pub merged: usize,
    pub added: usize,
    pub deleted: usize,
    /// Clauses the same in words whose label changed.
    pub renumbered: usize,
}

impl Comparison {
    pub fn summary(&self, old_labels: &[&str], new_labels: &[&str]) -> Summary {
        let mut s = Summary::default();
        for c in &self.changes {
            match c.op {
                Op::Same => {
                    s.same += 1;
                    fn label<'l>(l: &[&'l str], i: Option<&usize>) -> Option<&'l str> {
                        i.and_then(|&i| l.get(i).copied())
                    }
                    if label(old_labels, c.old.first()) != label(new_labels, c.new.first()) {
                        s.renumbered += 1;
                    }
                }
                Op::Changed => s.changed += 1,
                Op::Moved => s.moved += 1,
                Op::Split => s.split += 1,
                Op::Merged => s.merged += 1,
                Op::Added => s.added += 1,
                Op::Deleted => s.deleted += 1,
            }
        }
        s
    }

    /// Indices into `changes` of everything but `Same`: what `]c` walks.
    pub fn edits(&self) -> impl Iterator<Item = usize> + '_ {
        self.changes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.op != Op::Same)
            .map(|(i, _)| i)
    }
}

impl std::fmt::Display for Summary {
    /// `12 changed, 2 moved, 1 added, 1 deleted` (kinds with none left out),
    /// then how many stayed the same and how many of those were renumbered.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kinds = [
            (self.changed, "changed"),
            (self.moved, "moved"),
            (self.split, "split"),
            (self.merged, "merged"),
            (self.added, "added"),
            (self.deleted, "deleted"),
        ];
        let parts: Vec<String> = kinds
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, k)| format!("{n} {k}"))
            .collect();
        if parts.is_empty() {
            write!(f, "no changes")?;
        } else {
            write!(f, "{}", parts.join(", "))?;
        }
        write!(f, "; {} the same", self.same)?;
        if self.renumbered > 0 {
            write!(f, " ({} renumbered)", self.renumbered)?;
        }
        Ok(())
    }
}

/// The words of a change with `[-deleted-]` and `{+inserted+}` marks, as
/// `git diff --word-diff` prints them (readable without colour).
pub fn marked_text(words: &[WordRun]) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        match w.edit {
            Edit::Equal => out.push_str(&w.text),
            Edit::Delete => {
                out.push_str("[-");
                out.push_str(&w.text);
                out.push_str("-]");
            }
            Edit::Insert => {
                out.push_str("{+");
                out.push_str(&w.text);
                out.push_str("+}");
            }
        }
    }
    out
}
