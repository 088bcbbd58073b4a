//! `attache refs DOC` on a small library whose briefings cite each other's
//! numbers (and one document that is not in it).

mod common;

use std::path::Path;

use common::{json, path_str, run, stdout};

fn briefing(number: &str, title: &str, body: &str) -> String {
    format!(
        "Council of the European Union\n\nBrussels, 2 March 2024\n\n{number}\n\nNOTE\n\nSubject: {title}\n\n{body}\n"
    )
}

fn write_library(dir: &Path) {
    let files = [
        (
            "partnership.txt",
            briefing(
                "8318/24",
                "Digital partnership",
                "1. The Council recalls its conclusions.\n\n2. Delegations will find the joint statement in 9001/24.",
            ),
        ),
        (
            "statement.txt",
            briefing(
                "9001/24",
                "Joint statement",
                "1. As set out in document ST 8318/24, the partners agreed.\n\n2. See also COM(2023) 123.",
            ),
        ),
        (
            "other.txt",
            briefing("5555/24", "Unrelated note", "1. Nothing is cited here."),
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn refs_json_lists_both_ways_with_the_citing_clauses() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let v = json(&run(&["refs", "8318/24", path_str(dir.path()), "--json", "--no-cache"]));
    let cites = v["cites"].as_array().unwrap();
    assert_eq!(cites.len(), 1, "{v}");
    assert_eq!(
        (cites[0]["label"].as_str(), cites[0]["target"].as_str()),
        (Some("2."), Some("statement"))
    );
    let cited_by = v["cited_by"].as_array().unwrap();
    assert_eq!(cited_by.len(), 1, "{v}");
    assert_eq!(cited_by[0]["doc"], "statement");
    assert_eq!(cited_by[0]["reference"], "ST 8318/24");
    assert!(
        cited_by[0]["clause"]
            .as_str()
            .unwrap()
            .starts_with("As set out in document")
    );
}

#[test]
fn a_reference_outside_the_library_names_its_register() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let o = run(&["refs", "statement", path_str(dir.path()), "--no-cache"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("cites 2 · cited by 1"), "{out}");
    assert!(
        out.contains("COM(2023) 123  not in the library (Commission (EUR-Lex))"),
        "{out}"
    );
    assert!(out.contains("ST 8318/24  → partnership"), "{out}");
}
