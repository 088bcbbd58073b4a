//! `attache entities`: every canonical entity with its mentions.

use std::io;
use std::process::ExitCode;

use attache::document::{Entity, EntityKind};
use attache::library::Library;
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

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
    let mut out = Printer::stdout();
    if json {
        out.json(&rows)?;
    } else {
        for kind in EntityKind::ALL {
            let of_kind: Vec<&EntityRow> = rows.iter().filter(|r| r.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            out.line(&Shown::owned_line(format!("{} ({})", kind.plural(), of_kind.len())))?;
            for r in of_kind {
                let aliases = if r.aliases.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", r.aliases.join(", "))
                };
                let n = r.mentions.len();
                let mentions = if n == 1 { "mention" } else { "mentions" };
                // Names come from `entities.txt` and documents: the whole line is shown.
                let line = format!("  {}{aliases} — {n} {mentions}: {}", r.name, places(&r.mentions));
                out.line(&Shown::owned_line(line))?;
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

/// Mentions grouped by document, a clause mentioned n times once with `×n`:
/// `000_… 2) ×6, 3) ×6; 002_… header, ¶1` (mentions come in reading order).
fn places(mentions: &[MentionRow]) -> String {
    let mut docs: Vec<(&str, Vec<(&str, usize)>)> = Vec::new();
    for m in mentions {
        let clause = m.clause.unwrap_or("header");
        if docs.last().is_none_or(|(d, _)| *d != m.doc) {
            docs.push((m.doc, Vec::new()));
        }
        let Some((_, clauses)) = docs.last_mut() else { continue };
        match clauses.last_mut() {
            Some((c, n)) if *c == clause => *n += 1,
            _ => clauses.push((clause, 1)),
        }
    }
    let doc_text = |(doc, clauses): &(&str, Vec<(&str, usize)>)| {
        let clauses: Vec<String> = clauses
            .iter()
            .map(|&(c, n)| if n == 1 { c.to_string() } else { format!("{c} ×{n}") })
            .collect();
        format!("{doc} {}", clauses.join(", "))
    };
    docs.iter().map(doc_text).collect::<Vec<_>>().join("; ")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_group_by_document_and_count_repeated_clauses() {
        let m = |doc, clause| MentionRow {
            doc,
            clause,
            text: "EU",
        };
        let rows = [
            m("a", Some("2)")),
            m("a", Some("2)")),
            m("a", Some("3)")),
            m("b", None),
            m("b", Some("¶1")),
            m("b", Some("¶1")),
            m("b", Some("¶1")),
        ];
        assert_eq!(places(&rows), "a 2) ×2, 3); b header, ¶1 ×3");
        assert_eq!(places(&rows[..1]), "a 2)");
    }
}
