//! The lines of a title: where a run of title lines starts (`Final` /
//! `Communiqué of …`, a heading in capitals over several lines) and the lines
//! that continue it (a bold block, capitals, a headline hard-wrapped mid-phrase).

use super::super::header::{clean, collapse_spaces};
use super::super::lines::{Line, bullet_marker, numbered_label};
use super::kinds::{kind_above_headline, kind_continued_below};
use super::{Kind, is_all_caps, score};

/// The title may be the second line of a run of ALL-CAPS or bold lines
/// (`JOINT COMMUNIQUE` / `ON THE OCCASION OF …`): the run is the title.
pub(super) fn start_of_title_run(top: &[(usize, Kind)], lines: &[Line], mut k: usize) -> usize {
    let style = |i: usize| {
        let t = lines[i].text;
        (is_all_caps(&clean(t)), t.starts_with("**"))
    };
    // `Final` / `Communiqué of the 36th Session …`: a title's first word
    // wrapped onto a line of its own, right above the rest.
    if k > 0
        && matches!(top[k - 1].1, Kind::Candidate(_))
        && top[k - 1].0 + 1 == top[k].0
        && is_wrapped_first_word(&clean(lines[top[k - 1].0].text))
    {
        return k - 1;
    }
    // `Group` / `of 20 Leaders’ Statement after London Meeting`: a text
    // hard-wrapped at a narrow width; a title opens with no lower-case word.
    // `Press Statement` / `by the Chair of the 32nd … Meeting and` / `ASEAN
    // Foreign Ministers' Retreat`: a line the one above runs on into
    // mid-phrase is that line's rest; the title starts higher.
    while k > 0
        && matches!(top[k - 1].1, Kind::Candidate(_))
        && top[k - 1].0 + 1 == top[k].0
        && let above = clean(lines[top[k - 1].0].text)
        && let line = clean(lines[top[k].0].text)
        && (line.starts_with(|c: char| c.is_lowercase())
            && (above.split_whitespace().count() <= 3 || line.split_whitespace().count() <= 2)
            || ends_open(&above) && !is_all_caps(&above)
            || is_meeting_then_colon(&above)
            // `CHAIRMAN'S STATEMENT` / `Of the Fifth Asia-Europe Meeting`:
            // a speech's kind, whose occasion the line below names.
            || kind_continued_below(&above, &line))
        && wraps_on(&above, &line)
    {
        k -= 1;
    }
    while k > 0
        && matches!(top[k - 1].1, Kind::Candidate(_))
        && matches!(style(top[k - 1].0), (true, _) | (_, true))
        && style(top[k - 1].0) == style(top[k].0)
        && !ends_with_year(&clean(lines[top[k - 1].0].text))
        && !kind_above_headline(&clean(lines[top[k - 1].0].text), &clean(lines[top[k].0].text))
        // (`MINISTERE DES AFFAIRES ETRANGERES …` over the heading: the issuer's letterhead.)
        && !score::is_issuer(&clean(lines[top[k - 1].0].text).to_lowercase())
    {
        k -= 1;
    }
    k
}

