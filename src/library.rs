//! All loaded documents and the indexes across them. Loading runs the whole
//! pipeline (read → decode → segment → extract) per file in parallel, then
//! merges in a stable order so ids and output never depend on thread timing.
//! `Library::add` merges a batch at a time, so a large library can be loaded
//! in the background (`background.rs`) while the reader already shows the
//! documents that have arrived.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::decode::{self, decode};
use crate::doc_index::DocIndex;
use crate::document::{Document, Entity, EntityKind, Location, Mention, content_hash};
use crate::entities::{Extractor, Found};
use crate::load::{Discovery, SkipReason, Skipped, discover, read_text};
use crate::pipeline::Pipeline;
use crate::seeds::SEEDS;
use crate::segment::segment;
use crate::shown::Shown;

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
        Library::load_files(paths, |path, _| load_file(path.to_path_buf(), extractor))
    }

    /// Loads files and folders through `pipeline` (the index cache, the
    /// user's lexicons); with no paths, the bundled seeds.
    pub fn load_through(paths: &[PathBuf], pipeline: &Pipeline) -> Library {
        if paths.is_empty() {
            let mut lib = Library::default();
            lib.add(pipeline.seeds());
            return lib;
        }
        Library::load_files(paths, |path, key| pipeline.load(path, key))
    }

    fn load_files<F>(paths: &[PathBuf], load: F) -> Library
    where
        F: Fn(&Path, &Path) -> Result<LoadedDocument, Skipped> + Sync,
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
                Ok(text) => Ok(build_document(path, &text, extractor)),
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

/// Reads, decodes, segments and extracts one file (the unit of parallel work).
pub fn load_file(path: PathBuf, extractor: &Extractor) -> Result<LoadedDocument, Skipped> {
    match read_text(&path) {
        Ok((text, _)) => Ok(build_document(path, &text, extractor)),
        Err(reason) => Err(Skipped { path, reason }),
    }
}

/// The bundled seeds as loaded documents.
pub fn load_seeds(extractor: &Extractor) -> Vec<Result<LoadedDocument, Skipped>> {
    SEEDS
        .iter()
        .map(|(name, bytes)| {
            let path = Path::new("seeds").join(name);
            match decode(bytes) {
                Ok((text, _)) => {
                    let mut loaded = build_document(path, &text, extractor);
                    loaded.doc.bundled = true;
                    Ok(loaded)
                }
                Err(e) => Err(Skipped {
                    path,
                    reason: SkipReason::from(e),
                }),
            }
        })
        .collect()
}

/// A document with its entities found but not yet numbered library-wide:
/// each `Mention::entity` indexes `names` (the document's distinct canonical
/// entities) until `Library::add` renumbers it, so merging resolves each name
/// once per document rather than once per mention.
#[derive(Debug, Serialize, Deserialize)]
pub struct LoadedDocument {
    pub(crate) doc: Document,
    pub(crate) names: Vec<(EntityKind, String)>,
}

impl LoadedDocument {
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document's distinct entities, which its mentions number until merged.
    pub fn names(&self) -> &[(EntityKind, String)] {
        &self.names
    }

    /// Whether every range and index lies inside what it refers to and no
    /// text holds a control character: a document read back from the index
    /// cache is used only if this holds, so a damaged cache cannot panic the
    /// reader or reach the terminal.
    pub(crate) fn is_consistent(&self) -> bool {
        let d = &self.doc;
        let slice =
            |text: &str, r: &Range<u32>| r.start <= r.end && text.get(r.start as usize..r.end as usize).is_some();
        let mention = |text: &str, m: &Mention| {
            m.range.start < m.range.end && slice(text, &m.range) && (m.entity as usize) < self.names.len()
        };
        let meta = &d.meta;
        let strings = [
            &meta.title,
            &meta.date,
            &meta.number,
            &meta.marking,
            &meta.from,
            &meta.to,
            &meta.place,
        ];
        decode::is_clean(&d.text)
            && decode::is_clean(&d.header)
            && Shown::line(&d.id).as_str() == d.id
            && strings.iter().all(|s| s.as_deref().is_none_or(decode::is_clean))
            && meta.codes.iter().all(|c| decode::is_clean(c))
            && self.names.iter().all(|(_, n)| decode::is_clean(n))
            && d.header_mentions.iter().all(|m| mention(&d.header, m))
            && d.clauses.iter().all(|c| {
                let Some(text) = d.text.get(c.text.start as usize..c.text.end as usize) else {
                    return false;
                };
                c.text.start <= c.text.end
                    && decode::is_clean(&c.label)
                    && c.section.is_none_or(|s| (s as usize) < d.clauses.len())
                    && c.source.start <= c.source.end
                    && c.source.end <= d.source_len
                    && c.spans.iter().all(|s| slice(text, &s.range))
                    && c.mentions.iter().all(|m| mention(text, m))
            })
    }
}

