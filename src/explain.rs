//! Says why elements were dropped, for callers who ask ([`crate::Options::explain`]):
//! every stage that removes an element names its rule here, and the article addresses the
//! element by a CSS selector on the page as parsed. Nothing is recorded, and nothing costs
//! more than one check, when nobody asked.

use std::cell::RefCell;

use ego_tree::NodeId;

use crate::dom::{self, Tree};
use crate::{Options, Removal, StoryFound};

/// The rules that remove elements, as stable kebab-case codes callers can match on
/// (`Removal::rule`).
pub(crate) mod rule {
    /// Never content: script, style, form control, embed.
    pub const NEVER_CONTENT: &str = "never-content";
    /// An image placeholder without a source.
    pub const IMAGE_WITHOUT_SOURCE: &str = "image-without-source";
    /// Hidden: `display:none`, `hidden` or `aria-hidden`.
    pub const HIDDEN: &str = "hidden";
    /// A modal dialog.
    pub const MODAL: &str = "modal";
    /// The byline, moved to the article's metadata.
    pub const BYLINE: &str = "byline";
    /// A heading that repeats the title.
    pub const TITLE_REPEAT: &str = "title-repeat";
    /// An unlikely candidate by its class/id words (nav, sidebar, comment…).
    pub const UNLIKELY_CLASS: &str = "unlikely-class";
    /// An unlikely candidate by its ARIA role (navigation, complementary…).
    pub const UNLIKELY_ROLE: &str = "unlikely-role";
    /// An empty container.
    pub const EMPTY: &str = "empty";
    /// A non-content element (form, object, embed, non-video iframe…).
    pub const NON_CONTENT_TAG: &str = "non-content-tag";
    /// Share buttons.
    pub const SHARE: &str = "share";
    /// A heading with a negative class/id weight.
    pub const NEGATIVE_HEADING: &str = "negative-heading";
    /// Conditional cleaning: link density, image/paragraph ratio, too few commas.
    pub const CONDITIONAL: &str = "conditional";
    /// An empty paragraph.
    pub const EMPTY_PARAGRAPH: &str = "empty-paragraph";
    /// A donation pitch box.
    pub const DONATION: &str = "donation";
    /// Page furniture by class/id (share, related, newsletter…).
    pub const FURNITURE: &str = "furniture";
    /// A labelled block: related links, prompt, ad label, credit or date line.
    pub const LABEL: &str = "label";
    /// Related links after a label.
    pub const RELATED_LINKS: &str = "related-links";
    /// A block the page's other stories repeat word for word: their template's.
    pub const REPEATED_IN_STORIES: &str = "repeated-in-stories";
    /// A loading placeholder a segment streamed after the page's shell replaces.
    pub const STREAMED_FALLBACK: &str = "streamed-fallback";

    /// Every rule.
    pub const ALL: [&str; 20] = [
        NEVER_CONTENT,
        IMAGE_WITHOUT_SOURCE,
        HIDDEN,
        MODAL,
        BYLINE,
        TITLE_REPEAT,
        UNLIKELY_CLASS,
        UNLIKELY_ROLE,
        EMPTY,
        NON_CONTENT_TAG,
        SHARE,
        NEGATIVE_HEADING,
        CONDITIONAL,
        EMPTY_PARAGRAPH,
        DONATION,
        FURNITURE,
        LABEL,
        RELATED_LINKS,
        REPEATED_IN_STORIES,
        STREAMED_FALLBACK,
    ];
}

