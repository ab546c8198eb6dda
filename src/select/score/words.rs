//! The words, tag sets and thresholds of scoring: candidates, siblings, the selection.

pub(crate) use crate::vocabulary::{marks_article_body, BYLINE, MAYBE_CANDIDATE, UNLIKELY};

/// ARIA roles of page chrome.
pub(crate) const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// ARIA roles of chrome that, inside an [`ARTICLE_ASIDE_ANCESTOR`] and with few links,
/// mark the article's own aside instead (see `threshold::MAX_ARTICLE_ASIDE_LINK_DENSITY`).
pub(crate) const ARTICLE_ASIDE_ROLES: &[&str] = &["complementary"];
pub(crate) const ARTICLE_ASIDE_ANCESTOR: &str = "article";

/// Elements whose text is scored as paragraphs.
pub(crate) const TAGS_TO_SCORE: &[&str] =
    &["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];

/// Siblings of the top candidate never gathered into a story chosen among several,
/// whatever their score: complementary content (each story's rail of teasers beside its
/// body column).
pub(crate) const NEVER_GATHERED_TAGS: &[&str] = &["aside"];

/// Siblings appended to the article keep these tags; others become `<div>`.
pub(crate) const ALTER_TO_DIV_EXCEPTIONS: &[&str] = &["div", "article", "section", "p", "ol", "ul"];

/// Elements that head or wrap a story of their own: a container holding one is not a
/// continuation of the chosen article.
pub(crate) const STORY_BOUNDARY_TAGS: &[&str] = &["h1", "article"];

/// What a custom element's name holds and a standard element's never does.
pub(crate) const CUSTOM_ELEMENT_MARK: char = '-';

/// Thresholds.
pub(crate) mod threshold {
    pub(crate) use crate::vocabulary::threshold::{LEDE_ANCESTOR_LEVELS, MAX_PROSE_LINK_DENSITY};
    /// An article's own aside has a link density below this.
    pub const MAX_ARTICLE_ASIDE_LINK_DENSITY: f64 = 0.25;
    /// Paragraphs shorter than this are not scored.
    pub const MIN_PARAGRAPH_CHARS: usize = 25;
    /// How many ancestors a paragraph's score reaches.
    pub const SCORE_ANCESTOR_LEVELS: usize = 5;
    /// How many top candidates are kept.
    pub const TOP_CANDIDATES: usize = 5;
    /// Alternatives needed to promote a common ancestor.
    pub const MINIMUM_TOP_CANDIDATES: usize = 3;
    /// Paragraph score: one point per this many characters…
    pub const CHARS_PER_LENGTH_POINT: usize = 100;
    /// …up to this many points.
    pub const MAX_LENGTH_POINTS: usize = 3;
    /// A `<div>` holding one `<p>` becomes that `<p>` below this link density.
    pub const SINGLE_P_MAX_LINK_DENSITY: f64 = 0.25;
    /// Candidates scoring at least this share of the best are alternatives to it.
    pub const ALTERNATIVE_SCORE_RATIO: f64 = 0.75;
    /// Siblings join the article above this share of the best score (and above the floor),
    /// and get this share as a bonus when they share its class.
    pub const SIBLING_SCORE_SHARE: f64 = 0.2;
    pub const MIN_SIBLING_SCORE: f64 = 10.0;
    /// A sibling `<p>` longer than this joins when links hold little of it…
    pub const SIBLING_P_CHARS: usize = 80;
    /// Long captions that make a sibling of the chosen block a photo essay's slides.
    pub const MIN_ESSAY_CAPTIONS: usize = 3;
    pub const SIBLING_P_MAX_LINK_DENSITY: f64 = 0.25;
    /// A byline longer than this is not a byline.
    pub const MAX_BYLINE_CHARS: usize = 100;
    /// Repeated containers that split one article are looked for this many ancestors up
    /// from the chosen element…
    pub const CONTINUATION_ANCESTOR_LEVELS: usize = 2;
    /// …and each holds at least this much text.
    pub const MIN_CONTINUATION_CHARS: usize = 200;
}
