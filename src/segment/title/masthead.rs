//! Lines that a document-sharing site or an official masthead prints around
//! a text, which are never its title: a sharing site's record of the file and
//! its page count, a Council document's series and file codes, a UN
//! masthead's session and year.

use super::super::lines::Line;

/// `Total Page:16` / `File Type:pdf, Size:1020Kb`: a document-sharing site's
/// record of a PDF, and the line above it, the page title the site guessed
/// from some heading inside (`Eu Strategy for the Baltic Sea Region 9`, a
/// contents entry), which is not the document's own.
pub(super) fn is_sharing_record(lines: &[Line], i: usize, opening: &str) -> bool {
    // `Start display at page:` in the reader's language, under `Size: px`.
    if opening.ends_with(':')
        && lines[..i]
            .iter()
            .rev()
            .find(|l| !l.is_blank())
            .is_some_and(|above| above.text.trim_end().ends_with(": px"))
    {
        return true;
    }
    let starts = |text: &str, label: &str| text.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label));
    let record = |text: &str| starts(text, "total page:") || starts(text, "file type:");
    // `bismillah ar-rahmanar-rahim it i - united...` over `4`: a sharing
    // site's snippet of the text and its page count.
    let next = lines[i + 1..].iter().find(|l| !l.is_blank());
    let page_count = next.is_some_and(|n| {
        let n = n.text.trim();
        !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit())
    });
    if page_count && (opening.ends_with("...") || lines[i].text.trim_end().ends_with("...")) {
        return true;
    }
    // `Jan 23, 2012 - done to achieve a peaceful transition … and ...`: a
    // search result's day and snippet; `85KB taille 1 téléchargements 264
    // vues`: the sharing site's size and counts of the file.
    let line = lines[i].text.trim();
    let snippet = line.ends_with("...")
        && line.len() <= 400
        && line
            .split_once(" - ")
            .filter(|(day, _)| day.len() <= 20)
            .is_some_and(|(day, _)| matches!(crate::dates::parse_dateline(day), Some((None, Some(_)))));
    if snippet || is_file_size(line) {
        return true;
    }
    record(opening)
        || lines[i + 1..]
            .iter()
            .find(|l| !l.is_blank())
            .is_some_and(|next| record(next.text.trim_start()))
}

/// `85KB taille 1 téléchargements 264 vues`, `1.2 MB`: a file's size
/// opening a short line.
fn is_file_size(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let digits = first.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    let unit = if digits == first.len() {
        words.next().unwrap_or("")
    } else {
        &first[digits..]
    };
    digits >= 1
        && matches!(unit, "KB" | "kB" | "Kb" | "MB" | "Mb" | "Ko" | "Mo" | "ko" | "mo")
        && line.split_whitespace().count() <= 8
}

/// `CRS CRP 31`, `CO EUR 4`, `OJ CRP1 31`: a Council document's series and
/// file codes, a line of short capitals ending in a serial.
pub(super) fn is_code_line(text: &str) -> bool {
    if !text.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((last, codes)) = words.split_last() else {
        return false;
    };
    (1..=3).contains(&codes.len())
        && (1..=3).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_digit())
        && codes.iter().all(|w| {
            (2..=6).contains(&w.len())
                && w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'/')
        })
}

/// `Fifty-first session Fifty-first year`, `Fiftieth session`: a UN
/// masthead's session and year, in words or figures.
pub(super) fn is_session_line(text: &str) -> bool {
    if !(text.contains("ession") || text.contains("ear") || text.contains("EAR") || text.contains("ESSION")) {
        return false;
    }
    // (`Forty- sixth session`: a PDF's line break left a space in the ordinal.)
    let lower = text.to_lowercase().replace("- ", "-");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let ordinal = |w: &str| {
        let last = w.rsplit('-').next().unwrap_or(w);
        last.ends_with("th")
            || last.ends_with("st")
            || last.ends_with("nd")
            || last.ends_with("rd")
            || matches!(last, "first" | "second" | "third")
    };
    words.len() <= 6
        && words.iter().any(|w| matches!(*w, "session" | "year"))
        && words
            .iter()
            .all(|w| matches!(*w, "session" | "year" | "special" | "emergency") || ordinal(w))
}

