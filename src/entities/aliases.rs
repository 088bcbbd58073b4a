//! Aliases within a document: an acronym defined in brackets (`Ministry of
//! Science and ICT (MSIT)`), a short form in brackets, a body's initials, a
//! surname after the full name, a body's head word alone (`heads.rs`); and
//! how their later mentions are found.

use std::borrow::Cow;
use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use memchr::memmem;

use super::{Candidate, Source, heads, lexicon, merge, surface};
use crate::document::EntityKind;

/// Aliases a document defines for itself: `(MSIT)` after a name, a surname
/// after the full name, a coinage after it was called an initiative.
pub(super) fn document_aliases(
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
                        // `al-Abadi` is also `Abadi`, without the Arabic article.
                        let bare = super::merge::without_article(last);
                        if bare.len() < last.len() && bare.len() >= 3 {
                            aliases.entry(bare.to_string()).or_insert_with(|| (c.kind, canonical()));
                        }
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
pub(super) enum AliasSearch<'k> {
    Few(Vec<memmem::Finder<'k>>),
    Many(AhoCorasick),
}

const FEW_ALIASES: usize = 16;

impl<'k> AliasSearch<'k> {
    pub(super) fn new(keys: &[&'k str]) -> Option<AliasSearch<'k>> {
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
    pub(super) fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
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
pub(super) fn alias_mentions<'a>(
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
