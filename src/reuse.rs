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

use std::collections::HashMap;

use crate::compare::diff::{Edit, diff};
use crate::document::content_hash;
use crate::library::Library;

/// Words per shingle and shingles per winnowing window: a shared run of
/// `K + W - 1` = 8 words is always found.
const K: usize = 4;
const W: usize = 5;
/// Words a match must share with the passage, in order.
pub const MIN_SHARED: usize = 8;
/// The share of both sentences' words the shared ones must make up.
pub const MIN_CLOSENESS: f64 = 0.6;
/// Candidates checked word by word per query, most fingerprints in common first.
const CHECKED: usize = 400;

/// The library's clauses by fingerprint: (fingerprint, clause number) sorted.
#[derive(Debug, Default)]
pub struct ReuseIndex {
    prints: Vec<(u64, u32)>,
    /// Clause number → (document, clause).
    clauses: Vec<(u32, u32)>,
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

/// Words compared case- and punctuation-blind: `Union,` is `union`.
fn tokens(text: &str) -> Vec<(u64, &str)> {
    text.split_whitespace()
        .filter_map(|w| {
            let core: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            (!core.is_empty()).then(|| (content_hash(core.as_bytes()), w))
        })
        .collect()
}

/// The winnowed fingerprints of a word sequence (the least hash of each
/// window of `W` shingles, each kept once).
fn fingerprints(ids: &[u64]) -> Vec<u64> {
    if ids.len() < K {
        return Vec::new();
    }
    let shingles: Vec<u64> = ids
        .windows(K)
        .map(|w| {
            w.iter()
                .fold(0xcbf2_9ce4_8422_2325u64, |h, &x| (h ^ x).wrapping_mul(0x0100_0000_01b3))
        })
        .collect();
    let mut out: Vec<u64> = if shingles.len() <= W {
        shingles.iter().min().copied().into_iter().collect()
    } else {
        shingles.windows(W).filter_map(|w| w.iter().min().copied()).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

impl ReuseIndex {
    pub fn build(lib: &Library) -> ReuseIndex {
        let mut index = ReuseIndex::default();
        for (d, doc) in lib.documents.iter().enumerate() {
            for c in 0..doc.clauses.len() {
                let ids: Vec<u64> = tokens(doc.clause_text(c)).into_iter().map(|(h, _)| h).collect();
                let n = index.clauses.len() as u32;
                index.prints.extend(fingerprints(&ids).into_iter().map(|f| (f, n)));
                index.clauses.push((d as u32, c as u32));
            }
        }
        index.prints.sort_unstable();
        index
    }

    /// Clauses sharing at least `MIN_SHARED` words in order with `passage`,
    /// oldest document first (where the wording comes from), then closest.
    /// `skip` leaves out the passage's own clause.
    pub fn find(&self, lib: &Library, passage: &str, skip: Option<(usize, usize)>) -> Vec<Reuse> {
        let query = tokens(passage);
        let ids: Vec<u64> = query.iter().map(|(h, _)| h).copied().collect();
        let mut hits: HashMap<u32, usize> = HashMap::new();
        for f in fingerprints(&ids) {
            let start = self.prints.partition_point(|&(p, _)| p < f);
            for &(_, c) in self.prints[start..].iter().take_while(|&&(p, _)| p == f) {
                *hits.entry(c).or_default() += 1;
            }
        }
        let mut candidates: Vec<(u32, usize)> = hits.into_iter().collect();
        candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(CHECKED);
        let mut found: Vec<Reuse> = candidates
            .into_iter()
            .filter_map(|(c, _)| {
                let (d, k) = self.clauses[c as usize];
                let (d, k) = (d as usize, k as usize);
                if skip == Some((d, k)) {
                    return None;
                }
                let text = lib.documents[d].clause_text(k);
                compare_words(&query, &tokens(text)).map(|m| Reuse {
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

/// A sentence pair's agreement: words shared in order, closeness, the edits.
struct Match {
    shared: usize,
    closeness: f64,
    words: Vec<(Edit, String)>,
}

/// A text's sentences: runs of words up to one ending in `.`, `!`, `?` or `;`.
fn sentences<'t, 'a>(words: &'t [(u64, &'a str)]) -> Vec<&'t [(u64, &'a str)]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, (_, w)) in words.iter().enumerate() {
        let w = w.trim_end_matches(['"', '\'', '’', '”', ')']);
        if w.ends_with(['.', '!', '?', ';']) {
            out.push(&words[start..=i]);
            start = i + 1;
        }
    }
    if start < words.len() {
        out.push(&words[start..]);
    }
    out
}

/// The best matching pair of sentences of `a` and `b`: words shared, closeness, edits.
fn compare_words(a: &[(u64, &str)], b: &[(u64, &str)]) -> Option<Match> {
    let mut best: Option<Match> = None;
    for sa in sentences(a).into_iter().filter(|s| s.len() >= MIN_SHARED) {
        for sb in sentences(b).into_iter().filter(|s| s.len() >= MIN_SHARED) {
            if let Some(m) = compare_sentences(sa, sb)
                && best.as_ref().is_none_or(|b| m.closeness > b.closeness)
            {
                best = Some(m);
            }
        }
    }
    best
}

fn compare_sentences(a: &[(u64, &str)], b: &[(u64, &str)]) -> Option<Match> {
    let (ai, bi): (Vec<u64>, Vec<u64>) = (a.iter().map(|t| t.0).collect(), b.iter().map(|t| t.0).collect());
    // Shared ≥ MIN_CLOSENESS·total/2 ⇔ edits ≤ (1 − MIN_CLOSENESS)·total.
    let budget = ((1.0 - MIN_CLOSENESS) * (a.len() + b.len()) as f64) as usize;
    let script = diff(&ai, &bi, budget)?;
    let (mut i, mut j, mut shared) = (0, 0, 0);
    let mut words: Vec<(Edit, String)> = Vec::new();
    for (edit, n) in script {
        let run: Vec<&str> = match edit {
            Edit::Equal | Edit::Insert => b[j..j + n].iter().map(|t| t.1).collect(),
            Edit::Delete => a[i..i + n].iter().map(|t| t.1).collect(),
        };
        match edit {
            Edit::Equal => {
                shared += n;
                i += n;
                j += n;
            }
            Edit::Delete => i += n,
            Edit::Insert => j += n,
        }
        words.push((edit, run.join(" ")));
    }
    let closeness = 2.0 * shared as f64 / (a.len() + b.len()).max(1) as f64;
    (shared >= MIN_SHARED && closeness >= MIN_CLOSENESS).then_some(Match {
        shared,
        closeness,
        words,
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::entities::Extractor;
    use crate::seeds::SEEDS;

    #[test]
    fn a_shared_run_of_eight_words_always_leaves_a_common_fingerprint() {
        let words: Vec<u64> = (0..60u64).map(|i| i * 2_654_435_761 % 1000).collect();
        for start in 0..50 {
            let run = &words[start..start + 8];
            let a: Vec<u64> = [&[9001, 9002, 9003][..], run, &[9004][..]].concat();
            let fa = fingerprints(&a);
            assert!(fingerprints(&words).iter().any(|f| fa.contains(f)), "run at {start}");
        }
    }

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
}
