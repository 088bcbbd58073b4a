//! A header's fields: a record's labels and their values (`Release Date:` /
//! `19/12/1983`), a title field (`[Title] …`), and the lines that carry the
//! document's number with or without its date (`FA89 - 18 July 2003`,
//! `Press Release 193/2004`, `Brussels, 25/01/2021 - 18:40, UNIQUE ID: …`).

use super::super::numbers::{document_number, press_series, series_number};
use super::Kind;
use crate::dates::{first_full_date, parse_dateline};

/// A record field's label alone on its line, its value on the next.
pub(super) fn is_field_label(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "release date",
        "release type",
        "released by",
        "transcript id",
        "document",
        "document type",
        "publication date",
        "date published",
        "published",
        "date",
        "type",
        "source",
        "author",
        "language",
        "category",
        "location",
        "tags",
        "topics",
        "keywords",
        "format",
    ];
    text.strip_suffix(':').is_some_and(|label| {
        let label = label.trim().to_lowercase();
        LABELS.contains(&label.as_str()) || ARCHIVE_LABELS.contains(&label.as_str()) || is_archive_number_label(&label)
    })
}

/// An archive's record of a document it holds (the CIA reading room's
/// `Document Creation Date:` / `December 19, 2016`): fields about the copy,
/// whose dates are the archive's, not the document's (`Publication Date:`
/// is the document's).
const ARCHIVE_LABELS: &[&str] = &[
    "document creation date",
    "document release date",
    "release decision",
    "original classification",
    "document page count",
    "sequence number",
    "case number",
    "content type",
    "collection",
];

/// The archive's dates of its copy, by their labels (lower case, no colon).
pub(super) fn is_archive_date_label(label: &str) -> bool {
    matches!(label, "document creation date" | "document release date")
}

/// `Document Number (FOIA) /ESDN (CREST):`: the number the document is
/// cited by in the archive, which is the only one it prints.
pub(super) fn is_archive_number_label(label: &str) -> bool {
    label.starts_with("document number (foia)")
}

/// `[Title] Political Declaration`, `Title: …`: a database's or a form's field.
/// Returns the title and, for a resolution's heading, its number.
pub(super) fn title_field(text: &str) -> Option<(String, Option<String>)> {
    // `73/3. Political declaration of …`: a UN resolution's number and title.
    // (`4 6 / 9. Mandate of …`: a PDF's letter-spaced number.)
    if let Some((number, title)) = text.split_once(". ")
        && number.len() <= 12
        && let number = number.replace(' ', "")
        && let Some((session, serial)) = number.split_once('/')
        && (1..=3).contains(&session.len())
        && (1..=4).contains(&serial.len())
        && session.bytes().chain(serial.bytes()).all(|b| b.is_ascii_digit())
        && title.starts_with(char::is_uppercase)
        && title.len() <= 300
    {
        return Some((title.trim().to_string(), Some(number)));
    }
    // `16/… Situation of human rights in Myanmar`: a draft resolution's
    // heading, its serial left open until adopted.
    if text.starts_with(|c: char| c.is_ascii_digit())
        && let Some((session, title)) = text.split_once("/… ").or_else(|| text.split_once("/... "))
        && (1..=3).contains(&session.len())
        && session.bytes().all(|b| b.is_ascii_digit())
        && title.starts_with(char::is_uppercase)
        && title.len() <= 300
    {
        return Some((title.trim().to_string(), None));
    }
    let rest = text
        .strip_prefix("[Title]")
        // The World and Japan database's Japanese record (`[文書名] …`).
        .or_else(|| text.strip_prefix("[文書名]"))
        .or_else(|| text.strip_prefix("Title:"))
        .or_else(|| text.strip_prefix("TITLE:"))
        .or_else(|| bilingual_title_label(text))?;
    let rest = rest.trim();
    (!rest.is_empty()).then(|| (rest.to_string(), None))
}

/// `Tajuk/Title : …`, `Title : …`: a form's title field whose label names
/// it in two languages, or sets the colon off.
fn bilingual_title_label(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(':')?;
    let label = label.trim();
    (label.len() <= 24
        && label
            .split('/')
            .any(|part| matches!(part.trim(), "Title" | "TITLE" | "Titre" | "Título" | "Titolo" | "Titel"))
        && (label.contains('/') || label.len() < text.split_once(':')?.0.len()))
    .then_some(rest)
}

