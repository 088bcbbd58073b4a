//! The status bar: a message when there is one (confirmations, warnings),
//! otherwise key hints for the focused pane from the keymap (the palette's own
//! while it is open); on the right the position (`mention 2 of 7`) and
//! whether the mouse is off.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{bookmarks, truncate};
use crate::tui::keymap::Keymap;
use crate::tui::state::{AppState, PaletteMode, Status};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, keymap: &Keymap, theme: &Theme) {
    if let Some(edit) = &state.bookmarks.note {
        bookmarks::draw_note(frame, area, edit, theme);
        return;
    }
    if let Some(input) = &state.search.input {
        let mut right: Vec<String> = state.search_position().into_iter().collect();
        // What the keys do, as the note editor says it, where there is room.
        if area.width >= 60 {
            right.push("↵ keep · esc back".to_string());
        }
        super::search::draw_line(frame, area, ('/', right), input, theme);
        return;
    }
    if let Some(input) = &state.goto {
        let right = if area.width >= 60 {
            vec!["e.g. 14, 14(b), 2.1 · ↵ go · esc back".to_string()]
        } else {
            Vec::new()
        };
        super::search::draw_line(frame, area, (':', right), input, theme);
        return;
    }
    let mut right: Vec<String> = state.loading.progress().into_iter().collect();
    if let Some(skipped) = state.skipped_count() {
        right.push(format!(
            "{skipped} ({})",
            keymap.first_key(crate::tui::action::Action::ShowSkipped)
        ));
    }
    if state.bookmarks.save_failed.is_some() {
        right.push("bookmarks unsaved".to_string());
    }
    if let Some((i, n)) = state.mention_position() {
        right.push(format!("mention {i} of {n}"));
    }
    right.extend(state.search_position());
    if !state.mouse {
        right.push("mouse off".to_string());
    }
    let right = right.join(" · ");
    let right_width = (unicode_width::UnicodeWidthStr::width(right.as_str()) as u16 + 1).min(area.width / 2);
    let [left_area, right_area] = Layout::horizontal([Constraint::Min(0), Constraint::Length(right_width)]).areas(area);
    let width = usize::from(left_area.width);
    let left = match &state.status {
        Some(Status::Info(text)) => Line::styled(truncate(text, width), theme.accent()),
        Some(Status::Warning(text)) => Line::styled(truncate(text, width), theme.warning()),
        None if state.bookmarks.list.is_none()
            && state.palette.is_none()
            && bookmarks::current_note(state).is_some() =>
        {
            let note = bookmarks::current_note(state).unwrap_or_default();
            Line::styled(truncate(&format!("✎ {note}"), width), theme.accent())
        }
        None if state.meeting => Line::default(),
        None => match cut_entity_name(state) {
            // The panel cuts the selected name: here it is whole, before the hints.
            Some(name) => {
                let name = truncate(&name, width);
                let used = unicode_width::UnicodeWidthStr::width(name.as_str()) + 3;
                let mut line = Line::from(vec![Span::styled(name, theme.accent()), Span::raw("   ")]);
                line.spans
                    .extend(hints(state, keymap, theme, width.saturating_sub(used)).spans);
                line
            }
            None => hints(state, keymap, theme, width),
        },
    };
    frame.render_widget(Paragraph::new(left), left_area);
    frame.render_widget(
        Paragraph::new(Line::styled(right, theme.dim()).right_aligned()),
        right_area,
    );
}

/// The selected entity's full name when the entity panel has focus and cuts it.
fn cut_entity_name(state: &AppState) -> Option<String> {
    if state.focus != crate::tui::state::Pane::Entities {
        return None;
    }
    let panel = state.screen().entities?;
    let id = state.entities.selected()?;
    let (e, count) = state.entities.rows.get(state.entities.cursor).and_then(|r| match *r {
        crate::tui::state::EntityRow::Entity { id: rid, count } if rid == id => {
            Some((state.library.entities.get(id as usize)?, count))
        }
        _ => None,
    })?;
    // As the panel lays a row out: border, mark, name, a space, the count.
    let room = usize::from(panel.width.saturating_sub(2)).saturating_sub(count.to_string().len() + 3);
    (unicode_width::UnicodeWidthStr::width(e.name.as_str()) > room).then(|| e.name.clone())
}

/// As many `key what` pairs as fit, whole; `help` and `quit` always among
/// them (room is kept for them first), since they are how a newcomer finds the rest.
fn hints<'a>(state: &AppState, keymap: &Keymap, theme: &Theme, width: usize) -> Line<'a> {
    let mut spans = Vec::new();
    let pairs = if let Some(palette) = &state.palette {
        // The palette takes typed text, so its keys are fixed, not the keymap's.
        let mut pairs = vec![("↑/↓", "move"), ("Enter", "go"), ("Esc", "back")];
        if palette.mode == PaletteMode::Jump {
            pairs.push(("d: c: e: b:", "narrow"));
        }
        pairs.into_iter().map(|(k, w)| (k.to_string(), w)).collect()
    } else if state.bookmarks.list.is_some() {
        bookmarks::list_hints(keymap)
    } else {
        let mut pairs = keymap.hints(state.focus);
        // A clause naming a document of the library: how to get there, first.
        if state.focus == crate::tui::state::Pane::Reader && state.current_links().iter().any(|c| c.target.is_some()) {
            pairs.insert(0, (keymap.first_key(crate::tui::action::Action::FollowLink), "follow"));
        }
        pairs
    };
    // `key what`, then three spaces before the next pair.
    let cost = |(keys, what): &(String, &str)| unicode_width::UnicodeWidthStr::width(keys.as_str()) + what.len() + 4;
    let essential = |what: &str| matches!(what, "help" | "quit");
    let reserved: usize = pairs.iter().filter(|p| essential(p.1)).map(cost).sum();
    let mut used = 0;
    let mut shown = Vec::new();
    for pair in &pairs {
        let w = cost(pair);
        let room = if essential(pair.1) {
            width + 3
        } else {
            (width + 3).saturating_sub(reserved)
        };
        if used + w > room {
            if essential(pair.1) {
                break;
            }
            continue;
        }
        used += w;
        shown.push(pair.clone());
    }
    for (keys, what) in shown {
        spans.push(Span::styled(keys, theme.key()));
        spans.push(Span::styled(format!(" {what}   "), theme.dim()));
    }
    Line::from(spans)
}
