//! The header of a document that is not a Council note: the lines above the
//! first paragraph, where web pages, ministries and the UN put a site name,
//! menus, a release number, a dateline and the title — in any order. Every
//! such line is classified; the title is the line that reads most like one
//! (a heading, the genre's words — `Joint Statement`, `Communiqué`,
//! `Remarks` — a headline's length and case, a line the page repeats), not
//! merely the first: a site name (`Delegation of the European Union to …`),
//! a contact line or a banner in spaced capitals comes first as often as not.

use super::header::{Header, clean};
use super::lines::{LabelStyle, Line, bullet_marker, numbered_label};
use super::numbers::{document_number, series_number};

mod chrome;
mod classify;
mod edges;
mod extracted;
mod fields;
mod finish;
mod flat;
mod intro;
mod journal;
mod kinds;
mod label;
mod lead;
mod letterhead;
mod line_kinds;
mod mail;
mod masthead;
mod minutes;
mod preamble;
mod presse;
mod record;
mod run;
mod score;
mod signature;
mod site_title;
mod tails;
mod widgets;
mod wikisource;

use classify::classify;
use finish::finish;
pub(super) use finish::split_trailing_date;
#[cfg(test)]
use finish::without_glued_dateline;
use kinds::{is_event_line, is_kind_label, is_kind_line};
use run::{field_title_lines, start_of_title_run, title_lines};
use score::MIN_TITLE_SCORE;

/// How many non-blank lines the header of a plain document may span.
const HEADER_LINES: usize = 40;

/// What a line near the top of a document is.
#[derive(Debug)]
enum Kind {
    /// Menus, breadcrumbs, site furniture, contact lines: dropped.
    Chrome,
    Dateline(Option<String>, Option<String>),
    /// `Published on 28 Dec 2019 View Original`: the date the text's own
    /// publisher gave it, under an aggregator's date of its copy; it
    /// outranks a bare date line.
    Published(String),
    Number(String),
    /// A line that opens with the document's number and holds its date.
    Stamp(String, Option<String>),
    Marking(String),
    /// A line that could be the title, with how much it reads like one.
    Candidate(i32),
    /// `[Title] …`, `Title: …`: a field that names the title outright; with
    /// the number and date a release prints on the same line.
    TitleField(String, Option<String>, Option<String>),
    /// The body begins here.
    Body,
}

