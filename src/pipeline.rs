//! How one load turns a path into a document: from the index cache when the
//! file is unchanged since it was cached, else read, segmented and extracted.
//! The lexicons are built on first need, so a load served wholly from the
//! cache never pays for them.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::cache::{IndexCache, Stamp};
use crate::document::content_hash;
use crate::entities::{Extractor, LexiconWarning, check_user_lexicon};
use crate::ingest::{FileResult, load_file, load_seeds};
use crate::loaded::document_id;

pub struct Pipeline {
    user: Option<(String, String)>,
    extractor: OnceLock<Extractor>,
    cache: Option<IndexCache>,
}

impl Pipeline {
    /// No cache; documents are built with `extractor`.
    pub fn with_extractor(extractor: Extractor) -> Pipeline {
        Pipeline {
            user: None,
            extractor: OnceLock::from(extractor),
            cache: None,
        }
    }

    /// The built-in lexicons (built on first need) and `cache`.
    pub fn with_cache(cache: IndexCache) -> Pipeline {
        Pipeline {
            user: None,
            extractor: OnceLock::new(),
            cache: Some(cache),
        }
    }

    /// The user's setup: built-in lexicons plus `entities.txt`, and, when
    /// `cache` is set and there is a cache directory, the index cache for
    /// `paths`. Returns the warnings for bad `entities.txt` lines.
    pub fn for_user(paths: &[PathBuf], cache: bool) -> (Pipeline, Vec<LexiconWarning>) {
        let (user, refused) = crate::config::user_lexicon();
        let mut warnings = user.as_ref().map(|(n, t)| check_user_lexicon(n, t)).unwrap_or_default();
        warnings.extend(refused);
        let cache = match crate::config::cache_dir() {
            Some(dir) if cache && !paths.is_empty() => {
                let fingerprint = fingerprint(user.as_ref().map(|(_, t)| t.as_str()));
                Some(IndexCache::open(IndexCache::path_for(&dir, paths), fingerprint))
            }
            _ => None,
        };
        let pipeline = Pipeline {
            user,
            extractor: OnceLock::new(),
            cache,
        };
        (pipeline, warnings)
    }

    pub fn extractor(&self) -> &Extractor {
        self.extractor.get_or_init(|| {
            let user = self.user.as_ref().map(|(n, t)| (n.as_str(), t.as_str()));
            Extractor::new(user).0
        })
    }

    /// One file, from the cache when it can be, else built (and then cached).
    /// `key` is its canonical path (`Discovery::canonical`): however the
    /// folder was named, a file has one cache entry.
    pub fn load(&self, path: &Path, key: &Path) -> FileResult {
        let Some(cache) = &self.cache else {
            return load_file(path.to_path_buf(), self.extractor());
        };
        // Stamped before reading: a file changed while being read is cached
        // under its old stamp, so the next start reads it again; and one not
        // settled when stamped is not cached at all (`Taken`).
        let taken = Stamp::take(path);
        if let Some(hit) = taken.and_then(|t| cache.get(key, t.stamp)) {
            // As named this time, whatever it was named when cached (a
            // renamed symlink keeps its target's entry): path and id alike,
            // exactly as a parse would give them.
            return hit
                .into_iter()
                .map(|mut loaded| {
                    loaded.doc.path = path.to_path_buf();
                    loaded.doc.id = document_id(path, loaded.doc.part.as_deref());
                    Ok(loaded)
                })
                .collect();
        }
        let loaded = load_file(path.to_path_buf(), self.extractor());
        // A file with a part that could not be read (an e-mail's damaged
        // attachment) is not cached: served from the cache, the refusal
        // would go unreported.
        if let Some(taken) = taken
            && taken.settled
            && let Some(docs) = loaded.iter().map(|r| r.as_ref().ok()).collect::<Option<Vec<_>>>()
        {
            cache.put(key, taken.stamp, &docs);
        }
        loaded
    }

    /// The bundled sample briefings (never cached: they are in the binary).
    pub fn seeds(&self) -> FileResult {
        load_seeds(self.extractor())
    }

    /// Saves the cache for the next start, if anything changed.
    pub fn finish(self) -> io::Result<()> {
        self.cache.map_or(Ok(()), IndexCache::finish)
    }

    /// Saves what this load parsed, for a load stopped part way.
    pub fn finish_partial(self) -> io::Result<()> {
        self.cache.map_or(Ok(()), IndexCache::finish_partial)
    }
}

/// What cached documents depend on: this build's code and lexicons
/// (`build.rs`) and the user's own entries.
fn fingerprint(user: Option<&str>) -> u64 {
    let stamp = format!(
        "{}\0{}\0{}",
        env!("CARGO_PKG_VERSION"),
        env!("ATTACHE_SOURCE_HASH"),
        user.unwrap_or("")
    );
    content_hash(stamp.as_bytes())
}
