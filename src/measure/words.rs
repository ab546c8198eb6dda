//! The words, tag sets and thresholds of the signals over the tree (class weights,
//! phrasing, visibility, teaser listings, ad labels).

pub(crate) use crate::vocabulary::{TagNames, Words, HEADING_TAGS, IMAGE_EXTENSIONS};

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

/// Class tokens holding these are CSS utilities for how a box clips or scrolls
/// (`overflow-hidden`, `md:overflow-y-hidden`, `overscroll-contain`): they say how a box
/// shows what it holds, not what it holds.
pub(crate) static OVERFLOW_UTILITIES: Words = Words::new(&["overflow-", "overscroll-"]);

/// A class/id token that alone marks an element negative (matched as a whole token).
pub(crate) const NEGATIVE_TOKENS: &[&str] = &["hid"];

/// Share-bar words, matched between word boundaries or underscores.
pub(crate) const SHARE_TOKENS: &[&str] = &["share", "sharedaddy"];
/// [`SHARE_TOKENS`] as one automaton: a string that holds none of them anywhere is
/// passed over without looking for word boundaries.
pub(crate) static SHARE_WORDS: Words = Words::new(SHARE_TOKENS);

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

/// Inline (phrasing) elements.
pub(crate) const PHRASING_ELEMS: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr",
];

/// Inline elements that are phrasing only when all their children are.
pub(crate) const PHRASING_IF_CHILDREN: &[&str] = &["a", "del", "ins"];

/// Tags whose text counts as "textish" for text density, besides [`DIV_TO_P_ELEMS`].
pub(crate) const TEXTISH_TAGS: &[&str] = &["span", "li", "td"];

/// The lists above that walks test every element against, interned.
pub(crate) static DIV_TO_P_NAMES: TagNames = TagNames::new(DIV_TO_P_ELEMS);
pub(crate) static PHRASING_NAMES: TagNames = TagNames::new(PHRASING_ELEMS);
pub(crate) static PHRASING_IF_CHILDREN_NAMES: TagNames = TagNames::new(PHRASING_IF_CHILDREN);
pub(crate) static TEXTISH_NAMES: TagNames = TagNames::new(TEXTISH_TAGS);
pub(crate) static HEADING_NAMES: TagNames = TagNames::new(HEADING_TAGS);

/// [`IMAGE_EXTENSIONS`] as one matcher, for values searched for any of them.
pub(crate) static IMAGE_EXTENSION_WORDS: Words = Words::new(IMAGE_EXTENSIONS);

/// Thresholds.
/// How the label of a control revealing the rest of an article begins.
pub(crate) const FOLD_CONTROL_PHRASES: &[&str] = &[
    "read more",
    "read the full",
    "read full",
    "continue reading",
    "show full",
    "expand article",
    "expand story",
    "expand full",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leer más",
    "seguir leyendo",
    "continua a leggere",
    "leggi tutto",
    "leia mais",
    "continuar lendo",
    "lees meer",
    "verder lezen",
    "czytaj dalej",
    "читать далее",
    "devamını oku",
    "阅读全文",
    "展开全文",
    "続きを読む",
];

/// `aria-roledescription` values of a carousel's slide (the WAI-ARIA carousel pattern's,
/// which slider libraries set): a slide marked `aria-hidden` waits its turn to be shown,
/// and is part of the page.
pub(crate) const SLIDE_ROLE_DESCRIPTIONS: &[&str] = &["slide"];

/// `aria-roledescription` values of a carousel: the `aria-hidden` groups
/// ([`SLIDE_ROLES`]) at most [`threshold::CAROUSEL_SEARCH_DEPTH`] levels under it are its
/// slides (see [`SLIDE_ROLE_DESCRIPTIONS`]).
pub(crate) const CAROUSEL_ROLE_DESCRIPTIONS: &[&str] = &["carousel"];

/// Roles a carousel gives its slides.
pub(crate) const SLIDE_ROLES: &[&str] = &["group"];

/// Roles of a feed (the WAI-ARIA feed pattern: the stories a reader scrolls through, each
/// an `<article>` or an element of [`FEED_ARTICLE_ROLES`]): a virtualized feed marks the
/// stories out of view `aria-hidden` (and `inert`), hiding them from assistive technology
/// only; they are on the page.
pub(crate) const FEED_ROLES: &[&str] = &["feed"];

/// Roles of a feed's stories (see [`FEED_ROLES`]).
pub(crate) const FEED_ARTICLE_ROLES: &[&str] = &["article"];

/// Roles of a dialog: one open beside content marked `aria-hidden` is why it is marked so,
/// from assistive technology only (see `is_behind_modal`).
pub(crate) const DIALOG_ROLES: &[&str] = &["dialog", "alertdialog"];

pub(crate) mod threshold {
    /// Levels under the siblings of an `aria-hidden` element searched for the open modal
    /// dialog that hid it (a portal's wrapper, an overlay, a container, the dialog).
    pub const MODAL_SEARCH_DEPTH: usize = 4;
    /// Levels above a story of a feed (see `FEED_ROLES`) searched for the feed: its own
    /// item or the wrapper a virtualized list positions it in.
    pub const FEED_SEARCH_DEPTH: usize = 2;
    /// The least text of a caption that counts as prose: a photo essay's captions tell
    /// its story; a news picture's label is shorter.
    pub const MIN_PROSE_CAPTION_CHARS: usize = 200;
    /// Levels above a slide searched for its carousel (see `CAROUSEL_ROLE_DESCRIPTIONS`):
    /// the slides' track, then the carousel.
    pub const CAROUSEL_SEARCH_DEPTH: usize = 2;
    /// Words an element's `id` has at least to be read as its heading's slug.
    pub const MIN_SLUG_ID_WORDS: usize = 4;
    pub(crate) use crate::vocabulary::threshold::TITLE_SIMILARITY;
    /// The label of a control revealing the rest of an article is this short.
    pub const MAX_FOLD_CONTROL_CHARS: usize = 40;
    /// Text of in-page (`#…`) links counts this much towards link density.
    pub const IN_PAGE_LINK_WEIGHT: f64 = 0.3;
    /// An inline element with this much more text around it in its paragraph is part
    /// of a sentence.
    pub const MIN_PROSE_AROUND_INLINE_CHARS: usize = 100;
    /// A result with at least this many headings that are links (this much of their text
    /// in the link)…
    pub const MIN_LISTING_TEASERS: usize = 3;
    pub const LINKED_HEADING_DENSITY: f64 = 0.9;
    /// …and less text than this per such heading is a list of teasers, not an article.
    pub const MAX_TEASER_CHARS: usize = 500;
}
