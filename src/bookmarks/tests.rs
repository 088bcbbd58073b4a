use std::fs;
use std::path::PathBuf;

use super::*;
use crate::entities::Extractor;
use crate::library::Library;

fn lib(files: &[(&str, &str)]) -> Library {
    let sources = files.iter().map(|(p, t)| (PathBuf::from(p), Ok(t.to_string())));
    Library::from_sources(sources, &Extractor::new(None).0)
}

const BRIEF: &str = "\
1. The Council welcomes the progress made on the digital partnership with the Republic of Korea.

2. The Council stresses the importance of secure and resilient semiconductor supply chains for both partners.

3. The Council calls for closer cooperation on artificial intelligence, data governance and online platforms.

4. The Council will review progress at its next meeting in the autumn.
";

fn semiconductor(lib: &Library) -> (usize, usize) {
    let d = &lib.documents[0];
    let i = (0..d.clauses.len())
        .find(|&i| d.clause_text(i).contains("semiconductor"))
        .unwrap();
    (0, i)
}

fn bookmark_on_semiconductors() -> (Library, Bookmark) {
    let lib = lib(&[("/briefs/council.txt", BRIEF)]);
    let (doc, clause) = semiconductor(&lib);
    let b = Bookmark::new(
        &lib.documents[doc],
        clause,
        Some("raise in the meeting".into()),
        1_700_000_000,
    );
    (lib, b)
}

#[test]
fn records_hash_path_label_index_and_a_quote_with_context() {
    let (lib, b) = bookmark_on_semiconductors();
    assert_eq!(b.doc_hash, hash_hex(lib.documents[0].hash));
    assert_eq!(b.path, PathBuf::from("/briefs/council.txt"));
    assert_eq!(b.doc_id, "council");
    assert_eq!((b.label.as_str(), b.index), ("2.", 1));
    assert_eq!(
        b.quote.exact,
        "The Council stresses the importance of secure and resilient"
    );
    assert!(b.quote.exact.chars().count() <= EXACT_CHARS);
    assert_eq!(b.quote.prefix, "with the Republic of Korea.");
    assert_eq!(b.quote.suffix, "The Council calls for closer");
    assert_eq!(b.id.len(), 16);
}

#[test]
fn finds_an_unchanged_clause_where_it_was() {
    let (lib, b) = bookmark_on_semiconductors();
    let place = resolve(&b, &lib);
    assert_eq!(
        place,
        Place::Clause {
            doc: 0,
            clause: 1,
            how: Match::Unchanged
        }
    );
}

#[test]
fn follows_the_clause_after_a_paragraph_is_inserted_above() {
    let (_, b) = bookmark_on_semiconductors();
    let edited = BRIEF.replace(
        "2. The Council stresses",
        "2. The Council notes the new ministerial dialogue.\n\n3. The Council stresses",
    );
    let lib = lib(&[("/briefs/council.txt", &edited)]);
    let Place::Clause { doc, clause, how } = resolve(&b, &lib) else {
        panic!("orphaned")
    };
    let d = &lib.documents[doc];
    assert!(d.clause_text(clause).contains("semiconductor"));
    assert_eq!((d.clauses[clause].label.as_str(), how), ("3.", Match::Quote));
}

#[test]
fn follows_a_slightly_reworded_clause() {
    let (_, b) = bookmark_on_semiconductors();
    let edited = BRIEF.replace(
        "The Council stresses the importance of secure and resilient",
        "The Council underlines the importance of secure, resilient",
    );
    let lib = lib(&[("/briefs/council.txt", &edited)]);
    let Place::Clause { clause, how, .. } = resolve(&b, &lib) else {
        panic!("orphaned")
    };
    assert!(lib.documents[0].clause_text(clause).contains("semiconductor"));
    assert_eq!(how, Match::Fuzzy);
    assert!(!how.is_sure());
}

#[test]
fn follows_the_document_when_the_file_is_renamed() {
    let (_, b) = bookmark_on_semiconductors();
    let lib = lib(&[
        ("/elsewhere/other.txt", "1. Unrelated.\n"),
        ("/archive/2024-council.txt", BRIEF),
    ]);
    assert_eq!(
        resolve(&b, &lib),
        Place::Clause {
            doc: 1,
            clause: 1,
            how: Match::Unchanged
        }
    );
}

