//! How a clause is cited when it is copied out of attache:
//! `— Title, 8318/24, 26 March 2024, para 3, p. 2`. A citation names only what
//! the document prints: its own label, else the nearest printed or titled
//! section and the clause's opening words. attache's own counts (`¶5`, `•2`,
//! `§1`) are for navigation and never cited, since a reader holding the paper
//! would look for a paragraph 5 that is not there. Pure text, so the reader,
//! the CLI and the bookmark export all cite the same way.

use crate::dates::ENGLISH_MONTHS;
use crate::document::{ClauseKind, Document};
use crate::labels::{is_generated, label_core};

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

/// Words quoted to identify an unnumbered clause; more are taken while the
/// opening is shared with another clause of the document.
const OPENING_WORDS: usize = 4;
const MAX_OPENING_WORDS: usize = 12;

/// The first `n` words of `text`, with `…` when there is more.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..n.min(words.len())].join(" ");
    if words.len() > n {
        // A word ending a sentence part is quoted without its mark before the ellipsis.
        let trimmed = out.trim_end_matches([',', ';', ':', '.']).len();
        out.truncate(trimmed);
        out.push('…');
    }
    out
}

/// The clause's opening words, enough of them to tell it from every other
/// clause of the document (up to a bound).
fn opening(doc: &Document, index: usize) -> String {
    let text = doc.clause_text(index);
    let total = text.split_whitespace().count();
    let mut n = OPENING_WORDS;
    while n < total.min(MAX_OPENING_WORDS) {
        let head = first_words(text, n);
        let prefix = head.trim_end_matches('…');
        let shared = (0..doc.clauses.len()).any(|k| k != index && doc.clause_text(k).starts_with(prefix));
        if !shared {
            return head;
        }
        n += 1;
    }
    first_words(text, n)
}

/// A heading as the document shows it: `"2. Beyond 5G/6G"`, or its title alone.
fn heading_name(doc: &Document, index: usize) -> String {
    let c = &doc.clauses[index];
    let title = first_words(doc.clause_text(index), MAX_OPENING_WORDS);
    if is_generated(&c.label) {
        format!("\u{201c}{title}\u{201d}")
    } else {
        format!("\u{201c}{} {title}\u{201d}", c.label)
    }
}

/// The clause a sub-paragraph hangs from: the nearest clause before it at a
/// lower depth, stopping at a heading.
fn parent(doc: &Document, index: usize) -> Option<usize> {
    let depth = doc.clauses[index].depth;
    let k = doc.clauses[..index]
        .iter()
        .rposition(|c| c.kind == ClauseKind::Heading || c.depth < depth)?;
    (doc.clauses[k].kind != ClauseKind::Heading).then_some(k)
}

/// The printed reference of a numbered clause: `para 3`, `para 2(b)`, `para 2.1`,
/// or `point (b)` when its parent carries no printed number.
fn printed_reference(doc: &Document, index: usize) -> String {
    let c = &doc.clauses[index];
    let core = label_core(&c.label);
    if c.kind == ClauseKind::Heading {
        return format!("section {core}");
    }
    let decimal = core.contains('.');
    if c.depth > 0 && !decimal {
        if let Some(p) = parent(doc, index).filter(|&p| !is_generated(&doc.clauses[p].label)) {
            return format!("{}({core})", printed_reference(doc, p));
        }
        return format!("point ({core})");
    }
    format!("para {core}")
}

/// Where an unnumbered clause sits: `under "2. Beyond 5G/6G", ` or nothing.
fn under_section(doc: &Document, index: usize) -> String {
    match doc.clauses[index].section {
        Some(s) if (s as usize) < index => format!("under {}, ", heading_name(doc, s as usize)),
        _ => String::new(),
    }
}

