//! The vocabulary stages share: the word matcher ([`Words`]), class/id words and HTML tag
//! sets more than one stage reads, and their shared thresholds. A list or threshold only
//! one stage reads is declared beside that stage (`words.rs` in its folder).

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

    /// The needles that occur in `haystack_lower`, in list order: a scan of the list, for
    /// the rare caller that needs to know which.
    pub(crate) fn occurring_in(&self, haystack_lower: &str) -> Vec<&'static str> {
        self.list
            .iter()
            .copied()
            .filter(|w| haystack_lower.contains(w))
            .collect()
    }

    /// [`Words::matches`] on `haystack.to_ascii_lowercase()`, without building it.
    pub(crate) fn matches_ascii_folded(&self, haystack: &str) -> bool {
        self.automaton
            .get_or_init(|| Automaton::new(self.list))
            .finds_in(haystack.bytes().map(|b| b.to_ascii_lowercase()))
    }
}

/// A list of tag names, interned on first use: an element's name is then tested against
/// it by comparing numbers, where the strings would cost a string comparison per entry.
pub(crate) struct TagNames {
    pub list: &'static [&'static str],
    names: OnceLock<Box<[html5ever::LocalName]>>,
}

impl TagNames {
    pub(crate) const fn new(list: &'static [&'static str]) -> TagNames {
        TagNames {
            list,
            names: OnceLock::new(),
        }
    }

    /// True when `name` is in the list.
    pub(crate) fn has(&self, name: &html5ever::LocalName) -> bool {
        self.names
            .get_or_init(|| interned(self.list))
            .contains(name)
    }
}

/// `tags` as interned names (equal names intern to equal atoms).
pub(crate) fn interned(tags: &[&str]) -> Box<[html5ever::LocalName]> {
    tags.iter()
        .map(|&t| html5ever::LocalName::from(t))
        .collect()
}

/// An Aho–Corasick automaton over bytes as a dense transition table: bytes that occur in
/// no needle share one column.
struct Automaton {
    /// Column of each byte value.
    column: [u16; 256],
    /// `table[row + column]`: after reading a byte in the state whose row starts at `row`,
    /// the row of the next state, with [`ACCEPTS`] set when a needle has just ended.
    table: Vec<u32>,
    /// Some needle is empty: every haystack holds it.
    accepts_empty: bool,
}

