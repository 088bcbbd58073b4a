//! Saved web pages: the article without the site around it. The bytes are
//! decoded by the page's declared charset (`charset`), parsed by html5ever
//! into an arena (`dom`), the content chosen (a `main` landmark, an `article`
//! holding most of it, else the densest block of prose, scored as
//! readability does), site chrome dropped inside it (`chrome`), and what is
//! left written as blocks (`render`). Title and date come from the article
//! heading and the page's metadata (`meta`).

mod charset;
mod chrome;
mod dom;
mod list_label;
mod meta;
mod render;

#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::formats::{Block, BlockKind, Extracted, FormatError};
use chrome::Measure;
use dom::{Dom, NodeId};

/// Pages with more tags than this are refused before parsing (a real page
/// has tens of thousands; each node costs memory).
const MAX_TAGS: usize = 1_500_000;

pub fn read(bytes: &[u8]) -> Result<Extracted, FormatError> {
    let tags = memchr::memchr_iter(b'<', bytes).count();
    if tags > MAX_TAGS {
        return Err(FormatError::Unsupported(format!(
            "web page with {tags} tags: attache reads at most {MAX_TAGS}"
        )));
    }
    let depth = nesting(bytes);
    if depth > MAX_NESTING {
        return Err(FormatError::Unsupported(format!(
            "web page nested {depth} elements deep: attache reads at most {MAX_NESTING}"
        )));
    }
    let text = charset::decode(bytes);
    Ok(read_dom(&Dom::parse(&text)))
}

/// Pages nested deeper are refused: the HTML tree rules look through the
/// open elements at every tag, so parsing time grows with the square of the
/// depth (100,000 nested `div`s take minutes). Real pages nest a few dozen.
const MAX_NESTING: usize = 2_000;

/// Tags that open no nesting: void elements and those whose end tag is
/// optional (a page of unclosed `<p>` or `<li>` is not deep).
const FLAT: &[&[u8]] = &[
    b"br",
    b"img",
    b"hr",
    b"input",
    b"meta",
    b"link",
    b"area",
    b"base",
    b"col",
    b"embed",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"td",
    b"th",
    b"tr",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"rb",
    b"rt",
    b"rp",
    b"html",
    b"head",
    b"body",
    b"caption",
];

/// The deepest nesting the tags of `bytes` reach, counted without parsing.
fn nesting(bytes: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        let (close, name_at) = match rest.first() {
            Some(b'/') => (true, 1),
            Some(c) if c.is_ascii_alphabetic() => (false, 0),
            _ => continue,
        };
        let name: Vec<u8> = rest[name_at..]
            .iter()
            .take(16)
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.is_empty() || FLAT.contains(&name.as_slice()) {
            continue;
        }
        if close {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

fn read_dom(dom: &Dom) -> Extracted {
    let body = dom.find(0, "body").unwrap_or(0);
    let (root, left_out) = content_root(dom, body);
    let heading = meta::title_heading(dom, root, body);
    let mut anchors = vec![root];
    anchors.extend(heading);
    let measure = Measure::new(dom, &anchors);
    let mut r = render::Renderer::new(dom, &measure, measure.paragraphs[body]);
    r.left_out = left_out;
    // A title that is no heading element is written once, as the heading.
    let is_heading = heading.is_some_and(|h| matches!(dom.node(h).tag(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
    if let Some(h) = heading.filter(|_| !is_heading) {
        r.left_out.insert(h);
    }
    r.render(root);
    let mut blocks = r.blocks;

    let title = match heading {
        Some(h) => Some(dom.text_of(h)),
        None => meta::head_title(dom),
    }
    .filter(|t| !t.is_empty());
    if let Some(t) = &title {
        let shown = is_heading && heading.is_some_and(|h| dom.is_within(h, root));
        let first = blocks.first().map(Block::plain_text).unwrap_or_default();
        if !shown && first.trim() != t.as_str() {
            blocks.insert(0, Block::new(BlockKind::Heading(1), t.clone()));
        }
    }
    let mut x = Extracted {
        blocks,
        ..Extracted::default()
    };
    x.fallback.title = title;
    x.fallback.date = meta::date(dom, root);
    x
}

/// The element holding the article, and blocks inside it to leave out:
/// the largest `main` (or `role=main`), narrowed to an `article` holding
/// most of its prose; without landmarks, the whole body, less the blocks of
/// prose after the best-scored one that score far below it (a contact box
/// or teaser under the article; what comes before it, the title and the
/// intro, is kept).
fn content_root(dom: &Dom, body: NodeId) -> (NodeId, HashSet<NodeId>) {
    let m = Measure::new(dom, &[]);
    let all = dom.descendants(body);
    let is_main = |n: NodeId| {
        let node = dom.node(n);
        node.tag() == "main" || node.attr("role").is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
    };
    let main = all
        .iter()
        .copied()
        .filter(|&n| is_main(n))
        .max_by_key(|&n| m.paragraphs[n]);
    let root = main.filter(|&n| m.text[n] > 0).unwrap_or(body);
    let article = dom
        .descendants(root)
        .into_iter()
        .filter(|&n| dom.node(n).tag() == "article")
        .max_by_key(|&n| m.paragraphs[n]);
    if let Some(a) = article
        && m.paragraphs[a] * 10 >= m.paragraphs[root] * 6
        && m.paragraphs[a] > 0
    {
        return (a, HashSet::new());
    }
    if root != body {
        return (root, HashSet::new());
    }
    (body, trailing_blocks(dom, &m, &all))
}

/// Readability's scoring: each paragraph of prose gives its parent a score
/// for its length and commas (half to the grandparent, a third further up),
/// discounted by link density. Returned: the blocks after the best one
/// whose best score is under a fifth of it.
fn trailing_blocks(dom: &Dom, m: &Measure, all: &[NodeId]) -> HashSet<NodeId> {
    let mut score = std::collections::HashMap::<NodeId, f32>::new();
    for &n in all {
        if !matches!(dom.node(n).tag(), "p" | "pre" | "td" | "blockquote" | "dd") || m.text[n] < 25 {
            continue;
        }
        let text = dom.text_of(n);
        let s = 1.0 + text.matches(',').count() as f32 + (m.text[n] as f32 / 100.0).min(3.0);
        let mut up = dom.node(n).parent;
        for share in [1.0, 0.5, 1.0 / 3.0] {
            let Some(p) = up else { break };
            *score.entry(p).or_default() += s * share;
            up = dom.node(p).parent;
        }
    }
    let scored = |n: NodeId| score.get(&n).copied().unwrap_or(0.0) * (1.0 - m.link_density(n));
    let Some((top, best)) = all
        .iter()
        .map(|&n| (n, scored(n)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    else {
        return HashSet::new();
    };
    if best <= 0.0 {
        return HashSet::new();
    }
    // The best score in each subtree, bottom-up.
    let mut subtree = vec![0.0f32; dom.nodes.len()];
    for &n in all.iter().rev() {
        subtree[n] = subtree[n].max(scored(n));
        if let Some(p) = dom.node(n).parent {
            subtree[p] = subtree[p].max(subtree[n]);
        }
    }
    let position: std::collections::HashMap<NodeId, usize> = all.iter().enumerate().map(|(i, &n)| (n, i)).collect();
    let end = dom.descendants(top).len() + position[&top];
    all[end.min(all.len())..]
        .iter()
        .copied()
        .filter(|&n| m.paragraphs[n] > 0 && subtree[n] < best / 5.0 && !dom.is_within(top, n))
        .collect()
}
