//! Turns input text into the document tree, refusing input over the caller's limits.

use scraper::Html;

use std::borrow::Cow;

use crate::vocabulary::{self as voc, threshold};
use crate::{dom, Error, Options};

/// `html` checked against the caller's size and element limits, as the parser gets it
/// (nesting bounded and code dropped by [`limit_nesting`]).
pub(crate) fn bound<'a>(html: &'a str, options: &Options) -> Result<Cow<'a, str>, Error> {
    if html.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes: html.len(),
            limit: options.max_input_bytes,
        });
    }
    if html.trim().is_empty() {
        return Err(Error::NoArticle);
    }
    let (tags, bounded) = limit_nesting(html, threshold::MAX_PARSE_DEPTH, Code::Drop);
    if tags > options.max_elements {
        return Err(Error::TooManyElements {
            elements: tags,
            limit: options.max_elements,
        });
    }
    Ok(bounded)
}

/// A parsed page and the size of the text the parser got.
pub(crate) struct Page {
    pub doc: Html,
    /// Bytes of `html` after [`bound`]: what the tree's size follows.
    pub parsed_bytes: usize,
}

/// Bounds `html` and parses it. The bounded copy (when the pre-scan changed anything) is
/// freed before the stages run: a retry that rebuilds the page bounds it again rather than
/// keep a second copy of the input alive.
pub(crate) fn page(html: &str, options: &Options) -> Result<Page, Error> {
    let text = bound(html, options)?;
    Ok(Page {
        doc: parse(&text, options)?,
        parsed_bytes: text.len(),
    })
}

/// Parses text from [`bound`]; counts elements against the limit.
pub(crate) fn parse(bounded: &str, options: &Options) -> Result<Html, Error> {
    let doc = dom::parse(bounded);
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

/// `html` with nesting cut at the parse depth limit: every parse of text that did not come
/// out of [`bound`] (an `Article`'s content, a page given to `is_probably_readable`) goes
/// through this first, since parsers are quadratic in depth.
pub(crate) fn limit_depth(html: &str) -> Cow<'_, str> {
    limit_nesting(html, threshold::MAX_PARSE_DEPTH, Code::Keep).1
}

/// What the pre-scan does with the text of scripts and style sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Code {
    Keep,
    /// Drops the text of `<script>` (but data scripts such as JSON-LD, which metadata
    /// reads) and `<style>`, the drawings inside inline `<svg>`, and comments: no stage
    /// reads them (the sanitizer removes SVG), and they are a third of a typical page's
    /// bytes that the parser would otherwise tokenize. The script, style and svg elements
    /// stay, empty.
    Drop,
}

/// Counts the start tags of `html` and drops start and end tags nested deeper than
/// `max_depth` elements, keeping their text. HTML parsers slow down with the square of
/// nesting depth; no real page nests this deep, so only hostile input loses structure.
/// With [`Code::Drop`] the text of scripts and style sheets goes too. The input comes
/// back untouched when there is nothing to drop.
pub(crate) fn limit_nesting(html: &str, max_depth: usize, code: Code) -> (usize, Cow<'_, str>) {
    let bytes = html.as_bytes();
    let sets = TagSets::get();
    let mut start_tags = 0;
    let mut edits = Edits::default();
    let mut open: Vec<u64> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + off;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            let end = find(bytes, start + 4, b"-->");
            if let Some(end) =
                end.filter(|&e| code == Code::Drop && droppable_comment(&bytes[start + 4..e]))
            {
                edits.cut(html, start, end + 3);
            }
            i = end.map_or(bytes.len(), |e| e + 3);
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
        let key = tag_key(name);
        let tag_end = tag_end(bytes, name_start + name_len);
        let keep = if closing {
            close(&mut open, key, max_depth)
        } else {
            start_tags += 1;
            open_tag(&mut open, key, sets, max_depth)
        };
        if !keep {
            edits.cut(html, start, tag_end);
        }
        i = tag_end;
        if !closing && sets.raw_text.contains(&key) {
            let end = find_end_tag(bytes, i, name).unwrap_or(bytes.len());
            if keep
                && code == Code::Drop
                && droppable_code(bytes, (name, key), sets, start, tag_end, end)
            {
                edits.cut(html, tag_end, end);
            }
            i = end;
        } else if !closing && keep && code == Code::Drop && key == sets.svg {
            if let Some(end) = droppable_svg(bytes, tag_end) {
                edits.cut(html, tag_end, end);
                i = end;
            }
        }
    }
    (start_tags, edits.finish(html))
}

