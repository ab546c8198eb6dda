//! Resource scaling of `extract` on large pages: time per MB and peak heap memory at 1, 5
//! and 25 MB, so a step that grows faster than linear in the input, or a copy too many,
//! shows up as a per-MB time or memory ratio that climbs with the size.
//!
//! `cargo bench --bench scaling` (release build). Two page shapes, both made of realistic
//! markup repeated: an infinite-scroll page (many stories, each with its clutter: share
//! bar, related links, newsletter box, ad, comment form) and one very long article with
//! clutter between its sections. Heap use is measured by a counting global allocator:
//! peak bytes allocated during the call, above what was live before it (the input), next
//! to the peak of a bare html5ever parse of the same page.
//! Five hostile shapes follow (an attribute flood on one element, `</p></br>` end tags,
//! misnested formatting, empty inline elements, a huge `<title>`): each must stay linear
//! in time and within the memory bound SECURITY.md states.
//! `-- --sizes 1,5` picks other sizes in MB; `-- --shapes "end tags,huge title"` some
//! shapes.

#[path = "../tests/support/heap.rs"]
mod heap;

use std::time::{Duration, Instant};

use plainview::{extract, Options};

/// Page sizes measured, in MB (1 MB = 2^20 bytes).
const DEFAULT_SIZES_MB: &[usize] = &[1, 5, 25];
/// Timed runs per size: the fastest is reported (a shared machine adds noise, never speed).
const RUNS_SMALL: usize = 3;
const RUNS_LARGE: usize = 1;
/// Sizes from this many MB on get [`RUNS_LARGE`] runs.
const LARGE_FROM_MB: usize = 20;
const MB: usize = 1 << 20;

const PROSE: [&str; 5] = [
    "The council voted on Tuesday evening to keep the town's last public swimming pool open for at least another five years, reversing a decision taken in the spring to close it at the end of the summer season.",
    "Campaigners had collected more than four thousand signatures, organised a sponsored swim that raised eleven thousand pounds, and packed the public gallery for the meeting, where several councillors said they had changed their minds.",
    "The pool, which opened in 1968, needs a new roof and a replacement boiler, and officers had estimated that keeping it running would cost the council around two hundred thousand pounds a year once the repairs were paid for.",
    "Under the plan approved this week, a community trust will take over the day-to-day running of the building, while the council keeps responsibility for the structure and applies for national funding to cover the cost of the new roof.",
    "Swimming lessons for local primary schools, which were cancelled in July when the closure was first announced, will resume in the autumn term, and the trust hopes to reopen the learner pool before Christmas.",
];

/// Furniture a news page carries around each story.
fn clutter(i: usize) -> String {
    format!(
        r#"<div class="share-bar"><a href="https://twitter.com/share?u=/s/{i}">Share on Twitter</a> <a href="https://facebook.com/sharer?u=/s/{i}">Facebook</a> <a href="mailto:?subject=story">Email</a></div>
<aside class="related"><h3>Related</h3><ul><li><a href="/news/{i}/a">Bridge closes for repairs</a></li><li><a href="/news/{i}/b">Library hours extended</a></li><li><a href="/news/{i}/c">New bus route announced</a></li></ul></aside>
<div class="ad-slot" data-ad="{i}"><span>Advertisement</span><img src="/ads/{i}.gif" width="300" height="250"></div>
<div class="newsletter"><h4>Sign up for our morning briefing</h4><form action="/subscribe"><input type="email" name="e"><button>Sign up</button></form></div>
<section class="comments"><h3>Comments</h3><form action="/comment"><textarea name="c"></textarea><button>Post</button></form><p class="comment">Great news for the town! <a href="/u/{i}">reader{i}</a></p></section>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{story:{i}}});</script>
"#
    )
}

fn story(i: usize) -> String {
    let mut s = format!(
        r#"<article class="story" data-url="/news/2024/story-{i}"><h1><a href="/news/2024/story-{i}">Town pool saved after council U-turn, part {i}</a></h1>
<p class="byline">By <a href="/authors/jane">Jane Doe</a> <time datetime="2024-05-06T09:00:00Z">6 May 2024</time></p>
<figure><img data-src="/img/pool-{i}.jpg" src="/img/placeholder.gif" alt="The pool"><figcaption>The pool in 1968. Photo: archive</figcaption></figure>
"#
    );
    for p in PROSE {
        s.push_str("<p>");
        s.push_str(p);
        s.push_str("</p>\n");
    }
    s.push_str("</article>\n");
    s
}

fn head() -> &'static str {
    r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Town pool saved after council U-turn | The Dispatch</title>
<meta property="og:title" content="Town pool saved after council U-turn, part 0"><link rel="canonical" href="https://dispatch.example/news/2024/story-0">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Town pool saved after council U-turn, part 0","author":{"name":"Jane Doe"}}</script>
<style>body{font:16px sans-serif}.ad-slot{display:block}</style></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header><main>
"#
}

const TAIL: &str = "</main><footer><p>Copyright The Dispatch</p></footer></body></html>";

/// Many stories, each followed by its clutter (infinite scroll).
fn stories_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 8192);
    html.push_str(head());
    let mut i = 0;
    while html.len() < target {
        html.push_str(&story(i));
        html.push_str(&clutter(i));
        i += 1;
    }
    html.push_str(TAIL);
    html
}

