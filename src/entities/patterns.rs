//! Entities recognised by their shape: dates, sums of money and references
//! (document numbers, file codes, COM/SWD numbers, EU acts, UN resolutions).

use std::ops::Range;

use memchr::memmem;
use regex::Regex;

use super::references;
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
    rules: Vec<Rule>,
    /// Searchers for the trigger words below, built once.
    words: Vec<memmem::Finder<'static>>,
}

struct Rule {
    re: Regex,
    kind: EntityKind,
    /// The trigger groups (bits) of which the rule needs at least one.
    needs: u32,
    /// How far a match reaches, in bytes, before its first digit and after its
    /// last, with room for multi-byte white space and one character of
    /// look-ahead (`\b`); the two together also span the widest gap between
    /// two digit runs of one match (`22. septembre 2018`). A rule that needs a
    /// digit is run only on the stretches this far around the text's digits.
    /// The property test below checks these against matches of the greatest
    /// reach each rule allows.
    reach: (usize, usize),
    /// A further item of the match's list (`, (EU) 2021/694`), matched right
    /// after it, its first group the item.
    item: Option<Regex>,
}

/// Trigger words, by index into `Patterns::words`.
const TRIGGER_WORDS: [&str; 17] = [
    "LIMITE",
    "UE/EU",
    "half",
    "quarter",
    "OJ",
    "Journal",
    "esolution",
    "UNSCR",
    "ecision",
    "PR",
    "AA",
    "O.",
    "ocument",
    "gram",
    "spatch",
    // `résolution`, `resolución`: a resolution cited in French or Spanish.
    "ésolution",
    "esoluci",
];
const LIMITE: usize = 0;
const UE_EU: usize = 1;
const HALF_WORD: usize = 2;
const QUARTER: usize = 3;
/// Words that each name a reference rule's literal (`references::Trigger`).
const REFERENCE_WORDS: [(usize, u32); 13] = [
    (4, OJ),
    (5, OJ),
    (6, RESOLUTION),
    (7, RESOLUTION),
    (8, RESOLUTION),
    (9, PRESS_CO),
    (10, ARCHIVE),
    (11, ARCHIVE),
    (12, ARCHIVE),
    (13, ARCHIVE),
    (14, ARCHIVE),
    (15, RESOLUTION),
    (16, RESOLUTION),
];

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
const MARKING: u32 = 1 << 10;
/// A Hijri year (`1437`) among the text's digits.
const HIJRI_MONTH: u32 = 1 << 18;
/// A dot before a Roman numeral's letter (`19.XI.2007`).
const ROMAN_MONTH: u32 = 1 << 19;
/// A slash and a bracket anywhere: a symbol that may hold no digit
/// (`PSC/PR/COMM.(DCCCLXI)`), looked for in the whole text.
const ROMAN_SYMBOL: u32 = 1 << 17;
/// Any digit: the rule's own literal prefix is its filter.
const DIGIT: u32 = 1 << 11;
const OJ: u32 = 1 << 12;
const RESOLUTION: u32 = 1 << 13;
const PRESS_CO: u32 = 1 << 14;
const ARCHIVE: u32 = 1 << 15;
/// A text of several lines: the header, where file codes are printed.
const HEADER: u32 = 1 << 16;

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTHS_CAPS: &str = "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";
const MONTHS_SHORT: &str = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
/// The Hijri months in the transliterations briefings print (`Rabi' al-Awwal`,
/// `Rabi’ul Awal`, `Jumada II`, `Dhul-Qaa’da`, `Dhu'lqa'dah`, `Sha’aban`).
const HIJRI: &str = concat!(
    r"(?i:Muh?arr?am|Moharr?am|Safar|Rajab|Sha['’`]?a?ban|Chaabane|Rama[dz]h?an|Shaww?al|Chawwal",
    r"|Rabi(?:e|i|ee)?['’`]?[\s-]?(?:(?:al|ul|el|u|as|us)[\s-]?)?(?:Aww?al|Aual|Owal|Aowal|Oula|Ula|Thaa?ni|Than|Sani|Akhir|Akhar|Akher|Athani|II|I)",
    r"|J[ua]m[aā]d[aei]?[\s-]?(?:(?:al|ul|el|u)[\s-]?)?(?:Aww?al|Oula|Ulaa?|Akhirah?|Thani(?:a|yah)?|Sani|Ukhra|II|I)",
    r"|(?:Dhu|Dhul|Thul|Zul|Zu|Dhi|Dhou)(?:['’`]?[\s-]?(?:al|l)?[\s-]?)?(?:Q[ai]{0,2}['’`]?[ai]?d(?:ah|a|eh)?|Hijj?[ae]h?))(?-u:\b)"
);
/// ISO 4217 codes briefings print, less those that are English words in
/// capitals (`ALL`, `TOP`, `CUP`, `MOP`) or name other things before a number
/// (`COP27`, the climate conference; `ARS` after a figure in an OCR scan).
const CURRENCY_CODES: &str = "ECU|EUR|USD|GBP|DKK|SEK|NOK|CHF|JPY|KRW|CNY|RMB|AUD|CAD|NZD|INR|IDR|BRL|ZAR|RUB|TRY|PLN|CZK|HUF|RON|BGN|ISK|MXN|SGD|HKD|SAR|AED|ILS|EGP|NGN|KES|UAH|PKR|LKR|BDT|NPR|PHP|THB|MYR|VND|TWD|QAR|KWD|OMR|BHD|JOD|MAD|TND|DZD|ETB|GHS|TZS|UGX|RWF|XAF|XOF|ZMW|MWK|CLP|PEN|UYU|KZT|GEL|AMD|AZN|RSD|MKD|IRR|IQD|SDR";
/// Local abbreviations printed before an amount (`Kshs 42 billion`,
/// `Rs. 500 crore`, `RM 2 million`, `Rp 5 triliun`).
const LOCAL_PREFIXES: &str = r"KShs?|Kshs?|Tshs?|TSh|UShs?|Shs|Rs\.?|Rp\.?|RM|GH₵|GH¢";
/// A scale after the amount: a word in any case (`ECU 764 MILLION`), or a
/// suffix glued to the digits (`€114m`, `$1.2bn`, `£20k`).
/// (`crore` and `lakh`: South Asia's ten million and hundred thousand.)
const SCALE: &str = r"(?:\s?(?:(?i:million|billion|trillion|bn|mn|mln|bln|thousand|crores?|lakhs?)\b|Mio\.|Mrd\.)|(?:m|mn|bn|b|k|tn|M|B|K)\b)?";
/// Scale words between an amount and a currency word, in the EU's languages
/// as briefings print them (`375 miljoen euro`, `2 Millionen Euro`).
/// (`15 milliards de rands`, `3 millones de dólares`, `2 millions d’euros`:
/// the Romance languages join the scale to the currency with `de`/`di`.)
const SCALE_WORDS: &str = "million|millions|billion|billions|trillion|thousand|crore|crores|lakh|lakhs|milliard|milliards|Million|Millionen|Milliarde|Milliarden|Mio\\.|Mrd\\.|miljoen|miljard|miljoner|miljarder|millioner|milliarder|miljoonaa|miljardia|mil millones|miles de millones|millones|millón|milioni|miliardi|milione|miliardo|milhões|milhão|bilhões|bilhão";
/// Currency words after an amount.
const CURRENCY_WORDS: &str = "[Ee]uros?|EUROS?|[Dd]ollars(?: américains?| des États-Unis)?|DOLLARS|[Dd]ólares(?: estadounidenses)?|[Dd]ollari|Won|won|[Yy]en|[Kk]ron(?:or|er|a|e)|[Pp]ounds(?: sterling)?|[Ll]ivres(?: sterling)?|[Ff]rancs(?: CFA)?|[Rr]upees|[Yy]uan|[Rr]enminbi|[Rr]ands?|[Nn]aira|[Ss]hillings|[Rr]iyals|[Dd]irhams|[Rr]oubles|[Rr]ubles|[Hh]ryvnias?|[Zz]loty|[Pp]esos|[Rr]eais|[Rr]eales|[Rr]inggit|[Bb]aht|[Dd]ong|[Tt]aka|[Ll]ari|[Dd]inars|[Ll]ire|[Ss]hekels";

