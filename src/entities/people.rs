//! People found by rules: a name after a role cue (`Minister … Ulla Tørnæs`,
//! `H.E. Dr. …`), before `said`, or opening with a known given name; a name
//! runs over capitalised words and particles and may end in `Jr.`/`Sr.`.

use super::given::is_given_token;
use super::name_words::{
    family_name_first, family_name_word, initial_end, is_capitals_word, is_cue, is_family_particle, is_initial,
    name_like, owner_name_like, place_before_particle, role_compound,
};
use super::names::{Covered, RuleHit, adjacent, is_possessive};
use super::tokens::Token;
use super::vocab::{CONNECTORS, NOT_NAMES, OPENERS, ORG_HEADS, PARTICLES, PROGRAMME_HEADS};
use crate::document::EntityKind;

/// `J.T.`, `S.M.`: two or three initials printed as one word; not a
/// country's or an office's (`U.S.`, `H.E.`).
#[inline]
pub(super) fn is_dotted_initials(t: &Token) -> bool {
    // (Asked of every word of a name: most have no dot second.)
    if t.text.as_bytes().get(1) != Some(&b'.') {
        return false;
    }
    let b = t.text.trim_end_matches('.').as_bytes();
    (3..=5).contains(&b.len())
        && b.iter()
            .enumerate()
            .all(|(i, c)| if i % 2 == 0 { c.is_ascii_uppercase() } else { *c == b'.' })
        && !matches!(
            b,
            b"U.S"
                | b"U.K"
                | b"U.N"
                | b"E.U"
                | b"H.E"
                | b"H.M"
                | b"H.H"
                | b"H.R.H"
                | b"H.K.H"
                | b"S.K.H"
                | b"S.A.R"
                | b"D.C"
                | b"U.S.A"
                | b"P.M"
                | b"A.M"
        )
}

/// `By Manal Abdel Fattah` on a line of its own under a headline: a
/// reporter's byline, two to four capitalised words.
fn is_byline(text: &str, by: &Token) -> bool {
    if by.text != "By" || !text[..by.start].trim_end_matches([' ', '\t']).ends_with('\n') {
        return false;
    }
    let rest = &text[by.end..];
    let line = rest[..rest.find('\n').unwrap_or(rest.len())].trim();
    let words = line.split_whitespace().count();
    (2..=4).contains(&words)
        && line.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        })
}

