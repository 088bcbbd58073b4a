//! A document's date read from its body when its head gives none: a short
//! line opening the text (`Version of 4 December 2015@10.00`, `As of 3 March
//! 2021`), or the formula a treaty, declaration or joint statement is signed
//! with at its end (`Done at Minsk on 8 December 1991 in three copies…`), read
//! from the last clauses only: an earlier `done at` is part of the argument.
//! Failing those, a page's `Published on …` line near the top or its
//! publication field anywhere (`page_stamp.rs`), and last the
//! first date of the lead: a news text opens with the day of what it reports
//! (`Following the meeting … which took place on 26 and 27 October 2023`).

use super::lines::floor_char_boundary as floor;
use crate::dates::first_full_date;
use crate::document::Metadata;

/// The document's date from its body, in order of trust: an opening line, a
/// signature formula, a heading that names its day (`Address by … on 22 June
/// 2019`), a publication line, the lead's first date.
pub fn date_from_body<'a, I>(meta: &mut Metadata, texts: impl Fn() -> I)
where
    I: DoubleEndedIterator<Item = &'a str>,
{
    if let Some(date) = opening_date(texts()) {
        meta.date = Some(date);
    } else if let Some(date) = act_date(texts()) {
        meta.date = Some(date);
    } else if let Some((place, date)) = lead_dateline(texts()) {
        meta.date = Some(date);
        meta.place = meta.place.take().or(place);
    } else if let Some((place, date)) = signed_date(texts()) {
        meta.date = Some(date);
        meta.place = meta.place.take().or(place);
    } else if let Some(date) = super::page_stamp::closing_stamp(texts()) {
        meta.date = Some(date);
    } else if let Some((place, date)) = closing_dateline(texts()) {
        meta.date = Some(date);
        meta.place = meta.place.take().or(Some(place));
    } else if let Some(date) = meta.title.as_deref().and_then(dated_title) {
        meta.date = Some(date);
    } else if let Some(date) = meta
        .title
        .as_deref()
        .and_then(|t| super::partial_date::completed_title_date(t, texts()))
    {
        meta.date = Some(date);
    } else if let Some(date) = published_date(texts()) {
        meta.date = Some(date);
    } else if let Some(date) = super::page_stamp::stamp_date(texts()) {
        meta.date = Some(date);
    } else if let Some(date) = today_date(texts()) {
        meta.date = Some(date);
    } else if let Some(date) = lead_date(texts()) {
        meta.date = Some(date);
    } else if let Some(date) = gregorian_beside_hijri(texts()) {
        meta.date = Some(date);
    }
}

/// The date a title names, unless it announces an event to come (`… will
/// lead the delegation for a working visit to India on 12-15 February
/// 2024.`): a text that only announces a day is not dated by it.
fn dated_title(title: &str) -> Option<String> {
    let (at, date) = crate::dates::first_full_date_at(title)?;
    (!announces(&title[..at])).then_some(date)
}

/// Whether a sentence's words before a date announce it as to come.
pub fn announces(before: &str) -> bool {
    before.contains(" will ") || before.contains(" is to ") || before.contains(" are to ")
}

/// How far from the end a signature block is looked for, in clauses (a
/// multilateral text closes with one line per signatory).
const TAIL: usize = 40;

/// Formula openings in the languages treaties are most often signed in.
const CUES: [&str; 11] = [
    "done at ",
    "done in ",
    "signed at ",
    "signed in ",
    "adopted at ",
    // `Adopted by the Security Council at its 7399th meeting, on 5 March
    // 2015.`: a resolution's adoption line, which copies print at its end.
    "adopted by ",
    "fait à ",
    "fait a ",
    "hecho en ",
    "geschehen zu ",
    "gedaan te ",
];

/// The formulas a copy runs on after a sentence, as printed.
static RUN_ON: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 3]> = std::sync::LazyLock::new(|| {
    [
        memchr::memmem::Finder::new(". Adopted by "),
        memchr::memmem::Finder::new(". Adopted at "),
        memchr::memmem::Finder::new(". Done at "),
    ]
});

/// How many clauses open a text's body, and how long a line there may be, for
/// a date on it to be the document's (longer lines are prose about events).
const OPENING: usize = 3;
const OPENING_LINE: usize = 80;

/// How many clauses a publication line may stand in, and how far into the
/// lead its date is looked for, in bytes.
const PUBLISHED_WITHIN: usize = 8;
const LEAD_REACH: usize = 320;

/// Publication phrases, in the languages pages are most often kept in.
const PUBLISHED: [&str; 12] = [
    "published on ",
    // `… Office of the Press Secretary For Immediate Release July 20, 2010
    // Remarks by …`: a release's embargo line run into a flattened page.
    "for immediate release ",
    // `Devdiscourse News Desk | Updated: … | Created: 08-11-2018 10:06 IST`:
    // a news page's field bar under a quote that ran above it.
    "| created: ",
    "| published: ",
    "issued on ",
    "released on ",
    "posted on ",
    "gepubliceerd op ",
    "publié le ",
    "publiée le ",
    "veröffentlicht am ",
    "publicerad ",
];

/// The publication phrases as one searcher, built once: most texts have
/// none, and one pass over a clause finds any of them.
static PUBLISHED_CUES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PUBLISHED)
        .expect("fixed phrases")
});

/// The date of a `Published on …` phrase among the first clauses.
pub fn published_date<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts.take(PUBLISHED_WITHIN).find_map(|t| {
        let rest = &t[PUBLISHED_CUES.find(t)?.end()..];
        first_full_date(&rest[..floor(rest, 60)])
    })
}

/// `… addressing the diplomatic corps … today (08 January 2009)`, `…
/// demonstrates today (Friday 1 March 2019) …`: the text names its own day
/// in brackets after `today`, somewhere in its first paragraphs.
/// `… in Cairo, today, 11 December 2016, during which …`: the same set off by commas.
pub fn today_date<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts.take(PUBLISHED_WITHIN).find_map(|t| {
        let (at, close) = match TODAY.find(t.as_bytes()) {
            Some(at) => (at + "today (".len(), ')'),
            None => (TODAY_COMMA.find(t.as_bytes())? + "today, ".len(), ','),
        };
        let after = t[at..].trim_start();
        let after = without_weekday(after);
        // (`today, 11 December 2016` may end the sentence: a full stop closes it too.)
        let end = after
            .find(close)
            .or_else(|| (close == ',').then(|| after.find('.')).flatten())?;
        let inside = &after[..end];
        if inside.len() <= 30 && inside.starts_with(|c: char| c.is_alphanumeric()) {
            return first_full_date(inside).or_else(|| us_date_set_off(after));
        }
        None
    })
}

/// `today, Sunday, May 26, 2024, at its headquarters`: a date written month
/// first has a comma of its own before the year.
fn us_date_set_off(after: &str) -> Option<String> {
    let head = &after[..floor(after, 24)];
    match crate::dates::first_full_date_at(head) {
        Some((0, date)) => Some(date),
        _ => None,
    }
}

