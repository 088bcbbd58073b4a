//! A run of capitalised words read as a body's or a programme's name: the
//! role, opener or cable route before it dropped, two names joined by `and`
//! parted, a head word (`… Agency`, `Ministry of …`, `… Declaration`) naming
//! its kind, and what trails it (a place, a person, a page's language code)
//! cut off.

use super::names::{Covered, RuleHit, is_possessive};
use super::run_words::{
    GENERIC_PROGRAMME_WORDS, SHARED_ADJECTIVES, is_language_code, joined_starts_with, list_label, qualifier,
    span_end_of_cover, trailing_place,
};
use super::tokens::Token;
use super::vocab::{
    DOCUMENT_WORDS, NOT_INSTITUTIONS, NOT_NAMES, OPENERS, ORG_HEADS, ORG_HEADS_FIRST, PROGRAMME_HEADS,
    PROGRAMME_HEADS_FIRST, ROLES,
};
use crate::document::EntityKind;

/// A run of capitalised words (and the connectors between them): the
/// organisation or programme it names, by its head words, into `hits`.
pub(super) fn classify_run(t: &[Token], run: &[usize], covered: Covered, hits: &mut Vec<RuleHit>) {
    let first = name_start(t, run, covered);
    let run = name_words(t, &run[first..], covered);
    if split_at_and(t, run, covered, hits) {
        return;
    }
    // A capitals heading is read as a name only when short: PDF text runs
    // several headings and a letterhead into one line of capitals.
    if run.len() < 2 || (run.len() > 5 && run.iter().all(|&i| t[i].is_all_caps())) {
        return;
    }
    // `Action Plan 2021-2027`, `Joint Task Force 3`: the head is before the number.
    let numbered = t[run[run.len() - 1]].text.starts_with(|c: char| c.is_ascii_digit());
    let Some(mut kind) = kind_of(t, run, numbered) else {
        return;
    };
    // A run may not end in a connector (`… and`), nor in a page's language
    // code (`Council of the European Union EN`).
    let mut end_i = run.len() - 1;
    while end_i > 0
        && (!(t[run[end_i]].is_capitalised() || numbered && end_i == run.len() - 1)
            || (is_language_code(&t[run[end_i]]) && !t[run[end_i - 1]].is_all_caps()))
    {
        end_i -= 1;
    }
    // `Joint Ministerial Meeting on …`, `Summit of the …`: an event, not a
    // body (a standing body is named otherwise).
    if run[..end_i]
        .windows(2)
        .any(|w| matches!(t[w[0]].text, "Meeting" | "Meetings" | "Summit") && matches!(t[w[1]].text, "on" | "of"))
    {
        return;
    }
    // `Chair of the Duma Committee on International Affairs Dimitry Rogozin`:
    // a person named right after the body's name (a given name and a
    // surname) is not the body's.
    if let Some(p) = (2..end_i).find(|&p| {
        let (given, surname) = (&t[run[p]], &t[run[p + 1]]);
        super::given::is_given_token(given)
            && !given.is_all_caps()
            && t[run[p - 1]].is_capitalised()
            && surname.is_capitalised()
            && !surname.is_all_caps()
            && !surname.is(&ORG_HEADS)
            && !surname.is(&PROGRAMME_HEADS)
            && covered(surname.start, surname.end).is_none()
    }) {
        end_i = p - 1;
        // `Committee of Ministers Chairman Miguel Angel Moratinos`: a role set
        // between the body's name and the person's is the person's (`Office
        // of the President` is a body: the role there follows `the`).
        // (`EU High Representative`, `Meeting With Foreign Minister`: a word
        // of the role's own is no body's end.)
        let before = &t[run[end_i.saturating_sub(1)]];
        if end_i >= 2
            && t[run[end_i]].is(&ROLES)
            && before.is_capitalised()
            && !before.is(&ROLES)
            && !matches!(
                before.text,
                "High"
                    | "Foreign"
                    | "Special"
                    | "Deputy"
                    | "Vice"
                    | "Prime"
                    | "General"
                    | "Chief"
                    | "Executive"
                    | "Permanent"
            )
        {
            end_i -= 1;
        }
    }
    // `Ministry of Foreign Affairs of the United Arab Emirates Shaikh
    // Shakhboot …`: an honorific opens the person named after the body.
    if kind == EntityKind::Organization
        && let Some(p) = (2..=end_i).find(|&p| is_honorific(t[run[p]].text) && t[run[p - 1]].is_capitalised())
    {
        end_i = p - 1;
    }
    // `Security Council on Syria`, `Digital Bill of Rights of the Republic of Korea`:
    // a trailing place after `on`/`of the` qualifies the name and is not part of it.
    if let Some(cut) = trailing_place(t, &run[..=end_i], covered, kind == EntityKind::Programme) {
        end_i = cut;
    }
    // `European Union on the First Round of Presidential Elections` (a heading
    // in title case): what a known body, or a head that takes no `on`, is
    // said to be on is not its name (`Committee on …`, `Council on …` are).
    if kind == EntityKind::Organization
        && let Some(on) = (1..end_i).find(|&p| {
            let before = &t[run[p - 1]];
            // (`Ukrainian Foreign Ministry on K. Annan's Agreement`, `Foreign
            // Ministry of the Russian Federation on the Anniversary …`: a
            // ministry, or a body whose state ends its name.)
            t[run[p]].text == "on"
                && (matches!(
                    before.text,
                    "Union"
                        | "Nations"
                        | "States"
                        | "Secretariat"
                        | "Government"
                        | "Presidency"
                        | "Representative"
                        | "Ministry"
                        | "Embassy"
                ) || covered(t[run[0]].start, before.end) == Some(EntityKind::Organization)
                    || (p >= 3
                        && t[run[p - 2]].text != "on"
                        && covered(before.start, before.end) == Some(EntityKind::Place)))
        })
    {
        end_i = on - 1;
    }
    // `Council of the European Union Brussels`: a place glued after a known name
    // (a letterhead's address) is not the name's.
    if end_i >= 2
        && covered(t[run[end_i]].start, t[run[end_i]].end) == Some(EntityKind::Place)
        && t[run[end_i - 1]].is_capitalised()
        && covered(t[run[end_i - 1]].start, t[run[end_i - 1]].end).is_some_and(|k| k != EntityKind::Place)
    {
        end_i -= 1;
    }
    // `General Secretariat of the Council On 5 May …`, `Council of the EU
    // Statement on Iran`, `… of the Council Delegations`: a known body with
    // words glued after it (a flattened page's next line) that hold no head
    // word of their own is the known body alone.
    if kind == EntityKind::Organization
        && let cover_end = span_end_of_cover(t, &run[..=end_i], covered)
        && let Some(k) = (1..end_i).find(|&k| t[run[k]].end == cover_end)
        && covered(t[run[0]].start, cover_end) == Some(EntityKind::Organization)
        && let rest = &run[k + 1..=end_i]
        // (`Ministry of Foreign Affairs of Sweden`: a connector goes on with the name.)
        && t[rest[0]].is_capitalised()
        && (t[rest[0]].is(&OPENERS)
            || rest.iter().any(|&i| t[i].is(&DOCUMENT_WORDS))
            || !rest.iter().any(|&i| t[i].is(&ORG_HEADS) || t[i].is(&PROGRAMME_HEADS)))
    {
        end_i = k;
    }
    // `Supreme Council of the GCC`, `Executive Council of the Organisation for
    // the Prohibition of Chemical Weapons`: an organ named with the known body
    // it belongs to is the organ (the body is named on its own), as the
    // annotators of most held-out batches file it.
    if kind == EntityKind::Organization
        && covered(t[run[0]].start, t[run[end_i]].end).is_none()
        && let Some(of) = (1..end_i).find(|&p| {
            let from = p + 1 + usize::from(t[run[p + 1]].text.eq_ignore_ascii_case("the"));
            t[run[p]].text == "of"
                && from <= end_i
                && covered(t[run[from]].start, t[run[end_i]].end) == Some(EntityKind::Organization)
                && run[..p].iter().any(|&i| t[i].is(&ORG_HEADS))
                // (`Conference of Heads of Government of the Caribbean
                // Community`: that conference is named by whose it is; the
                // golds keep its whole name in all five texts that print it,
                // and file the OAU's `Assembly of Heads of State and
                // Government` apart from the OAU.)
                && !(t[run[0]].text == "Conference" && run[..p].iter().any(|&i| t[i].text == "Heads"))
        })
    {
        end_i = of - 1;
    }
    // `the Danish Government`, `the Solomon Islands Government`: a state's
    // government named as such is the state's, no body (the gold lists none);
    // a kind of government (`Transitional Federal Government`) is one.
    if kind == EntityKind::Organization
        && (1..=3).contains(&end_i)
        && matches!(t[run[end_i]].text, "Government" | "government")
        && run[..end_i].iter().all(|&i| {
            let w = &t[i];
            w.is_capitalised()
                && !w.is(&ORG_HEADS)
                && !matches!(
                    w.text,
                    "Transitional"
                        | "Federal"
                        | "Provisional"
                        | "Interim"
                        | "Unity"
                        | "Revolutionary"
                        | "Military"
                        | "Local"
                        | "Provincial"
                        | "Regional"
                        | "Central"
                        | "State"
                        | "Coalition"
                        | "Caretaker"
                        | "Exile"
                        | "National"
                )
        })
    {
        return;
    }
    let (start, mut end) = (t[run[0]].start, t[run[end_i]].end);
    // `Pact on Migration and Asylum1`: a footnote mark glued to the last word.
    let last_word = t[run[end_i]].text;
    let bare = last_word.trim_end_matches(|c: char| c.is_ascii_digit());
    if bare.len() < last_word.len() && bare.len() >= 3 && bare.chars().all(char::is_alphabetic) {
        end -= last_word.len() - bare.len();
    }
    let phrase = || run[..=end_i].iter().map(|&i| t[i].text);
    if NOT_INSTITUTIONS.iter().any(|n| joined_starts_with(phrase(), n)) {
        return;
    }
    // `United Nations Development Programme`: a programme run by an organisation is one.
    if kind == EntityKind::Programme
        && matches!(t[run[end_i]].text, "Programme" | "Program" | "Fund")
        && covered(t[run[0]].start, t[run[0]].end) == Some(EntityKind::Organization)
    {
        kind = EntityKind::Organization;
    }
    if end_i == 0 {
        return;
    }
    // `the 2016 Peace Agreement`, `the 2019 Enlargement Package`: a year
    // printed before a name of common words is what tells the text from
    // others of its kind, and the annotators keep it; before a name of its
    // own (`the 1961 Vienna Convention`, `2007 EU Strategy for Central
    // Asia`) it only dates it. (Of 38 programmes the dev set's gold lists
    // with a year printed before them, 26 keep the year; most of the 12
    // that do not are named by a place: `Vienna`, `Geneva`, `Lomé`.)
    let year = run[0]
        .checked_sub(1)
        .map(|i| &t[i])
        .filter(|y| kind == EntityKind::Programme && y.end + 1 == t[run[0]].start && is_year_or_period(y.text));
    if let Some(year) = year
        // (The whole run: `the 1976 Treaty of Amity and Cooperation in
        // Southeast Asia` is named by its place, though the name stops before it.)
        && run.iter().all(|&i| {
            let w = &t[i];
            // (A known name's words are the lexicon's to judge: `candidates`.)
            !w.is_all_caps() && covered(w.start, w.end).is_none()
        })
        && t[..run[0] - 1]
            .last()
            .is_none_or(|m| crate::dates::month_number(m.text).is_none())
    {
        hits.push(RuleHit {
            start: year.start,
            end,
            kind,
            canonical: None,
        });
        return;
    }
    // `Ministerial Declaration`, `Peace Agreement`: a kind of text, named by
    // nothing of its own, is no programme (its years, as in `Action Plan
    // 2021-2027`, name one). Three words or more (`Joint Plan of Action`,
    // `Free Trade Agreement`) name the one the text is about, as annotators
    // list them (the shared gold, and 4 of 5 in the dev set).
    if kind == EntityKind::Programme
        && end_i < 2
        && run[..=end_i].iter().all(|&i| {
            let w = &t[i];
            !w.text.starts_with(|c: char| c.is_ascii_digit())
                && (!w.is_capitalised() || GENERIC_PROGRAMME_WORDS.contains(&w.text))
        })
    {
        return;
    }
    // `the 2015 Annual Work Programme`, `2021-2027 Action Plan`: a year
    // printed before a plan's name is its edition's (before a treaty's, `the
    // 2006 Lombok Treaty`, it only dates the treaty).
    let edition = matches!(
        t[run[end_i]].text,
        "Programme" | "Program" | "Plan" | "Strategy" | "Agenda" | "Framework" | "Budget"
    );
    let start = match run[0].checked_sub(1).map(|i| &t[i]) {
        Some(year)
            if kind == EntityKind::Programme && edition && year.end + 1 == start && is_year_or_period(year.text) =>
        {
            year.start
        }
        _ => start,
    };
    hits.push(RuleHit {
        start,
        end,
        kind,
        canonical: None,
    });
}

