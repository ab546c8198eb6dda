//! The thresholds of the retry loop: when a result reads as the article.

/// Thresholds.
pub(crate) mod threshold {
    pub(crate) use crate::vocabulary::threshold::MAX_PROSE_LINK_DENSITY;
    /// Pages whose text for the parser (after the pre-scan) is this long or longer are
    /// parsed again for each retry instead of keeping a copy of the page (memory over
    /// speed; see `retry::Fresh`).
    pub const REBUILD_FOR_RETRIES_BYTES: usize = 512 * 1024;
    /// Below the character threshold, a result with more of its text in links than this
    /// is a link list, not an article.
    pub const MAX_SHORT_ARTICLE_LINK_DENSITY: f64 = 0.5;
    /// An accepted result shorter than this is checked against the later policies…
    pub const SHORT_RESULT_CHARS: usize = 1000;
    /// …and gives way to one that finds this many times more text…
    pub const SHORT_RESULT_GAIN: usize = 3;
    /// A first attempt with this share of the character threshold in the marked-up
    /// container is kept unless a later attempt finds `SHORT_RESULT_GAIN` times its text.
    pub const NEAR_THRESHOLD_SHARE: f64 = 0.75;
}
