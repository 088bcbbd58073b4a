//! An archive's record printed over the text it keeps, as the CVCE's PDFs of
//! documents on European integration print it: the archive's own title with
//! the text's day in brackets (`Address given by Jacques Delors to the
//! European Parliament (17 January 1989)`), then `Caption:`, `Source:`,
//! `Copyright:`, `URL:` and `Publication date:` fields, then each page's
//! counter (`1 / 15`) and the day it was printed. The day in the record's
//! title is the text's; the publication date is the archive's. The text's
//! own heading, below the record, is its title; where the text opens with no
//! heading (a salutation, a paragraph), the record's title is.

use super::lines::Line;
use crate::dates::first_full_date;

/// Lines of the record, which the text follows.
const RECORD_LINES: usize = 24;

/// A heading is short; a paragraph's first line is not.
const HEADING_WORDS: usize = 16;

/// The title and date an archive's record gives its text.
#[derive(Debug, PartialEq)]
pub(super) struct Record {
    pub title: String,
    pub date: Option<String>,
}

/// The record over the text, where the text opens with one: a `Caption:`
/// field under the archive's title, and a `Publication date:` field.
pub(super) fn archive_record(lines: &[Line]) -> Option<Record> {
    let head: Vec<&str> = lines
        .iter()
        .take(RECORD_LINES)
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    // (Asked of every text: most have no `Caption:` field, and are passed over.)
    let caption = head.iter().position(|t| t.starts_with("Caption: "))?;
    let published = caption
        + head[caption..]
            .iter()
            .position(|t| t.starts_with("Publication date:"))?;
    if !head[caption..published].iter().any(|t| t.starts_with("Source: ")) {
        return None;
    }
    let (record_title, date) = without_bracketed_date(head[caption.checked_sub(1)?]);
    // Below the record: each page's counter and print date, then the text.
    let own = head[published + 1..]
        .iter()
        .find(|t| !is_page_head(t))
        .map(|t| without_bracketed_date(t))
        .filter(|(t, day)| day.is_some() || reads_as_heading(t));
    let title = own.as_ref().map_or(record_title, |(t, _)| *t).to_string();
    let date = date.or_else(|| own.and_then(|(_, day)| day));
    Some(Record { title, date })
}

/// `… (17 January 1989)`, `… (Strasbourg, 17 January 1989)`: the line
/// without its bracket, and the day the bracket holds.
fn without_bracketed_date(line: &str) -> (&str, Option<String>) {
    if let Some(inner) = line.strip_suffix(')')
        && let Some(open) = inner.rfind(" (")
        && let Some(day) = first_full_date(&inner[open + 2..])
    {
        return (inner[..open].trim_end(), Some(day));
    }
    (line, None)
}

/// A page's counter (`1 / 15`) or the day the archive printed it
/// (`21/10/2012`).
fn is_page_head(line: &str) -> bool {
    line.len() <= 12 && line.bytes().all(|b| b.is_ascii_digit() || b == b'/' || b == b' ')
}

/// A heading: a few words, not a sentence or a salutation (`Mr. President,
/// Ladies and Gentlemen,`).
fn reads_as_heading(line: &str) -> bool {
    line.split_whitespace().count() <= HEADING_WORDS
        && line.starts_with(|c: char| c.is_uppercase())
        && !line.ends_with(['.', ',', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    const RECORD: &str = "Address given by Jacques Delors to the European Parliament (17\n\nAddress given by Jacques Delors to the European Parliament (17 January 1989)\nCaption: On 17 January 1989, in an address to the Members of the European Parliament, Jacques Delors refers to a European Economic Area.\nSource: Bulletin of the European Communities. 1989, No Supplement 1/89.\nCopyright: (c) European Union, 1995-2012\nURL: http://www.cvce.eu/obj/address.html\nPublication date: 21/10/2012\n1 / 15\n21/10/2012\n";

    fn record(text: &str) -> Option<Record> {
        archive_record(&split_lines(text))
    }

    #[test]
    fn the_texts_own_heading_and_the_day_in_the_records_title() {
        let text = format!(
            "{RECORD}Statement on the broad lines of Commission policy (Strasbourg, 17 January 1989)\nMr. President, Ladies and Gentlemen,\nFour years ago I came to this House.\n"
        );
        assert_eq!(
            record(&text),
            Some(Record {
                title: "Statement on the broad lines of Commission policy".into(),
                date: Some("1989-01-17".into()),
            })
        );
    }

    #[test]
    fn a_text_with_no_heading_takes_the_records_title() {
        let text = format!("{RECORD}Mr. President, Ladies and Gentlemen,\nFour years ago I came to this House.\n");
        assert_eq!(
            record(&text).map(|r| r.title),
            Some("Address given by Jacques Delors to the European Parliament".into())
        );
    }

    #[test]
    fn a_caption_alone_is_no_record() {
        assert_eq!(
            record("A photograph\nCaption: The ministers meet.\nThe Council met today.\n"),
            None
        );
        assert_eq!(
            record("Photo\nCaption: The ministers.\nSource: Council\nThe Council met on 3 May.\n"),
            None
        );
    }
}
