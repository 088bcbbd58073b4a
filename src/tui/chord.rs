//! A key chord (`ctrl-d`, `G`, `shift-tab`, `pagedown`): parsed from
//! `keys.toml`, matched against terminal key events, and shown in help and hints.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Chord {
    /// The chord a key event stands for. Shift is folded into the character
    /// (`G` arrives as Shift+`G`) and into Shift-Tab, so bindings need not name it.
    pub fn from_event(key: &KeyEvent) -> Chord {
        let mut mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match key.code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Chord { code, mods }
    }

    /// Parses `q`, `G`, `?`, `ctrl-d`, `alt+x`, `shift-tab`, `enter`, `pagedown`, `f1`…
    pub fn parse(text: &str) -> Option<Chord> {
        let text = text.trim();
        if text.chars().count() == 1 {
            let c = text.chars().next()?;
            return Some(Chord {
                code: KeyCode::Char(c),
                mods: KeyModifiers::NONE,
            });
        }
        let mut parts: Vec<&str> = text.split(['-', '+']).collect();
        // `ctrl--` and `ctrl-+` name the separator characters themselves.
        if text.len() > 1 && (text.ends_with("--") || text.ends_with("-+") || text.ends_with("++")) {
            parts.truncate(parts.len() - 2);
            parts.push(&text[text.len() - 1..]);
        }
        let (key, modifiers) = parts.split_last()?;
        let mut mods = KeyModifiers::NONE;
        for m in modifiers {
            mods |= match m.to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
                "alt" | "meta" | "a" | "m" => KeyModifiers::ALT,
                "shift" | "s" => KeyModifiers::SHIFT,
                _ => return None,
            };
        }
        let code = key_code(key)?;
        Some(Chord::from_event(&KeyEvent::new(shifted(code, mods), mods)))
    }
}

/// Shift applied to a letter makes it upper case, and to Tab makes Shift-Tab.
fn shifted(code: KeyCode, mods: KeyModifiers) -> KeyCode {
    match code {
        KeyCode::Char(c) if mods == KeyModifiers::SHIFT => KeyCode::Char(c.to_ascii_uppercase()),
        KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        other => other,
    }
}

fn key_code(name: &str) -> Option<KeyCode> {
    if name.chars().count() == 1 {
        return name.chars().next().map(KeyCode::Char);
    }
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "enter" | "return" | "cr" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "minus" => KeyCode::Char('-'),
        "plus" => KeyCode::Char('+'),
        f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?),
        _ => return None,
    })
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_shows_chords() {
        for (text, shown) in [
            ("q", "q"),
            ("G", "G"),
            ("shift-g", "G"),
            ("ctrl-d", "Ctrl-d"),
            ("C-D", "Ctrl-d"),
            ("alt+x", "Alt-x"),
            ("shift-tab", "Shift-Tab"),
            ("pagedown", "PgDn"),
            ("esc", "Esc"),
            ("space", "Space"),
            ("-", "-"),
            ("ctrl--", "Ctrl--"),
            ("f5", "F5"),
        ] {
            assert_eq!(
                Chord::parse(text).map(|c| c.to_string()).as_deref(),
                Some(shown),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_what_is_not_a_key() {
        for bad in ["", "ctrl-", "hyper-x", "pagedwn", "f99", "ctrl-shift-"] {
            assert_eq!(Chord::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_upper_case_letter_with_shift_matches_its_binding() {
        let event = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(Some(Chord::from_event(&event)), Chord::parse("N"));
    }
}
