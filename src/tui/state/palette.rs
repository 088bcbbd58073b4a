//! The jump palette (Ctrl-P) and its library-wide search mode (Ctrl-F): a
//! query, the ranked rows and a cursor. Ranking lives in `crate::jump`; the
//! index is built once at startup and each keystroke narrows the last result.
//! While the palette is open the reader does not move, so Esc leaves you
//! exactly where you were; Enter jumps and records the jump in the history.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::history::JumpPoint;
use super::{AppState, Highlight, Pane};
use crate::jump::{BookmarkEntry, CandidateKind, ClauseFinder, JumpIndex, Search, Target};
use crate::labels::{find_clause, looks_like_label};
use crate::library::Library;
use crate::tui::action::Action;
use crate::tui::input::{LineInput, TextKey};
use crate::tui::keymap::Keymap;

/// How many rows a query lists at most.
const LIMIT: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaletteMode {
    /// Ctrl-P: documents, clauses, entities and bookmarks, fuzzy-ranked.
    Jump,
    /// Ctrl-F: every clause of every document holding all the words.
    Clauses,
}

#[derive(Clone, Debug)]
pub struct Palette {
    pub mode: PaletteMode,
    pub input: LineInput,
    /// What each row is and where it leads, best first.
    pub rows: Vec<(CandidateKind, Target)>,
    /// How many candidates match in all (more than `rows` holds when capped).
    pub total: usize,
    pub selected: usize,
    /// The last search, narrowed by the next keystroke.
    previous: Option<Search>,
}

impl Palette {
    pub fn query(&self) -> &str {
        self.input.text()
    }
}

/// What the palette searches: the jump index (built once, at startup), the
/// folded clause texts (built the first time Ctrl-F is used), the bookmarks.
pub struct Finders {
    pub index: JumpIndex,
    clauses: Option<ClauseFinder>,
    bookmarks: Vec<BookmarkEntry>,
}

impl Finders {
    /// Documents `first..` arrived: the index grows, the clause finder is
    /// rebuilt when next needed.
    pub fn library_grew(&mut self, library: &Library, first: usize) {
        self.index.add_documents(library, first);
        self.clauses = None;
    }
}

impl fmt::Debug for Finders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finders")
            .field("candidates", &self.index.len())
            .field("bookmarks", &self.bookmarks.len())
            .finish()
    }
}

impl Finders {
    pub fn build(library: &Library) -> Finders {
        Finders {
            index: JumpIndex::build(library),
            clauses: None,
            bookmarks: Vec::new(),
        }
    }

    /// The bookmark `Target::Bookmark(i)` leads to.
    pub fn bookmark(&self, i: u32) -> Option<&BookmarkEntry> {
        self.bookmarks.get(i as usize)
    }
}

/// Keys while the palette or the search line is open: text goes to the input,
/// ↑/↓, Ctrl-p/Ctrl-n and the page keys move; other keys go through the keymap
/// (Ctrl-F switches the palette's mode, Ctrl-C quits).
pub fn field_action(key: &KeyEvent, keymap: &Keymap) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char('c') if ctrl => Action::Quit,
        KeyCode::Char('n') if ctrl => Action::Down,
        KeyCode::Char('p') if ctrl => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::Up => Action::Up,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::PageUp => Action::PageUp,
        _ => {
            return TextKey::from_event(key)
                .map(Action::Text)
                .or_else(|| keymap.action_for(key));
        }
    })
}

/// `korea 5`: when the last word reads as a label and the words before it
/// name a document, the clause of that document with the label.
fn labelled_clause(index: &JumpIndex, library: &Library, query: &str) -> Option<Target> {
    let (head, last) = query.trim().rsplit_once(char::is_whitespace)?;
    let head = head.trim();
    if !looks_like_label(last) || head.is_empty() || ["c:", "e:", "b:"].iter().any(|s| head.starts_with(s)) {
        return None;
    }
    let scoped = if head.starts_with("d:") {
        head.to_string()
    } else {
        format!("d:{head}")
    };
    let Target::Document(doc) = index.search(&scoped, 1, None).hits.first()?.target else {
        return None;
    };
    let found = find_clause(library.documents.get(doc as usize)?, last)?;
    Some(Target::Clause {
        doc,
        clause: found.clause() as u32,
    })
}

impl AppState {
    /// True while a one-line input of the palette or the search takes the keys.
    pub fn finding(&self) -> bool {
        self.palette.is_some() || self.search.editing() || self.goto.is_some()
    }

    /// Gives the palette the bookmarks to list (`b:`), in the order `Target::Bookmark` indexes.
    pub fn set_jump_bookmarks(&mut self, entries: Vec<BookmarkEntry>) {
        self.finders.index.set_bookmarks(&self.library, &entries);
        self.finders.bookmarks = entries;
        if self.palette.is_some() {
            self.refresh_palette(false);
        }
    }

    pub(super) fn open_palette(&mut self, mode: PaletteMode) {
        if mode == PaletteMode::Clauses && self.finders.clauses.is_none() {
            self.finders.clauses = Some(ClauseFinder::build(&self.library));
        }
        let input = match &self.palette {
            Some(p) => p.input.clone(),
            None => LineInput::new(""),
        };
        self.palette = Some(Palette {
            mode,
            input,
            rows: Vec::new(),
            total: 0,
            selected: 0,
            previous: None,
        });
        self.refresh_palette(false);
    }

