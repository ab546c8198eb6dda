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
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(Html::new_document()), opts)
        .one(html)
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
