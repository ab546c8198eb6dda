//! Markdown (CommonMark with GFM tables and strikethrough) from an article's sanitized
//! HTML, written in one explicit walk over the parsed fragment.

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::Node;

use super::{duplicate_title_heading, is_html_space, BLANK_LINE, NEW_LINE};
use crate::Article;

/// Elements that form a paragraph-level block (a blank line before and after).
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "nav",
    "figure",
    "figcaption",
    "caption",
    "details",
    "summary",
    "address",
    "dl",
    "dd",
    "hgroup",
    "center",
    "fieldset",
    "legend",
];

/// Elements whose content Markdown leaves out besides [`super::NEVER_RENDERED`]: MathML
/// annotations (the formula is written from its presentation markup) and ruby
/// parentheses.
const SKIP_TAGS: &[&str] = &["annotation", "annotation-xml", "rp"];

/// Inline elements written as a code span.
const CODE_TAGS: &[&str] = &["code", "kbd", "samp", "tt"];

/// Inline elements with Markdown delimiters: (tag, opening, closing).
const DELIMITED_TAGS: &[(&str, &str, &str)] = &[
    ("em", "*", "*"),
    ("i", "*", "*"),
    ("cite", "*", "*"),
    ("dfn", "*", "*"),
    ("var", "*", "*"),
    ("strong", "**", "**"),
    ("b", "**", "**"),
    ("dt", "**", "**"),
    ("del", "~~", "~~"),
    ("s", "~~", "~~"),
    ("strike", "~~", "~~"),
    ("q", "\"", "\""),
];

/// Embedded players and media, written as a link to their source: (tag, link text).
const MEDIA_TAGS: &[(&str, &str)] = &[
    ("iframe", "Embedded media"),
    ("video", "Video"),
    ("audio", "Audio"),
];

/// Characters escaped with a backslash anywhere in text. `<` and `&` are written as
/// character references instead ([`escape_inline`]): a backslash before `<` is not an
/// escape in every renderer (Python-Markdown), a reference is.
const ESCAPED_CHARS: &[char] = &['\\', '`', '*', '[', ']', '>', '~'];

/// Schemes a link destination may keep; anything else is dropped (the label stays).
const LINK_SCHEMES: &[&str] = &["http", "https", "mailto"];
/// Schemes an image or media source may keep.
const MEDIA_SCHEMES: &[&str] = &["http", "https"];

/// Decoding passes (character references, then percent-encoding) a destination gets
/// before its scheme is read; one still changing after these is dropped.
const MAX_DECODE_PASSES: usize = 4;

/// Named character references that decode to a character a URL's scheme can hinge on
/// (the scheme check reads any other reference as a character no scheme holds).
const URL_NAMED_REFERENCES: &[(&str, char)] = &[
    ("colon", ':'),
    ("sol", '/'),
    ("quest", '?'),
    ("num", '#'),
    ("period", '.'),
    ("plus", '+'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("lpar", '('),
    ("rpar", ')'),
    ("percnt", '%'),
    ("semi", ';'),
    ("tab", '\t'),
    ("newline", '\n'),
    ("nbsp", '\u{a0}'),
];

/// Characters written percent-encoded in a link destination: none of them can end,
/// escape or re-open anything in any renderer, whatever its link syntax.
const URL_ENCODED_CHARS: &[char] = &[
    ' ', '(', ')', '<', '>', '[', ']', '\\', '`', '"', '\'', '{', '}', '|', '$', '^',
];

/// `encoding` values of a MathML annotation that hold TeX (compared ignoring case).
const TEX_ENCODINGS: &[&str] = &[
    "application/x-tex",
    "text/x-tex",
    "application/x-latex",
    "text/x-latex",
];

/// Characters TeX may not contain to be written between `$` delimiters: each could end
/// the math, open HTML or a code span, or make a renderer without math support read
/// something else than text.
const TEX_FORBIDDEN_CHARS: &[char] = &['$', '<', '`'];

/// Longest TeX written as math; longer formulas are written as their text.
const MAX_TEX_BYTES: usize = 4096;

/// Characters that, opening a line of a code block, can start a block construct in a
/// renderer that reads the block as Markdown (one without fenced code blocks).
const CODE_LINE_BLOCK_STARTS: &[char] = &[
    '<', '#', '>', '[', '-', '=', '*', '_', '+', '|', '0', '1', '2', '3', '4', '5', '6', '7', '8',
    '9',
];

/// Characters a code block's text needs to turn into HTML or a link when a renderer
/// reads it as Markdown.
const CODE_ACTIVE_CHARS: &[char] = &['<', '[', ']'];

/// Indentation of an indented code block, and of each list level in renderers that
/// indent nested blocks by a tab stop (Python-Markdown).
const CODE_INDENT: usize = 4;

/// Characters that start a block construct when they open a line.
const LINE_START_CHARS: &[char] = &['#', '+', '-', '=', '|'];

/// CommonMark caps ordered-list numbers at nine digits.
const MAX_LIST_NUMBER: u64 = 999_999_999;

/// Deepest quote/list nesting written as such; deeper levels continue at this depth
/// (bounds the prefix written on every line).
const MAX_PREFIX_DEPTH: usize = 16;

/// Deepest nesting of emphasis/links written with delimiters.
const MAX_INLINE_NESTING: usize = 8;

/// Wider `colspan` values are treated as this many columns.
const MAX_COLSPAN: usize = 50;

/// What opens a line: a blockquote marker or a list item's continuation indent.
enum Prefix {
    Quote,
    Indent(usize),
}

/// An open inline construct and whether its opening delimiter is written yet (it is
/// written lazily, right before the first text inside it, so empty ones vanish).
struct Inline {
    open: String,
    close: String,
    emitted: bool,
}

struct List {
    ordered: bool,
    next: u64,
}

#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    /// Byte offset in the output where the open cell's text starts.
    cell_start: Option<usize>,
}

