//! Calendar dates written out in prose (`26 March 2024`, `March 26, 2024`,
//! `22 april 2018`, `2024-03-26`) to ISO `YYYY-MM-DD`. Shared by metadata and
//! entity extraction so both read dates the same way.

use std::collections::HashMap;
use std::sync::OnceLock;

mod dateline;
mod glued;

pub use glued::unmangled;
mod weekday;
pub use dateline::{is_weekday, parse_dateline, with_weekday_before};

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

/// Month names in the languages briefings arrive in (`assets/months.txt`: the
/// EU's official languages and a few more, from CLDR), lowercased, with the
/// month number. Where two languages spell different months alike (Croatian
/// `listopad` is October, Polish and Czech November), the earlier line wins.
fn months() -> &'static HashMap<String, u8> {
    static MONTHS: OnceLock<HashMap<String, u8>> = OnceLock::new();
    MONTHS.get_or_init(|| {
        let mut map = HashMap::new();
        for line in include_str!("../../assets/months.txt").lines() {
            let Some((_, names)) = line.split_once(':').filter(|_| !line.starts_with('#')) else {
                continue;
            };
            for (k, forms) in names.split(',').enumerate().take(12) {
                for form in forms.split('/') {
                    let form = form.trim().to_lowercase();
                    if !form.is_empty() {
                        map.entry(form).or_insert(k as u8 + 1);
                    }
                }
            }
        }
        map
    })
}

/// The month names of `assets/months.txt` as a regex alternation, longest
/// first (so that a name wins over its prefix, `maaliskuuta` over
/// `maaliskuu`): every form, or only those no English word is spelled like
/// (`mars`, `März`, `maaliskuuta`, but not `april` or `may`). Abbreviations
/// are left out.
pub fn month_alternation(english_too: bool) -> String {
    let mut english = Vec::new();
    let mut forms: Vec<String> = Vec::new();
    for line in include_str!("../../assets/months.txt").lines() {
        let Some((lang, names)) = line.split_once(':').filter(|_| !line.starts_with('#')) else {
            continue;
        };
        if lang.ends_with("-abbr") {
            continue;
        }
        for form in names
            .split([',', '/'])
            .map(|f| f.trim().to_lowercase())
            .filter(|f| !f.is_empty())
        {
            if lang == "en" {
                english.push(form.clone());
            }
            forms.push(form);
        }
    }
    forms.retain(|f| english_too || !english.contains(f));
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    forms.dedup();
    forms.iter().map(|f| regex::escape(f)).collect::<Vec<_>>().join("|")
}

/// Month number for a month name in any supported language, any case.
pub fn month_number(word: &str) -> Option<u8> {
    // (`(September 7, 2023)`: a date in brackets after another calendar's.)
    let w = word.strip_prefix('(').unwrap_or(word).trim_end_matches('.');
    // Every month name is short; a long word is not asked to lower-case itself.
    if w.len() > 24 || !w.starts_with(char::is_alphabetic) {
        return None;
    }
    // Asked of every word of a text's dates: an ASCII word is lower-cased on the stack.
    let mut buf = [0u8; 24];
    if w.is_ascii() {
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).ok().and_then(|l| months().get(l).copied());
    }
    months().get(&w.to_lowercase()).copied()
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
    // Every form opens with a digit; asked of every word, most are done here.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // `2007م`: an Arabic text marks the Gregorian year with `م`.
    let w = word.trim_end_matches([',', '.', ')', ';', ':', 'م']);
    // `20262`, `20091`: a year with a footnote marker glued to it.
    let w = match w.get(..4) {
        Some(year)
            if (5..=6).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_digit())
                && (year.starts_with("19") || year.starts_with("20")) =>
        {
            year
        }
        _ => w,
    };
    // (`9TH MAY 2018`: a heading in capitals sets the ordinal so too.)
    // (`trim_end_matches` with a `&str` builds a substring searcher per
    // call; stripping a two-byte suffix in a loop does the same, cheaply.)
    let w = ["st", "nd", "rd", "th", "er", "ST", "ND", "RD", "TH", "ER"]
        .iter()
        .fold(w, |mut w, suffix| {
            while let Some(rest) = w.strip_suffix(suffix) {
                w = rest;
            }
            w
        });
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

