//! The header block: Council-style letterheads (`Subject:`, document number,
//! file codes, marking, `From`/`To`, place and date) and, for other documents,
//! the title lines, datelines and site navigation above the first clause.

use super::inline::parse_inline;
use super::lines::{Line, atx_heading, ends_with_punctuation, is_navigation, is_rule, numbered_label};
use crate::dates::{first_full_date, parse_dateline};
use crate::document::Metadata;

/// What the header yields: metadata and where the body starts.
#[derive(Debug, Default)]
pub struct Header {
    pub meta: Metadata,
    /// Index of the first line that belongs to the body.
    pub body_start: usize,
    /// Lines consumed as header (entity extraction still reads them).
    pub lines: Vec<usize>,
}

/// Markings printed on classified or limited-distribution documents.
const MARKINGS: &[&str] = &[
    "LIMITE",
    "RESTREINT UE/EU RESTRICTED",
    "RESTREINT UE",
    "EU RESTRICTED",
    "CONFIDENTIEL UE/EU CONFIDENTIAL",
    "CONFIDENTIEL UE",
    "EU CONFIDENTIAL",
    "SECRET UE/EU SECRET",
    "TRES SECRET UE/EU TOP SECRET",
    "SENSITIVE",
    "RESTRICTED",
    "CONFIDENTIAL",
    "SECRET",
    "TOP SECRET",
    "OFFICIAL-SENSITIVE",
    "OFFICIAL SENSITIVE",
    "FOR OFFICIAL USE ONLY",
    "NOT FOR PUBLICATION",
    "EMBARGOED",
    "UNCLASSIFIED",
];

/// How far into a file a `Subject:` line may stand and still open a letterhead.
pub(super) const HEADER_SEARCH_LINES: usize = 80;

pub fn read_header(lines: &[Line]) -> Header {
    match subject_line(lines) {
        Some(i) => council_header(lines, i),
        None => plain_header(lines),
    }
}

/// Strips Markdown emphasis and heading markers from a header line.
pub(super) fn clean(text: &str) -> String {
    let t = atx_heading(text).map_or(text, |(_, t)| t);
    // A table label cell kept with its value (`From: | General Secretariat`).
    match t.split_once(": | ") {
        Some((key, value)) if !key.contains('|') => parse_inline(&format!("{key}: {value}")).text,
        _ => parse_inline(t).text,
    }
}

fn subject_line(lines: &[Line]) -> Option<usize> {
    lines.iter().take(HEADER_SEARCH_LINES).position(|l| {
        // Cleaning adds no colon: a line without one is no field, and is not
        // cleaned to find out (80 lines of every document are asked).
        if !l.text.contains(':') {
            return false;
        }
        let t = clean(l.text);
        field_value(&t, &["Subject", "Objet", "Betreff", "Asunto", "Ärende"]).is_some()
    })
}

/// `Key: value` with one of `keys` (case-insensitive); returns the value.
fn field_value<'a>(text: &'a str, keys: &[&str]) -> Option<&'a str> {
    let (key, value) = text.split_once(':')?;
    let key = key.trim();
    keys.iter().any(|k| k.eq_ignore_ascii_case(key)).then(|| value.trim())
}

fn council_header(lines: &[Line], subject: usize) -> Header {
    let mut h = Header::default();
    for (i, line) in lines[..subject].iter().enumerate() {
        h.lines.push(i);
        read_letterhead_line(&clean(line.text), &mut h.meta);
    }
    // The subject runs on until a blank line or a rule.
    let mut title = field_value(
        &clean(lines[subject].text),
        &["Subject", "Objet", "Betreff", "Asunto", "Ärende"],
    )
    .unwrap_or_default()
    .to_string();
    let mut i = subject + 1;
    while i < lines.len() && !lines[i].is_blank() && !is_rule(lines[i].text) {
        title.push(' ');
        title.push_str(&clean(lines[i].text));
        i += 1;
    }
    h.lines.extend(subject..i);
    let title = collapse_spaces(&title);
    h.meta.title = (!title.is_empty()).then_some(title);
    while i < lines.len() && (lines[i].is_blank() || is_rule(lines[i].text)) {
        i += 1;
    }
    h.body_start = i;
    h
}

