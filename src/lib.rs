//! attache: a terminal reader for diplomatic and policy briefings.
//!
//! Data flow: `load` finds files and reads bytes → `decode` makes clean text →
//! `segment` splits it into header metadata and `Clause`s → `entities` finds
//! people, places, references… in each clause → `library` gathers documents and
//! builds the cross-document indexes. The `tui` module draws it; nothing outside
//! `tui` knows about the terminal.

pub mod background;
pub mod bookmarks;
pub mod bounded;
pub mod cache;
pub mod citation;
pub mod compare;
pub mod config;
pub mod dates;
pub mod decode;
pub mod doc_index;
pub mod document;
pub mod durable;
pub mod entities;
pub mod eval;
pub mod formats;
pub mod ingest;
pub mod jump;
pub mod labels;
pub mod library;
pub mod load;
pub mod loaded;
pub mod pipeline;
pub mod positions;
pub mod quiet_panics;
pub mod refs;
pub mod reuse;
pub mod sample;
pub mod seeds;
pub mod segment;
pub mod shown;
pub mod tui;
