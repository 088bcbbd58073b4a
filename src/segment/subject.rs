//! A Council Subject's value tidied of what a flattened or extracted copy
//! runs onto it: the page footer after it (`… 9489/17 1`), file codes before
//! it (`JAI 576 COPEN 234 … ADDENDUM zur …`), the body's first sentence after
//! its procedural step (`… - Adoption Following several meetings …`), and a
//! step's dash left alone when the copy moved the step to the body's line,
//! the cover sentence after it (`… Delegations will find attached …`) and
//! the annexed act's heading in capitals (`… DRAFT COUNCIL DECISION of …`).

/// The Subject's value without what its copy ran onto it.
pub(super) fn tidy(value: &str) -> &str {
    // `Subject:` / `- President’s Visit: Joint Communique`: a telegram's
    // subject under its label, set off by a dash.
    let value = ["- ", "– ", "— "]
        .iter()
        .find_map(|d| value.strip_prefix(d))
        .unwrap_or(value);
    let t = without_access_stamp(value);
    let t = without_page_footer(t);
    let t = without_leading_codes(t);
    let t = without_run_on_body(t);
    let t = without_run_on_heading(without_cover_sentence(t));
    let t = without_run_on_prose(t);
    t.strip_suffix(" -")
        .or_else(|| t.strip_suffix(" –"))
        .or_else(|| t.strip_suffix(" —"))
        .unwrap_or(t)
        .trim_end()
}

/// `… questionnaire DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (31.01.2017)`:
/// the stamp the Council prints on a document it releases in part, which a
/// flattened copy runs onto the Subject.
fn without_access_stamp(title: &str) -> &str {
    [
        "DOCUMENT PARTIALLY ACCESSIBLE",
        "DOCUMENT ACCESSIBLE TO THE PUBLIC",
        "DOCUMENT DECLASSIFIED",
    ]
    .iter()
    .filter_map(|stamp| title.find(stamp))
    .min()
    .filter(|&at| at > 0)
    .map_or(title, |at| title[..at].trim_end())
}

/// A flattened page's footer run onto its Subject: the document's number and
/// the page's (`… on 19 May 9489/17 1`, or `/17 1` where the extraction lost
/// the serial's digits).
fn without_page_footer(title: &str) -> &str {
    let mut words = title.rsplitn(3, ' ');
    let (Some(page), Some(number), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return title;
    };
    let page_ok = (1..=3).contains(&page.len()) && page.bytes().all(|b| b.is_ascii_digit());
    let lost_serial = number
        .strip_prefix('/')
        .is_some_and(|y| y.len() == 2 && y.bytes().all(|b| b.is_ascii_digit()));
    if page_ok && (lost_serial || super::numbers::document_number(number).is_some()) {
        rest.trim_end()
    } else {
        title
    }
}

/// The letterhead's file codes printed at the Subject's start (`JAI 576
/// COPEN 234 ADDENDUM …`): two pairs of a code in capitals and its serial at
/// least, with words after them.
fn without_leading_codes(title: &str) -> &str {
    let mut rest = title;
    let mut pairs = 0;
    loop {
        let mut words = rest.splitn(3, ' ');
        let (Some(code), Some(serial), Some(after)) = (words.next(), words.next(), words.next()) else {
            break;
        };
        let code_ok = code.len() >= 2
            && code.bytes().all(|c| c.is_ascii_uppercase() || c == b'-')
            && code.bytes().next().is_some_and(|c| c.is_ascii_uppercase());
        let serial_ok = (1..=5).contains(&serial.len()) && serial.bytes().all(|c| c.is_ascii_digit());
        if !code_ok || !serial_ok {
            break;
        }
        rest = after;
        pairs += 1;
    }
    if pairs >= 2 { rest } else { title }
}

/// The procedural steps a Subject ends with, in the Council's commonest
/// languages.
const STEPS: &[&str] = &[
    "Adoption",
    "Approval",
    "Endorsement",
    "Policy debate",
    "Orientation debate",
    "Exchange of views",
    "Progress report",
    "General approach",
    "Preparation",
    "Annahme",
    "Billigung",
    "Approbation",
    "Adopción",
    "Aprobación",
    "Adozione",
    "Approvazione",
    "Antagande",
    "Godkännande",
    "Vedtagelse",
    "Godkendelse",
    "Przyjęcie",
    "Zatwierdzenie",
    "Aanneming",
    "Goedkeuring",
];

