//! Entities recognised by their shape: dates, sums of money and references
//! (document numbers, file codes, COM/SWD numbers, EU acts, UN resolutions).

use std::ops::Range;

use memchr::memmem;
use regex::Regex;

use crate::document::EntityKind;

/// A pattern match: byte range and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternHit {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
}

/// Word boundaries are ASCII (`(?-u:\b)`): with Unicode ones the regex engine
/// leaves its fast lazy DFA for a slow one on any non-ASCII text.
pub struct Patterns {
    /// Each rule with the trigger groups (bits) of which it needs at least one.
    rules: Vec<(Regex, EntityKind, u32)>,
    /// Searchers for the trigger words below, built once.
    words: Vec<memmem::Finder<'static>>,
}

/// Trigger words, by index into `Patterns::words`.
const TRIGGER_WORDS: [&str; 5] = ["LIMITE", "UE/EU", "half", "quarter", "esolution"];
const LIMITE: usize = 0;
const UE_EU: usize = 1;
const HALF_WORD: usize = 2;
const QUARTER: usize = 3;
const ESOLUTION: usize = 4;

/// Trigger groups: each rule needs a literal of at least one of its groups.
const MONTH: u32 = 1;
const MONTH_LOWER: u32 = 1 << 1;
const DASH: u32 = 1 << 2;
const HALF: u32 = 1 << 3;
const CODE: u32 = 1 << 4;
const SYMBOL: u32 = 1 << 5;
const CURRENCY_WORD: u32 = 1 << 6;
const SLASH: u32 = 1 << 7;
const PAREN: u32 = 1 << 8;
const RESOLUTION: u32 = 1 << 9;
const MARKING: u32 = 1 << 10;

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTHS_LOWER: &str = "january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober|janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|dezember";
const CURRENCY_CODES: &str = "EUR|USD|GBP|DKK|SEK|NOK|CHF|JPY|KRW|CNY|RMB|AUD|CAD|NZD|INR|IDR|BRL|ZAR|RUB|TRY|PLN|CZK|HUF|RON|BGN|ISK|MXN|SGD|HKD|SAR|AED|ILS|EGP|NGN|KES|UAH";
const SCALE: &str = r"(?:\s?(?:million|billion|trillion|bn|mn|thousand)\b)?";

