//! The jump index: one ranked list of every document, clause, entity and
//! bookmark, searchable from a few typed letters. The only module that names
//! fuzzy-matcher (unmaintained upstream, so it stays behind this API).
//!
//! Speed: keys are folded once at load. A query narrows the previous result
//! set when it extends the previous query; a bitmask of the letters each key
//! holds rejects most candidates before any matching; survivors are checked
//! in parallel; and only the best few hundred are scored with the fuzzy
//! matcher, which is the expensive step.

mod find;
mod fold;
mod rank;
mod shelf;

use std::cmp::Reverse;
use std::collections::HashMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

pub use find::{ClauseFinder, contains_all, match_ranges, query_words};
pub use fold::{fold, fold_map};
use rank::Weights;
use shelf::{Shelf, mask};

use crate::document::ClauseKind;
use crate::library::Library;

/// What a candidate is; the order is the tie-break (documents first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CandidateKind {
    Document,
    Heading,
    Bookmark,
    Entity,
    Clause,
}

impl CandidateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CandidateKind::Document => "document",
            CandidateKind::Heading | CandidateKind::Clause => "clause",
            CandidateKind::Entity => "entity",
            CandidateKind::Bookmark => "bookmark",
        }
    }
}

/// Where a candidate leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Document(u32),
    Clause {
        doc: u32,
        clause: u32,
    },
    Entity(u32),
    /// Index into the bookmark list given to `set_bookmarks`.
    Bookmark(u32),
}

/// A bookmark as the index needs it: where it points and its note.
#[derive(Clone, Debug)]
pub struct BookmarkEntry {
    pub doc: Option<u32>,
    pub clause: Option<u32>,
    pub label: String,
    pub note: String,
    pub quote: String,
}

/// A candidate as a row of text: where it leads and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    pub doc: Option<&'a str>,
    pub clause: Option<&'a str>,
    pub text: String,
}

/// One ranked result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub candidate: u32,
    pub kind: CandidateKind,
    pub target: Target,
    pub score: i64,
}

/// The result of a query, kept so the next keystroke can narrow it.
#[derive(Clone, Debug, Default)]
pub struct Search {
    pub query: String,
    /// Every candidate that matches, unranked (for narrowing).
    survivors: Vec<u32>,
    /// For each survivor, where in its key the greedy match of the first
    /// `matched` bytes of the last query word ended: a letter typed onto that
    /// word is looked for from there on. Empty: every match starts at 0.
    ends: Vec<u32>,
    matched: usize,
    /// The folded query words these survivors match.
    words: Vec<String>,
    /// The index generation the ids belong to (bookmarks change the candidates).
    generation: u64,
    /// The best matches, ranked.
    pub hits: Vec<Hit>,
    /// How many candidates match in all.
    pub total: usize,
}

/// Candidates are numbered across the shelves in this order: documents,
/// entities, clauses, bookmarks (a broad query shows the first survivors).
const DOCS: usize = 0;
const ENTITIES: usize = 1;
const CLAUSES: usize = 2;
const BOOKMARKS: usize = 3;

pub struct JumpIndex {
    shelves: [Shelf; 4],
    /// Where each shelf's candidates start in the numbering (and the total last).
    bounds: [u32; 5],
    bookmarks: Vec<BookmarkEntry>,
    recency: HashMap<Target, u64>,
    clock: u64,
    generation: u64,
    matcher: SkimMatcherV2,
    weights: Weights,
}

/// How many matches the fuzzy matcher scores per query.
const SCORED: usize = 100;

/// Past this many matches a query is too broad to pre-rank by text.
const BROAD: usize = 20_000;

impl JumpIndex {
    pub fn build(lib: &Library) -> JumpIndex {
        let mut index = JumpIndex {
            shelves: Default::default(),
            bounds: [0; 5],
            bookmarks: Vec::new(),
            recency: HashMap::new(),
            clock: 0,
            generation: 0,
            matcher: SkimMatcherV2::default(),
            weights: Weights::default(),
        };
        index.add_documents(lib, 0);
        index
    }

