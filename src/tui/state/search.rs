//! Search in the open document (`/`): the line being typed, the matches it
//! highlights live in the clauses holding every word (case- and
//! diacritic-insensitive, via `crate::jump`), the
//! place to return to on Esc, and `n`/`N` from clause to matching clause.
//! Matches are worked out once per query and document, never per frame.

use std::ops::Range;

use super::history::JumpPoint;
use super::{AppState, Highlight};
use crate::jump::{contains_all, fold, match_ranges, query_words};
use crate::library::Library;
use crate::tui::action::Action;
use crate::tui::input::{LineInput, TextKey};

/// Where the reader was when `/` was pressed, and what it highlighted.
#[derive(Clone, Debug)]
struct Origin {
    point: Option<JumpPoint>,
    top: usize,
    highlight: Option<Highlight>,
    query: String,
}

#[derive(Clone, Debug, Default)]
pub struct DocSearch {
    /// The search line, while it is open.
    pub input: Option<LineInput>,
    origin: Option<Origin>,
    query: String,
    /// The document `matches` belong to.
    doc: Option<usize>,
    /// Per clause, byte ranges of the clause text to highlight.
    matches: Vec<Vec<Range<u32>>>,
    /// The clauses with a match, in order.
    hits: Vec<usize>,
}

impl DocSearch {
    pub fn editing(&self) -> bool {
        self.input.is_some()
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// The ranges to highlight in a clause of the open document.
    pub fn clause_matches(&self, clause: usize) -> &[Range<u32>] {
        self.matches.get(clause).map_or(&[], Vec::as_slice)
    }

    /// The clauses that hold a match.
    pub fn hits(&self) -> &[usize] {
        &self.hits
    }

    fn set_query(&mut self, query: &str, library: &Library, doc: Option<usize>) {
        self.query = query.to_string();
        self.doc = None;
        self.sync(library, doc);
    }

    /// Works the matches out again when the open document changed.
    pub(super) fn sync(&mut self, library: &Library, doc: Option<usize>) {
        if self.doc == doc && doc.is_some() {
            return;
        }
        self.doc = doc;
        self.matches.clear();
        self.hits.clear();
        let words = query_words(&self.query);
        let Some(d) = doc.and_then(|d| library.documents.get(d)) else {
            return;
        };
        if words.is_empty() {
            return;
        }
        // A clause matches when it holds every word, as in the library-wide search.
        for c in 0..d.clauses.len() {
            let text = d.clause_text(c);
            if !contains_all(&fold(text), &words) {
                self.matches.push(Vec::new());
                continue;
            }
            let ranges = match_ranges(text, &words);
            self.matches
                .push(ranges.into_iter().map(|r| r.start as u32..r.end as u32).collect());
            self.hits.push(c);
        }
    }
}

impl AppState {
    /// `/`: opens the search line; the reader's place is kept for Esc.
    pub(super) fn start_search(&mut self) {
        if self.reader.doc.is_none() {
            self.info("no document open");
            return;
        }
        self.search.origin = Some(Origin {
            point: self.place(),
            top: self.reader.top,
            highlight: self.highlight,
            query: self.search.query.clone(),
        });
        self.search.input = Some(LineInput::new(""));
        self.focus = super::Pane::Reader;
    }

    /// Keys while the search line is open; false for those it lets through.
    pub(super) fn search_action(&mut self, action: Action) -> bool {
        let Some(input) = self.search.input.as_mut() else {
            return false;
        };
        match action {
            Action::Text(TextKey::Cancel) | Action::Back => self.cancel_search(),
            Action::Text(TextKey::Submit) | Action::Activate => self.submit_search(),
            Action::Text(key) => {
                let before = input.text().to_string();
                input.edit(key);
                if input.text() != before {
                    let query = input.text().to_string();
                    self.search_live(&query);
                }
            }
            Action::Quit | Action::Resize(..) => return false,
            _ => {}
        }
        true
    }

