//! Reading order from positions. A page is read as a run of zones, top to
//! bottom: a zone is a stretch of rows that share vertical gutters (x ranges
//! no text crosses). A zone without gutters is read row by row; one with two
//! columns of full lines is prose in columns, read column by column; any other
//! zone with gutters is a table, whose rows become `Row` cells, so two
//! columns' words never meet in one sentence.

use super::model::Line;

/// What the page gives the paragraph builder, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Flow {
    Line(Line),
    /// A table row: the text of each column.
    Row {
        cells: Vec<String>,
        page: u32,
        y: f32,
    },
    /// The end of a column: the next line may continue a paragraph from above.
    ColumnBreak,
}

/// A row of lines sharing a baseline, left to right.
struct Row {
    y: f32,
    lines: Vec<Line>,
}

/// Lines to rows: one baseline each, top to bottom.
fn rows(mut lines: Vec<Line>) -> Vec<Row> {
    lines.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut rows: Vec<Row> = Vec::new();
    for l in lines {
        match rows.last_mut() {
            Some(r) if (r.y - l.y).abs() <= 0.3 * l.size.max(1.0) => r.lines.push(l),
            _ => rows.push(Row { y: l.y, lines: vec![l] }),
        }
    }
    for r in &mut rows {
        r.lines.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    rows
}

/// Free x ranges of a row between `left` and `right`, at least `min` wide.
fn free(row: &Row, left: f32, right: f32, min: f32) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    let mut x = left;
    for l in &row.lines {
        if l.x0 - x >= min {
            out.push((x, l.x0));
        }
        x = x.max(l.x1);
    }
    if right - x >= min {
        out.push((x, right));
    }
    out
}

fn intersect(a: &[(f32, f32)], b: &[(f32, f32)], min: f32) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    for &(a0, a1) in a {
        for &(b0, b1) in b {
            let (lo, hi) = (a0.max(b0), a1.min(b1));
            if hi - lo >= min {
                out.push((lo, hi));
            }
        }
    }
    out
}

/// Orders a page's body lines for reading.
pub fn order(lines: Vec<Line>, body_size: f32) -> Vec<Flow> {
    if lines.is_empty() {
        return Vec::new();
    }
    let left = lines.iter().map(|l| l.x0).fold(f32::INFINITY, f32::min);
    let right = lines.iter().map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max);
    let min = (1.5 * body_size).max(9.0);
    let rows = rows(lines);
    let mut out = Vec::new();
    let mut zone: Vec<Row> = Vec::new();
    let mut gutters: Vec<(f32, f32)> = Vec::new();
    for row in rows {
        let f = free(&row, left, right, min);
        let interior = |g: &[(f32, f32)]| -> Vec<(f32, f32)> {
            g.iter()
                .copied()
                .filter(|&(a, b)| a > left + 0.5 && b < right - 0.5)
                .collect()
        };
        if zone.is_empty() {
            gutters = f;
            zone.push(row);
            continue;
        }
        let next = intersect(&gutters, &f, min);
        // Rows of one cell above a row of several (a heading over a table)
        // must not narrow the table's gutters: the table starts a zone.
        let single_so_far = zone.iter().all(|r| r.lines.len() <= 1);
        let loses = row.lines.len() >= 2 && interior(&next).len() < interior(&f).len();
        if interior(&next).is_empty() || (single_so_far && loses) {
            emit_zone(std::mem::take(&mut zone), &interior(&gutters), &mut out);
            gutters = f;
        } else {
            gutters = next;
        }
        zone.push(row);
    }
    let g: Vec<(f32, f32)> = gutters
        .iter()
        .copied()
        .filter(|&(a, b)| a > left + 0.5 && b < right - 0.5)
        .collect();
    emit_zone(zone, &g, &mut out);
    out
}

fn emit_zone(zone: Vec<Row>, gutters: &[(f32, f32)], out: &mut Vec<Flow>) {
    // Gutters with text on both sides in this zone.
    let gutters: Vec<(f32, f32)> = gutters
        .iter()
        .copied()
        .filter(|&(a, b)| {
            let lines = || zone.iter().flat_map(|r| r.lines.iter());
            lines().filter(|l| l.x1 <= a + 0.5).count() >= 1 && lines().filter(|l| l.x0 >= b - 0.5).count() >= 1
        })
        .collect();
    // Text on both sides of a gutter on one baseline, or columns whose
    // baselines do not line up but hold several lines each.
    let side_by_side = zone.iter().any(|r| {
        r.lines.len() >= 2
            && gutters
                .iter()
                .any(|&(a, b)| r.lines.iter().any(|l| l.x1 <= a + 0.5) && r.lines.iter().any(|l| l.x0 >= b - 0.5))
    }) || gutters.iter().any(|&(a, b)| {
        let lines = || zone.iter().flat_map(|r| r.lines.iter());
        lines().filter(|l| l.x1 <= a + 0.5).count() >= 2 && lines().filter(|l| l.x0 >= b - 0.5).count() >= 2
    });
    if gutters.is_empty() || !side_by_side {
        // Read row by row; a row's cells (if any) left to right.
        for row in zone {
            for l in row.lines {
                out.push(Flow::Line(l));
            }
        }
        return;
    }
    let mut bounds: Vec<f32> = gutters.iter().map(|&(a, b)| (a + b) / 2.0).collect();
    bounds.sort_by(f32::total_cmp);
    let column = |l: &Line| bounds.iter().filter(|&&b| (l.x0 + l.x1) / 2.0 > b).count();
    let ncols = bounds.len() + 1;
    if ncols == 2 && is_prose(&zone, &column) {
        for c in 0..ncols {
            for row in &zone {
                for l in row.lines.iter().filter(|l| column(l) == c) {
                    out.push(Flow::Line(l.clone()));
                }
            }
            out.push(Flow::ColumnBreak);
        }
        return;
    }
    let column_count = |row: &Row| {
        let mut cs: Vec<usize> = row.lines.iter().map(&column).collect();
        cs.dedup();
        cs.len()
    };
    // One row of cells is no table (a masthead: `United Nations` … `A/RES/73/3`).
    let table = zone.iter().filter(|r| column_count(r) >= 2).count() >= 2;
    for row in zone {
        let filled = if !table { 1 } else { column_count(&row) };
        if filled < 2 {
            for l in row.lines {
                out.push(Flow::Line(l));
            }
            continue;
        }
        let mut cells = vec![String::new(); ncols];
        let page = row.lines.first().map_or(0, |l| l.page);
        for l in &row.lines {
            let c = &mut cells[column(l)];
            if !c.is_empty() {
                c.push(' ');
            }
            c.push_str(&l.plain());
        }
        out.push(Flow::Row { cells, page, y: row.y });
    }
}

/// Two columns of lines that mostly fill their column: text set in columns.
fn is_prose(zone: &[Row], column: &dyn Fn(&Line) -> usize) -> bool {
    (0..2).all(|c| {
        let lines: Vec<&Line> = zone
            .iter()
            .flat_map(|r| r.lines.iter())
            .filter(|l| column(l) == c)
            .collect();
        if lines.len() < 3 {
            return false;
        }
        let x0 = lines.iter().map(|l| l.x0).fold(f32::INFINITY, f32::min);
        let x1 = lines.iter().map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max);
        let full = lines.iter().filter(|l| l.width() >= 0.6 * (x1 - x0)).count();
        full * 2 >= lines.len()
    })
}
