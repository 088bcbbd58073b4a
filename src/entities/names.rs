//! Names that no lexicon lists, found by rules: people after role cues or before
//! `said`; organisations and programmes by their head words (`… Agency`,
//! `Ministry of …`, `… Declaration`, `Roadmap on …`); camel-case initiatives;
//! and small places named beside a known country (`Backåkra, Sweden`).

use super::tokens::Token;
use crate::document::EntityKind;

/// A rule match: byte range, kind, and the canonical name when it differs from
/// the surface (titles stripped, capitals normalised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleHit {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub canonical: Option<String>,
}

/// Words that end an organisation's name.
const ORG_HEADS: &[&str] = &[
    "Agency",
    "Council",
    "Panel",
    "Forum",
    "Centre",
    "Center",
    "Group",
    "Undertaking",
    "Ministry",
    "Commission",
    "Commissions",
    "Committee",
    "Office",
    "Bank",
    "Organisation",
    "Organization",
    "Institute",
    "Authority",
    "Authorities",
    "Service",
    "Network",
    "Secretariat",
    "Assembly",
    "Parliament",
    "Court",
    "Union",
    "Association",
    "Foundation",
    "Corporation",
    "Force",
    "Hub",
    "Hubs",
    "Team",
    "Dialogue",
    "Consultations",
    "Platform",
    "Department",
    "Board",
    "Federation",
    "League",
    "Alliance",
    "Coalition",
    "Party",
    "University",
    "Academy",
    "Company",
    "Ltd.",
    "Inc.",
    "Observatory",
    "Consortium",
    "Cooperation Agency",
    "Presidency",
    "Delegation",
    "Directorate",
    "Directorate-General",
    "Secretariat-General",
    "Tribunal",
    "Mission",
];

/// Words that end a programme's, law's or agreement's name.
const PROGRAMME_HEADS: &[&str] = &[
    "Programme",
    "Program",
    "Strategy",
    "Initiative",
    "Declaration",
    "Agreement",
    "Agreements",
    "Act",
    "Plan",
    "Pact",
    "Convention",
    "Treaty",
    "Charter",
    "Framework",
    "Roadmap",
    "Agenda",
    "Partnership",
    "Compact",
    "Law",
    "Mechanism",
    "Facility",
    "Formula",
    "Corridor",
    "Pledge",
    "Arrangement",
    "Accord",
    "Accords",
    "Protocol",
    "Statute",
    "Principles",
    "Guidelines",
    "Goals",
    "Instrument",
    "Regulation",
    "Directive",
    "Process",
    "Sprint",
];

/// Heads that open a name followed by `of`/`for`/`on` (`Ministry of …`, `Declaration on …`).
const ORG_HEADS_FIRST: &[&str] = &[
    "Ministry",
    "Department",
    "Office",
    "Council",
    "Secretariat",
    "Court",
    "Bank",
    "Committee",
    "Commission",
    "Organisation",
    "Organization",
    "Agency",
    "Union",
    "House",
    "Federation",
    "League",
    "Association",
    "Institute",
    "Board",
    "Assembly",
    "Conference",
    "Parliament",
    "Group",
    "Centre",
    "Center",
    "Forum",
    "Fund",
    "Presidency",
];
const PROGRAMME_HEADS_FIRST: &[&str] = &[
    "Declaration",
    "Convention",
    "Treaty",
    "Roadmap",
    "Agreement",
    "Strategy",
    "Programme",
    "Program",
    "Plan",
    "Charter",
    "Agenda",
    "Framework",
    "Initiative",
    "Pact",
    "Protocol",
    "Bill",
    "Act",
    "Statute",
    "Accord",
    "Partnership",
    "Arrangement",
];

/// Lower-case words that may join the capitalised words of one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "the", "&", "de", "du", "des", "la", "le", "von", "van", "der", "den", "to",
];

/// Particles inside personal names (`Staffan de Mistura`, `von der Leyen`).
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "van", "von", "der", "den", "dos", "das", "del", "la", "le", "bin", "al", "el", "ter",
    "ten",
];

