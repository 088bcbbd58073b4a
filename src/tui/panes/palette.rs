//! The jump palette popup: the query line, then one row per result with its
//! kind, where it leads (`Korea Digital Partnership › ¶12`) and what it says
//! (for clauses, a snippet around the first match), matched letters marked.
//! Rows are fitted by display width; only the visible ones are worked out.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{pane_block, truncate};
use crate::jump::{CandidateKind, Target, distinguishing_title, match_ranges, query_words};
use crate::tui::state::{AppState, Palette, PaletteMode};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, palette: &Palette, theme: &Theme) {
    let width = area.width.saturating_sub(4).clamp(area.width.min(20), 110);
    let height = area.height.saturating_sub(4).clamp(area.height.min(5), 20);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let title = match palette.mode {
        PaletteMode::Jump => " Jump: d: c: e: b: narrow ",
        PaletteMode::Clauses => " Search all clauses ",
    };
    let keys = " ↑↓ move · Enter go · Esc back ";
    let mut block = pane_block(truncate(title, usize::from(width.saturating_sub(2))), true, theme);
    if usize::from(width) >= keys.width() + 4 {
        block = block.title_bottom(Line::styled(keys, theme.dim()).right_aligned());
    }
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let w = usize::from(inner.width);

    // The query line, with the count on the right.
    let count = match palette.total {
        n if n > palette.rows.len() => format!("{} of {n}", palette.rows.len()),
        n => n.to_string(),
    };
    let query = truncate(palette.query(), w.saturating_sub(count.width() + 4));
    let query_line = Rect { height: 1, ..inner };
    frame.render_widget(
        Paragraph::new(Line::styled(count, theme.dim()).right_aligned()),
        query_line,
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("› ", theme.accent()),
            Span::raw(query.clone()),
        ])),
        query_line,
    );
    // The cursor where the input's is (after ← it is inside the text, not at its end).
    let before: String = palette.query().chars().take(palette.input.cursor()).collect();
    let cursor_x = inner.x + 2 + truncate(&before, query.width()).width() as u16;
    frame.set_cursor_position(Position::new(cursor_x.min(inner.right().saturating_sub(1)), inner.y));

    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    if list.height == 0 {
        return;
    }
    if palette.rows.is_empty() {
        let empty = match palette.mode {
            PaletteMode::Clauses if query_words(palette.query()).is_empty() => "type words to find in every clause",
            _ => "no match",
        };
        frame.render_widget(Paragraph::new(Line::styled(empty, theme.dim())), list);
        return;
    }
    let visible = usize::from(list.height);
    let top = (palette.selected + 1).saturating_sub(visible);
    let lines: Vec<Line> = palette
        .rows
        .iter()
        .enumerate()
        .skip(top)
        .take(visible)
        .map(|(i, &(kind, target))| {
            let line = row(state, palette, kind, target, w, theme);
            if i == palette.selected {
                line.style(theme.cursor_row(true))
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

/// The query without its kind prefix (`c: quantum` → `quantum`).
fn query_text(query: &str) -> &str {
    let q = query.trim_start();
    match q.as_bytes() {
        [b'd' | b'c' | b'e' | b'b', b':', ..] => &q[2..],
        _ => q,
    }
}

/// Char indices of `text` to mark: fuzzy for the jump palette, words for search.
fn marks(state: &AppState, palette: &Palette, text: &str) -> Vec<usize> {
    match palette.mode {
        PaletteMode::Jump => state.finders.index.highlight(text, palette.query()),
        PaletteMode::Clauses => {
            let mut out = Vec::new();
            for r in match_ranges(text, &query_words(palette.query())) {
                let first = text[..r.start].chars().count();
                out.extend(first..first + text[r].chars().count());
            }
            out
        }
    }
}

fn tag(kind: CandidateKind, wide: bool) -> &'static str {
    match (kind, wide) {
        (CandidateKind::Document, true) => "doc    ",
        (CandidateKind::Heading | CandidateKind::Clause, true) => "clause ",
        (CandidateKind::Entity, true) => "entity ",
        (CandidateKind::Bookmark, true) => "mark   ",
        (CandidateKind::Document, false) => "d ",
        (CandidateKind::Heading | CandidateKind::Clause, false) => "c ",
        (CandidateKind::Entity, false) => "e ",
        (CandidateKind::Bookmark, false) => "b ",
    }
}

/// One result: kind tag, where it leads, what it says, fitted to `width` columns.
fn row<'a>(
    state: &AppState,
    palette: &Palette,
    kind: CandidateKind,
    target: Target,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let lib = &state.library;
    let tag = tag(kind, width >= 60);
    let mut spans = vec![Span::styled(tag, theme.dim())];
    let mut room = width.saturating_sub(tag.width());
    let put = |spans: &mut Vec<Span<'a>>, text: &str, style: Style, room: &mut usize| {
        let marks = marks(state, palette, text);
        *room -= fit(text, &marks, *room, style, theme.matched(), spans);
    };
    let heading = if kind == CandidateKind::Heading {
        theme.heading()
    } else {
        Style::new()
    };
    match target {
        Target::Document(d) => {
            let doc = &lib.documents[d as usize];
            // A title too long for the row shows what tells it apart, not its common opening.
            let title = doc.display_title();
            let title = if title.width() > room {
                distinguishing_title(title)
            } else {
                title.to_string()
            };
            put(&mut spans, &title, Style::new(), &mut room);
            let m = &doc.meta;
            let extra: Vec<&str> = [m.number.as_deref(), m.date.as_deref()].into_iter().flatten().collect();
            if !extra.is_empty() {
                put(&mut spans, &format!(" · {}", extra.join(" · ")), theme.dim(), &mut room);
            }
        }
        Target::Clause { doc, clause } => {
            let d = &lib.documents[doc as usize];
            let c = clause as usize;
            let place = place(&distinguishing_title(d.display_title()), &d.clauses[c].label, room);
            let place_marks = marks(state, palette, &place);
            room -= fit(&place, &place_marks, room, theme.dim(), theme.matched(), &mut spans);
            let text = snippet(state, palette, d.clause_text(c), room);
            put(&mut spans, &text, heading, &mut room);
        }
        Target::Entity(e) => {
            let ent = &lib.entities[e as usize];
            put(&mut spans, &ent.name, Style::new(), &mut room);
            let n = ent.mentions.len();
            let plural = if n == 1 { "" } else { "s" };
            let extra = format!(" · {}, {n} mention{plural}", ent.kind.as_str());
            put(&mut spans, &extra, theme.dim(), &mut room);
        }
        Target::Bookmark(b) => {
            let Some(entry) = state.finders.bookmark(b) else {
                return Line::from(spans);
            };
            let title = entry
                .doc
                .and_then(|d| lib.documents.get(d as usize))
                .map_or(String::new(), |d| distinguishing_title(d.display_title()));
            let place = place(&title, &entry.label, room);
            let place_marks = marks(state, palette, &place);
            room -= fit(&place, &place_marks, room, theme.dim(), theme.matched(), &mut spans);
            let text = if entry.note.is_empty() {
                entry.quote.clone()
            } else {
                format!("{} — {}", entry.note, entry.quote)
            };
            put(&mut spans, &text, Style::new(), &mut room);
        }
    }
    Line::from(spans)
}

