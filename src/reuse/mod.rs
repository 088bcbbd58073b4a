//! Agreed language: which clauses of the library reuse a passage's wording.
//! Each clause is fingerprinted by winnowing (Schleimer et al.) over hashes of
//! its word 4-grams, with a window of 5: any run of 8 words shared in order
//! leaves at least one fingerprint in common, so a query looks up its own
//! fingerprints instead of reading the library. Candidates are then checked
//! sentence by sentence, word by word: a sentence of the passage and one of the
//! clause match when they share at least 8 words in order and those words are
//! at least 60% of both (twice the shared words over the words of both). The
//! count keeps a set phrase on its own out ("the European Union and its Member
//! States", 7 words); the share keeps out sentences that merely open with a
//! longer one ("The European Union and the Republic of Korea …", 8 words, opens
//! several different clauses of seed 002; none matches another, tested).
//!
//! `prints.rs` fingerprints a document when it is built (kept in the index
//! cache with it); `ReuseIndexBuilder` gathers them in library order on the
//! loading thread, so the index is sorted once, never per query or per key.

use std::collections::HashMap;

use crate::compare::diff::Edit;
use crate::library::Library;
use crate::loaded::LoadedDocument;

mod check;
mod prints;

pub use prints::Prints;

use check::compare_words;
use prints::{fingerprints, tokens};

/// Words a match must share with the passage, in order.
pub const MIN_SHARED: usize = 8;
/// The share of both sentences' words the shared ones must make up.
pub const MIN_CLOSENESS: f64 = 0.6;
/// Candidates checked word by word per query, most fingerprints in common first.
const CHECKED: usize = 400;

/// The library's clauses by fingerprint, 6 bytes a fingerprint: postings
/// sorted by (fingerprint, clause number), bucketed by the fingerprint's top
/// 16 bits (so only its low 16 bits are stored), each with its clause's
/// number (clauses are numbered through the library in order).
#[derive(Debug, Default)]
pub struct ReuseIndex {
    /// The postings of fingerprints whose top 16 bits are `b`: `bucket[b]..bucket[b + 1]`.
    bucket: Vec<u32>,
    /// Per posting: the fingerprint's low 16 bits…
    low: Vec<u16>,
    /// …and the clause's number.
    clause: Vec<u32>,
    /// The number of each document's first clause.
    starts: Vec<u32>,
}

const BUCKETS: usize = 1 << 16;

/// Gathers documents' fingerprints in library order, then lays them out once
/// (a counting sort into the buckets: no copy of the whole index is made).
#[derive(Debug, Default)]
pub struct ReuseIndexBuilder {
    docs: Vec<Prints>,
}

impl ReuseIndexBuilder {
    /// The next document of the library.
    pub fn add(&mut self, prints: Prints) {
        self.docs.push(prints);
    }

    /// The documents of a batch that loaded, in the order `Library::add` takes
    /// them; their fingerprints are moved here (the library does not keep them).
    pub fn add_batch<E>(&mut self, batch: &mut [Result<LoadedDocument, E>]) {
        for loaded in batch.iter_mut().flatten() {
            self.add(std::mem::take(&mut loaded.prints));
        }
    }

    pub fn finish(self) -> ReuseIndex {
        let mut bucket = vec![0u32; BUCKETS + 1];
        for p in &self.docs {
            for c in 0..p.clauses() {
                for &f in p.clause(c) {
                    bucket[(f >> 16) as usize + 1] += 1;
                }
            }
        }
        for b in 1..=BUCKETS {
            bucket[b] += bucket[b - 1];
        }
        let total = bucket[BUCKETS] as usize;
        let (mut low, mut clause) = (vec![0u16; total], vec![0u32; total]);
        let mut next = bucket.clone();
        let mut starts = Vec::with_capacity(self.docs.len());
        let mut n = 0u32;
        for p in self.docs {
            starts.push(n);
            for c in 0..p.clauses() {
                for &f in p.clause(c) {
                    let at = &mut next[(f >> 16) as usize];
                    (low[*at as usize], clause[*at as usize]) = (f as u16, n);
                    *at += 1;
                }
                n += 1;
            }
        }
        // Clause numbers went in ascending: a stable sort by the low bits
        // leaves each bucket sorted by (fingerprint, clause).
        let mut pairs: Vec<(u16, u32)> = Vec::new();
        for b in 0..BUCKETS {
            let r = bucket[b] as usize..bucket[b + 1] as usize;
            pairs.clear();
            pairs.extend(low[r.clone()].iter().copied().zip(clause[r.clone()].iter().copied()));
            pairs.sort_by_key(|p| p.0);
            for (i, (l, c)) in r.zip(pairs.iter().copied()) {
                (low[i], clause[i]) = (l, c);
            }
        }
        ReuseIndex {
            bucket,
            low,
            clause,
            starts,
        }
    }
}

