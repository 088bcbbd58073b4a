//! OpenDocument texts built in memory, one feature each.

use super::*;
use crate::formats::package::zip_of;
use crate::formats::{Block, BlockKind, Footnote, Run};

const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace""#;

/// List styles: `L1` numbers `1.` / `(a)` / `1.1.i` (three levels shown), `L2` is bullets.
const AUTO_STYLES: &str = r#"<office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
  <style:style style:name="P2" style:family="paragraph" style:list-style-name="L1"/>
  <text:list-style style:name="L1">
    <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
    <text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/>
    <text:list-level-style-number text:level="3" style:num-format="i" text:display-levels="3" text:start-value="2"/>
  </text:list-style>
  <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>"#;

const STYLES: &str = r#"<office:styles><style:style style:name="Title" style:family="paragraph"/>
  <text:outline-style style:name="Outline">
    <text:outline-level-style text:level="1" style:num-format=""/>
    <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="1"/>
    <text:outline-level-style text:level="3" style:num-format="a" style:num-suffix=")" text:display-levels="2"/>
  </text:outline-style></office:styles>"#;

fn odt(body: &str) -> Vec<u8> {
    odt_with(body, "")
}

fn odt_with(body: &str, changes: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{AUTO_STYLES}<office:body><office:text>{changes}{body}</office:text></office:body></office:document-content>"#
    );
    let styles = format!(r#"<office:document-styles {NS}>{STYLES}</office:document-styles>"#);
    let meta = format!(
        r#"<office:document-meta {NS}><office:meta><dc:title>Stated</dc:title><meta:creation-date>2019-11-02T16:22:00Z</meta:creation-date><dc:date>2023-04-06T13:20:24.6</dc:date></office:meta></office:document-meta>"#
    );
    zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", &content),
        ("styles.xml", &styles),
        ("meta.xml", &meta),
    ])
}

fn summary(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .map(|b| match &b.kind {
            BlockKind::Paragraph => b.plain_text(),
            BlockKind::Heading(n) => format!("h{n} {}", b.plain_text()),
            BlockKind::Item { label, depth } => format!(
                "{}{} {}",
                "  ".repeat(usize::from(*depth)),
                label.as_deref().unwrap_or("•"),
                b.plain_text()
            ),
            BlockKind::Row(cells) => format!("| {} |", cells.join(" | ")),
        })
        .collect()
}

fn item(text: &str) -> String {
    format!("<text:list-item><text:p>{text}</text:p></text:list-item>")
}

#[test]
fn list_numbering_follows_the_list_style() {
    let body = format!(
        r#"<text:list xml:id="a" text:style-name="L1">
             {one}
             <text:list-item><text:p>Two</text:p>
               <text:list>{sub_a}<text:list-item><text:p>sub b</text:p><text:list>{deep}{deep2}</text:list></text:list-item></text:list>
             </text:list-item>
           </text:list>
           <text:p>Interruption.</text:p>
           <text:list text:style-name="L1" text:continue-numbering="true">{three}</text:list>
           <text:list text:style-name="L1">{again}<text:list-item text:start-value="7"><text:p>Seven</text:p></text:list-item></text:list>
           <text:list text:style-name="L1" text:continue-list="a">{four}</text:list>
           <text:list text:style-name="L2">{bullet}<text:list-header><text:p>A list header</text:p></text:list-header></text:list>"#,
        one = item("One"),
        sub_a = item("sub a"),
        deep = item("deep"),
        deep2 = item("deeper"),
        three = item("Three"),
        again = item("Restarted"),
        four = item("Four"),
        bullet = item("A bullet"),
    );
    let x = read(&odt(&body)).unwrap();
    assert_eq!(
        summary(&x.blocks),
        [
            "1. One",
            "2. Two",
            "  (a) sub a",
            "  (b) sub b",
            "    2.b.ii deep",
            "    2.b.iii deeper",
            "Interruption.",
            "3. Three",
            "1. Restarted",
            "7. Seven",
            "4. Four",
            "• A bullet",
            "A list header",
        ]
    );
    assert!(!x.tracked_changes);
}

