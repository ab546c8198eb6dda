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
            article.diagnostics.story_signal, "current-url",
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
        assert_eq!(article.diagnostics.story_signal, "reading-position");
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

/// Layouts of infinite-scroll pages plainview's segmentation must read whatever their
/// tags and class names: each a function of the stories' (url, title, paragraphs).
mod layouts {
    /// Distinct prose for story `n`, paragraph `p`.
    pub fn paragraph(n: usize, p: usize) -> String {
        const SUBJECTS: [&str; 4] = [
            "The harbour authority",
            "A regional orchestra",
            "The county hospital trust",
            "An alpine rescue team",
        ];
        const ACTS: [&str; 4] = [
            "announced a plan to rebuild its oldest pier before the winter storms arrive",
            "rehearsed in a disused railway shed while its concert hall was repaired",
            "opened a night clinic for shift workers who could not reach daytime appointments",
            "trained forty volunteers to search avalanche slopes with thermal cameras",
        ];
        format!(
            "{} {} (story {n}, part {p}), and officials said the work would take several \
             months, cost less than expected, and involve residents at every stage, \
             according to documents seen by reporters this week.",
            SUBJECTS[n % 4],
            ACTS[n % 4]
        )
    }

    pub fn title(n: usize) -> String {
        [
            "Harbour pier to be rebuilt before winter",
            "Orchestra finds a home in an old railway shed",
            "Hospital opens a night clinic for shift workers",
            "Rescue team trains volunteers with thermal cameras",
        ][n % 4]
            .to_string()
    }

    /// Story `n`'s title as an address's slug (`harbour-pier-to-be-rebuilt-before-winter`).
    pub fn slug(n: usize) -> String {
        title(n)
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    }

    pub fn url(n: usize) -> String {
        format!("https://news.example/2024/05/story-{n}-{}", n * 7 + 3)
    }

    pub fn page(head_story: usize, body: &str, body_attrs: &str) -> String {
        format!(
            "<!doctype html><html class=\"header-spacing\"><head><title>{t} | The Example</title>\
             <link rel=\"canonical\" href=\"{u}\"><meta property=\"og:title\" content=\"{t}\">\
             </head><body {body_attrs}><header class=\"site-header\"><a href=\"/\">The Example</a>\
             <nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\
             {body}<footer>Copyright The Example</footer></body></html>",
            t = title(head_story),
            u = url(head_story)
        )
    }

    pub fn paras(n: usize, count: usize, open: &str, close: &str) -> String {
        (0..count)
            .map(|p| format!("{open}{}{close}", paragraph(n, p)))
            .collect()
    }
}

/// The page of a layout for stories 0..4, checked for each story's URL: that story and
/// none of the others.
fn check_layout(name: &str, html: &str) {
    check_layout_at(name, html, layouts::url);
}

/// [`check_layout`] with each story at the address `url` gives it.
fn check_layout_at(name: &str, html: &str, url: impl Fn(usize) -> String) {
    for n in 0..4 {
        let article = extract(html, &url(n));
        let own = layouts::paragraph(n, 1);
        assert!(
            article.text.contains(&own[..60]),
            "{name}, story {n}: its text is missing (signal {:?}); got {:?}",
            article.diagnostics.story_signal,
            &article.text[..article.text.len().min(300)]
        );
        for m in (0..4).filter(|&m| m != n) {
            let other = layouts::paragraph(m, 1);
            assert!(
                !article.text.contains(&other[..60]),
                "{name}, story {n}: story {m}'s text leaked in (signal {:?})",
                article.diagnostics.story_signal
            );
        }
    }
}

/// [`check_layout`] on a page whose stories 0..4, made by `story`, sit in one
/// `<div id="posts">`.
fn check_posts(name: &str, story: impl Fn(usize) -> String) {
    let body: String = (0..4).map(story).collect();
    check_layout(
        name,
        &layouts::page(0, &format!("<div id=\"posts\">{body}</div>"), ""),
    );
}

#[test]
fn stories_as_sections_with_h2_headlines() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<section class=\"story-block\"><h2><a href=\"{}\">{}</a></h2>\
                 <div class=\"meta\">By Sam Writer</div>{}</section>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "sections",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

#[test]
fn stories_in_div_soup_with_hashed_class_names() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"x1f9a2c\"><div class=\"k83jd2\"><a class=\"q0s8f\" href=\"{}\">{}</a></div>\
                 <div class=\"p2l1x\">May {}, 2024</div><div class=\"z9v7b\">{}</div></div>\
                 <div class=\"a8f3k\"><span>Advertisement</span></div>",
                layouts::url(n),
                layouts::title(n),
                n + 3,
                layouts::paras(n, 4, "<div class=\"m4t6\">", "</div>")
            )
        })
        .collect();
    check_layout(
        "div soup",
        &layouts::page(
            0,
            &format!("<div class=\"r7w2\"><div class=\"c3n5\">{body}</div></div>"),
            "",
        ),
    );
}

#[test]
fn stories_inside_one_page_level_article_with_chrome_words_on_body() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"post-item\" data-url=\"{}\"><h2>{}</h2><time datetime=\"2024-05-0{}\">May</time>{}\
                 <div class=\"share\"><a href=\"https://twitter.com/intent/tweet?url={}\">Tweet</a></div></div>\
                 <div class=\"newsletter-box\"><p>Sign up for our newsletter.</p></div>",
                layouts::url(n),
                layouts::title(n),
                n + 1,
                layouts::paras(n, 4, "<p>", "</p>"),
                layouts::url(n)
            )
        })
        .collect();
    check_layout(
        "page-level article",
        &layouts::page(
            0,
            &format!("<div class=\"td_sidebar-wrap\"><article class=\"main\">{body}</article><aside>Trending</aside></div>"),
            "class=\"single sidebar-left\"",
        ),
    );
}

#[test]
fn stories_whose_text_is_in_br_runs_and_only_the_first_has_an_h1() {
    let body: String = (0..4)
        .map(|n| {
            let heading = if n == 0 { "h1" } else { "h2" };
            format!(
                "<div class=\"entry\"><{heading}><a href=\"{}\">{}</a></{heading}><span class=\"byline\">By Ana</span>\
                 <div class=\"text\">{}</div></div>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "", "<br><br>")
            )
        })
        .collect();
    check_layout(
        "br runs",
        &layouts::page(0, &format!("<div id=\"content\">{body}</div>"), ""),
    );
}

#[test]
fn stories_whose_headline_sits_outside_the_body_wrapper() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"headline-row\"><h2><a href=\"{}\">{}</a></h2></div>\
                 <div class=\"story-body\"><div class=\"date\">May 4, 2024</div>{}</div>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "outside headline",
        &layouts::page(0, &format!("<div class=\"col\">{body}</div>"), ""),
    );
}

/// A hero row (headline, dek, byline) above a layout wrapper named for its sidebar, which
/// holds the story's body and a "Most popular" rail: the wrapper is the story's body.
#[test]
fn stories_whose_body_sits_in_a_wrapper_named_for_its_sidebar() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"l-segment hero\"><div class=\"hero__wrap\"><h1 class=\"page-title\">\
                 <a href=\"{}\">{}</a></h1><p class=\"dek\">A short summary of the story.</p></div>\
                 <div class=\"byline\">By Sam Writer</div></div>\
                 <div class=\"l-wrapper l-sidebar-fixed\"><div class=\"l-col__main\">\
                 <div class=\"entry-content\">{}</div></div>\
                 <div class=\"l-col__sidebar\"><h2>Most popular</h2><ol><li><a href=\"/a\">One</a></li>\
                 <li><a href=\"/b\">Two</a></li></ol></div></div><div class=\"divider\"></div>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "hero and sidebar wrapper",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

/// A "Next article" bar holds the next story's linked headline and byline; that story's
/// body opens with a subheading of the same level, which links nowhere.
#[test]
fn stories_headed_by_a_next_article_bar_over_a_body_opening_with_a_subheading() {
    let body: String = (0..4)
        .map(|n| {
            let bar = if n == 0 {
                format!("<div class=\"article-header\"><h1>{}</h1></div>", layouts::title(0))
            } else {
                format!(
                    "<div class=\"next-bar\"><span>Next article</span><a href=\"{}\"><h2>{}</h2></a>\
                     <div class=\"byline\">By Sam Writer</div></div>",
                    layouts::url(n),
                    layouts::title(n)
                )
            };
            format!(
                "{bar}<div class=\"stream-item\"><div class=\"body\"><h2>What happened</h2>{}</div></div>\
                 <div class=\"ad-slot\"><span>Advertisement</span></div>",
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "next-article bar",
        &layouts::page(
            0,
            &format!("<div class=\"article-stream\">{body}</div>"),
            "",
        ),
    );
}

/// A blog's date header (an `<h2>` naming the same day above every post) is no headline:
/// the posts are told apart by their titles.
#[test]
fn stories_under_repeated_date_headers() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"date-outer\"><h2 class=\"date-header\"><span>06 May 2024</span></h2>\
                 <div class=\"post\"><h3 class=\"post-title\"><a href=\"{}\">{}</a></h3>{}\
                 <div class=\"post-footer\">Posted by Ana</div></div></div>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "date headers",
        &layouts::page(0, &format!("<div class=\"blog-posts\">{body}</div>"), ""),
    );
}

/// Permalinks carried only by custom attributes: a namespaced one (`rel:link`) on a share
/// button, or a recommendation widget's `data-src` naming the story's page. A flag such
/// as `data-link="true"` names no page.
#[test]
fn stories_whose_permalink_is_in_a_prefixed_attribute_or_a_widget() {
    for (name, mark) in [
        (
            "rel:link",
            "<a class=\"share\" href=\"javascript:;\" data-link=\"true\" rel:link=\"{}\">Share</a>",
        ),
        (
            "widget",
            "<div class=\"recommended\" data-src=\"{}\" data-widget-id=\"AR_1\"></div>",
        ),
    ] {
        let body: String = (0..4)
            .map(|n| {
                format!(
                    "<div class=\"story\"><h2>{}</h2>{}{}</div>",
                    layouts::title(n),
                    layouts::paras(n, 4, "<p>", "</p>"),
                    mark.replace("{}", &layouts::url(n))
                )
            })
            .collect();
        check_layout(name, &layouts::page(0, &format!("<main>{body}</main>"), ""));
    }
}

/// A headline link longer than a line of prose is still a headline (a link's text is
/// never prose), and so is a long headline in a plain `<div>` that does not end as a
/// sentence does.
#[test]
fn stories_with_long_headlines_in_links_and_divs() {
    let long = |n: usize| {
        format!(
            "{}, and what the residents who waited for it all these years make of it",
            layouts::title(n)
        )
    };
    for (name, open, close) in [
        (
            "link",
            "<div class=\"k8\"><a class=\"h1x\" href=\"{url}\">",
            "</a></div>",
        ),
        ("div", "<div class=\"k8\" data-href=\"{url}\">", "</div>"),
    ] {
        let body: String = (0..4)
            .map(|n| {
                format!(
                    "<div class=\"x1f9\">{}{}{}<div class=\"z9v7\">{}</div>\
                     <div class=\"s7\"><a href=\"https://twitter.com/intent/tweet?url={}\">Tweet</a></div></div>",
                    open.replace("{url}", &layouts::url(n)),
                    long(n),
                    close,
                    layouts::paras(n, 4, "<div class=\"m4\">", "</div>"),
                    layouts::url(n)
                )
            })
            .collect();
        check_layout(
            name,
            &layouts::page(0, &format!("<div class=\"r7\">{body}</div>"), ""),
        );
    }
}

