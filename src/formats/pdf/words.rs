//! Words across line ends: ligatures folded, printed labels recognised, and
//! the hyphen rule. A line that ends in a hyphen is joined to the next one
//! without it when the break cut a word, and with it when the hyphen belongs
//! to a compound. The document itself is the dictionary: its own words decide.
//!
//! The rule, in order:
//! 1. `drug -` (a space before the hyphen) is a compound: `drug-resistant`.
//! 2. A continuation that starts with a capital or a digit keeps the hyphen (`non-EU`, `mid-2019`).
//! 3. The joined word printed elsewhere in the document (`implementation`): joined.
//! 4. The hyphenated form printed elsewhere (`multi-stakeholder`): kept.
//! 5. Both halves printed elsewhere as words of their own (`tuberculosis`, `associated`): kept.
//! 6. Otherwise the break cut a word (`imple-` + `mentation`): joined without the hyphen.

use std::collections::HashSet;

/// Ligature glyphs as their letters.
pub fn fold_ligatures(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A printed paragraph label standing alone: `1.`, `12)`, `(a)`, `(iv)`,
/// `a)`, `A.`, `IV.`, `2.1`, `73/3.`, a bullet or dash.
pub fn is_label(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.chars().count() > 8 {
        return false;
    }
    if matches!(
        t,
        "•" | "-" | "–" | "—" | "·" | "▪" | "■" | "○" | "o" | "◦" | "*" | "" | "►" | "➢" | "✓"
    ) {
        return true;
    }
    let b = t.as_bytes();
    if b[0] == b'(' && t.ends_with(')') {
        let inner = &t[1..t.len() - 1];
        return !inner.is_empty()
            && inner.len() <= 4
            && (inner.bytes().all(|c| c.is_ascii_digit())
                || inner.len() <= 2 && inner.bytes().all(|c| c.is_ascii_lowercase())
                || is_roman(inner));
    }
    let (body, end) = match t.char_indices().last() {
        Some((i, c @ ('.' | ')'))) => (&t[..i], c),
        _ => (t, ' '),
    };
    if body.is_empty() {
        return false;
    }
    let numeric = body
        .split(['.', '/'])
        .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit()));
    if numeric {
        // `2.1` and `73/3.` are labels; a bare `12` is a number, not a label.
        return end != ' ' || body.contains('.');
    }
    if end == ' ' {
        return false;
    }
    // `a)`, `aa)` (after `z)`), `iv.`; not `etc.`
    let b = body.as_bytes();
    let letters = b.iter().all(u8::is_ascii_lowercase) && (b.len() == 1 || (b.len() == 2 && b[0] == b[1]));
    let capital = body.len() == 1 && body.bytes().all(|c| c.is_ascii_uppercase());
    letters || capital || is_roman(body)
}

fn is_roman(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 5
        && (s.bytes().all(|c| matches!(c, b'i' | b'v' | b'x')) || s.bytes().all(|c| matches!(c, b'I' | b'V' | b'X')))
}

/// The first word of a line is a printed label (`12.` in `12. The Council`).
pub fn starts_with_label(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    if is_label(first) {
        // `- 2 -` style page numbers are gone by now; a lone dash followed by
        // text is a list dash.
        return text.split_whitespace().nth(1).is_some();
    }
    // `1.The` glued: a number and a dot before a capital.
    let b = first.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && b.get(digits) == Some(&b'.')
        && b.get(digits + 1).is_some_and(|c| c.is_ascii_uppercase())
}

/// The words of a document, lowercased: the dictionary the hyphen rule asks.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
}

impl Vocabulary {
    /// Adds a line's words, except the pieces of a word the line breaks:
    /// its last word when it ends in a hyphen, and its first word when the
    /// line before did (`after_hyphen`).
    pub fn add_line(&mut self, text: &str, after_hyphen: bool) {
        let mut words: Vec<&str> = text.split_whitespace().collect();
        if text.ends_with(['-', '\u{AD}', '\u{2010}']) {
            words.pop();
        }
        let skip = usize::from(after_hyphen);
        self.add_text(&words[skip.min(words.len())..].join(" "));
    }

