//! The header's last step: the metadata its classified lines hold (datelines,
//! numbers, stamps, markings, in order of trust), and the title cleaned of what
//! pages glue to it (a kind label, a dateline and kind, a footnote mark, a
//! date run on), the date a title ends with read off it.

use super::super::header::Header;
use super::super::lines::{Line, floor_char_boundary};
use super::super::numbers::{dated_serial, document_number};
use super::kinds::{self, is_kind_line, without_kind_label};
use super::tails::{
    without_agency_after_dash, without_footnote_mark, without_issuer_in_brackets, without_reprint_label,
    without_site_after_bar,
};
use super::{Kind, is_all_caps};
use crate::dates::{first_full_date, first_full_date_at, parse_dateline};

/// Whether the line above `i` is a Council letterhead's `(OR. en)`.
fn under_original_language(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.text.trim_start().starts_with("(OR."))
}

/// Whether a line is a host's stamp of when it posted the text
/// (`Published: Wed 18 Apr 2001 09:17 AM`, `Posted on …`).
fn is_posting_stamp(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("Published") || t.starts_with("Posted")
}

/// Whether a line is one day alone, no span of days (`17 April 2001`, not
/// `1-3 DECEMBER 2024`, a visit's days under the stamp that dates its
/// release).
fn is_single_date(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 40 && !t.contains(['-', '–', '—', '/']) && first_full_date(t).is_some()
}