pub(super) fn plain_header(lines: &[Line]) -> Header {
    let mut h = read_plain(lines);
    // An old Council press release under an archive's cover, or run into one
    // line by OCR: its `(Presse N)` number, and the meeting it reports as the
    // title unless a meeting already is.
    // (The number read line by line, `8395/11` / `(OR. en)` / `PRESSE 84`,
    // is the release's too: its meeting is still the title.)
    if let Some(presse::Presse {
        number,
        meeting,
        dateline,
    }) = presse::presse_release(lines)
        && h.meta.number.as_ref().is_none_or(|n| {
            // (`UE-UA 1054/98`: the number read alone, its series now with it.)
            // (`C/06/77 Brussels, 11 March 2006, 7283/06 (Presse 77)`: the
            // press service's reference beside the Council's number.)
            *n == number || number.strip_suffix(n.as_str()).is_some_and(|s| s.ends_with(' ')) || is_rapid_reference(n)
        })
    {
        h.meta.number = Some(number);
        if h.meta.date.is_none()
            && let Some((seat, date)) = dateline
        {
            h.meta.date = Some(date);
            h.meta.place = h.meta.place.take().or_else(|| seat.map(str::to_string));
        }
        let names_meeting = h
            .meta
            .title
            .as_deref()
            .is_some_and(|t| presse::meeting_after(t).is_some_and(|m| t.starts_with(&m)));
        if let Some(meeting) = meeting.filter(|_| !names_meeting) {
            h.meta.title = Some(meeting);
        }
    }
    // A Wikisource page whose text prints no heading (it opens with its
    // first paragraph, or a resolution's `The Security Council,`): the
    // work's name from the site's header.
    if h.meta
        .title
        .as_deref()
        .is_none_or(|t| t.ends_with(',') || t.len() > 200)
        && let Some(title) = wikisource::template_title(lines)
    {
        h.meta.title = Some(title);
    }
    // `P8_TA-PROV(2018)0383RC-B8-0444/2018` under a text the European
    // Parliament adopted: its own number, the motion's glued on, over the
    // numbers the page's procedure panel lists first (`Document selected :
    // A6-0158/2006`, `Texts adopted : P8_TA(2018)0383`).
    if let Some(n) = lines.iter().take(HEADER_LINES * 2).find_map(|l| {
        let t = l.text.trim();
        let b = t.as_bytes();
        let glued = b.len() > 20 && b[0] == b'P' && b[1].is_ascii_digit() && t[2..].starts_with("_TA");
        glued
            .then(|| series_number(t))
            .flatten()
            .filter(|n| t.len() > n.len() && !t[n.len()..].starts_with(' '))
    }) {
        h.meta.number = Some(n);
    }
    // A symbol on a line of its own below an opening heading that reads as
    // prose (the AU's masthead under the communiqué's long title, printed
    // first): the number still names the document.
    if h.meta.number.is_none() {
        h.meta.number = symbol_line(lines)
            .or_else(|| symbol_field(lines))
            .or_else(|| opening_symbol(lines))
            .or_else(|| page_head_symbol(lines))
            .or_else(|| bracketed_symbol(lines))
            .or_else(|| closing_reference(lines));
    }
    // `Resolution 2208 (2015)` with no `S/RES/` symbol printed: the heading's
    // number and year are the resolution's.
    if h.meta.number.is_none()
        && let Some(t) = h.meta.title.as_deref()
        && let Some(rest) = t.strip_prefix("Resolution ").or_else(|| t.strip_prefix("RESOLUTION "))
        && score::is_resolution_heading(&t.to_lowercase())
    {
        h.meta.number = Some(rest.to_string());
    }
    // `41 / 1. Situation of human rights in Eritrea` with no `A/HRC/RES/`
    // symbol printed: the heading's number is the resolution's.
    if h.meta.number.is_none() {
        h.meta.number = lines
            .iter()
            .take(HEADER_LINES)
            .filter(|l| l.text.trim_start().starts_with(|c: char| c.is_ascii_digit()) && l.text.contains(". "))
            .find_map(|l| fields::title_field(&clean(l.text)).and_then(|(_, n)| n));
    }
    // `SN 4944/2/01` / `REV 2`: the number's suffix on the line below it.
    if let Some(n) = h.meta.number.clone()
        && let Some(i) = lines.iter().position(|l| l.text.trim() == n)
    {
        h.meta.number = Some(finish::with_suffix_below(lines, i, &n));
    }
    // `EUCO 19/1/17` in the letterhead, `EUCO 19/1/17 REV 1` on the page's
    // footer: a revision's serial in the number says it is one, and the
    // footer keeps the suffix the letterhead lost.
    if let Some(n) = h.meta.number.clone()
        && n.matches('/').count() == 2
        && !n.contains(" REV ")
        && let Some(full) = lines.iter().take(HEADER_LINES * 2).find_map(|l| {
            let t = l.text.trim();
            t.strip_prefix(n.as_str())
                .filter(|rest| rest.starts_with(" REV "))
                .and_then(|_| super::numbers::document_number(t))
        })
    {
        h.meta.number = Some(full);
    }
    // `Full Title` taken as the title: a record's label over its value.
    if h.meta.title.as_deref().is_some_and(label::is_title_label)
        && let Some(value) = label::title_under_label(lines)
    {
        h.meta.title = Some(value);
    }
    if let Some(heading) = intro::heading_under_intro(lines) {
        h.meta.title = Some(heading);
    }
    // The Parliament's minutes: their heading, wherever the cover set it.
    if let Some((heading, date, symbol)) = minutes::minutes_heading(lines) {
        if !h.meta.title.as_deref().is_some_and(|t| t.starts_with("MINUTES")) {
            h.meta.title = Some(heading);
        }
        h.meta.date = h.meta.date.take().or(date);
        h.meta.number = h.meta.number.take().or(symbol);
    }
    // `Remarks by HR Catherine Ashton upon arrival to FAC,` over its
    // dateline: the comma led into the dateline; no title ends with one.
    // (Trimmed last: a title ending so tells the Wikisource rule above that
    // a resolution's preamble, `The Security Council,`, was taken.)
    if let Some(title) = h.meta.title.as_mut() {
        let bare = title.trim_end_matches([',', ';', ' ']).len();
        if bare > 0 {
            title.truncate(bare);
        }
    }
    edges::trim_edges(&mut h.meta);
    h
}

