//! Which document is likely the other version of one: the same Council number
//! with a `REV` or `COR` suffix (`8318/1/24 REV 1` is a version of `8318/24`),
//! else the same title, else the most text in common (whole clauses shared).

use std::collections::HashSet;

use crate::document::{Document, content_hash};

/// Suffixes that mark another version of the same document (an `ADD` is
/// another document: an addendum).
const VERSION_SUFFIXES: &[&str] = &["REV", "COR", "CORR"];

/// The number every version of a document carries: series prefix, version
/// suffixes and the revision serial dropped (`ST 9639/4/18 REV 4` → `9639/18`).
pub fn base_number(number: &str) -> String {
    let mut words: Vec<&str> = number.split_whitespace().collect();
    if words.len() > 1 && words[0].chars().all(|c| c.is_ascii_uppercase() || c == '-') {
        words.remove(0);
    }
    let mut kept: Vec<String> = Vec::new();
    let mut revised = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if VERSION_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            revised = true;
            // The suffix's own serial (`REV 1`) goes with it.
            if words.get(i + 1).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())) {
                i += 1;
            }
        } else {
            kept.push(w.to_ascii_uppercase());
        }
        i += 1;
    }
    if let Some(first) = kept.first_mut() {
        let parts: Vec<&str> = first.split('/').collect();
        let all_digits = parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if revised && parts.len() == 3 && all_digits {
            *first = format!("{}/{}", parts[0], parts[2]);
        }
    }
    kept.join(" ")
}

/// Why a document is offered as another version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kinship {
    SameNumber,
    SameTitle,
    /// Percent of the document's clause text found word for word in it.
    Shared(u8),
    Unrelated,
}

/// A document offered as the other version, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub doc: usize,
    pub kinship: Kinship,
}

/// Every other document, the likeliest other version first: same base number,
/// then same title, then by the clause text shared with `doc` (ties in library order).
pub fn other_versions(docs: &[Document], doc: usize) -> Vec<Candidate> {
    let Some(this) = docs.get(doc) else {
        return Vec::new();
    };
    let number = this.meta.number.as_deref().map(base_number);
    let title = this.meta.title.as_deref().map(fold);
    let clauses: HashSet<u64> = (0..this.clauses.len())
        .map(|i| content_hash(this.clause_text(i).as_bytes()))
        .collect();
    let own: usize = (0..this.clauses.len()).map(|i| this.clause_text(i).len()).sum();
    let mut ranked: Vec<(u8, usize, Candidate)> = docs
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != doc)
        .map(|(i, d)| {
            // Shared text in bytes, so a shared heading counts for little.
            let shared: usize = (0..d.clauses.len())
                .map(|c| d.clause_text(c))
                .filter(|t| clauses.contains(&content_hash(t.as_bytes())))
                .map(str::len)
                .sum();
            let percent = (shared.min(own) * 100 / own.max(1)) as u8;
            let (tier, kinship) = if number.is_some() && d.meta.number.as_deref().map(base_number) == number {
                (0, Kinship::SameNumber)
            } else if title.is_some() && d.meta.title.as_deref().map(fold) == title {
                (1, Kinship::SameTitle)
            } else if shared > 0 {
                (2, Kinship::Shared(percent))
            } else {
                (3, Kinship::Unrelated)
            };
            (tier, shared, Candidate { doc: i, kinship })
        })
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.doc.cmp(&b.2.doc)));
    ranked.into_iter().map(|(_, _, c)| c).collect()
}

/// Which of two versions is the older: `(old, new)`. By date when both have
/// one and they differ; else the higher revision (`REV 2` after `REV 1` after
/// none) is newer; else `open`, the one being read, is taken for the newer.
pub fn older_first(docs: &[Document], open: usize, other: usize) -> (usize, usize) {
    let (a, b) = (&docs[open].meta, &docs[other].meta);
    if let (Some(da), Some(db)) = (&a.date, &b.date)
        && da != db
    {
        return if da < db { (open, other) } else { (other, open) };
    }
    let rank = |n: &Option<String>| n.as_deref().map_or(0, revision);
    if rank(&a.number) >= rank(&b.number) {
        (other, open)
    } else {
        (open, other)
    }
}

/// `REV 2` → 2; `COR 1` counts as a revision past the text it corrects.
fn revision(number: &str) -> u32 {
    let words: Vec<&str> = number.split_whitespace().collect();
    let mut rank = 0;
    for (i, w) in words.iter().enumerate() {
        let n = words.get(i + 1).and_then(|n| n.parse::<u32>().ok()).unwrap_or(1);
        if w.eq_ignore_ascii_case("REV") {
            rank += 2 * n;
        } else if w.eq_ignore_ascii_case("COR") || w.eq_ignore_ascii_case("CORR") {
            rank += 1;
        }
    }
    rank
}

fn fold(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::{base_number, revision};

    #[test]
    fn later_revisions_rank_higher() {
        assert!(revision("8318/1/24 REV 1") > revision("8318/24"));
        assert!(revision("8318/2/24 REV 2") > revision("8318/1/24 REV 1"));
        assert!(revision("8318/24 COR 1") > revision("8318/24"));
    }

    #[test]
    fn revisions_and_corrigenda_share_the_base_number() {
        assert_eq!(base_number("8318/24"), "8318/24");
        assert_eq!(base_number("8318/1/24 REV 1"), "8318/24");
        assert_eq!(base_number("ST 9639/4/18 REV 4"), "9639/18");
        assert_eq!(base_number("8318/24 COR 1"), "8318/24");
        assert_eq!(base_number("8318/24 ADD 1"), "8318/24 ADD 1");
        assert_ne!(base_number("8318/24 ADD 1"), base_number("8318/24"));
    }
}
