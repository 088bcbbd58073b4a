//! The reader on real briefings from `../shared/formats` (skipped with a note
//! when this clone has none): metadata through the segmenter, and no page
//! furniture or glued footnote digit in any clause.

use super::read;
use crate::formats::{Extracted, compose::compose};
use crate::segment::{Segmented, segment};
use std::path::PathBuf;

/// The shared fixtures folder: `../shared/formats` beside the clone, or two
/// levels up from a worktree under `wt/`.
fn formats_dir() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [root.join("../shared/formats"), root.join("../../shared/formats")]
        .into_iter()
        .find(|p| p.is_dir())
}

fn load(name: &str) -> Option<(Extracted, Segmented)> {
    let Some(path) = formats_dir().map(|d| d.join(name)).filter(|p| p.is_file()) else {
        eprintln!("note: {name} not found beside the repository; test skipped");
        return None;
    };
    let bytes = std::fs::read(&path).ok()?;
    let x = read(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let doc = segment(&compose(&x));
    Some((x, doc))
}

fn clauses(doc: &Segmented) -> Vec<&str> {
    doc.clauses
        .iter()
        .map(|c| &doc.text[c.text.start as usize..c.text.end as usize])
        .collect()
}

/// A year with a footnote digit glued to it (`20262`).
fn glued_digit(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || ",;:()".contains(c))
        .find_map(|w| {
            let w = w.trim_end_matches('.');
            let b = w.as_bytes();
            let year_plus =
                b.len() == 5 && b.iter().all(u8::is_ascii_digit) && (w.starts_with("19") || w.starts_with("20"));
            year_plus.then(|| w.to_string())
        })
}

/// Page furniture that must never reach a clause.
fn assert_no_furniture(doc: &Segmented, marks: &[&str]) {
    for c in clauses(doc) {
        let t = c.trim();
        // A bare year or amount is table content; page numbers have at most
        // three digits or a printed form (`- 2 -`, `2/10`, `Page 2`).
        let bare_year = t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
        assert!(
            bare_year || !super::furniture::is_page_number(t),
            "page number as a clause: {t:?}"
        );
        assert_ne!(t, "EN");
        for m in marks {
            assert!(!t.contains(m), "footer {m:?} in clause: {t}");
        }
        assert_eq!(glued_digit(t), None, "glued footnote digit in: {t}");
    }
}

#[test]
fn council_5419_16_gives_its_header_and_no_footer() {
    let Some((x, doc)) = load("council-st-5419-16-position-first-reading-gdpr.pdf") else {
        return;
    };
    let m = &doc.meta;
    assert_eq!(m.number.as_deref(), Some("5419/16"));
    assert_eq!(m.date.as_deref(), Some("2016-04-06"));
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Position of the Council at first reading with a view to the adoption of a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the protection of natural persons with regard to the processing of personal data and on the free movement of such data, and repealing Directive 95/46/EC (General Data Protection Regulation)"
        )
    );
    assert_eq!(m.codes[..3], ["DATAPROTECT 2", "JAI 38", "MI 25"]);
    assert_eq!(x.pages, Some(261));
    assert_no_furniture(&doc, &["AV/NT/sr", "DGD 2", "5419/16 "]);
    // Notes are numbered per page; the first page of text has three.
    assert!(x.footnotes.len() >= 20, "{} footnotes", x.footnotes.len());
    assert_eq!(x.footnotes[0].marker, "1");
    assert_eq!(x.footnotes[0].text, "OJ C 229, 31.7.2012, p. 90.");
}

#[test]
fn council_9639_rev_4_gives_its_header_and_no_footer() {
    let Some((x, doc)) = load("council-st-9639-4-18-rev4-note-code-of-conduct-regimes.pdf") else {
        return;
    };
    let m = &doc.meta;
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Code of Conduct Group (Business Taxation) ‒ Overview of the preferential tax regimes examined by the Code of Conduct Group (Business Taxation) since its creation in March 1998"
        )
    );
    assert_eq!(m.date.as_deref(), Some("2019-12-05"));
    assert_eq!(m.from.as_deref(), Some("General Secretariat of the Council"));
    assert_eq!(m.codes, ["FISC 243", "ECOFIN 557"]);
    // The number is given to the segmenter as one line, suffix and all.
    let md = compose(&x);
    assert!(
        md.lines().any(|l| l == "9639/4/18 REV 4"),
        "{}",
        &md[..600.min(md.len())]
    );
    assert_no_furniture(&doc, &["AR/sg", "ECOMP.2.B", "9639/4/18 REV 4 "]);
    assert!(
        x.blocks
            .iter()
            .any(|b| matches!(b.kind, crate::formats::BlockKind::Row(_)))
    );
}

