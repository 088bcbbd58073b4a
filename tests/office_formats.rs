//! Word and OpenDocument files made from the seeds
//! (`tests/fixtures/formats/make_office.py`) read by the built binary: the
//! letterhead in tables gives the seed's metadata, automatic numbering gives
//! the labels Word shows, footnotes sit with their clause, tracked changes
//! are flagged and read as accepted, no markup reaches a clause, and the
//! entities are those of the seed's text version.

mod common;

use common::{json, path_str, project, run};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    project().join("tests/fixtures/formats").join(name)
}

fn show(name: &str) -> Value {
    let path = fixture(name);
    let stem = path.file_stem().and_then(|s| s.to_str()).expect("stem").to_string();
    json(&run(&["show", "--json", &stem, path_str(&path)]))
}

fn clauses(doc: &Value) -> &Vec<Value> {
    doc["clauses"].as_array().expect("clauses")
}

fn labels(doc: &Value) -> Vec<String> {
    clauses(doc)
        .iter()
        .map(|c| c["label"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// No Markdown, XML or escapes in any clause text or note.
fn assert_no_markup(doc: &Value) {
    for c in clauses(doc) {
        let t = c["text"].as_str().expect("text");
        for bad in ["**", "<w:", "</", "/>", "[^", "\\*", "\\[", "&amp;", "xml"] {
            assert!(!t.contains(bad), "{bad:?} in clause {t:?}");
        }
        for n in c["notes"].as_array().expect("notes") {
            let nt = n["text"].as_str().expect("note text");
            assert!(!nt.contains('<') && !nt.contains("[^"), "markup in note {nt:?}");
        }
    }
}

/// (kind, name) of every entity the binary finds in `path`.
fn entities(path: &std::path::Path) -> BTreeSet<(String, String)> {
    let v = json(&run(&["entities", "--json", path_str(path)]));
    v.as_array()
        .expect("array")
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap_or_default().to_string(),
                e["name"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn same_entities(office: &str, seed: &str) {
    let a = entities(&fixture(office));
    let b = entities(&project().join("seeds").join(seed));
    let only_office: Vec<_> = a.difference(&b).collect();
    let only_text: Vec<_> = b.difference(&a).collect();
    assert!(
        only_office.is_empty() && only_text.is_empty(),
        "{office}: only in the office file {only_office:?}; only in the text {only_text:?}"
    );
}

#[test]
fn a_word_council_note_reads_like_its_text_seed() {
    let doc = show("seed-000-council-conclusions.docx");
    assert_eq!(doc["format"], "docx");
    assert_eq!(doc["title"], "Council conclusions on Digital Diplomacy");
    assert_eq!(doc["date"], "2020-11-17");
    assert_eq!(doc["number"], "12804/20");
    assert_eq!(doc["from"], "General Secretariat of the Council");
    assert_eq!(doc["tracked_changes"], true);
    let numbered: Vec<String> = labels(&doc).into_iter().filter(|l| l.ends_with(')')).collect();
    assert_eq!(numbered, ["1)", "2)", "3)", "4)", "5)"]);
    assert_no_markup(&doc);
    // Footnotes sit with the clause that refers to them.
    let c2 = clauses(&doc).iter().find(|c| c["label"] == "2)").expect("2)");
    let notes = c2["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0]["text"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Tallinn Declaration on eGovernment")
    );
    let c3 = clauses(&doc).iter().find(|c| c["label"] == "3)").expect("3)");
    assert!(
        c3["notes"][0]["text"]
            .as_str()
            .unwrap_or_default()
            .contains("Roadmap for Digital Cooperation")
    );
    // The tracked change reads as accepted: 2021 inserted, 2020 deleted.
    let c5 = clauses(&doc).iter().find(|c| c["label"] == "5)").expect("5)");
    let t5 = c5["text"].as_str().unwrap_or_default();
    assert!(t5.contains("proposed in 2021,") && !t5.contains("2020"), "{t5}");
    same_entities("seed-000-council-conclusions.docx", "000_534cb20bf9fd105f.txt");
}

#[test]
fn word_numbering_gives_levels_and_restarts() {
    let doc = show("seed-002-korea-joint-statement.docx");
    assert_eq!(
        doc["title"],
        "Joint Statement of the second meeting of the European Union – Republic of Korea Digital Partnership Council"
    );
    assert_eq!(doc["date"], "2024-03-26");
    assert_eq!(doc["number"], "8318/24");
    assert_eq!(doc["tracked_changes"], false);
    assert_no_markup(&doc);
    // The opening paragraphs 1. to 4., then the topics numbered from 1. again
    // (a restart), with 1.1 and 1.2 under the first, and (a) to (c) under the
    // seventh; unnumbered paragraphs get generated labels (`¶3`, `§1`).
    let numbered: Vec<String> = labels(&doc)
        .into_iter()
        .filter(|l| !l.starts_with(['¶', '§', '•']))
        .collect();
    assert_eq!(
        numbered,
        [
            "1.", "2.", "3.", "4.", "1.", "1.1", "1.2", "2.", "3.", "4.", "5.", "6.", "7.", "(a)", "(b)", "(c)"
        ]
    );
    let semis = clauses(&doc)
        .iter()
        .find(|c| c["text"] == "Semiconductors")
        .expect("heading");
    assert_eq!(semis["label"], "1.");
    assert_eq!(semis["kind"], "heading");
    same_entities("seed-002-korea-joint-statement.docx", "002_fb8e9575d873ff50.txt");
}

#[test]
fn an_odt_council_note_reads_like_its_text_seed() {
    let doc = show("seed-000-council-conclusions.odt");
    assert_eq!(doc["format"], "odt");
    assert_eq!(doc["title"], "Council conclusions on Digital Diplomacy");
    assert_eq!(doc["date"], "2020-11-17");
    assert_eq!(doc["number"], "12804/20");
    assert_eq!(doc["tracked_changes"], true);
    let numbered: Vec<String> = labels(&doc).into_iter().filter(|l| l.ends_with(')')).collect();
    assert_eq!(numbered, ["1)", "2)", "3)", "4)", "5)"]);
    assert_no_markup(&doc);
    let c2 = clauses(&doc).iter().find(|c| c["label"] == "2)").expect("2)");
    assert_eq!(c2["notes"].as_array().map(Vec::len), Some(1));
    let c5 = clauses(&doc).iter().find(|c| c["label"] == "5)").expect("5)");
    let t5 = c5["text"].as_str().unwrap_or_default();
    assert!(t5.contains("proposed in 2021,") && !t5.contains("2020"), "{t5}");
    same_entities("seed-000-council-conclusions.odt", "000_534cb20bf9fd105f.txt");
}

#[test]
fn the_real_odt_loads_with_its_title_and_date() {
    let Some(path) = ["../shared/formats", "../../shared/formats"]
        .iter()
        .map(|p| {
            project()
                .join(p)
                .join("fr-dinum-exemple-declaration-accessibilite-OFFGENRE.odt")
        })
        .find(|p| p.is_file())
    else {
        eprintln!("note: ../shared/formats not found; skipping the real ODT");
        return;
    };
    let doc = json(&run(&["show", "--json", "fr-dinum", path_str(&path)]));
    assert_eq!(doc["format"], "odt");
    assert_eq!(doc["title"], "Exemple de déclaration d’accessibilité RGAA 4");
    // The text dates nothing of its own (11 February 2005 is the law it
    // cites), so the date is the file's last save (meta.xml's dc:date); the
    // law's number (n°2005-102) is no document number.
    assert_eq!(doc["date"], "2023-04-06");
    assert_eq!(doc["number"], Value::Null);
    assert_no_markup(&doc);
    // The table of contents (titles with page numbers) is not read as clauses.
    assert!(
        !clauses(&doc).iter().any(|c| c["text"].as_str().unwrap_or_default().ends_with("\t3")
            || c["text"] == "Droits de reproduction 1"),
        "table of contents in the clauses"
    );
    let texts: Vec<&str> = clauses(&doc).iter().filter_map(|c| c["text"].as_str()).collect();
    assert!(
        texts.iter().any(|t| t.starts_with("Reproduire, copier, publier")),
        "{texts:?}"
    );
}

#[test]
fn damaged_office_files_are_skipped_with_a_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let whole = std::fs::read(fixture("seed-000-council-conclusions.docx")).expect("fixture");
    let cut = dir.path().join("cut.docx");
    std::fs::write(&cut, &whole[..whole.len() / 2]).expect("write");
    let odt = std::fs::read(fixture("seed-000-council-conclusions.odt")).expect("fixture");
    let cut_odt = dir.path().join("cut.odt");
    std::fs::write(&cut_odt, &odt[..odt.len() - 40]).expect("write");
    let o = run(&["list", path_str(&cut), path_str(&cut_odt)]);
    let err = common::stderr(&o);
    assert!(
        err.contains("cut.docx") && err.contains("damaged Word document"),
        "{err}"
    );
    assert!(
        err.contains("cut.odt") && err.contains("damaged OpenDocument text"),
        "{err}"
    );
}

/// A zip in memory: (name, bytes) parts, deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        w.start_file(*name, opts).expect("entry");
        w.write_all(body).expect("write");
    }
    w.finish().expect("zip").into_inner()
}

#[test]
fn zip_bombs_and_deep_xml_are_refused_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 200 MiB of spaces deflate to about 200 KiB.
    let spaces = vec![b' '; 200 << 20];
    let bomb = zip_of(&[("word/document.xml", &spaces)]);
    assert!(bomb.len() < 1 << 20);
    std::fs::write(dir.path().join("bomb.docx"), &bomb).expect("write");
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let deep = format!(
        "<w:document {w}><w:body>{}{}</w:body></w:document>",
        "<w:p>".repeat(100_000),
        "</w:p>".repeat(100_000)
    );
    std::fs::write(
        dir.path().join("deep.docx"),
        zip_of(&[("word/document.xml", deep.as_bytes())]),
    )
    .expect("write");
    let started = std::time::Instant::now();
    let o = run(&["list", "--no-cache", path_str(dir.path())]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    let err = common::stderr(&o);
    assert!(
        err.contains("bomb.docx") && err.contains("too large to unpack"),
        "{err}"
    );
    assert!(err.contains("deep.docx") && err.contains("nested more than"), "{err}");
}

#[test]
fn a_folder_loads_its_office_files_and_the_cache_serves_them_alike() {
    let dir = project().join("tests/fixtures/formats");
    let first = run(&["list", "--json", path_str(&dir)]);
    let rows = json(&first);
    let formats: Vec<&str> = rows
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["format"].as_str())
        .filter(|f| matches!(*f, "docx" | "odt"))
        .collect();
    // The folder holds other formats' fixtures too.
    assert_eq!(formats, ["docx", "odt", "docx"]);
    // Only the generator scripts are passed over.
    assert!(
        !common::stderr(&first).contains("skipped"),
        "{}",
        common::stderr(&first)
    );
    let again = run(&["show", "--json", "seed-000-council-conclusions.docx", path_str(&dir)]);
    let fresh = run(&[
        "show",
        "--json",
        "--no-cache",
        "seed-000-council-conclusions.docx",
        path_str(&dir),
    ]);
    assert_eq!(json(&again), json(&fresh));
}
