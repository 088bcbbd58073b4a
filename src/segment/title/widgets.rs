//! A news site's widgets above its headline: the reader's clock, the
//! weather, the day's prayer times. What they show is the reader's day, not
//! the text's, so they are no part of its header.
//! A picture's file name, shown as its alternative text, is chrome too, but
//! the day a page prints right after it is the text's.

/// `Moscow: 06:22`: a city's name and its time of day, as a site's clock shows it.
pub(super) fn is_clock(text: &str) -> bool {
    let Some((place, time)) = text.trim().split_once(": ") else {
        return false;
    };
    let clock = time.trim().split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    clock
        && (1..=3).contains(&place.split_whitespace().count())
        && place.starts_with(char::is_uppercase)
        && !place.bytes().any(|b| b.is_ascii_digit())
}

/// `8:35 P.M. EDT`, `10:14`, `14.30 hrs CET`: a time of day alone on its
/// line (a transcript's start, a page's stamp), no title.
pub(super) fn is_time_line(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next().is_some_and(|w| is_time_of_day(w, &[':', '.']))
        && words.all(|w| {
            matches!(
                w.trim_end_matches([',', ')'])
                    .trim_start_matches('(')
                    .to_ascii_lowercase()
                    .as_str(),
                "am" | "pm"
                    | "a.m."
                    | "p.m."
                    | "a.m"
                    | "p.m"
                    | "hrs"
                    | "hrs."
                    | "h"
                    | "local"
                    | "time"
                    | "edt"
                    | "est"
                    | "cdt"
                    | "cst"
                    | "pdt"
                    | "pst"
                    | "gmt"
                    | "utc"
                    | "bst"
                    | "cet"
                    | "cest"
                    | "eet"
                    | "eest"
                    | "ist"
                    | "jst"
                    | "kst"
            )
        })
}

/// `3:54pm 17th Sep, 2009`, `10:45 16 March 2014`: a page's stamp, the time
/// before the day; returns the day.
pub(super) fn time_then_date(text: &str) -> Option<String> {
    let t = text.trim();
    let (time, rest) = t.split_once(' ')?;
    let bare = time
        .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.')
        .trim_end_matches(',');
    if !is_time_of_day(bare, &[':']) || rest.len() > 40 {
        return None;
    }
    match crate::dates::parse_dateline(rest.trim_start_matches([',', ' '])) {
        Some((None, Some(date))) => Some(date),
        _ => None,
    }
}

