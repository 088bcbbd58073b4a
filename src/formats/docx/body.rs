//! `w:body` to parts, in one of two views of its tracked changes: accepted
//! (insertions kept, deletions and moved-away text dropped) or prior (the
//! text before the changes). Paragraphs take their kind from their style and
//! their label from the numbering counters of this view; a paragraph whose
//! mark is removed in the view joins the next one, as in Word.

use super::numbering::{Counters, Label, Numbering};
use super::styles::{NumRef, Styles};
use crate::formats::package::xml::Element;
use crate::formats::tables::Part;
use crate::formats::{Block, BlockKind, Run};
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Accepted,
    Prior,
}

/// Footnotes or endnotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteKind {
    Foot,
    End,
}

/// A note reference met in the text, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    pub kind: NoteKind,
    pub id: String,
    pub marker: String,
}

/// What the walk needs to know of the rest of the package.
pub struct Context<'a> {
    pub styles: &'a Styles,
    pub numbering: &'a Numbering,
    /// Ids of the real notes (separators left out), by kind.
    pub notes: &'a HashSet<(NoteKind, String)>,
    /// The document uses a Title style: headings then sit one level below it.
    pub titled: bool,
}

pub struct Walk<'a> {
    pub(super) cx: &'a Context<'a>,
    pub(super) view: View,
    counters: Counters,
    pub refs: Vec<NoteRef>,
    /// A tracked change was met.
    pub changed: bool,
    carry: Vec<Run>,
    pub(super) footnotes: u32,
    pub(super) endnotes: u32,
}

/// A structured document tag holding a table of contents.
fn is_toc(sdt: &Element) -> bool {
    sdt.child("w:sdtPr")
        .and_then(|p| p.child("w:docPartObj"))
        .and_then(|d| d.child_val("w:docPartGallery", "w:val"))
        .is_some_and(|g| g.to_lowercase().contains("table of contents"))
}