/// How a clause is referred to in prose, using only what the document prints:
/// `para 3`, `para 2(b)`, `section 2`, else `under "2. Beyond 5G/6G", paragraph
/// beginning "Both sides welcomed…"`.
pub fn clause_reference(doc: &Document, index: usize) -> String {
    let Some(clause) = doc.clauses.get(index) else {
        return String::new();
    };
    if !is_generated(&clause.label) {
        let reference = printed_reference(doc, index);
        if reference.starts_with("point") {
            let of = match parent(doc, index) {
                Some(p) => format!(" of the paragraph beginning \u{201c}{}\u{201d}", opening(doc, p)),
                None => String::new(),
            };
            return format!("{}{reference}{of}", under_section(doc, index));
        }
        return reference;
    }
    let words = opening(doc, index);
    match clause.kind {
        ClauseKind::Heading => match clause.section {
            Some(s) => format!(
                "under {}, heading \u{201c}{words}\u{201d}",
                heading_name(doc, s as usize)
            ),
            None => format!("heading \u{201c}{words}\u{201d}"),
        },
        ClauseKind::Bullet => {
            // A list under a numbered paragraph is cited from that paragraph.
            let lead = doc.clauses[..index]
                .iter()
                .rposition(|c| c.kind != ClauseKind::Bullet)
                .filter(|&k| doc.clauses[k].kind == ClauseKind::Numbered && !is_generated(&doc.clauses[k].label));
            match lead {
                Some(k) => format!(
                    "{}, bullet beginning \u{201c}{words}\u{201d}",
                    printed_reference(doc, k)
                ),
                None => format!("{}bullet beginning \u{201c}{words}\u{201d}", under_section(doc, index)),
            }
        }
        _ => format!(
            "{}paragraph beginning \u{201c}{words}\u{201d}",
            under_section(doc, index)
        ),
    }
}

