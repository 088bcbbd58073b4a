//! The compare view: `=` offers the other versions of the open document
//! (same number with `REV`/`COR`, same title, most shared text first);
//! choosing one compares the two (in `crate::compare`, once, kept here) and
//! shows the newer with the changes marked. A Word file with tracked changes
//! offers itself first: its text before them against the text as read.
//! `]`/`[` (so also `]c`/`[c`) and `n`/`N` walk the changes; Enter opens the
//! newer version at the clause; Esc closes.

use super::{AppState, Pane};
use crate::compare::{Candidate, Comparison, Summary, compare, labels, older_first, other_versions, prior_version};
use crate::document::Document;
use crate::library::Library;
use crate::tui::action::Action;
use crate::tui::compare_rows::CompareRows;

/// The list of documents offered as the other version.
#[derive(Clone, Debug)]
pub struct VersionPicker {
    /// The document being read.
    pub doc: usize,
    /// The document has tracked changes: "before → after" is the first row.
    pub tracked: bool,
    pub candidates: Vec<Candidate>,
    /// The row under the cursor (the tracked-changes row counts first).
    pub selected: usize,
}

impl VersionPicker {
    pub fn rows(&self) -> usize {
        self.candidates.len() + usize::from(self.tracked)
    }

    /// The candidate on row `row`, or `None` for the tracked-changes row.
    pub fn candidate(&self, row: usize) -> Option<&Candidate> {
        self.candidates.get(row.checked_sub(usize::from(self.tracked))?)
    }
}

/// Two versions compared, and where the view is.
#[derive(Clone, Debug)]
pub struct CompareView {
    pub old: usize,
    pub new: usize,
    /// For a document's own tracked changes: its text before them (then `old` is `new`).
    pub prior: Option<Box<Document>>,
    pub comparison: Comparison,
    pub summary: Summary,
    /// The change under the cursor (index into `comparison.changes`).
    pub current: usize,
    /// First visible row of `rows`.
    pub top: usize,
    pub height: u16,
    /// The layout at the view's width (computed in `set_view`).
    pub rows: Option<CompareRows>,
}

#[derive(Clone, Debug, Default)]
pub struct Compare {
    pub picker: Option<VersionPicker>,
    pub view: Option<CompareView>,
    /// `]` or `[` has just walked to a change: a `c` now completes `]c`.
    walked: bool,
    /// The last view closed, kept in case the same two are compared again.
    kept: Option<CompareView>,
}

impl Compare {
    fn close(&mut self) {
        if let Some(v) = self.view.take() {
            self.kept = Some(v);
        }
    }
}

impl CompareView {
    fn new(library: &Library, old: usize, new: usize) -> CompareView {
        let (a, b) = (&library.documents[old], &library.documents[new]);
        CompareView::of((old, a), (new, b))
    }

    /// A document against its text before its tracked changes; `None` without them.
    fn tracked(library: &Library, doc: usize) -> Option<CompareView> {
        let d = &library.documents[doc];
        let prior = prior_version(d)?;
        let view = CompareView::of((doc, &prior), (doc, d));
        Some(CompareView {
            prior: Some(Box::new(prior)),
            ..view
        })
    }

    fn of((old, a): (usize, &Document), (new, b): (usize, &Document)) -> CompareView {
        let comparison = compare(a, b);
        let summary = comparison.summary(&labels(a), &labels(b));
        let current = comparison.edits().next().unwrap_or(0);
        CompareView {
            old,
            new,
            prior: None,
            comparison,
            summary,
            current,
            top: 0,
            height: 1,
            rows: None,
        }
    }

    /// The older version: the text before the tracked changes, else a document of the library.
    pub fn old_doc<'a>(&'a self, library: &'a Library) -> &'a Document {
        match &self.prior {
            Some(p) => p,
            None => &library.documents[self.old],
        }
    }

    /// Lays the comparison out for a view of `width`×`height` (once per width).
    pub fn set_view(&mut self, width: u16, height: u16, library: &Library) {
        let resized = self.height != height.max(1);
        self.height = height.max(1);
        if self.rows.as_ref().is_none_or(|r| r.width != width) {
            let rows = CompareRows::compute(
                &self.comparison,
                self.old_doc(library),
                &library.documents[self.new],
                width,
            );
            self.rows = Some(rows);
            self.follow();
        } else if resized {
            self.follow();
        }
    }

    fn max_top(&self) -> usize {
        let total = self.rows.as_ref().map_or(0, CompareRows::total_rows);
        total.saturating_sub(usize::from(self.height))
    }

    /// Scrolls so the current change is in view (its start, when it is taller).
    fn follow(&mut self) {
        let Some(rows) = &self.rows else { return };
        if self.comparison.changes.is_empty() {
            return;
        }
        let r = rows.text_rows(self.current.min(self.comparison.changes.len() - 1));
        let h = usize::from(self.height);
        if r.start < self.top || r.len() > h {
            self.top = r.start;
        } else if r.end > self.top + h {
            self.top = r.end - h;
        }
        self.top = self.top.min(self.max_top());
    }

    /// The next (or previous) change; a change taller than the view is paged
    /// through first, so no text is skipped.
    fn step(&mut self, forward: bool) {
        let n = self.comparison.changes.len();
        let h = usize::from(self.height);
        if let Some(rows) = &self.rows
            && self.current < n
        {
            let r = rows.text_rows(self.current);
            if forward && r.end > self.top + h {
                self.top = (self.top + h.saturating_sub(2).max(1)).min(r.end - h);
                return;
            }
            if !forward && r.start < self.top {
                self.top = self.top.saturating_sub(h.saturating_sub(2).max(1)).max(r.start);
                return;
            }
        }
        if forward && self.current + 1 < n {
            self.current += 1;
        } else if !forward && self.current > 0 {
            self.current -= 1;
        }
        self.follow();
    }

