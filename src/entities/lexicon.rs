//! Gazetteers: `canonical | alias | ~case-insensitive alias` per line, one file
//! per entity kind in `assets/lexicon/`, embedded in the binary; plus the
//! user's `entities.txt`. Matched leftmost-longest, on whole words, through
//! an index of the surfaces by their first word.

use super::surfaces::{Surfaces, hash, is_word_char, scan_word};
use super::tokens::{Token, tokenize_into};

use crate::document::EntityKind;

/// The lexicons shipped with attache, by kind. The cities' list is the only
/// one read as weak (`Lexicon::weak`): it is long and gathered by no hand.
const BUILT_IN: &[(EntityKind, &str)] = &[
    (EntityKind::Place, include_str!("../../assets/lexicon/place.txt")),
    (EntityKind::Place, include_str!("../../assets/lexicon/place-names.txt")),
    (
        EntityKind::Organization,
        include_str!("../../assets/lexicon/organization.txt"),
    ),
    (
        EntityKind::Programme,
        include_str!("../../assets/lexicon/programme.txt"),
    ),
    (EntityKind::Person, include_str!("../../assets/lexicon/person.txt")),
];

/// Cities of the world (`scripts/build-city-lexicon`), matched weakly.
const CITIES: &str = include_str!("../../assets/lexicon/place-cities.txt");

/// One lexicon line: a canonical name and its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub canonical: String,
    pub kind: EntityKind,
}

/// A lexicon line that could not be used, reported with its line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconWarning {
    pub source: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LexiconWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.message)
    }
}

/// Whether the words on either side of `start..end` (across spaces only)
/// are no capitalised words: `in Boden,`, not `Surin Pitsuwan`.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let after = text[end..].trim_start_matches(' ');
    let capital_before = before.len() < start
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',', ':', ';']));
    let capital_after = after.len() < text.len() - end && after.starts_with(char::is_uppercase);
    !capital_before && !capital_after
}

/// A matched lexicon surface: byte range in the text and the entry it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconHit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

pub struct Lexicon {
    pub entries: Vec<Entry>,
    /// Surfaces matched as written.
    exact: Surfaces,
    /// Surfaces matched with ASCII letters in any case (stored lower-cased).
    folded: Surfaces,
    /// Entries matched weakly: only as written, and only where no capitalised
    /// word stands next to the match. A city's name is often a person's too
    /// (`Surin Pitsuwan`, `Ibrahim Boubacar Keita`, `Ararat Mirzoyan`); beside
    /// another name it is left to the name's reading.
    weak: std::ops::Range<usize>,
}

/// Surfaces shorter than this in ALL CAPS are acronyms already (`EU`, `UN`),
/// so only longer ones get an upper-case twin for headlines in capitals.
const MIN_CAPS_TWIN: usize = 4;

/// The warnings `Lexicon::build` would give for the user's `entities.txt`,
/// without building anything (for a load served from the index cache).
pub fn check_user(name: &str, text: &str) -> Vec<LexiconWarning> {
    let mut warnings = Vec::new();
    parse_into(text, None, name, &mut Vec::new(), &mut Vec::new(), &mut warnings);
    warnings
}

