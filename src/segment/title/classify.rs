//! Each line above a plain document's body, classified: chrome, dateline,
//! number, stamp, a field naming the title, the body's start, or a candidate
//! title (scored in `score.rs`).

use super::super::header::clean;
use super::super::lines::{Line, bullet_marker, is_navigation, is_rule, numbered_label};
use super::super::numbers::{council_footer, dated_serial, document_number, marking, nato_release, series_number};
use super::chrome::{self, is_breadcrumb_of_next, is_chrome, is_furniture_opening, is_term_note};
use super::extracted::{capitals_heading_run_on, is_scanner_noise};
use super::fields::{
    archive_reference, coded_release, dateline_with_number, is_field_label, numbered_headline, release_number, stamp,
    title_field,
};
use super::line_kinds::{
    above_share_button, beside_bullet, cable_number, header_bullet, headline_and_date_below, is_agenda_item,
    is_author_byline, is_back_link, is_byline, is_dated_listing_entry, is_dated_listing_label, is_kind_banner,
    is_mail_web_link, is_menu_item, is_organ_opening, is_prose, is_sharing_transcript, repeated_heading_dateline,
};
use super::mail::flattened_mail_subject;
use super::masthead::{is_code_line, is_session_line, is_sharing_record};
use super::score::{self, title_score};
use super::signature;
use super::widgets::{
    distributor_stamp, is_clock, is_prayer_times, is_reader_clock, is_temperature, is_time_line, is_type_size_button,
    is_venue_line, time_then_date,
};
use super::{HEADER_LINES, Kind};
use crate::dates::{first_full_date, parse_dateline};

/// The lines above the body, classified; the body's first line ends the list.
/// `PRESS STATEMENT August 11, 2000`, `Press release – 3 June 2019`: the
/// release's kind and its day on one line, which dates the release (a
/// meeting's days printed below it are the event's).
fn kind_then_date(text: &str) -> Option<String> {
    // (Asked of every header line: most are ruled out by their ends, a
    // year being the last thing such a line prints.)
    if text.len() > 60
        || !text.trim_end_matches('.').ends_with(|c: char| c.is_ascii_digit())
        || !text.starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    let (at, _) = crate::dates::first_full_date_at(text)?;
    // (`Press Release (16-10-2021)`: a day in brackets makes the label the
    // page's heading, which the ministry gives every release.)
    let kind = text[..at].trim_end_matches([' ', '-', '–', '—', ',', ':', '|']);
    if text[..at].trim_end().ends_with('(') || text[at..].starts_with('(') {
        return None;
    }
    let (_, date) = parse_dateline(&text[at..])?;
    let named = super::kinds::is_kind_label(kind) || super::kinds::is_kind_of_text(&kind.to_lowercase());
    (!kind.is_empty() && named).then_some(date)?
}

pub(super) fn classify(lines: &[Line]) -> Vec<(usize, Kind)> {
    let mut out = Vec::new();
    let mut seen = 0;
    let mut agenda = None;
    let mut page_heading = None;
    // `<snippet title …>` / `45` / `<the first page, flattened>` / `Transcript
    // of <snippet title …>`: a document-sharing site's preview above the
    // document's own text, which starts below.
    // `< Back to previous page` over the text's heading: a site's page, whose
    // banner and blurbs above the link are no part of the document; so is a
    // mailing's preview text above its `View it in your browser`.
    // `UN Secretariat Item Scan - Barcode - Record Title …` / `Expanded
    // Number …` / … / `Print Name of Person Submit Image Signature of Person
    // Submit`: the UN archives' cover sheet before a scanned record, its
    // folder's title and the day it was filed, no part of the record.
    // (The snippet title is the page's first line: `Transcript of Weekly
    // Media Briefing by the Official Spokesperson …` under a ministry's own
    // headline is the text's subtitle.)
    let first = lines.iter().find(|l| !l.is_blank()).map_or("", |l| l.text.trim());
    let transcript = lines.iter().take(HEADER_LINES).enumerate().position(|(i, l)| {
        l.text
            .strip_prefix("Transcript of ")
            .is_some_and(|snippet| snippet.trim().eq_ignore_ascii_case(first))
                // (A page's `Back to Press Releases` after the text closes it.)
                || (is_back_link(l.text) && lines[i + 1..].iter().filter(|l| !l.is_blank()).nth(2).is_some())
                || is_mail_web_link(l.text)
                || is_sharing_transcript(&lines[..i], l.text)
                || super::wikisource::is_template_end(lines, i)
                || (first.starts_with("UN Secretariat Item Scan") && l.text.contains("Signature of Person Submit"))
    });
    let teasers = super::chrome::news_teasers(lines);
    for (i, line) in lines.iter().enumerate() {
        if seen >= HEADER_LINES {
            break;
        }
        if teasers.contains(&i) {
            seen += 1;
            out.push((i, Kind::Chrome));
            continue;
        }
        if line.is_blank() || is_rule(line.text) {
            // (The items' names stand together: a blank line ends them.)
            if line.is_blank() && agenda == Some(Agenda::Names) {
                agenda = None;
            }
            continue;
        }
        // `Items 70, 80, 86 …` / `of the preliminary list*` / `GENERAL AND
        // COMPLETE DISARMAMENT` / …: a UN masthead's agenda items, named in
        // capitals under their numbers, as many as the document serves; none
        // is its title, and however many there are, the title is below them.
        let text = line.text.trim();
        agenda = agenda_state(agenda, text);
        if agenda.is_some() {
            if agenda == Some(Agenda::Label) {
                seen += 1;
            }
            out.push((i, Kind::Chrome));
            continue;
        }
        seen += 1;
        if transcript.is_some_and(|t| i <= t) {
            out.push((i, Kind::Chrome));
            continue;
        }
        let first_candidate = !out.iter().any(|(_, k)| matches!(k, Kind::Candidate(_)));
        // `U.S. Department of State` printed six times down an archived
        // page: a banner the page repeats, never its title (a title is
        // printed three times at most: the page's, a slide's and the text's).
        if text.len() <= 60
            && text.split_whitespace().nth(2).is_some()
            && !text.bytes().any(|b| b.is_ascii_digit())
            && lines
                .iter()
                .take(HEADER_LINES + 20)
                .filter(|l| l.text.len() >= text.len() && l.text.trim() == text)
                .nth(3)
                .is_some()
        {
            out.push((i, Kind::Chrome));
            continue;
        }
        if page_heading.is_none()
            && let Some(heading) = chrome::page_title_of_heading(lines, i)
        {
            page_heading = Some(heading);
            out.push((i, Kind::Chrome));
            continue;
        }
        // (The heading the page's title named is one, whatever it ends with.)
        if page_heading == Some(text) {
            out.push((i, Kind::Candidate(8)));
            continue;
        }
        let mut kind = classify_line(lines, i, first_candidate);
        // `EU-Kazakhstan Cooperation Council, 20 June 2022`: a meeting's body
        // where a dateline's place would stand (no place ends in one) is a
        // Council meeting page's heading, unless a headline stands above it
        // (`Forward look: 22 April – 5 May 2024` over the meetings it lists).
        if let Kind::Dateline(Some(place), Some(_)) = &kind
            && names_meeting_body(place)
            && !out.iter().any(|(_, k)| matches!(k, Kind::Candidate(s) if *s >= 1))
        {
            kind = Kind::Candidate(title_score(lines, i, line.text, text, first_candidate));
        }
        // `DECLARAÇÕES DO PRESIDENTE …` / `DECLARAÇÕES DO PRESIDENTE … |
        // Palácio do Planalto, Brasília, 23 Maio 2025`: the heading printed
        // again as a caption with its seat and day is the text's dateline.
        if matches!(kind, Kind::Candidate(_) | Kind::TitleField(..))
            && let Some((place, date)) = repeated_heading_dateline(lines, i)
        {
            kind = Kind::Dateline(place, Some(date));
        }
        // `Government officials will NEVER ask you to …` / `Minister for
        // Foreign Affairs …'s Telephone Call with …` / `18 March 2020`: a
        // site's notice above the page's headline and its date is no body.
        if matches!(kind, Kind::Body) && seen == 1 && headline_and_date_below(lines, i) {
            kind = Kind::Chrome;
        }
        if matches!(kind, Kind::Candidate(_)) && super::preamble::opens_preamble(lines, i) {
            kind = Kind::Body;
        }
        // `23 October 2018` / `Moscow: 06:22` / `London: 04:22`: a site's
        // clocks, and the day they show, are the reader's, not the text's.
        // `40.5 F` / `Tuesday, February 20, 2024`, `Thursday, March 28, 2024` /
        // `broken clouds` / … / `23°C / 23°C`: a news site's weather and the
        // day it is read.
        let near_weather = || {
            let above = lines[..i].iter().rev().filter(|l| !l.is_blank()).take(2);
            let below = lines[i + 1..].iter().filter(|l| !l.is_blank()).take(4);
            above.chain(below).any(|l| is_temperature(l.text))
        };
        if is_clock(line.text)
            || is_time_line(line.text)
            || is_venue_line(line.text)
            || is_temperature(line.text)
            || is_reader_clock(line.text)
            || is_prayer_times(line.text.trim_start_matches(['•', ' ']))
            || (matches!(kind, Kind::Dateline(None, _))
                && (lines[i + 1..]
                    .iter()
                    .find(|l| !l.is_blank())
                    .is_some_and(|l| is_clock(l.text))
                    || near_weather()))
        {
            kind = Kind::Chrome;
        }
        let body = matches!(kind, Kind::Body);
        out.push((i, kind));
        if body {
            break;
        }
    }
    out
}

