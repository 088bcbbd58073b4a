//! All loaded documents and the indexes across them. Loading runs the whole
//! pipeline (read → decode → segment → extract) per file in parallel, then
//! merges in a stable order so ids and output never depend on thread timing.
//! `Library::add` merges a batch at a time, so a large library can be loaded
//! in the background (`background.rs`) while the reader already shows the
//! documents that have arrived.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::doc_index::DocIndex;
use crate::document::{Document, Entity, EntityKind, Location, Mention};
use crate::entities::Extractor;
use crate::ingest::{FileResult, load_file, load_seeds};
use crate::load::{Discovery, SkipReason, Skipped, discover};
use crate::loaded::{LoadedDocument, Origin, build_document};
use crate::pipeline::Pipeline;
use crate::reuse::{ReuseIndex, ReuseIndexBuilder};

/// The documents of one session, in load order.
#[derive(Debug, Default)]
pub struct Library {
    pub documents: Vec<Document>,
    /// Canonical entities; `Mention::entity` indexes here.
    pub entities: Vec<Entity>,
    pub skipped: Vec<Skipped>,
    pub other_extensions: usize,
    /// Ids given so far (for making stems unique across batches).
    ids: HashMap<String, usize>,
    index: EntityIndex,
    /// Documents by hash, path and id, kept up to date batch by batch.
    lookup: DocIndex,
}

/// Ways `Library::find` can fail to name one document.
#[derive(Debug, PartialEq, Eq)]
pub enum FindError {
    NotFound,
    /// Ids of the documents that match.
    Ambiguous(Vec<String>),
}

impl Library {
    /// Loads files and folders with the built-in lexicons; with no paths, the bundled seeds.
    pub fn load(paths: &[PathBuf]) -> Library {
        Library::load_with(paths, &Extractor::new(None).0)
    }

    /// Loads files and folders, extracting entities with `extractor`.
    pub fn load_with(paths: &[PathBuf], extractor: &Extractor) -> Library {
        if paths.is_empty() {
            let mut lib = Library::default();
            lib.add(load_seeds(extractor));
            return lib;
        }
        Library::load_files(paths, |path, _| {
            without_prints(load_file(path.to_path_buf(), extractor))
        })
    }

    /// Loads files and folders through `pipeline` (the index cache, the
    /// user's lexicons); with no paths, the bundled seeds.
    pub fn load_through(paths: &[PathBuf], pipeline: &Pipeline) -> Library {
        if paths.is_empty() {
            let mut lib = Library::default();
            lib.add(pipeline.seeds());
            return lib;
        }
        Library::load_files(paths, |path, key| without_prints(pipeline.load(path, key)))
    }

    /// `load_through`, with the agreed-language index gathered from the
    /// documents' fingerprints as they arrive (from the cache or just made).
    pub fn load_with_reuse(paths: &[PathBuf], pipeline: &Pipeline) -> (Library, ReuseIndex) {
        let mut reuse = ReuseIndexBuilder::default();
        let lib = if paths.is_empty() {
            let mut seeds = pipeline.seeds();
            reuse.add_batch(&mut seeds);
            let mut lib = Library::default();
            lib.add(seeds);
            lib
        } else {
            Library::load_files_seen(paths, |path, key| pipeline.load(path, key), |b| reuse.add_batch(b))
        };
        (lib, reuse.finish())
    }

    fn load_files<F>(paths: &[PathBuf], load: F) -> Library
    where
        F: Fn(&Path, &Path) -> FileResult + Sync,
    {
        Library::load_files_seen(paths, load, |_| {})
    }

