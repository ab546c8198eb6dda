//! One iterative walk over the parsed page that collects every raw fact the metadata
//! readers need (`<title>`, `<meta>`, `<link>`, JSON-LD scripts, headings, dates), so
//! no reader queries the tree on its own.

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use html5ever::ns;
use scraper::{node::Element, Html, Node};

use super::text::collapse;
use crate::dom;
use crate::vocabulary::JSON_LD_TYPE;

/// At most this many `<meta>` elements are kept.
const MAX_META_TAGS: usize = 4096;
/// At most this many JSON-LD scripts are kept.
const MAX_JSON_LD_SCRIPTS: usize = 64;
/// Total bytes of JSON-LD kept across all scripts.
const MAX_JSON_LD_BYTES: usize = 4 << 20;
/// At most this many `<h1>`/`<h2>` texts are kept.
const MAX_HEADINGS: usize = 1024;
/// Heading texts are kept up to this many bytes (titles are far shorter).
const MAX_HEADING_BYTES: usize = 2048;
/// Headings nested deeper than this inside other headings are not recorded.
const MAX_OPEN_HEADINGS: usize = 8;

/// `itemprop` token naming the publication date.
const ITEMPROP_PUBLISHED: &str = "datePublished";

/// One `<meta>` element's attributes that metadata reads.
#[derive(Debug, Clone, Default)]
pub(super) struct MetaTag {
    pub name: Option<String>,
    pub property: Option<String>,
    pub itemprop: Option<String>,
    pub http_equiv: Option<String>,
    pub content: Option<String>,
}

/// An `<h1>` or `<h2>` and its text content (raw, bounded).
#[derive(Debug, Clone)]
pub(super) struct Heading {
    pub level: u8,
    pub text: String,
}

/// Everything the walk collected, in document order.
#[derive(Debug, Default)]
pub(super) struct PageFacts {
    /// `document.title`: text of the first `<title>`, whitespace collapsed and trimmed.
    pub title: Option<String>,
    pub html_lang: Option<String>,
    pub html_dir: Option<String>,
    pub body_dir: Option<String>,
    pub metas: Vec<MetaTag>,
    /// First `<link rel=canonical>` href.
    pub canonical: Option<String>,
    /// First `<link rel=image_src>` href.
    pub image_src: Option<String>,
    /// First `<base href>`.
    pub base_href: Option<String>,
    /// Text of each `<script type=application/ld+json>`.
    pub json_ld: Vec<String>,
    /// The element each of those scripts sits in, in the same order.
    pub json_ld_places: Vec<NodeId>,
    pub headings: Vec<Heading>,
    /// Number of `<h1>` elements in the whole document.
    pub h1_count: usize,
    /// First `<time datetime>` value, skipping times marked as another property
    /// (`itemprop=dateModified`).
    pub time_datetime: Option<String>,
    /// First non-`<meta>` element with `itemprop=datePublished` (`content` or `datetime`).
    pub itemprop_published: Option<String>,
}

/// Walks the whole tree once, with the tree's own iterative traversal.
pub(super) fn scan(doc: &Html) -> PageFacts {
    let mut facts = PageFacts::default();
    let mut json_ld_bytes = 0usize;
    // Headings currently open: (node, index into `facts.headings`).
    let mut open_headings: Vec<(NodeId, usize)> = Vec::new();

    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    let is_html = el.name.ns == ns!(html);
                    match name {
                        "h1" | "h2" if is_html => {
                            if name == "h1" {
                                facts.h1_count += 1;
                            }
                            if facts.headings.len() < MAX_HEADINGS
                                && open_headings.len() < MAX_OPEN_HEADINGS
                            {
                                open_headings.push((node.id(), facts.headings.len()));
                                facts.headings.push(Heading {
                                    level: if name == "h1" { 1 } else { 2 },
                                    text: String::new(),
                                });
                            }
                        }
                        "title" if is_html && facts.title.is_none() => {
                            let mut text = String::new();
                            for child in node.children() {
                                if let Node::Text(t) = child.value() {
                                    text.push_str(t);
                                }
                            }
                            facts.title = Some(collapse(&text));
                        }
                        "script" => {
                            let is_json_ld = dom::html_attr(el, "type")
                                .is_some_and(|t| t.trim().eq_ignore_ascii_case(JSON_LD_TYPE));
                            if is_json_ld && facts.json_ld.len() < MAX_JSON_LD_SCRIPTS {
                                let mut text = String::new();
                                for child in node.children() {
                                    if let Node::Text(t) = child.value() {
                                        text.push_str(t);
                                    }
                                }
                                if json_ld_bytes + text.len() <= MAX_JSON_LD_BYTES {
                                    json_ld_bytes += text.len();
                                    facts.json_ld.push(text);
                                    facts
                                        .json_ld_places
                                        .push(node.parent().map_or(node.id(), |p| p.id()));
                                }
                            }
                        }
                        "meta" if facts.metas.len() < MAX_META_TAGS => {
                            facts.metas.push(meta_tag(el));
                        }
                        "link" => read_link(el, &mut facts),
                        "base" if facts.base_href.is_none() => {
                            facts.base_href = dom::html_attr(el, "href").map(str::to_string);
                        }
                        "html" if is_html && facts.html_lang.is_none() => {
                            facts.html_lang = dom::html_attr(el, "lang").map(str::to_string);
                            facts.html_dir = dom::html_attr(el, "dir").map(str::to_string);
                        }
                        "body" if is_html && facts.body_dir.is_none() => {
                            facts.body_dir = dom::html_attr(el, "dir").map(str::to_string);
                        }
                        "time" if facts.time_datetime.is_none() => {
                            let other_property = dom::html_attr(el, "itemprop").is_some_and(|p| {
                                !p.split_ascii_whitespace().any(|t| t == ITEMPROP_PUBLISHED)
                            });
                            if !other_property {
                                facts.time_datetime =
                                    dom::html_attr(el, "datetime").map(str::to_string);
                            }
                        }
                        _ => {}
                    }
                    if name != "meta" && facts.itemprop_published.is_none() {
                        if let Some(itemprop) = dom::html_attr(el, "itemprop") {
                            if itemprop
                                .split_ascii_whitespace()
                                .any(|t| t == ITEMPROP_PUBLISHED)
                            {
                                facts.itemprop_published = dom::html_attr(el, "content")
                                    .or_else(|| dom::html_attr(el, "datetime"))
                                    .map(str::to_string);
                            }
                        }
                    }
                }
                Node::Text(t) => {
                    for &(_, idx) in &open_headings {
                        if let Some(h) = facts.headings.get_mut(idx) {
                            push_bounded(&mut h.text, t, MAX_HEADING_BYTES);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if open_headings.last().is_some_and(|&(id, _)| id == node.id()) {
                    open_headings.pop();
                }
            }
        }
    }
    facts
}

