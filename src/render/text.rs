//! Plain text of a tree (one block per line, a blank line between paragraphs), word
//! counts and reading time: the text every other output and the metrics are built from.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::Node;

use super::{html_words, BLANK_LINE, NEW_LINE};

/// Elements that stand apart from their neighbours by a blank line.
const PARAGRAPH_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dl",
    "figure",
    "hr",
    "address",
    "details",
    "fieldset",
];

/// Elements that start a new line without a blank line before them.
const LINE_TAGS: &[&str] = &[
    "div",
    "li",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "caption",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "nav",
    "hgroup",
    "summary",
    "legend",
    "center",
    "menu",
    "form",
    "picture",
    "video",
    "audio",
    "math",
    "body",
    "html",
];

/// Table cells: one row per line, cells separated by [`CELL_SEPARATOR`].
const CELL_TAGS: &[&str] = &["td", "th"];
const CELL_SEPARATOR: char = '\t';

/// Elements whose content the text leaves out besides [`super::NEVER_RENDERED`]: an
/// iframe's fallback content.
const SKIP_TAGS: &[&str] = &["iframe"];

/// Whether the content of `name` is never read as text.
fn skipped(name: &str) -> bool {
    super::NEVER_RENDERED.contains(&name) || SKIP_TAGS.contains(&name)
}

/// Any whitespace but a line break (trimmed from line ends outside `pre`).
fn is_inline_space(c: char) -> bool {
    c.is_whitespace() && c != '\n'
}

/// Builds text from a stream of words, spaces and break requests, so that no break is
/// written until text follows it (no leading or trailing blank lines, at most one blank
/// line in a row).
struct TextSink {
    out: String,
    /// Newlines wanted before the next text.
    pending_breaks: u8,
    /// A collapsed whitespace run is waiting to be written as one space.
    pending_space: bool,
    /// Cell separators waiting to be written before the next text of a table row.
    pending_cells: usize,
    /// The last text written came from a `pre` (its whitespace is kept, even at a line end).
    last_preformatted: bool,
}

impl TextSink {
    fn with_capacity(capacity: usize) -> Self {
        TextSink {
            out: String::with_capacity(capacity),
            pending_breaks: 0,
            pending_space: false,
            pending_cells: 0,
            last_preformatted: false,
        }
    }

    fn request_break(&mut self, level: u8) {
        self.pending_breaks = self.pending_breaks.max(level);
        self.pending_space = false;
        self.pending_cells = 0;
    }

    /// A `<br>`: each one adds a line, up to one blank line.
    fn line_break(&mut self) {
        self.pending_breaks = (self.pending_breaks + 1).min(BLANK_LINE);
        self.pending_space = false;
        self.pending_cells = 0;
    }

    fn trailing_newlines(&self) -> u8 {
        let mut n = 0;
        for b in self.out.bytes().rev() {
            if b != b'\n' || n == BLANK_LINE {
                break;
            }
            n += 1;
        }
        n
    }

    /// Writes whatever separators are owed before a piece of text.
    fn flush_before_text(&mut self) {
        if self.out.is_empty() {
            self.pending_breaks = 0;
            self.pending_space = false;
            self.pending_cells = 0;
            return;
        }
        if self.pending_breaks > 0 {
            if !self.last_preformatted {
                let end = self.out.trim_end_matches(is_inline_space).len();
                self.out.truncate(end);
            }
            let have = self.trailing_newlines();
            for _ in have..self.pending_breaks {
                self.out.push('\n');
            }
            self.pending_breaks = 0;
            self.pending_space = false;
            self.pending_cells = 0;
            return;
        }
        let at_line_start = self.out.ends_with('\n');
        if self.pending_cells > 0 && !at_line_start {
            for _ in 0..self.pending_cells {
                self.out.push(CELL_SEPARATOR);
            }
        } else if self.pending_space && !at_line_start {
            self.out.push(' ');
        }
        self.pending_space = false;
        self.pending_cells = 0;
    }

