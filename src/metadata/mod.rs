//! Reads what the page says about itself (JSON-LD, meta tags, `<title>`, `<html lang>`),
//! merged by priority into one [`Metadata`] value.

use scraper::Html;
use url::Url;

/// What the page states about its article, before the body is looked at.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Metadata {
    /// Cleaned title (site-name suffixes removed).
    pub title: String,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image_url: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    /// Canonical address (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute.
    pub url: Option<String>,
    /// Every title the page gives itself (og:title, JSON-LD headline, `<title>`, raw
    /// and cleaned), used to recognise the page's own story.
    pub identity_titles: Vec<String>,
    /// Every address the page gives itself (canonical, og:url, JSON-LD url/@id).
    pub identity_urls: Vec<String>,
}

/// Reads the page's metadata. `base` resolves relative URLs.
pub(crate) fn read(doc: &Html, base: Option<&Url>) -> Metadata {
    let _ = (doc, base);
    Metadata::default()
}