impl Patterns {
    pub fn new() -> Patterns {
        let day = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?";
        let amount = r"\d{1,3}(?:[.,\u{202F} ]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
        let rules = [
            // 12-13 August 2001, 26 March 2024, 13 August
            (format!(r"(?-u:\b){day}(?:\s?[-–]\s?{day})?\s(?:{MONTHS})(?:,?\s\d{{4}})?(?-u:\b)"), EntityKind::Date, MONTH),
            // 22 april 2018 (other languages, or lower case): only with a year
            (format!(r"(?-u:\b){day}\.?\s(?:{MONTHS_LOWER})\s\d{{4}}(?-u:\b)"), EntityKind::Date, MONTH_LOWER),
            // March 26, 2024 / November 13 / June 2020
            (format!(r"(?-u:\b)(?:{MONTHS})\s(?:{day}(?:,\s\d{{4}})?|\d{{4}})(?-u:\b)"), EntityKind::Date, MONTH),
            // 2024-03-26
            (r"(?-u:\b)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?-u:\b)".to_string(), EntityKind::Date, DASH),
            // the first half of 2025, the second quarter of 2024
            (r"(?-u:\b)(?:the\s)?(?:first|second|third|fourth|last)\s(?:half|quarter)\sof\s(?:19|20)\d{2}(?-u:\b)".to_string(), EntityKind::Date, HALF),
            // EUR 3 million, DKK 2 million, USD 300.000
            (format!(r"(?-u:\b)(?:{CURRENCY_CODES})\s?(?:{amount}){SCALE}"), EntityKind::Money, CODE),
            // $25 million, US$77 million, A$10 million, $A6.4 billion, €3 million
            (format!(r"(?:(?-u:\b)(?:US|A|AU|C|NZ|HK|S)\$|\$A|\$|€|£|¥|₩)\s?(?:{amount}){SCALE}"), EntityKind::Money, SYMBOL),
            // 4 billion Won, 3 million euros, 10 million Swedish kronor
            (format!(r"(?-u:\b)(?:{amount})\s?(?:million|billion|trillion|thousand)?\s(?:(?:Swedish|Danish|Norwegian|US|Australian|Canadian)\s)?(?:[Ee]uros?|[Dd]ollars|Won|won|[Yy]en|[Kk]ron(?:or|er|a|e)|[Pp]ounds(?: sterling)?|[Ff]rancs|[Rr]upees|[Yy]uan|{CURRENCY_CODES})(?-u:\b)"), EntityKind::Money, CURRENCY_WORD | CODE),
            // 8318/24, ST 12804/20 ADD 1 (Council document numbers)
            (r"(?-u:\b)(?:ST\s)?\d{3,6}/\d{2}(?-u:\b)(?:\s(?:ADD|REV|COR)\s\d{1,2})*".to_string(), EntityKind::Reference, SLASH),
            // CFSP/PESC 982 and other slash file codes
            (r"(?-u:\b)[A-Z]{3,8}/[A-Z]{3,8}\s\d{1,4}(?-u:\b)".to_string(), EntityKind::Reference, SLASH),
            // COM(2023) 123 final, SWD(2022) 12, JOIN(2020) 5
            (r"(?-u:\b)(?:COM|SWD|JOIN|SEC|C)\s?\((?:19|20)\d{2}\)\s?\d{1,5}(?:\sfinal)?(?-u:\b)".to_string(), EntityKind::Reference, PAREN),
            // Regulation (EU) 2022/2554, Council Decision (CFSP) 2022/266, Directive 2014/65/EU
            (r"(?-u:\b)(?:Regulation|Directive|Decision|Implementing Regulation|Delegated Regulation)\s\((?:EU|EC|EEC|CFSP|Euratom)\)\s(?:No\s)?\d{2,4}/\d{1,5}(?:/(?:EU|EC|CFSP))?(?-u:\b)".to_string(), EntityKind::Reference, PAREN),
            (r"(?-u:\b)(?:Directive|Regulation)\s\d{2,4}/\d{1,5}/(?:EU|EC|EEC)(?-u:\b)".to_string(), EntityKind::Reference, SLASH),
            // S/RES/2397 (2017), A/RES/77/1, A/78/PV.5, S/2023/123
            (r"(?-u:\b)[AS]/RES/\d{1,4}(?:/\d{1,4})?(?:\s\((?:19|20)\d{2}\))?".to_string(), EntityKind::Reference, SLASH),
            (r"(?-u:\b)[AS]/\d{2,4}/(?:PV\.)?\d{1,5}(?-u:\b)".to_string(), EntityKind::Reference, SLASH),
            // resolution 2401, resolution 232 (1966), 2145 (XXI)
            (r"(?-u:\b)[Rr]esolution\s\d{2,4}(?:\s\((?:(?:19|20)\d{2}|[IVXL]{1,6})\))?".to_string(), EntityKind::Reference, RESOLUTION),
            (r"(?-u:\b)\d{3,4}\s\((?:[IVXL]{2,6}|(?:19|20)\d{2})\)".to_string(), EntityKind::Reference, PAREN),
            // Distribution markings written in the body
            (r"(?-u:\b)(?:LIMITE|RESTREINT UE/EU RESTRICTED|CONFIDENTIEL UE/EU CONFIDENTIAL|SECRET UE/EU SECRET)(?-u:\b)".to_string(), EntityKind::Reference, MARKING),
        ];
        Patterns {
            rules: rules
                .into_iter()
                .map(|(re, kind, needs)| (Regex::new(&re).expect("entity patterns are valid regexes"), kind, needs))
                .collect(),
            words: TRIGGER_WORDS.iter().map(memmem::Finder::new).collect(),
        }
    }

    pub fn find(&self, text: &str) -> Vec<PatternHit> {
        self.find_near(text, digit_windows)
    }

    /// `find`, running the rules that need a digit on the stretches `near`
    /// gives (the tests give the whole text, to check the stretches miss nothing).
    fn find_near(&self, text: &str, near: fn(&str) -> Vec<Range<usize>>) -> Vec<PatternHit> {
        let mut hits = Vec::new();
        // Every rule but the marking one needs a digit: most clauses without
        // one are done after a single cheap scan.
        let digits = text.bytes().any(|b| b.is_ascii_digit());
        let has = |word: usize| self.words[word].find(text.as_bytes()).is_some();
        let mut present = 0;
        if has(LIMITE) || has(UE_EU) {
            present |= MARKING;
        }
        if digits {
            let bytes = text.as_bytes();
            for (byte, group) in [(b'-', DASH), (b'/', SLASH), (b'(', PAREN)] {
                if memchr::memchr(byte, bytes).is_some() {
                    present |= group;
                }
            }
            // `$`, and the first bytes of `€` `₩` (E2) and `£` `¥` (C2).
            if memchr::memchr3(b'$', 0xE2, 0xC2, bytes).is_some() {
                present |= SYMBOL;
            }
            if has(HALF_WORD) || has(QUARTER) {
                present |= HALF;
            }
            if has(ESOLUTION) {
                present |= RESOLUTION;
            }
            // Month names and currencies are left to the rules themselves (a scan
            // for them cost more than it saved).
            present |= MONTH | MONTH_LOWER | CODE | CURRENCY_WORD;
        }
        let near_digits = if digits { near(text) } else { Vec::new() };
        let whole = 0..text.len();
        for (re, kind, needs) in &self.rules {
            if present & needs == 0 || !(digits || *needs == MARKING) {
                continue;
            }
            let windows = if *needs == MARKING {
                std::slice::from_ref(&whole)
            } else {
                &near_digits[..]
            };
            for w in windows {
                for m in re.find_iter(&text[w.clone()]) {
                    let (start, end) = trim_match(text, w.start + m.start(), w.start + m.end());
                    if start < end {
                        hits.push(PatternHit {
                            start,
                            end,
                            kind: *kind,
                        });
                    }
                }
            }
        }
        hits
    }
}

