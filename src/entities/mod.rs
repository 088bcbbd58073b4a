//! Entity extraction, offline: lexicons (`lexicon.rs`), shapes (`patterns.rs`)
//! and name rules (`names.rs`) propose spans; this module resolves overlaps
//! (leftmost, then longest, then lexicon before rules) and links aliases within
//! a document (`Ministry of Science and ICT (MSIT)` makes `MSIT` the ministry;
//! `Samuelsen` after `Anders Samuelsen` is the same person).

mod given;
mod heads;
mod lexicon;
mod merge;
mod money;
mod names;
mod patterns;
mod people;
mod references;
mod siblings;
mod surfaces;
mod tokens;
mod vocab;

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use memchr::memmem;

use crate::document::EntityKind;
pub use lexicon::{Lexicon, LexiconWarning, check_user as check_user_lexicon};
use names::find_names;
use patterns::Patterns;
use tokens::{Token, tokenize_into};

/// One entity occurrence found in a text: byte range, kind and canonical name
/// (borrowed from the lexicon or the text where it can be: most mentions
/// name an entity already named, and need no copy of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<'a> {
    pub range: Range<u32>,
    pub kind: EntityKind,
    pub canonical: Cow<'a, str>,
}

/// Everything extraction needs, built once per session.
pub struct Extractor {
    lexicon: Lexicon,
    patterns: Patterns,
}

/// Which source proposed a span; on equal spans the earlier source wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Pattern,
    Lexicon,
    Rule,
    Alias,
}

/// A proposed span; its canonical name borrows the lexicon's where it has one.
#[derive(Clone, Debug)]
struct Candidate<'a> {
    start: usize,
    end: usize,
    kind: EntityKind,
    canonical: Option<Cow<'a, str>>,
    source: Source,
}

impl Extractor {
    /// Built-in lexicons plus the user's `entities.txt` (name, text), if any.
    pub fn new(user: Option<(&str, &str)>) -> (Extractor, Vec<LexiconWarning>) {
        let (lexicon, warnings) = Lexicon::build(user);
        given::warm();
        (
            Extractor {
                lexicon,
                patterns: Patterns::new(),
            },
            warnings,
        )
    }