/// A title said before a person's name, never inside a body's.
fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "Sheikh"
            | "Shaikh"
            | "Shaykh"
            | "Sheikha"
            | "Shaikha"
            | "Sayyid"
            | "H.E."
            | "Mr."
            | "Mrs."
            | "Ms."
            | "Dr."
            | "Prof."
            | "Professor"
            | "Excellency"
    )
}

/// `2015`, `2021-2027`: a year or a period of years.
fn is_year_or_period(w: &str) -> bool {
    let year =
        |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")) && y.bytes().all(|b| b.is_ascii_digit());
    year(w)
        || w.split_once(['-', '–'])
            .is_some_and(|(a, b)| year(a) && (year(b) || b.len() == 2))
}

/// Where a run's name starts: past sentence openers, leading connectors, a
/// cable's route, a person before `of` and a leading role (`President of the …`).
fn name_start(t: &[Token], run: &[usize], covered: Covered) -> usize {
    // Drop sentence openers, leading connectors and a leading role (`President of the …`).
    let mut first = 0;
    loop {
        while first < run.len()
            && (t[run[first]].is(&OPENERS)
                || !t[run[first]].is_capitalised()
                || (t[run[first]].text.starts_with(|c: char| c.is_ascii_digit()) && !anniversary_text(t, run, first))
                || list_label(&t[run[first]])
                || t[run[first]].is(&DOCUMENT_WORDS)
                // `Press Release Regarding …`, `Press Statement by …`.
                || (t[run[first]].text == "Press" && run.get(first + 1).is_some_and(|&n| t[n].is(&DOCUMENT_WORDS)))
                || (is_language_code(&t[run[first]])
                    && run
                        .get(first + 1)
                        .is_some_and(|&n| t[n].is_capitalised() && !t[n].is_all_caps())))
        {
            first += 1;
        }
        // `Presidency of the Council`, `Review of the Foreign Affairs
        // Council`: an office held in a body, or what is done of or by it,
        // before `of`; the body is what follows.
        // (`Vice Premier of the State Council`: after a role's modifier too.)
        let lead = first + usize::from(run.get(first).is_some_and(|&i| is_role_modifier(t[i].text)));
        // `Fiftieth Anniversary of the Pacific Islands Forum`: a body's
        // anniversary, its count before it, names the body after `of`.
        let lead = lead
            + usize::from(
                run.get(lead).is_some_and(|&i| is_ordinal_word(t[i].text))
                    && run.get(lead + 1).is_some_and(|&i| t[i].text == "Anniversary"),
            );
        if lead + 2 < run.len() && is_lead_before_body(t[run[lead]].text) && t[run[lead + 1]].text == "of" {
            first = lead + 2;
            continue;
        }
        // `Soviet and Warsaw Pact military power`: a nationality and a body
        // sharing the noun after them; the name is the body's.
        if run.len() >= first + 4
            && t[run[first]].is(&NOT_NAMES)
            && t[run[first + 1]].text == "and"
            && covered(t[run[first + 2]].start, t[run[run.len() - 1]].end).is_some()
        {
            first += 2;
            continue;
        }
        // `Washington to Department of External Affairs`: a cable's route;
        // `the Czech Republic and Hungary to the Organisation`: places joining a body;
        // `Address by Minister Cannon to Diplomatic Forum`: a speaker, by role and name;
        // `Address given by Jacques Delors to the European Parliament`: by a name
        // a known given name opens.
        if let Some(to) = (first + 1..run.len().min(first + 8)).find(|&p| matches!(t[run[p]].text, "to" | "from"))
            && (run[first..to].iter().all(|&i| {
                let w = &t[i];
                covered(w.start, w.end) == Some(EntityKind::Place)
                    || (!w.is_capitalised() && matches!(w.text, "and" | "the"))
            }) || ((t[run[first]].is(&ROLES) || (to - first >= 2 && super::given::is_given_token(&t[run[first]])))
                && (2..=4).contains(&(to - first + usize::from(!t[run[first]].is(&ROLES))))
                && run[first + 1..to].iter().all(|&i| {
                    let w = &t[i];
                    w.is_capitalised() && !w.is_all_caps() && !w.is(&ORG_HEADS) && !w.is(&ROLES)
                })))
        {
            first = to + 1;
            continue;
        }
        // `President Peter Maurer of the International Committee …`, `Preeti
        // Saran of the Indian Ministry`: a person (after a role) before `of`,
        // a given name opening the name; the body is what follows.
        // (`Nazar Mohamed to the Embassy of …`, `Thabo Mbeki and …`: so
        // before `to` and `and`.)
        if first >= run.len() {
            break;
        }
        // (`Mr. Nazar Mohamed to …`, `H.E. Thabo Mbeki and …`: after an honorific too.)
        let mut name_at = first;
        // (`Foreign Minister Sergey Lavrov of …`, `State Counsellor …`: a
        // word that makes a role of the role word after it.)
        let role_word = |k: usize| {
            t[run[k]].is(&ROLES)
                || is_honorific(t[run[k]].text)
                || (matches!(t[run[k]].text, "Foreign" | "Prime" | "State") || is_role_modifier(t[run[k]].text))
                    && run.get(k + 1).is_some_and(|&n| t[n].is(&ROLES))
        };
        while name_at < run.len().min(first + 2) && role_word(name_at) {
            name_at += 1;
        }
        // (`Prof. Gorodetsky of Tel Aviv University`: after an honorific, a
        // surname alone is a person's too.)
        let after_honorific = (first..name_at).any(|k| is_honorific(t[run[k]].text));
        if name_at < run.len()
            && (super::given::is_given_token(&t[run[name_at]]) || after_honorific)
            && let Some(of) = (name_at + 2..run.len().min(name_at + 4))
                .find(|&p| matches!(t[run[p]].text, "of" | "for" | "to" | "and"))
                .or_else(|| (name_at + 1..run.len().min(name_at + 4)).find(|&p| matches!(t[run[p]].text, "of" | "for")))
            && run[name_at..of].iter().all(|&i| {
                let w = &t[i];
                w.is_capitalised()
                    && !w.is_all_caps()
                    && !w.is(&ORG_HEADS)
                    && !w.is(&ROLES)
                    // (`President Vladimir Putin of the Russian Federation`:
                    // a person the lexicon knows too.)
                    && covered(w.start, w.end).is_none_or(|k| k == EntityKind::Person)
            })
        {
            first = of + 1;
            continue;
        }
        // `Ofwono Opondo Executive Director Uganda Media Centre`: a
        // signature flattened onto one line, a name, its role, its body;
        // the body is what follows the role.
        if let Some(q) = signature_role_end(t, &run[first..], covered) {
            first += q;
            continue;
        }
        // `Secretary General of`, `Deputy Head of`, `External Affairs Officer to`:
        // a role of up to four words, ending in a role word.
        // `Danish Foreign Minister and President-in-Office of the Council`:
        // roles joined by `and`, the last a compound.
        let compound_end = (first..run.len().min(first + 7)).find(|&p| {
            super::name_words::role_compound(&t[run[p]])
                && run.get(p + 1).is_some_and(|&i| matches!(t[i].text, "of" | "for"))
                && run[first..p]
                    .iter()
                    .all(|&i| (t[i].is_capitalised() && covered(t[i].start, t[i].end).is_none()) || t[i].text == "and")
        });
        if let Some(p) = compound_end {
            first = p + 2;
            continue;
        }
        let role_end = (first..run.len().min(first + 4)).find(|&p| {
            t[run[p]].is(&ROLES)
                && run
                    .get(p + 1)
                    .is_some_and(|&i| matches!(t[i].text, "of" | "for" | "to"))
        });
        let Some(p) = role_end.filter(|&p| {
            run[first..p]
                .iter()
                .all(|&i| t[i].is_capitalised() && covered(t[i].start, t[i].end) != Some(EntityKind::Organization))
        }) else {
            break;
        };
        first = p + 2;
    }
    first
}

