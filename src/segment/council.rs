//! The Council-style letterhead: issuer, place and date, document number
//! (its suffix sometimes on the next line), marking, file codes, then
//! From/To/Subject. Text extracted from a PDF often prints the labels in one
//! column and the values after them (`from:` `to:` `Subject:` then
//! `Presidency` `Delegations` `Security of energy supply`), and never leaves a
//! blank line between the Subject and the body: the Subject runs on only over
//! lines that read as its continuation.

use super::header::{Header, clean, collapse_spaces, field_value};
use super::lines::{Line, is_rule, numbered_label};
use super::numbers::{document_number, file_codes, marking, number_suffix, series_number};
use crate::dates::{first_full_date, parse_dateline};
use crate::document::Metadata;

/// The Subject's label in the Council's languages, as its cover notes print
/// it (`Betr.:`, `Vedr.:`); Finnish `Asia` is left out, an English heading's
/// word as often as not.
pub(super) const SUBJECT_KEYS: &[&str] = &[
    "Subject",
    // A cable's (`SUBJ: TEXT OF COMMUNIQUE …`).
    "Subj",
    "Objet",
    "Betreff",
    "Betr.",
    "Asunto",
    "Ärende",
    "Oggetto",
    "Onderwerp",
    "Betreft",
    "Vedr.",
    "Assunto",
    "Θέμα",
    "Dotyczy",
    "Předmět",
    "Predmet",
    "Zadeva",
    "Tárgy",
    "Subiect",
    "Относно",
    "Teema",
    "Temats",
    "Dalykas",
];
const FROM_KEYS: &[&str] = &["From", "De", "Von", "Från", "Da", "Van", "Fra", "Absender"];
const TO_KEYS: &[&str] = &["To", "À", "A", "An", "Till", "Aan", "Til", "Empfänger", "Para"];

/// `SUBJECT_KEYS` as searchers, built once: `match_indices` with a `&str`
/// builds one per call, and every field line after a From or To asks each
/// key. (Both report the leftmost matches that do not overlap.)
static SUBJECT_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| SUBJECT_KEYS.iter().map(|k| memchr::memmem::Finder::new(*k)).collect());

/// The Subject's value on a line that opens with its label, or that runs it
/// on after the From or To field (`To : Council Subject : European Council
/// (19/20 June 2003)`, as a PDF's fields come out side by side).
pub(super) fn subject_value(text: &str) -> Option<&str> {
    if let Some(v) = field_value(text, SUBJECT_KEYS) {
        return Some(v);
    }
    // After a From or To field, or after a note's kind printed on the
    // Subject's line (`ADDENDUM to DRAFT MINUTES Subject: …`): a short label
    // with no sentence in it.
    // (`"I/A" ITEM NOTE From: …`: the kind may be quoted, and of several words.)
    // (`OUTCOME OF PROCEEDINGS From: …`: a short joining word inside it.)
    let kind_word = |w: &str| {
        let w = w.trim_matches(['"', '“', '”']);
        (w.len() >= 3 || matches!(w, "OF" | "TO")) && w.chars().all(|c| c.is_uppercase() || c == '/')
    };
    let kind_first = text.split_whitespace().next().is_some_and(kind_word);
    // (`NOTE from: … to: … Subject: …`: the kind, then the fields on one line.)
    let fields = if kind_first {
        let mut rest = text;
        for _ in 0..4 {
            match rest.split_once(' ') {
                Some((w, after)) if kind_word(w) => rest = after.trim_start(),
                _ => break,
            }
        }
        rest
    } else {
        text
    };
    let after_field = [text, fields]
        .iter()
        .any(|t| field_value(t, FROM_KEYS).or_else(|| field_value(t, TO_KEYS)).is_some());
    // (Every line with a colon near a file's top is asked: most end here.)
    if !after_field && !kind_first {
        return None;
    }
    SUBJECT_KEYS
        .iter()
        .zip(SUBJECT_FINDERS.iter())
        .find_map(|(key, finder)| {
            finder.find_iter(text.as_bytes()).find_map(|at| {
                let after = text[at + key.len()..].trim_start_matches(' ').strip_prefix(':')?;
                let before = &text[..at];
                let kind_label = before.len() <= 60 && !before.contains(['.', ':', ',']);
                (before.ends_with(' ') && (after_field || kind_label) && !after.trim().is_empty()).then(|| after.trim())
            })
        })
}

/// A field label left without its value (the value comes later).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    From,
    To,
    /// `No. prev. doc.`, `No. Cion doc.`: the documents the note follows,
    /// whose value is no From, To or Subject.
    Reference,
}

/// The labels of a note's reference fields, lower-cased, without their colon.
const REFERENCE_LABELS: &[&str] = &[
    "n° doc. cion",
    "n° doc. préc.",
    "no cion doc.",
    "no prev. doc.",
    "no. cion doc.",
    "no. cion prop.",
    "no. prev. doc.",
    "no.prev.doc.",
    "nr. komm.dok.",
    "nr. vordok.",
    "prev. doc.",
    "ref. doc.",
];

