//! The document model: plain data that every other module reads.
//! A `Document` owns one `String` (`text`) holding all clause texts; clauses,
//! spans and mentions refer into it by ranges, so nothing is copied per clause.

use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::formats::Format;

/// What a clause is, as the reader and the JSON output name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClauseKind {
    Numbered,
    Heading,
    Bullet,
    Paragraph,
}

impl ClauseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClauseKind::Numbered => "numbered",
            ClauseKind::Heading => "heading",
            ClauseKind::Bullet => "bullet",
            ClauseKind::Paragraph => "paragraph",
        }
    }
}

/// Inline emphasis of a run of clause text (markup already removed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Emphasis {
    pub bold: bool,
    pub italic: bool,
}

/// A run of clause text with one emphasis; ranges are bytes into the clause text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub range: Range<u32>,
    pub emphasis: Emphasis,
}

/// The kinds of entity attache extracts (JSON names in lowercase).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
    Money,
    Reference,
    Programme,
}

impl EntityKind {
    pub const ALL: [EntityKind; 7] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Date,
        EntityKind::Money,
        EntityKind::Reference,
        EntityKind::Programme,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
            EntityKind::Money => "money",
            EntityKind::Reference => "reference",
            EntityKind::Programme => "programme",
        }
    }

    pub fn parse(name: &str) -> Option<EntityKind> {
        let name = name.trim().to_ascii_lowercase();
        let name = match name.as_str() {
            "organisation" | "org" => "organization",
            "program" | "law" => "programme",
            "people" => "person",
            other => other,
        }
        .to_string();
        EntityKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Plural heading used in panels and listings.
    pub fn plural(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organization => "Organisations",
            EntityKind::Place => "Places",
            EntityKind::Date => "Dates",
            EntityKind::Money => "Money",
            EntityKind::Reference => "References",
            EntityKind::Programme => "Programmes & laws",
        }
    }
}

/// Index of an entity in the library's entity table.
pub type EntityId = u32;

/// A canonical entity across the library: aliases merged (`EU` = `European Union`).
#[derive(Clone, Debug)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// Other surface forms seen for it, in first-seen order.
    pub aliases: Vec<String>,
    /// Every occurrence, in reading order (document load order, then clause order).
    pub mentions: Vec<Location>,
}

/// Where an entity is mentioned: a clause (byte range into its text) or the
/// document's header block (`clause: None`, range into `Document::header`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub doc: u32,
    pub clause: Option<u32>,
    pub range: Range<u32>,
}

/// One occurrence of an entity inside a clause's text (byte range into that text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub range: Range<u32>,
    pub entity: EntityId,
}

/// The unit of reading: a numbered paragraph, heading, bullet or plain paragraph.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Clause {
    /// As printed (`3)`, `2.`, `(b)`), or generated (`¶4`, `•2`, `§1`).
    pub label: String,
    pub kind: ClauseKind,
    /// Nesting depth: 0 for top-level clauses, 1 for `(a)` under `1.`, and so on.
    pub depth: u8,
    /// Index of the heading clause this clause sits under.
    pub section: Option<u32>,
    /// Byte range of the clause text in `Document::text`.
    pub text: Range<u32>,
    /// Emphasis runs; text outside every span is plain.
    pub spans: Vec<Span>,
    /// Byte range of the clause in the normalised source text.
    pub source: Range<usize>,
    pub mentions: Vec<Mention>,
    /// The page the clause starts on (1-based), where the source has pages.
    pub page: Option<u32>,
    /// Footnotes referred to from the clause, in the order of their markers.
    pub notes: Vec<Note>,
}

/// A footnote (or endnote) attached to the clause that refers to it: shown
/// with the clause, never a clause of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The marker as printed (`2`, `*`).
    pub marker: String,
    /// Byte offset in the clause text where the marker stood (after the word it follows).
    pub at: u32,
    pub text: String,
}

/// Metadata read from a document's header block or first lines.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    pub number: Option<String>,
    pub marking: Option<String>,
    pub codes: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub place: Option<String>,
}

/// A loaded briefing.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// File stem, made unique within the library.
    pub id: String,
    pub path: PathBuf,
    /// FNV-1a hash of the normalised source, stable across runs and moves.
    pub hash: u64,
    pub meta: Metadata,
    /// Every clause text, one after another, separated by `\n`.
    pub text: String,
    pub clauses: Vec<Clause>,
    /// The header block as plain text, one line per line (letterhead, title lines).
    pub header: String,
    /// Mentions found in `header` (document number, codes, marking…); ranges into `header`.
    pub header_mentions: Vec<Mention>,
    /// Length of the source file in bytes, after decoding.
    pub source_len: usize,
    /// One of the sample briefings embedded in the binary (its `path` is a name, not a file).
    pub bundled: bool,
    /// The format the file was read as.
    pub format: Format,
    /// Number of pages, where the format has pages.
    pub pages: Option<u32>,
    /// The file carries tracked changes; the text reads as with all accepted.
    pub tracked_changes: bool,
    /// With tracked changes: the text as it read before them (as composed for
    /// segmentation), so the file opens as its own comparison.
    pub prior: Option<String>,
    /// For a file attached to an e-mail: the attachment's name (`path` is the e-mail's).
    pub part: Option<String>,
}

impl Document {
    /// The surface text of a mention at `location` (a clause's or the header's).
    pub fn mention_text(&self, clause: Option<u32>, range: &Range<u32>) -> &str {
        let text = match clause {
            Some(c) => self.clause_text(c as usize),
            None => &self.header,
        };
        text.get(range.start as usize..range.end as usize).unwrap_or_default()
    }

    pub fn clause_text(&self, index: usize) -> &str {
        let r = &self.clauses[index].text;
        &self.text[r.start as usize..r.end as usize]
    }

    /// The title to show: the extracted title, else the file id.
    pub fn display_title(&self) -> &str {
        self.meta.title.as_deref().unwrap_or(&self.id)
    }

    /// Heading text of the clause's section, if it has one.
    pub fn section_title(&self, index: usize) -> Option<&str> {
        self.clauses[index].section.map(|s| self.clause_text(s as usize))
    }

    /// Finds a clause by its label as `show` prints it (first match wins).
    pub fn find_label(&self, label: &str) -> Option<usize> {
        let want = label.trim();
        self.clauses.iter().position(|c| c.label == want)
    }
}

/// FNV-1a over bytes: cheap, dependency-free and stable across platforms and releases.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
