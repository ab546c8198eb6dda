//! Fuzz target: structure-aware tag soup. `arbitrary` turns the fuzzer's bytes into a flat
//! token list (open and close tags from a vocabulary of reading, chrome, table, form,
//! SVG/MathML and raw-text elements, attributes with hostile URLs and handlers, entities,
//! scripts, comments, runs of prose), so mutations explore nesting and markup the article
//! pipeline reacts to instead of spending their time in the tokenizer's error paths.
//! Nesting comes from unbalanced opens, so the generator itself never recurses.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use plainview::{extract, is_probably_readable, Font, Options, Theme, ViewOptions};

/// Element names the generator draws from.
const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "article",
    "section",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "img",
    "picture",
    "source",
    "video",
    "audio",
    "iframe",
    "br",
    "hr",
    "pre",
    "code",
    "blockquote",
    "em",
    "strong",
    "b",
    "i",
    "time",
    "form",
    "input",
    "button",
    "select",
    "option",
    "textarea",
    "label",
    "svg",
    "foreignObject",
    "desc",
    "math",
    "mi",
    "mtext",
    "mglyph",
    "annotation-xml",
    "noscript",
    "template",
    "object",
    "embed",
    "param",
    "base",
    "meta",
    "link",
    "html",
    "head",
    "body",
    "title",
    "frameset",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "font",
    "center",
    "xmp",
    "plaintext",
    "noembed",
    "style",
    "script",
];

/// Attribute names, including the ones the pipeline and the sanitizer look at.
const ATTRS: &[&str] = &[
    "class",
    "id",
    "href",
    "src",
    "srcset",
    "data-src",
    "data-srcset",
    "data-lazy-src",
    "style",
    "onclick",
    "onerror",
    "onload",
    "itemprop",
    "itemtype",
    "rel",
    "role",
    "hidden",
    "aria-hidden",
    "width",
    "height",
    "lang",
    "dir",
    "content",
    "property",
    "name",
    "datetime",
    "srcdoc",
    "formaction",
    "action",
    "xlink:href",
    "poster",
    "cite",
    "data-url",
    "type",
    "encoding",
    "sandbox",
    "allow",
    "http-equiv",
    "xmlns",
    "colspan",
];

/// Attribute values: class/id tokens the heuristics score, URLs of every scheme and
/// disguise, handler code.
const VALUES: &[&str] = &[
    "article",
    "content",
    "post-body",
    "entry-content",
    "story",
    "comment",
    "comments",
    "share",
    "social",
    "related",
    "sidebar",
    "ad",
    "advert",
    "sponsored",
    "byline",
    "author",
    "newsletter",
    "hidden",
    "promo",
    "caption",
    "articleBody",
    "https://schema.org/NewsArticle",
    "https://fuzz.example/news/story",
    "/news/story",
    "https://www.youtube.com/embed/x",
    "https://evil.example/embed/x",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "jav&#x61;script:alert(1)",
    "&#106;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,AA",
    " javascript:alert(1)",
    "\u{1}javascript:alert(1)",
    "alert(1)",
    "expression(alert(1))",
    "background:url(javascript:alert(1))",
    "a.jpg 1x, javascript:alert(1) 2x",
    "text/html",
    "refresh",
    "0;url=javascript:alert(1)",
    "rtl",
    "2020-05-04T10:00:00Z",
    "author",
    "",
    "<img src=x onerror=alert(1)>",
    "\"><script>alert(1)</script>",
];

/// Text fragments: words, entities and markup-looking text.
const TEXTS: &[&str] = &[
    "Read more",
    "Share",
    "Advertisement",
    "Related:",
    "By Jane Doe",
    "Photo: agency",
    "&amp;",
    "&lt;script&gt;",
    "&nbsp;",
    "&#0;",
    "&#x110000;",
    "&#xD800;",
    "&bogus;",
    "&",
    "<",
    "]]>",
    "\u{202E}",
    "\u{0}",
    "\u{FEFF}",
    "مرحبا بالعالم",
    "日本語の文章です。",
    "Sign up for",
    "1 May 2020",
    "Continue reading",
];