/// `Thierry Breton` in `Commissioner for the Internal Market, Thierry Breton`,
/// `Lee Jong-Ho` after `Dr.`, `Ulla Tørnæs` before `said`; `and Jack Ma` after a name.
pub(super) fn find_people(text: &str, t: &[Token], covered: Covered, hits: &mut Vec<RuleHit>) {
    let mut i = 0;
    while i < t.len() {
        // `Statement by Philip T. Reeker`: the author of a text named by its kind.
        let author = t[i].text == "by"
            && i > 0
            && matches!(
                t[i - 1].text,
                "Statement" | "statement" | "Remarks" | "remarks" | "Address" | "address" | "Speech" | "speech"
            )
            && t.get(i + 1).is_some_and(|n| is_given_token(n));
        let author = author || is_byline(text, &t[i]);
        if !is_cue(&t[i]) && !author {
            i += 1;
            continue;
        }
        // Skip the rest of the role (`for Foreign Affairs`, `of the Council,`) to the name.
        let caps = t[i].is_all_caps() && t[i].text.chars().filter(|c| c.is_alphabetic()).count() > 2;
        // `His Excellency OBIANG NGUEMA MBASOGO`, `Lord SEWEL`, `Mr Karel
        // PINXTEN`: after a form of address in mixed case a name may be set in
        // capitals (as African, Asian and Council texts print surnames); the
        // address names a person, so no given name is asked for.
        let upper = caps || is_form_of_address(t[i].text);
        let mut j = i + 1;
        let mut skipped_comma = false;
        let limit = (i + 12).min(t.len());
        while j < limit {
            let tok = &t[j];
            // `Secretary (East) Preeti Saran`: what the brackets hold qualifies the role.
            if tok.text == "("
                && let Some(close) = (j + 1..limit.min(j + 6)).find(|&c| t[c].text == ")")
            {
                j = close + 1;
                continue;
            }
            // `Minister for Law Edwin Tong`: a word right after `for`/`of` names
            // the portfolio, unless it is a given name.
            // (`ministro degli Esteri Federica Mogherini`: Italian's article-prepositions too.)
            // `Chair of the 14th Islamic Summit`, `Chairperson of the SADC
            // Organ`: after an ordinal or a body's acronym the words name a
            // meeting or the body, not its holder.
            // (An ordinal and the capitalised words after it, up to this one.)
            let after_ordinal = (i + 1..j)
                .rev()
                .take_while(|&k| t[k].is_capitalised() || is_ordinal(t[k].text))
                .any(|k| is_ordinal(t[k].text));
            let after_connector = j > i + 1
                && (t[j - 1].is(&CONNECTORS)
                    || matches!(t[j - 1].text, "degli" | "della" | "delle" | "dello" | "dei")
                    || (t[j - 1].text == "the" && j > i + 2 && t[j - 2].is(&CONNECTORS))
                    || after_ordinal
                    || (covered(t[j - 1].start, t[j - 1].end) == Some(EntityKind::Organization)
                        && t[j - 1].is_all_caps()
                        && adjacent(text, t, j - 1, j)))
                && !is_given_token(tok);
            // `Air Chief Marshal`, `Vice President`: a word that opens the next
            // role is part of it.
            // (Only a role's own words: `Lord Glenarthur Minister of State` names him first.)
            // (`His Highness the Amir Sheikh Meshal`: after `the`, a word
            // before a title is a title too.)
            let opens_role = tok.is_capitalised()
                && (tok.is(&NOT_NAMES)
                    || matches!(
                        tok.text,
                        "Air" | "Vice" | "Field" | "Fleet" | "Rear" | "Lieutenant" | "Major" | "Acting" | "Under"
                    )
                    || t[j - 1].text == "the")
                && t.get(j + 1).is_some_and(is_cue)
                && adjacent(text, t, j, j + 1);
            // `Head of Asia and Pacific Directorate, Adenan`: a body's head word is the role's.
            let body = tok.is(&ORG_HEADS);
            let owner = is_possessive(tok.text)
                && owner_name_like(tok, tok.text.trim_end_matches("'s").trim_end_matches("’s"), covered);
            // (A capitals word after an address has three letters at least:
            // `Mr. AR. Shamsud Doha` has initials there, `Mr. NI!<EZIC` OCR's debris.)
            let upper = caps || (upper && letters(tok) >= 3);
            let starts = (name_like(tok, covered, upper) && !body)
                || owner
                || (tok.is(&PARTICLES)
                    // (`Außenminister der Ostseestaaten`: German's article
                    // opens no name; `von der Leyen` opens with `von`.)
                    && !matches!(tok.text, "la" | "le" | "el" | "al" | "der")
                    && t.get(j + 1).is_some_and(|n| name_like(n, covered, upper)))
                // `R. Boháč`; `A J Nicholson`, two initials.
                || initial_end(t, j).is_some_and(|n| {
                    t.get(n).is_some_and(|w| {
                        name_like(w, covered, true)
                            || (is_initial(w) && initial_end(t, n).and_then(|m| t.get(m)).is_some_and(|x| name_like(x, covered, true)))
                    })
                })
                || place_before_particle(text, t, j, covered)
                || place_before_given(text, t, j, covered, upper)
                || title_before_bin(text, t, j, covered, caps)
                || family_name_first(text, t, j, covered);
            // `Président du Conseil des Ministres, Son Excellence …`: a
            // Romance possessive before a form of address opens the next
            // person's titles, not this role's holder.
            if matches!(tok.text, "Son" | "Sa" | "Su" | "Sua") && t.get(j + 1).is_some_and(is_cue) {
                j = limit;
                break;
            }
            // (`the Eleventh Session of …`: an ordinal opens no name.)
            let starts = starts && !is_ordinal(tok.text) && !is_title_before_doctor(t, j);
            if starts && !opens_role && !(after_connector && tok.is_capitalised() && !is_initial(tok)) {
                break;
            }
            let portfolio = tok.word
                && (tok.is(&CONNECTORS)
                    || (after_connector && tok.is_capitalised())
                    || body
                    || tok.text == "the"
                    // `Son Excellence le Professeur …`, `Su Excelencia el
                    // Presidente …`: a Romance article before the next title.
                    || (matches!(tok.text, "le" | "la" | "el" | "o") && t.get(j + 1).is_some_and(is_cue))
                    || tok.is(&NOT_NAMES)
                    || is_cue(tok)
                    || is_title_before_doctor(t, j)
                    || role_compound(tok)
                    || opens_role
                    || tok.is_all_caps()
                    || covered(tok.start, tok.end).is_some());
            // `Amb. Raychelle Omamo`: an abbreviated title's dot.
            // (`Your Excellencies. My …`: a full word's dot ends its sentence.)
            let bracket =
                matches!(tok.text, "(" | ")") || (tok.text == "." && is_cue(&t[j - 1]) && t[j - 1].text.len() <= 5);
            let comma = tok.text == "," && !skipped_comma;
            // `Chairperson on Today's Attack`: after a possessive that is no
            // one's name the next word is its thing, not the role's holder.
            let owned = is_possessive(tok.text) && !owner;
            if !(portfolio || bracket || comma) || owned {
                j = limit;
                break;
            }
            skipped_comma |= comma;
            j += 1;
        }
        if j >= limit {
            i += 1;
            continue;
        }
        let upper = caps || (upper && letters(&t[j]) >= 3);
        let (end_idx, hit) = person_at(text, t, j, covered, upper);
        // `SECRETARY CHRISTOPHER:`, `PRIME MINISTER BLAIR:`: a transcript's
        // speaker, a role and a surname in capitals opening the clause before
        // a colon.
        // (The role opens the clause or a line of it: `… June 26, 1996
        // ⏎ SECRETARY CHRISTOPHER: …` in a hard-wrapped transcript.)
        let mut role_start = i;
        while role_start > 0
            && t[role_start - 1].is_all_caps()
            && t[role_start - 1].text.chars().any(char::is_alphabetic)
            && !text[t[role_start - 1].end..t[role_start].start].contains('\n')
        {
            role_start -= 1;
        }
        let opens_line = role_start == 0 || text[t[role_start - 1].end..t[role_start].start].contains('\n');
        let speaker = caps
            && i - role_start <= 2
            && opens_line
            && end_idx == j + 1
            && t[j].is_all_caps()
            && letters(&t[j]) >= 3
            && t.get(end_idx).is_some_and(|c| c.text == ":");
        // In a capitals headline a run of capitals after a role is a name only
        // with a given name in it (`PRESIDENT ON RECENT TERRORIST ATTACKS`).
        let hit = hit.filter(|_| speaker || !caps || t[j..end_idx].iter().any(|w| is_given_token(w)));
        // `His Highness the Amir on …`, `Her Majesty the Queen`: one word
        // after a title and `the` is the title's holder named by office.
        let hit = hit.filter(|_| !(end_idx == j + 1 && j > i + 1 && t[j - 1].text == "the"));
        // `Canada Gatineau, Quebec`: one word before a comma and a place is a place.
        let hit = hit.filter(|_| {
            !(end_idx == j + 1
                && t.get(end_idx).is_some_and(|c| c.text == ",")
                && t.get(end_idx + 1)
                    .is_some_and(|p| covered(p.start, p.end) == Some(EntityKind::Place)))
        });
        // `Secretary-General Strongly Condemns …`, `Mr. President, Allow me
        // …`, `Minister Holds a Presser`: a headline's or a speech's next word
        // after a role (an adverb, a verb before `me` or an article) is no one.
        let hit = hit.filter(|_| {
            let one = &t[j];
            let next = t.get(end_idx).map(|n| n.text);
            !(end_idx == j + 1
                // (`Ambassador Insanally our …`: a surname may end so; an
                // adverb is followed by its headline's capitalised verb.)
                && ((one.text.ends_with("ly") && next.is_some_and(|n| n.starts_with(char::is_uppercase)))
                    || matches!(next, Some("me" | "us"))
                    || (one.text.ends_with('s') && matches!(next, Some("a" | "an" | "the")))))
        });
        // `Chairperson Decision:`: one word before a colon is a field's label.
        let hit = hit.filter(|_| speaker || !(end_idx == j + 1 && t.get(end_idx).is_some_and(|c| c.text == ":")));
        // `Minister, Australian Embassy`: words before a body's head word are its name.
        let hit = hit.filter(|_| {
            !t.get(end_idx).is_some_and(|n| {
                n.is_capitalised()
                    && adjacent(text, t, end_idx - 1, end_idx)
                    && (n.is(&ORG_HEADS) || n.is(&PROGRAMME_HEADS) || n.is(&NOT_NAMES))
                    && !is_cue(n)
                    // (`Ambassador A. Azzoni The Chairperson …`: a flattened page's next sentence.)
                    && !n.is(&OPENERS)
                    // (`Mr Ramón de MIGUEL State Secretary for …`: the next role's first word.)
                    && !t.get(end_idx + 1).is_some_and(|r| is_cue(r) && adjacent(text, t, end_idx, end_idx + 1))
            })
        });
        if let Some(h) = hit {
            hits.push(h);
            // `Melinda Gates and Jack Ma`: a second name joined by `and`.
            if t.get(end_idx).is_some_and(|a| a.text == "and") {
                let (_, second) = person_at(text, t, end_idx + 1, covered, caps);
                if let Some(s) = second.filter(|s| text[s.start..s.end].contains(' ')) {
                    hits.push(s);
                }
            }
        }
        i = end_idx.max(i + 1);
    }
    // `Ulla Tørnæs said`: two or three name words right before `said`. Whether a
    // name is already inside a hit is asked of the hits so far, sorted by start
    // with the furthest end up to each, not of every hit per `said` (quadratic:
    // 1 MB of `Minister Abc Def said` took 0.6 s, found by fuzzing). Hits pushed
    // below never cover a later name: `said` itself is not a name word.
    super::given_pairs::find_given_name_pairs(text, t, covered, hits);
    let mut known: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    known.sort_unstable();
    let furthest: Vec<usize> = known
        .iter()
        .scan(0, |reach, &(_, end)| {
            *reach = end.max(*reach);
            Some(*reach)
        })
        .collect();
    let inside_a_hit = |start: usize, end: usize| {
        let upto = known.partition_point(|&(s, _)| s <= start);
        upto > 0 && furthest[upto - 1] >= end
    };
    for k in 1..t.len() {
        if t[k].text != "said" {
            continue;
        }
        let mut s = k;
        while s > 0 && k - s < 4 && (name_like(&t[s - 1], covered, false) || t[s - 1].is(&PARTICLES)) {
            s -= 1;
        }
        // One word will do (`Tjan said no`).
        // A plural (`Officials said`) is no one, and nor is a title after an
        // article (`HH The Amir said`).
        let after_article = s > 0 && t[s - 1].text.eq_ignore_ascii_case("the");
        let single = k - s == 1 && !t[s].is_all_caps() && !t[s].text.ends_with('s') && !after_article;
        if (k - s >= 2 || single) && name_like(&t[s], covered, false) && !inside_a_hit(t[s].start, t[k - 1].end) {
            hits.push(person_hit(text, t[s].start, t[k - 1].end));
        }
    }
    super::titled_lists::find_titled_lists(text, t, covered, hits);
    super::siblings::find_list_siblings(text, t, covered, hits);
}

