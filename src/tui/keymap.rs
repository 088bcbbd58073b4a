//! The bindings in force: `BINDINGS` defaults with `keys.toml` on top. Key
//! lookup, the help overlay, the status-bar hints and the README's key table all
//! come from here, so they cannot drift apart.

use std::collections::HashMap;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use super::bindings::{BINDINGS, Binding, Section};

use super::action::Action;
use super::chord::Chord;
use super::state::Pane;
use crate::bounded::{self, Limits, ReadError};
use crate::shown::Shown;

/// The bindings in force: defaults, then `keys.toml` on top.
#[derive(Clone, Debug)]
pub struct Keymap {
    chords: HashMap<Action, Vec<Chord>>,
    lookup: HashMap<Chord, Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Keymap {
            chords: HashMap::new(),
            lookup: HashMap::new(),
        };
        for b in BINDINGS {
            let chords = b.defaults.iter().filter_map(|s| Chord::parse(s)).collect();
            map.set(b.action, chords);
        }
        map
    }
}

impl Keymap {
    /// Reads `keys.toml` if it exists; returns the map and warnings naming file and line.
    pub fn load(path: &Path) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        // Bounded: a FIFO or a link to /dev/zero is refused, never waited on.
        let text = match bounded::read(path, Limits::CONFIG).map(String::from_utf8) {
            Ok(Ok(text)) => text,
            Err(ReadError::Missing) => return (map, Vec::new()),
            Ok(Err(_)) => {
                return (
                    map,
                    vec![format!("{}: not UTF-8; default keys kept", Shown::path(path))],
                );
            }
            Err(e) => return (map, vec![format!("{}: {e}; default keys kept", Shown::path(path))]),
        };
        let warnings = map.apply_toml(&text, Shown::path(path).as_str());
        (map, warnings)
    }

    /// Applies `action = "chord"` or `action = ["chord", …]` lines; bad ones become warnings.
    pub fn apply_toml(&mut self, text: &str, file: &str) -> Vec<String> {
        type Entries = std::collections::BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>;
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let entries: Entries = match toml::from_str(text) {
            Ok(e) => e,
            Err(e) => {
                let line = e.span().map(|s| line_of(s.start)).unwrap_or(1);
                let msg = Shown::line(e.message().trim()).into_string();
                return vec![format!("{file} line {line}: {msg}; default keys kept")];
            }
        };
        let mut warnings = Vec::new();
        let mut entries: Vec<_> = entries.into_iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        for (name, value) in entries {
            let line = line_of(name.span().start);
            let Some(binding) = BINDINGS.iter().find(|b| b.name == name.get_ref().as_str()) else {
                // The name is the user's text: shown, so an escape in it stays inert.
                let name = Shown::line(name.get_ref());
                warnings.push(format!("{file} line {line}: unknown action \"{name}\""));
                continue;
            };
            let texts: Vec<Option<&str>> = match value.get_ref() {
                toml::Value::String(s) => vec![Some(s.as_str())],
                toml::Value::Array(items) => items.iter().map(toml::Value::as_str).collect(),
                _ => vec![None],
            };
            let mut chords = Vec::new();
            let mut ok = true;
            for t in texts {
                match t.and_then(Chord::parse) {
                    Some(c) => chords.push(c),
                    None => {
                        let shown = t.map_or_else(|| value.get_ref().to_string(), |s| format!("\"{s}\""));
                        let shown = Shown::line(&shown);
                        warnings.push(format!("{file} line {line}: bad key {shown} for {}", binding.name));
                        ok = false;
                    }
                }
            }
            if ok && !chords.is_empty() {
                self.set(binding.action, chords);
            }
        }
        warnings
    }

    /// Binds `action` to exactly these chords, taking them away from any other action.
    fn set(&mut self, action: Action, chords: Vec<Chord>) {
        if let Some(old) = self.chords.remove(&action) {
            for c in old {
                self.lookup.remove(&c);
            }
        }
        for c in &chords {
            if let Some(prev) = self.lookup.insert(*c, action)
                && let Some(list) = self.chords.get_mut(&prev)
            {
                list.retain(|x| x != c);
            }
        }
        self.chords.insert(action, chords);
    }

    /// The action bound to a key press; Ctrl-C always quits so no map can trap the user.
    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            return Some(Action::Quit);
        }
        self.lookup.get(&Chord::from_event(key)).copied()
    }

    /// The action for a key when no input is open: the keymap's, else a
    /// digit, which opens the go-to input with it (`14` Enter: paragraph 14).
    pub fn reader_action(&self, key: &KeyEvent) -> Option<Action> {
        let plain = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        self.action_for(key).or(match key.code {
            KeyCode::Char(c) if plain && c.is_ascii_digit() => Some(Action::GoToDigit(c)),
            _ => None,
        })
    }

    /// The chords of an action as shown to people: `j/↓`.
    pub fn keys_for(&self, action: Action) -> String {
        self.chords
            .get(&action)
            .map(|cs| cs.iter().map(Chord::to_string).collect::<Vec<_>>().join("/"))
            .unwrap_or_default()
    }

    /// The first chord of an action, for compact hints.
    pub fn first_key(&self, action: Action) -> String {
        self.chords
            .get(&action)
            .and_then(|cs| cs.first())
            .map(Chord::to_string)
            .unwrap_or_default()
    }

    /// Status-bar hints for a pane: (keys, what they do), most useful first.
    pub fn hints(&self, pane: Pane) -> Vec<(String, &'static str)> {
        // `j/k`; just `j` when `k` is unbound (`/` alone is a key: search).
        let pair = |a: Action, b: Action| {
            let keys = [self.first_key(a), self.first_key(b)];
            keys.into_iter().filter(|k| !k.is_empty()).collect::<Vec<_>>().join("/")
        };
        let mut hints = match pane {
            Pane::Documents => vec![
                (self.first_key(Action::Activate), "open"),
                (self.first_key(Action::SortDocuments), "sort"),
            ],
            Pane::Reader => vec![
                (pair(Action::Down, Action::Up), "move"),
                (pair(Action::NextHeading, Action::PrevHeading), "section"),
                (self.first_key(Action::SearchDocument), "search"),
                (self.first_key(Action::ToggleBookmark), "bookmark"),
                (self.first_key(Action::CopyClause), "copy"),
                (self.first_key(Action::MeetingMode), "meeting"),
            ],
            Pane::Entities => vec![
                (self.first_key(Action::Activate), "jump"),
                (pair(Action::NextMention, Action::PrevMention), "next/prev"),
                (self.first_key(Action::EntityScope), "scope"),
            ],
        };
        // The palette first among the keys every pane shares: it goes anywhere.
        hints.insert(1, (self.first_key(Action::OpenPalette), "jump"));
        hints.push((self.first_key(Action::NextPane), "pane"));
        hints.push((self.first_key(Action::Help), "help"));
        hints.push((self.first_key(Action::Quit), "quit"));
        hints.retain(|(k, _)| !k.is_empty());
        hints
    }

    /// The default bindings as a Markdown table, as the README shows them.
    pub fn markdown_table() -> String {
        let defaults = Keymap::default();
        let mut out = String::from("| Keys | Action | `keys.toml` name |\n|---|---|---|\n");
        for b in BINDINGS {
            let keys = defaults.keys_for(b.action).replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {} | `{}` |\n", b.help, b.name));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn defaults_bind_the_issue_keys() {
        let map = Keymap::default();
        let ch = |c| key(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.action_for(&ch('q')), Some(Action::Quit));
        assert_eq!(map.action_for(&ch('?')), Some(Action::Help));
        assert_eq!(
            map.action_for(&key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            map.action_for(&key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            map.action_for(&key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevPane)
        );
        assert_eq!(
            map.action_for(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(map.keys_for(Action::Down), "j/↓");
    }

    #[test]
    fn keys_toml_remaps_and_steals_chords_from_other_actions() {
        let mut map = Keymap::default();
        let w = map.apply_toml("quit = \"x\"\nhelp = [\"h\", \"q\"]\n", "keys.toml");
        assert!(w.is_empty(), "{w:?}");
        let ch = |c| key(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.action_for(&ch('x')), Some(Action::Quit));
        assert_eq!(map.action_for(&ch('q')), Some(Action::Help));
        assert_eq!(map.keys_for(Action::Quit), "x");
    }

    #[test]
    fn unknown_actions_and_bad_chords_warn_with_file_and_line_and_keep_defaults() {
        let mut map = Keymap::default();
        let w = map.apply_toml("# mine\nquiet = \"q\"\n\ndown = \"ctrl-\"\nup = 3\n", "/c/keys.toml");
        assert_eq!(
            w,
            [
                "/c/keys.toml line 2: unknown action \"quiet\"",
                "/c/keys.toml line 4: bad key \"ctrl-\" for down",
                "/c/keys.toml line 5: bad key 3 for up",
            ]
        );
        assert_eq!(map.keys_for(Action::Down), "j/↓");
        assert_eq!(map.keys_for(Action::Up), "k/↑");
    }

    #[test]
    fn a_toml_syntax_error_names_its_line() {
        let mut map = Keymap::default();
        let w = map.apply_toml("quit = \"q\"\nhelp = \n", "k.toml");
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("k.toml line 2: "), "{w:?}");
    }

    #[test]
    fn every_default_chord_parses_and_no_two_actions_share_one() {
        let map = Keymap::default();
        for b in BINDINGS {
            assert_eq!(map.chords[&b.action].len(), b.defaults.len(), "{}", b.name);
        }
    }
}
