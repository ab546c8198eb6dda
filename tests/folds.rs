//! The quality bench's site folds and baseline comparison (tests/support/folds.rs) on
//! hand-made pages: which site a page is given, that folds stay put, that fold figures
//! are the corpus figures on a subset, and what counts as worse and as beyond noise.

// The support modules are shared with the bench and the quality gate; this test uses
// only part of them.
#[allow(dead_code)]
#[path = "support/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "support/folds.rs"]
mod folds;
#[allow(dead_code)]
#[path = "support/score.rs"]
mod score;

use corpus::{Corpus, Page, Truth};
use folds::{fold_of, site_of, Folds, SiteSource};

fn page(id: &str, url: Option<&str>, html: &str, truth: Truth) -> Page {
    Page {
        id: id.into(),
        url: url.map(str::to_owned),
        html: html.into(),
        truth,
    }
}

fn text_page(id: &str, gold: &str) -> Page {
    page(id, None, "", Truth::Text(gold.into()))
}

fn site(url: Option<&str>, html: &str) -> (String, SiteSource) {
    site_of(&page("p1", url, html, Truth::Unscored))
}

#[test]
fn a_page_is_given_the_site_its_url_or_markup_names() {
    let head = |inner: &str| format!("<html><head>{inner}</head><body></body></html>");
    assert_eq!(
        site(Some("https://www.Example.com/a"), ""),
        ("example.com".into(), SiteSource::Url)
    );
    // A host without a dot names no site; a relative canonical names none either.
    let html = head(
        r#"<link rel="canonical" href="/relative"><link rel="Canonical alternate" href="http://news.example.org/x">"#,
    );
    assert_eq!(
        site(Some("http://fakehost/test/page.html"), &html),
        ("news.example.org".into(), SiteSource::Canonical)
    );
    assert_eq!(
        site(
            Some("hard::p1.html"),
            &head(r#"<meta property="og:url" content="https://www.og.example/x">"#)
        ),
        ("og.example".into(), SiteSource::OgUrl)
    );
    assert_eq!(
        site(None, &head(r#"<base href="http://base.example/">"#)),
        ("base.example".into(), SiteSource::Base)
    );
    let links = r#"<a href="https://share.example/x">s</a><a href="http://www.home.example/1">1</a>
        <a href="/relative">r</a><a href="http://home.example/2">2</a><a href="https://share.example/y">s</a>
        <a href="http://third.example/">t</a>"#;
    // home.example and share.example both appear twice: the first to appear wins.
    assert_eq!(
        site(None, links),
        ("share.example".into(), SiteSource::Links)
    );
    assert_eq!(
        site(None, "<p>no links at all</p>"),
        ("id:p1".into(), SiteSource::Id)
    );
}

#[test]
fn a_site_keeps_its_fold() {
    // FNV-1a 64 modulo 5, computed independently: a change here moves every site.
    assert_eq!(fold_of("example.com"), 0);
    assert_eq!(fold_of("bbc.co.uk"), 3);
    assert_eq!(fold_of("nytimes.com"), 4);
    assert!((0..1000).all(|i| fold_of(&format!("site{i}.example")) < folds::K));
}

#[test]
fn fold_figures_are_the_corpus_figures_on_a_subset() {
    let corpus = Corpus {
        name: "t".into(),
        pages: vec![
            text_page("a", "one two three four five six seven"),
            text_page("b", "alpha beta gamma delta epsilon"),
            text_page("c", "red green blue yellow"),
        ],
    };
    let preds: Vec<String> = vec![
        "one two three four five six seven extra words here".into(),
        String::new(),
        "red green blue yellow".into(),
    ];
    let report = score::score(&corpus, &preds, "t", 0, 0);
    let pages = score::page_scores(&corpus, &preds);
    assert_eq!(folds::figures(pages.iter())[2], report.f1());
    // An empty page counts for recall but not for precision.
    let [p, r, _] = folds::figures(pages[1..].iter());
    assert_eq!((p, r), (1.0, 0.5));
}

#[test]
fn a_lost_snippet_or_a_big_drop_is_worse_and_many_are_beyond_noise() {
    let snippet = |id: &str| {
        page(
            id,
            Some(&format!("https://{id}.example/")),
            "",
            Truth::Snippets {
                with: vec!["kept text".into(), "body text".into()],
                without: vec!["menu".into()],
            },
        )
    };
    let corpus = Corpus {
        name: "s".into(),
        pages: (0..40).map(|i| snippet(&format!("p{i}"))).collect(),
    };
    let folds = Folds::of(&corpus);
    let good: Vec<String> = vec!["kept text body text".into(); 40];
    let mut changed = good.clone();
    changed[3] = "kept text menu".into();
    let base = score::page_scores(&corpus, &good);
    let new = score::page_scores(&corpus, &changed);

    let (worse, better) = folds::page_changes(&corpus, &folds, &base, &new);
    assert_eq!(worse.len(), 1);
    assert!(better.is_empty());
    assert_eq!(worse[0].lost_with, ["body text"]);
    assert_eq!(worse[0].new_without, ["menu"]);

    let all: Vec<usize> = (0..40).collect();
    let same = folds::delta(&base, &base, &all);
    assert_eq!((same.delta(), same.noise), (0.0, 0.0));
    assert!(!same.helps() && !same.hurts_beyond_noise());
    // One page of forty lost: within noise. A quarter of them lost: beyond it.
    assert!(!folds::delta(&base, &new, &all).hurts_beyond_noise());
    let mut many = good.clone();
    for pred in many.iter_mut().take(10) {
        *pred = "kept text menu".into();
    }
    let hurt = folds::delta(&base, &score::page_scores(&corpus, &many), &all);
    assert!(
        hurt.delta() < 0.0 && hurt.hurts_beyond_noise(),
        "{}",
        hurt.noise
    );

    // Full text: a page F1 drop beyond 0.05 is worse, a smaller one is not.
    let text = Corpus {
        name: "t".into(),
        pages: vec![
            text_page("a", &"w ".repeat(100)),
            text_page("b", &"v ".repeat(100)),
        ],
    };
    let tfolds = Folds::of(&text);
    let exact = vec!["w ".repeat(100), "v ".repeat(100)];
    let slightly = vec!["w ".repeat(98), "v ".repeat(80)];
    let (worse, _) = folds::page_changes(
        &text,
        &tfolds,
        &score::page_scores(&text, &exact),
        &score::page_scores(&text, &slightly),
    );
    let ids: Vec<usize> = worse.iter().map(|c| c.index).collect();
    assert_eq!(ids, [1]);
}
