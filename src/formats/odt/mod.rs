//! OpenDocument text (`.odt`): `content.xml` walked in order with the styles
//! of `content.xml` and `styles.xml` (headings by outline level, the Title
//! style, list numbering as the list styles display it, tables, notes), and
//! tracked changes read both ways (as displayed, and as before them).
//! Generated indexes (a table of contents), comments and drawings are left
//! out. `meta.xml` gives a fallback title and date.

mod body;
mod inline;
mod lists;
mod styles;

#[cfg(test)]
mod tests;

use crate::formats::docx::iso_day;
use crate::formats::package::Package;
use crate::formats::package::xml::Element;
use crate::formats::tables::{Part, lay_out};
use crate::formats::{Extracted, FormatError};
use body::{Change, Context, View, Walk};
use std::collections::HashMap;
use styles::Styles;

const FORMAT: &str = "OpenDocument text";

pub fn read(bytes: &[u8]) -> Result<Extracted, FormatError> {
    let mut pkg = Package::open(bytes, FORMAT)?;
    let Some(content) = pkg.xml("content.xml")? else {
        return Err(pkg.damaged("no content.xml in it"));
    };
    let Some(text) = content.child("office:body").and_then(|b| b.child("office:text")) else {
        return Err(pkg.damaged("content.xml holds no text"));
    };
    let styles_part = pkg.xml("styles.xml")?;
    let mut roots = vec![&content];
    roots.extend(styles_part.as_ref());
    let styles = Styles::parse(&roots);
    let changes = tracked_changes(text);
    let mut paras = Vec::new();
    text.find_all("text:p", &mut paras);
    let titled = paras
        .iter()
        .any(|p| p.attr("text:style-name").is_some_and(|s| styles.is_title(s)));
    let cx = Context {
        styles: &styles,
        changes: &changes,
        titled,
    };
    let mut walk = Walk::new(&cx, View::Accepted);
    let mut parts: Vec<Part> = Vec::new();
    walk.blocks(text, &mut parts);
    let tracked = changes
        .values()
        .any(|c| matches!(c, Change::Insertion | Change::Deletion(_)));
    let mut x = Extracted {
        blocks: lay_out(parts),
        footnotes: std::mem::take(&mut walk.footnotes),
        tracked_changes: tracked,
        ..Extracted::default()
    };
    if tracked {
        let mut prior = Walk::new(&cx, View::Prior);
        let mut parts = Vec::new();
        prior.blocks(text, &mut parts);
        x.prior = Some(lay_out(parts));
    }
    if let Some(meta) = pkg.xml("meta.xml")? {
        meta_fields(&meta, &mut x);
    }
    Ok(x)
}

/// The change regions of `text:tracked-changes`, by id.
fn tracked_changes(text: &Element) -> HashMap<String, Change<'_>> {
    let mut out = HashMap::new();
    let Some(tc) = text.child("text:tracked-changes") else {
        return out;
    };
    for region in tc.children_named("text:changed-region") {
        let Some(id) = region.attr("text:id").or_else(|| region.attr("xml:id")) else {
            continue;
        };
        let change = if region.child("text:insertion").is_some() {
            Change::Insertion
        } else if let Some(d) = region.child("text:deletion") {
            Change::Deletion(d)
        } else {
            Change::Other
        };
        out.insert(id.to_string(), change);
    }
    out
}

/// `dc:title` and `dc:date` (else `meta:creation-date`) as fallback metadata.
fn meta_fields(meta: &Element, x: &mut Extracted) {
    let Some(m) = meta.child("office:meta") else { return };
    let field = |name: &str| {
        m.child(name)
            .map(|e| e.text().split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
    };
    x.fallback.title = field("dc:title");
    x.fallback.date = field("dc:date")
        .and_then(|d| iso_day(&d))
        .or_else(|| field("meta:creation-date").and_then(|d| iso_day(&d)));
}
