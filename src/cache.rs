//! The index cache: every loaded document (segmented, entities found) kept in
//! one file in the cache directory, keyed by path, size and modification time,
//! so a second start of a large library skips reading and parsing unchanged
//! files. A cache is only ever an accelerator: one written by another build
//! or for other lexicons, a truncated or corrupt file, an entry whose checksum
//! or ranges do not hold — each is ignored and the file parsed again.
//!
//! Layout: `MAGIC`, then one postcard-encoded `LoadedDocument` per file, then
//! the table (postcard), then the trailer (table offset, length and checksum,
//! fingerprint, `MAGIC`). The table comes last so documents can be appended
//! as they are built, from any thread, without holding them in memory.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::bounded::open_regular;
use crate::durable::{create_private_folder, private_options};
use crate::loaded::LoadedDocument;

const MAGIC: &[u8; 8] = b"ATTIDX01";
const TRAILER: usize = 8 * 4 + MAGIC.len();

/// What must not have changed for a cached document to stand for its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub modified_ns: u64,
}

/// A file modified this recently may change again within the clock's
/// granularity (a second on some file systems) without its stamp changing:
/// it is not cached until it has been still for this long (git's "racy" rule).
pub const SETTLE_NS: u64 = 2_000_000_000;

/// A stamp as taken, and whether the file had been still for `SETTLE_NS` at
/// that moment. Judged when stamped, not after parsing: a file still changing
/// could change again during a long parse, within its file system's clock
/// granularity, and the stale parse would then be cached for good.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Taken {
    pub stamp: Stamp,
    pub settled: bool,
}

impl Stamp {
    /// The stamp of `path` now, with whether it is settled (see `Taken`).
    pub fn take(path: &Path) -> Option<Taken> {
        // The clock is read first: a change between the two reads makes the
        // file look younger (unsettled), never older.
        let now = std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        let stamp = Stamp::of(path)?;
        Some(Taken {
            stamp,
            settled: now.saturating_sub(stamp.modified_ns) >= SETTLE_NS,
        })
    }

    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            size: meta.len(),
            modified_ns: u64::try_from(modified.as_nanos()).ok()?,
        })
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Entry {
    path: PathBuf,
    stamp: Stamp,
    offset: u64,
    len: u64,
    checksum: u64,
}

/// One load's view of the cache: the entries found at the start, and the
/// replacement file, begun at the first document that was not in the cache.
pub struct IndexCache {
    path: PathBuf,
    fingerprint: u64,
    old: Option<(File, HashMap<PathBuf, Entry>)>,
    used: Mutex<Vec<PathBuf>>,
    writer: Mutex<Option<io::Result<Writer>>>,
}

struct Writer {
    temp: PathBuf,
    out: BufWriter<File>,
    offset: u64,
    table: Vec<Entry>,
}

impl IndexCache {
    /// The cache at `path` for documents built with `fingerprint` (build and
    /// lexicons); a missing, foreign or damaged file gives an empty cache.
    pub fn open(path: PathBuf, fingerprint: u64) -> IndexCache {
        // Non-blocking and regular only: a FIFO put in the cache's place must not hang the load.
        let old = open_regular(&path, u64::MAX).ok().and_then(|(f, _)| {
            let table = read_table(&f, fingerprint)?;
            Some((f, table))
        });
        IndexCache {
            path,
            fingerprint,
            old,
            used: Mutex::new(Vec::new()),
            writer: Mutex::new(None),
        }
    }

    /// The cache file for a library opened as `inputs` (one file per set of
    /// folders, however named and in any order).
    pub fn path_for(dir: &Path, inputs: &[PathBuf]) -> PathBuf {
        let canonical = |p: &PathBuf| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        let mut inputs: Vec<PathBuf> = inputs.iter().map(canonical).collect();
        inputs.sort();
        inputs.dedup();
        let mut key = Vec::new();
        for p in inputs {
            key.extend_from_slice(p.to_string_lossy().as_bytes());
            key.push(0);
        }
        dir.join(format!("index-{:016x}.bin", crate::document::content_hash(&key)))
    }

    /// The cached documents of `key` (a canonical path), if its stamp still
    /// matches and the entry reads back whole and consistent.
    pub fn get(&self, key: &Path, stamp: Stamp) -> Option<Vec<LoadedDocument>> {
        let (file, table) = self.old.as_ref()?;
        let entry = table.get(key).filter(|e| e.stamp == stamp)?;
        let bytes = read_at(file, entry.offset, entry.len)?;
        if checksum(&bytes) != entry.checksum {
            return None;
        }
        let mut loaded = decode_entry(&bytes)?;
        // What the file system says, not what the entry claims.
        for l in &mut loaded {
            l.doc.path = key.to_path_buf();
            l.doc.bundled = false;
        }
        self.used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(key.to_path_buf());
        Some(loaded)
    }

