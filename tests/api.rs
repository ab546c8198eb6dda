//! Public API contract: option and article serialization, error codes and messages, URL
//! handling, the readability probe and the word/reading-time figures callers display.

use std::collections::BTreeSet;

use plainview::{extract, is_probably_readable, Article, Error, Options};
use serde_json::Value;

/// Eight paragraphs of English prose with no repeated sentences.
const ENGLISH_PARAGRAPHS: [&str; 8] = [
    "The harbour authority confirmed on Monday that the old swing bridge will close to traffic for eighteen months while engineers replace its turning mechanism, which has been in service since 1911 and now fails several times each winter, leaving buses and delivery lorries queuing along the quay.",
    "Shopkeepers on both sides of the water said they understood the need for the work but worried about the timing. Several of them told the authority's consultation that a closure over two summers would cut them off from the visitors who make up most of their trade between June and September.",
    "Engineers considered keeping one lane open during the repairs, but concluded that the deck could not safely carry traffic while the mechanism beneath it was dismantled. A temporary footbridge will be installed instead, and a shuttle bus will run every twelve minutes between the two ends of the harbour.",
    "The cost of the project is estimated at nine million pounds, most of which will come from a national fund for ageing transport infrastructure. The remainder will be met by the harbour authority, which says it has been setting money aside for the repair for more than a decade.",
    "Historians have welcomed the decision to restore rather than replace the bridge. Its original drawings survive in the county archive, and the contractor has agreed to reuse the ironwork wherever possible, casting new parts from the old patterns only where the metal is too corroded to save.",
    "Residents who cross the bridge every day are less sentimental. A nurse who lives on the east side and works at the hospital on the west said her journey would double in length, and asked why the authority could not have scheduled the work in the quieter winter months.",
    "The authority replied that the specialist crane needed to lift the turning gear is only available from the spring, and that delaying by a year would risk a failure of the mechanism with the bridge stuck open, which would close the crossing without warning for an unknown period.",
    "Work is due to begin in April. The authority has promised monthly public updates and a dedicated telephone line for businesses, and says it will consider compensation claims from traders who can show a significant loss of income during the closure.",
];

/// About a thousand characters of Chinese prose (no spaces between words).
const CHINESE_PARAGRAPHS: [&str; 11] = [
    "老城区的最后一家旧书店在本周一重新开门营业。这家书店开业于一九八六年，三年前因为房租上涨和客流减少而被迫关闭，如今在附近居民和一群大学生志愿者的帮助下，终于在原来的街角恢复了灯光。",
    "重新开业的第一天，店门口一早就排起了长队。许多老顾客带着孩子前来，有人专门从外地坐火车赶回来，只为了再看一眼那些摆满旧书的木头书架。店主说，他没有想到还有这么多人记得这家小店。",
    "据介绍，书店这次的重生主要依靠社区众筹。去年秋天，几名在书店里度过童年的年轻人在网上发起了募捐活动，希望筹集足够的资金支付一年的租金和必要的装修费用。活动原定目标为二十万元，结果不到两个月就超额完成。",
    "除了资金，志愿者们还投入了大量的时间。他们利用周末清理积压多年的库存，把近四万册图书重新分类、登记，并为书店建立了简单的网上目录，方便读者在家查询。一位参与整理的学生说，这是她第一次知道，一家书店背后需要这么多看不见的工作。",
    "新的书店在布局上做了一些调整。一楼保留了原来的旧书区和儿童阅读角，二楼则改造成一个小型的活动空间，每周举办读书会、讲座和手工课程。店主希望，书店不只是买书的地方，也能成为街坊邻居聚在一起聊天的客厅。",
    "附近一家面馆的老板也来到了开业现场。他说，书店关门的那几年，这条街上的人明显少了很多，连他的生意也受到了影响。现在书店重新开张，他打算在店里摆一个小书架，让等面的客人也可以顺手翻几页书。",
    "不过，书店的未来仍然充满不确定性。众筹的资金只能维持一年左右的开支，要想长期经营下去，书店必须找到稳定的收入来源。店主表示，他们正在考虑开设会员制度，并与附近的学校合作，为学生提供课外阅读服务。",
    "城市规划专家认为，像这样的小书店对于老城区具有特殊的意义。它们不仅保存了大量难以再版的旧书，也承载着几代居民的共同记忆。如果这些地方一个接一个地消失，街道虽然依旧热闹，却会失去原有的性格。",
    "傍晚时分，最后一批顾客陆续离开，店主站在门口，把写着营业时间的小木牌重新挂了上去。他说，明天早上九点，书店会像过去三十多年一样准时开门，而他希望，这一次能够一直开下去。",
    "开业当天，书店还特别举办了一场小型展览，展出了几十年来顾客留下的书签、明信片和留言本。一本发黄的留言本上写着：“这里是我在城市里最安静的角落。”不少参观者在展柜前停留很久，拿出手机拍下这些字迹。",
    "对于许多年轻读者来说，旧书店也提供了一种不同的阅读体验。与网上书店按照算法推荐不同，在这里，读者常常会在书架之间偶然发现一本从未听说过的书，而这种意外的相遇，正是他们愿意一次次回来的原因。"
];

