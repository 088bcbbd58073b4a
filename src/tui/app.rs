//! The event loop and the one place side effects happen: terminal setup and
//! restore, reading events, drawing when something changed, copying via OSC 52,
//! switching mouse capture. Everything else is `AppState::update`.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::background::{LoadEvent, spawn_loader_with};
use crate::library::Library;
use crate::pipeline::Pipeline;
use crate::shown::Shown;
use base64::Engine;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::action::{Action, Effect};
use super::hangup;
use super::input::TextKey;
use super::keymap::Keymap;
pub use super::state::Start;
use super::state::{AppState, Loading, field_action};
use super::stores;
use super::theme::Theme;
use super::ui;

/// How long to sleep waiting for input; also how soon SIGTERM is noticed.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// How often an idle reader looks at the bookmark file for other processes'
/// changes: one `stat`, on the idle wake-up the loop has anyway.
const FOLLOW_EVERY: Duration = Duration::from_secs(1);

/// How often the loop looks for arriving documents while a load runs.
const LOADING_POLL: Duration = Duration::from_millis(30);

/// Batches merged between two frames, so keys stay answered during a load.
const BATCHES_PER_FRAME: usize = 2;

/// Runs the reader on `paths` (the bundled seeds when empty) until the user
/// quits or a signal asks it to stop. The first frame is drawn at once;
/// documents stream in from a loading thread. The terminal is restored on
/// every way out, panics included. The entity lexicons are built on the
/// loading thread too; their warnings (bad `entities.txt` lines) reach the status bar.
pub fn run(paths: Vec<PathBuf>, cache: bool) -> io::Result<()> {
    run_at(paths, cache, None)
}

/// `run`, starting at `start` (`attache open`) rather than where the reader was last.
pub fn run_at(paths: Vec<PathBuf>, cache: bool, start: Option<Start>) -> io::Result<()> {
    let for_pipeline = paths.clone();
    let loader = spawn_loader_with(paths, move || {
        let (pipeline, warnings) = Pipeline::for_user(&for_pipeline, cache);
        (pipeline, warnings.iter().map(|w| format!("warning: {w}")).collect())
    });
    let (keymap, mut warnings) = match super::keys_path() {
        Some(path) => Keymap::load(&path),
        None => (Keymap::default(), Vec::new()),
    };
    let theme = Theme::from_env();
    // SIGTERM and SIGINT set a flag the loop checks between polls, so the
    // reading position and bookmarks are saved as on quit; a second one exits
    // at once, should the loop ever be stuck. SIGHUP keeps its default (exit).
    // Once the terminal is gone, crossterm's poll spins on end-of-file and
    // never returns to the loop: with SIGHUP ignored (`nohup`), the hangup
    // watchdog saves the position the loop last published and ends the process.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register_conditional_shutdown(signal, 1, Arc::clone(&stop))?;
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let published = hangup::watch();

    let mut terminal = ratatui::try_init()?;
    // ratatui's hook restores raw mode and the screen; mouse capture is ours to undo.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let _ = execute!(io::stdout(), EnableMouseCapture);

    let mut skipped = Vec::new();
    let result = terminal.size().and_then(|size| {
        let mut state = AppState::new(Library::default(), size.width, size.height);
        state.loading = Loading {
            start,
            ..Loading::default()
        };
        warnings.extend(stores::open(&mut state));
        state.warn(&warnings);
        let result = event_loop(&mut terminal, &mut state, &keymap, &theme, &stop, &loader, &published);
        skipped = state.library.skipped.iter().map(ToString::to_string).collect();
        // Quit, a signal or an error: where the reader was and unsaved bookmarks are kept.
        warnings.extend(stores::save_at_exit(&mut state));
        result
    });
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    // Warnings name files and quote config lines: printed as `Shown` only.
    for w in &warnings {
        eprintln!("{}", Shown::owned_line(format!("attache: {w}")));
    }
    for s in &skipped {
        eprintln!("{}", Shown::owned_line(s.clone()));
    }
    result
}