#[test]
fn keeps_an_orphan_when_the_clause_is_gone_or_the_document_is_missing() {
    let (_, b) = bookmark_on_semiconductors();
    let renamed_and_rewritten = lib(&[("/briefs/renamed.txt", "1. Something else entirely.\n")]);
    assert_eq!(resolve(&b, &renamed_and_rewritten), Place::Orphaned { doc: None });
    // Same file name, different text: the id alone must not pull the bookmark onto a stranger.
    let stranger = lib(&[("/other/council.txt", "1. Fisheries.\n\n2. Agriculture.\n")]);
    assert_eq!(resolve(&b, &stranger), Place::Orphaned { doc: Some(0) });

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bookmarks.json");
    let (mut store, _) = BookmarkStore::open(&path);
    store.add(b.clone());
    store.save().unwrap();
    let (store, _) = BookmarkStore::open(&path);
    let resolved = store.anchor(&renamed_and_rewritten);
    assert!(resolved[0].place.is_orphaned());
    assert_eq!(store.get(&resolved[0].id).unwrap().quote.exact, b.quote.exact);
}

#[test]
fn falls_back_to_label_then_index_in_an_edited_file_at_the_same_path() {
    let (_, b) = bookmark_on_semiconductors();
    let edited = "1. Fisheries.\n\n2. Agriculture and rural development.\n";
    let lib = lib(&[("/briefs/council.txt", edited)]);
    assert_eq!(
        resolve(&b, &lib),
        Place::Clause {
            doc: 0,
            clause: 1,
            how: Match::Label
        }
    );
}

#[test]
fn round_trips_through_the_file() {
    let (_, b) = bookmark_on_semiconductors();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("attache/bookmarks.json");
    let (mut store, w) = BookmarkStore::open(&path);
    assert!(w.is_none() && store.bookmarks().is_empty() && !path.exists());
    store.add(b.clone());
    assert!(store.has_pending());
    assert_eq!(store.save().unwrap(), None);
    assert!(!store.has_pending());
    let (again, w) = BookmarkStore::open(&path);
    assert!(w.is_none());
    assert_eq!(again.bookmarks(), &[b]);
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["bookmarks"][0]["note"], "raise in the meeting");
}

#[test]
fn notes_and_removals_are_saved() {
    let (lib, b) = bookmark_on_semiconductors();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bookmarks.json");
    let (mut store, _) = BookmarkStore::open(&path);
    store.add(b.clone());
    assert!(store.set_note(&b.id, Some("ask about export controls".into())));
    assert!(!store.set_note("nope", None));
    store.save().unwrap();
    let (mut store, _) = BookmarkStore::open(&path);
    assert_eq!(
        store.get(&b.id).unwrap().note.as_deref(),
        Some("ask about export controls")
    );
    let Some(Toggled::Removed(gone)) = store.toggle(&lib, 0, 1) else {
        panic!("expected a removal")
    };
    assert_eq!(gone.id, b.id);
    assert_eq!(store.toggle(&lib, 0, 99), None);
    store.save().unwrap();
    assert!(BookmarkStore::open(&path).0.bookmarks().is_empty());
}

#[test]
fn two_stores_on_one_file_keep_each_others_changes() {
    let (lib, b) = bookmark_on_semiconductors();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bookmarks.json");
    let (mut first, _) = BookmarkStore::open(&path);
    first.add(b.clone());
    first.save().unwrap();
    let (mut a, _) = BookmarkStore::open(&path);
    let (mut b_store, _) = BookmarkStore::open(&path);
    assert!(matches!(a.toggle(&lib, 0, 0), Some(Toggled::Added(_))));
    b_store.remove(&b.id).unwrap();
    assert!(matches!(b_store.toggle(&lib, 0, 3), Some(Toggled::Added(_))));
    a.save().unwrap();
    b_store.save().unwrap();
    let (merged, _) = BookmarkStore::open(&path);
    let mut at: Vec<usize> = merged
        .anchor(&lib)
        .iter()
        .filter_map(|r| r.place.location())
        .map(|l| l.1)
        .collect();
    at.sort();
    assert_eq!(at, vec![0, 3], "the removal and both additions survive");
    assert_eq!(b_store.bookmarks().len(), 2, "a save shows the other store's additions");
}

#[test]
fn a_corrupt_file_is_moved_aside_with_a_warning_and_the_store_goes_on() {
    let (_, b) = bookmark_on_semiconductors();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bookmarks.json");
    fs::write(&path, "{\"version\": 1, \"bookmarks\": [ {trunc").unwrap();
    let (mut store, w) = BookmarkStore::open(&path);
    let Some(StoreWarning::MovedAside { moved_to, .. }) = &w else {
        panic!("{w:?}")
    };
    let name = moved_to.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("bookmarks.json.corrupt-"), "{name}");
    assert!(fs::read_to_string(moved_to).unwrap().contains("trunc"));
    assert!(w.unwrap().to_string().contains("moved aside"));
    assert!(store.bookmarks().is_empty());
    store.add(b);
    store.save().unwrap();
    assert_eq!(BookmarkStore::open(&path).0.bookmarks().len(), 1);
}