/// One article whose sections go on and on, clutter between them.
fn long_article_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 8192);
    html.push_str(head());
    html.push_str("<article><h1>Town pool saved after council U-turn, part 0</h1><p class=\"byline\">By Jane Doe</p>\n");
    let mut i = 0;
    while html.len() < target {
        html.push_str(&format!("<h2>Section {i}</h2>\n"));
        for p in PROSE {
            html.push_str("<p>");
            html.push_str(p);
            html.push_str("</p>\n");
        }
        if i % 4 == 3 {
            html.push_str(&clutter(i));
        }
        i += 1;
    }
    html.push_str("</article>");
    html.push_str(TAIL);
    html
}

// Hostile shapes: each repeats one small construct that makes a parser do more than
// constant work per input byte unless the pre-scan bounds it.

/// One element with attribute after attribute (a parser checks each new attribute
/// against the earlier ones for duplicates).
fn attribute_flood_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 64);
    html.push_str("<p");
    let mut i = 0;
    while html.len() < target {
        html.push_str(&format!(" a{i}=1"));
        i += 1;
    }
    html.push_str(">x</p>");
    html
}

/// `</p>` after `</p>`: each end tag without an open `<p>` creates an empty paragraph.
fn end_tag_flood_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 8);
    html.push_str("<body>");
    while html.len() < target {
        html.push_str("</p></br>");
    }
    html
}

/// Misnested formatting: each end tag runs the adoption agency algorithm, and every
/// paragraph reopens the formatting elements still active.
fn misnested_formatting_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 32);
    html.push_str("<body>");
    while html.len() < target {
        html.push_str("<b><i><p>x</b></i>");
    }
    html
}

/// Empty inline elements, one after another.
fn empty_inline_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 8);
    html.push_str("<body>");
    while html.len() < target {
        html.push_str("<i></i>");
    }
    html
}

/// A `<title>` holding nearly all of the page, then a short article.
fn huge_title_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 4096);
    html.push_str("<html><head><title>");
    let words = "Town pool saved after council U-turn ";
    while html.len() + words.len() < target {
        html.push_str(words);
    }
    html.push_str("</title></head><body><article><h1>Town pool saved</h1>");
    for p in PROSE {
        html.push_str("<p>");
        html.push_str(p);
        html.push_str("</p>");
    }
    html.push_str("</article></body></html>");
    html
}

struct Measure {
    best: Duration,
    peak_extra: usize,
    outcome: String,
}

/// Peak heap of a bare html5ever parse (scraper's tree) of `html`, the floor any
/// tree-based extractor pays.
fn parse_peak(html: &str) -> usize {
    let (doc, peak) = heap::peak_of(|| scraper::Html::parse_document(html));
    drop(doc);
    peak
}

fn measure(html: &str, runs: usize) -> Measure {
    let options = Options {
        url: Some("https://dispatch.example/news/2024/story-0".into()),
        ..Options::default()
    };
    let mut best = Duration::MAX;
    let mut peak_extra = 0;
    let mut outcome = String::new();
    for _ in 0..runs {
        let ((result, elapsed), peak) = heap::peak_of(|| {
            let started = Instant::now();
            let result = extract(html, &options);
            (result, started.elapsed())
        });
        peak_extra = peak_extra.max(peak);
        best = best.min(elapsed);
        outcome = match &result {
            Ok(a) => format!("article, {} words", a.word_count),
            Err(e) => e.code().to_string(),
        };
        drop(result);
    }
    Measure {
        best,
        peak_extra,
        outcome,
    }
}

/// The comma-separated list after `flag` on the command line.
fn list_arg(flag: &str) -> Option<Vec<String>> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .map(|list| list.split(',').map(|s| s.trim().to_string()).collect())
}

fn sizes_from_args() -> Vec<usize> {
    list_arg("--sizes")
        .map(|l| l.iter().filter_map(|s| s.parse().ok()).collect())
        .unwrap_or_else(|| DEFAULT_SIZES_MB.to_vec())
}

fn main() {
    let sizes = sizes_from_args();
    println!(
        "plainview scaling: extract() on generated pages (release build; fastest of the runs)"
    );
    println!(
        "{:<13} {:>8} {:>10} {:>10} {:>12} {:>8} {:>11}  outcome",
        "page", "size", "time", "ms/MB", "peak heap", "peak/in", "parse/in"
    );
    type Shape = fn(usize) -> String;
    // (name, page, whether to measure a bare parse: html5ever alone is quadratic on an
    // attribute flood).
    let shapes: [(&str, Shape, bool); 7] = [
        ("stories", stories_page, true),
        ("long article", long_article_page, true),
        ("attributes", attribute_flood_page, false),
        ("end tags", end_tag_flood_page, true),
        ("misnested", misnested_formatting_page, true),
        ("empty inline", empty_inline_page, true),
        ("huge title", huge_title_page, true),
    ];
    let only = list_arg("--shapes");
    for (name, build, bare_parse) in shapes {
        if only.as_ref().is_some_and(|o| !o.iter().any(|s| s == name)) {
            continue;
        }
        for &mb in &sizes {
            let html = build(mb * MB);
            let runs = if mb >= LARGE_FROM_MB {
                RUNS_LARGE
            } else {
                RUNS_SMALL
            };
            let m = measure(&html, runs);
            let parse = if bare_parse {
                format!("{:.1}x", parse_peak(&html) as f64 / html.len() as f64)
            } else {
                "-".to_string()
            };
            let in_mb = html.len() as f64 / MB as f64;
            println!(
                "{:<13} {:>6.1}MB {:>8.0}ms {:>10.1} {:>10.1}MB {:>7.1}x {:>11}  {}",
                name,
                in_mb,
                m.best.as_secs_f64() * 1000.0,
                m.best.as_secs_f64() * 1000.0 / in_mb,
                m.peak_extra as f64 / MB as f64,
                m.peak_extra as f64 / html.len() as f64,
                parse,
                m.outcome
            );
        }
    }
}
