//! The words, tag sets and thresholds of the `locate` stage (which story is the page's
//! own), declared beside it; its `threshold` also re-exports the thresholds stages share.

use crate::vocabulary::{TagNames, Words};

/// Attribute a live page (the drop-in script, the extension) sets on the element at the
/// reader's reading line: the story holding it is the one being read.
pub(crate) const READING_MARK_ATTR: &str = "data-plainview-reading";

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

/// Captions: not prose, but part of a story's text when all of it counts (a gallery
/// tells its story in them).
pub(crate) const CAPTION_TAGS: &[&str] = &["figcaption"];

/// [`NOT_PROSE_TAGS`] and [`CAPTION_TAGS`] interned, for the walk that measures prose.
pub(crate) static NOT_PROSE_NAMES: TagNames = TagNames::new(NOT_PROSE_TAGS);
pub(crate) static CAPTION_NAMES: TagNames = TagNames::new(CAPTION_TAGS);

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

/// Fields a reader fills in or presses: a form holding none that shows is a wrapper
/// around text, whose text is prose.
pub(crate) const FIELD_TAGS: &[&str] = &["input", "select", "textarea", "button"];

/// Blocks of text, which a story's region around a place naming its address is never,
/// however long.
pub(crate) const TEXT_BLOCK_TAGS: &[&str] = &["p", "blockquote", "pre"];

/// The parts of a table that may lay out a page rather than hold data: the table, its
/// bodies and rows.
pub(crate) const LAYOUT_TABLE_PARTS: &[&str] = &["table", "tbody", "tr"];

/// Form controls: a box holding one (a newsletter sign-up, a search) is no story's header.
pub(crate) const FORM_CONTROL_TAGS: &[&str] = &["form", "input", "select", "textarea"];

/// What separates the hours, minutes and seconds of a time of day in a date line.
pub(crate) const CLOCK_TIME_SEPARATOR: char = ':';

/// Month names and their abbreviations (English), lowercase: a line of a month, a day
/// and a year is a date line.
pub(crate) const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The words a byline opens with ("By Mei Chen"): a line opening with one is no headline.
pub(crate) const BYLINE_OPENERS: &[&str] = &["by"];

/// Elements that are never a story of their own (a list item may be one: feeds list
/// their stories).
pub(crate) const NOT_A_STORY_TAGS: &[&str] = &["aside", "nav", "footer", "header", "form"];

/// Elements that may head a story run of siblings: headings, and the header holding one.
pub(crate) const RUN_HEAD_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "header"];

/// Tags that set a line in bold or large type: a headline in markup without headings
/// (`<b>Title</b><br>`, `<font size="+2"><b>Title</b></font>`).
pub(crate) const EMPHASIS_TAGS: &[&str] = &["b", "strong", "big"];

/// Tags that may wrap such a line when they hold only it (its link, its font: a `<font>`
/// is a `<span>` by now).
pub(crate) const LINE_WRAPPER_TAGS: &[&str] = &["a", "span", "u", "i", "em"];

/// Permalink labels: a link reading only one of these (any case, brackets aside) is the
/// permalink of the post it closes ("posted @ 1:52 PM | link | comments").
pub(crate) const PERMALINK_LABELS: &[&str] = &[
    "link",
    "permalink",
    "permanent link",
    "direct link",
    "link to this post",
    "link to this entry",
    "link to this story",
];

/// Labels of a link to the story that follows ("Next story"), lower case: set before
/// that story's headline, it names the story's address.
pub(crate) const NEXT_STORY_LABELS: &[&str] = &[
    "next story",
    "next article",
    "next post",
    "up next",
    "read next",
    "nächster artikel",
    "article suivant",
    "siguiente noticia",
    "siguiente artículo",
    "próxima notícia",
    "articolo successivo",
    "volgende artikel",
    "nästa artikel",
    "следующая статья",
    "次の記事",
    "下一篇",
    "다음 기사",
];

/// Elements of a hero image, whose caption may hold the story's headline (a heading over
/// the image), though a headline is otherwise never inside a figure or a caption.
pub(crate) const HERO_TAGS: &[&str] = &["figure", "figcaption"];

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

/// Last words of class names that say where a copy of a template sits in its list
/// (`views-row-odd`, `item-first`) or that it is the one shown now (a slider's
/// `swiper-slide-active`, `slick-current`, `is-selected`), not what it is: templates
/// compare without them. (`next` and `prev` are no such words: `infinite-scroll-next`
/// names the wrapper of what a page appended.)
pub(crate) const PLACE_CLASS_WORDS: &[&str] = &[
    "odd", "even", "first", "last", "active", "current", "selected", "visible",
];

