//! What the fuzzy score does not know about a candidate, added to it: a
//! document whose title holds the query's words is what a reader most likely
//! wants (it outranks an entity named once and the clauses that match only
//! through their document's title, which every clause key carries); an entity
//! counts for more the more often it is mentioned.

use super::{CandidateKind, Target};

/// Per query word found at a word start of a document's title, number or id.
const DOCUMENT_WORD: i64 = 40;
/// Per query word, for a clause that matches them all only in its document's title.
const TITLE_ONLY_WORD: i64 = 40;
/// An entity mentioned once; more mentions earn back up to `ENTITY_MAX`.
const ENTITY_ONCE: i64 = -30;
const ENTITY_MAX: i64 = 30;

/// What ranking needs beyond the keys: kept in step with the shelves.
#[derive(Debug, Default)]
pub struct Weights {
    /// Per document, the length of the folded short title that opens each of its clause keys.
    pub title_len: Vec<u32>,
    /// Per entity, its number of mentions.
    pub mentions: Vec<u32>,
}

/// `word` occurs in `text` at the start of a word.
fn at_word_start(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(i, _)| i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric())
}

impl Weights {
    /// The adjustment for a candidate of `kind` leading to `target`, whose folded key is `key`.
    pub fn adjust(&self, kind: CandidateKind, target: Target, key: &str, words: &[String]) -> i64 {
        match (kind, target) {
            (CandidateKind::Document, _) => {
                DOCUMENT_WORD * words.iter().filter(|w| at_word_start(key, w)).count() as i64
            }
            (CandidateKind::Clause | CandidateKind::Heading, Target::Clause { doc, .. }) => {
                let title = self.title_len.get(doc as usize).map_or(0, |&l| l as usize);
                let rest = key.get(title.min(key.len())..).unwrap_or("");
                // `quantum korea`: one word names the document, another the
                // clause; only a clause that matches nothing of its own loses.
                if words.iter().any(|w| rest.contains(w.as_str())) {
                    0
                } else {
                    -TITLE_ONLY_WORD * words.len() as i64
                }
            }
            (CandidateKind::Entity, Target::Entity(e)) => {
                let n = self.mentions.get(e as usize).copied().unwrap_or(1).max(1);
                // log2: 1 mention → -30, 2 → -20, 8 → 0 … capped.
                (ENTITY_ONCE + 10 * i64::from(n.ilog2())).min(ENTITY_MAX)
            }
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &str) -> Vec<String> {
        q.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn a_document_with_the_words_in_its_title_gains_per_word() {
        let w = Weights::default();
        let key = "council conclusions on digital diplomacy 12804/20";
        assert_eq!(
            w.adjust(
                CandidateKind::Document,
                Target::Document(0),
                key,
                &words("digital diplomacy")
            ),
            80
        );
        assert_eq!(
            w.adjust(CandidateKind::Document, Target::Document(0), key, &words("igit")),
            0
        );
    }

    #[test]
    fn a_clause_matching_only_through_its_document_s_title_loses() {
        let w = Weights {
            title_len: vec!["digital diplomacy".len() as u32],
            mentions: Vec::new(),
        };
        let target = Target::Clause { doc: 0, clause: 0 };
        let key = "digital diplomacy 4) the council welcomes the digital diplomacy network";
        assert_eq!(
            w.adjust(CandidateKind::Clause, target, key, &words("digital diplomacy")),
            0
        );
        let key = "digital diplomacy 1) the council notes";
        assert_eq!(
            w.adjust(CandidateKind::Clause, target, key, &words("digital diplomacy")),
            -80
        );
        // One word names the document, the other is the clause's own.
        assert_eq!(
            w.adjust(CandidateKind::Clause, target, key, &words("diplomacy notes")),
            0
        );
    }

    #[test]
    fn entities_mentioned_once_lose_and_frequent_ones_gain() {
        let w = Weights {
            title_len: Vec::new(),
            mentions: vec![1, 2, 8, 1000],
        };
        let adj = |e| w.adjust(CandidateKind::Entity, Target::Entity(e), "x", &words("x"));
        assert_eq!((adj(0), adj(1), adj(2), adj(3)), (-30, -20, 0, 30));
    }
}
