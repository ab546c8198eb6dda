//! plainview: find the one article a web page is about and return it as clean, safe data.
//!
//! ```
//! let html = r#"<html><head><title>Hello</title></head><body><article><h1>Hello</h1>
//! <p>This is the first paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
//! <p>This is the second paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
//! <p>This is the third paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
//! <p>This is the fourth paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
//! </article></body></html>"#;
//! let article = plainview::extract(html, &plainview::Options::default()).unwrap();
//! assert!(article.text.contains("second paragraph"));
//! ```

mod article;
mod assemble;
mod boilerplate;
mod clean;
mod dom;
mod error;
mod extract;
mod locate;
mod media;
mod metadata;
mod options;
mod parse;
mod policy;
mod prepare;
mod readable;
mod render;
mod sanitize;
mod score;
mod vocabulary;

pub use article::{Article, Diagnostics};
pub use error::Error;
pub use extract::{extract, is_probably_readable};
pub use options::Options;
pub use render::{Font, Theme, ViewOptions};
