//! `attache entities`: every canonical entity with its mentions.

use std::io::{self, Write};
use std::process::ExitCode;

use attache::document::{Entity, EntityKind};
use attache::library::Library;
use serde::Serialize;

#[derive(Serialize)]
struct EntityRow<'a> {
    name: &'a str,
    kind: EntityKind,
    aliases: &'a [String],
    mentions: Vec<MentionRow<'a>>,
}

#[derive(Serialize)]
struct MentionRow<'a> {
    doc: &'a str,
    /// Clause label as `show` prints it; `null` for the header block.
    clause: Option<&'a str>,
    text: &'a str,
}

/// Which entities to print.
pub struct Filter {
    pub kind: Option<EntityKind>,
    pub doc: Option<usize>,
}

pub fn run(lib: &Library, filter: &Filter, json: bool) -> io::Result<ExitCode> {
    let rows: Vec<EntityRow> = lib
        .entities
        .iter()
        .filter(|e| filter.kind.is_none_or(|k| e.kind == k))
        .filter_map(|e| row(lib, e, filter.doc))
        .collect();
    let mut out = super::stdout();
    if json {
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        for kind in EntityKind::ALL {
            let of_kind: Vec<&EntityRow> = rows.iter().filter(|r| r.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            writeln!(out, "{} ({})", kind.plural(), of_kind.len())?;
            for r in of_kind {
                let aliases = if r.aliases.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", r.aliases.join(", "))
                };
                let places: Vec<String> = r
                    .mentions
                    .iter()
                    .map(|m| format!("{} {}", m.doc, m.clause.unwrap_or("header")))
                    .collect();
                writeln!(
                    out,
                    "  {}{aliases} — {} mention(s): {}",
                    r.name,
                    r.mentions.len(),
                    places.join(", ")
                )?;
            }
        }
    }
    out.flush()?;
    Ok(if lib.documents.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn row<'a>(lib: &'a Library, e: &'a Entity, doc: Option<usize>) -> Option<EntityRow<'a>> {
    let mentions: Vec<MentionRow> = e
        .mentions
        .iter()
        .filter(|m| doc.is_none_or(|d| m.doc as usize == d))
        .map(|m| {
            let d = &lib.documents[m.doc as usize];
            let clause = m.clause.map(|c| d.clauses[c as usize].label.as_str());
            MentionRow {
                doc: &d.id,
                clause,
                text: d.mention_text(m.clause, &m.range),
            }
        })
        .collect();
    (!mentions.is_empty()).then_some(EntityRow {
        name: &e.name,
        kind: e.kind,
        aliases: &e.aliases,
        mentions,
    })
}