/// Records the header's lines up to `end` and the metadata they hold. A
/// date anywhere above the body counts (pages put it under the title, after
/// a byline); a date at the end of the title wins (`… (Paris - May 22, 2017)`).
pub(super) fn finish(mut h: Header, lines: &[Line], top: &[(usize, Kind)], end: usize) -> Header {
    // Whether the date so far is a bare date line's, with no place.
    let mut bare_date = false;
    // Whether that bare date opens the page, above every other line
    // (a blog's day over its post's headline).
    let mut page_date = false;
    // Whether the date so far is a host's stamp of when it posted the text
    // (`Published: Wed 18 Apr 2001 09:17 AM`), which the text's own date
    // line below it outranks (`Media Statement` / `17 April 2001`).
    let mut posted = false;
    for (k, (i, kind)) in top.iter().enumerate() {
        if *i < end {
            h.lines.push(*i);
        }
        match kind {
            Kind::Dateline(place, date)
                if date.is_some()
                    && (h.meta.date.is_none() || (posted && *i < end && is_single_date(lines[*i].text))) =>
            {
                posted = is_posting_stamp(lines[*i].text);
                h.meta.date = date.clone();
                h.meta.place = place.clone();
                bare_date = place.is_none();
                page_date = bare_date && k == 0;
            }
            // `Tuesday, 15 December 2009` / the headline / `11 of December
            // 2009`: the date printed under the headline is the text's own.
            Kind::Dateline(None, Some(date))
                if *i < end && page_date && top[1..k].iter().any(|(_, kind)| matches!(kind, Kind::Candidate(_))) =>
            {
                h.meta.date = Some(date.clone());
                page_date = false;
            }
            // `Fri. Jul 19th, 2024` (a site's date) over `Brussels, 21/02/2022
            // – 22:23`: a date with its place, above the body, dates the text;
            // a bare date above it is the page's.
            Kind::Dateline(Some(place), Some(date)) if *i < end && bare_date => {
                h.meta.date = Some(date.clone());
                h.meta.place = Some(place.clone());
                bare_date = false;
            }
            // `NAM/MM/COB/8` / `30 May 2006`: the day printed right under
            // the document's symbol is its own, over a meeting's span above.
            Kind::Dateline(None, Some(date))
                if k > 0
                    && matches!(&top[k - 1].1, Kind::Number(n) if n.contains('/'))
                    && is_single_date(lines[*i].text) =>
            {
                h.meta.date = Some(date.clone());
            }
            Kind::Published(date) if h.meta.date.is_none() || bare_date => {
                h.meta.date = Some(date.clone());
                bare_date = false;
            }
            // A Council number outranks a press series printed above it
            // (`C/99/296`), and so does the one under the letterhead's
            // original language (`(OR. en)` / `EUCO 163/14` under a site's
            // `EU News 359/2014`).
            Kind::Number(n)
                if *i < end
                    && (h.meta.number.is_none()
                        || (document_number(n).is_some()
                            && (h
                                .meta
                                .number
                                .as_deref()
                                .is_some_and(|old| document_number(old).is_none())
                                || under_original_language(lines, *i)))) =>
            {
                h.meta.number = Some(n.clone())
            }
            Kind::Marking(m) if *i < end && h.meta.marking.is_none() => h.meta.marking = Some(m.clone()),
            Kind::Stamp(n, date) => {
                if h.meta.number.as_deref().is_none_or(|old| {
                    document_number(n).is_some()
                        && (document_number(old).is_none() || under_original_language(lines, *i))
                }) {
                    h.meta.number = Some(motions_listed(lines[*i].text, n).unwrap_or_else(|| n.clone()));
                }
                // `RESTRICTED WT/GC/M/23 28 November 1997` under `General
                // Council 22 October 1997`: the date printed with a symbol is
                // the document's; a date above it may be its meeting's.
                // (`1305-25-09-2010`: so does a serial that holds its day,
                // under a mail's `Date:` of forwarding.)
                let own_date = (n.contains('/') && document_number(n).is_none()) || dated_serial(n).is_some();
                if h.meta.date.is_none() || (date.is_some() && own_date) {
                    h.meta.date = date.clone();
                }
            }
            _ => {}
        }
    }
    // `10/03/2024 | Press release` over `October 03, 2024`: a numeric date
    // read day first, which the same header prints with its month's name
    // the other way round, is that date.
    if let Some(date) = h.meta.date.clone() {
        let written = |i: usize| {
            lines[i]
                .text
                .split_whitespace()
                .any(|w| crate::dates::month_number(w.trim_end_matches(',')).is_some())
        };
        let swapped = format!(
            "{}-{}-{}",
            &date[..4.min(date.len())],
            date.get(8..10).unwrap_or(""),
            date.get(5..7).unwrap_or("")
        );
        // Any header line counts, a menu-like one too (`Secretaría | October 03, 2024 | Press Release`).
        let printed_swapped = top
            .iter()
            .any(|(i, _)| written(*i) && first_full_date(lines[*i].text).is_some_and(|d| d == swapped));
        if swapped != date && printed_swapped && crate::dates::is_iso_date(&swapped) {
            h.meta.date = Some(swapped);
        }
    }
    // A masthead under a title the page printed first (the AU's symbol below
    // its letterhead, under the communiqué's heading): the number still
    // names the document when the header holds no other.
    if h.meta.number.is_none() {
        h.meta.number = top.iter().find_map(|(_, kind)| match kind {
            Kind::Number(n) => Some(n.clone()),
            _ => None,
        });
    }
    // `2830th Council meeting General Affairs and External Relations …`: a
    // Council press release's title is its meeting's line alone.
    if let Some(title) = h.meta.title.clone()
        && let Some(meeting) = council_meeting(&title)
    {
        // The rest of the line may hold the meeting's date.
        if h.meta.date.is_none() {
            h.meta.date = first_full_date(&title);
        }
        h.meta.title = Some(meeting.to_string());
    }
    // `PC.JOUR/360 11. Oktober 2001 Organisation für Sicherheit … 360.
    // PLENARSITZUNG DES RATES 1. Datum: …`: an OSCE journal flattened onto
    // one line is titled by its meeting.
    if let Some(title) = h.meta.title.clone()
        && let Some(meeting) = plenary_meeting(&title)
    {
        if h.meta.date.is_none() {
            h.meta.date = first_full_date(&title);
        }
        h.meta.title = Some(meeting);
    }
    if let Some(title) = h.meta.title.take() {
        let (title, date) = split_leading_date(&title);
        if h.meta.date.is_none() {
            h.meta.date = date;
        }
        // `Picture 0 for 44th Pacific Islands Forum: Forum Communique`: a
        // picture's alternative text, which names the page it is on.
        let title = super::tails::without_spaced_banner(without_picture_label(title));
        let stamped = title;
        let title = without_release_stamp(stamped);
        // (The stamp's day still dates the text.)
        if title.len() < stamped.len() && h.meta.date.is_none() {
            h.meta.date = first_full_date(&stamped[title.len()..]);
        }
        let title = without_kind_label(title);
        let title = without_glued_dateline(&title).unwrap_or(&title);
        let title = super::mail::without_list_tag(without_office_code(title)).trim_end_matches([' ', '|']);
        // A Joomla page's badge for an article it features, printed after
        // the heading (`EU Statement – … Agenda Item 121 Featured`).
        let title = title.strip_suffix(" Featured").unwrap_or(title);
        let title = super::tails::without_listing_day(super::tails::without_page_tools(title));
        let title = without_session_and_item(title);
        let title = without_site_after_bar(without_issuer_in_brackets(without_footnote_mark(title)));
        let title = without_agency_after_dash(without_reprint_label(title));
        let title = without_glued_issue_line(without_date_label(title));
        let title = super::flat::without_run_on_sentence(super::flat::without_numbered_opening(title));
        let title = super::tails::without_doubling(title);
        // `Erklärung des Präsidenten …, am 6. Juni im Plenum:`: a heading
        // that introduces the text keeps no colon as the title.
        let first = without_byline_and_dateline(title);
        // (The dateline cut off still dates the text.)
        if first.len() < title.len() && h.meta.date.is_none() {
            h.meta.date = first_full_date(&title[first.len()..]);
        }
        let title = without_enclosing_quotes(first);
        let bare = title.trim_end_matches([':', ' ']);
        h.meta.title = Some(if bare.is_empty() { title } else { bare }.to_string());
    }
    // A date the title ends with names the document's day; the title keeps
    // it, as the page prints it (`… Spokesperson (Paris - May 22, 2017)`).
    // A dateline of its own above the title (`Brussels, 8 November 2002` over
    // `EU-Russia Summit Brussels, 11 November 2002`) dates the text; the
    // title's date is the event's.
    let dateline_above = top.iter().any(|(i, kind)| {
        // (`SG/Com(2007)1010(restricted) 5 November 2007` over a
        // communication to a meeting `(7 November 2007)`: so does a
        // symbol's date.)
        matches!(kind, Kind::Dateline(Some(_), Some(_)) | Kind::Stamp(_, Some(_))) && *i < end
    });
    if let Some(title) = h.meta.title.clone() {
        let (head, date) = split_trailing_date(&title);
        // `… to Washington DC and New York, 4 to 8 June 2017` over `03 June
        // 2017`: a span of days in the title is the event's; the header's
        // own date line dates the text.
        let event_span = is_day_span(&title[head.len()..]) && h.meta.date.is_some();
        let of_event = date.is_some() && !dateline_above && names_event_day(&head) && {
            let under = dateline_near(top, lines, end);
            h.meta.date = under.clone().or(h.meta.date.take());
            under.is_some()
        };
        // (`… will lead the delegation for a working visit to India on 12-15
        // February 2024.`: a day announced is no day of the text's.)
        let announced = crate::segment::body_date::announces(&head);
        if date.is_some() && !dateline_above && !event_span && !of_event && !announced {
            h.meta.date = date.clone();
        }
        // `STATEMENT BY THE PRIME MINISTER THE GULF THURSDAY, 17 JANUARY 1991`:
        // a date run on with no mark between is a record's lines joined, not
        // the title's own words.
        // The weekday is the head's last word when the date was cut at its comma.
        // (`… IN LONDON ON MONDAY, 20 SEPTEMBER 2004`: a weekday after `on` is
        // the title's own words, the day it names.)
        let weekday = head
            .rsplit_once(' ')
            .filter(|(before, w)| crate::dates::is_weekday(w) && !before.ends_with(" ON") && !before.ends_with(" on"))
            .map(|(before, _)| before.trim_end().to_string());
        let run_on = title[head.len()..]
            .trim_start()
            .split([' ', ','])
            .next()
            .is_some_and(crate::dates::is_weekday);
        if date.is_some() && (run_on || weekday.is_some()) {
            h.meta.title = Some(weekday.unwrap_or(head));
        } else if date.is_some()
            && let Some(heading) = without_place_after_event(&title, &head)
        {
            h.meta.title = Some(heading.to_string());
        }
    }
    if h.meta.date.is_none()
        && let Some(title) = h.meta.title.as_deref()
        && let Some((at, date)) = first_full_date_at(title)
        && !crate::segment::body_date::announces(&title[..at])
    {
        let event = names_event_day(&title[..at]);
        h.meta.date = event.then(|| dateline_near(top, lines, end)).flatten().or(Some(date));
    }
    // `Declaration of 10th Summit …` / `Declaration of 10th Summit …
    // (Istanbul, 16 September 2010)`: the heading printed again with its
    // dateline in brackets.
    if h.meta.date.is_none()
        && let Some(title) = h.meta.title.as_deref()
    {
        h.meta.date = top.iter().find_map(|(i, _)| {
            let rest = lines[*i].text.trim().strip_prefix(title)?.trim_start();
            let dateline = rest.strip_prefix('(')?.strip_suffix(')')?;
            // (`?stanbul`: a place a copy garbled still leaves the date.)
            (dateline.len() <= 60)
                .then(|| crate::dates::first_full_date(dateline))
                .flatten()
        });
    }
    // `Comité des Ministres Strasbourg 19 mai 2016` over the headline: a
    // site's banner with the issuer, its seat and the day, no comma between.
    if h.meta.date.is_none() {
        h.meta.date = top.iter().find_map(|(i, kind)| {
            let text = lines[*i].text.trim();
            if !matches!(kind, Kind::Candidate(_))
                || *i >= end
                || text.len() > 80
                || h.meta.title.as_deref() == Some(text)
            {
                return None;
            }
            let (at, date) = first_full_date_at(text)?;
            let only_the_day = matches!(parse_dateline(&text[at..]), Some((None, Some(_))));
            let words: Vec<&str> = text[..at].split_whitespace().collect();
            let banner = (2..=6).contains(&words.len())
                && words[0].starts_with(char::is_uppercase)
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || matches!(*w, "of" | "the" | "for" | "de" | "des" | "du" | "la" | "der" | "für")
                });
            (banner && only_the_day).then_some(date)
        });
    }
    // `A digital freedom strategy in EU foreign policy` / `European
    // Parliament resolution of 11 December 2012 on …`: an act's full name
    // under its heading names the day it was adopted.
    if h.meta.date.is_none() {
        h.meta.date = crate::segment::body_date::act_date(
            top.iter()
                .filter(|(_, kind)| matches!(kind, Kind::Candidate(_)))
                .map(|(i, _)| lines[*i].text.trim()),
        );
    }
    // `date 2022-03-01 WiredGov Newswire (…)`: a page store's date field
    // over a site's name: kept apart, the last resort for the text's date.
    if h.meta.date.is_none() {
        h.stored_on = lines.iter().find(|l| !l.is_blank()).and_then(|l| {
            let stamp = l.text.trim_start().strip_prefix("date ")?.split(' ').next()?;
            crate::dates::is_iso_date(stamp).then(|| stamp.to_string())
        });
        // Or a site's `Last updated: …` in the head.
        if h.stored_on.is_none() {
            h.stored_on = top
                .iter()
                .find_map(|(i, _)| super::classify::updated_on(lines[*i].text));
        }
    }
    // `Press Release` / `19951212 Acts on 46 Resolutions …`: the UN press
    // archive's page whose headline was lost; the subtitle after the date
    // stamp names the text better than the kind of text it is.
    if h.meta.title.as_deref().is_some_and(is_kind_only)
        && let Some(subtitle) = top.iter().find_map(|(i, kind)| {
            let (stamp, rest) = lines[*i].text.split_once(' ')?;
            (matches!(kind, Kind::Dateline(None, Some(_)))
                && stamp.len() == 8
                && crate::dates::compact_date(stamp).is_some()
                && rest.split_whitespace().count() >= 4)
                .then(|| rest.trim().to_string())
        })
    {
        h.meta.title = Some(subtitle);
    }
    h.body_start = end;
    h
}

