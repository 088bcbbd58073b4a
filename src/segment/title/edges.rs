//! What a title's edges carry that is no part of it: a feed's source tag
//! before it (`(EEAS) Remarks by …` as a repost prints it) and, after it, the
//! Official Journal's notice number (`PROCEEDINGS OF THE SITTING OF …
//! (93/C 268/04)`), which is the text's number in the Journal.

use crate::document::Metadata;

/// Cuts a source tag off the title's start and a Journal notice number off
/// its end (with whatever a run of lines joined after it); the notice number
/// is the number when the header named none.
pub(super) fn trim_edges(meta: &mut Metadata) {
    let Some(title) = meta.title.as_mut() else {
        return;
    };
    if let Some(rest) = without_source_tag(title) {
        *title = rest.to_string();
    }
    if let Some((at, notice)) = notice_number(title) {
        title.truncate(at);
        title.truncate(title.trim_end().len());
        meta.number = meta.number.take().or(Some(notice));
    }
    if meta.title.as_deref().is_some_and(str::is_empty) {
        meta.title = None;
    }
}

/// `(EEAS) Remarks by …`, `(AFP) …`: one word in brackets, a capital after.
/// (No gold title of the development set opens with a bracket.)
fn without_source_tag(title: &str) -> Option<&str> {
    let inner_end = title.strip_prefix('(')?.find(") ")? + 1;
    let tag = &title[1..inner_end];
    let rest = &title[inner_end + 2..];
    ((2..=12).contains(&tag.chars().count())
        && tag.chars().all(char::is_alphabetic)
        && tag.starts_with(char::is_uppercase)
        && rest.starts_with(char::is_uppercase)
        && rest.len() >= 12)
        .then_some(rest)
}

/// `(93/C 268/04)`, `(2015/C 434/03)`, `(2006/C 45 E/01)` in the title: where
/// its bracket opens and the number inside.
fn notice_number(title: &str) -> Option<(usize, String)> {
    title.match_indices('(').find_map(|(at, _)| {
        let close = title[at..].find(')')? + at;
        let inner = &title[at + 1..close];
        is_notice_number(inner).then(|| (at, inner.to_string()))
    })
}

fn is_notice_number(s: &str) -> bool {
    let digits =
        |w: &str, n: std::ops::RangeInclusive<usize>| n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let Some((year, rest)) = s.split_once("/C ") else {
        return false;
    };
    let Some((issue, serial)) = rest.split_once('/') else {
        return false;
    };
    let issue = issue.strip_suffix(" E").unwrap_or(issue);
    (year.len() == 2 || year.len() == 4) && digits(year, 2..=4) && digits(issue, 1..=3) && digits(serial, 2..=3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(title: &str, number: Option<&str>) -> (Option<String>, Option<String>) {
        let mut meta = Metadata {
            title: Some(title.to_string()),
            number: number.map(str::to_string),
            ..Metadata::default()
        };
        trim_edges(&mut meta);
        (meta.title, meta.number)
    }

    #[test]
    fn a_feeds_source_tag_is_cut_off() {
        let (title, _) = trimmed("(EEAS) Remarks by High Representative Federica Mogherini", None);
        assert_eq!(
            title.as_deref(),
            Some("Remarks by High Representative Federica Mogherini")
        );
        // A bracket holding more than one word, or a figure, stays.
        let kept = "(OR. en) PRESSE 46 OUTCOME OF THE COUNCIL MEETING";
        assert_eq!(trimmed(kept, None).0.as_deref(), Some(kept));
        let kept = "(2) Statement on the situation in the Middle East";
        assert_eq!(trimmed(kept, None).0.as_deref(), Some(kept));
    }

    #[test]
    fn the_journals_notice_number_ends_the_title_and_numbers_it() {
        let (title, number) = trimmed(
            "PROCEEDINGS OF THE SITTING OF THURSDAY, 16 SEPTEMBER 1993 (93/C 268/04) PART I",
            None,
        );
        assert_eq!(
            title.as_deref(),
            Some("PROCEEDINGS OF THE SITTING OF THURSDAY, 16 SEPTEMBER 1993")
        );
        assert_eq!(number.as_deref(), Some("93/C 268/04"));
        let (title, number) = trimmed("Council conclusions on Ukraine (2015/C 45 E/01)", Some("1234/15"));
        assert_eq!(title.as_deref(), Some("Council conclusions on Ukraine"));
        assert_eq!(number.as_deref(), Some("1234/15"));
        // Any other bracket is the title's own.
        let kept = "Resolution 1244 (1999) on Kosovo (S/RES/1244)";
        assert_eq!(trimmed(kept, None), (Some(kept.to_string()), None));
    }
}
