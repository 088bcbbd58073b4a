//! One Word run (`w:r`) to runs of text: its emphasis (direct, or from its
//! character style), its text as Word shows it (tabs and breaks as spaces,
//! hyphens, symbols), hidden text left out, deleted text only in the prior
//! view, and footnote and endnote references numbered as Word prints them.

use super::body::{NoteKind, NoteRef, View, Walk};
use super::styles::{Styles, toggle};
use crate::formats::Run;
use crate::formats::package::xml::Element;

fn bold_italic(styles: &Styles, rpr: Option<&Element>) -> (bool, bool) {
    let Some(rpr) = rpr else { return (false, false) };
    let (sb, si) = rpr
        .child_val("w:rStyle", "w:val")
        .map_or((None, None), |id| styles.character(id));
    (
        toggle(rpr, "w:b").or(sb).unwrap_or(false),
        toggle(rpr, "w:i").or(si).unwrap_or(false),
    )
}

/// Text as Word shows it: a soft hyphen only at a line end (so not here),
/// a non-breaking hyphen as a hyphen.
fn word_text(t: &str) -> String {
    t.chars()
        .filter(|&c| c != '\u{AD}')
        .map(|c| if c == '\u{2011}' { '-' } else { c })
        .collect()
}

impl Walk<'_> {
    pub(super) fn run(&mut self, r: &Element, runs: &mut Vec<Run>) {
        let rpr = r.child("w:rPr");
        if rpr.is_some_and(|x| toggle(x, "w:vanish") == Some(true)) {
            return;
        }
        let (bold, italic) = bold_italic(self.cx.styles, rpr);
        let mut text = String::new();
        let mut custom_mark: Option<usize> = None;
        let flush = |text: &mut String, runs: &mut Vec<Run>| {
            if !text.is_empty() {
                runs.push(Run::Text {
                    text: std::mem::take(text),
                    bold,
                    italic,
                });
            }
        };
        for e in r.elements() {
            match e.name.as_str() {
                "w:t" => {
                    let t = e.text();
                    if let Some(i) = custom_mark.take() {
                        let m = t.trim().to_string();
                        if let Some(Run::Note(marker)) = runs.get_mut(i) {
                            marker.clone_from(&m);
                        }
                        if let Some(last) = self.refs.last_mut() {
                            last.marker = m;
                        }
                    } else {
                        text.push_str(&word_text(&t));
                    }
                }
                "w:delText" if self.view == View::Prior => text.push_str(&word_text(&e.text())),
                "w:tab" | "w:ptab" | "w:br" | "w:cr" => text.push(' '),
                "w:noBreakHyphen" => text.push('-'),
                "w:sym" => {
                    if let Some(c) = e
                        .attr("w:char")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                        .filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
                    {
                        text.push(c);
                    }
                }
                "w:footnoteReference" | "w:endnoteReference" => {
                    let kind = if e.name == "w:footnoteReference" {
                        NoteKind::Foot
                    } else {
                        NoteKind::End
                    };
                    let Some(id) = e.attr("w:id") else { continue };
                    if !self.cx.notes.contains(&(kind, id.to_string())) {
                        continue;
                    }
                    flush(&mut text, runs);
                    let custom = e.attr("w:customMarkFollows").is_some_and(super::on);
                    let marker = if custom {
                        custom_mark = Some(runs.len());
                        "*".to_string()
                    } else {
                        self.next_marker(kind)
                    };
                    self.refs.push(NoteRef {
                        kind,
                        id: id.to_string(),
                        marker: marker.clone(),
                    });
                    runs.push(Run::Note(marker));
                }
                _ => {}
            }
        }
        flush(&mut text, runs);
    }

    /// Footnotes are numbered 1, 2, 3…, endnotes i, ii, iii…, as Word's defaults print them.
    fn next_marker(&mut self, kind: NoteKind) -> String {
        match kind {
            NoteKind::Foot => {
                self.footnotes += 1;
                self.footnotes.to_string()
            }
            NoteKind::End => {
                self.endnotes += 1;
                crate::formats::list_label::NumFormat::LowerRoman.show(self.endnotes)
            }
        }
    }
}
