//! The Council's configuration under its meeting's line in a Council press
//! release (`2957th Council meeting` / `General Affairs and External
//! Relations`): the body that met, named alone on its line, which no other
//! rule reads as a name (`General Affairs` has no head word).

use super::names::RuleHit;
use crate::document::EntityKind;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// The configurations the Council has met in since the 1980s, lower-cased.
const CONFIGURATIONS: &[&str] = &[
    "general affairs",
    "foreign affairs",
    "general affairs and external relations",
    "external relations",
    "economic and financial affairs",
    "justice and home affairs",
    "employment, social policy, health and consumer affairs",
    "competitiveness",
    "competitiveness (internal market, industry, research and space)",
    "transport, telecommunications and energy",
    "agriculture and fisheries",
    "environment",
    "education, youth, culture and sport",
    "education, youth and culture",
    "development",
    "development cooperation",
    "development co-operation",
    "energy",
    "internal market",
    "industry",
    "research",
    "telecommunications",
    "fisheries",
    "agriculture",
    "budget",
    "trade",
    "health",
    "labour and social affairs",
    "consumer affairs",
    "civil protection",
    "culture",
    "education",
    "transport",
    // The 1980s' and 1990s' names, as the Council's releases print them.
    "economics/finance",
    "labour/social affairs",
    "environment/energy",
];

/// Where `line` names the configuration that met, when `above` (the line
/// before it, a blank between or not) is a Council meeting's line, or, for
/// the document's header (`header`), holds one among its lines: the byte
/// range of the name in `line`.
pub(super) fn configuration_under(above: &str, line: &str, header: bool) -> Option<(usize, usize)> {
    let names_meeting = |l: &str| {
        let l = l.trim_end();
        ["Council meeting", "Council Meeting", "COUNCIL MEETING"]
            .iter()
            .any(|m| l.ends_with(m))
    };
    // (The header's lines are its letterhead, title and datelines, the
    // dateline last: the meeting's line is the title among them.)
    let meeting = if header {
        above.lines().any(names_meeting)
    } else {
        names_meeting(above)
    };
    // (`- GENERAL AFFAIRS -`: set between dashes, as older releases print it.)
    let name = line.trim().trim_matches(['-', '–', ' ']);
    if !meeting || name.len() > 70 || !name.starts_with(char::is_uppercase) {
        return None;
    }
    let start = line.find(name)?;
    CONFIGURATIONS
        .contains(&name.to_lowercase().as_str())
        .then_some((start, start + name.len()))
}

/// `3341st Council meeting General Affairs Luxembourg, 21 …`, `1420th
/// Council meeting - General Affairs - Brussels`: the configuration run onto
/// its meeting's line (a PDF's flattened letterhead), before the seat.
fn find_run_on_configurations(text: &str, hits: &mut Vec<RuleHit>) {
    // (One prebuilt searcher per case the line is printed in: most texts
    // that name the Council hold no meeting's line.)
    static MARKERS: LazyLock<[Finder<'static>; 3]> = LazyLock::new(|| {
        [
            Finder::new("Council meeting "),
            Finder::new("COUNCIL MEETING "),
            Finder::new("Council Meeting "),
        ]
    });
    for marker in MARKERS.iter() {
        for at in marker.find_iter(text.as_bytes()) {
            let rest = text[at + marker.needle().len()..].trim_start_matches(['-', '–', ' ']);
            let start = text.len() - rest.len();
            // Most meeting lines run on into no configuration: its first word decides.
            let first = rest.split(' ').next().unwrap_or("").to_lowercase();
            if !rest.starts_with(char::is_uppercase)
                || !CONFIGURATIONS
                    .iter()
                    .any(|c| c.split(' ').next() == Some(first.as_str()))
            {
                continue;
            }
            let words: Vec<&str> = rest.split(' ').take(9).collect();
            // The longest configuration, then a dash, a place's capital or the end.
            let found = (1..=words.len().min(8)).rev().find(|&len| {
                let name = words[..len].join(" ").to_lowercase();
                let next = words.get(len).copied().unwrap_or("");
                CONFIGURATIONS.contains(&name.as_str())
                    && (next.is_empty() || matches!(next, "-" | "–") || next.starts_with(char::is_uppercase))
            });
            if let Some(len) = found {
                hits.push(RuleHit {
                    start,
                    end: start + words[..len].join(" ").len(),
                    kind: EntityKind::Organization,
                    canonical: None,
                });
            }
        }
    }
}

/// The same within one text whose lines hold both (`2957th Council
/// meeting` / `General Affairs and External Relations`).
pub(super) fn find_configurations(text: &str, hits: &mut Vec<RuleHit>) {
    // (Most texts name no meeting: two vectorised searches rule them out;
    // `str::contains` set a searcher up for every text.)
    static MEETING: LazyLock<[Finder<'static>; 2]> =
        LazyLock::new(|| [Finder::new("ouncil "), Finder::new("OUNCIL MEETING")]);
    if MEETING.iter().all(|f| f.find(text.as_bytes()).is_none()) {
        return;
    }
    find_run_on_configurations(text, hits);
    let mut above: Option<&str> = None;
    let mut offset = 0;
    for line in text.split('\n') {
        if let Some(prev) = above
            && let Some((start, end)) = configuration_under(prev, line, false)
        {
            hits.push(RuleHit {
                start: offset + start,
                end: offset + end,
                kind: EntityKind::Organization,
                canonical: None,
            });
        }
        if !line.trim().is_empty() {
            above = Some(line);
        }
        offset += line.len() + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::find_configurations;

    fn names(text: &str) -> Vec<&str> {
        let mut hits = Vec::new();
        find_configurations(text, &mut hits);
        hits.iter().map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn the_configuration_under_the_meeting_line_is_a_body() {
        assert_eq!(
            names(
                "PRESS RELEASE\n2957th Council meeting\nGeneral Affairs and External Relations\nBrussels, 14 June 2010"
            ),
            ["General Affairs and External Relations"]
        );
        assert_eq!(
            names("3210th COUNCIL MEETING\nGENERAL AFFAIRS\nBrussels"),
            ["GENERAL AFFAIRS"]
        );
        // A heading that is no configuration, and a configuration's word in a sentence.
        assert!(names("3210th Council meeting\nMain results\n").is_empty());
        assert_eq!(
            names("2003rd Council meeting\n\n- GENERAL AFFAIRS -\n\nLuxembourg"),
            ["GENERAL AFFAIRS"]
        );
        assert!(names("at the Council meeting on the environment\nEnvironment ministers met").is_empty());
        // Run onto the meeting's line, before the seat.
        assert_eq!(
            names("PRESS RELEASE 3341st Council meeting General Affairs Luxembourg, 21 October 2014"),
            ["General Affairs"]
        );
        assert_eq!(
            names("1420th Council meeting - General Affairs - Brussels, 16 July 1990"),
            ["General Affairs"]
        );
        assert!(names("the Council meeting Agriculture ministers attended").is_empty());
    }
}