    /// Adds the documents `lib.documents[first..]` (loaded since the last call)
    /// and refreshes the entity and bookmark candidates, whose names, aliases
    /// and counts the new documents may have changed.
    pub fn add_documents(&mut self, lib: &Library, first: usize) {
        let new_docs = lib.documents.get(first..).unwrap_or_default();
        for (k, d) in new_docs.iter().enumerate() {
            let m = &d.meta;
            let parts = [
                d.display_title(),
                m.number.as_deref().unwrap_or(""),
                m.date.as_deref().unwrap_or(""),
                &d.id,
            ];
            self.shelves[DOCS].push(CandidateKind::Document, Target::Document((first + k) as u32), &parts);
        }
        self.weights.title_len.extend(
            new_docs
                .iter()
                .map(|d| fold(&short_title(d.display_title())).len() as u32),
        );
        self.weights.mentions = lib.entities.iter().map(|e| e.mentions.len() as u32).collect();
        let entities = &mut self.shelves[ENTITIES];
        entities.clear();
        for (ei, e) in lib.entities.iter().enumerate() {
            let aliases = e.aliases.join(" ");
            entities.push(CandidateKind::Entity, Target::Entity(ei as u32), &[&e.name, &aliases]);
        }
        let clauses: Vec<Shelf> = new_docs
            .par_iter()
            .enumerate()
            .map(|(k, d)| {
                let di = (first + k) as u32;
                let short = short_title(d.display_title());
                let mut shelf = Shelf::default();
                for (ci, c) in d.clauses.iter().enumerate() {
                    let kind = if c.kind == ClauseKind::Heading {
                        CandidateKind::Heading
                    } else {
                        CandidateKind::Clause
                    };
                    let target = Target::Clause {
                        doc: di,
                        clause: ci as u32,
                    };
                    let section = d.section_title(ci).unwrap_or("");
                    shelf.push(kind, target, &[&short, &c.label, section, opening(d.clause_text(ci))]);
                }
                shelf
            })
            .collect();
        for shelf in clauses {
            self.shelves[CLAUSES].append(shelf);
        }
        let bookmarks = std::mem::take(&mut self.bookmarks);
        self.set_bookmarks(lib, &bookmarks);
    }

    /// Gives back the slack of the key blocks (call once loading is done).
    pub fn shrink_to_fit(&mut self) {
        for shelf in &mut self.shelves {
            shelf.shrink_to_fit();
        }
    }

    /// Replaces the bookmark candidates (call when bookmarks change).
    pub fn set_bookmarks(&mut self, lib: &Library, bookmarks: &[BookmarkEntry]) {
        let shelf = &mut self.shelves[BOOKMARKS];
        shelf.clear();
        for (i, b) in bookmarks.iter().enumerate() {
            let title = b
                .doc
                .and_then(|d| lib.documents.get(d as usize))
                .map_or("", |d| d.display_title());
            let short = short_title(title);
            let parts = [short.as_str(), &b.label, &b.note, &b.quote];
            shelf.push(CandidateKind::Bookmark, Target::Bookmark(i as u32), &parts);
        }
        self.bookmarks = bookmarks.to_vec();
        for s in 0..4 {
            self.bounds[s + 1] = self.bounds[s] + self.shelves[s].len() as u32;
        }
        self.generation += 1;
    }

    /// The shelf holding candidate `i`, and its place there.
    fn locate(&self, i: u32) -> (&Shelf, usize) {
        let s = self.bounds[1..].partition_point(|&b| b <= i).min(3);
        (&self.shelves[s], (i - self.bounds[s]) as usize)
    }

    fn key(&self, i: u32) -> &str {
        let (shelf, j) = self.locate(i);
        shelf.key(j)
    }

