//! Every heuristic vocabulary in one place: class/id/role words, tag sets and thresholds.
//! Stages read these; none declares its own.

use std::sync::OnceLock;

/// A list of lowercase needles matched as substrings of a lowercased haystack. The list
/// is compiled on first use into one automaton, so a match costs one step per haystack
/// byte however many needles the list holds.
pub(crate) struct Words {
    pub list: &'static [&'static str],
    automaton: OnceLock<Automaton>,
}

impl Words {
    pub(crate) const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            automaton: OnceLock::new(),
        }
    }

    /// True when any needle occurs in `haystack_lower` (already lowercased).
    pub(crate) fn matches(&self, haystack_lower: &str) -> bool {
        self.automaton
            .get_or_init(|| Automaton::new(self.list))
            .finds_in(haystack_lower.bytes())
    }

    /// [`Words::matches`] on `haystack.to_ascii_lowercase()`, without building it.
    pub(crate) fn matches_ascii_folded(&self, haystack: &str) -> bool {
        self.automaton
            .get_or_init(|| Automaton::new(self.list))
            .finds_in(haystack.bytes().map(|b| b.to_ascii_lowercase()))
    }
}

/// An Aho–Corasick automaton over bytes as a dense transition table: bytes that occur in
/// no needle share one column.
struct Automaton {
    /// Column of each byte value.
    column: [u16; 256],
    columns: usize,
    /// `next[state * columns + column]`: the state after reading a byte.
    next: Vec<u16>,
    /// States in which some needle has just ended.
    accepts: Vec<bool>,
}

impl Automaton {
    fn new(needles: &[&str]) -> Automaton {
        let mut column = [0u16; 256];
        let mut columns = 1usize;
        for b in needles.iter().flat_map(|n| n.bytes()) {
            if column[usize::from(b)] == 0 {
                column[usize::from(b)] = columns as u16;
                columns += 1;
            }
        }
        // The trie of the needles: `next` holds 0 where a state has no child yet.
        let mut next = vec![0u16; columns];
        let mut accepts = vec![false];
        for needle in needles {
            let mut state = 0usize;
            for b in needle.bytes() {
                let slot = state * columns + usize::from(column[usize::from(b)]);
                if next[slot] == 0 {
                    next[slot] = u16::try_from(accepts.len()).expect("word list too long");
                    next.extend(std::iter::repeat_n(0, columns));
                    accepts.push(false);
                }
                state = usize::from(next[slot]);
            }
            accepts[state] = true;
        }
        // Breadth first, each missing transition follows the longest proper suffix that is
        // also a trie path (its failure state), whose row is already complete.
        let mut fail = vec![0usize; accepts.len()];
        let mut queue = std::collections::VecDeque::new();
        queue.extend(
            next[..columns]
                .iter()
                .filter(|&&child| child != 0)
                .map(|&child| usize::from(child)),
        );
        while let Some(state) = queue.pop_front() {
            accepts[state] |= accepts[fail[state]];
            for c in 0..columns {
                let slot = state * columns + c;
                let child = usize::from(next[slot]);
                let via_fail = next[fail[state] * columns + c];
                if child == 0 {
                    next[slot] = via_fail;
                } else {
                    fail[child] = usize::from(via_fail);
                    queue.push_back(child);
                }
            }
        }
        Automaton {
            column,
            columns,
            next,
            accepts,
        }
    }

    fn finds_in(&self, haystack: impl Iterator<Item = u8>) -> bool {
        if self.accepts[0] {
            return true;
        }
        let mut state = 0usize;
        for b in haystack {
            let c = usize::from(self.column[usize::from(b)]);
            state = usize::from(self.next[state * self.columns + c]);
            if self.accepts[state] {
                return true;
            }
        }
        false
    }
}

/// class/id words of page chrome that is almost never the article.
pub(crate) static UNLIKELY: Words = Words::new(&[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "akismet",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
]);

/// class/id words that rescue an element matched by [`UNLIKELY`].
pub(crate) static MAYBE_CANDIDATE: Words = Words::new(&[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
]);

/// class/id words of content containers (+25).
pub(crate) static POSITIVE: Words = Words::new(&[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
]);

/// class/id words of chrome (−25).
pub(crate) static NEGATIVE: Words = Words::new(&[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
]);

/// A class/id token that alone marks an element negative (matched as a whole token).
pub(crate) const NEGATIVE_TOKENS: &[&str] = &["hid"];

/// class/id words of a byline element.
pub(crate) static BYLINE: Words = Words::new(&[
    "byline",
    "author",
    "dateline",
    "writtenby",
    "p-author",
    "writer",
]);

/// Share-bar words, matched between word boundaries or underscores.
pub(crate) const SHARE_TOKENS: &[&str] = &["share", "sharedaddy"];

