//! What a caller may tune: the page's address, resource limits and a few output knobs.

use serde::{Deserialize, Serialize};

/// Options for [`crate::extract`]. `Options::default()` suits almost every page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Options {
    /// The page's address: relative links and images are resolved against it, and it
    /// helps pick the page's own story on pages that carry several.
    pub url: Option<String>,
    /// Inputs larger than this many bytes are refused with [`crate::Error::InputTooLarge`]
    /// (pages given as bytes: before and after decoding).
    pub max_input_bytes: usize,
    /// Pages with more elements than this are refused with [`crate::Error::TooManyElements`].
    pub max_elements: usize,
    /// Articles with less text than this many characters count as "not found" on the
    /// first pass; later passes relax cleaning before giving up.
    pub char_threshold: usize,
    /// Keep images, figures and allow-listed video embeds in `content`.
    pub keep_media: bool,
    /// Keep `class` attributes on the output (off by default: the reading view styles by tag).
    pub keep_classes: bool,
    /// Report in `diagnostics.removals` which element each rule removed (off by default:
    /// it keeps a copy of the parsed page).
    pub explain: bool,
    /// Pages given as bytes ([`crate::extract_bytes`]): decode them with this encoding,
    /// named by any WHATWG label ("shift_jis", "latin1", "utf-8"), whatever the
    /// `Content-Type` or the page declares. A byte order mark still wins, as in browsers.
    /// An unknown label fails with [`crate::Error::UnknownEncoding`].
    #[cfg(feature = "html-parser")]
    pub encoding: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            max_input_bytes: 64 * 1024 * 1024,
            max_elements: 1_000_000,
            char_threshold: 500,
            keep_media: true,
            keep_classes: false,
            explain: false,
            #[cfg(feature = "html-parser")]
            encoding: None,
        }
    }
}
