//! A page's publication field printed below the text, as reposting sites and
//! some ministries do (`Date of publication: 9 Dec 2019` under a press
//! contact block): a clause that is nothing but the field dates the page when
//! its head does not.

use super::lines::floor_char_boundary as floor;
use crate::dates::first_full_date;

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

#[cfg(test)]
mod tests {
    use super::*;

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
