//! Text to header metadata and clauses (pure). `header.rs` reads the letterhead
//! and title lines, `lines.rs` classifies single lines, `inline.rs` strips
//! markup; this module groups the body's lines into clauses.

mod archive_record;
mod body_date;
mod cable;
mod council;
mod front;
mod header;
mod inline;
mod lead_past;
mod lead_stamp;
mod lines;
mod numbers;
mod page_stamp;
mod paragraphs;
mod partial_date;
mod prepare;
mod press_flat;
mod quotes;
mod subject;
mod table;
mod title;
mod unflatten;

use crate::dates::parse_dateline;
use crate::document::{Clause, ClauseKind, Metadata, Note};
use inline::parse_inline;
use lines::{LabelStyle, Line, is_navigation, numbered_label, split_lines};

pub use lines::floor_char_boundary;
pub use numbers::{document_number, file_codes, marking, series_number};
use paragraphs::{Draft, group_lines, join_lines, whole_paragraph};
use prepare::{NoteDef, prepare};
use table::{HeaderView, row_text};

/// A segmented document: metadata, clause texts joined in `text`, and the
/// header lines (as plain text) that entity extraction still reads.
#[derive(Debug, Default)]
pub struct Segmented {
    pub meta: Metadata,
    pub text: String,
    pub clauses: Vec<Clause>,
    pub header: Vec<String>,
}

impl Segmented {
    #[cfg(test)]
    fn clause_text_for_test(&self, i: usize) -> &str {
        let r = &self.clauses[i].text;
        &self.text[r.start as usize..r.end as usize]
    }
}

/// The kinds of act a title may open with before the act's symbol, in the
/// languages of the Council of Europe's and the UN's member states' pages.
const ACT_KINDS: &[&str] = &[
    "resolution",
    "recommendation",
    "decision",
    "declaration",
    "résolution",
    "recommandation",
    "décision",
    "resolución",
    "decisión",
    "rezoluția",
    "rezolutia",
    "entschließung",
    "resolutie",
    "risoluzione",
];

/// Splits normalised text (see `decode::normalise`) into metadata and clauses.
pub fn segment(source: &str) -> Segmented {
    let mut prepared = prepare(source);
    if let Some(text) = unflatten::unflatten(&prepared.text) {
        prepared.text = std::borrow::Cow::Owned(text);
    }
    let lines = split_lines(&prepared.text);
    // The header is read with table rows split into their cells, so a
    // letterhead or From/To/Subject laid out as a table reads as lines.
    let view = HeaderView::new(&lines);
    let (header, in_cells) = header::read_header_of(&lines, &view.lines);
    let mut meta = header.meta;
    let (header_lines, body_start) = if in_cells {
        (&view.lines, view.body_start(header.body_start))
    } else {
        (&lines, header.body_start)
    };
    let mut drafts = group_lines(&lines[body_start.min(lines.len())..]);
    quotes::join_quotations(&mut drafts);
    if let Some(front) = prepared.front.clone() {
        front::apply(front, &mut meta);
    }
    // `Statement by the President of the Security Council (S/PRST/2019/7)`:
    // a title that ends with its document's symbol numbers it.
    if meta.number.is_none()
        && let Some(title) = meta.title.as_deref()
        && let Some(open) = title.rfind(" (").filter(|_| title.ends_with(')'))
        && title[open + 2..title.len() - 1].contains('/')
    {
        meta.number = series_number(&title[open + 2..title.len() - 1]);
    }
    // `Resolution CM/Res(2022)1 on …`, `Rezoluția CM/Res(2022)1 privind …`:
    // a title that opens with the kind of act and its symbol names the
    // document, whatever symbol the text cites first.
    if let Some(title) = meta.title.as_deref()
        && let Some((kind, rest)) = title.split_once(' ')
        && ACT_KINDS.contains(&kind.to_lowercase().as_str())
        && let Some(symbol) = rest.split_whitespace().next().filter(|s| s.contains('/'))
        && let Some(number) = series_number(symbol)
    {
        meta.number = Some(number);
    }
    let (datelines, closing_date) = clean_up(&mut drafts, &mut meta);
    let (text, mut clauses) = finish(drafts);
    let texts = || {
        clauses
            .iter()
            .map(|c| &text[c.text.start as usize..c.text.end as usize])
    };
    // `(No. 373 – December 4, 2009 – 7:15 p.m. EST) The Honourable …`.
    if let Some((number, date)) = texts().next().and_then(lead_stamp::release_stamp) {
        meta.number.get_or_insert(number);
        if meta.date.is_none() {
            meta.date = date;
        }
    }
    if let Some(date) = body_date::wire_date(texts(), meta.date.as_deref()) {
        meta.date = Some(date);
    } else if meta.date.is_none() {
        body_date::date_from_body(&mut meta, texts);
        // Else a signature block's date under the text.
        if meta.date.is_none()
            && let Some((place, date)) = closing_date
        {
            meta.date = Some(date);
            meta.place = meta.place.take().or(place);
        }
        if meta.date.is_none() {
            meta.date = header.stored_on;
        }
    }
    attach_notes(&mut clauses, &prepared.notes);
    set_pages(&mut clauses, &prepared.pages);
    // A clause's source is a range of the file's text, front matter included
    // (and, where tags or entities were rewritten, the lines it was read from).
    for c in &mut clauses {
        let r = prepared.source_range(c.source.clone());
        c.source = r.start + prepared.front_len..r.end + prepared.front_len;
    }
    let mut header_text = header_paragraphs(header_lines, &header.lines);
    for line in datelines {
        if !header_text.contains(&line) {
            header_text.push(line);
        }
    }
    Segmented {
        meta,
        text,
        clauses,
        header: header_text,
    }
}

