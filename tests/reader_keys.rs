//! Key-sequence tests of the reader: chords go through the default keymap into
//! `AppState::update`, with no terminal, and the resulting state is checked.

mod tui_support;

use attache::document::ClauseKind;
use attache::tui::action::{Action, Effect};
use attache::tui::state::{AppState, Highlight, Pane, Scope, SortKey, Status};
use tui_support::{current_label, press, state};

/// The reader's current clause has at least one row on screen.
fn assert_current_visible(s: &AppState) {
    let Some(l) = s.reader.layout() else { return };
    let rows = l.text_rows(s.reader.current);
    let (top, h) = (s.reader.top, usize::from(s.reader.view_height));
    assert!(
        rows.start < top + h && rows.end > top,
        "clause {} rows {rows:?} not in view {top}..{}",
        s.reader.current,
        top + h
    );
}

fn entity_id(s: &AppState, name: &str) -> u32 {
    s.library.entities.iter().position(|e| e.name == name).unwrap() as u32
}

#[test]
fn opens_on_the_newest_document_in_the_reader() {
    let s = state(120, 40);
    assert_eq!(s.reader.doc, Some(2));
    assert_eq!(s.focus, Pane::Reader);
    assert_eq!(current_label(&s), "¶1");
}

#[test]
fn j_and_k_move_one_clause_and_g_and_shift_g_go_to_the_ends() {
    let mut s = state(120, 40);
    press(&mut s, "j j");
    assert_eq!(current_label(&s), "¶3");
    press(&mut s, "k");
    assert_eq!(current_label(&s), "¶2");
    press(&mut s, "G");
    let last = s.library.documents[2].clauses.len() - 1;
    assert_eq!(s.reader.current, last);
    assert_current_visible(&s);
    press(&mut s, "g");
    assert_eq!((s.reader.current, s.reader.top), (0, 0));
    press(&mut s, "down down up");
    assert_eq!(current_label(&s), "¶2");
}

#[test]
fn brackets_go_to_the_next_and_previous_heading() {
    let mut s = state(120, 40);
    press(&mut s, "]");
    let doc = &s.library.documents[2];
    assert_eq!(doc.clauses[s.reader.current].kind, ClauseKind::Heading);
    let first = s.reader.current;
    press(&mut s, "] ]");
    assert!(s.reader.current > first);
    press(&mut s, "[ [");
    assert_eq!(s.reader.current, first);
    press(&mut s, "[");
    assert_eq!(s.status, Some(Status::Info("no further section heading".into())));
}

#[test]
fn page_and_half_page_keys_move_on_and_keep_the_clause_in_view() {
    let mut s = state(80, 24);
    press(&mut s, "ctrl-d");
    assert!(s.reader.current > 0 && s.reader.top > 0);
    assert_current_visible(&s);
    press(&mut s, "pagedown pagedown");
    assert_current_visible(&s);
    let down = s.reader.current;
    press(&mut s, "pageup ctrl-u");
    assert!(s.reader.current < down);
    assert_current_visible(&s);
    for _ in 0..30 {
        press(&mut s, "pagedown");
    }
    assert_eq!(s.reader.current, s.library.documents[2].clauses.len() - 1);
}

#[test]
fn a_clause_taller_than_the_screen_is_paged_through_before_leaving_it() {
    let mut s = state(40, 12);
    // ¶5 of seed 002 wraps to far more rows than a 12-row terminal shows.
    while current_label(&s) != "¶5" {
        press(&mut s, "j");
    }
    let rows = s.reader.layout().unwrap().text_rows(4);
    assert!(rows.len() > usize::from(s.reader.view_height));
    let mut seen_end = false;
    for _ in 0..20 {
        press(&mut s, "j");
        if current_label(&s) != "¶5" {
            break;
        }
        seen_end |= s.reader.top + usize::from(s.reader.view_height) >= rows.end;
    }
    assert!(seen_end, "the end of ¶5 was never shown");
    assert_eq!(current_label(&s), "¶6");
    press(&mut s, "k");
    assert_eq!(current_label(&s), "¶5");
    assert_current_visible(&s);
}

#[test]
fn any_key_sequence_at_any_size_keeps_the_current_clause_in_view() {
    let keys = [
        "j", "k", "pagedown", "pageup", "ctrl-d", "ctrl-u", "g", "G", "]", "[", "z",
    ];
    for (w, h) in [(120, 40), (80, 24), (40, 12), (30, 8), (200, 60)] {
        let mut s = state(w, h);
        let mut seed = 7u32;
        for _ in 0..400 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            press(&mut s, keys[(seed >> 16) as usize % keys.len()]);
            assert_current_visible(&s);
            let l = s.reader.layout().unwrap();
            assert!(s.reader.top < l.total_rows());
        }
    }
}