/// Generated pages stop growing past this size (deep-nesting tokens multiply quickly).
const MAX_PAGE_BYTES: usize = 256 * 1024;

/// Sentences long enough to make a block read as prose.
const PROSE: &[&str] = &[
    "The council voted on Tuesday evening to keep the town's last public swimming pool open for at least another five years, reversing a decision taken in the spring.",
    "Campaigners had collected more than four thousand signatures, organised a sponsored swim and packed the public gallery for the meeting, where several councillors changed their minds.",
    "Under the plan approved this week, a community trust will take over the day-to-day running of the building, while the council keeps responsibility for the structure.",
    "Swimming lessons for local primary schools, which were cancelled in July when the closure was first announced, will resume in the autumn term.",
];

/// Raw-text and script-bearing contents.
const RAW: &[&str] = &[
    "alert(1)",
    "window.__x=1</script><script>alert(1)",
    "</style><img src=x onerror=alert(1)>",
    "<p>not a paragraph</p>",
    "{\"@type\":\"NewsArticle\",\"headline\":\"<script>alert(1)</script>\",\"author\":{\"name\":\"X\"}}",
    "</textarea><script>alert(1)</script>",
    "<!--",
    "p{background:url(javascript:alert(1))}",
];

/// Elements that must never appear in `content`.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "style", "object", "embed", "form", "base", "meta", "link", "svg", "template",
];

/// Panics when `content`, parsed as a browser would, holds a forbidden element, an event
/// handler, `srcdoc`, or a link or resource URL with a scheme other than http(s)/mailto.
fn audit(content: &str) {
    let doc = scraper::Html::parse_fragment(content);
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let name = el.name();
        assert!(
            !FORBIDDEN_ELEMENTS.contains(&name),
            "<{name}> in content: {content}"
        );
        for (attr, value) in el.attrs() {
            assert!(
                !attr.starts_with("on") && attr != "srcdoc",
                "<{name} {attr}> in content: {content}"
            );
            if matches!(attr, "href" | "src" | "poster" | "cite") {
                let url: String = value
                    .chars()
                    .filter(|c| !c.is_ascii_control() && *c != ' ')
                    .collect::<String>()
                    .to_ascii_lowercase();
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    assert!(
                        !url.starts_with(scheme),
                        "<{name} {attr}={value:?}> in content"
                    );
                }
            }
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Quote {
    Double,
    Single,
    Bare,
}

#[derive(Arbitrary, Debug)]
enum Value {
    Known(u8),
    Free(String),
}

#[derive(Arbitrary, Debug)]
struct Attr {
    name: u8,
    value: Option<Value>,
    quote: Quote,
}

#[derive(Arbitrary, Debug)]
enum Token {
    Open {
        tag: u8,
        attrs: Vec<Attr>,
        self_closing: bool,
    },
    Close(u8),
    Text(u8),
    Prose {
        sentence: u8,
        repeat: u8,
    },
    FreeText(String),
    FreeTag(String),
    Raw {
        tag: u8,
        body: u8,
    },
    JsonLd(u8),
    Comment(String),
    Table {
        rows: u8,
        cols: u8,
    },
    Deep {
        tag: u8,
        depth: u16,
    },
    Cdata(String),
}

#[derive(Arbitrary, Debug)]
struct Page {
    document: bool,
    title: u8,
    url: u8,
    keep_media: bool,
    keep_classes: bool,
    char_threshold: u16,
    theme: u8,
    tokens: Vec<Token>,
}

fn pick<'a>(list: &[&'a str], i: impl Into<usize>) -> &'a str {
    list[i.into() % list.len()]
}

fn push_attr(out: &mut String, attr: &Attr) {
    out.push(' ');
    out.push_str(pick(ATTRS, attr.name));
    let Some(value) = &attr.value else {
        return;
    };
    let value = match value {
        Value::Known(i) => pick(VALUES, *i),
        Value::Free(s) => s.as_str(),
    };
    out.push('=');
    match attr.quote {
        Quote::Double => {
            out.push('"');
            out.push_str(&value.replace('"', "&quot;"));
            out.push('"');
        }
        Quote::Single => {
            out.push('\'');
            out.push_str(&value.replace('\'', "&#39;"));
            out.push('\'');
        }
        Quote::Bare => out.push_str(value),
    }
}

