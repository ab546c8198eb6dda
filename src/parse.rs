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
    let tags = count_start_tags(html);
    if tags > options.max_elements {
        return Err(Error::TooManyElements {
            elements: tags,
            limit: options.max_elements,
        });
    }
    let doc = dom::parse(&limit_nesting(html, tags, threshold::MAX_PARSE_DEPTH));
    let elements = doc.tree.values().filter(|n| n.is_element()).count();
    if elements > options.max_elements {
        return Err(Error::TooManyElements {
            elements,
            limit: options.max_elements,
        });
    }
    Ok(doc)
}

/// Start tags in the raw input (`<` followed by a letter): refuses oversized pages
/// before the parser spends time on them.
fn count_start_tags(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        if bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            count += 1;
        }
    }
    count
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
pub(crate) fn limit_nesting(html: &str, start_tags: usize, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // Nesting deeper than the number of tags is impossible: most pages stop here.
    if start_tags <= max_depth {
        return Cow::Borrowed(html);
    }
    let mut out: Option<String> = None;
    let mut copied_to = 0;
    let mut open = OpenElements::default();
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
        let keep = if closing {
            open.close(name, max_depth)
        } else {
            open.open(name, max_depth)
        };
        if !keep {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied_to..start]);
            copied_to = tag_end;
        }
        i = tag_end;
        if !closing && is_one_of(name, voc::RAW_TEXT_TAGS) {
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

/// A tag name (any case) is one of `set` (lowercase).
fn is_one_of(name: &[u8], set: &[&str]) -> bool {
    set.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(name))
}

/// A case-insensitive fingerprint of a tag name.
fn name_key(name: &[u8]) -> u64 {
    name.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

/// An approximation of the parser's stack of open elements: void elements never open,
/// and the commonest implied end tags (`p`, `li`, table cells and rows) are applied.
#[derive(Default)]
struct OpenElements {
    stack: Vec<u64>,
}

impl OpenElements {
    fn top_is(&self, names: &[&str]) -> bool {
        self.stack
            .last()
            .is_some_and(|&t| names.iter().any(|n| name_key(n.as_bytes()) == t))
    }

    /// Records a start tag; false when it would nest deeper than `max_depth`.
    fn open(&mut self, name: &[u8], max_depth: usize) -> bool {
        if is_one_of(name, voc::VOID_TAGS) {
            return true;
        }
        for (opener, closes) in voc::IMPLIED_END_TAGS {
            if opener.as_bytes().eq_ignore_ascii_case(name) {
                while self.top_is(closes) {
                    self.stack.pop();
                }
            }
        }
        if self.top_is(&["p"]) && is_one_of(name, voc::CLOSES_P) {
            self.stack.pop();
        }
        if self.stack.len() >= max_depth {
            return false;
        }
        self.stack.push(name_key(name));
        true
    }

    /// Records an end tag; false when it closes nothing kept.
    fn close(&mut self, name: &[u8], max_depth: usize) -> bool {
        let key = name_key(name);
        let found = self
            .stack
            .iter()
            .rev()
            .take(threshold::END_TAG_SEARCH_DEPTH)
            .position(|&t| t == key);
        match found {
            Some(k) => {
                self.stack.truncate(self.stack.len() - k - 1);
                true
            }
            None => self.stack.len() < max_depth,
        }
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
        assert!(matches!(
            limit_nesting(html, count_start_tags(html), 2),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn deep_nesting_is_cut_but_text_kept() {
        let html = format!("{}text{}", "<div>".repeat(50), "</div>".repeat(50));
        let cut = limit_nesting(&html, count_start_tags(&html), 10);
        assert_eq!(cut.matches("<div>").count(), 10);
        assert!(cut.matches("</div>").count() >= 10);
        assert!(cut.contains("text"));
    }

    #[test]
    fn implied_end_tags_do_not_count() {
        let html = format!(
            "<ul>{}</ul><table>{}</table>",
            "<li>x<p>y".repeat(300),
            "<tr><td>a<td>b".repeat(300)
        );
        assert!(matches!(
            limit_nesting(&html, count_start_tags(&html), 5),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn void_and_self_closing_tags_do_not_count() {
        let html = format!("<div>{}</div>", "<br><img src='a>b'><p>x".repeat(100));
        assert!(matches!(
            limit_nesting(&html, count_start_tags(&html), 3),
            Cow::Borrowed(_)
        ));
    }
}
