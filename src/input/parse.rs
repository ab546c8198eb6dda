//! Turns input text into the document tree, refusing input over the caller's limits.

use scraper::Html;

use std::borrow::Cow;

#[cfg(test)]
use super::document;
use super::document_sized;
use super::words::{self as voc, threshold};
use crate::{Error, Options};

/// `html` checked against the caller's size and element limits, as the parser gets it
/// (nesting bounded and code dropped by [`limit_nesting`]), with the number of elements
/// the pre-scan counted.
pub(crate) fn bound<'a>(html: &'a str, options: &Options) -> Result<(usize, Cow<'a, str>), Error> {
    if html.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes: html.len(),
            limit: options.max_input_bytes,
        });
    }
    if html.trim().is_empty() {
        return Err(Error::NoArticle);
    }
    let (tags, bounded) = limit_nesting(html, threshold::MAX_DEPTH, Code::Drop);
    if tags > options.max_elements {
        return Err(Error::TooManyElements {
            elements: tags,
            limit: options.max_elements,
        });
    }
    Ok((tags, bounded))
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
    let (elements, text) = bound(html, options)?;
    Ok(Page {
        doc: parse_sized(&text, options, reserved_nodes(elements, text.len()))?,
        parsed_bytes: text.len(),
    })
}

/// The nodes a tree of `elements` elements (the pre-scan's count) parsed from `bytes`
/// bytes gets room for up front: [`threshold::NODES_PER_ELEMENT`] each, but never more
/// than the bytes could make at [`threshold::BYTES_PER_RESERVED_NODE`] each (an input
/// dense with tags grows its tree as it goes instead).
fn reserved_nodes(elements: usize, bytes: usize) -> usize {
    elements
        .saturating_mul(threshold::NODES_PER_ELEMENT)
        .min(bytes / threshold::BYTES_PER_RESERVED_NODE)
}

/// Parses text from [`bound`]; counts elements against the limit.
#[cfg(test)]
pub(crate) fn parse(bounded: &str, options: &Options) -> Result<Html, Error> {
    parse_sized(bounded, options, 0)
}

