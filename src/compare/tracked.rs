//! A Word file with tracked changes is its own comparison: the text as it read
//! before the changes (kept by the format reader, cached with the document)
//! against the text with every change accepted, the document as attache reads it.

use crate::document::{Document, content_hash};
use crate::segment::segment;

/// The version before the document's tracked changes, segmented as the
/// document was; `None` for a document without them. Named after the
/// document, its metadata kept, so both versions read as the same briefing.
pub fn prior_version(doc: &Document) -> Option<Document> {
    let prior = doc.prior.as_deref()?;
    let seg = segment(prior);
    Some(Document {
        id: format!("{} (before tracked changes)", doc.id),
        path: doc.path.clone(),
        hash: content_hash(prior.as_bytes()),
        meta: doc.meta.clone(),
        text: seg.text,
        clauses: seg.clauses,
        header: seg.header.join("\n"),
        header_mentions: Vec::new(),
        source_len: prior.len(),
        bundled: doc.bundled,
        format: doc.format,
        pages: doc.pages,
        tracked_changes: false,
        prior: None,
        part: doc.part.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Op, compare};
    use crate::entities::Extractor;
    use crate::loaded::{Origin, build_document};

    #[test]
    fn the_text_before_its_changes_compares_with_the_accepted_text() {
        let origin = Origin {
            tracked_changes: true,
            prior: Some("Title\n\n1. The Council met in 2020.\n\n2. It adopted the report.\n".into()),
            ..Origin::default()
        };
        let text = "Title\n\n1. The Council met in 2021.\n\n2. It adopted the report.\n";
        let loaded = build_document("draft.docx".into(), text, origin, &Extractor::new(None).0);
        let doc = loaded.document();
        let before = prior_version(doc).expect("a prior version");
        assert_eq!(before.id, "draft (before tracked changes)");
        let cmp = compare(&before, doc);
        let ops: Vec<Op> = cmp.changes.iter().map(|c| c.op).collect();
        assert_eq!(ops, [Op::Changed, Op::Same]);
        assert!(prior_version(&before).is_none(), "the prior has no prior");
    }
}