/// In `Name Surname [Executive] Director Body …` (a flattened signature),
/// where the body's words begin: after the role, when two or three name
/// words open the run and a capitalised word follows the role.
fn signature_role_end(t: &[Token], run: &[usize], covered: Covered) -> Option<usize> {
    let p = (2..run.len().min(4)).find(|&p| {
        let w = &t[run[p]];
        w.is(&ROLES) || (is_role_modifier(w.text) && run.get(p + 1).is_some_and(|&n| t[n].is(&ROLES)))
    })?;
    let name_ok = run[..p].iter().all(|&i| {
        let w = &t[i];
        w.is_capitalised()
            && !w.is_all_caps()
            && !w.is(&ORG_HEADS)
            && !w.is(&ROLES)
            && !is_role_modifier(w.text)
            && covered(w.start, w.end).is_none()
    });
    let q = p
        + (p..run.len())
            .take_while(|&k| t[run[k]].is(&ROLES) || is_role_modifier(t[run[k]].text))
            .count();
    (name_ok && q + 1 < run.len() && t[run[q]].is_capitalised()).then_some(q)
}

/// `50th Anniversary Solemn Declaration`, `40th Anniversary Summit
/// Declaration`: a text named for an anniversary keeps its count (the run's
/// word at `first` is an ordinal, `Anniversary` follows, a programme's head
/// closes the run).
fn anniversary_text(t: &[Token], run: &[usize], first: usize) -> bool {
    super::people::is_numeric_ordinal(t[run[first]].text)
        && run.get(first + 1).is_some_and(|&i| t[i].text == "Anniversary")
        && run.last().is_some_and(|&i| t[i].is(&PROGRAMME_HEADS))
}

