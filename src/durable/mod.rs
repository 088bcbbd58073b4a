//! Versioned JSON files that are never lost: atomic replace (temp file, fsync,
//! rename, fsync folder), read-merge-write under an exclusive lock on a sidecar
//! `<name>.lock`, and a corrupt file moved aside rather than overwritten.
//! Only a file read whole that fails to parse is corrupt: a read that fails
//! (too many open files, EIO, permissions) leaves the file where it is and
//! stops the save, since a transient error must never cost the user's data.
//! Shared by the bookmark store and the reading positions.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;
use thiserror::Error;

use crate::bounded::{self, Limits, ReadError};

/// The format version this build reads and writes.
pub const VERSION: u64 = 1;

/// A store file larger than this is not read (a bookmark is under 1 KB).
const MAX_STORE_BYTES: u64 = 64 * 1024 * 1024;

/// How long a save waits for another attache to release the lock.
const LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a save did not happen. The caller keeps its pending changes and retries.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot create folder {}: {source}", path.display())]
    Folder { path: PathBuf, source: io::Error },
    #[error("cannot lock {}: {source}", path.display())]
    Lock { path: PathBuf, source: io::Error },
    #[error("{} is locked by another attache; try again", path.display())]
    Busy { path: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    /// The file could not be read (it is left as it is; nothing was written).
    #[error("cannot read {}: {source}; left as it is", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("{} cannot be read ({reason}) nor moved aside: {source}", path.display())]
    Quarantine {
        path: PathBuf,
        reason: String,
        source: io::Error,
    },
    #[error("{} is format version {found}, newer than this attache ({VERSION}); not overwritten", path.display())]
    NewerVersion { path: PathBuf, found: String },
}

/// Something the user should be told (in the status bar, or on stderr) while
/// the program goes on.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreWarning {
    #[error("{} could not be read ({reason}); moved aside to {}", path.display(), moved_to.display())]
    MovedAside {
        path: PathBuf,
        moved_to: PathBuf,
        reason: String,
    },
    #[error("{} could not be parsed ({reason}) nor moved aside ({error}); starting empty", path.display())]
    Unreadable {
        path: PathBuf,
        reason: String,
        error: String,
    },
    /// A read that failed (not a parse): the file is left untouched and
    /// nothing of it is shown this time; saves merge onto it once it reads.
    #[error("{} could not be read ({error}); left as it is, not shown this time", path.display())]
    ReadFailed { path: PathBuf, error: String },
    #[error("{} is format version {found}, newer than this attache; its contents are not shown", path.display())]
    NewerVersion { path: PathBuf, found: String },
}

/// What a file held when read.
enum Contents<T> {
    Missing,
    Read(T),
    /// The version found, as written.
    Newer(String),
    /// Read whole, but not a store file: the only case moved aside.
    Bad(String),
    /// Not read (an I/O error): never moved aside, never overwritten.
    Failed(io::Error),
}

/// Reads and parses `path` without locking (writers replace the file
/// atomically, so a reader sees the old or the new one, never half).
/// Through `bounded::read`: a FIFO, a device or a file too large to be a
/// store is refused at once (and left alone) rather than read for ever.
fn read<T: DeserializeOwned>(path: &Path) -> Contents<T> {
    let limits = Limits {
        max_bytes: MAX_STORE_BYTES,
        ..Limits::CONFIG
    };
    match bounded::read(path, limits) {
        Ok(bytes) => parse(&bytes),
        Err(ReadError::Missing) => Contents::Missing,
        Err(e) => Contents::Failed(e.into_io()),
    }
}

/// Parses a store file's bytes: version checked first, then the contents.
fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Contents<T> {
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return Contents::Bad(format!("not JSON: {e}")),
    };
    // A newer attache may write any number: `2.0`, or one past u64. Any
    // number above this version is newer (left untouched), not corrupt.
    match value.get("version") {
        Some(v) if v.as_u64() == Some(VERSION) => {}
        Some(serde_json::Value::Number(n)) if n.as_f64().is_some_and(|f| f > VERSION as f64) => {
            return Contents::Newer(n.to_string());
        }
        _ => return Contents::Bad("no \"version\": 1".to_string()),
    }
    match serde_json::from_value(value) {
        Ok(t) => Contents::Read(t),
        Err(e) => Contents::Bad(e.to_string()),
    }
}

/// Parses a store file's bytes as `open` reads them, without the disk: the
/// contents, or why they cannot be used (for fuzzing and tools).
pub fn parse_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    match parse(bytes) {
        Contents::Read(t) => Ok(t),
        Contents::Newer(found) => Err(format!("format version {found}, newer than this attache")),
        Contents::Bad(reason) => Err(reason),
        Contents::Failed(e) => Err(e.to_string()),
        Contents::Missing => Err("missing".to_string()),
    }
}

