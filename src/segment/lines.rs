//! Classifies single source lines: blank, rule, Markdown heading, list markers
//! (numbered labels and bullets), navigation residue. No state; `blocks.rs`
//! decides what the lines mean together.

/// A source line with its byte offsets in the normalised text.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub start: usize,
    pub end: usize,
    /// Leading spaces.
    pub indent: usize,
    /// The line without leading and trailing whitespace.
    pub text: &'a str,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

pub fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    // As `text.split('\n')`, with the memchr crate's vectorised search.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        let raw = &text[start..end];
        let trimmed_start = raw.trim_start();
        out.push(Line {
            start,
            end,
            indent: raw.len() - trimmed_start.len(),
            text: without_watermark(trimmed_start.trim_end()),
        });
        start = end + 1;
    }
    out
}

/// `Beijing, 21 October 2016文章源自英文巴士-https://www.en84.com/491.html`: a
/// repost site's watermark in Chinese (`article from <site>`, and its
/// address) glued to the end of a line of Latin text; the line without it.
pub fn without_watermark(text: &str) -> &str {
    // Asked of every line: only the last word (the mark has no space in it)
    // is looked at for a lead byte of the Han block (U+3000-U+9FFF).
    let last_word = text.rfind(' ').map_or(0, |i| i + 1);
    let Some(lead) = text.as_bytes()[last_word..]
        .iter()
        .position(|b| (0xE3..=0xE9).contains(b))
    else {
        return text;
    };
    let is_han = |c: char| matches!(c, '\u{3400}'..='\u{9FFF}');
    let Some((at, _)) = text[last_word + lead..]
        .char_indices()
        .find(|&(_, c)| is_han(c))
        .map(|(i, c)| (last_word + lead + i, c))
    else {
        return text;
    };
    let (before, mark) = text.split_at(at);
    let rest =
        mark.trim_start_matches(|c: char| is_han(c) || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}'));
    let address = rest.trim_start_matches(['-', ':', ' ']);
    let glued = before.ends_with(|c: char| !c.is_whitespace());
    let latin = before.split_whitespace().nth(1).is_some()
        && before.bytes().filter(u8::is_ascii_alphabetic).count() >= 6
        && !before.bytes().any(|b| (0xE3..=0xE9).contains(&b));
    let only_mark = rest.is_empty() || (address.starts_with("http") && !address.contains(char::is_whitespace));
    if glued && latin && only_mark && mark.len() - rest.len() >= 6 {
        before
    } else {
        text
    }
}

/// The largest char boundary of `s` at or below `at` (a byte budget cut
/// where a character begins).
pub fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `---`, `***`, `___`, `===` alone on a line, and a mail's empty bold `* *`.
pub fn is_rule(text: &str) -> bool {
    let Some(first) = text.bytes().next().filter(|b| matches!(b, b'-' | b'*' | b'_' | b'=')) else {
        return false;
    };
    let mut marks = 0;
    for b in text.bytes() {
        if b == first {
            marks += 1;
        } else if b != b' ' {
            return false;
        }
    }
    // `* *`: a mail's bold run with nothing in it, as a blank line shows.
    marks >= 3 || (first == b'*' && marks == 2)
}

/// `## Heading` → (level, text). A lone `###` yields empty text.
pub fn atx_heading(text: &str) -> Option<(usize, &str)> {
    let level = text.bytes().take_while(|&b| b == b'#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &text[level..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim()))
}

/// Bullet marker at the start of a line: returns the byte length of marker + spaces.
pub fn bullet_marker(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, c) = chars.next()?;
    if !matches!(c, '-' | '•' | '*' | '▪' | '◦' | '‣' | '·' | '–' | '+' | '○' | '■') {
        return None;
    }
    let after = c.len_utf8();
    let rest = &text[after..];
    let spaces = rest.len() - rest.trim_start().len();
    (spaces > 0 && !rest.trim().is_empty()).then_some(after + spaces)
}

/// What a numbered label looks like, which decides its nesting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelStyle {
    /// `1.` `1)` `12.`
    Number,
    /// `2.1` `2.1.3.`
    Decimal(u8),
    /// `(a)` `a)` `(iv)` `(1)`
    Letter,
    /// `A.` `IV.`
    Capital,
}

