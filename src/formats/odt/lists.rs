//! The counters of an OpenDocument text's lists. Each top-level `text:list`
//! counts on its own unless it continues another: the one it names in
//! `text:continue-list`, or with `text:continue-numbering` the last list of
//! its style. Nested lists count in their outer list, a level deeper; an
//! item counts at its level and starts the deeper levels again.

use super::styles::{self, LEVELS, Styles};
use crate::formats::package::xml::Element;
use std::collections::HashMap;

struct Count {
    style: Option<String>,
    counts: [Option<u32>; LEVELS],
}

#[derive(Default)]
pub struct Lists {
    lists: Vec<Count>,
    by_id: HashMap<String, usize>,
}

impl Lists {
    /// The list a top-level `text:list` of list style `style` counts in.
    pub fn open(&mut self, el: &Element, style: Option<&str>) -> usize {
        let continued = el
            .attr("text:continue-list")
            .and_then(|id| self.by_id.get(id).copied())
            .or_else(|| {
                (el.attr("text:continue-numbering") == Some("true"))
                    .then(|| self.lists.iter().rposition(|l| l.style.as_deref() == style))
                    .flatten()
            });
        let list = continued.unwrap_or_else(|| {
            self.lists.push(Count {
                style: style.map(str::to_string),
                counts: [None; LEVELS],
            });
            self.lists.len() - 1
        });
        self.name(el, list);
        list
    }

    /// Records the `xml:id` of `el`, a part of `list`, for later lists to continue.
    pub fn name(&mut self, el: &Element, list: usize) {
        if let Some(id) = el.attr("xml:id") {
            self.by_id.insert(id.to_string(), list);
        }
    }

    /// Counts an item of `list` at `level` (`restart`: its own start value)
    /// and gives its label as list style `style` shows it; `None` for a bullet.
    pub fn count(
        &mut self,
        styles: &Styles,
        list: usize,
        level: usize,
        restart: Option<u32>,
        style: &str,
    ) -> Option<String> {
        let c = self.lists.get_mut(list)?;
        let level = level.min(LEVELS - 1);
        c.counts[level] = Some(match (restart, c.counts[level]) {
            (Some(r), _) => r,
            (None, None) => styles::start(styles, style, level),
            (None, Some(n)) => n.saturating_add(1),
        });
        for deeper in c.counts.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        styles::label(styles, style, level, &c.counts)
    }
}
