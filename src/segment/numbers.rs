//! The identifiers a briefing's header prints: its document number in the
//! series it belongs to (Council `8318/24`, `9639/4/18 REV 4`, `WK 1234/2026
//! ADD 1`, `CM 1234/26`; UN `A/RES/73/3`, `SC/8215`; Commission
//! `STATEMENT/21/1234`; Council of Europe `CM(2009)50`; NATO `M-NAC-1(98)61`;
//! a press release's `No. 76` or `MR123`), its file codes (`CFSP/PESC 982`)
//! and its distribution marking (`LIMITE`). Each is recognised on a header
//! line of its own: the same strings in running text are references, not the
//! document's number.

/// Markings printed on classified or limited-distribution documents.
const MARKINGS: &[&str] = &[
    "LIMITE",
    "RESTREINT UE/EU RESTRICTED",
    "RESTREINT UE",
    "EU RESTRICTED",
    "CONFIDENTIEL UE/EU CONFIDENTIAL",
    "CONFIDENTIEL UE",
    "EU CONFIDENTIAL",
    "SECRET UE/EU SECRET",
    "TRES SECRET UE/EU TOP SECRET",
    "SENSITIVE",
    "RESTRICTED",
    "CONFIDENTIAL",
    "SECRET",
    "TOP SECRET",
    "OFFICIAL-SENSITIVE",
    "OFFICIAL SENSITIVE",
    "FOR OFFICIAL USE ONLY",
    "NOT FOR PUBLICATION",
    "EMBARGOED",
    "UNCLASSIFIED",
];

/// Series prefixes of Council documents (`ST` standard, `CM` meeting notices,
/// `WK` working documents, `SN` room documents, `DS` delegation documents).
/// `EUCO` the European Council's own series.
/// `CONV` the European Convention's (2002–03).
const COUNCIL_PREFIXES: &[&str] = &["ST", "CM", "WK", "SN", "DS", "PE-CONS", "EUCO", "CONV"];

/// What may follow a Council number: `ADD 1`, `REV 2`, `COR 1`, `INIT`…
const COUNCIL_SUFFIXES: &[&str] = &["ADD", "REV", "COR", "INIT", "EXT", "DCL", "AMD", "CORR", "RE"];

/// A Council document number standing alone on a line: `8318/24`, `ST 12804/20
/// ADD 1`, `9639/4/18 REV 4` (the revision's serial between number and year),
/// `1234/1 /26` (a space PDF extraction left), `WK 1234/2026`, `11651/99
/// (Presse 296)` (an old press release's series in brackets is dropped).
pub fn document_number(t: &str) -> Option<String> {
    let t = t.trim();
    let cued = without_number_cue(t);
    // After its cue the number may be followed by a code alone (`REV 1 RELEX`).
    let (t, cued) = (cued, cued.len() < t.len());
    let t = match t.rfind(" (") {
        Some(i) if t.ends_with(')') && t[i + 2..].starts_with(|c: char| c.is_alphabetic()) => &t[..i],
        _ => t,
    };
    // `1234/1 /26` → `1234/1/26`.
    let compact = t.replace(" /", "/").replace("/ ", "/");
    let mut words = compact.split_whitespace().peekable();
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = words.peek().copied()
        && COUNCIL_PREFIXES.contains(&p)
    {
        parts.push(p.to_string());
        words.next();
    }
    let n = words.next()?;
    if !is_council_number(n) {
        return None;
    }
    parts.push(n.to_string());
    let rest: Vec<&str> = words.collect();
    for (i, w) in rest.iter().enumerate() {
        let serial = w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit());
        // `9459/20 ADD 1 1`: a serial follows a suffix; a figure after a
        // serial is a page footer's page.
        if serial && i > 0 && rest[i - 1].bytes().all(|c| c.is_ascii_digit()) {
            break;
        }
        let suffix = COUNCIL_SUFFIXES.contains(w) || serial;
        if !suffix {
            // `14160/20 CRS CRP 50`: the file codes printed after the number.
            let codes_after_cue = cued
                && rest[i..]
                    .iter()
                    .all(|w| (2..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
            return (file_codes_only(&rest[i..]) || codes_after_cue).then(|| parts.join(" "));
        }
        parts.push(w.to_string());
    }
    Some(parts.join(" "))
}

/// `Doc. no 58/11 REV 1` (older Council notes; PDF text often glues the
/// cue to the number, `Doc. no58/11`): the number without its cue.
fn without_number_cue(t: &str) -> &str {
    for cue in [
        "Doc. no.",
        "Doc. No.",
        "Doc. no",
        "Doc. No",
        "Doc no.",
        "Document no.",
        "Document No.",
    ] {
        if let Some(rest) = t.strip_prefix(cue)
            && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
        {
            return rest.trim_start();
        }
    }
    t
}

/// `TELECOM 87 FC 32`, `CRS CRP 50`: words of capitals and numbers only, a
/// number among them (`– CO EUR 12 – CONCL 4 – NOTE`: dashes between them).
fn file_codes_only(words: &[&str]) -> bool {
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "–" | "-" | "—"))
        .collect();
    let code = |w: &&str| (2..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let number = |w: &&str| w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit());
    words.first().is_some_and(code) && words.iter().all(|w| code(w) || number(w)) && words.iter().any(number)
}