/// Header lines as plain text, lines of one paragraph joined (`Council of the` +
/// `European Union`), so names broken over letterhead lines are read whole.
fn header_paragraphs(lines: &[Line], indices: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in indices {
        let text = header::clean(lines[i].text);
        if text.is_empty() {
            continue;
        }
        // `To: Delegations` under `From: …` is a field of its own.
        let field = text
            .split_once(':')
            .is_some_and(|(k, _)| k.len() <= 12 && !k.contains(' '));
        // (`Council of the` / blank / `European Union`: a blank line a page
        // put inside the letterhead's name parts nothing.)
        let next_to = prev == Some(i.wrapping_sub(1))
            || (prev == Some(i.wrapping_sub(2)) && lines.get(i.wrapping_sub(1)).is_some_and(Line::is_blank));
        match out.last_mut() {
            Some(last) if next_to && !field && continues(last, &text) => {
                last.push(' ');
                last.push_str(&text);
            }
            _ => out.push(text),
        }
        prev = Some(i);
    }
    out
}

/// Whether a letterhead line carries on the one above (`Council of the` /
/// `European Union`, `COUNCIL OF` / `THE EUROPEAN UNION`): the line above
/// stops on a word that cannot end a name, or this one starts in lower case.
/// Lines that each end a name (`Council of the European Union` / `General
/// Secretariat` / `Brussels, …`) stay apart, so no name runs across them.
fn continues(above: &str, line: &str) -> bool {
    const OPEN: &[&str] = &[
        "of", "the", "and", "for", "on", "to", "de", "du", "des", "la", "le", "&",
    ];
    let last = above.rsplit(' ').next().unwrap_or("").to_lowercase();
    OPEN.contains(&last.as_str()) || above.ends_with(['-', ',']) || line.starts_with(char::is_lowercase)
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The longest paragraph dropped from the body as a site's menu bar.
const NAVIGATION_MAX: usize = 400;

/// The longest paragraph taken out of the body as a dateline (`Brussels, 11
/// March 2006, C/06/77 7283/06 (Presse 77)`).
const DATELINE_MAX: usize = 160;

/// Parses inline markup, moves labels out of headings, and drops what is not
/// a clause: datelines, site menus, trailing chrome and the repeated title.
/// Returns the datelines it removed (their text still names places and
/// dates), and the date on a line of its own in a signature block after the
/// text.
fn clean_up(drafts: &mut Vec<Draft>, meta: &mut Metadata) -> (Vec<String>, Option<(Option<String>, String)>) {
    let mut datelines = Vec::new();
    for d in drafts.iter_mut() {
        if d.row {
            d.inline = parse_inline(&row_text(d.lines[0]));
        } else if d.inline.text.is_empty() {
            d.inline = parse_inline(&join_lines(&d.lines));
        }
        if d.kind == ClauseKind::Heading
            && d.label.is_none()
            && let Some((label, style, len)) = numbered_label(&d.inline.text)
        {
            d.label = Some(label.to_string());
            d.style = Some(style);
            d.inline.drop_prefix(len);
        }
    }
    drafts.retain(|d| !d.inline.text.is_empty());
    drafts.retain(|d| {
        if d.kind != ClauseKind::Paragraph || d.row {
            return true;
        }
        // (A paragraph longer than a dateline holds more than one: it stays.)
        if d.inline.text.len() <= DATELINE_MAX
            && let Some((place, date)) = parse_dateline(&d.inline.text)
        {
            if meta.date.is_none() && date.is_some() {
                meta.date = date;
                meta.place = meta.place.take().or(place);
            }
            datelines.push(d.inline.text.clone());
            return false;
        }
        // (A menu bar is short: a paragraph of prose a bar runs into is kept.)
        !(d.inline.text.len() <= NAVIGATION_MAX && is_navigation(&d.inline.text))
    });
    // A page's footer: short lines that end no sentence, after the text.
    let mut closing = None;
    let mut end = drafts.len();
    while end > 1
        && matches!(drafts[end - 1].kind, ClauseKind::Paragraph | ClauseKind::Heading)
        && drafts[end - 1].is_chrome()
    {
        end -= 1;
    }
    // `… were represented as follows:` / `Belgium:` / `Mr Renaat VAN
    // ELSLANDE`: a list the text announces is its own, however short its lines.
    let announced = end < drafts.len() && drafts[end - 1].inline.text.trim_end().ends_with(':');
    if !announced {
        // `MINISTRY OF FOREIGN AFFAIRS` / `ABUJA, NIGERIA` / `23 March 2024`:
        // a signature block's date on a line of its own.
        closing = drafts[end..]
            .iter()
            .flat_map(|d| d.lines.iter())
            .find_map(|l| parse_dateline(l).and_then(|(p, d)| Some((p, d?))));
        // A signature block is the text's own; a page's footer is dropped,
        // its text still read for names (`Pressesekretær Lea Juel Henriksen,
        // 33 92 22 59`: a release's press contacts under the text).
        if closing.is_none() {
            datelines.extend(drafts.drain(end..).map(|d| d.inline.text));
        }
    }
    if let Some(title) = meta.title.as_deref().map(norm).filter(|t| t.len() >= 8) {
        let repeat = drafts.iter().take(3).position(|d| {
            // Lower-casing shrinks a character to a third at most (`K`, the
            // Kelvin sign, to `k`): a clause longer than that bound cannot be
            // the title repeated, and is not normalised to find out.
            if d.inline.text.len() > 3 * (title.len() + 60) {
                return false;
            }
            let t = norm(&d.inline.text);
            let rest = t.strip_prefix(&title);
            // (A title read from the lead's sentence leaves the lead in place: the paragraph is the text's.)
            matches!(d.kind, ClauseKind::Heading | ClauseKind::Paragraph)
                && rest.is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.']))
                && t.len() <= title.len() + 60
                && !whole_paragraph(&d.inline.text, false)
        });
        // (Its text still names what the title names: it is read with the header's.)
        if let Some(i) = repeat {
            let text = drafts.remove(i).inline.text;
            // `… opening address in a press conference in Haikko on 4 May
            // 2017.` under the same words: the title repeated with its day.
            if meta.date.is_none() {
                meta.date = body_date::standfirst_date(&text);
            }
            datelines.push(text);
        }
    }
    (datelines, closing)
}

/// Labels, depths and sections; clause texts concatenated into one string.
fn finish(drafts: Vec<Draft>) -> (String, Vec<Clause>) {
    let mut text = String::with_capacity(drafts.iter().map(|d| d.inline.text.len() + 1).sum());
    let mut clauses = Vec::with_capacity(drafts.len());
    let (mut paragraphs, mut bullets, mut headings) = (0, 0, 0);
    let mut section: Option<u32> = None;
    let mut top_section: Option<u32> = None;
    let mut numbered_seen = false;
    for d in drafts {
        let label = d.label.unwrap_or_else(|| match d.kind {
            ClauseKind::Bullet => {
                bullets += 1;
                format!("•{bullets}")
            }
            ClauseKind::Heading => {
                headings += 1;
                format!("§{headings}")
            }
            _ => {
                paragraphs += 1;
                format!("¶{paragraphs}")
            }
        });
        let depth = match d.style {
            Some(LabelStyle::Decimal(dots)) => dots,
            Some(LabelStyle::Letter) if numbered_seen => 1,
            Some(LabelStyle::Number) if d.kind == ClauseKind::Numbered => {
                numbered_seen = true;
                0
            }
            _ => d.depth,
        };
        let index = clauses.len() as u32;
        let own_section = if d.kind == ClauseKind::Heading {
            let parent = if depth > 0 { top_section } else { None };
            if depth == 0 {
                top_section = Some(index);
                numbered_seen = false;
            }
            section = Some(index);
            parent
        } else {
            section
        };
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len() as u32;
        text.push_str(&d.inline.text);
        clauses.push(Clause {
            label,
            kind: d.kind,
            depth,
            section: own_section,
            text: start..text.len() as u32,
            spans: d.inline.spans,
            source: d.source,
            mentions: Vec::new(),
            page: None,
            notes: d
                .inline
                .notes
                .into_iter()
                .map(|(marker, at)| Note {
                    marker,
                    at,
                    text: String::new(),
                })
                .collect(),
        });
    }
    (text, clauses)
}

/// Gives each footnote reference its text: a reference takes the first
/// definition of its marker not yet taken (notes numbered per page repeat
/// their markers, in the same order as their definitions), else the last one
/// taken (a note cited twice). A definition nobody cites joins the clause
/// before it, so no note is lost; a reference with no definition is dropped.
fn attach_notes(clauses: &mut [Clause], defs: &[NoteDef]) {
    if defs.is_empty() {
        for c in clauses.iter_mut() {
            c.notes.clear();
        }
        return;
    }
    let mut taken = vec![false; defs.len()];
    for c in clauses.iter_mut() {
        c.notes.retain_mut(|n| {
            let fresh = (0..defs.len()).find(|&k| !taken[k] && defs[k].marker == n.marker);
            let again = || (0..defs.len()).rev().find(|&k| taken[k] && defs[k].marker == n.marker);
            match fresh.or_else(again) {
                Some(k) => {
                    taken[k] = true;
                    n.text = defs[k].text.clone();
                    true
                }
                None => false,
            }
        });
    }
    for (k, def) in defs.iter().enumerate() {
        if taken[k] {
            continue;
        }
        let before = clauses
            .iter()
            .rposition(|c| c.source.start <= def.at)
            .or(clauses.len().checked_sub(1));
        if let Some(i) = before {
            let at = clauses[i].text.end - clauses[i].text.start;
            clauses[i].notes.push(Note {
                marker: def.marker.clone(),
                at,
                text: def.text.clone(),
            });
        }
    }
}

/// Each clause's page: the last page marker at or before where it starts.
fn set_pages(clauses: &mut [Clause], pages: &[(usize, u32)]) {
    if pages.is_empty() {
        return;
    }
    for c in clauses.iter_mut() {
        let k = pages.partition_point(|&(at, _)| at <= c.source.start);
        c.page = k.checked_sub(1).map(|k| pages[k].1);
    }
}

#[cfg(test)]
mod tests;