    /// What a row shows: (document id, clause label, text), as `jump` prints them.
    pub fn describe<'a>(&'a self, lib: &'a Library, target: Target) -> Row<'a> {
        match target {
            Target::Document(d) => {
                let doc = &lib.documents[d as usize];
                let m = &doc.meta;
                let mut text = doc.display_title().to_string();
                for extra in [m.number.as_deref(), m.date.as_deref()].into_iter().flatten() {
                    text.push_str(" · ");
                    text.push_str(extra);
                }
                Row {
                    doc: Some(&doc.id),
                    clause: None,
                    text,
                }
            }
            Target::Clause { doc, clause } => {
                let d = &lib.documents[doc as usize];
                let c = clause as usize;
                let text = match d.section_title(c) {
                    Some(s) => format!("{} › {s} · {}", short_title(d.display_title()), d.clause_text(c)),
                    None => format!("{} › {}", short_title(d.display_title()), d.clause_text(c)),
                };
                Row {
                    doc: Some(&d.id),
                    clause: Some(&d.clauses[c].label),
                    text,
                }
            }
            Target::Entity(e) => {
                let ent = &lib.entities[e as usize];
                let n = ent.mentions.len();
                // Where it is first mentioned: the place `attache open` goes to.
                let first = ent.mentions.first();
                let doc = first.and_then(|l| lib.documents.get(l.doc as usize));
                let clause = first
                    .zip(doc)
                    .and_then(|(l, d)| d.clauses.get(l.clause? as usize))
                    .map(|c| c.label.as_str());
                Row {
                    doc: doc.map(|d| d.id.as_str()),
                    clause,
                    text: format!(
                        "{} ({}, {n} mention{})",
                        ent.name,
                        ent.kind.as_str(),
                        if n == 1 { "" } else { "s" }
                    ),
                }
            }
            Target::Bookmark(b) => {
                let bm = &self.bookmarks[b as usize];
                let doc = bm.doc.and_then(|d| lib.documents.get(d as usize));
                let note = if bm.note.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", bm.note)
                };
                Row {
                    doc: doc.map(|d| d.id.as_str()),
                    clause: Some(&bm.label),
                    text: format!("{}{note}", bm.quote),
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.bounds[4] as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn kind(&self, candidate: u32) -> CandidateKind {
        let (shelf, j) = self.locate(candidate);
        shelf.kinds[j]
    }

    pub fn target(&self, candidate: u32) -> Target {
        let (shelf, j) = self.locate(candidate);
        shelf.targets[j]
    }

    /// Remembers a jump, so it ranks first among equals next time.
    pub fn note_jump(&mut self, target: Target) {
        self.clock += 1;
        self.recency.insert(target, self.clock);
    }

    /// Every candidate id, in index order (for `jump --list`).
    pub fn all(&self) -> impl Iterator<Item = u32> + '_ {
        0..self.len() as u32
    }

    /// Ranks candidates for `query` (`d:`, `c:`, `e:`, `b:` prefixes narrow the
    /// kind); `previous` is the last search, reused when `query` extends it.
    pub fn search(&self, query: &str, limit: usize, previous: Option<&Search>) -> Search {
        let (scope, text) = parse_scope(query);
        let words: Vec<String> = fold(text).split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            let hits: Vec<Hit> = (0..self.len() as u32)
                .filter(|&i| scope.is_none_or(|s| s.contains(&self.kind(i))))
                .take(limit)
                .map(|i| self.hit(i, 0))
                .collect();
            return Search {
                query: query.to_string(),
                total: hits.len(),
                hits,
                ..Search::default()
            };
        }
        let all_mask = words.iter().fold(0, |a, w| a | mask(w));
        let last = words.len() - 1;
        let key = |i: u32| self.key(i).as_bytes();
        let narrowing =
            previous.filter(|p| p.generation == self.generation && extends(query, &p.query) && !p.survivors.is_empty());
        let mut matched = words[last].len();
        let found: Vec<(u32, u32)> = match narrowing {
            // Typing onto the last word: continue each survivor's match where it stopped.
            Some(p)
                if p.words.len() == words.len()
                    && p.words[..last] == words[..last]
                    && p.matched <= words[last].len() =>
            {
                let added = &words[last].as_bytes()[p.matched..];
                let from = |k: usize| p.ends.get(k).map_or(0, |&e| e as usize);
                p.survivors
                    .par_iter()
                    .enumerate()
                    .filter_map(|(k, &i)| subsequence_end(added, key(i), from(k)).map(|e| (i, e as u32)))
                    .collect()
            }
            // A new word: only it needs checking.
            Some(p) if p.words.len() == last && p.words[..] == words[..last] => p
                .survivors
                .par_iter()
                .filter(|&&i| self.mask(i) & all_mask == all_mask)
                .filter_map(|&i| subsequence_end(words[last].as_bytes(), key(i), 0).map(|e| (i, e as u32)))
                .collect(),
            // One letter matches wherever the letter's bit is set: the masks
            // alone answer the first keystroke, without reading any key.
            _ if words.len() == 1 && words[0].len() == 1 => {
                matched = 0;
                self.scan(scope)
                    .filter(|&i| self.mask(i) & all_mask == all_mask)
                    .map(|i| (i, 0))
                    .collect()
            }
            _ => self
                .scan(scope)
                .filter(|&i| {
                    self.mask(i) & all_mask == all_mask
                        && words[..last]
                            .iter()
                            .all(|w| subsequence_end(w.as_bytes(), key(i), 0).is_some())
                })
                .filter_map(|i| subsequence_end(words[last].as_bytes(), key(i), 0).map(|e| (i, e as u32)))
                .collect(),
        };
        let (survivors, mut ends): (Vec<u32>, Vec<u32>) = found.into_iter().unzip();
        if matched == 0 {
            ends = Vec::new();
        }
        // Cheap pre-rank: whole words and tight matches first; then the fuzzy
        // matcher scores only the best `SCORED`. A single letter matches nearly
        // everything and ranks nothing: the first survivors (documents, then
        // entities: candidates are stored in that order) are shown. When a
        // longer query still matches more than `BROAD`, ranking every survivor
        // costs more than a frame, so only the documents, headings, entities and
        // bookmarks among them are ranked: what the palette prefers anyway.
        let rank = |i: u32| (cheap_score(&words, self.key(i)), i);
        let mut pre: Vec<(i64, u32)> = if matched == 0 {
            survivors.iter().take(SCORED.max(limit)).map(|&i| (0, i)).collect()
        } else if survivors.len() > BROAD {
            survivors
                .par_iter()
                .filter(|&&i| self.kind(i) != CandidateKind::Clause)
                .map(|&i| rank(i))
                .collect()
        } else {
            survivors.par_iter().map(|&i| rank(i)).collect()
        };
        let keep = SCORED.max(limit).min(pre.len());
        if keep < pre.len() {
            pre.select_nth_unstable_by_key(keep, |&(s, i)| (Reverse(s), self.kind(i), i));
            pre.truncate(keep);
        }
        let mut hits: Vec<Hit> = pre
            .par_iter()
            .filter_map(|&(_, i)| {
                let key = self.key(i);
                let mut total = 0;
                // A fresh matcher per candidate: fuzzy-matcher 0.3.7 reuses its
                // per-thread score matrices without clearing them, so a score
                // depended on the keys scored before it on that thread (a narrowed
                // search ranked differently from a fresh one; found twice by
                // fuzzing, with `fuzzy_match` and then `fuzzy_indices`).
                let matcher = SkimMatcherV2::default();
                for w in &words {
                    total += matcher.fuzzy_indices(key, w)?.0;
                }
                let (kind, target) = (self.kind(i), self.target(i));
                Some(self.hit(i, total + self.weights.adjust(kind, target, key, &words)))
            })
            .collect();
        hits.sort_by_key(|h| {
            (
                Reverse(h.score),
                h.kind,
                Reverse(self.recency.get(&h.target).copied().unwrap_or(0)),
                h.candidate,
            )
        });
        hits.truncate(limit);
        Search {
            query: query.to_string(),
            total: survivors.len(),
            survivors,
            ends,
            matched,
            words,
            generation: self.generation,
            hits,
        }
    }

    fn hit(&self, i: u32, score: i64) -> Hit {
        let (shelf, j) = self.locate(i);
        Hit {
            candidate: i,
            kind: shelf.kinds[j],
            target: shelf.targets[j],
            score,
        }
    }

    fn mask(&self, i: u32) -> u64 {
        let (shelf, j) = self.locate(i);
        shelf.masks[j]
    }

    /// Every candidate id of the kinds in `scope` (all without one), in parallel and in order.
    fn scan(&self, scope: Option<&'static [CandidateKind]>) -> impl ParallelIterator<Item = u32> + '_ {
        (0..4)
            .into_par_iter()
            .filter(move |&s| {
                let kinds: &[CandidateKind] = match s {
                    DOCS => &[CandidateKind::Document],
                    ENTITIES => &[CandidateKind::Entity],
                    CLAUSES => &[CandidateKind::Heading, CandidateKind::Clause],
                    _ => &[CandidateKind::Bookmark],
                };
                scope.is_none_or(|sc| kinds.iter().any(|k| sc.contains(k)))
            })
            .flat_map(move |s| {
                (self.bounds[s]..self.bounds[s + 1]).into_par_iter().filter(move |&i| {
                    scope.is_none_or(|sc| sc.contains(&self.shelves[s].kinds[(i - self.bounds[s]) as usize]))
                })
            })
    }

    /// Char indices of `display` to highlight for `query` (words matched in order of the fuzzy matcher).
    pub fn highlight(&self, display: &str, query: &str) -> Vec<usize> {
        let (_, text) = parse_scope(query);
        let (folded, starts) = fold_map(display);
        let mut marks = Vec::new();
        for w in fold(text).split_whitespace() {
            if let Some((_, idx)) = self.matcher.fuzzy_indices(&folded, w) {
                // fuzzy_indices gives char indices into `folded`; map back to `display`.
                let folded_byte: Vec<usize> = folded.char_indices().map(|(b, _)| b).collect();
                for ci in idx {
                    let byte = folded_byte[ci];
                    let orig = starts.partition_point(|&s| s <= byte).saturating_sub(1);
                    marks.push(orig);
                }
            }
        }
        marks.sort_unstable();
        marks.dedup();
        marks
    }
}

/// How much of a clause's text its palette key holds. Fuzzy matching over a
/// whole long paragraph finds scattered letters everywhere and is slow at
/// scale; the opening words with the heading and label identify a clause,
/// and Ctrl-F searches full texts.
const KEY_TEXT_BYTES: usize = 160;

fn opening(text: &str) -> &str {
    if text.len() <= KEY_TEXT_BYTES {
        return text;
    }
    let mut end = KEY_TEXT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Where the greedy match of `needle` as a subsequence of `hay[from..]` ends.
fn subsequence_end(needle: &[u8], hay: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    for &n in needle {
        // memchr: most of a keystroke's time is spent here, over every survivor.
        at += memchr::memchr(n, hay.get(at..)?)? + 1;
    }
    Some(at)
}

/// Whole-word and substring matches outrank scattered ones; shorter keys win ties.
fn cheap_score(words: &[String], key: &str) -> i64 {
    let mut score = 0i64;
    for w in words {
        if let Some(pos) = memchr::memmem::find(key.as_bytes(), w.as_bytes()) {
            score += 100;
            if pos == 0 || key.as_bytes()[pos - 1] == b' ' {
                score += 60;
            }
        }
    }
    score - (key.len() as i64 / 64)
}

/// `d:`, `c:`, `e:`, `b:` narrow the kinds searched.
fn parse_scope(query: &str) -> (Option<&'static [CandidateKind]>, &str) {
    let q = query.trim_start();
    let scopes: [(&str, &'static [CandidateKind]); 4] = [
        ("d:", &[CandidateKind::Document]),
        ("c:", &[CandidateKind::Heading, CandidateKind::Clause]),
        ("e:", &[CandidateKind::Entity]),
        ("b:", &[CandidateKind::Bookmark]),
    ];
    for (prefix, kinds) in scopes {
        if let Some(rest) = q.strip_prefix(prefix) {
            return (Some(kinds), rest);
        }
    }
    (None, q)
}

/// The new query only adds to the old (same scope), so its matches are a subset.
fn extends(query: &str, previous: &str) -> bool {
    let (s1, q1) = parse_scope(query);
    let (s2, q2) = parse_scope(previous);
    let (f1, f2) = (fold(q1), fold(q2));
    s1 == s2
        && !f2.trim().is_empty()
        && f1.starts_with(f2.trim_end())
        && f1.split_whitespace().count() >= f2.split_whitespace().count()
}

/// What tells a title apart where it must be short (the document list, the
/// palette's `where` column): `short_title` less the words that open most
/// titles of the genre without telling them apart, the issuer (`European
/// Union`) and the forms of state names (`Republic of Korea` → `Korea`).
/// Display only: the search keys keep them, so `european union` still matches.
pub fn distinguishing_title(title: &str) -> String {
    const FORMS: &[&str] = &["european", "union", "republic", "kingdom", "federal", "federation"];
    let short = short_title(title);
    let words: Vec<&str> = short
        .split_whitespace()
        .filter(|w| !FORMS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    if words.is_empty() { short } else { words.join(" ") }
}

/// Distinctive words of a title, for clause rows (`Korea Digital Partnership`).
pub fn short_title(title: &str) -> String {
    const GENERIC: &[&str] = &[
        "joint",
        "statement",
        "of",
        "the",
        "a",
        "an",
        "and",
        "on",
        "in",
        "for",
        "to",
        "by",
        "second",
        "first",
        "third",
        "meeting",
        "council",
        "conclusions",
        "press",
        "release",
        "note",
        "fact",
        "sheet",
        "will",
        "with",
        "at",
    ];
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .filter(|w| !GENERIC.contains(&w.to_lowercase().as_str()))
        .take(6)
        .collect();
    if words.is_empty() {
        title.chars().take(40).collect()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests;