/// `Korea Digital Partn… › ¶12  `: the title cut so the label always shows,
/// within two fifths of `room` (at least 12 columns).
/// Up to 40 columns: room for a distinguishing title such as `Korea Digital Partnership`.
fn place(title: &str, label: &str, room: usize) -> String {
    let most = (room * 2 / 5).max(room.min(12)).min(40);
    // Labels are padded to four columns so the snippets line up.
    let label_width = label.width().max(4) + 5;
    let title = truncate(title, most.saturating_sub(label_width).max(1));
    let pad = " ".repeat(4usize.saturating_sub(label.width()));
    truncate(&format!("{title} › {label}{pad}  "), room)
}

/// A window of `text` about `width` columns wide that starts a little before
/// the first match (at a word start), with `…` where text was left out.
fn snippet(state: &AppState, palette: &Palette, text: &str, width: usize) -> String {
    let words = query_words(query_text(palette.query()));
    let first = match match_ranges(text, &words).first() {
        Some(r) => text[..r.start].chars().count(),
        None => marks(state, palette, text).first().copied().unwrap_or(0),
    };
    let chars: Vec<char> = text.chars().collect();
    // Keep about a quarter of the width as lead-in before the match.
    let lead = (width / 4).min(24);
    let mut start = first;
    let mut cols = 0;
    while start > 0 && cols + chars[start - 1].width().unwrap_or(0) <= lead {
        start -= 1;
        cols += chars[start].width().unwrap_or(0);
    }
    if start > 0 {
        // Begin at a word start, never mid-word.
        while start < first && !chars[start - 1].is_whitespace() {
            start += 1;
        }
        let rest: String = chars[start..].iter().collect();
        format!("…{}", rest.trim_start())
    } else {
        text.to_string()
    }
}

/// Pushes `text` cut to `width` columns (with `…` when cut), the chars at
/// `marks` in `mark` style; returns the columns used.
fn fit<'a>(text: &str, marks: &[usize], width: usize, base: Style, mark: Style, out: &mut Vec<Span<'a>>) -> usize {
    let total = text.width();
    let limit = if total > width { width.saturating_sub(1) } else { width };
    let mut used = 0;
    let mut piece = String::new();
    let mut marked = false;
    for (i, c) in text.chars().enumerate() {
        let c = if c.is_control() { ' ' } else { c };
        let w = c.width().unwrap_or(0);
        if used + w > limit {
            break;
        }
        let m = marks.binary_search(&i).is_ok();
        if m != marked && !piece.is_empty() {
            out.push(Span::styled(
                std::mem::take(&mut piece),
                if marked { base.patch(mark) } else { base },
            ));
        }
        marked = m;
        piece.push(c);
        used += w;
    }
    if !piece.is_empty() {
        out.push(Span::styled(piece, if marked { base.patch(mark) } else { base }));
    }
    if total > width && width > 0 {
        out.push(Span::styled("…", base));
        used += 1;
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fitted(text: &str, marks: &[usize], width: usize) -> (String, usize) {
        let mut spans = Vec::new();
        let used = fit(text, marks, width, Style::new(), Style::new(), &mut spans);
        (spans.iter().map(|s| s.content.as_ref()).collect(), used)
    }

    #[test]
    fn fits_by_display_width_with_an_ellipsis() {
        assert_eq!(fitted("Horizon Europe", &[], 20), ("Horizon Europe".into(), 14));
        assert_eq!(fitted("Horizon Europe", &[], 8), ("Horizon…".into(), 8));
        assert_eq!(fitted("대한민국", &[0], 5), ("대한…".into(), 5));
        assert_eq!(fitted("abc", &[], 0), ("".into(), 0));
    }

    #[test]
    fn kind_prefixes_are_not_searched_for() {
        assert_eq!(query_text("c: quantum"), " quantum");
        assert_eq!(query_text("quantum"), "quantum");
        assert_eq!(query_text("x: q"), "x: q");
    }
}
