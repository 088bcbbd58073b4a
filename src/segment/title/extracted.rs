//! Lines a PDF's or a scanner's extraction spoiled above a title: a stamp
//! read as a row of marks, and a heading in capitals run into the first
//! sentence of the body.

/// `Security Council _i_J..__._.._^.. ..__ . _-^_._-,. Distr. -;..-is..~^=^_`:
/// a scanner's reading of a stamp or a smudge, mostly marks of three or more
/// kinds (a contents line's dot leader or a rule is a run of one mark, and
/// not counted).
pub(super) fn is_scanner_noise(text: &str) -> bool {
    let mut marks = 0;
    let mut other = 0;
    let mut kinds = 0u32;
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    for run in chars.chunk_by(|a, b| a == b) {
        match run[0] {
            '_' | '^' | '~' | '=' | '-' | '.' | ',' | ';' | ':' | '\'' | '`' | '|' | '\\' | '*' if run.len() < 3 => {
                marks += run.len();
                kinds |= 1 << (run[0] as u32 % 32);
            }
            _ => other += run.len(),
        }
    }
    marks >= 12 && kinds.count_ones() >= 3 && marks * 10 >= (marks + other) * 3
}

/// The capitals heading that opens a run-on line (`LETTER DATED 8 JULY 1998
/// FROM THE SECRETARY-GENERAL ADDRESSED TO THE PRESIDENT OF THE SECURITY
/// COUNCIL` before `In resolution 1172 …`): five words or more in capitals,
/// then a capitalised word and a lower-case one, a sentence's opening; with
/// the date of a dateline that ends the heading.
pub(super) fn capitals_heading_run_on(text: &str) -> Option<(&str, Option<String>)> {
    let mut words = text.split_whitespace().peekable();
    let mut capitals = 0;
    let mut end = 0;
    while let Some(w) = words.next() {
        let has_lower = w.chars().any(char::is_lowercase);
        if !has_lower {
            if w.chars().any(char::is_alphabetic) {
                capitals += 1;
            }
            end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
            continue;
        }
        let opens_sentence = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && words
                .peek()
                .is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
        let mut head = &text[..end];
        // `… GENERAL ASSEMBLY THE UNITED NATIONS, NEW YORK 21 SEPTEMBER 2011`:
        // the heading ends before the dateline that ends it (`LETTER DATED 8
        // JULY 1998 FROM …` goes on after its date).
        let mut date = None;
        if let Some((at, iso)) = crate::dates::first_full_date_at(head)
            && head[at..].split_whitespace().count() <= 4
        {
            date = Some(iso);
            head = head[..at].trim_end();
            if let Some(comma) = head.rfind(", ").filter(|&c| head.len() - c <= 32) {
                head = &head[..comma];
            }
        }
        let heading = opens_sentence && !head.contains(':') && capitals >= 5 && (25..=200).contains(&head.len());
        return heading.then_some((head, date));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_smudge_read_as_marks_is_noise_but_a_dot_leader_is_not() {
        assert!(is_scanner_noise(
            "Security Council _i_J..__._.._^.. ..__ . _-^_._-,. . .._ Distr. -;..-is..~^=^_...- ~-_ -^ -, =s-..-f-fr:S^r-' - GENERAL"
        ));
        assert!(!is_scanner_noise(
            "Presentation of the presidency work programme ..................................... 4"
        ));
        assert!(!is_scanner_noise(
            "Brussels, 14 September 2015 - Council conclusions on Libya: adopted."
        ));
    }

    #[test]
    fn a_capitals_heading_run_into_the_body_is_parted_from_it_with_its_date() {
        let (head, date) = capitals_heading_run_on(
            "LETTER DATED 8 JULY 1998 FROM THE SECRETARY-GENERAL ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL In resolution 1172 (1998), adopted on 6 June 1998, the Council condemned the tests.",
        )
        .unwrap();
        assert_eq!(
            head,
            "LETTER DATED 8 JULY 1998 FROM THE SECRETARY-GENERAL ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL"
        );
        assert_eq!(date, None);
        let (head, date) = capitals_heading_run_on(
            "REMARKS BY HIS MAJESTY KING ABDULLAH II PLENARY SESSION OF THE 66TH GENERAL ASSEMBLY THE UNITED NATIONS, NEW YORK 21 SEPTEMBER 2011 Bismillah ar-Rahman ar-Rahim Mr. President,",
        )
        .unwrap();
        assert_eq!(
            head,
            "REMARKS BY HIS MAJESTY KING ABDULLAH II PLENARY SESSION OF THE 66TH GENERAL ASSEMBLY THE UNITED NATIONS"
        );
        assert_eq!(date.as_deref(), Some("2011-09-21"));
    }

    #[test]
    fn a_short_capitals_opening_or_a_masthead_with_fields_is_no_heading() {
        assert_eq!(
            capitals_heading_run_on("NATO and EU leaders met in Brussels today and agreed on a plan."),
            None
        );
        assert_eq!(
            capitals_heading_run_on(
                "COUNCIL OF THE EUROPEAN COMMUNITIES PRESS RELEASES PRESIDENCY: ITALY JANUARY-JUNE 1980 Meetings and press releases"
            ),
            None
        );
    }
}
