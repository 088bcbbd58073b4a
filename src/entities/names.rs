//! Names that no lexicon lists, found by rules: people after role cues or before
//! `said`; organisations and programmes by their head words (`… Agency`,
//! `Ministry of …`, `… Declaration`, `Roadmap on …`); camel-case initiatives;
//! and small places named beside a known country (`Backåkra, Sweden`).

use super::people::find_people;
use super::run_words::{is_year_or_range, shouting};
use super::runs::classify_run;
use super::tokens::Token;
use super::vocab::{
    CALENDAR, COMPASS, CONNECTORS, HEADLINE_VERBS, INITIATIVE_NOUNS, NAME_POSSESSIVES, NOT_NAMES, OPENERS, ORG_HEADS,
    PROGRAMME_HEADS, is_in,
};
use crate::document::EntityKind;

/// A rule match: byte range, kind, and the canonical name when it differs from
/// the surface (titles stripped, capitals normalised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleHit {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub canonical: Option<String>,
}

/// Which kind of lexicon name covers a byte range, if any.
pub(super) type Covered<'a> = &'a dyn Fn(usize, usize) -> Option<EntityKind>;

/// Into `hits` (cleared first); `words` is a buffer kept from one text to the next.
pub fn find_names(text: &str, tokens: &[Token], covered: Covered, hits: &mut Vec<RuleHit>, words: &mut Vec<usize>) {
    hits.clear();
    find_people(text, tokens, covered, hits);
    super::given_pairs::with_second_surnames(text, tokens, covered, hits);
    find_institutions(text, tokens, covered, hits, words);
    find_camel_case_initiatives(tokens, hits);
    super::named_programmes::find_named_programmes(tokens, hits);
    super::named_programmes::find_named_operations(text, tokens, hits);
    super::defined::find_defined_names(text, tokens, hits);
    find_places_beside_countries(tokens, covered, hits);
    find_compass_regions(tokens, covered, hits);
    find_the_commission(text, tokens, hits);
    super::foreign_bodies::find_foreign_bodies(text, tokens, hits);
    find_mail_sender(tokens, hits);
    super::configurations::find_configurations(text, hits);
    super::cyrillic_names::find_initialled_names(text, hits);
}

/// `From: Semere Asmelash <…>`: a mail's sender, named before the address
/// (a body sending, `From: General Secretariat`, has a head word).
fn find_mail_sender(t: &[Token], hits: &mut Vec<RuleHit>) {
    if !(t.len() >= 4 && matches!(t[0].text, "From" | "FROM") && t[1].text == ":") {
        return;
    }
    // (The address may have been cut from the copy: the line ends there.)
    let open = t.iter().position(|w| w.text == "<").unwrap_or(t.len());
    let name = &t[2..open];
    let personal = (2..=4).contains(&name.len())
        && name
            .iter()
            .all(|w| w.word && w.is_capitalised() && !w.is_all_caps() && !w.is(&NOT_NAMES) && !w.is(&ORG_HEADS));
    if personal {
        hits.push(RuleHit {
            start: name[0].start,
            end: name[name.len() - 1].end,
            kind: EntityKind::Person,
            canonical: None,
        });
    }
}

/// `the Commission` alone: the executive a text has been speaking of (the
/// European Commission in EU texts, the AU Commission in the AU's), named so
/// in briefings as a body of its own. `the Commission on …` and `the
/// Commission's` are left to the name rules.
fn find_the_commission(text: &str, t: &[Token], hits: &mut Vec<RuleHit>) {
    for k in 1..t.len() {
        if t[k].text != "Commission" || !t[k - 1].text.eq_ignore_ascii_case("the") || !adjacent(text, t, k - 1, k) {
            continue;
        }
        let longer = t.get(k + 1).is_some_and(|n| {
            matches!(n.text, "of" | "on" | "for" | "(") || (n.is_capitalised() && adjacent(text, t, k, k + 1))
        });
        if !longer {
            hits.push(RuleHit {
                start: t[k].start,
                end: t[k].end,
                kind: EntityKind::Organization,
                canonical: None,
            });
        }
    }
}

/// Token `k` continues the run begun at `j` (separated by single spaces only).
pub(super) fn adjacent(text: &str, t: &[Token], j: usize, k: usize) -> bool {
    k == j || text[t[k - 1].end..t[k].start].chars().all(|c| c == ' ')
}