/// A numbered label at the start of `text` (markup already stripped):
/// returns (label as printed, style, byte length of label + following spaces).
pub fn numbered_label(text: &str) -> Option<(&str, LabelStyle, usize)> {
    let b = text.as_bytes();
    let (label_len, style) = if b.first()?.is_ascii_digit() {
        let mut i = 0;
        let mut dots = 0u8;
        loop {
            let d = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if d == 0 || d > 3 {
                return None;
            }
            i += d;
            if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
                dots += 1;
                continue;
            }
            break;
        }
        match b.get(i) {
            Some(b'.') | Some(b')') => (
                i + 1,
                if dots > 0 {
                    LabelStyle::Decimal(dots)
                } else {
                    LabelStyle::Number
                },
            ),
            // `2.1 Scope` is a label; `3.5 billion` is a number.
            Some(b' ') if dots > 0 && text[i..].trim_start().starts_with(|c: char| c.is_uppercase()) => {
                (i, LabelStyle::Decimal(dots))
            }
            _ => return None,
        }
    } else if b[0] == b'(' {
        let close = text.find(')')?;
        let inner = &text[1..close];
        if !(1..=4).contains(&inner.len()) || !(is_letter_or_roman(inner) || inner.bytes().all(|c| c.is_ascii_digit()))
        {
            return None;
        }
        (close + 1, LabelStyle::Letter)
    } else if b[0].is_ascii_lowercase() && b.get(1) == Some(&b')') {
        (2, LabelStyle::Letter)
    } else if b[0].is_ascii_uppercase() {
        let n = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
        let word = &text[..n];
        let ok = n == 1 || (n <= 5 && word.bytes().all(|c| matches!(c, b'I' | b'V' | b'X')));
        if !ok || b.get(n) != Some(&b'.') {
            return None;
        }
        // `A. TOWARD…`, `IV. Scope`: the label must be followed by a capitalised word.
        let after = text[n + 1..].trim_start();
        if !after.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        (n + 1, LabelStyle::Capital)
    } else {
        return None;
    };
    let rest = &text[label_len..];
    let spaces = rest.len() - rest.trim_start().len();
    if spaces == 0 || rest.trim().is_empty() {
        return None;
    }
    // `30. ágúst 1999`, `3. März 2021`: a day, its month and its year, as
    // the German, Nordic and Slavic languages write dates.
    if style == LabelStyle::Number && label_len <= 3 {
        let mut words = rest.split_whitespace();
        let month = words.next().map(|w| w.trim_end_matches([',', '.']));
        let year = words.next().map(|w| w.trim_end_matches(|c: char| !c.is_ascii_digit()));
        // The year is asked first: it is cheap, and most paragraphs fail it.
        if year.is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
            && month.is_some_and(|m| crate::dates::month_number(m).is_some())
        {
            return None;
        }
    }
    Some((&text[..label_len], style, label_len + spaces))
}

fn is_letter_or_roman(s: &str) -> bool {
    (s.len() == 1 && s.bytes().all(|c| c.is_ascii_alphabetic()))
        || s.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'))
        || s.bytes().all(|c| matches!(c, b'I' | b'V' | b'X'))
}

/// Site menus and breadcrumbs: `Home | Links | Search`, `News Room | …`,
/// `HomeDenmarkDenmark supports…` (crumbs glued together by a scraper).
pub fn is_navigation(text: &str) -> bool {
    if home_crumb(text) {
        return true;
    }
    // Asked of every clause: most have none of these characters (`›` begins with 0xE2).
    if memchr::memchr3(b'|', b'>', 0xE2, text.as_bytes()).is_none() {
        return glued_breadcrumb(text);
    }
    let count = |sep: &str| memchr::memmem::find_iter(text.as_bytes(), sep).count();
    // (`Schattenblick →INFOPOOL →PARLAMENT → FAKTEN`: arrows, a space before each.)
    let pipes = count(" | ") + count(" > ") + count(" › ") + count("||") + count(" →");
    if pipes >= 2 {
        return true;
    }
    glued_breadcrumb(text)
}

/// `Top „ Speeches and Statements by Prime Minister`, `Home » Press`: a
/// breadcrumb from the site's home page, one step down.
fn home_crumb(text: &str) -> bool {
    ["Home ", "Top ", "Accueil ", "Inicio ", "Startseite "].iter().any(|w| {
        text.strip_prefix(w).is_some_and(|r| {
            ["> ", "› ", "» ", "„ ", "| ", "/ "]
                .iter()
                .any(|sep| r.starts_with(sep))
        })
    })
}

/// `HomeDenmarkDenmark…`: a menu word glued to the next word with no space.
fn glued_breadcrumb(text: &str) -> bool {
    ["Home", "Start", "Accueil", "Startseite", "Startsida", "Forside"]
        .iter()
        .any(|w| {
            text.strip_prefix(w)
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
        })
}

/// A short line with no sentence punctuation: a link, menu item or footer.
pub fn is_chrome_line(text: &str) -> bool {
    let t = text.trim();
    if is_navigation(t) {
        return true;
    }
    t.chars().count() <= 60 && !t.ends_with(['.', '!', '?', '"', '”', '’', ')', ';'])
}

