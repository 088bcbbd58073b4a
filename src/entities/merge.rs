//! One body, one name within a document: names that differ only in form are
//! merged after extraction. `UNDP's` is `UNDP`; `U.S.-EU Trade and Technology
//! Council` is `EU-US …` (the parties of a compound in any order); a shorter
//! name that ends a longer one of the same kind is that one (`Digital
//! Partnership Council` in a text that names the `EU-Republic of Korea Digital
//! Partnership Council`, also when the long name was cut at an en dash); a
//! surname alone is the full name mentioned in the document (`Howard` →
//! `John Howard`), and so is a first name alone that opens only one; a sum of
//! money written two ways (`€15m`, `€15 million`) is one sum.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::EntityKind;

/// The renames for a document's names, (kind, name) → the name to use. Names
/// come in order of first mention; the first of a group names it.
pub fn renames(names: &[(EntityKind, String)]) -> HashMap<(EntityKind, String), String> {
    // Worked out on borrowed names (every target is one of `names`), copied once at the end.
    let mut out: FastMap<(EntityKind, &str), &str> = FastMap::default();
    // Same form: the first name with each folded key names the group.
    let folded: Vec<Option<String>> = names
        .iter()
        .map(|(kind, name)| mergeable(*kind).then(|| fold(*kind, name)))
        .collect();
    let mut by_key: FastMap<(EntityKind, &str), &str> = FastMap::default();
    for ((kind, name), key) in names.iter().zip(&folded) {
        let Some(key) = key else { continue };
        let key = (*kind, key.as_str());
        match by_key.get(&key) {
            Some(&first) if first != name => {
                out.insert((*kind, name.as_str()), first);
            }
            Some(_) => {}
            None => {
                by_key.insert(key, name);
            }
        }
    }
    // `KISHIDA Fumio` is `Fumio Kishida`: a family name printed first, in
    // capitals (as Japan's and Korea's ministries print it), is the same
    // person as the name in Western order; Chinese names keep their order
    // either way (`XI Jinping`, `Xi Jinping`), which the key above joins.
    for (kind, name) in names {
        if *kind != EntityKind::Person || out.contains_key(&(*kind, name.as_str())) {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let [family, given] = words[..] else { continue };
        let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| !c.is_lowercase());
        if !caps(family) || caps(given) {
            continue;
        }
        let swapped = fold(*kind, &format!("{given} {family}"));
        if let Some(&other) = by_key.get(&(*kind, swapped.as_str()))
            && other != name
        {
            out.insert((*kind, name.as_str()), other);
        }
    }
    // `Mette Frederiksens nytårstale`: the Nordic languages' genitive adds
    // an `s` with no apostrophe; where the name without it is named too,
    // it is that person.
    for (kind, name) in names {
        if *kind != EntityKind::Person || out.contains_key(&(*kind, name.as_str())) || !name.contains(' ') {
            continue;
        }
        let Some(stem) = name.strip_suffix('s').filter(|s| s.ends_with(char::is_alphabetic)) else {
            continue;
        };
        if let Some(&other) = by_key.get(&(*kind, fold(*kind, stem).as_str()))
            && other != name
        {
            out.insert((*kind, name.as_str()), other);
        }
    }
    // A short name that ends longer ones, all of one group, is that group.
    let institutions: Vec<(EntityKind, &str, &str)> = names
        .iter()
        .zip(&folded)
        .filter(|((k, _), _)| matches!(k, EntityKind::Organization | EntityKind::Programme))
        .filter_map(|((k, n), f)| f.as_deref().map(|f| (*k, n.as_str(), f)))
        .collect();
    // Longest first, so that a middle name has joined the longest before a
    // shorter one asks where it belongs.
    let mut by_length: Vec<usize> = (0..institutions.len()).collect();
    by_length.sort_by_key(|&i| std::cmp::Reverse(institutions[i].2.len()));
    for &i in &by_length {
        let (kind, short, folded) = institutions[i];
        if !folded.contains(' ') || out.contains_key(&(kind, short)) {
            continue;
        }
        let mut into: Option<&str> = None;
        let mut ambiguous = false;
        for &(k2, long, fl) in &institutions {
            if k2 != kind || fl.len() <= folded.len() || !(ends_with_words(fl, folded) || heads(fl, folded)) {
                continue;
            }
            let t = out.get(&(k2, long)).copied().unwrap_or(long);
            match into {
                Some(x) if x != t => ambiguous = true,
                Some(_) => {}
                None => into = Some(t),
            }
        }
        if let (Some(t), false) = (into, ambiguous) {
            out.insert((kind, short), t);
        }
    }
    // `Abdullah bin Zayed` is `Abdullah bin Zayed Al Nahyan`: a name of two
    // words or more that opens one longer name (as a Gulf text shortens its
    // rulers' names) is that person.
    super::merge_people::heads_of_longer_names(names, &mut out);
    // A one-word person is the one full name that ends with it.
    for (kind, short) in names {
        if *kind != EntityKind::Person || short.contains(' ') {
            continue;
        }
        let bare = without_glued_initials(strip_possessive(short));
        // The surname first; else the one full name it opens (`President Halimah`).
        // (`Dr. Abadi` is `Haider al-Abadi`: an Arabic article before the family name.)
        let ending = |n: &str| {
            without_suffix(n)
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(bare) || without_article(w).eq_ignore_ascii_case(bare))
        };
        // (`Turnbull, Malcolm`: a catalogue's surname first, its comma after.)
        let opening = |n: &str| {
            n.split(' ')
                .next()
                .is_some_and(|w| w.trim_end_matches(',').eq_ignore_ascii_case(bare))
        };
        // Else the one full name it is a middle word of, where a name is
        // called by its middle (`Chairperson Faki` of `Moussa Faki Mahamat`,
        // `Lula` of `Luiz Inácio Lula da Silva`); not in a name of father's
        // names (`Abdullah bin Zayed Al Nahyan`: `Zayed` is his father).
        let inner = |n: &str| {
            let words: Vec<&str> = without_suffix(n).split(' ').collect();
            words.len() >= 3
                && !words.iter().any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "bin" | "ibn" | "ben" | "bint" | "binti" | "ould"
                    )
                })
                && words[1..words.len() - 1].iter().any(|w| w.eq_ignore_ascii_case(bare))
        };
        for side in [&ending as &dyn Fn(&str) -> bool, &opening, &inner] {
            // Full names already merged (`Joseph Biden`, `Joseph R. Biden, Jr.`) are one.
            let mut fulls: Vec<&str> = names
                .iter()
                .filter(|(k, n)| *k == EntityKind::Person && n.contains(' ') && side(n))
                .map(|(k, n)| out.get(&(*k, n.as_str())).copied().unwrap_or(n.as_str()))
                .collect();
            fulls.sort_unstable();
            fulls.dedup();
            match fulls[..] {
                [full] => {
                    out.insert((*kind, short.as_str()), full);
                    break;
                }
                [_, _, ..] => break,
                [] => {}
            }
        }
    }
    out.into_iter()
        .map(|((k, from), to)| ((k, from.to_string()), to.to_string()))
        .collect()
}

