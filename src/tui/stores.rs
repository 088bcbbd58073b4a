//! The reader's files: `bookmarks.json` and `positions.json`, opened at
//! startup and saved when `update` returns `Effect::SaveBookmarks` or
//! `Effect::SavePositions`, and once more at exit. Called only by `App`, so
//! this and the terminal are the reader's only I/O.

use crate::bookmarks::{BookmarkStore, StoreWarning};
use crate::config;
use crate::positions::PositionStore;

use super::state::AppState;

/// Opens both stores into `state` (the reader moves to where it was left);
/// returns warnings for the status bar (a corrupt file moved aside…).
pub fn open(state: &mut AppState) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Some(path) = config::positions_path() {
        let (store, warning) = PositionStore::open(path);
        warnings.extend(warning.map(|w| status_line(&w)));
        state.attach_positions(store);
    }
    if let Some(path) = config::bookmarks_path() {
        let (store, warning) = BookmarkStore::open(path);
        warnings.extend(warning.map(|w| status_line(&w)));
        state.attach_bookmarks(store);
    }
    warnings
}

/// A warning worded for one status line: what happened first, the parser's
/// reason last, where the line may be cut.
fn status_line(warning: &StoreWarning) -> String {
    match warning {
        StoreWarning::MovedAside { path, moved_to, reason } => {
            let name = |p: &std::path::Path| {
                p.file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
            };
            let folder = path.parent().map(|d| d.display().to_string()).unwrap_or_default();
            format!(
                "{} could not be read: moved aside as {}, starting empty ({reason}; in {folder})",
                name(path),
                name(moved_to)
            )
        }
        other => other.to_string(),
    }
}

/// What a look at the bookmark file sees: its modification time and length,
/// enough to tell that another process wrote it (every write replaces it).
pub type FileStamp = Option<(std::time::SystemTime, u64)>;

/// The bookmark file's stamp now (`None`: missing or unreadable).
pub fn bookmarks_stamp(state: &AppState) -> FileStamp {
    let path = state.bookmarks.store()?.path();
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Reads the bookmark file again when its stamp moved from `seen` (another
/// reader, or `attache bookmarks add`, wrote it); returns whether it did.
/// One `stat`, so the idle loop can afford it every second.
pub fn follow_bookmarks(state: &mut AppState, seen: &mut FileStamp) -> bool {
    let now = bookmarks_stamp(state);
    if now == *seen {
        return false;
    }
    *seen = now;
    state.bookmarks_file_changed();
    true
}

/// Saves the bookmarks' pending changes; the outcome goes to the status bar.
pub fn save_bookmarks(state: &mut AppState) {
    if let Some(store) = state.bookmarks.store_mut() {
        let result = store.save();
        state.bookmarks_saved(result);
    }
}

pub fn save_positions(state: &mut AppState) {
    if let Some(store) = state.reading.store_mut() {
        let result = store.save().map(drop).map_err(|e| e.to_string());
        state.positions_saved(result);
    }
}

/// At exit: records where the reader is and saves both stores (bookmark
/// changes a failed save left pending are tried once more); returns what
/// could not be saved, for stderr.
pub fn save_at_exit(state: &mut AppState) -> Vec<String> {
    let mut errors = Vec::new();
    state.record_position();
    if let Some(store) = state.reading.store_mut()
        && let Err(e) = store.save()
    {
        errors.push(format!("reading position not saved: {e}"));
    }
    if let Some(store) = state.bookmarks.store_mut()
        && let Err(e) = store.save()
    {
        errors.push(format!("bookmarks not saved: {e}"));
    }
    errors
}
