//! Reads the schema.org article object a page declares in JSON-LD: Readability.js's
//! `_getJSONLD` selection first (top-level arrays, `@graph`), then a bounded search of
//! nested graphs and `mainEntity` when that finds nothing.

use serde_json::{Map, Value};

use super::title::similarity;
use crate::vocabulary::threshold::TITLE_SIMILARITY;

/// schema.org types read as an article (https://schema.org/Article and its subtypes).
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

/// `@context` values naming schema.org.
const SCHEMA_ORG_CONTEXTS: &[&str] = &[
    "http://schema.org",
    "https://schema.org",
    "http://schema.org/",
    "https://schema.org/",
];

/// Keys under which the nested search looks for the article object.
const NESTED_KEYS: &[&str] = &["@graph", "mainEntity"];
/// Nested search depth limit (containers below the script's top-level value).
const MAX_NESTED_DEPTH: usize = 4;
/// Nested search visits at most this many values per script.
const MAX_NESTED_VISITS: usize = 512;
/// Author names are joined with this.
const AUTHOR_JOINER: &str = ", ";

/// What the article object states. Strings are as written (entities not yet decoded).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct JsonLdArticle {
    pub name: Option<String>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub description: Option<String>,
    pub publisher: Option<String>,
    pub date_published: Option<String>,
    pub image: Option<String>,
    /// `url`, then `mainEntityOfPage`.
    pub url: Option<String>,
    /// Every address the object gives itself (`url`, `@id`, `mainEntityOfPage`).
    pub ids: Vec<String>,
    pub in_language: Option<String>,
}

impl JsonLdArticle {
    /// The title Readability takes from the object: when `name` and `headline` differ,
    /// the headline only if it resembles the page title and the name does not.
    pub(super) fn title(&self, page_title: &str) -> Option<String> {
        match (&self.name, &self.headline) {
            (Some(name), Some(headline)) if name != headline => {
                let name_matches = similarity(name, page_title) > TITLE_SIMILARITY;
                let headline_matches = similarity(headline, page_title) > TITLE_SIMILARITY;
                if headline_matches && !name_matches {
                    Some(headline.clone())
                } else {
                    Some(name.clone())
                }
            }
            (Some(name), _) => Some(name.trim().to_string()),
            (None, Some(headline)) => Some(headline.trim().to_string()),
            (None, None) => None,
        }
    }
}

/// The page's JSON-LD, each script parsed once.
pub(super) struct JsonLd {
    /// The article object of the first script that declares one.
    pub article: Option<JsonLdArticle>,
    /// For each script in order, the addresses (`url`, `@id`, `mainEntityOfPage`) of the
    /// article it declares (none when it declares none).
    pub ids: Vec<Vec<String>>,
}

pub(super) fn read(scripts: &[String]) -> JsonLd {
    let parsed: Vec<Option<Value>> = scripts.iter().map(|s| parse(s)).collect();
    let values = || parsed.iter().flatten();
    let article = values()
        .find_map(readability_article)
        .or_else(|| values().find_map(nested_article))
        .map(extract);
    let ids = parsed
        .iter()
        .map(|v| {
            v.as_ref()
                .and_then(|v| readability_article(v).or_else(|| nested_article(v)))
                .map(ids)
                .unwrap_or_default()
        })
        .collect();
    JsonLd { article, ids }
}

/// Parses one script's text; CDATA markers and a trailing `;` are tolerated.
fn parse(script: &str) -> Option<Value> {
    let mut s = script.trim_start();
    s = s.strip_prefix("<![CDATA[").unwrap_or(s);
    s = s.trim_end();
    s = s.strip_suffix("]]>").unwrap_or(s);
    s = s.trim_start_matches('\u{feff}');
    serde_json::from_str(s)
        .ok()
        .or_else(|| serde_json::from_str(s.trim_end().strip_suffix(';')?).ok())
}

/// Readability's selection: the first article in a top-level array, or the top-level
/// object itself, or (for an untyped object) the first article in its `@graph`.
fn readability_article(root: &Value) -> Option<&Map<String, Value>> {
    let parsed = match root {
        Value::Array(items) => items.iter().find(|it| has_article_type(it))?,
        other => other,
    };
    let obj = parsed.as_object()?;
    if !has_schema_context(obj) {
        return None;
    }
    let untyped = obj.get("@type").is_none_or(is_falsy);
    if untyped {
        if let Some(Value::Array(graph)) = obj.get("@graph") {
            return graph
                .iter()
                .find(|it| has_article_type(it))
                .and_then(Value::as_object);
        }
    }
    has_article_type(parsed).then_some(obj)
}

