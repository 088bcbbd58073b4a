//! The reader's position: the open document, the current clause and the
//! viewport's top row. Moves work on whole clauses, but a clause taller than the
//! viewport is paged through first, so no text is ever skipped.

use crate::document::{ClauseKind, Document};
use crate::library::Library;

use crate::tui::wrap::DocLayout;

/// How many wrapped layouts to keep (e.g. normal and meeting-mode widths).
const KEPT_LAYOUTS: usize = 4;

#[derive(Debug, Default)]
pub struct Reader {
    pub doc: Option<usize>,
    pub current: usize,
    /// First visible row of the document layout.
    pub top: usize,
    pub view_width: u16,
    pub view_height: u16,
    /// Most recently used first.
    layouts: Vec<DocLayout>,
    /// Each document's current clause when it was left, so reopening returns there.
    last_clause: Vec<usize>,
}

impl Reader {
    pub fn open(&mut self, doc: usize, library: &Library) {
        if let Some(old) = self.doc {
            self.remember(old);
        }
        self.last_clause.resize(library.documents.len(), 0);
        self.doc = Some(doc);
        self.current = self.last_clause.get(doc).copied().unwrap_or(0);
        self.top = 0;
        self.sync(library);
        self.follow(false);
    }

    fn remember(&mut self, doc: usize) {
        if let Some(slot) = self.last_clause.get_mut(doc) {
            *slot = self.current;
        }
    }

