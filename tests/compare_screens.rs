//! The compare view on a version pair made from a bundled briefing (a REV 1
//! with a clause split, one moved, one deleted, one reworded, one added):
//! `=` offers the other version first, Enter compares; snapshots at 120×40 and
//! 80×24, the walk through changes with `]c`/`[c`, and the styles of marked words.

mod tui_support;

use std::path::PathBuf;

use attache::compare::Op;
use attache::entities::Extractor;
use attache::library::Library;
use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use ratatui::style::Modifier;
use tui_support::{press, render, screen_text as text};

const SEED: &str = include_str!("../seeds/000_534cb20bf9fd105f.txt");

/// The seed as REV 1, a week later, edited every way and renumbered.
fn revision() -> String {
    let first = SEED.find("\n1) ").unwrap() + 1;
    let (head, body) = SEED.split_at(first);
    let head = head
        .replace("17 November 2020", "24 November 2020")
        .replace("12804/20", "12804/1/20 REV 1");
    let p: Vec<&str> = body
        .split("\n\n")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| t.split_once(") ").unwrap().1)
        .collect();
    let cut = p[0].find(" It has highlighted").unwrap();
    let reworded = p[3].replace(
        "The Council underlines the need",
        "The Council stresses the urgent need",
    );
    let added = "The Council invites the High Representative to report on these conclusions by the end of 2021.";
    let edited = [&p[0][..cut], &p[0][cut + 1..], p[4], p[1], &reworded, added];
    let mut out = head;
    for (i, t) in edited.iter().enumerate() {
        out.push_str(&format!("{}) {t}\n\n", i + 1));
    }
    out
}

/// The original, its REV 1 and an unrelated seed; the reader on the REV 1.
fn state(w: u16, h: u16) -> AppState {
    let sources = vec![
        (PathBuf::from("lib/conclusions.txt"), Ok(SEED.to_string())),
        (PathBuf::from("lib/conclusions-rev1.txt"), Ok(revision())),
        (
            PathBuf::from("lib/statement.txt"),
            Ok(include_str!("../seeds/002_fb8e9575d873ff50.txt").to_string()),
        ),
    ];
    let lib = Library::from_sources(sources, &Extractor::new(None).0);
    let mut s = AppState::new(lib, w, h);
    s.open(1);
    s
}

#[test]
fn equals_offers_the_original_first_and_enter_compares() {
    let mut s = state(120, 40);
    press(&mut s, "=");
    let picker = s.compare.picker.as_ref().expect("the picker is open");
    assert_eq!(picker.candidates[0].doc, 0, "the same number comes first");
    insta::assert_snapshot!("picker_120x40", text(&render(&s, &Theme { colour: true })));
    press(&mut s, "enter");
    let view = s.compare.view.as_ref().expect("the view is open");
    assert_eq!((view.old, view.new), (0, 1), "the earlier date is the old version");
    insta::assert_snapshot!("view_120x40", text(&render(&s, &Theme { colour: true })));
}

#[test]
fn the_view_at_80x24_reads_without_colour() {
    let mut s = state(80, 24);
    press(&mut s, "= enter");
    // Down to the reworded clause: its marks carry the change without colour.
    press(&mut s, "] c ] c ]");
    let screen = text(&render(&s, &Theme::colourless()));
    insta::assert_snapshot!("view_80x24", screen);
    assert!(
        screen.contains("[-underlines-]") && screen.contains("{+stresses"),
        "{screen}"
    );
}

#[test]
fn brackets_walk_the_changes_and_skip_what_stayed() {
    let mut s = state(120, 40);
    press(&mut s, "= enter");
    let ops = |s: &AppState| {
        let v = s.compare.view.as_ref().unwrap();
        v.comparison.changes[v.current].op
    };
    assert_eq!(ops(&s), Op::Split, "the first change is current");
    press(&mut s, "] c");
    assert_eq!(ops(&s), Op::Moved);
    press(&mut s, "] c");
    assert_eq!(ops(&s), Op::Deleted, "the same clause 2) → 4) is passed over");
    press(&mut s, "] c ] c");
    assert_eq!(ops(&s), Op::Added);
    press(&mut s, "[ c");
    assert_eq!(ops(&s), Op::Changed);
    // The colour toggle is untouched by the `c` of `]c`.
    assert!(s.mention_colours);
}

#[test]
fn enter_opens_the_newer_version_at_the_clause_and_esc_closes() {
    let mut s = state(120, 40);
    press(&mut s, "= enter ] c");
    press(&mut s, "enter");
    assert!(s.compare.view.is_none());
    assert_eq!(s.reader.doc, Some(1));
    assert_eq!(tui_support::current_label(&s), "3)", "the moved clause, now 3)");
    press(&mut s, "= enter esc");
    assert!(s.compare.view.is_none() && s.compare.picker.is_none());
}

#[test]
fn deleted_words_are_struck_and_inserted_words_bold() {
    let mut s = state(120, 40);
    press(&mut s, "= enter ] ] ]");
    let buf = render(&s, &Theme { colour: true });
    let find = |needle: &str| {
        let screen = text(&buf);
        let (y, line) = screen.lines().enumerate().find(|(_, l)| l.contains(needle)).unwrap();
        let x = line[..line.find(needle).unwrap()].chars().count() as u16;
        buf[(x + 2, y as u16)].modifier
    };
    assert!(find("[-underlines-]").contains(Modifier::CROSSED_OUT));
    assert!(find("{+stresses").contains(Modifier::BOLD));
}

/// A Word file with tracked changes offers them first: before → after, marked.
#[test]
fn a_word_file_with_tracked_changes_offers_them_first() {
    let docx = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats/seed-000-council-conclusions.docx");
    let lib = Library::load(&[docx]);
    let mut s = AppState::new(lib, 80, 24);
    press(&mut s, "=");
    let picker = s.compare.picker.as_ref().expect("the picker is open");
    assert!(picker.tracked && picker.candidates.is_empty());
    press(&mut s, "enter");
    let view = s.compare.view.as_ref().expect("the view is open");
    assert!(view.prior.is_some());
    assert_eq!(view.summary.to_string(), "1 changed; 4 the same");
    press(&mut s, "] c");
    let screen = text(&render(&s, &Theme::colourless()));
    insta::assert_snapshot!("tracked_80x24", screen);
    assert!(
        screen.contains("Tracked changes in") && screen.contains("[-2020,-] {+2021,+}"),
        "{screen}"
    );
}
