//! Spans to lines, from positions alone: spans on one baseline form a row
//! (whatever order the content stream drew them in), small raised digits join
//! the row below them as footnote markers, a row is cut into cells at gaps
//! wider than a tab, a printed label or a `From:` key is put back in front of
//! its text, and margin labels in a column of their own (`Pp1`) are dropped:
//! they are not text, and the segmenter does not read them as labels.

use super::model::{Line, Page, Piece};
use super::words::{fold_ligatures, is_label};
use pdf_oxide::layout::{FontWeight, TextChar, TextSpan};

/// Width of a blank underlined run that counts as a footnote separator.
const SEPARATOR_WIDTH: f32 = 60.0;

/// Builds one page's lines from pdf_oxide's spans.
pub fn page_from_spans(
    spans: &[TextSpan],
    chars: Option<(&[bool], &[TextChar])>,
    number: u32,
    media: Option<(f32, f32)>,
) -> Page {
    let mut page = Page::default();
    let mut pieces = Vec::with_capacity(spans.len());
    let mut taken = chars.map(|(_, c)| vec![false; c.len()]);
    for (i, s) in spans.iter().enumerate() {
        let mut rebuild = match (chars, taken.as_mut()) {
            (Some((bad, c)), Some(t)) => Some((bad, c, t.as_mut_slice())),
            _ => None,
        };
        let rebuild = rebuild.as_mut().map(|(b, c, t)| (*b, *c, &mut **t));
        if s.rotation_degrees != 0.0 || !s.font_size.is_finite() || !s.bbox.x.is_finite() || !s.bbox.y.is_finite() {
            continue;
        }
        // A rule typed as underscores (UN documents) is a separator, not text.
        let typed_rule =
            s.text.trim().chars().count() >= 5 && s.text.trim().chars().all(|c| matches!(c, '_' | '─' | '━'));
        if s.text.trim().is_empty() || typed_rule {
            if s.bbox.width >= SEPARATOR_WIDTH && s.font_size >= 5.0 {
                page.separators.push(s.bbox.y);
            }
            continue;
        }
        // Hidden text in a tiny font (PDFMaker leaves some) is no reading.
        if s.font_size < 2.5 {
            continue;
        }
        match rebuild {
            Some((bad, chars, taken)) if bad.get(i).copied().unwrap_or(false) => {
                let glyphs = chars_of(s, chars, taken);
                if glyphs.is_empty() {
                    pieces.push(piece(s));
                } else {
                    pieces.extend(merge_chars(glyphs));
                }
            }
            _ => pieces.push(piece(s)),
        }
    }
    let (bottom, top) = media.unwrap_or_else(|| {
        let lo = pieces.iter().map(|p| p.y).fold(f32::INFINITY, f32::min);
        let hi = pieces.iter().map(|p| p.y + p.size).fold(f32::NEG_INFINITY, f32::max);
        if lo.is_finite() {
            (lo - 36.0, hi + 36.0)
        } else {
            (0.0, 842.0)
        }
    });
    page.bottom = bottom;
    page.top = top;
    let rows = attach_markers(rows(pieces));
    let mut rows: Vec<Vec<Line>> = rows.into_iter().map(|r| cells(r, number)).collect();
    drop_margin_labels(&mut rows);
    page.lines = rows.into_iter().flat_map(merge_labels).collect();
    page
}

/// Spans whose text is not in the order of their glyphs: pdf_oxide keeps a
/// span's text in drawing order, and some producers draw `7 and 9` as `7`,
/// `9`, then `and` over the gap. Such spans (glyphs that jump, or a span that
/// overlaps its neighbour on the baseline) are rebuilt from the page's
/// characters, whose positions are right. `None` when every span is in order.
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

fn piece(s: &TextSpan) -> Piece {
    let name = s.font_name.to_ascii_lowercase();
    let bold = s.font_weight as u16 >= FontWeight::SemiBold as u16
        || ["bold", "black", "heavy", "semibold", "demi"]
            .iter()
            .any(|k| name.contains(k));
    let italic = s.is_italic || name.contains("italic") || name.contains("oblique");
    let text: String = fold_ligatures(&s.text)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    Piece {
        text,
        x0: s.bbox.x,
        x1: s.bbox.x + s.bbox.width.max(0.0),
        y: s.bbox.y,
        size: s.font_size.max(1.0),
        bold,
        italic,
        note: false,
    }
}

/// Text that can be a footnote marker: `2`, `12`, `*`, `†`.
pub fn marker_like(t: &str) -> bool {
    let t = t.trim();
    (1..=3).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
        || (1..=3).contains(&t.chars().count()) && t.chars().all(|c| matches!(c, '*' | '†' | '‡' | '§'))
}

/// Pieces grouped by baseline, top row first, each row left to right.
fn rows(mut pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    pieces.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut rows: Vec<(f32, f32, Vec<Piece>)> = Vec::new();
    for p in pieces {
        match rows.last_mut() {
            Some((y, size, row)) if (*y - p.y).abs() <= 0.3 * size.max(p.size) => {
                if p.size > *size {
                    *y = p.y;
                    *size = p.size;
                }
                row.push(p);
            }
            _ => rows.push((p.y, p.size, vec![p])),
        }
    }
    rows.into_iter()
        .map(|(_, _, mut row)| {
            row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            row
        })
        .collect()
}

fn dominant_size(row: &[Piece]) -> f32 {
    let mut best = (0usize, 0.0f32);
    for p in row {
        let n = p.text.chars().filter(|c| !c.is_whitespace()).count();
        if n > best.0 || (n == best.0 && p.size > best.1) {
            best = (n, p.size);
        }
    }
    best.1
}

