//! `attache list`: one row per document.

use std::io::{self, Write};
use std::process::ExitCode;

use attache::document::Document;
use attache::library::Library;
use serde::Serialize;

/// One element of `list --json` (documented in the README). `show --json`
/// reuses it with `clauses` as the list of clauses instead of their count.
#[derive(Serialize)]
pub struct ListRow<'a, C = usize> {
    pub id: &'a str,
    pub path: String,
    pub title: Option<&'a str>,
    pub date: Option<&'a str>,
    pub number: Option<&'a str>,
    pub marking: Option<&'a str>,
    pub codes: &'a [String],
    pub clauses: C,
}

impl<'a> ListRow<'a> {
    pub fn new(d: &'a Document) -> Self {
        ListRow {
            id: &d.id,
            path: d.path.display().to_string(),
            title: d.meta.title.as_deref(),
            date: d.meta.date.as_deref(),
            number: d.meta.number.as_deref(),
            marking: d.meta.marking.as_deref(),
            codes: &d.meta.codes,
            clauses: d.clauses.len(),
        }
    }

    /// The same row carrying `clauses` instead of the count.
    pub fn with_clauses<C>(self, clauses: C) -> ListRow<'a, C> {
        ListRow {
            id: self.id,
            path: self.path,
            title: self.title,
            date: self.date,
            number: self.number,
            marking: self.marking,
            codes: self.codes,
            clauses,
        }
    }
}

pub fn run(lib: &Library, json: bool) -> io::Result<ExitCode> {
    let mut out = super::stdout();
    if json {
        let rows: Vec<ListRow> = lib.documents.iter().map(ListRow::new).collect();
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        let id_w = lib
            .documents
            .iter()
            .map(|d| d.id.chars().count())
            .max()
            .unwrap_or(2)
            .max(2);
        let num_w = lib
            .documents
            .iter()
            .filter_map(|d| d.meta.number.as_deref())
            .map(|n| n.chars().count())
            .max()
            .unwrap_or(1)
            .max(6);
        writeln!(
            out,
            "{:id_w$}  {:10}  {:num_w$}  {:8}  {:>7}  TITLE",
            "ID", "DATE", "NUMBER", "MARKING", "CLAUSES"
        )?;
        for d in &lib.documents {
            let m = &d.meta;
            writeln!(
                out,
                "{:id_w$}  {:10}  {:num_w$}  {:8}  {:>7}  {}",
                d.id,
                m.date.as_deref().unwrap_or("-"),
                m.number.as_deref().unwrap_or("-"),
                m.marking.as_deref().unwrap_or("-"),
                d.clauses.len(),
                d.display_title()
            )?;
        }
    }
    out.flush()?;
    Ok(if lib.documents.is_empty() {
        eprintln!("attache: no documents loaded");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
