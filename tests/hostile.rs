//! Hostile input: whatever a page throws at `extract`, it must return (an article or an
//! error) without panicking, overflowing the stack or hanging.
//!
//! Each test re-runs itself in a child process (this same test binary, filtered to the
//! one test), so a stack overflow or a hang fails that test alone instead of aborting or
//! starving the whole suite; a child past its time bound is killed. Inside the child the
//! case runs on a thread with a 2 MiB stack, the size of the default test thread, on
//! purpose: real callers (wasm, embedded webviews) have small stacks, so deep documents
//! must be walked without recursion. The bound is generous (debug build, shared machine)
//! and only catches hangs and quadratic blow-ups; `PLAINVIEW_HANG_LIMIT_SECS` overrides it.

#[path = "support/heap.rs"]
mod heap;

use std::io::Read;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use plainview::{extract, Article, Error, Options};

/// Stack size for every case: the default Rust test thread stack.
const CASE_STACK_BYTES: usize = 2 * 1024 * 1024;
/// Hang guard per test, child process start-up and input building included.
const HANG_LIMIT: Duration = Duration::from_secs(60);
/// Hang guard for the multi-megabyte cases. Debug builds of the pipeline run about 15
/// times slower than release, so the debug bound is wider; both are far below what a
/// quadratic step on these inputs would take.
const LARGE_HANG_LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(240)
} else {
    Duration::from_secs(60)
};
/// Environment variable that overrides both hang limits, in seconds.
const HANG_LIMIT_ENV: &str = "PLAINVIEW_HANG_LIMIT_SECS";
/// Set in the child process: run the case instead of spawning a child.
const CHILD_ENV: &str = "PLAINVIEW_HOSTILE_CHILD";
/// How often the parent checks whether the child has finished.
const POLL_EVERY: Duration = Duration::from_millis(20);
/// Marker on the timing lines the child prints; the parent echoes those lines.
const LOG_PREFIX: &str = "[hostile]";
/// Nesting depth for the deep-document cases.
const DEEP_NESTING: usize = 100_000;
/// Size of the page refused by a lowered `max_input_bytes`.
const OVERSIZED_PAGE_BYTES: usize = 50 * 1024 * 1024;
/// Size of the large page extracted with default options (kept modest: debug builds).
const LARGE_PAGE_BYTES: usize = 20 * 1024 * 1024;
/// Element count of the "too many elements" page.
const MANY_ELEMENTS: usize = 2_000_000;

/// Memory bound of SECURITY.md: peak heap of one `extract` at most this many times the
/// input…
const MEMORY_PER_INPUT_BYTE: usize = 10;
/// …plus this much per element `Options::max_elements` allows…
const MEMORY_PER_ELEMENT: usize = 500;
/// …plus this fixed allowance.
const MEMORY_ALLOWANCE: usize = 16 * 1024 * 1024;
/// A page refused before parsing holds about one copy of the input at most.
const REFUSED_MEMORY_PER_INPUT_BYTE: usize = 3;

/// Runs `extract` and returns its result with the peak heap it added above what was live
/// before (the input).
fn extract_peak(name: &str, html: &str, options: &Options) -> (Result<Article, Error>, usize) {
    let ((result, _), peak) = heap::peak_of(|| timed_extract(name, html, options));
    eprintln!(
        "{LOG_PREFIX} {name}: peak heap {:.1} MB ({:.1}x the input)",
        peak as f64 / 1048576.0,
        peak as f64 / html.len() as f64
    );
    (result, peak)
}

/// The memory bound for `html` under `options`.
fn memory_bound(html: &str, options: &Options) -> usize {
    MEMORY_PER_INPUT_BYTE * html.len()
        + MEMORY_PER_ELEMENT * options.max_elements
        + MEMORY_ALLOWANCE
}

