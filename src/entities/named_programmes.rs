//! Programmes named by a capitalised name before the common noun: `the
//! Daphne programme`, `the Customs 2000 programme`, `the TACIS programme`.
//! The name alone says nothing of its kind; the noun after it does. And
//! operations named after the word: `Operation Unified Protector`,
//! `operation ALTHEA`.

use super::names::RuleHit;
use super::tokens::Token;
use super::vocab::{CONNECTORS, ORG_HEADS, PROGRAMME_HEADS};
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

/// Into `hits`: each military or civilian operation named by a code name
/// after the word (`Operation Unified Protector`, `Operation Allied Force`,
/// `operation ALTHEA`): what a briefing names it by, filed with the
/// programmes and plans it runs beside. After a lower-case `operation` only
/// a name in capitals counts (`the operation Atalanta` is rare, `the
/// operation Council` not a name); heads of bodies and plans end no code
/// name (`Operation Centre`, `Operation Plan` are common nouns).
pub(super) fn find_named_operations(text: &str, t: &[Token], hits: &mut Vec<RuleHit>) {
    // Asked of every text, and few name an operation: one scan finds where
    // the word is, and only its tokens are read (`co-operation` is not it).
    for at in memchr::memmem::find_iter(text.as_bytes(), b"peration") {
        let Some(start) = at.checked_sub(1) else { continue };
        let k = t.partition_point(|w| w.start < start);
        let Some(word) = t.get(k).filter(|w| w.start == start) else {
            continue;
        };
        let capital = match word.text {
            "Operation" => true,
            "operation" => false,
            _ => continue,
        };
        // `Co-Operation Council` is one token; a capitalised word before
        // `Operation` makes it part of another name (`Joint Operation …`).
        if k > 0 && t[k - 1].word && t[k - 1].is_capitalised() && capital {
            continue;
        }
        let mut end = k;
        while end + 1 < t.len() && end - k < 3 {
            let w = &t[end + 1];
            // (`Operation Allied Force`: past the code name's first word a
            // body's head is the name's, unless a body's name goes on after it.)
            let head = w.is(&ORG_HEADS) && (end == k || t.get(end + 2).is_some_and(|n| n.text == "of"));
            let fits = w.word
                && !w.is(&CONNECTORS)
                && !head
                && !w.is(&PROGRAMME_HEADS)
                && if capital {
                    w.is_capitalised() && !w.text.bytes().all(|b| b.is_ascii_digit())
                } else {
                    w.is_all_caps() && w.text.chars().filter(|c| c.is_alphabetic()).count() >= 4
                };
            if !fits {
                break;
            }
            end += 1;
        }
        if end == k {
            continue;
        }
        // (`Operation Allied Force`, read as a body by its head word: the
        // operation's code name is what it is.)
        let (start, end) = (word.start, t[end].end);
        match hits.iter_mut().find(|h| h.start == start && h.end == end) {
            Some(h) => h.kind = EntityKind::Programme,
            None => hits.push(RuleHit {
                start,
                end,
                kind: EntityKind::Programme,
                canonical: None,
            }),
        }
    }
}
