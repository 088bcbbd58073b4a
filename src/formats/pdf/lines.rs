//! Spans to lines, from positions alone: spans on one baseline form a row
//! (whatever order the content stream drew them in), small raised digits join
//! the row below them as footnote markers, a row is cut into cells at gaps
//! wider than a tab, a printed label or a `From:` key is put back in front of
//! its text, and margin labels in a column of their own (`Pp1`) are dropped:
//! they are not text, and the segmenter does not read them as labels.

use super::glyphs::Rebuild;
use super::model::{Line, Page, Piece};
use super::words::{fold_ligatures, is_label};
use pdf_oxide::layout::{FontWeight, TextSpan};

/// Width of a blank underlined run that counts as a footnote separator.
const SEPARATOR_WIDTH: f32 = 60.0;

/// Builds one page's lines from pdf_oxide's spans.
pub fn page_from_spans(
    spans: &[TextSpan],
    mut rebuild: Option<Rebuild>,
    number: u32,
    media: Option<(f32, f32)>,
) -> Page {
    let mut page = Page::default();
    let mut pieces = Vec::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
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
        match rebuild.as_mut().and_then(|r| r.pieces(i, s)) {
            Some(rebuilt) => pieces.extend(rebuilt),
            None => pieces.push(piece(s)),
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
pub fn rows(mut pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
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
