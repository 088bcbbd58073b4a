//! The zip package a Word or OpenDocument text comes in, opened within
//! bounds: a cap on the entries it may list and on the bytes each part and
//! all parts together may unpack to (read through `take`, so a part that
//! lies about its size cannot inflate past the cap), and every part parsed
//! into a bounded XML tree (`xml`). What is over a cap is `TooLarge`; what
//! cannot be unpacked or parsed is `Damaged`. Only the parts a reader asks
//! for are ever unpacked: pictures and embedded files are never inflated.

pub mod xml;

use crate::formats::FormatError;
use std::io::{Cursor, Read};
use xml::Element;

/// Most entries a package may list (real documents list a few dozen).
pub const MAX_ENTRIES: usize = 10_000;
/// Most bytes one part may unpack to.
pub const MAX_PART_BYTES: u64 = 64 << 20;
/// Most bytes all the parts read from one package may unpack to.
pub const MAX_TOTAL_BYTES: u64 = 64 << 20;

/// An opened package and what has been unpacked from it so far.
pub struct Package<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    format: &'static str,
    unpacked: u64,
}

impl<'a> Package<'a> {
    /// Opens the zip in `bytes`; `format` names the file kind in errors ("Word document").
    pub fn open(bytes: &'a [u8], format: &'static str) -> Result<Package<'a>, FormatError> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| FormatError::Damaged {
            format,
            detail: format!("not a whole zip package ({})", short(&e.to_string())),
        })?;
        if archive.len() > MAX_ENTRIES {
            return Err(FormatError::TooLarge(format));
        }
        Ok(Package {
            archive,
            format,
            unpacked: 0,
        })
    }

    pub fn damaged(&self, detail: impl Into<String>) -> FormatError {
        FormatError::Damaged {
            format: self.format,
            detail: detail.into(),
        }
    }

    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// The bytes of part `name`, or `None` when the package has no such part.
    pub fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, FormatError> {
        let format = self.format;
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let left = MAX_TOTAL_BYTES.saturating_sub(self.unpacked);
        let cap = MAX_PART_BYTES.min(left);
        let entry = match self.archive.by_index(index) {
            Ok(e) => e,
            Err(zip::result::ZipError::UnsupportedArchive(m)) if m.to_lowercase().contains("password") => {
                return Err(FormatError::Encrypted(format));
            }
            Err(e) => {
                return Err(FormatError::Damaged {
                    format,
                    detail: format!("part {name}: {}", short(&e.to_string())),
                });
            }
        };
        if entry.encrypted() {
            return Err(FormatError::Encrypted(format));
        }
        if entry.size() > cap {
            return Err(FormatError::TooLarge(format));
        }
        let mut out = Vec::with_capacity(usize::try_from(entry.size().min(1 << 20)).unwrap_or(0));
        let read = entry.take(cap + 1).read_to_end(&mut out);
        if let Err(e) = read {
            return Err(FormatError::Damaged {
                format,
                detail: format!("part {name}: {}", short(&e.to_string())),
            });
        }
        if out.len() as u64 > cap {
            return Err(FormatError::TooLarge(format));
        }
        self.unpacked += out.len() as u64;
        Ok(Some(out))
    }

    /// Part `name` parsed as XML, or `None` when the package has no such part.
    pub fn xml(&mut self, name: &str) -> Result<Option<Element>, FormatError> {
        let format = self.format;
        match self.bytes(name)? {
            None => Ok(None),
            Some(b) => xml::parse(&b).map(Some).map_err(|e| e.into_format_error(format, name)),
        }
    }
}

/// The first line of a library's error message, kept short.
fn short(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(120).collect()
}

/// Builds a zip in memory from (name, content) pairs, for tests.
#[cfg(test)]
pub fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        // ODF stores its `mimetype` first and uncompressed.
        let opts = if *name == "mimetype" {
            opts.compression_method(zip::CompressionMethod::Stored)
        } else {
            opts
        };
        w.start_file(*name, opts).unwrap();
        w.write_all(body.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_part_and_says_when_it_is_missing() {
        let z = zip_of(&[("a.xml", "<a>hi</a>")]);
        let mut p = Package::open(&z, "test").unwrap();
        assert_eq!(p.bytes("a.xml").unwrap().unwrap(), b"<a>hi</a>");
        assert!(p.bytes("b.xml").unwrap().is_none());
        assert_eq!(p.xml("a.xml").unwrap().unwrap().text(), "hi");
    }

    #[test]
    fn a_part_that_inflates_past_the_cap_is_too_large() {
        // 80 MiB of zeros deflate to about 80 KiB.
        let big = "0".repeat((MAX_PART_BYTES + (16 << 20)) as usize);
        let z = zip_of(&[("big.xml", &big)]);
        assert!(z.len() < 1 << 20);
        let mut p = Package::open(&z, "test").unwrap();
        assert_eq!(p.bytes("big.xml"), Err(FormatError::TooLarge("test")));
    }

    #[test]
    fn parts_together_are_capped_too() {
        let half = "0".repeat((MAX_TOTAL_BYTES / 2 + 1024) as usize);
        let z = zip_of(&[("a.xml", &half), ("b.xml", &half)]);
        let mut p = Package::open(&z, "test").unwrap();
        assert!(p.bytes("a.xml").is_ok());
        assert_eq!(p.bytes("b.xml"), Err(FormatError::TooLarge("test")));
    }

    #[test]
    fn a_truncated_zip_is_damaged() {
        let z = zip_of(&[("a.xml", "<a>hi</a>")]);
        for cut in [0, 4, z.len() / 2, z.len() - 1] {
            assert!(matches!(
                Package::open(&z[..cut], "test"),
                Err(FormatError::Damaged { .. })
            ));
        }
    }

    #[test]
    fn too_many_entries_are_refused() {
        let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("{i}")).collect();
        let parts: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "")).collect();
        let z = zip_of(&parts);
        assert!(matches!(Package::open(&z, "test"), Err(FormatError::TooLarge(_))));
    }
}
