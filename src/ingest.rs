//! One file's bytes to the documents it holds (the unit of parallel work):
//! its format sniffed, plain text decoded, other formats read by their reader
//! and composed into Markdown, then each segmented and its entities found.
//! An e-mail gives one document for its body and one per readable attachment.
//! A reader that panics or fails costs only its file, which is reported.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use crate::decode::decode;
use crate::entities::Extractor;
use crate::formats::compose::{compose, compose_blocks};
use crate::formats::{self, Extracted, Format, FormatError, sniff};
use crate::load::{SkipReason, Skipped, read_bytes};
use crate::loaded::{LoadedDocument, Origin, build_document};
use crate::seeds::SEEDS;

/// What one file gives: its documents, or why each part was not read.
pub type FileResult = Vec<Result<LoadedDocument, Skipped>>;

/// How deep e-mails attached to e-mails are followed.
const MAX_ATTACHMENT_DEPTH: usize = 3;

/// Reads one file and builds its documents.
pub fn load_file(path: PathBuf, extractor: &Extractor) -> FileResult {
    match read_bytes(&path) {
        Ok(bytes) => build_file(path, &bytes, extractor),
        Err(reason) => vec![Err(Skipped { path, reason })],
    }
}

/// The documents in `bytes`, read from `path`.
pub fn build_file(path: PathBuf, bytes: &[u8], extractor: &Extractor) -> FileResult {
    let mut out = Vec::new();
    build_part(&path, None, bytes, extractor, 0, &mut out);
    out
}

fn build_part(
    path: &Path,
    part: Option<String>,
    bytes: &[u8],
    extractor: &Extractor,
    depth: usize,
    out: &mut FileResult,
) {
    let name = part.as_deref().map_or(path.to_path_buf(), PathBuf::from);
    let skipped = |reason: SkipReason| Skipped {
        path: match &part {
            Some(p) => PathBuf::from(format!("{} › {p}", path.display())),
            None => path.to_path_buf(),
        },
        reason,
    };
    let format = sniff(bytes, &name);
    if matches!(format, Format::Text | Format::Markdown) {
        match decode(bytes) {
            Ok((text, _)) => {
                let origin = Origin {
                    format,
                    part,
                    ..Origin::default()
                };
                out.push(Ok(build_document(path.to_path_buf(), &text, origin, extractor)));
            }
            Err(e) => out.push(Err(skipped(SkipReason::from(e)))),
        }
        return;
    }
    let extracted = match read_format(format, bytes, &name) {
        Ok(x) => x,
        Err(e) => {
            out.push(Err(skipped(SkipReason::Format(e))));
            return;
        }
    };
    let text = compose(&extracted);
    let Extracted {
        stated,
        fallback,
        pages,
        tracked_changes,
        prior,
        attachments,
        ..
    } = extracted;
    if text.trim().is_empty() && stated.title.is_none() {
        out.push(Err(skipped(SkipReason::Format(FormatError::Unsupported(
            "no text in it".into(),
        )))));
    } else {
        let origin = Origin {
            format,
            stated,
            fallback,
            pages,
            tracked_changes,
            prior: prior.as_deref().map(compose_blocks),
            part: part.clone(),
        };
        out.push(Ok(build_document(path.to_path_buf(), &text, origin, extractor)));
    }
    if depth >= MAX_ATTACHMENT_DEPTH {
        return;
    }
    for a in attachments {
        let name = match &part {
            Some(p) => format!("{p} › {}", a.name),
            None => a.name,
        };
        build_part(path, Some(name), &a.bytes, extractor, depth + 1, out);
    }
}

/// A format reader, with a panic inside it (a third-party parser meeting a
/// file it did not expect) turned into a refusal of that file alone. The
/// panic hook stays quiet for it (`quiet_panics`), so the reader's screen is
/// not written over.
fn read_format(format: Format, bytes: &[u8], name: &Path) -> Result<Extracted, FormatError> {
    let _quiet = crate::quiet_panics::Guard::new();
    match catch_unwind(AssertUnwindSafe(|| formats::read(format, bytes, name))) {
        Ok(result) => result,
        Err(_) => Err(FormatError::Damaged {
            format: format.as_str(),
            detail: "its reader could not make sense of it".into(),
        }),
    }
}

/// The bundled seeds as loaded documents.
pub fn load_seeds(extractor: &Extractor) -> FileResult {
    let mut out = Vec::new();
    for (name, bytes) in SEEDS {
        let path = Path::new("seeds").join(name);
        for mut r in build_file(path, bytes, extractor) {
            if let Ok(loaded) = &mut r {
                loaded.doc.bundled = true;
            }
            out.push(r);
        }
    }
    out
}
