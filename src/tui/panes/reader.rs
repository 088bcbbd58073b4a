//! The clause reader: the document's metadata line, then each clause with its
//! label in a gutter and its text wrapped (from the cached `DocLayout`), styled
//! from its spans, its kind and its entity mentions. The current clause has a
//! bar down its left edge and a reversed label.

use std::borrow::Cow;
use std::ops::Range;

use crate::citation::long_date;
use crate::document::{ClauseKind, Document, Entity};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::bookmarks::gutter_mark;
use super::{pane_block, truncate};
use crate::tui::state::{AppState, DocSearch, Highlight, Pane};
use crate::tui::theme::Theme;
use crate::tui::ui::reader_viewport;
use crate::tui::wrap::{DocLayout, NOTE_INDENT, indent, note_marker};

pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let focused = state.focus == Pane::Reader;
    let Some(doc) = state.reader.document(&state.library) else {
        let block = pane_block(" Reader ", focused, theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        frame.render_widget(Paragraph::new(Line::styled("no document open", theme.dim())), inner);
        return;
    };
    let title_width = usize::from(area.width.saturating_sub(4));
    let block = pane_block(
        format!(" {} ", truncate(doc.display_title(), title_width.saturating_sub(2))),
        focused,
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let view = reader_viewport(area);
    if view.y > inner.y {
        let row = Rect { height: 1, ..inner };
        let position = position(doc, state);
        let room = unicode_width::UnicodeWidthStr::width(position.as_str()) as u16 + 2;
        // The position goes on the right when the metadata leaves room for it.
        let counts = state.reader.doc.and_then(|d| state.links.counts(d));
        // With the references counted, the place gives way first, so the
        // position stays beside them.
        let mut meta = meta_line(doc, counts, true, theme);
        let counted = counts.is_some_and(|(a, b)| a + b > 0);
        if counted && meta.width() as u16 + room > row.width {
            meta = meta_line(doc, counts, false, theme);
        }
        if meta.width() as u16 + room <= row.width {
            frame.render_widget(Paragraph::new(Line::styled(position, theme.dim()).right_aligned()), row);
        }
        frame.render_widget(Paragraph::new(meta), row);
    }
    if view.width == 0 || view.height == 0 {
        return;
    }
    // The cached layout; computed here only if state has not seen this size.
    let layout = match state.reader.layout().filter(|l| l.view_width == view.width) {
        Some(l) => Cow::Borrowed(l),
        None => Cow::Owned(DocLayout::compute(state.reader.doc.unwrap_or(0), doc, view.width)),
    };
    let selected = state.highlighted_entity();
    let style = ClauseStyle {
        theme,
        selected,
        colours: state.mention_colours,
        entities: &state.library.entities,
        search: (state.highlight == Some(Highlight::Search)).then_some(&state.search),
    };
    let mut lines = Vec::with_capacity(usize::from(view.height));
    let total = layout.total_rows();
    let doc_index = state.reader.doc.unwrap_or(0);
    for row in state.reader.top..(state.reader.top + usize::from(view.height)).min(total) {
        let i = layout.clause_at(row);
        let line_index = row - layout.starts[i];
        let mark = state
            .reader
            .doc
            .filter(|_| line_index == 0)
            .and_then(|d| state.bookmarks.mark(d, i));
        let links = link_starts(state.links.in_clause(doc_index, i));
        let mut line = style.row(doc, &layout, (i, &links), line_index, i == state.reader.current);
        if !line.spans.is_empty() {
            line.spans.insert(1, gutter_mark(mark, theme));
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), view);
}

/// `8318/24 · 26 March 2024 · Brussels · LIMITE`, or the id when there is
/// none; then `cites 2 · cited by 3` when the document has references either way.
fn meta_line<'a>(doc: &'a Document, counts: Option<(usize, usize)>, place: bool, theme: &Theme) -> Line<'a> {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(doc.meta.number.clone());
    parts.extend(doc.meta.date.as_deref().map(long_date));
    parts.extend(doc.meta.place.clone().filter(|_| place));
    if parts.is_empty() {
        parts.push(doc.id.clone());
    }
    let mut spans = vec![Span::styled(parts.join(" · "), theme.dim())];
    if let Some(m) = &doc.meta.marking {
        spans.push(Span::styled(format!(" · {m}"), theme.marking()));
    }
    if let Some((cites, cited_by)) = counts.filter(|&(a, b)| a + b > 0) {
        spans.push(Span::styled(
            format!(" · cites {cites} · cited by {cited_by}"),
            theme.dim(),
        ));
    }
    Line::from(spans)
}

/// `¶3 · 4/29`: the current clause's label and place in the document.
fn position(doc: &Document, state: &AppState) -> String {
    let n = doc.clauses.len();
    if n == 0 {
        return String::new();
    }
    let c = state.reader.current.min(n - 1);
    format!("{} · {}/{n}", doc.clauses[c].label, c + 1)
}

struct ClauseStyle<'t> {
    theme: &'t Theme,
    selected: Option<u32>,
    colours: bool,
    /// The library's entities, for the kind of each mention.
    entities: &'t [Entity],
    /// The search whose matches are highlighted, if that is the highlight.
    search: Option<&'t DocSearch>,
}