/// Opens a store file: its contents (`None` when missing or unusable) and a
/// warning to show. A corrupt file is moved aside under the lock, after reading
/// it once more, so a file another process just repaired is never moved; a
/// file that cannot be read is left alone.
pub fn open<T: DeserializeOwned>(path: &Path) -> (Option<T>, Option<StoreWarning>) {
    match read::<T>(path) {
        Contents::Missing => (None, None),
        Contents::Failed(e) => (None, Some(read_failed(path, &e))),
        Contents::Read(t) => (Some(t), None),
        Contents::Newer(found) => (
            None,
            Some(StoreWarning::NewerVersion {
                path: path.to_path_buf(),
                found,
            }),
        ),
        Contents::Bad(reason) => {
            let Ok(_lock) = lock(path) else {
                let error = "cannot take the lock".to_string();
                return (None, Some(unreadable(path, reason, error)));
            };
            match read::<T>(path) {
                Contents::Read(t) => (Some(t), None),
                Contents::Missing => (None, None),
                Contents::Failed(e) => (None, Some(read_failed(path, &e))),
                Contents::Newer(found) => (
                    None,
                    Some(StoreWarning::NewerVersion {
                        path: path.to_path_buf(),
                        found,
                    }),
                ),
                Contents::Bad(reason) => match move_aside(path) {
                    Ok(moved_to) => (
                        None,
                        Some(StoreWarning::MovedAside {
                            path: path.to_path_buf(),
                            moved_to,
                            reason,
                        }),
                    ),
                    Err(e) => (None, Some(unreadable(path, reason, e.to_string()))),
                },
            }
        }
    }
}

fn read_failed(path: &Path, e: &io::Error) -> StoreWarning {
    StoreWarning::ReadFailed {
        path: path.to_path_buf(),
        error: e.to_string(),
    }
}

fn unreadable(path: &Path, reason: String, error: String) -> StoreWarning {
    StoreWarning::Unreadable {
        path: path.to_path_buf(),
        reason,
        error,
    }
}

/// Read-merge-write under the lock: reads the current file, lets `merge` apply
/// the caller's changes to it, writes the result atomically and returns it.
/// A corrupt file is moved aside first (the warning says so); a file that
/// cannot be read stops the save with the file untouched (`StoreError::Read`).
pub fn update<T, F>(path: &Path, merge: F) -> Result<(T, Option<StoreWarning>), StoreError>
where
    T: DeserializeOwned + Serialize,
    F: FnOnce(Option<T>) -> T,
{
    let _lock = lock(path)?;
    let (base, warning) = match read::<T>(path) {
        Contents::Missing => (None, None),
        Contents::Failed(source) => {
            return Err(StoreError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
        Contents::Read(t) => (Some(t), None),
        Contents::Newer(found) => {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found,
            });
        }
        Contents::Bad(reason) => match move_aside(path) {
            Ok(moved_to) => (
                None,
                Some(StoreWarning::MovedAside {
                    path: path.to_path_buf(),
                    moved_to,
                    reason,
                }),
            ),
            Err(source) => {
                return Err(StoreError::Quarantine {
                    path: path.to_path_buf(),
                    reason,
                    source,
                });
            }
        },
    };
    remove_abandoned_temps(path);
    let merged = merge(base);
    let mut bytes = serde_json::to_vec_pretty(&merged).map_err(|e| StoreError::Write {
        path: path.to_path_buf(),
        source: io::Error::other(e),
    })?;
    bytes.push(b'\n');
    write_atomic(path, &bytes)?;
    Ok((merged, warning))
}

/// An exclusive lock on `<path>.lock`, held until dropped (closing the file
/// releases it). The lock file is never deleted: deleting it would let two
/// processes lock two different files.
struct Lock {
    _file: File,
}

fn lock(path: &Path) -> Result<Lock, StoreError> {
    let lock_path = sidecar(path, ".lock");
    if let Some(dir) = path.parent() {
        ensure_folder(dir)?;
    }
    let lock_err = |source| StoreError::Lock {
        path: lock_path.clone(),
        source,
    };
    let file = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(lock_err)?;
    let start = Instant::now();
    let mut wait = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_TIMEOUT => {
                std::thread::sleep(wait);
                wait = (wait * 2).min(Duration::from_millis(20));
            }
            Err(fs::TryLockError::WouldBlock) => return Err(StoreError::Busy { path: lock_path }),
            Err(fs::TryLockError::Error(e)) => return Err(lock_err(e)),
        }
    }
}

/// Creates the folder (and its parents) if missing; a folder attache creates is
/// private (0700 on unix): notes on restricted documents are nobody else's.
fn ensure_folder(dir: &Path) -> Result<(), StoreError> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    create_private_folder(dir).map_err(|source| StoreError::Folder {
        path: dir.to_path_buf(),
        source,
    })
}

/// Creates `dir` and any missing parents, each private (0700 on unix).
pub(crate) fn create_private_folder(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Open options that create files readable by the owner only (0600 on unix).
pub(crate) fn private_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

/// Writes a temp file beside `path`, fsyncs it, renames it over `path` and
/// fsyncs the folder, so a crash leaves the old file or the new, never half.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    ensure_folder(dir)?;
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let tmp = sidecar(path, &format!(".tmp-{}-{nanos}", std::process::id()));
    let write_err = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    let result = (|| {
        let mut f = private_options().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // The rename is durable only once the folder entry is on disk.
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(write_err)
}

/// Removes `<name>.tmp-*` files of saves killed before their rename (they
/// hold a copy of the user's data). Only a save holding the lock writes one,
/// so while we hold it any that exists is abandoned.
fn remove_abandoned_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!("{}.tmp-", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Renames a corrupt file to `<name>.corrupt-<unix seconds>` (with `-2`, `-3`…
/// if that exists) and returns the new path.
fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let secs = now();
    let mut target = sidecar(path, &format!(".corrupt-{secs}"));
    let mut n = 2;
    while target.exists() {
        target = sidecar(path, &format!(".corrupt-{secs}-{n}"));
        n += 1;
    }
    fs::rename(path, &target)?;
    Ok(target)
}

/// `path` with `suffix` appended to its file name.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests;