#[derive(Default)]
struct Writer {
    out: String,
    prefixes: Vec<Prefix>,
    /// List markers not written yet: (index in `prefixes`, marker).
    markers: Vec<(usize, String)>,
    pending_breaks: u8,
    /// Prefixes repeated on a pending blank line (those open through the whole break).
    break_depth: usize,
    pending_space: bool,
    pending_hard_break: bool,
    /// Heading marker for the next line.
    lead: Option<String>,
    line_open: bool,
    line_has_text: bool,
    inlines: Vec<Inline>,
    /// Inline constructs opened past [`MAX_INLINE_NESTING`] (written as plain text).
    inline_overflow: usize,
    /// Quote and list levels opened past [`MAX_PREFIX_DEPTH`] (not indented further).
    prefix_overflow: usize,
    /// Open `math` elements without a TeX annotation (only the outermost is searched).
    math_depth: usize,
    lists: Vec<List>,
    tables: Vec<Table>,
    /// Open table cells (their text is captured, not written as lines).
    capture_depth: usize,
    heading_depth: usize,
}

impl Writer {
    fn request_break(&mut self, level: u8) {
        if self.capture_depth > 0 {
            self.pending_space = true;
            return;
        }
        // A list item that has not written its marker yet starts its own block.
        if !self.markers.is_empty() {
            return;
        }
        if self.pending_breaks == 0 {
            self.break_depth = self.prefixes.len();
        } else {
            self.break_depth = self.break_depth.min(self.prefixes.len());
        }
        self.pending_breaks = self.pending_breaks.max(level);
        self.pending_space = false;
        self.pending_hard_break = false;
    }

    /// Opens a quote or list-item level; past [`MAX_PREFIX_DEPTH`] levels nest no
    /// further (returns false).
    fn push_prefix(&mut self, prefix: Prefix) -> bool {
        if self.prefixes.len() >= MAX_PREFIX_DEPTH {
            self.prefix_overflow += 1;
            return false;
        }
        self.prefixes.push(prefix);
        true
    }

    fn pop_prefix(&mut self) {
        if self.prefix_overflow > 0 {
            self.prefix_overflow -= 1;
            return;
        }
        self.prefixes.pop();
        let len = self.prefixes.len();
        self.markers.retain(|&(i, _)| i < len);
        self.break_depth = self.break_depth.min(len);
    }

    fn render_prefix(&self, upto: usize, with_markers: bool) -> String {
        let mut s = String::new();
        for (i, p) in self.prefixes.iter().take(upto).enumerate() {
            if with_markers {
                if let Some((_, m)) = self.markers.iter().find(|(j, _)| *j == i) {
                    s.push_str(m);
                    continue;
                }
            }
            match p {
                Prefix::Quote => s.push_str("> "),
                Prefix::Indent(w) => s.extend(std::iter::repeat_n(' ', *w)),
            }
        }
        s
    }

    fn flush_breaks(&mut self) {
        if self.pending_breaks == 0 {
            return;
        }
        if self.out.is_empty() {
            self.pending_breaks = 0;
            return;
        }
        // Inline constructs never span a block boundary: close them here, they reopen
        // before the next text.
        for inline in self.inlines.iter_mut().rev() {
            if inline.emitted {
                self.out.push_str(&inline.close);
                inline.emitted = false;
            }
        }
        self.out.push('\n');
        if self.pending_breaks >= BLANK_LINE {
            let blank = self.render_prefix(self.break_depth, false);
            self.out.push_str(blank.trim_end());
            self.out.push('\n');
        }
        self.pending_breaks = 0;
        self.line_open = false;
        self.line_has_text = false;
    }

    fn open_line(&mut self) {
        if self.line_open {
            return;
        }
        let prefix = self.render_prefix(self.prefixes.len(), true);
        self.out.push_str(&prefix);
        self.markers.clear();
        self.line_open = true;
        self.line_has_text = false;
    }

    /// Writes what is owed before inline content; returns true when the content opens
    /// a line (so block-starting characters need escaping).
    fn before_inline(&mut self) -> bool {
        let mut line_start = false;
        if self.capture_depth == 0 {
            if self.pending_hard_break && self.pending_breaks == 0 && self.line_has_text {
                self.out.push_str("\\\n");
                self.line_open = false;
                self.line_has_text = false;
            }
            self.pending_hard_break = false;
            self.flush_breaks();
            self.open_line();
            if let Some(lead) = self.lead.take() {
                self.out.push_str(&lead);
            } else {
                line_start = !self.line_has_text;
            }
        }
        if self.pending_space && (self.line_has_text || self.capture_depth > 0) {
            self.out.push(' ');
        }
        self.pending_space = false;
        for inline in self.inlines.iter_mut() {
            if !inline.emitted {
                self.out.push_str(&inline.open);
                inline.emitted = true;
                line_start = false;
            }
        }
        self.line_has_text = true;
        line_start
    }

    fn text(&mut self, text: &str) {
        for (i, word) in text.split(is_html_space).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if !word.is_empty() {
                let line_start = self.before_inline();
                escape_text(&mut self.out, word, line_start);
            }
        }
    }

    fn hard_break(&mut self) {
        if self.capture_depth > 0 || self.heading_depth > 0 {
            self.pending_space = true;
        } else if self.line_has_text {
            self.pending_hard_break = true;
            self.pending_space = false;
        }
    }

    fn raw_inline(&mut self, s: &str) {
        self.before_inline();
        self.out.push_str(s);
    }

    /// Writes one line verbatim (after any pending break).
    fn raw_line(&mut self, s: &str) {
        self.pending_hard_break = false;
        self.flush_breaks();
        self.open_line();
        self.lead = None;
        self.out.push_str(s);
        self.line_has_text = true;
    }

    /// Opens an inline construct; past [`MAX_INLINE_NESTING`] levels deeper ones are
    /// written as plain text.
    fn open_inline(&mut self, open: &str, close: String) {
        if self.inlines.len() >= MAX_INLINE_NESTING {
            self.inline_overflow += 1;
            return;
        }
        self.inlines.push(Inline {
            open: open.to_string(),
            close,
            emitted: false,
        });
    }

    fn close_inline(&mut self) {
        if self.inline_overflow > 0 {
            self.inline_overflow -= 1;
            return;
        }
        if let Some(inline) = self.inlines.pop() {
            if inline.emitted {
                self.out.push_str(&inline.close);
            }
        }
    }

    fn finish(mut self) -> String {
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        self.out.push('\n');
        self.out
    }
}

