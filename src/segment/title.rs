//! The header of a document that is not a Council note: the lines above the
//! first paragraph, where web pages, ministries and the UN put a site name,
//! menus, a release number, a dateline and the title — in any order. Every
//! such line is classified; the title is the line that reads most like one
//! (a heading, the genre's words — `Joint Statement`, `Communiqué`,
//! `Remarks` — a headline's length and case, a line the page repeats), not
//! merely the first: a site name (`Delegation of the European Union to …`),
//! a contact line or a banner in spaced capitals comes first as often as not.

use super::header::{Header, clean, collapse_spaces};
use super::inline::parse_inline;
use super::lines::{Line, atx_heading, bullet_marker, is_navigation, is_rule, numbered_label};
use super::numbers::{document_number, marking, series_number};
use crate::dates::{first_full_date, parse_dateline};

/// How many non-blank lines the header of a plain document may span.
const HEADER_LINES: usize = 40;

/// What a line near the top of a document is.
#[derive(Debug)]
enum Kind {
    /// Menus, breadcrumbs, site furniture, contact lines: dropped.
    Chrome,
    Dateline(Option<String>, Option<String>),
    Number(String),
    /// A line that opens with the document's number and holds its date.
    Stamp(String, Option<String>),
    Marking(String),
    /// A line that could be the title, with how much it reads like one.
    Candidate(i32),
    /// `[Title] …`, `Title: …`: a field that names the title outright.
    TitleField(String),
    /// The body begins here.
    Body,
}

pub(super) fn plain_header(lines: &[Line]) -> Header {
    let mut h = Header::default();
    let top = classify(lines);
    if let Some((k, title)) = top.iter().enumerate().find_map(|(k, (_, kind))| match kind {
        Kind::TitleField(t) => Some((k, t.clone())),
        _ => None,
    }) {
        h.meta.title = Some(title);
        return finish(h, &top, top[k].0 + 1);
    }
    // The title stands right above the article (a dateline, byline or number
    // may sit between): the last candidate before the body earns a little.
    let last = top.iter().rposition(|(_, kind)| matches!(kind, Kind::Candidate(_)));
    let best = top
        .iter()
        .enumerate()
        .filter_map(|(k, (_, kind))| match kind {
            // Earlier lines win ties, and lines far down the page pay a little.
            Kind::Candidate(score) => Some((*score - k as i32 / 8 + if Some(k) == last { 2 } else { 0 }, k)),
            _ => None,
        })
        .max_by_key(|&(score, k)| (score, std::cmp::Reverse(k)))
        .filter(|&(score, _)| score >= MIN_TITLE_SCORE);
    let body_at = top.iter().position(|(_, kind)| matches!(kind, Kind::Body));
    let mut end = body_at.map_or(top.last().map_or(0, |(i, _)| i + 1), |k| top[k].0);
    match best {
        Some((_, k)) => {
            let k = start_of_title_run(&top, lines, k);
            let first = top[k].0;
            let (title, next) = title_lines(lines, first);
            h.meta.title = Some(title);
            // The header runs to the title's end and the date and number
            // lines right after it; later short lines stay in the body.
            let mut stop = next;
            let title_text = h.meta.title.clone().unwrap_or_default();
            for (i, kind) in top.iter().skip(k + 1) {
                if *i < next {
                    continue;
                }
                match kind {
                    Kind::Chrome | Kind::Dateline(..) | Kind::Number(_) | Kind::Stamp(..) | Kind::Marking(_) => {
                        stop = i + 1
                    }
                    // The page's heading and the article's: the same title twice.
                    Kind::Candidate(_) if clean(lines[*i].text).eq_ignore_ascii_case(&title_text) => stop = i + 1,
                    _ => break,
                }
            }
            end = stop.max(next);
        }
        None => {
            // The document opens with prose: its first sentence names it.
            if let Some(k) = body_at {
                let text = clean(lines[top[k].0].text);
                if numbered_label(&text).is_none() && bullet_marker(lines[top[k].0].text).is_none() {
                    h.meta.title = first_sentence(&text);
                }
            }
        }
    }
    finish(h, &top, end)
}

