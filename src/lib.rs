#![doc = include_str!("../README.md")]

mod article;
mod assemble;
mod boilerplate;
mod clean;
mod dom;
mod error;
mod explain;
mod extract;
mod input;
mod locate;
mod measure;
mod media;
mod metadata;
mod options;
mod policy;
mod prepare;
mod readable;
mod render;
mod retry;
mod sanitize;
mod score;
mod vocabulary;

#[cfg(all(not(feature = "html-parser"), not(target_arch = "wasm32")))]
compile_error!(
    "builds without the `html-parser` feature parse with the browser's DOMParser: wasm32 only"
);
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use article::{Article, Diagnostics, Removal, StoryFound};
pub use error::Error;
#[cfg(feature = "html-parser")]
pub use extract::{encoding_name, extract_bytes, is_probably_readable_bytes};
pub use extract::{extract, is_probably_readable};
pub use options::Options;
pub use render::{Font, Theme, ViewOptions};
