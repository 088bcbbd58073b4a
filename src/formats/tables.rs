//! Tables of a word-processor document (Word, ODT) as blocks. A table in
//! the body is a `Row` per row, each cell's paragraphs joined by a space. A
//! table above the Subject line is a letterhead (the institution beside the
//! place and date, number and file codes; then From/To/Subject rows): it is
//! given as its text seeds have it, every cell paragraph a line of its own
//! and every `Key:` cell with its value on one line, so the segmenter reads
//! the same metadata from it as from a typed letterhead.

use super::{Block, BlockKind, Run};

/// A paragraph-level block, or a table: rows of cells of paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Block(Block),
    Table(Vec<Vec<Vec<Block>>>),
}

/// Keys that open the Subject line of a letterhead.
const SUBJECT_KEYS: &[&str] = &[
    "subject",
    "objet",
    "betreff",
    "asunto",
    "ärende",
    "oggetto",
    "onderwerp",
];

/// How many parts may stand before the Subject line of a letterhead.
const SEARCH: usize = 60;

/// The parts as blocks, letterhead tables laid out as lines.
pub fn lay_out(parts: Vec<Part>) -> Vec<Block> {
    let subject = parts.iter().take(SEARCH).position(|p| match p {
        Part::Block(b) => is_subject(&b.plain_text()),
        Part::Table(rows) => rows.iter().any(|r| r.iter().any(|c| is_subject(&cell_text(c)))),
    });
    let mut out = Vec::with_capacity(parts.len());
    for (i, part) in parts.into_iter().enumerate() {
        match part {
            Part::Block(b) => out.push(b),
            Part::Table(rows) if subject.is_some_and(|s| i <= s) => {
                for row in rows {
                    letterhead_row(row, &mut out);
                }
            }
            Part::Table(rows) => {
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| cell_text(c)).collect();
                    out.push(Block::new(BlockKind::Row(cells), ""));
                }
            }
        }
    }
    out
}

fn is_subject(text: &str) -> bool {
    let t = text.trim_start();
    let Some((key, _)) = t.split_once(':') else {
        return false;
    };
    SUBJECT_KEYS.contains(&key.trim().to_lowercase().as_str())
}

/// A `Key:` cell (`From:`, `Subject :`): short, ending with a colon.
fn is_key(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(':') && t.len() > 1 && t.split_whitespace().count() <= 3
}

fn letterhead_row(row: Vec<Vec<Block>>, out: &mut Vec<Block>) {
    let cells: Vec<Vec<Block>> = row.into_iter().filter(|c| !cell_text(c).trim().is_empty()).collect();
    if let Some(first) = cells.first()
        && is_key(&cell_text(first))
    {
        let line: Vec<String> = cells.iter().map(|c| cell_text(c)).collect();
        out.push(Block::new(BlockKind::Paragraph, line.join(" ")));
        return;
    }
    for cell in cells {
        let mut lines: Vec<String> = Vec::new();
        for b in cell {
            let text = block_text(&b).trim().to_string();
            if text.is_empty() {
                continue;
            }
            match lines.last_mut() {
                Some(last) if continues(last, &text) => {
                    last.push(' ');
                    last.push_str(&text);
                }
                _ => lines.push(text),
            }
        }
        out.extend(lines.into_iter().map(|l| Block::new(BlockKind::Paragraph, l)));
    }
}

/// Words a name broken over two letterhead lines ends a line with
/// (`Council of the` / `European Union`).
const CONNECTIVES: &[&str] = &[
    "of", "the", "and", "for", "on", "to", "de", "du", "des", "la", "le", "et", "der", "die", "für", "van", "het",
];

/// Whether `next` continues the name `line` began: `line` ends with a
/// connective and `next` holds no digit (a date or number stands alone).
fn continues(line: &str, next: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("").to_lowercase();
    CONNECTIVES.contains(&last.as_str()) && !next.chars().any(|c| c.is_ascii_digit())
}

/// A cell's paragraphs joined by a space.
fn cell_text(cell: &[Block]) -> String {
    let parts: Vec<String> = cell
        .iter()
        .map(block_text)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    parts.join(" ")
}

/// A block's text with its list label, as it reads in a cell.
fn block_text(b: &Block) -> String {
    let text: String = b
        .runs
        .iter()
        .filter_map(|r| match r {
            Run::Text { text, .. } => Some(text.as_str()),
            Run::Note(_) => None,
        })
        .collect();
    match &b.kind {
        BlockKind::Item { label: Some(l), .. } => format!("{l} {text}"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(paras: &[&str]) -> Vec<Block> {
        paras.iter().map(|p| Block::new(BlockKind::Paragraph, *p)).collect()
    }

    #[test]
    fn a_letterhead_table_reads_as_lines() {
        let parts = vec![
            Part::Table(vec![vec![
                cell(&["Council of the", "European Union"]),
                cell(&["Brussels, 17 November 2020", "(OR. en)", "12804/20"]),
            ]]),
            Part::Table(vec![
                vec![cell(&["From:"]), cell(&["General Secretariat"])],
                vec![cell(&["Subject:"]), cell(&["Council conclusions"])],
            ]),
            Part::Block(Block::new(BlockKind::Paragraph, "Body.")),
            Part::Table(vec![vec![cell(&["a", "b"]), cell(&[])]]),
        ];
        let texts: Vec<(BlockKind, String)> = lay_out(parts)
            .into_iter()
            .map(|b| (b.kind.clone(), b.plain_text()))
            .collect();
        let p = |s: &str| (BlockKind::Paragraph, s.to_string());
        assert_eq!(
            texts,
            [
                p("Council of the European Union"),
                p("Brussels, 17 November 2020"),
                p("(OR. en)"),
                p("12804/20"),
                p("From: General Secretariat"),
                p("Subject: Council conclusions"),
                p("Body."),
                (BlockKind::Row(vec!["a b".into(), String::new()]), String::new()),
            ]
        );
    }

    #[test]
    fn without_a_subject_tables_stay_rows() {
        let parts = vec![Part::Table(vec![vec![cell(&["From:"]), cell(&["x"])]])];
        assert_eq!(lay_out(parts)[0].kind, BlockKind::Row(vec!["From:".into(), "x".into()]));
    }
}
