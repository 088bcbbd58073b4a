//! The terminal reader: The Elm Architecture, synchronous. Terminal events
//! become `Action`s via the `Keymap`; `AppState::update` applies them and returns
//! an `Effect` that `app` performs; `ui::draw` renders the state, reading only.

pub mod action;
pub mod app;
pub mod bindings;
pub mod chord;
pub mod compare_rows;
pub mod hangup;
pub mod input;
pub mod keymap;
pub mod panes;
pub mod state;
pub mod stores;
pub mod theme;
pub mod ui;
pub mod wrap;

use std::path::PathBuf;

pub use app::{run, run_at};

/// Where `keys.toml` lives: the user's config dir (`$XDG_CONFIG_HOME/attache/` on Linux).
pub fn keys_path() -> Option<PathBuf> {
    crate::config::config_dir().map(|d| d.join("keys.toml"))
}
