//! Clause labels as a reader says them: what the document prints (`14.`,
//! `(b)`, `2.1`) against what attache counts (`¶5`, `•2`, `§1`), and finding
//! a clause from a label typed the way the chair reads it out (`14`, `14(b)`).

use crate::document::{ClauseKind, Document};

/// A label attache made up (`¶4`, `•2`, `§1`) rather than one the document prints.
pub fn is_generated(label: &str) -> bool {
    label.starts_with(['¶', '•', '§'])
}

/// The label without its punctuation: `3)` → `3`, `2.` → `2`, `(b)` → `b`, `¶4` → `4`.
pub fn label_core(label: &str) -> &str {
    label
        .trim_start_matches(['¶', '•', '§', '('])
        .trim_end_matches(['.', ')'])
        .trim()
}

/// How a typed label was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// The document prints this label.
    Printed(usize),
    /// The document prints no such label; this is attache's own count (`¶5`).
    Counted(usize),
}

impl Found {
    pub fn clause(self) -> usize {
        match self {
            Found::Printed(i) | Found::Counted(i) => i,
        }
    }
}

/// `14(b)(ii)` → `["14", "b", "ii"]`; `2.1` stays whole; `14 b` is read as `14(b)`.
fn typed_parts(typed: &str) -> Vec<String> {
    typed
        .split(|c: char| c == '(' || c == ')' || c.is_whitespace())
        .map(|p| p.trim_end_matches(['.', ')']).to_lowercase())
        .filter(|p| !p.is_empty())
        .collect()
}

/// True when `text` reads as a label someone might type: it starts with a
/// digit (`14`, `14(b)`, `2.1`) or is a bracketed letter or numeral (`(b)`).
pub fn looks_like_label(text: &str) -> bool {
    let t = text.trim();
    let starts =
        t.starts_with(|c: char| c.is_ascii_digit()) || (t.starts_with('(') && t.ends_with(')') && t.len() <= 8);
    starts && t.len() <= 16 && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '(' | ')'))
}

fn core_is(doc: &Document, i: usize, part: &str) -> bool {
    let label = &doc.clauses[i].label;
    !is_generated(label) && label_core(label).to_lowercase() == part
}