/// `50th`, `Fiftieth`, `First`: an ordinal, in figures or in words.
fn is_ordinal_word(w: &str) -> bool {
    super::people::is_numeric_ordinal(w)
        || w.starts_with(char::is_uppercase)
            && (w.ends_with("th") && w.len() >= 5 || matches!(w, "First" | "Second" | "Third"))
}

/// Words that make a role of a role word: `Executive Director`, `Deputy Head`.
fn is_role_modifier(w: &str) -> bool {
    matches!(
        w,
        "Executive" | "Deputy" | "Vice" | "Senior" | "Permanent" | "Special" | "Chief" | "Acting"
    )
}

/// Words before `of` that name an office in a body, or a paper or act of
/// it, rather than a body: annotators file the body after them.
fn is_lead_before_body(w: &str) -> bool {
    matches!(
        w,
        "Presidency"
            | "Chairmanship"
            | "Review"
            | "Assessment"
            | "Implementation"
            | "Follow-up"
            | "Operation"
            | "Work"
            | "Records"
            | "Methods"
            | "Conclusions"
            | "Ministers"
            | "Premier"
            | "Members"
            // `Representatives of the IGAD Council of Ministers`: who stood for a body.
            | "Representatives"
            | "Delegates"
            | "Decision"
            | "Decisions"
            | "Recommendation"
            | "Recommendations"
            // `a Summit of the Nile Basin Commission`: a meeting of a body.
            | "Summit"
            // `the Anniversary of the Alliance`: a body's anniversary.
            | "Anniversary"
            | "Meeting"
            | "Session"
    )
}