/// Escapes Markdown syntax in a word of text.
fn escape_text(out: &mut String, word: &str, line_start: bool) {
    if line_start {
        if word.starts_with(LINE_START_CHARS) {
            out.push('\\');
        } else {
            let digits = word.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && matches!(word.as_bytes().get(digits), Some(b'.' | b')')) {
                out.push_str(&word[..digits]);
                out.push('\\');
                escape_inline(out, &word[digits..]);
                return;
            }
        }
    }
    escape_inline(out, word);
}

fn escape_inline(out: &mut String, word: &str) {
    let chars: Vec<char> = word.chars().filter(|&c| !is_stripped_control(c)).collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '<' => {
                out.push_str("&lt;");
                continue;
            }
            '&' if starts_reference(&chars[i + 1..]) => {
                out.push_str("&amp;");
                continue;
            }
            _ => {}
        }
        let escape = if c == '_' {
            // Underscores inside a word never emphasize.
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            !(before.is_some_and(|b| b.is_alphanumeric())
                && after.is_some_and(|a| a.is_alphanumeric()))
        } else {
            ESCAPED_CHARS.contains(&c)
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Control characters left out of every part of the output: invisible on the page, and
/// some renderers delete them before parsing (Python-Markdown's STX and ETX), which
/// would join what the escaping kept apart.
fn is_stripped_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FEFF}'
}

/// Whether the characters after a `&` would make a character reference in some
/// renderer (`&#…`, or `&name;` with any alphanumeric name).
fn starts_reference(after: &[char]) -> bool {
    match after.first() {
        Some('#') => true,
        Some(c) if c.is_ascii_alphanumeric() => after
            .iter()
            .find(|c| !c.is_ascii_alphanumeric())
            .is_some_and(|&c| c == ';'),
        _ => false,
    }
}

/// What a renderer or browser may read a destination as: decoded as far as any of them
/// might (character references, percent-encoding, repeatedly), without the characters
/// URL parsers skip (controls, whitespace), lowercased; `None` when decoding does not
/// settle.
fn decoded_destination(url: &str) -> Option<String> {
    let mut current = url.to_string();
    for _ in 0..MAX_DECODE_PASSES {
        let decoded = percent_decode(&decode_references(&current));
        if decoded == current {
            let kept: String = current
                .chars()
                .filter(|c| !c.is_control() && !c.is_whitespace())
                .collect();
            return Some(kept.to_lowercase());
        }
        current = decoded;
    }
    None
}

/// `text` with numeric character references (with or without `;`) and the named ones
/// in [`URL_NAMED_REFERENCES`] decoded.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        if let Some(num) = rest.strip_prefix('#') {
            let (radix, digits) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (16, hex),
                None => (10, num),
            };
            let len = digits
                .find(|c: char| !c.is_digit(radix))
                .unwrap_or(digits.len());
            if len > 0 {
                let value = u32::from_str_radix(&digits[..len.min(8)], radix).unwrap_or(0xFFFD);
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
                rest = &digits[len..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        }
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let known = URL_NAMED_REFERENCES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(&rest[..name_len]));
        match known {
            Some(&(_, c)) if rest[name_len..].starts_with(';') => {
                out.push(c);
                rest = &rest[name_len + 1..];
            }
            _ => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

/// `text` with `%XX` sequences decoded (invalid UTF-8 becoming U+FFFD).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |i: usize| bytes.get(i).and_then(|&b| char::from(b).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let (Some(h), Some(l)) = (hex(i + 1), hex(i + 2)) {
                out.extend(u8::try_from(h * 16 + l).ok());
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a decoded destination is relative or uses one of `schemes`: a colon before
/// any `/`, `?` or `#` makes what precedes it a scheme, whatever characters it holds.
fn has_allowed_scheme(decoded: &str, schemes: &[&str]) -> bool {
    match decoded.find([':', '/', '?', '#']) {
        Some(at) if decoded[at..].starts_with(':') => schemes.contains(&&decoded[..at]),
        _ => true,
    }
}

/// A URL written as a Markdown link destination, or `None` when a renderer or browser
/// could read it as a scheme outside `schemes`. What is written reads back as the URL
/// itself in every renderer: no character reference, escape, space, control or
/// bracket is left to interpret.
fn destination(url: &str, schemes: &[&str]) -> Option<String> {
    let url = url.trim_matches(|c: char| c.is_control() || c.is_whitespace());
    let decoded = decoded_destination(url)?;
    if decoded.is_empty() || !has_allowed_scheme(&decoded, schemes) {
        return None;
    }
    let chars: Vec<char> = url.chars().collect();
    let mut s = String::with_capacity(url.len());
    for (i, &c) in chars.iter().enumerate() {
        let encode = c.is_control()
            || c.is_whitespace()
            || URL_ENCODED_CHARS.contains(&c)
            || (c == '&' && starts_reference(&chars[i + 1..]));
        if encode {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                s.push_str(&format!("%{b:02X}"));
            }
        } else {
            s.push(c);
        }
    }
    Some(s)
}

