//! All loaded documents and the indexes across them. Loading runs the whole
//! pipeline (read → decode → segment) per file in parallel, then merges in a
//! stable order so ids and output never depend on thread timing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::decode::decode;
use crate::document::{Document, Entity, content_hash};
use crate::load::{Discovery, SkipReason, Skipped, discover, read_text};
use crate::seeds::SEEDS;
use crate::segment::segment;

/// The documents of one session, in load order.
#[derive(Debug, Default)]
pub struct Library {
    pub documents: Vec<Document>,
    /// Canonical entities; `Mention::entity` indexes here.
    pub entities: Vec<Entity>,
    pub skipped: Vec<Skipped>,
    pub other_extensions: usize,
}

/// Ways `Library::find` can fail to name one document.
#[derive(Debug, PartialEq, Eq)]
pub enum FindError {
    NotFound,
    /// Ids of the documents that match.
    Ambiguous(Vec<String>),
}

impl Library {
    /// Loads files and folders; with no paths, the bundled seeds.
    pub fn load(paths: &[PathBuf]) -> Library {
        if paths.is_empty() {
            return Library::from_sources(SEEDS.iter().map(|(name, bytes)| {
                let path = Path::new("seeds").join(name);
                (path, decode(bytes).map(|(t, _)| t).map_err(SkipReason::from))
            }));
        }
        let Discovery {
            files,
            skipped,
            other_extensions,
        } = discover(paths);
        let read: Vec<_> = files
            .into_par_iter()
            .map(|path| {
                let text = read_text(&path).map(|(t, _)| t);
                (path, text)
            })
            .collect();
        let mut lib = Library::from_sources(read);
        lib.skipped.splice(0..0, skipped);
        lib.other_extensions = other_extensions;
        lib
    }

    /// Builds a library from already-read sources (path, decoded text or why not).
    pub fn from_sources(sources: impl IntoIterator<Item = (PathBuf, Result<String, SkipReason>)>) -> Library {
        let sources: Vec<_> = sources.into_iter().collect();
        let built: Vec<Result<Document, Skipped>> = sources
            .into_par_iter()
            .map(|(path, text)| match text {
                Ok(text) => Ok(build_document(path, &text)),
                Err(reason) => Err(Skipped { path, reason }),
            })
            .collect();
        let mut lib = Library::default();
        let mut ids: HashMap<String, usize> = HashMap::new();
        for b in built {
            match b {
                Ok(mut doc) => {
                    doc.id = unique_id(&mut ids, &doc.id);
                    lib.documents.push(doc);
                }
                Err(s) => lib.skipped.push(s),
            }
        }
        lib
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

fn build_document(path: PathBuf, text: &str) -> Document {
    let seg = segment(text);
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "document".to_string());
    Document {
        id,
        hash: content_hash(text.as_bytes()),
        meta: seg.meta,
        text: seg.text,
        clauses: seg.clauses,
        header_mentions: Vec::new(),
        source_len: text.len(),
        path,
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
        let lib = Library::from_sources(vec![
            (PathBuf::from("a/x.txt"), Ok("One.".to_string())),
            (PathBuf::from("b/x.txt"), Ok("Two.".to_string())),
        ]);
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