/// A reference field's value (empty where the value is printed apart).
fn reference_field(t: &str) -> Option<&str> {
    // (Asked of every letterhead line: most open with another letter or a figure.)
    if !t.starts_with(['N', 'n', 'P', 'p', 'R', 'r']) {
        return None;
    }
    let lower = t[..super::lines::floor_char_boundary(t, 24)].to_lowercase();
    let label = REFERENCE_LABELS.iter().find(|l| lower.starts_with(**l))?;
    // (Lower-casing keeps these labels' byte lengths.)
    let rest = t.get(label.len()..)?.trim_start();
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
    Some(rest)
}

/// Where the Council's letterheads are dated.
/// (In the Council's languages, the seat as a dateline writes it: `V Bruseli
/// 8. decembra 2016`, `Bryssel den 3 mars`.)
const SEATS: &[&str] = &[
    "Brussels",
    "Luxembourg",
    "Bruxelles",
    "Strasbourg",
    "Brüssel",
    "Bruselas",
    "Bruxelas",
    "Bruselles",
    "Bruxel·les",
    "Brussel",
    "Bryssel",
    "Bruksela",
    "Brukseli",
    "Bruselu",
    "Bruseli",
    "Bruselj",
    "Brüsszel",
    "Briselē",
    "Briuselis",
    "Briuselyje",
    "Brussell",
    "Brisel",
    "Bruxelas",
    "Βρυξέλλες",
    "Брюксел",
    "Luxemburg",
    "Luxemburgo",
    "Lussemburgo",
    "Luksemburg",
    "Luksemburgu",
];

/// The seats in one automaton: every letterhead line is searched for them.
static SEAT_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(SEATS).expect("the seats build an automaton"));

/// The Council's seat and the date after it anywhere in `t` (`Brüssel, den
/// 23. Juli 2007`, `V Bruseli 8. decembra 2016`).
pub(super) fn seat_dateline(t: &str) -> Option<(&'static str, String)> {
    SEAT_FINDER.find_overlapping_iter(t).find_map(|m| {
        let after = &t[m.end()..];
        let dated =
            after.starts_with(", ") || (after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_ascii_digit()));
        if !dated {
            return None;
        }
        Some((SEATS[m.pattern().as_usize()], date_from_seat(&t[m.start()..])?))
    })
}

/// The day of a dateline that starts `t` at its seat.
/// (`Brussels, 10 May /12 MIGR 45 …`: a date a PDF's text layer mangled is
/// restored from the words right after the seat.)
fn date_from_seat(t: &str) -> Option<String> {
    let head: Vec<&str> = t.split_whitespace().take(6).collect();
    crate::dates::unmangled(&head.join(" "), false)
        .and_then(|h| first_full_date(&h))
        .or_else(|| first_full_date(t))
}

/// How many lines a Subject may wrap over.
const MAX_SUBJECT_LINES: usize = 6;

