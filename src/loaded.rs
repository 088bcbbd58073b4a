//! One document as built from its text, before it joins a library: clauses,
//! metadata (the text's, then what its format states), and the entities it
//! mentions numbered per document (`Library::add` renumbers them library-wide).
//! Also what the index cache stores, so it can check what it reads back.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::decode::{self, normalise};
use crate::document::{Document, EntityKind, Mention, Metadata, content_hash};
use crate::entities::{Extractor, Found};
use crate::formats::Format;
use crate::reuse::Prints;
use crate::segment::segment;
use crate::shown::Shown;

/// A document with its entities found but not yet numbered library-wide:
/// each `Mention::entity` indexes `names` (the document's distinct canonical
/// entities) until `Library::add` renumbers it, so merging resolves each name
/// once per document rather than once per mention.
#[derive(Debug, Serialize, Deserialize)]
pub struct LoadedDocument {
    pub(crate) doc: Document,
    pub(crate) names: Vec<(EntityKind, String)>,
    /// Its clauses' fingerprints for agreed language (`reuse`), made with it
    /// and cached with it; gathered into the library's index while loading.
    pub(crate) prints: Prints,
}

impl LoadedDocument {
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document's distinct entities, which its mentions number until merged.
    pub fn names(&self) -> &[(EntityKind, String)] {
        &self.names
    }

    /// Whether every range and index lies inside what it refers to and no
    /// text holds a control character: a document read back from the index
    /// cache is used only if this holds, so a damaged cache cannot panic the
    /// reader or reach the terminal.
    pub(crate) fn is_consistent(&self) -> bool {
        let d = &self.doc;
        let slice =
            |text: &str, r: &Range<u32>| r.start <= r.end && text.get(r.start as usize..r.end as usize).is_some();
        let mention = |text: &str, m: &Mention| {
            m.range.start < m.range.end && slice(text, &m.range) && (m.entity as usize) < self.names.len()
        };
        let meta = &d.meta;
        let strings = [
            &meta.title,
            &meta.date,
            &meta.number,
            &meta.marking,
            &meta.from,
            &meta.to,
            &meta.place,
        ];
        self.prints.is_consistent(d.clauses.len())
            && decode::is_clean(&d.text)
            && decode::is_clean(&d.header)
            && Shown::line(&d.id).as_str() == d.id
            && strings.iter().all(|s| s.as_deref().is_none_or(decode::is_clean))
            && d.prior.as_deref().is_none_or(decode::is_clean)
            && meta.codes.iter().all(|c| decode::is_clean(c))
            && self.names.iter().all(|(_, n)| decode::is_clean(n))
            && d.header_mentions.iter().all(|m| mention(&d.header, m))
            && d.clauses.iter().all(|c| {
                let Some(text) = d.text.get(c.text.start as usize..c.text.end as usize) else {
                    return false;
                };
                c.text.start <= c.text.end
                    && decode::is_clean(&c.label)
                    && c.section.is_none_or(|s| (s as usize) < d.clauses.len())
                    && c.source.start <= c.source.end
                    && c.source.end <= d.source_len
                    && c.spans.iter().all(|s| slice(text, &s.range))
                    && c.mentions.iter().all(|m| mention(text, m))
            })
    }
}

/// What a file's reader knows beyond its text: the format, what the format
/// states or offers as metadata, pages, tracked changes, the e-mail part.
#[derive(Debug, Default)]
pub struct Origin {
    pub format: Format,
    pub stated: Metadata,
    pub fallback: Metadata,
    pub pages: Option<u32>,
    pub tracked_changes: bool,
    /// The text before its tracked changes, composed as `text` is.
    pub prior: Option<String>,
    pub part: Option<String>,
}

/// Segments `text` and finds its entities: one document, ready to merge.
pub fn build_document(path: PathBuf, text: &str, origin: Origin, extractor: &Extractor) -> LoadedDocument {
    let seg = segment(text);
    let id = document_id(&path, origin.part.as_deref());
    let mut meta = seg.meta;
    apply_metadata(&mut meta, origin.stated, origin.fallback);
    let mut doc = Document {
        id,
        hash: content_hash(text.as_bytes()),
        meta,
        text: seg.text,
        clauses: seg.clauses,
        header: seg.header.join("\n"),
        header_mentions: Vec::new(),
        source_len: text.len(),
        bundled: false,
        path,
        format: origin.format,
        pages: origin.pages,
        tracked_changes: origin.tracked_changes,
        prior: origin.prior.map(|p| normalise(&p)),
        part: origin.part,
    };
    let mut texts = Vec::with_capacity(doc.clauses.len() + 1);
    texts.push(doc.header.as_str());
    texts.extend((0..doc.clauses.len()).map(|i| doc.clause_text(i)));
    let mut found = extractor.extract_document(&texts);
    // `Tunis Declaration`, `Istanbul Summit Declaration` in the title of the
    // declaration itself: the text, not a programme it mentions.
    if let Some(title) = doc.meta.title.as_deref().map(str::to_lowercase) {
        for f in &mut found {
            f.retain(|f| !names_the_text_itself(&title, f));
        }
    }
    let mut found = found.into_iter();
    let mut header = found.next().unwrap_or_default();
    add_metadata_references(&doc, &mut header);
    let mut names = Names::default();
    let header_mentions = names.mentions(header);
    let clause_mentions: Vec<Vec<Mention>> = found.map(|f| names.mentions(f)).collect();
    doc.header_mentions = header_mentions;
    for (clause, mentions) in doc.clauses.iter_mut().zip(clause_mentions) {
        clause.mentions = mentions;
    }
    let prints = Prints::of(&doc);
    LoadedDocument {
        doc,
        names: names.list,
        prints,
    }
}

