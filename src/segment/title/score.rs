//! How much a line reads like a briefing's title: a heading's markup, the
//! genre's words, a headline's length and case, a line the page repeats, its
//! place as the first line standing alone; less for a site's or issuer's
//! name, a sentence, a section label.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::super::header::clean;
use super::super::inline::parse_inline;
use super::super::lines::{Line, atx_heading};
use super::is_all_caps;

/// Words of the genres briefings come in: a line holding one reads as a title.
const GENRE_WORDS: &[&str] = &[
    "statement",
    "declaration",
    "communiqué",
    "communique",
    "conclusions",
    "joint",
    "remarks",
    "speech",
    "address",
    "resolution",
    "decision",
    "report",
    "meeting",
    "summit",
    "agreement",
    "memorandum",
    "letter",
    "fact sheet",
    "readout",
    "briefing",
    "agenda",
    "note",
    "minutes",
    "outcome",
    "session",
    "visit",
    "convention",
    "treaty",
    "strategy",
    "framework",
    "press release",
    "condemns",
    "welcomes",
    "calls",
    "announces",
    "condemn",
    "conference",
    "dialogue",
    "consultations",
    "talks",
    "message",
    "interview",
    "cablegram",
    "memorandum",
    "record",
    "brief",
    "proposal",
    "draft",
    "declaration",
    "plan",
    // The kinds in the EU's other languages (`Erklæring fra den højtstående
    // repræsentant …`, `Déclaration de la haute représentante …`).
    "déclaration",
    "erklärung",
    "erklæring",
    "declaración",
    "dichiarazione",
    "verklaring",
    "förklaring",
    "uttalande",
    "udtalelse",
    "uttalelse",
    "comunicado",
    "comunicato",
    "conclusiones",
    "conclusioni",
    "schlussfolgerungen",
    "rådsslutsatser",
    "pressemitteilung",
    "pressemeddelelse",
    "pressmeddelande",
    // The French foreign ministry's daily briefing and a press conference
    // (`Point de presse du 29 septembre 2015`).
    "point de presse",
    "conférence de presse",
    "rueda de prensa",
    "conferenza stampa",
    // The Auswärtiges Amt's page of its spokesperson's statements at the
    // government's press conference (`Erklärungen des Sprechers … in der
    // Bundespressekonferenz vom 14.08.2017`), over its topics' headings.
    "erklärungen",
    "pressekonferenz",
    "bundespressekonferenz",
    "regierungspressekonferenz",
];

/// Every genre word in one automaton: a candidate line is read once.
static GENRE_FINDER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(GENRE_WORDS).expect("the genre words build an automaton"));

/// Bodies whose name alone is a site's or letterhead's, not a title.
const ISSUERS: &[&str] = &[
    "ministry",
    "ministère",
    "ministerium",
    // (Capitals drop the accent: `MINISTERE DES AFFAIRES ETRANGERES`.)
    "ministere",
    "ministerio",
    "ministério",
    "ministero",
    "department of",
    "government of",
    "delegation of",
    "embassy",
    // A Commonwealth country's embassy, and a consulate.
    "high commission of",
    "consulate general of",
    "consulate-general of",
    "permanent mission",
    "permanent representation",
    "office of",
    "the white house",
    "federal foreign office",
    "council of the",
    "european council",
    "european union",
    "u.s. department of",
    "european commission",
    "united nations",
    "secretariat",
    "prime minister's office",
    // The OSCE's letterhead, its date beside it (`… in Europe 7 December 2004`).
    "organization for security and co-operation in europe",
    "organization for security and cooperation in europe",
    // The Union's and its Council's names in other languages, as letterheads print them.
    "den europæiske union",
    "rådet for den europæiske union",
    "union européenne",
    "conseil de l'union européenne",
    "europäische union",
    "rat der europäischen union",
    "unión europea",
    "consejo de la unión europea",
    "unione europea",
    "consiglio dell'unione europea",
    "europese unie",
    "raad van de europese unie",
    "europeiska unionen",
    "europeiska unionens råd",
    // Ministries named for their portfolios (`Foreign Affairs and International Trade Canada`).
    "foreign affairs and international",
    "foreign affairs, trade",
    "global affairs",
];

