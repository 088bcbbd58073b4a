//! Arbitrary bytes through decoding, segmentation and metadata: no panic, no
//! control character in what is kept, every range inside its text.
#![no_main]

use attache::decode::decode;
use attache::segment::segment;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = decode(data) else {
        return;
    };
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "control character survived decoding"
    );
    let seg = segment(&text);
    let mut previous_end = 0;
    for c in &seg.clauses {
        assert!(c.source.start >= previous_end && c.source.start <= c.source.end && c.source.end <= text.len());
        previous_end = c.source.end;
        let t = seg
            .text
            .get(c.text.start as usize..c.text.end as usize)
            .expect("clause text range");
        assert!(!t.chars().any(char::is_control), "control character in a clause");
        for s in &c.spans {
            assert!(
                t.get(s.range.start as usize..s.range.end as usize).is_some(),
                "span range"
            );
        }
        if let Some(sec) = c.section {
            assert!((sec as usize) < seg.clauses.len());
        }
    }
    let m = &seg.meta;
    for f in [&m.title, &m.date, &m.number, &m.marking, &m.from, &m.to, &m.place]
        .into_iter()
        .flatten()
        .chain(&m.codes)
    {
        assert!(!f.chars().any(char::is_control), "control character in metadata");
    }
});