/// The pre-scan's output: `html` with byte ranges cut out, copied only once there is a
/// first cut.
#[derive(Default)]
struct Edits {
    out: Option<String>,
    /// Bytes of the input up to here are in `out` or cut.
    copied_to: usize,
}

impl Edits {
    /// Leaves `html[from..to]` out of the result.
    fn cut(&mut self, html: &str, from: usize, to: usize) {
        let buf = self
            .out
            .get_or_insert_with(|| String::with_capacity(html.len()));
        buf.push_str(&html[self.copied_to..from]);
        self.copied_to = to;
    }

    fn finish(self, html: &str) -> Cow<'_, str> {
        match self.out {
            Some(mut buf) => {
                buf.push_str(&html[self.copied_to.min(html.len())..]);
                Cow::Owned(buf)
            }
            None => Cow::Borrowed(html),
        }
    }
}

/// Whether the raw text between a start tag (`start..tag_end`) and its end tag at `end` is
/// code no stage reads: a style sheet, or a script that is not data. A script whose text
/// holds `<!--` is kept, since the parser may end it at a later end tag than the first;
/// so is any element whose end tag is not a real one (`</scripts`).
fn droppable_code(
    bytes: &[u8],
    (name, key): (&[u8], u64),
    sets: &TagSets,
    start: usize,
    tag_end: usize,
    end: usize,
) -> bool {
    if end <= tag_end || !ends_name(bytes, end + 2 + name.len()) {
        return false;
    }
    if key == sets.style {
        return true;
    }
    key == sets.script
        && find(&bytes[..end], tag_end, b"<!--").is_none()
        && !voc::DATA_SCRIPT_TYPES.iter().any(|t| {
            bytes[start..tag_end]
                .windows(t.len())
                .any(|w| w.eq_ignore_ascii_case(t.as_bytes()))
        })
}

/// Start of the `</svg` that closes the inline SVG image whose start tag ends at
/// `open_end`, when its drawing can go: no stage reads it and the sanitizer removes SVG
/// from the article, so the element stays, empty. A self-closed `<svg/>` has nothing to
/// drop; a drawing with comments, CDATA, scripts or styles is kept (their text could hide
/// an end tag), and so is one never closed.
fn droppable_svg(bytes: &[u8], open_end: usize) -> Option<usize> {
    if bytes[..open_end].ends_with(b"/>") {
        return None;
    }
    let mut depth = 1usize;
    let mut i = open_end;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + off;
        let rest = &bytes[at + 1..];
        let starts =
            |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
        if starts(b"!") || starts(b"script") || starts(b"style") {
            return None;
        }
        let boundary = |n: usize| ends_name(bytes, at + 1 + n);
        if starts(b"/svg") && boundary(4) {
            depth -= 1;
            if depth == 0 {
                return Some(at);
            }
        }
        let is_tag = rest
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/');
        if !is_tag {
            i = at + 1;
            continue;
        }
        let end = tag_end(bytes, at + 1);
        if starts(b"svg") && boundary(3) && !bytes[..end].ends_with(b"/>") {
            depth += 1;
        }
        i = end;
    }
    None
}

/// Whether a comment whose text runs up to the first `-->` can go whole: the parser ends
/// it there too unless it is an abrupt `<!-->` or `<!--->`, or holds `--!>`.
fn droppable_comment(body: &[u8]) -> bool {
    !body.starts_with(b">") && !body.starts_with(b"->") && find(body, 0, b"--!>").is_none()
}

/// Whether a tag name ends at byte `at`: a space, `/`, `>` or the end of the input follows
/// it (so `</script>` ends a script and `</scripts` does not).
fn ends_name(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at),
        None | Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
    )
}

