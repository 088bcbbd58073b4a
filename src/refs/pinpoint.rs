//! The paragraph a reference points into: "paragraph 5 of document 8318/24",
//! "point 14 of 8318/24", "8318/24, paragraph 5" name the clause labelled 5
//! (or 14) of that document. Read from the words either side of the
//! reference mention only, so a number elsewhere in the clause is not taken.

/// Words that introduce a paragraph's label.
const UNITS: [&str; 6] = ["paragraph", "paragraphs", "para", "point", "points", "paras"];

/// The label the words around `range` of `clause` point to (`5`, `14(b)`, `2.1`).
pub fn pinpoint(clause: &str, range: std::ops::Range<usize>) -> Option<String> {
    let before = clause.get(..range.start)?;
    let after = clause.get(range.end..)?;
    before_reference(before).or_else(|| after_reference(after))
}

/// `… paragraph 5 of (the) (document|doc.|ST)` just before the reference.
fn before_reference(before: &str) -> Option<String> {
    let mut words: Vec<&str> = before.split_whitespace().collect();
    // The reference may have been found without its lead-in word.
    while let Some(last) = words.last()
        && matches!(
            last.to_ascii_lowercase().trim_end_matches('.'),
            "document" | "doc" | "st" | "the" | "council"
        )
    {
        words.pop();
    }
    if !words.pop()?.eq_ignore_ascii_case("of") {
        return None;
    }
    let label = label_of(words.pop()?)?;
    is_unit(words.pop()?).then_some(label)
}

/// `, paragraph 5` (or ` point 14`) just after the reference.
fn after_reference(after: &str) -> Option<String> {
    let rest = after.trim_start().strip_prefix(',').unwrap_or(after);
    let mut words = rest.split_whitespace();
    if !is_unit(words.next()?) {
        return None;
    }
    label_of(words.next()?)
}

fn is_unit(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    UNITS.contains(&w.trim_end_matches('.'))
}

/// A label as the chair would read it: `5`, `14(b)`, `2.1`, `IV`; the
/// punctuation of the sentence around it dropped.
fn label_of(word: &str) -> Option<String> {
    let w = word.trim_end_matches([',', ';', ':', '.']);
    let w = if w.ends_with(')') && w.matches('(').count() < w.matches(')').count() {
        w.trim_end_matches(')')
    } else {
        w
    };
    let ok = w.starts_with(|c: char| c.is_ascii_digit())
        && w.len() <= 16
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '(' | ')'));
    ok.then(|| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, reference: &str) -> Option<String> {
        let start = text.find(reference).unwrap();
        pinpoint(text, start..start + reference.len())
    }

    #[test]
    fn a_paragraph_named_before_or_after_the_reference_is_found() {
        assert_eq!(
            at("as set out in paragraph 5 of document 8318/24, the", "8318/24").as_deref(),
            Some("5")
        );
        assert_eq!(at("See point 14 of 8318/24.", "8318/24").as_deref(), Some("14"));
        assert_eq!(at("See 8318/24, paragraph 5.", "8318/24").as_deref(), Some("5"));
        assert_eq!(
            at("In paragraph 14(b) of ST 8318/24 the", "8318/24").as_deref(),
            Some("14(b)")
        );
        assert_eq!(at("(see 8318/24 point 2.1)", "8318/24").as_deref(), Some("2.1"));
    }

    #[test]
    fn other_numbers_in_the_clause_are_not_taken() {
        assert_eq!(at("Paragraph 5 welcomes 8318/24.", "8318/24"), None);
        assert_eq!(at("In 2024, 8318/24 was adopted by 27 members.", "8318/24"), None);
        assert_eq!(at("See 8318/24, which paragraph", "8318/24"), None);
    }
}
