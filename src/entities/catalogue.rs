//! An archive's record of a speech or release names its speaker surname
//! first, on a line of its own (`Hawke, Robert`, `• Keating, Paul John`),
//! as the Australian PM Transcripts and library catalogues print it.

use super::given;

/// The spans of `Surname, Given` lines in `text`, the given name a known one.
pub(super) fn surname_first(text: &str, out: &mut Vec<(usize, usize)>) {
    if text.len() >= 400 || !text.contains(", ") {
        return;
    }
    let mut at = 0;
    for line in text.split('\n') {
        let bare = line.trim_start_matches(['•', '*', '-', '·', ' ']);
        let start = at + line.len() - bare.len();
        at += line.len() + 1;
        if let Some(end) = catalogue_name(bare) {
            out.push((start, start + end));
        }
    }
}

/// `Surname, Given` or `Surname, Given Given` as a whole text, the given
/// name a known one: the end of the name.
fn catalogue_name(text: &str) -> Option<usize> {
    if text.len() > 60 {
        return None;
    }
    let (surname, given) = text.trim_end().split_once(", ")?;
    let name_word = |w: &str| {
        w.len() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'')
    };
    // (`Menzies, Sir Robert Gordon`: a knight's or dame's title before the given names.)
    let given = ["Sir ", "Dame ", "Dr ", "Dr. "]
        .iter()
        .find_map(|t| given.strip_prefix(t))
        .unwrap_or(given);
    let givens: Vec<&str> = given.split(' ').collect();
    (name_word(surname)
        && (1..=2).contains(&givens.len())
        && givens.iter().all(|w| name_word(w))
        && given::is_given_name(givens[0]))
    .then(|| text.trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_surname_and_given_names_is_a_name() {
        assert_eq!(catalogue_name("Hawke, Robert"), Some(13));
        assert_eq!(catalogue_name("Keating, Paul John"), Some(18));
        assert_eq!(catalogue_name("Menzies, Sir Robert Gordon"), Some(26));
        assert_eq!(catalogue_name("Paris, Xqzt"), None);
        assert_eq!(catalogue_name("Yes, Robert and the others went on"), None);
        let mut out = Vec::new();
        let text = "Released by:\n  • Bowen, Lionel";
        surname_first(text, &mut out);
        assert_eq!(
            out.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(),
            ["Bowen, Lionel"]
        );
    }
}