fn letters(t: &Token) -> usize {
    t.text.chars().filter(|c| c.is_alphabetic()).count()
}

/// A form of address that is always followed by a person's name.
fn is_form_of_address(word: &str) -> bool {
    matches!(
        word,
        "Excellency"
            | "H.E."
            | "Mr"
            | "Mr."
            | "Mrs"
            | "Mrs."
            | "Ms"
            | "Ms."
            | "Lord"
            | "Lady"
            | "Sir"
            | "Dame"
            | "Madam"
            | "Madame"
            | "Monsieur"
            | "Mme"
            | "Mme."
            | "Dr"
            | "Dr."
    )
}

/// `15th`, `3RD`: a number with an ordinal's suffix.
pub(super) fn is_numeric_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &word.as_bytes()[digits..];
    digits > 0
        && [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(*s))
}

/// `14th`, `21st`, `Seventy-Seventh`, `Fourteenth`: an ordinal.
fn is_ordinal(word: &str) -> bool {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return is_numeric_ordinal(word);
    }
    let lower = word.to_ascii_lowercase();
    // (`Seventh`, `Twentieth`, `Seventy-Seventh`; not `North`, `Smith`.)
    lower.len() > 5
        && (lower.ends_with("first") || lower.ends_with("second") || lower.ends_with("third") || lower.ends_with("th"))
        && [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "teenth", "tieth",
        ]
        .iter()
        .any(|o| lower.ends_with(o))
}