/// `Documentation Reference: PRES/96/130 Date: 13/05/1996`: the EUROPA press
/// archive's record of a release (`DN: IP/96/1176     Date: 1996-12-18` in
/// the RAPID database's older export); `Original Department of Foreign Affairs and
/// Trade link: M30`: an archive's link to a minister's release code.
pub(super) fn archive_reference(text: &str) -> Option<(String, Option<String>)> {
    if let Some(rest) = text
        .strip_prefix("Documentation Reference:")
        .or_else(|| text.strip_prefix("DN:"))
    {
        let (number, after) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
        let date = after
            .trim()
            .strip_prefix("Date:")
            .and_then(|d| parse_dateline(d.trim()))
            .and_then(|(_, d)| d);
        return series_number(number).map(|n| (n, date));
    }
    let (label, code) = text.rsplit_once(" link: ")?;
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let ok = label.starts_with("Original ")
        && (1..=3).contains(&letters)
        && (1..=4).contains(&(code.len() - letters))
        && code[letters..].bytes().all(|b| b.is_ascii_digit());
    ok.then(|| (code.to_string(), None))
}

/// `No: 47, 22 March 2024, Regarding the Terrorist Attack in Moscow`: a
/// ministry's release heading, its serial, date and headline on one line
/// (as Türkiye's foreign ministry prints every release).
pub(super) fn numbered_headline(text: &str) -> Option<(String, Option<String>, String)> {
    // `68-2009. ATENTADO EN BAGDAD`: Spain's foreign ministry heads each
    // communiqué with its serial and year.
    if let Some((serial, headline)) = text.split_once(". ")
        && let Some((n, year)) = serial.split_once('-')
        // (A serial of four digits would be a year range's first year.)
        && (1..=3).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.bytes().all(|b| b.is_ascii_digit())
        && headline.split_whitespace().count() >= 2
    {
        return Some((serial.to_string(), None, headline.trim().to_string()));
    }
    if let Some(release) = prime_minister_release(text) {
        return Some(release);
    }
    // `AG/RES. 2880 (XLVI-O/16) Advancing Hemispheric Security: …`: an OAS
    // resolution's symbol, session in brackets, then its title on one line.
    if let Some(close) = text.find(") ")
        && text[..close].contains('/')
        && let Some(symbol) = series_number(&text[..=close]).filter(|n| n.len() == close + 1)
        && let headline = text[close + 2..].trim()
        && headline.split_whitespace().count() >= 2
        && headline.starts_with(char::is_uppercase)
        // (Not a contents list's entry, `… Development...... 1`.)
        && !headline.contains("..")
    {
        return Some((symbol, None, headline.to_string()));
    }
    // (`QA-30, 9 May 2019, Statement of the Spokesperson …`: the same
    // ministry's answers to questions carry a lettered serial, and a date.)
    if let Some((serial, rest)) = text.split_once(", ")
        && let Some((letters, n)) = serial.split_once('-')
        && (1..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=4).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
    {
        return dated_headline(serial, rest);
    }
    let rest = ["No:", "No.:", "No.", "NO:", "Nr."]
        .iter()
        .find_map(|p| text.strip_prefix(p))?
        .trim_start();
    let (serial, rest) = rest.split_once(',')?;
    let serial = serial.trim();
    // `No:438/23, Statement of the Ministry of Foreign Affairs …`: a serial
    // with its year (Azerbaijan's foreign ministry) and the headline, undated.
    if let Some((n, year)) = serial.split_once('/')
        && (1..=4).contains(&n.len())
        && year.len() == 2
        && n.bytes().chain(year.bytes()).all(|b| b.is_ascii_digit())
        && let headline = rest.trim()
        && headline.split_whitespace().count() >= 2
        && headline.starts_with(char::is_uppercase)
        && parse_dateline(headline).is_none()
    {
        return Some((serial.to_string(), None, headline.to_string()));
    }
    if serial.is_empty() || serial.len() > 4 || !serial.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    dated_headline(serial, rest)
}