/// `8318/24`, `9639/4/18`, `1234/2026`: a serial, an optional revision
/// serial, and a two- or four-digit year.
fn is_council_number(n: &str) -> bool {
    let digits = |s: &str, lo: usize, hi: usize| (lo..=hi).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = n.split('/').collect();
    match parts.as_slice() {
        [serial, year] => digits(serial, 1, 6) && (digits(year, 2, 2) || four_digit_year(year)),
        // `20/01/21` is a date: a revised document's serial has three digits or
        // more; `2018/05/06` is one too: a revision is never zero-padded.
        [serial, rev, year] => digits(serial, 3, 6) && digits(rev, 1, 2) && !rev.starts_with('0') && digits(year, 2, 2),
        _ => false,
    }
}

fn four_digit_year(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1950..=2099).contains(&y))
}

/// A Council page's footer: the number, the drafter's initials, the page and
/// the directorate (`15359/1/09 REV 1 GdK/kve 1 CAB`, `5469/23 KR/am TREE.1.A
/// 1 EN`). A document-sharing site prints it first, as the file's title.
/// Returns the number.
pub fn council_footer(t: &str) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let initials = words.iter().position(|w| {
        w.split_once('/').is_some_and(|(a, b)| {
            (1..=4).contains(&a.len())
                && (1..=4).contains(&b.len())
                && a.starts_with(|c: char| c.is_ascii_uppercase())
                && a.chars().chain(b.chars()).all(|c| c.is_ascii_alphabetic())
                && b.chars().any(|c| c.is_ascii_lowercase())
        })
    })?;
    // The page's number follows the initials, after the directorate or before it.
    let paged = words[initials + 1..]
        .iter()
        .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    if initials == 0 || !paged {
        return None;
    }
    document_number(&words[..initials].join(" "))
}

/// A suffix printed on the line after the number (`9639/4/18` then `REV 4`).
pub fn number_suffix(t: &str) -> Option<&str> {
    let t = t.trim();
    let mut words = t.split_whitespace();
    let first = words.next()?;
    // One serial: `9459/20 ADD 1 1` is a page footer's number and page.
    let serial = words.next();
    let ok = COUNCIL_SUFFIXES.contains(&first)
        && serial.is_none_or(|w| w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit()))
        && words.next().is_none();
    ok.then_some(t)
}

