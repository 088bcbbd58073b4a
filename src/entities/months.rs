//! A month named alone as a time (`in October`, `until September`, `this
//! July`): a date, read from the tokens, whose calendar bit the tokenizer has
//! already looked up, so that the many clauses without a digit cost no scan.
//! A month with its day or year is the patterns' (`October 3`, `June 2020`).

use super::names::RuleHit;
use super::tokens::Token;
use super::vocab::CALENDAR;
use crate::document::EntityKind;

/// Words that make the month after them a time.
const CUES: &[&str] = &[
    "in", "In", "since", "Since", "until", "Until", "by", "By", "before", "after", "during", "During", "from", "From",
    "this", "next", "last", "early", "late", "mid",
];

/// Adds a date hit for each month standing alone after a cue.
pub(super) fn find_bare_months(text: &str, t: &[Token], hits: &mut Vec<RuleHit>) {
    for k in 1..t.len() {
        let month = &t[k];
        if !month.is(&CALENDAR) || !is_month(month.text) || !CUES.contains(&t[k - 1].text) {
            continue;
        }
        // `in June 2020`, `in May 5`: the patterns read the whole date.
        let rest = text[month.end..].trim_start_matches([' ', ',']);
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        hits.push(RuleHit {
            start: month.start,
            end: month.end,
            kind: EntityKind::Date,
            canonical: None,
        });
    }
}

fn is_month(w: &str) -> bool {
    crate::dates::month_number(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::tokenize_into;

    fn months(text: &str) -> Vec<&str> {
        let mut t = Vec::new();
        tokenize_into(text, &mut t);
        let mut hits = Vec::new();
        find_bare_months(text, &t, &mut hits);
        hits.iter().map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn a_month_after_a_cue_is_a_date_and_one_with_its_day_or_year_is_not_read_here() {
        assert_eq!(
            months("It meets in October and again this July, until September. In June 2020, on May 5, in May 5."),
            ["October", "July", "September"]
        );
        assert!(months("May the meeting succeed. The March on Rome. We may go in Monday.").is_empty());
    }
}