/// A title that is only the kind of text: `Press Release`, `STATEMENT`.
pub(super) fn is_kind_only(title: &str) -> bool {
    matches!(
        title.trim().to_lowercase().as_str(),
        "press release"
            | "news release"
            | "media release"
            | "press statement"
            | "statement"
            | "communiqué"
            | "communique"
    )
}

/// `… die Tagung des Europäischen Rates vom 26. Juni 2025` over `Brüssel,
/// 27. Juni 2025`: a date the title gives the meeting it names (after `of`,
/// `vom`, `du`, `del`) is the meeting's, and a dateline with its place near
/// the title dates the text.
fn names_event_day(before_date: &str) -> bool {
    matches!(
        before_date.trim_end().rsplit(' ').next(),
        Some("of" | "vom" | "du" | "del" | "dell'" | "van")
    )
}

/// The date of a dateline with its place in the header, or on the two lines
/// under it.
fn dateline_near(top: &[(usize, Kind)], lines: &[Line], end: usize) -> Option<String> {
    top.iter()
        .find_map(|(_, kind)| match kind {
            Kind::Dateline(Some(_), Some(d)) => Some(d.clone()),
            _ => None,
        })
        .or_else(|| {
            lines[end.min(lines.len())..]
                .iter()
                .filter(|l| !l.is_blank())
                .take(2)
                .find_map(|l| match parse_dateline(l.text) {
                    Some((Some(_), Some(d))) => Some(d),
                    _ => None,
                })
        })
}

