//! The tag sets and bounds of the input stage: the pre-scan before parsing and the
//! live-DOM walk.

pub(crate) use crate::vocabulary::DATA_SCRIPT_TYPES;

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

/// What the live-DOM walk (browser builds) leaves out or trusts without asking the
/// browser whether it renders.
pub(crate) mod live {
    /// Elements whose subtree the walk never copies: the browser already ran or applied
    /// them, and their text is not the page's prose.
    pub const SKIPPED_TAGS: &[&str] = &["style", "template"];
    pub(crate) use crate::vocabulary::DATA_SCRIPT_TYPES;
    /// Elements that render no box of their own even when shown, so a visibility check
    /// would wrongly call them hidden.
    pub const BOXLESS_TAGS: &[&str] = &[
        "area", "base", "br", "col", "colgroup", "link", "meta", "param", "slot", "source",
        "track", "wbr", "script", "title", "head",
    ];
}

/// Thresholds.
pub(crate) mod threshold {
    pub(crate) use crate::vocabulary::threshold::MAX_DEPTH;
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
    /// Nodes reserved in the tree per element the pre-scan counts (text nodes come
    /// between elements; corpus pages hold 1.2 to 3 nodes per element, most about 2.4):
    /// a tree that outgrows its storage is copied whole into storage twice the size.
    /// Storage reserved and never written costs no memory on platforms that map large
    /// allocations lazily.
    pub const NODES_PER_ELEMENT: usize = 3;
    /// Input bytes per node reserved at most (corpus pages hold one node per 10 to 1,800
    /// bytes of HTML, most per 45): the room stays bounded by the input on a page dense
    /// with tags, or one the pre-scan counts more elements in than the parser makes.
    pub const BYTES_PER_RESERVED_NODE: usize = 8;
}