/// At an address no story names, the one story without a permalink of its own is the
/// page's: the stories infinite scroll appended each carry theirs.
#[test]
fn the_story_without_a_permalink_is_the_page_own_at_an_unnamed_address() {
    let body: String = (0..4)
        .map(|n| {
            let mark = if n == 0 {
                String::new()
            } else {
                format!(" data-url=\"{}\"", layouts::url(n))
            };
            format!(
                "<div class=\"story\"{mark}><h2>Part {} of the series</h2>{}</div>",
                n + 1,
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<main>{body}</main>"), "");
    let article = extract(&html, "https://news.example/2024/05/the-series-page");
    assert!(
        article.text.contains(&layouts::paragraph(0, 1)[..60]),
        "signal {:?}",
        article.diagnostics.story_signal
    );
    for m in 1..4 {
        assert!(
            !article.text.contains(&layouts::paragraph(m, 1)[..60]),
            "story {m}"
        );
    }
}

/// The first story's headline sits above the stories' container (as the page's title),
/// the appended ones carry theirs inside. Each story tells itself apart by a byline (and
/// a comments link to its address), or by share buttons that link to the page itself
/// (`?share=twitter`).
#[test]
fn stories_under_the_first_story_title_with_bylines_or_self_share_links() {
    for (name, byline, share) in [("bylines", true, false), ("self share links", false, true)] {
        let body: String = (0..4)
            .map(|n| {
                let u = layouts::url(n);
                let heading = if n == 0 {
                    String::new()
                } else {
                    format!("<h2>{}</h2>", layouts::title(n))
                };
                let marks = if byline {
                    format!("<div class=\"author\">Sam Writer</div><a href=\"{u}#comments\">Comments</a>")
                } else {
                    String::new()
                };
                let bar = if share {
                    format!(
                        "<div class=\"sharedaddy\"><a class=\"share-twitter\" href=\"{u}?share=twitter\">Twitter</a>\
                         <a class=\"share-facebook\" href=\"{u}?share=facebook\">Facebook</a></div>"
                    )
                } else {
                    String::new()
                };
                format!(
                    "<div class=\"entry\">{heading}{marks}{}{bar}</div>",
                    layouts::paras(n, 4, "<p>", "</p>")
                )
            })
            .collect();
        check_layout(
            name,
            &layouts::page(
                0,
                &format!(
                    "<h1>{}</h1><div id=\"posts\">{body}</div>",
                    layouts::title(0)
                ),
                "",
            ),
        );
    }
}

/// Infinite scroll appends the next stories in a wrapper after the page's own; the
/// page's own story, before the wrapper, is one of them (here its text is a list, too
/// little prose to stand as a unit beside the wrapper).
#[test]
fn the_page_own_story_before_the_wrapper_of_the_appended_ones() {
    let post = |n: usize, text: String| {
        format!(
            "<div class=\"post\"><h2><a href=\"{}\">{}</a></h2>{text}</div>",
            layouts::url(n),
            layouts::title(n)
        )
    };
    let own = post(
        0,
        format!("<ul>{}</ul>", layouts::paras(0, 4, "<li>", "</li>")),
    );
    let appended: String = (1..4)
        .map(|n| post(n, layouts::paras(n, 4, "<p>", "</p>")))
        .collect();
    check_layout(
        "wrapper after the own story",
        &layouts::page(
            0,
            &format!("{own}<div class=\"infinite-scroll-next\">{appended}</div>"),
            "",
        ),
    );
}

/// The page's own story, titled like the page, before the wrapper of appended stories
/// that carry dates but no permalinks: its title is a story's headline, not a title
/// above the appended ones as an article's parts.
#[test]
fn the_page_own_titled_story_before_appended_ones_without_permalinks() {
    let story = |n: usize| {
        format!(
            "<div class=\"story\"><h1>{}</h1><time datetime=\"2024-05-0{}\">May {}</time>{}</div>",
            layouts::title(n),
            n + 1,
            n + 1,
            layouts::paras(n, 4, "<p>", "</p>")
        )
    };
    let appended: String = (1..4).map(story).collect();
    let html = layouts::page(
        0,
        &format!("{}<div class=\"next-stories\">{appended}</div>", story(0)),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    assert!(article.text.contains(&layouts::paragraph(0, 1)[..60]));
    for m in 1..4 {
        assert!(
            !article.text.contains(&layouts::paragraph(m, 1)[..60]),
            "story {m} leaked in (signal {:?})",
            article.diagnostics.story_signal
        );
    }
}

/// A heading the template repeats in every story ("From the newsroom") is taken for
/// their headline; stories naming pages of their own are still stories.
#[test]
fn stories_whose_template_repeats_a_heading_above_their_headline() {
    check_posts("repeated heading", |n| {
        format!(
            "<div class=\"post\" data-url=\"{}\"><h2 class=\"kicker\">From the newsroom</h2>\
             <h3>{}</h3>{}</div>",
            layouts::url(n),
            layouts::title(n),
            layouts::paras(n, 4, "<p>", "</p>")
        )
    });
}

/// Class words that name a story's topic (`category-social-media`, `tag-reviews`) or a
/// microformat entry (`hreview`) do not make the story page chrome.
#[test]
fn stories_with_topic_class_words_or_entry_microformats() {
    for (name, class) in [
        ("topic classes", "post category-social-media tag-reviews"),
        ("microformat", "post hreview"),
    ] {
        check_posts(name, |n| {
            format!(
                "<div class=\"{class}\"><h2><a href=\"{}\">{}</a></h2>{}</div>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>")
            )
        });
    }
}

/// Stories the finder cannot tell apart by their template (no headlines here), each
/// with its text in `text` (`<p>` or `<li>` elements inside `(open, close)`) and a
/// permalink after it: at the address of story 1, 2 or 3 (not the page's own), that
/// story is shown, and none of the others.
fn check_anchored(text: &str, (open, close): (&str, &str), after: &str) {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"x9\">{open}{}{close}<div class=\"t7\">\
                 <a href=\"{}\">Permalink</a></div></div>{after}",
                layouts::paras(n, 4, &format!("<{text}>"), &format!("</{text}>")),
                layouts::url(n)
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div id=\"feed\">{body}</div>"), "");
    for n in 1..4 {
        let article = extract(&html, &layouts::url(n));
        assert!(
            article.text.contains(&layouts::paragraph(n, 1)[..60]),
            "story {n}: signal {:?}",
            article.diagnostics.story_signal
        );
        for m in (0..4).filter(|&m| m != n) {
            assert!(
                !article.text.contains(&layouts::paragraph(m, 1)[..60]),
                "story {n}: story {m} leaked in"
            );
        }
    }
}

/// The story is the region around the places that name the current address.
#[test]
fn the_story_around_the_places_naming_the_current_address() {
    check_anchored(
        "p",
        ("<div class=\"b2\">", "</div>"),
        "<div class=\"ad\">Advertisement</div>",
    );
}

/// The same with each story's text in list items (prose leaves lists out): the region
/// is found by the story's text.
#[test]
fn the_story_in_list_items_around_the_places_naming_the_current_address() {
    check_anchored("li", ("<ul class=\"b2\">", "</ul>"), "");
}

/// The page at `url` is read whole: the text of its parts 0..4 is all there.
fn assert_read_whole(html: &str, url: &str) {
    let article = extract(html, url);
    for n in 0..4 {
        assert!(
            article.text.contains(&layouts::paragraph(n, 1)[..60]),
            "part {n} missing (signal {:?})",
            article.diagnostics.story_signal
        );
    }
}

/// An address that differs from the canonical one only in its query (a forum's session
/// id) is the page itself: a thread whose first reply links to it is read whole.
#[test]
fn an_address_differing_from_the_canonical_only_in_its_query_is_the_same_page() {
    let here = "https://news.example/forum/thread-42";
    let sections: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"part\"><h2>Reply {n} in the thread</h2>{}{}</div>",
                layouts::paras(n, 4, "<p>", "</p>"),
                if n == 0 {
                    format!("<a href=\"{here}\">Link to this thread</a>")
                } else {
                    String::new()
                }
            )
        })
        .collect();
    let html = format!(
        "<!doctype html><html><head><title>Thread 42</title>\
         <link rel=\"canonical\" href=\"{here}?s=9f8e7d\"></head><body><h1>Thread 42</h1>\
         <div id=\"thread\">{sections}</div></body></html>"
    );
    assert_read_whole(&html, here);
}

