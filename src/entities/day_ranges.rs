//! A date pattern's day range that is no range: `COVID-19 - 10 June 2021`
//! (a name's number, then the day), `19 - 10 June` (a later day first).

/// Where a date match found at `start` really starts: past its first "day"
/// when that day is glued to a word by a hyphen (`COVID-19`, `G-20`) or is
/// not before the day it runs to.
pub(super) fn day_range_start(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let digits = |from: usize| bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let first = digits(start);
    if first == 0 || first > 2 {
        return start;
    }
    // The dash (or slash) between the days, spaces allowed about it.
    let mut at = start + first;
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    let dash = if bytes.get(at) == Some(&b'-') || bytes.get(at) == Some(&b'/') {
        1
    } else if text[at..].starts_with('–') {
        '–'.len_utf8()
    } else {
        return start;
    };
    at += dash;
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    let second = digits(at);
    // (A month's word follows a day range; `11-02-2010` is a numeric date.)
    // (`15 / 11 / 2022`: its spaced slashes too.)
    let rest = text[at + second..].trim_start_matches(' ');
    if second == 0
        || second > 2
        || !bytes
            .get(at + second)
            .is_some_and(|b| *b == b' ' || b.is_ascii_alphabetic())
        || rest.starts_with(['/', '-', '.', '–'])
    {
        return start;
    }
    let glued = start >= 2 && bytes[start - 1] == b'-' && bytes[start - 2].is_ascii_alphanumeric();
    let (a, b): (u32, u32) = (
        text[start..start + first].parse().unwrap_or(0),
        text[at..at + second].parse().unwrap_or(0),
    );
    if glued || a >= b { at } else { start }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_names_number_or_a_later_day_first_opens_no_range() {
        let text = "Information Session on COVID-19 - 10 June 2021";
        let at = text.find("19").unwrap();
        assert_eq!(&text[day_range_start(text, at)..], "10 June 2021");
        let text = "from 19 - 10 June";
        assert_eq!(&text[day_range_start(text, 5)..], "10 June");
        for text in [
            "11-02-2010",
            "15 / 11 / 2022",
            "04 - 04 - 2019",
            "25/01/2021",
            "12-13 August 2001",
            "19/20 June 2003",
            "3 – 4 May",
            "26 March 2024",
        ] {
            assert_eq!(day_range_start(text, 0), 0, "{text}");
        }
    }
}