    /// Keys while the palette is open; false for those it lets through (quit, resize).
    pub(super) fn palette_action(&mut self, action: Action) -> bool {
        let Some(p) = self.palette.as_mut() else { return false };
        let last = p.rows.len().saturating_sub(1);
        match action {
            Action::Down | Action::ScrollDown(..) => p.selected = (p.selected + 1).min(last),
            Action::Up | Action::ScrollUp(..) => p.selected = p.selected.saturating_sub(1),
            Action::PageDown => p.selected = (p.selected + 10).min(last),
            Action::PageUp => p.selected = p.selected.saturating_sub(10),
            Action::OpenPalette if p.mode == PaletteMode::Jump => p.selected = p.selected.saturating_sub(1),
            Action::OpenPalette => self.open_palette(PaletteMode::Jump),
            Action::SearchLibrary if p.mode == PaletteMode::Clauses => p.selected = (p.selected + 1).min(last),
            Action::SearchLibrary => self.open_palette(PaletteMode::Clauses),
            Action::Text(TextKey::Cancel) | Action::Back => self.palette = None,
            Action::Text(TextKey::Submit) | Action::Activate => self.choose(),
            Action::Text(key) => {
                let before = p.input.text().to_string();
                p.input.edit(key);
                if p.input.text() != before {
                    let extends = p.input.text().starts_with(&before);
                    self.refresh_palette(extends);
                }
            }
            Action::Quit | Action::Resize(..) => return false,
            _ => {}
        }
        true
    }

    /// Re-ranks for the query; `narrow` reuses the last result (the query only grew).
    fn refresh_palette(&mut self, narrow: bool) {
        let Some(p) = self.palette.as_mut() else { return };
        let query = p.input.text();
        match p.mode {
            PaletteMode::Jump => {
                let previous = if narrow { p.previous.as_ref() } else { None };
                let search = self.finders.index.search(query, LIMIT, previous);
                p.rows = search.hits.iter().map(|h| (h.kind, h.target)).collect();
                p.total = search.total;
                p.previous = Some(search);
                // `korea 5`, `8318/24 14(b)`: that paragraph of the best document, first.
                if let Some(target) = labelled_clause(&self.finders.index, &self.library, query) {
                    p.rows.retain(|r| r.1 != target);
                    p.rows.insert(0, (CandidateKind::Clause, target));
                    p.total += 1;
                }
            }
            PaletteMode::Clauses => {
                let found = self.finders.clauses.as_ref().map(|f| f.find(query)).unwrap_or_default();
                p.total = found.len();
                p.rows = found
                    .into_iter()
                    .take(LIMIT)
                    .map(|(doc, clause)| {
                        let kind = match self.library.documents[doc as usize].clauses[clause as usize].kind {
                            crate::document::ClauseKind::Heading => CandidateKind::Heading,
                            _ => CandidateKind::Clause,
                        };
                        (kind, Target::Clause { doc, clause })
                    })
                    .collect();
            }
        }
        p.selected = 0;
    }

    /// Enter: closes the palette and goes where the selected row leads.
    fn choose(&mut self) {
        let Some(p) = self.palette.take() else { return };
        let Some(&(_, target)) = p.rows.get(p.selected) else {
            self.palette = Some(p);
            self.info("nothing matches: Esc closes the palette");
            return;
        };
        self.finders.index.note_jump(target);
        self.focus = Pane::Reader;
        match target {
            Target::Document(d) => {
                let doc = d as usize;
                if self.reader.doc != Some(doc) {
                    self.record_jump();
                    self.open(doc);
                }
            }
            Target::Clause { doc, clause } => {
                self.jump(JumpPoint {
                    doc: doc as usize,
                    clause: clause as usize,
                });
                if p.mode == PaletteMode::Clauses {
                    // The words stay highlighted, and n/N walk them in this document.
                    self.keep_search(p.query());
                }
            }
            Target::Entity(e) => self.jump_to_entity(e),
            Target::Bookmark(b) => {
                let entry = self.finders.bookmarks.get(b as usize);
                match entry.and_then(|e| Some((e.doc?, e.clause?))) {
                    Some((doc, clause)) if (doc as usize) < self.library.documents.len() => self.jump(JumpPoint {
                        doc: doc as usize,
                        clause: clause as usize,
                    }),
                    _ => self.info("this bookmark's clause was not found (orphaned)"),
                }
            }
        }
    }

    /// Selects an entity and goes to its first mention: in the open document
    /// if it has one, else the first in the library.
    fn jump_to_entity(&mut self, id: u32) {
        let Some(e) = self.library.entities.get(id as usize) else {
            return;
        };
        let open = self.reader.doc;
        let Some(first) = e
            .mentions
            .iter()
            .find(|l| Some(l.doc as usize) == open)
            .or(e.mentions.first())
            .cloned()
        else {
            self.info("this entity has no mentions");
            return;
        };
        let (doc, clause) = (first.doc as usize, first.clause.map(|c| c as usize));
        self.record_jump();
        if open != Some(doc) {
            self.open(doc);
        }
        self.entities.select(id);
        self.highlight = Some(Highlight::Entity(id));
        let targets = self.entities.targets(&self.library, id, self.reader.doc);
        self.entities.mention = targets.iter().position(|t| t.0 == doc && t.1 == clause);
        match clause {
            Some(c) => self.reader.jump_to(c),
            None => {
                self.reader.first();
                self.info("this mention is in the document header (the line above the text)");
            }
        }
    }
}
