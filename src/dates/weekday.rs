//! Weekdays printed with a date: which words name one (in the languages
//! datelines print them), and the date a weekday settles when figures can be
//! read either way round.

use super::month_number;

/// Whether `word` names a day of the week, in any case (`THURSDAY`, `Jeudi`).
pub fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    // Asked of many words: a length no weekday has, or a figure, ends it at once.
    if !(3..=14).contains(&w.len()) || !w.starts_with(char::is_alphabetic) {
        return false;
    }
    if w.is_ascii() {
        WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
    } else {
        WEEKDAYS.contains(&w.to_lowercase().as_str())
    }
}

/// Weekdays as datelines print them before or after the date.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    // Dutch, the Scandinavian languages, Spanish, Italian and Portuguese,
    // as their ministries' pages print them before a date.
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "mandag",
    "tirsdag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "lördag",
    "søndag",
    "söndag",
    "måndag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
];

/// `Sat, 12/07/2024`: a numeric date read day first whose weekday, printed
/// before it, falls on the date read month first (7 December 2024, a
/// Saturday; 12 July was a Friday) is that date: the weekday settles which
/// way round a site wrote it.
pub(super) fn as_its_weekday_says(line: &str, iso: String) -> String {
    let Some(first) = line.split([' ', ',']).find(|w| !w.is_empty()) else {
        return iso;
    };
    let Some(said) = english_weekday(first) else {
        return iso;
    };
    // Only a date in figures can be read the other way round.
    if line
        .split_whitespace()
        .any(|w| month_number(w.trim_end_matches([',', '.'])).is_some())
    {
        return iso;
    }
    let (Some(y), Some(m), Some(d)) = (iso.get(..4), iso.get(5..7), iso.get(8..10)) else {
        return iso;
    };
    let swapped = format!("{y}-{d}-{m}");
    if weekday_of(&iso) != Some(said) && weekday_of(&swapped) == Some(said) {
        swapped
    } else {
        iso
    }
}

/// Monday 0 … Sunday 6, for an English weekday or its three-letter form.
fn english_weekday(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .position(|d| w.starts_with(d) && WEEKDAYS[..7].iter().any(|full| full.starts_with(&w)))
        .map(|i| i as u32)
}

/// The weekday (Monday 0) of a valid ISO date, by Sakamoto's method.
fn weekday_of(iso: &str) -> Option<u32> {
    if !super::is_iso_date(iso) {
        return None;
    }
    let y: u32 = iso.get(..4)?.parse().ok()?;
    let m: usize = iso.get(5..7)?.parse().ok()?;
    let d: u32 = iso.get(8..10)?.parse().ok()?;
    const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    // Sunday 0 … Saturday 6, turned to Monday 0.
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + T[m - 1] + d) % 7;
    Some((sunday_first + 6) % 7)
}
