//! XSS corpus: every vector of `tests/xss/vectors.json` is placed in an otherwise good
//! article (inside a paragraph, between paragraphs, in a figure, in the title, in the
//! OpenGraph/meta tags, in JSON-LD, in the byline), extracted, and the output audited by
//! parsing it: `content` and the standalone reading view must carry no active content,
//! and serializing `content` must be stable under re-parsing (mutation XSS). The same
//! vectors are opened in headless Chromium by `tests/browser/xss.test.mjs`.

#[path = "support/inert_markdown.rs"]
mod inert_markdown;

use scraper::{ElementRef, Html, Node};
use serde::Deserialize;

use plainview::{extract, Article, Error, Options, ViewOptions};

const VECTORS_JSON: &str = include_str!("xss/vectors.json");

/// The page's address: relative URLs in the vectors resolve against it.
const PAGE_URL: &str = "https://news.example/2024/05/harbour-reopens";

/// Elements that must never appear in the output (HTML namespace, lowercase).
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "param",
    "base",
    "meta",
    "link",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "option",
    "isindex",
    "keygen",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "portal",
    "fencedframe",
    "title",
    "marquee",
    "svg",
    "annotation-xml",
];

/// Attributes whose value is a URL a browser may load or navigate to.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "cite",
    "background",
    "data",
    "codebase",
    "dynsrc",
    "lowsrc",
    "ping",
    "longdesc",
    "manifest",
    "icon",
    "profile",
    "archive",
    "classid",
    "to",
    "from",
    "values",
    "by",
];

/// Attributes holding a list of URLs with descriptors.
const SRCSET_ATTRIBUTES: &[&str] = &["srcset", "imagesrcset"];

/// Attributes that are active content whatever their value.
const FORBIDDEN_ATTRIBUTES: &[&str] = &["srcdoc", "formaction", "http-equiv"];

/// Schemes a URL attribute may use (relative URLs have none).
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Text in a `style` attribute that runs code or loads something.
const DANGEROUS_CSS: &[&str] = &[
    "expression",
    "javascript:",
    "vbscript:",
    "behavior",
    "binding",
    "url(",
    "@import",
];

/// Players the vectors point frames at that plainview allow-lists; any other frame host
/// is a failure.
const EMBED_HOSTS: &[&str] = &["www.youtube.com", "player.vimeo.com"];

/// `sandbox` tokens a kept frame must not be granted.
const FORBIDDEN_SANDBOX_TOKENS: &[&str] = &[
    "allow-top-navigation",
    "allow-popups",
    "allow-forms",
    "allow-modals",
];

/// Share of (vector, placement) cases that must still yield the article: the harness
/// is only worth something if the vectors reach the output.
const MIN_ARTICLE_SHARE: f64 = 0.85;

/// A sentence of the article, to recognise it in the output.
const MARKER: &str = "the harbour master said the new gates";

const PARAGRAPHS: [&str; 6] = [
    "The old harbour reopened to fishing boats on Monday after two years of repairs to the sea wall, which was breached by a winter storm that flooded the quay and sank three moored vessels.",
    "More than two hundred people gathered on the quayside to watch the first boats come in, and the harbour master said the new gates would keep out a storm surge twice the height of the one that caused the damage.",
    "The repairs cost eleven million pounds, most of it from a national flood defence fund, with the rest raised by the town council and a local appeal that collected donations from former residents across the country.",
    "Fishing crews had been working out of a port twenty miles along the coast, adding hours to every trip and cutting into already thin margins, and several said they had considered selling their boats.",
    "The council said the quay would also get new lighting, a covered market for the morning catch and a small museum about the harbour's history, which dates back to the fourteenth century.",
    "Work on the museum is expected to start in the autumn, and the council hopes to open it before the summer season next year, when visitor numbers in the town usually double.",
];

#[derive(Deserialize)]
struct Corpus {
    vectors: Vec<Vector>,
}

#[derive(Deserialize)]
struct Vector {
    category: String,
    html: String,
}

fn vectors() -> Vec<Vector> {
    let corpus: Corpus = serde_json::from_str(VECTORS_JSON).expect("tests/xss/vectors.json");
    corpus.vectors
}

