//! A one-line text input (the note, the palette, search and go-to): the text,
//! a cursor that steps by grapheme, and the editing keys a one-line field
//! needs, by character and by word. While an input is open, `App` sends key
//! presses here as `TextKey`s instead of through the keymap.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;

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
    /// Ctrl-← or Alt-b: to the start of the word (or the one before).
    WordLeft,
    /// Ctrl-→ or Alt-f: past the end of the word (or the next one).
    WordRight,
    /// Ctrl-W or Alt-Backspace: delete the word before the cursor.
    DeleteWordBack,
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
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        Some(match key.code {
            KeyCode::Left if ctrl || alt => TextKey::WordLeft,
            KeyCode::Right if ctrl || alt => TextKey::WordRight,
            KeyCode::Char('b') if alt => TextKey::WordLeft,
            KeyCode::Char('f') if alt => TextKey::WordRight,
            KeyCode::Char('w') if ctrl => TextKey::DeleteWordBack,
            KeyCode::Backspace if ctrl || alt => TextKey::DeleteWordBack,
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

    /// Where each grapheme starts, in characters, and the end: the cursor
    /// only stops there, so `é` typed as `e` + a combining accent, or a flag,
    /// is stepped over and deleted whole.
    fn stops(&self) -> Vec<usize> {
        let mut stops = Vec::new();
        let mut at = 0;
        for g in self.text.graphemes(true) {
            stops.push(at);
            at += g.chars().count();
        }
        stops.push(at);
        stops
    }

    fn prev_stop(&self) -> usize {
        self.stops().into_iter().rev().find(|&s| s < self.cursor).unwrap_or(0)
    }

    fn next_stop(&self) -> usize {
        let len = self.text.chars().count();
        self.stops().into_iter().find(|&s| s > self.cursor).unwrap_or(len)
    }

    /// The start of the word before the cursor (spaces and marks skipped first).
    fn word_start(&self) -> usize {
        let chars: Vec<char> = self.text.chars().collect();
        let mut i = self.cursor.min(chars.len());
        while i > 0 && !chars[i - 1].is_alphanumeric() {
            i -= 1;
        }
        while i > 0 && chars[i - 1].is_alphanumeric() {
            i -= 1;
        }
        i
    }

    /// The end of the word at or after the cursor.
    fn word_end(&self) -> usize {
        let chars: Vec<char> = self.text.chars().collect();
        let mut i = self.cursor.min(chars.len());
        while i < chars.len() && !chars[i].is_alphanumeric() {
            i += 1;
        }
        while i < chars.len() && chars[i].is_alphanumeric() {
            i += 1;
        }
        i
    }

    /// Removes the characters `from..to` (character offsets) and puts the cursor at `from`.
    fn remove(&mut self, from: usize, to: usize) {
        let (a, b) = (self.byte_at(from), self.byte_at(to));
        self.text.replace_range(a..b, "");
        self.cursor = from;
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
            TextKey::Backspace if self.cursor > 0 => self.remove(self.prev_stop(), self.cursor),
            TextKey::Delete if self.cursor < len => {
                let (here, next) = (self.cursor, self.next_stop());
                self.remove(here, next);
            }
            TextKey::Backspace | TextKey::Delete => {}
            TextKey::Left => self.cursor = self.prev_stop(),
            TextKey::Right => self.cursor = self.next_stop(),
            TextKey::WordLeft => self.cursor = self.word_start(),
            TextKey::WordRight => self.cursor = self.word_end(),
            TextKey::DeleteWordBack => self.remove(self.word_start(), self.cursor),
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
    fn moves_and_deletes_by_grapheme_so_a_combining_accent_goes_with_its_letter() {
        let mut input = LineInput::new("ne\u{301}e");
        input.edit(TextKey::Left);
        input.edit(TextKey::Left);
        assert_eq!(input.cursor(), 1, "one step over e + combining acute");
        input.edit(TextKey::Delete);
        assert_eq!(input.text(), "ne");
        input.edit(TextKey::End);
        typed(&mut input, "\u{1F1EA}\u{1F1FA}");
        input.edit(TextKey::Backspace);
        assert_eq!(input.text(), "ne", "a flag is one grapheme");
    }

    #[test]
    fn word_moves_and_ctrl_w_work_on_words() {
        let mut input = LineInput::new("korea quantum 5");
        input.edit(TextKey::WordLeft);
        assert_eq!(input.cursor(), 14);
        input.edit(TextKey::WordLeft);
        assert_eq!(input.cursor(), 6);
        typed(&mut input, "digital ");
        assert_eq!(input.text(), "korea digital quantum 5");
        assert_eq!(input.cursor(), 14);
        input.edit(TextKey::WordRight);
        assert_eq!(input.cursor(), 21);
        input.edit(TextKey::DeleteWordBack);
        assert_eq!(input.text(), "korea digital  5");
        let alt_b = KeyEvent::new(KeyCode::Char('b'), KeyModifiers::ALT);
        assert_eq!(TextKey::from_event(&alt_b), Some(TextKey::WordLeft));
        let ctrl_w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(TextKey::from_event(&ctrl_w), Some(TextKey::DeleteWordBack));
    }

    #[test]
    fn control_characters_are_never_taken_in() {
        let mut input = LineInput::new("a\u{1b}[31mb");
        input.edit(TextKey::Char('\u{7}'));
        assert_eq!(input.text(), "a[31mb");
    }
}
