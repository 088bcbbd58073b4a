//! Body lines grouped into drafts of clauses: paragraphs, numbered
//! paragraphs, bullets, headings and table rows, with the layouts briefings
//! arrive in (hard-wrapped PDF text, a blank line after every line, a line per
//! paragraph with none between, a store's excerpt cut mid-sentence).

use std::ops::Range;

use super::council;
use super::inline::{Inline, parse_inline};
use super::lines::{
    LabelStyle, Line, atx_heading, bullet_marker, ends_with_punctuation, is_chrome_line, is_rule, numbered_label,
};
use super::table::table_cells;
use crate::document::ClauseKind;

/// A clause being assembled from source lines.
#[derive(Debug)]
pub(super) struct Draft<'a> {
    pub(super) kind: ClauseKind,
    pub(super) label: Option<String>,
    pub(super) style: Option<LabelStyle>,
    pub(super) depth: u8,
    /// Source lines, the first without its list marker.
    pub(super) lines: Vec<&'a str>,
    pub(super) source: Range<usize>,
    pub(super) inline: Inline,
    /// A table row: `lines[0]` holds `| a | b |`.
    pub(super) row: bool,
}

impl<'a> Draft<'a> {
    pub(super) fn new(kind: ClauseKind, first: &'a str, line: &Line) -> Self {
        Draft {
            kind,
            label: None,
            style: None,
            depth: 0,
            lines: vec![first],
            source: line.start..line.end,
            inline: Inline::default(),
            row: false,
        }
    }

    /// Every line looks like site chrome (menus, footers). Asked only of the
    /// last drafts of a document, so it is not computed for every line.
    pub(super) fn is_chrome(&self) -> bool {
        self.lines.iter().all(|l| is_chrome_line(l))
    }

    fn push(&mut self, line: &Line<'a>) {
        self.lines.push(line.text);
        self.source.end = line.end;
    }
}

/// Hard-wrapped lines join with a space; `capacity-` + `building` keeps the hyphen.
pub(super) fn join_lines(lines: &[&str]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for l in lines {
        let l = l.trim();
        let hyphen_break = out.ends_with('-') && l.starts_with(char::is_lowercase);
        if !out.is_empty() && !hyphen_break {
            out.push(' ');
        }
        out.push_str(l);
    }
    out
}

/// How many lines a bold heading may wrap over.
const MAX_HEADING_LINES: usize = 4;

/// Whether `last`, a hard-wrapped line (40 to 130 characters), breaks off
/// mid-sentence (`… held on 8-9`, `… which was followed by the`) and `next`
/// carries it on rather than opening a list item or a heading.
fn breaks_off(last: &str, next: &str) -> bool {
    const OPEN: &[&str] = &[
        "of", "the", "and", "on", "to", "in", "for", "by", "with", "a", "an", "at", "from", "that", "as",
    ];
    let last = last.trim_end();
    let open_word = last.rsplit(' ').next().is_some_and(|w| OPEN.contains(&w));
    (40..=130).contains(&last.len())
        && (open_word || last.ends_with(|c: char| c.is_ascii_digit() || c == ','))
        && last.chars().any(char::is_lowercase)
        && crate::dates::parse_dateline(next).is_none()
        && numbered_label(next).is_none()
        && bullet_marker(next).is_none()
        && atx_heading(next).is_none()
        && table_cells(next).is_none()
}

/// Whether line `i` is the text's last and breaks off mid-sentence, as a
/// store's excerpt cut at its length does (`Security Council resolution 1325
/// (2`): the paragraph above carries on into it.
fn cut_off_at_end(lines: &[Line], i: usize) -> bool {
    let t = lines[i].text.trim_end();
    lines[i + 1..].iter().all(Line::is_blank)
        && !t.ends_with(['.', ':', ';', '!', '?', '"', '”', ')'])
        && t.split_whitespace().count() >= 3
        && t.chars().any(char::is_lowercase)
}

/// A line as long as a paragraph, or any sentence's line in a text not
/// wrapped to a width, ending its sentence: a paragraph of its own, not a
/// page's wrapped line.
pub(super) fn whole_paragraph(line: &str, unwrapped: bool) -> bool {
    let line = line.trim_end();
    (line.len() >= PARAGRAPH_LINE || (unwrapped && line.len() >= 40))
        && line.ends_with(['.', ':', ';', '!', '?', '"', '”'])
}

