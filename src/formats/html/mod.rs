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
mod meta;
mod render;

#[cfg(test)]
mod tests;

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
    let text = charset::decode(bytes);
    Ok(read_dom(&Dom::parse(&text)))
}

fn read_dom(dom: &Dom) -> Extracted {
    let body = dom.find(0, "body").unwrap_or(0);
    let root = content_root(dom, body);
    let heading = meta::title_heading(dom, root, body);
    let mut anchors = vec![root];
    anchors.extend(heading);
    let measure = Measure::new(dom, &anchors);
    let mut r = render::Renderer::new(dom, &measure, measure.paragraphs[body]);
    r.render(root);
    let mut blocks = r.blocks;

    let title = match heading {
        Some(h) => Some(dom.text_of(h)),
        None => meta::head_title(dom),
    }
    .filter(|t| !t.is_empty());
    if let Some(t) = &title {
        let shown = heading.is_some_and(|h| dom.is_within(h, root));
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

/// The element holding the article: the largest `main` (or `role=main`),
/// narrowed to an `article` holding most of its prose; without landmarks,
/// the block the prose scores highest in, widened until it holds at least
/// half the page's prose.
fn content_root(dom: &Dom, body: NodeId) -> NodeId {
    let m = Measure::new(dom, &[]);
    let all = dom.descendants(body);
    let is_main = |n: NodeId| {
        let node = dom.node(n);
        node.tag() == "main" || node.attr("role").is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
    };
    let main = all.iter().copied().filter(|&n| is_main(n)).max_by_key(|&n| m.paragraphs[n]);
    let mut root = main.filter(|&n| m.text[n] > 0).unwrap_or(body);
    let article = dom
        .descendants(root)
        .into_iter()
        .filter(|&n| dom.node(n).tag() == "article")
        .max_by_key(|&n| m.paragraphs[n]);
    if let Some(a) = article {
        if m.paragraphs[a] * 10 >= m.paragraphs[root] * 6 && m.paragraphs[a] > 0 {
            return a;
        }
    }
    if main.is_some() && root != body {
        return root;
    }
    let Some(best) = best_scored(dom, &m, &all) else {
        return body;
    };
    root = best;
    while m.paragraphs[root] * 2 < m.paragraphs[body] {
        match dom.node(root).parent {
            Some(p) if p != 0 => root = p,
            _ => break,
        }
    }
    root
}

/// Readability's scoring: each paragraph of prose gives its parent a score
/// for its length and commas (half to the grandparent, a third further up);
/// link-heavy blocks are discounted.
fn best_scored(dom: &Dom, m: &Measure, all: &[NodeId]) -> Option<NodeId> {
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
    score
        .into_iter()
        .map(|(n, s)| (n, s * (1.0 - m.link_density(n))))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(n, _)| n)
}
