//! People named by surname alone after a title in the plural: `Prime
//! Ministers Klaus and Meciar`, `Presidents Putin and Erdoğan`, `three foreign
//! ministers – Steinmeier, Fabius and Sikorski`, `Messrs Smith and Jones`.
//! The plural title says every item of the list after it is a person, so no
//! given name is asked for. At least two items, joined by `and`, make the
//! list: a title in the plural before one capitalised word is more often a
//! heading (`Ministers Agree …`) than a name.

use super::name_words::name_like;
use super::names::{Covered, RuleHit, adjacent};
use super::people::person_hit;
use super::tokens::Token;

/// Titles in the plural that a list of names may follow.
fn is_plural_title(w: &str) -> bool {
    matches!(
        w,
        "Presidents"
            | "Ministers"
            | "ministers"
            | "Premiers"
            | "Chancellors"
            | "Senators"
            | "Ambassadors"
            | "Commissioners"
            | "Governors"
            | "Messrs"
            | "Messrs."
            | "Congressmen"
            | "Representatives"
    )
}

/// Adds a person for each item of a list of names after a plural title.
pub(super) fn find_titled_lists(text: &str, t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>) {
    for k in 0..t.len() {
        if !is_plural_title(t[k].text) {
            continue;
        }
        // `ministers – Steinmeier, …`, `Ministers: Lavrov and …`: a dash or
        // colon may stand between the title and its list.
        let mut j = k + 1;
        if t.get(j).is_some_and(|w| matches!(w.text, "–" | "—" | ":")) {
            j += 1;
        }
        let Some(items) = list_items(text, t, j, covered) else {
            continue;
        };
        for (s, e) in items {
            let (bs, be) = (t[s].start, t[e - 1].end);
            if !hits.iter().any(|h| h.start < be && bs < h.end) {
                hits.push(person_hit(text, bs, be));
            }
        }
    }
}

/// The items of `A, B and C` from token `j`: one to three name words each,
/// at least two items, the last after `and`. None unless the list ends there.
fn list_items(text: &str, t: &[Token], mut j: usize, covered: Covered) -> Option<Vec<(usize, usize)>> {
    let mut items = Vec::new();
    loop {
        let s = j;
        j = item_end(text, t, s, covered)?;
        items.push((s, j));
        let closed_by_and = t.get(j).is_some_and(|w| w.text == "and")
            || t.get(j).is_some_and(|w| w.text == ",") && t.get(j + 1).is_some_and(|w| w.text == "and");
        if closed_by_and {
            let s = j + if t[j].text == "," { 2 } else { 1 };
            let e = item_end(text, t, s, covered)?;
            // A capitalised word glued after the last item makes it longer than a name.
            if t.get(e)
                .is_some_and(|n| n.is_capitalised() && adjacent(text, t, e - 1, e))
            {
                return None;
            }
            items.push((s, e));
            return (items.len() >= 2).then_some(items);
        }
        if t.get(j).is_some_and(|w| w.text == ",") {
            j += 1;
            continue;
        }
        return None;
    }
}

/// Where an item of one to three name words from token `s` ends; none when
/// no name word stands there or the words are a known place's or body's.
fn item_end(text: &str, t: &[Token], s: usize, covered: Covered) -> Option<usize> {
    let mut e = s;
    while e < t.len() && e - s < 3 && name_like(&t[e], covered, false) && (e == s || adjacent(text, t, e - 1, e)) {
        e += 1;
    }
    let known = e > s && covered(t[s].start, t[e - 1].end).is_some_and(|k| k != crate::document::EntityKind::Person);
    (e > s && !known).then_some(e)
}

#[cfg(test)]
mod tests {
    use crate::document::EntityKind;
    use crate::entities::Extractor;

    fn people(text: &str) -> Vec<String> {
        let (x, _) = Extractor::new(None);
        let mut names: Vec<String> = x
            .extract_document(&[text])
            .remove(0)
            .into_iter()
            .filter(|f| f.kind == EntityKind::Person)
            .map(|f| text[f.range.start as usize..f.range.end as usize].to_string())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn surnames_after_a_plural_title_are_people() {
        assert_eq!(
            people("The talks were attended by Prime Ministers Klaus and Meciar from the Czech and Slovak Republic."),
            ["Klaus", "Meciar"]
        );
        assert_eq!(
            people("I have asked three foreign ministers – Steinmeier, Fabius and Sikorski – to travel to Kyiv."),
            ["Fabius", "Sikorski", "Steinmeier"]
        );
    }

    #[test]
    fn a_place_or_a_single_word_makes_no_list() {
        assert!(people("The Ministers Agree on a new budget for the Union.").is_empty());
        assert!(people("Foreign Ministers of France and Germany met in Paris.").is_empty());
        assert!(people("The Presidents Summit and Dialogue Forum opened.").is_empty());
    }
}