fn page(lang: &str, title: &str, paragraphs: &[&str]) -> String {
    let mut body = String::new();
    for p in paragraphs {
        body.push_str("<p>");
        body.push_str(p);
        body.push_str("</p>\n");
    }
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>\
         <main><article><h1>{title}</h1>\n{body}</article></main><footer><a href=\"/privacy\">Privacy</a></footer></body></html>"
    )
}

fn english_page() -> String {
    page(
        "en",
        "Swing bridge to close for eighteen months",
        &ENGLISH_PARAGRAPHS,
    )
}

fn nav_only_page() -> String {
    r#"<!DOCTYPE html><html><head><title>Example Portal</title></head><body>
<header><a href="/">Example Portal</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/travel">Travel</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><form action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
<ul class="links"><li><a href="/a">Latest headlines</a></li><li><a href="/b">Most read</a></li><li><a href="/c">Video</a></li></ul></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>"#
        .to_string()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("a JSON object")
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn words_in(paragraphs: &[&str]) -> usize {
    paragraphs
        .iter()
        .map(|p| p.split_whitespace().count())
        .sum()
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[test]
fn options_json_is_camel_case_and_round_trips() {
    let options = Options {
        url: Some("https://example.com/a/b".into()),
        max_input_bytes: 1234,
        max_elements: 5678,
        char_threshold: 250,
        keep_media: false,
        keep_classes: true,
        explain: true,
        encoding: Some("shift_jis".into()),
    };
    let json = serde_json::to_value(&options).unwrap();
    assert_eq!(
        keys(&json),
        set(&[
            "url",
            "maxInputBytes",
            "maxElements",
            "charThreshold",
            "keepMedia",
            "explain",
            "keepClasses",
            "encoding"
        ])
    );
    assert_eq!(json["maxInputBytes"], 1234);
    assert_eq!(json["keepClasses"], true);
    let back: Options = serde_json::from_value(json).unwrap();
    assert_eq!(back, options);

    let text = serde_json::to_string(&Options::default()).unwrap();
    let back: Options = serde_json::from_str(&text).unwrap();
    assert_eq!(back, Options::default());
}

#[test]
fn options_json_fields_are_optional() {
    let empty: Options = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Options::default());

    let partial: Options =
        serde_json::from_str(r#"{"url":"https://example.com/x","keepMedia":false}"#).unwrap();
    assert_eq!(partial.url.as_deref(), Some("https://example.com/x"));
    assert!(!partial.keep_media);
    assert_eq!(partial.max_input_bytes, Options::default().max_input_bytes);
    assert_eq!(partial.max_elements, Options::default().max_elements);
    assert_eq!(partial.char_threshold, Options::default().char_threshold);
}

#[test]
fn options_defaults_are_sane() {
    let o = Options::default();
    assert_eq!(o.url, None);
    assert!(
        (1 << 20..=1 << 30).contains(&o.max_input_bytes),
        "max_input_bytes {} should be between 1 MiB and 1 GiB",
        o.max_input_bytes
    );
    assert!(
        (10_000..=100_000_000).contains(&o.max_elements),
        "max_elements {} should allow big real pages but stay bounded",
        o.max_elements
    );
    assert!(
        (50..=5_000).contains(&o.char_threshold),
        "char_threshold {} out of a plausible range",
        o.char_threshold
    );
    assert!(o.keep_media, "media is kept by default");
    assert!(!o.keep_classes, "classes are dropped by default");
}

#[test]
fn error_codes_are_stable_and_messages_readable() {
    let errors = [
        (Error::NoArticle, "NO_ARTICLE"),
        (
            Error::InputTooLarge {
                bytes: 70_000_000,
                limit: 67_108_864,
            },
            "INPUT_TOO_LARGE",
        ),
        (
            Error::TooManyElements {
                elements: 2_000_000,
                limit: 1_000_000,
            },
            "TOO_MANY_ELEMENTS",
        ),
        (Error::InvalidUrl("not a url".into()), "INVALID_URL"),
    ];
    let mut seen = BTreeSet::new();
    for (error, code) in &errors {
        assert_eq!(error.code(), *code);
        assert!(seen.insert(error.code()), "duplicate code {code}");
        let message = error.to_string();
        assert!(
            message.trim().len() >= 10,
            "{code}: message too short: {message:?}"
        );
        assert_eq!(
            message,
            message.trim(),
            "{code}: message has stray whitespace"
        );
        let as_std: &dyn std::error::Error = error;
        assert_eq!(as_std.to_string(), message);
    }
    assert!(
        errors[1].0.to_string().contains("67108864"),
        "limit missing from message"
    );
    assert!(
        errors[2].0.to_string().contains("1000000"),
        "limit missing from message"
    );
    assert!(
        errors[3].0.to_string().contains("not a url"),
        "URL missing from message"
    );
}

#[test]
fn invalid_base_url_is_refused() {
    for bad in [
        "not a url",
        "/relative/path",
        "example.com/no-scheme",
        "http://",
    ] {
        let options = Options {
            url: Some(bad.into()),
            ..Options::default()
        };
        match extract(&english_page(), &options) {
            Err(Error::InvalidUrl(u)) => {
                assert!(
                    u.contains(bad),
                    "InvalidUrl should carry the input: {u:?} vs {bad:?}"
                )
            }
            other => panic!("base URL {bad:?}: expected InvalidUrl, got {other:?}"),
        }
    }
}

#[test]
fn article_without_base_url_still_extracts() {
    let article = extract(&english_page(), &Options::default()).expect("article");
    assert!(article
        .text
        .contains("the old swing bridge will close to traffic"));
}

/// A web component rendered on the server: the article is the content of its declarative
/// shadow root (`<template shadowrootmode>`), which the browser shows in its host, and a
/// plain `<template>`'s content is not shown.
#[test]
fn declarative_shadow_roots_are_read_as_rendered() {
    let article_html = english_page()
        .split("<main>")
        .nth(1)
        .and_then(|rest| rest.split("</main>").next())
        .expect("the article")
        .to_string();
    let html = format!(
        "<!DOCTYPE html><html><head><title>Swing bridge to close</title></head><body>\
         <nav><a href=\"/\">Home</a></nav><story-view><template shadowrootmode=\"open\">\
         <style>:host {{ display: block }}</style>{article_html}<slot></slot></template></story-view>\
         <template id=\"teaser\"><p>{}</p></template></body></html>",
        "Template text the page never shows. ".repeat(20)
    );
    let article = extract(&html, &Options::default()).expect("an article");
    assert!(article.text.contains(&ENGLISH_PARAGRAPHS[3][..80]));
    assert!(article.text.contains(&ENGLISH_PARAGRAPHS[7][..80]));
    assert!(!article.text.contains("never shows"));
    assert!(!article.text.contains("display: block"));
}

#[test]
fn relative_links_are_made_absolute() {
    let mut paragraphs: Vec<String> = ENGLISH_PARAGRAPHS.iter().map(|p| p.to_string()).collect();
    paragraphs[0].push_str(
        r#" See the <a href="/about">about page</a>, the <a href="other.html">previous report</a>, the <a href="../archive/">archive</a>, the <a href="//cdn.example.net/file.pdf">full plan</a> and <a href="https://elsewhere.example/x">a second opinion</a>."#,
    );
    paragraphs[1].push_str(
        r#" <img src="img/chart.png" alt="Traffic counts by month" width="600" height="400">"#,
    );
    paragraphs[2].push_str(r#" <a href="javascript:alert(1)">Click here</a> for nothing."#);
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let html = page("en", "Swing bridge to close for eighteen months", &refs);
    let options = Options {
        url: Some("https://example.com/blog/2024/post.html".into()),
        ..Options::default()
    };
    let article = extract(&html, &options).expect("article");
    for expected in [
        r#"href="https://example.com/about""#,
        r#"href="https://example.com/blog/2024/other.html""#,
        r#"href="https://example.com/blog/archive/""#,
        r#"href="https://cdn.example.net/file.pdf""#,
        r#"href="https://elsewhere.example/x""#,
        r#"src="https://example.com/blog/2024/img/chart.png""#,
    ] {
        assert!(
            article.content.contains(expected),
            "content lacks {expected}:\n{}",
            article.content
        );
    }
    assert!(
        !article.content.contains("javascript:"),
        "javascript: URL survived"
    );
}

#[test]
fn keep_media_false_drops_images() {
    let mut paragraphs: Vec<String> = ENGLISH_PARAGRAPHS.iter().map(|p| p.to_string()).collect();
    paragraphs[1].push_str(r#" <img src="/img/chart.png" alt="chart">"#);
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let html = page("en", "Swing bridge to close for eighteen months", &refs);
    let base = Options {
        url: Some("https://example.com/news/bridge".into()),
        ..Options::default()
    };
    let with = extract(&html, &base).expect("article");
    assert!(
        with.content.contains("<img"),
        "image dropped with keep_media on"
    );
    let without = extract(
        &html,
        &Options {
            keep_media: false,
            ..base
        },
    )
    .expect("article");
    assert!(
        !without.content.contains("<img"),
        "image kept with keep_media off"
    );
}

#[test]
fn keep_classes_controls_class_attributes() {
    let html = english_page().replace("<p>", "<p class=\"body-text\">");
    let plain = extract(&html, &Options::default()).expect("article");
    assert!(!plain.content.contains("class="), "class kept by default");
    let kept = extract(
        &html,
        &Options {
            keep_classes: true,
            ..Options::default()
        },
    )
    .expect("article");
    assert!(
        kept.content.contains("class=\"body-text\""),
        "class dropped with keep_classes on"
    );
}

#[test]
fn readability_probe() {
    assert!(is_probably_readable(&english_page()), "article page");
    assert!(
        !is_probably_readable(&nav_only_page()),
        "navigation-only page"
    );
    assert!(!is_probably_readable(""), "empty input");
    assert_eq!(
        extract(&nav_only_page(), &Options::default()),
        Err(Error::NoArticle),
        "navigation-only page"
    );
}

/// Every object key in `value`, at any depth, that is not camelCase.
fn non_camel_keys(value: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let camel = k.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                        && k.chars().all(|c| c.is_ascii_alphanumeric());
                    if !camel {
                        bad.push(k.clone());
                    }
                    stack.push(child);
                }
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    bad
}

#[test]
fn article_json_is_camel_case() {
    let documented = set(&[
        "title",
        "byline",
        "siteName",
        "publishedTime",
        "lang",
        "dir",
        "excerpt",
        "leadImageUrl",
        "url",
        "content",
        "text",
        "wordCount",
        "readingTimeMinutes",
    ]);
    let empty = serde_json::to_value(Article::default()).unwrap();
    let present = keys(&empty);
    let missing: Vec<_> = documented.difference(&present).collect();
    assert!(missing.is_empty(), "Article JSON lacks {missing:?}");
    assert_eq!(non_camel_keys(&empty), Vec::<String>::new());

    let article = extract(&english_page(), &Options::default()).expect("article");
    let json = serde_json::to_string(&article).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, article);
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["wordCount"], article.word_count);
    assert_eq!(value["readingTimeMinutes"], article.reading_time_minutes);
    assert_eq!(non_camel_keys(&value), Vec::<String>::new());
}

#[test]
fn english_word_count_and_reading_time() {
    let expected = words_in(&ENGLISH_PARAGRAPHS);
    let article = extract(&english_page(), &Options::default()).expect("article");
    let count = article.word_count;
    // Allow for the heading being counted or not, and for tokenizer differences.
    assert!(
        count * 10 >= expected * 9 && count <= expected + expected / 10 + 20,
        "word_count {count}, prose has {expected} words"
    );
    // 150 to 300 words a minute, at least one minute for any article.
    let minutes = article.reading_time_minutes as usize;
    assert!(minutes >= 1, "reading time 0 for {count} words");
    assert!(
        minutes >= expected / 300 && minutes <= expected / 150 + 1,
        "reading_time_minutes {minutes} implausible for {expected} words"
    );
}

#[test]
fn chinese_counts_characters() {
    let han: usize = CHINESE_PARAGRAPHS
        .iter()
        .map(|p| p.chars().filter(|c| is_han(*c)).count())
        .sum();
    let all: usize = CHINESE_PARAGRAPHS.iter().map(|p| p.chars().count()).sum();
    assert!(
        (900..=1100).contains(&all),
        "fixture drifted: {all} characters"
    );
    let html = page("zh-CN", "老城区最后一家旧书店重新开门", &CHINESE_PARAGRAPHS);
    let article = extract(&html, &Options::default()).expect("article");
    assert!(
        article.text.contains(CHINESE_PARAGRAPHS[4]),
        "text lost a paragraph"
    );
    assert!(
        article.word_count * 10 >= han * 8 && article.word_count <= all + 100,
        "word_count {} for {han} Han characters ({all} with punctuation): CJK text counts characters",
        article.word_count
    );
    // Around 300 to 600 characters a minute: about two minutes, never zero.
    assert!(
        (1..=4).contains(&article.reading_time_minutes),
        "reading_time_minutes {} for about {all} characters",
        article.reading_time_minutes
    );
    assert!(
        article
            .lang
            .as_deref()
            .is_some_and(|l| l.eq_ignore_ascii_case("zh-CN")),
        "lang {:?}",
        article.lang
    );
}

#[test]
fn explain_names_the_rule_and_the_page_element_of_each_removal() {
    let html = r#"<html><head><title>Otters return</title></head><body>
<article><h1>Otters return</h1>
<p>Otters have been recorded breeding on every stretch of the river for the first time since monitoring began, according to a survey published on Tuesday, and volunteers say the change happened faster than anyone expected.</p>
<div class="share-buttons"><a href="https://twitter.com/share">Share on Twitter</a></div>
<p>The trust's director said the return of the otters was the clearest sign yet that years of work on water quality had paid off, and that fish numbers had recovered too, with salmon seen again.</p>
<p>Volunteers found fresh spraint, footprints and holts at all the sites they checked, compared with only nine sites when the same survey was carried out twenty years ago by the trust.</p>
</article></body></html>"#;
    let plain = plainview::extract(html, &Options::default()).unwrap();
    assert!(
        plain.diagnostics.removals.is_empty(),
        "nothing unless asked"
    );
    assert!(!serde_json::to_string(&plain).unwrap().contains("removals"));
    let options = Options {
        explain: true,
        ..Options::default()
    };
    let explained = plainview::extract(html, &options).unwrap();
    assert_eq!(
        explained.text, plain.text,
        "explaining changes nothing else"
    );
    let share = explained
        .diagnostics
        .removals
        .iter()
        .find(|r| r.selector.ends_with("div:nth-child(3)"))
        .unwrap_or_else(|| panic!("the share bar: {:?}", explained.diagnostics.removals));
    assert_eq!(
        share.selector,
        "html > body:nth-child(2) > article:nth-child(1) > div:nth-child(3)"
    );
    assert!(
        share.rule.contains("share") || share.rule.contains("unlikely"),
        "{}",
        share.rule
    );
}
