//! When the terminal goes away (its window closed, an SSH link dropped) while
//! SIGHUP is ignored, as under `nohup`: crossterm then reads end-of-file in a
//! loop it never leaves, a core spinning and signals unanswered. A watchdog
//! thread notices that stdin (or stdout, when stdin is a pipe) is no longer a
//! terminal (a hung-up tty fails the terminal test), saves the reading position the event loop last published
//! and ends the process (exit code 129, as for SIGHUP). Signals need nothing
//! more: only a dead terminal traps the loop, and while it lives the loop
//! answers SIGTERM itself (an exit save waiting for a lock must not be cut).
//!
//! Why not unblock the loop instead: the spin is inside crossterm's poll,
//! which offers no way out short of replacing its file descriptor; ending the
//! process after saving what the loop published is simpler and sure.
//! Bookmarks are saved as they change, so only a bookmark save that had
//! already failed is lost this way.

use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::positions::{PositionStore, Spot};

/// How often the watchdog looks at the terminal.
const CHECK_EVERY: Duration = Duration::from_millis(200);

/// Where the reader is, as the event loop last published it.
#[derive(Clone, Default)]
pub struct Published(Arc<Mutex<Option<Spot>>>);

impl Published {
    pub fn set(&self, spot: Option<Spot>) {
        if let Ok(mut s) = self.0.lock()
            && *s != spot
        {
            *s = spot;
        }
    }

    fn get(&self) -> Option<Spot> {
        self.0.lock().ok().and_then(|s| s.clone())
    }
}

/// Starts the watchdog; the loop publishes into the returned `Published`.
pub fn watch() -> Published {
    let published = Published::default();
    let theirs = published.clone();
    // The terminal the reader runs on: stdin, or stdout when stdin is a pipe
    // (`… | attache open -`; crossterm then reads keys from the tty itself).
    let on_stdin = std::io::stdin().is_terminal();
    let alive = move || {
        if on_stdin {
            std::io::stdin().is_terminal()
        } else {
            std::io::stdout().is_terminal()
        }
    };
    if !alive() {
        return published;
    }
    let spawned = std::thread::Builder::new()
        .name("attache-hangup".to_string())
        .spawn(move || {
            while alive() {
                std::thread::sleep(CHECK_EVERY);
            }
            save(theirs.get());
            std::process::exit(129);
        });
    // Without the watchdog the reader still works; only this rescue is lost.
    drop(spawned);
    published
}

fn save(spot: Option<Spot>) {
    let (Some(spot), Some(path)) = (spot, crate::config::positions_path()) else {
        return;
    };
    let (mut store, _) = PositionStore::open(path);
    store.record_spot(spot);
    let _ = store.save();
}
