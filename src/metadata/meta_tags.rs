//! Reads `<meta>` tags the way Readability.js's `_getArticleMetadata` does (OpenGraph,
//! Twitter cards, Dublin Core, `article:*`, `parsely-*`, `weibo:*`, `name=author`,
//! `description`), plus the image, address, language, date and `itemprop` tags it ignores.

use std::collections::HashMap;

use super::scan::MetaTag;
use super::text::{is_js_space, js_trim};

/// Prefixes a `property` attribute may name (`og:title`); `dcterms` reads as `dcterm`.
const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "dcterms", "og", "twitter"];
/// Fields a `property` attribute may name after its prefix.
const PROPERTY_FIELDS: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
/// Prefixes a `name` attribute may carry before a separator (`dc.title`, `parsely-title`).
const NAME_PREFIXES: &[&str] = &[
    "dc",
    "dcterm",
    "dcterms",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
/// Separators between a `name` prefix and its field.
const NAME_SEPARATORS: &[char] = &['-', '.', ':'];
/// Fields a `name` attribute may name, alone or after a prefix.
const NAME_FIELDS: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
];
/// The Dublin Core terms prefix as written, and the key prefix Readability uses for it.
const DCTERMS_WRITTEN: &str = "dcterms:";
const DCTERMS_KEY: &str = "dcterm:";

/// Tags read beyond Readability's set, by normalised key: `property`/`name` lower-cased
/// with `.` read as `:`, `itemprop:<token>`, `http-equiv:<value>`. The first non-empty
/// value of each wins.
const EXTRA_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "og:url",
    "og:title",
    "twitter:title",
    "og:locale",
    "dc:language",
    "dcterms:language",
    "http-equiv:content-language",
    "itemprop:datepublished",
    "dcterms:issued",
    "dcterms:created",
    "dc:date",
    "dc:date:issued",
];

/// What the page's meta tags say.
#[derive(Debug, Default)]
pub(super) struct MetaValues {
    /// Readability's map: normalised key → trimmed content; later tags overwrite.
    values: HashMap<String, String>,
    /// [`EXTRA_KEYS`] → first non-empty trimmed content.
    extras: HashMap<&'static str, String>,
}

impl MetaValues {
    /// A Readability key's value, `None` when absent or empty.
    pub(super) fn get(&self, key: &str) -> Option<&str> {
        self.values
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// The first of `keys` with a value.
    pub(super) fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.get(k))
    }

    /// An [`EXTRA_KEYS`] value.
    pub(super) fn extra(&self, key: &str) -> Option<&str> {
        self.extras.get(key).map(String::as_str)
    }

    /// The first of `keys` with an extra value.
    pub(super) fn first_extra(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.extra(k))
    }
}

/// Reads all meta tags, in document order.
pub(super) fn read(metas: &[MetaTag]) -> MetaValues {
    let mut out = MetaValues::default();
    for tag in metas {
        let Some(content) = tag.content.as_deref().filter(|c| !c.is_empty()) else {
            continue;
        };
        let value = js_trim(content);
        let mut matched = false;
        if let Some(key) = tag.property.as_deref().and_then(property_key) {
            out.values.insert(key, value.to_string());
            matched = true;
        }
        if !matched {
            if let Some(key) = tag.name.as_deref().and_then(name_key) {
                out.values.insert(key, value.to_string());
            }
        }
        if !value.is_empty() {
            record_extras(&mut out.extras, tag, value);
        }
    }
    out
}

/// The first `prefix:field` that a `property` attribute names anywhere in its text
/// (properties are space-separated lists; Readability reads the first match).
fn property_key(property: &str) -> Option<String> {
    for (start, _) in property.char_indices() {
        let rest = &property[start..];
        for prefix in PROPERTY_PREFIXES {
            let Some(after) = strip_prefix_ignore_case(rest, prefix) else {
                continue;
            };
            let Some(after) = after.trim_start_matches(is_js_space).strip_prefix(':') else {
                continue;
            };
            let after = after.trim_start_matches(is_js_space);
            if let Some(field) = PROPERTY_FIELDS
                .iter()
                .find(|f| strip_prefix_ignore_case(after, f).is_some())
            {
                let prefix = if *prefix == "dcterms" {
                    "dcterm"
                } else {
                    prefix
                };
                return Some(format!("{prefix}:{field}"));
            }
        }
    }
    None
}