/// Six paragraphs of ordinary prose: any reader mode should call this an article.
const ARTICLE_PARAGRAPHS: [&str; 6] = [
    "The council voted on Tuesday evening to keep the town's last public swimming pool open for at least another five years, reversing a decision taken in the spring to close it at the end of the summer season.",
    "Campaigners had collected more than four thousand signatures, organised a sponsored swim that raised eleven thousand pounds, and packed the public gallery for the meeting, where several councillors said they had changed their minds after hearing from parents and swimming clubs.",
    "The pool, which opened in 1968, needs a new roof and a replacement boiler, and officers had estimated that keeping it running would cost the council around two hundred thousand pounds a year once the repairs were paid for.",
    "Under the plan approved this week, a community trust will take over the day-to-day running of the building, while the council keeps responsibility for the structure and applies for national funding to cover the cost of the new roof.",
    "The leader of the council said the decision was not a blank cheque, and that the trust would be expected to increase visitor numbers, widen the opening hours and report on its finances every six months.",
    "Swimming lessons for local primary schools, which were cancelled in July when the closure was first announced, will resume in the autumn term, and the trust hopes to reopen the learner pool before Christmas.",
];

/// A distinctive sentence from [`ARTICLE_PARAGRAPHS`], used to recognise the article.
const ARTICLE_MARKER: &str = "a community trust will take over the day-to-day running";

fn article_markup() -> String {
    let mut html = String::from("<article><h1>Town pool saved after council U-turn</h1>");
    for p in ARTICLE_PARAGRAPHS {
        html.push_str("<p>");
        html.push_str(p);
        html.push_str("</p>");
    }
    html.push_str("</article>");
    html
}

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Town pool saved after council U-turn</title></head><body>{body}</body></html>"
    )
}

fn hang_limit(default: Duration) -> Duration {
    std::env::var(HANG_LIMIT_ENV)
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .map_or(default, Duration::from_secs)
}

/// Runs the test `test_name` (which must be the name of the calling `#[test]` fn) in a
/// child process and fails if the child fails, overflows its stack or outlives `limit`.
/// In the child, runs `case` on a [`CASE_STACK_BYTES`] thread.
fn isolated(test_name: &str, limit: Duration, case: impl FnOnce() + Send) {
    if std::env::var_os(CHILD_ENV).is_some() {
        thread::scope(|scope| {
            let worker = thread::Builder::new()
                .name(test_name.to_string())
                .stack_size(CASE_STACK_BYTES)
                .spawn_scoped(scope, case)
                .expect("spawn case thread");
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        });
        return;
    }

    let limit = hang_limit(limit);
    let exe = std::env::current_exe().expect("path of the test binary");
    let mut child = Command::new(exe)
        .args([test_name, "--exact", "--test-threads=1", "--nocapture"])
        .env(CHILD_ENV, "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn child test process");
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut out = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut out);
            }
            out
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(POLL_EVERY),
            Err(e) => panic!("{test_name}: waiting for the child failed: {e}"),
        }
    };
    let output = format!(
        "{}{}",
        stdout.join().unwrap_or_default(),
        stderr.join().unwrap_or_default()
    );
    for line in output.lines().filter(|l| l.starts_with(LOG_PREFIX)) {
        eprintln!("{line}");
    }
    match status {
        None => panic!(
            "{test_name}: did not finish within {limit:?} (killed); a hang or a quadratic \
             step on this input. Output so far:\n{output}"
        ),
        Some(status) if status.success() => assert!(
            output.contains("running 1 test"),
            "{test_name}: the child ran no test; the name passed to isolated() must be the \
             test function's name:\n{output}"
        ),
        Some(status) if output.contains("has overflowed its stack") => panic!(
            "{test_name}: stack overflow on a {} KiB stack ({status}):\n{output}",
            CASE_STACK_BYTES / 1024
        ),
        Some(status) => panic!("{test_name}: failed in the child process ({status}):\n{output}"),
    }
}

/// Runs `extract` and logs how long it took.
fn timed_extract(name: &str, html: &str, options: &Options) -> (Result<Article, Error>, Duration) {
    let started = Instant::now();
    let result = extract(html, options);
    let elapsed = started.elapsed();
    let outcome = match &result {
        Ok(a) => format!("article, {} words", a.word_count),
        Err(e) => format!("{e:?}"),
    };
    eprintln!(
        "{LOG_PREFIX} {name}: {} bytes, {elapsed:.2?} -> {outcome}",
        html.len()
    );
    (result, elapsed)
}

/// Deterministic pseudo-random bytes (xorshift64), so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next().to_le_bytes());
        }
        out.truncate(len);
        out
    }
}

/// Byte alphabet that makes random input look like tag soup rather than plain noise.
const MARKUP_ALPHABET: &[u8] =
    b"<<<>>>//==\"\"'' !-pdivspanabtrlhsciptylmgoe&#;x0123\n\t\xc3\xa9\xe2\x80";