/// `Tuesday, 14 December 1999 - Strasbourg` / `4. Annex: Inauguration
/// ceremony for the Louise Weiss Building`: a verbatim report's item, its
/// heading numbered on the agenda, right under the sitting's day and with
/// nothing else to name it: the heading without its number.
fn verbatim_item<'t>(text: &'t str, k: usize, top: &[(usize, Kind)]) -> Option<&'t str> {
    let (_, style, len) = numbered_label(text)?;
    let heading = text[len..].trim();
    (matches!(style, LabelStyle::Number)
        && k > 0
        && matches!(top[k - 1].1, Kind::Dateline(_, Some(_)))
        && (10..=150).contains(&heading.len())
        && !heading.ends_with(['.', ':', ';', ','])
        && heading.starts_with(char::is_uppercase))
    .then_some(heading)
}

/// `C/06/77`, `IP/06/77`: the press service's reference of a release (its
/// series, the year's two digits, a serial).
fn is_rapid_reference(n: &str) -> bool {
    let mut parts = n.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(series), Some(year), Some(serial), None)
            if !series.is_empty() && series.bytes().all(|b| b.is_ascii_uppercase())
                && year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit())
                && !serial.is_empty() && serial.bytes().all(|b| b.is_ascii_digit())
    )
}

/// `Iraq: Letter from Malaysia to the UN President of the Security Council
/// (S/2003/283)`: a site's headline above the text ending with its symbol.
fn bracketed_symbol(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(HEADER_SEARCH)
        .find_map(|l| {
            let t = l.text.trim_end();
            let open = t.rfind(" (").filter(|_| t.ends_with(')'))?;
            let inner = &t[open + 2..t.len() - 1];
            (inner.contains('/') && t.len() <= 300)
                .then(|| series_number(inner))
                .flatten()
                .filter(|n| n == inner)
        })
}

/// `Reference: E-012/19` as a release's last line: the OAS numbers its press
/// releases and advisories at their foot.
fn closing_reference(lines: &[Line]) -> Option<String> {
    lines.iter().rev().filter(|l| !l.is_blank()).take(2).find_map(|l| {
        let t = l.text.trim();
        (t.starts_with("Reference:") || t.starts_with("Ref.:") || t.starts_with("Ref:"))
            .then(|| series_number(t))
            .flatten()
    })
}

/// How many non-blank lines a headline ending with its symbol may stand below the top.
const HEADER_SEARCH: usize = 6;

/// `Document symbol: S/PRST/2004/36`: a UN archive page's record field,
/// printed under the text.
fn symbol_field(lines: &[Line]) -> Option<String> {
    lines.iter().take(HEADER_LINES).find_map(|l| {
        let t = l.text.trim();
        // A catalogue's record as a table (`| Citation / Document Symbol | S/RES/462 (1980) |`).
        let row = super::table::table_cells(t).and_then(|cells| match cells.as_slice() {
            [label, value] if label.trim().to_lowercase().ends_with("symbol") => Some(*value),
            _ => None,
        });
        let rest = match row {
            Some(value) => value,
            None => t
                .strip_prefix("Document symbol:")
                .or_else(|| t.strip_prefix("Symbol:"))?,
        };
        let rest = rest.trim();
        series_number(rest)
            .or_else(|| document_number(rest))
            .filter(|n| n == rest)
    })
}

