//! Makes the article's images, embeds and links work outside the page: lazy-load
//! attributes become real sources, placeholders go, and every URL becomes absolute.

pub(crate) mod words;

use ego_tree::NodeId;
use url::Url;

use self::words::{self as voc, threshold};
use crate::dom::{self, Tree};
use crate::measure;

/// Copies lazy-load attributes (`data-src`, `data-srcset`, `data-lazy-src`, …) into
/// `src`/`srcset` and drops tiny base64 placeholders.
pub(crate) fn fix_lazy_images(tree: &mut Tree, root: NodeId) {
    for el in dom::descendants_with_tags(tree, root, &["img", "picture", "figure"]) {
        let tag = dom::tag(tree, el).unwrap_or("").to_string();
        let src = dom::attr(tree, el, "src").map(str::to_string);
        if let Some(src) = src.as_deref() {
            if let Some((mime, prefix_len)) = base64_data_url(src) {
                if mime != "image/svg+xml" {
                    let other_image = dom::attrs(tree, el)
                        .iter()
                        .any(|(k, v)| k != "src" && measure::mentions_image_file(v));
                    if other_image && src.len() - prefix_len < threshold::PLACEHOLDER_MAX_BASE64 {
                        dom::remove_attr(tree, el, "src");
                    }
                }
            }
        }
        let has_src = dom::attr(tree, el, "src").is_some_and(|s| !s.is_empty());
        let has_srcset =
            dom::attr(tree, el, "srcset").is_some_and(|s| !s.is_empty() && s != "null");
        let lazy_class =
            dom::attr(tree, el, "class").is_some_and(|c| c.to_lowercase().contains("lazy"));
        if (has_src || has_srcset) && !lazy_class {
            continue;
        }
        for (name, value) in dom::attrs(tree, el) {
            if matches!(name.as_str(), "src" | "srcset" | "alt") {
                continue;
            }
            let copy_to = if looks_like_srcset(&value) {
                Some("srcset")
            } else if looks_like_single_image_url(&value) {
                Some("src")
            } else {
                None
            };
            let Some(copy_to) = copy_to else { continue };
            if tag == "img" || tag == "picture" {
                dom::set_attr(tree, el, copy_to, &value);
            } else if tag == "figure"
                && !dom::has_descendant_with_tags(tree, el, &["img", "picture"])
            {
                let img = dom::create(tree, "img");
                dom::set_attr(tree, img, copy_to, &value);
                dom::append(tree, el, img);
            }
        }
    }
}

/// `data:<mime>;base64,` prefix: returns the mime type and the prefix length.
fn base64_data_url(src: &str) -> Option<(String, usize)> {
    let lower = src.to_ascii_lowercase();
    let rest = lower.strip_prefix("data:")?;
    let comma = rest.find(',')?;
    let head = &rest[..comma];
    let (mime, enc) = head.split_once(';')?;
    if enc.trim() != "base64" {
        return None;
    }
    Some((mime.trim().to_string(), "data:".len() + comma + 1))
}