/// `JOINT COMMUNIQUÉ OF THE 58TH ASEAN FOREIGN MINISTERS’ MEETING KUALA
/// LUMPUR, 9 JULY 2025`: a heading in capitals with its meeting's place and
/// date run on unbracketed; the heading ends with the meeting. (A date in
/// brackets, `… (Paris - May 22, 2017)`, is printed as the title's own.)
fn without_place_after_event<'t>(title: &str, head: &'t str) -> Option<&'t str> {
    const EVENTS: &[&str] = &[
        "MEETING",
        "MEETINGS",
        "SUMMIT",
        "SESSION",
        "CONFERENCE",
        "RETREAT",
        "FORUM",
        "DIALOGUE",
        "CONSULTATIONS",
    ];
    if title.trim_end().ends_with(')') || !is_all_caps(title) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let event = words
        .iter()
        .rposition(|w| EVENTS.contains(&w.trim_end_matches(['’', '\'', ','])))?;
    let place = words.len() - event - 1;
    ((1..=3).contains(&place) && event >= 2).then(|| {
        let end = head
            .match_indices(words[event])
            .last()
            .map_or(head.len(), |(i, w)| i + w.len());
        head[..end].trim_end()
    })
}

/// `B4-0423, 0425, 0426 et 0428/94`: the Parliament's joint motion numbered
/// by the motions it merges, the year after the last; the whole list is the
/// number, `n` (`0428/94`) its end.
fn motions_listed(line: &str, n: &str) -> Option<String> {
    let end = line.find(n)? + n.len();
    // (The series' letter and term, `B4-`, the last before the number.)
    let start = line[..end].match_indices('-').map(|(i, _)| i).rfind(|&i| {
        let b = line.as_bytes();
        i >= 2 && matches!(b[i - 2], b'A' | b'B' | b'C') && b[i - 1].is_ascii_digit()
    })? - 2;
    let list = &line[start..end];
    let b = list.as_bytes();
    let opens =
        b.len() > n.len() + 8 && b[1].is_ascii_digit() && b[2] == b'-' && b[3..7].iter().all(u8::is_ascii_digit);
    let words_ok = || {
        list[3..list.len() - n.len()]
            .split([',', ' '])
            .filter(|w| !w.is_empty())
            .all(|w| {
                (w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()))
                    || matches!(w, "and" | "et" | "und" | "y" | "e" | "en" | "og" | "och")
            })
    };
    (opens && list.contains(',') && words_ok()).then(|| list.to_string())
}

