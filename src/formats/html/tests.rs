//! The whole reader on pages made to carry every kind of chrome.

use super::read;
use crate::formats::{BlockKind, Extracted};

const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ministers meet on digital partnership | Ministry of Foreign Affairs</title>
<meta property="og:site_name" content="Ministry of Foreign Affairs">
<meta property="article:published_time" content="2024-03-26T10:00:00+01:00">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-consent">This site uses cookies. <button>Accept all</button></div>
<header class="site-header"><h1 class="logo">Ministry of Foreign Affairs</h1>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>
<main id="main"><article>
<h1>Ministers meet on digital partnership</h1>
<p class="date"><time datetime="2024-03-26">26 March 2024</time></p>
<p>The Minister&#39;s statement welcomed the partnership&nbsp;council&hellip;</p>
<h2>Main outcomes</h2>
<ol><li>Cooperation on <strong>semiconductors</strong>.</li><li>Research on 6G.</li></ol>
<div class="share-links"><a href="https://facebook.com/x">Facebook</a> <a href="https://x.com/y">X</a></div>
</article>
<section class="related-news"><h2>Related news</h2><ul><li><a href="/a">Other story</a></li></ul></section>
</main>
<footer><p>© Ministry of Foreign Affairs</p><a href="/privacy">Privacy</a></footer>
</body></html>"##;

fn texts(x: &Extracted) -> Vec<String> {
    x.blocks.iter().map(|b| b.plain_text()).collect()
}

#[test]
fn a_press_page_reads_as_its_article_alone() {
    let x = read(PAGE.as_bytes()).unwrap();
    assert_eq!(
        texts(&x),
        vec![
            "Ministers meet on digital partnership",
            "26 March 2024",
            "The Minister's statement welcomed the partnership\u{a0}council…",
            "Main outcomes",
            "Cooperation on semiconductors.",
            "Research on 6G.",
        ]
    );
    assert_eq!(x.blocks[0].kind, BlockKind::Heading(1));
    assert_eq!(
        x.blocks[4].kind,
        BlockKind::Item {
            label: Some("1.".into()),
            depth: 0
        }
    );
    assert_eq!(x.fallback.title.as_deref(), Some("Ministers meet on digital partnership"));
    assert_eq!(x.fallback.date.as_deref(), Some("2024-03-26"));
}

#[test]
fn without_a_heading_the_title_comes_from_the_head_without_the_site() {
    let page = "<html><head><title>Joint statement on Ukraine | Council of the EU</title></head>\
                <body><div class=\"menu\"><a href=\"/\">Home</a></div>\
                <div><p>The Council, together with the Commission, adopted the statement today.</p></div></body></html>";
    let x = read(page.as_bytes()).unwrap();
    assert_eq!(texts(&x)[0], "Joint statement on Ukraine");
    assert_eq!(x.blocks[0].kind, BlockKind::Heading(1));
    assert_eq!(texts(&x).len(), 2);
}

#[test]
fn without_landmarks_the_prose_is_found_by_its_score() {
    let mut page = String::from("<html><body><div id=\"top\">");
    for i in 0..40 {
        page.push_str(&format!("<div class=\"item\"><a href=\"/{i}\">Link {i}</a></div>"));
    }
    page.push_str("</div><div id=\"x\"><h1>Statement by the Spokesperson</h1>");
    for _ in 0..5 {
        page.push_str("<p>The European Union, in close coordination with its partners, condemns the attack, and calls for restraint.</p>");
    }
    page.push_str("</div><div class=\"bottom\"><p>Contact: press office, phone, e-mail.</p></div></body></html>");
    let x = read(page.as_bytes()).unwrap();
    let t = texts(&x);
    assert_eq!(t[0], "Statement by the Spokesperson");
    assert_eq!(t.len(), 6, "{t:?}");
}

#[test]
fn hostile_pages_are_bounded() {
    // Deep nesting, an unclosed table, stray bytes: read, never a panic.
    let deep = "<div><table><tr><td>".repeat(20_000) + "text";
    assert!(read(deep.as_bytes()).is_ok());
    assert!(read(b"<html><body><p>\xff\xfe broken \x00 bytes").is_ok());
    assert!(read(b"").unwrap().blocks.is_empty());
    let many = "<b>".repeat(super::MAX_TAGS + 1);
    assert!(read(many.as_bytes()).is_err());
}
