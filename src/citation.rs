//! How a clause is cited when it is copied out of attache:
//! `— Title, 8318/24, 26 March 2024, para 3`. Pure text, so the reader, the CLI
//! and a future bookmark export all cite the same way.

use crate::dates::ENGLISH_MONTHS;
use crate::document::{ClauseKind, Document};

/// `2024-03-26` → `26 March 2024`; anything that is not an ISO date is returned unchanged.
pub fn long_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && y.len() == 4
        && let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>())
        && (1..=12).contains(&m)
        && (1..=31).contains(&d)
    {
        return format!("{d} {} {y}", ENGLISH_MONTHS[m - 1]);
    }
    iso.to_string()
}

/// The label without its punctuation: `3)` → `3`, `2.` → `2`, `(b)` → `b`, `¶4` → `4`.
fn label_core(label: &str) -> &str {
    label
        .trim_start_matches(['¶', '•', '§', '('])
        .trim_end_matches(['.', ')'])
        .trim()
}

/// How a clause is referred to in prose: `para 3`, `para 2(b)`, `section 1`, `bullet 2`.
pub fn clause_reference(doc: &Document, index: usize) -> String {
    let Some(clause) = doc.clauses.get(index) else {
        return String::new();
    };
    let core = label_core(&clause.label);
    match clause.kind {
        ClauseKind::Heading => format!("section {core}"),
        ClauseKind::Bullet if clause.label.starts_with('•') => format!("bullet {core}"),
        _ if clause.depth > 0 => {
            // A sub-paragraph is cited under its parent: `para 2(b)`.
            let parent = doc.clauses[..index]
                .iter()
                .rev()
                .find(|c| c.depth < clause.depth && c.kind != ClauseKind::Heading);
            match parent {
                Some(p) => format!("para {}({core})", label_core(&p.label)),
                None => format!("para ({core})"),
            }
        }
        _ => format!("para {core}"),
    }
}

/// The citation line appended to a copied clause: `— Title, number, long date, reference`.
pub fn citation(doc: &Document, index: usize) -> String {
    let mut parts: Vec<String> = vec![doc.display_title().to_string()];
    parts.extend(doc.meta.number.clone());
    parts.extend(doc.meta.date.as_deref().map(long_date));
    let reference = clause_reference(doc, index);
    if !reference.is_empty() {
        parts.push(reference);
    }
    format!("— {}", parts.join(", "))
}

/// A clause as plain text followed by its citation, ready for the clipboard.
pub fn quote_with_citation(doc: &Document, index: usize) -> String {
    format!("{}\n{}", doc.clause_text(index), citation(doc, index))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn formats_iso_dates_in_long_form() {
        assert_eq!(long_date("2024-03-26"), "26 March 2024");
        assert_eq!(long_date("2020-11-07"), "7 November 2020");
        assert_eq!(long_date("March"), "March");
        assert_eq!(long_date("2024-13-01"), "2024-13-01");
    }

    #[test]
    fn strips_label_punctuation() {
        assert_eq!(label_core("3)"), "3");
        assert_eq!(label_core("2."), "2");
        assert_eq!(label_core("(b)"), "b");
        assert_eq!(label_core("¶4"), "4");
    }

    #[test]
    fn cites_a_paragraph_of_the_korea_statement() {
        let lib = Library::load(&[]);
        let doc = &lib.documents[2];
        let i = doc.find_label("¶3").unwrap();
        assert_eq!(
            citation(doc, i),
            "— Joint Statement of the second meeting of the European Union – Republic of Korea \
             Digital Partnership Council, 8318/24, 26 March 2024, para 3"
        );
        let quoted = quote_with_citation(doc, i);
        assert!(quoted.starts_with("The European Union and the Republic of Korea reaffirmed"));
        assert!(quoted.ends_with("para 3"));
    }

    #[test]
    fn cites_a_document_without_metadata_by_title_only() {
        let lib = Library::load(&[]);
        let doc = &lib.documents[1];
        let c = citation(doc, 0);
        assert!(c.starts_with("— Denmark supports UN Digital Panel, "), "{c}");
    }
}