/// Capitalised sentence openers that never start a name.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "These",
    "That",
    "Those",
    "Both",
    "Following",
    "At",
    "In",
    "On",
    "For",
    "With",
    "As",
    "By",
    "Since",
    "We",
    "Our",
    "It",
    "Its",
    "They",
    "Their",
    "He",
    "She",
    "His",
    "Her",
    "Together",
    "Moreover",
    "However",
    "Furthermore",
    "Concerning",
    "Through",
    "Under",
    "To",
    "From",
    "And",
    "Also",
    "All",
    "Each",
    "Every",
    "Today",
    "Further",
    "Finally",
    "Meanwhile",
    "Under",
    "Within",
    "Among",
    "Between",
    "During",
    "After",
    "Before",
    "Recalling",
    "Welcoming",
    "Noting",
    "Recognising",
    "Recognizing",
    "Stressing",
    "Underlining",
    "If",
    "When",
    "While",
    "Where",
    "Any",
    "Some",
    "Many",
    "Most",
    "Other",
    "Such",
    "There",
    "Here",
    "Yet",
    "But",
    "Or",
    "Nor",
    "Read",
    "See",
    "More",
    "New",
    "Joint",
    "Several",
    "Current",
    "Existing",
    "Relevant",
];

/// Role cues before a personal name. Multi-word roles end in one of these.
const CUES: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "H.E.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Vice-President",
    "Minister",
    "Secretary-General",
    "Secretary",
    "Commissioner",
    "Ambassador",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Senator",
    "Governor",
    "Mayor",
    "Admiral",
    "Excellency",
    "Honourable",
    "Honorable",
    "Hon.",
    "Chairman",
    "Chairperson",
    "Chairwoman",
    "Chair",
    "Speaker",
    "Envoy",
    "envoy",
    "Representative",
    "Rapporteur",
    "co-chairs",
    "co-chair",
    "co-chaired",
    "Co-chairs",
    "spokesperson",
    "Spokesperson",
    "Judge",
    "Pope",
    "Emir",
    "Sultan",
    "Premier",
    "Taoiseach",
    "Director-General",
    "Director",
    "Deputy",
    "HON.",
    "MR.",
    "DR.",
    "PRESIDENT",
    "MINISTER",
];