/// `Brussels, 14 May 2007. The Council adopted …`, `Baghdad, Iraq, 12 May,
/// 2004 -- Full authority …`: a dateline run into the lead, its seat and day.
fn run_on_dateline(text: &str) -> Option<(String, String)> {
    let dated = |head: &str| match parse_dateline(head) {
        Some((Some(place), Some(date))) => Some((place, date)),
        _ => None,
    };
    // (`St. George’s, Grenada. July 6, 2017. Minister …`: the seat's own
    // abbreviation and its country end in a stop too; the date ends the head.)
    let mut stops = text
        .match_indices(". ")
        .map(|(at, _)| at)
        .take_while(|&at| at <= 48)
        .peekable();
    if stops.peek().is_some()
        && let Some(found) = stops.find_map(|at| dated(&text[..at]))
    {
        return Some(found);
    }
    // (`Kigali, 08 January 2020 - Today, Hon. Minister …`: a dash after the
    // day, an abbreviation's stop after it.)
    let (head, _) = text
        .split_once(" -- ")
        .or_else(|| text.split_once(" – "))
        .or_else(|| text.split_once(" — "))
        .or_else(|| {
            // (A hyphen only before a lead's words: `PV 08/09/2015 - 19`,
            // `Period of Service: 11/03/1983 - 20/12/1991` are no datelines.)
            text.split_once(" - ")
                .filter(|(_, lead)| lead.starts_with(char::is_uppercase) && lead.split_whitespace().nth(3).is_some())
        })?;
    (head.len() <= 48).then(|| dated(head)).flatten()
}

/// `Foreign Affairs Council`, `Pacific Islands Forum`: two words or more, the
/// last a body that meets.
fn names_meeting_body(place: &str) -> bool {
    place.split_whitespace().nth(1).is_some()
        && place.rsplit(' ').next().is_some_and(|w| {
            ["council", "forum", "assembly", "committee"]
                .iter()
                .any(|b| w.eq_ignore_ascii_case(b))
        })
}

/// `Baghdad, Iraq Baghdad, Iraq`: the seats of a joint letterhead's two
/// issuers, set side by side, no title and no dateline (it has no day).
fn is_doubled_seat(text: &str) -> bool {
    let Some(half) = text.get(..text.len() / 2) else {
        return false;
    };
    text.len() <= 80
        && text[half.len()..].trim_start() == half.trim_end()
        && text.as_bytes().get(half.len()).is_some_and(u8::is_ascii_whitespace)
        && half.contains(", ")
        && half.split_whitespace().count() <= 5
        && half
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
}

/// Where a line stands in a UN masthead's list of agenda items.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Agenda {
    /// `Items 70, 80, 97 (a),` / `107 and 149` / `of the preliminary list*`.
    Label,
    /// `GENERAL AND COMPLETE DISARMAMENT`: an item's name, in capitals.
    Names,
}