/// `Asunción, 23 de febrero de 2022`: a place and a full date, alone on the line.
fn is_dateline_alone(line: &str) -> bool {
    line.len() <= 60 && matches!(crate::dates::parse_dateline(line.trim()), Some((Some(_), Some(_))))
}

/// A line this long is a paragraph of its own, not a page's wrapped line
/// (PDF and typewriter lines hold 60 to 100 characters).
const PARAGRAPH_LINE: usize = 160;

/// Groups body lines into drafts, one per clause.
pub(super) fn group_lines<'a>(lines: &[Line<'a>]) -> Vec<Draft<'a>> {
    let mut out: Vec<Draft> = Vec::new();
    let mut open: Option<Draft> = None;
    let mut prev_blank = true;
    let mut bullet_indents: Vec<usize> = Vec::new();
    // A PDF's text with a blank line after every line: a blank line parts
    // no paragraph where the line above breaks off mid-sentence.
    let spaced = council::double_spaced(lines);
    // A text not wrapped to a page's width (a quarter of its lines or more
    // as long as a paragraph): its line breaks end paragraphs.
    let (long, all) = lines.iter().filter(|l| !l.is_blank()).fold((0, 0), |(long, all), l| {
        (long + usize::from(l.text.len() >= PARAGRAPH_LINE), all + 1)
    });
    let unwrapped = all >= 3 && long * 4 >= all;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if spaced
            && line.is_blank()
            && let Some(d) = open.as_ref()
            && let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank())
            && breaks_off(d.lines.last().copied().unwrap_or(""), next.text)
        {
            i += 1;
            continue;
        }
        if line.is_blank() || is_rule(line.text) {
            out.extend(open.take());
            prev_blank = true;
            i += 1;
            continue;
        }
        if let Some(cells) = table_cells(line.text) {
            out.extend(open.take());
            // `|---|:--:|` under a header row is layout, not content.
            if !cells.iter().all(|c| c.trim().trim_matches([':', '-']).is_empty()) {
                let mut d = Draft::new(ClauseKind::Paragraph, line.text, line);
                d.row = true;
                out.push(d);
            }
            bullet_indents.clear();
            prev_blank = true;
            i += 1;
            continue;
        }
        if let Some((level, text)) = atx_heading(line.text) {
            out.extend(open.take());
            let mut d = Draft::new(ClauseKind::Heading, text, line);
            d.depth = u8::from(level >= 3);
            out.push(d);
            bullet_indents.clear();
            prev_blank = false;
            i += 1;
            continue;
        }
        if let Some(n) = bold_heading_len(&lines[i..]) {
            out.extend(open.take());
            let mut d = Draft::new(ClauseKind::Heading, line.text, line);
            for l in &lines[i + 1..i + n] {
                d.push(l);
            }
            d.inline = parse_inline(&join_lines(&d.lines));
            // `***x***` (bold italic) is a sub-heading in Council style.
            d.depth = u8::from(d.inline.is_wholly_italic());
            out.push(d);
            bullet_indents.clear();
            prev_blank = false;
            i += n;
            continue;
        }
        if let Some(len) = bullet_marker(line.text) {
            out.extend(open.take());
            while bullet_indents.last().is_some_and(|&top| top >= line.indent) {
                bullet_indents.pop();
            }
            let mut d = Draft::new(ClauseKind::Bullet, &line.text[len..], line);
            d.depth = bullet_indents.len().min(8) as u8;
            bullet_indents.push(line.indent);
            open = Some(d);
            prev_blank = false;
            i += 1;
            continue;
        }
        if let Some((label, style, len)) = numbered_label(line.text) {
            let in_list = open
                .as_ref()
                .is_some_and(|d| matches!(d.kind, ClauseKind::Numbered | ClauseKind::Bullet));
            let starts_list = matches!(label, "1." | "1)" | "(a)" | "a)" | "(i)" | "A.");
            // A text with a line per paragraph and no blank lines: the line
            // above is a whole paragraph, not one the label's line wraps. In
            // a hard-wrapped text, a short line ending a sentence ends its
            // paragraph (`non discrimination.` / `2. The EU encourages …`).
            let after_paragraph = i > 0 && {
                let above = lines[i - 1].text.trim_end();
                let widest = open
                    .as_ref()
                    .filter(|d| d.kind == ClauseKind::Paragraph && d.lines.len() >= 2)
                    .map_or(0, |d| d.lines.iter().map(|l| l.len()).max().unwrap_or(0));
                whole_paragraph(above, unwrapped) || (above.ends_with(['.', ':', ';']) && above.len() * 5 < widest * 3)
            };
            // `… Minister of Foreign Affairs of the USSR Eduard` / `A.
            // Shevardnadze; …`: a hard-wrapped name's middle initial at the
            // line's start, after its given name, is no list's letter.
            let initial_of_name = !prev_blank
                && label.len() == 2
                && label.starts_with(|c: char| c.is_ascii_uppercase())
                && i > 0
                && lines[i - 1]
                    .text
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.len() > 1 && crate::entities::is_given_name(w));
            if initial_of_name {
                // Read as the paragraph's next line, below.
            } else if prev_blank || open.is_none() || in_list || starts_list || after_paragraph {
                out.extend(open.take());
                let mut d = Draft::new(ClauseKind::Numbered, &line.text[len..], line);
                d.label = Some(label.to_string());
                d.style = Some(style);
                open = Some(d);
                bullet_indents.clear();
                prev_blank = false;
                i += 1;
                continue;
            }
        }
        match open.as_mut() {
            Some(d)
                if d.kind == ClauseKind::Paragraph
                    && d.lines.len() == 1
                    && heading_then_text(d.lines[0], line.text) =>
            {
                let mut h = open.take().expect("checked above");
                h.kind = ClauseKind::Heading;
                h.depth = 1;
                out.push(h);
                open = Some(Draft::new(ClauseKind::Paragraph, line.text, line));
            }
            // A text with a line per paragraph and no blank lines between:
            // a whole paragraph's line, ending its sentence, ends it; so does
            // a dateline on its own line (`Asunción, 23 de febrero de 2022`
            // at the foot, a page's `Share` under it).
            Some(d)
                if d.kind == ClauseKind::Paragraph
                    && (whole_paragraph(d.lines.last().copied().unwrap_or(""), unwrapped)
                        || d.lines.len() == 1 && is_dateline_alone(d.lines[0]))
                    && !cut_off_at_end(lines, i) =>
            {
                out.extend(open.take());
                open = Some(Draft::new(ClauseKind::Paragraph, line.text, line));
            }
            Some(d) => d.push(line),
            None => open = Some(Draft::new(ClauseKind::Paragraph, line.text, line)),
        }
        if open.as_ref().is_some_and(|d| d.kind == ClauseKind::Paragraph) && line.indent == 0 {
            bullet_indents.clear();
        }
        prev_blank = false;
        i += 1;
    }
    out.extend(open);
    out
}

