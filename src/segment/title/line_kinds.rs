//! What one line near a page's top looks like, asked by `classify.rs`: a
//! link back to a listing, a resolution's opening
//! organ, a UN agenda item, a menu's entry or slide, a share button, a
//! byline, a banner naming the kind of text, prose, a cable's serial, and a
//! page's metadata set as a list.

use super::super::header::clean;
use super::super::lines::{Line, bullet_marker};
use super::super::numbers::{document_number, nato_release, series_number};
use super::chrome::{LANGUAGES, is_chrome};
use super::fields::release_number;
use super::{Kind, is_all_caps};
use crate::dates::{first_full_date, first_full_date_at, parse_dateline};

/// `Agenda item 4`, `Agenda items 13 and 117`: a UN masthead's field.
pub(super) fn is_agenda_item(text: &str) -> bool {
    // `Seventy-third session Agenda item 74 (c)`: a UN masthead's session
    // and item, run onto one line.
    let text = match text.split_once(" session Agenda item") {
        Some((session, _)) if !session.contains(' ') => &text[session.len() + " session ".len()..],
        _ => text,
    };
    let Some(rest) = text
        .strip_prefix("Agenda item ")
        .or_else(|| text.strip_prefix("Agenda items "))
    else {
        return false;
    };
    rest.len() <= 24
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.split_whitespace().all(|w| {
            w.trim_matches(|c: char| matches!(c, ',' | '(' | ')'))
                .bytes()
                .all(|b| b.is_ascii_alphanumeric())
                && (w.starts_with(|c: char| c.is_ascii_digit() || c == '(') || w == "and")
        })
}

/// `< Back to previous page`, `« Back to list`, `← Back`: a site's link back
/// to the listing the page was opened from (`Back to top` closes a page).
pub(super) fn is_back_link(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['<', '«', '‹', '←', ' ']);
    if t.len() > 40 {
        return false;
    }
    let lower = t.to_lowercase();
    // (`Go back to the Europarl portal`: the European Parliament's.)
    let lower = lower.strip_prefix("go ").unwrap_or(&lower);
    lower == "back" || (lower.starts_with("back to ") && !lower.starts_with("back to top"))
}

/// `Transcript` alone on its line under a document-sharing site's widgets
/// (`Share this document with a friend`, `Was this document useful for
/// you?`, `Document related concepts`): the site's survey, counts and
/// related links stand above, and the document's own text begins below.
pub(super) fn is_sharing_transcript(above: &[Line], text: &str) -> bool {
    let t = text.trim();
    (t.eq_ignore_ascii_case("transcript") || t.eq_ignore_ascii_case("transcription"))
        && above.iter().any(|l| {
            let l = l.text.trim();
            l.len() <= 60
                && (l.eq_ignore_ascii_case("share this document with a friend")
                    || l.ends_with("Was this document useful for you?")
                    || l.eq_ignore_ascii_case("document related concepts")
                    || l.ends_with("wikipedia , lookup"))
        })
}

