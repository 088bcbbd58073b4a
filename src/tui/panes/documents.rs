//! The document list: two rows per document (title; date, number, marking),
//! the open one marked with `▶`, the cursor reversed when the pane has focus.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{pane_block, truncate};
use crate::document::Document;
use crate::jump::distinguishing_title;
use crate::shown::Shown;
use crate::tui::state::{AppState, Pane, SortKey};
use crate::tui::theme::Theme;

/// The second row: date, number and marking, each whole or not at all. A
/// marking (`LIMITE`) is a handling instruction and never gives way; the
/// number goes first (the reader's top line shows it), then the date.
fn meta_spans<'a>(doc: &'a Document, width: usize, theme: &Theme) -> Vec<Span<'a>> {
    let date = doc.meta.date.as_deref().unwrap_or("undated");
    let number = doc.meta.number.as_deref();
    let marking = doc.meta.marking.as_deref().map(|m| Shown::line(m).into_string());
    let len = |s: &str| unicode_width::UnicodeWidthStr::width(s) + 2;
    let marking_w = marking.as_deref().map_or(0, len);
    let date_w = len(date);
    let number_w = number.map_or(0, |n| len(&Shown::line(n).into_string()));
    let (show_date, show_number) = if date_w + number_w + marking_w <= width {
        (true, number.is_some())
    } else {
        (date_w + marking_w <= width, false)
    };
    let mut spans = vec![Span::raw("  ")];
    let mut sep = "";
    if show_date {
        spans.push(Span::styled(date, theme.dim()));
        sep = "  ";
    }
    if show_number && let Some(n) = number {
        spans.push(Span::styled(format!("{sep}{}", Shown::line(n)), theme.dim()));
        sep = "  ";
    }
    if let Some(m) = marking {
        spans.push(Span::styled(format!("{sep}{m}"), theme.marking()));
    }
    spans
}

/// The title, or when it does not fit, its distinguishing words: genre words
/// (`Joint Statement of the second meeting of…`) dropped, so three joint
/// statements cut to the same opening do not look alike.
fn fitting_title(doc: &Document, width: usize) -> String {
    let title = doc.display_title();
    if unicode_width::UnicodeWidthStr::width(title) <= width {
        title.to_string()
    } else {
        distinguishing_title(title)
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let focused = state.focus == Pane::Documents;
    let list = &state.documents;
    let sort = match list.sort {
        SortKey::Date => "by date",
        SortKey::Title => "by title",
    };
    let title = format!(" Documents ({}) · {sort} ", list.order.len());
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for (pos, &d) in list.order.iter().enumerate().skip(list.top) {
        if lines.len() + 2 > usize::from(inner.height) {
            break;
        }
        let doc = &state.library.documents[d];
        let open = state.reader.doc == Some(d);
        let marker = if open { "▶ " } else { "  " };
        let mut first = Line::from(vec![
            Span::styled(marker, theme.accent()),
            Span::raw(truncate(
                &fitting_title(doc, width.saturating_sub(2)),
                width.saturating_sub(2),
            )),
        ]);
        let mut second = Line::from(meta_spans(doc, width, theme));
        if open {
            first = first.patch_style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::BOLD));
        }
        if pos == list.cursor {
            first = first.patch_style(theme.cursor_row(focused));
            second = second.patch_style(theme.cursor_row(focused));
            if focused {
                // Reverse the whole width, not just the text.
                let pad = |l: &mut Line| {
                    let w = l.width();
                    if w < width {
                        l.push_span(Span::styled(" ".repeat(width - w), theme.cursor_row(true)));
                    }
                };
                pad(&mut first);
                pad(&mut second);
            }
        }
        lines.push(first);
        lines.push(second);
    }
    if list.order.is_empty() {
        lines.push(Line::styled("no documents", theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
