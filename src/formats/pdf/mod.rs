//! PDF: the text layer read with pdf_oxide (positioned spans with their
//! fonts), and the layout recovered here from positions: reading order and
//! columns (`order`), page furniture (`furniture`), footnotes (`notes`), the
//! Council letterhead (`letterhead`), paragraphs and headings (`blocks`).
//! pdf_oxide's own Markdown and header removal are not used: briefings need
//! the genre's rules (Council footers, hanging labels, per-page notes).
//! Every call into pdf_oxide is guarded: a panic in it is a damaged file, and
//! the page count and the time spent are capped.

mod blocks;
mod furniture;
mod glyphs;
mod guard;
mod info;
mod letterhead;
mod lines;
mod model;
mod notes;
mod order;
mod words;

#[cfg(test)]
mod bad_tests;
#[cfg(test)]
mod real_tests;
#[cfg(test)]
mod structure_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) mod writer;

use crate::formats::{Extracted, Footnote, FormatError};
use model::Page;
use order::Flow;
use pdf_oxide::PdfDocument;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};
use words::Vocabulary;

/// Bounds on what one file may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Documents with more pages are refused.
    pub max_pages: usize,
    /// Reading stops with an error once this much time has gone (checked between pages).
    pub budget: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_pages: 5_000,
            budget: Duration::from_secs(60),
        }
    }
}

pub fn read(bytes: &[u8]) -> Result<Extracted, FormatError> {
    read_with(bytes, Limits::default())
}

fn damaged(detail: impl Into<String>) -> FormatError {
    FormatError::Damaged {
        format: "PDF",
        detail: detail.into(),
    }
}

/// Runs a pdf_oxide call; a panic inside it becomes a damaged-file error.
fn guarded<T>(what: &str, f: impl FnOnce() -> pdf_oxide::Result<T>) -> Result<T, FormatError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(pdf_oxide::Error::EncryptedPdf)) => Err(FormatError::Encrypted("PDF")),
        Ok(Err(e)) => Err(damaged(format!("{what}: {}", first_line(&e.to_string())))),
        Err(_) => Err(damaged(format!("{what}: the PDF parser failed on this file"))),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(160).collect()
}

/// Stack for the thread that reads: pdf_oxide recurses through what a file
/// nests, and the guard's limits are set so that this is always enough.
const STACK: usize = 64 << 20;

/// Reads a PDF within `limits`, on a thread of its own with a large stack.
pub fn read_with(bytes: &[u8], limits: Limits) -> Result<Extracted, FormatError> {
    if guard::syntax_depth(bytes, guard::MAX_SYNTAX_DEPTH) > guard::MAX_SYNTAX_DEPTH {
        return Err(damaged(format!(
            "objects nested more than {} levels deep",
            guard::MAX_SYNTAX_DEPTH
        )));
    }
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("pdf".into())
            .stack_size(STACK)
            .spawn_scoped(s, || read_here(bytes, limits))
            .map_err(|e| damaged(format!("cannot start a reader: {e}")))?
            .join()
            .unwrap_or_else(|_| Err(damaged("the PDF parser failed on this file")))
    })
}