fn assert_article_or_no_article(name: &str, result: &Result<Article, Error>) {
    match result {
        Ok(article) => {
            assert!(
                !article.content.contains("<script"),
                "{name}: content carries a <script> element"
            );
            assert!(
                article.word_count > 0 && !article.text.trim().is_empty(),
                "{name}: an article with no text ({} words) should be NoArticle",
                article.word_count
            );
        }
        Err(Error::NoArticle) => {}
        Err(other) => panic!("{name}: expected an article or NoArticle, got {other:?}"),
    }
}

#[test]
fn empty_input_is_no_article() {
    isolated("empty_input_is_no_article", HANG_LIMIT, || {
        for (name, html) in [("empty", ""), ("whitespace", " \n\t\r\n  ")] {
            let (result, _) = timed_extract(name, html, &Options::default());
            assert_eq!(result, Err(Error::NoArticle), "{name}");
        }
    });
}

#[test]
fn plain_text_without_tags_is_no_article_or_best_effort() {
    isolated(
        "plain_text_without_tags_is_no_article_or_best_effort",
        HANG_LIMIT,
        || {
            let text = ARTICLE_PARAGRAPHS.join("\n\n");
            let (result, _) = timed_extract("plain text", &text, &Options::default());
            match result {
                Ok(article) => assert!(
                    article.text.contains(ARTICLE_MARKER),
                    "plain text: an article was returned but it lost the text: {:?}",
                    article.text
                ),
                Err(Error::NoArticle) => {}
                Err(other) => panic!("plain text: unexpected error {other:?}"),
            }
        },
    );
}

#[test]
fn binary_garbage_never_panics() {
    isolated("binary_garbage_never_panics", HANG_LIMIT, || {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        for (i, len) in [1usize, 7, 64, 1024, 65_536, 1 << 20]
            .into_iter()
            .enumerate()
        {
            let raw = rng.bytes(len);
            let html = String::from_utf8_lossy(&raw).into_owned();
            let name = format!("random bytes #{i} ({len} B)");
            let (result, _) = timed_extract(&name, &html, &Options::default());
            assert_article_or_no_article(&name, &result);
        }
    });
}

#[test]
fn random_tag_soup_never_panics() {
    isolated("random_tag_soup_never_panics", HANG_LIMIT, || {
        let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
        for (i, len) in [16usize, 512, 16_384, 1 << 20].into_iter().enumerate() {
            let raw: Vec<u8> = (0..len)
                .map(|_| MARKUP_ALPHABET[(rng.next() % MARKUP_ALPHABET.len() as u64) as usize])
                .collect();
            let html = String::from_utf8_lossy(&raw).into_owned();
            let name = format!("tag soup #{i} ({len} B)");
            let (result, _) = timed_extract(&name, &html, &Options::default());
            assert_article_or_no_article(&name, &result);
        }
    });
}

/// An article wrapped in `depth` levels of `open`/`close`.
fn deeply_nested(open: &str, close: &str, depth: usize) -> String {
    let mut body = String::with_capacity((open.len() + close.len()) * depth + 4096);
    for _ in 0..depth {
        body.push_str(open);
    }
    body.push_str(&article_markup());
    for _ in 0..depth {
        body.push_str(close);
    }
    page(&body)
}

fn check_deep(kind: &str, open: &str, close: &str) {
    let name = format!("{DEEP_NESTING}-deep <{kind}>");
    let html = deeply_nested(open, close, DEEP_NESTING);
    let (result, _) = timed_extract(&name, &html, &Options::default());
    if let Ok(article) = &result {
        assert!(
            article.text.contains(ARTICLE_MARKER),
            "{name}: returned an article without the article's text"
        );
    }
    assert!(
        matches!(
            result,
            Ok(_) | Err(Error::NoArticle) | Err(Error::TooManyElements { .. })
        ),
        "{name}: unexpected {result:?}"
    );
}

#[test]
fn deep_div_nesting() {
    isolated("deep_div_nesting", HANG_LIMIT, || {
        check_deep("div", "<div>", "</div>");
    });
}

#[test]
fn deep_span_nesting() {
    isolated("deep_span_nesting", HANG_LIMIT, || {
        check_deep("span", "<span>", "</span>");
    });
}

#[test]
fn deep_b_nesting() {
    isolated("deep_b_nesting", HANG_LIMIT, || {
        check_deep("b", "<b>", "</b>");
    });
}

