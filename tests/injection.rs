//! A briefing that tries to talk to the terminal: OSC 52 (clipboard), OSC 8
//! (hyperlink), CSI clear-screen, C1 controls, a bidi override and zero-width
//! characters. None of it may reach the terminal through `show`, `list` or the
//! reader; the override and zero-width characters are shown as `⟨U+202E⟩`.

mod common;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use attache::library::Library;
use attache::tui::keymap::Keymap;
use attache::tui::state::AppState;
use attache::tui::theme::Theme;
use attache::tui::ui;
use common::{json, path_str, run, stdout};
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

const HOSTILE: &str = "Hostile briefing\n\n\
    1. The Council \u{1b}]52;c;ZXZpbA==\u{7}copies nothing to the clipboard.\n\n\
    2. A \u{1b}]8;;https://evil.example/\u{1b}\\hidden link\u{1b}]8;;\u{1b}\\ stays plain text.\n\n\
    3. Nothing clears \u{1b}[2J\u{1b}[H\u{1b}[3Jthe screen \u{9b}2J or rings \u{7} a bell.\n\n\
    4. The figure is \u{202E}0001 RUE\u{202C} and the word is split\u{200B}here.\n\n\
    - A bullet with an isolate \u{2066}x\u{2069} and a DEL \u{7f} and NUL-free text.\n";

/// Writes the hostile briefing (and the same bytes in a Windows-1252 file,
/// whose 0x9B is `›`, not a C1 control) into `dir`.
fn write_fixture(dir: &Path) -> PathBuf {
    let path = dir.join("hostile.txt");
    std::fs::write(&path, HOSTILE).unwrap();
    let mut cp1252 = b"Byte briefing\n\n1. Raw \x1b]52;c;ZXZpbA==\x07 and \x9b2J and caf\xe9.\n".to_vec();
    cp1252.extend_from_slice(b"\n2. Bell \x07 and escape \x1b[31mred\x1b[0m.\n");
    std::fs::write(dir.join("bytes.txt"), cp1252).unwrap();
    path
}

/// Fails on ESC, BEL, any other C0 control but line feed, DEL, or a C1
/// control (U+0080–U+009F, as UTF-8 or as a raw byte).
fn assert_inert(what: &str, out: &[u8]) {
    let text = String::from_utf8(out.to_vec()).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let bad = (c.is_control() && c != '\n') || ('\u{80}'..='\u{9f}').contains(&c);
        let around: String = chars[i.saturating_sub(40)..(i + 10).min(chars.len())].iter().collect();
        assert!(!bad, "{what}: {c:?} at char {i} in …{around:?}…");
    }
}

fn assert_visible_marks(what: &str, text: &str) {
    for mark in ["⟨U+202E⟩", "⟨U+202C⟩", "⟨U+200B⟩", "⟨U+2066⟩", "⟨U+2069⟩"] {
        assert!(text.contains(mark), "{what}: {mark} not shown in\n{text}");
    }
}

#[test]
fn show_and_list_print_no_control_sequences_and_show_bidi_marks() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let d = path_str(dir.path());
    for args in [
        vec!["show", "hostile", d],
        vec!["show", "bytes", d],
        vec!["show", "hostile", "--json", d],
        vec!["list", d],
        vec!["list", "--json", d],
        vec!["entities", d],
        vec!["entities", "--json", d],
    ] {
        let o = run(&args);
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
        assert_inert(&format!("attache {args:?} stdout"), &o.stdout);
        assert_inert(&format!("attache {args:?} stderr"), &o.stderr);
    }
    let shown = stdout(&run(&["show", "hostile", d]));
    assert_visible_marks("show", &shown);
    assert!(
        shown.contains("]52;c;ZXZpbA=="),
        "the inert rest of the OSC stays readable:\n{shown}"
    );

    // JSON escapes control characters rather than printing them; there must be none to escape.
    let doc = json(&run(&["show", "hostile", "--json", d]));
    let texts: Vec<&str> = doc["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    for t in &texts {
        assert!(!t.chars().any(char::is_control), "{t:?}");
    }
    assert_visible_marks("show --json", &texts.join("\n"));
    assert!(texts[3].contains("⟨U+202E⟩0001 RUE⟨U+202C⟩"), "{}", texts[3]);
    let raw = stdout(&run(&["show", "hostile", "--json", d]));
    assert!(
        !raw.to_lowercase().contains("\\u001b") && !raw.contains("\\u0007"),
        "{raw}"
    );
}

fn reader(dir: &Path) -> AppState {
    let lib = Library::load(&[dir.join("hostile.txt")]);
    assert_eq!(lib.documents.len(), 1);
    AppState::new(lib, 160, 40)
}

#[test]
fn the_reader_draws_no_control_characters_and_shows_bidi_marks() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let state = reader(dir.path());
    let mut terminal = Terminal::new(TestBackend::new(160, 40)).unwrap();
    let keymap = Keymap::default();
    for theme in [Theme { colour: true }, Theme { colour: false }] {
        terminal.draw(|f| ui::draw(f, &state, &keymap, &theme)).unwrap();
        let buf = terminal.backend().buffer();
        let mut screen = String::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let sym = buf[(x, y)].symbol();
                assert!(
                    !sym.chars()
                        .any(|c| c.is_control() || ('\u{80}'..='\u{9f}').contains(&c)),
                    "cell {x},{y} holds {sym:?}"
                );
                screen.push_str(sym);
            }
            screen.push('\n');
        }
        assert!(screen.contains("⟨U+202E⟩"), "{screen}");
        assert!(screen.contains("⟨U+200B⟩"), "{screen}");
    }
}

/// What a backend wrote, kept where the test can read it.
#[derive(Clone, Default)]
struct Written(Arc<Mutex<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The bytes the reader would write to a real terminal: ratatui's own cursor
/// moves and colours (CSI … H / m / K) and nothing else — no OSC, no BEL,
/// no clear-screen, no C1 control.
#[test]
fn the_bytes_sent_to_a_terminal_hold_only_the_readers_own_sequences() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let state = reader(dir.path());
    let keymap = Keymap::default();
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 160, 40)),
    };
    let written = Written::default();
    let mut terminal = Terminal::with_options(CrosstermBackend::new(written.clone()), options).unwrap();
    terminal
        .draw(|f| ui::draw(f, &state, &keymap, &Theme { colour: true }))
        .unwrap();
    let text = String::from_utf8(written.0.lock().unwrap().clone()).expect("UTF-8 output");
    assert!(text.contains("⟨U+202E⟩"));
    let mut rest = text.as_str();
    while let Some(at) = rest.find('\u{1b}') {
        let seq = &rest[at + 1..];
        assert!(seq.starts_with('['), "a non-CSI escape {:?}", &seq[..seq.len().min(20)]);
        // CSI parameters, then one final byte: only cursor position, SGR, erase-in-line
        // and cursor show/hide are expected.
        let params = seq[1..].bytes().take_while(|b| (0x30..=0x3f).contains(b)).count();
        let final_byte = seq.as_bytes().get(1 + params).copied().map(char::from);
        let whole = &seq[..(2 + params).min(seq.len())];
        assert!(
            matches!(final_byte, Some('H' | 'm' | 'K' | 'h' | 'l')) && !whole.contains("2J"),
            "unexpected sequence ESC{whole:?}"
        );
        rest = &seq[1..];
    }
    // ESC only as checked above; no BEL, no other C0, no C1 (which is_control covers).
    let allowed = ['\u{1b}', '\n', '\r'];
    for c in text.chars() {
        assert!(!c.is_control() || allowed.contains(&c), "{c:?} written to the terminal");
    }
}
