//! Where a name's span is not what the rules read: an article cites its act
//! (`Article 130u of the EC Treaty`), a body named for a list keeps the list
//! (`Committee on Immigration, Frontiers and Asylum`), a programme's edition
//! ends with its years or opens with one, and one known by its acronym
//! keeps the common noun printed after it (`the COVAX facility`).

use super::lexicon::Lexicon;
use crate::document::EntityKind;

/// Where the act begins in `Article 130u of the EC Treaty`, `Articles 2 and
/// 3 of the Charter`, `paragraph 4 of the Agreement` (after `of the`).
pub(super) fn article_of(name: &str) -> Option<usize> {
    let lower = name.get(..10)?.to_lowercase();
    if !["article ", "articles ", "paragraph ", "section ", "chapter ", "annex "]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None;
    }
    let of = name
        .find(" of the ")
        .map(|i| i + 8)
        .or_else(|| name.find(" of ").map(|i| i + 4))?;
    name[of..].starts_with(char::is_uppercase).then_some(of)
}

/// `Strategic Committee on Immigration, Frontiers and Asylum`, `Department of
/// Compliance, Risk Management, and Ethics`: a body named for a list, which
/// the name rules cut at its first comma. Returns the end of the whole list
/// (capitalised items, the last after `and`), when the name reads `… on/of/for X`.
pub(super) fn listed_object_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let name = &text[start..end];
    if ![" on ", " of ", " for "].iter().any(|p| name.contains(p)) {
        return None;
    }
    let is_word =
        |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).all(|c| c.is_alphabetic() || c == '-');
    // The length of the run of one to three capitalised words opening `s`.
    let run = |s: &str| {
        let (mut len, mut at) = (0, 0);
        for (n, w) in s.split(' ').enumerate() {
            let word = w.trim_end_matches([',', '.', ';', ')']);
            // (`Ministry of Transport, Mrs Josephine Teo, and …`: a person named
            // after the body is no portfolio of it.)
            // (`… Council of Europe, and I agree`, `Department of Foreign
            // Affairs, Ladies and Gentlemen`: a pronoun or a vocative after
            // the body is no item of its name.)
            let honorific = n == 0
                && matches!(
                    word,
                    "Mr" | "Mrs"
                        | "Ms"
                        | "Dr"
                        | "Sir"
                        | "Prof"
                        | "Madam"
                        | "I"
                        | "Ladies"
                        | "Gentlemen"
                        | "Excellencies"
                        | "Colleagues"
                        | "Friends"
                        | "Dear"
                        | "Distinguished"
                );
            // (`State Council, and President Rodrigo Roa Duterte`, `…
            // Council, and Rodrigo Duterte`: nor is a person, by role or
            // given name.)
            let person = n == 0 && (super::vocab::ROLES.contains(word) || super::given::is_given_name(word));
            if n == 3 || !is_word(word) || honorific || person {
                break;
            }
            len = at + word.len();
            if word.len() < w.len() {
                break;
            }
            at += w.len() + 1;
        }
        len
    };
    let mut at = end;
    loop {
        let item = text[at..].strip_prefix(", ")?;
        // The last item, after `and` (with or without the serial comma).
        let (lead, last) = match item.strip_prefix("and ") {
            Some(last) => (0, last),
            None => {
                let len = run(item);
                if len == 0 {
                    return None;
                }
                match item[len..].strip_prefix(" and ") {
                    Some(last) => (len + 5, last),
                    None if item[len..].starts_with(", ") => {
                        at += 2 + len;
                        continue;
                    }
                    None => return None,
                }
            }
        };
        let len = run(last);
        let lead = if lead == 0 { 4 } else { lead };
        return (len > 0).then(|| at + 2 + lead + len);
    }
}

