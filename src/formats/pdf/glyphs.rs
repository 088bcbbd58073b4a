//! Spans whose text is not in the order of their glyphs. pdf_oxide keeps a
//! span's text in drawing order, and some producers draw `7 and 9` as `7`,
//! `9`, then `and` over the gap; such spans (glyphs that jump forward after a
//! glyph or back over one, or a span whose ink overlaps its neighbour's on the
//! row) are rebuilt from the page's characters, whose positions are right.
//! Only pages that have one pay for the characters.

use super::lines::rows;
use super::model::Piece;
use super::words::fold_ligatures;
use pdf_oxide::layout::{FontWeight, TextChar, TextSpan};

/// The page's characters, and which spans to rebuild from them.
pub struct Rebuild {
    bad: Vec<bool>,
    chars: Vec<TextChar>,
    taken: Vec<bool>,
}

impl Rebuild {
    pub fn new(bad: Vec<bool>, chars: Vec<TextChar>) -> Rebuild {
        let taken = vec![false; chars.len()];
        Rebuild { bad, chars, taken }
    }

    /// Span `i` rebuilt from its characters, when it is one to rebuild and
    /// its characters are found.
    pub fn pieces(&mut self, i: usize, s: &TextSpan) -> Option<Vec<Piece>> {
        if !self.bad.get(i).copied().unwrap_or(false) {
            return None;
        }
        let glyphs = chars_of(s, &self.chars, &mut self.taken);
        (!glyphs.is_empty()).then(|| merge_chars(glyphs))
    }
}

/// Which spans are out of order; `None` when every span is in order.
pub fn disordered(spans: &[TextSpan]) -> Option<Vec<bool>> {
    let mut bad: Vec<bool> = spans
        .iter()
        .map(|s| {
            let (xs, ws) = (&s.char_x_offsets, &s.char_widths);
            // Word spacing widens the gap after a space: only a jump after a
            // glyph, or back over one, is disorder.
            xs.len() == ws.len()
                && xs.len() == s.text.chars().count()
                && xs.windows(2).zip(ws.iter()).zip(s.text.chars()).any(|((w, width), c)| {
                    let gap = w[1] - (w[0] + width);
                    (gap > 1.5 * s.font_size && !c.is_whitespace()) || gap < -0.5 * s.font_size
                })
        })
        .collect();
    let mut boxes: Vec<(usize, f32, f32, f32, f32)> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.text.trim().is_empty() && s.rotation_degrees == 0.0)
        .map(|(i, s)| (i, s.bbox.y, ink_start(s), ink_end(s), s.font_size))
        .collect();
    // Rows as `rows` forms them (baselines within 0.3 of a size), then
    // neighbours along each row.
    boxes.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut start = 0;
    while start < boxes.len() {
        let mut end = start + 1;
        while end < boxes.len() && (boxes[start].1 - boxes[end].1).abs() <= 0.3 * boxes[start].4 {
            end += 1;
        }
        let row = &mut boxes[start..end];
        row.sort_by(|a, b| a.2.total_cmp(&b.2));
        for w in row.windows(2) {
            let (a, b) = (w[0], w[1]);
            if b.2 < a.3 - 0.5 * a.4.min(b.4) {
                bad[a.0] = true;
                bad[b.0] = true;
            }
        }
        start = end;
    }
    bad.iter().any(|&b| b).then_some(bad)
}

/// Where a span's first visible glyph starts (its box counts leading spaces).
fn ink_start(s: &TextSpan) -> f32 {
    let n = s.text.chars().count();
    let leading = s.text.chars().take_while(|c| c.is_whitespace()).count();
    if leading > 0 && leading < n && s.char_x_offsets.len() == n {
        return s.char_x_offsets[leading];
    }
    s.bbox.x
}

/// Where a span's last visible glyph ends (its box counts trailing spaces).
fn ink_end(s: &TextSpan) -> f32 {
    let end = s.bbox.x + s.bbox.width;
    let n = s.text.chars().count();
    let trailing = s.text.chars().rev().take_while(|c| c.is_whitespace()).count();
    if trailing == n {
        return end;
    }
    if s.char_x_offsets.len() == n && s.char_widths.len() == n {
        let last = n - trailing - 1;
        return s.char_x_offsets[last] + s.char_widths[last];
    }
    end - trailing as f32 * 0.25 * s.font_size
}

/// The characters standing inside span `s`'s box, each taken once.
fn chars_of(s: &TextSpan, chars: &[TextChar], taken: &mut [bool]) -> Vec<Piece> {
    let mut out = Vec::new();
    for (c, t) in chars.iter().zip(taken.iter_mut()) {
        let inside = c.bbox.x >= s.bbox.x - 0.5
            && c.bbox.x <= s.bbox.x + s.bbox.width + 0.5
            && (c.bbox.y - s.bbox.y).abs() <= 0.3 * s.font_size.max(1.0);
        if *t || !inside {
            continue;
        }
        *t = true;
        if c.rotation_degrees != 0.0 || c.char.is_whitespace() || c.char.is_control() || !c.font_size.is_finite() {
            continue;
        }
        let name = c.font_name.to_ascii_lowercase();
        out.push(Piece {
            text: fold_ligatures(&c.char.to_string()).into_owned(),
            x0: c.bbox.x,
            x1: c.bbox.x + c.bbox.width.max(0.0),
            y: c.bbox.y,
            size: c.font_size.max(1.0),
            bold: c.font_weight as u16 >= FontWeight::SemiBold as u16 || name.contains("bold"),
            italic: c.is_italic || name.contains("italic") || name.contains("oblique"),
            note: false,
        });
    }
    out
}

/// Single characters merged back into pieces: glyphs of one style that
/// follow each other on a row (a space where they stand apart).
fn merge_chars(single: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::new();
    for row in rows(single) {
        let mut cur: Option<Piece> = None;
        for p in row {
            match cur.as_mut() {
                Some(c)
                    if c.bold == p.bold
                        && c.italic == p.italic
                        && (c.size - p.size).abs() < 0.1
                        && (c.y - p.y).abs() < 0.1 * p.size
                        && p.x0 - c.x1 < 0.5 * p.size
                        && p.x0 >= c.x1 - 0.3 * p.size =>
                {
                    if p.x0 - c.x1 > 0.12 * p.size {
                        c.text.push(' ');
                    }
                    c.text.push_str(&p.text);
                    c.x1 = c.x1.max(p.x1);
                }
                _ => {
                    out.extend(cur.take());
                    cur = Some(p);
                }
            }
        }
        out.extend(cur);
    }
    out
}