    /// Extracts from every text of one document (header lines first, then
    /// clauses), linking aliases across them. Returns one list per text.
    pub fn extract_document<'a>(&'a self, texts: &[&'a str]) -> Vec<Vec<Found<'a>>> {
        let mut scratch = Scratch::default();
        // The document's words in capitals (`TTC`): an acronym made of a name's
        // initials is an alias only where the document uses it.
        let mut capitals: merge::FastSet<&'a str> = merge::FastSet::default();
        let resolved: Vec<Vec<Candidate<'a>>> = texts
            .iter()
            .map(|t| {
                let cands = resolve(self.candidates(t, &mut scratch));
                capitals.extend(
                    scratch
                        .tokens
                        .iter()
                        .filter(|w| w.word && (3..=8).contains(&w.text.len()) && w.is_all_caps())
                        .map(|w| w.text),
                );
                cands
            })
            .collect();
        let aliases = document_aliases(texts, &resolved, &capitals);
        let keys: Vec<&str> = aliases.keys().map(String::as_str).filter(|k| !k.is_empty()).collect();
        let search = AliasSearch::new(&keys);
        let finals: Vec<Vec<Candidate<'a>>> = resolved
            .into_iter()
            .zip(texts)
            .map(|(mut cands, text)| {
                if let Some(search) = &search {
                    let mentions = alias_mentions(text, search, &keys, &aliases);
                    // Resolving what is resolved already changes nothing.
                    if !mentions.is_empty() {
                        cands.extend(mentions);
                        cands = resolve(cands);
                    }
                }
                // A rule's span that is an alias (`Commission` read as a body of
                // its own) takes the aliased name: on equal spans the rule won.
                for c in cands.iter_mut().filter(|c| c.source == Source::Rule) {
                    if let Some((kind, canonical)) = aliases.get(&text[c.start..c.end])
                        && *kind == c.kind
                    {
                        c.canonical = Some(Cow::Owned(canonical.clone()));
                    }
                }
                cands
            })
            .collect();
        let found: Vec<Vec<Found<'a>>> = finals
            .into_iter()
            .zip(texts)
            .map(|(cands, text)| cands.into_iter().map(|c| to_found(text, c)).collect())
            .collect();
        merge_forms(found)
    }

    /// The proposed spans of one text. `scratch` holds buffers kept from one
    /// text to the next, so that a clause allocates little but its result.
    fn candidates<'t>(&self, text: &'t str, scratch: &mut Scratch<'t>) -> Vec<Candidate<'_>> {
        let Scratch {
            tokens,
            lexicon_hits,
            pattern_hits,
            pattern_buffers,
            rule_hits,
            rule_words,
        } = scratch;
        self.patterns.find_into(text, pattern_buffers, pattern_hits);
        tokenize_into(text, tokens);
        self.lexicon.find_into(text, tokens, lexicon_hits);
        // Lexicon hits come in order of start, so `covered`, asked once per
        // token, finds its place by binary search rather than a scan.
        debug_assert!(lexicon_hits.windows(2).all(|w| w[0].start < w[1].start));
        let by_start = &lexicon_hits[..];
        let covered = |s: usize, e: usize| {
            let upto = by_start.partition_point(|h| h.start <= s);
            by_start[..upto]
                .iter()
                .rev()
                .take(4)
                .find(|h| e <= h.end)
                .map(|h| self.lexicon.entries[h.entry].kind)
        };
        find_names(text, tokens, &covered, rule_hits, rule_words);
        let mut out = Vec::with_capacity(pattern_hits.len() + lexicon_hits.len() + rule_hits.len());
        for h in pattern_hits.iter() {
            out.push(Candidate {
                start: h.start,
                end: h.end,
                kind: h.kind,
                canonical: None,
                source: Source::Pattern,
            });
        }
        for h in lexicon_hits.iter() {
            let e = &self.lexicon.entries[h.entry];
            // `EU Action Plan on Human Rights and Democracy 2020-2024`: a known
            // programme's edition is named by its years, and is its own.
            let edition = (e.kind == EntityKind::Programme)
                .then(|| year_range_after(text, h.end))
                .flatten();
            out.push(Candidate {
                start: h.start,
                end: edition.unwrap_or(h.end),
                kind: e.kind,
                canonical: edition.is_none().then_some(Cow::Borrowed(e.canonical.as_str())),
                source: Source::Lexicon,
            });
        }
        for mut h in rule_hits.drain(..) {
            // `Article 130u of the EC Treaty`: the act an article is cited from.
            if h.kind == EntityKind::Programme
                && let Some(at) = article_of(&text[h.start..h.end])
            {
                h.start += at;
                h.canonical = None;
            }
            // Not over a place or a person the gazetteer knows (`Ministry of
            // Foreign Affairs, Japan and China`: a list of its own).
            if matches!(h.kind, EntityKind::Organization | EntityKind::Programme)
                && let Some(end) = listed_object_end(text, h.start, h.end)
                && !lexicon_hits.iter().any(|l| {
                    l.start >= h.end
                        && l.start < end
                        && matches!(
                            self.lexicon.entries[l.entry].kind,
                            EntityKind::Place | EntityKind::Person
                        )
                })
            {
                h.end = end;
                h.canonical = None;
            }
            // A rule span that is exactly a lexicon surface takes the lexicon's name.
            let canonical = h.canonical.map(Cow::Owned).or_else(|| {
                self.lexicon
                    .lookup(&text[h.start..h.end])
                    .filter(|&i| self.lexicon.entries[i].kind == h.kind)
                    .map(|i| Cow::Borrowed(self.lexicon.entries[i].canonical.as_str()))
            });
            out.push(Candidate {
                start: h.start,
                end: h.end,
                kind: h.kind,
                canonical,
                source: Source::Rule,
            });
        }
        // The header is one text with a line per field: no mention runs across two
        // (a `\s` in a pattern made `$` + `8318/24` on the next line money `$\n831`,
        // an alias with a line break; found by fuzzing).
        if memchr::memchr(b'\n', text.as_bytes()).is_some() {
            out.retain(|c| !text[c.start..c.end].contains('\n'));
        }
        out
    }
}

/// Buffers kept from one text of a document to the next.
#[derive(Default)]
struct Scratch<'t> {
    tokens: Vec<Token<'t>>,
    lexicon_hits: Vec<lexicon::LexiconHit>,
    pattern_hits: Vec<patterns::PatternHit>,
    pattern_buffers: patterns::Buffers,
    rule_hits: Vec<names::RuleHit>,
    rule_words: Vec<usize>,
}

