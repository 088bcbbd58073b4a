//! E-mail (`.eml`, RFC 5322 with MIME), parsed by mail-parser: headers with
//! their RFC 2047 encoded words, any charset and transfer encoding, nested
//! multiparts. Subject, Date, From and To are stated metadata; the body is
//! the text/plain part, else the HTML part read as a web page; every
//! attachment is handed on whole (ingest reads those of a known format as
//! documents of their own).

use mail_parser::{Address, MessageParser, MessagePart, MimeHeaders, PartType};

use crate::formats::{Attachment, Block, BlockKind, Extracted, FormatError, html};

pub fn read(bytes: &[u8]) -> Result<Extracted, FormatError> {
    let message = MessageParser::default().parse(bytes).ok_or_else(|| FormatError::Damaged {
        format: "e-mail",
        detail: "no header fields".into(),
    })?;
    let mut x = Extracted::default();
    x.stated.title = message.subject().map(str::to_string).filter(|s| !s.trim().is_empty());
    x.stated.date = message.date().and_then(|d| {
        let iso = format!("{:04}-{:02}-{:02}", d.year, d.month, d.day);
        crate::dates::is_iso_date(&iso).then_some(iso)
    });
    x.stated.from = message.from().and_then(people);
    x.stated.to = message.to().and_then(people);

    let plain: Vec<&str> = message
        .text_bodies()
        .filter_map(|p| match &p.body {
            PartType::Text(t) if !t.trim().is_empty() => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    if !plain.is_empty() {
        x.blocks = plain.iter().flat_map(|t| text_blocks(t)).collect();
    } else if let Some(page) = message.html_bodies().find_map(|p| match &p.body {
        PartType::Html(h) => Some(h.as_ref()),
        _ => None,
    }) {
        x.blocks = html::read(&utf8_with_bom(page))?.blocks;
    }

    let body_parts: Vec<u32> = message.text_body.iter().chain(&message.html_body).copied().collect();
    for (i, &id) in message.attachments.iter().enumerate() {
        if body_parts.contains(&id) {
            continue;
        }
        let Some(part) = message.part(id) else { continue };
        if is_inline_picture(part) {
            continue;
        }
        x.attachments.push(Attachment {
            name: attachment_name(part, i + 1),
            bytes: attachment_bytes(part),
        });
    }
    Ok(x)
}

/// `Jane Example, Delegations <del@example.org>` as names where given, else addresses.
fn people(address: &Address) -> Option<String> {
    let list: Vec<String> = address
        .iter()
        .filter_map(|a| {
            a.name()
                .filter(|n| !n.trim().is_empty())
                .or(a.address())
                .map(|s| s.trim().to_string())
        })
        .collect();
    (!list.is_empty()).then(|| list.join(", "))
}

/// A picture the HTML body shows (`cid:`), which is no attachment to a reader.
fn is_inline_picture(part: &MessagePart) -> bool {
    let image = part.content_type().is_some_and(|ct| ct.ctype().eq_ignore_ascii_case("image"));
    let inline = part
        .content_disposition()
        .is_none_or(|cd| cd.ctype().eq_ignore_ascii_case("inline"));
    image && inline && part.content_id().is_some()
}

/// The attachment's file name without any folder part, or `attachment-N.ext`.
fn attachment_name(part: &MessagePart, n: usize) -> String {
    if let Some(name) = part.attachment_name() {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name).trim();
        if !base.is_empty() && base != "." && base != ".." {
            return base.to_string();
        }
    }
    let ext = match &part.body {
        PartType::Html(_) => "html",
        PartType::Text(_) => "txt",
        PartType::Message(_) => "eml",
        _ => match part.content_type().and_then(|ct| ct.subtype()) {
            Some(s) if s.eq_ignore_ascii_case("pdf") => "pdf",
            Some(s) if s.eq_ignore_ascii_case("rtf") => "rtf",
            _ => "bin",
        },
    };
    format!("attachment-{n}.{ext}")
}

/// Text parts come decoded to UTF-8 from their charset, so a byte-order mark
/// tells the next reader so (a `<meta charset>` inside would now be wrong).
fn attachment_bytes(part: &MessagePart) -> Vec<u8> {
    match &part.body {
        PartType::Text(t) | PartType::Html(t) => utf8_with_bom(t),
        _ => part.contents().to_vec(),
    }
}

fn utf8_with_bom(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 3);
    out.extend_from_slice(b"\xEF\xBB\xBF");
    out.extend_from_slice(text.as_bytes());
    out
}

/// A plain-text body as paragraphs: split at blank lines, and before a line
/// that opens a numbered point or a bullet; quoting `>` marks are taken off
/// and a signature after `-- ` is left out.
fn text_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut flush = |current: &mut Vec<&str>| {
        if !current.is_empty() {
            blocks.push(Block::new(BlockKind::Paragraph, current.join("\n")));
            current.clear();
        }
    };
    for raw in text.lines() {
        if raw == "-- " || raw == "--" {
            break;
        }
        let line = raw.trim_start_matches(['>', ' ']).trim_end();
        if line.trim().is_empty() {
            flush(&mut current);
            continue;
        }
        if opens_point(line) {
            flush(&mut current);
        }
        current.push(line);
    }
    flush(&mut current);
    blocks
}

/// `1.`, `2)`, `(a)`, `a)`, `-`, `•` at the start of a line.
fn opens_point(line: &str) -> bool {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix(['-', '•', '*', '–', '·']) {
        return rest.starts_with(' ');
    }
    let (label, rest) = t.split_once(' ').unwrap_or((t, ""));
    if rest.is_empty() || label.len() > 6 {
        return false;
    }
    let inner = label.trim_start_matches('(').trim_end_matches([')', '.']);
    let closed = label.ends_with(['.', ')']);
    closed
        && !inner.is_empty()
        && (inner.chars().all(|c| c.is_ascii_digit() || c == '.')
            || (inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_lowercase())))
}

#[cfg(test)]
mod tests;
