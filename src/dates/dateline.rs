//! Datelines: a line that is only a place and a date (`Brussels, 26 March
//! 2024`, `Bryssel den 7 september 2017`, `Sunday 1439/8/20 - 2018/05/06`),
//! with the cues, weekdays, times and language tags printed around them.

use super::weekday::as_its_weekday_says;
pub use super::weekday::is_weekday;
use super::{full_date_at, iso_like, month_number, number};

/// A line that is only a dateline: `Brussels, 26 March 2024`, `Jakarta 13 August`,
/// `13 August 2001`, `March 26, 2024`. Returns (place, ISO date if the year is known).
pub fn parse_dateline(line: &str) -> Option<(Option<String>, Option<String>)> {
    // Asked of every paragraph: a dateline, with its cue, time and language
    // tag, is short, and a long paragraph is none before any word is read.
    // Every date form has a day or year in digits; most paragraphs have none.
    if line.len() > 200 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (place, date) = read_dateline(line)?;
    Some((place, date.map(|d| as_its_weekday_says(line, d))))
}

fn read_dateline(line: &str) -> Option<(Option<String>, Option<String>)> {
    let line = line.trim().trim_matches('*').trim();
    // `- Mittwoch, 9. Februar 2022`: a page's metadata set as a list item.
    let line = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("• "))
        .map_or(line, str::trim_start);
    let line = gregorian_part(line);
    let line = without_kind_after(without_delivery_caveat(line));
    let line = line.trim_end_matches(['.', '–', '-', '—']).trim();
    // `(MAY 4-5, 2024 CE)`: a Gregorian date in brackets under a Hijri one.
    let line = match line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner.trim(),
        _ => line,
    };
    // `1 grudnia 2016 r.`: Polish prints `r.` (`roku`, year) after the year.
    let line = match line.strip_suffix(" r") {
        Some(before) if before.ends_with(|c: char| c.is_ascii_digit()) => before,
        _ => line,
    };
    // `KUALA LUMPUR, 30 MEI 2020 (SABTU)`: the weekday, in any language,
    // in brackets after the date.
    let line = match line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((before, word))
            if (3..=12).contains(&word.chars().count())
                && word.chars().all(char::is_alphabetic)
                && before.ends_with(|c: char| c.is_ascii_digit()) =>
        {
            before
        }
        _ => line,
    };
    // `14-15 December 2009AD`: the era's letters glued to the year.
    let line = line
        .strip_suffix(" CE")
        .or_else(|| line.strip_suffix(" AD"))
        .or_else(|| line.strip_suffix(" A.D."))
        .or_else(|| {
            line.strip_suffix("AD")
                .filter(|l| l.ends_with(|c: char| c.is_ascii_digit()))
        })
        .map_or(line, str::trim_end);
    // `Geneva,18 May 2001`: a place glued to its date by the comma.
    let unglued;
    let line = match line
        .find(',')
        .filter(|&i| line[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        Some(i) if line[..i].ends_with(char::is_alphabetic) => {
            unglued = format!("{}, {}", &line[..i], &line[i + 1..]);
            unglued.as_str()
        }
        _ => line,
    };
    // `AU Headquarter, Addis Ababa12 June 2013`: a place's last word glued
    // to the day (a lower-case letter, then one or two digits and a space).
    let unglued_day;
    let line = match line.bytes().position(|b| b.is_ascii_digit()).filter(|&i| {
        let b = line.as_bytes();
        i >= 3
            && b[i - 1].is_ascii_lowercase()
            && b[i - 2].is_ascii_lowercase()
            && (b.get(i + 1) == Some(&b' ')
                || (b.get(i + 1).is_some_and(u8::is_ascii_digit) && b.get(i + 2) == Some(&b' ')))
    }) {
        Some(i) => {
            unglued_day = format!("{}, {}", &line[..i], &line[i..]);
            unglued_day.as_str()
        }
        None => line,
    };
    // `November 30,2019`: a day's comma glued to the year.
    let spaced_year;
    let line = match line.rfind(',').filter(|&i| {
        let b = line.as_bytes();
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.len() >= i + 5
            && b[i + 1..i + 5].iter().all(u8::is_ascii_digit)
            && b.get(i + 5).is_none_or(|c| !c.is_ascii_digit())
    }) {
        Some(i) => {
            spaced_year = format!("{}, {}", &line[..i], &line[i + 1..]);
            spaced_year.as_str()
        }
        None => line,
    };
    // `Luxembourg, 27June2006`, `29/30 April 1997`, `10 May /12`: what a
    // PDF's text layer mangled.
    let restored = super::glued::unmangled(line, true);
    let line = restored.as_deref().unwrap_or(line);
    let line = without_language_tag(line);
    let line = without_time(without_cue(line));
    // `Daily News 15 / 11 / 2022`, `08/ 06/ 2002`: a date printed with spaced slashes.
    let spaced;
    let line = if line.contains(" / ") || line.contains("/ ") {
        spaced = line.replace(" / ", "/").replace("/ ", "/");
        spaced.as_str()
    } else {
        line
    };
    // The cue or time taken off may have held the only digits.
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
        // `Brussels, 3 April 2012 A`: a stray letter a PDF's layout left.
        let stray = date_len + 1 == rest.len()
            && rest[date_len].len() == 1
            && rest[date_len].chars().all(|c| c.is_ascii_uppercase());
        // `Thursday, 18 May 2006 - Strasbourg`: the place after the date,
        // behind a dash (the European Parliament's pages).
        // (`(Madrid, 12 May 2009) – Draft Declaration`: a bracketed date is a
        // title's.)
        let place_after = (start == 0 && date_len + 1 < rest.len() && !line.contains([')', '(']))
            .then(|| (rest[date_len], rest[date_len + 1..].join(" ")))
            .filter(|(dash, place)| {
                matches!(*dash, "-" | "–" | "—") && place.split(' ').count() <= 2 && place_like(place)
            })
            .map(|(_, place)| place)
            // `03/19/2001 EU, Brussels`: a date in figures, then its issuer
            // and seat (an archive's date stamp set before the place, with
            // no dash). A word alone after it is a site's counter more
            // often (`25.12.2012 Views`).
            .or_else(|| {
                let place = rest[date_len..].join(" ");
                (start == 0
                    && date_len == 1
                    && date_len < rest.len()
                    && rest.len() <= 4
                    && place.contains(", ")
                    && iso_like(rest[0]).is_some()
                    && place_like(&place))
                .then_some(place)
            })
            // `13 November 2017, Manila, Philippines`: a summit's day, then
            // its seat, as ASEAN's statements set them under the title.
            .or_else(|| {
                let place = rest[date_len..].join(" ");
                (start == 0
                    && date_len < rest.len()
                    && rest.len() - date_len <= 4
                    && rest[date_len - 1].ends_with(',')
                    && rest[date_len - 1].starts_with(|c: char| c.is_ascii_digit())
                    // (A city and its country: `…, 09 April 2013, DIRCO` ends a
                    // headline with its issuer.)
                    && place.contains(", ")
                    && place_like(&place))
                .then_some(place)
            });
        if let Some(place) = place_after {
            return Some((Some(place), full_date_at(rest, 0)));
        }
        if date_len != rest.len() && !stray {
            // A date followed by more words is prose, not a dateline.
            return None;
        }
        let place = words[..start].join(" ");
        // (`Luxembourg~ 9 October 1978`: OCR read the comma as a tilde.)
        let place = place.trim_end_matches([',', '-', '–', '—', ':', '~']).trim();
        // `Bryssel den 7 september 2017`, `Bruxelles, le 3 mars 2021`.
        let place = [" den", " le", ", le"]
            .iter()
            .find_map(|a| place.strip_suffix(a))
            .unwrap_or(place);
        if !place.is_empty() && !place_like(place) {
            return None;
        }
        let iso = full_date_at(rest, 0);
        return Some(((!place.is_empty()).then(|| place.to_string()), iso));
    }
    None
}

