//! Checking a candidate word by word: the best pair of sentences of the
//! passage and of the clause, the words they share in order and the edits
//! from one to the other.

use crate::compare::diff::{Edit, diff};

use super::{MIN_CLOSENESS, MIN_SHARED};

/// A sentence pair's agreement: words shared in order, closeness, the edits.
pub(super) struct Match {
    pub shared: usize,
    pub closeness: f64,
    pub words: Vec<(Edit, String)>,
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
pub(super) fn compare_words(a: &[(u64, &str)], b: &[(u64, &str)]) -> Option<Match> {
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
