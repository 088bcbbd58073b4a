//! Web pages, e-mail and RTF read by the binary: fixtures generated from the
//! seeds (tests/fixtures/formats/make_web.py) must give the metadata, labels
//! and entities of the seed's text version with no markup or site chrome in
//! any clause; the real saved UN pages in ../shared/formats are checked when
//! present.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::{json, path_str, project, run, shared};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    project().join("tests/fixtures/formats").join(name)
}

fn seed(name: &str) -> PathBuf {
    project().join("seeds").join(name)
}

fn show(doc: &str, path: &str) -> Value {
    json(&run(&["show", doc, path, "--json", "--no-cache"]))
}

fn clause_texts(doc: &Value) -> Vec<String> {
    doc["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Every clause free of markup and of each phrase of `chrome`.
fn assert_clean(doc: &Value, chrome: &[&str]) {
    for text in clause_texts(doc) {
        for mark in [
            "<", ">", "&#", "&nbsp", "&amp", "**", "\\'", "\\par", "{\\", "=E2", "=C3", "?=",
        ] {
            assert!(!text.contains(mark), "markup {mark:?} in clause: {text}");
        }
        let lower = text.to_lowercase();
        for phrase in chrome {
            assert!(
                !lower.contains(&phrase.to_lowercase()),
                "chrome {phrase:?} in clause: {text}"
            );
        }
    }
}

/// The (kind, name) pairs of the entities found in one document.
fn entity_set(path: &str, doc: &str) -> BTreeSet<(String, String)> {
    let v = json(&run(&["entities", path, "--doc", doc, "--json", "--no-cache"]));
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The entities of a converted document against its seed's text version:
/// what one finds and the other does not, both ways.
fn assert_same_entities(converted: (&str, &str), text: (&str, &str)) {
    let a = entity_set(converted.0, converted.1);
    let b = entity_set(text.0, text.1);
    let missing: Vec<_> = b.difference(&a).collect();
    let extra: Vec<_> = a.difference(&b).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "entities differ from the text version: missing {missing:?}, extra {extra:?}"
    );
}

const PAGE_CHROME: &[&str] = &[
    "Skip to main content",
    "We use cookies",
    "Refuse",
    "Press releases",
    "Twitter",
    "Facebook",
    "Share:",
    "Related content",
    "Council adopts conclusions on cyber",
    "Indo-Pacific",
    "Rue de la Loi",
    "not text",
];

#[test]
fn a_saved_press_page_reads_as_its_seed() {
    let page = fixture("council-conclusions-page.html");
    let doc = show("council-conclusions-page", path_str(&page));
    assert_eq!(doc["title"], "Council conclusions on Digital Diplomacy");
    assert_eq!(doc["date"], "2020-11-17");
    assert_eq!(doc["number"], "12804/20");
    assert_eq!(doc["marking"], "LIMITE");
    assert_clean(&doc, PAGE_CHROME);
    let labels: Vec<&str> = doc["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "numbered")
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, vec!["1.", "2.", "3.", "4.", "5."]);
    let seed_path = seed("000_534cb20bf9fd105f.txt");
    assert_same_entities(
        (path_str(&page), "council-conclusions-page"),
        (path_str(&seed_path), "000_534cb20bf9fd105f"),
    );
}

#[test]
fn an_email_gives_its_body_and_its_attachment() {
    let mail = fixture("denmark-panel-mail.eml");
    let list = json(&run(&["list", path_str(&mail), "--json", "--no-cache"]));
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        vec![
            "denmark-panel-mail",
            "denmark-panel-mail › eu-korea-joint-statement.html"
        ]
    );

    let body = show("denmark-panel-mail", path_str(&mail));
    assert_eq!(body["title"], "Denmark supports UN Digital Panel");
    assert_eq!(body["date"], "2018-09-27");
    assert_eq!(body["from"], "Udenrigsministeriet – Press");
    assert_eq!(body["to"], "Delegations, desk@example.org");
    assert_clean(&body, &["See the plain-text part"]);
    let seed_path = seed("001_2ab9842b4ce5ad65.txt");
    assert_same_entities(
        (path_str(&mail), "denmark-panel-mail"),
        (path_str(&seed_path), "001_2ab9842b4ce5ad65"),
    );

    let attached = &list.as_array().unwrap()[1];
    assert_eq!(attached["number"], "8318/24");
    assert_eq!(attached["date"], "2024-03-26");
    let title = attached["title"].as_str().unwrap();
    assert!(title.starts_with("Joint Statement of the second meeting"), "{title}");
}

#[test]
fn an_rtf_reads_as_its_seed() {
    let rtf = fixture("korea-statement.rtf");
    let doc = show("korea-statement", path_str(&rtf));
    let seed_path = seed("002_fb8e9575d873ff50.txt");
    let text = show("002_fb8e9575d873ff50", path_str(&seed_path));
    for field in ["title", "date", "number"] {
        assert_eq!(doc[field], text[field], "{field}");
    }
    assert_eq!(doc["number"], "8318/24");
    // The page header and footer (`8318/24 EN`, `LIMITE`) are furniture.
    assert_eq!(doc["marking"], Value::Null);
    assert_clean(
        &doc,
        &["Times New Roman", "Default Paragraph Font", "make_web", "8318/24 EN"],
    );
    let kinds = |d: &Value| -> Vec<String> {
        d["clauses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| format!("{} {}", c["kind"], c["label"]))
            .collect()
    };
    // Headings and bullets as in the text version.
    assert_eq!(
        kinds(&doc).iter().filter(|k| k.starts_with("\"bullet\"")).count(),
        kinds(&text).iter().filter(|k| k.starts_with("\"bullet\"")).count()
    );
    assert!(kinds(&doc).iter().filter(|k| k.starts_with("\"heading\"")).count() >= 7);
    assert_same_entities(
        (path_str(&rtf), "korea-statement"),
        (path_str(&seed_path), "002_fb8e9575d873ff50"),
    );
}

/// The real saved pages: site chrome from their menus, footers and toolbars
/// never reaches a clause, and the title is the page's, not the site's.
#[test]
fn real_saved_un_pages_lose_their_chrome() {
    let Some(dir) = shared("formats") else { return };
    let summaries = dir.join("un-sc-1267-committee-narrative-summaries-saved-page.html");
    let doc = show(
        "un-sc-1267-committee-narrative-summaries-saved-page",
        path_str(&summaries),
    );
    assert_eq!(doc["title"], "Narrative Summaries of Reasons for Listing");
    assert_clean(
        &doc,
        &[
            "Skip to main content",
            "Security Council Presidency",
            "Terminated Sanctions Regimes",
            "Countries Never Elected Members",
            "Informal annual reports",
            "Search form",
            "Copyright",
            "Terms of Use",
        ],
    );
    let texts = clause_texts(&doc).join("\n");
    assert!(texts.contains("QDe.005"), "the listing table is content");
    assert!(texts.contains("AL RASHID TRUST"));

    let list = dir.join("un-sc-1267-sanctions-list-saved-page-scsanctions.html");
    let doc = show("un-sc-1267-sanctions-list-saved-page-scsanctions", path_str(&list));
    let title = doc["title"].as_str().unwrap_or("");
    assert!(
        title.starts_with("The List established and maintained pursuant to Security Council res. 1267/1989/2253"),
        "{title}"
    );
    assert_clean(&doc, &["Print to PDF", "To Save this page as a PDF"]);
}

/// Hostile files are refused with a reason or read as far as they go, in
/// bounded time, and never stop the load of the others.
#[test]
fn hostile_web_mail_and_rtf_files_cost_only_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let deep_html = "<html><body>".to_string() + &"<div>".repeat(200_000) + "deep";
    std::fs::write(dir.path().join("deep.html"), deep_html).unwrap();
    let deep_rtf = "{\\rtf1 ".to_string() + &"{\\b ".repeat(200_000) + "bold";
    std::fs::write(dir.path().join("deep.rtf"), deep_rtf).unwrap();
    let mail = std::fs::read(fixture("denmark-panel-mail.eml")).unwrap();
    std::fs::write(dir.path().join("truncated.eml"), &mail[..mail.len() * 2 / 3]).unwrap();
    std::fs::write(
        dir.path().join("bad-charset.html"),
        b"<meta charset=\"x-no-such\"><h1>Caf\xe9 statement</h1><p>Text \xff\xfe of the statement.</p>",
    )
    .unwrap();
    let started = std::time::Instant::now();
    let out = run(&["list", path_str(dir.path()), "--json", "--no-cache"]);
    assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
    let err = common::stderr(&out);
    assert!(
        err.contains("deep.html") && err.contains("nested 200000 elements deep"),
        "{err}"
    );
    let list = json(&out);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"deep"), "{ids:?} {err}");
    assert!(ids.contains(&"truncated"), "{ids:?}");
    assert!(ids.contains(&"bad-charset"), "{ids:?}");
    let bad = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "bad-charset")
        .unwrap();
    assert_eq!(bad["title"], "Café statement");
}
