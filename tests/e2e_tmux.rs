//! End to end: the real binary in tmux on a private socket, with temporary
//! config and state folders. Types keys, reads the screen, resizes, quits, and
//! checks the exit code and that the terminal is back in canonical mode.
//! Skipped (with a note) where tmux is not installed; `.ci/run` installs it.

mod common;

use common::tmux::{Session, start};

/// The reader with a bad line in keys.toml, which must be reported naming file
/// and line, with the default keys kept.
fn start_with_bad_keys(tmp: &std::path::Path, socket: &str) -> Option<Session> {
    std::fs::create_dir_all(tmp.join("config/attache")).unwrap();
    std::fs::write(tmp.join("config/attache/keys.toml"), "quiet = \"q\"\n").unwrap();
    start(tmp, socket, &[])
}

#[test]
fn reader_opens_moves_helps_resizes_and_quits_cleanly_in_tmux() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start_with_bad_keys(tmp.path(), "attache-e2e-keys") else {
        return;
    };
    let tmux = &session.tmux;
    // Waits for the whole first frame (a capture can catch one half drawn): seed
    // 002 open, and the bad keys.toml line reported with file and line.
    tmux.wait_for("the reader with a keys.toml warning", |s| {
        s.contains("Documents (3)")
            && s.contains("¶1 · 1/29")
            && s.contains("attache/keys.toml line 1: unknown action \"quiet\"")
    });

    tmux.keys(&["j", "j"]);
    tmux.wait_for("two clauses down", |s| s.contains("¶3 · 3/29"));
    tmux.keys(&["]"]);
    tmux.wait_for("the first heading", |s| s.contains("1. · 7/29"));

    tmux.keys(&["?"]);
    tmux.wait_for("help", |s| s.contains("Keys") && s.contains("half a page down"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| !s.contains("half a page down"));

    tmux.cmd(&["resize-window", "-t", "e2e", "-x", "30", "-y", "8"]);
    let small = tmux.wait_for("the narrow layout", |s| {
        s.lines().count() <= 8 && s.contains("Semiconductors")
    });
    assert!(
        !small.contains("Documents (3)"),
        "the list folds at 30 columns:\n{small}"
    );
    tmux.cmd(&["resize-window", "-t", "e2e", "-x", "100", "-y", "30"]);
    tmux.wait_for("the wide layout again", |s| {
        s.contains("Documents (3)") && s.contains("1. · 7/29")
    });

    tmux.keys(&["q"]);
    session.assert_exit(0);
}

#[test]
fn sigterm_restores_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-e2e-term", &[]) else {
        return;
    };
    session.tmux.wait_for("the reader", |s| s.contains("Documents (3)"));
    session.tmux.signal_reader("TERM");
    session.assert_exit(0);
}