/// Records the header's lines up to `end` and the metadata they hold. A
/// date anywhere above the body counts (pages put it under the title, after
/// a byline); a date at the end of the title wins (`… (Paris - May 22, 2017)`).
fn finish(mut h: Header, top: &[(usize, Kind)], end: usize) -> Header {
    for (i, kind) in top {
        if *i < end {
            h.lines.push(*i);
        }
        match kind {
            Kind::Dateline(place, date) if h.meta.date.is_none() && date.is_some() => {
                h.meta.date = date.clone();
                h.meta.place = place.clone();
            }
            // A Council number outranks a press series printed above it (`C/99/296`).
            Kind::Number(n)
                if *i < end
                    && (h.meta.number.is_none()
                        || (document_number(n).is_some()
                            && h.meta
                                .number
                                .as_deref()
                                .is_some_and(|old| document_number(old).is_none()))) =>
            {
                h.meta.number = Some(n.clone())
            }
            Kind::Marking(m) if *i < end && h.meta.marking.is_none() => h.meta.marking = Some(m.clone()),
            Kind::Stamp(n, date) => {
                if h.meta
                    .number
                    .as_deref()
                    .is_none_or(|old| document_number(old).is_none() && document_number(n).is_some())
                {
                    h.meta.number = Some(n.clone());
                }
                if h.meta.date.is_none() {
                    h.meta.date = date.clone();
                }
            }
            _ => {}
        }
    }
    if let Some(title) = h.meta.title.take() {
        let (title, date) = split_trailing_date(&title);
        h.meta.title = Some(title);
        if date.is_some() {
            h.meta.date = date;
        }
    }
    if h.meta.date.is_none() {
        h.meta.date = h.meta.title.as_deref().and_then(first_full_date);
    }
    h.body_start = end;
    h
}

/// A date a page glued to the end of its title (`… Spokesperson (21 February
/// 2022)`, `… Syria - 3 March 2021`, `Statement, March 3, 2021`): the title
/// without it, and the date, which names the document's day.
pub(super) fn split_trailing_date(title: &str) -> (String, Option<String>) {
    let t = title.trim_end_matches(['.', ' ']);
    let cuts: Vec<usize> = if t.ends_with(')') {
        t.rfind('(').into_iter().collect()
    } else {
        // From the right: the first tail that is a date (`, March 3, 2021`
        // is cut at its first comma, not its second).
        let mut c: Vec<usize> = [" - ", " – ", " — ", ", ", " | "]
            .iter()
            .flat_map(|sep| t.match_indices(sep).map(|(i, _)| i))
            .collect();
        c.sort_unstable_by(|a, b| b.cmp(a));
        c
    };
    for cut in cuts.into_iter().filter(|&c| c > 0) {
        let tail = t[cut..]
            .trim_start_matches([' ', '(', '-', '–', '—', ',', '|'])
            .trim_end_matches(')');
        let head = t[..cut].trim_end_matches([' ', ',', '-', '–', '—', '|']);
        // The tail must be a date and little else (`Paris - May 22, 2017` is one).
        if tail.split_whitespace().count() > 6 {
            break;
        }
        if let Some((_, Some(d))) = parse_dateline(tail)
            && head.split_whitespace().count() >= 3
        {
            return (head.to_string(), Some(d));
        }
    }
    (title.to_string(), None)
}

/// The title may be the second line of a run of ALL-CAPS or bold lines
/// (`JOINT COMMUNIQUE` / `ON THE OCCASION OF …`): the run is the title.
fn start_of_title_run(top: &[(usize, Kind)], lines: &[Line], mut k: usize) -> usize {
    let style = |i: usize| {
        let t = lines[i].text;
        (is_all_caps(&clean(t)), t.starts_with("**"))
    };
    while k > 0
        && matches!(top[k - 1].1, Kind::Candidate(_))
        && matches!(style(top[k - 1].0), (true, _) | (_, true))
        && style(top[k - 1].0) == style(top[k].0)
    {
        k -= 1;
    }
    k
}

/// The lines above the body, classified; the body's first line ends the list.
fn classify(lines: &[Line]) -> Vec<(usize, Kind)> {
    let mut out = Vec::new();
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        if seen >= HEADER_LINES {
            break;
        }
        if line.is_blank() || is_rule(line.text) {
            continue;
        }
        seen += 1;
        let first_candidate = !out.iter().any(|(_, k)| matches!(k, Kind::Candidate(_)));
        let kind = classify_line(lines, i, first_candidate);
        let body = matches!(kind, Kind::Body);
        out.push((i, kind));
        if body {
            break;
        }
    }
    out
}