/// `22 March 2024, Regarding …` after a release's serial: its date, which
/// runs to the next comma after its year, and its headline.
fn dated_headline(serial: &str, rest: &str) -> Option<(String, Option<String>, String)> {
    let rest = rest.trim_start();
    // (`Nr. 072, 30. ágúst 1999.Yfirlýsing fundar …`: Iceland's ministry
    // ends the date with a full stop, and a day may carry one too; or with
    // a colon, `Nr. 015, 10. mars 1998: Utanríkisráðherra …`.)
    let (year_end, date) = rest
        .match_indices([',', '.', ':'])
        .map(|(at, _)| at)
        .filter(|&at| rest[..at].trim_end().ends_with(|c: char| c.is_ascii_digit()))
        .find_map(|at| Some((at, parse_dateline(&rest[..at]).and_then(|(_, d)| d)?)))?;
    let headline = rest[year_end + 1..].trim();
    let headline = headline.strip_suffix('.').unwrap_or(headline);
    (headline.split_whitespace().count() >= 2).then(|| (serial.to_string(), Some(date), headline.to_string()))
}

/// `FOR PRESS: P.M. NO. 60/1965 - MALAYSIA AND SINGAPORE - STATEMENT BY THE
/// PRIME MINISTER, …`: an archive's catalogue line for a prime minister's
/// numbered press release (Australia's before 1972 numbered them `P.M. No.
/// 60/1965`); the serial, the headline, and the byline dropped.
fn prime_minister_release(text: &str) -> Option<(String, Option<String>, String)> {
    let rest = ["FOR PRESS:", "For Press:", "FOR THE PRESS:", "FOR RELEASE:"]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text)
        .trim_start();
    let cue = ["P.M. NO.", "P.M. No.", "PM NO.", "PM No.", "P.M. NO", "PM NO"]
        .iter()
        .find(|c| rest.starts_with(**c))?;
    let (serial, after) = rest[cue.len()..].split_once(" - ")?;
    let serial = serial.trim();
    let plain = !serial.is_empty()
        && serial.len() <= 10
        && serial.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        && serial.starts_with(|c: char| c.is_ascii_digit());
    if !plain {
        return None;
    }
    // The byline that follows the headline: `- STATEMENT BY THE PRIME MINISTER, …`.
    let headline = after
        .split(" - ")
        .take_while(|part| {
            let upper = part.trim_start().to_uppercase();
            ![
                "STATEMENT BY",
                "PRESS STATEMENT BY",
                "SPEECH BY",
                "REMARKS BY",
                "ADDRESS BY",
            ]
            .iter()
            .any(|b| upper.starts_with(b))
        })
        .collect::<Vec<_>>()
        .join(" - ");
    let headline = headline.trim();
    (!headline.is_empty()).then(|| (format!("{cue} {serial}"), None, headline.to_string()))
}

/// `M/ 93 7 June 1973`: a release's number (a series letter or two, a
/// slash, the serial) then its day, in the columns a prime minister's office
/// printed under `NO. DATE`. The number is kept as printed.
fn release_then_day(text: &str) -> Option<(String, String)> {
    // (Asked of every header line: most have no capital and slash first.)
    let first = text.split_whitespace().next()?;
    // `FA7 27 January 1998`: a foreign minister's release code (Australia's),
    // its letters glued to the serial. (`G7`, `COP26` are meetings.)
    let letters = first.bytes().take_while(u8::is_ascii_uppercase).count();
    if (1..=3).contains(&letters)
        && (1..=4).contains(&(first.len() - letters))
        && first.bytes().skip(letters).all(|b| b.is_ascii_digit())
        && !matches!(&first[..letters], "G" | "COP" | "C" | "F")
        && let Some((None, Some(date))) = parse_dateline(text[first.len()..].trim())
    {
        return Some((first.to_string(), date));
    }
    if !(first.starts_with(|c: char| c.is_ascii_uppercase()) && first.len() <= 8 && first.contains('/')) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    [1, 2].into_iter().find_map(|k| {
        let code = words.get(..k)?.join(" ");
        let (letters, serial) = code.split_once('/')?;
        let letters = letters.trim_end_matches('.');
        let serial = serial.trim_start();
        let ok = (1..=3).contains(&letters.len())
            && letters.bytes().all(|b| b.is_ascii_uppercase())
            && (1..=4).contains(&serial.len())
            && serial.bytes().all(|b| b.is_ascii_digit());
        match parse_dateline(&words[k..].join(" ")) {
            Some((None, Some(date))) if ok => Some((code, date)),
            _ => None,
        }
    })
}

