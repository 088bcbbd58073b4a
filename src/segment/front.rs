//! Front matter: the `---`-fenced block of `key: value` lines that static
//! sites and converters put atop a Markdown file (`title:`, `date:`,
//! `symbol:`). It states the page's metadata outright, and is never a clause.

use crate::dates::{first_full_date, is_iso_date};
use crate::document::Metadata;

/// How many lines a front matter block may span.
const MAX_LINES: usize = 80;

/// Splits `text` into its front matter's metadata and the rest; `None` when
/// the text does not open with a front matter block.
pub fn split_front_matter(text: &str) -> Option<(Metadata, &str)> {
    let body = text.strip_prefix("\u{feff}").unwrap_or(text);
    let rest = body.strip_prefix("---\n").or_else(|| body.strip_prefix("---\r\n"))?;
    let mut meta = Metadata::default();
    let mut offset = 0;
    for (k, line) in rest.split_inclusive('\n').enumerate() {
        if k >= MAX_LINES {
            return None;
        }
        offset += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return Some((meta, &rest[offset..]));
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        // Indented lines belong to a nested value; keys are plain words.
        if key.starts_with([' ', '\t', '-']) || !key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
            continue;
        }
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => meta.title = Some(value.trim_end_matches([' ', ':']).to_string()),
            "date" | "doc_date" | "published" | "pubdate" => {
                let iso = value.get(..10).filter(|d| is_iso_date(d)).map(str::to_string);
                meta.date = meta.date.take().or(iso.or_else(|| first_full_date(value)));
            }
            "symbol" | "number" | "doc_number" | "reference" => meta.number = Some(value.to_string()),
            _ => {}
        }
    }
    None
}

fn unquote(v: &str) -> &str {
    let v = v.trim();
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_date_and_symbol_and_leaves_the_body() {
        let text = "---\nsymbol: A/RES/80/4\ntitle: \"Necessity of ending the embargo :\"\ndate: \"2025-10-31\"\ntags: [\"UN\"]\n---\n\nUnited Nations\n";
        let (meta, body) = split_front_matter(text).expect("front matter");
        assert_eq!(meta.title.as_deref(), Some("Necessity of ending the embargo"));
        assert_eq!(meta.date.as_deref(), Some("2025-10-31"));
        assert_eq!(meta.number.as_deref(), Some("A/RES/80/4"));
        assert_eq!(body, "\nUnited Nations\n");
    }

    #[test]
    fn a_rule_at_the_top_is_not_front_matter() {
        assert!(split_front_matter("---\n\nJust a rule and text that never closes\n").is_none());
        assert!(split_front_matter("Title\n---\n").is_none());
    }
}
