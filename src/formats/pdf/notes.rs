//! Footnotes, kept apart from the text. A page's note area starts under the
//! short rule Word prints as a wide blank underlined run, or, without one, at
//! the first line in the lower part of the page that opens with a small raised
//! marker. Each note starts at a marker; a note area that opens without one
//! continues the last note of the page before.

use super::lines::marker_like;
use super::model::{Line, Page};

/// A footnote as read from one page: `marker` is `None` for the continuation
/// of the previous page's last note.
#[derive(Debug, Clone, PartialEq)]
pub struct PageNote {
    pub marker: Option<String>,
    pub lines: Vec<Line>,
}

/// How far up the page (share of its height, from the bottom) notes may start.
const NOTE_ZONE: f32 = 0.62;

/// Splits a page's lines into body lines and the notes at its foot.
pub fn split(page: &mut Page, body_size: f32) -> Vec<PageNote> {
    let limit = page.bottom + NOTE_ZONE * page.height();
    page.lines
        .sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let separator = page
        .separators
        .iter()
        .copied()
        .filter(|&y| y < limit)
        .filter(|&y| {
            // The run must have lines under it that read as notes.
            let under: Vec<&Line> = page.lines.iter().filter(|l| l.y < y).collect();
            under
                .first()
                .is_some_and(|l| opens_note(l, true) || l.size < 0.95 * body_size)
        })
        .fold(f32::NEG_INFINITY, f32::max);
    let start = if separator.is_finite() {
        page.lines.iter().position(|l| l.y < separator)
    } else {
        page.lines
            .iter()
            .position(|l| l.y < limit && opens_note(l, false) && !l.plain().is_empty())
    };
    let Some(start) = start else {
        return Vec::new();
    };
    let area = page.lines.split_off(start);
    let mut notes: Vec<PageNote> = Vec::new();
    for mut line in area {
        if opens_note(&line, separator.is_finite()) && in_sequence(&notes, &line) {
            let marker = take_marker(&mut line);
            notes.push(PageNote {
                marker: Some(marker),
                lines: vec![line],
            });
        } else {
            match notes.last_mut() {
                Some(n) => n.lines.push(line),
                None => notes.push(PageNote {
                    marker: None,
                    lines: vec![line],
                }),
            }
        }
    }
    notes
}

/// The line opens with a footnote marker: a small raised one, or (under a
/// separator) a number set apart from the text after it.
fn opens_note(l: &Line, under_separator: bool) -> bool {
    let Some(first) = l.pieces.first() else {
        return false;
    };
    if first.note && l.pieces.len() > 1 {
        return true;
    }
    if !under_separator {
        return false;
    }
    // A number set as a piece of its own before the text, not the first word
    // of a line that wraps (`2 December 2003 by …`).
    l.pieces.len() > 1 && marker_like(&first.text)
}

/// A numeric marker that does not follow the page's last one is a number in
/// the text (a wrapped date), not a new note.
fn in_sequence(notes: &[PageNote], l: &Line) -> bool {
    let last = notes
        .iter()
        .rev()
        .find_map(|n| n.marker.as_deref()?.parse::<u32>().ok());
    let this = l.pieces.first().and_then(|p| p.text.trim().parse::<u32>().ok());
    match (last, this) {
        (Some(a), Some(b)) => b == a + 1,
        _ => true,
    }
}

/// Removes the marker from the start of a note's first line and returns it.
fn take_marker(l: &mut Line) -> String {
    if l.pieces.first().is_some_and(|p| p.note) {
        let p = l.pieces.remove(0);
        l.measure();
        return p.text.trim().to_string();
    }
    let Some(first) = l.pieces.first_mut() else {
        return String::new();
    };
    let t = first.text.trim_start().to_string();
    let end = t.find(char::is_whitespace).unwrap_or(t.len());
    let marker = t[..end].to_string();
    first.text = t[end..].to_string();
    if first.text.trim().is_empty() {
        l.pieces.remove(0);
    }
    l.measure();
    marker
}
