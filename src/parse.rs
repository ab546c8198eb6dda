//! Turns input text into the document tree, refusing input over the caller's limits.

use scraper::Html;

use crate::{dom, Error, Options};

/// Parses `html` after checking its size; counts elements against the limit.
pub(crate) fn parse(html: &str, options: &Options) -> Result<Html, Error> {
    if html.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes: html.len(),
            limit: options.max_input_bytes,
        });
    }
    if html.trim().is_empty() {
        return Err(Error::NoArticle);
    }
    let doc = dom::parse(html);
    let elements = doc.tree.values().filter(|n| n.is_element()).count();
    if elements > options.max_elements {
        return Err(Error::TooManyElements {
            elements,
            limit: options.max_elements,
        });
    }
    Ok(doc)
}

/// The base URL from the options, if any.
pub(crate) fn base_url(options: &Options) -> Result<Option<url::Url>, Error> {
    match options.url.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(u) => url::Url::parse(u)
            .ok()
            .map(Some)
            .ok_or_else(|| Error::InvalidUrl(u.to_string())),
    }
}
