//! The chosen part of a page to blocks: headings with their level, list
//! items with their label as the browser displays it (`1.`, `c.`, `iv.`,
//! honouring `start`, `value`, `reversed`, `type` and `list-style-type`),
//! data tables as rows, layout tables read through, and paragraphs split at
//! block elements and `<br>`. Chrome inside is skipped; past a nesting depth
//! the rest of a subtree is read as plain text.

use super::chrome::{Measure, is_chrome};
use super::dom::{Data, Dom, NodeId};
use crate::formats::{Block, BlockKind, Run};

/// Elements nested deeper are read as one run of text.
const MAX_DEPTH: usize = 200;

const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "blockquote", "address", "figure", "figcaption", "center",
    "details", "summary", "hr", "dl", "dt", "dd", "fieldset", "legend", "caption", "body", "hgroup",
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
}

struct List {
    style: ListStyle,
    next: i64,
    step: i64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ListStyle {
    Bullet,
    Decimal,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
    /// `list-style-type: none`: the items' text carries any number itself.
    Unmarked,
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
        if is_chrome(self.dom, self.measure, id, self.page_paragraphs) {
            return;
        }
        if depth > MAX_DEPTH {
            let text = self.dom.text_of(id);
            self.text(&text);
            return;
        }
        let tag = node.tag().to_string();
        match tag.as_str() {
            "br" => self.flush(),
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

    fn has_text(&self) -> bool {
        self.runs.iter().any(|r| matches!(r, Run::Text { text, .. } if !text.trim().is_empty()))
    }

    fn push(&mut self, text: String) {
        let (bold, italic) = (self.bold > 0, self.italic > 0);
        if let Some(Run::Text { text: last, bold: b, italic: i }) = self.runs.last_mut() {
            if *b == bold && *i == italic {
                if last.ends_with(' ') && text.starts_with(' ') {
                    last.push_str(&text[1..]);
                } else {
                    last.push_str(&text);
                }
                return;
            }
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
        let grid = table.iter().filter(|r| r.iter().filter(|c| !c.is_empty()).count() >= 2).count() >= 2;
        if !grid {
            self.children(id, depth);
            self.flush();
            return;
        }
        if let Some(caption) = self.dom.find(id, "caption") {
            self.walk(caption, depth + 1);
            self.flush();
        }
        for cells in table {
            if cells.iter().any(|c| !c.is_empty()) {
                self.blocks.push(Block::new(BlockKind::Row(cells), ""));
            }
        }
    }

    /// A cell's text, chrome left out.
    fn cell_text(&self, cell: NodeId) -> String {
        let mut sub = Renderer::new(self.dom, self.measure, self.page_paragraphs);
        sub.render(cell);
        sub.blocks.iter().map(Block::plain_text).collect::<Vec<_>>().join(" ").trim().to_string()
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

fn list_style_type(style: &str) -> Option<ListStyle> {
    let s = style.to_ascii_lowercase();
    let at = s.find("list-style")?;
    let value = s[at..].split(':').nth(1)?.split(';').next()?.trim();
    Some(match value.split_whitespace().next()? {
        "none" => ListStyle::Unmarked,
        "lower-alpha" | "lower-latin" => ListStyle::LowerAlpha,
        "upper-alpha" | "upper-latin" => ListStyle::UpperAlpha,
        "lower-roman" => ListStyle::LowerRoman,
        "upper-roman" => ListStyle::UpperRoman,
        "decimal" => ListStyle::Decimal,
        "disc" | "circle" | "square" => ListStyle::Bullet,
        _ => return None,
    })
}

/// The number `n` written in a list style (`3` -> `c`, `iii`, `C`).
fn marker(style: ListStyle, n: i64) -> String {
    match style {
        ListStyle::LowerAlpha | ListStyle::UpperAlpha if n >= 1 => {
            let mut n = n;
            let mut s = Vec::new();
            while n > 0 {
                n -= 1;
                s.push(b'a' + (n % 26) as u8);
                n /= 26;
            }
            s.reverse();
            let s = String::from_utf8(s).unwrap_or_default();
            if style == ListStyle::UpperAlpha { s.to_uppercase() } else { s }
        }
        ListStyle::LowerRoman | ListStyle::UpperRoman if (1..4000).contains(&n) => {
            let s = roman(n);
            if style == ListStyle::LowerRoman { s.to_lowercase() } else { s }
        }
        _ => n.to_string(),
    }
}

fn roman(mut n: i64) -> String {
    const TABLE: &[(i64, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let dom = Dom::parse(html);
        let m = Measure::new(&dom, &[]);
        let body = dom.find(0, "body").unwrap();
        let mut r = Renderer::new(&dom, &m, m.paragraphs[body]);
        r.render(body);
        r.blocks.iter().map(|b| (b.kind.clone(), b.plain_text())).collect()
    }

    fn item(label: Option<&str>, depth: u8) -> BlockKind {
        BlockKind::Item {
            label: label.map(String::from),
            depth,
        }
    }

    #[test]
    fn ordered_lists_are_labelled_as_displayed() {
        let got = blocks(
            "<ol start=\"3\"><li>three</li><li>four<ol type=\"a\"><li>sub a</li><li value=\"5\">sub e</li></ol></li></ol>\
             <ul><li>bullet</li></ul><ol style=\"list-style-type: lower-roman\" reversed><li>ii</li><li>i</li></ol>",
        );
        assert_eq!(
            got,
            vec![
                (item(Some("3."), 0), "three".into()),
                (item(Some("4."), 0), "four".into()),
                (item(Some("a."), 1), "sub a".into()),
                (item(Some("e."), 1), "sub e".into()),
                (item(None, 0), "bullet".into()),
                (item(Some("ii."), 0), "ii".into()),
                (item(Some("i."), 0), "i".into()),
            ]
        );
    }

    #[test]
    fn headings_paragraphs_breaks_and_emphasis() {
        let dom = Dom::parse("<h2>Beyond  5G</h2><p>The <b>Council</b>\n <i>notes</i><br>Second line</p><div>Third</div>");
        let m = Measure::new(&dom, &[]);
        let body = dom.find(0, "body").unwrap();
        let mut r = Renderer::new(&dom, &m, 0);
        r.render(body);
        assert_eq!(r.blocks[0], Block::new(BlockKind::Heading(2), "Beyond 5G"));
        assert_eq!(
            r.blocks[1].runs,
            vec![
                Run::plain("The "),
                Run::Text {
                    text: "Council".into(),
                    bold: true,
                    italic: false
                },
                Run::plain(" "),
                Run::Text {
                    text: "notes".into(),
                    bold: false,
                    italic: true
                },
            ]
        );
        assert_eq!(r.blocks[2].plain_text(), "Second line");
        assert_eq!(r.blocks[3].plain_text(), "Third");
    }

    #[test]
    fn data_tables_become_rows_and_layout_tables_are_read_through() {
        let got = blocks(
            "<table><tr><th>Ref</th><th>Name</th></tr><tr><td>QDe.005</td><td><a href=\"x\">AL RASHID TRUST</a></td></tr></table>\
             <table><tr><td><p>Layout paragraph one.</p><p>Two.</p></td></tr></table>",
        );
        assert_eq!(got[0], (BlockKind::Row(vec!["Ref".into(), "Name".into()]), String::new()));
        assert_eq!(got[1], (BlockKind::Row(vec!["QDe.005".into(), "AL RASHID TRUST".into()]), String::new()));
        assert_eq!(got[2], (BlockKind::Paragraph, "Layout paragraph one.".into()));
        assert_eq!(got[3], (BlockKind::Paragraph, "Two.".into()));
    }

    #[test]
    fn deep_nesting_is_read_as_text() {
        let html = "<div>".repeat(5000) + "deep text";
        let got = blocks(&html);
        assert_eq!(got, vec![(BlockKind::Paragraph, "deep text".into())]);
    }

    #[test]
    fn markers_in_every_style() {
        assert_eq!(marker(ListStyle::LowerAlpha, 28), "ab");
        assert_eq!(marker(ListStyle::UpperRoman, 14), "XIV");
        assert_eq!(marker(ListStyle::LowerAlpha, 0), "0");
    }
}