/// A clause that reuses the passage's wording.
#[derive(Clone, Debug, PartialEq)]
pub struct Reuse {
    pub doc: usize,
    pub clause: usize,
    /// Words shared in order with the passage.
    pub shared: usize,
    /// Twice the shared words over the words of both sentences (1 for the same words).
    pub closeness: f64,
    /// The edits from the passage's sentence to the clause's (words as written in each).
    pub words: Vec<(Edit, String)>,
}

impl ReuseIndex {
    /// The index of a library whose documents' fingerprints are not at hand
    /// (tests, benchmarks, a library put together in memory).
    pub fn build(lib: &Library) -> ReuseIndex {
        let docs = lib.documents.iter().map(Prints::of).collect();
        ReuseIndexBuilder { docs }.finish()
    }

    /// How many documents it indexes (the library it was built for has as many).
    pub fn documents(&self) -> usize {
        self.starts.len()
    }

    /// Bytes it holds, for the record of what it costs.
    pub fn heap_bytes(&self) -> usize {
        (self.bucket.capacity() + self.clause.capacity() + self.starts.capacity()) * 4 + self.low.capacity() * 2
    }

    /// The clauses holding fingerprint `f`.
    fn postings(&self, f: u32) -> &[u32] {
        let b = (f >> 16) as usize;
        let (Some(&start), Some(&end)) = (self.bucket.get(b), self.bucket.get(b + 1)) else {
            return &[];
        };
        let low = &self.low[start as usize..end as usize];
        let first = low.partition_point(|&l| l < f as u16);
        let len = low[first..].iter().take_while(|&&l| l == f as u16).count();
        &self.clause[start as usize + first..start as usize + first + len]
    }

    /// Clause number → (document, clause).
    fn locate(&self, n: u32) -> (usize, usize) {
        let d = self.starts.partition_point(|&s| s <= n).saturating_sub(1);
        (d, (n - self.starts[d]) as usize)
    }

