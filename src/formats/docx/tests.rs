//! Word documents built in memory, one feature each.

use super::*;
use crate::formats::package::zip_of;
use crate::formats::{Block, BlockKind, Footnote, Run};

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn part(root: &str, inner: &str) -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {W}>{inner}</w:{root}>"#)
}

/// A package with `body` as the body and the other parts when given.
pub(super) fn docx(body: &str, extra: &[(&str, String)]) -> Vec<u8> {
    let document = part("document", &format!("<w:body>{body}<w:sectPr/></w:body>"));
    let mut parts: Vec<(&str, &str)> = vec![("[Content_Types].xml", "<Types/>"), ("word/document.xml", &document)];
    for (name, text) in extra {
        parts.push((name, text.as_str()));
    }
    zip_of(&parts)
}

pub(super) fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

pub(super) fn numbered(num: u32, level: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
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

/// Levels 0–2 of one abstract list: `1.`, `(a)`, `%1.%2.%3`.
pub(super) fn numbering() -> String {
    part(
        "numbering",
        r#"<w:abstractNum w:abstractNumId="10">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="20">
            <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="30">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Numbered"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="0"/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
          <w:num w:numId="2"><w:abstractNumId w:val="10"/></w:num>
          <w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
          <w:num w:numId="4"><w:abstractNumId w:val="20"/></w:num>
          <w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>"#,
    )
}

pub(super) fn styles() -> String {
    part(
        "styles",
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
           <w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
           <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
           <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="berschrift1"/></w:style>
           <w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
           <w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
           <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
           <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
           <w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>
           <w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/></w:style>"#,
    )
}

fn read_body(body: &str) -> Extracted {
    read(&docx(
        body,
        &[("word/numbering.xml", numbering()), ("word/styles.xml", styles())],
    ))
    .unwrap()
}

#[test]
fn automatic_numbering_reads_as_word_shows_it() {
    let body = [
        numbered(1, 0, "One"),
        numbered(1, 1, "sub a"),
        numbered(1, 1, "sub b"),
        numbered(1, 2, "deep"),
        // Another w:num of the same abstract list continues it.
        numbered(2, 0, "Two"),
        numbered(2, 1, "sub a again"),
        numbered(1, 0, "Three"),
        // A w:num with a start override restarts the list.
        numbered(3, 0, "Restarted"),
        numbered(3, 1, "its a"),
        numbered(4, 0, "a bullet"),
        numbered(0, 0, "numId 0 is no list"),
    ]
    .concat();
    let x = read_body(&body);
    assert_eq!(
        summary(&x.blocks),
        [
            "1. One",
            "  (a) sub a",
            "  (b) sub b",
            "    1.2.1 deep",
            "2. Two",
            "  (a) sub a again",
            "3. Three",
            "1. Restarted",
            "  (a) its a",
            "• a bullet",
            "numId 0 is no list",
        ]
    );
    assert!(!x.tracked_changes && x.prior.is_none());
}

#[test]
fn numbering_from_the_paragraph_style_and_lvl_restart() {
    let styled =
        |text: &str| format!(r#"<w:p><w:pPr><w:pStyle w:val="Numbered"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#);
    let body = [
        styled("first"),
        numbered(5, 1, "one one"),
        styled("second"),
        // Level 1 never restarts (lvlRestart 0): it goes on from 1.1.
        numbered(5, 1, "two two"),
    ]
    .concat();
    assert_eq!(
        summary(&read_body(&body).blocks),
        ["1. first", "  1.1 one one", "2. second", "  2.2 two two"]
    );
}

#[test]
fn headings_from_styles_names_outline_levels_and_the_title() {
    let styled = |id: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{id}"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        styled("Titre", "The title"),
        styled("berschrift1", "A section"),
        styled("Sub", "Inherited"),
        styled("Outlined", "Outline three"),
        styled("TOC1", "A section 3"),
        styled("Loop1", "A style loop is cut"),
        r#"<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Direct</w:t></w:r></w:p>"#.to_string(),
    ]
    .concat();
    let x = read_body(&body);
    assert_eq!(
        summary(&x.blocks),
        [
            "h1 The title",
            "h2 A section",
            "h2 Inherited",
            "h4 Outline three",
            "A style loop is cut",
            "h3 Direct"
        ]
    );
    // Headings carry no emphasis of their own.
    assert_eq!(x.blocks[1].runs, vec![Run::plain("A section")]);
}

#[test]
fn runs_keep_bold_and_italic_and_special_characters() {
    let body = r#"<w:p>
        <w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r>
        <w:r><w:rPr><w:b w:val="0"/><w:i/></w:rPr><w:t xml:space="preserve"> italic</w:t></w:r>
        <w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve"> strong</w:t></w:r>
        <w:r><w:tab/><w:t>Lee Jong</w:t><w:noBreakHyphen/><w:t>Ho</w:t><w:softHyphen/><w:br/><w:t>next&#xAD;line</w:t></w:r>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> shown</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>
        <w:hyperlink><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink>
        <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:r><w:t xml:space="preserve"> once</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>twice</w:t></w:r></mc:Fallback></mc:AlternateContent>
      </w:p>"#;
    let x = read_body(body);
    let b = &x.blocks[0];
    assert_eq!(
        b.plain_text(),
        "Bold italic strong Lee Jong-Ho nextline shown link once"
    );
    assert_eq!(
        b.runs[..3],
        [
            Run::Text {
                text: "Bold".into(),
                bold: true,
                italic: false
            },
            Run::Text {
                text: " italic".into(),
                bold: false,
                italic: true
            },
            Run::Text {
                text: " strong".into(),
                bold: true,
                italic: false
            },
        ]
    );
}

#[test]
fn tables_are_rows_of_cells() {
    let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|t| p(t)).collect::<String>());
    let body = format!(
        "{}<w:tbl><w:tr>{}{}</w:tr><w:sdt><w:sdtContent><w:tr>{}<w:tc><w:tcPr><w:vMerge/></w:tcPr>{}</w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>",
        p("Before."),
        cell(&["a", "b"]),
        cell(&["c"]),
        cell(&["d"]),
        p("merged away")
    );
    assert_eq!(
        summary(&read_body(&body).blocks),
        ["Before.", "| a b | c |", "| d |  |"]
    );
}

