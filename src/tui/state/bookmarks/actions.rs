//! What the bookmark keys do to `AppState`: `b` toggles, `a` opens the note
//! input, `B` the list (whose keys are read here while it is open), `d`
//! deletes and `u` undoes. Every change returns `Effect::SaveBookmarks`.

use super::{BookmarkList, BookmarkSort, NoteEdit, NoteTarget};
use crate::bookmarks::{Bookmark, Place};
use crate::durable;
use crate::tui::action::{Action, Effect};
use crate::tui::input::{Edited, LineInput, TextKey};
use crate::tui::panes::bookmarks::list_rows;
use crate::tui::state::{AppState, Pane, Status};

impl AppState {
    /// Takes the store `App` opened.
    pub fn attach_bookmarks(&mut self, store: crate::bookmarks::BookmarkStore) {
        self.bookmarks.attach(store, &self.library);
        self.bookmarks_changed();
    }

    /// Records the outcome of a save `App` performed.
    pub fn bookmarks_saved(
        &mut self,
        result: Result<Option<crate::bookmarks::StoreWarning>, crate::bookmarks::StoreError>,
    ) {
        let ok = result.is_ok();
        if let Some(text) = self.bookmarks.saved(result) {
            self.status = Some(Status::Warning(text));
        }
        if ok {
            // A save reads the file afresh: other processes' bookmarks may have arrived.
            self.bookmarks.reanchor(&self.library);
            self.bookmarks_changed();
        }
    }

    /// Another process changed the bookmark file: read it again (this reader's
    /// unsaved changes stay on top); marks, the list and the palette follow.
    pub fn bookmarks_file_changed(&mut self) {
        let Some(store) = self.bookmarks.store_mut() else {
            return;
        };
        if let Some(w) = store.reload() {
            self.status = Some(Status::Warning(
                crate::shown::Shown::owned_line(w.to_string()).into_string(),
            ));
        }
        self.bookmarks.reanchor(&self.library);
        self.bookmarks_changed();
    }

    /// Places the bookmarks again after the library changed (documents arrived
    /// from a background load): marks, the list and the jump palette follow.
    pub fn library_changed_for_bookmarks(&mut self) {
        self.bookmarks.reanchor(&self.library);
        self.bookmarks_changed();
    }

    /// After any change: new anchors are in place; the list and the jump palette follow.
    fn bookmarks_changed(&mut self) {
        let rank = self.document_rank();
        self.bookmarks.reorder(&rank);
        self.feed_jump_bookmarks();
    }

    /// Hands the bookmarks to the jump palette (its index is rebuilt only for them).
    fn feed_jump_bookmarks(&mut self) {
        let entries = self.bookmarks.jump_entries(&self.library);
        self.set_jump_bookmarks(entries);
    }

    /// Each document's position in the document list.
    fn document_rank(&self) -> Vec<usize> {
        let mut rank = vec![usize::MAX; self.library.documents.len()];
        for (pos, &d) in self.documents.order.iter().enumerate() {
            rank[d] = pos;
        }
        rank
    }

    fn changed(&mut self) -> Effect {
        self.bookmarks.reanchor(&self.library);
        self.bookmarks_changed();
        Effect::SaveBookmarks
    }

    /// The reader's document and clause, if it has one.
    fn current_clause(&self) -> Option<(usize, usize)> {
        let doc = self.reader.doc?;
        let n = self.library.documents.get(doc)?.clauses.len();
        (self.reader.current < n).then_some((doc, self.reader.current))
    }

    fn label(&self, doc: usize, clause: usize) -> String {
        self.library.documents[doc].clauses[clause].label.clone()
    }

    pub(in crate::tui::state) fn toggle_bookmark(&mut self) -> Effect {
        let Some((doc, clause)) = self.current_clause() else {
            self.info("no clause to bookmark");
            return Effect::None;
        };
        if self.bookmarks.store().is_none() {
            self.warn_no_store();
            return Effect::None;
        }
        let label = self.label(doc, clause);
        let here: Vec<String> = (0..self.bookmarks.all().len())
            .filter(|&i| self.bookmarks.place(i).and_then(Place::location) == Some((doc, clause)))
            .map(|i| self.bookmarks.all()[i].id.clone())
            .collect();
        if here.is_empty() {
            let b = Bookmark::new(&self.library.documents[doc], clause, None, durable::now());
            self.bookmarks.add(b);
            self.info(&format!("bookmarked {label} (a adds a note, B lists bookmarks)"));
        } else {
            self.bookmarks.remove(&here);
            self.info(&format!("bookmark on {label} removed (u brings it back)"));
        }
        self.changed()
    }