    /// Clauses sharing at least `MIN_SHARED` words in order with `passage`,
    /// oldest document first (where the wording comes from), then closest.
    /// `skip` leaves out the passage's own clause.
    pub fn find(&self, lib: &Library, passage: &str, skip: Option<(usize, usize)>) -> Vec<Reuse> {
        let query = tokens(passage);
        let ids: Vec<u64> = query.iter().map(|(h, _)| h).copied().collect();
        let mut hits: HashMap<u32, usize> = HashMap::new();
        for f in fingerprints(&ids) {
            for &c in self.postings(f) {
                *hits.entry(c).or_default() += 1;
            }
        }
        let mut candidates: Vec<(u32, usize)> = hits.into_iter().collect();
        candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(CHECKED);
        let mut found: Vec<Reuse> = candidates
            .into_iter()
            .filter_map(|(c, _)| {
                let (d, k) = self.locate(c);
                let doc = lib.documents.get(d)?;
                if skip == Some((d, k)) || k >= doc.clauses.len() {
                    return None;
                }
                compare_words(&query, &tokens(doc.clause_text(k))).map(|m| Reuse {
                    doc: d,
                    clause: k,
                    shared: m.shared,
                    closeness: m.closeness,
                    words: m.words,
                })
            })
            .collect();
        let date = |r: &Reuse| {
            lib.documents[r.doc]
                .meta
                .date
                .clone()
                .unwrap_or_else(|| "9999".to_string())
        };
        found.sort_by(|a, b| {
            date(a)
                .cmp(&date(b))
                .then(b.closeness.total_cmp(&a.closeness))
                .then((a.doc, a.clause).cmp(&(b.doc, b.clause)))
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::entities::Extractor;
    use crate::seeds::SEEDS;

    /// The seeds plus a briefing that reuses, reworded, a sentence of seed 000.
    fn library() -> (Library, String) {
        let seed = std::str::from_utf8(SEEDS[0].1).unwrap();
        let sentence = "Bridging technology gaps, including the gender digital divide, is more crucial than ever during and after the pandemic.";
        assert!(seed.contains(sentence));
        let planted = "Bridging technology gaps, including the digital divide between women and men, is more crucial than ever after the pandemic.";
        let mut sources: Vec<(PathBuf, Result<String, crate::load::SkipReason>)> = SEEDS
            .iter()
            .map(|(n, b)| (PathBuf::from(n), Ok(String::from_utf8_lossy(b).into_owned())))
            .collect();
        sources.push((
            PathBuf::from("later.txt"),
            Ok(format!(
                "Council conclusions on gender equality\n\nBrussels, 3 May 2025\n\n1. The Council welcomes the report.\n\n2. {planted} It calls for action.\n\n3. The European Union and its Member States will report back.\n"
            )),
        ));
        (
            Library::from_sources(sources, &Extractor::new(None).0),
            planted.to_string(),
        )
    }

    #[test]
    fn a_reworded_sentence_finds_its_source_first() {
        let (lib, planted) = library();
        let index = ReuseIndex::build(&lib);
        let found = index.find(&lib, &planted, None);
        assert!(!found.is_empty());
        let first = &found[0];
        assert_eq!(
            lib.documents[first.doc].meta.number.as_deref(),
            Some("12804/20"),
            "the 2020 source first"
        );
        assert!(first.shared >= MIN_SHARED && first.words.iter().any(|(e, _)| *e != Edit::Equal));
        let later = found.iter().position(|r| lib.documents[r.doc].id == "later").unwrap();
        assert!(later > 0, "the planted copy comes after its source");
    }

    #[test]
    fn sentences_opening_with_the_same_long_phrase_do_not_match() {
        let (lib, _) = library();
        let index = ReuseIndex::build(&lib);
        let statement = lib
            .documents
            .iter()
            .position(|d| d.meta.number.as_deref() == Some("8318/24"))
            .unwrap();
        let doc = &lib.documents[statement];
        let opening = "The European Union and the Republic of Korea";
        let mut opened = 0;
        for c in (0..doc.clauses.len()).filter(|&c| doc.clause_text(c).starts_with(opening)) {
            opened += 1;
            let found = index.find(&lib, doc.clause_text(c), Some((statement, c)));
            assert!(found.is_empty(), "{}: {found:?}", doc.clauses[c].label);
        }
        assert!(opened >= 4, "{opened}");
    }

    #[test]
    fn a_set_phrase_alone_is_no_match() {
        let (lib, _) = library();
        let index = ReuseIndex::build(&lib);
        let found = index.find(
            &lib,
            "The European Union and its Member States are committed to it.",
            None,
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_buckets_give_each_fingerprint_exactly_its_clauses_in_order() {
        // Fingerprints sharing their top 16 bits, or their low 16 bits, across documents.
        let docs = [
            vec![vec![0x0001_0002, 0x0001_0001], vec![], vec![0x0002_0001]],
            vec![vec![0x0001_0001, 0xffff_ffff]],
        ];
        let mut builder = ReuseIndexBuilder::default();
        for d in &docs {
            builder.add(Prints::from_clauses(d));
        }
        let index = builder.finish();
        assert_eq!(index.documents(), 2);
        assert_eq!(index.postings(0x0001_0001), [0, 3]);
        assert_eq!(index.postings(0x0001_0002), [0]);
        assert_eq!(index.postings(0x0002_0001), [2]);
        assert_eq!(index.postings(0xffff_ffff), [3]);
        assert!(index.postings(0x0001_0003).is_empty());
        assert_eq!(index.locate(3), (1, 0));
        assert_eq!(index.locate(2), (0, 2));
    }
}
