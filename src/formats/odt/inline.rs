//! The inline content of an OpenDocument paragraph: text with its spaces
//! collapsed as ODF says (`text:s` counts its own), spans' bold and italic,
//! tabs and line breaks as spaces, notes as markers with their text kept
//! apart, and the marks of tracked changes (an insertion opening and
//! closing, a deletion put back in the prior view).

use super::body::{Change, View, Walk};
use crate::formats::package::xml::{Element, Node};
use crate::formats::tables::Part;
use crate::formats::{Footnote, Run};

/// Text with emphasis being gathered for one paragraph, spaces collapsed as ODF says.
pub struct Line {
    pub runs: Vec<Run>,
    pub space: bool,
}

impl Line {
    pub fn new() -> Line {
        Line {
            runs: Vec::new(),
            space: true,
        }
    }

    pub fn push(&mut self, text: &str, bold: bool, italic: bool, collapse: bool) {
        let mut s = String::with_capacity(text.len());
        for c in text.chars() {
            // A soft hyphen only shows at a line end; a non-breaking one reads as a hyphen.
            let c = match c {
                '\u{AD}' => continue,
                '\u{2011}' => '-',
                c => c,
            };
            if collapse && matches!(c, ' ' | '\t' | '\n' | '\r') {
                if !self.space {
                    s.push(' ');
                }
                self.space = true;
            } else {
                s.push(c);
                self.space = c == ' ';
            }
        }
        if s.is_empty() {
            return;
        }
        if let Some(Run::Text {
            text,
            bold: b,
            italic: i,
        }) = self.runs.last_mut()
            && *b == bold
            && *i == italic
        {
            text.push_str(&s);
            return;
        }
        self.runs.push(Run::Text { text: s, bold, italic });
    }
}

impl Walk<'_> {
    pub(super) fn inline(&mut self, el: &Element, line: &mut Line, (bold, italic): (bool, bool)) {
        for n in &el.children {
            let e = match n {
                Node::Text(t) => {
                    if self.shows_text() {
                        line.push(t, bold, italic, true);
                    }
                    continue;
                }
                Node::Element(e) => e,
            };
            match e.name.as_str() {
                "text:span" => {
                    let (b, i) = e
                        .attr("text:style-name")
                        .map_or((None, None), |s| self.cx.styles.emphasis(s));
                    self.inline(e, line, (b.unwrap_or(bold), i.unwrap_or(italic)));
                }
                "text:a"
                | "text:meta"
                | "text:ruby"
                | "text:ruby-base"
                | "text:date"
                | "text:time"
                | "text:title"
                | "text:subject"
                | "text:author-name"
                | "text:sequence"
                | "text:bookmark-ref"
                | "text:reference-ref"
                | "text:sequence-ref"
                | "text:note-ref"
                | "text:chapter"
                | "text:initial-creator"
                | "text:creation-date"
                | "text:description"
                | "text:user-defined"
                | "text:variable-get"
                | "text:variable-set"
                | "text:user-field-get"
                | "text:expression"
                | "text:text-input"
                | "text:page-number"
                | "text:page-count"
                | "text:file-name" => self.inline(e, line, (bold, italic)),
                "text:s" if self.shows_text() => {
                    let n: usize = e.attr("text:c").and_then(|v| v.parse().ok()).unwrap_or(1);
                    line.push(&" ".repeat(n.clamp(1, 100)), bold, italic, false);
                }
                "text:tab" | "text:line-break" if self.shows_text() => line.push(" ", bold, italic, true),
                "text:note" => self.note(e, line),
                "text:change-start" | "text:change-end" | "text:change" => self.change_mark(e, Some(line), None),
                _ => {}
            }
        }
    }

    /// Whether text at this point is in the view (the prior view leaves insertions out).
    fn shows_text(&self) -> bool {
        self.view == View::Accepted || self.inserting.is_empty()
    }

    fn note(&mut self, note: &Element, line: &mut Line) {
        if !self.shows_text() {
            return;
        }
        let Some(citation) = note.child("text:note-citation") else {
            return;
        };
        let marker = citation
            .attr("text:label")
            .map(str::to_string)
            .unwrap_or_else(|| citation.text())
            .trim()
            .to_string();
        let mut text = Line::new();
        if let Some(body) = note.child("text:note-body") {
            let mut paras = Vec::new();
            body.find_all("text:p", &mut paras);
            body.find_all("text:h", &mut paras);
            for p in paras {
                self.inline(p, &mut text, (false, false));
                text.push(" ", false, false, true);
            }
        }
        let text: String = text
            .runs
            .iter()
            .filter_map(|r| match r {
                Run::Text { text, .. } => Some(text.as_str()),
                Run::Note(_) => None,
            })
            .collect();
        line.runs.push(Run::Note(marker.clone()));
        line.space = false;
        self.footnotes.push(Footnote {
            marker,
            text: text.trim().to_string(),
        });
    }

    /// A change mark: an insertion opens or closes; a deletion's text is put
    /// back in the prior view (inline, or as blocks between paragraphs).
    pub(super) fn change_mark(&mut self, e: &Element, line: Option<&mut Line>, out: Option<&mut Vec<Part>>) {
        let Some(id) = e.attr("text:change-id") else { return };
        let change = self.cx.changes.get(id);
        match e.name.as_str() {
            "text:change-start" if matches!(change, Some(Change::Insertion)) => {
                self.inserting.insert(id.to_string());
            }
            "text:change-end" => {
                self.inserting.remove(id);
            }
            "text:change" if self.view == View::Prior => {
                let Some(Change::Deletion(region)) = change else { return };
                match (line, out) {
                    (Some(line), _) => {
                        for (k, p) in deleted_paragraphs(region).into_iter().enumerate() {
                            if k > 0 {
                                line.push(" ", false, false, true);
                            }
                            self.inline(p, line, (false, false));
                        }
                    }
                    (None, Some(out)) => self.blocks(region, out),
                    (None, None) => {}
                }
            }
            _ => {}
        }
    }
}

/// The paragraphs a deletion holds, in order (the change's own comment left out).
fn deleted_paragraphs(region: &Element) -> Vec<&Element> {
    let mut out = Vec::new();
    for c in region.elements() {
        match c.name.as_str() {
            "office:change-info" => {}
            "text:p" | "text:h" => out.push(c),
            _ => {
                let mut inner = Vec::new();
                c.find_all("text:p", &mut inner);
                out.extend(inner);
            }
        }
    }
    out
}
