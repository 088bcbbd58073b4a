//! Word's automatic numbering (`word/numbering.xml`), counted as Word counts
//! it: a paragraph's `w:num` leads to an abstract definition whose levels
//! give the start, the format and the label text (`%1.`, `(%2)`, `%1.%2`).
//! Counters belong to the abstract definition, so lists that share one
//! continue each other; a `w:num` that overrides a level's start counts on
//! its own from there. When a level advances, the deeper levels start
//! again unless `w:lvlRestart` says otherwise.

use super::styles::Styles;
use crate::formats::list_label::NumFormat;
use crate::formats::package::xml::Element;
use std::collections::HashMap;

/// Word's nine list levels.
const LEVELS: usize = 9;

/// One level of a list definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: Option<NumFormat>,
    bullet: bool,
    text: String,
    /// `w:lvlRestart`: restart after a level shallower than this (1-based) advances; 0 never.
    restart: Option<u32>,
    /// `w:isLgl`: every counter of the label shown in digits.
    legal: bool,
    /// The paragraph style tied to this level.
    style: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: Vec<Option<Level>>,
    /// `w:numStyleLink`: the definition is the one of this numbering style.
    style_link: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    starts: HashMap<usize, u32>,
    levels: HashMap<usize, Level>,
}

/// The numbering definitions of a document.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<String, Num>,
}

/// What a numbered paragraph shows before its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    Number(String),
    Bullet,
}

fn val(e: &Element, child: &str) -> Option<String> {
    e.child_val(child, "w:val").map(str::to_string)
}

fn level_of(e: &Element) -> Level {
    let fmt = val(e, "w:numFmt").unwrap_or_else(|| "decimal".into());
    let format = match fmt.as_str() {
        "bullet" => None,
        "none" => Some(NumFormat::Hidden),
        "decimalZero" => Some(NumFormat::DecimalZero),
        "lowerLetter" => Some(NumFormat::LowerLetter),
        "upperLetter" => Some(NumFormat::UpperLetter),
        "lowerRoman" => Some(NumFormat::LowerRoman),
        "upperRoman" => Some(NumFormat::UpperRoman),
        _ => Some(NumFormat::Decimal),
    };
    Level {
        start: val(e, "w:start").and_then(|s| s.parse().ok()).unwrap_or(1),
        bullet: format.is_none(),
        format,
        text: val(e, "w:lvlText").unwrap_or_default(),
        restart: val(e, "w:lvlRestart").and_then(|s| s.parse().ok()),
        legal: e
            .child("w:isLgl")
            .is_some_and(|x| x.attr("w:val").is_none_or(super::on)),
        style: val(e, "w:pStyle"),
    }
}

fn ilvl(e: &Element) -> Option<usize> {
    e.attr("w:ilvl")
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|&l| l < LEVELS)
}

impl Numbering {
    pub fn parse(root: Option<&Element>) -> Numbering {
        let mut n = Numbering::default();
        let Some(root) = root else { return n };
        for a in root.children_named("w:abstractNum") {
            let Some(id) = a.attr("w:abstractNumId") else { continue };
            let mut levels = vec![None; LEVELS];
            for l in a.children_named("w:lvl") {
                if let Some(i) = ilvl(l) {
                    levels[i] = Some(level_of(l));
                }
            }
            let style_link = val(a, "w:numStyleLink");
            n.abstracts.insert(id.to_string(), Abstract { levels, style_link });
        }
        for num in root.children_named("w:num") {
            let Some(id) = num.attr("w:numId") else { continue };
            let Some(abstract_id) = val(num, "w:abstractNumId") else {
                continue;
            };
            let mut entry = Num {
                abstract_id,
                ..Num::default()
            };
            for o in num.children_named("w:lvlOverride") {
                let Some(i) = ilvl(o) else { continue };
                if let Some(s) = val(o, "w:startOverride").and_then(|s| s.parse().ok()) {
                    entry.starts.insert(i, s);
                }
                if let Some(l) = o.child("w:lvl") {
                    entry.levels.insert(i, level_of(l));
                }
            }
            n.nums.insert(id.to_string(), entry);
        }
        n
    }

    /// The abstract definition `num_id` leads to, through numbering style links.
    fn abstract_of(&self, num_id: &str, styles: &Styles) -> Option<(&str, &Abstract)> {
        let mut id = self.nums.get(num_id)?.abstract_id.as_str();
        for _ in 0..4 {
            let a = self.abstracts.get(id)?;
            let Some(link) = &a.style_link else {
                return Some((id, a));
            };
            let linked = styles.numbering_style_num(link)?;
            id = self.nums.get(linked)?.abstract_id.as_str();
        }
        None
    }

    /// The level of `num_id`'s list tied to paragraph style `style`.
    pub fn level_for_style(&self, num_id: &str, style: &str, styles: &Styles) -> Option<usize> {
        let (_, a) = self.abstract_of(num_id, styles)?;
        a.levels
            .iter()
            .position(|l| l.as_ref().and_then(|l| l.style.as_deref()) == Some(style))
    }
}

/// The counters of the lists met so far in one reading of a document.
#[derive(Debug, Default)]
pub struct Counters {
    lists: HashMap<String, [Option<u32>; LEVELS]>,
}

impl Counters {
    /// Counts a paragraph of list `num_id` at `level` and gives its label.
    pub fn next(&mut self, defs: &Numbering, styles: &Styles, num_id: &str, level: usize) -> Option<Label> {
        let num = defs.nums.get(num_id)?;
        let (abstract_id, a) = defs.abstract_of(num_id, styles)?;
        let level = level.min(LEVELS - 1);
        let def = |l: usize| -> Option<Level> {
            let mut d = num
                .levels
                .get(&l)
                .cloned()
                .or_else(|| a.levels.get(l).cloned().flatten())?;
            if let Some(&s) = num.starts.get(&l) {
                d.start = s;
            }
            Some(d)
        };
        let this = def(level)?;
        let key = if num.starts.is_empty() && num.levels.is_empty() {
            format!("a{abstract_id}")
        } else {
            format!("n{num_id}")
        };
        let counts = self.lists.entry(key).or_insert([None; LEVELS]);
        counts[level] = Some(match counts[level] {
            None => this.start,
            Some(n) => n.saturating_add(1),
        });
        for (deeper, count) in counts.iter_mut().enumerate().skip(level + 1) {
            let restart = def(deeper).and_then(|d| d.restart).unwrap_or(deeper as u32);
            if (level as u32) < restart {
                *count = None;
            }
        }
        if this.bullet {
            return Some(Label::Bullet);
        }
        let counts = *counts;
        let mut label = String::new();
        let mut chars = this.text.chars().peekable();
        while let Some(c) = chars.next() {
            let Some(d) = chars
                .peek()
                .and_then(|d| d.to_digit(10))
                .filter(|&d| c == '%' && (1..=LEVELS as u32).contains(&d))
            else {
                label.push(c);
                continue;
            };
            chars.next();
            let l = d as usize - 1;
            let shown = def(l).unwrap_or_default();
            let n = counts[l].unwrap_or(shown.start);
            let format = match shown.format {
                Some(NumFormat::Hidden) | None => NumFormat::Hidden,
                Some(_) if this.legal => NumFormat::Decimal,
                Some(f) => f,
            };
            label.push_str(&format.show(n));
        }
        Some(Label::Number(label.trim().to_string()))
    }
}
