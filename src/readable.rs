//! A quick yes/no: does the page carry enough prose to be worth a reading view?

pub(crate) mod words;

use self::words::{self as voc, threshold};
use crate::measure;
use crate::{dom, input};

/// True when the page has enough visible prose outside of chrome.
pub(crate) fn is_probably_readable(html: &str) -> bool {
    is_probably_readable_tree(&input::document(&input::parse::limit_depth(html)))
}

/// [`is_probably_readable`] for a document tree built elsewhere (a browser's DOM).
pub(crate) fn is_probably_readable_tree(doc: &scraper::Html) -> bool {
    let tree = &doc.tree;
    let mut nodes = Vec::new();
    for n in tree.root().descendants() {
        let Some(e) = n.value().as_element() else {
            continue;
        };
        match &*e.name.local {
            "p" | "pre" | "article" => nodes.push(n.id()),
            "br" => {
                if let Some(p) = n.parent().filter(|p| {
                    p.value()
                        .as_element()
                        .is_some_and(|pe| &*pe.name.local == "div")
                }) {
                    nodes.push(p.id());
                }
            }
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut score = 0.0;
    for id in nodes {
        if !seen.insert(id) {
            continue;
        }
        if !measure::is_probably_visible(tree, id) {
            continue;
        }
        let lower = dom::match_string(tree, id);
        if voc::UNLIKELY.matches(&lower) && !voc::MAYBE_CANDIDATE.matches(&lower) {
            continue;
        }
        if dom::is_tag(tree, id, "p") && dom::has_ancestor_tag(tree, id, "li", 0) {
            continue;
        }
        let len = dom::text_content(tree, id).trim().chars().count();
        if len < threshold::READABLE_MIN_BLOCK_CHARS {
            continue;
        }
        score += ((len - threshold::READABLE_MIN_BLOCK_CHARS) as f64).sqrt();
        if score > threshold::READABLE_MIN_SCORE {
            return true;
        }
    }
    false
}
