//! Word-level differences: Myers' O(ND) algorithm over token ids, bounded by
//! an edit budget. The bound makes the same function serve as the similarity
//! test (a pair needing more edits than the budget is not similar) and keeps
//! a pathological clause (a 5 MB line) from costing quadratic time.

/// One step of an edit script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Edit {
    Equal,
    Insert,
    Delete,
}

impl Edit {
    /// `=`, `+`, `-` as the JSON output names them.
    pub fn sign(self) -> &'static str {
        match self {
            Edit::Equal => "=",
            Edit::Insert => "+",
            Edit::Delete => "-",
        }
    }
}

/// Past this many edits the trace (quadratic in the edits) is not kept: two
/// clauses that far apart are shown as one deleted and one inserted run.
const MAX_EDITS: usize = 1000;

/// Steps Myers' search may take before giving up on tracing (a few tens of
/// milliseconds): only two long texts far apart reach it.
const MAX_WORK: usize = 20_000_000;

/// The edit script from `a` to `b` as runs of (edit, token count), deletions
/// before insertions at each change; `None` when more than `budget` tokens
/// must be inserted or deleted.
pub fn diff(a: &[u64], b: &[u64], budget: usize) -> Option<Vec<(Edit, usize)>> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a2, b2) = (&a[prefix..], &b[prefix..]);
    let suffix = a2.iter().rev().zip(b2.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a2, b2) = (&a2[..a2.len() - suffix], &b2[..b2.len() - suffix]);
    // Each extra token of the longer side costs at least one edit.
    if a2.len().abs_diff(b2.len()) > budget {
        return None;
    }
    let mut script = Vec::new();
    push(&mut script, Edit::Equal, prefix);
    if a2.is_empty() || b2.is_empty() {
        push(&mut script, Edit::Delete, a2.len());
        push(&mut script, Edit::Insert, b2.len());
    } else if let Some(middle) = myers(a2, b2, budget.min(MAX_EDITS)) {
        for (e, n) in middle {
            push(&mut script, e, n);
        }
    } else if budget > MAX_EDITS && a2.len() + b2.len() <= budget {
        // Too far apart to trace, yet within the budget: one deleted and one inserted run.
        push(&mut script, Edit::Delete, a2.len());
        push(&mut script, Edit::Insert, b2.len());
    } else {
        return None;
    }
    push(&mut script, Edit::Equal, suffix);
    Some(script)
}

/// Tokens a script keeps, deletes and inserts.
pub fn counts(script: &[(Edit, usize)]) -> (usize, usize, usize) {
    let mut c = (0, 0, 0);
    for &(e, n) in script {
        match e {
            Edit::Equal => c.0 += n,
            Edit::Delete => c.1 += n,
            Edit::Insert => c.2 += n,
        }
    }
    c
}

/// Similarity of two token sequences: twice the tokens kept in order over the
/// tokens of both (1 for equal, 0 for nothing in common); `None` below `floor`.
pub fn ratio(a: &[u64], b: &[u64], floor: f64) -> Option<f64> {
    let total = a.len() + b.len();
    if total == 0 {
        return Some(1.0);
    }
    // Kept tokens ≥ floor·total/2 ⇔ edits ≤ (1 − floor)·total.
    let budget = ((1.0 - floor) * total as f64).floor() as usize;
    let script = diff(a, b, budget)?;
    let (kept, _, _) = counts(&script);
    let r = 2.0 * kept as f64 / total as f64;
    (r >= floor).then_some(r)
}

fn push(script: &mut Vec<(Edit, usize)>, e: Edit, n: usize) {
    if n == 0 {
        return;
    }
    match script.last_mut() {
        Some((last, m)) if *last == e => *m += n,
        _ => script.push((e, n)),
    }
}

/// How many tokens two sorted bags share (with multiplicity).
pub fn common_count(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Myers' greedy forward search, keeping each round's frontier (diagonals
/// `-d..=d`, as `i32`: the trace is the quadratic part) to trace back.
fn myers(a: &[u64], b: &[u64], max_d: usize) -> Option<Vec<(Edit, usize)>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let offset = max_d as isize + 1;
    let mut v = vec![0i32; 2 * max_d + 3];
    let mut trace: Vec<Vec<i32>> = Vec::new();
    let mut work = 0usize;
    for d in 0..=max_d as isize {
        work += 2 * d as usize + 1;
        if work > MAX_WORK {
            return None;
        }
        trace.push(v[(offset - d) as usize..=(offset + d) as usize].to_vec());
        let mut k = -d;
        while k <= d {
            let at = |k: isize| v[(offset + k) as usize] as isize;
            let down = k == -d || (k != d && at(k - 1) < at(k + 1));
            let mut x = if down { at(k + 1) } else { at(k - 1) + 1 };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
                work += 1;
            }
            v[(offset + k) as usize] = x as i32;
            if x >= n && y >= m {
                return Some(backtrack(&trace, n, m, d));
            }
            k += 2;
        }
    }
    None
}

