//! Inline Markdown to plain text with emphasis spans: `**bold**`, `*italic*`,
//! `***both***`, `[link](url)`. Asterisks that act as markup never survive into
//! the text; a lone `*` between spaces is kept as a literal.

use std::ops::Range;

use crate::document::{Emphasis, Span};

/// Plain text of a clause plus its emphasis runs (byte ranges into `text`).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub spans: Vec<Span>,
    /// Footnote references `[^m]`: (marker, byte offset in `text` where it stood).
    pub notes: Vec<(String, u32)>,
}

impl Inline {
    /// Drops the first `n` bytes (a label), shifting the spans to match.
    pub fn drop_prefix(&mut self, n: usize) {
        let n32 = n as u32;
        self.text.drain(..n);
        self.spans.retain_mut(|s| {
            s.range.start = s.range.start.saturating_sub(n32);
            s.range.end = s.range.end.saturating_sub(n32);
            s.range.start < s.range.end
        });
        for (_, at) in &mut self.notes {
            *at = at.saturating_sub(n32);
        }
    }

    /// True when every non-space character is bold (a heading written as `**…**`).
    pub fn is_wholly_bold(&self) -> bool {
        let mut covered = vec![false; self.text.len()];
        for s in self.spans.iter().filter(|s| s.emphasis.bold) {
            covered[s.range.start as usize..s.range.end as usize].fill(true);
        }
        !self.text.trim().is_empty() && self.text.char_indices().all(|(i, c)| c.is_whitespace() || covered[i])
    }

    /// True when some bold or italic run covers the whole text.
    pub fn is_wholly_italic(&self) -> bool {
        self.spans.iter().any(|s| {
            s.emphasis.italic
                && self.text[..s.range.start as usize].trim().is_empty()
                && self.text[s.range.end as usize..].trim().is_empty()
        })
    }
}

/// Parses one clause's raw text (lines already joined by single spaces).
pub fn parse_inline(raw: &str) -> Inline {
    let mut out = Inline {
        text: String::with_capacity(raw.len()),
        spans: Vec::new(),
        notes: Vec::new(),
    };
    let mut emphasis = Emphasis::default();
    let mut run_start = 0usize;
    let bytes = raw.as_bytes();
    let mut i = 0usize;
    let mut last_space = true;
    let mut scanned = 0..0;

    // Closes the current run when emphasis is about to change.
    fn close(out: &mut Inline, run_start: &mut usize, emphasis: Emphasis) {
        if emphasis != Emphasis::default() && *run_start < out.text.len() {
            out.spans.push(Span {
                range: *run_start as u32..out.text.len() as u32,
                emphasis,
            });
        }
        *run_start = out.text.len();
    }

    while i < bytes.len() {
        let c = bytes[i];
        // A backslash escape (`\*`, `136\.`, `\[`, as converters write them
        // so punctuation is not read as markup) is the punctuation itself.
        if c == b'\\'
            && let Some(&p) = bytes.get(i + 1)
            && p.is_ascii_punctuation()
        {
            out.text.push(p as char);
            last_space = false;
            i += 2;
            continue;
        }
        if c == b'*' {
            let mut j = i;
            while j < bytes.len() && bytes[j] == b'*' {
                j += 1;
            }
            let run = j - i;
            let before_space = i == 0 || bytes[i - 1].is_ascii_whitespace();
            let after_space = j >= bytes.len() || bytes[j].is_ascii_whitespace();
            if run == 1 && before_space && after_space {
                push_char(&mut out.text, '*', &mut last_space);
            } else {
                close(&mut out, &mut run_start, emphasis);
                match run {
                    1 => emphasis.italic = !emphasis.italic,
                    2 => emphasis.bold = !emphasis.bold,
                    _ => {
                        // `***x***` opens both; closing `***` after `**x` closes both.
                        if emphasis.bold || emphasis.italic {
                            emphasis = Emphasis::default();
                        } else {
                            emphasis = Emphasis {
                                bold: true,
                                italic: true,
                            };
                        }
                    }
                }
            }
            i = j;
            continue;
        }
        if c == b'['
            && let Some((marker, next)) = note_at(raw, i)
        {
            // The marker stands after the word it follows: a space before
            // `[^2]` is not the note's.
            let at = out.text.trim_end().len() as u32;
            out.notes.push((marker.to_string(), at));
            i = next;
            continue;
        }
        if c == b'['
            && let Some((label, next)) = link_at(raw, i, &mut scanned)
        {
            for ch in label.chars() {
                push_char(&mut out.text, ch, &mut last_space);
            }
            i = next;
            continue;
        }
        // Plain ASCII up to the next byte that needs a decision is copied in
        // bulk, single spaces between words included (only runs of white space
        // are collapsed).
        let mut plain = i;
        while plain < bytes.len() {
            let b = bytes[plain];
            if PLAIN[usize::from(b)] {
                plain += 1;
                continue;
            }
            let after_space = if plain == i {
                last_space
            } else {
                bytes[plain - 1] == b' '
            };
            if b != b' ' || after_space {
                break;
            }
            plain += 1;
        }
        if plain > i {
            out.text.push_str(&raw[i..plain]);
            last_space = bytes[plain - 1] == b' ';
            i = plain;
            continue;
        }
        let ch = raw[i..].chars().next().unwrap_or(' ');
        push_char(&mut out.text, ch, &mut last_space);
        i += ch.len_utf8();
    }
    close(&mut out, &mut run_start, emphasis);
    trim(&mut out);
    out
}

