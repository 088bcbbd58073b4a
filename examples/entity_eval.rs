//! Prints entity precision/recall/F1 against hand annotations.
//! `cargo run --release --example entity_eval [DOCS_DIR GOLD_DIR]...`
//! (default: the bundled seeds with `tests/fixtures/gold`, plus
//! `../shared/corpus` with `../shared/gold` when present).

use std::collections::BTreeMap;
use std::path::PathBuf;

use attache::eval::{gold_surfaces, predicted, score, table};
use attache::library::Library;

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pairs: Vec<(PathBuf, PathBuf)> = if args.len() >= 2 {
        args.chunks(2)
            .filter(|c| c.len() == 2)
            .map(|c| (c[0].clone(), c[1].clone()))
            .collect()
    } else {
        let mut v = vec![(root.join("seeds"), root.join("tests/fixtures/gold"))];
        let shared = root.join("../shared");
        if shared.join("corpus").is_dir() {
            v.push((shared.join("corpus"), shared.join("gold")));
        }
        v
    };
    let mut totals = BTreeMap::new();
    let mut docs = 0;
    for (dir, gold_dir) in pairs {
        let lib = Library::load(&[dir]);
        for (i, d) in lib.documents.iter().enumerate() {
            let Ok(text) = std::fs::read_to_string(gold_dir.join(format!("{}.json", d.id))) else {
                continue;
            };
            let Ok(gold) = serde_json::from_str(&text) else {
                continue;
            };
            score(&predicted(&lib, i), &gold_surfaces(&gold), &mut totals);
            docs += 1;
        }
    }
    println!("entities on {docs} annotated documents (strict: case-insensitive, whitespace-normalised)");
    print!("{}", table(&totals));
}
