//! The header block: Council-style letterheads (`Subject:`, document number,
//! file codes, marking, `From`/`To`, place and date) and, for other documents,
//! the title lines, datelines and site navigation above the first clause.

use super::council::{council_header, subject_value};
use super::inline::parse_inline;
use super::lines::{Line, atx_heading};
use crate::document::Metadata;

/// What the header yields: metadata and where the body starts.
#[derive(Debug, Default)]
pub struct Header {
    pub meta: Metadata,
    /// Index of the first line that belongs to the body.
    pub body_start: usize,
    /// Lines consumed as header (entity extraction still reads them).
    pub lines: Vec<usize>,
    /// A page store's date field (`date 2022-03-01 …`): when it copied the
    /// page, which dates the text only if neither head nor body does.
    pub stored_on: Option<String>,
}

/// How far into a file a `Subject:` line may stand and still open a letterhead.
pub(super) const HEADER_SEARCH_LINES: usize = 80;

#[cfg(test)]
pub fn read_header(lines: &[Line]) -> Header {
    let h = match subject_line(lines) {
        Some(i) => council_header(lines, i),
        None => super::title::plain_header(lines),
    };
    with_archive_fields(h, lines)
}

/// A cable's routing header dates and numbers it where its letterhead did
/// not; an archive's record over a text titles and dates it.
fn with_archive_fields(mut h: Header, lines: &[Line]) -> Header {
    if let Some(record) = super::archive_record::archive_record(lines) {
        h.meta.title = Some(record.title);
        h.meta.date = record.date.or(h.meta.date.take());
    }
    if h.meta.title.is_none() {
        h.meta.title = super::cable::edited_telegram_heading(lines);
    }
    if (h.meta.number.is_none() || h.meta.date.is_none())
        && let Some((number, date)) = super::cable::cable_fields(lines)
    {
        h.meta.number = h.meta.number.take().or(number);
        h.meta.date = h.meta.date.take().or(date);
    }
    h
}

/// The header of a document whose lines are `lines`, with `cells` the same
/// lines with table rows split into cells (`table::HeaderView`): a Council
/// letterhead is read from the cells (it is often laid out as a table);
/// any other header from the lines as they are, where a table is body.
/// Returns the header and whether its line indices refer to `cells`.
pub fn read_header_of(lines: &[Line], cells: &[Line]) -> (Header, bool) {
    match subject_line(cells) {
        Some(i) => (with_archive_fields(council_header(cells, i), cells), true),
        None => (with_archive_fields(super::title::plain_header(lines), lines), false),
    }
}

/// Strips Markdown emphasis and heading markers from a header line.
pub(super) fn clean(text: &str) -> String {
    let t = atx_heading(text).map_or(text, |(_, t)| t);
    let t = without_leading_mark(t);
    // A table label cell kept with its value (`From: | General Secretariat`).
    // (A static `memmem` finder: `split_once` with a `&str` builds a
    // substring searcher per call, and every header line is cleaned.)
    static CELL: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(": | "));
    match CELL.find(t.as_bytes()).map(|at| (&t[..at], &t[at + 4..])) {
        Some((key, value)) if !key.contains('|') => parse_inline(&format!("{key}: {value}")).text,
        _ => parse_inline(t).text,
    }
}

/// `摘要Joint Statement of …`: a repost site's label in Chinese (`summary`)
/// glued before a heading in Latin letters.
fn without_leading_mark(text: &str) -> &str {
    if text.is_ascii() {
        return text;
    }
    let mark = text.len()
        - text
            .trim_start_matches(|c: char| matches!(c, '\u{3400}'..='\u{9FFF}'))
            .len();
    let rest = &text[mark..];
    let latin = rest.starts_with(|c: char| c.is_ascii_uppercase()) && rest.is_ascii() && rest.contains(' ');
    if (3..=12).contains(&mark) && latin { rest } else { text }
}

fn subject_line(lines: &[Line]) -> Option<usize> {
    // A letterhead's lines are short: a `Subject:` under paragraphs of prose
    // is a web page's record footer (`Subject: Agenda Item, …`), not one.
    let mut prose = 0;
    let found = lines.iter().take(HEADER_SEARCH_LINES).position(|l| {
        if prose >= 3 {
            return false;
        }
        let t = l.text.trim().trim_end_matches(['”', '"']);
        if t.len() >= 200 || (t.len() >= 80 && t.ends_with('.')) {
            prose += 1;
        }
        // Cleaning adds no colon: a line without one is no field, and is not
        // cleaned to find out (80 lines of every document are asked).
        if !l.text.contains(':') {
            return false;
        }
        let t = clean(l.text);
        subject_value(&t).is_some()
    })?;
    (!in_record_fields(lines, found)).then_some(found)
}

/// `Document symbol: S/2008/754` / `Country: Libya` / `Subject: Agenda Item,
/// …` / `Publication Date: 03/12/2008`: a document library's record under
/// the text, whose `Subject` files it by topic.
fn in_record_fields(lines: &[Line], i: usize) -> bool {
    const RECORD_KEYS: &[&str] = &[
        "Document symbol:",
        "Document Symbol:",
        "Document Type:",
        "Document Sources:",
        "Publication Date:",
        "Country:",
        "Author:",
    ];
    let near = lines[i.saturating_sub(3)..(i + 4).min(lines.len())].iter();
    near.filter(|l| RECORD_KEYS.iter().any(|k| l.text.trim_start().starts_with(k)))
        .count()
        >= 2
}

/// `Key: value` with one of `keys` (case-insensitive); returns the value.
pub(super) fn field_value<'a>(text: &'a str, keys: &[&str]) -> Option<&'a str> {
    let (key, value) = text.split_once(':')?;
    let key = key.trim();
    keys.iter().any(|k| k.eq_ignore_ascii_case(key)).then(|| value.trim())
}

pub(super) fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    fn header(text: &str) -> Header {
        read_header(&split_lines(text))
    }

    #[test]
    fn a_document_librarys_record_under_the_text_is_no_letterhead() {
        let h = header(
            "Letter dated 2 December 2008 from the Permanent Representative of the Libyan Arab Jamahiriya to the United Nations addressed to the President of the Security Council\n\nI have the honour to request the convening of an emergency meeting of the Security Council.\n\n(Signed) Giadalla A. Ettalhi\n\nDocument symbol: S/2008/754\nDocument Type: Letter\nCountry: Libya\nSubject: Agenda Item, Gaza Strip, Middle East situation\nPublication Date: 03/12/2008\n",
        );
        assert!(
            h.meta
                .title
                .as_deref()
                .is_some_and(|t| t.starts_with("Letter dated 2 December 2008"))
        );
    }

    #[test]
    fn reads_a_cover_notes_subject_in_german() {
        let h = header(
            "EUROPÄISCHER RAT\nBrüssel, den 26. März 2010\n(OR. en)\n\nEUCO 7/10\nCO EUR 4\nCONCL 1\n\nÜBERMITTLUNGSVERMERK\n\
             des\nGeneralsekretariats des Rates\nfür die\nDelegationen\nBetr.:\nEUROPÄISCHER RAT\nTagung am 25./26. März 2010\n\n\
             SCHLUSSFOLGERUNGEN\nDie Delegationen erhalten beigefügt die Schlussfolgerungen des Europäischen Rates.\n",
        );
        assert_eq!(
            h.meta.title.as_deref(),
            Some("EUROPÄISCHER RAT Tagung am 25./26. März 2010")
        );
        assert_eq!(h.meta.number.as_deref(), Some("EUCO 7/10"));
        assert_eq!(h.meta.date.as_deref(), Some("2010-03-26"));
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
}