/// ARIA roles of page chrome.
pub(crate) const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Hosts whose embeds are videos worth keeping through cleaning (matched after `//` or
/// `//www.`); which iframes are safe to output is the sanitizer's stricter allow-list.
pub(crate) const VIDEO_HOSTS: &[&str] = &[
    "dailymotion.com",
    "youtube.com",
    "youtube-nocookie.com",
    "player.vimeo.com",
    "v.qq.com",
    "bilibili.com",
    "live.bilibili.com",
    "archive.org",
    "upload.wikimedia.org",
    "player.twitch.tv",
];

/// Comma characters of the world's scripts (a comma marks prose).
pub(crate) const COMMAS: &[char] = &[
    '\u{002C}', '\u{060C}', '\u{FE50}', '\u{FE10}', '\u{FE11}', '\u{2E41}', '\u{2E34}', '\u{2E32}',
    '\u{FF0C}',
];

/// Whole-text labels of ad slots.
pub(crate) const AD_WORDS: &[&str] = &[
    "ad",
    "advertising",
    "advertisement",
    "pub",
    "publicité",
    "werb",
    "werbung",
    "广告",
    "реклама",
    "anuncio",
];

/// Whole-text labels of loading placeholders (optionally followed by `…` or `...`).
pub(crate) const LOADING_WORDS: &[&str] =
    &["loading", "正在加载", "загрузка", "chargement", "cargando"];

/// Elements whose text is scored as paragraphs.
pub(crate) const TAGS_TO_SCORE: &[&str] =
    &["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];

/// Children that keep a `<div>` from becoming a `<p>`.
pub(crate) const DIV_TO_P_ELEMS: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
];

/// Siblings appended to the article keep these tags; others become `<div>`.
pub(crate) const ALTER_TO_DIV_EXCEPTIONS: &[&str] = &["div", "article", "section", "p", "ol", "ul"];

/// Inline (phrasing) elements.
pub(crate) const PHRASING_ELEMS: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr",
];

/// Inline elements that are phrasing only when all their children are.
pub(crate) const PHRASING_IF_CHILDREN: &[&str] = &["a", "del", "ins"];

/// Presentational attributes stripped from the article.
pub(crate) const PRESENTATIONAL_ATTRIBUTES: &[&str] = &[
    "align",
    "background",
    "bgcolor",
    "border",
    "cellpadding",
    "cellspacing",
    "frame",
    "hspace",
    "rules",
    "style",
    "valign",
    "vspace",
];

/// Elements whose legacy `width`/`height` attributes are dropped.
pub(crate) const DEPRECATED_SIZE_ATTRIBUTE_ELEMS: &[&str] = &["table", "th", "td", "hr", "pre"];

/// Elements removed before anything else looks at the page.
pub(crate) const NEVER_CONTENT: &[&str] = &["script", "noscript", "style", "template"];

/// Elements always removed from the article (embeds only when not a video).
pub(crate) const CLEAN_ALWAYS: &[&str] = &["object", "embed", "footer", "link", "aside"];

/// Elements always removed from the article once share bars are gone.
pub(crate) const CLEAN_ALWAYS_LATE: &[&str] = &["iframe", "input", "textarea", "select", "button"];

/// Embedding elements (kept only when they point at [`VIDEO_HOSTS`]).
pub(crate) const EMBED_TAGS: &[&str] = &["object", "embed", "iframe"];

pub(crate) const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Tags whose text counts as "textish" for text density, besides [`DIV_TO_P_ELEMS`].
pub(crate) const TEXTISH_TAGS: &[&str] = &["span", "li", "td"];

/// Image file extensions that mark an attribute value as an image URL.
pub(crate) const IMAGE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".webp", ".avif", ".svg"];

/// [`IMAGE_EXTENSIONS`] as one matcher, for values searched for any of them.
pub(crate) static IMAGE_EXTENSION_WORDS: Words = Words::new(IMAGE_EXTENSIONS);

/// Class kept on output elements.
pub(crate) const CLASSES_TO_PRESERVE: &[&str] = &["page"];

/// Readability's rules for conditional cleaning: a block goes when any holds.
pub(crate) mod cleaning {
    /// A block whose list text is this share of its text is a list.
    pub const LIST_SHARE: f64 = 0.9;
    /// Lists get this many items free before items outnumber paragraphs.
    pub const FREE_LIST_ITEMS: f64 = 100.0;
    /// More than one image, with fewer paragraphs than this per image.
    pub const MIN_P_PER_IMG: f64 = 0.5;
    /// More inputs than one per this many paragraphs.
    pub const P_PER_INPUT: f64 = 3.0;
    /// Short (below this), linked, not mostly headings.
    pub const SHORT_BLOCK_CHARS: usize = 25;
    pub const HEADING_SHARE: f64 = 0.9;
    /// Link density limits for unweighted and positively weighted blocks.
    pub const MAX_LINK_DENSITY: f64 = 0.2;
    pub const MAX_LINK_DENSITY_POSITIVE: f64 = 0.5;
    /// Class weight that counts as positive.
    pub const POSITIVE_WEIGHT: f64 = 25.0;
    /// One embed in less text than this.
    pub const EMBED_MIN_CHARS: usize = 75;
    /// Data tables: rows or columns beyond these, or cells beyond the product.
    pub const DATA_TABLE_ROWS: usize = 10;
    /// Elements only data tables use: a table holding one is a data table.
    pub const DATA_TABLE_TAGS: &[&str] = &["col", "colgroup", "tfoot", "thead", "th"];
    pub const DATA_TABLE_COLUMNS: usize = 4;
    pub const DATA_TABLE_CELLS: usize = 10;
    /// `rowspan`/`colspan` values are capped at this.
    pub const MAX_SPAN: usize = 1000;
}