/// A Subject whose procedural step the body's first sentence runs on after
/// (`… ( ) - Adoption Following several meetings of the Working Party …`):
/// cut after the step when a capitalised sentence of ten words or more follows.
fn without_run_on_body(title: &str) -> &str {
    for dash in [" - ", " – ", " — "] {
        for (at, _) in title.match_indices(dash) {
            let after = &title[at + dash.len()..];
            let Some(step) = STEPS.iter().find(|s| after.starts_with(**s)) else {
                continue;
            };
            let rest = &after[step.len()..];
            let Some(body) = rest.strip_prefix(' ') else { continue };
            if body.starts_with(char::is_uppercase) && body.split_whitespace().count() >= 10 {
                return &title[..at + dash.len() + step.len()];
            }
        }
    }
    title
}

/// The words a Council note's cover sentence opens with, in the Council's
/// languages (`Delegations will find attached`, `Les délégations trouveront`,
/// `Die Delegationen erhalten`, `Delegáciám v prílohe zasielame`): lower-cased
/// stems of the word for the delegations.
const DELEGATIONS: &[&str] = &[
    "delegation",
    "délégation",
    "delegacion",
    "delegazion",
    "delegatie",
    "delegaç",
    "delegác",
    "delegac",
    "delegaat",
    "delegát",
    "delegats",
    "delegācij",
    "αντιπροσωπ",
    "делегаци",
    "valtuuskun",
];

/// The verbs a cover sentence opens with where the delegations come later
/// (`Επισυνάπτεται για τις αντιπροσωπίες`, `Hermed følger til delegationerne`,
/// `Adjunto se remite a las Delegaciones`).
const COVER_VERBS: &[&str] = &[
    "Επισυνάπτεται",
    "Διαβιβάζεται",
    "Hermed",
    "Härmed",
    "Hierbij",
    "Adjunto",
    "Se",
    "Si",
    "Envia-se",
    "Mellékelten",
    "Приложено",
    "Pielikumā",
    "Za",
];

/// A Subject run on into the note's cover sentence (a flattened PDF): cut
/// before the capitalised word for the delegations, with a sentence after it.
fn without_cover_sentence(title: &str) -> &str {
    let mut words = title.match_indices(' ').map(|(at, _)| at + 1);
    let found = words.find(|&at| {
        let rest = &title[at..];
        let (article, word) = match rest.split_once(' ') {
            Some(("Les" | "Die" | "Las" | "Le" | "De" | "As" | "Os", w)) => (true, w),
            _ => (false, rest),
        };
        // (Every stem opens with a `d`: most words end here.)
        if !word.starts_with(['D', 'd']) {
            return false;
        }
        let capital = article || word.starts_with(char::is_uppercase);
        let lower = word.chars().take(12).collect::<String>().to_lowercase();
        capital
            && at > 20
            && DELEGATIONS.iter().any(|d| lower.starts_with(d))
            && rest.split_whitespace().count() >= 6
            // `Heads of Delegations of the Member States` names them.
            && !matches!(
                word.split_whitespace().nth(1),
                Some("of" | "to" | "and" | "for" | "at" | "from" | "de" | "des" | "du" | "et" | "und" | "der" | "y" | "e")
            )
    });
    let found = found.or_else(|| {
        title.match_indices(' ').map(|(at, _)| at + 1).find(|&at| {
            let mut words = title[at..].split(' ');
            at > 20
                && words.next().is_some_and(|w| COVER_VERBS.contains(&w))
                && words.clone().count() >= 5
                && words.take(5).any(|w| {
                    let lower = w.chars().take(12).collect::<String>().to_lowercase();
                    DELEGATIONS.iter().any(|d| lower.starts_with(d))
                })
        })
    });
    match found {
        Some(at) => title[..at].trim_end(),
        None => title,
    }
}

