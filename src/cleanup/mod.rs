//! Cleanup of the selection, in the order one attempt runs it: conditional cleaning
//! (`clean`), page furniture left inside (`boilerplate`), then, once an attempt is kept,
//! images, embeds and links made to work outside the page (`media`).

pub(crate) mod boilerplate;
pub(crate) mod clean;
pub(crate) mod media;
