//! Names and values Rust and JavaScript share, checked against their Rust source.
//! index.d.ts: every key serde writes for an `Article` (with all its optional parts
//! present), `Options` and `ViewOptions` is declared in the matching TypeScript interface
//! and nothing else is, the themes and fonts are the ones Rust spells, and the error codes
//! are those of [`Error::code`] and of the JS glue (js/, src/wasm/). The reader
//! (www/reader/): its default preferences are `ViewOptions::default()`, its controls'
//! colours are the reading view's themes (src/render/view.css), and the attribute it marks
//! the reading line with is the one extraction follows. The DOM walk (js/flatten.mjs) reads
//! the declarative shadow roots the html5ever path renders. A name or default changed on
//! one side only fails here.

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
fn diagnostics_codes_are_the_declared_ones() {
    let dts = declarations();
    let codes = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        union(&dts, "StorySignal"),
        codes(plainview::STORY_SIGNALS),
        "StorySignal"
    );
    assert_eq!(
        union(&dts, "RemovalRule"),
        codes(plainview::REMOVAL_RULES),
        "RemovalRule"
    );
    let kebab = |c: &&str| c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    assert!(plainview::STORY_SIGNALS.iter().all(kebab));
    assert!(plainview::REMOVAL_RULES.iter().all(kebab));
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

fn reader_source(file: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("www/reader")
            .join(file),
    )
    .unwrap_or_else(|e| panic!("www/reader/{file}: {e}"))
}

/// The text between `from` and the next `to` after it.
fn between<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text.find(from).unwrap_or_else(|| panic!("{from:?}")) + from.len();
    let len = text[start..].find(to).unwrap_or_else(|| panic!("{to:?}"));
    &text[start..start + len]
}

#[test]
fn the_readers_default_preferences_are_the_view_defaults() {
    let prefs = reader_source("prefs.mjs");
    let view = serde_json::to_value(ViewOptions::default()).expect("serializes");
    let defaults = between(
        &prefs,
        "export const DEFAULT_PREFS = Object.freeze({",
        "});",
    );
    for key in ["theme", "font"] {
        let value = between(defaults, &format!("{key}: \""), "\"");
        assert_eq!(Some(value), view[key].as_str(), "{key}");
    }
    let ranges = between(&prefs, "export const RANGES = {", "};");
    for key in ["fontSizePx", "contentWidth", "lineHeight"] {
        // [min, max, step, default]
        let range = between(ranges, &format!("{key}: ["), "]");
        let default: f64 = range
            .split(',')
            .nth(3)
            .and_then(|d| d.trim().parse().ok())
            .unwrap_or_else(|| panic!("{key}: {range}"));
        let rust = view[key].as_f64().expect("a number");
        assert!((default - rust).abs() < 1e-6, "{key}: {default} vs {rust}");
    }
}

#[test]
fn the_readers_reading_mark_chooses_the_story() {
    let reader = reader_source("reader.mjs");
    let attribute = between(&reader, "export const READING_ATTRIBUTE = \"", "\"");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(root.join("tests/pages/seed-infinite-scroll/input.html"))
        .expect("fixture page");
    let marker = "data-url=\"";
    let first = html.find(marker).expect("a first story");
    let second = first + 1 + html[first + 1..].find(marker).expect("a second story");
    let url = between(&html[first..], marker, "\"");
    let chosen = |html: &str| {
        let options = Options {
            url: Some(url.to_string()),
            ..Default::default()
        };
        let article = plainview::extract(html, &options).expect("an article");
        let chosen = article.diagnostics.stories.iter().find(|s| s.chosen);
        chosen.expect("a chosen story").heading.clone()
    };
    // The second story's first paragraph carries the mark; the address names the first.
    let paragraph = second + html[second..].find("<p").expect("a paragraph");
    let marked = format!(
        "{}<p {attribute}{}",
        &html[..paragraph],
        &html[paragraph + 2..]
    );
    let unmarked_choice = chosen(&html);
    let marked_choice = chosen(&marked);
    assert_ne!(unmarked_choice, marked_choice);
    let second_heading = between(&html[second..], "<h1", "</h1>");
    assert!(
        second_heading.contains(marked_choice.trim()),
        "{marked_choice:?} is not the second story ({second_heading:?})"
    );
}

/// `--name: value;` declarations of the first block that follows `opening`.
fn custom_properties(text: &str, opening: &str, close: &str) -> BTreeMap<String, String> {
    between(text, opening, close)
        .split(';')
        .filter_map(|d| d.trim().split_once(':'))
        .filter(|(name, _)| name.starts_with("--"))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect()
}

#[test]
fn the_readers_controls_wear_the_reading_views_palette() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let css = std::fs::read_to_string(root.join("src/render/view.css")).expect("view.css");
    let style = reader_source("reader-style.mjs");
    let view = |opening: &str| custom_properties(&css, opening, "}");
    let dark = view(":root[data-theme=\"dark\"] {");
    assert_eq!(
        view("  :root[data-theme=\"auto\"] {"),
        dark,
        "auto in a dark system"
    );
    for (palette, theme) in [
        ("const PALETTE = `", view(":root {")),
        (
            "const PALETTE_SEPIA = `",
            view(":root[data-theme=\"sepia\"] {"),
        ),
        ("const PALETTE_DARK = `", dark),
    ] {
        let controls = custom_properties(&style, palette, "`");
        for name in ["bg", "fg", "muted", "link", "rule", "mark"] {
            let colour = controls.get(&format!("--{name}"));
            assert!(colour.is_some(), "{palette} declares --{name}");
            assert_eq!(
                colour,
                theme.get(&format!("--pv-{name}")),
                "{palette} --{name}"
            );
        }
    }
}

/// The string literals of the first `[ … ]` after `name` in a source file.
fn string_list(path: &str, name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let start = text
        .find(name)
        .unwrap_or_else(|| panic!("{name} in {path}"))
        + name.len();
    let body = between(&text[start..], "[", "]");
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

#[test]
fn the_dom_walk_reads_the_shadow_roots_rust_renders() {
    let rust = string_list("src/vocabulary/mod.rs", "SHADOW_ROOT_ATTRS: &[&str] =");
    let js = string_list("js/flatten.mjs", "const SHADOW_ROOT_ATTRS =");
    assert!(!rust.is_empty());
    assert_eq!(
        rust, js,
        "SHADOW_ROOT_ATTRS differ between src/vocabulary and js/flatten.mjs"
    );
    // Each name is one the html5ever path honours: the template's content is the article.
    for name in &js {
        let html = format!(
            "<html><body><div><template {name}=\"open\"><article><h1>Shadow roots</h1>{}</article></template></div></body></html>",
            "<p>Declarative shadow roots carry a component's content into the page where the browser renders it in its host, and a reader must read it there too.</p>".repeat(4)
        );
        let article = plainview::extract(&html, &Options::default()).expect("an article");
        assert!(
            article.text.contains("Declarative shadow roots carry"),
            "{name}: {}",
            article.text
        );
    }
}
