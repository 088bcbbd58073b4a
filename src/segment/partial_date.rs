//! A title that names its day without the year (`Speech by … at the Sorbonne,
//! 21 January`) or its month without the day (`HELSINKI July 1992`), as a
//! sharing site's shortened page title does, is dated by the first full date
//! of the text's opening that agrees with it (`… 21 January 2019 …`,
//! `SUMMIT HELSINKI 9-10 July 1992`).

use super::body_date::announces;
use super::lines::floor_char_boundary as floor;
use crate::dates::{first_full_date_at, first_partial_date};

/// How many clauses open the text (a sharing site's chrome over its
/// transcription among them), and how far into each the date is looked
/// for, in bytes: the opening restates the heading; later dates are events.
const OPENING: usize = 6;
const REACH: usize = 1000;

/// The full date of the opening that completes the title's partial one.
pub fn completed_title_date<'a>(title: &str, texts: impl Iterator<Item = &'a str>) -> Option<String> {
    let (day, month, year) = first_partial_date(title)?;
    let agrees = |iso: &str| {
        let (y, rest) = iso.split_at(4);
        let (m, d) = (&rest[1..3], &rest[4..6]);
        m.parse() == Ok(month)
            && day.is_none_or(|day| d.parse() == Ok(day))
            && year.is_none_or(|year| y.parse() == Ok(year))
    };
    for t in texts.take(OPENING) {
        let mut rest = &t[..floor(t, REACH)];
        while let Some((at, iso)) = first_full_date_at(rest) {
            // (`… will address the briefing on Tuesday, 14 December 2021`: an
            // advisory's day to come dates no text, nor does its repeat below.)
            if agrees(&iso) {
                return (!announces(&rest[..at])).then_some(iso);
            }
            let next = rest[at..].find(' ').map_or(rest.len(), |s| at + s + 1);
            rest = &rest[next..];
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_titles_day_is_completed_by_the_opening() {
        let title = "Speech by Michel Barnier at the Sorbonne, 21 January The strategic affirmation of the Europeans.";
        let opening = ["1 Speech by Michel Barnier at the Sorbonne, 21 January 2019 The strategic affirmation …"];
        assert_eq!(
            completed_title_date(title, opening.into_iter()).as_deref(),
            Some("2019-01-21")
        );
        let title = "HELSINKI July 1992 CSCE HELSINKI DOCUMENT 1992 THE CHALLENGES OF CHANGE";
        let opening = ["1 Conference for Security and Co-operation in Europe 1992 SUMMIT HELSINKI 9-10 July 1992 CSCE"];
        assert_eq!(
            completed_title_date(title, opening.into_iter()).as_deref(),
            Some("1992-07-09")
        );
    }

    #[test]
    fn only_an_agreeing_date_completes_it() {
        let title = "Statement on 9 May";
        assert_eq!(
            completed_title_date(title, ["It met on 10 May 2020."].into_iter()),
            None
        );
        // A title with a full date, or none, is not completed.
        assert_eq!(
            completed_title_date("Statement of 9 May 2021", ["9 May 2020"].into_iter()),
            None
        );
        assert_eq!(
            completed_title_date("Joint statement", ["9 May 2020"].into_iter()),
            None
        );
        // A day to come, as an advisory announces it.
        let opening = [
            "The Minister will address the briefing on Tuesday, 14 December 2021.",
            "Date: 14 December 2021",
        ];
        assert_eq!(
            completed_title_date("Minister addresses briefing, 14 Dec", opening.into_iter()),
            None
        );
        // `may` is a verb.
        assert_eq!(
            completed_title_date("What 5 may bring", ["5 May 2020"].into_iter()),
            None
        );
    }
}
