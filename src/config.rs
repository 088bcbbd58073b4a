//! Where attache keeps the user's files: the config directory from the
//! `directories` crate (`$XDG_CONFIG_HOME/attache` on Linux), and the state
//! directory for reading positions. Also reads the user's `entities.txt`.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::entities::{Extractor, LexiconWarning};

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "attache")
}

/// `bookmarks.json`, `keys.toml`, `entities.txt` live here.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

/// Reading positions live here (state, not configuration).
pub fn state_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.state_dir().unwrap_or_else(|| d.data_local_dir()).to_path_buf())
}

/// `bookmarks.json` in the config directory (notes are the user's own data).
pub fn bookmarks_path() -> Option<PathBuf> {
    config_dir().map(|d| d.join("bookmarks.json"))
}

/// `positions.json` in the state directory (where the reader was left).
pub fn positions_path() -> Option<PathBuf> {
    state_dir().map(|d| d.join("positions.json"))
}

/// The extractor with the built-in lexicons and the user's `entities.txt`, if
/// present; each bad line comes back as a warning naming file and line.
pub fn load_extractor() -> (Extractor, Vec<LexiconWarning>) {
    let path = config_dir().map(|d| d.join("entities.txt"));
    let user = path.as_ref().and_then(|p| {
        std::fs::read_to_string(p)
            .ok()
            .map(|text| (p.display().to_string(), text))
    });
    match &user {
        Some((name, text)) => Extractor::new(Some((name, text))),
        None => Extractor::new(None),
    }
}
