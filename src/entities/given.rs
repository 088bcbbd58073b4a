//! Given names of many cultures (`assets/names/given.txt`, built from Faker's
//! person providers, MIT, by `scripts/build-given-names`, and `given-extra.txt`,
//! names of public office-holders the tables lack): a capitalised pair that
//! opens with one is a person with no role cue (`… said Jonas Gahr Støre`).

use std::sync::OnceLock;

use super::surfaces;
use super::tokens::Token;

/// The names in an open-addressed table by their hash (`surfaces::hash`, as
/// the tokenizer reads a word), kept under a third full: most capitalised
/// words, no given name, are answered by the first slot they probe.
struct Names {
    hashes: Box<[u64]>,
    names: Box<[&'static str]>,
    shift: u32,
}

static NAMES: OnceLock<Names> = OnceLock::new();

fn names() -> &'static Names {
    NAMES.get_or_init(|| {
        let files = [
            include_str!("../../assets/names/given.txt"),
            include_str!("../../assets/names/given-extra.txt"),
        ];
        let v: Vec<&'static str> = files
            .iter()
            .flat_map(|f| f.lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let bits = (v.len() * 3).next_power_of_two().trailing_zeros();
        let mut table = Names {
            hashes: vec![0; 1 << bits].into_boxed_slice(),
            names: vec![""; 1 << bits].into_boxed_slice(),
            shift: 64 - bits,
        };
        for n in v {
            let h = surfaces::hash(n, false) | 1;
            let mut i = (h >> table.shift) as usize;
            // A name in both lists is kept once (no sort needed to find it).
            let mut present = false;
            while table.hashes[i] != 0 {
                present |= table.hashes[i] == h && table.names[i] == n;
                i = (i + 1) & (table.hashes.len() - 1);
            }
            if present {
                continue;
            }
            table.hashes[i] = h;
            table.names[i] = n;
        }
        table
    })
}

/// Builds the table now, so that the first document read does not pay for
/// it: the extractor calls this once, when it is made.
pub fn warm() {
    names();
}

fn lookup(word: &str, hash: u64) -> bool {
    let n = names();
    let h = hash | 1;
    let mut i = (h >> n.shift) as usize;
    while n.hashes[i] != 0 {
        if n.hashes[i] == h && n.names[i] == word {
            return true;
        }
        i = (i + 1) & (n.hashes.len() - 1);
    }
    false
}

/// Whether `w` (as written: `Jonas`, or `JONAS` in a capitals line) is a known given name.
pub fn is_given_name(w: &str) -> bool {
    is_given_hashed(w, surfaces::hash(w, false))
}

/// `is_given_name` for a token, whose hash the tokenizer has read already.
pub fn is_given_token(t: &Token) -> bool {
    if t.lead_end == t.end {
        is_given_hashed(t.text, t.lead_hash)
    } else {
        is_given_name(t.text)
    }
}

fn is_given_hashed(w: &str, hash: u64) -> bool {
    if lookup(w, hash) {
        return true;
    }
    // `JONAS` is looked up as `Jonas`; a word of one case only is.
    let mut chars = w.chars();
    match chars.next() {
        Some(first) if w.len() > 2 && chars.as_str().chars().all(char::is_uppercase) => {
            let title: String = std::iter::once(first)
                .chain(chars.flat_map(char::to_lowercase))
                .collect();
            lookup(&title, surfaces::hash(&title, false))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_given_names_of_many_cultures_and_not_common_words() {
        for n in [
            "John", "Jonas", "Mohammed", "Kofi", "Ursula", "Sergey", "JONAS", "Joe", "Narendra", "Xi",
        ] {
            assert!(is_given_name(n), "{n}");
        }
        for w in ["Will", "May", "Doctor", "Council", "China", "jonas", "Press", "Media"] {
            assert!(!is_given_name(w), "{w}");
        }
    }
}
