//! `attache list`: one row per document.

use std::io;
use std::process::ExitCode;

use attache::document::Document;
use attache::library::Library;
use attache::shown::Shown;
use serde::Serialize;

use super::print::{Printer, warn};

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
    /// The format the file was read as (`pdf`, `docx`, `text`…).
    pub format: &'static str,
    /// Pages, for formats that have them.
    pub pages: Option<u32>,
    pub tracked_changes: bool,
    /// For an e-mail's attachment, its name.
    pub part: Option<&'a str>,
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
            format: d.format.as_str(),
            pages: d.pages,
            tracked_changes: d.tracked_changes,
            part: d.part.as_deref(),
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
            format: self.format,
            pages: self.pages,
            tracked_changes: self.tracked_changes,
            part: self.part,
            clauses,
        }
    }
}

pub fn run(lib: &Library, json: bool) -> io::Result<ExitCode> {
    let mut out = Printer::stdout();
    if json {
        let rows: Vec<ListRow> = lib.documents.iter().map(ListRow::new).collect();
        out.json(&rows)?;
    } else {
        let id_w = lib
            .documents
            .iter()
            .map(|d| Shown::line(&d.id).as_str().chars().count())
            .max()
            .unwrap_or(2)
            .max(2);
        let num_w = lib
            .documents
            .iter()
            .filter_map(|d| d.meta.number.as_deref())
            .map(|n| Shown::line(n).as_str().chars().count())
            .max()
            .unwrap_or(1)
            .max(6);
        out.line(&Shown::owned_line(format!(
            "{:id_w$}  {:10}  {:num_w$}  {:8}  {:>7}  TITLE",
            "ID", "DATE", "NUMBER", "MARKING", "CLAUSES"
        )))?;
        for d in &lib.documents {
            let m = &d.meta;
            let field = |v: Option<&'_ str>| Shown::line(v.unwrap_or("-")).into_string();
            out.line(&Shown::owned_line(format!(
                "{:id_w$}  {:10}  {:num_w$}  {:8}  {:>7}  {}",
                Shown::line(&d.id),
                field(m.date.as_deref()),
                field(m.number.as_deref()),
                field(m.marking.as_deref()),
                d.clauses.len(),
                Shown::line(d.display_title())
            )))?;
        }
    }
    out.flush()?;
    Ok(if lib.documents.is_empty() {
        warn(&Shown::line("attache: no documents loaded"));
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
