//! A state named in its formal style (`Republic of Tunisia`, `State of
//! Bahrain`, `United Republic of Cameroon`, `Sultanate of Oman`): the
//! gazetteer knows the short name; the style before it is part of the
//! mention, and the entity is the one place.

/// Words of a state's style that end right before `of`.
const STYLES: &[&str] = &[
    "Republic",
    "Kingdom",
    "State",
    "Sultanate",
    "Emirate",
    "Principality",
    "Duchy",
    "Commonwealth",
    "Federation",
    "Confederation",
    "Jamahiriya",
    "Empire",
];

/// Words that may stand before the style (`Islamic Republic`, `People’s
/// Democratic Republic`, `Grand Duchy`).
const QUALIFIERS: &[&str] = &[
    "Federal",
    "Islamic",
    "Arab",
    "People’s",
    "People's",
    "Peoples",
    "Democratic",
    "United",
    "Socialist",
    "Hashemite",
    "Plurinational",
    "Bolivarian",
    "Cooperative",
    "Co-operative",
    "Grand",
    "Independent",
    "Revolutionary",
    "Great",
    "Oriental",
    "Popular",
];

/// A state's style in the languages briefings come in, written right
/// before its name (`République du Sénégal`, `República del Paraguay`,
/// `Bundesrepublik Deutschland`, `Grand-Duché de Luxembourg`).
const FOREIGN_STYLES: &[&str] = &[
    "République du ",
    "République de ",
    "République d'",
    "République d’",
    "République fédérale d'",
    "République fédérale d’",
    "République fédérale de ",
    "République islamique d'",
    "République islamique d’",
    "République islamique de ",
    "République arabe d'",
    "République arabe d’",
    "République démocratique du ",
    "République démocratique de ",
    "République unie de ",
    "Royaume du ",
    "Royaume de ",
    "Royaume d'",
    "Royaume d’",
    "Grand-Duché de ",
    "Grand-Duché du ",
    "República del ",
    "República de ",
    "República Federal de ",
    "República Bolivariana de ",
    "República Oriental del ",
    "República Islámica de ",
    "Reino de ",
    "Reino del ",
    "Repubblica di ",
    "Repubblica del ",
    "Repubblica federale di ",
    "Regno di ",
    "Regno del ",
    "República de la ",
    "República Popular de ",
    "República Popular ",
    "República Árabe de ",
    "República Democrática del ",
    "República Democrática de ",
    "Federación de ",
    // Portuguese (`República Federativa do Brasil`, `Federação da Rússia`).
    "República Federativa do ",
    "República do ",
    "República da ",
    "República Popular da ",
    "República Democrática do ",
    "República Islâmica do ",
    "República Árabe da ",
    "Federação da ",
    "Reino da ",
    "Reino do ",
    "République populaire de ",
    "République de la ",
    "République de l'",
    "République de l’",
    "Fédération de ",
    "État d'",
    "État d’",
    "État de ",
    "Repubblica popolare di ",
    "Volksrepublik ",
    "Bundesrepublik ",
    "Republik ",
    "Königreich ",
    "Großherzogtum ",
];

/// The last three bytes of each of `FOREIGN_STYLES` (each is longer).
static FOREIGN_TAILS: std::sync::LazyLock<Vec<[u8; 3]>> = std::sync::LazyLock::new(|| {
    let mut tails: Vec<[u8; 3]> = FOREIGN_STYLES
        .iter()
        .map(|s| {
            *s.as_bytes()
                .last_chunk::<3>()
                .expect("a foreign style is longer than three bytes")
        })
        .collect();
    tails.sort_unstable();
    tails.dedup();
    tails
});