/// A Subject in running case that a flattened copy runs on into the annexed
/// act's heading in capitals (`… adopting the Council's Rules of Procedure
/// DRAFT COUNCIL DECISION of …`): cut before a run of words in capitals that
/// repeats two of the Subject's words (an act's name in capitals inside a
/// Subject, `… adoption of a REGULATION OF THE EUROPEAN PARLIAMENT …`, is its
/// own).
fn without_run_on_heading(title: &str) -> &str {
    let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
    let words: Vec<(usize, &str)> = title
        .match_indices(' ')
        .map(|(at, _)| at + 1)
        .map(|at| (at, title[at..].split(' ').next().unwrap_or("")))
        .collect();
    for (k, &(at, first)) in words.iter().enumerate() {
        let before = &title[..at];
        if first.chars().count() < 4
            || !caps(first)
            || before.split_whitespace().count() < 3
            || before.chars().filter(|c| c.is_lowercase()).count() < 10
        {
            continue;
        }
        let run: Vec<String> = words[k..]
            .iter()
            .map(|(_, w)| *w)
            .take_while(|w| caps(w))
            .map(str::to_lowercase)
            .collect();
        let lower = before.to_lowercase();
        let repeated = |pair: &[String]| {
            pair.iter().all(|w| w.chars().count() >= 4) && lower.contains(&format!("{} {}", pair[0], pair[1]))
        };
        if run.windows(2).any(repeated) {
            return before.trim_end();
        }
    }
    title
}

/// Words a body's first sentence opens with after a Subject (a capitalised
/// article or preposition no Subject's own words take mid-line).
const PROSE_OPENERS: &[&str] = &[
    "The",
    "This",
    "These",
    "In",
    "On",
    "Following",
    "At",
    "As",
    "With",
    "Since",
    "After",
    "Pursuant",
];

/// Words that a name opened by one of those may follow inside a Subject
/// (`Conclusions on The Hague Programme`).
const BEFORE_A_NAME: &[&str] = &[
    "on", "of", "for", "to", "and", "the", "in", "by", "at", "from", "with", "-", "–",
];