/// Leftmost first; at one start the longest; on equal spans the earlier source.
fn resolve(mut cands: Vec<Candidate<'_>>) -> Vec<Candidate<'_>> {
    cands.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.source.cmp(&b.source))
    });
    // Kept in place: `cands[..kept]` is the result so far, never longer than
    // the candidates read, and a candidate dropped is swapped past it.
    let (mut kept, mut reach) = (0, 0);
    for r in 0..cands.len() {
        let c = &cands[r];
        if c.start >= reach || kept == 0 {
            reach = c.end;
            cands.swap(kept, r);
            kept += 1;
        } else if c.end > reach && cands[kept - 1].source >= Source::Rule && c.source == Source::Lexicon {
            // A rule span that cuts a lexicon name in two gives way to it.
            reach = if kept >= 2 { cands[kept - 2].end } else { 0 };
            if cands[r].start >= reach {
                reach = cands[r].end;
                cands.swap(kept - 1, r);
            }
        } else if c.end > reach
            && c.source == Source::Pattern
            && c.kind == EntityKind::Reference
            && cands[kept - 1].source == Source::Rule
        {
            // `Decision Assembly/AU/Dec.356(XXIII)`: a symbol the name rules
            // took the start of (`Decision Assembly`) is the symbol.
            reach = if kept >= 2 { cands[kept - 2].end } else { 0 };
            if cands[r].start >= reach {
                reach = cands[r].end;
                cands.swap(kept - 1, r);
            }
        } else if c.end > reach
            && c.kind == EntityKind::Person
            && c.source == Source::Rule
            && cands[kept - 1].kind == EntityKind::Person
            && cands[kept - 1].source == Source::Lexicon
        {
            // `Sheikh Tamim bin Hamad Al Thani`: a known person's short form
            // (`Sheikh Tamim`) inside the whole name the rules read is the
            // whole name, the known person's.
            let canonical = cands[kept - 1].canonical.take();
            reach = cands[r].end;
            cands.swap(kept - 1, r);
            cands[kept - 1].canonical = canonical;
        }
    }
    cands.truncate(kept);
    cands
}

