//! One full frame of the reader at 200×60, drawn to ratatui's `TestBackend`:
//! on the largest seed (target: under 2 ms), and on generated libraries of
//! 1,000 and 10,000 briefings with the entity panel in library scope (a frame
//! must not grow with the library).

use attache::library::Library;
use attache::tui::keymap::Keymap;
use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use attache::tui::ui;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn render(c: &mut Criterion) {
    let library = Library::load(&[]);
    let largest = (0..library.documents.len())
        .max_by_key(|&i| library.documents[i].source_len)
        .unwrap_or(0);
    let mut state = AppState::new(library, 200, 60);
    state.open(largest);
    let keymap = Keymap::default();
    let theme = Theme { colour: true };
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("draw 200x60 largest seed", |b| {
        b.iter(|| {
            // A full redraw each time, as after a resize: no diff against the last frame.
            terminal.clear().unwrap();
            terminal.draw(|f| ui::draw(f, &state, &keymap, &theme)).unwrap();
        })
    });
}

fn render_large(c: &mut Criterion) {
    let keymap = Keymap::default();
    let theme = Theme { colour: true };
    for docs in [1_000usize, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        attache::sample::generate(dir.path(), docs, 3).unwrap();
        let library = Library::load(&[dir.path().to_path_buf()]);
        let mut state = AppState::new(library, 200, 60);
        state.update(attache::tui::action::Action::EntityScope);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        c.bench_function(&format!("draw 200x60 library of {docs}"), |b| {
            b.iter(|| {
                terminal.clear().unwrap();
                terminal.draw(|f| ui::draw(f, &state, &keymap, &theme)).unwrap();
            })
        });
    }
}

criterion_group!(benches, render, render_large);
criterion_main!(benches);
