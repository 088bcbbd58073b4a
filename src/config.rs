//! Where attache keeps the user's files: the config directory from the
//! `directories` crate (`$XDG_CONFIG_HOME/attache` on Linux), and the state
//! directory for reading positions. Also reads the user's `entities.txt`.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::bounded::{self, Limits, ReadError};
use crate::entities::{Extractor, LexiconWarning};
use crate::shown::Shown;

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

/// The index cache lives here (`$XDG_CACHE_HOME/attache` on Linux): it can
/// be deleted at any time, and is rebuilt when it does not match.
pub fn cache_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.cache_dir().to_path_buf())
}

/// The user's `entities.txt` (file name, text), if there is one. The text is
/// normalised as a document's is (`decode::normalise`: no control character,
/// hidden characters shown), since its names are printed and drawn.
/// Read through `bounded::read` (a FIFO or a link to `/dev/zero` is refused
/// at once); a file that cannot be used comes back as a warning.
pub fn user_lexicon() -> (Option<(String, String)>, Option<LexiconWarning>) {
    let Some(path) = config_dir().map(|d| d.join("entities.txt")) else {
        return (None, None);
    };
    let name = Shown::path(&path).into_string();
    let refused = |message: String| LexiconWarning {
        source: name.clone(),
        line: 0,
        message: format!("{message}; not used"),
    };
    match bounded::read(&path, Limits::CONFIG) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => (Some((name, crate::decode::normalise(&text))), None),
            Err(_) => (None, Some(refused("not UTF-8".to_string()))),
        },
        Err(ReadError::Missing) => (None, None),
        Err(e) => (None, Some(refused(e.to_string()))),
    }
}

/// The extractor with the built-in lexicons and the user's `entities.txt`, if
/// present; each bad line comes back as a warning naming file and line.
pub fn load_extractor() -> (Extractor, Vec<LexiconWarning>) {
    let (user, refused) = user_lexicon();
    let (extractor, mut warnings) = Extractor::new(user.as_ref().map(|(n, t)| (n.as_str(), t.as_str())));
    warnings.extend(refused);
    (extractor, warnings)
}