/// Scoring and selection thresholds.
pub(crate) mod threshold {
    /// Paragraphs shorter than this are not scored.
    pub const MIN_PARAGRAPH_CHARS: usize = 25;
    /// How many ancestors a paragraph's score reaches.
    pub const SCORE_ANCESTOR_LEVELS: usize = 5;
    /// How many top candidates are kept.
    pub const TOP_CANDIDATES: usize = 5;
    /// Alternatives needed to promote a common ancestor.
    pub const MINIMUM_TOP_CANDIDATES: usize = 3;
    /// A block with this many commas is prose and survives conditional cleaning.
    pub const PROSE_COMMAS: usize = 10;
    /// Base64 data URLs shorter than this are placeholders (a 1×1 gif or similar).
    pub const PLACEHOLDER_MAX_BASE64: usize = 133;
    /// `is_probably_readable`: text blocks shorter than this add nothing…
    pub const READABLE_MIN_BLOCK_CHARS: usize = 140;
    /// …and the sum of √(length − that) over blocks must pass this.
    pub const READABLE_MIN_SCORE: f64 = 20.0;
    /// Text of in-page (`#…`) links counts this much towards link density.
    pub const IN_PAGE_LINK_WEIGHT: f64 = 0.3;
    /// Paragraph score: one point per this many characters…
    pub const CHARS_PER_LENGTH_POINT: usize = 100;
    /// …up to this many points.
    pub const MAX_LENGTH_POINTS: usize = 3;
    /// A `<div>` holding one `<p>` becomes that `<p>` below this link density.
    pub const SINGLE_P_MAX_LINK_DENSITY: f64 = 0.25;
    /// Candidates scoring at least this share of the best are alternatives to it.
    pub const ALTERNATIVE_SCORE_RATIO: f64 = 0.75;
    /// Siblings join the article above this share of the best score (and above the floor),
    /// and get this share as a bonus when they share its class.
    pub const SIBLING_SCORE_SHARE: f64 = 0.2;
    pub const MIN_SIBLING_SCORE: f64 = 10.0;
    /// A sibling `<p>` longer than this joins when links hold little of it…
    pub const SIBLING_P_CHARS: usize = 80;
    pub const SIBLING_P_MAX_LINK_DENSITY: f64 = 0.25;
    /// Share elements shorter than this are removed.
    pub const SHARE_ELEMENT_MAX_CHARS: usize = 500;
    /// Pages whose text for the parser (after the pre-scan) is this long or longer are
    /// parsed again for each retry instead of keeping a copy of the page (memory over
    /// speed; see `policy::Fresh`).
    pub const REBUILD_FOR_RETRIES_BYTES: usize = 512 * 1024;
    /// Tags nested deeper than this are dropped before parsing (parsers are quadratic in depth).
    pub const MAX_PARSE_DEPTH: usize = 512;
    /// An end tag closes a matching open element at most this far down the stack.
    pub const END_TAG_SEARCH_DEPTH: usize = 16;
    /// Attributes kept per tag by the pre-scan (the first ones, as a browser keeps the
    /// first of duplicates): the parser checks each new attribute against every earlier
    /// one, so a tag with more costs the square of their number.
    pub const MAX_ATTRIBUTES: usize = 256;
    /// Formatting elements the pre-scan lets be active at once (opened, not closed by
    /// their own end tag); later formatting start tags are dropped: the parser recreates
    /// every active one inside each later block, so their number multiplies the elements
    /// each block creates.
    pub const MAX_ACTIVE_FORMATTING: usize = 64;
    /// Identical formatting elements the parser keeps active at once (the "Noah's Ark"
    /// clause of the HTML parsing algorithm).
    pub const FORMATTING_DUPLICATES: usize = 3;
    /// Bytes of a `<title>` the pre-scan keeps: no title is longer, and every stage that
    /// reads the title copies it.
    pub const MAX_TITLE_BYTES: usize = 4096;
    /// Nesting beyond this depth is flattened before any stage runs.
    pub const MAX_DEPTH: usize = 512;
    /// A byline longer than this is not a byline.
    pub const MAX_BYLINE_CHARS: usize = 100;
    /// Title/heading similarity above which a heading repeats the title.
    pub const TITLE_SIMILARITY: f64 = 0.75;
    /// Texts longer than this are never a bare ad or loading label.
    pub const MAX_LABEL_CHARS: usize = 40;
    /// Furniture holding more than this share of the article's text is kept.
    pub const FURNITURE_MAX_SHARE: f64 = 0.3;
    /// Furniture with paragraphs of at least this much text and few links is prose.
    pub const FURNITURE_PROSE_CHARS: usize = 300;
    pub const FURNITURE_PROSE_LINK_DENSITY: f64 = 0.3;
    /// A "Read also: <linked headline>" line is at most this long.
    pub const MAX_RELATED_LINE_CHARS: usize = 250;
    /// A lede block holds at least this much text…
    pub const MIN_LEDE_CHARS: usize = 40;
    /// …few links…
    pub const MAX_LEDE_LINK_DENSITY: f64 = 0.25;
    /// An ingredient list may link this much of its text (ingredients link to products).
    pub const MAX_INGREDIENTS_LINK_DENSITY: f64 = 0.6;
    /// …and shares an ancestor this close with the chosen element.
    pub const LEDE_ANCESTOR_LEVELS: usize = 5;
    /// A box titled by a prompt heading is removed whole when it is this small.
    pub const PROMPT_BOX_MAX_CHILDREN: usize = 4;
    pub const PROMPT_BOX_MAX_CHARS: usize = 600;
    /// Below the character threshold, a result with more of its text in links than this
    /// is a link list, not an article.
    pub const MAX_SHORT_ARTICLE_LINK_DENSITY: f64 = 0.5;
    /// An accepted result shorter than this is checked against the later policies…
    pub const SHORT_RESULT_CHARS: usize = 1000;
    /// …and gives way to one that finds this many times more text…
    pub const SHORT_RESULT_GAIN: usize = 3;
    /// A first attempt with this share of the character threshold in the marked-up
    /// container is kept unless a later attempt finds `SHORT_RESULT_GAIN` times its text.
    pub const NEAR_THRESHOLD_SHARE: f64 = 0.75;
    /// …with no more of it in links than this.
    pub const MAX_PROSE_LINK_DENSITY: f64 = 0.3;
    /// Blocks longer than this are prose, not labels.
    pub const MAX_LABEL_BLOCK_CHARS: usize = 100;
    /// A one-link paragraph inside a list or table this many levels up is an item, not a
    /// teaser.
    pub const LINK_TEASER_CONTEXT_LEVELS: usize = 5;
    /// A paragraph that is one link of a headline's length (these many characters) is a
    /// teaser.
    pub const MIN_LINK_TEASER_CHARS: usize = 15;
    pub const MAX_LINK_TEASER_CHARS: usize = 150;
    pub const MIN_LINK_TEASER_DENSITY: f64 = 0.95;
    /// Repeated containers that split one article are looked for this many ancestors up
    /// from the chosen element…
    pub const CONTINUATION_ANCESTOR_LEVELS: usize = 2;
    /// …and each holds at least this much text.
    pub const MIN_CONTINUATION_CHARS: usize = 200;
    /// An inline element with this much more text around it in its paragraph is part
    /// of a sentence.
    pub const MIN_PROSE_AROUND_INLINE_CHARS: usize = 100;
    /// A result with at least this many headings that are links (this much of their text
    /// in the link)…
    pub const MIN_LISTING_TEASERS: usize = 3;
    pub const LINKED_HEADING_DENSITY: f64 = 0.9;
    /// …and less text than this per such heading is a list of teasers, not an article.
    pub const MAX_TEASER_CHARS: usize = 500;
    /// A subscription or follow pitch is one sentence or two: at most this long.
    pub const MAX_PITCH_LINE_CHARS: usize = 250;
    /// Link density above which the blocks after a "related" label are link lists.
    pub const RELATED_LIST_LINK_DENSITY: f64 = 0.5;
    /// Text a marked-up main container needs to be trusted.
    pub const MIN_CONTAINER_CHARS: usize = 250;
    /// How many times more text the main `<article>` holds than any other.
    pub const DOMINANT_ARTICLE_RATIO: usize = 3;
    /// Prose (non-space characters outside links, lists and chrome) a child of a
    /// container needs to count as a unit when the page's prose splits there.
    pub const MIN_UNIT_PROSE_CHARS: usize = 300;
    /// Prose a unit needs to count as one story among several.
    pub const MIN_STORY_PROSE_CHARS: usize = 400;
    /// How many times a unit holding stories of its own is split again.
    pub const MAX_STORY_NESTING: usize = 2;
    /// How many siblings before a unit are searched for its headline.
    pub const ATTACHED_HEADLINE_SIBLINGS: usize = 3;
    /// How many wrappers above the units' container are searched for an article's own
    /// title above them.
    pub const OUTER_TITLE_LEVELS: usize = 2;
    /// Length bounds of a story headline, in characters…
    pub const MIN_HEADLINE_CHARS: usize = 8;
    pub const MAX_HEADLINE_CHARS: usize = 300;
    /// …and words, for a headline that is a link or plain text rather than a heading.
    pub const MIN_HEADLINE_WORDS: usize = 3;
    /// A date line is at most this long.
    pub const MAX_DATE_LINE_CHARS: usize = 80;
    /// Text of its own that makes an element the start of a story's prose.
    pub const MIN_PROSE_START_CHARS: usize = 80;
    /// Share of a headline's text its link covers to be the story's permalink.
    pub const HEADLINE_LINK_SHARE: f64 = 0.6;
    /// Class words two units of one template share, at least (Jaccard index).
    pub const TEMPLATE_SHARED_CLASSES: f64 = 0.5;
}

