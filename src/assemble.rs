//! Puts the result together: metadata merged with what the body revealed (byline,
//! direction, first paragraph as excerpt), the sanitized content and its text.

use crate::locate::Located;
use crate::metadata::Metadata;
use crate::select::retry::Found;
use crate::{dom, render, Article, Diagnostics, Removal, StoryFound};

/// Builds the [`Article`] from the page's metadata and the extracted content.
pub(crate) fn article(
    meta: Metadata,
    page: &Located,
    found: &Found,
    content: String,
    (removals, stories): (Vec<Removal>, Vec<StoryFound>),
) -> Article {
    let tree = &found.tree;
    let root = found.selection.content;
    let text = tree.get(root).map(render::block_text).unwrap_or_default();
    // Metadata that describes another story than the chosen one is left out.
    let own = |value: Option<String>| value.filter(|_| page.described);
    let excerpt = own(meta.excerpt.clone()).or_else(|| {
        dom::descendants_with_tags(tree, root, &["p"])
            .first()
            .map(|p| dom::text_content(tree, *p).trim().to_string())
            .filter(|s| !s.is_empty())
    });
    let lang = meta.lang.clone();
    let reading = render::Reading::of(&text);
    let word_count = reading.word_count();
    let reading_time_minutes = reading.minutes(lang.as_deref());
    Article {
        title: page.title.clone().unwrap_or(meta.title),
        byline: own(meta.byline).or_else(|| found.selection.byline.clone()),
        site_name: meta.site_name,
        published_time: own(meta.published_time).or_else(|| page.published_time.clone()),
        lang,
        dir: found.selection.dir.clone().or(meta.dir),
        excerpt,
        lead_image_url: own(meta.lead_image_url).or_else(|| first_image(tree, root)),
        url: own(meta.url).or_else(|| page.url.clone()),
        content,
        text,
        word_count,
        reading_time_minutes,
        diagnostics: Diagnostics {
            story_signal: page.signal.code().to_string(),
            policy: found.policy.name.to_string(),
            removals,
            // Set by `extract_bytes`, which knows how the page was decoded.
            #[cfg(feature = "html-parser")]
            encoding: None,
            #[cfg(feature = "html-parser")]
            encoding_source: None,
            stories,
        },
    }
}

/// The first image of the content, for a story the page's metadata does not describe.
fn first_image(tree: &crate::dom::Tree, root: ego_tree::NodeId) -> Option<String> {
    dom::descendants_with_tags(tree, root, &["img"])
        .into_iter()
        .find_map(|img| dom::attr(tree, img, "src").map(str::to_string))
        .filter(|src| src.starts_with("http"))
}
