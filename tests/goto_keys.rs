//! Key-sequence tests of going to a paragraph by its label, as the chair names
//! it: digits or `:` in the reader, `DOC N` in the palette; Ctrl-O comes back.

mod tui_support;

use attache::tui::state::{AppState, Pane, Status};
use tui_support::{current_label, press, state};

/// Types `text` as key presses (spaces as `space`).
fn type_text(s: &mut AppState, text: &str) {
    for c in text.chars() {
        let chord = if c == ' ' { "space".to_string() } else { c.to_string() };
        press(s, &chord);
    }
}

fn place(s: &AppState) -> (Option<usize>, usize) {
    (s.reader.doc, s.reader.current)
}

#[test]
fn typing_a_number_and_enter_goes_to_that_printed_paragraph() {
    let mut s = state(120, 40);
    s.open(0);
    press(&mut s, "j");
    let before = place(&s);
    press(&mut s, "4");
    assert!(s.goto.is_some(), "a digit opens the go-to input");
    assert_eq!(s.goto.as_ref().unwrap().text(), "4");
    press(&mut s, "enter");
    assert!(s.goto.is_none());
    assert_eq!(current_label(&s), "4)");
    assert_eq!(s.focus, Pane::Reader);
    press(&mut s, "ctrl-o");
    assert_eq!(place(&s), before, "the history records the go-to");
}

#[test]
fn colon_opens_the_same_input_and_a_heading_number_is_found() {
    let mut s = state(120, 40);
    s.open(2);
    press(&mut s, ":");
    assert!(s.goto.is_some());
    type_text(&mut s, "2");
    press(&mut s, "enter");
    let doc = s.reader.document(&s.library).unwrap();
    assert_eq!(current_label(&s), "2.");
    assert!(doc.clause_text(s.reader.current).starts_with("Beyond 5G/6G"));
}

#[test]
fn several_digits_and_backspace_edit_the_label_before_enter() {
    let mut s = state(120, 40);
    s.open(0);
    press(&mut s, "1 5 backspace");
    assert_eq!(s.goto.as_ref().unwrap().text(), "1");
    press(&mut s, "enter");
    assert_eq!(current_label(&s), "1)");
}

#[test]
fn an_unknown_label_says_so_and_leaves_the_reader_where_it_was() {
    let mut s = state(120, 40);
    s.open(0);
    press(&mut s, "j j");
    let before = place(&s);
    press(&mut s, "9 9 enter");
    assert_eq!(place(&s), before);
    assert_eq!(s.status, Some(Status::Info("no paragraph 99 in this document".into())));
}

#[test]
fn esc_closes_the_go_to_input_without_moving() {
    let mut s = state(120, 40);
    s.open(0);
    let before = place(&s);
    press(&mut s, "3 esc");
    assert!(s.goto.is_none());
    assert_eq!(place(&s), before);
    press(&mut s, "j");
    assert_eq!(s.reader.current, before.1 + 1, "keys move the reader again");
}

#[test]
fn a_document_without_that_printed_number_goes_to_attache_s_count_and_says_so() {
    let mut s = state(120, 40);
    s.open(1);
    press(&mut s, "3 enter");
    assert_eq!(current_label(&s), "¶3");
    assert!(
        matches!(&s.status, Some(Status::Info(t)) if t.contains("prints no paragraph 3")),
        "{:?}",
        s.status
    );
}

#[test]
fn palette_doc_and_number_goes_to_that_paragraph_of_that_document() {
    let mut s = state(120, 40);
    s.open(2);
    let before = place(&s);
    press(&mut s, "ctrl-p");
    type_text(&mut s, "12804/20 5");
    press(&mut s, "enter");
    assert_eq!(s.reader.doc, Some(0));
    assert_eq!(current_label(&s), "5)");
    press(&mut s, "ctrl-o");
    assert_eq!(place(&s), before);

    press(&mut s, "ctrl-p");
    type_text(&mut s, "korea 2");
    press(&mut s, "enter");
    assert_eq!(s.reader.doc, Some(2));
    assert_eq!(current_label(&s), "2.");

    press(&mut s, "ctrl-p");
    type_text(&mut s, "digital diplomacy 3");
    press(&mut s, "enter");
    assert_eq!((s.reader.doc, current_label(&s)), (Some(0), "3)".to_string()));
}
