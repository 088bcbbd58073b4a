//! Bookmarks on screen: the list overlay (two rows per bookmark: mark, label,
//! document and time; then note and snippet, or an orphan's quote), the note
//! input in the status bar, and the gutter mark the reader draws.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{pane_block, truncate};
use crate::bookmarks::{Bookmark, Place};
use crate::library::Library;
use crate::tui::action::Action;
use crate::tui::keymap::Keymap;
use crate::tui::state::{AppState, BookmarkSort, Bookmarks, Mark, NoteEdit, ago};
use crate::tui::theme::Theme;

/// The list overlay's place on a `width`×`height` terminal (above the status
/// bar), tall enough for `count` bookmarks if they fit.
pub fn popup(width: u16, height: u16, count: usize) -> Rect {
    let body = Rect::new(0, 0, width, height.saturating_sub(1));
    let w = body.width.saturating_sub(4).clamp(body.width.min(20), 110);
    let most = body.height.saturating_sub(2).max(body.height.min(4));
    let wanted = u16::try_from(count.max(1) * 2 + 2).unwrap_or(u16::MAX);
    body.centered(Constraint::Length(w), Constraint::Length(wanted.min(most)))
}

/// How many bookmarks the list shows at most at once.
pub fn list_rows(width: u16, height: u16) -> usize {
    usize::from(popup(width, height, usize::MAX / 4).height.saturating_sub(2) / 2)
}

/// The gutter symbol for a bookmarked clause.
pub fn mark_symbol(mark: Mark) -> &'static str {
    match mark {
        Mark::Sure => "★",
        Mark::Approximate => "≈",
    }
}

/// The reader's mark column on a clause's first row: `★`, `≈` or blank.
pub fn gutter_mark(mark: Option<Mark>, theme: &Theme) -> Span<'static> {
    match mark {
        Some(Mark::Sure) => Span::styled(mark_symbol(Mark::Sure), theme.accent().add_modifier(Modifier::BOLD)),
        Some(Mark::Approximate) => Span::styled(mark_symbol(Mark::Approximate), theme.warning()),
        None => Span::raw(" "),
    }
}

