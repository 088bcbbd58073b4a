//! Everything the reader shows, and `update`, the only function that changes it.
//! `update` turns an `Action` into new state plus an `Effect` for `App` to
//! perform; it does no I/O, so key-sequence tests drive it without a terminal.

mod bookmarks;
mod compare;
mod documents;
mod entities;
mod goto;
mod help;
mod history;
mod links;
mod loading;
mod palette;
mod pointer;
mod precedent;
mod reader;
mod reading;
mod search;
mod skipped;

pub use bookmarks::{BookmarkList, BookmarkSort, Bookmarks, Mark, NoteEdit, NoteTarget, ago};
pub use compare::{Compare, CompareView, VersionPicker};
pub use documents::{DocumentList, SortKey};
pub use entities::{EntityPanel, EntityRow, Scope, Target, reading_position};
pub use history::{JumpHistory, JumpPoint};
pub use links::{LinkPicker, Links};
pub use loading::{Loading, Start};
pub use palette::{Finders, Palette, PaletteMode, field_action};
pub use precedent::{PrecedentList, Precedents};
pub use reader::Reader;
pub use reading::Reading;
pub use search::DocSearch;

use crate::citation::quote_with_citation;
use crate::document::EntityId;
use crate::library::Library;
use crate::shown::Shown;
use ratatui::layout::Rect;

use super::action::{Action, Effect};
use super::ui::{self, Screen};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Documents,
    Reader,
    Entities,
}

/// What the reader highlights and `n`/`N` walk through: the last one chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Highlight {
    Entity(EntityId),
    /// The words of `AppState::search`.
    Search,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Info(String),
    Warning(String),
}

#[derive(Debug)]
pub struct AppState {
    pub library: Library,
    /// Terminal columns and rows.
    pub size: (u16, u16),
    pub focus: Pane,
    /// The help overlay's scroll offset while it is open.
    pub help: Option<usize>,
    /// The skipped-files overlay's scroll offset while it is open (`S`).
    pub skipped: Option<usize>,
    pub meeting: bool,
    pub mention_colours: bool,
    pub mouse: bool,
    pub documents: DocumentList,
    pub reader: Reader,
    pub entities: EntityPanel,
    pub highlight: Option<Highlight>,
    pub status: Option<Status>,
    /// The jump index and clause finder, built once at startup.
    pub finders: Finders,
    pub palette: Option<Palette>,
    pub search: DocSearch,
    /// The go-to input (`:` or a digit), while it is open.
    pub goto: Option<crate::tui::input::LineInput>,
    pub history: JumpHistory,
    pub bookmarks: Bookmarks,
    pub reading: Reading,
    pub loading: Loading,
    /// The version picker and the compare view (`=`).
    pub compare: Compare,
    /// References as links: the citations and the list of a clause's (`f`).
    pub links: Links,
    /// Agreed language: the index and the list of a clause's precedents (`L`).
    pub precedents: Precedents,
}

impl AppState {
    /// A reader on `library`, the newest document open, sized `width`×`height`.
    pub fn new(library: Library, width: u16, height: u16) -> AppState {
        let documents = DocumentList::new(&library);
        let finders = Finders::build(&library);
        let mut state = AppState {
            library,
            size: (width, height),
            focus: Pane::Reader,
            help: None,
            skipped: None,
            meeting: false,
            mention_colours: true,
            mouse: true,
            documents,
            reader: Reader::default(),
            entities: EntityPanel::new(),
            highlight: None,
            status: None,
            finders,
            palette: None,
            search: DocSearch::default(),
            goto: None,
            history: JumpHistory::default(),
            bookmarks: Bookmarks::default(),
            reading: Reading::default(),
            // A library handed over whole is loaded already.
            loading: Loading {
                done: true,
                ..Loading::default()
            },
            compare: Compare::default(),
            links: Links::default(),
            precedents: Precedents::default(),
        };
        state.ensure_reuse_index();
        state.links.index = Some(crate::refs::CitationIndex::build(&state.library));
        if let Some(first) = state.documents.selected() {
            state.open(first);
        }
        state.sync();
        state
    }

