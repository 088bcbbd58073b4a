//! Screens a delegate reads in a meeting, at 80×24 and 100×30: the marking
//! (`LIMITE`) and the `? help` / `q quit` hints whole, the skipped-files count
//! and its overlay, the go-to line, and the palette's cursor where the edit is.

mod tui_support;

use std::path::PathBuf;

use attache::formats::FormatError;
use attache::load::{SkipReason, Skipped};
use attache::tui::keymap::Keymap;
use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use attache::tui::ui;
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::layout::Position;
use tui_support::{press, state};

/// The screen as text (trailing spaces shown with `|`) and the terminal cursor.
fn draw(s: &AppState) -> (String, Option<Position>) {
    let (w, h) = s.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let keymap = Keymap::default();
    terminal
        .draw(|f| ui::draw(f, s, &keymap, &Theme { colour: true }))
        .unwrap();
    let cursor = terminal.backend_mut().get_cursor_position().ok();
    (tui_support::screen_text(terminal.backend().buffer()), cursor)
}

fn screen(s: &AppState) -> String {
    draw(s).0
}

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];

#[test]
fn markings_and_the_help_and_quit_hints_are_whole() {
    for (w, h) in SIZES {
        let mut s = state(w, h);
        s.open(0);
        let text = screen(&s);
        assert!(text.contains("LIMITE"), "{w}×{h}: the marking cut:\n{text}");
        let status = text.lines().last().unwrap();
        assert!(
            status.contains("? help") && status.contains("q quit"),
            "{w}×{h}: {status}"
        );
        insta::assert_snapshot!(format!("conclusions_{w}x{h}"), text);
    }
}

#[test]
fn titles_that_do_not_fit_show_their_distinguishing_words() {
    let s = state(80, 24);
    let text = screen(&s);
    assert!(text.contains("Digital Diplomacy"), "{text}");
    assert!(!text.contains("Joint Statement of …"), "{text}");
}

fn skipped(s: &mut AppState) {
    s.library.skipped.push(Skipped {
        path: PathBuf::from("briefings/scan-2024-03-26.pdf"),
        reason: SkipReason::Format(FormatError::NoTextLayer),
    });
    s.library.skipped.push(Skipped {
        path: PathBuf::from("briefings/old draft.doc"),
        reason: SkipReason::Format(FormatError::LegacyDoc),
    });
}

#[test]
fn skipped_files_are_counted_in_the_status_bar_and_listed_with_their_reasons() {
    for (w, h) in SIZES {
        let mut s = state(w, h);
        skipped(&mut s);
        let text = screen(&s);
        assert!(text.lines().last().unwrap().contains("2 skipped (S)"), "{text}");
        press(&mut s, "S");
        assert_eq!(s.skipped, Some(0));
        let text = screen(&s);
        assert!(
            text.contains("scan-2024-03-26.pdf") && text.contains("no text layer"),
            "{text}"
        );
        assert!(
            text.contains("old draft.doc") && text.contains("save it as .docx"),
            "{text}"
        );
        insta::assert_snapshot!(format!("skipped_{w}x{h}"), text);
        press(&mut s, "esc");
        assert_eq!(s.skipped, None);
    }
}

#[test]
fn s_with_nothing_skipped_says_so() {
    let mut s = state(80, 24);
    press(&mut s, "S");
    assert_eq!(s.skipped, None);
    assert!(!screen(&s).lines().last().unwrap().contains("skipped ("));
}

#[test]
fn the_go_to_line_shows_what_is_typed_and_how_to_use_it() {
    for (w, h) in SIZES {
        let mut s = state(w, h);
        s.open(0);
        press(&mut s, "1 4");
        let (text, cursor) = draw(&s);
        let status = text.lines().last().unwrap();
        assert!(status.starts_with(":14"), "{status}");
        assert!(status.contains("14(b)") && status.contains("esc back"), "{status}");
        assert_eq!(cursor, Some(Position::new(3, h - 1)), "the cursor after what was typed");
        insta::assert_snapshot!(format!("goto_{w}x{h}"), text);
    }
}

#[test]
fn the_palette_cursor_is_drawn_where_the_edit_happens() {
    let mut s = state(100, 30);
    press(&mut s, "ctrl-p k o r e a left left x");
    assert_eq!(s.palette.as_ref().unwrap().query(), "korxea");
    let (text, cursor) = draw(&s);
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("› korxea"))
        .expect("the query line");
    let prompt = line.chars().position(|c| c == '›').unwrap();
    // After `korx`: the prompt, a space, four letters.
    assert_eq!(cursor, Some(Position::new((prompt + 2 + 4) as u16, row as u16)));
}

#[test]
fn a_long_entity_name_cut_in_the_panel_is_shown_whole_in_the_status_bar() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut s = state(w, h);
        press(&mut s, "E");
        let id = s.entities.selected().expect("an entity under the cursor") as usize;
        let long = "Joint EU-Republic of Korea Semiconductors Researchers Forum";
        s.library.entities[id].name = long.into();
        let text = screen(&s);
        let status = text.lines().last().unwrap();
        assert!(status.starts_with(long), "{w}×{h}: {status}");
        assert!(status.contains("? help"), "{w}×{h}: {status}");
        press(&mut s, "tab");
        assert!(
            !screen(&s).lines().last().unwrap().contains(long),
            "only while the panel has focus"
        );
    }
}