pub(super) fn council_header(lines: &[Line], subject: usize) -> Header {
    let mut h = Header::default();
    let mut waiting: Vec<Label> = Vec::new();
    for (i, line) in lines[..subject].iter().enumerate() {
        h.lines.push(i);
        read_letterhead_line(&clean(line.text), &mut h.meta, &mut waiting);
    }
    let spaced = double_spaced(&lines[..subject]);
    // A meeting notice's Subject runs down to its `Date:` field, however
    // wide its lines: no body line comes between.
    let width = if fields_close_subject(&lines[subject + 1..]) {
        usize::MAX
    } else {
        body_width(lines)
    };
    let first = clean(lines[subject].text);
    let value = subject_value(&first).unwrap_or_default().to_string();
    let mut i = subject + 1;
    let mut parts = Vec::new();
    if value.is_empty() {
        // Labels printed apart from their values: the values follow in
        // order, the Subject's last. A copy that lost the From and To values
        // runs from the Subject straight into the body's prose, which is
        // nobody's value.
        let labels = std::mem::take(&mut waiting);
        let mut values = Vec::new();
        let mut lost = false;
        while values.len() <= labels.len() {
            let mut j = i;
            while j < lines.len() && lines[j].is_blank() {
                j += 1;
            }
            let Some(l) = lines.get(j) else { break };
            let t = clean(l.text);
            // (A Subject may itself end with a full stop.)
            if values.len() < labels.len() && reads_as_prose(&t) {
                lost = true;
                break;
            }
            // `Subject:` / `1.` / `Presidency` …: the first paragraph's
            // number, alone in the labels' column, comes before the values.
            if values.is_empty() && !labels.is_empty() && is_bare_number(&t) {
                i = j + 1;
                continue;
            }
            if is_rule(l.text) || numbered_label(&t).is_some() {
                break;
            }
            values.push(t);
            i = j + 1;
        }
        let subject = if lost || values.len() > labels.len() {
            values.pop()
        } else {
            None
        };
        for (label, v) in labels.into_iter().zip(values) {
            let slot = match label {
                Label::From => &mut h.meta.from,
                Label::To => &mut h.meta.to,
                Label::Reference => continue,
            };
            slot.get_or_insert(v);
        }
        parts.extend(subject);
    } else {
        parts.push(value);
    }
    while i < lines.len() && parts.len() < MAX_SUBJECT_LINES {
        // In a text with a blank line after every line, one blank line parts
        // nothing where the next line reads as the Subject's (indented under
        // it, a procedural step, in lower case); two end it. A Word file's
        // next paragraph (the text's own heading) is not the Subject's.
        if spaced
            && lines[i].is_blank()
            && lines.get(i + 1).is_some_and(|l| {
                !l.is_blank()
                    && (l.indent > 0 || l.text.starts_with(['-', '–', '—']) || l.text.starts_with(char::is_lowercase))
            })
        {
            i += 1;
        }
        // `Subject: Report: State of play on … of the Members` / `` / `` /
        // `of the European Council of 12 February 2015 …`: a page's blank
        // lines inside a Subject cut mid-phrase, its next line in lower case.
        if lines[i].is_blank()
            && let Some(last) = parts.last()
            && let Some(j) = (i + 1..lines.len().min(i + 4)).find(|&j| !lines[j].is_blank())
            && ((!last.ends_with(['.', ':', ';', ')'])
                && lines[j].text.trim_start().starts_with(|c: char| c.is_lowercase()))
                // `European Council (18-19 February 2016)` / `` / `- Draft
                // conclusions`: the procedural step set apart.
                || (!last.ends_with(['.', ';']) && is_procedural_step(lines[j].text.trim())))
        {
            i = j;
        }
        let line = &lines[i];
        if line.is_blank() || is_rule(line.text) {
            break;
        }
        let text = clean(line.text);
        if !continues_subject(&text, &parts, width) {
            break;
        }
        parts.push(text);
        i += 1;
    }
    h.lines.extend(subject..i);
    let title = collapse_spaces(&parts.join(" "));
    let title = super::subject::tidy(&title);
    h.meta.title = (!title.is_empty()).then(|| title.to_string());
    while i < lines.len() && (lines[i].is_blank() || is_rule(lines[i].text)) {
        i += 1;
    }
    h.body_start = i;
    if h.meta.number.is_none() {
        // Below the Subject, or the page footer a site printed first as its title.
        h.meta.number = footer_number(&lines[subject..])
            .or_else(|| {
                lines[..subject]
                    .iter()
                    .find_map(|l| super::numbers::council_footer(&clean(l.text)))
            })
            // A flattened page, its footer inside the body's line.
            .or_else(|| {
                lines[subject..]
                    .iter()
                    .take(FOOTER_REACH)
                    .find_map(|l| super::numbers::council_footer_within(l.text))
            });
    }
    h
}

/// The number a letterhead lost, from the first page's footer: a line that
/// is a Council number and nothing else (`10679/2/04 REV 2`).
fn footer_number(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .take(FOOTER_REACH)
        .filter(|l| l.text.bytes().any(|b| b.is_ascii_digit()) && l.text.contains('/'))
        .find_map(|l| {
            let t = clean(l.text);
            document_number(&t)
                .filter(|n| n.len() + 2 >= t.trim().len())
                // (Or the whole footer: `10415/08 DGE VIII - DGE IX ani/EC/ptm 1`.)
                .or_else(|| super::numbers::council_footer(&t))
        })
}

/// How many lines below the Subject a first page's footer may stand.
const FOOTER_REACH: usize = 60;

/// Whether the lines under a Subject reach a meeting notice's fields
/// (`Date:`, `Venue:`) within the Subject's reach, with no blank line.
fn fields_close_subject(below: &[Line]) -> bool {
    below
        .iter()
        .take(MAX_SUBJECT_LINES + 2)
        .take_while(|l| !l.is_blank())
        .any(|l| is_notice_field(l.text.trim()))
}

/// A meeting notice's field under its Subject (`Date:`, `Venue:`).
fn is_notice_field(text: &str) -> bool {
    ["Date", "Time", "Venue", "Place"]
        .iter()
        .any(|f| text.strip_prefix(f).is_some_and(|r| r.trim_start().starts_with(':')))
}

/// Whether the letterhead has a blank line after (nearly) every line, as a
/// web page's paragraphs or a converted table give it.
pub(super) fn double_spaced(lines: &[Line]) -> bool {
    let mut followed = 0;
    let mut total = 0;
    for pair in lines.windows(2) {
        if !pair[0].is_blank() {
            total += 1;
            followed += usize::from(pair[1].is_blank());
        }
    }
    total >= 5 && followed * 10 >= total * 9
}

/// The width of a full line of body text: the median length of the lines
/// near the top that are at least 40 characters long. A line that wide is the
/// body's first, not a Subject's continuation, which sits in a narrower
/// column. Text without such lines has no width to go by.
fn body_width(lines: &[Line]) -> usize {
    let mut widths: Vec<usize> = lines
        .iter()
        .take(300)
        .map(|l| l.text.chars().count())
        .filter(|&w| w >= 40)
        .collect();
    if widths.len() < 3 {
        return usize::MAX;
    }
    widths.sort_unstable();
    widths[widths.len() / 2]
}