/// The first full date in `text` with the byte offset of its first word
/// (`14 March 2009` in `Communiqué …, United Kingdom, 14 March 2009 We, …`).
pub fn first_full_date_at(text: &str) -> Option<(usize, String)> {
    let (starts, words): (Vec<usize>, Vec<&str>) = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .unzip();
    (0..words.len()).find_map(|i| full_date_at(&words, i).map(|d| (starts[i], d)))
}

/// A day and month with no year after it (`21 January The …`), or a month and
/// year with no day before it (`HELSINKI July 1992`): the first such date in
/// `text` that is not part of a full one, as (day, month, year).
pub fn first_partial_date(text: &str) -> Option<(Option<u32>, u8, Option<u32>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let day = |w: &str| number(w).filter(|d| (1..=31).contains(d) && w.len() <= 4);
    let year =
        |w: &str| number(w).filter(|y| (1000..=2999).contains(y) && w.trim_end_matches(['.', ',', ')']).len() == 4);
    (0..words.len()).find_map(|i| {
        // (A month name is capitalised where it dates a heading: `may` is a verb.)
        if !words[i].starts_with(char::is_uppercase)
            || (i.saturating_sub(4)..=i).any(|k| full_date_at(&words, k).is_some())
        {
            return None;
        }
        let month = month_number(words[i].trim_end_matches(','))?;
        let before = i.checked_sub(1).and_then(|k| day(words[k]));
        let after = words.get(i + 1).and_then(|w| year(w));
        match (before, after) {
            (Some(d), None) => Some((Some(d), month, None)),
            (None, Some(y)) => Some((None, month, Some(y))),
            _ => None,
        }
    })
}