fn classify_line(lines: &[Line], i: usize, first_candidate: bool) -> Kind {
    let raw = lines[i].text;
    // A table (`| a | b |`) is content, though its bars look like a menu's.
    if super::table::table_cells(raw).is_some() {
        return Kind::Body;
    }
    let text = clean(raw);
    if let Some(title) = title_field(&text) {
        return Kind::TitleField(title);
    }
    if let Some(n) = stamp(&text) {
        return n;
    }
    if let Some((place, date)) = parse_dateline(&text) {
        return Kind::Dateline(place, date);
    }
    if is_navigation(raw) || is_breadcrumb_of_next(lines, i) || is_chrome(&text) {
        return Kind::Chrome;
    }
    if numbered_label(&text).is_some() || bullet_marker(raw).is_some() {
        return Kind::Body;
    }
    if let Some((date, number)) = dateline_with_number(&text) {
        return Kind::Stamp(number, date);
    }
    if let Some((place, date)) = parse_dateline(&text) {
        return Kind::Dateline(place, date);
    }
    if let Some(n) = document_number(&text).or_else(|| series_number(&text)) {
        return Kind::Number(n);
    }
    if let Some(n) = release_number(&text) {
        return Kind::Number(n);
    }
    if let Some(m) = marking(&text) {
        return Kind::Marking(m);
    }
    if !text.chars().any(char::is_alphabetic) {
        return Kind::Chrome;
    }
    if is_prose(&text) {
        return Kind::Body;
    }
    Kind::Candidate(title_score(lines, i, raw, &text, first_candidate))
}

/// `[Title] Political Declaration`, `Title: …`: a database's or a form's field.
fn title_field(text: &str) -> Option<String> {
    let rest = text
        .strip_prefix("[Title]")
        .or_else(|| text.strip_prefix("Title:"))
        .or_else(|| text.strip_prefix("TITLE:"))?;
    let rest = rest.trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

/// A line carrying the document's number with its date: `Brussels,
/// 25/01/2021 - 18:40, UNIQUE ID: 210125_18`, `July 7, 2004 (4:00 p.m. EDT)
/// No. 76`, `PC.JOUR/1233 Organization for … 20 June 2019 Permanent Council`.
fn stamp(text: &str) -> Option<Kind> {
    for cue in [", UNIQUE ID:", " UNIQUE ID:", " No. ", ", No. ", ", Ref.", " Ref.:"] {
        if let Some(at) = text.find(cue) {
            let id = text[at + cue.len()..].trim();
            let n = series_number(&format!("No. {id}")).or_else(|| series_number(id))?;
            let (_, date) = parse_dateline(text[..at].trim_end_matches(',')).unwrap_or((None, None));
            return Some(Kind::Stamp(n, date.or_else(|| first_full_date(&text[..at]))));
        }
    }
    let first = text.split_whitespace().next()?;
    (text.len() > first.len() + 20 && first.contains('/') && series_number(first).is_some())
        .then(|| Kind::Stamp(first.to_string(), first_full_date(text)))
}

/// `Brussels, 14 November 2002 13839/02 (Presse 344)`: a dateline and a
/// number that a page printed on one line. The date is returned when there
/// is one (the number is read again by `split_number`).
fn dateline_with_number(text: &str) -> Option<(Option<String>, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len()).find_map(|k| {
        let number = document_number(&words[k..].join(" "))?;
        let date = parse_dateline(&words[..k].join(" ")).and_then(|(_, d)| d);
        Some((date, number))
    })
}

/// `Press Release 193/2004`, `News release No. 76`: a release's own number.
fn release_number(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for cue in [
        "press release",
        "news release",
        "media release",
        "communiqué de presse",
        "pressemitteilung",
    ] {
        if let Some(rest) = lower.strip_prefix(cue) {
            let rest = text[text.len() - rest.len()..]
                .trim()
                .trim_start_matches("No.")
                .trim_start_matches(':')
                .trim();
            let ok = !rest.is_empty() && rest.len() <= 12 && rest.bytes().next().is_some_and(|b| b.is_ascii_digit());
            return ok.then(|| rest.to_string());
        }
    }
    None
}

