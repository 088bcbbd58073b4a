//! Agreed language in the reader (`L`): a briefing that reuses, reworded, a
//! sentence of seed 000 lists the 2020 conclusions first with the differing
//! words marked; Enter opens the passage, Ctrl-O comes back. Snapshots at
//! 120×40, 80×24 and 40×12, without colour (the marks carry the changes).

mod tui_support;

use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use tui_support::{current_label, press, render, screen_text, seeds_and};

const LATER: &str = "Council conclusions on gender equality

Brussels, 3 May 2025

1. The Council welcomes the report.

2. Bridging technology gaps, including the digital divide between women and men, is more crucial than ever after the pandemic. It calls for action.

3. The European Union and its Member States will report back.
";

/// The seeds plus the later briefing (document 3), open at its clause 2.
fn state(w: u16, h: u16) -> AppState {
    let mut s = AppState::new(seeds_and("later.txt", LATER), w, h);
    s.open(3);
    press(&mut s, "j");
    s
}

#[test]
fn l_lists_the_source_first_and_enter_opens_it() {
    let mut s = state(120, 40);
    assert_eq!(current_label(&s), "2.");
    press(&mut s, "L");
    let list = s.precedents.list.as_ref().expect("the list is open");
    assert_eq!(list.found[0].doc, 0, "the 2020 conclusions first");
    let clause = list.found[0].clause;
    press(&mut s, "enter");
    assert!(s.precedents.list.is_none());
    assert_eq!((s.reader.doc, s.reader.current), (Some(0), clause));
    press(&mut s, "ctrl-o");
    assert_eq!((s.reader.doc, current_label(&s).as_str()), (Some(3), "2."));
    press(&mut s, "k L");
    assert!(
        s.precedents.list.is_none(),
        "a clause whose wording is its own lists nothing"
    );
    press(&mut s, "L esc");
    assert!(s.precedents.list.is_none());
}

#[test]
fn the_list_at_three_sizes_reads_without_colour() {
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        let mut s = state(w, h);
        press(&mut s, "L");
        let screen = screen_text(&render(&s, &Theme::colourless()));
        insta::assert_snapshot!(format!("agreed_language_{w}x{h}"), screen);
        if w >= 80 {
            assert!(screen.contains("[-") && screen.contains("{+"), "{screen}");
            assert!(screen.contains("12804/20 para 1"), "{screen}");
        }
    }
}