/// A full date starting at word `i`: `26 March 2024`, `12-13 August 2001` (the
/// last day), `March 26, 2024`, `2024-03-26`, `26.3.2024`.
fn full_date_at(words: &[&str], i: usize) -> Option<String> {
    let w = words[i];
    if let Some(d) = iso_like(w).or_else(|| cjk_date(w)) {
        return Some(d);
    }
    // `10. 1. 2009`: Czech and Slovak pages space a numeric date's parts.
    if let (Some(d), Some(m), Some(y)) = (
        w.strip_suffix('.'),
        words.get(i + 1).and_then(|m| m.strip_suffix('.')),
        words.get(i + 2),
    ) && d.len() <= 2
        && m.len() <= 2
        && y.len() == 4
        && let (Ok(day), Ok(month), Ok(year)) = (d.parse::<u32>(), m.parse::<u8>(), y.parse::<u32>())
        && (1900..2100).contains(&year)
    {
        return iso(year, month, day);
    }
    // A range of days (`15 and 16 November 2021`, `12-13 August 2001`, `15 y
    // 16 de octubre de 2007`) is dated by its first day, as a meeting is.
    let joins = |k: usize| {
        words.get(k).is_some_and(|c| {
            matches!(
                c.to_lowercase().as_str(),
                "and" | "&" | "to" | "–" | "-" | "ـ" | "et" | "und" | "y" | "e" | "en" | "og" | "och" | "ja" | "i"
            )
        })
    };
    let range = number(w).is_some() && joins(i + 1) && words.get(i + 2).and_then(|d| number(d)).is_some();
    // `19, 20 et 21 juin 1990`: a list of days, dated by its first.
    let listed_day = |k: usize| {
        words
            .get(k)
            .and_then(|d| d.strip_suffix(','))
            .and_then(number)
            .is_some()
    };
    let list_end = listed_day(i)
        .then(|| (i + 1..words.len()).find(|&k| !listed_day(k)))
        .flatten()
        .filter(|&k| number(words[k]).is_some() && joins(k + 1) && words.get(k + 2).and_then(|d| number(d)).is_some());
    if let Some(k) = list_end
        && let Some(day) = w.strip_suffix(',').and_then(number)
        && let (Some(m), Some(y)) = (words.get(k + 3), words.get(k + 4))
        && let (Some(month), Some(year)) = (month_number(m.trim_end_matches(',')), number(y))
        && day <= 31
        && year >= 1000
    {
        return iso(year, month, day);
    }
    let first_day = w.split(['-', '–']).next().unwrap_or(w);
    // `26- 27 JUNE 1992`: an OCR'd range, a space after its dash.
    let open_range = w.len() > 1
        && w.ends_with(['-', '–'])
        && number(first_day).is_some()
        && words.get(i + 1).and_then(|d| number(d)).is_some();
    let (i, day_word) = if range {
        (i + 2, w)
    } else if open_range {
        (i + 1, first_day)
    } else {
        (i, first_day)
    };
    let w = words[i];
    // `7 th July 2024`: a PDF's spacing parted the day from its ordinal.
    let ordinal = words
        .get(i + 1)
        .is_some_and(|o| matches!(o.to_lowercase().as_str(), "st" | "nd" | "rd" | "th" | "er"));
    let skip = usize::from(ordinal);
    let get = |k: usize| words.get(i + k + if k > 0 { skip } else { 0 }).copied();
    if let (Some(day), Some(m), Some(y)) = (number(day_word), get(1), get(2))
        && let (Some(month), Some(year)) = (month_number(m.trim_end_matches(',')), number(y))
        && day <= 31
        && year >= 1000
    {
        return iso(year, month, day);
    }
    // `12 de diciembre de 2015`, `26 de março de 2018`: Spanish and
    // Portuguese join the day, month and year with `de` (`del` before a year).
    // Either `de` may be left out (`10 y 11 de mayo 2001`, `el día 6
    // diciembre de 2022`); with neither, the day, month and year are read above.
    if let Some(day) = number(day_word).filter(|&d| d <= 31) {
        let is_de = |k: usize| words.get(k).is_some_and(|w| matches!(*w, "de" | "del"));
        let at_month = if is_de(i + 1) { i + 2 } else { i + 1 };
        let at_year = if is_de(at_month + 1) {
            at_month + 2
        } else {
            at_month + 1
        };
        if at_year - i > 2
            && let (Some(m), Some(y)) = (words.get(at_month), words.get(at_year))
            && let (Some(month), Some(year)) = (month_number(m.trim_end_matches(',')), number(y))
            && (1000..2100).contains(&year)
        {
            return iso(year, month, day);
        }
    }
    // `11 of December 2009`, `the 3rd of June, 2019`: the day, `of`, then the
    // month (as Portuguese and Spanish speakers' English writes `11 de`);
    // Maltese writes `12 ta’ Mejju 2022`.
    if let (Some(day), Some(of), Some(m), Some(y)) =
        (number(day_word), words.get(i + 1), words.get(i + 2), words.get(i + 3))
        && (of.eq_ignore_ascii_case("of") || matches!(*of, "ta’" | "ta'"))
        && let (Some(month), Some(year)) = (month_number(m.trim_end_matches(',')), number(y))
        && day <= 31
        && year >= 1000
    {
        return iso(year, month, day);
    }
    // `December 7 to 9, 1998`, `May 4 and 5, 2024`: a range, dated by its first day.
    if let (Some(month), Some(d), Some(link), Some(last), Some(y)) = (
        month_number(w),
        words.get(i + 1),
        words.get(i + 2),
        words.get(i + 3),
        words.get(i + 4),
    ) && matches!(*link, "to" | "and" | "-" | "–")
        && last.ends_with(',')
        && number(last.trim_end_matches(',')).is_some()
        && let (Some(day), Some(year)) = (number(d), number(y))
        && year >= 1000
    {
        return iso(year, month, day);
    }
    // Month first: `March 26, 2024`, `March 3-4, 2021`; `September 26 ,
    // 2009`, a PDF's spacing parting the day from its comma.
    let spaced = words.get(i + 2).is_some_and(|c| *c == ",");
    if let (Some(month), Some(d), Some(y)) = (
        month_number(w),
        words.get(i + 1),
        words.get(i + 2 + usize::from(spaced)),
    ) && let (Some(day), Some(year)) = (number(d.split(['-', '–']).next().unwrap_or(d)), number(y))
        // (`October 1 2024`: no comma, a day of two digits at most and a
        // year of this age, so that `May 5 1500 troops` reads no date.)
        && (d.ends_with(',')
            || spaced
            || (d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) && (1900..2100).contains(&year)))
        && year >= 1000
    {
        return iso(year, month, day);
    }
    None
}