/// A title line, joined with the standalone lines that continue it: a
/// multi-line bold block, or a run of ALL-CAPS lines (`JOINT COMMUNIQUE` /
/// `ON THE OCCASION OF …`). Returns the title and the next line index.
pub(super) fn title_lines(lines: &[Line], first: usize) -> (String, usize) {
    // (A headline set as a list's one item keeps no bullet: `classify`.)
    let line = lines[first].text.trim_start();
    let mut parts = vec![clean(bullet_marker(line).map_or(line, |len| &line[len..]))];
    let mut i = first + 1;
    if is_wrapped_first_word(&parts[0])
        && let Some(l) = lines.get(i).filter(|l| !l.is_blank())
    {
        parts.push(clean(l.text));
        i += 1;
    }
    let caps = is_all_caps(&parts[0]);
    // `CHAIRMAN'S STATEMENT` / `Of the Fifth Asia-Europe Meeting`: a kind in
    // capitals, whose occasion the next line names in title case.
    if caps
        && let Some(next) = lines.get(i).filter(|l| !l.is_blank()).map(|l| clean(l.text))
        && kind_continued_below(&parts[0], &next)
        && wraps_on(&parts[0], &next)
    {
        parts.push(next);
        i += 1;
    }
    loop {
        // Lines of one bold block (no blank between).
        while i < lines.len() && !lines[i].is_blank() && lines[first].text.starts_with("**") {
            parts.push(clean(lines[i].text));
            i += 1;
        }
        if !caps {
            // A headline wrapped with no blank line: the next line carries on
            // in lower case, or after a word that cannot end a title
            // (`… King Salman bin` / `Abdulaziz Al-Saud`).
            // `Letter dated 8 June 1995 from the Permanent` / `Representative
            // of India to the United Nations` / `addressed to the
            // Secretary-General`: the UN's title of a letter runs until it
            // says to whom, wherever the lines broke.
            if is_un_letter_title(&parts[0]) {
                while parts.len() < 4
                    && !parts.iter().any(|p| p.contains("addressed to"))
                    && let Some(l) = lines.get(i).filter(|l| !l.is_blank() && l.text.len() <= 120)
                {
                    parts.push(clean(l.text));
                    i += 1;
                }
            }
            let mut extra = 0;
            // (`Statement` / `by` / `NATO Secretary General, Lord Robertson` /
            // `at the Press Conference following the Meeting` / `of the North
            // Atlantic Council`: past three lines, only one that opens with
            // `of` or `and`, which start nothing of their own.)
            while let Some(l) = lines.get(i).filter(|l| !l.is_blank())
                && (extra < 3 || (extra < 5 && (l.text.starts_with("of ") || l.text.starts_with("and "))))
                && (wraps_on(parts.last().map_or("", String::as_str), &clean(l.text))
                    || parts.len() == 1 && wrapped_over_date(&parts[0], lines, i))
            {
                parts.push(clean(l.text));
                i += 1;
                extra += 1;
            }
            // `Declaration by the High Representative on behalf of` / (a
            // blank line) / `the EU on "elections" in eastern Ukraine`: a
            // line that cannot end a title, its rest below a blank line.
            // `Letter dated … from the Permanent Representative of` / `Jordan
            // to the United Nations …`: after `of`, `the`, `by` a name may go on.
            let last = parts.last().map_or("", String::as_str);
            let last_word = last.rsplit(' ').next().unwrap_or("");
            if matches!(last_word, "of" | "the" | "and" | "for" | "on" | "to" | "by")
                && let Some(j) = (i..(i + 3).min(lines.len())).find(|&j| !lines[j].is_blank())
                && j > i
                && let next = clean(lines[j].text)
                && (next.starts_with(|c: char| c.is_lowercase()) || matches!(last_word, "of" | "the" | "by"))
                && wraps_on(last, &next)
            {
                parts.push(next);
                i = j + 1;
            } else if let Some(j) = (i..(i + 3).min(lines.len())).find(|&j| !lines[j].is_blank())
                && j > i
                && parts.len() == 1
                && let next = clean(lines[j].text)
                && kind_continued_below(last, &next)
                && !next.ends_with(['.', ';'])
                && continues_under_kind(last, &next)
            {
                parts.push(next);
                i = j + 1;
            } else if let Some(j) = (i..(i + 3).min(lines.len())).find(|&j| !lines[j].is_blank())
                && j > i
                && let next = clean(lines[j].text)
                // `Illegal Israeli actions in Occupied East Jerusalem` / (a
                // blank line) / `and the rest of the Occupied Palestinian
                // Territory`: a title's second half under a blank line opens
                // with its conjunction.
                // (`Final communiqué` / (a blank line) / `of the Ministerial
                // meeting of the North Atlantic Council`: or with `of`, which
                // no line of its own opens.)
                // (`Remarks by President Herman Van Rompuy` / (a blank line) /
                // `following the European Council`: a PDF that sets a blank
                // line under every line, the rest after a preposition.)
                && (next.starts_with("and ")
                    || next.starts_with("or ")
                    || next.starts_with("of the ")
                    // (`Statement by High Representative Catherine Ashton` /
                    // (a blank line) / `on Syria`: or with its subject's `on`.)
                    || next.starts_with("on ")
                    || next.starts_with("following the ")
                    || next.starts_with("ahead of the "))
                && next.len() <= 100
                && !next.ends_with(['.', ',', ';', ':'])
                && wraps_on(last, &next)
            {
                parts.push(next);
                i = j + 1;
            } else if let Some(j) = (i..(i + 4).min(lines.len())).find(|&j| !lines[j].is_blank())
                && j > i
                && parts.len() == 1
                && ends_with_role_after_by(last)
                && let next = clean(lines[j].text)
                && opens_with_name(&next)
            {
                // `Remarks by High Representative` / (blank lines) / `Catherine
                // Ashton ahead of` / `the Foreign Affairs Council, 21/03/11`:
                // a PDF's heading parted from the name the role calls for.
                parts.push(next);
                i = j + 1;
                while let Some(l) = lines.get(i).filter(|l| !l.is_blank())
                    && parts.len() < 4
                    && wraps_on(parts.last().map_or("", String::as_str), &clean(l.text))
                {
                    parts.push(clean(l.text));
                    i += 1;
                }
            }
            // `Summary of remarks` / `by Javier SOLANA,` / `EU High
            // Representative for the CFSP,` / `to the European Parliament …
            // and` / `the Chairs of …`: a PDF that sets a blank line under
            // every line of a long heading; a line ending with a comma after
            // its speaker, or with a word no title ends with, goes on below.
            while parts.len() < 8
                && let last = parts.last().map_or("", String::as_str)
                && let last_word = last.rsplit(' ').next().unwrap_or("")
                && (last.ends_with(',') && parts.iter().any(|p| p.starts_with("by ") || p.contains(" by "))
                    || matches!(last_word, "of" | "the" | "and" | "for" | "on" | "to" | "at" | "with"))
                && let Some(j) = (i..(i + 3).min(lines.len())).find(|&j| !lines[j].is_blank())
                && j > i
                && let next = clean(lines[j].text)
                && next.chars().count() <= 120
                && !next.ends_with(['.', ';', ':'])
                && numbered_label(&next).is_none()
                && crate::dates::parse_dateline(&next).is_none()
            {
                parts.push(next);
                i = j + 1;
            }
            break;
        }
        let mut j = i;
        while j < lines.len() && lines[j].is_blank() {
            j += 1;
        }
        // A line standing alone, or the next line of a heading wrapped with
        // no blank between (`SECURITY COUNCIL STATES DETERMINATION` / `TO
        // INTENSIFY EFFORTS …`).
        // (`… OF THE EAST AFRICAN COMMUNITY` / `JOINT COMMUNIQUÉ` / `1. THE
        // EAST AFRICAN …`: a numbered paragraph under it stands apart too.)
        let next_standalone = lines
            .get(j + 1)
            .is_none_or(|l| l.is_blank() || numbered_label(l.text).is_some())
            || j == i;
        match lines.get(j) {
            Some(l)
                if next_standalone
                    && !ends_with_year(&parts.join(" "))
                    && is_all_caps(&clean(l.text))
                    && (open_ended(&parts) || !score::is_issuer(&clean(l.text).to_lowercase()))
                    && numbered_label(l.text).is_none()
                    // (`SN 180/1/93 REV 1` under `CONCLUSIONS OF THE PRESIDENCY`.)
                    && super::super::numbers::document_number(l.text).is_none()
                    && !super::kinds::is_notice_label(&clean(l.text))
                    && !is_seat_over_date(lines, j)
                    && !names_meeting_under_title(&parts, &clean(l.text))
                    && !repeats_opening(&parts, &clean(l.text))
                    && (crate::dates::parse_dateline(l.text).is_none() || dated_by_preposition(l.text)) =>
            {
                parts.push(clean(l.text));
                i = j + 1;
            }
            _ => break,
        }
    }
    // `Extraordinary meeting of the COUNCIL OF THE EUROPEAN UNION` /
    // `(Foreign Affairs)`: the Council's configuration, bracketed under its
    // name, is part of the meeting's name.
    if let Some(j) = (i..(i + 2).min(lines.len())).find(|&j| !lines[j].is_blank())
        && lines[j].text.trim_start().starts_with('(')
        && let next = clean(lines[j].text)
        && is_configuration(&next)
        && parts.last().is_some_and(|p| names_council(p))
    {
        parts.push(next);
        i = j + 1;
    }
    if parts.len() >= 2 && kind_above_headline(&parts[0], &parts[1]) {
        parts.remove(0);
    }
    (collapse_spaces(&parts.join(" ")), i)
}

