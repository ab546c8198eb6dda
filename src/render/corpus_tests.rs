//! The renderers over the reference articles of the moz corpus (`../shared`, skipped
//! when absent): text must carry the same words as the reference text, and every format
//! must come out without panicking or leaking script.

use std::path::{Path, PathBuf};

use scraper::Html;

use super::{block_text, ViewOptions};
use crate::sanitize::sanitize;
use crate::Article;

/// Share of pages whose text must have exactly the reference's word sequence.
const MIN_SAME_WORDS: f64 = 0.95;

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/moz");
    if dir.join("_expected").is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} not found", dir.display());
        None
    }
}

/// Words as the reference scorer counts them (`\w+`).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn reference_articles_render_in_every_format() {
    let Some(dir) = corpus() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir.join("_expected")) else {
        println!("skipped: cannot list {}", dir.display());
        return;
    };
    let mut pages: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    pages.sort();
    let (mut total, mut same_words) = (0usize, 0usize);
    for page in &pages {
        let Some(id) = page.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let (Ok(html), Ok(meta)) = (
            std::fs::read_to_string(page),
            std::fs::read_to_string(dir.join(format!("{id}.json"))),
        ) else {
            continue;
        };
        let meta: serde_json::Value = serde_json::from_str(&meta).unwrap_or_default();
        let reference = meta["text"].as_str().unwrap_or_default();

        let text = block_text(*Html::parse_fragment(&html).root_element());
        total += 1;
        if words(&text) == words(reference) {
            same_words += 1;
        } else {
            println!("{id}: words differ from the reference text");
        }
        assert!(!text.starts_with(char::is_whitespace) && !text.ends_with(char::is_whitespace));
        if !html.contains("<pre") {
            assert!(!text.contains("\n\n\n"), "{id}: two blank lines in a row");
        }

        let content = sanitize(&html, false);
        assert_eq!(
            sanitize(&content, false),
            content,
            "{id}: sanitize is not stable"
        );
        let article = Article {
            title: meta["title"].as_str().unwrap_or_default().to_string(),
            lang: meta["lang"].as_str().map(str::to_string),
            dir: meta["dir"].as_str().map(str::to_string),
            content,
            text,
            ..Article::default()
        };
        let markdown = article.to_markdown();
        if !article.title.trim().is_empty() {
            assert!(markdown.starts_with("# "), "{id}");
        }
        if !html.contains("<pre") {
            assert!(
                !markdown.contains("\n\n\n"),
                "{id}: two blank lines in a row"
            );
        }
        let view = article.to_reading_view(&ViewOptions::default());
        assert!(!view.to_ascii_lowercase().contains("<script"), "{id}");
        assert!(!article.to_json().is_empty());
    }
    let share = same_words as f64 / total.max(1) as f64;
    println!("{same_words}/{total} pages with the reference's words");
    assert!(share >= MIN_SAME_WORDS, "{same_words}/{total}");
}

/// Share of extracted moz articles whose view must skip sanitizing the content again.
const MIN_VIEW_SHORTCUT: f64 = 0.9;

/// The reading view of an extracted article is the same page, as a browser parses it,
/// whether its content is sanitized again or taken as extraction left it.
#[test]
fn views_of_extracted_articles_need_no_second_sanitizing() {
    let Some(dir) = corpus() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: cannot list {}", dir.display());
        return;
    };
    let mut pages: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    let (mut total, mut shortcut) = (0usize, 0usize);
    for page in &pages {
        let Ok(html) = std::fs::read_to_string(page) else {
            continue;
        };
        let Ok(article) = crate::extract(&html, &crate::Options::default()) else {
            continue;
        };
        let view = ViewOptions::default();
        // The same page as a browser parses it: the content as extracted may nest what a
        // parser would not (a `<p>` made from a `<div>` holding a heading).
        let parsed = |page: &str| Html::parse_document(page).html();
        assert_eq!(
            parsed(&article.to_reading_view_of_extracted(&view)),
            parsed(&article.to_reading_view(&view)),
            "{}",
            page.display()
        );
        total += 1;
        if !article.text.trim().is_empty()
            && super::view::surely_keeps_opening(&article.content, article.title.trim())
        {
            shortcut += 1;
        }
    }
    println!("{shortcut}/{total} views without a second sanitizing");
    assert!(
        shortcut as f64 >= total as f64 * MIN_VIEW_SHORTCUT,
        "{shortcut}/{total}"
    );
}
