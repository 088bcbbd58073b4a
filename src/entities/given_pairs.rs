//! People named with no cue: a known given name and a name word after it
//! (`Jonas Gahr Støre`, `Tarja HALONEN`), initials and a surname (`B.
//! YELTSIN`, `S.M. Krishna`), and an unlisted first given name before a
//! listed one (`Wafaa Hussein Al-Dalou`).

use super::given::is_given_token;
use super::name_words::{initial_end, is_capitals_word, is_cue, name_like};
use super::names::{Covered, RuleHit, adjacent};
use super::people::{is_dotted_initials, person_at, person_hit, title_case_particle};
use super::tokens::Token;
use super::vocab::{ORG_HEADS, PARTICLES, PLACE_HEADS, PROGRAMME_HEADS};
use crate::document::EntityKind;

/// `Jonas Gahr Støre`, `Tarja HALONEN`: a known given name, then a name word
/// (or a particle and one), is a person with no cue. Hits so far are skipped:
/// their names were read whole.
pub(super) fn find_given_name_pairs(text: &str, t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>) {
    let mut taken: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    taken.sort_unstable();
    let inside = |pos: usize| {
        let upto = taken.partition_point(|&(s, _)| s <= pos);
        taken[..upto].iter().rev().take(8).any(|&(_, e)| e > pos)
    };
    let mut i = 0;
    while i + 1 < t.len() {
        let w = &t[i];
        let next = &t[i + 1];
        // `B. YELTSIN` under a treaty, `L. Kravchuk` known to the lexicon: an
        // initial and a surname in capitals, or a known person's.
        // (`A. M. ALEKSANDROV`: a second initial, or a third, before it.)
        if let Some(n) = initial_end(t, i)
            .filter(|&n| n == i + 2 && !inside(w.start))
            .map(|n| after_more_initials(t, n))
            && let Some(surname) = t.get(n)
            && ((is_capitals_word(surname) && name_like(surname, covered, true))
                || covered(surname.start, surname.end) == Some(EntityKind::Person))
            && !t
                .get(n + 1)
                .is_some_and(|after| after.is_capitalised() && adjacent(text, t, n, n + 1))
        {
            let (end_idx, hit) = person_at(text, t, i, covered, true);
            if let Some(h) = hit {
                hits.push(h);
            }
            i = end_idx.max(i + 1);
            continue;
        }
        // `S.M. Krishna`: initials printed as one word, then a name word.
        if is_dotted_initials(w)
            && !inside(w.start)
            && adjacent(text, t, i, i + 1)
            && next.is_capitalised()
            && !next.is_all_caps()
            && name_like(next, covered, false)
            && !t
                .get(i + 2)
                .is_some_and(|after| after.is_capitalised() && adjacent(text, t, i + 1, i + 2))
        {
            let (end_idx, hit) = person_at(text, t, i, covered, false);
            if let Some(h) = hit {
                hits.push(h);
            }
            i = end_idx.max(i + 1);
            continue;
        }
        // `Yves de Kermabon`: a particle may come between.
        // `Max van der Stoel`: or two.
        let name_at = |n: usize| {
            t.get(n)
                .is_some_and(|n| n.is_capitalised() && !n.is_all_caps() && name_like(n, covered, false))
        };
        // (`Dirk De Backer`, `Maria Da Silva`: the particle capitalised, as
        // Belgian and Portuguese names print it.)
        // (Asked of every word: the first letter rules out all but a few.)
        let capital_particle = |n: &Token| {
            n.text.len() <= 5 && matches!(n.text.as_bytes()[0], b'D' | b'V' | b'T') && title_case_particle(n)
        };
        let particle_then_name = (next.is(&PARTICLES) || capital_particle(next))
            && (name_at(i + 2) || (t.get(i + 2).is_some_and(|p| p.is(&PARTICLES)) && name_at(i + 3)));
        let opens = w.word
            && w.is_capitalised()
            && (next.is_capitalised() || particle_then_name)
            && adjacent(text, t, i, i + 1)
            && !matches!(covered(w.start, w.end), Some(k) if k != EntityKind::Person)
            // A listed word (a head, a cue, an opener) opens no name: asked first, it is free.
            && w.lists == 0
            && is_given_token(w)
            && !inside(w.start);
        if !opens {
            i += 1;
            continue;
        }
        let caps = w.is_all_caps();
        // `John F. Kennedy`, `George W. Bush`: a middle initial, then the surname.
        let middle_initial = initial_end(t, i + 1)
            .filter(|&n| n == i + 3)
            .and_then(|n| t.get(n))
            .is_some_and(|s| s.is_capitalised() && !s.is_all_caps() && name_like(s, covered, false));
        let second_ok = particle_then_name
            || middle_initial
            || name_like(next, covered, caps)
            || (is_capitals_word(next) && name_like(next, covered, true));
        if !second_ok {
            i += 1;
            continue;
        }
        let (end_idx, hit) = person_at(text, t, i, covered, caps);
        // `Solomon Island`, `Robert Schuman Foundation`: a name that ends in a
        // head word is a place's or a body's, left to their rules.
        let headed = t[i + 1..end_idx].iter().any(|w| {
            w.is(&ORG_HEADS)
                    || w.is(&PROGRAMME_HEADS)
                    || w.is(&PLACE_HEADS)
                    // `Jaber Summit`: an event named after a person.
                    || matches!(w.text, "Summit" | "Conference" | "Forum")
        });
        match hit {
            Some(h) if end_idx >= i + 2 && !headed => hits.push(with_unknown_given_name(text, t, i, h, covered)),
            _ => {}
        }
        i = end_idx.max(i + 1);
    }
}