    /// Moves to the next (or previous) change that is not `same`; false at the end.
    fn walk(&mut self, forward: bool) -> bool {
        let current = self.current;
        let found = if forward {
            self.comparison.edits().find(|&i| i > current)
        } else {
            self.comparison.edits().filter(|&i| i < current).last()
        };
        match found {
            Some(i) => {
                self.current = i;
                self.follow();
                true
            }
            None => false,
        }
    }

    fn scroll(&mut self, delta: isize) {
        self.top = self.top.saturating_add_signed(delta).min(self.max_top());
        if let Some(rows) = &self.rows {
            let h = usize::from(self.height);
            let r = rows.text_rows(self.current);
            if r.end <= self.top || r.start >= self.top + h {
                self.current = rows.change_at(self.top);
            }
        }
    }

    /// The clause of the newer version the current change shows, if it has one.
    pub fn new_clause(&self) -> Option<usize> {
        self.comparison.changes.get(self.current)?.new.first().copied()
    }
}

impl AppState {
    /// `=`: offers the other versions of the open document (or closes the view).
    pub(super) fn open_compare(&mut self) {
        if self.compare.view.is_some() {
            return self.compare.close();
        }
        let Some(doc) = self.reader.doc else {
            return self.info("no document open");
        };
        let candidates = other_versions(&self.library.documents, doc);
        let tracked = self.library.documents[doc].prior.is_some();
        if candidates.is_empty() && !tracked {
            return self.info("no other document to compare with");
        }
        self.compare.picker = Some(VersionPicker {
            doc,
            tracked,
            candidates,
            selected: 0,
        });
    }

    /// Keys while the picker or the view is open; false for keys they leave to the rest.
    pub(super) fn compare_action(&mut self, action: Action) -> bool {
        if matches!(action, Action::Quit | Action::Resize(..) | Action::Help) {
            return false;
        }
        if self.compare.picker.is_some() {
            self.picker_action(action);
            return true;
        }
        if self.compare.view.is_none() {
            return false;
        }
        let walked = std::mem::take(&mut self.compare.walked);
        let Some(view) = self.compare.view.as_mut() else {
            return false;
        };
        let page = view.height.saturating_sub(1).max(1) as isize;
        match action {
            Action::Down => view.step(true),
            Action::Up => view.step(false),
            Action::PageDown => view.scroll(page),
            Action::PageUp => view.scroll(-page),
            Action::HalfPageDown | Action::ScrollDown(..) => view.scroll(page / 2),
            Action::HalfPageUp | Action::ScrollUp(..) => view.scroll(-page / 2),
            Action::Top => {
                view.current = 0;
                view.follow();
            }
            Action::Bottom => {
                view.current = view.comparison.changes.len().saturating_sub(1);
                view.follow();
            }
            Action::NextHeading | Action::PrevHeading | Action::NextMention | Action::PrevMention => {
                let forward = matches!(action, Action::NextHeading | Action::NextMention);
                if !view.walk(forward) {
                    self.info(if forward {
                        "no further change"
                    } else {
                        "no earlier change"
                    });
                }
                self.compare.walked = matches!(action, Action::NextHeading | Action::PrevHeading);
            }
            // The `c` of `]c`: the walk is done.
            Action::ToggleMentionColours if walked => {}
            Action::Activate => {
                let (doc, clause) = (view.new, view.new_clause());
                self.compare.close();
                self.record_jump();
                self.open(doc);
                if let Some(c) = clause {
                    self.reader.jump_to(c);
                }
            }
            Action::Back | Action::Compare => self.compare.close(),
            _ => {}
        }
        true
    }

    fn picker_action(&mut self, action: Action) {
        let Some(p) = self.compare.picker.as_mut() else { return };
        let last = p.rows().saturating_sub(1);
        match action {
            Action::Down | Action::ScrollDown(..) => p.selected = (p.selected + 1).min(last),
            Action::Up | Action::ScrollUp(..) => p.selected = p.selected.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => p.selected = (p.selected + 10).min(last),
            Action::PageUp | Action::HalfPageUp => p.selected = p.selected.saturating_sub(10),
            Action::Top => p.selected = 0,
            Action::Bottom => p.selected = last,
            Action::Back | Action::Compare => self.compare.picker = None,
            Action::Activate => {
                let (doc, other) = (p.doc, p.candidate(p.selected).map(|c| c.doc));
                self.compare.picker = None;
                match other {
                    Some(other) => self.show_comparison(doc, other),
                    None => self.show_tracked_changes(doc),
                }
            }
            _ => {}
        }
    }

    /// Shows a document's tracked changes: its text before them → as read.
    pub fn show_tracked_changes(&mut self, doc: usize) {
        self.compare.close();
        let kept = self.compare.kept.take().filter(|v| v.prior.is_some() && v.new == doc);
        match kept.or_else(|| CompareView::tracked(&self.library, doc)) {
            Some(view) => {
                self.focus = Pane::Reader;
                self.compare.view = Some(view);
            }
            None => self.info("this document has no tracked changes"),
        }
    }

    /// Compares the open document with `other`, the older first, reusing the
    /// last comparison when it is of the same two.
    pub fn show_comparison(&mut self, open: usize, other: usize) {
        let (old, new) = older_first(&self.library.documents, open, other);
        self.compare.close();
        let kept = self
            .compare
            .kept
            .take()
            .filter(|v| (v.old, v.new) == (old, new) && v.prior.is_none());
        let view = kept.unwrap_or_else(|| CompareView::new(&self.library, old, new));
        self.focus = Pane::Reader;
        self.compare.view = Some(view);
    }
}