/// Ends like a sentence or clause (so it is not a heading).
pub fn ends_with_punctuation(text: &str) -> bool {
    text.trim_end_matches(['*', '_', ' '])
        .ends_with(['.', ',', ';', ':', '!', '?', '"', '”', '’', ')', '-', '–'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repost_sites_watermark_glued_to_a_latin_line_is_no_part_of_it() {
        assert_eq!(
            without_watermark("Beijing, 21 October 2016文章源自英文巴士-https://www.en84.com/491.html"),
            "Beijing, 21 October 2016"
        );
        assert_eq!(
            without_watermark("both sides agreed to cooperate.文章源自英文巴士"),
            "both sides agreed to cooperate."
        );
        // Chinese set off by a space, or a line in Chinese, is the text's own.
        assert_eq!(
            without_watermark("Joint Statement 联合声明"),
            "Joint Statement 联合声明"
        );
        assert_eq!(
            without_watermark("中华人民共和国和菲律宾共和国联合声明"),
            "中华人民共和国和菲律宾共和国联合声明"
        );
        assert_eq!(without_watermark("WTO部长级会议"), "WTO部长级会议");
        assert_eq!(
            without_watermark("联合声明 Joint Statement 文章源自"),
            "联合声明 Joint Statement 文章源自"
        );
    }

    proptest::proptest! {
        /// Lines are what `split('\n')` gives, each placed where it is.
        #[test]
        fn lines_are_the_text_split_at_line_feeds(text in "[a \n\t]{0,30}") {
            let lines = split_lines(&text);
            let raw: Vec<&str> = text.split('\n').collect();
            proptest::prop_assert_eq!(lines.len(), raw.len());
            for (line, raw) in lines.iter().zip(raw) {
                proptest::prop_assert_eq!(&text[line.start..line.end], raw);
                proptest::prop_assert_eq!(line.text, raw.trim());
            }
        }
    }

    #[test]
    fn recognises_label_styles() {
        assert_eq!(numbered_label("1) The Council"), Some(("1)", LabelStyle::Number, 3)));
        assert_eq!(
            numbered_label("80. Mr. President"),
            Some(("80.", LabelStyle::Number, 4))
        );
        assert_eq!(numbered_label("1.  The United"), Some(("1.", LabelStyle::Number, 4)));
        assert_eq!(numbered_label("2.1 Scope"), Some(("2.1", LabelStyle::Decimal(1), 4)));
        // A date written day first with a dot is no paragraph's number.
        assert_eq!(numbered_label("30. ágúst 1999 Utanríkisráðuneytið"), None);
        assert_eq!(numbered_label("3. März 2021."), None);
        assert!(numbered_label("1. May the Council agree?").is_some());
        assert_eq!(numbered_label("2.1. Scope"), Some(("2.1.", LabelStyle::Decimal(1), 5)));
        assert_eq!(numbered_label("(b) the rest"), Some(("(b)", LabelStyle::Letter, 4)));
        assert_eq!(numbered_label("(iv) fourth"), Some(("(iv)", LabelStyle::Letter, 5)));
        assert_eq!(numbered_label("a) first"), Some(("a)", LabelStyle::Letter, 3)));
        assert_eq!(numbered_label("A. TOWARD A MORE"), Some(("A.", LabelStyle::Capital, 3)));
        assert_eq!(numbered_label("IV. Scope"), Some(("IV.", LabelStyle::Capital, 4)));
    }

    #[test]
    fn rejects_numbers_that_are_not_labels() {
        assert_eq!(numbered_label("2024. The year"), None);
        assert_eq!(numbered_label("13 August 2001"), None);
        assert_eq!(numbered_label("3.5 billion people"), None);
        assert_eq!(numbered_label("U.S. and EU"), None);
        assert_eq!(numbered_label("1."), None);
        assert_eq!(numbered_label("(the Panel) said"), None);
    }

    #[test]
    fn recognises_bullets_but_not_bold() {
        assert_eq!(bullet_marker("-   Drawing on"), Some(4));
        assert_eq!(bullet_marker("• item"), Some(4));
        assert_eq!(bullet_marker("**bold**"), None);
        assert_eq!(bullet_marker("-"), None);
        assert_eq!(bullet_marker("-3 degrees"), None);
    }

    #[test]
    fn recognises_navigation_residue() {
        assert!(is_navigation("News Room | Government Report Card | Australia in Focus"));
        assert!(is_navigation("Schattenblick →INFOPOOL →PARLAMENT → FAKTEN"));
        assert!(!is_navigation("Prices → up"));
        assert!(is_navigation("HomeDenmarkDenmark supports UN Digital Panel"));
        assert!(!is_navigation("Homeland security was discussed."));
        assert!(is_chrome_line("Stay Connected"));
        assert!(!is_chrome_line("Read more about the TechPlomacy initiative."));
    }

    #[test]
    fn headings_and_rules() {
        assert_eq!(atx_heading("## **2. Beyond**"), Some((2, "**2. Beyond**")));
        assert_eq!(atx_heading("###"), Some((3, "")));
        assert_eq!(atx_heading("#hashtag"), None);
        assert!(is_rule("---") && is_rule("* * *") && !is_rule("--"));
        // A mail's empty bold run; a bullet's star alone is none.
        assert!(is_rule("* *") && is_rule("**") && !is_rule("*"));
    }
}