/// Whether `f` is a programme named as the text's own kind (a declaration,
/// communiqué or statement) that the title (lower case) holds: the text
/// itself, which annotators of briefings do not list among what it names.
fn names_the_text_itself(title: &str, f: &Found) -> bool {
    if f.kind != EntityKind::Programme {
        return false;
    }
    // (Asked of every programme: its words are read before any copy is made.)
    let kind_word = |w: &str| {
        ["declaration", "communiqu", "statement"]
            .iter()
            .any(|k| w.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k)))
    };
    f.canonical.split_whitespace().any(kind_word) && title.contains(&f.canonical.to_lowercase())
}

/// A format's stated fields win over the text's (an e-mail's Subject is its
/// title, whatever its first line says); its fallback fields fill only what
/// the text left empty. Every field is cleaned as document text is.
fn apply_metadata(meta: &mut Metadata, stated: Metadata, fallback: Metadata) {
    let clean = |s: Option<String>| {
        s.map(|s| normalise(&s).split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty())
    };
    let date = |s: Option<String>| s.filter(|d| crate::dates::is_iso_date(d));
    let pairs = [
        (&mut meta.title, clean(stated.title), clean(fallback.title)),
        (&mut meta.date, date(stated.date), date(fallback.date)),
        (&mut meta.number, clean(stated.number), clean(fallback.number)),
        (&mut meta.from, clean(stated.from), clean(fallback.from)),
        (&mut meta.to, clean(stated.to), clean(fallback.to)),
        (&mut meta.place, clean(stated.place), clean(fallback.place)),
    ];
    for (field, stated, fallback) in pairs {
        if stated.is_some() {
            *field = stated;
        } else if field.is_none() {
            *field = fallback;
        }
    }
}

/// A document's id before it is made unique: the file stem, as `Shown` (a
/// file name's escape sequences, tabs and line feeds become visible marks), so
/// an id can be printed, typed back and used as a column anywhere; for an
/// e-mail's attachment, `mail-stem › attachment name`.
pub fn document_id(path: &Path, part: Option<&str>) -> String {
    let stem = path
        .file_stem()
        .map(|s| Shown::line(&s.to_string_lossy()).into_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "document".to_string());
    match part {
        Some(part) => format!("{stem} › {}", Shown::line(part).as_str()),
        None => stem,
    }
}

/// A document's distinct (kind, canonical name) pairs, numbered in order of first mention.
#[derive(Default)]
struct Names {
    list: Vec<(EntityKind, String)>,
    /// Hash of (kind, name) → index into `list`, checked against the list: a
    /// name is looked up borrowed and copied once, into the list. Two names
    /// with one hash (not seen in practice) cost the second a scan of the list.
    index: HashMap<u64, u32, BuildHasherDefault<Fnv>>,
}

impl Names {
    fn mentions(&mut self, found: Vec<Found>) -> Vec<Mention> {
        found
            .into_iter()
            .map(|f| {
                let mut h = Fnv::default();
                h.write_u8(f.kind as u8);
                h.write(f.canonical.as_bytes());
                let key = h.finish();
                let is = |(kind, name): &(EntityKind, String)| *kind == f.kind && *name == f.canonical;
                let entity = match self.index.get(&key) {
                    Some(&i) if is(&self.list[i as usize]) => i,
                    found => match found.and_then(|_| self.list.iter().position(is)) {
                        Some(i) => i as u32,
                        None => {
                            let next = self.list.len() as u32;
                            self.index.entry(key).or_insert(next);
                            self.list.push((f.kind, f.canonical.into_owned()));
                            next
                        }
                    },
                };
                Mention { range: f.range, entity }
            })
            .collect()
    }
}