/// The citation line appended to a copied clause:
/// `— Title, number, long date, reference, p. N`.
pub fn citation(doc: &Document, index: usize) -> String {
    let mut parts: Vec<String> = vec![doc.display_title().to_string()];
    parts.extend(doc.meta.number.clone());
    parts.extend(doc.meta.date.as_deref().map(long_date));
    let reference = clause_reference(doc, index);
    if !reference.is_empty() {
        parts.push(reference);
    }
    if let Some(page) = doc.clauses.get(index).and_then(|c| c.page) {
        parts.push(format!("p. {page}"));
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
    use crate::document::{Document, Metadata};
    use crate::library::Library;
    use crate::segment::segment;

    /// A document segmented from `source`, without entity extraction.
    fn doc(source: &str) -> Document {
        let seg = segment(source);
        Document {
            id: "t".into(),
            path: "t.txt".into(),
            hash: 0,
            meta: Metadata {
                title: Some("T".into()),
                ..seg.meta
            },
            text: seg.text,
            clauses: seg.clauses,
            header: String::new(),
            header_mentions: Vec::new(),
            source_len: source.len(),
            bundled: false,
            format: Default::default(),
            pages: None,
            tracked_changes: false,
            prior: None,
            part: None,
        }
    }

    fn refs(d: &Document) -> Vec<String> {
        (0..d.clauses.len()).map(|i| clause_reference(d, i)).collect()
    }

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
    fn a_numbered_paragraph_is_cited_by_its_printed_number() {
        let d = doc("Joint Statement\n\n1. The Council notes.\n\n2. The Council welcomes it.\n");
        assert_eq!(refs(&d), ["para 1", "para 2"]);
    }

    #[test]
    fn a_lettered_sub_paragraph_is_cited_under_its_parent() {
        let d =
            doc("Conclusions\n\n1. The Council:\n\n2. The Council recalls:\n\n(a) first point;\n\n(b) second point.\n");
        assert_eq!(refs(&d), ["para 1", "para 2", "para 2(a)", "para 2(b)"]);
    }

    #[test]
    fn a_decimal_label_is_cited_whole() {
        let d = doc("Report\n\n2. Scope\n\n2.1 The first part applies.\n\n2.2 The second part applies.\n");
        let r = refs(&d);
        assert!(
            r.contains(&"para 2.1".to_string()) && r.contains(&"para 2.2".to_string()),
            "{r:?}"
        );
    }

    #[test]
    fn a_numbered_heading_is_a_section_and_its_unnumbered_paragraphs_cite_it() {
        let d = doc(
            "Joint Statement\n\n## **2. Beyond 5G/6G**\n\nBoth sides welcomed the launch of research.\n\nBoth sides agreed to meet again next year.\n",
        );
        assert_eq!(
            refs(&d),
            [
                "section 2",
                "under \u{201c}2. Beyond 5G/6G\u{201d}, paragraph beginning \u{201c}Both sides welcomed the…\u{201d}",
                "under \u{201c}2. Beyond 5G/6G\u{201d}, paragraph beginning \u{201c}Both sides agreed to…\u{201d}",
            ]
        );
    }

    #[test]
    fn an_unnumbered_heading_is_cited_by_its_title_never_by_its_count() {
        let d = doc("Statement\n\n**Semiconductors**\n\nThe parties met.\n\n***Supply chain***\n\nThey agreed.\n");
        let r = refs(&d);
        assert_eq!(r[0], "heading \u{201c}Semiconductors\u{201d}");
        assert!(r[2].ends_with("heading \u{201c}Supply chain\u{201d}"), "{r:?}");
        assert_eq!(
            r[3],
            "under \u{201c}Supply chain\u{201d}, paragraph beginning \u{201c}They agreed.\u{201d}"
        );
        assert!(r.iter().all(|x| !x.contains("section 1") && !x.contains('§')), "{r:?}");
    }

    #[test]
    fn bullets_under_a_numbered_paragraph_cite_it_and_others_their_opening() {
        let d =
            doc("Statement\n\n3. The Council calls for:\n\n- more funding for research;\n- fewer barriers to trade.\n");
        let r = refs(&d);
        assert_eq!(
            r[1],
            "para 3, bullet beginning \u{201c}more funding for research;\u{201d}"
        );
        let plain = doc("Statement\n\nThe parties agreed on:\n\n- more funding for research;\n- fewer barriers.\n");
        assert_eq!(
            clause_reference(&plain, 1),
            "bullet beginning \u{201c}more funding for research;\u{201d}"
        );
    }

    #[test]
    fn a_document_without_numbering_never_cites_a_paragraph_number() {
        let d = doc(
            "Press release\n\nDelegations will find attached the statement.\n\nThe Minister said the talks went well.\n\nThe Minister said the next round is in May.\n\n- a bullet point here\n",
        );
        let r = refs(&d);
        for (i, x) in r.iter().enumerate() {
            assert!(!x.contains("para ") && !x.contains('¶') && !x.contains('•'), "{x}");
            assert!(!x.chars().any(|c| c.is_ascii_digit()), "{x}");
            assert!(citation(&d, i).starts_with("— T, "));
        }
        // Openings shared by two clauses are quoted until they differ.
        assert_eq!(r[1], "paragraph beginning \u{201c}The Minister said the talks…\u{201d}");
        assert_eq!(r[2], "paragraph beginning \u{201c}The Minister said the next…\u{201d}");
    }

    #[test]
    fn a_clause_with_a_page_cites_it() {
        let mut d = doc("Note\n\n1. The Council notes.\n\nIt also recalls.\n");
        d.clauses[1].page = Some(3);
        assert!(citation(&d, 1).ends_with(", paragraph beginning \u{201c}It also recalls.\u{201d}, p. 3"));
        assert!(citation(&d, 0).ends_with(", para 1"));
    }

    #[test]
    fn cites_an_unnumbered_paragraph_of_the_korea_statement_by_its_opening() {
        let lib = Library::load(&[]);
        let doc = &lib.documents[2];
        let i = doc.find_label("¶3").unwrap();
        assert_eq!(
            citation(doc, i),
            "— Joint Statement of the second meeting of the European Union – Republic of Korea \
             Digital Partnership Council, 8318/24, 26 March 2024, \
             paragraph beginning \u{201c}The European Union and the Republic of Korea reaffirmed…\u{201d}"
        );
        let quoted = quote_with_citation(doc, i);
        assert!(quoted.starts_with("The European Union and the Republic of Korea reaffirmed"));
        for k in 0..doc.clauses.len() {
            let c = citation(doc, k);
            assert!(!c.contains('¶') && !c.contains('§') && !c.contains('•'), "{c}");
        }
    }

    #[test]
    fn cites_a_document_without_metadata_by_title_only() {
        let lib = Library::load(&[]);
        let doc = &lib.documents[1];
        let c = citation(doc, 0);
        assert!(c.starts_with("— Denmark supports UN Digital Panel, "), "{c}");
    }
}
