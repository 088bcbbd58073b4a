//! `attache jump QUERY`: the palette's ranking for scripts, one candidate per
//! line as `kind<TAB>document<TAB>clause<TAB>text` (like `fzf --filter`);
//! `--list` prints every candidate for piping into fzf.

use std::io::{self, Write};
use std::process::ExitCode;

use attache::jump::JumpIndex;
use attache::library::Library;
use serde::Serialize;

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
    let mut out = super::stdout();
    let mut found = false;
    if json {
        let rows: Vec<JumpRow> = rows.collect();
        found = !rows.is_empty();
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        for r in rows {
            found = true;
            // Tabs and newlines inside fields would break the columns.
            let text = r.text.replace(['\t', '\n'], " ");
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                r.kind,
                r.doc.unwrap_or(""),
                r.clause.unwrap_or(""),
                text
            )?;
        }
    }
    out.flush()?;
    Ok(if found { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
