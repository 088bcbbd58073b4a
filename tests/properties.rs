//! Property tests of the loading pipeline on arbitrary input: clause source
//! ranges stay inside the source and apart, no word of a plain body is lost,
//! entity offsets are char boundaries inside their clause, and nothing loaded
//! carries a control character. Case counts are small so CI runs them in seconds.

use std::path::PathBuf;
use std::sync::LazyLock;

use attache::decode::{decode, normalise};
use attache::entities::Extractor;
use attache::library::Library;
use attache::segment::segment;
use proptest::prelude::*;

/// Built once: building the lexicon automata is the costly part of extraction.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(None).0);

/// Pieces of real briefings (letterheads, labels, markup, dates, names,
/// injection attempts) so that arbitrary text reaches the interesting paths.
const FRAGMENTS: &[&str] = &[
    "Subject: Council conclusions on",
    "Council of the\nEuropean Union",
    "Brussels, 17 November 2020",
    "12804/20",
    "LIMITE",
    "CFSP/PESC 982 COPS 392",
    "From: General Secretariat",
    "To: Delegations",
    "NOTE",
    "1. ",
    "2) ",
    "(a) ",
    "(iv) ",
    "2.1 Scope",
    "A. ",
    "IV. ",
    "- ",
    "• ",
    "  * ",
    "## ",
    "### ",
    "**",
    "***",
    "*",
    "\\*",
    "_",
    "[the Panel](https://x.org/p)",
    "[",
    "](",
    "---",
    "Home | Links | Search",
    "HomeDenmark",
    "The Council",
    "welcomes the Republic of Korea (ROK)",
    "Ministry of Science and ICT (MSIT)",
    "Minister Anders Samuelsen said",
    "Samuelsen",
    "EUR 3 million",
    "USD 1.5 billion",
    "26 March 2024",
    "March 26, 2024",
    "COM(2023) 123",
    "Regulation (EU) 2022/2554",
    "S/RES/2397 (2017)",
    "Horizon Europe",
    "Digital Partnership",
    "European Union",
    "United Nations",
    "Dr. Lee Jong-Ho",
    "capacity-",
    "building",
    "\u{1b}[2J",
    "\u{1b}]52;c;ZXZpbA==\u{7}",
    "\u{1b}]8;;https://evil\u{1b}\\link\u{1b}]8;;\u{1b}\\",
    "\u{9b}31m",
    "\u{202E}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{A0}",
    "é",
    "ß",
    "İ",
    "ﬁ",
    "日本",
    "\u{301}",
    ".",
    ",",
    ";",
    ":",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
];

/// Text that looks a little like a briefing: fragments and random strings
/// glued with spaces and line breaks.
fn briefing_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<String>(),
        1 => "[A-Za-z]{1,12}",
    ];
    let sep = prop::sample::select(&[" ", " ", "", "\n", "\n\n", "\r\n", "\t"][..]);
    prop::collection::vec((piece, sep), 0..60).prop_map(|parts| {
        let mut s = String::new();
        for (p, sep) in parts {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

/// Any text at all, or text shaped like a briefing.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![1 => any::<String>(), 3 => briefing_like()]
}

/// Any bytes, or a briefing in some encoding (BOMs, UTF-16, Windows-1252).
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..400),
        1 => briefing_like().prop_map(String::into_bytes),
        1 => briefing_like().prop_map(|s| {
            let mut b = vec![0xFF, 0xFE];
            b.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }),
        1 => briefing_like().prop_map(|s| {
            let mut b = vec![0xFE, 0xFF];
            b.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
            b
        }),
        1 => (briefing_like(), prop::collection::vec(0x80u8..=0xFF, 1..8)).prop_map(|(s, high)| {
            // Invalid UTF-8 sprinkled in: read as Windows-1252.
            let mut b = s.into_bytes();
            for (i, h) in high.into_iter().enumerate() {
                let at = (i * 7919) % (b.len() + 1);
                b.insert(at, h);
            }
            b
        }),
    ]
}

