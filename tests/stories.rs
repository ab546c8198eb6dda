//! Which story plainview shows on a page that carries several: the one whose permalink
//! is the current address, else the one the page's metadata names.

use std::path::Path;

use scraper::{Html, Selector};

/// A story of the fixture page: its permalink, heading and first paragraph.
struct Story {
    url: String,
    title: String,
    first_paragraph: String,
}

fn fixture() -> (String, Vec<Story>) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/seed-infinite-scroll/input.html");
    let html = std::fs::read_to_string(path).expect("fixture page");
    let doc = Html::parse_document(&html);
    let wrapper = Selector::parse("[data-url]").expect("selector");
    let heading = Selector::parse("h1").expect("selector");
    let paragraph = Selector::parse("p").expect("selector");
    let stories = doc
        .select(&wrapper)
        .map(|w| Story {
            url: w.value().attr("data-url").unwrap_or_default().to_string(),
            title: w
                .select(&heading)
                .next()
                .map(|h| h.text().collect::<String>())
                .unwrap_or_default(),
            first_paragraph: w
                .select(&paragraph)
                .map(|p| p.text().collect::<String>())
                .find(|t| t.len() > 120)
                .unwrap_or_default(),
        })
        .collect();
    (html, stories)
}

fn extract(html: &str, url: &str) -> plainview::Article {
    let options = plainview::Options {
        url: Some(url.to_string()),
        ..Default::default()
    };
    plainview::extract(html, &options).expect("an article")
}

fn snippet(text: &str) -> &str {
    let end = text.char_indices().nth(80).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

#[test]
fn the_fixture_has_several_stories_with_permalinks() {
    let (_, stories) = fixture();
    assert!(
        stories.len() >= 3,
        "fixture should carry at least 3 stories"
    );
    for s in &stories {
        assert!(s.url.starts_with("https://"), "story without permalink");
        assert!(!s.title.is_empty() && !s.first_paragraph.is_empty());
    }
}

#[test]
fn the_story_whose_permalink_is_the_current_url_is_shown() {
    let (html, stories) = fixture();
    for (i, story) in stories.iter().enumerate() {
        let article = extract(&html, &story.url);
        assert_eq!(article.title.trim(), story.title.trim(), "story {i}");
        assert!(
            article.text.contains(snippet(&story.first_paragraph)),
            "story {i}: its first paragraph is missing"
        );
        for (j, other) in stories.iter().enumerate() {
            if j != i {
                assert!(
                    !article.text.contains(snippet(&other.first_paragraph)),
                    "story {i}: text of story {j} leaked in"
                );
            }
        }
        assert_eq!(
            article.diagnostics.story_signal, "story links to the current URL",
            "story {i}: chosen by {:?}",
            article.diagnostics.story_signal
        );
    }
}

#[test]
fn an_address_that_names_no_story_falls_back_to_the_page_identity() {
    let (html, stories) = fixture();
    let article = extract(&html, "https://www.noqreport.example/some/other/page/");
    assert_eq!(article.title.trim(), stories[0].title.trim());
    assert!(article.text.contains(snippet(&stories[0].first_paragraph)));
    assert!(!article.text.contains(snippet(&stories[1].first_paragraph)));
}

/// The page with `data-plainview-reading` set on the first long paragraph of story `n`,
/// as the drop-in script marks the element at the reader's reading line.
fn mark_reading_position(html: &str, story: &Story) -> String {
    let needle = snippet(&story.first_paragraph);
    let body = html.find("<body").expect("a body");
    let at = body + html[body..].find(needle).expect("paragraph in the body");
    let open = html[..at].rfind("<p").expect("paragraph start tag");
    format!(
        "{} data-plainview-reading{}",
        &html[..open + 2],
        &html[open + 2..]
    )
}

#[test]
fn the_story_at_the_reading_position_wins_over_the_address() {
    let (html, stories) = fixture();
    for (i, story) in stories.iter().enumerate() {
        let marked = mark_reading_position(&html, story);
        // The address still names the first story, as when a site does not update it.
        let article = extract(&marked, &stories[0].url);
        assert_eq!(article.title.trim(), story.title.trim(), "story {i}");
        assert!(article.text.contains(snippet(&story.first_paragraph)));
        assert_eq!(
            article.diagnostics.story_signal,
            "story at the reader's reading position"
        );
        assert!(
            !article.content.contains("data-plainview-reading"),
            "the mark does not reach the output"
        );
    }
}

#[test]
fn a_story_the_metadata_does_not_describe_gets_its_own_date_and_no_borrowed_fields() {
    let (html, stories) = fixture();
    let doc = Html::parse_document(&html);
    let wrapper = Selector::parse("[data-url]").expect("selector");
    let time = Selector::parse("time[datetime]").expect("selector");
    let own_times: Vec<Option<String>> = doc
        .select(&wrapper)
        .map(|w| {
            w.select(&time)
                .next()
                .and_then(|t| t.value().attr("datetime"))
                .map(str::to_string)
        })
        .collect();
    let first = extract(&html, &stories[0].url);
    for (i, story) in stories.iter().enumerate().skip(1) {
        let article = extract(&html, &story.url);
        if own_times[i].is_some() {
            assert_eq!(
                article.published_time, own_times[i],
                "story {i}: its own date"
            );
        }
        assert!(
            article.published_time != first.published_time || own_times[i] == own_times[0],
            "story {i}: the first story's date"
        );
        assert_ne!(
            article.excerpt, first.excerpt,
            "story {i}: the first story's excerpt"
        );
        assert_eq!(
            article.url.as_deref(),
            Some(story.url.as_str()),
            "story {i}: its own URL"
        );
    }
}
