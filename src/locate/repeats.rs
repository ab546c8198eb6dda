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
    own.iter()
        .map(|&(id, _)| id)
        .filter(|id| repeated.contains(id) && !heads_own_prose(tree, *id, &repeated))
        .collect()
}

/// A section heading over the story's own prose ("Background" in several posts of a
/// series, "1 Introduction" in a journal's papers, each with its own paragraphs after
/// it) is the story's, however many stories use the same words: the first paragraph of
/// the block right after it (that block itself, or in it) is prose the other stories do
/// not repeat.
fn heads_own_prose(tree: &Tree, id: NodeId, repeated: &HashSet<NodeId>) -> bool {
    if !dom::tag_in(tree, id, crate::vocabulary::HEADING_TAGS) {
        return false;
    }
    let Some(next) = dom::next_element_sibling(tree, id) else {
        return false;
    };
    dom::self_or_first_with_tag(tree, next, "p").is_some_and(|p| {
        !repeated.contains(&p)
            && dom::inner_text_len_capped(tree, p, threshold::MIN_SECTION_PROSE_CHARS)
                >= threshold::MIN_SECTION_PROSE_CHARS
            && measure::link_density(tree, p) < threshold::MAX_SECTION_PROSE_LINK_DENSITY
    })
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
