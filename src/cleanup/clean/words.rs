//! The tag sets, attributes and rules of conditional cleaning.

pub(crate) use crate::vocabulary::{DATA_TABLE_TAGS, HEADING_TAGS};

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

/// Elements always removed from the article (embeds only when not a video).
pub(crate) const CLEAN_ALWAYS: &[&str] = &["object", "embed", "footer", "link", "aside"];

/// Elements always removed from the article once share bars are gone.
pub(crate) const CLEAN_ALWAYS_LATE: &[&str] = &["iframe", "input", "textarea", "select", "button"];

/// Embedding elements (kept only when they point at [`VIDEO_HOSTS`]).
pub(crate) const EMBED_TAGS: &[&str] = &["object", "embed", "iframe"];

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
    /// A heading with a control beside it ("[edit]", an anchor link) holds at least this
    /// share of its wrapper's text…
    pub const CONTROLLED_HEADING_SHARE: f64 = 0.5;
    /// …and the control's one link at most this many characters.
    pub const MAX_HEADING_CONTROL_CHARS: f64 = 12.0;
    /// Link density limits for unweighted and positively weighted blocks.
    pub const MAX_LINK_DENSITY: f64 = 0.2;
    pub const MAX_LINK_DENSITY_POSITIVE: f64 = 0.5;
    /// Class weight that counts as positive.
    pub const POSITIVE_WEIGHT: f64 = 25.0;
    /// One embed in less text than this.
    pub const EMBED_MIN_CHARS: usize = 75;
    /// Data tables: rows or columns beyond these, or cells beyond the product.
    pub const DATA_TABLE_ROWS: usize = 10;
    pub const DATA_TABLE_COLUMNS: usize = 4;
    pub const DATA_TABLE_CELLS: usize = 10;
    /// `rowspan`/`colspan` values are capped at this.
    pub const MAX_SPAN: usize = 1000;
}

/// Thresholds.
pub(crate) mod threshold {
    /// Paragraphs a box inside the article (an `aside`) holds to be the article's own
    /// text.
    pub const MIN_BOX_PARAGRAPHS: usize = 3;
    /// Characters such a box holds.
    pub const MIN_BOX_PROSE_CHARS: usize = 500;
    /// Share of such a box's text in links, below which it is prose.
    pub const MAX_BOX_LINK_DENSITY: f64 = 0.2;
    /// A heading's anchor link sits at most this many levels inside it.
    pub const HEADING_ANCHOR_DEPTH: usize = 3;
    /// Characters of paragraphs a box folded by clipping utilities holds to be the
    /// article's text, with few links ([`MAX_BOX_LINK_DENSITY`]).
    pub const MIN_FOLDED_PROSE_CHARS: usize = 200;
    /// A block with this many commas is prose and survives conditional cleaning.
    pub const PROSE_COMMAS: usize = 10;
    /// Share elements shorter than this are removed.
    pub const SHARE_ELEMENT_MAX_CHARS: usize = 500;
    /// Texts longer than this are never a bare ad or loading label.
    pub const MAX_LABEL_CHARS: usize = 40;
}
