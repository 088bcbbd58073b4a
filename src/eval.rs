//! Scores extracted entities against hand annotations (`gold/*.json`): per
//! kind precision, recall and F1 over the distinct surface forms of each
//! document, compared case-insensitively on whitespace-normalised text with a
//! leading `the` ignored. Used by the test suite and `examples/entity_eval.rs`.

use std::collections::{BTreeMap, HashSet};

use crate::document::EntityKind;
use crate::library::Library;

/// Distinct normalised surfaces per kind, for one document.
pub type Surfaces = BTreeMap<EntityKind, HashSet<String>>;

/// True-positive, false-positive and false-negative counts for one kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// `The  European Union.` → `european union`.
pub fn normalise(s: &str) -> String {
    let s = s.replace(['\u{a0}', '*'], " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let s = s.strip_prefix("the ").map(str::to_string).unwrap_or(s);
    s.trim_matches([' ', '.', ',', ';', ':']).to_string()
}

/// What attache found in document `doc`: every mention's surface, by kind.
pub fn predicted(lib: &Library, doc: usize) -> Surfaces {
    let mut out = Surfaces::new();
    for e in &lib.entities {
        for m in e.mentions.iter().filter(|m| m.doc as usize == doc) {
            let text = lib.documents[doc].mention_text(m.clause, &m.range);
            out.entry(e.kind).or_default().insert(normalise(text));
        }
    }
    out
}

/// The gold's `entities` object (kind → list of surfaces).
pub fn gold_surfaces(gold: &serde_json::Value) -> Surfaces {
    let mut out = Surfaces::new();
    if let Some(map) = gold.get("entities").and_then(|e| e.as_object()) {
        for (k, v) in map {
            let Some(kind) = EntityKind::parse(if k == "programme_or_law" { "programme" } else { k }) else {
                continue;
            };
            let set = out.entry(kind).or_default();
            for s in v.as_array().into_iter().flatten().filter_map(|s| s.as_str()) {
                let n = normalise(s);
                if !n.is_empty() {
                    set.insert(n);
                }
            }
        }
    }
    out
}

/// Adds one document's comparison to running totals.
pub fn score(pred: &Surfaces, gold: &Surfaces, totals: &mut BTreeMap<EntityKind, Counts>) {
    for kind in EntityKind::ALL {
        let empty = HashSet::new();
        let p = pred.get(&kind).unwrap_or(&empty);
        let g = gold.get(&kind).unwrap_or(&empty);
        let c = totals.entry(kind).or_default();
        c.tp += p.intersection(g).count();
        c.fp += p.difference(g).count();
        c.fn_ += g.difference(p).count();
    }
}

/// Micro-average over kinds.
pub fn micro(totals: &BTreeMap<EntityKind, Counts>) -> Counts {
    totals.values().fold(Counts::default(), |a, c| Counts {
        tp: a.tp + c.tp,
        fp: a.fp + c.fp,
        fn_: a.fn_ + c.fn_,
    })
}

/// The table the tests and the example print.
pub fn table(totals: &BTreeMap<EntityKind, Counts>) -> String {
    let mut out = format!(
        "{:<14}{:>6}{:>6}{:>6}{:>5}{:>5}{:>5}\n",
        "kind", "P", "R", "F1", "tp", "fp", "fn"
    );
    let row = |name: &str, c: &Counts| {
        format!(
            "{name:<14}{:>6.2}{:>6.2}{:>6.2}{:>5}{:>5}{:>5}\n",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        )
    };
    for (k, c) in totals {
        out.push_str(&row(k.as_str(), c));
    }
    out.push_str(&row("micro", &micro(totals)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_space_and_a_leading_the() {
        assert_eq!(normalise("The  European\u{a0}Union."), "european union");
    }

    #[test]
    fn scores_precision_and_recall_per_kind() {
        let mut pred = Surfaces::new();
        pred.entry(EntityKind::Place)
            .or_default()
            .extend(["brussels".to_string(), "seoul".to_string()]);
        let gold = gold_surfaces(&serde_json::json!({"entities": {"place": ["Brussels", "Arctic"]}}));
        let mut totals = BTreeMap::new();
        score(&pred, &gold, &mut totals);
        let c = totals[&EntityKind::Place];
        assert_eq!((c.tp, c.fp, c.fn_), (1, 1, 1));
        assert!((c.f1() - 0.5).abs() < 1e-9);
    }
}
