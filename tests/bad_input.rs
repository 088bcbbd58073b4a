//! Every kind of unusable file is reported on stderr as `skipped path: reason`
//! and the good files beside it still load. Fixtures are made in a temp folder.

mod common;

use std::fs;
use std::path::Path;

use common::{json, path_str, run, stderr};

fn good(dir: &Path) {
    fs::write(dir.join("good.txt"), "Good briefing\n\n1) The Council notes.\n").expect("write");
}

/// Runs `list --json` on `dir`; returns (ids loaded, stderr).
fn load(dir: &Path) -> (Vec<String>, String) {
    let o = run(&["list", "--json", path_str(dir)]);
    let err = stderr(&o);
    let ids = json(&o)
        .as_array()
        .expect("array")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect();
    (ids, err)
}

#[test]
fn utf16_windows1252_and_crlf_files_load_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut le = vec![0xFF, 0xFE];
    le.extend(
        "Ülla's note\r\n\r\n1) Text in UTF-16.\r\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    fs::write(dir.path().join("utf16.txt"), le).expect("write");
    fs::write(
        dir.path().join("cp1252.txt"),
        b"Caf\xe9 summit\n\n1) The caf\xe9 \x93met\x94.\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("crlf.txt"),
        "CRLF title\r\n\r\n1) One\r\ncontinued.\r\n\r\n2) Two.\r\n",
    )
    .expect("write");
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["cp1252", "crlf", "utf16"], "{err}");
    let shown = json(&run(&["show", "--json", "cp1252", path_str(dir.path())]));
    assert_eq!(shown["clauses"][0]["text"], "The café “met”.");
    let shown = json(&run(&["show", "--json", "crlf", path_str(dir.path())]));
    assert_eq!(shown["clauses"][0]["text"], "One continued.");
    let shown = json(&run(&["show", "--json", "utf16", path_str(dir.path())]));
    assert_eq!(shown["title"], "Ülla's note");
}

#[test]
fn binary_and_empty_files_are_skipped_with_a_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    good(dir.path());
    fs::write(dir.path().join("binary.txt"), b"\x7fELF\x02\x01\x00\x00junk").expect("write");
    fs::write(dir.path().join("archive.txt"), b"PK\x03\x04\x00\x00junk").expect("write");
    fs::write(dir.path().join("empty.txt"), b"").expect("write");
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["good"]);
    assert!(err.contains("binary.txt: binary file"), "{err}");
    assert!(
        err.contains("archive.txt: a zip archive that is not a Word or OpenDocument text"),
        "{err}"
    );
    assert!(err.contains("empty.txt: empty file"), "{err}");
}

#[test]
fn a_five_megabyte_single_line_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "word ".repeat(1_000_000);
    fs::write(dir.path().join("long.txt"), format!("Long\n\n{line}.\n")).expect("write");
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["long"], "{err}");
}

#[test]
fn a_file_over_32_mib_is_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    good(dir.path());
    let f = fs::File::create(dir.path().join("huge.txt")).expect("create");
    f.set_len(33 * 1024 * 1024).expect("sparse file");
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["good"]);
    assert!(err.contains("huge.txt: larger than 32 MiB"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_skipped_without_blocking() {
    let dir = tempfile::tempdir().expect("tempdir");
    good(dir.path());
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["good"]);
    assert!(err.contains("pipe.txt: not a regular file"), "{err}");
}

#[test]
fn a_directory_named_like_a_document_is_walked_not_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("folder.txt")).expect("mkdir");
    good(&dir.path().join("folder.txt"));
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["good"], "{err}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_once_and_does_not_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).expect("mkdir");
    good(&sub);
    std::os::unix::fs::symlink(dir.path(), sub.join("back")).expect("symlink");
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["good"]);
    assert!(err.contains("directory loop"), "{err}");
}

#[test]
fn hidden_files_and_other_extensions_are_passed_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    good(dir.path());
    fs::write(dir.path().join(".hidden.txt"), "Hidden\n\nText.").expect("write");
    fs::create_dir(dir.path().join(".git")).expect("mkdir");
    fs::write(dir.path().join(".git/x.txt"), "Git\n\nText.").expect("write");
    fs::write(dir.path().join("slides.pptx"), "x").expect("write");
    let (ids, err) = load(dir.path());
    assert_eq!(ids, ["good"]);
    assert!(err.contains("1 file(s) with other extensions"), "{err}");
}

#[test]
fn escape_sequences_never_reach_the_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evil = "Evil \x1b[2Jtitle\n\n1) Text \x1b]52;c;ZXZpbA==\x07 with \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ and \u{202E}bidi.\n";
    fs::write(dir.path().join("evil.txt"), evil).expect("write");
    let o = run(&["show", "evil", path_str(dir.path())]);
    let out = common::stdout(&o);
    assert!(o.status.success());
    assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
    assert!(out.contains("⟨U+202E⟩"), "{out}");
}

#[test]
fn a_missing_path_is_reported_and_the_rest_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    good(dir.path());
    let o = run(&["list", path_str(dir.path()), "/no/such/folder"]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("skipped /no/such/folder: no such file or folder"));
}

/// A tree 1,000 folders deep is walked in time linear in its size (it took
/// 25 s when each folder was canonicalised again and compared with every
/// ancestor).
#[test]
fn a_very_deep_tree_is_discovered_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut deep = dir.path().to_path_buf();
    for level in 0..1000 {
        deep.push("d");
        if level % 100 == 99 {
            fs::create_dir_all(&deep).expect("mkdir");
            fs::write(deep.join(format!("at-{level}.txt")), "Deep\n\n1. Text.\n").expect("write");
        }
    }
    let start = std::time::Instant::now();
    let found = attache::load::discover(&[dir.path().to_path_buf()]);
    let took = start.elapsed();
    assert_eq!(found.files.len(), 10, "{:?}", found.skipped);
    assert!(found.skipped.is_empty(), "{:?}", found.skipped);
    assert!(took < std::time::Duration::from_secs(3), "{took:?}");
}
