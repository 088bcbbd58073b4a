//! A resolution's or decision's preamble: `The Committee of Ministers,` over
//! `Considering …`, `Recalling …`. The body that adopts the text names
//! itself and its preambular paragraphs follow; the name opens the body, it
//! is no heading, and the paragraphs under it (a copy may hard-wrap them)
//! are no candidates for the title either.

use crate::segment::lines::Line;

/// The words a preambular paragraph opens with, in English.
const OPENERS: &[&str] = &[
    "Acknowledging",
    "Affirming",
    "Aware",
    "Bearing",
    "Concerned",
    "Confirming",
    "Considering",
    "Convinced",
    "Deeply",
    "Determined",
    "Emphasising",
    "Emphasizing",
    "Expressing",
    "Guided",
    "Having",
    "Mindful",
    "Noting",
    "Reaffirming",
    "Recalling",
    "Recognising",
    "Recognizing",
    "Reiterating",
    "Stressing",
    "Taking",
    "Underlining",
    "Welcoming",
];

/// Whether line `i` names the body that adopts the text (`The Committee of
/// Ministers,`, `” The General Assembly,`: a quotation mark a copy left), a
/// preambular paragraph opening on the next line.
pub(super) fn opens_preamble(lines: &[Line], i: usize) -> bool {
    let name = lines[i].text.trim().trim_start_matches(['”', '“', '"', '„', ' ']);
    let named = name.starts_with("The ")
        && name.ends_with(',')
        && name.split_whitespace().count() <= 8
        && name
            .split_whitespace()
            .skip(1)
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "on"));
    named
        && lines[i + 1..].iter().find(|l| !l.is_blank()).is_some_and(|l| {
            let first = l.text.split_whitespace().next().unwrap_or("");
            OPENERS.contains(&first.trim_end_matches(','))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    #[test]
    fn the_adopting_body_over_a_preambular_paragraph() {
        let lines =
            split_lines("Resolution CM/Res(2022)1\n” The Committee of Ministers,\nConsidering the serious violation;");
        assert!(!opens_preamble(&lines, 0));
        assert!(opens_preamble(&lines, 1));
        let lines = split_lines("The Peace and Security Council,\n\nRecalling its previous decision;");
        assert!(opens_preamble(&lines, 0));
        // A salutation is no adopting body.
        let lines = split_lines("The Honourable Minister,\nThank you for coming.");
        assert!(!opens_preamble(&lines, 0));
    }
}