/// `PSC/PR/COMM.(CDLXXXVIII) Page 1 COMMUNIQUÉ The Peace and Security …`: a
/// symbol opening a page flattened onto one line.
fn opening_symbol(lines: &[Line]) -> Option<String> {
    let first = lines.iter().find(|l| !l.is_blank())?.text.split_whitespace().next()?;
    let letters = first.bytes().filter(u8::is_ascii_uppercase).count();
    (first.contains('/') && letters >= 2)
        .then(|| series_number(first))
        .flatten()
        .filter(|n| n == first)
}

/// `CM/292 Page 1`: a page's running head, the symbol and the page's number
/// (the OAU's and the UN's documents print one on every page after the first).
fn page_head_symbol(lines: &[Line]) -> Option<String> {
    lines.iter().filter(|l| !l.is_blank()).take(HEADER_LINES).find_map(|l| {
        let t = l.text.trim();
        let (symbol, page) = t.split_once(" Page ")?;
        (t.len() <= 60 && !page.is_empty() && page.bytes().all(|b| b.is_ascii_digit()) && symbol.contains('/'))
            .then(|| series_number(symbol))
            .flatten()
            .filter(|n| n == symbol)
    })
}

/// The first line near the top that is a document number and nothing else,
/// before the first numbered paragraph.
fn symbol_line(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(HEADER_LINES)
        // Every number holds a digit or a bracket: most lines are passed over unread.
        .filter(|l| l.text.bytes().any(|b| b.is_ascii_digit() || b == b'('))
        // `*A/45/50.`: a footnote's symbol (the agenda's list), not the text's.
        .filter(|l| {
            let t = l.text.trim_start();
            !t.starts_with('*') || t.starts_with("**")
        })
        .map(|l| clean(l.text))
        .filter(|t| !classify::is_page_counter(t))
        // `1.` opens the body; a capital's `P. O. Box` in a letterhead does not.
        .take_while(|t| !numbered_label(t).is_some_and(|(_, style, _)| style == LabelStyle::Number))
        .find_map(|t| {
            let n = document_number(&t).or_else(|| series_number(&t))?;
            // The number alone, or after its short cue (`No.: 198/05`).
            (n.len() + 2 >= t.len() || (t.ends_with(n.as_str()) && t.len() <= n.len() + 5)).then_some(n)
        })
}