fn build_document(path: PathBuf, text: &str, extractor: &Extractor) -> LoadedDocument {
    let seg = segment(text);
    let id = document_id(&path);
    let mut doc = Document {
        id,
        hash: content_hash(text.as_bytes()),
        meta: seg.meta,
        text: seg.text,
        clauses: seg.clauses,
        header: seg.header.join("\n"),
        header_mentions: Vec::new(),
        source_len: text.len(),
        bundled: false,
        path,
        format: crate::formats::Format::Text,
        pages: None,
        tracked_changes: false,
        part: None,
    };
    let mut texts = Vec::with_capacity(doc.clauses.len() + 1);
    texts.push(doc.header.as_str());
    texts.extend((0..doc.clauses.len()).map(|i| doc.clause_text(i)));
    let mut found = extractor.extract_document(&texts).into_iter();
    let mut header = found.next().unwrap_or_default();
    add_metadata_references(&doc, &mut header);
    let mut names = Names::default();
    let header_mentions = names.mentions(header);
    let clause_mentions: Vec<Vec<Mention>> = found.map(|f| names.mentions(f)).collect();
    doc.header_mentions = header_mentions;
    for (clause, mentions) in doc.clauses.iter_mut().zip(clause_mentions) {
        clause.mentions = mentions;
    }
    LoadedDocument { doc, names: names.list }
}

/// A document's id before it is made unique: the file stem, as `Shown` (a
/// file name's escape sequences, tabs and line feeds become visible marks), so
/// an id can be printed, typed back and used as a column anywhere.
pub(crate) fn document_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| Shown::line(&s.to_string_lossy()).into_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "document".to_string())
}

/// A document's distinct (kind, canonical name) pairs, numbered in order of first mention.
#[derive(Default)]
struct Names {
    list: Vec<(EntityKind, String)>,
    /// Hash of (kind, name) → index into `list`, checked against the list: a
    /// name is looked up borrowed and copied once, into the list. Two names
    /// with one hash (not seen in practice) cost the second a scan of the list.
    index: HashMap<u64, u32, BuildHasherDefault<Fnv>>,
}

impl Names {
    fn mentions(&mut self, found: Vec<Found>) -> Vec<Mention> {
        found
            .into_iter()
            .map(|f| {
                let mut h = Fnv::default();
                h.write_u8(f.kind as u8);
                h.write(f.canonical.as_bytes());
                let key = h.finish();
                let is = |(kind, name): &(EntityKind, String)| *kind == f.kind && *name == f.canonical;
                let entity = match self.index.get(&key) {
                    Some(&i) if is(&self.list[i as usize]) => i,
                    found => match found.and_then(|_| self.list.iter().position(is)) {
                        Some(i) => i as u32,
                        None => {
                            let next = self.list.len() as u32;
                            self.index.entry(key).or_insert(next);
                            self.list.push((f.kind, f.canonical.into_owned()));
                            next
                        }
                    },
                };
                Mention { range: f.range, entity }
            })
            .collect()
    }
}

/// FNV-1a: entity names are short, and SipHash's protection against chosen
/// keys is not needed for a table that lives for one document.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The header's number, codes and marking are references even where no
/// pattern recognises them (`TELECOM 136`).
fn add_metadata_references<'a>(doc: &'a Document, header: &mut Vec<Found<'a>>) {
    let header_text = &doc.header;
    let m = &doc.meta;
    let refs = m.number.iter().chain(m.codes.iter()).chain(m.marking.iter());
    for r in refs {
        let Some(start) = header_text.find(r.as_str()) else {
            continue;
        };
        let range = start as u32..(start + r.len()) as u32;
        // The letterhead's own fields outrank any lexicon reading (`ASIE 12` is a code, not Asia).
        header.retain(|f| !(f.range.start < range.end && range.start < f.range.end));
        header.push(Found {
            range,
            kind: EntityKind::Reference,
            canonical: Cow::Borrowed(r.as_str()),
        });
    }
    header.sort_by_key(|f| f.range.start);
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
