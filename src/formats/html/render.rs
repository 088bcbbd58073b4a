//! The chosen part of a page to blocks: headings with their level, list
//! items with their label as the browser displays it (`1.`, `c.`, `iv.`,
//! honouring `start`, `value`, `reversed`, `type` and `list-style-type`),
//! data tables as rows, layout tables read through, and paragraphs split at
//! block elements and `<br>`. Chrome inside is skipped; past a nesting depth
//! the rest of a subtree is read as plain text.

use super::chrome::{Measure, is_chrome};
use super::dom::{Data, Dom, NodeId};
use super::list_label::{ListStyle, list_style_type, marker};
use crate::formats::compose::LINE_BREAK;
use crate::formats::{Block, BlockKind, Run};

/// Tables of more rows are records, written as paragraphs.
const LETTERHEAD_ROWS: usize = 12;

/// Elements nested deeper are read as one run of text.
const MAX_DEPTH: usize = 200;

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "address",
    "figure",
    "figcaption",
    "center",
    "details",
    "summary",
    "hr",
    "dl",
    "dt",
    "dd",
    "fieldset",
    "legend",
    "caption",
    "body",
    "hgroup",
    "tr",
    "td",
    "th",
];

pub struct Renderer<'a> {
    dom: &'a Dom,
    measure: &'a Measure,
    page_paragraphs: usize,
    pub blocks: Vec<Block>,
    runs: Vec<Run>,
    kind: BlockKind,
    bold: u32,
    italic: u32,
    lists: Vec<List>,
    /// Elements the content choice left out (trailing low-scored blocks).
    pub left_out: std::collections::HashSet<NodeId>,
}

struct List {
    style: ListStyle,
    next: i64,
    step: i64,
}