/// schema.org types whose elements are stories.
/// Attribute a live page (the drop-in script, the extension) sets on the element at the
/// reader's reading line: the story holding it is the one being read.
pub(crate) const READING_MARK_ATTR: &str = "data-plainview-reading";

pub(crate) const STORY_ITEMTYPES: &[&str] = &[
    "Article",
    "BlogPosting",
    "NewsArticle",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
];

/// Containers a story of its own never sits in.
pub(crate) const STORY_NEVER_INSIDE: &[&str] = &["li", "aside", "nav", "footer", "header", "form"];

/// Elements whose text is not a story's prose: page chrome, controls, captions.
pub(crate) const NOT_PROSE_TAGS: &[&str] = &[
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "select",
    "textarea",
    "script",
    "style",
    "noscript",
    "template",
    "figcaption",
    "svg",
];

/// Elements that are never a unit of prose holding a story: text blocks, lists, tables
/// and headings (a story is a container of those).
pub(crate) const NOT_UNIT_TAGS: &[&str] = &[
    "p",
    "blockquote",
    "pre",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
    "ol",
    "dl",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "details",
];

/// Elements that are never a story of their own (a list item may be one: feeds list
/// their stories).
pub(crate) const NOT_A_STORY_TAGS: &[&str] = &["aside", "nav", "footer", "header", "form"];