/// Capitalised words of roles, portfolios and institutions: never part of a personal name.
const NOT_NAMES: &[&str] = &[
    "Affairs",
    "Foreign",
    "Development",
    "Cooperation",
    "Minister",
    "Secretary",
    "General",
    "State",
    "Trade",
    "Defence",
    "Defense",
    "Finance",
    "Economy",
    "Economic",
    "Justice",
    "Interior",
    "Home",
    "Health",
    "Education",
    "Science",
    "Technology",
    "ICT",
    "Energy",
    "Environment",
    "Climate",
    "Digital",
    "Internal",
    "Market",
    "European",
    "Commission",
    "Commissioner",
    "Union",
    "United",
    "Nations",
    "Republic",
    "Kingdom",
    "Federal",
    "National",
    "International",
    "Security",
    "High",
    "Representative",
    "Policy",
    "President",
    "Vice",
    "Prime",
    "Deputy",
    "Chief",
    "Executive",
    "Director",
    "Ambassador",
    "Special",
    "Envoy",
    "Head",
    "Chair",
    "Chairman",
    "Council",
    "Ministry",
    "Department",
    "Office",
    "Government",
    "Neighbourhood",
    "Enlargement",
    "Crisis",
    "Management",
    "Humanitarian",
    "Aid",
    "Industry",
    "Industrial",
    "Innovation",
    "Research",
    "Agriculture",
    "Fisheries",
    "Transport",
    "Migration",
    "Competition",
    "Values",
    "Transparency",
    "Democracy",
    "Labour",
    "Employment",
    "Social",
    "Rights",
    "Culture",
    "Youth",
    "Sport",
    "Communications",
    "Information",
    "Planning",
    "Budget",
    "Administration",
    "Parliament",
    "Assembly",
    "Senate",
    "Congress",
    "Excellency",
    "Honourable",
    "MP",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Her",
    "His",
    "The",
    "Of",
    "And",
    "For",
    "Vice-President",
    "Secretary-General",
    "Minister-President",
    "Co-operation",
    "Relations",
    "External",
    "Overseas",
    "Commerce",
    "Investment",
    "Infrastructure",
    "Water",
    "Resources",
    "Planning",
    "Tourism",
    "Welfare",
    "Women",
    "Children",
    "Family",
    "Gender",
    "Equality",
    "Food",
    "Maritime",
    "Ocean",
    "Oceans",
    "Urban",
    "Rural",
    "Regional",
    "Local",
    "Communities",
    "Housing",
    "Land",
    "Mines",
    "Mining",
    "Petroleum",
    "Oil",
    "Gas",
    "Power",
    "Electricity",
    "Telecommunications",
    "Posts",
    "Public",
    "Works",
    "Services",
    "Service",
    "Civil",
    "Armed",
    "Forces",
    "Army",
    "Navy",
    "Staff",
    "Police",
    "Intelligence",
    "Cabinet",
    "Chamber",
    "Court",
    "Supreme",
    "Constitutional",
    "Speaker",
    "Mission",
    "Permanent",
    "Delegation",
    "Chancellor",
    "Leader",
    "Opposition",
    "Party",
    "Coordinator",
    "Spokesperson",
    "Adviser",
    "Advisor",
    "Counsellor",
    "Consul",
    "Attaché",
    "Governor",
    "Mayor",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Member",
    "Members",
    "Team",
    "Said",
    "Today",
    "Quad",
    "Consultative",
    "People's",
    "People’s",
    "Representatives",
    "House",
    "Affair",
];

pub fn find_names(text: &str, tokens: &[Token], covered: &dyn Fn(usize, usize) -> Option<EntityKind>) -> Vec<RuleHit> {
    let mut hits = Vec::new();
    find_people(text, tokens, covered, &mut hits);
    find_institutions(text, tokens, &mut hits);
    find_camel_case_initiatives(tokens, &mut hits);
    find_places_beside_countries(tokens, covered, &mut hits);
    hits
}

fn is_cue(t: &Token) -> bool {
    t.word && CUES.contains(&t.text)
}

fn name_like(t: &Token, covered: &dyn Fn(usize, usize) -> Option<EntityKind>) -> bool {
    t.is_capitalised()
        && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && t.text.chars().next().is_some_and(char::is_alphabetic)
        && !NOT_NAMES.contains(&t.text)
        && !CUES.contains(&t.text)
        && !OPENERS.contains(&t.text)
        && !t.text.ends_with(['\'', '’'])
        && !is_possessive(t.text)
        && !matches!(covered(t.start, t.end), Some(k) if k != EntityKind::Person)
}