/// Raised markers that formed a row of their own move into the row below
/// them; small markers inside a row are flagged.
fn attach_markers(mut rows: Vec<Vec<Piece>>) -> Vec<Vec<Piece>> {
    let mut i = 0;
    while i + 1 < rows.len() {
        let all_markers = rows[i].iter().all(|p| marker_like(&p.text));
        if all_markers {
            let y = rows[i].iter().map(|p| p.y).fold(f32::NEG_INFINITY, f32::max);
            let size = rows[i].iter().map(|p| p.size).fold(0.0, f32::max);
            let below = &rows[i + 1];
            let (by, bsize) = (
                below.iter().map(|p| p.y).fold(f32::NEG_INFINITY, f32::max),
                dominant_size(below),
            );
            let bx0 = below.iter().map(|p| p.x0).fold(f32::INFINITY, f32::min);
            let bx1 = below.iter().map(|p| p.x1).fold(f32::NEG_INFINITY, f32::max);
            // Beside the row: at most a tab left of it (a note's marker) or just past its end.
            let near = rows[i].iter().all(|p| p.x0 >= bx0 - 3.5 * bsize && p.x0 <= bx1 + bsize);
            if y > by && y - by <= 0.7 * bsize && size <= 0.85 * bsize && near {
                let mut moved = std::mem::take(&mut rows[i]);
                for p in &mut moved {
                    p.note = true;
                }
                rows[i + 1].extend(moved);
                rows[i + 1].sort_by(|a, b| a.x0.total_cmp(&b.x0));
                rows.remove(i);
                continue;
            }
        }
        i += 1;
    }
    for row in &mut rows {
        let size = dominant_size(row);
        let n = row.len();
        for j in 0..n {
            let p = &row[j];
            let lowered = row
                .iter()
                .any(|q| !std::ptr::eq(q, p) && q.size >= size * 0.99 && p.y < q.y - 0.1 * q.size);
            if n > 1 && marker_like(&p.text) && p.size <= 0.8 * size && !lowered {
                row[j].note = true;
            }
        }
    }
    rows.retain(|r| !r.is_empty());
    rows
}

/// A row cut into cells where the gap between pieces is wider than a tab.
fn cells(row: Vec<Piece>, page: u32) -> Vec<Line> {
    let mut out: Vec<Vec<Piece>> = Vec::new();
    for p in row {
        match out.last_mut() {
            Some(cell) => {
                let last = cell.last().map_or(p.x0, |q| q.x1);
                let size = cell.last().map_or(p.size, |q| q.size).max(p.size);
                // A note's marker keeps its text however far the tab sets it.
                let marker_only = cell.iter().all(|q| q.note);
                if p.x0 - last > 1.2 * size && !p.note && !marker_only {
                    out.push(vec![p]);
                } else {
                    cell.push(p);
                }
            }
            None => out.push(vec![p]),
        }
    }
    out.into_iter().map(|pieces| Line::new(pieces, page)).collect()
}

/// `Subject:` and similar keys of a header table, put back before their value.
fn is_field_key(t: &str) -> bool {
    let t = t.trim();
    t.ends_with(':')
        && t.len() <= 32
        && t.split_whitespace().count() <= 4
        && t.chars().next().is_some_and(char::is_uppercase)
}

/// A label cell (`12.`, `(a)`, `From:`) and the text cell right of it are one line.
fn merge_labels(mut cells: Vec<Line>) -> Vec<Line> {
    let mut i = 0;
    while i + 1 < cells.len() {
        let t = cells[i].plain();
        if is_label(&t) || is_field_key(&t) {
            let next = cells.remove(i + 1);
            cells[i].pieces.extend(next.pieces);
            cells[i].measure();
            continue;
        }
        i += 1;
    }
    cells
}

/// Left edge of the text body: the most common start of lines with some text.
pub fn body_left(lines: &[Line]) -> Option<f32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for l in lines.iter().filter(|l| l.width() > 100.0) {
        let k = l.x0.round() as i32;
        match counts.iter_mut().find(|(x, _)| (x - k).abs() <= 1) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
    counts.iter().max_by_key(|(x, n)| (*n, -x)).map(|(x, _)| *x as f32)
}

/// Margin tokens left of the text body, on no text line's baseline: numbered
/// labels join the row they stand beside; other tokens (`Pp1`, line numbers)
/// are dropped. Rows are still cells here, so a label cell does not move the
/// body's left edge.
fn drop_margin_labels(rows: &mut Vec<Vec<Line>>) {
    let all: Vec<Line> = rows.iter().flatten().cloned().collect();
    let Some(left) = body_left(&all) else {
        return;
    };
    let mut i = 0;
    while i < rows.len() {
        let margin = match rows[i].as_slice() {
            [l] => {
                let n = l.plain().chars().count();
                l.x1 < left - 2.0 && (1..=6).contains(&n)
            }
            _ => false,
        };
        if !margin {
            i += 1;
            continue;
        }
        let label = rows.remove(i);
        let l = &label[0];
        if super::words::is_label(&l.plain())
            && let Some(next) = rows.get_mut(i)
            && next
                .first()
                .is_some_and(|o| o.x0 >= left - 2.0 && l.y >= o.y && l.y - o.y <= o.size)
        {
            // A label set a little above its line's baseline.
            let mut cell = label[0].clone();
            let y = next[0].y;
            for p in &mut cell.pieces {
                p.y = y;
            }
            cell.measure();
            next.insert(0, cell);
        }
    }
}
