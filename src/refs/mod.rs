//! References between documents: a reference mention (`8318/24`, `ST 8318/24
//! REV 1`, `COM(2023) 123`, `A/RES/73/3`) names a document by the number it
//! carries; when a document of the library carries that number, the mention
//! cites it. Both ways: what a document cites, and which documents cite it,
//! with the citing clauses. A reference to a document outside the library is
//! kept, with the register that holds it. `index.rs` gathers them once for
//! the reader; `pinpoint.rs` reads the paragraph a reference points into.

mod index;
mod pinpoint;

pub use index::CitationIndex;
pub use pinpoint::pinpoint;

use std::collections::HashMap;

use crate::compare::base_number;
use crate::document::EntityKind;
use crate::library::Library;
use crate::segment::document_number;

/// Where a document outside the library can be looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Register {
    /// The Council's public register of documents (`8318/24`).
    Council,
    /// The Commission's documents on EUR-Lex (`COM(2023) 123`, `SWD(2022) 12`).
    Commission,
    /// Legal acts on EUR-Lex (`Regulation (EU) 2022/2554`).
    EurLex,
    /// The UN Official Document System (`A/RES/73/3`, `S/RES/2397 (2017)`).
    UnitedNations,
}

impl Register {
    pub fn as_str(self) -> &'static str {
        match self {
            Register::Council => "Council register",
            Register::Commission => "Commission (EUR-Lex)",
            Register::EurLex => "EUR-Lex",
            Register::UnitedNations => "UN ODS",
        }
    }
}

/// A document's number reduced to the form both a header and a reference
/// give it: `ST 8318/24 REV 1` → `8318/24 REV 1`, `COM(2023)123 final` → `COM(2023) 123`.
pub fn reference_key(text: &str) -> Option<(String, Register)> {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = t.to_ascii_lowercase();
    let t = ["document ", "doc. ", "doc "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| t[p.len()..].to_string()))
        .unwrap_or(t);
    if let Some(n) = document_number(&t) {
        let n = n.strip_prefix("ST ").unwrap_or(&n).to_string();
        return Some((n, Register::Council));
    }
    let upper = t.to_ascii_uppercase();
    for series in ["COM", "SWD", "JOIN", "SEC", "C"] {
        if let Some(rest) = upper.strip_prefix(series)
            && let Some(rest) = rest.trim_start().strip_prefix('(')
            && let Some((year, serial)) = rest.split_once(')')
        {
            let serial = serial.trim().trim_end_matches(" FINAL").trim();
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if digits(year) && digits(serial) {
                return Some((format!("{series}({year}) {serial}"), Register::Commission));
            }
        }
    }
    if upper.starts_with("A/RES/") || upper.starts_with("S/RES/") {
        let symbol = upper.split(" (").next().unwrap_or(&upper).to_string();
        return Some((symbol, Register::UnitedNations));
    }
    let act = [
        "REGULATION",
        "DIRECTIVE",
        "DECISION",
        "IMPLEMENTING REGULATION",
        "DELEGATED REGULATION",
    ];
    if act.iter().any(|a| upper.starts_with(a)) && upper.bytes().any(|b| b == b'/') {
        return Some((upper, Register::EurLex));
    }
    None
}

/// One reference in a clause: where it is, what it says and what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The citing document and clause.
    pub doc: usize,
    pub clause: usize,
    /// Where it starts in the clause text (bytes).
    pub at: u32,
    /// The reference as written.
    pub text: String,
    pub key: String,
    pub register: Register,
    /// The library's document it names, if the library has it.
    pub target: Option<usize>,
}

/// A document's references, both ways.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Refs {
    /// References in its clauses, in reading order (to itself left out).
    pub cites: Vec<Citation>,
    /// Clauses of other documents that name it, in library order.
    pub cited_by: Vec<Citation>,
}

/// Every document-naming reference in the library's clauses, with its target.
pub fn citations(lib: &Library) -> Vec<Citation> {
    // Documents by the key of their number; an exact number first, then any
    // version of it (`8318/24` names `8318/1/24 REV 1` when only that is here).
    let mut exact: HashMap<String, usize> = HashMap::new();
    let mut versions: HashMap<String, usize> = HashMap::new();
    for (i, d) in lib.documents.iter().enumerate() {
        if let Some((key, _)) = d.meta.number.as_deref().and_then(reference_key) {
            versions.entry(base_number(&key)).or_insert(i);
            exact.entry(key).or_insert(i);
        }
    }
    let mut out = Vec::new();
    for e in lib.entities.iter().filter(|e| e.kind == EntityKind::Reference) {
        for m in &e.mentions {
            let (Some(clause), Some(doc)) = (m.clause, lib.documents.get(m.doc as usize)) else {
                continue;
            };
            let text = doc.mention_text(Some(clause), &m.range);
            let Some((key, register)) = reference_key(text) else {
                continue;
            };
            let target = exact
                .get(&key)
                .or_else(|| {
                    (register == Register::Council)
                        .then(|| versions.get(&base_number(&key)))
                        .flatten()
                })
                .copied();
            out.push(Citation {
                doc: m.doc as usize,
                clause: clause as usize,
                at: m.range.start,
                text: text.to_string(),
                key,
                register,
                target,
            });
        }
    }
    out.sort_by_key(|c| (c.doc, c.clause, c.at));
    out
}

