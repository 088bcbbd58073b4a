//! A page flattened onto one line (a PDF or a saved page whose line breaks
//! were lost): its heading runs on into its dateline and first sentence,
//! `Communiqué Meeting of Finance Ministers and Central Bank Governors,
//! United Kingdom, 14 March 2009 We, the G20 …`. The heading is what stands
//! before the first date, less the dateline's place and weekday, when it
//! reads as a heading: a few capitalised words, no sentence ended inside.

use super::super::lines::floor_char_boundary;
use super::kinds::is_event_line;
use crate::dates::{first_full_date_at, is_weekday};

/// A line shorter than this is a paragraph, not a flattened page.
const MIN_LINE: usize = 200;
/// A heading's date stands near the page's start.
const REACH: usize = 600;
/// A heading's words, at most (an address's long heading names its speaker,
/// role and occasion).
const MOST_WORDS: usize = 45;

/// The heading of a flattened page and the date it runs into, as ISO.
pub(super) fn flattened_heading(text: &str) -> Option<(String, String)> {
    if text.len() < MIN_LINE {
        return None;
    }
    let head = &text[..floor_char_boundary(text, REACH)];
    let (at, date) = first_full_date_at(head)?;
    let mut before = head[..at].trim_end();
    // `… General Assembly Saturday,`: the date's weekday and marks.
    loop {
        let t = before.trim_end_matches([',', ' ', '(', '–', '-', '—', '|', ':']);
        let t = match t.rsplit_once(' ') {
            Some((b, w)) if is_weekday(w.trim_end_matches(',')) => b,
            _ => t,
        };
        if t.len() == before.len() {
            break;
        }
        before = t;
    }
    // `…, United Kingdom`, `… (Rome/Geneva/New York`: the dateline's place.
    // (`… GENERAL ASSEMBLY.NEW YORK, SEPTEMBER 26, 2013.`: glued to the
    // heading's last word by a full stop.)
    // (`… Forum CommuniquéPALIKIR, Pohnpei (FSM Information Service):`: a
    // wire's place, its state and its name, peeled one by one.)
    for _ in 0..3 {
        let t = before.trim_end_matches(')');
        if let Some(cut) = t.rfind([',', '(', '.'])
            && is_place_like(&t[cut + 1..])
        {
            before = t[..cut].trim_end();
        } else {
            if let Some(cut) = glued_place(before) {
                before = &before[..cut];
            }
            break;
        }
    }
    // `… DA COMUNIDADE DOS PAÍSES DE LÍNGUA PORTUGUESA Lisboa`: a heading in
    // capitals, the dateline's place in title case after it, no comma between.
    let before = place_after_capitals(before).unwrap_or(before);
    // `No images? Click here STATEMENT ON THE RENEWAL …`: a heading in
    // capitals after a mail's or a page's chrome.
    let before = capitals_tail(before).unwrap_or(before);
    // `VII CONFERÊNCIA … Lisboa, 25 de Julho de 2008 DECLARAÇÃO DE LISBOA 1.
    // Os Chefes …`: the meeting's banner over the dateline, and the text's
    // own name after it; the text's name is its title.
    if names_meeting(&before.to_lowercase())
        && let Some(name) = named_text_after_date(&head[at..])
    {
        return Some((name.to_string(), date));
    }
    // `1 ADDRESS BY …`: a page's number.
    // (`28th South Pacific Forum`: an ordinal is the heading's.)
    let page = before
        .split_once(' ')
        .filter(|(n, _)| n.bytes().all(|b| b.is_ascii_digit()));
    let before = page.map_or(before, |(_, rest)| rest.trim_start());
    is_heading_like(before).then(|| (before.to_string(), date))
}

/// `… Chairman Miguel Angel MoratinosStrasbourg`: the dateline's place glued
/// to the heading's last word with no space (a page that set them on two
/// lines): where the place begins, after a lower-case letter.
fn glued_place(before: &str) -> Option<usize> {
    let word = before.rsplit(' ').next()?;
    let start = before.len() - word.len();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let at = chars
        .windows(2)
        .rposition(|w| w[0].1.is_lowercase() && w[1].1.is_uppercase())?;
    let (cut, _) = chars[at + 1];
    let place = &word[cut..];
    // (`PALIKIR`: a place in capitals, as wires print datelines.)
    let rest_lower = place.chars().skip(1).all(char::is_lowercase);
    let capitals = place.chars().all(char::is_uppercase);
    (cut >= 5 && place.chars().count() >= 3 && (rest_lower || capitals)).then_some(start + cut)
}

