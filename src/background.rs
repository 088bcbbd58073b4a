//! Loading a large library without blocking: a thread discovers the files,
//! then builds documents in batches in parallel and sends each batch down a
//! channel in file order. The reader merges batches with `Library::add` as
//! they arrive and keeps drawing and taking keys meanwhile. The agreed-language
//! index is gathered here too, from each document's cached fingerprints, and
//! sent whole before `Done`: the reader never builds it.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::thread;

use rayon::prelude::*;

use crate::entities::Extractor;
use crate::load::{Discovery, Skipped, discover};
use crate::loaded::LoadedDocument;
use crate::pipeline::Pipeline;
use crate::reuse::{ReuseIndex, ReuseIndexBuilder};

/// What the loading thread reports, in this order: `Found` once, `Batch` as
/// often as needed, `Reuse` once, `Done` once.
#[derive(Debug)]
pub enum LoadEvent {
    /// Problems found while preparing (bad lines in the user's `entities.txt`).
    Warnings(Vec<String>),
    /// How many files will be read, what was refused while looking, and how
    /// many files had other extensions.
    Found {
        files: usize,
        skipped: Vec<Skipped>,
        other_extensions: usize,
    },
    Batch(Vec<Result<LoadedDocument, Skipped>>),
    /// The agreed-language index of every document sent, in the order sent.
    Reuse(ReuseIndex),
    Done,
}

/// Documents per batch: small enough for the first ones to appear at once,
/// large enough that merging and redrawing stay a small share of the work.
const BATCH: usize = 256;

/// Starts loading `paths` (the bundled seeds when empty) on a new thread.
pub fn spawn_loader(paths: Vec<PathBuf>, extractor: Extractor) -> Receiver<LoadEvent> {
    spawn_loader_with(paths, move || (Pipeline::with_extractor(extractor), Vec::new()))
}

/// Like `spawn_loader`, but the pipeline (index cache, user lexicons) is set
/// up on the loading thread too: the first frame need not wait for it.
pub fn spawn_loader_with<F>(paths: Vec<PathBuf>, prepare: F) -> Receiver<LoadEvent>
where
    F: FnOnce() -> (Pipeline, Vec<String>) + Send + 'static,
{
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let (pipeline, warnings) = prepare();
        if !warnings.is_empty() && tx.send(LoadEvent::Warnings(warnings)).is_err() {
            return;
        }
        if paths.is_empty() {
            let mut seeds = pipeline.seeds();
            let _ = tx.send(LoadEvent::Found {
                files: seeds.len(),
                skipped: Vec::new(),
                other_extensions: 0,
            });
            let mut reuse = ReuseIndexBuilder::default();
            reuse.add_batch(&mut seeds);
            let _ = tx.send(LoadEvent::Batch(seeds));
            let _ = tx.send(LoadEvent::Reuse(reuse.finish()));
            let _ = tx.send(LoadEvent::Done);
            return;
        }
        let Discovery {
            files,
            canonical,
            skipped,
            other_extensions,
        } = discover(&paths);
        if tx
            .send(LoadEvent::Found {
                files: files.len(),
                skipped,
                other_extensions,
            })
            .is_err()
        {
            return;
        }
        let mut reuse = ReuseIndexBuilder::default();
        for (chunk, keys) in files.chunks(BATCH).zip(canonical.chunks(BATCH)) {
            let batch: Vec<_> = chunk
                .par_iter()
                .zip(keys.par_iter())
                .map(|(p, key)| pipeline.load(p, key))
                .collect();
            let mut batch: Vec<_> = batch.into_iter().flatten().collect();
            reuse.add_batch(&mut batch);
            // The reader has quit: stop working, keeping what was parsed for
            // next time (best effort: the process may end before it is saved).
            if tx.send(LoadEvent::Batch(batch)).is_err() {
                let _ = pipeline.finish_partial();
                return;
            }
        }
        if let Err(e) = pipeline.finish() {
            let note = format!("note: the index cache was not saved ({e})");
            let _ = tx.send(LoadEvent::Warnings(vec![note]));
        }
        let _ = tx.send(LoadEvent::Reuse(reuse.finish()));
        let _ = tx.send(LoadEvent::Done);
    });
    rx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn background_load_gives_the_same_library_as_a_direct_load() {
        let dir = tempfile::tempdir().expect("tempdir");
        for i in 0..5 {
            std::fs::write(
                dir.path().join(format!("d{i}.txt")),
                format!("Title {i}\n\n1. The Council met in Brussels.\n"),
            )
            .expect("write");
        }
        std::fs::write(dir.path().join("empty.txt"), "").expect("write");
        let paths = vec![dir.path().to_path_buf()];
        let rx = spawn_loader(paths.clone(), Extractor::new(None).0);
        let mut lib = Library::default();
        let mut found = None;
        let mut reuse = None;
        let mut done = false;
        for event in rx {
            match event {
                LoadEvent::Found { files, .. } => found = Some(files),
                LoadEvent::Batch(b) => {
                    lib.add(b);
                }
                LoadEvent::Reuse(index) => reuse = Some(index),
                LoadEvent::Done => done = true,
                LoadEvent::Warnings(w) => panic!("no warnings expected: {w:?}"),
            }
        }
        assert!(done);
        assert_eq!(found, Some(6));
        let direct = Library::load(&paths);
        let ids = |l: &Library| l.documents.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&lib), ids(&direct));
        assert_eq!(lib.entities.len(), direct.entities.len());
        assert_eq!(lib.skipped.len(), 1);
        let reuse = reuse.expect("the agreed-language index comes before Done");
        assert_eq!(reuse.documents(), lib.documents.len());
        assert_eq!(
            reuse.heap_bytes(),
            ReuseIndex::build(&lib).heap_bytes(),
            "the same index"
        );
    }
}