fn agenda_state(state: Option<Agenda>, text: &str) -> Option<Agenda> {
    let opens = ["Items ", "Item ", "Agenda items ", "Agenda item "].iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    if opens && text.len() <= 80 {
        return Some(Agenda::Label);
    }
    let state = state?;
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    // (`LETTER DATED 8 JULY 1998 FROM …`: the document's own title in
    // capitals, right under the items, ends them.)
    let letter = ["LETTER DATED", "IDENTICAL LETTERS", "NOTE VERBALE", "NOTE BY THE"]
        .iter()
        .any(|t| text.starts_with(t));
    if capitals && !letter && !text.contains('*') {
        return Some(Agenda::Names);
    }
    let continues_label = text.len() <= 60
        && (text.starts_with(|c: char| c.is_ascii_digit())
            || text.starts_with("of the preliminary list")
            || text.starts_with("of the provisional agenda"));
    (state == Agenda::Label && continues_label).then_some(Agenda::Label)
}

/// `1. Home` / `2. Secretary-General … Condemns …`: a page's breadcrumb
/// printed as a numbered list (the UN's pages), no clause of the text.
fn in_numbered_breadcrumb(lines: &[Line], i: usize) -> bool {
    let numbered = |t: &str| {
        t.trim_start()
            .split_once(". ")
            .is_some_and(|(n, _)| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    };
    numbered(lines[i].text)
        && lines[..=i].iter().rev().take(4).take_while(|l| !l.is_blank()).any(|l| {
            matches!(
                l.text.trim_end().rsplit("1. ").next(),
                Some("Home" | "Accueil" | "Inicio" | "Startseite")
            )
        })
}

/// `• Aboul Gheit condemns Israeli attacks on …` / `Date: 2024/05/10`: a site
/// that sets its headline as a list's one item, dated on the line under it
/// or printed again there.
fn is_dated_headline_item(lines: &[Line], i: usize, marker: usize) -> bool {
    let item = lines[i].text.trim_start()[marker..].trim();
    let lone = |l: Option<&Line>| l.is_none_or(|l| l.is_blank() || bullet_marker(l.text.trim_start()).is_none());
    let words = item.split_whitespace().count();
    let below = lines[i + 1..].iter().find(|l| !l.is_blank()).map(|l| l.text.trim());
    // `• PRESS RELEASE : UK to purchase …` / `PRESS RELEASE : UK to purchase …`:
    // a tag page's one entry, its headline printed again over the text.
    let repeated = below == Some(item);
    (4..=if repeated { 40 } else { 24 }).contains(&words)
        && !item.ends_with(['.', ':', ';', ','])
        && item.starts_with(char::is_uppercase)
        && lone(i.checked_sub(1).and_then(|a| lines.get(a)))
        && lone(lines.get(i + 1))
        && below.is_some_and(|l| repeated || (l.len() <= 60 && matches!(parse_dateline(l), Some((_, Some(_))))))
}

/// `Last Updated: Feb 13, 2017 - 1:45:37 AM |`: the day a site last touched
/// its page, which dates the text only where nothing else does (`finish`).
pub(super) fn updated_on(raw: &str) -> Option<String> {
    let t = raw.trim_start_matches(['•', '-', '*', ' ', '|']);
    // (Asked of every line of a head: compared in place, nothing allocated.)
    let updated = ["last updated", "updated:", "last modified", "page last updated"]
        .iter()
        .any(|cue| {
            t.as_bytes()
                .get(..cue.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(cue.as_bytes()))
        });
    (updated && t.len() <= 80)
        .then(|| crate::dates::first_full_date(t))
        .flatten()
}

fn classify_line(lines: &[Line], i: usize, first_candidate: bool) -> Kind {
    let raw = lines[i].text;
    if is_dated_listing_label(lines, i)
        || is_dated_listing_entry(lines, i)
        || super::journal::in_running_head(lines, i)
        || updated_on(raw).is_some()
        || chrome::is_cut_crumb_of_next(lines, i)
    {
        return Kind::Chrome;
    }
    if let Some((subject, date)) = flattened_mail_subject(raw) {
        return Kind::TitleField(subject, None, date);
    }
    if let Some(date) = kind_then_date(raw.trim()) {
        return Kind::Dateline(None, Some(date));
    }
    if raw.len() <= 120
        && let Some(date) = distributor_stamp(raw)
    {
        return Kind::Published(date);
    }
    if raw.len() <= 60 {
        if is_type_size_button(raw.trim_start_matches(['•', '-', '*', ' '])) {
            return Kind::Chrome;
        }
        // (`3:54pm 17th Sep, 2009` over `16 Sep 2009`: the page's posting
        // time over the text's own day.)
        if let Some(date) = time_then_date(raw) {
            let day_below = lines[i + 1..]
                .iter()
                .filter(|l| !l.is_blank())
                .take(2)
                .any(|l| l.text.len() <= 40 && matches!(parse_dateline(l.text.trim()), Some((None, Some(_)))));
            return if day_below {
                Kind::Chrome
            } else {
                Kind::Dateline(None, Some(date))
            };
        }
    }
    // `| |||||`: a table's or menu's frame whose cells lost their text
    // (or `• • •`): nothing in it can be read, so it neither titles nor
    // opens the text.
    // (A short line, counted in characters since OCR's `•` takes three bytes:
    // a long run of marks is text the reader should still see.)
    if raw.chars().count() <= 80 && !raw.chars().any(char::is_alphanumeric) {
        return Kind::Chrome;
    }
    if raw.len() <= 600 && super::masthead::is_flattened_session_line(raw.trim()) {
        return Kind::Chrome;
    }
    // `REPUBLIQUE DE GUINEE` / `TRAVAIL-JUSTICE-SOLIDARITE`: the state's
    // letterhead, set in capitals like the title under it.
    if raw.len() <= 80 && super::letterhead::is_letterhead(raw) {
        return Kind::Chrome;
    }
    // ReliefWeb's page: its tagline, the countries it files the text under
    // (`Serbia + 9 more`), then the text's title, over whatever heading the
    // copied text prints (a Council meeting's, a press service's standfirst).
    if raw.len() <= 300
        && let Some(tagged) = super::site_title::reliefweb_title(lines, i)
    {
        return if tagged {
            Kind::TitleField(clean(raw), None, None)
        } else {
            Kind::Chrome
        };
    }
    // `Verklaring Hoge Vertegenwoordiger Ashton over Syrië (en)` / `Met dank
    // overgenomen van Raad …`: a reposting site's headline in its own
    // language, tagged with the language of the original it credits below;
    // the original's own heading follows, and names the text.
    if raw.len() <= 200 && super::site_title::is_repost_banner(lines, i) {
        return Kind::Chrome;
    }
    // A table (`| a | b |`) is content, though its bars look like a menu's;
    // a page's tool bar (`| Print | |`) is not.
    if raw.len() <= 80 && raw.contains('|') && chrome::is_tool_bar(&raw.to_lowercase()) {
        return Kind::Chrome;
    }
    if super::super::table::table_cells(raw).is_some() {
        return Kind::Body;
    }
    if in_numbered_breadcrumb(lines, i) {
        return Kind::Chrome;
    }
    // A headline set as a list's one item is read as the headline.
    let headline_item = bullet_marker(raw.trim_start()).filter(|&len| is_dated_headline_item(lines, i, len));
    let mut text = clean(headline_item.map_or(raw, |len| &raw.trim_start()[len..]));
    // `Press Release SC/7430 |`: a bar left where a page's menu of fields ended.
    if text.ends_with(" |") {
        text.truncate(text.trim_end_matches(['|', ' ']).len());
    }
    // `6 November 2024 Also available in:`: the day beside a site's language
    // switcher (UNHCR's pages).
    if let Some(head) = text.strip_suffix(" Also available in:") {
        text.truncate(head.len());
    }
    // `Friday, 03 January 2020. PDF Print E-mail`: a content system's page
    // tools (Joomla's) beside the article's date.
    let head = super::tails::without_page_tools(&text).len();
    text.truncate(head);
    // `date 2021-12-08 Image Credit: WAM`: a page store's date field over a
    // picture's credit (a headline run on after the field is read as a title).
    if let Some(rest) = text.strip_prefix("date ")
        && let Some((stamp, after)) = rest.split_once(' ').or(Some((rest, "")))
        && stamp.len() == 10
        && crate::dates::is_iso_date(stamp)
        && after.split_whitespace().count() < 4
        // (`date 2021-10-02 COMMUNIQUE`: the field over the text's kind, its
        // heading, is read as the heading; the field dates the text only if
        // nothing else does.)
        && !super::finish::is_kind_only(after)
    {
        // `date 2018-06-24 23 June 2018`: the page's own date, printed after
        // the store's field (a day off where the two clocks' zones differ),
        // is the one the text bears.
        // `date 2020-05-13 SC/14185`: the field over the release's symbol.
        if let Some(n) = series_number(after).filter(|n| n.contains('/')) {
            return Kind::Stamp(n, Some(stamp.to_string()));
        }
        let printed = crate::dates::first_full_date(after);
        return Kind::Dateline(None, Some(printed.unwrap_or_else(|| stamp.to_string())));
    }
    // `State seal of Myanmar.svg copy(12th February, 2020)`: a picture's file
    // name, its alternative text, run onto the day the page prints under it.
    if let Some(date) = super::widgets::dated_picture_name(&text) {
        return Kind::Dateline(None, Some(date));
    }
    // `Organization for Security and Co-operation in Europe 7 December
    // 2004`: the issuer's letterhead with the document's date beside it.
    if text.len() <= 100
        && text.ends_with(|c: char| c.is_ascii_digit())
        && let Some((at, date)) = crate::dates::first_full_date_at(&text)
        && at > 0
        && matches!(parse_dateline(&text[at..]), Some((None, Some(_))))
        && score::is_issuer(&text[..at].trim_end().to_lowercase())
    {
        return Kind::Dateline(None, Some(date));
    }
    // `The General Assembly,` / `The Security Council,`: a resolution's body
    // opens with the organ that adopts it; its preamble follows.
    if is_organ_opening(&text) {
        return Kind::Body;
    }
    // An archive's record fields (`Release Date:` / `19/12/1983`, `Released
    // by:` / `• Bowen, Lionel`): the label and the value under it.
    if is_field_label(&text) {
        return Kind::Chrome;
    }
    // (The raw line's colon first: cleaning every line above costs a parse.)
    if let Some(above) = lines[..i].iter().rev().find(|l| !l.is_blank())
        && above.text.trim_end().ends_with(':')
        && is_field_label(&clean(above.text))
    {
        let value = clean(raw.trim_start().trim_start_matches(['•', '-', '*', '·']).trim_start());
        let label = clean(above.text).trim_end_matches(':').trim().to_lowercase();
        if super::fields::is_archive_date_label(&label) {
            return Kind::Chrome;
        }
        if super::fields::is_archive_number_label(&label) && !value.contains(' ') && value.len() <= 40 {
            return Kind::Number(value);
        }
        return match parse_dateline(&value) {
            Some((place, date)) => Kind::Dateline(place, date),
            None => Kind::Chrome,
        };
    }
    // `Page 1: PRESS RELEASE Agriculture and Fisheries...Measures …`: a
    // document-sharing site's transcript, each page opened with its number
    // and the page's snippet title.
    if let Some(rest) = text.strip_prefix("Page ")
        && let Some((n, _)) = rest.split_once(": ")
        && (1..=3).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
    {
        return Kind::Chrome;
    }
    if let Some((number, date)) = super::record::release_record(&text) {
        return Kind::Stamp(number, date);
    }
    // Before labels: `136. Secret` is a cable's serial, not paragraph 136.
    if let Some((n, date)) = cable_number(&text) {
        return Kind::Stamp(n, date);
    }
    if chrome::is_issuer_and_seat(&text) || chrome::is_issuer_breadcrumb(&text) {
        return Kind::Chrome;
    }
    if let Some(len) = bullet_marker(raw.trim_start())
        && headline_item.is_none()
    {
        // `preliminary list*` … `*  A/50/50/Rev.1.`: the footnote a UN
        // masthead's mark calls for (the agenda's list), no bullet of the text's.
        let marked = |t: &str| t.ends_with('*') && !t.ends_with("**");
        if raw.trim_start().starts_with('*') && lines[..i].iter().any(|l| marked(l.text.trim_end())) {
            return Kind::Chrome;
        }
        let item = clean(&raw.trim_start()[len..]);
        // `• Compartir en Facebook`, `• Eng` / `• Рус`: a page's tools and its
        // language switcher, set as lists, whatever came above them.
        // (`• Added widget FAQs Detail>>>`: a link to a widget's item.)
        if chrome::is_page_tool(&item.to_lowercase())
            || (chrome::is_language_code(&item) && beside_bullet(lines, i))
            || item.ends_with(">>")
        {
            return Kind::Chrome;
        }
        // `• 7/28/2019 Statement by CELAC - …`: a document-sharing site's page
        // head, the day of upload and the name the page already gave.
        if let Some((day, name)) = item.split_once(' ')
            && day.contains('/')
            && day.bytes().all(|b| b.is_ascii_digit() || b == b'/')
            && lines[..i]
                .iter()
                .any(|l| l.text.trim().eq_ignore_ascii_case(name.trim()))
        {
            return Kind::Chrome;
        }
        return header_bullet(&item).unwrap_or_else(|| {
            // `• 14:30` / `• Dichiarazione e osservazioni` / `• 135/17`: the
            // kind a page's metadata list names, in a language whose label is
            // not known, right above the text's number.
            if item.split_whitespace().count() <= 4
                && !item.ends_with(['.', ':', ';'])
                && let Some(next) = lines.get(i + 1)
                && let Some(at) = bullet_marker(next.text.trim_start())
                && matches!(
                    header_bullet(&clean(&next.text.trim_start()[at..])),
                    Some(Kind::Number(_))
                )
            {
                return Kind::Chrome;
            }
            // `• Login` / `• Webmail /`: a site's menu above the title.
            // `• 389country` opening the page: a blog's name, as its menu shows it.
            let page_name = lines[..i].iter().all(|l| l.is_blank())
                && item.split_whitespace().count() <= 2
                && item.chars().count() <= 30
                && !item.ends_with(['.', ':', ';']);
            if first_candidate && (is_menu_item(&item) && beside_bullet(lines, i) || page_name)
                || super::line_kinds::in_menu_list(lines, i)
            {
                Kind::Chrome
            } else {
                Kind::Body
            }
        });
    }
    // `P. O. Box 3243, Addis Ababa, Ethiopia Tel.: (251-11) 551 38 22 Fax: …`:
    // a letterhead's address (its `P.` is no paragraph label).
    if text.len() <= 200 && chrome::is_postal_contact(&text) {
        return Kind::Chrome;
    }
    if let Some(n) = nato_release(&text) {
        // `Press` / `Release` / `(2001) 171`: a narrow column's label, one word a line.
        let above: Vec<&str> = lines[..i]
            .iter()
            .rev()
            .filter(|l| !l.is_blank())
            .take(2)
            .map(|l| l.text.trim())
            .collect();
        let labelled =
            !n.starts_with("Press") && matches!(above.as_slice(), ["Release", "Press"] | ["Press Release", ..]);
        return Kind::Number(if labelled { format!("Press Release {n}") } else { n });
    }
    if let Some((_, _, at)) = numbered_label(&text) {
        // `5. December 1996 - 10:01`: a day with its dot before the month
        // (as Estonian and German pages print it) is a dateline, not ¶5.
        // (`10. 1. 2009 10:14`: a Czech page's date, spaced after its dots.)
        if text.len() <= 48
            && text[at..]
                .split_whitespace()
                .next()
                .is_some_and(|w| crate::dates::month_number(w).is_some() || w.ends_with('.'))
            && let Some((place, Some(date))) = parse_dateline(&text)
        {
            return Kind::Dateline(place, Some(date));
        }
        return Kind::Body;
    }
    // (A resolution's number in its heading, `73/3.`, is read last, where
    // the header prints no fuller symbol: `plain_header`.)
    if let Some((title, _)) = title_field(&text) {
        return Kind::TitleField(title, None, None);
    }
    if let Some((number, date, title)) = numbered_headline(&text) {
        return Kind::TitleField(title, Some(number), date);
    }
    if let Some(n) = stamp(&text) {
        return n;
    }
    if let Some((number, date)) = archive_reference(&text) {
        return Kind::Stamp(number, date);
    }
    // `28/04/2017` under `This site has been archived on 28 of April 2017`:
    // the day of the archive, not of the text.
    // (`EUCO 19/1/17`: a revised number in its series reads as a seat and a
    // day, and is the number.)
    let dateline = parse_dateline(&text).filter(|_| document_number(&text).is_none());
    if dateline.as_ref().is_some_and(|(place, _)| place.is_none())
        && let Some(above) = lines[..i].iter().rev().find(|l| !l.is_blank())
        && above.text.to_lowercase().contains("has been archived")
    {
        return Kind::Chrome;
    }
    // `OSCE Special Permanent Council No.1458 Vienna, 26 January 2024`: a
    // numbered meeting's banner ending in its place and date.
    // `Sandton, Gauteng, South Africa Wednesday 23 August 2023`: a summit's
    // place, down to its country, then the weekday and date with no comma.
    if text.len() <= 100
        && text.contains(", ")
        && let Some((at, date)) = crate::dates::first_full_date_at(&text)
        && at > 0
        && matches!(parse_dateline(&text[at..]), Some((None, Some(_))))
        && let Some((place, weekday)) = text[..at].trim_end().rsplit_once(' ')
        && crate::dates::is_weekday(weekday.trim_end_matches(','))
        && place.contains(", ")
        && place.split_whitespace().count() <= 6
        && place.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    {
        let seat = place.split(", ").next().unwrap_or(place).to_string();
        return Kind::Dateline(Some(seat), Some(date));
    }
    // `No. 2010/78 - Ottawa, Ontario - October 6, 2010`: a Canadian
    // ministry's release or speech number, then its dateline.
    if let Some((number, dateline)) = text.strip_prefix("No. ").and_then(|r| r.split_once(" - "))
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        && let Some((_, Some(date))) = parse_dateline(&dateline.replacen(" - ", ", ", 1))
    {
        return Kind::Stamp(number.to_string(), Some(date));
    }
    // `OSCE Permanent Council 1431 Vienna, 6 July 2023`: its number bare.
    let numbered = || {
        let comma = text.find(", ")?;
        let place_at = text[..comma].rfind(' ')?;
        let serial = text[..place_at].rsplit(' ').next()?;
        // (`EU-China Summit 2023 Brussels, …`: a year is no meeting's number.)
        let year = serial.len() == 4 && (serial.starts_with("19") || serial.starts_with("20"));
        (serial.len() <= 5 && !year && serial.bytes().all(|b| b.is_ascii_digit())).then_some(0)
    };
    if let Some(at) = text.find("No.").or_else(numbered).filter(|_| text.len() <= 120)
        && let Some(comma) = text[at..].find(", ").map(|c| at + c)
        && let Some(place_at) = text[..comma].rfind(' ')
        && let Some((Some(place), Some(date))) = parse_dateline(&text[place_at + 1..])
    {
        return Kind::Dateline(Some(place), Some(date));
    }
    // `18th-19th June,` / `1974`: a header stacked a few words a line, the
    // year on its own below the day and month.
    if text.ends_with(',')
        && text.len() <= 30
        && text.starts_with(|c: char| c.is_ascii_digit())
        && let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank())
        && let year = next.text.trim()
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && let Some((_, Some(date))) = parse_dateline(&format!("{text} {year}"))
    {
        return Kind::Dateline(None, Some(date));
    }
    if let Some((place, date)) = dateline {
        // `EU-Russia Summit Brussels, 11 November 2002`: an event's name
        // before the place is a headline with its date, not a dateline.
        let headline = place
            .as_deref()
            .is_some_and(|p| p.split_whitespace().count() >= 2 && score::names_genre(&p.to_lowercase()));
        if !headline {
            return Kind::Dateline(place, date);
        }
    }
    if let Some(date) = date_then_issuer(&text) {
        return Kind::Dateline(None, Some(date));
    }
    // `[Ministry of Foreign Affairs of Japan] [Tuesday, Oct 6, 2015]`: a
    // newsletter's fields in brackets, one of them the date.
    if text.starts_with('[')
        && text.ends_with(']')
        && let Some(date) = text
            .split(['[', ']'])
            .filter(|seg| !seg.trim().is_empty())
            .find_map(|seg| parse_dateline(seg.trim()).and_then(|(_, d)| d))
    {
        return Kind::Dateline(None, Some(date));
    }
    // `date 2021-05-17 • Tue. May 18th, 2021`: a news site's date of the
    // article, then the day it is read, in a bar of the page's fields.
    if let Some((first, _)) = text.split_once(" • ")
        && let Some((place, Some(date))) = parse_dateline(first)
    {
        return Kind::Dateline(place, Some(date));
    }
    // `December - 31– 2019`: a page's date with dashes between its parts.
    if text.len() <= 30
        && text.contains(['-', '–'])
        && text
            .split_whitespace()
            .next()
            .is_some_and(|m| crate::dates::month_number(m).is_some())
        && let Some((_, Some(date))) = parse_dateline(&text.replace(['-', '–'], " "))
    {
        return Kind::Dateline(None, Some(date));
    }
    // `December` / `10, 2015`: a date a narrow column wrapped after its month.
    if !text.contains(' ')
        && crate::dates::month_number(&text).is_some()
        && let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank())
        && let Some((_, Some(date))) = parse_dateline(&format!("{text} {}", clean(next.text)))
    {
        return Kind::Dateline(None, Some(date));
    }
    // Only the opening words are asked about: a long line is not lower-cased whole.
    let opening: String = text.chars().take(40).collect::<String>().to_lowercase();
    // `Page 2: MAD RID 16 DECEMBER 1995 … · The European Council, meeting …`:
    // a sharing site's snippet of each page.
    let page_snippet = opening.starts_with("page ")
        && opening[5..]
            .split(':')
            .next()
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && text.contains(" · ");
    if page_snippet || is_furniture_opening(&opening) || is_sharing_record(lines, i, &opening) {
        return Kind::Chrome;
    }
    // `Please note that all PDF documents … will open in a new browser window.`
    if text.len() <= 200 && opening.starts_with("please note") && text.contains(" in a new ") {
        return Kind::Chrome;
    }
    // A picture's caption or alt text (`Photo illustration of people, …`),
    // or the caption over its credit (`20230723 ministry of foreign affairs`
    // / `Image Credit: WAM`: a file's name, its digits no date of the text).
    // (Asked of every header line and the one under it: compared in place, no copy.)
    let credit = |t: &str| {
        let t = t.trim_start();
        [
            "photo illustration",
            "photo:",
            "photo credit",
            "image:",
            "image credit",
            "picture:",
        ]
        .iter()
        .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    };
    // (A credit after a blank line is the picture's under the headline:
    // `UAE welcomes …` / `` / `Photo: WAM`.)
    // (`Press release 282/2022` / `Photo: …`: a number over the credit is the number.)
    if text.len() <= 200
        && (credit(&text)
            || lines
                .get(i + 1)
                .is_some_and(|l| !l.is_blank() && l.text.len() <= 120 && credit(l.text)))
        && release_number(&text).is_none()
    {
        return Kind::Chrome;
    }
    // `Gerald R. Ford photo`: an archive's alt text for the speaker's portrait.
    if text.len() <= 60
        && [" photo", " portrait", " photograph", " image"]
            .iter()
            .any(|p| opening.ends_with(p))
    {
        return Kind::Chrome;
    }
    if chrome::TERM_OPENINGS.iter().any(|o| opening.starts_with(o)) && is_term_note(&text.to_lowercase()) {
        return Kind::Chrome;
    }
    // `Questo sito utilizza cookie tecnici …`: a cookie notice in any language
    // is a sentence, but never the body (`cookie` is the word in most of
    // them); so is an archived site's banner.
    if text.len() <= 300 && chrome::mentions_cookies(&text)
        || chrome::is_archive_banner(&text)
        || chrome::is_site_notice(&text)
    {
        return Kind::Chrome;
    }
    // `Brussels, 14 May 2007. The Council adopted the following conclusions:`:
    // a dateline run into the lead's first sentence.
    // (`Baghdad, Iraq, 12 May, 2004 -- Full authority …`: or a dash, as a
    // release's lead opens.)
    if let Some((place, date)) = run_on_dateline(&text) {
        return Kind::Dateline(Some(place), Some(date));
    }
    // `Abu Dhabi [UAE], October 12: President …`: a wire's dateline, its year
    // left out, run into the lead.
    if super::lead::is_wire_lead(&text) {
        return Kind::Body;
    }
    if is_scanner_noise(&text) || is_doubled_seat(&text) {
        return Kind::Chrome;
    }
    // `LETTER DATED 8 JULY 1998 FROM THE SECRETARY-GENERAL … COUNCIL In
    // resolution 1172 (1998), …`: a heading in capitals that a PDF's
    // extraction ran into the first sentence is the title, and the body follows.
    if let Some((head, date)) = capitals_heading_run_on(&text) {
        return Kind::TitleField(head.to_string(), None, date);
    }
    // `UNITED24 - Make a charitable donation in support of Ukraine!`: a
    // site's appeal, an exclamation though it is.
    if text.ends_with('!') && is_chrome(&text) {
        return Kind::Chrome;
    }
    // `Lars Løkke Rasmussen møder Ungarns udenrigsminister ….` / `Del`: a
    // headline written as a sentence, as Nordic ministries write theirs,
    // over the page's share button.
    if text.chars().count() <= 250 && above_share_button(lines, i) {
        let headline = text.trim_end_matches('.');
        return Kind::Candidate(title_score(lines, i, raw, headline, first_candidate));
    }
    if is_prose(&text) {
        return Kind::Body;
    }
    // `General Assembly Distr.: General 23 July 2020`: a UN masthead's
    // distribution field dates the document (before chrome: `Original: English`).
    // (`Distr: General 11 December 1987`, the colon's dot lost.)
    if let Some(at) = text.find("Distr.:").or_else(|| text.find("Distr:"))
        && let Some(date) = first_full_date(&text[at..])
    {
        return Kind::Dateline(None, Some(date));
    }
    // `General Assembly Security Council Tenth emergency special session
    // Sixty-ninth year Agenda item 5 …`: a UN masthead's session and agenda.
    if (text.starts_with("General Assembly") || text.starts_with("Security Council"))
        && text.contains("Agenda item")
        && (text.contains(" session") || text.contains(" year"))
    {
        return Kind::Chrome;
    }
    // `Posted in: Communiques by admin | 08 July 2013 | Release Ref #: 148/2013 | 3065`:
    // a post's bar of fields, one of them the release's number.
    if text.starts_with("Posted")
        && let Some(n) = text.split(" | ").find_map(series_number)
    {
        return Kind::Number(n);
    }
    // `Published By : Admin | June 2, 2020 | 21:29 IST`: a post's byline bar,
    // one of its fields the date it was posted.
    if (text.starts_with("Published") || text.starts_with("Posted"))
        && text.len() <= 120
        && let Some(date) = text.split(" | ").find_map(|f| parse_dateline(f).and_then(|(_, d)| d))
    {
        return Kind::Dateline(None, Some(date));
    }
    // `Posted by Jeff from ( on Wednesday, May 14, 2003 at 2:34PM :`: a
    // forum's byline, the day the post was made.
    if let Some(rest) = text.strip_prefix("Posted by ")
        && text.len() <= 120
        && let Some((_, day)) = rest.split_once(" on ")
        && let Some(date) = first_full_date(day)
    {
        return Kind::Dateline(None, Some(date));
    }
    // `HC Deb 10 June 1953 vol 516 cc223-4`: Hansard's citation of the
    // sitting that printed the text, the day the text was read to the House.
    if let Some(rest) = ["HC Deb ", "HL Deb "].iter().find_map(|p| text.strip_prefix(p))
        && let Some((day, _)) = rest.split_once(" vol ")
        && let Some((None, Some(date))) = parse_dateline(day)
    {
        return Kind::Dateline(None, Some(date));
    }
    // `( 2003-11-05 00:02) (Xinhua)`: a news site's stamp of the day and time
    // it posted the story, in brackets, the agency's name after it.
    if let Some(inner) = text.strip_prefix('(')
        && text.len() <= 60
        && let Some((stamp, after)) = inner.split_once(')')
        && (after.trim().is_empty() || after.trim().starts_with('(') && after.trim().ends_with(')'))
        && let Some((day, clock)) = stamp.trim().split_once(' ')
        && clock.contains(':')
        && clock.bytes().all(|b| b.is_ascii_digit() || b == b':')
        && let Some((None, Some(date))) = parse_dateline(day)
    {
        return Kind::Dateline(None, Some(date));
    }
    // `Published on 28 Dec 2019 View Original`: ReliefWeb's record of when
    // the source published the text it copies.
    if let Some(rest) = text.strip_prefix("Published on ")
        && rest.len() <= 40
        && let Some((_, Some(date))) = parse_dateline(rest.strip_suffix(" View Original").unwrap_or(rest))
    {
        return Kind::Published(date);
    }
    // `Speech/statement | Date: 19/05/2025 | Office of the Prime Minister`:
    // a page's bar of fields, one of them labelled the date.
    if text.len() <= 160
        && text.contains(" | ")
        && let Some(date) = text.split(" | ").find_map(|f| {
            // (`Devdiscourse News Desk | Updated: 08-11-2018 10:30 IST |
            // Created: 08-11-2018 10:06 IST`: the day the page was made,
            // not the day it was last touched.)
            let value = [
                "Date:",
                "Dato:",
                "Datum:",
                "Fecha:",
                "Päivämäärä:",
                "Created:",
                "Published:",
                "Posted:",
            ]
            .iter()
            .find_map(|label| f.trim().strip_prefix(label))?;
            let value = value.trim();
            // A clock after the day (`08-11-2018 10:06 IST`).
            let day = value
                .split_once(' ')
                .filter(|(_, t)| t.contains(':'))
                .map_or(value, |(d, _)| d);
            parse_dateline(day).and_then(|(_, d)| d)
        })
    {
        return Kind::Dateline(None, Some(date));
    }
    if is_navigation(raw) || is_breadcrumb_of_next(lines, i) || is_chrome(&text) {
        return Kind::Chrome;
    }
    // `WHO: …`, `WHEN: Friday 1 December 2017: Press conference …`: a media
    // advisory's fields, under its headline.
    if ["WHO:", "WHAT:", "WHEN:", "WHERE:", "WHY:"]
        .iter()
        .any(|f| text.starts_with(f))
    {
        return Kind::Chrome;
    }
    if is_session_line(&text) || is_code_line(&text) || is_agenda_item(&text) {
        return Kind::Chrome;
    }
    // `Adopted by the Security Council at its 5992nd meeting, on 9 October 2008`.
    // `(adopted by the Committee of Ministers on 6 October 1989,` / `at the
    // 429th meeting …)`: the date may wrap onto the line below.
    // `Rt Hon Winston Peters` / `Minister of Foreign Affairs`: the issuer
    // under a release's headline.
    if signature::is_name_line(&text)
        || signature::is_portfolio_under_name(lines, i, &text)
        || signature::is_name_and_office(&text)
    {
        return Kind::Chrome;
    }
    // `By` left alone where a page's author field was empty, and `By Office
    // of … Date 15 November 2022`: an author's byline, its date the page's.
    if matches!(text.as_str(), "By" | "By:" | "BY") {
        return Kind::Chrome;
    }
    if text.len() <= 200
        && text.starts_with("By ")
        && let Some(date) = first_full_date(&text)
    {
        return Kind::Dateline(None, Some(date));
    }
    if is_author_byline(&text) {
        return Kind::Chrome;
    }
    // `ISSUED JOINTLY ON BEHALF OF THE CPA` / `AND MINISTRY OF FOREIGN
    // AFFAIRS`: a byline's second issuer, wrapped onto its own line.
    let after_byline = || {
        (text.starts_with("and ") || text.starts_with("AND "))
            && lines[..i]
                .iter()
                .rev()
                .find(|l| !l.is_blank())
                .is_some_and(|l| is_byline(&clean(l.text)))
    };
    if is_byline(&text) || is_kind_banner(&text) || after_byline() {
        let open = text.ends_with(',') || text.ends_with(" on") || (text.starts_with('(') && !text.contains(')'));
        let wrapped = || {
            if !open {
                return None;
            }
            let next = lines[i + 1..].iter().find(|l| !l.is_blank())?;
            (next.text.len() <= 200).then(|| first_full_date(next.text)).flatten()
        };
        return match first_full_date(&text).or_else(wrapped) {
            Some(date) => Kind::Dateline(None, Some(date)),
            None => Kind::Chrome,
        };
    }
    // `1 / 15`: a PDF's page counter, the page and the count spaced around
    // the slash, is no number of the document.
    if is_page_counter(&text) {
        return Kind::Chrome;
    }
    // `Pressmeddelande 41/2022`, `Press release 405/2019`: a release numbered
    // in its kind's series is named with it (a Nordic government's way), not
    // a bare number after a word as a dateline's would be.
    if text.len() <= 40
        && text.starts_with(|c: char| c.is_alphabetic())
        && let Some(n) = release_number(&text).filter(|n| n.contains('/') && n.contains(' '))
    {
        return Kind::Number(n);
    }
    if let Some((date, number)) = dateline_with_number(&text).or_else(|| coded_release(&text)) {
        return Kind::Stamp(number, date);
    }
    // `S` / `/RES/1364 (2001)`: a UN symbol whose organ's letter a PDF's
    // extraction printed on a line of its own.
    if text.starts_with('/')
        && let Some(above) = lines[..i].iter().rev().find(|l| !l.is_blank())
        && above.text.trim().len() == 1
        && above.text.trim().bytes().all(|b| b.is_ascii_uppercase())
        && let Some(n) = series_number(&format!("{}{text}", above.text.trim()))
    {
        return Kind::Number(n);
    }
    // `M-DPC/NPG-` / `1(95)57`: a NATO symbol wrapped after a hyphen.
    if text.ends_with('-')
        && !text.contains(' ')
        && let Some(next) = lines
            .get(i + 1)
            .filter(|l| l.text.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        && let Some(n) = series_number(&format!("{text}{}", next.text.trim()))
    {
        return Kind::Number(n);
    }
    // `RESTRICTED WT/GC/M/23 28 November 1997`: the distribution the WTO, the
    // OECD and the UN print before a symbol, and the symbol's date after it.
    let text = match text.split_once(' ') {
        Some((marking, rest))
            if matches!(
                marking,
                "RESTRICTED" | "LIMITED" | "GENERAL" | "CONFIDENTIAL" | "UNRESTRICTED"
            ) && series_number(rest.split_whitespace().next().unwrap_or("")).is_some() =>
        {
            rest.to_string()
        }
        _ => text,
    };
    // `United Nations A/HRC/16/L.` / `11`: a symbol's last part, after its
    // dot, wrapped onto a line of its own.
    if let Some(symbol) = text.rsplit(' ').next().filter(|w| w.ends_with('.') && w.contains('/'))
        && let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank())
        && let serial = next.text.trim()
        && (1..=4).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_digit())
        && let Some(n) = series_number(&format!("{symbol}{serial}")).filter(|n| n.ends_with(serial))
    {
        return Kind::Number(n);
    }
    if let Some(n) = document_number(&text).or_else(|| series_number(&text)) {
        // `CM(2009)50 prov3 27 April 2009`: a number with its date after it.
        let date = text.strip_prefix(n.as_str()).and_then(first_full_date);
        return match date {
            Some(date) => Kind::Stamp(n, Some(date)),
            None => Kind::Number(n),
        };
    }
    if let Some(n) = release_number(&text).or_else(|| council_footer(&text)) {
        // `Press Release SG/T/157 20 April 1967`: with the day it was issued.
        return match text
            .split_once(n.as_str())
            .and_then(|(_, after)| first_full_date(after))
        {
            Some(date) => Kind::Stamp(n, Some(date)),
            None => Kind::Number(n),
        };
    }
    if let Some((n, date)) = dated_serial(&text) {
        return Kind::Stamp(n, Some(date));
    }
    // `19961217 Also Adopts Legal Committee Texts …`: a UN press release's
    // date stamp, with the subtitle after it.
    if let Some(stamp) = text
        .split(' ')
        .next()
        .filter(|w| w.len() == 8 && w.bytes().all(|b| b.is_ascii_digit()))
        && let Some(date) = crate::dates::compact_date(stamp)
    {
        return Kind::Dateline(None, Some(date));
    }

    if let Some(m) = marking(&text) {
        return Kind::Marking(m);
    }
    if !text.chars().any(char::is_alphabetic) {
        return Kind::Chrome;
    }
    // `Ein Sprecher des Auswärtigen Amts erklärte heute in Berlin:` / `„…`:
    // the words that open a quoted statement are the body's, in any
    // language. (`The Council adopted the following conclusions:` / `"1. …`
    // over quoted numbered conclusions is left to the header's reading.)
    if text.ends_with(':')
        && text.split_whitespace().nth(3).is_some()
        && lines[i + 1..].iter().find(|l| !l.is_blank()).is_some_and(|l| {
            l.text
                .trim_start()
                .strip_prefix(['"', '“', '„', '«', '»'])
                .is_some_and(|q| q.trim_start().starts_with(char::is_alphabetic))
        })
    {
        return Kind::Body;
    }
    Kind::Candidate(title_score(lines, i, raw, &text, first_candidate))
}

/// `1 / 15`, `12 / 40`: a page of a count of pages, as a PDF's running head
/// or foot prints it (a Council number is printed unspaced, `8318/24`).
pub(super) fn is_page_counter(text: &str) -> bool {
    let Some((page, count)) = text.split_once(" / ") else {
        return false;
    };
    let small = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    small(page) && small(count) && page.parse::<u16>().ok() <= count.parse::<u16>().ok()
}

/// `19. apríl 1996 Utanríkisráðuneytið`: a page's date, then the body that
/// published it in a few capitalised words. No title opens with its day.
fn date_then_issuer(text: &str) -> Option<String> {
    if text.len() > 100 || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4.min(words.len().saturating_sub(1))).find_map(|k| {
        let rest = &words[k..];
        let issuer = (1..=4).contains(&rest.len())
            && rest
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()));
        match parse_dateline(&words[..k].join(" ")) {
            Some((None, Some(date))) if issuer => Some(date),
            _ => None,
        }
    })
}