    /// Shows warnings in the status bar; they name files and config lines,
    /// so they are `Shown`.
    pub fn warn(&mut self, warnings: &[String]) {
        if !warnings.is_empty() {
            let text = Shown::owned_line(warnings.join("  ·  ")).into_string();
            self.status = Some(Status::Warning(text));
        }
    }

    pub fn screen(&self) -> Screen {
        ui::screen(Rect::new(0, 0, self.size.0, self.size.1), self.focus, self.meeting)
    }

    /// Opens a document in the reader and lists its entities.
    pub fn open(&mut self, doc: usize) {
        if doc >= self.library.documents.len() {
            return;
        }
        let left = self.reader.doc.map(|d| (d, self.reader.current));
        self.reader.open(doc, &self.library);
        self.documents.select_document(doc);
        self.entities.rebuild(&self.library, Some(doc));
        self.sync();
        self.arrived(left, doc);
    }

    pub fn update(&mut self, action: Action) -> Effect {
        if !matches!(action, Action::Resize(..)) {
            self.loading.touched = true;
        }
        if !matches!(
            action,
            Action::Resize(..) | Action::ScrollDown(..) | Action::ScrollUp(..)
        ) {
            self.status = None;
        }
        if !matches!(action, Action::UndoDelete | Action::Resize(..)) {
            self.bookmarks.forget_undo();
        }
        if self.bookmarks.note.is_some() && !matches!(action, Action::Text(_) | Action::Resize(..)) {
            self.bookmarks.note = None;
        }
        // The palette and the search line take keys first, then the help overlay.
        let taken = self.palette_action(action)
            || self.search_action(action)
            || self.goto_action(action)
            || (self.help.is_some() && self.help_action(action))
            || self.skipped_action(action)
            || self.link_picker_action(action)
            || self.precedent_action(action)
            || self.compare_action(action);
        let effect = if taken {
            Effect::None
        } else if let Some(effect) = self.list_action(action) {
            effect
        } else {
            self.apply(action)
        };
        self.sync();
        self.positions_effect(effect)
    }

    fn apply(&mut self, action: Action) -> Effect {
        match action {
            Action::Quit => return Effect::Quit,
            Action::Help => self.help = Some(0),
            Action::Back => self.back(),
            Action::NextPane => self.cycle_focus(true),
            Action::PrevPane => self.cycle_focus(false),
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.page(true, false),
            Action::PageUp => self.page(false, false),
            Action::HalfPageDown => self.page(true, true),
            Action::HalfPageUp => self.page(false, true),
            Action::Top => self.ends(false),
            Action::Bottom => self.ends(true),
            Action::NextHeading | Action::PrevHeading => {
                if !self.reader.heading(&self.library, action == Action::NextHeading) {
                    self.info("no further section heading");
                }
            }
            Action::Activate => self.activate(),
            Action::NextMention => self.step_mention(true),
            Action::PrevMention => self.step_mention(false),
            Action::CopyClause => return self.copy_clause(),
            Action::MeetingMode => self.toggle_meeting(),
            Action::EntityScope => {
                self.entities.toggle_scope(&self.library, self.reader.doc);
                self.info(match self.entities.scope {
                    Scope::Document => "entities of this document",
                    Scope::Library => "entities of the whole library",
                });
            }
            Action::ShowEntities => {
                self.meeting = false;
                self.focus = Pane::Entities;
                self.select_entity_under_cursor();
            }
            Action::ToggleMentionColours => {
                self.mention_colours = !self.mention_colours;
                self.info(if self.mention_colours {
                    "mentions coloured by kind"
                } else {
                    "mention colours off"
                });
            }
            Action::ToggleMouse => {
                self.mouse = !self.mouse;
                self.info(if self.mouse {
                    "mouse on: click and scroll"
                } else {
                    "mouse off: the terminal selects text (m turns it back on)"
                });
                return Effect::SetMouseCapture(self.mouse);
            }
            Action::SortDocuments => {
                self.documents.toggle_sort(&self.library);
                self.info(match self.documents.sort {
                    SortKey::Date => "documents by date, newest first",
                    SortKey::Title => "documents by title",
                });
            }
            Action::ToggleBookmark => return self.toggle_bookmark(),
            Action::EditNote => self.edit_note(),
            Action::ShowBookmarks => self.show_bookmarks(),
            Action::DeleteBookmark => self.info("d deletes in the bookmarks list (B)"),
            Action::UndoDelete => return self.undo_delete(),
            Action::Text(key) => return self.type_note(key),
            Action::OpenPalette => self.open_palette(PaletteMode::Jump),
            Action::SearchLibrary => self.open_palette(PaletteMode::Clauses),
            Action::SearchDocument => self.start_search(),
            Action::GoTo => self.start_goto(None),
            Action::ShowSkipped => self.show_skipped(),
            Action::GoToDigit(c) => self.start_goto(Some(c)),
            Action::JumpBack => self.step_history(false),
            Action::JumpForward => self.step_history(true),
            Action::Compare => self.open_compare(),
            Action::FollowLink => self.follow_link(),
            Action::AgreedLanguage => self.show_precedents(),
            Action::Resize(w, h) => self.size = (w, h),
            Action::Click(x, y) => self.click(x, y),
            Action::ScrollDown(x, y) => self.wheel(x, y, 3),
            Action::ScrollUp(x, y) => self.wheel(x, y, -3),
        }
        Effect::None
    }

