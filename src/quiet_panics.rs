//! A panic inside a third-party format reader is caught and costs only its
//! file (`ingest`), but the default panic hook would still print it — over
//! the reader's screen, or into a script's stderr as if attache had crashed.
//! While a `Guard` lives, panics on its thread are not printed; any other
//! panic goes to the hook that was there before (the terminal restorer).

use std::cell::Cell;
use std::sync::Once;

thread_local! {
    static QUIET: Cell<u32> = const { Cell::new(0) };
}

static INSTALL: Once = Once::new();

/// Panics on this thread are silent until the guard is dropped.
pub struct Guard(());

impl Guard {
    pub fn new() -> Guard {
        // Installed on first use, after the reader has set its own hook, so
        // this one wraps it and is asked first.
        INSTALL.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if QUIET.with(Cell::get) == 0 {
                    previous(info);
                }
            }));
        });
        QUIET.with(|q| q.set(q.get() + 1));
        Guard(())
    }
}

impl Default for Guard {
    fn default() -> Self {
        Guard::new()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        QUIET.with(|q| q.set(q.get().saturating_sub(1)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_under_a_guard_is_caught_and_the_guard_counts() {
        let caught = {
            let _g = Guard::new();
            assert_eq!(QUIET.with(Cell::get), 1);
            std::panic::catch_unwind(|| panic!("inside a reader")).is_err()
        };
        assert!(caught);
        assert_eq!(QUIET.with(Cell::get), 0);
    }
}