#[test]
fn deep_table_nesting() {
    isolated("deep_table_nesting", HANG_LIMIT, || {
        check_deep("table", "<table><tr><td>", "</td></tr></table>");
    });
}

#[test]
fn deep_unclosed_mixed_nesting() {
    isolated("deep_unclosed_mixed_nesting", HANG_LIMIT, || {
        // Never closed, mixing block, inline and list elements.
        check_deep("mixed, unclosed", "<section><div><ul><li><span>", "");
    });
}

/// Stories nested in one another thousands deep (each a `div.post` with a heading and a
/// story's prose, the next inside it), and thousands of sibling blocks of prose each of
/// a class of its own: story finding stays bounded.
#[test]
fn nested_story_chains_and_many_templates_stay_bounded() {
    isolated(
        "nested_story_chains_and_many_templates_stay_bounded",
        HANG_LIMIT,
        || {
            let prose = "The council met again on Tuesday to weigh the plan for the harbour, and residents filled the hall to hear the engineers explain the timetable. ".repeat(3);
            let chain = deeply_nested(
                &format!("<div class=\"post\"><h2>A story</h2><p>{prose}</p><div class=\"next\">"),
                "</div></div>",
                2_000,
            );
            let blocks: String = (0..5_000)
                .map(|i| {
                    format!(
                        "<div class=\"block-{}\"><p>{prose}</p></div>",
                        char::from(b'a' + (i % 26) as u8)
                            .to_string()
                            .repeat(1 + i / 26)
                    )
                })
                .collect();
            for (name, html) in [
                ("a chain of 2,000 nested stories", chain),
                (
                    "5,000 blocks of distinct classes",
                    page(&format!("{blocks}{}", article_markup())),
                ),
            ] {
                let (result, _) = timed_extract(name, &html, &Options::default());
                assert!(
                    matches!(result, Ok(_) | Err(Error::NoArticle)),
                    "{name}: unexpected {result:?}"
                );
            }
        },
    );
}

#[test]
fn unclosed_paragraphs_and_containers_still_read() {
    isolated(
        "unclosed_paragraphs_and_containers_still_read",
        HANG_LIMIT,
        || {
            // Legal but sloppy markup: nothing after <body> is ever closed.
            let mut body = String::from(
                "<div id=wrap><div class=main><article><h1>Town pool saved after council U-turn",
            );
            for p in ARTICLE_PARAGRAPHS {
                body.push_str("<p>");
                body.push_str(p);
            }
            body.push_str("<div class=footer><ul><li><a href=/a>About<li><a href=/b>Contact");
            // <title> is raw text, so it is the one element that has to be closed.
            let html = format!(
                "<html><head><title>Town pool saved after council U-turn</title><body>{body}"
            );
            let (result, _) = timed_extract("unclosed tags", &html, &Options::default());
            let article = result.expect("unclosed tags: the article should still be found");
            assert!(article.text.contains(ARTICLE_MARKER), "{:?}", article.text);
            assert!(
                article.text.contains(ARTICLE_PARAGRAPHS[0])
                    && article.text.contains(ARTICLE_PARAGRAPHS[5]),
                "unclosed tags: first or last paragraph missing: {:?}",
                article.text
            );
        },
    );
}

#[test]
fn unclosed_tags_everywhere_never_panic() {
    isolated("unclosed_tags_everywhere_never_panic", HANG_LIMIT, || {
        // Every element opened and never closed; raw-text elements (textarea, script), a
        // select, an attribute, a comment and CDATA left open at the very end.
        let mut body = String::new();
        for (i, p) in ARTICLE_PARAGRAPHS.iter().cycle().take(3_000).enumerate() {
            body.push_str("<div class=\"c");
            body.push_str(&i.to_string());
            body.push_str("\"><p>");
            body.push_str(p);
            body.push_str("<span><a href=\"/x?");
            body.push_str(&i.to_string());
            body.push_str("\">link<em><table><tr><td>cell<option>o<dd><h3>head<form><li>");
        }
        body.push_str("<select><option>o<textarea>t<script>var a = '<p>';<div title=\"unterminated <!-- open comment <![CDATA[ open");
        let html = format!("<!DOCTYPE html><html><head><title>Soup</title><body>{body}");
        let (result, _) = timed_extract("unclosed everywhere", &html, &Options::default());
        assert_article_or_no_article("unclosed everywhere", &result);
    });
}

