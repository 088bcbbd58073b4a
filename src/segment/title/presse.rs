//! A Council press release of the 1970s to 2000s (`4194/80 (Presse 3)`,
//! `11966/15 (OR. en) PRESSE 52`) where its letterhead is not read line by
//! line: an archive's compilation prints a cover and an index of meetings
//! above it, or an OCR scan runs the letterhead into one line. The number with
//! its `Presse` series names the document, and the meeting it reports
//! (`620th meeting of the Council`, `1558th Council meeting`) is its title.

use super::super::lines::{Line, floor_char_boundary as floor_boundary};
use super::HEADER_LINES;

/// How far above the number the meeting line may stand: past the
/// configuration, the dateline and the President's name and office.
const MEETING_ABOVE: usize = 300;

/// How far into the text the letterhead may stand: below a compilation's cover
/// and index of a few months' meetings.
const REACH: usize = 4000;

/// What an old press release's letterhead gives: its number, the meeting it
/// reports (when printed near the number) and the Council's seat and date.
pub(super) struct Presse {
    pub number: String,
    pub meeting: Option<String>,
    /// The seat (when it reads as one) and the day.
    pub dateline: Option<(Option<&'static str>, String)>,
}

/// `- Foreign Affairs - Brv.ssels, 5/6 May 1980`: a dateline whose seat an
/// OCR garbled, one word with a comma right before the day.
fn garbled_seat_dateline(window: &str) -> Option<String> {
    let comma = window
        .match_indices(", ")
        .map(|(i, _)| i)
        .find(|&i| window[i + 2..].starts_with(|c: char| c.is_ascii_digit()))?;
    let seat = window[..comma].rsplit(' ').next()?;
    let dated = seat.len() >= 4 && seat.starts_with(|c: char| c.is_uppercase()) && comma > seat.len();
    let line: Vec<&str> = window[comma - seat.len()..].split_whitespace().take(4).collect();
    // (`5/6 May 1980`: a meeting's two days, the first kept.)
    dated
        .then(|| crate::dates::parse_dateline(&line.join(" ")).and_then(|(_, d)| d))
        .flatten()
}

/// How far past the number the seat's dateline may stand: past the meeting,
/// the configuration and the President's name and office.
const DATELINE_AFTER: usize = 400;

/// The press release's number and, when printed right after it, the meeting
/// it reports.
pub(super) fn presse_release(lines: &[Line]) -> Option<Presse> {
    // (Asked of every document's header: most hold no `Presse` at all.)
    let named = lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(HEADER_LINES)
        .any(|l| l.text.contains("resse") || l.text.contains("RESSE"));
    if !named {
        return None;
    }
    let mut text = String::new();
    for l in lines.iter().filter(|l| !l.is_blank()).take(HEADER_LINES) {
        text.push_str(l.text.trim());
        text.push(' ');
        if text.len() >= REACH {
            break;
        }
    }
    let head = &text[..floor_boundary(&text, REACH)];
    let mut from = 0;
    while let Some(at) = find_presse(&head[from..]).map(|i| from + i) {
        from = at + 1;
        let Some(number) = number_before(&head[..at]) else {
            continue;
        };
        let before = &head[..at - number.len()].trim_end();
        if cited_in_prose(before) {
            continue;
        }
        let after = &head[at..];
        // The meeting line is printed after the number or, in some years'
        // layout, above it, under the kind (`PRESS RELEASE` / `434th Council
        // meeting` / `- Foreign Affairs -` / `Brussels, …` / `82/77 (Presse 8)`).
        let above = &before[floor_boundary(before, before.len().saturating_sub(MEETING_ABOVE))..];
        let meeting = meeting_after(after).or_else(|| last_meeting(above));
        let window = &after[..floor_boundary(after, DATELINE_AFTER)];
        let dateline = super::super::council::seat_dateline(window)
            .map(|(seat, date)| (Some(seat), date))
            .or_else(|| garbled_seat_dateline(window).map(|date| (None, date)));
        return Some(Presse {
            number: number.to_string(),
            meeting,
            dateline,
        });
    }
    None
}

/// Where `Presse`/`PRESSE` and a figure stand, as a press release's series.
fn find_presse(text: &str) -> Option<usize> {
    let mut from = 0;
    // (The nearer of the two cases: `expressed` above `PRESSE 32` is no
    // reason to look past it.)
    while let Some(i) = match (text[from..].find("resse"), text[from..].find("RESSE")) {
        (Some(a), Some(b)) => Some(from + a.min(b)),
        (a, b) => a.or(b).map(|i| from + i),
    } {
        from = i + 5;
        let Some(start) = i.checked_sub(1) else { continue };
        if !matches!(text.as_bytes()[start], b'P' | b'p') {
            continue;
        }
        let rest = text[from..].trim_start();
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Some(start);
        }
    }
    None
}

