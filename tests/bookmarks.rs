//! `attache bookmarks` end to end: add, list, remove and export through the
//! real binary with a private config folder; corrupt files; two processes
//! adding at once lose nothing.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{bin, path_str, stderr, stdout};

/// The binary with its config and state folders inside `home`.
fn attache(home: &Path, args: &[&str]) -> Output {
    let mut c: Command = bin();
    c.env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .args(args)
        .output()
        .expect("run attache")
}

fn listed(home: &Path) -> Vec<serde_json::Value> {
    let o = attache(home, &["bookmarks", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice::<serde_json::Value>(&o.stdout)
        .expect("JSON")
        .as_array()
        .expect("array")
        .clone()
}

fn store_file(home: &Path) -> std::path::PathBuf {
    home.join("config/attache/bookmarks.json")
}

#[test]
fn add_list_and_remove_a_bookmark_on_a_seed() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    assert!(listed(home).is_empty());
    assert!(!store_file(home).exists(), "nothing saved, nothing created");

    let o = attache(
        home,
        &["bookmarks", "add", "002", "¶3", "--note", "raise export controls"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("bookmarked 002_fb8e9575d873ff50 ¶3"));

    let rows = listed(home);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["doc"], "002_fb8e9575d873ff50");
    assert_eq!(rows[0]["label"], "¶3");
    assert_eq!(rows[0]["note"], "raise export controls");
    assert_eq!(rows[0]["orphaned"], false);
    assert!(
        rows[0]["quote"]
            .as_str()
            .unwrap()
            .starts_with("The European Union and the Republic of Korea")
    );

    let text = stdout(&attache(home, &["bookmarks"]));
    assert!(text.starts_with("DOCUMENT"), "{text}");
    assert!(text.contains("¶3") && text.contains("raise export controls"), "{text}");

    // Adding again with a note changes the note, not the count.
    let o = attache(home, &["bookmarks", "add", "002", "¶3", "--note", "ask about chips"]);
    assert!(o.status.success());
    let rows = listed(home);
    assert_eq!((rows.len(), rows[0]["note"].as_str()), (1, Some("ask about chips")));

    let file: serde_json::Value = serde_json::from_str(&fs::read_to_string(store_file(home)).unwrap()).unwrap();
    assert_eq!(file["version"], 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(store_file(home)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    let o = attache(home, &["bookmarks", "remove", "002", "¶3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(listed(home).is_empty());
    let o = attache(home, &["bookmarks", "remove", "002", "¶3"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no bookmark"), "{}", stderr(&o));
}

#[test]
fn unknown_documents_and_labels_exit_1_and_bad_usage_2() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let o = attache(home, &["bookmarks", "add", "no-such-document", "1."]);
    assert_eq!(o.status.code(), Some(1));
    let o = attache(home, &["bookmarks", "add", "002", "¶999"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no clause labelled"), "{}", stderr(&o));
    assert_eq!(attache(home, &["bookmarks", "add", "002"]).status.code(), Some(2));
    assert_eq!(attache(home, &["bookmarks", "frobnicate"]).status.code(), Some(2));
    assert!(!store_file(home).exists());
}

#[test]
fn export_writes_a_markdown_brief_with_citations_and_notes() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    for (doc, label, note) in [("002", "¶3", "lead with this"), ("000", "2)", "")] {
        let mut args = vec!["bookmarks", "add", doc, label];
        if !note.is_empty() {
            args.extend(["--note", note]);
        }
        let o = attache(home, &args);
        assert!(o.status.success(), "{label}: {}", stderr(&o));
    }
    let o = attache(home, &["bookmarks", "export", "--markdown"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("# Bookmarks\n"), "{md}");
    assert!(md.contains("\n## Council conclusions on Digital Diplomacy\n"), "{md}");
    assert!(md.contains("12804/20 · 17 November 2020"), "{md}");
    assert!(md.contains("8318/24 · 26 March 2024"), "{md}");
    assert!(
        md.contains("\n> The European Union and the Republic of Korea reaffirmed"),
        "{md}"
    );
    assert!(md.contains("> — Joint Statement of the second meeting"), "{md}");
    // ¶3 is attache's count, never cited: the document prints no paragraph 3.
    assert!(
        md.contains(
            "8318/24, 26 March 2024, paragraph beginning “The European Union and the Republic of Korea reaffirmed…”"
        ),
        "{md}"
    );
    assert!(md.contains("12804/20, 17 November 2020, para 2"), "{md}");
    assert!(
        md.contains("\n### para 2\n"),
        "headings cite as the citation does: {md}"
    );
    assert!(!md.contains("para 3") && !md.contains("### ¶"), "{md}");
    assert!(md.contains("Note: lead with this"), "{md}");
    // Documents in library order: the Council conclusions (000) before the statement (002).
    assert!(md.find("Council conclusions").unwrap() < md.find("Joint Statement").unwrap());
}

#[test]
fn bookmarks_on_own_files_are_found_again_and_kept_as_orphans_when_gone() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let lib = tempfile::tempdir().unwrap();
    let file = lib.path().join("brief.txt");
    fs::write(
        &file,
        "1. Fisheries quotas for the coming year.\n\n2. Agriculture and rural development.\n",
    )
    .unwrap();
    let o = attache(
        home,
        &[
            "bookmarks",
            "add",
            "brief",
            "2.",
            path_str(lib.path()),
            "--note",
            "mine",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));

    // Listing without paths still finds it, through the path the bookmark saved.
    let rows = listed(home);
    assert_eq!(
        (rows[0]["doc"].as_str(), rows[0]["orphaned"].as_bool()),
        (Some("brief"), Some(false))
    );

    fs::remove_file(&file).unwrap();
    let rows = listed(home);
    assert_eq!(rows.len(), 1, "an orphan is kept");
    assert_eq!(rows[0]["orphaned"], true);
    assert_eq!(rows[0]["quote"], "Agriculture and rural development.");
    assert!(stdout(&attache(home, &["bookmarks"])).contains("orphaned"));
    let md = stdout(&attache(home, &["bookmarks", "export"]));
    assert!(
        md.contains("## Not found") && md.contains("> Agriculture and rural development.…"),
        "{md}"
    );

    // An orphan is removed by the document id and label it was saved with.
    let o = attache(home, &["bookmarks", "remove", "brief", "2."]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(listed(home).is_empty());
}

#[test]
fn a_corrupt_store_is_moved_aside_with_a_warning() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let path = store_file(home);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, "{\"version\": 1, \"bookmarks\": [").unwrap();
    let o = attache(home, &["bookmarks"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("moved aside"), "{}", stderr(&o));
    let aside: Vec<String> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("bookmarks.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let o = attache(home, &["bookmarks", "add", "002", "¶3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(listed(home).len(), 1);
}

#[test]
fn two_processes_adding_at_once_lose_nothing() {
    let home = tempfile::tempdir().unwrap();
    let lib = tempfile::tempdir().unwrap();
    let text: Vec<String> = (1..=200)
        .map(|i| format!("{i}. Paragraph number {i} of the test brief."))
        .collect();
    fs::write(lib.path().join("long.txt"), text.join("\n\n")).unwrap();
    std::thread::scope(|s| {
        for parity in [0, 1] {
            let (home, lib) = (home.path(), lib.path());
            s.spawn(move || {
                for i in (1..=200).filter(|i| i % 2 == parity) {
                    let label = format!("{i}.");
                    let o = attache(home, &["bookmarks", "add", "long", &label, path_str(lib)]);
                    assert!(o.status.success(), "{label}: {}", stderr(&o));
                }
            });
        }
    });
    let rows = listed(home.path());
    let mut labels: Vec<u32> = rows
        .iter()
        .map(|r| r["label"].as_str().unwrap().trim_end_matches('.').parse().unwrap())
        .collect();
    labels.sort_unstable();
    assert_eq!(labels, (1..=200).collect::<Vec<u32>>());
}

/// Six `bookmarks add` of one clause at once make one bookmark: the check
/// for an existing one runs under the lock, on the file as it is then.
#[test]
fn parallel_adds_of_one_clause_make_one_bookmark() {
    let home = tempfile::tempdir().unwrap();
    for round in 0..3 {
        let children: Vec<_> = (0..6)
            .map(|_| {
                let mut c = bin();
                c.env("XDG_CONFIG_HOME", home.path().join("config"))
                    .env("XDG_STATE_HOME", home.path().join("state"))
                    .args(["bookmarks", "add", "002", &format!("¶{}", 3 + round)])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn attache")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        assert_eq!(listed(home.path()).len(), round + 1, "round {round}");
    }
}