/// Names of one body in several forms take one name (`merge.rs`): a surname
/// alone, a possessive, a compound's parties in another order, a short name
/// that ends a longer one.
fn merge_forms(mut found: Vec<Vec<Found<'_>>>) -> Vec<Vec<Found<'_>>> {
    let mut names: Vec<(EntityKind, String)> = Vec::new();
    {
        let mut seen: merge::FastSet<(EntityKind, &str)> = merge::FastSet::default();
        for f in found.iter().flatten() {
            if seen.insert((f.kind, f.canonical.as_ref())) {
                names.push((f.kind, f.canonical.to_string()));
            }
        }
    }
    let renames = merge::renames(&names);
    if renames.is_empty() {
        return found;
    }
    // Looked up borrowed: a mention's name is copied only when it changes.
    let by_name: merge::FastMap<(EntityKind, &str), &str> = renames
        .iter()
        .map(|((k, from), to)| ((*k, from.as_str()), to.as_str()))
        .collect();
    for f in found.iter_mut().flatten() {
        if let Some(to) = by_name.get(&(f.kind, f.canonical.as_ref())) {
            f.canonical = Cow::Owned((*to).to_string());
        }
    }
    found
}

/// The span's text with runs of white space made single spaces.
fn surface<'t>(text: &'t str, c: &Candidate) -> Cow<'t, str> {
    let s = &text[c.start..c.end];
    let single_spaced = if s.is_ascii() {
        // One pass over the bytes, as most spans are ASCII.
        let b = s.as_bytes();
        // `char::is_whitespace` also counts the vertical tab, ASCII's does not.
        !b.iter().any(|&x| (x.is_ascii_whitespace() || x == 0x0b) && x != b' ')
            && !b.windows(2).any(|w| w == b"  ")
            && b.first() != Some(&b' ')
            && b.last() != Some(&b' ')
    } else {
        !s.contains(|c: char| c.is_whitespace() && c != ' ')
            && !s.contains("  ")
            && !s.starts_with(' ')
            && !s.ends_with(' ')
    };
    if single_spaced {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

fn to_found<'a>(text: &'a str, c: Candidate<'a>) -> Found<'a> {
    let canonical = match c.canonical {
        Some(name) => name,
        None => match surface(text, &c) {
            Cow::Borrowed(s) => Cow::Borrowed(s.strip_prefix("the ").unwrap_or(s)),
            Cow::Owned(s) => Cow::Owned(s.strip_prefix("the ").unwrap_or(&s).to_string()),
        },
    };
    Found {
        range: c.start as u32..c.end as u32,
        kind: c.kind,
        canonical,
    }
}

/// Aliases a document defines for itself: `(MSIT)` after a name, a surname
/// after the full name, a coinage after it was called an initiative.
fn document_aliases(
    texts: &[&str],
    resolved: &[Vec<Candidate>],
    capitals: &merge::FastSet<&str>,
) -> HashMap<String, (EntityKind, String)> {
    let mut aliases: HashMap<String, (EntityKind, String)> = HashMap::new();
    for (text, cands) in texts.iter().zip(resolved) {
        for c in cands {
            // Made only for the few candidates that define an alias.
            let canonical = || match &c.canonical {
                Some(name) => name.to_string(),
                None => surface(text, c).into_owned(),
            };
            let defines = matches!(
                c.kind,
                EntityKind::Organization | EntityKind::Programme | EntityKind::Place
            );
            // A place's acronym spells it (`United Arab Emirates (UAE)`); one
            // that does not names a longer name the place ends (`… Facility
            // for the Pacific (AIFFP)`).
            if let Some(acronym) = acronym_after(text, c.end)
                .filter(|_| defines)
                .filter(|a| c.kind != EntityKind::Place || spells(a, &text[c.start..c.end]))
            {
                aliases
                    .entry(acronym.to_string())
                    .or_insert_with(|| (c.kind, canonical()));
            }
            let name = &text[c.start..c.end];
            if defines && let Some(short) = short_form_after(text, c.end, name) {
                aliases
                    .entry(short.to_string())
                    .or_insert_with(|| (c.kind, canonical()));
            }
            // `TTC` for the `Trade and Technology Council` named in the document.
            if matches!(c.kind, EntityKind::Organization | EntityKind::Programme)
                && let Some(initials) = initials(name).filter(|i| capitals.contains(i.as_str()))
            {
                aliases.entry(initials).or_insert_with(|| (c.kind, canonical()));
            }
            match c.kind {
                EntityKind::Person => {
                    let name = &text[c.start..c.end];
                    if let Some(last) = name
                        .split(' ')
                        .next_back()
                        .filter(|l| l.len() >= 3 && name.contains(' '))
                    {
                        aliases.entry(last.to_string()).or_insert_with(|| (c.kind, canonical()));
                    }
                }
                EntityKind::Programme if c.source == Source::Rule && !text[c.start..c.end].contains(' ') => {
                    aliases
                        .entry(text[c.start..c.end].to_string())
                        .or_insert_with(|| (c.kind, canonical()));
                }
                _ => {}
            }
        }
    }
    let bodies = texts.iter().zip(resolved).flat_map(|(text, cands)| {
        cands
            .iter()
            .filter(|c| c.kind == EntityKind::Organization)
            .map(move |c| {
                (
                    &text[c.start..c.end],
                    c.canonical.as_deref().unwrap_or(&text[c.start..c.end]),
                )
            })
    });
    for (head, canonical) in heads::head_aliases(bodies) {
        aliases
            .entry(head.to_string())
            .or_insert((EntityKind::Organization, canonical));
    }
    aliases
}

/// Where the act begins in `Article 130u of the EC Treaty`, `Articles 2 and
/// 3 of the Charter`, `paragraph 4 of the Agreement` (after `of the`).
fn article_of(name: &str) -> Option<usize> {
    let lower = name.get(..10)?.to_lowercase();
    if !["article ", "articles ", "paragraph ", "section ", "chapter ", "annex "]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None;
    }
    let of = name
        .find(" of the ")
        .map(|i| i + 8)
        .or_else(|| name.find(" of ").map(|i| i + 4))?;
    name[of..].starts_with(char::is_uppercase).then_some(of)
}

