//! A one-line text input (the bookmark note): the text, a cursor, and the few
//! editing keys a one-line field needs. While an input is open, `App` sends key
//! presses here as `TextKey`s instead of through the keymap.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Longest text an input accepts, in characters.
const MAX_CHARS: usize = 500;

/// A key press as a one-line input sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextKey {
    Char(char),
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Ctrl-U: clear what is left of the cursor.
    ClearToStart,
    /// Enter.
    Submit,
    /// Esc.
    Cancel,
}

impl TextKey {
    /// The input key for a terminal key press, if it is one.
    pub fn from_event(key: &KeyEvent) -> Option<TextKey> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        Some(match key.code {
            KeyCode::Char('u') if ctrl => TextKey::ClearToStart,
            KeyCode::Char('a') if ctrl => TextKey::Home,
            KeyCode::Char('e') if ctrl => TextKey::End,
            KeyCode::Char(_) if ctrl || key.modifiers.contains(KeyModifiers::ALT) => return None,
            KeyCode::Char(c) => TextKey::Char(c),
            KeyCode::Backspace => TextKey::Backspace,
            KeyCode::Delete => TextKey::Delete,
            KeyCode::Left => TextKey::Left,
            KeyCode::Right => TextKey::Right,
            KeyCode::Home => TextKey::Home,
            KeyCode::End => TextKey::End,
            KeyCode::Enter => TextKey::Submit,
            KeyCode::Esc => TextKey::Cancel,
            _ => return None,
        })
    }
}

/// What a key did to the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edited {
    Editing,
    Submitted,
    Cancelled,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Cursor position in characters.
    cursor: usize,
}

impl LineInput {
    /// An input holding `text`, the cursor at its end.
    pub fn new(text: &str) -> LineInput {
        let text: String = text.chars().filter(|c| !c.is_control()).take(MAX_CHARS).collect();
        let cursor = text.chars().count();
        LineInput { text, cursor }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor, in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(i, _)| i)
    }

    pub fn edit(&mut self, key: TextKey) -> Edited {
        let len = self.text.chars().count();
        match key {
            TextKey::Char(c) if !c.is_control() && len < MAX_CHARS => {
                let at = self.byte_at(self.cursor);
                self.text.insert(at, c);
                self.cursor += 1;
            }
            TextKey::Char(_) => {}
            TextKey::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            TextKey::Delete if self.cursor < len => {
                let at = self.byte_at(self.cursor);
                self.text.remove(at);
            }
            TextKey::Backspace | TextKey::Delete => {}
            TextKey::Left => self.cursor = self.cursor.saturating_sub(1),
            TextKey::Right => self.cursor = (self.cursor + 1).min(len),
            TextKey::Home => self.cursor = 0,
            TextKey::End => self.cursor = len,
            TextKey::ClearToStart => {
                let at = self.byte_at(self.cursor);
                self.text.replace_range(..at, "");
                self.cursor = 0;
            }
            TextKey::Submit => return Edited::Submitted,
            TextKey::Cancel => return Edited::Cancelled,
        }
        Edited::Editing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(input: &mut LineInput, text: &str) {
        for c in text.chars() {
            input.edit(TextKey::Char(c));
        }
    }

    #[test]
    fn types_deletes_and_moves_by_characters_not_bytes() {
        let mut input = LineInput::new("");
        typed(&mut input, "née");
        input.edit(TextKey::Left);
        input.edit(TextKey::Backspace);
        assert_eq!((input.text(), input.cursor()), ("ne", 1));
        input.edit(TextKey::Home);
        typed(&mut input, "é");
        input.edit(TextKey::End);
        input.edit(TextKey::Delete);
        assert_eq!(input.text(), "éne");
    }

    #[test]
    fn ctrl_u_clears_to_the_start_and_enter_and_esc_end_the_edit() {
        let mut input = LineInput::new("raise export controls");
        input.edit(TextKey::Left);
        assert_eq!(input.edit(TextKey::ClearToStart), Edited::Editing);
        assert_eq!(input.text(), "s");
        assert_eq!(input.edit(TextKey::Submit), Edited::Submitted);
        assert_eq!(input.edit(TextKey::Cancel), Edited::Cancelled);
    }

    #[test]
    fn control_characters_are_never_taken_in() {
        let mut input = LineInput::new("a\u{1b}[31mb");
        input.edit(TextKey::Char('\u{7}'));
        assert_eq!(input.text(), "a[31mb");
    }
}