/// A line carrying the document's number with its date: `Brussels,
/// 25/01/2021 - 18:40, UNIQUE ID: 210125_18`, `July 7, 2004 (4:00 p.m. EDT)
/// No. 76`, `PC.JOUR/1233 Organization for … 20 June 2019 Permanent Council`.
/// `General Assembly Distr. GENERAL A/HRC/RES/12/2 12 October 2009`: a UN
/// masthead's cells on one line, its symbol and date among them.
fn masthead_stamp(text: &str) -> Option<Kind> {
    let at = text.find("Distr.")?;
    let is_symbol_word =
        |w: &&str| w.len() >= 5 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.matches('/').count() >= 2;
    let mut words = text.split_whitespace().skip_while(|w| !is_symbol_word(w));
    let symbol = words.next()?;
    let mut n = series_number(symbol)?;
    // `A/51/188 S/1996/511`: a text issued to the General Assembly and the
    // Security Council at once bears both symbols, side by side in the cell.
    if symbol.starts_with("A/")
        && let Some(second) = words.next().filter(|w| w.starts_with("S/") && is_symbol_word(w))
        && let Some(second) = series_number(second)
    {
        n = format!("{n} {second}");
    }
    let date = first_full_date(&text[at..]);
    Some(Kind::Stamp(n, date))
}

/// `Số: 19/TCBC-NGĐ Ngày: 15/10/2005`, `Nomor: 12/PR/2019 Tanggal: 3 Mei
/// 2019`: a form's number and date fields side by side on one line, each
/// labelled in the document's own language.
fn labelled_pair(text: &str) -> Option<Kind> {
    const NUMBER: &[&str] = &[
        "Số:",
        "Nomor:",
        "No.:",
        "No:",
        "Nr.:",
        "Nr:",
        "N°:",
        "N°",
        "Nº",
        "Número:",
        "Numéro :",
        "Numéro:",
        "Broj:",
        "Číslo:",
        "Ref.:",
        "Ref:",
    ];
    const DATE: &[&str] = &[
        "Ngày:", "Tanggal:", "Date:", "Date :", "Datum:", "Fecha:", "Data:", "Dátum:", "Dato:",
    ];
    let rest = NUMBER.iter().find_map(|l| text.trim().strip_prefix(l))?.trim_start();
    let (id, after) = rest.split_once(char::is_whitespace)?;
    let id = id.trim_end_matches([',', ';']);
    let day = DATE.iter().find_map(|l| after.trim_start().strip_prefix(l))?;
    let is_id = (1..=30).contains(&id.chars().count())
        && id.bytes().any(|b| b.is_ascii_digit())
        && id.chars().all(|c| c.is_alphanumeric() || "/-.".contains(c))
        && !id.chars().any(char::is_lowercase);
    match parse_dateline(day.trim()) {
        Some((None, Some(date))) if is_id => Some(Kind::Stamp(id.to_string(), Some(date))),
        _ => None,
    }
}