/// Text made safe inside `[...]` (link text from attributes, image alt).
fn escape_label(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    for word in text.split(is_html_space).filter(|w| !w.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    let chars: Vec<char> = collapsed
        .chars()
        .filter(|&c| !is_stripped_control(c))
        .collect();
    let mut s = String::with_capacity(collapsed.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '<' => s.push_str("&lt;"),
            '&' if starts_reference(&chars[i + 1..]) => s.push_str("&amp;"),
            '[' | ']' | '\\' | '*' | '_' | '`' => {
                s.push('\\');
                s.push(c);
            }
            _ => s.push(c),
        }
    }
    s
}

/// A code span whose delimiter is longer than any backtick run inside it.
fn code_span(text: &str) -> String {
    let collapsed: String = {
        let mut s = String::with_capacity(text.len());
        for (i, w) in text
            .split(is_html_space)
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(w);
        }
        s
    };
    let fence = "`".repeat(longest_run(&collapsed, '`') + 1);
    let pad = if collapsed.starts_with('`') || collapsed.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{collapsed}{pad}{fence}")
}

fn longest_run(text: &str, ch: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in text.chars() {
        if c == ch {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// Text of a subtree with `<br>` as a newline (for code), without stripped controls.
fn raw_text(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for n in node.descendants() {
        match n.value() {
            Node::Text(t) => s.extend(t.chars().filter(|&c| !is_stripped_control(c))),
            Node::Element(el) if el.name() == "br" => s.push('\n'),
            _ => {}
        }
    }
    s
}

/// The language of a code block, from a `language-*` / `lang-*` class on the `pre` or
/// its `code`.
fn code_language(pre: NodeRef<'_, Node>) -> Option<String> {
    let candidates = std::iter::once(pre).chain(
        pre.children()
            .filter(|c| c.value().as_element().is_some_and(|el| el.name() == "code")),
    );
    for node in candidates {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        // The first class naming a language in sorted order (as `Element::classes`
        // lists them): the smallest, found without sorting.
        let class = el
            .attrs
            .iter()
            .filter(|(name, _)| &*name.local == "class")
            .flat_map(|(_, value)| value.split_ascii_whitespace())
            .filter(|class| class_language(class).is_some())
            .min();
        if let Some(lang) = class.and_then(class_language) {
            return Some(lang.to_string());
        }
    }
    None
}

/// The language a `language-…` or `lang-…` class names.
fn class_language(class: &str) -> Option<&str> {
    let lang = class
        .strip_prefix("language-")
        .or_else(|| class.strip_prefix("lang-"))?;
    (!lang.is_empty()
        && lang
            .chars()
            .all(|c| c.is_alphanumeric() || "+-#_.".contains(c)))
    .then_some(lang)
}

/// The TeX source a MathML element carries, when its annotation says it is TeX and the
/// source can be written between `$` delimiters (see [`inert_tex`]).
fn tex_annotation(math: NodeRef<'_, Node>) -> Option<String> {
    let annotation = math.descendants().find(|n| {
        n.value().as_element().is_some_and(|el| {
            el.name() == "annotation"
                && el.attr("encoding").is_some_and(|e| {
                    TEX_ENCODINGS
                        .iter()
                        .any(|t| t.eq_ignore_ascii_case(e.trim()))
                })
        })
    })?;
    inert_tex(&raw_text(annotation))
}

/// TeX on one line (whitespace runs collapsed), when nothing in it can end its `$`
/// delimiters or be read as anything but text by a renderer without math support: no
/// `$`, `<` or backtick ([`TEX_FORBIDDEN_CHARS`]), no `]` followed by what makes a link
/// (`(`, `[`, `:`), no backslash before the closing delimiter, not over
/// [`MAX_TEX_BYTES`].
fn inert_tex(tex: &str) -> Option<String> {
    let tex = tex.split_whitespace().collect::<Vec<_>>().join(" ");
    let links = tex
        .match_indices(']')
        .any(|(at, _)| tex[at + 1..].trim_start().starts_with(['(', '[', ':']));
    let inert = !tex.is_empty()
        && tex.len() <= MAX_TEX_BYTES
        && !tex.contains(TEX_FORBIDDEN_CHARS)
        && !links
        && !tex.ends_with('\\');
    inert.then_some(tex)
}

fn media_source<'a>(node: NodeRef<'a, Node>, el: &'a scraper::node::Element) -> Option<&'a str> {
    el.attr("src").filter(|s| !s.trim().is_empty()).or_else(|| {
        node.descendants().find_map(|n| {
            let e = n.value().as_element()?;
            (e.name() == "source").then(|| e.attr("src")).flatten()
        })
    })
}

fn open_element(w: &mut Writer, node: NodeRef<'_, Node>, el: &scraper::node::Element) -> bool {
    let name = el.name();
    if super::NEVER_RENDERED.contains(&name) || SKIP_TAGS.contains(&name) {
        return false;
    }
    if let Some(&(_, open, close)) = DELIMITED_TAGS.iter().find(|(t, _, _)| *t == name) {
        if name == "dt" {
            w.request_break(BLANK_LINE);
        }
        w.open_inline(open, close.to_string());
        return true;
    }
    if let Some(&(_, label)) = MEDIA_TAGS.iter().find(|(t, _)| *t == name) {
        if let Some(src) = media_source(node, el).and_then(|s| destination(s, MEDIA_SCHEMES)) {
            w.request_break(BLANK_LINE);
            w.raw_inline(&format!("[{label}]({src})"));
            w.request_break(BLANK_LINE);
        }
        return false;
    }
    if CODE_TAGS.contains(&name) {
        w.raw_inline(&code_span(&raw_text(node)));
        return false;
    }
    if BLOCK_TAGS.contains(&name) {
        w.request_break(BLANK_LINE);
        return true;
    }
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            let level = usize::from(name.as_bytes()[1] - b'0');
            w.request_break(BLANK_LINE);
            if w.capture_depth == 0 {
                w.lead = Some(format!("{} ", "#".repeat(level)));
            }
            w.heading_depth += 1;
        }
        "blockquote" => {
            w.request_break(BLANK_LINE);
            if w.capture_depth == 0 {
                w.push_prefix(Prefix::Quote);
            }
        }
        "ul" | "ol" => {
            let nested = !w.lists.is_empty();
            w.request_break(if nested { NEW_LINE } else { BLANK_LINE });
            let next = el
                .attr("start")
                .and_then(|s| s.trim().parse::<u64>().ok())
                .unwrap_or(1)
                .min(MAX_LIST_NUMBER);
            w.lists.push(List {
                ordered: name == "ol",
                next,
            });
        }
        "li" => {
            if w.capture_depth > 0 {
                w.pending_space = true;
                return true;
            }
            w.request_break(NEW_LINE);
            let marker = match w.lists.last_mut() {
                Some(list) if list.ordered => {
                    let m = format!("{}. ", list.next);
                    list.next = (list.next + 1).min(MAX_LIST_NUMBER);
                    m
                }
                _ => "- ".to_string(),
            };
            if w.push_prefix(Prefix::Indent(marker.len())) {
                w.markers.push((w.prefixes.len() - 1, marker));
            }
        }
        "pre" => {
            let code = raw_text(node);
            if w.capture_depth > 0 {
                w.raw_inline(&code_span(&code));
                return false;
            }
            let code = code.strip_suffix('\n').unwrap_or(&code);
            w.request_break(BLANK_LINE);
            if fence_is_inert(code) {
                let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
                let lang = code_language(node).unwrap_or_default();
                w.raw_line(&format!("{fence}{lang}"));
                for line in code.split('\n') {
                    w.request_break(NEW_LINE);
                    w.raw_line(line.trim_end_matches('\r'));
                }
                w.request_break(NEW_LINE);
                w.raw_line(&fence);
            } else {
                write_indented_code(w, code);
            }
            w.request_break(BLANK_LINE);
            return false;
        }
        "a" => {
            let href = el.attr("href").and_then(|h| destination(h, LINK_SCHEMES));
            if let Some(href) = href {
                w.open_inline("[", format!("]({href})"));
            } else {
                w.open_inline("", String::new());
            }
        }
        "img" => {
            let alt = el.attr("alt").unwrap_or("");
            match el.attr("src").and_then(|s| destination(s, MEDIA_SCHEMES)) {
                Some(src) => w.raw_inline(&format!("![{}]({src})", escape_label(alt))),
                // An image whose source cannot be written keeps its description.
                None if el.attr("src").is_some_and(|s| !s.trim().is_empty()) => w.text(alt),
                None => {}
            }
        }
        "br" => w.hard_break(),
        "hr" if w.capture_depth == 0 => {
            w.request_break(BLANK_LINE);
            w.raw_line("---");
            w.request_break(BLANK_LINE);
        }
        "math" => {
            let tex = if w.math_depth == 0 {
                tex_annotation(node)
            } else {
                None
            };
            if let Some(tex) = tex {
                let block = el.attr("display") == Some("block");
                if block {
                    w.request_break(BLANK_LINE);
                }
                let delim = if block { "$$" } else { "$" };
                w.raw_inline(&format!("{delim}{tex}{delim}"));
                if block {
                    w.request_break(BLANK_LINE);
                }
                return false;
            }
            w.math_depth += 1;
        }
        "table" => {
            if w.capture_depth == 0 {
                w.request_break(BLANK_LINE);
            }
            w.tables.push(Table::default());
        }
        "tr" => {
            if let Some(t) = w.tables.last_mut() {
                if !t.row.is_empty() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
        }
        "td" | "th" => {
            let start = w.out.len();
            if let Some(t) = w.tables.last_mut() {
                if t.cell_start.is_none() {
                    t.cell_start = Some(start);
                    w.capture_depth += 1;
                    w.pending_space = false;
                }
            }
        }
        _ => {}
    }
    true
}

fn close_element(w: &mut Writer, el: &scraper::node::Element) {
    let name = el.name();
    if DELIMITED_TAGS.iter().any(|(t, _, _)| *t == name) {
        w.close_inline();
        if name == "dt" {
            w.request_break(BLANK_LINE);
        }
        return;
    }
    if BLOCK_TAGS.contains(&name) {
        w.request_break(BLANK_LINE);
        return;
    }
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            w.heading_depth = w.heading_depth.saturating_sub(1);
            w.lead = None;
            w.request_break(BLANK_LINE);
        }
        "blockquote" => {
            if w.capture_depth == 0 {
                w.pop_prefix();
            }
            w.request_break(BLANK_LINE);
        }
        "ul" | "ol" => {
            w.lists.pop();
            let nested = !w.lists.is_empty();
            w.request_break(if nested { NEW_LINE } else { BLANK_LINE });
        }
        "li" => {
            if w.capture_depth > 0 {
                w.pending_space = true;
                return;
            }
            w.pop_prefix();
            // Items stay one per line unless one of them holds several blocks.
            if w.pending_breaks > 0 {
                w.pending_breaks = NEW_LINE;
            } else {
                w.request_break(NEW_LINE);
            }
        }
        "a" => w.close_inline(),
        "math" => w.math_depth = w.math_depth.saturating_sub(1),
        "td" | "th" => {
            let Some(t) = w.tables.last_mut() else {
                return;
            };
            let Some(start) = t.cell_start.take() else {
                return;
            };
            let raw = w.out.split_off(start.min(w.out.len()));
            let cell = raw.trim().replace(['\n', '\r'], " ").replace('|', "\\|");
            t.row.push(cell);
            let span = el
                .attr("colspan")
                .and_then(|s| s.trim().parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, MAX_COLSPAN);
            t.row.extend(std::iter::repeat_n(String::new(), span - 1));
            w.capture_depth = w.capture_depth.saturating_sub(1);
            w.pending_space = false;
        }
        "tr" => {
            if let Some(t) = w.tables.last_mut() {
                if !t.row.is_empty() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
        }
        "table" => {
            if let Some(mut t) = w.tables.pop() {
                if !t.row.is_empty() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
                write_table(w, &t.rows);
            }
        }
        _ => {}
    }
}

/// Whether a code block's text stays text inside a fence even for a renderer without
/// fenced code blocks (Python-Markdown by default), which reads the fence as a code span
/// when the block is one paragraph: either the text holds nothing that makes HTML or a
/// link ([`CODE_ACTIVE_CHARS`]), or it has no blank line and no line that could start
/// another block ([`CODE_LINE_BLOCK_STARTS`]).
fn fence_is_inert(code: &str) -> bool {
    if !code.contains(CODE_ACTIVE_CHARS) {
        return true;
    }
    code.split('\n').all(|line| {
        let line = line.trim_start();
        !line.trim_end().is_empty() && !line.starts_with(CODE_LINE_BLOCK_STARTS)
    })
}

/// A code block as an indented code block: literal in every renderer. Inside lists each
/// level is padded to a tab stop, as renderers that nest blocks by tab stops need.
fn write_indented_code(w: &mut Writer, code: &str) {
    let (levels, width) = w.prefixes.iter().fold((0, 0), |(n, sum), p| match p {
        Prefix::Indent(i) => (n + 1, sum + i),
        Prefix::Quote => (n, sum),
    });
    let pad = " ".repeat((CODE_INDENT * levels).saturating_sub(width) + CODE_INDENT);
    let lines: Vec<&str> = code.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return;
    };
    for (i, line) in lines[first..=last].iter().enumerate() {
        if i > 0 {
            w.request_break(NEW_LINE);
        }
        if line.trim().is_empty() {
            // A blank line carries the container prefixes without trailing spaces.
            w.raw_line("");
            let end = w.out.trim_end_matches(' ').len();
            w.out.truncate(end);
        } else {
            w.raw_line(&format!("{pad}{line}"));
        }
    }
}