#[test]
fn un_resolution_paragraphs_keep_their_numbers_in_order() {
    let Some((x, doc)) = load("un-ga-a-res-73-3-political-declaration-tuberculosis.pdf") else {
        return;
    };
    let numbers: Vec<u32> = doc
        .clauses
        .iter()
        .filter_map(|c| c.label.strip_suffix('.').and_then(|n| n.parse().ok()))
        .collect();
    assert!(numbers.len() >= 50, "{numbers:?}");
    assert_eq!(numbers, (1..=numbers.len() as u32).collect::<Vec<_>>());
    assert_no_furniture(&doc, &["18-16895"]);
    assert!(!x.footnotes.is_empty());
    let all = clauses(&doc).join("\n");
    assert!(all.contains("tuberculosis-associated deaths"), "hyphenated compound");
    assert!(all.contains("drug-resistant"));
}

#[test]
fn swiss_statement_loses_its_page_headers_and_keeps_long_footnotes() {
    let Some((x, doc)) = load("switzerland-fdfa-written-statement-icj-2004-wall.pdf") else {
        return;
    };
    for c in clauses(&doc) {
        assert!(!c.contains("- 2 -") && !c.contains("- 3 -"), "{c}");
        assert!(
            !c.starts_with("On that occasion, after reviewing"),
            "footnote as a clause"
        );
    }
    assert_no_furniture(&doc, &[]);
    let note = x.footnotes.iter().find(|n| n.marker == "2").expect("note 2");
    assert!(
        note.text.starts_with("On that occasion, after reviewing"),
        "{}",
        note.text
    );
    assert!(note.text.contains("It is contrary to the road map."), "{}", note.text);
    assert!(x.footnotes.len() >= 8, "{} notes", x.footnotes.len());
}

#[test]
fn cameroon_note_verbale_reads() {
    let Some((_, doc)) = load("cameroon-mfa-note-verbale-icj-2004.pdf") else {
        return;
    };
    let all = clauses(&doc);
    assert!(
        all.iter().any(|c| c
            .starts_with("The Ministry of External Relations of the Republic of Cameroon presents its compliments")),
        "{all:?}"
    );
    assert!(all.len() >= 5);
    assert_no_furniture(&doc, &[]);
}

#[test]
fn ocr_scan_reads_as_text() {
    let Some((x, doc)) = load("cyprus-mfa-letter-and-statement-icj-2004-ocr-scan.pdf") else {
        return;
    };
    assert_eq!(x.pages, Some(6));
    assert!(clauses(&doc).join(" ").contains("Court of Justice"));
}

#[test]
fn paris_draft_margin_labels_stay_out_of_sentences() {
    let Some((_, doc)) = load("unfccc-adp-draft-paris-agreement-2015-12-04-bracketed.pdf") else {
        return;
    };
    for c in clauses(&doc) {
        let pp = c.split_whitespace().any(|w| {
            let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
            w.len() >= 3 && w.starts_with("Pp") && w[2..].bytes().all(|b| b.is_ascii_digit())
        });
        assert!(!pp, "margin label in: {c}");
    }
    assert_no_furniture(&doc, &["ADP 2-12"]);
}

#[test]
#[ignore]
fn debug_page() {
    let path = formats_dir().unwrap().join(std::env::var("PDF").unwrap());
    let page: usize = std::env::var("PAGE").unwrap().parse().unwrap();
    let doc = pdf_oxide::PdfDocument::from_bytes(std::fs::read(path).unwrap()).unwrap();
    let spans = doc.extract_spans(page - 1).unwrap();
    let bad = super::glyphs::disordered(&spans);
    println!(
        "disordered {:?}",
        bad.as_ref().map(|b| b.iter().filter(|x| **x).count())
    );
    let rebuild = bad.map(|b| super::glyphs::Rebuild::new(b, doc.extract_chars(page - 1).unwrap()));
    let p = super::lines::page_from_spans(&spans, rebuild, page as u32, None);
    for l in &p.lines {
        println!(
            "{:6.1} {:6.1} {:4.1} {:?}",
            l.x0,
            l.y,
            l.size,
            l.pieces.iter().map(|p| (p.text.as_str(), p.note)).collect::<Vec<_>>()
        );
    }
    println!("separators {:?}", p.separators);
}
