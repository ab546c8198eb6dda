//! The last gate before output: an allow-list pass over the article's tree, so `content`
//! is safe anywhere.
//!
//! Only reading markup survives: text structure, links, images, tables, MathML, native
//! audio/video and iframes pointing at a short list of video players. Scripts, styles,
//! event handlers, forms, `<base>`, `<meta>` and every URL scheme other than http, https
//! and mailto are removed.

mod allow;

use ego_tree::NodeId;
use html5ever::ns;
use scraper::node::Element;
use scraper::Node;
use url::Url;

use self::allow::{
    ALLOWED_TAGS, CLASSES_TO_PRESERVE, DROP_CONTENT_TAGS, EMBED_HOSTS, FORCED_ATTRIBUTES,
    GENERIC_ATTRIBUTES, LINK_REL, MATHML_ATTRIBUTES, MATHML_TAGS, RESOURCE_SCHEMES, TAG_ATTRIBUTES,
    URL_SCHEMES,
};
use crate::dom::{self, Tree};

/// Longest text node serialized in one piece, and longest attribute value kept.
/// html5ever's serializer looks ahead from every `&` (and every character from U+0080 to
/// U+00BF) to the next `<` or `>` (or `"`, in attributes), so a text node or an attribute
/// value full of them costs the square of its length. Long text is cut into adjacent text
/// nodes, which serialize to exactly the same characters, and longer attribute values are
/// dropped: no reading attribute is that long.
const TEXT_PIECE_BYTES: usize = 512;
const MAX_ATTRIBUTE_BYTES: usize = 2048;

/// Bounds the cost of serializing the subtree at `root` (see [`TEXT_PIECE_BYTES`]).
fn bound_serialization_cost(tree: &mut crate::dom::Tree, root: ego_tree::NodeId) {
    let Some(root) = tree.get(root) else {
        return;
    };
    let mut long_texts = Vec::new();
    let mut long_attributes = Vec::new();
    for node in dom::descendants(root) {
        match node.value() {
            Node::Text(t) if t.len() > TEXT_PIECE_BYTES => long_texts.push(node.id()),
            Node::Element(e) if e.attrs.iter().any(|(_, v)| v.len() > MAX_ATTRIBUTE_BYTES) => {
                long_attributes.push(node.id());
            }
            _ => {}
        }
    }
    for id in long_attributes {
        if let Some(mut node) = tree.get_mut(id) {
            if let Node::Element(e) = node.value() {
                e.attrs.retain(|(_, v)| v.len() <= MAX_ATTRIBUTE_BYTES);
            }
        }
    }
    for id in long_texts {
        let Some(Node::Text(t)) = tree.get(id).map(|n| n.value()) else {
            continue;
        };
        let text = t.text.to_string();
        let mut pieces = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let mut end = (start + TEXT_PIECE_BYTES).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            pieces.push(&text[start..end]);
            start = end;
        }
        let mut last = id;
        for (i, piece) in pieces.into_iter().enumerate() {
            let text = Node::Text(scraper::node::Text { text: piece.into() });
            let Some(mut node) = tree.get_mut(last) else {
                break;
            };
            if i == 0 {
                *node.value() = text;
            } else {
                last = node.insert_after(text).id();
            }
        }
    }
}

/// True when `src` is an https URL of an allow-listed video player.
pub(crate) fn is_allowed_embed(src: &str) -> bool {
    let Ok(url) = Url::parse(src.trim()) else {
        return false;
    };
    if url.scheme() != "https"
        || !url.username().is_empty()
        || url.password().is_some()
        || url.port().is_some()
    {
        return false;
    }
    let Some(host) = url.host_str() else {
        return false;
    };
    let path = url.path();
    EMBED_HOSTS
        .iter()
        .any(|&(h, prefix)| host == h && path.starts_with(prefix))
}

/// True when `value` is a relative URL or an absolute one with a scheme in `schemes`,
/// read as a browser reads it and also without its ASCII controls and spaces, as some
/// tools that copy it read it (Python-Markdown deletes STX and ETX, for one).
fn url_allowed(value: &str, schemes: &[&str]) -> bool {
    let allowed = |v: &str| match Url::parse(v) {
        Ok(url) => schemes.contains(&url.scheme()),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    };
    let squeezed = |c: char| c.is_ascii_control() || c == ' ';
    allowed(value) && (!value.contains(squeezed) || allowed(&value.replace(squeezed, "")))
}