impl Patterns {
    pub fn new() -> Patterns {
        // (`7 th July 2024`: a space before the ordinal, as some pages print it;
        // `21ST OCTOBER, 2022`: a capitals dateline's.)
        let day = r"(?:0?[1-9]|[12][0-9]|3[01])(?:\s?(?:st|nd|rd|th|ST|ND|RD|TH))?";
        let amount = r"\d{1,3}(?:[.,\u{202F} ]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
        // Month names in the EU's languages (`assets/months.txt`), all of
        // them, and those no English word shares (`mars`, `März`).
        let months_lower = crate::dates::month_alternation(true);
        let months_foreign = crate::dates::month_alternation(false);
        let rules = [
            // 12-13 August 2001, 26 March 2024, 13 August, 8 to 10 June 1987, 19/20 June 2003
            // 11 and 12 December 2008, 28th of September, On The 4th Of August, 2009
            // (a heading in title case)
            // 2 JUNE 2015, 22 February–24 March 2021, 13-14December (a PDF's lost space)
            (format!(r"(?-u:\b){day}(?:\s?[-–/]\s?{day}|\s(?:and|to)\s{day})?(?:\s(?:of|Of|OF))?\s?(?:{MONTHS}|{MONTHS_CAPS})(?:(?:\s?[-–]\s?|\sto\s){day}\s(?:{MONTHS}))?(?:,?\s(?:of\s)?\d{{4}})?(?-u:\b)"), EntityKind::Date, MONTH, (0, 40)),
            // 27June2006: a date whose spaces a PDF's text layer lost
            (format!(r"(?-u:\b)(?:0?[1-9]|[12][0-9]|3[01])(?:{MONTHS})(?:19|20)\d{{2}}(?-u:\b)"), EntityKind::Date, MONTH, (0, 16)),
            // 29th, November, 2021; 8TH, AUGUST, 1969: an ordinal day set off by commas
            (format!(r"(?-u:\b)(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|ST|ND|RD|TH),\s(?:{MONTHS}|{MONTHS_CAPS}),?\s(?:19|20)\d{{2}}(?-u:\b)"), EntityKind::Date, MONTH, (0, 40)),
            // 27 Aug 2020, Aug. 27, 2020, Oct. 21-22, 2000: abbreviated months only with a year
            // or their dot (`Oct. 24`: `May 5` may be a verb's), `Dec. 2001`;
            // 27-Mar-2018, 29 Nov 99 (a two-digit year after a day and a month)
            (format!(r"(?-u:\b)(?:{day}[\s-](?:{MONTHS_SHORT})\.?[\s-](?:(?:19|20)\d{{2}}|\d{{2}})|(?:{MONTHS_SHORT})\.?\s{day}(?:\s?[-–]\s?{day})?,?\s(?:19|20)\d{{2}}|(?:{MONTHS_SHORT})\.\s{day}(?:\s?[-–]\s?{day})?|(?:{MONTHS_SHORT})\.\s(?:19|20)\d{{2}})(?-u:\b)"), EntityKind::Date, MONTH, (16, 16)),
            // 24 Muharram 1433 AH, 28 Rajab to 3 Sha’aban 1401 H, 25 Ramadan: Hijri dates
            (format!(r"(?-u:\b){day}(?:\s?[-–]\s?{day}|\s(?:and|to)\s{day})?\s(?:of\s)?{HIJRI}(?:(?:\s?[-–]\s?|\sto\s){day}\s{HIJRI})?(?:,?\s(?:A\.H\.\s?|AH\s)?1[34]\d{{2}}(?:\s?(?:AH|A\.H|H|Hijri|Hegira|hegira)(?-u:\b))?)?"), EntityKind::Date, HIJRI_MONTH, (0, 56)),
            // Sha'ban 20, 1439; Rajab 12th and 14th 1416: the month first, with a year
            (format!(r"(?-u:\b){HIJRI}\s{day}(?:\s?[-–]\s?{day}|\s(?:and|to)\s{day})?,?\s1[34]\d{{2}}(?:\s?(?:AH|A\.H|H|Hijri|Hegira|hegira))?(?-u:\b)"), EntityKind::Date, HIJRI_MONTH, (48, 16)),
            // 19.XI.2007, 16.-17.X.2006, 15.I.80: a Council footer's day, Roman month and year
            (r"(?-u:\b)(?:0?[1-9]|[12]\d|3[01])\.(?:\s?[-–]\s?(?:0?[1-9]|[12]\d|3[01])\.)?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?:19|20)?\d{2}(?-u:\b)".to_string(), EntityKind::Date, ROMAN_MONTH, (0, 12)),
            // 26.10.2018, 25/01/2021, 11/20/2018, 11-02-2010, 20/01/21, 15 / 11 / 2022,
            // 11/03/1983 - 20/12/1991 (a period: one date), 2021.04.13 (year first, with dots),
            // 10.28.2011 (month first with dots, where the day cannot be a month),
            // 27.4.98 (a two-digit day, the month in one digit: a paragraph's
            // number, `2.1.10`, has a one-digit first part),
            // 1999年3月30日 (Chinese and Japanese)
            (r"(?-u:\b)(?:0?[1-9]|[12]\d|3[01])(?:[./-]|\s/\s)(?:0?[1-9]|1[0-2])(?:[./-]|\s/\s)(?:19|20)\d{2}(?:\s(?:-|–|to)\s(?:0?[1-9]|[12]\d|3[01])(?:[./-]|\s/\s)(?:0?[1-9]|1[0-2])(?:[./-]|\s/\s)(?:19|20)\d{2})?(?-u:\b)|(?-u:\b)(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/\d{2}(?-u:\b)|(?-u:\b)(?:(?:0[1-9]|[12]\d|3[01])/)?(?:0[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2}(?-u:\b)|(?-u:\b)(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:(?:19|20)\d{2}|\d{2})(?-u:\b)|(?-u:\b)(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2\d|3[01])\.(?:19|20)\d{2}(?-u:\b)|(?-u:\b)(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])(?-u:\b)|(?:1[89]|20)\d{2}\s?年\s?(?:0?[1-9]|1[0-2])\s?月(?:\s?(?:0?[1-9]|[12]\d|3[01])\s?日)?".to_string(), EntityKind::Date, DIGIT, (0, 12)),
            // 22 april 2018, 24. maaliskuuta 2020 (other languages, or lower case): with a year;
            // 23–24 maj 2017, 9 i 10 czerwca 2016, 24. og 25. oktober 2002, 25./26. März 2010,
            // 12 ta’ Mejju 2022 (Maltese); 19, 20 et 21 juin 1990 (a list of days)
            (format!(r"(?-u:\b){day}\.?(?:(?:,\s{day}\.?){{1,2}}\s(?:and|og|och|und|et|ja|en|i|y|e|és|si|și)\s{day}\.?|(?:\s?[-–/ـ]\s?|\s(?:and|to|og|och|und|et|ja|en|i|y|e|és|si|și|a|au|al|bis|tot)\s){day}\.?)?\s(?:de\s|ta['’]\s)?(?i:{months_lower}),?\s(?:de\s|del\s)?\d{{4}}(?:م|(?-u:\b))"), EntityKind::Date, MONTH_LOWER, (0, 40)),
            // 25. mars, 23. og 24. mars, 3. März, 10 mai, 1er novembre, 2 de
            // septiembre, 6 januari, 11 au 14 mai: a day and a month no
            // English word spells, in the text's language, needs no year
            // (as `13 August` in English)
            (format!(r"(?-u:\b){day}\.?(?:er|º)?(?:\s?[-–]\s?{day}\.?|\s(?:og|och|und|et|ja|en|i|y|e|és|si|și|a|au|al|bis|tot)\s{day}(?:er|\.)?)?\s(?:de\s|ta['’]\s)?(?i:{months_foreign})(?-u:\b)"), EntityKind::Date, MONTH_LOWER, (0, 48)),
            // 13. april, 1. og 2. september: a day with its full stop before a
            // month in lower case is Nordic or German whatever the month's
            // spelling (`3. May` in capitals opens a numbered paragraph instead).
            // (28.-29. november, 30. november - 1. december: its periods.)
            (format!(r"(?-u:\b){day}\.(?:\s?[-–]\s?{day}\.|\s(?:og|och|und|ja|en|i)\s{day}\.)?\s(?:{months_lower})(?:\s[-–]\s{day}\.\s(?:{months_lower}))?(?-u:\b)"), EntityKind::Date, MONTH_LOWER, (0, 48)),
            // March 26, 2024 / November 13 / June 2020 / March 3-4, 2021 / March 29 to April 7, 2022
            // MARCH 03, 2022 (a White House dateline in capitals), November 30,2019 (no space)
            // November, 1978 (an older text's month and year)
            // September and October 2011, March-April 1984, JANUARY-JUNE 1994
            // (months of one year: one date)
            (format!(r"(?-u:\b)(?:{MONTHS}|{MONTHS_CAPS})(?:\s(?:{day}(?:\s?[-–]\s?{day}|\s(?:and|to)\s{day}|\sto\s(?:{MONTHS})\s{day})?(?:,\s?\d{{4}}|\s\d{{4}})?|\d{{4}}|(?:and|or|to)\s(?:{MONTHS}),?\s\d{{4}})|,\s(?:19|20)\d{{2}}|\s?[-–]\s?(?:{MONTHS}|{MONTHS_CAPS}),?\s(?:19|20)\d{{2}})(?-u:\b)"), EntityKind::Date, MONTH, (16, 16)),
            // 2024-03-26
            (r"(?-u:\b)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?-u:\b)".to_string(), EntityKind::Date, DASH, (4, 8)),
            // 2018/05/06, as the Gulf's news agencies print it, and the Hijri
            // date beside it (1439/8/20), or day first (26/03/1437 AH)
            (r"(?-u:\b)(?:19|20)\d{2}/(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])(?-u:\b)|(?-u:\b)1[34]\d{2}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|30)(?-u:\b)|(?-u:\b)(?:0?[1-9]|[12]\d|30)/(?:0?[1-9]|1[0-2])/1[34]\d{2}(?:\s?(?:AH|H))?(?-u:\b)".to_string(), EntityKind::Date, SLASH, (4, 8)),
            // the first half of 2025, the second quarter of 2024
            (r"(?-u:\b)(?:the\s)?(?:first|second|third|fourth|last)\s(?:half|quarter)\sof\s(?:19|20)\d{2}(?-u:\b)".to_string(), EntityKind::Date, HALF, (40, 8)),
            // EUR 3 million, DKK 2 million, USD 300.000, Euro 5.2 million, Kshs 42 billion, R15 billion
            // (`Euro 5`, `Euro 6`: an emissions standard; after a currency's word a lone figure needs a scale)
            (format!(r"(?-u:\b)(?:(?:{CURRENCY_CODES}|{LOCAL_PREFIXES})\s?(?:{amount}){SCALE}|R(?:{amount})\s?(?:(?i:million|billion|trillion|bn|m)\b)|(?:Euros?|euros?|ECUs?)\s(?:(?:\d{{1,3}}(?:[.,\u{{202F}} ]\d{{3}})+(?:[.,]\d+)?|\d+[.,]\d+|\d{{2,}}){SCALE}|\d\s?(?:(?i:million|billion|trillion|thousand|bn|mn)\b|m\b)))"), EntityKind::Money, CODE, (8, 24)),
            // $25 million, US$77 million, A$10 million, $A6.4 billion, €3 million
            (format!(r"(?:(?-u:\b)(?:US|A|AU|C|NZ|HK|S)\$|\$A|\$|€|£|¥|₩|₹|₦|₱|₪|₺|₽|₴|₫|₵)\s?(?:{amount}){SCALE}"), EntityKind::Money, SYMBOL, (8, 24)),
            // 4 billion Won, 3 million euros, 10 million Swedish kronor, 15 milliards de rands
            (format!(r"(?-u:\b)(?:{amount})\s?(?:(?i:{SCALE_WORDS})\s(?:de\s|d['’]|di\s)?)?(?:(?:Swedish|Danish|Norwegian|US|U\.S\.|Australian|Canadian|New Zealand|Hong Kong|Singapore)\s)?(?:{CURRENCY_WORDS}|{CURRENCY_CODES})(?-u:\b)"), EntityKind::Money, CURRENCY_WORD | CODE, (0, 56)),
            // Distribution markings written in the body
            (r"(?-u:\b)(?:LIMITE|RESTREINT UE/EU RESTRICTED|CONFIDENTIEL UE/EU CONFIDENTIAL|SECRET UE/EU SECRET)(?-u:\b)".to_string(), EntityKind::Reference, MARKING, (0, 0)),
        ];
        let regex = |re: &str| Regex::new(re).expect("entity patterns are valid regexes");
        let mut rules: Vec<Rule> = rules
            .into_iter()
            .map(|(re, kind, needs, reach)| Rule {
                re: regex(&re),
                kind,
                needs,
                reach,
                item: None,
            })
            .collect();
        let groups = references::Groups {
            slash: SLASH,
            paren: PAREN,
            oj: OJ,
            resolution: RESOLUTION,
            press: PRESS_CO,
            archive: ARCHIVE,
            header: HEADER,
            digit: DIGIT,
            roman_symbol: ROMAN_SYMBOL,
        };
        rules.extend(references::rules(&groups).into_iter().map(|r| Rule {
            re: regex(&r.re),
            kind: EntityKind::Reference,
            needs: r.needs,
            reach: r.reach,
            item: r.item.as_deref().map(regex),
        }));
        Patterns {
            rules,
            words: TRIGGER_WORDS.iter().map(memmem::Finder::new).collect(),
        }
    }