fn meta_tag(el: &Element) -> MetaTag {
    let get = |name: &str| dom::html_attr(el, name).map(str::to_string);
    MetaTag {
        name: get("name"),
        property: get("property"),
        itemprop: get("itemprop"),
        http_equiv: get("http-equiv"),
        content: get("content"),
    }
}

fn read_link(el: &Element, facts: &mut PageFacts) {
    let (Some(rel), Some(href)) = (dom::html_attr(el, "rel"), dom::html_attr(el, "href")) else {
        return;
    };
    for token in rel.split_ascii_whitespace() {
        if token.eq_ignore_ascii_case("canonical") && facts.canonical.is_none() {
            facts.canonical = Some(href.to_string());
        } else if token.eq_ignore_ascii_case("image_src") && facts.image_src.is_none() {
            facts.image_src = Some(href.to_string());
        }
    }
}

/// Appends `s` to `out` while `out` stays within `max` bytes (cut on a char boundary).
fn push_bounded(out: &mut String, s: &str, max: usize) {
    let room = max.saturating_sub(out.len());
    if room == 0 {
        return;
    }
    if s.len() <= room {
        out.push_str(s);
        return;
    }
    let mut end = room;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    out.push_str(&s[..end]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_head_facts_and_headings() {
        let doc = Html::parse_document(
            r#"<html lang="en" dir="ltr"><head><title>  A
            title </title><title>second</title>
            <meta property="og:title" content="OG">
            <link rel="Canonical" href="/c"><base href="https://b.example/x/">
            <script type="application/ld+json">{"a":1}</script></head>
            <body dir="rtl"><h1>One <span>two</span></h1><h2>Three</h2><h1>Four</h1>
            <time datetime="2020-01-01">Jan</time>
            <span itemprop="datePublished" content="2019-05-05"></span></body></html>"#,
        );
        let f = scan(&doc);
        assert_eq!(f.title.as_deref(), Some("A title"));
        assert_eq!(f.html_lang.as_deref(), Some("en"));
        assert_eq!(f.body_dir.as_deref(), Some("rtl"));
        assert_eq!(f.metas.len(), 1);
        assert_eq!(f.canonical.as_deref(), Some("/c"));
        assert_eq!(f.base_href.as_deref(), Some("https://b.example/x/"));
        assert_eq!(f.json_ld, vec![r#"{"a":1}"#.to_string()]);
        assert_eq!(f.h1_count, 2);
        let texts: Vec<_> = f.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(texts, ["One two", "Three", "Four"]);
        assert_eq!(f.time_datetime.as_deref(), Some("2020-01-01"));
        assert_eq!(f.itemprop_published.as_deref(), Some("2019-05-05"));
    }

    #[test]
    fn deep_nesting_stays_bounded() {
        // Nested headings (few enough for the parser's own per-tag scope checks) holding
        // a deep stack of inline elements.
        let mut html = String::from("<title>t</title>");
        html.push_str(&"<div><h1>x".repeat(600));
        html.push_str(&"<span>y".repeat(20_000));
        let doc = Html::parse_document(&html);
        let f = scan(&doc);
        assert!(f.headings.len() <= MAX_HEADINGS);
        assert!(f.headings.iter().all(|h| h.text.len() <= MAX_HEADING_BYTES));
    }
}
