//! People named in a list beside a person: in `attended by Anniken Huitfeldt,
//! Ann Linde and Pekka Haavisto` one known given name makes the list a list
//! of people, so its other items of two to four name words are people too,
//! whatever their given names. Items that are places, bodies or single words
//! (`Georgia and Jordan`) are left alone. So too a name before its role in
//! apposition: `Konstantin Vorontsov, Deputy Head of the Russian Delegation`,
//! a contact's name before a telephone (`Balazs Ujvari - Tel.: …`), and a
//! speaker named with the country spoken for (`Nazim Khaldi (Algeria)`).

use super::name_words::{is_cue, name_like};
use super::names::{Covered, RuleHit, adjacent};
use super::people::person_hit;
use super::tokens::Token;
use super::vocab::{ORG_HEADS, PLACE_HEADS, PROGRAMME_HEADS};

/// Adds the list siblings of the person hits among `hits` (run after every
/// other people rule, so that their hits seed the lists).
pub(super) fn find_list_siblings(text: &str, t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>) {
    let person = |h: &RuleHit| h.kind == crate::document::EntityKind::Person;
    // `Name, Deputy Head of …`: the role after the comma makes the name a person's.
    for k in 1..t.len().saturating_sub(1) {
        if t[k].text != "," || !(is_cue(&t[k + 1]) || t[k + 1].text == "the" && t.get(k + 2).is_some_and(is_cue)) {
            continue;
        }
        if let Some((s, e)) = item_before(text, t, k + 1, covered) {
            let (bs, be) = (t[s].start, t[e - 1].end);
            if !hits.iter().any(|h| h.start < be && bs < h.end) {
                hits.push(person_hit(text, bs, be));
            }
        }
    }
    // `Balazs Ujvari - Tel.: +32 …`: a name before a telephone is a contact's.
    for k in 2..t.len() {
        // Asked of every word: its first letter rules most out at once.
        if !matches!(t[k].text.as_bytes().first(), Some(b'T' | b't' | b'P' | b'p'))
            || !matches!(
                t[k].text,
                "Tel" | "Tel." | "Tel.:" | "Tél." | "Phone" | "phone" | "tel" | "tel."
            )
        {
            continue;
        }
        let sep = k - 1;
        if !matches!(t[sep].text, "-" | "–" | "," | "(" | ":") {
            continue;
        }
        push_name_before(text, t, sep, 3, covered, hits);
    }
    // `Nazim Khaldi (Algeria)`: a UN meeting's speaker, named with the country
    // the speaker is for.
    for k in 2..t.len().saturating_sub(2) {
        if t[k].text != "("
            || t[k + 2].text != ")"
            || covered(t[k + 1].start, t[k + 1].end) != Some(crate::document::EntityKind::Place)
        {
            continue;
        }
        push_name_before(text, t, k, 4, covered, hits);
    }
    let mut seeds: Vec<(usize, usize)> = hits.iter().filter(|h| person(h)).map(|h| (h.start, h.end)).collect();
    if seeds.is_empty() {
        return;
    }
    let mut taken: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    // Each new item seeds its own neighbours: a list is walked to its ends.
    while let Some((start, end)) = seeds.pop() {
        let first = t.partition_point(|w| w.start < start);
        let after = t.partition_point(|w| w.start < end);
        let found = [
            item_after(text, t, after, covered),
            item_before(text, t, first, covered),
        ];
        for (s, e) in found.into_iter().flatten() {
            let (bs, be) = (t[s].start, t[e - 1].end);
            if taken.iter().any(|&(ts, te)| ts < be && bs < te) {
                continue;
            }
            taken.push((bs, be));
            hits.push(person_hit(text, bs, be));
            seeds.push((bs, be));
        }
    }
}

/// A person of up to `most` name words ending right before token `e`, unless
/// a hit holds any of it already.
fn push_name_before(text: &str, t: &[Token], e: usize, most: usize, covered: Covered, hits: &mut Vec<RuleHit>) {
    let mut s = e;
    while s > 0 && e - s < most && name_like(&t[s - 1], covered, false) && (s == e || adjacent(text, t, s - 1, s)) {
        s -= 1;
    }
    if let Some((s, e)) = item(text, t, s, e) {
        let (bs, be) = (t[s].start, t[e - 1].end);
        if !hits.iter().any(|h| h.start < be && bs < h.end) {
            hits.push(person_hit(text, bs, be));
        }
    }
}

/// The item after a list separator at token `k` (`,`, `and`, `, and`):
/// token range of two to four name words.
fn item_after(text: &str, t: &[Token], k: usize, covered: Covered) -> Option<(usize, usize)> {
    let mut k = k;
    if t.get(k)?.text == "," {
        k += 1;
    }
    if t.get(k).is_some_and(|w| w.text == "and") {
        k += 1;
    }
    if k == 0 || !matches!(t[k - 1].text, "," | "and") {
        return None;
    }
    let mut e = k;
    while e < t.len() && e - k < 4 && name_like(&t[e], covered, false) && (e == k || adjacent(text, t, e - 1, e)) {
        e += 1;
    }
    item(text, t, k, e)
}

/// The item before a list separator that ends at token `k` (exclusive).
fn item_before(text: &str, t: &[Token], k: usize, covered: Covered) -> Option<(usize, usize)> {
    let mut k = k;
    if k > 0 && t[k - 1].text == "and" {
        k -= 1;
    }
    if k == 0 || t[k - 1].text != "," {
        return None;
    }
    let e = k - 1;
    let mut s = e;
    while s > 0 && e - s < 4 && name_like(&t[s - 1], covered, false) && (s == e || adjacent(text, t, s - 1, s)) {
        s -= 1;
    }
    item(text, t, s, e)
}

/// Two to four name words, the last of them no head word of a body, a
/// programme or a place (`Solomon Islands`, `Robert Schuman Foundation`), and
/// nothing capitalised glued after them (the item would be longer).
fn item(text: &str, t: &[Token], s: usize, e: usize) -> Option<(usize, usize)> {
    if e < s + 2 {
        return None;
    }
    let headed = t[s..e]
        .iter()
        .any(|w| w.is(&ORG_HEADS) || w.is(&PROGRAMME_HEADS) || w.is(&PLACE_HEADS));
    let longer = t
        .get(e)
        .is_some_and(|n| n.is_capitalised() && adjacent(text, t, e - 1, e));
    (!headed && !longer).then_some((s, e))
}