    #[cfg(test)]
    pub fn find(&self, text: &str) -> Vec<PatternHit> {
        let mut hits = Vec::new();
        self.find_near(text, true, &mut Buffers::default(), &mut hits);
        join_date_ranges(text, &mut hits);
        hits
    }

    /// Every match in `text`, into `hits` (cleared first); `buffers` are kept
    /// from one text to the next.
    pub fn find_into(&self, text: &str, buffers: &mut Buffers, hits: &mut Vec<PatternHit>) {
        self.find_near(text, true, buffers, hits);
        join_date_ranges(text, hits);
    }

    /// `find_into`, running the rules that need a digit on the stretches near
    /// digits (`near`) or on the whole text (the tests, to check the stretches
    /// miss nothing).
    fn find_near(&self, text: &str, near: bool, buffers: &mut Buffers, hits: &mut Vec<PatternHit>) {
        hits.clear();
        let Buffers { digits, windows } = buffers;
        // Every rule but the marking one needs a digit: most clauses without
        // one are done after a single cheap scan.
        digit_runs(text, digits);
        let has = |word: usize| self.words[word].find(text.as_bytes()).is_some();
        let mut present = 0;
        if has(LIMITE) || has(UE_EU) {
            present |= MARKING;
        }
        if memchr::memchr(b'/', text.as_bytes()).is_some() && memchr::memchr(b'(', text.as_bytes()).is_some() {
            present |= ROMAN_SYMBOL;
        }
        if !digits.is_empty() {
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
            if memchr::memchr(b'\n', bytes).is_some() {
                present |= HEADER;
            }
            // The reference rules' words, a group's search skipped once it is
            // found: memchr's vector search per word reads a clause faster than
            // one automaton over them all (short words keep its prefilter off).
            for &(word, group) in &REFERENCE_WORDS {
                if present & group == 0 && has(word) {
                    present |= group;
                }
            }
            // A Hijri year (13xx, 14xx) among the digits: a pass over the text
            // for the months' many spellings cost more than their rules.
            if digits
                .iter()
                .any(|r| r.len() == 4 && matches!(&bytes[r.start..r.start + 2], b"13" | b"14"))
            {
                present |= HIJRI_MONTH;
            }
            if memchr::memchr_iter(b'.', bytes).any(|i| matches!(bytes.get(i + 1), Some(b'I' | b'V' | b'X'))) {
                present |= ROMAN_MONTH;
            }
            // Month names and currencies are left to the rules themselves (a scan
            // for them cost more than it saved).
            present |= MONTH | MONTH_LOWER | CODE | CURRENCY_WORD | DIGIT;
        }
        for rule in &self.rules {
            if present & rule.needs == 0 {
                continue;
            }
            if rule.needs == MARKING || rule.needs == ROMAN_SYMBOL || !near {
                windows.clear();
                windows.push(0..text.len());
            } else {
                near_digits(text, digits, rule.reach, windows);
            }
            for w in windows.iter() {
                // The haystack ends with the stretch but begins with the text,
                // so that a word boundary at the stretch's start is judged on
                // what precedes it.
                let haystack = &text[..w.end];
                let mut at = w.start;
                while let Some(m) = rule.re.find_at(haystack, at) {
                    let (start, end) = trim_match(text, m.start(), m.end());
                    let start = if rule.kind == EntityKind::Date {
                        crate::dates::with_weekday_before(text, super::day_ranges::day_range_start(text, start))
                    } else {
                        start
                    };
                    if start < end
                        && !(rule.kind == EntityKind::Money && crate::entities::money::garbled(text, start, end))
                    {
                        hits.push(PatternHit {
                            start,
                            end,
                            kind: rule.kind,
                        });
                        if let Some(item) = &rule.item {
                            list_items(text, end, item, rule.kind, hits);
                        }
                    }
                    // No rule matches the empty string; were one to, step past it.
                    at = if m.end() > m.start() {
                        m.end()
                    } else {
                        match haystack[m.end()..].chars().next() {
                            Some(c) => m.end() + c.len_utf8(),
                            None => break,
                        }
                    };
                }
            }
        }
    }
}