impl ClauseStyle<'_> {
    /// One screen row: bar, (the bookmark mark goes in second), label gutter, indent, then the styled text line
    /// (or nothing, for the blank row after each clause).
    /// `links`: where the clause's references to documents of the library start.
    fn row<'d>(
        &self,
        doc: &'d Document,
        layout: &DocLayout,
        (i, links): (usize, &[u32]),
        line_index: usize,
        current: bool,
    ) -> Line<'d> {
        let clause = &doc.clauses[i];
        let gutter = usize::from(layout.gutter);
        let Some(range) = layout.lines[i].get(line_index) else {
            return self.note_row(doc, layout, i, line_index - layout.lines[i].len(), current);
        };
        let mut spans = Vec::new();
        spans.push(if current {
            Span::styled("▌", self.theme.current_bar())
        } else {
            Span::raw(" ")
        });
        if line_index == 0 {
            let label = truncate(&clause.label, gutter);
            let pad = gutter.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()));
            spans.push(Span::raw(" ".repeat(pad)));
            let style = if current {
                self.theme.current_label()
            } else {
                self.theme.label()
            };
            spans.push(Span::styled(label, style));
        } else {
            spans.push(Span::raw(" ".repeat(gutter)));
        }
        spans.push(Span::raw(" ".repeat(1 + usize::from(indent(clause.depth)))));
        self.text(doc, (i, links), range.clone(), &mut spans);
        Line::from(spans)
    }

    /// A row of the footnotes under clause `i` (or nothing: the blank row).
    fn note_row<'d>(&self, doc: &'d Document, layout: &DocLayout, i: usize, k: usize, current: bool) -> Line<'d> {
        let clause = &doc.clauses[i];
        let Some((n, range)) = layout.notes[i].get(k) else {
            return Line::default();
        };
        let note = &clause.notes[*n];
        let first = k == 0 || layout.notes[i][k - 1].0 != *n;
        let bar = if current {
            Span::styled("▌", self.theme.current_bar())
        } else {
            Span::raw(" ")
        };
        let lead = usize::from(layout.gutter) + 2 + usize::from(indent(clause.depth));
        let marker = if first {
            note_marker(&note.marker)
        } else {
            String::new()
        };
        let room = usize::from(NOTE_INDENT);
        let marker = truncate(&marker, room.saturating_sub(1));
        let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(marker.as_str()));
        let text = note
            .text
            .get(range.start as usize..range.end as usize)
            .unwrap_or_default();
        Line::from(vec![
            bar,
            Span::raw(" ".repeat(lead)),
            Span::styled(marker, self.theme.dim()),
            Span::raw(" ".repeat(pad)),
            Span::styled(text, self.theme.dim()),
        ])
    }

    /// Splits a line of clause `i` where emphasis or a mention starts or ends.
    fn text<'d>(&self, doc: &'d Document, (i, links): (usize, &[u32]), line: Range<u32>, out: &mut Vec<Span<'d>>) {
        let clause = &doc.clauses[i];
        let text = doc.clause_text(i);
        let base = if clause.kind == ClauseKind::Heading {
            self.theme.heading()
        } else {
            Style::new()
        };
        let mut cuts = vec![line.start, line.end];
        let inside = |p: u32| p > line.start && p < line.end;
        for s in &clause.spans {
            cuts.extend([s.range.start, s.range.end].into_iter().filter(|&p| inside(p)));
        }
        for m in &clause.mentions {
            cuts.extend([m.range.start, m.range.end].into_iter().filter(|&p| inside(p)));
        }
        for n in &clause.notes {
            cuts.extend(Some(n.at).filter(|&p| inside(p)));
        }
        let found = self.search.map_or(&[][..], |s| s.clause_matches(i));
        for r in found {
            cuts.extend([r.start, r.end].into_iter().filter(|&p| inside(p)));
        }
        cuts.retain(|&p| text.is_char_boundary(p as usize));
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let Some(piece) = text.get(a as usize..b as usize) else {
                continue;
            };
            let mut style = base;
            if let Some(s) = clause.spans.iter().find(|s| s.range.start <= a && a < s.range.end) {
                if s.emphasis.bold {
                    style = style.add_modifier(Modifier::BOLD);
                }
                if s.emphasis.italic {
                    style = style.add_modifier(Modifier::ITALIC);
                }
            }
            let mention = clause.mentions.iter().find(|m| m.range.start <= a && a < m.range.end);
            if let Some(m) = mention {
                if Some(m.entity) == self.selected {
                    style = style.patch(self.theme.selected_mention());
                } else if links.contains(&m.range.start) {
                    style = style.patch(self.theme.link());
                } else if self.colours
                    && let Some(e) = self.entities.get(m.entity as usize)
                {
                    style = style.patch(self.theme.mention(e.kind));
                }
            }
            if found.iter().any(|r| r.start <= a && a < r.end) {
                style = style.patch(self.theme.search_match());
            }
            out.push(Span::styled(piece, style));
            // A footnote's marker follows the word it stood after.
            for n in clause.notes.iter().filter(|n| n.at == b && n.at > line.start) {
                out.push(Span::styled(note_marker(&n.marker), self.theme.dim()));
            }
        }
    }
}

/// Where a clause's links start: its references that name a document of the library.
fn link_starts(citations: &[crate::refs::Citation]) -> Vec<u32> {
    citations.iter().filter(|c| c.target.is_some()).map(|c| c.at).collect()
}