/// The run's name words: a body glued on after a word that ends a name
/// starts anew, a report's name is what it is on, a possessive `'s` ends it.
fn name_words<'r>(t: &[Token], run: &'r [usize], covered: Covered) -> &'r [usize] {
    let mut run = run;
    // `Presidency Permanent Representatives Committee`: a PDF line glues a
    // word that ends a name of its own onto a known body; the body starts anew.
    if let Some(&last) = run.last() {
        let end = t[last].end;
        let anew = (1..run.len()).find(|&p| {
            let before = &t[run[p - 1]];
            (before.is(&ORG_HEADS) || before.is(&PROGRAMME_HEADS) || before.is(&DOCUMENT_WORDS))
                && covered(t[run[p]].start, end) == Some(EntityKind::Organization)
                && covered(before.start, end).is_none()
        });
        if let Some(p) = anew {
            run = &run[p..];
        }
    }
    // `… to the United Nations Chairman of the African Group`: a role after a
    // known body starts the next name, the role passed over.
    // (`… Security Policy and Vice President of the European Commission`: so
    // does a role after `and`, a second office of the same person.)
    // (Only where what the role is of is a known body: `… and Commissioner for
    // Humanitarian Aid` names no body of its own.)
    let after_and = |p: usize| {
        let q = if is_role_modifier(t[run[p - 1]].text) { p - 1 } else { p };
        let of = p + 2 + usize::from(run.get(p + 2).is_some_and(|&a| t[a].text.eq_ignore_ascii_case("the")));
        q >= 1
            && t[run[q - 1]].text == "and"
            && run
                .get(of)
                .is_some_and(|&f| covered(t[f].start, t[run[run.len() - 1]].end) == Some(EntityKind::Organization))
    };
    if let Some(p) = (1..run.len()).find(|&p| {
        t[run[p]].is(&ROLES)
            && run.get(p + 1).is_some_and(|&n| matches!(t[n].text, "of" | "for"))
            && (covered(t[run[p - 1]].start, t[run[p - 1]].end) == Some(EntityKind::Organization) || after_and(p))
    }) {
        let q = p + 2 + usize::from(run.get(p + 2).is_some_and(|&a| t[a].text.eq_ignore_ascii_case("the")));
        run = &run[q.min(run.len())..];
    }
    // `National Defense Commission of the DPRK and President`: a role after
    // `and` at the end is the next person's, named after the run.
    // (`… and President Kim Dae-jung`: with the name after it.)
    if let Some(p) = (2..run.len().saturating_sub(1)).find(|&p| {
        t[run[p]].text == "and"
            && t[run[p + 1]].is(&ROLES)
            && run
                .get(p + 2)
                .is_none_or(|&n| !matches!(t[n].text, "of" | "for" | "and"))
    }) {
        run = &run[..p];
    }
    // `Information Officer Embassy of Eritrea to the US`: a signature's role
    // run onto the body it serves; the body starts at its head.
    if let Some(p) = (1..run.len().saturating_sub(1)).find(|&p| {
        // (A staff member's title, not `Quad Vaccine Experts Group`'s members.)
        let staff = matches!(
            t[run[p]].text,
            "Officer"
                | "Director"
                | "Secretary"
                | "Counsellor"
                | "Coordinator"
                | "Co-ordinator"
                | "Adviser"
                | "Advisor"
        );
        staff && t[run[p + 1]].is(&ORG_HEADS_FIRST) && t[run[p]].end + 1 == t[run[p + 1]].start
    }) {
        run = &run[p + 1..];
    }
    // `Assembly of Heads of State and Government of the Organization of
    // African Unity`: the assembly, and the known body it is of, are two names.
    if let Some(p) = (2..run.len())
        .find(|&p| t[run[p]].text == "of" && t[run[p - 1]].text == "Government" && t[run[p - 2]].text == "and")
    {
        let q = p + 1 + usize::from(run.get(p + 1).is_some_and(|&a| t[a].text.eq_ignore_ascii_case("the")));
        if let (Some(&f), Some(&l)) = (run.get(q), run.last())
            && covered(t[f].start, t[l].end) == Some(EntityKind::Organization)
        {
            run = &run[..p];
        }
    }
    // `Annual Report on the Code of Conduct …`: the name is what the report
    // is on; `Annual Report to General Assembly`: whom it is to.
    if let Some(p) = run.iter().position(|&i| t[i].is(&DOCUMENT_WORDS))
        && run.get(p + 1).is_some_and(|&q| qualifier(&t[q]) || t[q].text == "to")
    {
        let mut from = p + 2;
        if run.get(from).is_some_and(|&a| t[a].text.eq_ignore_ascii_case("the")) {
            from += 1;
        }
        if run.len() >= from + 2 {
            run = &run[from..];
        }
    }
    if run.last().is_some_and(|&l| is_possessive(t[l].text)) {
        run = &run[..run.len() - 1];
    }
    // `Council of Foreign Ministers of OIC Final Communique(.pdf)`: the text a
    // body issued, named after it, is not the body.
    if run.len() >= 3 && run.last().is_some_and(|&l| t[l].text.starts_with("Communiqu")) {
        let cut = run.len() - 1 - usize::from(matches!(t[run[run.len() - 2]].text, "Final" | "Joint"));
        run = &run[..cut];
    }
    run
}