/// What joins two dates into one period (`16 June 1997 to 15 June 1998`,
/// `3 oktober 2014 till den 20 januari 2019`). (`between … and …` joins two
/// dates most annotators list apart.)
const RANGE_JOINS: &[&str] = &[
    " to ",
    " - ",
    " – ",
    "–",
    " until ",
    " till den ",
    " till ",
    " bis ",
    " au ",
    " al ",
    " tot ",
    " til ",
    "-",
];

/// Two dates, each with its year, joined as a period, become one date: the
/// period is added as a hit of its own, which outspans both (overlapping
/// hits are settled later, the longest first).
fn join_date_ranges(text: &str, hits: &mut Vec<PatternHit>) {
    let dates = hits.iter().filter(|h| h.kind == EntityKind::Date).count();
    if dates < 2 {
        return;
    }
    // A full Gregorian date: a day and a year of the 1900s or 2000s (`the
    // Hijri date - the Gregorian` names one day twice; `January 2019 to
    // December 2020` is listed as two months).
    let full = |h: &PatternHit| {
        let mut year = false;
        let mut day = false;
        for run in text[h.start..h.end].split(|c: char| !c.is_ascii_digit()) {
            year |= run.len() == 4 && (run.starts_with("19") || run.starts_with("20"));
            day |= matches!(run.len(), 1 | 2);
        }
        year && day && !text[h.start..h.end].contains('/')
    };
    // `May 29 - June 2, 1988`: a day and month whose year the period's end
    // gives.
    let yearless_day = |h: &PatternHit| {
        let s = &text[h.start..h.end];
        let mut day = false;
        for run in s.split(|c: char| !c.is_ascii_digit()) {
            if run.len() > 2 {
                return false;
            }
            day |= !run.is_empty();
        }
        day && s.chars().any(char::is_alphabetic) && !s.contains('/')
    };
    let mut periods = Vec::new();
    for a in hits
        .iter()
        .filter(|h| h.kind == EntityKind::Date && (full(h) || yearless_day(h)))
    {
        // The widest date that starts where the join ends.
        let b = hits
            .iter()
            .filter(|b| {
                b.kind == EntityKind::Date
                    && b.start > a.end
                    && text.get(a.end..b.start).is_some_and(|gap| RANGE_JOINS.contains(&gap))
                    && full(b)
            })
            .max_by_key(|b| b.end);
        if let Some(b) = b {
            periods.push(PatternHit {
                start: a.start,
                end: b.end,
                kind: EntityKind::Date,
            });
        }
    }
    hits.extend(periods);
}