/// `Email not displaying correctly? View it in your browser.`, `View this
/// email in your browser`: a mailing's link to its web copy. What a mail
/// client shows above it is the mailing's preview text (its first lines
/// again), not its header.
pub(super) fn is_mail_web_link(text: &str) -> bool {
    if text.len() > 160 || !(text.contains("rowser") || text.contains("isplay") || text.contains("iewing")) {
        return false;
    }
    let lower = text.to_lowercase();
    [
        "in your browser",
        "in a browser",
        "in your web browser",
        "email not displaying",
        "e-mail not displaying",
        "trouble viewing this",
        "view this email",
        "view this e-mail",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// `The General Assembly,`, `The Human Rights Council,`, `Le Conseil de
/// sécurité,`: the line a resolution's or decision's text opens with.
pub(super) fn is_organ_opening(text: &str) -> bool {
    const ORGANS: &[&str] = &[
        "Assembly",
        "Council",
        "Conference",
        "Commission",
        "Committee",
        "Board",
        "Assemblée",
        "Conseil",
        "Asamblea",
        "Consejo",
    ];
    let Some(body) = text.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = body.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && matches!(words[0], "The" | "THE" | "Le" | "La" | "L'" | "El")
        && words.iter().any(|w| ORGANS.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// A menu's entry: a word or three, no sentence.
pub(super) fn is_menu_item(item: &str) -> bool {
    let item = item.trim_matches(['/', ' ', '|']);
    !item.is_empty()
        && item.split_whitespace().count() <= 3
        && item.chars().count() <= 30
        && !item.ends_with(['.', ':', ';', ','])
}

/// `• Latest Headlines` / `• Speeches` / `• Summit diplomacy` / `• President
/// LEE MYUNG-BAK`: a site's menu set as a list near the page's top, every item
/// a few words with no sentence's mark, under a masthead and over the
/// headline. A list of three items or more, all so, is no text's.
pub(super) fn in_menu_list(lines: &[Line], i: usize) -> bool {
    const TOP: usize = 40;
    let item = |l: &Line| {
        let t = l.text.trim_start();
        bullet_marker(t).is_some_and(|len| is_menu_item(&clean(&t[len..])))
    };
    let list = |l: &Line| bullet_marker(l.text.trim_start()).is_some();
    if i >= TOP {
        return false;
    }
    let first = lines[..i].iter().rposition(|l| !list(l)).map_or(0, |p| p + 1);
    let last = lines[i..].iter().position(|l| !list(l)).map_or(lines.len(), |p| i + p);
    last - first >= 3 && lines[first..last].iter().all(item)
}

/// Whether the next or the previous non-blank line is a list item too.
pub(super) fn beside_bullet(lines: &[Line], i: usize) -> bool {
    let bullet = |l: &Line| bullet_marker(l.text.trim_start()).is_some();
    lines[i + 1..].iter().find(|l| !l.is_blank()).is_some_and(bullet)
        || lines[..i].iter().rev().find(|l| !l.is_blank()).is_some_and(bullet)
}

/// Whether the next non-blank line is a page's share button, in any of the
/// languages whose sites put one under the headline.
pub(super) fn above_share_button(lines: &[Line], i: usize) -> bool {
    const BUTTONS: &[&str] = &[
        "compartir",
        "condividi",
        "del",
        "dela",
        "deila",
        "delen",
        "jaa",
        "partager",
        "share",
        "share this page",
        "teilen",
    ];
    let mut next = lines[i + 1..].iter().filter(|l| !l.is_blank());
    // (Asked of most header lines: a button's label is short, and only a short one is lower-cased.)
    let button = next.next().is_some_and(|l| {
        let t = l.text.trim();
        t.len() <= 16 && BUTTONS.contains(&t.to_lowercase().as_str())
    });
    // The text follows the button (a page's footer does not: `Share this page` / `Contact us`).
    button && next.next().is_some_and(|l| is_prose(&clean(l.text)))
}

/// Whether the two non-blank lines after line `i` are a headline (no
/// sentence, a line of its own) and a date line.
pub(super) fn headline_and_date_below(lines: &[Line], i: usize) -> bool {
    let mut next = lines[i + 1..].iter().filter(|l| !l.is_blank());
    let (Some(headline), Some(date)) = (next.next(), next.next()) else {
        return false;
    };
    let headline = clean(headline.text);
    let date = clean(date.text);
    !is_prose(&headline)
        && !headline.ends_with('.')
        && headline.split_whitespace().count() >= 4
        && date.len() <= 40
        && parse_dateline(&date).is_some_and(|(_, d)| d.is_some())
}

/// A sentence, or a long line: the body has begun. (Titles do not end with a
/// full stop; a short all-capitals line that does is still a heading.)
pub(super) fn is_prose(text: &str) -> bool {
    let chars = text.chars().count();
    let words = text.split_whitespace().count();
    let sentence = text.ends_with(['.', '!', '?', ';']) && words >= 4 && chars >= 60 && !is_all_caps(text);
    (chars > 250 && !is_long_heading(text, chars)) || (chars > 90 && text.ends_with(':')) || sentence
}

/// `Joint Statement on the Nagorno-Karabakh Conflict by Dmitry Medvedev,
/// President of the Russian Federation, Barack Obama, …`: a heading that
/// names the text's kind and every signatory runs long, but holds no
/// sentence's end.
fn is_long_heading(text: &str, chars: usize) -> bool {
    const OPENINGS: [&str; 12] = [
        "joint statement ",
        "statement ",
        "joint declaration ",
        "declaration ",
        "joint communiqué ",
        "joint communique ",
        "communiqué ",
        "remarks ",
        "readout ",
        "press statement ",
        "joint press statement ",
        "letter dated ",
    ];
    chars <= 420
        && !text.ends_with(['.', '!', '?', ';', ':', ','])
        && !text.contains(". ")
        && OPENINGS
            .iter()
            .any(|o| text.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
}

/// A page's metadata set as a list under its title (`• 26/10/2015`,
/// `• 752/15`, `• Press release`, `• 12:50`, `• Press Release (2008) 153`):
/// what the item states, or `None` for a list item of the text.
pub(super) fn header_bullet(item: &str) -> Option<Kind> {
    // `• 1 of 4 Frequently Asked Questions …`: a site's slideshow.
    if is_slide(item) {
        return Some(Kind::Chrome);
    }
    if item.is_empty() || item.chars().count() > 60 {
        return None;
    }
    // A site's language switcher (`• English`, `• Français`, `• العربية`).
    if LANGUAGES.contains(&item) {
        return Some(Kind::Chrome);
    }
    if let Some((place, date)) = parse_dateline(item) {
        return Some(Kind::Dateline(place, date));
    }
    if let Some(n) = document_number(item)
        .or_else(|| series_number(item))
        .or_else(|| release_number(item))
        .or_else(|| nato_release(item))
    {
        return Some(Kind::Number(n));
    }
    let lower = item.to_lowercase();
    let time = item.len() <= 5 && item.contains(':') && item.bytes().all(|b| b.is_ascii_digit() || b == b':');
    let kind_word = [
        "press release",
        "statement",
        "news",
        "communiqué",
        "speech",
        "remarks",
        // The Council's pages in its other languages.
        "communiqué de presse",
        "déclaration",
        "pressemitteilung",
        "erklärung",
        "comunicado de prensa",
        "declaración",
        "comunicato stampa",
        "dichiarazione",
        "persbericht",
        "verklaring",
        "pressmeddelande",
        "uttalande",
        "pressemeddelelse",
        "erklæring",
        "komunikat prasowy",
        "oświadczenie",
        "comunicado de imprensa",
        "declaração",
        "lehdistötiedote",
        // A transcript's kind (the German government's `Mitschrift Pressekonferenz`).
        "mitschrift pressekonferenz",
        "mitschrift",
        "transcript",
        "|",
    ]
    .contains(&lower.as_str());
    let issued = lower.starts_with("issued on ") || lower.starts_with("last updated");
    if time || kind_word || issued || is_chrome(item) {
        if issued && let Some(date) = first_full_date(item) {
            return Some(Kind::Dateline(None, Some(date)));
        }
        return Some(Kind::Chrome);
    }
    None
}

/// `1 of 4 …`, `Slide 2 of 5`: an item of a site's slideshow.
fn is_slide(item: &str) -> bool {
    let mut words = item.split_whitespace();
    let first = words.next().unwrap_or("");
    let n = if first.eq_ignore_ascii_case("slide") {
        words.next().unwrap_or("")
    } else {
        first
    };
    let of = words.next();
    let m = words.next().unwrap_or("");
    let number = |w: &str| !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    number(n) && of == Some("of") && number(m)
}

/// `European Commission - Statement`, `14.01.2016 - Press release`: a banner
/// naming the issuer (or the day) and the kind of text, above the title.
pub(super) fn is_kind_banner(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.chars().count() <= 100
        && lower
            .rsplit_once(" - ")
            .or_else(|| lower.rsplit_once(" – "))
            .is_some_and(|(_, kind)| super::kinds::is_kind_of_text(kind.trim()))
}

/// `Issued at the Ministerial Meeting of the North Atlantic Council …`,
/// `Adopted by the Peace and Security Council …`: where and by whom a text
/// was issued, printed under its title, never the title itself.
pub(super) fn is_byline(text: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "issued at ",
        "issued by ",
        "issued jointly ",
        "issued on ",
        "adopted at ",
        "adopted by ",
        "delivered at ",
        "delivered by ",
        "released by ",
    ];
    let head: String = text
        .trim_start_matches('(')
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    text.chars().count() <= 400 && OPENINGS.iter().any(|o| head.starts_with(o))
}

/// `by Executive Director Josette Sheeran`, `By Jane Smith`: an author's
/// byline under a page's headline: two to six words after `by`, each
/// capitalised as a name's is; not `by the Prime Minister`, which a wrapped
/// title goes on with, nor `By 2030`.
pub(super) fn is_author_byline(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("by ").or_else(|| text.strip_prefix("By ")) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let name_word = |w: &&str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().next().is_some_and(|d| d.is_lowercase() || d == '.')
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\u{2019}' | '\''))
    };
    text.len() <= 80 && (2..=6).contains(&words.len()) && words.iter().all(name_word)
}

/// `- 2021-01-26 Ministras G. Landsbergis susitinka su …`: an entry of a
/// site's listing of dated news, with another right over or under it; no
/// part of the text the page holds.
pub(super) fn is_dated_listing_entry(lines: &[Line], i: usize) -> bool {
    let entry = |l: &Line| {
        let t = l.text.trim_start();
        bullet_marker(t).is_some_and(|len| {
            let item = t[len..].trim();
            item.split_whitespace().count() >= 4 && first_full_date_at(item).is_some_and(|(at, _)| at == 0)
        })
    };
    let near = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_some_and(entry);
    entry(&lines[i]) && (near(i.checked_sub(1)) || near(Some(i + 1)))
}

/// `Artimiausi renginiai` (`Upcoming events`) right over such entries: the
/// listing's label, in whatever language.
pub(super) fn is_dated_listing_label(lines: &[Line], i: usize) -> bool {
    let text = lines[i].text.trim();
    text.split_whitespace().count() <= 5
        && !text.ends_with('.')
        && bullet_marker(text).is_none()
        && i + 1 < lines.len()
        && is_dated_listing_entry(lines, i + 1)
}

/// A telegram's serial as cables print it: `136. Secret`, `O.JA2754 SECRET
/// IMMEDIATE` (the serial, then its security grading and precedence), or
/// `Savingram 28, NEW YORK, 21 November 1949` (the kind of message, then its
/// serial, place and date).
pub(super) fn cable_number(text: &str) -> Option<(String, Option<String>)> {
    const KINDS: [&str; 7] = [
        "cablegram",
        "savingram",
        "telegram",
        "cable",
        "inward",
        "outward",
        "despatch",
    ];
    const GRADES: [&str; 12] = [
        "secret",
        "top",
        "confidential",
        "restricted",
        "unclassified",
        "immediate",
        "priority",
        "routine",
        "flash",
        "cypher",
        "clear",
        "o",
    ];
    if text.len() > 120 {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ':']).to_string();
    let is_serial = |w: &str| {
        let w = w.trim_end_matches([',', '.', ':']);
        (1..=12).contains(&w.len())
            && w.bytes().any(|b| b.is_ascii_digit())
            // `1965 Secret`: a year with a grading is no serial.
            && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit()))
            && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/')
    };
    let first = words.first()?;
    if words.len() >= 2 && KINDS.contains(&first.to_lowercase().as_str()) && is_serial(words[1]) {
        return Some((bare(words[1]), first_full_date(&words[2..].join(" "))));
    }
    let graded = words.len() >= 2
        && words.len() <= 5
        && words[1..]
            .iter()
            .all(|w| GRADES.contains(&w.trim_end_matches([',', '.']).to_lowercase().as_str()))
        // A grading is printed capitalised (`Secret`, `O`); `1. o.` is a paragraph.
        && words[1..].iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words[1..]
            .iter()
            .any(|w| !w.trim_end_matches([',', '.']).eq_ignore_ascii_case("o"));
    (graded && is_serial(first)).then(|| (bare(first), None))
}

/// `Heading` / `Heading | Palácio do Planalto, Brasília, 23 Maio 2025`: the
/// line above printed again with ` | `, a seat and a day: the place and the
/// (ISO) date of that caption.
pub(super) fn repeated_heading_dateline(lines: &[Line], i: usize) -> Option<(Option<String>, String)> {
    let (head, tail) = lines[i].text.trim().rsplit_once(" | ")?;
    let above = lines[..i].iter().rev().find(|l| !l.is_blank())?.text.trim();
    if !head.trim().eq_ignore_ascii_case(above) {
        return None;
    }
    // The caption's seat may name a building before its city.
    let words: Vec<&str> = tail.split(", ").collect();
    (0..words.len()).find_map(|k| match parse_dateline(&words[k..].join(", ")) {
        Some((place, Some(date))) => Some((place.or_else(|| (k > 0).then(|| words[..k].join(", "))), date)),
        _ => None,
    })
}