    /// True when the next text would open a line.
    fn at_line_start(&self) -> bool {
        self.out.is_empty()
            || self.pending_breaks > 0
            || (self.out.ends_with('\n') && self.pending_cells == 0)
    }

    /// Text outside `pre`: whitespace runs become one space, and lines neither start
    /// nor end with whitespace of any kind (no-break or ideographic spaces included).
    fn collapsed(&mut self, text: &str) {
        let mut words = html_words(text);
        let mut first = true;
        while let Some(word) = words.next() {
            if !first {
                self.pending_space = true;
            }
            first = false;
            let word = if self.at_line_start() {
                word.trim_start_matches(char::is_whitespace)
            } else {
                word
            };
            if !word.is_empty() {
                self.flush_before_text();
                self.out.push_str(word);
                self.last_preformatted = false;
                // The line is open now and owes no break: the other words follow one
                // space apart, and whitespace after the last is owed.
                for word in words.by_ref() {
                    self.pending_space = true;
                    if !word.is_empty() {
                        self.out.push(' ');
                        self.out.push_str(word);
                        self.pending_space = false;
                    }
                }
            }
        }
    }

    /// Text inside `pre`: kept exactly.
    fn preformatted(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.flush_before_text();
        if self.out.is_empty() {
            // No leading blank lines, even from a `pre`.
            self.out.push_str(text.trim_start_matches(['\n', '\r']));
        } else {
            self.out.push_str(text);
        }
        self.last_preformatted = true;
    }

    fn finish(mut self) -> String {
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        self.out
    }
}

/// Plain text of a subtree: block elements start new lines, paragraphs and headings are
/// separated by one blank line, list items and table rows take one line each (cells
/// separated by a tab), `pre` keeps its whitespace and whitespace elsewhere collapses.
pub(crate) fn block_text(root: NodeRef<'_, Node>) -> String {
    let mut sink = TextSink::with_capacity(4096);
    let mut skip_depth = 0usize;
    let mut pre_depth = 0usize;
    let mut list_item_depth = 0usize;
    let mut cell_depth = 0usize;
    // Number of cells seen so far in each open table row, innermost last.
    let mut row_cells: Vec<usize> = Vec::new();

    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) if skip_depth == 0 => {
                    if pre_depth > 0 {
                        sink.preformatted(t);
                    } else {
                        sink.collapsed(t);
                    }
                }
                Node::Element(el) => {
                    let name = el.name();
                    if skipped(name) {
                        skip_depth += 1;
                        continue;
                    }
                    if skip_depth > 0 {
                        continue;
                    }
                    open_element(
                        &mut sink,
                        name,
                        &mut pre_depth,
                        &mut list_item_depth,
                        &mut cell_depth,
                        &mut row_cells,
                    );
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Node::Element(el) = node.value() else {
                    continue;
                };
                let name = el.name();
                if skipped(name) {
                    skip_depth = skip_depth.saturating_sub(1);
                    continue;
                }
                if skip_depth > 0 {
                    continue;
                }
                close_element(
                    &mut sink,
                    name,
                    &mut pre_depth,
                    &mut list_item_depth,
                    &mut cell_depth,
                    &mut row_cells,
                );
            }
        }
    }
    sink.finish()
}

/// The break an element asks for, given where it sits: inside a list item paragraphs
/// only start a line (items stay one per line); inside a table cell any block is a
/// space (rows stay on one line).
fn block_break(sink: &mut TextSink, name: &str, list_item_depth: usize, cell_depth: usize) {
    let level = if PARAGRAPH_TAGS.contains(&name) {
        BLANK_LINE
    } else if LINE_TAGS.contains(&name) {
        NEW_LINE
    } else {
        return;
    };
    if cell_depth > 0 {
        sink.pending_space = true;
    } else if list_item_depth > 0 || (name == "li") {
        sink.request_break(NEW_LINE);
    } else {
        sink.request_break(level);
    }
}