fn render(page: &Page) -> String {
    let mut out = String::new();
    if page.document {
        out.push_str("<!DOCTYPE html><html><head><meta charset=utf-8><title>");
        out.push_str(pick(TEXTS, page.title));
        out.push_str("</title></head><body>");
    }
    for token in &page.tokens {
        if out.len() > MAX_PAGE_BYTES {
            break;
        }
        match token {
            Token::Open {
                tag,
                attrs,
                self_closing,
            } => {
                out.push('<');
                out.push_str(pick(TAGS, *tag));
                for attr in attrs {
                    push_attr(&mut out, attr);
                }
                out.push_str(if *self_closing { "/>" } else { ">" });
            }
            Token::Close(tag) => {
                out.push_str("</");
                out.push_str(pick(TAGS, *tag));
                out.push('>');
            }
            Token::Text(i) => out.push_str(pick(TEXTS, *i)),
            Token::Prose { sentence, repeat } => {
                for k in 0..=(*repeat % 8) {
                    out.push_str(pick(PROSE, usize::from(*sentence) + usize::from(k)));
                    out.push(' ');
                }
            }
            Token::FreeText(s) => out.push_str(s),
            Token::FreeTag(s) => {
                out.push('<');
                out.push_str(s);
                out.push('>');
            }
            Token::Raw { tag, body } => {
                let tag = pick(
                    &[
                        "script", "style", "textarea", "title", "noscript", "xmp", "iframe",
                        "noembed", "template",
                    ],
                    *tag,
                );
                out.push_str(&format!("<{tag}>{}</{tag}>", pick(RAW, *body)));
            }
            Token::JsonLd(body) => {
                out.push_str("<script type=\"application/ld+json\">");
                out.push_str(pick(RAW, *body));
                out.push_str("</script>");
            }
            Token::Comment(s) => {
                out.push_str("<!--");
                out.push_str(s);
                out.push_str("-->");
            }
            Token::Table { rows, cols } => {
                out.push_str("<table>");
                for r in 0..(*rows % 16) {
                    out.push_str("<tr>");
                    for c in 0..(*cols % 16) {
                        out.push_str(&format!("<td>{r},{c}</td>"));
                    }
                }
                out.push_str("</table>");
            }
            Token::Deep { tag, depth } => {
                let tag = pick(TAGS, *tag);
                for _ in 0..(*depth % 2048) {
                    out.push('<');
                    out.push_str(tag);
                    out.push('>');
                }
            }
            Token::Cdata(s) => {
                out.push_str("<![CDATA[");
                out.push_str(s);
                out.push_str("]]>");
            }
        }
    }
    out
}

fuzz_target!(|page: Page| {
    let html = render(&page);
    let _ = is_probably_readable(&html);
    let options = Options {
        url: match page.url % 4 {
            0 => None,
            1 => Some("https://fuzz.example/news/story".into()),
            2 => Some("not a url".into()),
            _ => Some("https://fuzz.example/".into()),
        },
        keep_media: page.keep_media,
        keep_classes: page.keep_classes,
        char_threshold: usize::from(page.char_threshold % 1024),
        ..Options::default()
    };
    let Ok(article) = extract(&html, &options) else {
        return;
    };
    audit(&article.content);
    let view = ViewOptions {
        theme: match page.theme % 4 {
            0 => Theme::Auto,
            1 => Theme::Light,
            2 => Theme::Sepia,
            _ => Theme::Dark,
        },
        font: if page.theme & 4 == 0 {
            Font::Serif
        } else {
            Font::Sans
        },
        font_size_px: u32::from(page.char_threshold),
        ..ViewOptions::default()
    };
    let body = article.to_reading_view(&view);
    let body = body
        .split("<body>")
        .nth(1)
        .unwrap_or("")
        .to_ascii_lowercase();
    assert!(
        !body.contains("<script"),
        "script in the reading view: {body}"
    );
    let _ = article.to_markdown();
});
