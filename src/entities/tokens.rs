//! Words with byte offsets, for the name rules. A word keeps inner hyphens,
//! apostrophes and abbreviation dots (`Jong-Ho`, `Researchers'`, `U.S.`, `Dr.`);
//! a sentence-final dot is punctuation.

/// One word or punctuation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub word: bool,
}

impl Token<'_> {
    pub fn is_capitalised(&self) -> bool {
        self.word
            && self
                .text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && self.text.chars().any(char::is_alphabetic)
    }

    pub fn is_all_caps(&self) -> bool {
        self.word && self.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    }
}

/// Abbreviations whose final dot belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Hon.", "H.E.", "U.S.", "U.K.", "U.N.", "E.U.", "Jr.", "Sr.", "No.",
    "Ltd.", "Inc.", "Co.", "Gen.", "Sen.", "Rep.", "HON.", "DR.", "MR.",
];

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                text: &text[i..i + c.len_utf8()],
                word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let joiner = matches!(d, '-' | '\'' | '’' | '.' | '+');
            if is_word_char(d) || joiner {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // Trailing joiners are punctuation unless they make an abbreviation.
        let mut word_end = end;
        while word_end > i {
            let last = text[..word_end].chars().next_back().unwrap_or(' ');
            if !matches!(last, '-' | '.' | '\'' | '’') {
                break;
            }
            let w = &text[i..word_end];
            let abbreviation = last == '.' && (ABBREVIATIONS.contains(&w) || is_initials(w));
            let plural_possessive =
                matches!(last, '\'' | '’') && w.len() > 2 && w[..w.len() - last.len_utf8()].ends_with('s');
            if abbreviation || plural_possessive {
                break;
            }
            word_end -= last.len_utf8();
        }
        out.push(Token {
            start: i,
            end: word_end,
            text: &text[i..word_end],
            word: true,
        });
        let mut k = word_end;
        while k < end {
            let c = text[k..].chars().next().unwrap_or(' ');
            out.push(Token {
                start: k,
                end: k + c.len_utf8(),
                text: &text[k..k + c.len_utf8()],
                word: false,
            });
            k += c.len_utf8();
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '$' || c == '&'
}

/// `U.S.`, `H.E.`: single letters each followed by a dot.
fn is_initials(w: &str) -> bool {
    let parts: Vec<&str> = w.trim_end_matches('.').split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_hyphens_abbreviations_and_possessive_plurals_in_words() {
        assert_eq!(
            words("Dr. Lee Jong-Ho met the U.S. team."),
            ["Dr.", "Lee", "Jong-Ho", "met", "the", "U.S.", "team", "."]
        );
        assert_eq!(
            words("Researchers' Forum, (MSIT)"),
            ["Researchers'", "Forum", ",", "(", "MSIT", ")"]
        );
        assert_eq!(words("Council. Then"), ["Council", ".", "Then"]);
        assert_eq!(words("Erasmus+ programme"), ["Erasmus+", "programme"]);
    }
}