/// Where a year or a period of years printed right before `start` begins
/// (`the 2016 Peace Agreement`, `the 2021-2027 Action Plan`), if one is.
pub(super) fn year_before(text: &str, start: usize) -> Option<usize> {
    let head = text[..start].strip_suffix(' ')?;
    let len = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–')
            .len();
    let at = start - 1 - len;
    let word = &text[at..start - 1];
    let year =
        |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")) && y.bytes().all(|b| b.is_ascii_digit());
    // (`on 12 March 2016 Peace Agreement`: a date's year is the date's.)
    let bounded = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        && text[..at]
            .split_whitespace()
            .next_back()
            .is_none_or(|w| crate::dates::month_number(w.trim_end_matches(['.', ','])).is_none());
    let ok = match word.split_once(['-', '–']) {
        Some((a, b)) => year(a) && (year(b) || (b.len() == 2 && b.bytes().all(|c| c.is_ascii_digit()))),
        None => year(word),
    };
    (ok && bounded).then_some(at)
}

/// Whether a name holds a word of its own: an acronym or a known place's,
/// body's or person's name (`Vienna Convention`, `EU Strategy for Central
/// Asia`), where `Strategic Concept` and `Peace Agreement` hold none.
pub(super) fn named_by_own_words(lexicon: &Lexicon, name: &str) -> bool {
    let words: Vec<&str> = name.split([' ', '-', '–', '/']).filter(|w| !w.is_empty()).collect();
    let acronym = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    // (Up to four words: `United Nations`, `Southeast Asia`. Asked only of
    // a name with a year before it, which is rare.)
    let known = |from: usize, len: usize| {
        lexicon.lookup(&words[from..from + len].join(" ")).is_some_and(|e| {
            matches!(
                lexicon.entries[e].kind,
                EntityKind::Place | EntityKind::Organization | EntityKind::Person
            )
        })
    };
    words.iter().any(acronym)
        || (0..words.len()).any(|from| (1..=4.min(words.len() - from)).any(|len| known(from, len)))
}

/// Where ` 2020-2024` / ` 2021–27` right after `end` ends, if it is there.
pub(super) fn year_range_after(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '–'))
        .unwrap_or(rest.len());
    let range = &rest[..len];
    let (from, to) = range.split_once(['-', '–'])?;
    let year = from.len() == 4 && (from.starts_with("19") || from.starts_with("20"));
    let ok = year && (to.len() == 2 || to.len() == 4) && to.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(end + 1 + len)
}

/// The common nouns a programme known by its acronym is printed with.
const ACRONYM_HEADS: &[&str] = &[
    "agreement",
    "agreements",
    "facility",
    "treaty",
    "programme",
    "program",
    "initiative",
    "mechanism",
    "framework",
    "strategy",
    "convention",
];

/// `COVAX facility`, `CFE agreement`: where the common noun after a
/// programme's acronym (the span `start..end`) ends, if one follows it.
pub(super) fn head_noun_after(text: &str, start: usize, end: usize) -> Option<usize> {
    let acronym = &text[start..end];
    if acronym.len() < 2 || !acronym.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
        return None;
    }
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    ACRONYM_HEADS.contains(&&rest[..len]).then_some(end + 1 + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_programmes_acronym_keeps_the_noun_printed_after_it() {
        let text = "the COVAX facility and the CFE agreement; COVAX facilities; the CFE Treaty; Covax facility";
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            head_noun_after(text, at("COVAX"), at("COVAX") + 5),
            Some(at("COVAX facility") + 14)
        );
        assert_eq!(
            head_noun_after(text, at("CFE"), at("CFE") + 3),
            Some(at("CFE agreement") + 13)
        );
        assert_eq!(
            head_noun_after(text, at("COVAX facilities"), at("COVAX facilities") + 5),
            None
        );
        assert_eq!(head_noun_after(text, at("CFE Treaty"), at("CFE Treaty") + 3), None);
        assert_eq!(head_noun_after(text, at("Covax"), at("Covax") + 5), None);
    }
}
