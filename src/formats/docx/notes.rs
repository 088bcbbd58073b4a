//! Footnotes and endnotes (`word/footnotes.xml`, `word/endnotes.xml`): each
//! note's paragraphs as one line of text, read with tracked changes
//! accepted, given in the order the body refers to them. The separator
//! "notes" Word keeps in the same parts are left out.

use super::body::{Context, NoteKind, NoteRef, View, Walk};
use crate::formats::package::xml::Element;
use crate::formats::{Footnote, Run};
use std::collections::{HashMap, HashSet};

pub struct Notes<'a> {
    notes: HashMap<(NoteKind, String), &'a Element>,
}

impl<'a> Notes<'a> {
    pub fn parse(foot: Option<&'a Element>, end: Option<&'a Element>) -> Notes<'a> {
        let mut notes = HashMap::new();
        for (kind, root, tag) in [(NoteKind::Foot, foot, "w:footnote"), (NoteKind::End, end, "w:endnote")] {
            let Some(root) = root else { continue };
            for n in root.children_named(tag) {
                let separator = n.attr("w:type").is_some_and(|t| t != "normal");
                if let (Some(id), false) = (n.attr("w:id"), separator) {
                    notes.insert((kind, id.to_string()), n);
                }
            }
        }
        Notes { notes }
    }

    pub fn ids(&self) -> HashSet<(NoteKind, String)> {
        self.notes.keys().cloned().collect()
    }

    /// The notes referred to, in the order of `refs`, with their markers.
    pub fn footnotes(&self, refs: &[NoteRef], cx: &Context) -> Vec<Footnote> {
        refs.iter()
            .filter_map(|r| {
                let note = self.notes.get(&(r.kind, r.id.clone()))?;
                Some(Footnote {
                    marker: r.marker.clone(),
                    text: note_text(note, cx),
                })
            })
            .collect()
    }
}

fn note_text(note: &Element, cx: &Context) -> String {
    let mut walk = Walk::new(cx, View::Accepted);
    let mut out = String::new();
    for p in note.children_named("w:p") {
        let mut runs = Vec::new();
        walk.inline(p, &mut runs);
        for r in runs {
            if let Run::Text { text, .. } = r {
                out.push_str(&text);
            }
        }
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
