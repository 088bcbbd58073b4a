//! Lines to paragraphs and headings. A new block starts at a vertical gap
//! wider than the document's own line pitch, at a change of size or of
//! boldness, at a printed label after a line that ended a sentence, at a
//! first-line indent or an outdent, and after a short line that ends a
//! sentence. Across a page or column break a paragraph continues when its
//! last line ended mid-sentence. Short bold or larger lines are headings,
//! ranked by size.

use super::model::{Line, needs_space};
use super::order::Flow;
use super::words::{Join, Vocabulary, join, starts_with_label};
use crate::formats::{Block, BlockKind, Run};
use std::collections::HashMap;

/// The usual distance between baselines of one paragraph, per font size.
#[derive(Debug, Default)]
pub struct Pitch {
    by_size: HashMap<i32, f32>,
}

fn size_key(size: f32) -> i32 {
    (size * 2.0).round() as i32
}

impl Pitch {
    /// Learns the pitch from consecutive lines of the same size.
    pub fn learn(pages: &[Vec<Flow>]) -> Pitch {
        let mut counts: HashMap<(i32, i32), usize> = HashMap::new();
        for flows in pages {
            let mut prev: Option<&Line> = None;
            for f in flows {
                let Flow::Line(l) = f else {
                    prev = None;
                    continue;
                };
                if let Some(p) = prev {
                    let gap = p.y - l.y;
                    if size_key(p.size) == size_key(l.size) && gap >= 0.9 * l.size && gap <= 3.0 * l.size {
                        *counts
                            .entry((size_key(l.size), (gap * 2.0).round() as i32))
                            .or_default() += 1;
                    }
                }
                prev = Some(l);
            }
        }
        let mut best: HashMap<i32, (usize, i32)> = HashMap::new();
        for ((s, g), n) in counts {
            let e = best.entry(s).or_insert((0, g));
            // The most frequent gap; on a tie the smaller one.
            if n > e.0 || (n == e.0 && g < e.1) {
                *e = (n, g);
            }
        }
        Pitch {
            by_size: best.into_iter().map(|(s, (_, g))| (s, g as f32 / 2.0)).collect(),
        }
    }

    pub fn of(&self, size: f32) -> f32 {
        self.by_size.get(&size_key(size)).copied().unwrap_or(1.25 * size)
    }
}

/// A paragraph being gathered.
struct Open {
    lines: Vec<Line>,
    /// The page or column ended after the last line.
    broken: bool,
}

/// Everything the builder needs to know about the document.
pub struct Context<'a> {
    pub pitch: &'a Pitch,
    pub vocab: &'a Vocabulary,
    pub body_size: f32,
}

/// Builds the blocks of the body from each page's flow, in page order.
pub fn build(pages: Vec<Vec<Flow>>, cx: &Context) -> Vec<Block> {
    let mut out: Vec<(Block, Option<f32>)> = Vec::new();
    let mut open: Option<Open> = None;
    for flows in pages {
        if let Some(o) = open.as_mut() {
            o.broken = true;
        }
        for f in flows {
            match f {
                Flow::ColumnBreak => {
                    if let Some(o) = open.as_mut() {
                        o.broken = true;
                    }
                }
                Flow::Row { cells, page, .. } => {
                    if let Some(o) = open.take() {
                        out.push(close(o, cx));
                    }
                    let block = Block {
                        kind: BlockKind::Row(cells),
                        runs: Vec::new(),
                        page: Some(page),
                    };
                    out.push((block, None));
                }
                Flow::Line(l) => match open.as_mut() {
                    Some(o) if continues(o, &l, cx) => {
                        o.lines.push(l);
                        o.broken = false;
                    }
                    _ => {
                        if let Some(o) = open.take() {
                            out.push(close(o, cx));
                        }
                        open = Some(Open {
                            lines: vec![l],
                            broken: false,
                        });
                    }
                },
            }
        }
    }
    if let Some(o) = open.take() {
        out.push(close(o, cx));
    }
    rank_headings(out, cx.body_size)
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '!', '?', ':', ';'])
}

fn similar(a: f32, b: f32) -> bool {
    (a - b).abs() <= 0.15 * a.max(b)
}

/// The line carries on the open paragraph.
fn continues(o: &Open, l: &Line, cx: &Context) -> bool {
    let Some(prev) = o.lines.last() else {
        return false;
    };
    let prev_text = prev.plain();
    let text = l.plain();
    if !similar(prev.size, l.size) || prev.is_bold() != l.is_bold() {
        return false;
    }
    if o.broken {
        // Across a page or column: only a sentence cut in the middle.
        return !ends_sentence(&prev_text) && !starts_with_label(&text) && !prev.is_bold();
    }
    let gap = prev.y - l.y;
    if gap <= 0.0 || prev.page != l.page {
        return false;
    }
    if gap > 1.35 * cx.pitch.of(l.size).max(l.size) {
        return false;
    }
    let tol = 0.8 * l.size;
    // Where continuation lines of this paragraph start, once known.
    let cont_x = o.lines.get(1).map(|s| s.x0);
    let ended = ends_sentence(&prev_text);
    if starts_with_label(&text) && (ended || cont_x.is_some_and(|c| (l.x0 - c).abs() > 2.0) || o.lines.len() == 1) {
        return false;
    }
    let centred = |a: &Line, b: &Line| ((a.x0 + a.x1) / 2.0 - (b.x0 + b.x1) / 2.0).abs() < 3.0;
    if let Some(c) = cont_x
        && (l.x0 - c).abs() > tol
        && !centred(prev, l)
    {
        return false;
    }
    // A short line that ends a sentence ends its paragraph.
    let right = o.lines.iter().map(|x| x.x1).fold(l.x1, f32::max);
    let short = prev.x1 < right - (0.15 * (right - prev.x0)).max(2.0 * l.size);
    if short && ended {
        return false;
    }
    // A one-line paragraph followed by an indented line that begins another.
    if cont_x.is_none() && l.x0 > prev.x0 + tol && short {
        return false;
    }
    true
}

