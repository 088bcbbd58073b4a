//! `office:text` to parts, in one of two views of its tracked changes:
//! accepted (as LibreOffice displays the file: inserted text is in the body
//! between `text:change-start` and `text:change-end`, deleted text only in
//! the change region) or prior (insertions left out, deletions put back
//! where their `text:change` marks them). Lists are counted per list, with
//! `text:continue-numbering`/`text:continue-list` carrying a count on.

use super::inline::Line;
use super::lists::Lists;
use super::styles::{self, LEVELS, Styles};
use crate::formats::package::xml::Element;
use crate::formats::tables::Part;
use crate::formats::{Block, BlockKind, Footnote, Run};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Accepted,
    Prior,
}

/// A tracked change region.
pub enum Change<'a> {
    Insertion,
    Deletion(&'a Element),
    Other,
}

pub struct Context<'a> {
    pub styles: &'a Styles,
    pub changes: &'a HashMap<String, Change<'a>>,
    /// The document uses the Title style: headings sit one level below it.
    pub titled: bool,
}

pub struct Walk<'a> {
    pub(super) cx: &'a Context<'a>,
    pub(super) view: View,
    lists: Lists,
    /// The outline numbering's counters (headings outside lists).
    outline: [Option<u32>; LEVELS],
    /// Insertions open at this point of the text.
    pub(super) inserting: HashSet<String>,
    pub footnotes: Vec<Footnote>,
}

