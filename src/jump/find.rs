//! Plain search (not fuzzy): where a query's words occur in a text, ignoring
//! case and diacritics, as byte ranges of the original text so a reader can
//! highlight them; and `ClauseFinder`, every clause holding all the words.

use std::ops::Range;

use rayon::prelude::*;

use super::fold::{fold, fold_map};
use crate::library::Library;

/// The query's words, folded (`Tørnæs  jong-ho` → `tornaes`, `jong`, `ho`).
pub fn query_words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

/// True when folded `text` holds every word (as a substring).
pub fn contains_all(folded: &str, words: &[String]) -> bool {
    !words.is_empty() && words.iter().all(|w| folded.contains(w.as_str()))
}

/// Every occurrence of any of `words` in `text`, as sorted, merged byte ranges
/// of `text` (a match inside a folded `æ` covers the whole `æ`).
pub fn match_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    let (folded, starts) = fold_map(text);
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut out: Vec<Range<usize>> = Vec::new();
    for w in words.iter().filter(|w| !w.is_empty()) {
        for (at, m) in folded.match_indices(w.as_str()) {
            let end = at + m.len();
            // The chars whose folded forms the match touches.
            let first = starts.partition_point(|&s| s <= at).saturating_sub(1);
            let last = starts.partition_point(|&s| s < end).saturating_sub(1);
            out.push(bytes[first]..bytes[last + 1]);
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(prev) if r.start <= prev.end => prev.end = prev.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// How well a folded clause answers the words: the words as a phrase, whole
/// words rather than parts of longer ones, each word more than once; a short
/// clause (a heading, a one-line point) before a long one saying the same.
fn relevance(folded: &str, words: &[String]) -> i64 {
    let bytes = folded.as_bytes();
    let edge = |i: usize| i >= bytes.len() || !bytes[i].is_ascii_alphanumeric();
    let mut score = 0i64;
    for w in words {
        // The best occurrence counts whole; repeats add a little, so one
        // word said often does not outweigh all the words said together.
        let (mut best, mut seen) = (0, 0);
        for (at, _) in folded.match_indices(w.as_str()) {
            let start = at == 0 || edge(at - 1);
            best = best.max(2 + 3 * i64::from(start) + 3 * i64::from(start && edge(at + w.len())));
            seen += 1;
        }
        score += best + (seen - 1).clamp(0, 4);
    }
    if words.len() > 1 && folded.contains(&words.join(" ")) {
        score += 20;
    }
    score * 100 / (100 + folded.len() as i64 / 8)
}

/// Every clause of a library, folded once, for library-wide search.
pub struct ClauseFinder {
    places: Vec<(u32, u32)>,
    folded: Vec<Box<str>>,
}

impl ClauseFinder {
    pub fn build(lib: &Library) -> ClauseFinder {
        let (places, folded) = lib
            .documents
            .par_iter()
            .enumerate()
            .flat_map_iter(|(d, doc)| {
                (0..doc.clauses.len()).map(move |c| ((d as u32, c as u32), fold(doc.clause_text(c)).into_boxed_str()))
            })
            .unzip();
        ClauseFinder { places, folded }
    }

    /// (document, clause) of every clause holding all the words of `query`,
    /// the most relevant first (library order among equals).
    pub fn find(&self, query: &str) -> Vec<(u32, u32)> {
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(i64, usize)> = (0..self.places.len())
            .into_par_iter()
            .filter(|&i| contains_all(&self.folded[i], &words))
            .map(|i| (relevance(&self.folded[i], &words), i))
            .collect();
        found.sort_by_key(|&(score, i)| (std::cmp::Reverse(score), i));
        found.into_iter().map(|(_, i)| self.places[i]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        match_ranges(text, &query_words(query))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn relevance_prefers_the_phrase_whole_words_and_short_clauses() {
        let w = query_words("digital diplomacy");
        let phrase = relevance("the digital diplomacy network", &w);
        let apart = relevance("diplomacy in the digital age", &w);
        assert!(phrase > apart);
        let parts = relevance("digitally minded diplomacy", &w);
        assert!(apart > parts);
        let long = format!("diplomacy in the digital age {}", "and more words ".repeat(40));
        assert!(apart > relevance(&long, &w));
    }

    #[test]
    fn matches_ignore_case_and_diacritics_and_cover_whole_chars() {
        assert_eq!(found("Minister Ulla Tørnæs said", "tornaes"), ["Tørnæs"]);
        assert_eq!(found("TÜRKIYE and Türkiye", "turkiye"), ["TÜRKIYE", "Türkiye"]);
        assert_eq!(found("Tørnæs", "na"), ["næ"]);
    }

    #[test]
    fn every_word_matches_everywhere_and_overlaps_merge() {
        assert_eq!(
            found("Horizon Europe and horizons; Europe.", "europe horizon"),
            ["Horizon", "Europe", "horizon", "Europe"]
        );
        assert_eq!(found("semiconductors", "semi conductor"), ["semiconductor"]);
        assert_eq!(found("Lee Jong-Ho", "jong-ho"), ["Jong", "Ho"]);
        assert!(found("anything", "  ").is_empty());
    }

    #[test]
    fn clauses_must_hold_all_the_words() {
        let words = query_words("Quantum KOREA");
        assert!(contains_all(&fold("Korea and the EU on quantum"), &words));
        assert!(!contains_all(&fold("quantum only"), &words));
        assert!(!contains_all("anything", &[]));
    }

    #[test]
    fn the_finder_lists_matching_clauses_in_library_order() {
        let lib = Library::load(&[]);
        let finder = ClauseFinder::build(&lib);
        let hits = finder.find("horizon europe");
        assert!(!hits.is_empty());
        assert!(hits.windows(2).all(|w| w[0] < w[1]));
        for (d, c) in hits {
            let text = fold(lib.documents[d as usize].clause_text(c as usize));
            assert!(text.contains("horizon") && text.contains("europe"), "{text}");
        }
        assert!(finder.find("zzzqqq").is_empty());
    }

    /// A Persian word keeps its ZWNJ through loading, so typing it finds it.
    #[test]
    fn a_persian_word_with_its_zwnj_is_found() {
        let text = "عنوان\n\n1. ما می\u{200C}خواهیم همکاری کنیم.\n".to_string();
        let lib = Library::from_sources(
            [(std::path::PathBuf::from("fa.txt"), Ok(text))],
            &crate::entities::Extractor::new(None).0,
        );
        assert!(lib.documents[0].clause_text(0).contains("می\u{200C}خواهیم"));
        let finder = ClauseFinder::build(&lib);
        assert_eq!(finder.find("می\u{200C}خواهیم"), [(0, 0)]);
    }
}
