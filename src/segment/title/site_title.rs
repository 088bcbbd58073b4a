//! A site's title over the text's own heading: the page's name for the
//! text, cut short, signed with the site's name or run together with a
//! label, gives way to the heading the text prints below it.

use super::score;

/// Whether `title` is `heading` with a site's label before it (`Ministry of
/// Foreign Affairs, pressrelease - …`, `Press Release: …`).
pub(super) fn under_site_label(title: &str, heading: &str) -> bool {
    heading.len() >= 20
        && title.len() > heading.len()
        && title.ends_with(heading)
        && [" - ", " – ", ": ", " | "].iter().any(|sep| {
            title[..title.len() - heading.len()]
                .strip_suffix(sep)
                .is_some_and(|site| {
                    let site = site.to_lowercase();
                    site.contains("release") || site.contains("press") || score::is_issuer(&site)
                })
        })
}

/// `Declaration by the Ministry of Foreign Affair` (a forum's subject, cut
/// mid-word) or `Remarks by President … following the ... - Europa` (a
/// sharing site's title, cut and signed) over the text's own heading, which
/// the cut title opens: the heading is the whole of it.
pub(super) fn cut_short_of(heading: &str, title: &str) -> bool {
    let signed = [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| title.rsplit_once(sep).map(|(cut, _)| cut))
        .unwrap_or(title);
    let marked = signed.ends_with("...") || signed.ends_with('…');
    let cut = if marked {
        signed.trim_end_matches(['.', '…', ' '])
    } else {
        title
    };
    let (heading, cut) = (heading.to_lowercase(), cut.to_lowercase());
    // (The site's title printed twice is cut as short the second time.)
    let whole = !heading.contains("...") && !heading.contains('…');
    // Unmarked, the cut falls inside a word: a title that ends where a
    // word does may be whole, the heading below its longer form.
    let Some(rest) = heading.strip_prefix(&cut) else {
        return false;
    };
    let mid_word = rest.starts_with(char::is_alphanumeric);
    whole && (marked || mid_word) && cut.split_whitespace().count() >= 4 && !rest.is_empty()
}

/// ReliefWeb's tagline, which opens each page it serves.
const RELIEFWEB_TAGLINE: &str = "a service provided by UN OCHA";

/// On a ReliefWeb page: `Some(false)` for its tagline and its line of the
/// countries it files the text under (`Serbia + 9 more`), `Some(true)` for
/// the first line below them, the text's title; `None` elsewhere.
pub(super) fn reliefweb_title(lines: &[super::Line], i: usize) -> Option<bool> {
    let mut above = lines[..i].iter().filter(|l| !l.is_blank()).map(|l| l.text.trim());
    let line = lines[i].text.trim();
    if line.ends_with(RELIEFWEB_TAGLINE) {
        return Some(false);
    }
    let first = above.next()?;
    if !first.ends_with(RELIEFWEB_TAGLINE) {
        return None;
    }
    let countries = |t: &str| {
        t.rsplit_once(" + ").is_some_and(|(_, more)| {
            more.strip_suffix(" more")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    match (above.next(), above.next()) {
        (None, _) if countries(line) => Some(false),
        (None, _) => Some(true),
        (Some(tag), None) if countries(tag) => Some(true),
        _ => None,
    }
}

/// `Verklaring Hoge Vertegenwoordiger Ashton over Syrië (en)` over `Met dank
/// overgenomen van Raad van de Europese Unie (Raad), gepubliceerd op …`: a
/// reposting site's headline, its own translation, tagged with the language
/// of the original it credits on the next line; or that credit line.
pub(super) fn is_repost_banner(lines: &[super::Line], i: usize) -> bool {
    let credit = |l: &super::Line| l.text.trim_start().starts_with(REPOST_CREDIT);
    if credit(&lines[i]) {
        return lines[..i]
            .iter()
            .rev()
            .find(|l| !l.is_blank())
            .is_some_and(|l| language_tagged(l.text));
    }
    language_tagged(lines[i].text) && lines[i + 1..].iter().find(|l| !l.is_blank()).is_some_and(credit)
}

const REPOST_CREDIT: &str = "Met dank overgenomen van ";

/// `… over Syrië (en)`: a line ending with a language's two-letter code.
fn language_tagged(text: &str) -> bool {
    let text = text.trim_end();
    text.len() > 5
        && text
            .strip_suffix(')')
            .and_then(|t| t.get(t.len() - 4..))
            .is_some_and(|tag| {
                let b = tag.as_bytes();
                b[0] == b' ' && b[1] == b'(' && b[2].is_ascii_lowercase() && b[3].is_ascii_lowercase()
            })
}