fn write_table(w: &mut Writer, rows: &[Vec<String>]) {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    if cols == 0 {
        return;
    }
    if w.capture_depth > 0 {
        // A table inside a cell: its cells in reading order.
        let flat: Vec<&str> = rows
            .iter()
            .flatten()
            .map(String::as_str)
            .filter(|c| !c.is_empty())
            .collect();
        if !flat.is_empty() {
            w.raw_inline(&flat.join(" "));
        }
        return;
    }
    let line = |row: &[String]| {
        let mut s = String::from("|");
        for i in 0..cols {
            let cell = row.get(i).map(String::as_str).unwrap_or("");
            s.push(' ');
            s.push_str(cell);
            s.push_str(" |");
        }
        s
    };
    w.request_break(BLANK_LINE);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            w.request_break(NEW_LINE);
        }
        w.raw_line(&line(row));
        if i == 0 {
            w.request_break(NEW_LINE);
            w.raw_line(&format!("|{}", " --- |".repeat(cols)));
        }
    }
    w.request_break(BLANK_LINE);
}

/// Markdown for an article: the title as a level-1 heading, then the content.
pub(super) fn render(article: &Article) -> String {
    let doc = crate::input::fragment(&article.content);
    let root = doc.root_element();
    let mut w = Writer::default();
    let title = article.title.trim();
    if !title.is_empty() {
        w.lead = Some("# ".to_string());
        w.heading_depth += 1;
        w.text(title);
        w.heading_depth -= 1;
        w.lead = None;
        w.request_break(BLANK_LINE);
    }
    let duplicate = duplicate_title_heading(root, title);
    // A subtree being passed over (skipped element or one written whole on open).
    let mut skipping: Option<NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => w.text(t),
                    Node::Element(el) => {
                        let descend =
                            Some(node.id()) != duplicate && open_element(&mut w, node, el);
                        if !descend {
                            skipping = Some(node.id());
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skipping {
                    if id == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    close_element(&mut w, el);
                }
            }
        }
    }
    w.finish()
}

