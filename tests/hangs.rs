//! Nothing a folder or a config file can be makes attache hang: a file
//! swapped for a FIFO between the type check and the open, a file whose read
//! blocks, config files that are FIFOs or links to `/dev/zero`.

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{bin, path_str, stderr};

/// Reads of a name being swapped: enough for the old code to block on most runs.
const READS: usize = 20_000;

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success());
}

/// Waits for `child` at most `limit`; kills it (by its id) and fails if it is still running.
fn finish_within(mut child: Child, limit: Duration, what: &str) -> Output {
    let start = Instant::now();
    while start.elapsed() < limit {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let out = child.wait_with_output().expect("output");
    panic!("{what} still running after {limit:?}: {}", stderr(&out));
}

fn spawn(c: &mut Command) -> Child {
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn attache")
}

/// A thread renames a FIFO and a regular file over one name, turn about, as
/// fast as it can, while this one reads that name `READS` times: no read
/// may block (before the fix one in a few dozen did, on the FIFO's open).
#[test]
fn a_file_swapped_for_a_fifo_never_blocks_the_read() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("briefing.txt");
    let regular = dir.path().join("regular");
    let fifo = dir.path().join("fifo");
    std::fs::write(&regular, "Swapped\n\n1. A paragraph.\n").unwrap();
    mkfifo(&fifo);
    std::fs::copy(&regular, &target).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let swapper = {
        let (stop, dir, target) = (Arc::clone(&stop), dir.path().to_path_buf(), target.clone());
        std::thread::spawn(move || {
            let spare = dir.join("spare");
            while !stop.load(Ordering::Relaxed) {
                for source in [&fifo, &regular] {
                    let _ = std::fs::remove_file(&spare);
                    if std::fs::hard_link(source, &spare).is_ok() {
                        let _ = std::fs::rename(&spare, &target);
                    }
                }
            }
        })
    };
    let reads = Arc::new(AtomicUsize::new(0));
    let reader = {
        let reads = Arc::clone(&reads);
        std::thread::spawn(move || {
            for _ in 0..READS {
                let _ = attache::load::read_text(&target);
                reads.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let mut last = (0, Instant::now());
    while !reader.is_finished() {
        std::thread::sleep(Duration::from_millis(20));
        let n = reads.load(Ordering::Relaxed);
        if n != last.0 {
            last = (n, Instant::now());
        }
        if last.1.elapsed() > Duration::from_secs(3) {
            stop.store(true, Ordering::Relaxed);
            panic!("a read blocked after {n} reads (the FIFO was opened)");
        }
    }
    stop.store(true, Ordering::Relaxed);
    swapper.join().unwrap();
    assert_eq!(reads.load(Ordering::Relaxed), READS);
}

/// A file whose read blocks (a link to `/proc/kmsg`, when this machine lets
/// us read it) does not stop the others loading.
#[test]
fn a_file_whose_read_blocks_does_not_stop_the_load() {
    if std::fs::File::open("/proc/kmsg").is_err() {
        eprintln!("note: /proc/kmsg cannot be opened here; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-good.txt"), "Good\n\n1. Loads.\n").unwrap();
    std::os::unix::fs::symlink("/proc/kmsg", dir.path().join("b-kernel.txt")).unwrap();
    let child = spawn(bin().args(["list", "--no-cache", path_str(dir.path())]));
    let out = finish_within(child, Duration::from_secs(30), "attache list");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("a-good"), "{text}\n{}", stderr(&out));
    assert!(stderr(&out).contains("b-kernel.txt"), "{}", stderr(&out));
}

/// `bookmarks.json`, `entities.txt` and `keys.toml` as FIFOs or links to
/// `/dev/zero`: each is refused at once with a warning, nothing hangs or
/// reads forever, and the FIFO is not moved aside.
#[test]
fn config_files_that_are_fifos_or_devices_are_refused_at_once() {
    for kind in ["fifo", "zero"] {
        let home = tempfile::tempdir().unwrap();
        let config = home.path().join("config/attache");
        std::fs::create_dir_all(&config).unwrap();
        for name in ["bookmarks.json", "entities.txt", "keys.toml"] {
            let path = config.join(name);
            match kind {
                "fifo" => mkfifo(&path),
                _ => std::os::unix::fs::symlink("/dev/zero", &path).unwrap(),
            }
        }
        let with_home = |args: &[&str]| {
            let mut c = bin();
            c.env("XDG_CONFIG_HOME", home.path().join("config")).args(args);
            c
        };
        for args in [
            &["list"][..],
            &["bookmarks"],
            &["bookmarks", "add", "002", "¶3"],
            &["entities"],
        ] {
            let child = spawn(&mut with_home(args));
            let out = finish_within(child, Duration::from_secs(20), &format!("{kind}: attache {args:?}"));
            let err = stderr(&out);
            if args[0] == "bookmarks" {
                assert!(err.contains("not a regular file"), "{kind} {args:?}: {err}");
            }
        }
        let names: Vec<PathBuf> = std::fs::read_dir(&config)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(
            !names.iter().any(|p| p.to_string_lossy().contains("corrupt")),
            "{kind}: {names:?}"
        );
        // The reader reads keys.toml in-process: on a thread, so a hang fails the test.
        let (tx, rx) = std::sync::mpsc::channel();
        let keys = config.join("keys.toml");
        std::thread::spawn(move || {
            let _ = tx.send(attache::tui::keymap::Keymap::load(&keys).1);
        });
        let warnings = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("keys.toml read returns");
        assert!(
            warnings.iter().any(|w| w.contains("not a regular file")),
            "{kind}: {warnings:?}"
        );
    }
}