/// `DECLARATION OF THE PRESIDENTS OF AMERICA` / `MEETING OF AMERICAN CHIEFS
/// OF STATE`: the meeting that issued a text whose title is whole (four
/// words or more, none left open) is its banner, not more of its title.
fn names_meeting_under_title(parts: &[String], next: &str) -> bool {
    let words = parts.iter().map(|p| p.split_whitespace().count()).sum::<usize>();
    words >= 4
        && !open_ended(parts)
        && ["MEETING OF ", "SUMMIT OF ", "CONFERENCE OF "]
            .iter()
            .any(|m| next.starts_with(m))
}

/// `COMMUNIQUE CONJOINT A L'OCCASION DE …` / `COMMUNIQUE CONJOINT`: the
/// title's kind, set again below it as a banner over the text, is said once.
fn repeats_opening(parts: &[String], next: &str) -> bool {
    let first = parts.first().map_or("", String::as_str);
    (1..=4).contains(&next.split_whitespace().count())
        && first.len() > next.len()
        && first.is_char_boundary(next.len())
        && first[..next.len()].eq_ignore_ascii_case(next)
        && first[next.len()..].starts_with(' ')
}

/// `Letter dated …`, `Identical letters dated …`, `Note verbale dated …`:
/// the opening of a UN document's title for a letter it circulates.
fn is_un_letter_title(line: &str) -> bool {
    ["Letter dated ", "Identical letters dated ", "Note verbale dated "]
        .iter()
        .any(|p| line.starts_with(p))
        && !line.ends_with(['.', ';'])
}