fn read_letterhead_line(t: &str, meta: &mut Metadata) {
    if t.is_empty() {
        return;
    }
    if let Some(v) = field_value(t, &["From", "De", "Von", "Från"]) {
        meta.from.get_or_insert_with(|| v.to_string());
        return;
    }
    if let Some(v) = field_value(t, &["To", "À", "An", "Till"]) {
        meta.to.get_or_insert_with(|| v.to_string());
        return;
    }
    if meta.date.is_none()
        && let Some((place, date)) = parse_dateline(t)
    {
        meta.place = meta.place.take().or(place);
        meta.date = date;
        return;
    }
    if meta.number.is_none()
        && let Some(n) = document_number(t)
    {
        meta.number = Some(n);
        return;
    }
    if meta.marking.is_none()
        && let Some(m) = marking(t)
    {
        meta.marking = Some(m);
        return;
    }
    meta.codes.extend(file_codes(t));
}

/// `8318/24`, `ST 12804/20 ADD 1`, `12804/20 REV 2`.
pub fn document_number(t: &str) -> Option<String> {
    let mut words = t.split_whitespace().peekable();
    let mut parts = Vec::new();
    if words.peek() == Some(&"ST") {
        parts.push(words.next()?);
    }
    let n = words.next()?;
    let (a, b) = n.split_once('/')?;
    let digits = |s: &str, lo: usize, hi: usize| (lo..=hi).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a, 1, 6) || !digits(b, 2, 2) {
        return None;
    }
    parts.push(n);
    for w in words {
        let suffix = matches!(w, "ADD" | "REV" | "COR" | "INIT" | "EXT" | "DCL" | "AMD" | "CORR")
            || w.bytes().all(|c| c.is_ascii_digit());
        if !suffix {
            return None;
        }
        parts.push(w);
    }
    Some(parts.join(" "))
}

pub fn marking(t: &str) -> Option<String> {
    let u = t.trim().trim_end_matches('.').to_uppercase();
    MARKINGS.iter().find(|m| u == **m).map(|m| (*m).to_string())
}

/// `CFSP/PESC 982`, `TELECOM 136`, or several on one line: `COPS 392 RELEX 878`.
pub fn file_codes(t: &str) -> Vec<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 2 || !words.len().is_multiple_of(2) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for pair in words.chunks(2) {
        let (w, n) = (pair[0], pair[1]);
        let word_ok = w.len() >= 2
            && w.bytes().all(|c| c.is_ascii_uppercase() || c == b'/' || c == b'-')
            && w.bytes().next().is_some_and(|c| c.is_ascii_uppercase());
        let num_ok = (1..=5).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit());
        if !word_ok || !num_ok {
            return Vec::new();
        }
        out.push(format!("{w} {n}"));
    }
    out
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many leading lines a non-Council header may span.
const PLAIN_HEADER_LINES: usize = 12;

fn plain_header(lines: &[Line]) -> Header {
    let mut h = Header::default();
    let mut i = 0;
    let mut seen = 0;
    while i < lines.len() && seen < PLAIN_HEADER_LINES {
        let line = &lines[i];
        if line.is_blank() || is_rule(line.text) {
            i += 1;
            continue;
        }
        seen += 1;
        let text = line.text;
        // Menus and breadcrumbs are skipped, not kept as header text.
        if is_navigation(text) || is_breadcrumb_of_next(lines, i) {
            i += 1;
            continue;
        }
        if let Some((place, date)) = parse_dateline(&clean(text)) {
            if h.meta.date.is_none() && date.is_some() {
                h.meta.date = date;
                h.meta.place = place;
            }
            h.lines.push(i);
            i += 1;
            continue;
        }
        if h.meta.title.is_some() {
            break;
        }
        let cleaned = clean(text);
        if numbered_label(&cleaned).is_some() || super::lines::bullet_marker(text).is_some() {
            break;
        }
        if let Some((_, heading)) = atx_heading(text) {
            h.meta.title = Some(parse_inline(heading).text).filter(|t| !t.is_empty());
            h.lines.push(i);
            i += 1;
            continue;
        }
        let next_blank = lines.get(i + 1).is_none_or(|l| l.is_blank());
        let inline = parse_inline(text);
        if (next_blank || inline.is_wholly_bold()) && !ends_with_punctuation(text) && text.len() <= 300 {
            let (title, next) = title_lines(lines, i);
            h.meta.title = Some(title);
            h.lines.extend(i..next);
            i = next;
            continue;
        }
        // The document opens with prose: its first sentence names it.
        h.meta.title = first_sentence(&cleaned);
        break;
    }
    if h.meta.date.is_none() {
        h.meta.date = h.meta.title.as_deref().and_then(first_full_date);
    }
    h.body_start = i;
    h
}