/// The clause a typed label names in `doc`: the document's own label first
/// (a numbered paragraph before a heading of the same number, the outermost
/// first), then each further part looked up among the clauses under it; when
/// the document prints no such label, attache's count (`5` → `¶5`).
pub fn find_clause(doc: &Document, typed: &str) -> Option<Found> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    if let Some(i) = doc.clauses.iter().position(|c| c.label == typed) {
        return Some(if is_generated(typed) {
            Found::Counted(i)
        } else {
            Found::Printed(i)
        });
    }
    let parts = typed_parts(typed);
    let (first, rest) = parts.split_first()?;
    let rank = |i: &usize| {
        let c = &doc.clauses[*i];
        (c.kind == ClauseKind::Heading, c.depth)
    };
    let mut at = (0..doc.clauses.len())
        .filter(|&i| core_is(doc, i, first))
        .min_by_key(|i| (rank(i), *i));
    for part in rest {
        let Some(parent) = at else { break };
        let depth = doc.clauses[parent].depth;
        at = (parent + 1..doc.clauses.len())
            .take_while(|&k| doc.clauses[k].depth > depth && doc.clauses[k].kind != ClauseKind::Heading)
            .find(|&k| core_is(doc, k, part));
    }
    if let Some(i) = at {
        return Some(Found::Printed(i));
    }
    // Nothing printed: `5` is the fifth paragraph as attache counts them.
    if parts.len() == 1 && first.chars().all(|c| c.is_ascii_digit()) {
        let counted = format!("¶{first}");
        return doc.clauses.iter().position(|c| c.label == counted).map(Found::Counted);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Clause, Document};

    fn doc(labels: &[(&str, ClauseKind, u8)]) -> Document {
        let mut text = String::new();
        let clauses = labels
            .iter()
            .map(|&(label, kind, depth)| {
                let start = text.len() as u32;
                text.push_str("text\n");
                Clause {
                    label: label.into(),
                    kind,
                    depth,
                    section: None,
                    text: start..start + 4,
                    spans: Vec::new(),
                    source: 0..0,
                    mentions: Vec::new(),
                    page: None,
                    notes: Vec::new(),
                }
            })
            .collect();
        Document {
            id: "t".into(),
            path: "t".into(),
            hash: 0,
            meta: Default::default(),
            text,
            clauses,
            header: String::new(),
            header_mentions: Vec::new(),
            source_len: 0,
            bundled: false,
            format: Default::default(),
            pages: None,
            tracked_changes: false,
            prior: None,
            part: None,
        }
    }

    use ClauseKind::{Heading, Numbered, Paragraph};

    #[test]
    fn finds_a_printed_number_whatever_its_punctuation() {
        let d = doc(&[
            ("¶1", Paragraph, 0),
            ("1.", Numbered, 0),
            ("2)", Numbered, 0),
            ("14.", Numbered, 0),
        ]);
        assert_eq!(find_clause(&d, "14"), Some(Found::Printed(3)));
        assert_eq!(find_clause(&d, "2"), Some(Found::Printed(2)));
        assert_eq!(find_clause(&d, " 1 "), Some(Found::Printed(1)));
        assert_eq!(find_clause(&d, "15"), None);
    }

    #[test]
    fn a_paragraph_wins_over_a_heading_of_the_same_number() {
        let d = doc(&[("2.", Heading, 0), ("1.", Numbered, 0), ("2.", Numbered, 0)]);
        assert_eq!(find_clause(&d, "2"), Some(Found::Printed(2)));
    }

    #[test]
    fn a_sub_paragraph_is_found_under_its_parent() {
        let d = doc(&[
            ("13.", Numbered, 0),
            ("(a)", Numbered, 1),
            ("(b)", Numbered, 1),
            ("14.", Numbered, 0),
            ("(a)", Numbered, 1),
            ("(b)", Numbered, 1),
            ("(i)", Numbered, 2),
            ("(ii)", Numbered, 2),
        ]);
        assert_eq!(find_clause(&d, "14(b)"), Some(Found::Printed(5)));
        assert_eq!(find_clause(&d, "14 b"), Some(Found::Printed(5)));
        assert_eq!(find_clause(&d, "14(b)(ii)"), Some(Found::Printed(7)));
        assert_eq!(find_clause(&d, "13(b)"), Some(Found::Printed(2)));
        assert_eq!(find_clause(&d, "13(c)"), None);
    }

    #[test]
    fn decimal_labels_are_matched_whole() {
        let d = doc(&[("2.", Heading, 0), ("2.1", Numbered, 1), ("2.2.", Numbered, 1)]);
        assert_eq!(find_clause(&d, "2.1"), Some(Found::Printed(1)));
        assert_eq!(find_clause(&d, "2.2"), Some(Found::Printed(2)));
    }

    #[test]
    fn without_printed_numbers_a_number_is_attache_s_count() {
        let d = doc(&[("¶1", Paragraph, 0), ("§1", Heading, 0), ("¶2", Paragraph, 0)]);
        assert_eq!(find_clause(&d, "2"), Some(Found::Counted(2)));
        assert_eq!(find_clause(&d, "¶1"), Some(Found::Counted(0)));
        assert_eq!(find_clause(&d, "3"), None);
    }

    #[test]
    fn recognises_what_reads_as_a_label() {
        for yes in ["14", "14(b)", "2.1", "(b)", "5"] {
            assert!(looks_like_label(yes), "{yes}");
        }
        for no in ["korea", "8318/24", "", "digital 5g"] {
            assert!(!looks_like_label(no), "{no}");
        }
    }
}