fn read_plain(lines: &[Line]) -> Header {
    let mut h = Header::default();
    let top = classify(lines);
    if let Some((k, title, stamp)) = top.iter().enumerate().find_map(|(k, (_, kind))| match kind {
        Kind::TitleField(t, number, date) => Some((k, t.clone(), (number.clone(), date.clone()))),
        _ => None,
    }) {
        let (title, next) = field_title_lines(lines, top[k].0, title);
        h.meta.title = Some(title);
        (h.meta.number, h.meta.date) = stamp;
        return finish(h, lines, &top, next);
    }
    // The title stands right above the article (a dateline, byline or number
    // may sit between): the last candidate before the body earns a little.
    let last = top.iter().rposition(|(_, kind)| matches!(kind, Kind::Candidate(_)));
    // `Press Releases`, `Media Statement` over the headline: a line that only
    // names the kind of text is the title only where no other line can be.
    let label_only = |k: usize| is_kind_label(&clean(lines[top[k].0].text));
    // `FINAL COMMUNIQUE` under `MINISTERIAL MEETING OF THE NORTH ATLANTIC
    // COUNCIL …`: the text's own kind, right above it, names it; the meeting's
    // banner above says where it was issued.
    let under_banner = last.filter(|&l| {
        is_kind_line(&clean(lines[top[l].0].text))
            && top[..l].iter().any(|(i, kind)| {
                matches!(kind, Kind::Candidate(_)) && is_event_line(&clean(lines[*i].text).to_lowercase())
            })
    });
    // `INAUGURAL STATEMENT` over `PACIFIC ISLANDS FORUM LEADERS MEETING`:
    // the same, the meeting's banner under the kind.
    let over_banner = |k: usize| {
        let kind = clean(lines[top[k].0].text);
        is_kind_line(&kind)
            && top.get(k + 1).is_some_and(|(i, next)| {
                let banner = clean(lines[*i].text);
                matches!(next, Kind::Candidate(_))
                    && *i == top[k].0 + 1
                    && is_all_caps(&banner)
                    && is_event_line(&banner.to_lowercase())
                    && kinds::kind_above_headline(&kind, &banner)
            })
    };
    // `XV BRICS Summit` / `Johannesburg II Declaration`: a text's name, in
    // title case, right under the short name of the meeting that issued it.
    let under_event = |k: usize| {
        let name = clean(lines[top[k].0].text).to_lowercase();
        let kind_words = ["declaration", "communiqué", "communique", "statement"];
        // (`ENTEBBE SUMMIT FOR PEACE AND PROSPERITY` / `Joint Declaration of
        // Principles`: or opens with it, what it declares after `of`.)
        let opens_with_kind = || {
            let words: Vec<&str> = name.split_whitespace().take(4).collect();
            words
                .windows(2)
                .take(2)
                .any(|w| kind_words.contains(&w[0]) && w[1] == "of")
        };
        k > 0
            && name.split_whitespace().count() <= 6
            && (kind_words.iter().any(|kind| name.ends_with(kind)) || opens_with_kind())
            && matches!(top[k - 1].1, Kind::Candidate(_))
            && top[k - 1].0 + 1 == top[k].0
            && {
                let event = clean(lines[top[k - 1].0].text).to_lowercase();
                event.split_whitespace().count() <= 6 && is_event_line(&event) && !kinds::is_kind_of_text(&event)
            }
    };
    // `GA/12486` / `General Assembly Adopts $3.4 Billion …` / `Texts on …
    // Adopted`: the headline right under a release's symbol, over the deck
    // that sums it up.
    let under_symbol = |k: usize| {
        k > 0
            && matches!(&top[k - 1].1, Kind::Number(n) if n.contains('/')
                && clean(lines[top[k - 1].0].text) == *n
                && !lines[top[k].0].text.contains(n.as_str()))
            && matches!(top.get(k + 1), Some((_, Kind::Candidate(_))))
            // (`SPEECH/ 09/548` / `José Manuel Durão Barroso` / `President
            // of the European Commission`: the speaker's block, not a headline.)
            && !signature::is_office_line(&clean(lines[top[k + 1].0].text))
    };
    // `José Manuel Durão Barroso` / `President of the European Commission` /
    // `Statement of President Barroso …` / `European Council extraordinary
    // Summit` / `Brussels, 19 November 2009`: a speech's heading right under
    // its speaker's block, over the occasion.
    let under_speaker = |k: usize| {
        k >= 2
            && matches!(top[k - 1].1, Kind::Candidate(_))
            && matches!(top[k - 2].1, Kind::Candidate(_))
            && signature::is_office_line(&clean(lines[top[k - 1].0].text))
            && signature::is_bare_name_line(&clean(lines[top[k - 2].0].text))
    };
    // `EP plenary: Implementation of the EU Guidelines …` / `15.03.2023` /
    // `Strasbourg` / … / `Speech delivered by …`: the page's headline, first,
    // right over its date; the line under the date block is its standfirst.
    // (An issuer's name over the date is its letterhead.)
    let over_dateline = |k: usize| {
        let headline = clean(lines[top[k].0].text);
        k == 0
            && headline.split_whitespace().count() >= 6
            && !score::is_issuer(&headline.to_lowercase())
            && matches!(top.get(1), Some((_, Kind::Dateline(_, Some(_)))))
    };
    let pick = |skip_labels: bool| {
        top.iter()
            .enumerate()
            .filter_map(|(k, (_, kind))| match kind {
                Kind::Candidate(_) if skip_labels && label_only(k) => None,
                // Earlier lines win ties, and lines far down the page pay a little.
                Kind::Candidate(score) => {
                    // (A meeting's banner under the kind that names the text is
                    // last only as the kind's banner.)
                    let place = if Some(k) == last && !(k > 0 && over_banner(k - 1)) {
                        2
                    } else {
                        0
                    } + if Some(k) == under_banner
                        || over_banner(k)
                        || under_event(k)
                        || under_symbol(k)
                        || under_speaker(k)
                        || over_dateline(k)
                    {
                        3
                    } else {
                        0
                    };
                    Some((*score - k as i32 / 8 + place, k))
                }
                _ => None,
            })
            // `The Opening Session of the Meeting included an` / `address by
            // …, Head` / `of the Commonwealth.`: a sentence of a text
            // hard-wrapped with no blank lines is no title, however it scores.
            .filter(|&(_, k)| !is_wrapped_sentence(&title_lines(lines, top[k].0).0, top[k].0, lines))
            .max_by_key(|&(score, k)| (score, std::cmp::Reverse(k)))
            .filter(|&(score, _)| score >= MIN_TITLE_SCORE)
    };
    let best = pick(true).or_else(|| pick(false));
    let mut flat_date = None;
    let body_at = top.iter().position(|(_, kind)| matches!(kind, Kind::Body));
    let mut end = body_at.map_or(top.last().map_or(0, |(i, _)| i + 1), |k| top[k].0);
    match best {
        Some((_, k)) => {
            let alone = over_banner(k);
            let k = if alone { k } else { start_of_title_run(&top, lines, k) };
            let first = top[k].0;
            let (title, next) = if alone {
                (clean(lines[first].text), first + 1)
            } else {
                title_lines(lines, first)
            };
            // `The Closing Statement of the Twenty Fourth Session` (the site's
            // title) over `The Closing Statement of / the Twenty Fourth Session
            // of the GCC Supreme Council` (the text's own heading, below it):
            // the heading that goes on from the title is the fuller one.
            let headings_below = || {
                top[k + 1..]
                    .iter()
                    .take_while(|(_, kind)| !matches!(kind, Kind::Body))
                    .filter(|(_, kind)| matches!(kind, Kind::Candidate(_)))
                    .map(|(i, _)| title_lines(lines, *i))
            };
            let (title, next) = headings_below()
                .find(|(fuller, _)| run::goes_on_from(fuller, &title))
                // `Ministry of Foreign Affairs, pressrelease - The Nordic …
                // Communiqué` (the site's title) over the text's own heading:
                // the heading, without what the site put before it.
                .or_else(|| headings_below().find(|(heading, _)| site_title::under_site_label(&title, heading)))
                .or_else(|| headings_below().find(|(heading, _)| site_title::cut_short_of(heading, &title)))
                .unwrap_or((title, next));
            h.meta.title = Some(title);
            // The header runs to the title's end and the date and number
            // lines right after it; later short lines stay in the body.
            let mut stop = next;
            let title_text = h.meta.title.clone().unwrap_or_default();
            let metadata = |kind: &Kind| {
                matches!(
                    kind,
                    Kind::Chrome
                        | Kind::Dateline(..)
                        | Kind::Published(_)
                        | Kind::Number(_)
                        | Kind::Stamp(..)
                        | Kind::Marking(_)
                )
            };
            for (at, (i, kind)) in top.iter().enumerate().skip(k + 1) {
                if *i < next {
                    continue;
                }
                match kind {
                    kind if metadata(kind) => stop = i + 1,
                    // The page's heading and the article's: the same title twice.
                    Kind::Candidate(_) if clean(lines[*i].text).eq_ignore_ascii_case(&title_text) => stop = i + 1,
                    // `Council of the EU` over `• 26/10/2015 • 752/15`: the issuer
                    // of the metadata that follows.
                    Kind::Candidate(_) if top.get(at + 1).is_some_and(|(_, next)| metadata(next)) => stop = i + 1,
                    _ => break,
                }
            }
            end = stop.max(next);
        }
        None => {
            // The document opens with prose: its first sentence names it,
            // unless a flattened page's heading runs into it.
            if let Some(k) = body_at {
                let text = clean(lines[top[k].0].text);
                if let Some(item) = verbatim_item(&text, k, &top) {
                    h.meta.title = Some(item.to_string());
                } else if numbered_label(&text).is_none() && bullet_marker(lines[top[k].0].text).is_none() {
                    let recorded = masthead::recorded_title_in(lines, &text);
                    if recorded.is_some() {
                        // (`SPEECH/04/453 Romano Prodi …`: the symbol the
                        // flattened page opens with is the text's.)
                        h.meta.number = text
                            .split_whitespace()
                            .next()
                            .and_then(|first| series_number(first).filter(|n| n == first && n.contains('/')));
                    }
                    match flat::flattened_heading(&text) {
                        Some((title, date)) => {
                            h.meta.title = recorded.or(Some(title));
                            flat_date = Some(date);
                        }
                        None if recorded.is_some() => h.meta.title = recorded,
                        None => {
                            h.meta.title = first_sentence(&text);
                            // `Statement of the Spokesman … in response to a
                            // question concerning ….` / `QA-12, 17 May 2014`: a
                            // heading written as one sentence, its stamp under it.
                            if h.meta.title.as_deref() == Some(text.trim()) {
                                stamp_under(lines, top[k].0, &mut h);
                            }
                        }
                    }
                }
            }
        }
    }
    let mut h = finish(h, lines, &top, end);
    // The heading's date, where the header printed none of its own.
    if h.meta.date.is_none() {
        h.meta.date = flat_date;
    }
    h
}