/// Where a vector goes in the page.
#[derive(Clone, Copy, Debug)]
enum Placement {
    InParagraph,
    BetweenParagraphs,
    InFigure,
    InTitle,
    InMetaTags,
    InJsonLd,
    InByline,
}

const PLACEMENTS: [Placement; 7] = [
    Placement::InParagraph,
    Placement::BetweenParagraphs,
    Placement::InFigure,
    Placement::InTitle,
    Placement::InMetaTags,
    Placement::InJsonLd,
    Placement::InByline,
];

/// The article page with `vector` at `placement` (raw, as an attacker writes it).
fn page(vector: &str, placement: Placement) -> String {
    let at = |p: Placement| {
        if std::mem::discriminant(&p) == std::mem::discriminant(&placement) {
            vector
        } else {
            ""
        }
    };
    let json_vector = serde_json::to_string(at(Placement::InJsonLd)).unwrap_or_default();
    let json_vector = json_vector.trim_matches('"');
    let meta = at(Placement::InMetaTags);
    let mut html = format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour reopens after storm repairs{title} | The Coast Times</title>
<meta property="og:title" content="Harbour reopens after storm repairs{meta}">
<meta property="og:site_name" content="The Coast Times{meta}">
<meta property="og:image" content="{meta}">
<meta name="description" content="Boats return to the old harbour.{meta}">
<meta name="author" content="{meta}">
<link rel="canonical" href="{PAGE_URL}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after storm repairs{json_vector}","author":{{"@type":"Person","name":"Mara Quinn{json_vector}"}},"datePublished":"2024-05-06T09:00:00Z"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>Harbour reopens after storm repairs</h1>
<p class="byline">By Mara Quinn{byline}</p>
"#,
        title = at(Placement::InTitle),
        byline = at(Placement::InByline),
    );
    for (i, p) in PARAGRAPHS.iter().enumerate() {
        if i == 1 {
            let (head, tail) = p.split_at(p.len() / 2);
            let split = head.rfind(' ').unwrap_or(head.len());
            html.push_str(&format!(
                "<p>{}{}{}{}</p>\n",
                &head[..split],
                at(Placement::InParagraph),
                &head[split..],
                tail
            ));
        } else {
            html.push_str(&format!("<p>{p}</p>\n"));
        }
        if i == 2 {
            html.push_str(at(Placement::BetweenParagraphs));
            html.push_str(&format!(
                "\n<figure><img src=\"/img/quay.jpg\" alt=\"The quay\">{}<figcaption>Boats on the quay.{}</figcaption></figure>\n",
                at(Placement::InFigure),
                at(Placement::InFigure)
            ));
        }
    }
    html.push_str(
        "</article></main><footer><p>Copyright The Coast Times</p></footer></body></html>",
    );
    html
}

/// The URL with every character a browser ignores or strips (ASCII whitespace and
/// controls, anywhere) removed, lowercased.
fn normalized_url(value: &str) -> String {
    value
        .chars()
        .filter(|c| !(c.is_ascii_control() || *c == ' '))
        .collect::<String>()
        .to_ascii_lowercase()
}

fn check_url(problems: &mut Vec<String>, element: &str, attribute: &str, value: &str) {
    if let Some(scheme) = inert_markdown::scheme(value) {
        let mailto_ok = scheme == "mailto" && element == "a" && attribute == "href";
        if !(SAFE_SCHEMES.contains(&scheme.as_str()) && (scheme != "mailto" || mailto_ok)) {
            problems.push(format!(
                "<{element} {attribute}={value:?}>: scheme {scheme}"
            ));
        }
    }
}