/// Below this, no line is taken for the title (only chrome-like lines score so low).
pub(super) const MIN_TITLE_SCORE: i32 = -6;

/// Whether `lower` holds a word of the genres briefings come in.
pub(super) fn names_genre(lower: &str) -> bool {
    GENRE_FINDER
        .find_overlapping_iter(lower)
        .any(|m| at_word(lower, m.start(), m.end()))
}

pub(super) fn title_score(lines: &[Line], i: usize, raw: &str, text: &str, first_candidate: bool) -> i32 {
    // `a.` / `(iv)` / `12.`: a list's label alone on its line, its item
    // below, is never a title.
    if is_lone_label(text) {
        return MIN_TITLE_SCORE - 10;
    }
    let words = text.split_whitespace().count();
    let chars = text.chars().count();
    let lower = text.to_lowercase();
    let mut score = 0;
    if let Some((level, _)) = atx_heading(raw) {
        score += if level == 1 { 6 } else { 4 };
    } else if parse_inline(raw).is_wholly_bold() {
        score += 2;
    }
    let genre = names_genre(&lower);
    if genre {
        score += 4;
    }
    // The first line standing alone above the body is a title by position.
    // A name of three words or fewer that names no genre (`European Law
    // Monitor`) is as often a site's as a title: no bonus for its place.
    let standalone = lines.get(i + 1).is_none_or(|l| l.is_blank());
    // `Agenda item 74 (c)` / `Promotion and protection of human rights: …`:
    // under a UN masthead's item, the item's name; the text's own title
    // (`Report of the Third Committee`) follows.
    let item_name = lines[..i]
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        // (Cleaned only where the words stand: most lines have none.)
        .is_some_and(|l| l.text.contains("genda item") && super::line_kinds::is_agenda_item(&clean(l.text)));
    if item_name {
        score -= 1;
    } else if standalone && first_candidate && (genre || words > 3) {
        score += 2;
    }
    // `Statements | Spokesperson for the Secretary-General`: a site's section label.
    if text.contains(" | ") {
        score -= 4;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let capitalised = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let all_caps = letters.len() >= 8 && letters.iter().all(|c| !c.is_lowercase());
    if all_caps || (words >= 3 && capitalised * 2 >= words) {
        score += 1;
    }
    // `Press release` alone over `No.: 90/06` and the headline: a release's
    // kind is never its title (a statement's or communiqué's may be) where
    // a headline follows.
    if matches!(
        lower.as_str(),
        "press release" | "news release" | "media release" | "pressemelding" | "pressmeddelande" | "pressemeddelelse"
    ) && lines[i + 1..].iter().filter(|l| !l.is_blank()).take(4).any(|l| {
        let t = l.text.trim();
        t.split_whitespace().count() >= 4
            && t.len() <= 200
            && !t.contains(". ")
            && !t.ends_with(['.', ':', ',', '!', '?', '’', '”', '"', '\''])
    }) {
        score -= 4;
    }
    match words {
        // A site's or place's name; a genre's one word (`Communiqué`) less so.
        0..=2 if genre => score -= 1,
        0..=2 => score -= 3,
        3 => {}
        4..=40 => score += 1,
        _ => score -= 1,
    }
    if chars > 300 {
        score -= 4;
    }
    if text.starts_with(char::is_lowercase) {
        score -= 3;
    }
    // `(White House statement on Bush phone call to Russian President)
    // (200)`: a wire item's note on its source under the headline, in
    // brackets, its word count after it.
    if text.starts_with('(') && text.ends_with(')') {
        score -= 4;
    }
    // `ISRAELI PRACTICES, …, DECOLONIZATION,` / `AMONG ISSUES ADDRESSED, AS
    // GENERAL ASSEMBLY ADOPTS 28 TEXTS`: a headline in capitals wrapped after
    // a comma (a UN press release's) goes on in capitals below.
    let wrapped_caps = text.ends_with(',')
        && is_all_caps(text)
        && lines[i + 1..]
            .iter()
            .find(|l| !l.is_blank())
            .is_some_and(|l| is_all_caps(l.text.trim()) && !l.text.trim().ends_with(','));
    if wrapped_caps {
        score += 3;
    } else if text.ends_with([':', ',', ';']) {
        score -= 2;
    }
    // A short sentence (a slogan, `The Danish government will.`) is no title.
    if text.ends_with(['.', '!', '?']) && words >= 4 && !is_all_caps(text) {
        score -= 4;
    }
    if !genre && is_issuer(&lower) {
        score -= 3;
    }
    if !genre && is_names_caption(text) {
        score -= 4;
    }
    if !genre && is_speakers_office(lines, i, &lower) {
        score -= 4;
    }
    // `The Hon. Alexander Downer, MP`, `Senator the Hon Penny Wong`: the
    // minister whose letterhead the release is printed under.
    let honourable = ["the hon", "hon ", "hon. ", "senator the hon", "the honourable"]
        .iter()
        .any(|o| lower.starts_with(o));
    let member = [" mp", ", mp", " mp.", " m.p.", " qc mp", " mhr"]
        .iter()
        .any(|e| lower.ends_with(e));
    if (honourable || member) && words <= 8 {
        score -= 6;
    }
    // `Meeting of the North Atlantic Council … held at NATO Headquarters`:
    // where the text was issued, a banner over its title.
    let held_below = lines.get(i + 1).is_some_and(|l| {
        let next = l.text.trim_start();
        next.starts_with("held at ") || next.starts_with("held in ")
    });
    // (`Press communiqué issued by the Ministerial Council … held in Jeddah`:
    // a text's kind first names the text, wherever it was held.)
    let kind_first = [
        "press communiqué",
        "communiqué",
        "joint statement",
        "statement by",
        "final communiqué",
    ]
    .iter()
    .any(|k| lower.starts_with(k));
    if (lower.contains(" held at ") || lower.contains(" held in ") || held_below) && !kind_first {
        score -= 3;
    }
    // `(...) II. Political issues`: an excerpt's elision, then a section's heading.
    if text.starts_with("(...)") || text.starts_with("[...]") || text.starts_with("(…)") {
        score -= 4;
    }
    // `Press Release: New Zealand Government`: a kind of text and its issuer,
    // a wire service's byline.
    if let Some((kind, rest)) = lower.split_once(": ")
        && ["release", "statement", "news"].iter().any(|k| kind.ends_with(k))
        && kind.split_whitespace().count() <= 3
        && is_issuer(rest)
    {
        score -= 6;
    }
    // `3765th Council meeting` (`3191e session du Conseil`): a Council press
    // release's title, under its kind and number; `Resolution 2223 (2015)`: a
    // UN resolution's own heading, under a site's shorter name for it.
    // `Letter dated 7 March 2003 from the Chargé d'affaires …`: a UN
    // letter's own heading, under a site's headline for it.
    let un_letter = ["letter dated ", "identical letters dated ", "note verbale dated "]
        .iter()
        .any(|o| lower.starts_with(o));
    if is_council_meeting(&lower) || is_resolution_heading(&lower) || un_letter {
        score += 3;
    }
    // `Home >News >Commonwealth Ministerial Action Group (CMAG), London, 16
    // April 2012` over that heading: the page's breadcrumb ends with its title.
    if ends_breadcrumb_above(lines, i, text) {
        score += 2;
    }
    // `Spindelegger: "Austrian contribution appreciated …"`: a speaker and
    // the words quoted, as German-language ministries write headlines (the
    // line below is the standfirst, not the title).
    if is_quote_headline(text) {
        score += 2;
    }
    // A page prints its title twice (the page's heading and the article's).
    // (Or in capitals, where a page's letter-spacing may have split a
    // capital with an accent off its word: `LE SECR É TAIRE G É N É RAL`.)
    let again = lines[i + 1..].iter().take(30).any(|l| {
        !l.is_blank()
            && if l.text.len() == raw.len() {
                clean(l.text).eq_ignore_ascii_case(text)
            } else {
                !text.is_ascii()
                    && l.text.len() > raw.len()
                    && l.text.len() <= raw.len() + raw.len() / 4
                    && same_letters(l.text, text)
            }
    });
    if again {
        score += 2;
    }
    // `Shabait: Statement by …` over `Statement by …`: a mail's subject or a
    // feed's headline, its source named before a colon, above the text's own
    // heading, which is the title.
    let labelled_above = i > 0
        && lines[..i].iter().rev().take(10).any(|l| {
            let above = l.text.trim_end();
            above.len() > text.len() + 2
                && above.ends_with(text)
                && above[..above.len() - text.len()].trim_end().ends_with(':')
        });
    // (It outweighs the first line's place: the labelled copy is the first.)
    if labelled_above {
        score += 3;
    }
    if is_restated_below(lines, i, &lower) {
        score += 6;
    }
    score
}

/// `Empowering girls through education in the EU` over `European Parliament
/// resolution of 9 September 2015 on empowering girls through education in
/// the EU (2014/2250(INI))`: a short title whose text's formal heading,
/// right below, ends by naming its subject so.
fn is_restated_below(lines: &[Line], i: usize, lower: &str) -> bool {
    if lower.split_whitespace().count() < 2 || lower.len() > 120 {
        return false;
    }
    lines[i + 1..].iter().filter(|l| !l.is_blank()).take(3).any(|l| {
        let below = l.text.trim();
        if below.len() <= lower.len() + 12 || below.len() > 400 {
            return false;
        }
        let below = clean(below).to_lowercase();
        // (Its procedure file in brackets after it.)
        let below = match below.rfind(" (") {
            Some(at) if below.ends_with(')') => &below[..at],
            _ => below.as_str(),
        };
        let Some(head) = below.strip_suffix(lower) else {
            return false;
        };
        [
            " on",
            " on the",
            " sur",
            " sur la",
            " sur le",
            " sur les",
            " zu",
            " zur",
            " zum",
            " sobre",
            " sobre la",
        ]
        .iter()
        .any(|w| head.trim_end().ends_with(w))
            || head.ends_with(" sur l’")
            || head.ends_with(" sur l'")
    })
}

/// Whether `a` and `b` are the same text but for case and spacing.
fn is_lone_label(text: &str) -> bool {
    let t = text.trim();
    let bare = t.trim_start_matches('(').trim_end_matches(['.', ')']);
    let roman = |c: char| matches!(c.to_ascii_lowercase(), 'i' | 'v' | 'x' | 'l' | 'c');
    bare.len() < t.len()
        && (1..=4).contains(&bare.len())
        && (bare.bytes().all(|b| b.is_ascii_digit())
            || bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic)
            || bare.chars().all(roman))
}

