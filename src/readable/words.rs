//! The thresholds of the quick readability check.

pub(crate) use crate::vocabulary::{MAYBE_CANDIDATE, UNLIKELY};

/// Thresholds.
pub(crate) mod threshold {
    /// `is_probably_readable`: text blocks shorter than this add nothing…
    pub const READABLE_MIN_BLOCK_CHARS: usize = 140;
    /// …and the sum of √(length − that) over blocks must pass this.
    pub const READABLE_MIN_SCORE: f64 = 20.0;
}