#[test]
fn headings_title_spans_and_spaces() {
    let body = r#"<text:p text:style-name="P1">The  title</text:p>
        <text:h text:outline-level="1"><text:number>1.</text:number>Section</text:h>
        <text:h text:outline-level="2"/>
        <text:p>  Lee <text:span text:style-name="T1">Jong&#x2011;Ho</text:span><text:s text:c="2"/>and<text:tab/>the<text:line-break/><text:span text:style-name="T2">ne&#xAD;xt</text:span><text:soft-page-break/> line
        <office:annotation><text:p>A comment</text:p></office:annotation></text:p>
        <text:table-of-content><text:index-body><text:p>Section<text:tab/>3</text:p></text:index-body></text:table-of-content>"#;
    let x = read(&odt(body)).unwrap();
    assert_eq!(
        summary(&x.blocks),
        ["h1 The title", "h2 1. Section", "Lee Jong-Ho  and the next line"]
    );
    assert_eq!(
        x.blocks[2].runs[1],
        Run::Text {
            text: "Jong-Ho".into(),
            bold: true,
            italic: false
        }
    );
    assert_eq!(x.fallback.title.as_deref(), Some("Stated"));
    assert_eq!(x.fallback.date.as_deref(), Some("2023-04-06"));
}

#[test]
fn headings_are_numbered_by_the_outline_style() {
    let h = |level: u8, text: &str| format!("<text:h text:outline-level=\"{level}\">{text}</text:h>");
    let body = [
        h(1, "Part"),
        h(2, "First"),
        h(3, "Sub"),
        h(3, "Sub two"),
        h(2, ""),
        h(2, "Third"),
        h(3, "Sub again"),
    ]
    .concat();
    let x = read(&odt(&body)).unwrap();
    assert_eq!(
        summary(&x.blocks),
        [
            "h1 Part",
            "h2 1. First",
            "h3 1.a) Sub",
            "h3 1.b) Sub two",
            "h2 3. Third",
            "h3 3.a) Sub again"
        ]
    );
}

#[test]
fn notes_become_markers_and_footnotes() {
    let body = r#"<text:p>On 11 February 2026<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>OJ L 119,</text:p><text:p>4.5.2016.</text:p></text:note-body></text:note> the Council<text:note text:note-class="endnote"><text:note-citation text:label="*">i</text:note-citation><text:note-body><text:p>Starred.</text:p></text:note-body></text:note> met.</text:p>"#;
    let x = read(&odt(body)).unwrap();
    assert_eq!(
        x.blocks[0].runs,
        [
            Run::plain("On 11 February 2026"),
            Run::Note("1".into()),
            Run::plain(" the Council"),
            Run::Note("*".into()),
            Run::plain(" met."),
        ]
    );
    assert_eq!(
        x.footnotes,
        [
            Footnote {
                marker: "1".into(),
                text: "OJ L 119, 4.5.2016.".into()
            },
            Footnote {
                marker: "*".into(),
                text: "Starred.".into()
            }
        ]
    );
}

#[test]
fn tables_and_a_letterhead_table() {
    let cell = |t: &str| format!("<table:table-cell><text:p>{t}</text:p></table:table-cell>");
    let body = format!(
        r#"<table:table><table:table-row>{}{}</table:table-row>
             <table:table-row>{}{}</table:table-row></table:table>
           <text:p>Body.</text:p>
           <table:table><table:table-header-rows><table:table-row>{}<table:covered-table-cell/></table:table-row></table:table-header-rows></table:table>"#,
        "<table:table-cell><text:p>Brussels, 26 March 2024</text:p><text:p>8318/24</text:p></table:table-cell>",
        cell("NOTE"),
        cell("Subject:"),
        cell("Joint Statement"),
        cell("h"),
    );
    let x = read(&odt(&body)).unwrap();
    assert_eq!(
        summary(&x.blocks),
        [
            "Brussels, 26 March 2024",
            "8318/24",
            "NOTE",
            "Subject: Joint Statement",
            "Body.",
            "| h |  |"
        ]
    );
}