/// A realistic page of about `target` bytes: a header, nested section wrappers full of
/// prose paragraphs, and a footer.
fn large_page(target: usize) -> String {
    let mut html = String::with_capacity(target + 64 * 1024);
    html.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The council archive</title></head><body>");
    html.push_str("<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a></nav></header><main><article><h1>The council archive</h1>");
    let mut i = 0usize;
    while html.len() < target {
        html.push_str("<div class=\"section\"><div class=\"section__inner\"><div class=\"col\">");
        html.push_str("<h2>Session ");
        html.push_str(&i.to_string());
        html.push_str("</h2>");
        for p in ARTICLE_PARAGRAPHS {
            html.push_str("<p>");
            html.push_str(p);
            html.push_str("</p>");
        }
        html.push_str("</div></div></div>\n");
        i += 1;
    }
    html.push_str("</article></main><footer><p>© Council archive</p></footer></body></html>");
    html
}

#[test]
fn large_page_over_limit_is_refused() {
    isolated("large_page_over_limit_is_refused", LARGE_HANG_LIMIT, || {
        let html = large_page(OVERSIZED_PAGE_BYTES);
        let len = html.len();
        let limit = 10 * 1024 * 1024;
        let options = Options {
            max_input_bytes: limit,
            ..Options::default()
        };
        let (result, _) = timed_extract("50 MB over a 10 MB limit", &html, &options);
        assert_eq!(
            result,
            Err(Error::InputTooLarge { bytes: len, limit }),
            "input over max_input_bytes must be refused with its size and the limit"
        );
    });
}

#[test]
fn large_page_with_default_options_completes() {
    isolated(
        "large_page_with_default_options_completes",
        LARGE_HANG_LIMIT,
        || {
            let html = large_page(LARGE_PAGE_BYTES);
            let len = html.len();
            assert!(
                len <= Options::default().max_input_bytes,
                "test page ({len} B) must fit under the default max_input_bytes"
            );
            let (result, _) = timed_extract("20 MB page", &html, &Options::default());
            match result {
                Ok(article) => assert!(article.text.contains(ARTICLE_MARKER)),
                Err(Error::NoArticle) => {}
                Err(other) => panic!("20 MB page under the default limits: unexpected {other:?}"),
            }
        },
    );
}

#[test]
fn page_without_article_is_no_article() {
    isolated("page_without_article_is_no_article", HANG_LIMIT, || {
        let body = r#"<header><a href="/">Home</a><nav><ul>
    <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
    <li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/contact">Contact us</a></li>
    </ul></nav></header>
    <main><form action="/search" method="get"><label for="q">Search</label><input id="q" name="q"><button>Go</button></form>
    <form action="/login" method="post"><label>Email <input type="email" name="email"></label><label>Password <input type="password" name="password"></label><button>Sign in</button><a href="/forgot">Forgot your password?</a></form></main>
    <footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> © 2024</footer>"#;
        let (result, _) = timed_extract("nav and forms only", &page(body), &Options::default());
        assert_eq!(result.map(|a| a.text), Err(Error::NoArticle));
    });
}

#[test]
fn too_many_elements_is_refused() {
    isolated("too_many_elements_is_refused", LARGE_HANG_LIMIT, || {
        // Each repetition is three elements: <p>, <br>, <br>.
        let reps = MANY_ELEMENTS / 3 + 1;
        let mut body = String::with_capacity(reps * 15 + 4096);
        body.push_str(&article_markup());
        for _ in 0..reps {
            body.push_str("<p><br><br></p>");
        }
        let html = page(&body);
        let limit = 100_000;
        let options = Options {
            max_elements: limit,
            ..Options::default()
        };
        let (result, _) = timed_extract("2,000,000 elements", &html, &options);
        match result {
            Err(Error::TooManyElements { elements, limit: l }) => {
                assert_eq!(l, limit, "the error must report the configured limit");
                assert!(elements > limit, "counted {elements}, not over {limit}");
            }
            other => panic!(
                "2,000,000 elements over a limit of {limit}: expected TooManyElements, got {other:?}"
            ),
        }
    });
}

