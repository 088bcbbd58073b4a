//! A state's letterhead above an official text: the state's name
//! (`REPUBLIQUE DE GUINEE`, `Republic of Kenya`, `Royaume du Maroc`) and its
//! national motto (`TRAVAIL-JUSTICE-SOLIDARITE`, `Un Peuple – Un But – Une
//! Foi`), as ministries and presidencies print them over every text. Neither
//! is the title, however it is set.

/// The forms of state a letterhead's name opens with, lower case, in the
/// languages such letterheads come in.
const STATE_FORMS: &[&str] = &[
    "republic of ",
    "the republic of ",
    "united republic of ",
    "the united republic of ",
    "république ",
    "republique ",
    "república ",
    "republica ",
    "repubblica ",
    "kingdom of ",
    "the kingdom of ",
    "royaume ",
    "reino ",
    "sultanate of ",
    "principality of ",
    "grand duchy of ",
];

/// Whether a header line (raw, as the page has it) is a state's letterhead.
/// Asked of every header line: cheap tests of the raw text come first.
pub(super) fn is_letterhead(raw: &str) -> bool {
    let raw = raw.trim();
    let words = raw.split_whitespace().count();
    let dashed = raw.matches(['-', '–', '—']).count() == 2;
    let state_like = (2..=6).contains(&words) && {
        let mut first = raw.trim_start_matches(['*', '#', ' ']).split_whitespace();
        let opener = match first.next() {
            Some(the) if the.eq_ignore_ascii_case("the") => first.next(),
            w => w,
        };
        opener.is_some_and(|w| STATE_OPENERS.contains(&w.to_lowercase().as_str()))
    };
    if !(state_like || dashed) {
        return false;
    }
    let line = super::super::header::clean(raw);
    is_state_name(&line) || is_motto(&line)
}

/// The first words of the forms of state, lower case.
const STATE_OPENERS: &[&str] = &[
    "republic",
    "united",
    "république",
    "republique",
    "república",
    "republica",
    "repubblica",
    "kingdom",
    "royaume",
    "reino",
    "sultanate",
    "principality",
    "grand",
    "federal",
    "islamic",
    "democratic",
    "people's",
    "socialist",
    "arab",
];

/// `REPUBLIQUE DE GUINEE`, `République Démocratique du Congo`, `Kingdom of
/// Bahrain`: a state's name alone on its line, as a letterhead sets it.
pub(super) fn is_state_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    if !(2..=6).contains(&words) || text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Two states named together (`Republic of Korea – Japan`, `… and …`)
    // head a joint text: that is a title's matter.
    if text.contains(['–', '—', '/', ',', ':']) || text.contains(" - ") {
        return false;
    }
    let lower = text.to_lowercase();
    if [" and ", " et ", " y ", " e "].iter().any(|w| lower.contains(w)) {
        return false;
    }
    STATE_FORMS.iter().any(|f| lower.starts_with(f))
        || [
            "federal ",
            "islamic ",
            "democratic ",
            "people's ",
            "socialist ",
            "arab ",
        ]
        .iter()
        .any(|f| lower.starts_with(f))
            && lower.contains(" republic of ")
}

/// `TRAVAIL-JUSTICE-SOLIDARITE`, `Unité - Progrès - Justice`, `Un Peuple –
/// Un But – Une Foi`: a national motto, three short capitalised parts set
/// apart by dashes, and nothing else on the line.
pub(super) fn is_motto(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['-', '–', '—']).map(str::trim).collect();
    // (`Soviet-Australian relations - Joint Communique` is a headline: a
    // compound's hyphen, a word in lower case, a kind of text.)
    let spaced = !text.contains(' ') || text.split(['-', '–', '—']).skip(1).all(|p| p.starts_with(' '));
    parts.len() == 3
        && spaced
        && !super::score::names_genre(&text.to_lowercase())
        && parts.iter().all(|p| {
            let words = p.split_whitespace().count();
            (1..=3).contains(&words)
                && p.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                && p.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’')
                // (Not `EU-US-UK`: acronyms name parties, as a title does.)
                && p.chars().filter(|c| c.is_alphabetic()).count() >= 4
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_named_alone_are_letterheads() {
        for line in [
            "REPUBLIQUE DE GUINEE",
            "République du Sénégal",
            "REPUBLIQUE DEMOCRATIQUE DU CONGO",
            "Republic of Kenya",
            "THE UNITED REPUBLIC OF TANZANIA",
            "Kingdom of Bahrain",
            "Royaume du Maroc",
            "Federal Democratic Republic of Ethiopia",
        ] {
            assert!(is_state_name(line) && is_letterhead(line), "{line}");
        }
        for line in [
            "Republic of Korea – Japan Summit",
            "Republic of Korea and the European Union",
            "Republic of Korea-EU Summit, 2023",
            "Joint Statement of the Republic of Korea",
            "Kenya",
            "STATE OF THE EAST AFRICAN COMMUNITY",
            "Statement by the Republic of Kenya on Agenda Item 4",
        ] {
            assert!(!is_state_name(line) && !is_letterhead(line), "{line}");
        }
    }

    #[test]
    fn mottos_are_three_short_parts_between_dashes() {
        for line in [
            "TRAVAIL-JUSTICE-SOLIDARITE",
            "Un Peuple - Un But - Une Foi",
            "Unité – Progrès – Justice",
            "Paix - Travail - Patrie",
        ] {
            assert!(is_motto(line) && is_letterhead(line), "{line}");
        }
        for line in [
            "EU-US-UK",
            "EU-China Summit - Joint Statement - 2023",
            "Brussels - 12 May - Press",
            "Peace and Security - Africa",
            "Soviet-Australian relations - Joint Communique",
            "Soviet-Australian Relations - Joint Communique",
            "JOINT COMMUNIQUE",
        ] {
            assert!(!is_motto(line), "{line}");
        }
    }
}
