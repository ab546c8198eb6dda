//! The tag sets and bounds of preparing the parsed page.

/// Elements removed before anything else looks at the page.
pub(crate) const NEVER_CONTENT: &[&str] = &["script", "noscript", "style", "template"];

/// What a `<noscript>` read as its empty mount point's content becomes.
pub(crate) const FALLBACK_TAG: &str = "div";

/// Thresholds.
pub(crate) mod threshold {
    pub(crate) use crate::vocabulary::threshold::MAX_DEPTH;
    /// Text a `<noscript>` alone in its parent holds, at least, to be read as the story
    /// an app's mount point shows (less is a notice: "You need to enable JavaScript").
    pub(crate) const MIN_FALLBACK_STORY_CHARS: usize = 500;
}