/// A title line, joined with the standalone lines that continue it: a
/// multi-line bold block, or a run of ALL-CAPS lines (`JOINT COMMUNIQUE` /
/// `ON THE OCCASION OF …`). Returns the title and the next line index.
fn title_lines(lines: &[Line], first: usize) -> (String, usize) {
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
        read_header(&split_lines(text))
    }

    #[test]
    fn reads_a_council_letterhead() {
        let h = header(
            "Council of the\nEuropean Union\n\nBrussels, 17 November 2020\n(OR. en)\n\n12804/20\n\nLIMITE\n\n\
             **CFSP/PESC 982\nCOPS 392\nRELEX 878**\n\nNOTE\n\nFrom: General Secretariat of the Council\n\n\
             To: Delegations\n\nSubject: Council conclusions on\nDigital Diplomacy\n\n---\n\n1) The Council notes.",
        );
        let m = &h.meta;
        assert_eq!(m.title.as_deref(), Some("Council conclusions on Digital Diplomacy"));
        assert_eq!(m.date.as_deref(), Some("2020-11-17"));
        assert_eq!(m.place.as_deref(), Some("Brussels"));
        assert_eq!(m.number.as_deref(), Some("12804/20"));
        assert_eq!(m.marking.as_deref(), Some("LIMITE"));
        assert_eq!(m.codes, ["CFSP/PESC 982", "COPS 392", "RELEX 878"]);
        assert_eq!(m.from.as_deref(), Some("General Secretariat of the Council"));
        assert_eq!(m.to.as_deref(), Some("Delegations"));
        assert_eq!(split_lines("x").len(), 1);
        assert!(h.body_start > 0);
    }

    #[test]
    fn skips_a_glued_breadcrumb_for_the_real_title() {
        let h = header(
            "HomeDenmarkDenmark supports UN Digital Panel\n\nDenmark supports UN Digital Panel\n\nThe Danish government will.",
        );
        assert_eq!(h.meta.title.as_deref(), Some("Denmark supports UN Digital Panel"));
    }

    #[test]
    fn joins_all_caps_title_lines_and_skips_menus() {
        let h = header(
            "\n News Room | Government Report Card | Australia in Focus\n\n JOINT COMMUNIQUE\n\n ON THE VISIT OF THE HON. JOHN HOWARD, TO INDONESIA\n\n 1. At the invitation.",
        );
        assert_eq!(
            h.meta.title.as_deref(),
            Some("JOINT COMMUNIQUE ON THE VISIT OF THE HON. JOHN HOWARD, TO INDONESIA")
        );
    }

    #[test]
    fn markdown_title_gives_the_date_it_contains() {
        let h = header("# Uttalande i Backåkra den 22 april 2018\n\nWe had an exchange.");
        assert_eq!(h.meta.title.as_deref(), Some("Uttalande i Backåkra den 22 april 2018"));
        assert_eq!(h.meta.date.as_deref(), Some("2018-04-22"));
    }

    #[test]
    fn a_document_that_opens_with_a_numbered_paragraph_has_no_title() {
        let h = header("80. Mr. President, I wish to congratulate you.");
        assert_eq!(h.meta.title, None);
        assert_eq!(h.body_start, 0);
    }

    #[test]
    fn recognises_numbers_codes_and_markings() {
        assert_eq!(
            document_number("ST 12804/20 ADD 1").as_deref(),
            Some("ST 12804/20 ADD 1")
        );
        assert_eq!(document_number("2022/2554"), None);
        assert_eq!(file_codes("COPS 392 RELEX 878"), ["COPS 392", "RELEX 878"]);
        assert!(file_codes("OR. en").is_empty());
        assert_eq!(marking("limite").as_deref(), Some("LIMITE"));
    }
}