impl<'a> Walk<'a> {
    pub fn new(cx: &'a Context<'a>, view: View) -> Walk<'a> {
        Walk {
            cx,
            view,
            lists: Lists::default(),
            outline: [None; LEVELS],
            inserting: HashSet::new(),
            footnotes: Vec::new(),
        }
    }

    /// The block-level content of `el` (the body, a section, a cell).
    pub fn blocks(&mut self, el: &Element, out: &mut Vec<Part>) {
        for e in el.elements() {
            self.block(e, out);
        }
    }

    /// One block-level element. Anything else is left out: generated
    /// indexes (a table of contents copies the headings with page numbers),
    /// forms, declarations, drawings.
    fn block(&mut self, e: &Element, out: &mut Vec<Part>) {
        match e.name.as_str() {
            "text:p" | "text:h" => {
                if let Some(b) = self.paragraph(e, None) {
                    out.push(Part::Block(b));
                }
            }
            "text:list" => self.list(e, 0, None, None, out),
            "table:table" => {
                let rows = self.table(e);
                if !rows.is_empty() {
                    out.push(Part::Table(rows));
                }
            }
            "text:section" => self.blocks(e, out),
            "text:change-start" | "text:change-end" | "text:change" => self.change_mark(e, None, Some(out)),
            _ => {}
        }
    }

    fn table(&mut self, t: &Element) -> Vec<Vec<Vec<Block>>> {
        let mut rows = Vec::new();
        let mut row_els = Vec::new();
        t.find_all("table:table-row", &mut row_els);
        for r in row_els {
            let mut row = Vec::new();
            for c in r.elements() {
                if !matches!(c.name.as_str(), "table:table-cell" | "table:covered-table-cell") {
                    continue;
                }
                let mut parts = Vec::new();
                if c.name == "table:table-cell" {
                    self.blocks(c, &mut parts);
                }
                let mut cell = Vec::new();
                for p in parts {
                    match p {
                        Part::Block(b) => cell.push(b),
                        Part::Table(inner) => cell.extend(inner.into_iter().flatten().flatten()),
                    }
                }
                row.push(cell);
            }
            rows.push(row);
        }
        rows
    }

    /// A `text:list` at `level`, counted in `list` (for a top-level list,
    /// a new one or the one it continues).
    fn list(&mut self, el: &Element, level: usize, list: Option<usize>, style: Option<String>, out: &mut Vec<Part>) {
        let style = el.attr("text:style-name").map(str::to_string).or(style);
        let list = match list {
            Some(l) => {
                self.lists.name(el, l);
                l
            }
            None => self.lists.open(el, style.as_deref()),
        };
        let level = level.min(LEVELS - 1);
        for item in el.elements() {
            let header = match item.name.as_str() {
                "text:list-item" => false,
                "text:list-header" => true,
                _ => continue,
            };
            let mut first = !header;
            let restart = item.attr("text:start-value").and_then(|v| v.parse::<u32>().ok());
            for c in item.elements() {
                match c.name.as_str() {
                    "text:p" | "text:h" => {
                        let label = if first {
                            first = false;
                            // The list's style, else the one the paragraph's style numbers with.
                            let styles = self.cx.styles;
                            let list_style = style
                                .as_deref()
                                .or_else(|| c.attr("text:style-name").and_then(|s| styles.paragraph_list_style(s)))
                                .unwrap_or_default();
                            Some(self.lists.count(styles, list, level, restart, list_style))
                        } else {
                            None
                        };
                        if let Some(b) = self.paragraph(c, label.map(|l| (l, level))) {
                            out.push(Part::Block(b));
                        }
                    }
                    "text:list" => self.list(c, level + 1, Some(list), style.clone(), out),
                    _ => self.block(c, out),
                }
            }
        }
    }

    /// A paragraph or heading; `label` is the list label when it opens a list item.
    fn paragraph(&mut self, p: &Element, label: Option<(Option<String>, usize)>) -> Option<Block> {
        // A heading outside a list counts in the outline numbering, shown or not.
        let outline = (p.is("text:h") && label.is_none() && p.attr("text:is-list-header") != Some("true"))
            .then(|| self.outline_label(p))
            .flatten();
        let mut line = Line::new();
        self.inline(p, &mut line, (false, false));
        let has_text = line.runs.iter().any(|r| match r {
            Run::Text { text, .. } => !text.trim().is_empty(),
            Run::Note(_) => true,
        });
        if !has_text {
            return None;
        }
        let mut runs = line.runs;
        if let Some(Run::Text { text, .. }) = runs.last_mut() {
            text.truncate(text.trim_end().len());
        }
        let title = p.attr("text:style-name").is_some_and(|s| self.cx.styles.is_title(s));
        let kind = if p.is("text:h") || title {
            let level = if title {
                1
            } else {
                let outline: u8 = p.attr("text:outline-level").and_then(|v| v.parse().ok()).unwrap_or(1);
                outline.saturating_add(u8::from(self.cx.titled)).clamp(1, 6)
            };
            let number = p.child("text:number").map(|n| n.text().trim().to_string());
            let shown = number
                .or(label.and_then(|(l, _)| l))
                .or(outline)
                .filter(|l| !l.is_empty());
            if let Some(n) = shown {
                runs.insert(0, Run::plain(format!("{n} ")));
            }
            runs = runs
                .into_iter()
                .map(|r| match r {
                    Run::Text { text, .. } => Run::plain(text),
                    note => note,
                })
                .collect();
            BlockKind::Heading(level)
        } else {
            match label {
                Some((Some(l), depth)) if !l.is_empty() => BlockKind::Item {
                    label: Some(l),
                    depth: u8::try_from(depth).unwrap_or(0),
                },
                Some((None, depth)) => BlockKind::Item {
                    label: None,
                    depth: u8::try_from(depth).unwrap_or(0),
                },
                _ => BlockKind::Paragraph,
            }
        };
        Some(Block { kind, runs, page: None })
    }

    /// Counts a heading in the outline numbering and gives its label as
    /// the outline style shows it (nothing where the style shows no number).
    fn outline_label(&mut self, h: &Element) -> Option<String> {
        let level: usize = h.attr("text:outline-level").and_then(|v| v.parse().ok()).unwrap_or(1);
        let level = level.clamp(1, LEVELS) - 1;
        let styles = self.cx.styles;
        self.outline[level] = Some(match self.outline[level] {
            None => styles::start(styles, styles::OUTLINE, level),
            Some(n) => n.saturating_add(1),
        });
        for deeper in self.outline.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        styles::label(styles, styles::OUTLINE, level, &self.outline)
    }
}