/// Elements a story's headline is never inside: media, lists of links, controls.
pub(crate) const HEADLINE_SKIP_TAGS: &[&str] = &[
    "figure",
    "picture",
    "img",
    "ul",
    "ol",
    "table",
    "time",
    "address",
    "blockquote",
];

/// class/id tokens (and `data-*` words) of a headline element.
pub(crate) static HEADLINE_TOKENS: Words = Words::new(&[
    "headline",
    "title",
    "heading",
    "hed",
    "headlines",
    "titulo",
    "titel",
    "titre",
]);

/// class/id tokens of a date line.
pub(crate) static DATE_TOKENS: Words = Words::new(&[
    "date",
    "time",
    "timestamp",
    "published",
    "pubdate",
    "posted",
    "dateline",
    "datetime",
    "updated",
]);

/// class/id words of containers that are never a story of their own.
pub(crate) static NOT_A_STORY: Words = Words::new(&["comment", "reply", "replies", "review"]);

/// Attributes that may carry a story's permalink.
pub(crate) const PERMALINK_ATTRIBUTES: &[&str] = &[
    "href",
    "data-url",
    "data-permalink",
    "data-href",
    "data-share-url",
    "content",
    "itemid",
];

/// Attributes that mark an element as carrying a story's own permalink.
pub(crate) const PERMALINK_MARKS: &[&str] = &["data-permalink", "data-share-url", "data-post-url"];

/// Words in a `data-*` attribute's name that say it holds an address…
pub(crate) const PERMALINK_NAME_WORDS: &[&str] = &["url", "href", "link", "permalink"];
/// …unless it names a medium's source.
pub(crate) const MEDIA_NAME_WORDS: &[&str] = &["src", "img", "image", "thumb", "video", "audio"];

/// Query parameters that do not change which page an address names.
pub(crate) const TRACKING_PARAMS: &[&str] = &["utm_", "fbclid", "gclid", "ref", "share"];

/// class/id tokens (split at non-letters) of furniture inside an article: removed
/// whatever they hold, up to a share of the article's text.
pub(crate) const FURNITURE_TOKENS: &[&str] = &[
    "related",
    "relatedposts",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "sponsored",
    "adsbygoogle",
    "affiliate",
    "disclosure",
    "comments",
    "respond",
    "disqus",
    "outbrain",
    "taboola",
    "donate",
    "donation",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "paywall",
    "postmetadata",
    "kommentar",
    "kommentare",
    "bio",
    "authorbox",
    "authorbio",
];