/// `GENERAL ASSEMBLY SECURITY COUNCIL Fifty-first session Fifty-first year
/// Items 71 (g) and 72 of the preliminary list* GENERAL AND COMPLETE …`: a UN
/// masthead's organs, session and agenda items, which a PDF's text runs into
/// one line above the document's own title.
pub(super) fn is_flattened_session_line(text: &str) -> bool {
    const ORGANS: &[&str] = &["general assembly", "security council", "economic and social council"];
    // (Asked of every header line: the organs' names are ASCII, read in place.)
    let mut rest = text;
    let mut organs = 0;
    while let Some(o) = ORGANS
        .iter()
        .find(|o| rest.get(..o.len()).is_some_and(|p| p.eq_ignore_ascii_case(o)))
    {
        rest = rest[o.len()..].trim_start();
        organs += 1;
    }
    if organs == 0 {
        return false;
    }
    let session: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| !["item", "items", "agenda"].iter().any(|i| w.eq_ignore_ascii_case(i)))
        .take(8)
        .collect();
    !session.is_empty() && session.len() < rest.split_whitespace().count() && is_session_line(&session.join(" "))
}

/// `Five Years On: What Our Objectives Were …` over `Total Page:16` and a
/// PDF flattened onto one line, `SPEECH/04/453 Romano Prodi President of the
/// European Commission Five years on: what our objectives were … European
/// Parliament Brussels, 13 October 2004 Honourable Members, …`: the sharing
/// site's page title, found again near the start of the text it records, is
/// the span of the text's own heading that no layout marks any more; the
/// text's spelling of it is kept.
pub(super) fn recorded_title_in(lines: &[Line], text: &str) -> Option<String> {
    let mut shown = lines.iter().filter(|l| !l.is_blank());
    let site_title = shown.next()?.text.trim();
    let record = shown.next()?.text.trim_start();
    let labelled = |label: &str| record.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label));
    if !(labelled("total page:") || labelled("file type:")) || site_title.split_whitespace().count() < 4 {
        return None;
    }
    // (Near the start only: a contents entry the site took for the title
    // is printed further in.)
    let head = &text[..crate::segment::floor_char_boundary(text, 400)];
    let (start, end) = find_words_ignoring_case(head, site_title)?;
    let title = &head[start..end];
    // (`A56/DIV/9 21 May 2003`: a symbol and its date are no heading.)
    let symbol = title
        .split_whitespace()
        .next()
        .is_some_and(|first| crate::segment::numbers::series_number(first).is_some());
    (!symbol).then(|| title.to_string())
}

/// Where `needle`'s words stand in `hay` as whole words, letters compared
/// without case and any run of spaces alike: byte offsets in `hay`.
fn find_words_ignoring_case(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let want: Vec<&str> = needle.split_whitespace().collect();
    let words: Vec<(usize, &str)> = hay
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - hay.as_ptr() as usize, w))
        .collect();
    let same = |a: &str, b: &str| {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    };
    words.windows(want.len()).find_map(|run| {
        run.iter().zip(&want).all(|((_, w), n)| same(w, n)).then(|| {
            let (at, last) = run[run.len() - 1];
            (run[0].0, at + last.len())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_masthead_names_its_organs_session_and_items() {
        assert!(is_flattened_session_line(
            "GENERAL ASSEMBLY SECURITY COUNCIL Fifty-first session Fifty-first year Items 71 (g) and 72 of the preliminary list* GENERAL AND COMPLETE DISARMAMENT"
        ));
        assert!(is_flattened_session_line(
            "General Assembly Seventy-fifth session Agenda item 72 Promotion and protection of human rights"
        ));
        assert!(!is_flattened_session_line("General Assembly Fifty-first session"));
        assert!(!is_flattened_session_line(
            "General Assembly adopts resolution on the situation in Myanmar at its fifty-first session"
        ));
        assert!(!is_flattened_session_line("SECURITY COUNCIL PRESS STATEMENT ON MALI"));
    }
}
