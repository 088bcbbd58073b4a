//! Entity extraction on arbitrary text, through the library as loading does
//! (segmentation, alias linking, the entity table): no panic, and every
//! mention a char-boundary range inside its clause.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use attache::decode::normalise;
use attache::entities::Extractor;
use attache::library::Library;
use libfuzzer_sys::fuzz_target;

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(
    init: {
        EXTRACTOR.get_or_init(|| Extractor::new(None).0);
    },
    |data: &[u8]| {
        // One hand-off to the pool per run, not one per parallel iterator inside.
        POOL.get_or_init(one_thread).install(|| run(data));
    }
);

/// A one-thread rayon pool: the library's parallel iterators run inside it
/// without waking other threads (cheaper, and the fuzzer owns one core).
fn one_thread() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a rayon pool")
}

static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();

fn run(data: &[u8]) {
    let extractor = EXTRACTOR.get().expect("built in init");
    let raw = String::from_utf8_lossy(data);
    // Raw text (as a caller might pass it) straight to the extractor…
    for found in extractor.extract_document(&[&raw]).into_iter().flatten() {
        assert!(raw.get(found.range.start as usize..found.range.end as usize).is_some());
    }
    // …and normalised text through the library, as a file is loaded.
    let text = normalise(&raw);
    let lib = Library::from_sources(vec![(PathBuf::from("fuzz.txt"), Ok(text))], extractor);
    for d in &lib.documents {
        for (i, c) in d.clauses.iter().enumerate() {
            let t = d.clause_text(i);
            for m in &c.mentions {
                assert!(
                    t.get(m.range.start as usize..m.range.end as usize)
                        .is_some_and(|s| !s.is_empty())
                );
            }
        }
        for m in &d.header_mentions {
            assert!(d.header.get(m.range.start as usize..m.range.end as usize).is_some());
        }
    }
    for e in &lib.entities {
        assert!(!e.name.chars().any(char::is_control));
        assert!(!e.aliases.iter().any(|a| a.chars().any(char::is_control)));
    }
}
