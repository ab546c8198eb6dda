//! Why extraction can fail: a small enum with messages a user can act on.

use std::fmt;

/// Everything that can stop [`crate::extract`] from returning an article.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The page parsed, but nothing on it reads as an article.
    NoArticle,
    /// The input is larger than [`crate::Options::max_input_bytes`].
    InputTooLarge {
        /// Size of the input.
        bytes: usize,
        /// The limit it is over.
        limit: usize,
    },
    /// The page has more elements than [`crate::Options::max_elements`].
    TooManyElements {
        /// Elements counted.
        elements: usize,
        /// The limit it is over.
        limit: usize,
    },
    /// [`crate::Options::url`] is not an absolute URL.
    InvalidUrl(String),
    /// [`crate::Options::encoding`] is not a label of an encoding plainview decodes.
    #[cfg(feature = "html-parser")]
    UnknownEncoding(String),
}

impl Error {
    /// A stable machine-readable code (used by the JS bindings and the CLI).
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoArticle => "NO_ARTICLE",
            Error::InputTooLarge { .. } => "INPUT_TOO_LARGE",
            Error::TooManyElements { .. } => "TOO_MANY_ELEMENTS",
            Error::InvalidUrl(_) => "INVALID_URL",
            #[cfg(feature = "html-parser")]
            Error::UnknownEncoding(_) => "UNKNOWN_ENCODING",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoArticle => write!(f, "no article found on this page"),
            Error::InputTooLarge { bytes, limit } => {
                write!(f, "input is {bytes} bytes, over the limit of {limit} bytes")
            }
            Error::TooManyElements { elements, limit } => write!(
                f,
                "page has more than {limit} elements (counted {elements}), over the limit"
            ),
            Error::InvalidUrl(u) => write!(f, "invalid base URL {u:?}: expected an absolute URL"),
            #[cfg(feature = "html-parser")]
            Error::UnknownEncoding(label) => write!(
                f,
                "unknown encoding {label:?}: expected a WHATWG label such as utf-8, windows-1252 or shift_jis"
            ),
        }
    }
}

impl std::error::Error for Error {}