/// FNV-1a: a document's names are hashed once a mention, where SipHash's
/// guard against chosen keys costs more than the rest of merging.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

fn mergeable(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Organization
            | EntityKind::Programme
            | EntityKind::Person
            | EntityKind::Place
            | EntityKind::Reference
            | EntityKind::Money
            | EntityKind::Date
    )
}

/// A name without its generational suffix (`Joseph R. Biden, Jr.` → `Joseph
/// R. Biden`): the surname is the word before it.
pub(super) fn without_suffix(name: &str) -> &str {
    const SUFFIXES: [&str; 10] = [
        ", Jr.", " Jr.", ", Sr.", " Sr.", ", Jr", " Jr", " II", " III", " IV", ", Sr",
    ];
    SUFFIXES.iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name)
}

/// `al-Abadi` → `Abadi`: a family name without its Arabic article.
pub(super) fn without_article(word: &str) -> &str {
    const ARTICLES: [&str; 6] = ["al-", "Al-", "el-", "El-", "AL-", "EL-"];
    ARTICLES.iter().find_map(|a| word.strip_prefix(a)).unwrap_or(word)
}

/// `U.Khurelsukh`, `Sh.Mirziyoyev`: a surname with its initials glued on,
/// as Central Asian and Mongolian texts print them; the surname alone.
fn without_glued_initials(s: &str) -> &str {
    match s.rsplit_once('.') {
        Some((initials, surname))
            if surname.chars().count() >= 3
                && surname.starts_with(char::is_uppercase)
                && initials
                    .split('.')
                    .all(|p| (1..=2).contains(&p.chars().count()) && p.starts_with(char::is_uppercase)) =>
        {
            surname
        }
        _ => s,
    }
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .or_else(|| s.strip_suffix('\''))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s)
}