impl Default for Patterns {
    fn default() -> Self {
        Patterns::new()
    }
}

/// How far a match of a rule that needs a digit reaches beyond its digits
/// (`Implementing Regulation (Euratom) No ` before them, ` thousand Australian
/// pounds sterling` after: under 40 bytes), with room to spare.
const REACH: usize = 96;

/// The stretches of `text` within `REACH` bytes of an ASCII digit, merged.
/// Those rules are run on these alone: a clause's digits are a date or a
/// number in a few hundred bytes of prose. A stretch begins at least `REACH`
/// before any match in it, so a word boundary its edge fakes is never used.
fn digit_windows(text: &str) -> Vec<Range<usize>> {
    let mut windows: Vec<Range<usize>> = Vec::new();
    for (d, _) in text.bytes().enumerate().filter(|(_, b)| b.is_ascii_digit()) {
        let mut start = d.saturating_sub(REACH);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (d + 1 + REACH).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        match windows.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => windows.push(start..end),
        }
    }
    windows
}

/// Trailing spaces and separators are not part of an amount (`USD 300.000.` ends before the dot).
fn trim_match(text: &str, start: usize, mut end: usize) -> (usize, usize) {
    while end > start {
        let Some(c) = text[..end].chars().next_back() else {
            break;
        };
        if c.is_whitespace() || matches!(c, '.' | ',') {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let mut v: Vec<_> = Patterns::new()
            .find(text)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.kind.as_str()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn finds_dates_in_their_usual_forms() {
        let f = found(
            "On 17 November 2020, in June 2020, on 12-13 August 2001, by May 2019, November 13, in the first half of 2025.",
        );
        for d in [
            "17 November 2020",
            "June 2020",
            "12-13 August 2001",
            "May 2019",
            "November 13",
            "the first half of 2025",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        assert!(found("you may go").is_empty());
        assert_eq!(found("den 22 april 2018"), vec![("22 april 2018".to_string(), "date")]);
    }

    #[test]
    fn finds_money_with_codes_symbols_and_words() {
        let f = found(
            "DKK 2 million (USD 300.000). EUR 3 million (≈4 billion Won), $25 million, A$10 million, US$77 million and $A6.4 billion.",
        );
        for m in [
            "DKK 2 million",
            "USD 300.000",
            "EUR 3 million",
            "4 billion Won",
            "$25 million",
            "A$10 million",
            "US$77 million",
            "$A6.4 billion",
        ] {
            assert!(f.contains(&(m.to_string(), "money")), "{m} not in {f:?}");
        }
    }

    #[test]
    fn finds_references() {
        let f = found(
            "See 8318/24, ST 1234/24, COM(2023) 123, Regulation (EU) 2022/2554, S/RES/2397 (2017), resolution 2401 and 2145 (XXI), CFSP/PESC 982.",
        );
        for r in [
            "8318/24",
            "ST 1234/24",
            "COM(2023) 123",
            "Regulation (EU) 2022/2554",
            "S/RES/2397 (2017)",
            "resolution 2401",
            "2145 (XXI)",
            "CFSP/PESC 982",
        ] {
            assert!(f.contains(&(r.to_string(), "reference")), "{r} not in {f:?}");
        }
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        /// Running the rules near digits only finds what running them on the
        /// whole text finds.
        #[test]
        fn stretches_near_digits_find_what_the_whole_text_does(
            pieces in proptest::collection::vec((0usize..40, 0usize..300), 0..12)
        ) {
            const PIECES: &[&str] = &[
                "17 November 2020", "12-13 August 2001", "June 2020", "the first half of 2025", "2024-03-26",
                "DKK 2 million", "USD 300.000", "$25 million", "A$10 million", "10 thousand Australian pounds sterling",
                "8318/24", "ST 1234/24 ADD 1", "CFSP/PESC 982", "COM(2023) 123 final",
                "Implementing Regulation (Euratom) No 2022/2554", "Directive 2014/65/EU", "S/RES/2397 (2017)",
                "A/78/PV.5", "resolution 232 (1966)", "2145 (XXI)", "LIMITE", "RESTREINT UE/EU RESTRICTED",
                "22 april 2018", "November 13", "€3 million", "4 billion Won", "Ünïcødé", "—", "9", "x",
            ];
            let mut text = String::new();
            for (pick, pad) in pieces {
                text.push_str(PIECES[pick % PIECES.len()]);
                text.extend(std::iter::repeat_n(if pad % 3 == 0 { "é" } else { "a " }, pad % 150));
            }
            static BUILT: std::sync::OnceLock<Patterns> = std::sync::OnceLock::new();
            let p = BUILT.get_or_init(Patterns::new);
            prop_assert_eq!(p.find(&text), p.find_near(&text, |t| std::iter::once(0..t.len()).collect()));
        }
    }
}
