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