/// `VIENTIANE, LAO PDR` / `10 OCTOBER 2024` under a heading in capitals: the
/// meeting's place, its date on the line below, is no part of the heading.
fn is_seat_over_date(lines: &[Line], j: usize) -> bool {
    let text = lines[j].text.trim();
    let Some((city, country)) = text.split_once(", ") else {
        return false;
    };
    let short = |s: &str| (1..=3).contains(&s.split_whitespace().count());
    // (`IN MEDELLIN, COLOMBIA` under `… HAILS SUCCESS OF OAS GENERAL
    // ASSEMBLY`: a place after its preposition is the heading's, no seat.)
    let first = city.split_whitespace().next().unwrap_or("");
    !["IN", "AT", "ON", "FROM", "TO"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        && short(city)
        && short(country)
        && lines[j + 1..]
            .iter()
            .find(|l| !l.is_blank())
            .is_some_and(|l| matches!(crate::dates::parse_dateline(l.text), Some((_, Some(_)))))
}

/// `… COUNCIL OF THE EUROPEAN UNION`, `PERMANENT REPRESENTATIVES COMMITTEE`.
fn names_council(line: &str) -> bool {
    let lower = line.trim_end().to_lowercase();
    lower.ends_with("council of the european union")
        || lower.ends_with("council of the european communities")
        || lower.ends_with("representatives committee")
}

/// A Council's configuration or Coreper's part in brackets: `(Foreign
/// Affairs)`, `(General Affairs)`, `(Justice and Home Affairs)`, `(Part 1)`.
pub(super) fn is_configuration(line: &str) -> bool {
    let Some(inner) = line.trim().strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let part = matches!(words.as_slice(), ["Part", n] if matches!(*n, "1" | "2" | "I" | "II"));
    // (Named by its field's first word: `(Stock Image)` is a picture's credit.)
    let field = words
        .first()
        .map(|w| w.trim_end_matches(',').split('/').next().unwrap_or(""));
    let named = (1..=9).contains(&words.len())
        && field.is_some_and(|f| {
            matches!(
                f,
                "General"
                    | "Foreign"
                    | "Economic"
                    | "Ecofin"
                    | "ECOFIN"
                    | "Justice"
                    | "Employment"
                    | "Competitiveness"
                    | "Transport"
                    | "Agriculture"
                    | "Environment"
                    | "Education"
                    | "Trade"
                    | "Development"
                    | "Defence"
                    | "Energy"
                    | "Budget"
                    | "Fisheries"
                    | "Telecommunications"
                    | "Internal"
                    | "Research"
                    | "Industry"
                    | "Health"
                    | "Cohesion"
            )
        })
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "/"))
        && !inner.bytes().any(|b| b.is_ascii_digit());
    part || named
}

