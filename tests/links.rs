//! References as links in the reader: a note citing two seeds (one at a
//! paragraph), a revision that is not here and acts outside the library.
//! `f` (or Enter) follows, a clause with several lists them first, Ctrl-O
//! comes back; "cites N · cited by M" in the header; snapshots of the list
//! and of the link styling at 120×40, 80×24 and 40×12.

mod tui_support;

use attache::tui::state::{AppState, Status};
use attache::tui::theme::Theme;
use ratatui::style::Modifier;
use tui_support::{current_label, find_on_screen, press, render, screen_text, seeds_and};

const NOTE: &str = "Council of the European Union

Brussels, 5 April 2024

9001/24

NOTE

Subject: Follow-up to the Digital Partnership Council

1. Delegations will find the joint statement in paragraph 5 of document 8318/24, and the Council's earlier conclusions in point 3 of 12804/20.

2. The Commission's proposal COM(2023) 123 is not attached; see also 8318/1/24 REV 1.

3. The Presidency will report back.
";

/// The seeds plus the note (document 3), the reader on the note.
fn state(w: u16, h: u16) -> AppState {
    let mut s = AppState::new(seeds_and("note.txt", NOTE), w, h);
    s.open(3);
    s
}

fn status(s: &AppState) -> String {
    match &s.status {
        Some(Status::Info(t) | Status::Warning(t)) => t.clone(),
        None => String::new(),
    }
}

#[test]
fn a_clause_with_two_links_lists_them_and_enter_opens_the_paragraph() {
    let mut s = state(120, 40);
    assert_eq!(current_label(&s), "1.");
    press(&mut s, "f");
    let picker = s.links.picker.clone().expect("two references: a list");
    assert_eq!(picker.selected, 0);
    press(&mut s, "tab tab");
    assert_eq!(s.links.picker.as_ref().unwrap().selected, 0, "Tab cycles");
    press(&mut s, "enter");
    assert!(s.links.picker.is_none());
    assert_eq!(s.reader.doc, Some(2), "8318/24 is seed 002");
    assert_eq!(current_label(&s), "5.", "paragraph 5, as the statement prints it");
    assert!(status(&s).contains("8318/24 (Ctrl-O back)"), "{}", status(&s));
    press(&mut s, "ctrl-o");
    assert_eq!(
        (s.reader.doc, current_label(&s).as_str()),
        (Some(3), "1."),
        "Ctrl-O comes back"
    );
    press(&mut s, "f j enter");
    assert_eq!(s.reader.doc, Some(0), "12804/20 is seed 000");
    assert_eq!(current_label(&s), "3)", "point 3, as the document prints it");
}

#[test]
fn a_revision_not_here_opens_its_base_and_an_act_outside_names_its_register() {
    let mut s = state(120, 40);
    press(&mut s, "j f");
    assert!(s.links.picker.is_some());
    // The first reference of clause 2 is COM(2023) 123: outside the library.
    press(&mut s, "enter");
    assert_eq!(s.reader.doc, Some(3), "nothing opened");
    assert!(
        status(&s).contains("not in the library (Commission (EUR-Lex))"),
        "{}",
        status(&s)
    );
    press(&mut s, "f k enter");
    assert_eq!(s.reader.doc, Some(2));
    assert!(
        status(&s).contains("8318/1/24 REV 1 is not in the library: opened 8318/24"),
        "{}",
        status(&s)
    );
}

#[test]
fn enter_follows_only_when_nothing_is_highlighted() {
    let mut s = state(120, 40);
    press(&mut s, "j j enter");
    assert!(
        status(&s).contains("nothing highlighted"),
        "no reference in 3.: {}",
        status(&s)
    );
    press(&mut s, "k k enter");
    assert!(s.links.picker.is_some(), "Enter on a clause with links lists them");
    press(&mut s, "esc");
    assert!(s.links.picker.is_none());
}

#[test]
fn the_header_counts_citations_both_ways() {
    let s = state(120, 40);
    let screen = screen_text(&render(&s, &Theme { colour: true }));
    assert!(screen.contains("cites 4 · cited by 0"), "{screen}");
    let mut s = s;
    s.open(2);
    let screen = screen_text(&render(&s, &Theme { colour: true }));
    assert!(screen.contains("cites 0 · cited by 2"), "{screen}");
}

#[test]
fn links_are_underlined_and_bold_with_or_without_colour_others_not() {
    let s = state(120, 40);
    for theme in [Theme { colour: true }, Theme::colourless()] {
        let buf = render(&s, &theme);
        let view = attache::tui::ui::reader_viewport(s.screen().reader.unwrap());
        let (x, y) = find_on_screen(&buf, view.y, "8318/24,").expect("the link is drawn");
        let link = buf[(x, y)].modifier;
        assert!(link.contains(Modifier::UNDERLINED | Modifier::BOLD), "{link:?}");
        let (x, y) = find_on_screen(&buf, view.y, "COM(2023)").expect("the act is drawn");
        assert!(!buf[(x, y)].modifier.contains(Modifier::BOLD), "not a link");
    }
}

#[test]
fn screens_of_the_list_and_the_links() {
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        let mut s = state(w, h);
        insta::assert_snapshot!(format!("links_{w}x{h}"), screen_text(&render(&s, &Theme::colourless())));
        press(&mut s, "f");
        insta::assert_snapshot!(
            format!("link_list_{w}x{h}"),
            screen_text(&render(&s, &Theme::colourless()))
        );
    }
}
