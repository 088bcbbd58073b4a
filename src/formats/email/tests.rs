//! The e-mail reader on messages written here: encodings, nesting, attachments.

use super::{opens_point, read};
use crate::formats::BlockKind;

const MESSAGE: &str = "From: =?UTF-8?Q?Jane_Exampl=C3=A9?= <jane@example.org>\r
To: Delegations <del@example.org>, desk@example.org\r
Subject: =?UTF-8?B?Sm9pbnQgU3RhdGVtZW50IOKAkyBFVSBhbmQgS29yZWE=?=\r
Date: Tue, 26 Mar 2024 23:30:00 -0500\r
MIME-Version: 1.0\r
Content-Type: multipart/mixed; boundary=\"outer\"\r
\r
--outer\r
Content-Type: multipart/alternative; boundary=\"inner\"\r
\r
--inner\r
Content-Type: text/plain; charset=utf-8\r
Content-Transfer-Encoding: quoted-printable\r
\r
Dear colleagues,\r
\r
Please find the statement =E2=80=93 adopted today.\r
1. First point on the =\r
partnership.\r
2. Second point.\r
\r
-- \r
Jane, desk officer\r
--inner\r
Content-Type: text/html; charset=utf-8\r
\r
<p>HTML version</p>\r
--inner--\r
--outer\r
Content-Type: text/plain; charset=iso-8859-1; name=\"note.txt\"\r
Content-Disposition: attachment; filename=\"note.txt\"\r
Content-Transfer-Encoding: base64\r
\r
QnJ1eGVsbGVzLCBsZSAyNiBtYXJzIDIwMjQgLSBk6WzpZ2F0aW9ucw==\r
--outer\r
Content-Type: image/png\r
Content-ID: <logo@x>\r
Content-Disposition: inline\r
Content-Transfer-Encoding: base64\r
\r
iVBORw0KGgo=\r
--outer--\r
";

#[test]
fn headers_become_stated_metadata() {
    let x = read(MESSAGE.as_bytes()).unwrap();
    assert_eq!(x.stated.title.as_deref(), Some("Joint Statement – EU and Korea"));
    // The date as the sender wrote it, not moved to another time zone.
    assert_eq!(x.stated.date.as_deref(), Some("2024-03-26"));
    assert_eq!(x.stated.from.as_deref(), Some("Jane Examplé"));
    assert_eq!(x.stated.to.as_deref(), Some("Delegations, desk@example.org"));
}

#[test]
fn the_plain_body_is_decoded_split_and_its_signature_left_out() {
    let x = read(MESSAGE.as_bytes()).unwrap();
    let texts: Vec<String> = x.blocks.iter().map(|b| b.plain_text()).collect();
    assert_eq!(
        texts,
        vec![
            "Dear colleagues,",
            "Please find the statement – adopted today.",
            "1. First point on the partnership.",
            "2. Second point.",
        ]
    );
}

#[test]
fn attachments_are_handed_on_decoded_and_inline_pictures_are_not() {
    let x = read(MESSAGE.as_bytes()).unwrap();
    assert_eq!(x.attachments.len(), 1);
    assert_eq!(x.attachments[0].name, "note.txt");
    let text = String::from_utf8(x.attachments[0].bytes.clone()).unwrap();
    assert_eq!(text, "\u{feff}Bruxelles, le 26 mars 2024 - délégations");
}

#[test]
fn an_html_only_message_is_read_as_a_page() {
    let mail = "From: a@b.c\nSubject: Hi\nMIME-Version: 1.0\nContent-Type: text/html; charset=windows-1252\n\
                Content-Transfer-Encoding: quoted-printable\n\n<html><body><nav><a href=3D'/'>Home</a></nav>\
                <p>Caf=E9 &amp; =93talks=94</p><ul><li>one</li></ul></body></html>\n";
    let x = read(mail.as_bytes()).unwrap();
    let texts: Vec<String> = x.blocks.iter().map(|b| b.plain_text()).collect();
    assert_eq!(texts, vec!["Café & \u{201c}talks\u{201d}", "one"]);
    assert_eq!(x.blocks[1].kind, BlockKind::Item { label: None, depth: 0 });
}

#[test]
fn broken_messages_are_read_as_far_as_they_go() {
    let truncated = &MESSAGE.as_bytes()[..MESSAGE.len() / 2];
    let x = read(truncated).unwrap();
    assert_eq!(x.stated.title.as_deref(), Some("Joint Statement – EU and Korea"));
    let mut deep = String::from("From: a@b.c\nMIME-Version: 1.0\n");
    for i in 0..2000 {
        deep.push_str(&format!("Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n"));
    }
    deep.push_str("Content-Type: text/plain\n\nbottom\n");
    assert!(read(deep.as_bytes()).is_ok());
    let bad_charset = "From: a@b.c\nSubject: =?x-no-such?Q?abc?=\nContent-Type: text/plain; charset=x-bogus\n\nhello\n";
    let x = read(bad_charset.as_bytes()).unwrap();
    assert_eq!(x.blocks[0].plain_text(), "hello");
}

#[test]
fn points_and_bullets_open_paragraphs() {
    for yes in ["1. Text", "(a) text", "b) text", "- item", "• item", "2.1. sub"] {
        assert!(opens_point(yes), "{yes}");
    }
    for no in ["Dear all", "10349/19 note", "A. text", "-dash", "1999 was"] {
        assert!(!opens_point(no), "{no}");
    }
}
