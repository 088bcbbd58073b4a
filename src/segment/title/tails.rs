//! A title's tail that is not the title: a footnote's mark, the issuer a
//! site adds in brackets, the site's own name after a bar, an agency's
//! name after a dash and its label over a text it reprints; a banner in
//! spaced capitals before it.

/// `… Meeting and Working Lunch1`: a footnote's mark glued to the title's
/// last word (after a lower-case letter: `COP26`, `G7` keep their figures).
pub(super) fn without_footnote_mark(title: &str) -> &str {
    let digits = title.bytes().rev().take_while(u8::is_ascii_digit).count();
    let head = &title[..title.len() - digits];
    if (1..=2).contains(&digits) && head.ends_with(|c: char| c.is_lowercase()) && head.contains(' ') {
        head
    } else {
        title
    }
}

/// `Friday, 03 January 2020. PDF Print E-mail`, `… for Sri Lanka PDF Print
/// option in slimbox / lytebox? (info) E-mail`: a content system's page tools
/// (Joomla's icons, with a picture viewer's label between) after a heading
/// or a date.
pub(super) fn without_page_tools(text: &str) -> &str {
    let Some(head) = ["E-mail", "Email"].iter().find_map(|m| text.strip_suffix(m)) else {
        return text;
    };
    let tail_from = super::super::lines::floor_char_boundary(head, head.len().saturating_sub(60));
    [" PDF Print", " Print"]
        .iter()
        .find_map(|tools| head[tail_from..].find(tools).map(|at| &text[..tail_from + at]))
        .unwrap_or(text)
}

/// `Press Release Regarding The Terrorist Attack In Baghdad On 28 February
/// 2016 , 29.02.2016`: a listing's day in figures that the site glued to the
/// headline, a space before its comma (no author writes one).
pub(super) fn without_listing_day(title: &str) -> &str {
    match title.rsplit_once(" , ") {
        Some((head, day))
            if !head.trim().is_empty()
                && day.len() == 10
                && matches!(crate::dates::parse_dateline(day), Some((None, Some(_)))) =>
        {
            head.trim_end()
        }
        _ => title,
    }
}

/// `Joint statement by President Van Rompuy … in Ukraine (European
/// Commission)`: the issuer a site adds after the title, in brackets.
pub(super) fn without_issuer_in_brackets(title: &str) -> &str {
    let Some(open) = title.strip_suffix(')').and_then(|t| t.rfind(" (")) else {
        return title;
    };
    let inside = title[open + 2..title.len() - 1].to_lowercase();
    let head = title[..open].trim_end();
    if super::score::is_issuer(&inside) && head.split_whitespace().count() >= 4 {
        head
    } else {
        title
    }
}