#[test]
fn a_council_header_table_gives_the_letterhead_as_lines() {
    let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|t| p(t)).collect::<String>());
    let row = |cells: &[&str]| format!("<w:tr>{}</w:tr>", cells.concat());
    let body = format!(
        "<w:tbl>{}</w:tbl><w:tbl>{}{}{}</w:tbl>{}",
        row(&[
            &cell(&["Council of the", "European Union"]),
            &cell(&["Brussels, 17 November 2020", "(OR. en)", "12804/20", "LIMITE"])
        ]),
        row(&[&cell(&["From:"]), &cell(&["General Secretariat of the Council"])]),
        row(&[&cell(&["To:"]), &cell(&["Delegations"])]),
        row(&[
            &cell(&["Subject:"]),
            &cell(&["Council conclusions on Digital Diplomacy"])
        ]),
        numbered(1, 0, "The Council notes.")
    );
    let x = read_body(&body);
    let md = crate::formats::compose::compose(&x);
    let seg = crate::segment::segment(&md);
    assert_eq!(
        seg.meta.title.as_deref(),
        Some("Council conclusions on Digital Diplomacy")
    );
    assert_eq!(seg.meta.date.as_deref(), Some("2020-11-17"));
    assert_eq!(seg.meta.number.as_deref(), Some("12804/20"));
    assert_eq!(seg.meta.from.as_deref(), Some("General Secretariat of the Council"));
    assert_eq!(seg.meta.to.as_deref(), Some("Delegations"));
    assert_eq!(seg.clauses.first().map(|c| c.label.as_str()), Some("1."));
}

fn notes_parts() -> Vec<(&'static str, String)> {
    vec![
        (
            "word/footnotes.xml",
            part(
                "footnotes",
                r#"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
                   <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
                   <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> OJ L 119,</w:t></w:r></w:p><w:p><w:r><w:t>4.5.2016.</w:t></w:r></w:p></w:footnote>
                   <w:footnote w:id="2"><w:p><w:r><w:t>Custom note.</w:t></w:r></w:p></w:footnote>
                   <w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Third.</w:t></w:r></w:p></w:footnote>"#,
            ),
        ),
        (
            "word/endnotes.xml",
            part(
                "endnotes",
                r#"<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/><w:t>An endnote.</w:t></w:r></w:p></w:endnote>"#,
            ),
        ),
    ]
}

#[test]
fn footnotes_and_endnotes_are_numbered_in_reference_order() {
    let body = r#"<w:p><w:r><w:t>On 11 February 2026</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r>
        <w:r><w:t xml:space="preserve"> the Council</w:t></w:r><w:r><w:footnoteReference w:id="2" w:customMarkFollows="1"/><w:t>*</w:t></w:r>
        <w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="-1"/></w:r></w:p>"#;
    let x = read(&docx(body, &notes_parts())).unwrap();
    assert_eq!(
        x.blocks[0].runs,
        [
            Run::plain("On 11 February 2026"),
            Run::Note("1".into()),
            Run::plain(" the Council"),
            Run::Note("*".into()),
            Run::Note("2".into()),
            Run::Note("i".into()),
        ]
    );
    let note = |m: &str, t: &str| Footnote {
        marker: m.into(),
        text: t.into(),
    };
    assert_eq!(
        x.footnotes,
        [
            note("1", "Third."),
            note("*", "Custom note."),
            note("2", "OJ L 119, 4.5.2016."),
            note("i", "An endnote.")
        ]
    );
}