    pub fn document<'a>(&self, library: &'a Library) -> Option<&'a Document> {
        self.doc.and_then(|d| library.documents.get(d))
    }

    /// Sets the viewport size and makes sure the layout for it exists.
    pub fn set_view(&mut self, width: u16, height: u16, library: &Library) {
        let changed = (width, height) != (self.view_width, self.view_height);
        self.view_width = width;
        self.view_height = height;
        self.sync(library);
        if changed {
            self.follow(false);
        }
    }

    fn sync(&mut self, library: &Library) {
        let Some(d) = self.doc else { return };
        let Some(doc) = library.documents.get(d) else { return };
        if let Some(i) = self
            .layouts
            .iter()
            .position(|l| l.doc == d && l.view_width == self.view_width)
        {
            let l = self.layouts.remove(i);
            self.layouts.insert(0, l);
        } else {
            self.layouts.insert(0, DocLayout::compute(d, doc, self.view_width));
            self.layouts.truncate(KEPT_LAYOUTS);
        }
        self.current = self.current.min(doc.clauses.len().saturating_sub(1));
    }

    /// The layout of the open document at the current width (computed by `set_view`).
    pub fn layout(&self) -> Option<&DocLayout> {
        active(&self.layouts, self.doc, self.view_width)
    }

    fn height(&self) -> usize {
        usize::from(self.view_height.max(1))
    }

    fn max_top(&self) -> usize {
        self.layout().map_or(0, |l| {
            l.total_rows().saturating_sub(1).saturating_sub(self.height() - 1)
        })
    }

    /// Scrolls so the current clause is fully in view if it fits, else its start
    /// (or its end, when arriving from below).
    pub fn follow(&mut self, prefer_end: bool) {
        let Some(l) = self.layout() else { return };
        if l.clause_count() == 0 {
            return;
        }
        let rows = l.text_rows(self.current);
        let h = self.height();
        if rows.len() <= h {
            if rows.start < self.top {
                self.top = rows.start;
            } else if rows.end > self.top + h {
                self.top = rows.end - h;
            }
        } else if prefer_end {
            self.top = rows.end - h;
        } else {
            self.top = rows.start;
        }
        self.top = self.top.min(self.max_top());
    }

    /// Makes `clause` current; when it is out of view, it is shown at the top.
    pub fn jump_to(&mut self, clause: usize) {
        let Some(l) = self.layout() else { return };
        if clause >= l.clause_count() {
            return;
        }
        let rows = l.text_rows(clause);
        self.current = clause;
        let h = self.height();
        if rows.start < self.top || rows.end > self.top + h {
            self.top = rows.start.min(self.max_top());
            self.follow(false);
        }
    }

    pub fn down(&mut self) {
        let Some(l) = active(&self.layouts, self.doc, self.view_width) else {
            return;
        };
        let rows = l.text_rows(self.current);
        let h = self.height();
        if rows.end > self.top + h {
            // A tall clause: page through it before leaving it.
            self.top = (self.top + h.saturating_sub(2).max(1)).min(rows.end - h);
        } else if self.current + 1 < l.clause_count() {
            self.current += 1;
            self.follow(false);
        }
    }

    pub fn up(&mut self) {
        let Some(l) = active(&self.layouts, self.doc, self.view_width) else {
            return;
        };
        let rows = l.text_rows(self.current);
        let h = self.height();
        if rows.start < self.top {
            self.top = self.top.saturating_sub(h.saturating_sub(2).max(1)).max(rows.start);
        } else if self.current > 0 {
            self.current -= 1;
            self.follow(true);
        }
    }

    /// Scrolls by `delta` rows; the current clause becomes the first one that
    /// starts in view (a page turn), or, with `keep`, changes only if it left the view.
    pub fn scroll(&mut self, delta: isize, keep: bool) {
        let max_top = self.max_top();
        let Some(l) = active(&self.layouts, self.doc, self.view_width) else {
            return;
        };
        if l.clause_count() == 0 {
            return;
        }
        let h = self.height();
        let at_end = delta > 0 && self.top >= max_top;
        let at_start = delta < 0 && self.top == 0;
        if !keep && (at_end || at_start) {
            // Nothing left to scroll: a page key goes to the last or first clause.
            self.current = if at_end { l.clause_count() - 1 } else { 0 };
            return;
        }
        self.top = self.top.saturating_add_signed(delta).min(max_top);
        let top = self.top;
        let visible = |i: usize| {
            let r = l.text_rows(i);
            r.start < top + h && r.end > top
        };
        if keep && visible(self.current) {
            return;
        }
        let first = l.clause_at(top);
        self.current = if keep && delta < 0 {
            l.clause_at(top + h - 1)
        } else if l.starts[first] < top && first + 1 < l.clause_count() && l.starts[first + 1] < top + h {
            first + 1
        } else {
            first
        };
    }

    pub fn page(&mut self, forward: bool) {
        let step = self.height().saturating_sub(1).max(1) as isize;
        self.scroll(if forward { step } else { -step }, false);
    }

    pub fn half_page(&mut self, forward: bool) {
        let step = (self.height() / 2).max(1) as isize;
        self.scroll(if forward { step } else { -step }, false);
    }

    pub fn first(&mut self) {
        self.current = 0;
        self.top = 0;
    }

    pub fn last(&mut self) {
        if let Some(l) = self.layout() {
            let last = l.clause_count().saturating_sub(1);
            self.current = last;
            self.top = self.max_top();
            self.follow(false);
        }
    }

    /// Moves to the next (or previous) heading; returns false when there is none.
    pub fn heading(&mut self, library: &Library, forward: bool) -> bool {
        let Some(doc) = self.document(library) else {
            return false;
        };
        let is_heading = |i: &usize| doc.clauses[*i].kind == ClauseKind::Heading;
        let target = if forward {
            (self.current + 1..doc.clauses.len()).find(is_heading)
        } else {
            (0..self.current).rev().find(is_heading)
        };
        match target {
            Some(t) => {
                self.jump_to(t);
                true
            }
            None => false,
        }
    }

    /// The clause drawn at `row` rows below the viewport's top, if any.
    pub fn clause_at_view_row(&self, row: u16) -> Option<usize> {
        let l = self.layout()?;
        let abs = self.top + usize::from(row);
        (abs < l.total_rows() && l.clause_count() > 0).then(|| l.clause_at(abs))
    }
}

/// The layout for `doc` at `width`, if computed: always the most recent one.
fn active(layouts: &[DocLayout], doc: Option<usize>, width: u16) -> Option<&DocLayout> {
    let d = doc?;
    layouts.first().filter(|l| l.doc == d && l.view_width == width)
}
