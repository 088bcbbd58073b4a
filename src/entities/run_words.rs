//! The words a run of capitalised words is judged by: adjectives two heads
//! share, a kind of text named by nothing of its own, headings in capitals,
//! qualifiers, years, a page's language code, a list's label, a known name's
//! end and a trailing place.

use super::names::Covered;
use super::tokens::Token;
use super::vocab::{ORG_HEADS, PROGRAMME_HEADS};
use crate::document::EntityKind;

/// `EN`, `FR`: the language code a Council page prints beside its letterhead.
pub(super) fn is_language_code(t: &Token) -> bool {
    matches!(t.text, "EN" | "FR" | "DE" | "ES" | "IT")
}

/// `A.1`, `B.12`: a list's label, not a name's word.
pub(super) fn list_label(t: &Token) -> bool {
    let b = t.text.as_bytes();
    b.len() >= 3 && b[0].is_ascii_uppercase() && b[1] == b'.' && b[2..].iter().all(u8::is_ascii_digit)
}

/// Adjectives that two names' heads share when joined by `and` (`Local and
/// Regional Authorities`): the `and` joins them inside one name.
pub(super) const SHARED_ADJECTIVES: &[&str] = &[
    "Agricultural",
    "Civil",
    "Commercial",
    "Cultural",
    "Economic",
    "Educational",
    "Environmental",
    "Financial",
    "Fiscal",
    "Humanitarian",
    "Industrial",
    "Judicial",
    "Legal",
    "Local",
    "Maritime",
    "Military",
    "Monetary",
    "National",
    "Political",
    "Regional",
    "Scientific",
    "Social",
    "Technical",
];

/// Words that name a kind of agreement or plan, not which one.
pub(super) const GENERIC_PROGRAMME_WORDS: &[&str] = &[
    "Action",
    "Agreement",
    "Agreements",
    "Association",
    "Bilateral",
    "Council",
    "Declaration",
    "Declarations",
    "Draft",
    "Final",
    "Framework",
    "Free",
    "Headquarters",
    "Joint",
    "Ministerial",
    "Multilateral",
    "Peace",
    "Plan",
    "Political",
    "Programme",
    "Program",
    "Statement",
    "Summit",
    "Trade",
    "Treaty",
    "Treaties",
];

/// A word of six capitals or more and nothing else: a heading's, not an
/// acronym (`U.S.-EU` is none).
pub(super) fn shouting(t: &Token) -> bool {
    t.is_all_caps() && t.text.len() >= 6 && t.text.chars().all(char::is_alphabetic)
}

/// `of`, `for`, `on` (in any case) after a head word that opens a name.
pub(super) fn qualifier(t: &Token) -> bool {
    ["of", "for", "on"].iter().any(|q| t.text.eq_ignore_ascii_case(q))
}

/// `2030`, `2021-2027`, `2021–27`.
pub(super) fn is_year_or_range(w: &str) -> bool {
    let year =
        |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")) && y.bytes().all(|b| b.is_ascii_digit());
    match w.split_once(['-', '–']) {
        Some((a, b)) => year(a) && (year(b) || (b.len() == 2 && b.bytes().all(|c| c.is_ascii_digit()))),
        None => year(w),
    }
}

/// Whether `words` joined by single spaces begin with `prefix` (without joining them).
pub(super) fn joined_starts_with<'w>(words: impl Iterator<Item = &'w str>, prefix: &str) -> bool {
    let mut rest = prefix.as_bytes();
    for (n, word) in words.enumerate() {
        if n > 0 {
            match rest.split_first() {
                None => return true,
                Some((b' ', tail)) => rest = tail,
                Some(_) => return false,
            }
        }
        let w = word.as_bytes();
        if rest.len() <= w.len() {
            return w.starts_with(rest);
        }
        if !rest.starts_with(w) {
            return false;
        }
        rest = &rest[w.len()..];
    }
    rest.is_empty()
}

/// Where a lexicon name that starts at `run[0]` ends.
pub(super) fn span_end_of_cover(t: &[Token], run: &[usize], covered: Covered) -> usize {
    let start = t[run[0]].start;
    run.iter()
        .rev()
        .map(|&i| t[i].end)
        .find(|&e| covered(start, e).is_some())
        .unwrap_or(0)
}

/// Index (into `run`) of the last word before a trailing `on X` / `of the X`
/// where X is a known place.
pub(super) fn trailing_place(t: &[Token], run: &[usize], covered: Covered, programme: bool) -> Option<usize> {
    for (k, &i) in run.iter().enumerate().skip(1) {
        let prep = t[i].text;
        if !matches!(prep, "on" | "of") {
            continue;
        }
        let mut p = k + 1;
        if run.get(p).is_some_and(|&a| t[a].text == "the") {
            p += 1;
        }
        let (Some(&from), Some(&to)) = (run.get(p), run.last()) else {
            continue;
        };
        // A programme keeps what it is on (`Paris Peace Agreement on Cambodia`,
        // `System-wide Initiative on Africa`); whose it is is cut (`… of the
        // Republic of Korea`).
        let qualifies = if programme {
            prep == "of" && p == k + 2
        } else {
            prep == "on" || p == k + 2
        };
        let place = covered(t[from].start, t[to].end) == Some(EntityKind::Place)
            && qualifies
            && (programme || t[run[k - 1]].is(&ORG_HEADS) || t[run[k - 1]].is(&PROGRAMME_HEADS));
        if place {
            return Some(k - 1);
        }
    }
    None
}
