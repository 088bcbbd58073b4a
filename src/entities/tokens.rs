//! Words with byte offsets, for the name rules. A word keeps inner hyphens,
//! apostrophes and abbreviation dots (`Jong-Ho`, `Researchers'`, `U.S.`, `Dr.`);
//! a sentence-final dot is punctuation.

use super::surfaces::{self, step};
use super::vocab::{WordSet, lists_hashed, lists_of};

/// One word or punctuation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub word: bool,
    /// The word lists (`vocab`) this word is in, one bit each.
    pub lists: u32,
    /// Asked many times of every word by the name rules, so worked out once.
    capitalised: bool,
    all_caps: bool,
    /// False when the word is ASCII with no capital after its first letter,
    /// so cannot be camel case (`TechPlomacy`): most words are ruled out so.
    may_be_camel_case: bool,
    /// Where the word's leading run of letters and digits ends, and that run's
    /// hash (`surfaces::hash`): the word the lexicon looks up first, read here
    /// once for both. `lead_end == start` when the word begins with `$` or `&`.
    pub lead_end: usize,
    pub lead_hash: u64,
}

impl Token<'_> {
    /// Whether this word is in `list`.
    pub fn is(&self, list: &WordSet) -> bool {
        list.has(self.lists)
    }

    /// A word beginning with a capital or a digit, with a letter in it.
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// A word whose letters are all capitals.
    pub fn is_all_caps(&self) -> bool {
        self.all_caps
    }

    /// Whether the word may be camel case: false is certain.
    pub fn may_be_camel_case(&self) -> bool {
        self.may_be_camel_case
    }

    fn word(start: usize, text: &str, (lead_end, lead_hash): (usize, u64)) -> Token<'_> {
        let (capitalised, all_caps) = if text.is_ascii() {
            let b = text.as_bytes();
            (
                (b[0].is_ascii_uppercase() || b[0].is_ascii_digit()) && b.iter().any(u8::is_ascii_alphabetic),
                !b.iter().any(u8::is_ascii_lowercase),
            )
        } else {
            (
                text.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    && text.chars().any(char::is_alphabetic),
                text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
            )
        };
        let inner_capital = !text.is_ascii() || text.bytes().skip(1).any(|b| b.is_ascii_uppercase());
        Token::with_lead(
            start,
            text,
            (capitalised, all_caps, inner_capital),
            (lead_end, lead_hash),
        )
    }

    /// A word whose capitalisation and leading run are known.
    /// `may_be_camel_case` is whether the word is not ASCII or has a capital
    /// after its first byte.
    fn with_lead(
        start: usize,
        text: &str,
        (capitalised, all_caps, may_be_camel_case): (bool, bool, bool),
        (lead_end, lead_hash): (usize, u64),
    ) -> Token<'_> {
        let end = start + text.len();
        // The vocabulary is keyed by the same hash: a word that is all one run
        // (most are) is looked up without hashing it again.
        let hash = if lead_end == end {
            lead_hash
        } else {
            surfaces::hash(text, false)
        };
        let mut lists = lists_hashed(text, hash);
        // `PEACE PROCESS`, `CHARTER OF …` in a capitals heading: a word of
        // capitals is also in the lists of its title-case and lower-case forms.
        if all_caps && capitalised && text.len() > 1 {
            lists |= lists_of_capitals(text);
        }
        Token {
            start,
            end,
            text,
            word: true,
            lists,
            capitalised,
            all_caps,
            may_be_camel_case,
            lead_end,
            lead_hash,
        }
    }

    fn mark(start: usize, text: &str) -> Token<'_> {
        Token {
            start,
            end: start + text.len(),
            text,
            word: false,
            lists: 0,
            capitalised: false,
            all_caps: false,
            may_be_camel_case: false,
            lead_end: start,
            lead_hash: 0,
        }
    }
}

/// The lists of a capitals word's title-case and lower-case forms (`PROCESS`
/// → `Process`, `OF` → `of`); an ASCII word is recased on the stack.
fn lists_of_capitals(text: &str) -> u32 {
    let mut buf = [0u8; 32];
    let b = text.as_bytes();
    if b.is_ascii() && b.len() <= buf.len() {
        let w = &mut buf[..b.len()];
        w.copy_from_slice(b);
        w[1..].make_ascii_lowercase();
        let title = std::str::from_utf8(w).map(lists_of).unwrap_or(0);
        w[0] = w[0].to_ascii_lowercase();
        title | std::str::from_utf8(w).map(lists_of).unwrap_or(0)
    } else {
        let lower = text.to_lowercase();
        let mut c = lower.chars();
        let title: String = c.next().into_iter().flat_map(char::to_uppercase).chain(c).collect();
        lists_of(&title) | lists_of(&lower)
    }
}

/// Abbreviations whose final dot belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Hon.", "H.E.", "U.S.", "U.K.", "U.N.", "E.U.", "Jr.", "Sr.", "No.",
    "Ltd.", "Inc.", "Co.", "Gen.", "Sen.", "Rep.", "HON.", "DR.", "MR.", "Maj.", "Rt.", "Col.", "Lt.", "Capt.",
    "Brig.", "Adm.",
];

