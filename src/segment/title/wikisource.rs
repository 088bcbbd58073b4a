//! A Wikisource page: its page title, `From Wikisource`, then the header
//! template (the work's title with its year, its author) and the template's
//! data run into one line (`568589Joint Communiqué on … Maldives1972
//! Governments of China and Maldives`), all above the text. None of it is the
//! text's own heading; the template's title names the work when the text
//! prints no heading.

use super::super::lines::Line;

/// The site's line under the page title.
const FROM: &str = "From Wikisource";
/// How far below it the template's data line stands.
const TEMPLATE_LINES: usize = 8;

/// Whether line `i` is a Wikisource header template's data line, the last
/// line of the site's header.
pub(super) fn is_template_end(lines: &[Line], i: usize) -> bool {
    let text = lines[i].text.trim();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits >= 3
        && text[digits..].starts_with(|c: char| c.is_alphabetic())
        && from_line(lines).is_some_and(|from| from < i && i - from <= TEMPLATE_LINES)
}

/// The template's title (`Joint Communiqué on … Maldives (1972)`), less the
/// year the template adds, which is no part of the work's name unless the
/// work is a resolution, named with its year (`Resolution 135 (1960)`).
pub(super) fn template_title(lines: &[Line]) -> Option<String> {
    let from = from_line(lines)?;
    let title = lines[from + 1..]
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .take_while(|t| t.bytes().next().is_some_and(|b| !b.is_ascii_digit()))
        .find(|t| !t.starts_with("Jump to"))?;
    let bare = title
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .filter(|(_, year)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .map(|(name, _)| name);
    Some(match bare {
        Some(name) if !name.contains("Resolution") => name.to_string(),
        _ => title.to_string(),
    })
}

/// The `From Wikisource` line, near the page's top.
fn from_line(lines: &[Line]) -> Option<usize> {
    lines.iter().take(TEMPLATE_LINES).position(|l| l.text.trim() == FROM)
}

#[cfg(test)]
mod tests {
    use super::super::super::lines::split_lines;
    use super::*;

    #[test]
    fn the_templates_data_line_ends_the_sites_header_and_its_title_loses_the_year() {
        let text = "Jump to content\n\nChina Maldives Communique\n\nFrom Wikisource\nJoint Communiqué on the Establishment of Diplomatic Relations (1972)\nGovernments of China and Maldives\n568589Joint Communiqué on the Establishment of Diplomatic Relations1972Governments of China and Maldives\n\nThe Government of the People's Republic of China agreed.\n";
        let lines = split_lines(text);
        let end = lines.iter().position(|l| l.text.starts_with("568589")).unwrap();
        assert!(is_template_end(&lines, end));
        assert!(!is_template_end(&lines, 0));
        assert_eq!(
            template_title(&lines).as_deref(),
            Some("Joint Communiqué on the Establishment of Diplomatic Relations")
        );
        let resolution = "From Wikisource\nUnited Nations Security Council Resolution 135 (1960)\nthe United Nations\n10165United Nations Security Council Resolution 135the United Nations\n";
        assert_eq!(
            template_title(&split_lines(resolution)).as_deref(),
            Some("United Nations Security Council Resolution 135 (1960)")
        );
        // A figure opening a line elsewhere is the text's own.
        assert!(!is_template_end(&split_lines("2019Report of the Board\n"), 0));
    }
}
