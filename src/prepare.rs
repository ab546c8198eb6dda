//! Makes the parsed page uniform before anyone scores it: bounded depth, noscript image
//! fallbacks unwrapped, scripts/styles gone, `<br><br>` runs turned into paragraphs.

pub(crate) mod words;

use ego_tree::NodeId;
use scraper::{Html, Node};

use self::words::{self as voc, threshold};
use crate::dom::{self, Tree};
use crate::explain::{self, rule};
use crate::measure;

/// Runs every preparation step on the whole document.
pub(crate) fn prepare(doc: &mut Html) {
    let tree = &mut doc.tree;
    let found = inventory(tree, threshold::MAX_DEPTH);
    flatten(tree, &found.too_deep);
    unwrap_shadow_roots(tree, &found.shadow_roots);
    fill_streamed_holes(tree, &found.streamed_segments, &found.streamed_holes);
    unwrap_noscript_images(tree, &found.images, &found.noscripts);
    let fallbacks = mount_point_fallbacks(tree, &found.noscripts);
    for &id in &found.never_content {
        if fallbacks.contains(&id) {
            continue;
        }
        explain::removed(id, rule::NEVER_CONTENT);
        dom::detach(tree, id);
    }
    for &id in &fallbacks {
        dom::rename(tree, id, voc::FALLBACK_TAG);
    }
    replace_brs_of(tree, &found.brs);
    for &font in &found.fonts {
        dom::rename(tree, font, "span");
    }
}

/// The nodes preparation works on, gathered in one walk.
#[derive(Default)]
struct Inventory {
    too_deep: Vec<NodeId>,
    images: Vec<NodeId>,
    noscripts: Vec<NodeId>,
    never_content: Vec<NodeId>,
    /// Declarative shadow roots (`<template shadowrootmode>`), in document order.
    shadow_roots: Vec<NodeId>,
    /// Segments streamed after the shell (`<div hidden id="S:…">`), in document order.
    streamed_segments: Vec<NodeId>,
    /// The `<template>`s left as holes for them (`id="B:…"`, `id="P:…"`).
    streamed_holes: Vec<NodeId>,
    /// `<br>`s inside `<body>`.
    brs: Vec<NodeId>,
    fonts: Vec<NodeId>,
}

fn inventory(tree: &Tree, max_depth: usize) -> Inventory {
    let mut found = Inventory::default();
    let mut stack = vec![(tree.root().id(), 0usize, false)];
    while let Some((id, depth, in_body)) = stack.pop() {
        let Some(node) = tree.get(id) else {
            continue;
        };
        let mut in_body = in_body;
        match node.value() {
            Node::Comment(_) | Node::ProcessingInstruction(_) => {
                found.never_content.push(id);
                continue;
            }
            Node::Element(e) => match &*e.name.local {
                "img" => found.images.push(id),
                "noscript" => {
                    found.noscripts.push(id);
                    found.never_content.push(id);
                }
                "br" if in_body => found.brs.push(id),
                "font" => found.fonts.push(id),
                "body" => in_body = true,
                "template"
                    if e.attrs.iter().any(|(k, _)| {
                        crate::vocabulary::SHADOW_ROOT_ATTRS.contains(&&*k.local)
                    }) =>
                {
                    found.shadow_roots.push(id);
                }
                "template"
                    if e.id().is_some_and(|v| {
                        voc::STREAMED_HOLE_PREFIXES.iter().any(|p| v.starts_with(p))
                    }) =>
                {
                    found.streamed_holes.push(id);
                    found.never_content.push(id);
                }
                "div"
                    if e.attr("hidden").is_some()
                        && e.id()
                            .is_some_and(|v| v.starts_with(voc::STREAMED_SEGMENT_PREFIX)) =>
                {
                    found.streamed_segments.push(id);
                }
                t if voc::NEVER_CONTENT.contains(&t) => found.never_content.push(id),
                _ => {}
            },
            _ => {}
        }
        if depth == max_depth {
            found.too_deep.push(id);
            continue;
        }
        // Children pushed in reverse so they pop in document order.
        let mut child = node.last_child();
        while let Some(c) = child {
            stack.push((c.id(), depth + 1, in_body));
            child = c.prev_sibling();
        }
    }
    found
}

