//! Fuzz target: the Markdown output stays inert. Arbitrary bytes (lossily decoded) go
//! through `extract` without a base URL (relative values stay as written) and, with no
//! sanitizer in between, straight into a hand-built article's content and title; each
//! Markdown is read back by a CommonMark parser (pulldown-cmark), which must find no raw
//! HTML and no link or image to a scheme other than the web's.
#![no_main]

#[path = "../../tests/support/inert_markdown.rs"]
mod inert_markdown;

use libfuzzer_sys::fuzz_target;
use plainview::{extract, Article, Options};

fn assert_inert(markdown: &str, what: &str) {
    let problems = inert_markdown::problems(markdown);
    assert!(problems.is_empty(), "{what}: {problems:?}\n{markdown}");
}

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    if let Ok(article) = extract(&html, &Options::default()) {
        assert_inert(&article.to_markdown(), "extracted");
    }
    let hand_built = Article {
        title: html.to_string(),
        content: html.to_string(),
        ..Article::default()
    };
    assert_inert(&hand_built.to_markdown(), "hand-built");
});
