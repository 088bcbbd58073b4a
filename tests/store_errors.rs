//! A store file that cannot be read is not a corrupt one: with the open-file
//! limit exhausted (`ulimit -n`, a `setrlimit` in the child) `bookmarks add`
//! must fail and leave `bookmarks.json` as it was, never move it aside.

mod common;

use std::path::Path;
use std::process::Output;

use attache::bookmarks::parse_bookmarks;
use common::{bin, stderr};

const BOOKMARKS: usize = 300;

/// A valid `bookmarks.json` of `BOOKMARKS` orphans (their files do not exist).
fn write_store(config: &Path) -> Vec<String> {
    std::fs::create_dir_all(config).unwrap();
    let ids: Vec<String> = (0..BOOKMARKS).map(|i| format!("{:016x}", 0xa000 + i)).collect();
    let bookmarks: Vec<serde_json::Value> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            serde_json::json!({
                "id": id, "doc_hash": format!("{:016x}", i + 1),
                "path": format!("/elsewhere/briefing-{i}.txt"), "doc_id": format!("briefing-{i}"),
                "title": "Elsewhere", "label": "1.", "index": 0,
                "quote": {"exact": "Words of another library", "prefix": "", "suffix": ""},
                "note": format!("note {i}"), "created": 1_700_000_000, "updated": 1_700_000_000,
            })
        })
        .collect();
    let file = serde_json::json!({"version": 1, "bookmarks": bookmarks});
    std::fs::write(config.join("bookmarks.json"), serde_json::to_vec_pretty(&file).unwrap()).unwrap();
    ids
}

/// `attache ARGS` with at most `files` open file descriptors (0, 1 and 2 included).
fn run_limited(home: &Path, files: u32, args: &[&str]) -> Output {
    let program = bin().get_program().to_os_string();
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg(format!("ulimit -n {files} && exec \"$0\" \"$@\""))
        .arg(program)
        .args(args)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"));
    sh.output().expect("run sh")
}

#[cfg(unix)]
#[test]
fn bookmarks_add_out_of_file_handles_leaves_the_store_as_it_was() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/attache");
    let ids = write_store(&config);
    let file = config.join("bookmarks.json");
    let mut failed = 0;
    for files in 3..=24 {
        let note = format!("limit {files}");
        let o = run_limited(home.path(), files, &["bookmarks", "add", "002", "¶3", "--note", &note]);
        if !o.status.success() {
            failed += 1;
        }
        let bytes = std::fs::read(&file)
            .unwrap_or_else(|e| panic!("with {files} handles, bookmarks.json is gone ({e}): {}", stderr(&o)));
        let kept = parse_bookmarks(&bytes).expect("still parses");
        for id in &ids {
            assert!(
                kept.iter().any(|b| &b.id == id),
                "with {files} handles, bookmark {id} was lost: {}",
                stderr(&o)
            );
        }
        let aside: Vec<_> = std::fs::read_dir(&config)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".corrupt-"))
            .collect();
        assert!(
            aside.is_empty(),
            "with {files} handles the store was moved aside: {aside:?}"
        );
    }
    assert!(failed > 0, "some limit must have been low enough to fail");
    let o = run_limited(home.path(), 1024, &["bookmarks", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(listed.as_array().map(Vec::len), Some(BOOKMARKS + 1), "{}", stderr(&o));
}
