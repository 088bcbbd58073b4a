//! Version pairs made from the bundled briefings: a copy edited as delegates
//! edit (a clause reworded, one moved, one split, the rest renumbered, one
//! added, one deleted), and the comparison must report exactly those edits.

use super::align::least_similarity;
use super::diff::ratio;
use super::*;
use crate::decode::normalise;
use crate::seeds::SEEDS;
use crate::segment::{Segmented, segment};

fn seed(name_start: &str) -> String {
    let (_, bytes) = SEEDS.iter().find(|(n, _)| n.starts_with(name_start)).unwrap();
    normalise(std::str::from_utf8(bytes).unwrap())
}

fn units_of(s: &Segmented) -> Vec<Unit<'_>> {
    s.clauses
        .iter()
        .map(|c| Unit {
            label: &c.label,
            text: &s.text[c.text.start as usize..c.text.end as usize],
        })
        .collect()
}

/// Each change as `op old-labels -> new-labels`.
fn ops(old: &Segmented, new: &Segmented) -> Vec<String> {
    let cmp = compare_units(&units_of(old), &units_of(new));
    cmp.changes
        .iter()
        .map(|c| {
            let labels = |s: &Segmented, idx: &[usize]| {
                idx.iter()
                    .map(|&i| s.clauses[i].label.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            format!("{} {}->{}", c.op.as_str(), labels(old, &c.old), labels(new, &c.new))
        })
        .collect()
}

/// The numbered paragraphs of a seed (text after the `N) ` label), and what precedes them.
fn numbered(text: &str) -> (String, Vec<String>) {
    let first = text.find("\n1) ").unwrap() + 1;
    let paras = text[first..]
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once(") ").unwrap().1.to_string())
        .collect();
    (text[..first].to_string(), paras)
}

fn renumbered(head: &str, paras: &[String]) -> String {
    let mut out = head.to_string();
    for (i, p) in paras.iter().enumerate() {
        out.push_str(&format!("{}) {p}\n\n", i + 1));
    }
    out
}

#[test]
fn council_conclusions_edited_every_way_report_exactly_those_edits() {
    let original = seed("000");
    let (head, p) = numbered(&original);
    assert_eq!(p.len(), 5);
    let cut = p[0].find(" It has highlighted").unwrap();
    let (first_half, second_half) = (p[0][..cut].to_string(), p[0][cut + 1..].to_string());
    let reworded = p[3]
        .replace(
            "The Council underlines the need",
            "The Council stresses the urgent need",
        )
        .replace("The first meeting of the Network took place in May 2020.", "");
    let added = "The Council invites the High Representative to report on the implementation of these conclusions by the end of 2021.".to_string();
    // 1 split in two, 5 moved up, 3 deleted, 4 reworded, a new last paragraph; all renumbered.
    let edited = [first_half, second_half, p[4].clone(), p[1].clone(), reworded, added];
    let (old, new) = (segment(&original), segment(&renumbered(&head, &edited)));
    assert_eq!(
        ops(&old, &new),
        [
            "split 1)->1),2)",
            "moved 5)->3)",
            "same 2)->4)",
            "deleted 3)->",
            "changed 4)->5)",
            "added ->6)",
        ]
    );
}

#[test]
fn a_reworded_clause_shows_its_deleted_and_inserted_words() {
    let original = seed("000");
    let (head, mut p) = numbered(&original);
    p[3] = p[3].replace(
        "The Council underlines the need",
        "The Council stresses the urgent need",
    );
    let (old, new) = (segment(&original), segment(&renumbered(&head, &p)));
    let cmp = compare_units(&units_of(&old), &units_of(&new));
    let changed: Vec<&Change> = cmp.changes.iter().filter(|c| c.op != Op::Same).collect();
    assert_eq!(changed.len(), 1);
    let marked = marked_text(&changed[0].words);
    assert!(
        marked.starts_with("The Council [-underlines-] {+stresses+} the {+urgent+} need for"),
        "{marked}"
    );
    let s = cmp.summary(&[], &[]);
    assert_eq!((s.changed, s.same), (1, 4));
}

#[test]
fn renumbering_alone_is_no_change() {
    let original = seed("000");
    let (head, p) = numbered(&original);
    // A numbering that starts at 11: every label differs, no word does.
    let mut shifted = head.clone();
    for (i, para) in p.iter().enumerate() {
        shifted.push_str(&format!("{}) {para}\n\n", i + 11));
    }
    let (old, new) = (segment(&original), segment(&shifted));
    let cmp = compare_units(&units_of(&old), &units_of(&new));
    assert!(cmp.changes.iter().all(|c| c.op == Op::Same), "{:?}", ops(&old, &new));
    let labels = |s: &Segmented| s.clauses.iter().map(|c| c.label.clone()).collect::<Vec<_>>();
    let (lo, ln) = (labels(&old), labels(&new));
    let lo: Vec<&str> = lo.iter().map(String::as_str).collect();
    let ln: Vec<&str> = ln.iter().map(String::as_str).collect();
    let summary = cmp.summary(&lo, &ln);
    assert_eq!(summary.renumbered, 5);
    assert_eq!(summary.to_string(), "no changes; 5 the same (5 renumbered)");
}

#[test]
fn joint_statement_paragraphs_moved_merged_and_deleted_are_found() {
    let original = seed("002");
    let paras: Vec<&str> = original.split("\n\n").collect();
    let find = |start: &str| paras.iter().position(|p| p.starts_with(start)).unwrap();
    let forum = find("Both sides also launched");
    let platforms = find("Both sides decided to deepen");
    let next = find("The third meeting");
    let mut edited: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
    // The platforms paragraph moves to the end; the forum paragraph is merged
    // into the one before it; the last paragraph is deleted.
    let merged = format!("{} {}", edited[forum - 1], edited[forum]);
    edited[forum - 1] = merged;
    let moved = edited[platforms].clone();
    edited[next] = moved;
    edited.remove(platforms);
    edited.remove(forum);
    let (old, new) = (segment(&original), segment(&edited.join("\n\n")));
    let got = ops(&old, &new);
    let interesting: Vec<&String> = got.iter().filter(|o| !o.starts_with("same")).collect();
    assert_eq!(interesting.len(), 3, "{got:#?}");
    assert!(interesting[0].starts_with("merged "), "{got:#?}");
    let label = |s: &Segmented, start: &str| {
        let i = (0..s.clauses.len())
            .find(|&i| s.text[s.clauses[i].text.start as usize..].starts_with(start))
            .unwrap();
        s.clauses[i].label.clone()
    };
    let platforms_old = label(&old, "Both sides decided to deepen");
    let platforms_new = label(&new, "Both sides decided to deepen");
    assert!(
        interesting
            .iter()
            .any(|o| **o == format!("moved {platforms_old}->{platforms_new}")),
        "{got:#?}"
    );
    let last_old = label(&old, "The third meeting");
    assert!(
        interesting.iter().any(|o| **o == format!("deleted {last_old}->")),
        "{got:#?}"
    );
}

#[test]
fn a_document_against_itself_is_all_the_same() {
    let s = segment(&seed("002"));
    let cmp = compare_units(&units_of(&s), &units_of(&s));
    assert_eq!(cmp.changes.len(), s.clauses.len());
    assert!(
        cmp.changes
            .iter()
            .enumerate()
            .all(|(i, c)| c.op == Op::Same && c.new == [i])
    );
}

#[test]
fn distinct_clauses_of_the_seeds_stay_below_the_similarity_threshold() {
    // The threshold's justification: no two different clauses of real
    // briefings read as one clause reworded (short lines, which share set
    // phrases such as "Read more about the", need two thirds of their words).
    let texts: Vec<String> = SEEDS
        .iter()
        .flat_map(|(_, b)| {
            let s = segment(&normalise(std::str::from_utf8(b).unwrap()));
            (0..s.clauses.len())
                .map(|i| s.text[s.clauses[i].text.start as usize..s.clauses[i].text.end as usize].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let ids: Vec<Vec<u64>> = texts
        .iter()
        .map(|t| {
            t.split_whitespace()
                .map(|w| crate::document::content_hash(w.as_bytes()))
                .collect()
        })
        .collect();
    let mut pairs = 0;
    for i in 0..ids.len() {
        for j in i + 1..ids.len() {
            if texts[i] != texts[j] {
                pairs += 1;
                let floor = least_similarity(ids[i].len(), ids[j].len());
                assert_eq!(ratio(&ids[i], &ids[j], floor), None, "{}\n{}", texts[i], texts[j]);
            }
        }
    }
    assert!(pairs > 500, "{pairs}");
}