thread_local! {
    /// The removals of the extraction running on this thread, when it explains.
    static LOG: RefCell<Option<Vec<(NodeId, &'static str)>>> = const { RefCell::new(None) };
}

/// Records that `id` is being removed by `rule`, when the running extraction explains.
pub(crate) fn removed(id: NodeId, rule: &'static str) {
    LOG.with(|log| {
        if let Some(entries) = log.borrow_mut().as_mut() {
            entries.push((id, rule));
        }
    });
}

/// The removals recorded since the last call (each retry attempt keeps its own).
pub(crate) fn take() -> Vec<(NodeId, &'static str)> {
    LOG.with(|log| log.borrow_mut().as_mut().map(std::mem::take))
        .unwrap_or_default()
}

/// An extraction that explains: holds the page as parsed, to address removed elements.
/// Dropping it stops recording, whatever path the extraction left by.
pub(crate) struct Recorder {
    page: Tree,
}

/// Starts recording when `options` ask for it.
pub(crate) fn start(options: &Options, page: &Tree) -> Option<Recorder> {
    if !options.explain {
        return None;
    }
    LOG.with(|log| *log.borrow_mut() = Some(Vec::new()));
    Some(Recorder { page: page.clone() })
}

impl Drop for Recorder {
    fn drop(&mut self) {
        LOG.with(|log| *log.borrow_mut() = None);
    }
}

/// The removals as selectors on the page as parsed; elements the pipeline created itself
/// have none and are left out, as is any element listed twice.
pub(crate) fn finish(
    recorder: Option<Recorder>,
    removals: impl IntoIterator<Item = (NodeId, &'static str)>,
) -> Vec<Removal> {
    let Some(recorder) = recorder else {
        return Vec::new();
    };
    let mut seen = std::collections::HashSet::new();
    removals
        .into_iter()
        .filter(|(id, _)| seen.insert(*id))
        .filter_map(|(id, rule)| {
            selector(&recorder.page, id).map(|selector| Removal {
                selector,
                rule: rule.to_string(),
            })
        })
        .collect()
}

/// The stories the locate stage found, with their selectors on the page as parsed when
/// the extraction explains.
pub(crate) fn stories(
    recorder: Option<&Recorder>,
    stories: &[(NodeId, String)],
    chosen: NodeId,
) -> Vec<StoryFound> {
    stories
        .iter()
        .map(|(id, heading)| StoryFound {
            heading: heading.clone(),
            chosen: *id == chosen,
            selector: recorder.and_then(|r| selector(&r.page, *id)),
        })
        .collect()
}

/// `html > body:nth-child(2) > div:nth-child(3)`: the element's path by element index.
fn selector(page: &Tree, id: NodeId) -> Option<String> {
    dom::element(page, id)?;
    let mut steps = Vec::new();
    let mut cur = Some(id);
    while let Some(node) = cur.and_then(|c| page.get(c)) {
        let Some(e) = node.value().as_element() else {
            break;
        };
        let parent_is_element = node.parent().is_some_and(|p| p.value().is_element());
        if parent_is_element {
            let index = node
                .prev_siblings()
                .filter(|s| s.value().is_element())
                .count()
                + 1;
            steps.push(format!("{}:nth-child({index})", e.name()));
        } else {
            steps.push(e.name().to_string());
        }
        cur = node.parent().map(|p| p.id());
    }
    steps.reverse();
    Some(steps.join(" > "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_address_elements_by_index_under_html() {
        let doc = crate::input::document("<p>a</p><div><span>b</span><em>c</em></div>");
        let em = doc
            .tree
            .root()
            .descendants()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "em"))
            .map(|n| n.id())
            .expect("an em");
        assert_eq!(
            selector(&doc.tree, em).as_deref(),
            Some("html > body:nth-child(2) > div:nth-child(2) > em:nth-child(2)")
        );
    }

    #[test]
    fn nothing_is_recorded_unless_asked_and_recording_stops_with_the_recorder() {
        let doc = crate::input::document("<p>a</p>");
        let body = doc.tree.root().id();
        removed(body, "rule");
        assert!(take().is_empty());
        let options = Options {
            explain: true,
            ..Options::default()
        };
        let recorder = start(&options, &doc.tree);
        removed(body, "rule");
        assert_eq!(take().len(), 1);
        drop(recorder);
        removed(body, "rule");
        assert!(take().is_empty());
    }
}