fn same_letters(a: &str, b: &str) -> bool {
    let letters = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect::<Vec<_>>()
    };
    letters(a) == letters(b)
}

/// Whether a breadcrumb (`Home > News > …`) within a few lines above line
/// `i` ends with `text`.
fn ends_breadcrumb_above(lines: &[Line], i: usize, text: &str) -> bool {
    lines[..i].iter().rev().filter(|l| !l.is_blank()).take(4).any(|l| {
        let t = l.text.trim();
        t.len() > text.len()
            && t.ends_with(text)
            && t[..t.len() - text.len()]
                .trim_end()
                .ends_with(['>', '»', '›', '/', '|'])
            && t.matches(['>', '»', '›']).count() >= 2
    })
}

/// `Spindelegger: "…"`, `Maas: „…"`: one or two capitalised names, a colon
/// and a quotation.
fn is_quote_headline(text: &str) -> bool {
    let Some((speaker, quote)) = text.split_once(": ") else {
        return false;
    };
    let names = speaker.split(' ').collect::<Vec<_>>();
    (1..=2).contains(&names.len())
        && names
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-'))
        && quote.starts_with(['"', '„', '“', '«', '»'])
        && quote.ends_with(['"', '“', '”', '»', '«'])
        && quote.split_whitespace().count() >= 3
}