fn iso_like(w: &str) -> Option<String> {
    // `2018-04-22T17:29:23+01:00`: a feed's timestamp, its date before the `T`.
    let w = match w.split_once('T') {
        Some((date, time)) if date.len() == 10 && time.starts_with(|c: char| c.is_ascii_digit()) => date,
        _ => w,
    };
    let w = w.trim_matches(|c: char| !c.is_ascii_digit());
    let parts: Vec<&str> = w.split(['-', '.', '/']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    // A part too long for a u32 is no date (and must not shorten `n`: found by fuzzing).
    let n: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    // `2024-03-26`, and `2018/05/06` as the Gulf's agencies print it (a Hijri
    // `1439/8/20` beside it is no Gregorian year).
    // `2021.04.13`, as Lithuanian, Hungarian and Korean pages print it.
    if parts[0].len() == 4 && (w.contains('-') || ((w.contains('/') || w.contains('.')) && n[0] >= 1900)) {
        return iso(n[0], u8::try_from(n[1]).ok()?, n[2]);
    }
    let (day_or_month, month_or_day) = (parts[0].len(), parts[1].len());
    // `03-09-1999`, as Dutch and Indian pages print it; with a two-digit
    // year a hyphen more often joins a range or a code.
    if day_or_month > 2 || month_or_day > 2 || (w.contains('-') && parts[2].len() != 4) {
        return None;
    }
    // `26.10.2015`, `26/10/2015`; `03.03.21` (a two-digit year is this
    // century's below 50); `11/20/2018` is American (month first) because
    // 20 cannot be a month. Otherwise day first, as in most of the world.
    let year = match parts[2].len() {
        4 => n[2],
        2 if n[2] < 50 => 2000 + n[2],
        2 => 1900 + n[2],
        _ => return None,
    };
    let (day, month) = if n[1] > 12 && n[0] <= 12 {
        (n[1], n[0])
    } else {
        (n[0], n[1])
    };
    iso(year, u8::try_from(month).ok()?, day)
}

/// `1999年3月30日` (Chinese and Japanese texts), as ISO.
/// The figures are read where they stand in a run of Chinese without spaces
/// (`于1999年3月30日通过`).
fn cjk_date(w: &str) -> Option<String> {
    let (before, rest) = w.split_once('年')?;
    let year = &before[before.len() - before.bytes().rev().take_while(u8::is_ascii_digit).count()..];
    let (month, rest) = rest.split_once('月')?;
    let (day, _) = rest.split_once('日')?;
    let year: u32 = year.parse().ok().filter(|y| (1800..2100).contains(y))?;
    iso(year, month.trim().parse().ok()?, day.trim().parse().ok()?)
}

/// `19961217`: a date stamp of eight digits, year first, as ISO.
pub fn compact_date(w: &str) -> Option<String> {
    if w.len() != 8 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: u32 = w[..4].parse().ok()?;
    if !(1945..2100).contains(&year) {
        return None;
    }
    iso(year, w[4..6].parse().ok()?, w[6..].parse().ok()?)
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
            Some("2001-08-12")
        );
        assert_eq!(first_full_date("March 26, 2024").as_deref(), Some("2024-03-26"));
        assert_eq!(first_full_date("dated 2023-02-06.").as_deref(), Some("2023-02-06"));
        assert_eq!(first_full_date("le 1er décembre 2021").as_deref(), Some("2021-12-01"));
        assert_eq!(first_full_date("9TH MAY 2018").as_deref(), Some("2018-05-09"));
        assert_eq!(first_full_date("10. 1. 2009 10:14").as_deref(), Some("2009-01-10"));
        assert_eq!(first_full_date("11 of December 2009").as_deref(), Some("2009-12-11"));
        assert_eq!(
            first_full_date("on the 3rd of June, 2019").as_deref(),
            Some("2019-06-03")
        );
        assert_eq!(first_full_date("paragraph 3 of the 2009 report"), None);
        assert_eq!(first_full_date("items 1. 2. 345"), None);
        assert_eq!(first_full_date("31. 2. 2009"), None);
    }

    #[test]
    fn a_weekday_printed_before_a_date_is_the_dates() {
        let at = |t: &str, d: &str| t[with_weekday_before(t, t.find(d).unwrap())..].to_string();
        assert_eq!(at("on Thursday, 20 June 2019", "20 June"), "Thursday, 20 June 2019");
        assert_eq!(at("donderdag 10 oktober 2019", "10 okt"), "donderdag 10 oktober 2019");
        assert_eq!(at("the meeting of 20 June 2019", "20 June"), "20 June 2019");
        assert_eq!(at("Thursday\u{3000}20 June", "20 June"), "20 June");
        assert_eq!(at("Friday\n20 June", "20 June"), "20 June");
        assert_eq!(at("this morning (Monday 19 January).", "19 Jan"), "Monday 19 January).");
    }

    #[test]
    fn reads_day_month_year_with_a_spaced_comma_and_their_offset() {
        assert_eq!(
            first_full_date("Saturday, September 26 , 2009 th").as_deref(),
            Some("2009-09-26")
        );
        assert_eq!(
            first_full_date_at("Governors, United Kingdom, 14 March 2009 We"),
            Some((27, "2009-03-14".to_string()))
        );
    }

    #[test]
    fn reads_month_day_year_with_no_comma_only_for_a_modern_year() {
        assert_eq!(
            first_full_date("Opening of the Danish Parliament, October 1 2024").as_deref(),
            Some("2024-10-01")
        );
        assert_eq!(first_full_date("landed on May 5 1500 troops"), None);
        assert_eq!(first_full_date("in May 125 2024 delegates"), None);
    }

    #[test]
    fn reads_numeric_dates_and_ranges() {
        assert_eq!(first_full_date("26/10/2015").as_deref(), Some("2015-10-26"));
        assert_eq!(first_full_date("11/20/2018").as_deref(), Some("2018-11-20"));
        assert_eq!(first_full_date("03.03.21").as_deref(), Some("2021-03-03"));
        assert_eq!(first_full_date("26.3.2024").as_deref(), Some("2024-03-26"));
        assert_eq!(first_full_date("version 1.2.3"), None);
        assert_eq!(first_full_date("Brussels (03-09-1999)").as_deref(), Some("1999-09-03"));
        assert_eq!(first_full_date("pages 12-14-16"), None);
        assert_eq!(
            first_full_date("12 de diciembre de 2015.").as_deref(),
            Some("2015-12-12")
        );
        assert_eq!(first_full_date("el 26 de março de 2018").as_deref(), Some("2018-03-26"));
        assert_eq!(first_full_date("March 3-4, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(
            first_full_date("15 and 16 November 2021").as_deref(),
            Some("2021-11-15")
        );
        // A list of days, as a conference's three are printed.
        assert_eq!(
            first_full_date("tenue à La Baule les 19, 20 et 21 juin 1990.").as_deref(),
            Some("1990-06-19")
        );
        assert_eq!(first_full_date("on 4, 5 and 6 May 2015").as_deref(), Some("2015-05-04"));
        // The other languages' `and` between the days.
        assert_eq!(
            first_full_date("Luxemburgo, 15 y 16 de octubre de 2007").as_deref(),
            Some("2007-10-15")
        );
        assert_eq!(first_full_date("den 3 og 4 marts 2021").as_deref(), Some("2021-03-03"));
        // A Spanish year set with no `de` before it.
        assert_eq!(
            first_full_date("en Estrasburgo el 10 y 11 de mayo 2001 bajo la presidencia").as_deref(),
            Some("2001-05-10")
        );
        assert_eq!(
            first_full_date("en ocasión de la LXI Cumbre, el día 6 diciembre de 2022:").as_deref(),
            Some("2022-12-06")
        );
        assert_eq!(first_full_date("el 5 de mayo 300 personas"), None);
    }

    #[test]
    fn datelines_with_cues_weekdays_and_times() {
        let date = |l: &str| parse_dateline(l).and_then(|(_, d)| d);
        assert_eq!(date("2018-03-26 às 16h53").as_deref(), Some("2018-03-26"));
        // The release's kind after its dateline.
        assert_eq!(
            date("Vienna, 20 July 2010 Press release").as_deref(),
            Some("2010-07-20")
        );
        assert_eq!(date("11 February 2002 Media Statement").as_deref(), Some("2002-02-11"));
        // OCR's tilde for the comma after the seat.
        assert_eq!(
            parse_dateline("Luxembourg~ 9 October 1978"),
            Some((Some("Luxembourg".into()), Some("1978-10-09".into())))
        );
        assert_eq!(date("30.6.2017 - (2017/2699(RSP))").as_deref(), Some("2017-06-30"));
        assert_eq!(date("Tarikh/Date \t: \t04/09/89").as_deref(), Some("1989-09-04"));
        assert_eq!(date("12 de diciembre de 2015.").as_deref(), Some("2015-12-12"));
        assert_eq!(
            first_full_date("LISBON 26- 27 JUNE 1992").as_deref(),
            Some("1992-06-26")
        );
        assert_eq!(date("Thursday, 20 June 2019").as_deref(), Some("2019-06-20"));
        assert_eq!(date("Published on March 16, 2015").as_deref(), Some("2015-03-16"));
        assert_eq!(
            date("Publication date 25.8.2025 9.15 | Published in English on 25.8.2025 at 9.20").as_deref(),
            Some("2025-08-25")
        );
        assert_eq!(date("Publisert: 15.12.2023").as_deref(), Some("2023-12-15"));
        assert_eq!(date("of June 3, 1998").as_deref(), Some("1998-06-03"));
        assert_eq!(date("11 of December 2009").as_deref(), Some("2009-12-11"));
        assert_eq!(date("of the meeting held on 3 June 1998"), None);
        assert_eq!(date("التاريخ: 2024/05/10").as_deref(), Some("2024-05-10"));
        // The weekday settles a date in figures either way round.
        assert_eq!(date("Sat, 12/07/2024 - 13:50").as_deref(), Some("2024-12-07"));
        assert_eq!(date("Fri, 12/07/2024 - 13:50").as_deref(), Some("2024-07-12"));
        assert_eq!(date("Saturday, 12 July 2024").as_deref(), Some("2024-07-12"));
        assert_eq!(
            date("13 juillet 2017 - Seul le prononcé fait foi").as_deref(),
            Some("2017-07-13")
        );
        assert_eq!(
            date("Berlin, 3. März 2021 (Es gilt das gesprochene Wort)").as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            first_full_date("安全理事会于1999年3月30日第3980次会议通过").as_deref(),
            Some("1999-03-30")
        );
        assert_eq!(date("25/01/2021 - 18:40").as_deref(), Some("2021-01-25"));
        assert_eq!(date("11/20/2018 | 01:26pm CET").as_deref(), Some("2018-11-20"));
        assert_eq!(date("26/10/2015 12:50").as_deref(), Some("2015-10-26"));
        assert_eq!(date("Bruxelles, le 3 mars 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("Berlin, 3. März 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("Warszawa, 3 marca 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("Bruksela, 1 grudnia 2016 r.").as_deref(), Some("2016-12-01"));
        assert_eq!(date("NAMIBIA – WINDHOEK: 9 MARCH, 2001").as_deref(), Some("2001-03-09"));
        assert_eq!(date("Stockholm, 3 mars 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(date("Bryssel den 7 september 2017").as_deref(), Some("2017-09-07"));
        assert_eq!(date("Sunday 1439/8/20 - 2018/05/06").as_deref(), Some("2018-05-06"));
        assert_eq!(date("28 September 2010 / 04:13").as_deref(), Some("2010-09-28"));
        assert_eq!(
            date("Updated: 2018-04-22T17:29:23+01:00").as_deref(),
            Some("2018-04-22")
        );
        assert_eq!(compact_date("19961217").as_deref(), Some("1996-12-17"));
        assert_eq!(compact_date("12345678"), None);
        assert_eq!(
            first_full_date("held from December 7 to 9, 1998 under").as_deref(),
            Some("1998-12-07")
        );
        assert_eq!(
            date("18-19 Dhul-Qaa’da 1427 AH/ 9 – 10 December 2006 AD").as_deref(),
            Some("2006-12-09")
        );
        assert_eq!(date("14 September, 2004").as_deref(), Some("2004-09-14"));
        assert_eq!(
            date("27-28 Dhul Hijja 1430AH/ 14-15 December 2009AD").as_deref(),
            Some("2009-12-14")
        );
        assert_eq!(date("KUALA LUMPUR, 30 MEI 2020 (SABTU)").as_deref(), Some("2020-05-30"));
        assert_eq!(date("Brussels, 5 May 2020 (Annex I)"), None);
        assert_eq!(date("Brussels, 5 November 2008 (05.11)").as_deref(), Some("2008-11-05"));
        assert_eq!(date("The meeting of 3 March 2021 was long"), None);
        assert_eq!(date("Brussels, 15 and 16 November 2021").as_deref(), Some("2021-11-15"));
        // What PDF layout leaves: an ordinal parted from its day, a stray letter.
        assert_eq!(date("Abuja, 7 th July 2024").as_deref(), Some("2024-07-07"));
        assert_eq!(date("Brussels, 3 April 2012 A").as_deref(), Some("2012-04-03"));
        assert_eq!(date("Brussels, 3 April 2012 Annex"), None);
        assert_eq!(date("Geneva,18 May 2001").as_deref(), Some("2001-05-18"));
        assert_eq!(
            date("AU Headquarter, Addis Ababa12 June 2013.").as_deref(),
            Some("2013-06-12")
        );
        assert_eq!(date("Covid19 vaccines arrived"), None);
        // (A day's comma glued to the year, the last comma of the line.)
        assert_eq!(date("Yerevan, November 30,2019 14:33").as_deref(), Some("2019-11-30"));
        assert_eq!(date("STRASBOURG, 8 AND 9 DECEMBER 1989").as_deref(), Some("1989-12-08"));
        assert_eq!(
            date("10 February 2016 (Wednesday) – 12:00-1:30 p.m.").as_deref(),
            Some("2016-02-10")
        );
        assert_eq!(date("(MAY 4-5, 2024 CE)").as_deref(), Some("2024-05-04"));
        assert_eq!(date("(see 4 May 2024)"), None);
        assert_eq!(
            first_full_date("on the 21 st March 2019, ministers").as_deref(),
            Some("2019-03-21")
        );
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
            parse_dateline("Thursday, 18 May 2006 - Strasbourg"),
            Some((Some("Strasbourg".into()), Some("2006-05-18".into())))
        );
        assert_eq!(parse_dateline("18 May 2006 - the Council met"), None);
        // An archive's stamp: the date in figures first, then the seat.
        assert_eq!(
            parse_dateline("03/19/2001 EU, Brussels"),
            Some((Some("EU, Brussels".into()), Some("2001-03-19".into())))
        );
        assert_eq!(parse_dateline("03/19/2001 the Council met in Brussels"), None);
        assert_eq!(parse_dateline("19 March 2001 Council Brussels"), None);
        assert_eq!(parse_dateline("25.12.2012 Views"), None);
        // A summit's day, then its seat.
        assert_eq!(
            parse_dateline("13 November 2017, Manila, Philippines"),
            Some((Some("Manila, Philippines".into()), Some("2017-11-13".into())))
        );
        assert_eq!(parse_dateline("13 November 2017, the Council met"), None);
        assert_eq!(parse_dateline("09 April 2013, DIRCO"), None);
        assert_eq!(
            parse_dateline("- 1998-11-17 (Creation)"),
            Some((None, Some("1998-11-17".into())))
        );
        assert_eq!(
            parse_dateline("- Mittwoch, 9. Februar 2022"),
            Some((None, Some("2022-02-09".into())))
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
        assert_eq!(
            parse_dateline("NEW YORK/JUBA, 5 July 2018"),
            Some((Some("NEW YORK/JUBA".to_string()), Some("2018-07-05".to_string())))
        );
        assert_eq!(
            parse_dateline("วันที่นำเข้าข้อมูล 7 Dec 2023")
                .and_then(|(_, d)| d)
                .as_deref(),
            Some("2023-12-07")
        );
        assert_eq!(parse_dateline("and/or 5 July 2018"), None);
        assert_eq!(
            parse_dateline("10. 1. 2009 10:14"),
            Some((None, Some("2009-01-10".to_string())))
        );
        assert_eq!(parse_dateline("13 August 2001 was a Monday"), None);
    }
}