/// A sentence, or a long line: the body has begun. (Titles do not end with a
/// full stop; a short all-capitals line that does is still a heading.)
fn is_prose(text: &str) -> bool {
    let chars = text.chars().count();
    let words = text.split_whitespace().count();
    let sentence = text.ends_with(['.', '!', '?', ';']) && words >= 4 && chars >= 60 && !is_all_caps(text);
    chars > 250 || (chars > 90 && text.ends_with(':')) || sentence
}

/// Site furniture, archive stamps and contact details that sit above titles.
fn is_chrome(text: &str) -> bool {
    let lower = text.to_lowercase();
    const PHRASES: &[&str] = &[
        "skip to",
        "navigation",
        "additional tools",
        "other available languages",
        "an additional part or version",
        "cookie",
        "javascript",
        "print this",
        "share this",
        "share on",
        "follow us",
        "subscribe",
        "sign in",
        "log in",
        "back to top",
        "you are here",
        "press contacts",
        "press contact",
        "media contact",
        "media enquiries",
        "media inquiries",
        "contact us",
        "for further information",
        "for more information",
        "check against delivery",
        "page 1 of",
        "original: english",
        "original: french",
        "download",
        "pdf version",
        "printer friendly",
        "related links",
        "related documents",
        "table of contents",
    ];
    if PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    // `[Place] Toronto`, `[Source] …`, `[Full text]`: a database's field labels.
    if text.starts_with('[') && text.find(']').is_some_and(|e| e <= 20) {
        return true;
    }
    let file = [".png", ".jpg", ".jpeg", ".gif", ".pdf", ".docx", ".htm", ".html"]
        .iter()
        .any(|e| lower.ends_with(e));
    let address =
        lower.contains("http://") || lower.contains("https://") || lower.contains("www.") || text.contains('@');
    let phone =
        lower.starts_with("tel") || lower.starts_with("phone") || lower.starts_with("fax") || lower.starts_with('+');
    file || address || phone || spaced_capitals(text)
}

/// `M E D I A   R E L E A S E`: a banner set in spaced capitals.
fn spaced_capitals(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let singles = words.iter().filter(|w| w.chars().count() == 1).count();
    words.len() >= 4 && singles * 10 >= words.len() * 7
}

/// Words of the genres briefings come in: a line holding one reads as a title.
const GENRE_WORDS: &[&str] = &[
    "statement",
    "declaration",
    "communiqué",
    "communique",
    "conclusions",
    "joint",
    "remarks",
    "speech",
    "address",
    "resolution",
    "decision",
    "report",
    "meeting",
    "summit",
    "agreement",
    "memorandum",
    "letter",
    "fact sheet",
    "readout",
    "briefing",
    "agenda",
    "note",
    "minutes",
    "outcome",
    "session",
    "visit",
    "convention",
    "treaty",
    "strategy",
    "framework",
    "press release",
    "condemns",
    "welcomes",
    "calls",
    "announces",
    "condemn",
    "conference",
    "dialogue",
    "consultations",
    "talks",
    "message",
    "interview",
    "cablegram",
    "memorandum",
    "record",
    "brief",
    "proposal",
    "draft",
    "declaration",
    "plan",
];

/// Bodies whose name alone is a site's or letterhead's, not a title.
const ISSUERS: &[&str] = &[
    "ministry",
    "ministère",
    "ministerium",
    "department of",
    "government of",
    "delegation of",
    "embassy",
    "permanent mission",
    "permanent representation",
    "office of",
    "the white house",
    "federal foreign office",
    "council of the",
    "european union",
    "european commission",
    "united nations",
    "secretariat",
    "prime minister's office",
];

/// Below this, no line is taken for the title (only chrome-like lines score so low).
const MIN_TITLE_SCORE: i32 = -6;