/// The name starting at token `j`: capitalised words and particles, at most
/// five; a surname in capitals may follow a first name (`Louis MICHEL`), and
/// `Jr.`/`Sr.` end it (`Martin Luther King, Jr.`).
/// `Mr Sultan bin Saad Al Muraikhi`: a title that is also a given name,
/// before an Arab name's `bin`.
fn title_before_bin(text: &str, t: &[Token], k: usize, covered: Covered, caps: bool) -> bool {
    t[k].is_capitalised()
        && t.get(k + 1).is_some_and(|n| matches!(n.text, "bin" | "bint" | "ibn"))
        && adjacent(text, t, k, k + 1)
        && t.get(k + 2).is_some_and(|w| name_like(w, covered, caps))
}

/// `Tun Dr. Mahathir Mohamad`: a Malay title before a doctor's is the
/// name's honorific, as the doctor's is (`Tun Razak` keeps it).
fn is_title_before_doctor(t: &[Token], j: usize) -> bool {
    matches!(t[j].text, "Tun" | "Toh" | "Tan") && t.get(j + 1).is_some_and(|d| matches!(d.text, "Dr" | "Dr."))
}

/// `Hon. Arlington Alexander Musgrove`: after a role or an address, a given
/// name that is also a place's, a known given name and a name after it.
fn place_before_given(text: &str, t: &[Token], k: usize, covered: Covered, caps: bool) -> bool {
    let tok = &t[k];
    // (A place of one word: `Kyrgyz Republic Roza Otunbayeva` names the
    // state, then its president.)
    let whole = k == 0 || covered(t[k - 1].start, tok.end) != Some(EntityKind::Place);
    whole
        && tok.is_capitalised()
        && !tok.is_all_caps()
        && covered(tok.start, tok.end) == Some(EntityKind::Place)
        && t.get(k + 1)
            .is_some_and(|g| is_given_token(g) && adjacent(text, t, k, k + 1))
        && t.get(k + 2)
            .is_some_and(|w| name_like(w, covered, caps) && adjacent(text, t, k + 1, k + 2))
}