/// [`parse`] into a tree with room for `nodes` nodes reserved.
fn parse_sized(bounded: &str, options: &Options, nodes: usize) -> Result<Html, Error> {
    let doc = document_sized(bounded, nodes);
    // Every element is a node: the elements are counted only when there are more nodes
    // than the limit allows.
    if doc.tree.values().len() > options.max_elements {
        let elements = doc.tree.values().filter(|n| n.is_element()).count();
        if elements > options.max_elements {
            return Err(Error::TooManyElements {
                elements,
                limit: options.max_elements,
            });
        }
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
    limit_nesting(html, threshold::MAX_DEPTH, Code::Keep).1
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

/// Counts the elements the parser will create from `html` (start tags, the end tags
/// that create one, the formatting elements it recreates) and bounds the work each tag
/// costs it: drops start and end tags nested deeper than `max_depth` elements, keeping
/// their text (HTML parsers slow down with the square of nesting depth; no real page
/// nests this deep, so only hostile input loses structure), attributes past
/// [`threshold::MAX_ATTRIBUTES`] in a tag, and formatting start tags past
/// [`threshold::MAX_ACTIVE_FORMATTING`] active ones. With [`Code::Drop`] the text of
/// scripts and style sheets goes too, and a `<title>`'s past
/// [`threshold::MAX_TITLE_BYTES`]. The input comes back untouched when there is nothing
/// to drop.
pub(crate) fn limit_nesting(html: &str, max_depth: usize, code: Code) -> (usize, Cow<'_, str>) {
    let bytes = html.as_bytes();
    let sets = TagSets::get();
    let mut edits = Edits::default();
    let mut stack = Stack::default();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + off;
        if stack.displaced > 0 && bytes[i..start].iter().any(|b| !b.is_ascii_whitespace()) {
            // Text: the parser recreates the active formatting elements around it.
            stack.reconstruct();
        }
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
        let kind = sets.kind(key);
        let name_end = name_start + name_len;
        let (tag_end, excess) = scan_tag(bytes, name_end);
        let keep = if closing {
            stack.close(key, kind, sets, max_depth)
        } else {
            let tag = Tag {
                key,
                attributes: name_end..tag_end,
            };
            stack.open_tag(bytes, tag, kind, sets, max_depth)
        };
        if !keep {
            edits.cut(html, start, tag_end);
        } else if let Some((from, to)) = excess {
            edits.cut(html, from, to);
        }
        i = tag_end;
        if !closing && kind.has(Kind::RAW_TEXT) {
            let end = find_end_tag(bytes, i, name).unwrap_or(bytes.len());
            if keep
                && code == Code::Drop
                && droppable_code(bytes, (name, key), sets, start, tag_end, end)
            {
                edits.cut(html, tag_end, end);
            } else if keep
                && code == Code::Drop
                && key == sets.title
                && end - tag_end > threshold::MAX_TITLE_BYTES
            {
                let mut keep_to = tag_end + threshold::MAX_TITLE_BYTES;
                while !html.is_char_boundary(keep_to) {
                    keep_to -= 1;
                }
                edits.cut(html, keep_to, end);
            }
            i = end;
        } else if !closing && keep && code == Code::Drop && key == sets.svg {
            if let Some(end) = droppable_svg(bytes, tag_end) {
                edits.cut(html, tag_end, end);
                i = end;
            }
        }
    }
    (stack.elements, edits.finish(html))
}

/// Where a tag ends and which of its attributes go, read as the HTML tokenizer reads the
/// attributes that follow the tag's name (from `from`): the index just past its `>` (the
/// end of the input when it has none), and the range of its attributes past
/// [`threshold::MAX_ATTRIBUTES`], up to the `>` or the `/` of a closing `/>`.
fn scan_tag(bytes: &[u8], from: usize) -> (usize, Option<(usize, usize)>) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
        AfterQuoted,
        SelfClosing,
    }
    let space = |b: u8| matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
    let mut state = State::BeforeName;
    let mut count = 0usize;
    let mut excess_from = None;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if let State::Quoted(q) = state {
            // Skip to the closing quote at once.
            match memchr::memchr(q, &bytes[i..]) {
                Some(off) => {
                    i += off + 1;
                    state = State::AfterQuoted;
                    continue;
                }
                None => break,
            }
        }
        if b == b'>' {
            let to = if state == State::SelfClosing {
                i - 1
            } else {
                i
            };
            return (i + 1, excess_from.map(|f: usize| (f.min(to), to)));
        }
        let mut starts_name = false;
        state = match state {
            State::BeforeName | State::SelfClosing if space(b) => State::BeforeName,
            State::Name | State::AfterName if space(b) => State::AfterName,
            State::BeforeValue if space(b) => State::BeforeValue,
            State::Unquoted | State::AfterQuoted if space(b) => State::BeforeName,
            State::Unquoted => State::Unquoted,
            State::BeforeValue if b == b'"' || b == b'\'' => State::Quoted(b),
            State::BeforeValue => State::Unquoted,
            _ if b == b'/' => State::SelfClosing,
            State::Name | State::AfterName if b == b'=' => State::BeforeValue,
            State::Name => State::Name,
            _ => {
                starts_name = true;
                State::Name
            }
        };
        if starts_name {
            count += 1;
            if count == threshold::MAX_ATTRIBUTES + 1 {
                excess_from = Some(i);
            }
        }
        i += 1;
    }
    (bytes.len(), None)
}

