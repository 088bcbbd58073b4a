//! A press office's letterhead run onto one line with the heading and the
//! first sentence, as sharing sites extract the European Council President's
//! remarks and the Council's statements from PDF: `EN EUROPEAN COUNCIL THE
//! PRESIDENT Washington, 28 November 2011 EUCO 146/11 PRESSE 460 PR PCE 108
//! Remarks by Herman Van Rompuy, … following the EU-US Summit Let me first
//! thank you …`, `PRESS Council of the EU EN STATEMENTS AND REMARKS 926/20
//! 11/12/2020 Statement by President Charles Michel … on 10 and 11 December
//! 2020 This European Council has been …`. The line is broken where the
//! printed page had its lines: each letterhead field, then the heading, then
//! the text, so the header reader meets the layout it knows.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::floor_char_boundary;

/// The letterhead stands at the start of the page.
const REACH: usize = 4_000;
/// A line shorter than this is a paragraph, not a flattened page.
const MIN_LINE: usize = 200;
/// The letterhead's fields end this near the line's start.
const FIELDS: usize = 300;
/// A heading's words, at most, before the text's first sentence.
const HEADING_WORDS: usize = 40;

/// Each match starts a letterhead line. The day in figures comes before the
/// number: `11/12/2020` is a date, not a number `11/12`.
static BREAKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\bEUROPEAN COUNCIL\b|\bTHE PRESIDENT\b|\bCouncil of the EU\b",
        r"|\bSTATEMENTS AND REMARKS\b|\bPRESS RELEASE\b",
        r"|\b\d{1,2}/\d{1,2}/\d{4}\b",
        r"|\b(?:EUCO )?\d{1,5}/\d{2}\b",
        r"|\bPRESSE \d{1,4}\b|\bPR (?:PCE|CO) \d{1,4}\b",
        r"|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b",
    ))
    .expect("the press letterhead breaks are a valid regex")
});

/// The text with a flattened press letterhead broken into lines, or `None`
/// when its opening holds none.
pub(super) fn unflatten_press(text: &str) -> Option<String> {
    let head = &text[..floor_char_boundary(text, REACH)];
    // Most texts hold neither mark: two searches of the head decide.
    let has = |mark: &str| memchr::memmem::find(head.as_bytes(), mark.as_bytes()).is_some();
    if !has("STATEMENTS AND REMARKS") && !has(" PR PCE ") {
        return None;
    }
    let mut start = 0;
    let line = loop {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = &text[start..end];
        let fields = &line[..floor_char_boundary(line, FIELDS)];
        // Only the President's press series and the Council's statements:
        // a flattened `(Presse N)` release is read by its number instead.
        if line.len() > MIN_LINE && (fields.contains("STATEMENTS AND REMARKS") || fields.contains(" PR PCE ")) {
            break line;
        }
        if end >= head.len() {
            return None;
        }
        start = end + 1;
    };
    let fields = &line[..floor_char_boundary(line, FIELDS)];
    let mut bytes = text.as_bytes().to_vec();
    let mut heading = 0;
    for m in BREAKS.find_iter(fields) {
        if m.start() > 0 && bytes[start + m.start() - 1] == b' ' {
            bytes[start + m.start() - 1] = b'\n';
        }
        heading = m.end();
    }
    if heading == 0 {
        return None;
    }
    let rest = &line[heading..];
    let heading_start = heading + (rest.len() - rest.trim_start().len());
    if heading_start > 0 && bytes[start + heading_start - 1] == b' ' {
        bytes[start + heading_start - 1] = b'\n';
    }
    if let Some(body) = first_sentence_at(&line[heading_start..]) {
        let at = start + heading_start + body;
        if bytes[at - 1] == b' ' {
            bytes[at - 1] = b'\n';
        }
    }
    String::from_utf8(bytes).ok()
}

