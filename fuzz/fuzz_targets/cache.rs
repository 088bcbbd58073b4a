//! The index cache on arbitrary bytes: as one entry past its checksum (what a
//! deliberate edit of the cache could hold) and as a whole cache file. No
//! panic; an entry that passes the checks reads without panic everywhere the
//! reader reads it.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use attache::cache::{IndexCache, Stamp, decode_entry};
use libfuzzer_sys::fuzz_target;

static FILE: OnceLock<PathBuf> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    for loaded in decode_entry(data).unwrap_or_default() {
        let d = loaded.document();
        for (i, c) in d.clauses.iter().enumerate() {
            let text = d.clause_text(i);
            let _ = d.section_title(i);
            for s in &c.spans {
                assert!(text.get(s.range.start as usize..s.range.end as usize).is_some());
            }
            for m in &c.mentions {
                assert!(!d.mention_text(Some(i as u32), &m.range).is_empty());
                assert!((m.entity as usize) < loaded.names().len());
            }
        }
        for m in &d.header_mentions {
            assert!(!d.mention_text(None, &m.range).is_empty());
        }
    }
    let file = FILE.get_or_init(|| std::env::temp_dir().join(format!("attache-fuzz-cache-{}.bin", std::process::id())));
    if std::fs::write(file, data).is_ok() {
        let stamp = Stamp {
            size: 120,
            modified_ns: 1,
        };
        let _ = IndexCache::open(file.clone(), 1).get(Path::new("/briefings/a.txt"), stamp);
    }
});
