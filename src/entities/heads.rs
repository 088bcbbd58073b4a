//! A body named in full and then by its head word alone: `the Commission`
//! after `the European Commission`, `the Union` after `the European Union`,
//! `the Assembly` after `the General Assembly`. The head word is an alias of
//! the one body the document names with it. `the Council` is left alone in
//! a text that names a European body: there it is the Council of the EU, not
//! the European Council nor a configuration (`Foreign Affairs Council`).

/// Head words that stand for the body named in full before.
const HEADS: &[&str] = &["Commission", "Union", "Parliament", "Assembly", "Council"];

/// The head-word aliases of a document, from its organisations' names (each
/// name with its canonical form): `(head, canonical)`.
pub(super) fn head_aliases<'a>(names: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(&'static str, String)> {
    let mut found: Vec<(&'static str, &'a str)> = Vec::new();
    let mut european = false;
    for (surface, canonical) in names {
        european |= canonical.contains("Europe") || surface.contains("Europe");
        let Some(head) = HEADS.iter().find(|h| {
            surface.strip_suffix(**h).is_some_and(|before| {
                before.ends_with(' ') && before.trim().chars().next().is_some_and(char::is_uppercase)
            })
        }) else {
            continue;
        };
        if !found.iter().any(|&(h, c)| h == *head && c == canonical) {
            found.push((head, canonical));
        }
    }
    HEADS
        .iter()
        .filter(|&&head| !(head == "Council" && european))
        .filter_map(|&head| {
            let mut bodies = found.iter().filter(|(h, _)| *h == head);
            match (bodies.next(), bodies.next()) {
                (Some((_, canonical)), None) => Some((head, canonical.to_string())),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_word_stands_for_the_one_body_named_with_it() {
        let names = [
            ("European Commission", "European Commission"),
            ("EU", "European Union"),
            ("European Union", "European Union"),
            ("Security Council", "United Nations Security Council"),
            ("General Assembly", "United Nations General Assembly"),
            ("Economic and Social Council", "Economic and Social Council"),
        ];
        let a = head_aliases(names.into_iter());
        assert!(a.contains(&("Commission", "European Commission".to_string())), "{a:?}");
        assert!(a.contains(&("Union", "European Union".to_string())), "{a:?}");
        assert!(
            a.contains(&("Assembly", "United Nations General Assembly".to_string())),
            "{a:?}"
        );
        // Two councils: `the Council` could be either.
        assert!(!a.iter().any(|(h, _)| *h == "Council"), "{a:?}");
        let a = head_aliases(
            [
                ("Foreign Affairs Council", "Foreign Affairs Council"),
                ("EU", "European Union"),
            ]
            .into_iter(),
        );
        assert!(!a.iter().any(|(h, _)| *h == "Council"), "{a:?}");
        let a = head_aliases([("Security Council", "United Nations Security Council")].into_iter());
        assert!(
            a.contains(&("Council", "United Nations Security Council".to_string())),
            "{a:?}"
        );
    }
}