/// The number and date of a stamp on the first short lines under line `i`.
fn stamp_under(lines: &[Line], i: usize, h: &mut Header) {
    let under = lines[i + 1..].iter().filter(|l| !l.is_blank()).take(2);
    for line in under.take_while(|l| l.text.len() <= 80) {
        if let Some(Kind::Stamp(number, date)) = fields::stamp(&clean(line.text)) {
            h.meta.number = Some(number);
            h.meta.date = h.meta.date.take().or(date);
            return;
        }
    }
}

/// A title read over several lines that is a sentence: a dozen words or
/// more, ending with a full stop.
fn is_wrapped_sentence(title: &str, first: usize, lines: &[Line]) -> bool {
    let over_lines = lines
        .get(first + 1)
        .is_some_and(|l| !l.is_blank() && title.len() > clean(lines[first].text).len());
    over_lines && title.ends_with('.') && title.split_whitespace().count() >= 12
        || in_wrapped_paragraph(first, lines)
        || continues_line_above(first, lines)
}

/// `in Geneva in November 1985, and confirmed at the Washington summit in
/// December` / `1987, Ronald W. Reagan, President …`: a line right under a
/// line of a hard-wrapped paragraph as wide, which ran on mid-phrase, is
/// that paragraph's next line.
fn continues_line_above(first: usize, lines: &[Line]) -> bool {
    // `… Minister of Foreign Affairs of Sri Lanka on 30 March 2022, on the
    // sidelines of the` / (a blank line) / `BIMSTEC Summit in Colombo. …`: a
    // page that sets a blank line under every line of its text; the line
    // above broke off on a word no sentence or title ends with.
    if let Some(above) = first.checked_sub(2).map(|a| &lines[a])
        && lines[first - 1].is_blank()
        && above.text.len() >= 60
        && above.text.trim_end().rsplit(' ').next().is_some_and(|w| {
            matches!(
                w,
                "the" | "of" | "and" | "a" | "an" | "to" | "in" | "on" | "for" | "with" | "by"
            )
        })
    {
        return true;
    }
    let Some(above) = first.checked_sub(1).map(|a| &lines[a]).filter(|l| !l.is_blank()) else {
        return false;
    };
    let (above, line) = (above.text.trim(), lines[first].text.trim());
    let (wa, wl) = (above.chars().count(), line.chars().count());
    // (`… and an EU-` / `Canada Action Plan, …`: a word broken at its hyphen.)
    // (A speaker's name and office over the heading end where they end.)
    wa >= 60
        && !signature::is_name_and_office(above)
        && wl * 10 >= wa * 8
        && wl <= wa * 12 / 10
        && (above.ends_with(|c: char| c.is_alphanumeric() || c == ',')
            || above
                .strip_suffix('-')
                .is_some_and(|a| a.ends_with(|c: char| c.is_alphabetic())))
}