fn load(text: String) -> Library {
    Library::from_sources(vec![(PathBuf::from("prop.txt"), Ok(text))], &EXTRACTOR)
}

/// Segments `source` and checks every range the segmenter hands out.
fn check_ranges(source: &str) -> Result<(), TestCaseError> {
    let seg = segment(source);
    let mut previous_end = 0usize;
    for c in &seg.clauses {
        let r = &c.source;
        prop_assert!(
            r.start <= r.end && r.end <= source.len(),
            "source {r:?} outside 0..{}",
            source.len()
        );
        prop_assert!(source.is_char_boundary(r.start) && source.is_char_boundary(r.end));
        prop_assert!(
            r.start >= previous_end,
            "source {r:?} overlaps the clause before (ends at {previous_end})"
        );
        previous_end = r.end;
        let t = &c.text;
        prop_assert!(t.start <= t.end && t.end as usize <= seg.text.len());
        prop_assert!(seg.text.is_char_boundary(t.start as usize) && seg.text.is_char_boundary(t.end as usize));
        let text = &seg.text[t.start as usize..t.end as usize];
        prop_assert!(!text.is_empty(), "empty clause {}", c.label);
        for s in &c.spans {
            prop_assert!(s.range.start < s.range.end && s.range.end as usize <= text.len());
            prop_assert!(text.is_char_boundary(s.range.start as usize) && text.is_char_boundary(s.range.end as usize));
        }
        // The clause's letters and digits come, in order, from its own source lines.
        let mut from = source[r.clone()].chars().filter(|c| c.is_alphanumeric());
        for ch in text.chars().filter(|c| c.is_alphanumeric()) {
            prop_assert!(
                from.any(|s| s == ch),
                "{ch:?} of clause {} {text:?} is not in its source {:?}",
                c.label,
                &source[r.clone()]
            );
        }
    }
    Ok(())
}

fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}

/// Every string of a loaded library a screen or a script could print.
fn check_no_controls(lib: &Library) -> Result<(), TestCaseError> {
    for d in &lib.documents {
        let m = &d.meta;
        let fields = [&m.title, &m.date, &m.number, &m.marking, &m.from, &m.to, &m.place];
        for f in fields.into_iter().flatten().chain(&m.codes) {
            prop_assert!(!has_control(f), "metadata {f:?}");
        }
        prop_assert!(!has_control(d.display_title()));
        for (i, c) in d.clauses.iter().enumerate() {
            prop_assert!(!has_control(d.clause_text(i)), "clause {:?}", d.clause_text(i));
            prop_assert!(!has_control(&c.label), "label {:?}", c.label);
            if let Some(s) = d.section_title(i) {
                prop_assert!(!has_control(s));
            }
        }
        // The header joins its lines with `\n`, and nothing else.
        prop_assert!(
            !d.header.chars().any(|c| c.is_control() && c != '\n'),
            "header {:?}",
            d.header
        );
    }
    for e in &lib.entities {
        prop_assert!(!has_control(&e.name), "entity {:?}", e.name);
        for a in &e.aliases {
            prop_assert!(!has_control(a), "alias {a:?}");
        }
    }
    Ok(())
}

