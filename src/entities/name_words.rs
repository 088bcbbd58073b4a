//! Whether a word can be part of a personal name, and the forms names take
//! around their words: particles (`al-`, `bin`, `d'`), a family name first in
//! capitals, initials (`R.`, `Th.`), role compounds (`Chairperson-in-Office`).

use std::borrow::Cow;

use super::given::is_given_token;
use super::names::{Covered, adjacent, is_possessive};
use super::tokens::Token;
use super::vocab::{CALENDAR, CONNECTORS, CUES, NOT_NAMES, OPENERS, PARTICLES, is_in, lists_of};
use crate::document::EntityKind;

pub(super) fn is_cue(t: &Token) -> bool {
    t.word && t.is(&CUES)
}

/// `PRIME` in a capitals headline is looked up as `Prime`.
pub(super) fn as_title_word<'t>(t: &Token<'t>) -> Cow<'t, str> {
    if t.is_all_caps() && t.text.chars().count() > 1 {
        let mut c = t.text.chars();
        c.next()
            .map(|f| Cow::Owned(f.to_string() + &c.as_str().to_lowercase()))
            .unwrap_or_default()
    } else {
        Cow::Borrowed(t.text)
    }
}

/// Whether `w`, lower-cased, is a connector (`Of`, `AND`); connectors are
/// ASCII words of three bytes at most (a test checks), so no lower-cased copy
/// is made of an ASCII word, and a longer one is none.
pub(super) fn is_connector_in_any_case(w: &str) -> bool {
    let mut buf = [0u8; CONNECTOR_MAX_LEN];
    match w.as_bytes() {
        b if b.len() <= buf.len() && b.is_ascii() => {
            let lower = &mut buf[..b.len()];
            lower.copy_from_slice(b);
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(|l| is_in(&CONNECTORS, l))
        }
        b if b.is_ascii() => false,
        b if b.len() <= 3 * buf.len() => is_in(&CONNECTORS, &w.to_lowercase()),
        _ => false,
    }
}

pub(super) const CONNECTOR_MAX_LEN: usize = 3;

/// Could `t` be part of a personal name? All-caps words (`ICT`, `EU`) only
/// count in a capitals headline (`caps`), where the role cue was in capitals too.
pub(super) fn name_like(t: &Token, covered: Covered, caps: bool) -> bool {
    // Most words fail the first test, so it comes first.
    if !t.is_capitalised() {
        return (t.text.starts_with('d') && elided_particle(t) || article_prefixed(t))
            && !matches!(covered(t.start, t.end), Some(k) if k != EntityKind::Person);
    }
    let w = as_title_word(t);
    let lists = match &w {
        Cow::Borrowed(_) => t.lists,
        Cow::Owned(title) => lists_of(title),
    };
    let acronym = t.is_all_caps() && t.text.chars().count() > 1;
    // A page's buttons and labels glued after a name (`George W. Bush Click
    // to print`, `… Moufarrege Time: 04:01pm`, `Mahuta Announces …`); not in
    // `NOT_NAMES`, which would also end the name before them.
    // A headline's verb after a name (`Secretary Clinton Remarks on START`,
    // `Deputy Secretary Travels to India`) is no more a name.
    let button = matches!(
        t.text,
        "Click"
            | "Print"
            | "Share"
            | "Download"
            | "Tweet"
            | "Time"
            | "Announces"
            | "Statement"
            | "Subj"
            | "Remarks"
            | "Travels"
            | "Travel"
            | "Visits"
            | "Meets"
            | "Welcomes"
            | "Condemns"
            | "Urges"
            | "Hosts"
            | "Attends"
            | "Holds"
            | "Responds"
            | "Reacts"
            | "Says"
            | "Calls"
            | "Receives"
            | "Addresses"
            | "Speaks"
            | "Signs"
            | "Congratulates"
            | "Expresses"
            | "Summit"
    );
    // `Shinzo Abe FacebookTwitterWhatsappLinkedin`: a page's sharing
    // buttons, their names glued into one word.
    let sharing = ["Facebook", "Twitter", "Whatsapp", "WhatsApp", "Linkedin", "LinkedIn"]
        .iter()
        .any(|s| t.text.starts_with(s) && t.text.len() > s.len());
    (caps || !acronym)
        && !button
        && !sharing
        && !is_abstract_noun(t.text)
        && !t.is(&NOT_NAMES)
        && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && t.text.chars().next().is_some_and(char::is_alphabetic)
        && !NOT_NAMES.has(lists)
        && !CUES.has(lists)
        && !OPENERS.has(lists)
        && !CALENDAR.has(lists)
        && !is_connector_in_any_case(&w)
        && !t.text.ends_with(['\'', '’'])
        && !role_compound(t)
        && !is_possessive(t.text)
        && !matches!(covered(t.start, t.end), Some(k) if k != EntityKind::Person)
}

