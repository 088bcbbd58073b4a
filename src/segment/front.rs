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
    // The opening fence may carry trailing spaces (`---  `), as hand-kept sites write it.
    let first_end = body.find('\n')?;
    if body[..first_end].trim_end() != "---" {
        return None;
    }
    let rest = &body[first_end + 1..];
    let mut meta = Metadata::default();
    let mut offset = 0;
    // A double-quoted value still open: its key and its text so far.
    let mut open: Option<(String, String)> = None;
    for (k, line) in rest.split_inclusive('\n').enumerate() {
        if k >= MAX_LINES {
            return None;
        }
        offset += line.len();
        let line = line.trim_end();
        if let Some((key, mut acc)) = open.take() {
            // YAML folds a quoted value's line break into a space, unless the
            // line ended with `\`; the next line's indent is not the value's.
            if acc.ends_with('\\') {
                acc.pop();
            } else {
                acc.push(' ');
            }
            acc.push_str(line.trim_start());
            if closes(&acc) {
                set_field(&mut meta, &key, &unescape(&acc[1..acc.len() - 1]));
            } else {
                open = Some((key, acc));
            }
            continue;
        }
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
        let raw = value.trim();
        if raw.starts_with('"') && !closes(raw) {
            open = Some((key.to_string(), raw.to_string()));
            continue;
        }
        let unescaped;
        let value = if raw.starts_with('"') && raw.contains('\\') {
            unescaped = unescape(&raw[1..raw.len() - 1]);
            unescaped.as_str()
        } else {
            unquote(raw)
        };
        if value.is_empty() {
            continue;
        }
        set_field(&mut meta, key, value);
    }
    None
}

/// One field's value into `meta`, if the field is one it keeps.
fn set_field(meta: &mut Metadata, key: &str, value: &str) {
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

/// Whether a double-quoted value (`"…`) has its closing quote: a `"` at the
/// end not escaped by a backslash.
fn closes(v: &str) -> bool {
    if v.len() < 2 || !v.ends_with('"') {
        return false;
    }
    let before = &v[..v.len() - 1];
    let slashes = before.len() - before.trim_end_matches('\\').len();
    slashes.is_multiple_of(2)
}

/// YAML's double-quoted escapes: `\"`, `\\`, `\ ` (a space), `\_` (a no-break
/// space), `\n`, `\t`, and a character by its code (`\xFA`, `\u2019`,
/// `\U0001F600`), as site generators write what is not ASCII.
fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('_') => out.push('\u{a0}'),
            Some('n' | 't' | ' ') => out.push(' '),
            Some(e @ ('x' | 'u' | 'U')) => {
                let width = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let code: String = chars.clone().take(width).collect();
                match u32::from_str_radix(&code, 16).ok().and_then(char::from_u32) {
                    Some(ch) if code.len() == width => {
                        out.push(ch);
                        chars.nth(width - 1);
                    }
                    _ => out.push(e),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
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

/// The page's own fields, stated outright, over what its text gave `meta`;
/// a date glued to its title names the document's day.
pub fn apply(front: Metadata, meta: &mut Metadata) {
    let (title, title_date) = match front.title {
        Some(t) => {
            let (t, d) = super::title::split_trailing_date(&t);
            (Some(t), d)
        }
        None => (None, None),
    };
    // `Minister for Foreign Affairs - Joint Investigation Team Meeting`
    // over the page's heading `Joint Investigation Team Meeting`: the
    // site's title adds its section to the heading, which is the text's.
    let heading_in_title = |t: &str, heading: &str| {
        [" - ", " – ", " | "].iter().any(|sep| {
            t.split(sep)
                .any(|part| part.trim().eq_ignore_ascii_case(heading.trim()))
                && t.contains(sep)
        })
    };
    if !title
        .as_deref()
        .zip(meta.title.as_deref())
        .is_some_and(|(t, h)| heading_in_title(t, h))
    {
        meta.title = title.or(meta.title.take());
    }
    meta.date = title_date.or(front.date).or(meta.date.take());
    meta.number = front.number.or(meta.number.take());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_title_over_two_lines_with_escapes_is_one_title() {
        let text = "---  \ndate: '2022-05-10'\ntitle: \"Joint Readout of the Meeting Between President Joseph R. Biden, Jr. and Prime\\\n  \\ Minister Mario\\_Draghi\"\n--- \nPresident Biden met.\n";
        let (meta, body) = split_front_matter(text).expect("front matter");
        assert_eq!(
            meta.title.as_deref(),
            Some(
                "Joint Readout of the Meeting Between President Joseph R. Biden, Jr. and Prime Minister Mario\u{a0}Draghi"
            )
        );
        assert_eq!(meta.date.as_deref(), Some("2022-05-10"));
        assert_eq!(body, "President Biden met.\n");
    }

    #[test]
    fn a_quoted_titles_characters_by_code_are_decoded() {
        let text = "---\ntitle: \"Inauguration of Rodrigo de Jes\\xFAs Chaves and Russia\\u2019s \\xZZ\"\n---\nBody.\n";
        let (meta, _) = split_front_matter(text).unwrap();
        assert_eq!(
            meta.title.as_deref(),
            Some("Inauguration of Rodrigo de Jesús Chaves and Russia’s xZZ")
        );
    }

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