fn title_score(lines: &[Line], i: usize, raw: &str, text: &str, first_candidate: bool) -> i32 {
    let words = text.split_whitespace().count();
    let chars = text.chars().count();
    let lower = text.to_lowercase();
    let mut score = 0;
    if let Some((level, _)) = atx_heading(raw) {
        score += if level == 1 { 6 } else { 4 };
    } else if parse_inline(raw).is_wholly_bold() {
        score += 2;
    }
    let genre = GENRE_WORDS.iter().any(|g| contains_word(&lower, g));
    if genre {
        score += 4;
    }
    // The first line standing alone above the body is a title by position.
    let standalone = lines.get(i + 1).is_none_or(|l| l.is_blank());
    if standalone && first_candidate {
        score += 2;
    }
    // `Statements | Spokesperson for the Secretary-General`: a site's section label.
    if text.contains(" | ") {
        score -= 4;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let all_caps = letters.len() >= 8 && letters.iter().all(|c| !c.is_lowercase());
    if all_caps || (words >= 3 && capitalised * 2 >= words) {
        score += 1;
    }
    match words {
        // A site's or place's name; a genre's one word (`Communiqué`) less so.
        0..=2 if genre => score -= 1,
        0..=2 => score -= 3,
        3 => {}
        4..=40 => score += 1,
        _ => score -= 1,
    }
    if chars > 300 {
        score -= 4;
    }
    if text.starts_with(char::is_lowercase) {
        score -= 3;
    }
    if text.ends_with([':', ',', ';']) {
        score -= 2;
    }
    // A short sentence (a slogan, `The Danish government will.`) is no title.
    if text.ends_with(['.', '!', '?']) && words >= 4 && !is_all_caps(text) {
        score -= 4;
    }
    if !genre
        && ISSUERS
            .iter()
            .any(|o| lower.starts_with(o) || lower.starts_with(&format!("the {o}")))
    {
        score -= 3;
    }
    // A page prints its title twice (the page's heading and the article's).
    let again = lines[i + 1..]
        .iter()
        .take(30)
        .any(|l| !l.is_blank() && l.text.len() == raw.len() && clean(l.text).eq_ignore_ascii_case(text));
    if again {
        score += 2;
    }
    score
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric() || c == 's')
    })
}

/// A title line, joined with the standalone lines that continue it: a
/// multi-line bold block, or a run of ALL-CAPS lines (`JOINT COMMUNIQUE` /
/// `ON THE OCCASION OF …`). Returns the title and the next line index.
pub(super) fn title_lines(lines: &[Line], first: usize) -> (String, usize) {
    let mut parts = vec![clean(lines[first].text)];
    let mut i = first + 1;
    let caps = is_all_caps(&parts[0]);
    loop {
        // Lines of one bold block (no blank between).
        while i < lines.len() && !lines[i].is_blank() && lines[first].text.starts_with("**") {
            parts.push(clean(lines[i].text));
            i += 1;
        }
        if !caps {
            break;
        }
        let mut j = i;
        while j < lines.len() && lines[j].is_blank() {
            j += 1;
        }
        let next_standalone = lines.get(j + 1).is_none_or(|l| l.is_blank());
        match lines.get(j) {
            Some(l) if next_standalone && is_all_caps(&clean(l.text)) && numbered_label(l.text).is_none() => {
                parts.push(clean(l.text));
                i = j + 1;
            }
            _ => break,
        }
    }
    (collapse_spaces(&parts.join(" ")), i)
}

fn is_all_caps(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

/// `HomeDenmarkDenmark supports X` followed by `Denmark supports X`: a scraped
/// breadcrumb that ends with the real title.
fn is_breadcrumb_of_next(lines: &[Line], i: usize) -> bool {
    let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank()) else {
        return false;
    };
    let (this, next) = (lines[i].text, next.text);
    this.len() > next.len() && next.len() >= 8 && this.ends_with(next)
}

