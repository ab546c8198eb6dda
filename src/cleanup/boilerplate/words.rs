//! The words, tag sets and thresholds that tell page furniture inside the selection.

use crate::vocabulary::Words;

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

/// Class names that mark an article's text behind a paywall, standing alone (Google's
/// paywalled-content markup: `<p class="paywall">`, `hasPart.cssSelector: ".paywall"`).
pub(crate) const WALLED_TEXT_CLASSES: &[&str] = &["paywall"];

/// [`FURNITURE_TOKENS`] as a matcher: whether a class/id value can hold one at all.
pub(crate) static FURNITURE_WORDS: Words = Words::new(FURNITURE_TOKENS);

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

/// [`WEAK_FURNITURE_TOKENS`] as a matcher.
pub(crate) static WEAK_FURNITURE_WORDS: Words = Words::new(WEAK_FURNITURE_TOKENS);

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

/// Elements whose text is the article's verbatim (code, preformatted text): no label
/// inside them is furniture.
pub(crate) const VERBATIM_TAGS: &[&str] = &["pre", "code"];

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

/// Whole labels of a subscription box: a block saying only this heads the box.
pub(crate) const PROMPT_LABELS: &[&str] = &["newsletter", "newsletters"];

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
    "apúntate",
    "inscríbete",
    "inscreva-se",
    "cadastre-se",
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
    "来源：",
    "本文来源：",
    "责任编辑：",
    "编辑：",
    "校对：",
    "ⓒ",
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

/// [`CAPTION_CREDIT_MARKERS`] as one matcher: a text holding none of them (ASCII case
/// ignored) holds no credit.
pub(crate) static CAPTION_CREDIT_WORDS: Words = Words::new(CAPTION_CREDIT_MARKERS);

/// What separates a caption's description from its credit, trimmed with the credit.
pub(crate) const CREDIT_LEAD_IN: &[char] =
    &[' ', '|', '(', '[', '-', '–', '—', '/', ',', '·', '\u{a0}'];

/// The word between a gallery's slide number and its count ("3 of 26", "3 von 26", "3 de
/// 26", "3 di 26", "3 van 26", "3 sur 26", "3 av 26", "3 z 26").
pub(crate) const COUNTER_WORDS: &[&str] = &["of", "von", "de", "di", "van", "sur", "av", "af", "z"];

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

/// Whole texts (arrows and a colon aside) of links to the previous or next post.
pub(crate) const POST_NAV_LABELS: &[&str] = &[
    "prev",
    "previous",
    "next",
    "previous post",
    "next post",
    "previous article",
    "next article",
    "previous entry",
    "next entry",
    "previous story",
    "next story",
    "older post",
    "newer post",
    "older posts",
    "newer posts",
    "older entries",
    "newer entries",
    "vorheriger beitrag",
    "nächster beitrag",
    "vorheriger artikel",
    "nächster artikel",
    "article précédent",
    "article suivant",
    "entrada anterior",
    "entrada siguiente",
    "siguiente entrada",
    "artículo anterior",
    "artículo siguiente",
    "articolo precedente",
    "articolo successivo",
    "poprzedni wpis",
    "następny wpis",
];

/// Arrows that open or close a link to the previous or next post.
pub(crate) const POST_NAV_ARROWS: &[char] = &['«', '»', '‹', '›', '←', '→'];

/// `rel` values of a link to the previous or next post.
pub(crate) const POST_NAV_RELS: &[&str] = &["prev", "previous", "next"];

/// What lowercasing a capital dotted I (Turkish `İ`) adds after its `i`: labels are
/// matched without it.
pub(crate) const COMBINING_DOT_ABOVE: char = '\u{307}';

/// Whole-text ad labels beyond [`AD_WORDS`].
pub(crate) const AD_LABELS: &[&str] = &[
    "anzeige",
    "reklama",
    "sponsored",
    "publicidad",
    "pubblicità",
    "advertisement",
    "annonse",
    "annons",
    "annonce",
    "reklame",
    "mainos",
    "werbung",
    "publicité",
    "advertentie",
    "реклама",
    "διαφήμιση",
    "reklam",
    "โฆษณา",
    "إعلان",
    "hide ad",
];

/// Blocks that are a teaser when they hold nothing but a short link.
pub(crate) const LINK_TEASER_TAGS: &[&str] = &["p"];

/// Where a one-link block is a cell or an item of a list, not a teaser.
pub(crate) const LINK_TEASER_EXCLUDED_ANCESTORS: &[&str] = &["td", "th", "li", "dd"];

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

/// Blocks of prose that keep a prompt's box (see `threshold::PROMPT_BOX_MAX_PARAGRAPH_CHARS`).
pub(crate) const PROMPT_BOX_PROSE_TAGS: &[&str] = &["p"];

/// Thresholds.
pub(crate) mod threshold {
    /// Digits of a slide counter's numbers at most ("3 of 26", not a year's "2 of 2024").
    pub const MAX_COUNTER_DIGITS: usize = 3;
    /// Furniture holding more than this share of the article's text is kept.
    pub const FURNITURE_MAX_SHARE: f64 = 0.3;
    /// Furniture with paragraphs of at least this much text and few links is prose.
    pub const FURNITURE_PROSE_CHARS: usize = 300;
    pub const FURNITURE_PROSE_LINK_DENSITY: f64 = 0.3;
    /// A "Read also: <linked headline>" line is at most this long.
    pub const MAX_RELATED_LINE_CHARS: usize = 250;
    /// A box titled by a prompt heading is removed whole when it is this small.
    pub const PROMPT_BOX_MAX_CHILDREN: usize = 4;
    pub const PROMPT_BOX_MAX_CHARS: usize = 600;
    /// A paragraph this long in a prompt's box is prose: the box is the article's.
    pub const PROMPT_BOX_MAX_PARAGRAPH_CHARS: usize = 300;
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
    /// A subscription or follow pitch is one sentence or two: at most this long.
    pub const MAX_PITCH_LINE_CHARS: usize = 250;
    /// A line between posts is mostly links: at least this link density.
    pub const POST_NAV_LINK_DENSITY: f64 = 0.5;
    /// Link density above which the blocks after a "related" label are link lists.
    pub const RELATED_LIST_LINK_DENSITY: f64 = 0.5;
}