/// `3765th council meeting`, and the line as the Council's releases print it
/// in French, German, Spanish and Italian (`3191e session du conseil`,
/// `3191. tagung des rates`). Takes lower case.
pub(super) fn is_council_meeting(lower: &str) -> bool {
    const MEETINGS: &[&str] = &[
        " council meeting",
        " session du conseil",
        " tagung des rates",
        " sesión del consejo",
        " sessione del consiglio",
    ];
    let Some(rest) = MEETINGS.iter().find_map(|m| lower.strip_suffix(m)) else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &rest[digits..];
    (1..=4).contains(&digits) && matches!(suffix, "th" | "st" | "nd" | "rd" | "e" | "ème" | "." | ".ª" | "ª" | "a")
}

/// `resolution 2223 (2015)`: a resolution's number and year, and nothing
/// else. Takes lower case.
pub(super) fn is_resolution_heading(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("resolution ") else {
        return false;
    };
    let Some((number, year)) = rest.split_once(" (") else {
        return false;
    };
    let year = year.trim_end_matches(')');
    (1..=4).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && rest.ends_with(')')
}

/// A body's name, as a site or letterhead prints it above the title: it
/// starts with one (`Ministry of …`), or, short, ends with one (`Pacific
/// Islands Forum Secretariat`), or is one word built on one, as the Nordic
/// and Germanic languages build them (`Udenrigsministeriet`, `Auswärtiges
/// Amt` aside, `Utrikesdepartementet`). Takes lower case.
pub(super) fn is_issuer(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "secretariat",
        "ministry",
        "embassy",
        "ministeriet",
        "ministerium",
        "ministerie",
        "ministeriö",
        "departementet",
        "departement",
        "government",
        // `Government Communications Department`: the issuing office's line.
        "department",
        "directorate",
    ];
    if ISSUERS
        .iter()
        .any(|o| lower.starts_with(o) || lower.strip_prefix("the ").is_some_and(|r| r.starts_with(o)))
    {
        return true;
    }
    let words = lower.split_whitespace().count();
    let last = lower.split_whitespace().next_back().unwrap_or("");
    words <= 6 && ENDINGS.iter().any(|e| last.ends_with(e))
}

