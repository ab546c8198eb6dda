//! The pipeline, stage by stage: parse → metadata → prepare → locate → score and
//! select → clean → boilerplate → media and links → sanitize → assemble.

use scraper::Html;

use crate::cleanup::{boilerplate, clean, media};
use crate::dom::Tree;
#[cfg(feature = "html-parser")]
use crate::input::encoding;
use crate::input::{flat_dom, parse};
use crate::select::policy::Attempt;
use crate::select::score::Selection;
use crate::select::{retry, score};
use crate::{
    assemble, explain, locate, metadata, prepare, readable, sanitize, Article, Error, Options,
};

/// Extracts the page's own article from `html`.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    let base = parse::base_url(options)?;
    let page = parse::page(html, options)?;
    let again = || parse::page(html, options).ok().map(|p| p.doc);
    let fresh = retry::fresh_pages(page.parsed_bytes, again);
    extract_tree(page.doc, fresh, base, options)
}

/// Extracts the page's own article from its bytes, decoded as a browser would decode them
/// (see [`crate::Options::encoding`]): a byte order mark, else the override, else the
/// `charset` of `content_type` (the HTTP `Content-Type` value, e.g. `text/html;
/// charset=Shift_JIS`), else a `<meta>` declaration in the first 1024 bytes, else UTF-8
/// when the bytes are valid UTF-8, else the guess of the detector Firefox uses (hinted by
/// the top-level domain of [`Options::url`]). `diagnostics.encoding` and
/// `diagnostics.encoding_source` say which encoding was used and why.
#[cfg(feature = "html-parser")]
pub fn extract_bytes(
    bytes: &[u8],
    content_type: Option<&str>,
    options: &Options,
) -> Result<Article, Error> {
    let decoded = encoding::decode_input(bytes, content_type, options)?;
    let mut article = extract(&decoded.text, options)?;
    article.diagnostics.encoding = Some(decoded.encoding.name().to_string());
    article.diagnostics.encoding_source = Some(decoded.source.name().to_string());
    Ok(article)
}

/// [`is_probably_readable`] for a page given as bytes, decoded as [`extract_bytes`] decodes
/// them (without an override).
#[cfg(feature = "html-parser")]
pub fn is_probably_readable_bytes(bytes: &[u8], content_type: Option<&str>) -> bool {
    let context = encoding::Context {
        content_type,
        ..Default::default()
    };
    is_probably_readable(&encoding::decode(bytes, context).text)
}

/// The WHATWG name of the encoding a label names, as [`crate::Options::encoding`] accepts
/// it: `encoding_name("latin1") == Ok("windows-1252")`, `encoding_name("sjis") ==
/// Ok("Shift_JIS")`; [`Error::UnknownEncoding`] for anything else.
#[cfg(feature = "html-parser")]
pub fn encoding_name(label: &str) -> Result<&'static str, Error> {
    encoding::override_encoding(label).map(|e| e.name())
}

/// Extracts the article from a browser document in the flat form (see [`flat_dom`]),
/// trying its [`flat_dom::RENDERING_POLICIES`] in order while they build different trees:
/// the first result with at least `char_threshold` characters of text, else the longest.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn extract_flat(flat: &str, options: &Options) -> Result<Article, Error> {
    let base = parse::base_url(options)?;
    let mut longest: Option<Article> = None;
    // Subtrees the previous policy left out for rendering: none means the next tree would
    // be the same one again.
    let mut left_out = usize::MAX;
    for &rendering in flat_dom::RENDERING_POLICIES {
        if left_out == 0 {
            break;
        }
        let built = flat_dom::flat_tree(flat, options, rendering)?;
        left_out = built.unrendered;
        let again = || {
            flat_dom::flat_tree(flat, options, rendering)
                .ok()
                .map(|b| b.doc)
        };
        let fresh = retry::fresh_pages(flat.len(), again);
        match extract_tree(built.doc, fresh, base.clone(), options) {
            Ok(article) if article.text.chars().count() >= options.char_threshold => {
                return Ok(article)
            }
            Ok(article) => {
                if longest
                    .as_ref()
                    .is_none_or(|l| article.text.len() > l.text.len())
                {
                    longest = Some(article);
                }
            }
            Err(Error::NoArticle) => {}
            Err(e) => return Err(e),
        }
    }
    longest.ok_or(Error::NoArticle)
}

/// The stages after parsing, for a document tree from the parser or from a live DOM.
/// `fresh` says how retries get the page again (see [`retry::Fresh`]).
pub(crate) fn extract_tree(
    mut doc: Html,
    fresh: retry::Fresh<impl Fn() -> Option<Html>>,
    base: Option<url::Url>,
    options: &Options,
) -> Result<Article, Error> {
    let recorder = explain::start(options, &doc.tree);
    let meta = metadata::read(&doc, base.as_ref());
    prepare::prepare(&mut doc);
    let prepared = explain::take();
    let page = locate::page_article(&mut doc, &meta, base.as_ref());
    let (run, root, nested) = (page.run, page.root, page.nested.clone());
    let fresh = fresh.map(|reparse| {
        move || {
            reparse().map(|mut again| {
                prepare::prepare(&mut again);
                locate::unnest(&mut again, &nested);
                let enclosed = locate::enclose(&mut again, run);
                debug_assert!(enclosed.is_none_or(|wrapper| wrapper == root));
                again
            })
        }
    });
    let steps = Steps {
        page: &page,
        title: &meta.title,
    };
    let mut found = retry::first_sufficient(doc, fresh, options, &steps).ok_or(Error::NoArticle)?;
    media::finish(
        &mut found.tree,
        found.selection.content,
        base.as_ref(),
        options,
    );
    let content = sanitize::content(&mut found.tree, found.selection.content, options);
    let stories = explain::stories(recorder.as_ref(), &page.stories, page.story());
    let removals = explain::finish(
        recorder,
        prepared
            .into_iter()
            .chain(std::mem::take(&mut found.removals)),
    );
    Ok(assemble::article(
        meta,
        &page,
        &found,
        content,
        (removals, stories),
    ))
}

