//! The document list: an ordering of the library (newest first, or by title),
//! a cursor and a scroll offset. Opening is the reader's business.

use crate::library::Library;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// Newest first; undated documents last.
    Date,
    Title,
}

#[derive(Debug)]
pub struct DocumentList {
    pub sort: SortKey,
    /// Document indexes in display order.
    pub order: Vec<usize>,
    /// Position in `order`.
    pub cursor: usize,
    /// First visible position in `order`.
    pub top: usize,
}

impl DocumentList {
    pub fn new(library: &Library) -> DocumentList {
        let mut list = DocumentList {
            sort: SortKey::Date,
            order: (0..library.documents.len()).collect(),
            cursor: 0,
            top: 0,
        };
        list.sort_by(SortKey::Date, library);
        list.cursor = 0;
        list
    }

    /// Adds documents `first..` that just arrived, in the current sort order,
    /// keeping the cursor on the document it was on.
    pub fn extend(&mut self, library: &Library, first: usize) {
        let was_empty = self.order.is_empty();
        self.order.extend(first..library.documents.len());
        self.sort_by(self.sort, library);
        if was_empty {
            // The first arrivals: start at the top (the newest), as a full load would.
            self.cursor = 0;
        }
    }

    pub fn selected(&self) -> Option<usize> {
        self.order.get(self.cursor).copied()
    }

    /// Re-sorts, keeping the cursor on the same document.
    pub fn sort_by(&mut self, key: SortKey, library: &Library) {
        let keep = self.selected();
        let docs = &library.documents;
        match key {
            SortKey::Date => self.order.sort_by(|&a, &b| {
                let (da, db) = (&docs[a].meta.date, &docs[b].meta.date);
                // Newest first, undated last, then load order.
                db.is_some().cmp(&da.is_some()).then(db.cmp(da)).then(a.cmp(&b))
            }),
            SortKey::Title => self
                .order
                .sort_by_cached_key(|&i| (docs[i].display_title().to_lowercase(), i)),
        }
        self.sort = key;
        if let Some(k) = keep {
            self.select_document(k);
        }
    }

    pub fn toggle_sort(&mut self, library: &Library) {
        let next = match self.sort {
            SortKey::Date => SortKey::Title,
            SortKey::Title => SortKey::Date,
        };
        self.sort_by(next, library);
    }

    pub fn select_document(&mut self, doc: usize) {
        if let Some(p) = self.order.iter().position(|&d| d == doc) {
            self.cursor = p;
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.order.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    pub fn move_to_end(&mut self, end: bool) {
        self.cursor = if end { self.order.len().saturating_sub(1) } else { 0 };
    }

    /// Scrolls so the cursor is among the `visible` rows.
    pub fn keep_in_view(&mut self, visible: usize) {
        let visible = visible.max(1);
        if self.cursor < self.top {
            self.top = self.cursor;
        } else if self.cursor >= self.top + visible {
            self.top = self.cursor + 1 - visible;
        }
        self.top = self.top.min(self.order.len().saturating_sub(visible));
    }
}