/// A tag name (any case) as one number: its lowercase bytes when they fit, a hash
/// otherwise.
fn tag_key(name: &[u8]) -> u64 {
    if name.len() <= 7 {
        name.iter()
            .fold(0u64, |k, b| (k << 8) | u64::from(b.to_ascii_lowercase()))
    } else {
        name.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
        }) | (1 << 63)
    }
}

/// The vocabulary's tag sets as [`tag_key`]s, built once.
struct TagSets {
    void: Vec<u64>,
    raw_text: Vec<u64>,
    closes_p: Vec<u64>,
    implied: Vec<(u64, Vec<u64>)>,
    p: u64,
    script: u64,
    style: u64,
    svg: u64,
}

impl TagSets {
    fn get() -> &'static TagSets {
        static SETS: std::sync::OnceLock<TagSets> = std::sync::OnceLock::new();
        SETS.get_or_init(|| {
            let keys = |set: &[&str]| set.iter().map(|t| tag_key(t.as_bytes())).collect();
            TagSets {
                void: keys(voc::VOID_TAGS),
                raw_text: keys(voc::RAW_TEXT_TAGS),
                closes_p: keys(voc::CLOSES_P),
                implied: voc::IMPLIED_END_TAGS
                    .iter()
                    .map(|(opener, closes)| (tag_key(opener.as_bytes()), keys(closes)))
                    .collect(),
                p: tag_key(b"p"),
                script: tag_key(b"script"),
                style: tag_key(b"style"),
                svg: tag_key(b"svg"),
            }
        })
    }
}

/// Records a start tag on the approximate stack of open elements (void elements never
/// open; the commonest implied end tags are applied); false when it would nest deeper
/// than `max_depth`.
fn open_tag(open: &mut Vec<u64>, key: u64, sets: &TagSets, max_depth: usize) -> bool {
    if sets.void.contains(&key) {
        return true;
    }
    if let Some((_, closes)) = sets.implied.iter().find(|(o, _)| *o == key) {
        while open.last().is_some_and(|t| closes.contains(t)) {
            open.pop();
        }
    }
    if open.last() == Some(&sets.p) && sets.closes_p.contains(&key) {
        open.pop();
    }
    if open.len() >= max_depth {
        return false;
    }
    open.push(key);
    true
}

/// Records an end tag; false when it closes nothing kept.
fn close(open: &mut Vec<u64>, key: u64, max_depth: usize) -> bool {
    let found = open
        .iter()
        .rev()
        .take(threshold::END_TAG_SEARCH_DEPTH)
        .position(|&t| t == key);
    match found {
        Some(k) => {
            open.truncate(open.len() - k - 1);
            true
        }
        None => open.len() < max_depth,
    }
}

