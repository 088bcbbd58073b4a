//! The command line on the bundled seeds: output, JSON shape and exit codes.

mod common;

use common::{json, run, stderr, stdout};

#[test]
fn list_prints_the_three_seeds_with_title_date_and_number() {
    let o = run(&["list"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("Council conclusions on Digital Diplomacy"));
    assert!(out.contains("2020-11-17") && out.contains("12804/20") && out.contains("LIMITE"));
    assert!(out.contains("Denmark supports UN Digital Panel"));
    assert!(out.contains("2024-03-26") && out.contains("8318/24"));
    assert_eq!(out.lines().count(), 4, "{out}");
}

#[test]
fn list_json_has_the_documented_fields() {
    let v = json(&run(&["list", "--json"]));
    let rows = v.as_array().expect("array");
    assert_eq!(rows.len(), 3);
    for r in rows {
        for key in ["id", "path", "title", "date", "number", "marking", "codes", "clauses"] {
            assert!(r.get(key).is_some(), "missing {key} in {r}");
        }
        assert!(r["clauses"].as_u64().expect("count") > 0);
    }
    assert_eq!(rows[2]["codes"][0], "TELECOM 136");
}

#[test]
fn show_json_lists_clauses_without_markup() {
    let v = json(&run(&["show", "--json", "002_fb8e9575d873ff50"]));
    let clauses = v["clauses"].as_array().expect("clauses");
    assert!(clauses.len() > 10);
    for c in clauses {
        for key in ["label", "kind", "section", "text"] {
            assert!(c.get(key).is_some(), "missing {key}");
        }
        let t = c["text"].as_str().expect("text");
        assert!(!t.contains("**") && !t.contains("## "), "markup in {t}");
    }
    let quantum = clauses.iter().find(|c| c["label"] == "3.").expect("heading 3.");
    assert_eq!(quantum["kind"], "heading");
    assert_eq!(quantum["text"], "Quantum");
}

#[test]
fn show_accepts_a_title_fragment_and_prints_text() {
    let o = run(&["show", "digital panel"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("Denmark supports UN Digital Panel"));
}

#[test]
fn ambiguous_or_unknown_doc_exits_1_and_names_candidates() {
    let o = run(&["show", "digital"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("000_534cb20bf9fd105f"));
    let o = run(&["show", "no such briefing"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2_and_version_works() {
    assert_eq!(run(&["list", "--bogus"]).status.code(), Some(2));
    let o = run(&["--version"]);
    assert!(o.status.success() && stdout(&o).starts_with("attache "));
}

#[test]
fn nothing_loaded_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = run(&["list", dir.path().to_str().expect("path")]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn entities_lists_the_named_people_places_and_references_with_mentions() {
    let v = json(&run(&["entities", "--json"]));
    let rows = v.as_array().expect("array");
    let find = |name: &str, kind: &str| {
        rows.iter()
            .find(|e| e["name"] == name && e["kind"] == kind)
            .unwrap_or_else(|| panic!("{name} ({kind}) not found"))
    };
    for (name, kind) in [
        ("Thierry Breton", "person"),
        ("Lee Jong-Ho", "person"),
        ("Ulla Tørnæs", "person"),
        ("António Guterres", "person"),
        ("Brussels", "place"),
        ("Seoul", "place"),
        ("Horizon Europe", "programme"),
        ("12804/20", "reference"),
        ("DKK 2 million", "money"),
        ("26 March 2024", "date"),
    ] {
        let e = find(name, kind);
        assert!(!e["mentions"].as_array().expect("mentions").is_empty());
    }
    let korea = find("Republic of Korea", "place");
    assert!(
        korea["aliases"].as_array().expect("aliases").iter().any(|a| a == "ROK"),
        "{korea}"
    );
    let m = &find("Horizon Europe", "programme")["mentions"][0];
    assert_eq!(m["doc"], "002_fb8e9575d873ff50");
    assert_eq!(m["text"], "Horizon Europe");
}

#[test]
fn entities_filters_by_kind_and_document_and_show_json_carries_offsets() {
    let v = json(&run(&["entities", "--json", "--kind", "money", "--doc", "001"]));
    let rows = v.as_array().expect("array");
    assert!(!rows.is_empty() && rows.iter().all(|e| e["kind"] == "money"));
    assert!(rows.iter().all(|e| {
        e["mentions"]
            .as_array()
            .expect("m")
            .iter()
            .all(|m| m["doc"] == "001_2ab9842b4ce5ad65")
    }));
    assert_eq!(run(&["entities", "--kind", "robots"]).status.code(), Some(2));

    let shown = json(&run(&["show", "--json", "002"]));
    for c in shown["clauses"].as_array().expect("clauses") {
        let text = c["text"].as_str().expect("text");
        for e in c["entities"].as_array().expect("entities") {
            let (s, end) = (
                e["start"].as_u64().expect("start") as usize,
                e["end"].as_u64().expect("end") as usize,
            );
            assert_eq!(&text[s..end], e["text"].as_str().expect("text"));
        }
    }
}

#[test]
fn user_entities_file_adds_names_and_reports_bad_lines() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = home.path().join("attache");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("entities.txt"),
        "programme: Quantum Flagship | QF\nthis line is wrong\n",
    )
    .expect("write");
    let o = common::bin()
        .env("XDG_CONFIG_HOME", home.path())
        .args(["entities", "--json", "--kind", "programme"])
        .output()
        .expect("run");
    assert!(stderr(&o).contains("entities.txt:2:"), "{}", stderr(&o));
    let v = json(&o);
    assert!(
        v.as_array()
            .expect("array")
            .iter()
            .any(|e| e["name"] == "Horizon Europe")
    );
}

#[test]
fn jump_ranks_like_the_palette_and_lists_every_candidate() {
    let o = run(&["jump", "quantum korea", "--limit", "3"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let first: Vec<&str> = out.lines().next().expect("a row").split('\t').collect();
    assert_eq!(first[..3], ["clause", "002_fb8e9575d873ff50", "3."], "{out}");
    assert_eq!(out.lines().count(), 3);

    let v = json(&run(&["jump", "jong ho", "--json"]));
    assert_eq!(v[0]["kind"], "entity");
    assert!(v[0]["text"].as_str().expect("text").starts_with("Lee Jong-Ho"));

    let all = stdout(&run(&["jump", "--list"]));
    assert!(all.lines().count() > 100);
    assert!(
        all.lines().all(|l| l.split('\t').count() == 4),
        "every row has four fields"
    );
    assert_eq!(run(&["jump", "zzzzqqqxxj"]).status.code(), Some(1));
    assert_eq!(run(&["jump"]).status.code(), Some(2));
}

#[test]
fn show_json_has_each_key_once() {
    let out = stdout(&run(&["show", "--json", "002"]));
    let top_level_clauses = out.lines().filter(|l| l.starts_with("  \"clauses\"")).count();
    assert_eq!(top_level_clauses, 1, "{out}");
}
