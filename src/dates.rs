//! Calendar dates written out in prose (`26 March 2024`, `March 26, 2024`,
//! `22 april 2018`, `2024-03-26`) to ISO `YYYY-MM-DD`. Shared by metadata and
//! entity extraction so both read dates the same way.

/// English month names, for writing dates out (`26 March 2024`).
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month names in the languages briefings arrive in, lowercased, with month number.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    // German
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    // Swedish, Danish, Norwegian
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("maj", 5),
    ("augusti", 8),
    ("marts", 3),
    ("oktober", 10),
    ("desember", 12),
    // Spanish, Italian, Portuguese, Dutch
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
];

/// Month number for a month name in any supported language, any case.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, n)| n)
}

/// True for English full month names (the only ones entity patterns start on,
/// so that `mar` or `mai` in prose are not taken for months).
pub fn is_full_month_name(word: &str) -> bool {
    word.len() >= 3
        && month_number(word).is_some()
        && MONTHS
            .iter()
            .any(|(name, _)| name.len() > 3 && name.eq_ignore_ascii_case(word.trim_end_matches('.')))
}

fn iso(year: u32, month: u8, day: u32) -> Option<String> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        // 29 February only in a leap year: `29 February 2023` is no date.
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1000..=2999).contains(&year) && (1..=days).contains(&day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Whether `s` is exactly an ISO date that exists (`2024-02-29`, not `2023-02-29`).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 10 && b[4] == b'-' && b[7] == b'-' && iso_like(s).as_deref() == Some(s)
}

