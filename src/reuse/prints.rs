//! A document's fingerprints for agreed language, computed once when the
//! document is built and kept in the index cache with it: per clause, the
//! winnowed hashes of its word 4-grams, each folded to 32 bits. Folding
//! halves the index and the cache entry; two passages that merely collide
//! are told apart when the candidates are checked word by word.

use serde::{Deserialize, Serialize};

use crate::document::Document;

/// Words per shingle and shingles per winnowing window: a shared run of
/// `K + W - 1` = 8 words is always found.
const K: usize = 4;
const W: usize = 5;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Each clause's fingerprints, back to back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prints {
    /// Where each clause's fingerprints end in `hashes`, one entry per clause.
    ends: Vec<u32>,
    hashes: Vec<u32>,
}

impl Prints {
    pub fn of(doc: &Document) -> Prints {
        let mut prints = Prints {
            ends: Vec::with_capacity(doc.clauses.len()),
            hashes: Vec::new(),
        };
        // Buffers kept from clause to clause: a load makes these for every clause.
        let (mut ids, mut shingles) = (Vec::new(), Vec::new());
        for c in 0..doc.clauses.len() {
            ids.clear();
            word_hashes(doc.clause_text(c), &mut ids);
            // A clause of fewer words than a match shares is never one.
            if ids.len() >= super::MIN_SHARED {
                fingerprints_into(&ids, &mut shingles, &mut prints.hashes);
            }
            prints.ends.push(prints.hashes.len() as u32);
        }
        prints.hashes.shrink_to_fit();
        prints
    }

    /// Each clause's fingerprints as given (sorted, each once), for tests.
    #[cfg(test)]
    pub(super) fn from_clauses(clauses: &[Vec<u32>]) -> Prints {
        let mut prints = Prints::default();
        for c in clauses {
            prints.hashes.extend(c.iter().copied());
            prints.ends.push(prints.hashes.len() as u32);
        }
        prints
    }

    pub fn clauses(&self) -> usize {
        self.ends.len()
    }

    /// The fingerprints of clause `c`.
    pub fn clause(&self, c: usize) -> &[u32] {
        let start = if c == 0 { 0 } else { self.ends[c - 1] as usize };
        &self.hashes[start..self.ends[c] as usize]
    }

    /// Whether these can be a document's of `clauses` clauses (read back from the cache).
    pub fn is_consistent(&self, clauses: usize) -> bool {
        self.ends.len() == clauses
            && self.ends.windows(2).all(|w| w[0] <= w[1])
            && self
                .ends
                .last()
                .map_or(self.hashes.is_empty(), |&e| e as usize == self.hashes.len())
    }
}

/// Words compared case- and punctuation-blind (`Union,` is `union`): each
/// word's hash is FNV-1a over its letters and digits, lowercased, as written.
pub(super) fn tokens(text: &str) -> Vec<(u64, &str)> {
    text.split_whitespace()
        .filter_map(|w| {
            let mut h = FNV_OFFSET;
            let mut any = false;
            let mut eat = |b: u8| h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            for c in w.chars() {
                if c.is_ascii() {
                    if c.is_ascii_alphanumeric() {
                        eat(c.to_ascii_lowercase() as u8);
                        any = true;
                    }
                } else if c.is_alphanumeric() {
                    let mut buf = [0u8; 4];
                    for l in c.to_lowercase() {
                        l.encode_utf8(&mut buf).bytes().for_each(&mut eat);
                    }
                    any = true;
                }
            }
            any.then_some((h, w))
        })
        .collect()
}

/// What an ASCII byte is to a word's hash: white space (`split_whitespace`'s
/// ASCII set) ends the word, a letter or digit is hashed lower-cased, the
/// rest is skipped.
const SPACE: u8 = 1;
const SKIP: u8 = 0;
static ASCII: [u8; 128] = {
    let mut t = [SKIP; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= b'\t' && c <= b'\r') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            SKIP
        };
        b += 1;
    }
    t
};

/// The word hashes of `tokens`, into `out`, in one pass over the bytes with
/// no list of words made: an ASCII byte is one table load, and only a
/// non-ASCII character is decoded.
fn word_hashes(text: &str, out: &mut Vec<u64>) {
    let eat = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    let (mut h, mut any) = (FNV_OFFSET, false);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            match ASCII[usize::from(b)] {
                SKIP => {}
                SPACE => {
                    if any {
                        out.push(h);
                    }
                    (h, any) = (FNV_OFFSET, false);
                }
                lower => {
                    h = eat(h, lower);
                    any = true;
                }
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                h = l.encode_utf8(&mut buf).bytes().fold(h, eat);
            }
            any = true;
        } else if c.is_whitespace() {
            if any {
                out.push(h);
            }
            (h, any) = (FNV_OFFSET, false);
        }
    }
    if any {
        out.push(h);
    }
}

/// The winnowed fingerprints of a word sequence (the least shingle hash of
/// each window of `W`), folded to 32 bits, each kept once.
pub(super) fn fingerprints(ids: &[u64]) -> Vec<u32> {
    let mut out = Vec::new();
    fingerprints_into(ids, &mut Vec::new(), &mut out);
    out
}

/// `fingerprints`, appended to `out`, sorted and each once; `shingles` is a
/// buffer kept between calls.
fn fingerprints_into(ids: &[u64], shingles: &mut Vec<u64>, out: &mut Vec<u32>) {
    if ids.len() < K {
        return;
    }
    shingles.clear();
    shingles.extend(
        ids.windows(K)
            .map(|w| w.iter().fold(FNV_OFFSET, |h, &x| (h ^ x).wrapping_mul(FNV_PRIME))),
    );
    let fold = |h: u64| ((h >> 32) ^ h) as u32;
    let start = out.len();
    if shingles.len() <= W {
        out.extend(shingles.iter().min().map(|&h| fold(h)));
    } else {
        for w in shingles.windows(W) {
            let least = fold(w.iter().copied().min().unwrap_or_default());
            // Neighbouring windows mostly share their least: kept once here,
            // the sort below has less to order.
            if out.len() == start || out.last() != Some(&least) {
                out.push(least);
            }
        }
    }
    out[start..].sort_unstable();
    let mut kept = start;
    for i in start..out.len() {
        if kept == start || out[i] != out[kept - 1] {
            out[kept] = out[i];
            kept += 1;
        }
    }
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::content_hash;

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

    #[test]
    fn the_byte_pass_hashes_the_words_tokens_hashes() {
        for text in [
            "The Council, on 3 March 2021, adopted COM(2023) 123 -- and\tthe\nrest . ,",
            "",
            "  lead and trail  ",
            "a\x0bb\x0cc\rd",
            "(İstanbul)\u{a0}l’Union — Straße\u{2003}ÉTÉ 2021",
        ] {
            let mut fast = Vec::new();
            word_hashes(text, &mut fast);
            let slow: Vec<u64> = tokens(text).into_iter().map(|(h, _)| h).collect();
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn a_word_hashes_as_its_lowercased_letters_and_digits() {
        for (word, core) in [
            ("Union,", "union"),
            ("(İstanbul)", "i̇stanbul"),
            ("—", ""),
            ("COM(2023)", "com2023"),
        ] {
            let got = tokens(word).first().map(|t| t.0);
            assert_eq!(got, (!core.is_empty()).then(|| content_hash(core.as_bytes())), "{word}");
        }
    }
}