/// `Thierry Breton` in `Commissioner for the Internal Market, Thierry Breton`,
/// `Lee Jong-Ho` after `Dr.`, `Ulla Tørnæs` before `said`; `and Jack Ma` after a name.
fn find_people(text: &str, t: &[Token], covered: &dyn Fn(usize, usize) -> Option<EntityKind>, hits: &mut Vec<RuleHit>) {
    let mut i = 0;
    while i < t.len() {
        if !is_cue(&t[i]) {
            i += 1;
            continue;
        }
        // Skip the rest of the role (`for Foreign Affairs`, `of the Council,`) to the name.
        let mut j = i + 1;
        let mut skipped_comma = false;
        let limit = (i + 12).min(t.len());
        while j < limit {
            let tok = &t[j];
            if name_like(tok, covered)
                || (PARTICLES.contains(&tok.text) && t.get(j + 1).is_some_and(|n| name_like(n, covered)))
            {
                break;
            }
            let portfolio = tok.word
                && (CONNECTORS.contains(&tok.text)
                    || NOT_NAMES.contains(&tok.text)
                    || is_cue(tok)
                    || tok.is_all_caps()
                    || covered(tok.start, tok.end).is_some());
            let bracket = matches!(tok.text, "(" | ")");
            let comma = tok.text == "," && !skipped_comma;
            if !(portfolio || bracket || comma) {
                j = limit;
                break;
            }
            skipped_comma |= comma;
            j += 1;
        }
        if j >= limit {
            i += 1;
            continue;
        }
        let (end_idx, hit) = person_at(text, t, j, covered);
        if let Some(h) = hit {
            hits.push(h);
            // `Melinda Gates and Jack Ma`: a second name joined by `and`.
            if t.get(end_idx).is_some_and(|a| a.text == "and") {
                let (_, second) = person_at(text, t, end_idx + 1, covered);
                if let Some(s) = second.filter(|s| text[s.start..s.end].contains(' ')) {
                    hits.push(s);
                }
            }
        }
        i = end_idx.max(i + 1);
    }
    // `Ulla Tørnæs said`: two or three name words right before `said`.
    for k in 2..t.len() {
        if t[k].text != "said" {
            continue;
        }
        let mut s = k;
        while s > 0 && k - s < 4 && (name_like(&t[s - 1], covered) || PARTICLES.contains(&t[s - 1].text)) {
            s -= 1;
        }
        if k - s >= 2
            && name_like(&t[s], covered)
            && !hits.iter().any(|h| h.start <= t[s].start && t[k - 1].end <= h.end)
        {
            hits.push(person_hit(text, t[s].start, t[k - 1].end));
        }
    }
}

/// The name starting at token `j`: capitalised words and particles, at most five.
fn person_at(
    text: &str,
    t: &[Token],
    j: usize,
    covered: &dyn Fn(usize, usize) -> Option<EntityKind>,
) -> (usize, Option<RuleHit>) {
    let mut k = j;
    while k < t.len() && k - j < 5 {
        let tok = &t[k];
        let particle = PARTICLES.contains(&tok.text) && t.get(k + 1).is_some_and(|n| name_like(n, covered));
        if !(name_like(tok, covered) || particle) || !adjacent(text, t, j, k) {
            break;
        }
        k += 1;
    }
    if k == j {
        return (j + 1, None);
    }
    (k, Some(person_hit(text, t[j].start, t[k - 1].end)))
}

/// Token `k` continues the run begun at `j` (separated by single spaces only).
fn adjacent(text: &str, t: &[Token], j: usize, k: usize) -> bool {
    k == j || text[t[k - 1].end..t[k].start].chars().all(|c| c == ' ')
}

