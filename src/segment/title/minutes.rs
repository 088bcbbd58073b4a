//! The European Parliament's minutes and its bodies' (`MINUTES` / `of the
//! sitting of` / `Thursday` / `16 March 2017`, a cover setting each part on a
//! line of its own, or a flattened PDF running them into one): the heading is
//! the word `MINUTES` through the sitting's day, wherever the cover's symbols,
//! term and building stand around it.

use super::super::lines::{Line, floor_char_boundary};
use super::super::numbers::series_number;
use crate::dates::{first_full_date, is_weekday};

/// How far into the text a cover's heading is looked for, in lines shown.
const COVER_LINES: usize = 40;

/// How far into a line the heading is looked for, in bytes.
const LINE_REACH: usize = 400;

/// The minutes' heading, the sitting's day and the minutes' symbol
/// (`P8_PV(2017)03-16`, `PE-7/CPG/PV/2011-14`), from the text's cover.
pub(super) fn minutes_heading(lines: &[Line]) -> Option<(String, Option<String>, Option<String>)> {
    // Asked of every text: most never print the word. (A flattened cover
    // is one long line: its start only.)
    let shown = || {
        lines
            .iter()
            .filter(|l| !l.is_blank())
            .take(COVER_LINES)
            .map(|l| l.text[..floor_char_boundary(l.text, LINE_REACH)].trim())
    };
    static WORD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("MINUTES"));
    if !shown().any(|l| WORD.find(l.as_bytes()).is_some()) {
        return None;
    }
    let cover: Vec<&str> = shown().collect();
    let words: Vec<&str> = cover.iter().flat_map(|l| l.split_whitespace()).collect();
    let (heading, date) = (0..words.len()).find_map(|i| heading_at(&words, i))?;
    let symbol = words
        .iter()
        .filter(|w| w.contains("_PV(") || (w.starts_with("PE-") && w.contains("/PV/")))
        .find_map(|w| series_number(w).filter(|n| n == w));
    Some((heading, date, symbol))
}

/// `MINUTES of the [ordinary] meeting|sitting of <weekday> <day> <month> <year>`
/// starting at word `i`.
fn heading_at(words: &[&str], i: usize) -> Option<(String, Option<String>)> {
    if words[i] != "MINUTES" || words.get(i + 1..i + 3) != Some(&["of", "the"]) {
        return None;
    }
    // `of the ordinary meeting of`, `of the sitting of`: a few words to the
    // `of` that names the day.
    let of = (i + 3..words.len().min(i + 8)).find(|&j| words[j] == "of")?;
    if !words.get(of + 1).is_some_and(|w| is_weekday(w.trim_end_matches(','))) {
        return None;
    }
    // The day runs to its year (`16 March 2017`, `5October 2017` glued).
    let year = (of + 2..words.len().min(of + 6)).find(|&k| {
        let w = words[k];
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
    })?;
    let day = words[of + 2..=year].join(" ");
    let date = first_full_date(&day).or_else(|| crate::dates::unmangled(&day, false).and_then(|d| first_full_date(&d)));
    Some((words[i..=year].join(" "), date))
}

#[cfg(test)]
mod tests {
    use super::super::super::lines::split_lines;
    use super::*;

    #[test]
    fn a_cover_set_a_part_a_line_and_a_flattened_one_give_the_same_heading() {
        let cover =
            "2017 - 2018\n\nMINUTES\n\nof the sitting of\n\nThursday\n\n16 March 2017\n\nP8_PV(2017)03-16 PE 601.336\n";
        assert_eq!(
            minutes_heading(&split_lines(cover)),
            Some((
                "MINUTES of the sitting of Thursday 16 March 2017".to_string(),
                Some("2017-03-16".to_string()),
                Some("P8_PV(2017)03-16".to_string())
            ))
        );
        let flat = "PV CPG 05.05.2011 PE 463.602/CPG EN EN PE-7/CPG/PV/2011-14 EUROPEAN PARLIAMENT CONFERENCE OF PRESIDENTS MINUTES of the ordinary meeting of Thursday 5 May 2011 PHS Building, Room 06B 01 Brussels\n";
        let (heading, _, symbol) = minutes_heading(&split_lines(flat)).unwrap();
        assert_eq!(heading, "MINUTES of the ordinary meeting of Thursday 5 May 2011");
        assert_eq!(symbol.as_deref(), Some("PE-7/CPG/PV/2011-14"));
        // Minutes named in a sentence, with no sitting's day, are no heading.
        let prose = "The Conference approved the MINUTES of the meeting of the Bureau and its annexes.\n";
        assert_eq!(minutes_heading(&split_lines(prose)), None);
    }
}