/// `Sunday, 20 December 2020` → `20 December 2020`: a weekday before a date.
fn without_weekday(text: &str) -> &str {
    let first = text.split([' ', ',']).next().unwrap_or("");
    if crate::dates::is_weekday(first) {
        text[first.len()..].trim_start_matches([',', ' '])
    } else {
        text
    }
}

/// `today (`, found in one pass over a clause.
static TODAY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("today ("));
/// `today, `, the same.
static TODAY_COMMA: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("today, "));

/// `LEAD_CUES` as searchers, built once: `str::find` with a `&str` builds
/// one per call, and every document's lead is asked for each cue.
static LEAD_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| LEAD_CUES.iter().map(|c| memchr::memmem::Finder::new(*c)).collect());

/// Phrases that put the day of what the lead reports right before its date
/// (a deadline, `until 15 December`, or a past event, `attacks on 25 August`,
/// does not date the text).
/// A meeting named with its day (`the 37th ASEAN Summit on 12 November
/// 2020`), and the Gregorian day beside a Hijri one (`corresponding to 21
/// January 2016`), too.
const LEAD_CUES: [&str; 21] = [
    "held on ",
    // `lors de sa 1056e réunion en date du 30 décembre 2021`, `celebrada el 8
    // de julio de 2021`: the same in French, Spanish and Portuguese.
    "en date du ",
    "tenue le ",
    "tenu le ",
    "tenus le ",
    "celebrada el ",
    "celebrado el ",
    "realizada em ",
    "realizado em ",
    "took place on ",
    "convened on ",
    "met on ",
    "(",
    "today, ",
    "Summit on ",
    "summit on ",
    "Meeting on ",
    "meeting on ",
    "Session on ",
    "session on ",
    "corresponding to ",
];

/// The date of the first clause of prose (a sentence of some length, not a
/// heading) near its start, where a phrase says it is the day reported.
pub fn lead_date<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut paragraphs = texts.filter(|t| t.len() > OPENING_LINE && t.contains(' '));
    let whole = paragraphs.next()?;
    let lead = &whole[..floor(whole, LEAD_REACH)];
    // (`Synopsis` / `East-West relations - …` / `The North Atlantic Council
    // met in Ministerial Session in Brussels on 13 and 14 December 1984`: a
    // summary may stand before the report of the meeting.)
    // (`Los Presidentes de la República Argentina, …; de la República del` /
    // `Paraguay, … reunidos en Montevideo, … el día 6 diciembre de 2022:`: a
    // PDF's lead broken mid-sentence into two paragraphs reads on into the
    // second as far as the first's reach would have gone.)
    let broken = lead.ends_with(|c: char| c.is_lowercase());
    // (`The Prime Minister of …, Her Excellency …; the President of …, His
    // Excellency … met at the Eleventh Summit … from 4 to 6 January 2002.`:
    // a summit's lead names every leader before the meeting; its verb and
    // day may stand far in.)
    lead_date_of(lead)
        .or_else(|| (whole.len() > lead.len()).then(|| meeting_date(&whole[..floor(whole, LEAD_REACH * 4)]))?)
        .or_else(|| {
            paragraphs.take(2).enumerate().find_map(|(k, next)| {
                let reach = if broken && k == 0 { 2 * LEAD_REACH } else { LEAD_REACH };
                meeting_date(&next[..floor(next, reach)])
            })
        })
}

fn lead_date_of(lead: &str) -> Option<String> {
    if let Some(date) = opening_on(lead).or_else(|| standfirst_date(lead)) {
        return Some(date);
    }
    LEAD_CUES
        .iter()
        .enumerate()
        .find_map(|(i, cue)| {
            let at = LEAD_FINDERS[i].find(lead.as_bytes())? + cue.len();
            let after = &lead[at..];
            // The date must follow the phrase at once.
            let first_word = after.split_whitespace().next()?;
            let day_or_month = first_word.starts_with(|c: char| c.is_ascii_digit())
                || crate::dates::month_number(first_word.trim_end_matches([',', '.'])).is_some();
            day_or_month
                // (`(1- 5 June, 1981)`: a day range a line break spaced.)
                .then(|| first_full_date(&after[..floor(after, 40)].replace(')', " ").replace("- ", "-")))
                .flatten()
        })
        .or_else(|| {
            // `Foreign Minister Sameh Shoukry received on Thursday, December
            // 22, 2016, …`: a verb in the past, `on` and the day, a weekday before it.
            // (`We, the Leaders of the Group of Seven (G7), met virtually on
            // December 6, 2023`: `met`, `spoke`, `held`, and an adverb between.)
            lead.match_indices(" on ").find_map(|(at, _)| {
                let mut words = lead[..at].rsplit(' ');
                let last = words.next()?;
                let verb = if last.ends_with("ly") { words.next()? } else { last };
                let past = (verb.ends_with("ed") && verb.len() > 4)
                    || matches!(
                        verb,
                        "met" | "spoke" | "held" | "gave" | "made" | "took" | "sent" | "signed"
                    );
                if !(past && verb.starts_with(char::is_lowercase)) {
                    return None;
                }
                let after = lead[at + 4..].trim_start();
                let after = without_weekday(after);
                let starts = after.split_whitespace().next()?;
                let day_or_month = starts.starts_with(|c: char| c.is_ascii_digit())
                    || crate::dates::month_number(starts.trim_end_matches([',', '.'])).is_some();
                day_or_month
                    .then(|| first_full_date(&after[..floor(after, 40)]))
                    .flatten()
            })
        })
        .or_else(|| super::lead_past::past_tense_date(lead))
        .or_else(|| meeting_date(lead))
}

/// `The Supreme Council … held its 19th session in Abu Dhabi … from
/// December 7 to 9, 1998`: a meeting's report names where first, then
/// when, in the same sentence.
fn meeting_date(lead: &str) -> Option<String> {
    let at = MEETING_FINDERS
        .iter()
        .filter_map(|cue| cue.find(lead.as_bytes()))
        .min()?;
    let after = &lead[at..];
    let sentence = after.find(". ").map_or(after, |end| &after[..end]);
    first_full_date(&sentence[..floor(sentence, 160)])
}

/// `… held its 160th session on Sunday, 3 Dhu al-Hijjah 1445 H,
/// corresponding to June 9, 2024, in Doha`: a Gulf text's meeting, dated in
/// both calendars, in one of its first paragraphs (a news lead may come first).
pub fn gregorian_beside_hijri<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    const CUE: &str = "corresponding to ";
    // (One vectorised search per clause: `str::find` set up its searcher for
    // every clause of every undated text.)
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(CUE));
    texts.take(PUBLISHED_WITHIN).find_map(|t| {
        let after = &t[FINDER.find(t.as_bytes())? + CUE.len()..];
        first_full_date(&after[..floor(after, 24)])
    })
}