fn open_element(
    sink: &mut TextSink,
    name: &str,
    pre_depth: &mut usize,
    list_item_depth: &mut usize,
    cell_depth: &mut usize,
    row_cells: &mut Vec<usize>,
) {
    if name == "br" {
        if *cell_depth > 0 {
            sink.pending_space = true;
        } else {
            sink.line_break();
        }
        return;
    }
    if CELL_TAGS.contains(&name) {
        if let Some(count) = row_cells.last_mut() {
            if *count > 0 && *cell_depth == 0 {
                sink.pending_cells += 1;
                sink.pending_space = false;
            }
            *count += 1;
        }
        *cell_depth += 1;
        return;
    }
    block_break(sink, name, *list_item_depth, *cell_depth);
    match name {
        "pre" => *pre_depth += 1,
        "li" | "dd" | "dt" => *list_item_depth += 1,
        "tr" if *cell_depth == 0 => row_cells.push(0),
        _ => {}
    }
}

fn close_element(
    sink: &mut TextSink,
    name: &str,
    pre_depth: &mut usize,
    list_item_depth: &mut usize,
    cell_depth: &mut usize,
    row_cells: &mut Vec<usize>,
) {
    if CELL_TAGS.contains(&name) {
        *cell_depth = cell_depth.saturating_sub(1);
        return;
    }
    match name {
        "pre" => *pre_depth = pre_depth.saturating_sub(1),
        "li" | "dd" | "dt" => *list_item_depth = list_item_depth.saturating_sub(1),
        "tr" if *cell_depth == 0 => {
            row_cells.pop();
        }
        _ => {}
    }
    block_break(sink, name, *list_item_depth, *cell_depth);
}

/// Reading speed for scripts written with spaces between words (words per minute), by
/// primary language subtag; measured standard rates (IReST, Trauzettel-Klosinski &
/// Dietz 2012). Languages not listed read at [`DEFAULT_WORDS_PER_MINUTE`].
const WORDS_PER_MINUTE_BY_LANG: &[(&str, u32)] = &[
    ("en", 230),
    ("ar", 138),
    ("de", 179),
    ("es", 218),
    ("fi", 161),
    ("fr", 195),
    ("he", 187),
    ("it", 188),
    ("nl", 202),
    ("pl", 166),
    ("pt", 181),
    ("ru", 184),
    ("sl", 180),
    ("sv", 199),
    ("tr", 166),
];
const DEFAULT_WORDS_PER_MINUTE: u32 = 230;

/// Reading speed for scripts written without spaces between words (characters per
/// minute): Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan.
const DENSE_CHARS_PER_MINUTE: u32 = 500;

/// Unicode ranges of scripts written without spaces between words, where each character
/// counts as one unit of reading.
const DENSE_SCRIPT_RANGES: &[(char, char)] = &[
    ('\u{0E00}', '\u{0E7F}'),   // Thai
    ('\u{0E80}', '\u{0EFF}'),   // Lao
    ('\u{0F00}', '\u{0FFF}'),   // Tibetan
    ('\u{1000}', '\u{109F}'),   // Myanmar
    ('\u{1780}', '\u{17FF}'),   // Khmer
    ('\u{3040}', '\u{309F}'),   // Hiragana
    ('\u{30A0}', '\u{30FF}'),   // Katakana
    ('\u{31F0}', '\u{31FF}'),   // Katakana phonetic extensions
    ('\u{3400}', '\u{4DBF}'),   // CJK extension A
    ('\u{4E00}', '\u{9FFF}'),   // CJK unified ideographs
    ('\u{F900}', '\u{FAFF}'),   // CJK compatibility ideographs
    ('\u{FF66}', '\u{FF9F}'),   // Half-width katakana
    ('\u{20000}', '\u{3134F}'), // CJK extensions B–G
];