/// A document number of another series, alone on a line (or after a cue
/// such as `No.` or `UNIQUE ID:`): UN and Commission symbols (`A/RES/73/3`,
/// `SC/8215`, `IP/95/167`, `STATEMENT/21/1234`, `PC.JOUR/1233`), bracketed
/// years (`CM(2009)50 prov3`, `M-NAC-1(98)61`, `PR/CP(2021)086`), a Council
/// press release (`PR CO 39`), a release number (`No. 76`, `MR123`).
pub fn series_number(t: &str) -> Option<String> {
    let t = t.trim().trim_end_matches(['.', ',', ';']);
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    for cue in [
        "UNIQUE ID:",
        "Unique ID:",
        "Reference:",
        "Ref.:",
        "Ref:",
        "Our ref.:",
        "Document No.",
        "No.",
        "Nr.",
        "No:",
        // A UN masthead: `United Nations A/ES-10/650–S/2014/607`.
        "United Nations",
    ] {
        if let Some(rest) = t.strip_prefix(cue) {
            // `No.: 198/05` (a Nordic ministry's release field).
            let rest = rest.trim_start().trim_start_matches(':').trim();
            // `Ref: 292a06`: after a reference cue, a press office's own code.
            let office_code = cue.starts_with("Ref")
                && (3..=12).contains(&rest.len())
                && rest.bytes().any(|b| b.is_ascii_digit())
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/');
            return (is_release_number(rest) || is_symbol(rest) || is_joint_symbol(rest) || office_code)
                .then(|| rest.to_string());
        }
    }
    if let Some(n) = press_series(t) {
        return Some(n);
    }
    // `RESOLUTION A3-0040/93`, `A9-0123/2021`: the European Parliament's
    // session documents, under the kind of text they are.
    let ep = ["RESOLUTION ", "Resolution ", "REPORT ", "Report ", "MOTION ", "Motion "]
        .iter()
        .find_map(|k| t.strip_prefix(k))
        .unwrap_or(t);
    if is_parliament_document(ep) {
        return Some(ep.to_string());
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // `PR/CP (2006)150`: NATO's series name parted from its bracketed year.
    if let [series, rest] = words.as_slice()
        && rest.starts_with('(')
        && is_bracketed_year(&format!("{series}{rest}"))
    {
        return Some(format!("{series} {rest}"));
    }
    let first = words.first().copied().unwrap_or("");
    if !(is_symbol(first) || is_bracketed_year(first) || is_code_number(first)) {
        return None;
    }
    // A version word may follow (`CM(2009)50 prov3`); a date that follows is not the number's.
    let mut end = 1;
    while end < words.len() && end < 3 {
        let w = words[end];
        let is_version =
            w.len() <= 6 && w.bytes().all(|b| b.is_ascii_alphanumeric()) && !w.bytes().all(|b| b.is_ascii_digit());
        if !is_version || crate::dates::month_number(w).is_some() {
            break;
        }
        end += 1;
    }
    // `S/RES/2253 (2015)`: a resolution's year is its symbol's; `CM/Res.207
    // (XIV) - CM/Res.218 (XIV)`: a session's in roman numerals, the first of a range.
    if end == 1
        && words.len() >= 2
        && is_symbol(first)
        && (is_year_in_brackets(words[1]) || is_roman_in_brackets(words[1]))
        && words
            .get(2)
            .is_none_or(|w| matches!(*w, "-" | "–" | "&" | "to" | "and"))
    {
        return Some(words[..2].join(" "));
    }
    let rest_is_date = end < words.len() && crate::dates::first_full_date(&words[end..].join(" ")).is_some();
    (end == words.len() || rest_is_date).then(|| words[..end].join(" "))
}

/// The Council's press releases: `PR CO 39`, `PRESSE 472` (`Presse 472`
/// before 2014), written in capitals.
pub fn press_series(t: &str) -> Option<String> {
    for (prefix, name) in [("PR CO ", "PR CO"), ("PRESSE ", "PRESSE"), ("Presse ", "PRESSE")] {
        if let Some(n) = t
            .trim()
            .strip_prefix(prefix)
            .filter(|n| !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()))
        {
            return Some(format!("{name} {n}"));
        }
    }
    None
}

/// `193/2004`, `76`, `2021-123`: what follows `No.`.
fn is_release_number(s: &str) -> bool {
    // `141215_4_en`: the EEAS's ids end with the text's language.
    let s = match s.rsplit_once('_') {
        Some((head, lang)) if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()) => head,
        _ => s,
    };
    let plain = s.len() <= 12
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'/' || b == b'-' || b == b'_');
    // `93/PR/XII/2004`: a serial, the office's letters and a month in roman
    // numerals, as several foreign ministries number their releases.
    let lettered = s.len() <= 24
        && s.contains('/')
        && s.split('/')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
    !s.is_empty() && (plain || lettered) && s.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// `A/ES-10/650–S/2014/607`: one letter under the symbols of the General
/// Assembly and the Security Council, joined by a dash.
fn is_joint_symbol(s: &str) -> bool {
    s.split_once('–')
        .or_else(|| s.split_once("-S/").map(|(a, _)| (a, &s[a.len() + 1..])))
        .is_some_and(|(a, b)| is_symbol(a.trim()) && is_symbol(b.trim()))
}

