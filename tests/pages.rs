//! Page fixtures as data: every `tests/pages/<name>/` holds an `input.html` and an
//! `expect.json`; each is a named test (`cargo test --test pages recipe`) that reports
//! all of the fixture's failures at once, and a test checks every folder is listed.
//!
//! `expect.json` fields (all but `url` optional):
//! - `url`: base URL passed in `Options::url`.
//! - `title`, `site_name`, `lang`, `dir`, `article_url`, `lead_image_url`: exact values
//!   expected in the matching `Article` fields (`article_url` is `Article::url`).
//! - `byline_contains`: a string the byline must contain.
//! - `must_contain`: strings that must appear in `article.text` (multi-line strings are
//!   compared exactly, whitespace included).
//! - `must_not_contain`: clutter that must appear in neither `text` nor `content`.
//! - `content_must_contain` / `content_must_not_contain`: HTML-level checks on `content`.
//!
//! Every fixture is also checked against itself: a `must_not_contain` string that is not
//! in the input would make the check vacuous, and a `must_contain` string that is not in
//! the input is a typo; both are reported as fixture errors.
//!
//! The expectations are written by hand (what a reader must and must not see), not
//! recorded from the output, so there is no mode that regenerates them.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use plainview::{extract, Article, Options};
use serde::Deserialize;

/// Markup that must never reach `content`, whatever the fixture says.
const ALWAYS_FORBIDDEN_IN_CONTENT: [&str; 7] = [
    "<script",
    "<style",
    "javascript:",
    "onerror=",
    "onload=",
    "onclick=",
    "<link",
];

/// Characters of context shown around a forbidden match.
const CONTEXT_CHARS: usize = 80;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    url: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    byline_contains: Option<String>,
    #[serde(default)]
    site_name: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    dir: Option<String>,
    #[serde(default)]
    article_url: Option<String>,
    #[serde(default)]
    lead_image_url: Option<String>,
    #[serde(default)]
    must_contain: Vec<String>,
    #[serde(default)]
    must_not_contain: Vec<String>,
    #[serde(default)]
    content_must_contain: Vec<String>,
    #[serde(default)]
    content_must_not_contain: Vec<String>,
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("pages")
}

/// The fixture folders under `tests/pages`.
fn fixture_folders() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixtures_dir())
        .expect("tests/pages exists")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

