//! The tag sets and bounds of preparing the parsed page.

/// Elements removed before anything else looks at the page.
pub(crate) const NEVER_CONTENT: &[&str] = &["script", "noscript", "style", "template"];

/// Thresholds.
pub(crate) mod threshold {
    pub(crate) use crate::vocabulary::threshold::MAX_DEPTH;
}
