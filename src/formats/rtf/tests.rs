//! The RTF reader on documents written here, one feature each.

use super::read;
use crate::formats::{BlockKind, Extracted, Run};

fn texts(x: &Extracted) -> Vec<String> {
    x.blocks.iter().map(|b| b.plain_text()).collect()
}

const WORD_LIKE: &str = r#"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset204 Arial;}{\f2\fnil\fcharset2 Symbol;}}
{\colortbl;\red0\green0\blue0;}
{\stylesheet{\ql Normal;}{\s1\ql\outlinelevel0 heading 1;}{\*\cs10 Default Paragraph Font;}}
{\info{\title Council conclusions on digital diplomacy}{\author Secretariat}}
{\*\generator Riched20 10.0;}{\header\pard Page header text\par}
\pard\s1 Council conclusions\par
\pard Brussels, 17 November 2020\par
\pard The Council\rquote s \b conclusions\b0  on \i digital\i0  diplomacy\line second line\par
{\listtext\pard\plain 1.\tab}\pard\ls1\ilvl0 The Council notes\u8211\'96the point.\par
{\listtext\pard\plain\f2 \'b7\tab}\pard\ls2\ilvl1 A bullet\par
\pard\f1 \'cc\'e8\'f0\f0  and caf\'e9{\*\unknown hidden words}\par
\pard\intbl From:\cell General Secretariat\cell\row
\pard Text with a note{\super\chftn}{\footnote\pard\plain {\super\chftn} OJ L 119, 4.5.2016.}.\par
{\pict\pngblip 89504e470d0a1a0a}\par
\pard Emoji \uc2\u-10179\'3f\'3f\u-8704\'3f\'3f end\par
}"#;

#[test]
fn paragraphs_headings_lists_and_tables() {
    let x = read(WORD_LIKE.as_bytes()).unwrap();
    assert_eq!(
        texts(&x),
        vec![
            "Council conclusions",
            "Brussels, 17 November 2020",
            "The Council’s conclusions on digital diplomacy",
            "second line",
            "The Council notes–the point.",
            "A bullet",
            "Мир and café",
            "",
            "Text with a note.",
            "Emoji 😀 end",
        ]
    );
    assert_eq!(x.blocks[0].kind, BlockKind::Heading(1));
    assert_eq!(
        x.blocks[4].kind,
        BlockKind::Item {
            label: Some("1.".into()),
            depth: 0
        }
    );
    assert_eq!(x.blocks[5].kind, BlockKind::Item { label: None, depth: 1 });
    assert_eq!(
        x.blocks[7].kind,
        BlockKind::Row(vec!["From:".into(), "General Secretariat".into()])
    );
}

#[test]
fn emphasis_notes_and_the_info_title() {
    let x = read(WORD_LIKE.as_bytes()).unwrap();
    assert!(x.blocks[2].runs.contains(&Run::Text {
        text: "conclusions".into(),
        bold: true,
        italic: false
    }));
    assert!(x.blocks[2].runs.contains(&Run::Text {
        text: "digital".into(),
        bold: false,
        italic: true
    }));
    assert!(x.blocks[8].runs.contains(&Run::Note("1".into())));
    assert_eq!(x.footnotes.len(), 1);
    assert_eq!(x.footnotes[0].text, "OJ L 119, 4.5.2016.");
    assert_eq!(x.fallback.title.as_deref(), Some("Council conclusions on digital diplomacy"));
}

#[test]
fn heading_styles_come_from_the_stylesheet() {
    let rtf = r"{\rtf1{\stylesheet{\s0 Normal;}{\s2 heading 2;}}\pard\s2 Section\par\pard\s0 Body\par}";
    let x = read(rtf.as_bytes()).unwrap();
    assert_eq!(x.blocks[0].kind, BlockKind::Heading(2));
    assert_eq!(x.blocks[1].kind, BlockKind::Paragraph);
}

#[test]
fn hostile_files_are_read_within_bounds() {
    let deep = "{\\rtf1 ".to_string() + &"{\\b ".repeat(100_000) + "deep" + &"}".repeat(100_000) + " after\\par}";
    let x = read(deep.as_bytes()).unwrap();
    assert_eq!(texts(&x), vec!["deep after"]);
    // Truncated mid-group and mid-escape: what is there is read.
    let x = read(b"{\\rtf1\\ansi Hello\\par Wor\\'e").unwrap();
    assert_eq!(texts(&x), vec!["Hello", "Wor"]);
    assert!(read(b"not rtf").is_err());
    assert!(read(b"{\\rtf1 \\u999999999 \\uc99999 \\bin-5 x}").is_ok());
    assert!(read(b"}}}}{\\rtf1 x}").is_err());
}