/// Every candidate of a `srcset` must be an allowed resource URL; otherwise the whole
/// attribute goes (a candidate URL may itself contain commas, so partial keeps would be
/// guesses).
fn srcset_allowed(value: &str) -> bool {
    value
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .all(|candidate| {
            let url = candidate.split_ascii_whitespace().next().unwrap_or("");
            url_allowed(url, RESOURCE_SCHEMES)
        })
}

/// Per-attribute value checks: URLs must use an allowed scheme, iframes must embed an
/// allow-listed player.
fn attribute_value_allowed(element: &str, attribute: &str, value: &str) -> bool {
    match (element, attribute) {
        ("iframe", "src") => is_allowed_embed(value),
        ("a", "href") => url_allowed(value, URL_SCHEMES),
        (_, "src" | "poster" | "cite") => url_allowed(value, RESOURCE_SCHEMES),
        (_, "srcset") => srcset_allowed(value),
        _ => true,
    }
}

/// MathML elements in which the HTML parser puts HTML elements (text integration points).
const MATHML_TEXT_POINTS: &[&str] = &["mi", "mo", "mn", "ms", "mtext"];

/// What the sanitizer does with an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Keep,
    /// Dropped, its children kept in its place.
    Unwrap,
    /// Dropped with everything inside it.
    Remove,
}

/// The verdict for an element under `parent` (`None`: the sanitized root). An element
/// in a namespace the parser would not have put it in is namespace confusion, the stuff
/// of mutation XSS, and is removed.
fn verdict(element: &Element, parent: Option<&Element>) -> Verdict {
    let local = &*element.name.local;
    if DROP_CONTENT_TAGS.contains(&local) {
        return Verdict::Remove;
    }
    let parent_ns = parent.map(|p| &p.name.ns);
    let parent_is_text_point = parent
        .is_some_and(|p| p.name.ns == ns!(mathml) && MATHML_TEXT_POINTS.contains(&&*p.name.local));
    if element.name.ns == ns!(html) {
        if !(parent_ns.is_none() || parent_ns == Some(&ns!(html)) || parent_is_text_point) {
            return Verdict::Remove;
        }
        if local == "iframe" && !element.attr("src").is_some_and(is_allowed_embed) {
            return Verdict::Remove;
        }
        return if ALLOWED_TAGS.contains(&local) {
            Verdict::Keep
        } else {
            Verdict::Unwrap
        };
    }
    if element.name.ns == ns!(mathml) {
        let placed = if local == "math" {
            parent_ns.is_none() || parent_ns == Some(&ns!(html))
        } else {
            parent_ns == Some(&ns!(mathml))
        };
        if placed && MATHML_TAGS.contains(&local) {
            return Verdict::Keep;
        }
    }
    Verdict::Remove
}

/// Keeps the allow-listed attributes with allowed values, then sets the forced ones and
/// the `rel` of links.
fn clean_attributes(tree: &mut Tree, id: NodeId, keep_classes: bool) {
    let Some(element) = crate::dom::element(tree, id) else {
        return;
    };
    let tag = element.name.local.clone();
    let mathml = element.name.ns == ns!(mathml);
    let for_tag: &[&str] = if mathml {
        MATHML_ATTRIBUTES
    } else {
        TAG_ATTRIBUTES
            .iter()
            .find(|(t, _)| *t == &*tag)
            .map_or(&[], |(_, attrs)| attrs)
    };
    if let Some(mut node) = tree.get_mut(id) {
        if let Node::Element(e) = node.value() {
            e.attrs.retain(|(name, value)| {
                let local = &*name.local;
                name.ns == ns!()
                    && (GENERIC_ATTRIBUTES.contains(&local)
                        || (keep_classes && local == "class")
                        || for_tag.contains(&local))
                    && attribute_value_allowed(&tag, local, value)
            });
        }
    }
    for &(forced_tag, attrs) in FORCED_ATTRIBUTES {
        if forced_tag == &*tag {
            for &(name, value) in attrs {
                crate::dom::set_attr(tree, id, name, value);
            }
        }
    }
    if &*tag == "a" {
        crate::dom::set_attr(tree, id, "rel", LINK_REL);
    }
}