/// The first sentence of a prose line, kept short enough for a list row.
fn first_sentence(text: &str) -> Option<String> {
    const MAX: usize = 120;
    let mut end = text.len();
    for (i, _) in text.match_indices(". ") {
        // `Mr. President`: a one-word abbreviation does not end a sentence.
        let word = text[..i].rsplit(' ').next().unwrap_or("");
        if word.len() > 3 || word.chars().all(|c| c.is_lowercase()) {
            end = i + 1;
            break;
        }
    }
    let s = text[..end].trim();
    if s.is_empty() {
        return None;
    }
    if s.chars().count() <= MAX {
        return Some(s.to_string());
    }
    let cut: String = s.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    Some(format!("{cut}…"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    fn header(text: &str) -> Header {
        plain_header(&split_lines(text))
    }

    #[test]
    fn a_site_name_and_menus_give_way_to_the_title() {
        let h = header(
            "Delegation of the European Union to the United Kingdom\n\nForeign Affairs Council: Press remarks by High Representative Josep Borrell\n\nBrussels, 25/01/2021 - 18:40, UNIQUE ID: 210125_18\n\nCheck against delivery!\n\nGood afternoon,\n\nWell, to be the first meeting of the year, we have had a very heavy agenda and a long discussion.\n",
        );
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Foreign Affairs Council: Press remarks by High Representative Josep Borrell")
        );
    }

    #[test]
    fn a_place_and_an_issuer_above_the_title_are_not_it() {
        let h = header(
            "New York\nUN\n\nStatement Attributable to the Spokesman for the Secretary-General on Syria\n\n\nStatements | Spokesperson for the Secretary-General\n\nThe Secretary-General is concerned that recent statements directed at Syria should not contribute to a wider destabilisation in a region.\n",
        );
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Statement Attributable to the Spokesman for the Secretary-General on Syria")
        );
    }

    #[test]
    fn numbers_dates_and_repeated_titles_of_a_press_page() {
        let h = header(
            "SC/8215\n\nPRESS STATEMENT BY SECURITY COUNCIL PRESIDENT ON RECENT TERRORIST ATTACKS\n\n08/10/2004\nPress Release\nSC/8215\n\nPress Statement by Security Council President on recent terrorist attacks\n\n\nFollowing is today's press statement by the Security Council President, Emyr Jones Parry (United Kingdom):\n",
        );
        assert_eq!(h.meta.number.as_deref(), Some("SC/8215"));
        assert_eq!(h.meta.date.as_deref(), Some("2004-10-08"));
        assert!(h.meta.title.as_deref().is_some_and(|t| {
            t.eq_ignore_ascii_case("Press Statement by Security Council President on recent terrorist attacks")
        }));
    }

    #[test]
    fn a_release_number_and_a_banner_in_spaced_capitals() {
        let h = header(
            "M E D I A   R E L E A S E\n\nMinistry for Foreign Affairs Strives for Globalisation Management\n\nPress Release 193/2004\n14 September, 2004\n\n\nThe draft State Budget for the year 2005 allocates appropriations totalling 822 million euros to the sector.\n",
        );
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Ministry for Foreign Affairs Strives for Globalisation Management")
        );
        assert_eq!(h.meta.number.as_deref(), Some("193/2004"));
        assert_eq!(h.meta.date.as_deref(), Some("2004-09-14"));
    }

    #[test]
    fn a_date_glued_to_the_title_is_the_date_not_the_title() {
        for (title, want, date) in [
            (
                "Ukraine: Statement attributable to the Spokesperson (21 February 2022)",
                "Ukraine: Statement attributable to the Spokesperson",
                Some("2022-02-21"),
            ),
            (
                "Joint Statement on the Sahel - 3 March 2021",
                "Joint Statement on the Sahel",
                Some("2021-03-03"),
            ),
            (
                "Statement by the Minister, March 3, 2021",
                "Statement by the Minister",
                Some("2021-03-03"),
            ),
            (
                "European Council meeting (11 and 12 December 2008) Annotated draft agenda",
                "European Council meeting (11 and 12 December 2008) Annotated draft agenda",
                None,
            ),
            ("Report (2021)", "Report (2021)", None),
            (
                "119th Session (Madrid, 12 May 2009) – Draft Declaration",
                "119th Session (Madrid, 12 May 2009) – Draft Declaration",
                None,
            ),
            (
                "Statements by the Spokesperson (Paris - May 22, 2017)",
                "Statements by the Spokesperson",
                Some("2017-05-22"),
            ),
        ] {
            let (t, d) = split_trailing_date(title);
            assert_eq!((t.as_str(), d.as_deref()), (want, date), "{title}");
        }
    }

    #[test]
    fn skips_a_glued_breadcrumb_for_the_real_title() {
        let h = header(
            "HomeDenmarkDenmark supports UN Digital Panel\n\nDenmark supports UN Digital Panel\n\nThe Danish government will.",
        );
        assert_eq!(h.meta.title.as_deref(), Some("Denmark supports UN Digital Panel"));
    }

    #[test]
    fn a_document_that_opens_with_prose_is_named_by_its_first_sentence() {
        let h =
            header("The Ministers met in Paris today to discuss the situation in the region. They agreed on a plan.");
        assert_eq!(
            h.meta.title.as_deref(),
            Some("The Ministers met in Paris today to discuss the situation in the region.")
        );
        assert_eq!(h.body_start, 0);
    }
}