/// Where a date that starts at `at` starts with the weekday printed before
/// it (`Thursday, 20 June 2019`, `donderdag 10 oktober 2019`): annotators
/// keep the weekday in most dev documents that print one (39 of 67).
pub fn with_weekday_before(text: &str, at: usize) -> usize {
    let Some(before) = text[..at].strip_suffix(' ') else {
        return at;
    };
    let before = before.strip_suffix(',').unwrap_or(before);
    let word_start = before
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    // (`this morning (Monday 19 January)`: the bracket is not the weekday's.)
    let word_start = word_start + usize::from(before[word_start..].starts_with(['(', '[']));
    if is_weekday(&before[word_start..]) {
        word_start
    } else {
        at
    }
}

/// Words that introduce a date on a page (`Published on 3 March 2021`,
/// `Date: 3/3/2021`) and a weekday before it (`Thursday, 20 June 2019`).
/// `Sunday 1439/8/20 - 2018/05/06`, `18-19 Dhul-Qaa'da 1427 AH/ 9 – 10
/// December 2006 AD`: a Hijri date beside the Gregorian one, which is kept.
fn gregorian_part(line: &str) -> &str {
    let hijri_year = |seg: &str| {
        seg.split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && d.parse::<u32>().is_ok_and(|y| (1300..1500).contains(&y)))
    };
    // Most datelines hold neither `13` nor `14`: the year is not looked for.
    if !(line.contains("14") || line.contains("13")) || !hijri_year(line) {
        return line;
    }
    let gregorian_year = |seg: &str| {
        seg.split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && d.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y)))
    };
    ["AH/", "AH /", " - ", " — ", " / "]
        .iter()
        .find_map(|sep| {
            let (before, after) = line.split_once(sep)?;
            (hijri_year(before) && gregorian_year(after)).then(|| after.trim())
        })
        .unwrap_or(line)
}