/// What `doc` cites and what cites it.
pub fn refs_of(lib: &Library, doc: usize) -> Refs {
    let mut refs = Refs::default();
    for c in citations(lib) {
        if c.doc == doc && c.target != Some(doc) {
            refs.cites.push(c);
        } else if c.doc != doc && c.target == Some(doc) {
            refs.cited_by.push(c);
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::entities::Extractor;

    #[test]
    fn numbers_and_references_reduce_to_one_key() {
        let key = |t: &str| reference_key(t).map(|(k, _)| k);
        assert_eq!(key("8318/24"), Some("8318/24".into()));
        assert_eq!(key("ST 8318/24"), key("8318/24"));
        assert_eq!(key("doc. 8318/24"), key("8318/24"));
        assert_eq!(key("ST 8318/1/24 REV 1"), Some("8318/1/24 REV 1".into()));
        assert_eq!(key("COM(2023)123 final"), Some("COM(2023) 123".into()));
        assert_eq!(key("COM (2023) 123"), key("COM(2023) 123"));
        assert_eq!(key("S/RES/2397 (2017)"), Some("S/RES/2397".into()));
        assert_eq!(reference_key("CFSP/PESC 982"), None, "a file code names no document");
        assert_eq!(reference_key("LIMITE"), None);
    }

    /// A library of Council notes, each (number, title, body), read as `0.txt`, `1.txt`…
    fn notes(notes: &[(&str, &str, &str)]) -> Library {
        let sources = notes.iter().enumerate().map(|(i, (number, title, body))| {
            let text = format!(
                "Council of the European Union\n\nBrussels, 2 March 2024\n\n{number}\n\nNOTE\n\nSubject: {title}\n\n{body}\n"
            );
            (PathBuf::from(format!("{i}.txt")), Ok(text))
        });
        Library::from_sources(sources, &Extractor::new(None).0)
    }

    #[test]
    fn documents_citing_each_other_are_found_both_ways() {
        let lib = notes(&[
            (
                "8318/24",
                "Digital partnership",
                "1. The Council recalls its conclusions.\n\n2. Delegations will find the statement in 9001/24.",
            ),
            (
                "9001/24",
                "Statement",
                "1. As set out in document ST 8318/24, the partners agreed.\n\n2. See also COM(2023) 123 and 7777/23.",
            ),
            ("5555/24", "Unrelated", "1. Nothing cited here."),
        ]);
        let a = refs_of(&lib, 0);
        assert_eq!(
            a.cites.iter().map(|c| (c.clause, c.target)).collect::<Vec<_>>(),
            [(1, Some(1))]
        );
        assert_eq!(
            a.cited_by.iter().map(|c| (c.doc, c.clause)).collect::<Vec<_>>(),
            [(1, 0)]
        );
        let b = refs_of(&lib, 1);
        let outside: Vec<(&str, Register)> = b
            .cites
            .iter()
            .filter(|c| c.target.is_none())
            .map(|c| (c.key.as_str(), c.register))
            .collect();
        assert_eq!(
            outside,
            [("COM(2023) 123", Register::Commission), ("7777/23", Register::Council)]
        );
        assert!(refs_of(&lib, 2).cites.is_empty() && refs_of(&lib, 2).cited_by.is_empty());
    }

    #[test]
    fn the_index_counts_as_refs_does_and_finds_a_clause_s_references() {
        let lib = notes(&[
            ("8318/24", "Partnership", "1. The Council recalls its conclusions."),
            (
                "9001/24",
                "Statement",
                "1. See paragraph 1 of document 8318/24 and 8318/1/24 REV 1.\n\n2. Also 7777/23.",
            ),
        ]);
        let index = CitationIndex::build(&lib);
        for d in 0..2 {
            let refs = refs_of(&lib, d);
            assert_eq!(index.counts(d), (refs.cites.len(), refs.cited_by.len()));
        }
        assert_eq!(index.counts(0), (0, 2));
        let first = index.in_clause(1, 0);
        assert_eq!(first.len(), 2, "{first:?}");
        assert!(first[0].names_exactly(&lib), "8318/24 is here");
        assert_eq!(first[1].target, Some(0), "the revision names its base");
        assert!(!first[1].names_exactly(&lib), "but not exactly");
        let text = lib.documents[1].clause_text(0);
        let at = first[0].at as usize;
        assert_eq!(pinpoint(text, at..at + first[0].text.len()).as_deref(), Some("1"));
        assert_eq!(index.in_clause(1, 1)[0].target, None);
        assert!(index.in_clause(0, 0).is_empty());
    }
}
