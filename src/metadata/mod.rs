//! Reads what the page says about itself (JSON-LD, meta tags, `<title>`, `<html lang>`),
//! merged by priority into one [`Metadata`] value. Priorities follow Readability.js
//! (`_getJSONLD` before `_getArticleMetadata`); sources it ignores only fill gaps.

mod json_ld;
mod meta_tags;
mod scan;
mod text;
mod title;

#[cfg(test)]
mod corpus_tests;

use ego_tree::NodeId;
use scraper::Html;
use url::Url;

use json_ld::JsonLdArticle;
use meta_tags::MetaValues;
use text::plain;

/// Title keys in Readability's order, after JSON-LD.
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
/// Author keys in Readability's order, after JSON-LD (`article:author` last, and only
/// when it is not a URL).
const BYLINE_KEYS: &[&str] = &["dc:creator", "dcterm:creator", "author", "parsely-author"];
const ARTICLE_AUTHOR_KEY: &str = "article:author";
/// Description keys in Readability's order, after JSON-LD.
const EXCERPT_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];
/// Site-name keys, after JSON-LD's publisher.
const SITE_NAME_KEYS: &[&str] = &["og:site_name"];
/// Publication-date keys in Readability's order, after JSON-LD.
const PUBLISHED_KEYS: &[&str] = &["article:published_time", "parsely-pub-date"];
/// Publication-date tags Readability ignores, tried (then `itemprop=datePublished`
/// elements, then `<time datetime>`) when nothing else gives a date.
const PUBLISHED_EXTRA_KEYS: &[&str] = &[
    "itemprop:datepublished",
    "dcterms:issued",
    "dcterms:created",
    "dc:date:issued",
    "dc:date",
];
/// Digits of the year that starts a machine-readable date.
const YEAR_DIGITS: usize = 4;
/// Lead-image tags after JSON-LD's `image`.
const IMAGE_EXTRA_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
];
/// Language tags used when `<html lang>` is absent.
const LANG_EXTRA_KEYS: &[&str] = &[
    "http-equiv:content-language",
    "dc:language",
    "dcterms:language",
];
/// Extra tags whose values name the page's own story.
const IDENTITY_TITLE_EXTRA_KEYS: &[&str] = &["og:title", "twitter:title"];
/// Extra tags whose values name the page's own address. Microdata `itemprop` values
/// (`url`, `image`, `headline`) are not used for identity or images: they belong to
/// whatever item encloses them, often a logo, an author or a teaser.
const IDENTITY_URL_EXTRA_KEYS: &[&str] = &["og:url"];
/// Text directions `dir` may state.
const DIRECTIONS: &[&str] = &["ltr", "rtl", "auto"];
/// URL schemes kept for addresses and images.
const URL_SCHEMES: &[&str] = &["http", "https"];

/// What the page states about its article, before the body is looked at.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Metadata {
    /// Readability's title: JSON-LD or meta title as given, else the cleaned `<title>`.
    pub title: String,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image_url: Option<String>,
    pub lang: Option<String>,
    /// Direction stated on `<body>` or `<html>`; the article's own ancestors may differ.
    pub dir: Option<String>,
    /// Canonical address (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute.
    pub url: Option<String>,
    /// Every title the page gives itself (og:title, JSON-LD headline, `<title>`, raw
    /// and cleaned), used to recognise the page's own story.
    pub identity_titles: Vec<String>,
    /// Every address the page gives itself (canonical, og:url, JSON-LD url/@id).
    pub identity_urls: Vec<String>,
    /// The addresses of the articles JSON-LD scripts declare, each with the element its
    /// script sits in: a story appended by infinite scroll may carry its own.
    pub placed_article_urls: Vec<(NodeId, String)>,
    /// The address the page's relative links resolve against: its `<base href>`
    /// (resolved against the page's address), else the page's address.
    pub base: Option<Url>,
}

