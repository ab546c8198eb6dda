//! The thresholds of making images and embeds work outside the page.

pub(crate) use crate::vocabulary::IMAGE_EXTENSIONS;

/// Thresholds.
pub(crate) mod threshold {
    /// Base64 data URLs shorter than this are placeholders (a 1×1 gif or similar).
    pub const PLACEHOLDER_MAX_BASE64: usize = 133;
}
