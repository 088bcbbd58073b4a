//! A catalogue record's title label alone on its line with the value on the
//! next (`Full Title` / `Joint communique of the Sixth Ministerial Meeting of
//! the Asian and Pacific Council. Manila, July 16, 1971.`), as a treaty
//! database or an archive prints its fields.

use crate::dates::parse_dateline;
use crate::segment::lines::Line;

/// How many non-blank lines into the text the record's label may stand.
const REACH: usize = 12;

/// Whether `text` is a title label and nothing else.
pub(super) fn is_title_label(text: &str) -> bool {
    matches!(
        text.trim().trim_end_matches(':'),
        "Title"
            | "TITLE"
            | "Full Title"
            | "Full title"
            | "Official Title"
            | "Official title"
            | "Titre"
            | "Título"
            | "Titel"
            | "Titolo"
    )
}

/// The value under the first title label, without the place and day a
/// record's title closes with (`… Council. Manila, July 16, 1971.`).
pub(super) fn title_under_label(lines: &[Line]) -> Option<String> {
    let mut shown = lines.iter().filter(|l| !l.is_blank()).take(REACH + 1);
    shown.position(|l| is_title_label(l.text))?;
    let value = shown.next()?.text.trim();
    if !(8..=300).contains(&value.len()) || is_title_label(value) {
        return None;
    }
    // (`… Council. Manila, July 16, 1971.`, `… Meeting, Canberra, June
    // 27-28, 1972`: the place and day after a full stop or a comma.)
    let dated_tail =
        |tail: &str| tail.len() <= 60 && parse_dateline(tail.trim_end_matches('.')).is_some_and(|(_, d)| d.is_some());
    let cut = value
        .match_indices([',', '.'])
        .map(|(i, _)| i)
        .find(|&i| value[i + 1..].starts_with(' ') && i >= 8 && dated_tail(value[i + 1..].trim()));
    let value = cut.map_or(value, |i| &value[..i]);
    Some(value.trim_end_matches('.').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    #[test]
    fn the_value_under_a_records_title_label() {
        let record = "Full Title\nJoint communique of the Sixth Ministerial Meeting of the Asian and Pacific Council. Manila, July 16, 1971.\nShort Title\nTreaties, etc.";
        assert_eq!(
            title_under_label(&split_lines(record)).as_deref(),
            Some("Joint communique of the Sixth Ministerial Meeting of the Asian and Pacific Council")
        );
        let record = "Full Title\nFinal communique of the Seventeenth SEATO Ministerial Council Meeting, Canberra, June 27-28, 1972\nShort Title";
        assert_eq!(
            title_under_label(&split_lines(record)).as_deref(),
            Some("Final communique of the Seventeenth SEATO Ministerial Council Meeting")
        );
        let archive =
            "Reference code\nZA COM MR-S-394\nTitle\nSpeech by President Nelson Mandela at a State Banquet\nDate(s)";
        assert_eq!(
            title_under_label(&split_lines(archive)).as_deref(),
            Some("Speech by President Nelson Mandela at a State Banquet")
        );
        // No label, or a label over another label, gives nothing.
        assert_eq!(
            title_under_label(&split_lines("Joint communique\nManila, 16 July 1971")),
            None
        );
        assert_eq!(title_under_label(&split_lines("Title\nTitre\nSomething")), None);
    }
}
