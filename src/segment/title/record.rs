//! A release's record line: its reference number and its day as labelled
//! fields on one line, `Reference Number: PR211389, Release Date: Jul 22,
//! 2021` (the Government of Malta's releases, in English and in Maltese:
//! `Numru ta' Referenza: PR211389, Data ta' l-Istqarrija : Lul 22, 2021`).

use crate::dates::parse_dateline;

/// Labels of a release's own number.
const NUMBER_LABELS: &[&str] = &[
    "reference number",
    "reference no.",
    "reference no",
    "ref. no.",
    "release number",
    "release no.",
    "numru ta' referenza",
    "numru ta’ referenza",
];

/// The number (and the day, when the line gives one) of a record line.
pub(super) fn release_record(text: &str) -> Option<(String, Option<String>)> {
    if text.len() > 160 || !text.contains(':') {
        return None;
    }
    let mut number = None;
    let mut date = None;
    let mut offset = 0;
    for field in text.split(", ") {
        let field_start = offset;
        offset += field.len() + ", ".len();
        let Some((raw_label, value)) = field.split_once(':') else {
            // `Jul 22, 2021`: the date's own comma split it; the year is
            // read with the field before.
            continue;
        };
        let label = raw_label.trim().to_lowercase();
        let value = value.trim();
        if NUMBER_LABELS.contains(&label.as_str()) {
            let code = value.len() <= 24
                && value.bytes().any(|b| b.is_ascii_digit())
                && !value.contains(' ')
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.'));
            if !code {
                return None;
            }
            number = Some(value.to_string());
        } else {
            // The value runs to the line's end: a date's comma is inside it.
            let at = field_start + raw_label.len() + ':'.len_utf8();
            date = date.or_else(|| {
                parse_dateline(text.get(at..)?.trim()).and_then(|(place, d)| d.filter(|_| place.is_none()))
            });
        }
    }
    number.map(|n| (n, date))
}

#[cfg(test)]
mod tests {
    use super::release_record;

    #[test]
    fn reads_a_releases_number_and_day_in_english_and_maltese() {
        assert_eq!(
            release_record("Reference Number: PR211389, Release Date: Jul 22, 2021"),
            Some(("PR211389".into(), Some("2021-07-22".into())))
        );
        assert_eq!(
            release_record("Numru ta' Referenza: PR211389, Data ta' l-Istqarrija : Lul 22, 2021"),
            Some(("PR211389".into(), Some("2021-07-22".into())))
        );
        assert_eq!(
            release_record("Reference Number: PR0123"),
            Some(("PR0123".into(), None))
        );
        // (Byte offsets, not searches: a value may hold any text.)
        assert_eq!(
            release_record("Ref. no.: X1, Dáta: ü 22 é, Date : Jul 22, 2021  "),
            Some(("X1".into(), Some("2021-07-22".into())))
        );
        // A sentence that mentions a reference is no record.
        assert_eq!(release_record("Reference number: see the annex, Brussels"), None);
        assert_eq!(release_record("Release Date: Jul 22, 2021"), None);
    }
}
