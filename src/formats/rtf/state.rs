//! The interpreter: group state on a bounded stack (emphasis, the Unicode
//! fallback count, the font, the destination text goes to), paragraph
//! properties until `\pard`, and the blocks, footnotes and title collected.

use std::collections::HashMap;

use super::codepage;
use super::lexer::Token;
use crate::formats::{Block, BlockKind, Extracted, Footnote, Run};

/// Groups nested deeper share the state of this level (read, not refused).
const MAX_DEPTH: usize = 256;

/// Where a group's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Dest {
    #[default]
    Body,
    Skip,
    Info,
    Title,
    FontTable,
    Stylesheet,
    ListText,
    Footnote,
}

#[derive(Debug, Clone, Copy)]
struct Group {
    dest: Dest,
    bold: bool,
    italic: bool,
    uc: u32,
    font: Option<i32>,
    /// The group opened with `\*`: an unknown destination word skips it.
    starred: bool,
    /// No control word or text yet: a destination word may still come.
    fresh: bool,
}

impl Default for Group {
    fn default() -> Group {
        Group {
            dest: Dest::Body,
            bold: false,
            italic: false,
            uc: 1,
            font: None,
            starred: false,
            fresh: true,
        }
    }
}

#[derive(Default)]
pub struct Reader {
    stack: Vec<Group>,
    /// Groups opened past `MAX_DEPTH`, still to be closed.
    overflow: usize,
    group: Group,
    codepage: i32,
    fonts: HashMap<i32, i32>,
    /// Style number -> heading level, from the stylesheet's "heading N" names.
    heading_styles: HashMap<i32, u8>,
    /// The stylesheet or font-table entry being read: its number and name.
    entry: (Option<i32>, String),
    pending: Vec<u8>,
    skip: u32,
    high_surrogate: Option<u16>,
    runs: Vec<Run>,
    outline: Option<u8>,
    style: Option<i32>,
    in_table: bool,
    cells: Vec<String>,
    label: Option<String>,
    list_level: u8,
    blocks: Vec<Block>,
    notes: Vec<Footnote>,
    title: String,
}

impl Reader {
    pub fn token(&mut self, token: Token) {
        if !matches!(token, Token::Hex(_) | Token::Text(_)) {
            self.flush_bytes();
        }
        if self.skip > 0 && !matches!(token, Token::Open | Token::Close) {
            self.skip_one(token);
            return;
        }
        match token {
            Token::Open => self.open(),
            Token::Close => self.close(),
            Token::Text(t) => {
                self.group.fresh = false;
                self.pending.extend_from_slice(t);
            }
            Token::Hex(b) => self.pending.push(b),
            Token::Symbol(s) => self.symbol(s),
            Token::Word { name, param } => self.word(name, param),
        }
    }

    /// One fallback character after `\uN`: text counts byte by byte.
    fn skip_one(&mut self, token: Token) {
        match token {
            Token::Text(t) => {
                let n = u32::try_from(t.len()).unwrap_or(u32::MAX);
                if n > self.skip {
                    let rest = &t[self.skip as usize..];
                    self.skip = 0;
                    self.pending.extend_from_slice(rest);
                } else {
                    self.skip -= n;
                }
            }
            _ => self.skip -= 1,
        }
    }

    fn open(&mut self) {
        self.skip = 0;
        if self.stack.len() >= MAX_DEPTH {
            self.overflow += 1;
            return;
        }
        self.stack.push(self.group);
        self.group.starred = false;
        self.group.fresh = true;
        if matches!(self.group.dest, Dest::FontTable | Dest::Stylesheet) {
            self.entry = (None, String::new());
        }
    }