/// `Foreign Affairs Council: remarks by … at the press conference | EEAS`:
/// a saved page's title with the site's short name after a bar. A place after
/// the bar (`… Heads of Government | Montego Bay, Jamaica`) has its comma and
/// stays, as do dates and serials (figures).
pub(super) fn without_site_after_bar(title: &str) -> &str {
    let Some((head, site)) = title.rsplit_once(" | ") else {
        return title;
    };
    let words: Vec<&str> = site.split_whitespace().collect();
    let named = (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !site.contains(|c: char| c.is_ascii_digit() || c == ',');
    if named && head.split_whitespace().count() >= 5 && !head.ends_with(['|', ':', '-', '–']) {
        head.trim_end()
    } else {
        title
    }
}

/// `Full text: Joint Statement on …`, `TEXT: JOINT STATEMENT FROM …`: a
/// news service's label over the text it reprints whole.
/// (`MIL-OSI Europe: Minutes – …`: a syndication wire's feed before it;
/// `FOR PRESS: STATE VISIT BY …`: a release's label, as Australia's prime
/// ministers' transcripts keep it.)
pub(super) fn without_reprint_label(title: &str) -> &str {
    let wire = title
        .strip_prefix("MIL-OSI ")
        .and_then(|rest| rest.split_once(": ").filter(|(feed, _)| feed.len() <= 30))
        .map(|(_, rest)| rest);
    let rest = [
        "Full text:",
        "Full Text:",
        "FULL TEXT:",
        "TEXT:",
        "Text:",
        "FOR PRESS:",
        "For Press:",
    ]
    .iter()
    .find_map(|label| title.strip_prefix(label))
    .or(wire)
    .map(str::trim_start);
    match rest {
        Some(rest) if rest.split_whitespace().count() >= 3 => rest,
        _ => title,
    }
}

/// News agencies whose pages end a headline with their name after a dash
/// (`…Solomon Islands-Xinhua`, `… - WAM`).
const AGENCIES: &[&str] = &[
    "Xinhua",
    "Xinhuanet",
    "Xinhua Net",
    "Reuters",
    "AFP",
    "WAM",
    "SPA",
    "QNA",
    "KUNA",
    "BNA",
    "ONA",
    "Yonhap",
    "Kyodo",
    "TASS",
    "ANI",
    "PTI",
    "IANS",
    "Bernama",
    "Antara",
    "APS",
    "MAP",
    "IRNA",
    "Anadolu Agency",
    "CGTN",
    "CNA",
];

/// `Joint Statement … Solomon Islands-Xinhua`: an agency's page title, its
/// name glued on after a dash.
pub(super) fn without_agency_after_dash(title: &str) -> &str {
    for agency in AGENCIES {
        let Some(head) = title.strip_suffix(agency) else {
            continue;
        };
        let trimmed = head.trim_end();
        let Some(before) = trimmed.strip_suffix(['-', '–', '—']) else {
            continue;
        };
        let before = before.trim_end();
        // (A short line, `Italy-SPA`, may be a name's own hyphen.)
        if before.split_whitespace().count() >= 4 && before.ends_with(|c: char| c.is_alphanumeric() || c == ')') {
            return before;
        }
    }
    title
}

/// `Pacific Islands Forum General Statement … 2021 PACIFIC ISLANDS FORUM
/// GENERAL STATEMENT … 2021.`: a PDF's text that printed the heading twice
/// (a sharing site's caption over the document's own, the cover's over the
/// first page's), run into one line: the title is said once.
pub(super) fn without_doubling(title: &str) -> &str {
    let words: Vec<(usize, &str)> = title
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - title.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    if n < 6 || !n.is_multiple_of(2) {
        return title;
    }
    let same = |a: &str, b: &str| {
        let (a, b) = (a.trim_end_matches(['.', ':']), b.trim_end_matches(['.', ':']));
        a.len() == b.len() && a.to_lowercase() == b.to_lowercase()
    };
    if (0..n / 2).all(|k| same(words[k].1, words[k + n / 2].1)) {
        let (at, last) = words[n / 2 - 1];
        return &title[..at + last.len()];
    }
    title
}

#[cfg(test)]
mod site_tests {
    use super::{
        without_agency_after_dash, without_doubling, without_listing_day, without_reprint_label, without_site_after_bar,
    };

    #[test]
    fn a_listings_day_glued_to_the_headline_is_cut() {
        assert_eq!(
            without_listing_day(
                "Press Release Regarding The Terrorist Attack In Baghdad On 28 February 2016 , 29.02.2016"
            ),
            "Press Release Regarding The Terrorist Attack In Baghdad On 28 February 2016"
        );
        // The author's own comma, and a comma before no date, stay.
        for title in [
            "Foreign Affairs Council, 10/12/2018",
            "Ministers met in Paris , Rome and Berlin",
        ] {
            assert_eq!(without_listing_day(title), title);
        }
    }

    #[test]
    fn a_heading_printed_twice_is_said_once() {
        assert_eq!(
            without_doubling(
                "Pacific Islands Forum General Statement for the HLPF 2021 PACIFIC ISLANDS FORUM GENERAL STATEMENT FOR THE HLPF 2021."
            ),
            "Pacific Islands Forum General Statement for the HLPF 2021"
        );
        for title in [
            "Joint Statement Joint Statement",
            "New York, New York and Washington, Washington D.C.",
        ] {
            assert_eq!(without_doubling(title), title);
        }
    }

    #[test]
    fn an_agencys_name_and_its_reprint_label_are_cut() {
        assert_eq!(
            without_agency_after_dash("Joint Statement on a Partnership Between China and Solomon Islands-Xinhua"),
            "Joint Statement on a Partnership Between China and Solomon Islands"
        );
        assert_eq!(
            without_agency_after_dash("UAE welcomes the truce in Yemen - WAM"),
            "UAE welcomes the truce in Yemen"
        );
        assert_eq!(without_agency_after_dash("Talks on Italy-SPA"), "Talks on Italy-SPA");
        assert_eq!(
            without_reprint_label("Full text: Joint Statement on Establishing a Partnership"),
            "Joint Statement on Establishing a Partnership"
        );
        assert_eq!(
            without_reprint_label("TEXT: JOINT STATEMENT FROM PAKISTAN AND THE UNITED STATES"),
            "JOINT STATEMENT FROM PAKISTAN AND THE UNITED STATES"
        );
        assert_eq!(without_reprint_label("Text: Annex"), "Text: Annex");
        assert_eq!(
            without_reprint_label("FOR PRESS: STATE VISIT BY THE PRESIDENT OF ITALY TO AUSTRALIA"),
            "STATE VISIT BY THE PRESIDENT OF ITALY TO AUSTRALIA"
        );
        assert_eq!(
            without_reprint_label("MIL-OSI Europe: Minutes – Wednesday, 4 May 2022 – Strasbourg"),
            "Minutes – Wednesday, 4 May 2022 – Strasbourg"
        );
    }

    #[test]
    fn a_sites_short_name_after_a_bar_is_cut_and_a_place_or_a_date_is_not() {
        assert_eq!(
            without_site_after_bar("Foreign Affairs Council: remarks by the High Representative | EEAS"),
            "Foreign Affairs Council: remarks by the High Representative"
        );
        assert_eq!(
            without_site_after_bar("Prime Minister meets the President of France | The White House"),
            "Prime Minister meets the President of France"
        );
        for kept in [
            "Regular Meeting of the Conference of Heads of Government | Montego Bay, Jamaica",
            "Joint statement of the foreign ministers of the region | 3 March 2021",
            "Press release | EEAS",
            "Statement by the Spokesperson on the situation in the region | press",
        ] {
            assert_eq!(without_site_after_bar(kept), kept);
        }
    }
}

/// `P R E S S EN Remarks by HR Catherine Ashton …`: a Council PDF's banner in
/// spaced capitals and its language code, flattened onto the heading.
pub(super) fn without_spaced_banner(title: &str) -> &str {
    let mut rest = title;
    let mut letters = 0;
    while let [c, b' ', ..] = rest.as_bytes()
        && c.is_ascii_uppercase()
    {
        rest = &rest[2..];
        letters += 1;
    }
    // (Three spaced capitals may be initials: `J F K Airport`.)
    if letters < 4 {
        return title;
    }
    let rest = match rest.split_once(' ') {
        Some((code, after)) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) => after,
        _ => rest,
    };
    rest_if_titled(rest, title, 3)
}

/// What is left of a title once a prefix is cut, if it still reads as one
/// (`words` or more, opening with a capital); else the title whole.
pub(super) fn rest_if_titled<'a>(rest: &'a str, title: &'a str, words: usize) -> &'a str {
    if rest.split_whitespace().count() >= words && rest.starts_with(char::is_uppercase) {
        rest
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_banner_in_spaced_capitals_and_its_language_code_go() {
        assert_eq!(
            without_spaced_banner("P R E S S EN Remarks by HR Catherine Ashton upon arrival to FAC"),
            "Remarks by HR Catherine Ashton upon arrival to FAC"
        );
        assert_eq!(
            without_spaced_banner("P R E S S Council conclusions on Iran"),
            "Council conclusions on Iran"
        );
        // Initials are no banner.
        assert_eq!(
            without_spaced_banner("J F K Airport opens to flights"),
            "J F K Airport opens to flights"
        );
        assert_eq!(
            without_spaced_banner("A New Start for Europe"),
            "A New Start for Europe"
        );
    }
}
