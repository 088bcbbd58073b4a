//! A news agency's lead: the dateline, often without its year, run into the
//! first sentence (`Abu Dhabi [UAE], October 12: President …`, `KUWAIT, Oct
//! 12 (KUNA) -- The …`). Gulf and Asian agencies print every story so, and a
//! site reposting the story keeps it under the headline; it is the body, never
//! the title.

use crate::dates::month_number;

/// The marks that end a wire's dateline before its first sentence.
const ENDS: [&str; 5] = [": ", " -- ", " – ", " — ", " - "];

/// Whether `text` opens with a wire's dateline (a place, a month and day,
/// perhaps a year and the agency's name in brackets) run into a sentence.
pub(super) fn is_wire_lead(text: &str) -> bool {
    is_dated_wire_lead(text) || is_seat_lead(text)
}

/// `Muscat: The Diwan of Royal Court on Tuesday issued a statement …`: a
/// Gulf paper's lead opening with its city and a colon, then the sentence.
fn is_seat_lead(text: &str) -> bool {
    let Some((seat, rest)) = text.split_once(": ") else {
        return false;
    };
    let words = seat.split_whitespace().count();
    (1..=2).contains(&words)
        && seat.len() <= 24
        && seat
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
        && rest.split_whitespace().count() >= 8
        // (A headline after a country's name, `Sudan: The road to …`, ends
        // with no stop.)
        && rest.trim_end().ends_with(['.', ':'])
        && ["The ", "His ", "Her ", "Prime ", "President "]
            .iter()
            .any(|o| rest.starts_with(o))
}

fn is_dated_wire_lead(text: &str) -> bool {
    let head_end = text.len().min(80);
    // (Asked of every header line: a dateline has a comma and a day in digits.)
    let head = &text.as_bytes()[..head_end];
    if !head.contains(&b',') || !head.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let Some((sep, mark)) = ENDS
        .iter()
        .filter_map(|m| text.get(..head_end)?.find(m).map(|i| (i, *m)))
        .min_by_key(|&(i, _)| i)
    else {
        return false;
    };
    let rest = &text[sep + mark.len()..];
    // (A sentence follows: a headline with a date in it ends soon.)
    if rest.split_whitespace().count() < 6 || !rest.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') {
        return false;
    }
    let mut head = text[..sep].trim_end();
    // `(ANI/WAM)`, `(KUNA)`: the agency's name after the date.
    if head.ends_with(')')
        && let Some(open) = head.rfind('(')
        && head.len() - open <= 16
        && head[open + 1..head.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'/')
    {
        head = head[..open].trim_end();
    }
    let Some((place, date)) = head.split_once(", ") else {
        return false;
    };
    // The place: a few capitalised words, perhaps its country in brackets.
    let place_ok = (1..=4).contains(&place.split_whitespace().count())
        && place
            .split_whitespace()
            .all(|w| w.trim_start_matches(['[', '(']).starts_with(char::is_uppercase));
    place_ok && is_month_day(date)
}

/// `October 12`, `Oct. 12, 2023`, `12th October, 2023`, `12 October`.
fn is_month_day(date: &str) -> bool {
    let words: Vec<&str> = date.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (1..=2).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && w.len() - digits.len() <= 2
            && (1..=31).contains(&digits.parse::<u8>().unwrap_or(0))
    };
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [a, b] | [a, b, _] if words.len() == 2 || year(words[2]) => {
            (month_number(a).is_some() && day(b)) || (day(a) && month_number(b).is_some())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_wire_lead;

    #[test]
    fn a_wire_dateline_run_into_the_first_sentence_is_a_lead() {
        for lead in [
            "Abu Dhabi [UAE], October 12: President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a call",
            "KUWAIT, Oct 12 (KUNA) -- His Highness the Amir Sheikh Nawaf received today a cable",
            "ABU DHABI, 12th October, 2023 (WAM) -- The UAE has affirmed its support for the efforts",
            "Riyadh, March 3, 2021 - The Custodian of the Two Holy Mosques King Salman chaired the session",
        ] {
            assert!(is_wire_lead(lead), "{lead}");
        }
    }

    #[test]
    fn a_city_and_a_colon_open_a_lead_but_a_countrys_name_before_a_headline_does_not() {
        assert!(is_wire_lead(
            "Muscat: The Diwan of Royal Court on Tuesday issued a statement reading as follows:"
        ));
        assert!(!is_wire_lead(
            "Sudan: The road to a ceasefire runs through the humanitarian corridors of Darfur"
        ));
    }

    #[test]
    fn a_headline_or_dateline_alone_is_no_lead() {
        for line in [
            "UAE and US Presidents discuss regional developments in phone call",
            "Brussels, 12 October 2023",
            "Brussels, 12 October: ministers meet",
            "Foreign Affairs Council, 10 December 2018 - Main results",
            "Statement by the President: We stand with Ukraine as it defends its freedom today",
            "The Council, October 12: adopted the following conclusions on the situation in the region",
        ] {
            assert!(!is_wire_lead(line), "{line}");
        }
    }
}
