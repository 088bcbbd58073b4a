//! The Official Journal's running head over an act it prints (`23.12.2015` /
//! `EN` / `Official Journal of the European Union` / `C 434/24`), on one line
//! or broken over several as a copy of the page may: the Journal's day and
//! page, neither the act's date nor its number.

use crate::segment::lines::Line;

/// How many non-blank lines apart the parts of one running head may stand.
const HEAD_REACH: usize = 3;

/// Whether line `i` is the running head, or a part of it beside the line
/// that names the Journal.
pub(super) fn in_running_head(lines: &[Line], i: usize) -> bool {
    let text = lines[i].text.trim();
    if names_journal(text) {
        return true;
    }
    let part = text == "EN" || is_figures_day(text) || is_series_page(text);
    let near = |ls: &mut dyn Iterator<Item = &Line>| {
        ls.filter(|l| !l.is_blank())
            .take(HEAD_REACH)
            .any(|l| names_journal(l.text.trim()))
    };
    part && (near(&mut lines[..i].iter().rev()) || near(&mut lines[i + 1..].iter()))
}

/// `2006 EN Official Journal of the European Union C 45 E/107`: the Journal's
/// name, after its day (or what a line break left of it) and language, before
/// its series and page, and nothing else.
fn names_journal(text: &str) -> bool {
    const NAMES: [&str; 2] = [
        "Official Journal of the European Union",
        "Official Journal of the European Communities",
    ];
    // (Asked of every line of a head: one search for what both names share.)
    let Some(at) = text.find("Official Journal of the European ") else {
        return false;
    };
    let Some(name) = NAMES.iter().find(|n| text[at..].starts_with(**n)) else {
        return false;
    };
    let before = text[..at].split_whitespace().all(|w| w == "EN" || is_figures_day(w));
    let after = text[at + name.len()..].trim();
    before && (after.is_empty() || is_series_page(after))
}

/// `23.12.2015`, `23.2.`, `2006`: the Journal's day in figures, or a part of it.
fn is_figures_day(text: &str) -> bool {
    !text.is_empty() && text.len() <= 10 && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// `C 434/24`, `L 119/1`, `C 45 E/107`: the series, issue and page; the
/// older Journal's `No C 268/ 125`, its issue numbered and a space after the
/// stroke as its copies print it.
fn is_series_page(text: &str) -> bool {
    let text = text
        .strip_prefix("No ")
        .or_else(|| text.strip_prefix("No. "))
        .unwrap_or(text);
    let joined;
    let text = if text.contains("/ ") {
        joined = text.replace("/ ", "/");
        joined.as_str()
    } else {
        text
    };
    let mut words = text.split_whitespace();
    let series = matches!(words.next(), Some("C" | "L"));
    let rest: Vec<&str> = words.collect();
    let page = |w: &str| {
        w.split_once('/').is_some_and(|(issue, page)| {
            !page.is_empty()
                && page.bytes().all(|b| b.is_ascii_digit())
                && issue.trim_end_matches('E').bytes().all(|b| b.is_ascii_digit())
        })
    };
    series
        && match rest.as_slice() {
            [issue_page] => page(issue_page),
            [issue, page_e] => issue.bytes().all(|b| b.is_ascii_digit()) && page(page_e),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    fn head_lines(text: &str) -> Vec<bool> {
        let lines = split_lines(text);
        (0..lines.len()).map(|i| in_running_head(&lines, i)).collect()
    }

    #[test]
    fn the_journals_head_on_one_line_or_broken_over_several() {
        assert_eq!(
            head_lines("23.12.2015\n\nEN\n\nOfficial Journal of the European Union\n\nC 434/24\n\nP7_TA(2012)0470"),
            [true, false, true, false, true, false, true, false, false]
        );
        assert_eq!(
            head_lines("23.2.\n\n2006 EN Official Journal of the European Union C 45 E/107\n\nThursday 28 April 2005"),
            [true, false, true, false, false]
        );
        assert_eq!(
            head_lines(
                "4 . 10 . 93 Official Journal of the European Communities No C 268/ 125\n\nThursday, 16 September 1993"
            ),
            [true, false, false]
        );
    }

    #[test]
    fn a_sentence_citing_the_journal_is_no_head() {
        assert_eq!(
            head_lines("It was published in the Official Journal of the European Union C 45.\n12.3.2020"),
            [false, false]
        );
    }
}
