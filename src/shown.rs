//! `Shown`: a string from outside attache (a file name, a config line, a
//! note, a user's entity name) made safe to print. No control character
//! reaches a terminal, a script's tab-separated columns or a JSON field, and
//! no invisible format character (a bidi override, a zero-width space, a tag)
//! disguises what is printed: each is shown as `⟨U+202E⟩`. The sanitiser is
//! the only way to make one, so output code that takes `Shown` cannot be
//! handed raw text. Document text was cleaned the same way by
//! `decode::normalise`, with the same rule for joiners (`is_needed_joiner`).

use std::borrow::Cow;
use std::fmt;
use std::path::Path;

/// Text ready to be printed, by the sanitiser only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown<'a>(Cow<'a, str>);

/// Whether line feeds are kept (multi-line document text) or shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    Kept,
    Shown,
}

impl<'a> Shown<'a> {
    /// One line: every control character, line feeds and tabs included, is
    /// shown as `⟨U+000A⟩` (a name cannot split a row or a column).
    pub fn line(text: &'a str) -> Shown<'a> {
        Shown(sanitise(text, Lines::Shown))
    }

    /// Text of several lines: line feeds kept, every other control or format
    /// character shown.
    pub fn text(text: &'a str) -> Shown<'a> {
        Shown(sanitise(text, Lines::Kept))
    }

    /// A path as one line (bytes that are not UTF-8 as `�`).
    pub fn path(path: &Path) -> Shown<'static> {
        Shown(Cow::Owned(Shown::line(&path.to_string_lossy()).into_string()))
    }

    /// An owned line, for a value built at run time (a message with names in it).
    pub fn owned_line(text: String) -> Shown<'static> {
        Shown(Cow::Owned(Shown::line(&text).into_string()))
    }

