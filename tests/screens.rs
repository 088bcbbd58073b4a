//! Whole-screen snapshots of the reader on ratatui's `TestBackend` at 120×40,
//! 80×24, 40×12 and 12×4, plus targeted checks of cell styles (the snapshots
//! hold text only).

mod tui_support;

use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use attache::tui::ui;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use tui_support::{press, render, screen_text as text, state};

fn screen(s: &AppState) -> String {
    text(&render(s, &Theme { colour: true }))
}

#[test]
fn library_open_on_seed_002_at_every_size() {
    for (w, h) in [(120, 40), (80, 24), (40, 12), (12, 4)] {
        let s = state(w, h);
        insta::assert_snapshot!(format!("seed002_{w}x{h}"), screen(&s));
    }
}

#[test]
fn help_overlay() {
    for (w, h) in [(120, 40), (40, 12)] {
        let mut s = state(w, h);
        press(&mut s, "?");
        insta::assert_snapshot!(format!("help_{w}x{h}"), screen(&s));
    }
}

#[test]
fn entity_selected_with_its_mentions_highlighted() {
    let mut s = state(120, 40);
    press(&mut s, "E");
    let korea = s
        .library
        .entities
        .iter()
        .position(|e| e.name == "Republic of Korea")
        .unwrap() as u32;
    assert!(s.entities.select(korea));
    press(&mut s, "k j enter n");
    insta::assert_snapshot!("entity_selected_120x40", screen(&s));

    // Every cell of a highlighted mention is reversed; other text is not.
    let buf = render(&s, &Theme { colour: true });
    let view = ui::reader_viewport(s.screen().reader.unwrap());
    let mut reversed = String::new();
    for y in view.y..view.bottom() {
        for x in view.x + 1..view.right() {
            let cell = &buf[(x, y)];
            if cell.modifier.contains(Modifier::REVERSED) && x > view.x + 5 {
                reversed.push_str(cell.symbol());
            }
        }
        reversed.push('\n');
    }
    let runs: Vec<&str> = reversed.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert!(!runs.is_empty());
    for run in runs {
        assert!("Republic of Korea".contains(run) || run.contains("Republic"), "{run:?}");
    }
}

#[test]
fn mentions_are_coloured_by_kind_and_not_with_no_color() {
    let s = state(120, 40);
    let (y, x) = find_in_reader(&s, &render(&s, &Theme { colour: true }), "Thierry");
    let buf = render(&s, &Theme { colour: true });
    assert_eq!(buf[(x, y)].fg, Color::Magenta, "people are magenta");
    let plain = render(&s, &Theme::colourless());
    assert_eq!(plain[(x, y)].fg, Color::Reset);
    assert!(plain[(x, y)].modifier.contains(Modifier::UNDERLINED));
    let mut off = state(120, 40);
    press(&mut off, "c");
    assert_eq!(render(&off, &Theme { colour: true })[(x, y)].fg, Color::Reset);
}

#[test]
fn headings_are_bold_and_the_current_label_reversed() {
    let mut s = state(120, 40);
    press(&mut s, "]");
    let buf = render(&s, &Theme::colourless());
    let (y, x) = find_in_reader(&s, &buf, "Semiconductors");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    let view = ui::reader_viewport(s.screen().reader.unwrap());
    let label_cells = (view.x..x).filter(|&cx| buf[(cx, y)].modifier.contains(Modifier::REVERSED));
    assert!(label_cells.count() >= 2, "the current clause's label is reversed");
}

#[test]
fn meeting_mode() {
    let mut s = state(120, 40);
    press(&mut s, "j j z");
    insta::assert_snapshot!("meeting_120x40", screen(&s));
}

#[test]
fn narrow_layouts() {
    let mut s = state(80, 24);
    press(&mut s, "E");
    insta::assert_snapshot!("entities_overlay_80x24", screen(&s));
    let mut s = state(40, 12);
    press(&mut s, "shift-tab");
    insta::assert_snapshot!("documents_40x12", screen(&s));
}

#[test]
fn drawing_never_panics_at_any_size() {
    let mut s = state(120, 40);
    press(&mut s, "j ] E");
    for w in 0..=60 {
        for h in 0..=14 {
            s.update(attache::tui::action::Action::Resize(w, h));
            let _ = render(&s, &Theme { colour: true });
            press(&mut s, "?");
            let _ = render(&s, &Theme { colour: true });
            press(&mut s, "esc");
        }
    }
}

/// Row and column of the first cell in the reader's text where `needle` starts.
fn find_in_reader(s: &AppState, buf: &Buffer, needle: &str) -> (u16, u16) {
    let view = ui::reader_viewport(s.screen().reader.unwrap());
    for y in view.y..view.bottom() {
        let row: Vec<&str> = (view.x..view.right()).map(|x| buf[(x, y)].symbol()).collect();
        for x in 0..row.len() {
            let s: String = row[x..].concat();
            if s.starts_with(needle) {
                return (y, view.x + x as u16);
            }
        }
    }
    panic!("{needle:?} not on screen");
}
