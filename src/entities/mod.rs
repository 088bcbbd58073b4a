//! Entity extraction, offline: lexicons (`lexicon.rs`), shapes (`patterns.rs`)
//! and name rules (`names.rs`) propose spans; this module resolves overlaps
//! (leftmost, then longest, then lexicon before rules) and links aliases within
//! a document (`Ministry of Science and ICT (MSIT)` makes `MSIT` the ministry;
//! `Samuelsen` after `Anders Samuelsen` is the same person).

mod aliases;
mod catalogue;
mod community;
mod configurations;
mod cyrillic_names;
mod day_ranges;
mod defined;
mod foreign_bodies;
mod given;
mod given_pairs;
mod heads;
mod lexicon;
mod merge;
mod merge_people;
mod money;
mod name_words;
mod named_programmes;
mod names;
mod patterns;
mod people;
pub(crate) mod references;
mod run_words;
mod runs;
mod siblings;
mod spans;
mod state_forms;
mod surfaces;
mod titled_lists;
mod tokens;
mod vocab;

use std::borrow::Cow;
use std::ops::Range;

use crate::document::EntityKind;
use aliases::{AliasSearch, alias_mentions, document_aliases};
pub use given::is_given_name;
pub use lexicon::{Lexicon, LexiconWarning, check_user as check_user_lexicon};
use names::find_names;
use patterns::Patterns;
use spans::{article_of, head_noun_after, listed_object_end, named_by_own_words, year_before, year_range_after};
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