/// A long Subject a flattened copy runs on into the body's first sentence
/// (`… implementation of the EU Counter-Terrorism Strategy The European
/// Council requested regular reporting …`): cut before a sentence opener
/// after a word that ends a name, where a sentence in running case follows.
fn without_run_on_prose(title: &str) -> &str {
    if title.len() < 100 {
        return title;
    }
    let mut words = title.match_indices(' ').map(|(at, _)| at + 1);
    let found = words.find(|&at| {
        let before = title[..at].trim_end();
        let rest = &title[at..];
        let opener = rest.split(' ').next().unwrap_or("");
        if !PROSE_OPENERS.contains(&opener) || before.split(' ').count() < 4 {
            return false;
        }
        let last = before.rsplit(' ').next().unwrap_or("");
        if BEFORE_A_NAME.contains(&last) || !last.ends_with(|c: char| c.is_alphanumeric() || c == ')') {
            return false;
        }
        let sentence = rest.split(". ").next().unwrap_or(rest);
        let lower = sentence
            .split_whitespace()
            .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
            .count();
        sentence.split_whitespace().count() >= 6 && lower >= 3 && rest.split_whitespace().count() >= 12
    });
    match found {
        Some(at) => title[..at].trim_end(),
        None => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_councils_access_stamp_run_onto_the_subject_is_dropped() {
        assert_eq!(
            tidy(
                "Rule of Law - Compilation of replies to the Presidency questionnaire DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (31.01.2017)"
            ),
            "Rule of Law - Compilation of replies to the Presidency questionnaire"
        );
        assert_eq!(tidy("DOCUMENT PARTIALLY ACCESSIBLE"), "DOCUMENT PARTIALLY ACCESSIBLE");
    }

    #[test]
    fn a_dash_setting_off_a_telegrams_subject_is_dropped() {
        assert_eq!(
            tidy("- President’s Visit: Joint Communique"),
            "President’s Visit: Joint Communique"
        );
        assert_eq!(tidy("Rule of Law - Approval"), "Rule of Law - Approval");
    }

    #[test]
    fn a_page_footer_run_onto_the_subject_is_dropped() {
        assert_eq!(
            tidy("Meeting held in Brussels on 19 May /17 1"),
            "Meeting held in Brussels on 19 May"
        );
        assert_eq!(
            tidy("Draft conclusions on Syria 9489/17 1"),
            "Draft conclusions on Syria"
        );
        assert_eq!(
            tidy("Regulation (EU) 2016/679 Article 6"),
            "Regulation (EU) 2016/679 Article 6"
        );
        assert_eq!(tidy("Visit of 12 May"), "Visit of 12 May");
    }

    #[test]
    fn file_codes_before_the_subject_are_dropped() {
        assert_eq!(
            tidy("JAI 576 COPEN 234 CYBER 181 ADDENDUM zur Empfehlung für einen BESCHLUSS DES RATES"),
            "ADDENDUM zur Empfehlung für einen BESCHLUSS DES RATES"
        );
        // One pair is a subject's own words (`COVID 19 vaccines`).
        assert_eq!(
            tidy("COVID 19 vaccines: state of play"),
            "COVID 19 vaccines: state of play"
        );
    }

    #[test]
    fn a_cover_sentence_or_an_act_heading_run_on_is_cut() {
        assert_eq!(
            tidy(
                "Prístup verejnosti k dokumentom opakovaná žiadosť č. 19/c/01/16 Delegáciám v prílohe zasielame odpoveď Rady na opakovanú žiadosť"
            ),
            "Prístup verejnosti k dokumentom opakovaná žiadosť č. 19/c/01/16"
        );
        assert_eq!(
            tidy("Draft conclusions on Syria Delegations will find attached the draft conclusions"),
            "Draft conclusions on Syria"
        );
        assert_eq!(
            tidy("Council Decision adopting the Council's Rules of Procedure DRAFT COUNCIL DECISION of … adopting"),
            "Council Decision adopting the Council's Rules of Procedure"
        );
        // Capitals of the Subject's own stay (an act's name, a Subject in capitals).
        assert_eq!(
            tidy(
                "Position of the Council at first reading with a view to the adoption of a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the protection of natural persons"
            ),
            "Position of the Council at first reading with a view to the adoption of a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the protection of natural persons"
        );
        assert_eq!(
            tidy("Preparation of the EU-CELAC Summit"),
            "Preparation of the EU-CELAC Summit"
        );
        assert_eq!(
            tidy("DRAFT COUNCIL CONCLUSIONS ON SYRIA"),
            "DRAFT COUNCIL CONCLUSIONS ON SYRIA"
        );
        assert_eq!(
            tidy("Meeting of the Heads of Delegations of the Member States in Geneva on 3 May"),
            "Meeting of the Heads of Delegations of the Member States in Geneva on 3 May"
        );
        assert_eq!(
            tidy("Report on the delegations of the Commission in third countries"),
            "Report on the delegations of the Commission in third countries"
        );
        // A cover sentence whose verb comes before the delegations.
        assert_eq!(
            tidy(
                "Πρόσβαση του κοινού στα έγγραφα - Επιβεβαιωτική αίτηση αριθ. 18/c/01/12 Επισυνάπτεται για τις αντιπροσωπίες σχέδιο απάντησης του Συμβουλίου"
            ),
            "Πρόσβαση του κοινού στα έγγραφα - Επιβεβαιωτική αίτηση αριθ. 18/c/01/12"
        );
        assert_eq!(
            tidy("Rådets konklusioner om Syrien Hermed følger til delegationerne Rådets konklusioner"),
            "Rådets konklusioner om Syrien"
        );
        assert_eq!(
            tidy("Presidency note to delegations on the state of play of the negotiations"),
            "Presidency note to delegations on the state of play of the negotiations"
        );
    }

    #[test]
    fn the_body_run_on_after_a_long_subject_is_cut() {
        assert_eq!(
            tidy(
                "Report on the implementation of the EU Counter-Terrorism Strategy The European Council requested regular reporting on ongoing activities in the field of combating terrorism. This is the update."
            ),
            "Report on the implementation of the EU Counter-Terrorism Strategy"
        );
        // A name opened by `The` after a preposition is the Subject's own.
        let own = "Draft Council conclusions on the follow-up to the Programme of work adopted on The Hague Programme and on the strengthening of freedom, security and justice in the European Union";
        assert_eq!(tidy(own), own);
    }

    #[test]
    fn the_body_run_on_after_the_procedural_step_is_cut() {
        assert_eq!(
            tidy(
                "Draft Resolution on the EU Work Plan for Sport - Adoption Following several meetings of the Working Party on Sport, the text has been prepared."
            ),
            "Draft Resolution on the EU Work Plan for Sport - Adoption"
        );
        // A step with words of its own stays whole.
        assert_eq!(
            tidy("Proposal for a Regulation - Preparation for the trilogue"),
            "Proposal for a Regulation - Preparation for the trilogue"
        );
        // The step moved to the body's line leaves its dash behind.
        assert_eq!(
            tidy("Draft Council Decision appointing an alternate member of the Committee of the Regions -"),
            "Draft Council Decision appointing an alternate member of the Committee of the Regions"
        );
    }
}