/// A title read from a field (`50/72.      Review of the implementation of
/// the` / `recommendations and decisions adopted` / …), with the lines that
/// carry it on, as a hard-wrapped headline's do. Returns the title and the
/// next line index.
pub(super) fn field_title_lines(lines: &[Line], at: usize, title: String) -> (String, usize) {
    let mut parts = vec![title];
    let mut i = at + 1;
    while parts.len() < 6
        && let Some(l) = lines.get(i).filter(|l| !l.is_blank())
        && (wraps_on(parts.last().map_or("", String::as_str), &clean(l.text))
            // (`Tajuk/Title : AT THE BANQUET …` / `\t\t\tBY H.E. PRESIDENT …`: a
            // form's value wrapped to the value's column, under no label.)
            || l.indent >= lines[at].indent + 3 && !l.text.contains(':'))
    {
        parts.push(clean(l.text));
        i += 1;
    }
    (collapse_spaces(&parts.join(" ")), i)
}

/// Whether `fuller` starts with the words of `title` (in any case, a hyphen
/// a space, one word misspelt) and goes on for a few words more.
pub(super) fn goes_on_from(fuller: &str, title: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (long, short) = (words(fuller), words(title));
    // What it adds names more of the same thing (`of the GCC Supreme
    // Council`), not a speaker (`Kristian Jensen:`) or a sentence (`At the
    // 7334th meeting of the`).
    let adds_of = long
        .get(short.len())
        .is_some_and(|w| matches!(w.as_str(), "of" | "on" | "for" | "in"));
    let open = fuller.ends_with(':')
        || fuller
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "of" | "the" | "and" | "on" | "for" | "to" | "by" | "at" | "in"));
    adds_of
        && !open
        && short.len() >= 4
        && long.len() > short.len()
        && long.len() <= short.len() * 3
        && long.iter().zip(&short).filter(|(a, b)| a != b).count() <= 1
        && long[..short.len()].last() == short.last()
}

/// `Remarks by High Representative`, `Statement by the President`: a
/// heading that names the speaker's office and not yet the speaker.
fn ends_with_role_after_by(title: &str) -> bool {
    let Some((_, role)) = title.rsplit_once(" by ") else {
        return false;
    };
    let role = role.strip_prefix("the ").unwrap_or(role);
    matches!(
        role,
        "High Representative"
            | "High Representative/Vice-President"
            | "President"
            | "Vice-President"
            | "Prime Minister"
            | "Commissioner"
            | "Secretary-General"
            | "Secretary General"
            | "Foreign Minister"
            | "Minister"
            | "Spokesperson"
    )
}

