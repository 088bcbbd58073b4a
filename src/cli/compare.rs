//! `attache compare A B`: two versions aligned clause by clause, as text with
//! `[-deleted-]{+inserted+}` marks and a summary line, or as JSON.

use std::io;
use std::process::ExitCode;

use std::path::{Path, PathBuf};

use attache::compare::{
    Change, Comparison, Edit, Op, WordRun, compare, labels as all_labels, marked_text, prior_version,
};
use attache::document::Document;
use attache::library::Library;
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

#[derive(Serialize)]
struct JsonChange<'a> {
    op: &'static str,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    words: Vec<JsonWords<'a>>,
}

#[derive(Serialize)]
struct JsonWords<'a> {
    op: &'static str,
    text: &'a str,
}

/// `attache compare OLD NEW [PATH...]`; `attache compare DOC [PATH...]`, a
/// document's own tracked changes (a folder as the second argument is a PATH).
pub fn dispatch(
    old: &str,
    new: Option<String>,
    paths: Vec<PathBuf>,
    json: bool,
    load: impl Fn(&[PathBuf]) -> Library,
) -> io::Result<ExitCode> {
    let new = match new {
        None => return tracked(old, paths, json, load),
        Some(new) if Path::new(&new).is_dir() => {
            let paths = std::iter::once(PathBuf::from(new)).chain(paths).collect();
            return tracked(old, paths, json, load);
        }
        Some(new) => new,
    };
    // `attache compare draft-v1.docx draft-v2.docx`: two files, read as they are.
    let files = paths.is_empty() && [old, new.as_str()].iter().all(|f| Path::new(f).is_file());
    let paths = if files {
        vec![PathBuf::from(old), PathBuf::from(&new)]
    } else {
        paths
    };
    let lib = load(&paths);
    let pick = |q: &str| {
        if files {
            super::find_file(&lib, q)
        } else {
            super::find(&lib, q)
        }
    };
    match (pick(old), pick(&new)) {
        (Some(a), Some(b)) => run(&lib.documents[a], &lib.documents[b], json),
        _ => Ok(ExitCode::from(1)),
    }
}

/// `attache compare DOC`: a Word file's own tracked changes, its text before
/// them against its text with them accepted. `DOC` is a file (read alone) or
/// a document of `paths`.
fn tracked(doc: &str, paths: Vec<PathBuf>, json: bool, load: impl Fn(&[PathBuf]) -> Library) -> io::Result<ExitCode> {
    let file = paths.is_empty() && Path::new(doc).is_file();
    let paths = if file { vec![PathBuf::from(doc)] } else { paths };
    let lib = load(&paths);
    let found = if file {
        super::find_file(&lib, doc)
    } else {
        super::find(&lib, doc)
    };
    let Some(i) = found else {
        return Ok(ExitCode::from(1));
    };
    let d = &lib.documents[i];
    let Some(before) = prior_version(d) else {
        super::warn_owned(format!(
            "attache: {} has no tracked changes; compare two versions with `attache compare OLD NEW`",
            d.id
        ));
        return Ok(ExitCode::from(1));
    };
    run(&before, d, json)
}

pub fn run(old: &Document, new: &Document, json: bool) -> io::Result<ExitCode> {
    let cmp = compare(old, new);
    let mut out = Printer::stdout();
    if json {
        let rows: Vec<JsonChange> = cmp
            .changes
            .iter()
            .map(|c| JsonChange {
                op: c.op.as_str(),
                old: labels(old, &c.old),
                new: labels(new, &c.new),
                words: c
                    .words
                    .iter()
                    .map(|w| JsonWords {
                        op: w.edit.sign(),
                        text: &w.text,
                    })
                    .collect(),
            })
            .collect();
        out.json(&rows)?;
    } else {
        write_text(&mut out, old, new, &cmp)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn labels<'a>(doc: &'a Document, idx: &[usize]) -> Vec<&'a str> {
    idx.iter().map(|&i| doc.clauses[i].label.as_str()).collect()
}

/// Every change but the clauses left as they were: a line naming it
/// (`moved  14. → 15.`), its words marked, a blank line; then the summary.
fn write_text(out: &mut Printer, old: &Document, new: &Document, cmp: &Comparison) -> io::Result<()> {
    out.line(&Shown::owned_line(format!(
        "{} ({}) → {} ({})",
        old.display_title(),
        old.id,
        new.display_title(),
        new.id
    )))?;
    for c in cmp.changes.iter().filter(|c| c.op != Op::Same) {
        out.own("")?;
        out.line(&Shown::owned_line(heading(old, new, c)))?;
        let words = if c.op == Op::Moved && !c.reworded() {
            c.words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
        } else {
            marked_text(&in_context(&c.words))
        };
        if !words.is_empty() {
            out.line(&Shown::owned_line(format!("    {words}")))?;
        }
    }
    out.own("")?;
    let summary = cmp.summary(&all_labels(old), &all_labels(new));
    out.line(&Shown::owned_line(summary.to_string()))
}

/// Words kept around an edit: this many on each side, the rest of a long kept run elided.
const CONTEXT: usize = 8;

/// The runs with long kept stretches cut to `CONTEXT` words beside each edit (`…`).
fn in_context(words: &[WordRun]) -> Vec<WordRun> {
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if w.edit != Edit::Equal {
                return w.clone();
            }
            let list: Vec<&str> = w.text.split(' ').collect();
            let (keep_head, keep_tail) = (i > 0, i < last);
            let text = match (keep_head, keep_tail) {
                (true, true) if list.len() > 2 * CONTEXT + 1 => {
                    format!(
                        "{} … {}",
                        list[..CONTEXT].join(" "),
                        list[list.len() - CONTEXT..].join(" ")
                    )
                }
                (true, false) if list.len() > CONTEXT + 1 => format!("{} …", list[..CONTEXT].join(" ")),
                (false, true) if list.len() > CONTEXT + 1 => format!("… {}", list[list.len() - CONTEXT..].join(" ")),
                _ => w.text.clone(),
            };
            WordRun {
                edit: Edit::Equal,
                text,
            }
        })
        .collect()
}

/// `changed  4) → 5)`, `deleted  3)`, `split  1) → 1), 2)`.
fn heading(old: &Document, new: &Document, c: &Change) -> String {
    let (o, n) = (labels(old, &c.old).join(", "), labels(new, &c.new).join(", "));
    let what = match c.op {
        Op::Moved if c.reworded() => "moved and changed",
        op => op.as_str(),
    };
    if o.is_empty() || o == n {
        format!("{what:<8} {n}")
    } else if n.is_empty() {
        format!("{what:<8} {o}")
    } else {
        format!("{what:<8} {o} → {n}")
    }
}
