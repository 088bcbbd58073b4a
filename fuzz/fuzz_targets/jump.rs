//! The jump query parser and matcher on arbitrary queries against the seeds:
//! search (fresh and narrowing the previous search), describe, highlight, and
//! the plain clause finder. Narrowing must not change the result.
#![no_main]

use std::sync::OnceLock;

use attache::jump::{BookmarkEntry, ClauseFinder, JumpIndex, match_ranges, query_words};
use attache::library::Library;
use libfuzzer_sys::fuzz_target;

struct Seeds {
    lib: Library,
    index: JumpIndex,
    finder: ClauseFinder,
}

static SEEDS: OnceLock<Seeds> = OnceLock::new();

fn seeds() -> &'static Seeds {
    SEEDS.get_or_init(|| {
        let lib = Library::load(&[]);
        let mut index = JumpIndex::build(&lib);
        let bookmarks = [
            BookmarkEntry {
                doc: Some(2),
                clause: Some(3),
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
        Seeds { lib, index, finder }
    })
}

fuzz_target!(
    init: {
        seeds();
    },
    |data: &[u8]| {
        let s = seeds();
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
);
