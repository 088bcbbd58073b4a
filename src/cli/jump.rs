//! `attache jump QUERY`: the palette's ranking for scripts, one candidate per
//! line as `kind<TAB>document<TAB>clause<TAB>text` (like `fzf --filter`);
//! `--list` prints every candidate for piping into fzf. Every row's document
//! and clause fields are a place `attache open` accepts (an entity's: its first
//! mention), so `attache jump --list | fzf | attache open -` opens the reader there.

use std::io;
use std::process::ExitCode;

use attache::jump::{BookmarkEntry, JumpIndex};
use attache::library::Library;
use attache::shown::Shown;
use serde::Serialize;

use super::print::{Printer, warn_owned};
use attache::bookmarks::{BookmarkStore, Place};

#[derive(Serialize)]
struct JumpRow<'a> {
    kind: &'static str,
    doc: Option<&'a str>,
    clause: Option<&'a str>,
    text: String,
    score: i64,
}

/// The user's bookmarks as `jump` lists them, resolved against `lib`; none
/// when there is no store (a warning about the file goes to stderr).
pub(super) fn bookmark_entries(lib: &Library) -> Vec<BookmarkEntry> {
    let Some(path) = attache::config::bookmarks_path() else {
        return Vec::new();
    };
    let (store, warning) = BookmarkStore::open(path);
    if let Some(w) = warning {
        warn_owned(format!("warning: {w}"));
    }
    store
        .bookmarks()
        .iter()
        .zip(store.anchor(lib))
        .map(|(b, r)| {
            let (doc, clause) = match r.place {
                Place::Clause { doc, clause, .. } => (Some(doc as u32), Some(clause as u32)),
                Place::Orphaned { doc } => (doc.map(|d| d as u32), None),
            };
            let label = match r.place.location() {
                Some((d, c)) => lib.documents[d].clauses[c].label.clone(),
                None => b.label.clone(),
            };
            BookmarkEntry {
                doc,
                clause,
                label,
                note: b.note.clone().unwrap_or_default(),
                quote: b.quote.exact.clone(),
            }
        })
        .collect()
}

pub fn run(
    lib: &Library,
    bookmarks: &[BookmarkEntry],
    query: Option<&str>,
    limit: usize,
    json: bool,
) -> io::Result<ExitCode> {
    let mut index = JumpIndex::build(lib);
    index.set_bookmarks(lib, bookmarks);
    let ids: Vec<(u32, i64)> = match query {
        Some(q) => index
            .search(q, limit, None)
            .hits
            .iter()
            .map(|h| (h.candidate, h.score))
            .collect(),
        None => index.all().map(|i| (i, 0)).collect(),
    };
    let rows = ids.iter().map(|&(i, score)| {
        let r = index.describe(lib, index.target(i));
        JumpRow {
            kind: index.kind(i).as_str(),
            doc: r.doc,
            clause: r.clause,
            text: r.text,
            score,
        }
    });
    let mut out = Printer::stdout();
    let mut found = false;
    if json {
        let rows: Vec<JumpRow> = rows.collect();
        found = !rows.is_empty();
        out.json(&rows)?;
    } else {
        for r in rows {
            found = true;
            // Each field shown as one line: a tab or line feed in a name
            // (a file stem, an entity) cannot split the row into columns.
            out.row(&[
                Shown::line(r.kind),
                Shown::line(r.doc.unwrap_or("")),
                Shown::line(r.clause.unwrap_or("")),
                Shown::line(&r.text),
            ])?;
        }
    }
    out.flush()?;
    Ok(if found { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
