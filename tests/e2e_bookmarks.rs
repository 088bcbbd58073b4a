//! End to end: bookmarks and the reading position survive a restart. The real
//! binary runs in tmux on a private socket with temporary config and state
//! folders: move to a clause, `b`, `a` + a note + Enter, `q`; start again and
//! the mark and the note are on screen and in `bookmarks.json`, and the reader
//! is back on the same document and clause. Skipped (with a note) without tmux.

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
        self.cmd(&["capture-pane", "-p", "-t", "bm"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "bm"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// Sends `text` literally (no key names).
    fn type_text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "bm", "-l", text]);
    }

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

    /// Starts the reader at 100×30 with these config and state folders; the
    /// shell writes the exit code to `exit` afterwards.
    fn start(&self, tmp: &Path, exit: &Path) {
        let script = format!(
            "env XDG_CONFIG_HOME='{}' XDG_STATE_HOME='{}' TERM=xterm-256color '{}' 2>/dev/null; \
             echo \"EXIT=$?\" > '{}.tmp'; mv '{}.tmp' '{}'; sleep 60",
            tmp.join("config").display(),
            tmp.join("state").display(),
            env!("CARGO_BIN_EXE_attache"),
            exit.display(),
            exit.display(),
            exit.display(),
        );
        self.cmd(&["new-session", "-d", "-s", "bm", "-x", "100", "-y", "30", &script]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

fn wait_for_exit(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        if let Ok(s) = std::fs::read_to_string(path)
            && s.ends_with('\n')
        {
            return s.trim().to_string();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{} never appeared", path.display());
}

#[test]
fn a_bookmark_its_note_and_the_reading_position_survive_a_restart() {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the bookmarks end-to-end test");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let tmux = Tmux {
        socket: format!("attache-e2e-bm-{}", std::process::id()),
    };
    let exit = tmp.path().join("exit");
    tmux.start(tmp.path(), &exit);
    tmux.wait_for("the reader", |s| s.contains("Documents (3)") && s.contains("¶1 · 1/29"));

    tmux.keys(&["j", "j"]);
    tmux.wait_for("the third clause", |s| s.contains("¶3 · 3/29"));
    tmux.keys(&["b"]);
    tmux.wait_for("the mark", |s| s.contains("★ ¶3") && s.contains("bookmarked ¶3"));
    tmux.keys(&["a"]);
    tmux.wait_for("the note input", |s| s.contains("note on ¶3:"));
    tmux.type_text("raise export controls");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the note saved", |s| s.contains("note saved on ¶3"));
    // Leave the clause, so the position restored is not simply the bookmark's.
    tmux.keys(&["j"]);
    tmux.wait_for("the fourth clause", |s| s.contains("¶4 · 4/29"));
    tmux.keys(&["q"]);
    assert_eq!(wait_for_exit(&exit), "EXIT=0");

    let json = std::fs::read_to_string(tmp.path().join("config/attache/bookmarks.json")).unwrap();
    assert!(
        json.contains("\"label\": \"¶3\"") && json.contains("\"note\": \"raise export controls\""),
        "{json}"
    );
    assert!(tmp.path().join("state/attache/positions.json").exists());

    // Again: the same document and clause, the mark, and the note on ¶3.
    // A second server: a new one on the socket just killed can race its shutdown.
    drop(tmux);
    let tmux = Tmux {
        socket: format!("attache-e2e-bm-{}-again", std::process::id()),
    };
    std::fs::remove_file(&exit).unwrap();
    tmux.start(tmp.path(), &exit);
    tmux.wait_for("the reader reopened on ¶4 with the mark on ¶3", |s| {
        s.contains("Documents (3)") && s.contains("¶4 · 4/29") && s.contains("★ ¶3")
    });
    tmux.keys(&["k"]);
    tmux.wait_for("the note on ¶3", |s| {
        s.contains("¶3 · 3/29") && s.contains("✎ raise export controls")
    });
    tmux.keys(&["B"]);
    tmux.wait_for("the list", |s| {
        s.contains("Bookmarks (1)") && s.contains("✎ raise export controls")
    });
    // Esc and q apart: sent together they read as Alt-q.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the list closed", |s| !s.contains("Bookmarks (1)"));
    tmux.keys(&["q"]);
    assert_eq!(wait_for_exit(&exit), "EXIT=0");
}

#[test]
fn a_corrupt_bookmarks_file_is_moved_aside_and_reported_at_startup() {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the bookmarks end-to-end test");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("config/attache");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("bookmarks.json"), "{\"version\": 1, \"bookmarks\": [").unwrap();
    let tmux = Tmux {
        socket: format!("attache-e2e-bm-{}-corrupt", std::process::id()),
    };
    let exit = tmp.path().join("exit");
    tmux.start(tmp.path(), &exit);
    tmux.wait_for("the warning", |s| {
        s.contains("Documents (3)") && s.contains("bookmarks.json could not be read: moved aside as")
    });
    let moved = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("bookmarks.json.corrupt-"));
    assert!(moved, "no bookmarks.json.corrupt-* in {}", folder.display());
    // The reader goes on: a bookmark can be made and is saved.
    tmux.keys(&["b"]);
    tmux.wait_for("the mark", |s| s.contains("★ ¶1"));
    tmux.keys(&["q"]);
    assert_eq!(wait_for_exit(&exit), "EXIT=0");
    assert!(
        std::fs::read_to_string(folder.join("bookmarks.json"))
            .unwrap()
            .contains("\"label\": \"¶1\"")
    );
}
