//! A page's publication field printed below the text, as reposting sites and
//! some ministries do (`Date of publication: 9 Dec 2019` under a press
//! contact block): a clause that is nothing but the field dates the page when
//! its head does not. So does the issuer's stamp that closes a ministry's
//! release (`MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 12 OCTOBER 2007`),
//! even run on after the last sentence.

use super::lines::floor_char_boundary as floor;
use crate::dates::{first_full_date, first_full_date_at};

/// Labels of a publication field, lower case. A bare `Date:` is left out:
/// in a body it more often gives a meeting's day than the page's.
const LABELS: [&str; 8] = [
    "date of publication",
    "publication date",
    "published on",
    "published:",
    "posted on",
    "posted:",
    "date published",
    "release date",
];

/// A field is short: the label, the date and perhaps a time.
const FIELD_MAX: usize = 60;

/// The date of the first clause that is a publication field alone.
pub fn stamp_date<'a>(mut texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts.find_map(|t| {
        let t = t.trim();
        if t.len() > FIELD_MAX {
            return None;
        }
        let head = t[..floor(t, 24)].to_lowercase();
        LABELS
            .iter()
            .any(|l| head.starts_with(l))
            .then(|| first_full_date(t))
            .flatten()
    })
}

/// Words of an issuer's name in a closing stamp, lower case.
const ISSUERS: [&str; 8] = [
    "ministry",
    "embassy",
    "department",
    "office",
    "mission",
    "secretariat",
    "ministère",
    "ministerio",
];

/// The day of an issuer's stamp closing one of the last clauses: an
/// issuer's name in capitals (a place may follow it) and a date that ends
/// the text. A sentence that ends with a date is no stamp: the words before
/// the date must hold no lower-case word.
pub fn closing_stamp<'a>(texts: impl DoubleEndedIterator<Item = &'a str>) -> Option<String> {
    texts.rev().take(3).find_map(|text| {
        let t = text.trim_end_matches(|c: char| c == '|' || c.is_whitespace());
        if !t.ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let tail = &t[floor(t, t.len().saturating_sub(100))..];
        // The last date of the tail, which must run to the end.
        let mut from = 0;
        let mut last = None;
        while let Some((at, date)) = first_full_date_at(&tail[from..]) {
            last = Some((from + at, date));
            from += at + tail[from + at..].find(' ').unwrap_or(tail.len() - from - at).max(1);
            if from >= tail.len() {
                break;
            }
        }
        let (at, date) = last?;
        if tail.len() - at > 20 {
            return None;
        }
        // The stamp's words: back from the date to a sentence's end or quote.
        let before = tail[..at].trim_end();
        // (Past the mark's own bytes: `”` has three.)
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '.' | '"' | '”' | '!' | '?' | ':'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let stamp = before[start..].trim();
        let words: Vec<&str> = stamp.split_whitespace().collect();
        let capitals = (2..=8).contains(&words.len()) && words.iter().all(|w| !w.chars().any(char::is_lowercase));
        let lower = stamp.to_lowercase();
        // (`MIINISTRY`: the word as the page misspelt it still ends so.)
        let issuer = ISSUERS.iter().any(|w| lower.contains(w)) || lower.contains("nistry");
        (capitals && issuer).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issuers_stamp_closing_the_text_dates_it() {
        let texts = [
            "Referring to the Presidential Statement on Myanmar issued on 11 October 2007, the MFA Spokesman said:",
            "\"Singapore welcomes it. \" MIINISTRY OF FOREIGN AFFAIRS SINGAPORE 12 OCTOBER 2007 |",
        ];
        assert_eq!(closing_stamp(texts.into_iter()).as_deref(), Some("2007-10-12"));
        let texts = [
            "We offer our condolences.",
            "MINISTRY OF FOREIGN AFFAIRS ABUJA, NIGERIA 23 March 2024",
        ];
        assert_eq!(closing_stamp(texts.into_iter()).as_deref(), Some("2024-03-23"));
        // A closing quotation mark of several bytes before the stamp.
        let texts = ["“We welcome it.” MINISTRY OF FOREIGN AFFAIRS SINGAPORE 12 OCTOBER 2007"];
        assert_eq!(closing_stamp(texts.into_iter()).as_deref(), Some("2007-10-12"));
    }

    #[test]
    fn a_sentence_ending_with_a_date_is_no_stamp() {
        let texts = ["The Ministry of Foreign Affairs will host the meeting on 12 October 2007"];
        assert_eq!(closing_stamp(texts.into_iter()), None);
        let texts = ["THE COUNCIL MET IN BRUSSELS ON 12 OCTOBER 2007"];
        assert_eq!(closing_stamp(texts.into_iter()), None);
    }

    #[test]
    fn a_publication_field_below_the_text_dates_it() {
        let texts = [
            "The Council today adopted conclusions on the EU Arctic policy.",
            "Press officer +32 2 281 45 48",
            "Date of publication: 9 Dec 2019",
            "Link to sender’s website",
        ];
        assert_eq!(stamp_date(texts.into_iter()).as_deref(), Some("2019-12-09"));
        assert_eq!(
            stamp_date(["Published: 3 March 2021 10:15"].into_iter()).as_deref(),
            Some("2021-03-03")
        );
    }

    #[test]
    fn a_sentence_or_a_bare_date_label_is_no_field() {
        let texts = [
            "Published on 3 March 2021, the report found that the programme had met most of its aims by then.",
            "Date: 12 March 2024",
        ];
        assert_eq!(stamp_date(texts.into_iter()), None);
    }
}
