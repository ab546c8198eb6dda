//! Whether Markdown stays inert when a CommonMark renderer reads it: no raw HTML (which
//! renderers pass through), no link or image whose destination resolves to a scheme
//! other than http, https (and mailto for links), no math holding markup. Shared by the
//! native tests and the fuzz target `markdown` (included by path).

use pulldown_cmark::{Event, Options, Parser, Tag};

/// Schemes a link may resolve to.
pub const LINK_SCHEMES: &[&str] = &["http", "https", "mailto"];
/// Schemes an image may resolve to.
pub const IMAGE_SCHEMES: &[&str] = &["http", "https"];

/// The scheme a browser reads in a URL attribute holding `url`: ASCII whitespace and
/// controls are skipped, case is ignored.
pub fn scheme(url: &str) -> Option<String> {
    let url: String = url
        .chars()
        .filter(|c| !(c.is_ascii_control() || *c == ' '))
        .collect::<String>()
        .to_ascii_lowercase();
    let colon = url.find(':')?;
    let candidate = &url[..colon];
    let is_scheme = candidate.starts_with(|c: char| c.is_ascii_alphabetic())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    is_scheme.then(|| candidate.to_string())
}

/// Everything active in `markdown` as CommonMark reads it, plain and with the GFM and
/// math extensions.
pub fn problems(markdown: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let extended = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM;
    for options in [Options::empty(), extended] {
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => {
                    problems.push(format!("raw HTML {html:?}"));
                }
                Event::InlineMath(math) | Event::DisplayMath(math) if math.contains('<') => {
                    problems.push(format!("markup in math {math:?}"));
                }
                Event::Start(Tag::Link { dest_url, .. }) => {
                    if let Some(s) = scheme(&dest_url) {
                        if !LINK_SCHEMES.contains(&s.as_str()) {
                            problems.push(format!("link to {dest_url:?}"));
                        }
                    }
                }
                Event::Start(Tag::Image { dest_url, .. }) => {
                    if let Some(s) = scheme(&dest_url) {
                        if !IMAGE_SCHEMES.contains(&s.as_str()) {
                            problems.push(format!("image from {dest_url:?}"));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    problems
}
