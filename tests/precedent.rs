//! `attache precedent`: a sentence of a bundled briefing, reworded and planted
//! in a later one, is traced back to its source first.

mod common;

use std::path::Path;

use common::{json, path_str, project, run, stdout};

const PLANTED: &str = "Bridging technology gaps, including the digital divide between women and men, is more crucial than ever after the pandemic.";

fn write_library(dir: &Path) {
    for name in ["000_534cb20bf9fd105f.txt", "002_fb8e9575d873ff50.txt"] {
        std::fs::copy(project().join("seeds").join(name), dir.join(name)).unwrap();
    }
    let later = format!(
        "Council conclusions on gender equality\n\nBrussels, 3 May 2025\n\n1. The Council welcomes the report.\n\n2. {PLANTED} It calls for action.\n"
    );
    std::fs::write(dir.join("later.txt"), later).unwrap();
}

#[test]
fn a_planted_sentence_is_traced_to_its_source_first() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let v = json(&run(&[
        "precedent",
        "later",
        "2.",
        path_str(dir.path()),
        "--json",
        "--no-cache",
    ]));
    let found = v.as_array().unwrap();
    assert_eq!(found.len(), 1, "{v}");
    assert_eq!(found[0]["doc"], "000_534cb20bf9fd105f");
    assert_eq!(found[0]["label"], "1)");
    assert!(found[0]["shared"].as_u64().unwrap() >= 8);
    let ops: Vec<&str> = found[0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["op"].as_str().unwrap())
        .collect();
    assert!(ops.contains(&"-") && ops.contains(&"+"), "{ops:?}");
}

#[test]
fn text_queries_list_the_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let o = run(&["precedent", "--text", PLANTED, path_str(dir.path()), "--no-cache"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let rows: Vec<&str> = out.lines().filter(|l| !l.starts_with("    ")).collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(rows[0].starts_with("2020-11-17  000_534cb20bf9fd105f 1)"), "{out}");
    assert!(rows[1].starts_with("2025-05-03  later 2."), "{out}");
    let short = run(&[
        "precedent",
        "--text",
        "the European Union and its Member States",
        path_str(dir.path()),
    ]);
    assert!(stdout(&short).starts_with("no clause of the library shares 8 words"));
}