impl Lexicon {
    /// Builds from the built-in files plus user text (`entities.txt`, whose
    /// lines name their kind first: `place: Backåkra | Backakra`).
    pub fn build(user: Option<(&str, &str)>) -> (Lexicon, Vec<LexiconWarning>) {
        let mut entries = Vec::new();
        let mut surfaces: Vec<(String, usize, bool)> = Vec::new();
        let mut warnings = Vec::new();
        for (kind, text) in BUILT_IN {
            let source = format!("assets/lexicon/{}.txt", kind.as_str());
            parse_into(text, Some(*kind), &source, &mut entries, &mut surfaces, &mut warnings);
        }
        let weak_start = entries.len();
        let strong_surfaces = surfaces.len();
        let source = "assets/lexicon/place-cities.txt";
        parse_into(
            CITIES,
            Some(EntityKind::Place),
            source,
            &mut entries,
            &mut surfaces,
            &mut warnings,
        );
        let weak = weak_start..entries.len();
        if let Some((name, text)) = user {
            parse_into(text, None, name, &mut entries, &mut surfaces, &mut warnings);
        }
        let (mut exact, mut folded) = (Vec::new(), Vec::new());
        for (k, (s, entry, ci)) in surfaces.into_iter().enumerate() {
            // (A weak surface has no twin in capitals or folded case.)
            if k >= strong_surfaces && weak.contains(&entry) {
                exact.push((s, entry));
                continue;
            }
            if ci {
                folded.push((s.to_lowercase(), entry));
                continue;
            }
            let upper = s.to_uppercase();
            if upper != s && s.chars().count() >= MIN_CAPS_TWIN {
                exact.push((upper, entry));
            }
            // Long names survive lower-cased words (`Pacific islands Forum`); the
            // match must still begin with a capital (checked in `find`).
            if s.split(' ').count() >= 3 {
                folded.push((s.to_lowercase(), entry));
            }
            exact.push((s, entry));
        }
        let lexicon = Lexicon {
            entries,
            exact: Surfaces::new(exact, false),
            folded: Surfaces::new(folded, true),
            weak,
        };
        (lexicon, warnings)
    }

    /// Every whole-word lexicon match in `text`, leftmost-longest.
    pub fn find(&self, text: &str) -> Vec<LexiconHit> {
        let (mut tokens, mut hits) = (Vec::new(), Vec::new());
        tokenize_into(text, &mut tokens);
        self.find_into(text, &tokens, &mut hits);
        hits
    }

    /// `find`, given the text's tokens: a word that begins a token was read by
    /// the tokenizer, which gives where its first run of letters and digits
    /// ends and that run's hash. Into `hits`, cleared first.
    pub fn find_into(&self, text: &str, tokens: &[Token], hits: &mut Vec<LexiconHit>) {
        hits.clear();
        let bytes = text.as_bytes();
        let mut next_token = 0;
        let (mut i, mut reach, mut after_word) = (0, 0, false);
        // A name begins at a word start: an alphanumeric character, or a symbol
        // such as `$` or `€`, not preceded by one. Byte by byte, decoding only
        // non-ASCII characters: this loop sees every byte of every clause.
        while i < bytes.len() {
            let (c, len) = match bytes[i] {
                b if b.is_ascii() => (char::from(b), 1),
                _ => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    (c, c.len_utf8())
                }
            };
            let start = i;
            if is_word_char(c) {
                while next_token < tokens.len() && tokens[next_token].start < i {
                    next_token += 1;
                }
                let (end, first_word) = match tokens.get(next_token) {
                    Some(t) if t.start == i && t.lead_end > i => (t.lead_end, t.lead_hash),
                    _ => scan_word(text, i),
                };
                if start >= reach
                    && self.may_begin(text, start, first_word)
                    && let Some(hit) = self.find_at(text, start, end, first_word)
                    && (!self.weak.contains(&hit.entry) || stands_alone(text, hit.start, hit.end))
                {
                    reach = hit.end;
                    hits.push(hit);
                }
                after_word = true;
                i = end;
                continue;
            }
            let symbol = !after_word && !c.is_whitespace() && !c.is_ascii_punctuation();
            if symbol
                && start >= reach
                && let Some(hit) = self.find_at(text, start, start, 0)
            {
                reach = hit.end;
                hits.push(hit);
            }
            after_word = false;
            i += len;
        }
    }

    /// A cheap test that rules out most words: whether a surface, exact or
    /// folded, may begin with the word at `start` (hashed as written).
    #[inline]
    fn may_begin(&self, text: &str, start: usize, first_word: u64) -> bool {
        let first = text.as_bytes()[start];
        if first.is_ascii_lowercase() {
            // Folded surfaces must begin with a capital.
            return self.exact.may_begin(first, first_word);
        }
        true
    }

    /// The longest whole-word match beginning at `start`, whose first word ends
    /// at `word_end` and has this hash (as written).
    fn find_at(&self, text: &str, start: usize, word_end: usize, first_word: u64) -> Option<LexiconHit> {
        let exact = self.exact.longest_at(text, start, word_end, first_word);
        // Lower-cased words inside a long name are forgiven (`Pacific islands
        // Forum`), but the name must still begin with a capital.
        let capital = match text.as_bytes()[start] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => text[start..].starts_with(char::is_uppercase),
        };
        let folded = capital
            .then(|| {
                let folded_word = hash(&text[start..word_end], true);
                self.folded.longest_at(text, start, word_end, folded_word)
            })
            .flatten();
        let (end, entry) = match (exact, folded) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        }?;
        if !whole_word(text, start, end) {
            return None;
        }
        let (start, end) = self.continued(text, start, end, entry);
        Some(LexiconHit { start, end, entry })
    }

    /// `the 1961 Vienna Convention on Diplomatic Relations`: an alias (`1961
    /// Vienna Convention`) that the text carries on into the rest of its
    /// canonical name is read to the end of it, and what the alias had before
    /// the name (a year, a title: `Sheikh Tamim` …) is left out: the name is
    /// printed whole.
    fn continued(&self, text: &str, start: usize, end: usize, entry: usize) -> (usize, usize) {
        let canonical = self.entries[entry].canonical.as_str();
        let surface = &text[start..end];
        let Some(p) = std::iter::once(0)
            .chain(surface.match_indices(' ').map(|(i, _)| i + 1))
            .find(|&p| {
                p < surface.len() && surface.len() - p < canonical.len() && canonical.starts_with(&surface[p..])
            })
        else {
            return (start, end);
        };
        let rest = &canonical[surface.len() - p..];
        if !(rest.starts_with(' ') && text[end..].starts_with(rest) && whole_word(text, start, end + rest.len())) {
            return (start, end);
        }
        (start + p, end + rest.len())
    }

    /// The entry whose canonical name or alias is exactly `surface`, if any.
    pub fn lookup(&self, surface: &str) -> Option<usize> {
        let (first, key) = scan_word(surface, 0);
        self.exact
            .longest_at(surface, 0, first, key)
            .and_then(|(end, entry)| (end == surface.len()).then_some(entry))
    }
}