    fn warn_no_store(&mut self) {
        self.status = Some(Status::Warning(
            "bookmarks are off: no configuration folder was found".into(),
        ));
    }

    /// Opens the note input for the listed bookmark, else the current clause's.
    pub(in crate::tui::state) fn edit_note(&mut self) {
        if self.bookmarks.store().is_none() {
            self.warn_no_store();
            return;
        }
        let edit = if let Some(i) = self.bookmarks.selected() {
            let b = &self.bookmarks.all()[i];
            let label = match self.bookmarks.place(i).and_then(Place::location) {
                Some((d, c)) => self.label(d, c),
                None => b.label.clone(),
            };
            NoteEdit {
                target: NoteTarget::Bookmark(b.id.clone()),
                label,
                input: LineInput::new(b.note.as_deref().unwrap_or("")),
            }
        } else if let Some((doc, clause)) = self.current_clause() {
            let label = self.label(doc, clause);
            match self.bookmarks.at(doc, clause) {
                Some(b) => NoteEdit {
                    target: NoteTarget::Bookmark(b.id.clone()),
                    label,
                    input: LineInput::new(b.note.as_deref().unwrap_or("")),
                },
                None => NoteEdit {
                    target: NoteTarget::Clause { doc, clause },
                    label,
                    input: LineInput::new(""),
                },
            }
        } else {
            self.info("no clause to note");
            return;
        };
        self.bookmarks.note = Some(edit);
    }

    /// A key typed into the note input: Enter saves the note, Esc drops it.
    pub(in crate::tui::state) fn type_note(&mut self, key: TextKey) -> Effect {
        let Some(edit) = &mut self.bookmarks.note else {
            return Effect::None;
        };
        match edit.input.edit(key) {
            Edited::Editing => Effect::None,
            Edited::Cancelled => {
                self.bookmarks.note = None;
                self.info("note not changed");
                Effect::None
            }
            Edited::Submitted => {
                let Some(edit) = self.bookmarks.note.take() else {
                    return Effect::None;
                };
                let note = crate::bookmarks::clean_note(edit.input.text());
                let said = match &note {
                    Some(_) => format!("note saved on {}", edit.label),
                    None => format!("note cleared on {}", edit.label),
                };
                match edit.target {
                    NoteTarget::Bookmark(id) => {
                        if let Some(s) = self.bookmarks.store_mut() {
                            s.set_note(&id, note);
                        }
                    }
                    NoteTarget::Clause { doc, clause } => {
                        let b = Bookmark::new(&self.library.documents[doc], clause, note, durable::now());
                        self.bookmarks.add(b);
                    }
                }
                self.info(&said);
                self.changed()
            }
        }
    }

    pub(in crate::tui::state) fn show_bookmarks(&mut self) {
        if self.bookmarks.store().is_none() {
            self.warn_no_store();
            return;
        }
        self.bookmarks.now = durable::now();
        // Opens on the current clause's bookmark, when it has one.
        let here = self
            .current_clause()
            .and_then(|(d, c)| self.bookmarks.at(d, c))
            .map(|b| b.id.clone());
        self.bookmarks.list = Some(BookmarkList {
            sort: BookmarkSort::Document,
            order: Vec::new(),
            cursor: 0,
            top: 0,
        });
        self.bookmarks_changed();
        if let (Some(id), Some(list)) = (here, &self.bookmarks.list) {
            let all = self.bookmarks.all();
            let cursor = list.order.iter().position(|&i| all[i].id == id);
            if let (Some(c), Some(list)) = (cursor, &mut self.bookmarks.list) {
                list.cursor = c;
            }
        }
        self.keep_bookmark_in_view();
    }