/// Microformat classes that mark an element as one entry of a feed (a post, a news
/// story, a review): a story, whatever other class words it carries.
pub(crate) const ENTRY_MICROFORMATS: &[&str] = &["hentry", "h-entry", "hnews", "hreview"];

/// Parts of a class token that make it a taxonomy label (`category-social_media`,
/// `tag-comments`, `post-format-gallery`): it names the story's topic or kind, not the
/// element's role on the page.
pub(crate) const TOPIC_CLASS_MARKS: &[&str] = &["category-", "tag-", "format-", "topic-"];

/// Chrome words (of the shared unlikely list) that name a column beside the main one: a
/// wrapper named only by them may hold a story beside that column.
pub(crate) const SIDE_COLUMN_WORDS: &[&str] = &["sidebar", "skyscraper"];

/// class/id words of containers that are never a story of their own.
pub(crate) static NOT_A_STORY: Words = Words::new(&["comment", "reply", "replies", "review"]);

/// The last part of a class word that names its element an article (`review-article`),
/// whatever kind it names before it.
pub(crate) const ARTICLE_CLASS_WORDS: &[&str] = &["article"];

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

/// `<meta>` properties (or names) that give the page's own address: inside a story, the
/// story's.
pub(crate) const STORY_URL_METAS: &[&str] = &["og:url", "twitter:url"];

/// Prefixes of the class words CSS-in-JS libraries generate, a hash after them (emotion's
/// `css-1x2y3z`, styled-components' `sc-aXbYc`, CSS modules' `_3kq9z`).
pub(crate) const GENERATED_CLASS_PREFIXES: &[&str] = &["css-", "sc-", "_"];

/// What separates the parts of a class word: its name from a hash a site builder appends
/// (`framer-9ziabka`, `svelte-1x2ab3c`), a kind from what it is (`review-article`).
pub(crate) const CLASS_PART_SEPARATORS: &[char] = &['-', '_'];

/// Attributes that mark an element as carrying a story's own permalink.
pub(crate) const PERMALINK_MARKS: &[&str] = &["data-permalink", "data-share-url", "data-post-url"];

/// Attributes of a story's element that hold its own id, which an app's address may
/// end with (`/a/8f3k2`) ...
pub(crate) const STORY_ID_ATTRIBUTES: &[&str] = &["id", "data-id"];
/// ... and the end of the names of `data-` attributes that do (`data-post-id`).
pub(crate) const STORY_ID_DATA_SUFFIX: &str = "id";

/// Words in a custom attribute's name (`data-*`, `ns:*`) that say it holds an address…
pub(crate) const PERMALINK_NAME_WORDS: &[&str] = &["url", "href", "link", "permalink"];

/// …unless it names a medium's source.
pub(crate) const MEDIA_NAME_WORDS: &[&str] = &["src", "img", "image", "thumb", "video", "audio"];

/// Elements that load what their `data-src` names (a medium, a frame, a script). On any
/// other element, a `data-src` naming a page of the site names the page a widget is
/// about (recommendation and comment widgets).
pub(crate) const LOADING_TAGS: &[&str] = &[
    "img", "picture", "source", "video", "audio", "track", "iframe", "embed", "object", "script",
    "link", "input", "image", "use",
];

/// Elements that frame a widget (a like or share button, a comments box), whose
/// address's parameters may name the story.
pub(crate) const WIDGET_FRAME_TAGS: &[&str] = &["iframe"];

/// File extensions of pages; an address ending in any other extension names a file.
pub(crate) const PAGE_EXTENSIONS: &[&str] = &["html", "htm", "shtml", "php", "asp", "aspx", "jsp"];

/// Characters that end a sentence of prose (a headline seldom ends so, a question aside).
pub(crate) const SENTENCE_ENDS: &[char] = &['.', '!', '…', '。', '！'];

/// The `rel` keyword of a link that gives a permalink (HTML's `bookmark`).
pub(crate) const PERMALINK_REL: &str = "bookmark";

/// The microdata property holding an item's own address.
pub(crate) const ITEM_URL_PROP: &str = "url";

/// The attribute in which a widget on an element that loads nothing names its page.
pub(crate) const WIDGET_PAGE_ATTR: &str = "data-src";