impl<'a> Renderer<'a> {
    pub fn new(dom: &'a Dom, measure: &'a Measure, page_paragraphs: usize) -> Renderer<'a> {
        Renderer {
            dom,
            measure,
            page_paragraphs,
            blocks: Vec::new(),
            runs: Vec::new(),
            kind: BlockKind::Paragraph,
            bold: 0,
            italic: 0,
            lists: Vec::new(),
            left_out: std::collections::HashSet::new(),
        }
    }

    pub fn render(&mut self, id: NodeId) {
        self.walk(id, 0);
        self.flush();
    }

    fn walk(&mut self, id: NodeId, depth: usize) {
        let node = self.dom.node(id);
        match &node.data {
            Data::Text(t) => {
                self.text(t);
                return;
            }
            Data::Element { .. } => {}
            _ => return,
        }
        if self.left_out.contains(&id) || is_chrome(self.dom, self.measure, id, self.page_paragraphs) {
            return;
        }
        if depth > MAX_DEPTH {
            let text = self.dom.text_of(id);
            self.text(&text);
            return;
        }
        let tag = node.tag().to_string();
        match tag.as_str() {
            "br" => self.line_break(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.kind = BlockKind::Heading(tag.as_bytes()[1] - b'0');
                self.children(id, depth);
                self.flush();
            }
            "ul" | "ol" => self.list(id, depth, tag == "ol"),
            "li" => self.item(id, depth),
            "table" => self.table(id, depth),
            "pre" => {
                self.flush();
                for line in self.dom.text_of_lines(id) {
                    self.text(&line);
                    self.flush();
                }
            }
            "b" | "strong" => {
                self.bold += 1;
                self.children(id, depth);
                self.bold -= 1;
            }
            "i" | "em" | "cite" => {
                self.italic += 1;
                self.children(id, depth);
                self.italic -= 1;
            }
            t if BLOCKS.contains(&t) => {
                self.flush();
                self.children(id, depth);
                self.flush();
            }
            _ => self.children(id, depth),
        }
    }

    fn children(&mut self, id: NodeId, depth: usize) {
        for &c in &self.dom.node(id).children {
            self.walk(c, depth + 1);
        }
    }

    /// Adds text, whitespace collapsed as a browser shows it.
    fn text(&mut self, raw: &str) {
        let mut text = String::with_capacity(raw.len());
        let mut space = false;
        for c in raw.chars() {
            if c.is_ascii_whitespace() {
                space = true;
            } else {
                if space && (!text.is_empty() || self.has_text()) {
                    text.push(' ');
                }
                space = false;
                text.push(c);
            }
        }
        if space && !text.is_empty() {
            text.push(' ');
        }
        if text.is_empty() {
            if space && self.has_text() {
                self.push(" ".into());
            }
            return;
        }
        self.push(text);
    }

    /// `<br>`: a line break inside the paragraph; a second in a row ends it.
    fn line_break(&mut self) {
        let ends_in_break = self
            .runs
            .iter()
            .rev()
            .find_map(|r| match r {
                Run::Text { text, .. } if !text.trim_matches(' ').is_empty() => Some(text.trim_end_matches(' ')),
                _ => None,
            })
            .is_some_and(|t| t.ends_with(LINE_BREAK));
        if ends_in_break {
            self.flush();
        } else if self.has_text() {
            self.push(LINE_BREAK.to_string());
        }
    }

    fn has_text(&self) -> bool {
        self.runs
            .iter()
            .any(|r| matches!(r, Run::Text { text, .. } if !text.trim().is_empty()))
    }

    fn push(&mut self, text: String) {
        let (bold, italic) = (self.bold > 0, self.italic > 0);
        if let Some(Run::Text {
            text: last,
            bold: b,
            italic: i,
        }) = self.runs.last_mut()
            && *b == bold
            && *i == italic
        {
            if last.ends_with(' ') && text.starts_with(' ') {
                last.push_str(&text[1..]);
            } else {
                last.push_str(&text);
            }
            return;
        }
        self.runs.push(Run::Text { text, bold, italic });
    }

    /// Ends the current block; an empty one keeps its pending kind (a list
    /// item's label waits for the item's first text).
    fn flush(&mut self) {
        if !self.has_text() {
            self.runs.clear();
            return;
        }
        let runs = std::mem::take(&mut self.runs);
        let kind = std::mem::take(&mut self.kind);
        self.blocks.push(Block { kind, runs, page: None });
    }

    fn list(&mut self, id: NodeId, depth: usize, ordered: bool) {
        self.flush();
        let node = self.dom.node(id);
        let mut style = if ordered { ListStyle::Decimal } else { ListStyle::Bullet };
        if ordered {
            style = match node.attr("type").map(str::trim) {
                Some("a") => ListStyle::LowerAlpha,
                Some("A") => ListStyle::UpperAlpha,
                Some("i") => ListStyle::LowerRoman,
                Some("I") => ListStyle::UpperRoman,
                _ => style,
            };
        }
        if let Some(css) = node.attr("style").and_then(list_style_type) {
            style = css;
        }
        let reversed = ordered && node.attr("reversed").is_some();
        let count = node
            .children
            .iter()
            .filter(|&&c| self.dom.node(c).tag() == "li")
            .count() as i64;
        let start = node
            .attr("start")
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or(if reversed { count } else { 1 });
        self.lists.push(List {
            style,
            next: start,
            step: if reversed { -1 } else { 1 },
        });
        self.children(id, depth);
        self.flush();
        self.lists.pop();
    }

    fn item(&mut self, id: NodeId, depth: usize) {
        self.flush();
        let node = self.dom.node(id);
        let list_depth = self.lists.len().saturating_sub(1).min(usize::from(u8::MAX)) as u8;
        let kind = match self.lists.last_mut() {
            None => BlockKind::Paragraph,
            Some(list) => {
                if let Some(v) = node.attr("value").and_then(|v| v.trim().parse::<i64>().ok()) {
                    list.next = v;
                }
                let n = list.next;
                list.next = list.next.saturating_add(list.step);
                match list.style {
                    ListStyle::Unmarked => BlockKind::Paragraph,
                    ListStyle::Bullet => BlockKind::Item {
                        label: None,
                        depth: list_depth,
                    },
                    style => BlockKind::Item {
                        label: Some(format!("{}.", marker(style, n))),
                        depth: list_depth,
                    },
                }
            }
        };
        self.kind = kind;
        self.children(id, depth);
        self.flush();
        self.kind = BlockKind::Paragraph;
    }

    /// A data table becomes rows of cell texts; a table used for layout
    /// (nested tables, long or structured cells) is read as blocks.
    fn table(&mut self, id: NodeId, depth: usize) {
        self.flush();
        let rows: Vec<NodeId> = self
            .own_descendants(id, "table")
            .into_iter()
            .filter(|&n| self.dom.node(n).tag() == "tr")
            .collect();
        let layout = self.dom.descendants(id).into_iter().skip(1).any(|n| {
            let node = self.dom.node(n);
            matches!(node.tag(), "table" | "h1" | "h2" | "h3" | "ul" | "ol" | "p")
                || (matches!(node.tag(), "td" | "th") && self.measure.text[n] > 400)
        });
        let table: Vec<Vec<String>> = if layout {
            Vec::new()
        } else {
            rows.iter()
                .map(|&row| {
                    self.dom
                        .node(row)
                        .children
                        .iter()
                        .filter(|&&c| matches!(self.dom.node(c).tag(), "td" | "th"))
                        .map(|&c| self.cell_text(c))
                        .collect()
                })
                .collect()
        };
        // A grid needs two rows of two filled cells; a one-row banner or a
        // column of records is layout.
        let grid = table
            .iter()
            .filter(|r| r.iter().filter(|c| !c.is_empty()).count() >= 2)
            .count()
            >= 2;
        if !grid {
            self.children(id, depth);
            self.flush();
            return;
        }
        if let Some(caption) = self.dom.find(id, "caption") {
            self.walk(caption, depth + 1);
            self.flush();
        }
        // A long table is a list of records, not a letterhead: each row is
        // a paragraph of its cells, so the segmenter never reads the rows
        // at the top of a page as header lines.
        let records = table.len() > LETTERHEAD_ROWS;
        for cells in table {
            if !cells.iter().any(|c| !c.is_empty()) {
                continue;
            }
            if records {
                let text: Vec<&str> = cells.iter().map(String::as_str).filter(|c| !c.is_empty()).collect();
                self.blocks.push(Block::new(BlockKind::Paragraph, text.join(" │ ")));
            } else {
                self.blocks.push(Block::new(BlockKind::Row(cells), ""));
            }
        }
    }

    /// A cell's text, chrome left out.
    fn cell_text(&self, cell: NodeId) -> String {
        let mut sub = Renderer::new(self.dom, self.measure, self.page_paragraphs);
        sub.render(cell);
        sub.blocks
            .iter()
            .map(Block::plain_text)
            .collect::<Vec<_>>()
            .join(" ")
            .trim()
            .to_string()
    }

    /// Descendants of `root` not inside a nested element named `stop`.
    fn own_descendants(&self, root: NodeId, stop: &str) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack: Vec<NodeId> = self.dom.node(root).children.iter().rev().copied().collect();
        while let Some(n) = stack.pop() {
            out.push(n);
            if self.dom.node(n).tag() != stop {
                stack.extend(self.dom.node(n).children.iter().rev());
            }
        }
        out
    }
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;
