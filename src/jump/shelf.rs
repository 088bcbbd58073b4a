//! Candidate storage: the folded keys of one group of candidates back to back
//! in one string, with their kinds, targets and letter masks in parallel
//! vectors. A keystroke scans hundreds of thousands of keys; reading them in
//! order from one block lets the memory prefetcher keep up, where one
//! allocation per key made every candidate a cache miss.

use super::fold::fold_into;
use super::{CandidateKind, Target};

#[derive(Debug, Default)]
pub(super) struct Shelf {
    pub kinds: Vec<CandidateKind>,
    pub targets: Vec<Target>,
    pub masks: Vec<u64>,
    text: String,
    /// Where each key ends in `text` (it starts where the previous one ends).
    ends: Vec<u32>,
}

impl Shelf {
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Adds a candidate whose key is `parts` joined by spaces, folded.
    pub fn push(&mut self, kind: CandidateKind, target: Target, parts: &[&str]) {
        let start = self.text.len();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            fold_into(&mut self.text, part);
        }
        self.masks.push(mask(&self.text[start..]));
        self.ends.push(self.text.len() as u32);
        self.kinds.push(kind);
        self.targets.push(target);
    }

    pub fn key(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Moves `other`'s candidates to the end of this shelf.
    pub fn append(&mut self, other: Shelf) {
        let base = self.text.len() as u32;
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|e| e + base));
        self.kinds.extend(other.kinds);
        self.targets.extend(other.targets);
        self.masks.extend(other.masks);
    }

    pub fn clear(&mut self) {
        *self = Shelf::default();
    }

    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.kinds.shrink_to_fit();
        self.targets.shrink_to_fit();
        self.masks.shrink_to_fit();
    }
}

/// One bit per letter and digit present (bit 63: anything else).
pub(super) fn mask(s: &str) -> u64 {
    s.bytes().fold(0u64, |m, b| match b {
        b'a'..=b'z' => m | 1 << (b - b'a'),
        b'0'..=b'9' => m | 1 << (26 + b - b'0'),
        _ => m | 1 << 63,
    })
}