/// `12/02/2024 | Press release | Distributed by Public on 12/01/2024 21:13`:
/// a news distributor's stamp, whose day of issue is always month first
/// (`02/10/2023 | Press release | Archived content`: its archive's).
pub(super) fn distributor_stamp(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() > 120 || !(t.contains("| Distributed by ") || t.ends_with("| Archived content")) {
        return None;
    }
    let (day, _) = t.split_once(" | ")?;
    let mut parts = day.split('/').map(|p| p.parse::<u32>().ok());
    let (Some(Some(month)), Some(Some(d)), Some(Some(year)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    ((1..=12).contains(&month) && (1..=31).contains(&d) && (1900..2100).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{d:02}"))
}

/// `A-` / `A+`: a page's buttons that make its type smaller or larger.
pub(super) fn is_type_size_button(text: &str) -> bool {
    matches!(text.trim(), "A-" | "A+" | "A A A" | "A- A+" | "A+ A-" | "A–" | "A−")
}

/// `The State Dining Room`, `Rose Garden`, `The Oval Office`, `Room 450`:
/// the room a transcript was spoken in, printed under its title.
pub(super) fn is_venue_line(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 7
        || !words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        return false;
    }
    let last = words[words.len() - 1];
    matches!(last, "Room" | "Garden" | "Lawn" | "Ballroom" | "Portico" | "Colonnade")
        || t.ends_with("Oval Office")
        || (words.len() == 2 && words[0] == "Room" && last.bytes().all(|b| b.is_ascii_digit()))
}

/// `7.28 AM Wednesday, 28 February 2024`, `10:05 PM, Tuesday, 3 March 2020`:
/// a Gulf news site's clock, the time and weekday the page was read (a
/// posting stamp names no weekday after its time, or is labelled `Posted`).
pub(super) fn is_reader_clock(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(time), Some(half), Some(day)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    is_time_of_day(time, &['.', ':'])
        && matches!(half.trim_end_matches(','), "AM" | "PM" | "am" | "pm")
        && crate::dates::is_weekday(day.trim_end_matches(','))
        && crate::dates::first_full_date(text).is_some()
}

/// `05:26`, `7.28`: hours and minutes, parted by one of `separators`.
fn is_time_of_day(word: &str, separators: &[char]) -> bool {
    word.split_once(separators).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// `City Fajr Shuruq Duhr Asr Magrib Isha` / `Dubai 05:26 06:39 12:34 …`: a
/// Gulf site's table of the day's prayer times, a heading row naming three
/// prayers or more, or a row of five times or more.
pub(super) fn is_prayer_times(text: &str) -> bool {
    // (Asked of every header line: a table names its first prayer or holds
    // five times, and most lines do neither.)
    let colons = memchr::memchr_iter(b':', text.as_bytes()).count();
    if colons < 5 && !text.contains("Fajr") && !text.contains("FAJR") && !text.contains("fajr") {
        return false;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !matches!(*w, "•" | "·" | "|" | "-"))
        .collect();
    let prayers = words
        .iter()
        .filter(|w| PRAYERS.contains(&w.to_lowercase().as_str()))
        .count();
    let times = words.iter().filter(|w| is_time_of_day(w, &[':'])).count();
    (prayers >= 3 && words.len() <= prayers + 2) || (times >= 5 && words.len() <= times + 2)
}

/// The five daily prayers and sunrise, as Gulf sites spell them in English.
const PRAYERS: [&str; 12] = [
    "fajr", "shuruq", "shurooq", "sunrise", "duhr", "dhuhr", "zuhr", "asr", "maghrib", "magrib", "isha", "ishaa",
];

/// `40.5 F`, `23°C / 23°C`, `18 °C`: a weather widget's temperature.
pub(super) fn is_temperature(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.len() > 24 {
        return false;
    }
    t.split(" / ").all(|reading| {
        let r = reading.trim();
        let unit = r
            .strip_suffix("°C")
            .or_else(|| r.strip_suffix("°F"))
            .or_else(|| r.strip_suffix(" F").filter(|_| r.contains('.')))
            .or_else(|| r.strip_suffix(" C").filter(|_| r.contains('.')));
        // (`1. C`: a numbered clause of one letter, its dot no decimal point.)
        unit.is_some_and(|n| {
            let n = n.trim_end().trim_end_matches('°').trim_start_matches(['-', '+', '−']);
            n.starts_with(|c: char| c.is_ascii_digit())
                && !n.ends_with('.')
                && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        })
    })
}

/// `State seal of Myanmar.svg copy(12th February, 2020)`: a picture's file
/// name (with the `copy` an editor's upload adds) run onto a bracketed day:
/// the day.
pub(super) fn dated_picture_name(text: &str) -> Option<String> {
    let inner = text.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = inner[..open].trim_end();
    let name = name.strip_suffix(" copy").unwrap_or(name).to_ascii_lowercase();
    let picture = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"]
        .iter()
        .any(|e| name.ends_with(e));
    picture
        .then(|| crate::dates::first_full_date(&inner[open + 1..]))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamps_time_before_its_day_and_type_size_buttons() {
        assert_eq!(time_then_date("3:54pm 17th Sep, 2009").as_deref(), Some("2009-09-17"));
        assert_eq!(time_then_date("10:45 16 March 2014").as_deref(), Some("2014-03-16"));
        assert_eq!(time_then_date("10:45 the Council met on 16 March 2014"), None);
        assert!(is_type_size_button("  A+"));
        assert!(!is_type_size_button("A+ rating"));
        // (A section's letter alone is a heading.)
        assert!(!is_type_size_button("A"));
    }

    #[test]
    fn a_transcripts_room_is_no_title() {
        for t in [
            "The State Dining Room",
            "Rose Garden",
            "The Oval Office",
            "Room 450",
            "James S. Brady Press Briefing Room",
        ] {
            assert!(is_venue_line(t), "{t}");
        }
        for t in [
            "Remarks by the President in the Rose Garden on the Economy",
            "the garden room",
        ] {
            assert!(!is_venue_line(t), "{t}");
        }
    }

    #[test]
    fn a_time_of_day_alone_is_a_stamp() {
        for t in ["8:35 P.M. EDT", "10:14", "14.30 hrs CET", "9:02 a.m. (local time)"] {
            assert!(is_time_line(t), "{t}");
        }
        for t in [
            "8:35 P.M. EDT The President spoke",
            "2024.05 Budget",
            "10:14 Daily News",
        ] {
            assert!(!is_time_line(t), "{t}");
        }
    }

    #[test]
    fn a_numbered_clause_of_one_letter_is_no_temperature() {
        assert!(is_temperature("40.5 F"));
        assert!(is_temperature("18 °C"));
        assert!(!is_temperature("1. C"));
        assert!(!is_temperature("12. F"));
        assert!(!is_temperature(". C"));
    }

    #[test]
    fn a_reader_clock_names_its_weekday_after_the_time() {
        assert!(is_reader_clock("7.28 AM Wednesday, 28 February 2024"));
        assert!(is_reader_clock("10:05 PM, Tuesday, 3 March 2020"));
        // A posting stamp: no weekday, or a label before it.
        assert!(!is_reader_clock("10:05 AM, 3 March 2020"));
        assert!(!is_reader_clock("Posted 10:05 AM Tuesday, 3 March 2020"));
        assert!(!is_reader_clock("7.28 AM Wednesday"));
    }

    #[test]
    fn prayer_times_are_a_heading_row_of_prayers_or_a_row_of_times() {
        assert!(is_prayer_times("City Fajr Shuruq Duhr Asr Magrib Isha"));
        assert!(is_prayer_times("• Dubai 05:26 06:39 12:34 15:52 18:24 19:37"));
        assert!(!is_prayer_times("The Asr prayer was held at the mosque at 15:52."));
        assert!(!is_prayer_times("Meeting 09:00 – 12:00"));
    }

    #[test]
    fn a_pictures_name_run_onto_the_day() {
        assert_eq!(
            dated_picture_name("State seal of Myanmar.svg copy(12th February, 2020)").as_deref(),
            Some("2020-02-12")
        );
        assert_eq!(dated_picture_name("Statement by the Minister (12 February 2020)"), None);
        assert_eq!(dated_picture_name("photo.jpg (caption)"), None);
    }
}
