//! Site chrome: what a saved page carries around its article (menus,
//! breadcrumbs, cookie banners, share and related links, footers, skip
//! links, forms, scripts). An element is chrome by its tag, its ARIA role,
//! being hidden, the words of its class and id, or by what it holds (a
//! block made of links, a cookie notice). An element that holds the page's
//! main heading or most of its paragraphs is never chrome, whatever its
//! class says: a wrapper named `page-with-sidebar` keeps its article.

use super::dom::{Data, Dom, NodeId};

/// Tags never shown: they hold no reading text.
const NEVER: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "form", "button", "input", "select",
    "textarea", "option", "label", "iframe", "object", "embed", "canvas", "video", "audio", "img", "picture",
    "map", "nav", "aside", "footer", "menu", "dialog", "link", "meta", "title", "base",
];

const ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alertdialog",
    "tablist",
];

/// Class and id words of chrome (matched as whole words of `a-b_c` names).
const WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menus",
    "submenu",
    "megamenu",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "sharethis",
    "addthis",
    "social",
    "socials",
    "related",
    "footer",
    "sidebar",
    "banner",
    "skip",
    "toolbar",
    "pagination",
    "pager",
    "newsletter",
    "subscribe",
    "language",
    "languages",
    "switcher",
    "search",
    "login",
    "masthead",
    "topbar",
    "popup",
    "modal",
    "tags",
    "comments",
    "advert",
    "promo",
];

/// Whole class names that hide an element from sight.
const HIDDEN_CLASSES: &[&str] = &[
    "element-invisible",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "hidden",
    "invisible",
    "d-none",
    "hide",
];

/// Text, link and paragraph lengths under each node, and whether it holds
/// one of the page's anchors (its `main`, `article` or title heading),
/// computed once bottom-up.
pub struct Measure {
    pub text: Vec<usize>,
    pub links: Vec<usize>,
    pub paragraphs: Vec<usize>,
    pub anchors: Vec<bool>,
    /// Ids and classes the page's own print style hides: the page's author
    /// marked them as screen furniture (toolbars, "print this page" notes).
    pub print_hidden: Vec<String>,
}

impl Measure {
    pub fn new(dom: &Dom, anchors: &[NodeId]) -> Measure {
        let n = dom.nodes.len();
        let mut m = Measure {
            text: vec![0; n],
            links: vec![0; n],
            paragraphs: vec![0; n],
            anchors: vec![false; n],
            print_hidden: print_hidden(dom),
        };
        for &a in anchors {
            m.anchors[a] = true;
        }
        let order = dom.descendants(0);
        for &id in order.iter().rev() {
            let node = dom.node(id);
            // What is never shown counts for nothing, so a menu in a `nav`
            // does not weigh on the page's totals.
            if NEVER.contains(&node.tag()) {
                continue;
            }
            if let Data::Text(t) = &node.data {
                m.text[id] = t.chars().filter(|c| !c.is_whitespace()).count();
            }
            match node.tag() {
                "a" => m.links[id] = m.text[id],
                // List items are left out: a page's menus are lists.
                "p" | "td" | "blockquote" | "pre" | "dd" => m.paragraphs[id] = m.text[id],
                _ => {}
            }
            if let Some(p) = node.parent {
                m.text[p] += m.text[id];
                m.links[p] += m.links[id];
                m.paragraphs[p] += m.paragraphs[id];
                m.anchors[p] |= m.anchors[id];
            }
        }
        m
    }

    /// Share of an element's text that is link text.
    pub fn link_density(&self, id: NodeId) -> f32 {
        if self.text[id] == 0 {
            return 0.0;
        }
        self.links[id] as f32 / self.text[id] as f32
    }
}

/// Whether `id` is chrome on a page whose paragraphs total `page_paragraphs`.
pub fn is_chrome(dom: &Dom, m: &Measure, id: NodeId, page_paragraphs: usize) -> bool {
    let node = dom.node(id);
    let Data::Element { .. } = &node.data else {
        return false;
    };
    let tag = node.tag();
    if NEVER.contains(&tag) || hidden(dom, id) || hidden_in_print(m, node.attr("id"), node.attr("class")) {
        return true;
    }
    if matches!(tag, "html" | "body" | "main" | "article") {
        return false;
    }
    // An element holding the article is never chrome.
    let holds_content = m.anchors[id] || (page_paragraphs > 0 && m.paragraphs[id] * 2 >= page_paragraphs);
    if holds_content {
        return false;
    }
    if tag == "header" && !inside_content(dom, id) {
        return true;
    }
    if node.attr("role").is_some_and(|r| ROLES.contains(&r.trim().to_ascii_lowercase().as_str())) {
        return true;
    }
    if has_chrome_words(node.attr("class")) || has_chrome_words(node.attr("id")) {
        return true;
    }
    if tag == "a" && is_skip_link(dom, id) {
        return true;
    }
    is_link_block(dom, m, id) || is_cookie_notice(dom, m, id)
}