/// class/id tokens of furniture that is sometimes prose ("sharing" can name a section):
/// removed only when not paragraphs of prose.
pub(crate) const WEAK_FURNITURE_TOKENS: &[&str] = &[
    "cta",
    "share",
    "sharing",
    "shares",
    "sharedaddy",
    "social",
    "socials",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "tagcloud",
    "taglist",
    "rating",
    "ratings",
    "copyright",
    "disclaimer",
    "toolbar",
    "widget",
    "popular",
    "trending",
    "mostread",
    "recommended",
    "recommendations",
    "login",
    "pagination",
    "pager",
    "dateline",
    "timestamp",
    "categories",
    "footer",
    "instagram",
];

/// A class/id token that marks furniture only together with one of the paired tokens
/// ("author" + "box": an author box; "author" alone is a byline).
pub(crate) const FURNITURE_TOKEN_PAIRS: &[(&str, &[&str])] = &[(
    "author",
    &[
        "box",
        "card",
        "description",
        "descript",
        "info",
        "information",
        "profile",
        "about",
        "avatar",
        "bio",
        "biography",
    ],
)];

/// Blocks whose whole text may be a label.
pub(crate) const LABEL_TAGS: &[&str] = &[
    "p",
    "div",
    "span",
    "figcaption",
    "cite",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "b",
    "em",
    "small",
    "li",
    "dt",
    "time",
];

/// How a "related content" label begins, in the languages of the web.
pub(crate) const RELATED_PHRASES: &[&str] = &[
    "related",
    "read more",
    "read also",
    "read next",
    "see also",
    "more from",
    "more on",
    "more stories",
    "more news",
    "you may also like",
    "you might also like",
    "recommended",
    "further reading",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "mehr zum thema",
    "weitere artikel",
    "weitere beiträge",
    "weiterführende links",
    "weiterführender link",
    "siehe auch",
    "zum weiterlesen",
    "ähnliche beiträge",
    "ähnliche artikel",
    "verwandte artikel",
    "lea también",
    "lee también",
    "lea más",
    "lea:",
    "vea también",
    "ver también",
    "te puede interesar",
    "mira:",
    "veja também",
    "leia também",
    "leia mais",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "voir aussi",
    "sur le même sujet",
    "leggi anche",
    "potrebbe interessarti",
    "czytaj także",
    "czytaj też",
    "zobacz też",
    "zobacz także",
    "читайте также",
    "lees ook",
    "more like this",
    "you may also",
    "most read",
    "most popular",
    "mehr zu ",
    "auch auf ",
    "entdecke weitere",
    "entdecken sie weitere",
    "weitere informationen",
    "vorschau auf",
    "empfehlungen aus",
    "meistgelesen",
    "beliebte artikel",
    "das könnte",
];

/// Phrases of share, rating, comment and subscription prompts.
pub(crate) static PROMPT_PHRASES: Words = Words::new(&[
    "share this",
    "share on",
    "artikel teilen",
    "beitrag teilen",
    "seite teilen",
    "jetzt teilen",
    "artikel bewerten",
    "bewertung",
    "rate this",
    "valora esta",
    "was this article helpful",
    "war der artikel",
    "war dieser artikel",
    "kommentare geschlossen",
    "kommentar schreiben",
    "kommentare schreiben",
    "leave a comment",
    "leave a reply",
    "comments are closed",
    "sign up for",
    "sign up to",
    "subscribe to",
    "newsletter abonnieren",
    "zum newsletter",
    "follow us",
    "folgen sie uns",
    "click to comment",
    "needs your help",
    "through our links",
    "earn a commission",
    "this content is imported from",
    "view this post on",
    "delivered to your inbox",
    "drucken",
    "print recipe",
    "print this",
    "print article",
    "als pdf herunterladen",
    "download as pdf",
    "in den kommentaren",
    "lade weitere",
    "mehr laden",
    "load more",
    "ausblenden",
    "einblenden",
    "اشترك في",
]);

/// Words of a subscription, follow or app pitch: a short block holding one is the pitch,
/// not the prose (checked up to [`threshold::MAX_PITCH_LINE_CHARS`]).
pub(crate) static PITCH_PHRASES: Words = Words::new(&[
    "please subscribe",
    "subscribe to",
    "subscribe now",
    "already a subscriber",
    "sign up for",
    "sign up to",
    "signing up to",
    "never miss",
    "follow us on",
    "download our app",
    "newsletter abonnieren",
    "unseren newsletter",
    "nichts mehr versäumen",
    "nichts mehr verpassen",
    "besuchen sie unseren",
    "gefällt dir unser",
    "unterstützen sie unse",
    "abonnieren sie",
    "folgen sie uns",
    "zapraszamy też do subskrypcji",
    "suscríbete",
    "nuestro canal de youtube",
    "síguenos en",
    "abonnez-vous",
    "iscriviti alla",
]);