/// Index just past the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(off) = memchr::memchr3(b'>', b'"', b'\'', &bytes[i..]) {
        let at = i + off;
        let b = bytes[at];
        if b == b'>' {
            return at + 1;
        }
        match memchr::memchr(b, &bytes[at + 1..]) {
            Some(close) => i = at + 1 + close + 1,
            None => return bytes.len(),
        }
    }
    bytes.len()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr::memchr(needle[0], bytes.get(i..)?) {
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

    /// `html` as the pre-scan gives it to the parser.
    fn dropped(html: &str) -> String {
        limit_nesting(html, 512, Code::Drop).1.into_owned()
    }

    /// The element names of the tree `html` parses to, in document order.
    fn names(html: &str) -> Vec<String> {
        crate::dom::parse(html)
            .tree
            .values()
            .filter_map(|n| n.as_element().map(|e| e.name().to_string()))
            .collect()
    }

    #[test]
    fn shallow_input_is_untouched() {
        let html = "<div><p>a<p>b</div><!-- <div><div> --><script>'<div><div>'</script>";
        assert!(matches!(
            limit_nesting(html, 2, Code::Keep).1,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn deep_nesting_is_cut_but_text_kept() {
        let html = format!("{}text{}", "<div>".repeat(50), "</div>".repeat(50));
        let cut = limit_nesting(&html, 10, Code::Keep).1;
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
            limit_nesting(&html, 5, Code::Keep).1,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn void_and_self_closing_tags_do_not_count() {
        let html = format!("<div>{}</div>", "<br><img src='a>b'><p>x".repeat(100));
        assert!(matches!(
            limit_nesting(&html, 3, Code::Keep).1,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn code_text_is_dropped_but_data_and_elements_stay() {
        let html = "<head><script>var a = '<div>';</script>\
            <script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script>\
            <STYLE media=print>p { color: red }</STYLE ></head><body><p>text</p></body>";
        let (_, out) = limit_nesting(html, 512, Code::Drop);
        assert_eq!(
            out,
            "<head><script></script>\
            <script type=\"application/ld+json\">{\"headline\": \"Kept\"}</script>\
            <STYLE media=print></STYLE ></head><body><p>text</p></body>"
        );
    }

    #[test]
    fn scripts_the_parser_might_end_later_are_kept() {
        for html in [
            "<script><!-- document.write('<script></script>') --></script><p>after</p>",
            "<script>a</scripts><p>not an end tag</p></script>",
        ] {
            assert!(
                matches!(limit_nesting(html, 512, Code::Drop).1, Cow::Borrowed(_)),
                "{html}"
            );
        }
    }

    #[test]
    fn dropping_code_leaves_the_same_elements() {
        let html = "<div title='<script>x</script>'><script>if (a < b) { c('</div>') }</script>\
            <textarea><script>typed</script></textarea><style>a::after{content:'<p>'}</style>\
            <p>one<script>two</script>three</p><svg><script>s</script></svg></div>";

        let (_, dropped) = limit_nesting(html, 512, Code::Drop);
        assert!(matches!(dropped, Cow::Owned(_)));
        assert_eq!(names(&dropped), names(html));
        assert!(dropped.contains("<textarea><script>typed</script></textarea>"));
        // An unclosed script runs to the end of the input for the parser too.
        let unclosed = "<p>before</p><script>never closed <p>";
        assert_eq!(
            limit_nesting(unclosed, 512, Code::Drop).1,
            "<p>before</p><script>"
        );
        assert_eq!(
            names(&limit_nesting(unclosed, 512, Code::Drop).1),
            names(unclosed)
        );
    }

    #[test]
    fn comments_go_unless_the_parser_would_end_them_elsewhere() {
        assert_eq!(dropped("<p>a<!-- note -->b</p>"), "<p>ab</p>");
        assert_eq!(
            dropped("<p>a<!--[if IE]><b>x</b><![endif]-->b</p>"),
            "<p>ab</p>"
        );
        for kept in [
            "<!-->text<!-- -->",
            "<!--->text<!-- -->",
            "<!-- a --!> text -->",
        ] {
            assert!(dropped(kept).contains("text"), "{kept}");
        }
    }

    #[test]
    fn svg_drawings_go_and_the_element_stays() {
        assert_eq!(
            dropped("<p>a<svg viewBox='0 0 1 1'><path d='M0 0'/><svg><g/></svg><title>Icon</title></svg>b</p>"),
            "<p>a<svg viewBox='0 0 1 1'></svg>b</p>"
        );
        assert_eq!(
            dropped("<svg title='</svg>'><text>x</text></SVG >after"),
            "<svg title='</svg>'></SVG >after"
        );
        for kept in [
            "<p><svg/>text</p>",
            "<svg><style>t{}</style><text>text</text></svg>",
            "<svg><text>text</text>",
        ] {
            assert!(dropped(kept).contains("text"), "{kept}");
        }
        let page = "<div><svg><a href='/x'><text>Share</text></a></svg><p>Body</p></div>";
        let outside_svg = |h: &str| -> Vec<String> {
            names(h)
                .into_iter()
                .filter(|n| !matches!(n.as_str(), "a" | "text"))
                .collect()
        };
        assert_eq!(outside_svg(&dropped(page)), outside_svg(page));
    }
}
