//! A minister's name and portfolio printed under a release's headline
//! (`Rt Hon Winston Peters` / `Minister of Foreign Affairs`): who issued the
//! text, never its title.

use super::super::lines::Line;

/// Honorifics that open a line naming the issuer.
const HONORIFICS: &[&str] = &[
    "Rt Hon", "Rt. Hon.", "The Hon", "The Hon.", "Hon", "Hon.", "H.E.", "HE", "Senator", "Sen.", "Dr", "Dr.", "Sir",
];

/// Words that open a portfolio's line (`Minister of Foreign Affairs`,
/// `Secretary of State for Defence`).
const ROLES: &[&str] = &[
    "Minister",
    "Secretary",
    "Deputy",
    "Assistant",
    "Parliamentary",
    "Associate",
];

/// `Rt Hon Winston Peters`, `The Hon Penny Wong MP`: an honorific and a name
/// of two to four capitalised words, nothing else.
pub(super) fn is_name_line(text: &str) -> bool {
    let Some(rest) = HONORIFICS
        .iter()
        .find_map(|h| text.strip_prefix(h).filter(|r| r.starts_with(' ')).map(str::trim_start))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', ':', '.']) || *w == "MP")
}

/// `Minister of Foreign Affairs`, `Minister for Trade and Tourism`: a
/// portfolio of capitalised words (and `of`, `for`, `and`, `the`) right under
/// a name line.
pub(super) fn is_portfolio_under_name(lines: &[Line], i: usize, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let portfolio = (2..=8).contains(&words.len())
        && ROLES.contains(&words[0])
        && words[1..].iter().any(|w| matches!(*w, "of" | "for"))
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "of" | "for" | "and" | "the"));
    portfolio
        && lines[..i]
            .iter()
            .rev()
            .find(|l| !l.is_blank())
            .is_some_and(|above| is_name_line(above.text.trim()))
}

/// `President of the European Commission`, `European Commissioner for
/// Trade`: a speaker's office on the line under their name, in a speech's
/// byline block. (`P resident …`: a converted page may split a letter off.)
pub(super) fn is_office_line(text: &str) -> bool {
    let text = text.trim();
    let joined;
    let text = match text.split_once(' ') {
        Some((letter, rest)) if letter.len() == 1 && rest.starts_with(char::is_lowercase) => {
            joined = format!("{letter}{rest}");
            joined.as_str()
        }
        _ => text,
    };
    const OFFICES: &[&str] = &[
        "President",
        "Vice-President",
        "Commissioner",
        "European Commissioner",
        "High Representative",
        "Member of the European Commission",
        "Secretary-General",
        "Director-General",
        "Minister",
    ];
    let words = text.split_whitespace().count();
    (3..=12).contains(&words)
        && OFFICES.iter().any(|o| {
            text.strip_prefix(o)
                .is_some_and(|r| r.starts_with(" of ") || r.starts_with(" for "))
        })
}

/// `José Manuel Durão Barroso`, `Štefan Füle`: a name alone on its line,
/// over the speaker's office. (`Dur ã o`: letters split off by a converted
/// page stay in the name.)
pub(super) fn is_bare_name_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=7).contains(&words.len())
        && words.iter().filter(|w| w.starts_with(char::is_uppercase)).count() >= 2
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
                && (w.starts_with(char::is_uppercase)
                    || w.chars().count() == 1
                    || matches!(
                        *w,
                        "de" | "da" | "dos" | "van" | "von" | "der" | "den" | "di" | "la" | "le" | "bin"
                    ))
        })
}

/// `JOSÉ MIGUEL INSULZA, SECRETARIO GENERAL DE LA ORGANIZACION DE LOS
/// ESTADOS AMERICANOS`: a speaker's name and office on one line, over the
/// speech's heading.
pub(super) fn is_name_and_office(text: &str) -> bool {
    const OFFICES: &[&str] = &[
        "secretary",
        "secretario",
        "secrétaire",
        "president",
        "presidente",
        "président",
        "minister",
        "ministro",
        "ministre",
        "prime minister",
        "primer ministro",
        "premier ministre",
        "high representative",
        "alto representante",
        "haut représentant",
        "chancellor",
        "director",
        "directeur",
        "chairman",
        "chairperson",
        "ambassador",
        "embajador",
        "ambassadeur",
        "vice-president",
        "deputy",
    ];
    let Some((name, office)) = text.split_once(", ") else {
        return false;
    };
    let names = name.split_whitespace().count();
    let office_lower = office.to_lowercase();
    (2..=5).contains(&names)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
        && !office.contains([',', ':', ';'])
        && office.split_whitespace().count() <= 12
        && OFFICES.iter().any(|o| {
            office_lower
                .strip_prefix(o)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    #[test]
    fn a_speakers_name_alone_on_its_line() {
        assert!(is_bare_name_line("José Manuel Dur ã o Barroso"));
        assert!(is_bare_name_line("Ursula von der Leyen"));
        assert!(!is_bare_name_line("Main page"));
        assert!(!is_bare_name_line("Constitution of the Russian Federation"));
    }

    #[test]
    fn a_speakers_name_and_office_on_one_line() {
        assert!(is_name_and_office(
            "JOSÉ MIGUEL INSULZA, SECRETARIO GENERAL DE LA ORGANIZACION DE LOS ESTADOS AMERICANOS"
        ));
        assert!(is_name_and_office("Penny Wong, Minister for Foreign Affairs"));
        // Two speakers, or a heading with a name in it, are no byline.
        assert!(!is_name_and_office(
            "Teodor Baconschi, Minister of Foreign Affairs and Anders Fogh Rasmussen, NATO Secretary General"
        ));
        assert!(!is_name_and_office("Brussels, 19 November 2009"));
        assert!(!is_name_and_office("Statement by the President, on the elections"));
    }

    #[test]
    fn a_speakers_office_under_their_name() {
        assert!(is_office_line("President of the European Commission"));
        assert!(is_office_line("P resident of the European Commission"));
        assert!(is_office_line(
            "European Commissioner for Enlargement and Neighbourhood Policy"
        ));
        assert!(!is_office_line("President Barroso at the press conference"));
        assert!(!is_office_line("Presidents of the Republic"));
    }

    #[test]
    fn a_ministers_name_and_portfolio_under_the_headline() {
        assert!(is_name_line("Rt Hon Winston Peters"));
        assert!(is_name_line("The Hon Penny Wong MP"));
        assert!(!is_name_line("Hon. Members of the House will vote today on the bill."));
        assert!(!is_name_line("Winston Peters"));
        let lines = split_lines(
            "Rt Hon Winston Peters\nMinister of Foreign Affairs\n\nMinister of Foreign Affairs to visit Fiji\n",
        );
        assert!(is_portfolio_under_name(&lines, 1, "Minister of Foreign Affairs"));
        assert!(!is_portfolio_under_name(
            &lines,
            3,
            "Minister of Foreign Affairs to visit Fiji"
        ));
    }
}
