//! One full frame of the reader at 200×60 on the largest seed, entities as
//! extracted, drawn to ratatui's `TestBackend` (target: under 2 ms).

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

criterion_group!(benches, render);
criterion_main!(benches);
