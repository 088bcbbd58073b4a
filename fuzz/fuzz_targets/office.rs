//! Arbitrary bytes through the Word and OpenDocument readers and the XML
//! tree they parse parts into: no panic, no hang, nothing past the caps, no
//! control character in the Markdown the segmenter gets. The first byte
//! picks the reader (Word, ODT, or the bare XML parser, which the zip's
//! checksums otherwise shield from most mutations).
#![no_main]

use attache::formats::compose::compose;
use attache::formats::package::xml::{self, MAX_DEPTH};
use attache::formats::{docx, odt};
use libfuzzer_sys::fuzz_target;

fn depth(e: &xml::Element) -> usize {
    1 + e.elements().map(depth).max().unwrap_or(0)
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let read = match mode % 3 {
        0 => docx::read(rest),
        1 => odt::read(rest),
        _ => {
            if let Ok(root) = xml::parse(rest) {
                assert!(depth(&root) <= MAX_DEPTH + 1, "tree deeper than the cap");
            }
            return;
        }
    };
    let Ok(x) = read else { return };
    let md = compose(&x);
    assert!(
        !md.chars().any(|c| c.is_control() && c != '\n'),
        "control character in composed text"
    );
});
