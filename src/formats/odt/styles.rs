//! OpenDocument styles, from `content.xml`'s automatic styles and
//! `styles.xml`: paragraph styles (is it the Title, which list style does it
//! number with), text styles (bold, italic), list styles (per level: a bullet,
//! or a number's format, prefix, suffix, start and how many levels it shows).

use crate::formats::list_label::NumFormat;
use crate::formats::package::xml::Element;
use std::collections::HashMap;

/// ODF's ten list levels.
pub const LEVELS: usize = 10;

/// The key the outline style (heading numbering) is kept under: no style can be named so.
pub const OUTLINE: &str = "\u{0}outline";

#[derive(Debug, Clone, Default)]
struct Raw {
    family: String,
    parent: Option<String>,
    list_style: Option<String>,
    bold: Option<bool>,
    italic: Option<bool>,
}

/// One level of a list style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListLevel {
    Bullet,
    Number {
        format: NumFormat,
        prefix: String,
        suffix: String,
        start: u32,
        display: usize,
    },
}

#[derive(Debug, Default)]
pub struct Styles {
    raw: HashMap<String, Raw>,
    lists: HashMap<String, Vec<Option<ListLevel>>>,
}

fn num_format(f: &str) -> NumFormat {
    match f {
        "a" => NumFormat::LowerLetter,
        "A" => NumFormat::UpperLetter,
        "i" => NumFormat::LowerRoman,
        "I" => NumFormat::UpperRoman,
        "" => NumFormat::Hidden,
        _ => NumFormat::Decimal,
    }
}

fn list_levels(list: &Element) -> Vec<Option<ListLevel>> {
    let mut levels = vec![None; LEVELS];
    for l in list.elements() {
        let Some(i) = l
            .attr("text:level")
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&v| (1..=LEVELS).contains(&v))
        else {
            continue;
        };
        levels[i - 1] = match l.name.as_str() {
            "text:list-level-style-bullet" | "text:list-level-style-image" => Some(ListLevel::Bullet),
            "text:list-level-style-number" | "text:outline-level-style" => Some(ListLevel::Number {
                format: num_format(l.attr("style:num-format").unwrap_or("")),
                prefix: l.attr("style:num-prefix").unwrap_or("").to_string(),
                suffix: l.attr("style:num-suffix").unwrap_or("").to_string(),
                start: l.attr("text:start-value").and_then(|v| v.parse().ok()).unwrap_or(1),
                display: l
                    .attr("text:display-levels")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, LEVELS),
            }),
            _ => None,
        };
    }
    levels
}

fn weight_is_bold(w: &str) -> bool {
    w == "bold" || w.parse::<u32>().is_ok_and(|n| n >= 600)
}

impl Styles {
    /// Styles from the given roots (`content.xml` first, then `styles.xml`):
    /// a name already met is not replaced.
    pub fn parse(roots: &[&Element]) -> Styles {
        let mut s = Styles::default();
        for root in roots {
            for group in ["office:automatic-styles", "office:styles"] {
                let Some(g) = root.child(group) else { continue };
                for st in g.elements() {
                    let Some(name) = st.attr("style:name") else { continue };
                    match st.name.as_str() {
                        "style:style" => {
                            let props = st.child("style:text-properties");
                            s.raw.entry(name.to_string()).or_insert_with(|| Raw {
                                family: st.attr("style:family").unwrap_or("").to_string(),
                                parent: st.attr("style:parent-style-name").map(str::to_string),
                                list_style: st.attr("style:list-style-name").map(str::to_string),
                                bold: props.and_then(|p| p.attr("fo:font-weight")).map(weight_is_bold),
                                italic: props
                                    .and_then(|p| p.attr("fo:font-style"))
                                    .map(|v| v == "italic" || v == "oblique"),
                            });
                        }
                        "text:list-style" => {
                            s.lists.entry(name.to_string()).or_insert_with(|| list_levels(st));
                        }
                        "text:outline-style" => {
                            s.lists.entry(OUTLINE.to_string()).or_insert_with(|| list_levels(st));
                        }
                        _ => {}
                    }
                }
            }
        }
        s
    }

    fn chain<'s>(&'s self, name: &str) -> Vec<(&'s str, &'s Raw)> {
        let mut out: Vec<(&str, &Raw)> = Vec::new();
        let mut next = Some(name);
        while let Some(n) = next {
            if out.len() >= 16 || out.iter().any(|(m, _)| *m == n) {
                break;
            }
            let Some((key, raw)) = self.raw.get_key_value(n) else {
                break;
            };
            out.push((key.as_str(), raw));
            next = raw.parent.as_deref();
        }
        out
    }

    /// A paragraph style that is, or derives from, the Title style.
    pub fn is_title(&self, name: &str) -> bool {
        self.chain(name)
            .iter()
            .any(|(n, r)| r.family == "paragraph" && *n == "Title")
    }

    /// The list style a paragraph style numbers with.
    pub fn paragraph_list_style(&self, name: &str) -> Option<&str> {
        self.chain(name).iter().find_map(|(_, r)| r.list_style.as_deref())
    }

    /// Bold and italic a text style sets, if it sets them.
    pub fn emphasis(&self, name: &str) -> (Option<bool>, Option<bool>) {
        let mut bold = None;
        let mut italic = None;
        for (_, r) in self.chain(name) {
            bold = bold.or(r.bold);
            italic = italic.or(r.italic);
        }
        (bold, italic)
    }

    /// Level `level` (0-based) of list style `name`.
    pub fn list_level(&self, name: &str, level: usize) -> Option<&ListLevel> {
        self.lists.get(name)?.get(level)?.as_ref()
    }
}

/// The label of an item at `level` with these counters, as the style shows it.
pub fn label(styles: &Styles, list: &str, level: usize, counts: &[Option<u32>]) -> Option<String> {
    match styles.list_level(list, level)? {
        ListLevel::Bullet => None,
        ListLevel::Number {
            prefix,
            suffix,
            display,
            format,
            ..
        } => {
            let first = (level + 1).saturating_sub(*display);
            let shown: Vec<String> = (first..=level)
                .filter_map(|l| {
                    let (fmt, start) = match styles.list_level(list, l) {
                        Some(ListLevel::Number { format, start, .. }) => (*format, *start),
                        _ => (*format, 1),
                    };
                    let s = fmt.show(counts.get(l).copied().flatten().unwrap_or(start));
                    (!s.is_empty()).then_some(s)
                })
                .collect();
            Some(format!("{prefix}{}{suffix}", shown.join(".")))
        }
    }
}

/// The start value of level `level` of list style `name` (1 when not numbered).
pub fn start(styles: &Styles, list: &str, level: usize) -> u32 {
    match styles.list_level(list, level) {
        Some(ListLevel::Number { start, .. }) => *start,
        _ => 1,
    }
}