/// Segments React streams after the page's shell take the place of the holes left for
/// them, as the page's inline script moves them once it runs: `<div hidden id="S:1">`'s
/// children go where `<template id="B:1">` or `<template id="P:1">` stands, and a
/// boundary's loading fallback (after a `B:` hole, up to the `<!--/$-->` closing it) goes.
fn fill_streamed_holes(tree: &mut Tree, segments: &[NodeId], holes: &[NodeId]) {
    let mut holes = holes.to_vec();
    for &segment in segments.iter().take(threshold::MAX_STREAMED_SEGMENTS) {
        let Some(at) = holes.iter().position(|&h| fills(tree, segment, h)) else {
            continue;
        };
        let hole = holes.swap_remove(at);
        if dom::is_within(tree, hole, segment) || dom::is_within(tree, segment, hole) {
            continue;
        }
        if dom::attr(tree, hole, "id").is_some_and(|v| v.starts_with(voc::STREAMED_BOUNDARY_PREFIX))
        {
            for node in boundary_fallback(tree, hole) {
                explain::removed(node, rule::STREAMED_FALLBACK);
                dom::detach(tree, node);
            }
        }
        let parts: Vec<NodeId> = dom::children(tree, segment).collect();
        for part in parts {
            dom::detach(tree, part);
            dom::insert_before(tree, hole, part);
        }
    }
}

/// Whether the streamed `segment` (`S:1`) fills `hole` (`B:1`, `P:1`).
fn fills(tree: &Tree, segment: NodeId, hole: NodeId) -> bool {
    let (Some(s), Some(h)) = (dom::attr(tree, segment, "id"), dom::attr(tree, hole, "id")) else {
        return false;
    };
    s.strip_prefix(voc::STREAMED_SEGMENT_PREFIX)
        .is_some_and(|n| {
            voc::STREAMED_HOLE_PREFIXES
                .iter()
                .any(|p| h.strip_prefix(p) == Some(n))
        })
}

/// The nodes after a boundary's hole up to the comment closing its loading fallback
/// ([`voc::STREAMED_BOUNDARY_END`]); none when that comment is not among the next
/// [`threshold::MAX_FALLBACK_NODES`].
fn boundary_fallback(tree: &Tree, hole: NodeId) -> Vec<NodeId> {
    let mut fallback = Vec::new();
    let mut node = dom::next_sibling(tree, hole);
    while let Some(n) = node {
        if let Some(Node::Comment(c)) = tree.get(n).map(|n| n.value()) {
            if c.trim() == voc::STREAMED_BOUNDARY_END {
                return fallback;
            }
        }
        if fallback.len() == threshold::MAX_FALLBACK_NODES {
            break;
        }
        fallback.push(n);
        node = dom::next_sibling(tree, n);
    }
    Vec::new()
}

/// Elements at the depth limit give up their structure: their subtree is replaced by
/// its leaves (text and empty elements), so no later walk meets hostile depth.
fn flatten(tree: &mut Tree, too_deep: &[NodeId]) {
    for &id in too_deep {
        let leaves: Vec<NodeId> = tree
            .get(id)
            .map(|n| {
                n.descendants()
                    .skip(1)
                    .filter(|d| !d.has_children())
                    .map(|d| d.id())
                    .collect()
            })
            .unwrap_or_default();
        let kids: Vec<NodeId> = dom::children(tree, id).collect();
        for k in kids {
            dom::detach(tree, k);
        }
        for leaf in leaves {
            dom::detach(tree, leaf);
            dom::append(tree, id, leaf);
        }
    }
}

