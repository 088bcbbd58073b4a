//! Inputs the fuzz targets (`fuzz/`) found crashing, hanging or slow, kept so
//! they stay fixed. Files under `tests/fixtures/fuzz/` are the fuzzer's own
//! artifacts; the byte literals are the same faults minimised by hand.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use attache::decode::{decode, normalise};
use attache::entities::Extractor;
use attache::jump::JumpIndex;
use attache::library::Library;
use attache::segment::segment;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Decodes, segments and extracts as loading a file does.
fn load(bytes: &[u8]) -> Library {
    let text = decode(bytes).map(|(t, _)| t).map_err(Into::into);
    Library::from_sources(vec![(PathBuf::from("fuzz.txt"), text)], &Extractor::new(None).0)
}

fn within(limit: Duration, what: &str, f: impl FnOnce()) {
    let started = Instant::now();
    f();
    assert!(started.elapsed() < limit, "{what} took {:?}", started.elapsed());
}

/// decode_segment: an ISO-like date whose part overflows a u32 (`2024-01-99999999999`)
/// made `iso_like` index past the parts it had parsed.
#[test]
fn an_iso_like_date_with_a_huge_part_is_no_date() {
    for text in [
        "2024-01-99999999999",
        "01.99999999999.2024",
        "99999999999-01-01\n\n1. Text.",
    ] {
        let seg = segment(text);
        assert_eq!(seg.meta.date, None, "{text}");
    }
    load(&fixture("decode_segment-iso-date-overflow.bin"));
}

/// Quadratic blow-up (scaling test beside the fuzzer): every `[` scanned to the
/// end of the paragraph for `](`, and every `[a](` for `)`. 64 KB took 4.7 s.
#[test]
fn unclosed_link_brackets_segment_in_linear_time() {
    for raw in ["[".repeat(256_000), "[a](".repeat(64_000), "x [a](bc".repeat(32_000)] {
        within(Duration::from_secs(3), "segmenting unclosed links", || {
            let seg = segment(&raw);
            assert_eq!(seg.clauses.len(), 1);
        });
    }
}

/// Quadratic blow-up (scaling test): every `… said` asked every person found
/// before it whether it already held the name. 1 MB took 0.6 s (release), 32 MB minutes.
#[test]
fn many_people_who_said_something_extract_in_linear_time() {
    // Judged by how time grows with size, not by a wall-clock limit alone: a
    // debug build on a busy machine is slow but still linear (4× the text,
    // about 4× the time), where the quadratic fault took 16×.
    let time = |repeats: usize| {
        let text = "Minister Abc Def said ".repeat(repeats);
        let started = Instant::now();
        let lib = load(text.as_bytes());
        assert!(lib.entities.iter().any(|e| e.name == "Abc Def"));
        started.elapsed()
    };
    let small = time(24_000).max(Duration::from_millis(50));
    let large = time(96_000);
    assert!(
        large < small * 9,
        "4× the text (2 MB of `… said`) took {large:?}, against {small:?}"
    );
    assert!(large < Duration::from_secs(60), "2 MB of `… said` took {large:?}");
}

/// jump: narrowing the previous search (`eeAO` then `eeAOO`) gave another score
/// than a fresh search: fuzzy-matcher's position-less scoring reads stale cells
/// of a matrix it reuses between calls. The library is the jump target's.
#[test]
fn narrowing_a_search_scores_as_a_fresh_search_does() {
    const BRIEFING: &str = "Joint Statement on Digital Partnership\n\nBrussels, 26 March 2024\n\n\
        ## 1. Semiconductors\n\n\
        1. The European Union (EU) and the Republic of Korea (ROK) welcomed EUR 3 million for Horizon Europe.\n\n\
        2. Minister Ulla Tørnæs said Dr. Lee Jong-Ho co-chaired the Türkiye meeting on export controls.\n\n\
        - supply-chain resilience, see COM(2023) 123 and 8318/24\n\n\
        ### (a) Beyond 5G/6G\n\nThe « Digital Panel » and 日本 and ﬁnance.\n";
    let docs = [
        ("a.txt", BRIEFING),
        ("b.txt", "Other note\n\n(a) the EU and Korea.\n\n(b) nothing else.\n"),
    ];
    let lib = Library::from_sources(
        docs.map(|(p, t)| (p.into(), Ok(t.to_string()))),
        &Extractor::new(None).0,
    );
    let index = JumpIndex::build(&lib);
    let query = String::from_utf8(fixture("jump-narrowed-score.bin")).unwrap();
    // The second finding: the same matrix reuse through `fuzzy_indices`.
    let second = String::from_utf8_lossy(&fixture("jump-narrowed-score-2.bin")).into_owned();
    for query in [
        query.as_str(),
        second.as_str(),
        "semiconductors",
        "korea export",
        "tornaes jong",
    ] {
        let fresh = index.search(query, 20, None);
        for cut in (1..query.len()).filter(|&c| query.is_char_boundary(c)) {
            let previous = index.search(&query[..cut], 20, None);
            let narrowed = index.search(query, 20, Some(&previous));
            assert_eq!(narrowed.hits, fresh.hits, "{:?} after {:?}", query, &query[..cut]);
        }
    }
}

/// extract: a money pattern ran from `$` at the end of one header line into a
/// repeated document number on the next, giving the alias `$\n831` (a line
/// break in an entity). No mention crosses a line of the header. The target
/// feeds text through `normalise` (the artifact holds NULs, which `decode` refuses).
#[test]
fn no_mention_runs_across_two_header_lines() {
    let minimal = "Council of the European Union\n\n8318/24\n\nBrussels, 26 March 2024 (OR. en)$\n\n8318/24\n\n\
        ---\n\nSubject: Test\n\n1. Text.";
    let artifact = fixture("extract-mention-across-header-lines.bin");
    for raw in [String::from_utf8_lossy(&artifact).into_owned(), minimal.to_string()] {
        let text = normalise(&raw);
        let lib = Library::from_sources(vec![(PathBuf::from("fuzz.txt"), Ok(text))], &Extractor::new(None).0);
        for e in &lib.entities {
            for text in std::iter::once(&e.name).chain(&e.aliases) {
                assert!(!text.contains('\n'), "{:?} {text:?}", e.kind);
            }
        }
        let d = &lib.documents[0];
        for m in &d.header_mentions {
            assert!(!d.header[m.range.start as usize..m.range.end as usize].contains('\n'));
        }
    }
}
