//! Lines that name the kind of text rather than the text: a site's labels
//! (`Press Releases`, `WTO NEWS: 2001 PRESS RELEASES`), a label before the
//! title (`PRESS RELEASE : …`), the text's own kind under a meeting's banner
//! (`FINAL COMMUNIQUE`), and a kind over a headline it does not continue.

use super::is_all_caps;

/// The kinds of text a site labels its pages with, in lower case, singular
/// or plural (`Press Releases:`, `European Commission - Statement`).
const KINDS_OF_TEXT: &[&str] = &[
    "statement",
    "public statement",
    "press release",
    "daily news",
    "speech",
    "fact sheet",
    "news release",
    "media release",
    "questions and answers",
    "readout",
    "news",
    "outcome of the council meeting",
];

/// Kinds of text in the Nordic governments' labels (`Uttalande från …`).
const NORDIC_KINDS: &[&str] = &[
    "pressmeddelande",
    "uttalande",
    "artikel",
    "tal",
    "pressemelding",
    "pressemeddelelse",
    "nyhet",
    "tale",
    "erklæring",
    "tiedote",
];

/// A press office's site sections that name no kind of text.
const SITE_SECTIONS: &[&str] = &[
    "briefing room",
    "presidential actions",
    "press briefings",
    // (A plural of `advisory`, which a press office's label alone is.)
    "press advisories",
    "media advisories",
    "newsroom",
    "news room",
    "press room",
    "media centre",
    "media center",
    "press office",
    "media hub",
    // (The same in the languages of other ministries' sites.)
    "sala de prensa",
    "sala de imprensa",
    "salle de presse",
    "sala stampa",
    // The White House's label under a statement's headline.
    "statement by the press secretary",
    "statement of the press secretary",
    "office of the press secretary",
    // The Council's kind over its meeting's line (`3765th Council meeting`),
    // which is the title.
    "outcome of the council meeting",
    // `Press release` in the EU's other languages, over a headline.
    "communiqué de presse",
    "communique de presse",
    "pressemitteilung",
    "comunicado de prensa",
    "comunicato stampa",
    "persbericht",
    "pressmeddelande",
    "pressemeddelelse",
    "pressemelding",
    "lehdistötiedote",
    "komunikat prasowy",
    "tisková zpráva",
    "tlačová správa",
    "comunicado de imprensa",
    "nota à imprensa",
    "nota a imprensa",
    "nota de imprensa",
    "nota de prensa",
    "nota stampa",
    "note de presse",
    "notícias",
    "noticias",
    "actualités",
    "sajtóközlemény",
    "comunicat de presă",
    "sporočilo za javnost",
    "pressiteade",
    "paziņojums presei",
    "pranešimas spaudai",
    "priopćenje za medije",
    "съобщение за медиите",
    "δελτίο τύπου",
    // … and in the languages of other ministries briefings come from
    // (Swahili, Maltese, Malay and Indonesian, Turkish).
    "taarifa kwa vyombo vya habari",
    "stqarrija għall-media",
    "kenyataan media",
    "kenyataan akhbar",
    "siaran media",
    "siaran akhbar",
    "siaran pers",
    "basın açıklaması",
    "basın bülteni",
];