/// Mentions are char-boundary ranges inside their clause (or the header),
/// in order and apart, and agree with the entity table.
fn check_mentions(lib: &Library) -> Result<(), TestCaseError> {
    for (di, d) in lib.documents.iter().enumerate() {
        for (ci, c) in d.clauses.iter().enumerate() {
            let text = d.clause_text(ci);
            let mut previous_end = 0u32;
            for m in &c.mentions {
                let (s, e) = (m.range.start as usize, m.range.end as usize);
                prop_assert!(s < e && e <= text.len(), "mention {s}..{e} outside {text:?}");
                prop_assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "mention {s}..{e} splits a char of {text:?}"
                );
                prop_assert!(m.range.start >= previous_end, "mentions overlap in {text:?}");
                previous_end = m.range.end;
                let entity = lib.entities.get(m.entity as usize);
                let indexed = entity.is_some_and(|en| {
                    en.mentions
                        .iter()
                        .any(|l| l.doc as usize == di && l.clause == Some(ci as u32) && l.range == m.range)
                });
                prop_assert!(indexed, "mention not in the entity index");
            }
        }
        for m in &d.header_mentions {
            let (s, e) = (m.range.start as usize, m.range.end as usize);
            prop_assert!(s < e && e <= d.header.len());
            prop_assert!(d.header.is_char_boundary(s) && d.header.is_char_boundary(e));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn clause_ranges_lie_inside_the_source_and_apart(raw in text()) {
        check_ranges(&normalise(&raw))?;
    }

    #[test]
    fn decoded_bytes_segment_into_ranges_inside_the_source(raw in bytes()) {
        if let Ok((text, _)) = decode(&raw) {
            prop_assert!(!has_control(&text.replace('\n', "")), "decoded {text:?}");
            check_ranges(&text)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_loads_with_mentions_on_char_boundaries_and_no_control_characters(raw in text()) {
        let Ok((text, _)) = decode(raw.as_bytes()) else {
            return Ok(());
        };
        let lib = load(text);
        prop_assert_eq!(lib.documents.len(), 1);
        check_mentions(&lib)?;
        check_no_controls(&lib)?;
    }

    #[test]
    fn any_bytes_load_with_no_control_characters(raw in bytes()) {
        let Ok((text, _)) = decode(&raw) else {
            return Ok(());
        };
        let lib = load(text);
        check_mentions(&lib)?;
        check_no_controls(&lib)?;
    }
}

/// A body made only of what the segmenter must keep: numbered paragraphs,
/// bullets and plain paragraphs of ordinary words, each ending in a full stop,
/// some hard-wrapped. It opens with `1.` so no line is read as a title, and
/// holds no digits, dates, menus or markup, so nothing is a dateline or chrome.
#[derive(Debug, Clone)]
enum Block {
    Numbered(Vec<Vec<String>>),
    Bullet(usize, Vec<Vec<String>>),
    Paragraph(Vec<Vec<String>>),
}

fn word() -> impl Strategy<Value = String> {
    // Letters (some non-ASCII), digits only after the first letter.
    "[a-zA-Zéøüßłжα][a-zéøüß0-9]{0,9}"
}

/// Lines of words: a block hard-wrapped over one to three lines.
fn lines() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec(word(), 1..8), 1..4)
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        lines().prop_map(Block::Numbered),
        (0usize..3, lines()).prop_map(|(indent, l)| Block::Bullet(indent, l)),
        lines().prop_map(Block::Paragraph),
    ]
}

/// The source text, and the words it holds (not the labels or markers).
fn body(first: Vec<Vec<String>>, rest: Vec<Block>) -> (String, Vec<String>) {
    let mut src = String::new();
    let mut words = Vec::new();
    let mut number = 0;
    for b in std::iter::once(Block::Numbered(first)).chain(rest) {
        let (marker, lines) = match b {
            Block::Numbered(l) => {
                number += 1;
                (format!("{number}. "), l)
            }
            Block::Bullet(indent, l) => (format!("{}- ", "  ".repeat(indent)), l),
            Block::Paragraph(l) => (String::new(), l),
        };
        src.push_str(&marker);
        for (i, line) in lines.iter().enumerate() {
            words.extend(line.iter().cloned());
            src.push_str(&line.join(" "));
            src.push_str(if i + 1 == lines.len() { ".\n\n" } else { "\n" });
        }
    }
    (src, words)
}

fn alphanumeric_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn joining_clause_texts_loses_no_word_of_a_plain_body(
        first in lines(),
        rest in prop::collection::vec(block(), 0..12),
    ) {
        let (src, words) = body(first, rest);
        let src = normalise(&src);
        let seg = segment(&src);
        prop_assert_eq!(seg.meta.title.as_deref(), None, "no title in {:?}", src);
        let joined: Vec<String> = seg
            .clauses
            .iter()
            .flat_map(|c| alphanumeric_words(&seg.text[c.text.start as usize..c.text.end as usize]))
            .collect();
        prop_assert_eq!(joined, words, "source:\n{}", src);
    }
}
