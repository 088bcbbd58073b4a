//! An archive's or site's own line introducing the text it reproduces
//! (`Below is the text of Mr Major's joint statement with President Jacques
//! Delors, …`), right above the text's heading (`STATEMENT BY PRIME MINISTER
//! JOHN MAJOR AND PRESIDENT JACQUES DELORS`): the heading is the text's
//! title; the page's headline above the line is the archive's name for it.

use super::super::header::clean;
use super::super::lines::Line;
use super::is_all_caps;
use super::score::names_genre;

/// How a site opens the line that introduces the text it reproduces.
const INTRO_OPENINGS: [&str; 5] = [
    "Below is the text of ",
    "Below is the full text of ",
    "The following is the text of ",
    "Following is the text of ",
    "Here is the full text of ",
];

/// How far down the page the introducing line is looked for, in lines shown.
const INTRO_LINES: usize = 15;

/// The heading right under a line that introduces the text: in capitals,
/// naming the text's kind, a few words at least (not a speaker's label,
/// `PRIME MINISTER:`, nor a sentence of the text).
pub(super) fn heading_under_intro(lines: &[Line]) -> Option<String> {
    let mut shown = lines.iter().filter(|l| !l.is_blank()).take(INTRO_LINES);
    shown.find(|l| INTRO_OPENINGS.iter().any(|o| l.text.trim_start().starts_with(o)))?;
    let heading = clean(shown.next()?.text);
    let ok = heading.split_whitespace().count() >= 4
        && heading.len() <= 250
        && is_all_caps(&heading)
        && names_genre(&heading.to_lowercase());
    ok.then_some(heading)
}

#[cfg(test)]
mod tests {
    use super::super::super::lines::split_lines;
    use super::*;

    #[test]
    fn a_capital_heading_under_the_archives_introduction_is_the_title() {
        let page = "Mr Major’s Joint Declaration with the Russian Federation – 30 January 1992\n\nBelow is the text of Mr Major’s Joint Declaration with the Russian Federation, issued on 30th January 1992.\n\n\nJOINT DECLARATION BY THE UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND AND THE RUSSIAN FEDERATION:\n\nThe United Kingdom and the Russian Federation are opening a new page in their relations.\n";
        assert_eq!(
            heading_under_intro(&split_lines(page)).as_deref(),
            Some(
                "JOINT DECLARATION BY THE UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND AND THE RUSSIAN FEDERATION:"
            )
        );
        // A speaker's label, or the text's first sentence, is no heading.
        let speech = "Mr Major’s Joint Arrival Statement with President Yeltsin – 24 September 1994\nBelow is the text of Mr Major’s joint arrival statement with President Yeltsin.\nPRIME MINISTER:\nI would like to welcome President Yeltsin.\n";
        assert_eq!(heading_under_intro(&split_lines(speech)), None);
        let prose = "The Lahore Declaration\nThe following is the text of the Lahore Declaration signed by the Prime Ministers.\nThe Prime Ministers of the Republic of India and the Islamic Republic of Pakistan:\n";
        assert_eq!(heading_under_intro(&split_lines(prose)), None);
    }
}