#[test]
fn tracked_changes_read_as_accepted_with_the_prior_text_kept() {
    let body = format!(
        r#"<w:p><w:r><w:t xml:space="preserve">The Council </w:t></w:r>
             <w:del w:id="1" w:author="x"><w:r><w:delText xml:space="preserve">notes</w:delText></w:r></w:del>
             <w:ins w:id="2" w:author="x"><w:r><w:t>welcomes</w:t></w:r></w:ins>
             <w:r><w:t xml:space="preserve"> the report.</w:t></w:r>
             <w:moveFrom w:id="3"><w:r><w:t xml:space="preserve"> Moved away.</w:t></w:r></w:moveFrom></w:p>
           <w:p><w:pPr><w:rPr><w:ins w:id="4"/></w:rPr></w:pPr><w:ins w:id="5"><w:r><w:t>Inserted paragraph.</w:t></w:r></w:ins></w:p>
           {}
           <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="6"/></w:rPr></w:pPr><w:del w:id="7"><w:r><w:delText>Deleted point.</w:delText></w:r></w:del></w:p>
           {}
           <w:p><w:moveTo w:id="8"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo></w:p>
           <w:tbl><w:tr><w:trPr><w:del w:id="9"/></w:trPr><w:tc>{}</w:tc></w:tr></w:tbl>"#,
        numbered(1, 0, "First point."),
        numbered(1, 0, "Second point."),
        p("deleted row")
    );
    let x = read_body(&body);
    assert!(x.tracked_changes);
    assert_eq!(
        summary(&x.blocks),
        [
            "The Council welcomes the report.",
            "Inserted paragraph.",
            "1. First point.",
            "2. Second point.",
            "Moved here."
        ]
    );
    let prior = x.prior.unwrap();
    assert_eq!(
        summary(&prior),
        [
            "The Council notes the report. Moved away.",
            "1. First point.",
            "2. Deleted point.",
            "3. Second point.",
            "| deleted row |"
        ]
    );
}

#[test]
fn a_paragraph_whose_mark_is_deleted_runs_on_into_the_next() {
    let body = r#"<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Joined </w:t></w:r></w:p><w:p><w:r><w:t>here.</w:t></w:r></w:p>"#;
    let x = read_body(body);
    assert_eq!(summary(&x.blocks), ["Joined here."]);
    assert_eq!(summary(&x.prior.unwrap()), ["Joined", "here."]);
}

#[test]
fn a_table_of_contents_is_left_out() {
    let body = format!(
        r#"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>
           <w:sdt><w:sdtContent>{}</w:sdtContent></w:sdt>"#,
        p("Contents 3"),
        p("Kept in a content control.")
    );
    assert_eq!(summary(&read_body(&body).blocks), ["Kept in a content control."]);
}

#[test]
fn core_properties_are_a_fallback() {
    let core = r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Stated  title</dc:title><dcterms:created>2020-11-16T08:00:00Z</dcterms:created><dcterms:modified>2020-11-17T09:00:00Z</dcterms:modified></cp:coreProperties>"#;
    let x = read(&docx(&p("Text."), &[("docProps/core.xml", core.to_string())])).unwrap();
    assert_eq!(x.fallback.title.as_deref(), Some("Stated title"));
    assert_eq!(x.fallback.date.as_deref(), Some("2020-11-17"));
    assert!(x.stated.title.is_none());
    assert_eq!(iso_day("1601-01-01T00:00:00Z"), None);
    assert_eq!(iso_day("2020-13-01"), None);
}

#[test]
fn parts_are_found_through_relationships() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/custom/num.xml"/><Relationship Id="rId2" Type="http://x/hyperlink" Target="http://example.org" TargetMode="External"/></Relationships>"#;
    let x = read(&docx(
        &numbered(1, 0, "One"),
        &[
            ("word/_rels/document.xml.rels", rels.to_string()),
            ("custom/num.xml", numbering()),
        ],
    ))
    .unwrap();
    assert_eq!(summary(&x.blocks), ["1. One"]);
    assert_eq!(resolve("word/", "../customXml/item.xml"), "customXml/item.xml");
}