/// `Catherine Ashton ahead of`: a line that opens with a name of two
/// capitalised words (neither a function word).
fn opens_with_name(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let capital = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.len() >= 2
                && w.starts_with(|c: char| c.is_uppercase())
                && w[1..].chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(w, "The" | "On" | "In" | "At" | "For" | "And")
        })
    };
    capital(words.next()) && capital(words.next()) && line.len() <= 120 && !line.ends_with('.')
}

/// A word that opens a title and never stands as one (`Final`, `Joint`).
fn is_wrapped_first_word(line: &str) -> bool {
    matches!(
        line.to_lowercase().as_str(),
        "final" | "joint" | "draft" | "provisional" | "revised" | "closing" | "opening" | "annotated"
    )
}

/// A line that stops on a word that needs more (`… Meeting and`).
/// A heading closed by a bracket of its place or date and a colon
/// (`… COUNCIL (Hamburg, 9 December 2016):`).
fn is_meeting_then_colon(line: &str) -> bool {
    line.strip_suffix("):")
        .and_then(|l| l.rsplit_once('('))
        .is_some_and(|(name, bracket)| {
            name.split_whitespace().count() >= 2
                && bracket.contains(", ")
                && bracket.bytes().any(|b| b.is_ascii_digit())
        })
}

fn ends_open(line: &str) -> bool {
    line.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "of" | "the" | "and" | "for" | "on" | "to" | "by" | "with" | "between"
        )
    })
}

/// Whether `next`, right under a title line `last`, continues it.
fn wraps_on(last: &str, next: &str) -> bool {
    const OPEN: &[&str] = &[
        "of", "the", "and", "for", "on", "to", "in", "with", "by", "at", "bin", "bint", "ibn", "al", "de", "a", "an",
    ];
    // `23rd OSCE MINISTERIAL COUNCIL (Hamburg, 9 December 2016):` /
    // `CONCLUSIONS OF THE CHAIRPERSON-IN-OFFICE`: a meeting named with its
    // place and date in brackets, then a colon that needs what it held.
    if is_meeting_then_colon(last) && next.chars().count() <= 120 && numbered_label(next).is_none() {
        return true;
    }
    if last.ends_with(['.', ':', ';', '!', '?'])
        || next.chars().count() > 120
        || numbered_label(next).is_some()
        || super::line_kinds::is_author_byline(next)
    {
        return false;
    }
    // `118th Session of the Committee of Ministers` / `(Strasbourg, 7 May
    // 2008) –` / `Communiqué`: the meeting's place and date in brackets, and
    // a dash that needs the line after it.
    let bracketed = next.starts_with('(') && next.trim_end().ends_with(['–', '-', '—']);
    if bracketed || last.ends_with(['–', '—']) || last.ends_with(" -") {
        return true;
    }
    // `… Council of Europe (Warsaw, 16-17 May` / `2005)`: a bracket left open
    // closes on the next line.
    if last.matches('(').count() > last.matches(')').count() && next.contains(')') {
        return true;
    }
    // `… – annual report` / `2023`: a PDF's wrap that leaves the year alone.
    if next.len() == 4 && ends_with_year(next) {
        return true;
    }
    // `… Tomiichi Murayama on the 50th` / `Anniversary of the End of the
    // War`: an ordinal wants the noun it counts.
    let ordinal_end = last.rsplit(' ').next().is_some_and(|w| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
    });
    if ordinal_end && next.starts_with(char::is_uppercase) && crate::dates::parse_dateline(next).is_none() {
        return true;
    }
    let lower_start = next.starts_with(|c: char| c.is_lowercase());
    // `Joint Statement` / `Following the Soviet-United States …`: a kind of
    // text alone, then the words that say whose or on what.
    // (`CHAIRMAN'S STATEMENT` / `Of the Fifth Asia-Europe Meeting`: a
    // kind with whose it is, in three words at most.)
    let kind_alone = {
        let lower = last.to_lowercase();
        lower.split_whitespace().count() <= 3
            && lower
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "statement" | "communiqué" | "communique" | "declaration" | "summary"))
    };
    let says_whose = next.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "Following" | "On" | "Of" | "By" | "Between" | "Issued" | "Regarding" | "Concerning" | "After" | "From"
        )
    });
    if kind_alone && says_whose && next.split_whitespace().count() >= 3 && !next.ends_with(['.', ':']) {
        return true;
    }
    // (`2nd DAY OF THE TWELFTH MEETING OF THE` / `MINISTERIAL COUNCIL`: in capitals too.)
    let open_end = last
        .rsplit(' ')
        .next()
        .is_some_and(|w| OPEN.iter().any(|o| w.eq_ignore_ascii_case(o)));
    (lower_start || open_end) && crate::dates::parse_dateline(next).is_none()
}

