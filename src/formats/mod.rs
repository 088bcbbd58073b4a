//! Every format a briefing arrives in, read into one shape. Each reader turns
//! a file's bytes into an `Extracted`: blocks of text carrying the structure the
//! format itself records (heading levels, list labels as displayed, table rows,
//! footnotes, pages) and the metadata it states (an e-mail's Subject and Date).
//! `compose` writes the blocks as the Markdown the segmenter reads, so every
//! format goes through one segmentation path and one set of metadata rules,
//! and structure taken from a format is never guessed back from flat text.

pub mod compose;
pub mod docx;
pub mod email;
pub mod html;
pub mod list_label;
pub mod odt;
pub mod package;
pub mod pdf;
pub mod rtf;
pub mod sniff;
pub mod tables;

use crate::document::Metadata;

pub use sniff::{Format, sniff};

/// What a format reader gives back.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Extracted {
    pub blocks: Vec<Block>,
    /// Footnote and endnote texts, in the order their markers appear.
    pub footnotes: Vec<Footnote>,
    /// Fields the format states outright, which win over anything read from
    /// the text (an e-mail's Subject, Date, From, To).
    pub stated: Metadata,
    /// Fields the format offers as a fallback when the text gives none (a web
    /// page's `<time>` or `og:title`, a PDF's Info title).
    pub fallback: Metadata,
    /// Number of pages, for formats that have pages.
    pub pages: Option<u32>,
    /// The file carries tracked changes: `blocks` read as with all accepted.
    pub tracked_changes: bool,
    /// With tracked changes: the text as it read before them (deletions kept,
    /// insertions left out), for comparing the two versions.
    pub prior: Option<Vec<Block>>,
    /// Attached files (e-mail), each read as a document of its own.
    pub attachments: Vec<Attachment>,
}

/// One paragraph-level unit of a document, in reading order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
    /// The page the block starts on (1-based), for formats with pages.
    pub page: Option<u32>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// A plain paragraph. Its text may still open with a printed label
    /// (`12.`, `(a)`) or a bullet glyph, which the segmenter recognises.
    #[default]
    Paragraph,
    /// A heading of level 1 (the document's title or a top section) to 6.
    Heading(u8),
    /// A list item: `label` as the format displays it (`1.`, `(a)`, `2.1`,
    /// reconstructed from numbering definitions), or `None` for a bullet;
    /// `depth` 0 for the outer list.
    Item { label: Option<String>, depth: u8 },
    /// A table row, one string per cell (cells' own paragraphs joined by a space).
    Row(Vec<String>),
}

/// A run of text with one emphasis, or a footnote marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    Text {
        text: String,
        bold: bool,
        italic: bool,
    },
    /// A reference to the footnote with this marker, as printed (`2`, `*`).
    /// A marker printed twice in one document (PDF notes numbered per page)
    /// refers to the next footnote of that marker not yet referred to.
    Note(String),
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run::Text {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }
}

impl Block {
    /// A block of one plain run.
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Block {
        Block {
            kind,
            runs: vec![Run::plain(text)],
            page: None,
        }
    }

    /// The block's text without markers or emphasis.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for r in &self.runs {
            if let Run::Text { text, .. } = r {
                out.push_str(text);
            }
        }
        out
    }
}

/// A footnote's text, keyed by its marker as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footnote {
    pub marker: String,
    pub text: String,
}

/// A file attached to an e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Why a file's format could not be read.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum FormatError {
    #[error("no text layer (a scanned PDF; run OCR first)")]
    NoTextLayer,
    #[error("encrypted {0}: attache cannot read it")]
    Encrypted(&'static str),
    #[error("legacy Word .doc: save it as .docx")]
    LegacyDoc,
    #[error("Outlook .msg: save it as .eml")]
    OutlookMsg,
    #[error("{0}")]
    Unsupported(String),
    #[error("damaged {format}: {detail}")]
    Damaged { format: &'static str, detail: String },
    #[error("{0} too large to unpack (a zip bomb?)")]
    TooLarge(&'static str),
}

/// Reads `bytes` of a format other than plain text or Markdown (those are
/// decoded and segmented directly). `name` tells a `.msg` from a `.doc`.
pub fn read(format: Format, bytes: &[u8], name: &std::path::Path) -> Result<Extracted, FormatError> {
    match format {
        Format::Pdf => pdf::read(bytes),
        Format::Docx => docx::read(bytes),
        Format::Odt => odt::read(bytes),
        Format::Html => html::read(bytes),
        Format::Email => email::read(bytes),
        Format::Rtf => rtf::read(bytes),
        Format::Ole => {
            let msg = name
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("msg"));
            Err(if msg {
                FormatError::OutlookMsg
            } else {
                FormatError::LegacyDoc
            })
        }
        Format::Zip => Err(FormatError::Unsupported(
            "a zip archive that is not a Word or OpenDocument text".into(),
        )),
        Format::Text | Format::Markdown => Err(FormatError::Unsupported("plain text is decoded, not extracted".into())),
    }
}