/// Where the text's first sentence starts in `run`, a heading run on into
/// it: at a word that opens speech or prose (`Let`, `This`, `We`, `Today`)
/// after a word that can end a heading (not `of`, `the`, `and`).
fn first_sentence_at(run: &str) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "I",
        "I'm",
        "I’m",
        "We",
        "Let",
        "This",
        "These",
        "Today",
        "Tonight",
        "Yesterday",
        "Ladies",
        "Thank",
        "Good",
        "Dear",
        "It",
        "Our",
        "My",
        "Allow",
        "Excellencies",
        "Colleagues",
        "After",
        "Following",
    ];
    const JOINERS: &[&str] = &[
        "of",
        "the",
        "and",
        "on",
        "to",
        "by",
        "for",
        "with",
        "at",
        "in",
        "a",
        "an",
        "from",
        "after",
        "following",
    ];
    let mut prev: Option<&str> = None;
    let mut at = 0;
    for (n, word) in run.split(' ').enumerate() {
        if n >= HEADING_WORDS || prev.is_some_and(|p| p.ends_with(['.', '!', '?'])) {
            return None;
        }
        if n >= 3 && OPENERS.contains(&word) && prev.is_some_and(|p| !JOINERS.contains(&p) && !p.ends_with(',')) {
            return Some(at);
        }
        prev = Some(word).filter(|w| !w.is_empty()).or(prev);
        at += word.len() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::unflatten_press;

    #[test]
    fn the_presidents_remarks_run_into_one_line_break_into_letterhead_heading_and_text() {
        let flat = "EN EUROPEAN COUNCIL THE PRESIDENT Washington, 28 November 2011 EUCO 146/11 PRESSE 460 PR PCE 108 Remarks by Herman Van Rompuy, President of the European Council following the EU-US Summit Let me first thank you, Mr President, for the hospitality you have extended to us at this time of Thanksgiving. I very much appreciated our discussions.\n";
        let out = unflatten_press(flat).expect("a flattened letterhead");
        let lines: Vec<&str> = out.lines().collect();
        for want in [
            "Washington, 28 November 2011",
            "EUCO 146/11",
            "Remarks by Herman Van Rompuy, President of the European Council following the EU-US Summit",
        ] {
            assert!(lines.contains(&want), "{want:?} not in {lines:#?}");
        }
        let seg = crate::segment::segment(flat);
        assert_eq!(seg.meta.number.as_deref(), Some("EUCO 146/11"));
        assert_eq!(
            seg.meta.title.as_deref(),
            Some("Remarks by Herman Van Rompuy, President of the European Council following the EU-US Summit")
        );
        assert_eq!(seg.meta.date.as_deref(), Some("2011-11-28"));
    }

    #[test]
    fn the_councils_statement_run_into_one_line_keeps_its_date_apart_from_its_number() {
        let flat = "Statement by President Charles Michel\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nPRESS Council of the EU EN STATEMENTS AND REMARKS 926/20 11/12/2020 Statement by President Charles Michel at the end of the European Council meeting and Euro summit on 10 and 11 December 2020 This European Council has been a marathon European Council. We made clear from the outset that it would be hard.\n";
        let seg = crate::segment::segment(flat);
        assert_eq!(seg.meta.number.as_deref(), Some("926/20"));
        assert_eq!(seg.meta.date.as_deref(), Some("2020-12-11"));
        assert_eq!(
            seg.meta.title.as_deref(),
            Some(
                "Statement by President Charles Michel at the end of the European Council meeting and Euro summit on 10 and 11 December 2020"
            )
        );
    }

    #[test]
    fn prose_and_a_release_with_a_presse_number_are_left_alone() {
        assert!(unflatten_press("The President made remarks. STATEMENTS AND REMARKS were issued.").is_none());
        let presse = format!(
            "EN Council of the European Union 11966/15 (OR. en) PRESSE 52 PR CO 44 OUTCOME OF THE COUNCIL MEETING 3407th Council meeting General Affairs Brussels, 13 September 2015 {}",
            "The Council discussed the migration crisis. ".repeat(4)
        );
        assert!(unflatten_press(&presse).is_none());
    }

    #[test]
    fn a_heading_ends_only_where_a_sentence_can_start() {
        use super::first_sentence_at;
        assert_eq!(
            first_sentence_at("Remarks by the President following the Summit Let me thank you."),
            Some(46)
        );
        // `of` cannot end a heading; nothing opens a sentence in a sentence.
        assert_eq!(
            first_sentence_at("Statement on behalf of This Group of States today."),
            None
        );
        assert_eq!(first_sentence_at("It was hard. We met."), None);
    }
}
