//! The renderer on small pages: labels, breaks, tables, depth.
use super::*;

fn blocks(html: &str) -> Vec<(BlockKind, String)> {
    let dom = Dom::parse(html);
    let m = Measure::new(&dom, &[]);
    let body = dom.find(0, "body").unwrap();
    let mut r = Renderer::new(&dom, &m, m.paragraphs[body]);
    r.render(body);
    r.blocks.iter().map(|b| (b.kind.clone(), b.plain_text())).collect()
}

fn item(label: Option<&str>, depth: u8) -> BlockKind {
    BlockKind::Item {
        label: label.map(String::from),
        depth,
    }
}

#[test]
fn ordered_lists_are_labelled_as_displayed() {
    let got = blocks(
        "<ol start=\"3\"><li>three</li><li>four<ol type=\"a\"><li>sub a</li><li value=\"5\">sub e</li></ol></li></ol>\
         <ul><li>bullet</li></ul><ol style=\"list-style-type: lower-roman\" reversed><li>ii</li><li>i</li></ol>",
    );
    assert_eq!(
        got,
        vec![
            (item(Some("3."), 0), "three".into()),
            (item(Some("4."), 0), "four".into()),
            (item(Some("a."), 1), "sub a".into()),
            (item(Some("e."), 1), "sub e".into()),
            (item(None, 0), "bullet".into()),
            (item(Some("ii."), 0), "ii".into()),
            (item(Some("i."), 0), "i".into()),
        ]
    );
}

#[test]
fn headings_paragraphs_breaks_and_emphasis() {
    let dom = Dom::parse(
        "<h2>Beyond  5G</h2><p>The <b>Council</b>\n <i>notes</i><br>Second line<br><br></p><div>Third</div>",
    );
    let m = Measure::new(&dom, &[]);
    let body = dom.find(0, "body").unwrap();
    let mut r = Renderer::new(&dom, &m, 0);
    r.render(body);
    assert_eq!(r.blocks[0], Block::new(BlockKind::Heading(2), "Beyond 5G"));
    assert_eq!(
        r.blocks[1].runs,
        vec![
            Run::plain("The "),
            Run::Text {
                text: "Council".into(),
                bold: true,
                italic: false
            },
            Run::plain(" "),
            Run::Text {
                text: "notes".into(),
                bold: false,
                italic: true
            },
            Run::plain("\u{2028}Second line\u{2028}"),
        ]
    );
    assert_eq!(r.blocks[1].plain_text(), "The Council notes\u{2028}Second line\u{2028}");
    assert_eq!(r.blocks[2].plain_text(), "Third");
}

#[test]
fn data_tables_become_rows_and_layout_tables_are_read_through() {
    let got = blocks(
        "<table><tr><th>Ref</th><th>Name</th></tr><tr><td>QDe.005</td><td><a href=\"x\">AL RASHID TRUST</a></td></tr></table>\
         <table><tr><td><p>Layout paragraph one.</p><p>Two.</p></td></tr></table>",
    );
    assert_eq!(
        got[0],
        (BlockKind::Row(vec!["Ref".into(), "Name".into()]), String::new())
    );
    assert_eq!(
        got[1],
        (
            BlockKind::Row(vec!["QDe.005".into(), "AL RASHID TRUST".into()]),
            String::new()
        )
    );
    assert_eq!(got[2], (BlockKind::Paragraph, "Layout paragraph one.".into()));
    assert_eq!(got[3], (BlockKind::Paragraph, "Two.".into()));
}

#[test]
fn deep_nesting_is_read_as_text() {
    let html = "<div>".repeat(5000) + "deep text";
    let got = blocks(&html);
    assert_eq!(got, vec![(BlockKind::Paragraph, "deep text".into())]);
}