/// `Summary: July 4, 2005: Javier SOLANA … welcomes … in Albania
/// (Brussels)`, `July 17, 2002. RMI Informs …`: a news list's summary line,
/// the date before the headline and the place after it. Returns the headline
/// and the date.
fn split_leading_date(title: &str) -> (&str, Option<String>) {
    // `date 2023-10 Le Maroc exprime …`: a page store's date field, its
    // month or day in figures, run into the headline.
    if let Some(rest) = title.strip_prefix("date ")
        && let Some((stamp, headline)) = rest.split_once(' ')
        && (7..=10).contains(&stamp.len())
        && stamp.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && headline.split_whitespace().count() >= 4
    {
        return (headline, crate::dates::first_full_date(stamp));
    }
    // `96/06/26 Statement in Jerusalem …`, `2021-03-04 Statement on …`: an
    // archive's date in figures before the headline.
    if let Some((stamp, headline)) = title.split_once(' ')
        && (6..=10).contains(&stamp.len())
        && stamp
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        && let Some(date) = figures_date(stamp)
        && headline.split_whitespace().count() >= 3
        && headline.starts_with(|c: char| c.is_uppercase())
    {
        return (headline, Some(date));
    }
    let t = title.strip_prefix("Summary: ").unwrap_or(title);
    // (`July 17, 2002. RMI Informs US Congress …`: an archive's list, the
    // date and a full stop before the headline.)
    let head = &t[..floor_char_boundary(t, 32)];
    let Some(cut) = head.find(": ").or_else(|| head.find(". ")) else {
        return (title, None);
    };
    let (head, rest) = (&t[..cut], &t[cut + 2..]);
    let Some((None, Some(date))) = parse_dateline(head) else {
        return (title, None);
    };
    if rest.split_whitespace().count() < 4 {
        return (title, None);
    }
    // The place in brackets after the headline: one capitalised word.
    let rest = match rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((headline, place))
            if place.chars().all(char::is_alphabetic)
                && place.starts_with(char::is_uppercase)
                && place.chars().skip(1).all(char::is_lowercase) =>
        {
            headline
        }
        _ => rest,
    };
    (rest, Some(date))
}

/// A date in figures: as the date patterns read it, or year first with two
/// digits (`96/06/26`, as the State Department's archive prints it), which
/// only a first part above 31 tells apart.
fn figures_date(stamp: &str) -> Option<String> {
    let parts: Vec<&str> = stamp.split(['/', '.', '-']).collect();
    if let [y, m, d] = parts[..]
        && y.len() == 2
        && m.len() == 2
        && d.len() == 2
        && let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
        && y > 31
    {
        let year = if y >= 50 { 1900 + y } else { 2000 + y };
        let iso = format!("{year}-{m:02}-{d:02}");
        return crate::dates::is_iso_date(&iso).then_some(iso);
    }
    first_full_date(stamp)
}

