//! Programmes named by a capitalised name before the common noun: `the
//! Daphne programme`, `the Customs 2000 programme`, `the TACIS programme`.
//! The name alone says nothing of its kind; the noun after it does.

use super::names::RuleHit;
use super::tokens::Token;
use crate::document::EntityKind;

/// The common nouns that make the name before them a programme's.
const NOUNS: &[&str] = &["programme", "program", "programmes"];

/// Into `hits`: each `the <Name …> programme`, the noun included.
pub(super) fn find_named_programmes(t: &[Token], hits: &mut Vec<RuleHit>) {
    for (k, noun) in t.iter().enumerate() {
        if !noun.word || !NOUNS.contains(&noun.text) {
            continue;
        }
        // The name: up to four capitalised words or figures (`Customs 2000`),
        // led by a capitalised one, after `the`, `its` or `this`.
        let mut first = k;
        while first > 0 && k - first < 4 {
            let w = &t[first - 1];
            let figure = w.text.bytes().all(|b| b.is_ascii_digit()) && w.text.len() == 4;
            if !(w.word && (w.is_capitalised() || figure)) {
                break;
            }
            first -= 1;
        }
        if first == k || first == 0 || !t[first].is_capitalised() {
            continue;
        }
        if !matches!(t[first - 1].text, "the" | "its" | "this" | "The" | "a") {
            continue;
        }
        // `the EU programme`, `the Chairmanship’s programme`: an owner, no name.
        let name = &t[first..k];
        let split_possessive = k >= 2 && t[k - 1].text == "s" && matches!(t[k - 2].text, "'" | "’");
        if split_possessive || name.iter().any(|w| super::names::is_possessive(w.text)) {
            continue;
        }
        if name.len() == 1 && name[0].is_all_caps() && name[0].text.chars().count() <= 3 {
            continue;
        }
        hits.push(RuleHit {
            start: t[first].start,
            end: noun.end,
            kind: EntityKind::Programme,
            canonical: None,
        });
    }
}