/// A word a name may hold: capitalised, no month or weekday, no headline's
/// verb (`Security Council Extends Mandate of …`).
fn capitalised_word(t: &Token) -> bool {
    t.is_capitalised() && !t.is(&CALENDAR) && !t.is(&HEADLINE_VERBS)
}

/// Runs of capitalised words joined by connectors, classified by head word.
/// `words` is one buffer for every run.
fn find_institutions(text: &str, t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>, words: &mut Vec<usize>) {
    let mut i = 0;
    while i < t.len() {
        // `Excellencies Heads of State and Government`: an address opens no body's name.
        // (`Charge d’ Affaires of the … Embassy`: the envoy's title, its
        // elision spaced, opens no body's name either.)
        let chargé = t[i].text == "Affaires" && i > 0 && matches!(t[i - 1].text, "’" | "'" | "d’" | "d'");
        if !capitalised_word(&t[i]) || matches!(t[i].text, "Excellencies" | "Excellency") || chargé {
            i += 1;
            continue;
        }
        // The run: capitalised words, connectors only between capitalised words.
        words.clear();
        words.push(i);
        let mut k = i + 1;
        // (`Prime Minister’s Office`, `President's Department`: an office
        // named after its holder is one name.)
        // (`the Minister’s Office` names no office of its own.)
        let office_of = |k: usize| {
            k >= i + 2
                && matches!(t[k].text, "Office" | "Department")
                && matches!(
                    t[k - 1].text,
                    "Minister's" | "Minister’s" | "President's" | "President’s" | "Secretary's" | "Secretary’s"
                )
        };
        while k < t.len() && adjacent(text, t, k - 1, k) && (!is_possessive(t[k - 1].text) || office_of(k)) {
            // `Republic of Finland CONTENTS PARTICIPANTS`: a heading in capitals
            // starts where mixed case ends (acronyms of five letters or fewer aside).
            if shouting(&t[k - 1]) != shouting(&t[k]) && (t[k - 1].is_capitalised() && t[k].is_capitalised()) {
                break;
            }
            // `Council The Council adopted …`, `SIPRI The Government …`: a
            // heading run into the sentence after it; `The` right after a
            // name's word opens the next name, never goes on with this one.
            if t[k].text == "The" {
                break;
            }
            // `Department of Foreign Affairs Published on`, `Ministry of
            // Foreign Affairs P.O. Box 547`: a page's date label or a postal
            // address, run on from the line below, ends the name.
            if matches!(t[k].text, "Published" | "Posted" | "Updated" | "Last" | "P.O." | "PO")
                && t.get(k + 1)
                    .is_some_and(|n| matches!(n.text, "on" | ":" | "updated" | "Updated" | "Box" | "BOX"))
            {
                break;
            }
            // `Federal Ministry of Economic Affairs Mr Hans TIETMEYER`: a list
            // of delegations flattened onto one line; an honorific opens the
            // next delegate, never goes on with a body's name.
            if matches!(
                t[k].text,
                "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Mme" | "Dr" | "Dr." | "H.E."
            ) {
                break;
            }
            // `viaje a México de Su Majestad Felipe VI`: a form of address in
            // the Romance languages opens a person, never goes on with a place's
            // or a body's name.
            if matches!(t[k].text, "Su" | "Sua" | "Son" | "Sa")
                && t.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.text,
                        "Majestad"
                            | "Excelencia"
                            | "Alteza"
                            | "Santidad"
                            | "Majestade"
                            | "Excelência"
                            | "Majesté"
                            | "Excellence"
                            | "Altesse"
                            | "Sainteté"
                    )
                })
            {
                break;
            }
            // `Office of the Press Secretary For Immediate Release`: a
            // release's embargo line, run on from the line below.
            if matches!(t[k].text, "For" | "FOR")
                && t.get(k + 1)
                    .is_some_and(|n| matches!(n.text, "Immediate" | "IMMEDIATE"))
            {
                break;
            }
            // `General Secretariat of the Council To: Permanent …`: a field's
            // label, flattened onto the line, ends the value before it.
            if matches!(
                t[k].text,
                "To" | "TO" | "From" | "FROM" | "Subject" | "SUBJECT" | "Cc" | "CC" | "Re" | "RE"
            ) && t.get(k + 1).is_some_and(|c| c.text == ":")
            {
                break;
            }
            // `Chief Director and Officials of the Ministry of Information`,
            // `President and Members of Parliament`: an address to the people
            // of a body; the body's name starts after them.
            if t[k].text == "and"
                && t.get(k + 1).is_some_and(|g| {
                    matches!(
                        g.text,
                        "Officials" | "Members" | "Staff" | "Colleagues" | "Representatives" | "Delegates"
                    )
                })
                && t.get(k + 2).is_some_and(|o| o.text == "of")
            {
                let start = k + 3 + usize::from(t.get(k + 3).is_some_and(|a| a.text == "the"));
                if start < t.len() && capitalised_word(&t[start]) {
                    words.clear();
                    words.push(start);
                    k = start + 1;
                    continue;
                }
            }
            // (`Paris Agreement 15th of February 1991`: an ordinal right after
            // a name is a date's day; one opens a name, `47th Pacific Islands
            // Forum`, or follows a connector, `of the 21st Century`.)
            if capitalised_word(&t[k]) && !super::people::is_numeric_ordinal(t[k].text) {
                words.push(k);
                k += 1;
                continue;
            }
            // One connector (`of`, `and`), or a preposition and an article (`of the`, `von der`).
            let mut c = k;
            // `OSCE Programme Office in Nur-Sultan`, `Embassy in Washington`: a body's seat;
            // `Embassy of Kuwait in Lebanon`: also after the state it represents.
            let seated = |w: &str| {
                matches!(
                    w,
                    "Office"
                        | "Embassy"
                        | "Mission"
                        | "Delegation"
                        | "Representation"
                        | "Co-ordinator"
                        | "Coordinator"
                        | "Bureau"
                        | "Consulate"
                )
            };
            let seat = t[c].text == "in"
                && (seated(t[c - 1].text)
                    || words
                        .iter()
                        .any(|&w| seated(t[w].text) && t.get(w + 1).is_some_and(|o| o.text == "of")))
                && t.get(c + 1)
                    .is_some_and(|p| covered(p.start, p.end) == Some(EntityKind::Place));
            if (seat || (t[c].word && t[c].is(&CONNECTORS))) && adjacent(text, t, c - 1, c) {
                c += 1;
                // (`Kuala Lumpur Declaration on a People-Oriented …`,
                // `Nuremberg Declaration on an EU-ASEAN Enhanced Partnership`:
                // what a declaration or agreement is on may take `a`.)
                let indefinite = |a: &str| {
                    matches!(a, "a" | "an")
                        && matches!(t[k].text, "on" | "for")
                        && words.iter().any(|&w| t[w].is(&PROGRAMME_HEADS))
                };
                let article = t.get(c).is_some_and(|a| {
                    matches!(a.text, "the" | "THE" | "la" | "le" | "der" | "den" | "des") || indefinite(a.text)
                });
                if article && t[k].text != "and" && t[k].text != "&" && adjacent(text, t, c - 1, c) {
                    c += 1;
                }
            }
            // `Council on Union guidelines`, `Deliberations on Union legislative
            // acts`: the Union's name as an adjective joins no name.
            let adjective = t[k].text == "on"
                && c == k + 1
                && t[c.min(t.len() - 1)].text == "Union"
                && t.get(c + 1)
                    .is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase) && !n.is(&CONNECTORS));
            // (`Panglong Agreement on 12th February 1947`: an ordinal before a
            // month is a date's day, never what an agreement is on.)
            let day = c < t.len()
                && super::people::is_numeric_ordinal(t[c].text)
                && t.get(c + 1).is_some_and(|m| m.is(&CALENDAR));
            if c > k && c < t.len() && !adjective && !day && capitalised_word(&t[c]) && adjacent(text, t, c - 1, c) {
                words.extend(k..=c);
                k = c + 1;
                continue;
            }
            break;
        }
        // `Action Plan 2021-2027`, `Agenda 2030`, `Joint Task Force 3`: a year,
        // a range of years or a body's number after a head word is the name's;
        // a range also after the head's qualifier (`Action Plan on Human
        // Rights and Democracy 2020-2024`), where a lone year may be a date's.
        let headed = |k: usize| words.iter().any(|&w| t[w].is(&PROGRAMME_HEADS)) && k > 0;
        if let Some(n) = t.get(k).filter(|_| adjacent(text, t, k - 1, k))
            && ((t[k - 1].is(&PROGRAMME_HEADS) && is_year_or_range(n.text))
                || (headed(k) && n.text.contains(['-', '–']) && is_year_or_range(n.text))
                || (matches!(
                    t[k - 1].text,
                    "Force" | "Group" | "Team" | "Unit" | "Brigade" | "Squadron"
                ) && n.text.len() <= 2
                    && n.text.bytes().all(|b| b.is_ascii_digit())))
        {
            words.push(k);
            k += 1;
        } else if t.get(k).is_some_and(|f| f.text == "for")
            && headed(k)
            && t.get(k + 1)
                .is_some_and(|n| n.text.contains(['-', '–']) && is_year_or_range(n.text) && adjacent(text, t, k, k + 1))
            && adjacent(text, t, k - 1, k)
        {
            // `EU Financial Framework for 2007-2013`: the years it is for.
            words.extend([k, k + 1]);
            k += 2;
        }
        // `Coreper (Part 1)`: a body's part in brackets is the body's.
        if t.get(k).is_some_and(|o| o.text == "(" && o.start == t[k - 1].end + 1)
            && t.get(k + 1).is_some_and(|w| w.text == "Part")
            && t.get(k + 2)
                .is_some_and(|d| d.text.len() <= 2 && d.text.bytes().all(|b| b.is_ascii_digit()))
            && t.get(k + 3).is_some_and(|c| c.text == ")")
        {
            words.extend(k..k + 4);
            k += 4;
        }
        // `Council (Justice and Home Affairs)`: the Council in one of its
        // configurations (an acronym in brackets is an alias instead).
        if t[k - 1].text == "Council"
            && let Some(close) = configuration_end(text, t, k)
        {
            hits.push(RuleHit {
                start: t[k - 1].start,
                end: t[close].end,
                kind: EntityKind::Organization,
                canonical: None,
            });
        }
        // `Coreper (Part 1)`: a known body's part.
        if words.len() == 5
            && t[words[1]].text == "("
            && covered(t[words[0]].start, t[words[0]].end) == Some(EntityKind::Organization)
        {
            hits.push(RuleHit {
                start: t[words[0]].start,
                end: t[words[4]].end,
                kind: EntityKind::Organization,
                canonical: None,
            });
        } else {
            classify_run(t, words, covered, hits);
        }
        i = k.max(i + 1);
    }
}