/// `al`, `Al`, `bin`: a particle before an Arab family name, in either case.
pub(super) fn is_family_particle(t: &Token) -> bool {
    t.is(&PARTICLES) || matches!(t.text, "Al" | "El" | "Bin" | "Ibn")
}

/// `Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah`: a given name that is also a
/// place's, before the particles of an Arab name (or before a father's
/// name and then the particles: `Sheikh Sabah Khalid Al-Hamad Al-Sabah`).
pub(super) fn place_before_particle(text: &str, t: &[Token], k: usize, covered: Covered) -> bool {
    let tok = &t[k];
    let particle = |n: &Token| {
        n.text.starts_with("Al-")
            || n.text.starts_with("El-")
            || article_prefixed(n)
            || matches!(n.text, "bin" | "bint" | "ibn")
    };
    tok.is_capitalised()
        && !tok.is_all_caps()
        && covered(tok.start, tok.end) == Some(EntityKind::Place)
        && t.get(k + 1).is_some_and(|n| {
            adjacent(text, t, k, k + 1)
                && (particle(n)
                    || (super::given::is_given_token(n)
                        && t.get(k + 2)
                            .is_some_and(|m| particle(m) && adjacent(text, t, k + 1, k + 2))))
        })
}

/// A capitalised word after an Arab name's particle: its family name,
/// whatever else the word may be (`Al Sabah`, `Al Said`, `Al Thani`).
pub(super) fn family_name_word(t: &[Token], n: usize, covered: Covered) -> bool {
    t.get(n).is_some_and(|w| {
        w.word
            && w.is_capitalised()
            && !w.is_all_caps()
            && matches!(
                covered(w.start, w.end),
                None | Some(EntityKind::Place | EntityKind::Person)
            )
    })
}

/// `al-Qaysi`, `el-Gammal`: an Arab family name with its article in lower
/// case, one word.
pub(super) fn article_prefixed(t: &Token) -> bool {
    let rest = t
        .text
        .strip_prefix("al-")
        .or_else(|| t.text.strip_prefix("el-"))
        .unwrap_or("");
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.count() >= 2
}

/// `d'Estaing`, `d’Alema`: a surname with its elided particle, one word.
pub(super) fn elided_particle(t: &Token) -> bool {
    let rest = t
        .text
        .strip_prefix("d'")
        .or_else(|| t.text.strip_prefix("d’"))
        .unwrap_or("");
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.clone().count() >= 2 && chars.all(char::is_lowercase)
}

/// `Integration`, `Intervention`, `Enforcement`: a capitalised abstract noun
/// (of a ministry's or an office's name, a headline's), which no surname is.
fn is_abstract_noun(word: &str) -> bool {
    const SUFFIXES: &[&str] = &["tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence"];
    word.len() >= 8
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && SUFFIXES.iter().any(|s| word.ends_with(s))
        && !super::given::is_given_name(word)
}

/// `Chairperson-in-Office`, `Commander-in-Chief`: a role's compound, part of
/// the role before a name, never of the name.
#[inline]
pub(super) fn role_compound(t: &Token) -> bool {
    // (Asked of every word of a run: most have no dash, and need no split.)
    t.text.as_bytes().contains(&b'-')
        && t.text
            .split('-')
            .skip(1)
            .any(|part| matches!(part, "in" | "of" | "at" | "for"))
}