fn read_here(bytes: &[u8], limits: Limits) -> Result<Extracted, FormatError> {
    let started = Instant::now();
    let doc = guarded("cannot open", || PdfDocument::from_bytes(bytes.to_vec()))?;
    let depth = catch_unwind(AssertUnwindSafe(|| guard::tree_depth(&doc, guard::MAX_TREE_DEPTH)))
        .ok()
        .flatten();
    if depth.is_some_and(|d| d > guard::MAX_TREE_DEPTH) {
        return Err(damaged(format!(
            "page tree nested more than {} levels deep",
            guard::MAX_TREE_DEPTH
        )));
    }
    if doc.is_encrypted() {
        // Files protected only against printing or copying open with the
        // empty user password; anything else needs a password we do not have.
        let ok = guarded("encryption", || doc.authenticate(b"")).unwrap_or(false);
        if !ok {
            return Err(FormatError::Encrypted("PDF"));
        }
    }
    let count = guarded("cannot count pages", || doc.page_count())?;
    if count == 0 {
        return Err(damaged("no pages"));
    }
    if count > limits.max_pages {
        return Err(FormatError::Unsupported(format!(
            "PDF of {count} pages: attache reads at most {} pages",
            limits.max_pages
        )));
    }
    let mut pages = Vec::with_capacity(count);
    let mut failed = 0usize;
    let mut first_error = None;
    for i in 0..count {
        if started.elapsed() > limits.budget {
            return Err(FormatError::Unsupported(format!(
                "PDF too slow to read: {i} of {count} pages in {} s",
                limits.budget.as_secs()
            )));
        }
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        match guarded("page", || doc.extract_spans(i)) {
            Ok(spans) => {
                let media = guarded("page size", || doc.get_page_media_box(i))
                    .ok()
                    .filter(|(_, lo, _, hi)| lo.is_finite() && hi.is_finite() && hi > lo)
                    .map(|(_, lo, _, hi)| (lo, hi));
                let rebuild = glyphs::disordered(&spans).and_then(|bad| {
                    Some(glyphs::Rebuild::new(
                        bad,
                        guarded("page", || doc.extract_chars(i)).ok()?,
                    ))
                });
                pages.push(lines::page_from_spans(&spans, rebuild, number, media));
            }
            Err(FormatError::Encrypted(f)) => return Err(FormatError::Encrypted(f)),
            Err(e) => {
                failed += 1;
                first_error.get_or_insert(e);
                pages.push(Page::default());
            }
        }
    }
    if failed == count {
        return Err(first_error.unwrap_or_else(|| damaged("no page could be read")));
    }
    if pages.iter().all(|p| p.lines.is_empty()) {
        return Err(FormatError::NoTextLayer);
    }
    let mut x = assemble(pages);
    x.pages = Some(u32::try_from(count).unwrap_or(u32::MAX));
    x.fallback.title = info::title(&doc);
    Ok(x)
}

/// The size most characters of the document are set in.
fn body_size(pages: &[Page]) -> f32 {
    let mut counts: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
    for l in pages.iter().flat_map(|p| p.lines.iter()) {
        for p in &l.pieces {
            *counts.entry((p.size * 2.0).round() as i32).or_default() += p.text.len();
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(s, n)| (n, -s))
        .map_or(10.0, |(s, _)| s as f32 / 2.0)
}

/// Pages of lines to blocks and footnotes.
fn assemble(mut pages: Vec<Page>) -> Extracted {
    let body = body_size(&pages);
    furniture::remove(&mut pages);
    let mut vocab = Vocabulary::default();
    if pages
        .iter()
        .flat_map(|p| p.lines.iter())
        .any(|l| l.plain().ends_with(['-', '\u{AD}', '\u{2010}']))
    {
        let mut after_hyphen = false;
        for l in pages.iter().flat_map(|p| p.lines.iter()) {
            let text = l.plain();
            vocab.add_line(&text, after_hyphen);
            after_hyphen = text.ends_with(['-', '\u{AD}', '\u{2010}']);
        }
    }
    let mut flows: Vec<Vec<Flow>> = Vec::with_capacity(pages.len());
    let mut footnotes: Vec<Footnote> = Vec::new();
    for page in &mut pages {
        let notes = notes::split(page, body);
        for n in notes {
            let text = blocks::runs_of(&n.lines, &vocab)
                .into_iter()
                .map(|r| match r {
                    crate::formats::Run::Text { text, .. } => text,
                    crate::formats::Run::Note(m) => m,
                })
                .collect::<String>();
            let text = model::collapse(&text);
            match (n.marker, footnotes.last_mut()) {
                (None, Some(last)) => {
                    last.text.push(' ');
                    last.text.push_str(&text);
                }
                (marker, _) => footnotes.push(Footnote {
                    marker: marker.unwrap_or_default(),
                    text,
                }),
            }
        }
        flows.push(order::order(std::mem::take(&mut page.lines), body));
    }
    let pitch = blocks::Pitch::learn(&flows);
    let mut head = Vec::new();
    if let Some(first) = flows.first_mut() {
        head = letterhead::take(first, &vocab);
    }
    let cx = blocks::Context {
        pitch: &pitch,
        vocab: &vocab,
        body_size: body,
    };
    let mut blocks = head;
    blocks.extend(blocks::build(flows, &cx));
    footnotes.retain(|n| !n.text.is_empty());
    Extracted {
        blocks,
        footnotes,
        ..Extracted::default()
    }
}