/// Reads the page's metadata. `base` resolves relative URLs (a `<base href>` in the page
/// takes precedence, resolved against `base`).
pub(crate) fn read(doc: &Html, base: Option<&Url>) -> Metadata {
    let facts = scan::scan(doc);
    let base = effective_base(base, facts.base_href.as_deref());
    let meta = meta_tags::read(&facts.metas);
    let doc_title = facts.title.as_deref().unwrap_or("");
    let cleaned_title = title::clean(doc_title, &facts.headings, facts.h1_count);
    let json_ld = json_ld::read(&facts.json_ld);
    let placed_article_urls = placed_article_urls(&json_ld.ids, &facts.json_ld_places);
    let ld = json_ld.article;
    let ld = ld.as_ref();

    let title = ld
        .and_then(|a| a.title(&cleaned_title))
        .filter(|t| !t.trim().is_empty())
        .or_else(|| meta.first(TITLE_KEYS).map(str::to_string))
        .and_then(|t| plain(&t))
        .or_else(|| plain(&cleaned_title))
        .unwrap_or_default();

    let byline = first_plain([
        ld.and_then(|a| a.byline.as_deref()),
        meta.first(BYLINE_KEYS),
        meta.get(ARTICLE_AUTHOR_KEY)
            .filter(|a| Url::parse(a).is_err()),
    ]);
    let excerpt = first_plain([
        ld.and_then(|a| a.description.as_deref()),
        meta.first(EXCERPT_KEYS),
    ]);
    let site_name = first_plain([
        ld.and_then(|a| a.publisher.as_deref()),
        meta.first(SITE_NAME_KEYS),
    ]);
    let published_time = first_plain([
        ld.and_then(|a| a.date_published.as_deref()),
        meta.first(PUBLISHED_KEYS),
    ])
    .or_else(|| {
        let extras = PUBLISHED_EXTRA_KEYS.iter().map(|k| meta.extra(k));
        let page = [
            facts.itemprop_published.as_deref(),
            facts.time_datetime.as_deref(),
        ];
        first_plain(
            extras
                .chain(page)
                .map(|d| d.filter(|d| starts_with_year(d))),
        )
    });

    let lead_image_url = [ld.and_then(|a| a.image.as_deref())]
        .into_iter()
        .chain(IMAGE_EXTRA_KEYS.iter().map(|k| meta.extra(k)))
        .chain([facts.image_src.as_deref()])
        .flatten()
        .find_map(|u| absolute_url(u, base.as_ref()));

    let lang = first_plain([
        facts.html_lang.as_deref(),
        ld.and_then(|a| a.in_language.as_deref()),
        meta.first_extra(LANG_EXTRA_KEYS),
    ]);
    let dir = [facts.body_dir.as_deref(), facts.html_dir.as_deref()]
        .into_iter()
        .flatten()
        .map(|d| text::js_trim(d).to_ascii_lowercase())
        .find(|d| DIRECTIONS.contains(&d.as_str()));

    let identity_urls = identity_urls(&facts, &meta, ld, base.as_ref());
    let url = identity_urls.first().cloned();
    let identity_titles = identity_titles(&title, doc_title, &cleaned_title, &meta, ld);

    Metadata {
        title,
        byline,
        site_name,
        published_time,
        excerpt,
        lead_image_url,
        lang,
        dir,
        url,
        identity_titles,
        identity_urls,
        placed_article_urls,
        base,
    }
}

/// The addresses of the article each JSON-LD script declares (`ids`), with the element
/// the script sits in (`places`, in the same order).
fn placed_article_urls(ids: &[Vec<String>], places: &[NodeId]) -> Vec<(NodeId, String)> {
    ids.iter()
        .zip(places)
        .flat_map(|(ids, &place)| ids.iter().map(move |id| (place, id.clone())))
        .collect()
}

/// The first candidate that is non-empty as plain text.
fn first_plain<'a>(candidates: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .filter(|c| !text::js_trim(c).is_empty())
        .find_map(plain)
}

/// Whether a date value starts with a four-digit year (what machine-readable dates
/// outside Readability's sources must look like to be trusted).
fn starts_with_year(value: &str) -> bool {
    let value = text::js_trim(value).as_bytes();
    value.len() >= YEAR_DIGITS && value[..YEAR_DIGITS].iter().all(u8::is_ascii_digit)
}

/// `base` overridden by the page's `<base href>` (resolved against `base`).
fn effective_base(base: Option<&Url>, base_href: Option<&str>) -> Option<Url> {
    let href = base_href.map(text::js_trim).filter(|h| !h.is_empty());
    let resolved = href.and_then(|h| match base {
        Some(b) => b.join(h).ok(),
        None => Url::parse(h).ok(),
    });
    resolved
        .filter(|u| URL_SCHEMES.contains(&u.scheme()))
        .or_else(|| base.cloned())
}

/// `raw` made absolute against `base`; only http(s) addresses are kept.
fn absolute_url(raw: &str, base: Option<&Url>) -> Option<String> {
    let raw = text::unescape_entities(text::js_trim(raw));
    if raw.is_empty() {
        return None;
    }
    let url = match base {
        Some(b) => b.join(&raw).ok()?,
        None => Url::parse(&raw).ok()?,
    };
    URL_SCHEMES.contains(&url.scheme()).then(|| url.to_string())
}

/// Canonical link first (it is what the page calls itself), then `og:url`, then the
/// JSON-LD object's addresses; fragments dropped, duplicates removed.
fn identity_urls(
    facts: &scan::PageFacts,
    meta: &MetaValues,
    ld: Option<&JsonLdArticle>,
    base: Option<&Url>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let candidates = [facts.canonical.as_deref()]
        .into_iter()
        .chain(IDENTITY_URL_EXTRA_KEYS.iter().map(|k| meta.extra(k)))
        .chain(
            ld.into_iter()
                .flat_map(|a| a.ids.iter().map(|s| Some(s.as_str()))),
        )
        .flatten();
    for raw in candidates {
        let Some(abs) = absolute_url(raw, base) else {
            continue;
        };
        let abs = match Url::parse(&abs) {
            Ok(mut u) => {
                u.set_fragment(None);
                u.to_string()
            }
            Err(_) => abs,
        };
        if !out.contains(&abs) {
            out.push(abs);
        }
    }
    out
}