/// Applies the allow-list to everything below `root`, in place: comments go, elements
/// are kept (with cleaned attributes), unwrapped or removed by [`verdict`], and an
/// embed's fallback content goes. Walks with an explicit stack.
fn sanitize_tree(tree: &mut Tree, root: NodeId, keep_classes: bool) {
    let mut stack: Vec<NodeId> = crate::dom::children(tree, root).collect();
    stack.reverse();
    while let Some(id) = stack.pop() {
        let parent = crate::dom::parent(tree, id).filter(|&p| p != root);
        let verdict = match tree.get(id).map(|n| n.value()) {
            Some(Node::Text(_)) => continue,
            Some(Node::Element(e)) => verdict(e, parent.and_then(|p| crate::dom::element(tree, p))),
            _ => Verdict::Remove,
        };
        match verdict {
            Verdict::Remove => crate::dom::detach(tree, id),
            Verdict::Unwrap => {
                let children: Vec<NodeId> = crate::dom::children(tree, id).collect();
                for &child in &children {
                    crate::dom::insert_before(tree, id, child);
                }
                crate::dom::detach(tree, id);
                stack.extend(children.into_iter().rev());
            }
            Verdict::Keep => {
                clean_attributes(tree, id, keep_classes);
                if crate::dom::is_tag(tree, id, "iframe") {
                    let fallback: Vec<NodeId> = crate::dom::children(tree, id).collect();
                    for child in fallback {
                        crate::dom::detach(tree, child);
                    }
                    continue;
                }
                let start = stack.len();
                stack.extend(crate::dom::children(tree, id));
                stack[start..].reverse();
            }
        }
    }
}

/// The article's final HTML: classes dropped (unless asked to keep them), the
/// allow-list applied to the tree, serialized.
pub(crate) fn content(tree: &mut Tree, root: NodeId, options: &crate::Options) -> String {
    if !options.keep_classes {
        strip_classes(tree, root);
    }
    sanitize_tree(tree, root, options.keep_classes);
    bound_serialization_cost(tree, root);
    crate::dom::inner_html(tree, root)
}

/// A parsed fragment (from [`crate::input::fragment`]) with the allow-list applied,
/// serialized.
pub(crate) fn fragment(doc: &mut scraper::Html, keep_classes: bool) -> String {
    let root = doc.root_element().id();
    sanitize_tree(&mut doc.tree, root, keep_classes);
    bound_serialization_cost(&mut doc.tree, root);
    crate::dom::inner_html(&doc.tree, root)
}

/// Returns the HTML fragment `html` with everything not on the allow-list removed.
#[cfg(test)]
pub(crate) fn sanitize(html: &str, keep_classes: bool) -> String {
    fragment(&mut crate::input::fragment(html), keep_classes)
}

