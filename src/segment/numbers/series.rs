//! Document numbers of series other than the Council's: UN and Commission
//! symbols (`A/RES/73/3`, `SC/8215`, `IP/95/167`), joint symbols, bracketed
//! years (`CM(2009)50 prov3`, `PR/CP(2021)086`), the European Parliament's
//! session documents, Council press releases (`PR CO 39`) and release
//! numbers (`No. 76`, `MR123`, `Ref: 292a06`).

use super::four_digit_year;

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
        // `Release Ref #: 148/2013`: CARICOM's releases.
        "Release Ref #:",
        "Ref #:",
        "UNIQUE ID:",
        "Unique ID:",
        "Reference:",
        "Ref.:",
        "Ref:",
        "Our ref.:",
        // `Ref. 24/2602-PRO`: a letter's own reference (the Council
        // Secretariat's replies on access to documents, a ministry's letters).
        "Our ref:",
        "Our ref.",
        "Our reference:",
        "Ref.",
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
            let office_code = (cue.starts_with("Ref") || cue.starts_with("Our ref"))
                && (3..=12).contains(&rest.len())
                && rest.bytes().any(|b| b.is_ascii_digit())
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/');
            return (is_release_number(rest) || is_symbol(rest) || is_joint_symbol(rest) || office_code)
                .then(|| rest.to_string());
        }
    }
    // `SPEECH/ 09/548`: a symbol a page's markup set a space into after its
    // series, kept as printed.
    if let Some((series, rest)) = t.split_once("/ ")
        && (2..=8).contains(&series.len())
        && series.bytes().all(|b| b.is_ascii_uppercase())
        && rest.contains('/')
        && !rest.contains(' ')
        && is_symbol(&format!("{series}/{rest}"))
    {
        return Some(t.to_string());
    }
    if let Some(n) = press_series(t).or_else(|| oas_symbol(t)) {
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
    if let Some(n) = adopted_text(t) {
        return Some(n.to_string());
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if let Some(n) = nato_release(t) {
        return Some(n);
    }
    // `PR/CP (2006)150`: NATO's series name parted from its bracketed year.
    if let [series, rest] = words.as_slice()
        && rest.starts_with('(')
        && is_bracketed_year(&format!("{series}{rest}"))
    {
        return Some(format!("{series} {rest}"));
    }
    let mut first = words.first().copied().unwrap_or("");
    // `SG/Com(2007)1010(restricted) 5 November 2007`: the Council of Europe
    // glues the document's distribution to its symbol.
    if let Some(open) = first.rfind('(')
        && open > 0
        && is_marking_word(&first[open..])
    {
        first = &first[..open];
    }
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
        && words.get(2).is_none_or(|w| {
            matches!(*w, "-" | "–" | "&" | "to" | "and")
                // `AHG/Decl.1 (XXVI) 1990`: the session's year after its number.
                || words.len() == 3
                    && is_roman_in_brackets(words[1])
                    && w.len() == 4
                    && (w.starts_with("19") || w.starts_with("20"))
                    && w.bytes().all(|b| b.is_ascii_digit())
        })
    {
        return Some(words[..2].join(" "));
    }
    // `SG/SM/8932 OBV/382`, `GA/10542 PI/1789`: a UN release filed in a
    // second series too (an observance's, a department's); the first names it.
    if let [_, second] = words.as_slice()
        && end == 1
        && first.contains('/')
        && second.contains('/')
        && is_symbol(second)
    {
        return Some(first.to_string());
    }
    let rest_is_date = end < words.len() && crate::dates::first_full_date(&words[end..].join(" ")).is_some();
    let number = std::iter::once(first).chain(words[1..end].iter().copied());
    (end == words.len() || rest_is_date).then(|| number.collect::<Vec<_>>().join(" "))
}

/// `(restricted)`, `(restreint)`: a distribution in brackets.
fn is_marking_word(bracketed: &str) -> bool {
    let word = bracketed.trim_start_matches('(').trim_end_matches(')').to_lowercase();
    matches!(
        word.as_str(),
        "restricted" | "restreint" | "restreinte" | "confidential" | "confidentiel" | "limite" | "public"
    ) && bracketed.ends_with(')')
}

/// `(1999) 097`, `Press Release (1999) 097`: NATO's press releases, a
/// bracketed year and a serial (which a paragraph label `(1999)` is not).
pub fn nato_release(t: &str) -> Option<String> {
    let t = t.trim();
    // `Press Release (2012) 062Issued on 20 May. 2012…`: a PDF's extraction
    // glued the next line on; the serial ends where the capital begins.
    let t = match t.strip_prefix("Press Release (") {
        Some(rest) if rest.len() > 10 => {
            let serial_end = rest
                .find(')')
                .map(|close| close + 1 + rest[close + 1..].len() - rest[close + 1..].trim_start().len())
                .and_then(|at| {
                    let after = &rest[at..];
                    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                    let after_digits = &after[after.len().min(digits)..];
                    (digits >= 2 && after_digits.starts_with(|c: char| c.is_ascii_uppercase())).then_some(at + digits)
                });
            match serial_end {
                Some(end) => &t[..t.len() - rest.len() + end],
                None => t,
            }
        }
        _ => t,
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    // `Press Release M-NAC-2(92)106 106`: the symbol of a ministerial
    // meeting's paper, its serial printed again by the archive's page.
    if let ["Press", "Release", symbol, rest @ ..] = &words[..]
        && is_bracketed_year(symbol)
        && (rest.is_empty() || (rest.len() == 1 && symbol.ends_with(&format!("){}", rest[0]))))
    {
        return Some((*symbol).to_string());
    }
    let [year, serial] = words.strip_prefix(&["Press", "Release"]).unwrap_or(&words) else {
        return None;
    };
    (is_year_in_brackets(year) && (2..=4).contains(&serial.len()) && serial.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.to_string())
}

/// `1305-25-09-2010`: the Russian Foreign Ministry's release number, its
/// serial then the day it was issued (day, month, year). Returns the number
/// and that day as ISO.
pub fn dated_serial(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    let (serial, day) = t.split_once('-')?;
    let parts: Vec<&str> = day.split('-').collect();
    let figures = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(1..=4).contains(&serial.len()) || !serial.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let [d, m, y] = parts[..] else {
        return None;
    };
    if !(figures(d, 2) && figures(m, 2) && figures(y, 4) && four_digit_year(y)) {
        return None;
    }
    let iso = format!("{y}-{m}-{d}");
    crate::dates::is_iso_date(&iso).then(|| (t.to_string(), iso))
}

/// The Organization of American States' resolutions and declarations:
/// `AG/RES. 1769 (XXXI-O/01)`, `CP/RES. 1234 (2345/20)`, `AG/DEC. 98 (LI-O/21)`.
fn oas_symbol(t: &str) -> Option<String> {
    // `CP/ACTA 1753/10[1]/`: a footnote's marker glued after the symbol.
    let t = match t.find('[') {
        Some(at) if at > 0 && t[at..].trim_end_matches('/').ends_with(']') && t.len() - at <= 6 => &t[..at],
        _ => t,
    };
    // `CP/RES.1117 (2200/19)`: the serial glued to the kind's dot.
    if let Some(dot) = t.find('.')
        && t[dot + 1..].starts_with(|c: char| c.is_ascii_digit())
        && t[..dot].len() <= 8
    {
        let spaced = format!("{} {}", &t[..=dot], &t[dot + 1..]);
        return oas_symbol(&spaced).map(|n| n.replacen(". ", ".", 1));
    }
    let (series, rest) = t.split_once(' ')?;
    let body = series.trim_end_matches('.');
    let (organ, kind) = body.split_once('/')?;
    // (`CP/ACTA 1753/10`: the Permanent Council's record of a meeting, its
    // serial with the year's two digits.)
    if !matches!(organ, "AG" | "CP" | "CIDI" | "CJI" | "CIM") || !matches!(kind, "RES" | "DEC" | "ACTA") {
        return None;
    }
    let (number, session) = rest.split_once(' ').unwrap_or((rest, ""));
    let serial = match number.split_once('/') {
        Some((n, year)) if kind == "ACTA" && year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => number,
    };
    if serial.is_empty() || serial.len() > 5 || !serial.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let session = session.trim();
    if session.is_empty() {
        return Some(format!("{series} {number}"));
    }
    (session.starts_with('(') && session.ends_with(')') && session.len() <= 20)
        .then(|| format!("{series} {number} {session}"))
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
    // `No. 281-E`: a serial with the letter of its language (Estonia's
    // ministry numbers its English releases so).
    let language = s.split_once('-').is_some_and(|(serial, lang)| {
        (1..=5).contains(&serial.len())
            && serial.bytes().all(|b| b.is_ascii_digit())
            && (1..=2).contains(&lang.len())
            && lang.bytes().all(|b| b.is_ascii_uppercase())
    });
    !s.is_empty() && (plain || lettered || language) && s.bytes().next().is_some_and(|b| b.is_ascii_digit())
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
    // `A56/DIV/9`, `EB152/1`: the WHO's, its body's letters run into the session's number.
    let session_head = {
        let letters = head.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = &head[letters..];
        (1..=3).contains(&letters) && (2..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    // `MC(12).JOUR/2`, `GC(69)/RES/16`: the OSCE's and the IAEA's, the
    // meeting's or session's number in brackets after the body's letters.
    let bracketed_session = head.split_once('(').is_some_and(|(body, rest)| {
        rest.split_once(')').is_some_and(|(n, after)| {
            (1..=5).contains(&body.len())
                && body.bytes().all(|b| b.is_ascii_uppercase())
                && (2..=4).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && (after.is_empty()
                    || after
                        .strip_prefix('.')
                        .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_uppercase())))
        })
    });
    let head_ok = head == "Press"
        || session_head
        || bracketed_session
        || head.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && head.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b'-');
    // `CM/Res.207`, `Assembly/AU/Dec.635`: an abbreviated kind and its serial.
    let abbreviated = |p: &str| {
        p.split_once('.').is_some_and(|(kind, n)| {
            (2..=5).contains(&kind.len())
                && kind.starts_with(|c: char| c.is_ascii_uppercase())
                && kind.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && !n.is_empty()
                // (`A/43/26/Add.l/Corr.1`: OCR reads a lone `1` as `l`.)
                && (n.bytes().all(|b| b.is_ascii_digit()) || n == "l")
        })
    };
    // (`OIC/SUMMIT-11/2008/FC/Final`: the OIC's final texts end in a word.)
    let last = parts.len() - 1;
    let rest_ok = parts[1..].iter().enumerate().all(|(i, p)| {
        abbreviated(p)
            || (i + 1 == last && last >= 3 && *p == "Final")
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

/// `P9_TA(2022)0052`, `P9_TA-PROV(2022)0052`: a text the European Parliament
/// adopted, by term, year and serial; its page glues the motion's number on
/// (`P9_TA(2022)0052B9-0123/2022`), which is left off.
fn adopted_text(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let after = s.get(2..)?;
    // `P8_PV(2017)03-16`: the minutes of a sitting, by term, year, month and day.
    if let Some(rest) = after.strip_prefix("_PV(") {
        let r = rest.as_bytes();
        let ok = b[0] == b'P'
            && b[1].is_ascii_digit()
            && r.len() >= 10
            && r[..4].iter().all(u8::is_ascii_digit)
            && r[4] == b')'
            && r[5..7].iter().all(u8::is_ascii_digit)
            && r[7] == b'-'
            && r[8..10].iter().all(u8::is_ascii_digit);
        return ok.then(|| &s[..s.len() - rest.len() + 10]);
    }
    let rest = after.strip_prefix("_TA(").or_else(|| after.strip_prefix("_TA-PROV("))?;
    let year_at = s.len() - rest.len();
    let ok = b[0] == b'P'
        && b[1].is_ascii_digit()
        && rest.len() >= 9
        && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && rest.as_bytes()[4] == b')'
        && rest.as_bytes()[5..9].iter().all(u8::is_ascii_digit);
    ok.then(|| &s[..year_at + 9])
}

/// `A3-0040/93`, `B9-0123/2020`: a series letter and the term, a serial, the year.
fn is_parliament_document(s: &str) -> bool {
    // `PE-8/CPG/PV/2017-17`: the Parliament's own bodies' papers, its term
    // after `PE-`, the body's and the paper's letters, the year and serial.
    if let Some(rest) = s.strip_prefix("PE-")
        && let Some((term, rest)) = rest.split_once('/')
        && (1..=2).contains(&term.len())
        && term.bytes().all(|b| b.is_ascii_digit())
        && let Some((letters, serial)) = rest.rsplit_once('/')
        && !letters.is_empty()
        && letters.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
        && let Some((year, n)) = serial.split_once('-')
        && year.len() == 4
        && !n.is_empty()
        && year.bytes().chain(n.bytes()).all(|b| b.is_ascii_digit())
    {
        return true;
    }
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
    // `CM/Del/Dec(2010)1084`: the Council of Europe's series, each part
    // capitalised, lower case after its capital.
    let parts_ok = s[..open].split('/').all(|p| {
        p.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && p.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
    });
    s[..open].bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && (s[..open]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
            || (s[..open].contains('/') && parts_ok))
        && (year.len() == 2 || year.len() == 4)
        && year.bytes().all(|b| b.is_ascii_digit())
        && !serial.is_empty()
        && (serial.bytes().next().is_some_and(|b| b.is_ascii_digit()) && serial_ok(serial)
            || lettered_serial(&s[..open], serial))
}

/// `PIFS(19)REP`: the Pacific Islands Forum Secretariat's series, a word in
/// capitals for the serial (a meeting's record, `REP`), after a series of
/// three letters or more.
fn lettered_serial(series: &str, serial: &str) -> bool {
    (3..=8).contains(&series.len())
        && series.bytes().all(|b| b.is_ascii_uppercase())
        && (2..=10).contains(&serial.len())
        && serial.bytes().all(|b| b.is_ascii_uppercase())
}

/// `1084`, `835`, and the Council of Europe's agenda item after its meeting
/// (`CM/Del/Dec(2019)129/2a`, `CM/Del/Dec(2021)1398/10.2`): alphanumeric
/// parts joined by one slash and dots, each ending in a letter or digit.
fn serial_ok(serial: &str) -> bool {
    let (meeting, item) = serial.split_once('/').unwrap_or((serial, ""));
    meeting.bytes().all(|b| b.is_ascii_alphanumeric())
        && (item.is_empty()
            || (item.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && item.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric())
                && item.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')))
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