    /// Highlights as the query is typed and shows the first match from where `/` was pressed.
    fn search_live(&mut self, query: &str) {
        self.search.set_query(query, &self.library, self.reader.doc);
        let Some(origin) = self.search.origin.clone() else {
            return;
        };
        self.restore(&origin);
        if query_words(query).is_empty() {
            self.highlight = origin.highlight;
            return;
        }
        self.highlight = Some(Highlight::Search);
        let from = origin.point.map_or(0, |p| p.clause);
        let hits = self.search.hits();
        if let Some(&c) = hits.iter().find(|&&c| c >= from).or(hits.first()) {
            self.reader.jump_to(c);
        }
    }

    fn restore(&mut self, origin: &Origin) {
        if let Some(p) = origin.point {
            self.reader.jump_to(p.clause);
            self.reader.top = origin.top;
        }
    }

    fn cancel_search(&mut self) {
        self.search.input = None;
        let Some(origin) = self.search.origin.take() else {
            return;
        };
        self.search.set_query(&origin.query, &self.library, self.reader.doc);
        self.restore(&origin);
        self.highlight = origin.highlight;
    }

    fn submit_search(&mut self) {
        let input = self.search.input.take();
        let origin = self.search.origin.take();
        if input.is_none_or(|i| query_words(i.text()).is_empty()) {
            if let Some(o) = origin {
                self.search.set_query(&o.query, &self.library, self.reader.doc);
                self.highlight = o.highlight;
            }
            return;
        }
        if let Some(from) = origin.and_then(|o| o.point)
            && self.place() != Some(from)
        {
            self.history.record(from);
        }
        if self.search.hits().is_empty() {
            self.info(&format!("no match for “{}” in this document", self.search.query));
        }
    }

    /// Highlights `query`'s words in the reader, for `n`/`N` (after a library-wide search).
    pub(super) fn keep_search(&mut self, query: &str) {
        self.search.set_query(query, &self.library, self.reader.doc);
        self.highlight = Some(Highlight::Search);
    }

    /// `n`/`N` after a search: the next (previous) clause with a match, wrapping.
    pub(super) fn step_search(&mut self, forward: bool) {
        let Some(doc) = self.reader.doc else { return };
        let hits = self.search.hits();
        if hits.is_empty() {
            let text = format!("no match for “{}” in this document", self.search.query);
            self.info(&text);
            return;
        }
        let here = self.reader.current;
        let (to, wrapped) = if forward {
            match hits.iter().find(|&&c| c > here) {
                Some(&c) => (c, false),
                None => (hits[0], true),
            }
        } else {
            match hits.iter().rev().find(|&&c| c < here) {
                Some(&c) => (c, false),
                None => (hits[hits.len() - 1], true),
            }
        };
        self.jump(JumpPoint { doc, clause: to });
        if wrapped {
            self.info(if forward {
                "search wrapped to the top"
            } else {
                "search wrapped to the bottom"
            });
        }
    }

    /// `match 3 of 11` on a matching clause, `11 matches` elsewhere, while a search is highlighted.
    pub fn search_position(&self) -> Option<String> {
        if self.highlight != Some(Highlight::Search) {
            return None;
        }
        let hits = self.search.hits();
        let n = hits.len();
        Some(match hits.iter().position(|&c| c == self.reader.current) {
            _ if n == 0 => "no match".to_string(),
            Some(k) => format!("match {} of {n}", k + 1),
            None if n == 1 => "1 match".to_string(),
            None => format!("{n} matches"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_are_per_clause_byte_ranges_of_the_open_document() {
        let lib = Library::load(&[]);
        let mut search = DocSearch::default();
        search.set_query("HORIZON europe", &lib, Some(2));
        assert!(!search.hits().is_empty());
        let d = &lib.documents[2];
        for &c in search.hits() {
            for r in search.clause_matches(c) {
                let text = &d.clause_text(c)[r.start as usize..r.end as usize];
                assert!(["horizon", "europe"].contains(&text.to_lowercase().as_str()), "{text}");
            }
        }
        search.sync(&lib, Some(0));
        assert!(search.hits().iter().all(|&c| c < lib.documents[0].clauses.len()));
        search.set_query("  ", &lib, Some(2));
        assert!(search.hits().is_empty());
    }
}
