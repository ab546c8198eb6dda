//! Markdown (CommonMark with GFM tables and strikethrough) from an article's sanitized
//! HTML, written in one explicit walk over the parsed fragment.

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

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

/// Elements whose content never reaches the output.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "svg",
    "canvas",
    "button",
    "select",
    "textarea",
    "object",
    "embed",
    "annotation",
    "annotation-xml",
    "rp",
];

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

/// Characters escaped with a backslash anywhere in text.
const ESCAPED_CHARS: &[char] = &['\\', '`', '*', '[', ']', '<', '>', '~'];

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

const BLANK_LINE: u8 = 2;
const NEW_LINE: u8 = 1;

fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}')
}

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
    let chars: Vec<char> = word.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
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

/// A URL made safe as a Markdown link destination.
fn escape_url(url: &str) -> String {
    let mut s = String::with_capacity(url.len());
    for c in url.trim().chars() {
        match c {
            ' ' => s.push_str("%20"),
            '(' => s.push_str("%28"),
            ')' => s.push_str("%29"),
            '<' => s.push_str("%3C"),
            '>' => s.push_str("%3E"),
            '\\' => s.push_str("%5C"),
            '\n' | '\r' | '\t' => {}
            _ => s.push(c),
        }
    }
    s
}

/// Text made safe inside `[...]` (link text from attributes, image alt).
fn escape_label(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_html_space(c) {
            space = !s.is_empty();
            continue;
        }
        if space {
            s.push(' ');
            space = false;
        }
        if matches!(c, '[' | ']' | '\\' | '*' | '_' | '`') {
            s.push('\\');
        }
        s.push(c);
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

/// Text of a subtree with `<br>` as a newline (for code).
fn raw_text(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for n in node.descendants() {
        match n.value() {
            Node::Text(t) => s.push_str(t),
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
        for class in el.classes() {
            let lang = class
                .strip_prefix("language-")
                .or_else(|| class.strip_prefix("lang-"));
            if let Some(lang) = lang {
                if !lang.is_empty()
                    && lang
                        .chars()
                        .all(|c| c.is_alphanumeric() || "+-#_.".contains(c))
                {
                    return Some(lang.to_string());
                }
            }
        }
    }
    None
}

/// The TeX source a MathML element carries, if any.
fn tex_annotation(math: NodeRef<'_, Node>) -> Option<String> {
    math.descendants().find_map(|n| {
        let el = n.value().as_element()?;
        let encoding = el.attr("encoding")?;
        if el.name() == "annotation" && encoding.to_ascii_lowercase().contains("tex") {
            let tex = raw_text(n);
            let tex = tex.trim();
            (!tex.is_empty()).then(|| tex.to_string())
        } else {
            None
        }
    })
}

fn media_source<'a>(node: NodeRef<'a, Node>, el: &'a scraper::node::Element) -> Option<&'a str> {
    el.attr("src").filter(|s| !s.trim().is_empty()).or_else(|| {
        node.descendants().find_map(|n| {
            let e = n.value().as_element()?;
            (e.name() == "source").then(|| e.attr("src")).flatten()
        })
    })
}

fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The content's opening heading when it repeats the title (it is already written as
/// the document heading). Only looks as far as the first text.
pub(super) fn duplicate_title_heading(root: ElementRef<'_>, title: &str) -> Option<NodeId> {
    let title = normalized(title);
    if title.is_empty() {
        return None;
    }
    for node in root.descendants() {
        match node.value() {
            Node::Text(t) if !t.trim().is_empty() => return None,
            Node::Element(el) if matches!(el.name(), "h1" | "h2") => {
                let text: String = node
                    .descendants()
                    .filter_map(|n| n.value().as_text().map(|t| &**t))
                    .collect();
                return (normalized(&text) == title).then(|| node.id());
            }
            _ => {}
        }
    }
    None
}

fn open_element(w: &mut Writer, node: NodeRef<'_, Node>, el: &scraper::node::Element) -> bool {
    let name = el.name();
    if SKIP_TAGS.contains(&name) {
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
        if let Some(src) = media_source(node, el) {
            w.request_break(BLANK_LINE);
            w.raw_inline(&format!("[{label}]({})", escape_url(src)));
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
            let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
            let lang = code_language(node).unwrap_or_default();
            w.request_break(BLANK_LINE);
            w.raw_line(&format!("{fence}{lang}"));
            for line in code.split('\n') {
                w.request_break(NEW_LINE);
                w.raw_line(line.trim_end_matches('\r'));
            }
            w.request_break(NEW_LINE);
            w.raw_line(&fence);
            w.request_break(BLANK_LINE);
            return false;
        }
        "a" => {
            let href = el.attr("href").map(str::trim).unwrap_or("");
            if !href.is_empty() {
                w.open_inline("[", format!("]({})", escape_url(href)));
            } else {
                w.open_inline("", String::new());
            }
        }
        "img" => {
            if let Some(src) = el.attr("src").filter(|s| !s.trim().is_empty()) {
                let alt = escape_label(el.attr("alt").unwrap_or(""));
                w.raw_inline(&format!("![{alt}]({})", escape_url(src)));
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
    let doc = Html::parse_fragment(&crate::parse::limit_depth(&article.content));
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
            "a \\* b \\_c\\_ snake_case \\[x\\] \\<tag\\> \\`t\\`\n"
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