pub fn draw_list(frame: &mut Frame, state: &AppState, keymap: &Keymap, theme: &Theme) {
    let marks = &state.bookmarks;
    let Some(list) = &marks.list else { return };
    let area = popup(state.size.0, state.size.1, list.order.len());
    let sort = match list.sort {
        BookmarkSort::Document => "by document",
        BookmarkSort::Recent => "most recent first",
    };
    let title = format!(" Bookmarks ({}) · {sort} ", list.order.len());
    let close = format!(
        " {} sort · {} delete · {} closes ",
        keymap.first_key(Action::SortDocuments),
        keymap.first_key(Action::DeleteBookmark),
        keymap.first_key(Action::Back)
    );
    let block = pane_block(title, true, theme).title_bottom(Line::from(close).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    if list.order.is_empty() {
        let key = keymap.first_key(Action::ToggleBookmark);
        let text = format!("No bookmarks yet: {key} on a clause bookmarks it.");
        frame.render_widget(Paragraph::new(Line::styled(truncate(&text, width), theme.dim())), inner);
        return;
    }
    let rows = usize::from(inner.height / 2);
    let mut lines = Vec::with_capacity(rows * 2);
    for (pos, &i) in list.order.iter().enumerate().skip(list.top).take(rows) {
        let row = Row {
            bookmark: &marks.all()[i],
            place: marks.place(i),
            library: &state.library,
            now: marks.now,
            theme,
            width,
        };
        let cursor = pos == list.cursor;
        for mut line in [row.heading(), row.detail()] {
            if cursor {
                line = line.patch_style(theme.cursor_row(true));
            }
            lines.push(line);
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

struct Row<'a> {
    bookmark: &'a Bookmark,
    place: Option<Place>,
    library: &'a Library,
    now: u64,
    theme: &'a Theme,
    width: usize,
}

impl<'a> Row<'a> {
    /// `★ ¶3     8318/24  Joint Statement of the…          2 min ago`
    fn heading(&self) -> Line<'a> {
        let b = self.bookmark;
        let (mark, mark_style) = match self.place {
            Some(Place::Clause { how, .. }) if how.is_sure() => (mark_symbol(Mark::Sure), self.theme.accent()),
            Some(Place::Clause { .. }) => (mark_symbol(Mark::Approximate), self.theme.warning()),
            _ => ("✗", self.theme.warning()),
        };
        let doc = self.place.and_then(|p| match p {
            Place::Clause { doc, .. } | Place::Orphaned { doc: Some(doc) } => self.library.documents.get(doc),
            Place::Orphaned { doc: None } => None,
        });
        let label = match self.place.and_then(Place::location) {
            Some((d, c)) => self.library.documents[d].clauses[c].label.clone(),
            None => b.label.clone(),
        };
        let tag = doc.map_or_else(
            || b.doc_id.clone(),
            |d| d.meta.number.clone().unwrap_or_else(|| d.id.clone()),
        );
        let title = doc.map_or(b.display_title(), |d| d.display_title());
        let orphaned = self.place.is_none_or(Place::is_orphaned);
        let head = format!("{} {tag}  ", truncate(&label, 6));
        let mut right = ago(self.now, b.updated.max(b.created));
        if orphaned && head.width() + right.width() + 24 > self.width {
            right = "orphaned".to_string();
        } else if orphaned {
            right = format!("orphaned · {right}");
        }
        let room = self.width.saturating_sub(2 + head.width() + right.width() + 2).max(1);
        let title = truncate(title, room);
        let pad = self
            .width
            .saturating_sub(2 + head.width() + title.width() + right.width());
        let right_style = if right.starts_with("orphaned") {
            self.theme.warning()
        } else {
            self.theme.dim()
        };
        Line::from(vec![
            Span::styled(mark, mark_style),
            Span::raw(" "),
            Span::styled(head, Style::new()),
            Span::raw(title),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, right_style),
        ])
    }

    /// `    ✎ raise export controls — The European Union and the…`, or an orphan's quote.
    fn detail(&self) -> Line<'a> {
        let b = self.bookmark;
        let mut spans = vec![Span::raw("  ")];
        let mut room = self.width.saturating_sub(2);
        if let Some(note) = &b.note {
            let note = truncate(&format!("✎ {note}"), room);
            room = room.saturating_sub(note.width() + 3);
            spans.push(Span::styled(note, self.theme.accent()));
            if room > 3 {
                spans.push(Span::styled(" — ", self.theme.dim()));
            }
        }
        let snippet = match self.place.and_then(Place::location) {
            Some((d, c)) => squash(self.library.documents[d].clause_text(c)),
            None => format!("“{}…”", b.quote.exact),
        };
        if room > 3 {
            spans.push(Span::styled(truncate(&snippet, room), self.theme.dim()));
        }
        Line::from(spans)
    }
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The note input, drawn over the status bar: `note on ¶3: text▏`, scrolled so
/// the cursor stays in view; the terminal cursor is placed on it.
pub fn draw_note(frame: &mut Frame, area: Rect, edit: &NoteEdit, theme: &Theme) {
    let prompt = format!("note on {}: ", edit.label);
    let hint = "  ↵ save · esc cancel";
    let width = usize::from(area.width);
    let prompt = truncate(&prompt, width / 2);
    let hint = if prompt.width() + hint.width() + 10 <= width {
        hint
    } else {
        ""
    };
    let room = width.saturating_sub(prompt.width() + hint.width() + 1).max(1);
    let chars: Vec<char> = edit.input.text().chars().collect();
    let cursor = edit.input.cursor();
    // Show the characters around the cursor, by display width.
    let mut start = 0;
    while UnicodeWidthStr::width(chars[start..cursor].iter().collect::<String>().as_str()) >= room {
        start += 1;
    }
    let mut shown = String::new();
    let mut used = 0;
    for c in &chars[start..] {
        let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
        if used + w > room {
            break;
        }
        shown.push(*c);
        used += w;
    }
    let before: String = chars[start..cursor].iter().collect();
    let x = area.x + (prompt.width() + before.width()) as u16;
    let line = Line::from(vec![
        Span::styled(prompt, theme.key()),
        Span::raw(shown),
        Span::raw(" ".repeat(room.saturating_sub(used) + 1)),
        Span::styled(hint, theme.dim()),
    ]);
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(line), area);
    frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
}

/// Status-bar hints while the list is open.
pub fn list_hints(keymap: &Keymap) -> Vec<(String, &'static str)> {
    let pair = |a: Action, b: Action| format!("{}/{}", keymap.first_key(a), keymap.first_key(b));
    let mut hints = vec![
        (keymap.first_key(Action::Activate), "jump"),
        (pair(Action::Down, Action::Up), "move"),
        (keymap.first_key(Action::SortDocuments), "sort"),
        (keymap.first_key(Action::EditNote), "note"),
        (keymap.first_key(Action::DeleteBookmark), "delete"),
        (keymap.first_key(Action::UndoDelete), "undo"),
        (keymap.first_key(Action::Back), "close"),
    ];
    hints.retain(|(k, _)| !k.is_empty() && k != "/");
    hints
}

/// The note of the reader's current clause, for the status bar.
pub fn current_note(state: &AppState) -> Option<&str> {
    let doc = state.reader.doc?;
    note_at(&state.bookmarks, doc, state.reader.current)
}

fn note_at(marks: &Bookmarks, doc: usize, clause: usize) -> Option<&str> {
    marks.at(doc, clause)?.note.as_deref()
}
