//! A document's date read from its body when its head gives none: a short
//! line opening the text (`Version of 4 December 2015@10.00`, `As of 3 March
//! 2021`), or the formula a treaty, declaration or joint statement is signed
//! with at its end (`Done at Minsk on 8 December 1991 in three copies…`), read
//! from the last clauses only: an earlier `done at` is part of the argument.

use crate::dates::first_full_date;

/// How far from the end a signature block is looked for, in clauses (a
/// multilateral text closes with one line per signatory).
const TAIL: usize = 40;

/// Formula openings in the languages treaties are most often signed in.
const CUES: [&str; 10] = [
    "done at ",
    "done in ",
    "signed at ",
    "signed in ",
    "adopted at ",
    "fait à ",
    "fait a ",
    "hecho en ",
    "geschehen zu ",
    "gedaan te ",
];

/// How many clauses open a text's body, and how long a line there may be, for
/// a date on it to be the document's (longer lines are prose about events).
const OPENING: usize = 3;
const OPENING_LINE: usize = 80;

/// The ISO date of a short line among the first clauses (`texts` in order).
pub fn opening_date<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts
        .take(OPENING)
        .filter(|t| t.len() <= OPENING_LINE)
        // `2015@10.00`: a time glued to the year.
        .find_map(|t| first_full_date(&t.replace('@', " ")))
}

/// The place and ISO date of the last signature formula among `tail` (the
/// document's clause texts, in order).
pub fn signed_date<'a>(texts: impl DoubleEndedIterator<Item = &'a str>) -> Option<(Option<String>, String)> {
    texts.rev().take(TAIL).find_map(|text| {
        let head: String = text.chars().take(200).collect();
        let lower = head.to_lowercase();
        let cue = CUES.iter().find(|c| lower.starts_with(*c))?;
        let rest = &head[cue.len()..];
        let date = first_full_date(rest)?;
        // The place runs up to the first comma or ` on `/` this `.
        let place: String = rest
            .split([',', ';'])
            .next()
            .unwrap_or("")
            .split(" on ")
            .next()
            .unwrap_or("")
            .split(" this ")
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let place = (!place.is_empty()
            && place.len() <= 40
            && place.starts_with(char::is_uppercase)
            && !place.chars().any(|c| c.is_ascii_digit()))
        .then_some(place);
        Some((place, date))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_formula_dates_the_text() {
        let texts = [
            "The Parties agree as follows.",
            "Done at Minsk on 8 December 1991 in three copies, each in the Byelorussian, Russian and Ukrainian languages.",
            "For the Republic of Belarus",
        ];
        assert_eq!(
            signed_date(texts.into_iter()),
            Some((Some("Minsk".to_string()), "1991-12-08".to_string()))
        );
        let french = ["Fait à Paris, le 12 décembre 2015."];
        assert_eq!(
            signed_date(french.into_iter()).map(|(_, d)| d).as_deref(),
            Some("2015-12-12")
        );
    }

    #[test]
    fn a_short_line_opening_the_text_dates_it() {
        let texts = [
            "Work of the contact group",
            "Version of 4 December 2015@10.00",
            "DRAFT AGREEMENT",
        ];
        assert_eq!(opening_date(texts.into_iter()).as_deref(), Some("2015-12-04"));
        let prose = [
            "On 4 December 2015 the contact group met at length in Paris to consider the draft text, and agreed on it.",
        ];
        assert_eq!(opening_date(prose.into_iter()), None);
        let late = ["a", "b", "c", "Version of 4 December 2015"];
        assert_eq!(opening_date(late.into_iter()), None);
    }

    #[test]
    fn without_a_formula_or_a_date_there_is_none() {
        assert_eq!(signed_date(["Done at the earliest opportunity."].into_iter()), None);
        assert_eq!(signed_date(["Work was done in 2015 on 3 May 2015."].into_iter()), None);
        let mut early = vec!["Done at Geneva on 1 May 2001."];
        early.extend(std::iter::repeat_n("Article text.", TAIL));
        assert_eq!(
            signed_date(early.into_iter()),
            None,
            "only the closing clauses are read"
        );
    }
}