/// The Council number just before the series: `4194/80 (`, or `11966/15
/// (OR. en) ` with the original language between, and a draft's status
/// after it (`14452/14 (OR. en) PROVISIONAL VERSION PRESSE 531`).
fn number_before(text: &str) -> Option<&str> {
    // (`6859/80 {Presse 58)`: an OCR's brace for the bracket.)
    let mut t = text.trim_end().trim_end_matches(['(', '{', '[']).trim_end();
    for _ in 0..2 {
        match t.rsplit_once(' ') {
            Some((rest, word)) if word.len() >= 5 && word.bytes().all(|b| b.is_ascii_uppercase()) => {
                t = rest.trim_end();
            }
            _ => break,
        }
    }
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && t[open..].len() <= 12
    {
        t = t[..open].trim_end();
    }
    // `16916/1/08 REV 1 (Presse 361)`: a revised release, its suffix kept.
    if let Some((head, serial)) = t.rsplit_once(' ')
        && let Some((head, suffix)) = head.rsplit_once(' ')
        && matches!(suffix, "REV" | "ADD" | "COR")
        && serial.len() <= 2
        && serial.bytes().all(|b| b.is_ascii_digit())
    {
        let start = head.rfind(' ').map_or(0, |i| i + 1);
        let numbered = &t[start..];
        if super::super::numbers::document_number(numbered).as_deref() == Some(numbered) {
            return Some(numbered);
        }
    }
    let word = t.rsplit(' ').next()?;
    let (serial, year) = word.split_once('/')?;
    let digits = |s: &str, lo: usize, hi: usize| (lo..=hi).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // (January's releases are numbered from 1: `82/77 (Presse 8)`.)
    if !(digits(serial, 1, 5) && digits(year, 2, 2)) {
        return None;
    }
    // `UE-UA 1054/98 (Presse 196)`, `CE-PL 1205/95`: a cooperation or
    // association council's series, the partner's code after the Union's;
    // `EUCO 146/11 PRESSE 460`: the European Council's.
    let head = t[..t.len() - word.len()].trim_end();
    match head.rsplit(' ').next() {
        Some(series) if is_partner_series(series) || series == "EUCO" => Some(&t[head.len() - series.len()..]),
        _ => Some(word),
    }
}

/// `UE-UA`, `CE-PL`, `EU-RU`: the Union (or the Community) and a partner's code.
fn is_partner_series(word: &str) -> bool {
    word.split_once('-').is_some_and(|(union, partner)| {
        matches!(union, "UE" | "CE" | "EU")
            && (2..=3).contains(&partner.len())
            && partner.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// A number cited in a sentence (`as announced in press release 5365/84
/// (Presse 38)`) rather than printed in a letterhead: lower-case words run
/// up to it.
fn cited_in_prose(before: &str) -> bool {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(60))..];
    let lower_words = tail
        .split_whitespace()
        .rev()
        .take(5)
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_lowercase()))
        .count();
    lower_words >= 3
}

/// `620th meeting of the Council` or `1558th Council meeting` within a
/// few words after the series.
pub(super) fn meeting_after(text: &str) -> Option<String> {
    meetings(&text[..floor_boundary(text, 200)]).into_iter().next()
}

/// The last meeting line in `text`: the one nearest the number below it.
fn last_meeting(text: &str) -> Option<String> {
    meetings(text).pop()
}