/// A declarative shadow root's content takes its place: it is what the browser renders
/// in the host. Each of the host's own children takes the place of the slot it names
/// (`slot="…"`, else the default slot), as the browser composes them; a slot no child
/// names keeps its fallback content, and children no slot takes stay after the content.
/// (The parser keeps a template's content under a fragment node; the browser build's walk
/// reports it as the template's children.)
fn unwrap_shadow_roots(tree: &mut Tree, templates: &[NodeId]) {
    for &template in templates {
        let Some(host) = dom::parent(tree, template) else {
            continue;
        };
        let holder = match tree.get(template).and_then(|t| t.first_child()) {
            Some(f) if matches!(f.value(), Node::Fragment) => f.id(),
            _ => template,
        };
        let light: Vec<NodeId> = dom::children(tree, host)
            .filter(|&c| c != template)
            .collect();
        let content: Vec<NodeId> = dom::children(tree, holder).collect();
        for &c in &content {
            dom::detach(tree, c);
            dom::insert_before(tree, template, c);
        }
        dom::detach(tree, template);
        assign_to_slots(tree, &slots_in(tree, &content), &light);
    }
}

/// The `<slot>`s of a shadow root's content with their names (the default slot's is
/// empty), in document order, not looking into the shadow roots nested in it.
fn slots_in(tree: &Tree, content: &[NodeId]) -> Vec<(NodeId, String)> {
    let mut slots = Vec::new();
    let mut stack: Vec<NodeId> = content.iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        let Some(e) = dom::element(tree, id) else {
            continue;
        };
        match &*e.name.local {
            "template" => continue,
            "slot" => slots.push((id, dom::attr(tree, id, "name").unwrap_or("").to_owned())),
            _ => {}
        }
        let kids: Vec<NodeId> = dom::children(tree, id).collect();
        stack.extend(kids.into_iter().rev());
    }
    slots
}

/// Moves each of `light` (a host's own children) into the first slot of its name, in
/// place of the slot's fallback content; a slot given children is replaced by them.
fn assign_to_slots(tree: &mut Tree, slots: &[(NodeId, String)], light: &[NodeId]) {
    if slots.is_empty() {
        return;
    }
    let mut filled: Vec<NodeId> = Vec::new();
    for &child in light {
        let name = dom::attr(tree, child, "slot").unwrap_or("");
        let Some(&(slot, _)) = slots.iter().find(|(_, n)| n == name) else {
            continue;
        };
        if !filled.contains(&slot) {
            let fallback: Vec<NodeId> = dom::children(tree, slot).collect();
            for f in fallback {
                dom::detach(tree, f);
            }
            filled.push(slot);
        }
        dom::detach(tree, child);
        dom::insert_before(tree, slot, child);
    }
    for slot in filled {
        dom::detach(tree, slot);
    }
}

/// Drops images that carry no source at all, and replaces an image placeholder by the
/// real image a following `<noscript>` holds.
fn unwrap_noscript_images(tree: &mut Tree, images: &[NodeId], noscripts: &[NodeId]) {
    for &img in images {
        let has_source = dom::element(tree, img).is_some_and(|e| {
            e.attrs.iter().any(|(k, v)| {
                matches!(&*k.local, "src" | "srcset" | "data-src" | "data-srcset")
                    || measure::mentions_image_file(v)
            })
        });
        if !has_source {
            explain::removed(img, rule::IMAGE_WITHOUT_SOURCE);
            dom::detach(tree, img);
        }
    }
    for &noscript in noscripts {
        if dom::parent(tree, noscript).is_none() || !is_single_image(tree, noscript) {
            continue;
        }
        let Some(prev) = dom::prev_element_sibling(tree, noscript) else {
            continue;
        };
        if !is_single_image(tree, prev) {
            continue;
        }
        let prev_img = dom::self_or_first_with_tag(tree, prev, "img");
        let Some(new_img) = dom::descendants_with_tags(tree, noscript, &["img"])
            .first()
            .copied()
        else {
            continue;
        };
        if let Some(prev_img) = prev_img {
            for (name, value) in dom::attrs(tree, prev_img) {
                if value.is_empty() {
                    continue;
                }
                if name == "src" || name == "srcset" || measure::mentions_image_file(&value) {
                    if dom::attr(tree, new_img, &name) == Some(value.as_str()) {
                        continue;
                    }
                    let target = if dom::has_attr(tree, new_img, &name) {
                        format!("data-old-{name}")
                    } else {
                        name
                    };
                    dom::set_attr(tree, new_img, &target, &value);
                }
            }
        }
        let Some(replacement) = dom::first_element_child(tree, noscript) else {
            continue;
        };
        dom::replace(tree, prev, replacement);
    }
}

