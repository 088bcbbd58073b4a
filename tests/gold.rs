//! Metadata and clause counts against the hand annotations in `gold/`: the
//! seeds' gold is copied into `tests/fixtures/gold`; the shared corpus is
//! checked when `../shared` is present. Prints a table of what was compared.

mod common;

use std::fs;
use std::path::Path;

use common::{json, path_str, project, run, shared};
use serde_json::Value;

fn norm(v: &Value) -> Option<String> {
    v.as_str().map(|s| {
        s.replace(['\u{a0}', '*'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches('.')
            .to_lowercase()
    })
}

/// Compares every document of `docs` with its gold file; returns (fields ok, fields, rows).
fn check(docs: &Path, gold: &Path) -> (usize, usize, Vec<String>) {
    let listed = json(&run(&["list", "--json", path_str(docs)]));
    let (mut ok, mut all, mut rows) = (0, 0, Vec::new());
    for doc in listed.as_array().expect("array") {
        let id = doc["id"].as_str().expect("id");
        let Ok(g) = fs::read_to_string(gold.join(format!("{id}.json"))) else {
            continue;
        };
        let g: Value = serde_json::from_str(&g).expect("gold json");
        for (gk, dk) in [("title", "title"), ("date", "date"), ("number", "number")] {
            all += 1;
            let good = norm(&g[gk]) == norm(&doc[dk]) || (gk == "title" && g[gk].is_null());
            ok += usize::from(good);
            if !good {
                rows.push(format!("  {id}.{dk}: want {} got {}", g[gk], doc[dk]));
            }
        }
        let shown = json(&run(&["show", "--json", id, path_str(docs)]));
        let clauses = shown["clauses"].as_array().expect("clauses");
        // The gold's rule: in a numbered document count numbered clauses and
        // headings; elsewhere every top-level clause.
        let numbered = clauses.iter().any(|c| {
            c["kind"] == "numbered"
                || c["label"]
                    .as_str()
                    .is_some_and(|l| l.starts_with(|ch: char| ch.is_ascii_digit()))
        });
        let top = clauses
            .iter()
            .filter(|c| c["depth"] == 0 && (!numbered || c["kind"] == "numbered" || c["kind"] == "heading"))
            .count();
        let want = g["top_level_clauses"].as_u64().expect("count") as usize;
        rows.push(format!(
            "  {id}: {top} top-level clauses ({} in all), gold {want}",
            clauses.len()
        ));
        // The gold folds sub-headings and bullets that attache shows as clauses:
        // a sanity range, not an exact target.
        assert!(
            top * 2 >= want && top <= want * 3,
            "{id}: {top} top-level clauses vs gold {want}"
        );
    }
    (ok, all, rows)
}

fn report(name: &str, (ok, all, rows): (usize, usize, Vec<String>)) {
    println!("== {name}: metadata {ok}/{all}");
    for r in rows {
        println!("{r}");
    }
    assert!(all > 0, "no gold compared for {name}");
    assert_eq!(ok, all, "metadata mismatches in {name}");
}

#[test]
fn seeds_match_their_gold_metadata() {
    let seeds = project().join("seeds");
    report("seeds", check(&seeds, &project().join("tests/fixtures/gold")));
}

#[test]
fn shared_corpus_matches_its_gold_metadata() {
    let (Some(corpus), Some(gold)) = (shared("corpus"), shared("gold")) else {
        return;
    };
    report("corpus", check(&corpus, &gold));
}

#[test]
fn no_clause_or_title_carries_markup_or_control_characters() {
    let mut dirs = vec![project().join("seeds")];
    dirs.extend(shared("corpus"));
    for dir in dirs {
        for doc in json(&run(&["list", "--json", path_str(&dir)]))
            .as_array()
            .expect("array")
        {
            let id = doc["id"].as_str().expect("id");
            let shown = json(&run(&["show", "--json", id, path_str(&dir)]));
            let mut texts: Vec<&str> = vec![shown["title"].as_str().unwrap_or("")];
            texts.extend(
                shown["clauses"]
                    .as_array()
                    .expect("clauses")
                    .iter()
                    .map(|c| c["text"].as_str().expect("text")),
            );
            for t in texts {
                assert!(!t.contains("**") && !t.contains("##"), "{id}: markup in {t:?}");
                assert!(!t.chars().any(char::is_control), "{id}: control character in {t:?}");
            }
        }
    }
}
