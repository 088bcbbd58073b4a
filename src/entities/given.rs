//! Given names of many cultures (`assets/names/given.txt`, built from Faker's
//! person providers, MIT, by `scripts/build-given-names`, and `given-extra.txt`,
//! names of public office-holders the tables lack): a capitalised pair
//! that opens with one is a person with no role cue (`… said Jonas Gahr Støre`).

use std::sync::OnceLock;

static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();

fn names() -> &'static [&'static str] {
    NAMES.get_or_init(|| {
        let files = [
            include_str!("../../assets/names/given.txt"),
            include_str!("../../assets/names/given-extra.txt"),
        ];
        let mut v: Vec<&'static str> = files
            .iter()
            .flat_map(|f| f.lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Whether `w` (as written: `Jonas`, or `JONAS` in a capitals line) is a known given name.
pub fn is_given_name(w: &str) -> bool {
    let names = names();
    if names.binary_search(&w).is_ok() {
        return true;
    }
    // `JONAS` is looked up as `Jonas`; a word of one case only is.
    let mut chars = w.chars();
    match chars.next() {
        Some(first) if w.len() > 2 && chars.as_str().chars().all(char::is_uppercase) => {
            let title: String = std::iter::once(first)
                .chain(chars.flat_map(char::to_lowercase))
                .collect();
            names.binary_search(&title.as_str()).is_ok()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_given_names_of_many_cultures_and_not_common_words() {
        for n in [
            "John", "Jonas", "Mohammed", "Kofi", "Ursula", "Sergey", "JONAS", "Joe", "Narendra", "Xi",
        ] {
            assert!(is_given_name(n), "{n}");
        }
        for w in ["Will", "May", "Doctor", "Council", "China", "jonas", "Press", "Media"] {
            assert!(!is_given_name(w), "{w}");
        }
    }
}