/// A name's form for comparison: no possessive, no dots in `U.S.`, one kind of
/// dash and apostrophe, lower case, and the parties of a leading compound
/// (`U.S.-EU`, `EU–US`) in sorted order.
fn fold(kind: EntityKind, name: &str) -> String {
    // `€15m` is `€15 million`: a sum is its currency and value.
    if kind == EntityKind::Money {
        return super::money::money_key(name).unwrap_or_else(|| name.to_lowercase());
    }
    // `MARCH 03, 2022` is `March 3, 2022`: case and a day's leading zero are
    // the printer's. A date in another form (`03.03.2022`, `3 March 2022`)
    // stays apart: annotators list each form of a date once (dev set: 9 in 16).
    // `Thursday, 20 June 2019` is `20 June 2019`: a weekday adds nothing.
    if kind == EntityKind::Date {
        let mut key = String::with_capacity(name.len());
        let mut words = name.split_whitespace().peekable();
        if words
            .peek()
            .is_some_and(|w| crate::dates::is_weekday(w.trim_end_matches(',')))
        {
            words.next();
        }
        for word in words {
            if !key.is_empty() {
                key.push(' ');
            }
            let digits = word.starts_with(|c: char| c.is_ascii_digit());
            let w = if digits { word.trim_start_matches('0') } else { word };
            key.push_str(&w.to_lowercase());
        }
        return key;
    }
    // `resolution 2166` is `resolution 2166 (2014)`.
    if kind == EntityKind::Reference {
        let n = name.trim();
        let bare = match n.rfind(" (") {
            Some(i) if n.ends_with(')') && n[i + 2..n.len() - 1].bytes().all(|b| b.is_ascii_digit()) => &n[..i],
            _ => n,
        };
        // `UNSCR 1325`, `Security Council resolution 1325`: `resolution 1325`.
        let lower = bare.to_lowercase();
        // `resolutions 2231 and 2249`: its first, `resolution 2231`.
        let lower = lower
            .strip_prefix("resolutions ")
            .map_or(lower.clone(), |n| format!("resolution {n}"));
        let lower = lower
            .strip_prefix("unscr ")
            .map_or(lower.clone(), |n| format!("resolution {n}"));
        let lower = [
            "un security council ",
            "security council ",
            "unsc ",
            "general assembly ",
            "unga ",
        ]
        .iter()
        .find_map(|p| lower.strip_prefix(p).filter(|r| r.starts_with("resolution ")))
        .map_or(lower.clone(), str::to_string);
        // `CM/Res. 207 (XIV)` is `CM/Res.207 (XIV)`: a symbol's spacing is the printer's.
        return lower.split_whitespace().collect();
    }
    let name = strip_possessive(name.trim());
    // A person is one by initial and surname (`Alexei Navalny`, `Alexey Navalny`);
    // not an Arab name, whose family name a dynasty shares (`Sabah Khaled
    // Al-Hamad Al-Sabah`, `Saad Al-Abdullah Al-Salem Al-Sabah`).
    let arab = || {
        name.split_whitespace().any(|w| {
            matches!(w, "bin" | "bint" | "ibn" | "Bin" | "Al" | "al" | "El")
                || w.starts_with("Al-")
                || w.starts_with("al-")
                || w.starts_with("El-")
        })
    };
    if kind == EntityKind::Person {
        let mut words = without_suffix(name).split_whitespace();
        if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
            if !arab() {
                let initial: String = first.chars().take(1).flat_map(char::to_lowercase).collect();
                return format!("{initial} {}", last.to_lowercase());
            }
            // An Arab name is one by its given name, its father's and its
            // family's, each without its article or its spacing (`Yousef Bin
            // Alawi Bin Abdullah`, `Yousef Bin Al-Alawi Bin Abdullah`).
            let second = words.next().unwrap_or("");
            let bare = |w: &str| without_article(w).trim_start_matches(['-', ' ']).to_lowercase();
            return format!("{} {} {}", first.to_lowercase(), bare(second), bare(last));
        }
    }
    // One pass, one string: dots dropped, dashes and apostrophes made one kind,
    // lower case, `the` and possessives dropped word by word.
    let mut out = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        let w = strip_possessive(w);
        if w.eq_ignore_ascii_case("the") || w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '.' => {}
                '’' | '‘' => out.push('\''),
                '–' | '—' | '‑' => out.push('-'),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    // Only a compound of short names is one of parties (`EU-US`, not `Jong-Ho`).
    let first_end = out.find(' ').unwrap_or(out.len());
    let first = &out[..first_end];
    if first.contains('-') {
        let mut parties: Vec<&str> = first.split('-').filter(|p| !p.is_empty()).collect();
        if parties.len() >= 2 && parties.iter().all(|p| p.len() <= 4) {
            parties.sort_unstable();
            let sorted = parties.join("-");
            out.replace_range(..first_end, &sorted);
        }
    }
    out
}