/// `Muldoon` of `Muldoon's`: `name_like` asked of the word without its `'s`.
pub(super) fn owner_name_like(t: &Token, bare: &str, covered: Covered) -> bool {
    let lists = lists_of(bare);
    t.is_capitalised()
        && !t.is_all_caps()
        && bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && ![&NOT_NAMES, &CUES, &OPENERS, &CALENDAR].iter().any(|l| l.has(lists))
        && !is_in(&NOT_NAMES, bare)
        // (`Ukraine’s Day`: the place is found without its possessive.)
        && ![(t.start, t.end), (t.start, t.start + bare.len())]
            .iter()
            .any(|&(s, e)| matches!(covered(s, e), Some(k) if k != EntityKind::Person))
}

/// `Mr. HAYASHI Yoshimasa`, `H.E. Mr. KISHIDA Fumio`: a family name in
/// capitals before a known given name, as Japan's and Korea's ministries
/// write names, right after an honorific.
pub(super) fn family_name_first(text: &str, t: &[Token], k: usize, covered: Covered) -> bool {
    let honorific = |i: usize| {
        matches!(
            t[i].text,
            "Mr." | "Ms." | "Mrs." | "Mr" | "Ms" | "Mrs" | "Dr." | "H.E." | "MR." | "Minister" | "Ambassador"
        )
    };
    k > 0
        && (honorific(k - 1) || (t[k - 1].text == "." && k > 1 && honorific(k - 2)))
        && is_capitals_word(&t[k])
        && name_like(&t[k], covered, true)
        && t.get(k + 1)
            .is_some_and(|g| g.is_capitalised() && !g.is_all_caps() && is_given_token(g) && adjacent(text, t, k, k + 1))
}

/// `R`, `K`, `T`: one capital (not a roman numeral).
pub(super) fn is_initial(t: &Token) -> bool {
    t.word && matches!(t.text.as_bytes(), [c] if c.is_ascii_uppercase() && !matches!(c, b'I' | b'V' | b'X'))
}

/// `Yuri V. Dubinin`, `Malcolm X. Smith`: a letter that may be a roman
/// numeral is an initial between a given name and a surname, its dot on it.
fn roman_letter_as_initial(t: &[Token], k: usize) -> bool {
    t[k].word
        && matches!(t[k].text, "I" | "V" | "X")
        && k > 0
        && t[k - 1].is_capitalised()
        && !t[k - 1].is_all_caps()
        && t.get(k + 1).is_some_and(|d| d.text == "." && d.start == t[k].end)
        && t.get(k + 2).is_some_and(|s| {
            s.word
                && s.is_capitalised()
                && s.text.chars().skip(1).any(char::is_lowercase)
                && s.start == t[k + 1].end + 1
        })
}

/// `Th.`, `Ch.`: a transliterated name's initial of two letters, before its dot.
pub(super) fn is_digraph_initial(t: &[Token], k: usize) -> bool {
    t[k].word
        && matches!(t[k].text, "Th" | "Ch" | "Ph" | "Sh" | "Kh" | "Zh")
        && t.get(k + 1).is_some_and(|d| d.text == "." && d.start == t[k].end)
}

/// Where the initial at `k` ends, its dot included (`R.`): the index after it.
#[inline]
pub(super) fn initial_end(t: &[Token], k: usize) -> Option<usize> {
    // Every initial (`R`, `Th`, a roman `V`) is a capital and at most one
    // more letter: asked of every word, most are done here.
    let w = t.get(k)?;
    if w.text.len() > 2 || !w.text.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    if is_digraph_initial(t, k) {
        return Some(k + 2);
    }
    let tok = t.get(k).filter(|w| is_initial(w) || roman_letter_as_initial(t, k))?;
    match t.get(k + 1) {
        Some(dot) if dot.text == "." && dot.start == tok.end => Some(k + 2),
        _ => Some(k + 1),
    }
}

/// A word of three capitals or more (`MICHEL`, `HELVEG`).
pub(super) fn is_capitals_word(t: &Token) -> bool {
    t.is_all_caps() && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connectors_are_short_ascii_words() {
        assert!(CONNECTORS.iter().all(|w| w.is_ascii() && w.len() <= CONNECTOR_MAX_LEN));
        assert!(is_connector_in_any_case("OF") && is_connector_in_any_case("And"));
        assert!(!is_connector_in_any_case("Ofen") && !is_connector_in_any_case("Über"));
    }
}
