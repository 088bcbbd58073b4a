//! `attache compare` on a version pair made from a bundled briefing: the copy
//! has one clause split, one moved, one deleted, one reworded, one added and
//! every number changed; the JSON and the text report exactly those edits.

mod common;

use std::path::Path;

use common::{json, path_str, project, run, stdout};

/// The seed's five numbered paragraphs edited as a delegation would, renumbered.
fn write_versions(dir: &Path) {
    let original = std::fs::read_to_string(project().join("seeds/000_534cb20bf9fd105f.txt")).unwrap();
    let first = original.find("\n1) ").unwrap() + 1;
    let (head, body) = original.split_at(first);
    let p: Vec<&str> = body
        .split("\n\n")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| t.split_once(") ").unwrap().1)
        .collect();
    assert_eq!(p.len(), 5);
    let cut = p[0].find(" It has highlighted").unwrap();
    let reworded = p[3].replace(
        "The Council underlines the need",
        "The Council stresses the urgent need",
    );
    let added = "The Council invites the High Representative to report on these conclusions by the end of 2021.";
    let edited = [&p[0][..cut], &p[0][cut + 1..], p[4], p[1], &reworded, added];
    let mut new = head.to_string();
    for (i, t) in edited.iter().enumerate() {
        new.push_str(&format!("{}) {t}\n\n", i + 1));
    }
    std::fs::write(dir.join("conclusions-v1.txt"), &original).unwrap();
    std::fs::write(dir.join("conclusions-v2.txt"), new).unwrap();
}

#[test]
fn json_reports_exactly_the_edits_made() {
    let dir = tempfile::tempdir().unwrap();
    write_versions(dir.path());
    let v = json(&run(&[
        "compare",
        "conclusions-v1",
        "conclusions-v2",
        path_str(dir.path()),
        "--json",
        "--no-cache",
    ]));
    let ops: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let labels = |k: &str| {
                c[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            format!("{} {}->{}", c["op"].as_str().unwrap(), labels("old"), labels("new"))
        })
        .collect();
    assert_eq!(
        ops,
        [
            "split 1)->1),2)",
            "moved 5)->3)",
            "same 2)->4)",
            "deleted 3)->",
            "changed 4)->5)",
            "added ->6)"
        ]
    );
    let changed = &v[4]["words"];
    let words: Vec<(&str, &str)> = changed
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["op"].as_str().unwrap(), w["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        words[..5],
        [
            ("=", "The Council"),
            ("-", "underlines"),
            ("+", "stresses"),
            ("=", "the"),
            ("+", "urgent")
        ]
    );
    assert!(words.iter().all(|(op, _)| ["=", "+", "-"].contains(op)));
}

#[test]
fn text_marks_words_and_ends_with_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    write_versions(dir.path());
    let (a, b) = (
        dir.path().join("conclusions-v1.txt"),
        dir.path().join("conclusions-v2.txt"),
    );
    // Two files named on their own are read as they are.
    let o = run(&["compare", path_str(&a), path_str(&b), "--no-cache"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("The Council [-underlines-] {+stresses+} the {+urgent+} need for"),
        "{out}"
    );
    assert!(
        out.contains("changed  4) → 5)") && out.contains("deleted  3)") && out.contains("split    1) → 1), 2)"),
        "{out}"
    );
    assert_eq!(
        out.lines().last(),
        Some("1 changed, 1 moved, 1 split, 1 added, 1 deleted; 1 the same (1 renumbered)")
    );
}

#[test]
fn an_unknown_version_exits_1() {
    let o = run(&["compare", "no-such-document", "002_fb8e9575d873ff50"]);
    assert_eq!(o.status.code(), Some(1));
}

/// A Word file with a tracked deletion and insertion (`2020` → `2021` in
/// paragraph 5) is compared with itself: before its changes → after.
#[test]
fn one_word_file_compares_its_text_before_tracked_changes_with_after() {
    let docx = project().join("tests/fixtures/formats/seed-000-council-conclusions.docx");
    let out = run(&["compare", path_str(&docx), "--json", "--no-cache"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let changes = json(&out);
    let edited: Vec<&serde_json::Value> = changes
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["op"] != "same")
        .collect();
    assert_eq!(edited.len(), 1, "{changes}");
    assert_eq!(edited[0]["op"], "changed");
    assert_eq!(edited[0]["new"][0], "5)");
    let words: Vec<(&str, &str)> = edited[0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["op"] != "=")
        .map(|w| (w["op"].as_str().unwrap(), w["text"].as_str().unwrap()))
        .collect();
    assert_eq!(words, [("-", "2020,"), ("+", "2021,")]);
    let text = stdout(&run(&["compare", path_str(&docx), "--no-cache"]));
    assert!(
        text.contains("[-2020,-] {+2021,+}") && text.contains("1 changed"),
        "{text}"
    );
    // A file without tracked changes says so and fails.
    let plain = project().join("tests/fixtures/formats/seed-002-korea-joint-statement.docx");
    let out = run(&["compare", path_str(&plain), "--no-cache"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stderr(&out).contains("has no tracked changes"));
}
