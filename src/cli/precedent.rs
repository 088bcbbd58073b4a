//! `attache precedent`: where a passage's wording was used before — clauses
//! of the library sharing at least 8 of its words in order, oldest first,
//! with the differing words marked.

use std::io;
use std::process::ExitCode;

use attache::compare::{WordRun, marked_text};
use attache::library::Library;
use attache::reuse::{Reuse, ReuseIndex};
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

#[derive(Serialize)]
struct JsonReuse<'a> {
    doc: &'a str,
    label: &'a str,
    date: Option<&'a str>,
    shared: usize,
    closeness: f64,
    text: &'a str,
    words: Vec<JsonWords<'a>>,
}

#[derive(Serialize)]
struct JsonWords<'a> {
    op: &'static str,
    text: &'a str,
}

/// A query: the passage, its own clause (left out), and how to print.
pub struct Found<'a> {
    pub lib: &'a Library,
    pub index: &'a ReuseIndex,
    pub passage: String,
    pub own: Option<(usize, usize)>,
    pub limit: usize,
    pub json: bool,
}

/// Prints the clauses reusing the passage.
pub fn run(query: &Found) -> io::Result<ExitCode> {
    let (lib, limit, json) = (query.lib, query.limit, query.json);
    let mut found = query.index.find(lib, &query.passage, query.own);
    found.truncate(limit);
    let mut out = Printer::stdout();
    if json {
        let rows: Vec<JsonReuse> = found.iter().map(|r| row(lib, r)).collect();
        out.json(&rows)?;
    } else {
        if found.is_empty() {
            out.own("no clause of the library shares 8 words in order with it")?;
        }
        for r in &found {
            let d = &lib.documents[r.doc];
            out.line(&Shown::owned_line(format!(
                "{}  {} {}  {} words shared · closeness {:.2}",
                d.meta.date.as_deref().unwrap_or("----------"),
                d.id,
                d.clauses[r.clause].label,
                r.shared,
                r.closeness
            )))?;
            let runs: Vec<WordRun> = r
                .words
                .iter()
                .map(|(edit, text)| WordRun {
                    edit: *edit,
                    text: text.clone(),
                })
                .collect();
            out.line(&Shown::owned_line(format!("    {}", marked_text(&runs))))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn row<'a>(lib: &'a Library, r: &'a Reuse) -> JsonReuse<'a> {
    let d = &lib.documents[r.doc];
    JsonReuse {
        doc: &d.id,
        label: &d.clauses[r.clause].label,
        date: d.meta.date.as_deref(),
        shared: r.shared,
        closeness: (r.closeness * 1000.0).round() / 1000.0,
        text: d.clause_text(r.clause),
        words: r
            .words
            .iter()
            .map(|(e, t)| JsonWords { op: e.sign(), text: t })
            .collect(),
    }
}