pub(super) fn person_at(text: &str, t: &[Token], j: usize, covered: Covered, caps: bool) -> (usize, Option<RuleHit>) {
    if is_title_before_doctor(t, j) {
        return (j + 1, None);
    }
    let mut k = j;
    // Particles do not count towards the name's length (`Badr bin Hamad bin
    // Hamoud Al Busaidi`).
    let mut particles = 0;
    while k < t.len() && k - j < 6 + particles {
        let tok = &t[k];
        // `bin Haji Abdul Rashid`: an honorific after a particle is the name's.
        // `bin Dato Abdul Rahman`: and the Malay titles.
        // `Hassan Sheikh Mohamud`: and a Somali name's `Sheikh`.
        let honorific = |n: usize| {
            t.get(n).is_some_and(|h| {
                matches!(
                    h.text,
                    "Haji"
                        | "Hajah"
                        | "Dato"
                        | "Dato'"
                        | "Dato’"
                        | "Datuk"
                        | "Tun"
                        | "Tan"
                        | "Sri"
                        | "Seri"
                        | "Sheikh"
                        | "Shaikh"
                )
            }) && t.get(n + 1).is_some_and(|w| name_like(w, covered, caps))
        };
        // `Al Mohammed Al Sabah`, `Fahd bin Mahmoud Al Said`: a family name
        // after a particle, though a place's or a verb's.
        let family_word = |n: usize| family_name_word(t, n, covered);
        let place_given = k == j
            && (place_before_particle(text, t, k, covered)
                || title_before_bin(text, t, k, covered, caps)
                || place_before_given(text, t, k, covered, caps));
        // `de la Fuente`, `van der Stoel`: two particles before the surname.
        // `Björn von SYDOW`, `Hans VAN DEN BROEK`: a Council list's surname
        // in capitals, its particles in either case.
        let surname_at = |n: usize| {
            t.get(n).is_some_and(|w| {
                name_like(w, covered, caps) || (k > j && is_capitals_word(w) && name_like(w, covered, true))
            })
        };
        // `Staffan De Mistura`, `Herman Van Rompuy`: inside a name, a particle
        // may be capitalised.
        let particle_word = |n: usize| {
            t.get(n)
                .is_some_and(|w| w.is(&PARTICLES) || capitals_particle(w) || (n > j && title_case_particle(w)))
        };
        // (`José Luis Rodríguez Zapatero de España`: a particle before a
        // known place that ends the name says whose the person is; no dev
        // gold lists a name ending so.)
        let of_place = t
            .get(k + 1)
            .is_some_and(|w| covered(w.start, w.end) == Some(EntityKind::Place))
            && !t
                .get(k + 2)
                .is_some_and(|n| n.is_capitalised() && adjacent(text, t, k + 1, k + 2));
        // `Miguel de la Madrid Hurtado`: a surname that is also a place's
        // name, after particles inside a name, with the second surname after it.
        let place_then_surname = |n: usize| {
            k > j
                && t.get(n)
                    .is_some_and(|w| w.is_capitalised() && covered(w.start, w.end) == Some(EntityKind::Place))
                && t.get(n + 1)
                    .is_some_and(|w| name_like(w, covered, caps) && adjacent(text, t, n, n + 1))
        };
        let particle = particle_word(k)
            && !of_place
            && (surname_at(k + 1)
                || honorific(k + 1)
                || (k > j && is_family_particle(tok) && family_word(k + 1))
                || (particle_word(k + 1) && (surname_at(k + 2) || place_then_surname(k + 2))));
        let inner_place = k > j + 1 && particle_word(k - 1) && particle_word(k - 2) && place_then_surname(k);
        // (`Al` in `Mishal Al Ahmed Al Jaber Al Sabah` reads as a name word,
        // but counts as a particle towards the name's length.)
        if particle || (k > j && is_family_particle(tok)) {
            particles += 1;
        }
        // `bin Haji Abdul Rashid`, `Abdullah Haji Ahmad Badawi`: after a particle or a name word.
        let honorific_inside =
            k > j && (t[k - 1].is(&PARTICLES) || name_like(&t[k - 1], covered, caps)) && honorific(k);
        let family_place = k > j + 1 && is_family_particle(&t[k - 1]) && family_word(k);
        // `Ambassador Francisco Madeira`: a surname that is also a place's
        // name, right after a given name and ending the name.
        let place_surname = k > j
            && is_given_token(&t[k - 1])
            && tok.is_capitalised()
            && !tok.is_all_caps()
            && covered(tok.start, tok.end) == Some(EntityKind::Place)
            && !t
                .get(k + 1)
                .is_some_and(|n| n.is_capitalised() && adjacent(text, t, k, k + 1));
        // `Luis VALENCIA RODRIGUEZ`: a signature's surnames in capitals, the
        // first also a place's name (a second surname follows it).
        let place_surname = place_surname
            || (k > j
                && tok.is_all_caps()
                && letters(tok) >= 3
                && is_given_token(&t[k - 1])
                && covered(tok.start, tok.end) == Some(EntityKind::Place)
                && t.get(k + 1).is_some_and(|n| {
                    is_capitals_word(n) && name_like(n, covered, true) && adjacent(text, t, k, k + 1)
                }));
        // `Mr Muldoon's letter`: the owner is the name's last word, without `'s`.
        if is_possessive(tok.text) && adjacent(text, t, j, k) {
            let bare = tok.text.trim_end_matches("'s").trim_end_matches("’s");
            if owner_name_like(tok, bare, covered) {
                return (k + 1, Some(person_hit(text, t[j].start, tok.start + bare.len())));
            }
        }
        let capitals_surname = (k > j && is_capitals_word(tok) && name_like(tok, covered, true))
            || (k == j && family_name_first(text, t, k, covered));
        // `R. Boháč`, `Faaolesa Katopau T. Ainuu`, `K Shanmugam`: an initial before a name word.
        // `Frederick J.T. Chiluba`: initials printed as one dotted word, inside a name.
        let after_initial = initial_end(t, k).or_else(|| is_dotted_initials(tok).then_some(k + 1));
        let initial =
            after_initial.is_some_and(|n| t.get(n).is_some_and(|w| name_like(w, covered, true) || is_initial(w)));
        // `Zayed bin Sultan Al - Nahayan`: the article's hyphen typed spaced.
        let spaced_hyphen = k > j
            && tok.text == "-"
            && matches!(t[k - 1].text, "Al" | "El")
            && t.get(k + 1).is_some_and(|w| name_like(w, covered, caps));
        if spaced_hyphen {
            particles += 1;
        }
        if !(name_like(tok, covered, caps)
            || particle
            || inner_place
            || spaced_hyphen
            || honorific_inside
            || family_place
            || place_given
            || place_surname
            || capitals_surname
            || initial)
            || !adjacent(text, t, j, k)
        {
            break;
        }
        // (An initial's dot is a token of its own, and no more of the name's
        // length: `H. E. Julius Maada Bio` is a name of three words.)
        if initial && after_initial.is_some_and(|n| n > k + 1) {
            particles += 1;
        }
        k = if initial { after_initial.unwrap_or(k + 1) } else { k + 1 };
    }
    // A name ends with a name word, not an initial or a particle.
    while k > j
        && !name_like(&t[k - 1], covered, true)
        && !(k - 1 > j && is_given_token(&t[k - 2]) && covered(t[k - 1].start, t[k - 1].end) == Some(EntityKind::Place))
        // (`Qaboos Bin Said`: the particle may be the name's second word.)
        && !(k >= j + 3 && is_family_particle(&t[k - 2]) && family_name_word(t, k - 1, covered))
    {
        k -= 1;
    }
    // `Mr Robert Wright Vienna, 26 September 2005`: a flattened page's
    // dateline after a signature; its place is no surname.
    if k >= j + 3
        && covered(t[k - 1].start, t[k - 1].end) == Some(EntityKind::Place)
        && t.get(k).is_some_and(|c| c.text == ",")
        && t.get(k + 1).is_some_and(|d| {
            d.text.starts_with(|c: char| c.is_ascii_digit()) || crate::dates::month_number(d.text).is_some()
        })
    {
        k -= 1;
    }
    if k > j && t[k - 1].text == "." {
        k = j;
    }
    if k == j {
        return (j + 1, None);
    }
    // `Green2`, `Sato's1`: a footnote mark glued to the last word is not the name's.
    let mut end = t[k - 1].end;
    let last = &text[t[k - 1].start..end];
    let bare = last.trim_end_matches(|c: char| c.is_ascii_digit());
    if bare.len() < last.len() {
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        end = t[k - 1].start + bare.len();
    }
    let suffix = |i: usize| {
        t.get(i)
            // (A monarch's number: `Mohammed VI`, `Carl XVI Gustaf` is read as two names.)
            .is_some_and(|s| {
                matches!(
                    s.text,
                    "Jr."
                        | "Sr."
                        | "Jr"
                        | "Sr"
                        | "II"
                        | "III"
                        | "IV"
                        | "V"
                        | "VI"
                        | "VII"
                        | "VIII"
                        | "IX"
                        | "X"
                        | "XI"
                        | "XII"
                )
            })
    };
    // `King Hussein I of …`, `King Idriss I;`: a first monarch's number,
    // after a monarch's title only (elsewhere `I` is the speaker).
    let first_of_line = |i: usize| {
        t.get(i).is_some_and(|s| s.text == "I")
            && j > 0
            && matches!(
                t[j - 1].text,
                "King" | "Queen" | "Emperor" | "Empress" | "Sultan" | "Pope" | "Tsar" | "Shah"
            )
            && t.get(i + 1)
                .is_none_or(|n| matches!(n.text, "of" | "," | ";" | "." | ")"))
    };
    if (suffix(k) || first_of_line(k)) && adjacent(text, t, k - 1, k) {
        end = t[k].end;
        k += 1;
    } else if t.get(k).is_some_and(|c| c.text == ",") && suffix(k + 1) {
        end = t[k + 1].end;
        k += 2;
    }
    (k, Some(person_hit(text, t[j].start, end)))
}