/// The `<noscript>`s that are all their parent holds and hold a story, a heading and a
/// story's length of text:
/// an app's empty mount point (`<div id="root">`) whose story the server sends only as
/// this fallback. The app renders nothing else there, so the fallback is the only copy of
/// that story's text on the page; a `<noscript>` beside the app's rendered content, or a
/// short "enable JavaScript" notice, stays dropped.
fn mount_point_fallbacks(tree: &Tree, noscripts: &[NodeId]) -> Vec<NodeId> {
    let mut kept = Vec::new();
    for &noscript in noscripts {
        let Some(parent) = dom::parent(tree, noscript) else {
            continue;
        };
        let alone = dom::children(tree, parent).all(|c| {
            c == noscript
                || match tree.get(c).map(|n| n.value()) {
                    Some(Node::Text(t)) => t.trim().is_empty(),
                    Some(Node::Comment(_)) => true,
                    _ => false,
                }
        });
        if alone
            && !dom::descendants_with_tags(tree, noscript, crate::vocabulary::HEADING_TAGS)
                .is_empty()
            && dom::text_content(tree, noscript).trim().chars().count()
                >= threshold::MIN_FALLBACK_STORY_CHARS
        {
            kept.push(noscript);
        }
    }
    kept
}

/// A chain of single elements, without text, ending in an `<img>`.
fn is_single_image(tree: &Tree, mut id: NodeId) -> bool {
    loop {
        if dom::is_tag(tree, id, "img") {
            return true;
        }
        let mut kids = dom::element_children(tree, id);
        let (Some(only), None) = (kids.next(), kids.next()) else {
            return false;
        };
        if !dom::text_content(tree, id).trim().is_empty() {
            return false;
        }
        id = only;
    }
}

/// The next sibling that is not whitespace-only text.
fn next_significant(tree: &Tree, mut cur: Option<NodeId>) -> Option<NodeId> {
    while let Some(id) = cur {
        let skip = tree
            .get(id)
            .is_some_and(|n| matches!(n.value(), Node::Text(t) if t.trim().is_empty()));
        if !skip {
            return Some(id);
        }
        cur = tree.get(id).and_then(|n| n.next_sibling()).map(|n| n.id());
    }
    None
}

fn next_sibling(tree: &Tree, id: NodeId) -> Option<NodeId> {
    tree.get(id).and_then(|n| n.next_sibling()).map(|n| n.id())
}

