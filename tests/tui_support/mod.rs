//! Shared by the reader's key-sequence and screen tests: the seed library with
//! a hand-built entity table (so tests do not move when extraction improves),
//! and `press`, which types chords through the default keymap like a user.
#![allow(dead_code)]

use attache::document::{Entity, EntityKind, Location, Mention};
use attache::library::Library;
use attache::tui::action::Effect;
use attache::tui::chord::Chord;
use attache::tui::keymap::Keymap;
use attache::tui::state::{AppState, field_action};
use ratatui::crossterm::event::KeyEvent;

/// The bundled seeds with exactly these entities, found by their surface forms.
pub fn library() -> Library {
    let mut lib = Library::load(&[]);
    lib.entities.clear();
    for doc in &mut lib.documents {
        doc.header_mentions.clear();
        for c in &mut doc.clauses {
            c.mentions.clear();
        }
    }
    add(&mut lib, "Republic of Korea", EntityKind::Place, &["Republic of Korea"]);
    add(
        &mut lib,
        "European Union",
        EntityKind::Organization,
        &["European Union", "EU"],
    );
    add(&mut lib, "Horizon Europe", EntityKind::Programme, &["Horizon Europe"]);
    add(&mut lib, "Thierry Breton", EntityKind::Person, &["Thierry Breton"]);
    add(&mut lib, "26 March 2024", EntityKind::Date, &["26 March 2024"]);
    add(&mut lib, "EUR 3 million", EntityKind::Money, &["EUR 3 million"]);
    add(
        &mut lib,
        "United Nations",
        EntityKind::Organization,
        &["United Nations", "UN"],
    );
    // A header-only mention: the document number of seed 002.
    let id = lib.entities.len() as u32;
    lib.entities.push(Entity {
        name: "8318/24".into(),
        kind: EntityKind::Reference,
        aliases: Vec::new(),
        mentions: vec![Location {
            doc: 2,
            clause: None,
            range: 0..7,
        }],
    });
    let _ = id;
    lib
}

/// Adds an entity mentioned wherever one of `forms` occurs as a whole word.
fn add(lib: &mut Library, name: &str, kind: EntityKind, forms: &[&str]) {
    let id = lib.entities.len() as u32;
    let mut mentions = Vec::new();
    for (d, doc) in lib.documents.iter_mut().enumerate() {
        for (c, clause) in doc.clauses.iter_mut().enumerate() {
            let text = &doc.text[clause.text.start as usize..clause.text.end as usize];
            let mut found: Vec<std::ops::Range<u32>> = Vec::new();
            for form in forms {
                for (at, _) in text.match_indices(form) {
                    let end = at + form.len();
                    let word_edge = |i: Option<char>| i.is_none_or(|ch| !ch.is_alphanumeric());
                    if word_edge(text[..at].chars().next_back())
                        && word_edge(text[end..].chars().next())
                        && !found.iter().any(|r| r.start as usize <= at && at < r.end as usize)
                        && !clause
                            .mentions
                            .iter()
                            .any(|m| m.range.start as usize <= at && at < m.range.end as usize)
                    {
                        found.push(at as u32..end as u32);
                    }
                }
            }
            found.sort_by_key(|r| r.start);
            for r in found {
                clause.mentions.push(Mention {
                    range: r.clone(),
                    entity: id,
                });
                mentions.push(Location {
                    doc: d as u32,
                    clause: Some(c as u32),
                    range: r,
                });
            }
            clause.mentions.sort_by_key(|m| m.range.start);
        }
    }
    lib.entities.push(Entity {
        name: name.into(),
        kind,
        aliases: forms.iter().skip(1).map(|s| s.to_string()).collect(),
        mentions,
    });
}

/// A reader on the hand-built library, `width`×`height`.
pub fn state(width: u16, height: u16) -> AppState {
    AppState::new(library(), width, height)
}

/// Types space-separated chords (`j j ctrl-d G enter`) through the default
/// keymap; returns the effect of the last one.
pub fn press(state: &mut AppState, chords: &str) -> Effect {
    let keymap = Keymap::default();
    let mut effect = Effect::None;
    for name in chords.split_whitespace() {
        let chord = Chord::parse(name).unwrap_or_else(|| panic!("bad chord {name}"));
        let event = KeyEvent::new(chord.code, chord.mods);
        // As `App` does: the palette and the search line take typed text first.
        let action = if state.finding() {
            field_action(&event, &keymap)
        } else {
            keymap.reader_action(&event)
        };
        let action = action.unwrap_or_else(|| panic!("{name} is not bound"));
        effect = state.update(action);
    }
    effect
}

/// The label of the reader's current clause.
pub fn current_label(state: &AppState) -> String {
    let doc = state.reader.document(&state.library).unwrap();
    doc.clauses[state.reader.current].label.clone()
}

/// The whole screen drawn on a `TestBackend` of the state's size.
pub fn render(state: &AppState, theme: &attache::tui::theme::Theme) -> ratatui::buffer::Buffer {
    let (w, h) = state.size;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| attache::tui::ui::draw(f, state, &Keymap::default(), theme))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, the end of each marked with `|`
/// (a wide character's second cell skipped).
pub fn screen_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push_str("|\n");
    }
    out
}

/// The first cell at or after row `from` where `needle` starts on screen.
pub fn find_on_screen(buf: &ratatui::buffer::Buffer, from: u16, needle: &str) -> Option<(u16, u16)> {
    for y in from..buf.area.height {
        let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        for x in 0..row.len() {
            if row[x..].concat().starts_with(needle) {
                return Some((x as u16, y));
            }
        }
    }
    None
}

/// The bundled seeds (entities extracted) and one more document, read from
/// `text` as if from the file `name`: it is the library's last document.
pub fn seeds_and(name: &str, text: &str) -> Library {
    let mut sources: Vec<(std::path::PathBuf, Result<String, attache::load::SkipReason>)> = attache::seeds::SEEDS
        .iter()
        .map(|(n, b)| (std::path::PathBuf::from(n), Ok(String::from_utf8_lossy(b).into_owned())))
        .collect();
    sources.push((std::path::PathBuf::from(name), Ok(text.to_string())));
    Library::from_sources(sources, &attache::entities::Extractor::new(None).0)
}
