//! The identifiers a briefing's header prints: its document number in the
//! series it belongs to (Council `8318/24`, `9639/4/18 REV 4`, `WK 1234/2026
//! ADD 1`, `CM 1234/26`; UN `A/RES/73/3`, `SC/8215`; Commission
//! `STATEMENT/21/1234`; Council of Europe `CM(2009)50`; NATO `M-NAC-1(98)61`;
//! a press release's `No. 76` or `MR123`), its file codes (`CFSP/PESC 982`)
//! and its distribution marking (`LIMITE`). Each is recognised on a header
//! line of its own: the same strings in running text are references, not the
//! document's number.

mod series;

pub use series::{dated_serial, nato_release, press_series, series_number};

/// Markings printed on classified or limited-distribution documents.
const MARKINGS: &[&str] = &[
    "LIMITE",
    "RESTREINT UE/EU RESTRICTED",
    "RESTREINT UE",
    // The Council's markings before 2000 (`9381/93 RESTREINT AG 18`).
    "RESTREINT",
    "CONFIDENTIEL",
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
/// `CONV` the European Convention's (2002–03); `CIG` and `CONF` the
/// Intergovernmental Conferences' and accession conferences' (`CONF 3835/96`).
const COUNCIL_PREFIXES: &[&str] = &["ST", "CM", "WK", "SN", "DS", "PE-CONS", "EUCO", "CONV", "CIG", "CONF"];

/// What may follow a Council number: `ADD 1`, `REV 2`, `COR 1`, `INIT`…
const COUNCIL_SUFFIXES: &[&str] = &["ADD", "REV", "COR", "INIT", "EXT", "DCL", "AMD", "CORR", "RE"];

/// `10876/1/06REV1(Presse192)`: a number whose spaces a PDF's text layer
/// lost, its suffix and press series glued on; spaced again.
fn unglued_suffix(t: &str) -> Option<String> {
    let (first, rest) = t.split_once(' ').unwrap_or((t, ""));
    if !first.starts_with(|c: char| c.is_ascii_digit()) || !first.contains('/') {
        return None;
    }
    let bare = first.split_once('(').map_or(first, |(n, _)| n);
    let spaced = COUNCIL_SUFFIXES.iter().find_map(|suffix| {
        let at = bare.find(suffix)?;
        let serial = &bare[at + suffix.len()..];
        (at > 0
            && bare[..at].ends_with(|c: char| c.is_ascii_digit())
            && (1..=2).contains(&serial.len())
            && serial.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{} {suffix} {serial}", &bare[..at]))
    })?;
    Some(format!("{spaced} {rest}").trim_end().to_string())
}

/// A Council document number standing alone on a line: `8318/24`, `ST 12804/20
/// ADD 1`, `9639/4/18 REV 4` (the revision's serial between number and year),
/// `1234/1 /26` (a space PDF extraction left), `WK 1234/2026`, `11651/99
/// (Presse 296)` (an old press release's series in brackets is dropped).
pub fn document_number(t: &str) -> Option<String> {
    let t = t.trim();
    let cued = without_number_cue(t);
    // After its cue the number may be followed by a code alone (`REV 1 RELEX`).
    let (t, cued) = (cued, cued.len() < t.len());
    // `16916/1/08 REV 1 (Presse 361) 1`: a page footer's page after the series.
    let t = match t.rsplit_once(' ') {
        Some((head, page)) if head.ends_with(')') && page.len() <= 3 && page.bytes().all(|b| b.is_ascii_digit()) => {
            head
        }
        _ => t,
    };
    let t = match t.rfind(" (") {
        Some(i) if t.ends_with(')') && t[i + 2..].starts_with(|c: char| c.is_alphabetic()) => &t[..i],
        _ => t,
    };
    let unglued = unglued_suffix(t);
    let t = unglued.as_deref().unwrap_or(t);
    // `1234/1 /26` → `1234/1/26`.
    let compact = t.replace(" /", "/").replace("/ ", "/");
    let mut words = compact.split_whitespace().peekable();
    let mut parts: Vec<String> = Vec::new();
    // A working party's room document is numbered in its code's series
    // (`ASILE 05/01 REV 1`).
    if let Some(p) = words.peek().copied()
        && (COUNCIL_PREFIXES.contains(&p) || crate::entities::references::is_council_code(p))
    {
        parts.push(p.to_string());
        words.next();
    }
    let n = words.next()?;
    if !is_council_number(n, !parts.is_empty()) {
        return None;
    }
    parts.push(n.to_string());
    // `13939/16 LIMITE CO EUR-PREP 45`: the marking between the number and
    // its file codes is neither.
    let rest: Vec<&str> = words.filter(|w| *w != "LIMITE").collect();
    for (i, w) in rest.iter().enumerate() {
        let serial = w.len() <= 2 && w.bytes().all(|c| c.is_ascii_digit());
        // `9459/20 ADD 1 1`: a serial follows a suffix; a figure after a
        // serial, or right after the number (`11771/20 1 GIP.1`), is a page
        // footer's page.
        if serial && (i == 0 || rest[i - 1].bytes().all(|c| c.is_ascii_digit())) {
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
        // A register's page over the note (`Full text of Document 8389/06`).
        "Full text of Document",
        "Council document",
        "Document",
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
    // (`DATAPROTECT`, `ENFOCUSTOM`: the longest file codes run to a dozen letters.)
    // (`CO EUR-PREP 45`: a code may join two words with a hyphen.)
    let code = |w: &&str| {
        (2..=12).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.ends_with(|c: char| c.is_ascii_uppercase())
    };
    let number = |w: &&str| w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit());
    // The note's kind may close the line, in any language (`INF 148 API 88 POZNÁMKA`).
    let kind = |w: &&str| w.chars().count() >= 4 && w.chars().all(char::is_uppercase);
    let words = match words.split_last() {
        Some((last, rest)) if kind(last) && rest.last().is_some_and(number) => rest,
        _ => &words[..],
    };
    words.first().is_some_and(code) && words.iter().all(|w| code(w) || number(w)) && words.iter().any(number)
}

/// `8318/24`, `9639/4/18`, `1234/2026`: a serial, an optional revision
/// serial, and a two- or four-digit year.
/// `prefixed`: the number follows its series (`EUCO 19/1/17`), so cannot be a date.
fn is_council_number(n: &str, prefixed: bool) -> bool {
    let digits = |s: &str, lo: usize, hi: usize| (lo..=hi).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = n.split('/').collect();
    match parts.as_slice() {
        [serial, year] => digits(serial, 1, 6) && (digits(year, 2, 2) || four_digit_year(year)),
        // `20/01/21` is a date: a revised document's serial has three digits or
        // more, unless its series is printed before it (`EUCO 19/1/17 REV 1`);
        // `2018/05/06` is a date too: a revision is never zero-padded.
        [serial, rev, year] => {
            digits(serial, if prefixed { 1 } else { 3 }, 6)
                && digits(rev, 1, 2)
                && !rev.starts_with('0')
                && digits(year, 2, 2)
        }
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
    // (`ani/EC/ptm`: older footers name the drafter, the unit and the typist.)
    let initials = words.iter().position(|w| {
        let parts = w.split('/').count();
        (2..=3).contains(&parts)
            && w.split('/')
                .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphabetic()))
            && w.bytes().any(|c| c.is_ascii_uppercase())
            && w.bytes().any(|c| c.is_ascii_lowercase())
    })?;
    // The page's number follows the initials, after the directorate or before it.
    let paged = words[initials + 1..]
        .iter()
        .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    if initials == 0 || !paged {
        return None;
    }
    // (The directorate may stand between: `10415/08 DGE VIII - DGE IX ani/EC/ptm 1`.)
    (1..=initials)
        .rev()
        .find_map(|k| document_number(&words[..k].join(" ")))
}

/// A Council page's footer run into a flattened page's text (`… Official
/// Journal. 9131/14 KT/mj 1 DG E - 1C EN`): the first number that starts one.
pub fn council_footer_within(t: &str) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    (0..words.len())
        .filter(|&i| words[i].contains('/') && words[i].starts_with(|c: char| c.is_ascii_digit()))
        .find_map(|i| council_footer(&words[i..words.len().min(i + 7)].join(" ")))
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
    fn the_council_of_europes_decision_series() {
        assert_eq!(
            series_number("CM/Del/Dec(2010)1084 7 May 2010").as_deref(),
            Some("CM/Del/Dec(2010)1084")
        );
        assert_eq!(
            series_number("CM/Del/Dec(2019)129/2a").as_deref(),
            Some("CM/Del/Dec(2019)129/2a")
        );
        assert_eq!(
            series_number("SG/Com(2007)1010(restricted) 5 November 2007").as_deref(),
            Some("SG/Com(2007)1010")
        );
        assert_eq!(series_number("Del(2010)1084"), None);
    }

    #[test]
    fn a_symbol_with_a_space_after_its_series_is_kept_as_printed() {
        assert_eq!(series_number("SPEECH/ 09/548").as_deref(), Some("SPEECH/ 09/548"));
        assert_eq!(series_number("PIFS(19)REP").as_deref(), Some("PIFS(19)REP"));
        assert_eq!(
            series_number("AHG/Decl.1 (XXVI) 1990").as_deref(),
            Some("AHG/Decl.1 (XXVI)")
        );
        assert_eq!(series_number("EU(27)x"), None);
        // A UN release in two series: the first names it.
        assert_eq!(series_number("SG/SM/8932 OBV/382").as_deref(), Some("SG/SM/8932"));
        assert_eq!(series_number("SG/SM/8932 and/or"), None);
        assert_eq!(series_number("IP/ 95/167").as_deref(), Some("IP/ 95/167"));
        // Words after a slash are no symbol.
        assert_eq!(series_number("EU/ US relations"), None);
        assert_eq!(series_number("and/ or 12/3 more"), None);
    }

    #[test]
    fn a_parliament_bodys_paper() {
        assert_eq!(
            series_number("PE-8/CPG/PV/2017-17").as_deref(),
            Some("PE-8/CPG/PV/2017-17")
        );
        assert_eq!(series_number("PE-8/CPG/PV"), None);
    }

    #[test]
    fn a_letters_own_reference() {
        assert_eq!(series_number("Ref. 24/2602-PRO").as_deref(), Some("24/2602-PRO"));
        assert_eq!(series_number("Our ref: FA/2023-114").as_deref(), Some("FA/2023-114"));
        // A reference to something else, in words, is none.
        assert_eq!(series_number("Ref. your letter of 3 May"), None);
    }

    #[test]
    fn a_serial_with_its_day_is_a_number_and_dates_the_text() {
        assert_eq!(
            dated_serial("1305-25-09-2010"),
            Some(("1305-25-09-2010".to_string(), "2010-09-25".to_string()))
        );
        assert_eq!(dated_serial("1305-31-02-2010"), None);
        assert_eq!(dated_serial("25-09-2010"), None);
        assert_eq!(dated_serial("12345-25-09-2010"), None);
    }

    #[test]
    fn a_nato_release_number_glued_to_the_next_line() {
        assert_eq!(
            nato_release("Press Release (2012) 062Issued on 20 May. 20121.We, the Heads of State").as_deref(),
            Some("Press Release (2012) 062")
        );
        assert_eq!(
            nato_release("Press Release (2012) 062").as_deref(),
            Some("Press Release (2012) 062")
        );
        assert_eq!(nato_release("Press Release (2012) on the summit of the Alliance"), None);
        assert_eq!(
            nato_release("Press Release M-NAC-2(92)106 106").as_deref(),
            Some("M-NAC-2(92)106")
        );
        assert_eq!(nato_release("Press Release M-NAC-2(92)106 7"), None);
    }

    #[test]
    fn a_council_page_footer_run_into_a_flattened_page_gives_its_number() {
        assert_eq!(
            council_footer_within("publication in the Official Journal. 9131/14 KT/mj 1 DG E - 1C EN").as_deref(),
            Some("9131/14")
        );
        assert_eq!(council_footer_within("as set out in 12528/16 CDR 99 as an item"), None);
    }

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
        assert_eq!(
            council_footer("10415/08 DGE VIII - DGE IX ani/EC/ptm 1").as_deref(),
            Some("10415/08")
        );
        assert_eq!(council_footer("15359/1/09 REV 1"), None);
        assert_eq!(council_footer("The A/b 1 thing"), None);
    }

    #[test]
    fn council_numbers_in_every_series_and_layout() {
        for (line, want) in [
            ("8318/24", "8318/24"),
            // The marking and hyphenated codes on the number's line.
            ("13939/16 LIMITE CO EUR-PREP 45", "13939/16"),
            ("ST 12804/20 ADD 1", "ST 12804/20 ADD 1"),
            ("9639/4/18 REV 4", "9639/4/18 REV 4"),
            ("16916/1/08 REV 1 (Presse 361) 1", "16916/1/08 REV 1"),
            ("1234/1 /26 REV 1", "1234/1/26 REV 1"),
            ("WK 1234/2026 ADD 1", "WK 1234/2026 ADD 1"),
            ("CM 1234/26", "CM 1234/26"),
            ("CONF 3835/96", "CONF 3835/96"),
            ("ASILE 05/01  REV 1", "ASILE 05/01 REV 1"),
            ("11735/1/16 REV 1 INF 148 API 88 POZNÁMKA", "11735/1/16 REV 1"),
            ("11771/20 1", "11771/20"),
            ("1234/26 COR 1", "1234/26 COR 1"),
            ("11651/99 (Presse 296)", "11651/99"),
            ("EUCO 15/24 – CO EUR 12 – CONCL 4 – NOTE", "EUCO 15/24"),
            // A revised number in its series may have a serial of one digit.
            ("EUCO 19/1/17", "EUCO 19/1/17"),
            ("10876/1/06REV1(Presse192)", "10876/1/06 REV 1"),
            ("EUCO 19/1/17 REV 1", "EUCO 19/1/17 REV 1"),
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
            // A day, not a revised number: no series before it.
            "20/1/21",
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
            ("MC(12).JOUR/2", "MC(12).JOUR/2"),
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
            ("No. 281-E", "281-E"),
            ("No.: 198/05", "198/05"),
            ("United Nations A/ES-10/650–S/2014/607", "A/ES-10/650–S/2014/607"),
            ("United Nations S/2021/123", "S/2021/123"),
            (
                "CM/Res.207 (XIV) - CM/Res.218 (XIV) & CM/St.3 (XIV)",
                "CM/Res.207 (XIV)",
            ),
            ("S/RES/2253 (2015)", "S/RES/2253 (2015)"),
            ("RESOLUTION A3-0040/93", "A3-0040/93"),
            ("AG/RES. 1769 (XXXI-O/01)", "AG/RES. 1769 (XXXI-O/01)"),
            ("CP/RES.1117 (2200/19)", "CP/RES.1117 (2200/19)"),
            ("CP/RES. 1234 (2345/20)", "CP/RES. 1234 (2345/20)"),
            ("CP/ACTA 1753/10[1]/", "CP/ACTA 1753/10"),
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