fn hidden(dom: &Dom, id: NodeId) -> bool {
    let node = dom.node(id);
    if node.attr("hidden").is_some() || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    if let Some(style) = node.attr("style") {
        let s: String = style.to_ascii_lowercase().split_whitespace().collect();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    node.attr("class").is_some_and(|c| {
        c.split_whitespace()
            .any(|w| HIDDEN_CLASSES.iter().any(|h| w.eq_ignore_ascii_case(h)))
    })
}

fn hidden_in_print(m: &Measure, id: Option<&str>, class: Option<&str>) -> bool {
    if m.print_hidden.is_empty() {
        return false;
    }
    let id = id.map(|i| format!("#{}", i.trim()));
    let classes = class.into_iter().flat_map(str::split_whitespace).map(|c| format!(".{c}"));
    id.into_iter().chain(classes).any(|k| m.print_hidden.contains(&k))
}

/// `#id` and `.class` selectors given `display: none` inside `@media print`.
fn print_hidden(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    for id in dom.descendants(0) {
        if dom.node(id).tag() != "style" {
            continue;
        }
        let css = dom.text_of_lines(id).join("\n");
        let mut rest = css.as_str();
        while let Some(at) = rest.find("@media print") {
            rest = &rest[at..];
            let Some(open) = rest.find('{') else { break };
            // The block's end: the brace that closes the one just opened.
            let mut depth = 0usize;
            let mut end = rest.len();
            for (i, c) in rest[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            end = open + i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            for rule in rest[open + 1..end].split('}') {
                let Some((selectors, body)) = rule.split_once('{') else { continue };
                let body: String = body.to_ascii_lowercase().split_whitespace().collect();
                if !body.contains("display:none") {
                    continue;
                }
                for sel in selectors.split(',') {
                    let sel = sel.trim();
                    let simple = sel.len() > 1
                        && sel.starts_with(['#', '.'])
                        && sel[1..].chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_');
                    if simple && out.len() < 256 {
                        out.push(sel.to_string());
                    }
                }
            }
            rest = &rest[end..];
        }
    }
    out
}

fn inside_content(dom: &Dom, mut id: NodeId) -> bool {
    while let Some(p) = dom.node(id).parent {
        let n = dom.node(p);
        if matches!(n.tag(), "article" | "main") || n.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("main")) {
            return true;
        }
        id = p;
    }
    false
}

/// `sf-menu nav-main` or `block-superfish` hold chrome words; `page-header`
/// and `content` do not.
pub fn has_chrome_words(names: Option<&str>) -> bool {
    let Some(names) = names else {
        return false;
    };
    names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// `<a href="#main">Skip to main content</a>`.
fn is_skip_link(dom: &Dom, id: NodeId) -> bool {
    let href = dom.node(id).attr("href").unwrap_or("");
    href.starts_with('#') && dom.text_of(id).to_lowercase().starts_with("skip")
}

/// A list or short block that is mostly links: a menu, breadcrumb, share
/// bar or "related" list. A data table of linked names is kept unless it is
/// nearly all links.
fn is_link_block(dom: &Dom, m: &Measure, id: NodeId) -> bool {
    let density = m.link_density(id);
    match dom.node(id).tag() {
        "ul" | "ol" | "dl" => density > 0.6,
        "table" => density > 0.85,
        "p" | "div" | "section" | "span" | "li" | "header" => density > 0.7 && m.text[id] < 400,
        _ => false,
    }
}

/// A short block about cookies that asks to accept or refuse them.
fn is_cookie_notice(dom: &Dom, m: &Measure, id: NodeId) -> bool {
    if m.text[id] > 800 || !matches!(dom.node(id).tag(), "div" | "section" | "p" | "span") {
        return false;
    }
    let text = dom.text_of(id).to_lowercase();
    text.contains("cookie") && ["accept", "consent", "agree", "refuse", "reject", "privacy"].iter().any(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome_texts(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let h1 = dom.find(0, "h1");
        let m = Measure::new(&dom, &h1.into_iter().collect::<Vec<_>>());
        let total = m.paragraphs[0];
        dom.descendants(dom.find(0, "body").unwrap())
            .into_iter()
            .filter(|&id| dom.node(id).tag() != "" && is_chrome(&dom, &m, id, total))
            .map(|id| dom.text_of(id))
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn menus_banners_and_share_bars_are_chrome() {
        let page = r##"<body><a href="#main">Skip to main content</a>
            <div class="cookie-banner">We use cookies. <a>Accept</a></div>
            <ul class="sf-menu"><li><a href="/">Home</a></li><li><a href="/x">News</a></li></ul>
            <p class="page-header">Not chrome</p>
            <div><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>
            <p>Minister Jane Example said the agreement marks a step forward for the region.</p>
            <p>She will travel to Brussels next week to meet her counterparts.</p></body>"##;
        let chrome = chrome_texts(page);
        assert!(chrome.iter().any(|t| t.starts_with("Skip to")));
        assert!(chrome.iter().any(|t| t.starts_with("We use cookies")));
        assert!(chrome.iter().any(|t| t == "Home News"));
        assert!(chrome.iter().any(|t| t == "Facebook Twitter"));
        assert!(!chrome.iter().any(|t| t.contains("Not chrome") || t.contains("Minister")));
    }

    #[test]
    fn what_the_print_style_hides_is_chrome() {
        let page = "<head><style>@media print { #tb, .x { display: none } p { color: red } }</style></head>\
                    <body><span id=\"tb\">Click Print to PDF</span><div class=\"a x\">Toolbar</div><p>Text</p></body>";
        assert_eq!(chrome_texts(page), vec!["Click Print to PDF".to_string(), "Toolbar".to_string()]);
    }

    #[test]
    fn a_wrapper_holding_the_article_is_never_chrome() {
        let page = "<body><div class=\"page-with-sidebar\"><h1>Statement</h1><p>Long text of the statement.</p></div>\
                    <div class=\"sidebar\"><p>Other news</p></div></body>";
        assert_eq!(chrome_texts(page), vec!["Other news".to_string()]);
    }
}