/// A cheap identity of a tag's attributes (its raw text between name and end), for
/// telling identical formatting elements apart.
fn attributes_hash(bytes: &[u8], name_end: usize, tag_end: usize) -> u64 {
    let raw = &bytes[name_end..tag_end];
    let raw = raw.strip_suffix(b">").unwrap_or(raw);
    raw.iter()
        .filter(|b| !b.is_ascii_whitespace())
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// A start tag: its name's key and where its attributes are in the input.
struct Tag {
    key: u64,
    attributes: std::ops::Range<usize>,
}

impl Tag {
    /// The tag's name and attributes as one number, for the parser's limit on identical
    /// formatting elements.
    fn identity(&self, bytes: &[u8]) -> u64 {
        self.key
            ^ attributes_hash(bytes, self.attributes.start, self.attributes.end).rotate_left(17)
    }
}

/// One entry of the approximate stack of open elements.
#[derive(Clone, Copy)]
struct Open {
    key: u64,
    /// The active formatting element this entry is, by serial number.
    formatting: Option<u64>,
}

/// An active formatting element: opened and not closed by its own end tag.
struct Active {
    serial: u64,
    tag: Tag,
    /// Its [`Tag::identity`], once a check needed it (only a list as long as the limit
    /// on identical ones can hold too many).
    identity: Option<u64>,
    /// Whether it is on the stack of open elements; one that is not is recreated
    /// before the next text or inline element.
    on_stack: bool,
}

/// The pre-scan's approximation of the parser's state: the stack of open elements, the
/// list of active formatting elements, and the elements created so far.
#[derive(Default)]
struct Stack {
    open: Vec<Open>,
    active: Vec<Active>,
    /// Active formatting elements not on the stack.
    displaced: usize,
    next_serial: u64,
    elements: usize,
}

impl Stack {
    /// Records a start tag (counted as an element even when dropped, as the input's
    /// size in elements); false when it is dropped (it would nest deeper than
    /// `max_depth`, or add an active formatting element past the limit). Void elements
    /// never open; the commonest implied end tags are applied.
    fn open_tag(
        &mut self,
        bytes: &[u8],
        tag: Tag,
        kind: Kind,
        sets: &TagSets,
        max_depth: usize,
    ) -> bool {
        let key = tag.key;
        if !kind.has(Kind::NO_RECONSTRUCT) {
            self.reconstruct();
        }
        self.elements += 1;
        if kind.has(Kind::VOID) {
            return true;
        }
        if let Some(closes) = kind.implied.and_then(|k| sets.implied.get(usize::from(k))) {
            while self.open.last().is_some_and(|t| closes.contains(&t.key)) {
                self.pop();
            }
        }
        if kind.has(Kind::CLOSES_P) && self.open.last().is_some_and(|t| t.key == sets.p) {
            self.pop();
        }
        if self.open.len() >= max_depth {
            return false;
        }
        let mut formatting = None;
        if kind.has(Kind::FORMATTING) {
            if key == sets.a {
                // A new link first closes the one still active.
                if let Some(k) = self.active.iter().rposition(|a| a.tag.key == key) {
                    let serial = self.active[k].serial;
                    if let Some(at) = self.open.iter().rposition(|o| o.formatting == Some(serial)) {
                        self.count_adoption_clones(at);
                    }
                    self.forget(k);
                }
            }
            if let Some(first) = self.first_of_identical(bytes, &tag) {
                self.forget(first);
            } else if self.active.len() >= threshold::MAX_ACTIVE_FORMATTING {
                return false;
            }
            let serial = self.next_serial;
            self.next_serial += 1;
            self.active.push(Active {
                serial,
                tag,
                identity: None,
                on_stack: true,
            });
            formatting = Some(serial);
        }
        self.open.push(Open { key, formatting });
        true
    }

    /// The first of the active formatting elements identical to `tag` when there are
    /// [`threshold::FORMATTING_DUPLICATES`] of them (the parser then drops it). The
    /// identities are worked out only when the list holds that many elements.
    fn first_of_identical(&mut self, bytes: &[u8], tag: &Tag) -> Option<usize> {
        if self.active.len() < threshold::FORMATTING_DUPLICATES {
            return None;
        }
        let new = tag.identity(bytes);
        let mut same = self
            .active
            .iter_mut()
            .map(|a| *a.identity.get_or_insert_with(|| a.tag.identity(bytes)))
            .enumerate()
            .filter(|&(_, identity)| identity == new);
        let first = same.next().map(|(k, _)| k);
        (same.count() + 1 >= threshold::FORMATTING_DUPLICATES).then(|| first.unwrap_or(0))
    }

    /// Records an end tag; false when it closes nothing kept. `</br>` and a `</p>`
    /// without an open `<p>` each create an element.
    fn close(&mut self, key: u64, kind: Kind, sets: &TagSets, max_depth: usize) -> bool {
        if key == sets.br {
            self.elements += 1;
            return true;
        }
        let mut found = self
            .open
            .iter()
            .rev()
            .take(threshold::END_TAG_SEARCH_DEPTH)
            .position(|t| t.key == key);
        if found.is_none() && self.active.iter().any(|a| a.on_stack) {
            // Closing an element deeper down pops the formatting elements above it, which
            // the parser then recreates: the whole stack is searched.
            found = self.open.iter().rev().position(|t| t.key == key);
        }
        match found {
            Some(k) => {
                let target = self.open.len() - k - 1;
                if let Some(serial) = self.open[target].formatting {
                    self.count_adoption_clones(target);
                    if let Some(a) = self.active.iter().position(|a| a.serial == serial) {
                        self.forget(a);
                    }
                }
                while self.open.len() > target {
                    self.pop();
                }
                true
            }
            None => {
                if key == sets.p {
                    self.elements += 1;
                } else if kind.has(Kind::FORMATTING) {
                    // Not open: the parser takes it off the active list.
                    if let Some(a) = self.active.iter().rposition(|a| a.tag.key == key) {
                        self.forget(a);
                    }
                }
                self.open.len() < max_depth
            }
        }
    }

    /// The adoption agency closing the formatting element at `at` on the stack: with a
    /// block inside it, the parser clones it, and up to three formatting elements between
    /// them.
    fn count_adoption_clones(&mut self, at: usize) {
        let above = &self.open[at + 1..];
        if above.iter().any(|o| o.formatting.is_none()) {
            let between = above.iter().filter(|o| o.formatting.is_some()).count();
            self.elements += 1 + between.min(3);
        }
    }

    /// Pops the current element; an active formatting element stays active, off the
    /// stack.
    fn pop(&mut self) {
        let Some(top) = self.open.pop() else {
            return;
        };
        if let Some(serial) = top.formatting {
            if let Some(a) = self.active.iter_mut().find(|a| a.serial == serial) {
                if a.on_stack {
                    a.on_stack = false;
                    self.displaced += 1;
                }
            }
        }
    }

    /// Takes the `k`th active formatting element off the list.
    fn forget(&mut self, k: usize) {
        let a = self.active.remove(k);
        if !a.on_stack {
            self.displaced -= 1;
        } else if let Some(o) = self
            .open
            .iter_mut()
            .find(|o| o.formatting == Some(a.serial))
        {
            o.formatting = None;
        }
    }

    /// The parser recreates every active formatting element not on the stack, in order.
    fn reconstruct(&mut self) {
        if self.displaced == 0 {
            return;
        }
        for a in self.active.iter_mut().filter(|a| !a.on_stack) {
            a.on_stack = true;
            self.elements += 1;
            self.open.push(Open {
                key: a.tag.key,
                formatting: Some(a.serial),
            });
        }
        self.displaced = 0;
    }
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

/// What the pre-scan needs to know of one tag name, looked up once per tag.
#[derive(Clone, Copy, Default)]
struct Kind {
    /// [`Kind::VOID`] and the other bits.
    bits: u8,
    /// Index in [`TagSets::implied`] of the open elements this start tag ends.
    implied: Option<u8>,
}

impl Kind {
    const VOID: u8 = 1;
    const RAW_TEXT: u8 = 1 << 1;
    const CLOSES_P: u8 = 1 << 2;
    const FORMATTING: u8 = 1 << 3;
    const NO_RECONSTRUCT: u8 = 1 << 4;

    fn has(self, bit: u8) -> bool {
        self.bits & bit != 0
    }
}

/// Slots of [`TagSets::kinds`]: a power of two, several times the vocabulary's tag names.
const KIND_SLOTS: usize = 256;

/// The vocabulary's tag sets as [`tag_key`]s, built once.
struct TagSets {
    /// The [`Kind`] of every tag name the sets hold, by key, in an open-addressed table
    /// (linear probing; key 0, which no tag name has, marks a free slot).
    kinds: Vec<(u64, Kind)>,
    /// For each start tag that implies end tags, the open elements it ends.
    implied: Vec<Vec<u64>>,
    p: u64,
    a: u64,
    br: u64,
    title: u64,
    script: u64,
    style: u64,
    svg: u64,
}

impl TagSets {
    fn get() -> &'static TagSets {
        static SETS: std::sync::OnceLock<TagSets> = std::sync::OnceLock::new();
        SETS.get_or_init(|| {
            let keys = |set: &[&str]| set.iter().map(|t| tag_key(t.as_bytes())).collect();
            let mut sets = TagSets {
                kinds: vec![(0, Kind::default()); KIND_SLOTS],
                implied: voc::IMPLIED_END_TAGS
                    .iter()
                    .map(|(_, closes)| keys(closes))
                    .collect(),
                p: tag_key(b"p"),
                a: tag_key(b"a"),
                br: tag_key(b"br"),
                title: tag_key(b"title"),
                script: tag_key(b"script"),
                style: tag_key(b"style"),
                svg: tag_key(b"svg"),
            };
            for (set, bit) in [
                (voc::VOID_TAGS, Kind::VOID),
                (voc::RAW_TEXT_TAGS, Kind::RAW_TEXT),
                (voc::CLOSES_P, Kind::CLOSES_P),
                (voc::FORMATTING_TAGS, Kind::FORMATTING),
                (voc::NO_RECONSTRUCT_TAGS, Kind::NO_RECONSTRUCT),
            ] {
                for name in set {
                    sets.kind_slot(tag_key(name.as_bytes())).bits |= bit;
                }
            }
            for (k, (opener, _)) in voc::IMPLIED_END_TAGS.iter().enumerate() {
                sets.kind_slot(tag_key(opener.as_bytes())).implied = u8::try_from(k).ok();
            }
            sets
        })
    }

    /// Where `key` sits in [`TagSets::kinds`], or the free slot where it would.
    fn slot(&self, key: u64) -> usize {
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % KIND_SLOTS;
        while self.kinds[at].0 != key && self.kinds[at].0 != 0 {
            at = (at + 1) % KIND_SLOTS;
        }
        at
    }

    /// The entry of `key`, made when missing (while building the table).
    fn kind_slot(&mut self, key: u64) -> &mut Kind {
        let at = self.slot(key);
        self.kinds[at].0 = key;
        &mut self.kinds[at].1
    }

    /// What the sets say of the tag name with this key.
    fn kind(&self, key: u64) -> Kind {
        self.kinds[self.slot(key)].1
    }
}

/// Index just past the `>` that ends a tag whose attributes start at `i`.
fn tag_end(bytes: &[u8], i: usize) -> usize {
    scan_tag(bytes, i).0
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
        document(html)
            .tree
            .values()
            .filter_map(|n| n.as_element().map(|e| e.name().to_string()))
            .collect()
    }

    /// Elements the parser creates from `html`.
    fn element_count(html: &str) -> usize {
        names(html).len()
    }

    #[test]
    fn attributes_past_the_cap_are_dropped_as_the_tokenizer_reads_them() {
        let n = threshold::MAX_ATTRIBUTES;
        let attrs: String = (0..n + 50).map(|i| format!(" a{i}=\"v>{i}\"")).collect();
        for html in [
            format!("<p{attrs}>x</p>"),
            format!("<br{attrs}/>"),
            format!("</p{attrs}>"),
        ] {
            let out = dropped(&html);
            assert_eq!(out.matches("=\"v>").count(), n, "{}", &out[..80]);
            assert!(out.contains(&format!(" a{}=", n - 1)));
            assert!(!out.contains(&format!(" a{}=", n)));
        }
        assert!(dropped(&format!("<br{attrs}/>")).ends_with("/>"));
        let doc = document(&dropped(&format!("<p{attrs}>x</p>")));
        let p = doc
            .tree
            .values()
            .find_map(|n| n.as_element().filter(|e| e.name() == "p"));
        assert_eq!(p.map(|e| e.attrs().count()), Some(n));
        // A tag with fewer attributes is untouched, whatever its quotes hold.
        let html = "<p a='>' b=\"'\" c=d\"e f/>x";
        assert!(matches!(
            limit_nesting(html, 512, Code::Drop).1,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn end_tags_that_create_elements_are_counted() {
        let html = "<body>".to_string() + &"</p></br>".repeat(100);
        let (counted, _) = limit_nesting(&html, 512, Code::Drop);
        assert!(counted >= element_count(&html) - 3, "{counted}");
        // An end tag that closes an open element creates nothing.
        let (counted, _) = limit_nesting("<p>a</p><p>b</p>", 512, Code::Drop);
        assert_eq!(counted, 2);
    }

    #[test]
    fn recreated_formatting_elements_are_counted() {
        // Every paragraph after the block that closed them recreates the active
        // formatting elements.
        let open: String = (0..20).map(|i| format!("<b id={i}>")).collect();
        let html = format!("<div>{open}</div>{}", "<p>x</p>".repeat(50));
        let (counted, _) = limit_nesting(&html, 512, Code::Drop);
        let created = element_count(&html);
        assert!(created > 1000, "{created}");
        assert!(counted + 10 >= created - 3, "{counted} of {created}");
        for html in [
            "<b><i><p>x</b></i>".repeat(50),
            "<a href=1><p>x<a href=2>y</a></p>".repeat(50),
            "<font size=2>".repeat(50) + &"<div>t</div>".repeat(50),
        ] {
            let (counted, _) = limit_nesting(&html, 512, Code::Drop);
            // (The parser adds `html`, `head` and `body` on its own.)
            assert!(
                counted + 5 >= element_count(&html),
                "{counted}: {}",
                &html[..40]
            );
        }
    }

    #[test]
    fn active_formatting_elements_are_capped() {
        let n = threshold::MAX_ACTIVE_FORMATTING;
        let open: String = (0..n + 100).map(|i| format!("<b id={i}>")).collect();
        let html = format!("<div>{open}</div>{}", "<p>x</p>".repeat(100));
        let out = dropped(&html);
        assert_eq!(out.matches("<b ").count(), n);
        let created = element_count(&out);
        assert!(created <= 100 * (n + 1) + n + 10, "{created}");
    }

    #[test]
    fn a_long_title_is_cut() {
        let title = "word ".repeat(10_000);
        let out = dropped(&format!("<title>{title}</title><p>x</p>"));
        assert_eq!(
            out.len(),
            "<title></title><p>x</p>".len() + threshold::MAX_TITLE_BYTES
        );
        let short = "<title>Short</title>";
        assert!(matches!(
            limit_nesting(short, 512, Code::Drop).1,
            Cow::Borrowed(_)
        ));
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