    /// Records a file's freshly built documents under `key` (its canonical
    /// path) for the next start.
    pub fn put(&self, key: &Path, stamp: Stamp, loaded: &[&LoadedDocument]) {
        let Some(bytes) = encode_entry(loaded) else {
            return;
        };
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let w = writer.get_or_insert_with(|| Writer::create(&self.path));
        if let Ok(w) = w
            && let Err(e) = w.append(key, stamp, &bytes)
        {
            *writer = Some(Err(e));
        }
    }

    /// Writes the new cache if anything changed: the documents `put` this
    /// load, plus those served from the old cache (copied as they are).
    /// Files gone since the last start drop out. Errors only cost speed
    /// next time; they are returned for the caller to mention.
    pub fn finish(self) -> io::Result<()> {
        self.save(true)
    }

    /// Like `finish`, for a load stopped part way: entries of files not
    /// reached are kept too.
    pub fn finish_partial(self) -> io::Result<()> {
        self.save(false)
    }

    fn save(self, complete: bool) -> io::Result<()> {
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        let writer = self.writer.into_inner().unwrap_or_else(|e| e.into_inner());
        let old_len = self.old.as_ref().map_or(0, |(_, t)| t.len());
        if writer.is_none() && (!complete || used.len() == old_len) {
            if let Some((file, _)) = &self.old {
                keep_fresh(file);
            }
            return Ok(());
        }
        let mut w = writer.unwrap_or_else(|| Writer::create(&self.path))?;
        if let Some((file, table)) = &self.old {
            let keep: Vec<&Entry> = if complete {
                used.iter().map(|p| &table[p]).collect()
            } else {
                let written: HashSet<&Path> = w.table.iter().map(|e| e.path.as_path()).collect();
                table.values().filter(|e| !written.contains(e.path.as_path())).collect()
            };
            // One entry in memory at a time: a large cache is copied, not loaded.
            for e in keep {
                let bytes = read_at(file, e.offset, e.len).ok_or_else(|| io::Error::other("cache changed"))?;
                w.append(&e.path, e.stamp, &bytes)?;
            }
        }
        w.finish(&self.path, self.fingerprint)
    }
}

impl Writer {
    fn create(path: &Path) -> io::Result<Writer> {
        let dir = path.parent().unwrap_or(Path::new("."));
        // The cache holds the documents' text (restricted briefings among
        // them): private, like the bookmarks.
        if !dir.is_dir() {
            create_private_folder(dir)?;
        }
        let prefix = format!(".{}.", path.file_name().unwrap_or_default().to_string_lossy());
        remove_abandoned(dir);
        let temp = dir.join(format!("{prefix}{}.tmp", std::process::id()));
        let file = private_options().write(true).create(true).truncate(true).open(&temp)?;
        let mut out = BufWriter::with_capacity(1 << 20, file);
        out.write_all(MAGIC)?;
        Ok(Writer {
            temp,
            out,
            offset: MAGIC.len() as u64,
            table: Vec::new(),
        })
    }

    fn append(&mut self, path: &Path, stamp: Stamp, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.table.push(Entry {
            path: path.to_path_buf(),
            stamp,
            offset: self.offset,
            len: bytes.len() as u64,
            checksum: checksum(bytes),
        });
        self.offset += bytes.len() as u64;
        Ok(())
    }

    fn finish(mut self, path: &Path, fingerprint: u64) -> io::Result<()> {
        let table = postcard::to_stdvec(&self.table).map_err(io::Error::other)?;
        self.out.write_all(&table)?;
        for n in [self.offset, table.len() as u64, checksum(&table), fingerprint] {
            self.out.write_all(&n.to_le_bytes())?;
        }
        self.out.write_all(MAGIC)?;
        self.out.into_inner().map_err(|e| e.into_error())?;
        // Atomic: a reader sees the old cache or the new one, never a mix.
        std::fs::rename(&self.temp, path)
    }
}

/// A cache file not used for this long belongs to a set of folders no
/// longer opened; it is deleted when another cache is written.
const UNUSED_DAYS: u64 = 30;

/// Marks a cache as used (its modification time, at most once a day), so
/// that `remove_abandoned` keeps it.
fn keep_fresh(file: &File) {
    let age = file
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|m| m.elapsed().ok());
    if age.is_some_and(|a| a.as_secs() > 24 * 3600) {
        let _ = file.set_modified(std::time::SystemTime::now());
    }
}

