//! Key-sequence tests of bookmarks and reading positions in the reader: keys go
//! through the default keymap into `AppState::update`, the effects are
//! performed as `App` performs them, against stores in a temporary folder.

mod tui_support;

use std::path::Path;

use attache::bookmarks::BookmarkStore;
use attache::positions::PositionStore;
use attache::tui::action::{Action, Effect};
use attache::tui::input::TextKey;
use attache::tui::state::{AppState, BookmarkSort, Mark, Status};
use attache::tui::stores;
use tui_support::{current_label, press, state};

/// A reader with a bookmark store at `dir/bookmarks.json`.
fn with_store(dir: &Path) -> AppState {
    let mut s = state(120, 40);
    s.attach_bookmarks(BookmarkStore::open(dir.join("bookmarks.json")).0);
    s
}

/// Presses keys and performs each effect as `App` does.
fn keys(s: &mut AppState, chords: &str) {
    for chord in chords.split_whitespace() {
        let effect = press(s, chord);
        perform(s, effect);
    }
}

fn perform(s: &mut AppState, effect: Effect) {
    match effect {
        Effect::SaveBookmarks => stores::save_bookmarks(s),
        Effect::SavePositions => stores::save_positions(s),
        _ => {}
    }
}

/// Types `text` into the open input, then Enter.
fn type_line(s: &mut AppState, text: &str) {
    for c in text.chars() {
        assert_eq!(s.update(Action::Text(TextKey::Char(c))), Effect::None);
    }
    let effect = s.update(Action::Text(TextKey::Submit));
    perform(s, effect);
}

/// The bookmarks in the file, as `(label, note)`.
fn saved(dir: &Path) -> Vec<(String, Option<String>)> {
    let (store, _) = BookmarkStore::open(dir.join("bookmarks.json"));
    store
        .bookmarks()
        .iter()
        .map(|b| (b.label.clone(), b.note.clone()))
        .collect()
}

fn info(s: &AppState) -> String {
    match &s.status {
        Some(Status::Info(t) | Status::Warning(t)) => t.clone(),
        None => String::new(),
    }
}

#[test]
fn b_toggles_a_bookmark_on_the_current_clause_and_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_store(dir.path());
    assert_eq!(press(&mut s, "j j b"), Effect::SaveBookmarks);
    assert_eq!(s.bookmarks.mark(2, 2), Some(Mark::Sure));
    assert!(info(&s).starts_with("bookmarked ¶3"), "{:?}", s.status);
    perform(&mut s, Effect::SaveBookmarks);
    assert_eq!(saved(dir.path()), [("¶3".to_string(), None)]);

    keys(&mut s, "b");
    assert_eq!(s.bookmarks.mark(2, 2), None);
    assert!(saved(dir.path()).is_empty());
    // `u` right after brings it back.
    keys(&mut s, "u");
    assert_eq!(s.bookmarks.mark(2, 2), Some(Mark::Sure));
    assert_eq!(saved(dir.path()).len(), 1);
}

#[test]
fn a_adds_a_note_enter_saves_it_and_esc_cancels() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_store(dir.path());
    // `a` on a clause not bookmarked yet bookmarks it with the note.
    keys(&mut s, "j a");
    assert!(s.bookmarks.note.is_some());
    type_line(&mut s, "raise export controls");
    assert!(s.bookmarks.note.is_none());
    assert_eq!(info(&s), "note saved on ¶2");
    assert_eq!(
        saved(dir.path()),
        [("¶2".to_string(), Some("raise export controls".to_string()))]
    );

    // Editing starts from the note; Esc leaves it as it was.
    keys(&mut s, "a");
    assert_eq!(s.bookmarks.note.as_ref().unwrap().input.text(), "raise export controls");
    s.update(Action::Text(TextKey::Backspace));
    s.update(Action::Text(TextKey::Cancel));
    assert!(s.bookmarks.note.is_none());
    assert_eq!(saved(dir.path())[0].1.as_deref(), Some("raise export controls"));

    // Esc on a new clause's note bookmarks nothing.
    keys(&mut s, "j a");
    type_line(&mut s, "");
    assert_eq!(saved(dir.path()).len(), 2, "Enter with no text still bookmarks");
    keys(&mut s, "j a");
    s.update(Action::Text(TextKey::Cancel));
    assert_eq!(saved(dir.path()).len(), 2);
}