fn is_dense_script(c: char) -> bool {
    // Everything below Thai is a spaced script; skip the table for it.
    c >= '\u{0E00}'
        && DENSE_SCRIPT_RANGES
            .iter()
            .any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Marks that join two runs of letters into one word (don't, e-mail, 3.5).
const WORD_JOINERS: &[char] = &['\'', '\u{2019}', '-', '\u{2010}', '.', ',', '_', '\u{AD}'];

/// A text's reading units: words (whitespace-separated runs with a letter or digit) in
/// spaced scripts, plus one per character of dense scripts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reading {
    words: usize,
    dense: usize,
}

impl Reading {
    /// Counts `text` in one pass; ASCII characters skip the script and Unicode tables.
    pub(crate) fn of(text: &str) -> Reading {
        let mut words = 0usize;
        let mut dense = 0usize;
        let mut in_word = false;
        for c in text.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    words += usize::from(!in_word);
                    in_word = true;
                } else if !WORD_JOINERS.contains(&c) {
                    in_word = false;
                }
            } else if c.is_whitespace() {
                in_word = false;
            } else if is_dense_script(c) {
                dense += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                words += usize::from(!in_word);
                in_word = true;
            } else if !WORD_JOINERS.contains(&c) {
                in_word = false;
            }
        }
        Reading { words, dense }
    }

    /// Number of words; each character of a script written without spaces (Han, kana,
    /// Thai...) counts as one word.
    pub(crate) fn word_count(&self) -> usize {
        self.words + self.dense
    }

    /// Minutes needed to read the text (at least 1 for non-empty text, 0 for empty text).
    /// `lang` (a BCP 47 tag such as `de-AT`) picks the reading speed of spaced scripts.
    pub(crate) fn minutes(&self, lang: Option<&str>) -> u32 {
        let Reading { words, dense } = *self;
        if words == 0 && dense == 0 {
            return 0;
        }
        let wpm = words_per_minute(lang);
        let minutes =
            words as f64 / f64::from(wpm) + dense as f64 / f64::from(DENSE_CHARS_PER_MINUTE);
        let rounded = minutes.round();
        if rounded < 1.0 {
            1
        } else if rounded >= f64::from(u32::MAX) {
            u32::MAX
        } else {
            rounded as u32
        }
    }
}

/// Minutes needed to read `text` (see [`Reading::minutes`]).
pub(crate) fn reading_time_minutes(text: &str, lang: Option<&str>) -> u32 {
    Reading::of(text).minutes(lang)
}