/// `VAN`, `DEN`, `VON`: a particle of a surname printed in capitals.
pub(super) fn title_case_particle(t: &Token) -> bool {
    matches!(
        t.text,
        "Van" | "Von" | "Den" | "Der" | "De" | "Del" | "Della" | "Da" | "Di" | "Dos" | "Du" | "Ten" | "Ter"
    )
}

fn capitals_particle(t: &Token) -> bool {
    matches!(
        t.text,
        "VAN" | "VON" | "DEN" | "DER" | "DE" | "DEL" | "DELLA" | "DA" | "DI" | "DOS" | "DU" | "TEN" | "TER"
    )
}

pub(super) fn person_hit(text: &str, start: usize, end: usize) -> RuleHit {
    let end = spaced_article_end(text, start, end).unwrap_or(end);
    // `Sri K.S. Bajpai`: India's honorific before initials is no part of the
    // name (`Sri Mulyani Indrawati`'s given name is).
    let start = match text[start..end].strip_prefix("Sri ") {
        Some(rest) if rest.split(' ').next().is_some_and(|w| w.len() >= 2 && w.ends_with('.')) => start + 4,
        _ => start,
    };
    // `U Wunna Maung Lwin`, `Daw Aung San Suu Kyi`: Burmese courtesy titles
    // before a name of two words or more (read as an initial otherwise).
    let start = match text[start..end]
        .strip_prefix("U ")
        .or_else(|| text[start..end].strip_prefix("Daw "))
    {
        Some(rest) if rest.split(' ').count() >= 2 && rest.starts_with(char::is_uppercase) => end - rest.len(),
        _ => start,
    };
    // `H. E. Uhuru Kenyatta`: His Excellency's letters, spaced as initials.
    let start = match text[start..end].strip_prefix("H. E. ") {
        Some(rest) if rest.split(' ').count() >= 2 => end - rest.len(),
        _ => start,
    };
    let surface = &text[start..end];
    // `JOHN HOWARD` in a capitals headline is John Howard.
    let canonical =
        (surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)).then(|| title_case(surface));
    RuleHit {
        start,
        end,
        kind: EntityKind::Person,
        canonical,
    }
}

/// `Sabah Al-Ahmad Al-Jaber Al- Sabah`: an Arabic article a PDF's line
/// break parted from the name it belongs to; the name's end after it.
fn spaced_article_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let last = text[start..end].rsplit(' ').next()?;
    let rest = &text[end..];
    let after = match last {
        "Al" | "al" | "El" | "el" => rest.strip_prefix("- ")?,
        "Al-" | "al-" | "El-" | "el-" => rest.strip_prefix(' ')?,
        _ => return None,
    };
    let word = after
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .next()?;
    (word.chars().count() >= 2 && word.starts_with(char::is_uppercase)).then(|| text.len() - after.len() + word.len())
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut out = String::new();
            let mut upper = true;
            for c in w.chars() {
                if upper {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                upper = c == '-';
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}
