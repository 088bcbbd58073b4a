//! The jump query parser and matcher on arbitrary queries against the seeds:
//! search (fresh and narrowing the previous search), describe, highlight, and
//! the plain clause finder. Narrowing must not change the result.
//! Matched against a small library (see `BRIEFING`) unless `ATTACHE_FUZZ_SEEDS` is set.
#![no_main]

use std::sync::OnceLock;

use attache::jump::{BookmarkEntry, ClauseFinder, JumpIndex, match_ranges, query_words};
use attache::library::Library;
use libfuzzer_sys::fuzz_target;

struct Index {
    lib: Library,
    index: JumpIndex,
    finder: ClauseFinder,
}

static INDEX: OnceLock<Index> = OnceLock::new();

/// A small library with what queries meet in the seeds (labels, sections,
/// diacritics, hyphenated names, entities, a bookmark): on the three seeds one
/// run takes ~30 ms instrumented (hundreds of keys fuzzy-scored), too slow to
/// fuzz. `ATTACHE_FUZZ_SEEDS=1` uses the seeds instead.
const BRIEFING: &str = "Joint Statement on Digital Partnership\n\nBrussels, 26 March 2024\n\n\
    ## 1. Semiconductors\n\n\
    1. The European Union (EU) and the Republic of Korea (ROK) welcomed EUR 3 million for Horizon Europe.\n\n\
    2. Minister Ulla Tørnæs said Dr. Lee Jong-Ho co-chaired the Türkiye meeting on export controls.\n\n\
    - supply-chain resilience, see COM(2023) 123 and 8318/24\n\n\
    ### (a) Beyond 5G/6G\n\nThe « Digital Panel » and 日本 and ﬁnance.\n";

fn index() -> &'static Index {
    INDEX.get_or_init(|| {
        let lib = if std::env::var_os("ATTACHE_FUZZ_SEEDS").is_some() {
            Library::load(&[])
        } else {
            let extractor = attache::entities::Extractor::new(None).0;
            let docs = [
                ("a.txt", BRIEFING),
                ("b.txt", "Other note\n\n(a) the EU and Korea.\n\n(b) nothing else.\n"),
            ];
            Library::from_sources(docs.map(|(p, t)| (p.into(), Ok(t.to_string()))), &extractor)
        };
        let mut index = JumpIndex::build(&lib);
        let bookmarks = [
            BookmarkEntry {
                doc: Some(0),
                clause: Some(1),
                label: "¶4".into(),
                note: "raise export controls".into(),
                quote: "Semiconductors' supply chain".into(),
            },
            BookmarkEntry {
                doc: None,
                clause: None,
                label: "3.".into(),
                note: String::new(),
                quote: "an orphaned Tørnæs quote".into(),
            },
        ];
        index.set_bookmarks(&lib, &bookmarks);
        let finder = ClauseFinder::build(&lib);
        Index { lib, index, finder }
    })
}

fuzz_target!(
    init: {
        index();
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
    let s = index();
    let query = String::from_utf8_lossy(data);
    let fresh = s.index.search(&query, 20, None);
    assert!(fresh.hits.len() <= 20 && fresh.hits.len() <= fresh.total.max(fresh.hits.len()));
    // The query as typed one keystroke earlier, then narrowed.
    if let Some((cut, _)) = query.char_indices().last() {
        let previous = s.index.search(&query[..cut], 20, None);
        let narrowed = s.index.search(&query, 20, Some(&previous));
        assert_eq!(narrowed.hits, fresh.hits, "narrowing changed the result");
        assert_eq!(narrowed.total, fresh.total);
    }
    for hit in &fresh.hits {
        let row = s.index.describe(&s.lib, hit.target);
        let chars = row.text.chars().count();
        for i in s.index.highlight(&row.text, &query) {
            assert!(i < chars, "highlight {i} past the end of {:?}", row.text);
        }
    }
    let words = query_words(&query);
    for (d, c) in s.finder.find(&query).into_iter().take(20) {
        let text = s.lib.documents[d as usize].clause_text(c as usize);
        let ranges = match_ranges(text, &words);
        assert!(!ranges.is_empty(), "found clause without a match range");
        for r in ranges {
            assert!(text.get(r).is_some());
        }
    }
}