fn without_cue(line: &str) -> &str {
    const CUES: &[&str] = &[
        "Published on",
        "Published:",
        "Published",
        "Date:",
        "Dated:",
        "Dated",
        // `date 2021-05-17`: a news site's label, in lower case.
        "Date",
        "Issued on",
        "Issued:",
        "Release date:",
        "Released on",
        "Updated:",
        "Last updated:",
        "Created:",
        "Posted:",
        "Posted on",
        "Publicerad",
        // `Publication date 25.8.2025 9.15`: the Finnish and Nordic
        // governments' pages, in English and their own languages.
        "Document date:",
        "Document date",
        "Publication date:",
        "Publication date",
        "Date of publication:",
        "Julkaisupäivä",
        "Publiceringsdatum",
        "Publisert:",
        "Publisert",
        "Publiceret:",
        "Publiceret",
        "Publié le",
        "Veröffentlicht am",
        "[Date]",
        // `of June 3, 1998` under an act's title: the CIS legal databases'
        // English, which dates a text as its title's last words would.
        "of",
        // `التاريخ: 2024/05/10`: an Arab organisation's English page keeps
        // its Arabic labels ("date", "date of publication").
        "التاريخ",
        "تاريخ النشر",
    ];
    // `Tarikh/Date : 04/09/89`: a bilingual label, the English word after a slash.
    let line = match line.split_once("/Date") {
        Some((other, rest))
            if !other.contains(' ') && other.chars().all(char::is_alphabetic) && rest.trim_start().starts_with(':') =>
        {
            rest.trim_start()
        }
        _ => line,
    };
    let mut line = line;
    for cue in CUES {
        if let Some(rest) = line
            .get(..cue.len())
            .filter(|h| h.eq_ignore_ascii_case(cue))
            .map(|_| &line[cue.len()..])
            && rest.starts_with([' ', ':'])
        {
            line = rest.trim_start_matches([' ', ':']);
            break;
        }
    }
    let first = line.split([' ', ',']).next().unwrap_or("");
    if is_weekday(first) {
        line = line[first.len()..].trim_start_matches([',', '.', ' ']);
    }
    line
}