pub(super) fn stamp(text: &str) -> Option<Kind> {
    if text.len() > 300 {
        return None;
    }
    if let Some(kind) = resolution_stamp(text) {
        return Some(kind);
    }
    if let Some(kind) = masthead_stamp(text).or_else(|| labelled_pair(text)) {
        return Some(kind);
    }
    for cue in [", UNIQUE ID:", " UNIQUE ID:", " No. ", ", No. ", ", Ref.", " Ref.:"] {
        if let Some(at) = text.find(cue) {
            // `Special Permanent Council No. 570`: a meeting's own count,
            // not the number of the text read at it.
            if cue.contains("No.") && names_meeting_before(&text[..at]) {
                continue;
            }
            let id = text[at + cue.len()..].trim();
            let n = series_number(&format!("No. {id}")).or_else(|| series_number(id))?;
            let (_, date) = parse_dateline(text[..at].trim_end_matches(',')).unwrap_or((None, None));
            return Some(Kind::Stamp(n, date.or_else(|| first_full_date(&text[..at]))));
        }
    }
    // `QA-12, 17 May 2014`: a ministry's code for a reply or release (a few
    // capitals, a hyphen, its serial), then the day.
    if let Some((code, day)) = text.trim().split_once(", ")
        && let Some((letters, serial)) = code.split_once('-')
        && (1..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && (1..=4).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_digit())
        && let Some((None, Some(date))) = parse_dateline(day)
    {
        return Some(Kind::Stamp(code.to_string(), Some(date)));
    }
    // `No: 55, 29 February 2016`: the same ministry's serial and day on a
    // line of their own, under the headline.
    if let Some((serial, day)) = ["No:", "No.:", "NO:"]
        .iter()
        .find_map(|p| text.trim().strip_prefix(p))
        .and_then(|rest| rest.trim_start().split_once(", "))
        && (1..=4).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_digit())
        && let Some((None, Some(date))) = parse_dateline(day)
    {
        return Some(Kind::Stamp(serial.to_string(), Some(date)));
    }
    if let Some((code, date)) = release_then_day(text) {
        return Some(Kind::Stamp(code, Some(date)));
    }
    // `11 July 2018 PR/CP(2018)074`: a NATO release's date, then its number.
    if let Some((head, last)) = text.trim_end().rsplit_once(' ')
        && last.contains('/')
        && let Some(n) = series_number(last)
        && let Some((None, Some(date))) = parse_dateline(head.trim_end_matches(['-', '–', ',', ' ']))
    {
        return Some(Kind::Stamp(n, Some(date)));
    }
    let first = text.split_whitespace().next()?;
    // The whole line may be the number (`CM/Res.207 (XIV) - CM/Res.218 (XIV)`).
    // `S/RES/953 (1994)* 31 October 1994`: a resolution's symbol keeps its
    // year (the asterisk marks a reissue).
    let with_year = text
        .split_whitespace()
        .nth(1)
        .map(|w| w.trim_end_matches('*'))
        .filter(|w| {
            w.len() == 6 && w.starts_with('(') && w.ends_with(')') && w[1..5].bytes().all(|b| b.is_ascii_digit())
        })
        .and_then(|year| series_number(&format!("{first} {year}")));
    let number = || {
        with_year.clone().unwrap_or_else(|| {
            series_number(text)
                .filter(|n| n.starts_with(first))
                .unwrap_or_else(|| first.to_string())
        })
    };
    (text.len() > first.len() + 20 && first.contains('/') && series_number(first).is_some())
        .then(|| Kind::Stamp(number(), first_full_date(text)))
}

/// Whether the words before a `No.` name a meeting (`Permanent Council`,
/// `Plenary Meeting`, `Session`).
fn names_meeting_before(text: &str) -> bool {
    text.trim_end_matches(',').rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "Council" | "Meeting" | "Session" | "Sitting" | "Summit" | "Conference" | "Assembly" | "Plenary"
        )
    })
}

