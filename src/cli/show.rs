//! `attache show DOC`: metadata and every clause, as text or JSON.

use std::io;
use std::process::ExitCode;

use attache::document::{Document, Note};
use attache::library::Library;
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

use super::list::ListRow;

#[derive(Serialize)]
struct ShowDoc<'a> {
    #[serde(flatten)]
    row: ListRow<'a, Vec<ShowClause<'a>>>,
    from: Option<&'a str>,
    to: Option<&'a str>,
    place: Option<&'a str>,
}

#[derive(Serialize)]
struct ShowClause<'a> {
    label: &'a str,
    kind: &'static str,
    depth: u8,
    section: Option<&'a str>,
    text: &'a str,
    /// The page the clause starts on, where the source has pages.
    page: Option<u32>,
    /// Its footnotes: marker, offset in `text` where the marker stood, text.
    notes: &'a [Note],
    entities: Vec<ShowEntity<'a>>,
}

/// A mention inside a clause; `start`/`end` are byte offsets into the clause's `text`.
#[derive(Serialize)]
struct ShowEntity<'a> {
    text: &'a str,
    kind: &'static str,
    name: &'a str,
    start: u32,
    end: u32,
}

pub fn run(lib: &Library, index: usize, json: bool) -> io::Result<ExitCode> {
    let d = &lib.documents[index];
    let mut out = Printer::stdout();
    if json {
        out.json(&show_doc(lib, d))?;
    } else {
        write_text(&mut out, d)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn show_doc<'a>(lib: &'a Library, d: &'a Document) -> ShowDoc<'a> {
    let clauses = (0..d.clauses.len())
        .map(|i| {
            let c = &d.clauses[i];
            ShowClause {
                label: &c.label,
                kind: c.kind.as_str(),
                depth: c.depth,
                section: d.section_title(i),
                text: d.clause_text(i),
                page: c.page,
                notes: &c.notes,
                entities: c
                    .mentions
                    .iter()
                    .map(|m| {
                        let e = &lib.entities[m.entity as usize];
                        ShowEntity {
                            text: d.mention_text(Some(i as u32), &m.range),
                            kind: e.kind.as_str(),
                            name: &e.name,
                            start: m.range.start,
                            end: m.range.end,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    ShowDoc {
        row: ListRow::new(d).with_clauses(clauses),
        from: d.meta.from.as_deref(),
        to: d.meta.to.as_deref(),
        place: d.meta.place.as_deref(),
    }
}

fn write_text(out: &mut Printer, d: &Document) -> io::Result<()> {
    let m = &d.meta;
    out.line(&Shown::line(d.display_title()))?;
    let fields = [
        ("id", Some(d.id.as_str())),
        ("date", m.date.as_deref()),
        ("number", m.number.as_deref()),
        ("marking", m.marking.as_deref()),
        ("place", m.place.as_deref()),
        ("from", m.from.as_deref()),
        ("to", m.to.as_deref()),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            out.line(&Shown::owned_line(format!("{k:>8}: {}", Shown::line(v))))?;
        }
    }
    if !m.codes.is_empty() {
        out.line(&Shown::owned_line(format!("{:>8}: {}", "codes", m.codes.join(", "))))?;
    }
    out.line(&Shown::owned_line(format!("{:>8}: {}", "path", Shown::path(&d.path))))?;
    for (i, c) in d.clauses.iter().enumerate() {
        out.own("")?;
        let indent = "  ".repeat(usize::from(c.depth));
        let text = format!("{indent}{} {}", Shown::line(&c.label), d.clause_text(i));
        out.line(&Shown::text(&text))?;
        for n in &c.notes {
            let note = format!("{indent}   [{}] {}", n.marker, n.text);
            out.line(&Shown::text(&note))?;
        }
    }
    Ok(())
}