#[test]
fn the_list_sorts_by_document_or_recency_and_enter_jumps_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_store(dir.path());
    keys(&mut s, "G b g j b");
    let last = s.library.documents[2].clauses.len() - 1;
    keys(&mut s, "B");
    let list = s.bookmarks.list.clone().unwrap();
    assert_eq!(list.sort, BookmarkSort::Document);
    let clause_of = |s: &AppState, i: usize| s.bookmarks.place(i).unwrap().location().unwrap().1;
    let shown: Vec<usize> = list.order.iter().map(|&i| clause_of(&s, i)).collect();
    assert_eq!(shown, [1, last]);
    // The list opens on the current clause's bookmark.
    assert_eq!(list.cursor, 0);

    // The selected bookmark stays selected wherever the new order puts it.
    keys(&mut s, "j s");
    let list = s.bookmarks.list.clone().unwrap();
    assert_eq!(list.sort, BookmarkSort::Recent);
    assert_eq!(clause_of(&s, list.order[list.cursor]), last);
    assert_eq!(list.cursor, 1, "the newer bookmark (clause 1) comes first");

    keys(&mut s, "G enter");
    assert!(s.bookmarks.list.is_none());
    assert_eq!(s.reader.current, clause_of(&s, list.order[1]));
}

#[test]
fn d_deletes_in_the_list_and_u_undoes_until_the_next_action() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_store(dir.path());
    keys(&mut s, "b j b");
    keys(&mut s, "B d");
    assert_eq!(s.bookmarks.list.as_ref().unwrap().order.len(), 1);
    assert_eq!(saved(dir.path()).len(), 1);
    keys(&mut s, "u");
    assert_eq!(s.bookmarks.list.as_ref().unwrap().order.len(), 2);
    assert_eq!(saved(dir.path()).len(), 2);

    keys(&mut s, "d j u");
    assert_eq!(info(&s), "nothing to undo");
    assert_eq!(saved(dir.path()).len(), 1);
    keys(&mut s, "esc");
    assert!(s.bookmarks.list.is_none());
}

#[test]
fn a_failed_save_is_reported_and_retried_with_the_next_change() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the folder should be: the save cannot create it.
    let blocker = dir.path().join("config");
    std::fs::write(&blocker, "not a folder").unwrap();
    let mut s = state(120, 40);
    s.attach_bookmarks(BookmarkStore::open(blocker.join("bookmarks.json")).0);
    keys(&mut s, "b");
    assert!(info(&s).starts_with("bookmarks not saved"), "{:?}", s.status);
    assert!(s.bookmarks.save_failed.is_some());

    std::fs::remove_file(&blocker).unwrap();
    keys(&mut s, "j b");
    assert!(s.bookmarks.save_failed.is_none());
    assert_eq!(saved(&blocker).len(), 2);
}

#[test]
fn the_reader_reopens_at_the_last_document_and_each_documents_clause() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("positions.json");
    let mut s = state(120, 40);
    s.attach_positions(PositionStore::open(&path).0);
    keys(&mut s, "j j j");
    // Open another document from the list: the switch is saved.
    press(&mut s, "tab tab j");
    assert_eq!(press(&mut s, "enter"), Effect::SavePositions);
    perform(&mut s, Effect::SavePositions);
    let other = s.reader.doc.unwrap();
    assert_ne!(other, 2);
    keys(&mut s, "j");
    stores::save_at_exit(&mut s);

    let mut again = state(120, 40);
    again.attach_positions(PositionStore::open(&path).0);
    assert_eq!((again.reader.doc, again.reader.current), (Some(other), 1));
    // Back to the first document: its clause too.
    press(&mut again, "tab tab g");
    let first = again.documents.order.iter().position(|&d| d == 2).unwrap();
    for _ in 0..first {
        press(&mut again, "j");
    }
    press(&mut again, "enter");
    assert_eq!((again.reader.doc, current_label(&again)), (Some(2), "¶4".to_string()));
}

#[test]
fn the_jump_palette_is_given_the_bookmarks() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_store(dir.path());
    keys(&mut s, "j a");
    type_line(&mut s, "export controls");
    let entries = s.bookmarks.jump_entries(&s.library);
    assert_eq!(entries.len(), 1);
    assert_eq!((entries[0].doc, entries[0].clause), (Some(2), Some(1)));
    assert_eq!(entries[0].note, "export controls");
}