/// The closing bracket of `(Justice and Home Affairs)` opening at token `k`:
/// capitalised words and connectors, two words at least, not all capitals.
fn configuration_end(text: &str, t: &[Token], k: usize) -> Option<usize> {
    if t.get(k)?.text != "(" || !adjacent(text, t, k - 1, k) && t[k].start != t[k - 1].end + 1 {
        return None;
    }
    let close = (k + 1..t.len().min(k + 8)).find(|&c| t[c].text == ")")?;
    let inside = &t[k + 1..close];
    let words_ok = inside
        .iter()
        .all(|w| w.is_capitalised() || matches!(w.text, "and" | "of" | "for" | "&" | ","));
    let mixed_case = inside.iter().any(|w| w.is_capitalised() && !w.is_all_caps());
    (inside.len() >= 2 && words_ok && mixed_case).then_some(close)
}

/// `TechPlomacy initiative`, `We call it TechVelopment, a track`: a camel-case
/// coinage named as an initiative is a programme.
fn find_camel_case_initiatives(t: &[Token], hits: &mut Vec<RuleHit>) {
    for (k, tok) in t.iter().enumerate() {
        if !tok.word || !tok.may_be_camel_case() || !is_camel_case(tok.text) {
            continue;
        }
        let next = t.get(k + 1).map(|n| n.text);
        let apposition = next == Some(",")
            && t.get(k + 2).is_some_and(|a| matches!(a.text, "a" | "an" | "the"))
            && t.get(k + 3).is_some_and(|n| n.is(&INITIATIVE_NOUNS));
        if next.is_some_and(|n| is_in(&INITIATIVE_NOUNS, n)) || apposition {
            hits.push(RuleHit {
                start: tok.start,
                end: tok.end,
                kind: EntityKind::Programme,
                canonical: None,
            });
        }
    }
}