/// Drops `class` attributes except the preserved ones (the last cleaning step: class
/// words are evidence for every earlier one).
pub(crate) fn strip_classes(tree: &mut Tree, root: NodeId) {
    let ids: Vec<NodeId> = tree
        .get(root)
        .map(|n| dom::descendants(n).map(|d| d.id()).collect())
        .unwrap_or_default();
    for id in ids {
        let Some(class) = crate::dom::attr(tree, id, "class") else {
            continue;
        };
        let kept: Vec<&str> = class
            .split_whitespace()
            .filter(|c| CLASSES_TO_PRESERVE.contains(c))
            .collect();
        if kept.is_empty() {
            crate::dom::remove_attr(tree, id, "class");
        } else {
            let joined = kept.join(" ");
            crate::dom::set_attr(tree, id, "class", &joined);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(html: &str) -> String {
        sanitize(html, false)
    }

    #[test]
    fn allow_lists_do_not_overlap_and_both_builders_build() {
        // Forced attributes only land on elements the allow-list keeps.
        assert!(FORCED_ATTRIBUTES
            .iter()
            .all(|(tag, _)| ALLOWED_TAGS.contains(tag)));
        for tag in DROP_CONTENT_TAGS {
            assert!(!ALLOWED_TAGS.contains(tag), "{tag} is allowed and dropped");
            assert!(!MATHML_TAGS.contains(tag), "{tag} is allowed and dropped");
            assert!(!TAG_ATTRIBUTES.iter().any(|(t, _)| t == tag));
        }
        assert_eq!(sanitize("<p class=x>a</p>", false), "<p>a</p>");
        assert_eq!(sanitize("<p class=x>a</p>", true), "<p class=\"x\">a</p>");
    }

    #[test]
    fn reading_markup_survives() {
        let html = r##"<h2 id="s1">Head</h2><p lang="fr" dir="ltr">Un <em>mot</em> <strong>fort</strong> <a href="https://e.com/x">lien</a> <a href="#fn1">1</a></p>
<figure><img src="https://e.com/a.png" srcset="https://e.com/a.png 1x, /b.png 2x" alt="A" width="10" height="20"><figcaption>Cap</figcaption></figure>
<table><thead><tr><th scope="col" colspan="2">H</th></tr></thead><tbody><tr><td rowspan="2">c</td></tr></tbody></table>
<blockquote cite="https://e.com/q"><p>Q</p></blockquote><pre><code>x  y</code></pre><time datetime="2020-01-01">Jan</time>
<ol start="3"><li id="fn1">note</li></ol><details><summary>S</summary>D</details>"##;
        let out = clean(html);
        for kept in [
            "<h2 id=\"s1\">",
            "lang=\"fr\"",
            "dir=\"ltr\"",
            "<em>mot</em>",
            "<strong>fort</strong>",
            "href=\"https://e.com/x\"",
            "href=\"#fn1\"",
            "rel=\"noopener noreferrer\"",
            "src=\"https://e.com/a.png\"",
            "srcset=\"https://e.com/a.png 1x, /b.png 2x\"",
            "alt=\"A\"",
            "<figcaption>Cap</figcaption>",
            "scope=\"col\"",
            "colspan=\"2\"",
            "rowspan=\"2\"",
            "cite=\"https://e.com/q\"",
            "<pre><code>x  y</code></pre>",
            "datetime=\"2020-01-01\"",
            "start=\"3\"",
            "<li id=\"fn1\">",
            "<summary>S</summary>",
        ] {
            assert!(out.contains(kept), "lost {kept:?} in {out}");
        }
    }

    #[test]
    fn scripts_handlers_and_styles_are_removed() {
        let html = r#"<p style="color:red" onclick="x()">a<script>alert(1)</script><style>p{}</style>
<img src="https://e.com/a.png" onerror="alert(1)"><noscript><img src=x></noscript><template><b>t</b></template>
<svg onload="alert(1)"><circle r="1"/></svg>b</p>"#;
        let out = clean(html);
        for gone in [
            "script", "alert", "style", "onclick", "onerror", "noscript", "template", "svg",
            "onload", "circle",
        ] {
            assert!(!out.contains(gone), "{gone:?} survived in {out}");
        }
        assert!(out.contains("<img src=\"https://e.com/a.png\">"));
        assert!(out.starts_with("<p>a"));
    }

    #[test]
    fn dangerous_urls_are_removed_whatever_their_disguise() {
        for href in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java&#x09;script:alert(1)",
            "java&#10;script:alert(1)",
            "&#106;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "\u{1}javascript:alert(1)",
            "\u{1}java\u{3}script:alert(1)",
            "java&#3;script:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
        ] {
            let out = clean(&format!("<a href=\"{href}\">x</a><img src=\"{href}\">"));
            assert!(!out.contains("href="), "href {href:?} survived: {out}");
            assert!(!out.contains("src="), "src {href:?} survived: {out}");
        }
        let out = clean(
            r#"<img srcset="https://e.com/a.png 1x, javascript:alert(1) 2x"><video poster="javascript:x" src="data:video/mp4,x"></video>"#,
        );
        assert!(!out.contains("srcset"), "{out}");
        assert!(!out.contains("poster"), "{out}");
        assert!(!out.contains("data:"), "{out}");
        assert!(clean(r#"<a href="mailto:a@b.c">m</a>"#).contains("href=\"mailto:a@b.c\""));
        assert!(!clean(r#"<img src="mailto:a@b.c">"#).contains("src"));
    }

    #[test]
    fn forms_base_meta_and_targets_are_removed() {
        let html = r#"<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">
<form action="https://evil.example/"><p>kept text</p><input name=q><button formaction="javascript:alert(1)">go</button>
<textarea>t</textarea><select><option>o</option></select></form><a href="https://e.com/" target="_blank" rel="opener">l</a>
<link rel=stylesheet href="https://evil.example/s.css"><object data="x.swf"></object><embed src="x.swf">"#;
        let out = clean(html);
        for gone in [
            "base",
            "meta",
            "refresh",
            "form",
            "input",
            "button",
            "formaction",
            "textarea",
            "option",
            "target",
            "rel=\"opener",
            "link",
            "stylesheet",
            "object",
            "embed",
            "swf",
            "evil",
        ] {
            assert!(!out.contains(gone), "{gone:?} survived in {out}");
        }
        assert!(out.contains("<p>kept text</p>"));
        assert!(out.contains("<a href=\"https://e.com/\" rel=\"noopener noreferrer\">l</a>"));
    }

    #[test]
    fn only_allow_listed_players_are_embedded() {
        let ok = clean(
            r#"<p>v</p><iframe src="https://www.youtube.com/embed/abc?start=3" width="560" height="315" allowfullscreen onload="x()" allow="autoplay" srcdoc="<script>x</script>" style="a">fallback <b>text</b></iframe>"#,
        );
        assert!(
            ok.contains("src=\"https://www.youtube.com/embed/abc?start=3\""),
            "{ok}"
        );
        assert!(
            ok.contains("sandbox=\"allow-scripts allow-same-origin allow-presentation\""),
            "{ok}"
        );
        assert!(ok.contains("allowfullscreen"), "{ok}");
        let mut doc = crate::input::document(
            r#"<p>v</p><iframe src="https://www.youtube.com/embed/abc" referrerpolicy="unsafe-url" loading="eager"></iframe>"#,
        );
        let body = crate::dom::body(&doc.tree).expect("a body");
        let preset = content(&mut doc.tree, body, &crate::Options::default());
        assert!(
            preset.contains(r#"loading="lazy" referrerpolicy="strict-origin-when-cross-origin""#),
            "{preset}"
        );
        for gone in ["onload", "allow=", "srcdoc", "style", "<script", "fallback"] {
            assert!(!ok.contains(gone), "{gone:?} survived in {ok}");
        }
        assert!(
            clean(r#"<iframe src="https://player.vimeo.com/video/1"></iframe>"#)
                .contains("<iframe")
        );
        for src in [
            "https://evil.example/embed/abc",
            "http://www.youtube.com/embed/abc",
            "https://www.youtube.com.evil.example/embed/abc",
            "https://www.youtube.com@evil.example/embed/abc",
            "https://www.youtube.com:8443/embed/abc",
            "https://www.youtube.com/watch?v=abc",
            "//www.youtube.com/embed/abc",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "",
        ] {
            let out = clean(&format!("<p>a</p><iframe src=\"{src}\">x</iframe><p>b</p>"));
            assert!(!out.contains("iframe"), "iframe {src:?} survived: {out}");
            assert!(
                out.contains("<p>a</p>") && out.contains("<p>b</p>"),
                "{out}"
            );
        }
        assert!(!clean("<IFRAME SRCDOC='<script>alert(1)</script>'></IFRAME>").contains("iframe"));
        assert!(!clean("<iframe>no src</iframe>").contains("iframe"));
    }

    #[test]
    fn media_keeps_controls_and_loses_autoplay() {
        let out = clean(
            r#"<video src="https://e.com/v.mp4" poster="https://e.com/p.jpg" autoplay loop muted onplay="x()"><source src="https://e.com/v.webm" type="video/webm"></video><audio src="https://e.com/a.mp3" autoplay></audio>"#,
        );
        assert!(out.contains("src=\"https://e.com/v.mp4\""), "{out}");
        assert!(out.contains("poster=\"https://e.com/p.jpg\""), "{out}");
        assert!(out.contains("type=\"video/webm\""), "{out}");
        assert_eq!(out.matches("controls").count(), 2, "{out}");
        for gone in ["autoplay", "loop", "muted", "onplay"] {
            assert!(!out.contains(gone), "{gone:?} survived in {out}");
        }
    }

    #[test]
    fn mathml_presentation_markup_survives() {
        let out = clean(
            r#"<p><math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math></p>"#,
        );
        assert!(out.contains("<math display=\"block\">"), "{out}");
        assert!(out.contains("<mfrac><mi>a</mi><mn>2</mn></mfrac>"), "{out}");
        assert!(
            !out.contains("annotation-xml") && !out.contains("onerror"),
            "{out}"
        );
    }

    #[test]
    fn hostile_nesting_does_not_overflow() {
        let deep = "<span>".repeat(100_000) + "x";
        let out = clean(&deep);
        assert!(out.contains('x'));
    }

    /// ammonia configured with the same allow-lists: plainview's output must already be
    /// clean by its standard.
    fn reference(keep_classes: bool) -> ammonia::Builder<'static> {
        use std::collections::{HashMap, HashSet};
        let mut tags: HashSet<&str> = ALLOWED_TAGS.iter().copied().collect();
        tags.extend(MATHML_TAGS.iter().copied());
        let mut generic: HashSet<&str> = GENERIC_ATTRIBUTES.iter().copied().collect();
        if keep_classes {
            generic.insert("class");
        }
        let mut tag_attributes: HashMap<&str, HashSet<&str>> = TAG_ATTRIBUTES
            .iter()
            .map(|&(tag, attrs)| (tag, attrs.iter().copied().collect()))
            .collect();
        for &tag in MATHML_TAGS {
            tag_attributes
                .entry(tag)
                .or_default()
                .extend(MATHML_ATTRIBUTES.iter().copied());
        }
        for &(tag, attrs) in FORCED_ATTRIBUTES {
            tag_attributes
                .entry(tag)
                .or_default()
                .extend(attrs.iter().map(|&(name, _)| name));
        }
        let mut builder = ammonia::Builder::empty();
        builder
            .tags(tags)
            .clean_content_tags(DROP_CONTENT_TAGS.iter().copied().collect())
            .generic_attributes(generic)
            .tag_attributes(tag_attributes)
            .url_schemes(URL_SCHEMES.iter().copied().collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(Some(LINK_REL))
            .strip_comments(true)
            .attribute_filter(|element, attribute, value| {
                attribute_value_allowed(element, attribute, value)
                    .then_some(std::borrow::Cow::Borrowed(value))
            });
        builder
    }

    /// Elements (namespace, name, sorted attributes) and text of a fragment, in order.
    fn shape(html: &str) -> Vec<String> {
        let doc = scraper::Html::parse_fragment(html);
        doc.tree
            .root()
            .descendants()
            .filter_map(|n| match n.value() {
                Node::Element(e) => {
                    let mut attrs: Vec<String> =
                        e.attrs().map(|(k, v)| format!("{k}={v}")).collect();
                    attrs.sort();
                    Some(format!(
                        "<{:?} {} {}>",
                        e.name.ns,
                        e.name(),
                        attrs.join(" ")
                    ))
                }
                Node::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect()
    }

    fn assert_reference_clean(what: &str, html: &str) {
        let cleaned = reference(false).clean(html).to_string();
        assert_eq!(
            shape(html),
            shape(&cleaned),
            "{what}: ammonia removes something from plainview's output"
        );
    }

    #[test]
    fn the_reference_sanitizer_finds_nothing_to_remove_in_hostile_markup() {
        let hostile = [
            r#"<p onclick="x()">a<script>x()</script><a href="javascript:x()">l</a><a href=" JaVa&#x09;ScRiPt:x()">m</a></p>"#,
            r#"<math><mtext><table><mglyph><style><img src=x onerror=x()></style></mglyph></table></mtext></math>"#,
            r#"<svg><p><style><img src=x onerror=x()></style></p></svg><form><math><mtext></form><form><mglyph><style></math><img src onerror=x()>"#,
            r#"<noscript><p title="</noscript><img src=x onerror=x()>"></noscript><template><img src=x onerror=x()></template>"#,
            r#"<iframe src="https://www.youtube.com/embed/a" srcdoc="<script>x()</script>">fb</iframe><iframe src="https://evil.example/embed/a"></iframe>"#,
            r#"<img srcset="javascript:x() 1x, /a.png 2x" src="data:text/html,<script>x()</script>"><a href="vbscript:x">v</a><object data="x"></object><base href="https://evil.example/">"#,
            r#"<div style="background:url(javascript:x())"><math href="javascript:x()"><mi xlink:href="javascript:x()">x</mi></math><annotation-xml encoding="text/html"><img src=x onerror=x()></annotation-xml></div>"#,
        ];
        for html in hostile {
            let ours = sanitize(html, false);
            assert_reference_clean(html, &ours);
            for bad in [
                "onerror",
                "onclick",
                "javascript",
                "vbscript",
                "<script",
                "<style",
                "srcdoc",
                "data:",
            ] {
                assert!(!ours.to_ascii_lowercase().contains(bad), "{bad} in {ours}");
            }
        }
    }

    #[test]
    fn the_reference_sanitizer_finds_nothing_to_remove_in_extracted_articles() {
        let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
        let mut checked = 0;
        for entry in std::fs::read_dir(pages).expect("tests/pages").flatten() {
            let Ok(html) = std::fs::read_to_string(entry.path().join("input.html")) else {
                continue;
            };
            if let Ok(article) = crate::extract(&html, &crate::Options::default()) {
                assert_reference_clean(&entry.path().display().to_string(), &article.content);
                checked += 1;
            }
        }
        assert!(checked >= 5, "only {checked} fixtures extracted");
    }
}