/// `A/RES/73/3`, `S/2021/123`, `SC/8215`, `IP/95/167`, `PC.JOUR/1233`,
/// `E/CN.6/2021/L.1`: slash-separated parts, the first capital letters (a dot
/// allowed), a digit somewhere, no lower-case word.
fn is_symbol(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty() || p.len() > 20) {
        return false;
    }
    let head = parts[0];
    // `Press/228`: the WTO's press releases, their series word capitalised.
    let head_ok = head == "Press"
        || head.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && head.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'-');
    // `CM/Res.207`, `Assembly/AU/Dec.635`: an abbreviated kind and its serial.
    let abbreviated = |p: &str| {
        p.split_once('.').is_some_and(|(kind, n)| {
            (2..=5).contains(&kind.len())
                && kind.starts_with(|c: char| c.is_ascii_uppercase())
                && kind.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let rest_ok = parts[1..].iter().all(|p| {
        abbreviated(p)
            || p.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'(' | b')'))
    });
    // A serial in digits, or in roman numerals in brackets
    // (`PSC/PR/COMM.(CMLXXVIII)`, the African Union's meetings).
    let roman_serial = s.rfind('(').is_some_and(|o| {
        s.ends_with(')') && s.len() > o + 2 && s[o + 1..s.len() - 1].bytes().all(|b| b"IVXLCDM".contains(&b))
    });
    head_ok && rest_ok && (s.bytes().any(|b| b.is_ascii_digit()) || roman_serial)
}

/// `A3-0040/93`, `B9-0123/2020`: a series letter and the term, a serial, the year.
fn is_parliament_document(s: &str) -> bool {
    let b = s.as_bytes();
    let Some((head, year)) = s.split_once('/') else {
        return false;
    };
    b.len() >= 10
        && matches!(b[0], b'A' | b'B' | b'C')
        && b[1].is_ascii_digit()
        && b[2] == b'-'
        && head.len() == 7
        && head[3..].bytes().all(|c| c.is_ascii_digit())
        && (year.len() == 2 || year.len() == 4)
        && year.bytes().all(|c| c.is_ascii_digit())
}

/// `(XIV)`.
fn is_roman_in_brackets(w: &str) -> bool {
    w.strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|r| !r.is_empty() && r.len() <= 8 && r.bytes().all(|b| b"IVXLCDM".contains(&b)))
}

/// `(2015)`.
fn is_year_in_brackets(w: &str) -> bool {
    w.strip_prefix('(')
        .and_then(|y| y.strip_suffix(')'))
        .is_some_and(four_digit_year)
}