/// Verbs that ask the reader to follow the site, and the networks they name: a short
/// block with one of each is a follow pitch.
pub(crate) static FOLLOW_VERBS: Words =
    Words::new(&["follow", "folgen sie", "síguenos", "suivez-nous"]);
pub(crate) static SOCIAL_NETWORKS: Words = Words::new(&[
    "twitter",
    "facebook",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
    "linkedin",
]);

/// schema.org properties whose `<time>` is a duration (a recipe's cooking time), not a date.
pub(crate) const DURATION_ITEMPROPS: &[&str] = &[
    "prepTime",
    "cookTime",
    "totalTime",
    "performTime",
    "duration",
    "timeRequired",
];

/// How photo-credit and source lines begin.
pub(crate) const CREDIT_PREFIXES: &[&str] = &[
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "bilder:",
    "image:",
    "credit:",
    "credits:",
    "quelle:",
    "source:",
    "źródło:",
    "fuente:",
    "©",
    "(c)",
    "copyright",
    "titelbild",
    "beitragsbild",
    "photograph by",
    "photo by",
    "abbildung:",
    "bildquelle",
];

/// Class/id words of an image caption.
pub(crate) static CAPTION_TOKENS: Words =
    Words::new(&["caption", "bildunterschrift", "legende", "legend"]);

/// Words that start the photo credit at the end of a caption.
pub(crate) const CAPTION_CREDIT_MARKERS: &[&str] = &[
    "©",
    "(c)",
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "photograph:",
    "photo by",
    "photograph by",
    "bild:",
    "bilder:",
    "bildquelle",
    "credit:",
    "credits:",
    "quelle:",
    "fuente:",
    "źródło:",
    "copyright",
];

/// What separates a caption's description from its credit, trimmed with the credit.
pub(crate) const CREDIT_LEAD_IN: &[char] =
    &[' ', '|', '(', '[', '-', '–', '—', '/', ',', '·', '\u{a0}'];

/// How publication-date lines begin.
pub(crate) const DATE_PREFIXES: &[&str] = &[
    "published",
    "updated",
    "posted on",
    "last updated",
    "veröffentlicht",
    "publiziert",
    "erschienen am",
    "erstellt am",
    "aktualisiert",
    "zuletzt aktualisiert",
    "stand:",
    "opublikowano",
    "publicado",
    "publié",
    "this entry was posted",
    "der beitrag wurde am",
    "pubblicato",
    "gepubliceerd",
    "опубликовано",
    "publicerad",
    "julkaistu",
    "نشر في",
    "تاريخ النشر",
    "آخر تحديث",
    "פורסם",
    "发布时间",
    "公開日",
];

/// How category, tag and availability lines begin.
pub(crate) const META_LINE_PREFIXES: &[&str] = &[
    "kategorie:",
    "kategorien:",
    "category:",
    "categories:",
    "filed under",
    "posted in",
    "tags:",
    "schlagwörter:",
    "schlagworte:",
    "stichwörter:",
    "themen:",
    "rubrik:",
    "catégorie :",
    "categoría:",
    "etiquetas:",
    "video verfügbar bis",
    "verfügbar bis",
];

/// Whole-text ad labels beyond [`AD_WORDS`].
pub(crate) const AD_LABELS: &[&str] = &[
    "anzeige",
    "reklama",
    "sponsored",
    "publicidad",
    "pubblicità",
    "advertisement",
    "annonse",
    "إعلان",
    "hide ad",
];

/// Elements that never hold content (void elements).
pub(crate) const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound",
];

/// Start tags that imply the end of open elements of the listed kinds.
pub(crate) const IMPLIED_END_TAGS: &[(&str, &[&str])] = &[
    ("p", &["p"]),
    ("li", &["p", "li"]),
    ("dt", &["p", "dt", "dd"]),
    ("dd", &["p", "dt", "dd"]),
    ("td", &["td", "th"]),
    ("th", &["td", "th"]),
    ("tr", &["td", "th", "tr"]),
    ("tbody", &["td", "th", "tr", "tbody", "thead", "tfoot"]),
    ("thead", &["td", "th", "tr", "tbody", "thead", "tfoot"]),
    ("tfoot", &["td", "th", "tr", "tbody", "thead", "tfoot"]),
    ("option", &["option"]),
];

/// Block start tags that close an open `<p>`.
pub(crate) const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
];

/// Formatting elements: the parser keeps them in its list of active formatting elements
/// and recreates them inside later blocks when a block end tag closed them implicitly.
pub(crate) const FORMATTING_TAGS: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Start tags before which the parser does not recreate active formatting elements
/// (blocks that close an open `<p>`, and the document's structure).
pub(crate) const NO_RECONSTRUCT_TAGS: &[&str] = &[
    "html", "head", "body", "p", "li", "dd", "dt", "table", "tbody", "thead", "tfoot", "tr", "td",
    "th", "caption", "colgroup", "col", "title", "meta", "link", "style", "script",
];

