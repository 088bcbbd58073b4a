//! The entity panel's model: the entities of the open document (or the whole
//! library) grouped by kind with mention counts, a cursor, and the walk through
//! the selected entity's mentions that Enter and `n`/`N` perform.

use crate::document::{EntityId, EntityKind, Location};
use crate::library::Library;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Document,
    Library,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityRow {
    /// A kind heading and how many entities it holds.
    Kind(EntityKind, usize),
    /// An entity and its mentions in scope.
    Entity { id: EntityId, count: usize },
}

#[derive(Debug)]
pub struct EntityPanel {
    pub scope: Scope,
    pub rows: Vec<EntityRow>,
    /// Row index of the cursor; always on an `Entity` row when there is one.
    pub cursor: usize,
    pub top: usize,
    /// Which mention of the highlighted entity the reader was last taken to.
    pub mention: Option<usize>,
}

/// A place to go: document, clause (`None`: the header block), byte range.
pub type Target = (usize, Option<usize>, std::ops::Range<u32>);

/// Reading order of a place: the header comes before the first clause.
pub fn reading_position(doc: usize, clause: Option<usize>) -> (usize, usize) {
    (doc, clause.map_or(0, |c| c + 1))
}

impl EntityPanel {
    pub fn new() -> EntityPanel {
        EntityPanel {
            scope: Scope::Document,
            rows: Vec::new(),
            cursor: 0,
            top: 0,
            mention: None,
        }
    }

    /// Rebuilds the rows for the open document (or the library), keeping the
    /// cursor on the same entity when it is still listed.
    pub fn rebuild(&mut self, library: &Library, doc: Option<usize>) {
        let keep = self.selected();
        let in_scope = |loc: &Location| self.scope == Scope::Library || Some(loc.doc as usize) == doc;
        let mut by_kind: Vec<Vec<(EntityId, usize, &str)>> = vec![Vec::new(); EntityKind::ALL.len()];
        for (id, e) in library.entities.iter().enumerate() {
            let mut listed = false;
            let mut count = 0;
            for _ in e.mentions.iter().filter(|l| in_scope(l)) {
                listed = true;
                count += 1;
            }
            if listed {
                let k = EntityKind::ALL.iter().position(|k| *k == e.kind).unwrap_or(0);
                by_kind[k].push((id as EntityId, count, e.name.as_str()));
            }
        }
        self.rows.clear();
        for (k, mut entities) in by_kind.into_iter().enumerate() {
            if entities.is_empty() {
                continue;
            }
            entities.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.to_lowercase().cmp(&b.2.to_lowercase())));
            self.rows.push(EntityRow::Kind(EntityKind::ALL[k], entities.len()));
            self.rows.extend(
                entities
                    .into_iter()
                    .map(|(id, count, _)| EntityRow::Entity { id, count }),
            );
        }
        self.cursor = keep
            .and_then(|id| self.row_of(id))
            .or_else(|| self.first_entity_row())
            .unwrap_or(0);
        self.mention = None;
    }

    pub fn toggle_scope(&mut self, library: &Library, doc: Option<usize>) {
        self.scope = match self.scope {
            Scope::Document => Scope::Library,
            Scope::Library => Scope::Document,
        };
        self.rebuild(library, doc);
    }

    pub fn selected(&self) -> Option<EntityId> {
        match self.rows.get(self.cursor) {
            Some(EntityRow::Entity { id, .. }) => Some(*id),
            _ => None,
        }
    }

    fn row_of(&self, id: EntityId) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| matches!(r, EntityRow::Entity { id: x, .. } if *x == id))
    }

    fn first_entity_row(&self) -> Option<usize> {
        self.rows.iter().position(|r| matches!(r, EntityRow::Entity { .. }))
    }

    pub fn select(&mut self, id: EntityId) -> bool {
        match self.row_of(id) {
            Some(r) => {
                self.cursor = r;
                true
            }
            None => false,
        }
    }

    /// Moves the cursor by `delta` entity rows (kind headings are stepped over).
    pub fn move_by(&mut self, delta: isize) {
        let entity_rows: Vec<usize> = (0..self.rows.len())
            .filter(|&r| matches!(self.rows[r], EntityRow::Entity { .. }))
            .collect();
        if entity_rows.is_empty() {
            return;
        }
        let here = entity_rows.partition_point(|&r| r < self.cursor);
        let to = here.saturating_add_signed(delta).min(entity_rows.len() - 1);
        self.cursor = entity_rows[to];
        self.mention = None;
    }

    /// Puts the cursor on the entity on `row` (for a mouse click); false for a heading.
    pub fn click_row(&mut self, row: usize) -> bool {
        if matches!(self.rows.get(row), Some(EntityRow::Entity { .. })) {
            self.cursor = row;
            self.mention = None;
            true
        } else {
            false
        }
    }

    pub fn keep_in_view(&mut self, visible: usize) {
        let visible = visible.max(1);
        // Show the kind heading above the first entity of a group when possible.
        let want_top = if self.cursor > 0 && matches!(self.rows[self.cursor - 1], EntityRow::Kind(..)) {
            self.cursor - 1
        } else {
            self.cursor
        };
        if want_top < self.top {
            self.top = want_top;
        } else if self.cursor >= self.top + visible {
            self.top = self.cursor + 1 - visible;
        }
        self.top = self.top.min(self.rows.len().saturating_sub(visible));
    }

    /// Every mention of `id` in scope, in reading order.
    pub fn targets(&self, library: &Library, id: EntityId, doc: Option<usize>) -> Vec<Target> {
        let Some(e) = library.entities.get(id as usize) else {
            return Vec::new();
        };
        e.mentions
            .iter()
            .filter(|l| self.scope == Scope::Library || Some(l.doc as usize) == doc)
            .map(|l| (l.doc as usize, l.clause.map(|c| c as usize), l.range.clone()))
            .collect()
    }

    /// The mention to go to from `at` (a `reading_position`): the next (or
    /// previous) one, wrapping. `is_here` tells whether the reader shows a target
    /// now, so the mention the reader was last taken to is stepped past.
    pub fn step(
        &mut self,
        targets: &[Target],
        at: (usize, usize),
        is_here: impl Fn(&Target) -> bool,
        forward: bool,
    ) -> Option<usize> {
        if targets.is_empty() {
            return None;
        }
        let n = targets.len();
        let pos = |t: &Target| reading_position(t.0, t.1);
        let next = match self.mention.filter(|&m| m < n && is_here(&targets[m])) {
            Some(m) if forward => (m + 1) % n,
            Some(m) => (m + n - 1) % n,
            None if forward => targets.iter().position(|t| pos(t) >= at).unwrap_or(0),
            None => targets.iter().rposition(|t| pos(t) < at).unwrap_or(n - 1),
        };
        self.mention = Some(next);
        Some(next)
    }
}

impl Default for EntityPanel {
    fn default() -> Self {
        EntityPanel::new()
    }
}