/// Removes temporary files of loads killed before renaming theirs (an hour
/// old: a live load writes its file in seconds) and caches unused for
/// `UNUSED_DAYS`.
fn remove_abandoned(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|m| m.elapsed().ok())
            .map_or(0, |age| age.as_secs());
        let temp = name.starts_with(".index-") && name.ends_with(".tmp") && age > 3600;
        let unused = name.starts_with("index-") && name.ends_with(".bin") && age > UNUSED_DAYS * 24 * 3600;
        if temp || unused {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn read_table(file: &File, fingerprint: u64) -> Option<HashMap<PathBuf, Entry>> {
    let len = file.metadata().ok()?.len();
    let trailer = read_at(file, len.checked_sub(TRAILER as u64)?, TRAILER as u64)?;
    let word = |i: usize| u64::from_le_bytes(trailer[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
    if &trailer[32..] != MAGIC || word(3) != fingerprint || read_at(file, 0, 8)?.as_slice() != MAGIC {
        return None;
    }
    let (offset, table_len) = (word(0), word(1));
    if offset.checked_add(table_len)? != len - TRAILER as u64 {
        return None;
    }
    let bytes = read_at(file, offset, table_len)?;
    if checksum(&bytes) != word(2) {
        return None;
    }
    let entries: Vec<Entry> = postcard::from_bytes(&bytes).ok()?;
    if entries
        .iter()
        .any(|e| e.offset < MAGIC.len() as u64 || e.offset.checked_add(e.len).is_none_or(|end| end > offset))
    {
        return None;
    }
    Some(entries.into_iter().map(|e| (e.path.clone(), e)).collect())
}

/// One entry's bytes as a file's documents (an e-mail's attachments follow
/// its body), if they decode and each passes `LoadedDocument::is_consistent`
/// (public for the fuzz target).
pub fn decode_entry(bytes: &[u8]) -> Option<Vec<LoadedDocument>> {
    let loaded: Vec<LoadedDocument> = postcard::from_bytes(bytes).ok()?;
    (!loaded.is_empty() && loaded.iter().all(LoadedDocument::is_consistent)).then_some(loaded)
}

/// A file's documents as a cache entry (public for the fuzz target's seeds).
pub fn encode_entry(loaded: &[&LoadedDocument]) -> Option<Vec<u8>> {
    postcard::to_stdvec(loaded).ok()
}

#[cfg(unix)]
fn read_at(file: &File, offset: u64, len: u64) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let mut buf = vec![0; usize::try_from(len).ok()?];
    file.read_exact_at(&mut buf, offset).ok()?;
    Some(buf)
}

#[cfg(windows)]
fn read_at(file: &File, offset: u64, len: u64) -> Option<Vec<u8>> {
    use std::os::windows::fs::FileExt;
    let mut buf = vec![0; usize::try_from(len).ok()?];
    let mut done = 0;
    while done < buf.len() {
        match file.seek_read(&mut buf[done..], offset + done as u64) {
            Ok(0) | Err(_) => return None,
            Ok(n) => done += n,
        }
    }
    Some(buf)
}

/// A fast 64-bit checksum (word at a time): catches a damaged or truncated
/// entry, not an adversary — the ranges are validated after decoding anyway.
fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    for &b in words.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Extractor;
    use crate::ingest::load_file;

    const BRIEFING: &str = "Joint Statement on Quantum\n\n1. The European Union (EU) and the Republic of Korea \
        met in Seoul on 26 March 2024.\n\n2. Minister Ulla Tørnæs announced DKK 2 million for Horizon Europe.\n";

    fn bytes(d: &[LoadedDocument]) -> Vec<u8> {
        postcard::to_stdvec(d).expect("encodes")
    }

    /// A library folder with one briefing, built, and a cache holding it.
    fn cached() -> (tempfile::TempDir, PathBuf, Stamp, Vec<LoadedDocument>, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("korea.txt");
        std::fs::write(&file, BRIEFING).expect("write");
        let stamp = Stamp::of(&file).expect("stamp");
        let built: Vec<LoadedDocument> = load_file(file.clone(), &Extractor::new(None).0)
            .into_iter()
            .collect::<Result<_, _>>()
            .expect("loads");
        let cache_path = dir.path().join("cache").join("index.bin");
        let cache = IndexCache::open(cache_path.clone(), 7);
        assert!(cache.get(&file, stamp).is_none(), "an empty cache has nothing");
        cache.put(&file, stamp, &built.iter().collect::<Vec<_>>());
        cache.finish().expect("saved");
        (dir, file, stamp, built, cache_path)
    }

    #[test]
    fn a_document_reads_back_exactly_as_it_was_built() {
        let (_dir, file, stamp, built, cache_path) = cached();
        let hit = IndexCache::open(cache_path, 7).get(&file, stamp).expect("a hit");
        assert_eq!(bytes(&hit), bytes(&built));
        assert!(!hit[0].names.is_empty(), "entities survive the round trip");
    }

    #[test]
    fn another_stamp_or_fingerprint_misses() {
        let (_dir, file, stamp, _, cache_path) = cached();
        let touched = Stamp {
            modified_ns: stamp.modified_ns + 1,
            ..stamp
        };
        assert!(IndexCache::open(cache_path.clone(), 7).get(&file, touched).is_none());
        let grown = Stamp {
            size: stamp.size + 1,
            ..stamp
        };
        assert!(IndexCache::open(cache_path.clone(), 7).get(&file, grown).is_none());
        assert!(
            IndexCache::open(cache_path, 8).get(&file, stamp).is_none(),
            "other lexicons"
        );
    }

    #[test]
    fn damage_anywhere_is_detected_never_trusted() {
        let (_dir, file, stamp, built, cache_path) = cached();
        let good = std::fs::read(&cache_path).expect("read");
        let expected = bytes(&built);
        let check = |damaged: &[u8]| {
            std::fs::write(&cache_path, damaged).expect("write");
            if let Some(hit) = IndexCache::open(cache_path.clone(), 7).get(&file, stamp) {
                assert_eq!(bytes(&hit), expected, "a damaged entry was served");
            }
        };
        for i in 0..good.len() {
            let mut flipped = good.clone();
            flipped[i] ^= 0x5a;
            check(&flipped);
        }
        for len in (0..good.len()).step_by(7) {
            check(&good[..len]);
        }
        check(b"");
        check(&[0xff; 100]);
    }

    #[test]
    fn an_entry_with_ranges_out_of_place_or_control_characters_is_refused() {
        let (_dir, _, _, built, _) = cached();
        let built = &built[..1];
        assert!(built[0].is_consistent());
        let one = postcard::to_stdvec(&built[0]).expect("encodes");
        let decoded = || -> LoadedDocument { postcard::from_bytes(&one).expect("decodes") };
        let mut bad = decoded();
        bad.doc.clauses[0].text.end = bad.doc.text.len() as u32 + 1;
        assert!(!bad.is_consistent());
        let mut bad = decoded();
        let mention = bad
            .doc
            .clauses
            .iter_mut()
            .find_map(|c| c.mentions.first_mut())
            .expect("a mention");
        mention.entity = 999;
        assert!(!bad.is_consistent());
        let mut bad = decoded();
        bad.doc.text.insert_str(0, "\u{1b}[2J");
        assert!(!bad.is_consistent());
    }

    #[test]
    fn an_unchanged_library_keeps_its_cache_and_a_removed_file_drops_out() {
        let (dir, file, stamp, _, cache_path) = cached();
        let before = std::fs::metadata(&cache_path)
            .and_then(|m| m.modified())
            .expect("mtime");
        let cache = IndexCache::open(cache_path.clone(), 7);
        assert!(cache.get(&file, stamp).is_some());
        cache.finish().expect("nothing to save");
        let after = std::fs::metadata(&cache_path)
            .and_then(|m| m.modified())
            .expect("mtime");
        assert_eq!(before, after, "an all-hit load does not rewrite the cache");

        // A second file is added; the first is served from the old cache and copied over.
        let other = dir.path().join("other.txt");
        std::fs::write(&other, "Other note\n\n1. Nothing in Brussels.\n").expect("write");
        let other_stamp = Stamp::of(&other).expect("stamp");
        let built = load_file(other.clone(), &Extractor::new(None).0);
        let built: Vec<&LoadedDocument> = built.iter().map(|r| r.as_ref().expect("loads")).collect();
        let cache = IndexCache::open(cache_path.clone(), 7);
        assert!(cache.get(&file, stamp).is_some());
        cache.put(&other, other_stamp, &built);
        cache.finish().expect("saved");
        let cache = IndexCache::open(cache_path.clone(), 7);
        assert!(cache.get(&file, stamp).is_some() && cache.get(&other, other_stamp).is_some());

        // Only `other` is loaded now: `file` is gone from the cache.
        let cache = IndexCache::open(cache_path.clone(), 7);
        assert!(cache.get(&other, other_stamp).is_some());
        cache.finish().expect("saved");
        let cache = IndexCache::open(cache_path, 7);
        assert!(cache.get(&file, stamp).is_none());
        assert!(cache.get(&other, other_stamp).is_some());
    }

    #[test]
    fn a_load_stopped_part_way_keeps_the_entries_it_did_not_reach() {
        let (dir, file, stamp, _, cache_path) = cached();
        let other = dir.path().join("other.txt");
        std::fs::write(&other, "Other note\n\n1. Nothing in Brussels.\n").expect("write");
        let other_stamp = Stamp::of(&other).expect("stamp");
        let built = load_file(other.clone(), &Extractor::new(None).0);
        let built: Vec<&LoadedDocument> = built.iter().map(|r| r.as_ref().expect("loads")).collect();
        // Only `other` was reached before the reader quit.
        let cache = IndexCache::open(cache_path.clone(), 7);
        cache.put(&other, other_stamp, &built);
        cache.finish_partial().expect("saved");
        let cache = IndexCache::open(cache_path, 7);
        assert!(cache.get(&file, stamp).is_some(), "the entry not reached is kept");
        assert!(cache.get(&other, other_stamp).is_some(), "the new one is added");
    }

    /// An entry that decodes and passes `is_consistent` must be safe to read
    /// everywhere the reader reads: mutated entries (past the checksum, as a
    /// deliberate edit would be) either fail a check or read without panic.
    #[test]
    fn any_entry_that_passes_the_checks_reads_without_panic() {
        let (_dir, _, _, built, _) = cached();
        let good = bytes(&built);
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut mutated = good.clone();
            for _ in 0..1 + next() % 3 {
                let at = (next() % mutated.len() as u64) as usize;
                mutated[at] = next() as u8;
            }
            let Some(file) = decode_entry(&mutated) else {
                continue;
            };
            accepted += 1;
            for loaded in &file {
                let d = &loaded.doc;
                for (i, c) in d.clauses.iter().enumerate() {
                    let text = d.clause_text(i);
                    let _ = d.section_title(i);
                    for s in &c.spans {
                        assert!(text.get(s.range.start as usize..s.range.end as usize).is_some());
                    }
                    for m in &c.mentions {
                        assert!(!d.mention_text(Some(i as u32), &m.range).is_empty());
                        assert!((m.entity as usize) < loaded.names.len());
                    }
                }
                for m in &d.header_mentions {
                    assert!(!d.mention_text(None, &m.range).is_empty());
                }
            }
        }
        assert!(accepted > 0, "some mutations (inside texts) keep an entry consistent");
    }

    /// On a file system with one-second timestamps, a file stamped while
    /// still fresh may be rewritten (same size, same second) during its parse:
    /// it must count as unsettled however long the parse takes.
    #[test]
    fn a_stamp_is_settled_as_of_when_it_was_taken() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("fresh.txt");
        std::fs::write(&path, "text").expect("write");
        let file = File::options().write(true).open(&path).expect("open");
        file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_millis(1500))
            .expect("set mtime");
        let taken = Stamp::take(&path).expect("stamp");
        // A long parse.
        std::thread::sleep(std::time::Duration::from_millis(800));
        assert!(!taken.settled, "the file was 1.5 s old when stamped");
        file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60))
            .expect("set mtime");
        assert!(Stamp::take(&path).expect("stamp").settled);
    }

    #[test]
    fn caches_unused_for_a_month_and_abandoned_temporary_files_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let age = |name: &str, secs: u64| {
            let path = dir.path().join(name);
            let file = File::create(&path).expect("create");
            file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(secs))
                .expect("set mtime");
            path
        };
        let day = 24 * 3600;
        let stale = age("index-00000000000000aa.bin", 31 * day);
        let used = age("index-00000000000000bb.bin", 2 * day);
        let abandoned = age(".index-00000000000000bb.bin.123.tmp", 2 * 3600);
        let writing = age(".index-00000000000000bb.bin.456.tmp", 10);
        let other = age("notes.txt", 400 * day);
        remove_abandoned(dir.path());
        assert!(!stale.exists() && !abandoned.exists());
        assert!(used.exists() && writing.exists() && other.exists());
        keep_fresh(&File::open(&used).expect("open"));
        let fresh = std::fs::metadata(&used).and_then(|m| m.modified()).expect("mtime");
        assert!(
            fresh.elapsed().expect("elapsed").as_secs() < 60,
            "a used cache is marked fresh"
        );
    }
}
