//! The Council letterhead on page 1: a two-column block (the institution on
//! the left; place and date, number and file codes on the right) above a
//! `From:`/`To:`/`Subject:` table. It is given to the segmenter as its text
//! seeds have it: every letterhead cell a line of its own (a `REV 4` suffix
//! back on its number), and every field key with its value on one line, a
//! wrapped value's continuation lines joined to it.

use super::blocks::runs_of;
use super::model::Line;
use super::order::Flow;
use super::words::Vocabulary;
use crate::formats::{Block, BlockKind, Run};

/// Keys that open the subject line of a letterhead.
const SUBJECT_KEYS: &[&str] = &["Subject:", "Objet:", "Betreff:", "Asunto:", "Ärende:", "Oggetto:"];

/// How many flow items of page 1 may stand before the subject line.
const SEARCH: usize = 60;

/// Takes the letterhead off the front of page 1's flow, as blocks.
pub fn take(flows: &mut Vec<Flow>, vocab: &Vocabulary) -> Vec<Block> {
    let subject = flows.iter().take(SEARCH).position(|f| match f {
        Flow::Line(l) => {
            let t = l.plain();
            SUBJECT_KEYS.iter().any(|k| t.starts_with(k))
        }
        _ => false,
    });
    let Some(subject) = subject else {
        return Vec::new();
    };
    let mut out: Vec<Block> = Vec::new();
    let mut rest = flows.split_off(subject);
    // The last `Key: value` line: where its value starts and its baseline,
    // for a value that wraps (`From: General Secretariat` / `of the Council`).
    let mut key: Option<(f32, f32, f32)> = None;
    for f in flows.drain(..) {
        match f {
            Flow::Line(l) => {
                let wraps = key.is_some_and(|(x, y, size)| l.x0 >= x - 2.0 && y > l.y && y - l.y <= 2.5 * size);
                if wraps && value_x(&l).is_none() {
                    if let Some(b) = out.last_mut() {
                        b.runs.push(Run::plain(format!(" {}", l.plain())));
                    }
                    key = key.map(|(x, _, size)| (x, l.y, size));
                    continue;
                }
                key = value_x(&l).map(|x| (x, l.y, l.size));
                push_cell(&mut out, &l);
            }
            Flow::Row { cells, page, .. } => {
                for c in cells.into_iter().filter(|c| !c.trim().is_empty()) {
                    push_text(&mut out, &c, page);
                }
            }
            Flow::ColumnBreak => {}
        }
    }
    // The subject with the lines that continue its value (set at or right of
    // where the value starts, one line pitch apart).
    let mut i = 0;
    let mut field: Option<(Vec<Line>, f32)> = None;
    while let Some(Flow::Line(l)) = rest.get(i) {
        match field.as_mut() {
            None => match value_x(l) {
                Some(x) => field = Some((vec![l.clone()], x)),
                None => break,
            },
            Some((lines, x)) => {
                let last = lines.last().map_or(l.y, |p| p.y);
                let near = last > l.y && last - l.y <= 2.5 * l.size && l.page == lines[0].page;
                if l.x0 >= *x - 2.0 && near && value_x(l).is_none() {
                    lines.push(l.clone());
                } else {
                    break;
                }
            }
        }
        i += 1;
    }
    if let Some((lines, _)) = field.take() {
        out.push(block(&lines, vocab));
    }
    rest.drain(..i);
    *flows = rest;
    out
}

/// Where a `Key: value` line's value starts, when the line opens with a key.
fn value_x(l: &Line) -> Option<f32> {
    let t = l.plain();
    let (key, _) = t.split_once(':')?;
    if key.is_empty() || key.split_whitespace().count() > 3 || !key.starts_with(char::is_uppercase) {
        return None;
    }
    let k = l.pieces.iter().position(|p| p.text.contains(':'))?;
    Some(l.pieces.get(k + 1).map_or(l.x1, |p| p.x0))
}

fn block(lines: &[Line], vocab: &Vocabulary) -> Block {
    Block {
        kind: BlockKind::Paragraph,
        runs: plain(runs_of(lines, vocab)),
        page: lines.first().map(|l| l.page),
    }
}

/// Letterhead text without emphasis (the header reader wants plain lines).
fn plain(runs: Vec<Run>) -> Vec<Run> {
    runs.into_iter()
        .filter_map(|r| match r {
            Run::Text { text, .. } => Some(Run::plain(text)),
            Run::Note(_) => None,
        })
        .collect()
}

fn push_cell(out: &mut Vec<Block>, l: &Line) {
    push_text(out, &l.plain(), l.page);
}

/// A letterhead cell; a `REV 4`/`ADD 1`/`COR 1` line joins the number above it.
fn push_text(out: &mut Vec<Block>, text: &str, page: u32) {
    let t = text.trim();
    let mut words = t.split_whitespace();
    let suffix = matches!(words.next(), Some("REV" | "ADD" | "COR" | "AMD" | "EXT" | "DCL"))
        && words.all(|w| w.bytes().all(|c| c.is_ascii_digit()));
    if suffix
        && let Some(prev) = out.last_mut()
        && prev.plain_text().contains('/')
    {
        prev.runs.push(Run::plain(format!(" {t}")));
        return;
    }
    out.push(Block {
        kind: BlockKind::Paragraph,
        runs: vec![Run::plain(t)],
        page: Some(page),
    });
}
