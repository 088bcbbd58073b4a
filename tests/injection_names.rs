//! Escapes through names and config rather than document text: file names
//! with ESC/OSC/C1/tab/newline, `keys.toml` keys, `entities.txt` names and
//! bookmark notes with bidi overrides. Nothing of them may reach stdout or
//! stderr raw, in text, TSV or JSON; a name cannot split `jump`'s rows.

#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Output;

use common::{bin, path_str, stderr, stdout};

/// Fails on any control character but line feed (and tab where `tabs`), on
/// C1, and on bidi overrides, isolates and zero-width characters.
fn assert_inert(what: &str, out: &[u8], tabs: bool) {
    let text = String::from_utf8_lossy(out);
    for (i, c) in text.chars().enumerate() {
        let control = c.is_control() && c != '\n' && !(tabs && c == '\t');
        let hidden =
            matches!(c, '\u{200B}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}');
        assert!(
            !control && !hidden,
            "{what}: U+{:04X} at char {i} in {text:?}",
            c as u32
        );
    }
}

const NAMES: &[&str] = &[
    "osc\u{1b}]0;PWNED\u{7}.txt",
    "c1\u{9b}2J.txt",
    "tab\there.txt",
    "new\nline.txt",
    "bidi\u{202E}txt.md",
];

fn hostile_folder(dir: &Path) {
    for (i, name) in NAMES.iter().enumerate() {
        std::fs::write(
            dir.join(name),
            format!("Title {i}\n\n1. The Council met in Quuxland.\n"),
        )
        .unwrap();
    }
}

fn run_in(home: &Path, args: &[&str]) -> Output {
    bin()
        .env("XDG_CONFIG_HOME", home.join("config"))
        .args(args)
        .output()
        .expect("run attache")
}

#[test]
fn hostile_file_names_reach_no_output_raw() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    // A file that is skipped names itself on stderr too.
    std::fs::write(dir.path().join("skip\u{1b}[2J.txt"), b"").unwrap();
    let d = path_str(dir.path());
    for args in [
        vec!["list", d],
        vec!["list", "--json", d],
        vec!["show", "osc", d],
        vec!["show", "--json", "osc", d],
        vec!["entities", d],
        vec!["entities", "--json", d],
        vec!["jump", "--list", d],
        vec!["jump", "--json", "title", d],
        vec!["bookmarks", "add", "osc", "1.", d, "--note", "n"],
        vec!["bookmarks", "add", "new", "1.", d],
        vec!["bookmarks"],
        vec!["bookmarks", "--json"],
        vec!["bookmarks", "export", d],
    ] {
        let o = run_in(home.path(), &args);
        assert_inert(&format!("{args:?} stdout"), &o.stdout, args[0] == "jump");
        assert_inert(&format!("{args:?} stderr"), &o.stderr, false);
    }
    let listed = stdout(&run_in(home.path(), &["list", d]));
    assert!(listed.contains("osc⟨U+001B⟩]0;PWNED⟨U+0007⟩"), "{listed}");
    assert!(listed.contains("new⟨U+000A⟩line"), "{listed}");
    // Every `jump` row has exactly four columns: no name splits a row.
    let rows = stdout(&run_in(home.path(), &["jump", "--list", d]));
    for row in rows.lines() {
        assert_eq!(row.split('\t').count(), 4, "{row:?}");
    }
    let err = stderr(&run_in(home.path(), &["list", d]));
    assert!(err.contains("skipped") && err.contains("skip⟨U+001B⟩[2J.txt"), "{err}");
}

#[test]
fn keys_toml_warnings_are_inert() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys.toml");
    std::fs::write(
        &keys,
        "\"evil\\u001b]52;c;ZXZpbA==\\u0007\" = \"q\"\nquit = \"\\u001b[2J\"\nup = \"\u{202E}k\"\n",
    )
    .unwrap();
    let (_, warnings) = attache::tui::keymap::Keymap::load(&keys);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert_inert("keys.toml warnings", warnings.join("\n").as_bytes(), false);
    assert!(warnings[0].contains("⟨U+001B⟩]52;c;"), "{warnings:?}");
}

#[test]
fn entities_txt_names_and_bookmark_notes_are_shown() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/attache");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("entities.txt"),
        "place: Evil\u{1b}]52;c;ZXZpbA==\u{7}\u{202E}Land | Quuxland\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("brief.txt"),
        "Brief\n\n1. The Council met in Quuxland.\n",
    )
    .unwrap();
    let d = path_str(dir.path());
    for args in [
        vec!["entities", d],
        vec!["entities", "--json", d],
        vec!["show", "--json", "brief", d],
    ] {
        let o = run_in(home.path(), &args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_inert(&format!("{args:?}"), &o.stdout, false);
    }
    let names = stdout(&run_in(home.path(), &["entities", d]));
    assert!(names.contains("Evil") && names.contains("⟨U+202E⟩Land"), "{names}");

    let note = "pay \u{202E}0001\u{202C} and\u{200B}hide";
    let o = run_in(home.path(), &["bookmarks", "add", "brief", "1.", d, "--note", note]);
    assert!(o.status.success(), "{}", stderr(&o));
    for args in [
        vec!["bookmarks"],
        vec!["bookmarks", "--json"],
        vec!["bookmarks", "export", d],
    ] {
        let o = run_in(home.path(), &args);
        assert_inert(&format!("{args:?}"), &o.stdout, false);
        assert!(stdout(&o).contains("⟨U+202E⟩0001⟨U+202C⟩"), "{args:?}: {}", stdout(&o));
    }
}