/// `On Sunday, 20 December 2020, the Ministry … summoned …`, `On March 3,
/// 2021, the Council adopted …`: a news text that opens on the day it reports.
fn opening_on(lead: &str) -> Option<String> {
    let after = without_weekday(lead.strip_prefix("On ")?);
    // The date ends at the comma after its year (`March 3, 2021,` has two).
    let year_end = after
        .match_indices(", ")
        .map(|(i, _)| i)
        .find(|&i| i >= 4 && after.as_bytes()[i - 4..i].iter().all(u8::is_ascii_digit))
        .filter(|&i| i <= 30)?;
    first_full_date(&after[..year_end])
}

/// `The opening remarks made by Ursula von der Leyen, the President of the
/// European Commission, on 24 June 2022.`, `Foreign minister Soini's opening
/// address in a press conference in Haikko on 4 May 2017.`: a standfirst
/// saying what the text is, which ends on its day.
pub fn standfirst_date(lead: &str) -> Option<String> {
    const LONGEST: usize = 220;
    let sentence = lead.find(". ").map_or(lead, |end| &lead[..end]).trim_end();
    let sentence = sentence.strip_suffix('.').unwrap_or(sentence);
    if sentence.len() > LONGEST {
        return None;
    }
    let on = sentence.rfind(" on ")?;
    let date = &sentence[on + 4..];
    (date.split_whitespace().count() <= 3 && !announces(&sentence[..on]))
        .then(|| first_full_date(date))
        .flatten()
}

/// `MEETING_CUES` as searchers, built once (as `LEAD_FINDERS`).
static MEETING_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| MEETING_CUES.iter().map(|c| memchr::memmem::Finder::new(*c)).collect());

/// A meeting's report: `held its 151st session in Riyadh on 7 April 2022`,
/// `The Summit … was held in Kinshasa, … from September 07 to 08, 2009`,
/// `Ministers met in Melbourne on 15 August 2008`.
const MEETING_CUES: [&str; 28] = [
    // `We, the Heads of State/Government of ASEAN Member States, gathered for
    // the 30th ASEAN Summit in Manila on 29 April 2017`.
    " gathered for ",
    " gathered in ",
    " convened in ",
    " assembled in ",
    "held its ",
    "held the ",
    "held a ",
    "convened its ",
    "was held in ",
    "was held at ",
    "took place in ",
    // `Australian and New Zealand Ministers met in Melbourne on 15 August 2008`.
    " met in ",
    " met at ",
    // `Nous, Chefs d'Etat …, réunis les 13 et 14 octobre 2012 à Kinshasa`:
    // the same in French, Spanish, Portuguese and Italian.
    " réunis ",
    " réunies ",
    " reunidos ",
    " reunidas ",
    " riuniti ",
    " riunite ",
    // `El Comité de Ministros se reúne en su 108° Sesión en Estrasburgo el
    // 10 y 11 de mayo 2001`.
    " se reúne ",
    " se reunió ",
    " se reunieron ",
    " s'est réuni",
    " s’est réuni",
    // `La cinquante-huitième session ordinaire … s’est tenue le 23 Janvier
    // 2021`, `sa 58e session ordinaire tenue par visioconférence le 23
    // janvier 2021`: a session held, in French.
    " s'est tenu",
    " s’est tenu",
    " tenue par ",
    " tenue à ",
];

/// The ISO date of a short line among the first clauses (`texts` in order).
pub fn opening_date<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    texts
        .take(OPENING)
        .filter(|t| t.len() <= OPENING_LINE)
        // (`and 1 November 2008.`: the end of a hard-wrapped sentence, in
        // lower case, is no line of its own.)
        .filter(|t| {
            let first = t.split_whitespace().next().unwrap_or("");
            !first.starts_with(char::is_lowercase) || crate::dates::month_number(first.trim_end_matches(',')).is_some()
        })
        // `2015@10.00`: a time glued to the year.
        .find_map(|t| first_full_date(&t.replace('@', " ")))
}

/// The ISO date an act gives itself on its first clauses, however long the
/// line: `European Parliament resolution of 28 February 2024 on …`,
/// `Council Decision (CFSP) 2024/512 of 12 February 2024 amending …`,
/// `Council conclusions of 3 March 2021 on …`.
pub fn act_date<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    const ACTS: &[&str] = &[
        "resolution",
        "conclusions",
        "decision",
        "regulation",
        "directive",
        "recommendation",
        "declaration",
        "opinion",
        "communication",
        "position",
    ];
    texts.take(OPENING).find_map(|t| {
        if !t.starts_with(char::is_uppercase) {
            return None;
        }
        // The act's name, up to its `of` (a number in brackets may stand
        // between: `Regulation (EU) 2024/1689 of …`).
        let at = t.find(" of ")?;
        let name = &t[..at];
        let words: Vec<&str> = name.split_whitespace().collect();
        let named = words.len() <= 8
            && words.iter().any(|w| ACTS.contains(&w.to_lowercase().as_str()))
            && !name.contains([',', '.', ';', ':']);
        // (A clause with no act's name is done before its dates are read.)
        if !named {
            return None;
        }
        let (start, date) = crate::dates::first_full_date_at(&t[at + 4..])?;
        (start == 0).then_some(date)
    })
}

