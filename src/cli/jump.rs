//! `attache jump QUERY`: the palette's ranking for scripts, one candidate per
//! line as `kind<TAB>document<TAB>clause<TAB>text` (like `fzf --filter`);
//! `--list` prints every candidate for piping into fzf.

use std::io;
use std::process::ExitCode;

use attache::jump::JumpIndex;
use attache::library::Library;
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

#[derive(Serialize)]
struct JumpRow<'a> {
    kind: &'static str,
    doc: Option<&'a str>,
    clause: Option<&'a str>,
    text: String,
    score: i64,
}

pub fn run(lib: &Library, query: Option<&str>, limit: usize, json: bool) -> io::Result<ExitCode> {
    let index = JumpIndex::build(lib);
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
