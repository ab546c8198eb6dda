//! The document tree every stage works on (scraper's `Html`), with the small set of
//! reads and edits the pipeline needs. Every walk here uses an explicit stack or
//! ego_tree's iterative traversal, so hostile nesting cannot overflow the stack.

pub(crate) mod checkpoint;

use ego_tree::{NodeId, NodeRef};
use html5ever::{local_name, ns, Attribute, LocalName, QualName};
use scraper::node::Element;
use scraper::Node;

pub(crate) type Tree = ego_tree::Tree<Node>;

/// Comma characters of the world's scripts (a comma marks prose).
pub(crate) const COMMAS: &[char] = &[
    '\u{002C}', '\u{060C}', '\u{FE50}', '\u{FE10}', '\u{FE11}', '\u{2E41}', '\u{2E34}', '\u{2E32}',
    '\u{FF0C}',
];

/// A map keyed by node, with a hash suited to node ids (small integers).
pub(crate) type NodeMap<V> = std::collections::HashMap<NodeId, V, BuildIdHasher>;
/// A set of nodes, with a hash suited to node ids.
pub(crate) type NodeSet = std::collections::HashSet<NodeId, BuildIdHasher>;
pub(crate) type BuildIdHasher = std::hash::BuildHasherDefault<IdHasher>;

/// Multiplicative hashing of node ids: they are small distinct integers, so SipHash's
/// protection against crafted keys buys nothing here.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub(crate) fn element(tree: &Tree, id: NodeId) -> Option<&Element> {
    tree.get(id).and_then(|n| n.value().as_element())
}

/// Local tag name of an element node, `None` for other nodes.
pub(crate) fn tag(tree: &Tree, id: NodeId) -> Option<&str> {
    element(tree, id).map(|e| &*e.name.local)
}

pub(crate) fn is_tag(tree: &Tree, id: NodeId, name: &str) -> bool {
    tag(tree, id) == Some(name)
}

pub(crate) fn tag_in(tree: &Tree, id: NodeId, set: &[&str]) -> bool {
    tag(tree, id).is_some_and(|t| set.contains(&t))
}

pub(crate) fn is_element(tree: &Tree, id: NodeId) -> bool {
    element(tree, id).is_some()
}

pub(crate) fn attr<'a>(tree: &'a Tree, id: NodeId, name: &str) -> Option<&'a str> {
    element(tree, id).and_then(|e| elem_attr(e, name))
}

/// An attribute of an element, found without interning the name (scraper's
/// `Element::attr` interns on every call).
pub(crate) fn elem_attr<'a>(e: &'a Element, name: &str) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(k, _)| &*k.local == name)
        .map(|(_, v)| &**v)
}

/// Exactly scraper's `Element::attr` (an attribute in no namespace), found without
/// interning the name.
pub(crate) fn html_attr<'a>(e: &'a Element, name: &str) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(k, _)| k.prefix.is_none() && k.ns == ns!() && &*k.local == name)
        .map(|(_, v)| &**v)
}

pub(crate) fn has_attr(tree: &Tree, id: NodeId, name: &str) -> bool {
    attr(tree, id, name).is_some()
}

/// `class` and `id` joined by a space and lowercased: the string class/id vocabularies
/// are matched on. Empty (and not allocated) for elements with neither.
pub(crate) fn match_string(tree: &Tree, id: NodeId) -> String {
    let mut s = String::new();
    write_match_string(tree, id, &mut s);
    s
}

/// A buffer for [`match_string`] that walks reading it at every element reuse.
#[derive(Default)]
pub(crate) struct MatchBuf(String);

impl MatchBuf {
    /// The [`match_string`] of `id`.
    pub(crate) fn of(&mut self, tree: &Tree, id: NodeId) -> &str {
        write_match_string(tree, id, &mut self.0);
        &self.0
    }
}

/// Whether an attribute name is `class` or `id`, compared as interned atoms.
pub(crate) fn is_class_or_id(name: &LocalName) -> bool {
    *name == local_name!("class") || *name == local_name!("id")
}

