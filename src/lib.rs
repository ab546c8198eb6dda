#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

// Module map, in pipeline order. The shared layers use no stage; `dom` uses nothing of
// the crate. A stage uses the shared layers and stages before it (and `clean` runs
// `media`'s lazy-image fix before it judges images). Each stage's own words, tag sets
// and thresholds are in the `words.rs` of its folder.
//
// The tree and what every stage shares:
//   dom          the tree API: nodes, walk, edit, text counting, serialization
//   vocabulary   the word matcher; words, tag sets and thresholds several stages share
//                (a stage's own are in its `words.rs`)
//   measure      signals over the tree: class weight, link density, visibility
//   explain      why elements were removed, when the caller asks
// The stages, in the order `extract::extract_tree` runs them:
//   input        bounds, pre-scan, decoding; html5ever, or the browser's parser
//                (through `wasm::flatten`) in the build without html5ever
//   metadata     what the page says about itself (JSON-LD, meta tags, title)
//   prepare      one uniform tree: depth bounded, scripts gone, <br> runs to <p>
//   locate       which story, on a page of several, is the page's own
//   select/      finding the article:
//     policy       the retry ladder's data: how strict each attempt is
//     score        one attempt: candidates, scores, siblings, the selection
//     retry        the loop: one attempt per policy, the first good result kept
//   cleanup/     cleaning the selection:
//     clean        conditional cleaning
//     boilerplate  page furniture inside it
//     media        images, embeds and links made to work outside the page
//   sanitize     the allow-list: the only HTML a caller gets
//   assemble     metadata and content merged into the Article
//   render       text, Markdown and the reading view of an Article
// The API: article, error, options (plain data); extract and readable (entry points);
// wasm (JS bindings: values and errors converted, nothing decided); python (the same for
// Python, the `py` feature).

mod article;
mod assemble;
mod cleanup;
mod dom;
mod error;
mod explain;
mod extract;
mod input;
mod locate;
mod measure;
mod metadata;
mod options;
mod prepare;
mod readable;
mod render;
mod sanitize;
mod select;
mod vocabulary;

#[cfg(all(not(feature = "html-parser"), not(target_arch = "wasm32")))]
compile_error!(
    "builds without the `html-parser` feature parse with the browser's DOMParser: wasm32 only"
);
#[cfg(all(feature = "py", not(target_arch = "wasm32")))]
mod python;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use article::{Article, Diagnostics, Removal, StoryFound};
pub use error::Error;
#[cfg(feature = "html-parser")]
pub use extract::{encoding_name, extract_bytes, is_probably_readable_bytes};
pub use extract::{extract, is_probably_readable};
pub use options::Options;
pub use render::{Font, Theme, ViewOptions};

/// Every code [`Diagnostics::story_signal`] can hold.
pub const STORY_SIGNALS: &[&str] = &locate::SIGNAL_CODES;

/// Every code [`Removal::rule`] can hold.
pub const REMOVAL_RULES: &[&str] = &explain::rule::ALL;