/// Where a heading in capitals (four words or more) ends and one to three
/// title-case words (the dateline's place) follow it.
fn place_after_capitals(before: &str) -> Option<&str> {
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let title_case = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.clone().count() >= 2 && c.all(|c| c.is_lowercase() || c == '-')
    };
    let words: Vec<&str> = before.split(' ').collect();
    let place = words.iter().rev().take_while(|w| title_case(w)).count();
    let heading = &words[..words.len() - place];
    ((1..=3).contains(&place)
        && heading.len() >= 4
        && heading.iter().all(|w| caps(w) || w.bytes().all(|b| b.is_ascii_digit())))
    .then(|| before[..heading.iter().map(|w| w.len() + 1).sum::<usize>() - 1].trim_end())
}

/// A meeting's banner, in English (`is_event_line`) or the other languages
/// summits are held in. Takes lower case.
fn names_meeting(lower: &str) -> bool {
    is_event_line(lower)
        || [
            "conferência",
            "conférence",
            "conferencia",
            "cimeira",
            "cumbre",
            "sommet",
            "reunião",
            "reunión",
            "réunion",
            "gipfel",
            "tagung",
            "vertice",
        ]
        .iter()
        .any(|e| lower.contains(e))
}

/// The kinds of text a meeting adopts, in capitals, as a flattened page's
/// heading after the meeting's dateline names them (`DECLARAÇÃO DE LISBOA`).
const ADOPTED_KINDS: &[&str] = &[
    "DECLARATION",
    "DÉCLARATION",
    "DECLARAÇÃO",
    "DECLARACIÓN",
    "DICHIARAZIONE",
    "ERKLÄRUNG",
    "COMMUNIQUÉ",
    "COMMUNIQUE",
    "COMUNICADO",
    "RESOLUTION",
    "RÉSOLUTION",
    "RESOLUÇÃO",
    "RESOLUCIÓN",
];

/// After a dateline that opens `after`: the run of words in capitals that
/// names a text the meeting adopted (a kind and at least one word more),
/// up to its first numbered paragraph or sentence.
fn named_text_after_date(after: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = after
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .take(12)
        .collect();
    let year = words.iter().position(|(_, w)| {
        let w = w.trim_end_matches(['.', ',']);
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    })?;
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let run: Vec<&(usize, &str)> = words[year + 1..].iter().take_while(|(_, w)| caps(w)).collect();
    let (first, last) = (run.first()?, run.last()?);
    (run.len() >= 2 && ADOPTED_KINDS.contains(&first.1)).then(|| &after[first.0..last.0 + last.1.len()])
}

/// `United Kingdom`, `Rome/Geneva/New York`: up to four capitalised words.
fn is_place_like(s: &str) -> bool {
    let words: Vec<&str> = s.split([' ', '/']).filter(|w| !w.is_empty()).collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
}

/// The run of words in capitals that ends `s`, when it is four words or
/// more and something not in capitals stands before it.
fn capitals_tail(s: &str) -> Option<&str> {
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let mut start = s.len();
    let mut count = 0;
    for w in s.split(' ').rev() {
        if w.is_empty() || !(caps(w) || w.chars().all(|c| c.is_ascii_digit() || c == '-')) {
            break;
        }
        start -= w.len() + usize::from(start < s.len());
        count += 1;
    }
    let start = s[..start].len();
    (count >= 4 && start > 0).then(|| s[start..].trim_start())
}

/// A few words, the first and the last capitalised or figures, and no
/// sentence ended inside (`H.E. Mr.`: abbreviations end none).
fn is_heading_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let alphabetic = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count();
    let ends_sentence = words
        .iter()
        .take(words.len().saturating_sub(1))
        .any(|w| w.ends_with(['.', '?', '!']) && w.chars().filter(|c| c.is_alphabetic()).count() > 3);
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (4..=MOST_WORDS).contains(&alphabetic)
        && !ends_sentence
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(|w| capitalised(w) || w.ends_with(')'))
}