/// The words after a meeting's ordinal, in lower case: English, then the
/// Council's other languages (`2925:e mötet i rådet`, `2925. Tagung des
/// Rates`, `2925e session du Conseil`).
const MEETING_PHRASES: &[&[&str]] = &[
    &["council", "meeting"],
    &["meeting", "of", "the", "council"],
    &["mötet", "i", "rådet"],
    &["tagung", "des", "rates"],
    &["session", "du", "conseil"],
    &["sesión", "del", "consejo"],
    &["sessione", "del", "consiglio"],
    &["zitting", "van", "de", "raad"],
    &["samling", "i", "rådet"],
    &["reunião", "do", "conselho"],
];

/// Every `620th meeting of the Council` or `1558th Council meeting` in `text`.
fn meetings(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let suffix = &w[digits..];
            // `2925th`, and the Council's other languages' ordinals
            // (`2925:e`, `2925.`, `2925e`, `2925ème`, `2925.ª`).
            let ordinal = (1..=4).contains(&digits)
                && ["st", "nd", "rd", "th", ":e", ".", "e", "ème", ".ª", "ª", "º", ".º"]
                    .iter()
                    .any(|s| suffix.eq_ignore_ascii_case(s));
            if !ordinal {
                return None;
            }
            let next = |n: usize| words.get(i + n).map(|w| w.trim_end_matches([',', '.', '-']));
            let is = |n: usize, word: &str| next(n).is_some_and(|w| w.to_lowercase() == word);
            let len = MEETING_PHRASES
                .iter()
                .find(|phrase| phrase.iter().enumerate().all(|(n, word)| is(n + 1, word)))
                .map(|phrase| phrase.len() + 1)?;
            // (The ordinal as printed: `2925.` keeps its dot.)
            let mut parts = vec![*w];
            parts.extend((1..len).filter_map(next));
            Some(parts.join(" "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::split_lines;

    fn read(text: &str) -> Option<(String, Option<String>)> {
        presse_release(&split_lines(text)).map(|p| (p.number, p.meeting))
    }

    #[test]
    fn a_cooperation_councils_series_keeps_the_partners_code() {
        let text = "EMBASSY OF UKRAINE\n\n9 June 1998 Luxembourg, UE-UA 1054/98 (Presse 196)\nFor immediate release\n";
        assert_eq!(read(text).map(|(n, _)| n).as_deref(), Some("UE-UA 1054/98"));
        assert!(is_partner_series("CE-PL") && !is_partner_series("UE-2") && !is_partner_series("UN-DP"));
    }

    #[test]
    fn the_seats_dateline_in_the_councils_languages_dates_it() {
        let flat = "DE RAT DER EUROPÄISCHEN UNION C/07/170 11911/07 (Presse 170) (OR. en) MITTEILUNG AN DIE PRESSE 2816. Tagung des Rates Allgemeine Angelegenheiten und Außenbeziehungen Allgemeine Angelegenheiten Brüssel, den 23. Juli 2007 Präsidentin";
        let p = presse_release(&split_lines(flat)).expect("a press release");
        assert_eq!(p.dateline, Some((Some("Brüssel"), "2007-07-23".to_string())));
    }

    #[test]
    fn reads_the_release_under_a_compilations_index() {
        let text = "COUNCIL OF THE EUROPEAN COMMUNITIES\n\nPRESS RELEASES\n\nMeetings and press releases March-April 1984\n\n\
                    Meeting number Subject Date 912th Environment 1 March 1984 913th Consumer Protection 2 March 1984 \
                    COUNCIL OF THE EUROPEAN COMMUNITIES GENERAL SECRETARIAT\n\nPRESS RELEASE\n\n5365/84 (Presse 38) Y,\n\n\
                    912th meeting of the Council\n\n- Environment -\n\nBrussels, 1 March 1984\n";
        assert_eq!(
            read(text),
            Some(("5365/84".into(), Some("912th meeting of the Council".into())))
        );
        let flat =
            "PRESS RELEASE Brussels, 15 January 1980 4194/80 (Presse 3) 620th meeting of the Council - Foreign Affairs";
        assert_eq!(
            read(flat),
            Some(("4194/80".into(), Some("620th meeting of the Council".into())))
        );
        // A verb above the letterhead holding the same letters (`expressed`).
        let expressed = "It expressed the EU's readiness\n\nCOUNCIL OF THE EUROPEAN UNION\n\n6763/11 PRESSE 32 PR CO 9\n\nPRESS RELEASE 3069th Council meeting\n\nForeign Affairs Brussels, 21 February 2011 President";
        assert_eq!(
            read(expressed),
            Some(("6763/11".into(), Some("3069th Council meeting".into())))
        );
        let ocr = "- 1 - COUNCIL OF THE EUROPEAI'! COMMUNITIES\n\nRE A - 4934/92 (Presse 28)\n\n1558th Council meeting\n\n- GENERAL AFFAIRS -\n";
        assert_eq!(
            read(ocr),
            Some(("4934/92".into(), Some("1558th Council meeting".into())))
        );
        let above = "COUNCIL OF THE EUROPEAN COMMUNITIES GENERAL SECRETARIAT\n\nPRESS RELEASE\n\n434th Council meeting\n\n\
                     - Foreign Affairs -\n\nBrussels, 18 January 1977\n\nPresident: Mr Anthony CROSLAND,\n\n82/77 (Presse 8)\n";
        assert_eq!(
            read(above),
            Some(("82/77".into(), Some("434th Council meeting".into())))
        );
        let revised = "PRESS Rue de la Loi 175 16916/1/08 REV 1 (Presse 361) PRESS RELEASE 2917th meeting of the Council Agriculture and Fisheries Brussels, 18 and 19 December 2008";
        assert_eq!(
            read(revised),
            Some(("16916/1/08 REV 1".into(), Some("2917th meeting of the Council".into())))
        );
        let provisional = "EN Council of the European Union 14452/14 (OR. en) PROVISIONAL VERSION PRESSE 531 PR CO 53 PRESS RELEASE 3341st Council meeting General Affairs Luxembourg, 21 October 2014";
        assert_eq!(
            read(provisional),
            Some(("14452/14".into(), Some("3341st Council meeting".into())))
        );
        let modern = "EN Council of the European Union 11966/15 (OR. en) PRESSE 52 PR CO 44 OUTCOME OF THE COUNCIL MEETING 3407th Council meeting General Affairs";
        assert_eq!(
            read(modern),
            Some(("11966/15".into(), Some("3407th Council meeting".into())))
        );
        // An OCR's brace for the bracket; the European Council's series.
        let brace = "PRESS RELEASE\n\n6859/80 {Presse 58)\n\n633rd Council meeting - Foreign Affairs - Brv.ssels, 5/6 May 1980\n";
        assert_eq!(
            read(brace),
            Some(("6859/80".into(), Some("633rd Council meeting".into())))
        );
        let release = presse_release(&split_lines(brace)).expect("a release");
        assert_eq!(release.dateline, Some((None, "1980-05-05".into())));
        let euco = "EN EUROPEAN COUNCIL THE PRESIDENT Washington, 28 November 2011 EUCO 146/11 PRESSE 460 PR PCE 108 Remarks by Herman Van Rompuy";
        assert_eq!(read(euco), Some(("EUCO 146/11".into(), None)));
    }

    #[test]
    fn a_release_cited_in_a_sentence_names_nothing() {
        assert_eq!(
            read("The Council recalled what was said in the press release 5365/84 (Presse 38) last year.\n"),
            None
        );
        assert_eq!(read("Press freedom 2024 is at stake.\n"), None);
        // A release without the meeting line still gives its number.
        assert_eq!(
            read("PRESS RELEASE\n\n7283/06 (Presse 77)\n\nSalzburg, 11 March 2006\n"),
            Some(("7283/06".into(), None))
        );
    }

    #[test]
    fn a_meeting_line_in_the_councils_other_languages() {
        assert_eq!(
            meetings("PRESSMEDDELANDE 2925:e mötet i rådet Allmänna frågor"),
            ["2925:e mötet i rådet"]
        );
        assert_eq!(
            meetings("PRESSEMITTEILUNG 2925. Tagung des Rates Allgemeine Angelegenheiten"),
            ["2925. Tagung des Rates"]
        );
        assert_eq!(
            meetings("COMMUNIQUÉ DE PRESSE 2925e session du Conseil Affaires générales"),
            ["2925e session du Conseil"]
        );
        assert!(meetings("In 2009. Tagung was held.").is_empty());
    }
}
