//! The tag sets and bounds of preparing the parsed page.

/// Elements removed before anything else looks at the page.
pub(crate) const NEVER_CONTENT: &[&str] = &["script", "noscript", "style", "template"];

/// What a `<noscript>` read as its empty mount point's content becomes.
pub(crate) const FALLBACK_TAG: &str = "div";

/// How the `id` of a segment React streams after the page's shell begins
/// (`<div hidden id="S:1">`); its number names the hole it fills.
pub(crate) const STREAMED_SEGMENT_PREFIX: &str = "S:";

/// How the `id` of a `<template>` left as a hole before a boundary's loading fallback begins.
pub(crate) const STREAMED_BOUNDARY_PREFIX: &str = "B:";

/// How the `id` of a `<template>` left as a hole for a streamed segment begins: a
/// boundary's ([`STREAMED_BOUNDARY_PREFIX`]) or a placeholder alone (`P:`).
pub(crate) const STREAMED_HOLE_PREFIXES: &[&str] = &[STREAMED_BOUNDARY_PREFIX, "P:"];

/// The comment closing a boundary's loading fallback.
pub(crate) const STREAMED_BOUNDARY_END: &str = "/$";

/// Thresholds.
pub(crate) mod threshold {
    /// Streamed segments put in their holes, at most (a page streams dozens).
    pub(crate) const MAX_STREAMED_SEGMENTS: usize = 1024;
    /// Nodes of a boundary's loading fallback looked through for its end, at most.
    pub(crate) const MAX_FALLBACK_NODES: usize = 256;
    pub(crate) use crate::vocabulary::threshold::MAX_DEPTH;
    /// Text a `<noscript>` alone in its parent holds, at least, to be read as the story
    /// an app's mount point shows (less is a notice: "You need to enable JavaScript").
    pub(crate) const MIN_FALLBACK_STORY_CHARS: usize = 500;
}
