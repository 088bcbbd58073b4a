//! Screen snapshots of finding: the jump palette with results, the library-wide
//! search, and search matches highlighted in the reader (with the search line
//! open and after Enter), plus style checks on the highlighted cells.

mod tui_support;

use attache::tui::keymap::Keymap;
use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use attache::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use tui_support::{press, state};

fn render(s: &AppState) -> Buffer {
    let (w, h) = s.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let keymap = Keymap::default();
    terminal
        .draw(|f| ui::draw(f, s, &keymap, &Theme { colour: true }))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, the end of each row marked with `|`.
fn screen(s: &AppState) -> String {
    tui_support::screen_text(&render(s))
}

fn type_text(s: &mut AppState, text: &str) {
    for c in text.chars() {
        let chord = if c == ' ' { "space".to_string() } else { c.to_string() };
        press(s, &chord);
    }
}

/// The text of the cells drawn with `modifier` in rows `ys`, runs split by `|`.
fn marked(buf: &Buffer, ys: std::ops::Range<u16>, xs: std::ops::Range<u16>, modifier: Modifier) -> Vec<String> {
    let mut runs = Vec::new();
    for y in ys {
        let mut run = String::new();
        for x in xs.clone() {
            let cell = &buf[(x, y)];
            if cell.modifier.contains(modifier) {
                run.push_str(cell.symbol());
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

#[test]
fn jump_palette_with_results() {
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        let mut s = state(w, h);
        press(&mut s, "ctrl-p");
        type_text(&mut s, "korea quantum");
        insta::assert_snapshot!(format!("palette_{w}x{h}"), screen(&s));
    }
}

#[test]
fn palette_marks_matched_letters_and_shows_clause_snippets_around_the_match() {
    let mut s = state(120, 40);
    press(&mut s, "ctrl-p");
    type_text(&mut s, "horizon");
    let buf = render(&s);
    let text = screen(&s);
    // ¶5 starts "Both sides welcomed…": its row shows the text from near the match instead.
    let row = text.lines().find(|l| l.contains("› ¶5")).expect("the ¶5 row");
    assert!(row.contains("…") && row.contains("Horizon Europe"), "{row}");
    let runs = marked(&buf, 0..40, 0..120, Modifier::UNDERLINED);
    assert!(runs.iter().any(|r| r.eq_ignore_ascii_case("horizon")), "{runs:?}");
}

#[test]
fn library_search_palette() {
    let mut s = state(120, 40);
    press(&mut s, "ctrl-f");
    type_text(&mut s, "digital cooperation");
    insta::assert_snapshot!("search_all_120x40", screen(&s));
}

#[test]
fn search_matches_highlighted_in_the_reader() {
    let mut s = state(120, 40);
    press(&mut s, "/");
    type_text(&mut s, "quantum");
    insta::assert_snapshot!("search_typing_120x40", screen(&s));
    press(&mut s, "enter n");
    insta::assert_snapshot!("search_kept_120x40", screen(&s));

    // Every reversed run in the reader's text is a match of the word.
    let buf = render(&s);
    let view = ui::reader_viewport(s.screen().reader.unwrap());
    let runs = marked(
        &buf,
        view.y..view.bottom(),
        view.x + 6..view.right(),
        Modifier::REVERSED,
    );
    assert!(runs.len() >= 3, "{runs:?}");
    for run in runs {
        assert!(run.eq_ignore_ascii_case("quantum"), "{run:?}");
    }
}