/// Walks the kept frontiers back from (n, m); round `d`'s frontier holds
/// diagonals `-d..=d` at indices `0..=2d`.
fn backtrack(trace: &[Vec<i32>], n: isize, m: isize, d_end: isize) -> Vec<(Edit, usize)> {
    let mut steps: Vec<Edit> = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (1..=d_end).rev() {
        let v = &trace[d as usize];
        let at = |k: isize| v[(k + d) as usize] as isize;
        let k = x - y;
        let down = k == -d || (k != d && at(k - 1) < at(k + 1));
        let prev_k = if down { k + 1 } else { k - 1 };
        let prev_x = at(prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            steps.push(Edit::Equal);
            x -= 1;
            y -= 1;
        }
        steps.push(if down { Edit::Insert } else { Edit::Delete });
        x = prev_x;
        y = prev_y;
    }
    while x > 0 && y > 0 {
        steps.push(Edit::Equal);
        x -= 1;
        y -= 1;
    }
    steps.reverse();
    // Within each run of changes, deletions first: `[-old-]{+new+}`.
    let mut script = Vec::new();
    let mut i = 0;
    while i < steps.len() {
        if steps[i] == Edit::Equal {
            push(&mut script, Edit::Equal, 1);
            i += 1;
            continue;
        }
        let end = steps[i..]
            .iter()
            .position(|e| *e == Edit::Equal)
            .map_or(steps.len(), |p| i + p);
        let dels = steps[i..end].iter().filter(|e| **e == Edit::Delete).count();
        push(&mut script, Edit::Delete, dels);
        push(&mut script, Edit::Insert, end - i - dels);
        i = end;
    }
    script
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &str) -> Vec<u64> {
        s.split_whitespace()
            .map(|w| crate::document::content_hash(w.as_bytes()))
            .collect()
    }

    /// Applies a script to `a` with `b`'s insertions: it must give `b` back.
    fn replay(a: &[u64], b: &[u64], script: &[(Edit, usize)]) -> Vec<u64> {
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        for &(e, n) in script {
            match e {
                Edit::Equal => {
                    assert_eq!(a[i..i + n], b[j..j + n]);
                    out.extend_from_slice(&a[i..i + n]);
                    i += n;
                    j += n;
                }
                Edit::Delete => i += n,
                Edit::Insert => {
                    out.extend_from_slice(&b[j..j + n]);
                    j += n;
                }
            }
        }
        assert_eq!((i, j), (a.len(), b.len()));
        out
    }

    #[test]
    fn finds_the_shortest_script_for_a_reworded_sentence() {
        let a = ids("the Council notes the need for a common approach");
        let b = ids("the Council stresses the urgent need for a common approach");
        let s = diff(&a, &b, 100).unwrap();
        assert_eq!(replay(&a, &b, &s), b);
        assert_eq!(counts(&s), (8, 1, 2));
        assert_eq!(
            s,
            vec![
                (Edit::Equal, 2),
                (Edit::Delete, 1),
                (Edit::Insert, 1),
                (Edit::Equal, 1),
                (Edit::Insert, 1),
                (Edit::Equal, 5)
            ]
        );
    }

    #[test]
    fn gives_up_past_the_budget_and_rates_accordingly() {
        let a = ids("one two three four five six");
        let b = ids("seven eight nine ten eleven twelve");
        assert!(diff(&a, &b, 6).is_none());
        assert_eq!(ratio(&a, &b, 0.5), None);
        let c = ids("one two three four five seven");
        assert!((ratio(&a, &c, 0.5).unwrap() - 10.0 / 12.0).abs() < 1e-9);
    }

    #[test]
    fn two_long_texts_far_apart_fall_back_to_one_deletion_and_one_insertion() {
        let a: Vec<u64> = (0..200_000u64).map(|i| i % 7).collect();
        let b: Vec<u64> = (0..200_000u64).map(|i| 7 + i % 5).collect();
        let s = diff(&a, &b, usize::MAX).unwrap();
        assert_eq!(s, vec![(Edit::Delete, a.len()), (Edit::Insert, b.len())]);
        assert_eq!(diff(&a, &b, 1000), None);
    }

    #[test]
    fn scripts_replay_on_shuffled_sequences() {
        let words: Vec<u64> = (0..40).map(|i| (i * 7919 % 13) as u64).collect();
        for shift in 1..12 {
            let b: Vec<u64> = words.iter().map(|w| (w + shift) % 13).collect();
            let s = diff(&words, &b, 1000).unwrap();
            assert_eq!(replay(&words, &b, &s), b);
        }
    }
}
