//! `attache bookmarks`: list, add, remove and export bookmarks from scripts,
//! through the same store, lock and merge as the reader. Listing and export
//! without paths resolve bookmarks against the seeds plus every file a
//! bookmark names, so bookmarks on the user's own briefings are not orphaned.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use attache::bookmarks::{Bookmark, BookmarkStore, Match, Place, Resolved};
use attache::document::Document;
use attache::ingest::{load_file, load_seeds};
use attache::labels::find_clause;
use attache::library::Library;
use attache::shown::Shown;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::print::{Printer, warn, warn_owned};

mod export;

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BookmarksArgs {
    #[command(subcommand)]
    action: Option<Action>,
    /// Print a JSON array instead of rows
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand, Debug)]
enum Action {
    /// The bookmarked clauses (the same as `attache bookmarks`)
    List {
        /// Print a JSON array instead of rows
        #[arg(long)]
        json: bool,
    },
    /// Bookmark a clause (or set the note of its bookmark)
    Add {
        /// Document id, file name, or a fragment of its title
        doc: String,
        /// Clause label as `attache show` prints it (`3.`, `(b)`, `¶4`) or as the document does (`3`, `2(b)`)
        label: String,
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
        /// A short note kept with the bookmark
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove the bookmarks on a clause
    Remove {
        doc: String,
        label: String,
        /// Files or folders (default: the bundled sample briefings)
        paths: Vec<PathBuf>,
    },
    /// Print the bookmarked clauses as a Markdown brief
    Export {
        /// Markdown (the only format, and the default)
        #[arg(long)]
        markdown: bool,
        /// Files or folders (default: the seeds and the files bookmarks name)
        paths: Vec<PathBuf>,
    },
}

pub fn run(args: BookmarksArgs, cache: bool) -> io::Result<ExitCode> {
    let Some(path) = attache::config::bookmarks_path() else {
        warn(&Shown::line("attache: no configuration folder (is HOME set?)"));
        return Ok(ExitCode::from(1));
    };
    let (mut store, warning) = BookmarkStore::open(path);
    if let Some(w) = warning {
        warn_owned(format!("warning: {w}"));
    }
    match args.action {
        None => {
            let lib = bookmarked_library(&store, &[], cache);
            list(&store, &lib, args.json)
        }
        Some(Action::List { json }) => {
            let lib = bookmarked_library(&store, &[], cache);
            list(&store, &lib, json || args.json)
        }
        Some(Action::Add {
            doc,
            label,
            paths,
            note,
        }) => add(&mut store, &doc, &label, &paths, note, cache),
        Some(Action::Remove { doc, label, paths }) => remove(&mut store, &doc, &label, &paths, cache),
        Some(Action::Export { markdown: _, paths }) => {
            let lib = bookmarked_library(&store, &paths, cache);
            export::run(&store, &lib)
        }
    }
}

/// The library given on the command line, or else the seeds plus every file
/// named by a bookmark that still exists (silently: a missing one is an orphan).
fn bookmarked_library(store: &BookmarkStore, paths: &[PathBuf], cache: bool) -> Library {
    if !paths.is_empty() {
        return super::load(paths, cache);
    }
    let named: BTreeSet<&Path> = store
        .bookmarks()
        .iter()
        .map(|b| b.path.as_path())
        .filter(|p| p.is_absolute() && p.is_file())
        .collect();
    let (extractor, _) = attache::config::load_extractor();
    let mut lib = Library::default();
    lib.add(load_seeds(&extractor));
    lib.add(
        named
            .into_iter()
            .flat_map(|p| load_file(p.to_path_buf(), &extractor))
            .filter(Result::is_ok)
            .collect(),
    );
    lib
}

/// Saves, reporting a failure on stderr (exit 1).
fn save(store: &mut BookmarkStore) -> Option<ExitCode> {
    match store.save() {
        Ok(warning) => {
            if let Some(w) = warning {
                warn_owned(format!("warning: {w}"));
            }
            None
        }
        Err(e) => {
            warn_owned(format!("attache: bookmarks not saved: {e}"));
            Some(ExitCode::from(1))
        }
    }
}

/// Document and clause named on the command line, or the exit code after a message.
fn locate(lib: &Library, doc: &str, label: &str) -> Result<(usize, usize), ExitCode> {
    let d = super::find(lib, doc).ok_or(ExitCode::from(1))?;
    let document = &lib.documents[d];
    // The label as `show` prints it, else as the document prints it (`14`, `14(b)`).
    match document
        .find_label(label)
        .or_else(|| find_clause(document, label).map(|f| f.clause()))
    {
        Some(c) => Ok((d, c)),
        None => {
            warn_owned(format!(
                "attache: {} has no clause labelled {label:?} (see `attache show {}`)",
                document.id, document.id
            ));
            Err(ExitCode::from(1))
        }
    }
}

fn add(
    store: &mut BookmarkStore,
    doc: &str,
    label: &str,
    paths: &[PathBuf],
    note: Option<String>,
    cache: bool,
) -> io::Result<ExitCode> {
    let lib = super::load(paths, cache);
    let (d, c) = match locate(&lib, doc, label) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let document = &lib.documents[d];
    let existing = store.at(&lib, d, c).first().map(|b| b.id.clone());
    let message = match existing {
        Some(id) if note.is_some() => {
            store.set_note(&id, note);
            "note set on"
        }
        Some(_) => "already bookmarked:",
        None => {
            // Checked again under the lock: another add of this clause may be saving now.
            let b = Bookmark::new(document, c, note.clone(), attache::durable::now());
            let id = b.id.clone();
            store.add_once(b);
            if let Some(code) = save(store) {
                return Ok(code);
            }
            match (store.get(&id), note) {
                (Some(_), _) => "bookmarked",
                (None, Some(_)) => "note set on",
                (None, None) => "already bookmarked:",
            }
        }
    };
    if let Some(code) = save(store) {
        return Ok(code);
    }
    let mut out = Printer::stdout();
    let label = &document.clauses[c].label;
    out.line(&Shown::owned_line(format!("{message} {} {label}", document.id)))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn remove(store: &mut BookmarkStore, doc: &str, label: &str, paths: &[PathBuf], cache: bool) -> io::Result<ExitCode> {
    let lib = super::load(paths, cache);
    let label = label.trim();
    let target = lib.find(doc).ok().and_then(|d| {
        let document = &lib.documents[d];
        let c = document
            .find_label(label)
            .or_else(|| find_clause(document, label).map(|f| f.clause()));
        c.map(|c| (d, c))
    });
    let target_id = target.map(|(d, _)| lib.documents[d].id.as_str());
    // Orphans are removed by the document id and label they were saved with.
    let ids: Vec<String> = store
        .bookmarks()
        .iter()
        .zip(store.anchor(&lib))
        .filter(|(b, r)| match r.place.location() {
            Some(at) => Some(at) == target,
            None => (b.doc_id == doc.trim() || Some(b.doc_id.as_str()) == target_id) && b.label == label,
        })
        .map(|(b, _)| b.id.clone())
        .collect();
    if ids.is_empty() {
        if target.is_some() {
            warn_owned(format!(
                "attache: no bookmark on {} {label}",
                target_id.unwrap_or(doc.trim())
            ));
        } else if let Err(code) = locate(&lib, doc, label) {
            return Ok(code);
        }
        return Ok(ExitCode::from(1));
    }
    for id in &ids {
        store.remove(id);
    }
    if let Some(code) = save(store) {
        return Ok(code);
    }
    let mut out = Printer::stdout();
    let doc = target_id.unwrap_or(doc.trim());
    out.line(&Shown::owned_line(format!(
        "removed {} bookmark(s) on {doc} {label}",
        ids.len()
    )))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Bookmarks with where they landed: found ones in document then clause
/// order, orphans last, oldest first.
fn ordered<'a>(store: &'a BookmarkStore, lib: &Library) -> Vec<(&'a Bookmark, Resolved)> {
    let mut rows: Vec<_> = store.bookmarks().iter().zip(store.anchor(lib)).collect();
    rows.sort_by_key(|(b, r)| (r.place.location().unwrap_or((usize::MAX, usize::MAX)), b.created));
    rows
}

/// One row of `attache bookmarks --json`.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    /// The document's id in this library (`null` when orphaned).
    doc: Option<&'a str>,
    title: &'a str,
    path: &'a Path,
    /// The clause label now (as saved when orphaned).
    label: &'a str,
    /// The clause's text now (`null` when orphaned).
    text: Option<&'a str>,
    quote: &'a str,
    note: Option<&'a str>,
    created: u64,
    updated: u64,
    orphaned: bool,
    /// `unchanged`, `quote`, `fuzzy`, `label`, `index`, or `null` when orphaned.
    anchor: Option<&'static str>,
}

fn row<'a>(b: &'a Bookmark, r: &Resolved, lib: &'a Library) -> Row<'a> {
    let (doc, clause, how) = match r.place {
        Place::Clause { doc, clause, how } => (Some(&lib.documents[doc]), Some(clause), Some(how)),
        Place::Orphaned { .. } => (None, None, None),
    };
    let found = doc.zip(clause);
    Row {
        id: &b.id,
        doc: doc.map(|d| d.id.as_str()),
        title: doc.map_or(b.display_title(), Document::display_title),
        path: doc.map_or(b.path.as_path(), |d| d.path.as_path()),
        label: found.map_or(b.label.as_str(), |(d, c)| d.clauses[c].label.as_str()),
        text: found.map(|(d, c)| d.clause_text(c)),
        quote: &b.quote.exact,
        note: b.note.as_deref(),
        created: b.created,
        updated: b.updated,
        orphaned: r.place.is_orphaned(),
        anchor: how.map(match_name),
    }
}

fn match_name(how: Match) -> &'static str {
    match how {
        Match::Unchanged => "unchanged",
        Match::Quote => "quote",
        Match::Fuzzy => "fuzzy",
        Match::Label => "label",
        Match::Index => "index",
    }
}