impl Default for Patterns {
    fn default() -> Self {
        Patterns::new()
    }
}

/// Buffers for `Patterns::find_into`, kept from one text to the next.
#[derive(Default)]
pub struct Buffers {
    digits: Vec<Range<usize>>,
    windows: Vec<Range<usize>>,
}

/// The runs of ASCII digits in `text`, as byte ranges, into `runs`. Digits
/// are few: eight bytes at a time, only a chunk that holds one is read byte
/// by byte. For each byte's low seven bits, adding 0x50 sets the high bit from
/// `0` up and adding 0x46 from past `9`, with no carry into the next byte.
fn digit_runs(text: &str, runs: &mut Vec<Range<usize>>) {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    runs.clear();
    let bytes = text.as_bytes();
    let mut add = |from: usize, chunk: &[u8]| {
        for (k, b) in chunk.iter().enumerate() {
            if b.is_ascii_digit() {
                let i = from + k;
                match runs.last_mut() {
                    Some(last) if last.end == i => last.end = i + 1,
                    _ => runs.push(i..i + 1),
                }
            }
        }
    };
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let low = w & LOW;
        let from_zero = low + ONES * 0x50;
        let past_nine = low + ONES * 0x46;
        if from_zero & !past_nine & !w & HIGH != 0 {
            add(i, chunk);
        }
        i += 8;
    }
    add(i, &bytes[i..]);
}

/// The stretches of `text` from `before` bytes ahead of each digit run to
/// `after` bytes past it (widened to character boundaries), merged, into `out`.
fn near_digits(text: &str, digits: &[Range<usize>], (before, after): (usize, usize), out: &mut Vec<Range<usize>>) {
    out.clear();
    for run in digits {
        let mut start = run.start.saturating_sub(before);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (run.end + after).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => out.push(start..end),
        }
    }
}

/// The items of a list that follow a match ending at `end` (`, (EU) 2021/694
/// and (EU) 2023/1230`), each a hit of its own. Read on the whole text: a list
/// may run past the stretch its first item was found in.
fn list_items(text: &str, mut end: usize, item: &Regex, kind: EntityKind, hits: &mut Vec<PatternHit>) {
    if is_page_footer(&text[end..]) {
        return;
    }
    // An item rule may offer alternatives, each its own group: the first that took part is the item.
    while let Some(g) = item
        .captures(&text[end..])
        .and_then(|c| c.iter().skip(1).flatten().next())
    {
        let (start, stop) = trim_match(text, end + g.start(), end + g.end());
        if start >= stop {
            break;
        }
        // `EUCO 19/1/17` / `REV 1`: the number's suffix on the next line is
        // no file code (the header joins it to the number).
        if ["REV ", "ADD ", "COR "]
            .iter()
            .any(|s| text[start..stop].starts_with(s))
        {
            end = stop;
            continue;
        }
        hits.push(PatternHit { start, end: stop, kind });
        end = stop;
    }
}

