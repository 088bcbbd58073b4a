//! Shared helpers for integration tests: run the built binary, find `../shared`;
//! `tmux` runs the reader in a private tmux server.
#![allow(dead_code)]

pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_attache"));
    // Tests never read or write the developer's real configuration.
    let home = std::env::temp_dir().join(format!("attache-test-home-{}", std::process::id()));
    c.env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"));
    c
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run attache")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/<sub>`, or `None` with a note when this clone has no shared folder.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let p = project().join("..").join("shared").join(sub);
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: {} not found; skipping the checks that need it", p.display());
        None
    }
}

pub fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "attache failed: {}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("valid JSON")
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}