/// Two names joined by `and` (or `to`), each classified, when the first is
/// complete on its own; whether the run was so parted.
fn split_at_and(t: &[Token], run: &[usize], covered: Covered, hits: &mut Vec<RuleHit>) -> bool {
    // `EU AI Act and Korean AI Law`, `European Commission and Swedish Presidency`:
    // two names joined by `and` when the first is complete on its own.
    // (`Assembly of Heads of State and Government`: one body's name, its `and` no join.)
    let joins = |k: usize| {
        matches!(t[run[k]].text, "and" | "&" | "to")
            && !(k > 0 && t[run[k - 1]].text == "State" && run.get(k + 1).is_some_and(|&n| t[n].text == "Government"))
    };
    if let Some(pos) = (0..run.len()).find(|&k| joins(k)) {
        let before = &run[..pos];
        let complete = before
            .last()
            .is_some_and(|&l| t[l].is(&ORG_HEADS) || t[l].is(&PROGRAMME_HEADS))
            || before.first().is_some_and(|&f| {
                covered(t[f].start, t[before[before.len() - 1]].end).is_some()
                    && covered(t[f].start, t[f].end).is_some()
                    && t[before[before.len() - 1]].end == span_end_of_cover(t, before, covered)
            });
        // `University of Toronto and OSCE Programme Office`: two names, each with its head.
        let heads = |part: &[usize]| {
            part.iter()
                .skip(1)
                .any(|&i| t[i].is(&ORG_HEADS) || t[i].is(&PROGRAMME_HEADS))
        };
        let head_first = |part: &[usize]| {
            part.windows(2)
                .any(|w| (t[w[0]].is(&ORG_HEADS_FIRST) || t[w[0]].is(&PROGRAMME_HEADS_FIRST)) && qualifier(&t[w[1]]))
        };
        // `to` joins two names only when both have a head (`Embassy in Washington to
        // Department of External Affairs`; not `Delegation … to the United Kingdom`).
        let to = t[run[pos]].text == "to";
        let headed = |part: &[usize]| {
            head_first(part)
                || part.last().is_some_and(|&l| t[l].is(&ORG_HEADS))
                || part.windows(2).any(|w| t[w[0]].is(&ORG_HEADS) && t[w[1]].text == "in")
        };
        // `Asia and Pacific Directorate`: two places joined are one name's.
        let places = covered(t[before[0]].start, t[before[before.len() - 1]].end) == Some(EntityKind::Place)
            && run
                .get(pos + 1)
                .is_some_and(|&n| covered(t[n].start, t[n].end) == Some(EntityKind::Place));
        // `League of Arab States to the United Nations`: two known bodies.
        let known = |part: &[usize]| {
            let part = match part.split_first() {
                Some((&f, rest)) if t[f].text.eq_ignore_ascii_case("the") => rest,
                _ => part,
            };
            part.first().zip(part.last()).is_some_and(|(&f, &l)| {
                covered(t[f].start, t[l].end) == Some(EntityKind::Organization)
                    && t[l].end == span_end_of_cover(t, part, covered)
            })
        };
        // `Delegation of the European Union to the United Nations`,
        // `Permanent Mission of Japan to the OSCE`: a mission is named with
        // the body it is sent to.
        let mission = before.iter().take(2).any(|&f| {
            matches!(
                t[f].text,
                "Delegation" | "Mission" | "Representation" | "DELEGATION" | "MISSION" | "REPRESENTATION"
            )
        });
        let complete = if to {
            !mission && ((headed(before) && headed(&run[pos + 1..])) || (known(before) && known(&run[pos + 1..])))
        } else {
            // (`IGAD Council of Ministers and Committee of Ambassadors`: or
            // both named by their heads first.)
            !places && (complete || (head_first(before) && (heads(&run[pos + 1..]) || head_first(&run[pos + 1..]))))
        };
        // `Partnership and Co-operation Agreement`, `Stabilisation and
        // Association Agreement`: two nouns sharing the head after them.
        let shared_head = run.len() == pos + 3
            && matches!(
                t[run[pos + 1]].text,
                "Cooperation"
                    | "Co-operation"
                    | "Association"
                    | "Development"
                    | "Security"
                    | "Stability"
                    | "Reconstruction"
            )
            && (t[run[pos + 2]].is(&PROGRAMME_HEADS) || t[run[pos + 2]].is(&ORG_HEADS));
        // `Standing Conference of Local and Regional Authorities`, `Economic
        // and Social Council`: two adjectives sharing the head after them.
        let shared_adjective = before.last().is_some_and(|&l| SHARED_ADJECTIVES.contains(&t[l].text));
        // `Ministry of Foreign Affairs and Trade`, `Committee on the Internal
        // Market and Consumer Protection`: a portfolio of two, one body.
        let after = &run[pos + 1..];
        let portfolio =
            !to && matches!(
                t[before[0]].text,
                "Ministry" | "Department" | "Committee" | "Directorate" | "Office"
            ) && before.get(1).is_some_and(|&n| qualifier(&t[n]))
                && (1..=3).contains(&after.len())
                && after.iter().all(|&i| {
                    let w = &t[i];
                    !w.is(&ORG_HEADS)
                        && !w.is(&PROGRAMME_HEADS)
                        && !w.is(&OPENERS)
                        && (w.text.chars().count() >= 4 || !w.is_capitalised())
                        && covered(w.start, w.end).is_none()
                });
        if complete && !shared_head && !shared_adjective && !portfolio && pos + 1 < run.len() {
            classify_run(t, before, covered, hits);
            classify_run(t, &run[pos + 1..], covered, hits);
            return true;
        }
    }
    false
}