/// A bold block of 1–4 lines that is wholly bold and reads like a heading:
/// returns how many lines it spans.
fn bold_heading_len(lines: &[Line]) -> Option<usize> {
    if !lines[0].text.starts_with('*') {
        return None;
    }
    let mut joined = String::new();
    for (k, l) in lines.iter().take(MAX_HEADING_LINES).enumerate() {
        if l.is_blank() {
            return None;
        }
        if k > 0 {
            joined.push(' ');
        }
        joined.push_str(l.text);
        if l.text.ends_with('*') {
            let inline = parse_inline(&joined);
            let plain = inline.text.trim();
            let sentence = plain.ends_with(['.', ';', ',']) || plain.chars().count() > 200;
            return (inline.is_wholly_bold() && !sentence).then_some(k + 1);
        }
    }
    None
}

/// `The United Nations High-Level Panel on Digital Cooperation` followed at
/// once by a long prose line: the first line is a sub-heading, not wrapped text.
fn heading_then_text(first: &str, next: &str) -> bool {
    let (a, b) = (first.chars().count(), next.chars().count());
    !ends_with_punctuation(first)
        && a <= 100
        && first.starts_with(char::is_uppercase)
        && next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '‘' | '“' | '"' | '\''))
        && (a as f32) < 0.8 * (b as f32)
}