/// Takes what the loading thread has sent, a few batches at a time; returns
/// whether anything changed.
fn take_loaded(state: &mut AppState, loader: &Receiver<LoadEvent>) -> bool {
    let mut changed = false;
    for _ in 0..BATCHES_PER_FRAME {
        match loader.try_recv() {
            Ok(LoadEvent::Found {
                files,
                skipped,
                other_extensions,
            }) => state.loading_found(files, skipped, other_extensions),
            Ok(LoadEvent::Batch(batch)) => state.add_documents(batch),
            Ok(LoadEvent::Reuse(index)) => state.set_reuse_index(index),
            Ok(LoadEvent::Done) => state.loading_done(),
            Ok(LoadEvent::Warnings(w)) => state.warn(&w),
            Err(TryRecvError::Empty) => return changed,
            // The thread ended without `Done` (it panicked): say so, keep what arrived.
            Err(TryRecvError::Disconnected) => {
                if !state.loading.done {
                    state.loading_done();
                }
                return changed;
            }
        }
        changed = true;
    }
    changed
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    state: &mut AppState,
    keymap: &Keymap,
    theme: &Theme,
    stop: &AtomicBool,
    loader: &Receiver<LoadEvent>,
    published: &hangup::Published,
) -> io::Result<()> {
    let mut dirty = true;
    // Where the position file last put the reader.
    let mut saved_place = (state.reader.doc, state.reader.current);
    // The bookmark file as this reader last saw it, and when it last looked.
    let mut bookmarks_seen = stores::bookmarks_stamp(state);
    let mut looked = Instant::now();
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let mut took = false;
        if !state.loading.done {
            took = take_loaded(state, loader);
            dirty |= took;
        }
        if dirty {
            terminal.draw(|frame| ui::draw(frame, state, keymap, theme))?;
            dirty = false;
            published.set(state.spot());
        }
        // Block until input (or the idle timeout, to notice signals): no busy
        // loop. While batches keep arriving, only look for input between them.
        let wait = match (state.loading.done, took) {
            (true, _) => IDLE_POLL,
            (false, true) => Duration::ZERO,
            (false, false) => LOADING_POLL,
        };
        if !event::poll(wait)? {
            // Idle: the reading position goes to disk once the reader rests,
            // so a kill (or a crash) loses nothing of it.
            let place = (state.reader.doc, state.reader.current);
            if state.loading.done && place != saved_place {
                saved_place = place;
                state.record_position();
                stores::save_positions(state);
            }
            if looked.elapsed() >= FOLLOW_EVERY {
                looked = Instant::now();
                dirty |= stores::follow_bookmarks(state, &mut bookmarks_seen);
            }
            continue;
        }
        #[cfg(debug_assertions)]
        panic_if_asked();
        // Take every event already queued before drawing again (key repeat, resize storms).
        loop {
            if let Some(action) = action_for(event::read()?, keymap, state) {
                dirty = true;
                match state.update(action) {
                    Effect::None => {}
                    Effect::Quit => return Ok(()),
                    Effect::Copy(text) => copy_osc52(&text)?,
                    Effect::SetMouseCapture(true) => execute!(io::stdout(), EnableMouseCapture)?,
                    Effect::SetMouseCapture(false) => execute!(io::stdout(), DisableMouseCapture)?,
                    Effect::SaveBookmarks => {
                        stores::save_bookmarks(state);
                        // Our own write is no news.
                        bookmarks_seen = stores::bookmarks_stamp(state);
                    }
                    Effect::SavePositions => stores::save_positions(state),
                }
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}

fn action_for(event: Event, keymap: &Keymap, state: &AppState) -> Option<Action> {
    match event {
        // The palette's query and the search line take typed text first.
        Event::Key(key) if key.kind != KeyEventKind::Release && state.finding() => field_action(&key, keymap),
        // The note being typed takes every key but Ctrl-C.
        Event::Key(key) if key.kind != KeyEventKind::Release && state.bookmarks.note.is_some() => keymap
            .action_for(&key)
            .filter(|a| *a == Action::Quit && key.modifiers.contains(KeyModifiers::CONTROL))
            .or_else(|| TextKey::from_event(&key).map(Action::Text)),
        Event::Key(key) if key.kind != KeyEventKind::Release => keymap.reader_action(&key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp(m.column, m.row)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

/// Puts `text` on the system clipboard with OSC 52, which terminals honour
/// locally, over SSH and (with `set-clipboard on`) inside tmux.
fn copy_osc52(text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let osc = format!("\x1b]52;c;{encoded}\x07");
    let mut out = io::stdout().lock();
    if std::env::var_os("TMUX").is_some() {
        // Also pass it through tmux to the outer terminal (needs `allow-passthrough`).
        write!(out, "\x1bPtmux;{}\x1b\\", osc.replace('\x1b', "\x1b\x1b"))?;
    }
    out.write_all(osc.as_bytes())?;
    out.flush()
}

/// A hidden trigger for the end-to-end test of the panic hook, in debug builds
/// only: with `ATTACHE_TEST_PANIC` set, the first input after the first frame panics.
#[cfg(debug_assertions)]
fn panic_if_asked() {
    if std::env::var_os("ATTACHE_TEST_PANIC").is_some() {
        panic!("ATTACHE_TEST_PANIC is set: a forced panic, to test that the terminal is restored");
    }
}