/// Elements whose content is raw text (no tags inside).
pub(crate) const RAW_TEXT_TAGS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// class/id tokens of a story's lede, abstract or standfirst.
pub(crate) static LEDE_TOKENS: Words = Words::new(&[
    "lead",
    "lede",
    "intro",
    "abstract",
    "standfirst",
    "subtitle",
    "subline",
    "deck",
    "dek",
    "teaser",
    "excerpt",
]);

/// Blocks that are a teaser when they hold nothing but a short link.
pub(crate) const LINK_TEASER_TAGS: &[&str] = &["p"];
/// Where a one-link block is a cell or an item of a list, not a teaser.
pub(crate) const LINK_TEASER_EXCLUDED_ANCESTORS: &[&str] = &["td", "th", "li", "dd"];

/// Elements that head or wrap a story of their own: a container holding one is not a
/// continuation of the chosen article.
pub(crate) const STORY_BOUNDARY_TAGS: &[&str] = &["h1", "article"];

/// Class/id words of a recipe's ingredient list.
pub(crate) static INGREDIENT_TOKENS: Words = Words::new(&[
    "ingredients",
    "ingredient",
    "zutaten",
    "ingredientes",
    "ingredienti",
    "ingrédients",
    "składniki",
]);

/// Elements that hold an ingredient list whole.
pub(crate) const INGREDIENT_LIST_TAGS: &[&str] = &["table", "ul", "ol", "div", "section", "dl"];

/// Words of a donation pitch: a small box that mentions one asks for money.
pub(crate) static DONATION_WORDS: Words = Words::new(&[
    "donate",
    "donation",
    "spende",
    "spenden",
    "donar",
    "doar",
    "faire un don",
    "darowizn",
]);

/// Separators between an ad label and the words after it ("Advertisement - Story continues").
pub(crate) const LABEL_SEPARATORS: &[&str] = &[" - ", " – ", " — ", ":", " | "];

/// Elements that wrap a small box of their own.
pub(crate) const BOX_TAGS: &[&str] = &["div", "aside", "section", "form"];

/// `<script>` types whose text is data the metadata stage reads; the text of other
/// scripts is dropped before parsing (or skipped by the live-DOM walk).
pub(crate) const DATA_SCRIPT_TYPES: &[&str] = &["application/ld+json"];

/// What the live-DOM walk (browser builds) leaves out or trusts without asking the
/// browser whether it renders.
pub(crate) mod live {
    /// Elements whose subtree the walk never copies: the browser already ran or applied
    /// them, and their text is not the page's prose.
    pub const SKIPPED_TAGS: &[&str] = &["style", "template"];
    pub(crate) use super::DATA_SCRIPT_TYPES;
    /// Elements that render no box of their own even when shown, so a visibility check
    /// would wrongly call them hidden.
    pub const BOXLESS_TAGS: &[&str] = &[
        "area", "base", "br", "col", "colgroup", "link", "meta", "param", "slot", "source",
        "track", "wbr", "script", "title", "head",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> Vec<&'static Words> {
        vec![
            &UNLIKELY,
            &MAYBE_CANDIDATE,
            &POSITIVE,
            &NEGATIVE,
            &BYLINE,
            &NOT_A_STORY,
            &PROMPT_PHRASES,
            &DONATION_WORDS,
            &LEDE_TOKENS,
            &INGREDIENT_TOKENS,
            &CAPTION_TOKENS,
            &PITCH_PHRASES,
            &FOLLOW_VERBS,
            &SOCIAL_NETWORKS,
        ]
    }

    #[test]
    fn the_automaton_finds_what_a_substring_search_finds() {
        let mut haystacks: Vec<String> = [
            "",
            "a",
            "main-content article",
            "post-body entry-content",
            "comments-area sidebar",
            "xx-ad-yy",
            "sharedaddy sd-sharing-enabled",
            "comcom-",
            "authorauthor",
            "re la ted relate",
            "ärger über straße",
            "اشترك في النشرة",
            "leave a reply below",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for list in lists() {
            for w in list.list {
                // Each needle whole, cut short, and inside other text.
                haystacks.push(w.to_string());
                haystacks.push(format!("x{w}y"));
                let mut cut = w.len() - 1;
                while !w.is_char_boundary(cut) {
                    cut -= 1;
                }
                haystacks.push(w[..cut].to_string());
                haystacks.push(format!("{}{}", &w[..cut], w));
            }
        }
        for list in lists() {
            for h in &haystacks {
                let naive = list.list.iter().any(|w| h.contains(w));
                assert_eq!(list.matches(h), naive, "{:?} in {h:?}", list.list);
                let upper = h.to_uppercase();
                let folded = list
                    .list
                    .iter()
                    .any(|w| upper.to_ascii_lowercase().contains(w));
                assert_eq!(list.matches_ascii_folded(&upper), folded, "{upper:?}");
            }
        }
    }
}
