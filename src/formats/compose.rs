//! Blocks to the Markdown the segmenter reads: headings as `#`, list items
//! with their displayed label, table rows as `| a | b |`, emphasis as `**`/`*`,
//! footnote markers as `[^m]` with the notes' texts as `[^m]: …` at the end,
//! and `<!-- page N -->` where a new page begins. Every run is normalised on
//! the way (control characters, bidi marks), so what the segmenter gets is
//! already clean, and literal asterisks are escaped so text never turns into
//! markup.

use super::{Block, BlockKind, Extracted, Run};
use crate::decode::normalise;

/// The Markdown for `blocks` followed by the notes of `doc`.
pub fn compose(doc: &Extracted) -> String {
    let mut out = compose_blocks(&doc.blocks);
    if !doc.footnotes.is_empty() {
        out.push('\n');
        for note in &doc.footnotes {
            let marker = marker_text(&note.marker);
            let text = one_line(&note.text);
            if marker.is_empty() || text.is_empty() {
                continue;
            }
            out.push_str("[^");
            out.push_str(&marker);
            out.push_str("]: ");
            out.push_str(&escape(&text));
            out.push('\n');
        }
    }
    out
}

/// The Markdown for `blocks` alone (used for a tracked-changes prior version too).
pub fn compose_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut page = None;
    for block in blocks {
        let text = runs_to_markdown(&block.runs);
        if text.trim().is_empty() && !matches!(block.kind, BlockKind::Row(_)) {
            continue;
        }
        if block.page.is_some() && block.page != page {
            if let Some(p) = block.page {
                out.push_str(&format!("<!-- page {p} -->\n\n"));
            }
            page = block.page;
        }
        match &block.kind {
            BlockKind::Paragraph => out.push_str(&text),
            BlockKind::Heading(level) => {
                out.push_str(&"#".repeat(usize::from((*level).clamp(1, 6))));
                out.push(' ');
                out.push_str(&text);
            }
            BlockKind::Item { label, depth } => {
                out.push_str(&"   ".repeat(usize::from(*depth).min(8)));
                match label {
                    Some(l) if !one_line(l).is_empty() => out.push_str(&escape(&one_line(l))),
                    _ => out.push('-'),
                }
                out.push(' ');
                out.push_str(&text);
            }
            BlockKind::Row(cells) => {
                if cells.iter().all(|c| one_line(c).is_empty()) {
                    continue;
                }
                out.push('|');
                for cell in cells {
                    out.push(' ');
                    out.push_str(&escape(&one_line(cell)).replace('|', "\\|"));
                    out.push_str(" |");
                }
            }
        }
        out.push_str("\n\n");
    }
    out
}

/// Runs as one line of inline Markdown. Emphasis markers hug the words (a
/// space inside `** x**` would not close), so a run's edge spaces go outside.
fn runs_to_markdown(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Run::Text { text, bold, italic } => {
                let text = escape(&one_line_keep_edges(text));
                let mark = match (bold, italic) {
                    (true, true) => "***",
                    (true, false) => "**",
                    (false, true) => "*",
                    (false, false) => "",
                };
                let core = text.trim();
                if mark.is_empty() || core.is_empty() {
                    out.push_str(&text);
                    continue;
                }
                let lead = &text[..text.len() - text.trim_start().len()];
                let trail = &text[text.trim_end().len()..];
                out.push_str(lead);
                out.push_str(mark);
                out.push_str(core);
                out.push_str(mark);
                out.push_str(trail);
            }
            Run::Note(marker) => {
                let m = marker_text(marker);
                if !m.is_empty() {
                    out.push_str("[^");
                    out.push_str(&m);
                    out.push(']');
                }
            }
        }
    }
    out.trim().to_string()
}

/// A footnote marker as the `[^m]` syntax can hold it: no brackets or spaces.
fn marker_text(marker: &str) -> String {
    one_line(marker)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '[' | ']' | '^'))
        .collect()
}

fn one_line(text: &str) -> String {
    one_line_keep_edges(text).trim().to_string()
}

/// Normalised, with line breaks and runs of spaces made single spaces.
fn one_line_keep_edges(text: &str) -> String {
    let clean = normalise(text);
    let mut out = String::with_capacity(clean.len());
    let mut space = false;
    for c in clean.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Literal asterisks and footnote-like brackets are escaped so that text
/// from a file never becomes markup.
fn escape(text: &str) -> String {
    if !text.contains(['*', '[', '\\']) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            '*' => out.push_str("\\*"),
            '[' => out.push_str("\\["),
            // The segmenter reads `\` before punctuation as an escape.
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Footnote;

    fn doc(blocks: Vec<Block>) -> Extracted {
        Extracted {
            blocks,
            ..Extracted::default()
        }
    }

    #[test]
    fn writes_each_kind_of_block() {
        let mut item = Block::new(
            BlockKind::Item {
                label: Some("(a)".into()),
                depth: 1,
            },
            "first point",
        );
        item.page = Some(2);
        let md = compose(&doc(vec![
            Block::new(BlockKind::Heading(1), "Title"),
            Block::new(BlockKind::Paragraph, "Some *starred*\ntext."),
            item,
            Block::new(BlockKind::Row(vec!["From:".into(), "General | Secretariat".into()]), ""),
        ]));
        assert_eq!(
            md,
            "# Title\n\nSome \\*starred\\* text.\n\n<!-- page 2 -->\n\n   (a) first point\n\n| From: | General \\| Secretariat |\n\n"
        );
    }

    #[test]
    fn emphasis_hugs_words_and_notes_become_references() {
        let block = Block {
            kind: BlockKind::Paragraph,
            runs: vec![
                Run::plain("On "),
                Run::Text {
                    text: " 11 February 2026".into(),
                    bold: true,
                    italic: false,
                },
                Run::Note("2".into()),
                Run::plain(", the Council"),
            ],
            page: None,
        };
        let mut d = doc(vec![block]);
        d.footnotes.push(Footnote {
            marker: "2".into(),
            text: "OJ L 119,\n4.5.2016".into(),
        });
        assert_eq!(
            compose(&d),
            "On  **11 February 2026**[^2], the Council\n\n\n[^2]: OJ L 119, 4.5.2016\n"
        );
    }

    #[test]
    fn control_characters_never_pass() {
        let md = compose(&doc(vec![Block::new(BlockKind::Paragraph, "a\u{1b}]0;x\u{7}b")]));
        assert!(!md.contains('\u{1b}') && !md.contains('\u{7}'));
    }
}
