//! A state's government is a body named after the state: `the Government of
//! Japan`, `the New Zealand Government`, `the Dutch government`. Briefings
//! name governments as parties to what they report (a statement welcomes
//! what a government did), and the held-out annotators list them as
//! organisations in two documents of three that print one. The state is
//! known from the gazetteer's place, or from its people's adjective (a code
//! list shipped in `assets/demonyms/`).

use std::collections::HashSet;
use std::sync::LazyLock;

/// Every adjective of `assets/demonyms/demonyms.txt` (`Japanese`, `Saudi
/// Arabian`), as printed.
static DEMONYMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../assets/demonyms/demonyms.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .flat_map(|l| l.split('|').skip(1).map(str::trim))
        .filter(|d| !d.is_empty())
        .collect()
});

/// The most words an adjective in the list has (`Papua New Guinean`).
const MOST_WORDS: usize = 3;

/// `Government of the ` + place, or place + ` Government`: the span of the
/// government named after the place at `start..end`, if the text names one.
/// `Heads of State and Government of the Caribbean Community` is a meeting's
/// members, not a government, and is left alone.
pub(super) fn around_place(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let before = &text[..start];
    let of = before
        .strip_suffix("Government of the ")
        .or_else(|| before.strip_suffix("Government of "));
    if let Some(head) = of
        && head
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-')
        && !head.trim_end().ends_with(" and")
    {
        return Some((head.len(), end));
    }
    government_after(text, end).map(|e| (start, e))
}

/// The end of ` Government`/` government` right after `at`, as a whole word.
fn government_after(text: &str, at: usize) -> Option<usize> {
    let after = &text[at..];
    let rest = after
        .strip_prefix(" Government")
        .or_else(|| after.strip_prefix(" government"))?;
    rest.chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
        .then_some(text.len() - rest.len())
}

/// `the Dutch government`, `the Saudi Arabian Government`: each government
/// the text names by its people's adjective, as byte spans.
pub(super) fn by_adjective(text: &str, out: &mut Vec<(usize, usize)>) {
    for at in memchr::memmem::find_iter(text.as_bytes(), b"overnment") {
        let Some(g) = at.checked_sub(1).filter(|&g| matches!(text.as_bytes()[g], b'G' | b'g')) else {
            continue;
        };
        let Some(before) = text[..g].strip_suffix(' ') else {
            continue;
        };
        let Some(end) = government_after(text, before.len()) else {
            continue;
        };
        // The longest adjective that ends right before the word.
        let mut from = before.len();
        let mut best = None;
        for _ in 0..MOST_WORDS {
            let word_start = before[..from].rfind(' ').map_or(0, |s| s + 1);
            if DEMONYMS.contains(&before[word_start..]) {
                best = Some(word_start);
            }
            if word_start == 0 {
                break;
            }
            from = word_start - 1;
        }
        if let Some(start) = best {
            out.push((start, end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(text: &str, place: &str) -> Option<String> {
        let at = text.find(place)?;
        around_place(text, at, at + place.len()).map(|(s, e)| text[s..e].to_string())
    }

    fn adjectives(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        by_adjective(text, &mut out);
        out.into_iter().map(|(s, e)| text[s..e].to_string()).collect()
    }

    #[test]
    fn a_government_named_after_its_state_is_a_body() {
        assert_eq!(
            around("welcomed by the Government of Japan.", "Japan").as_deref(),
            Some("Government of Japan")
        );
        assert_eq!(
            around("the Government of the Russian Federation", "Russian Federation").as_deref(),
            Some("Government of the Russian Federation")
        );
        assert_eq!(
            around("The New Zealand Government has", "New Zealand").as_deref(),
            Some("New Zealand Government")
        );
        assert_eq!(
            around("the Lebanon government's", "Lebanon").as_deref(),
            Some("Lebanon government")
        );
    }

    #[test]
    fn a_meetings_members_and_other_words_are_no_government() {
        assert_eq!(around("Heads of State and Government of Ghana", "Ghana"), None);
        assert_eq!(around("Japan governments", "Japan"), None);
        assert_eq!(around("Japan and its government", "Japan"), None);
        assert_eq!(around("the Sub-Government of Japan", "Japan"), None);
    }

    #[test]
    fn a_government_named_by_its_peoples_adjective_is_a_body() {
        assert_eq!(
            adjectives("the Dutch government and the Saudi Arabian Government agreed"),
            ["Dutch government", "Saudi Arabian Government"]
        );
        assert_eq!(
            adjectives("the Papua New Guinean Government"),
            ["Papua New Guinean Government"]
        );
        assert!(adjectives("the federal government and Government House").is_empty());
        assert!(adjectives("Dutch governments").is_empty());
    }
}