/// A line that only files the text under a kind: a section's plural
/// (`Press Releases`, `Statements`) or a press office's label (`Media
/// Statement`). A kind alone (`Joint Statement`, `Communiqué`) is often the
/// title itself, so is not one.
pub(super) fn is_kind_label(text: &str) -> bool {
    let lower = text.trim().trim_end_matches(':').trim().to_lowercase();
    // `NOTA À IMPRENSA Nº 103`, `PRESS RELEASE No. 528`: the label with the
    // release's number is still the label over the headline.
    let lower = without_release_number(&lower).unwrap_or(lower);
    // `For immediate release PRESS RELEASE`: a release's embargo line with
    // its kind, run together by a PDF's text.
    // (`FOR IMMEDIATE RELEASE` alone, under a release's other labels.)
    if let Some(kind) = lower.strip_prefix("for immediate release")
        && (kind.trim().is_empty() || is_kind_of_text(kind.trim_start_matches([' ', ':', '-', '–'])))
    {
        return true;
    }
    // `Speech by Ulf Kristersson` over the speech's own heading: a
    // government site's label of the kind and the speaker, by name alone
    // (`Speech by President Nelson Mandela at …` is a title).
    if let Some((kind, speaker)) = lower.split_once(" by ")
        && matches!(
            kind,
            "speech" | "article" | "statement" | "op-ed" | "opinion piece" | "debate article"
        )
    {
        let original = &text.trim()[text.trim().len() - speaker.len()..];
        let words: Vec<&str> = original.split_whitespace().collect();
        const ROLES: &[&str] = &[
            "President",
            "Prime",
            "Minister",
            "Secretary",
            "Foreign",
            "King",
            "Queen",
            "Ambassador",
        ];
        if (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase) && !ROLES.contains(w)
            })
        {
            return true;
        }
    }
    // `MOTION FOR A EUROPEAN PARLIAMENT RESOLUTION` under the Parliament's
    // `REPORT on …`: the kind of the text the report carries, not its title.
    if matches!(
        lower.as_str(),
        "motion for a european parliament resolution"
            | "motion for a resolution"
            | "draft european parliament resolution"
    ) {
        return true;
    }
    if lower.len() > 40 {
        return false;
    }
    // `2002 Press Releases`, `Press releases 2021`: an archive's section for a year.
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    if let Some(section) = lower
        .split_once(' ')
        .filter(|(y, _)| year(y))
        .map(|(_, rest)| rest)
        .or_else(|| lower.rsplit_once(' ').filter(|(_, y)| year(y)).map(|(rest, _)| rest))
        && is_kind_label(section)
    {
        return true;
    }
    if is_section_label(text) || SITE_SECTIONS.contains(&lower.as_str()) {
        return true;
    }
    // `Pressmeddelande från Utrikesdepartementet`, `Press release from
    // Ministry for Foreign Affairs`: a Nordic government site's label of the
    // kind and the ministry, over the headline.
    if let Some((kind, issuer)) = [" från ", " fra ", " from "].iter().find_map(|p| lower.split_once(p))
        && (is_kind_of_text(kind) || NORDIC_KINDS.contains(&kind))
        && issuer.split_whitespace().count() <= 5
        // (`Statement from the Press Secretary on Ukraine` names its subject: a title.)
        && !issuer
            .split_whitespace()
            .any(|w| matches!(w, "on" | "about" | "regarding" | "concerning" | "om" | "angående" | "vedrørende"))
    {
        return true;
    }
    // `Statements and Releases`, `Speeches & Remarks`: sections named by two kinds.
    let parts: Vec<&str> = lower
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| is_kind_of_text(p) || matches!(*p, "releases" | "remarks" | "briefings" | "events" | "updates"))
    {
        return true;
    }
    let plural = lower
        .strip_suffix('s')
        .is_some_and(|one| KINDS_OF_TEXT.contains(&one) && one != "new");
    plural
        || lower
            .split_once(' ')
            .is_some_and(|(qualifier, kind)| matches!(qualifier, "media" | "press") && is_kind_of_text(kind))
}

/// `press release no. 528` → `press release`: a kind of text and its number
/// (digits and `/`, after `no.`, `nº`, `n°`, `nr.` or `#`); None when the line
/// ends otherwise or nothing but the number is left.
fn without_release_number(lower: &str) -> Option<String> {
    let (head, number) = lower.rsplit_once(' ')?;
    if !number.bytes().any(|b| b.is_ascii_digit()) || !number.bytes().all(|b| b.is_ascii_digit() || b == b'/') {
        return None;
    }
    let head = head.trim_end();
    let head = ["no.", "no", "nº", "n°", "nr.", "nr", "#", "n.º", "n.°"]
        .iter()
        .find_map(|m| head.strip_suffix(m))
        .map_or(head, str::trim_end);
    let kind = is_kind_of_text(head) || SITE_SECTIONS.contains(&head) || NORDIC_KINDS.contains(&head);
    kind.then(|| head.to_string())
}