/// Whether a line directly under the Subject continues it: not a numbered
/// paragraph or the cover sentence (`Delegations will find…`), not a line as
/// wide as the body's, not a sentence; a procedural step (`- Approval`) does.
/// `1.`: a paragraph's number alone on its line, its text on the next.
/// `(1)`: the same in brackets, as some notes number their paragraphs.
fn is_bare_number(text: &str) -> bool {
    let inner = text.strip_prefix('(').unwrap_or(text);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(&inner[digits..], "." | ")")
}

/// `- Approval`, `– Draft conclusions`: a Subject's procedural step.
fn is_procedural_step(text: &str) -> bool {
    text.strip_prefix(['-', '–', '—']).is_some_and(|step| {
        step.starts_with(' ') && step.trim_start().starts_with(char::is_uppercase) && text.chars().count() <= 60
    })
}

fn continues_subject(text: &str, parts: &[String], body_width: usize) -> bool {
    let chars = text.chars().count();
    let so_far: usize = parts.iter().map(|p| p.chars().count() + 1).sum();
    if numbered_label(text).is_some() || is_bare_number(text) || so_far + chars > 400 {
        return false;
    }
    if is_notice_field(text) {
        return false;
    }
    let lower = text.to_lowercase();
    if [
        "delegations will find",
        "delegations",
        "för delegationerna",
        "les délégations",
        "die delegationen",
        "las delegaciones",
        "in view of",
        "with a view to",
        "following the",
        "further to the",
        "the presidency",
        "annex",
    ]
    .iter()
    .any(|cue| lower.starts_with(cue))
    {
        return false;
    }
    if let Some(step) = text.strip_prefix(['-', '–', '—']) {
        // `- Approval`, `– Mandate for negotiations with the European Parliament`.
        return step.starts_with(' ') && chars <= 120;
    }
    // The body's first word alone on its line, as some extractions of 1990s
    // notes print every paragraph's (`In` / `the light of the discussion …`).
    if SENTENCE_OPENERS.contains(&text) {
        return false;
    }
    let sentence = text.ends_with('.') && chars > 60;
    let full_width = chars * 100 >= body_width.saturating_mul(88);
    // `COMMON GUIDELINES` under a Subject in mixed case: the body's first
    // heading, in capitals, not more of the Subject.
    let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = |t: &str| letters(t) >= 4 && !t.chars().any(char::is_lowercase);
    let heading = capitals(text) && parts.iter().any(|p| p.chars().any(char::is_lowercase));
    // `Summary of discussions` / `Joint TWP/COTER (Morning session …)`: a
    // short Subject that ends on a full word, the next line opening anew, was
    // not wrapped: the line under it is the meeting's, not the Subject's.
    let short_and_whole = parts.len() == 1
        && parts[0].chars().count() <= 32
        && !capitals(&parts[0])
        && {
            let last = parts[0].rsplit(' ').next().unwrap_or("");
            !last.ends_with([',', '-', '–', ':', '(', '/'])
                && !matches!(
                    last.to_lowercase().as_str(),
                    "of" | "the"
                        | "and"
                        | "on"
                        | "for"
                        | "to"
                        | "by"
                        | "in"
                        | "with"
                        | "a"
                        | "an"
                        | "at"
                        | "from"
                        | "de"
                        | "du"
                        | "des"
                        | "la"
                        | "le"
                        | "et"
                        | "der"
                        | "die"
                        | "und"
                        | "del"
                        | "y"
                )
        }
        && text.starts_with(char::is_uppercase);
    // `European Council meeting (29 and 30 June 2023)` / `Conclusions`: the
    // meeting's Subject closes with its dates; the kind under it is the
    // attached text's.
    let kind_under_dates = parts.last().is_some_and(|p| p.ends_with(')'))
        && matches!(
            text,
            "Conclusions" | "Declaration" | "Statement" | "Guidelines" | "Report" | "Minutes" | "Decisions"
        );
    !sentence && !full_width && !heading && !short_and_whole && !kind_under_dates
}

/// Words that open a sentence and never end a Subject.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "An",
    "The",
    "In",
    "On",
    "At",
    "As",
    "For",
    "With",
    "By",
    "This",
    "These",
    "It",
    "We",
    "Following",
];

/// A sentence of the body (`In accordance with Article 2, … the Presidency
/// attaches …`), not a From, To or Subject value.
fn reads_as_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (words >= 10 && text.ends_with('.')) || text.len() >= 200
}