/// Appends `lines` as runs: pieces of one style merged, markers as notes,
/// line ends joined by the hyphen rule.
pub fn runs_of(lines: &[Line], vocab: &Vocabulary) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut prev_text = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            match join(&prev_text, &line.plain(), vocab) {
                Join::Space => push_text(&mut runs, " ", false, false),
                Join::Unhyphenate => trim_hyphen(&mut runs, false),
                Join::KeepHyphen => trim_hyphen(&mut runs, true),
            }
        }
        let mut prev = None;
        for p in &line.pieces {
            if let Some(q) = prev
                && needs_space(q, p)
            {
                push_text(&mut runs, " ", false, false);
            }
            if p.note {
                runs.push(Run::Note(p.text.trim().to_string()));
            } else {
                push_text(&mut runs, &p.text, p.bold, p.italic);
            }
            prev = Some(p);
        }
        prev_text = line.plain();
    }
    tidy(runs)
}

fn push_text(runs: &mut Vec<Run>, text: &str, bold: bool, italic: bool) {
    if let Some(Run::Text {
        text: t,
        bold: b,
        italic: i,
    }) = runs.last_mut()
        && ((*b == bold && *i == italic) || text.trim().is_empty())
    {
        t.push_str(text);
        return;
    }
    runs.push(Run::Text {
        text: text.to_string(),
        bold,
        italic,
    });
}

/// Drops the line-end hyphen (and the spaces around it) from the last text run.
fn trim_hyphen(runs: &mut [Run], keep: bool) {
    for r in runs.iter_mut().rev() {
        if let Run::Text { text, .. } = r {
            let t = text.trim_end();
            let mut t = t[..t.len() - t.chars().last().map_or(0, char::len_utf8)]
                .trim_end()
                .to_string();
            if keep {
                t.push('-');
            }
            *text = t;
            return;
        }
    }
}

/// Spaces collapsed inside runs; empty runs gone.
fn tidy(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        match r {
            Run::Text { text, bold, italic } => {
                let mut t = String::with_capacity(text.len());
                let mut space = false;
                for c in text.chars() {
                    if c.is_whitespace() {
                        space = true;
                    } else {
                        if space {
                            t.push(' ');
                        }
                        space = false;
                        t.push(c);
                    }
                }
                if space {
                    t.push(' ');
                }
                if !t.is_empty() {
                    out.push(Run::Text { text: t, bold, italic });
                }
            }
            note => out.push(note),
        }
    }
    out
}

/// A printed label set in bold or italic is given plain, so that the text
/// still opens with it (`**1. Take**` would hide `1.` from the segmenter).
fn plain_label(mut runs: Vec<Run>) -> Vec<Run> {
    if let Some(Run::Text { text, bold, italic }) = runs.first()
        && (*bold || *italic)
        && starts_with_label(text.trim_start())
    {
        let t = text.trim_start();
        let end = t.find(char::is_whitespace).unwrap_or(t.len());
        let (label, rest) = (t[..end].to_string(), t[end..].to_string());
        let (b, i) = (*bold, *italic);
        runs[0] = Run::Text {
            text: rest,
            bold: b,
            italic: i,
        };
        runs.insert(0, Run::plain(label));
    }
    runs
}

/// A closed paragraph, with its size when it reads as a heading.
fn close(o: Open, cx: &Context) -> (Block, Option<f32>) {
    let page = o.lines.first().map(|l| l.page);
    let runs = plain_label(runs_of(&o.lines, cx.vocab));
    let text: String = o.lines.iter().map(Line::plain).collect::<Vec<_>>().join(" ");
    let size = o.lines.iter().map(|l| l.size).fold(0.0, f32::max);
    let bold = o.lines.iter().all(Line::is_bold);
    let heading = o.lines.len() <= 3
        && text.chars().count() <= 200
        && text.chars().any(char::is_alphabetic)
        && !text.trim_end().ends_with(['.', ',', ';'])
        && (size >= 1.15 * cx.body_size || bold);
    let block = Block {
        kind: BlockKind::Paragraph,
        runs,
        page,
    };
    (block, heading.then_some(size))
}

/// Heading levels by size rank: the largest size is level 1; bold headings in
/// the body size come after every larger one.
fn rank_headings(blocks: Vec<(Block, Option<f32>)>, body: f32) -> Vec<Block> {
    let mut sizes: Vec<i32> = blocks.iter().filter_map(|(_, s)| *s).map(size_key).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes.dedup();
    let body_key = size_key(body * 1.15);
    blocks
        .into_iter()
        .map(|(mut b, s)| {
            if let Some(s) = s {
                let k = size_key(s);
                let rank = if k >= body_key {
                    sizes.iter().position(|&x| x == k).unwrap_or(0) + 1
                } else {
                    sizes.iter().filter(|&&x| x >= body_key).count() + 1
                };
                b.kind = BlockKind::Heading(rank.min(6) as u8);
                // Emphasis inside a heading is the heading's own style.
                for r in &mut b.runs {
                    if let Run::Text { bold, .. } = r {
                        *bold = false;
                    }
                }
            }
            b
        })
        .collect()
}