/// `WTO NEWS: 2001 PRESS RELEASES`, `Press Statements 2015`: a site's
/// section, named by kinds of text, with its issuer's initials and a year.
fn is_section_label(text: &str) -> bool {
    // A kind alone (`Statement`) is often the title itself: a section has
    // its year or its issuer's initials.
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    // (In a line set all in capitals, `JOINT STATEMENT ON TRADE`, any short
    // word looks like initials: there only a year marks a section.)
    let caps = !text.chars().any(char::is_lowercase);
    let initials = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let marked = text.split_whitespace().any(|w| {
        let w = w.trim_end_matches(':');
        year(w) || (!caps && initials(w) && !is_kind_of_text(&w.to_lowercase()))
    });
    if !marked || text.split_whitespace().count() > 8 {
        return false;
    }
    let mut kinds = 0;
    let all = text.split(':').all(|segment| {
        let words: Vec<&str> = segment.split_whitespace().filter(|w| !year(w)).collect();
        let kind = |words: &[&str]| {
            let rest = words.join(" ").to_lowercase();
            rest.is_empty() || is_kind_of_text(&rest)
        };
        // The issuer's initials go too (`WTO NEWS`), unless a kind's own word.
        let without: Vec<&str> = words.iter().copied().filter(|w| !initials(w)).collect();
        let ok = kind(&words) || kind(&without);
        kinds += usize::from(ok && !without.is_empty());
        ok
    });
    all && kinds > 0
}

pub(super) fn is_kind_of_text(lower: &str) -> bool {
    KINDS_OF_TEXT.contains(&lower) || lower.strip_suffix('s').is_some_and(|one| KINDS_OF_TEXT.contains(&one))
}

/// `PRESS RELEASE : UK announces … [September 2023]`, `Press Releases: U.S.
/// Humanitarian Assistance …`: a site's label for the kind of text before
/// the title, and a month it files it under after, are not the title's.
pub(super) fn without_kind_label(title: &str) -> String {
    let mut t = without_skip_link(title.trim());
    if let Some((label, rest)) = t.split_once(':')
        && is_kind_of_text(&label.trim().to_lowercase())
        // `FACT SHEET: …` is how the White House titles its fact sheets.
        && !label.trim().eq_ignore_ascii_case("fact sheet")
        && rest.trim().chars().count() >= 12
    {
        t = rest.trim();
    }
    // `[September 2023]`: a month and year in brackets at the end.
    if let Some(open) = t.rfind(" [").filter(|_| t.ends_with(']')) {
        let inside = &t[open + 2..t.len() - 1];
        let mut words = inside.split_whitespace();
        let month = words.next().is_some_and(|m| crate::dates::month_number(m).is_some());
        let year = words
            .next()
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        if month && year && words.next().is_none() {
            t = t[..open].trim_end();
        }
    }
    t.to_string()
}

/// `. Statement on … - IOPAC Press "Enter" to skip to content`: a page's
/// title line with the site's name and its skip link after it.
fn without_skip_link(title: &str) -> &str {
    let t = title.trim_start_matches(['.', ' ']);
    let lower = t.to_lowercase();
    let Some(at) = lower
        .find("skip to content")
        .or_else(|| lower.find("skip to main content"))
    else {
        return t;
    };
    // Back over the link's quoted key (`"Enter" to`) and the site's name (` - IOPAC Press`).
    let before = &t[..at];
    let before = before
        .rfind(" - ")
        .or_else(|| before.rfind(" | "))
        .map_or(before, |i| &before[..i]);
    before.trim_end()
}

/// `FINAL COMMUNIQUE`, `MINISTERIAL DECLARATION`: a short line in capitals
/// naming only the kind of text.
pub(super) fn is_kind_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    is_all_caps(text)
        && lower.split_whitespace().count() <= 3
        && [
            "communique",
            "communiqué",
            "declaration",
            "statement",
            "conclusions",
            "resolution",
        ]
        .iter()
        .any(|k| lower.ends_with(k))
}

/// `CORRECTION` under a release's headline in capitals: what the page is
/// (a correction to the release), not more of the headline.
pub(super) fn is_notice_label(text: &str) -> bool {
    let lower = text.trim().trim_end_matches([':', '.']).to_lowercase();
    matches!(
        lower.as_str(),
        "correction" | "corrigendum" | "corrigenda" | "erratum" | "errata" | "addendum" | "rectificatif"
    )
}