/// `/\.(jpg|jpeg|png|webp)\s+\d/`: an image URL followed by a width or density.
fn looks_like_srcset(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    voc::IMAGE_EXTENSIONS.iter().any(|ext| {
        lower.match_indices(ext).any(|(i, _)| {
            let rest = &lower[i + ext.len()..];
            let trimmed = rest.trim_start();
            trimmed.len() < rest.len() && trimmed.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// `/^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$/`: one image URL.
fn looks_like_single_image_url(v: &str) -> bool {
    let t = v.trim();
    let lower = t.to_ascii_lowercase();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && voc::IMAGE_EXTENSIONS
            .iter()
            .any(|ext| lower.find(ext).is_some_and(|i| i > 0))
}

/// `javascript:` links are not links: they become their text (before the result is
/// judged, so a page of script links does not read as a link list).
pub(crate) fn unwrap_script_links(tree: &mut Tree, root: NodeId) {
    for a in dom::descendants_with_tags(tree, root, &["a"]) {
        let is_script = dom::attr(tree, a, "href").is_some_and(|h| {
            h.trim_start()
                .to_ascii_lowercase()
                .starts_with("javascript:")
        });
        if !is_script {
            continue;
        }
        let kids: Vec<NodeId> = dom::children(tree, a).collect();
        if kids.len() == 1 && dom::is_text(tree, kids[0]) {
            dom::replace(tree, a, kids[0]);
        } else {
            let span = dom::create(tree, "span");
            dom::move_children(tree, a, span);
            dom::replace(tree, a, span);
        }
    }
}

/// Makes links and media URLs absolute.
pub(crate) fn resolve_urls(tree: &mut Tree, root: NodeId, base: Option<&Url>) {
    for a in dom::descendants_with_tags(tree, root, &["a"]) {
        let Some(href) = dom::attr(tree, a, "href").map(str::to_string) else {
            continue;
        };
        if let Some(abs) = absolute(base, &href) {
            dom::set_attr(tree, a, "href", &abs);
        }
    }
    for el in dom::descendants_with_tags(
        tree,
        root,
        &[
            "img", "picture", "figure", "video", "audio", "source", "iframe",
        ],
    ) {
        for name in ["src", "poster"] {
            if let Some(v) = dom::attr(tree, el, name).map(str::to_string) {
                if let Some(abs) = absolute(base, &v) {
                    dom::set_attr(tree, el, name, &abs);
                }
            }
        }
        if let Some(v) = dom::attr(tree, el, "srcset").map(str::to_string) {
            let fixed = resolve_srcset(base, &v);
            dom::set_attr(tree, el, "srcset", &fixed);
            let has_src = dom::attr(tree, el, "src").is_some_and(|s| !s.trim().is_empty());
            if !has_src && dom::is_tag(tree, el, "img") {
                if let Some(best) = widest_candidate(&fixed) {
                    dom::set_attr(tree, el, "src", &best);
                }
            }
        }
    }
}

/// The URL of the widest (or densest) candidate of a `srcset`, for images that have no
/// `src` of their own.
fn widest_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(',')
        .filter_map(|c| {
            let mut parts = c.split_whitespace();
            let url = parts.next()?;
            let size = parts
                .next()
                .and_then(|d| d.trim_end_matches(['w', 'x']).parse::<f64>().ok())
                .unwrap_or(1.0);
            Some((size, url))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, u)| u.to_string())
}

/// Resolves every URL of a `srcset` list, keeping the descriptors.
fn resolve_srcset(base: Option<&Url>, srcset: &str) -> String {
    srcset
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|candidate| {
            let mut parts = candidate.splitn(2, char::is_whitespace);
            let url = parts.next().unwrap_or("");
            let desc = parts.next().map(str::trim).unwrap_or("");
            let abs = absolute(base, url).unwrap_or_else(|| url.to_string());
            if desc.is_empty() {
                abs
            } else {
                format!("{abs} {desc}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `value` resolved against `base`; in-page `#` links stay as they are.
pub(crate) fn absolute(base: Option<&Url>, value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() || v.starts_with('#') {
        return None;
    }
    match base {
        Some(b) => b.join(v).ok().map(String::from),
        None => Url::parse(v).ok().map(String::from),
    }
}

/// Removes images, figures' images and embeds (for `keep_media: false`).
pub(crate) fn drop_media(tree: &mut Tree, root: NodeId) {
    for el in dom::descendants_with_tags(
        tree,
        root,
        &[
            "img", "picture", "video", "audio", "iframe", "svg", "object", "embed",
        ],
    )
    .into_iter()
    .rev()
    {
        dom::detach(tree, el);
    }
}

/// The media stage: absolute URLs, then media dropped if the caller asked for text only.
pub(crate) fn finish(tree: &mut Tree, root: NodeId, base: Option<&Url>, options: &crate::Options) {
    resolve_urls(tree, root, base);
    if !options.keep_media {
        drop_media(tree, root);
    }
}
