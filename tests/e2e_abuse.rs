//! Terminal abuse, end to end in tmux: a burst of 200 resizes between 1×1 and
//! 300×100, SIGTERM, SIGINT and a forced panic. After each the terminal must be
//! back in canonical mode with echo, out of the alternate screen, with the
//! cursor shown, mouse reporting off and nothing left on the shell's screen.
//! Skipped (with a note) where tmux is not installed.

mod common;

use common::tmux::{Session, start};

/// Waits until `positions.json` (under `tmp`) holds `clause` (saved once the
/// reader has rested for a poll, 250 ms).
fn wait_for_position(tmp: &std::path::Path, clause: usize) {
    let positions = tmp.join("state").join("attache").join("positions.json");
    let want = format!("\"clause\": {clause},");
    let began = std::time::Instant::now();
    while !std::fs::read_to_string(&positions).is_ok_and(|s| s.contains(&want)) {
        assert!(
            began.elapsed().as_secs() < 10,
            "positions.json never recorded clause {clause}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Waits for the whole first frame of the reader on the seeds.
fn wait_for_reader(session: &Session) {
    session
        .tmux
        .wait_for("the reader", |s| s.contains("Documents (3)") && s.contains("¶1 · 1/29"));
}

/// 200 window sizes from 1×1 to 300×100, extremes included, in one tmux
/// invocation so they arrive as a burst.
fn resize_burst(session: &Session) {
    let mut seed: u32 = 0x9e37_79b9;
    let mut next = |n: u32| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        1 + seed % n
    };
    let mut sizes: Vec<(u32, u32)> = vec![(1, 1), (300, 100), (1, 100), (300, 1), (2, 2)];
    while sizes.len() < 200 {
        sizes.push((next(300), next(100)));
    }
    let sizes: Vec<(String, String)> = sizes.iter().map(|(w, h)| (w.to_string(), h.to_string())).collect();
    let mut args: Vec<&str> = Vec::new();
    for (w, h) in &sizes {
        if !args.is_empty() {
            args.push(";");
        }
        args.extend(["resize-window", "-t", "e2e", "-x", w, "-y", h]);
    }
    session.tmux.cmd(&args);
    session
        .tmux
        .cmd(&["resize-window", "-t", "e2e", "-x", "100", "-y", "30"]);
}

#[test]
fn a_burst_of_200_resizes_then_q_exits_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-abuse-resize", &[]) else {
        return;
    };
    wait_for_reader(&session);
    resize_burst(&session);
    // Still alive and drawing at the final size, and still taking keys.
    wait_for_reader(&session);
    session.tmux.keys(&["j"]);
    session.tmux.wait_for("a clause down", |s| s.contains("¶2 · 2/29"));
    session.tmux.keys(&["q"]);
    session.assert_exit(0);
    session.assert_clean_screen();
}

#[test]
fn sigterm_during_resizes_restores_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-abuse-term", &[]) else {
        return;
    };
    wait_for_reader(&session);
    resize_burst(&session);
    session.tmux.signal_reader("TERM");
    session.assert_exit(0);
    session.assert_clean_screen();
}

#[test]
fn sigint_restores_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-abuse-int", &[]) else {
        return;
    };
    wait_for_reader(&session);
    session.tmux.signal_reader("INT");
    session.assert_exit(0);
    session.assert_clean_screen();
}

/// `ATTACHE_TEST_PANIC=1` (honoured by debug builds only) panics on the
/// first key after the first frame: the panic hook must restore the terminal.
#[test]
fn a_panic_restores_the_terminal() {
    if !cfg!(debug_assertions) {
        println!("note: the panic trigger exists in debug builds only; skipping");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-abuse-panic", &[("ATTACHE_TEST_PANIC", "1")]) else {
        return;
    };
    wait_for_reader(&session);
    session.tmux.keys(&["j"]);
    session.assert_exit(101);
    let stderr = std::fs::read_to_string(&session.stderr).unwrap();
    assert!(stderr.contains("ATTACHE_TEST_PANIC"), "not the forced panic:\n{stderr}");
    session.assert_clean_screen();
}

/// Closing the terminal (the tmux session killed: SIGHUP, then end-of-file on
/// input) ends the reader at once — it must not linger spinning on a dead
/// terminal — and where it rested was already saved: the next start opens there.
#[test]
fn a_closed_terminal_ends_the_reader_and_keeps_the_reading_position() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-abuse-hup", &[]) else {
        return;
    };
    wait_for_reader(&session);
    session.tmux.keys(&["j", "j"]);
    session.tmux.wait_for("two clauses down", |s| s.contains("¶3 · 3/29"));
    wait_for_position(tmp.path(), 2);
    let pid = session.tmux.reader_pid();
    session.tmux.cmd(&["kill-session", "-t", "e2e"]);
    let began = std::time::Instant::now();
    while std::path::Path::new(&format!("/proc/{pid}")).exists() {
        assert!(began.elapsed().as_secs() < 5, "the reader outlived its terminal");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    drop(session);
    let Some(again) = start(tmp.path(), "attache-abuse-hup2", &[]) else {
        return;
    };
    again.tmux.wait_for("the saved position", |s| s.contains("¶3 · 3/29"));
    again.tmux.keys(&["q"]);
    again.assert_exit(0);
}

/// Killed outright (SIGKILL: nothing runs at exit), the reader has already
/// saved where it rested.
#[test]
fn a_killed_reader_reopens_where_it_rested() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(session) = start(tmp.path(), "attache-abuse-kill", &[]) else {
        return;
    };
    wait_for_reader(&session);
    session.tmux.keys(&["j", "j", "j"]);
    session.tmux.wait_for("three clauses down", |s| s.contains("¶4 · 4/29"));
    wait_for_position(tmp.path(), 3);
    session.tmux.signal_reader("KILL");
    // Nothing can restore the terminal after SIGKILL: only the exit is checked.
    assert_eq!(common::tmux::wait_for_file(&session.exit).trim(), "EXIT=137");
    std::fs::remove_file(&session.exit).unwrap();
    drop(session);
    let Some(again) = start(tmp.path(), "attache-abuse-kill2", &[]) else {
        return;
    };
    again.tmux.wait_for("the saved position", |s| s.contains("¶4 · 4/29"));
    again.tmux.keys(&["q"]);
    again.assert_exit(0);
}
