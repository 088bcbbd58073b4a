//! Key-sequence tests of finding and jumping: the jump palette (Ctrl-P), the
//! library-wide search (Ctrl-F), search in the document (`/`, `n`/`N`) and the
//! jump history (Ctrl-O back, Ctrl-Y forward).

mod tui_support;

use attache::jump::BookmarkEntry;
use attache::tui::state::{AppState, Highlight, PaletteMode, Pane, Status};
use tui_support::{current_label, press, state};

/// Types `text` as key presses (spaces as `space`).
fn type_text(s: &mut AppState, text: &str) {
    for c in text.chars() {
        let chord = if c == ' ' { "space".to_string() } else { c.to_string() };
        press(s, &chord);
    }
}

fn clause_text(s: &AppState) -> &str {
    s.library.documents[s.reader.doc.unwrap()].clause_text(s.reader.current)
}

/// Everything Esc must leave as it was.
fn where_am_i(s: &AppState) -> (Option<usize>, usize, usize, Pane, Option<Highlight>) {
    (s.reader.doc, s.reader.current, s.reader.top, s.focus, s.highlight)
}

#[test]
fn ctrl_p_horizon_enter_goes_to_the_horizon_europe_clause_and_ctrl_o_returns() {
    let mut s = state(120, 40);
    s.open(0);
    press(&mut s, "j");
    let before = (s.reader.doc, s.reader.current);
    assert_eq!(before.0, Some(0), "started in seed 000");
    press(&mut s, "ctrl-p");
    assert!(s.palette.is_some());
    type_text(&mut s, "horizon");
    assert!(!s.palette.as_ref().unwrap().rows.is_empty());
    press(&mut s, "enter");
    assert!(s.palette.is_none());
    assert_eq!(s.reader.doc, Some(2));
    assert!(clause_text(&s).contains("Horizon Europe"), "{}", clause_text(&s));
    assert_eq!(current_label(&s), "¶5");
    assert_eq!(s.focus, Pane::Reader);

    press(&mut s, "ctrl-o");
    assert_eq!((s.reader.doc, s.reader.current), before);
    press(&mut s, "ctrl-y");
    assert_eq!(current_label(&s), "¶5");
    press(&mut s, "ctrl-y");
    assert_eq!(s.status, Some(Status::Info("no later jump to return to".into())));
}

#[test]
fn esc_closes_the_palette_exactly_where_you_were() {
    let mut s = state(80, 24);
    press(&mut s, "j j ctrl-d");
    let before = where_am_i(&s);
    press(&mut s, "ctrl-p");
    type_text(&mut s, "quantum");
    press(&mut s, "down down ctrl-n ctrl-p esc");
    assert!(s.palette.is_none());
    assert_eq!(where_am_i(&s), before);
    assert_eq!(s.history.depth(), (0, 0), "nothing was recorded");
}

#[test]
fn the_palette_moves_with_arrows_and_ctrl_n_and_narrows_as_you_type() {
    let mut s = state(120, 40);
    press(&mut s, "ctrl-p");
    type_text(&mut s, "kor");
    let wide = s.palette.as_ref().unwrap().total;
    type_text(&mut s, "ea quantum");
    let p = s.palette.as_ref().unwrap();
    assert!(p.total < wide && p.total > 0);
    press(&mut s, "down ctrl-n");
    assert_eq!(s.palette.as_ref().unwrap().selected, 2);
    press(&mut s, "up");
    assert_eq!(s.palette.as_ref().unwrap().selected, 1);
    press(&mut s, "backspace");
    assert_eq!(s.palette.as_ref().unwrap().selected, 0, "a new query starts at the top");
    // Letters go to the query, not to the reader's keys.
    type_text(&mut s, "jq");
    assert!(s.palette.as_ref().unwrap().query().ends_with("jq"));
}

#[test]
fn an_entity_jump_selects_it_and_goes_to_its_first_mention() {
    let mut s = state(120, 40);
    press(&mut s, "ctrl-p");
    type_text(&mut s, "e:thierry");
    press(&mut s, "enter");
    let id = s
        .library
        .entities
        .iter()
        .position(|e| e.name == "Thierry Breton")
        .unwrap() as u32;
    assert_eq!(s.highlight, Some(Highlight::Entity(id)));
    assert_eq!(s.entities.selected(), Some(id));
    assert!(clause_text(&s).contains("Thierry Breton"));
    assert_eq!(s.mention_position().map(|m| m.0), Some(1));
}

#[test]
fn a_document_jump_opens_it_and_is_recorded() {
    let mut s = state(120, 40);
    press(&mut s, "j j");
    press(&mut s, "ctrl-p");
    type_text(&mut s, "d:digital diplomacy");
    press(&mut s, "enter");
    assert_eq!(s.reader.doc, Some(0));
    press(&mut s, "ctrl-o");
    assert_eq!((s.reader.doc, current_label(&s).as_str()), (Some(2), "¶3"));
}

#[test]
fn bookmarks_fed_by_the_bookmarks_panel_are_jumped_to() {
    let mut s = state(120, 40);
    let entry = BookmarkEntry {
        doc: Some(0),
        clause: Some(3),
        label: "4)".into(),
        note: "raise the diplomacy network".into(),
        quote: "The Council underlines the need".into(),
    };
    let orphan = BookmarkEntry {
        doc: None,
        clause: None,
        label: "¶9".into(),
        note: "lost one".into(),
        quote: "Nothing like this".into(),
    };
    s.set_jump_bookmarks(vec![entry, orphan]);
    press(&mut s, "ctrl-p");
    type_text(&mut s, "b:network");
    press(&mut s, "enter");
    assert_eq!((s.reader.doc, s.reader.current), (Some(0), 3));
    press(&mut s, "ctrl-p");
    type_text(&mut s, "b:lost");
    press(&mut s, "enter");
    assert_eq!((s.reader.doc, s.reader.current), (Some(0), 3));
    assert!(matches!(&s.status, Some(Status::Info(t)) if t.contains("orphaned")));
}

