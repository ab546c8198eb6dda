//! The WebAssembly build, run in headless Chromium by wasm-bindgen's test runner, gives
//! exactly the articles the native build gives for the page fixtures. The native
//! articles are written by `scripts/test-wasm.sh` (the CLI's JSON) into the directory
//! named by `PLAINVIEW_NATIVE_ARTICLES` at compile time.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! page {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("pages/", $name, "/input.html")),
            include_str!(concat!("pages/", $name, "/expect.json")),
            include_str!(concat!(
                env!("PLAINVIEW_NATIVE_ARTICLES"),
                "/",
                $name,
                ".json"
            )),
        )
    };
}

/// (name, page, fixture expectations, the native build's article as JSON)
const PAGES: &[(&str, &str, &str, &str)] = &[
    page!("seed-infinite-scroll"),
    page!("long-read-figures-tables"),
    page!("technical-post-code"),
    page!("rtl-arabic"),
    page!("video-embed"),
    page!("web-component-shadow-root"),
];

#[wasm_bindgen_test]
fn the_browser_build_gives_the_native_articles() {
    for (name, html, expect, native) in PAGES {
        let expect: Value = serde_json::from_str(expect).expect("fixture expectations");
        let options = plainview::Options {
            url: expect["url"].as_str().map(str::to_string),
            ..Default::default()
        };
        // As the CLI reads it: bytes, decoded by the same rules (and reported the same).
        let article =
            plainview::extract_bytes(html.as_bytes(), None, &options).expect("an article");
        let wasm = serde_json::to_value(&article).expect("article as JSON");
        let native: Value = serde_json::from_str(native).expect("native article JSON");
        assert_eq!(wasm, native, "{name}: wasm and native articles differ");
        assert!(article.word_count > 100, "{name}: a real article");
    }
}