/// The flag of a [`Automaton::table`] entry whose state ends a needle.
const ACCEPTS: u32 = 1 << 31;

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
        // also a trie path (its failure state), whose row is already complete. A failure
        // state is shallower than its state, so the two rows never overlap.
        let mut fail = vec![0u16; accepts.len()];
        let mut queue: std::collections::VecDeque<u16> = next[..columns]
            .iter()
            .copied()
            .filter(|&child| child != 0)
            .collect();
        while let Some(state) = queue.pop_front() {
            let (state, via) = (usize::from(state), usize::from(fail[usize::from(state)]));
            accepts[state] |= accepts[via];
            let (row, via_row) = if state < via {
                let (low, high) = next.split_at_mut(via * columns);
                (&mut low[state * columns..][..columns], &high[..columns])
            } else {
                let (low, high) = next.split_at_mut(state * columns);
                (&mut high[..columns], &low[via * columns..][..columns])
            };
            for (slot, &via_next) in row.iter_mut().zip(via_row) {
                if *slot == 0 {
                    *slot = via_next;
                } else {
                    fail[usize::from(*slot)] = via_next;
                    queue.push_back(*slot);
                }
            }
        }
        // Each state as the start of its row, so a step is one load and one add.
        let rows: Vec<u32> = (0..accepts.len())
            .map(|state| {
                let row = u32::try_from(state * columns)
                    .ok()
                    .filter(|&r| r < ACCEPTS)
                    .expect("word list too long");
                if accepts[state] {
                    row | ACCEPTS
                } else {
                    row
                }
            })
            .collect();
        let table = next.iter().map(|&state| rows[usize::from(state)]).collect();
        Automaton {
            column,
            table,
            accepts_empty: accepts[0],
        }
    }

    fn finds_in(&self, haystack: impl Iterator<Item = u8>) -> bool {
        if self.accepts_empty {
            return true;
        }
        let mut row = 0usize;
        for b in haystack {
            let next = self.table[row + usize::from(self.column[usize::from(b)])];
            if next & ACCEPTS != 0 {
                return true;
            }
            row = next as usize;
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

/// class/id words of a byline element.
pub(crate) static BYLINE: Words = Words::new(&[
    "byline",
    "author",
    "dateline",
    "writtenby",
    "p-author",
    "writer",
]);

/// The `itemprop` word that marks up an article's body: locating takes its element for
/// the page's article container, selection gathers the prose inside it.
pub(crate) const ARTICLE_BODY_ITEMPROP: &str = "articleBody";

/// Whether an `itemprop` value names the article's body.
pub(crate) fn marks_article_body(itemprop: &str) -> bool {
    itemprop
        .split_whitespace()
        .any(|w| w == ARTICLE_BODY_ITEMPROP)
}

/// How a "related content" label begins, in the languages of the web (Arabic written with
/// and without the tanwin and hamza that writers drop).
pub(crate) const RELATED_PHRASES: &[&str] = &[
    "related",
    "read more",
    "read also",
    "also read",
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
    "смотрите также",
    "по теме:",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ ايضا",
    "ayrıca okuyun",
    "baca juga",
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    "इसे भी पढ़ें",
    "xem thêm",
    "tin liên quan",
    "lees ook",
    "läs också",
    "läs även",
    "les også",
    "læs også",
    "lue myös",
    "διαβάστε επίσης",
    "διαβάστε ακόμη",
    "δείτε επίσης",
    "ilgili haberler",
    "ilgili haber",
    "อ่านเพิ่มเติม",
    "อ่านข่าวที่เกี่ยวข้อง",
    "ข่าวที่เกี่ยวข้อง",
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

/// Elements only data tables use: a table holding one holds data, not the page's layout.
pub(crate) const DATA_TABLE_TAGS: &[&str] = &["col", "colgroup", "tfoot", "thead", "th"];

/// The article's own blocks of text: between them a box holding prose is the article's
/// (cleaning), and one marked as walled text is the article's whatever it holds
/// (boilerplate).
pub(crate) const ARTICLE_BLOCK_TAGS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "figure",
    "pre",
    "table",
];

/// The HTML heading elements.
pub(crate) const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Image file extensions that mark an attribute value as an image URL.
pub(crate) const IMAGE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".webp", ".avif", ".svg"];

/// The `<script>` type of JSON-LD, the structured data the metadata stage reads.
pub(crate) const JSON_LD_TYPE: &str = "application/ld+json";

/// `<script>` types whose text is data the metadata stage reads; the text of other
/// scripts is dropped before parsing (or skipped by the live-DOM walk).
pub(crate) const DATA_SCRIPT_TYPES: &[&str] = &[JSON_LD_TYPE];

/// Attributes that make a `<template>` a declarative shadow root: its content is what
/// the browser renders in its host (the standard name, then the one Chrome shipped first).
pub(crate) const SHADOW_ROOT_ATTRS: &[&str] = &["shadowrootmode", "shadowroot"];

/// Roles of content a page shows one part at a time (a tab set's panels): a part hidden
/// only until its turn is part of the page, read as if shown.
pub(crate) const SHOWN_IN_TURN_ROLES: &[&str] = &["tabpanel"];

/// Values of `hidden` that hide content only until the reader finds it (find in page, a
/// link to a fragment inside it): a wiki's collapsed sections, read as if shown.
pub(crate) const HIDDEN_UNTIL_FOUND: &[&str] = &["until-found"];

/// Whether an element's attribute `name` = `value` marks it as part of the page the
/// browser shows only in its turn ([`SHOWN_IN_TURN_ROLES`], [`HIDDEN_UNTIL_FOUND`]).
pub(crate) fn shown_in_turn(name: &str, value: &str) -> bool {
    match name {
        "role" => SHOWN_IN_TURN_ROLES.contains(&value),
        "hidden" => HIDDEN_UNTIL_FOUND
            .iter()
            .any(|v| value.eq_ignore_ascii_case(v)),
        _ => false,
    }
}

/// Thresholds more than one stage reads.
pub(crate) mod threshold {
    /// Nesting deeper than this is bounded: deeper tags are dropped before parsing
    /// (parsers are quadratic in depth), and trees built without that pre-scan (from a
    /// live DOM) are flattened at this depth before any stage runs.
    pub const MAX_DEPTH: usize = 512;
    /// Similarity to the page title above which a heading (or a JSON-LD name or
    /// headline) repeats the title.
    pub const TITLE_SIMILARITY: f64 = 0.75;
    /// A lede block shares an ancestor this close with the chosen element.
    pub const LEDE_ANCESTOR_LEVELS: usize = 5;
    /// Prose has no more of its text in links than this.
    pub const MAX_PROSE_LINK_DENSITY: f64 = 0.3;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> Vec<&'static Words> {
        vec![
            &UNLIKELY,
            &MAYBE_CANDIDATE,
            &crate::measure::words::POSITIVE,
            &crate::measure::words::NEGATIVE,
            &BYLINE,
            &crate::locate::words::NOT_A_STORY,
            &crate::cleanup::boilerplate::words::PROMPT_PHRASES,
            &crate::cleanup::boilerplate::words::DONATION_WORDS,
            &crate::locate::words::LEDE_TOKENS,
            &crate::locate::words::INGREDIENT_TOKENS,
            &crate::cleanup::boilerplate::words::CAPTION_TOKENS,
            &crate::cleanup::boilerplate::words::PITCH_PHRASES,
            &crate::cleanup::boilerplate::words::FOLLOW_VERBS,
            &crate::cleanup::boilerplate::words::SOCIAL_NETWORKS,
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
