//! Checks made before pdf_oxide walks a file, for what would overflow its
//! stack (an abort no `catch_unwind` can stop): arrays and dictionaries nested
//! thousands deep, and page trees nested as deep. Both are refused with a
//! reason; real files nest a handful of levels.

use pdf_oxide::PdfDocument;
use pdf_oxide::object::{Object, ObjectRef};

/// Deepest `[`/`<<` nesting a file may have.
pub const MAX_SYNTAX_DEPTH: usize = 256;
/// Deepest page tree a file may have.
pub const MAX_TREE_DEPTH: usize = 64;

/// The deepest nesting of arrays and dictionaries in the file's objects,
/// skipping strings, comments and stream data. Stops counting past `limit`.
pub fn syntax_depth(b: &[u8], limit: usize) -> usize {
    let (mut i, mut depth, mut max) = (0usize, 0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'%' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                // A literal string: balanced parentheses, backslash escapes.
                let mut level = 0usize;
                while i < b.len() {
                    match b[i] {
                        b'\\' => i += 1,
                        b'(' => level += 1,
                        b')' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'[' => {
                depth += 1;
                max = max.max(depth);
            }
            b'<' if b.get(i + 1) == Some(&b'<') => {
                depth += 1;
                max = max.max(depth);
                i += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if b.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b's' if b[i..].starts_with(b"stream") && (i == 0 || !b[i - 1].is_ascii_alphabetic()) => {
                // Stream data is binary: jump to its end.
                match memchr::memmem::find(&b[i + 6..], b"endstream") {
                    Some(end) => i += 6 + end + 8,
                    None => return max,
                }
            }
            _ => {}
        }
        if max > limit {
            return max;
        }
        i += 1;
    }
    max
}

/// The depth of the page tree, walked without recursion; `None` when it
/// cannot be walked (pdf_oxide then judges the file itself).
pub fn tree_depth(doc: &PdfDocument, limit: usize) -> Option<usize> {
    let load = |o: &Object| -> Option<Object> {
        match o {
            Object::Reference(r) => doc.load_object(*r).ok(),
            o => Some(o.clone()),
        }
    };
    let root = load(doc.trailer().as_dict()?.get("Root")?)?;
    let pages = root.as_dict()?.get("Pages")?.clone();
    let mut stack: Vec<(Object, usize)> = vec![(pages, 1)];
    let mut seen: std::collections::HashSet<ObjectRef> = std::collections::HashSet::new();
    let mut max = 0;
    let mut visits = 0usize;
    while let Some((node, depth)) = stack.pop() {
        visits += 1;
        if visits > 200_000 {
            break;
        }
        if let Object::Reference(r) = &node
            && !seen.insert(*r)
        {
            continue;
        }
        max = max.max(depth);
        if max > limit {
            return Some(max);
        }
        let Some(node) = load(&node) else { continue };
        if let Some(Object::Array(kids)) = node.as_dict().and_then(|d| d.get("Kids")).and_then(&load) {
            for k in kids {
                stack.push((k, depth + 1));
            }
        }
    }
    Some(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_nesting_outside_strings_and_streams() {
        assert_eq!(syntax_depth(b"<< /A [1 [2]] >>", 99), 3);
        assert_eq!(syntax_depth(b"(a [[[ (b\\) ) ) <</B 1>>", 99), 1);
        assert_eq!(syntax_depth(b"<< /Length 3 >> stream\n[[[\nendstream [", 99), 1);
        let deep = "[".repeat(10_000);
        assert!(syntax_depth(deep.as_bytes(), 256) > 256);
    }
}