/// `The Prime Minister of Japan, H.E. Mr. Yoshihiko Noda, is currently` /
/// `paying a State Visit to India for the Annual Summit of the Prime` / …:
/// the first line of a paragraph hard-wrapped at one width, which runs on
/// past the lines a title may take. The lines of such a block are all about
/// as long as the longest, but for its last, which ends the sentence; and
/// the line runs on into the next mid-phrase (a headline right over its
/// text, as wide, ends where it ends).
fn in_wrapped_paragraph(first: usize, lines: &[Line]) -> bool {
    let lower = |i: usize| {
        lines
            .get(i)
            .is_some_and(|l| l.text.trim_start().starts_with(char::is_lowercase))
    };
    if !(lower(first) || lower(first + 1)) {
        return false;
    }
    // The block's lines up to the first that ends a sentence.
    let mut widths = Vec::new();
    for l in lines[first..].iter().take_while(|l| !l.is_blank()).take(12) {
        let text = l.text.trim();
        widths.push(text.chars().count());
        if text.ends_with('.') {
            let Some((&last, before)) = widths.split_last() else {
                return false;
            };
            let widest = before.iter().copied().max().unwrap_or(0);
            return before.len() >= 3 && widest <= 110 && before.iter().all(|&n| n * 5 >= widest * 4) && last <= widest;
        }
    }
    false
}