/// `13 juillet 2017 - Seul le prononcé fait foi`: a speech's date with the
/// caveat that the spoken word is authoritative, in the languages that print it.
fn without_delivery_caveat(line: &str) -> &str {
    const CAVEATS: &[&str] = &[
        "check against delivery",
        "seul le prononcé fait foi",
        "seul le texte prononcé fait foi",
        "es gilt das gesprochene wort",
        "sólo vale lo pronunciado",
        "cotejar con el discurso pronunciado",
        "solo fa fede il testo effettivamente pronunciato",
    ];
    // The caveat is the line's tail after a dash, a bar or a bracket; the
    // shortest, with its date, is 30 bytes (most datelines are shorter).
    if line.len() < 30 {
        return line;
    }
    [" - ", " – ", " — ", " | ", " ("]
        .iter()
        .filter_map(|sep| line.rfind(sep).map(|at| (at, sep.len())))
        .max()
        .filter(|&(at, len)| {
            let tail = line[at + len..].trim().trim_end_matches([')', '.', '!']).to_lowercase();
            CAVEATS.contains(&tail.as_str())
        })
        .map_or(line, |(at, _)| line[..at].trim_end())
}

/// `25/01/2021 - 18:40`, `11/20/2018 | 01:26pm CET`, `26/10/2015 12:50`: the
/// time, and whatever a page printed after it, follow the date; so does a
/// second field (`2021.04.13 / Updated: 2021.04.13 18:30`).
/// `Vienna, 20 July 2010 Press release`: the release's kind printed after
/// its dateline, on the same line.
fn without_kind_after(line: &str) -> &str {
    const KINDS: &[&str] = &[
        " press release",
        " media release",
        " news release",
        " press statement",
        // `11 February 2002 Media Statement`: a New Zealand minister's release.
        " media statement",
        " statement",
        " pressemitteilung",
        " communiqué de presse",
        " pressmeddelande",
        " pressemeddelelse",
        // `1998-11-17 (Creation)`: an archive's description (AtoM's
        // `Date(s)` field) names the event the date is of.
        " (creation)",
        " (publication)",
        // `Tuesday, 14 December 1999 - Strasbourg OJ edition`: the European
        // Parliament's verbatim report, the edition of the Official Journal.
        " oj edition",
        // `Thursday, 4 October 2018 - Strasbourg Provisional edition`: its
        // texts adopted, as first issued or final (`Jeudi … Edition provisoire`).
        " provisional edition",
        " final edition",
        " edition provisoire",
        " édition provisoire",
        " edition définitive",
        " édition définitive",
        " vorläufige ausgabe",
        " endgültige ausgabe",
    ];
    let Some(tail) = line.len().checked_sub(24).and_then(|at| line.get(at..)).or(Some(line)) else {
        return line;
    };
    let lower = tail.to_lowercase();
    match KINDS.iter().find(|k| lower.ends_with(**k)) {
        // (Lower-casing keeps these kinds' byte lengths.)
        Some(k) if line.len() > k.len() => line[..line.len() - k.len()].trim_end_matches([' ', '-', '–', '|']),
        _ => line,
    }
}

