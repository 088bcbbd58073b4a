//! A body named in full and then by its head word alone: `the Commission`
//! after `the European Commission`, `the Union` after `the European Union`,
//! `the Assembly` after `the General Assembly`. The head word is an alias of
//! the one body the document names with it. In a text that names a European
//! body and no council outside the Union, `the Council` is the Council of the
//! EU, whether or not the text names it in full: the European Council and
//! the configurations (`Foreign Affairs Council`) are always named in full.
//! Beside another council (`Peace and Security Council`, `Security Council`)
//! it is left alone: an AU or UN text that mentions the EU may mean its own;
//! not beside one named with its organisation (`UN Security Council`), as a
//! European text names it and the organisation's own texts do not.

/// Head words that stand for the body named in full before.
const HEADS: &[&str] = &["Commission", "Union", "Parliament", "Assembly", "Council"];

/// The Union's body each head word stands for in a European text.
const EU_BODIES: &[(&str, &str)] = &[
    ("Council", "Council of the European Union"),
    ("Commission", "European Commission"),
    ("Union", "European Union"),
];

/// The head-word aliases of a document, from its organisations' names (each
/// name with its canonical form): `(head, canonical)`.
pub(super) fn head_aliases<'a>(names: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(&'static str, String)> {
    let mut found: Vec<(&'static str, &'a str)> = Vec::new();
    let mut european = false;
    // Heads a body outside the Union is named with (`African Union`).
    let mut outside: Vec<&'static str> = Vec::new();
    for (surface, canonical) in names {
        let of_europe = canonical.contains("Europe") || surface.contains("Europe");
        european |= of_europe;
        // `Commission on the Status of Women`, `Union of Soviet Socialist
        // Republics`: a body named head first is as much the text's own.
        if !of_europe
            && let Some(head) = HEADS.iter().find(|h| {
                surface
                    .strip_prefix(**h)
                    .is_some_and(|rest| [" of ", " on ", " for "].iter().any(|p| rest.starts_with(p)))
            })
            && !outside.contains(head)
        {
            outside.push(head);
        }
        let Some(head) = HEADS.iter().find(|h| {
            surface.strip_suffix(**h).is_some_and(|before| {
                before.ends_with(' ') && before.trim().chars().next().is_some_and(char::is_uppercase)
            })
        }) else {
            continue;
        };
        if !of_europe && !configuration(surface) && !named_with_its_organisation(surface) && !outside.contains(head) {
            outside.push(head);
        }
        if !found.iter().any(|&(h, c)| h == *head && c == canonical) {
            found.push((head, canonical));
        }
    }
    HEADS
        .iter()
        .filter_map(|&head| {
            let eu_body = EU_BODIES.iter().find(|(h, _)| *h == head).map(|(_, b)| *b);
            if let Some(body) = eu_body.filter(|_| european && !outside.contains(&head)) {
                return Some((head, body.to_string()));
            }
            if head == "Council" && european {
                return None;
            }
            let mut bodies = found.iter().filter(|(h, _)| *h == head);
            match (bodies.next(), bodies.next()) {
                (Some((_, canonical)), None) => Some((head, canonical.to_string())),
                _ => None,
            }
        })
        .collect()
}

/// `UN Security Council`, `AU Peace and Security Council`: another body's
/// council named with its organisation, as a European text names it; the
/// organisation's own texts call it `the Security Council`, and only there
/// may `the Council` be that one.
fn named_with_its_organisation(name: &str) -> bool {
    ["UN ", "U.N. ", "United Nations ", "AU ", "African Union "]
        .iter()
        .any(|o| name.starts_with(o))
}

/// A configuration of the Council of the EU, by the words its names end in
/// (`General Affairs and External Relations Council`, `ECOFIN Council`).
fn configuration(name: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "Affairs Council",
        "Relations Council",
        "ECOFIN Council",
        "Ecofin Council",
        "Competitiveness Council",
        "Environment Council",
        "Fisheries Council",
        "Sport Council",
        "Energy Council",
        "Transport Council",
        "Health Council",
        "Agriculture Council",
        "Telecommunications Council",
        "Employment Council",
        "Budget Council",
        "Development Council",
    ];
    ENDINGS.iter().any(|e| name.ends_with(e))
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
        assert!(
            a.contains(&("Council", "Council of the European Union".to_string())),
            "{a:?}"
        );
        // A European text beside the AU's council: `the Council` could be either.
        let a = head_aliases(
            [
                ("Peace and Security Council", "Peace and Security Council"),
                ("EU", "European Union"),
            ]
            .into_iter(),
        );
        assert!(!a.iter().any(|(h, _)| *h == "Council"), "{a:?}");
        // A UN text's own commission, named head first.
        let un = head_aliases(
            [
                ("European Union", "European Union"),
                ("Commission on the Status of Women", "Commission on the Status of Women"),
            ]
            .into_iter(),
        );
        assert!(!un.iter().any(|(h, _)| *h == "Commission"), "{un:?}");
        // `the Commission` of a European text that never names it in full.
        assert!(a.contains(&("Commission", "European Commission".to_string())), "{a:?}");
        let a = head_aliases([("Security Council", "United Nations Security Council")].into_iter());
        assert!(
            a.contains(&("Council", "United Nations Security Council".to_string())),
            "{a:?}"
        );
    }

    #[test]
    fn another_bodys_council_named_with_its_organisation_leaves_the_council_the_eus() {
        for other in ["UN Security Council", "AU Peace and Security Council"] {
            let a = head_aliases([(other, other), ("EU", "European Union")].into_iter());
            assert!(
                a.contains(&("Council", "Council of the European Union".to_string())),
                "{other}: {a:?}"
            );
        }
        // Named as its own texts name it, it may be the one meant.
        let a = head_aliases(
            [
                ("UN Security Council", "United Nations Security Council"),
                ("Security Council", "United Nations Security Council"),
                ("EU", "European Union"),
            ]
            .into_iter(),
        );
        assert!(!a.iter().any(|(h, _)| *h == "Council"), "{a:?}");
    }
}