/// `Strategic Committee on Immigration, Frontiers and Asylum`, `Department of
/// Compliance, Risk Management, and Ethics`: a body named for a list, which
/// the name rules cut at its first comma. Returns the end of the whole list
/// (capitalised items, the last after `and`), when the name reads `… on/of/for X`.
fn listed_object_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let name = &text[start..end];
    if ![" on ", " of ", " for "].iter().any(|p| name.contains(p)) {
        return None;
    }
    let is_word =
        |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).all(|c| c.is_alphabetic() || c == '-');
    // The length of the run of one to three capitalised words opening `s`.
    let run = |s: &str| {
        let (mut len, mut at) = (0, 0);
        for (n, w) in s.split(' ').enumerate() {
            let word = w.trim_end_matches([',', '.', ';', ')']);
            if n == 3 || !is_word(word) {
                break;
            }
            len = at + word.len();
            if word.len() < w.len() {
                break;
            }
            at += w.len() + 1;
        }
        len
    };
    let mut at = end;
    loop {
        let item = text[at..].strip_prefix(", ")?;
        // The last item, after `and` (with or without the serial comma).
        let (lead, last) = match item.strip_prefix("and ") {
            Some(last) => (0, last),
            None => {
                let len = run(item);
                if len == 0 {
                    return None;
                }
                match item[len..].strip_prefix(" and ") {
                    Some(last) => (len + 5, last),
                    None if item[len..].starts_with(", ") => {
                        at += 2 + len;
                        continue;
                    }
                    None => return None,
                }
            }
        };
        let len = run(last);
        let lead = if lead == 0 { 4 } else { lead };
        return (len > 0).then(|| at + 2 + lead + len);
    }
}

/// `Global Arrangement on Sustainable Steel and Aluminum (Global Arrangement)`:
/// a short form in brackets, capitalised words each of the name.
fn short_form_after<'t>(text: &'t str, end: usize, name: &str) -> Option<&'t str> {
    let rest = text[end..].strip_prefix(" (")?;
    let short = &rest[..rest.find(')')?];
    let words: Vec<&str> = short.split(' ').collect();
    let ok = words.len() >= 2
        && words.len() <= 4
        && short.len() < name.len()
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && name.split(' ').any(|n| n == *w));
    ok.then_some(short)
}

/// The initials of a name's capitalised words (`Trade and Technology Council`
/// → `TTC`; `Co-operation` gives one), when three or more.
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    for w in name.split([' ', '-']) {
        match w.chars().next() {
            Some(c) if c.is_uppercase() && w.chars().nth(1).is_some_and(char::is_lowercase) => out.push(c),
            Some(c) if c.is_uppercase() => return None,
            _ => {}
        }
    }
    (out.chars().count() >= 3 && out.chars().count() <= 8).then_some(out)
}