/// `PRM / Udtalelse fra …`: a ministry's code a government site prints
/// before the headline, a slash between (a colon's prefix, `MFA: …`, is the
/// headline's own).
fn without_office_code(title: &str) -> &str {
    match title.split_once(" / ") {
        Some((code, rest))
            if (2..=5).contains(&code.len())
                && code.bytes().all(|b| b.is_ascii_uppercase())
                && rest.starts_with(char::is_uppercase) =>
        {
            rest
        }
        _ => title,
    }
}

/// `Opening remarks at the 66th session … Programme. António Guterres, United
/// Nations High Commissioner for Refugees. Geneva, 5 October 2015`: a page's
/// heading run on with its speaker and dateline as sentences; the title is
/// the first.
fn without_byline_and_dateline(title: &str) -> &str {
    let Some((first, rest)) = title.split_once(". ") else {
        return title;
    };
    let last = rest.rsplit(". ").next().unwrap_or(rest);
    let dated = matches!(parse_dateline(last.trim_end_matches('.')), Some((Some(_), Some(_))));
    if dated && first.split_whitespace().count() >= 4 && rest.split(". ").count() <= 3 {
        first
    } else {
        title
    }
}

/// `President Niinistö spoke with … 14.12.2021 12:51:20 EET | Press release`:
/// a release service's stamp after the headline, its day and time, then the kind.
fn without_release_stamp(title: &str) -> &str {
    let Some((head, kind)) = title.rsplit_once(" | ") else {
        return title;
    };
    if kind.split_whitespace().count() > 3 {
        return title;
    }
    let Some((at, _)) = first_full_date_at(head) else {
        return title;
    };
    let after = head[at..].split_whitespace().nth(1).unwrap_or("");
    let clock = after.split(':').count() >= 2
        && after
            .split(':')
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
    if at > 0 && clock && head[..at].split_whitespace().count() >= 3 {
        head[..at].trim_end()
    } else {
        title
    }
}

/// `Picture 0 for …` → `…`.
fn without_picture_label(title: &str) -> &str {
    // `Joint Statement on … visit to Vietnam hinh anh 1President Tran Dai
    // Quang (L) and …`: a Vietnamese site's picture (`hình ảnh`, written
    // without its marks in the image's alternative text) and its caption,
    // run onto the headline.
    if let Some(at) = [" hinh anh ", " hình ảnh "].iter().find_map(|m| title.find(m))
        && at >= 20
    {
        return title[..at].trim_end();
    }
    title
        .strip_prefix("Picture ")
        .and_then(|r| r.split_once(" for "))
        .filter(|(n, rest)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty())
        .map_or(title, |(_, rest)| rest)
}

/// `SN 4944/2/01` / `REV 2`: a Council number's revision, addendum or
/// corrigendum printed on the line below it.
pub(super) fn with_suffix_below(lines: &[Line], i: usize, number: &str) -> String {
    let below = lines.get(i + 1).map(|l| l.text.trim()).unwrap_or("");
    let suffix = below.split_once(' ').filter(|(kind, n)| {
        matches!(*kind, "REV" | "ADD" | "COR" | "AMD")
            && !n.is_empty()
            && n.len() <= 2
            && n.bytes().all(|b| b.is_ascii_digit())
    });
    match suffix {
        Some(_)
            if number.contains('/')
                && !number.contains(" REV ")
                && !number.contains(" ADD ")
                && !number.contains(" COR ") =>
        {
            format!("{number} {below}")
        }
        _ => number.to_string(),
    }
}

/// `Forty-second session Agenda item 82 Resolution adopted by the General
/// Assembly`: a UN masthead's session and agenda item run into the title.
fn without_session_and_item(title: &str) -> &str {
    let Some(at) = title.find(" session Agenda item ") else {
        return title;
    };
    let rest = &title[at + " session Agenda item ".len()..];
    let item_end = rest.find(' ').unwrap_or(rest.len());
    let (item, after) = rest.split_at(item_end);
    let after = after.trim_start();
    if item.trim_end_matches(['.', ',']).bytes().any(|b| b.is_ascii_digit())
        && after.starts_with(char::is_uppercase)
        && !title[..at].contains(['.', ','])
    {
        after
    } else {
        title
    }
}