/// `Joint Statement by the United States and the European Union Working` /
/// `Together To Promote Peace, Prosperity and Progress in the Middle East` /
/// `June 20, 2005`: a long heading hard-wrapped at the text's width, its
/// second line right over the date that closes the heading block.
fn wrapped_over_date(last: &str, lines: &[Line], i: usize) -> bool {
    let (Some(next), Some(date)) = (lines.get(i), lines.get(i + 1)) else {
        return false;
    };
    let next = clean(next.text);
    // (Both in title case: `Delegations will find attached …` under a
    // heading is a sentence, and `The United Nations` a place.)
    let title_case = |s: &str| {
        let long: Vec<&str> = s.split_whitespace().filter(|w| w.chars().count() > 3).collect();
        long.len() >= 3 && long.iter().filter(|w| w.starts_with(char::is_uppercase)).count() * 3 >= long.len() * 2
    };
    last.chars().count() >= 50
        && !last.ends_with(['.', ':', ';', '!', '?', ',', ')'])
        && next.split_whitespace().count() >= 5
        && title_case(last)
        && title_case(&next)
        && !next.ends_with(['.', ':', ';'])
        && crate::dates::parse_dateline(&next).is_none()
        && !date.is_blank()
        && date.text.trim().chars().count() <= 40
        && matches!(crate::dates::parse_dateline(date.text), Some((_, Some(_))))
}

/// Whether `next`, under a blank line, may be the rest of the kind of text
/// `last` names: as `wraps_on`, but the rest may be long (NATO's `by NATO
/// Secretary General … with Partners (2022 NATO Summit)` runs to 165
/// characters) and may open in title case (`On the Occasion of …`).
fn continues_under_kind(last: &str, next: &str) -> bool {
    !last.ends_with(['.', ':', ';', '!', '?'])
        && next.chars().count() <= 240
        && numbered_label(next).is_none()
        && crate::dates::parse_dateline(next).is_none()
}

/// `… HELD AT CONFERENCE HALL` / `ON 8TH, AUGUST, 1969`: a heading's last
/// line in capitals that says when, with its preposition, is the heading's
/// (`… MR MANMOHAN SINGH` / `IN LONDON ON MONDAY, 20 SEPTEMBER 2004`: where and when).
fn dated_by_preposition(line: &str) -> bool {
    line.split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "ON" | "FROM" | "OF" | "DATED" | "HELD" | "IN"))
}

/// `OSCE ISTANBUL SUMMIT 1999`: an event's banner ends with its year; the
/// title in capitals below it is another line, not its continuation.
fn ends_with_year(text: &str) -> bool {
    text.split_whitespace().next_back().is_some_and(|w| {
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
    })
}

/// The title so far ends on a word that needs more (`JOINT STATEMENT BY
/// THE`): the next capitals line is its object, even a body's name; else a
/// body's name below a title is the issuer's line, not more title.
fn open_ended(parts: &[String]) -> bool {
    let last = parts
        .last()
        .and_then(|p| p.split_whitespace().next_back())
        .unwrap_or("");
    [
        "OF", "THE", "BY", "AND", "ON", "FOR", "BETWEEN", "TO", "WITH", "FROM", "AT", "IN", "&",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}
