//! `attache open DOC [LABEL]`, `jump --list` rows as places it accepts, and
//! usage errors: a mistyped subcommand, an ambiguous document. Piped, `open`
//! prints the place the reader would start at (the reader itself: e2e_tmux).

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{bin, run, stderr, stdout};

fn open_with_stdin(input: &str) -> std::process::Output {
    let mut child = bin()
        .args(["open", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run attache");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn open_finds_a_printed_paragraph_and_prints_it_when_piped() {
    let o = run(&["open", "12804/20", "4"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let fields: Vec<&str> = out.trim_end().split('\t').collect();
    assert_eq!(fields[..2], ["000_534cb20bf9fd105f", "4)"], "{out}");
    assert!(fields[2].starts_with("The Council underlines"), "{out}");

    let o = run(&["open", "korea", "2"]);
    assert!(
        stdout(&o).starts_with("002_fb8e9575d873ff50\t2.\tBeyond 5G/6G"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn open_without_a_label_opens_the_document_and_a_missing_label_exits_1() {
    let o = run(&["open", "denmark"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("001_2ab9842b4ce5ad65\t\tDenmark supports UN Digital Panel"));
    let o = run(&["open", "korea", "99"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no clause \"99\""), "{}", stderr(&o));
}

#[test]
fn every_jump_list_row_cut_to_doc_and_clause_is_a_place_open_accepts() {
    let all = stdout(&run(&["jump", "--list"]));
    let mut kinds = std::collections::BTreeSet::new();
    for row in all.lines().step_by(7) {
        let f: Vec<&str> = row.split('\t').collect();
        kinds.insert(f[0].to_string());
        if f[1].is_empty() {
            continue;
        }
        let cut = format!("{}\t{}\n", f[1], f[2]);
        let o = open_with_stdin(&cut);
        assert!(o.status.success(), "{row:?}: {}", stderr(&o));
        let got: Vec<String> = stdout(&o).split('\t').take(2).map(str::to_string).collect();
        assert_eq!(got, [f[1], f[2]], "{row:?}");
    }
    assert!(kinds.contains("entity") && kinds.contains("clause"), "{kinds:?}");
}

#[test]
fn entity_rows_carry_their_first_mention() {
    let all = stdout(&run(&["jump", "--list"]));
    let entities: Vec<&str> = all.lines().filter(|l| l.starts_with("entity\t")).collect();
    assert!(!entities.is_empty());
    assert!(
        entities.iter().all(|l| !l.split('\t').nth(1).unwrap().is_empty()),
        "every entity names a document"
    );
    // A whole row works too.
    let row = all.lines().find(|l| l.starts_with("clause\t")).unwrap();
    let o = open_with_stdin(row);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_mistyped_subcommand_is_a_usage_error_with_a_suggestion() {
    let o = run(&["lsit"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean list?"), "{}", stderr(&o));
    let o = run(&["shwo", "korea"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean show?"));
}

#[test]
fn an_ambiguous_document_lists_ids_with_titles() {
    let o = run(&["open", "digital"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("Council conclusions on Digital Diplomacy"), "{err}");
    assert!(err.contains("000_534cb20bf9fd105f"), "{err}");
}

#[test]
fn jump_list_includes_bookmarks_with_their_place() {
    let home = tempfile::tempdir().unwrap();
    let with_home = |args: &[&str]| {
        bin()
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_STATE_HOME", home.path().join("state"))
            .args(args)
            .output()
            .unwrap()
    };
    let o = with_home(&["bookmarks", "add", "002", "¶3", "--note", "lead with this"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let all = stdout(&with_home(&["jump", "--list"]));
    let row = all
        .lines()
        .find(|l| l.starts_with("bookmark\t"))
        .expect("a bookmark row");
    let f: Vec<&str> = row.split('\t').collect();
    assert_eq!(f[1..3], ["002_fb8e9575d873ff50", "¶3"], "{row}");
    assert!(f[3].contains("lead with this"), "{row}");
}

#[test]
fn completions_for_each_shell_and_a_man_page() {
    for (shell, mark) in [
        ("bash", "complete"),
        ("zsh", "#compdef attache"),
        ("fish", "complete -c attache"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let o = run(&["completions", shell]);
        assert!(o.status.success(), "{shell}");
        let out = stdout(&o);
        assert!(out.contains(mark) && out.contains("bookmarks"), "{shell}: {out:.200}");
    }
    let man = stdout(&run(&["man"]));
    assert!(man.contains(".TH attache 1") && man.contains("open"), "{man:.300}");
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn a_dash_reads_the_paths_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "First briefing\n\n1. The Council notes.\n").unwrap();
    std::fs::write(&b, "Second briefing\n\n1. The Council agrees.\n").unwrap();
    let mut child = bin()
        .args(["list", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let listed = format!("{}\n\n{}\n", a.display(), b.display());
    child.stdin.take().unwrap().write_all(listed.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("First briefing") && out.contains("Second briefing"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 3, "a header and two documents: {out}");
}

#[test]
fn bookmarks_add_takes_the_label_as_the_document_prints_it() {
    let home = tempfile::tempdir().unwrap();
    let o = bin()
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .args(["bookmarks", "add", "12804/20", "4"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("4)"), "{}", stdout(&o));
}