fn list(store: &BookmarkStore, lib: &Library, json: bool) -> io::Result<ExitCode> {
    let rows: Vec<Row> = ordered(store, lib).iter().map(|(b, r)| row(b, r, lib)).collect();
    let mut out = Printer::stdout();
    if json {
        out.json(&rows)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    // Every field from outside (ids, titles, notes, quotes) is shown before
    // it is measured and padded.
    let shown = |s: &str| Shown::line(s).into_string();
    let width = rows
        .iter()
        .map(|r| shown(r.doc.unwrap_or(r.title)).chars().count())
        .max()
        .unwrap_or(0)
        .clamp(8, 40);
    out.line(&Shown::owned_line(format!(
        "{:<width$}  {:<6}  {:<16}  {:<8}  {:<48}  NOTE",
        "DOCUMENT", "LABEL", "SAVED", "STATE", "SNIPPET"
    )))?;
    for r in &rows {
        let state = match (r.orphaned, r.anchor) {
            (true, _) => "orphaned",
            (false, Some("unchanged")) => "",
            (false, Some("quote")) => "moved",
            _ => "approx",
        };
        let doc = clip(&shown(r.doc.unwrap_or(r.title)), width);
        let snippet = clip(&shown(r.text.unwrap_or(r.quote)), 48);
        let note = shown(r.note.unwrap_or(""));
        out.line(&Shown::owned_line(format!(
            "{doc:<width$}  {:<6}  {:<16}  {state:<8}  {snippet:<48}  {note}",
            shown(r.label),
            utc_minutes(r.updated)
        )))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// At most `max` characters, with `…` when cut.
fn clip(text: &str, max: usize) -> String {
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Unix seconds as `YYYY-MM-DD HH:MM` (UTC), by the days-from-civil inverse.
fn utc_minutes(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {h:02}:{m:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_unix_seconds_as_utc_minutes() {
        assert_eq!(utc_minutes(0), "1970-01-01 00:00");
        assert_eq!(utc_minutes(1_711_461_720), "2024-03-26 14:02");
        assert_eq!(utc_minutes(951_782_400), "2000-02-29 00:00");
    }

    #[test]
    fn clips_long_text_with_an_ellipsis() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("a  b\nc", 10), "a b c");
        assert_eq!(clip("abcdefghij", 5), "abcd…");
    }
}