fn parse_into(
    text: &str,
    kind: Option<EntityKind>,
    source: &str,
    entries: &mut Vec<Entry>,
    surfaces: &mut Vec<(String, usize, bool)>,
    warnings: &mut Vec<LexiconWarning>,
) {
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let warn = |message: String| LexiconWarning {
            source: source.to_string(),
            line: n + 1,
            message,
        };
        let (kind, rest) = match kind {
            Some(k) => (k, line),
            None => {
                let Some((k, rest)) = line.split_once(':') else {
                    warnings.push(warn("expected `kind: Name | Alias` (kinds: person, organization, place, date, money, reference, programme)".into()));
                    continue;
                };
                match EntityKind::parse(k) {
                    Some(kind) => (kind, rest),
                    None => {
                        warnings.push(warn(format!("unknown kind {:?}", k.trim())));
                        continue;
                    }
                }
            }
        };
        let fields: Vec<&str> = rest.split('|').map(str::trim).collect();
        let canonical = fields[0].trim_start_matches('~').trim();
        if canonical.is_empty() {
            warnings.push(warn("empty canonical name".into()));
            continue;
        }
        let entry = entries.len();
        entries.push(Entry {
            canonical: canonical.to_string(),
            kind,
        });
        for (k, f) in fields.into_iter().enumerate() {
            let (ci, s) = match f.strip_prefix('~') {
                Some(s) => (true, s.trim()),
                None => (false, f),
            };
            if s.chars().count() >= 2 {
                surfaces.push((s.to_string(), entry, ci));
            } else if !s.is_empty() {
                warnings.push(warn(format!("alias {s:?} is too short to match safely")));
            }
            // `Ungarns`, `Polens`, `Danmarks`, `Sveriges`: the German, Dutch
            // and Nordic genitive of a place's name in those languages (not
            // of its English name, whose `s` would be a plural's).
            if kind == EntityKind::Place && k > 0 && is_genitive_stem(s) {
                surfaces.push((format!("{s}s"), entry, false));
            }
        }
    }
}