/// `short` is `long` before its qualifier (`Global Arrangement` of `Global
/// Arrangement on Sustainable Steel and Aluminum`).
fn heads(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|rest| rest.starts_with(" on ") || rest.starts_with(" of ") || rest.starts_with(" for "))
}

/// `long` ends with the words of `short` (after a space or a dash), as a
/// qualified name ends with its body's (`EU-Republic of Korea Digital
/// Partnership Council`). A body *of* another (`Council of the European
/// Union`, `Delegation to the United Nations`) is another body.
fn ends_with_words(long: &str, short: &str) -> bool {
    const LINKS: [&str; 12] = [
        "of", "the", "for", "to", "in", "at", "on", "and", "de", "du", "des", "la",
    ];
    long.strip_suffix(short).is_some_and(|rest| {
        let linked = rest
            .split([' ', '-'])
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| LINKS.iter().any(|l| l.eq_ignore_ascii_case(w)));
        // After a dash, only a party's acronym (`EU-`, `U.S.-`): `Barents
        // Euro-Arctic Council` is not the `Arctic Council`.
        // (Names come folded to lower case: a party is a short acronym.)
        let party = rest.strip_suffix('-').is_some_and(|r| {
            let w = r.rsplit([' ', '-']).next().unwrap_or(r);
            (2..=3).contains(&w.chars().count()) || matches!(w, "asean" | "nato" | "celac" | "ecowas")
        });
        (rest.ends_with(' ') || party) && !linked
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(names: &[(EntityKind, &str)]) -> Vec<(String, String)> {
        let names: Vec<(EntityKind, String)> = names.iter().map(|(k, n)| (*k, n.to_string())).collect();
        let mut v: Vec<(String, String)> = renames(&names).into_iter().map(|((_, a), b)| (a, b)).collect();
        v.sort();
        v
    }

    #[test]
    fn compounds_in_either_order_and_possessives_are_one_name() {
        use EntityKind::Organization as O;
        let v = merged(&[
            (O, "U.S.-EU Trade and Technology Council"),
            (O, "EU-US Trade and Technology Council"),
            (O, "UNDP"),
            (O, "UNDP’s"),
        ]);
        assert!(
            v.contains(&(
                "EU-US Trade and Technology Council".into(),
                "U.S.-EU Trade and Technology Council".into()
            )),
            "{v:?}"
        );
        assert!(v.contains(&("UNDP’s".into(), "UNDP".into())), "{v:?}");
    }

    #[test]
    fn a_shorter_name_ending_a_longer_one_joins_it_unless_two_claim_it() {
        use EntityKind::Organization as O;
        let v = merged(&[
            (O, "EU-Republic of Korea Digital Partnership Council"),
            (O, "Republic of Korea Digital Partnership Council"),
            (O, "Digital Partnership Council"),
        ]);
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(
            v.iter()
                .all(|(_, b)| b == "EU-Republic of Korea Digital Partnership Council")
        );
        let v = merged(&[
            (O, "EU-Korea Cyber Dialogue"),
            (O, "EU-Japan Cyber Dialogue"),
            (O, "Cyber Dialogue"),
        ]);
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_word_of_a_compound_is_no_party() {
        use EntityKind::Organization as O;
        let v = merged(&[(O, "Barents Euro-Arctic Council"), (O, "Arctic Council")]);
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_date_in_capitals_or_with_a_leading_zero_is_one_date() {
        use EntityKind::Date as D;
        let v = merged(&[
            (D, "MARCH 03, 2022"),
            (D, "March 3, 2022"),
            (D, "3 March 2022"),
            (D, "3-4 March 2022"),
            (D, "03.03.2022"),
        ]);
        assert_eq!(v, [("March 3, 2022".to_string(), "MARCH 03, 2022".to_string())]);
    }

    #[test]
    fn a_surname_before_a_generational_suffix_is_the_surname() {
        use EntityKind::Person as P;
        let v = merged(&[(P, "Biden"), (P, "Joseph R. Biden, Jr."), (P, "Joseph Biden")]);
        assert!(v.contains(&("Biden".into(), "Joseph R. Biden, Jr.".into())), "{v:?}");
        assert!(
            v.contains(&("Joseph Biden".into(), "Joseph R. Biden, Jr.".into())),
            "{v:?}"
        );
    }

    #[test]
    fn a_plural_resolution_is_its_first() {
        use EntityKind::Reference as R;
        let v = merged(&[(R, "UNSCR 2231"), (R, "resolutions 2231")]);
        assert_eq!(v, [("resolutions 2231".to_string(), "UNSCR 2231".to_string())]);
    }

    #[test]
    fn a_body_of_another_body_is_not_it() {
        use EntityKind::Organization as O;
        let v = merged(&[
            (O, "Council of the European Union"),
            (O, "European Union"),
            (O, "Permanent Mission to the United Nations"),
            (O, "United Nations"),
        ]);
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_symbol_spaced_two_ways_is_one_reference() {
        use EntityKind::Reference as R;
        let v = merged(&[
            (R, "CM/Res.207 (XIV)"),
            (R, "CM/Res. 207 (XIV)"),
            (R, "CM/Res.218 (XIV)"),
        ]);
        assert_eq!(
            v,
            vec![("CM/Res. 207 (XIV)".to_string(), "CM/Res.207 (XIV)".to_string())]
        );
    }

    #[test]
    fn a_nordic_genitive_is_the_name_named_without_it() {
        let m = merged(&[
            (EntityKind::Person, "Mette Frederiksen"),
            (EntityKind::Person, "Mette Frederiksens"),
            (EntityKind::Person, "Charles Jones"),
        ]);
        assert!(
            m.contains(&("Mette Frederiksens".to_string(), "Mette Frederiksen".to_string())),
            "{m:?}"
        );
        assert!(!m.iter().any(|(from, _)| from == "Charles Jones"), "{m:?}");
    }

    #[test]
    fn a_surname_alone_is_the_one_full_name_that_ends_with_it() {
        use EntityKind::Person as P;
        let v = merged(&[(P, "John Howard"), (P, "Howard"), (P, "Jones")]);
        assert_eq!(v, vec![("Howard".to_string(), "John Howard".to_string())]);
        let v = merged(&[(P, "Haider al-Abadi"), (P, "Abadi")]);
        assert_eq!(v, vec![("Abadi".to_string(), "Haider al-Abadi".to_string())]);
        // A catalogue's `Surname, Given` is the surname's full name too.
        let v = merged(&[(P, "Turnbull, Malcolm"), (P, "Turnbull")]);
        assert_eq!(v, vec![("Turnbull".to_string(), "Turnbull, Malcolm".to_string())]);
    }

    #[test]
    fn a_middle_name_alone_is_the_one_full_name_it_is_inside() {
        let m = merged(&[
            (EntityKind::Person, "Moussa Faki Mahamat"),
            (EntityKind::Person, "Faki"),
            (EntityKind::Person, "Abdullah bin Zayed Al Nahyan"),
            (EntityKind::Person, "Zayed"),
        ]);
        assert!(m.contains(&("Faki".into(), "Moussa Faki Mahamat".into())), "{m:?}");
        assert!(!m.iter().any(|(from, _)| from == "Zayed"), "{m:?}");
    }

    #[test]
    fn a_family_name_first_in_capitals_is_the_name_in_western_order() {
        let m = merged(&[
            (EntityKind::Person, "KISHIDA Fumio"),
            (EntityKind::Person, "Fumio Kishida"),
            (EntityKind::Person, "XI Jinping"),
            (EntityKind::Person, "Xi Jinping"),
        ]);
        assert!(m.contains(&("KISHIDA Fumio".into(), "Fumio Kishida".into())), "{m:?}");
        assert!(m.contains(&("Xi Jinping".into(), "XI Jinping".into())), "{m:?}");
    }

    #[test]
    fn two_of_a_dynasty_are_two_people() {
        use EntityKind::Person as P;
        let v = merged(&[
            (P, "Sabah Khaled Al-Hamad Al-Sabah"),
            (P, "Saad Al-Abdullah Al-Salem Al-Sabah"),
        ]);
        assert!(v.is_empty(), "{v:?}");
        // (A name spelt two ways is still one: `Alexei Navalny`, `Alexey Navalny`.)
        let v = merged(&[(P, "Alexei Navalny"), (P, "Alexey Navalny")]);
        assert_eq!(v.len(), 1, "{v:?}");
        let v = merged(&[
            (P, "Yousef Bin Alawi Bin Abdullah"),
            (P, "Yousef Bin Al-Alawi Bin Abdullah"),
        ]);
        assert_eq!(v.len(), 1, "{v:?}");
    }
}