#[test]
fn tab_cycles_panes_and_enter_opens_the_selected_document() {
    let mut s = state(120, 40);
    press(&mut s, "tab");
    assert_eq!(s.focus, Pane::Entities);
    press(&mut s, "tab");
    assert_eq!(s.focus, Pane::Documents);
    press(&mut s, "shift-tab");
    assert_eq!(s.focus, Pane::Entities);
    press(&mut s, "shift-tab");
    assert_eq!(s.focus, Pane::Reader);
    press(&mut s, "shift-tab j enter");
    assert_eq!(s.reader.doc, Some(0), "second by date is the 2020 Council conclusions");
    assert_eq!(s.focus, Pane::Reader);
    press(&mut s, "j j");
    // Going back to a document returns to the clause it was left on.
    press(&mut s, "shift-tab g enter shift-tab j enter");
    assert_eq!(s.reader.doc, Some(0));
    assert_eq!(current_label(&s), "3)");
}

#[test]
fn s_sorts_documents_by_title_keeping_the_cursor_on_its_document() {
    let mut s = state(120, 40);
    press(&mut s, "tab tab");
    let before = s.documents.selected();
    press(&mut s, "s");
    assert_eq!(s.documents.sort, SortKey::Title);
    assert_eq!(s.documents.selected(), before);
    let titles: Vec<_> = s
        .documents
        .order
        .iter()
        .map(|&d| s.library.documents[d].display_title().to_lowercase())
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
}

#[test]
fn enter_on_an_entity_walks_its_mentions_and_n_and_shift_n_step() {
    let mut s = state(120, 40);
    press(&mut s, "tab");
    let horizon = entity_id(&s, "Horizon Europe");
    while s.entities.selected() != Some(horizon) {
        press(&mut s, "j");
    }
    assert_eq!(s.highlight, Some(Highlight::Entity(horizon)));
    press(&mut s, "enter");
    assert_eq!(current_label(&s), "¶5");
    assert_eq!(s.mention_position(), Some((1, 3)));
    press(&mut s, "n");
    assert_eq!(s.mention_position(), Some((2, 3)));
    press(&mut s, "n n");
    assert_eq!(s.mention_position(), Some((1, 3)), "wraps around");
    press(&mut s, "N");
    assert_eq!(s.mention_position(), Some((3, 3)));
    assert_current_visible(&s);
    press(&mut s, "esc");
    assert_eq!(s.highlight, None);
    assert_eq!(press(&mut s, "n"), Effect::None);
    assert!(matches!(s.status, Some(Status::Info(ref t)) if t.starts_with("nothing highlighted")));
}

#[test]
fn library_scope_walks_mentions_across_documents() {
    let mut s = state(120, 40);
    press(&mut s, "E");
    assert_eq!(s.focus, Pane::Entities);
    press(&mut s, "e");
    assert_eq!(s.entities.scope, Scope::Library);
    let eu = entity_id(&s, "European Union");
    assert!(s.entities.select(eu));
    let total = s.library.entities[eu as usize].mentions.len();
    press(&mut s, "k j enter");
    let mut docs = std::collections::BTreeSet::new();
    for i in 0..total {
        docs.insert(s.reader.doc.unwrap());
        assert_eq!(s.mention_position().map(|p| p.1), Some(total));
        assert_current_visible(&s);
        if i + 1 < total {
            press(&mut s, "n");
        }
    }
    assert!(docs.len() >= 2, "mentions in {docs:?}");
    press(&mut s, "e");
    assert_eq!(s.entities.scope, Scope::Document);
}

#[test]
fn a_header_mention_takes_the_reader_to_the_top() {
    let mut s = state(120, 40);
    press(&mut s, "G E");
    let number = entity_id(&s, "8318/24");
    assert!(s.entities.select(number));
    press(&mut s, "k j enter");
    assert_eq!((s.reader.current, s.reader.top), (0, 0));
    assert_eq!(s.mention_position(), Some((1, 1)));
}

#[test]
fn y_copies_the_clause_with_its_citation() {
    let mut s = state(120, 40);
    press(&mut s, "j j");
    let Effect::Copy(text) = press(&mut s, "y") else {
        panic!("no copy")
    };
    assert!(text.starts_with("The European Union and the Republic of Korea reaffirmed"));
    assert!(
        text.ends_with(
            "Digital Partnership Council, 8318/24, 26 March 2024, \
             paragraph beginning “The European Union and the Republic of Korea reaffirmed…”"
        ),
        "{text}"
    );
    assert!(matches!(s.status, Some(Status::Info(ref t)) if t.starts_with("copied ¶3")));
}

