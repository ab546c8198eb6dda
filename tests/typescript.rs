//! index.d.ts against the Rust types it describes: every key serde writes for an
//! `Article` (with all its optional parts present), `Options` and `ViewOptions` is
//! declared in the matching TypeScript interface and nothing else is, the themes and fonts
//! are the ones Rust spells, and the error codes are those of [`Error::code`] and of the
//! JS glue (js/, src/wasm/). A name added on one side only fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use plainview::{Error, Font, Options, Theme, ViewOptions};
use serde_json::Value;

fn declarations() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.d.ts"))
        .expect("index.d.ts")
}

/// Field names of each `export interface NAME { … }`: lines indented by two spaces that
/// start with a name and a colon (`name:` or `name?:`).
fn interfaces(dts: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in dts.lines() {
        if let Some(rest) = line.strip_prefix("export interface ") {
            let name = rest.split([' ', '{']).next().unwrap_or_default();
            current = Some(name.to_string());
            out.insert(name.to_string(), BTreeSet::new());
        } else if line.starts_with('}') {
            current = None;
        } else if let (Some(name), Some(field)) = (&current, line.strip_prefix("  ")) {
            let key: String = field
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let rest = &field[key.len()..];
            if !key.is_empty() && (rest.starts_with(':') || rest.starts_with("?:")) {
                out.get_mut(name).map(|f| f.insert(key));
            }
        }
    }
    out
}

/// The string members of `export type NAME = | "a" | "b";`.
fn union(dts: &str, name: &str) -> BTreeSet<String> {
    let start = dts
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("type {name} in index.d.ts"));
    let body = &dts[start..];
    let body = &body[..body.find(';').expect("end of the type")];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

/// Codes the JS glue throws itself (a bad argument, a call before `init()`, a runtime
/// without `DOMParser`): the upper-case string literals of js/ and src/wasm/.
fn glue_codes() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![root.join("src/wasm/mod.rs")];
    for entry in std::fs::read_dir(root.join("js")).expect("js/") {
        let path = entry.expect("a js/ entry").path();
        if path.extension().is_some_and(|e| e == "mjs" || e == "cjs") {
            sources.push(path);
        }
    }
    let mut codes = BTreeSet::new();
    for path in sources {
        let text = std::fs::read_to_string(&path).expect("a glue source");
        for literal in text.split('"').skip(1).step_by(2) {
            let is_code = literal.len() >= 6
                && literal.starts_with(|c: char| c.is_ascii_uppercase())
                && literal.chars().all(|c| c.is_ascii_uppercase() || c == '_');
            if is_code {
                codes.insert(literal.to_string());
            }
        }
    }
    assert!(codes.contains("INVALID_ARGUMENT"), "{codes:?}");
    codes
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

/// An article with every optional part present: a page of several stories with a
/// permalink each, given as bytes (so the encoding is named), explained.
fn full_article() -> Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read(root.join("tests/pages/seed-infinite-scroll/input.html"))
        .expect("fixture page");
    let text = String::from_utf8_lossy(&html);
    let marker = "data-url=\"";
    let at = text.find(marker).expect("a story permalink") + marker.len();
    let url = &text[at..at + text[at..].find('"').expect("end of the permalink")];
    let options = Options {
        url: Some(url.to_string()),
        explain: true,
        ..Default::default()
    };
    let article = plainview::extract_bytes(&html, None, &options).expect("an article");
    serde_json::to_value(&article).expect("serializes")
}

#[test]
fn article_keys_are_the_declared_ones() {
    let declared = interfaces(&declarations());
    let article = full_article();
    assert_eq!(keys(&article), declared["Article"], "Article");
    let diagnostics = &article["diagnostics"];
    assert_eq!(keys(diagnostics), declared["Diagnostics"], "Diagnostics");
    assert_eq!(
        keys(&diagnostics["stories"][0]),
        declared["StoryFound"],
        "StoryFound"
    );
    assert_eq!(
        keys(&diagnostics["removals"][0]),
        declared["Removal"],
        "Removal"
    );
}

#[test]
fn option_keys_are_the_declared_ones() {
    let declared = interfaces(&declarations());
    let options = serde_json::to_value(Options::default()).expect("serializes");
    // `contentType` is read by the JS entry itself (the bytes' `Content-Type`).
    let js_only: BTreeSet<String> = ["contentType".to_string()].into();
    let rust: BTreeSet<String> = keys(&options).union(&js_only).cloned().collect();
    assert_eq!(rust, declared["Options"], "Options");
    let view = serde_json::to_value(ViewOptions::default()).expect("serializes");
    assert_eq!(keys(&view), declared["ViewOptions"], "ViewOptions");
}

#[test]
fn error_codes_themes_and_fonts_are_the_declared_ones() {
    let dts = declarations();
    let rust: BTreeSet<String> = [
        Error::NoArticle,
        Error::InputTooLarge { bytes: 0, limit: 0 },
        Error::TooManyElements {
            elements: 0,
            limit: 0,
        },
        Error::InvalidUrl(String::new()),
        Error::UnknownEncoding(String::new()),
    ]
    .iter()
    .map(|e| e.code().to_string())
    .collect();
    let all: BTreeSet<String> = rust.union(&glue_codes()).cloned().collect();
    assert_eq!(union(&dts, "ErrorCode"), all, "ErrorCode");
    let spelled = |v: Value| v.as_str().expect("a string").to_string();
    let themes: BTreeSet<String> = [Theme::Auto, Theme::Light, Theme::Sepia, Theme::Dark]
        .map(|t| spelled(serde_json::to_value(t).expect("serializes")))
        .into();
    assert_eq!(union(&dts, "Theme"), themes, "Theme");
    let fonts: BTreeSet<String> = [Font::Serif, Font::Sans]
        .map(|f| spelled(serde_json::to_value(f).expect("serializes")))
        .into();
    assert_eq!(union(&dts, "Font"), fonts, "Font");
}