    /// JSON text (as `serde_json` writes it) with the content of every
    /// string shown: raw format characters, and escaped controls (`\u001b`,
    /// `\t`) that a consumer would turn back into raw ones, become marks.
    /// `\n` stays (JSON keeps it inert). Keys and field order are untouched.
    pub fn json(json: &str) -> Shown<'static> {
        Shown(Cow::Owned(sanitise_json(json)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0.into_owned()
    }

    /// Borrowed when nothing had to be shown.
    pub fn into_cow(self) -> Cow<'a, str> {
        self.0
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad`, so `{:<20}` aligns a shown name like any string.
        f.pad(&self.0)
    }
}

impl serde::Serialize for Shown<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// `text` with every character that must not be printed raw shown as
/// `⟨U+XXXX⟩`; borrowed when there is none (most text).
fn sanitise(text: &str, lines: Lines) -> Cow<'_, str> {
    let mut chars = text.char_indices().peekable();
    let mut prev = None;
    let mut out: Option<String> = None;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let hide = must_show(c, prev, next) && !(lines == Lines::Kept && c == '\n');
        if hide {
            let out = out.get_or_insert_with(|| {
                let mut s = String::with_capacity(text.len() + 16);
                s.push_str(&text[..i]);
                s
            });
            push_mark(out, c);
        } else if let Some(out) = &mut out {
            out.push(c);
        }
        prev = Some(c);
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// See `Shown::json`. JSON's own structure is ASCII, so any character that
/// must be shown sits inside a string; escapes are decoded only to be judged.
fn sanitise_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut chars = json.chars().peekable();
    let mut prev = None;
    while let Some(c) = chars.next() {
        if c == '\\' {
            let Some(e) = chars.next() else {
                out.push(c);
                break;
            };
            let escaped = match e {
                't' => Some('\t'),
                'r' => Some('\r'),
                'b' => Some('\u{8}'),
                'f' => Some('\u{c}'),
                'u' => {
                    let hex: String = chars.clone().take(4).collect();
                    u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .filter(|h| must_show(*h, None, None) && *h != '\n')
                }
                _ => None,
            };
            match escaped {
                Some(hidden) => {
                    if e == 'u' {
                        chars.nth(3);
                    }
                    push_mark(&mut out, hidden);
                }
                None => {
                    out.push(c);
                    out.push(e);
                }
            }
            prev = Some(e);
            continue;
        }
        // A raw line feed is pretty-printing between values, never in a string.
        if c != '\n' && must_show(c, prev, chars.peek().copied()) {
            push_mark(&mut out, c);
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// `⟨U+202E⟩`: what a hidden character is shown as, here and in documents.
pub fn push_mark(out: &mut String, c: char) {
    use std::fmt::Write;
    let _ = write!(out, "⟨U+{:04X}⟩", c as u32);
}

/// Whether `c` (between `prev` and `next`) must be shown as a mark: control
/// characters, line and paragraph separators, and format characters other
/// than a joiner or direction mark that the writing around it needs.
pub fn must_show(c: char, prev: Option<char>, next: Option<char>) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || (is_format(c) && !is_needed_joiner(c, prev, next))
}

/// Unicode's general category Cf (format characters), as of Unicode 16–18:
/// invisible, and able to reorder (bidi), join, hide or tag text.
pub fn is_format(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{600}'..='\u{605}' | '\u{61C}' | '\u{6DD}' | '\u{70F}' | '\u{890}'..='\u{891}'
        | '\u{8E2}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}' | '\u{110CD}' | '\u{13430}'..='\u{1343F}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0001}' | '\u{E0020}'..='\u{E007F}')
}

/// Whether a ZWNJ, ZWJ, LRM or RLM is part of the writing rather than a
/// disguise: between two letters of a script whose words need it (Persian
/// `می‌خواهم`, Hindi, Arabic…), or a ZWJ inside an emoji sequence. Next to a
/// Latin letter, a digit, punctuation or an end it could only hide or
/// reorder something (`Bru\u{200B}ssels`, `8318\u{200E}/24`), so it is shown.
pub fn is_needed_joiner(c: char, prev: Option<char>, next: Option<char>) -> bool {
    let (Some(p), Some(n)) = (prev, next) else {
        return false;
    };
    match c {
        '\u{200C}' | '\u{200E}' | '\u{200F}' => uses_joiners(p) && uses_joiners(n),
        '\u{200D}' => (uses_joiners(p) && uses_joiners(n)) || (is_emoji_part(p) && is_emoji_part(n)),
        _ => false,
    }
}

/// A letter or mark of a script written with joiners and direction marks:
/// from Hebrew (U+0590) on, not a space, digit, punctuation or symbol (marks
/// such as the Devanagari virama count: a ZWJ after one shapes a conjunct),
/// and not the Latin, Greek and Cyrillic extensions or full-width forms,
/// whose words never need one.
fn uses_joiners(c: char) -> bool {
    c >= '\u{0590}'
        && !c.is_whitespace()
        && !c.is_numeric()
        && !c.is_control()
        && !is_format(c)
        && !matches!(c,
            '\u{1C80}'..='\u{1C8F}' | '\u{1D00}'..='\u{1DBF}' | '\u{1E00}'..='\u{2BFF}'
            | '\u{2C00}'..='\u{2C7F}' | '\u{2E00}'..='\u{2E7F}' | '\u{3000}'..='\u{303F}'
            | '\u{FE30}'..='\u{FE4F}' | '\u{FFF0}'..='\u{FFFF}' | '\u{1F000}'..='\u{1FAFF}'
            | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}'
            | '\u{A720}'..='\u{A7FF}' | '\u{AB30}'..='\u{AB6F}' | '\u{FB00}'..='\u{FB06}'
            | '\u{FF00}'..='\u{FFEF}')
}

/// Pictographs, their skin-tone modifiers and the emoji variation selector:
/// what a ZWJ joins into one emoji (`👩‍💻`, `🏳️‍🌈`).
fn is_emoji_part(c: char) -> bool {
    matches!(c,
        '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{FE0F}' | '\u{1F000}'..='\u{1FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_and_unchanged() {
        for s in ["", "report 8318/24", "Tørnæs – Brüssel", "می‌خواهم", "👩‍💻"] {
            assert!(matches!(Shown::line(s).0, Cow::Borrowed(_)), "{s}");
            assert_eq!(Shown::line(s).as_str(), s);
        }
    }

    #[test]
    fn escapes_newlines_tabs_and_bidi_are_shown() {
        let s = Shown::line("osc\u{1b}]0;PWNED\u{7}\ta\nb\u{9b}c\u{202E}d");
        assert_eq!(
            s.as_str(),
            "osc⟨U+001B⟩]0;PWNED⟨U+0007⟩⟨U+0009⟩a⟨U+000A⟩b⟨U+009B⟩c⟨U+202E⟩d"
        );
        assert_eq!(Shown::text("a\nb\tc").as_str(), "a\nb⟨U+0009⟩c");
        assert_eq!(format!("{:<6}|", Shown::line("ab")), "ab    |");
    }

    #[test]
    fn json_strings_are_shown_and_the_structure_kept() {
        let raw = serde_json::json!({"b": "x\u{1b}]0;T\u{7}\ty\nz\u{202E}", "a": "\\u001b", "c": "\u{9b}\u{7f}"});
        let text = serde_json::to_string(&raw).unwrap();
        let shown = Shown::json(&text);
        let back: serde_json::Value = serde_json::from_str(shown.as_str()).unwrap();
        assert_eq!(back["b"], "x⟨U+001B⟩]0;T⟨U+0007⟩⟨U+0009⟩y\nz⟨U+202E⟩");
        assert_eq!(back["a"], "\\u001b", "an escaped backslash is not an escape");
        assert_eq!(back["c"], "⟨U+009B⟩⟨U+007F⟩");
        assert_eq!(shown.as_str().find("\"b\""), text.find("\"b\""), "keys stay in place");
    }

    #[test]
    fn joiners_stay_inside_words_that_need_them_and_are_shown_elsewhere() {
        assert_eq!(Shown::line("می\u{200C}خواهم").as_str(), "می\u{200C}خواهم");
        assert_eq!(Shown::line("क्\u{200D}ष").as_str(), "क्\u{200D}ष");
        assert_eq!(Shown::line("👩\u{200D}💻").as_str(), "👩\u{200D}💻");
        assert_eq!(Shown::line("Bru\u{200C}ssels").as_str(), "Bru⟨U+200C⟩ssels");
        assert_eq!(Shown::line("8318\u{200E}/24").as_str(), "8318⟨U+200E⟩/24");
        assert_eq!(Shown::line("\u{200D}می").as_str(), "⟨U+200D⟩می");
        assert_eq!(Shown::line("می\u{200B}می").as_str(), "می⟨U+200B⟩می");
    }
}