fn is_all_caps(s: &str) -> bool {
    // `PARAGRAPH 9 (b) (i) OF …`: a sub-paragraph's letter in brackets is
    // set in lower case in a capitals heading too.
    let mut letters = 0;
    let mut depth = 0usize;
    let mut inside = 0;
    // (`XVIIe MINISTERIËLE CONFERENTIE`: a Roman ordinal's suffix is set
    // in lower case in a capitals heading too.)
    let mut suffix_end = 0;
    for (at, c) in s.char_indices() {
        match c {
            '(' => (depth, inside) = (depth + 1, 0),
            ')' => depth = depth.saturating_sub(1),
            _ if at < suffix_end => {}
            c if c.is_alphabetic() => {
                inside += 1;
                if c.is_lowercase() && !(depth > 0 && inside <= 3) {
                    match ordinal_suffix_end(s, at) {
                        Some(end) => suffix_end = end,
                        None => return false,
                    }
                    continue;
                }
                letters += 1;
            }
            _ => {}
        }
    }
    // `JOINT` / `COMMUNIQUE` / `OF` / `THE THIRTY THIRD …`: a heading set a
    // word or two a line keeps its short connectors in capitals too.
    letters >= 4
        || matches!(
            s.trim(),
            "OF" | "ON" | "BY" | "TO" | "AND" | "THE" | "FOR" | "AT" | "IN" | "OF THE"
        )
}

/// Where the ordinal suffix that starts at `at` ends (`XVII|e`, `XX|th`):
/// after a Roman numeral, to the end of the word. (`15th JAPAN-EU SUMMIT`
/// over `JOINT PRESS STATEMENT` stays apart: a heading in figures is read
/// as mixed case, as the dev set's titles have it.)
fn ordinal_suffix_end(s: &str, at: usize) -> Option<usize> {
    let start = s[..at].rfind(char::is_whitespace).map_or(0, |w| w + 1);
    let end = s[at..].find(char::is_whitespace).map_or(s.len(), |w| at + w);
    let stem = &s[start..at];
    let numeral = !stem.is_empty() && stem.bytes().all(|b| b"IVXLCDM".contains(&b));
    (numeral && matches!(&s[at..end], "st" | "nd" | "rd" | "th" | "e" | "er" | "ème" | "eme")).then_some(end)
}

/// The first sentence of a prose line, whole unless it runs past any
/// heading's length (a list row shortens it where it is shown).
fn first_sentence(text: &str) -> Option<String> {
    // (A Turkish ministry titles a reply by the whole question, 385 characters.)
    const MAX: usize = 480;
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
mod tests;
#[cfg(test)]
mod tests_frames;
#[cfg(test)]
mod tests_layouts;
#[cfg(test)]
mod tests_releases;
#[cfg(test)]
mod tests_scans;
#[cfg(test)]
mod tests_sites;