/// Two or more `<br>` in a row end a paragraph: the phrasing content after them becomes a
/// `<p>`.
fn replace_brs_of(tree: &mut Tree, brs: &[NodeId]) {
    for &br in brs {
        if dom::parent(tree, br).is_none() {
            continue;
        }
        let mut next = next_sibling(tree, br);
        let mut replaced = false;
        loop {
            next = next_significant(tree, next);
            match next {
                Some(n) if dom::is_tag(tree, n, "br") => {
                    replaced = true;
                    let after = next_sibling(tree, n);
                    dom::detach(tree, n);
                    next = after;
                }
                _ => break,
            }
        }
        if !replaced {
            continue;
        }
        let p = dom::create(tree, "p");
        dom::replace(tree, br, p);
        let mut next = next_sibling(tree, p);
        while let Some(n) = next {
            if dom::is_tag(tree, n, "br") {
                let after = next_significant(tree, next_sibling(tree, n));
                if after.is_some_and(|a| dom::is_tag(tree, a, "br")) {
                    break;
                }
            }
            if !measure::is_phrasing(tree, n) {
                break;
            }
            let after = next_sibling(tree, n);
            dom::detach(tree, n);
            dom::append(tree, p, n);
            next = after;
        }
        dom::trim_trailing_whitespace(tree, p);
        if let Some(parent) = dom::parent(tree, p) {
            if dom::is_tag(tree, parent, "p") {
                dom::rename(tree, parent, "div");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body's text after preparation, one piece per text node, blanks dropped.
    fn prepared_texts(html: &str) -> Vec<String> {
        let mut doc = Html::parse_document(html);
        prepare(&mut doc);
        let body = dom::body(&doc.tree).expect("a body");
        doc.tree
            .get(body)
            .expect("the body node")
            .descendants()
            .filter_map(|n| n.value().as_text().map(|t| t.trim().to_owned()))
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn a_noscript_story_alone_in_an_empty_mount_point_is_read() {
        let prepared_texts = |html: &str| {
            let mut doc = crate::input::document(html);
            prepare(&mut doc);
            let body = dom::body(&doc.tree).expect("a body");
            dom::text_content(&doc.tree, body)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let story = format!(
            "<article><h2>The headline</h2><p>{}</p></article>",
            "Words of the story told at length. ".repeat(20)
        );
        let alone = prepared_texts(&format!(
            "<body><div id=\"root-2\"> <noscript>{story}</noscript> </div></body>"
        ));
        assert!(alone.starts_with("The headline"), "{alone}");
        // Beside the app's rendered copy, or as a short notice, it stays dropped.
        let beside = prepared_texts(&format!(
            "<body><div id=\"root\"><noscript>{story}</noscript><div class=\"app\">Rendered</div></div></body>"
        ));
        assert_eq!(beside, "Rendered");
        let notice = prepared_texts(
            "<body><div id=\"root\"><noscript><h2>JavaScript</h2>You need to enable JavaScript to run this app.</noscript></div></body>",
        );
        assert!(notice.is_empty(), "{notice:?}");
    }

    /// React's streamed segments fill their holes: a boundary's loading fallback goes, a
    /// `P:` hole takes its segment alone; a segment with no hole, or around its own
    /// hole, stays where it is (hidden, as the browser without the script shows it).
    #[test]
    fn streamed_segments_take_the_places_of_their_holes() {
        let html = "<body><main><p>Shell</p><!--$?--><template id=B:0></template>\
            <div class=skeleton>Loading</div><!--/$--><p>Middle</p><template id=P:1></template>\
            <p>End</p></main><div hidden id=S:0><p>First part</p></div>\
            <div hidden id=S:1><p>Second part</p></div>\
            <div hidden id=S:2><p>No hole</p><template id=B:2></template></div></body>";
        assert_eq!(
            prepared_texts(html),
            [
                "Shell",
                "First part",
                "Middle",
                "Second part",
                "End",
                "No hole"
            ]
        );
        // Without the comment closing the fallback, nothing but the hole is replaced.
        let html = "<body><template id=B:0></template><p>Kept</p>\
            <div hidden id=S:0><p>Streamed</p></div></body>";
        assert_eq!(prepared_texts(html), ["Streamed", "Kept"]);
    }

    #[test]
    fn a_shadow_hosts_children_take_the_places_of_the_slots_they_name() {
        let texts = prepared_texts(
            "<body><story-card><template shadowrootmode=\"open\">\
             <header><slot name=\"title\">Untitled</slot></header>\
             <div class=\"body\"><slot>No text</slot></div>\
             <footer><slot name=\"end\">The end</slot></footer></template>\
             <p>First paragraph.</p><h1 slot=\"title\">The headline</h1>\
             <p>Second paragraph.</p><span slot=\"nowhere\">Unslotted</span>\
             </story-card></body>",
        );
        assert_eq!(
            texts,
            [
                "The headline",
                "First paragraph.",
                "Second paragraph.",
                "The end",
                "Unslotted"
            ]
        );
    }

    #[test]
    fn nested_shadow_roots_fill_their_own_slots() {
        let texts = prepared_texts(
            "<body><outer-frame><template shadowrootmode=\"open\">\
             <article><slot name=\"head\"></slot><div><slot></slot></div></article></template>\
             <p>Body text.</p>\
             <fancy-heading slot=\"head\"><template shadowrootmode=\"open\">\
             <h1><slot></slot></h1></template>Headline inside</fancy-heading>\
             </outer-frame></body>",
        );
        assert_eq!(texts, ["Headline inside", "Body text."]);
        let mut doc = Html::parse_document(
            "<body><x-h><template shadowrootmode=\"open\"><h1><slot></slot></h1></template>\
             Title</x-h></body>",
        );
        prepare(&mut doc);
        let h1 = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["h1"]);
        assert_eq!(dom::inner_text(&doc.tree, h1[0]).trim(), "Title");
    }
}