/// `2830th Council meeting` at the start of `title`, when more follows it.
fn council_meeting(title: &str) -> Option<&str> {
    let (ordinal, rest) = title.split_once(' ')?;
    let digits = ordinal.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &ordinal[digits..];
    let ordinal_ok =
        (3..=4).contains(&digits) && ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s));
    let end = ordinal.len() + 1 + "Council meeting".len();
    (ordinal_ok
        && rest.len() > "Council meeting".len()
        && rest
            .get(.."Council meeting".len())
            .is_some_and(|m| m.eq_ignore_ascii_case("Council meeting")))
    .then(|| &title[..end])
}

/// `1200th PLENARY MEETING OF THE COUNCIL`, `360. PLENARSITZUNG DES RATES`,
/// `1233e SÉANCE PLÉNIÈRE DU CONSEIL` inside a long run-on line.
fn plenary_meeting(title: &str) -> Option<String> {
    const MEETINGS: &[&str] = &[
        "PLENARY MEETING OF THE COUNCIL",
        "PLENARY MEETING OF THE FORUM",
        "PLENARSITZUNG DES RATES",
        "PLENARSITZUNG DES FORUMS",
        "SÉANCE PLÉNIÈRE DU CONSEIL",
    ];
    if title.len() < 120 {
        return None;
    }
    MEETINGS.iter().find_map(|m| {
        let at = title.find(m)?;
        let ordinal = title[..at].trim_end().rsplit(' ').next()?;
        let digits = ordinal.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = &ordinal[digits..];
        ((1..=4).contains(&digits) && matches!(suffix, "st" | "nd" | "rd" | "th" | "." | "e" | "ème"))
            .then(|| format!("{ordinal} {m}"))
    })
}

/// A date a page glued to the end of its title (`… Spokesperson (21 February
/// 2022)`, `… Syria - 3 March 2021`, `Statement, March 3, 2021`): the title
/// without it, and the date, which names the document's day.
pub(in crate::segment) fn split_trailing_date(title: &str) -> (String, Option<String>) {
    let t = title.trim_end_matches(['.', ' ']);
    let cuts: Vec<usize> = if t.ends_with(')') {
        t.rfind('(').into_iter().collect()
    } else {
        // From the right: the first tail that is a date (`, March 3, 2021`
        // is cut at its first comma, not its second).
        // (`AUKUS Leaders' Level Statement: 5 April 2022`: after a colon too.)
        let mut c: Vec<usize> = [" - ", " – ", " — ", ", ", " | ", ": "]
            .iter()
            .flat_map(|sep| t.match_indices(sep).map(|(i, _)| i))
            .collect();
        // `… THE GULF THURSDAY, 17 JANUARY 1991`: a weekday opens the date.
        c.extend(t.match_indices(' ').map(|(i, _)| i).filter(|&i| {
            let word = t[i + 1..].split([' ', ',']).next().unwrap_or("");
            word.len() >= 6 && crate::dates::is_weekday(word)
        }));
        c.sort_unstable_by(|a, b| b.cmp(a));
        c
    };
    for cut in cuts.into_iter().filter(|&c| c > 0) {
        let tail = t[cut..]
            .trim_start_matches([' ', '(', '-', '–', '—', ',', '|', ':'])
            .trim_end_matches(')');
        let head = t[..cut].trim_end_matches([' ', ',', '-', '–', '—', '|']);
        // The tail must be a date and little else (`Paris - May 22, 2017` is one).
        if tail.split_whitespace().count() > 6 {
            break;
        }
        // `… les 19, 20 et 21 juin 1990`: a list of days, cut inside, dates
        // the title by its first day, which the whole title's reading finds.
        let listed = head
            .rsplit(' ')
            .next()
            .is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()));
        if listed {
            continue;
        }
        if let Some((_, Some(d))) = parse_dateline(tail)
            && head.split_whitespace().count() >= 3
        {
            return (head.to_string(), Some(d));
        }
    }
    (title.to_string(), None)
}

/// `4 to 8 June 2017`, `3-6 July 2013`, `15 and 16 May`: a span of days.
fn is_day_span(tail: &str) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    let day = |w: &str| {
        !w.is_empty()
            && w.len() <= 4
            && w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
                .bytes()
                .all(|b| b.is_ascii_digit())
    };
    words.iter().any(|w| {
        w.split_once(['-', '–'])
            .is_some_and(|(a, b)| day(a.trim_start_matches('(')) && day(b))
    }) || words
        .windows(3)
        .any(|w| day(w[0].trim_start_matches('(')) && matches!(w[1], "to" | "and" | "-" | "–") && day(w[2]))
}