    pub fn add_text(&mut self, text: &str) {
        for w in text.split_whitespace() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let w = w.trim_matches('-');
            if w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() || c == '-') {
                self.words.insert(w.to_lowercase());
            }
        }
    }

    fn has(&self, w: &str) -> bool {
        self.words.contains(&w.to_lowercase())
    }
}

/// How a line that ends in `left` continues with a line that starts with `right`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// A space between the lines.
    Space,
    /// The hyphen dropped and the halves joined.
    Unhyphenate,
    /// The hyphen kept, the halves joined (a compound).
    KeepHyphen,
}

/// Decides how two lines meet (see the module doc for the rule).
pub fn join(left: &str, right: &str, vocab: &Vocabulary) -> Join {
    let left = left.trim_end();
    let soft = left.ends_with('\u{AD}');
    if !left.ends_with(['-', '\u{AD}', '\u{2010}']) {
        return Join::Space;
    }
    let stem = &left[..left.len() - left.chars().last().map_or(0, char::len_utf8)];
    let Some(first) = right.trim_start().chars().next() else {
        return Join::Space;
    };
    if soft {
        return Join::Unhyphenate;
    }
    // A lone dash or `word -` with a space before it.
    if stem.ends_with(char::is_whitespace) {
        let before = stem.trim_end();
        return if before.chars().last().is_some_and(char::is_alphanumeric) && first.is_alphanumeric() {
            Join::KeepHyphen
        } else {
            Join::Space
        };
    }
    if !stem.chars().last().is_some_and(char::is_alphabetic) {
        return if first.is_alphanumeric() {
            Join::KeepHyphen
        } else {
            Join::Space
        };
    }
    if !first.is_alphabetic() || first.is_uppercase() {
        return Join::KeepHyphen;
    }
    let head: String = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail: String = right.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    if vocab.has(&format!("{head}{tail}")) {
        return Join::Unhyphenate;
    }
    if vocab.has(&format!("{head}-{tail}")) {
        return Join::KeepHyphen;
    }
    if head.chars().count() >= 2 && vocab.has(&head) && vocab.has(&tail) {
        return Join::KeepHyphen;
    }
    Join::Unhyphenate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(text: &str) -> Vocabulary {
        let mut v = Vocabulary::default();
        v.add_text(text);
        v
    }

    #[test]
    fn folds_every_ligature() {
        assert_eq!(
            fold_ligatures("e\u{FB00}ect \u{FB01}sh \u{FB02}ow o\u{FB03}ce ba\u{FB04}e \u{FB05}\u{FB06}"),
            "effect fish flow office baffle stst"
        );
        assert!(matches!(fold_ligatures("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn recognises_printed_labels() {
        for l in [
            "1.", "12)", "(a)", "(iv)", "a)", "A.", "IV.", "2.1", "73/3.", "•", "-", "(12)",
        ] {
            assert!(is_label(l), "{l}");
        }
        for l in ["12", "Council", "2016", "(COD)", "etc.", "EU.", "(OR. en)"] {
            assert!(!is_label(l), "{l}");
        }
        assert!(starts_with_label("12. The Council"));
        assert!(starts_with_label("1.The Council"));
        assert!(!starts_with_label("2016 was a year"));
    }

    #[test]
    fn joins_broken_words_and_keeps_compounds() {
        let v = vocab("tuberculosis kills; associated deaths. The implementation of a multi-stakeholder plan.");
        assert_eq!(join("tuberculosis-", "associated deaths", &v), Join::KeepHyphen);
        assert_eq!(join("the imple-", "mentation of", &v), Join::Unhyphenate);
        assert_eq!(join("a multi-", "stakeholder plan", &v), Join::KeepHyphen);
        assert_eq!(join("contra-", "ception", &v), Join::Unhyphenate);
        assert_eq!(join("drug -", "resistant forms", &v), Join::KeepHyphen);
        assert_eq!(join("non-", "EU countries", &v), Join::KeepHyphen);
        assert_eq!(join("the end", "of it", &v), Join::Space);
        assert_eq!(join("a dash -", "- and", &v), Join::Space);
        assert_eq!(join("soft\u{AD}", "ware", &v), Join::Unhyphenate);
    }
}