fn without_time(line: &str) -> &str {
    let next_field = line
        .find(" / ")
        .filter(|&i| line[i + 3..].starts_with(|c: char| c.is_alphabetic()) && line[i + 3..].contains(':'));
    // `30.6.2017 - (2017/2699(RSP))`: the European Parliament's procedure
    // file after the date.
    let cut = line
        .find(" | ")
        .into_iter()
        .chain(line.find(" - ("))
        .chain(line.find(" - ").filter(|&i| {
            line[i + 3..].bytes().take_while(|b| b.is_ascii_digit()).count() >= 1 && line[i + 3..].contains(':')
        }))
        .chain(next_field);
    let line = match cut.min() {
        Some(i) => line[..i].trim_end(),
        None => line,
    };
    // A trailing `12:50`, `1:26pm`, `18:40 CET`, `(4:00 p.m. EDT)`.
    let words: Vec<&str> = line.split_whitespace().collect();
    let time_at = words.iter().enumerate().position(|(k, w)| {
        let w = w.trim_end_matches(',').trim_start_matches('(');
        // `8.6.2012 11.10`: a time with a dot after a date in figures.
        let numeric_date_before =
            k > 0 && words[k - 1].contains('.') && words[k - 1].bytes().all(|b| b.is_ascii_digit() || b == b'.');
        // `16h53`, as Portuguese and French pages print the hour.
        let (h, m) = w
            .split_once(':')
            .or_else(|| w.split_once('.').filter(|(_, m)| numeric_date_before && m.len() == 2))
            .or_else(|| w.split_once('h').filter(|(_, m)| m.len() == 2))
            .unwrap_or(("", ""));
        !h.is_empty()
            && h.len() <= 2
            && h.bytes().all(|b| b.is_ascii_digit())
            && m.len() >= 2
            && m.as_bytes()[..2].iter().all(u8::is_ascii_digit)
    });
    // `2018-03-26 às 16h53`, `12 mai 2021 à 10:00`, `a las 18:40`, `um 12:00`:
    // the word that joins the time goes with it.
    let time_at = time_at.map(|k| {
        let mut k = k;
        while k > 1
            && matches!(
                words[k - 1],
                "às" | "à" | "a" | "las" | "um" | "at" | "kl." | "klo" | "alle" | "ore"
            )
        {
            k -= 1;
        }
        k
    });
    match time_at {
        Some(k) if k > 0 => {
            let end = words[k - 1].as_ptr() as usize + words[k - 1].len() - line.as_ptr() as usize;
            without_weekday_after(line[..end].trim_end_matches([',', ' ', '–', '-', '—', '/', '@']))
        }
        _ => line,
    }
}

/// `10 February 2016 (Wednesday)`: the weekday in brackets after the date.
fn without_weekday_after(line: &str) -> &str {
    match line.strip_suffix(')').and_then(|l| l.rsplit_once('(')) {
        Some((date, day)) if is_weekday(day) => date.trim_end(),
        _ => line,
    }
}

/// `Brussels, 5 December 2019 (OR. en)`, `Brussels, 5 November 2008 (05.11)`:
/// the Council's original-language tag, or the date again in figures,
/// printed in brackets on the date's line.
fn without_language_tag(line: &str) -> &str {
    let Some(open) = line.rfind('(') else { return line };
    if !line.ends_with(')') {
        return line;
    }
    let tag = line[open + 1..line.len() - 1].trim();
    let language = tag.strip_prefix("OR").is_some_and(|rest| {
        let rest = rest.trim_start_matches('.').trim();
        !rest.is_empty()
            && rest
                .split([',', ' '])
                .filter(|l| !l.is_empty())
                .all(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_alphabetic()))
    });
    let figures =
        !tag.is_empty() && tag.len() <= 10 && tag.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'/');
    if language || figures {
        line[..open].trim_end()
    } else {
        line
    }
}