/// The place and ISO date of a dateline that opens the lead of a news text,
/// run into its first sentence: `GENEVA, 19 October 1995 - The Foreign
/// Ministers …`, `(New York: 18 January 2010): The United Nations …`.
pub fn lead_dateline<'a>(texts: impl Iterator<Item = &'a str>) -> Option<(Option<String>, String)> {
    // (`Brussels, 14 May 2007. The Council adopted …`: a full stop too.)
    // (`18 February 2025, New York -- Statement on behalf of …`: a double hyphen for a dash.)
    const ENDS: [&str; 8] = ["): ", ") – ", ") - ", " - ", " -- ", " – ", " — ", ". "];
    texts.take(OPENING).find_map(|t| {
        let head = &t[..floor(t, OPENING_LINE)];
        // `23 June 2025, The Council approved today …`: the date alone, its
        // comma before a sentence that opens in capitals.
        if let Some(comma) = head.find(", ").filter(|&c| c <= 32)
            && head[comma + 2..].starts_with(|c: char| c.is_uppercase())
            && let Some((None, Some(date))) = crate::dates::parse_dateline(&head[..comma])
        {
            return Some((None, date));
        }
        // `Brussels 08.06.2022 Josep Borrell, High Representative …`: a
        // place and a numeric date, no mark between them and the lead.
        if let Some(found) = glued_numeric_dateline(head) {
            return Some(found);
        }
        // `AMMAN, Jordan (December 16, 2013) UNICEF is …`: the date in brackets after the place.
        if let Some(open) = head.find(" (").filter(|&o| o <= 40)
            && let Some(close) = head[open..].find(") ").map(|c| open + c)
            && let Some((place, Some(date))) =
                crate::dates::parse_dateline(&format!("{}, {}", &head[..open], &head[open + 2..close]))
        {
            return Some((place, date));
        }
        // `KINSHASA, Dem. Rep. of Congo (DRC) November 10, 2008/African Press
        // Organization (APO)/ — …`: a press agency's name glued to the year.
        if let Some(year_end) = head.match_indices('/').map(|(i, _)| i).find(|&i| {
            i >= 4
                && head.as_bytes()[i - 4..i].iter().all(u8::is_ascii_digit)
                && head[i + 1..].starts_with(char::is_uppercase)
        }) {
            let line = &head[..year_end];
            // (The country's code in brackets after its name is no part of the place.)
            let line = match (line.find(" ("), line.find(") ")) {
                (Some(open), Some(close)) if open < close => format!("{}{}", &line[..open], &line[close + 1..]),
                _ => line.to_string(),
            };
            if let Some((place, Some(date))) = crate::dates::parse_dateline(&line) {
                return Some((place, date));
            }
            // (`KINSHASA, Dem. Rep. of Congo November 10, 2008`: the seat, its
            // country, then the date that ends the dateline.)
            if let Some((at, date)) = crate::dates::first_full_date_at(&line)
                && at > 0
                && line[at..].split_whitespace().count() <= 3
                && let Some((seat, _)) = line[..at].split_once(',')
                && seat.starts_with(char::is_uppercase)
                && seat.split_whitespace().count() <= 3
            {
                return Some((Some(seat.trim().to_string()), date));
            }
        }
        // (`Summary: 10 March 2008, Brussels- EU Council Conclusions …`: a
        // dash glued to the place, where no other mark ends the dateline.)
        let end = ENDS
            .iter()
            .filter_map(|e| head.find(e).map(|i| i + usize::from(e.starts_with(')'))))
            .min()
            .or_else(|| {
                head.match_indices("- ")
                    .map(|(i, _)| i)
                    .find(|&i| head[..i].ends_with(|c: char| c.is_alphabetic()))
            })?;
        let line = t[..end].trim().trim_start_matches('(').trim_end_matches(')');
        // `Nairobi, Saturday February 18, 2017 (MFA Press) — …`: the
        // issuer's tag in brackets after the date.
        let line = match line.rfind(" (") {
            Some(open)
                if line.ends_with(char::is_alphabetic) && !line[open..].contains(|c: char| c.is_ascii_digit()) =>
            {
                line[..open].trim_end()
            }
            _ => line,
        };
        // `Washington, DC–(ENEWSPF)–October 20, 2011`: a wire's name between
        // the place and the date.
        let unwired;
        let line = match wire_tag(line) {
            Some((before, after)) => {
                unwired = format!("{before}, {after}");
                unwired.as_str()
            }
            None => line,
        };
        // `Sumario: 9 May 2010, Brussels - Statement by …`: a page's field
        // label (one word) before the dateline.
        let line = match line.split_once(": ") {
            Some((label, rest)) if !label.contains(' ') && label.chars().all(char::is_alphabetic) => rest,
            _ => line,
        };
        match crate::dates::parse_dateline(line) {
            Some((place, Some(date))) => Some((place, date)),
            Some(_) => None,
            // `9 May 2010, Brussels - …`: the date first, then the place.
            None => {
                let (date, place) = line.rsplit_once(", ")?;
                let short_name = place.split_whitespace().count() <= 3
                    && place.starts_with(char::is_uppercase)
                    && !place.contains(|c: char| c.is_ascii_digit());
                let (_, date) = crate::dates::parse_dateline(date).filter(|(p, _)| short_name && p.is_none())?;
                Some((Some(place.to_string()), date?))
            }
        }
    })
}

/// `Brussels 08.06.2022 Josep …`: up to three words of a place, a numeric
/// date (`08.06.2022`, `2022-06-08`) and a capitalised word opening the lead;
/// or `Kigali, 28 May 2012 Rwanda's Foreign Minister …`, the date in words,
/// ended by its year.
fn glued_numeric_dateline(head: &str) -> Option<(Option<String>, String)> {
    let words: Vec<&str> = head.split_whitespace().take(8).collect();
    (1..words.len().min(7)).find_map(|k| {
        let date = words[k];
        let next = words.get(k + 1)?;
        // (The date one word: `Sumario: 9 May 2010, Brussels` is read by the dash's rule.)
        let numeric = k < 4 && first_full_date(date).is_some();
        let year = k >= 2 && date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit());
        if !date.starts_with(|c: char| c.is_ascii_digit())
            || !next.starts_with(char::is_uppercase)
            || !(numeric || year)
        {
            return None;
        }
        match crate::dates::parse_dateline(&words[..=k].join(" ")) {
            Some((Some(place), Some(date))) => Some((Some(place), date)),
            // `1st June 2014 Tomorrow I will depart …`: the date alone, in words.
            Some((None, Some(date))) if year && first_full_date(&words[..=k].join(" ")).is_some() => Some((None, date)),
            _ => None,
        }
    })
}

/// The text before and after a wire service's name in brackets between
/// dashes (`DC–(ENEWSPF)–October`, `N.Y.--(BUSINESS WIRE)--`).
fn wire_tag(line: &str) -> Option<(&str, &str)> {
    let open = line.find("(")?;
    let close = open + line[open..].find(')')?;
    let name = &line[open + 1..close];
    let before = line[..open].trim_end_matches(['–', '—', '-']);
    let after = line[close + 1..].trim_start_matches(['–', '—', '-']);
    let dashed = before.len() < open && after.len() < line.len() - close - 1;
    (dashed && !name.is_empty() && name.chars().all(|c| c.is_uppercase() || c == ' '))
        .then(|| (before.trim_end(), after.trim_start()))
}

/// News agencies whose dateline names them (`Muscat, Dec. 07, 2021, SPA --`,
/// `ABU DHABI, 5th May, 2019 (WAM) --`).
const AGENCIES: &[&str] = &[
    "SPA", "WAM", "KUNA", "QNA", "ONA", "BNA", "MENA", "Petra", "SANA", "IRNA", "AFP", "Reuters", "AP", "Xinhua",
    "WAFA", "APS", "MAP", "SUNA", "NNA", "INA", "Saba", "Anadolu", "AA", "ANSA", "EFE", "dpa", "TASS", "Kyodo",
    "Yonhap", "Bernama", "Antara", "PNA", "PTI", "APP", "ANI", "Lusa", "NTB", "TT", "STT", "Ritzau",
];

