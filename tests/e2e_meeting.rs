//! End to end, for the meeting room: a bookmark added from the command line
//! shows up in a running reader (within two seconds, without a key), and
//! `attache jump --list | … | attache open -` starts the reader at that row's
//! place. The real binary in tmux on a private socket, temporary config and
//! state folders. Skipped (with a note) without tmux.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::tmux::{Tmux, wait_for_file};

fn has_tmux() -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok();
    if !ok {
        println!("note: tmux is not installed; skipping the end-to-end test");
    }
    ok
}

/// `XDG_…` settings for a private config and state under `tmp`.
fn env(tmp: &Path) -> String {
    format!(
        "XDG_CONFIG_HOME='{}' XDG_STATE_HOME='{}' XDG_CACHE_HOME='{}'",
        tmp.join("config").display(),
        tmp.join("state").display(),
        tmp.join("cache").display()
    )
}

/// Runs `script` in a new tmux server at 100×30; the shell records the
/// reader's exit code in `tmp/exit` and stays.
fn start(tmp: &Path, socket: &str, script: &str) -> Tmux {
    let exit = tmp.join("exit");
    let full = format!(
        "{script} 2>'{}'; echo \"EXIT=$?\" > '{}.tmp'; mv '{}.tmp' '{}'; sleep 60",
        tmp.join("stderr").display(),
        exit.display(),
        exit.display(),
        exit.display()
    );
    let tmux = Tmux {
        socket: format!("{socket}-{}", std::process::id()),
    };
    tmux.cmd(&["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", &full]);
    tmux
}

#[test]
fn a_bookmark_added_from_the_command_line_appears_in_the_running_reader() {
    if !has_tmux() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_attache");
    let tmux = start(
        tmp.path(),
        "attache-e2e-follow",
        &format!("env {} TERM=xterm-256color '{bin}'", env(tmp.path())),
    );
    tmux.wait_for("the reader", |s| s.contains("Documents (3)") && s.contains("¶1 · 1/29"));
    assert!(!tmux.screen().contains('★'));

    let added = Command::new(bin)
        .env("XDG_CONFIG_HOME", tmp.path().join("config"))
        .env("XDG_STATE_HOME", tmp.path().join("state"))
        .args(["bookmarks", "add", "002", "¶1", "--note", "from the command line"])
        .output()
        .unwrap();
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let start = Instant::now();
    // No key is pressed: the reader notices the file on its own.
    tmux.wait_for("the mark from the other process", |s| s.contains("★ ¶1"));
    assert!(
        start.elapsed() < Duration::from_millis(2500),
        "took {:?}",
        start.elapsed()
    );
    tmux.keys(&["B"]);
    tmux.wait_for("the bookmark in the list", |s| s.contains("from the command line"));

    let removed = Command::new(bin)
        .env("XDG_CONFIG_HOME", tmp.path().join("config"))
        .env("XDG_STATE_HOME", tmp.path().join("state"))
        .args(["bookmarks", "remove", "002", "¶1"])
        .output()
        .unwrap();
    assert!(removed.status.success());
    tmux.wait_for("the bookmark gone", |s| !s.contains("from the command line"));
    tmux.keys(&["q"]);
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&tmp.path().join("exit")).trim(), "EXIT=0");
}

#[test]
fn a_jump_list_row_piped_to_open_starts_the_reader_there() {
    if !has_tmux() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_attache");
    let e = env(tmp.path());
    // The third clause row of the list (seed 000's `3)`), cut to document and clause.
    let script = format!(
        "env {e} '{bin}' jump --list | grep '^clause' | sed -n 3p | cut -f2,3 | \
         env {e} TERM=xterm-256color '{bin}' open -"
    );
    let tmux = start(tmp.path(), "attache-e2e-open", &script);
    let screen = tmux.wait_for("the reader at 3)", |s| s.contains("3) · 3/5"));
    assert!(screen.contains("Council conclusions on Digital Diplomacy"), "{screen}");
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&tmp.path().join("exit")).trim(), "EXIT=0");

    // `head -1`: the first row is a document; the reader opens it at the top.
    drop(tmux);
    let tmp = tempfile::tempdir().unwrap();
    let e = env(tmp.path());
    let script =
        format!("env {e} '{bin}' jump --list | head -1 | cut -f2,3 | env {e} TERM=xterm-256color '{bin}' open -");
    let tmux = start(tmp.path(), "attache-e2e-open-doc", &script);
    tmux.wait_for("the reader at the first document", |s| s.contains("1) · 1/5"));
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&tmp.path().join("exit")).trim(), "EXIT=0");
}

/// The chair cites "paragraph 5 of document 8318/24": `f` on the clause opens
/// the statement at its paragraph 5., Ctrl-O comes back to the note.
#[test]
fn a_reference_is_followed_to_its_paragraph_and_back() {
    if !has_tmux() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib");
    std::fs::create_dir(&lib).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    std::fs::copy(seeds.join("002_fb8e9575d873ff50.txt"), lib.join("statement.txt")).unwrap();
    std::fs::write(
        lib.join("note.txt"),
        "Council of the European Union\n\nBrussels, 5 April 2024\n\n9001/24\n\nNOTE\n\n\
         Subject: Follow-up note\n\n1. As agreed in paragraph 5 of document 8318/24, the partners will meet again.\n",
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_attache");
    let script = format!(
        "env {} TERM=xterm-256color '{bin}' open note '{}'",
        env(tmp.path()),
        lib.display()
    );
    let tmux = start(tmp.path(), "attache-e2e-link", &script);
    tmux.wait_for("the note, its reference a link", |s| {
        s.contains("Follow-up note") && s.contains("f follow") && s.contains("cites 1")
    });
    tmux.keys(&["f"]);
    let screen = tmux.wait_for("the statement at 5.", |s| s.contains("8318/24 (Ctrl-O back)"));
    assert!(screen.contains("5. · "), "the position shows paragraph 5.: {screen}");
    tmux.keys(&["C-o"]);
    tmux.wait_for("back at the note", |s| s.contains("1. · 1/1"));
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&tmp.path().join("exit")).trim(), "EXIT=0");
}