fn person_hit(text: &str, start: usize, end: usize) -> RuleHit {
    let surface = &text[start..end];
    // `JOHN HOWARD` in a capitals headline is John Howard.
    let canonical =
        (surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)).then(|| title_case(surface));
    RuleHit {
        start,
        end,
        kind: EntityKind::Person,
        canonical,
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut out = String::new();
            let mut upper = true;
            for c in w.chars() {
                if upper {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                upper = c == '-';
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs of capitalised words joined by connectors, classified by head word.
fn find_institutions(text: &str, t: &[Token], hits: &mut Vec<RuleHit>) {
    let mut i = 0;
    while i < t.len() {
        if !t[i].is_capitalised() {
            i += 1;
            continue;
        }
        // The run: capitalised words, connectors only between capitalised words.
        let mut words = vec![i];
        let mut k = i + 1;
        while k < t.len() && adjacent(text, t, k - 1, k) && !is_possessive(t[k - 1].text) {
            if t[k].is_capitalised() {
                words.push(k);
                k += 1;
                continue;
            }
            // One connector (`of`, `and`), or a preposition and an article (`of the`, `von der`).
            let mut c = k;
            if t[c].word && CONNECTORS.contains(&t[c].text) && adjacent(text, t, c - 1, c) {
                c += 1;
                let article = t
                    .get(c)
                    .is_some_and(|a| matches!(a.text, "the" | "la" | "le" | "der" | "den" | "des"));
                if article && t[k].text != "and" && t[k].text != "&" && adjacent(text, t, c - 1, c) {
                    c += 1;
                }
            }
            if c > k && c < t.len() && t[c].is_capitalised() && adjacent(text, t, c - 1, c) {
                words.extend(k..=c);
                k = c + 1;
                continue;
            }
            break;
        }
        classify_run(t, &words, hits);
        i = k.max(i + 1);
    }
}

fn classify_run(t: &[Token], run: &[usize], hits: &mut Vec<RuleHit>) {
    // Drop sentence openers and leading connectors.
    let mut first = 0;
    while first < run.len() && (OPENERS.contains(&t[run[first]].text) || !t[run[first]].is_capitalised()) {
        first += 1;
    }
    let mut run = &run[first..];
    if run.last().is_some_and(|&l| is_possessive(t[l].text)) {
        run = &run[..run.len() - 1];
    }
    if run.len() < 2 {
        return;
    }
    let last = t[run[run.len() - 1]].text;
    let kind = if ORG_HEADS.contains(&last) {
        Some(EntityKind::Organization)
    } else if PROGRAMME_HEADS.contains(&last) {
        Some(EntityKind::Programme)
    } else {
        run.windows(2).find_map(|w| {
            let (head, next) = (t[w[0]].text, t[w[1]].text);
            if !matches!(next, "of" | "for" | "on") {
                return None;
            }
            if ORG_HEADS_FIRST.contains(&head) {
                Some(EntityKind::Organization)
            } else if PROGRAMME_HEADS_FIRST.contains(&head) {
                Some(EntityKind::Programme)
            } else {
                None
            }
        })
    };
    let Some(kind) = kind else { return };
    // A run may not end in a connector (`… and`).
    let mut end_i = run.len() - 1;
    while end_i > 0 && !t[run[end_i]].is_capitalised() {
        end_i -= 1;
    }
    let (start, end) = (t[run[0]].start, t[run[end_i]].end);
    hits.push(RuleHit {
        start,
        end,
        kind,
        canonical: None,
    });
}

/// `TechPlomacy initiative`, `We call it TechVelopment, a track`: a camel-case
/// coinage named as an initiative is a programme.
fn find_camel_case_initiatives(t: &[Token], hits: &mut Vec<RuleHit>) {
    const NOUNS: &[&str] = &[
        "initiative",
        "programme",
        "program",
        "track",
        "project",
        "strategy",
        "platform",
        "campaign",
    ];
    for (k, tok) in t.iter().enumerate() {
        if !tok.word || !is_camel_case(tok.text) {
            continue;
        }
        let next = t.get(k + 1).map(|n| n.text);
        let apposition = next == Some(",")
            && t.get(k + 2).is_some_and(|a| matches!(a.text, "a" | "an" | "the"))
            && t.get(k + 3).is_some_and(|n| NOUNS.contains(&n.text));
        if next.is_some_and(|n| NOUNS.contains(&n)) || apposition {
            hits.push(RuleHit {
                start: tok.start,
                end: tok.end,
                kind: EntityKind::Programme,
                canonical: None,
            });
        }
    }
}

/// `General's`, `Israel’s`: the owner ends here; what follows is another name.
fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

fn is_camel_case(w: &str) -> bool {
    let mut chars = w.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = chars.collect();
    first_upper
        && rest.iter().all(|c| c.is_alphabetic())
        && rest.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        && rest.iter().filter(|c| c.is_lowercase()).count() >= 3
}

/// `at Backåkra, Sweden`: a capitalised word after `in`/`at`/`near`, then a comma
/// and a known place, is a place too.
fn find_places_beside_countries(
    t: &[Token],
    covered: &dyn Fn(usize, usize) -> Option<EntityKind>,
    hits: &mut Vec<RuleHit>,
) {
    for k in 1..t.len().saturating_sub(2) {
        let prep = t[k - 1].text;
        if !matches!(prep, "in" | "at" | "near" | "i" | "à") {
            continue;
        }
        let w = &t[k];
        if w.is_capitalised()
            && covered(w.start, w.end).is_none()
            && !OPENERS.contains(&w.text)
            && t[k + 1].text == ","
            && covered(t[k + 2].start, t[k + 2].end) == Some(EntityKind::Place)
        {
            hits.push(RuleHit {
                start: w.start,
                end: w.end,
                kind: EntityKind::Place,
                canonical: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let toks = tokenize(text);
        let none = |_: usize, _: usize| None;
        let mut v: Vec<_> = find_names(text, &toks, &none)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.kind.as_str()))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    fn has(v: &[(String, &str)], s: &str, k: &str) -> bool {
        v.iter().any(|(a, b)| a == s && *b == k)
    }

    #[test]
    fn people_after_role_cues_with_titles_stripped() {
        let v = names(
            "co-chaired by the European Commissioner for the Internal Market, Thierry Breton and the Korean Minister for Science and ICT (MSIT), Dr. Lee Jong-Ho.",
        );
        assert!(has(&v, "Thierry Breton", "person"), "{v:?}");
        assert!(has(&v, "Lee Jong-Ho", "person"), "{v:?}");
        let v = names(
            "Danish Minister for Development Cooperation Ulla Tørnæs said: fine. His special envoy Staffan de Mistura this morning.",
        );
        assert!(
            has(&v, "Ulla Tørnæs", "person") && has(&v, "Staffan de Mistura", "person"),
            "{v:?}"
        );
        let v = names("led by co-chairs Melinda Gates and Jack Ma. Prime Minister Kristersson said so.");
        assert!(
            has(&v, "Melinda Gates", "person") && has(&v, "Jack Ma", "person") && has(&v, "Kristersson", "person"),
            "{v:?}"
        );
        let v =
            names("At the invitation of Her Excellency Megawati Soekarnoputri, President of the Republic of Indonesia");
        assert!(has(&v, "Megawati Soekarnoputri", "person"), "{v:?}");
        assert!(
            !v.iter().any(|(s, k)| *k == "person" && s.contains("Republic")),
            "{v:?}"
        );
        let v = names("Mr. President, I wish to congratulate you.");
        assert!(!v.iter().any(|(_, k)| *k == "person"), "{v:?}");
    }

    #[test]
    fn organisations_and_programmes_by_head_word() {
        let v = names(
            "the Smart Networks and Services Joint Undertaking and the Ministry of Science and ICT (MSIT) and the Internet Engineering Task Force.",
        );
        assert!(
            has(&v, "Smart Networks and Services Joint Undertaking", "organization"),
            "{v:?}"
        );
        assert!(has(&v, "Ministry of Science and ICT", "organization"), "{v:?}");
        assert!(has(&v, "Internet Engineering Task Force", "organization"), "{v:?}");
        let v = names(
            "the Tallinn Declaration of 2017, the UN Secretary General's Roadmap on Digital Cooperation and the upcoming Global Digital Cooperation Strategy to be",
        );
        assert!(has(&v, "Tallinn Declaration", "programme"), "{v:?}");
        assert!(has(&v, "Roadmap on Digital Cooperation", "programme"), "{v:?}");
        assert!(has(&v, "Global Digital Cooperation Strategy", "programme"), "{v:?}");
        let v = names("The Council notes. The Panel is convened.");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn camel_case_initiatives_and_places_beside_countries() {
        let v = names("as part of the TechPlomacy initiative. We call it TechVelopment, a track under it.");
        assert!(
            has(&v, "TechPlomacy", "programme") && has(&v, "TechVelopment", "programme"),
            "{v:?}"
        );
        let text = "at the retreat at Backåkra, Sweden, on 22 April";
        let toks = tokenize(text);
        let sweden = text.find("Sweden").unwrap();
        let covered = move |s: usize, _e: usize| (s == sweden).then_some(EntityKind::Place);
        let hits = find_names(text, &toks, &covered);
        assert!(
            hits.iter()
                .any(|h| &text[h.start..h.end] == "Backåkra" && h.kind == EntityKind::Place)
        );
    }
}