/// A meeting's banner: `… Ministerial Conference`, `MEETING OF …`. Takes lower case.
pub(super) fn is_event_line(lower: &str) -> bool {
    ["meeting", "conference", "summit", "session"]
        .iter()
        .any(|e| lower.contains(e))
}

/// `OPENING REMARKS` over `A PRINCIPLED PHILIPPINE FOREIGN POLICY`: a line
/// naming the kind of text over a headline that does not continue it (as
/// `JOINT COMMUNIQUE` is continued by `ON THE OCCASION OF …`).
/// (`CHAIRMAN'S STATEMENT` over `THE SECOND ASEAN REGIONAL FORUM`: the
/// meeting a statement is of continues it.)
pub(super) fn kind_above_headline(above: &str, line: &str) -> bool {
    names_kind(above) && !continues_kind(line) && !names_meeting(line)
}

/// `THE SECOND ASEAN REGIONAL FORUM`, `The 4th Meeting of …`: a line naming
/// a meeting, whose last word is the meeting's kind.
fn names_meeting(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("the ")
        && lower.split_whitespace().count() <= 12
        && ["forum", "summit", "meeting", "conference", "session"]
            .iter()
            .any(|k| lower.ends_with(k) || lower.contains(&format!("{k} of ")))
}

/// `Opening remarks` / (a blank line) / `by NATO Secretary General …`: a
/// kind alone, its rest in lower case under a blank line, is one title.
/// So is a speech's heading that ends with its kind, its occasion below in
/// title case (`The Secretary for Foreign Affairs' Remarks` / `On the
/// Occasion of the Year-End Reception …`).
pub(super) fn kind_continued_below(above: &str, line: &str) -> bool {
    let lower_start = line.starts_with(|c: char| c.is_lowercase());
    let continued = if lower_start {
        names_kind(above)
    } else {
        ends_with_speech(above) && line.split_whitespace().count() >= 3
    };
    continued && continues_kind(line)
}

/// A heading of at most eight words ending with the kind of a speech.
fn ends_with_speech(above: &str) -> bool {
    let lower = above.to_lowercase();
    lower.split_whitespace().count() <= 8
        && ["remarks", "speech", "address", "statement", "keynote", "lecture"]
            .iter()
            .any(|k| lower.ends_with(k))
}

/// A line of at most three words ending with a kind of text (`Opening remarks`).
fn names_kind(above: &str) -> bool {
    let lower = above.to_lowercase();
    // `Remarks to the Press` / `by NATO Secretary General, …`: to whom a kind
    // of speech was given is still its kind.
    let lower = [" to the press", " to the media"]
        .iter()
        .find_map(|to| lower.strip_suffix(to))
        .unwrap_or(&lower);
    lower.split_whitespace().count() <= 3
        && [
            "remarks",
            "statement",
            "speech",
            "address",
            "press release",
            "keynote",
            // NATO's `Pre-summit press conference` / `by Secretary General …`.
            "press conference",
            "press point",
            "doorstep",
            "lecture",
            // `RESOLUÇÃO` over `MODIFICAÇÕES AO ESTATUTO …`: a resolution's
            // kind over its heading, in the languages of the UN and the OAS.
            "resolution",
            "résolution",
            "resolución",
            "resolução",
        ]
        .iter()
        .any(|k| lower.ends_with(k))
        // (`TAARIFA KWA VYOMBO VYA HABARI`: a release's label in another language.)
        || is_kind_label(above)
}

/// A line opening with the word that says whose or what a kind above is.
fn continues_kind(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        first.as_str(),
        "on" | "of"
            | "by"
            | "for"
            | "to"
            | "at"
            | "in"
            | "between"
            | "and"
            | "from"
            | "before"
            | "following"
            | "issued"
            | "delivered"
            | "made"
            | "sur"
            | "sobre"
            | "de"
            | "relative"
            | "relativa"
            | "adopted"
            | "adoptée"
            | "aprobada"
            | "aprovada"
    )
}
