//! `attache bookmarks export`: the bookmarked clauses as a Markdown brief to
//! paste into meeting notes: per document its title, number and date, then
//! each clause quoted under its label with its citation and note.

use std::io::{self, Write};
use std::process::ExitCode;

use attache::bookmarks::{Bookmark, BookmarkStore};
use attache::citation::{citation, long_date};
use attache::library::Library;

use super::ordered;

pub(super) fn run(store: &BookmarkStore, lib: &Library) -> io::Result<ExitCode> {
    let rows = ordered(store, lib);
    let mut out = crate::cli::stdout();
    writeln!(out, "# Bookmarks")?;
    let mut current: Option<usize> = None;
    for (b, r) in rows.iter().filter(|(_, r)| !r.place.is_orphaned()) {
        let Some((d, c)) = r.place.location() else { continue };
        let doc = &lib.documents[d];
        if current != Some(d) {
            current = Some(d);
            writeln!(out, "\n## {}\n", doc.display_title())?;
            let facts: Vec<String> = doc
                .meta
                .number
                .iter()
                .cloned()
                .chain(doc.meta.date.as_deref().map(long_date))
                .collect();
            if !facts.is_empty() {
                writeln!(out, "{}\n", facts.join(" · "))?;
            }
        }
        writeln!(out, "### {}\n", doc.clauses[c].label)?;
        quote_lines(&mut out, doc.clause_text(c))?;
        writeln!(out, ">\n> {}\n", citation(doc, c))?;
        note_line(&mut out, b)?;
    }
    let orphans: Vec<_> = rows.iter().filter(|(_, r)| r.place.is_orphaned()).collect();
    if !orphans.is_empty() {
        writeln!(out, "\n## Not found in these documents\n")?;
        for (b, _) in orphans {
            writeln!(out, "### {}, {}\n", b.display_title(), b.label)?;
            quote_lines(&mut out, &format!("{}…", b.quote.exact))?;
            writeln!(out)?;
            note_line(&mut out, b)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn quote_lines(out: &mut impl Write, text: &str) -> io::Result<()> {
    for line in text.lines() {
        writeln!(out, "> {line}")?;
    }
    Ok(())
}

fn note_line(out: &mut impl Write, b: &Bookmark) -> io::Result<()> {
    if let Some(note) = &b.note {
        writeln!(out, "Note: {}\n", note.replace('\n', " "))?;
    }
    Ok(())
}
