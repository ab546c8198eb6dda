//! The pipeline, stage by stage: parse → prepare → metadata → locate → score → clean →
//! media → sanitize → serialize.

use crate::{Article, Error, Options};

/// Extracts the page's own article from `html`.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    let _ = (html, options);
    Err(Error::NoArticle)
}

/// Cheap check: does this page look like it carries an article?
pub fn is_probably_readable(html: &str) -> bool {
    let _ = html;
    false
}