fn check_iframe(problems: &mut Vec<String>, el: &scraper::node::Element) {
    let src = el.attr("src").unwrap_or("");
    let host_ok = url::Url::parse(src).is_ok_and(|u| {
        u.scheme() == "https"
            && u.username().is_empty()
            && u.port().is_none()
            && u.host_str().is_some_and(|h| EMBED_HOSTS.contains(&h))
    });
    if !host_ok {
        problems.push(format!("<iframe src={src:?}> outside the allow-list"));
    }
    match el.attr("sandbox") {
        None => problems.push("<iframe> without sandbox".to_string()),
        Some(sandbox) => {
            for token in sandbox.split_ascii_whitespace() {
                if FORBIDDEN_SANDBOX_TOKENS.contains(&token.to_ascii_lowercase().as_str()) {
                    problems.push(format!("<iframe sandbox> grants {token}"));
                }
            }
        }
    }
}

/// Active content in one element: forbidden tag or namespace, handlers, dangerous URLs,
/// scripted CSS, `srcdoc`.
fn audit_element(problems: &mut Vec<String>, el: &scraper::node::Element) {
    let name = el.name().to_ascii_lowercase();
    let ns = &*el.name.ns;
    if ns == "http://www.w3.org/2000/svg" {
        problems.push(format!("SVG element <{name}>"));
    }
    if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
        problems.push(format!("<{name}> element"));
    }
    if name == "iframe" {
        check_iframe(problems, el);
    }
    for (attr, value) in el.attrs() {
        let attr = attr.to_ascii_lowercase();
        if attr.starts_with("on") {
            problems.push(format!("<{name} {attr}> handler"));
        }
        if FORBIDDEN_ATTRIBUTES.contains(&attr.as_str()) {
            problems.push(format!("<{name} {attr}> attribute"));
        }
        if URL_ATTRIBUTES.contains(&attr.as_str()) {
            check_url(problems, &name, &attr, value);
        }
        if SRCSET_ATTRIBUTES.contains(&attr.as_str()) {
            for candidate in value.split(',') {
                let url = candidate.split_ascii_whitespace().next().unwrap_or("");
                check_url(problems, &name, &attr, url);
            }
        }
        if attr == "style" {
            let css = strip_css_comments(&normalized_url(&css_unescape(value)));
            for bad in DANGEROUS_CSS {
                if css.contains(bad) {
                    problems.push(format!("<{name} style={value:?}>: {bad}"));
                }
            }
        }
    }
}

/// CSS text with its escapes (`\\72`, `\\r`) resolved, as the CSS parser sees it.
fn css_unescape(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let mut hex = String::new();
        while hex.len() < 6 && chars.peek().is_some_and(char::is_ascii_hexdigit) {
            hex.extend(chars.next());
        }
        if hex.is_empty() {
            out.extend(chars.next());
        } else {
            out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            if chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                chars.next();
            }
        }
    }
    out
}

fn strip_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// Every problem in a parsed tree, skipping the subtrees `skip` accepts.
fn audit_tree(doc: &Html, skip: impl Fn(ElementRef) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    let mut stack = vec![doc.tree.root()];
    while let Some(node) = stack.pop() {
        if let Some(el) = ElementRef::wrap(node) {
            if skip(el) {
                continue;
            }
            audit_element(&mut problems, el.value());
        }
        if let Node::ProcessingInstruction(_) = node.value() {
            problems.push("processing instruction".to_string());
        }
        stack.extend(node.children());
    }
    problems
}

/// `content` audited as the fragment it is, and its serialization checked for stability.
fn audit_content(content: &str) -> Vec<String> {
    let first = Html::parse_fragment(content);
    let mut problems = audit_tree(&first, |_| false);
    let once = first.root_element().inner_html();
    let again = Html::parse_fragment(&once).root_element().inner_html();
    if once != again {
        problems.push(format!(
            "serialization is not stable under re-parsing:\n  {once}\n  {again}"
        ));
    }
    problems.extend(audit_tree(&Html::parse_fragment(&once), |_| false));
    problems
}

/// The reading view's fixed `<head>`: element names, attributes and, for `<style>`, the
/// text; the title's text is the article's own.
fn head_shape(doc: &Html) -> Vec<String> {
    let Some(head) = doc
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "head")
    else {
        return vec!["no head".to_string()];
    };
    head.children()
        .filter_map(ElementRef::wrap)
        .map(|el| {
            let mut attrs: Vec<String> = el
                .value()
                .attrs()
                .map(|(k, v)| format!("{k}={v:?}"))
                .collect();
            attrs.sort();
            let text = match el.value().name() {
                "title" => String::new(),
                _ => el.inner_html(),
            };
            format!("<{} {}>{}", el.value().name(), attrs.join(" "), text)
        })
        .collect()
}