#[test]
fn nesting_counts_towards_max_elements() {
    isolated("nesting_counts_towards_max_elements", HANG_LIMIT, || {
        // <span>, not <div>: this case is about counting, not about parser cost.
        let html = deeply_nested("<span>", "</span>", DEEP_NESTING);
        let limit = 10_000;
        let options = Options {
            max_elements: limit,
            ..Options::default()
        };
        let (result, _) = timed_extract("deep <span> over max_elements", &html, &options);
        assert!(
            matches!(result, Err(Error::TooManyElements { limit: l, .. }) if l == limit),
            "expected TooManyElements, got {result:?}"
        );
    });
}

/// An `Article` built by hand (as a caller deserializing one would) whose content is
/// nested `depth` deep: the reading view and Markdown parse `content` themselves.
fn deep_content_article(open: &str, close: &str) -> Article {
    let mut content = open.repeat(DEEP_NESTING);
    content.push_str(&article_markup());
    content.push_str(&close.repeat(DEEP_NESTING));
    Article {
        title: "Town pool saved after council U-turn".to_string(),
        content,
        ..Article::default()
    }
}

#[test]
fn deep_content_renders_as_view_and_markdown() {
    isolated(
        "deep_content_renders_as_view_and_markdown",
        HANG_LIMIT,
        || {
            for (kind, open, close) in [
                ("div", "<div>", "</div>"),
                ("mixed, unclosed", "<section><div><ul><li><span>", ""),
                ("table", "<table><tr><td>", ""),
            ] {
                let article = deep_content_article(open, close);
                let started = Instant::now();
                let view = article.to_reading_view(&plainview::ViewOptions::default());
                let markdown = article.to_markdown();
                eprintln!(
                "{LOG_PREFIX} {DEEP_NESTING}-deep <{kind}> content: view and markdown in {:.2?}",
                started.elapsed()
            );
                assert!(view.contains(ARTICLE_MARKER), "{kind}: view lost the text");
                assert!(
                    markdown.contains(ARTICLE_MARKER),
                    "{kind}: markdown lost the text"
                );
            }
        },
    );
}

#[test]
fn deep_nesting_is_probably_readable_completes() {
    isolated(
        "deep_nesting_is_probably_readable_completes",
        HANG_LIMIT,
        || {
            for (kind, open, close) in [
                ("div", "<div>", "</div>"),
                ("mixed, unclosed", "<section><div><ul><li><span>", ""),
            ] {
                let html = deeply_nested(open, close, DEEP_NESTING);
                let started = Instant::now();
                let readable = plainview::is_probably_readable(&html);
                eprintln!(
                "{LOG_PREFIX} {DEEP_NESTING}-deep <{kind}>: is_probably_readable = {readable} in {:.2?}",
                started.elapsed()
            );
            }
            // Depth is cut, not the page refused: a shallow page with the same article reads.
            assert!(plainview::is_probably_readable(&page(&article_markup())));
        },
    );
}

/// Characters HTML serializers escape or check one by one (`&`, and the two-byte UTF-8
/// characters from U+0080 to U+00BF, such as the no-break space and `©`).
const ESCAPED_RUNS: [(&str, &str); 3] = [
    ("&amp;", "ampersands"),
    ("&nbsp;x", "no-break spaces"),
    ("\u{a9}&lt;", "copyright signs and escaped brackets"),
];
/// Repetitions of each run: a text node or attribute value of about half a megabyte
/// (quadratic serialization takes minutes on that, linear well under a second).
const ESCAPED_RUN_REPEATS: usize = 100_000;

#[test]
fn long_text_full_of_escapes_serializes_in_linear_time() {
    isolated(
        "long_text_full_of_escapes_serializes_in_linear_time",
        LARGE_HANG_LIMIT,
        || {
            for (run, what) in ESCAPED_RUNS {
                let long = run.repeat(ESCAPED_RUN_REPEATS);
                let text_page = page(&format!("{}<p>{long}</p>", article_markup()));
                let (result, _) =
                    timed_extract(&format!("text of {what}"), &text_page, &Options::default());
                assert_article_or_no_article(what, &result);
                let attr_page = page(&format!("<p title=\"{long}\">a</p>{}", article_markup()));
                let (result, _) = timed_extract(
                    &format!("attribute of {what}"),
                    &attr_page,
                    &Options::default(),
                );
                assert_article_or_no_article(what, &result);
                // The view and Markdown serialize a hand-built article's content themselves.
                let article = Article {
                    title: "Town pool saved after council U-turn".to_string(),
                    content: format!("<p title=\"{long}\">{long}</p>{}", article_markup()),
                    ..Article::default()
                };
                let started = Instant::now();
                let view = article.to_reading_view(&plainview::ViewOptions::default());
                let markdown = article.to_markdown();
                eprintln!(
                    "{LOG_PREFIX} content of {what}: view and markdown in {:.2?}",
                    started.elapsed()
                );
                assert!(view.contains(ARTICLE_MARKER) && markdown.contains(ARTICLE_MARKER));
            }
        },
    );
}

