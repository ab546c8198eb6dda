//! Template furniture inside a story, found by repetition: on a page with several stories
//! cut from one template, a text block that stands word for word in the other stories too
//! (a press office's "About the department" paragraph and its `###`, a "Show notes"
//! label, a teaser repeating another story's headline) is the template's, not the story's.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;

use super::stories::Story;
use super::{parts, words, words::threshold};
use crate::dom::{self, Tree};
use crate::{explain, measure};

/// The text blocks of `story` whose text is also a block of at least
/// [`threshold::FURNITURE_STORY_SHARE`] of the page's other stories (and of one at least).
pub(super) fn furniture(tree: &Tree, all: &[Story], story: &Story) -> Vec<NodeId> {
    let others: Vec<&Story> = all.iter().filter(|s| s.root != story.root).collect();
    if others.is_empty() {
        return Vec::new();
    }
    let own = text_blocks(tree, story);
    if own.is_empty() {
        return Vec::new();
    }
    let wanted: HashSet<&str> = own.iter().map(|(_, t)| t.as_str()).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for other in &others {
        let texts: HashSet<String> = text_blocks(tree, other)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        for text in texts {
            if let Some(&key) = wanted.get(text.as_str()) {
                *counts.entry(key).or_default() += 1;
            }
        }
    }
    let needed = ((others.len() as f64) * threshold::FURNITURE_STORY_SHARE)
        .ceil()
        .max(1.0) as usize;
    let repeated: HashSet<NodeId> = own
        .iter()
        .filter(|(_, t)| counts.get(t.as_str()).is_some_and(|&n| n >= needed))
        .map(|&(id, _)| id)
        .collect();
    // Only a repeated heading may be the story's own (see [`heads_own_text`]): the
    // story's blocks are measured for it alone.
    let headings: Vec<NodeId> = repeated
        .iter()
        .copied()
        .filter(|&id| dom::tag_in(tree, id, crate::vocabulary::HEADING_TAGS))
        .collect();
    let mut own_headings: HashSet<NodeId> = HashSet::new();
    if !headings.is_empty() {
        // The story's own blocks of text (not repeated, few links), by element.
        let unrepeated: Vec<(NodeId, usize)> = own
            .iter()
            .filter(|(id, _)| !repeated.contains(id))
            .filter(|&&(id, _)| {
                measure::link_density(tree, id) < threshold::MAX_SECTION_PROSE_LINK_DENSITY
            })
            .map(|(id, t)| (*id, t.chars().count()))
            .collect();
        own_headings.extend(
            headings
                .into_iter()
                .filter(|&h| heads_own_text(tree, h, &unrepeated)),
        );
    }
    own.iter()
        .map(|&(id, _)| id)
        .filter(|id| repeated.contains(id) && !own_headings.contains(id))
        .collect()
}

/// Whether section heading `id` heads the story's own text ("Background" in several posts of a
/// series, "1 Introduction" in a journal's papers, "Key Takeaways" over each explainer's
/// own points) is the story's, however many stories use the same words: the elements
/// after it, up to the next heading, hold at least
/// [`threshold::MIN_SECTION_PROSE_CHARS`] characters of `unrepeated` blocks (the
/// story's own text, few of it in links).
fn heads_own_text(tree: &Tree, id: NodeId, unrepeated: &[(NodeId, usize)]) -> bool {
    // A heading alone in a wrapper (`div.callout-heading > h3`) heads what follows the
    // wrapper.
    let mut head = id;
    for _ in 0..threshold::HEADING_WRAPPER_LEVELS {
        match dom::parent(tree, head) {
            Some(p)
                if dom::next_element_sibling(tree, head).is_none()
                    && dom::element_children(tree, p).count() == 1 =>
            {
                head = p
            }
            _ => break,
        }
    }
    let mut section: HashSet<NodeId> = HashSet::new();
    let mut next = dom::next_element_sibling(tree, head);
    while let Some(n) = next.filter(|&n| !dom::tag_in(tree, n, crate::vocabulary::HEADING_TAGS)) {
        section.insert(n);
        next = dom::next_element_sibling(tree, n);
    }
    let Some(parent) = dom::parent(tree, head) else {
        return false;
    };
    let in_section = |block: NodeId| {
        section.contains(&block)
            || dom::ancestors(tree, block, 0)
                .into_iter()
                .take_while(|&a| a != parent)
                .any(|a| section.contains(&a))
    };
    let own: usize = unrepeated
        .iter()
        .filter(|&&(block, _)| in_section(block))
        .map(|&(_, chars)| chars)
        .sum();
    own >= threshold::MIN_SECTION_PROSE_CHARS
}

/// Removes the furniture found on the page, once every other rule has read the blocks
/// (a repeated "More on this story" label names the links after it as related). Its ids
/// are those of the page as located: on a fresh copy of the page, a retry's, the same
/// elements.
pub(crate) fn strip(tree: &mut Tree, furniture: &[NodeId]) {
    for &id in furniture {
        if tree.get(id).is_some_and(|n| n.parent().is_some()) {
            explain::removed(id, explain::rule::REPEATED_IN_STORIES);
            dom::detach(tree, id);
        }
    }
}

/// The story's text blocks (elements holding only text and inline elements, icons
/// among them, with some text), each with its text, spaces collapsed.
fn text_blocks(tree: &Tree, story: &Story) -> Vec<(NodeId, String)> {
    let mut out = Vec::new();
    for part in parts(story) {
        let Some(node) = tree.get(part) else {
            continue;
        };
        for n in dom::descendants(node) {
            if !n.value().is_element() || measure::is_phrasing(tree, n.id()) {
                continue;
            }
            let mut children = n.children().peekable();
            let inline = |c: ego_tree::NodeRef<'_, scraper::Node>| {
                !c.value().is_element()
                    || measure::is_phrasing(tree, c.id())
                    || dom::tag_in(tree, c.id(), words::INLINE_GRAPHIC_TAGS)
            };
            if children.peek().is_none() || !children.all(inline) {
                continue;
            }
            let text = dom::normalize_space(&dom::inner_text(tree, n.id()));
            if !text.is_empty() {
                out.push((n.id(), text));
            }
        }
    }
    out
}
