//! The reader while a library streams in: it starts empty, shows progress,
//! opens the newest document once documents arrive, never moves the reader
//! after the user has pressed a key, and its palette finds what arrived.

use attache::entities::Extractor;
use attache::ingest::load_seeds;
use attache::load::Skipped;
use attache::loaded::LoadedDocument;
use attache::tui::action::Action;
use attache::tui::state::{AppState, Loading};

fn empty_reader() -> AppState {
    let mut s = AppState::new(attache::library::Library::default(), 120, 40);
    s.loading = Loading::default();
    s
}

fn seeds() -> Vec<Result<LoadedDocument, Skipped>> {
    load_seeds(&Extractor::new(None).0)
}

#[test]
fn starts_empty_with_progress_then_opens_the_newest_document() {
    let mut s = empty_reader();
    assert_eq!(s.loading.progress().as_deref(), Some("loading…"));
    assert!(s.reader.doc.is_none());
    s.loading_found(3, Vec::new(), 0);
    assert_eq!(s.loading.progress().as_deref(), Some("loading 0 / 3"));
    s.add_documents(seeds());
    assert_eq!(s.loading.progress().as_deref(), Some("loading 3 / 3"));
    assert_eq!(s.library.documents.len(), 3);
    let open = s.reader.doc.expect("a document opens");
    assert_eq!(s.library.documents[open].meta.date.as_deref(), Some("2024-03-26"));
    s.loading_done();
    assert_eq!(s.loading.progress(), None);
}

#[test]
fn documents_arriving_later_never_move_the_reader() {
    let mut s = empty_reader();
    let mut batches = seeds().into_iter();
    s.add_documents(vec![batches.next().expect("seed")]);
    let first = s.reader.doc;
    s.update(Action::Down);
    let clause = s.reader.current;
    s.add_documents(batches.collect());
    assert_eq!(s.reader.doc, first);
    assert_eq!(s.reader.current, clause);
    assert_eq!(s.documents.order.len(), 3);
}

#[test]
fn the_palette_finds_documents_that_arrived_after_it_was_built() {
    let mut s = empty_reader();
    let mut batches = seeds().into_iter();
    s.add_documents(vec![batches.next().expect("seed")]);
    s.add_documents(batches.collect());
    let found = s.finders.index.search("horizon", 5, None);
    assert!(!found.hits.is_empty());
}

#[test]
fn an_empty_load_says_there_is_nothing_to_read() {
    let mut s = empty_reader();
    s.loading_found(0, Vec::new(), 2);
    s.loading_done();
    let status = format!("{:?}", s.status);
    assert!(status.contains("nothing to read"), "{status}");
}