/// The steps of one extraction attempt on the located page: scoring (a walk, then the
/// selection), then cleaning.
struct Steps<'a> {
    page: &'a locate::Located,
    title: &'a str,
}

impl retry::Steps for Steps<'_> {
    type Walked = score::Walked;

    fn walk(&self, tree: &mut Tree, attempt: &Attempt) -> score::Walked {
        score::walk_page(tree, self.page, self.title, attempt)
    }

    fn select(&self, tree: &mut Tree, walked: score::Walked, attempt: &Attempt) -> Selection {
        score::select(tree, self.page, walked, attempt)
    }

    fn finish(&self, tree: &mut Tree, selection: &Selection, attempt: &Attempt) {
        clean::clean(tree, selection.content, attempt);
        boilerplate::remove(tree, selection.content);
        locate::strip(tree, &self.page.furniture);
    }
}

/// Cheap check: does this page look like it carries an article?
pub fn is_probably_readable(html: &str) -> bool {
    readable::is_probably_readable(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page whose article sits in a "sidebar": the strict policy removes it, so only a
    /// retry finds it.
    fn page_needing_a_retry() -> String {
        let paragraph = "<p>Otters have been recorded breeding on every stretch of the river, \
            according to a survey published on Tuesday, and volunteers say the change came \
            faster than anyone expected, after years of work on the water.</p>";
        format!(
            "<html><body><div class=\"sidebar\">{}</div><nav><a href=\"/\">Home</a></nav></body></html>",
            paragraph.repeat(5)
        )
    }

    /// A wrapper that scoring replaces by its only paragraph keeps its class words for
    /// the boilerplate stage: an author bio set as `div.author-bio > p` stays a bio.
    #[test]
    fn a_single_paragraph_wrapper_keeps_its_furniture_class() {
        let paragraph = "<p>Otters have been recorded breeding on every stretch of the river, \
            according to a survey published on Tuesday, and volunteers say the change came \
            faster than anyone expected, after years of work on the water.</p>";
        let bio = "Sam Reed studied biology before joining the paper as a trainee; \
            in her spare time she is found in the pool, sometimes on a bike, rarely running.";
        let page = format!(
            "<html><body><article><h1>Otters return</h1>{}\
             <div class=\"post-author-bio\"><p>{bio}</p></div></article></body></html>",
            paragraph.repeat(5)
        );
        let article = extract(&page, &Options::default()).expect("an article");
        assert!(article.text.contains("Otters have been recorded"));
        assert!(!article.text.contains("Sam Reed"), "{}", article.text);
    }

    /// A short page every policy of the ladder retries on: strict strips the sidebar and
    /// weighs the container's class, and conditional cleaning takes the row of links, so the
    /// later policies repeat the first steps of the one before (a walk, then scoring).
    #[test]
    fn retries_that_resume_after_repeated_steps_give_what_rebuilt_pages_give() {
        let html = "<html><body><div class=\"sidebar\"><p>Elsewhere, with a comma, \
            a short note.</p></div><div class=\"article-content\"><p>Otters have been \
            recorded breeding on every stretch of the river, according to a survey.</p>\
            <div><a href=\"/a\">One</a> <a href=\"/b\">Two</a></div></div></body></html>";
        let options = Options::default();
        let (_, text) = parse::bound(html, &options).unwrap();
        let parsed = || parse::parse(&text, &options).ok();
        let extracted =
            |fresh| extract_tree(parsed().unwrap(), fresh, None, &options).expect("an article");
        let copied = extracted(retry::Fresh::Copy(parsed));
        let rebuilt = extracted(retry::Fresh::Rebuild(parsed));
        assert_eq!(copied.diagnostics.policy, "keep-all-blocks");
        assert_eq!(copied, rebuilt);
    }

    #[test]
    fn retries_on_a_rebuilt_page_give_what_retries_on_a_copy_give() {
        let html = page_needing_a_retry();
        let options = Options::default();
        let (_, text) = parse::bound(&html, &options).unwrap();
        let parsed = || parse::parse(&text, &options).ok();
        let copy = retry::fresh_pages(0, parsed);
        assert!(matches!(copy, retry::Fresh::Copy(_)));
        let copied = extract_tree(parsed().unwrap(), copy, None, &options).expect("an article");
        let rebuilt = extract_tree(
            parsed().unwrap(),
            retry::Fresh::Rebuild(parsed),
            None,
            &options,
        )
        .expect("an article");
        assert_ne!(
            copied.diagnostics.policy, "strict",
            "the page needs a retry"
        );
        assert_eq!(copied, rebuilt);
    }
}
