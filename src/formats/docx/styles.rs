//! Word styles (`word/styles.xml`), resolved through `w:basedOn`: which
//! paragraph styles are headings (named `heading N` — Word keeps the English
//! name whatever the language of the id — or given an outline level), which
//! are the title, which belong to a table of contents, which carry list
//! numbering; which character styles set bold or italic.

use super::on;
use crate::formats::package::xml::Element;
use std::collections::HashMap;

/// A paragraph's numbering as stated by `w:numPr`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumRef {
    pub num_id: Option<String>,
    pub level: Option<usize>,
}

impl NumRef {
    pub fn of(num_pr: &Element) -> NumRef {
        NumRef {
            num_id: num_pr.child_val("w:numId", "w:val").map(str::to_string),
            level: num_pr.child_val("w:ilvl", "w:val").and_then(|s| s.parse().ok()),
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Raw {
    kind: String,
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num: Option<NumRef>,
    bold: Option<bool>,
    italic: Option<bool>,
}

/// What a paragraph style makes of its paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParagraphStyle {
    /// Outline level 1–9 (Heading N, or `w:outlineLvl` N-1).
    pub heading: Option<u8>,
    pub title: bool,
    pub toc: bool,
    pub num: Option<NumRef>,
}

#[derive(Debug, Default)]
pub struct Styles {
    raw: HashMap<String, Raw>,
    default_paragraph: Option<String>,
}

/// A `w:b`-like toggle: present means on unless its value says off.
pub fn toggle(rpr: &Element, name: &str) -> Option<bool> {
    rpr.child(name).map(|e| e.attr("w:val").is_none_or(on))
}

impl Styles {
    pub fn parse(root: Option<&Element>) -> Styles {
        let mut s = Styles::default();
        let Some(root) = root else { return s };
        for st in root.children_named("w:style") {
            let Some(id) = st.attr("w:styleId") else { continue };
            let kind = st.attr("w:type").unwrap_or("paragraph").to_string();
            if kind == "paragraph" && st.attr("w:default").is_some_and(on) {
                s.default_paragraph = Some(id.to_string());
            }
            let ppr = st.child("w:pPr");
            let rpr = st.child("w:rPr");
            s.raw.insert(
                id.to_string(),
                Raw {
                    kind,
                    name: st.child_val("w:name", "w:val").unwrap_or(id).to_lowercase(),
                    based_on: st.child_val("w:basedOn", "w:val").map(str::to_string),
                    outline: ppr
                        .and_then(|p| p.child_val("w:outlineLvl", "w:val"))
                        .and_then(|v| v.parse::<u8>().ok()),
                    num: ppr.and_then(|p| p.child("w:numPr")).map(NumRef::of),
                    bold: rpr.and_then(|r| toggle(r, "w:b")),
                    italic: rpr.and_then(|r| toggle(r, "w:i")),
                },
            );
        }
        s
    }

    /// The chain of styles from `id` up through `w:basedOn` (cycles cut).
    fn chain<'s>(&'s self, id: &str) -> Vec<(&'s str, &'s Raw)> {
        let mut out: Vec<(&str, &Raw)> = Vec::new();
        let mut next = Some(id);
        while let Some(id) = next {
            if out.len() >= 16 || out.iter().any(|(i, _)| *i == id) {
                break;
            }
            let Some((key, raw)) = self.raw.get_key_value(id) else {
                break;
            };
            out.push((key.as_str(), raw));
            next = raw.based_on.as_deref();
        }
        out
    }

    /// The paragraph style `id` (or the default paragraph style), resolved.
    pub fn paragraph(&self, id: Option<&str>) -> ParagraphStyle {
        let Some(id) = id.or(self.default_paragraph.as_deref()) else {
            return ParagraphStyle::default();
        };
        let chain = self.chain(id);
        let mut out = ParagraphStyle::default();
        if let Some((_, own)) = chain.first() {
            let name = own.name.as_str();
            out.title = name == "title";
            out.toc = name.starts_with("toc ") || name == "toc heading" || name == "table of contents";
        }
        for (_, raw) in &chain {
            if out.heading.is_none() {
                out.heading = heading_by_name(&raw.name).or(raw.outline.filter(|&l| l < 9).map(|l| l + 1));
            }
            if out.num.is_none() {
                out.num = raw.num.clone();
            }
        }
        out
    }

    /// Bold and italic set by character style `id`.
    pub fn character(&self, id: &str) -> (Option<bool>, Option<bool>) {
        let mut bold = None;
        let mut italic = None;
        for (_, raw) in self.chain(id) {
            bold = bold.or(raw.bold);
            italic = italic.or(raw.italic);
        }
        (bold, italic)
    }

    /// The `w:num` a numbering style stands for (for `w:numStyleLink`).
    pub fn numbering_style_num(&self, id: &str) -> Option<&str> {
        let raw = self.raw.get(id).filter(|r| r.kind == "numbering")?;
        raw.num.as_ref()?.num_id.as_deref()
    }
}

/// `heading 3` → 3.
fn heading_by_name(name: &str) -> Option<u8> {
    let n: u8 = name.strip_prefix("heading ")?.trim().parse().ok()?;
    (1..=9).contains(&n).then_some(n)
}