/// Attributes on the flooded elements: a parser that checks each against the earlier
/// ones for duplicates takes minutes on this many.
const ATTRIBUTE_FLOOD: usize = 100_000;

#[test]
fn an_attribute_flood_keeps_the_first_attributes() {
    isolated(
        "an_attribute_flood_keeps_the_first_attributes",
        HANG_LIMIT,
        || {
            let flood: String = (0..ATTRIBUTE_FLOOD).map(|i| format!(" a{i}")).collect();
            // Only the first attributes of a tag are kept: the link whose address comes
            // after the flood loses it, the one whose address comes first keeps it.
            let body = format!(
            "{}<p>The full minutes of the meeting are on the <a href=\"https://council.example/first\"{flood}>\
             council's website</a>, and the trust's plan is on <a{flood} href=\"https://trust.example/late\">its own site</a>, \
             both published on Wednesday morning after the vote.</p>",
            article_markup()
        );
            let html = page(&body);
            let options = Options::default();
            let (result, peak) = extract_peak("100,000 attributes twice", &html, &options);
            let article = result.expect("the article");
            assert!(article.text.contains(ARTICLE_MARKER));
            assert!(
                article.content.contains("council.example/first"),
                "{}",
                article.content
            );
            assert!(!article.content.contains("trust.example/late"));
            assert!(peak <= memory_bound(&html, &options), "peak {peak}");
        },
    );
}

/// Refusals that must come from the pre-scan's count, before the parser builds the
/// elements: each page creates more elements than `max_elements` from fewer start tags.
#[test]
fn elements_created_without_start_tags_are_refused_before_parsing() {
    isolated(
        "elements_created_without_start_tags_are_refused_before_parsing",
        LARGE_HANG_LIMIT,
        || {
            let limit = 100_000;
            let options = Options {
                max_elements: limit,
                ..Options::default()
            };
            let distinct_bold: String = (0..64).map(|i| format!("<b id=b{i}>")).collect();
            let cases = [
                ("</p> end tags", "</p>".repeat(2 * limit)),
                ("</br> end tags", "</br>".repeat(2 * limit)),
                // 3 start tags, 5 elements each (adoption agency clones).
                (
                    "misnested formatting",
                    "<b><i><p>x</b></i>".repeat(limit / 3 - 10),
                ),
                // Each paragraph recreates the 64 formatting elements its block closed.
                (
                    "recreated formatting",
                    format!(
                        "<div>{distinct_bold}</div>{}",
                        "<p>x</p>".repeat(limit / 60)
                    ),
                ),
            ];
            for (name, flood) in cases {
                let html = page(&format!("{}{flood}", article_markup()));
                let (result, peak) = extract_peak(name, &html, &options);
                assert!(
                    matches!(result, Err(Error::TooManyElements { limit: l, .. }) if l == limit),
                    "{name}: expected TooManyElements, got {:?}",
                    result.map(|a| a.word_count)
                );
                assert!(
                    peak <= REFUSED_MEMORY_PER_INPUT_BYTE * html.len(),
                    "{name}: peak heap {peak} for {} input bytes: the parser ran",
                    html.len()
                );
            }
        },
    );
}

#[test]
fn a_huge_title_stays_within_the_memory_bound() {
    isolated(
        "a_huge_title_stays_within_the_memory_bound",
        LARGE_HANG_LIMIT,
        || {
            let title = "Town pool saved after council U-turn ".repeat(10 * 1024 * 1024 / 37);
            let html = format!(
                "<html><head><title>{title}</title></head><body>{}</body></html>",
                article_markup()
            );
            let options = Options::default();
            let (result, peak) = extract_peak("10 MB <title>", &html, &options);
            let article = result.expect("the article");
            assert!(article.title.len() <= 4096, "{}", article.title.len());
            // The input once more at most: no stage copies the title.
            assert!(peak <= 2 * html.len(), "peak {peak}");
        },
    );
}