/// `G7 Taormina Leaders’ Communiqué Preamble 1. We, the Leaders of the G7,
/// met …`: a heading a flattened page ran into its first numbered paragraph
/// (and the section's name above it). The heading ends before them.
pub(super) fn without_numbered_opening(title: &str) -> &str {
    const SECTIONS: &[&str] = &["Preamble", "PREAMBLE", "Introduction", "INTRODUCTION", "Chapeau"];
    let Some(at) = title.find(" 1. ") else {
        return title;
    };
    let rest = &title[at + 4..];
    let mut head = title[..at].trim_end();
    if let Some((before, last)) = head.rsplit_once(' ')
        && SECTIONS.contains(&last)
    {
        head = before.trim_end();
    }
    if head.split_whitespace().count() >= 2 && rest.split_whitespace().count() >= 8 {
        head
    } else {
        title
    }
}

/// `U.S.-NORDIC LEADERS’ SUMMIT JOINT STATEMENT Denmark, Finland, … reaffirm
/// our deep partnership …`: a heading in capitals that a flattened page ran
/// into its first sentence. The heading is the capitals, when three words or
/// more of them are followed by a sentence of eight words or more.
pub(super) fn without_run_on_sentence(title: &str) -> &str {
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let mut end = 0;
    let mut count = 0;
    for (at, w) in title.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    }) {
        if !caps(w) {
            break;
        }
        end = at + w.len();
        count += 1;
    }
    let rest = title[end..].trim_start();
    // (`THE CLOSING STATEMENT Of the Twenty-Seventh Session …` goes on.)
    let goes_on = rest.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "Of" | "On" | "For" | "To" | "And" | "In" | "By" | "At" | "With" | "From"
        )
    });
    let sentence = rest.starts_with(char::is_uppercase)
        && !goes_on
        && rest.trim_end().ends_with(['.', '!'])
        && rest.split_whitespace().count() >= 8
        && rest
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_lowercase))
            .count()
            >= 6;
    if count >= 3 && sentence {
        title[..end].trim_end()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str) -> Option<(String, String)> {
        let padded = format!("{text} {}", "and the text runs on for a while. ".repeat(8));
        flattened_heading(&padded)
    }

    #[test]
    fn a_meetings_banner_gives_way_to_the_text_it_adopted() {
        let page = "VII CONFERÊNCIA DE CHEFES DE ESTADO E DE GOVERNO DA COMUNIDADE DOS PAÍSES DE LÍNGUA PORTUGUESA Lisboa, 25 de Julho de 2008 DECLARAÇÃO DE LISBOA 1. Os Chefes de Estado e de Governo de Angola, Brasil, Cabo Verde reuniram-se na VII Conferência em Lisboa.";
        assert_eq!(
            flattened_heading(page),
            Some(("DECLARAÇÃO DE LISBOA".to_string(), "2008-07-25".to_string()))
        );
        // Without a named text after the dateline, the banner less its place.
        let page = "VII CONFERÊNCIA DE CHEFES DE ESTADO E DE GOVERNO DA COMUNIDADE DOS PAÍSES DE LÍNGUA PORTUGUESA Lisboa, 25 de Julho de 2008 1. Os Chefes de Estado e de Governo de Angola, Brasil, Cabo Verde reuniram-se na VII Conferência em Lisboa, no dia.";
        assert_eq!(
            flattened_heading(page).map(|(h, _)| h).as_deref(),
            Some("VII CONFERÊNCIA DE CHEFES DE ESTADO E DE GOVERNO DA COMUNIDADE DOS PAÍSES DE LÍNGUA PORTUGUESA")
        );
    }

    #[test]
    fn a_heading_run_into_its_first_numbered_paragraph_ends_there() {
        assert_eq!(
            without_numbered_opening(
                "G7 Taormina Leaders’ Communiqué Preamble 1. We, the Leaders of the G7, met in Taormina on May 26-27, 2017 to address the challenges"
            ),
            "G7 Taormina Leaders’ Communiqué"
        );
        assert_eq!(without_numbered_opening("Resolution 1. Short"), "Resolution 1. Short");
    }

    #[test]
    fn a_heading_in_capitals_run_into_its_first_sentence_ends_there() {
        assert_eq!(
            without_run_on_sentence(
                "U.S.-NORDIC LEADERS’ SUMMIT JOINT STATEMENT Denmark, Finland, Iceland, Norway, Sweden, and the United States reaffirm our deep partnership."
            ),
            "U.S.-NORDIC LEADERS’ SUMMIT JOINT STATEMENT"
        );
        // A title in running case after an acronym stays whole.
        for t in [
            "EU-US SUMMIT Joint Statement",
            "THE CLOSING STATEMENT Of the Twenty-Seventh Session of the Supreme Council of the Cooperation Council for the Arab States of the Gulf(GCC)",
            "NATO Secretary General welcomes the decision of the Government of Sweden today",
            "JOINT STATEMENT ON THE SITUATION IN SYRIA",
        ] {
            assert_eq!(without_run_on_sentence(t), t);
        }
    }

    #[test]
    fn a_place_glued_to_the_headings_last_word_with_no_space_is_the_datelines() {
        let (title, date) = heading("Joint statement by Secretary General Terry Davis and Committee of Ministers Chairman Miguel Angel MoratinosStrasbourg, 4 May 2009 - In the first sixty years of its existence, the Council of Europe has helped to reconcile a continent after decades of ideological divide.").unwrap();
        assert_eq!(
            title,
            "Joint statement by Secretary General Terry Davis and Committee of Ministers Chairman Miguel Angel Moratinos"
        );
        assert_eq!(date, "2009-05-04");
        // A name set in camel case is no place.
        assert_eq!(glued_place("the summit with McDonald"), None);
        assert_eq!(glued_place("on the iPhone"), None);
        assert_eq!(glued_place("Forum CommuniquéPALIKIR"), Some(17));
        assert_eq!(glued_place("with Garret FitzGerald"), None);
    }

    #[test]
    fn a_place_glued_to_the_heading_is_the_datelines() {
        assert_eq!(
            heading("STATEMENT BY H.E. MR. BRUNO RODRIGUEZ PARRILLA, MINISTER FOR FOREIGN AFFAIRS OF CUBA AT THE GENERAL DEBATE OF THE UNITED NATIONS GENERAL ASSEMBLY.NEW YORK, SEPTEMBER 26, 2013."),
            Some((
                "STATEMENT BY H.E. MR. BRUNO RODRIGUEZ PARRILLA, MINISTER FOR FOREIGN AFFAIRS OF CUBA AT THE GENERAL DEBATE OF THE UNITED NATIONS GENERAL ASSEMBLY".into(),
                "2013-09-26".into()
            ))
        );
    }

    #[test]
    fn a_flattened_pages_heading_ends_at_its_dateline() {
        assert_eq!(
            heading(
                "Communiqué Meeting of Finance Ministers and Central Bank Governors, United Kingdom, 14 March 2009 We, the G20 Finance Ministers met today."
            ),
            Some((
                "Communiqué Meeting of Finance Ministers and Central Bank Governors".into(),
                "2009-03-14".into()
            ))
        );
        assert_eq!(
            heading(
                "Address of H.E. Mr. Ahmed Aboul Gheit Minister of Foreign Affairs before the 64th Session of the General Assembly Saturday, September 26 , 2009 th Please check against delivery"
            ),
            Some((
                "Address of H.E. Mr. Ahmed Aboul Gheit Minister of Foreign Affairs before the 64th Session of the General Assembly".into(),
                "2009-09-26".into()
            ))
        );
        assert_eq!(
            heading(
                "No images? Click here STATEMENT ON THE RENEWAL OF HUMANITARIAN LIFELINE IN NORTH-WEST SYRIA (Rome/Geneva/New York, 18 June 2021): Millions of people"
            )
            .map(|h| h.0)
            .as_deref(),
            Some("STATEMENT ON THE RENEWAL OF HUMANITARIAN LIFELINE IN NORTH-WEST SYRIA")
        );
        assert_eq!(
            heading("1 ADDRESS BY AMBASSADOR OLUGBENGA ASHIRU ON THE ACHIEVEMENTS OF THE MINISTRY, FRIDAY, 18 TH MAY 2012, NATIONAL PRESS CENTRE").map(|h| h.0).as_deref(),
            Some("ADDRESS BY AMBASSADOR OLUGBENGA ASHIRU ON THE ACHIEVEMENTS OF THE MINISTRY")
        );
    }

    #[test]
    fn prose_before_its_first_date_is_no_heading() {
        assert_eq!(
            heading("The Council today adopted conclusions on Ukraine on 14 March 2009 and more"),
            None
        );
        assert_eq!(
            heading("Ministers met in Brussels on Saturday, 14 March 2009 and more"),
            None
        );
        assert_eq!(
            heading("The talks went well. The Ministers of Foreign Affairs Met 14 March 2009"),
            None
        );
        assert_eq!(heading("Statement 14 March 2009"), None);
        // A short line is a paragraph.
        assert_eq!(
            flattened_heading("Communiqué Meeting of Finance Ministers and Governors, 14 March 2009"),
            None
        );
    }
}
