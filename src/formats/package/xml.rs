//! A package part's XML as a small tree, built with quick-xml within bounds
//! (depth and node count), so the readers can walk it as they please: Word
//! numbering and tracked changes need a part read twice and looked into out
//! of order. Names are given with the usual prefix for their namespace
//! (`w:p`, `text:h`), whatever prefix the file itself binds, so a reader
//! matches names and never prefixes a writer happened to choose.

use crate::formats::FormatError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

/// Deepest element nesting a part may have (real documents nest a few dozen).
pub const MAX_DEPTH: usize = 200;
/// Most elements and text nodes one part may hold.
pub const MAX_NODES: usize = 2_000_000;

/// Namespaces the readers look at, with the prefix their names are given.
const PREFIXES: &[(&str, &str)] = &[
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"),
    ("http://purl.oclc.org/ooxml/wordprocessingml/main", "w"),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "r",
    ),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships", "r"),
    ("http://schemas.openxmlformats.org/package/2006/relationships", "rel"),
    (
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "cp",
    ),
    ("http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"),
    ("http://purl.org/dc/elements/1.1/", "dc"),
    ("http://purl.org/dc/terms/", "dcterms"),
    ("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "office"),
    ("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "text"),
    ("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table"),
    ("urn:oasis:names:tc:opendocument:xmlns:style:1.0", "style"),
    ("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0", "fo"),
    ("urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "meta"),
    ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "draw"),
    ("http://www.w3.org/XML/1998/namespace", "xml"),
];

/// An element: its name (`w:p`), attributes and content in order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    pub fn is(&self, name: &str) -> bool {
        self.name == name
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The element children, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.name == name)
    }

    /// The `val` attribute (`w:val` in Word) of the child `name`.
    pub fn child_val(&self, name: &str, val: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.attr(val))
    }

    /// All the text inside, in document order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        for n in &self.children {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => e.push_text(out),
            }
        }
    }

    /// Descendants named `name`, in document order, not looking inside a match.
    pub fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            if e.name == name {
                out.push(e);
            } else {
                e.find_all(name, out);
            }
        }
    }
}

/// Why a part's XML could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XmlError {
    TooDeep,
    TooMany,
    Syntax(String),
}

impl XmlError {
    pub fn into_format_error(self, format: &'static str, part: &str) -> FormatError {
        match self {
            XmlError::TooDeep => FormatError::Damaged {
                format,
                detail: format!("{part}: XML nested more than {MAX_DEPTH} levels deep"),
            },
            XmlError::TooMany => FormatError::TooLarge(format),
            XmlError::Syntax(e) => FormatError::Damaged {
                format,
                detail: format!("{part}: {e}"),
            },
        }
    }
}

/// Parses a whole part; its root element is returned.
pub fn parse(bytes: &[u8]) -> Result<Element, XmlError> {
    let text = to_text(bytes);
    let mut reader = NsReader::from_str(&text);
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut nodes = 0usize;
    loop {
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| XmlError::Syntax(first_line(&e.to_string())))?;
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(XmlError::TooMany);
        }
        match event {
            Event::Start(start) => {
                if stack.len() > MAX_DEPTH {
                    return Err(XmlError::TooDeep);
                }
                let name = element_name(&ns, &start);
                let attrs = attributes(&reader, &start)?;
                stack.push(Element {
                    name,
                    attrs,
                    children: Vec::new(),
                });
            }
            Event::Empty(start) => {
                let name = element_name(&ns, &start);
                let attrs = attributes(&reader, &start)?;
                let el = Element {
                    name,
                    attrs,
                    children: Vec::new(),
                };
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::Element(el));
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    return Err(XmlError::Syntax("unbalanced end tag".into()));
                }
                if let Some(el) = stack.pop()
                    && let Some(top) = stack.last_mut()
                {
                    top.children.push(Node::Element(el));
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.into_inner()),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    Ok(None) => match &*r {
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "amp" => Some('&'),
                        "apos" => Some('\''),
                        "quot" => Some('"'),
                        _ => None,
                    },
                    Err(_) => None,
                };
                if let Some(c) = c {
                    push_text(&mut stack, c.encode_utf8(&mut [0u8; 4]));
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if stack.len() != 1 {
        return Err(XmlError::Syntax("the part ends inside an element".into()));
    }
    let root = stack.pop().unwrap_or_default();
    root.children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| XmlError::Syntax("no root element".into()))
}

/// The part as text: UTF-8 (BOM or not), or UTF-16 with its BOM.
fn to_text(bytes: &[u8]) -> String {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_with_bom_removal(bytes).0.into_owned();
    }
    String::from_utf8_lossy(bytes).into_owned()
}

fn push_text(stack: &mut [Element], text: &str) {
    let Some(top) = stack.last_mut() else { return };
    if let Some(Node::Text(t)) = top.children.last_mut() {
        t.push_str(text);
    } else {
        top.children.push(Node::Text(text.to_string()));
    }
}

fn prefix_for(ns: &ResolveResult) -> Option<&'static str> {
    match ns {
        ResolveResult::Bound(n) => Some(PREFIXES.iter().find(|(uri, _)| *uri == n.0).map_or("?", |(_, p)| *p)),
        ResolveResult::Unbound => None,
        ResolveResult::Unknown(_) => Some("?"),
    }
}

fn qualified(prefix: Option<&str>, local: &str) -> String {
    match prefix {
        Some(p) => format!("{p}:{local}"),
        None => local.to_string(),
    }
}

fn element_name(ns: &ResolveResult, start: &BytesStart) -> String {
    qualified(prefix_for(ns), start.local_name().as_ref())
}

fn attributes(reader: &NsReader<&[u8]>, start: &BytesStart) -> Result<Vec<(String, String)>, XmlError> {
    let mut out = Vec::new();
    for a in start.attributes().with_checks(false) {
        let a = a.map_err(|e| XmlError::Syntax(first_line(&e.to_string())))?;
        let key: &str = a.key.as_ref();
        if key == "xmlns" || key.starts_with("xmlns:") {
            continue;
        }
        let (ns, local) = reader.resolver().resolve_attribute(a.key);
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| XmlError::Syntax(first_line(&e.to_string())))?;
        out.push((qualified(prefix_for(&ns), local.as_ref()), value.into_owned()));
    }
    Ok(out)
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(120).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_usual_prefix_whatever_the_file_binds() {
        let x = parse(
            br#"<?xml version="1.0"?><q:document xmlns:q="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><q:p q:val="1">a &amp; b&#x20;<q:t>c</q:t></q:p></q:document>"#,
        )
        .unwrap();
        assert_eq!(x.name, "w:document");
        let p = x.child("w:p").unwrap();
        assert_eq!(p.attr("w:val"), Some("1"));
        assert_eq!(p.text(), "a & b c");
    }

    #[test]
    fn deep_nesting_and_bad_syntax_are_refused() {
        let deep = format!("{}{}", "<a>".repeat(MAX_DEPTH + 5), "</a>".repeat(MAX_DEPTH + 5));
        assert_eq!(parse(deep.as_bytes()), Err(XmlError::TooDeep));
        assert!(matches!(parse(b"<a><b></a>"), Err(XmlError::Syntax(_))));
        assert!(matches!(parse(b"<a><b>"), Err(XmlError::Syntax(_))));
        assert!(matches!(parse(b""), Err(XmlError::Syntax(_))));
    }

    #[test]
    fn reads_utf16_with_its_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "<a>é</a>".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(parse(&b).unwrap().text(), "é");
    }
}