/// A one-word name in the Latin script, capitalised, of four letters or
/// more, that does not end in a sibilant: its genitive adds an `s`
/// (`Ungarn`, `Danmark`, `Sverige`, `Bulgarien`).
fn is_genitive_stem(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase)
        && name.chars().count() >= 4
        && chars.all(|c| c.is_lowercase() && (c.is_ascii_lowercase() || ('ß'..='ÿ').contains(&c)))
        && !name.ends_with(['s', 'x', 'z'])
        // (`America`, `Guinea`, `Turkey`: an English name's `s` is a plural's.)
        && !(name.is_ascii() && name.ends_with(['a', 'y']))
}

/// True when `text[start..end]` is not glued to letters or digits on either side.
pub fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    // `Paris-aligned` is not Paris (nor is `Paris‑aligned`, with a hyphen
    // that must not break).
    let hyphen = |c: char| matches!(c, '-' | '\u{2010}' | '\u{2011}');
    let glued_after = after.is_some_and(hyphen) && text[end..].chars().nth(1).is_some_and(char::is_lowercase);
    // `pro-Russia`, `non-EU` are not Russia or the EU alone; `India-Pakistan`
    // (two names joined) is Pakistan too: the word before the hyphen decides.
    let glued_before = before.filter(|&c| hyphen(c)).is_some_and(|c| {
        let head = &text[..start - c.len_utf8()];
        let word = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .last()
            .map_or("", |(i, _)| &head[i..]);
        // (`Euro-Atlantic`, `Trans-Pacific`, `Sino-Japanese`: a combining form.)
        word.starts_with(char::is_lowercase)
            || matches!(
                word,
                "Euro"
                    | "Trans"
                    | "Anglo"
                    | "Franco"
                    | "Sino"
                    | "Indo"
                    | "Afro"
                    | "Pan"
                    | "Ibero"
                    | "Russo"
                    | "Greco"
                    | "Austro"
                    | "Italo"
                    | "Mid"
                    | "Sub"
                    | "Inter"
                    | "Non"
                    | "Anti"
                    | "Pro"
                    | "Post"
                    | "Pre"
                    | "Nordic"
            )
    });
    !(glued_after || glued_before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(lex: &Lexicon, text: &str) -> Vec<(String, &'static str)> {
        lex.find(text)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_string(), lex.entries[h.entry].kind.as_str()))
            .collect()
    }

    #[test]
    fn a_city_of_the_world_list_is_a_place_alone_not_beside_a_name() {
        let (lex, _) = Lexicon::build(None);
        let found = names(
            &lex,
            "The ministers met in Estoril and then in Senaki. Surin Pitsuwan spoke.",
        );
        assert!(found.contains(&("Estoril".to_string(), "place")), "{found:?}");
        assert!(found.contains(&("Senaki".to_string(), "place")), "{found:?}");
        assert!(!found.iter().any(|(s, _)| s == "Surin"), "{found:?}");
        // No twin in capitals for a weak name.
        assert!(names(&lex, "ESTORIL").is_empty());
    }

    #[test]
    fn matches_aliases_on_whole_words_longest_first() {
        let (lex, w) = Lexicon::build(None);
        assert!(w.is_empty(), "{w:?}");
        let found = names(
            &lex,
            "The Republic of Korea (ROK) and the EU met in Seoul; Koreans cheered.",
        );
        assert!(found.contains(&("Republic of Korea".into(), "place")), "{found:?}");
        assert!(found.contains(&("ROK".into(), "place")));
        assert!(found.contains(&("Seoul".into(), "place")));
        assert!(!found.iter().any(|(s, _)| s == "Korea"), "{found:?}");
    }

    #[test]
    fn an_alias_the_text_carries_on_into_its_full_name_is_read_whole() {
        let user = "programme: Vienna Convention on Diplomatic Relations | 1961 Vienna Convention\n";
        let (lex, w) = Lexicon::build(Some(("entities.txt", user)));
        assert!(w.is_empty(), "{w:?}");
        let found = names(
            &lex,
            "a violation of the 1961 Vienna Convention on Diplomatic Relations.",
        );
        assert!(
            found.contains(&("Vienna Convention on Diplomatic Relations".into(), "programme")),
            "{found:?}"
        );
        // The alias alone stays as printed.
        let found = names(&lex, "a violation of the 1961 Vienna Convention, and of");
        assert!(
            found.contains(&("1961 Vienna Convention".into(), "programme")),
            "{found:?}"
        );
    }

    #[test]
    fn all_caps_headlines_match_long_names() {
        let (lex, _) = Lexicon::build(None);
        let found = names(&lex, "VISIT OF THE PRIME MINISTER OF AUSTRALIA TO INDONESIA");
        assert!(found.contains(&("AUSTRALIA".into(), "place")), "{found:?}");
        assert!(found.contains(&("INDONESIA".into(), "place")));
    }

    #[test]
    fn user_entries_need_a_kind_and_bad_lines_are_reported_with_numbers() {
        let user = "# mine\nplace: Backåkra\nnonsense line\nrobot: R2D2\norganization: Team Blue | TB\n";
        let (lex, w) = Lexicon::build(Some(("entities.txt", user)));
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].line, 3);
        assert_eq!(w[1].to_string(), "entities.txt:4: unknown kind \"robot\"");
        assert!(names(&lex, "at Backåkra with TB").len() == 2);
    }

    #[test]
    fn case_insensitive_entries_match_any_case() {
        let (lex, _) = Lexicon::build(Some(("u", "programme: ~Grain Deal\n")));
        assert_eq!(
            names(&lex, "the grain deal held"),
            vec![("grain deal".to_string(), "programme")]
        );
    }

    #[test]
    fn names_printed_with_typographic_joiners_are_found() {
        let (lex, _) = Lexicon::build(None);
        let text = "Timor\u{2011}Leste, Guinea\u{2010}Bissau and Côte d’Ivoire signed.";
        let found = names(&lex, text);
        for name in ["Timor\u{2011}Leste", "Guinea\u{2010}Bissau", "Côte d’Ivoire"] {
            assert!(found.contains(&(name.into(), "place")), "{name}: {found:?}");
        }
        assert_eq!(lex.find(text), Oracle::new(&lex).find(text));
    }

    /// `text` with typographic joiners as ASCII, and where each of its bytes
    /// was in `text` (one more for its end).
    fn plain(text: &str) -> (String, Vec<usize>) {
        let (mut plain, mut at) = (String::new(), Vec::new());
        for (i, c) in text.char_indices() {
            let c = match c {
                '\u{2010}' | '\u{2011}' => '-',
                '’' => '\'',
                c => c,
            };
            at.extend((0..c.len_utf8()).map(|_| i));
            plain.push(c);
        }
        at.push(text.len());
        (plain, at)
    }

    /// The matcher this module used before `Surfaces`: an anchored
    /// leftmost-longest Aho-Corasick search at every word start. `find` must
    /// give exactly what it gave.
    struct Oracle {
        exact: (aho_corasick::AhoCorasick, Vec<usize>),
        folded: (aho_corasick::AhoCorasick, Vec<usize>),
        weak: std::ops::Range<usize>,
    }

    impl Oracle {
        fn new(lex: &Lexicon) -> Oracle {
            use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};
            let build = |s: &Surfaces| {
                let ac = AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(s.fold)
                    .start_kind(StartKind::Anchored)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(s.list.iter().map(|(t, _)| plain(t).0))
                    .unwrap();
                (ac, s.list.iter().map(|(_, e)| *e).collect())
            };
            Oracle {
                exact: build(&lex.exact),
                folded: build(&lex.folded),
                weak: lex.weak.clone(),
            }
        }

        /// Typographic joiners match as their ASCII forms: the oracle searches
        /// the text with them replaced and maps the hits back.
        fn find(&self, text: &str) -> Vec<LexiconHit> {
            let (plain, at) = plain(text);
            let mut hits = self.find_plain(&plain);
            for h in &mut hits {
                (h.start, h.end) = (at[h.start], at[h.end]);
            }
            hits
        }

        fn find_plain(&self, text: &str) -> Vec<LexiconHit> {
            use aho_corasick::{Anchored, Input};
            let mut hits = Vec::new();
            let mut reach = 0;
            let mut prev_alnum = false;
            let starts: Vec<usize> = text
                .char_indices()
                .filter_map(|(i, c)| {
                    let alnum = c.is_alphanumeric();
                    let start = !prev_alnum && (alnum || !c.is_whitespace() && !c.is_ascii_punctuation());
                    prev_alnum = alnum;
                    start.then_some(i)
                })
                .collect();
            for start in starts {
                if start < reach {
                    continue;
                }
                let input = Input::new(text).range(start..).anchored(Anchored::Yes);
                let exact = self.exact.0.find(input.clone()).map(|m| (m, &self.exact.1));
                let capital = text[start..].starts_with(char::is_uppercase);
                let folded = capital
                    .then(|| self.folded.0.find(input))
                    .flatten()
                    .map(|m| (m, &self.folded.1));
                let best = match (exact, folded) {
                    (Some(a), Some(b)) => Some(if b.0.end() > a.0.end() { b } else { a }),
                    (a, b) => a.or(b),
                };
                let weak_beside_name = |m: &aho_corasick::Match, ids: &Vec<usize>| {
                    self.weak.contains(&ids[m.pattern().as_usize()]) && !stands_alone(text, m.start(), m.end())
                };
                if let Some((m, ids)) =
                    best.filter(|(m, ids)| whole_word(text, m.start(), m.end()) && !weak_beside_name(m, ids))
                {
                    hits.push(LexiconHit {
                        start: m.start(),
                        end: m.end(),
                        entry: ids[m.pattern().as_usize()],
                    });
                    reach = m.end();
                }
            }
            hits
        }
    }

    #[test]
    fn agrees_with_the_automaton_on_the_seeds() {
        let (lex, _) = Lexicon::build(Some(("u", "programme: ~Grain Deal\nplace: Backåkra\n")));
        let oracle = Oracle::new(&lex);
        let mut hits = 0;
        for (name, bytes) in crate::seeds::SEEDS {
            let text = String::from_utf8_lossy(bytes);
            for line in text.lines() {
                let found = lex.find(line);
                assert_eq!(found, oracle.find(line), "{name}: {line}");
                hits += found.len();
            }
        }
        assert!(hits > 100, "{hits}");
    }

    use proptest::prelude::*;

    /// Texts built from pieces of lexicon surfaces, cut, glued, re-cased and
    /// mixed with words and punctuation: the places two matchers could differ.
    fn text() -> impl Strategy<Value = Vec<(usize, u8, u8)>> {
        proptest::collection::vec((0usize..100_000, 0u8..8, 0u8..16), 0..24)
    }

    fn render(lex: &Lexicon, pieces: &[(usize, u8, u8)]) -> String {
        const GLUE: &[&str] = &[
            " ", " ", " ", ", ", "-", "\u{2011}", " (", ") ", "’s ", "'s ", "s ", "n ", " $", "€", "\n", "  ", ". ",
            "/",
        ];
        const WORDS: &[&str] = &[
            "the", "The", "of", "and", "EU", "é", "Ünion", "1325", "Korean", "aligned",
        ];
        let mut out = String::new();
        for &(pick, variant, glue) in pieces {
            let (surface, _) = &lex.exact.list[pick % lex.exact.list.len()];
            let piece: String = match variant {
                0 => surface.to_string(),
                1 => surface.to_lowercase(),
                2 => surface.to_uppercase(),
                3 => surface.chars().take(pick % 7 + 1).collect(),
                4 => surface.chars().skip(pick % 5).collect(),
                5 => lex.folded.list[pick % lex.folded.list.len()].0.to_string(),
                _ => WORDS[pick % WORDS.len()].to_string(),
            };
            out.push_str(&piece);
            out.push_str(GLUE[usize::from(glue) % GLUE.len()]);
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn agrees_with_the_automaton_on_made_up_texts(pieces in text()) {
            thread_local! {
                static BUILT: (Lexicon, Oracle) = {
                    let (lex, _) = Lexicon::build(None);
                    let oracle = Oracle::new(&lex);
                    (lex, oracle)
                };
            }
            BUILT.with(|(lex, oracle)| {
                let t = render(lex, &pieces);
                prop_assert_eq!(lex.find(&t), oracle.find(&t), "{:?}", t);
                Ok(())
            })?;
        }
    }
}