/// `Brussels, 14 November 2002 13839/02 (Presse 344)`: a dateline and a
/// number that a page printed on one line. The date is returned when there
/// is one (the number is read again by `split_number`).
pub(super) fn dateline_with_number(text: &str) -> Option<(Option<String>, String)> {
    // A dateline is short; only a short line is tried at every word.
    if text.len() > 120 {
        return None;
    }
    // Both halves hold digits; most lines have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // `Brussels, 15 November 199912642/99 (Presse 344)`: a year glued to the
    // number after it.
    let glued = |w: &str| {
        let b = w.as_bytes();
        b.len() > 6
            && (w.starts_with("19") || w.starts_with("20"))
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4].is_ascii_digit()
            && w.contains('/')
    };
    let words: Vec<&str> = text
        .split_whitespace()
        .flat_map(|w| if glued(w) { vec![&w[..4], &w[4..]] } else { vec![w] })
        .collect();
    let line = words.join(" ");
    let mut starts = Vec::with_capacity(words.len());
    let mut at = 0;
    for w in &words {
        starts.push(at);
        at += w.len() + 1;
    }
    let from = |k: usize| &line[starts[k]..];
    // `Brussels, 23 January 2012 A 18/12`: the High Representative's series
    // after the dateline, its serial as short as one digit.
    if let [.., series @ ("A" | "S"), serial] = words.as_slice()
        && words.len() >= 4
        && let Some((n, year)) = serial.split_once('/')
        && (1..=4).contains(&n.len())
        && year.len() == 2
        && n.bytes().chain(year.bytes()).all(|b| b.is_ascii_digit())
        && let Some((_, Some(date))) = parse_dateline(&words[..words.len() - 2].join(" "))
    {
        return Some((Some(date), format!("{series} {serial}")));
    }
    (1..words.len()).find_map(|k| {
        // `15 / 11 / 2022`: a date with spaced slashes holds no number.
        if matches!(words[k - 1], "/") || words[k].starts_with('/') {
            return None;
        }
        // `(EC) No 1049/2001 of the European Parliament …`: an act's number,
        // cited, is no number of the text's.
        if k >= 2 && matches!(words[k - 1], "No" | "No." | "Nº") && is_act_word(words[k - 2]) {
            return None;
        }
        // `… 1989 SN 441/2/89`: the number starts at its series prefix.
        let k = if document_number(from(k - 1)).is_some() {
            k - 1
        } else {
            k
        };
        // `Brussels, 13 November 2013 (OR. en) PRESSE 472`: a press release's series.
        // `Brussels (03-09-1999) -Nr. 10613/99 (Presse 255) - CFSP : 85/99`:
        // a Council number of four digits or more, whatever follows it.
        let number = document_number(from(k)).or_else(|| press_series(from(k))).or_else(|| {
            let alone = |s: &str| {
                document_number(s).filter(|n| {
                    let serial = n.split(' ').find(|w| w.contains('/')).unwrap_or("");
                    serial.bytes().take_while(u8::is_ascii_digit).count() >= 4 && !is_budget_year(serial)
                })
            };
            // `CM 1967/20 OJ CRP1 …`: with its series prefix.
            let prefixed = (k >= 1).then(|| alone(&format!("{} {}", words[k - 1], words[k])));
            prefixed.flatten().or_else(|| alone(words[k]))
        })?;
        let before = line[..starts[k]].trim_end();
        let date = parse_dateline(before)
            .and_then(|(_, d)| d)
            .or_else(|| first_full_date(before));
        // `EUROPEAN UNION A 116/11`, `S 123/09`: the High Representative's
        // statements (Ashton's `A`, Solana's `S`) are numbered in a lettered series.
        let number = match before.strip_suffix(" A").or_else(|| before.strip_suffix(" S")) {
            Some(head) if (head.is_empty() || head.ends_with("UNION")) && number.contains('/') => {
                format!("{} {number}", &before[head.len()..].trim())
            }
            _ if matches!(before, "A" | "S") && number.contains('/') => format!("{before} {number}"),
            _ => number,
        };
        Some((date, number))
    })
}

/// `2020/21`: a budget's or season's year and the next (`FADTC 2020/21
/// Estimates Hearing`), shaped as a Council number of four digits would be.
fn is_budget_year(serial: &str) -> bool {
    let Some((year, next)) = serial.split_once('/') else {
        return false;
    };
    let (Ok(year), Ok(next)) = (year.parse::<u32>(), next.parse::<u32>()) else {
        return false;
    };
    next < 100 && (1950..2100).contains(&year) && (year + 1) % 100 == next
}

/// The word before an act's `No` (`(EC) No 1049/2001`, `Regulation No 17/62`).
fn is_act_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches(','),
        "(EC)" | "(EU)" | "(EEC)" | "(Euratom)" | "(CE)" | "(UE)" | "(CEE)" | "Regulation" | "Decision" | "Directive"
    )
}