/// Whether `acronym`'s letters are `name`'s in order, starting with its first.
fn spells(acronym: &str, name: &str) -> bool {
    let mut letters = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_uppercase());
    let mut wanted = acronym
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase());
    let first = wanted.next();
    first.is_some() && letters.next() == first && wanted.all(|w| letters.any(|l| l == w))
}

/// `… (MSIT)`: an acronym in brackets right after a name.
fn acronym_after(text: &str, end: usize) -> Option<&str> {
    // `… of the Gulf(GCC)`: a bracket glued on by the page's layout.
    let rest = text[end..]
        .strip_prefix(" (")
        .or_else(|| text[end..].strip_prefix('('))?;
    let close = rest.find(')')?;
    let a = &rest[..close];
    let ok = (2..=10).contains(&a.len())
        && a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && a.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    ok.then_some(a)
}

/// How a document's aliases are searched for. Most documents define a handful:
/// one searcher each is built in no time, where an automaton cost more to build
/// than all its searches. Past `FEW_ALIASES`, one automaton pass over a clause
/// beats a pass per alias.
enum AliasSearch<'k> {
    Few(Vec<memmem::Finder<'k>>),
    Many(AhoCorasick),
}

const FEW_ALIASES: usize = 16;

impl<'k> AliasSearch<'k> {
    fn new(keys: &[&'k str]) -> Option<AliasSearch<'k>> {
        match keys.len() {
            0 => None,
            n if n <= FEW_ALIASES => Some(AliasSearch::Few(keys.iter().map(|k| memmem::Finder::new(*k)).collect())),
            _ => AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(keys)
                .ok()
                .map(AliasSearch::Many),
        }
    }

    /// Occurrences as a leftmost-longest search reports them: the leftmost
    /// (the longest there), then the next beginning after it. (start, end, key)
    fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        match self {
            AliasSearch::Many(ac) => ac
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect(),
            AliasSearch::Few(finders) => {
                let bytes = text.as_bytes();
                let mut all: Vec<(usize, usize, usize)> = Vec::new();
                for (k, finder) in finders.iter().enumerate() {
                    // Overlapping occurrences too: one may be chosen where another is not.
                    let mut from = 0;
                    while let Some(at) = finder.find(&bytes[from..]).map(|i| from + i) {
                        all.push((at, at + finder.needle().len(), k));
                        from = at + 1;
                    }
                }
                all.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
                let mut reach = 0;
                all.retain(|&(start, end, _)| {
                    let chosen = start >= reach;
                    if chosen {
                        reach = end;
                    }
                    chosen
                });
                all
            }
        }
    }
}

/// Every use of an alias in `text` that stands as a whole word (a chosen
/// occurrence that is not one still takes its span).
fn alias_mentions<'a>(
    text: &str,
    search: &AliasSearch,
    keys: &[&str],
    aliases: &HashMap<String, (EntityKind, String)>,
) -> Vec<Candidate<'a>> {
    search
        .find(text)
        .into_iter()
        .filter(|&(start, end, _)| lexicon::whole_word(text, start, end))
        .map(|(start, end, k)| {
            let (kind, canonical) = &aliases[keys[k]];
            Candidate {
                start,
                end,
                kind: *kind,
                // Owned: the alias table lives for one document's extraction.
                canonical: Some(Cow::Owned(canonical.clone())),
                source: Source::Alias,
            }
        })
        .collect()
}

/// Where ` 2020-2024` / ` 2021–27` right after `end` ends, if it is there.
fn year_range_after(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '–'))
        .unwrap_or(rest.len());
    let range = &rest[..len];
    let (from, to) = range.split_once(['-', '–'])?;
    let year = from.len() == 4 && (from.starts_with("19") || from.starts_with("20"));
    let ok = year && (to.len() == 2 || to.len() == 4) && to.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(end + 1 + len)
}

#[cfg(test)]
mod tests;