/// The index after up to two more dotted initials from `n` (`M.` of `A. M.`).
fn after_more_initials(t: &[Token], mut n: usize) -> usize {
    for _ in 0..2 {
        match initial_end(t, n) {
            Some(next) if next == n + 2 => n = next,
            _ => break,
        }
    }
    n
}

/// `his mother, Wafaa Hussein Al-Dalou`: a name found from its second given
/// name (`Hussein`) takes the capitalised name word before it, when that word
/// follows a comma, `and` or a lower-case word, not a sentence's start.
fn with_unknown_given_name(text: &str, t: &[Token], i: usize, hit: RuleHit, covered: Covered) -> RuleHit {
    let Some(before) = i.checked_sub(1).map(|b| &t[b]) else {
        return hit;
    };
    let opens_clause = i
        .checked_sub(2)
        .map(|p| &t[p])
        .is_some_and(|p| p.text == "," || p.text == "and" || (p.word && p.text.starts_with(char::is_lowercase)));
    let ok = opens_clause
        && before.word
        && before.is_capitalised()
        && !before.is_all_caps()
        && before.lists == 0
        // (`Vice-President Loyola de Palacio`, `Udenrigsminister Jeppe Kofod`: a role.)
        && !before.text.contains(['-', '‐'])
        && !before.text.to_lowercase().ends_with("minister")
        && !is_cue(before)
        && name_like(before, covered, false)
        && adjacent(text, t, i - 1, i)
        && !text[before.end..t[i].start].contains('\n');
    if ok {
        person_hit(text, before.start, hit.end)
    } else {
        hit
    }
}

/// `Marcelo Fernández Córdoba`, `Ricardo Lagos Escobar`: a Spanish or
/// Portuguese name's second surname that is also a place's name (the
/// lexicon's) ends the name the person rules stopped short of; so does a
/// first surname that is one, when a second follows.
pub(super) fn with_second_surnames(text: &str, t: &[Token], covered: Covered, hits: &mut [RuleHit]) {
    let place = |w: &Token| {
        w.word && w.is_capitalised() && !w.is_all_caps() && covered(w.start, w.end) == Some(EntityKind::Place)
    };
    // The name ends in the sentence, a comma or a lower-case word after it on
    // its line (`Carlos P. Romulo Philippines` / next line: a signatory's
    // country under a treaty, no surname).
    // (`Mr Robert Wright Vienna, 26 September 2005`: a comma before a day
    // ends a dateline's place, which follows a signature on a flattened page.)
    let dated = |n: usize| {
        t.get(n).is_some_and(|d| {
            d.text.starts_with(|c: char| c.is_ascii_digit()) || crate::dates::month_number(d.text).is_some()
        })
    };
    let ends_name = |n: usize| {
        t.get(n + 1).is_some_and(|a| {
            !text[t[n].end..a.start].contains('\n')
                && ((matches!(a.text, "," | ";" | ")") && !(a.text == "," && dated(n + 2)))
                    || (a.word && a.text.starts_with(char::is_lowercase)))
        })
    };
    for hit in hits.iter_mut().filter(|h| h.kind == EntityKind::Person) {
        // (Tokens are in order: found by bisection, not a scan per hit, which
        // a text of many names made quadratic.)
        let first = t.partition_point(|w| w.start < hit.start);
        let last = t.partition_point(|w| w.end < hit.end);
        if !(t.get(first).is_some_and(|w| w.start == hit.start) && t.get(last).is_some_and(|w| w.end == hit.end)) {
            continue;
        }
        if !(is_given_token(&t[first]) && last + 1 < t.len() && adjacent(text, t, last, last + 1)) {
            continue;
        }
        let next = &t[last + 1];
        // (Two words already, a given name and a surname: `Marcelo Fernández` + `Córdoba`.)
        // (`Alexandr VONDRA Tjeckiens`: a surname in capitals is a list's,
        // and what follows it is the next field; `Leonel Fernández de
        // República Dominicana`: a particle opens where he is from.)
        let second = last == first + 1
            && !is_given_token(&t[last])
            && !t[last].is_all_caps()
            && place(next)
            && ends_name(last + 1);
        // (A given name alone, a place, then a name word: `Ricardo` + `Lagos Escobar`.)
        let first_is_place = last == first
            && place(next)
            && t.get(last + 2).is_some_and(|s| {
                adjacent(text, t, last + 1, last + 2)
                    && s.is_capitalised()
                    && !s.is_all_caps()
                    && name_like(s, covered, false)
                    && ends_name(last + 2)
            });
        if second {
            hit.end = next.end;
        } else if first_is_place {
            hit.end = t[last + 2].end;
        }
    }
}