    fn close(&mut self) {
        self.skip = 0;
        if self.overflow > 0 {
            self.overflow -= 1;
            return;
        }
        let Some(outer) = self.stack.pop() else {
            return;
        };
        let inner = self.group;
        self.group = outer;
        if matches!(inner.dest, Dest::FontTable | Dest::Stylesheet) {
            self.end_entry(inner.dest);
        }
        if inner.dest == Dest::ListText && outer.dest != Dest::ListText {
            let label = self.label.take().unwrap_or_default();
            let label = label.trim().to_string();
            self.label = Some(label);
        }
        if inner.dest == Dest::Footnote && outer.dest != Dest::Footnote {
            if let Some(n) = self.notes.last_mut() {
                n.text = n.text.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
    }

    fn symbol(&mut self, s: u8) {
        if s == b'*' {
            self.group.starred = true;
            return;
        }
        self.group.fresh = false;
        match s {
            b'\n' => self.paragraph(),
            b'~' => self.push_text("\u{a0}"),
            b'_' => self.push_text("\u{2011}"),
            b'\\' | b'{' | b'}' => self.pending.push(s),
            _ => {}
        }
    }

    fn word(&mut self, name: &str, param: Option<i32>) {
        let fresh = std::mem::replace(&mut self.group.fresh, false);
        if let Some(dest) = destination(name, self.group.dest) {
            self.enter(dest);
            return;
        }
        if fresh && self.group.starred {
            self.group.dest = Dest::Skip;
            return;
        }
        let on = param.is_none_or(|p| p != 0);
        match name {
            "par" | "page" | "sect" => self.paragraph(),
            "line" => self.paragraph(),
            "tab" => self.push_text("\t"),
            "cell" | "nestcell" => self.cell(),
            "row" => self.row(),
            // A `\pard` inside a list label or a footnote is theirs alone.
            "pard" if self.group.dest == Dest::Body => {
                self.outline = None;
                self.style = None;
                self.in_table = false;
                self.list_level = 0;
            }
            "plain" => {
                self.group.bold = false;
                self.group.italic = false;
            }
            "b" => self.group.bold = on,
            "i" => self.group.italic = on,
            "intbl" => self.in_table = true,
            "s" if self.group.dest == Dest::Stylesheet => self.entry.0 = param,
            "s" => self.style = param,
            "f" if self.group.dest == Dest::FontTable => self.entry.0 = param,
            "f" => self.group.font = param,
            "fcharset" if self.group.dest == Dest::FontTable => {
                if let (Some(f), Some(cp)) = (self.entry.0, param.and_then(codepage::of_charset)) {
                    self.fonts.insert(f, cp);
                }
            }
            "ansicpg" => self.codepage = param.unwrap_or(1252),
            "outlinelevel" => self.outline = param.and_then(|p| u8::try_from(p).ok()).filter(|&p| p < 9),
            "ilvl" => self.list_level = param.and_then(|p| u8::try_from(p).ok()).unwrap_or(0).min(8),
            "uc" => self.group.uc = u32::try_from(param.unwrap_or(1)).unwrap_or(1).min(16),
            "u" => self.unicode(param.unwrap_or(0)),
            "emdash" => self.push_text("—"),
            "endash" => self.push_text("–"),
            "bullet" => self.push_text("•"),
            "lquote" => self.push_text("‘"),
            "rquote" => self.push_text("’"),
            "ldblquote" => self.push_text("“"),
            "rdblquote" => self.push_text("”"),
            "emspace" | "enspace" | "qmspace" => self.push_text(" "),
            _ => {}
        }
    }

    fn enter(&mut self, dest: Dest) {
        if dest == Dest::Footnote && self.group.dest == Dest::Body {
            let marker = (self.notes.len() + 1).to_string();
            self.runs.push(Run::Note(marker.clone()));
            self.notes.push(Footnote {
                marker,
                text: String::new(),
            });
        }
        if dest == Dest::ListText {
            self.label = Some(String::new());
        }
        self.group.dest = dest;
    }

    fn unicode(&mut self, n: i32) {
        let unit = if n < 0 { n + 65536 } else { n };
        let unit = u16::try_from(unit).unwrap_or(0xFFFD);
        let c = match (self.high_surrogate.take(), unit) {
            (_, 0xD800..=0xDBFF) => {
                self.high_surrogate = Some(unit);
                None
            }
            (Some(hi), 0xDC00..=0xDFFF) => char::decode_utf16([hi, unit]).next().and_then(Result::ok),
            (_, u) => char::from_u32(u32::from(u)),
        };
        if let Some(c) = c {
            self.push_text(c.encode_utf8(&mut [0; 4]));
        }
        self.skip = self.group.uc;
    }

    /// Decodes the bytes gathered so far in the current font's code page.
    fn flush_bytes(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let cp = self
            .group
            .font
            .and_then(|f| self.fonts.get(&f).copied())
            .unwrap_or(if self.codepage == 0 { 1252 } else { self.codepage });
        let bytes = std::mem::take(&mut self.pending);
        let text = codepage::encoding(cp).decode_without_bom_handling(&bytes).0.into_owned();
        self.push_text(&text);
    }

    fn push_text(&mut self, text: &str) {
        match self.group.dest {
            Dest::Body => {
                let (bold, italic) = (self.group.bold, self.group.italic);
                if let Some(Run::Text { text: t, bold: b, italic: i }) = self.runs.last_mut() {
                    if *b == bold && *i == italic {
                        t.push_str(text);
                        return;
                    }
                }
                self.runs.push(Run::Text {
                    text: text.to_string(),
                    bold,
                    italic,
                });
            }
            Dest::Footnote => {
                if let Some(n) = self.notes.last_mut() {
                    n.text.push_str(text);
                }
            }
            Dest::ListText => {
                if let Some(l) = self.label.as_mut() {
                    l.push_str(text);
                }
            }
            Dest::Title => self.title.push_str(text),
            Dest::FontTable | Dest::Stylesheet => {
                self.entry.1.push_str(text);
                if self.entry.1.contains(';') {
                    self.end_entry(self.group.dest);
                }
            }
            Dest::Skip | Dest::Info => {}
        }
    }

    /// A stylesheet entry named "heading N" makes its style a heading.
    fn end_entry(&mut self, dest: Dest) {
        let (number, name) = std::mem::take(&mut self.entry);
        if dest != Dest::Stylesheet {
            return;
        }
        let name = name.trim_end_matches(';').trim().to_lowercase();
        let level = match name.strip_prefix("heading ") {
            Some(n) => n.trim().parse::<u8>().ok().filter(|l| (1..=6).contains(l)),
            None => (name == "title").then_some(1),
        };
        if let (Some(s), Some(l)) = (number.or(Some(0)), level) {
            self.heading_styles.insert(s, l);
        }
    }

    fn take_runs(&mut self) -> Vec<Run> {
        let mut runs = std::mem::take(&mut self.runs);
        for r in &mut runs {
            if let Run::Text { text, .. } = r {
                *text = text.replace('\t', " ");
            }
        }
        runs
    }

    fn paragraph(&mut self) {
        if self.group.dest == Dest::Footnote {
            if let Some(n) = self.notes.last_mut() {
                n.text.push(' ');
            }
            return;
        }
        if self.group.dest != Dest::Body {
            return;
        }
        if self.in_table {
            // A paragraph inside a cell: the cell's text goes on.
            self.push_text(" ");
            return;
        }
        let runs = self.take_runs();
        let label = self.label.take();
        let block = Block { kind: BlockKind::Paragraph, runs, page: None };
        if block.plain_text().trim().is_empty() {
            return;
        }
        let heading = self
            .outline
            .map(|o| o + 1)
            .or_else(|| self.style.and_then(|s| self.heading_styles.get(&s).copied()));
        let kind = match (heading, label) {
            (Some(level), _) => BlockKind::Heading(level.min(6)),
            (None, Some(l)) if !l.is_empty() => BlockKind::Item {
                label: (!is_bullet(&l)).then_some(l),
                depth: self.list_level,
            },
            _ => BlockKind::Paragraph,
        };
        self.blocks.push(Block { kind, ..block });
    }

    fn cell(&mut self) {
        if self.group.dest != Dest::Body {
            return;
        }
        let text = Block {
            kind: BlockKind::Paragraph,
            runs: self.take_runs(),
            page: None,
        }
        .plain_text();
        self.label = None;
        self.cells.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    fn row(&mut self) {
        let cells = std::mem::take(&mut self.cells);
        if cells.iter().any(|c| !c.is_empty()) {
            self.blocks.push(Block::new(BlockKind::Row(cells), ""));
        }
    }

    pub fn finish(mut self) -> Extracted {
        self.flush_bytes();
        self.group.dest = Dest::Body;
        self.in_table = false;
        self.row();
        self.paragraph();
        let mut x = Extracted {
            blocks: self.blocks,
            footnotes: self.notes.into_iter().filter(|n| !n.text.trim().is_empty()).collect(),
            ..Extracted::default()
        };
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        x.fallback.title = (!title.is_empty()).then_some(title);
        x
    }
}

/// A bullet glyph written as a list label (Symbol font's `\'b7` reads `·`).
fn is_bullet(label: &str) -> bool {
    label
        .chars()
        .all(|c| matches!(c, '·' | '•' | '-' | '–' | 'o' | '§' | '\u{F0B7}' | '▪' | '■' | '◦') || c.is_whitespace())
}

/// The destination a control word opens, if it is one.
fn destination(name: &str, current: Dest) -> Option<Dest> {
    Some(match name {
        "fonttbl" => Dest::FontTable,
        "stylesheet" => Dest::Stylesheet,
        "info" => Dest::Info,
        "title" if current == Dest::Info => Dest::Title,
        "listtext" | "pntext" => Dest::ListText,
        "footnote" => Dest::Footnote,
        "colortbl" | "pict" | "object" | "header" | "headerl" | "headerr" | "headerf" | "footer" | "footerl"
        | "footerr" | "footerf" | "fldinst" | "pn" | "listtable" | "listoverridetable" | "revtbl" | "rsidtbl"
        | "filetbl" | "generator" | "xmlnstbl" | "themedata" | "colorschememapping" | "latentstyles"
        | "datastore" | "pgdsctbl" | "annotation" | "atnid" | "atnauthor" | "bkmkstart" | "bkmkend" => Dest::Skip,
        _ => return None,
    })
}