#[test]
fn tracked_changes_read_as_displayed_with_the_prior_text_kept() {
    let changes = r#"<text:tracked-changes>
        <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>x</dc:creator></office:change-info></text:insertion></text:changed-region>
        <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>x</dc:creator><text:p>why</text:p></office:change-info><text:p>notes</text:p></text:deletion></text:changed-region>
        <text:changed-region text:id="ct3"><text:deletion><office:change-info/><text:p>A deleted paragraph.</text:p></text:deletion></text:changed-region>
      </text:tracked-changes>"#;
    let body = r#"<text:p>The Council <text:change text:change-id="ct2"/><text:change-start text:change-id="ct1"/>welcomes<text:change-end text:change-id="ct1"/> the report.</text:p>
        <text:change text:change-id="ct3"/><text:p>End.</text:p>"#;
    let x = read(&odt_with(body, changes)).unwrap();
    assert!(x.tracked_changes);
    assert_eq!(summary(&x.blocks), ["The Council welcomes the report.", "End."]);
    assert_eq!(
        summary(&x.prior.unwrap()),
        ["The Council notes the report.", "A deleted paragraph.", "End."]
    );
}

#[test]
fn bad_packages_are_refused_with_a_reason() {
    let good = odt("<text:p>x</text:p>");
    assert!(matches!(
        read(&good[..good.len() - 10]),
        Err(FormatError::Damaged { .. })
    ));
    let no_content = zip_of(&[("mimetype", "application/vnd.oasis.opendocument.text")]);
    assert!(matches!(read(&no_content), Err(FormatError::Damaged { detail, .. }) if detail.contains("content.xml")));
    let deep = format!("{}{}", "<text:section>".repeat(500), "</text:section>".repeat(500));
    assert!(matches!(read(&odt(&deep)), Err(FormatError::Damaged { detail, .. }) if detail.contains("nested")));
}

#[test]
fn nesting_up_to_the_cap_reads_on_a_small_stack() {
    let max = crate::formats::package::xml::MAX_DEPTH;
    let lists = format!(
        "{}<text:p>deep</text:p>{}",
        "<text:list text:style-name=\"L1\"><text:list-item>".repeat((max - 6) / 2),
        "</text:list-item></text:list>".repeat((max - 6) / 2)
    );
    let sections = format!(
        "{}<text:p>deep</text:p>{}",
        "<text:section>".repeat(max - 6),
        "</text:section>".repeat(max - 6)
    );
    let spans = format!(
        "<text:p>{}deep{}</text:p>",
        "<text:span text:style-name=\"T1\">".repeat(max - 6),
        "</text:span>".repeat(max - 6)
    );
    let tables = format!(
        "{}<text:p>deep</text:p>{}",
        "<table:table><table:table-row><table:table-cell>".repeat((max - 6) / 3),
        "</table:table-cell></table:table-row></table:table>".repeat((max - 6) / 3)
    );
    for body in [lists, sections, spans, tables] {
        let bytes = odt(&body);
        std::thread::scope(|s| {
            std::thread::Builder::new()
                .stack_size(1 << 20)
                .spawn_scoped(s, || {
                    let x = read(&bytes).expect("reads");
                    assert!(crate::formats::compose::compose(&x).contains("deep"));
                })
                .expect("thread")
                .join()
                .expect("no stack overflow");
        });
    }
}

#[test]
fn no_input_makes_the_reader_panic() {
    use proptest::prelude::*;
    let good = odt(&format!(
        "<text:list text:style-name=\"L1\">{}</text:list><text:p>x<text:note><text:note-citation>1</text:note-citation></text:note></text:p>",
        item("One")
    ));
    proptest!(ProptestConfig::with_cases(200), |(cut in 0usize..good.len(), flip in 0usize..good.len(), byte: u8)| {
        let _ = read(&good[..cut]);
        let mut bad = good.clone();
        bad[flip] = byte;
        let _ = read(&bad);
    });
}
