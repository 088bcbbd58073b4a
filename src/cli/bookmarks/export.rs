//! `attache bookmarks export`: the bookmarked clauses as a Markdown brief to
//! paste into meeting notes: per document its title, number and date, then
//! each clause quoted under its label with its citation and note. Notes,
//! quotes and titles from the bookmark file are printed as `Shown`.

use std::io;
use std::process::ExitCode;

use attache::bookmarks::{Bookmark, BookmarkStore};
use attache::citation::{citation, clause_reference, long_date};
use attache::library::Library;
use attache::shown::Shown;

use super::ordered;
use crate::cli::print::Printer;

pub(super) fn run(store: &BookmarkStore, lib: &Library) -> io::Result<ExitCode> {
    let rows = ordered(store, lib);
    let mut out = Printer::stdout();
    out.own("# Bookmarks")?;
    let mut current: Option<usize> = None;
    for (b, r) in rows.iter().filter(|(_, r)| !r.place.is_orphaned()) {
        let Some((d, c)) = r.place.location() else { continue };
        let doc = &lib.documents[d];
        if current != Some(d) {
            current = Some(d);
            out.own("")?;
            out.line(&Shown::owned_line(format!("## {}", doc.display_title())))?;
            out.own("")?;
            let facts: Vec<String> = doc
                .meta
                .number
                .iter()
                .cloned()
                .chain(doc.meta.date.as_deref().map(long_date))
                .collect();
            if !facts.is_empty() {
                out.line(&Shown::owned_line(facts.join(" · ")))?;
                out.own("")?;
            }
        }
        // Headed as it is cited: the document's own numbering, never attache's count.
        out.line(&Shown::owned_line(format!("### {}", clause_reference(doc, c))))?;
        out.own("")?;
        quote_lines(&mut out, doc.clause_text(c))?;
        out.own(">")?;
        out.line(&Shown::owned_line(format!("> {}", citation(doc, c))))?;
        out.own("")?;
        note_line(&mut out, b)?;
    }
    let orphans: Vec<_> = rows.iter().filter(|(_, r)| r.place.is_orphaned()).collect();
    if !orphans.is_empty() {
        out.own("")?;
        out.own("## Not found in these documents")?;
        out.own("")?;
        for (b, _) in orphans {
            out.line(&Shown::owned_line(format!("### {}, {}", b.display_title(), b.label)))?;
            out.own("")?;
            quote_lines(&mut out, &format!("{}…", b.quote.exact))?;
            out.own("")?;
            note_line(&mut out, b)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn quote_lines(out: &mut Printer, text: &str) -> io::Result<()> {
    for line in text.lines() {
        out.line(&Shown::owned_line(format!("> {line}")))?;
    }
    Ok(())
}

fn note_line(out: &mut Printer, b: &Bookmark) -> io::Result<()> {
    if let Some(note) = &b.note {
        out.line(&Shown::owned_line(format!("Note: {note}")))?;
        out.own("")?;
    }
    Ok(())
}