/// How many words of `w` form a date: `26 March 2024` (3), `13 August` (2),
/// `March 26, 2024` (3). `None` when `w` does not start with a date.
fn dateline_date_len(w: &[&str]) -> Option<usize> {
    let first = w.first()?;
    if number(first).is_some()
        && w.get(1).is_some_and(|c| {
            matches!(
                *c,
                "and"
                    | "AND"
                    | "&"
                    | "to"
                    | "TO"
                    | "–"
                    | "-"
                    | "et"
                    | "und"
                    | "y"
                    | "e"
                    | "en"
                    | "og"
                    | "och"
                    | "ja"
                    | "i"
            )
        })
        && w.get(2).and_then(|d| number(d)).is_some()
    {
        return dateline_date_len(&w[2..]).map(|n| n + 2);
    }
    if iso_like(first).is_some() {
        return Some(1);
    }
    // `10. 1. 2009`: a numeric date spaced after its dots.
    if w.len() >= 3 && first.ends_with('.') && w[1].ends_with('.') && full_date_at(w, 0).is_some() {
        return Some(3);
    }
    let day_word = first.rsplit(['-', '–']).next().unwrap_or(first);
    // `7 th July 2024`: the ordinal parted from its day.
    if number(day_word).is_some()
        && w.get(1)
            .is_some_and(|o| matches!(o.to_lowercase().as_str(), "st" | "nd" | "rd" | "th"))
        && w.get(2).is_some_and(|m| month_number(m).is_some())
    {
        let mut joined = vec![*first];
        joined.extend_from_slice(&w[2..]);
        return dateline_date_len(&joined).map(|n| n + 1);
    }
    // `12 de diciembre de 2015`, `26 de março`: Spanish and Portuguese `de`;
    // `11 of December 2009`, their speakers' English; Maltese `12 ta’ Mejju 2022`.
    if number(day_word).is_some_and(|d| (1..=31).contains(&d))
        && matches!(w.get(1), Some(&"of" | &"ta’" | &"ta'"))
        && w.get(2)
            .is_some_and(|m| month_number(m.trim_end_matches(',')).is_some())
        && w.get(3).and_then(|y| number(y)).is_some_and(|y| y >= 1000)
    {
        return Some(4);
    }
    if number(day_word).is_some_and(|d| (1..=31).contains(&d))
        && matches!(w.get(1), Some(&"de"))
        && w.get(2)
            .is_some_and(|m| month_number(m.trim_end_matches(',')).is_some())
    {
        let year =
            matches!(w.get(3), Some(&"de" | &"del")) && w.get(4).and_then(|y| number(y)).is_some_and(|y| y >= 1000);
        return Some(if year { 5 } else { 3 });
    }
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
    // `May 4, 2024`, `May 4-5, 2024`.
    if month_number(first).is_some()
        && w.get(1)
            .and_then(|d| number(d.split(['-', '–']).next().unwrap_or(d)))
            .is_some()
    {
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
    // A UN resolution's closing line: `72nd plenary meeting 9 December 2003`.
    if s.ends_with("plenary meeting")
        || s.ends_with("meeting") && s.split_whitespace().count() <= 3 && s.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    const CONNECTORS: &[&str] = &[
        "de", "da", "do", "del", "la", "le", "of", "am", "an", "upon", "en", "sur",
    ];
    // `NAMIBIA – WINDHOEK`: a country and its city, a dash between.
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| !matches!(*w, "-" | "–" | "—"))
        .collect();
    // (`NEW YORK/JUBA`: a joint dateline's two seats; `วันที่นำเข้าข้อมูล`: a
    // label in a script without capitals, read as the place it stands for.)
    // (Not Chinese, Japanese or Korean, whose titles run on without spaces.)
    let caseless = |c: char| {
        c.is_alphabetic()
            && !c.is_lowercase()
            && !c.is_uppercase()
            && !matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3040}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
    };
    words.len() <= 4
        && s.chars()
            // (Thai and Indic vowel signs are marks, not letters.)
            .all(|c| {
                c.is_alphabetic()
                    // (`St. George’s`: a typeset apostrophe too.)
                    || matches!(c, ' ' | '-' | '–' | '—' | '.' | '\'' | '’' | ',' | '/')
                    || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0DFF}' | '\u{0E00}'..='\u{0EFF}')
            })
        && words.iter().enumerate().all(|(i, w)| {
            w.starts_with(|c: char| c.is_uppercase() || caseless(c))
                || (i > 0 && CONNECTORS.contains(&w.trim_end_matches(',')))
        })
}
