//! The files a user (or a crash) can leave in the config folder, from
//! arbitrary bytes: `bookmarks.json` (parsed as the store reads it, then
//! anchored in the seeds and written back) when the first byte is even,
//! `keys.toml` (applied over the default keymap) when it is odd.
#![no_main]

use std::sync::OnceLock;

use attache::bookmarks::{anchor, parse_bookmarks};
use attache::library::Library;
use attache::tui::chord::Chord;
use attache::tui::keymap::Keymap;
use libfuzzer_sys::fuzz_target;

static SEEDS: OnceLock<Library> = OnceLock::new();

fuzz_target!(
    init: {
        SEEDS.get_or_init(|| Library::load(&[]));
    },
    |data: &[u8]| {
        let Some((&which, data)) = data.split_first() else {
            return;
        };
        if which % 2 == 0 {
            let Ok(bookmarks) = parse_bookmarks(data) else {
                return;
            };
            for b in &bookmarks {
                for field in [&b.doc_id, &b.label, &b.quote.exact, &b.quote.prefix, &b.quote.suffix] {
                    assert!(!field.chars().any(char::is_control), "control character kept: {field:?}");
                }
                assert!(!b.note.as_deref().unwrap_or("").chars().any(char::is_control));
            }
            let lib = SEEDS.get().expect("built in init");
            let resolved = anchor(&bookmarks, lib);
            assert_eq!(resolved.len(), bookmarks.len());
            for r in resolved {
                if let Some((d, c)) = r.place.location() {
                    assert!(c < lib.documents[d].clauses.len());
                }
            }
            let json = serde_json::to_vec(&bookmarks).expect("bookmarks serialise");
            let again: Vec<attache::bookmarks::Bookmark> = serde_json::from_slice(&json).expect("round trip");
            assert_eq!(again, bookmarks);
        } else {
            let text = String::from_utf8_lossy(data);
            let mut keymap = Keymap::default();
            let warnings = keymap.apply_toml(&text, "keys.toml");
            for w in &warnings {
                assert!(w.starts_with("keys.toml line "), "{w}");
            }
            // Chord names on their own, as keys.toml values are read.
            for line in text.lines().take(16) {
                if let Some(c) = Chord::parse(line) {
                    let _ = keymap.action_for(&ratatui::crossterm::event::KeyEvent::new(c.code, c.mods));
                }
            }
        }
    }
);