/// `Benita Ferrero-Waldner` / `Commissioner for External Relations and
/// European Neighbourhood Policy` / `External Relations: latest developments`:
/// the office under a speaker's name is the speaker's, not the speech's title.
fn is_speakers_office(lines: &[Line], i: usize, lower: &str) -> bool {
    const OFFICES: &[&str] = &[
        "commissioner for ",
        "commissioner responsible for ",
        "member of the european commission",
        "president of the european",
        "vice-president of the european",
        "minister for ",
        "minister of ",
        "secretary of state for ",
        "high representative of the union",
        "high representative for ",
    ];
    if lower.split_whitespace().nth(14).is_some() || !OFFICES.iter().any(|o| lower.starts_with(o)) {
        return false;
    }
    let Some(above) = lines[..i].iter().rev().find(|l| !l.is_blank()) else {
        return false;
    };
    let name = above.text.trim();
    let words = name.split_whitespace().count();
    name.len() <= 40
        && (2..=4).contains(&words)
        && name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
}

/// `Condoleezza Rice og Ingibjörg Sólrún Gísladóttir`: a photograph's
/// caption under a headline, names of two to four capitalised words joined
/// by `and` and nothing else (`Australia and New Zealand` is no caption).
fn is_names_caption(text: &str) -> bool {
    const JOINERS: &[&str] = &["and", "&", "og", "och", "und", "et", "ja", "en", "y", "e"];
    // Asked of every candidate line: most hold no joiner and are not split.
    if !text.split_whitespace().any(|w| JOINERS.contains(&w)) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 12 {
        return false;
    }
    words.split(|w| JOINERS.contains(w)).all(|name| {
        (2..=4).contains(&name.len())
            && name
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
    })
}

/// Whether `start..end` of `haystack` is a whole word, or one with a plural `s`.
fn at_word(haystack: &str, start: usize, end: usize) -> bool {
    let before = haystack[..start].chars().next_back();
    let after = haystack[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric() || c == 's')
}