#[test]
fn z_hides_both_panels_and_restores_them() {
    let mut s = state(120, 40);
    press(&mut s, "z");
    let screen = s.screen();
    assert!(s.meeting && screen.documents.is_none() && screen.entities.is_none());
    assert_eq!(screen.reader.unwrap().width, 120);
    press(&mut s, "tab");
    assert_eq!(s.focus, Pane::Reader, "panes stay hidden in meeting mode");
    press(&mut s, "z");
    assert!(s.screen().documents.is_some() && s.screen().entities.is_some());
}

#[test]
fn help_opens_scrolls_and_closes_and_q_quits_from_anywhere() {
    let mut s = state(80, 24);
    press(&mut s, "?");
    assert_eq!(s.help, Some(0));
    press(&mut s, "j j");
    assert_eq!(s.help, Some(2));
    assert_eq!(s.reader.current, 0, "keys scroll the help, not the reader");
    press(&mut s, "esc");
    assert_eq!(s.help, None);
    press(&mut s, "?");
    assert_eq!(press(&mut s, "q"), Effect::Quit);
    assert_eq!(press(&mut s, "ctrl-c"), Effect::Quit);
}

#[test]
fn m_turns_mouse_capture_off_and_on() {
    let mut s = state(120, 40);
    assert_eq!(press(&mut s, "m"), Effect::SetMouseCapture(false));
    assert!(!s.mouse);
    assert_eq!(press(&mut s, "m"), Effect::SetMouseCapture(true));
}

#[test]
fn c_toggles_mention_colours() {
    let mut s = state(120, 40);
    press(&mut s, "c");
    assert!(!s.mention_colours);
    press(&mut s, "c");
    assert!(s.mention_colours);
}

#[test]
fn on_a_medium_terminal_the_entity_panel_is_an_overlay_that_esc_closes() {
    let mut s = state(80, 24);
    assert!(s.screen().entities.is_none());
    press(&mut s, "E");
    assert!(s.screen().entities_overlay);
    press(&mut s, "esc");
    assert_eq!(s.focus, Pane::Reader);
    assert!(s.screen().entities.is_none());
}

#[test]
fn on_a_narrow_terminal_one_pane_fills_the_screen() {
    let mut s = state(60, 20);
    press(&mut s, "shift-tab");
    let screen = s.screen();
    assert_eq!(screen.documents.map(|r| r.width), Some(60));
    assert!(screen.reader.is_none());
    press(&mut s, "j enter");
    assert_eq!(s.focus, Pane::Reader);
    assert_eq!(s.reader.doc, Some(0));
}

#[test]
fn clicks_select_and_focus_and_the_wheel_scrolls() {
    let mut s = state(120, 40);
    let screen = s.screen();
    let docs = screen.documents.unwrap();
    // The second document's title row (two rows per document, inside the border).
    s.update(Action::Click(docs.x + 3, docs.y + 3));
    assert_eq!(s.focus, Pane::Reader);
    assert_eq!(s.reader.doc, Some(0));
    let reader = s.screen().reader.unwrap();
    let view = attache::tui::ui::reader_viewport(reader);
    let row = s.reader.layout().unwrap().text_rows(1).start as u16;
    s.update(Action::Click(view.x + 5, view.y + row));
    assert_eq!(s.reader.current, 1);
    for _ in 0..10 {
        s.update(Action::ScrollDown(view.x + 5, view.y + 2));
    }
    assert!(s.reader.top > 0);
    assert_current_visible(&s);
    let ents = s.screen().entities.unwrap();
    s.update(Action::Click(ents.x + 4, ents.y + 2));
    assert_eq!(s.focus, Pane::Entities);
    assert!(s.highlight.is_some());
}

#[test]
fn resizing_down_to_one_cell_and_back_keeps_the_place() {
    let mut s = state(120, 40);
    press(&mut s, "j j j");
    for (w, h) in [(1, 1), (0, 0), (12, 4), (30, 8), (200, 60), (120, 40)] {
        s.update(Action::Resize(w, h));
    }
    assert_eq!(current_label(&s), "¶4");
    assert_current_visible(&s);
}

#[test]
fn the_readme_key_table_is_the_keymap_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = attache::tui::keymap::Keymap::markdown_table();
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the keymap; paste this in:\n{table}"
    );
}

#[test]
fn keys_pressed_over_the_help_overlay_do_not_act_behind_it() {
    let mut s = state(120, 40);
    let before = (s.reader.doc, s.reader.current);
    press(&mut s, "?");
    for k in ["b", "]", "G", "End", "z", "s"] {
        press(&mut s, k);
    }
    assert!(s.help.is_some());
    assert_eq!((s.reader.doc, s.reader.current), before);
    assert!(!s.meeting);
    press(&mut s, "Esc");
    assert!(s.help.is_none());
}