/// Puts the [`match_string`] of `id` in `s` (emptied first).
fn write_match_string(tree: &Tree, id: NodeId, s: &mut String) {
    s.clear();
    let Some(e) = element(tree, id) else {
        return;
    };
    let mut class = "";
    let mut ident = "";
    for (k, v) in e.attrs.iter() {
        if k.local == local_name!("class") {
            class = v;
        } else if k.local == local_name!("id") {
            ident = v;
        }
    }
    if class.is_empty() && ident.is_empty() {
        return;
    }
    s.reserve(class.len() + ident.len() + 1);
    s.push_str(class);
    s.push(' ');
    s.push_str(ident);
    s.make_ascii_lowercase();
    if !s.is_ascii() {
        *s = s.to_lowercase();
    }
}

fn qual(name: &str) -> QualName {
    QualName::new(None, ns!(), LocalName::from(name))
}

fn html_qual(name: &str) -> QualName {
    QualName::new(None, ns!(html), LocalName::from(name))
}

/// The words of an element's `class` and `id`, lowercased: split at every
/// non-alphanumeric character and at camelCase humps (`relatedPosts` → related, posts).
pub(crate) fn class_tokens(tree: &Tree, id: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    let Some(e) = element(tree, id) else {
        return out;
    };
    for (k, v) in e.attrs.iter() {
        if !matches!(&*k.local, "class" | "id") {
            continue;
        }
        let mut word = String::new();
        let mut prev_lower = false;
        for c in v.chars() {
            let boundary = !c.is_alphanumeric() || (c.is_uppercase() && prev_lower);
            if boundary && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            }
            prev_lower = c.is_lowercase();
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

pub(crate) fn set_attr(tree: &mut Tree, id: NodeId, name: &str, value: &str) {
    checkpoint::before_edit(tree, id);
    if let Some(mut n) = tree.get_mut(id) {
        if let Node::Element(e) = n.value() {
            if let Some(slot) = e.attrs.iter_mut().find(|(k, _)| &*k.local == name) {
                slot.1 = value.into();
            } else {
                // Attributes stay sorted by name (as scraper's `Element::new` leaves
                // them), and no other has this name: its place is where it sorts.
                let name = qual(name);
                let at = e.attrs.partition_point(|(k, _)| *k < name);
                e.attrs.insert(at, (name, value.into()));
            }
        }
    }
}

pub(crate) fn remove_attr(tree: &mut Tree, id: NodeId, name: &str) {
    checkpoint::before_edit(tree, id);
    if let Some(mut n) = tree.get_mut(id) {
        if let Node::Element(e) = n.value() {
            e.attrs.retain(|(k, _)| &*k.local != name);
        }
    }
}

/// Keeps only the attributes `keep` says yes to (it may be asked twice about one).
pub(crate) fn retain_attrs(tree: &mut Tree, id: NodeId, mut keep: impl FnMut(&str) -> bool) {
    if element(tree, id).is_some_and(|e| e.attrs.iter().all(|(k, _)| keep(&k.local))) {
        return;
    }
    checkpoint::before_edit(tree, id);
    if let Some(mut n) = tree.get_mut(id) {
        if let Node::Element(e) = n.value() {
            e.attrs.retain(|(k, _)| keep(&k.local));
        }
    }
}

/// All attributes of an element as owned pairs (for loops that edit the same element).
pub(crate) fn attrs(tree: &Tree, id: NodeId) -> Vec<(String, String)> {
    element(tree, id)
        .map(|e| {
            e.attrs
                .iter()
                .map(|(k, v)| (k.local.to_string(), v.to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// Changes an element's tag name in place, keeping attributes and children.
pub(crate) fn rename(tree: &mut Tree, id: NodeId, name: &str) {
    checkpoint::before_edit(tree, id);
    if let Some(mut n) = tree.get_mut(id) {
        if let Node::Element(e) = n.value() {
            let attrs = std::mem::take(&mut e.attrs);
            let mut fresh = Element::new(html_qual(name), Vec::<Attribute>::new());
            fresh.attrs = attrs;
            *e = fresh;
        }
    }
}

/// A new, detached HTML element.
pub(crate) fn create(tree: &mut Tree, name: &str) -> NodeId {
    tree.orphan(Node::Element(Element::new(html_qual(name), Vec::new())))
        .id()
}

pub(crate) fn detach(tree: &mut Tree, id: NodeId) {
    if let Some(mut n) = tree.get_mut(id) {
        n.detach();
    }
}

pub(crate) fn append(tree: &mut Tree, parent: NodeId, child: NodeId) {
    if let Some(mut p) = tree.get_mut(parent) {
        p.append_id(child);
    }
}

pub(crate) fn insert_before(tree: &mut Tree, anchor: NodeId, node: NodeId) {
    if let Some(mut a) = tree.get_mut(anchor) {
        a.insert_id_before(node);
    }
}

pub(crate) fn insert_after(tree: &mut Tree, anchor: NodeId, node: NodeId) {
    if let Some(mut a) = tree.get_mut(anchor) {
        a.insert_id_after(node);
    }
}

/// Puts `new` where `old` is; `old` ends up detached.
pub(crate) fn replace(tree: &mut Tree, old: NodeId, new: NodeId) {
    if old == new {
        return;
    }
    detach(tree, new);
    insert_before(tree, old, new);
    detach(tree, old);
}

/// Replaces the wrapper `old` by `new`, its only content, which takes on the wrapper's
/// `class` and `id` where it has none: later stages read them (a `div.author-bio` around
/// one `<p>` is still an author bio).
pub(crate) fn replace_inheriting_names(tree: &mut Tree, old: NodeId, new: NodeId) {
    for name in ["class", "id"] {
        if attr(tree, new, name).is_none() {
            if let Some(value) = attr(tree, old, name).map(str::to_string) {
                set_attr(tree, new, name, &value);
            }
        }
    }
    replace(tree, old, new);
}

/// Moves all children of `from` to the end of `to`.
pub(crate) fn move_children(tree: &mut Tree, from: NodeId, to: NodeId) {
    if let Some(mut t) = tree.get_mut(to) {
        t.reparent_from_id_append(from);
    }
}

pub(crate) fn parent(tree: &Tree, id: NodeId) -> Option<NodeId> {
    tree.get(id).and_then(|n| n.parent()).map(|p| p.id())
}

pub(crate) fn children(tree: &Tree, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    tree.get(id)
        .into_iter()
        .flat_map(|n| n.children())
        .map(|c| c.id())
}

pub(crate) fn element_children(tree: &Tree, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    tree.get(id)
        .into_iter()
        .flat_map(|n| n.children())
        .filter(|c| c.value().is_element())
        .map(|c| c.id())
}

pub(crate) fn first_element_child(tree: &Tree, id: NodeId) -> Option<NodeId> {
    first_element_at(tree.get(id)?.first_child()).map(|n| n.id())
}

/// `node` or the first element among its following siblings.
fn first_element_at(mut node: Option<NodeRef<'_, Node>>) -> Option<NodeRef<'_, Node>> {
    while let Some(n) = node {
        if n.value().is_element() {
            return Some(n);
        }
        node = n.next_sibling();
    }
    None
}

pub(crate) fn next_sibling(tree: &Tree, id: NodeId) -> Option<NodeId> {
    tree.get(id)?.next_sibling().map(|n| n.id())
}

pub(crate) fn prev_sibling(tree: &Tree, id: NodeId) -> Option<NodeId> {
    tree.get(id)?.prev_sibling().map(|n| n.id())
}

pub(crate) fn next_element_sibling(tree: &Tree, id: NodeId) -> Option<NodeId> {
    first_element_at(tree.get(id)?.next_sibling()).map(|n| n.id())
}

pub(crate) fn prev_element_sibling(tree: &Tree, id: NodeId) -> Option<NodeId> {
    let mut cur = tree.get(id)?.prev_sibling();
    while let Some(n) = cur {
        if n.value().is_element() {
            return Some(n.id());
        }
        cur = n.prev_sibling();
    }
    None
}

/// Like [`next_node`] but never leaves the subtree of `root`.
pub(crate) fn next_node_within(
    tree: &Tree,
    id: NodeId,
    skip_children: bool,
    root: NodeId,
) -> Option<NodeId> {
    let node = tree.get(id)?;
    if !skip_children {
        if let Some(c) = first_element_at(node.first_child()) {
            return Some(c.id());
        }
    }
    let mut cur = node;
    loop {
        if cur.id() == root {
            return None;
        }
        if let Some(s) = first_element_at(cur.next_sibling()) {
            return Some(s.id());
        }
        cur = cur.parent()?;
    }
}

/// Removes `id` and returns the next element in document order after its subtree.
pub(crate) fn remove_and_next(tree: &mut Tree, id: NodeId, root: NodeId) -> Option<NodeId> {
    let next = next_node_within(tree, id, true, root);
    detach(tree, id);
    next
}

/// `node` and the nodes under it in document order, as ego-tree's `descendants()` gives
/// them, found by the tree's links: each node is stepped on once, where `descendants()`
/// steps on it entering and again leaving it.
pub(crate) fn descendants(node: NodeRef<'_, Node>) -> Descendants<'_> {
    Descendants {
        root: node.id(),
        next: Some(node),
    }
}

/// The first element, in document order, at or under `root` whose `id` is `id` (the one
/// a browser's `getElementById` finds).
pub(crate) fn element_by_id(tree: &Tree, root: NodeId, id: &str) -> Option<NodeId> {
    descendants(tree.get(root)?)
        .find(|n| n.value().as_element().and_then(Element::id) == Some(id))
        .map(|n| n.id())
}

/// The iterator of [`descendants`].
pub(crate) struct Descendants<'a> {
    root: NodeId,
    next: Option<NodeRef<'a, Node>>,
}

impl<'a> Iterator for Descendants<'a> {
    type Item = NodeRef<'a, Node>;

    fn next(&mut self) -> Option<NodeRef<'a, Node>> {
        let node = self.next?;
        self.next = node.first_child().or_else(|| {
            let mut cur = node;
            loop {
                if cur.id() == self.root {
                    return None;
                }
                if let Some(sibling) = cur.next_sibling() {
                    return Some(sibling);
                }
                cur = cur.parent()?;
            }
        });
        Some(node)
    }
}

/// `id` itself when it is a `tag` element, else its first descendant that is.
pub(crate) fn self_or_first_with_tag(tree: &Tree, id: NodeId, tag: &str) -> Option<NodeId> {
    if is_tag(tree, id, tag) {
        Some(id)
    } else {
        descendants_with_tags(tree, id, &[tag]).first().copied()
    }
}

/// Descendant elements of `id` (not `id` itself) with a tag in `tags`, document order.
pub(crate) fn descendants_with_tags(tree: &Tree, id: NodeId, tags: &[&str]) -> Vec<NodeId> {
    let Some(n) = tree.get(id) else {
        return Vec::new();
    };
    // Names compared as interned atoms: a number each, not a string.
    let names = crate::vocabulary::interned(tags);
    descendants(n)
        .skip(1)
        .filter(|d| {
            d.value()
                .as_element()
                .is_some_and(|e| names.contains(&e.name.local))
        })
        .map(|d| d.id())
        .collect()
}

/// Whether some descendant element of `id` (not `id` itself) has a tag in `tags` (stops
/// at the first).
pub(crate) fn has_descendant_with_tags(tree: &Tree, id: NodeId, tags: &[&str]) -> bool {
    has_descendant_with_tags_within(tree, id, tags, usize::MAX)
}

/// [`has_descendant_with_tags`] among the first `nodes` nodes under `id` only.
pub(crate) fn has_descendant_with_tags_within(
    tree: &Tree,
    id: NodeId,
    tags: &[&str],
    nodes: usize,
) -> bool {
    let Some(n) = tree.get(id) else {
        return false;
    };
    descendants(n).skip(1).take(nodes).any(|d| {
        d.value()
            .as_element()
            .is_some_and(|e| tags.contains(&&*e.name.local))
    })
}

pub(crate) fn count_tag(tree: &Tree, id: NodeId, tag_name: &str) -> usize {
    let name = LocalName::from(tag_name);
    tree.get(id).map_or(0, |n| {
        descendants(n)
            .skip(1)
            .filter(|d| d.value().as_element().is_some_and(|e| e.name.local == name))
            .count()
    })
}

pub(crate) fn has_ancestor_tag(tree: &Tree, id: NodeId, tag_name: &str, max_depth: usize) -> bool {
    let mut cur = parent(tree, id);
    let mut depth = 0;
    while let Some(p) = cur {
        if max_depth > 0 && depth >= max_depth {
            return false;
        }
        if is_tag(tree, p, tag_name) {
            return true;
        }
        depth += 1;
        cur = parent(tree, p);
    }
    false
}

/// The `<body>` element, if the page has one.
pub(crate) fn body(tree: &Tree) -> Option<NodeId> {
    tree.root()
        .descendants()
        .find(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| e.name.local == local_name!("body"))
        })
        .map(|n| n.id())
}

/// Whether `id` is `root` or one of its descendants.
pub(crate) fn is_within(tree: &Tree, id: NodeId, root: NodeId) -> bool {
    let mut cur = Some(id);
    while let Some(n) = cur {
        if n == root {
            return true;
        }
        cur = parent(tree, n);
    }
    false
}

/// Ancestors of `id`, nearest first, at most `max` of them (0 = all).
pub(crate) fn ancestors(tree: &Tree, id: NodeId, max: usize) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut cur = parent(tree, id);
    while let Some(p) = cur {
        if !tree.get(p).is_some_and(|n| n.value().is_element()) {
            break;
        }
        out.push(p);
        if max > 0 && out.len() == max {
            break;
        }
        cur = parent(tree, p);
    }
    out
}

/// The text of a text node.
pub(crate) fn text_of(tree: &Tree, id: NodeId) -> Option<&str> {
    match tree.get(id)?.value() {
        Node::Text(t) => Some(&t.text),
        _ => None,
    }
}

/// Replaces the text of a text node.
pub(crate) fn set_text(tree: &mut Tree, id: NodeId, text: &str) {
    checkpoint::before_edit(tree, id);
    if let Some(mut n) = tree.get_mut(id) {
        if let Node::Text(t) = n.value() {
            t.text = text.into();
        }
    }
}

/// Concatenated text of a subtree (the DOM's `textContent`).
pub(crate) fn text_content(tree: &Tree, id: NodeId) -> String {
    let mut s = String::new();
    if let Some(n) = tree.get(id) {
        push_text(n, &mut s);
    }
    s
}

fn push_text(n: NodeRef<'_, Node>, s: &mut String) {
    for d in descendants(n) {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
        }
    }
}

/// Text with whitespace runs collapsed to one space and trimmed (Readability's
/// `getInnerText`).
pub(crate) fn inner_text(tree: &Tree, id: NodeId) -> String {
    normalize_space(&text_content(tree, id))
}

/// Length in characters of [`inner_text`], counted without building the string.
pub(crate) fn inner_text_len(tree: &Tree, id: NodeId) -> usize {
    text_stats(tree, id).chars
}

/// Character and comma counts of an element's normalized text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TextStats {
    pub chars: usize,
    pub commas: usize,
}

/// A running count of the characters and commas of whitespace-collapsed, trimmed text,
/// fed one text node at a time (the count [`inner_text`] would give, without building it).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TextCount {
    pub chars: usize,
    pub commas: usize,
    /// Whitespace seen since the last counted character, after some text.
    pending_space: bool,
}

impl TextCount {
    /// Counts `text` after what came before it.
    pub(crate) fn add(&mut self, text: &str) {
        self.add_shape(&TextShape::of(text));
    }

    /// Counts a text node measured once with [`TextShape::of`] (for a text node that
    /// counts towards several elements).
    pub(crate) fn add_shape(&mut self, shape: &TextShape) {
        if shape.chars == 0 {
            if shape.has_space {
                self.pending_space = self.chars > 0;
            }
            return;
        }
        let gap = (self.pending_space || shape.leading_space) && self.chars > 0;
        self.chars += shape.chars + usize::from(gap);
        self.commas += shape.commas;
        self.pending_space = shape.trailing_space;
    }
}

/// What one text node adds to a [`TextCount`], whatever text came before it: the count
/// of its own collapsed, trimmed text, and whether whitespace opens or closes it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TextShape {
    chars: usize,
    commas: usize,
    has_space: bool,
    leading_space: bool,
    trailing_space: bool,
}