fn number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.', ')', ';', ':']);
    let w = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th")
        .trim_end_matches("er");
    (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// The first full date (day, month and year) in `text`, as ISO.
pub fn first_full_date(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for i in 0..words.len() {
        if let Some(d) = full_date_at(&words, i) {
            return Some(d);
        }
    }
    None
}

/// A full date starting at word `i`: `26 March 2024`, `12-13 August 2001` (the
/// last day), `March 26, 2024`, `2024-03-26`, `26.3.2024`.
fn full_date_at(words: &[&str], i: usize) -> Option<String> {
    let w = words[i];
    if let Some(d) = iso_like(w) {
        return Some(d);
    }
    let get = |k: usize| words.get(i + k).copied();
    // Day first: `26 March 2024`, `12-13 August 2001`, `26. März 2024`.
    let day_word = w.rsplit(['-', '–']).next().unwrap_or(w);
    if let (Some(day), Some(m), Some(y)) = (number(day_word), get(1), get(2))
        && let (Some(month), Some(year)) = (month_number(m.trim_end_matches(',')), number(y))
        && day <= 31
        && year >= 1000
    {
        return iso(year, month, day);
    }
    // Month first: `March 26, 2024`.
    if let (Some(month), Some(d), Some(y)) = (month_number(w), get(1), get(2))
        && let (Some(day), Some(year)) = (number(d), number(y))
        && d.ends_with(',')
        && year >= 1000
    {
        return iso(year, month, day);
    }
    None
}

fn iso_like(w: &str) -> Option<String> {
    let w = w.trim_matches(|c: char| !c.is_ascii_digit());
    let parts: Vec<&str> = w.split(['-', '.', '/']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    // A part too long for a u32 is no date (and must not shorten `n`: found by fuzzing).
    let n: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    if parts[0].len() == 4 && w.contains('-') {
        return iso(n[0], u8::try_from(n[1]).ok()?, n[2]);
    }
    if parts[2].len() == 4 && w.contains('.') {
        return iso(n[2], u8::try_from(n[1]).ok()?, n[0]);
    }
    None
}

/// A line that is only a dateline: `Brussels, 26 March 2024`, `Jakarta 13 August`,
/// `13 August 2001`, `March 26, 2024`. Returns (place, ISO date if the year is known).
pub fn parse_dateline(line: &str) -> Option<(Option<String>, Option<String>)> {
    let line = line.trim().trim_matches('*').trim();
    let line = line.trim_end_matches(['.', '–', '-', '—']).trim();
    let line = without_language_tag(line);
    // Every date form has a day or year in digits; most short paragraphs have none.
    if line.is_empty() || line.len() > 80 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    // Find where the date begins; everything before is the place.
    for start in 0..words.len().min(5) {
        let rest = &words[start..];
        let Some(date_len) = dateline_date_len(rest) else {
            continue;
        };
        if date_len != rest.len() {
            // A date followed by more words is prose, not a dateline.
            return None;
        }
        let place = words[..start].join(" ");
        let place = place.trim_end_matches(',').trim();
        if !place.is_empty() && !place_like(place) {
            return None;
        }
        let iso = full_date_at(rest, 0);
        return Some(((!place.is_empty()).then(|| place.to_string()), iso));
    }
    None
}

/// `Brussels, 5 December 2019 (OR. en)`: the Council's original-language tag,
/// printed on the date's line when the letterhead is laid out as a table.
fn without_language_tag(line: &str) -> &str {
    let Some(open) = line.rfind('(') else { return line };
    let tag = line[open + 1..].trim_end_matches(')').trim();
    let is_tag = line.ends_with(')')
        && tag.strip_prefix("OR").is_some_and(|rest| {
            let rest = rest.trim_start_matches('.').trim();
            !rest.is_empty()
                && rest
                    .split([',', ' '])
                    .filter(|l| !l.is_empty())
                    .all(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_alphabetic()))
        });
    if is_tag { line[..open].trim_end() } else { line }
}

/// How many words of `w` form a date: `26 March 2024` (3), `13 August` (2),
/// `March 26, 2024` (3). `None` when `w` does not start with a date.
fn dateline_date_len(w: &[&str]) -> Option<usize> {
    let first = w.first()?;
    if iso_like(first).is_some() {
        return Some(1);
    }
    let day_word = first.rsplit(['-', '–']).next().unwrap_or(first);
    if number(day_word).is_some_and(|d| (1..=31).contains(&d))
        && w.get(1)
            .is_some_and(|m| month_number(m.trim_end_matches(',')).is_some())
    {
        return Some(if w.get(2).and_then(|y| number(y)).is_some_and(|y| y >= 1000) {
            3
        } else {
            2
        });
    }
    if month_number(first).is_some() && w.get(1).and_then(|d| number(d)).is_some() {
        return Some(if w.get(2).and_then(|y| number(y)).is_some_and(|y| y >= 1000) {
            3
        } else {
            2
        });
    }
    None
}

/// `Brussels`, `New York`, `Rio de Janeiro`: capitalised words, short connectors allowed.
fn place_like(s: &str) -> bool {
    const CONNECTORS: &[&str] = &[
        "de", "da", "do", "del", "la", "le", "of", "am", "an", "upon", "en", "sur",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() <= 4
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '\'' | ','))
        && words
            .iter()
            .enumerate()
            .all(|(i, w)| w.starts_with(char::is_uppercase) || (i > 0 && CONNECTORS.contains(&w.trim_end_matches(','))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_day_month_year_in_several_languages() {
        assert_eq!(
            first_full_date("Brussels, 26 March 2024").as_deref(),
            Some("2024-03-26")
        );
        assert_eq!(
            first_full_date("i Backåkra den 22 april 2018").as_deref(),
            Some("2018-04-22")
        );
        assert_eq!(
            first_full_date("on 12-13 August 2001 in").as_deref(),
            Some("2001-08-13")
        );
        assert_eq!(first_full_date("March 26, 2024").as_deref(), Some("2024-03-26"));
        assert_eq!(first_full_date("dated 2023-02-06.").as_deref(), Some("2023-02-06"));
        assert_eq!(first_full_date("le 1er décembre 2021").as_deref(), Some("2021-12-01"));
    }

    #[test]
    fn checks_iso_dates_exactly() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2024-2-9"));
        assert!(!is_iso_date("x2024-02-29"));
    }

    #[test]
    fn ignores_partial_and_impossible_dates() {
        assert_eq!(first_full_date("in June 2020 and May 2019"), None);
        assert_eq!(first_full_date("31 February 2020"), None);
        assert_eq!(first_full_date("29 February 2023"), None);
        assert_eq!(first_full_date("29 February 1900"), None);
        assert_eq!(first_full_date("29 February 2024").as_deref(), Some("2024-02-29"));
        assert_eq!(first_full_date("29 February 2000").as_deref(), Some("2000-02-29"));
        assert_eq!(first_full_date("the 2 million people of 2020"), None);
    }

    #[test]
    fn reads_datelines_with_and_without_place() {
        assert_eq!(
            parse_dateline("Brussels, 17 November 2020"),
            Some((Some("Brussels".into()), Some("2020-11-17".into())))
        );
        assert_eq!(
            parse_dateline(" 13 August 2001"),
            Some((None, Some("2001-08-13".into())))
        );
        assert_eq!(
            parse_dateline("Jakarta 13 August"),
            Some((Some("Jakarta".into()), None))
        );
        assert_eq!(parse_dateline("The meeting was on 13 August 2001"), None);
        assert_eq!(parse_dateline("13 August 2001 was a Monday"), None);
    }
}
