//! The terminal goes away while the reader runs with SIGHUP ignored (as under
//! `nohup`): the reader must end by itself, with its reading position saved,
//! not spin on a dead terminal. Driven in tmux: killing the tmux server closes
//! the pane's terminal. Skipped (with a note) where tmux is not installed.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::tmux::Tmux;

/// Whether `pid` is still running (a zombie nobody reaps has ended).
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit(')').next().map(|r| r.trim_start().to_string()))
        .is_some_and(|rest| !rest.starts_with('Z') && !rest.starts_with('X'))
}

#[test]
fn a_closed_terminal_ends_the_reader_with_sighup_ignored() {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the end-to-end test");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("config/attache")).unwrap();
    // `trap '' HUP` ignores SIGHUP for the shell and, through exec, the reader.
    let script = format!(
        "trap '' HUP; exec env XDG_CONFIG_HOME='{0}/config' XDG_STATE_HOME='{0}/state' \
         XDG_CACHE_HOME='{0}/cache' TERM=xterm-256color '{1}'",
        tmp.path().display(),
        env!("CARGO_BIN_EXE_attache"),
    );
    let tmux = Tmux {
        socket: format!("attache-e2e-hangup-{}", std::process::id()),
    };
    tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        "100",
        "-y",
        "30",
        &format!("sh -c \"{script}\""),
    ]);
    tmux.wait_for("the reader", |s| s.contains("Documents (3)") && s.contains("¶1 · 1/29"));
    let pid = tmux.format("#{pane_pid}");
    tmux.keys(&["j", "j", "j"]);
    tmux.wait_for("three clauses down", |s| s.contains("¶4 · 4/29"));
    let _ = Command::new("tmux").args(["-L", &tmux.socket, "kill-server"]).output();
    let start = Instant::now();
    while running(&pid) && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let still = running(&pid);
    if still {
        // Ours to end: the reader this test started, by its pid.
        let _ = Command::new("kill").args(["-9", &pid]).status();
    }
    assert!(!still, "the reader still runs 10 s after its terminal went away");
    let positions = std::fs::read_to_string(tmp.path().join("state/attache/positions.json")).unwrap_or_default();
    assert!(positions.contains("\"label\": \"¶4\""), "{positions}");
}
