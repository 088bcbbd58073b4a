//! Arbitrary bytes through the PDF reader and composition: no panic, no hang
//! (the reader's own time budget and page cap bound it), no control
//! character in the Markdown the segmenter gets.
#![no_main]

use attache::formats::compose::compose;
use attache::formats::pdf::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(x) = read(data) else {
        return;
    };
    let md = compose(&x);
    assert!(
        !md.chars().any(|c| c.is_control() && c != '\n'),
        "control character in composed text"
    );
    for b in &x.blocks {
        assert!(b.page.is_none_or(|p| p >= 1 && x.pages.is_some_and(|n| p <= n)));
    }
});
