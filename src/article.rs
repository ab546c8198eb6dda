//! The result callers get: plain data about the article, its safe HTML and its text.

use serde::{Deserialize, Serialize};

/// One extracted article. Every string field is plain text except `content`, which is a
/// sanitized HTML fragment safe to insert into any page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The article's title.
    pub title: String,
    /// The author line, as the page states it.
    pub byline: Option<String>,
    /// The name of the site or publication.
    pub site_name: Option<String>,
    /// When the article was published, as the page states it.
    pub published_time: Option<String>,
    /// The language of the page (`<html lang>`, or its metadata).
    pub lang: Option<String>,
    /// Text direction of the article (`ltr`, `rtl`) when the page sets one.
    pub dir: Option<String>,
    /// A short summary: the page's description, else the article's first paragraph.
    pub excerpt: Option<String>,
    /// The article's lead image, as an absolute URL.
    pub lead_image_url: Option<String>,
    /// The page's own address as the page states it (canonical link, `og:url`), absolute.
    pub url: Option<String>,
    /// Sanitized HTML fragment of the article body.
    pub content: String,
    /// Plain text: one block per line, a blank line between paragraphs.
    pub text: String,
    /// Words in `text`.
    pub word_count: usize,
    /// Estimated minutes to read `text`.
    pub reading_time_minutes: u32,
    /// How the article was found: which signal chose the story, which retry policy won.
    /// The browser module does not read it back (its `renderReadingView` and `toMarkdown`
    /// take an article without looking at how it was found), so it carries no code for it.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub diagnostics: Diagnostics,
}

/// Why the extractor decided what it did, for people tuning or questioning a result.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostics {
    /// Which signal chose the story on the page, as a stable code: `single-story` (the
    /// page carries one), `reading-position` (the story a live page marked as being
    /// read), `current-url` (the story naming or linking to `Options::url`),
    /// `canonical-url` (the address the page's metadata gives), `title` (the story whose
    /// heading matches the page's title), `unnamed` (the one story without a permalink of
    /// its own), `document-order` (the first story). One of [`crate::STORY_SIGNALS`].
    pub story_signal: String,
    /// The retry policy whose attempt was kept (e.g. "strict", "keep-unlikely").
    pub policy: String,
    /// With [`crate::Options::explain`]: the elements the extractor removed, and by which
    /// rule. Elements outside the chosen article are not listed: they were never selected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removals: Vec<Removal>,
    /// Pages given as bytes ([`crate::extract_bytes`]): the encoding they were decoded
    /// with, by its WHATWG name ("UTF-8", "windows-1252", "Shift_JIS", …).
    #[cfg(feature = "html-parser")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// What chose `encoding`: "bom", "override" ([`crate::Options::encoding`]),
    /// "content-type", "meta", "xml-declaration", "fallback-utf8" (undeclared, valid
    /// UTF-8) or "fallback-detected" (undeclared, not UTF-8: the detector's guess).
    #[cfg(feature = "html-parser")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding_source: Option<String>,
    /// On a page that carries several stories (infinite scroll, a blog's full posts):
    /// each of them, in document order, and which one the article holds. Empty on a
    /// page with one story.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryFound>,
}

/// One story found on a page that carries several.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoryFound {
    /// The story's headline as the page shows it (empty when it has none).
    pub heading: String,
    /// Whether this is the story the article holds.
    pub chosen: bool,
    /// With [`crate::Options::explain`]: a CSS selector for the story's element in the
    /// page as parsed, as in [`Removal::selector`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
}

/// One element the extractor removed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Removal {
    /// A CSS selector for the element in the page as parsed (`html > body:nth-child(2) >
    /// …`): `document.querySelector` finds it in the same HTML parsed by a browser.
    pub selector: String,
    /// The rule that removed it, as a stable code (`never-content`, `hidden`, `conditional`,
    /// `furniture`, …: one of [`crate::REMOVAL_RULES`]).
    pub rule: String,
}