#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

/// The tokens of `text`, into `out` (cleared first): one buffer serves every
/// clause of a document.
pub fn tokenize_into<'t>(text: &'t str, out: &mut Vec<Token<'t>>) {
    // Every byte of every clause passes here: ASCII is classified by one table
    // load, and only other characters are decoded.
    out.clear();
    out.reserve(text.len() / 4);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let class = CLASS[usize::from(bytes[i])];
        let len = if class & SPACE != 0 {
            i += 1;
            continue;
        } else if class & START != 0 {
            1
        } else if bytes[i].is_ascii() {
            out.push(Token::mark(i, &text[i..i + 1]));
            i += 1;
            continue;
        } else {
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !is_word_char(c) {
                out.push(Token::mark(i, &text[i..i + len]));
                i += len;
                continue;
            }
            len
        };
        // What the word's ASCII bytes are (letters, lower-case), gathered as it
        // is read; `ascii` says whether they are all it has.
        // `seen` is of the bytes after the first.
        let (mut seen, mut ascii) = (0, len == 1);
        let mut end = i + len;
        // First its leading run of letters and digits, hashed on the way.
        let lead = class & ALNUM != 0 || (len > 1 && char_at(text, i).0.is_alphanumeric());
        let mut lead_hash = 0;
        if lead {
            lead_hash = bytes[i..end].iter().fold(0, |h, &b| step(h, b));
            while end < bytes.len() {
                let b = bytes[end];
                let class = CLASS[usize::from(b)];
                if class & ALNUM != 0 {
                    seen |= class;
                    lead_hash = step(lead_hash, b);
                    end += 1;
                    continue;
                }
                if b.is_ascii() {
                    break;
                }
                let (d, len) = char_at(text, end);
                if !d.is_alphanumeric() {
                    break;
                }
                ascii = false;
                lead_hash = bytes[end..end + len].iter().fold(lead_hash, |h, &b| step(h, b));
                end += len;
            }
        }
        let lead_end = if lead { end } else { i };
        // Then the rest of the word, joiners included.
        while end < bytes.len() {
            let class = CLASS[usize::from(bytes[end])];
            // `Downer--Australia's`: a typed dash between words joins neither.
            if bytes[end] == b'-' && bytes.get(end + 1) == Some(&b'-') {
                break;
            }
            if class & JOINS != 0 {
                seen |= class;
                end += 1;
                continue;
            }
            if bytes[end].is_ascii() {
                break;
            }
            let (d, len) = char_at(text, end);
            if !(is_word_char(d) || is_inner_joiner(d)) {
                break;
            }
            ascii = false;
            end += len;
        }
        let word_end = trim_joiners(text, i, end);
        let word = &text[i..word_end];
        out.push(if ascii {
            // Trimmed joiners are no letters: what was seen holds for the word.
            let first = bytes[i];
            let all = class | seen;
            let capitalised = (first.is_ascii_uppercase() || first.is_ascii_digit()) && all & LETTER != 0;
            let flags = (capitalised, all & LOWER == 0, seen & UPPER != 0);
            Token::with_lead(i, word, flags, (lead_end, lead_hash))
        } else {
            Token::word(i, word, (lead_end, lead_hash))
        });
        let mut k = word_end;
        while k < end {
            let (_, len) = char_at(text, k);
            out.push(Token::mark(k, &text[k..k + len]));
            k += len;
        }
        i = end;
    }
}

/// Where the word `text[start..end]` ends once its trailing joiners are
/// punctuation, unless they make an abbreviation or a plural possessive.
#[inline]
fn trim_joiners(text: &str, start: usize, end: usize) -> usize {
    let last = text.as_bytes()[end - 1];
    if last.is_ascii() && !matches!(last, b'-' | b'.' | b'\'') {
        return end;
    }
    let mut word_end = end;
    while word_end > start {
        let last = text[..word_end].chars().next_back().unwrap_or(' ');
        if !matches!(last, '-' | '.' | '\'' | '’' | '\u{2010}' | '\u{2011}') {
            break;
        }
        let w = &text[start..word_end];
        let abbreviation = last == '.' && (ABBREVIATIONS.contains(&w) || is_initials(w));
        let plural_possessive =
            matches!(last, '\'' | '’') && w.len() > 2 && w[..w.len() - last.len_utf8()].ends_with('s');
        if abbreviation || plural_possessive {
            break;
        }
        word_end -= last.len_utf8();
    }
    word_end
}

/// Byte classes of ASCII for the tokenizer; other bytes have none.
const SPACE: u8 = 1;
/// Begins a word.
const START: u8 = 2;
/// Continues a word (`Jong-Ho`, `U.S.`, `Erasmus+`).
const JOINS: u8 = 4;
const LETTER: u8 = 8;
const LOWER: u8 = 16;
/// A letter or digit: what the lexicon's words are made of.
const ALNUM: u8 = 32;
const UPPER: u8 = 64;

static CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut k = 0;
        if c.is_ascii_whitespace() || c == 0x0b {
            k |= SPACE;
        }
        if c.is_ascii_alphanumeric() || c == b'$' || c == b'&' {
            k |= START | JOINS;
        }
        if matches!(c, b'-' | b'\'' | b'.' | b'+') {
            k |= JOINS;
        }
        if c.is_ascii_alphabetic() {
            k |= LETTER;
        }
        if c.is_ascii_alphanumeric() {
            k |= ALNUM;
        }
        if c.is_ascii_lowercase() {
            k |= LOWER;
        }
        if c.is_ascii_uppercase() {
            k |= UPPER;
        }
        t[b] = k;
        b += 1;
    }
    t
};

/// The character at byte `i` (a character boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    }
}

/// Marks other than ASCII that join a word's parts: the typographic
/// apostrophe, and the hyphens a page prints where it must not break a name
/// (`Ramos‐Horta`, `Timor‑Leste`: U+2010, U+2011).
fn is_inner_joiner(c: char) -> bool {
    matches!(c, '’' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '$' || c == '&'
    } else {
        // `BAR�IER`: a PDF whose font maps no character to a letter (the
        // Council's 2008–2011 releases lose their `N`) prints the replacement
        // character where the letter was; the word stays one.
        c.is_alphanumeric() || c == char::REPLACEMENT_CHARACTER
    }
}

/// `U.S.`, `H.E.`: single letters each followed by a dot; also at the end
/// of a compound (`Korea-U.S.`, `EU-U.K.`).
fn is_initials(w: &str) -> bool {
    let w = w.rsplit('-').next().unwrap_or(w);
    let mut parts = w.trim_end_matches('.').split('.');
    let mut count = 0;
    let all_single = parts.all(|p| {
        count += 1;
        p.chars().count() == 1
    });
    all_single && count >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it was before its byte table: the oracle for the property test.
    fn tokenize_reference<'t>(text: &'t str, out: &mut Vec<Token<'t>>) {
        // Every byte of every clause passes here: ASCII is read as bytes, and only
        // other characters are decoded.
        out.clear();
        out.reserve(text.len() / 4);
        let mut i = 0;
        while i < text.len() {
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !is_word_char(c) {
                out.push(Token::mark(i, &text[i..i + len]));
                i += len;
                continue;
            }
            let bytes = text.as_bytes();
            let mut end = i + len;
            while end < text.len() {
                let b = bytes[end];
                if b.is_ascii() {
                    if !(b.is_ascii_alphanumeric() || matches!(b, b'$' | b'&' | b'-' | b'\'' | b'.' | b'+'))
                        || (b == b'-' && bytes.get(end + 1) == Some(&b'-'))
                    {
                        break;
                    }
                    end += 1;
                    continue;
                }
                let (d, len) = char_at(text, end);
                if !(is_word_char(d) || is_inner_joiner(d)) {
                    break;
                }
                end += len;
            }
            // Trailing joiners are punctuation unless they make an abbreviation.
            let mut word_end = end;
            while word_end > i {
                let last = text[..word_end].chars().next_back().unwrap_or(' ');
                if !matches!(last, '-' | '.' | '\'' | '’' | '\u{2010}' | '\u{2011}') {
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
            let lead = match text[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => surfaces::scan_word(text, i),
                _ => (i, 0),
            };
            out.push(Token::word(i, &text[i..word_end], lead));
            let mut k = word_end;
            while k < end {
                let (_, len) = char_at(text, k);
                out.push(Token::mark(k, &text[k..k + len]));
                k += len;
            }
            i = end;
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The table-driven tokenizer gives the same tokens (spans, lists,
        /// capitalisation) as the character-by-character one it replaced.
        #[test]
        fn agrees_with_the_reference(text in "([A-Za-z0-9]{1,4}|[ \t\n\u{b}\u{c}\r.'’+$&,;()/-]|[éÉßΣ€—\u{a0}\u{2009}]|Dr\\.|U\\.S\\.|ss'){0,24}") {
            let (mut got, mut want) = (Vec::new(), Vec::new());
            tokenize_into(&text, &mut got);
            tokenize_reference(&text, &mut want);
            proptest::prop_assert_eq!(got, want);
        }
    }

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn initials_are_single_characters_each_followed_by_a_dot() {
        for (w, yes) in [
            ("U.S.", true),
            ("H.E.", true),
            ("A.B.C", true),
            ("É.U.", true),
            ("U.", false),
        ] {
            assert_eq!(is_initials(w), yes, "{w}");
        }
        for w in ["Dr.", "St.", "U.SA.", "..", ".", "US."] {
            assert!(!is_initials(w), "{w}");
        }
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
        assert_eq!(
            words("the Korea-U.S. Free Trade"),
            ["the", "Korea-U.S.", "Free", "Trade"]
        );
        assert_eq!(words("Erasmus+ programme"), ["Erasmus+", "programme"]);
    }
}
