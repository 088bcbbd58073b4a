//! Word `.docx`: the zip package's parts read as XML trees (`package`), the
//! body walked in order with the styles (headings, title, tables of
//! contents), the numbering definitions (labels as Word displays them),
//! footnotes and endnotes, and tracked changes read both ways: the blocks as
//! with every change accepted, and the prior text beside them. Comments,
//! drawings and text boxes are left out. `docProps/core.xml` gives a
//! fallback title and date.

mod body;
mod notes;
mod numbering;
mod runs;
mod styles;

#[cfg(test)]
mod bad_tests;
#[cfg(test)]
mod tests;

use crate::formats::package::Package;
use crate::formats::package::xml::Element;
use crate::formats::tables::{Part, lay_out};
use crate::formats::{Extracted, FormatError};
use body::{Context, View, Walk};
use numbering::Numbering;
use styles::Styles;

const FORMAT: &str = "Word document";

/// An OOXML on/off value: anything but `0`, `false`, `off` is on.
fn on(v: &str) -> bool {
    !matches!(v, "0" | "false" | "off")
}

pub fn read(bytes: &[u8]) -> Result<Extracted, FormatError> {
    let mut pkg = Package::open(bytes, FORMAT)?;
    let Some(document) = pkg.xml("word/document.xml")? else {
        return Err(pkg.damaged("no word/document.xml in it"));
    };
    let Some(body_el) = document.child("w:body") else {
        return Err(pkg.damaged("word/document.xml has no body"));
    };
    let targets = Targets::read(&mut pkg)?;
    let styles = Styles::parse(pkg.xml(&targets.styles)?.as_ref());
    let numbering = Numbering::parse(pkg.xml(&targets.numbering)?.as_ref());
    let foot = pkg.xml(&targets.footnotes)?;
    let end = pkg.xml(&targets.endnotes)?;
    let notes = notes::Notes::parse(foot.as_ref(), end.as_ref());
    let ids = notes.ids();
    let mut style_refs = Vec::new();
    body_el.find_all("w:pStyle", &mut style_refs);
    let titled = style_refs.iter().any(|s| styles.paragraph(s.attr("w:val")).title);
    let cx = Context {
        styles: &styles,
        numbering: &numbering,
        notes: &ids,
        titled,
    };
    let mut walk = Walk::new(&cx, View::Accepted);
    let mut parts: Vec<Part> = Vec::new();
    walk.blocks(body_el, &mut parts);
    let footnotes = notes.footnotes(&walk.refs, &cx);
    let mut x = Extracted {
        blocks: lay_out(parts),
        footnotes,
        tracked_changes: walk.changed,
        ..Extracted::default()
    };
    if walk.changed {
        let mut prior = Walk::new(&cx, View::Prior);
        let mut parts = Vec::new();
        prior.blocks(body_el, &mut parts);
        x.prior = Some(lay_out(parts));
    }
    if let Some(core) = pkg.xml(&targets.core)? {
        core_properties(&core, &mut x);
    }
    Ok(x)
}

/// Where the parts the reader needs are, from the package's relationships
/// (with Word's usual names when a relationship is missing).
struct Targets {
    styles: String,
    numbering: String,
    footnotes: String,
    endnotes: String,
    core: String,
}

impl Targets {
    fn read(pkg: &mut Package) -> Result<Targets, FormatError> {
        let mut t = Targets {
            styles: "word/styles.xml".into(),
            numbering: "word/numbering.xml".into(),
            footnotes: "word/footnotes.xml".into(),
            endnotes: "word/endnotes.xml".into(),
            core: "docProps/core.xml".into(),
        };
        if let Some(rels) = pkg.xml("word/_rels/document.xml.rels")? {
            for (kind, target) in relationships(&rels, "word/") {
                match kind.as_str() {
                    "styles" => t.styles = target,
                    "numbering" => t.numbering = target,
                    "footnotes" => t.footnotes = target,
                    "endnotes" => t.endnotes = target,
                    _ => {}
                }
            }
        }
        if let Some(rels) = pkg.xml("_rels/.rels")? {
            for (kind, target) in relationships(&rels, "") {
                if kind == "core-properties" {
                    t.core = target;
                }
            }
        }
        Ok(t)
    }
}

/// (last segment of the relationship type, part name) for each internal relationship.
fn relationships(rels: &Element, base: &str) -> Vec<(String, String)> {
    rels.elements()
        .filter(|r| r.name.ends_with("Relationship"))
        .filter(|r| r.attr("TargetMode") != Some("External"))
        .filter_map(|r| {
            let kind = r.attr("Type")?.rsplit('/').next()?.to_string();
            let target = r.attr("Target")?;
            Some((kind, resolve(base, target)))
        })
        .collect()
}

/// A relationship target as a part name: absolute (`/word/x.xml`) or
/// relative to `base`, with `..` resolved.
fn resolve(base: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("{base}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// `dc:title` and `dcterms:modified` (else `created`) as fallback metadata.
fn core_properties(core: &Element, x: &mut Extracted) {
    let field = |name: &str| {
        core.child(name)
            .map(|e| e.text().split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
    };
    x.fallback.title = field("dc:title");
    x.fallback.date = field("dcterms:modified")
        .and_then(|d| iso_day(&d))
        .or_else(|| field("dcterms:created").and_then(|d| iso_day(&d)));
}

/// `2020-11-17T09:30:00Z` → `2020-11-17` (a year before 1980 is a blank default).
pub(crate) fn iso_day(s: &str) -> Option<String> {
    let day = s.trim().get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let year: u32 = day[..4].parse().ok()?;
    let month: u32 = day[5..7].parse().ok()?;
    let dom: u32 = day[8..10].parse().ok()?;
    (year >= 1980 && (1..=12).contains(&month) && (1..=31).contains(&dom)).then(|| day.to_string())
}