    /// Loads the files, showing `seen` what was built before it is merged.
    fn load_files_seen<F, S>(paths: &[PathBuf], load: F, seen: S) -> Library
    where
        F: Fn(&Path, &Path) -> FileResult + Sync,
        S: FnOnce(&mut [Result<LoadedDocument, Skipped>]),
    {
        let Discovery {
            files,
            canonical,
            skipped,
            other_extensions,
        } = discover(paths);
        // Read and build in one pass per file, so each raw text is dropped as
        // soon as its document is built (peak memory stays near the result).
        let built: Vec<_> = files
            .par_iter()
            .zip(canonical.par_iter())
            .map(|(path, key)| load(path, key))
            .collect();
        let mut built: Vec<_> = built.into_iter().flatten().collect();
        seen(&mut built);
        let mut lib = Library {
            skipped,
            other_extensions,
            ..Library::default()
        };
        lib.add(built);
        lib.compact();
        lib
    }

    /// Builds a library from already-read sources (path, decoded text or why not).
    pub fn from_sources(
        sources: impl IntoIterator<Item = (PathBuf, Result<String, SkipReason>)>,
        extractor: &Extractor,
    ) -> Library {
        let sources: Vec<_> = sources.into_iter().collect();
        let built: Vec<Result<LoadedDocument, Skipped>> = sources
            .into_par_iter()
            .map(|(path, text)| match text {
                Ok(text) => Ok(build_document(path, &text, Origin::default(), extractor)),
                Err(reason) => Err(Skipped { path, reason }),
            })
            .collect();
        let mut lib = Library::default();
        lib.add(built);
        lib
    }

    /// Merges a batch of loaded documents, in order: ids made unique,
    /// entities numbered library-wide. Returns the index of the first new document.
    pub fn add(&mut self, batch: Vec<Result<LoadedDocument, Skipped>>) -> usize {
        let first = self.documents.len();
        for b in batch {
            match b {
                Ok(mut built) => {
                    built.doc.id = unique_id(&mut self.ids, &built.doc.id);
                    self.index
                        .add(&mut built, self.documents.len() as u32, &mut self.entities);
                    self.lookup.add(self.documents.len(), &built.doc);
                    self.documents.push(built.doc);
                }
                Err(s) => self.skipped.push(s),
            }
        }
        first
    }

    /// Documents by content hash, recorded path and id (for bookmarks and
    /// reading positions: a lookup, not a scan).
    pub fn lookup(&self) -> &DocIndex {
        &self.lookup
    }

    /// Gives back the slack of vectors grown one push at a time (each entity's
    /// mentions); call once loading is done. Worth a tenth of the memory on a
    /// large library.
    pub fn compact(&mut self) {
        for e in &mut self.entities {
            e.mentions.shrink_to_fit();
            e.aliases.shrink_to_fit();
        }
        self.entities.shrink_to_fit();
        self.documents.shrink_to_fit();
    }

    /// Entity ids mentioned in one document, each once, in order of first mention.
    pub fn document_entities(&self, doc: usize) -> Vec<u32> {
        let d = &self.documents[doc];
        let mut seen = std::collections::HashSet::new();
        d.header_mentions
            .iter()
            .map(|m| m.entity)
            .chain(d.clauses.iter().flat_map(|c| c.mentions.iter().map(|m| m.entity)))
            .filter(|e| seen.insert(*e))
            .collect()
    }

    /// A document by id, file name, or a fragment of its title (case-insensitive).
    pub fn find(&self, query: &str) -> Result<usize, FindError> {
        let q = query.trim();
        if let Some(i) = self.documents.iter().position(|d| d.id == q) {
            return Ok(i);
        }
        let file_name = |d: &Document| d.path.file_name().map(|n| n.to_string_lossy().into_owned());
        if let Some(i) = self.documents.iter().position(|d| file_name(d).as_deref() == Some(q)) {
            return Ok(i);
        }
        let ql = q.to_lowercase();
        let hits: Vec<usize> = (0..self.documents.len())
            .filter(|&i| {
                let d = &self.documents[i];
                d.id.to_lowercase().starts_with(&ql)
                    || d.display_title().to_lowercase().contains(&ql)
                    || d.meta.number.as_deref() == Some(q)
            })
            .collect();
        match hits.as_slice() {
            [] => Err(FindError::NotFound),
            [one] => Ok(*one),
            many => Err(FindError::Ambiguous(
                many.iter().map(|&i| self.documents[i].id.clone()).collect(),
            )),
        }
    }
}