/// The standalone page audited: its `<head>` must be exactly the fixed head of a benign
/// article's view (same meta tags, CSP, stylesheet), and everything else free of active
/// content, as `content` is.
fn audit_view(view: &str, reference_head: &[String]) -> Vec<String> {
    let doc = Html::parse_document(view);
    let mut problems = Vec::new();
    let head = head_shape(&doc);
    if head != reference_head {
        problems.push(format!(
            "the view's <head> differs from the fixed one:\n  {head:?}\n  {reference_head:?}"
        ));
    }
    problems.extend(audit_tree(&doc, |el| {
        el.value().name() == "head"
            && el
                .parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| p.value().name() == "html")
    }));
    let once = doc.root_element().html();
    let again = Html::parse_document(&once).root_element().html();
    if once != again {
        problems.push("the view's serialization is not stable under re-parsing".to_string());
    }
    problems
}

fn reference_head() -> Vec<String> {
    let benign = extract(&page("", Placement::InParagraph), &options()).expect("benign article");
    let view = benign.to_reading_view(&ViewOptions::default());
    let doc = Html::parse_document(&view);
    let head = head_shape(&doc);
    let csp = head
        .iter()
        .find(|m| m.contains("Content-Security-Policy"))
        .expect("the view declares a CSP");
    for directive in [
        "default-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    assert!(!csp.contains("script-src"), "CSP allows scripts: {csp}");
    let styles = head.iter().filter(|m| m.starts_with("<style")).count();
    assert_eq!(styles, 1, "one fixed stylesheet in the head: {head:?}");
    head
}

fn options() -> Options {
    Options {
        url: Some(PAGE_URL.to_string()),
        ..Options::default()
    }
}

#[test]
fn the_corpus_is_large_and_covers_every_category() {
    let vectors = vectors();
    assert!(vectors.len() >= 150, "{} vectors", vectors.len());
    for category in [
        "script",
        "event-handler",
        "url-scheme",
        "css",
        "meta-base",
        "mxss",
        "embed",
    ] {
        let n = vectors.iter().filter(|v| v.category == category).count();
        assert!(n >= 5, "category {category} has {n} vectors");
    }
    let mut seen = std::collections::HashSet::new();
    for v in &vectors {
        assert!(seen.insert(&v.html), "duplicate vector {:?}", v.html);
    }
}

#[test]
fn no_vector_survives_extraction_in_any_placement() {
    let reference = reference_head();
    let view_options = ViewOptions::default();
    let mut failures = Vec::new();
    let (mut cases, mut articles) = (0usize, 0usize);
    for vector in vectors() {
        for placement in PLACEMENTS {
            cases += 1;
            let html = page(&vector.html, placement);
            let article = match extract(&html, &options()) {
                Ok(article) => article,
                Err(Error::NoArticle) => continue,
                Err(other) => {
                    failures.push(format!(
                        "{:?} at {placement:?}: unexpected {other:?}",
                        vector.html
                    ));
                    continue;
                }
            };
            if article.text.contains(MARKER) {
                articles += 1;
            }
            let mut problems = audit_content(&article.content);
            problems.extend(
                audit_view(&article.to_reading_view(&view_options), &reference)
                    .into_iter()
                    .map(|p| format!("view: {p}")),
            );
            for problem in problems {
                failures.push(format!(
                    "[{}] {:?} at {placement:?}: {problem}",
                    vector.category, vector.html
                ));
            }
        }
    }
    eprintln!("[xss] {cases} cases, {articles} extracted with the article's text");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let share = articles as f64 / cases as f64;
    assert!(
        share >= MIN_ARTICLE_SHARE,
        "only {articles} of {cases} cases still extracted the article"
    );
}

#[test]
fn a_hand_built_article_carrying_vectors_renders_a_safe_view() {
    // The view sanitizes `content` itself and escapes every other field, so an Article
    // deserialized from anywhere is as safe as an extracted one.
    let reference = reference_head();
    let mut failures = Vec::new();
    for vector in vectors() {
        let v = vector.html.clone();
        let article = Article {
            title: format!("Title {v}"),
            byline: Some(v.clone()),
            site_name: Some(v.clone()),
            published_time: Some(v.clone()),
            lang: Some(v.clone()),
            dir: Some(v.clone()),
            excerpt: Some(v.clone()),
            lead_image_url: Some(v.clone()),
            url: Some(v.clone()),
            content: format!("<p>{}</p>{v}<p>{}</p>", PARAGRAPHS[0], PARAGRAPHS[1]),
            ..Article::default()
        };
        for problem in audit_view(
            &article.to_reading_view(&ViewOptions::default()),
            &reference,
        ) {
            failures.push(format!("[{}] {v:?}: {problem}", vector.category));
        }
        let content_only = Article {
            content: v.clone(),
            ..Article::default()
        };
        for problem in audit_view(
            &content_only.to_reading_view(&ViewOptions::default()),
            &reference,
        ) {
            failures.push(format!("[{}] {v:?} as content: {problem}", vector.category));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_audit_catches_what_it_looks_for() {
    // The checks above are only as good as the audit: it must flag each kind of active
    // content when it is present.
    for (html, expected) in [
        ("<script>x</script>", "<script>"),
        ("<p onclick=x>a</p>", "handler"),
        ("<a href=\"java\tscript:x\">a</a>", "scheme javascript"),
        ("<a href=\"&#106;avascript:x\">a</a>", "scheme javascript"),
        ("<img srcset=\"a.jpg 1x, data:x 2x\">", "scheme data"),
        ("<p style=\"background:u\\72l(x)\">a</p>", "url("),
        ("<p style=\"x:expr/**/ession(1)\">a</p>", "expression"),
        ("<iframe srcdoc=x></iframe>", "srcdoc"),
        (
            "<iframe src=\"https://evil.example/\" sandbox></iframe>",
            "outside the allow-list",
        ),
        ("<svg><a>x</a></svg>", "SVG element"),
        ("<img src=\"mailto:a@b\">", "scheme mailto"),
    ] {
        let problems = audit_content(html);
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{html}: expected {expected:?} in {problems:?}"
        );
    }
    assert!(audit_content("<p><a href=\"/x:y\">a</a> <a href=\"mailto:a@b\">m</a></p>").is_empty());
    assert!(audit_content(
        "<iframe src=\"https://www.youtube.com/embed/x\" sandbox=\"allow-scripts allow-same-origin\"></iframe>"
    )
    .is_empty());
}

/// Placements whose text reaches the Markdown (the others only feed metadata).
const MARKDOWN_PLACEMENTS: [Placement; 4] = [
    Placement::InParagraph,
    Placement::BetweenParagraphs,
    Placement::InFigure,
    Placement::InTitle,
];

#[test]
fn the_markdown_of_every_vector_stays_inert() {
    // Without a base URL, relative values stay as the page wrote them.
    let no_url = Options::default();
    let mut failures = Vec::new();
    let mut documents = 0usize;
    for vector in vectors() {
        let mut markdowns = Vec::new();
        for placement in MARKDOWN_PLACEMENTS {
            if let Ok(article) = extract(&page(&vector.html, placement), &no_url) {
                markdowns.push(article.to_markdown());
            }
        }
        // No sanitizer between a hand-built article and its Markdown.
        let v = &vector.html;
        markdowns.push(
            Article {
                title: format!("Title {v}"),
                content: format!("<p>{} {v} after</p>{v}", PARAGRAPHS[0]),
                ..Article::default()
            }
            .to_markdown(),
        );
        for markdown in markdowns {
            documents += 1;
            for problem in inert_markdown::problems(&markdown) {
                failures.push(format!(
                    "[{}] {v:?}: {problem}\n{markdown}",
                    vector.category
                ));
            }
        }
    }
    eprintln!("[xss] {documents} Markdown documents read back");
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
