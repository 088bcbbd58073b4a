//! Screen snapshots of bookmarks: the gutter marks (`★`, and `≈` for a clause
//! found only by its label), the note input in the status bar, and the list
//! with a note and an orphan.

mod tui_support;

use attache::bookmarks::{Bookmark, BookmarkStore};
use attache::tui::action::Action;
use attache::tui::input::TextKey;
use attache::tui::keymap::Keymap;
use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use attache::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use tui_support::{library, press, screen_text as text};

fn render(s: &AppState) -> Buffer {
    let (w, h) = s.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let keymap = Keymap::default();
    terminal
        .draw(|f| ui::draw(f, s, &keymap, &Theme { colour: true }))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// Seed 002 at `w`×`h` with bookmarks on ¶1 (with a note), ¶3 (re-worded:
/// found by label only) and one whose document is gone.
fn bookmarked(w: u16, h: u16) -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let lib = library();
    let doc = &lib.documents[2];
    let (mut store, _) = BookmarkStore::open(dir.path().join("bookmarks.json"));
    store.add(Bookmark::new(
        doc,
        0,
        Some("raise export controls".into()),
        1_700_000_000,
    ));
    let mut moved = Bookmark::new(doc, 2, None, 1_700_000_000);
    moved.doc_hash = "00000000000000ff".into();
    moved.quote.exact = "Quite other words entirely".into();
    store.add(moved);
    let mut gone = Bookmark::new(doc, 5, Some("ask about the annex".into()), 1_700_000_000);
    gone.doc_hash = "0000000000000001".into();
    gone.path = "/briefings/withdrawn.txt".into();
    gone.doc_id = "withdrawn".into();
    gone.title = Some("Withdrawn draft on data flows".into());
    gone.quote.exact = "The parties will consider a data adequacy decision".into();
    store.add(gone);
    let mut s = AppState::new(lib, w, h);
    s.attach_bookmarks(store);
    (s, dir)
}

#[test]
fn gutter_marks_sure_and_approximate_bookmarks() {
    let (s, _dir) = bookmarked(80, 24);
    insta::assert_snapshot!("gutter_marks_80x24", text(&render(&s)));
}

#[test]
fn the_note_input_takes_the_status_bar() {
    let (mut s, _dir) = bookmarked(80, 24);
    press(&mut s, "a");
    for c in " and chips".chars() {
        s.update(Action::Text(TextKey::Char(c)));
    }
    let screen = text(&render(&s));
    let last = screen.lines().last().unwrap();
    assert!(
        last.starts_with("note on ¶1: raise export controls and chips"),
        "{last}"
    );
}

#[test]
fn the_bookmarks_list() {
    for (w, h) in [(120, 40), (40, 12)] {
        let (mut s, _dir) = bookmarked(w, h);
        press(&mut s, "B");
        // Fixed "now" so times read the same on every run: a day after.
        s.bookmarks.now = 1_700_000_000 + 86_400 + 5;
        insta::assert_snapshot!(format!("list_{w}x{h}"), text(&render(&s)));
    }
}