/// Numbers entities library-wide: one id per (kind, canonical name, any case).
#[derive(Debug, Default)]
struct EntityIndex {
    ids: HashMap<(EntityKind, String), u32>,
}

impl EntityIndex {
    fn id(&mut self, kind: EntityKind, canonical: &str, entities: &mut Vec<Entity>) -> u32 {
        let key = (kind, canonical.to_lowercase());
        *self.ids.entry(key).or_insert_with(|| {
            entities.push(Entity {
                name: canonical.to_string(),
                kind,
                aliases: Vec::new(),
                mentions: Vec::new(),
            });
            (entities.len() - 1) as u32
        })
    }

    /// Renumbers the document's mentions library-wide and records each one
    /// (and each new surface form) on its entity.
    fn add(&mut self, built: &mut LoadedDocument, doc: u32, entities: &mut Vec<Entity>) {
        let ids: Vec<u32> = built
            .names
            .iter()
            .map(|(kind, name)| self.id(*kind, name, entities))
            .collect();
        let d = &mut built.doc;
        let mut record = |clause: Option<u32>, text: &str, m: &mut Mention| {
            m.entity = ids[m.entity as usize];
            let e = &mut entities[m.entity as usize];
            let surface = &text[m.range.start as usize..m.range.end as usize];
            if surface != e.name && !e.aliases.iter().any(|a| a == surface) {
                e.aliases.push(surface.to_string());
            }
            e.mentions.push(Location {
                doc,
                clause,
                range: m.range.clone(),
            });
        };
        for m in &mut d.header_mentions {
            record(None, &d.header, m);
        }
        for (ci, c) in d.clauses.iter_mut().enumerate() {
            let text = &d.text[c.text.start as usize..c.text.end as usize];
            for m in &mut c.mentions {
                record(Some(ci as u32), text, m);
            }
        }
    }
}

/// A file's documents without their agreed-language fingerprints: a load
/// that does not gather them drops them file by file, so they never add up.
fn without_prints(mut loaded: FileResult) -> FileResult {
    for l in loaded.iter_mut().flatten() {
        l.prints = Default::default();
    }
    loaded
}

/// `report`, `report-2`, `report-3`…: ids stay unique when stems repeat across folders.
fn unique_id(ids: &mut HashMap<String, usize>, stem: &str) -> String {
    let count = {
        let n = ids.entry(stem.to_string()).or_insert(0);
        *n += 1;
        *n
    };
    if count == 1 {
        return stem.to_string();
    }
    let mut k = count;
    let mut candidate = format!("{stem}-{k}");
    while ids.contains_key(&candidate) {
        k += 1;
        candidate = format!("{stem}-{k}");
    }
    ids.insert(stem.to_string(), k);
    ids.insert(candidate.clone(), 1);
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_the_bundled_seeds_with_no_paths() {
        let lib = Library::load(&[]);
        assert_eq!(lib.documents.len(), 3);
        assert!(lib.skipped.is_empty());
        assert_eq!(lib.documents[0].meta.number.as_deref(), Some("12804/20"));
    }

    #[test]
    fn repeated_stems_get_unique_ids() {
        let lib = Library::from_sources(
            vec![
                (PathBuf::from("a/x.txt"), Ok("One.".to_string())),
                (PathBuf::from("b/x.txt"), Ok("Two.".to_string())),
            ],
            &Extractor::new(None).0,
        );
        let ids: Vec<_> = lib.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-2"]);
    }

    #[test]
    fn finds_by_id_title_fragment_and_reports_ambiguity() {
        let lib = Library::load(&[]);
        assert_eq!(lib.find("001_2ab9842b4ce5ad65"), Ok(1));
        assert_eq!(lib.find("digital panel"), Ok(1));
        assert_eq!(lib.find("002"), Ok(2));
        assert_eq!(lib.find("nothing like this"), Err(FindError::NotFound));
        assert!(matches!(lib.find("digital"), Err(FindError::Ambiguous(v)) if v.len() == 3));
    }
}