impl TextShape {
    /// Measures `text`: eight bytes at a time while they are ASCII (see [`ascii_lanes`]),
    /// else byte by byte, decoding non-ASCII characters at their first byte.
    pub(crate) fn of(text: &str) -> TextShape {
        let bytes = text.as_bytes();
        let mut shape = TextShape::default();
        // Whitespace since the last counted character, after some text.
        let mut gap = false;
        let mut i = 0;
        while i < bytes.len() {
            if let Some(&chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
                let v = u64::from_le_bytes(chunk);
                if v & LANE_HIGH == 0 {
                    let (spaces, commas) = ascii_lanes(v);
                    shape.add_ascii_lanes(spaces, commas, &mut gap);
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            let (space, comma) = if b < 0x80 {
                (matches!(b, b' ' | b'\t'..=b'\r'), b == b',')
            } else if b < 0xC0 {
                // A continuation byte of a character counted at its first byte.
                i += 1;
                continue;
            } else {
                let c = text[i..].chars().next().unwrap_or_default();
                (c.is_whitespace(), COMMAS.contains(&c))
            };
            i += 1;
            if space {
                shape.has_space = true;
                if shape.chars == 0 {
                    shape.leading_space = true;
                } else {
                    gap = true;
                }
            } else {
                shape.chars += 1 + usize::from(gap);
                shape.commas += usize::from(comma);
                gap = false;
            }
        }
        shape.trailing_space = gap;
        shape
    }

    /// Adds eight ASCII characters given as lane masks (high bit of each byte lane set
    /// for a whitespace / comma lane), exactly as one character at a time would.
    fn add_ascii_lanes(&mut self, spaces: u64, commas: u64, gap: &mut bool) {
        let words = !spaces & LANE_HIGH;
        if spaces != 0 {
            self.has_space = true;
        }
        if words == 0 {
            if self.chars == 0 {
                self.leading_space = true;
            } else {
                *gap = true;
            }
            return;
        }
        let space_before = *gap || (self.chars == 0 && self.leading_space);
        // Lanes that start a run of non-space characters after a space.
        let starts = words & ((spaces << 8) | (u64::from(space_before) << 7));
        let first = words & words.wrapping_neg();
        let mut gaps = lanes_set(starts);
        if self.chars == 0 {
            // Spaces before the first character are trimmed, not collapsed.
            if starts & first != 0 {
                gaps -= 1;
            }
            if first != 0x80 {
                self.leading_space = true;
            }
        }
        self.chars += lanes_set(words) + gaps;
        if commas != 0 {
            self.commas += lanes_set(commas);
        }
        *gap = spaces >> 63 != 0;
    }
}

/// The characters of `text` that are not whitespace (`char::is_whitespace`): eight bytes
/// at a time while they are ASCII (whose whitespace is exactly [`ascii_lanes`]'), else
/// one character at a time, read at its first byte.
pub(crate) fn non_space_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(&chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
            let v = u64::from_le_bytes(chunk);
            if v & LANE_HIGH == 0 {
                count += 8 - lanes_set(ascii_lanes(v).0);
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b < 0x80 {
            count += usize::from(!matches!(b, b' ' | b'\t'..=b'\r'));
        } else if b >= 0xC0 {
            let c = text[i..].chars().next().unwrap_or_default();
            count += usize::from(!c.is_whitespace());
        }
        i += 1;
    }
    count
}

/// How many byte lanes of a high-bit lane mask are set: the lane bits moved down to each
/// lane's low bit and summed into the top lane by one multiplication (at most 8, so no
/// lane overflows), cheaper than a population count on targets without the instruction.
fn lanes_set(mask: u64) -> usize {
    ((mask >> 7).wrapping_mul(LANE_ONE) >> 56) as usize
}

/// The high bit of each byte lane of a `u64`.
const LANE_HIGH: u64 = 0x8080_8080_8080_8080;
/// One in each byte lane.
const LANE_ONE: u64 = 0x0101_0101_0101_0101;

/// For eight ASCII bytes (little-endian in `v`), the lanes holding whitespace (tab to
/// carriage return, space) and the lanes holding a comma, as high-bit masks. Every lane
/// stays below 0x100, so no carry crosses lanes.
fn ascii_lanes(v: u64) -> (u64, u64) {
    let equal = |byte: u8| {
        let x = v ^ (LANE_ONE * u64::from(byte));
        let nonzero_low = (x & !LANE_HIGH).wrapping_add(!LANE_HIGH);
        !(nonzero_low | x) & LANE_HIGH
    };
    let at_least = |byte: u8| v.wrapping_add(LANE_ONE * u64::from(0x80 - byte)) & LANE_HIGH;
    let controls = at_least(b'\t') & !at_least(b'\r' + 1);
    (equal(b' ') | controls, equal(b','))
}

/// Counts the characters of an element's whitespace-collapsed, trimmed text and its
/// commas, in one pass and without allocating.
pub(crate) fn text_stats(tree: &Tree, id: NodeId) -> TextStats {
    let mut count = TextCount::default();
    if let Some(n) = tree.get(id) {
        for d in descendants(n) {
            if let Node::Text(t) = d.value() {
                count.add(t);
            }
        }
    }
    TextStats {
        chars: count.chars,
        commas: count.commas,
    }
}

/// Length of [`inner_text`], counting stops once it passes `cap` (so a long subtree
/// costs no more than a short one).
pub(crate) fn inner_text_len_capped(tree: &Tree, id: NodeId, cap: usize) -> usize {
    let mut count = TextCount::default();
    let Some(n) = tree.get(id) else {
        return 0;
    };
    for d in descendants(n) {
        if let Node::Text(t) = d.value() {
            count.add(t);
            if count.chars > cap {
                return count.chars;
            }
        }
    }
    count.chars
}

/// True when the subtree's text holds at least `n` commas (stops at the `n`th).
pub(crate) fn has_commas(tree: &Tree, id: NodeId, n: usize) -> bool {
    let mut seen = 0;
    tree.get(id).is_some_and(|node| {
        descendants(node).any(|d| {
            if let Node::Text(t) = d.value() {
                seen += if t.is_ascii() {
                    // The comma is the one ASCII character of `COMMAS`.
                    memchr::memchr_iter(b',', t.as_bytes()).count()
                } else {
                    t.chars().filter(|c| COMMAS.contains(c)).count()
                };
            }
            seen >= n
        })
    })
}

/// True when the subtree has any non-whitespace text (stops at the first).
pub(crate) fn has_text(tree: &Tree, id: NodeId) -> bool {
    tree.get(id).is_some_and(|n| {
        descendants(n).any(|d| match d.value() {
            Node::Text(t) => t.chars().any(|c| !c.is_whitespace()),
            _ => false,
        })
    })
}

pub(crate) fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Words are copied whole, one space between them.
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` without leading and trailing whitespace, as `str::trim` gives it: ASCII
/// whitespace (most of it: markup indentation) is skipped a byte at a time first.
pub(crate) fn trim(text: &str) -> &str {
    text.trim_ascii().trim()
}

/// True when a text node holds only whitespace, or the node is a `<br>`.
pub(crate) fn is_whitespace(tree: &Tree, id: NodeId) -> bool {
    match tree.get(id).map(|n| n.value()) {
        Some(Node::Text(t)) => trim(t).is_empty(),
        Some(Node::Element(e)) => &*e.name.local == "br",
        _ => false,
    }
}

pub(crate) fn is_text(tree: &Tree, id: NodeId) -> bool {
    tree.get(id).is_some_and(|n| n.value().is_text())
}

/// Serializes the children of an element as HTML.
pub(crate) fn inner_html(tree: &Tree, id: NodeId) -> String {
    tree.get(id)
        .and_then(scraper::ElementRef::wrap)
        .map(|e| e.inner_html())
        .unwrap_or_default()
}

/// Removes whitespace text and `<br>` from the end of an element.
pub(crate) fn trim_trailing_whitespace(tree: &mut Tree, id: NodeId) {
    while let Some(last) = tree.get(id).and_then(|n| n.last_child()).map(|n| n.id()) {
        if !is_whitespace(tree, last) {
            break;
        }
        detach(tree, last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_counts_match_the_collapsed_text() {
        let nodes = [
            "",
            "  ",
            " Ein Satz, zwei\u{a0}Sätze ",
            "\u{85}x\u{3000}y\u{2029}",
            "中文，标点、逗号",
            "a,\u{60c}b\u{ff0c}\t\r\n",
            "é",
        ];
        for a in nodes {
            for b in nodes {
                let joined = format!("{a}{b}");
                let mut count = TextCount::default();
                count.add(a);
                count.add(b);
                assert_counts_normalized_text(&count, &joined);
            }
        }
    }

    /// The counter's figures are those of the text with whitespace collapsed.
    fn assert_counts_normalized_text(count: &TextCount, joined: &str) {
        let collapsed = normalize_space(joined);
        assert_eq!(count.chars, collapsed.chars().count(), "{joined:?}");
        let commas = collapsed.chars().filter(|c| COMMAS.contains(c)).count();
        assert_eq!(count.commas, commas, "{joined:?}");
    }

    /// A repeatable pseudo-random index below `n` (xorshift64), for generated inputs.
    fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        }
    }

    #[test]
    fn text_counts_match_across_eight_byte_chunks() {
        let pieces = [
            " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "a", "Zz", ",", "é", "中", "\u{a0}",
            "\u{3000}", "\u{ff0c}", "\u{85}", "-", "\u{7f}", "\u{1f}",
        ];
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            let mut count = TextCount::default();
            let mut joined = String::new();
            for _ in 0..1 + next(3) {
                let node: String = (0..next(40)).map(|_| pieces[next(pieces.len())]).collect();
                count.add(&node);
                joined.push_str(&node);
            }
            assert_counts_normalized_text(&count, &joined);
        }
    }

    #[test]
    fn descendants_come_in_the_order_ego_tree_gives_them() {
        let doc = crate::input::document(
            "<body><div><p>a<b>b</b></p>text<ul><li>1<li><i>2</i></ul></div><p></p>x</body>",
        );
        for n in doc.tree.root().descendants() {
            let ours: Vec<NodeId> = descendants(n).map(|d| d.id()).collect();
            let theirs: Vec<NodeId> = n.descendants().map(|d| d.id()).collect();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn non_space_chars_count_what_is_whitespace_leaves() {
        let pieces = [
            " ",
            "\t",
            "\n",
            "\r",
            "\u{b}",
            "\u{c}",
            "a",
            "Zz",
            ",",
            "é",
            "中",
            "\u{a0}",
            "\u{3000}",
            "\u{85}",
            "\u{7f}",
            "\u{1f}",
            "\u{2028}",
            "\u{1f600}",
        ];
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let text: String = (0..next(40)).map(|_| pieces[next(pieces.len())]).collect();
            let expected = text.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(non_space_chars(&text), expected, "{text:?}");
        }
    }
}