/// FNV-1a: entity names are short, and SipHash's protection against chosen
/// keys is not needed for a table that lives for one document.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The header's number, codes and marking are references even where no
/// pattern recognises them (`TELECOM 136`).
fn add_metadata_references<'a>(doc: &'a Document, header: &mut Vec<Found<'a>>) {
    let header_text = &doc.header;
    let m = &doc.meta;
    let refs = m.number.iter().chain(m.codes.iter()).chain(m.marking.iter());
    for r in refs {
        let r = release_serial(r);
        let Some(found) = header_text.find(r) else {
            continue;
        };
        // `Reproduced from the Bulletin of the European Communities, No.
        // 6/1982`: an issue cited after its publication's name keeps its
        // `No.`, its year in full (a release's own `No. 7/97`, or one opening
        // its line, does not).
        let before = &header_text[..found];
        let issue = r
            .rsplit_once('/')
            .is_some_and(|(_, y)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        let start = match before.strip_suffix("No. ").or_else(|| before.strip_suffix("No ")) {
            Some(head)
                if issue && !head.trim_end_matches(' ').is_empty() && !head.trim_end_matches(' ').ends_with('\n') =>
            {
                head.len()
            }
            _ => found,
        };
        let r = &header_text[start..found + r.len()];
        let range = start as u32..(start + r.len()) as u32;
        // A reference found whole around the number says more (`11651/99 (Presse 296)`).
        if header.iter().any(|f| {
            f.kind == EntityKind::Reference
                && f.range.start <= range.start
                && range.end <= f.range.end
                && f.range != range
        }) {
            continue;
        }
        // The letterhead's own fields outrank any lexicon reading (`ASIE 12` is a code, not Asia).
        header.retain(|f| !(f.range.start < range.end && range.start < f.range.end));
        header.push(Found {
            range,
            kind: EntityKind::Reference,
            canonical: Cow::Borrowed(r),
        });
    }
    header.sort_by_key(|f| f.range.start);
}

/// `Pressmeddelande 41/2022`, `Press release 405/2019`: a release's number is
/// named with its kind, but the reference cited is the serial (`41/2022`).
fn release_serial(number: &str) -> &str {
    let Some((kind, serial)) = number.rsplit_once(' ') else {
        return number;
    };
    let lower = kind.to_lowercase();
    let release = [
        "press",
        "tiedote",
        "news ",
        "eu news",
        "media release",
        "comunicado",
        "communiqué",
    ]
    .iter()
    .any(|k| lower.starts_with(k));
    let kind_words = kind.split_whitespace().count() <= 2 && !kind.bytes().any(|b| b.is_ascii_digit());
    if release && kind_words && serial.starts_with(|c: char| c.is_ascii_digit()) && serial.contains('/') {
        serial
    } else {
        number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_named_in_its_own_title_is_the_text_not_a_programme() {
        let text = "Tunis Declaration\n\nTunis, 31 March 2019\n\nWe, the leaders of the Arab States, meeting in Tunis, recall the Arab Peace Initiative and adopt this Tunis Declaration.\n";
        let extractor = Extractor::new(None).0;
        let loaded = build_document(PathBuf::from("tunis.txt"), text, Origin::default(), &extractor);
        let programmes: Vec<&str> = loaded
            .names
            .iter()
            .filter(|(kind, _)| *kind == EntityKind::Programme)
            .map(|(_, name)| name.as_str())
            .collect();
        assert!(!programmes.contains(&"Tunis Declaration"), "{programmes:?}");
        assert!(programmes.contains(&"Arab Peace Initiative"), "{programmes:?}");
    }

    #[test]
    fn an_issue_cited_after_its_publication_keeps_its_no() {
        let text = "THE EUROPEAN COUNCIL\n\nLISBON 26-27 JUNE 1992\n\nDocuments in the dossier include:\n\nLisbon European Council Reproduced from the Bulletin of the European Communities, No. 6/1992\n\nThe European Council met in Lisbon on 26 and 27 June 1992 and discussed the Community's enlargement and its finances at length.\n";
        let extractor = Extractor::new(None).0;
        let loaded = build_document(PathBuf::from("lisbon.txt"), text, Origin::default(), &extractor);
        assert_eq!(loaded.document().meta.number.as_deref(), Some("6/1992"));
        let references: Vec<&str> = loaded
            .names
            .iter()
            .filter(|(kind, _)| *kind == EntityKind::Reference)
            .map(|(_, name)| name.as_str())
            .collect();
        assert!(references.contains(&"No. 6/1992"), "{references:?}");
    }

    #[test]
    fn a_releases_number_is_cited_by_its_serial() {
        assert_eq!(release_serial("Pressmeddelande 41/2022"), "41/2022");
        assert_eq!(release_serial("Press release 405/2019"), "405/2019");
        assert_eq!(release_serial("EU News 477/2013"), "477/2013");
        assert_eq!(release_serial("CM 1967/20"), "CM 1967/20");
        assert_eq!(release_serial("6786/1/22 REV 1"), "6786/1/22 REV 1");
        assert_eq!(release_serial("PRESSE 472"), "PRESSE 472");
    }
}