/// The kind a run's head words give it, if any; `numbered` when a figure
/// ends it (the head is before it).
fn kind_of(t: &[Token], run: &[usize], numbered: bool) -> Option<EntityKind> {
    // `… Office in Nur-Sultan`: the head is before the seat.
    let seat = run.iter().position(|&i| t[i].text == "in").filter(|&p| p > 0);
    let last = match seat {
        Some(p) => &t[run[p - 1]],
        None => &t[run[run.len() - 1 - usize::from(numbered)]],
    };
    // `Ministry of Law`: a body named by its head first is a body, whatever ends it.
    let body_first = run.len() > 2 && t[run[0]].is(&ORG_HEADS_FIRST) && qualifier(&t[run[1]]);
    if last.text == "Fund" && !body_first {
        // `European Fisheries Fund`, `Stability Fund`: a fund is a programme
        // (one an organisation runs, `UN Central Emergency Response Fund`, is
        // the organisation's body: `classify_run`).
        Some(EntityKind::Programme)
    } else if last.is(&ORG_HEADS) || body_first {
        Some(EntityKind::Organization)
    } else if last.is(&PROGRAMME_HEADS) {
        Some(EntityKind::Programme)
    } else {
        run.windows(2).find_map(|w| {
            let (head, next) = (&t[w[0]], &t[w[1]]);
            if !qualifier(next) {
                return None;
            }
            if head.is(&ORG_HEADS_FIRST) {
                Some(EntityKind::Organization)
            } else if head.is(&PROGRAMME_HEADS_FIRST) {
                Some(EntityKind::Programme)
            } else {
                None
            }
        })
    }
}