/// The ISO date of a news agency's dateline opening the lead: the wire's own
/// day, which outranks a page's date above it (a site re-posting the wire
/// prints the day it did so). `page` is that date, if any: a wire that
/// prints no year (`KUWAIT, July 31 (KUNA) --`) was sent on or before it.
pub fn wire_date<'a>(texts: impl Iterator<Item = &'a str>, page: Option<&str>) -> Option<String> {
    // (A page's counters and buttons, kept as short items, come first.)
    texts.filter(|t| t.len() > 24).take(OPENING).find_map(|t| {
        let head = &t[..floor(t, OPENING_LINE)];
        let end = [" -- ", " – ", " - ", " — "]
            .iter()
            .filter_map(|e| head.find(e))
            .min()?;
        let line = head[..end].trim_end();
        let (line, agency) = match line.strip_suffix(')') {
            Some(l) => l.rsplit_once(" (")?,
            None => line.rsplit_once(", ")?,
        };
        if !AGENCIES.contains(&agency.trim()) {
            return None;
        }
        let line = line.trim_end_matches(',');
        crate::dates::parse_dateline(line).and_then(|(_, d)| d).or_else(|| {
            // `Muscat, Oct. 5 (Petra) -- … official visit to Oman (October
            // 4-5, 2022)`: a wire prints the day without the year, which the
            // lead's first full date gives.
            let (_, day) = line.rsplit_once(", ")?;
            let rest = &t[end..floor(t, end + LEAD_REACH)];
            if let Some(lead) = first_full_date(rest) {
                return first_full_date(&format!("{day}, {}", &lead[..4]));
            }
            // Else the page's year, or the one before where the day would
            // come after the page's (a wire of 31 December posted on 1 January).
            let page = page.filter(|p| crate::dates::is_iso_date(p))?;
            let year: i32 = page[..4].parse().ok()?;
            let sent = first_full_date(&format!("{day}, {year}"))?;
            if sent.as_str() <= page {
                Some(sent)
            } else {
                first_full_date(&format!("{day}, {}", year - 1))
            }
        })
    })
}

/// `Asunción, 23 de febrero de 2022` on a line of its own at the text's
/// foot, where a ministry dates its statement (a page's teasers and share
/// buttons may follow it): the last such line among the closing clauses.
fn closing_dateline<'a>(texts: impl DoubleEndedIterator<Item = &'a str>) -> Option<(String, String)> {
    texts.rev().take(CLOSING).find_map(|text| {
        if text.len() > 60 {
            return None;
        }
        match crate::dates::parse_dateline(text.trim()) {
            Some((Some(place), Some(date))) => Some((place, date)),
            _ => None,
        }
    })
}

/// How many clauses from the end a dateline at the foot is looked for in.
const CLOSING: usize = 12;

