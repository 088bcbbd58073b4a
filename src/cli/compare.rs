//! `attache compare A B`: two versions aligned clause by clause, as text with
//! `[-deleted-]{+inserted+}` marks and a summary line, or as JSON.

use std::io;
use std::process::ExitCode;

use attache::compare::{Change, Comparison, Op, compare, labels as all_labels, marked_text};
use attache::document::Document;
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

#[derive(Serialize)]
struct JsonChange<'a> {
    op: &'static str,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    words: Vec<JsonWords<'a>>,
}

#[derive(Serialize)]
struct JsonWords<'a> {
    op: &'static str,
    text: &'a str,
}

pub fn run(old: &Document, new: &Document, json: bool) -> io::Result<ExitCode> {
    let cmp = compare(old, new);
    let mut out = Printer::stdout();
    if json {
        let rows: Vec<JsonChange> = cmp
            .changes
            .iter()
            .map(|c| JsonChange {
                op: c.op.as_str(),
                old: labels(old, &c.old),
                new: labels(new, &c.new),
                words: c
                    .words
                    .iter()
                    .map(|w| JsonWords {
                        op: w.edit.sign(),
                        text: &w.text,
                    })
                    .collect(),
            })
            .collect();
        out.json(&rows)?;
    } else {
        write_text(&mut out, old, new, &cmp)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn labels<'a>(doc: &'a Document, idx: &[usize]) -> Vec<&'a str> {
    idx.iter().map(|&i| doc.clauses[i].label.as_str()).collect()
}

/// Every change but the clauses left as they were: a line naming it
/// (`moved  14. → 15.`), its words marked, a blank line; then the summary.
fn write_text(out: &mut Printer, old: &Document, new: &Document, cmp: &Comparison) -> io::Result<()> {
    out.line(&Shown::owned_line(format!(
        "{} ({}) → {} ({})",
        old.display_title(),
        old.id,
        new.display_title(),
        new.id
    )))?;
    for c in cmp.changes.iter().filter(|c| c.op != Op::Same) {
        out.own("")?;
        out.line(&Shown::owned_line(heading(old, new, c)))?;
        let words = if c.op == Op::Moved && !c.reworded() {
            c.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
        } else {
            marked_text(&c.words)
        };
        if !words.is_empty() {
            out.line(&Shown::owned_line(format!("    {words}")))?;
        }
    }
    out.own("")?;
    let summary = cmp.summary(&all_labels(old), &all_labels(new));
    out.line(&Shown::owned_line(summary.to_string()))
}

/// `changed  4) → 5)`, `deleted  3)`, `split  1) → 1), 2)`.
fn heading(old: &Document, new: &Document, c: &Change) -> String {
    let (o, n) = (labels(old, &c.old).join(", "), labels(new, &c.new).join(", "));
    let what = match c.op {
        Op::Moved if c.reworded() => "moved and changed",
        op => op.as_str(),
    };
    match (o.is_empty(), n.is_empty()) {
        (true, _) => format!("{what:<8} {n}"),
        (_, true) => format!("{what:<8} {o}"),
        _ => format!("{what:<8} {o} → {n}"),
    }
}
