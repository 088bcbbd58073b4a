//! Saved data under abuse: `attache bookmarks add` killed with SIGKILL at
//! random moments, 200 times. After every kill `bookmarks.json` must parse and
//! hold every bookmark whose add returned before the kill; no file is ever
//! found corrupt (and moved aside).

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use attache::bookmarks::parse_bookmarks;
use common::{bin, path_str};

const KILLS: usize = 200;

/// A briefing with a numbered paragraph for each add, so every add makes a new bookmark.
fn write_briefing(dir: &Path) {
    let mut text = String::from("Kill test briefing\n\n");
    for i in 1..=KILLS + 10 {
        text.push_str(&format!(
            "{i}. Paragraph number {i} of the kill test, with some words.\n\n"
        ));
    }
    std::fs::write(dir.join("briefing.txt"), text).unwrap();
}

fn add(home: &Path, doc_dir: &Path, i: usize) -> Child {
    let mut c: Command = bin();
    c.env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .args(["bookmarks", "add", "briefing", &format!("{i}."), path_str(doc_dir)])
        .args(["--note", &format!("kill {i}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn attache")
}

/// The notes of the bookmarks in the file, after checking it parses.
fn saved_notes(file: &Path) -> HashSet<String> {
    let Ok(bytes) = std::fs::read(file) else {
        return HashSet::new();
    };
    let bookmarks = parse_bookmarks(&bytes).unwrap_or_else(|e| {
        panic!(
            "bookmarks.json does not parse ({e}):\n{}",
            String::from_utf8_lossy(&bytes)
        )
    });
    let ids: HashSet<&str> = bookmarks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids.len(), bookmarks.len(), "duplicate ids");
    bookmarks.into_iter().filter_map(|b| b.note).collect()
}

/// A small xorshift, seeded from the clock (and printed, to replay a failure).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[test]
fn bookmarks_survive_sigkill_at_random_moments() {
    let home = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    write_briefing(docs.path());
    let file = home.path().join("config/attache/bookmarks.json");

    // How long one add takes here, so kills land all over its run, saves included.
    let started = Instant::now();
    let out = add(home.path(), docs.path(), KILLS + 1).wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run_time = started.elapsed().as_micros() as u64;
    let mut expected: HashSet<String> = HashSet::from([format!("kill {}", KILLS + 1)]);

    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    println!("seed {seed}, one add takes {run_time} µs");
    let mut rng = Rng(seed);
    let (mut finished, mut killed) = (0, 0);
    for i in 1..=KILLS {
        let mut child = add(home.path(), docs.path(), i);
        std::thread::sleep(Duration::from_micros(rng.below(run_time * 5 / 4)));
        let done_before_kill = child.try_wait().unwrap();
        child.kill().unwrap();
        let out = child.wait_with_output().unwrap();
        match done_before_kill {
            Some(status) => {
                assert!(
                    status.success(),
                    "add {i} failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                assert!(String::from_utf8_lossy(&out.stdout).starts_with("bookmarked"));
                expected.insert(format!("kill {i}"));
                finished += 1;
            }
            None => killed += 1,
        }
        let notes = saved_notes(&file);
        let lost: Vec<&String> = expected.difference(&notes).collect();
        assert!(lost.is_empty(), "after kill {i} (seed {seed}), lost {lost:?}");
    }
    println!("{finished} adds finished before the kill, {killed} were killed");
    assert!(killed > 0, "no add was ever killed mid-run");

    let corrupt: Vec<String> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".corrupt"))
        .collect();
    assert!(corrupt.is_empty(), "a file was found corrupt: {corrupt:?}");
    // A final add after all the kills still works and keeps everything.
    let out = add(home.path(), docs.path(), KILLS + 2).wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    expected.insert(format!("kill {}", KILLS + 2));
    assert!(expected.is_subset(&saved_notes(&file)));
}
