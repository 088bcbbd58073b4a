//! The page parsed by html5ever into a flat arena of nodes (indices, not
//! pointers), so every later pass walks it with loops and depth caps and no
//! reference counting. html5ever does the hard parts: the HTML5 tree rules
//! for broken markup, and every character reference (`&#39;`, `&nbsp;`,
//! `&eacute;`) decoded in text and attributes.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, ParseOpts, QualName, parse_document};

pub type NodeId = usize;

#[derive(Debug)]
pub enum Data {
    Document,
    /// An element: its lower-case local name and attributes.
    Element {
        name: QualName,
        attrs: Vec<(String, String)>,
        template: Option<NodeId>,
    },
    Text(String),
    /// Comments, doctypes, processing instructions: never shown.
    Other,
}

#[derive(Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: Data,
}

impl Node {
    /// The element's local name (`div`), or "" for other nodes.
    pub fn tag(&self) -> &str {
        match &self.data {
            Data::Element { name, .. } => &name.local,
            _ => "",
        }
    }

    pub fn attr(&self, key: &str) -> Option<&str> {
        match &self.data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match &self.data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// A parsed page: `nodes[0]` is the document.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    pub fn parse(html: &str) -> Dom {
        let sink = Sink {
            nodes: RefCell::new(vec![Node {
                parent: None,
                children: Vec::new(),
                data: Data::Document,
            }]),
        };
        parse_document(sink, ParseOpts::default()).one(html)
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Elements under `root` (itself included) in document order, walked
    /// with a stack so depth costs no recursion.
    pub fn descendants(&self, root: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            out.push(id);
            stack.extend(self.nodes[id].children.iter().rev());
        }
        out
    }

    /// The first element named `tag` under `root`, in document order.
    pub fn find(&self, root: NodeId, tag: &str) -> Option<NodeId> {
        self.descendants(root).into_iter().find(|&id| self.nodes[id].tag() == tag)
    }

    /// All text under `id`, whitespace collapsed.
    pub fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.nodes[n].text() {
                out.push_str(t);
                out.push(' ');
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The text under `id` line by line as written (for `<pre>`), blank lines dropped.
    pub fn text_of_lines(&self, id: NodeId) -> Vec<String> {
        let mut raw = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.nodes[n].text() {
                raw.push_str(t);
            }
        }
        raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
    }

    /// Whether `id` lies inside `ancestor` (or is it).
    pub fn is_within(&self, mut id: NodeId, ancestor: NodeId) -> bool {
        loop {
            if id == ancestor {
                return true;
            }
            match self.nodes[id].parent {
                Some(p) => id = p,
                None => return false,
            }
        }
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

/// An element's name, owned: the arena cannot lend one out of its `RefCell`.
#[derive(Debug)]
pub struct Name(QualName);

impl html5ever::tree_builder::ElemName for Name {
    fn ns(&self) -> &html5ever::Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &html5ever::LocalName {
        &self.0.local
    }
}

impl Sink {
    fn push(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: None,
            children: Vec::new(),
            data,
        });
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        if let Some(p) = nodes[id].parent.take() {
            nodes[p].children.retain(|&c| c != id);
        }
    }

    /// The node to insert: text merged into a text sibling returns `None`.
    fn make(&self, child: NodeOrText<NodeId>, text_neighbour: Option<NodeId>) -> Option<NodeId> {
        match child {
            NodeOrText::AppendNode(id) => Some(id),
            NodeOrText::AppendText(text) => {
                if let Some(prev) = text_neighbour {
                    if let Data::Text(t) = &mut self.nodes.borrow_mut()[prev].data {
                        t.push_str(&text);
                        return None;
                    }
                }
                Some(self.push(Data::Text(text.to_string())))
            }
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Name;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name {
        match &self.nodes.borrow()[*target].data {
            Data::Element { name, .. } => Name(name.clone()),
            // The tree builder asks only for elements; a harmless name otherwise.
            _ => Name(QualName::new(None, html5ever::ns!(html), html5ever::local_name!("span"))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let template = flags.template.then(|| self.push(Data::Document));
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        self.push(Data::Element { name, attrs, template })
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let last = self.nodes.borrow()[*parent].children.last().copied();
        if let Some(id) = self.make(child, last) {
            let mut nodes = self.nodes.borrow_mut();
            Self::detach(&mut nodes, id);
            nodes[id].parent = Some(*parent);
            nodes[*parent].children.push(id);
        }
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public: StrTendril, _system: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        match &self.nodes.borrow()[*target].data {
            Data::Element {
                template: Some(t), ..
            } => *t,
            _ => *target,
        }
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let Some(parent) = self.nodes.borrow()[*sibling].parent else {
            return;
        };
        let prev = {
            let nodes = self.nodes.borrow();
            let siblings = &nodes[parent].children;
            siblings
                .iter()
                .position(|c| c == sibling)
                .and_then(|i| i.checked_sub(1))
                .map(|i| siblings[i])
        };
        if let Some(id) = self.make(child, prev) {
            let mut nodes = self.nodes.borrow_mut();
            Self::detach(&mut nodes, id);
            let at = nodes[parent]
                .children
                .iter()
                .position(|c| c == sibling)
                .unwrap_or(nodes[parent].children.len());
            nodes[parent].children.insert(at, id);
            nodes[id].parent = Some(parent);
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, add: Vec<Attribute>) {
        if let Data::Element { attrs, .. } = &mut self.nodes.borrow_mut()[*target].data {
            for a in add {
                let key = a.name.local.to_string();
                if !attrs.iter().any(|(k, _)| *k == key) {
                    attrs.push((key, a.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_references_and_mends_broken_markup() {
        let dom = Dom::parse("<p>It&#39;s <b>bold<i> and</b> more&nbsp;&eacute;<p>next");
        let body = dom.find(0, "body").unwrap();
        assert_eq!(dom.text_of(body), "It's bold and more\u{a0}é next");
        assert_eq!(dom.descendants(body).iter().filter(|&&n| dom.node(n).tag() == "p").count(), 2);
    }

    #[test]
    fn deep_nesting_costs_no_recursion() {
        let html = "<div>".repeat(100_000) + "deep";
        let dom = Dom::parse(&html);
        assert_eq!(dom.text_of(0), "deep");
    }
}