    fn info(&mut self, text: &str) {
        self.status = Some(Status::Info(Shown::line(text).into_string()));
    }

    fn back(&mut self) {
        let screen = self.screen();
        let folded_pane_shown = (self.focus == Pane::Entities && screen.entities_overlay)
            || (self.focus != Pane::Reader && screen.reader.is_none());
        if folded_pane_shown {
            self.focus = Pane::Reader;
        } else if self.highlight.is_some() {
            self.highlight = None;
            self.entities.mention = None;
        } else if self.meeting {
            self.meeting = false;
        }
    }

    fn cycle_focus(&mut self, forward: bool) {
        if self.meeting {
            self.info("meeting mode: z shows the panels again");
            return;
        }
        self.focus = match (self.focus, forward) {
            (Pane::Documents, true) | (Pane::Entities, false) => Pane::Reader,
            (Pane::Reader, true) | (Pane::Documents, false) => Pane::Entities,
            (Pane::Entities, true) | (Pane::Reader, false) => Pane::Documents,
        };
        if self.focus == Pane::Entities {
            self.select_entity_under_cursor();
        }
    }

    pub(super) fn select_entity_under_cursor(&mut self) {
        if let Some(id) = self.entities.selected() {
            if self.highlight != Some(Highlight::Entity(id)) {
                self.entities.mention = None;
            }
            self.highlight = Some(Highlight::Entity(id));
        }
    }

    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Pane::Documents => self.documents.move_by(delta),
            Pane::Reader if delta > 0 => self.reader.down(),
            Pane::Reader => self.reader.up(),
            Pane::Entities => {
                self.entities.move_by(delta);
                self.select_entity_under_cursor();
            }
        }
    }

    fn page(&mut self, forward: bool, half: bool) {
        let rows = |r: Option<Rect>, per: u16| r.map_or(1, |r| usize::from(r.height.saturating_sub(2) / per).max(1));
        let screen = self.screen();
        let sign = if forward { 1 } else { -1 };
        match self.focus {
            Pane::Reader if half => self.reader.half_page(forward),
            Pane::Reader => self.reader.page(forward),
            Pane::Documents => self.documents.move_by(sign * rows(screen.documents, 2) as isize),
            Pane::Entities => {
                self.entities.move_by(sign * rows(screen.entities, 1) as isize);
                self.select_entity_under_cursor();
            }
        }
    }

    fn ends(&mut self, end: bool) {
        match self.focus {
            Pane::Documents => self.documents.move_to_end(end),
            Pane::Reader if end => self.reader.last(),
            Pane::Reader => self.reader.first(),
            Pane::Entities => {
                self.entities.move_by(if end { isize::MAX / 2 } else { isize::MIN / 2 });
                self.select_entity_under_cursor();
            }
        }
    }

    pub(super) fn activate(&mut self) {
        match self.focus {
            Pane::Documents => {
                if let Some(d) = self.documents.selected() {
                    if self.reader.doc != Some(d) {
                        self.record_jump();
                    }
                    self.open(d);
                    if self.screen().reader.is_some() || self.size.0 < ui::NARROW {
                        self.focus = Pane::Reader;
                    }
                }
            }
            Pane::Entities => {
                self.select_entity_under_cursor();
                self.step_mention(true);
            }
            // Nothing highlighted to walk: Enter follows the clause's reference.
            Pane::Reader if self.highlight.is_none() && !self.current_links().is_empty() => self.follow_link(),
            Pane::Reader => self.step_mention(true),
        }
    }

    /// Goes to the next (or previous) mention of the highlighted entity.
    fn step_mention(&mut self, forward: bool) {
        let id = match self.highlight {
            Some(Highlight::Entity(id)) => id,
            Some(Highlight::Search) => return self.step_search(forward),
            None => return self.info("nothing highlighted: search (/) or select an entity (E)"),
        };
        let targets = self.entities.targets(&self.library, id, self.reader.doc);
        // At the top of a document the reader shows its header, so header mentions count as here.
        let here = if self.reader.top == 0 && self.reader.current == 0 {
            None
        } else {
            Some(self.reader.current)
        };
        let doc = self.reader.doc.unwrap_or(0);
        let at = reading_position(doc, here);
        let current = self.reader.current;
        let is_here = |t: &Target| t.0 == doc && (t.1 == Some(current) || (t.1.is_none() && here.is_none()));
        let Some(i) = self.entities.step(&targets, at, is_here, forward) else {
            self.info("no mentions in scope (e widens it to the library)");
            return;
        };
        let (doc, clause, _) = targets[i].clone();
        self.record_jump();
        if Some(doc) != self.reader.doc {
            let mention = self.entities.mention;
            self.open(doc);
            self.entities.select(id);
            self.entities.mention = mention;
        }
        self.sync();
        match clause {
            Some(c) => self.reader.jump_to(c),
            None => {
                self.reader.first();
                self.info("this mention is in the document header (the line above the text)");
            }
        }
    }

    /// The entity whose mentions the reader highlights, if any.
    pub fn highlighted_entity(&self) -> Option<EntityId> {
        match self.highlight {
            Some(Highlight::Entity(id)) => Some(id),
            _ => None,
        }
    }

    /// `mention 2 of 7`, while walking a highlighted entity's mentions.
    pub fn mention_position(&self) -> Option<(usize, usize)> {
        let Some(Highlight::Entity(id)) = self.highlight else {
            return None;
        };
        let m = self.entities.mention?;
        let total = self.entities.targets(&self.library, id, self.reader.doc).len();
        (m < total).then_some((m + 1, total))
    }

    fn copy_clause(&mut self) -> Effect {
        let Some(doc) = self.reader.document(&self.library) else {
            self.info("no document open");
            return Effect::None;
        };
        if self.reader.current >= doc.clauses.len() {
            self.info("no clause to copy");
            return Effect::None;
        }
        let text = quote_with_citation(doc, self.reader.current);
        let label = doc.clauses[self.reader.current].label.clone();
        self.info(&format!(
            "copied {label} with its citation ({} characters)",
            text.chars().count()
        ));
        Effect::Copy(text)
    }

    fn toggle_meeting(&mut self) {
        self.meeting = !self.meeting;
        if self.meeting {
            self.focus = Pane::Reader;
            self.info("meeting mode: z or Esc to leave");
        }
    }

    /// Brings derived state in line with the screen: wrap layout for the reader's
    /// width, list offsets that keep cursors visible.
    /// Layout caches after documents arrived (the open one is unchanged).
    pub(super) fn sync_after_load(&mut self) {
        self.sync();
    }

    fn sync(&mut self) {
        self.search.sync(&self.library, self.reader.doc);
        let screen = self.screen();
        if let Some(r) = screen.reader {
            let view = ui::reader_viewport(r);
            self.reader.set_view(view.width, view.height, &self.library);
            if let Some(c) = self.compare.view.as_mut() {
                c.set_view(view.width, view.height, &self.library);
            }
        }
        if let Some(r) = screen.documents {
            self.documents.keep_in_view(usize::from(ui::inner(r).height / 2));
        }
        if let Some(r) = screen.entities {
            self.entities.keep_in_view(usize::from(ui::inner(r).height));
        }
    }
}