/// `General's`, `Israel’s`: the owner ends here; what follows is another name.
pub(super) fn is_possessive(w: &str) -> bool {
    (w.ends_with("'s") || w.ends_with("’s")) && !is_in(&NAME_POSSESSIVES, w)
}

fn is_camel_case(w: &str) -> bool {
    // Asked of every word: no allocation, and most words fail on the first letter.
    let mut chars = w.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let (mut lower, mut hump, mut prev_lower) = (0, false, false);
    for c in chars {
        if !c.is_alphabetic() {
            return false;
        }
        let is_lower = c.is_lowercase();
        hump |= prev_lower && c.is_uppercase();
        lower += usize::from(is_lower);
        prev_lower = is_lower;
    }
    hump && lower >= 3
}

/// `at Backåkra, Sweden`: a capitalised word after `in`/`at`/`near`, then a comma
/// and a known place, is a place too.
/// `Eastern Indonesia`, `North Viet-Nam`: a compass word before a known place.
fn find_compass_regions(t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>) {
    for k in 0..t.len().saturating_sub(1) {
        let (w, next) = (&t[k], &t[k + 1]);
        // `East and South China Seas`: the place is part of a longer name, not a region.
        let longer = t
            .get(k + 2)
            .is_some_and(|after| after.is_capitalised() && after.start == next.end + 1);
        if w.is(&COMPASS)
            && !longer
            && covered(next.start, next.end) == Some(EntityKind::Place)
            && w.end + 1 == next.start
        {
            hits.push(RuleHit {
                start: w.start,
                end: next.end,
                kind: EntityKind::Place,
                canonical: None,
            });
        }
    }
}