/// `TENTH AFRICA - EU MINISTERIAL TROIKA MEETING Brussels, 16 September 2008
/// Communiqué`: a heading in capitals, its dateline and its kind, which a
/// PDF's text ran into one line; the heading alone is the title.
pub(super) fn without_glued_dateline(title: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = title
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    // The place's comma, then a date of three words, then the kind.
    let k = words.iter().position(|(_, w)| w.ends_with(',') && w.len() > 1)?;
    let date_end = (k + 2..=(k + 4).min(words.len())).find(|&e| {
        let date = words[k + 1..e].iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
        crate::dates::parse_dateline(&date).is_some_and(|(_, d)| d.is_some())
    })?;
    let kind = words[date_end..].iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
    if kind.split_whitespace().count() > 2
        || !kinds::is_kind_of_text(&kind.to_lowercase()) && !is_kind_line(&kind.to_uppercase())
    {
        return None;
    }
    // The place: title-case words before the comma, under a heading in capitals.
    let mut j = k + 1;
    while j > 0
        && k + 1 - j < 3
        && !words[j - 1].1.is_empty()
        && !is_all_caps(words[j - 1].1)
        && words[j - 1].1.starts_with(char::is_uppercase)
    {
        j -= 1;
    }
    let head = title[..words[j].0].trim_end();
    (j <= k && head.split_whitespace().count() >= 3 && is_all_caps(head)).then_some(head)
}

/// `date 2022-01 COMMUNIQUÉ`: an aggregator's date field run onto the title.
fn without_date_label(title: &str) -> &str {
    let Some(rest) = title.strip_prefix("date ").or_else(|| title.strip_prefix("Date ")) else {
        return title;
    };
    match rest.split_once(' ') {
        Some((stamp, after))
            if stamp.len() >= 4
                && stamp.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                && !after.trim().is_empty() =>
        {
            after.trim_start()
        }
        _ => title,
    }
}

/// `Chicago Summit DeclarationIssued by the Heads of State …`: a PDF's
/// extraction glued the line that says who issued the text onto its title.
fn without_glued_issue_line(title: &str) -> &str {
    for glue in [
        "Issued by ",
        "Issued on ",
        "Adopted by ",
        "Adopted on ",
        "Delivered by ",
    ] {
        if let Some(at) = title.find(glue)
            && at > 0
            && title[..at].ends_with(char::is_lowercase)
        {
            return title[..at].trim_end();
        }
    }
    title
}

/// `“Freedom and democracy will always win over violence, crime and terror”`:
/// a speaker's words quoted whole as the headline; the title is the words.
fn without_enclosing_quotes(title: &str) -> &str {
    const PAIRS: [(char, char); 5] = [('“', '”'), ('"', '"'), ('«', '»'), ('„', '“'), ('‘', '’')];
    for (open, close) in PAIRS {
        if let Some(inner) = title.strip_prefix(open).and_then(|t| t.strip_suffix(close))
            && !inner.contains([open, close])
            && inner.trim().contains(' ')
        {
            return inner.trim();
        }
    }
    title
}

#[cfg(test)]
mod motions_tests {
    use super::{motions_listed, split_trailing_date, without_place_after_event};

    #[test]
    fn a_capitals_headings_meeting_place_and_date_run_on_are_cut() {
        let title = "JOINT COMMUNIQUÉ OF THE 58TH ASEAN FOREIGN MINISTERS’ MEETING KUALA LUMPUR, 9 JULY 2025";
        let (head, date) = split_trailing_date(title);
        assert_eq!(date.as_deref(), Some("2025-07-09"));
        assert_eq!(
            without_place_after_event(title, &head),
            Some("JOINT COMMUNIQUÉ OF THE 58TH ASEAN FOREIGN MINISTERS’ MEETING")
        );
        // In brackets, the date is the title's own.
        assert_eq!(
            without_place_after_event("SUMMIT MEETING (PARIS, 9 JULY 2025)", "SUMMIT MEETING"),
            None
        );
    }

    #[test]
    fn a_joint_motion_is_numbered_by_every_motion_it_merges() {
        assert_eq!(
            motions_listed("B4-0423, 0425, 0426 et 0428/94", "0428/94").as_deref(),
            Some("B4-0423, 0425, 0426 et 0428/94")
        );
        assert_eq!(
            motions_listed("Resolution B4-0148, 0149, 0163 and 0166/98 on China", "0166/98").as_deref(),
            Some("B4-0148, 0149, 0163 and 0166/98")
        );
        assert_eq!(motions_listed("Council 13839/02", "13839/02"), None);
        assert_eq!(motions_listed("B4-0148/98", "B4-0148/98"), None);
    }
}
