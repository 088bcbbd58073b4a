//! Arbitrary bytes through the web-page, e-mail and RTF readers (the first
//! byte picks one) and composition: no panic, no hang (nesting and tag caps
//! refuse before the HTML parser's quadratic cases), no control character in
//! the Markdown the segmenter gets, attachments with names.
#![no_main]

use attache::formats::compose::compose;
use attache::formats::{email, html, rtf};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let read = match pick % 3 {
        0 => html::read(rest),
        1 => email::read(rest),
        _ => rtf::read(rest),
    };
    let Ok(x) = read else {
        return;
    };
    let md = compose(&x);
    assert!(
        !md.chars().any(|c| c.is_control() && c != '\n'),
        "control character in composed text"
    );
    assert!(x.attachments.iter().all(|a| !a.name.is_empty()));
});