/// `9024/19 OZ 1 RELEX 2 B EN`, `13230/1/16 REV 1 PN/np 1 DGD 2C LIMITE EN`:
/// what follows a Council number on its page footer (the drafter's initials,
/// the page, the directorate, the language) names no file; the footer's
/// line ends with the language's code.
/// (`6493/10` / `DQPG` / `1` / `EN`: a PDF's extraction may print each on a
/// line of its own.)
fn is_page_footer(after: &str) -> bool {
    let mut lines = after.split('\n');
    let first = lines.next().unwrap_or("").trim_end();
    let stacked;
    let line = if first.trim().is_empty() {
        stacked = lines
            .take(4)
            .map(str::trim)
            .take_while(|l| !l.is_empty() && l.len() <= 12)
            .collect::<Vec<_>>()
            .join(" ");
        stacked.as_str()
    } else {
        first
    };
    line.len() <= 60
        && line.rsplit_once(' ').is_some_and(|(_, lang)| {
            matches!(
                lang,
                "EN" | "FR" | "DE" | "ES" | "IT" | "NL" | "PL" | "SV" | "DA" | "FI" | "PT" | "CS"
            )
        })
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
    fn two_dates_joined_as_a_period_are_one_date() {
        for (text, want) in [
            (
                "for the period from 16 June 1997 to 15 June 1998.",
                "16 June 1997 to 15 June 1998",
            ),
            (
                "Innehållet publicerades under perioden 3 oktober 2014 till den 20 januari 2019",
                "3 oktober 2014 till den 20 januari 2019",
            ),
            // A first day whose year the period's end gives.
            ("met in Moscow May 29 - June 2, 1988.", "May 29 - June 2, 1988"),
            ("on May 29-June 2, 1988", "May 29-June 2, 1988"),
        ] {
            let f = found(text);
            assert!(f.contains(&(want.to_string(), "date")), "{want} not in {f:?}");
        }
        // Two days named one after the other are two dates.
        assert!(
            !found("between 3 March 2021 and 4 April 2022")
                .iter()
                .any(|(t, _)| t.contains(" and "))
        );
        assert!(
            !found("from January 2019 to December 2020")
                .iter()
                .any(|(t, _)| t.contains(" to "))
        );
        assert!(
            !found("Sunday 1439/8/20 - 2018/05/06")
                .iter()
                .any(|(t, _)| t.contains(" - "))
        );
    }

    #[test]
    fn finds_dates_in_their_usual_forms() {
        let f = found(
            "On 17 November 2020, in June 2020, on 12-13 August 2001, by May 2019, November 13, in the first half of 2025, on March 3-4, 2021. Today Thursday 2 July; 2 JUNE 2015; 22 February–24 March 2021; July 21 and 22; 11-02-2010; 20/01/21. MARCH 03, 2022; 2018/05/06; Period of Service: 11/03/1983 - 20/12/1991; 23–24 maj 2017; 9 i 10 czerwca 2016; 25./26. März 2010; Created: 2021.04.13; in November, 1978; 1999年3月30日; Freetown, 29th, November, 2021. ON 8TH, AUGUST, 1969; the Council's 03.03.21 and 11/12.03.02 and 27.4.98; Baku, Oct. 24; Luxembourg,27June2006; in September and October 2011; on Oct. 21-22, 2000; March-April 1984; JANUARY-JUNE 1994",
        );
        for d in [
            "September and October 2011",
            "27.4.98",
            "27June2006",
            "March-April 1984",
            "JANUARY-JUNE 1994",
            "Oct. 21-22, 2000",
            "03.03.21",
            "11/12.03.02",
            "Oct. 24",
            "17 November 2020",
            "June 2020",
            "12-13 August 2001",
            "May 2019",
            "November 13",
            "the first half of 2025",
            "March 3-4, 2021",
            "Thursday 2 July",
            "2 JUNE 2015",
            "22 February–24 March 2021",
            "July 21 and 22",
            "11-02-2010",
            "20/01/21",
            "MARCH 03, 2022",
            "2018/05/06",
            "11/03/1983 - 20/12/1991",
            "23–24 maj 2017",
            "9 i 10 czerwca 2016",
            "29th, November, 2021",
            "8TH, AUGUST, 1969",
            "25./26. März 2010",
            "2021.04.13",
            "November, 1978",
            "1999年3月30日",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        assert!(found("you may go").is_empty());
        assert!(found("as point 2.1.10 sets out").is_empty());
        // A numbered paragraph opening on a capitalised month word is no date.
        assert!(found("2. May the Council decide. 3. March on.").is_empty());
        // A day range with a slash; a year alone is no date (as annotators read them).
        let f = found("held on 19/20 June 2003; in 2019, since 1995 and by 2030.");
        assert!(f.contains(&("19/20 June 2003".to_string(), "date")), "{f:?}");
        assert!(
            !f.iter().any(|(d, _)| ["2019", "1995", "2030"].contains(&d.as_str())),
            "{f:?}"
        );
        assert_eq!(found("den 22 april 2018"), vec![("22 april 2018".to_string(), "date")]);
        // A capitals ordinal, a short month's dot before a year, a PDF's lost
        // space, a month first with dots, and Maltese.
        let f = found(
            "PORT OF SPAIN, 21ST OCTOBER, 2022; in Dec. 2001; on 13-14December; 10.28.2011; 12 ta’ Mejju 2022; On The 4th Of August, 2009",
        );
        for d in [
            "4th Of August, 2009",
            "21ST OCTOBER, 2022",
            "Dec. 2001",
            "13-14December",
            "10.28.2011",
            "12 ta’ Mejju 2022",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        // A list of days is one date.
        assert!(
            found("tenue à La Baule les 19, 20 et 21 juin 1990.")
                .contains(&("19, 20 et 21 juin 1990".to_string(), "date"))
        );
        // (A serial before a date is no day of a list.)
        assert!(found("QA-12, 17 May 2014").contains(&("17 May 2014".to_string(), "date")));
        let f = found("celebrada el 8 de julio de 2021, los días 15 y 16 de octubre de 2007 y el 26 de março de 2018");
        for d in [
            "8 de julio de 2021",
            "15 y 16 de octubre de 2007",
            "26 de março de 2018",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        let f = found(
            "Møtet i Brussel 23. og 24. mars; debatter berammet 25. mars; am 3. März; 24. maaliskuuta 2020; \
             from 8 to 10 June 1987; from March 29 to April 7, 2022; på Gardermoen den 13. april d.å.; \
             møder 28.-29. november og 30. november - 1. december.",
        );
        for d in [
            "23. og 24. mars",
            "25. mars",
            "3. März",
            "24. maaliskuuta 2020",
            "8 to 10 June 1987",
            "March 29 to April 7, 2022",
            "13. april",
            "28.-29. november",
            "30. november - 1. december",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        let f =
            found("le 10 mai et le 1er novembre; du 11 au 14 mai; el 2 de septiembre; den 6 januari; il 19 maggio.");
        for d in [
            "10 mai",
            "1er novembre",
            "11 au 14 mai",
            "2 de septiembre",
            "6 januari",
            "19 maggio",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        let f = found(
            "on 24 Muharram 1433 AH, 4 to 6 Dhu'lqa'dah A.H. 1410, from 28 Rajab to 3 Sha’aban 1401 H, between Rajab 12th and 14th 1416, \
             Tuesday 1438/9/11 - 2017/06/06, on 26/03/1437 AH, 19.XI.2007, 16.-17.X.2006, 7 th July 2024, \
             Post on 27-Mar-2018, Press Club, 29 Nov 99), Date: 04/27/98 From",
        );
        for d in [
            "24 Muharram 1433 AH",
            "4 to 6 Dhu'lqa'dah A.H. 1410",
            "28 Rajab to 3 Sha’aban 1401 H",
            "Rajab 12th and 14th 1416",
            "Tuesday 1438/9/11",
            "2017/06/06",
            "26/03/1437 AH",
            "19.XI.2007",
            "16.-17.X.2006",
            "7 th July 2024",
            "27-Mar-2018",
            "29 Nov 99",
            "04/27/98",
        ] {
            assert!(f.contains(&(d.to_string(), "date")), "{d} not in {f:?}");
        }
        // An Arabic text's range joined by a tatweel, its year marked `م`.
        let f = found("الموافق 3 ـ 4 ديسمبر 2007م تلبية");
        assert!(f.contains(&("3 ـ 4 ديسمبر 2007م".to_string(), "date")), "{f:?}");
        // A numbered paragraph opening with an English month's word is no date.
        assert!(found("1. May the Council agree?").is_empty());
    }

    #[test]
    fn finds_money_with_codes_symbols_and_words() {
        let f = found(
            "DKK 2 million (USD 300.000). EUR 3 million (≈4 billion Won), $25 million, A$10 million, US$77 million and $A6.4 billion. India (Euro 5.2 million), Russia (Euro 800,000).",
        );
        for m in [
            "Euro 5.2 million",
            "Euro 800,000",
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
    fn finds_money_with_suffixes_capitals_and_other_languages() {
        let f = found(
            "Sudan (€114m), Chad (€17.25m); ECU 764 MILLION in aid; EU stelt 375 miljoen euro beschikbaar; \
             2 Millionen Euro; EUR 2,5 Mio. for Kyiv; $1.2bn and £20k; 40 million U.S. dollars.",
        );
        for m in [
            "€114m",
            "€17.25m",
            "ECU 764 MILLION",
            "375 miljoen euro",
            "2 Millionen Euro",
            "EUR 2,5 Mio",
            "$1.2bn",
            "£20k",
            "40 million U.S. dollars",
        ] {
            assert!(f.contains(&(m.to_string(), "money")), "{m} not in {f:?}");
        }
        // A unit glued to a number is not a sum without a currency.
        assert!(found("a 5m wall and 20k runners").iter().all(|(_, k)| *k != "money"));
    }

    #[test]
    fn finds_money_in_local_currencies_and_romance_languages() {
        let f = found(
            "Kenya spent Kshs 42 billion and KSh 5 million; Rs. 500 crore and ₹2,000 crore; a R15 billion fund; \
             ₦5 billion, PKR 3 billion and QAR 100 million; 15 milliards de rands, 2 millions d’euros, \
             3 millones de dólares and 10 milioni di euro; 270 Milioni di ECU and 50 dollars américains.",
        );
        for m in [
            "Kshs 42 billion",
            "KSh 5 million",
            "Rs. 500 crore",
            "₹2,000 crore",
            "R15 billion",
            "₦5 billion",
            "PKR 3 billion",
            "QAR 100 million",
            "15 milliards de rands",
            "2 millions d’euros",
            "3 millones de dólares",
            "10 milioni di euro",
            "270 Milioni di ECU",
            "50 dollars américains",
        ] {
            assert!(f.contains(&(m.to_string(), "money")), "{m} not in {f:?}");
        }
        // A road, a rule or a grade is no rand; `ALL 3` no lek.
        assert!(
            found("the R15 road, ALL 3 states, COP27, COP 21 and Mrs 5")
                .iter()
                .all(|(_, k)| *k != "money")
        );
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
        // A meeting's record and a board's (`S/PV.3415`, `GOV/OR.1072`), and
        // an OCR'd addendum's `l` for `1`.
        let f = found("the Council's record S/PV.3415, the statement (GOV/OR.1072) and A/43/26/Add.l/Corr.1 apply.");
        for r in ["S/PV.3415", "GOV/OR.1072", "A/43/26/Add.l/Corr.1"] {
            assert!(f.contains(&(r.to_string(), "reference")), "{r} not in {f:?}");
        }
        // The Council register's form, the year in full after a space.
        let f = found("Previous doc.: ST 5299 2021 INIT; see ST 14862 2022 REV 1. In 2021 2022 nothing.");
        for r in ["ST 5299 2021", "ST 14862 2022 REV 1"] {
            assert!(f.contains(&(r.to_string(), "reference")), "{r} not in {f:?}");
        }
        assert_eq!(f.iter().filter(|(_, k)| *k == "reference").count(), 2, "{f:?}");
    }

    #[test]
    fn finds_court_cases_and_room_documents() {
        let f = found("the judgments in Turco (C-39/05 P a C-52/05 P) and T-123/04, as in ASILE 04/01 REV 1.");
        for r in ["C-39/05 P", "C-52/05 P", "T-123/04", "ASILE 04/01 REV 1"] {
            assert!(f.contains(&(r.to_string(), "reference")), "{r} not in {f:?}");
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// Eight bytes at a time, the digit runs are those read byte by byte.
        #[test]
        fn digit_runs_are_found_eight_bytes_at_a_time(text in "[0-9a-z /:@é\u{660}-\u{669}]{0,40}") {
            let mut by_byte: Vec<Range<usize>> = Vec::new();
            for (i, b) in text.bytes().enumerate() {
                if b.is_ascii_digit() {
                    match by_byte.last_mut() {
                        Some(last) if last.end == i => last.end = i + 1,
                        _ => by_byte.push(i..i + 1),
                    }
                }
            }
            let mut runs = Vec::new();
            digit_runs(&text, &mut runs);
            prop_assert_eq!(runs, by_byte);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        /// Running the rules near digits only finds what running them on the
        /// whole text finds.
        #[test]
        fn stretches_near_digits_find_what_the_whole_text_does(
            pieces in proptest::collection::vec((0usize..1000, 0usize..300), 0..12)
        ) {
            const PIECES: &[&str] = &[
                "17 November 2020", "12-13 August 2001", "June 2020", "the first half of 2025", "2024-03-26",
                "DKK 2 million", "USD 300.000", "$25 million", "A$10 million", "10 thousand Australian pounds sterling",
                "8318/24", "ST 1234/24 ADD 1", "CFSP/PESC 982", "COM(2023) 123 final",
                "Implementing Regulation (Euratom) No 2022/2554", "Directive 2014/65/EU", "S/RES/2397 (2017)",
                "A/78/PV.5", "resolution 232 (1966)", "2145 (XXI)", "LIMITE", "RESTREINT UE/EU RESTRICTED",
                "22 april 2018", "November 13", "23.\u{3000}og\u{3000}24.\u{3000}σεπτεμβρίου", "22\u{3000}σεπτεμβρίου\u{3000}2018",
                "March\u{3000}29th\u{3000}to\u{3000}September\u{3000}17th,\u{3000}2022", "13th\u{3000}to\u{3000}14th\u{3000}September", "€3 million", "4 billion Won", "Ünïcødé", "—", "9", "x",
                // The greatest reach of each rule, before and after its digits,
                // some with the widest white space `\s` takes (U+3000, 3 bytes).
                "13th\u{3000}–\u{3000}14th\u{3000}September", "22.\u{3000}septembre\u{3000}2018",
                "September\u{3000}26th", "the\u{3000}fourth\u{3000}quarter\u{3000}of\u{3000}2024",
                "NZD\u{3000}1\u{202F}000.5\u{3000}trillion", "NZ$\u{3000}3 thousand", "₩\u{3000}3\u{3000}billion",
                "1\u{3000}thousand\u{3000}Australian\u{3000}pounds sterling", "ST\u{3000}12804/20\u{3000}ADD\u{3000}1\u{3000}REV\u{3000}2",
                "ABCDEFGH/ABCDEFGH\u{3000}982", "JOIN\u{3000}(2020)\u{3000}5\u{3000}final",
                "Implementing Regulation\u{3000}(Euratom)\u{3000}No\u{3000}2022/2554/CFSP",
                "Regulation\u{3000}2014/65/EEC", "S/RES/2397/12\u{3000}(2017)", "A/78/PV.5",
                "Resolution\u{3000}232\u{3000}(XXXVII)", "2145\u{3000}(XXXVII)", "12 March", "9th", "March 9th",
                "13th\u{3000}September,\u{3000}2001",
                "11th\u{3000}and\u{3000}12th\u{3000}of\u{3000}September,\u{3000}2008", "Sept.\u{3000}27th,\u{3000}2020", "27th\u{3000}Sept.\u{3000}2020",
                "26.10.2018", "February\u{3000}03\u{3000}2021", "ECU 760 million",
                "19th,\u{3000}20th,\u{3000}21st\u{3000}and\u{3000}22nd\u{3000}de\u{3000}septembre,\u{3000}del\u{3000}2018",
                "13\u{3000}th\u{3000}–\u{3000}14\u{3000}th\u{3000}of\u{3000}Dhou’\u{3000}al\u{3000}Qai’idah\u{3000}to\u{3000}3\u{3000}th\u{3000}Rabiee’\u{3000}as\u{3000}Aowal\u{3000}1401\u{3000}Hegira",
                "Rabiee’\u{3000}as\u{3000}Aowal\u{3000}12\u{3000}th\u{3000}and\u{3000}14\u{3000}th,\u{3000}1416\u{3000}Hegira",
                "16.\u{3000}–\u{3000}17.VIII.2006", "29-Sept.-99", "04/27/98", "1439/8/20", "26/03/1437\u{3000}AH",
                "WK\u{3000}1234/2026\u{3000}ADD\u{3000}1\u{3000}(Presse\u{3000}296)", "ANTIDUMPING\u{3000}12345",
                "PR\u{3000}CO\u{3000}39", "CM/Del/Dec\u{3000}(2009)\u{3000}50\u{3000}final", "CM(2009)50prov12A",
                "2023/0123\u{3000}(COD)", "EUCO\u{3000}123456/24\u{3000}CO EUR 20", "PRESSE\u{3000}3761", "PR\u{3000}PCE\u{3000}127",
                "PR/CP\u{3000}(2006)\u{3000}1501", "M-NAC-1(98)61", "141215_123_en", "(Euratom)\u{3000}No.\u{3000}2019/881",
                "Council\u{3000}Implementing\u{3000}Recommendations\u{3000}(EU,\u{3000}Euratom)\u{3000}No.\u{3000}2019/881",
                "Commission\u{3000}Framework\u{3000}Decision\u{3000}No.\u{3000}2014/65/CFSP, (EU) 2021/694 and 2019/1/EU",
                "Official\u{3000}Journal\u{3000}of\u{3000}the\u{3000}European\u{3000}Communities\u{3000}no.\u{3000}L\u{3000}119\u{3000}A\u{3000}of\u{3000}4.5.2016,\u{3000}pp.\u{3000}1–12",
                "ABCDEFGHI.ABCDEF/ABCDEF/ABCDEF/ABCDEF/12/L.5/Rev.1\u{3000}(2015)", "A/RES/ES-10/20",
                "UNGA\u{3000}resolution\u{3000}ES-11/1\u{3000}(xxxiii)", "resolutions 47/19, 48/16 and 49/9 (XXI)",
                "Decisions\u{3000}ES-1/2", "Cablegram\u{3000}No.\u{3000}CHX1234567", "O.JAB2754",
                "NAA\u{3000}:\u{3000}Al0463/12,\u{3000}801/13/11/1,\u{3000}xviii", "AA:A1,\u{3000}1/2\u{3000}part\u{3000}123",
                "RC-B8-0444/2018", "CRE\u{3000}04/10/2018\u{3000}–\u{3000}7.9.12",
            ];
            let mut text = String::new();
            for (pick, pad) in pieces {
                text.push_str(PIECES[pick % PIECES.len()]);
                text.extend(std::iter::repeat_n(if pad % 3 == 0 { "é" } else { "a " }, pad % 150));
            }
            static BUILT: std::sync::OnceLock<Patterns> = std::sync::OnceLock::new();
            let p = BUILT.get_or_init(Patterns::new);
            let mut whole = Vec::new();
            p.find_near(&text, false, &mut Buffers::default(), &mut whole);
            prop_assert_eq!(p.find(&text), whole);
        }
    }
}
