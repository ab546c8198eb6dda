//! Measures metadata agreement with Firefox reader view (Readability.js) on the shared
//! `moz` corpus and holds the figures above pinned floors.

use std::path::{Path, PathBuf};

use scraper::Html;
use serde_json::Value;
use url::Url;

use super::{read, Metadata};

/// Minimum share of pages whose field agrees with the reference.
const FLOOR_TITLE: f64 = 0.97;
const FLOOR_SITE_NAME: f64 = 0.97;
const FLOOR_LANG: f64 = 0.97;
const FLOOR_DIR: f64 = 0.97;
/// Lower than the others: the reference has no date on pages where the `<time>`,
/// `itemprop=datePublished` and Dublin Core fallbacks find one.
const FLOOR_PUBLISHED: f64 = 0.80;
/// Minimum agreement on pages where the reference states a date.
const FLOOR_PUBLISHED_STATED: f64 = 0.97;
/// Minimum share of agreement where metadata states an excerpt or byline (the reference
/// fills the rest from the article body, which this stage does not see).
const FLOOR_EXCERPT_STATED: f64 = 0.95;
const FLOOR_BYLINE_STATED: f64 = 0.93;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/moz")
}

/// Reference values: JSON null or the string "None" mean absent.
fn expected(v: &Value, key: &str) -> Option<String> {
    match v.get(key) {
        Some(Value::String(s)) if s != "None" => Some(s.clone()),
        _ => None,
    }
}

/// Whitespace-insensitive form used for comparison (the reference keeps raw runs).
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn same(ours: Option<&str>, theirs: Option<&str>) -> bool {
    ours.map(norm) == theirs.map(norm)
}

#[derive(Default)]
struct Tally {
    agree: usize,
    total: usize,
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, id: &str, ok: bool, ours: Option<&str>, theirs: Option<&str>) {
        self.total += 1;
        if ok {
            self.agree += 1;
        } else {
            self.misses
                .push(format!("{id}: ours={ours:?} expected={theirs:?}"));
        }
    }

    fn share(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.agree as f64 / self.total as f64
        }
    }

    fn report(&self, name: &str) {
        println!(
            "{name:<16} {:>3}/{:<3} {:5.1}%",
            self.agree,
            self.total,
            100.0 * self.share()
        );
        for miss in &self.misses {
            println!("    {miss}");
        }
    }
}

#[test]
fn moz_corpus_agreement() {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipping: corpus not found at {}", dir.display());
        return;
    };
    let mut ids: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    ids.sort();

    let mut read_time = std::time::Duration::ZERO;
    let mut title = Tally::default();
    let mut site_name = Tally::default();
    let mut lang = Tally::default();
    let mut dir_t = Tally::default();
    let mut published = Tally::default();
    let mut published_stated = Tally::default();
    let mut published_extra = 0usize;
    let mut excerpt_stated = Tally::default();
    let mut byline_stated = Tally::default();
    let mut excerpt_left = 0usize;
    let mut byline_left = 0usize;

    for id in &ids {
        let (Ok(json), Ok(html)) = (
            std::fs::read_to_string(dir.join(format!("{id}.json"))),
            std::fs::read_to_string(dir.join(format!("{id}.html"))),
        ) else {
            continue;
        };
        let Ok(reference) = serde_json::from_str::<Value>(&json) else {
            continue;
        };
        let base = expected(&reference, "url").and_then(|u| Url::parse(&u).ok());
        let doc = Html::parse_document(&html);
        let started = std::time::Instant::now();
        let m: Metadata = read(&doc, base.as_ref());
        read_time += started.elapsed();

        let exp_title = expected(&reference, "title").unwrap_or_default();
        title.add(
            id,
            norm(&m.title) == norm(&exp_title),
            Some(&m.title),
            Some(&exp_title),
        );

        let field = |t: &mut Tally, ours: Option<&str>, key: &str| {
            let theirs = expected(&reference, key);
            t.add(id, same(ours, theirs.as_deref()), ours, theirs.as_deref());
        };
        field(&mut site_name, m.site_name.as_deref(), "siteName");
        field(&mut lang, m.lang.as_deref(), "lang");
        field(&mut dir_t, m.dir.as_deref(), "dir");
        field(&mut published, m.published_time.as_deref(), "publishedTime");
        // Dates the reference has must be ours too; where it has none, a date here comes
        // from the `<time>`/`itemprop`/Dublin Core fallbacks Readability lacks.
        let exp_published = expected(&reference, "publishedTime");
        match exp_published.as_deref() {
            Some(theirs) => published_stated.add(
                id,
                same(m.published_time.as_deref(), Some(theirs)),
                m.published_time.as_deref(),
                Some(theirs),
            ),
            None => published_extra += usize::from(m.published_time.is_some()),
        }

        // Excerpt and byline: judged where metadata states one; elsewhere the reference
        // value comes from the article body and is the core's to find.
        let exp_excerpt = expected(&reference, "excerpt");
        match m.excerpt.as_deref() {
            Some(ours) => excerpt_stated.add(
                id,
                same(Some(ours), exp_excerpt.as_deref()),
                Some(ours),
                exp_excerpt.as_deref(),
            ),
            None => excerpt_left += usize::from(exp_excerpt.is_some()),
        }
        let exp_byline = expected(&reference, "byline");
        match m.byline.as_deref() {
            Some(ours) => byline_stated.add(
                id,
                same(Some(ours), exp_byline.as_deref()),
                Some(ours),
                exp_byline.as_deref(),
            ),
            None => byline_left += usize::from(exp_byline.is_some()),
        }
    }

    println!(
        "metadata agreement with Readability.js on {} moz pages (read() total {read_time:?})",
        ids.len()
    );
    title.report("title");
    site_name.report("siteName");
    lang.report("lang");
    dir_t.report("dir");
    published.report("publishedTime");
    published_stated.report("  where stated");
    println!("    + {published_extra} pages given a fallback date where the reference has none");
    excerpt_stated.report("excerpt(stated)");
    println!("    + {excerpt_left} pages whose reference excerpt comes from the body");
    byline_stated.report("byline(stated)");
    println!("    + {byline_left} pages whose reference byline comes from the body");

    assert!(title.total > 0, "no corpus pages read");
    assert!(title.share() >= FLOOR_TITLE, "title {:.3}", title.share());
    assert!(
        site_name.share() >= FLOOR_SITE_NAME,
        "siteName {:.3}",
        site_name.share()
    );
    assert!(lang.share() >= FLOOR_LANG, "lang {:.3}", lang.share());
    assert!(dir_t.share() >= FLOOR_DIR, "dir {:.3}", dir_t.share());
    assert!(
        published.share() >= FLOOR_PUBLISHED,
        "publishedTime {:.3}",
        published.share()
    );
    assert!(
        published_stated.share() >= FLOOR_PUBLISHED_STATED,
        "publishedTime where stated {:.3}",
        published_stated.share()
    );
    assert!(
        excerpt_stated.share() >= FLOOR_EXCERPT_STATED,
        "excerpt {:.3}",
        excerpt_stated.share()
    );
    assert!(
        byline_stated.share() >= FLOOR_BYLINE_STATED,
        "byline {:.3}",
        byline_stated.share()
    );
}