fn words_per_minute(lang: Option<&str>) -> u32 {
    let Some(lang) = lang else {
        return DEFAULT_WORDS_PER_MINUTE;
    };
    let primary = lang.split(['-', '_']).next().unwrap_or("").trim();
    WORDS_PER_MINUTE_BY_LANG
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(primary))
        .map_or(DEFAULT_WORDS_PER_MINUTE, |&(_, wpm)| wpm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::{local_name, ns, QualName};
    use scraper::Html;

    fn text_of(html: &str) -> String {
        let doc = Html::parse_fragment(html);
        block_text(*doc.root_element())
    }

    #[test]
    fn paragraphs_and_headings_are_separated_by_one_blank_line() {
        let t = text_of(
            "<h1>Title</h1><p>One  two\n three.</p><p>Four.</p><div>Five</div><div>Six</div>",
        );
        assert_eq!(t, "Title\n\nOne two three.\n\nFour.\n\nFive\nSix");
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        let t = text_of("<p>un<b>break</b>able <a href=x>link</a>, <em> spaced </em>end</p>");
        assert_eq!(t, "unbreakable link, spaced end");
    }

    #[test]
    fn list_items_take_one_line_each() {
        let t = text_of(
            "<p>Intro</p><ul><li>one</li><li><p>two</p></li><li>three<ul><li>nested</li></ul></li></ul><p>After</p>",
        );
        assert_eq!(t, "Intro\n\none\ntwo\nthree\nnested\n\nAfter");
    }

    #[test]
    fn table_rows_are_lines_and_cells_are_tab_separated() {
        let t = text_of(
            "<table><tr><th>Name</th><th>Age</th></tr><tr><td><p>Ann</p></td><td>31</td></tr></table><p>x</p>",
        );
        assert_eq!(t, "Name\tAge\nAnn\t31\n\nx");
    }

    #[test]
    fn pre_keeps_whitespace_exactly() {
        let t =
            text_of("<p>Code:</p><pre>fn main() {\n    let  x = 1;\n\n\n}</pre><p>Done   now</p>");
        assert_eq!(
            t,
            "Code:\n\nfn main() {\n    let  x = 1;\n\n\n}\n\nDone now"
        );
    }

    #[test]
    fn br_breaks_lines_and_never_makes_more_than_one_blank_line() {
        let t = text_of("<p>a<br>b<br><br><br><br>c</p><p></p><p></p><div><p>d</p></div>");
        assert_eq!(t, "a\nb\n\nc\n\nd");
    }

    #[test]
    fn lines_do_not_start_or_end_with_any_kind_of_space() {
        let t = text_of(
            "<p>\u{3000}\u{3000}Indented.\u{a0}</p><p>a\u{a0}b \u{a0}</p><p>\u{a0}</p><p>c</p>",
        );
        assert_eq!(t, "Indented.\n\na\u{a0}b\n\nc");
        assert_eq!(text_of("<pre>keep  </pre><p>x</p>"), "keep  \n\nx");
    }

    #[test]
    fn no_leading_or_trailing_blank_lines() {
        let t = text_of("<div>\n\n<p>  </p><br><br><p> only </p><br><br>\n</div>");
        assert_eq!(t, "only");
    }

    #[test]
    fn blocks_of_every_kind_start_lines() {
        let t = text_of(
            "<figure><img src=a.png><figcaption>Cap</figcaption></figure><dl><dt>T</dt><dd>D</dd></dl>\
             <blockquote>Q</blockquote><section>S</section><article>A</article>",
        );
        assert_eq!(t, "Cap\n\nT\nD\n\nQ\n\nS\nA");
    }

    #[test]
    fn script_style_and_template_text_is_ignored() {
        let t = text_of("<p>a<script>var x;</script><style>p{}</style><template>t</template>b</p>");
        assert_eq!(t, "ab");
    }

    #[test]
    fn nested_100_000_deep_does_not_overflow() {
        let mut tree = ego_tree::Tree::new(Node::Fragment);
        let mut id = tree.root().id();
        for _ in 0..100_000 {
            let div = Node::Element(scraper::node::Element::new(
                QualName::new(None, ns!(html), local_name!("div")),
                Vec::new(),
            ));
            let Some(mut parent) = tree.get_mut(id) else {
                panic!("node vanished");
            };
            id = parent.append(div).id();
        }
        if let Some(mut leaf) = tree.get_mut(id) {
            leaf.append(Node::Text(scraper::node::Text {
                text: "deep".into(),
            }));
        }
        let start = std::time::Instant::now();
        assert_eq!(block_text(tree.root()), "deep");
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn word_count_counts_words_and_dense_script_characters() {
        let word_count = |text: &str| Reading::of(text).word_count();
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  \n "), 0);
        assert_eq!(word_count("Hello, world! It's e-mail -- 3.5 — ok"), 6);
        assert_eq!(word_count("日本語の文章"), 6);
        assert_eq!(word_count("ภาษาไทย"), 7);
        assert_eq!(word_count("Rust 言語"), 3);
        assert_eq!(word_count("한국어 문장입니다"), 2);
    }

    #[test]
    fn reading_time_uses_words_for_spaced_scripts_and_chars_for_dense_ones() {
        assert_eq!(reading_time_minutes("", None), 0);
        assert_eq!(reading_time_minutes("one", None), 1);
        let words = "word ".repeat(DEFAULT_WORDS_PER_MINUTE as usize * 10);
        assert_eq!(reading_time_minutes(&words, None), 10);
        assert_eq!(reading_time_minutes(&words, Some("en-GB")), 10);
        // Slower measured rate for German.
        assert!(reading_time_minutes(&words, Some("de")) > 10);
        let han = "字".repeat(DENSE_CHARS_PER_MINUTE as usize * 4);
        assert_eq!(reading_time_minutes(&han, Some("zh")), 4);
        assert_eq!(reading_time_minutes(&han, None), 4);
    }
}