/// ASCII that is copied as it is: neither markup (`*`, `\\`, `[`) nor white
/// space. One table load per byte, on a loop that sees every clause.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = !matches!(c, b'*' | b'\\' | b'[') && !c.is_ascii_whitespace();
        b += 1;
    }
    t
};

/// Whitespace collapses to one space, so wrapped and indented source reads cleanly.
fn push_char(text: &mut String, ch: char, last_space: &mut bool) {
    if ch.is_whitespace() {
        if !*last_space {
            text.push(' ');
        }
        *last_space = true;
    } else {
        text.push(ch);
        *last_space = false;
    }
}

/// `[^m]` at byte `i` (a footnote reference): the marker and the byte after `]`.
fn note_at(raw: &str, i: usize) -> Option<(&str, usize)> {
    let rest = raw.get(i + 2..)?;
    if !raw[i..].starts_with("[^") {
        return None;
    }
    let close = rest.bytes().take(17).position(|b| b == b']')?;
    let marker = &rest[..close];
    (!marker.is_empty() && !marker.contains(|c: char| c.is_whitespace() || c == '['))
        .then_some((marker, i + 2 + close + 1))
}

/// `[label](target)` at byte `i`: returns the label and the byte after `)`.
/// The label holds no bracket and the target no whitespace, so each scan stops
/// at the first bracket, `)` or space; `scanned` remembers the last target scan
/// (a stretch with no `)` nor space, and where it stopped), so that a run of
/// unclosed `[a](` costs linear time, not quadratic (found by fuzzing).
fn link_at<'a>(raw: &'a str, i: usize, scanned: &mut Range<usize>) -> Option<(&'a str, usize)> {
    let close = i + 1 + raw[i + 1..].find(['[', ']'])?;
    if !raw[close..].starts_with("](") {
        return None;
    }
    let label = &raw[i + 1..close];
    let start = close + 2;
    if !(scanned.start <= start && start <= scanned.end) {
        let stop = raw[start..]
            .find(|c: char| c == ')' || c.is_whitespace())
            .map_or(raw.len(), |k| start + k);
        *scanned = start..stop;
    }
    let end = scanned.end;
    (raw[end..].starts_with(')')).then_some((label, end + 1))
}