#[test]
fn slash_searches_live_and_n_and_shift_n_walk_the_matching_clauses() {
    let mut s = state(120, 40);
    press(&mut s, "/");
    assert!(s.search.editing());
    type_text(&mut s, "semiconductor");
    // Live: highlighted and shown while typing.
    assert_eq!(s.highlight, Some(Highlight::Search));
    let hits = s.search.hits().to_vec();
    assert!(hits.len() >= 3, "{hits:?}");
    assert_eq!(s.reader.current, hits[0]);
    press(&mut s, "enter");
    assert!(!s.search.editing());
    assert_eq!(s.search_position(), Some(format!("match 1 of {}", hits.len())));
    press(&mut s, "n");
    assert_eq!(s.reader.current, hits[1]);
    assert_eq!(s.search_position(), Some(format!("match 2 of {}", hits.len())));
    press(&mut s, "N N");
    assert_eq!(s.reader.current, hits[hits.len() - 1], "wraps to the last");
    assert_eq!(s.status, Some(Status::Info("search wrapped to the bottom".into())));
    press(&mut s, "n");
    assert_eq!(s.reader.current, hits[0], "wraps to the first");
    // Each n/N was a jump: Ctrl-O retraces them.
    press(&mut s, "ctrl-o");
    assert_eq!(s.reader.current, hits[hits.len() - 1]);
}

#[test]
fn search_ignores_case_and_diacritics() {
    let mut s = state(120, 40);
    press(&mut s, "/");
    type_text(&mut s, "KORÉA");
    press(&mut s, "enter");
    assert!(!s.search.hits().is_empty());
    let c = s.search.hits()[0];
    let r = s.search.clause_matches(c)[0].clone();
    let text = s.library.documents[2].clause_text(c);
    assert_eq!(&text[r.start as usize..r.end as usize], "Korea");
}

#[test]
fn esc_cancels_the_search_and_returns_to_where_slash_was_pressed() {
    let mut s = state(120, 40);
    press(&mut s, "j");
    let before = where_am_i(&s);
    press(&mut s, "/");
    type_text(&mut s, "quantum");
    assert_ne!(s.reader.current, before.1, "the reader shows the first match");
    press(&mut s, "esc");
    assert_eq!(where_am_i(&s), before);
    assert!(!s.search.editing());
    assert_eq!(s.search_position(), None);
    // An empty search line submitted changes nothing either.
    press(&mut s, "/ enter");
    assert_eq!(where_am_i(&s), before);
}

#[test]
fn n_follows_whatever_was_highlighted_last() {
    let mut s = state(120, 40);
    press(&mut s, "/");
    type_text(&mut s, "quantum");
    press(&mut s, "enter g n");
    assert_eq!(s.search_position().as_deref(), Some("match 1 of 3"));
    // Selecting an entity makes n walk its mentions instead.
    press(&mut s, "E");
    assert!(matches!(s.highlight, Some(Highlight::Entity(_))));
    press(&mut s, "n");
    assert!(s.mention_position().is_some());
    assert_eq!(s.search_position(), None);
    // A new search takes n back.
    press(&mut s, "/");
    type_text(&mut s, "semiconductors");
    press(&mut s, "enter n");
    assert!(s.search_position().is_some_and(|p| p.starts_with("match ")));
    press(&mut s, "esc n");
    assert!(matches!(&s.status, Some(Status::Info(t)) if t.starts_with("nothing highlighted")));
}

#[test]
fn ctrl_f_lists_every_clause_with_all_the_words_and_keeps_them_highlighted() {
    let mut s = state(120, 40);
    press(&mut s, "ctrl-f");
    let p = s.palette.as_ref().unwrap();
    assert_eq!(p.mode, PaletteMode::Clauses);
    assert!(p.rows.is_empty());
    type_text(&mut s, "digital cooperation");
    let p = s.palette.as_ref().unwrap();
    assert!(p.rows.len() >= 2);
    let docs: std::collections::BTreeSet<_> = p
        .rows
        .iter()
        .map(|r| match r.1 {
            attache::jump::Target::Clause { doc, .. } => doc,
            other => panic!("{other:?}"),
        })
        .collect();
    assert!(docs.len() >= 2, "clauses of more than one document: {docs:?}");
    // By relevance: the first row holds the words as a phrase.
    let attache::jump::Target::Clause { doc: first, clause } = p.rows[0].1 else {
        panic!("{:?}", p.rows[0])
    };
    let text = s.library.documents[first as usize]
        .clause_text(clause as usize)
        .to_lowercase();
    assert!(text.contains("digital cooperation"), "{text}");
    press(&mut s, "enter");
    assert_eq!(s.reader.doc, Some(first as usize));
    assert_eq!(s.highlight, Some(Highlight::Search));
    assert_eq!(s.search.query(), "digital cooperation");
    assert!(s.search_position().is_some_and(|p| p.starts_with("match ")));
    // Ctrl-P from the search palette switches to the jump palette, keeping the query.
    press(&mut s, "ctrl-f");
    assert!(s.palette.as_ref().unwrap().query().is_empty());
}
