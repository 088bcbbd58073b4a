//! The I/O edge: turns the paths a user gives into the files to read, and reads
//! them with every refusal explained (`skipped path: reason`). Folders are walked
//! recursively in name order; hidden entries, FIFOs and directory loops are
//! skipped without ever blocking, and a file whose read blocks is skipped
//! once its time budget is spent (`bounded.rs`).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use thiserror::Error;

use crate::bounded::{self, Limits, ReadError};
use crate::decode::{DecodeError, Encoding, decode};
use crate::formats::FormatError;
use crate::formats::sniff::EXTENSIONS;
use crate::shown::Shown;

/// Files larger than this are refused: no briefing is this big, and reading a
/// multi-gigabyte log by mistake must not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Why a path was not loaded.
#[derive(Debug, Error)]
pub enum SkipReason {
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("not a regular file")]
    NotRegular,
    #[error("directory loop")]
    DirectoryLoop,
    #[error("larger than 32 MiB ({0} bytes)")]
    TooLarge(u64),
    #[error("no such file or folder")]
    Missing,
    #[error("read timed out")]
    TimedOut,
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error(transparent)]
    Format(#[from] FormatError),
}

/// A path that was not loaded and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

impl std::fmt::Display for Skipped {
    /// `skipped PATH: reason`, the path as `Shown` (a file name may hold
    /// escape sequences, tabs or line feeds).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = self.reason.to_string();
        write!(f, "skipped {}: {}", Shown::path(&self.path), Shown::line(&reason))
    }
}

/// The files found under the given paths.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<PathBuf>,
    /// Each file's canonical path (symlinks and `..` resolved), in step with
    /// `files`: what the index cache keys entries by.
    pub canonical: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
    /// Files with other extensions, passed over without a message each.
    pub other_extensions: usize,
}

/// Walks `paths` (files and folders, in the order given) into a list of files.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut d = Discovery::default();
    let mut seen_files = HashSet::new();
    for path in paths {
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                let reason = if e.kind() == std::io::ErrorKind::NotFound {
                    // A dangling symlink or a loop of symlinks also lands here.
                    if fs::symlink_metadata(path).is_ok() {
                        SkipReason::Unreadable(e.to_string())
                    } else {
                        SkipReason::Missing
                    }
                } else {
                    SkipReason::Unreadable(e.to_string())
                };
                d.skipped.push(Skipped {
                    path: path.clone(),
                    reason,
                });
                continue;
            }
        };
        if meta.is_dir() {
            let mut ancestors = HashSet::new();
            walk(path, canonical(path), &mut ancestors, &mut seen_files, &mut d);
        } else if meta.is_file() {
            // A file named explicitly is read whatever its extension.
            let real = canonical(path);
            if seen_files.insert(real.clone()) {
                d.files.push(path.clone());
                d.canonical.push(real);
            }
        } else {
            d.skipped.push(Skipped {
                path: path.clone(),
                reason: SkipReason::NotRegular,
            });
        }
    }
    d
}

fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Walks `dir`, whose canonical path is `real`. Linear in the size of the
/// tree however deep: an entry that is not a symlink has its parent's
/// canonical path plus its name (no `canonicalize`, which resolves every
/// component again), its type comes from the directory listing (no `stat`),
/// and a loop is an ancestor's canonical path met again (a set, not a scan).
fn walk(dir: &Path, real: PathBuf, ancestors: &mut HashSet<PathBuf>, seen: &mut HashSet<PathBuf>, d: &mut Discovery) {
    if ancestors.contains(&real) {
        d.skipped.push(Skipped {
            path: dir.to_path_buf(),
            reason: SkipReason::DirectoryLoop,
        });
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => {
            let mut v: Vec<_> = rd
                .filter_map(Result::ok)
                .map(|e| (e.path(), e.file_type().ok()))
                .collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        }
        Err(e) => {
            d.skipped.push(Skipped {
                path: dir.to_path_buf(),
                reason: SkipReason::Unreadable(e.to_string()),
            });
            return;
        }
    };
    ancestors.insert(real.clone());
    for (path, file_type) in entries {
        let Some(name) = path.file_name() else { continue };
        if name.to_str().is_some_and(|n| n.starts_with('.')) {
            continue;
        }
        // A symlink (or an entry of unknown type) is followed with `metadata`;
        // a FIFO or socket is refused here, never opened.
        let (is_dir, is_file, child_real) = match file_type {
            Some(t) if !t.is_symlink() => (t.is_dir(), t.is_file(), real.join(name)),
            _ => match fs::metadata(&path) {
                Ok(m) => (m.is_dir(), m.is_file(), canonical(&path)),
                Err(e) => {
                    d.skipped.push(Skipped {
                        path,
                        reason: SkipReason::Unreadable(e.to_string()),
                    });
                    continue;
                }
            },
        };
        if is_dir {
            walk(&path, child_real, ancestors, seen, d);
        } else if !has_briefing_extension(&path) {
            d.other_extensions += 1;
        } else if !is_file {
            d.skipped.push(Skipped {
                path,
                reason: SkipReason::NotRegular,
            });
        } else if seen.insert(child_real.clone()) {
            d.files.push(path);
            d.canonical.push(child_real);
        }
    }
    ancestors.remove(&real);
}

fn has_briefing_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// How long one file's read may take before it is skipped (`read timed out`)
/// and the load goes on: far more than any local briefing needs, short
/// enough that a file on a dead mount does not look like a hang.
pub const READ_BUDGET: Duration = Duration::from_secs(5);

/// Reads and decodes one file through `bounded::read`: opened without
/// blocking and checked on the opened handle (a file can be replaced by a FIFO
/// between discovery and reading), at most `MAX_FILE_BYTES`, within
/// `READ_BUDGET`.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, SkipReason> {
    let limits = Limits {
        max_bytes: MAX_FILE_BYTES,
        budget: READ_BUDGET,
    };
    bounded::read(path, limits).map_err(|e| match e {
        ReadError::Missing => SkipReason::Missing,
        ReadError::NotRegular => SkipReason::NotRegular,
        ReadError::TooLarge { size, .. } => SkipReason::TooLarge(size),
        ReadError::TimedOut => SkipReason::TimedOut,
        ReadError::Io(e) => SkipReason::Unreadable(e.to_string()),
    })
}

/// Reads a file (as `read_bytes`) and decodes it as text.
pub fn read_text(path: &Path) -> Result<(String, Encoding), SkipReason> {
    Ok(decode(&read_bytes(path)?)?)
}
