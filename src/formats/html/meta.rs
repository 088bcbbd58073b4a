//! What a page says about itself outside its text: the article's title (its
//! main heading, else `og:title` or `<title>` without the site name) and its
//! publication date (`<time datetime>`, `article:published_time`, `date`,
//! `DC.date` metas). These are fallbacks: a date in the text wins.

use super::dom::{Dom, NodeId};
use crate::dates::is_iso_date;

/// Meta names and properties that carry a publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "citation_publication_date",
    "dc.date.created",
    "dcterms.created",
    "og:published_time",
    "article:modified_time",
];

/// The page's heading of level 1 for its article: the first `h1` inside
/// `root` (the content chosen), else the first `h1` outside site headers,
/// navigation and footers.
pub fn title_heading(dom: &Dom, root: NodeId, body: NodeId) -> Option<NodeId> {
    let first_h1 = |under: NodeId| {
        dom.descendants(under).into_iter().find(|&n| {
            dom.node(n).tag() == "h1" && !dom.text_of(n).is_empty() && !in_site_furniture(dom, n, under)
        })
    };
    first_h1(root).or_else(|| first_h1(body))
}

/// Inside a `header`, `nav`, `footer` or `aside` below `top` (a site header's
/// logo is often an `h1`).
fn in_site_furniture(dom: &Dom, mut id: NodeId, top: NodeId) -> bool {
    while let Some(p) = dom.node(id).parent {
        if id == top {
            return false;
        }
        if matches!(dom.node(p).tag(), "header" | "nav" | "footer" | "aside") {
            return !matches!(dom.node(top).tag(), "article" | "main") || !dom.is_within(p, top);
        }
        id = p;
    }
    false
}

/// `og:title`, else `<title>` with its site part (` | Site`, ` - Site`) cut.
pub fn head_title(dom: &Dom) -> Option<String> {
    let site = meta_content(dom, &["og:site_name"]);
    if let Some(t) = meta_content(dom, &["og:title", "dc.title", "twitter:title"]) {
        return Some(strip_site(&t, site.as_deref()));
    }
    let title = dom.find(0, "title").map(|t| dom.text_of(t))?;
    let title = strip_site(&title, site.as_deref());
    (!title.is_empty()).then_some(title)
}

/// `Press release title | Ministry of X` -> `Press release title`; when the
/// site's name comes first (`Ministry of X - Title`, known from
/// `og:site_name`), the other part. A dash cuts only a shorter last part, so
/// `EU – Korea Summit` stays whole.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let is_site = |s: &str| site.is_some_and(|site| s.trim().eq_ignore_ascii_case(site.trim()));
    for sep in [" | ", " :: ", " – ", " — ", " - ", " · "] {
        let (Some((first, rest)), Some((head, last))) = (title.split_once(sep), title.rsplit_once(sep)) else {
            continue;
        };
        if is_site(first) {
            return rest.trim().to_string();
        }
        let dash = !matches!(sep, " | " | " :: ");
        if is_site(last) || !dash || (last.len() < head.len() && last.split_whitespace().count() <= 8) {
            return head.trim().to_string();
        }
    }
    title
}

/// The publication date: a `<time datetime>` in the content, else a date meta.
pub fn date(dom: &Dom, root: NodeId) -> Option<String> {
    let time = dom.descendants(root).into_iter().find_map(|n| {
        let node = dom.node(n);
        (node.tag() == "time").then(|| node.attr("datetime").and_then(iso_prefix)).flatten()
    });
    time.or_else(|| meta_content(dom, DATE_METAS).as_deref().and_then(iso_prefix))
        .or_else(|| {
            dom.descendants(0).into_iter().find_map(|n| {
                let node = dom.node(n);
                let prop = node.attr("itemprop")?;
                if !prop.eq_ignore_ascii_case("datePublished") {
                    return None;
                }
                node.attr("content").or(node.attr("datetime")).and_then(iso_prefix)
            })
        })
}

/// `2024-03-26T10:00:00+01:00` -> `2024-03-26`.
fn iso_prefix(s: &str) -> Option<String> {
    let s = s.trim();
    let d = s.get(..10)?;
    is_iso_date(d).then(|| d.to_string())
}

/// The content of the first `<meta>` whose `name`, `property` or `itemprop`
/// is one of `keys` (in the order of `keys`).
fn meta_content(dom: &Dom, keys: &[&str]) -> Option<String> {
    let metas: Vec<NodeId> = dom
        .descendants(0)
        .into_iter()
        .filter(|&n| dom.node(n).tag() == "meta")
        .collect();
    for key in keys {
        for &m in &metas {
            let node = dom.node(m);
            let named = ["name", "property", "itemprop"]
                .iter()
                .filter_map(|a| node.attr(a))
                .any(|v| v.trim().eq_ignore_ascii_case(key));
            if named {
                if let Some(c) = node.attr("content").map(str::trim).filter(|c| !c.is_empty()) {
                    return Some(c.to_string());
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_name_is_cut_from_the_title() {
        assert_eq!(
            strip_site("Narrative Summaries of Reasons for Listing | United Nations Security Council", None),
            "Narrative Summaries of Reasons for Listing"
        );
        assert_eq!(
            strip_site("Ministry of Foreign Affairs - Denmark supports UN Digital Panel", Some("Ministry of Foreign Affairs")),
            "Denmark supports UN Digital Panel"
        );
        assert_eq!(strip_site("A - B - Site", None), "A - B");
        assert_eq!(strip_site("Plain title", None), "Plain title");
        assert_eq!(strip_site("EU – Republic of Korea Summit", None), "EU – Republic of Korea Summit");
    }

    #[test]
    fn dates_come_from_time_then_metas() {
        let dom = Dom::parse(
            "<head><meta property=\"article:published_time\" content=\"2024-03-26T09:00:00Z\"></head>\
             <body><p>x</p></body>",
        );
        let body = dom.find(0, "body").unwrap();
        assert_eq!(date(&dom, body).as_deref(), Some("2024-03-26"));
        let dom = Dom::parse("<body><time datetime=\"2020-11-17\">17 Nov</time><meta name=\"date\" content=\"2019-01-01\"></body>");
        assert_eq!(date(&dom, 0).as_deref(), Some("2020-11-17"));
        let dom = Dom::parse("<meta name=\"DC.date\" content=\"garbage\">");
        assert_eq!(date(&dom, 0), None);
    }

    #[test]
    fn a_logo_heading_in_the_site_header_is_not_the_title() {
        let dom = Dom::parse("<body><header><h1>Ministry</h1></header><div><h1>Real title</h1></div></body>");
        let body = dom.find(0, "body").unwrap();
        let h = title_heading(&dom, body, body).unwrap();
        assert_eq!(dom.text_of(h), "Real title");
    }
}