/// Where the formal style before the place that starts at `start` begins,
/// if one stands there (`Republic of ` before `Tunisia`).
pub(super) fn style_start(text: &str, start: usize) -> Option<usize> {
    let head = &text[..start];
    // Asked of every place the gazetteer finds: a style can end the text
    // before it only where that text ends as some style does (its last three
    // bytes), which most (`the `, `in `, `of `) do not.
    let tail = head.as_bytes().last_chunk::<3>();
    if tail.is_some_and(|t| FOREIGN_TAILS.contains(t))
        && let Some(style) = FOREIGN_STYLES.iter().find(|s| head.ends_with(*s))
    {
        return Some(start - style.len());
    }
    let before = head.strip_suffix("of ")?;
    let mut words = before.trim_end().rsplit(' ');
    let style = words.next()?;
    if !STYLES.contains(&style) {
        return None;
    }
    let mut from = before.trim_end().len() - style.len();
    let mut words = words.peekable();
    while let Some(w) = words.next() {
        // `Democratic and Popular Republic of Algeria`: two qualifiers joined.
        let joined = w == "and"
            && from >= 4
            && words.peek().is_some_and(|q| QUALIFIERS.contains(q))
            && QUALIFIERS.contains(&before.trim_end()[from..].split(' ').next().unwrap_or(""));
        if !QUALIFIERS.contains(&w) && !joined {
            // `Secretary of State of the United States`, `Head of State of
            // Qatar`: a role's `State`, not a state's style.
            if w == "of" && from + style.len() == before.trim_end().len() {
                return None;
            }
            break;
        }
        from -= w.len() + 1;
    }
    Some(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styled(text: &str, place: &str) -> Option<String> {
        let at = text.find(place)?;
        style_start(text, at).map(|s| text[s..at + place.len()].to_string())
    }

    #[test]
    fn portuguese_and_other_romance_styles() {
        let t = "os Líderes da República Federativa do Brasil, da Federação da Rússia, da República Popular da China e da República da África do Sul";
        for (place, style) in [
            ("Brasil", "República Federativa do Brasil"),
            ("Rússia", "Federação da Rússia"),
            ("China", "República Popular da China"),
            ("África do Sul", "República da África do Sul"),
        ] {
            assert_eq!(styled(t, place).as_deref(), Some(style));
        }
        assert_eq!(
            styled("la Fédération de Russie et", "Russie").as_deref(),
            Some("Fédération de Russie")
        );
    }

    #[test]
    fn a_states_formal_style_is_part_of_its_mention() {
        assert_eq!(
            styled("the Republic of Tunisia and", "Tunisia").as_deref(),
            Some("Republic of Tunisia")
        );
        assert_eq!(
            styled("of the United Republic of Cameroon,", "Cameroon").as_deref(),
            Some("United Republic of Cameroon")
        );
        assert_eq!(
            styled("Socialist People’s Libyan Arab Jamahiriya", "Libyan").as_deref(),
            None
        );
        assert_eq!(
            styled("the State of Bahrain", "Bahrain").as_deref(),
            Some("State of Bahrain")
        );
        assert_eq!(
            styled("Secretary of State of the United States", "the United States"),
            None
        );
        assert_eq!(styled("Head of State of Qatar", "Qatar"), None);
        assert_eq!(
            styled(
                "President of the Democratic and Popular Republic of Algeria,",
                "Algeria"
            )
            .as_deref(),
            Some("Democratic and Popular Republic of Algeria")
        );
        assert_eq!(styled("the Empire of Iran", "Iran").as_deref(), Some("Empire of Iran"));
        assert_eq!(
            styled("le Président de la République du Sénégal, Son", "Sénégal").as_deref(),
            Some("République du Sénégal")
        );
        assert_eq!(
            styled("de la République fédérale d'Allemagne et", "Allemagne").as_deref(),
            Some("République fédérale d'Allemagne")
        );
        assert_eq!(
            styled("del Gobierno de la República del Paraguay", "Paraguay").as_deref(),
            Some("República del Paraguay")
        );
        assert_eq!(styled("the people of Tunisia", "Tunisia"), None);
    }
}
