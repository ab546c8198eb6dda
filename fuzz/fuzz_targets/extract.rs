//! Fuzz target: `extract` on arbitrary bytes (lossily decoded, as a browser would), then
//! every output format of the article it returns. Panics, hangs, stack overflows and
//! memory blow-ups are the findings; the output must also stay free of active tags.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainview::{extract, Options, ViewOptions};

/// Tags that must never appear in `content` or the reading view's body.
const FORBIDDEN_TAGS: &[&str] = &["<script", "<style", "<object", "<embed", "<form", "<base"];

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let options = Options {
        url: Some("https://fuzz.example/news/story".into()),
        ..Options::default()
    };
    if let Ok(article) = extract(&html, &options) {
        let content = article.content.to_ascii_lowercase();
        for tag in FORBIDDEN_TAGS {
            assert!(!content.contains(tag), "{tag} in content: {content}");
        }
        let view = article.to_reading_view(&ViewOptions::default());
        let body = view
            .split("<body>")
            .nth(1)
            .unwrap_or("")
            .to_ascii_lowercase();
        for tag in FORBIDDEN_TAGS {
            assert!(!body.contains(tag), "{tag} in the reading view: {body}");
        }
        let _ = article.to_markdown();
        let _ = article.to_json();
    }
});
