//! People's names merged by their words: a name that opens one longer name
//! (`Abdullah bin Zayed` of `Abdullah bin Zayed Al Nahyan`), or ends it
//! (`Xanana Gusmão` of `Kay Rala Xanana Gusmão`), is that person.

use super::merge::{FastMap, without_suffix};
use crate::document::EntityKind;

/// Adds to `out` each name of two words or more that opens exactly one
/// longer name (or names already merged into one), as a Gulf text shortens
/// its rulers' names and a Mexican one drops the second surname
/// (`Claudia Sheinbaum` of `Claudia Sheinbaum Pardo`).
pub(super) fn heads_of_longer_names<'n>(
    names: &'n [(EntityKind, String)],
    out: &mut FastMap<(EntityKind, &'n str), &'n str>,
) {
    let people: Vec<(&str, Vec<&str>)> = names
        .iter()
        .filter(|(k, n)| *k == EntityKind::Person && n.contains(' '))
        .map(|(_, n)| (n.as_str(), without_suffix(n).split(' ').collect()))
        .collect();
    for (short, words) in &people {
        if out.contains_key(&(EntityKind::Person, short)) {
            continue;
        }
        let same = |a: &&str, b: &&str| a.eq_ignore_ascii_case(b);
        let longer_by = |opens: bool| {
            let mut longer: Vec<&str> = people
                .iter()
                .filter(|(_, w)| {
                    w.len() > words.len()
                        && if opens {
                            w.iter().zip(words).all(|(a, b)| same(a, b))
                        } else {
                            w.iter().rev().zip(words.iter().rev()).all(|(a, b)| same(a, b))
                        }
                })
                .map(|(n, _)| out.get(&(EntityKind::Person, *n)).copied().unwrap_or(n))
                .collect();
            longer.sort_unstable();
            longer.dedup();
            longer
        };
        // (`Xanana Gusmão` of `Kay Rala Xanana Gusmão`: or ends it, as a
        // text drops a leader's formal names after the first mention.)
        let mut longer = longer_by(true);
        if longer.is_empty() {
            longer = longer_by(false);
        }
        if let [long] = longer[..] {
            out.insert((EntityKind::Person, short), long);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(names: &[&str]) -> Vec<(String, String)> {
        let names: Vec<(EntityKind, String)> = names.iter().map(|n| (EntityKind::Person, n.to_string())).collect();
        let mut out = FastMap::default();
        heads_of_longer_names(&names, &mut out);
        let mut v: Vec<(String, String)> = out
            .into_iter()
            .map(|((_, a), b)| (a.to_string(), b.to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_name_that_opens_one_longer_name_is_that_person() {
        assert_eq!(
            merged(&["Abdullah bin Zayed", "Abdullah bin Zayed Al Nahyan", "Heiko Maas"]),
            vec![(
                "Abdullah bin Zayed".to_string(),
                "Abdullah bin Zayed Al Nahyan".to_string()
            )]
        );
    }

    #[test]
    fn a_name_that_ends_one_longer_name_is_that_person() {
        assert_eq!(
            merged(&["Kay Rala Xanana Gusmão", "Xanana Gusmão", "Anwar Ibrahim"]),
            vec![("Xanana Gusmão".to_string(), "Kay Rala Xanana Gusmão".to_string())]
        );
        assert!(merged(&["Maria Lopez Garcia", "Juan Lopez Garcia", "Lopez Garcia"]).is_empty());
    }

    #[test]
    fn a_name_that_opens_two_different_longer_names_stays_apart() {
        assert!(merged(&["John Smith", "John Smith Jones", "John Smith Brown"]).is_empty());
        // A one-word name is left to the surname rules.
        assert!(merged(&["Abdullah", "Abdullah bin Zayed"]).is_empty());
    }
}
