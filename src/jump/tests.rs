use super::*;
use crate::library::Library;

fn seeds() -> (Library, JumpIndex) {
    let lib = Library::load(&[]);
    let idx = JumpIndex::build(&lib);
    (lib, idx)
}

fn first(idx: &JumpIndex, q: &str) -> Hit {
    *idx.search(q, 10, None)
        .hits
        .first()
        .unwrap_or_else(|| panic!("no hit for {q}"))
}

#[test]
fn folded_queries_find_names_with_diacritics_and_hyphens() {
    let (lib, idx) = seeds();
    let h = first(&idx, "tornaes");
    let name = match h.target {
        Target::Entity(e) => lib.entities[e as usize].name.clone(),
        Target::Clause { doc, clause } => lib.documents[doc as usize].clause_text(clause as usize).to_string(),
        other => panic!("{other:?}"),
    };
    assert!(name.contains("Tørnæs"), "{name}");
    let h = first(&idx, "jong ho");
    assert!(
        matches!(h.target, Target::Entity(e) if lib.entities[e as usize].name == "Lee Jong-Ho"),
        "{h:?}"
    );
}

#[test]
fn words_match_in_any_order_and_headings_outrank_body_text() {
    let (lib, idx) = seeds();
    let h = first(&idx, "quantum korea");
    let Target::Clause { doc, clause } = h.target else {
        panic!("{h:?}")
    };
    assert_eq!(lib.documents[doc as usize].id, "002_fb8e9575d873ff50");
    assert_eq!(lib.documents[doc as usize].clause_text(clause as usize), "Quantum");
    assert_eq!(h.kind, CandidateKind::Heading);
}

#[test]
fn kind_prefixes_narrow_the_scope() {
    let (_, idx) = seeds();
    assert!(
        idx.search("d:digital", 50, None)
            .hits
            .iter()
            .all(|h| h.kind == CandidateKind::Document)
    );
    assert!(
        idx.search("e:korea", 50, None)
            .hits
            .iter()
            .all(|h| h.kind == CandidateKind::Entity)
    );
    let s = idx.search("c:horizon", 50, None);
    assert!(
        !s.hits.is_empty()
            && s.hits
                .iter()
                .all(|h| matches!(h.kind, CandidateKind::Clause | CandidateKind::Heading))
    );
}

#[test]
fn narrowing_gives_the_same_results_as_a_fresh_search() {
    let (_, idx) = seeds();
    let mut prev = idx.search("d", 20, None);
    for q in ["di", "dig", "digi", "digital", "digital p", "digital pa"] {
        let narrowed = idx.search(q, 20, Some(&prev));
        let fresh = idx.search(q, 20, None);
        assert_eq!(narrowed.hits, fresh.hits, "{q}");
        assert_eq!(narrowed.total, fresh.total, "{q}");
        prev = narrowed;
    }
}

#[test]
fn recent_jumps_win_ties() {
    let (_, mut idx) = seeds();
    let s = idx.search("d:", 10, None);
    let last = s.hits.last().expect("hits").target;
    idx.note_jump(last);
    let hits = idx.search("d:", 10, None).hits;
    assert_eq!(hits.len(), 3);
    let again = idx.search("d:council", 10, None);
    assert!(!again.hits.is_empty());
}

#[test]
fn highlight_marks_original_characters() {
    let (_, idx) = seeds();
    let marks = idx.highlight("Ulla Tørnæs", "tornaes");
    let chars: Vec<char> = "Ulla Tørnæs".chars().collect();
    let shown: String = marks.iter().map(|&i| chars[i]).collect();
    assert_eq!(shown, "Tørnæs");
}

#[test]
fn short_titles_keep_the_distinctive_words() {
    assert_eq!(
        short_title(
            "Joint Statement of the second meeting of the European Union – Republic of Korea Digital Partnership Council"
        ),
        "European Union Republic Korea Digital Partnership"
    );
}

#[test]
fn adding_documents_in_batches_matches_building_at_once() {
    let full = Library::load(&[]);
    let whole = JumpIndex::build(&full);
    let mut lib = Library::default();
    let extractor = crate::entities::Extractor::new(None).0;
    let mut seeds = crate::ingest::load_seeds(&extractor).into_iter();
    lib.add(seeds.next().into_iter().collect());
    let mut idx = JumpIndex::build(&lib);
    let before = idx.search("horizon", 10, None);
    let first = lib.add(seeds.collect());
    idx.add_documents(&lib, first);
    assert_eq!(idx.len(), whole.len());
    let a: Vec<Target> = idx
        .search("horizon", 10, Some(&before))
        .hits
        .iter()
        .map(|h| h.target)
        .collect();
    let b: Vec<Target> = whole
        .search("horizon", 10, None)
        .hits
        .iter()
        .map(|h| h.target)
        .collect();
    assert_eq!(a, b);
}

#[test]
fn distinguishing_titles_drop_the_issuer_and_state_forms() {
    assert_eq!(
        distinguishing_title(
            "Joint Statement of the second meeting of the European Union – Republic of Korea Digital Partnership Council"
        ),
        "Korea Digital Partnership"
    );
    assert_eq!(
        distinguishing_title("Council conclusions on Digital Diplomacy"),
        "Digital Diplomacy"
    );
    assert_eq!(distinguishing_title("European Union"), "European Union");
}

#[test]
fn a_document_whose_title_holds_the_words_outranks_an_entity_named_once() {
    let (lib, idx) = seeds();
    let h = first(&idx, "digital diplomacy");
    assert_eq!(h.target, Target::Document(0), "{h:?}");
    assert_eq!(
        lib.documents[0].display_title(),
        "Council conclusions on Digital Diplomacy"
    );
    let hits = idx.search("digital diplomacy", 20, None).hits;
    let entity = hits.iter().position(|h| h.kind == CandidateKind::Entity);
    assert!(entity.is_none_or(|p| p > 0), "{hits:?}");
}
