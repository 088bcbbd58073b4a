//! Comparing two versions of a 200-clause briefing (seed prose, numbered):
//! a revision with 20 clauses reworded, 5 moved, 5 split, 5 added, 5 deleted
//! and the rest renumbered; beside the yardstick of a document against an
//! identical copy (hashing and pairing only) and the worst case of two
//! unrelated documents (every pair of clauses weighed).

use attache::compare::{Unit, compare_units};
use attache::decode::normalise;
use attache::seeds::SEEDS;
use criterion::{Criterion, criterion_group, criterion_main};

const CLAUSES: usize = 200;

/// Body paragraphs of the seeds long enough to read as clauses.
fn prose() -> Vec<String> {
    SEEDS
        .iter()
        .flat_map(|(_, b)| {
            normalise(std::str::from_utf8(b).unwrap())
                .split("\n\n")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| p.split_whitespace().count() >= 20)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `CLAUSES` distinct clauses: seed paragraphs, each made distinct by the
/// item it is about (`salt` changes every one of them).
fn document(prose: &[String], salt: &str) -> Vec<String> {
    (0..CLAUSES)
        .map(|i| {
            let p = &prose[i % prose.len()];
            let cut = p.len() / 2;
            let cut = (cut..p.len())
                .find(|&c| p.is_char_boundary(c) && p[c..].starts_with(' '))
                .unwrap_or(p.len());
            format!("{} on item {i}{salt} {}", &p[..cut], &p[cut..])
        })
        .collect()
}

fn revision(old: &[String]) -> Vec<String> {
    // Five clauses (12, 52, …) moved 30 places down first, so each edit below
    // still finds its clause whole.
    let mut order: Vec<usize> = (0..old.len()).collect();
    for k in 0..5 {
        let from = order.iter().position(|&i| i == 12 + 40 * k).unwrap();
        let i = order.remove(from);
        order.insert((from + 30).min(order.len()), i);
    }
    let mut new: Vec<String> = Vec::new();
    for i in order {
        let c = &old[i];
        match i % 40 {
            3 => continue, // deleted
            7 => {
                // split at its middle
                let words: Vec<&str> = c.split_whitespace().collect();
                new.push(words[..words.len() / 2].join(" "));
                new.push(words[words.len() / 2..].join(" "));
            }
            _ if i % 10 == 5 => new.push(c.replacen(" the ", " the agreed ", 2).replace("item", "point")),
            _ => new.push(c.clone()),
        }
        if i % 40 == 20 {
            new.push(format!(
                "A new paragraph {i} on the follow-up of the Council's work programme for the coming year."
            ));
        }
    }
    new
}

fn units(texts: &[String], labels: &[String]) -> Vec<(String, String)> {
    texts.iter().zip(labels).map(|(t, l)| (l.clone(), t.clone())).collect()
}

fn u(v: &[(String, String)]) -> Vec<Unit<'_>> {
    v.iter().map(|(l, t)| Unit { label: l, text: t }).collect()
}

fn bench(c: &mut Criterion) {
    let prose = prose();
    let old = document(&prose, "");
    let new = revision(&old);
    let other = document(&prose[prose.len() / 2..], " elsewhere");
    let labels: Vec<String> = (1..=CLAUSES + 20).map(|i| format!("{i}.")).collect();
    let (old, new, other) = (units(&old, &labels), units(&new, &labels), units(&other, &labels));
    let (ou, nu, xu) = (u(&old), u(&new), u(&other));
    let summary = compare_units(&ou, &nu).summary(&[], &[]);
    let got = (
        summary.changed,
        summary.moved,
        summary.split,
        summary.added,
        summary.deleted,
    );
    assert_eq!(got, (20, 5, 5, 5, 5), "{summary}");
    let mut g = c.benchmark_group("compare");
    g.sample_size(20);
    g.bench_function("200 clauses, a revision", |b| b.iter(|| compare_units(&ou, &nu)));
    g.bench_function("200 clauses, an identical copy (yardstick)", |b| {
        b.iter(|| compare_units(&ou, &ou))
    });
    g.bench_function("200 clauses, unrelated (worst case)", |b| {
        b.iter(|| compare_units(&ou, &xu))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