/// The key of a `name` attribute that is a field, optionally after a prefix and
/// separator; lower-cased, whitespace removed, `.` read as `:`.
fn name_key(name: &str) -> Option<String> {
    let lower = js_trim(name).to_ascii_lowercase();
    let is_field = |s: &str| NAME_FIELDS.contains(&s);
    let matches = is_field(&lower)
        || NAME_PREFIXES.iter().any(|prefix| {
            lower
                .strip_prefix(prefix)
                .map(|r| r.trim_start_matches(is_js_space))
                .and_then(|r| r.strip_prefix(NAME_SEPARATORS))
                .is_some_and(|r| is_field(r.trim_start_matches(is_js_space)))
        });
    if !matches {
        return None;
    }
    let key: String = lower
        .chars()
        .filter(|c| !is_js_space(*c))
        .map(|c| if c == '.' { ':' } else { c })
        .collect();
    Some(match key.strip_prefix(DCTERMS_WRITTEN) {
        Some(field) => format!("{DCTERMS_KEY}{field}"),
        None => key,
    })
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Files `value` under every [`EXTRA_KEYS`] key the tag names.
fn record_extras(extras: &mut HashMap<&'static str, String>, tag: &MetaTag, value: &str) {
    let mut offer = |key: &str| {
        if let Some(&known) = EXTRA_KEYS.iter().find(|k| **k == key) {
            extras.entry(known).or_insert_with(|| value.to_string());
        }
    };
    let normalise = |s: &str| s.to_ascii_lowercase().replace('.', ":");
    if let Some(property) = &tag.property {
        for token in property.split_ascii_whitespace() {
            offer(&normalise(token));
        }
    }
    if let Some(name) = &tag.name {
        offer(&normalise(js_trim(name)));
    }
    if let Some(itemprop) = &tag.itemprop {
        for token in itemprop.split_ascii_whitespace() {
            offer(&format!("itemprop:{}", token.to_ascii_lowercase()));
        }
    }
    if let Some(equiv) = &tag.http_equiv {
        offer(&format!(
            "http-equiv:{}",
            js_trim(equiv).to_ascii_lowercase()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(attrs: &[(&str, &str)]) -> MetaTag {
        let get = |k: &str| {
            attrs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        MetaTag {
            name: get("name"),
            property: get("property"),
            itemprop: get("itemprop"),
            http_equiv: get("http-equiv"),
            content: get("content"),
        }
    }

    #[test]
    fn property_lists_use_first_match() {
        assert_eq!(
            property_key("x:title dc:title").as_deref(),
            Some("dc:title")
        );
        assert_eq!(
            property_key("og:title twitter:title").as_deref(),
            Some("og:title")
        );
        assert_eq!(
            property_key(" OG : Site_Name ").as_deref(),
            Some("og:site_name")
        );
        assert_eq!(
            property_key("article:published_time").as_deref(),
            Some("article:published_time")
        );
        assert_eq!(
            property_key("dcterms:title").as_deref(),
            Some("dcterm:title")
        );
        assert_eq!(property_key("og:image"), None);
    }

    #[test]
    fn names_follow_readability_pattern() {
        assert_eq!(name_key("author").as_deref(), Some("author"));
        assert_eq!(name_key("DC.Title").as_deref(), Some("dc:title"));
        assert_eq!(
            name_key("parsely-pub-date").as_deref(),
            Some("parsely-pub-date")
        );
        assert_eq!(
            name_key("weibo:article:description").as_deref(),
            Some("weibo:article:description")
        );
        assert_eq!(
            name_key("DCTERMS.creator").as_deref(),
            Some("dcterm:creator")
        );
        assert_eq!(name_key("twitter:image"), None);
        assert_eq!(name_key("authors"), None);
    }

    #[test]
    fn later_tags_overwrite_and_property_shadows_name() {
        let metas = [
            tag(&[("name", "author"), ("content", "First")]),
            tag(&[("name", "author"), ("content", "Second")]),
            tag(&[
                ("property", "og:title"),
                ("name", "author"),
                ("content", "T"),
            ]),
            tag(&[("name", "description"), ("content", "  ")]),
            tag(&[("property", "og:image"), ("content", "/a.jpg")]),
            tag(&[("property", "og:image"), ("content", "/b.jpg")]),
            tag(&[("itemprop", "datePublished"), ("content", "2020")]),
        ];
        let v = read(&metas);
        assert_eq!(v.get("author"), Some("Second"));
        assert_eq!(v.get("og:title"), Some("T"));
        assert_eq!(v.get("description"), None);
        assert_eq!(v.extra("og:image"), Some("/a.jpg"));
        assert_eq!(v.extra("itemprop:datepublished"), Some("2020"));
    }
}