/// `FA89 - 18 July 2003`, `MR123 – 4 May 2021`: an Australian minister's
/// release code (a letter or three and its serial) before the release's date.
pub(super) fn coded_release(text: &str) -> Option<(Option<String>, String)> {
    // `AA 61 21 September 1999`: the code's letters and serial spaced, no dash.
    if let Some((letters, rest)) = text.split_once(' ')
        && (1..=3).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && let Some((serial, date)) = rest.split_once(' ')
        && (1..=4).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_digit())
        && let Some((_, Some(iso))) = parse_dateline(date)
    {
        return Some((Some(iso), format!("{letters} {serial}")));
    }
    let is_code = |code: &str| {
        // `MVT34/2003`: with the year after a slash.
        let serial = match code.split_once('/') {
            Some((n, y)) if (y.len() == 2 || y.len() == 4) && y.bytes().all(|b| b.is_ascii_digit()) => n,
            _ => code,
        };
        let letters = serial.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = serial.len() - letters;
        (1..=4).contains(&letters) && (1..=4).contains(&digits) && serial[letters..].bytes().all(|b| b.is_ascii_digit())
    };
    let (code, rest) = text.split_once(" - ").or_else(|| text.split_once(" – "))?;
    let code = code.trim();
    if is_code(code)
        && let Some(date) = parse_dateline(rest.trim()).and_then(|(_, d)| d)
    {
        return Some((Some(date), code.to_string()));
    }
    // `Friday, 2 May 2003 - MVT34/2003`: the date first.
    let (date, code) = text.rsplit_once(" - ").or_else(|| text.rsplit_once(" – "))?;
    let code = code.trim();
    let date = parse_dateline(date.trim()).and_then(|(_, d)| d)?;
    is_code(code).then(|| (Some(date), code.to_string()))
}

/// `Press Release 193/2004`, `News release No. 76`: a release's own number.
pub(super) fn release_number(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for cue in [
        "press release",
        "news release",
        "media release",
        // An EU delegation's series (`EU News 477/2013`).
        "eu news",
        "press communique",
        "press communiqué",
        "communiqué de presse",
        "pressemitteilung",
        // The same in other languages (`COMUNICADO 299`, `Pressmeddelande 113/2022`).
        "comunicado",
        "comunicato",
        "pressmeddelande",
        "pressemeddelelse",
        "pressemelding",
        "tiedote",
    ] {
        if let Some(rest) = lower.strip_prefix(cue) {
            let rest = text[text.len() - rest.len()..]
                .trim()
                .trim_start_matches("No.")
                .trim_start_matches(':')
                .trim();
            // NATO's `Press Release (2008) 153`: the series is named with its year.
            // `Press Release (97)27`: with two digits of the year.
            if let Some((year, serial)) = rest.strip_prefix('(').and_then(|r| r.split_once(')'))
                && (year.len() == 4 || year.len() == 2)
                && year.bytes().all(|b| b.is_ascii_digit())
                && !serial.trim().is_empty()
                && serial.trim().len() <= 5
                && serial.trim().bytes().all(|b| b.is_ascii_digit())
            {
                return Some(text.trim().to_string());
            }
            // `PRESS COMMUNIQUE M-NAC-2(94)116`: a symbol of the series.
            if let Some(n) = series_number(rest).filter(|_| rest.starts_with(|c: char| c.is_ascii_uppercase())) {
                return Some(n);
            }
            let ok = !rest.is_empty() && rest.len() <= 12 && rest.bytes().next().is_some_and(|b| b.is_ascii_digit());
            // `Pressemitteilung 447`, `COMUNICADO 299`: a serial printed right
            // after the release's kind is numbered in the kind's series, and
            // named with it; after `No.` the serial stands alone.
            let cued = text[cue.len()..].trim_start().starts_with(['N', 'n', ':']);
            return ok.then(|| {
                if cued {
                    rest.to_string()
                } else {
                    format!("{} {rest}", text.trim()[..cue.len()].trim())
                }
            });
        }
    }
    None
}

/// `Resolution ES-10/11 (5 August 2002)`, `Resolution 60/251 (15 March
/// 2006)`: a resolution's heading in a collection, its number and the day it
/// was adopted, over the resolution's own title.
fn resolution_stamp(text: &str) -> Option<Kind> {
    let rest = ["Resolution ", "RESOLUTION ", "Résolution ", "Resolución "]
        .iter()
        .find_map(|p| text.strip_prefix(p))?;
    let (number, date) = rest.split_once(" (")?;
    let date = date.strip_suffix(')')?;
    let digits = number.strip_prefix("ES-").unwrap_or(number);
    let shaped = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        && digits.starts_with(|c: char| c.is_ascii_digit());
    let date = first_full_date(date).filter(|_| date.split_whitespace().count() >= 3)?;
    shaped.then(|| Kind::Stamp(number.to_string(), Some(date)))
}