impl Article {
    /// The article as Markdown: `# title`, then headings, paragraphs, emphasis, links,
    /// images, nested lists, blockquotes, code, GFM tables and rules from `content`.
    pub fn to_markdown(&self) -> String {
        render(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(content: &str) -> String {
        Article {
            content: content.to_string(),
            ..Article::default()
        }
        .to_markdown()
    }

    #[test]
    fn title_becomes_the_heading_and_a_repeated_one_is_dropped() {
        let a = Article {
            title: "My *Big* Story".to_string(),
            content: "<div><h1> My  *big* story </h1><p>Body.</p></div>".to_string(),
            ..Article::default()
        };
        assert_eq!(a.to_markdown(), "# My \\*Big\\* Story\n\nBody.\n");
        let b = Article {
            title: "Other".to_string(),
            content: "<h2>Section</h2><p>Body.</p>".to_string(),
            ..Article::default()
        };
        assert_eq!(b.to_markdown(), "# Other\n\n## Section\n\nBody.\n");
    }

    #[test]
    fn inline_markup() {
        assert_eq!(
            md(
                r#"<p>Some <em>emph</em> and <strong>bold</strong>, <del>gone</del>, a <a href="https://e.com/a b(c)">link</a>, <code>x`y</code>.</p>"#
            ),
            "Some *emph* and **bold**, ~~gone~~, a [link](https://e.com/a%20b%28c%29), ``x`y``.\n"
        );
        // Spaces inside delimiters move outside them; empty constructs vanish.
        assert_eq!(
            md(r#"<p>a<em> b </em>c <a href="https://e.com/"></a><strong> </strong>d</p>"#),
            "a *b* c d\n"
        );
        assert_eq!(
            md(
                r#"<p><a href="https://e.com/"><img src="https://e.com/i.png" alt="an [x]"></a></p>"#
            ),
            "[![an \\[x\\]](https://e.com/i.png)](https://e.com/)\n"
        );
    }

    #[test]
    fn text_that_looks_like_markdown_is_escaped() {
        assert_eq!(md("<p>1. not a list</p>"), "1\\. not a list\n");
        assert_eq!(md("<p># not a heading</p>"), "\\# not a heading\n");
        assert_eq!(md("<p>- not an item</p>"), "\\- not an item\n");
        assert_eq!(
            md("<p>a * b _c_ snake_case [x] &lt;tag&gt; `t`</p>"),
            "a \\* b \\_c\\_ snake_case \\[x\\] &lt;tag\\> \\`t\\`\n"
        );
    }

    #[test]
    fn lists_nest_and_number() {
        let out = md("<ul><li>one</li><li><p>two</p><p>two b</p></li><li>three<ol start=\"4\"><li>n1</li><li>n2</li></ol></li></ul><p>after</p>");
        assert_eq!(
            out,
            "- one\n- two\n\n  two b\n- three\n  4. n1\n  5. n2\n\nafter\n"
        );
        assert_eq!(
            md("<ol><li><ul><li>deep</li></ul></li><li>x</li></ol>"),
            "1. - deep\n2. x\n"
        );
    }

    #[test]
    fn blockquotes_prefix_every_line() {
        assert_eq!(
            md("<p>before</p><blockquote><p>quoted</p><p>more <b>q</b></p><ul><li>ql</li></ul><blockquote>inner</blockquote></blockquote><p>after</p>"),
            "before\n\n> quoted\n>\n> more **q**\n>\n> - ql\n>\n> > inner\n\nafter\n"
        );
    }

    #[test]
    fn code_blocks_are_fenced_and_keep_whitespace() {
        let out = md("<pre class=\"language-rust\"><code>fn main() {\n    println!(\"```\");\n\n}\n</code></pre><p>x</p>");
        assert_eq!(
            out,
            "````rust\nfn main() {\n    println!(\"```\");\n\n}\n````\n\nx\n"
        );
        assert_eq!(
            md("<ul><li>item<pre>a\n  b</pre></li></ul>"),
            "- item\n\n  ```\n  a\n    b\n  ```\n"
        );
    }

    #[test]
    fn code_language_is_the_first_naming_class_in_sorted_order() {
        for (classes, lang) in [
            ("language-rust", "rust"),
            ("lang-zz language-aa", "zz"),
            ("x language-python lang-c", "c"),
            ("language- language-bad! lang-ok", "ok"),
            ("LANGUAGE-X language-y", "y"),
            ("language-c++ language-c#", "c#"),
            ("language-z language-a language-a", "a"),
        ] {
            assert_eq!(
                md(&format!("<pre class=\"{classes}\">x</pre>")),
                format!("```{lang}\nx\n```\n"),
                "{classes}"
            );
            assert_eq!(
                md(&format!("<pre><code class=\"{classes}\">x</code></pre>")),
                format!("```{lang}\nx\n```\n"),
                "{classes}"
            );
        }
        assert_eq!(md("<pre class=\"foo bar\">x</pre>"), "```\nx\n```\n");
    }

    #[test]
    fn tables_become_gfm_tables() {
        let out = md("<table><caption>Cap</caption><thead><tr><th>A</th><th>B|C</th></tr></thead><tbody><tr><td><p>1</p></td><td><em>2</em><br>3</td></tr><tr><td colspan=2>wide</td></tr><tr><td>x</td></tr></tbody></table>");
        assert_eq!(
            out,
            "Cap\n\n| A | B\\|C |\n| --- | --- |\n| 1 | *2* 3 |\n| wide |  |\n| x |  |\n"
        );
    }

    #[test]
    fn breaks_rules_images_and_media() {
        assert_eq!(
            md("<p>line<br>break<br></p><hr><p>x</p>"),
            "line\\\nbreak\n\n---\n\nx\n"
        );
        assert_eq!(
            md("<figure><img src=\"https://e.com/i.png\" alt=\"A\"><figcaption>Cap</figcaption></figure>"),
            "![A](https://e.com/i.png)\n\nCap\n"
        );
        assert_eq!(
            md("<iframe src=\"https://www.youtube.com/embed/x\"></iframe><video><source src=\"https://e.com/v.mp4\"></video>"),
            "[Embedded media](https://www.youtube.com/embed/x)\n\n[Video](https://e.com/v.mp4)\n"
        );
    }

    #[test]
    fn math_uses_its_tex_annotation() {
        let out = md("<p>So <math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x^2</annotation></semantics></math> holds.</p>");
        assert_eq!(out, "So $x^2$ holds.\n");
    }

    /// The Markdown has no raw HTML a renderer could pass through: every `<` from the
    /// page is a character reference or inside code.
    fn assert_no_raw_lt(out: &str) {
        let outside_code: String = out.split('`').step_by(2).collect::<Vec<_>>().join("");
        assert!(!outside_code.contains('<'), "raw `<` in {out:?}");
    }

    #[test]
    fn math_annotations_are_written_only_when_tex_and_inert() {
        // Issue #12, vector 1: an HTML annotation, and TeX that would leave its `$`.
        let img = r#"<p>a <math><semantics><mi>x</mi><annotation encoding="application/x-tex">&lt;img src=x onerror=alert(1)&gt;</annotation></semantics></math> b</p>"#;
        let out = md(img);
        assert_eq!(out, "a x b\n");
        let block = r#"<math display="block"><semantics><mi>y</mi><annotation encoding="text/x-tex">&lt;script&gt;alert(1)&lt;/script&gt;</annotation></semantics></math>"#;
        assert_eq!(md(block), "y\n");
        let link = r#"<p><math><semantics><mi>z</mi><annotation encoding="application/x-tex">x$ [a](javascript:alert(1)) $y</annotation></semantics></math></p>"#;
        assert_eq!(md(link), "z\n");
        let bracket = r#"<p><math><semantics><mi>z</mi><annotation encoding="application/x-tex">[a] (javascript:alert(1))</annotation></semantics></math></p>"#;
        assert_eq!(md(bracket), "z\n");
        let html_encoding = r#"<p><math><semantics><mi>w</mi><annotation encoding="text/html">x^2</annotation></semantics></math></p>"#;
        assert_eq!(md(html_encoding), "w\n");
        let tex = r#"<p><math display="block"><semantics><mi>v</mi><annotation encoding=" Application/X-TeX ">\frac{a}{b}
 + [0, 1] \cdot |x| &amp; y</annotation></semantics></math></p>"#;
        assert_eq!(md(tex), "$$\\frac{a}{b} + [0, 1] \\cdot |x| & y$$\n");
    }

    #[test]
    fn destinations_with_a_disguised_scheme_are_dropped() {
        // Issue #12, vectors 2 and 3: entity-spelled schemes and control characters.
        for href in [
            "javascript&amp;colon;alert(1)",
            "&amp;#x6A;avascript:alert(1)",
            "&amp;#106;avascript&amp;#58;alert(1)",
            "&amp;#0000106avascript&amp;#0000058alert(1)",
            "\u{1}java\u{3}script:alert(1)",
            "java&#x09;script:alert(1)",
            " JaVaScRiPt:alert(1)",
            "javascript%3Aalert(1)",
            "%6A%61%76%61script:alert(1)",
            "javascript&amp;amp;colon;alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "java\\script:alert(1)",
        ] {
            let out = md(&format!(r#"<p>see <a href="{href}">the label</a> now</p>"#));
            assert_eq!(out, "see the label now\n", "{href}");
            let out = md(&format!(r#"<p><img src="{href}" alt="the alt"></p>"#));
            assert_eq!(out, "the alt\n", "{href}");
        }
        // Web and relative URLs stay, written so no renderer reads anything else in them.
        assert_eq!(
            md(
                r#"<p><a href="https://e.com/a?b=1&amp;c=2&amp;d&amp;amp;e=&amp;#1;">x</a> <a href="/rel/a:b">y</a> <a href="mailto:a@b.c">z</a></p>"#
            ),
            "[x](https://e.com/a?b=1&c=2&d%26amp;e=%26#1;) [y](/rel/a:b) [z](mailto:a@b.c)\n"
        );
        assert_eq!(
            md("<p><a href=\"https://e.com/a b\u{1}<c>[d]`e`\\f\">x</a></p>"),
            "[x](https://e.com/a%20b%01%3Cc%3E%5Bd%5D%60e%60%5Cf)\n"
        );
        // Ordinary addresses are written as they are.
        assert_eq!(
            md(r#"<p><a href="https://en.example.org/wiki/Snake_case_(x)*~?q=a+b#s-1">w</a></p>"#),
            "[w](https://en.example.org/wiki/Snake_case_%28x%29*~?q=a+b#s-1)\n"
        );
        // mailto is a link scheme, not an image source.
        assert_eq!(md(r#"<p><img src="mailto:a@b.c" alt="m"></p>"#), "m\n");
    }

    #[test]
    fn alt_text_and_labels_carry_no_markup() {
        // Issue #12, vector 4.
        let out = md(
            r#"<p><img src="https://e.com/i.png" alt="<img src=x onerror=alert(1)> &amp;lt;b&amp;gt; [x](javascript:y)"></p>"#,
        );
        assert_eq!(
            out,
            "![&lt;img src=x onerror=alert(1)> &amp;lt;b&amp;gt; \\[x\\](javascript:y)](https://e.com/i.png)\n"
        );
        assert_no_raw_lt(&out);
        let out = md("<p>a <b>&lt;script&gt;alert(1)&lt;/script&gt;</b> &amp;lt;i&amp;gt; \u{3}&lt;\u{2}img&gt;</p>");
        assert_eq!(
            out,
            "a **&lt;script\\>alert(1)&lt;/script\\>** &amp;lt;i&amp;gt; &lt;img\\>\n"
        );
        assert_no_raw_lt(&out);
    }

    #[test]
    fn code_blocks_that_a_fenceless_renderer_could_read_as_markdown_are_indented() {
        let risky = "<pre class=\"language-html\">&lt;p&gt;a&lt;/p&gt;\n\n&lt;img src=x onerror=alert(1)&gt;</pre>";
        assert_eq!(
            md(risky),
            "    <p>a</p>\n\n    <img src=x onerror=alert(1)>\n"
        );
        // In a list, each level is padded to a tab stop.
        assert_eq!(
            md(&format!("<ul><li>item{risky}</li></ul>")),
            "- item\n\n        <p>a</p>\n\n        <img src=x onerror=alert(1)>\n"
        );
        // One paragraph of code, or code with nothing active, keeps its fence.
        assert_eq!(
            md("<pre class=\"language-rust\">let v: Vec&lt;u8&gt; = x[0];\nf(v);</pre>"),
            "```rust\nlet v: Vec<u8> = x[0];\nf(v);\n```\n"
        );
        assert_eq!(md("<pre>a\n\n# b</pre>"), "```\na\n\n# b\n```\n");
    }

    #[test]
    fn nested_100_000_deep_does_not_overflow() {
        let deep = "<span>".repeat(100_000) + "deep";
        assert_eq!(md(&deep), "deep\n");
        let quotes = "<blockquote>".repeat(2_000) + "q";
        let out = md(&quotes);
        assert_eq!(out, format!("{}q\n", "> ".repeat(MAX_PREFIX_DEPTH)));
        // (html5ever itself is quadratic on nested lists and formatting elements, so
        // these stay small.)
        let lists = "<ul><li>i".repeat(500);
        assert!(md(&lists)
            .lines()
            .all(|l| l.len() <= 2 * MAX_PREFIX_DEPTH + 1));
        let ems = "<em><p>x</p>".repeat(2_000);
        let out = md(&ems);
        assert!(
            out.len() < 2_000 * (4 + 2 * MAX_INLINE_NESTING),
            "{}",
            out.len()
        );
        let maths = "<math><mrow>".repeat(5_000) + "<mi>x</mi>";
        assert_eq!(md(&maths), "x\n");
    }
}