/// class/id words of a link that is a story's permalink.
pub(crate) static PERMALINK_CLASS_TOKENS: Words = Words::new(&["permalink", "bookmark"]);

/// Fragments of a link to a story's comments (WordPress, Blogger, Disqus): the page
/// before the `#` is the story's own.
pub(crate) const COMMENTS_FRAGMENTS: &[&str] = &[
    "respond",
    "comments",
    "comment-form",
    "disqus_thread",
    "reply",
];

/// schema.org types whose `itemprop=url` is an article's own address.
pub(crate) const ARTICLE_ITEM_TYPES: &[&str] =
    &["Article", "Posting", "Report", "Review", "CreativeWork"];

/// Query parameters of a share button linking to its own page (WordPress and others);
/// [`TRACKING_PARAMS`] drops them from the address.
pub(crate) const SHARE_PARAMS: &[&str] = &["share", "shared"];

/// How a fragment that routes a single-page app begins: the hashbang (`#!/story/12`)
/// and a hash router's path (`#/story/12`).
pub(crate) const ROUTE_FRAGMENT_PREFIXES: &[&str] = &["!/", "/"];

/// How an address carried in another's path begins (an archive's or a proxy's
/// `…/o/XKSrR/https://site.example/story`, `…/web/20240501/https://…`).
pub(crate) const CARRIED_ADDRESS_MARKS: &[&str] = &["/http://", "/https://"];

/// Query parameters that do not change which page an address names.
pub(crate) const TRACKING_PARAMS: &[&str] = &[
    "utm_", "fbclid", "gclid", "ref", "share", "amp_js_v", "amp_gsa", "usqp",
];

/// Graphics drawn inline in a line of text (an icon before a list item's words): a block
/// holding them and text is still one line of text.
pub(crate) const INLINE_GRAPHIC_TAGS: &[&str] = &["svg", "canvas", "picture"];

/// Query parameters a server names a visitor's session by (vBulletin's `s`, PHP's
/// `PHPSESSID`, osCommerce's `osCsid`, in any case): holding a session token (see
/// [`threshold::MIN_SESSION_TOKEN_CHARS`]) they do not change which page an address names;
/// holding a short value (`sid=123`, a story id in some systems) they do.
pub(crate) const SESSION_PARAMS: &[&str] = &[
    "s",
    "sid",
    "sess",
    "session",
    "sessionid",
    "phpsessid",
    "oscsid",
    "zenid",
];

/// The names a server gives a directory's default document: `/story/index.html` is the
/// page `/story/` names.
pub(crate) const DEFAULT_DOCUMENTS: &[&str] = &[
    "index.html",
    "index.htm",
    "index.shtml",
    "index.php",
    "default.htm",
    "default.html",
    "default.asp",
    "default.aspx",
];

/// Hosts of the AMP caches, which serve a publisher's page under their own address…
pub(crate) const AMP_CACHE_HOST_SUFFIXES: &[&str] = &[".cdn.ampproject.org", ".bing-amp.com"];
/// …a path prefix, the scheme it stands for, and the publisher's host and path
/// (`/c/s/www.example.com/story/amp/` for `https://www.example.com/story/amp/`; `/v/` in
/// the viewer).
pub(crate) const AMP_CACHE_PATHS: &[(&str, &str)] = &[
    ("/c/s/", "https"),
    ("/v/s/", "https"),
    ("/c/", "http"),
    ("/v/", "http"),
];

/// class/id tokens of a story's lede, abstract or standfirst, in the languages of the web
/// (Turkish `spot`, French `chapo`, Spanish `entradilla`, `bajada`, `sumario`, Italian
/// `sommario`, German `vorspann`).
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
    "spot",
    "chapo",
    "chapeau",
    "entradilla",
    "bajada",
    "sumario",
    "sommario",
    "vorspann",
]);

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

/// How schema.org microdata types a question and an answer (`itemtype` ends so, over
/// `http:` or `https:`), and marks an accepted answer and a post's text.
pub(crate) const QUESTION_ITEMTYPE: &str = "schema.org/Question";
pub(crate) const ANSWER_ITEMTYPE: &str = "schema.org/Answer";
pub(crate) const ACCEPTED_ANSWER_ITEMPROP: &str = "acceptedAnswer";
pub(crate) const TEXT_ITEMPROP: &str = "text";

