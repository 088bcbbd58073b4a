use super::*;

fn summary(s: &Segmented) -> Vec<String> {
    s.clauses
        .iter()
        .map(|c| {
            let t = &s.text[c.text.start as usize..c.text.end as usize];
            let short: String = t.chars().take(40).collect();
            format!("{}|{}|{}|{}", c.label, c.kind.as_str(), c.depth, short)
        })
        .collect()
}

#[test]
fn numbered_paragraphs_become_labelled_clauses() {
    let s = segment("Title line\n\n1) The Council notes.\n\n2) The Council\nwelcomes it.\n");
    assert_eq!(s.meta.title.as_deref(), Some("Title line"));
    assert_eq!(
        summary(&s),
        [
            "1)|numbered|0|The Council notes.",
            "2)|numbered|0|The Council welcomes it."
        ]
    );
}

#[test]
fn indented_continuation_lines_join_their_clause() {
    let s =
        segment("T\n\n1.  The United States and\n    the European Union reaffirm.\n\n2.  We condemn\n    terrorism.\n");
    assert_eq!(
        summary(&s),
        [
            "1.|numbered|0|The United States and the European Union",
            "2.|numbered|0|We condemn terrorism."
        ]
    );
}

#[test]
fn markdown_and_bold_headings_take_their_number_as_label() {
    let s = segment(
        "T\n\n**1. Semiconductors**\n\n***Supply chain***\n\nText here.\n\n## **2. Beyond 5G/6G**\n\nMore.\n\n### **Next meeting**\n\nLast.",
    );
    assert_eq!(
        summary(&s),
        [
            "1.|heading|0|Semiconductors",
            "§1|heading|1|Supply chain",
            "¶1|paragraph|0|Text here.",
            "2.|heading|0|Beyond 5G/6G",
            "¶2|paragraph|0|More.",
            "§2|heading|1|Next meeting",
            "¶3|paragraph|0|Last."
        ]
    );
    assert_eq!(s.clauses[2].section, Some(1));
    assert_eq!(s.clauses[1].section, Some(0));
}

#[test]
fn bold_heading_may_wrap_over_two_lines() {
    let s = segment(
        "T\n\n    **Russia’s War against Ukraine and Support for Regional\n    Stability**  \n\n3.  The United States.",
    );
    assert_eq!(summary(&s)[0], "§1|heading|0|Russia’s War against Ukraine and Support");
    assert_eq!(s.clauses[1].section, Some(0));
}

#[test]
fn nested_bullets_get_depth_from_indentation() {
    let s = segment(
        "T\n\n**The Quad Vaccine Partnership**  \nWhile ensuring vaccines,\nwe act.\n\n-   Drawing on strengths, we\n    tackle this.\n    -   The United States will\n        work.\n-   Our commitment.\n",
    );
    assert_eq!(
        summary(&s),
        [
            "§1|heading|0|The Quad Vaccine Partnership",
            "¶1|paragraph|0|While ensuring vaccines, we act.",
            "•1|bullet|0|Drawing on strengths, we tackle this.",
            "•2|bullet|1|The United States will work.",
            "•3|bullet|0|Our commitment."
        ]
    );
}

#[test]
fn letter_items_nest_under_numbered_paragraphs() {
    let s = segment("T\n\n1. The Council:\n\n(a) welcomes;\n\n(b) notes.\n\n2. Next.");
    assert_eq!(
        summary(&s),
        [
            "1.|numbered|0|The Council:",
            "(a)|numbered|1|welcomes;",
            "(b)|numbered|1|notes.",
            "2.|numbered|0|Next."
        ]
    );
}

#[test]
fn short_line_over_prose_is_a_sub_heading() {
    let s = segment(
        "T\n\nIntro text.\n\nThe United Nations High-Level Panel\nThe High-level Panel on Digital Cooperation was established by the Secretary-General in July 2018.\n",
    );
    assert_eq!(summary(&s)[1], "§1|heading|1|The United Nations High-Level Panel");
    assert_eq!(s.clauses.len(), 3);
}

#[test]
fn drops_trailing_site_chrome_datelines_and_menus() {
    let s = segment(
        "T\n\n1. Real text.\n\n Jakarta 13 August\n\n 13 August 2001\n\n Media Releases 2001 | 2000 | 1999\n\n top\n\n Home | Links | Search\n\n Send comments about this site to the Webmaster\n\n  Quick Find:\n",
    );
    assert_eq!(summary(&s), ["1.|numbered|0|Real text."]);
    assert_eq!(s.meta.date.as_deref(), Some("2001-08-13"));
    let s = segment("T\n\nRead more about it.\n\n\nStay Connected\nMust Read\nRelated News");
    assert_eq!(summary(&s), ["¶1|paragraph|0|Read more about it."]);
}

#[test]
fn repeated_title_under_the_header_is_not_a_clause() {
    let s = segment(
        "Subject: Council conclusions on Digital Diplomacy\n\nCouncil Conclusions on Digital Diplomacy\n\n1) The Council notes.",
    );
    assert_eq!(summary(&s), ["1)|numbered|0|The Council notes."]);
}

#[test]
fn clause_text_has_no_markup_and_source_ranges_cover_the_clause() {
    let src = "T\n\n1) The meeting was co-chaired by Thierry **Breton**.\n";
    let s = segment(src);
    let c = &s.clauses[0];
    assert_eq!(
        &s.text[c.text.start as usize..c.text.end as usize],
        "The meeting was co-chaired by Thierry Breton."
    );
    assert!(src[c.source.clone()].starts_with("1) The meeting"));
    assert_eq!(c.spans.len(), 1);
}

#[test]
fn a_mid_paragraph_number_does_not_split_the_paragraph() {
    let s = segment("T\n\nThe parties met on\n12. They agreed.\n");
    assert_eq!(s.clauses.len(), 1);
}

#[test]
fn empty_and_markup_only_input_yield_no_clauses() {
    assert!(segment("").clauses.is_empty());
    assert!(segment("###\n\n---\n\n** **").clauses.is_empty());
}