/// `CM(2009)50`, `M-NAC-1(98)61`, `PR/CP(2021)086`: letters, a bracketed year, a serial.
fn is_bracketed_year(s: &str) -> bool {
    let (Some(open), Some(close)) = (s.find('('), s.find(')')) else {
        return false;
    };
    if open == 0 || close < open + 3 {
        return false;
    }
    let year = &s[open + 1..close];
    let serial = &s[close + 1..];
    s[..open].bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && s[..open]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
        && (year.len() == 2 || year.len() == 4)
        && year.bytes().all(|b| b.is_ascii_digit())
        && !serial.is_empty()
        && serial.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && serial.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// `MR123`, `AA21`: two to four capitals glued to a serial (a media release's number).
fn is_code_number(s: &str) -> bool {
    // `MR123/26`: with the year after a slash.
    let s = match s.split_once('/') {
        Some((n, y)) if (y.len() == 2 || y.len() == 4) && y.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => s,
    };
    let letters = s.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &s[letters..];
    (2..=4).contains(&letters) && (3..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

pub fn marking(t: &str) -> Option<String> {
    let u = t.trim().trim_end_matches('.').to_uppercase();
    MARKINGS.iter().find(|m| u == **m).map(|m| (*m).to_string())
}

/// `CFSP/PESC 982`, `TELECOM 136`, or several on one line: `COPS 392 RELEX 878`.
pub fn file_codes(t: &str) -> Vec<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 2 || !words.len().is_multiple_of(2) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for pair in words.chunks(2) {
        let (w, n) = (pair[0], pair[1]);
        let word_ok = w.len() >= 2
            && w.bytes().all(|c| c.is_ascii_uppercase() || c == b'/' || c == b'-')
            && w.bytes().next().is_some_and(|c| c.is_ascii_uppercase());
        let num_ok = (1..=5).contains(&n.len()) && n.bytes().all(|c| c.is_ascii_digit());
        if !word_ok || !num_ok {
            return Vec::new();
        }
        out.push(format!("{w} {n}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_council_page_footer_gives_its_number() {
        assert_eq!(
            council_footer("15359/1/09 REV 1 GdK/kve 1 CAB").as_deref(),
            Some("15359/1/09 REV 1")
        );
        assert_eq!(
            council_footer("5469/23 KR/am TREE.1.A 1 EN").as_deref(),
            Some("5469/23")
        );
        assert_eq!(council_footer("15359/1/09 REV 1"), None);
        assert_eq!(council_footer("The A/b 1 thing"), None);
    }

    #[test]
    fn council_numbers_in_every_series_and_layout() {
        for (line, want) in [
            ("8318/24", "8318/24"),
            ("ST 12804/20 ADD 1", "ST 12804/20 ADD 1"),
            ("9639/4/18 REV 4", "9639/4/18 REV 4"),
            ("1234/1 /26 REV 1", "1234/1/26 REV 1"),
            ("WK 1234/2026 ADD 1", "WK 1234/2026 ADD 1"),
            ("CM 1234/26", "CM 1234/26"),
            ("1234/26 COR 1", "1234/26 COR 1"),
            ("11651/99 (Presse 296)", "11651/99"),
            ("EUCO 15/24 – CO EUR 12 – CONCL 4 – NOTE", "EUCO 15/24"),
            ("Doc. no58/11 REV 1 RELEX", "58/11 REV 1"),
            ("Doc. no. 7123/09", "7123/09"),
            ("CONV 459/02 WG VII 17", "CONV 459/02"),
        ] {
            assert_eq!(document_number(line).as_deref(), Some(want), "{line}");
        }
        for line in [
            "2022/2554",
            "Regulation (EU) 2016/679",
            "12/2020 was a year",
            "3/4",
            "1234/3000",
        ] {
            assert_eq!(document_number(line), None, "{line}");
        }
        assert_eq!(number_suffix("REV 2"), Some("REV 2"));
        // A page footer's page after the serial.
        assert_eq!(number_suffix("ADD 1 1"), None);
        assert_eq!(document_number("9459/20 ADD 1 1").as_deref(), Some("9459/20 ADD 1"));
        assert_eq!(document_number("10679/2/04 REV 2").as_deref(), Some("10679/2/04 REV 2"));
        assert_eq!(number_suffix("REVIEW 2"), None);
    }

    #[test]
    fn numbers_of_other_series() {
        for (line, want) in [
            ("A/RES/73/3", "A/RES/73/3"),
            ("SC/8215", "SC/8215"),
            ("IP/95/167", "IP/95/167"),
            ("STATEMENT/21/1234", "STATEMENT/21/1234"),
            ("PC.JOUR/1233", "PC.JOUR/1233"),
            ("CM(2009)50 prov3", "CM(2009)50 prov3"),
            ("M-NAC-1(98)61", "M-NAC-1(98)61"),
            ("PR CO 39", "PR CO 39"),
            ("No. 76", "76"),
            ("UNIQUE ID: 210125_18", "210125_18"),
            ("UNIQUE ID: 141215_4_en", "141215_4_en"),
            ("PR/CP (2006)150", "PR/CP (2006)150"),
            ("MR123", "MR123"),
            ("PRESSE 472", "PRESSE 472"),
            ("Presse 296", "PRESSE 296"),
            ("Press/228", "Press/228"),
            ("No. 93/PR/XII/2004", "93/PR/XII/2004"),
            ("No.: 198/05", "198/05"),
            ("United Nations A/ES-10/650–S/2014/607", "A/ES-10/650–S/2014/607"),
            ("United Nations S/2021/123", "S/2021/123"),
            (
                "CM/Res.207 (XIV) - CM/Res.218 (XIV) & CM/St.3 (XIV)",
                "CM/Res.207 (XIV)",
            ),
            ("S/RES/2253 (2015)", "S/RES/2253 (2015)"),
            ("RESOLUTION A3-0040/93", "A3-0040/93"),
        ] {
            assert_eq!(series_number(line).as_deref(), Some(want), "{line}");
        }
        for line in [
            "Brussels, 3 March 2026",
            "COPS 392",
            "The Council met",
            "EU/US",
            "No. of participants: many",
            "COVID-19",
            "G20",
            "Press/Media",
            "No. 3/Annex",
        ] {
            assert_eq!(series_number(line), None, "{line}");
        }
    }

    #[test]
    fn codes_and_markings() {
        assert_eq!(file_codes("COPS 392 RELEX 878"), ["COPS 392", "RELEX 878"]);
        assert!(file_codes("OR. en").is_empty());
        assert_eq!(marking("limite").as_deref(), Some("LIMITE"));
    }
}