/// Thresholds.
pub(crate) mod threshold {
    pub(crate) use crate::vocabulary::threshold::*;

    /// The text before a link that labels it ("Baca juga:", "Read also -") is at most this
    /// long (in bytes: a related phrase in any script and its punctuation).
    pub const MAX_LINK_LABEL_BYTES: usize = 80;
    /// A lede block holds at least this much text…
    pub const MIN_LEDE_CHARS: usize = 40;
    /// …few links…
    pub const MAX_LEDE_LINK_DENSITY: f64 = 0.25;
    /// An ingredient list may link this much of its text (ingredients link to products).
    pub const MAX_INGREDIENTS_LINK_DENSITY: f64 = 0.6;
    /// Text a marked-up main container needs to be trusted.
    pub const MIN_CONTAINER_CHARS: usize = 250;
    /// How many times more text the main `<article>` holds than any other.
    pub const DOMINANT_ARTICLE_RATIO: usize = 3;
    /// Prose (non-space characters outside links, lists and chrome) a child of a
    /// container needs to count as a unit when the page's prose splits there.
    pub const MIN_UNIT_PROSE_CHARS: usize = 300;
    /// Prose a unit needs to count as one story among several.
    pub const MIN_STORY_PROSE_CHARS: usize = 400;
    /// Most text a story's twin holds before its heading beyond what the story holds
    /// before its own (a longer kicker, date line or byline; not a paragraph).
    pub const MAX_TWIN_LEAD_CHARS: usize = 200;
    /// Text, links and list items included, that a copy of a lone prose unit's template
    /// needs to be a story beside it (a post of links, a brief in a list).
    pub const MIN_LONE_COPY_TEXT_CHARS: usize = 800;
    /// The weakest headline rank (see `Finder::headline_rank`) that heads a story run
    /// of siblings: headings, ARIA and `itemprop` headlines, title-like class words; not
    /// a lone link or line of text.
    pub const MAX_RUN_HEAD_RANK: u8 = 6;
    /// The rank of a heading that holds only an image (a wordmark headline read by its
    /// `alt`): the weakest a heading has, as a logo or a series badge is set the same way.
    pub const IMAGE_HEADING_RANK: u8 = 6;
    /// …and so does a bold or big line of its own (see [`super::EMPHASIS_TAGS`]): the
    /// headline of markup without headings, as weak as any heading; a little stronger
    /// when it links to a page or is set large (a story's headline), than the bold
    /// subheadings of its text.
    pub const EMPHASIZED_LINE_RANK: u8 = 6;
    pub const EMPHASIZED_LINK_RANK: u8 = 5;
    /// The size a `<font>` sets by default (HTML's 1 to 7 scale).
    pub const DEFAULT_FONT_SIZE: u8 = 3;
    /// A bold line is a headline of this many words or more.
    pub const MIN_EMPHASIZED_LINE_WORDS: usize = 2;
    /// Wrappers followed down to a bold line at the start of an element.
    pub const MAX_LINE_WRAPPERS: usize = 4;
    /// How many times a unit holding stories of its own is split again.
    pub const MAX_STORY_NESTING: usize = 2;
    /// Levels above the stories' container searched for the page's own story before
    /// the wrapper holding the appended ones.
    pub const WRAPPER_LEVELS: usize = 2;
    /// A wrapper around a story found from its address belongs to it while its prose is
    /// at most this many times the story's (a header, a share bar, an ad around it).
    pub const WRAPPER_PROSE_GROWTH: f64 = 1.2;
    /// A story found from its address holds at most this share of the page's prose
    /// (more is the page read whole).
    pub const MAX_ANCHORED_SHARE: f64 = 0.8;
    /// A unit whose class words name chrome is a layout wrapper (`l-wrapper
    /// l-sidebar-fixed` around a story's body and a sidebar) when one child holds this
    /// share of its prose and names no chrome, and another carries the same chrome word.
    pub const WRAPPED_PROSE_SHARE: f64 = 0.8;
    /// Places naming the current address climbed from, at most, outside the region
    /// already found.
    pub const MAX_ANCHOR_CLIMBS: usize = 8;
    /// Levels above a link a paragraph may sit at for the link to be part of its text
    /// (`<p><strong><a>`).
    pub const IN_TEXT_LINK_DEPTH: usize = 3;
    /// How many siblings before a unit are searched for its headline.
    pub const ATTACHED_HEADLINE_SIBLINGS: usize = 3;
    /// How many nodes of an element without prose are searched for a heading that makes it
    /// the head of a run of siblings.
    pub const RUN_HEAD_NODES: usize = 40;
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
    /// The most words a heading whose text holds a digit has to be read as a date.
    pub const MAX_DATE_HEADING_WORDS: usize = 6;
    /// Words of letters a date line may hold besides the month ("Published on", "Updated").
    pub const MAX_DATE_LINE_WORDS: usize = 3;
    /// Parts a time of day in a date line has ("13:10", "13:10:00").
    pub const CLOCK_TIME_PARTS: std::ops::RangeInclusive<usize> = 2..=3;
    /// Words an address's slug must have to be matched against headlines.
    pub const MIN_SLUG_WORDS: usize = 2;
    /// A headline counting an article's parts ("Page 2 of 3") has at most this many words.
    pub const MAX_PART_LABEL_WORDS: usize = 6;
    /// An address's last segment names a story by its id with at least this many characters.
    pub const MIN_ADDRESS_ID_CHARS: usize = 4;
    /// A session token is at least this many letters and digits, with both in it.
    pub const MIN_SESSION_TOKEN_CHARS: usize = 16;
    /// A link spelling at least this many of the headline's first words (or all of a
    /// shorter headline) names the story's own address.
    pub const MIN_HEADLINE_START_WORDS: usize = 3;
    /// Longest text of a link read for the headline's first words.
    pub const MAX_HEADLINE_START_CHARS: usize = 300;
    /// A story linking to the page under this many queries or more offers views of the
    /// page (facets, sort orders), and is not named by them.
    pub const PAGE_VIEW_QUERIES: usize = 3;
    /// Share of the slug's words a headline must hold to be the one it spells.
    pub const SLUG_HEADLINE_SHARE: f64 = 0.8;
    /// Plain-text date lines a story holds at most (published, updated).
    pub const MAX_STORY_DATE_LINES: usize = 2;
    /// The years a date line's year may name.
    pub const DATE_LINE_YEARS: std::ops::RangeInclusive<u32> = 1990..=2100;
    /// Text of its own that makes an element the start of a story's prose.
    pub const MIN_PROSE_START_CHARS: usize = 80;
    /// Share of a headline's text its link covers to be the story's permalink.
    pub const HEADLINE_LINK_SHARE: f64 = 0.6;
    /// Class words two units of one template share, at least (Jaccard index).
    pub const TEMPLATE_SHARED_CLASSES: f64 = 0.5;
    /// Levels below a unit whose tags make its skeleton, which units of one template
    /// whose class words share nothing must have in common ...
    pub const SKELETON_LEVELS: usize = 3;
    /// ... the children of an element with more than this many left out (a body's
    /// blocks) ...
    pub const MAX_SKELETON_CHILDREN: usize = 3;
    /// ... with at least this many elements ...
    pub const MIN_SKELETON_ELEMENTS: usize = 4;
    /// ... of the first this many read.
    pub const MAX_SKELETON_ELEMENTS: usize = 24;
    /// Characters of the hash after a generated class word's prefix, at least.
    pub const MIN_CLASS_HASH_CHARS: usize = 5;
    /// A text block of the chosen story is template furniture when at least this share of
    /// the page's other stories hold a block of the same text.
    pub const FURNITURE_STORY_SHARE: f64 = 0.5;
    /// A repeated heading over this much of the story's own text (blocks the other stories
    /// do not repeat, few of their characters in links) heads a section of the story.
    pub const MIN_SECTION_PROSE_CHARS: usize = 80;
    pub const MAX_SECTION_PROSE_LINK_DENSITY: f64 = 0.3;
    /// A heading alone in its wrapper heads what follows the wrapper, up to these many
    /// wrappers up.
    pub const HEADING_WRAPPER_LEVELS: usize = 2;
}

/// Accented Latin letters and the letters an address's slug spells them with
/// (`séisme` is `seisme`; a slug that drops them, `sisme`, is matched apart).
pub(crate) const SLUG_LETTER_FOLDS: [(&str, &str); 19] = [
    ("àáâãäåāăą", "a"),
    ("çćĉċč", "c"),
    ("ďđ", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ìíîïĩīĭįı", "i"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"),
    ("śŝşš", "s"),
    ("ţťŧ", "t"),
    ("ùúûüũūŭůűų", "u"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
    ("ß", "ss"),
    ("æ", "ae"),
    ("œ", "oe"),
];
