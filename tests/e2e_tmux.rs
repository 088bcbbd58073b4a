//! End to end: the real binary in tmux on a private socket, with temporary
//! config and state folders. Types keys, reads the screen, resizes, quits, and
//! checks the exit code and that the terminal is back in canonical mode.
//! Skipped (with a note) where tmux is not installed; `.ci/run` installs it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "e2e"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// Waits until the screen satisfies `ok`, or fails showing the last screen.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        if let Ok(s) = std::fs::read_to_string(path)
            && s.ends_with('\n')
        {
            return s;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{} never appeared", path.display());
}

/// Starts the reader in a fresh tmux server at 100×30; returns the server and
/// the files where the shell records the exit code and `stty -a` afterwards.
fn start(tmp: &Path, name: &str) -> Option<(Tmux, std::path::PathBuf, std::path::PathBuf)> {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the end-to-end test");
        return None;
    }
    let config = tmp.join("config");
    std::fs::create_dir_all(config.join("attache")).unwrap();
    // A bad line in keys.toml must be reported, naming file and line, with defaults kept.
    std::fs::write(config.join("attache/keys.toml"), "quiet = \"q\"\n").unwrap();
    let exit = tmp.join("exit");
    let stty = tmp.join("stty");
    let script = format!(
        "env XDG_CONFIG_HOME='{}' XDG_STATE_HOME='{}' TERM=xterm-256color '{}' 2>/dev/null; \
         echo \"EXIT=$?\" > '{}.tmp'; stty -a > '{}'; mv '{}.tmp' '{}'; sleep 60",
        config.display(),
        tmp.join("state").display(),
        env!("CARGO_BIN_EXE_attache"),
        exit.display(),
        stty.display(),
        exit.display(),
        exit.display(),
    );
    let tmux = Tmux {
        socket: format!("attache-e2e-{}-{name}", std::process::id()),
    };
    tmux.cmd(&["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", &script]);
    Some((tmux, exit, stty))
}

fn assert_restored(exit: &Path, stty: &Path) {
    let code = wait_for_file(exit);
    assert_eq!(code.trim(), "EXIT=0");
    let modes = std::fs::read_to_string(stty).unwrap();
    let has = |flag: &str| modes.split_whitespace().any(|w| w == flag);
    assert!(has("icanon") && has("echo"), "terminal not restored: {modes}");
}

#[test]
fn reader_opens_moves_helps_resizes_and_quits_cleanly_in_tmux() {
    let tmp = tempfile::tempdir().unwrap();
    let Some((tmux, exit, stty)) = start(tmp.path(), "keys") else {
        return;
    };
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
    tmux.wait_for("help", |s| {
        s.contains("Keys") && s.contains("half a page down")
    });
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
    assert_restored(&exit, &stty);
}

#[test]
fn sigterm_restores_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let Some((tmux, exit, stty)) = start(tmp.path(), "term") else {
        return;
    };
    tmux.wait_for("the reader", |s| s.contains("Documents (3)"));
    let shell = tmux.cmd(&["list-panes", "-t", "e2e", "-F", "#{pane_pid}"]);
    // The reader is the only child of the pane's shell.
    let status = Command::new("pkill")
        .args(["-TERM", "-P", shell.trim()])
        .status()
        .expect("run pkill");
    assert!(status.success());
    assert_restored(&exit, &stty);
}