fn find_places_beside_countries(t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>) {
    for k in 1..t.len().saturating_sub(2) {
        let prep = t[k - 1].text;
        if !matches!(prep, "in" | "at" | "near" | "i" | "à") {
            continue;
        }
        let w = &t[k];
        if w.is_capitalised()
            && covered(w.start, w.end).is_none()
            && !w.is(&OPENERS)
            && t[k + 1].text == ","
            && covered(t[k + 2].start, t[k + 2].end) == Some(EntityKind::Place)
        {
            hits.push(RuleHit {
                start: w.start,
                end: w.end,
                kind: EntityKind::Place,
                canonical: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::run_words::joined_starts_with;
    use super::super::tokens::tokenize;
    use super::*;

    fn find(text: &str, toks: &[Token], covered: Covered) -> Vec<RuleHit> {
        let mut hits = Vec::new();
        find_names(text, toks, covered, &mut hits, &mut Vec::new());
        hits
    }

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let toks = tokenize(text);
        let none = |_: usize, _: usize| None;
        let mut v: Vec<_> = find(text, &toks, &none)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.kind.as_str()))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    fn has(v: &[(String, &str)], s: &str, k: &str) -> bool {
        v.iter().any(|(a, b)| a == s && *b == k)
    }

    #[test]
    fn people_after_role_cues_with_titles_stripped() {
        let v = names(
            "co-chaired by the European Commissioner for the Internal Market, Thierry Breton and the Korean Minister for Science and ICT (MSIT), Dr. Lee Jong-Ho.",
        );
        assert!(has(&v, "Thierry Breton", "person"), "{v:?}");
        assert!(has(&v, "Lee Jong-Ho", "person"), "{v:?}");
        let v = names(
            "Danish Minister for Development Cooperation Ulla Tørnæs said: fine. His special envoy Staffan de Mistura this morning.",
        );
        assert!(
            has(&v, "Ulla Tørnæs", "person") && has(&v, "Staffan de Mistura", "person"),
            "{v:?}"
        );
        let v = names("led by co-chairs Melinda Gates and Jack Ma. Prime Minister Kristersson said so.");
        assert!(
            has(&v, "Melinda Gates", "person") && has(&v, "Jack Ma", "person") && has(&v, "Kristersson", "person"),
            "{v:?}"
        );
        let v =
            names("At the invitation of Her Excellency Megawati Soekarnoputri, President of the Republic of Indonesia");
        assert!(has(&v, "Megawati Soekarnoputri", "person"), "{v:?}");
        assert!(
            !v.iter().any(|(s, k)| *k == "person" && s.contains("Republic")),
            "{v:?}"
        );
        let v = names("Mr. President, I wish to congratulate you.");
        assert!(!v.iter().any(|(_, k)| *k == "person"), "{v:?}");
    }

    #[test]
    fn organisations_and_programmes_by_head_word() {
        let v = names(
            "the Smart Networks and Services Joint Undertaking and the Ministry of Science and ICT (MSIT) and the Internet Engineering Task Force.",
        );
        assert!(
            has(&v, "Smart Networks and Services Joint Undertaking", "organization"),
            "{v:?}"
        );
        assert!(has(&v, "Ministry of Science and ICT", "organization"), "{v:?}");
        assert!(has(&v, "Internet Engineering Task Force", "organization"), "{v:?}");
        let v = names(
            "the Tallinn Declaration of 2017, the UN Secretary General's Roadmap on Digital Cooperation and the upcoming Global Digital Cooperation Strategy to be",
        );
        assert!(has(&v, "Tallinn Declaration", "programme"), "{v:?}");
        assert!(has(&v, "Roadmap on Digital Cooperation", "programme"), "{v:?}");
        assert!(has(&v, "Global Digital Cooperation Strategy", "programme"), "{v:?}");
        let v = names("The Council notes. The Panel is convened.");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_texts_kind_or_a_spokesman_before_of_is_not_the_bodys_name() {
        let v = names("Statement of the Spokesman of the Ministry of Foreign Affairs of Turkey on the attack.");
        assert!(
            has(&v, "Ministry of Foreign Affairs of Turkey", "organization"),
            "{v:?}"
        );
        let v = names("Press Release Regarding Senate of Chile and the Quartet");
        assert!(has(&v, "Senate of Chile", "organization"), "{v:?}");
        let v = names("the Communiqué of the Peace and Security Council was adopted.");
        assert!(has(&v, "Peace and Security Council", "organization"), "{v:?}");
    }

    #[test]
    fn a_generic_name_of_three_words_names_the_programme_but_of_two_does_not() {
        let v = names("They welcomed the progress made on the Joint Plan of Action agreed at the meeting.");
        assert!(has(&v, "Joint Plan of Action", "programme"), "{v:?}");
        let v = names("They signed a Peace Agreement and a Political Declaration.");
        assert!(v.iter().all(|(_, k)| *k != "programme"), "{v:?}");
    }

    #[test]
    fn a_ministry_of_two_portfolios_is_one_body() {
        let v = names("the Ministry of Foreign Affairs and Expatriates condemned the attack.");
        assert!(
            has(&v, "Ministry of Foreign Affairs and Expatriates", "organization"),
            "{v:?}"
        );
    }

    #[test]
    fn rounds_talks_appeals_and_visions_are_programmes() {
        // A dialogue stays a body, as the shared gold files its two.
        let v = names(
            "the Clean Energy Incentives Dialogue, the Uruguay Round, the Six-Party Talks, the Flash Appeal and the Joint Vision.",
        );
        assert!(has(&v, "Clean Energy Incentives Dialogue", "organization"), "{v:?}");
        for p in ["Uruguay Round", "Six-Party Talks", "Flash Appeal", "Joint Vision"] {
            assert!(has(&v, p, "programme"), "{p}: {v:?}");
        }
    }

    #[test]
    fn camel_case_initiatives_and_places_beside_countries() {
        let v = names("as part of the TechPlomacy initiative. We call it TechVelopment, a track under it.");
        assert!(
            has(&v, "TechPlomacy", "programme") && has(&v, "TechVelopment", "programme"),
            "{v:?}"
        );
        let text = "at the retreat at Backåkra, Sweden, on 22 April";
        let toks = tokenize(text);
        let sweden = text.find("Sweden").unwrap();
        let covered = move |s: usize, _e: usize| (s == sweden).then_some(EntityKind::Place);
        let hits = find(text, &toks, &covered);
        assert!(
            hits.iter()
                .any(|h| &text[h.start..h.end] == "Backåkra" && h.kind == EntityKind::Place)
        );
    }

    proptest::proptest! {
        #[test]
        fn joined_starts_with_is_join_then_starts_with(
            words in proptest::collection::vec("[ab ]{0,3}", 0..4),
            prefix in "[ab ]{0,6}",
        ) {
            let joined = words.join(" ");
            proptest::prop_assert_eq!(
                joined_starts_with(words.iter().map(String::as_str), &prefix),
                joined.starts_with(&prefix)
            );
        }
    }
}