/// A body a document-level rule found at `start..end`, unless a candidate
/// already covers any of it.
fn push_body_if_free(cands: &mut Vec<Candidate>, start: usize, end: usize) {
    if !cands.iter().any(|c| c.start < end && start < c.end) {
        cands.push(Candidate {
            start,
            end,
            kind: EntityKind::Organization,
            canonical: None,
            source: Source::Rule,
        });
    }
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
            .enumerate()
            .map(|(i, t)| {
                let mut cands = resolve(self.candidates(t, &mut scratch));
                // `2678th Council Meeting` / `General Affairs and External
                // Relations`: the header's title, then the first clause.
                if let Some(above) = i.checked_sub(1).map(|p| texts[p])
                    && let Some((start, end)) = configurations::configuration_under(above, t, i == 1)
                {
                    push_body_if_free(&mut cands, start, end);
                }
                // `Secretary of State for Foreign and Commonwealth Affairs`: a
                // body's one-word name before `Affairs` names a portfolio.
                cands.retain(|c| {
                    !(c.kind == EntityKind::Organization
                        && !t[c.start..c.end].contains(' ')
                        && (t[c.end..].starts_with(" Affairs") || t[c.end..].starts_with(" Relations")))
                        && !hr_vp_portfolio(t, c)
                        && !(c.kind == EntityKind::Programme && is_meeting_agenda(&t[c.start..c.end]))
                        && !(c.kind == EntityKind::Organization && is_share_button(t, c.start, c.end))
                });
                // `the Arctic region`, `the Amhara region`: the place is named
                // without the common noun (the gazetteer lists both forms).
                for c in cands.iter_mut().filter(|c| c.kind == EntityKind::Place) {
                    if t[c.start..c.end].ends_with(" region") && c.end - c.start > 7 {
                        c.end -= " region".len();
                    }
                }
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
        // `the Community`, in a text about the European Communities.
        let mut resolved = resolved;
        for (cands, spans) in resolved.iter_mut().zip(community::community_mentions(texts)) {
            for (start, end) in spans {
                push_body_if_free(cands, start, end);
            }
        }
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
                // So does a known acronym the document defines for a name of
                // its own (`Peace and Security Council (PSC)`, not the EU's
                // Political and Security Committee).
                let own = |c: &Candidate| {
                    c.source == Source::Rule
                        || (c.source == Source::Lexicon && {
                            let s = &text[c.start..c.end];
                            s.len() <= 8 && s.bytes().all(|b| b.is_ascii_uppercase())
                        })
                };
                for c in cands.iter_mut().filter(|c| own(c)) {
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
            // `the 2010 Strategic Concept`: a year before a known programme
            // named by common words tells its edition, and is the mention's
            // (before one named by a place, `the 1961 Vienna Convention`, it
            // dates it).
            let year = (e.kind == EntityKind::Programme && edition.is_none())
                .then(|| year_before(text, h.start))
                .flatten()
                .filter(|_| !named_by_own_words(&self.lexicon, &text[h.start..h.end]));
            // `Republic of Tunisia`: a state's formal style is its mention's.
            let start = (e.kind == EntityKind::Place)
                .then(|| state_forms::style_start(text, h.start))
                .flatten()
                .unwrap_or(h.start);
            // `the COVAX facility`: a programme's acronym with its noun.
            let noun = (e.kind == EntityKind::Programme)
                .then(|| head_noun_after(text, h.start, h.end))
                .flatten();
            out.push(Candidate {
                start: year.unwrap_or(start),
                end: edition.or(noun).unwrap_or(h.end),
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
        // `Hawke, Robert`: an archive's record of its speaker (`catalogue.rs`).
        let mut names = Vec::new();
        catalogue::surname_first(text, &mut names);
        for (start, end) in names {
            // `Paris, France`: not where the gazetteer knows a place.
            if !lexicon_hits.iter().any(|h| h.start < end && h.end > start) {
                out.push(Candidate {
                    start,
                    end,
                    kind: EntityKind::Person,
                    canonical: None,
                    source: Source::Rule,
                });
            }
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

/// `High Representative of the Union for Foreign Affairs and Security Policy
/// and Vice President of the Commission`: the EU's foreign-policy chief's
/// title, whose portfolio words read as bodies (`Union for Foreign Affairs`,
/// `Security Policy and Vice President of the Commission`); an office, no body.
fn hr_vp_portfolio(t: &str, c: &Candidate<'_>) -> bool {
    let span = &t[c.start..c.end];
    c.kind == EntityKind::Organization
        && (span.starts_with("Union for Foreign Affairs") && t[..c.start].trim_end().ends_with("Representative of the")
            || span.starts_with("Security Policy") && t[..c.start].trim_end().ends_with("Foreign Affairs and"))
}

/// `PROVISIONAL AGENDA`, `Adoption of the Provisional Agenda`: a meeting's
/// order of business, no programme (`Agenda 2063` is one).
/// `Share on Twitter`, `social-icons Telegram`, `Compartir en Facebook`: a
/// social network named by a page's button or menu (a text of a few words)
/// is the page's furniture; named in a sentence (`posted on Twitter`), it is
/// the company.
fn is_share_button(text: &str, start: usize, end: usize) -> bool {
    let network = matches!(
        &text[start..end],
        "Twitter"
            | "Facebook"
            | "Instagram"
            | "Telegram"
            | "YouTube"
            | "Youtube"
            | "LinkedIn"
            | "Linkedin"
            | "Flickr"
            | "WhatsApp"
            | "Google"
            | "Google+"
    );
    if !network {
        return false;
    }
    // (`• social-icons Telegram` / `• social-icons Facebook`: a list of
    // them, one a line, is a menu however long the list. The line is looked
    // for near the name only: a sentence's line is long.)
    const NEAR: usize = 120;
    let from = crate::segment::floor_char_boundary(text, start.saturating_sub(NEAR));
    let to = crate::segment::floor_char_boundary(text, end + NEAR);
    let line_start = text[from..start].rfind('\n').map_or(from, |n| from + n + 1);
    let line_end = text[end..to].find('\n').map_or(to, |n| end + n);
    let whole_line = (line_start > from || from == 0) && (line_end < to || to == text.len());
    whole_line && text[line_start..line_end].split_whitespace().nth(6).is_none()
}

fn is_meeting_agenda(span: &str) -> bool {
    let mut words = span.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    words.pop().is_some_and(|last| last == "agenda")
        && !words.is_empty()
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "provisional"
                    | "draft"
                    | "annotated"
                    | "preliminary"
                    | "revised"
                    | "adoption"
                    | "of"
                    | "the"
                    | "adopted"
            )
        })
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
        } else if c.end > reach
            && ((cands[kept - 1].source >= Source::Rule && c.source == Source::Lexicon)
                || (cands[kept - 1].source == Source::Rule
                    && c.source == Source::Pattern
                    && c.kind == EntityKind::Reference))
        {
            // A rule span that cuts a lexicon name in two gives way to it; so
            // does one that took a symbol's start (`Decision Assembly` of
            // `Decision Assembly/AU/Dec.356(XXIII)`).
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

fn to_found<'a>(text: &'a str, mut c: Candidate<'a>) -> Found<'a> {
    // `the Charter of the United Nations’.`: a plural possessive's or a
    // closing quotation's apostrophe is not the name's.
    if c.kind != EntityKind::Reference
        && let Some(name) = text[c.start..c.end].strip_suffix(['’', '\''])
        && name.ends_with(|ch: char| ch.is_alphabetic())
    {
        c.end = c.start + name.len();
    }
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

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_bodies;
#[cfg(test)]
mod tests_edges;