fn read_letterhead_line(t: &str, meta: &mut Metadata, waiting: &mut Vec<Label>) {
    if t.is_empty() {
        return;
    }
    if let Some(value) = reference_field(t) {
        if value.is_empty() {
            waiting.push(Label::Reference);
        }
        return;
    }
    // `No. prev. doc.:` / `9122/15 JAIEX 25 …`: the value of a reference
    // field printed under its label is no one else's.
    if waiting.first() == Some(&Label::Reference) && !t.ends_with(':') {
        waiting.remove(0);
        return;
    }
    for (keys, label) in [(FROM_KEYS, Label::From), (TO_KEYS, Label::To)] {
        if let Some(v) = field_value(t, keys) {
            let slot = if label == Label::From {
                &mut meta.from
            } else {
                &mut meta.to
            };
            if v.is_empty() {
                waiting.push(label);
            } else {
                slot.get_or_insert_with(|| v.to_string());
            }
            return;
        }
    }
    // (`April 17, 2006` / `Brussels, 14 Apr 2006`: a site's posting date over
    // the letterhead's; the seat's dateline dates the note.)
    if (meta.date.is_none() || meta.place.is_none())
        && let Some((place, date)) = parse_dateline(t)
        && (meta.date.is_none() || (place.is_some() && date.is_some()))
    {
        meta.place = meta.place.take().or(place);
        meta.date = date;
        return;
    }
    // `COUNCIL OF Brussels, 14 June 2003 THE EUROPEAN UNION`: the letterhead's
    // two columns interleaved on one line, the seat and date among its words.
    if meta.date.is_none()
        && let Some((seat, date)) = seat_dateline(t)
    {
        meta.place = meta.place.take().or_else(|| Some(seat.to_string()));
        meta.date = Some(date);
        // `European Council Brussels, 18 December 2025 (OR. en) EUCO 24/25 CO
        // EUR 20 CONCL 6`: a flattened letterhead carries the number too.
        if meta.number.is_none()
            && let Some(after) = t
                .split_once("(OR.")
                .and_then(|(_, r)| r.split_once(')'))
                .map(|(_, r)| r)
            && let Some(n) = document_number(after.trim())
        {
            meta.number = Some(n);
        }
        return;
    }
    if let Some(n) = document_number(t) {
        // A Council number outranks a press series printed above it (`C/99/296`).
        if meta.number.as_deref().is_none_or(|old| document_number(old).is_none()) {
            // `13939/16 LIMITE CO EUR-PREP 45`: the marking and the codes on the number's line.
            if let Some(after) = t.strip_prefix(n.as_str()) {
                let after = after.trim_start();
                let codes = after.strip_prefix("LIMITE").map(str::trim_start);
                if codes.is_some() {
                    meta.marking.get_or_insert_with(|| "LIMITE".to_string());
                }
                meta.codes.extend(file_codes(codes.unwrap_or(after)));
            }
            meta.number = Some(n);
        }
        return;
    }
    if let Some(suffix) = number_suffix(t)
        && let Some(n) = meta.number.as_mut()
        && document_number(n).is_some()
        && !n.contains(' ')
    {
        n.push(' ');
        n.push_str(suffix);
        return;
    }
    if meta.marking.is_none()
        && let Some(m) = marking(t)
    {
        meta.marking = Some(m);
        return;
    }
    let codes = file_codes(t);
    if !codes.is_empty() {
        meta.codes.extend(codes);
        return;
    }
    if meta.number.is_none()
        && let Some(n) = series_number(t)
    {
        meta.number = Some(n);
        return;
    }
    // `to:` / `Council` on the line below, before the Subject: the value of
    // the label left waiting (a field of its own, never a `No. prev. doc.:`).
    if !waiting.is_empty() && !t.contains(':') {
        let slot = match waiting.remove(0) {
            Label::From => &mut meta.from,
            Label::To => &mut meta.to,
            Label::Reference => return,
        };
        slot.get_or_insert_with(|| t.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::header::read_header;
    use crate::segment::lines::split_lines;

    fn meta(text: &str) -> (Metadata, usize) {
        let h = read_header(&split_lines(text));
        (h.meta, h.body_start)
    }

    #[test]
    fn a_subjects_step_set_apart_by_blank_lines_and_a_paragraph_number_in_brackets() {
        let (m, _) = meta(
            "Council of the\nEuropean Union\nBrussels, 15 February 2016\n5079/16\nLIMITE\nNOTE\nFrom:\nTo:\nGeneral Secretariat of the Council\nCouncil\nSubject:\n\nEuropean Council (18-19 February 2016)\n\n\n- Draft conclusions\n\nDelegations will find attached the draft conclusions.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("European Council (18-19 February 2016) - Draft conclusions")
        );
        let (m, _) = meta(
            "Council of the\nEuropean Union\nBrussels, 9 September 2015\n11782/15\nLIMITE\nNOTE\nFrom:\nTo:\nPresidency\nPermanent Representatives Committee\nSubject:\nMigration: EU action and state of play\n(1)\nEurope is facing an unprecedented migration crisis.\n",
        );
        assert_eq!(m.title.as_deref(), Some("Migration: EU action and state of play"));
    }

    #[test]
    fn a_register_page_over_a_flattened_note_with_a_quoted_kind() {
        let (m, _) = meta(
            "\"I/A\" Item Note: Adoption of a Decision on the Agreement with Switzerland\n\nApril 17, 2006\n\nBrussels, 14 Apr 2006\n\nFull text of Document 8389/06\n\n\"I/A\" ITEM NOTE From: General Secretariat of the Council To: Permanent Representatives Committee/Council Subject: Adoption of a Decision of the Council on the conclusion of the Agreement on Scientific and Technological Cooperation with the Swiss Confederation\nCOMMON GUIDELINES\nConsultation deadline for Bulgaria and Romania: 20/04/2006\n\n1. On 25 July 2005, the Commission submitted its proposal for the above Decision.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some(
                "Adoption of a Decision of the Council on the conclusion of the Agreement on Scientific and Technological Cooperation with the Swiss Confederation"
            )
        );
        assert_eq!(m.number.as_deref(), Some("8389/06"));
        assert_eq!(m.date.as_deref(), Some("2006-04-14"));
    }

    #[test]
    fn a_short_subject_ends_where_the_meetings_line_begins() {
        let (m, _) = meta(
            "Council of the\nEuropean Union\nBrussels, 26 April 2016\n(OR. en)\n7782/16\nJAI 271\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nGeneral Secretariat of the Council\n6 April 2016\nTerrorism Working Party\nSubject:\nSummary of discussions\nJoint TWP/COTER (Morning session 10.00-13.00)\n1.\nAdoption of the agenda for the morning\n",
        );
        assert_eq!(m.title.as_deref(), Some("Summary of discussions"));
        // A short Subject in capitals, or one ending on a connector, goes on.
        let (m, _) = meta(
            "COUNCIL OF\nTHE EUROPEAN UNION\nBrussels, 23 October 2009\n13068/09\nNOTE\nfrom : Presidency\nto : Delegations\nSubject : Preparation of the\nEuropean Council (29-30 October 2009)\n\n1. Delegations will find attached a note.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Preparation of the European Council (29-30 October 2009)")
        );
    }

    #[test]
    fn a_meetings_subject_ends_with_its_dates_and_the_kind_below_is_the_texts() {
        let (m, _) = meta(
            "European Council\nBrussels, 30 June 2023\n(OR. en)\nEUCO 7/23\nCO EUR 5\nCONCL 3\nNOTE\nFrom:\nTo:\nSubject:\nGeneral Secretariat of the Council\nDelegations\nEuropean Council meeting (29 and 30 June 2023)\nConclusions\nDelegations will find attached the conclusions adopted by the European Council at the above\nmeeting.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("European Council meeting (29 and 30 June 2023)")
        );
    }

    #[test]
    fn labels_printed_apart_from_their_values() {
        let (m, body) = meta(
            "COUNCIL OF\nTHE EUROPEAN UNION\nBrussels, 23 October 2009\n13068/2/09\nREV 2\nLIMITE\nPOLGEN 123\nENER 290\nNOTE\nfrom :\nto :\nSubject :\nPresidency/GSC\nDelegations\nSecurity of energy supply\n- State of play\nIn line with its June conclusions (paragraph 35), the October European Council will take stock of\nprogress regarding energy infrastructures and interconnections, as well as crisis mechanisms. With a\nview to facilitating this stock-taking, delegations will find attached an updated factual progress\n",
        );
        assert_eq!(m.title.as_deref(), Some("Security of energy supply - State of play"));
        assert_eq!(m.number.as_deref(), Some("13068/2/09 REV 2"));
        assert_eq!(m.date.as_deref(), Some("2009-10-23"));
        assert_eq!(m.from.as_deref(), Some("Presidency/GSC"));
        assert_eq!(m.to.as_deref(), Some("Delegations"));
        assert_eq!(m.codes, ["POLGEN 123", "ENER 290"]);
        assert_eq!(body, 16);
    }

    #[test]
    fn a_previous_documents_label_and_the_first_paragraphs_number_in_the_labels_column() {
        let (m, _) = meta(
            "COUNCIL OF\nTHE EUROPEAN UNION\nBrussels, 13 December 2005\n15744/05\nNOTE\nfrom :\nto :\nNo prev. doc.\nSubject :\nPresidency\nEuropean Council\n15582/05 ASIM 64 RELEX 747\nGlobal approach to migration:\nPriority actions focusing on Africa\n1.\nThe Heads of State or Government, at the informal Summit held at Hampton Court on 27\nOctober 2005, mandated a paper on migration to be presented to the European Council.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Global approach to migration: Priority actions focusing on Africa")
        );
        assert_eq!(m.from.as_deref(), Some("Presidency"));
        assert_eq!(m.to.as_deref(), Some("European Council"));
        let (m, _) = meta(
            "COUNCIL OF\nTHE EUROPEAN UNION\nBrussels, 13 May 2014\n8622/1/14\nREV 1\nNOTE\nfrom:\nto:\nSubject:\n1.\nGeneral Secretariat of the Council\nPermanent Representatives Committee\nDrafting of documents relating to legislative activities\nIn December 2013 Coreper was informed about the implications of the judgment of the Court\nof Justice in Case C-280/11 P (Access Info) in terms of the handling of applications.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Drafting of documents relating to legislative activities")
        );
        assert_eq!(m.to.as_deref(), Some("Permanent Representatives Committee"));
    }

    #[test]
    fn labels_whose_values_the_copy_lost_leave_the_subject_alone() {
        let (m, _) = meta(
            "Brussels, 23 December 2008\n\n\nfrom :\n\n\nto :\n\n\nSubject :\n\nCzech Presidency – provisional agendas for Council meetings prepared by Coreper (Part 1)\n\n\nIn accordance with Article 2, paragraph 5, of the Council's rules of procedure, the Presidency attaches the agendas.\n\nThe indication of \"Political agreement\" beneath co-decision files does not preclude efforts made by the Presidency.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Czech Presidency – provisional agendas for Council meetings prepared by Coreper (Part 1)")
        );
        assert_eq!(m.from, None);
        assert_eq!(m.to, None);
    }

    #[test]
    fn a_number_the_letterhead_lost_is_read_from_the_pages_footer() {
        let (m, _) = meta(
            "Presidency Conclusions – Brussels, 25/26 March 2004\nBrussels, 19 July 2004\nREV 2\n\nfrom :\nto :\nSubject :\n17 AND 18 JUNE 2004\nDelegations will find attached the revised version of the Presidency Conclusions of the Brussels\nEuropean Council (17 and 18 June 2004).\n10679/2/04 REV 2\n\nPresidency Conclusions – Brussels, 17 and 18 June 2004\n",
        );
        assert_eq!(m.number.as_deref(), Some("10679/2/04 REV 2"));
        assert_eq!(m.date.as_deref(), Some("2004-07-19"));
    }

    #[test]
    fn fields_and_letterhead_columns_run_together_on_one_line() {
        let (m, _) = meta(
            "COUNCIL OF Brussels, 14 June 2003 THE EUROPEAN UNION\n\n10462/03\n\nLIMITE\n\nPOLGEN 46\n\nNOTE From : The Presidency\n\nTo : Council Subject : European Council (19/20 June 2003) – Annotated draft agenda\n\nIn line with the Seville European Council Conclusions the Council drew up an annotated draft agenda.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("European Council (19/20 June 2003) – Annotated draft agenda")
        );
        assert_eq!(m.date.as_deref(), Some("2003-06-14"));
        assert_eq!(m.number.as_deref(), Some("10462/03"));
    }

    #[test]
    fn a_subject_wraps_over_single_blank_lines_in_a_double_spaced_text() {
        let (m, _) = meta(
            "COUNCIL OF\n\nTHE EUROPEAN UNION\n\nBrussels, 18 May 2001\n\n8724/01\n\nLIMITE\n\nJAI 32\n\nNOTE\n\nto:\n\nCouncil\n\nSubject :\n\nHigh-Level Working Group on Asylum and Migration\n\n   Progress report on activities\n\n \n\n \n\nDelegations will find attached a progress report.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("High-Level Working Group on Asylum and Migration Progress report on activities")
        );
    }

    #[test]
    fn a_subject_cut_mid_phrase_by_blank_lines_goes_on_below_them() {
        let text = "NOTE\nFrom:\n\nEU Counter-Terrorism Coordinator\n\nTo:\n\nDelegations\n\nSubject:\n\nReport: State of play on the statement of the Members\n\n\nof the European Council of 12 February 2015 on counter-terrorism\n\nThe extraordinary Council (JHA) of 20 November 2015 highlighted the need to accelerate the\nimplementation of all areas covered by the statement on counter-terrorism issued by the Members\nof the European Council on 12 February 2015. Therefore, in preparation of the Council, this paper\nlists all the measures foreseen in the February 2015 Statement and assesses their implementation.\n";
        let (m, _) = meta(text);
        assert_eq!(
            m.title.as_deref(),
            Some(
                "Report: State of play on the statement of the Members of the European Council of 12 February 2015 on counter-terrorism"
            )
        );
    }

    #[test]
    fn a_notes_kind_then_its_fields_on_the_subjects_line() {
        let (m, _) = meta(
            "PUBLIC COUCIL OF Brussels, 9 December 2011 THE EUROPEA UIO\n\n17594/1/11 REV 1\n\nLIMITE\n\nJAI 869 ECOFI 827\n\nOTE from: EU Counter-Terrorism Coordinator (CTC) to: Council/European Council Subject: EU Action Plan on combating terrorism\n\nThe European Council requested regular reporting on ongoing activities in the field of combating terrorism.\n",
        );
        assert_eq!(m.title.as_deref(), Some("EU Action Plan on combating terrorism"));
        assert_eq!(m.number.as_deref(), Some("17594/1/11 REV 1"));
        assert_eq!(m.date.as_deref(), Some("2011-12-09"));
    }

    #[test]
    fn the_bodys_first_word_alone_on_its_line_is_not_the_subjects() {
        let (m, _) = meta(
            "THE COUNCIL\n(OR. f)\n9381/93\nRESTREINT\nAG 18\nNOTE\nfrom:\nPresidency\nto:\nPermanent Representatives Committee\nSubject:\nPublic access to Council and Commission documents\nIn\nthe light of the discussion concerning public access to the Institutions'\ndocuments, the Presidency proposes a compromise.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Public access to Council and Commission documents")
        );
    }

    #[test]
    fn a_word_files_next_paragraph_is_not_the_subjects() {
        let (m, _) = meta(
            "COUNCIL OF THE EUROPEAN UNION\n\nBrussels, 17 November 2020\n\n12804/20\n\nLIMITE\n\nNOTE\n\nFrom:\n\nGeneral Secretariat\n\nSubject: Council conclusions on Digital Diplomacy\n\nCouncil Conclusions on Digital Diplomacy\n\n1. The Council underlines the need for cooperation.\n",
        );
        assert_eq!(m.title.as_deref(), Some("Council conclusions on Digital Diplomacy"));
    }

    #[test]
    fn a_notice_subject_runs_down_to_its_date_field() {
        let (m, _) = meta(
            "Council of the European Union\nGeneral Secretariat\nBrussels, 1 February 2017\nCM 1393/17\nENV\nCOMMUNICATION\nNOTICE OF MEETING AND PROVISIONAL AGENDA\nSubject:\nStrategic Approach to International Chemicals Management (SAICM)\nFirst meeting of the intersessional process considering the Strategic\nApproach and the sound management of chemicals and waste beyond\n2020 (Brasilia, 7 - 9 February 2017)\nDate:\n6 February 2017\nVenue:\nA long line of the venue's address that is as wide as any body line of this short notice is\n1.\nOrganisational matters and other business that are discussed at some length in this meeting\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some(
                "Strategic Approach to International Chemicals Management (SAICM) First meeting of the intersessional process considering the Strategic Approach and the sound management of chemicals and waste beyond 2020 (Brasilia, 7 - 9 February 2017)"
            )
        );
    }

    #[test]
    fn a_wrapped_subject_stops_at_the_body_without_a_blank_line() {
        let (m, _) = meta(
            "Council of the European Union\nBrussels, 5 November 2008 (05.11)\n(OR. fr)\n14956/08\nPOLGEN 116\nNOTE\nfrom:\nto:\nSubject:\nPresidency\nPermanent Representatives Committee/Council\nEuropean Council meeting (11 and 12 December 2008)\nAnnotated draft agenda\nIn accordance with Article 2(3) of the Council's Rules of Procedure, acting on a Presidency\nproposal, the General Affairs and External Relations Council is to draw up an annotated draft\nagenda at least four weeks before the European Council meets, which is what it now does.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("European Council meeting (11 and 12 December 2008) Annotated draft agenda")
        );
        assert_eq!(m.number.as_deref(), Some("14956/08"));
        assert_eq!(m.to.as_deref(), Some("Permanent Representatives Committee/Council"));
    }

    #[test]
    fn a_subject_followed_by_the_cover_sentence_or_a_numbered_paragraph() {
        let (m, _) =
            meta("Subject: Council conclusions on Korea - Approval\nDelegations will find attached the conclusions.\n");
        assert_eq!(m.title.as_deref(), Some("Council conclusions on Korea - Approval"));
        let (m, _) = meta("Subject: Council conclusions on Korea\n1. The Council recalls.\n");
        assert_eq!(m.title.as_deref(), Some("Council conclusions on Korea"));
    }

    #[test]
    fn a_flattened_letterhead_gives_the_seat_the_day_and_the_number() {
        let (m, _) = meta(
            "European Council Brussels, 18 December 2025 (OR. en) EUCO 24/25 CO EUR 20 CONCL 6
From: To: General Secretariat of the Council Delegations
Subject: European Council meeting (18 December 2025) – Conclusions
Delegations will find attached the conclusions adopted by the European Council at the above meeting.
",
        );
        assert_eq!(m.number.as_deref(), Some("EUCO 24/25"));
        assert_eq!(m.date.as_deref(), Some("2025-12-18"));
        assert_eq!(m.place.as_deref(), Some("Brussels"));
    }

    #[test]
    fn a_kind_of_several_words_then_the_fields_on_one_flattened_line() {
        let (m, _) = meta(
            "Council of the Brussels, 13 May 2019 (OR. en)\n\n9024/19\n\nCOHOM 53 COPS 141\n\nOUTCOME OF PROCEEDINGS From: General Secretariat of the Council To: Delegations No. prev. doc.: 8592/19 Subject: EU Annual Report on Democracy in the World 2018\n\nDelegations will find attached the EU Annual Report.\n",
        );
        assert_eq!(
            m.title.as_deref(),
            Some("EU Annual Report on Democracy in the World 2018")
        );
        assert_eq!(m.number.as_deref(), Some("9024/19"));
    }

    #[test]
    fn a_press_series_gives_way_to_the_council_number() {
        let (m, _) = meta("C/99/296\nLuxembourg, 11 October 1999\n11651/99 (Presse 296)\nSubject: x\n");
        assert_eq!(m.number.as_deref(), Some("11651/99"));
    }
}