/// Every distinct title the page states, as plain text. A JSON-LD `name` beside a
/// `headline` often names the site, so it counts only as the chosen title then.
fn identity_titles(
    title: &str,
    doc_title: &str,
    cleaned_title: &str,
    meta: &MetaValues,
    ld: Option<&JsonLdArticle>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let candidates = [Some(title), Some(doc_title), Some(cleaned_title)]
        .into_iter()
        .chain([ld.and_then(|a| a.headline.as_deref().or(a.name.as_deref()))])
        .chain(TITLE_KEYS.iter().map(|k| meta.get(k)))
        .chain(IDENTITY_TITLE_EXTRA_KEYS.iter().map(|k| meta.extra(k)))
        .flatten();
    for candidate in candidates {
        if let Some(t) = plain(candidate) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_html(html: &str, base: &str) -> Metadata {
        let doc = Html::parse_document(html);
        let base = Url::parse(base).ok();
        read(&doc, base.as_ref())
    }

    #[test]
    fn json_ld_wins_over_meta_tags() {
        let m = read_html(
            r#"<html lang="en-GB"><head><title>A page title that is long | Site</title>
            <meta property="og:title" content="OG title">
            <meta name="author" content="Meta Author">
            <meta property="og:site_name" content="OG Site">
            <meta property="article:published_time" content="2001-01-01">
            <meta property="og:image" content="/og.jpg">
            <link rel="canonical" href="/canonical#frag">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"LD &amp; headline","author":[{"name":"A"},{"name":"B"}],
              "publisher":{"name":"LD Site"},"datePublished":"2020-02-02",
              "image":"img/ld.jpg","url":"https://x.example/story"}</script>
            </head><body><h1>Heading</h1></body></html>"#,
            "https://x.example/dir/page.html",
        );
        assert_eq!(m.title, "LD & headline");
        assert_eq!(m.byline.as_deref(), Some("A, B"));
        assert_eq!(m.site_name.as_deref(), Some("LD Site"));
        assert_eq!(m.published_time.as_deref(), Some("2020-02-02"));
        assert_eq!(
            m.lead_image_url.as_deref(),
            Some("https://x.example/dir/img/ld.jpg")
        );
        assert_eq!(m.lang.as_deref(), Some("en-GB"));
        assert_eq!(m.url.as_deref(), Some("https://x.example/canonical"));
        assert!(m
            .identity_urls
            .contains(&"https://x.example/story".to_string()));
        assert!(m.identity_titles.contains(&"OG title".to_string()));
        assert!(m
            .identity_titles
            .contains(&"A page title that is long | Site".to_string()));
        assert!(m
            .identity_titles
            .contains(&"A page title that is long".to_string()));
    }

    #[test]
    fn meta_tags_and_fallbacks() {
        let m = read_html(
            r#"<html dir="RTL"><head><title>A fine article about things - Site</title>
            <meta name="description" content=" Tom &amp;amp; Jerry ">
            <meta property="article:author" content="https://facebook.com/someone">
            <meta property="og:image" content="javascript:alert(1)">
            <meta name="twitter:image" content="//cdn.example/t.jpg">
            </head><body><time datetime="2019-09-09">Sept</time></body></html>"#,
            "https://x.example/a/b",
        );
        assert_eq!(m.title, "A fine article about things");
        assert_eq!(m.excerpt.as_deref(), Some("Tom & Jerry"));
        assert_eq!(m.byline, None);
        assert_eq!(
            m.lead_image_url.as_deref(),
            Some("https://cdn.example/t.jpg")
        );
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        assert_eq!(m.published_time.as_deref(), Some("2019-09-09"));
        assert_eq!(m.url, None);
    }

    #[test]
    fn base_element_resolves_relative_urls() {
        let m = read_html(
            r#"<head><base href="/sub/"><link rel="canonical" href="page">
            <meta property="og:image" content="i.png"></head>"#,
            "https://x.example/a/b",
        );
        assert_eq!(m.url.as_deref(), Some("https://x.example/sub/page"));
        assert_eq!(
            m.lead_image_url.as_deref(),
            Some("https://x.example/sub/i.png")
        );
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let deep = "<div><h1>x".repeat(600) + &"<span>y".repeat(20_000);
        let cases = [
            String::new(),
            "<title>".to_string(),
            "<meta content>".to_string(),
            "<script type=application/ld+json>{{{{</script>".to_string(),
            "<html lang=\"\" dir=\"\"><title> \u{3000} </title><meta property=\"og:title\" content=\"&#xD800;\">".to_string(),
            "<base href=\"javascript:x\"><link rel=canonical href=\"http://[::1\">".to_string(),
            deep,
        ];
        for html in &cases {
            let doc = Html::parse_document(html);
            let _ = read(&doc, None);
            let base = Url::parse("https://x.example/").ok();
            let _ = read(&doc, base.as_ref());
        }
    }
}