impl<'a> Walk<'a> {
    pub fn new(cx: &'a Context<'a>, view: View) -> Walk<'a> {
        Walk {
            cx,
            view,
            counters: Counters::default(),
            refs: Vec::new(),
            changed: false,
            carry: Vec::new(),
            footnotes: 0,
            endnotes: 0,
        }
    }

    /// The block-level content of `el` (the body, a cell, a content control).
    pub fn blocks(&mut self, el: &Element, out: &mut Vec<Part>) {
        for e in el.elements() {
            match e.name.as_str() {
                "w:p" => {
                    if let Some(b) = self.paragraph(e) {
                        out.push(Part::Block(b));
                    }
                }
                "w:tbl" => {
                    let rows = self.table(e);
                    if !rows.is_empty() {
                        out.push(Part::Table(rows));
                    }
                }
                "w:sdt" if !is_toc(e) => {
                    if let Some(c) = e.child("w:sdtContent") {
                        self.blocks(c, out);
                    }
                }
                "w:customXml" => self.blocks(e, out),
                "mc:AlternateContent" => {
                    if let Some(c) = alternative(e) {
                        self.blocks(c, out);
                    }
                }
                "w:ins" | "w:moveTo" | "w:del" | "w:moveFrom" => {
                    self.changed = true;
                    if self.keeps(&e.name) {
                        self.blocks(e, out);
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether content inside a change element of this name is in the view.
    pub(super) fn keeps(&self, change: &str) -> bool {
        match change {
            "w:ins" | "w:moveTo" => self.view == View::Accepted,
            _ => self.view == View::Prior,
        }
    }

    fn table(&mut self, tbl: &Element) -> Vec<Vec<Vec<Block>>> {
        let mut rows = Vec::new();
        for tr in wrapped(tbl, "w:tr") {
            let tr_pr = tr.child("w:trPr");
            let change = tr_pr.and_then(|p| p.elements().find(|e| matches!(e.name.as_str(), "w:ins" | "w:del")));
            if let Some(c) = change {
                self.changed = true;
                if !self.keeps(&c.name) {
                    continue;
                }
            }
            let mut row = Vec::new();
            for tc in wrapped(tr, "w:tc") {
                let merged = tc
                    .child("w:tcPr")
                    .and_then(|p| p.child("w:vMerge"))
                    .is_some_and(|v| v.attr("w:val").is_none_or(|x| x == "continue"));
                let mut parts = Vec::new();
                self.blocks(tc, &mut parts);
                let mut cell = Vec::new();
                for p in parts {
                    match p {
                        Part::Block(b) => cell.push(b),
                        // A table inside a cell reads as its paragraphs.
                        Part::Table(inner) => cell.extend(inner.into_iter().flatten().flatten()),
                    }
                }
                if merged {
                    cell.clear();
                }
                row.push(cell);
            }
            rows.push(row);
        }
        rows
    }

    fn paragraph(&mut self, p: &Element) -> Option<Block> {
        let ppr = p.child("w:pPr");
        let style_id = ppr.and_then(|x| x.child_val("w:pStyle", "w:val"));
        let style = self.cx.styles.paragraph(style_id);
        if style.toc {
            return None;
        }
        let mut runs = std::mem::take(&mut self.carry);
        self.inline(p, &mut runs);
        let mark = ppr.and_then(|x| x.child("w:rPr"));
        if let Some(change) = mark.and_then(|m| {
            m.elements()
                .find(|e| matches!(e.name.as_str(), "w:ins" | "w:del" | "w:moveTo" | "w:moveFrom"))
        }) {
            self.changed = true;
            if !self.keeps(&change.name) {
                // The paragraph mark is not there: the text runs on into the next paragraph.
                self.carry = runs;
                return None;
            }
        }
        let heading = ppr
            .and_then(|x| x.child_val("w:outlineLvl", "w:val"))
            .and_then(|v| v.parse::<u8>().ok())
            .filter(|&l| l < 9)
            .map(|l| l + 1)
            .or(style.heading);
        let num = ppr
            .and_then(|x| x.child("w:numPr"))
            .map(NumRef::of)
            .map(|direct| NumRef {
                num_id: direct.num_id.or(style.num.as_ref().and_then(|s| s.num_id.clone())),
                level: direct.level.or(style.num.as_ref().and_then(|s| s.level)),
            })
            .or(style.num.clone());
        let label = num.and_then(|n| {
            let id = n.num_id.filter(|id| id != "0")?;
            let level = n
                .level
                .or_else(|| style_id.and_then(|s| self.cx.numbering.level_for_style(&id, s, self.cx.styles)))
                .unwrap_or(0);
            let label = self.counters.next(self.cx.numbering, self.cx.styles, &id, level)?;
            Some((label, level))
        });
        let has_text = runs.iter().any(|r| match r {
            Run::Text { text, .. } => !text.trim().is_empty(),
            Run::Note(_) => true,
        });
        if !has_text {
            return None;
        }
        trim_edges(&mut runs);
        let shift = u8::from(self.cx.titled);
        let kind = match (style.title, heading, &label) {
            (true, _, _) => BlockKind::Heading(1),
            (false, Some(level), _) => {
                if let Some((Label::Number(l), _)) = &label
                    && !l.is_empty()
                {
                    runs.insert(0, Run::plain(format!("{l} ")));
                }
                BlockKind::Heading(level.saturating_add(shift).min(6))
            }
            (false, None, Some((Label::Number(l), level))) if !l.is_empty() => BlockKind::Item {
                label: Some(l.clone()),
                depth: u8::try_from(*level).unwrap_or(0),
            },
            (false, None, Some((Label::Bullet, level))) => BlockKind::Item {
                label: None,
                depth: u8::try_from(*level).unwrap_or(0),
            },
            _ => BlockKind::Paragraph,
        };
        if matches!(kind, BlockKind::Heading(_)) {
            runs = plain(runs);
        }
        Some(Block { kind, runs, page: None })
    }

    /// The runs inside a paragraph (or a hyperlink, field, change…).
    pub fn inline(&mut self, el: &Element, runs: &mut Vec<Run>) {
        for e in el.elements() {
            match e.name.as_str() {
                "w:r" => self.run(e, runs),
                "w:ins" | "w:moveTo" | "w:del" | "w:moveFrom" => {
                    self.changed = true;
                    if self.keeps(&e.name) {
                        self.inline(e, runs);
                    }
                }
                "w:hyperlink" | "w:smartTag" | "w:customXml" | "w:fldSimple" | "w:dir" | "w:bdo" | "w:sdtContent" => {
                    self.inline(e, runs)
                }
                "w:sdt" => {
                    if let Some(c) = e.child("w:sdtContent") {
                        self.inline(c, runs);
                    }
                }
                "mc:AlternateContent" => {
                    if let Some(c) = alternative(e) {
                        self.inline(c, runs);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The one branch of `mc:AlternateContent` to read: the first choice
/// (its content is Word's own markup), else the fallback.
fn alternative(e: &Element) -> Option<&Element> {
    e.child("mc:Choice").or_else(|| e.child("mc:Fallback"))
}

/// The children of `el` named `name`, also those wrapped in content
/// controls or custom XML (rows and cells may be).
fn wrapped<'e>(el: &'e Element, name: &str) -> Vec<&'e Element> {
    let mut out = Vec::new();
    for e in el.elements() {
        match e.name.as_str() {
            n if n == name => out.push(e),
            "w:sdt" => {
                if let Some(c) = e.child("w:sdtContent") {
                    out.extend(wrapped(c, name));
                }
            }
            "w:customXml" => out.extend(wrapped(e, name)),
            _ => {}
        }
    }
    out
}

/// The paragraph's text without the spaces at its two ends.
fn trim_edges(runs: &mut [Run]) {
    if let Some(Run::Text { text, .. }) = runs.first_mut() {
        *text = text.trim_start().to_string();
    }
    if let Some(Run::Text { text, .. }) = runs.last_mut() {
        text.truncate(text.trim_end().len());
    }
}

/// Runs without emphasis (headings are shown in their own style).
fn plain(runs: Vec<Run>) -> Vec<Run> {
    runs.into_iter()
        .map(|r| match r {
            Run::Text { text, .. } => Run::plain(text),
            note => note,
        })
        .collect()
}
