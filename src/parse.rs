//! Turns input text into the document tree, refusing input over the caller's limits.

use scraper::Html;

use std::borrow::Cow;

use crate::vocabulary::{self as voc, threshold};
use crate::{dom, Error, Options};

/// Parses `html` after checking its size; counts elements against the limit.
pub(crate) fn parse(html: &str, options: &Options) -> Result<Html, Error> {
    if html.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes: html.len(),
            limit: options.max_input_bytes,
        });
    }
    if html.trim().is_empty() {
        return Err(Error::NoArticle);
    }
    let doc = dom::parse(&limit_nesting(html, threshold::MAX_PARSE_DEPTH));
    let elements = doc.tree.values().filter(|n| n.is_element()).count();
    if elements > options.max_elements {
        return Err(Error::TooManyElements {
            elements,
            limit: options.max_elements,
        });
    }
    Ok(doc)
}

/// The base URL from the options, if any.
pub(crate) fn base_url(options: &Options) -> Result<Option<url::Url>, Error> {
    match options.url.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(u) => url::Url::parse(u)
            .ok()
            .map(Some)
            .ok_or_else(|| Error::InvalidUrl(u.to_string())),
    }
}

/// Drops start and end tags nested deeper than `max_depth` containers, keeping their
/// text. HTML parsers slow down with the square of nesting depth; no real page nests
/// this deep, so only hostile input loses structure. Returns the input untouched when
/// nothing is that deep.
pub(crate) fn limit_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // Nesting deeper than the number of tags is impossible: most pages stop here.
    if bytes.iter().filter(|&&b| b == b'<').count() <= max_depth {
        return Cow::Borrowed(html);
    }
    let mut out: Option<String> = None;
    let mut copied_to = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + off;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - name_start);
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let name = &bytes[name_start..name_start + name_len];
        let tag_end = tag_end(bytes, name_start + name_len);
        let in_set = |set: &[&str]| set.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(name));
        let mut drop = false;
        if !in_set(voc::NOT_NESTING_TAGS) {
            if closing {
                drop = depth > max_depth;
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                drop = depth > max_depth;
            }
        }
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied_to..start]);
            copied_to = tag_end;
        }
        i = tag_end;
        if !closing && in_set(voc::RAW_TEXT_TAGS) {
            i = find_end_tag(bytes, i, name).unwrap_or(bytes.len());
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&html[copied_to.min(html.len())..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(html),
    }
}

/// Index just past the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    bytes.len()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = bytes.get(i..)?.iter().position(|&b| b == needle[0]) {
        let at = i + off;
        if bytes[at..].starts_with(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Start of the `</name` that closes a raw-text element.
fn find_end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(at) = find(bytes, i, b"</") {
        let after = at + 2;
        if bytes
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return Some(at);
        }
        i = after;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_input_is_untouched() {
        let html = "<div><p>a<p>b</div><!-- <div><div> --><script>'<div><div>'</script>";
        assert!(matches!(limit_nesting(html, 1), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut_but_text_kept() {
        let html = format!("{}text{}", "<div>".repeat(50), "</div>".repeat(50));
        let cut = limit_nesting(&html, 10);
        assert_eq!(cut.matches("<div>").count(), 10);
        assert_eq!(cut.matches("</div>").count(), 10);
        assert!(cut.contains("text"));
    }

    #[test]
    fn void_and_self_closing_tags_do_not_count() {
        let html = format!("<div>{}</div>", "<br><img src='a>b'><p>x".repeat(100));
        assert!(matches!(limit_nesting(&html, 3), Cow::Borrowed(_)));
    }
}