/// One article at an address other than its canonical one, naming that address in a
/// share link in its header: the header's lede is not the story; the article is read
/// whole.
#[test]
fn an_article_naming_its_other_address_in_its_header_is_read_whole() {
    let sections: String = (1..4)
        .map(|n| {
            format!(
                "<section><h2>Part {n} of the account</h2>{}</section>",
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let here = "https://m.news.example/2024/05/story-0-3";
    let html = layouts::page(
        0,
        &format!(
            "<div class=\"story\"><div class=\"lede\"><h1>{}</h1>\
             <a href=\"https://twitter.com/intent/tweet?url={here}\">Share</a>{}</div>{sections}</div>",
            layouts::title(0),
            layouts::paras(0, 3, "<p>", "</p>")
        ),
        "",
    );
    assert_read_whole(&html, here);
}

/// Each story's only address is a parameter of its like button's frame.
#[test]
fn stories_whose_address_is_in_a_widget_frame() {
    check_posts("widget frame", |n| {
        format!(
            "<div class=\"post\"><h2>{}</h2><time datetime=\"2024-05-0{}\">May</time>{}\
             <iframe src=\"//social.example/plugins/like.php?href={}&amp;layout=button\"></iframe></div>",
            layouts::title(n),
            n + 1,
            layouts::paras(n, 4, "<p>", "</p>"),
            layouts::url(n)
        )
    });
}

/// Stories set one after another in one container, nothing wrapping each: a headline
/// (the first an `<h1>`), a byline line, paragraphs, share links, then an `<hr>`.
#[test]
fn stories_set_one_after_another_between_rules() {
    let body: String = (0..4)
        .map(|n| {
            let h = if n == 0 { "h1" } else { "h2" };
            format!(
                "{}<{h}><a href=\"{u}\">{}</a></{h}><p><small>By Sam Writer</small></p>{}\
                 <p class=\"share\"><a href=\"https://twitter.com/intent/tweet?url={u}\">Share</a></p>",
                if n == 0 { "" } else { "<hr>" },
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>"),
                u = layouts::url(n),
            )
        })
        .collect();
    check_layout(
        "between rules",
        &layouts::page(0, &format!("<div id=\"content\">{body}</div>"), ""),
    );
}

/// An old table layout: each story a table of its own in the page's layout table, its
/// headline bold text, its address only in the site's relative print and mail links.
#[test]
fn stories_in_layout_tables_named_by_their_print_links() {
    let body: String = (0..4)
        .map(|n| {
            let u = layouts::url(n).replace(':', "%3A").replace('/', "%2F");
            format!(
                "<table width=\"100%\"><tr><td><font size=\"5\"><b>{}</b></font></td></tr>\
                 <tr><td><font size=\"1\">May {}, 2024</font></td></tr><tr><td><font>{}</font></td></tr>\
                 <tr><td align=\"right\"><a href=\"/cgi-bin/print.pl?story={u}\">Print</a> | \
                 <a href=\"/cgi-bin/mail.pl?url={u}\">E-mail this story</a></td></tr></table><hr>",
                layouts::title(n),
                n + 3,
                layouts::paras(n, 4, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "layout tables",
        &layouts::page(
            0,
            &format!(
                "<table width=\"760\"><tr><td width=\"140\"><a href=\"/news/\">News</a><br>\
                 <a href=\"/world/\">World</a></td><td width=\"470\">{body}</td></tr></table>"
            ),
            "",
        ),
    );
}

/// A briefing page under a title of its own whose items are stories: a `<dt>` headline
/// linking to the story's address over a `<dd>` body with no byline, date or share
/// links. The page's address is one of them, so the title is not an article's own.
#[test]
fn stories_in_a_briefing_list_under_a_title_naming_the_page_as_one() {
    let items: String = (0..4)
        .map(|n| {
            format!(
                "<dt class=\"brief-headline\"><a href=\"{}\">{}</a></dt><dd class=\"brief-item\">{}</dd>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "briefing list",
        &layouts::page(
            0,
            &format!(
                "<main><div><h1>Evening briefing</h1><p>Here is what you need to know tonight.</p>\
                 </div><dl>{items}</dl></main>"
            ),
            "",
        ),
    );
}

/// Builder sections whose headline is a bold link in a paragraph, with a newsletter
/// sign-up section (a heading over a form) between them: the sign-up heads no story.
#[test]
fn stories_with_a_sign_up_box_between_them_keep_their_own_headlines() {
    let body: String = (0..4)
        .map(|n| {
            let sign_up = if n == 0 {
                String::new()
            } else {
                "<section class=\"page-section\"><div class=\"block\"><h2>Stay in the loop</h2>\
                 <p>Sign up with your email address.</p><form><input type=\"email\"><button>Sign up\
                 </button></form></div></section>"
                    .to_string()
            };
            format!(
                "{sign_up}<section class=\"page-section\"><div class=\"block\"><p class=\"large\">\
                 <strong><a href=\"{}\">{}</a></strong></p></div><div class=\"block\">{}</div>\
                 </section>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "sign-up between builder sections",
        &layouts::page(0, &format!("<main><article>{body}</article></main>"), ""),
    );
}

/// Publication posts whose only marks are a plain-text date line and a link to their
/// responses (the story's address with a tracking query), with a "More from …" label
/// (stronger than their `<h3>` titles) over each appended post: the label heads no
/// story, the date line marks each.
#[test]
fn posts_marked_by_a_plain_date_line_under_a_repeated_label() {
    let body: String = (0..4)
        .map(|n| {
            let label = if n == 0 {
                String::new()
            } else {
                "<div class=\"ab\"><h2>More from The Example</h2><p>Recommended for you</p></div>"
                    .to_string()
            };
            format!(
                "{label}<div class=\"post-wrap\"><article class=\"post\"><div class=\"post-header\">\
                 <h3 class=\"post-title\">{}</h3><div class=\"meta\"><a href=\"https://people.example/@sam\">\
                 Sam Writer</a><div class=\"pc\">Nov {}, 2021</div></div></div><div class=\"body\">{}</div>\
                 <div class=\"post-footer\"><a href=\"{}?source=post_page-----{n}\">3 responses</a></div>\
                 </article></div>",
                layouts::title(n),
                n + 2,
                layouts::paras(n, 4, "<p>", "</p>"),
                layouts::url(n),
            )
        })
        .collect();
    check_layout(
        "plain date lines",
        &layouts::page(0, &format!("<div class=\"l\">{body}</div>"), ""),
    );
}

/// An old table layout whose stories are runs of rows in one table: a headline row, a
/// byline row ("By …", a date), a body row and a print row. A byline row is no headline
/// and a headline row alone is no story.
#[test]
fn stories_in_rows_of_one_layout_table() {
    let rows: String = (0..4)
        .map(|n| {
            format!(
                "<tr><td><font size=\"5\"><b><a href=\"{}\">{}</a></b></font></td></tr>\
                 <tr><td><i>By Sam Writer, Staff Writer</i><br><font size=\"1\">May {}, 2024</font></td></tr>\
                 <tr><td><font>{}</font></td></tr>\
                 <tr><td align=\"right\"><a href=\"javascript:window.print()\">Print this story</a></td></tr>\
                 <tr><td><hr></td></tr>",
                layouts::url(n),
                layouts::title(n),
                n + 3,
                layouts::paras(n, 4, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "layout table rows",
        &layouts::page(
            0,
            &format!(
                "<table width=\"760\"><tr><td width=\"140\"><a href=\"/news/\">News</a><br>\
                 <a href=\"/world/\">World</a></td><td width=\"470\"><table width=\"100%\">{rows}</table>\
                 </td></tr></table>"
            ),
            "",
        ),
    );
}

/// The same table layout with no byline rows, one story's body opening with a subheading
/// (`<h4>`) under a figure: the linked headline row before it, weaker in markup, is still
/// the story's headline, as it is before every other story.
#[test]
fn stories_in_table_rows_whose_body_opens_with_a_subheading() {
    let rows: String = (0..4)
        .map(|n| {
            let opening = if n == 2 {
                format!(
                    "<figure><img src=\"/img/{n}.jpg\" alt=\"\"></figure>\
                     <h4>Where the night shift finds a doctor at last</h4>"
                )
            } else {
                String::new()
            };
            format!(
                "<tr><td><font size=\"5\"><b><a href=\"{}\">{}</a></b></font></td></tr>\
                 <tr><td><font size=\"2\"></font></td></tr>\
                 <tr><td><font>{opening}{}</font></td></tr>\
                 <tr><td align=\"right\"><a href=\"javascript:window.print()\">Print this story</a></td></tr>\
                 <tr><td><hr></td></tr>",
                layouts::url(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "layout table rows, a body opening with a subheading",
        &layouts::page(
            0,
            &format!(
                "<table width=\"760\"><tr><td width=\"140\"><a href=\"/news/\">News</a><br>\
                 <a href=\"/world/\">World</a></td><td width=\"470\"><table width=\"100%\">{rows}</table>\
                 </td></tr></table>"
            ),
            "",
        ),
    );
}

/// Stories whose only address is in a JSON-LD script inside each (headlines unlinked,
/// share controls are buttons).
#[test]
fn stories_named_by_their_own_json_ld() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<article class=\"story\"><script type=\"application/ld+json\">{{\"@context\":\
                 \"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{t}\",\"url\":\"{u}\"}}\
                 </script><h2>{t}</h2><p><time>May {d}, 2024</time></p>{}<button>Share</button></article>",
                layouts::paras(n, 4, "<p>", "</p>"),
                t = layouts::title(n),
                u = layouts::url(n),
                d = n + 3,
            )
        })
        .collect();
    check_layout(
        "own JSON-LD",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

/// Stories with no link to themselves (unlinked headlines, script share buttons) whose
/// addresses spell their headlines, where one story's body links to another ("Also
/// read"): the story the address spells is shown, not the one linking to it.
#[test]
fn the_story_whose_headline_the_address_spells_beats_one_linking_to_it() {
    let slug_url = |n: usize| format!("https://news.example/news/{}.html", layouts::slug(n));
    let body: String = (0..4)
        .map(|n| {
            let also = format!(
                "<p><strong>Also read:</strong> <a href=\"{}\">{}</a></p>",
                slug_url((n + 1) % 4),
                layouts::title((n + 1) % 4)
            );
            format!(
                "<div class=\"story-area\"><h1>{}</h1><p><time>May {}, 2024</time></p>\
                 <a href=\"javascript:void(0)\">Share</a>{}{also}{}</div>",
                layouts::title(n),
                n + 3,
                layouts::paras(n, 2, "<p>", "</p>"),
                (2..4)
                    .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
                    .collect::<String>(),
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<main>{body}</main>"), "")
        .replace(&layouts::url(0), &slug_url(0));
    check_layout_at(
        "stories at the address their headline spells",
        &html,
        slug_url,
    );
}

/// Stories with no mark of their own (no date, no byline, no link to themselves; share
/// buttons run script), each under an `<h1>` in a wrapper of one class, another story's
/// body linking to the next ("Also read"): at each story's address, the one whose
/// headline the address spells is shown, the first story at the page's own address too.
#[test]
fn unmarked_stories_at_the_address_their_headline_spells() {
    let slug_url = |n: usize| format!("https://news.example/news/{}", layouts::slug(n));
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"story-area\"><h1 class=\"hdg\">{}</h1>\
                 <div class=\"actions\"><a href=\"javascript:void(0)\" data-title=\"{}\">Share</a></div>\
                 <div class=\"detail\">{}<p><strong>Also read | </strong><a href=\"{}\">{}</a></p>{}</div></div>\
                 <div class=\"next-title\"><span>Next story</span></div>",
                layouts::title(n),
                layouts::title(n),
                layouts::paras(n, 2, "<p>", "</p>"),
                slug_url((n + 1) % 4),
                layouts::title((n + 1) % 4),
                (2..4)
                    .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
                    .collect::<String>(),
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div class=\"feed\">{body}</div>"), "")
        .replace(&layouts::url(0), &slug_url(0));
    check_layout_at("unmarked stories at their slug's address", &html, slug_url);
}

/// Stories of three templates (a news article, an opinion column, a video story), no
/// template repeated, none linking to itself but by share links: at the page's own
/// address, the story whose headline its slug spells, beside another naming an address
/// of its own, is shown alone.
#[test]
fn stories_of_different_templates_at_the_page_address() {
    let slug_url = |n: usize| format!("https://news.example/news/{}-{}", layouts::slug(n), 100 + n);
    let share = |n: usize| {
        format!(
            "<div class=\"share\"><a href=\"https://twitter.com/intent/tweet?url={}\">X</a></div>",
            slug_url(n).replace(':', "%3A").replace('/', "%2F")
        )
    };
    let body = format!(
        "<main class=\"stream\"><article class=\"news-article\"><h1>{}</h1>\
         <div class=\"meta\">By Sam Writer</div><div class=\"body\">{}</div>{}</article>\
         <div class=\"opinion-column\"><span>Opinion</span><h2>{}</h2><div class=\"text\">{}</div></div>\
         <section class=\"video-story\"><div class=\"player\"></div><h1>{}</h1>{}{}</section></main>",
        layouts::title(0),
        layouts::paras(0, 4, "<p>", "</p>"),
        share(0),
        layouts::title(1),
        layouts::paras(1, 4, "<p>", "</p>"),
        layouts::title(2),
        layouts::paras(2, 4, "<div class=\"para\">", "</div>"),
        share(2),
    );
    let html = layouts::page(0, &body, "").replace(&layouts::url(0), &slug_url(0));
    let article = extract(&html, &slug_url(0));
    assert!(
        article.text.contains(&layouts::paragraph(0, 1)[..60]),
        "its text is missing (signal {:?})",
        article.diagnostics.story_signal
    );
    for m in 1..3 {
        assert!(
            !article.text.contains(&layouts::paragraph(m, 1)[..60]),
            "story {m}'s text (signal {:?})",
            article.diagnostics.story_signal
        );
    }
}

/// Stories a script appended inside the one before them (each next post loaded into the
/// last one's content): every story an `article.post` whose `div.entry-content` ends
/// with a wrapper holding the next story's whole article. Each is shown alone.
#[test]
fn stories_appended_inside_the_one_before_are_told_apart() {
    let mut nested = String::new();
    for n in (0..4).rev() {
        let next = if nested.is_empty() {
            String::new()
        } else {
            format!("<div class=\"auto-load-next\">{nested}</div>")
        };
        nested = format!(
            "<article class=\"post hentry\"><header><h1 class=\"entry-title\"><a href=\"{}\">{}</a></h1>\
             <span class=\"posted-on\"><time datetime=\"2024-05-0{}\">May {}, 2024</time></span></header>\
             <div class=\"entry-content\">{}<div class=\"share\"><a href=\"https://twitter.com/share?url={}\">Tweet</a></div>{next}</div></article>",
            layouts::url(n),
            layouts::title(n),
            n + 1,
            n + 1,
            layouts::paras(n, 4, "<p>", "</p>"),
            layouts::url(n),
        );
    }
    check_layout(
        "stories nested in the one before",
        &layouts::page(0, &format!("<main class=\"site-main\">{nested}</main>"), ""),
    );
}

/// An article whose sections nest, each a `div.section` of one class headed by a heading
/// one level down, is one story.
#[test]
fn an_article_with_nested_sections_is_not_split() {
    let mut nested = String::new();
    for n in (0..4).rev() {
        nested = format!(
            "<div class=\"section\"><h{level}>{}</h{level}>{}{nested}</div>",
            layouts::title(n),
            layouts::paras(n, 3, "<p>", "</p>"),
            level = n + 2,
        );
    }
    let html = layouts::page(
        0,
        &format!("<article><h1>{}</h1>{nested}</article>", layouts::title(0)),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    for n in 0..4 {
        assert!(
            article.text.contains(&layouts::paragraph(n, 1)[..60]),
            "section {n} is missing (signal {:?})",
            article.diagnostics.story_signal
        );
    }
}

/// A gallery among stories: its text is in its slides' captions, after a short intro,
/// so it is no unit of prose; at its address the region around its headline link is
/// shown, not the page's own story.
#[test]
fn a_gallery_story_among_stories_is_shown_at_its_address() {
    let body: String = (0..4)
        .map(|n| {
            let text = if n == 1 {
                let slides: String = (0..4)
                    .map(|p| {
                        format!(
                            "<figure class=\"slide\"><img src=\"/img/{p}.jpg\" alt=\"\">\
                             <figcaption><p>{}</p></figcaption></figure>",
                            layouts::paragraph(n, p)
                        )
                    })
                    .collect();
                format!("<div class=\"intro\"><p>Twenty pictures.</p></div><div class=\"gallery\">{slides}</div>")
            } else {
                format!("<div class=\"body\">{}</div>", layouts::paras(n, 4, "<p>", "</p>"))
            };
            format!(
                "<div class=\"item{}\"><div class=\"head\"><h2><a href=\"{}\">{}</a></h2>\
                 <time datetime=\"2024-05-0{}\">May {}</time></div>{text}</div>",
                if n == 1 { " item-gallery media" } else { "" },
                layouts::url(n),
                layouts::title(n),
                n + 1,
                n + 1,
            )
        })
        .collect();
    check_layout(
        "gallery among stories",
        &layouts::page(0, &format!("<main class=\"stream\">{body}</main>"), ""),
    );
}

/// Each story's body set in chunks of one template between ad slots, after a header with
/// its headline and byline; the bars after the last chunk carry its share links. The
/// whole body is the story's.
#[test]
fn a_story_body_in_chunks_between_ads_is_read_whole() {
    let body: String = (0..4)
        .map(|n| {
            let h = if n == 0 { "h1" } else { "h2" };
            let chunks: Vec<String> = (0..3)
                .map(|c| {
                    format!(
                        "<div class=\"article-body\"><p>{}</p><p>{}</p><p>{}</p></div>",
                        layouts::paragraph(n, 3 * c),
                        layouts::paragraph(n, 3 * c + 1),
                        layouts::paragraph(n, 3 * c + 2)
                    )
                })
                .collect();
            format!(
                "<header class=\"article-header\"><{h} class=\"headline\"><a href=\"{u}\">{}</a></{h}>\
                 <div class=\"author-byline\">By Sam Writer</div></header>{}\
                 <div class=\"interactions\"><a href=\"https://twitter.com/intent/tweet?url={u}\">Share</a></div>",
                layouts::title(n),
                chunks.join("<div class=\"ad-slot\"><p>Story continues below advertisement</p></div>"),
                u = layouts::url(n),
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!("<main><div class=\"column\">{body}</div></main>"),
        "",
    );
    check_layout("chunks", &html);
    for n in 0..4 {
        let article = extract(&html, &layouts::url(n));
        for p in [0, 4, 8] {
            assert!(
                article.text.contains(&format!("(story {n}, part {p})")),
                "story {n}: paragraph {p} is missing (signal {:?})",
                article.diagnostics.story_signal
            );
        }
    }
}

/// A blog's posts, only some with a title, the first untitled one a single paragraph;
/// each names its address only in the link around its date (a `date` class, or a
/// `<time>` inside).
#[test]
fn posts_without_titles_named_by_their_date_links() {
    check_posts("untitled posts", |n| {
        let title = if n >= 2 {
            format!("<h2 class=\"title\">{}</h2>", layouts::title(n))
        } else {
            String::new()
        };
        let date = if n < 2 {
            format!(
                "<a class=\"date\" href=\"{}\">May {}th</a>",
                layouts::url(n),
                n + 4
            )
        } else {
            format!(
                "<a href=\"{}\"><time datetime=\"2024-05-0{}\">May {}</time></a>",
                layouts::url(n),
                n + 1,
                n + 1
            )
        };
        format!(
            "<div class=\"post\">{title}<div class=\"body-text\">{}</div><div class=\"post-meta\">{date} \
             <a href=\"/tagged/notes\">#notes</a></div></div>",
            layouts::paras(n, if n == 0 { 1 } else { 3 }, "<p>", "</p>")
        )
    });
}

/// Rows of a list view classed by their place (`views-row-odd`, `views-row-first`): one
/// template whatever the place, the middle row of three included.
#[test]
fn stories_in_rows_classed_by_their_place() {
    let places = [
        "views-row-1 views-row-odd views-row-first",
        "views-row-2 views-row-even",
        "views-row-3 views-row-odd views-row-last",
    ];
    let rows: String = places
        .iter()
        .enumerate()
        .map(|(n, place)| {
            format!(
                "<div class=\"views-row {place}\"><div class=\"node\"><h2 class=\"node-title\">\
                 <a href=\"{}\">{}</a></h2><div class=\"submitted\">May {}, 2024</div>\
                 <div class=\"field-body\">{}</div></div></div>",
                layouts::url(n),
                layouts::title(n),
                n + 2,
                layouts::paras(n, 3, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div class=\"view-content\">{rows}</div>"), "");
    for n in 0..places.len() {
        let article = extract(&html, &layouts::url(n));
        assert!(
            article.text.contains(&format!("(story {n}, part 1)")),
            "row {n} (signal {:?})",
            article.diagnostics.story_signal
        );
        for m in (0..places.len()).filter(|&m| m != n) {
            assert!(
                !article.text.contains(&format!("(story {m}, part 1)")),
                "row {n}: row {m}'s text leaked in"
            );
        }
    }
}

/// A story's headline over its hero image, in the figure's caption.
#[test]
fn stories_headed_in_their_hero_image_caption() {
    check_posts("hero caption", |n| {
        format!(
            "<div class=\"story\"><figure class=\"hero\"><img src=\"/hero-{n}.jpg\" alt=\"\">\
             <figcaption><h1>{}</h1><p class=\"dek\">What happened, in one line.</p>\
             <a class=\"share\" href=\"https://twitter.com/intent/tweet?url={}\">Share</a></figcaption></figure>\
             <div class=\"story-body\">{}</div></div>",
            layouts::title(n),
            layouts::url(n),
            layouts::paras(n, 3, "<p>", "</p>")
        )
    });
}

/// An article whose sections follow one another in its container is one story: under
/// its title, with headings linked to the site's pages and some sections dated; with no
/// title, when only some sections carry a date; followed by its comments under headings
/// of their own.
#[test]
fn an_article_with_unwrapped_sections_is_not_split() {
    let sections = |dated: &dyn Fn(usize) -> bool, linked: bool| -> String {
        (0..4)
            .map(|n| {
                let heading = if linked {
                    format!("<a href=\"{}\">{}</a>", layouts::url(n), layouts::title(n))
                } else {
                    layouts::title(n)
                };
                format!(
                    "<h2>{heading}</h2>{}{}",
                    if dated(n) {
                        "<p><time datetime=\"2024-05-01\">May 1</time></p>"
                    } else {
                        ""
                    },
                    layouts::paras(n, 3, "<p>", "</p>")
                )
            })
            .collect()
    };
    let intro = layouts::paras(7, 1, "<p>", "</p>");
    let titled = layouts::page(
        0,
        &format!(
            "<div class=\"entry\"><h1>{}</h1>{intro}{}</div>",
            layouts::title(0),
            sections(&|n| n % 2 == 0, true)
        ),
        "",
    );
    let untitled = format!(
        "<html><body><div class=\"entry\">{intro}{}</div></body></html>",
        sections(&|n| n == 1 || n == 2, false)
    );
    let comments: String = (0..3)
        .map(|n| {
            format!(
                "<h2>Reply from reader {n}</h2><p class=\"comment-meta\"><time datetime=\"2024-05-0{n}\">May {n}</time></p>{}",
                layouts::paras(n + 1, 3, "<p>", "</p>"),
            )
        })
        .collect();
    let with_comments = format!(
        "<html><body><div class=\"entry\">{}{comments}</div></body></html>",
        layouts::paras(0, 4, "<p>", "</p>")
    );
    for (name, html, url, parts) in [
        ("titled", &titled, Some(layouts::url(0)), 0..4),
        ("untitled", &untitled, None, 0..4),
        ("comments", &with_comments, None, 0..1),
    ] {
        let options = plainview::Options {
            url,
            ..Default::default()
        };
        let article = plainview::extract(html, &options).expect("an article");
        assert_eq!(article.diagnostics.story_signal, "single-story", "{name}");
        for n in parts {
            assert!(
                article.text.contains(&layouts::paragraph(n, 1)[..60]),
                "{name}: part {n}"
            );
        }
    }
}

/// An article with `<h2>` sections in wrappers of their own is one story.
#[test]
fn an_article_with_sections_is_not_split() {
    let sections: String = (0..4)
        .map(|n| {
            format!(
                "<section class=\"part\"><h2>{}</h2>{}</section>",
                layouts::title(n),
                layouts::paras(n, 3, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<article><h1>{}</h1><p class=\"byline\">By Sam Writer</p><time datetime=\"2024-05-01\">May 1</time>{sections}</article>",
            layouts::title(0)
        ),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    assert_eq!(article.diagnostics.story_signal, "single-story");
    for n in 0..4 {
        assert!(
            article.text.contains(&layouts::paragraph(n, 1)[..60]),
            "section {n}"
        );
    }
}

/// A live blog's entries (each with a time, a heading and prose) are one story.
#[test]
fn a_live_blog_is_not_split() {
    let entries: String = (0..8)
        .map(|n| {
            format!(
                "<div class=\"live-entry\"><time datetime=\"2024-05-01T1{n}:00\">1{n}:00</time><h3>{}</h3>{}</div>",
                layouts::title(n),
                layouts::paras(n, 2, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<main><h1>{}</h1><p class=\"standfirst\">Follow the day as it happens.</p><div class=\"live-feed\">{entries}</div></main>",
            layouts::title(0)
        ),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    assert_eq!(article.diagnostics.story_signal, "single-story");
    for n in 0..8 {
        assert!(
            article.text.contains(&layouts::paragraph(n, 1)[..60]),
            "entry {n}"
        );
    }
}

/// A transcript's segments, each with a speaker, a heading and a timestamp link to the
/// page itself under a query of its own (`?t=47`), are one story; stories that each
/// repeat one control linking to the page (`?print`) are still told apart.
#[test]
fn a_transcript_with_timestamp_links_is_not_split() {
    let segments: String = (0..8)
        .map(|n| {
            format!(
                "<div class=\"transcript-segment\"><span class=\"speaker\">Host</span> \
                 <a class=\"timestamp\" href=\"{}?t={}\">{n}:00</a><h3>{}</h3>{}</div>",
                layouts::url(0),
                60 * n + 7,
                layouts::title(n),
                layouts::paras(n, 2, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<main><h1>{}</h1><div class=\"transcript\">{segments}</div></main>",
            layouts::title(0)
        ),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    assert_eq!(article.diagnostics.story_signal, "single-story");
    for n in 0..8 {
        assert!(
            article.text.contains(&layouts::paragraph(n, 1)[..60]),
            "segment {n}"
        );
    }
    check_posts("stories each with a print link to the page", |n| {
        format!(
            "<article class=\"post\"><h2><a href=\"{}\">{}</a></h2><time datetime=\"2024-05-0{}\">May</time>\
             {}<a href=\"?print\">Print</a></article>",
            layouts::url(n),
            layouts::title(n),
            n + 1,
            layouts::paras(n, 4, "<p>", "</p>")
        )
    });
}

#[test]
fn diagnostics_list_the_stories_found_and_the_chosen_one() {
    let (html, stories) = fixture();
    let options = plainview::Options {
        url: Some(stories[1].url.clone()),
        explain: true,
        ..Default::default()
    };
    let article = plainview::extract(&html, &options).expect("an article");
    let found = &article.diagnostics.stories;
    assert!(found.len() >= stories.len(), "found {found:?}");
    let chosen: Vec<_> = found.iter().filter(|s| s.chosen).collect();
    assert_eq!(chosen.len(), 1);
    assert_eq!(chosen[0].heading.trim(), stories[1].title.trim());
    let doc = Html::parse_document(&html);
    for story in found {
        let selector = story
            .selector
            .as_deref()
            .expect("a selector when explaining");
        let element = doc
            .select(&Selector::parse(selector).expect("a valid selector"))
            .next()
            .expect("the selector finds the story on the page as parsed");
        let text: String = element.text().collect();
        assert!(
            text.contains(story.heading.trim()),
            "{selector} does not hold {:?}",
            story.heading
        );
    }
    // Without explain: the same stories, no selectors; a single-story page lists none.
    let plain = extract(&html, &stories[1].url);
    assert_eq!(plain.diagnostics.stories.len(), found.len());
    assert!(plain
        .diagnostics
        .stories
        .iter()
        .all(|s| s.selector.is_none()));
}

/// A feed without headlines: each post a `div.post-item` whose only link to its page is
/// its lead image's. At every post's address, the page's own included, that post alone.
#[test]
fn posts_named_only_by_their_lead_image_link() {
    check_posts("posts named by their image link", |n| {
        format!(
            "<div class=\"post-item\"><a class=\"post-thumb\" href=\"{u}\"><img src=\"/i/{n}.jpg\" alt=\"{t}\"></a>\
             <div class=\"post-info\"><span>By Sam Writer</span></div>\
             <div class=\"post-text\">{p}</div></div>",
            u = layouts::url(n),
            t = layouts::title(n),
            p = layouts::paras(n, 4, "<p>", "</p>")
        )
    });
}

/// An explainer: its title in the article's `<header>`, then sections each with a
/// heading, an "Updated" time and a link to itself by fragment, then the page's share
/// links after the last section. One article, read whole at its own address.
#[test]
fn an_article_titled_in_its_header_over_dated_sections_is_read_whole() {
    let here = layouts::url(0);
    let sections: String = (0..4)
        .map(|n| {
            format!(
                "<section class=\"qa\" id=\"q-{n}\"><h2>Question {n} answered</h2>\
                 <p class=\"updated\"><time datetime=\"2024-05-0{d}T10:00:00Z\">Updated May {d}, 2024</time></p>\
                 {p}<a href=\"#q-{n}\">Copy link to this section</a></section>",
                d = n + 1,
                p = layouts::paras(n, 3, "<p>", "</p>")
            )
        })
        .collect();
    let share = format!(
        "<div class=\"share\"><a href=\"https://twitter.com/intent/tweet?url={}\">X</a></div>",
        here.replace(':', "%3A").replace('/', "%2F")
    );
    let html = layouts::page(
        0,
        &format!(
            "<main><article class=\"explainer\"><header><p>Explainer</p><h1>{}</h1></header>\
             {sections}{share}</article></main>",
            layouts::title(0)
        ),
        "",
    );
    assert_read_whole(&html, &here);
}

/// Briefs whose linked headline runs into a long first paragraph (`<strong><a>…</a></strong>
/// — …`), no heading element, long paragraphs after it: at a brief's address, the whole
/// brief, not that paragraph.
#[test]
fn briefs_whose_headline_runs_into_their_first_paragraph() {
    check_posts("run-in briefs", |n| {
        format!(
            "<div class=\"brief\"><p><strong><a href=\"{u}\">{t}</a></strong> — {p0} {p0}</p>{p}\
             <p class=\"credit\">— Sam Writer, staff writer</p></div>",
            u = layouts::url(n),
            t = layouts::title(n),
            p0 = layouts::paragraph(n, 0),
            p = (1..4)
                .map(|k| format!("<p>{0} {0}</p>", layouts::paragraph(n, k)))
                .collect::<String>()
        )
    });
}

/// Stories each set as a hero (headline, date) over two columns, the body and a rail of
/// teasers with excerpts (an `<aside>` whose class word, `article-rail`, scores it as
/// article text): at a story's address, its body without its rail.
#[test]
fn stories_over_a_body_column_and_a_rail_of_teasers() {
    let rail = (0..4)
        .map(|k| {
            format!(
                "<li><span>{k}</span><a href=\"/more/teaser-{k}\">Teaser {k} from elsewhere on the site</a>\
                 <p>A teaser excerpt number {k} runs on for a while about a council budget meeting \
                 that went on late into the evening, with residents queuing to speak. Officials said \
                 more details would be released in the coming days.</p></li>"
            )
        })
        .collect::<String>();
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"hero\"><h2><a href=\"{u}\">{t}</a></h2><time datetime=\"2024-05-0{d}\">May {d}, 2024</time></div>\
                 <div class=\"columns\"><div class=\"main\">{p}</div>\
                 <aside class=\"article-rail\"><div class=\"rail-block\"><h3>Most read</h3><ol>{rail}</ol></div></aside></div>",
                u = layouts::url(n),
                t = layouts::title(n),
                d = n + 1,
                p = layouts::paras(n, 2, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div id=\"stream\">{body}</div>"), "");
    check_layout("hero over body and rail", &html);
    for n in 1..4 {
        let article = extract(&html, &layouts::url(n));
        assert!(
            !article.text.contains("A teaser excerpt number"),
            "story {n}: the rail's teasers are kept: {:?}",
            article.text
        );
    }
}

/// Press releases appended one after another, each closing with the office's `###` and the
/// same "About the office" paragraph, and opening with a "Media contact" line: at a
/// release's address, its own text without what every release repeats.
#[test]
fn blocks_every_story_repeats_are_left_out() {
    let about = "About the Office of Rivers: the office looks after the health, safety and \
        prosperity of every resident through sound policy, open data and services close to home.";
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"release\"><h2><a href=\"{u}\">{t}</a></h2>\
                 <div class=\"release-body\"><p>Media contact: press office, 555-0100</p>{p}\
                 <p class=\"end\">###</p></div><div class=\"boilerplate\"><p>{about}</p></div></div>",
                u = layouts::url(n),
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div id=\"releases\">{body}</div>"), "");
    check_layout("press releases", &html);
    for n in 0..4 {
        let article = extract(&html, &layouts::url(n));
        for repeated in ["###", "About the Office of Rivers", "Media contact"] {
            assert!(
                !article.text.contains(repeated),
                "release {n}: {repeated:?} is kept: {:?}",
                article.text
            );
        }
        assert!(
            article.text.contains(&layouts::paragraph(n, 3)[..60]),
            "release {n}: its last paragraph is lost: {:?}",
            article.text
        );
    }
}

/// Scrollytelling stories set one after another in one container, each a run of sibling
/// sections with no element of its own: a title section (hero image, headline, date), text
/// sections of one or two paragraphs, a full-bleed media section, a footer section with
/// the share link. At each story's address: every text section of that story, nothing of
/// the others.
#[test]
fn stories_as_runs_of_title_text_and_media_sections() {
    let body: String = (0..4)
        .map(|n| {
            let text = |parts: std::ops::Range<usize>| {
                format!(
                    "<section class=\"s s-text\"><div class=\"layer\">{}</div></section>",
                    parts
                        .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
                        .collect::<String>()
                )
            };
            let media = |n: usize| {
                format!(
                    "<section class=\"s s-media\"><img src=\"/bleed-{n}.jpg\" alt=\"\"><p>Photo: Sam Writer</p></section>"
                )
            };
            format!(
                "<section class=\"s s-title\"><div class=\"bg\"><img src=\"/hero-{n}.jpg\" alt=\"\"></div>\
                 <div class=\"layer\"><h1><a href=\"{u}\">{t}</a></h1><p><time datetime=\"2024-05-0{d}\">May {d}, 2024</time></p></div></section>\
                 {sections}<section class=\"s s-end\"><a href=\"https://twitter.com/intent/tweet?url={u}\">Share</a></section>",
                u = layouts::url(n),
                t = layouts::title(n),
                d = n + 1,
                // The first two stories open with a long text section, the others with
                // short ones: the headline stands four sections before their first long one.
                sections = if n < 2 {
                    [text(0..2), text(2..3), media(n), text(3..4), text(4..6)].concat()
                } else {
                    [text(0..1), text(1..2), media(n), text(2..4), text(4..5), text(5..6)].concat()
                },
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div id=\"story\">{body}</div>"), "");
    check_layout("scrollytelling sections", &html);
    for n in 0..4 {
        let article = extract(&html, &layouts::url(n));
        for p in 0..6 {
            assert!(
                article.text.contains(&layouts::paragraph(n, p)[..70]),
                "story {n}: paragraph {p} is lost (signal {:?}): {:?}",
                article.diagnostics.story_signal,
                article.text
            );
        }
    }
}

/// An app's stream of stories addressed by opaque ids (`/a/k3x9q`) that no link, share
/// button or headline carries: the id is only the story element's `data-id`. At each
/// story's address, that story.
#[test]
fn a_story_whose_id_is_the_address() {
    let ids = ["k3x9q", "pz7wm", "qqhtr", "b41ne"];
    let url = |n: usize| format!("https://news.example/a/{}", ids[n]);
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"story\" data-id=\"{id}\"><div class=\"top\"><h2>{t}</h2>\
                 <span>By Sam Writer</span> <span>May {d}, 2024</span></div>\
                 <div class=\"body\">{p}</div><div class=\"more\">Go deeper: \
                 <a href=\"/a/zz{n}yy\">Another story elsewhere</a></div>\
                 <div class=\"toolbar\"><button data-id=\"{id}\">Share</button></div></div>",
                id = ids[n],
                t = layouts::title(n),
                d = n + 1,
                p = layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div class=\"stream\">{body}</div>"), "")
        .replace(&layouts::url(0), &url(0));
    check_layout_at("opaque ids", &html, url);
}

/// A server-rendered story, then stories a script appended in other wrappers (hashed
/// classes, a `role=heading` headline, `<div>` paragraphs) whose only address is the
/// `og:url` `<meta>` each carries: at each story's address, that story.
#[test]
fn appended_stories_named_by_their_own_og_url_meta() {
    let first = format!(
        "<div class=\"grid\"><div class=\"col-main\"><div class=\"article-ssr\"><h1>{t}</h1>\
         <div class=\"article-ssr__body\">{p}</div></div></div><aside class=\"rail\">Trending</aside></div>",
        t = layouts::title(0),
        p = layouts::paras(0, 4, "<p>", "</p>")
    );
    let appended: String = (1..4)
        .map(|n| {
            format!(
                "<div class=\"_x1a\"><div class=\"_q9z\" data-testid=\"appended\">\
                 <meta property=\"og:url\" content=\"{u}\">\
                 <div role=\"heading\" aria-level=\"1\" class=\"_h7k\">{t}</div>\
                 <div class=\"_b2m\">{p}</div></div></div>",
                u = layouts::url(n),
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<div class=\"_p0r\">", "</div>")
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!("<div id=\"ssr\">{first}</div><div id=\"infinite-root\">{appended}</div>"),
        "",
    )
    .replace(
        "</head>",
        &format!(
            "<meta property=\"og:url\" content=\"{}\"></head>",
            layouts::url(0)
        ),
    );
    check_layout("og:url in appended stories", &html);
}

/// Stories rendered by a CSS-in-JS library, every instance with class names of its own
/// (no class word shared between stories), the first headed by an `<h1>`, the appended
/// ones by an `<h2>`, each named only by the link around its `<time>`: at each story's
/// address, that story.
#[test]
fn stories_whose_class_names_are_generated_per_instance() {
    let hash = |role: &str, n: usize| {
        let h = (role.len() * 7919 + n * 104_729 + role.bytes().map(usize::from).sum::<usize>())
            % 1_000_003;
        format!("css-{h:x}q{n}")
    };
    let body: String = (0..4)
        .map(|n| {
            let h = if n == 0 { "h1" } else { "h2" };
            format!(
                "<div class=\"{c}\"><div class=\"{a}\"><div class=\"{hd}\"><{h} class=\"{t}\">{title}</{h}>\
                 <div class=\"{m}\"><a class=\"{ts}\" href=\"{u}\"><time datetime=\"2024-05-0{d}\">May {d}, 2024</time></a></div></div>\
                 <div class=\"{b}\">{p}</div></div></div><div class=\"{ad}\">Advertisement</div>",
                c = hash("chunk", n),
                a = hash("article", n),
                hd = hash("header", n),
                t = hash("headline", n),
                m = hash("meta", n),
                ts = hash("timestamp", n),
                b = hash("body", n),
                ad = hash("ad", n),
                u = layouts::url(n),
                title = layouts::title(n),
                d = n + 1,
                p = layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "generated class names",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

/// Stories linked by relative permalinks that resolve against the page's `<base href>`
/// (`news/detail/1007/`, no leading slash), their share buttons built by script with no
/// address: at each story's address, that story.
#[test]
fn relative_permalinks_resolve_against_the_base_element() {
    let url = |n: usize| format!("https://news.example/news/detail/{}/", 1000 + n * 7);
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"news-item\"><h2><a href=\"news/detail/{id}/\">{t}</a></h2>\
                 <div class=\"news-text\">{p}</div><div class=\"share\" data-share></div></div>",
                id = 1000 + n * 7,
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div class=\"news-list\">{body}</div>"), "")
        .replace(&layouts::url(0), &url(0))
        .replace("</head>", "<base href=\"/\"></head>");
    check_layout_at("relative permalinks under <base href>", &html, url);
}

/// Stories whose permalinks are plain query addresses (`/?p=2380`), with no byline or
/// date: at each story's address, that story.
#[test]
fn stories_on_query_permalinks() {
    let url = |n: usize| format!("https://blog.example/?p={}", 2380 + n * 11);
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div id=\"post-{id}\" class=\"post\"><h2 class=\"entry-title\"><a href=\"{u}\">{t}</a></h2>\
                 <div class=\"entry-content\">{p}</div><div class=\"entry-utility\">Posted in \
                 <a href=\"https://blog.example/?cat=1\">Uncategorized</a></div></div>",
                id = 2380 + n * 11,
                u = url(n),
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div id=\"content\">{body}</div>"), "")
        .replace(&layouts::url(0), &url(0));
    check_layout_at("query permalinks", &html, url);
}

/// Stories whose headlines are wordmark images (a heading holding only an `<img>` whose
/// `alt` is the headline), linked to each story's address: at each story's address,
/// that story, the first one included (where the longest would otherwise win).
#[test]
fn stories_whose_headlines_are_wordmark_images() {
    let body: String = (0..4)
        .map(|n| {
            let tag = if n == 0 { "h1" } else { "h2" };
            format!(
                "<article class=\"feature\"><header><{tag} class=\"feature-title\"><a href=\"{u}\">\
                 <img class=\"wordmark\" src=\"/type/{n}.svg\" alt=\"{t}\"></a></{tag}>\
                 <p class=\"dek\">A feature in pictures.</p></header>\
                 <div class=\"feature-body\">{p}</div></article>",
                u = layouts::url(n),
                t = layouts::title(n),
                p = layouts::paras(n, 3 + 2 * n, "<p>", "</p>")
            )
        })
        .collect();
    check_layout(
        "wordmark headlines",
        &layouts::page(0, &format!("<main class=\"features\">{body}</main>"), ""),
    );
}

/// Stories of a single-page app routed by hashbang fragments (`/#!/story/<id>/<slug>`):
/// the stories link their routes (`href="#!/story/…"`) and nothing else names them; at
/// each story's route, that story.
#[test]
fn stories_of_an_app_routed_by_hashbang_fragments() {
    let url = |n: usize| {
        format!(
            "https://app.example/#!/story/{}/{}",
            4100 + n,
            layouts::slug(n)
        )
    };
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"story ng-scope\"><h2 class=\"story-title\"><a href=\"#!/story/{}/{}\">{}</a></h2>\
                 <div class=\"story-body\">{}</div></div>",
                4100 + n,
                layouts::slug(n),
                layouts::title(n),
                layouts::paras(n, 4, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div ng-view>{body}</div>"), "")
        .replace(&layouts::url(0), &url(0));
    check_layout_at("hashbang routes", &html, url);
}

/// Posts loaded one after another by a script that marks each with an empty element
/// carrying its address and title, right before it (`<hr data-url data-title>`), whose
/// post navigation links the neighbours: at each post's address, that post.
#[test]
fn posts_led_by_empty_markers_carrying_their_address() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<hr style=\"height:0;opacity:0\" data-title=\"{t}\" data-url=\"{u}\">\
                 <article class=\"post\"><header><h1 class=\"entry-title\">{t}</h1>\
                 <span class=\"byline\">By Sam Writer</span></header>\
                 <div class=\"entry-content\">{p}</div>\
                 <nav class=\"post-navigation\"><a class=\"previous-post\" href=\"{next}\">{nt}</a></nav>\
                 </article>",
                t = layouts::title(n),
                u = layouts::url(n),
                p = layouts::paras(n, 4, "<p>", "</p>"),
                next = layouts::url(n + 1),
                nt = layouts::title(n + 1),
            )
        })
        .collect();
    check_layout(
        "markers before posts",
        &layouts::page(0, &format!("<main id=\"site-content\">{body}</main>"), ""),
    );
}

/// An ASP.NET WebForms page: the whole page one `<form>`, stories as `div`s with `span`
/// headlines and permalinks, the address bar holding the address in lower case: at
/// each story's address, that story.
#[test]
fn stories_in_a_page_wide_form_at_addresses_in_another_case() {
    let link = |n: usize| format!("/News/ArticleDetails.aspx?ArticleID={}", 4534080 + n * 17);
    let url = |n: usize| format!("https://news.example{}", link(n).to_lowercase());
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"ArticleContainer\"><div class=\"ArticleTitle\"><span>{t}</span></div>\
                 <div class=\"ArticleBody\">{p}</div><div class=\"ArticleTools\">\
                 <a href=\"{l}\" class=\"permalink\">Link to this article</a></div></div>",
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<p>", "</p>"),
                l = link(n),
            )
        })
        .collect();
    let html = layouts::page(0, &format!("<div id=\"ctl00_Content\">{body}</div>"), "")
        .replace("<body >", "<body><form method=\"post\" id=\"aspnetForm\">")
        .replace("</body>", "</form></body>")
        .replace(&layouts::url(0), &url(0));
    check_layout_at("page-wide form", &html, url);
}

/// Posts of a channel's web preview: each post's date links its own address
/// (`/channel/5529`), while the page is at that address under another path prefix
/// (`/s/channel/5529`), the post one of several loaded around it: at each, that post.
#[test]
fn posts_whose_own_address_is_the_page_address_under_another_prefix() {
    let own = |n: usize| format!("https://chat.example/harbour/{}", 5520 + n * 3);
    let url = |n: usize| own(n).replace("chat.example/", "chat.example/s/");
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"message\" data-post=\"harbour/{id}\"><div class=\"text\"><b>{t}</b><br><br>{p}</div>\
                 <div class=\"footer\"><a class=\"date\" href=\"{o}\">April 17, 2022</a></div></div>",
                id = 5520 + n * 3,
                t = layouts::title(n),
                p = layouts::paras(n, 4, "", "<br><br>"),
                o = own(n),
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!("<section class=\"history\">{body}</section>"),
        "",
    )
    .replace(&layouts::url(0), &url(0));
    check_layout_at("address under another prefix", &html, url);
}

/// Stories whose headlines link nowhere and whose address is printed, not linked, at
/// their end (`<p class="permalink">Permalink: https://…</p>`): at each, that story.
#[test]
fn stories_whose_permalink_is_printed_as_text() {
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"entry\"><h2>{t}</h2><div class=\"entry-text\">{p}</div>\
                 <p class=\"permalink\">Permalink: {u}</p></div>",
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<p>", "</p>"),
                u = layouts::url(n),
            )
        })
        .collect();
    check_layout(
        "printed permalinks",
        &layouts::page(0, &format!("<div id=\"entries\">{body}</div>"), ""),
    );
}

/// AMP pages served from the AMP cache, stories appended by `amp-next-page` after a
/// separator repeating their title: the page's address is the cache's
/// (`https://<host>.cdn.ampproject.org/c/s/<host>/<path>`), every headline links the
/// publisher's AMP page, the comments link its other page. At each cache address, that
/// story.
#[test]
fn amp_pages_served_from_the_amp_cache() {
    let path = |n: usize| format!("news.example/2024/05/{}/", 4810 + n * 7);
    let cached = |n: usize| {
        format!(
            "https://news-example.cdn.ampproject.org/c/s/{}amp/",
            path(n)
        )
    };
    let story = |n: usize| {
        format!(
            "<div class=\"amp-wp-content\"><article class=\"amp-wp-article\">\
             <header class=\"amp-wp-article-header\"><h1 class=\"amp-wp-title\">\
             <a href=\"https://{p}amp/\">{t}</a></h1><div class=\"amp-wp-meta\">May 4, 2024</div>\
             </header><div class=\"amp-wp-article-content\">{b}</div>\
             <footer class=\"amp-wp-article-footer\"><a href=\"https://news.example/2024/\">2024</a>\
             <a href=\"https://{p}#respond\">Leave a Comment</a></footer></article></div>",
            p = path(n),
            t = layouts::title(n),
            b = layouts::paras(n, 4, "<p>", "</p>"),
        )
    };
    let next: String = (1..4)
        .map(|n| {
            format!(
                "<div class=\"next-page-container\"><div class=\"next-page-separator\">\
                 <span>Next article</span><h3>{}</h3></div><div class=\"next-page-root\">{}</div></div>",
                layouts::title(n),
                story(n)
            )
        })
        .collect();
    let body = format!("{}<amp-next-page>{next}</amp-next-page>", story(0));
    check_layout_at("AMP cache", &layouts::page(0, &body, ""), cached);
}

#[test]
fn portal_stories_whose_only_permalink_is_a_read_more_link() {
    // A forum portal's news module: each story a layout table, its headline unlinked
    // bold text, its address only on the "Read More" link after its text.
    let story = |n: usize| {
        format!(
            "<table class=\"tborder\" width=\"100%\"><tr><td class=\"tcat\"><strong>{t}</strong></td></tr>\
             <tr><td class=\"alt1\"><div>{b}</div></td></tr>\
             <tr><td class=\"alt1\" align=\"right\">Replies: 34 | <a href=\"{u}\">Read More</a> | \
             <a href=\"/sendmessage.php?t={n}\">Send to a friend</a></td></tr></table><br>",
            t = layouts::title(n),
            b = layouts::paras(n, 4, "", "<br><br>"),
            u = layouts::url(n),
        )
    };
    let body: String = (0..4).map(story).collect();
    check_layout(
        "read more",
        &layouts::page(0, &format!("<table><tr><td>{body}</td></tr></table>"), ""),
    );
}

#[test]
fn a_live_blog_whose_posts_share_the_page_at_their_anchors_is_one_story() {
    // Each post has a time, an author, a headline and a share link to the page's own
    // address at the post's anchor: parts of one page, however much they look like
    // stories.
    let url = layouts::url(0);
    let posts: String = (0..6)
        .map(|n| {
            format!(
                "<article class=\"live-post\" id=\"post-{n}\"><header>\
                 <time datetime=\"2024-05-04T10:{n}0:00Z\">10:{n}0</time> <span class=\"author\">Sam Writer</span></header>\
                 <h3>{t}</h3><div class=\"body\">{b}</div>\
                 <footer><a class=\"share\" href=\"{url}#post-{n}\">Share this post</a></footer></article>",
                t = layouts::title(n) + [" (morning)", " (noon)"][n / 4],
                b = layouts::paras(n, 3, "<p>", "</p>"),
            )
        })
        .collect();
    let key_events: String = (0..6)
        .map(|n| format!("<li><a href=\"#post-{n}\">{}</a></li>", layouts::title(n)))
        .collect();
    let body = format!(
        "<main class=\"liveblog\"><header class=\"liveblog__header\"><span>LIVE</span><h1>{}</h1>\
         <p>Updated 3 minutes ago</p><div><span>By Sam Writer</span> <span>May 4, 2024</span></div></header>\
         <nav aria-label=\"Key events\"><h2>Key events</h2><ul>{key_events}</ul></nav>\
         <button>2 new posts</button><div class=\"liveblog__feed\">{posts}</div></main>",
        layouts::title(0)
    );
    let article = extract(&layouts::page(0, &body, ""), &url);
    for n in 0..6 {
        let own = layouts::paragraph(n, 1);
        assert!(
            article.text.contains(&own[..60]),
            "post {n} is missing (signal {:?})",
            article.diagnostics.story_signal
        );
    }
}

#[test]
fn stories_between_rules_under_bold_linked_headlines() {
    // A paper built in a page editor of the 1990s: the day's stories in one table cell,
    // separated by rules, each headline a big bold link, bold subheadings in its text,
    // the address also on a "Permanent link" at its end.
    let story = |n: usize| {
        format!(
            "<a name=\"s{n}\"></a><font face=\"Arial\" size=\"+2\"><b><a href=\"{u}\">{t}</a></b></font><br>\
             <font size=\"1\">By Sam Writer, Staff Writer<br></font>\
             {p1}<p><font size=\"2\"><b>What comes next for the project</b></font></p>{p2}\
             <font size=\"1\">[ <a href=\"{u}\">Permanent link</a> | <a href=\"/print.asp?id={n}\">Print</a> ]</font><br>\
             <hr width=\"90%\">",
            u = layouts::url(n),
            t = layouts::title(n),
            p1 = layouts::paras(n, 2, "<p><font size=\"3\">", "</font></p>"),
            p2 = layouts::paras(n, 2, "<p><font size=\"3\">", "</font></p>"),
        )
    };
    let body: String = (0..4).map(story).collect();
    check_layout(
        "rules",
        &layouts::page(
            0,
            &format!("<table><tr><td width=\"150\">Sections</td><td>{body}</td></tr></table>"),
            "",
        ),
    );
}

/// A news site's text-only edition: one `<main>` of headings and paragraphs, the page's
/// story under an unlinked `h1`, each appended one after a rule and a "Next story" link,
/// under an `h2` (linking to it when `linked`); bylines in plain text; with
/// `subheadings`, each story's text holds an `h2` of its own ("See also").
fn check_text_edition(linked: bool, subheadings: bool) {
    let story = |n: usize| {
        let head = if n == 0 {
            format!("<h1>{}</h1>", layouts::title(n))
        } else if linked {
            format!(
                "<hr><p><a href=\"{u}\">Next story</a></p><h2><a href=\"{u}\">{t}</a></h2>",
                u = layouts::url(n),
                t = layouts::title(n)
            )
        } else {
            format!(
                "<hr><p><a href=\"{}\">Next story</a></p><h2>{}</h2>",
                layouts::url(n),
                layouts::title(n)
            )
        };
        let see_also = if subheadings {
            "<h2>See also</h2><p>Earlier coverage of the same events.</p>"
        } else {
            ""
        };
        format!(
            "{head}<p>By Sam Writer, The Example</p><p>Updated: 10:36 AM EDT, Wed Feb 8, 2023</p>{}{see_also}{}",
            layouts::paras(n, 2, "<p>", "</p>"),
            (2..4)
                .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
                .collect::<String>()
        )
    };
    let body: String = (0..4).map(story).collect();
    check_layout(
        "text edition",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

#[test]
fn a_text_edition_whose_next_story_links_stand_before_the_headlines() {
    check_text_edition(true, false);
}

#[test]
fn a_text_edition_whose_stories_set_headings_of_their_own_at_the_headlines_level() {
    check_text_edition(false, true);
    check_text_edition(true, true);
}

#[test]
fn sections_anchored_at_their_headings_slugs_are_no_chrome() {
    // A guide of one story whose sections carry anchors named for their headings: a
    // word of chrome in a heading's slug (a "community") says nothing of the section.
    let titles = [
        "A trademark battle in the Arduino community",
        "Mapping and data mining with open tools",
        "Here be data for everyone",
    ];
    let sections: String = titles
        .iter()
        .enumerate()
        .map(|(n, t)| {
            let slug = t.to_lowercase().replace(' ', "-");
            format!(
                "<section class=\"guide-entry\" id=\"{slug}\"><h2>{t}</h2>{}</section>",
                layouts::paras(n, 3, "<p>", "</p>")
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<main><article><h1>{}</h1>{sections}</article></main>",
            layouts::title(0)
        ),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    for n in 0..3 {
        let own = layouts::paragraph(n, 1);
        assert!(
            article.text.contains(&own[..60]),
            "section {n} is missing: {:?}",
            &article.text[..article.text.len().min(300)]
        );
    }
}

#[test]
fn stories_told_in_lists_beside_the_one_told_in_paragraphs() {
    // One post of the stream is prose; the others are link roundups and briefs in list
    // items, too little prose to count, each a copy of the post's template (bare
    // wrappers told apart by their ids) with its own headline at the same place.
    check_posts("list posts", |n| {
        let text = if n == 2 {
            layouts::paras(n, 4, "<p>", "</p>")
        } else {
            format!("<ul>{}</ul>", layouts::paras(n, 4, "<li>", "</li>"))
        };
        format!(
            "<div id=\"entry-{n}\"><div class=\"post\"><h2 class=\"title\">\
             <a href=\"{u}\">{t}</a></h2><span class=\"posted-on\">May {d}, 2024</span>\
             <div class=\"body\">{text}</div></div></div>",
            u = layouts::url(n),
            t = layouts::title(n),
            d = 7 - n,
        )
    });
}

#[test]
fn posts_whose_text_sits_in_an_edit_in_place_form() {
    // A community site's listing of self posts: each post's text in the form that would
    // let its author edit it, holding a hidden input and an editor in a hidden box.
    check_posts("edit forms", |n| {
        format!(
            "<div class=\"thing link self\"><p class=\"title\"><a class=\"title\" href=\"{u}\">{t}</a></p>\
             <p class=\"tagline\">submitted <time datetime=\"2024-05-0{d}\">{d} hours ago</time></p>\
             <div class=\"expando\"><form action=\"#\" class=\"usertext\"><input type=\"hidden\" name=\"thing_id\" value=\"t3_{n}\">\
             <div class=\"usertext-body\"><div class=\"md\">{p}</div></div>\
             <div class=\"usertext-edit\" style=\"display: none\"><textarea name=\"text\"></textarea>\
             <button type=\"submit\">save</button></div></form></div>\
             <ul class=\"buttons\"><li><a href=\"{u}\">12 comments</a></li><li><a href=\"#\">share</a></li></ul></div>",
            u = layouts::url(n),
            t = layouts::title(n),
            d = n + 1,
            p = layouts::paras(n, 4, "<p>", "</p>"),
        )
    });
}

#[test]
fn articles_loaded_below_the_cards_that_name_them() {
    // A publishing platform's article, its "More articles" cards linking the author's
    // other articles, which it then loads below in full: their headlines link nowhere
    // and their addresses' slugs spell no words of them; the card naming an address
    // carries the headline of the article it is.
    let cards: String = (1..4)
        .map(|n| {
            format!(
                "<li><a class=\"card\" href=\"{u}\"><h3>{t}</h3><span>May {d}, 2024</span></a></li>",
                u = layouts::url(n),
                t = layouts::title(n),
                d = 7 - n,
            )
        })
        .collect();
    let article = |n: usize| {
        format!(
            "<div class=\"article-main\"><{h} class=\"pulse-title\">{t}</{h}>\
             <div class=\"author-card\"><a href=\"/in/sam-writer\">Sam Writer</a> \
             <time>May {d}, 2024</time></div><div class=\"article-body\">{p}</div></div>",
            h = if n == 0 { "h1" } else { "h2" },
            t = layouts::title(n),
            d = 7 - n,
            p = layouts::paras(n, 4, "<p>", "</p>"),
        )
    };
    let body = format!(
        "{}<section class=\"more-articles\"><h2>More articles by Sam Writer</h2><ul>{cards}</ul></section>\
         <div class=\"more-articles-loaded\">{}</div>",
        article(0),
        (1..4).map(article).collect::<String>()
    );
    check_layout(
        "loaded articles",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

/// A mailing-list archive's thread page: every message an `h1` subject, the sender, the
/// date as `date` gives it, "Previous message" and "Next message" links naming the
/// neighbours by their subjects, and the body in a `<pre>`; no message links to itself.
fn thread_page(date: impl Fn(usize) -> String) -> String {
    let body: String = (0..4)
        .map(|n| {
            let mut nav = String::new();
            if n > 0 {
                nav.push_str(&format!(
                    "<li>Previous message: <a href=\"{}\">{}</a></li>",
                    layouts::url(n - 1),
                    layouts::title(n - 1)
                ));
            }
            if n < 3 {
                nav.push_str(&format!(
                    "<li>Next message: <a href=\"{}\">{}</a></li>",
                    layouts::url(n + 1),
                    layouts::title(n + 1)
                ));
            }
            format!(
                "<div class=\"message\"><h1>{t}</h1><b>Sam Writer</b> \
                 <a href=\"mailto:list@lists.example\">sam at example.org</a><br><i>{d}</i>\
                 <ul>{nav}<li><a href=\"thread.html\">[ thread ]</a></li></ul><hr><pre>{p}</pre></div>",
                t = layouts::title(n),
                d = date(n),
                p = layouts::paras(n, 4, "", "\n\n"),
            )
        })
        .collect();
    layouts::page(0, &body, "")
}

#[test]
fn a_thread_message_is_the_one_its_neighbours_links_name_by_its_subject() {
    // Each message's address is linked only from its neighbours' "Previous message"
    // and "Next message" lists, whose link text is its subject.
    check_layout("thread", &thread_page(|n| format!("May {}, 2024", 6 + n)));
}

#[test]
fn a_date_line_with_a_time_of_day_marks_a_thread_message() {
    // The messages are dated as mail archives print them, the time of day in the line.
    check_layout(
        "thread, ctime dates",
        &thread_page(|n| format!("Mon May  {} 10:3{n}:00 EDT 2024", 6 + n)),
    );
    check_layout(
        "thread, RFC 2822 dates",
        &thread_page(|n| format!("Mon, 0{} May 2024 10:3{n}:00 -0400", 6 + n)),
    );
}

#[test]
fn stories_an_app_sends_only_as_noscript_fallbacks_in_empty_mount_points() {
    // A client-rendered feed: the server sends each story as a `<noscript>` fallback in
    // the app's empty mount point; the app has rendered the first story beside its
    // fallback, and shows a loading skeleton for the others.
    let body: String = (0..4)
        .map(|n| {
            let fallback = format!(
                "<noscript><article><h2><a href=\"{u}\">{t}</a></h2><p>May {d}, 2024</p>{p}</article></noscript>",
                u = layouts::url(n),
                t = layouts::title(n),
                d = 7 - n,
                p = layouts::paras(n, 4, "<p>", "</p>"),
            );
            let rendered = if n == 0 {
                format!(
                    "<div class=\"App_app\"><article><h1><a href=\"{u}\">{t}</a></h1><span>May 7, 2024</span>{p}</article></div>",
                    u = layouts::url(n),
                    t = layouts::title(n),
                    p = layouts::paras(n, 4, "<p class=\"Article_paragraph\">", "</p>"),
                )
            } else {
                String::new()
            };
            let skeleton = if n == 0 {
                ""
            } else {
                "<div class=\"Skeleton_root\" aria-hidden=\"true\"><div class=\"Skeleton_line\"></div>\
                 <span>Loading article…</span></div>"
            };
            format!(
                "<section class=\"FeedItem_item\">{skeleton}<div id=\"root-{n}\">{fallback}{rendered}</div></section>"
            )
        })
        .collect();
    check_layout(
        "noscript fallbacks",
        &layouts::page(0, &format!("<main class=\"Feed_feed\">{body}</main>"), ""),
    );
}

#[test]
fn an_article_whose_parts_are_tab_panels_keeps_them_all() {
    // One recipe: its method and tips in tab panels hidden until their tabs are pressed.
    let panel = |n: usize, name: &str, hidden: bool| {
        format!(
            "<div role=\"tabpanel\" aria-label=\"{name}\"{h}><h3>{name}</h3>{p}</div>",
            h = if hidden { " hidden" } else { "" },
            p = layouts::paras(n, 2, "<p>", "</p>"),
        )
    };
    let html = layouts::page(
        0,
        &format!(
            "<main><article><h1>{t}</h1>{intro}<div role=\"tablist\"><button role=\"tab\">Ingredients</button>\
             <button role=\"tab\">Method</button><button role=\"tab\">Tips</button></div>{a}{b}{c}</article></main>",
            t = layouts::title(0),
            intro = layouts::paras(0, 2, "<p>", "</p>"),
            a = panel(1, "Ingredients", false),
            b = panel(2, "Method", true),
            c = panel(3, "Tips", true),
        ),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    for n in 0..4 {
        let own = layouts::paragraph(n, 1);
        assert!(
            article.text.contains(&own[..60]),
            "part {n} is missing: {:?}",
            &article.text[..article.text.len().min(300)]
        );
    }
}

#[test]
fn stories_in_a_carousel_s_slides_waiting_their_turn_are_found() {
    // A story reader: one story per slide of a carousel (the WAI-ARIA pattern: the
    // container's `aria-roledescription`, each slide a group or a described slide, classed
    // as a slider library classes them); the slide shown is story 1, the others
    // `aria-hidden` until swiped to. Each story's address shows that story, also where the
    // shown slide is another.
    for described in [false, true] {
        let slides: String =
            (0..4)
                .map(|n| {
                    format!(
                    "<div class=\"swiper-slide{c}\" role=\"group\"{d} aria-label=\"{k} / 4\"{h}>\
                     <article data-url=\"{u}\"><h2>{t}</h2><div class=\"body\">{p}</div>\
                     <a class=\"share\" href=\"{u}\">Share</a></article></div>",
                    c = [" swiper-slide-prev", " swiper-slide-active", " swiper-slide-next", ""][n],
                    d = if described { " aria-roledescription=\"slide\"" } else { "" },
                    k = n + 1,
                    h = if n == 1 { "" } else { " aria-hidden=\"true\"" },
                    u = layouts::url(n),
                    t = layouts::title(n),
                    p = layouts::paras(n, 4, "<p>", "</p>"),
                )
                })
                .collect();
        let carousel = if described {
            ""
        } else {
            " aria-roledescription=\"carousel\""
        };
        check_layout(
            "carousel of stories",
            &layouts::page(
                0,
                &format!("<main><div class=\"reader\"{carousel}><div class=\"track\">{slides}</div></div></main>"),
                "",
            ),
        );
    }
    // Outside a carousel, a group marked `aria-hidden` stays out.
    let html = layouts::page(
        0,
        &format!(
            "<main><article><h1>{t}</h1>{p}</article><div role=\"group\" aria-hidden=\"true\">{q}</div></main>",
            t = layouts::title(0),
            p = layouts::paras(0, 4, "<p>", "</p>"),
            q = layouts::paras(2, 4, "<p>", "</p>"),
        ),
        "",
    );
    let article = extract(&html, &layouts::url(0));
    assert!(article.text.contains(&layouts::paragraph(0, 1)[..60]));
    assert!(!article.text.contains(&layouts::paragraph(2, 1)[..60]));
}

#[test]
fn posts_whose_titles_a_platform_classes_published_keep_them_as_headlines() {
    // A newsletter platform's archive of full posts: each title an `h1`/`h2` classed
    // `post-title published`, a subtitle `h3` under it (two posts share theirs), the
    // title linking to the post; a blog's date header, also classed as a date, heads none.
    check_posts("platform titles", |n| {
        format!(
            "<div class=\"single-post\"><h2 class=\"date-header\">Tuesday, May {d}, 2024</h2>\
             <article class=\"post\"><div class=\"post-header\">\
             <{h} class=\"post-title published\"><a href=\"{u}\">{t}</a></{h}>\
             <h3 class=\"subtitle\">{sub}</h3></div><div class=\"body markup\">{p}</div></article></div>",
            d = 7 - n,
            h = if n == 0 { "h1" } else { "h2" },
            u = layouts::url(n),
            t = layouts::title(n),
            sub = if n < 2 { "Notes on a week" } else { "On the thing everyone is talking about" },
            p = layouts::paras(n, 4, "<p>", "</p>"),
        )
    });
}

/// A hand-made blog's page whose posts' bars read `posted @ 1:52 PM | link | …`, or with
/// `by_author`, `posted by <author> @ …`.
fn check_untitled_posts(by_author: bool) {
    // A hand-made blog: no heading anywhere, each post's title a bold first line, a date
    // header in bold before it, its address only on the "link" of the line after it.
    let post = |n: usize| {
        format!(
            "{date}\
             <a name=\"{n}\"></a><font size=\"2\"><p><b>{t}</b><br><u>A note from the editor on the events of this week</u></p>{p}</font>\
             <font size=\"1\">posted{by} @ 1:52 PM | <a href=\"{u}\">link</a> | \
             <a href=\"#\" onclick=\"return false;\">comments ({c})</a></font><br><br>",
            by = if by_author {
                [" by Sam", " by Ana", " by Jo", " by Lee"][n]
            } else {
                ""
            },
            c = n + 2,
            // One date header a day: the day's later posts follow the bar before.
            date = if n % 2 == 0 {
                format!(
                    "<font size=\"2\" color=\"#993300\"><b>Tuesday, May {}, 2024</b></font><br>",
                    7 - n
                )
            } else {
                String::new()
            },
            t = layouts::title(n),
            p = layouts::paras(n, 4, "<p>", "</p>"),
            u = layouts::url(n),
        )
    };
    let body: String = (0..4).map(post).collect();
    check_layout(
        "untitled",
        &layouts::page(
            0,
            &format!("<table><tr><td width=\"75%\">{body}</td><td>About me</td></tr></table>"),
            "",
        ),
    );
}

#[test]
fn untitled_posts_under_a_bold_first_line_with_a_link_labelled_link() {
    check_untitled_posts(false);
    // A bar naming its author closes the post before; it heads none.
    check_untitled_posts(true);
}

#[test]
fn a_list_every_story_repeats_goes_icons_and_all() {
    // Every story carries the same subscription offer, whose benefit lists set a check
    // mark icon before each item's words: the template's, not the story's.
    let offer = "<div class=\"inline-offer\"><ul class=\"benefits\">\
                 <li><svg width=\"12\" height=\"12\"><path d=\"M1 6l3 3 7-7\"></path></svg>Unlimited articles on the web and in our apps</li>\
                 <li><svg width=\"12\" height=\"12\"><path d=\"M1 6l3 3 7-7\"></path></svg>Full access to the archive since 1851</li>\
                 <li><svg width=\"12\" height=\"12\"><path d=\"M1 6l3 3 7-7\"></path></svg>Breaking-news alerts on your phone</li></ul></div>";
    let story = |n: usize| {
        format!(
            "<article class=\"story\"><h2><a href=\"{u}\">{t}</a></h2><p>By Sam Writer</p>\
             {p1}{offer}{p2}</article>",
            u = layouts::url(n),
            t = layouts::title(n),
            p1 = layouts::paras(n, 2, "<p>", "</p>"),
            p2 = layouts::paras(n, 2, "<p>", "</p>"),
        )
    };
    let body: String = (0..4).map(story).collect();
    let html = layouts::page(0, &format!("<main>{body}</main>"), "");
    check_layout("offer", &html);
    for n in 0..4 {
        let article = extract(&html, &layouts::url(n));
        assert!(
            !article.text.contains("Unlimited articles"),
            "story {n}: the offer's list stayed"
        );
    }
}

#[test]
fn section_headings_every_story_shares_stay_over_their_own_text() {
    // Posts of a series share their section headings ("Key Takeaways", "Background",
    // "What happened"), each heading its own text (right after it, in the block after it,
    // or after the wrapper the heading stands alone in); the
    // "More in this series" label every post repeats over a list of links is the
    // template's.
    let story = |n: usize| {
        format!(
            "<article class=\"post\"><h1><a href=\"{u}\">{t}</a></h1>\
             <div class=\"callout\"><div class=\"callout-heading\"><h3>Key Takeaways</h3></div>\
             <ul><li>{k}</li></ul></div>\
             <h2>Background</h2>{p1}<h2>What happened</h2><div class=\"section-content\">{p2}</div>\
             <h3>More in this series</h3><ul><li><a href=\"/series/a\">The first part of it</a></li>\
             <li><a href=\"/series/b\">The second part of it</a></li></ul></article>",
            u = layouts::url(n),
            t = layouts::title(n),
            k = layouts::paragraph(n, 4),
            p1 = layouts::paras(n, 2, "<p>", "</p>"),
            p2 = (2..4)
                .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
                .collect::<String>(),
        )
    };
    let body: String = (0..4).map(story).collect();
    let html = layouts::page(0, &format!("<main>{body}</main>"), "");
    check_layout("series", &html);
    for n in 0..4 {
        let article = extract(&html, &layouts::url(n));
        for heading in [
            "<h3>Key Takeaways</h3>",
            "<h2>Background</h2>",
            "<h2>What happened</h2>",
        ] {
            assert!(
                article.content.contains(heading),
                "story {n}: {heading} lost"
            );
        }
        assert!(
            !article.text.contains("More in this series"),
            "story {n}: the template's label stayed"
        );
    }
}

#[test]
fn stories_between_rules_under_big_unlinked_headlines() {
    // As above, the headlines unlinked and set large, the text's bold subheadings as long
    // as headlines: the large ones head the stories.
    let story = |n: usize| {
        format!(
            "<font face=\"Arial\" size=\"+2\"><b>{t}</b></font><br>\
             <font size=\"1\">By Sam Writer, Staff Writer<br></font>\
             {p1}<p><b>What comes next for the project</b></p>{p2}\
             <p><b>How the council will pay for the work</b></p>{p3}\
             <font size=\"1\">[ <a href=\"{u}\">Permanent link</a> ]</font><br><hr>",
            u = layouts::url(n),
            t = layouts::title(n),
            p1 = layouts::paras(n, 2, "<p>", "</p>"),
            p2 = layouts::paras(n, 1, "<p>", "</p>"),
            p3 = layouts::paras(n, 1, "<p>", "</p>"),
        )
    };
    let body: String = (0..4).map(story).collect();
    check_layout(
        "big",
        &layouts::page(0, &format!("<table><tr><td>{body}</td></tr></table>"), ""),
    );
}

#[test]
fn a_story_whose_text_a_page_builder_splits_over_sections_comes_whole() {
    // A page builder's post template, repeated for each story: a title section, a
    // section of two numbered text modules beside a sidebar column, then a section with
    // the last text module. Every part of the story's text belongs to it.
    let paras = |n: usize, r: std::ops::Range<usize>| -> String {
        r.map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
            .collect()
    };
    let story = |n: usize| {
        format!(
            "<div class=\"et-l et-l--body\" id=\"post-{n}\"><div class=\"et_builder_inner_content\">\
             <div class=\"et_pb_section et_pb_section_0_tb_body\"><div class=\"et_pb_row et_pb_row_0_tb_body\">\
             <div class=\"et_pb_column et_pb_column_4_4\"><div class=\"et_pb_module et_pb_post_title\">\
             <h1 class=\"entry-title\">{t}</h1><p class=\"meta\"><span class=\"published\">May {d}, 2024</span> | \
             <a href=\"{u}#respond\">0 comments</a></p></div></div></div></div>\
             <div class=\"et_pb_section et_pb_section_1_tb_body\"><div class=\"et_pb_row et_pb_row_1_tb_body\">\
             <div class=\"et_pb_column et_pb_column_2_3\">\
             <div class=\"et_pb_module et_pb_text et_pb_text_0_tb_body\"><div class=\"et_pb_text_inner\">{a}</div></div>\
             <div class=\"et_pb_module et_pb_promo\"><h2>Join our mailing list</h2><a href=\"/newsletter/\">Subscribe</a></div>\
             <div class=\"et_pb_module et_pb_text et_pb_text_1_tb_body\"><div class=\"et_pb_text_inner\">{b}</div></div>\
             </div><div class=\"et_pb_column et_pb_column_1_3\"><div class=\"et_pb_widget\"><h4>Recent Posts</h4>\
             <ul><li><a href=\"/a\">One</a></li><li><a href=\"/b\">Two</a></li></ul></div></div></div></div>\
             <div class=\"et_pb_section et_pb_section_2_tb_body\"><div class=\"et_pb_row et_pb_row_2_tb_body\">\
             <div class=\"et_pb_column et_pb_column_4_4\"><div class=\"et_pb_module et_pb_divider\"></div>\
             <div class=\"et_pb_module et_pb_text et_pb_text_2_tb_body\"><div class=\"et_pb_text_inner\">{c}</div></div>\
             </div></div></div></div></div>",
            u = layouts::url(n),
            t = layouts::title(n),
            d = n + 1,
            a = paras(n, 0..6),
            b = paras(n, 6..8),
            c = paras(n, 8..12),
        )
    };
    let body: String = (0..4).map(story).collect();
    let html = layouts::page(0, &format!("<div id=\"et-main-area\">{body}</div>"), "");
    check_layout("page builder", &html);
    for n in 0..4 {
        let article = extract(&html, &layouts::url(n));
        for p in [0, 7, 11] {
            let own = layouts::paragraph(n, p);
            assert!(
                article.text.contains(&own[..60]),
                "story {n}: paragraph {p} is missing"
            );
        }
    }
}

#[test]
fn stories_whose_class_words_a_site_builder_generated_per_element() {
    // A site builder names every element with a hash of its own (`framer-9ziabka`), so
    // no two posts share a class word: their shape says they are copies of one template.
    let hash = |n: usize, part: usize| {
        let letters = "abcdefghjkmnpqrstuvwxyz".as_bytes();
        let word: String = (0..6)
            .map(|i| char::from(letters[(n * 7 + part * 3 + i * 5) % letters.len()]))
            .collect();
        format!("framer-{}{word}", (n + part) % 10)
    };
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"{}\" data-framer-name=\"Post\">\
                 <div class=\"{}\" data-framer-name=\"Title\"><h2 class=\"framer-text\">\
                 <a class=\"framer-text\" href=\"{u}\">{t}</a></h2></div>\
                 <div class=\"{}\" data-framer-name=\"Meta\"><p class=\"framer-text\">May {d}, 2024</p></div>\
                 <div class=\"{}\" data-framer-name=\"Content\">{p}</div></div>",
                hash(n, 0),
                hash(n, 1),
                hash(n, 2),
                hash(n, 3),
                u = layouts::url(n),
                t = layouts::title(n),
                d = n + 3,
                p = layouts::paras(n, 4, "<p class=\"framer-text\">", "</p>"),
            )
        })
        .collect();
    check_layout(
        "generated classes",
        &layouts::page(0, &format!("<div id=\"main\">{body}</div>"), ""),
    );
}

#[test]
fn a_front_page_of_issues_shows_the_issue_its_anchor_names() {
    // A newsletter's archive on its front page, each issue an item whose id is its slug,
    // its headline linking to that anchor: `/#slug` names the issue, and the front page
    // is no article whose parts the issues are.
    let slug = |n: usize| format!("issue-{n}-of-the-letter");
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div role=\"listitem\" class=\"collection-item w-dyn-item\" id=\"{s}\">\
                 <div class=\"text-block-7\">Issue #{i} · May {d}, 2024</div>\
                 <h3 class=\"heading-3\"><a href=\"/#{s}\">{t}</a></h3>\
                 <div class=\"rich-text-block w-richtext\">{p}</div>\
                 <a href=\"/issues/{s}\" class=\"link-block\">Read more</a></div>",
                s = slug(n),
                i = 40 - n,
                d = n + 3,
                t = layouts::title(n),
                p = layouts::paras(n, 4, "<p>", "</p>"),
            )
        })
        .collect();
    let html = format!(
        "<!doctype html><html><head><title>The Letter</title></head><body>\
         <div class=\"navbar\"><a href=\"/\">The Letter</a><a href=\"/#archive\">Archive</a></div>\
         <div id=\"archive\"><h2>Past issues</h2><div role=\"list\" class=\"collection-list\">{body}\
         </div></div></body></html>"
    );
    check_layout_at("front page of issues", &html, |n| {
        format!("https://letter.example/#{}", slug(n))
    });
}

#[test]
fn a_paragraph_that_is_one_long_link_heads_its_story() {
    // A site builder sets each post's headline as a paragraph holding one link; one is
    // as long as a sentence: it heads its post, it does not open its prose.
    let body: String = (0..4)
        .map(|n| {
            let long = if n == 2 {
                ": a longer headline, with commas, that runs well past eighty characters"
            } else {
                ""
            };
            format!(
                "<section class=\"yaqOZd\"><div class=\"tyJCtd\">\
                 <p class=\"zfr3Q\"><a href=\"{u}\"><span style=\"font-size:24pt\">{t}{long}\
                 </span></a></p>\
                 <p class=\"zfr3Q\"><span>Posted May {d}, 2024 by Sam Writer</span></p>{p}</div></section>",
                u = layouts::url(n),
                t = layouts::title(n),
                d = n + 3,
                p = layouts::paras(n, 4, "<p class=\"zfr3Q\"><span>", "</span></p>"),
            )
        })
        .collect();
    // The site's navigation lists every post.
    let nav: String = (0..4)
        .map(|n| {
            format!(
                "<li><a href=\"{}\">{}</a></li>",
                layouts::url(n),
                layouts::title(n)
            )
        })
        .collect();
    check_layout(
        "link paragraphs",
        &layouts::page(
            0,
            &format!("<nav class=\"JzO0Vc\"><ul>{nav}</ul></nav><div class=\"UtePc\">{body}</div>"),
            "",
        ),
    );
}

#[test]
fn items_in_layout_tables_appended_below_the_pages_own() {
    // An item page laid out in tables (Hacker News-like): the page's own item, its
    // comments, then items a script appended, each in a wrapper whose first element is
    // the item's table. The title in a table cell heads each; the comments between the
    // page's own item and the appended ones are its, not a story.
    let item = |n: usize| {
        format!(
            "<table class=\"fatitem\" border=\"0\"><tr class=\"athing submission\">\
             <td class=\"title\"><span class=\"titleline\"><a href=\"{u}\">{t}</a></span></td></tr>\
             <tr><td class=\"subtext\"><span class=\"score\">{s} points</span> by \
             <a href=\"user?id=writer{n}\" class=\"hnuser\">writer{n}</a> \
             <span class=\"age\"><a href=\"{u}\">on May {d}, 2024</a></span></td></tr>\
             <tr><td><div class=\"toptext\">{p}</div></td></tr></table>\
             <table class=\"comment-tree\"><tr class=\"athing comtr\"><td><div class=\"comment\">\
             <div class=\"commtext\">A reader's comment on this item, which goes on for a \
             while to say what they thought of it and why it mattered to them at all.</div>\
             </div></td></tr></table>",
            u = layouts::url(n),
            t = layouts::title(n),
            s = 100 + n,
            d = n + 3,
            p = layouts::paras(n, 4, "<p>", ""),
        )
    };
    let appended: String = (1..4)
        .map(|n| {
            format!(
                "<hr class=\"ihn-sep\"><div class=\"ihn-page\">{}</div>",
                item(n)
            )
        })
        .collect();
    let html = format!(
        "<!doctype html><html><head><title>{t} | Hacker News</title></head><body><center>\
         <table id=\"hnmain\"><tr><td><span class=\"pagetop\"><a href=\"news\">Hacker News</a>\
         </span></td></tr><tr><td>{own}{appended}</td></tr></table></center></body></html>",
        t = layouts::title(0),
        own = item(0),
    );
    check_layout("items in layout tables", &html);
}

#[test]
fn a_short_post_with_its_related_posts_is_a_story_not_a_listing() {
    // Posts a theme appends one after another, each under its own `h1` and followed by a
    // block of related posts (linked headings with a line each) and a link to the next
    // post; some are short: each is a story, however much of it the related block is.
    let body: String = (0..4)
        .map(|n| {
            let related: String = (0..5)
                .map(|k| {
                    format!(
                        "<div class=\"jeg_post\"><h3 class=\"jeg_post_title\">\
                         <a href=\"/2024/05/0{k}/another-story-{n}-{k}/\">Another story \
                         number {k} from the same section</a></h3>\
                         <div class=\"jeg_meta_date\">May {k}, 2024</div></div>"
                    )
                })
                .collect();
            format!(
                "<div class=\"post-autoload\" data-url=\"{u}\"><div class=\"jeg_inner_content\">\
                 <h1 class=\"jeg_post_title\">{t}</h1>\
                 <div class=\"jeg_meta_container\"><div class=\"jeg_meta_author\">by \
                 <a href=\"/author/sam\">Sam Writer</a></div><div class=\"jeg_meta_date\">\
                 <a href=\"{u}\">May {d}, 2024</a></div></div>\
                 <div class=\"content-inner\">{p}</div>\
                 <div class=\"jeg_prevnext_post\"><a href=\"{next}\">Next post</a></div>\
                 <div class=\"jnews_related_post_container\"><h3>Related Posts</h3>{related}</div>\
                 </div></div>",
                next = layouts::url(n + 1),
                u = layouts::url(n),
                t = layouts::title(n),
                d = n + 3,
                p = layouts::paras(n, if n % 2 == 1 { 12 } else { 2 }, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "short posts with related posts",
        &layouts::page(0, &format!("<div class=\"post-wrapper\">{body}</div>"), ""),
    );
}

#[test]
fn a_separator_naming_the_next_story_does_not_claim_it() {
    // Stories appended behind a "Next news" separator that carries the next story's
    // address in `data-next-url`: the address is the story's below it, not the
    // separator's, whose story is the one before it.
    let body: String = (0..4)
        .map(|n| {
            let separator = if n + 1 < 4 {
                format!(
                    "<div class=\"infinite-separator\" data-next-url=\"{}\"><span>Next news</span></div>",
                    layouts::url(n + 1)
                )
            } else {
                String::new()
            };
            format!(
                "<article class=\"article\" data-url=\"{u}\"><h1 class=\"article__title\">{t}</h1>\
                 <div class=\"article__byline\">By Sam Writer</div>\
                 <div class=\"article__body\">{p}</div></article>{separator}",
                u = layouts::url(n),
                t = layouts::title(n),
                p = layouts::paras(n, 5, "<p>", "</p>"),
            )
        })
        .collect();
    check_layout(
        "separators naming the next story",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

#[test]
fn the_pages_own_post_before_its_comments_and_the_posts_loaded_after() {
    // A blog post, its comments under a heading that repeats its title ("3 thoughts on
    // …"), then a load-more wrapper holding the next posts: the post is the page's own
    // story, one of the page's several.
    let post = |n: usize, class: &str| {
        format!(
            "<{tag} class=\"{class}\" data-url=\"{u}\"><header class=\"entry-header\">\
             <h1 class=\"entry-title\">{t}</h1><div class=\"entry-meta\">By Sam Writer · \
             May {d}, 2024</div></header><div class=\"entry-content\">{p}</div></{tag}>",
            tag = if n == 0 { "article" } else { "div" },
            u = layouts::url(n),
            t = layouts::title(n),
            d = n + 3,
            p = layouts::paras(n, 5, "<p>", "</p>"),
        )
    };
    let loaded: String = (1..4).map(|n| post(n, "alm-single-post")).collect();
    let comments = format!(
        "<div id=\"comments\" class=\"comments-area\"><h3 class=\"comments-title\">3 thoughts \
         on “{t}”</h3><ol class=\"comment-list\"><li class=\"comment\"><p>A reader's comment \
         on the post, which goes on for a while to say what they thought of it and why it \
         mattered to them.</p></li><li class=\"comment\"><p>Another reader answers at some \
         length, with a story of their own about the same place and the people there.</p>\
         </li>{more}</ol></div>",
        t = layouts::title(0),
        more = (0..4)
            .map(|k| {
                format!(
                    "<li class=\"comment\"><p>Reader {k} writes back about the pier and the \
                     winter storms, and about what the harbour meant to their family.</p></li>"
                )
            })
            .collect::<String>(),
    );
    let body = format!(
        "<main id=\"main\">{own}{comments}<div id=\"ajax-load-more\"><div class=\"alm-listing\">\
         {loaded}</div></div></main>",
        own = post(0, "post type-post"),
    );
    check_layout(
        "a post, its comments and the posts loaded after",
        &layouts::page(0, &body, ""),
    );
}

#[test]
fn a_previous_route_kept_hidden_is_not_a_story() {
    // A single-page app keeps the route the reader came from mounted but `hidden`, a whole
    // story in it; the visible route holds the page's story and those appended below it.
    let story = |n: usize| {
        format!(
            "<article class=\"sc-1wGBaF\" data-article-id=\"{id}\"><h1 class=\"sc-rbmLeO\">\
             <a href=\"{u}\">{t}</a></h1><div class=\"sc-c5slkX\">By Sam Writer</div>\
             <div class=\"_dbfb11\">{p}</div></article>",
            id = 4000 + n,
            u = layouts::url(n),
            t = layouts::title(n),
            p = layouts::paras(n, 5, "<p>", "</p>"),
        )
    };
    let hidden_route = format!(
        "<section class=\"sc-cbFcHd\" data-route=\"/article/earlier\" hidden>{}</section>",
        story(4).replace(&layouts::title(0), "An earlier story the reader came from")
    );
    let shown: String = (0..4)
        .map(|n| {
            format!(
                "{}<div class=\"_jlyiar\" role=\"separator\"></div>",
                story(n)
            )
        })
        .collect();
    let body = format!(
        "<main class=\"sc-oEUHKk\">{hidden_route}<section class=\"sc-cbFcHd\" \
         aria-current=\"page\">{shown}</section></main>"
    );
    check_layout("a previous route kept hidden", &layouts::page(0, &body, ""));
}

#[test]
fn stories_whose_rails_are_set_after_the_last_of_them() {
    // A grid magazine: each story's text column, then one block holding every story's
    // rail (share links with the story's address) after the last story. A story's own
    // element names its address; the last story's rails do not make every address its.
    let stories: String = (0..4)
        .map(|n| {
            format!(
                "<article class=\"stream-grid__story\" data-url=\"{u}\" style=\"grid-row: {r}\">\
                 <header class=\"article-header\"><h1 class=\"article-header__title\">{t}</h1>\
                 <div class=\"article-header__byline\">By Sam Writer</div></header>\
                 <div class=\"article-body\">{p}</div></article>",
                u = layouts::url(n),
                r = 2 * n + 1,
                t = layouts::title(n),
                p = layouts::paras(n, 5, "<p>", "</p>"),
            )
        })
        .collect();
    let rails: String = (0..4)
        .map(|n| {
            format!(
                "<aside class=\"article-rail\" style=\"grid-column: 2; grid-row: {r}\">\
                 <div class=\"share\"><a href=\"https://twitter.com/intent/tweet?url={u}\">Share</a>\
                 <a href=\"{u}\">Permalink</a></div></aside>",
                r = 2 * n + 1,
                u = layouts::url(n),
            )
        })
        .collect();
    let body = format!(
        "<main><div class=\"stream-grid\" style=\"display: grid\">{stories}\
         <div class=\"stream-grid__rails\" style=\"display: contents\">{rails}</div></div></main>"
    );
    check_layout("rails after the last story", &layouts::page(0, &body, ""));
}

#[test]
fn stories_folded_behind_an_expand_button_come_whole() {
    // A tabloid's stories show their headline, standfirst and first paragraph; the rest of
    // each is `display:none` behind an "Expand article" button until pressed. The folded
    // text is the story's: each story is found with all of it.
    let body: String = (0..4)
        .map(|n| {
            format!(
                "<div class=\"article-text\" data-url=\"{u}\"><h1>{t}</h1>\
                 <p class=\"byline\">By Sam Writer</p><p>{first}</p>\
                 <button type=\"button\" class=\"expand-article-btn\" aria-expanded=\"false\" \
                 aria-controls=\"body-{n}\">Expand article</button>\
                 <div class=\"article-body-collapsed\" id=\"body-{n}\" style=\"display:none\">\
                 {rest}</div></div>",
                u = layouts::url(n),
                t = layouts::title(n),
                first = layouts::paragraph(n, 0),
                rest = (1..6)
                    .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
                    .collect::<String>(),
            )
        })
        .collect();
    check_layout(
        "stories folded behind an expand button",
        &layouts::page(0, &format!("<main>{body}</main>"), ""),
    );
}

#[test]
fn photo_essays_told_in_their_captions_are_stories() {
    // A gallery page appends the next galleries: each an intro paragraph and pictures whose
    // long captions tell the story. The captions are each gallery's text, so the
    // galleries are stories apart, and the chosen one comes with all its captions.
    let galleries: Vec<String> = (0..4)
        .map(|n| {
            let slides: String = (1..6)
                .map(|p| {
                    format!(
                        "<figure class=\"gallery__figure\"><img src=\"/photos/{n}/{p}.jpg\" \
                         alt=\"\"><figcaption><span class=\"counter\">{p} of 5</span> \
                         {}</figcaption></figure>",
                        layouts::paragraph(n, p)
                    )
                })
                .collect();
            format!(
                "<article class=\"gallery\" data-url=\"{u}\"><header><h2><a href=\"{u}\">{t}</a>\
                 </h2><span>In pictures</span></header><div class=\"gallery__intro\">\
                 <p>{intro}</p></div>\
                 <div class=\"gallery__slides\">{slides}</div></article>",
                u = layouts::url(n),
                t = layouts::title(n),
                intro = layouts::paragraph(n, 0),
            )
        })
        .collect();
    // The page's own gallery, then the next ones under "More galleries".
    let html = layouts::page(
        0,
        &format!(
            "<main>{}<section class=\"more-galleries\"><h2>More galleries</h2>\
             <div class=\"gallery-stream\">{}</div></section></main>",
            galleries[0],
            galleries[1..].concat()
        ),
        "",
    );
    check_layout("photo essays told in their captions", &html);
    for n in 0..4 {
        let text = extract(&html, &layouts::url(n)).text;
        assert!(
            (1..6).all(|p| text.contains(&format!("(story {n}, part {p})"))),
            "gallery {n} comes without some of its captions: {text:?}"
        );
    }
}

#[test]
fn paragraphs_classed_as_walled_text_are_the_article() {
    // Google's markup for paywalled content names the walled text by a class of its
    // own: every paragraph after the first three carries `class="paywall"`. They are the
    // article's text; the wall's own bar (`paywall-bar`) is not.
    let paragraphs: String = (3..9)
        .map(|p| format!("<p class=\"paywall\">{}</p>", layouts::paragraph(0, p)))
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<main><article><h1>{t}</h1><div class=\"body\"><p class=\"has-dropcap\">{}</p>\
             <p>{}</p><p>{}</p>{paragraphs}</div><div class=\"paywall-bar\"><p>You have read 2 of 3 free \
             articles this month. Subscribe for unlimited access.</p></div></article></main>",
            layouts::paragraph(0, 0),
            layouts::paragraph(0, 1),
            layouts::paragraph(0, 2),
            t = layouts::title(0),
        ),
        "",
    );
    let text = extract(&html, &layouts::url(0)).text;
    for p in 0..9 {
        assert!(
            text.contains(&format!("(story 0, part {p})")),
            "paragraph {p} is missing: {text:?}"
        );
    }
    assert!(
        !text.contains("free articles"),
        "the wall's bar is kept: {text:?}"
    );
}

#[test]
fn posts_appended_in_a_load_more_list_are_stories_titled_or_not() {
    // A page builder's post page: its own post bare in the content wrapper, the next
    // posts loaded into a list, each wrapper naming its post's address. One appended post
    // has a title the finder reads, the others none (a status post, a title set as a
    // picture). Each post is a story of its own.
    let post = |n: usize| {
        let title = match n {
            0 => format!("<h1>{}</h1>", layouts::title(n)),
            1 => format!("<h2>{}</h2>", layouts::title(n)),
            _ => String::new(),
        };
        format!(
            "<div class=\"elementor elementor-2345 elementor-location-single\">\
             <div class=\"elementor-widget\">{title}</div><div class=\"elementor-widget\">\
             <ul class=\"post-info\"><li>May 4</li></ul></div><div class=\"elementor-widget \
             text-editor\"><p>{}</p><p>{}</p><p>{}</p><p>{}</p></div><div class=\"elementor-widget \
             share\"><a href=\"https://www.facebook.com/sharer.php?u={u}\">Share</a></div></div>",
            layouts::paragraph(n, 1),
            layouts::paragraph(n, 2),
            layouts::paragraph(n, 3),
            layouts::paragraph(n, 4),
            u = layouts::url(n),
        )
    };
    let appended: String = (1..4)
        .map(|n| {
            format!(
                "<div class=\"alm-single-post post-{id}\" data-id=\"{id}\" data-url=\"{u}\">{}</div>",
                post(n),
                id = 6000 + n * 37,
                u = layouts::url(n),
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<div id=\"content\" class=\"site-content\">{}<div id=\"ajax-load-more\" \
             class=\"ajax-load-more-wrap\"><div class=\"alm-listing\">{appended}</div>\
             </div></div>",
            post(0)
        ),
        "",
    );
    check_layout("posts appended in a load-more list", &html);
}

#[test]
fn an_articles_own_aside_marked_complementary_is_its_text() {
    // A box the reporter wrote inside the article (a timeline, "Key takeaways"), marked
    // `role=complementary` as set beside the text, is the article's; the page's rail,
    // marked the same way outside the article, and a box of links inside it are not.
    let timeline: String = (0..5)
        .map(|i| {
            format!(
                "<li><strong>June 20{i}:</strong> {}</li>",
                layouts::paragraph(0, 10 + i)
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<main><article><h1>{t}</h1><div class=\"body\"><p>{}</p><p>{}</p>\
             <div class=\"inline-box timeline\" role=\"complementary\"><h3>Timeline: how we \
             got here</h3><ul>{timeline}</ul></div><p>{}</p><p>{}</p>\
             <div class=\"inline-box\" role=\"complementary\"><h3>More on this</h3><ul>\
             <li><a href=\"/a\">The council votes again on the quarry</a></li>\
             <li><a href=\"/b\">Ferry timetable changes for the summer</a></li></ul></div>\
             </div></article><div class=\"rail\" role=\"complementary\"><h3>Most read</h3>\
             <p>A rail's note on the week's most read stories, a list kept apart from any \
             article.</p></div></main>",
            layouts::paragraph(0, 0),
            layouts::paragraph(0, 1),
            layouts::paragraph(0, 2),
            layouts::paragraph(0, 3),
            t = layouts::title(0),
        ),
        "",
    );
    let text = extract(&html, &layouts::url(0)).text;
    for p in (0..4).chain(10..15) {
        assert!(
            text.contains(&format!("(story 0, part {p})")),
            "block {p} is missing: {text:?}"
        );
    }
    assert!(
        !text.contains("quarry"),
        "the box of links is kept: {text:?}"
    );
    assert!(
        !text.contains("most read"),
        "the page's rail is kept: {text:?}"
    );
}

#[test]
fn a_review_set_as_an_article_is_a_story_not_a_readers_review() {
    // A tech site's review stream: the page's own review an `<article>` classed
    // `review-article`, the next reviews appended in wrappers naming their addresses,
    // the page's address naming the first. "review" in a class names a reader's review
    // (a unit that is no story); a class word naming an article is one.
    let review = |n: usize, parts: usize| {
        let heading = if n == 0 { "h1" } else { "h2" };
        let body: String = (0..parts)
            .map(|p| format!("<p>{}</p>", layouts::paragraph(n, p)))
            .collect();
        format!(
            "<article class=\"review-article news-article\" data-url=\"{u}\">\
             <header class=\"article-header\"><{heading}><a href=\"{u}\">{t}</a></{heading}>\
             </header><div class=\"article-body\">{body}</div></article>",
            u = layouts::url(n),
            t = layouts::title(n),
        )
    };
    // The appended reviews are longer: a page read as one story shows the longest.
    let appended: String = (1..3)
        .map(|n| {
            format!(
                "<div class=\"infinite-scroll-article\" data-article-url=\"{}\">{}</div>",
                layouts::url(n),
                review(n, 8),
            )
        })
        .collect();
    let html = layouts::page(
        0,
        &format!(
            "<main><div class=\"article-stream\">{}{appended}</div></main>",
            review(0, 4)
        ),
        "",
    );
    let text = extract(&html, &layouts::url(0)).text;
    assert!(text.contains("(story 0, part 0)"), "{text:?}");
    assert!(
        !text.contains("(story 1,"),
        "another review shown: {text:?}"
    );
}