fn trim(out: &mut Inline) {
    let lead = out.text.len() - out.text.trim_start().len();
    if lead > 0 {
        out.drop_prefix(lead);
    }
    let keep = out.text.trim_end().len() as u32;
    out.text.truncate(keep as usize);
    out.spans.retain_mut(|s| {
        s.range.end = s.range.end.min(keep);
        s.range.start < s.range.end
    });
    for (_, at) in &mut out.notes {
        *at = (*at).min(keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styled(i: &Inline) -> Vec<(&str, bool, bool)> {
        i.spans
            .iter()
            .map(|s| {
                (
                    &i.text[s.range.start as usize..s.range.end as usize],
                    s.emphasis.bold,
                    s.emphasis.italic,
                )
            })
            .collect()
    }

    #[test]
    fn removes_bold_markers_and_records_the_span() {
        let i = parse_inline("co-chaired by Thierry **Breton** and Dr. **Lee Jong-Ho**.");
        assert_eq!(i.text, "co-chaired by Thierry Breton and Dr. Lee Jong-Ho.");
        assert_eq!(styled(&i), vec![("Breton", true, false), ("Lee Jong-Ho", true, false)]);
    }

    #[test]
    fn bold_italic_heading_is_both_and_wholly_styled() {
        let i = parse_inline("***Semiconductors' supply chain***");
        assert_eq!(i.text, "Semiconductors' supply chain");
        assert_eq!(styled(&i), vec![("Semiconductors' supply chain", true, true)]);
        assert!(i.is_wholly_bold());
    }

    #[test]
    fn markers_glued_to_spaces_still_close() {
        let i = parse_inline("a senior-level** Quad Vaccine Experts Group**, comprised");
        assert_eq!(i.text, "a senior-level Quad Vaccine Experts Group, comprised");
        let i = parse_inline("over the next five years*.*");
        assert_eq!(i.text, "over the next five years.");
    }

    #[test]
    fn keeps_a_lone_asterisk_and_escaped_ones() {
        assert_eq!(parse_inline("5 * 3 and \\*note").text, "5 * 3 and *note");
        assert_eq!(
            parse_inline("136\\. Secret \\[a\\] C:\\Users").text,
            "136. Secret [a] C:\\Users"
        );
        assert_eq!(
            parse_inline("\\[Nom de l’entité] and \\[^1]").text,
            "[Nom de l’entité] and [^1]"
        );
    }

    #[test]
    fn footnote_references_leave_the_text_and_keep_their_place() {
        let i = parse_inline("On 11 February 2026[^2] and **Council**[^a], see [^ x] [^]");
        assert_eq!(i.text, "On 11 February 2026 and Council, see [^ x] [^]");
        assert_eq!(i.notes, vec![("2".to_string(), 19), ("a".to_string(), 31)]);
        let mut j = parse_inline("1. Text[^3].");
        j.drop_prefix(3);
        assert_eq!((j.text.as_str(), j.notes[0].1), ("Text.", 4));
    }

    #[test]
    fn links_keep_their_label() {
        assert_eq!(
            parse_inline("see [the Panel](https://x.org/p) now").text,
            "see the Panel now"
        );
    }

    #[test]
    fn links_need_a_bracket_free_label_and_a_target_without_spaces() {
        assert_eq!(parse_inline("[a](b c) and [d](e)").text, "[a](b c) and d");
        assert_eq!(parse_inline("[a[b](c) [x]y](z)").text, "[ab [x]y](z)");
        assert_eq!(parse_inline("[a](b [c](d)").text, "[a](b c");
        assert_eq!(parse_inline("[a](b(c)d)").text, "ad)");
        assert_eq!(parse_inline("[a](").text, "[a](");
    }

    #[test]
    fn unclosed_links_cost_linear_time() {
        for raw in ["[".repeat(200_000), "[a](".repeat(50_000), "[a](b".repeat(40_000)] {
            let started = std::time::Instant::now();
            assert_eq!(parse_inline(&raw).text, raw);
            assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
        }
    }

    #[test]
    fn collapses_whitespace_and_trims() {
        let i = parse_inline("  **1. Semiconductors**   ");
        assert_eq!(i.text, "1. Semiconductors");
        assert!(i.is_wholly_bold());
    }

    #[test]
    fn dropping_a_label_prefix_shifts_spans() {
        let mut i = parse_inline("**2. Beyond 5G/6G**");
        i.drop_prefix(3);
        assert_eq!(i.text, "Beyond 5G/6G");
        assert_eq!(styled(&i), vec![("Beyond 5G/6G", true, false)]);
    }

    proptest::proptest! {
        /// Without markup, the text is the source with every run of white
        /// space made one space (the bulk copy of plain runs must keep single
        /// spaces and collapse the rest).
        #[test]
        fn plain_text_is_the_source_with_white_space_collapsed(
            raw in proptest::string::string_regex("[ab. \t\né\u{a0}]{0,40}").unwrap()
        ) {
            let expected = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(parse_inline(&raw).text, expected);
        }
    }
}