/// Visible text of `html` with whitespace runs collapsed, for the self-checks.
fn collapsed_visible_text(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let raw: String = doc.root_element().text().collect();
    collapse(&raw)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `needle` with some context around its first occurrence in `haystack`.
fn context(haystack: &str, needle: &str) -> String {
    let Some(at) = haystack.find(needle) else {
        return String::new();
    };
    let start = haystack[..at]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS)
        .map_or(0, |(i, _)| i);
    let end_from = at + needle.len();
    let end = haystack[end_from..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(haystack.len(), |(i, _)| end_from + i);
    format!("…{}…", &haystack[start..end])
}

fn check_fixture_itself(input: &str, expect: &Expect, problems: &mut Vec<String>) {
    let visible = collapsed_visible_text(input);
    let in_input = |s: &str| input.contains(s) || visible.contains(&collapse(s));
    for s in &expect.must_not_contain {
        if !in_input(s) {
            problems.push(format!(
                "fixture error: must_not_contain {s:?} is not in input.html (vacuous check)"
            ));
        }
    }
    for s in &expect.must_contain {
        if !in_input(s) {
            problems.push(format!(
                "fixture error: must_contain {s:?} is not in input.html (typo?)"
            ));
        }
    }
}

fn check_field(
    problems: &mut Vec<String>,
    field: &str,
    want: &Option<String>,
    got: &Option<String>,
) {
    if let Some(want) = want {
        if got.as_deref() != Some(want.as_str()) {
            problems.push(format!("{field}: want {want:?}, got {got:?}"));
        }
    }
}

fn check_article(article: &Article, expect: &Expect, problems: &mut Vec<String>) {
    if let Some(title) = &expect.title {
        if &article.title != title {
            problems.push(format!("title: want {title:?}, got {:?}", article.title));
        }
    }
    if let Some(part) = &expect.byline_contains {
        if !article
            .byline
            .as_deref()
            .is_some_and(|b| b.contains(part.as_str()))
        {
            problems.push(format!(
                "byline: want one containing {part:?}, got {:?}",
                article.byline
            ));
        }
    }
    check_field(problems, "site_name", &expect.site_name, &article.site_name);
    check_field(problems, "lang", &expect.lang, &article.lang);
    check_field(problems, "dir", &expect.dir, &article.dir);
    check_field(problems, "url", &expect.article_url, &article.url);
    check_field(
        problems,
        "lead_image_url",
        &expect.lead_image_url,
        &article.lead_image_url,
    );

    if article.text.trim().is_empty() {
        problems.push("text is empty".into());
    }
    if article.word_count == 0 {
        problems.push("word_count is 0".into());
    }
    for s in &expect.must_contain {
        if !article.text.contains(s.as_str()) {
            problems.push(format!("text lacks {s:?}"));
        }
    }
    for s in &expect.must_not_contain {
        if article.text.contains(s.as_str()) {
            problems.push(format!(
                "text has clutter {s:?}: {}",
                context(&article.text, s)
            ));
        } else if article.content.contains(s.as_str()) {
            problems.push(format!(
                "content has clutter {s:?}: {}",
                context(&article.content, s)
            ));
        }
    }
    for s in &expect.content_must_contain {
        if !article.content.contains(s.as_str()) {
            problems.push(format!("content lacks {s:?}"));
        }
    }
    let forbidden = expect
        .content_must_not_contain
        .iter()
        .map(String::as_str)
        .chain(ALWAYS_FORBIDDEN_IN_CONTENT);
    for s in forbidden {
        if article.content.contains(s) {
            problems.push(format!(
                "content has {s:?}: {}",
                context(&article.content, s)
            ));
        }
    }
}

/// Problems found for one fixture (empty when it passes).
fn run_fixture(name: &str) -> Vec<String> {
    let dir = fixtures_dir().join(name);
    let mut problems = Vec::new();
    let input = match fs::read_to_string(dir.join("input.html")) {
        Ok(s) => s,
        Err(e) => return vec![format!("fixture error: input.html: {e}")],
    };
    let expect: Expect = match fs::read_to_string(dir.join("expect.json"))
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(e) => e,
        Err(e) => return vec![format!("fixture error: expect.json: {e}")],
    };
    check_fixture_itself(&input, &expect, &mut problems);

    let options = Options {
        url: Some(expect.url.clone()),
        ..Options::default()
    };
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| extract(&input, &options)));
    match outcome {
        Err(_) => problems.push("extract panicked".into()),
        Ok(Err(e)) => problems.push(format!("extract failed: {e} ({})", e.code())),
        Ok(Ok(article)) => {
            check_article(&article, &expect, &mut problems);
            if !problems.is_empty() {
                let head: String = article.text.chars().take(400).collect();
                problems.push(format!(
                    "(title {:?}, {} words; text starts: {head:?})",
                    article.title, article.word_count
                ));
            }
        }
    }
    problems
}

/// Runs one fixture and fails with all of its problems.
fn assert_fixture(name: &str) {
    let problems = run_fixture(name);
    assert!(
        problems.is_empty(),
        "page fixture {name} failed:\n  - {}",
        problems.join("\n  - ")
    );
}

/// One named test per fixture folder.
macro_rules! fixtures {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                assert_fixture($name);
            }
        )*
        /// The fixtures listed above.
        const LISTED: &[&str] = &[$($name),*];
    };
}

fixtures! {
    blog_sidebar_excerpts => "blog-sidebar-excerpts",
    long_read_figures_tables => "long-read-figures-tables",
    magazine_inline_promos => "magazine-inline-promos",
    news_breadcrumbs_toolbar => "news-breadcrumbs-toolbar",
    news_pitches_and_dates => "news-pitches-and-dates",
    news_behind_open_modal => "news-behind-open-modal",
    news_read_more_fold => "news-read-more-fold",
    recipe_split_sections => "recipe-split-sections",
    rtl_arabic => "rtl-arabic",
    seed_infinite_scroll => "seed-infinite-scroll",
    seed_infinite_scroll_no_article_tags => "seed-infinite-scroll-no-article-tags",
    split_article_credits_dateline => "split-article-credits-dateline",
    technical_post_code => "technical-post-code",
    video_embed => "video-embed",
    web_component_shadow_root => "web-component-shadow-root",
    wiki_section_headings => "wiki-section-headings",
}

#[test]
fn every_fixture_folder_has_a_test() {
    let mut listed: Vec<String> = LISTED.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        fixture_folders(),
        listed,
        "add the new folder under tests/pages to fixtures! in tests/pages.rs"
    );
}
