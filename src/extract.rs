//! The pipeline, stage by stage: parse → metadata → prepare → locate → score and
//! select → clean → boilerplate → media and links → sanitize → assemble.

use scraper::Html;

use crate::{
    assemble, boilerplate, clean, explain, flat_dom, locate, media, metadata, parse, policy,
    prepare, readable, sanitize, score, Article, Error, Options,
};

/// Extracts the page's own article from `html`.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    let base = parse::base_url(options)?;
    let doc = parse::parse(html, options)?;
    extract_tree(doc, base, options)
}

/// Extracts the article from a browser document in the flat form (see [`flat_dom`]),
/// trying its [`flat_dom::RENDERING_POLICIES`] in order: the first result with at least
/// `char_threshold` characters of text, else the longest.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn extract_flat(flat: &str, options: &Options) -> Result<Article, Error> {
    let base = parse::base_url(options)?;
    let mut longest: Option<Article> = None;
    for &rendering in flat_dom::RENDERING_POLICIES {
        let tree = flat_dom::flat_tree(flat, options, rendering)?;
        match extract_tree(tree, base.clone(), options) {
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
pub(crate) fn extract_tree(
    mut doc: Html,
    base: Option<url::Url>,
    options: &Options,
) -> Result<Article, Error> {
    let recorder = explain::start(options, &doc.tree);
    let meta = metadata::read(&doc, base.as_ref());
    prepare::prepare(&mut doc);
    let prepared = explain::take();
    let page = locate::page_article(&doc, &meta, base.as_ref());
    let mut found = policy::first_sufficient(&doc, options, |tree, policy| {
        let selection = score::select(tree, &page, &meta.title, policy);
        clean::clean(tree, selection.content, policy);
        boilerplate::remove(tree, selection.content);
        selection
    })
    .ok_or(Error::NoArticle)?;
    media::finish(
        &mut found.tree,
        found.selection.content,
        base.as_ref(),
        options,
    );
    let content = sanitize::content(&mut found.tree, found.selection.content, options);
    let removals = explain::finish(recorder, prepared.into_iter().chain(found.removals.clone()));
    Ok(assemble::article(meta, &page, &found, content, removals))
}

/// Cheap check: does this page look like it carries an article?
pub fn is_probably_readable(html: &str) -> bool {
    readable::is_probably_readable(html)
}