    /// Keys while the list is open; `None` lets the action through (quit, help, undo, note).
    pub(in crate::tui::state) fn list_action(&mut self, action: Action) -> Option<Effect> {
        self.bookmarks.list.as_ref()?;
        let rows = list_rows(self.size.0, self.size.1);
        match action {
            Action::Down | Action::ScrollDown(..) => self.move_bookmark(1),
            Action::Up | Action::ScrollUp(..) => self.move_bookmark(-1),
            Action::PageDown | Action::HalfPageDown => self.move_bookmark(rows as isize),
            Action::PageUp | Action::HalfPageUp => self.move_bookmark(-(rows as isize)),
            Action::Top => self.move_bookmark(isize::MIN / 2),
            Action::Bottom => self.move_bookmark(isize::MAX / 2),
            Action::SortDocuments => {
                // The bookmark under the cursor stays under it, in its new place.
                let selected = self.bookmarks.selected();
                if let Some(list) = &mut self.bookmarks.list {
                    list.sort = match list.sort {
                        BookmarkSort::Document => BookmarkSort::Recent,
                        BookmarkSort::Recent => BookmarkSort::Document,
                    };
                }
                self.bookmarks_changed();
                if let Some(list) = &mut self.bookmarks.list {
                    list.cursor = selected
                        .and_then(|i| list.order.iter().position(|&o| o == i))
                        .unwrap_or(0);
                }
                self.keep_bookmark_in_view();
            }
            Action::Activate => return Some(self.jump_to_listed()),
            Action::DeleteBookmark => return Some(self.delete_listed()),
            Action::Back | Action::ShowBookmarks | Action::Click(..) => self.bookmarks.list = None,
            Action::Quit
            | Action::Help
            | Action::UndoDelete
            | Action::EditNote
            | Action::Text(_)
            | Action::Resize(..) => {
                return None;
            }
            _ => {}
        }
        self.keep_bookmark_in_view();
        Some(Effect::None)
    }

    fn move_bookmark(&mut self, delta: isize) {
        if let Some(list) = &mut self.bookmarks.list {
            let last = list.order.len().saturating_sub(1);
            list.cursor = list.cursor.saturating_add_signed(delta).min(last);
        }
    }

    pub(in crate::tui::state) fn keep_bookmark_in_view(&mut self) {
        let rows = list_rows(self.size.0, self.size.1).max(1);
        if let Some(list) = &mut self.bookmarks.list {
            if list.cursor < list.top {
                list.top = list.cursor;
            } else if list.cursor >= list.top + rows {
                list.top = list.cursor + 1 - rows;
            }
            list.top = list.top.min(list.order.len().saturating_sub(rows));
        }
    }

    fn jump_to_listed(&mut self) -> Effect {
        let Some(i) = self.bookmarks.selected() else {
            self.bookmarks.list = None;
            return Effect::None;
        };
        match self.bookmarks.place(i) {
            Some(Place::Clause { doc, clause, how }) => {
                self.bookmarks.list = None;
                self.go_to_clause(doc, clause);
                if !how.is_sure() {
                    self.info("≈ the clause was re-worded or moved: this is the closest match");
                }
            }
            Some(Place::Orphaned { doc: Some(doc) }) => {
                self.bookmarks.list = None;
                self.go_to_clause(doc, 0);
                self.info("orphaned: its clause is no longer in this document; the quote is in the list (B)");
            }
            _ => self.info("orphaned: its document is not in this library"),
        }
        Effect::None
    }

    /// Opens `doc` (if not open) at `clause`, with the reader focused.
    pub fn go_to_clause(&mut self, doc: usize, clause: usize) {
        if self.reader.doc != Some(doc) {
            self.open(doc);
        }
        self.focus = Pane::Reader;
        self.sync();
        self.reader.jump_to(clause);
    }

    fn delete_listed(&mut self) -> Effect {
        let Some(i) = self.bookmarks.selected() else {
            return Effect::None;
        };
        let b = &self.bookmarks.all()[i];
        let (id, label) = (b.id.clone(), b.label.clone());
        self.bookmarks.remove(&[id]);
        self.info(&format!("bookmark on {label} deleted (u brings it back)"));
        let effect = self.changed();
        self.keep_bookmark_in_view();
        effect
    }

    pub(in crate::tui::state) fn undo_delete(&mut self) -> Effect {
        let undo = std::mem::take(&mut self.bookmarks.undo);
        if undo.is_empty() {
            self.info("nothing to undo");
            return Effect::None;
        }
        let n = undo.len();
        for b in undo {
            self.bookmarks.add(b);
        }
        self.info(if n == 1 {
            "bookmark restored"
        } else {
            "bookmarks restored"
        });
        self.changed()
    }
}