/// The place and ISO date of the last signature formula among `tail` (the
/// document's clause texts, in order).
pub fn signed_date<'a>(texts: impl DoubleEndedIterator<Item = &'a str>) -> Option<(Option<String>, String)> {
    texts.rev().take(TAIL).find_map(|text| {
        // `3. Decides to remain seized of the matter. Adopted by the Security
        // Council …`: a formula run on after the last paragraph's sentence
        // (one search of the clause per formula: most clauses hold neither).
        let text = RUN_ON
            .iter()
            .find_map(|f| f.find(text.as_bytes()).map(|at| &text[at + 2..]))
            .unwrap_or(text);
        // Every cue opens with one of these letters: most clauses stop here.
        if !text.as_bytes().first().is_some_and(|b| b"adfghsADFGHS".contains(b)) {
            return None;
        }
        // The longest cue is 13 characters, and a character lowercases to
        // one or more: the first 16 tell whether one opens the text, without
        // lowercasing 200 of every clause asked.
        let opening = text.chars().take(16).collect::<String>().to_lowercase();
        let cue = CUES.iter().find(|c| opening.starts_with(*c))?;
        let head: String = text.chars().take(200).collect();
        let rest = &head[cue.len()..];
        let date = first_full_date(rest)?;
        // The place runs up to the first comma or ` on `/` this `.
        let place: String = rest
            .split([',', ';'])
            .next()
            .unwrap_or("")
            .split(" on ")
            .next()
            .unwrap_or("")
            .split(" this ")
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let place = (!place.is_empty()
            && place.len() <= 40
            && place.starts_with(char::is_uppercase)
            && !place.chars().any(|c| c.is_ascii_digit()))
        .then_some(place);
        Some((place, date))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_at_the_foot_dates_a_statement_that_has_none_above() {
        let mut meta = Metadata::default();
        let texts = [
            "La República del Paraguay sigue con mucha preocupación los acontecimientos en torno a Ucrania.",
            "El Paraguay hace un llamado claro y directo al diálogo.",
            "En tal contexto, insta a todas las partes a no cerrar las vías del diálogo.",
            "La República del Paraguay reafirma su apego a los propósitos de la Carta de las Naciones Unidas.",
            "Asunción, 23 de febrero de 2022",
            "Compartir esta noticia",
            "El canciller nacional mantuvo hoy una comunicación telefónica con su homólogo.",
        ];
        date_from_body(&mut meta, || texts.into_iter());
        assert_eq!(meta.date.as_deref(), Some("2022-02-23"));
        assert_eq!(meta.place.as_deref(), Some("Asunción"));
    }

    #[test]
    fn a_press_agencys_name_glued_to_the_leads_year() {
        let texts = [
            "KINSHASA, Dem. Rep. of Congo (DRC) November 10, 2008/African Press Organization (APO)/ — The Council adopted the following conclusions:",
        ];
        assert_eq!(
            lead_dateline(texts.into_iter()).map(|(_, d)| d).as_deref(),
            Some("2008-11-10")
        );
        // (A slash after characters of several bytes.)
        let texts = ["欢迎1999年3月22日秘书长的报告(S/1999/307)及其中所载的意见和建议，决定延长任务期限。"];
        assert_eq!(lead_dateline(texts.into_iter()), None);
    }

    #[test]
    fn a_meeting_reported_under_a_summary_dates_the_text() {
        let texts = [
            "East-West relations - political solidarity within the Alliance - Washington Statement of May 1984 - consultations on arms control.",
            "Armaments Cooperation - Economic Cooperation and Assistance Within the Alliance - Terrorism - East-West Trade.",
            "The North Atlantic Council met in Ministerial Session in Brussels on 13 and 14 December 1984. Ministers agreed as follows:",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("1984-12-13"));
        // Past the lead and the two paragraphs after it, a meeting is another's.
        let late = [texts[0], texts[1], texts[1], texts[2]];
        assert_eq!(lead_date(late.into_iter()), None);
        // In Spanish, with the year set after the month with no `de`.
        let texts = [
            "1. El Comité de Ministros se reúne en su 108° Sesión en Estrasburgo el 10 y 11 de mayo 2001 bajo la presidencia de Indulis Berzins.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2001-05-10"));
        // In French, a session held (`tenue`) on its day.
        let texts = [
            "Tout en adoptant une approche d’achat groupé des vaccins, la Conférence des chefs d’Etat de la CEDEAO, au cours de sa 58e session ordinaire tenue par visioconférence le 23 janvier 2021, a décidé que le montant du test ne doit pas excéder 50 dollars.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2021-01-23"));
        // A lead broken mid-sentence reads on into its second part.
        let texts = [
            "Los Presidentes de la República Argentina, Alberto Fernández; de la República del",
            "Paraguay, Mario Abdo Benítez; de la República Oriental del Uruguay, Luis Lacalle Pou, el Vicepresidente de la República Federativa de Brasil, Hamilton Mourão, Estados Partes del MERCOSUR y las Altas Autoridades de los Estados Asociados, reunidos en Montevideo, Uruguay, en ocasión de la LXI Cumbre de Presidentes del MERCOSUR, el día 6 diciembre de 2022:",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2022-12-06"));
    }

    #[test]
    fn a_leads_dateline_ended_by_a_double_hyphen() {
        let texts = [
            "18 February 2025, New York -- Statement on behalf of the European Union and its Member States delivered by H.E. Ambassador Stavros Lambrinidis.",
        ];
        assert_eq!(
            lead_dateline(texts.into_iter()).map(|(_, d)| d).as_deref(),
            Some("2025-02-18")
        );
    }

    #[test]
    fn a_hard_wrapped_sentences_end_is_no_opening_line() {
        let texts = [
            "“1. The Council heard a report from its President, following his visit to Goma on 31 October",
            "and 1 November 2008.",
        ];
        assert_eq!(opening_date(texts.into_iter()), None);
        let texts = ["julio 8, 2020 Covid-19, Notas de Prensa"];
        assert_eq!(opening_date(texts.into_iter()).as_deref(), Some("2020-07-08"));
    }

    #[test]
    fn today_set_off_by_commas_with_a_date_month_first() {
        let texts = [
            "the General Secretariat held the celebration, today, Sunday, May 26, 2024, at its headquarters in Riyadh.",
        ];
        assert_eq!(today_date(texts.into_iter()).as_deref(), Some("2024-05-26"));
        let other = ["the Council met today, May 26 being a holiday, 2024 budget aside."];
        assert_eq!(today_date(other.into_iter()), None);
    }

    #[test]
    fn a_text_that_names_today_in_brackets_is_dated_so() {
        let texts = [
            "The Government of Vanuatu is unhappy about an action that France had been doing in recent weeks.",
            "The Minister of Foreign Affairs, Ralph Regenvanu demonstrates today (Friday 1 March 2019) in charge of affairs of the French Embassy.",
        ];
        assert_eq!(today_date(texts.into_iter()).as_deref(), Some("2019-03-01"));
        let texts = ["The Minister made these remarks at the Foreign Ministry today (08 January 2009)."];
        assert_eq!(today_date(texts.into_iter()).as_deref(), Some("2009-01-08"));
        // A bracket that holds more than a date is a remark, not the day.
        let texts = ["The Council met today (for the first time since the elections on 3 May 2019)."];
        assert_eq!(today_date(texts.into_iter()), None);
        // Or set off by commas.
        let texts = [
            "The members condemned the attack that took place in Cairo, today, 11 December 2016, during which 25 people were killed.",
        ];
        assert_eq!(today_date(texts.into_iter()).as_deref(), Some("2016-12-11"));
        let texts = ["The Minister said today, after the meeting on 3 May 2019, that talks would go on."];
        assert_eq!(today_date(texts.into_iter()), None);
    }

    #[test]
    fn a_wires_day_without_its_year_takes_the_leads() {
        let texts = [
            "Muscat, Oct. 5 (Petra) -- At the conclusion of His Majesty King Abdullah's official visit to Oman (October 4-5, 2022), a joint statement was released.",
        ];
        assert_eq!(wire_date(texts.into_iter(), None).as_deref(), Some("2022-10-05"));
        let texts = [
            "Muscat, Oct. 5 (Petra) -- At the conclusion of His Majesty King Abdullah's official visit to Oman, a joint statement was released.",
        ];
        assert_eq!(wire_date(texts.into_iter(), None), None);
    }

    #[test]
    fn a_news_agencys_dateline_dates_the_wire() {
        let got = |texts: &[&str]| wire_date(texts.iter().copied(), None);
        assert_eq!(
            got(&["6", "0", "Muscat, Dec. 07, 2021, SPA -- The Kingdom of Saudi Arabia and the Sultanate of Oman today issued a joint statement."])
                .as_deref(),
            Some("2021-12-07")
        );
        assert_eq!(
            got(&["ABU DHABI, 5 May 2019 (WAM) -- The UAE welcomed the agreement reached by the parties."]).as_deref(),
            Some("2019-05-05")
        );
        assert_eq!(
            got(&["JEDDAH, Sunday, July 17, 2022 (WAFA) - The General-Secretariat of the Organization welcomed the outcomes."]).as_deref(),
            Some("2022-07-17")
        );
        // A wire without its year, reposted by a site that dates the page:
        // the page's year, or the year before across New Year.
        let lead = ["KUWAIT, July 31 (KUNA) -- The Ministry of Foreign Affairs expressed condemnation of the attack."];
        assert_eq!(
            wire_date(lead.into_iter(), Some("2024-08-01")).as_deref(),
            Some("2024-07-31")
        );
        let lead = ["MOSCOW, Dec. 31 (Yonhap) -- The following is the full text of a joint statement released today."];
        assert_eq!(
            wire_date(lead.into_iter(), Some("2009-01-01")).as_deref(),
            Some("2008-12-31")
        );
        assert_eq!(wire_date(lead.into_iter(), None), None);
        // A place and date without an agency is the lead's, read by the rules below.
        assert_eq!(
            got(&["GENEVA, 19 October 1995 - The Foreign Ministers of the Troika met in Geneva today."]),
            None
        );
    }

    #[test]
    fn a_dateline_with_its_date_in_brackets_dates_the_text() {
        let texts = ["AMMAN, Jordan (December 16, 2013) UNICEF is horrified by reports of a bombing raid in Aleppo."];
        assert_eq!(
            lead_dateline(texts.into_iter()).map(|(_, d)| d).as_deref(),
            Some("2013-12-16")
        );
    }

    #[test]
    fn a_dateline_in_words_glued_to_the_lead_dates_the_text() {
        assert_eq!(
            lead_dateline(["Kigali, 28 May 2012 Rwanda's Foreign Minister has labelled rumours as false."].into_iter()),
            Some((Some("Kigali".to_string()), "2012-05-28".to_string()))
        );
        assert_eq!(
            lead_dateline(["1st June 2014 Tomorrow I will depart with a foreign service team."].into_iter()),
            Some((None, "2014-06-01".to_string()))
        );
        // A sentence that names a day later on is no dateline.
        assert_eq!(
            lead_dateline(["The Minister met on 28 May 2012 Rwanda's envoy."].into_iter()),
            None
        );
    }

    #[test]
    fn a_dateline_run_into_the_lead_dates_the_text() {
        let got = |t: &str| lead_dateline([t].into_iter());
        assert_eq!(
            got("23 June 2025, The Council approved today conclusions on the EU's priorities at the UN."),
            Some((None, "2025-06-23".to_string()))
        );
        assert_eq!(
            got("Thursday, The Council approved today conclusions on the EU's priorities."),
            None
        );
        assert_eq!(
            got("GENEVA, 19 October 1995 - The Foreign Ministers of the Troika met in Geneva today."),
            Some((Some("GENEVA".to_string()), "1995-10-19".to_string()))
        );
        assert_eq!(
            got("(New York: 18 January 2010): The Emergency Relief Coordinator today allocated funds.").map(|(_, d)| d),
            Some("2010-01-18".to_string())
        );
        assert_eq!(
            got("Washington, DC–(ENEWSPF)–October 20, 2011.  President Obama hosted the Prime Minister.")
                .map(|(_, d)| d),
            Some("2011-10-20".to_string())
        );
        assert_eq!(
            got("Nairobi, Saturday February 18, 2017 (MFA Press) — President El-Sisi today made a visit.")
                .map(|(_, d)| d),
            Some("2017-02-18".to_string())
        );
        assert_eq!(
            got("Brussels 08.06.2022 Josep Borrell, High Representative of the Union, announced nominations."),
            Some((Some("Brussels".to_string()), "2022-06-08".to_string()))
        );
        assert_eq!(
            got("In 2022 Josep Borrell, High Representative of the Union, announced nominations."),
            None
        );
        // A date inside the sentence, or a dash far from its start, is no dateline.
        assert_eq!(got("The meeting of 3 March 2021 - as agreed - was postponed."), None);
        assert_eq!(
            got("Ministers met in Geneva today to discuss the agenda - and agreed."),
            None
        );
    }

    #[test]
    fn a_labelled_dateline_with_the_date_first_dates_the_text() {
        let got = |t: &str| lead_dateline([t].into_iter());
        assert_eq!(
            got("Sumario: 9 May 2010, Brussels - Statement by Catherine Ashton, High Representative of the Union."),
            Some((Some("Brussels".to_string()), "2010-05-09".to_string()))
        );
        // A date and a clause after it is no dateline.
        assert_eq!(got("9 May 2010, the day the Union marks - as every year."), None);
    }

    #[test]
    fn a_dateline_closed_by_a_full_stop_opens_the_lead() {
        let texts = ["Brussels, 14 May 2007. The Council adopted the following conclusions:"];
        assert_eq!(
            lead_dateline(texts.into_iter()).map(|(_, d)| d).as_deref(),
            Some("2007-05-14")
        );
        let texts = ["The Council met on 3 May 2007. It agreed on the conclusions and asked the Presidency to report."];
        assert_eq!(lead_dateline(texts.into_iter()), None);
    }

    #[test]
    fn a_meetings_report_dates_the_text_by_the_session_it_held() {
        let texts = [
            "The Supreme Council of the Gulf Cooperation Council (GCC) held its 19th session in Abu Dhabi in the United Arab Emirates (UAE) from December 7 to 9, 1998 under the chairmanship of the UAE President.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("1998-12-07"));
        let texts = [
            "The Summit of Heads of State and Government of the Southern African Development Community (SADC) was held in Kinshasa, Democratic Republic of Congo, from September 07 to 08, 2009.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2009-09-07"));
        let texts = [
            "Australian and New Zealand Ministers met in Melbourne on 15 August 2008 for the annual CER Ministerial Forum.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2008-08-15"));
        // Not past the sentence.
        let texts = [
            "The Ministerial Council held its regular session in Riyadh under the chairmanship of Oman. On 3 May 2022 the Council will meet again in Jeddah.",
        ];
        assert_eq!(lead_date(texts.into_iter()), None);
    }

    #[test]
    fn a_meetings_day_in_french_dates_the_lead() {
        let texts = [
            "Adopté par le Conseil de Paix et de Sécurité (CPS) de l'Union africaine (UA), lors de sa 1056e réunion en date du 30 décembre 2021, sur l'examen des conclusions du 8eme Séminaire de Haut niveau.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2021-12-30"));
    }

    #[test]
    fn a_meetings_report_in_french_dates_the_lead() {
        let texts = [
            "1. Nous, Chefs d'Etat et de gouvernement des pays ayant le français en partage, réunis les 13 et 14 octobre 2012 à Kinshasa, saluons la tenue du Sommet.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2012-10-13"));
    }

    #[test]
    fn a_summits_lead_names_its_day_after_every_leader() {
        let texts = [
            "The Prime Minister of the People's Republic of Bangladesh, Her Excellency Begum Khaleda Zia; the Prime Minister of the Royal Government of Bhutan, His Excellency Lyonpo Khandu Wangchuk; the Prime Minister of the Republic of India, His Excellency Mr. Atal Behari Vajpayee; the President of the Republic of Maldives, His Excellency Mr. Maumoon Abdul Gayoom; the Prime Minister of the Kingdom of Nepal, Right Honourable Mr. Sher Bahadur Deuba; and the President of the Democratic Socialist Republic of Sri Lanka met at the Eleventh Summit meeting of the South Asian Association for Regional Cooperation (SAARC) in Kathmandu, Nepal from 4 to 6 January 2002.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2002-01-04"));
        // A day far into a lead with no meeting's verb before it dates nothing.
        let texts = [
            "The Prime Minister of the People's Republic of Bangladesh, Her Excellency Begum Khaleda Zia; the Prime Minister of the Royal Government of Bhutan, His Excellency Lyonpo Khandu Wangchuk; the Prime Minister of the Republic of India, His Excellency Mr. Atal Behari Vajpayee; the President of the Republic of Maldives, His Excellency Mr. Maumoon Abdul Gayoom recalled the Charter signed on 8 December 1985.",
        ];
        assert_eq!(lead_date(texts.into_iter()), None);
    }

    #[test]
    fn a_verb_in_the_past_on_a_day_dates_the_lead() {
        let texts = [
            "Foreign Minister Sameh Shoukry received on Thursday, December 22, 2016, the Chairman of the Foreign Affairs Committee at the House of Representatives.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2016-12-22"));
        let texts = [
            "We, the Leaders of the Group of Seven (G7), met virtually on December 6, 2023, to address global challenges and shape a course.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2023-12-06"));
        let texts = [
            "1. We, the Heads of State/Government of the Member States, gathered for the 30th Summit in Manila on 29 April 2017 under the Chairmanship of the Philippines.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2017-04-29"));
        // A visit announced is not the text's day.
        let texts =
            ["Minister for Foreign Affairs Anna Virtanen will be on an official visit to Vilnius on 28 October 2019."];
        assert_eq!(lead_date(texts.into_iter()), None);
        // A date after `on` that a noun, not a verb, governs is no report's day.
        let texts = [
            "The Council agreed the position on 12 May 2021 as the basis for its negotiations with the European Parliament and the Commission.",
        ];
        assert_eq!(lead_date(texts.into_iter()), None);
    }

    #[test]
    fn a_publication_line_or_else_the_lead_dates_a_news_text() {
        let texts = [
            "Met dank overgenomen van Raad, gepubliceerd op woensdag 12 januari 2022.",
            "On 15 November 2021, the Council adopted a decision on restrictive measures against the regime.",
        ];
        assert_eq!(published_date(texts.into_iter()).as_deref(), Some("2022-01-12"));
        let texts = [
            "Prepared for: The White House Office of the Press Secretary For Immediate Release July 20, 2010 Remarks by the President",
        ];
        assert_eq!(published_date(texts.into_iter()).as_deref(), Some("2010-07-20"));
        let texts = ["News Desk | Updated: 09-11-2018 10:30 IST | Created: 08-11-2018 10:06 IST"];
        assert_eq!(published_date(texts.into_iter()).as_deref(), Some("2018-11-08"));
        let texts = [
            "EEAS",
            "Following the meeting of the European Council, which took place on 26 and 27 October 2023, the leaders adopted conclusions.",
        ];
        assert_eq!(lead_date(texts.into_iter()).as_deref(), Some("2023-10-26"));
        // A deadline or a past event in the lead is not the text's day.
        let texts =
            ["The Security Council today extended the mandate of the Interim Security Force until 15 December 2021."];
        assert_eq!(lead_date(texts.into_iter()), None);
        // A heading's date is not the lead's.
        assert_eq!(lead_date(["Statement of 3 March 2021"].into_iter()), None);
        // A meeting named with its day; the Gregorian day beside a Hijri one.
        let lead = |t: &str| lead_date([t].into_iter());
        assert_eq!(
            lead("1. We, the Heads of State/Government of ASEAN Member States, gathered for the 37th ASEAN Summit on 12 November 2020 under the Chairmanship of Viet Nam.").as_deref(),
            Some("2020-11-12")
        );
        assert_eq!(
            lead("The Council of Foreign Ministers held an Extraordinary Meeting in Jeddah on Thursday 11 Rabii Athani 1437 AH corresponding to 21 January 2016 to discuss the attacks.").as_deref(),
            Some("2016-01-21")
        );
    }

    #[test]
    fn a_lead_opening_on_its_day_or_a_standfirst_ending_on_it_dates_the_text() {
        let lead = |t: &str| lead_date([t].into_iter());
        assert_eq!(
            lead("On Sunday, 20 December 2020, the Ministry of Foreign Affairs summoned the Chargé d’affaires of Germany to Indonesia.").as_deref(),
            Some("2020-12-20")
        );
        assert_eq!(
            lead("On March 3, 2021, the Council adopted conclusions on the situation in the region and its consequences for Europe.").as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            lead("The opening remarks made by Ursula von der Leyen, the President of the European Commission, on 24 June 2022.").as_deref(),
            Some("2022-06-24")
        );
        // A date inside a long sentence, or not ending the first, is no standfirst's.
        assert_eq!(
            standfirst_date(
                "The Council agreed on 12 May 2021 to open negotiations with the Parliament. It will meet again."
            ),
            None
        );
    }

    #[test]
    fn a_gregorian_day_beside_a_hijri_one_dates_a_gulf_text() {
        let texts = [
            "Doha: The Council called for a positive and serious response to the announcement of the agreement reached.",
            "The Council stressed the need to build on this declaration.",
            "The Ministerial Council held its 160th session on Sunday, 3 Dhu al-Hijjah 1445 H, corresponding to June 9, 2024, in Doha.",
        ];
        assert_eq!(gregorian_beside_hijri(texts.into_iter()).as_deref(), Some("2024-06-09"));
    }

    #[test]
    fn the_signature_formula_dates_the_text() {
        let texts = [
            "The Parties agree as follows.",
            "Done at Minsk on 8 December 1991 in three copies, each in the Byelorussian, Russian and Ukrainian languages.",
            "For the Republic of Belarus",
        ];
        assert_eq!(
            signed_date(texts.into_iter()),
            Some((Some("Minsk".to_string()), "1991-12-08".to_string()))
        );
        let adopted = [
            "Decides to extend the mandate.",
            "Decides to remain seized of the matter. Adopted by the Security Council at its 7399th meeting, on 5 March 2015.",
        ];
        assert_eq!(signed_date(adopted.into_iter()), Some((None, "2015-03-05".to_string())));
        let french = ["Fait à Paris, le 12 décembre 2015."];
        assert_eq!(
            signed_date(french.into_iter()).map(|(_, d)| d).as_deref(),
            Some("2015-12-12")
        );
    }

    #[test]
    fn a_short_line_opening_the_text_dates_it() {
        let texts = [
            "Work of the contact group",
            "Version of 4 December 2015@10.00",
            "DRAFT AGREEMENT",
        ];
        assert_eq!(opening_date(texts.into_iter()).as_deref(), Some("2015-12-04"));
        let prose = [
            "On 4 December 2015 the contact group met at length in Paris to consider the draft text, and agreed on it.",
        ];
        assert_eq!(opening_date(prose.into_iter()), None);
        let late = ["a", "b", "c", "Version of 4 December 2015"];
        assert_eq!(opening_date(late.into_iter()), None);
    }

    #[test]
    fn an_act_naming_its_own_day_on_its_first_clause_is_dated_so() {
        let texts = [
            "European Parliament resolution of 28 February 2024 on the implementation of the common foreign and security policy – annual report 2023 (2023/2117(INI))",
            "The European Parliament,",
        ];
        assert_eq!(act_date(texts.into_iter()).as_deref(), Some("2024-02-28"));
        let decision = ["Council Decision (CFSP) 2024/512 of 12 February 2024 amending Decision 2014/145/CFSP"];
        assert_eq!(act_date(decision.into_iter()).as_deref(), Some("2024-02-12"));
        for other in [
            "having regard to the European Council conclusions of 1 February 2024,",
            "The Ministers welcomed the outcome of 3 March 2021 and the resolution adopted.",
            "In its resolution of the General Assembly, of 3 March 2021, the Assembly noted it.",
        ] {
            assert_eq!(act_date([other].into_iter()), None, "{other}");
        }
    }

    #[test]
    fn without_a_formula_or_a_date_there_is_none() {
        assert_eq!(signed_date(["Done at the earliest opportunity."].into_iter()), None);
        assert_eq!(signed_date(["Work was done in 2015 on 3 May 2015."].into_iter()), None);
        let mut early = vec!["Done at Geneva on 1 May 2001."];
        early.extend(std::iter::repeat_n("Article text.", TAIL));
        assert_eq!(
            signed_date(early.into_iter()),
            None,
            "only the closing clauses are read"
        );
    }

    #[test]
    fn a_title_that_announces_a_visit_is_not_dated_by_it() {
        assert_eq!(
            super::dated_title("The Secretary-General will lead a delegation to India on 12-15 February 2024."),
            None
        );
        assert_eq!(
            super::dated_title("The Minister visited India on 12 February 2024.").as_deref(),
            Some("2024-02-12")
        );
    }
}