#[test]
fn a_file_without_a_version_or_with_bad_entries_counts_as_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    for text in [
        "[]",
        "{\"bookmarks\": []}",
        "{\"version\": 1, \"bookmarks\": [{\"id\": 3}]}",
        "\u{feff}\0\0",
    ] {
        let path = dir.path().join("bookmarks.json");
        fs::write(&path, text).unwrap();
        let (store, w) = BookmarkStore::open(&path);
        assert!(matches!(w, Some(StoreWarning::MovedAside { .. })), "{text:?}: {w:?}");
        assert!(store.bookmarks().is_empty());
    }
}

#[test]
fn a_failed_save_keeps_the_change_for_the_retry() {
    let (_, b) = bookmark_on_semiconductors();
    let dir = tempfile::tempdir().unwrap();
    // The store's folder is a file: creating it fails.
    let blocker = dir.path().join("attache");
    fs::write(&blocker, "not a folder").unwrap();
    let (mut store, _) = BookmarkStore::open(blocker.join("bookmarks.json"));
    store.add(b.clone());
    let err = store.save().unwrap_err();
    assert!(matches!(err, StoreError::Folder { .. }), "{err}");
    assert!(store.has_pending());
    fs::remove_file(&blocker).unwrap();
    store.save().unwrap();
    assert_eq!(BookmarkStore::open(blocker.join("bookmarks.json")).0.bookmarks(), &[b]);
}

#[cfg(unix)]
#[test]
fn the_file_is_0600_and_a_created_folder_0700() {
    use std::os::unix::fs::PermissionsExt;
    let (_, b) = bookmark_on_semiconductors();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("config/attache");
    let path = folder.join("bookmarks.json");
    let (mut store, _) = BookmarkStore::open(&path);
    store.add(b);
    store.save().unwrap();
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&folder.join("bookmarks.json.lock")), 0o600);
}

#[test]
fn quotes_cut_at_word_ends_and_survive_odd_text() {
    assert_eq!(opening("short  text\n here", 60), "short text here");
    assert_eq!(opening("alpha beta gamma", 8), "alpha");
    assert_eq!(opening("alpha beta", 10), "alpha beta");
    assert_eq!(opening("Supercalifragilistic", 5), "Super");
    assert_eq!(closing("alpha beta gamma", 8), "gamma");
    assert_eq!(opening("ééééé ééé", 6), "ééééé");
    assert_eq!(opening("", 6), "");
    let lib = lib(&[("/x.txt", "1. One.\n")]);
    let b = Bookmark::new(&lib.documents[0], 7, None, 0);
    assert_eq!((b.quote.exact.as_str(), b.label.as_str()), ("", ""));
    assert!(resolve(&b, &lib).is_orphaned());
}

#[test]
fn notes_are_one_clean_line_even_from_a_hand_edited_file() {
    assert_eq!(
        clean_note("  ask\n about\u{1b}[31m chips "),
        Some("ask about [31m chips".into())
    );
    assert_eq!(clean_note(" \t\n"), None);
    let (lib, mut b) = bookmark_on_semiconductors();
    b.note = Some("evil\u{1b}]52;c;AAAA\u{7}note".into());
    b.label = "2.\u{1b}[2J".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bookmarks.json");
    let file = serde_json::json!({"version": 1, "bookmarks": [b]});
    fs::write(&path, file.to_string()).unwrap();
    let (mut store, w) = BookmarkStore::open(&path);
    assert!(w.is_none());
    let read = &store.bookmarks()[0];
    assert!(!read.note.as_deref().unwrap().contains('\u{1b}'));
    assert_eq!(read.label, "2.[2J");
    let id = read.id.clone();
    assert!(store.set_note(&id, Some("line one\nline two".into())));
    assert_eq!(store.get(&id).unwrap().note.as_deref(), Some("line one line two"));
    assert!(store.anchor(&lib)[0].place.location().is_some());
}

/// Bookmarks of another library are orphans here, the common case: 2,000 of
/// them against 10,000 documents must be lookups, not 20 million comparisons
/// that each make a path absolute (which took 20 s and more).
#[test]
fn orphans_are_anchored_by_lookup_not_by_scanning_the_library() {
    let sources = (0..10_000).map(|i| (PathBuf::from(format!("lib/b-{i}.txt")), Ok(format!("{i}"))));
    let lib = Library::from_sources(sources, &Extractor::new(None).0);
    let orphans: Vec<Bookmark> = (0..2_000)
        .map(|i| {
            let mut b = Bookmark::new(&lib.documents[0], 0, None, 0);
            b.doc_hash = format!("{:016x}", 0xdead_0000_u64 + i);
            b.path = PathBuf::from(format!("/other/note-{i}.txt"));
            b.doc_id = format!("note-{i}");
            b
        })
        .collect();
    let start = std::time::Instant::now();
    let resolved = anchor(&orphans, &lib);
    let took = start.elapsed();
    assert!(resolved.iter().all(|r| r.place == Place::Orphaned { doc: None }));
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
}
