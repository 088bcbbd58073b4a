//! `attache refs DOC`: the documents it cites and those that cite it, with
//! the citing clauses; a reference to a document outside the library is
//! shown with the register that holds it.

use std::io;
use std::process::ExitCode;

use attache::library::Library;
use attache::refs::{Citation, refs_of};
use attache::shown::Shown;
use serde::Serialize;

use super::print::Printer;

#[derive(Serialize)]
struct JsonRefs<'a> {
    cites: Vec<JsonCitation<'a>>,
    cited_by: Vec<JsonCitation<'a>>,
}

/// One citation: the citing clause, the reference as written, and the named
/// document (`null` when it is not in the library, then `register` says where it is).
#[derive(Serialize)]
struct JsonCitation<'a> {
    doc: &'a str,
    label: &'a str,
    reference: &'a str,
    target: Option<&'a str>,
    register: &'static str,
    clause: &'a str,
}

pub fn run(lib: &Library, doc: usize, json: bool) -> io::Result<ExitCode> {
    let refs = refs_of(lib, doc);
    let mut out = Printer::stdout();
    if json {
        out.json(&JsonRefs {
            cites: refs.cites.iter().map(|c| row(lib, c)).collect(),
            cited_by: refs.cited_by.iter().map(|c| row(lib, c)).collect(),
        })?;
    } else {
        let d = &lib.documents[doc];
        out.line(&Shown::owned_line(format!(
            "{} ({}): cites {} · cited by {}",
            d.display_title(),
            d.id,
            refs.cites.len(),
            refs.cited_by.len()
        )))?;
        out.own("")?;
        out.own("Cites")?;
        for c in &refs.cites {
            let r = row(lib, c);
            let target = match r.target {
                Some(t) => format!("→ {t}"),
                None => format!("not in the library ({})", r.register),
            };
            out.line(&Shown::owned_line(format!("  {}  {}  {target}", r.label, r.reference)))?;
        }
        out.own("")?;
        out.own("Cited by")?;
        for c in &refs.cited_by {
            let r = row(lib, c);
            out.line(&Shown::owned_line(format!(
                "  {} {}  {}  {}",
                r.doc,
                r.label,
                r.reference,
                snippet(r.clause)
            )))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn row<'a>(lib: &'a Library, c: &'a Citation) -> JsonCitation<'a> {
    let d = &lib.documents[c.doc];
    JsonCitation {
        doc: &d.id,
        label: &d.clauses[c.clause].label,
        reference: &c.text,
        target: c.target.map(|t| lib.documents[t].id.as_str()),
        register: c.register.as_str(),
        clause: d.clause_text(c.clause),
    }
}

/// The clause's first words, for a one-line listing.
fn snippet(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{} …", words[..12].join(" "))
    }
}