/// Breadth-first search through arrays, `@graph` and `mainEntity` for an article whose
/// own or enclosing object names the schema.org context.
fn nested_article(root: &Value) -> Option<&Map<String, Value>> {
    let mut queue = std::collections::VecDeque::new();
    queue.push_back((root, false, 0usize));
    let mut visits = 0;
    while let Some((value, inherited, depth)) = queue.pop_front() {
        visits += 1;
        if visits > MAX_NESTED_VISITS {
            return None;
        }
        match value {
            Value::Array(items) if depth <= MAX_NESTED_DEPTH => {
                queue.extend(items.iter().map(|it| (it, inherited, depth + 1)));
            }
            Value::Object(obj) => {
                let context = inherited || has_schema_context(obj);
                if context && has_article_type(value) {
                    return Some(obj);
                }
                if depth <= MAX_NESTED_DEPTH {
                    for key in NESTED_KEYS {
                        if let Some(child) = obj.get(*key) {
                            queue.push_back((child, context, depth + 1));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    None
}

fn is_falsy(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::String(s) => s.is_empty(),
        Value::Number(n) => n.as_f64() == Some(0.0),
        _ => false,
    }
}

fn has_article_type(v: &Value) -> bool {
    let is_article = |t: &Value| t.as_str().is_some_and(|s| ARTICLE_TYPES.contains(&s));
    match v.get("@type") {
        Some(Value::Array(types)) => types.iter().any(is_article),
        Some(t) => is_article(t),
        None => false,
    }
}

fn has_schema_context(obj: &Map<String, Value>) -> bool {
    fn names_schema(v: &Value) -> bool {
        match v {
            Value::String(s) => SCHEMA_ORG_CONTEXTS.contains(&s.as_str()),
            Value::Object(o) => o
                .get("@vocab")
                .and_then(Value::as_str)
                .is_some_and(|s| SCHEMA_ORG_CONTEXTS.contains(&s)),
            _ => false,
        }
    }
    match obj.get("@context") {
        Some(Value::Array(items)) => items.iter().any(names_schema),
        Some(v) => names_schema(v),
        None => false,
    }
}

fn string(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The page an article object names as its own: `mainEntityOfPage`, a string or an
/// object's `@id` or `url`.
fn main_entity_of_page(obj: &Map<String, Value>) -> Option<String> {
    obj.get("mainEntityOfPage").and_then(|m| match m {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => string(o, "@id").or_else(|| string(o, "url")),
        _ => None,
    })
}

/// Every address an article object gives itself: `url`, `@id`, `mainEntityOfPage`.
fn ids(obj: &Map<String, Value>) -> Vec<String> {
    [
        string(obj, "url"),
        string(obj, "@id"),
        main_entity_of_page(obj),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn extract(obj: &Map<String, Value>) -> JsonLdArticle {
    let url = string(obj, "url");
    let main_entity_of_page = main_entity_of_page(obj);
    let ids = ids(obj);
    JsonLdArticle {
        name: string(obj, "name"),
        headline: string(obj, "headline"),
        byline: obj.get("author").and_then(byline),
        description: string(obj, "description"),
        publisher: obj.get("publisher").and_then(publisher_name),
        date_published: string(obj, "datePublished").map(|d| d.trim().to_string()),
        image: obj
            .get("image")
            .and_then(image_url)
            .or_else(|| string(obj, "thumbnailUrl")),
        url: url.or(main_entity_of_page),
        ids,
        in_language: string(obj, "inLanguage"),
    }
}

/// Author names: an object's `name`, or the names in an array (objects and plain
/// strings), joined with [`AUTHOR_JOINER`]. Plain strings that are URLs are skipped.
fn byline(author: &Value) -> Option<String> {
    let name_of = |v: &Value| -> Option<String> {
        let name = match v {
            Value::Object(o) => o.get("name").and_then(Value::as_str)?,
            Value::String(s) if !looks_like_url(s) => s.as_str(),
            _ => return None,
        };
        let name = name.trim();
        (!name.is_empty()).then(|| name.to_string())
    };
    match author {
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(AUTHOR_JOINER))
        }
        other => name_of(other),
    }
}

fn publisher_name(publisher: &Value) -> Option<String> {
    match publisher {
        Value::Object(o) => string(o, "name").map(|n| n.trim().to_string()),
        Value::Array(items) => items.iter().find_map(publisher_name),
        _ => None,
    }
}

/// `image` as a URL string, an ImageObject (`url`, `contentUrl`) or an array of either.
fn image_url(image: &Value) -> Option<String> {
    match image {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => string(o, "url")
            .or_else(|| string(o, "contentUrl"))
            .filter(|s| !s.trim().is_empty()),
        Value::Array(items) => items.iter().find_map(image_url),
        _ => None,
    }
}

fn looks_like_url(s: &str) -> bool {
    let s = s.trim();
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(json: &str) -> Option<JsonLdArticle> {
        read(&[json.to_string()]).article
    }

    #[test]
    fn graph_article_is_found() {
        let a = one(r#"{"@context":"https://schema.org","@graph":[
                {"@type":"WebSite","name":"Site"},
                {"@type":"NewsArticle","headline":"Big news","datePublished":" 2020-01-02 ",
                 "author":{"@type":"Person","name":" Ann Lee "},
                 "publisher":{"@type":"Organization","name":"The Paper"},
                 "image":{"@type":"ImageObject","url":"/img.jpg"},
                 "mainEntityOfPage":{"@id":"https://x.example/a"}}]}"#)
        .expect("article");
        assert_eq!(a.headline.as_deref(), Some("Big news"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(a.publisher.as_deref(), Some("The Paper"));
        assert_eq!(a.date_published.as_deref(), Some("2020-01-02"));
        assert_eq!(a.image.as_deref(), Some("/img.jpg"));
        assert_eq!(a.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.title("whatever").as_deref(), Some("Big news"));
    }

    #[test]
    fn top_level_array_and_author_arrays() {
        let a = one(
            r#"[{"@context":"http://schema.org","@type":"BreadcrumbList"},
                {"@context":"http://schema.org","@type":"BlogPosting","name":"Post",
                 "author":[{"name":"A"},{"name":"B"},{"url":"x"},"C","https://x.example/u"],
                 "image":["https://x.example/1.jpg","https://x.example/2.jpg"]}]"#,
        )
        .expect("article");
        assert_eq!(a.byline.as_deref(), Some("A, B, C"));
        assert_eq!(a.image.as_deref(), Some("https://x.example/1.jpg"));
        assert_eq!(a.name.as_deref(), Some("Post"));
    }

    #[test]
    fn context_is_required_and_vocab_accepted() {
        assert!(one(r#"{"@type":"Article","name":"x"}"#).is_none());
        assert!(
            one(r#"{"@context":"https://example.org","@type":"Article","name":"x"}"#).is_none()
        );
        let a =
            one(r#"{"@context":{"@vocab":"https://schema.org/"},"@type":"Article","name":"x"}"#);
        assert_eq!(a.and_then(|a| a.name).as_deref(), Some("x"));
    }

    #[test]
    fn non_article_types_are_ignored() {
        assert!(one(r#"{"@context":"https://schema.org","@type":"Recipe","name":"x"}"#).is_none());
        let typed = one(
            r#"{"@context":"https://schema.org","@type":["CreativeWork","NewsArticle"],"name":"x"}"#,
        );
        assert!(typed.is_some());
    }

    #[test]
    fn nested_main_entity_is_found_after_readability_selection() {
        let scripts = [
            r#"{"@context":"https://schema.org","@type":"WebPage","mainEntity":{"@type":"Article","headline":"Nested"}}"#.to_string(),
            r#"{"@context":"https://schema.org","@type":"Article","headline":"Direct"}"#.to_string(),
        ];
        assert_eq!(
            read(&scripts).article.and_then(|a| a.headline).as_deref(),
            Some("Direct")
        );
        assert_eq!(
            read(&scripts[..1])
                .article
                .and_then(|a| a.headline)
                .as_deref(),
            Some("Nested")
        );
    }

    #[test]
    fn name_and_headline_choice_follows_page_title() {
        let a = JsonLdArticle {
            name: Some("Site Name".into()),
            headline: Some("West Ham threatens the giants".into()),
            ..Default::default()
        };
        assert_eq!(
            a.title("West Ham threatens the giants").as_deref(),
            Some("West Ham threatens the giants")
        );
        assert_eq!(a.title("Something unrelated").as_deref(), Some("Site Name"));
    }

    #[test]
    fn malformed_json_ld_does_not_panic() {
        let deep = "[".repeat(100_000);
        let cases = [
            "",
            "{",
            "null",
            "42",
            "\"text\"",
            "[1, 2, null]",
            "{\"@context\": 5, \"@type\": {}}",
            "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"author\":{\"name\":7},\"image\":{}}",
            "{\"@context\":\"https://schema.org\",\"@graph\":{\"not\":\"array\"}}",
            "<![CDATA[ {\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"name\":\"c\"} ]]>",
            "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"name\":\"semi\"};",
            deep.as_str(),
        ];
        for case in cases {
            let _ = one(case);
        }
        assert_eq!(one(cases[9]).and_then(|a| a.name).as_deref(), Some("c"));
        assert_eq!(one(cases[10]).and_then(|a| a.name).as_deref(), Some("semi"));
        let odd = one(cases[7]).expect("article");
        assert_eq!(odd.byline, None);
        assert_eq!(odd.image, None);
    }
}
