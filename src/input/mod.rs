//! Input: text (or bytes) in, document tree out. Bounds the input against the caller's
//! limits, pre-scans it for nesting and droppable code, decodes bytes, and parses with
//! html5ever or, in the browser build, the browser's own parser (via the flat form). The
//! stages after this one see only the tree.

#[cfg(feature = "html-parser")]
pub(crate) mod encoding;
// Used by the wasm bindings; native builds only test it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) mod flat_dom;
pub(crate) mod parse;
pub(crate) mod words;

use scraper::Html;

/// Parses a whole document the way a browser with scripting disabled would:
/// `<noscript>` content becomes elements, so image fallbacks inside it can be used.
#[cfg(feature = "html-parser")]
pub(crate) fn document(html: &str) -> Html {
    document_sized(html, 0)
}

/// [`document`], the tree's node storage reserved for `nodes` nodes up front (the tree
/// is one array of nodes: grown while parsing, it is copied at every doubling).
#[cfg(feature = "html-parser")]
pub(crate) fn document_sized(html: &str, nodes: usize) -> Html {
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let mut empty = Html::new_document();
    if nodes > 0 {
        empty.tree = ego_tree::Tree::with_capacity(scraper::Node::Document, nodes);
    }
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(empty), opts).one(html)
}

/// The browser build has no parser of its own to size: [`document`].
#[cfg(not(feature = "html-parser"))]
pub(crate) fn document_sized(html: &str, _nodes: usize) -> Html {
    document(html)
}

/// Parses a whole document with the browser's own parser (`DOMParser`, scripting
/// disabled), for the browser build that ships no HTML parser of its own.
#[cfg(not(feature = "html-parser"))]
pub(crate) fn document(html: &str) -> Html {
    flat_dom::browser_parse(html, false)
}

/// Parses an HTML fragment (as `innerHTML` of a `<body>` would): the content lands under
/// the returned document's root element.
pub(crate) fn fragment(html: &str) -> Html {
    // Fragments come from callers (an `Article`'s content), not from [`parse::page`]:
    // their nesting is bounded here.
    let html = parse::limit_depth(html);
    #[cfg(feature = "html-parser")]
    return Html::parse_fragment(&html);
    #[cfg(not(feature = "html-parser"))]
    return flat_dom::browser_parse(&html, true);
}
