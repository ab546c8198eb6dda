//! The infinite-scroll dev set: pages that carry several stories, built in memory from
//! `../shared/corpus/moz` (nothing of it is committed), each with the story the page's
//! address names and the text of every story on it. Shared by the stories bench and gate.
//!
//! Two kinds of page:
//! - synthetic: one function per layout lays out 3–4 moz stories (their expected article
//!   HTML as bodies) in site chrome, the way an infinite-scroll site appends them;
//! - real markup: a moz page's own story unit (the smallest element holding most of the
//!   page's gold text, widened while its parent adds little) cloned after itself with
//!   other moz stories' paragraphs, titles and permalinks.
//!
//! Every page comes in two variants: `first` (the address of story 1) and `scrolled` (the
//! address of story 2 or 3; the `<head>` still names story 1). Everything is seeded by page
//! ids, so the set is the same on every run.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use ego_tree::{NodeId, Tree};
use html5ever::tendril::StrTendril;
use html5ever::Attribute;
use scraper::{Html, Node};

use crate::score::tokens;

/// Synthetic pages generated per layout.
pub const PAGES_PER_LAYOUT: usize = 10;
/// A moz story is a usable story body with at least this many words ...
const MIN_STORY_WORDS: usize = 150;
/// ... and this many paragraphs in its expected HTML.
const MIN_STORY_PARAGRAPHS: usize = 3;
/// ... and this share of its 4-word shingles distinct (test pages that repeat one
/// paragraph make no story).
const MIN_DISTINCT_SHINGLES: f64 = 0.8;
/// Blocks of a story body kept (long stories are cut, their gold with them).
const MAX_STORY_BLOCKS: usize = 30;
/// Two stories share a page only when they share less than this share of 4-word shingles.
const MAX_SHARED_SHINGLES: f64 = 0.05;
/// Paragraphs of a brief, in layouts of uneven stories.
const BRIEF_PARAGRAPHS: usize = 3;
/// Sidebar and teaser entries per page.
const TEASERS: usize = 6;
/// Words of a teaser's excerpt.
const TEASER_WORDS: usize = 14;
/// Real-markup pages: a page qualifies with at least this many gold words.
const MIN_REAL_GOLD_WORDS: usize = 120;
/// The story unit is the smallest element holding this share of the gold's shingles ...
pub const UNIT_COVERAGE: f64 = 0.85;
/// ... among the elements holding at least this share of the gold's words.
const UNIT_MIN_WORDS: f64 = 0.8;
/// Candidate elements tried for the unit, smallest first.
const UNIT_CANDIDATES: usize = 80;
/// The unit widens to its parent while the parent adds at most this share of words ...
const UNIT_CLIMB_GROWTH: f64 = 0.15;
/// ... plus this many words (a headline, byline and date).
const UNIT_CLIMB_SLACK: usize = 40;
/// A unit needs this many paragraph slots to be cloned.
const MIN_UNIT_SLOTS: usize = 3;
/// A paragraph-like element holds story text when this share of its shingles are gold's.
const SLOT_GOLD_SHARE: f64 = 0.5;
/// In a clone, text outside the paragraph slots in a run of this many words (a text node,
/// or an element holding no slot) is the original story's and is dropped; shorter text
/// (labels, bylines, dates) stays.
const LEFTOVER_WORDS: usize = 8;
/// Elements whose text is not page text.
const NON_TEXT_TAGS: [&str; 5] = ["script", "style", "noscript", "template", "svg"];
/// Elements that run together with the text around them.
const INLINE_TAGS: [&str; 24] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u",
];
/// Elements of a story unit whose text a clone replaces, outermost first.
const SLOT_TAGS: [&str; 7] = ["p", "li", "h2", "h3", "h4", "h5", "h6"];
/// Elements whose paragraphs are no slots: a clone drops their text as a whole (a data
/// table's or a caption's text belongs to the original story).
const SLOT_FREE_TAGS: [&str; 3] = ["table", "figure", "pre"];
/// Headings that may carry the unit's title when it has no `<h1>`.
const TITLE_TAGS: [&str; 3] = ["h2", "h3", "h4"];
/// A heading is the title when this share of its words are in the page title.
const TITLE_WORD_SHARE: f64 = 0.6;
/// The address every moz page was saved under.
const MOZ_PAGE_PATH: &str = "/test/page.html";
/// A prediction shows another story when it holds this share of that story's distinctive
/// shingles (those not in the target's gold) ...
pub const OTHER_STORY_SHARE: f64 = 0.2;
/// ... or this many of them (two sentences of prose: more than any teaser or caption).
pub const OTHER_STORY_SHINGLES: usize = 40;

/// Bylines of synthetic stories.
const AUTHORS: [&str; 10] = [
    "Ana Lima",
    "Jonas Berg",
    "Priya Raman",
    "Tom Okafor",
    "Mei Chen",
    "Lucas Moreau",
    "Sara Lindqvist",
    "Diego Alvarez",
    "Hannah Weiss",
    "Kofi Mensah",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Site sections, for navigation and story paths.
const SECTIONS: [&str; 8] = [
    "news", "world", "tech", "culture", "science", "business", "opinion", "sports",
];
/// Section headings a long single article gets when its source has none.
const SECTION_HEADINGS: [&str; 8] = [
    "Background",
    "What happened",
    "The details",
    "Why it matters",
    "What comes next",
    "Reactions",
    "A closer look",
    "The bigger picture",
];

// ------------------------------------------------------------------ cases

/// Which kind of page a case comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Synthetic,
    /// Synthetic layouts of the second probe ([`PROBE_LAYOUTS`]).
    Probe,
    /// Synthetic layouts of the third probe ([`PROBE3_LAYOUTS`]).
    Probe3,
    /// Synthetic layouts of the fourth probe ([`PROBE4_LAYOUTS`]).
    Probe4,
    /// Synthetic layouts of the fifth probe ([`PROBE5_LAYOUTS`]).
    Probe5,
    /// Synthetic layouts of the sixth probe ([`PROBE6_LAYOUTS`]).
    Probe6,
    /// Synthetic layouts of the seventh probe ([`PROBE7_LAYOUTS`]).
    Probe7,
    /// Synthetic layouts of the eighth probe ([`PROBE8_LAYOUTS`]).
    Probe8,
    /// Synthetic layouts of the ninth probe ([`PROBE9_LAYOUTS`]).
    Probe9,
    /// Synthetic layouts of the tenth probe ([`PROBE10_LAYOUTS`]).
    Probe10,
    /// Synthetic layouts of the eleventh probe ([`PROBE11_LAYOUTS`]).
    Probe11,
    /// Synthetic layouts of the twelfth probe ([`PROBE12_LAYOUTS`]).
    Probe12,
    /// Synthetic layouts of the thirteenth probe ([`PROBE13_LAYOUTS`]).
    Probe13,
    /// Synthetic layouts of the fourteenth probe ([`PROBE14_LAYOUTS`]).
    Probe14,
    /// Synthetic layouts of the fifteenth probe ([`PROBE15_LAYOUTS`]).
    Probe15,
    /// Synthetic layouts of the sixteenth probe ([`PROBE16_LAYOUTS`]).
    Probe16,
    /// Synthetic layouts of the seventeenth probe ([`PROBE17_LAYOUTS`]).
    Probe17,
    /// Synthetic layouts of the eighteenth probe ([`PROBE18_LAYOUTS`]).
    Probe18,
    /// Synthetic layouts of the nineteenth probe ([`PROBE19_LAYOUTS`]).
    Probe19,
    /// Synthetic layouts of the twentieth probe ([`PROBE20_LAYOUTS`]).
    Probe20,
    /// Synthetic layouts of the twenty-first probe ([`PROBE21_LAYOUTS`]).
    Probe21,
    /// Synthetic layouts of the twenty-second probe ([`PROBE22_LAYOUTS`]).
    Probe22,
    /// Synthetic layouts of the twenty-third probe ([`PROBE23_LAYOUTS`]).
    Probe23,
    Real,
}

impl Origin {
    pub fn name(self) -> &'static str {
        match self {
            Origin::Synthetic => "synthetic",
            Origin::Probe => "probe",
            Origin::Probe3 => "probe3",
            Origin::Probe4 => "probe4",
            Origin::Probe5 => "probe5",
            Origin::Probe6 => "probe6",
            Origin::Probe7 => "probe7",
            Origin::Probe8 => "probe8",
            Origin::Probe9 => "probe9",
            Origin::Probe10 => "probe10",
            Origin::Probe11 => "probe11",
            Origin::Probe12 => "probe12",
            Origin::Probe13 => "probe13",
            Origin::Probe14 => "probe14",
            Origin::Probe15 => "probe15",
            Origin::Probe16 => "probe16",
            Origin::Probe17 => "probe17",
            Origin::Probe18 => "probe18",
            Origin::Probe19 => "probe19",
            Origin::Probe20 => "probe20",
            Origin::Probe21 => "probe21",
            Origin::Probe22 => "probe22",
            Origin::Probe23 => "probe23",
            Origin::Real => "real",
        }
    }
}

/// Which story the address names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// Story 1, the one the `<head>` describes.
    First,
    /// Story 2 or 3, appended by scrolling.
    Scrolled,
}

impl Variant {
    pub fn name(self) -> &'static str {
        match self {
            Variant::First => "first",
            Variant::Scrolled => "scrolled",
        }
    }
}

/// One page with the address to extract it under and what a correct extraction holds.
pub struct Case {
    pub layout: &'static str,
    pub origin: Origin,
    pub variant: Variant,
    /// The page's id within its layout (shared by its two variants).
    pub page: String,
    pub html: Arc<str>,
    /// `Options.url`.
    pub url: String,
    /// The target story's text (title excluded).
    pub gold: String,
    /// The other stories' texts.
    pub others: Vec<String>,
    /// Every story's permalink, story 1 first.
    pub story_urls: Vec<String>,
}

impl Case {
    /// A single-article control: the page carries one story, to be returned whole.
    pub fn is_control(&self) -> bool {
        self.others.is_empty()
    }

    /// `layout/page/variant`, unique per case.
    pub fn name(&self) -> String {
        format!("{}/{}/{}", self.layout, self.page, self.variant.name())
    }
}

/// What the dev set holds beside its cases.
pub struct DevSet {
    pub cases: Vec<Case>,
    /// Real moz pages tried and those that gave a story unit.
    pub real_tried: usize,
    pub real_used: usize,
}

/// Builds every case from the moz corpus in `corpus_dir` (`../shared/corpus`).
pub fn build(corpus_dir: &Path) -> Result<DevSet, String> {
    let moz = load_moz(&corpus_dir.join("moz"))?;
    let pool: Vec<&Source> = moz.iter().filter(|s| s.usable).collect();
    if pool.len() < 8 {
        return Err(format!("only {} usable moz stories", pool.len()));
    }
    let mut cases = Vec::new();
    let layouts = LAYOUTS
        .iter()
        .map(|l| (l, Origin::Synthetic))
        .chain(PROBE_LAYOUTS.iter().map(|l| (l, Origin::Probe)))
        .chain(PROBE3_LAYOUTS.iter().map(|l| (l, Origin::Probe3)))
        .chain(PROBE4_LAYOUTS.iter().map(|l| (l, Origin::Probe4)))
        .chain(PROBE5_LAYOUTS.iter().map(|l| (l, Origin::Probe5)))
        .chain(PROBE6_LAYOUTS.iter().map(|l| (l, Origin::Probe6)))
        .chain(PROBE7_LAYOUTS.iter().map(|l| (l, Origin::Probe7)))
        .chain(PROBE8_LAYOUTS.iter().map(|l| (l, Origin::Probe8)))
        .chain(PROBE9_LAYOUTS.iter().map(|l| (l, Origin::Probe9)))
        .chain(PROBE10_LAYOUTS.iter().map(|l| (l, Origin::Probe10)))
        .chain(PROBE11_LAYOUTS.iter().map(|l| (l, Origin::Probe11)))
        .chain(PROBE12_LAYOUTS.iter().map(|l| (l, Origin::Probe12)))
        .chain(PROBE13_LAYOUTS.iter().map(|l| (l, Origin::Probe13)))
        .chain(PROBE14_LAYOUTS.iter().map(|l| (l, Origin::Probe14)))
        .chain(PROBE15_LAYOUTS.iter().map(|l| (l, Origin::Probe15)))
        .chain(PROBE16_LAYOUTS.iter().map(|l| (l, Origin::Probe16)))
        .chain(PROBE17_LAYOUTS.iter().map(|l| (l, Origin::Probe17)))
        .chain(PROBE18_LAYOUTS.iter().map(|l| (l, Origin::Probe18)))
        .chain(PROBE19_LAYOUTS.iter().map(|l| (l, Origin::Probe19)))
        .chain(PROBE20_LAYOUTS.iter().map(|l| (l, Origin::Probe20)))
        .chain(PROBE21_LAYOUTS.iter().map(|l| (l, Origin::Probe21)))
        .chain(PROBE22_LAYOUTS.iter().map(|l| (l, Origin::Probe22)))
        .chain(PROBE23_LAYOUTS.iter().map(|l| (l, Origin::Probe23)));
    for (layout, origin) in layouts {
        for k in 0..PAGES_PER_LAYOUT {
            let page_id = format!("{k:02}");
            let seed = hash(&[layout.name, &page_id]);
            let mut spec = page_spec(layout, seed, &pool);
            if let Some((_, readdress)) = PROBE16_ADDRESSES.iter().find(|(n, _)| *n == layout.name)
            {
                readdress(&mut spec);
            }
            if let Some((_, reshape)) = PROBE17_RESHAPES.iter().find(|(n, _)| *n == layout.name) {
                reshape(&mut spec);
            }
            if let Some((_, readdress)) = PROBE18_ADDRESSES.iter().find(|(n, _)| *n == layout.name)
            {
                readdress(&mut spec);
            }
            if let Some((_, readdress)) = PROBE19_ADDRESSES.iter().find(|(n, _)| *n == layout.name)
            {
                readdress(&mut spec);
            }
            if let Some((_, readdress)) = PROBE20_ADDRESSES.iter().find(|(n, _)| *n == layout.name)
            {
                readdress(&mut spec);
            }
            if let Some((_, readdress)) = PROBE21_ADDRESSES.iter().find(|(n, _)| *n == layout.name)
            {
                readdress(&mut spec);
            }
            if let Some((_, readdress)) = PROBE22_ADDRESSES.iter().find(|(n, _)| *n == layout.name)
            {
                readdress(&mut spec);
            }
            let html: Arc<str> = (layout.render)(&spec).into();
            let golds: Vec<String> = spec.stories.iter().map(|s| s.gold()).collect();
            let revisit = PROBE18_VISITS
                .iter()
                .find(|(n, _)| *n == layout.name)
                .map(|&(_, v)| v);
            let urls = spec
                .stories
                .iter()
                .enumerate()
                .map(|(i, s)| match revisit {
                    Some(visit) if i > 0 => visit(&spec, i),
                    _ => s.url.clone(),
                })
                .collect();
            push_variants(
                &mut cases,
                layout.name,
                origin,
                &page_id,
                &html,
                urls,
                golds,
                seed,
            );
        }
    }
    let (real_tried, real_used) =
        push_real_pages(&mut cases, &moz, &pool, "real", |page, _| page.layout);
    Ok(DevSet {
        cases,
        real_tried,
        real_used,
    })
}

/// Makes a real-markup page of each source whose gold is long enough (seeded by
/// `seed_tag` and the source's id) and pushes its cases under the layout `layout` names;
/// returns the sources tried and those that gave a page.
fn push_real_pages(
    cases: &mut Vec<Case>,
    sources: &[Source],
    pool: &[&Source],
    seed_tag: &str,
    layout: impl Fn(&RealPage, &Source) -> &'static str,
) -> (usize, usize) {
    let (mut tried, mut used) = (0, 0);
    for source in sources {
        if tokens(&source.gold).len() < MIN_REAL_GOLD_WORDS {
            continue;
        }
        tried += 1;
        let seed = hash(&[seed_tag, &source.id]);
        let Some(page) = real_page(source, pool, seed) else {
            continue;
        };
        used += 1;
        let layout = layout(&page, source);
        let html: Arc<str> = page.html.into();
        push_variants(
            cases,
            layout,
            Origin::Real,
            &source.id,
            &html,
            page.urls,
            page.golds,
            seed,
        );
    }
    (tried, used)
}

/// Real-markup pages built from `dragnet-train` pages (news and blog sites no rule of
/// story segmentation was tuned on), their story unit cloned with moz stories' text: a
/// held-out check of the real-markup figures. Layouts `tune-siblings`, `tune-wrapper`,
/// `check-siblings` and `check-wrapper`.
pub fn build_held_out(corpus_dir: &Path) -> Result<DevSet, String> {
    let moz = load_moz(&corpus_dir.join("moz"))?;
    let pool: Vec<&Source> = moz.iter().filter(|s| s.usable).collect();
    let pages = load_plain_text(&corpus_dir.join("dragnet-train"))?;
    let mut cases = Vec::new();
    // Two halves by page: rules may be studied on `tune` pages; `check` pages say whether
    // what was learnt there holds elsewhere.
    let (real_tried, real_used) =
        push_real_pages(&mut cases, &pages, &pool, "held-out", |page, source| {
            let tune = hash(&[&source.id]) % 2 == 0;
            match (page.layout, tune) {
                ("real-wrapper", true) => "tune-wrapper",
                (_, true) => "tune-siblings",
                ("real-wrapper", false) => "check-wrapper",
                (_, false) => "check-siblings",
            }
        });
    Ok(DevSet {
        cases,
        real_tried,
        real_used,
    })
}

/// Pages of a corpus with plain-text gold (`<id>.json`'s `text`); the title is the page's
/// `<title>` without its site suffix. Never stories of the pool (no expected HTML).
fn load_plain_text(dir: &Path) -> Result<Vec<Source>, String> {
    let ids = page_ids(dir)?;
    let title_sel = scraper::Selector::parse("title").expect("selector");
    let mut sources = Vec::new();
    for id in ids {
        let Ok(bytes) = std::fs::read(dir.join(format!("{id}.html"))) else {
            continue;
        };
        let html = String::from_utf8_lossy(&bytes).into_owned();
        let meta: serde_json::Value = serde_json::from_slice(
            &std::fs::read(dir.join(format!("{id}.json"))).unwrap_or_default(),
        )
        .unwrap_or_default();
        let gold = meta
            .get("text")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .replace('\r', "");
        let title = Html::parse_document(&html)
            .select(&title_sel)
            .next()
            .map(|t| headline_of(&t.text().collect::<String>()))
            .unwrap_or_default();
        sources.push(Source {
            shingles: shingle_set(&gold),
            usable: false,
            id,
            title,
            html,
            gold,
            blocks: Vec::new(),
        });
    }
    Ok(sources)
}

/// The `first` case of a page and, when it has several stories, its `scrolled` case.
#[allow(clippy::too_many_arguments)]
fn push_variants(
    cases: &mut Vec<Case>,
    layout: &'static str,
    origin: Origin,
    page: &str,
    html: &Arc<str>,
    urls: Vec<String>,
    golds: Vec<String>,
    seed: u64,
) {
    let mut targets = vec![(Variant::First, 0)];
    if golds.len() > 1 {
        let last = (golds.len() - 1).min(2);
        targets.push((Variant::Scrolled, 1 + (seed >> 7) as usize % last));
    }
    for (variant, t) in targets {
        cases.push(Case {
            layout,
            origin,
            variant,
            page: page.to_owned(),
            html: Arc::clone(html),
            url: urls[t].clone(),
            gold: golds[t].clone(),
            others: golds
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != t)
                .map(|(_, g)| g.clone())
                .collect(),
            story_urls: urls.clone(),
        });
    }
}

// ------------------------------------------------------------------ scoring

/// A prediction against its case.
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// The prediction holds another story's text (see [`shows_story`]).
    pub shows_other: bool,
}

/// Shingle precision, recall and F1 as `score.py` computes them for one page, and whether
/// another story of the page shows.
pub fn score_case(case: &Case, prediction: &str) -> Score {
    let (truth, pred) = (tokens(&case.gold), tokens(prediction));
    let [tp, fp, fn_] = crate::score::shingle_counts(&truth, &pred);
    let (precision, recall) = if fp == 0.0 && fn_ == 0.0 {
        (1.0, 1.0)
    } else {
        (ratio(tp, tp + fp), ratio(tp, tp + fn_))
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let target = shingle_set(&case.gold);
    let predicted = shingle_set(prediction);
    Score {
        precision,
        recall,
        f1,
        shows_other: case
            .others
            .iter()
            .any(|other| shows_story(&predicted, &target, other)),
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

/// Whether a prediction (as its shingle set) shows story `other`: it holds at least
/// [`OTHER_STORY_SHARE`] of the other story's distinctive shingles, or at least
/// [`OTHER_STORY_SHINGLES`] of them. Distinctive = not in the target's gold, so text the
/// two stories share (a quote, a boilerplate line) never counts.
pub fn shows_story(predicted: &HashSet<u64>, target: &HashSet<u64>, other: &str) -> bool {
    let distinct: Vec<u64> = shingle_set(other)
        .into_iter()
        .filter(|s| !target.contains(s))
        .collect();
    if distinct.is_empty() {
        return false;
    }
    let threshold = ((distinct.len() as f64 * OTHER_STORY_SHARE).ceil() as usize)
        .clamp(1, OTHER_STORY_SHINGLES);
    distinct.iter().filter(|s| predicted.contains(s)).count() >= threshold
}

/// The text's 4-word shingles (the scorer's tokens), hashed.
pub fn shingle_set(text: &str) -> HashSet<u64> {
    let toks = tokens(text);
    toks.windows(4).map(hash).collect()
}

// ------------------------------------------------------------------ hashing

/// FNV-1a over the parts (a separator between them): the dev set's only randomness.
fn hash<S: AsRef<str>>(parts: &[S]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.as_ref().bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A splitmix64 stream from a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

// ------------------------------------------------------------------ moz sources

/// A block of a story body, from the story's expected article HTML.
#[derive(Clone)]
enum Block {
    Para(String),
    Heading(String),
    List(Vec<String>),
    Quote(String),
    Pre(String),
    Figure { src: String, caption: String },
}

impl Block {
    /// The block's text lines, as the gold holds them.
    fn lines(&self) -> Vec<&str> {
        match self {
            Block::Para(t) | Block::Heading(t) | Block::Quote(t) | Block::Pre(t) => vec![t],
            Block::List(items) => items.iter().map(String::as_str).collect(),
            Block::Figure { caption, .. } if !caption.is_empty() => vec![caption],
            Block::Figure { .. } => vec![],
        }
    }
}

/// One moz page as a source of stories.
struct Source {
    id: String,
    title: String,
    html: String,
    /// The moz gold text.
    gold: String,
    blocks: Vec<Block>,
    shingles: HashSet<u64>,
    /// Long enough to serve as a story body.
    usable: bool,
}

/// The page ids of a corpus folder (`<id>.json` beside `<id>.html`), sorted; ids
/// starting with `_` are the folder's own files, not pages.
fn page_ids(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut ids: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
        .filter(|id| !id.starts_with('_'))
        .collect();
    ids.sort();
    Ok(ids)
}

fn load_moz(dir: &Path) -> Result<Vec<Source>, String> {
    let ids = page_ids(dir)?;
    let mut sources = Vec::new();
    for id in ids {
        let read = |path: std::path::PathBuf| {
            std::fs::read(&path)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .map_err(|e| format!("{}: {e}", path.display()))
        };
        let (Ok(html), Ok(expected)) = (
            read(dir.join(format!("{id}.html"))),
            read(dir.join("_expected").join(format!("{id}.html"))),
        ) else {
            continue;
        };
        let meta: serde_json::Value = serde_json::from_str(&read(dir.join(format!("{id}.json")))?)
            .map_err(|e| format!("{id}.json: {e}"))?;
        let text = |key: &str| {
            meta.get(key)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        let gold = text("text");
        let title = headline_of(&text("title"));
        let mut blocks = expected_blocks(&expected);
        blocks.truncate(MAX_STORY_BLOCKS);
        let paragraphs = blocks
            .iter()
            .filter(|b| matches!(b, Block::Para(_)))
            .count();
        let words: usize = blocks
            .iter()
            .flat_map(Block::lines)
            .map(|l| tokens(l).len())
            .sum();
        let story_text = blocks
            .iter()
            .flat_map(Block::lines)
            .collect::<Vec<_>>()
            .join("\n");
        let story_tokens = tokens(&story_text);
        let distinct = story_tokens.windows(4).collect::<HashSet<_>>().len() as f64
            >= story_tokens.len().saturating_sub(3) as f64 * MIN_DISTINCT_SHINGLES;
        sources.push(Source {
            shingles: shingle_set(&gold),
            usable: distinct
                && paragraphs >= MIN_STORY_PARAGRAPHS
                && words >= MIN_STORY_WORDS
                && tokens(&title).len() >= 2,
            id,
            title,
            html,
            gold,
            blocks,
        });
    }
    Ok(sources)
}

/// A page title without its site suffix ("Story | Site" gives "Story").
fn headline_of(title: &str) -> String {
    let title = collapse(title);
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, _)) = title.split_once(sep) {
            if tokens(head).len() >= 3 {
                return head.trim().to_owned();
            }
        }
    }
    title
}

/// Whitespace runs as one space, ends trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The blocks of an expected article: paragraphs, headings, lists, quotes, code, figures.
fn expected_blocks(html: &str) -> Vec<Block> {
    let doc = Html::parse_fragment(html);
    let mut blocks = Vec::new();
    let mut stack = vec![doc.tree.root().id()];
    // Pre-order walk that does not descend into a block once taken.
    let mut order = Vec::new();
    while let Some(id) = stack.pop() {
        order.push(id);
        let node = doc.tree.get(id).expect("node");
        let children: Vec<NodeId> = node.children().map(|c| c.id()).collect();
        if node
            .value()
            .as_element()
            .is_some_and(|e| is_block_tag(e.name()))
        {
            continue;
        }
        stack.extend(children.into_iter().rev());
    }
    for id in order {
        let node = doc.tree.get(id).expect("node");
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let text = || collapse(&text_of(&doc.tree, id));
        let block = match el.name() {
            "p" => Block::Para(text()),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Block::Heading(text()),
            "blockquote" => Block::Quote(text()),
            "pre" => Block::Pre(text()),
            "ul" | "ol" => Block::List(
                node.children()
                    .filter(|c| c.value().as_element().is_some_and(|e| e.name() == "li"))
                    .map(|c| collapse(&text_of(&doc.tree, c.id())))
                    .filter(|t| !tokens(t).is_empty())
                    .collect(),
            ),
            "figure" | "img" => {
                let src = std::iter::once(node)
                    .chain(node.descendants())
                    .filter_map(|n| n.value().as_element())
                    .filter(|e| e.name() == "img")
                    .find_map(|e| e.attr("src"))
                    .filter(|s| s.starts_with("http://") || s.starts_with("https://"))
                    .unwrap_or_default()
                    .to_owned();
                let caption = node
                    .descendants()
                    .find(|n| {
                        n.value()
                            .as_element()
                            .is_some_and(|e| e.name() == "figcaption")
                    })
                    .map(|c| collapse(&text_of(&doc.tree, c.id())))
                    .unwrap_or_default();
                if src.is_empty() && caption.is_empty() {
                    continue;
                }
                Block::Figure { src, caption }
            }
            _ => continue,
        };
        let empty = match &block {
            Block::List(items) => items.is_empty(),
            Block::Figure { .. } => false,
            other => other.lines().iter().all(|l| tokens(l).is_empty()),
        };
        if !empty {
            blocks.push(block);
        }
    }
    blocks
}

fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "ul"
            | "ol"
            | "figure"
            | "img"
            | "table"
    )
}

/// The text under a node as a reader sees it: inline elements run together, other
/// elements stand apart by a space, non-text elements are left out.
fn text_of(tree: &Tree<Node>, id: NodeId) -> String {
    enum Step {
        Enter(NodeId),
        Space,
    }
    let mut out = String::new();
    let mut stack = vec![Step::Enter(id)];
    while let Some(step) = stack.pop() {
        let Step::Enter(id) = step else {
            out.push(' ');
            continue;
        };
        let Some(node) = tree.get(id) else { continue };
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if NON_TEXT_TAGS.contains(&e.name()) => {}
            value => {
                let apart = value
                    .as_element()
                    .is_some_and(|e| !INLINE_TAGS.contains(&e.name()));
                if apart {
                    out.push(' ');
                    stack.push(Step::Space);
                }
                let children: Vec<NodeId> = node.children().map(|c| c.id()).collect();
                stack.extend(children.into_iter().rev().map(Step::Enter));
            }
        }
    }
    out
}

/// A page's text as [`text_of`] reads it (blocks apart, scripts and styles left out).
pub fn page_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    collapse(&text_of(&doc.tree, doc.tree.root().id()))
}

/// Picks `n` stories for a page, no two sharing much text, not in `taken`.
fn pick_stories<'a>(
    pool: &[&'a Source],
    rng: &mut Rng,
    n: usize,
    taken: &[&Source],
) -> Vec<&'a Source> {
    let mut order: Vec<usize> = (0..pool.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let mut picked: Vec<&Source> = Vec::new();
    for i in order {
        let candidate = pool[i];
        let clashes = taken.iter().chain(picked.iter()).any(|other| {
            let shared = candidate.shingles.intersection(&other.shingles).count();
            let smaller = candidate.shingles.len().min(other.shingles.len()).max(1);
            other.id == candidate.id || shared as f64 / smaller as f64 > MAX_SHARED_SHINGLES
        });
        if !clashes {
            picked.push(candidate);
            if picked.len() == n {
                break;
            }
        }
    }
    picked
}

// ------------------------------------------------------------------ synthetic pages

/// A synthetic layout: a name and the function that lays out a page.
pub struct Layout {
    pub name: &'static str,
    /// Stories per page: one for single-article controls, else 3 or 4.
    single: bool,
    /// Stories of uneven length: story 1 long and the appended ones briefs, or story 1 a
    /// brief and the appended ones long (see [`BRIEF_PARAGRAPHS`]).
    uneven: bool,
    render: fn(&Spec) -> String,
}

/// The synthetic layouts. The last ones are single-article controls: a correct
/// extraction returns the whole article.
pub const LAYOUTS: &[Layout] = &[
    Layout {
        name: "article-h1",
        single: false,
        uneven: false,
        render: article_h1,
    },
    Layout {
        name: "section-h2",
        single: false,
        uneven: false,
        render: section_h2,
    },
    Layout {
        name: "div-soup",
        single: false,
        uneven: false,
        render: div_soup,
    },
    Layout {
        name: "main-wraps-all",
        single: false,
        uneven: false,
        render: main_wraps_all,
    },
    Layout {
        name: "br-runs",
        single: false,
        uneven: false,
        render: br_runs,
    },
    Layout {
        name: "next-react",
        single: false,
        uneven: false,
        render: next_react,
    },
    Layout {
        name: "amp",
        single: false,
        uneven: false,
        render: amp,
    },
    Layout {
        name: "ads-between",
        single: false,
        uneven: false,
        render: ads_between,
    },
    Layout {
        name: "share-permalink",
        single: false,
        uneven: false,
        render: share_permalink,
    },
    Layout {
        name: "h1-then-h2",
        single: false,
        uneven: false,
        render: h1_then_h2,
    },
    Layout {
        name: "chrome-ancestors",
        single: false,
        uneven: false,
        render: chrome_ancestors,
    },
    Layout {
        name: "page-builder",
        single: false,
        uneven: false,
        render: page_builder,
    },
    Layout {
        name: "split-headline",
        single: false,
        uneven: false,
        render: split_headline,
    },
    Layout {
        name: "list-feed",
        single: false,
        uneven: false,
        render: list_feed,
    },
    Layout {
        name: "microdata",
        single: false,
        uneven: false,
        render: microdata,
    },
    Layout {
        name: "jetpack-wrap",
        single: false,
        uneven: false,
        render: jetpack_wrap,
    },
    Layout {
        name: "chorus-hero",
        single: false,
        uneven: false,
        render: chorus_hero,
    },
    Layout {
        name: "next-bar-headline",
        single: false,
        uneven: false,
        render: next_bar_headline,
    },
    Layout {
        name: "byline-first",
        single: false,
        uneven: false,
        render: byline_first,
    },
    Layout {
        name: "carousel-between",
        single: false,
        uneven: false,
        render: carousel_between,
    },
    Layout {
        name: "ghost-postcards",
        single: false,
        uneven: false,
        render: ghost_postcards,
    },
    Layout {
        name: "uneven-briefs",
        single: false,
        uneven: true,
        render: uneven_briefs,
    },
    Layout {
        name: "bbc-blocks",
        single: false,
        uneven: false,
        render: bbc_blocks,
    },
    Layout {
        name: "single-sections",
        single: true,
        uneven: false,
        render: single_sections,
    },
    Layout {
        name: "single-liveblog",
        single: true,
        uneven: false,
        render: single_liveblog,
    },
];

/// Layouts of a second independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page), kept apart while the rules fail on
/// some of them: stories that are runs of siblings with no wrapper (`<hr>`
/// between them, a body in chunks between ads), untitled posts, a permalink only after the
/// body. Their group has floors of its own, at today's figures.
pub const PROBE_LAYOUTS: &[Layout] = &[
    Layout {
        name: "medium-post",
        single: false,
        uneven: false,
        render: medium_post,
    },
    Layout {
        name: "body-chunks",
        single: false,
        uneven: false,
        render: body_chunks,
    },
    Layout {
        name: "hr-separated",
        single: false,
        uneven: false,
        render: hr_separated,
    },
    Layout {
        name: "blogger-dates",
        single: false,
        uneven: false,
        render: blogger_dates,
    },
    Layout {
        name: "tumblr-untitled",
        single: false,
        uneven: true,
        render: tumblr_untitled,
    },
    Layout {
        name: "cnn-divs",
        single: false,
        uneven: false,
        render: cnn_divs,
    },
    Layout {
        name: "gallery-between",
        single: false,
        uneven: false,
        render: gallery_between,
    },
    Layout {
        name: "rtl-arabic",
        single: false,
        uneven: false,
        render: rtl_arabic,
    },
];

/// Layouts of a third independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page): Drupal views rows, web-component
/// stories with ARIA headings, table layouts with `<font>` headlines, comments as nested
/// `<article>`s, collapsed appended stories, headlines in a hero image's caption with
/// related rails between stories, paywall wrappers with sponsored grids, microformats2
/// posts. Their group has floors of its own, at the figures measured when it was added.
pub const PROBE3_LAYOUTS: &[Layout] = &[
    Layout {
        name: "drupal-views",
        single: false,
        uneven: false,
        render: drupal_views,
    },
    Layout {
        name: "custom-elements",
        single: false,
        uneven: false,
        render: custom_elements,
    },
    Layout {
        name: "table-layout",
        single: false,
        uneven: false,
        render: table_layout,
    },
    Layout {
        name: "comment-articles",
        single: false,
        uneven: false,
        render: comment_articles,
    },
    Layout {
        name: "collapsed-continue",
        single: false,
        uneven: false,
        render: collapsed_continue,
    },
    Layout {
        name: "hero-overlay",
        single: false,
        uneven: false,
        render: hero_overlay,
    },
    Layout {
        name: "paywall-classes",
        single: false,
        uneven: false,
        render: paywall_classes,
    },
    Layout {
        name: "h-entry",
        single: false,
        uneven: false,
        render: h_entry,
    },
];

/// Layouts of a fourth independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page): a WordPress block theme's single post
/// followed by a query loop of whole posts in `<li>`s, website-builder blocks with
/// `<p><strong>` headlines, forum topics with replies and suggested topics, a briefing
/// as a `<dl>`, Google-Docs-pasted bodies in Vue markup, Bootstrap rows with card grids;
/// and two single-article controls (a Q&A interview, a photo essay with its text in
/// captions). Their group has floors of its own, at the figures measured when it was
/// added.
pub const PROBE4_LAYOUTS: &[Layout] = &[
    Layout {
        name: "wp-block-theme",
        single: false,
        uneven: false,
        render: wp_block_theme,
    },
    Layout {
        name: "squarespace-blocks",
        single: false,
        uneven: false,
        render: squarespace_blocks,
    },
    Layout {
        name: "forum-topic",
        single: false,
        uneven: false,
        render: forum_topic,
    },
    Layout {
        name: "dl-digest",
        single: false,
        uneven: false,
        render: dl_digest,
    },
    Layout {
        name: "docs-paste",
        single: false,
        uneven: false,
        render: docs_paste,
    },
    Layout {
        name: "bootstrap-cards",
        single: false,
        uneven: false,
        render: bootstrap_cards,
    },
    Layout {
        name: "single-interview",
        single: true,
        uneven: false,
        render: single_interview,
    },
    Layout {
        name: "single-photo-essay",
        single: true,
        uneven: false,
        render: single_photo_essay,
    },
];

/// Layouts of a fifth independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page): an Arc XP (Fusion) news site whose
/// headline chain stands apart from the body column, a classic WordPress theme with Ajax
/// Load More single posts (author boxes, related posts, comments after every story), a
/// React Native for Web app (no `<p>` nor heading tags), an Indian news portal whose
/// bodies link to the page's other stories ("Also Read |"), the same portal with
/// script-driven share buttons and unlinked headlines (a story's address only in other
/// stories' "Also Read" links), a CSS-grid page re-rendered per story (several `<main>`s,
/// a repeated `id`), a Dreamwidth journal, a SvelteKit app whose stories name their
/// address only in JSON-LD or hydration data; and two single-article controls (a long
/// read with a table of contents and per-section share links, a product roundup whose
/// numbered items link to shops). Their group has floors of its own, at the figures
/// measured when it was added.
pub const PROBE5_LAYOUTS: &[Layout] = &[
    Layout {
        name: "arc-fusion",
        single: false,
        uneven: false,
        render: arc_fusion,
    },
    Layout {
        name: "alm-single-posts",
        single: false,
        uneven: false,
        render: alm_single_posts,
    },
    Layout {
        name: "rn-web",
        single: false,
        uneven: false,
        render: rn_web,
    },
    Layout {
        name: "also-read-inline",
        single: false,
        uneven: false,
        render: also_read_inline,
    },
    Layout {
        name: "also-read-js",
        single: false,
        uneven: false,
        render: also_read_js,
    },
    Layout {
        name: "dcr-grid",
        single: false,
        uneven: false,
        render: dcr_grid,
    },
    Layout {
        name: "dreamwidth-entries",
        single: false,
        uneven: false,
        render: dreamwidth_entries,
    },
    Layout {
        name: "svelte-buttons",
        single: false,
        uneven: false,
        render: svelte_buttons,
    },
    Layout {
        name: "single-longform-toc",
        single: true,
        uneven: false,
        render: single_longform_toc,
    },
    Layout {
        name: "single-listicle",
        single: true,
        uneven: false,
        render: single_listicle,
    },
];

/// Layouts of a sixth independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page): a regional newspaper on Town News BLOX
/// CMS (a body `id` repeated in every story, its text split into a subscriber preview
/// and the rest), a Yahoo News-like page whose appended stories are `li.stream-item`s of
/// an "Up next" list with a sponsored item between them, a Spanish-language site, a
/// Japanese CMS (`<br>` bodies, share links naming the address in a post's text or a
/// path), a Bloomberg-like app whose headlines are `div[data-testid="Heading"]`, an AMP
/// `amp-next-page` document whose appended documents repeat the site's header and footer;
/// and two single-article controls (a Wikipedia-like article with citations and an
/// infobox, a gallery whose slides carry photo credits and share links). Their group has
/// floors of its own, at the figures measured when it was added.
pub const PROBE6_LAYOUTS: &[Layout] = &[
    Layout {
        name: "blox-asset",
        single: false,
        uneven: false,
        render: blox_asset,
    },
    Layout {
        name: "caas-stream",
        single: false,
        uneven: false,
        render: caas_stream,
    },
    Layout {
        name: "es-news",
        single: false,
        uneven: false,
        render: es_news,
    },
    Layout {
        name: "jp-news",
        single: false,
        uneven: false,
        render: jp_news,
    },
    Layout {
        name: "bbg-components",
        single: false,
        uneven: false,
        render: bbg_components,
    },
    Layout {
        name: "amp-next-page",
        single: false,
        uneven: false,
        render: amp_next_page,
    },
    Layout {
        name: "single-wiki",
        single: true,
        uneven: false,
        render: single_wiki,
    },
    Layout {
        name: "single-gallery",
        single: true,
        uneven: false,
        render: single_gallery,
    },
];

/// Layouts of a seventh independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page): web components server-rendered with
/// declarative shadow DOM (the story inside the shadow root, or slotted into it), a
/// native ad built from the stories' own template, stories paginated within themselves
/// ("Page 1 of 3", "Pages: 1 2 Next »" to the story's own paged addresses), headlines
/// only as a linked image's `alt`, an `ol` feed whose first story alone carries
/// microdata, a Chinese-language portal, an htmx blog whose stories name their address
/// only in `onclick` and `data-clipboard-text`, the WAI-ARIA feed pattern in CSS-in-JS
/// markup, appended stories nested inside the previous story's content; and two
/// single-article controls (a recipe with step cards, an FAQ of `<details>` items).
/// Their group has floors of its own, at the figures measured when it was added.
pub const PROBE7_LAYOUTS: &[Layout] = &[
    Layout {
        name: "dsd-shadow",
        single: false,
        uneven: false,
        render: dsd_shadow,
    },
    Layout {
        name: "native-ad-twin",
        single: false,
        uneven: false,
        render: native_ad_twin,
    },
    Layout {
        name: "paged-stories",
        single: false,
        uneven: false,
        render: paged_stories,
    },
    Layout {
        name: "alt-headline",
        single: false,
        uneven: false,
        render: alt_headline,
    },
    Layout {
        name: "microdata-first",
        single: false,
        uneven: false,
        render: microdata_first,
    },
    Layout {
        name: "zh-news",
        single: false,
        uneven: false,
        render: zh_news,
    },
    Layout {
        name: "onclick-permalink",
        single: false,
        uneven: false,
        render: onclick_permalink,
    },
    Layout {
        name: "aria-feed",
        single: false,
        uneven: false,
        render: aria_feed,
    },
    Layout {
        name: "nested-append",
        single: false,
        uneven: false,
        render: nested_append,
    },
    Layout {
        name: "single-recipe",
        single: true,
        uneven: false,
        render: single_recipe,
    },
    Layout {
        name: "single-faq",
        single: true,
        uneven: false,
        render: single_faq,
    },
];

/// Layouts of an eighth independent probe (written without reading the rules, from how
/// real sites mark up several stories on a page): a Next.js app whose story components
/// carry only `data-testid`s and inline styles (headline in an `<hgroup>` with a kicker),
/// unwrapped stories with the lead image first and the body a sibling of the header
/// separated by "next article" bars, a newsletter archive of email `<table>` layouts, a
/// swipeable pager whose later stories are `aria-hidden`/`hidden`, story partials that
/// repeat `rel=canonical` and `og:url` in the body, a German/Portuguese/Russian/Korean
/// portal, a stream mixing news, opinion and video templates, a Rails blog whose stories
/// sit in `turbo-frame`s with Action Text bodies; and two single-article controls (a
/// newsletter issue in email tables with per-section share links, a serialized long read
/// in chapters). Their group has floors of its own, at the figures measured when it was
/// added.
pub const PROBE8_LAYOUTS: &[Layout] = &[
    Layout {
        name: "testid-hgroup",
        single: false,
        uneven: false,
        render: testid_hgroup,
    },
    Layout {
        name: "image-first-split",
        single: false,
        uneven: false,
        render: image_first_split,
    },
    Layout {
        name: "email-archive",
        single: false,
        uneven: false,
        render: email_archive,
    },
    Layout {
        name: "hidden-appended",
        single: false,
        uneven: false,
        render: hidden_appended,
    },
    Layout {
        name: "inner-canonical",
        single: false,
        uneven: false,
        render: inner_canonical,
    },
    Layout {
        name: "intl-portal",
        single: false,
        uneven: false,
        render: intl_portal,
    },
    Layout {
        name: "mixed-templates",
        single: false,
        uneven: false,
        render: mixed_templates,
    },
    Layout {
        name: "turbo-frames",
        single: false,
        uneven: false,
        render: turbo_frames,
    },
    Layout {
        name: "single-newsletter-issue",
        single: true,
        uneven: false,
        render: single_newsletter_issue,
    },
    Layout {
        name: "single-chapters",
        single: true,
        uneven: false,
        render: single_chapters,
    },
];

/// The ninth probe's layouts: an Astro page whose stories are `astro-island`s, stories as
/// open `<details>` folds, stories separated only by `<h2>`s in one flat `<div>`, two
/// columns (story 1 left, the rest right), a phpBB news thread with signatures, Tumblr
/// reblog chains, a Wix blog's rich-content viewer, kicker `<h2>`s over `<p>` headlines,
/// and headlines before (outside) their `<article>`; and two single-article controls (a
/// podcast transcript of speaker segments, a match report in period summaries). Their
/// group has floors of its own, at the figures measured when it was added.
pub const PROBE9_LAYOUTS: &[Layout] = &[
    Layout {
        name: "astro-islands",
        single: false,
        uneven: false,
        render: astro_islands,
    },
    Layout {
        name: "details-folds",
        single: false,
        uneven: false,
        render: details_folds,
    },
    Layout {
        name: "h2-flat-div",
        single: false,
        uneven: false,
        render: h2_flat_div,
    },
    Layout {
        name: "two-columns",
        single: false,
        uneven: false,
        render: two_columns,
    },
    Layout {
        name: "phpbb-thread",
        single: false,
        uneven: false,
        render: phpbb_thread,
    },
    Layout {
        name: "tumblr-reblogs",
        single: false,
        uneven: false,
        render: tumblr_reblogs,
    },
    Layout {
        name: "wix-rich-content",
        single: false,
        uneven: false,
        render: wix_rich_content,
    },
    Layout {
        name: "kicker-headings",
        single: false,
        uneven: false,
        render: kicker_headings,
    },
    Layout {
        name: "headline-outside-article",
        single: false,
        uneven: false,
        render: headline_outside_article,
    },
    Layout {
        name: "single-transcript",
        single: true,
        uneven: false,
        render: single_transcript,
    },
    Layout {
        name: "single-match-report",
        single: true,
        uneven: false,
        render: single_match_report,
    },
];

/// Layouts of the tenth probe, written blind (before reading the story rules): every
/// sidebar teaser an `<article>` beside full-story `<article>`s, `h1` headlines linked
/// together with the lead image, Web Stories-like `amp-story` pages, permalinks only in
/// `<meta itemprop=url>`, bylines and permalinks in a `<footer>` after the body, a
/// Blogger "dynamic views" tile list, a print edition with `h4` headlines and jump lines,
/// a Discourse topic list with each topic's first post expanded; and four single-article
/// controls whose parts repeat like stories (a product review in dated cards with shop
/// links, a timeline of dated `<article>`s with `h3`s, API docs of anchored `h2` method
/// sections, a conference program of talks linking to their own pages). Their group has
/// floors of its own, at the figures measured when it was added.
pub const PROBE10_LAYOUTS: &[Layout] = &[
    Layout {
        name: "article-teasers-rail",
        single: false,
        uneven: false,
        render: article_teasers_rail,
    },
    Layout {
        name: "linked-image-h1",
        single: false,
        uneven: false,
        render: linked_image_h1,
    },
    Layout {
        name: "amp-story-pages",
        single: false,
        uneven: false,
        render: amp_story_pages,
    },
    Layout {
        name: "meta-itemprop-url",
        single: false,
        uneven: false,
        render: meta_itemprop_url,
    },
    Layout {
        name: "byline-footer",
        single: false,
        uneven: false,
        render: byline_footer,
    },
    Layout {
        name: "blogger-dynamic-views",
        single: false,
        uneven: false,
        render: blogger_dynamic_views,
    },
    Layout {
        name: "print-edition",
        single: false,
        uneven: false,
        render: print_edition,
    },
    Layout {
        name: "discourse-topic-list",
        single: false,
        uneven: false,
        render: discourse_topic_list,
    },
    Layout {
        name: "single-review-cards",
        single: true,
        uneven: false,
        render: single_review_cards,
    },
    Layout {
        name: "single-timeline",
        single: true,
        uneven: false,
        render: single_timeline,
    },
    Layout {
        name: "single-api-docs",
        single: true,
        uneven: false,
        render: single_api_docs,
    },
    Layout {
        name: "single-conference-program",
        single: true,
        uneven: false,
        render: single_conference_program,
    },
];

/// Layouts of the eleventh probe, written blind (before reading the story rules): a
/// Joomla category blog (story 1 a leading item, the rest two by two in column rows), a
/// news river of `<article>`s with an `h3` in a `<header>` and the credit line after the
/// text (an `h1` over the river, a day label and ad iframes between items), briefs whose
/// headline is run into the first paragraph in `<strong>`, a Next.js app in Tailwind
/// utility classes whose stories name their address only in a wrapper's `data-href`, a
/// Hebrew (right-to-left) portal with `dd.mm.yy` dates, a Hatena Blog index of whole
/// entries with `年月日` dates split in spans, appended stories whose own links carry
/// Parse.ly/UTM tracking queries, every story's header rendered twice (desktop and
/// mobile); and two single-article controls (an explainer whose question sections each
/// carry an "Updated" time stamp, a buying guide whose product sections rate, price and
/// link to the site's own full reviews). Their group has floors of its own, at the
/// figures measured when it was added.
pub const PROBE11_LAYOUTS: &[Layout] = &[
    Layout {
        name: "joomla-blog",
        single: false,
        uneven: false,
        render: joomla_blog,
    },
    Layout {
        name: "news-river",
        single: false,
        uneven: false,
        render: news_river,
    },
    Layout {
        name: "strong-runin",
        single: false,
        uneven: false,
        render: strong_runin,
    },
    Layout {
        name: "next-data-href",
        single: false,
        uneven: false,
        render: next_data_href,
    },
    Layout {
        name: "he-portal",
        single: false,
        uneven: false,
        render: he_portal,
    },
    Layout {
        name: "hatena-blog",
        single: false,
        uneven: false,
        render: hatena_blog,
    },
    Layout {
        name: "tracked-links",
        single: false,
        uneven: false,
        render: tracked_links,
    },
    Layout {
        name: "responsive-dupes",
        single: false,
        uneven: false,
        render: responsive_dupes,
    },
    Layout {
        name: "single-explainer-updates",
        single: true,
        uneven: false,
        render: single_explainer_updates,
    },
    Layout {
        name: "single-buying-guide",
        single: true,
        uneven: false,
        render: single_buying_guide,
    },
];

/// Layouts of the twelfth probe, written blind (before reading the story rules), half of
/// them single-article controls: a Drupal 10 (Olivero) front page whose view shows whole
/// `node--view-mode-full` nodes, each with its comment form; a news app whose stories are
/// `li[role=article]`s headed by `div[role=heading][aria-level=2]` with relative dates
/// ("3 hours ago"); a French (Le Monde-like, the header outside the `<article>`) or
/// Italian (Corriere-like) portal; stories with no element of their own set between ad
/// slots in one `div`; a Jekyll (Lanyon) index printing whole posts with no wrapper
/// around their content; and five controls whose sections repeat a template carrying
/// marks of their own, the page's share bar right after the last: a live blog whose
/// entries carry a time, an author and share links to `#post-N`; "the week in photos"
/// with dated, credited captions; a tutorial of anchored `section.step`s; a roundup whose
/// items each link to another site's article; release notes of dated, anchored versions
/// linking to their own tag pages. Their group has floors of its own, at the figures
/// measured when it was added.
pub const PROBE12_LAYOUTS: &[Layout] = &[
    Layout {
        name: "drupal-olivero",
        single: false,
        uneven: false,
        render: drupal_olivero,
    },
    Layout {
        name: "news-app-li",
        single: false,
        uneven: false,
        render: news_app_li,
    },
    Layout {
        name: "fr-it-portal",
        single: false,
        uneven: false,
        render: latin_portal,
    },
    Layout {
        name: "ad-slot-runs",
        single: false,
        uneven: false,
        render: ad_slot_runs,
    },
    Layout {
        name: "jekyll-lanyon",
        single: false,
        uneven: false,
        render: jekyll_lanyon,
    },
    Layout {
        name: "single-liveblog-posts",
        single: true,
        uneven: false,
        render: single_liveblog_posts,
    },
    Layout {
        name: "single-week-photos",
        single: true,
        uneven: false,
        render: single_week_photos,
    },
    Layout {
        name: "single-tutorial-steps",
        single: true,
        uneven: false,
        render: single_tutorial_steps,
    },
    Layout {
        name: "single-roundup-links",
        single: true,
        uneven: false,
        render: single_roundup_links,
    },
    Layout {
        name: "single-changelog",
        single: true,
        uneven: false,
        render: single_changelog,
    },
];

/// Layouts of the thirteenth probe, written blind (before reading the story rules) and
/// meant to be harder than the twelfth, six of them pages of stories: the page's own story
/// server-rendered as `article.main` in `<main>`, the appended ones after `</main>` as
/// `div.next-article[data-loaded]`s of another inner structure; CSS-in-JS chunks whose
/// hashed classes are regenerated per story, the permalink only in a link around the
/// `<time>`; a full-width hero over two columns (body, a long rail) per story, no element
/// of its own, stories of uneven length; stories separated by a twelve-card "Recommended
/// for you" grid of `<article>`s, their only permalink a "Comments (N)" link; stories
/// with nested related-story `<article>` cards inside their bodies; a virtualized list of
/// absolutely positioned rows with `div` headlines and relative ages, uneven; and four
/// controls whose parts carry credits, dates or links of their own: reader letters
/// signed and dated, an obituary roundup of nested linked `<article>`s, an article with
/// embedded posts (tweets, social cards with a linked time), an article followed by a
/// "Related coverage" block of full teasers. Their group has floors of its own, at the
/// figures measured when it was added.
pub const PROBE13_LAYOUTS: &[Layout] = &[
    Layout {
        name: "next-article-loaded",
        single: false,
        uneven: false,
        render: next_article_loaded,
    },
    Layout {
        name: "css-in-js-chunks",
        single: false,
        uneven: false,
        render: css_in_js_chunks,
    },
    Layout {
        name: "hero-rail-columns",
        single: false,
        uneven: true,
        render: hero_rail_columns,
    },
    Layout {
        name: "recommended-grid",
        single: false,
        uneven: false,
        render: recommended_grid,
    },
    Layout {
        name: "inline-related-cards",
        single: false,
        uneven: false,
        render: inline_related_cards,
    },
    Layout {
        name: "virtual-list-app",
        single: false,
        uneven: true,
        render: virtual_list_app,
    },
    Layout {
        name: "single-reader-letters",
        single: true,
        uneven: false,
        render: single_reader_letters,
    },
    Layout {
        name: "single-obituary-roundup",
        single: true,
        uneven: false,
        render: single_obituary_roundup,
    },
    Layout {
        name: "single-social-embeds",
        single: true,
        uneven: false,
        render: single_social_embeds,
    },
    Layout {
        name: "single-related-coverage",
        single: true,
        uneven: false,
        render: single_related_coverage,
    },
];

/// Layouts of the fourteenth probe, written blind (before reading the story rules) and
/// modelled on how particular kinds of site print several stories, six of them pages of
/// stories: a local paper on a big regional-news platform (`gnt_`-prefixed classes, every
/// story the same `article.gnt_ar` template, the appended ones after an "Up next" label);
/// a Hugo blog whose list prints short posts whole and long ones as summaries with a
/// "Read more" link; a government newsroom of press releases ("For immediate release", a
/// media contact, "###" and the same "About" boilerplate in every release), of uneven
/// length; a podcast network's episodes (player, show notes and a transcript excerpt of
/// speaker-labelled paragraphs); a sports site's match reports appended, each under a
/// scoreboard and followed by a stats table and line-ups; a university news site (pull
/// quotes, a media contact box, related people); and three controls whose parts are
/// signed or linked of their own: a debate of signed arguments under one headline, a
/// "best of the year" list whose items carry a contributor, a photo credit and an outbound
/// link, a council meeting recap of numbered agenda items with votes and documents. Their
/// group has floors of its own, at the figures measured when it was added.
pub const PROBE14_LAYOUTS: &[Layout] = &[
    Layout {
        name: "gannett-local",
        single: false,
        uneven: false,
        render: gannett_local,
    },
    Layout {
        name: "hugo-list-mixed",
        single: false,
        uneven: false,
        render: hugo_list_mixed,
    },
    Layout {
        name: "gov-press-releases",
        single: false,
        uneven: true,
        render: gov_press_releases,
    },
    Layout {
        name: "podcast-network",
        single: false,
        uneven: false,
        render: podcast_network,
    },
    Layout {
        name: "match-reports",
        single: false,
        uneven: false,
        render: match_reports,
    },
    Layout {
        name: "university-news",
        single: false,
        uneven: false,
        render: university_news,
    },
    Layout {
        name: "single-debate",
        single: true,
        uneven: false,
        render: single_debate,
    },
    Layout {
        name: "single-best-of-year",
        single: true,
        uneven: false,
        render: single_best_of_year,
    },
    Layout {
        name: "single-council-meeting",
        single: true,
        uneven: false,
        render: single_council_meeting,
    },
];

/// Layouts of the fifteenth probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories: a newsletter platform's archive printing whole posts (a deck, a like/comment/
/// restack bar, a subscribe widget and a "Share" button inside the body, a footnote); an
/// Ajax post stream whose stories name their address only in a `data-props` JSON blob,
/// `data-share-url`/`data-permalink` buttons and a comment counter's `data-disqus-url`;
/// a Hindi portal (Devanagari chrome, "यह भी पढ़ें" links, "अगली खबर" between stories); a
/// business news site (a "Key Points" list, ticker quote strips, a "WATCH" video card,
/// "Don't miss" links, "Read next" between stories); scrollytelling stories that are runs
/// of sibling full-bleed sections in one container; a wire agency's stories (datelines,
/// "ADVERTISEMENT" boxes, "___" lines and contributor credits, "Recommended" cards
/// between stories); and three controls: the print "view all" page of a multi-part
/// series whose parts carry their own byline, date and original address, an annotated
/// speech whose annotations are signed asides with their own anchors, a help-centre FAQ
/// of anchored questions with their own dates, votes and share links. Their group has
/// floors of its own, at the figures measured when it was added.
pub const PROBE15_LAYOUTS: &[Layout] = &[
    Layout {
        name: "substack-posts",
        single: false,
        uneven: false,
        render: substack_posts,
    },
    Layout {
        name: "json-props-posts",
        single: false,
        uneven: false,
        render: json_props_posts,
    },
    Layout {
        name: "hi-portal",
        single: false,
        uneven: false,
        render: hi_portal,
    },
    Layout {
        name: "finance-keypoints",
        single: false,
        uneven: false,
        render: finance_keypoints,
    },
    Layout {
        name: "scrolly-sections",
        single: false,
        uneven: false,
        render: scrolly_sections,
    },
    Layout {
        name: "ap-wire",
        single: false,
        uneven: false,
        render: ap_wire,
    },
    Layout {
        name: "single-print-series",
        single: true,
        uneven: false,
        render: single_print_series,
    },
    Layout {
        name: "single-annotated-speech",
        single: true,
        uneven: false,
        render: single_annotated_speech,
    },
    Layout {
        name: "single-faq-anchors",
        single: true,
        uneven: false,
        render: single_faq_anchors,
    },
];

/// Layouts of the sixteenth probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories, harder than the rounds before in ways real sites are: a nonprofit newsroom on
/// a Newspack theme whose stories name their address nowhere, the address's slug the
/// headline without stop words, abbreviated and cut; a news app whose addresses are
/// opaque short ids printed only in `data-id` attributes; headlines in sticky headers
/// outside the stories' containers; a local TV station whose appended stories open with
/// a video player (its title repeating the headline, a playlist) or a gallery before the
/// headline; a server-rendered first story and client-rendered appended ones in other,
/// hashed wrappers whose only address is their own `og:url`/`parsely-metadata` `<meta>`;
/// a Ghost blog whose "Most read" list prints long excerpts of the very posts appended
/// below it; and three controls: an oral history of speaker-headed quotes, a long review
/// with per-section star ratings and dated update notes, a newsletter issue of sections
/// each with a "Read more" link out. Their group has floors of its own, at the figures
/// measured when it was added.
pub const PROBE16_LAYOUTS: &[Layout] = &[
    Layout {
        name: "newspack-short-slugs",
        single: false,
        uneven: false,
        render: newspack_short_slugs,
    },
    Layout {
        name: "opaque-id-app",
        single: false,
        uneven: false,
        render: opaque_id_app,
    },
    Layout {
        name: "sticky-title-header",
        single: false,
        uneven: false,
        render: sticky_title_header,
    },
    Layout {
        name: "tv-media-first",
        single: false,
        uneven: false,
        render: tv_media_first,
    },
    Layout {
        name: "ssr-csr-wrappers",
        single: false,
        uneven: false,
        render: ssr_csr_wrappers,
    },
    Layout {
        name: "ghost-most-read",
        single: false,
        uneven: false,
        render: ghost_most_read,
    },
    Layout {
        name: "single-oral-history",
        single: true,
        uneven: false,
        render: single_oral_history,
    },
    Layout {
        name: "single-review-ratings",
        single: true,
        uneven: false,
        render: single_review_ratings,
    },
    Layout {
        name: "single-newsletter-readmore",
        single: true,
        uneven: false,
        render: single_newsletter_readmore,
    },
];

/// Layouts of the seventeenth probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories: a grid theme whose every story prints its body before its header (CSS
/// `order` puts the headline on top); stories whose address is printed only inside
/// `<link rel="amphtml">` and oEmbed `<link>` addresses in their own body; a regional
/// paper whose every story opens with the same long editor's note; WordPress posts each
/// carrying a previous/next post navigation that links and titles its neighbours on the
/// page; a story whose "Related coverage" box outweighs the short story appended after it;
/// a Korean news portal (Korean chrome, reporter and copyright lines, `<br>` bodies, an
/// "original article" link the story's only address); and two controls: a multi-page
/// article printed whole with a "Page N" header and byline repeated on every page, a Q&A
/// interview whose questions are `h3`s each with an anchor link to itself. Their group
/// has floors of its own, at the figures measured when it was added.
pub const PROBE17_LAYOUTS: &[Layout] = &[
    Layout {
        name: "body-before-header",
        single: false,
        uneven: false,
        render: body_before_header,
    },
    Layout {
        name: "amphtml-link-only",
        single: false,
        uneven: false,
        render: amphtml_link_only,
    },
    Layout {
        name: "editors-note-repeat",
        single: false,
        uneven: false,
        render: editors_note_repeat,
    },
    Layout {
        name: "post-nav-neighbours",
        single: false,
        uneven: false,
        render: post_nav_neighbours,
    },
    Layout {
        name: "related-outweighs",
        single: false,
        uneven: false,
        render: related_outweighs,
    },
    Layout {
        name: "ko-portal",
        single: false,
        uneven: false,
        render: ko_portal,
    },
    Layout {
        name: "single-multipage-print",
        single: true,
        uneven: false,
        render: single_multipage_print,
    },
    Layout {
        name: "single-qa-anchors",
        single: true,
        uneven: false,
        render: single_qa_anchors,
    },
];

/// Layouts of the eighteenth probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories, four of them about the address: a mobile-first news site whose address bar
/// holds an appended story's address in another form than the one it prints (the `m.`
/// host, no `www.`, the landing page's `utm_` query carried along, a `#xtor=` tracking
/// fragment, the trailing slash toggled, `http:`); a Persian news portal whose addresses
/// carry a Persian slug, printed raw or percent-encoded in lower case while the address
/// bar holds it percent-encoded in upper case, with a "short link" box; a TYPO3 news site
/// with `<base href="/">` whose stories link themselves by relative paths with no
/// leading slash and share through a script-only widget; stories whose only address is
/// the last crumb of their own schema.org breadcrumb trail; a bi-directional stream whose
/// previous story was loaded above the page's own; a WordPress blog on plain permalinks
/// (`/?p=123`, every address the same path, Jetpack share links `?p=123&share=…`); and
/// three controls: a long article whose every section carries a self-anchor and share
/// links to its `#fragment`, a "week in review" whose items quote and link the site's own
/// stories with their bylines, a photo essay whose photos each carry a credit and a
/// "Share this photo" link to the page under `?photo=N`. Their group has floors of its
/// own, at the figures measured when it was added.
pub const PROBE18_LAYOUTS: &[Layout] = &[
    Layout {
        name: "visit-address-forms",
        single: false,
        uneven: false,
        render: visit_address_forms,
    },
    Layout {
        name: "fa-portal-encoded",
        single: false,
        uneven: false,
        render: fa_portal_encoded,
    },
    Layout {
        name: "base-href-relative",
        single: false,
        uneven: false,
        render: base_href_relative,
    },
    Layout {
        name: "breadcrumb-permalink",
        single: false,
        uneven: false,
        render: breadcrumb_permalink,
    },
    Layout {
        name: "prepend-previous",
        single: false,
        uneven: false,
        render: prepend_previous,
    },
    Layout {
        name: "query-id-permalinks",
        single: false,
        uneven: false,
        render: query_id_permalinks,
    },
    Layout {
        name: "single-section-share-anchors",
        single: true,
        uneven: false,
        render: single_section_share_anchors,
    },
    Layout {
        name: "single-week-in-review",
        single: true,
        uneven: false,
        render: single_week_in_review,
    },
    Layout {
        name: "single-photo-essay-queries",
        single: true,
        uneven: false,
        render: single_photo_essay_queries,
    },
];

/// Layouts of the nineteenth probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories: a Russian portal whose slugs are the Cyrillic headline transliterated to
/// Latin letters; a site addressed by date and numeric id (`/YYYY/MM/DD/<id>.html`) whose
/// stories never link themselves, the id only in `data-article-id`, a Disqus
/// identifier and the head's shortlink; stories cut after a few paragraphs, the rest in
/// a `hidden` block or a closed `<details>`; a magazine whose headlines are wordmark
/// images with `alt` text over a deck; Taboola-like widgets between stories whose first
/// card links the next story and whose other cards are off-site sponsored headlines and
/// excerpts; stories that link only their AMP version (`amp/`, `?amp=1`); and two
/// controls: a forum thread loaded page after page (the thread's title repeated over
/// every page), a single article cut by a "read more" fold and followed by a
/// recommendation widget. Their group has floors of its own, at the figures measured
/// when it was added.
pub const PROBE19_LAYOUTS: &[Layout] = &[
    Layout {
        name: "ru-translit-slugs",
        single: false,
        uneven: false,
        render: ru_translit_slugs,
    },
    Layout {
        name: "date-id-disqus",
        single: false,
        uneven: false,
        render: date_id_disqus,
    },
    Layout {
        name: "readmore-hidden",
        single: false,
        uneven: false,
        render: readmore_hidden,
    },
    Layout {
        name: "wordmark-headline",
        single: false,
        uneven: false,
        render: wordmark_headline,
    },
    Layout {
        name: "recirc-offsite-widget",
        single: false,
        uneven: false,
        render: recirc_offsite_widget,
    },
    Layout {
        name: "amp-variant-links",
        single: false,
        uneven: false,
        render: amp_variant_links,
    },
    Layout {
        name: "single-thread-pages",
        single: true,
        uneven: false,
        render: single_thread_pages,
    },
    Layout {
        name: "single-readmore-widget",
        single: true,
        uneven: false,
        render: single_readmore_widget,
    },
];

/// Layouts of the twentieth probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories: a Vietnamese portal whose headlines carry Vietnamese marks and whose slugs
/// are the headlines with the marks stripped, `/<slug>-post<id>.html`; a WordPress theme
/// with Auto Load Next Post, every post the single template with an unlinked `h1`, its
/// address in the plugin's invisible `<hr data-url data-title>` before it and in its
/// neighbours' previous/next navigation; a regional site republishing other newsrooms'
/// stories, the head's canonical naming story 1's original on the partner's site; an
/// ASP.NET WebForms site (one `<form>`, `ctl00_` ids, `<span>` headlines, addresses
/// `ArticleDetails.aspx?ArticleID=<id>` that the address bar holds in lower case on half
/// the pages); an AngularJS app routed by hashbang fragments (`/#!/story/<id>/<slug>`);
/// a site builder's export on a static host whose pretty URLs drop the `.html` (or
/// `index.html`) its links print; and two controls: a journal article
/// (abstract, numbered sections, references, recommended articles), a single article's
/// print view (WP-Print, addressed under `print/` or `?print=1`, its headline a `<p>`,
/// the article's and its links' addresses printed after it). Their group has floors of
/// its own, at the figures measured when it was added.
pub const PROBE20_LAYOUTS: &[Layout] = &[
    Layout {
        name: "vi-portal-diacritics",
        single: false,
        uneven: false,
        render: vi_portal_diacritics,
    },
    Layout {
        name: "alnp-sentinels",
        single: false,
        uneven: false,
        render: alnp_sentinels,
    },
    Layout {
        name: "syndicated-canonical",
        single: false,
        uneven: false,
        render: syndicated_canonical,
    },
    Layout {
        name: "aspx-webforms",
        single: false,
        uneven: false,
        render: aspx_webforms,
    },
    Layout {
        name: "hashbang-spa",
        single: false,
        uneven: false,
        render: hashbang_spa,
    },
    Layout {
        name: "webflow-pretty-urls",
        single: false,
        uneven: false,
        render: webflow_pretty_urls,
    },
    Layout {
        name: "single-journal-article",
        single: true,
        uneven: false,
        render: single_journal_article,
    },
    Layout {
        name: "single-print-urls",
        single: true,
        uneven: false,
        render: single_print_urls,
    },
];

/// Layouts of the twenty-first probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories: a news site's page as a web archive replays it (the archive's toolbar first,
/// every address `https://web.archive.org/web/<stamp>/<original>`); an old German TYPO3 site
/// on the classic tt_news extension without speaking URLs, the first paragraph as an `h2`
/// subheader, addresses that are query strings (`index.php?id=45&tx_ttnews[tt_news]=<id>&cHash=`)
/// whose brackets the address bar holds percent-encoded and the links print raw; a section front with the story open in an
/// overlay dialog put last in the body, after the front's grid of cards naming the same
/// stories; a site whose infinite scroll appends every next story's whole fetched page
/// (its `<title>`, canonical and `og:` tags in the body, the header, rail and footer
/// again); a Liferay portal's asset publisher whose links print `;jsessionid=` and a
/// `redirect` query the address bar does not hold; a German site seen through a
/// translation proxy (`*.translate.goog` addresses with the proxy's query, every
/// sentence wrapped in nested `<font>` tags); and two controls: a court opinion (parts
/// with `h2`s, numbered paragraph anchors, footnotes, cases citing it), a travel guide
/// (stops with `h2`s, photos, map embeds and "Book now" boxes). Their group has floors
/// of its own, at the figures measured when it was added.
pub const PROBE21_LAYOUTS: &[Layout] = &[
    Layout {
        name: "wayback-snapshot",
        single: false,
        uneven: false,
        render: wayback_snapshot,
    },
    Layout {
        name: "ttnews-query",
        single: false,
        uneven: false,
        render: ttnews_query,
    },
    Layout {
        name: "modal-over-front",
        single: false,
        uneven: false,
        render: modal_over_front,
    },
    Layout {
        name: "whole-page-append",
        single: false,
        uneven: false,
        render: whole_page_append,
    },
    Layout {
        name: "liferay-asset-publisher",
        single: false,
        uneven: false,
        render: liferay_asset_publisher,
    },
    Layout {
        name: "translate-proxy",
        single: false,
        uneven: false,
        render: translate_proxy,
    },
    Layout {
        name: "single-court-opinion",
        single: true,
        uneven: false,
        render: single_court_opinion,
    },
    Layout {
        name: "single-travel-guide",
        single: true,
        uneven: false,
        render: single_travel_guide,
    },
];

/// Layouts of the twenty-second probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, six of them pages of
/// stories: a messaging app's channel preview (`t.me/s/<channel>/<n>`), posts in time
/// order with the post before story 1 above it and the later ones below, each headline a
/// `<b>` opening one `<br>`-run text, the date linking `t.me/<channel>/<n>`; a recurring
/// column whose every instalment carries the same headline, told apart only by the date
/// in its address and dateline; every story opened by an embedded social post, its
/// headline a `p.title`; a newspaper stream opening every story with its section's banner
/// (an `h2` linked to the section front) over the story's `h3` headline, the logo an
/// `h1`; templates printing every link absolute on the bare host over `http://`; addresses
/// carrying a search-engine slug made from the story's opening words rather than its
/// headline, and an article number; and two controls: an advice column (letters in
/// `blockquote`s with `h2`s, signatures, answers and share links to each letter's anchor),
/// a book excerpt (an "Adapted from" box, a "Chapter One" `h2`, a buy box of retailer
/// links, the author's bio, "More excerpts"). Their group has floors of its own, at the
/// figures measured when it was added.
pub const PROBE22_LAYOUTS: &[Layout] = &[
    Layout {
        name: "channel-posts",
        single: false,
        uneven: false,
        render: channel_posts,
    },
    Layout {
        name: "column-same-title",
        single: false,
        uneven: false,
        render: column_same_title,
    },
    Layout {
        name: "embed-title-items",
        single: false,
        uneven: false,
        render: embed_title_items,
    },
    Layout {
        name: "section-banners",
        single: false,
        uneven: false,
        render: section_banners,
    },
    Layout {
        name: "host-variants",
        single: false,
        uneven: false,
        render: host_variants,
    },
    Layout {
        name: "seo-slugs",
        single: false,
        uneven: false,
        render: seo_slugs,
    },
    Layout {
        name: "single-advice-column",
        single: true,
        uneven: false,
        render: single_advice_column,
    },
    Layout {
        name: "single-book-excerpt",
        single: true,
        uneven: false,
        render: single_book_excerpt,
    },
];

/// Layouts of the twenty-third probe, written blind (before reading the story rules) and
/// modelled on kinds of site the earlier rounds did not print, four of them pages of
/// stories: a mobile site whose every headline is a `p.h1` in the story's `<header>`; a
/// small paper whose every `h2` headline is followed by a layout `<table>` holding the
/// byline, the date and the section; a site behind a cookie wall, the wall a modal
/// dialog of several paragraphs of notice text and a list of purposes before the
/// header; a print-minded template whose headlines are never links and whose every story
/// ends with its address as plain text ("Permalink: https://…"); and one control: a
/// link aggregator's discussion page (the submission's own text, then a nested comment
/// thread in tables, each comment with its user, age link and reply link), a Q&A site's
/// question page (the question and its answers, each post with votes, a share link to
/// its own address, a user card and comments). Their group has floors of its own, at the
/// figures measured when it was added.
pub const PROBE23_LAYOUTS: &[Layout] = &[
    Layout {
        name: "header-p-h1",
        single: false,
        uneven: false,
        render: header_p_h1,
    },
    Layout {
        name: "byline-table",
        single: false,
        uneven: false,
        render: byline_table,
    },
    Layout {
        name: "cookie-wall-long",
        single: false,
        uneven: false,
        render: cookie_wall_long,
    },
    Layout {
        name: "plain-permalink",
        single: false,
        uneven: false,
        render: plain_permalink,
    },
    Layout {
        name: "single-comment-thread",
        single: true,
        uneven: false,
        render: single_comment_thread,
    },
    Layout {
        name: "single-qa-answers",
        single: true,
        uneven: false,
        render: single_qa_answers,
    },
];

/// The marks a story template carries (the same for every story of a page).
#[derive(Clone, Copy)]
struct Marks {
    byline: bool,
    date: DateMark,
    headline_link: bool,
    share: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum DateMark {
    Time,
    Text,
    None,
}

/// One story as a synthetic page shows it.
struct Story {
    title: String,
    url: String,
    path: String,
    author: &'static str,
    /// (year, month 1-12, day)
    date: (u32, usize, u32),
    blocks: Vec<Block>,
}

impl Story {
    /// The story's text as generated (title excluded).
    fn gold(&self) -> String {
        self.blocks
            .iter()
            .flat_map(Block::lines)
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    fn date_iso(&self) -> String {
        let (y, m, d) = self.date;
        format!("{y}-{m:02}-{d:02}T08:30:00Z")
    }

    fn date_text(&self) -> String {
        let (y, m, d) = self.date;
        format!("{} {d}, {y}", MONTHS[m - 1])
    }
}

/// An entry of a sidebar or teaser list: a story not on the page.
struct Teaser {
    title: String,
    path: String,
    excerpt: String,
}

/// Everything a layout needs to lay out a page.
struct Spec {
    seed: u64,
    site: String,
    host: String,
    stories: Vec<Story>,
    teasers: Vec<Teaser>,
    marks: Marks,
}

impl Spec {
    /// A fresh stream for the layout's own choices.
    fn rng(&self) -> Rng {
        Rng(self.seed ^ 0x5bd1_e995)
    }

    /// A class name that looks generated (`css-1x9fz3`, `sc-bdVaJa`), stable per role.
    fn hashed(&self, role: &str) -> String {
        let h = hash(&[&self.seed.to_string(), role]);
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let tail: String = (0..6)
            .map(|i| alphabet[((h >> (i * 6)) % 62) as usize] as char)
            .collect();
        match h % 3 {
            0 => format!("css-{}", tail.to_lowercase()),
            1 => format!("sc-{tail}"),
            _ => format!("_{}", tail.to_lowercase()),
        }
    }

    fn first(&self) -> &Story {
        &self.stories[0]
    }
}

const SITE_WORDS: [&str; 12] = [
    "Daily",
    "Ledger",
    "Courier",
    "Harbor",
    "Signal",
    "Meridian",
    "Post",
    "Review",
    "Tribune",
    "Observer",
    "Beacon",
    "Chronicle",
];

fn page_spec(layout: &Layout, seed: u64, pool: &[&Source]) -> Spec {
    let mut rng = Rng(seed);
    let site = format!("{} {}", rng.pick(&SITE_WORDS), rng.pick(&SITE_WORDS));
    let host = format!("www.{}.example", site.to_lowercase().replace(' ', "-"));
    let n = if layout.single { 1 } else { 3 + rng.below(2) };
    let url_style = rng.below(4);
    let sources = pick_stories(pool, &mut rng, n, &[]);
    let mut stories = sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let section = *rng.pick(&SECTIONS);
            let date = (
                2020 + rng.below(5) as u32,
                1 + rng.below(12),
                1 + rng.below(28) as u32,
            );
            let slug = slug(&source.title);
            let path = match url_style {
                0 => format!("/{}/{:02}/{slug}/", date.0, date.1),
                1 => format!("/{section}/{slug}.html"),
                2 => format!("/{section}/{slug}-{}", 10_000 + rng.below(90_000)),
                _ => format!("/article/{}/{slug}", rng.next() % 1_000_000 + i as u64),
            };
            let mut blocks = source.blocks.clone();
            if layout.single && !blocks.iter().any(|b| matches!(b, Block::Heading(_))) {
                let mut with_headings = Vec::new();
                for (j, block) in blocks.into_iter().enumerate() {
                    if j > 0 && j % 3 == 0 {
                        with_headings.push(Block::Heading(
                            SECTION_HEADINGS[(j / 3 - 1) % SECTION_HEADINGS.len()].to_owned(),
                        ));
                    }
                    with_headings.push(block);
                }
                blocks = with_headings;
            }
            Story {
                title: source.title.clone(),
                url: format!("https://{host}{path}"),
                path,
                author: AUTHORS[rng.below(AUTHORS.len())],
                date,
                blocks,
            }
        })
        .collect::<Vec<_>>();
    if layout.uneven {
        // Its own stream: the other layouts' pages stay as they were.
        let briefs_first = Rng(seed ^ 0x0b1e_f5ed).chance(50);
        for (i, story) in stories.iter_mut().enumerate() {
            if (i == 0) == briefs_first {
                story.blocks = story
                    .blocks
                    .iter()
                    .filter(|b| matches!(b, Block::Para(_)))
                    .take(BRIEF_PARAGRAPHS)
                    .cloned()
                    .collect();
            }
        }
    }
    let teasers = pick_stories(pool, &mut rng, TEASERS, &sources)
        .into_iter()
        .map(|s| Teaser {
            title: s.title.clone(),
            path: format!("/{}/{}", rng.pick(&SECTIONS), slug(&s.title)),
            excerpt: s
                .blocks
                .iter()
                .find_map(|b| match b {
                    Block::Para(t) => Some(
                        tokens(t)
                            .iter()
                            .take(TEASER_WORDS)
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    _ => None,
                })
                .unwrap_or_default(),
        })
        .collect();
    // Every story template links to its story somewhere: the headline, share links, or both.
    let (headline_link, share) = *rng.pick(&[(true, false), (false, true), (true, true)]);
    let marks = Marks {
        byline: rng.chance(70),
        date: *rng.pick(&[
            DateMark::Time,
            DateMark::Time,
            DateMark::Text,
            DateMark::None,
        ]),
        headline_link,
        share,
    };
    Spec {
        seed,
        site,
        host,
        stories,
        teasers,
        marks,
    }
}

/// A URL path segment from a title.
fn slug(title: &str) -> String {
    let words: Vec<String> = tokens(title)
        .iter()
        .map(|t| {
            t.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    if words.is_empty() {
        format!("story-{}", hash(&[title]) % 100_000)
    } else {
        words.join("-")
    }
}

/// Text escaped for element content.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text escaped for a double-quoted attribute value.
fn attr(text: &str) -> String {
    esc(text).replace('"', "&quot;")
}

/// A URL as a query parameter value.
fn enc(url: &str) -> String {
    url::form_urlencoded::byte_serialize(url.as_bytes()).collect()
}

// ---------------------------------------------------------------- page pieces

/// How a layout writes a story body.
struct BodyStyle {
    para: ParaStyle,
    /// Tag of the body's subheadings.
    sub: &'static str,
    fig: FigStyle,
    /// Class on every paragraph ("" for none).
    class: String,
}

#[derive(Clone, Copy, PartialEq)]
enum ParaStyle {
    P,
    /// Text lines separated by `<br>` runs inside one element.
    Br,
    /// One `<div>` per paragraph.
    Div,
}

#[derive(Clone, Copy, PartialEq)]
enum FigStyle {
    Figure,
    Amp,
    Div,
}

impl BodyStyle {
    fn plain(sub: &'static str) -> Self {
        BodyStyle {
            para: ParaStyle::P,
            sub,
            fig: FigStyle::Figure,
            class: String::new(),
        }
    }
}

fn class_attr(class: &str) -> String {
    if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", attr(class))
    }
}

/// A story body: every block's text, in the style given.
fn body(blocks: &[Block], style: &BodyStyle) -> String {
    let c = class_attr(&style.class);
    let mut out = String::new();
    for block in blocks {
        let _ = match (block, style.para) {
            (Block::Para(t), ParaStyle::P) => writeln!(out, "<p{c}>{}</p>", esc(t)),
            (Block::Para(t), ParaStyle::Div) => writeln!(out, "<div{c}>{}</div>", esc(t)),
            (Block::Para(t), ParaStyle::Br) => writeln!(out, "{}<br><br>", esc(t)),
            (Block::Heading(t), ParaStyle::Br) => writeln!(out, "<strong>{}</strong><br>", esc(t)),
            (Block::Heading(t), _) => writeln!(out, "<{0}>{1}</{0}>", style.sub, esc(t)),
            (Block::List(items), ParaStyle::Br) => {
                for item in items {
                    let _ = writeln!(out, "• {}<br>", esc(item));
                }
                out.push_str("<br>\n");
                Ok(())
            }
            (Block::List(items), ParaStyle::Div) => {
                for item in items {
                    let _ = writeln!(out, "<div{c}>• {}</div>", esc(item));
                }
                Ok(())
            }
            (Block::List(items), ParaStyle::P) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", esc(item));
                }
                out.push_str("</ul>\n");
                Ok(())
            }
            (Block::Quote(t), ParaStyle::Br) => writeln!(out, "<em>{}</em><br><br>", esc(t)),
            (Block::Quote(t), _) => writeln!(out, "<blockquote><p>{}</p></blockquote>", esc(t)),
            (Block::Pre(t), _) => writeln!(out, "<pre><code>{}</code></pre>", esc(t)),
            (Block::Figure { src, caption }, _) => {
                let img = match (src.is_empty(), style.fig) {
                    (true, _) => String::new(),
                    (false, FigStyle::Amp) => format!(
                        "<amp-img src=\"{}\" width=\"1200\" height=\"675\" layout=\"responsive\" alt=\"\"></amp-img>",
                        attr(src)
                    ),
                    (false, _) => format!("<img src=\"{}\" alt=\"\" loading=\"lazy\">", attr(src)),
                };
                match (style.para, style.fig) {
                    (ParaStyle::Br, _) => writeln!(out, "{img}<br>{}<br><br>", esc(caption)),
                    (_, FigStyle::Div) => writeln!(
                        out,
                        "<div class=\"media\">{img}<div class=\"media-caption\">{}</div></div>",
                        esc(caption)
                    ),
                    _ => writeln!(
                        out,
                        "<figure>{img}<figcaption>{}</figcaption></figure>",
                        esc(caption)
                    ),
                }
            }
        };
    }
    out
}

/// The `<head>`: story 1's title, canonical URL, Open Graph, maybe JSON-LD.
fn head(spec: &Spec, json_ld: bool, extra: &str) -> String {
    let s = spec.first();
    let mut out = format!(
        "<head>\n<meta charset=\"utf-8\">\n<title>{} | {}</title>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"canonical\" href=\"{}\">\n\
         <meta property=\"og:url\" content=\"{}\">\n\
         <meta property=\"og:title\" content=\"{}\">\n\
         <meta property=\"og:site_name\" content=\"{}\">\n\
         <meta property=\"og:type\" content=\"article\">\n",
        esc(&s.title),
        esc(&spec.site),
        attr(&s.url),
        attr(&s.url),
        attr(&s.title),
        attr(&spec.site)
    );
    if json_ld {
        let ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "url": s.url,
            "datePublished": s.date_iso(),
            "author": {"@type": "Person", "name": s.author},
            "publisher": {"@type": "Organization", "name": spec.site},
        });
        let _ = writeln!(
            out,
            "<script type=\"application/ld+json\">{}</script>",
            ld.to_string().replace("</", "<\\/")
        );
    }
    out.push_str("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
    out.push_str(extra);
    out.push_str("</head>\n");
    out
}

/// Names of the site chrome's parts; `semantic` picks `<header>`/`<nav>`/`<aside>`/
/// `<footer>` over `<div>`s.
struct Chrome {
    semantic: bool,
    header: String,
    nav: String,
    sidebar: String,
    footer: String,
    cookie: String,
}

impl Chrome {
    fn named(header: &str, nav: &str, sidebar: &str, footer: &str, cookie: &str) -> Self {
        Chrome {
            semantic: true,
            header: header.into(),
            nav: nav.into(),
            sidebar: sidebar.into(),
            footer: footer.into(),
            cookie: cookie.into(),
        }
    }

    fn hashed(spec: &Spec) -> Self {
        Chrome {
            semantic: false,
            header: spec.hashed("header"),
            nav: spec.hashed("nav"),
            sidebar: spec.hashed("sidebar"),
            footer: spec.hashed("footer"),
            cookie: spec.hashed("cookie"),
        }
    }

    fn tag(&self, semantic: &'static str) -> &'static str {
        if self.semantic {
            semantic
        } else {
            "div"
        }
    }

    fn header(&self, spec: &Spec) -> String {
        let mut nav = format!("<{} class=\"{}\"><ul>", self.tag("nav"), self.nav);
        nav.push_str("<li><a href=\"/\">Home</a></li>");
        for section in SECTIONS {
            let _ = write!(
                nav,
                "<li><a href=\"/{section}/\">{}</a></li>",
                capitalize(section)
            );
        }
        let _ = write!(nav, "</ul></{}>", self.tag("nav"));
        format!(
            "<{t} class=\"{}\"><a class=\"logo\" href=\"/\">{}</a>{nav}\
             <form action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Search</button></form>\
             <a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Sign in</a></{t}>\n",
            self.header,
            esc(&spec.site),
            t = self.tag("header"),
        )
    }

    fn sidebar(&self, spec: &Spec) -> String {
        let (trending, related) = spec.teasers.split_at(spec.teasers.len() / 2);
        let mut out = format!("<{} class=\"{}\">", self.tag("aside"), self.sidebar);
        for (heading, list) in [("Trending", trending), ("Most read", related)] {
            let _ = write!(out, "<div class=\"widget\"><h3>{heading}</h3><ul>");
            for t in list {
                let _ = write!(
                    out,
                    "<li><a href=\"{}\">{}</a><span>{}…</span></li>",
                    attr(&t.path),
                    esc(&t.title),
                    esc(&t.excerpt)
                );
            }
            out.push_str("</ul></div>");
        }
        let _ = writeln!(out, "</{}>", self.tag("aside"));
        out
    }

    fn footer(&self, spec: &Spec) -> String {
        format!(
            "<{t} class=\"{}\"><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li>\
             <li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/terms\">Terms of use</a></li></ul>\
             <p>© 2024 {}. All rights reserved.</p></{t}>\n",
            self.footer,
            esc(&spec.site),
            t = self.tag("footer"),
        )
    }

    fn cookie(&self) -> String {
        format!(
            "<div class=\"{}\" role=\"dialog\">We use cookies to improve your experience and to show you personalised ads. \
             <a href=\"/privacy\">Learn more</a> <button>Accept all</button> <button>Reject</button></div>\n",
            self.cookie
        )
    }
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The story's headline: `tag` with `attrs`, linked to the story when the marks say so.
fn headline(tag: &str, attrs: &str, story: &Story, marks: Marks) -> String {
    let title = esc(&story.title);
    if marks.headline_link {
        format!(
            "<{tag}{attrs}><a href=\"{}\">{title}</a></{tag}>",
            attr(&story.path)
        )
    } else {
        format!("<{tag}{attrs}>{title}</{tag}>")
    }
}

/// Byline and date as the marks say, in elements of `tag` with classes `class`-by/-date.
fn meta_line(tag: &str, class: &str, story: &Story, marks: Marks) -> String {
    let mut out = String::new();
    if marks.byline {
        let _ = write!(
            out,
            "<{tag} class=\"{class}-by\">By <a href=\"/author/{}\" rel=\"author\">{}</a></{tag}>",
            slug(story.author),
            story.author
        );
    }
    match marks.date {
        DateMark::Time => {
            let _ = write!(
                out,
                "<time datetime=\"{}\">{}</time>",
                story.date_iso(),
                story.date_text()
            );
        }
        DateMark::Text => {
            let _ = write!(
                out,
                "<{tag} class=\"{class}-date\">Published {}</{tag}>",
                story.date_text()
            );
        }
        DateMark::None => {}
    }
    out
}

/// Share links carrying the story's URL in their query, when the marks say so (or always
/// with `force`).
fn share_bar(class: &str, story: &Story, marks: Marks, force: bool) -> String {
    if !marks.share && !force {
        return String::new();
    }
    let (u, t) = (enc(&story.url), enc(&story.title));
    format!(
        "<div class=\"{class}\"><span>Share</span>\
         <a href=\"https://twitter.com/intent/tweet?url={u}&amp;text={t}\" target=\"_blank\">X</a>\
         <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\">Facebook</a>\
         <a href=\"mailto:?subject={t}&amp;body={u}\">Email</a></div>\n"
    )
}

fn document(html_attrs: &str, head: &str, body_attrs: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html{html_attrs}>\n{head}<body{body_attrs}>\n{body}</body>\n</html>\n"
    )
}

fn ad_slot(spec: &Spec, i: usize) -> String {
    format!(
        "<div class=\"ad-slot\" id=\"div-gpt-ad-{}-{i}\" data-ad-unit=\"/1234/{}/in-feed\"><span class=\"ad-label\">Advertisement</span></div>\n",
        spec.seed % 100_000,
        spec.host
    )
}

fn newsletter(class: &str, spec: &Spec) -> String {
    format!(
        "<div class=\"{class}\"><h3>Get the {} newsletter</h3><p>The day's most important stories, every morning in your inbox.</p>\
         <form action=\"/newsletter\"><input type=\"email\" name=\"email\" placeholder=\"Email address\"><button>Sign up</button></form></div>\n",
        esc(&spec.site)
    )
}

// ---------------------------------------------------------------- layouts

/// (1) One `<article>` per story with an `<h1>`: the baseline.
fn article_h1(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let (art, title, content) = *rng.pick(&[
        ("post type-post", "entry-title", "entry-content"),
        ("story", "story__headline", "story__body"),
        ("article-item", "headline", "article-text"),
    ]);
    let chrome = Chrome::named(
        "site-header",
        "main-nav",
        "sidebar",
        "site-footer",
        "cookie-notice",
    );
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            main,
            "<article class=\"{art}\" id=\"post-{}\">\n<header>{}\n<div class=\"meta\">{}</div></header>\n<div class=\"{content}\">\n{}</div>\n{}</article>",
            1000 + i,
            headline("h1", &class_attr(title), s, m),
            meta_line("span", "meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("share-links", s, m, false),
        );
    }
    let page = format!(
        "{}{}<div class=\"container\"><main id=\"content\">\n{main}</main>\n{}</div>\n{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"home blog\"",
        &page,
    )
}

/// (2) One `<section>` per story, `<h2>` headlines, `<h3>` subheadings.
fn section_h2(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let (sec, title, text) = *rng.pick(&[
        ("story-block", "story-block__title", "story-block__text"),
        ("feed-item", "feed-item-title", "feed-item-content"),
    ]);
    let chrome = Chrome::named("masthead", "menu", "rail", "colophon", "consent");
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            stream,
            "<section class=\"{sec}\" data-index=\"{i}\">\n{}\n<p class=\"{sec}__meta\">{}</p>\n<div class=\"{text}\">\n{}</div>\n{}</section>",
            headline("h2", &class_attr(title), s, m),
            meta_line("span", sec, s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
        );
    }
    let page = format!(
        "{}{}<div class=\"layout\"><div id=\"stream\">\n{stream}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (3) `<div>` soup with generated class names: no semantic tags, the headline a styled
/// `<div>` or a link, byline and date as `<div>`s.
fn div_soup(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let chrome = Chrome::hashed(spec);
    let para = if rng.chance(50) {
        ParaStyle::P
    } else {
        ParaStyle::Div
    };
    let style = BodyStyle {
        para,
        sub: "strong",
        fig: FigStyle::Div,
        class: spec.hashed("para"),
    };
    let (unit, inner, hl, by, txt) = (
        spec.hashed("unit"),
        spec.hashed("inner"),
        spec.hashed("headline"),
        spec.hashed("byline"),
        spec.hashed("text"),
    );
    let mut feed = String::new();
    for s in &spec.stories {
        let title = if m.headline_link {
            format!(
                "<div class=\"{hl}\"><a class=\"{}\" href=\"{}\">{}</a></div>",
                spec.hashed("hl-link"),
                attr(&s.path),
                esc(&s.title)
            )
        } else {
            format!(
                "<div class=\"{hl}\" role=\"heading\">{}</div>",
                esc(&s.title)
            )
        };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(meta, "<div class=\"{by}\">{}</div>", s.author);
        }
        if m.date != DateMark::None {
            let _ = write!(meta, "<div class=\"{by}\">{}</div>", s.date_text());
        }
        let _ = writeln!(
            feed,
            "<div class=\"{unit}\"><div class=\"{inner}\">{title}<div class=\"{}\">{meta}</div></div>\n<div class=\"{txt}\">\n{}</div>{}</div>",
            spec.hashed("metarow"),
            body(&s.blocks, &style),
            share_bar(&spec.hashed("share"), s, m, false),
        );
    }
    let page = format!(
        "<div id=\"root\"><div class=\"{}\">{}{}<div class=\"{}\"><div class=\"{}\">\n{feed}</div>{}</div>{}</div></div>\n",
        spec.hashed("app"),
        chrome.cookie(),
        chrome.header(spec),
        spec.hashed("columns"),
        spec.hashed("feed"),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document("", &head(spec, rng.chance(50), ""), "", &page)
}

/// (4) A page-level `<main><article>` wraps every story; each story a `<div>` with `<h2>`.
fn main_wraps_all(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let (unit, body_class) = *rng.pick(&[
        ("article-unit", "article-body"),
        ("post-wrap", "post-content"),
    ]);
    let chrome = Chrome::named("top", "navigation", "widget-area", "bottom", "gdpr");
    let mut inner = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            inner.push_str("<hr class=\"divider\">\n");
        }
        let _ = writeln!(
            inner,
            "<div class=\"{unit}\">\n{}\n<div class=\"byline\">{}</div>\n<div class=\"{body_class}\">\n{}</div>\n{}</div>",
            headline("h2", "", s, m),
            meta_line("span", "byline", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("social", s, m, false),
        );
    }
    let page = format!(
        "{}{}<main class=\"site-main\"><article class=\"page-article\">\n{inner}</article></main>\n{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (5) Story text in `<br>` runs instead of paragraphs.
fn br_runs(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let semantic = rng.chance(50);
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "cookies");
    let style = BodyStyle {
        para: ParaStyle::Br,
        sub: "strong",
        fig: FigStyle::Figure,
        class: String::new(),
    };
    let mut posts = String::new();
    for s in &spec.stories {
        let tag = if semantic { "article" } else { "div" };
        let _ = writeln!(
            posts,
            "<{tag} class=\"blog-post\">\n{}\n<div class=\"post-info\">{}</div>\n<div class=\"post-body\">\n{}</div>\n{}</{tag}>",
            headline("h2", " class=\"post-title\"", s, m),
            meta_line("span", "post", s, m),
            body(&s.blocks, &style),
            share_bar("post-share", s, m, false),
        );
    }
    let page = format!(
        "{}{}<table class=\"layout\"><tr><td class=\"content\">\n{posts}</td><td class=\"side\">{}</td></tr></table>\n{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document("", &head(spec, false, ""), "", &page)
}

/// (6) React/Next.js markup: `__next` root, `data-testid`/`data-component` attributes,
/// generated classes, `__NEXT_DATA__`.
fn next_react(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let h = if rng.chance(50) { "h1" } else { "h2" };
    let style = BodyStyle {
        para: ParaStyle::P,
        sub: "h2",
        fig: FigStyle::Figure,
        class: format!("jsx-{} paragraph", spec.seed % 10_000_000),
    };
    let chrome = Chrome::hashed(spec);
    let mut list = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = write!(
            list,
            "<div data-testid=\"article-container\" data-component=\"ArticleBody\" data-article-index=\"{i}\" class=\"{}\">\
             <div data-testid=\"article-header\" class=\"{}\">{}<div data-testid=\"byline\">{}</div></div>\
             <div data-testid=\"article-body\" class=\"{}\">\n{}</div>{}</div>\n",
            spec.hashed("container"),
            spec.hashed("hdr"),
            headline(h, " data-testid=\"headline\"", s, m),
            meta_line("span", "byline", s, m),
            spec.hashed("bodywrap"),
            body(&s.blocks, &style),
            share_bar(&format!("{} share", spec.hashed("share")), s, m, false),
        );
    }
    let data = serde_json::json!({"props": {"pageProps": {"article": {"headline": spec.first().title, "url": spec.first().url}}}, "page": "/[section]/[slug]"});
    let page = format!(
        "<div id=\"__next\"><div data-testid=\"page-root\">{}<div data-component=\"ConsentBanner\">{}</div>\
         <div data-component=\"InfiniteArticleList\" class=\"{}\">\n{list}</div>{}{}</div></div>\n\
         <script id=\"__NEXT_DATA__\" type=\"application/json\">{}</script>\n",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("list"),
        chrome.sidebar(spec),
        chrome.footer(spec),
        data.to_string().replace("</", "<\\/")
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            true,
            "<link rel=\"preload\" href=\"/_next/static/chunks/main.js\" as=\"script\">\n",
        ),
        "",
        &page,
    )
}

/// (7) AMP-like markup: `amp-img`, `amp-ad`, `amp-social-share`, `amp-next-page` feel.
fn amp(spec: &Spec) -> String {
    let m = spec.marks;
    let style = BodyStyle {
        para: ParaStyle::P,
        sub: "h2",
        fig: FigStyle::Amp,
        class: String::new(),
    };
    let chrome = Chrome::named(
        "amp-header",
        "amp-nav",
        "amp-related",
        "amp-footer",
        "amp-consent",
    );
    let mut docs = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = write!(
            docs,
            "<div class=\"amp-doc\" data-amp-doc-index=\"{i}\"><div class=\"amp-article\">\n{}\n<div class=\"amp-meta\">{}</div>\n\
             <div class=\"amp-article-body\">\n{}</div>\n\
             <amp-social-share type=\"twitter\" data-param-url=\"{u}\"></amp-social-share><amp-social-share type=\"facebook\" data-param-href=\"{u}\"></amp-social-share>\n\
             </div><amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/1234/amp/{i}\"><div placeholder>Advertisement</div></amp-ad></div>\n",
            headline("h1", " class=\"amp-title\"", s, m),
            meta_line("span", "amp-meta", s, m),
            body(&s.blocks, &style),
            u = attr(&s.url),
        );
    }
    let page = format!(
        "<amp-consent id=\"consent\" layout=\"nodisplay\">{}</amp-consent>{}<main>\n{docs}</main>{}{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    let extra = "<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n<style amp-boilerplate>body{visibility:hidden}</style>\n";
    document(" ⚡ lang=\"en\"", &head(spec, true, extra), "", &page)
}

/// (8) Stories separated by ad slots, newsletter boxes and "up next" bars.
fn ads_between(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let (unit, bar) = *rng.pick(&[
        ("content-block", "up-next-bar"),
        ("river-story", "next-story"),
    ]);
    let chrome = Chrome::named(
        "head-wrap",
        "primary-menu",
        "right-rail",
        "foot",
        "cmp-banner",
    );
    let mut river = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let h = if i == 0 { "h1" } else { "h2" };
        let _ = write!(
            river,
            "<div class=\"{unit}\">\n{}\n<div class=\"author-date\">{}</div>\n<div class=\"story-text\">\n{}</div>\n{}\
             <div class=\"related\"><h4>Related</h4><ul><li><a href=\"{}\">{}</a></li></ul></div></div>\n",
            headline(h, "", s, m),
            meta_line("div", "ad", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("sharing", s, m, false),
            attr(&spec.teasers[i % spec.teasers.len()].path),
            esc(&spec.teasers[i % spec.teasers.len()].title),
        );
        river.push_str(&ad_slot(spec, i));
        if i % 2 == 0 {
            river.push_str(&newsletter("newsletter-box", spec));
        }
        if let Some(next) = spec.stories.get(i + 1) {
            let _ = writeln!(
                river,
                "<div class=\"{bar}\"><span>Up next</span> <a href=\"{}\">{}</a></div>",
                attr(&next.path),
                esc(&next.title)
            );
        }
    }
    let page = format!(
        "{}{}<div class=\"page\"><div class=\"river\">\n{river}</div>{}</div>{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (9) The permalink only in share links, or in `data-url`/`data-permalink` on the
/// wrapper; the headline links nowhere.
fn share_permalink(spec: &Spec) -> String {
    let m = Marks {
        headline_link: false,
        ..spec.marks
    };
    let mut rng = spec.rng();
    let mode = rng.below(3);
    let chrome = Chrome::named("hdr", "nav-menu", "aside", "ftr", "cookie-bar");
    let mut items = String::new();
    for s in &spec.stories {
        let data = match mode {
            0 => String::new(),
            1 => format!(" data-url=\"{}\"", attr(&s.url)),
            _ => format!(
                " data-permalink=\"{}\" data-title=\"{}\"",
                attr(&s.path),
                attr(&s.title)
            ),
        };
        let _ = writeln!(
            items,
            "<div class=\"story-item\"{data}>\n{}\n<div class=\"story-meta\">{}</div>\n<div class=\"story-content\">\n{}</div>\n{}</div>",
            headline("h2", " class=\"story-title\"", s, m),
            meta_line("span", "story", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share-buttons", s, m, mode == 0),
        );
    }
    let page = format!(
        "{}{}<div id=\"main\"><div class=\"stories\">\n{items}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (10) Only the first story has an `<h1>`; appended ones have `<h2>`.
fn h1_then_h2(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let tag = if rng.chance(50) { "article" } else { "div" };
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "cookie");
    let mut out = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let h = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            out,
            "<{tag} class=\"article-wrapper\">\n{}\n<p class=\"article-meta\">{}</p>\n<div class=\"article-content\">\n{}</div>\n{}</{tag}>",
            headline(h, " class=\"article-title\"", s, m),
            meta_line("span", "article", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
        );
    }
    let page = format!(
        "{}{}<div class=\"content-area\">\n{out}</div>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"single\"",
        &page,
    )
}

/// (11) Chrome words on distant ancestors: `<html class="header-spacing">`, `<body
/// class="… sidebar-left">`, a theme's `…sidebar` wrapper around the stories.
fn chrome_ancestors(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let (wrap, inner) = *rng.pick(&[
        ("td_sidebar-wrap td-pb-row", "td-pb-span8 td-main-content"),
        ("content_sidebar has-sidebar", "main-column"),
        ("with-sidebar layout-sidebar-right", "primary"),
    ]);
    let chrome = Chrome::named(
        "td-header-wrap",
        "td-header-menu",
        "td-pb-span4 td-main-sidebar",
        "td-footer-wrapper",
        "td-cookie",
    );
    let mut out = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = write!(
            out,
            "<article class=\"td-post post-{}\">\n<div class=\"td-post-header\">{}\n<div class=\"td-module-meta-info\">{}</div></div>\n\
             <div class=\"td-post-content\">\n{}</div>\n{}</article>\n",
            500 + i,
            headline("h1", " class=\"entry-title\"", s, m),
            meta_line("span", "td-post", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("td-post-sharing", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"td-outer-wrap\" class=\"td-theme-wrap\">{}{}<div class=\"{wrap}\"><div class=\"{inner}\">\n{out}</div>{}</div>{}</div>",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " class=\"header-spacing no-js\" lang=\"en\"",
        &head(spec, true, ""),
        " class=\"post-template-default single single-post sidebar-left td-standard-pack\"",
        &page,
    )
}

/// (12) Page-builder widgets: deep nested Elementor- or WPBakery-like containers.
fn page_builder(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let elementor = rng.chance(50);
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-law-info-bar",
    );
    let mut out = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = spec.seed % 10_000 + i as u64;
        let h = if i == 0 { "h1" } else { "h2" };
        if elementor {
            let widget = |kind: &str, inner: String| {
                format!(
                    "<div class=\"elementor-element elementor-element-{id}{kind} elementor-widget elementor-widget-{kind}\" data-element_type=\"widget\" data-widget_type=\"{kind}.default\"><div class=\"elementor-widget-container\">{inner}</div></div>\n"
                )
            };
            let _ = write!(
                out,
                "<section class=\"elementor-section elementor-top-section elementor-element elementor-element-{id} elementor-section-boxed\" data-element_type=\"section\">\
                 <div class=\"elementor-container elementor-column-gap-default\"><div class=\"elementor-column elementor-col-100 elementor-top-column\" data-element_type=\"column\">\
                 <div class=\"elementor-widget-wrap elementor-element-populated\">\n{}{}{}{}</div></div></div></section>\n",
                widget("theme-post-title", headline(h, " class=\"elementor-heading-title elementor-size-default\"", s, m)),
                widget("post-info", meta_line("span", "elementor-post-info", s, m)),
                widget("theme-post-content", body(&s.blocks, &BodyStyle::plain("h3"))),
                widget("share-buttons", share_bar("elementor-share-buttons", s, m, false)),
            );
        } else {
            let _ = write!(
                out,
                "<div class=\"vc_row wpb_row vc_row-fluid\"><div class=\"wpb_column vc_column_container vc_col-sm-12\"><div class=\"vc_column-inner\"><div class=\"wpb_wrapper\">\n\
                 <div class=\"wpb_text_column wpb_content_element\"><div class=\"wpb_wrapper\">{}<div class=\"post-meta\">{}</div></div></div>\n\
                 <div class=\"wpb_text_column wpb_content_element\"><div class=\"wpb_wrapper\">\n{}</div></div>\n{}</div></div></div></div>\n",
                headline(h, " class=\"vc_custom_heading\"", s, m),
                meta_line("span", "vc", s, m),
                body(&s.blocks, &BodyStyle::plain("h3")),
                share_bar("vc_share", s, m, false),
            );
        }
    }
    let root = if elementor {
        format!("<div data-elementor-type=\"single-post\" data-elementor-id=\"{}\" class=\"elementor elementor-{}\">\n{out}</div>", spec.seed % 9999, spec.seed % 9999)
    } else {
        format!("<div class=\"entry-content vc_content\">\n{out}</div>")
    };
    let page = format!(
        "{}{}<div id=\"page\" class=\"site\"><div id=\"content\" class=\"site-content\">{root}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"elementor-default elementor-kit-5\"",
        &page,
    )
}

/// (13) Headlines outside the body wrapper: a headline row, then a sibling body `<div>`,
/// no element around one story alone.
fn split_headline(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let row = rng.chance(50);
    let chrome = Chrome::named("pagehead", "menu", "extras", "pagefoot", "notice");
    let mut out = String::new();
    for s in &spec.stories {
        if row {
            let _ = writeln!(
                out,
                "<div class=\"header-row\"><div class=\"col-title\">{}</div><div class=\"col-meta\">{}</div></div>",
                headline("h2", "", s, m),
                meta_line("span", "col", s, m)
            );
        } else {
            let _ = writeln!(
                out,
                "<div class=\"title-block\">{}</div>\n<div class=\"meta-block\">{}</div>",
                headline("div", " class=\"title-text\"", s, m),
                meta_line("span", "meta", s, m)
            );
        }
        let _ = write!(
            out,
            "<div class=\"body-block\">\n{}</div>\n{}",
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share-row", s, m, false)
        );
    }
    let page = format!(
        "{}{}<div class=\"wrapper\"><div class=\"feed\">\n{out}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (14) A feed list: every story a `<li>` of one `<ul>`, `<h3>` headlines.
fn list_feed(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let (list, item) = *rng.pick(&[("river-list", "river-item"), ("stream", "stream-entry")]);
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "privacy-banner");
    let mut out = String::new();
    for s in &spec.stories {
        let _ = writeln!(
            out,
            "<li class=\"{item}\">\n{}\n<div class=\"{item}-meta\">{}</div>\n<div class=\"{item}-body\">\n{}</div>\n{}</li>",
            headline("h3", &class_attr(&format!("{item}-title")), s, m),
            meta_line("span", item, s, m),
            body(&s.blocks, &BodyStyle::plain("h4")),
            share_bar("item-share", s, m, false),
        );
    }
    let page = format!(
        "{}{}<div class=\"main\"><ul class=\"{list}\">\n{out}</ul>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (15) schema.org microdata on `<div>`s: `BlogPosting` items with `headline`,
/// `author`, `datePublished`, `mainEntityOfPage` and `articleBody` properties.
fn microdata(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named(
        "blog-header",
        "blog-nav",
        "blog-sidebar",
        "blog-footer",
        "consent-box",
    );
    let mut out = String::new();
    for s in &spec.stories {
        let _ = writeln!(
            out,
            "<div class=\"blog-entry\" itemscope itemtype=\"https://schema.org/BlogPosting\">\
             <link itemprop=\"mainEntityOfPage\" href=\"{}\"><meta itemprop=\"datePublished\" content=\"{}\">\n{}\n\
             <div class=\"entry-byline\"><span itemprop=\"author\">{}</span></div>\n\
             <div class=\"entry-body\" itemprop=\"articleBody\">\n{}</div>\n{}</div>",
            attr(&s.url),
            s.date_iso(),
            headline("h2", " itemprop=\"headline\"", s, m),
            if m.byline { s.author } else { "" },
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("entry-share", s, m, false),
        );
    }
    let page = format!(
        "{}{}<div class=\"blog\" itemscope itemtype=\"https://schema.org/Blog\">\n{out}</div>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (16) Control: one long article with `<h2>` sections (never to be split).
fn single_sections(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let chrome = Chrome::named(
        "site-header",
        "nav",
        "sidebar",
        "site-footer",
        "cookie-banner",
    );
    let related: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            )
        })
        .collect();
    let page = format!(
        "{}{}<main><article class=\"longform\">\n{}\n<div class=\"meta\">{}</div>\n<div class=\"longform-body\">\n{}</div>\n{}</article>\
         <section class=\"more-stories\"><h2>More stories</h2><ul>{related}</ul></section></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", "", s, m),
        meta_line("span", "meta", s, m),
        body(&s.blocks, &BodyStyle::plain("h2")),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (17) Control: a live blog, entries with time, heading, permalink anchor and share
/// links (one story: the whole blog is the gold).
fn single_liveblog(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let chrome = Chrome::named(
        "site-header",
        "nav",
        "sidebar",
        "site-footer",
        "cookie-banner",
    );
    let mut entries = String::new();
    let mut entry = 0;
    let mut open = false;
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            if open {
                entries.push_str("</div></div>\n");
            }
            entry += 1;
            let anchor = format!("{}#entry-{entry}", s.url);
            let _ = writeln!(
                entries,
                "<div class=\"liveblog-entry\" id=\"entry-{entry}\"><div class=\"entry-time\"><a href=\"#entry-{entry}\">{:02}:{:02}</a></div>\
                 <h2 class=\"entry-heading\">{}</h2>{}<div class=\"entry-body\">",
                9 + entry % 12,
                (entry * 7) % 60,
                esc(t),
                format_args!(
                    "<div class=\"entry-share\"><a href=\"https://twitter.com/intent/tweet?url={}\">Share</a></div>",
                    enc(&anchor)
                ),
            );
            open = true;
            continue;
        }
        if !open {
            entries.push_str(
                "<div class=\"liveblog-entry liveblog-summary\"><div class=\"entry-body\">\n",
            );
            open = true;
        }
        entries.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
    }
    if open {
        entries.push_str("</div></div>\n");
    }
    let page = format!(
        "{}{}<main><div class=\"liveblog\">\n{}\n<div class=\"liveblog-meta\">{}<span class=\"live-badge\">Live</span></div>\n\
         <div class=\"liveblog-feed\">\n{entries}</div></div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", "", s, m),
        meta_line("span", "liveblog", s, m),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

// ------------------------------------------------- layouts of the held-out probe

/// Short reader comments under a WordPress post.
const READER_COMMENTS: [&str; 4] = [
    "Thanks for writing this up, I had been wondering about it for weeks.",
    "Great read. Sharing this with my colleagues tomorrow morning.",
    "I am not sure I agree with all of it, but it is a fair summary.",
    "Is there a follow-up planned? Would love to read more on this.",
];

/// The first `words` words of a story's first paragraph (a dek, a teaser).
fn lede(story: &Story, words: usize) -> String {
    story
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Para(t) => Some(
                tokens(t)
                    .iter()
                    .take(words)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => None,
        })
        .unwrap_or_default()
}

/// The date as an American wire writes it: `Dec 5, 2026, 08:30am EST`.
fn date_wire(story: &Story) -> String {
    let (y, m, d) = story.date;
    format!("{} {d}, {y}, 08:30am EST", &MONTHS[m - 1][..3])
}

/// (18) WordPress with Jetpack-style infinite scroll: story 1 an `article.hentry` with an
/// unlinked `h1.entry-title`, Jetpack sharing and related posts inside its content, post
/// navigation and a comments area after it; appended stories in `div.infinite-wrap`
/// blocks (one per story or one for all), their `h2.entry-title` linked `rel=bookmark`.
fn jetpack_wrap(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let one_wrap = rng.chance(50);
    // Older themes (Twenty Ten and its kin) write posts as `div.post`.
    let tag = if rng.chance(50) { "article" } else { "div" };
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "jetpack-cookie-banner",
    );
    let post = |i: usize, s: &Story| -> String {
        let id = 1000 + spec.seed % 8000 - 37 * i as u64;
        let section = SECTIONS[(spec.seed as usize + i) % SECTIONS.len()];
        let title = if i == 0 {
            format!("<h1 class=\"entry-title\">{}</h1>", esc(&s.title))
        } else {
            format!(
                "<h2 class=\"entry-title\"><a href=\"{}\" rel=\"bookmark\">{}</a></h2>",
                attr(&s.url),
                esc(&s.title)
            )
        };
        let mut meta = String::new();
        if m.date != DateMark::None {
            let _ = write!(
                meta,
                "<span class=\"posted-on\">Posted on <a href=\"{}\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"{}\">{}</time></a></span>",
                attr(&s.url),
                s.date_iso(),
                s.date_text()
            );
        }
        if m.byline {
            let _ = write!(
                meta,
                "<span class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/{}/\">{}</a></span></span>",
                slug(s.author),
                s.author
            );
        }
        let (u, t) = (attr(&s.url), enc(&s.title));
        let sharing = format!(
            "<div class=\"sharedaddy sd-sharing-enabled\"><div class=\"robots-nocontent sd-block sd-social sd-social-icon-text\">\
             <h3 class=\"sd-title\">Share this:</h3><div class=\"sd-content\"><ul>\
             <li class=\"share-twitter\"><a rel=\"nofollow noopener noreferrer\" class=\"share-twitter sd-button\" href=\"{u}?share=twitter\" target=\"_blank\" title=\"Click to share on Twitter\"><span>Twitter</span></a></li>\
             <li class=\"share-facebook\"><a rel=\"nofollow noopener noreferrer\" class=\"share-facebook sd-button\" href=\"{u}?share=facebook\" target=\"_blank\" title=\"Click to share on Facebook\"><span>Facebook</span></a></li>\
             <li class=\"share-email\"><a rel=\"nofollow\" class=\"share-email sd-button\" href=\"mailto:?subject={t}\"><span>Email</span></a></li>\
             </ul></div></div></div>\
             <div class=\"sharedaddy sd-block sd-like jetpack-likes-widget-wrapper\"><h3 class=\"sd-title\">Like this:</h3><div class=\"likes-widget-placeholder post-likes-widget-placeholder\"><span class=\"button\"><span>Like</span></span> <span class=\"loading\">Loading...</span></div></div>\n"
        );
        let mut related = String::new();
        if i == 0 {
            related.push_str("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>");
            for tz in spec.teasers.iter().take(3) {
                let _ = write!(
                    related,
                    "<div class=\"jp-relatedposts-post\"><h4 class=\"jp-relatedposts-post-title\"><a class=\"jp-relatedposts-post-a\" href=\"{}\" rel=\"nofollow\">{}</a></h4>\
                     <p class=\"jp-relatedposts-post-excerpt\">{}…</p><p class=\"jp-relatedposts-post-context\">In \"{}\"</p></div>",
                    attr(&tz.path),
                    esc(&tz.title),
                    esc(&tz.excerpt),
                    capitalize(section)
                );
            }
            related.push_str("</div>\n");
        }
        format!(
            "<{tag} id=\"post-{id}\" class=\"post-{id} post type-post status-publish format-standard has-post-thumbnail hentry category-{section}\">\n\
             <header class=\"entry-header\">{title}<div class=\"entry-meta\">{meta}</div></header>\n\
             <div class=\"entry-content\">\n{}{sharing}{related}</div>\n\
             <footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/category/{section}/\" rel=\"category tag\">{}</a></span> \
             <span class=\"comments-link\"><a href=\"{u}#respond\">Leave a Comment<span class=\"screen-reader-text\"> on {}</span></a></span></footer>\n</{tag}>\n",
            body(&s.blocks, &BodyStyle::plain("h2")),
            capitalize(section),
            esc(&s.title),
        )
    };
    let first = spec.first();
    let mut main = post(0, first);
    let (prev, next) = (&spec.teasers[0], &spec.teasers[1]);
    let _ = writeln!(
        main,
        "<nav class=\"navigation post-navigation\" aria-label=\"Posts\"><h2 class=\"screen-reader-text\">Post navigation</h2><div class=\"nav-links\">\
         <div class=\"nav-previous\"><a href=\"{}\" rel=\"prev\"><span class=\"nav-subtitle\">Previous:</span> <span class=\"nav-title\">{}</span></a></div>\
         <div class=\"nav-next\"><a href=\"{}\" rel=\"next\"><span class=\"nav-subtitle\">Next:</span> <span class=\"nav-title\">{}</span></a></div></div></nav>",
        attr(&prev.path),
        esc(&prev.title),
        attr(&next.path),
        esc(&next.title)
    );
    let _ = write!(
        main,
        "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 thoughts on &ldquo;{}&rdquo;</h2><ol class=\"comment-list\">",
        esc(&first.title)
    );
    for c in 0..2 {
        let cid = 200 + spec.seed % 500 + c;
        let _ = write!(
            main,
            "<li id=\"comment-{cid}\" class=\"comment even thread-even depth-1\"><article id=\"div-comment-{cid}\" class=\"comment-body\">\
             <footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">{}</b> <span class=\"says\">says:</span></div>\
             <div class=\"comment-metadata\"><a href=\"{}#comment-{cid}\"><time datetime=\"{}\">{} at 9:{:02} am</time></a></div></footer>\
             <div class=\"comment-content\"><p>{}</p></div><div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#comment-{cid}\">Reply</a></div></article></li>",
            AUTHORS[(cid as usize + 3) % AUTHORS.len()],
            attr(&first.url),
            first.date_iso(),
            first.date_text(),
            10 + c,
            READER_COMMENTS[(spec.seed as usize + c as usize) % READER_COMMENTS.len()]
        );
    }
    main.push_str(
        "</ol><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3>\
         <form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\" class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>\
         <p class=\"comment-form-comment\"><label for=\"comment\">Comment</label><textarea id=\"comment\" name=\"comment\"></textarea></p>\
         <p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" class=\"submit\" value=\"Post Comment\"></p></form></div></div>\n",
    );
    let appended: Vec<String> = spec
        .stories
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, s)| post(i, s))
        .collect();
    if one_wrap {
        let _ = writeln!(
            main,
            "<div class=\"infinite-wrap infinite-view-1\" id=\"infinite-view-1\" data-page-num=\"1\" role=\"region\" aria-label=\"Page: 1.\">\n{}</div>",
            appended.concat()
        );
    } else {
        for (k, a) in appended.iter().enumerate() {
            let _ = writeln!(
                main,
                "<div class=\"infinite-wrap infinite-view-{n}\" id=\"infinite-view-{n}\" data-page-num=\"{n}\" role=\"region\" aria-label=\"Page: {n}.\">\n{a}</div>",
                n = k + 1
            );
        }
    }
    main.push_str("<span class=\"infinite-loader\" style=\"display: none;\"><span class=\"jetpack-infinite-scroll-spinner\"></span></span>\n");
    let page = format!(
        "<div id=\"page\" class=\"site\"><a class=\"skip-link screen-reader-text\" href=\"#primary\">Skip to content</a>\n{}{}\
         <div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n{main}</main></div>\n{}</div>\n{}</div>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en-US\"",
        &head(spec, true, ""),
        &format!(
            " class=\"post-template-default single single-post postid-{} single-format-standard wp-embed-responsive infinite-scroll neverending\"",
            1000 + spec.seed % 8000
        ),
        &page,
    )
}

/// (19) Vox Media Chorus-like: per story a hero (`div.c-entry-hero`: section links, `h1`,
/// dek, byline) and, in a separate sibling row, the body (`div.c-entry-content` with an
/// in-article ad) beside a per-story rail of popular links; no element wraps one story.
fn chorus_hero(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named(
        "c-global-header",
        "c-global-header__links",
        "c-rock-list",
        "c-footer",
        "c-consent-banner",
    );
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        if i > 0 {
            main.push_str("<div class=\"c-entry-divider\" aria-hidden=\"true\"></div>\n");
        }
        let mut byline = String::new();
        if m.byline {
            let _ = write!(
                byline,
                "<span class=\"c-byline__item\"><span class=\"c-byline__author-name\">By <a href=\"/authors/{}\">{}</a></span></span>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    byline,
                    "<span class=\"c-byline__item\"><time class=\"c-byline__item\" datetime=\"{}\">{}</time></span>",
                    s.date_iso(),
                    date_wire(s)
                );
            }
            DateMark::Text => {
                let _ = write!(
                    byline,
                    "<span class=\"c-byline__item\">{}</span>",
                    date_wire(s)
                );
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            main,
            "<div class=\"l-segment l-main-content__hero\"><div class=\"c-entry-hero c-entry-hero--default\"><div class=\"c-entry-hero__header-wrap\">\
             <ul class=\"c-entry-hero__labels\"><li>Filed under:</li><li><a href=\"/{section}\">{}</a></li></ul>\n{}\n\
             <p class=\"c-entry-summary p-dek\">{}</p></div>\n<div class=\"c-byline\">{byline}</div></div></div>",
            capitalize(section),
            headline("h1", " class=\"c-page-title\"", s, m),
            esc(&lede(s, TEASER_WORDS)),
        );
        let cut = (s.blocks.len() / 3).max(1);
        let mut rail = String::from(
            "<div class=\"c-rock-list\"><h2 class=\"c-rock-list__title\">Most Popular</h2><ol>",
        );
        for k in 0..3 {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                rail,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            );
        }
        rail.push_str("</ol></div>");
        let _ = writeln!(
            main,
            "<div class=\"l-wrapper l-sidebar-fixed l-segment\"><div class=\"l-col__main\">\
             <div class=\"c-entry-content \">\n{}<div id=\"ad-{i}\" class=\"m-ad m-ad__in-article\"><span>Advertisement</span></div>\n{}</div>\n{}</div>\
             <div class=\"l-col__sidebar\">{rail}<div class=\"m-ad m-ad__rail\" data-slot=\"rail-{i}\"></div></div></div>",
            body(&s.blocks[..cut], &BodyStyle::plain("h3")),
            body(&s.blocks[cut..], &BodyStyle::plain("h3")),
            share_bar("c-social-buttons c-entry-sharing", s, m, false),
        );
    }
    let page = format!(
        "<div class=\"l-root l-reskin\">{}{}<main id=\"content\" class=\"l-main-content\" role=\"main\">\n{main}</main>\n{}</div>\n",
        chrome.cookie(),
        chrome.header(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"entry-template\"",
        &page,
    )
}

/// (20) Forbes/Daily Mail-like stream: story 1 with its header; every appended story
/// announced by a "next article" bar holding its headline (linked) and byline, its own
/// unit holding only a date row and the body.
fn next_bar_headline(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let label = *rng.pick(&["Next article", "Scroll down for next article", "Up next"]);
    let chrome = Chrome::named(
        "header-container",
        "header__channels",
        "right-rail",
        "footer",
        "privacy-consent",
    );
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let mut metrics = String::new();
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    metrics,
                    "<time datetime=\"{}\">{}</time>",
                    s.date_iso(),
                    date_wire(s)
                );
            }
            DateMark::Text => {
                let _ = write!(metrics, "<span>{}</span>", date_wire(s));
            }
            DateMark::None => {}
        }
        let by = if m.byline {
            format!(
                "<div class=\"contrib-byline\">By <a href=\"/sites/{}/\">{}</a>, <span class=\"contrib-role\">Contributor.</span></div>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let header = if i == 0 {
            format!(
                "<div class=\"article-header\"><div class=\"article-header__kicker\"><a href=\"/{}/\">{}</a></div>{}{by}\
                 <div class=\"metrics-bar\">{metrics}</div></div>",
                s.path.split('/').nth(1).unwrap_or("news"),
                capitalize(s.path.split('/').nth(1).unwrap_or("news")),
                headline("h1", " class=\"fs-headline\"", s, m),
            )
        } else {
            let _ = writeln!(
                stream,
                "<div class=\"next-article-bar\" data-next-index=\"{i}\"><span class=\"next-article-bar__label\">{label}</span>\
                 <a class=\"next-article-bar__link\" href=\"{}\"><h2 class=\"next-article-bar__headline\">{}</h2></a>{by}</div>",
                attr(&s.path),
                esc(&s.title)
            );
            format!("<div class=\"article-header article-header--condensed\"><div class=\"metrics-bar\">{metrics}</div></div>")
        };
        let _ = writeln!(
            stream,
            "<div class=\"stream-item\" data-stream-index=\"{i}\">{header}\n<div class=\"article-body-container\">\
             <div class=\"article-body fs-article fs-responsive-text{}\">\n{}</div></div>\n{}</div>",
            if i == 0 { " current-article" } else { "" },
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("sharing-bar", s, m, false),
        );
        stream.push_str(&ad_slot(spec, i));
    }
    let page = format!(
        "{}{}<main class=\"main-content main-content--body\"><div class=\"article-stream\">\n{stream}</div>{}</main>{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (21) Byline and date before the headline (TechCrunch-like): section, byline and date
/// row, then the headline, then a featured image with a credit, then the body and tags.
fn byline_first(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let all_h1 = rng.chance(50);
    // The server renders story 1 in its own template: its header a full-width hero above
    // the columns, its body first in the river without the appended stories' container.
    let hero = rng.chance(50);
    let mut hero_html = String::new();
    let chrome = Chrome::named(
        "site-navigation",
        "navigation-desktop",
        "sidebar-ad-rail",
        "site-footer",
        "consent-manager",
    );
    let mut river = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let h = if i == 0 || all_h1 { "h1" } else { "h2" };
        let mut top = format!(
            "<a class=\"article__primary-category\" href=\"/category/{section}/\">{}</a>",
            capitalize(section)
        );
        if m.byline {
            let _ = write!(
                top,
                "<div class=\"article__byline\"><span>{}</span> <a href=\"/author/{}/\">@{}</a></div>",
                s.author,
                slug(s.author),
                slug(s.author).replace('-', "")
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    top,
                    "<div class=\"article__date\"><time datetime=\"{}\">8:30 AM UTC&bull;{}</time></div>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(
                    top,
                    "<div class=\"article__date\">8:30 AM UTC&bull;{}</div>",
                    s.date_text()
                );
            }
            DateMark::None => {}
        }
        let tags: String = spec
            .teasers
            .iter()
            .skip(i % 2)
            .take(3)
            .map(|t| {
                let word = tokens(&t.title).first().copied().unwrap_or("news");
                format!(
                    "<li><a href=\"/tag/{}/\">{}</a></li>",
                    slug(word),
                    esc(word)
                )
            })
            .collect();
        let header = format!(
            "<header class=\"article__header\"><div class=\"article__meta-top\">{top}</div>\n{}\n\
             <div class=\"article__featured-image-wrapper\"><img class=\"article__featured-image\" src=\"https://{}/wp-content/uploads/{}.jpg\" alt=\"\">\
             <div class=\"article__image-credit\">Image Credits: {} / Getty Images</div></div></header>",
            headline(h, " class=\"article__title\"", s, m),
            spec.host,
            slug(&s.title),
            esc(&spec.site),
        );
        let rest = format!(
            "<div class=\"article-content\">\n{}</div>\n<div class=\"article__tags\"><ul>{tags}</ul></div>\n{}",
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("article__share", s, m, false),
        );
        if hero && i == 0 {
            hero_html = format!("<div class=\"article-hero article-hero--full\">{header}</div>\n");
            let _ = writeln!(river, "{rest}");
        } else {
            let _ = writeln!(
                river,
                "<div class=\"article-container article--post\" data-post-id=\"{}\">\n{header}\n{rest}</div>",
                2_000_000 + spec.seed % 500_000 + i as u64,
            );
        }
        if i + 1 < spec.stories.len() {
            river.push_str(&ad_slot(spec, i));
        }
    }
    let page = format!(
        "{}{}{hero_html}<div class=\"content-wrap\"><div class=\"river river--article\">\n{river}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en-US\"",
        &head(spec, true, ""),
        " class=\"single-post\"",
        &page,
    )
}

/// (22) Stories as `div[role=article]` with `aria-labelledby` naming the headline's id,
/// generated class names, and between them full-width "more in" carousels whose cards
/// repeat a headline, excerpt, byline and date of their own.
fn carousel_between(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let all_h1 = rng.chance(50);
    // The carousel closes the story unit, or follows it full width; 4 or 6 cards.
    let inside = rng.chance(50);
    let cards = if rng.chance(50) { 4 } else { 6 };
    let chrome = Chrome::hashed(spec);
    let style = BodyStyle {
        para: ParaStyle::P,
        sub: "h2",
        fig: FigStyle::Div,
        class: spec.hashed("p"),
    };
    let c = |role: &str| spec.hashed(role);
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = format!("hl-{}", 70_000 + spec.seed % 20_000 + i as u64);
        let h = if i == 0 || all_h1 { "h1" } else { "h2" };
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let mut meta = String::new();
        if m.byline {
            let _ = write!(meta, "<div class=\"{}\">By {}</div>", c("author"), s.author);
        }
        if m.date != DateMark::None {
            let _ = write!(meta, "<div class=\"{}\">{}</div>", c("date"), s.date_text());
        }
        let mut carousel = format!(
            "<section class=\"{}\" aria-label=\"More stories\"><h2 class=\"{}\">More in {}</h2><div class=\"{}\">",
            c("carousel"),
            c("carousel-title"),
            capitalize(section),
            c("track")
        );
        for k in 0..cards {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                carousel,
                "<div class=\"{}\"><a class=\"{}\" href=\"{}\"><div class=\"{}\"><img src=\"/img/{}.jpg\" alt=\"\"></div><h3 class=\"{}\">{}</h3></a>\
                 <p class=\"{}\">{}…</p><div class=\"{}\"><span>By {}</span><span>{} {}, {}</span></div></div>",
                c("card"),
                c("card-link"),
                attr(&t.path),
                c("card-img"),
                slug(&t.title),
                c("card-title"),
                esc(&t.title),
                c("card-text"),
                esc(&t.excerpt),
                c("card-meta"),
                AUTHORS[(i + k) % AUTHORS.len()],
                MONTHS[(i + k) % 12],
                1 + k,
                2024
            );
        }
        carousel.push_str("</div></section>\n");
        let _ = writeln!(
            feed,
            "<div role=\"article\" aria-labelledby=\"{id}\" class=\"{}\" data-content-id=\"{}\">\
             <div class=\"{}\"><span class=\"{}\">{}</span>{}<div class=\"{}\">{meta}</div></div>\n\
             <div class=\"{}\">\n{}</div>{}{}</div>",
            c("unit"),
            900_000 + spec.seed % 90_000 + i as u64,
            c("hdr"),
            c("kicker"),
            capitalize(section),
            headline(h, &format!(" id=\"{id}\" class=\"{}\"", c("hl")), s, m),
            c("meta"),
            c("body"),
            body(&s.blocks, &style),
            share_bar(&c("share"), s, m, false),
            if inside { carousel.as_str() } else { "" },
        );
        if !inside {
            feed.push_str(&carousel);
        }
    }
    let page = format!(
        "<div id=\"app\"><div class=\"{}\">{}{}<div class=\"{}\">\n{feed}</div>{}</div></div>\n",
        c("app"),
        chrome.header(spec),
        chrome.cookie(),
        c("page"),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, rng.chance(50), ""), "", &page)
}

/// (23) Ghost (Casper) theme with appended posts: every story an `article.post` with an
/// `h1.article-title`, followed by a subscribe box and a "read more" aside of three
/// `article.post-card` teasers (headline, excerpt, date, reading time).
fn ghost_postcards(spec: &Spec) -> String {
    let m = spec.marks;
    // The subscribe box, the read-more aside and a comments root close each post, or
    // the box and the aside follow it.
    let inside = spec.rng().chance(50);
    let chrome = Chrome::named(
        "gh-head outer",
        "gh-head-menu",
        "gh-sidebar",
        "site-footer outer",
        "gh-portal-notification",
    );
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let mut byline = String::new();
        if m.byline || m.date != DateMark::None {
            byline.push_str(
                "<div class=\"article-byline\"><section class=\"article-byline-content\">",
            );
            if m.byline {
                let _ = write!(
                    byline,
                    "<ul class=\"author-list\"><li class=\"author-list-item\"><a href=\"/author/{0}/\" class=\"author-avatar\"><img class=\"author-profile-image\" src=\"/content/images/{0}.jpg\" alt=\"{1}\"></a></li></ul>\
                     <div class=\"article-byline-meta\"><h4 class=\"author-name\"><a href=\"/author/{0}/\">{1}</a></h4>",
                    slug(s.author),
                    s.author
                );
            } else {
                byline.push_str("<div class=\"article-byline-meta\">");
            }
            let (y, mo, d) = s.date;
            let date = match m.date {
                DateMark::Time => format!(
                    "<time class=\"byline-meta-date\" datetime=\"{y}-{mo:02}-{d:02}\">{d} {} {y}</time>",
                    &MONTHS[mo - 1][..3]
                ),
                DateMark::Text => format!("<span class=\"byline-meta-date\">{d} {} {y}</span>", &MONTHS[mo - 1][..3]),
                DateMark::None => String::new(),
            };
            let _ = write!(
                byline,
                "<div class=\"byline-meta-content\">{date}<span class=\"byline-reading-time\"><span class=\"bull\">&bull;</span> {} min read</span></div></div></section></div>",
                2 + s.blocks.len() / 4
            );
        }
        let mut after = String::new();
        let _ = writeln!(
            after,
            "<section class=\"footer-cta outer\"><div class=\"inner\"><h2 class=\"footer-cta-title\">Sign up for more like this.</h2>\
             <a class=\"footer-cta-button\" href=\"#/portal\" data-portal=\"\"><div class=\"footer-cta-input\">Enter your email</div><span>Subscribe</span></a></div></section>"
        );
        after.push_str("<aside class=\"read-more-wrap outer\"><div class=\"read-more inner\">");
        for (k, month) in MONTHS.iter().take(3).enumerate() {
            let t = &spec.teasers[(2 * i + k) % spec.teasers.len()];
            let tag = t.path.split('/').nth(1).unwrap_or("news");
            let _ = write!(
                after,
                "<article class=\"post-card post tag-{tag}\"><a class=\"post-card-image-link\" href=\"{0}\"><img class=\"post-card-image\" src=\"/content/images/{1}.jpg\" alt=\"\"></a>\
                 <div class=\"post-card-content\"><a class=\"post-card-content-link\" href=\"{0}\"><header class=\"post-card-header\"><div class=\"post-card-tags\"><span class=\"post-card-primary-tag\">{2}</span></div>\
                 <h2 class=\"post-card-title\">{3}</h2></header><div class=\"post-card-excerpt\">{4}…</div></a>\
                 <footer class=\"post-card-meta\"><time class=\"post-card-meta-date\" datetime=\"2024-0{5}-1{5}\">1{5} {6} 2024</time><span class=\"post-card-meta-length\">{5} min read</span></footer></div></article>",
                attr(&t.path),
                slug(&t.title),
                capitalize(tag),
                esc(&t.title),
                esc(&t.excerpt),
                1 + k,
                &month[..3]
            );
        }
        after.push_str("</div></aside>\n");
        if inside {
            after.push_str("<section class=\"article-comments gh-canvas\"><div id=\"ghost-comments-root\" data-ghost-comments=\"/members/api/comments/\"></div></section>\n");
        }
        let _ = writeln!(
            main,
            "<article class=\"article post tag-{section}{}\">\n<header class=\"article-header gh-canvas\">\
             <div class=\"article-tag post-card-tags\"><span class=\"post-card-primary-tag\"><a href=\"/tag/{section}/\">{}</a></span></div>\n{}\n{byline}\
             <figure class=\"article-image\"><img src=\"/content/images/2024/{}.jpg\" alt=\"{}\"></figure></header>\n\
             <section class=\"gh-content gh-canvas\">\n{}</section>\n{}{}</article>",
            if i == 0 { " featured" } else { "" },
            capitalize(section),
            headline("h1", " class=\"article-title\"", s, m),
            slug(&s.title),
            attr(&s.title),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("article-share", s, m, false),
            if inside { after.as_str() } else { "" },
        );
        if !inside {
            main.push_str(&after);
        }
    }
    let page = format!(
        "<div class=\"viewport\"><div class=\"site-content\">{}{}<main id=\"site-main\" class=\"site-main\">\n{main}</main></div>{}</div>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            true,
            "<meta name=\"generator\" content=\"Ghost 5.75\">\n",
        ),
        " class=\"post-template is-head-left-logo has-cover\"",
        &page,
    )
}

/// (24) Wire-service (Reuters-like) stream of uneven stories: either story 1 is long and
/// the appended ones are briefs of a few paragraphs, or the other way round (see
/// `Layout::uneven`). Every paragraph a `div[data-testid=paragraph-N]`, `h1` headlines in
/// `<header>`s, hashed-suffix class names, a trust line after each body.
fn uneven_briefs(spec: &Spec) -> String {
    let m = spec.marks;
    let sfx = |role: &str| {
        let h = spec.hashed(role);
        format!(
            "{role}__{}",
            h.trim_start_matches(['_', '-'])
                .replace("css-", "")
                .replace("sc-", "")
        )
    };
    let chrome = Chrome::named(
        &sfx("site-header__container"),
        &sfx("nav-bar__nav"),
        &sfx("regular-article-layout__right-rail"),
        &sfx("site-footer__container"),
        &sfx("consent-banner"),
    );
    let para = sfx("text__text");
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let mut body_html = String::new();
        let mut n = 0;
        for block in &s.blocks {
            match block {
                Block::Para(t) => {
                    let _ = writeln!(
                        body_html,
                        "<div data-testid=\"paragraph-{n}\" class=\"{para} {}\">{}</div>",
                        sfx("article-body__paragraph"),
                        esc(t)
                    );
                    n += 1;
                }
                other => {
                    body_html.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2")))
                }
            }
        }
        let mut dateline = String::new();
        if m.byline {
            let _ = write!(
                dateline,
                "<div data-testid=\"AuthorByline\" class=\"{}\">By <a href=\"/authors/{}/\">{}</a></div>",
                sfx("author-name"),
                slug(s.author),
                s.author
            );
        }
        if m.date != DateMark::None {
            let _ = write!(
                dateline,
                "<time datetime=\"{}\" data-testid=\"Text\"><span class=\"{}\">{}</span><span class=\"{}\">8:30 AM GMT</span><span class=\"{}\">Updated 2 hours ago</span></time>",
                s.date_iso(),
                sfx("date-line__date"),
                s.date_text(),
                sfx("date-line__date"),
                sfx("date-line__date")
            );
        }
        let _ = writeln!(
            main,
            "<div class=\"{}\" data-testid=\"ArticleContainer\">\n<header class=\"{}\"><nav aria-label=\"Tags\"><a data-testid=\"Link\" href=\"/{section}/\">{}</a></nav>\n{}\n\
             <div class=\"{}\">{dateline}</div></header>\n<div class=\"{}\"><div class=\"{}\">\n{body_html}</div>\n\
             <p class=\"{}\"><a href=\"/info-pages/editorial-standards/\">Our Standards: The {} Trust Principles.</a></p></div>\n{}</div>",
            sfx("article__container"),
            sfx("article-header__container"),
            capitalize(section),
            headline("h1", &format!(" data-testid=\"Heading\" class=\"{para} {}\"", sfx("article-header__title")), s, m),
            sfx("info-content__author-date"),
            sfx("article-body__container"),
            sfx("article-body__content"),
            sfx("trust-badge"),
            esc(&spec.site),
            share_bar(&sfx("share-bar"), s, m, false),
        );
        main.push_str(&ad_slot(spec, i));
    }
    let page = format!(
        "<div id=\"fusion-app\"><div class=\"{}\">{}{}<main id=\"main-content\" class=\"{}\">\n{main}</main>{}{}</div></div>\n",
        sfx("regular-article-layout__container"),
        chrome.header(spec),
        chrome.cookie(),
        sfx("regular-article-layout__main"),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (25) BBC-like component blocks: every paragraph its own `div[data-component=text-block]`
/// with two generated wrappers, the headline, byline, images and subheadings blocks of
/// their own, related-topic link blocks, every cloned headline `h1#main-heading`; stories
/// are `<article>`s or `<div>`s.
fn bbc_blocks(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let tag = if rng.chance(50) { "article" } else { "div" };
    let c = |role: &str| {
        format!(
            "ssrcss-{}-{role}",
            spec.hashed(role)
                .trim_start_matches(['_', '-'])
                .replace("css-", "")
                .replace("sc-", "")
                .to_lowercase()
        )
    };
    let chrome = Chrome {
        semantic: true,
        header: c("GlobalNavigation"),
        nav: c("NavigationLink"),
        sidebar: c("SecondaryColumn"),
        footer: c("FooterWrapper"),
        cookie: c("ConsentBanner"),
    };
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let mut blocks = String::new();
        let _ = writeln!(
            blocks,
            "<header data-component=\"headline-block\" class=\"{}\">{}</header>",
            c("HeadingWrapper"),
            headline(
                "h1",
                &format!(
                    " id=\"main-heading\" type=\"headline\" tabindex=\"-1\" class=\"{}\"",
                    c("StyledHeading")
                ),
                s,
                m
            ),
        );
        let mut by = String::new();
        if m.date != DateMark::None {
            let _ = write!(
                by,
                "<div class=\"{}\">{}</div>",
                c("Timestamp"),
                if m.date == DateMark::Time {
                    format!(
                        "<time data-testid=\"timestamp\" datetime=\"{}\">{} {} {}</time>",
                        s.date_iso(),
                        s.date.2,
                        MONTHS[s.date.1 - 1],
                        s.date.0
                    )
                } else {
                    format!("{} {} {}", s.date.2, MONTHS[s.date.1 - 1], s.date.0)
                }
            );
        }
        if m.byline {
            let _ = write!(
                by,
                "<div class=\"{}\"><div class=\"{}\"><span>By {}</span></div><div class=\"{}\">{} correspondent</div></div>",
                c("Contributor"),
                c("TextContributorName"),
                s.author,
                c("TextContributorRole"),
                capitalize(section)
            );
        }
        if !by.is_empty() {
            let _ = writeln!(
                blocks,
                "<div data-component=\"byline-block\" class=\"{}\">{by}</div>",
                c("BylineBlock")
            );
        }
        for block in &s.blocks {
            match block {
                Block::Para(t) => {
                    let _ = writeln!(
                        blocks,
                        "<div data-component=\"text-block\" class=\"{}\"><div class=\"{}\"><p class=\"{}\">{}</p></div></div>",
                        c("RichTextComponentWrapper"),
                        c("RichTextContainer"),
                        c("Paragraph"),
                        esc(t)
                    );
                }
                Block::Heading(t) => {
                    let _ = writeln!(
                        blocks,
                        "<div data-component=\"subheadline-block\" class=\"{}\"><h2 class=\"{}\">{}</h2></div>",
                        c("StyledSubheadline"),
                        c("StyledHeading"),
                        esc(t)
                    );
                }
                Block::Figure { .. } => {
                    let _ = writeln!(
                        blocks,
                        "<div data-component=\"image-block\" class=\"{}\">{}</div>",
                        c("ComponentWrapper"),
                        body(std::slice::from_ref(block), &BodyStyle::plain("h2"))
                    );
                }
                other => {
                    let _ = writeln!(
                        blocks,
                        "<div data-component=\"text-block\" class=\"{}\">{}</div>",
                        c("RichTextComponentWrapper"),
                        body(std::slice::from_ref(other), &BodyStyle::plain("h2"))
                    );
                }
            }
        }
        let related: String = spec
            .teasers
            .iter()
            .skip(i)
            .take(2)
            .map(|t| {
                format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                )
            })
            .collect();
        let _ = writeln!(
            blocks,
            "<div data-component=\"links-block\" class=\"{}\"><h2>More on this story</h2><ul>{related}</ul></div>\
             <div data-component=\"tag-list\" class=\"{}\"><h2>Related Topics</h2><ul><li><a href=\"/news/topics/{section}\">{}</a></li></ul></div>",
            c("LinksBlock"),
            c("TagList"),
            capitalize(section)
        );
        let _ = writeln!(
            main,
            "<{tag} class=\"{}\">\n{blocks}{}</{tag}>\n<div data-component=\"ad-slot\" class=\"{}\"><div>Advertisement</div></div>",
            c("ArticleWrapper"),
            share_bar(&c("ShareWrapper"), s, m, false),
            c("AdContainer")
        );
    }
    let page = format!(
        "<div id=\"main-wrapper\">{}{}<main id=\"main-content\" data-testid=\"main-content\" class=\"{}\"><div class=\"{}\">\n{main}</div>{}</main>{}</div>\n",
        chrome.cookie(),
        chrome.header(spec),
        c("Main"),
        c("PrimaryColumn"),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en-GB\"", &head(spec, true, ""), "", &page)
}

// ------------------------------------------------- layouts of the held-out probe, round 2

/// Arabic site chrome of the right-to-left layout: navigation, labels and month names.
const AR_SECTIONS: [&str; 8] = [
    "أخبار",
    "العالم",
    "تكنولوجيا",
    "ثقافة",
    "علوم",
    "اقتصاد",
    "رأي",
    "رياضة",
];
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// A story's blocks in `parts` runs of about equal length (at least one block each).
fn chunks(blocks: &[Block], parts: usize) -> Vec<&[Block]> {
    let parts = parts.clamp(1, blocks.len().max(1));
    let size = blocks.len().div_ceil(parts).max(1);
    blocks.chunks(size).collect()
}

/// A hex id that looks like a CMS's post id, stable per story.
fn post_id(spec: &Spec, story: &Story, len: usize) -> String {
    let h = hash(&[&spec.seed.to_string(), &story.url]);
    format!("{h:016x}")[..len.min(16)].to_owned()
}

/// (26) Medium / Substack posts: the headline an unlinked `h1` and a subtitle `h2`, the
/// date plain text (or none), the post's permalink only in a clap/share/comments toolbar
/// after the body (`data-href`, a `?source=` link or a comments link) and a
/// `data-post-id` on the post; Medium's two-letter atomic classes.
fn medium_post(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let substack = rng.chance(50);
    let toolbar_mode = rng.below(3);
    let atoms = [
        "ab", "ca", "ch", "bg", "ew", "ex", "ey", "ez", "l", "fr", "gt", "gu",
    ];
    // Atomic classes: the same role gets the same classes in every post of the page.
    let atom = |role: &str, n: usize| -> String {
        let h = hash(&[&spec.seed.to_string(), role]);
        (0..n)
            .map(|k| atoms[((h >> (5 * k)) % atoms.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let pid = post_id(spec, s, 12);
        let dek = esc(&lede(s, TEASER_WORDS));
        let date = match m.date {
            DateMark::None => String::new(),
            _ => format!("{} {}, {}", &MONTHS[s.date.1 - 1][..3], s.date.2, s.date.0),
        };
        let read = format!("{} min read", 2 + s.blocks.len() / 4);
        let (u, t) = (enc(&s.url), enc(&s.title));
        let toolbar = match toolbar_mode {
            0 => format!(
                "<button class=\"{}\" aria-label=\"Share\" data-href=\"{}\"><span>Share</span></button>",
                atom("r1", 3),
                attr(&s.url)
            ),
            1 => format!(
                "<a class=\"{}\" href=\"{}?source=post_page-----{pid}--------------------------------\" rel=\"noopener follow\"><span>{} responses</span></a>",
                atom("r2", 3),
                attr(&s.url),
                3 + i
            ),
            _ => format!(
                "<a class=\"post-ufi-button\" href=\"{}/comments\"><span class=\"label\">Comments</span></a>\
                 <a class=\"post-ufi-button\" href=\"https://twitter.com/intent/tweet?url={u}&amp;text={t}\">Share</a>",
                attr(&s.url)
            ),
        };
        if substack {
            let mut meta = String::new();
            if m.byline {
                let _ = write!(
                    meta,
                    "<div class=\"profile-hover-card-target\"><a href=\"https://substack.com/@{}\">{}</a></div>",
                    slug(s.author),
                    s.author
                );
            }
            if !date.is_empty() {
                let _ = write!(
                    meta,
                    "<div class=\"pencraft pc-reset color-pub-secondary-text\">{date}</div>"
                );
            }
            let _ = writeln!(
                main,
                "<div class=\"single-post-container\"><div class=\"container\"><div class=\"single-post\"><article class=\"typography newsletter-post post\" data-post-id=\"{}\">\n\
                 <div class=\"post-header\"><h1 dir=\"auto\" class=\"post-title published title-X77sOw\">{}</h1><h3 dir=\"auto\" class=\"subtitle subtitle-HEEcLo\">{dek}</h3>\
                 <div class=\"post-meta\">{meta}</div></div>\n\
                 <div class=\"available-content\"><div dir=\"auto\" class=\"body markup\">\n{}</div></div>\n\
                 <div class=\"post-footer\"><div class=\"post-ufi\"><a class=\"post-ufi-button like-button\" role=\"button\"><span class=\"label\">{}</span></a>{toolbar}</div></div>\n\
                 <div class=\"subscribe-widget\"><p>Subscribe to {}</p><form><input type=\"email\" placeholder=\"Type your email...\"><button>Subscribe</button></form></div>\n\
                 </article></div></div></div>",
                hash(&[&s.url]) % 900_000_000 + 100_000_000,
                esc(&s.title),
                body(&s.blocks, &BodyStyle::plain("h2")),
                12 + 7 * i,
                esc(&spec.site),
            );
        } else {
            let style = BodyStyle {
                para: ParaStyle::P,
                sub: "h2",
                fig: FigStyle::Figure,
                class: format!("pw-post-body-paragraph {}", atom("r3", 6)),
            };
            let mut author = String::new();
            if m.byline {
                let _ = write!(
                    author,
                    "<div class=\"{}\"><a data-testid=\"authorName\" href=\"/@{}\" rel=\"noopener follow\">{}</a> · <button class=\"{}\">Follow</button></div>",
                    atom("r4", 2),
                    slug(s.author),
                    s.author,
                    atom("r5", 4)
                );
            }
            let _ = writeln!(
                main,
                "<article data-post-id=\"{pid}\" class=\"meteredContent\"><div class=\"{}\"><div class=\"{}\"><section>\n\
                 <div class=\"{}\"><h1 id=\"{}\" class=\"pw-post-title {}\" data-testid=\"storyTitle\" data-selectable-paragraph=\"\">{}</h1></div>\
                 <div><h2 class=\"pw-subtitle-paragraph {}\">{dek}</h2></div>\n\
                 <div class=\"speechify-ignore {}\">{author}<div class=\"{}\"><span data-testid=\"storyReadTime\">{read}</span>{}</div></div>\n\
                 <div class=\"{}\">\n{}</div>\n</section></div></div>\n\
                 <div class=\"{}\"><div class=\"pw-multi-vote-count {}\"><button data-testid=\"footerClapButton\" aria-label=\"clap\">{}</button></div>{toolbar}\
                 <button class=\"{}\" aria-label=\"Add to list bookmark button\">Save</button></div></article>",
                atom("r6", 3),
                atom("r7", 4),
                atom("r8", 2),
                &pid[..4],
                atom("r9", 5),
                esc(&s.title),
                atom("r10", 5),
                atom("r11", 2),
                atom("r12", 3),
                if date.is_empty() { String::new() } else { format!(" · <span data-testid=\"storyPublishDate\">{date}</span>") },
                atom("r13", 3),
                body(&s.blocks, &style),
                atom("r14", 3),
                atom("r15", 2),
                90 + 13 * i,
                atom("r16", 2),
            );
        }
        if i + 1 < spec.stories.len() {
            let _ = writeln!(
                main,
                "<div class=\"{}\"><h2>More from {}</h2><p>Recommended for you</p></div>",
                atom("r17", 3),
                esc(&spec.site)
            );
        }
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"root\"><div class=\"a b c\">{}{}<div class=\"l c\">\n{main}</div>{}</div></div>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (27) Washington Post-like runs of siblings: per story a `<header>` (kicker, headline,
/// byline, timestamp), then its body split into several sibling `div.article-body`
/// chunks with ad wrappers ("Story continues below advertisement") between them, then an
/// interaction bar and an end-of-story recirculation box; no element wraps one story.
fn body_chunks(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let all_h1 = rng.chance(50);
    let chrome = Chrome::named(
        "wpds-c-header",
        "sc-nav",
        "right-rail",
        "wpds-c-footer",
        "consent-banner",
    );
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let h = if i == 0 || all_h1 { "h1" } else { "h2" };
        let mut by = String::new();
        if m.byline {
            let _ = write!(
                by,
                "<div data-qa=\"author-byline\" class=\"{}\"><span>By </span><a data-qa=\"author-name\" rel=\"author\" href=\"/people/{}/\">{}</a></div>",
                spec.hashed("byline"),
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    by,
                    "<div data-qa=\"timestamp\"><span data-testid=\"display-date\">{}</span></div><meta itemprop=\"datePublished\" content=\"{}\">",
                    date_wire(s),
                    s.date_iso()
                );
            }
            DateMark::Text => {
                let _ = write!(by, "<div data-qa=\"timestamp\">{}</div>", date_wire(s));
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            main,
            "<header class=\"{}\" data-qa=\"article-header\"><div data-qa=\"kicker\"><a href=\"/{section}/\">{}</a></div>{}\
             <div class=\"{}\">{by}</div></header>",
            spec.hashed("header-row"),
            capitalize(section),
            headline(h, " data-qa=\"headline\"", s, m),
            spec.hashed("byline-row"),
        );
        let parts = chunks(&s.blocks, 2 + rng.below(3));
        for (k, part) in parts.iter().enumerate() {
            if k > 0 {
                let _ = writeln!(
                    main,
                    "<div class=\"ad-wrapper\" data-qa=\"article-body-ad\"><p class=\"ad-label\">Story continues below advertisement</p><div id=\"slug_inline_{i}_{k}\" class=\"dfp-ad\"></div></div>"
                );
            }
            let _ = writeln!(
                main,
                "<div class=\"article-body {}\" data-qa=\"article-body\">\n{}</div>",
                spec.hashed("body"),
                body(part, &BodyStyle::plain("h3"))
            );
        }
        let _ = writeln!(
            main,
            "<div data-qa=\"interaction-buttons\" class=\"{}\"><button data-qa=\"gift-button\">Gift Article</button><button data-qa=\"comments-btn\">Comments</button>{}</div>",
            spec.hashed("interactions"),
            share_bar("share-bar", s, m, false)
        );
        let recirc: String = spec
            .teasers
            .iter()
            .skip(i)
            .take(3)
            .map(|t| {
                format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                )
            })
            .collect();
        let _ = writeln!(
            main,
            "<div data-qa=\"article-end-recirc\" class=\"{}\"><h3>More from {}</h3><ul>{recirc}</ul></div>",
            spec.hashed("recirc"),
            capitalize(section)
        );
    }
    let page = format!(
        "<div id=\"__next\">{}{}<main><div class=\"grid-layout\"><div class=\"grid-center\" data-qa=\"main\">\n{main}</div>{}</div></main>{}</div>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (28) Stories separated only by `<hr>` in one container (a digest or an old blog
/// index): headline `h2`, byline paragraph, paragraphs, share links, `<hr>`, next
/// headline; nothing wraps one story.
fn hr_separated(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let first_h1 = rng.chance(50);
    let chrome = Chrome::named("banner", "menu", "sidebar", "footer", "cookie-consent");
    let mut out = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            out.push_str("<hr>\n");
        }
        let h = if i == 0 && first_h1 { "h1" } else { "h2" };
        let mut by = Vec::new();
        if m.byline {
            by.push(format!("By {}", s.author));
        }
        if m.date != DateMark::None {
            by.push(s.date_text());
        }
        let _ = writeln!(out, "{}", headline(h, "", s, m));
        if !by.is_empty() {
            let _ = writeln!(out, "<p><small>{}</small></p>", by.join(" · "));
        }
        out.push_str(&body(&s.blocks, &BodyStyle::plain("h3")));
        out.push_str(&share_bar("share", s, m, false));
    }
    let page = format!(
        "{}{}<div id=\"wrap\"><div id=\"content\">\n{out}<p class=\"pager\"><a href=\"/page/2/\">Older posts</a></p></div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (29) Blogger classic: posts grouped under one `h2.date-header` per day (several
/// posts sharing one), `h3.post-title`, the body in `<br>` runs or `<div>` lines, the
/// permalink in the footer's timestamp link (`a.timestamp-link[rel=bookmark]`).
fn blogger_dates(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let para = *rng.pick(&[ParaStyle::Br, ParaStyle::Div, ParaStyle::P]);
    let style = BodyStyle {
        para,
        sub: "h4",
        fig: FigStyle::Div,
        class: String::new(),
    };
    // Stories 1 and 2 share a day on half the pages; the rest each get their own.
    let shared_day = rng.chance(50);
    let mut posts = String::new();
    let mut open = false;
    for (i, s) in spec.stories.iter().enumerate() {
        let new_day = !(i == 1 && shared_day);
        if new_day {
            if open {
                posts.push_str("</div></div>\n");
            }
            let (y, mo, d) = spec.stories[i].date;
            let _ = writeln!(
                posts,
                "<div class=\"date-outer\"><h2 class=\"date-header\"><span>{}, {} {d}, {y}</span></h2><div class=\"date-posts\">",
                ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(d as usize + mo) % 7],
                MONTHS[mo - 1]
            );
            open = true;
        }
        let pid = hash(&[&s.url]) % 9_000_000_000_000_000_000;
        let title = if m.headline_link {
            format!("<a href=\"{}\">{}</a>", attr(&s.url), esc(&s.title))
        } else {
            esc(&s.title)
        };
        let author = if m.byline {
            format!(
                "<span class=\"post-author vcard\">Posted by <span class=\"fn\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a class=\"g-profile\" href=\"https://www.blogger.com/profile/{}\" rel=\"author\" title=\"author profile\"><span itemprop=\"name\">{}</span></a></span></span> ",
                pid % 100_000_000,
                s.author
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            posts,
            "<div class=\"post-outer\"><div class=\"post hentry uncustomized-post-template\" itemprop=\"blogPost\" itemscope itemtype=\"http://schema.org/BlogPosting\">\
             <a name=\"{pid}\"></a>\n<h3 class=\"post-title entry-title\" itemprop=\"name\">{title}</h3>\n\
             <div class=\"post-header\"><div class=\"post-header-line-1\"></div></div>\n\
             <div class=\"post-body entry-content\" id=\"post-body-{pid}\" itemprop=\"description articleBody\"><div dir=\"ltr\" style=\"text-align: left;\" trbidi=\"on\">\n{}</div>\n<div style=\"clear: both;\"></div></div>\n\
             <div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-1\">{author}<span class=\"post-timestamp\">at <meta itemprop=\"url\" content=\"{u}\"><a class=\"timestamp-link\" href=\"{u}\" rel=\"bookmark\" title=\"permanent link\"><abbr class=\"published\" itemprop=\"datePublished\" title=\"{}\">8:30 AM</abbr></a></span> \
             <span class=\"post-comment-link\"><a class=\"comment-link\" href=\"{u}#comment-form\">{} comments</a></span>\
             <div class=\"post-share-buttons goog-inline-block\"><a class=\"goog-inline-block share-button sb-email\" href=\"https://www.blogger.com/share-post.g?blogID=77&amp;postID={pid}&amp;target=email\" target=\"_blank\" title=\"Email This\"><span class=\"share-button-link-text\">Email This</span></a>\
             <a class=\"goog-inline-block share-button sb-twitter\" href=\"https://www.blogger.com/share-post.g?blogID=77&amp;postID={pid}&amp;target=twitter\" target=\"_blank\" title=\"Share to X\"><span class=\"share-button-link-text\">Share to X</span></a></div></div>\
             <div class=\"post-footer-line post-footer-line-2\"><span class=\"post-labels\">Labels: <a href=\"/search/label/{}\" rel=\"tag\">{}</a></span></div></div>\n</div></div>",
            body(&s.blocks, &style),
            s.date_iso(),
            i + 1,
            s.path.split('/').nth(1).unwrap_or("news"),
            s.path.split('/').nth(1).unwrap_or("news"),
            u = attr(&s.url),
        );
    }
    if open {
        posts.push_str("</div></div>\n");
    }
    let mut side = String::from("<div class=\"widget BlogArchive\" id=\"BlogArchive1\"><h2>Blog Archive</h2><ul class=\"hierarchy\">");
    for y in (2020..2025).rev() {
        let _ = write!(side, "<li><a class=\"post-count-link\" href=\"/{y}/\">{y}</a> <span class=\"post-count\" dir=\"ltr\">({})</span></li>", 20 + y % 7);
    }
    side.push_str("</ul></div><div class=\"widget PopularPosts\" id=\"PopularPosts1\"><h2>Popular Posts</h2><ul>");
    for t in &spec.teasers {
        let _ = write!(
            side,
            "<li><div class=\"item-title\"><a href=\"{}\">{}</a></div><div class=\"item-snippet\">{}…</div></li>",
            attr(&t.path),
            esc(&t.title),
            esc(&t.excerpt)
        );
    }
    side.push_str("</ul></div>");
    let page = format!(
        "<div class=\"content\"><div class=\"content-outer\"><header><div class=\"header-outer\"><div class=\"header section\" id=\"header\"><div class=\"widget Header\" id=\"Header1\"><div id=\"header-inner\"><div class=\"titlewrapper\"><h1 class=\"title\"><a href=\"/\">{site}</a></h1></div><div class=\"descriptionwrapper\"><p class=\"description\"><span>Notes from the {site} desk</span></p></div></div></div></div></div></header>\n\
         <div class=\"main-outer\"><div class=\"main-cap-top cap-top\"></div><div class=\"fauxcolumns\"></div><div class=\"columns fauxcolumns\"><div class=\"columns-inner\">\
         <div class=\"column-center-outer\"><div class=\"column-center-inner\"><div class=\"main section\" id=\"main\"><div class=\"widget Blog\" data-version=\"1\" id=\"Blog1\"><div class=\"blog-posts hfeed\">\n{posts}</div>\n\
         <div class=\"blog-pager\" id=\"blog-pager\"><span id=\"blog-pager-older-link\"><a class=\"blog-pager-older-link\" href=\"/search?updated-max=2024-01-01\" title=\"Older Posts\">Older Posts</a></span><a class=\"home-link\" href=\"/\">Home</a></div>\
         <div class=\"post-feeds\"><div class=\"feed-links\">Subscribe to: <a class=\"feed-link\" href=\"/feeds/posts/default\" type=\"application/atom+xml\">Posts (Atom)</a></div></div></div></div></div></div>\n\
         <div class=\"column-right-outer\"><div class=\"column-right-inner\"><aside><div class=\"sidebar section\" id=\"sidebar-right-1\">{side}</div></aside></div></div>\
         </div></div></div>\n<footer><div class=\"footer-outer\"><div class=\"widget Attribution\" id=\"Attribution1\"><div class=\"widget-content\">Powered by <a href=\"https://www.blogger.com\" target=\"_blank\">Blogger</a>.</div></div></div></footer></div></div>\n",
        site = esc(&spec.site)
    );
    document(
        " class=\"v2\" dir=\"ltr\" lang=\"en\"",
        &head(
            spec,
            false,
            "<meta name=\"generator\" content=\"blogger\">\n",
        ),
        " class=\"loading variant-simplysimple\"",
        &page,
    )
}

/// (30) Tumblr-like posts of uneven length: a title only on some posts (text posts
/// without one), the permalink on the date and the notes count, tags, reblog links and
/// "reblogged from" headers.
fn tumblr_untitled(spec: &Spec) -> String {
    let mut rng = spec.rng();
    let tag = if rng.chance(50) { "article" } else { "div" };
    let mut posts = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let pid = 700_000_000_000 + hash(&[&s.url]) % 99_000_000_000;
        let titled = rng.chance(50);
        let title = if titled {
            format!(
                "<h2 class=\"title\"><a href=\"{}\">{}</a></h2>\n",
                attr(&s.url),
                esc(&s.title)
            )
        } else {
            String::new()
        };
        let reblog = if rng.chance(40) {
            format!(
                "<div class=\"reblog-header\"><a class=\"reblog-from\" href=\"https://{0}.tumblr.example/post/{1}\">{0}</a> reblogged this from <a href=\"https://{0}.tumblr.example/\">{0}</a></div>\n",
                slug(AUTHORS[(i + 3) % AUTHORS.len()]),
                pid + 17
            )
        } else {
            String::new()
        };
        let tags: String = [
            s.path.split('/').nth(1).unwrap_or("news"),
            "longreads",
            "my writing",
        ]
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"/tagged/{}\">#{t}</a></li>",
                t.replace(' ', "-")
            )
        })
        .collect();
        let (y, mo, d) = s.date;
        let _ = writeln!(
            posts,
            "<{tag} class=\"post text{}\" id=\"post-{pid}\" data-post-id=\"{pid}\"><div class=\"post-wrapper\">\n{reblog}{title}<div class=\"body-text\">\n{}</div>\n\
             <div class=\"post-meta\"><a class=\"date\" href=\"{u}\">{} {d}th, {y}</a> <a class=\"notes\" href=\"{u}#notes\">{} notes</a>\
             <ul class=\"tags\">{tags}</ul><div class=\"controls\"><a class=\"reblog\" href=\"https://www.tumblr.example/reblog/{pid}/x{}\">Reblog</a> <a class=\"like\" href=\"#\">Like</a></div></div>\n</div></{tag}>",
            if titled { "" } else { " untitled" },
            body(&s.blocks, &BodyStyle::plain("h2")),
            &MONTHS[mo - 1][..3],
            3 + (pid % 400),
            pid % 997,
            u = attr(&s.url),
        );
    }
    let mut side = format!(
        "<div id=\"sidebar\"><a href=\"/\" class=\"avatar\"><img src=\"https://64.media.tumblr.example/avatar_x_128.png\" alt=\"\"></a><h1 class=\"blog-title\"><a href=\"/\">{}</a></h1>\
         <p class=\"description\">Writing about whatever I am reading this week.</p><ul class=\"links\"><li><a href=\"/ask\">Ask me anything</a></li><li><a href=\"/archive\">Archive</a></li></ul>",
        esc(&spec.site)
    );
    side.push_str("<h3>Following</h3><ul>");
    for a in AUTHORS.iter().take(4) {
        let _ = write!(
            side,
            "<li><a href=\"https://{}.tumblr.example/\">{}</a></li>",
            slug(a),
            slug(a)
        );
    }
    side.push_str("</ul></div>\n");
    let page = format!(
        "<div id=\"tumblr_controls\"><iframe src=\"https://www.tumblr.example/dashboard/iframe\" title=\"Tumblr controls\"></iframe></div>\n\
         <div id=\"container\">{side}<div id=\"posts\">\n{posts}</div>\
         <div id=\"pagination\"><a href=\"/page/2\" class=\"next\">Next page</a></div></div>\n\
         <div id=\"footer\"><p>Theme by {} · Powered by Tumblr</p></div>\n",
        esc(&spec.site)
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            false,
            "<meta name=\"tumblr-theme\" content=\"12345\">\n",
        ),
        " class=\"index-page\"",
        &page,
    )
}

/// (31) CNN-like components: the headline a `div.headline` holding a `<span>` (no
/// heading tag), paragraphs `div.paragraph` (no `<p>`), `data-uri`/`data-editable`
/// attributes, an inline related-story box and ad slots in the body; each story a
/// `div[data-uri]` with a top block and a `section` body.
fn cnn_divs(spec: &Spec) -> String {
    let m = spec.marks;
    let style = BodyStyle {
        para: ParaStyle::Div,
        sub: "h2",
        fig: FigStyle::Div,
        class: "paragraph inline-placeholder vossi-paragraph".to_owned(),
    };
    let chrome = Chrome::named(
        "header__wrapper-outer",
        "header__nav",
        "layout-with-rail__rail",
        "footer__wrapper",
        "onetrust-banner-sdk",
    );
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = post_id(spec, s, 16);
        let title = if m.headline_link {
            format!("<a href=\"{}\">{}</a>", attr(&s.path), esc(&s.title))
        } else {
            esc(&s.title)
        };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<div class=\"byline vossi-byline\" data-editable=\"byline\"><div class=\"byline__names\">By <span class=\"byline__name\">{}</span>, {}</div></div>",
                s.author,
                esc(&spec.site)
            );
        }
        if m.date != DateMark::None {
            let _ = write!(
                meta,
                "<div class=\"timestamp vossi-timestamp\" data-editable=\"settings\">Updated 8:30 AM EST, {} {}, {}</div>",
                MONTHS[s.date.1 - 1],
                s.date.2,
                s.date.0
            );
        }
        let cut = (s.blocks.len() / 2).max(1);
        let t = &spec.teasers[i % spec.teasers.len()];
        let _ = writeln!(
            main,
            "<div class=\"article-stack__item\" data-uri=\"cms.{host}/_components/article/instances/{id}@published\">\n\
             <div class=\"layout__top layout-with-rail__top\"><div class=\"headline headline--has-lowertext\" data-uri=\"cms.{host}/_components/headline/instances/{id}@published\">\
             <div class=\"headline__wrapper\"><span class=\"headline__text inline-placeholder\" data-editable=\"headlineText\">{title}</span></div>\
             <div class=\"headline__footer\"><div class=\"headline__sub-container\">{meta}</div></div></div></div>\n\
             <section class=\"layout__main layout-with-rail__main\"><div class=\"article__content-container\"><div class=\"article__content\" data-editable=\"content\" itemprop=\"articleBody\">\n\
             <div class=\"source inline-placeholder\"><cite class=\"source__cite\"><span class=\"source__text\">({})</span></cite> — </div>\n{}\
             <div class=\"related-content related-content--article\" data-uri=\"cms.{host}/_components/related-content/instances/{id}r@published\"><a class=\"related-content__link\" href=\"{}\"><span class=\"related-content__label\">Related article</span><span class=\"related-content__headline-text\">{}</span></a></div>\n\
             <div class=\"ad-slot-dynamic ad-slot-header__wrapper\" data-ad-slot=\"ad_mod_{i}\"><div class=\"ad-feedback-link\">Ad Feedback</div></div>\n{}</div></div>{}</section>\n</div>",
            esc(&spec.site),
            body(&s.blocks[..cut], &style),
            attr(&t.path),
            esc(&t.title),
            body(&s.blocks[cut..], &style),
            share_bar("social-share", s, m, false),
            host = spec.host,
        );
    }
    let page = format!(
        "{}{}<div class=\"layout__content-wrapper layout-with-rail__content-wrapper\"><section class=\"layout__wrapper layout-with-rail__wrapper\" data-tabcontent=\"Content\">\n{main}</section>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\" data-uri=\"cms.cnn.example/_pages/article@published\"",
        &head(spec, true, ""),
        " class=\"layout layout-with-rail\"",
        &page,
    )
}

/// (32) A photo gallery appended between text stories: every second story a lightbox
/// slideshow whose text sits in slide captions (`figcaption` or caption `<div>`s with a
/// counter and a credit) after a one-paragraph intro; the stories `div.stream__item`s
/// with `h1` headlines.
fn gallery_between(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let fig_tag = rng.chance(50);
    let chrome = Chrome::named("site-header", "site-nav", "rail", "site-footer", "consent");
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let gallery = i % 2 == 1;
        let content = if gallery {
            let n = s.blocks.len();
            let mut g = String::new();
            let mut slides = s.blocks.iter();
            if let Some(first) = slides.next() {
                let _ = write!(
                    g,
                    "<div class=\"gallery__intro\">{}</div>\n<div class=\"gallery\" data-gallery-id=\"{}\"><div class=\"gallery__slides\">\n",
                    body(std::slice::from_ref(first), &BodyStyle::plain("h2")),
                    post_id(spec, s, 8)
                );
            }
            for (k, block) in slides.enumerate() {
                let img = format!(
                    "<div class=\"gallery__image\"><img src=\"https://{}/img/gallery/{}-{}.jpg\" alt=\"\" loading=\"lazy\"></div>",
                    spec.host,
                    slug(&s.title),
                    k + 1
                );
                let caption = match block {
                    Block::Para(t) => format!("<p>{}</p>", esc(t)),
                    other => body(std::slice::from_ref(other), &BodyStyle::plain("h3")),
                };
                let credit = format!(
                    "<span class=\"gallery__counter\">{} / {}</span><span class=\"gallery__credit\">Photo: {}</span>",
                    k + 1,
                    n - 1,
                    AUTHORS[(k + i) % AUTHORS.len()]
                );
                if fig_tag {
                    let _ = writeln!(
                        g,
                        "<figure class=\"gallery__slide\" data-slide=\"{}\">{img}<figcaption class=\"gallery__caption\">{credit}{caption}</figcaption></figure>",
                        k + 1
                    );
                } else {
                    let _ = writeln!(
                        g,
                        "<div class=\"gallery__slide\" data-slide=\"{}\">{img}<div class=\"gallery__caption\">{credit}{caption}</div></div>",
                        k + 1
                    );
                }
            }
            g.push_str("</div><button class=\"gallery__prev\">Previous</button><button class=\"gallery__next\">Next</button></div>\n");
            g
        } else {
            format!(
                "<div class=\"story__body\">\n{}</div>\n",
                body(&s.blocks, &BodyStyle::plain("h2"))
            )
        };
        let _ = writeln!(
            stream,
            "<div class=\"stream__item{}\" data-index=\"{i}\"><div class=\"story__header\">{}<div class=\"story__meta\">{}</div></div>\n{content}{}</div>",
            if gallery { " stream__item--gallery" } else { "" },
            headline("h1", &class_attr(if gallery { "gallery__title" } else { "story__title" }), s, m),
            meta_line("span", "story", s, m),
            share_bar("story__share", s, m, false),
        );
        stream.push_str(&ad_slot(spec, i));
    }
    let page = format!(
        "{}{}<div class=\"page\"><main class=\"stream\">\n{stream}</main>{}</div>{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (33) A right-to-left (Arabic) news site: `dir=rtl`/`lang=ar`, Arabic chrome, date
/// and byline labels, the stories `div.articleCont[data-url]` with `h1` headlines, a
/// duplicated `id="articleBody"`, an inline "read also" link paragraph in the body and
/// a keywords row after it.
fn rtl_arabic(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let data_url = rng.chance(50);
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let (y, mo, d) = s.date;
        let mut meta = String::new();
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<span class=\"newsStory\"><time datetime=\"{}\">{d} {} {y} 08:30 ص</time></span>",
                    s.date_iso(),
                    AR_MONTHS[mo - 1]
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<span class=\"newsStory\">{d} {} {y} 08:30 ص</span>",
                    AR_MONTHS[mo - 1]
                );
            }
            DateMark::None => {}
        }
        if m.byline {
            let _ = write!(meta, "<span class=\"writeBy\">كتب {}</span>", s.author);
        }
        let cut = (s.blocks.len() / 2).max(1);
        let t = &spec.teasers[i % spec.teasers.len()];
        let (u, tt) = (enc(&s.url), enc(&s.title));
        let share = if m.share || !m.headline_link {
            format!(
                "<div class=\"shareIcons\"><span>شارك</span><a href=\"https://www.facebook.com/sharer.php?u={u}\">فيسبوك</a><a href=\"https://twitter.com/intent/tweet?url={u}&amp;text={tt}\">تويتر</a><a href=\"https://api.whatsapp.com/send?text={u}\">واتساب</a></div>"
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            main,
            "<div class=\"articleCont\"{}>\n<div class=\"articleHeader\"><div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> › <a href=\"/{}\">{}</a></div>{}<div class=\"articleMeta\">{meta}</div></div>\n\
             <div id=\"articleBody\" class=\"articleBody\">\n{}<p class=\"readAlso\"><strong>اقرأ أيضا:</strong> <a href=\"{}\">{}</a></p>\n{}</div>\n\
             <div class=\"tags\"><span>الكلمات المتعلقة</span><a href=\"/tags/{}\">{}</a></div>{share}\n</div>\n\
             <div class=\"adsCont\" id=\"ad-{i}\"><span>إعلان</span></div>",
            if data_url { format!(" data-url=\"{}\" data-id=\"{}\"", attr(&s.url), post_id(spec, s, 7)) } else { String::new() },
            s.path.split('/').nth(1).unwrap_or("news"),
            AR_SECTIONS[i % AR_SECTIONS.len()],
            headline("h1", "", s, m),
            body(&s.blocks[..cut], &BodyStyle::plain("h2")),
            attr(&t.path),
            esc(&t.title),
            body(&s.blocks[cut..], &BodyStyle::plain("h2")),
            i + 1,
            AR_SECTIONS[(i + 3) % AR_SECTIONS.len()],
        );
    }
    let mut nav = String::from("<ul class=\"mainMenu\"><li><a href=\"/\">الرئيسية</a></li>");
    for (k, sec) in AR_SECTIONS.iter().enumerate() {
        let _ = write!(nav, "<li><a href=\"/{}/\">{sec}</a></li>", SECTIONS[k]);
    }
    nav.push_str("</ul>");
    let mut side = String::from("<div class=\"mostRead\"><h3>الأكثر قراءة</h3><ol>");
    for t in &spec.teasers {
        let _ = write!(
            side,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    side.push_str("</ol></div>");
    let page = format!(
        "<div class=\"cookieBar\">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>\n\
         <header class=\"siteHeader\"><a class=\"logo\" href=\"/\">{}</a><nav>{nav}</nav><form action=\"/search\"><input type=\"search\" placeholder=\"بحث\"></form></header>\n\
         <div class=\"container\"><div class=\"row\"><div class=\"col-md-8 mainCol\">\n<div id=\"infiniteArticles\">\n{main}</div></div>\n<div class=\"col-md-4 sideCol\">{side}</div></div></div>\n\
         <footer class=\"siteFooter\"><ul><li><a href=\"/about\">من نحن</a></li><li><a href=\"/contact\">اتصل بنا</a></li><li><a href=\"/privacy\">سياسة الخصوصية</a></li></ul><p>جميع الحقوق محفوظة © 2024</p></footer>\n",
        esc(&spec.site)
    );
    document(
        " dir=\"rtl\" lang=\"ar\"",
        &head(spec, true, ""),
        " dir=\"rtl\"",
        &page,
    )
}

/// Reader comments as a blog's commenters write them: a few sentences each.
const LONG_COMMENTS: [&str; 6] = [
    "I have been following this for a while and this is the clearest explanation I have seen so far. The part about the costs surprised me, though, and I would like to see the numbers behind it.",
    "My brother works in this field and he says much the same thing. Nobody outside seems to understand how slowly these changes actually happen on the ground.",
    "Interesting piece, but it leaves out the people who will pay for all of this in the end. Ask anyone in a small town what they think and you get a very different answer.",
    "Bookmarked. We discussed exactly this at our meeting last week and half the room had never heard of it. I will send them the link tonight.",
    "Respectfully, the second half reads like a press release. Where are the critics? A story like this needs at least one voice that disagrees.",
    "Thank you for covering this. Local outlets stopped reporting on it years ago and it is good to see someone still asking questions.",
];

/// How old a rail card's story is.
const AGES: [&str; 4] = ["2h ago", "5h ago", "Yesterday", "3 days ago"];

/// (34) Drupal 7 views with infinite scroll: a page `h1#page-title` naming the section,
/// every story a `div.views-row` holding a `div.node.node-article` with an RDF `about`
/// path and `typeof`, an `h2.node-title`, a "Submitted by … on …" line, the body in
/// nested `field … field-label-hidden` / `field-items` / `field-item even` wrappers, a
/// tags field and a `ul.links.inline` ("Add new comment") after it, the rows in a
/// `views-infinite-scroll-content-wrapper` followed by a "Load more" pager.
fn drupal_views(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome {
        semantic: false,
        header: "region region-header".into(),
        nav: "region region-navigation".into(),
        sidebar: "region region-sidebar-second column sidebar".into(),
        footer: "region region-footer".into(),
        cookie: "eu-cookie-compliance-banner eu-cookie-compliance-banner-info".into(),
    };
    let section = spec.first().path.split('/').nth(1).unwrap_or("news");
    let mut rows = String::new();
    let n = spec.stories.len();
    for (i, s) in spec.stories.iter().enumerate() {
        let nid = 20_000 + hash(&[&s.url]) % 50_000;
        let mut submitted = String::new();
        if m.byline || m.date != DateMark::None {
            submitted.push_str(
                "<div class=\"submitted\"><span property=\"dc:date dc:created\" content=\"",
            );
            submitted.push_str(&s.date_iso());
            submitted.push_str("\" datatype=\"xsd:dateTime\">Submitted ");
            if m.byline {
                let _ = write!(
                    submitted,
                    "by <span class=\"username\" xml:lang=\"\" typeof=\"sioc:UserAccount\" property=\"foaf:name\">{}</span> ",
                    s.author
                );
            }
            if m.date != DateMark::None {
                let _ = write!(submitted, "on {}", s.date_text());
            }
            submitted.push_str("</span></div>");
        }
        let parity = if i % 2 == 0 { "odd" } else { "even" };
        let edge = match i {
            0 => " views-row-first",
            _ if i + 1 == n => " views-row-last",
            _ => "",
        };
        let _ = writeln!(
            rows,
            "<div class=\"views-row views-row-{} views-row-{parity}{edge}\">\n\
             <div id=\"node-{nid}\" class=\"node node-article node-promoted view-mode-full clearfix\" about=\"{}\" typeof=\"sioc:Item foaf:Document\">\n\
             {}<span property=\"dc:title\" content=\"{}\" class=\"rdf-meta element-hidden\"></span>\n{submitted}\n\
             <div class=\"content\"><div class=\"field field-name-body field-type-text-with-summary field-label-hidden\"><div class=\"field-items\"><div class=\"field-item even\" property=\"content:encoded\">\n{}</div></div></div>\n\
             <div class=\"field field-name-field-tags field-type-taxonomy-term-reference field-label-above\"><div class=\"field-label\">Tags:&nbsp;</div><div class=\"field-items\"><div class=\"field-item even\" rel=\"dc:subject\"><a href=\"/tags/{section}\" typeof=\"skos:Concept\" property=\"rdfs:label skos:prefLabel\">{}</a></div></div></div></div>\n\
             {}<ul class=\"links inline\"><li class=\"comment-add first last\"><a href=\"/comment/reply/{nid}#comment-form\" title=\"Share your thoughts and opinions related to this posting.\">Add new comment</a></li></ul>\n\
             </div>\n</div>",
            i + 1,
            attr(&s.path),
            headline("h2", " class=\"node-title\"", s, m),
            attr(&s.title),
            body(&s.blocks, &BodyStyle::plain("h3")),
            capitalize(section),
            share_bar("service-links", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"page-wrapper\"><div id=\"page\">\n<div id=\"header\"><div class=\"section clearfix\">{}</div></div>\n{}\
         <div id=\"main-wrapper\" class=\"clearfix\"><div id=\"main\" class=\"clearfix\">\n\
         <div id=\"content\" class=\"column\"><div class=\"section\"><a id=\"main-content\"></a>\
         <h1 class=\"title\" id=\"page-title\">{}</h1>\n\
         <div class=\"region region-content\"><div id=\"block-system-main\" class=\"block block-system\"><div class=\"content\">\
         <div class=\"view view-frontpage view-id-frontpage view-display-id-page\"><div class=\"view-content views-infinite-scroll-content-wrapper clearfix\">\n{rows}</div>\n\
         <ul class=\"pager pager-load-more\"><li class=\"pager-next first last\"><a href=\"/{section}?page=1\">Load more</a></li></ul></div>\
         </div></div></div></div></div>\n<div id=\"sidebar-second\" class=\"column sidebar\"><div class=\"section\">{}</div></div>\n</div></div>\n\
         <div id=\"footer\"><div class=\"section\">{}</div></div></div></div>\n",
        chrome.header(spec),
        chrome.cookie(),
        capitalize(section),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" version=\"XHTML+RDFa 1.0\" dir=\"ltr\"",
        &head(spec, false, ""),
        " class=\"html not-front not-logged-in one-sidebar sidebar-second page-taxonomy\"",
        &page,
    )
}

/// (35) Web components (Brightspot-like): the stream a `<bsp-infinite-scroll>`, every
/// story a `<bsp-article-page>` custom element with `data-url`; the headline a
/// `div[role=heading][aria-level=1]` (no heading tag) with a dek `div` beside it, the
/// byline in a `<bsp-author-list>`, the body a `div.RichTextStoryBody` of `<p>`s with a
/// `<bsp-ad>` inside it; between stories a "More from" `<bsp-list-promo>` of promo cards
/// (title link and description `<div>`s).
fn custom_elements(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named(
        "Page-header",
        "Page-header-navigation",
        "Page-aside",
        "Page-footer",
        "onetrust-consent-sdk",
    );
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let title = if m.headline_link {
            format!(
                "<a class=\"Link\" href=\"{}\">{}</a>",
                attr(&s.url),
                esc(&s.title)
            )
        } else {
            esc(&s.title)
        };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<bsp-author-list class=\"Page-authors\"><span class=\"Page-authors-by\">By</span> <a class=\"Link\" href=\"/author/{}\">{}</a></bsp-author-list>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<div class=\"Page-dateModified\"><bsp-timestamp data-timestamp=\"{}\"><span data-date>{}</span></bsp-timestamp></div>",
                    hash(&[&s.url]) % 1_000_000_000 + 1_600_000_000_000,
                    date_wire(s)
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<div class=\"Page-dateModified\">Updated {}</div>",
                    date_wire(s)
                );
            }
            DateMark::None => {}
        }
        let cut = (s.blocks.len() / 3).max(1);
        let style = BodyStyle::plain("h2");
        let _ = writeln!(
            stream,
            "<bsp-article-page class=\"Page-content\" data-url=\"{}\" data-gtm-topic=\"{}\">\n\
             <div class=\"Page-lead\"><div class=\"Page-headline\" role=\"heading\" aria-level=\"1\">{title}</div>\
             <div class=\"Page-subHeadline\">{}</div><div class=\"Page-byline\">{meta}</div></div>\n\
             <div class=\"Page-storyBody\"><bsp-story-body><div class=\"RichTextStoryBody RichTextBody\">\n{}\
             <bsp-ad class=\"Advertisement\" data-slot=\"story_inline_{i}\"><div class=\"Advertisement-label\">Advertisement</div></bsp-ad>\n{}</div></bsp-story-body></div>\n{}\
             </bsp-article-page>",
            attr(&s.url),
            s.path.split('/').nth(1).unwrap_or("news"),
            esc(&lede(s, TEASER_WORDS)),
            body(&s.blocks[..cut], &style),
            body(&s.blocks[cut..], &style),
            share_bar("Page-actions", s, m, false),
        );
        let mut promos = String::new();
        for k in 0..3 {
            let t = &spec.teasers[(i * 3 + k) % spec.teasers.len()];
            let _ = write!(
                promos,
                "<div class=\"PageList-items-item\"><div class=\"PagePromo\"><div class=\"PagePromo-media\"><a class=\"Link\" href=\"{0}\"><img src=\"/img{0}.jpg\" alt=\"\"></a></div>\
                 <div class=\"PagePromo-content\"><div class=\"PagePromo-title\"><a class=\"Link\" href=\"{0}\"><span class=\"PagePromoContentIcons-text\">{1}</span></a></div>\
                 <div class=\"PagePromo-description\">{2}</div></div></div></div>",
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt)
            );
        }
        let _ = writeln!(
            stream,
            "<bsp-list-promo class=\"PageList\"><div class=\"PageList-header\"><div class=\"PageList-header-title\">More from {}</div></div><div class=\"PageList-items\">{promos}</div></bsp-list-promo>",
            esc(&spec.site)
        );
    }
    let page = format!(
        "{}{}<main class=\"Page-main\"><div class=\"Page-two-column\"><div class=\"Page-two-column-main\"><bsp-infinite-scroll data-infinite-scroll-url=\"/api/next\">\n{stream}</bsp-infinite-scroll></div>{}</div></main>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"ArticlePage\" data-content-type=\"article\"",
        &page,
    )
}

/// (36) A pre-CSS table layout (a small paper's old template): an outer `<table>` with a
/// navigation cell of links and a content cell; the headline a `<font size="5"><b>` (no
/// heading tag), the byline `<i>`, the body `<p>`s inside a `<font face>`, a "Print this
/// story | E-mail this story" row; either every story a nested `<table>` or all stories
/// rows of one table (headline, byline, body rows), stories separated by a spacer-image
/// row with an `<hr>`.
fn table_layout(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let nested = rng.chance(50);
    let mut content = String::new();
    if !nested {
        content
            .push_str("<table width=\"100%\" border=\"0\" cellpadding=\"4\" cellspacing=\"0\">\n");
    }
    for (i, s) in spec.stories.iter().enumerate() {
        let title = if m.headline_link {
            format!("<a href=\"{}\">{}</a>", attr(&s.path), esc(&s.title))
        } else {
            esc(&s.title)
        };
        let mut byline = String::new();
        if m.byline {
            let _ = write!(byline, "<i>By {}, Staff Writer</i>", s.author);
        }
        if m.date != DateMark::None {
            if !byline.is_empty() {
                byline.push_str("<br>");
            }
            let _ = write!(
                byline,
                "<font size=\"1\" color=\"#666666\">{}</font>",
                s.date_text()
            );
        }
        let (u, t) = (enc(&s.url), enc(&s.title));
        let tools = if m.share || !m.headline_link {
            format!(
                "<a href=\"/cgi-bin/print.pl?story={u}\">Print this story</a> | <a href=\"/cgi-bin/mail.pl?url={u}&amp;title={t}\">E-mail this story</a>"
            )
        } else {
            "<a href=\"javascript:window.print()\">Print this story</a>".to_owned()
        };
        let rows = format!(
            "<tr><td><font face=\"Georgia, Times New Roman\" size=\"5\" color=\"#003366\"><b>{title}</b></font></td></tr>\n\
             <tr><td><font face=\"Arial, Helvetica\" size=\"2\">{byline}</font></td></tr>\n\
             <tr><td><font face=\"Arial, Helvetica\" size=\"2\">\n{}</font></td></tr>\n\
             <tr><td align=\"right\"><font face=\"Arial, Helvetica\" size=\"1\">{tools}</font></td></tr>\n",
            body(&s.blocks, &BodyStyle::plain("h4"))
        );
        let sep = "<tr><td><img src=\"/images/spacer.gif\" width=\"1\" height=\"10\" alt=\"\"><hr noshade size=\"1\"></td></tr>\n";
        if nested {
            let _ = writeln!(
                content,
                "<table width=\"100%\" border=\"0\" cellpadding=\"4\" cellspacing=\"0\" bgcolor=\"#ffffff\">\n{rows}</table>\n\
                 <img src=\"/images/spacer.gif\" width=\"1\" height=\"10\" alt=\"\"><hr noshade size=\"1\">"
            );
        } else {
            content.push_str(&rows);
            if i + 1 < spec.stories.len() {
                content.push_str(sep);
            }
        }
    }
    if !nested {
        content.push_str("</table>\n");
    }
    let mut nav = String::new();
    for section in SECTIONS {
        let _ = writeln!(
            nav,
            "<a href=\"/{section}/\"><font face=\"Arial\" size=\"2\" color=\"#ffffff\">{}</font></a><br>",
            capitalize(section)
        );
    }
    let mut more = String::new();
    for t in &spec.teasers {
        let _ = writeln!(
            more,
            "<a href=\"{}\"><font size=\"1\">{}</font></a><br><br>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    let page = format!(
        "<table width=\"760\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\">\n\
         <tr><td colspan=\"3\" bgcolor=\"#003366\"><a href=\"/\"><font face=\"Georgia\" size=\"6\" color=\"#ffffff\"><b>{site}</b></font></a></td></tr>\n\
         <tr><td width=\"140\" valign=\"top\" bgcolor=\"#336699\">{nav}<br><form action=\"/search\"><input type=\"text\" name=\"q\" size=\"12\"><input type=\"submit\" value=\"Go\"></form></td>\n\
         <td width=\"470\" valign=\"top\">\n{content}</td>\n\
         <td width=\"150\" valign=\"top\" bgcolor=\"#eeeeee\"><font face=\"Arial\" size=\"2\"><b>More headlines</b></font><br>{more}</td></tr>\n\
         <tr><td colspan=\"3\" align=\"center\"><font size=\"1\">Copyright © 2024 {site}. All rights reserved. <a href=\"/privacy\">Privacy</a> | <a href=\"/contact\">Contact us</a></font></td></tr>\n</table>\n",
        site = esc(&spec.site)
    );
    document(
        "",
        &head(spec, false, ""),
        " bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\"",
        &page,
    )
}

/// (37) HTML-spec nested articles: every story an `<article>` with an `<h2>` headline in
/// its `<header>`, and inside it a comments `<section>` whose comments are `<article>`s
/// of their own (a `<header>` with the commenter and a `#comment-N` permalink on the
/// time, a few sentences of text, a reply link).
fn comment_articles(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let chrome = Chrome::named(
        "masthead",
        "primary-nav",
        "secondary",
        "colophon",
        "cookie-law-info-bar",
    );
    let mut main = String::new();
    let mut cid = 4000 + rng.below(5000);
    for (i, s) in spec.stories.iter().enumerate() {
        let count = 2 + rng.below(3);
        let mut comments = String::new();
        for k in 0..count {
            cid += 1 + rng.below(40);
            let text = LONG_COMMENTS[(i * 2 + k) % LONG_COMMENTS.len()];
            let who = AUTHORS[(i + k + 3) % AUTHORS.len()]
                .split(' ')
                .next()
                .unwrap_or("Reader");
            let _ = writeln!(
                comments,
                "<article class=\"comment\" id=\"comment-{cid}\"><header class=\"comment-meta\"><img class=\"avatar\" src=\"/avatar/{cid}.png\" alt=\"\" width=\"40\" height=\"40\">\
                 <b class=\"fn\">{who}</b> <a href=\"{}#comment-{cid}\"><time datetime=\"{}\">{} at 9:{:02} am</time></a></header>\
                 <p>{text}</p><a class=\"comment-reply-link\" href=\"?replytocom={cid}#respond\">Reply</a></article>",
                attr(&s.path),
                s.date_iso(),
                s.date_text(),
                10 + k * 7
            );
        }
        let _ = writeln!(
            main,
            "<article id=\"post-{}\" class=\"post\">\n<header>{}<p class=\"post-meta\">{}</p></header>\n\
             <div class=\"post-content\">\n{}</div>\n{}\
             <section class=\"comments\" id=\"comments-{i}\"><h3>{count} responses to “{}”</h3>\n{comments}\
             <form class=\"comment-form\" action=\"/wp-comments-post.php\"><textarea name=\"comment\" placeholder=\"Leave a reply\"></textarea><button>Post comment</button></form></section>\n</article>",
            300 + hash(&[&s.url]) % 9000,
            headline("h2", " class=\"post-title\"", s, m),
            meta_line("span", "post", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
            esc(&s.title),
        );
    }
    let page = format!(
        "{}{}<div class=\"wrap\"><main>\n{main}</main>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (38) Appended stories collapsed (Independent/Express-like): every story a
/// `div.article-wrapper` with an `h1`; story 1's body open, every appended story's body a
/// `div.article-body.is-truncated` (inline `max-height`, a fade `div`) followed by a
/// "Continue reading" link that is its only permalink (its headline unlinked, share links
/// as the marks say); a loading placeholder for the next story after the last.
fn collapsed_continue(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar-right",
        "site-footer",
        "sp_message_container",
    );
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let marks = if i == 0 {
            m
        } else {
            Marks {
                headline_link: false,
                ..m
            }
        };
        let (open, more) = if i == 0 {
            ("<div class=\"article-body\">".to_owned(), String::new())
        } else {
            (
                "<div class=\"article-body is-truncated\" style=\"max-height:420px;overflow:hidden\" aria-expanded=\"false\">".to_owned(),
                format!(
                    "<div class=\"article-fade\"></div><a class=\"continue-reading button\" href=\"{}\" data-action=\"expand\">Continue reading<span class=\"visually-hidden\"> this article</span></a>\n",
                    attr(&s.path)
                ),
            )
        };
        let _ = writeln!(
            main,
            "<div class=\"article-wrapper\" data-article-index=\"{i}\">\n<div class=\"article-header\"><span class=\"kicker\">{}</span>{}<div class=\"article-meta\">{}</div></div>\n\
             {open}\n{}</div>\n{more}{}</div>",
            capitalize(s.path.split('/').nth(1).unwrap_or("news")),
            headline("h1", " class=\"headline\"", s, marks),
            meta_line("span", "article-meta", s, marks),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("article-share", s, marks, false),
        );
        main.push_str(&ad_slot(spec, i));
    }
    main.push_str("<div class=\"next-article-placeholder\" aria-busy=\"true\"><span class=\"spinner\"></span>Loading next article…</div>\n");
    let page = format!(
        "{}{}<div class=\"page-content\"><div class=\"infinite-articles\" data-next-url=\"/api/next-article\">\n{main}</div>{}</div>{}",
        chrome.cookie(),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en-GB\"",
        &head(spec, true, ""),
        " class=\"article-page\"",
        &page,
    )
}

/// (39) Feature stories with the headline over the lead image: every story a
/// `div.content--feature` whose header is a `<figure class="hero">` with the kicker,
/// `h1`, dek and byline in its `<figcaption>` (the image credit beside them), then the
/// body; between stories a Guardian-like "Related" onward rail (an `<aside>` of four
/// cards: an `h3` link, trail text, an age) as a sibling.
fn hero_overlay(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named("header", "pillars", "right-column", "footer", "cmp-banner");
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            main,
            "<div class=\"content content--feature\" data-link-name=\"story-{i}\">\n\
             <figure class=\"hero\"><img class=\"hero__image\" src=\"https://{}/img/{}-hero.jpg\" alt=\"\">\
             <figcaption class=\"hero__caption\"><a class=\"hero__kicker\" href=\"/{}/\">{}</a>{}<p class=\"hero__standfirst\">{}</p><div class=\"hero__meta\">{}</div>\
             <span class=\"hero__credit\">Photograph: {} for {}</span></figcaption></figure>\n\
             <div class=\"content__main\"><div class=\"content__article-body\" itemprop=\"articleBody\">\n{}</div>{}</div>\n</div>",
            spec.host,
            slug(&s.title),
            s.path.split('/').nth(1).unwrap_or("news"),
            capitalize(s.path.split('/').nth(1).unwrap_or("news")),
            headline("h1", " class=\"hero__headline\"", s, m),
            esc(&lede(s, TEASER_WORDS)),
            meta_line("span", "hero", s, m),
            AUTHORS[(i + 5) % AUTHORS.len()],
            esc(&spec.site),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("social", s, m, false),
        );
        if i + 1 < spec.stories.len() {
            let mut cards = String::new();
            for k in 0..4 {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                let _ = write!(
                    cards,
                    "<li class=\"fc-item\"><div class=\"fc-item__container\"><h3 class=\"fc-item__title\"><a class=\"fc-item__link\" href=\"{}\">{}</a></h3>\
                     <div class=\"fc-item__standfirst\">{}</div><time class=\"fc-item__timestamp\">{}</time></div></li>",
                    attr(&t.path),
                    esc(&t.title),
                    esc(&t.excerpt),
                    AGES[(i + k) % AGES.len()]
                );
            }
            let _ = writeln!(
                main,
                "<aside class=\"onward\" data-component=\"related-content\"><h2 class=\"onward__title\">Related</h2><ul class=\"fc-slice\">{cards}</ul></aside>"
            );
        }
    }
    let page = format!(
        "{}{}<main id=\"maincontent\"><div class=\"stories\">\n{main}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (40) Metered stories: every story a `div.article.piano-paywall` whose body's second
/// half sits in a `div.paywall-content.subscriber-only` after an inline "Subscribe to
/// keep reading" prompt (heading, offer text, buttons), and after the body an
/// Outbrain-like "Recommended for you" grid (`div.OUTBRAIN` of sponsored cards with
/// source names); `h1` headlines in `div.article__header`.
fn paywall_classes(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named("masthead", "navbar", "rail", "site-footer", "tp-modal");
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let cut = (s.blocks.len() / 2).max(1);
        let style = BodyStyle::plain("h2");
        let mut cards = String::new();
        for k in 0..4 {
            let t = &spec.teasers[(i * 2 + k) % spec.teasers.len()];
            let _ = write!(
                cards,
                "<div class=\"ob-dynamic-rec-container\"><a class=\"ob-dynamic-rec-link\" href=\"https://paid.outbrain.example/network/redir?p={}\" rel=\"nofollow\"><img src=\"/ob/{k}.jpg\" alt=\"\"><span class=\"ob-rec-text\">{}</span><span class=\"ob-rec-source\">{}</span></a></div>",
                enc(&t.path),
                esc(&t.title),
                ["Sponsored | HealthDaily", "Sponsored | FinanceTips", "TravelNow", "Sponsored | Gadgets Weekly"][k],
            );
        }
        let _ = writeln!(
            main,
            "<div class=\"article piano-paywall\" id=\"article-{}\" data-content-tier=\"metered\">\n\
             <div class=\"article__header\">{}<div class=\"article__meta\">{}</div></div>\n\
             <div class=\"article__body\">\n{}\
             <div class=\"paywall-prompt tp-container-inner\"><h3>Subscribe to keep reading</h3><p>Get unlimited digital access for $1 a week. Cancel anytime.</p>\
             <button class=\"subscribe\">Subscribe now</button> <a href=\"/login\">Already a subscriber? Log in</a></div>\n\
             <div class=\"paywall-content subscriber-only\">\n{}</div>\n</div>\n{}\
             <div class=\"OUTBRAIN\" data-widget-id=\"AR_{}\"><div class=\"ob-widget-header\">Recommended for you</div><div class=\"ob-widget-items-container\">{cards}</div></div>\n</div>",
            post_id(spec, s, 8),
            headline("h1", " class=\"article__headline\"", s, m),
            meta_line("span", "article", s, m),
            body(&s.blocks[..cut], &style),
            body(&s.blocks[cut..], &style),
            share_bar("article__share", s, m, false),
            i + 1,
        );
    }
    let page = format!(
        "{}{}<div class=\"layout\"><div class=\"layout__main\" id=\"infinite-container\">\n{main}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec)
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"single article-template\"",
        &page,
    )
}

/// (41) An IndieWeb blog (microformats2): the stream a `div.h-feed`, every post a
/// `div.h-entry` with its title an unlinked `h2.p-name`, the permalink only on the
/// published time (`a.u-url` around `time.dt-published`, or the share links), an
/// `h-card` author with avatar, the text in `div.e-content`, syndication links ("Also
/// on") and a webmention block (likes facepile, replies with their text) after it.
fn h_entry(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let author = if m.byline {
            format!(
                "<a class=\"p-author h-card\" href=\"/about\"><img class=\"u-photo\" src=\"/me.jpg\" alt=\"\" width=\"32\">{}</a>",
                s.author
            )
        } else {
            String::new()
        };
        let date_text = if m.date == DateMark::None {
            "Permalink".to_owned()
        } else {
            s.date_text()
        };
        let mut facepile = String::new();
        for k in 0..5 {
            let _ = write!(facepile, "<a class=\"u-like h-cite\" href=\"https://social.example/@user{}\"><img src=\"/wm/{k}.jpg\" alt=\"\"></a>", i * 5 + k);
        }
        let reply = LONG_COMMENTS[(i + 2) % LONG_COMMENTS.len()];
        let _ = writeln!(
            feed,
            "<div class=\"h-entry post\">\n<h2 class=\"p-name\">{}</h2>\n\
             <div class=\"post-meta\">{author} <a class=\"u-url\" href=\"{}\"><time class=\"dt-published\" datetime=\"{}\">{date_text}</time></a></div>\n\
             <div class=\"e-content\">\n{}</div>\n\
             <div class=\"syndication\">Also on: <a class=\"u-syndication\" href=\"https://social.example/@me/{}\">Mastodon</a> <a class=\"u-syndication\" href=\"https://bsky.example/post/{}\">Bluesky</a></div>{}\n\
             <div class=\"webmentions\"><h3>{} likes</h3><div class=\"facepile\">{facepile}</div><h3>1 reply</h3>\
             <div class=\"u-comment h-cite\"><a class=\"p-author h-card\" href=\"https://social.example/@reader{i}\">reader{i}</a> <p class=\"p-content\">{reply}</p></div></div>\n</div>\n<hr class=\"post-separator\">",
            esc(&s.title),
            attr(&s.url),
            s.date_iso(),
            body(&s.blocks, &BodyStyle::plain("h3")),
            hash(&[&s.url, "m"]) % 1_000_000_000,
            hash(&[&s.url, "b"]) % 1_000_000_000,
            share_bar("share", s, m, false),
            5 + i * 3,
        );
    }
    let page = format!(
        "<header class=\"site\"><a class=\"h-card\" href=\"/\" rel=\"me\">{}</a><nav><a href=\"/\">Posts</a> <a href=\"/notes\">Notes</a> <a href=\"/about\">About</a> <a href=\"/feed.xml\">RSS</a></nav></header>\n\
         <div class=\"h-feed\">\n{feed}</div>\n<nav class=\"pagination\"><a rel=\"next\" href=\"/page/2\">Older posts</a></nav>\n\
         <footer class=\"site\"><p>Written by {}. Powered by a static site generator. <a href=\"/webmention\">Send a webmention</a></p></footer>\n",
        esc(&spec.site),
        esc(&spec.site)
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            false,
            "<link rel=\"webmention\" href=\"https://webmention.example/endpoint\">\n",
        ),
        "",
        &page,
    )
}

// ------------------------------------------------- layouts of the fourth probe

/// Forum user names (Discourse-like topics).
const FORUM_USERS: [&str; 6] = [
    "mkline",
    "orchard_keeper",
    "t.bauer",
    "nightowl42",
    "janedoe",
    "quietreader",
];

/// (42) WordPress block theme (full-site editing): story 1 laid out by the single
/// template (`h1.wp-block-post-title`, post date and author blocks, the content in
/// `div.wp-block-post-content`, terms, previous/next links, a comments block whose
/// comments are `<li>`s of an `ol.wp-block-comment-template`), then a "Keep reading"
/// query loop whose `ul.wp-block-post-template` holds every appended story whole as an
/// `li.wp-block-post` with a linked or unlinked `h2.wp-block-post-title`; all in
/// `is-layout-*` groups.
fn wp_block_theme(spec: &Spec) -> String {
    let m = spec.marks;
    let section_of = |s: &Story| s.path.split('/').nth(1).unwrap_or("news").to_owned();
    let post = |s: &Story, tag: &str| -> String {
        let title = if m.headline_link {
            format!(
                "<{tag} class=\"wp-block-post-title has-x-large-font-size\"><a href=\"{}\" target=\"_self\">{}</a></{tag}>",
                attr(&s.url),
                esc(&s.title)
            )
        } else {
            format!(
                "<{tag} class=\"wp-block-post-title has-x-large-font-size\">{}</{tag}>",
                esc(&s.title)
            )
        };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<div class=\"wp-block-post-author\"><div class=\"wp-block-post-author__content\"><p class=\"wp-block-post-author__byline\">Written by</p><p class=\"wp-block-post-author__name\">{}</p></div></div>",
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<div class=\"wp-block-post-date\"><time datetime=\"{}\">{}</time></div>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<div class=\"wp-block-post-date\">{}</div>",
                    s.date_text()
                );
            }
            DateMark::None => {}
        }
        let section = section_of(s);
        format!(
            "<div class=\"wp-block-group is-layout-flow wp-block-group-is-layout-flow\">{title}\n\
             <div class=\"wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex\">{meta}</div></div>\n\
             <figure class=\"wp-block-post-featured-image\"><img src=\"https://{}/wp-content/uploads/{}/{:02}/{}.jpg\" alt=\"\" style=\"object-fit:cover;\"></figure>\n\
             <div class=\"entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained\">\n{}</div>\n\
             <div class=\"taxonomy-category wp-block-post-terms\"><a href=\"/category/{section}/\" rel=\"tag\">{}</a></div>\n{}",
            spec.host,
            s.date.0,
            s.date.1,
            slug(&s.title),
            body(&s.blocks, &BodyStyle::plain("h2")).replace("<h2>", "<h2 class=\"wp-block-heading\">"),
            capitalize(&section),
            share_bar("sharedaddy sd-sharing-enabled", s, m, false),
        )
    };
    let first = spec.first();
    let mut comments = String::new();
    for k in 0..2 {
        let who = AUTHORS[(k + 4) % AUTHORS.len()];
        let _ = write!(
            comments,
            "<li id=\"comment-{}\" class=\"comment even thread-even depth-1\"><div class=\"wp-block-group is-layout-flex\">\
             <div class=\"wp-block-avatar\"><img alt=\"{who}\" src=\"/avatar/{k}.png\" class=\"avatar avatar-40\" height=\"40\" width=\"40\"></div>\
             <div class=\"wp-block-group is-layout-flow\"><div class=\"wp-block-comment-author-name\">{who}</div>\
             <div class=\"wp-block-comment-date\"><time datetime=\"{}\"><a href=\"{}#comment-{}\">{}</a></time></div>\
             <div class=\"wp-block-comment-content\"><p>{}</p></div>\
             <div class=\"wp-block-comment-reply-link\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></div></div></li>",
            80 + k,
            first.date_iso(),
            attr(&first.path),
            80 + k,
            first.date_text(),
            READER_COMMENTS[k],
        );
    }
    let mut loop_items = String::new();
    for s in &spec.stories[1..] {
        let _ = writeln!(
            loop_items,
            "<li class=\"wp-block-post post-{} post type-post status-publish format-standard has-post-thumbnail hentry category-{}\">\n{}</li>",
            100 + hash(&[&s.url]) % 9000,
            section_of(s),
            post(s, "h2"),
        );
    }
    let single = format!(
        "<div class=\"wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained\">\n{}\
         <nav class=\"wp-block-group is-content-justification-space-between is-layout-flex\" aria-label=\"Posts\">\
         <div class=\"post-navigation-link-previous wp-block-post-navigation-link\"><a href=\"/{}/\" rel=\"prev\">Previous: {}</a></div></nav>\n\
         <div class=\"wp-block-comments\"><h2 class=\"wp-block-comments-title\">2 responses to “{}”</h2>\
         <ol class=\"wp-block-comment-template\">{comments}</ol></div></div>\n",
        post(first, "h1"),
        slug(&spec.teasers[0].title),
        esc(&spec.teasers[0].title),
        esc(&first.title),
    );
    let page = format!(
        "<div class=\"wp-site-blocks\">\n<header class=\"wp-block-template-part\">{}</header>\n{}\
         <main class=\"wp-block-group is-layout-flow wp-block-group-is-layout-flow\" style=\"margin-top:var(--wp--preset--spacing--50)\">\n{single}\
         <div class=\"wp-block-query is-layout-flow wp-block-query-is-layout-flow\"><h2 class=\"wp-block-heading has-medium-font-size\">Keep reading</h2>\n\
         <ul class=\"wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow\">\n{loop_items}</ul>\n\
         <nav class=\"wp-block-query-pagination is-layout-flex\" aria-label=\"Pagination\"><a href=\"?query-1-page=2\" class=\"wp-block-query-pagination-next\">Next Page</a></nav></div>\n\
         </main>\n<footer class=\"wp-block-template-part\">{}</footer></div>\n",
        Chrome::named("site-header", "wp-block-navigation", "sidebar", "site-footer", "cookie").header(spec),
        Chrome::named("", "", "", "", "cky-consent-container").cookie(),
        Chrome::named("", "", "", "footer-inner", "").footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, true, "<link rel=\"stylesheet\" id=\"wp-block-library-css\" href=\"/wp-includes/css/dist/block-library/style.min.css\">\n"),
        " class=\"post-template-default single single-post wp-embed-responsive\"",
        &page,
    )
}

/// (43) A website builder (Squarespace-like): every story a `section.page-section` whose
/// content sits five wrappers deep in a `sqs-layout` grid of `div.sqs-block`s
/// (`data-block-type`): the headline a `<p class="sqsrte-large"><strong>` (no heading
/// tag) in an html block, the byline a small paragraph, the body split over several html
/// blocks of two or three paragraphs with image blocks (caption in a `<div>`) and spacer
/// blocks between them, share links in a block of their own; a newsletter block section
/// between stories.
fn squarespace_blocks(spec: &Spec) -> String {
    let m = spec.marks;
    let block_id = |s: &Story, k: usize| {
        let h = hash(&[&s.url, "block"]);
        format!(
            "block-yui_3_17_2_1_{}_{}",
            1_560_000_000_000 + h % 100_000_000_000,
            (h >> 40) % 90_000 + 1_000 * k as u64
        )
    };
    let html_block = |id: String, inner: &str| {
        format!(
            "<div class=\"sqs-block html-block sqs-block-html\" data-block-type=\"2\" data-border-radii=\"&#123;&#125;\" id=\"{id}\"><div class=\"sqs-block-content\">\
             <div class=\"sqs-html-content\" data-sqsp-text-block-content>\n{inner}</div></div></div>\n"
        )
    };
    let spacer = "<div class=\"sqs-block spacer-block sqs-block-spacer sized vsize-1\" data-block-type=\"21\"><div class=\"sqs-block-content\">&nbsp;</div></div>\n";
    let mut sections = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let title = if m.headline_link {
            format!("<a href=\"{}\">{}</a>", attr(&s.path), esc(&s.title))
        } else {
            esc(&s.title)
        };
        let mut meta = Vec::new();
        if m.byline {
            meta.push(format!("Words by {}", s.author));
        }
        if m.date != DateMark::None {
            meta.push(s.date_text());
        }
        let mut blocks = html_block(
            block_id(s, 0),
            &format!(
                "<p class=\"sqsrte-large\" style=\"white-space:pre-wrap;\"><strong>{title}</strong></p>\n<p class=\"sqsrte-small\" style=\"white-space:pre-wrap;\">{}</p>\n",
                meta.join(" · ")
            ),
        );
        blocks.push_str(spacer);
        let mut run: Vec<Block> = Vec::new();
        let mut k = 1;
        let flush = |run: &mut Vec<Block>, k: &mut usize, out: &mut String| {
            if run.is_empty() {
                return;
            }
            let text = body(run, &BodyStyle::plain("h3"))
                .replace("<p>", "<p class=\"\" style=\"white-space:pre-wrap;\">");
            out.push_str(&html_block(block_id(s, *k), &text));
            *k += 1;
            run.clear();
        };
        for block in &s.blocks {
            match block {
                Block::Figure { src, caption } => {
                    flush(&mut run, &mut k, &mut blocks);
                    let _ = writeln!(
                        blocks,
                        "<div class=\"sqs-block image-block sqs-block-image sqs-text-ready\" data-block-type=\"5\" id=\"{}\"><div class=\"sqs-block-content\">\
                         <div class=\"image-block-outer-wrapper layout-caption-below design-layout-inline\"><figure class=\"sqs-block-image-figure intrinsic\" style=\"max-width:1500px;\">\
                         <div class=\"image-block-wrapper\" data-animation-role=\"image\"><div class=\"sqs-image-shape-container-element has-aspect-ratio\">{}</div></div>\
                         <figcaption class=\"image-caption-wrapper\"><div class=\"image-caption\"><p class=\"\" style=\"white-space:pre-wrap;\">{}</p></div></figcaption></figure></div></div></div>",
                        block_id(s, k),
                        if src.is_empty() {
                            String::new()
                        } else {
                            format!("<img data-src=\"{0}\" data-image-dimensions=\"1500x1000\" src=\"{0}?format=1500w\" alt=\"\">", attr(src))
                        },
                        esc(caption)
                    );
                    k += 1;
                }
                other => {
                    run.push(other.clone());
                    if run.len() == 3 {
                        flush(&mut run, &mut k, &mut blocks);
                        blocks.push_str(spacer);
                    }
                }
            }
        }
        flush(&mut run, &mut k, &mut blocks);
        let share = share_bar("sqs-share-buttons", s, m, false);
        if !share.is_empty() {
            blocks.push_str(&format!(
                "<div class=\"sqs-block code-block sqs-block-code\" data-block-type=\"23\"><div class=\"sqs-block-content\">{share}</div></div>\n"
            ));
        }
        let sid = post_id(spec, s, 24);
        let _ = writeln!(
            sections,
            "<section data-test=\"page-section\" data-section-theme=\"white\" class=\"page-section layout-engine-section background-width--full-bleed section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle white\" data-section-id=\"{sid}\" data-controller=\"SectionWrapperController\" data-current-styles=\"&#123;&quot;imageOverlayOpacity&quot;:0.15&#125;\" data-animation=\"none\">\n\
             <div class=\"section-border\"><div class=\"section-background\"></div></div>\n\
             <div class=\"content-wrapper\" style=\"padding-top:3.3vmax;padding-bottom:3.3vmax;\"><div class=\"content\">\
             <div class=\"sqs-layout sqs-grid-12 columns-12\" data-type=\"page-section\" id=\"page-section-{sid}\"><div class=\"row sqs-row\"><div class=\"col sqs-col-12 span-12\">\n{blocks}</div></div></div></div></div>\n</section>"
        );
        if i + 1 < spec.stories.len() {
            let _ = writeln!(
                sections,
                "<section class=\"page-section layout-engine-section background-width--full-bleed section-height--small\" data-section-id=\"nl{i}{sid}\"><div class=\"content-wrapper\"><div class=\"content\"><div class=\"sqs-layout sqs-grid-12 columns-12\"><div class=\"row sqs-row\"><div class=\"col sqs-col-12 span-12\">\
                 <div class=\"sqs-block newsletter-block sqs-block-newsletter\" data-block-type=\"51\"><div class=\"sqs-block-content\"><div class=\"newsletter-form-wrapper\"><div class=\"newsletter-form-header\"><h2 class=\"newsletter-form-header-title\">Stay in the loop</h2><div class=\"newsletter-form-header-description\"><p>Sign up with your email address to receive news and updates.</p></div></div>\
                 <form class=\"newsletter-form\"><input type=\"email\" name=\"email\" placeholder=\"Email Address\"><button type=\"submit\">Sign Up</button></form><div class=\"newsletter-form-footnote\"><p>We respect your privacy.</p></div></div></div></div>\
                 </div></div></div></div></div></section>"
            );
        }
    }
    let mut nav = String::new();
    for section in SECTIONS.iter().take(5) {
        let _ = write!(
            nav,
            "<div class=\"header-nav-item header-nav-item--collection\"><a href=\"/{section}\" data-animation-role=\"header-element\">{}</a></div>",
            capitalize(section)
        );
    }
    let page = format!(
        "<div class=\"sqs-announcement-bar-dropzone\"></div>\n<header data-test=\"header\" id=\"header\" class=\"header theme-col--primary\" data-controller=\"Header\">\
         <div class=\"header-inner container--fluid\"><div class=\"header-title-text\"><a href=\"/\" class=\"header-title\">{}</a></div>\
         <div class=\"header-nav\"><div class=\"header-nav-wrapper\"><nav class=\"header-nav-list\">{nav}</nav></div></div></div></header>\n\
         <main id=\"page\" class=\"container\" role=\"main\"><article class=\"sections\" id=\"sections\" data-page-sections=\"{}\">\n{sections}</article></main>\n\
         <footer class=\"sections\" id=\"footer-sections\" data-footer-sections><section class=\"page-section\"><div class=\"content-wrapper\"><div class=\"content\"><div class=\"sqs-layout\"><div class=\"sqs-block html-block\" data-block-type=\"2\"><div class=\"sqs-block-content\"><p>© {} — Made with Squarespace</p></div></div></div></div></div></section></footer>\n",
        esc(&spec.site),
        post_id(spec, spec.first(), 24),
        esc(&spec.site)
    );
    document(
        " xmlns:og=\"http://opengraphprotocol.org/schema/\" lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " id=\"collection-5f1a\" class=\"primary-button-style-solid tweak-blog-item-width-narrow\"",
        &page,
    )
}

/// Whether a layout's page carries JSON-LD (half of them), from its seed.
fn rand_json_ld(spec: &Spec) -> bool {
    spec.seed % 2 == 0
}

/// (44) A forum topic stream (Discourse-like): every topic a `div.topic-container` with
/// its title `h1 > a.fancy-title` in `div#topic-title`, then a post stream of
/// `article#post_N[role=region]` posts of one template (avatar, `div[role=heading]`
/// name/date row, `div.cooked` text, a post menu of buttons): post 1 the story, two
/// short replies after it; then a "Suggested Topics" `table.topic-list`, then the next
/// topic.
fn forum_topic(spec: &Spec) -> String {
    let m = spec.marks;
    let mut main = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let tid = 10_000 + hash(&[&s.url]) % 80_000;
        let title = if m.headline_link {
            format!(
                "<a href=\"{}\" class=\"fancy-title\">{}</a>",
                attr(&s.path),
                esc(&s.title)
            )
        } else {
            format!("<span class=\"fancy-title\">{}</span>", esc(&s.title))
        };
        let post = |n: usize, user: &str, cooked: &str, share: &str| {
            let date = if m.date == DateMark::None && n == 1 {
                "1d".to_owned()
            } else {
                s.date_text()
            };
            format!(
                "<div class=\"topic-post clearfix {} regular\" data-post-number=\"{n}\">\
                 <article id=\"post_{n}\" aria-label=\"post #{n} by @{user}\" role=\"region\" data-post-id=\"{}\" data-topic-id=\"{tid}\" class=\"boxed onscreen-post\">\
                 <div class=\"row\"><div class=\"topic-avatar\"><a class=\"trigger-user-card main-avatar\" href=\"/u/{user}\" data-user-card=\"{user}\"><img alt=\"\" width=\"48\" height=\"48\" src=\"/user_avatar/{user}/96/1.png\" class=\"avatar\"></a></div>\
                 <div class=\"topic-body clearfix\"><div role=\"heading\" aria-level=\"2\" class=\"topic-meta-data\"><div class=\"names trigger-user-card\"><span class=\"first username\"><a href=\"/u/{user}\" data-user-card=\"{user}\">{user}</a></span></div>\
                 <div class=\"post-infos\"><div class=\"post-info post-date\"><a class=\"post-date\" href=\"{}#post_{n}\"><span title=\"{}\" data-time=\"{}\" class=\"relative-date\">{date}</span></a></div></div></div>\
                 <div class=\"regular contents\"><div class=\"cooked\">\n{cooked}</div>\n{share}\
                 <section class=\"post-menu-area clearfix\"><nav class=\"post-controls\"><div class=\"actions\"><button class=\"btn-flat toggle-like\" title=\"like this post\">{}</button>\
                 <button class=\"btn-flat share\" title=\"copy a link to this post to clipboard\">Share</button><button class=\"btn-flat reply\" title=\"begin composing a reply to this post\">Reply</button></div></nav></section></div></div></div></article></div>\n",
                if n == 1 { "topic-owner" } else { "" },
                tid * 10 + n as u64,
                attr(&s.path),
                s.date_text(),
                1_600_000_000_000 + hash(&[&s.url]) % 100_000_000_000,
                3 + (n * 7 + i) % 20,
            )
        };
        let owner = if m.byline {
            slug(s.author).replace('-', "_")
        } else {
            FORUM_USERS[i % FORUM_USERS.len()].to_owned()
        };
        let mut stream = post(
            1,
            &owner,
            &body(&s.blocks, &BodyStyle::plain("h2")),
            &share_bar("post-links-container", s, m, false),
        );
        for k in 0..2 {
            stream.push_str(&post(
                2 + k,
                FORUM_USERS[(i + k + 1) % FORUM_USERS.len()],
                &format!(
                    "<p>{}</p>\n",
                    LONG_COMMENTS[(i + k * 3) % LONG_COMMENTS.len()]
                ),
                "",
            ));
        }
        let mut rows = String::new();
        for k in 0..4 {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                rows,
                "<tr class=\"topic-list-item\"><td class=\"main-link clearfix topic-list-data\"><span class=\"link-top-line\"><a href=\"/t{}\" class=\"title raw-link raw-topic-link\">{}</a></span>\
                 <div class=\"link-bottom-line\"><span class=\"badge-category__name\">{}</span></div></td><td class=\"num posts-map posts\">{}</td><td class=\"num views\">{}</td><td class=\"num age activity\">{}</td></tr>",
                attr(&t.path),
                esc(&t.title),
                capitalize(t.path.split('/').nth(1).unwrap_or("general")),
                4 + k * 3,
                120 + k * 77,
                AGES[(i + k) % AGES.len()],
            );
        }
        let _ = writeln!(
            main,
            "<div class=\"topic-container\" data-topic-id=\"{tid}\">\n<div id=\"topic-title\"><div class=\"title-wrapper\"><h1 data-topic-id=\"{tid}\">{title}</h1>\
             <div class=\"topic-category\"><a class=\"badge-category__wrapper\" href=\"/c/{0}\"><span class=\"badge-category__name\">{1}</span></a></div></div></div>\n\
             <div class=\"posts-wrapper\"><div class=\"post-stream\">\n{stream}</div></div>\n\
             <div class=\"more-topics__container\"><div class=\"suggested-topics\" role=\"complementary\" aria-labelledby=\"suggested-topics-title\"><h3 id=\"suggested-topics-title\" class=\"suggested-topics-title\">Suggested Topics</h3>\
             <div class=\"topics\"><table class=\"topic-list\"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>{rows}</tbody></table></div></div></div>\n</div>",
            s.path.split('/').nth(1).unwrap_or("general"),
            capitalize(s.path.split('/').nth(1).unwrap_or("general")),
        );
    }
    let page = format!(
        "<section id=\"main\"><div class=\"d-header-wrap\"><header class=\"d-header\"><div class=\"wrap\"><div class=\"contents\"><div class=\"title\"><a href=\"/\">{}</a></div>\
         <div class=\"panel\"><a href=\"/signup\" class=\"btn sign-up-button\">Sign Up</a><a href=\"/login\" class=\"btn login-button\">Log In</a></div></div></div></header></div>\n\
         <div id=\"main-outlet-wrapper\" class=\"wrap\" role=\"main\"><div class=\"sidebar-wrapper\"><section class=\"sidebar-sections\"><ul><li><a href=\"/latest\">Topics</a></li><li><a href=\"/u\">Users</a></li><li><a href=\"/badges\">Badges</a></li></ul></section></div>\
         <div id=\"main-outlet\">\n{main}</div></div></section>\n",
        esc(&spec.site)
    );
    document(
        " lang=\"en\" class=\"desktop-view not-mobile-device text-size-normal anon\"",
        &head(spec, false, ""),
        " class=\"crawler archetype-regular\"",
        &page,
    )
}

/// (45) A briefing digest as a definition list: every story a `<dt>` headline and a
/// `<dd>` holding its byline, body and share links, all pairs siblings in one `<dl>`
/// under the page's own `h1` ("Morning briefing") and intro; nothing wraps one story.
fn dl_digest(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named("masthead", "sections", "rail", "colophon", "consent");
    let mut items = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            items,
            "<dt id=\"item-{}\" class=\"briefing__headline\">{}</dt>\n<dd class=\"briefing__item\"><div class=\"briefing__meta\">{}</div>\n{}{}</dd>",
            i + 1,
            if m.headline_link {
                format!("<a href=\"{}\">{}</a>", attr(&s.path), esc(&s.title))
            } else {
                esc(&s.title)
            },
            meta_line("span", "briefing", s, m),
            body(&s.blocks, &BodyStyle::plain("h4")),
            share_bar("briefing__share", s, m, false),
        );
    }
    let first = spec.first();
    let page = format!(
        "{}{}<main class=\"briefing\"><div class=\"briefing__header\"><h1>{} briefing</h1><p class=\"briefing__intro\">Good morning. Here is what you need to know on {}, in {} stories.</p></div>\n\
         <dl class=\"briefing__list\">\n{items}</dl>\n<p class=\"briefing__signoff\">That is all for today. <a href=\"/briefing/archive\">Read earlier briefings</a>.</p></main>\n{}{}",
        chrome.cookie(),
        chrome.header(spec),
        ["Morning", "Evening", "Weekend"][(spec.seed % 3) as usize],
        first.date_text(),
        spec.stories.len(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// A paragraph as Google Docs pastes it: `<span style>` runs split at word boundaries
/// (the first words bold on some), in an element `tag` with `dir="ltr"` and inline style.
fn docs_para(tag: &str, text: &str, bold_lead: bool) -> String {
    const SPAN: &str = "font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre-wrap;";
    let words: Vec<&str> = text.split(' ').collect();
    let cut = if bold_lead && words.len() > 6 { 3 } else { 0 };
    let mid = (words.len() / 2).max(cut);
    let mut out = format!(
        "<{tag} dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;margin-bottom:12pt;\">"
    );
    let runs = [(0, cut, 700), (cut, mid, 400), (mid, words.len(), 400)];
    for (k, &(a, b, weight)) in runs.iter().enumerate() {
        if a >= b {
            continue;
        }
        let lead = if a > 0 { " " } else { "" };
        let _ = write!(
            out,
            "<span style=\"{SPAN}font-weight:{weight};font-style:normal;\" data-run=\"{k}\">{lead}{}</span>",
            esc(&words[a..b].join(" "))
        );
    }
    let _ = write!(out, "</{tag}>");
    out
}

/// (46) A Nuxt (Vue) site with scoped styles (`data-v-…` on every element) whose bodies
/// are pasted from Google Docs: the whole body inside `<b style="font-weight:normal"
/// id="docs-internal-guid-…">`, every paragraph a `<p dir="ltr" style>` of `<span
/// style>` runs (`<br>`s between some), lists of `<li><p role="presentation">`; every
/// story a `div[data-page=N]`, the appended ones under a visible "Next article" label,
/// `h1` headlines in every story.
fn docs_paste(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let v = |role: &str| {
        format!(
            "data-v-{}",
            &format!("{:016x}", hash(&[&spec.seed.to_string(), role]))[..8]
        )
    };
    let (vl, va, vc) = (v("list"), v("article"), v("content"));
    let mut list = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let brs = rng.chance(50);
        let mut doc = String::new();
        for (j, block) in s.blocks.iter().enumerate() {
            match block {
                Block::Para(t) => doc.push_str(&docs_para("p", t, j == 0)),
                Block::Heading(t) => doc.push_str(&docs_para("h2", t, false)),
                Block::Quote(t) => doc.push_str(
                    &docs_para("p", t, false).replace("font-style:normal", "font-style:italic"),
                ),
                Block::Pre(t) => doc.push_str(
                    &docs_para("p", t, false)
                        .replace("Arial,sans-serif", "'Courier New',monospace"),
                ),
                Block::List(items) => {
                    doc.push_str(
                        "<ul style=\"margin-top:0;margin-bottom:0;padding-inline-start:48px;\">",
                    );
                    for item in items {
                        let _ = write!(
                            doc,
                            "<li dir=\"ltr\" style=\"list-style-type:disc;font-size:11pt;\" aria-level=\"1\">{}</li>",
                            docs_para("p", item, false).replacen("<p dir=\"ltr\"", "<p dir=\"ltr\" role=\"presentation\"", 1)
                        );
                    }
                    doc.push_str("</ul>");
                }
                Block::Figure { src, caption } => {
                    if !src.is_empty() {
                        let _ = write!(
                            doc,
                            "<p dir=\"ltr\" style=\"line-height:1.38;\"><span style=\"font-size:11pt;\"><span style=\"border:none;display:inline-block;overflow:hidden;width:602px;height:339px;\"><img src=\"{}\" width=\"602\" height=\"339\" style=\"margin-left:0px;margin-top:0px;\"></span></span></p>",
                            attr(src)
                        );
                    }
                    if !caption.is_empty() {
                        doc.push_str(
                            &docs_para("p", caption, false)
                                .replace("font-style:normal", "font-style:italic"),
                        );
                    }
                }
            }
            doc.push('\n');
            if brs && j % 2 == 1 {
                doc.push_str("<br>\n");
            }
        }
        let guid = format!(
            "docs-internal-guid-{}-7fff-{}",
            post_id(spec, s, 8),
            &post_id(spec, s, 16)[8..12]
        );
        let label = if i == 0 {
            String::new()
        } else {
            format!("<div {vl} class=\"next-article\"><span {vl} class=\"next-article__label\">Next article</span><div {vl} class=\"next-article__bar\" role=\"progressbar\" aria-valuenow=\"0\"></div></div>\n")
        };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<a {va} href=\"/authors/{}\" class=\"article-meta__author\">{}</a>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<time {va} datetime=\"{}\" class=\"article-meta__date\">{}</time>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<span {va} class=\"article-meta__date\">{}</span>",
                    s.date_text()
                );
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            list,
            "<div {vl} data-page=\"{}\" class=\"article-list__page\">\n{label}<div {va} class=\"article-detail\">\
             <div {va} class=\"article-detail__category\"><a {va} href=\"/{}/\">{}</a></div>\
             {}<!----><div {va} class=\"article-meta\">{meta}</div>\n\
             <div {va} class=\"article-detail__content\"><div {vc} class=\"rich-text\"><b style=\"font-weight:normal;\" id=\"{guid}\">\n{doc}</b><br></div></div>\n{}\
             </div></div>",
            i + 1,
            s.path.split('/').nth(1).unwrap_or("news"),
            capitalize(s.path.split('/').nth(1).unwrap_or("news")),
            headline("h1", &format!(" {va} class=\"article-detail__title\""), s, m),
            share_bar("article-share", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"__nuxt\"><div id=\"__layout\"><div {vl} class=\"layout\">{}{}\
         <main {vl} class=\"layout__main\"><div {vl} class=\"article-list\" data-infinite=\"true\">\n{list}</div>\
         <div {vl} class=\"article-list__loader\"><span>Loading…</span></div></main>{}{}</div></div></div>\n\
         <script>window.__NUXT__=(function(a,b){{return {{layout:\"default\",data:[{{article:{{id:a,slug:b}}}}]}}}}(1,\"x\"));</script>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\" data-n-head-ssr",
        &head(
            spec,
            true,
            "<link rel=\"preload\" href=\"/_nuxt/app.js\" as=\"script\">\n",
        ),
        "",
        &page,
    )
}

/// (47) A Bootstrap blog: every story a `div.row` of a `div.col-md-8` (an `h1.display-5`,
/// a `p.blog-post-meta`, the body) beside a `div.col-md-4` column of its own (an
/// "About" box of prose and a recent-posts list); card grids (`div.card` with an `h5
/// .card-title`, `p.card-text` excerpt, "Read more" button, updated-time footer) above
/// the first story and between stories; all in one `div.container`.
fn bootstrap_cards(spec: &Spec) -> String {
    let m = spec.marks;
    let cards = |from: usize| {
        let mut out = String::from("<div class=\"row row-cols-1 row-cols-md-3 g-4 my-4\">");
        for k in 0..3 {
            let t = &spec.teasers[(from + k) % spec.teasers.len()];
            let _ = write!(
                out,
                "<div class=\"col\"><div class=\"card h-100 shadow-sm\"><img src=\"/img{}.jpg\" class=\"card-img-top\" alt=\"\">\
                 <div class=\"card-body\"><h5 class=\"card-title\">{}</h5><p class=\"card-text\">{} …</p><a href=\"{}\" class=\"btn btn-primary stretched-link\">Read more</a></div>\
                 <div class=\"card-footer\"><small class=\"text-body-secondary\">Last updated {} </small></div></div></div>",
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt),
                attr(&t.path),
                AGES[(from + k) % AGES.len()],
            );
        }
        out.push_str("</div>\n");
        out
    };
    let mut rows = cards(0);
    for (i, s) in spec.stories.iter().enumerate() {
        let mut meta = String::new();
        if m.date != DateMark::None {
            meta.push_str(&s.date_text());
        }
        if m.byline {
            let _ = write!(
                meta,
                " by <a href=\"/author/{}\">{}</a>",
                slug(s.author),
                s.author
            );
        }
        let mut recent = String::new();
        for k in 0..3 {
            let t = &spec.teasers[(i + k + 2) % spec.teasers.len()];
            let _ = write!(
                recent,
                "<li><a class=\"d-flex flex-column gap-1 py-2 link-body-emphasis text-decoration-none border-top\" href=\"{}\"><h6 class=\"mb-0\">{}</h6><small class=\"text-body-secondary\">{}</small></a></li>",
                attr(&t.path),
                esc(&t.title),
                AGES[(i + k) % AGES.len()],
            );
        }
        let _ = writeln!(
            rows,
            "<div class=\"row g-5\">\n<div class=\"col-md-8\">\n{}<p class=\"blog-post-meta text-body-secondary\">{meta}</p>\n\
             <div class=\"blog-post-body\">\n{}</div>\n{}<nav class=\"blog-pagination\" aria-label=\"Pagination\"><a class=\"btn btn-outline-primary rounded-pill\" href=\"#top\">Back to top</a></nav>\n</div>\n\
             <div class=\"col-md-4\"><div class=\"position-sticky\" style=\"top: 2rem;\"><div class=\"p-4 mb-3 bg-body-tertiary rounded\"><h4 class=\"fst-italic\">About</h4>\
             <p class=\"mb-0\">{} is an independent publication covering {} and the people behind it, written by a small team of reporters and editors since 2011.</p></div>\
             <div><h4 class=\"fst-italic\">Recent posts</h4><ul class=\"list-unstyled\">{recent}</ul></div></div></div>\n</div>",
            headline("h1", " class=\"display-5 link-body-emphasis mb-1\"", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("d-flex gap-2 my-3 share", s, m, false),
            esc(&spec.site),
            s.path.split('/').nth(1).unwrap_or("news"),
        );
        if i + 1 < spec.stories.len() {
            rows.push_str(&cards(i * 2 + 1));
        }
    }
    let mut nav = String::new();
    for section in SECTIONS {
        let _ = write!(
            nav,
            "<a class=\"nav-item nav-link link-body-emphasis\" href=\"/{section}/\">{}</a>",
            capitalize(section)
        );
    }
    let page = format!(
        "<div class=\"container\"><header class=\"border-bottom lh-1 py-3\"><div class=\"row flex-nowrap justify-content-between align-items-center\">\
         <div class=\"col-4 pt-1\"><a class=\"link-secondary\" href=\"/subscribe\">Subscribe</a></div><div class=\"col-4 text-center\"><a class=\"blog-header-logo text-body-emphasis text-decoration-none\" href=\"/\">{}</a></div>\
         <div class=\"col-4 d-flex justify-content-end align-items-center\"><a class=\"btn btn-sm btn-outline-secondary\" href=\"/signup\">Sign up</a></div></div></header>\n\
         <div class=\"nav-scroller py-1 mb-3 border-bottom\"><nav class=\"nav nav-underline justify-content-between\">{nav}</nav></div></div>\n\
         <main class=\"container\">\n{rows}</main>\n\
         <footer class=\"py-5 text-center text-body-secondary bg-body-tertiary\"><p>Blog template built for <a href=\"https://getbootstrap.com/\">Bootstrap</a>.</p><p class=\"mb-0\"><a href=\"#\">Back to top</a></p></footer>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\" data-bs-theme=\"auto\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<link href=\"/assets/dist/css/bootstrap.min.css\" rel=\"stylesheet\">\n",
        ),
        "",
        &page,
    )
}

/// (48) Control: a long interview (one story): an intro, then every question an `h3`
/// with the interviewer's name in a `<span>`, each question and its answer paragraphs in
/// a `div.qa` with an anchor link to itself, the interviewee's name bold before the first
/// answer paragraph; a "More interviews" list after it.
fn single_interview(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let chrome = Chrome::named("site-header", "nav", "sidebar", "site-footer", "consent");
    let guest = AUTHORS[(hash(&[&s.url]) % AUTHORS.len() as u64) as usize];
    let mut qa = String::new();
    // The closing tags of the open intro or question block.
    let mut open: Option<&str> = None;
    let mut n = 0;
    let mut first_answer = false;
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            if let Some(close) = open {
                qa.push_str(close);
            }
            n += 1;
            let _ = writeln!(
                qa,
                "<div class=\"qa\" id=\"q{n}\"><h3 class=\"qa__question\"><span class=\"qa__speaker\">{}:</span> {} <a class=\"qa__anchor\" href=\"#q{n}\" aria-label=\"Link to this question\">#</a></h3><div class=\"qa__answer\">",
                esc(&spec.site),
                esc(t)
            );
            open = Some("</div></div>\n");
            first_answer = true;
            continue;
        }
        if open.is_none() {
            qa.push_str("<div class=\"interview__intro\">\n");
            open = Some("</div>\n");
        }
        let mut html = body(std::slice::from_ref(block), &BodyStyle::plain("h3"));
        if first_answer && html.starts_with("<p>") {
            html = html.replacen(
                "<p>",
                &format!("<p><strong class=\"qa__speaker\">{guest}:</strong> "),
                1,
            );
            first_answer = false;
        }
        qa.push_str(&html);
    }
    if let Some(close) = open {
        qa.push_str(close);
    }
    let related: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li class=\"related__item\"><a href=\"{}\">{}</a><p>{}…</p></li>",
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt)
            )
        })
        .collect();
    let page = format!(
        "{}{}<main><article class=\"interview\">\n<header class=\"interview__header\"><span class=\"interview__kicker\">The interview</span>{}\
         <p class=\"interview__dek\">A conversation with {guest}.</p><div class=\"interview__meta\">{}</div></header>\n\
         <div class=\"interview__body\">\n{qa}</div>\n{}</article>\
         <section class=\"related\"><h2>More interviews</h2><ul>{related}</ul></section></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"interview__title\"", s, m),
        meta_line("span", "interview", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (49) Control: a photo essay (one story): an `h1` and a standfirst paragraph, then
/// every chapter a `section.essay__chapter` with an `h2`, and every paragraph after the
/// first the caption of a full-width `figure.essay__frame` (the text in a `<p>` inside the
/// `figcaption`, a photo credit beside it); lists and quotes between frames.
fn single_photo_essay(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let chrome = Chrome::named("header", "nav", "aside", "footer", "cmp");
    let mut essay = String::from("<section class=\"essay__chapter\">\n");
    let mut frame = 0;
    let mut lede_done = false;
    for block in &s.blocks {
        match block {
            Block::Heading(t) => {
                let _ = write!(essay, "</section>\n<section class=\"essay__chapter\"><h2 class=\"essay__chapter-title\">{}</h2>\n", esc(t));
            }
            Block::Para(t) if lede_done => {
                frame += 1;
                let _ = writeln!(
                    essay,
                    "<figure class=\"essay__frame\" id=\"frame-{frame}\"><div class=\"essay__image\"><img src=\"https://{}/photos/{}-{frame}.jpg\" alt=\"\" loading=\"lazy\" width=\"2000\" height=\"1333\"></div>\
                     <figcaption class=\"essay__caption\"><p>{}</p><span class=\"essay__credit\">Photograph: {}</span></figcaption></figure>",
                    spec.host,
                    slug(&s.title),
                    esc(t),
                    AUTHORS[(frame + 3) % AUTHORS.len()],
                );
            }
            Block::Para(t) => {
                lede_done = true;
                let _ = writeln!(essay, "<p class=\"essay__standfirst\">{}</p>", esc(t));
            }
            Block::Figure { src, caption } => {
                frame += 1;
                let _ = writeln!(
                    essay,
                    "<figure class=\"essay__frame\" id=\"frame-{frame}\"><div class=\"essay__image\"><img src=\"{}\" alt=\"\" loading=\"lazy\"></div><figcaption class=\"essay__caption\"><p>{}</p></figcaption></figure>",
                    attr(src),
                    esc(caption)
                );
            }
            other => essay.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
        }
    }
    essay.push_str("</section>\n");
    let page = format!(
        "{}{}<main><article class=\"essay\">\n<header class=\"essay__header\">{}<div class=\"essay__meta\">{}</div></header>\n{essay}{}</article>\
         <aside class=\"essay__more\"><h2>More photo essays</h2><ul>{}</ul></aside></main>{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"essay__title\"", s, m),
        meta_line("span", "essay", s, m),
        share_bar("essay__share", s, m, false),
        spec.teasers.iter().map(|t| format!("<li><a href=\"{}\">{}</a></li>", attr(&t.path), esc(&t.title))).collect::<String>(),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (50) Arc XP (Fusion) news site: every story a `div.b-right-rail-advanced` whose
/// headline (`h1.b-headline`, an overline and a `h2.b-subheadline`) sits in a full-width
/// chain apart from the main column (lead art, `div.b-byline`, a plain-text date,
/// `article.b-article-body` of `p.c-paragraph` with an ad block inside, tags) and a right
/// rail of results; appended stories are `div[data-fusion-component]` items of an
/// infinite-scroll feature, a "More from" results list between them.
fn arc_fusion(spec: &Spec) -> String {
    let m = spec.marks;
    let section_of = |s: &Story| s.path.split('/').nth(1).unwrap_or("news").to_owned();
    let story = |i: usize, s: &Story| -> String {
        let section = section_of(s);
        let mut art = String::new();
        for (k, block) in s.blocks.iter().enumerate() {
            match block {
                Block::Para(t) => {
                    let _ = writeln!(art, "<p class=\"c-paragraph\">{}</p>", esc(t));
                }
                Block::Heading(t) => {
                    let _ = writeln!(art, "<h2 class=\"c-heading\">{}</h2>", esc(t));
                }
                Block::Figure { src, caption } => {
                    let _ = writeln!(
                        art,
                        "<figure class=\"c-media-item\"><img class=\"c-image\" src=\"{}\" alt=\"\" loading=\"lazy\"><figcaption class=\"c-media-item__fig-caption\"><span class=\"c-media-item__caption\">{}</span> <span class=\"c-media-item__credit\">(AP Photo)</span></figcaption></figure>",
                        attr(src),
                        esc(caption)
                    );
                }
                other => art.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
            }
            if k == 3 {
                let _ = writeln!(
                    art,
                    "<div class=\"b-ad-block b-ad-block--inline\" id=\"arcad_{}_{k}\"><div class=\"b-ad-block__label\">Advertisement</div></div>",
                    hash(&[&s.url]) % 100_000
                );
            }
        }
        let mut rail = String::from("<div class=\"b-results-list b-results-list--right\"><h2 class=\"b-header\">Latest</h2>");
        for k in 0..3 {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                rail,
                "<div class=\"b-results-list__wrapper\"><a class=\"c-link\" href=\"{}\"><h2 class=\"c-heading b-results-list__headline\">{}</h2></a></div>",
                attr(&t.path),
                esc(&t.title)
            );
        }
        rail.push_str("</div>");
        let byline = if m.byline {
            format!(
                "<div class=\"b-byline\"><span class=\"b-byline__by\">By </span><a class=\"c-link\" href=\"/people/{}/\">{}</a></div>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let date = match m.date {
            DateMark::None => String::new(),
            _ => format!(
                "<div class=\"b-date\">Published {} at 8:30 a.m. EST</div>",
                s.date_text()
            ),
        };
        format!(
            "<div class=\"b-right-rail-advanced\">\n<div class=\"b-right-rail-advanced__full-width-1\"><div class=\"b-single-chain\"><div class=\"c-stack\" data-style-direction=\"vertical\">\
             <div class=\"b-overline\"><a class=\"b-overline__link\" href=\"/{section}/\">{}</a></div>{}\
             <h2 class=\"b-subheadline\">{}</h2></div></div></div>\n\
             <div class=\"b-right-rail-advanced__main\"><div class=\"c-stack\" data-style-direction=\"vertical\">\
             <div class=\"b-lead-art\"><figure class=\"c-media-item\"><img class=\"c-image\" src=\"https://{}/resizer/v2/{}.jpg?auth=1f2e&amp;width=1200\" alt=\"\"><figcaption class=\"c-media-item__fig-caption\"><span class=\"c-media-item__credit\">(Photo by Staff)</span></figcaption></figure></div>\
             {byline}{date}\n<article class=\"b-article-body\">\n{art}</article>\n{}\
             <div class=\"b-tag-list\"><a class=\"c-button c-button--small\" href=\"/tags/{section}/\">{}</a></div></div></div>\n\
             <div class=\"b-right-rail-advanced__rail\">{rail}</div></div>\n",
            section.to_uppercase(),
            headline("h1", " class=\"b-headline\"", s, m),
            esc(&lede(s, 18)),
            spec.host,
            post_id(spec, s, 12),
            share_bar("b-share-bar", s, m, false),
            capitalize(&section),
        )
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate().skip(1) {
        let section = section_of(s);
        let mut more = format!("<div class=\"b-results-list b-results-list--horizontal\" data-fusion-component=\"results-list-{i}\"><h2 class=\"b-header\">More from {}</h2>", capitalize(&section));
        for k in 0..4 {
            let t = &spec.teasers[(i * 2 + k) % spec.teasers.len()];
            let _ = write!(
                more,
                "<div class=\"b-results-list__wrapper\"><a class=\"c-link\" href=\"{}\"><img src=\"/img/{}.jpg\" alt=\"\"></a><div class=\"b-results-list__headline\"><a class=\"c-link\" href=\"{}\"><h2 class=\"c-heading\">{}</h2></a></div><p class=\"b-results-list__description\">{}…</p></div>",
                attr(&t.path),
                slug(&t.title),
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt)
            );
        }
        more.push_str("</div>\n");
        let _ = write!(
            feed,
            "{more}<div class=\"b-infinite-scroll__item\" data-fusion-component=\"infinite-scroll-item-{}\">\n{}</div>\n",
            post_id(spec, s, 8),
            story(i, s)
        );
    }
    let page = format!(
        "<div id=\"fusion-app\" class=\"fusion-app\">\n<header class=\"b-header-nav-chain\">{}</header>\n{}\
         <main class=\"b-main\" id=\"main\">\n{}<div class=\"b-infinite-scroll\" data-fusion-component=\"infinite-scroll-0\">\n{feed}</div>\n</main>\n\
         <footer class=\"b-footer\">{}</footer></div>\n\
         <script id=\"fusion-metadata\" type=\"application/javascript\">window.Fusion=window.Fusion||{{}};Fusion.arcSite=\"site\";</script>\n",
        Chrome::named("b-header-nav-chain__top", "b-header-nav-chain__nav", "", "", "").header(spec),
        Chrome::named("", "", "", "", "b-consent").cookie(),
        story(0, spec.first()),
        Chrome::named("", "", "", "b-footer__inner", "").footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            true,
            "<link rel=\"stylesheet\" href=\"/pf/resources/dist/site/css/style.css\">\n",
        ),
        " class=\"custom-body-class\"",
        &page,
    )
}

/// (51) A classic WordPress theme with the Ajax Load More "single posts" add-on: story 1 an
/// `article.type-post` in `main.site-main`, then its Jetpack related posts (titles in
/// `h4`, longer than the stories' own), post navigation and a comments area; every
/// appended story the same template in a `div.alm-single-post` (`data-url`,
/// `data-title`) of a `div.alm-listing`; every story has an `h1.entry-title`, a
/// "posted on" date (a permalink, or plain text), a comments-count link, a footer of
/// categories and tags, and an author box ("About the author" in an `h3`, a bio).
fn alm_single_posts(spec: &Spec) -> String {
    let m = spec.marks;
    let section_of = |s: &Story| s.path.split('/').nth(1).unwrap_or("news").to_owned();
    let post = |i: usize, s: &Story| -> String {
        let pid = 2000 + hash(&[&s.url]) % 8000;
        let section = section_of(s);
        let posted = match m.date {
            DateMark::Time => format!(
                "<span class=\"posted-on\">Posted on <a href=\"{}\" rel=\"bookmark\"><time class=\"entry-date published\" datetime=\"{}\">{}</time></a></span>",
                attr(&s.url),
                s.date_iso(),
                s.date_text()
            ),
            _ => format!("<span class=\"posted-on\">Posted on {}</span>", s.date_text()),
        };
        let by = if m.byline {
            format!(
                "<span class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/{}/\">{}</a></span></span>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let comments = 2 + (pid % 17);
        let mut related = String::from("<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3><div class=\"jp-relatedposts-items jp-relatedposts-items-visual\">");
        for k in 0..3 {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                related,
                "<div class=\"jp-relatedposts-post jp-relatedposts-post{k}\"><a class=\"jp-relatedposts-post-a\" href=\"{}\"><img class=\"jp-relatedposts-post-img\" src=\"/wp-content/uploads/{}.jpg\" alt=\"\"></a>\
                 <h4 class=\"jp-relatedposts-post-title\"><a class=\"jp-relatedposts-post-a\" href=\"{}\">{}: what it means for readers, and what comes next in the months ahead</a></h4>\
                 <p class=\"jp-relatedposts-post-excerpt\">{}…</p><p class=\"jp-relatedposts-post-date\">{} {}, 2024</p><p class=\"jp-relatedposts-post-context\">In \"{}\"</p></div>",
                attr(&t.path),
                slug(&t.title),
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt),
                MONTHS[(i + k) % 12],
                3 + k,
                capitalize(&section),
            );
        }
        related.push_str("</div></div>");
        let mut thread = String::new();
        for k in 0..2 {
            let who = AUTHORS[(i + k + 5) % AUTHORS.len()];
            let _ = write!(
                thread,
                "<li id=\"comment-{c}\" class=\"comment\"><article id=\"div-comment-{c}\" class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"/avatar/{k}.png\" class=\"avatar\" height=\"42\" width=\"42\"><b class=\"fn\">{who}</b> <span class=\"says\">says:</span></div>\
                 <div class=\"comment-metadata\"><a href=\"{}#comment-{c}\">{} at 9:1{k} am</a></div></footer><div class=\"comment-content\"><p>{}</p></div>\
                 <div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#comment-{c}\">Reply</a></div></article></li>",
                attr(&s.path),
                s.date_text(),
                READER_COMMENTS[(i + k) % READER_COMMENTS.len()],
                c = pid * 10 + k as u64,
            );
        }
        format!(
            "<article id=\"post-{pid}\" class=\"post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{section}\">\n\
             <header class=\"entry-header\">{}\n<div class=\"entry-meta\">{posted}{by}<span class=\"comments-link\"><a href=\"{}#comments\">{comments} Comments</a></span></div></header>\n\
             <div class=\"post-thumbnail\"><img width=\"1200\" height=\"800\" src=\"/wp-content/uploads/{}/{:02}/{}.jpg\" class=\"attachment-post-thumbnail size-post-thumbnail wp-post-image\" alt=\"\"></div>\n\
             <div class=\"entry-content\">\n{}{}</div>\n\
             <footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/category/{section}/\" rel=\"category tag\">{}</a></span> <span class=\"tags-links\">Tagged <a href=\"/tag/{}/\" rel=\"tag\">{}</a></span> <span class=\"comments-link\"><a href=\"{}#respond\">Leave a comment</a></span></footer>\n\
             <div class=\"author-info\"><div class=\"author-avatar\"><img alt=\"\" src=\"/avatar/{}.png\" class=\"avatar avatar-60\" height=\"60\" width=\"60\"></div><div class=\"author-description\">\
             <h3 class=\"author-title\">About the author</h3><p class=\"author-bio\">{} writes about {section} for {}. Before joining the site she spent a decade at regional papers, and she is the author of two books about the people behind the headlines. \
             <a class=\"author-link\" href=\"/author/{}/\" rel=\"author\">View all posts by {}</a></p></div></div>\n</article>\n{related}\n\
             <nav class=\"navigation post-navigation\" aria-label=\"Posts\"><h2 class=\"screen-reader-text\">Post navigation</h2><div class=\"nav-links\"><div class=\"nav-previous\"><a href=\"{}\" rel=\"prev\"><span class=\"meta-nav\">Previous post</span> {}</a></div></div></nav>\n\
             <div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">{comments} thoughts on “{}”</h2><ol class=\"comment-list\">{thread}</ol>\
             <div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3><form action=\"/wp-comments-post.php\" method=\"post\" class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p><textarea name=\"comment\"></textarea><input name=\"submit\" type=\"submit\" class=\"submit\" value=\"Post Comment\"></form></div></div>\n",
            headline("h1", " class=\"entry-title\"", s, m),
            attr(&s.path),
            s.date.0,
            s.date.1,
            slug(&s.title),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("sharedaddy sd-sharing-enabled", s, m, false),
            capitalize(&section),
            slug(&s.title).split('-').next().unwrap_or("news"),
            slug(&s.title).split('-').next().unwrap_or("news"),
            attr(&s.path),
            i,
            s.author,
            esc(&spec.site),
            slug(s.author),
            s.author,
            attr(&spec.teasers[i % spec.teasers.len()].path),
            esc(&spec.teasers[i % spec.teasers.len()].title),
            esc(&s.title),
        )
    };
    let mut more = String::new();
    for (i, s) in spec.stories.iter().enumerate().skip(1) {
        let _ = writeln!(
            more,
            "<div class=\"alm-reveal alm-single-post post-{}\" data-url=\"{}\" data-title=\"{}\" data-id=\"{}\" data-page=\"{i}\">\n{}</div>",
            2000 + hash(&[&s.url]) % 8000,
            attr(&s.url),
            attr(&s.title),
            2000 + hash(&[&s.url]) % 8000,
            post(i, s),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-law-info-bar",
    );
    let page = format!(
        "<div id=\"page\" class=\"site\"><a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>\n{}{}\
         <div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n{}\
         <div id=\"ajax-load-more\" class=\"ajax-load-more-wrap default\"><div aria-live=\"polite\" aria-atomic=\"true\" class=\"alm-listing alm-ajax\" data-single-post=\"true\" data-single-post-order=\"previous\" data-post-type=\"post\">\n{more}</div>\
         <div class=\"alm-btn-wrap\"><button class=\"alm-load-more-btn more\" rel=\"next\">Load next post</button></div></div>\n\
         </main></div>\n{}</div>\n{}</div>\n",
        chrome.header(spec),
        chrome.cookie(),
        post(0, spec.first()),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), "<link rel=\"stylesheet\" id=\"ajax-load-more-css\" href=\"/wp-content/plugins/ajax-load-more/core/dist/css/ajax-load-more.min.css\">\n"),
        " class=\"post-template-default single single-post single-format-standard\"",
        &page,
    )
}

/// React Native for Web atomic classes: a view and a text element.
const RNW_VIEW: &str = "css-175oi2r";
const RNW_TEXT: &str = "css-146c3p1";

/// (52) A React Native for Web app (an Expo news app's web build): no `<p>`, no heading
/// tags, no `<article>`; every element a `div` of atomic `css-…`/`r-…` classes, text in
/// `div[dir=auto]` (paragraphs, captions, bylines and list items alike), headlines
/// `div[role=heading][aria-level]`, links `a[role=link]`, images a background `div` over
/// an `img`; stories in one scroll view's content container, an "Up next" row between.
fn rn_web(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let text = |extra: &str, t: &str| {
        format!("<div dir=\"auto\" class=\"{RNW_TEXT} r-{extra} r-1qd0xha r-a023e6\">{t}</div>")
    };
    let view = |extra: &str| format!("<div class=\"{RNW_VIEW} r-{extra}\">");
    let para_style = *rng.pick(&["1d5kdc7 r-16dba41", "bcqeeo r-37j5jr"]);
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let title = if m.headline_link {
            format!(
                "<a href=\"{}\" dir=\"auto\" role=\"link\" class=\"{RNW_TEXT} r-1loqt21\">{}</a>",
                attr(&s.path),
                esc(&s.title)
            )
        } else {
            esc(&s.title)
        };
        let mut meta = Vec::new();
        if m.byline {
            meta.push(format!("By {}", s.author));
        }
        if m.date != DateMark::None {
            meta.push(s.date_text());
        }
        let mut blocks = String::new();
        for block in &s.blocks {
            match block {
                Block::Para(t) | Block::Pre(t) => blocks.push_str(&text(para_style, &esc(t))),
                Block::Heading(t) => {
                    let _ = write!(
                        blocks,
                        "<div role=\"heading\" aria-level=\"2\" dir=\"auto\" class=\"{RNW_TEXT} r-b88u0q r-1i10wst\">{}</div>",
                        esc(t)
                    );
                }
                Block::List(items) => {
                    blocks.push_str(&view("eqz5dr"));
                    for item in items {
                        let _ = write!(
                            blocks,
                            "{}{}{}</div>",
                            view("18u37iz"),
                            text("bullet", "•"),
                            text(para_style, &esc(item))
                        );
                    }
                    blocks.push_str("</div>");
                }
                Block::Quote(t) => {
                    let _ = write!(
                        blocks,
                        "{}{}</div>",
                        view("quote r-1jkjb"),
                        text("italic", &esc(t))
                    );
                }
                Block::Figure { src, caption } => {
                    let _ = write!(
                        blocks,
                        "{}<div class=\"{RNW_VIEW} r-1niwhzg r-vvn4in r-u6sd8q r-4gszlv\" style=\"background-image: url(&quot;{}&quot;);\"></div><img alt=\"\" draggable=\"false\" src=\"{}\" class=\"css-9pa8cd\"></div>{}",
                        view("1p0dtai r-1mlwlqe r-1udh08x"),
                        attr(src),
                        attr(src),
                        text("caption r-14j79pv", &esc(caption))
                    );
                }
            }
            blocks.push('\n');
        }
        let share = if m.share {
            format!(
                "{}<a href=\"https://twitter.com/intent/tweet?url={}\" role=\"link\" class=\"{RNW_VIEW} r-share\"><div dir=\"auto\" class=\"{RNW_TEXT}\">Share</div></a><a href=\"mailto:?body={}\" role=\"link\" class=\"{RNW_VIEW} r-share\"><div dir=\"auto\" class=\"{RNW_TEXT}\">Email</div></a></div>",
                view("18u37iz r-1wtj0ep"),
                enc(&s.url),
                enc(&s.url)
            )
        } else {
            String::new()
        };
        if i > 0 {
            let _ = writeln!(
                feed,
                "{}{}</div>",
                view("upnext r-1e081e0"),
                text("upnext-label", "Up next")
            );
        }
        let _ = write!(
            feed,
            "{}\n{}<div role=\"heading\" aria-level=\"1\" dir=\"auto\" class=\"{RNW_TEXT} r-b88u0q r-adyw6z r-135wba7\">{title}</div>\n{}\
             {}<div class=\"{RNW_VIEW} r-1niwhzg r-vvn4in\" style=\"background-image: url(&quot;https://{}/images/{}.jpg&quot;);\"></div><img alt=\"\" draggable=\"false\" src=\"https://{}/images/{}.jpg\" class=\"css-9pa8cd\"></div>\n\
             {}\n{blocks}{share}</div></div>\n",
            view("1ifxtd0 r-story"),
            text("kicker r-1b43r93", &capitalize(section)),
            text("meta r-14j79pv", &meta.join(" · ")),
            view("1p0dtai r-1mlwlqe r-1udh08x"),
            spec.host,
            post_id(spec, s, 10),
            spec.host,
            post_id(spec, s, 10),
            view("body r-1w6e6rj"),
        );
    }
    let mut tabs = String::new();
    for section in SECTIONS {
        let _ = write!(
            tabs,
            "<a href=\"/{section}\" role=\"link\" class=\"{RNW_VIEW} r-tab\"><div dir=\"auto\" class=\"{RNW_TEXT}\">{}</div></a>",
            capitalize(section)
        );
    }
    let page = format!(
        "<div id=\"root\" style=\"display:flex;flex:1 1 100%;\"><div class=\"{RNW_VIEW} r-13awgt0 r-12vffkv\">\
         {}<a href=\"/\" role=\"link\" class=\"{RNW_VIEW}\"><div dir=\"auto\" class=\"{RNW_TEXT} r-logo\">{}</div></a>{}{tabs}</div></div>\n\
         <div class=\"{RNW_VIEW} r-150rngu r-eqz5dr r-16y2uox r-1wbh5a2 r-11yh6sk r-1rnoaur r-1sncvnh\"><div class=\"{RNW_VIEW}\">\n{feed}</div></div>\n\
         {}{}</div></div></div>\n",
        view("header r-18u37iz"),
        esc(&spec.site),
        view("tabs r-18u37iz"),
        view("footer r-1e081e0"),
        text("footer-text", &format!("© 2024 {}. All rights reserved. Privacy · Terms", esc(&spec.site))),
    );
    document(
        " lang=\"en\" style=\"height:100%\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<style id=\"react-native-stylesheet\">[stylesheet-group=\"0\"]{}</style>\n",
        ),
        " style=\"height:100%;overflow:hidden\"",
        &page,
    )
}

/// (53) An Indian news portal (Hindustan Times-like): every story a `div.storyArea` with
/// a breadcrumb, `h1.hdg1`, a summary in `h2.sortDec`, a byline with a city, an
/// "Updated on … IST" date, share buttons (WhatsApp/Facebook with the story's address),
/// then a `div.storyDetails` whose paragraphs carry "Also Read |" links in the text —
/// to other stories of the page and to stories elsewhere — and ad slots; topics, then a
/// web-stories strip and a "Next Story" label before every appended story.
fn also_read_inline(spec: &Spec) -> String {
    also_read(spec, false)
}

/// (54) The portal of (53) with script-driven sharing (NDTV-like): headlines never
/// linked, share buttons `<a href="javascript:void(0)">` with the title in a `data-`
/// attribute, so a story's address is in no link of its own; the "Also Read |" links in
/// the bodies still point at the page's other stories.
fn also_read_js(spec: &Spec) -> String {
    also_read(spec, true)
}

/// The portal of [`also_read_inline`]; `js_share` for [`also_read_js`].
fn also_read(spec: &Spec, js_share: bool) -> String {
    let mut m = spec.marks;
    if js_share {
        m.headline_link = false;
    }
    let n = spec.stories.len();
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let (y, mo, d) = s.date;
        let other = &spec.stories[(i + 1) % n];
        let teaser = &spec.teasers[i % spec.teasers.len()];
        let mut detail = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            detail.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            if matches!(block, Block::Para(_)) {
                paras += 1;
                if paras == 2 {
                    let _ = writeln!(
                        detail,
                        "<p><strong>Also Read | </strong><a href=\"{}\" target=\"_blank\">{}</a></p>",
                        attr(&other.url),
                        esc(&other.title)
                    );
                }
                if paras == 4 {
                    let _ = writeln!(
                        detail,
                        "<div class=\"adHeight250 adMinHeight250\"><div id=\"div-gpt-ad-{}-{i}\" class=\"adsHeight\"><span class=\"ad-text\">Advertisement</span></div></div>",
                        spec.seed % 1_000_000
                    );
                }
                if paras == 5 {
                    let _ = writeln!(
                        detail,
                        "<p><strong>Also Read: </strong><a href=\"{}\">{}</a></p>",
                        attr(&teaser.path),
                        esc(&teaser.title)
                    );
                }
            }
        }
        let byline = if m.byline {
            format!(
                "<div class=\"storyBy\"><small>By <a href=\"/author/{}\">{}</a>, New Delhi</small></div>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let date = if m.date == DateMark::None {
            String::new()
        } else {
            format!(
                "<div class=\"dateTime secTime\">Updated on {} {d:02}, {y} 08:30 AM IST</div>",
                &MONTHS[mo - 1][..3]
            )
        };
        let share = if js_share {
            format!(
                "<div class=\"actionDiv\"><a class=\"wa\" href=\"javascript:void(0)\" data-title=\"{t}\" onclick=\"share('wa', this)\">WhatsApp</a>\
                 <a class=\"fb\" href=\"javascript:void(0)\" data-title=\"{t}\" onclick=\"share('fb', this)\">Facebook</a><a class=\"tw\" href=\"javascript:void(0)\" data-title=\"{t}\" onclick=\"share('tw', this)\">Twitter</a></div>",
                t = attr(&s.title)
            )
        } else if m.share {
            format!(
                "<div class=\"actionDiv\"><a class=\"wa\" href=\"whatsapp://send?text={}%20-%20{}\" data-action=\"share/whatsapp/share\">WhatsApp</a>\
                 <a class=\"fb\" href=\"https://www.facebook.com/sharer/sharer.php?u={}\">Facebook</a><a class=\"tw\" href=\"https://twitter.com/intent/tweet?url={}&amp;text={}\">Twitter</a></div>",
                enc(&s.title),
                enc(&s.url),
                enc(&s.url),
                enc(&s.url),
                enc(&s.title)
            )
        } else {
            String::new()
        };
        if i > 0 {
            let mut strip = String::from("<div class=\"webStories\"><h2 class=\"hdg3\"><a href=\"/web-stories\">Web Stories</a></h2><div class=\"webStoriesSlider\">");
            for k in 0..4 {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                let _ = write!(
                    strip,
                    "<div class=\"webStoriesCard\"><a href=\"/web-stories{}\"><img src=\"/ws/{}.jpg\" alt=\"\"><h3>{}</h3></a></div>",
                    attr(&t.path),
                    slug(&t.title),
                    esc(&t.title)
                );
            }
            strip.push_str(
                "</div></div>\n<div class=\"nextStoryTitle\"><span>Next Story</span></div>\n",
            );
            feed.push_str(&strip);
        }
        let _ = writeln!(
            feed,
            "<div class=\"storyArea\" data-storyid=\"{}\">\n<div class=\"breadcrumbs\"><a href=\"/\">Home</a> / <a href=\"/{section}-news\">{} News</a></div>\n{}\n\
             <h2 class=\"sortDec\">{}</h2>\n{byline}{date}{share}\n\
             <div class=\"storyParagraphFigure\"><figure><span><img src=\"https://images.{}/img/{y}/{mo:02}/{d:02}/550x309/{}.jpg\" alt=\"\" width=\"550\" height=\"309\"></span><figcaption>File photo. (Agencies)</figcaption></figure></div>\n\
             <div class=\"storyDetails taw\"><div class=\"detail\">\n{detail}</div></div>\n\
             <div class=\"storyTopics\"><span>Topics</span><ul><li><a href=\"/topic/{section}\">{}</a></li><li><a href=\"/topic/india\">India</a></li></ul></div>\n</div>",
            1_000_000 + hash(&[&s.url]) % 9_000_000,
            capitalize(section),
            headline("h1", " class=\"hdg1\"", s, m),
            esc(&lede(s, 22)),
            spec.host.trim_start_matches("www."),
            slug(&s.title),
            capitalize(section),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<div class=\"mainContainer\"><section class=\"mainSec\">\n{feed}</section>\n<section class=\"rightSec\">{}</section></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (55) A CSS-grid news page (Guardian DCR-like), appended by re-rendering the whole
/// route: every story its own `<main data-layout>` (so several `<main>`s) whose grid
/// areas are sibling `div[data-gu-name]` (title, headline `h1`, standfirst, media, meta
/// with `address` and a date in a `<details><summary>`, body, right column with "Most
/// viewed"), the body in a `div#maincontent` — the same `id` in every story — and an
/// onwards "More on this story" container between stories.
fn dcr_grid(spec: &Spec) -> String {
    let m = spec.marks;
    let c = |role: &str| {
        format!(
            "dcr-{:05x}",
            hash(&[&spec.seed.to_string(), role]) % 0x10_0000
        )
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        let (y, mo, d) = s.date;
        let mut bodyhtml = String::new();
        for block in &s.blocks {
            let html = body(std::slice::from_ref(block), &BodyStyle::plain("h2"));
            bodyhtml.push_str(
                &html
                    .replace("<p>", &format!("<p class=\"{}\">", c("p")))
                    .replace(
                        "<h2>",
                        &format!(
                            "<h2 id=\"{}\" class=\"{}\">",
                            slug(&lines_first(block)),
                            c("h2")
                        ),
                    ),
            );
        }
        let mut viewed = format!(
            "<div id=\"most-viewed-right\" class=\"{}\"><h2 class=\"{}\">Most viewed</h2><ol>",
            c("mv"),
            c("mvh")
        );
        for (k, t) in spec.teasers.iter().enumerate() {
            let _ = write!(
                viewed,
                "<li class=\"{}\"><a href=\"{}\" data-link-name=\"{} | text\"><span class=\"{}\">{}</span></a></li>",
                c("mvli"),
                attr(&t.path),
                k + 1,
                c("mvt"),
                esc(&t.title)
            );
        }
        viewed.push_str("</ol></div>");
        let address = if m.byline {
            format!(
                "<address aria-label=\"Contributor info\" data-component=\"meta-byline\" data-link-name=\"byline\"><div class=\"{}\"><a rel=\"author\" href=\"/profile/{}\" data-link-name=\"auto tag link\">{}</a></div></address>",
                c("by"),
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let date = if m.date == DateMark::None {
            String::new()
        } else {
            format!(
                "<details class=\"{}\" data-gu-name=\"dateline\"><summary><span class=\"{}\">{} {d} {} {y} 08.30 GMT</span></summary><span>Last modified on {} {d} {} {y} 10.02 GMT</span></details>",
                c("dt"),
                c("dts"),
                ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(d as usize + mo) % 7],
                &MONTHS[mo - 1][..3],
                ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(d as usize + mo) % 7],
                &MONTHS[mo - 1][..3],
            )
        };
        if i > 0 {
            let mut onwards = format!("<section data-component=\"more-on-this-story\" class=\"{}\"><h2 class=\"{}\">More on this story</h2><ul class=\"{}\">", c("on"), c("onh"), c("onul"));
            for k in 0..4 {
                let t = &spec.teasers[(i + k + 2) % spec.teasers.len()];
                let _ = write!(
                    onwards,
                    "<li class=\"{}\"><div class=\"{}\"><a href=\"{}\" class=\"{}\" data-link-name=\"article\"></a><div class=\"{}\"><h3 class=\"{}\"><span class=\"{}\">{}</span></h3><div class=\"{}\">{}…</div></div><footer><time datetime=\"2024-0{}-1{k}T10:00:00Z\">{}h ago</time></footer></div></li>",
                    c("onli"),
                    c("card"),
                    attr(&t.path),
                    c("cardlink"),
                    c("cardtext"),
                    c("cardh"),
                    c("cardhs"),
                    esc(&t.title),
                    c("cardx"),
                    esc(&t.excerpt),
                    1 + k,
                    2 + k
                );
            }
            onwards.push_str("</ul></section>\n");
            feed.push_str(&onwards);
        }
        let _ = writeln!(
            feed,
            "<main data-layout=\"StandardLayout\" class=\"{}\"><div class=\"{}\"><div class=\"{}\">\n\
             <div class=\"{}\" data-gu-name=\"title\"><div class=\"{}\"><a href=\"/{section}\" data-link-name=\"article section\"><span>{}</span></a></div></div>\n\
             <div class=\"{}\" data-gu-name=\"headline\"><div class=\"{}\">{}</div></div>\n\
             <div class=\"{}\" data-gu-name=\"standfirst\"><div class=\"{}\"><p>{}</p></div></div>\n\
             <div class=\"{}\" data-gu-name=\"media\"><div class=\"{}\"><figure id=\"{}\" data-spacefinder-role=\"inline\"><div class=\"{}\"><picture><img alt=\"\" src=\"https://i.guim.example/img/media/{}/master/2000.jpg?width=620\" width=\"620\" height=\"372\"></picture></div><figcaption class=\"{}\"><span>Photograph: Agency</span></figcaption></figure></div></div>\n\
             <div class=\"{}\" data-gu-name=\"meta\"><div class=\"{}\">{address}{date}{}</div></div>\n\
             <div class=\"{}\" data-gu-name=\"body\"><div id=\"maincontent\" class=\"article-body-commercial-selector article-body-viewer-selector {}\">\n{bodyhtml}</div>\n\
             <div class=\"{}\" data-component=\"submeta\"><span>Explore more on these topics</span><ul><li><a href=\"/{section}\">{}</a></li></ul></div></div>\n\
             <div class=\"{}\" data-gu-name=\"right-column\"><div class=\"{}\">{viewed}</div></div>\n</div></div></main>",
            c("main"),
            c("wrap"),
            c("grid"),
            c("gt"),
            c("gti"),
            capitalize(section),
            c("gh"),
            c("ghi"),
            headline("h1", &format!(" class=\"{}\"", c("h1")), s, m),
            c("gs"),
            c("gsi"),
            esc(&lede(s, 20)),
            c("gm"),
            c("gmi"),
            post_id(spec, s, 12),
            c("pic"),
            post_id(spec, s, 16),
            c("cap"),
            c("gmeta"),
            c("gmetai"),
            share_bar(&c("share"), s, m, false),
            c("gb"),
            c("body"),
            c("sub"),
            capitalize(section),
            c("gr"),
            c("gri"),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<a href=\"#maincontent\" class=\"{}\">Skip to main content</a>\n{}{}<div id=\"bannerandheader\"></div>\n{feed}{}",
        c("skip"),
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// The first text line of a block (a heading's text), or "".
fn lines_first(block: &Block) -> String {
    block
        .lines()
        .first()
        .map(|l| (*l).to_owned())
        .unwrap_or_default()
}

/// (56) A Dreamwidth/LiveJournal journal page: entries `div.entry-wrapper` in
/// `div#entries`, each a `div.entry` whose `div.header` holds an `h3.entry-title` subject
/// and a date as two day-archive links, `div.contents` a userpic, "mood"/"music"
/// metadata, the text in `div.entry-content` (a cut anchor in it) and tags; the footer's
/// interaction links are "N comments", "Reply" and "Link" — the permalink — and empty
/// separators between entries; a sidebar "Page Summary" lists the page's entries.
fn dreamwidth_entries(spec: &Spec) -> String {
    let m = spec.marks;
    let moods = ["tired", "busy", "thoughtful", "curious"];
    let music = [
        "Radiohead – Reckoner",
        "Nina Simone – Feeling Good",
        "Bach – Cello Suite No. 1",
        "the dishwasher",
    ];
    let mut entries = String::new();
    let mut summary = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = 10_000 + hash(&[&s.url]) % 90_000;
        let (y, mo, d) = s.date;
        let subject = if m.headline_link {
            format!(
                "<a title=\"{}\" href=\"{}\">{}</a>",
                attr(&s.title),
                attr(&s.url),
                esc(&s.title)
            )
        } else {
            esc(&s.title)
        };
        let mut text = String::new();
        for (k, block) in s.blocks.iter().enumerate() {
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h4")));
            if k == 1 {
                let _ = writeln!(text, "<a name=\"cutid1\"></a>");
            }
        }
        let comments = 1 + id % 23;
        let _ = writeln!(
            entries,
            "<div class=\"entry-wrapper entry-wrapper-{} security-public restrictions-none journal-type-P has-userpic has-subject\" id=\"entry-wrapper-{id}\">\
             <div class=\"separator separator-before\"><div class=\"inner\"></div></div>\n\
             <div class=\"entry\" id=\"entry-{id}\"><div class=\"inner\">\n<div class=\"header\"><div class=\"inner\"><h3 class=\"entry-title\">{subject}</h3>\n\
             <span class=\"datetime\"><a href=\"/{y}/{mo:02}/{d:02}/\">{}. {d}, {y}</a> <span class=\"time\">08:30 am</span></span></div></div>\n\
             <div class=\"contents\"><div class=\"inner\"><div class=\"userpic\"><a href=\"/profile\"><img src=\"https://v.dreamwidth.example/{id}/1\" width=\"100\" height=\"100\" alt=\"[personal profile] user\" title=\"user\"></a></div>\n\
             <div class=\"currents\"><div class=\"metadata top-metadata\"><ul><li><span class=\"metadata-label metadata-label-mood\">mood: </span><span class=\"metadata-item metadata-item-mood\">{}</span></li>\
             <li><span class=\"metadata-label metadata-label-music\">music: </span><span class=\"metadata-item metadata-item-music\">{}</span></li></ul></div></div>\n\
             <div class=\"entry-content\">\n{text}</div>\n\
             <div class=\"tag\"><span class=\"tag-text\">Tags:</span><ul><li><a rel=\"tag\" href=\"/tag/{}\">{}</a></li></ul></div></div></div>\n\
             <div class=\"footer\"><div class=\"inner\"><ul class=\"entry-management-links icon-links\"><li><a href=\"/tools/memadd?itemid={id}\"><img src=\"/img/silk/entry/memories_add.png\" alt=\"Add to memories\" title=\"Add to memories\"></a></li>\
             <li><a href=\"/tools/tellafriend?itemid={id}\"><img src=\"/img/silk/entry/tellafriend.png\" alt=\"Share this entry\" title=\"Share this entry\"></a></li></ul>\
             <ul class=\"entry-interaction-links text-links\"><li class=\"entry-readlink first-item\"><a href=\"{u}?view=comments#comments\">{comments} comments</a></li><li class=\"entry-replylink\"><a href=\"{u}?mode=reply\">Reply</a></li>\
             <li class=\"entry-permalink\"><a href=\"{u}\">Link</a></li></ul></div></div>\n</div></div>\
             <div class=\"separator separator-after\"><div class=\"inner\"></div></div></div>",
            if i % 2 == 0 { "odd" } else { "even" },
            &MONTHS[mo - 1][..3],
            moods[(id % 4) as usize],
            music[(id / 4 % 4) as usize],
            s.path.split('/').nth(1).unwrap_or("news"),
            s.path.split('/').nth(1).unwrap_or("news"),
            u = attr(&s.url),
        );
        let _ = write!(
            summary,
            "<li><a href=\"{}\">{}</a> - <a href=\"{}?view=comments#comments\"><span class=\"replycount\">{comments}</span> comments</a></li>",
            attr(&s.url),
            esc(&s.title),
            attr(&s.url)
        );
    }
    let mut tags = String::new();
    for section in SECTIONS {
        let _ = write!(tags, "<li><a href=\"/tag/{section}\">{section}</a> - <span class=\"tag-count\">{}</span> uses</li>", section.len() * 3);
    }
    let site = esc(&spec.site);
    let page = format!(
        "<div id=\"canvas\"><div class=\"inner\">\n<div id=\"header\"><div class=\"inner\"><h1 id=\"title\"><span>{site}</span></h1><h2 id=\"subtitle\"><span>a personal journal</span></h2><h2 id=\"pagetitle\"><span>Recent Entries</span></h2></div></div>\n\
         <div id=\"content\"><div class=\"inner\"><div id=\"primary\"><div class=\"inner\">\n\
         <div class=\"navigation topnav\"><ul><li class=\"page-back\"><a href=\"?skip=20\">Previous 20</a></li></ul></div>\n\
         <div id=\"entries\"><div class=\"inner\">\n{entries}</div></div>\n\
         <div class=\"navigation\"><ul><li class=\"page-back\"><a href=\"?skip=20\">Previous 20</a></li></ul></div></div></div>\n\
         <div id=\"secondary\"><div class=\"inner\"><div class=\"separator separator-before\"><div class=\"inner\"></div></div>\
         <div class=\"module-userprofile module\"><h2 class=\"module-header\">Profile</h2><div class=\"module-content\"><p class=\"journal-name\">{site}</p><p class=\"journal-website-name\"><a href=\"/profile\">Profile and contact</a></p></div></div>\
         <div class=\"module-pagesummary module\"><h2 class=\"module-header\">Page Summary</h2><div class=\"module-content\"><ul class=\"module-list\">{summary}</ul></div></div>\
         <div class=\"module-tags_cloud module\"><h2 class=\"module-header\">Tags</h2><div class=\"module-content\"><ul>{tags}</ul></div></div>\
         <div class=\"module-credit module\"><h2 class=\"module-header\">Style Credit</h2><div class=\"module-content\"><ul class=\"module-list\"><li>Style: Tabula Rasa for Practicality by timeless_halo</li></ul></div></div></div></div>\n\
         </div></div>\n<div id=\"footer\"><div class=\"inner\">Page generated Dec. 5th, 2024 09:12 pm<br>Powered by Dreamwidth Studios</div></div></div></div>\n",
    );
    document(
        " lang=\"en\"",
        &head(spec, false, "<link rel=\"stylesheet\" href=\"/stc/css/s2/practicality.css\">\n"),
        " class=\"page-recent two-columns column-left any-column multiple-columns two-columns-left logged-out\"",
        &page,
    )
}

/// (57) A SvelteKit news app whose stories carry no link to themselves: every story an
/// `article.story` with an unlinked `h1`, a dek, a byline with a plain-text date, share
/// `<button>`s (script reads the address; no `href`), the body and topic links, a
/// "Recommended" rail between stories; the app sets each story's address with the
/// History API, so the markup names it only in a JSON-LD block inside the story (half the
/// pages) or in the hydration data script at the end of the page.
fn svelte_buttons(spec: &Spec) -> String {
    let mut rng = spec.rng();
    let per_story_ld = rng.chance(50);
    let sv = format!(
        "svelte-{:x}",
        hash(&[&spec.seed.to_string(), "svelte"]) % 0x100_0000
    );
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = s.path.split('/').nth(1).unwrap_or("news");
        if i > 0 {
            let mut recirc = format!(
                "<aside class=\"recirc {sv}\"><h2 class=\"recirc__title {sv}\">Recommended</h2><ul class=\"{sv}\">"
            );
            for k in 0..3 {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                let _ = write!(
                    recirc,
                    "<li class=\"{sv}\"><a href=\"{}\" class=\"card {sv}\"><img src=\"/cdn/{}.webp\" alt=\"\" class=\"{sv}\"><span class=\"card__title {sv}\">{}</span></a></li>",
                    attr(&t.path),
                    hash(&[&t.title]) % 1_000_000,
                    esc(&t.title)
                );
            }
            recirc.push_str("</ul></aside>\n");
            feed.push_str(&recirc);
        }
        let ld = if per_story_ld {
            let ld = serde_json::json!({
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": s.title,
                "url": s.url,
                "mainEntityOfPage": s.url,
                "datePublished": s.date_iso(),
                "author": {"@type": "Person", "name": s.author},
            });
            format!(
                "<script type=\"application/ld+json\">{}</script>",
                ld.to_string().replace("</", "<\\/")
            )
        } else {
            String::new()
        };
        let byline = if spec.marks.byline {
            format!(
                "By <a href=\"/authors/{}\" class=\"{sv}\">{}</a>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let date = if spec.marks.date == DateMark::None {
            String::new()
        } else {
            format!(" <span class=\"date {sv}\">{}</span>", s.date_text())
        };
        let _ = writeln!(
            feed,
            "<article class=\"story {sv}\">{ld}\n<p class=\"kicker {sv}\"><a href=\"/{section}\" class=\"{sv}\">{}</a></p>\n<h1 class=\"headline {sv}\">{}</h1>\n\
             <p class=\"dek {sv}\">{}</p>\n<div class=\"byline {sv}\">{byline}{date}</div>\n\
             <div class=\"share {sv}\" role=\"group\" aria-label=\"Share this story\"><button type=\"button\" class=\"{sv}\" aria-label=\"Share on Facebook\"><svg viewBox=\"0 0 24 24\" class=\"{sv}\"><path d=\"M9 8h-3v4h3v12h5v-12h3.6l.4-4h-4v-1.7c0-1 .2-1.3 1.1-1.3h2.9v-5h-3.8c-3.6 0-5.2 1.6-5.2 4.6v3.4z\"></path></svg></button>\
             <button type=\"button\" class=\"{sv}\" aria-label=\"Share on X\"><svg viewBox=\"0 0 24 24\" class=\"{sv}\"><path d=\"M18 2h3l-7 8 8 12h-6l-5-7-6 7h-3l8-9-8-11h6l4 6z\"></path></svg></button>\
             <button type=\"button\" class=\"{sv}\" aria-label=\"Copy link\"><span class=\"{sv}\">Copy link</span></button></div>\n\
             <figure class=\"lead {sv}\"><img src=\"/cdn/{}.webp\" alt=\"\" class=\"{sv}\" width=\"1200\" height=\"675\"></figure>\n\
             <div class=\"body {sv}\">\n{}</div>\n<ul class=\"topics {sv}\"><li class=\"{sv}\"><a href=\"/topics/{section}\" class=\"{sv}\">{}</a></li></ul>\n</article>",
            capitalize(section),
            esc(&s.title),
            esc(&lede(s, 20)),
            hash(&[&s.url, "lead"]) % 1_000_000,
            body(&s.blocks, &BodyStyle::plain("h2")),
            capitalize(section),
        );
    }
    let hydration: Vec<serde_json::Value> = spec
        .stories
        .iter()
        .map(|s| serde_json::json!({"title": s.title, "path": s.path, "section": s.path.split('/').nth(1).unwrap_or("news")}))
        .collect();
    let chrome = Chrome::named(
        &format!("site-header {sv}"),
        &format!("nav {sv}"),
        "",
        &format!("site-footer {sv}"),
        &format!("consent {sv}"),
    );
    let page = format!(
        "<div style=\"display: contents\">{}{}<main class=\"{sv}\"><div class=\"stream {sv}\">\n{feed}</div></main>\n{}</div>\n\
         <script type=\"module\" data-sveltekit-hydrate=\"1x9k2\">import(\"/_app/immutable/entry/start.js\").then(m => m.start(app, element, {{ node_ids: [0, 7], data: [null,{{\"type\":\"data\",\"data\":{{\"stories\":{}}}}}] }}));</script>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec),
        serde_json::Value::Array(hydration).to_string().replace("</", "<\\/"),
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            true,
            "<link rel=\"modulepreload\" href=\"/_app/immutable/entry/start.js\">\n",
        ),
        " data-sveltekit-preload-data=\"hover\"",
        &page,
    )
}

/// (58) Control: a long read with a table of contents (one story): an `h1` and dek, a
/// `nav.toc` linking `#section-N`, every section a `section#section-N` with an `h2`
/// carrying a ¶ anchor, a pull quote repeating a sentence of the section in an
/// `aside.pullquote`, and a "Share this section" link (the story's address with the
/// section's fragment) with a copy-link button; an author note and "More long reads" after.
fn single_longform_toc(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let chrome = Chrome::named("masthead", "nav", "rail", "colophon", "consent-banner");
    let mut sections = String::from(
        "<section class=\"longform__section longform__section--intro\" id=\"section-0\">\n",
    );
    let mut toc = String::new();
    let mut n = 0;
    let mut paras_in_section = 0;
    let close = |out: &mut String, n: usize| {
        if n > 0 {
            let _ = writeln!(
                out,
                "<div class=\"section-share\"><a class=\"section-share__link\" href=\"https://twitter.com/intent/tweet?url={}\" target=\"_blank\">Share this section</a> <button class=\"section-share__copy\" data-clipboard-text=\"{}#section-{n}\">Copy link</button></div>",
                enc(&format!("{}#section-{n}", s.url)),
                attr(&s.url)
            );
        }
        out.push_str("</section>\n");
    };
    for block in &s.blocks {
        match block {
            Block::Heading(t) => {
                close(&mut sections, n);
                n += 1;
                paras_in_section = 0;
                let _ = write!(toc, "<li><a href=\"#section-{n}\">{}</a></li>", esc(t));
                let _ = writeln!(
                    sections,
                    "<section class=\"longform__section\" id=\"section-{n}\"><h2 class=\"longform__section-title\">{} <a class=\"anchor\" href=\"#section-{n}\" aria-label=\"Link to this section\">¶</a></h2>",
                    esc(t)
                );
            }
            Block::Para(t) => {
                let _ = writeln!(sections, "<p>{}</p>", esc(t));
                paras_in_section += 1;
                if paras_in_section == 2 {
                    let sentence: String = tokens(t)
                        .iter()
                        .take(16)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let _ = writeln!(
                        sections,
                        "<aside class=\"pullquote\" aria-hidden=\"true\"><blockquote><p>“{}”</p></blockquote></aside>",
                        esc(&sentence)
                    );
                }
            }
            other => sections.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
        }
    }
    close(&mut sections, n);
    let more: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li class=\"card\"><a href=\"{}\"><h3>{}</h3></a><p>{}…</p></li>",
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt)
            )
        })
        .collect();
    let page = format!(
        "{}{}<main id=\"main\"><article class=\"longform\">\n<header class=\"longform__header\"><p class=\"longform__kicker\">The long read</p>{}\
         <p class=\"longform__dek\">{}</p><div class=\"longform__meta\">{}</div>{}</header>\n\
         <nav class=\"toc\" aria-label=\"In this story\"><h2 class=\"toc__title\">In this story</h2><ol>{toc}</ol></nav>\n{sections}\
         <footer class=\"longform__footer\"><p class=\"author-note\"><em>{} is a contributing writer. This piece was supported by a reporting grant.</em></p></footer></article>\n\
         <section class=\"more-longreads\"><h2>More long reads</h2><ul>{more}</ul></section></main>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"longform__title\"", s, m),
        esc(&lede(s, 20)),
        meta_line("span", "longform", s, m),
        share_bar("longform__share", s, m, false),
        s.author,
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"template-longform\"",
        &page,
    )
}

/// (59) Control: a product roundup (one story): an `h1`, an affiliate disclosure, intro
/// paragraphs, then every item a `div.product-card` with a numbered `h3` whose name links
/// to a shop page (`rel=sponsored`), an image, the item's paragraphs, a specs list and a
/// "Check price" button to the shop.
fn single_listicle(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let chrome = Chrome::named("header", "menu", "sidebar", "footer", "gdpr");
    let mut out = String::from("<div class=\"roundup__intro\">\n");
    let mut k = 0;
    let shop = |name: &str| format!("https://shop.example/dp/{}?tag=site-20", slug(name));
    let mut open_name = String::new();
    let close = |out: &mut String, k: usize, name: &str| {
        if k == 0 {
            out.push_str("</div>\n");
        } else {
            let _ = writeln!(
                out,
                "</div><ul class=\"product-card__specs\"><li>Price: ${}</li><li>Our rating: {}/5</li></ul>\
                 <a class=\"button buy-button\" href=\"{}\" rel=\"sponsored nofollow\" target=\"_blank\">Check price at Shop</a></div>",
                19 + k * 10,
                4 + k % 2,
                attr(&shop(name))
            );
        }
    };
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            close(&mut out, k, &open_name);
            k += 1;
            open_name = t.clone();
            let _ = writeln!(
                out,
                "<div class=\"product-card\" id=\"product-{k}\"><h3 class=\"product-card__name\"><span class=\"product-card__rank\">{k}.</span> <a href=\"{}\" rel=\"sponsored nofollow\" target=\"_blank\">{}</a></h3>\
                 <div class=\"product-card__image\"><a href=\"{}\" rel=\"sponsored nofollow\"><img src=\"/img/products/{}.jpg\" alt=\"\"></a></div><div class=\"product-card__body\">",
                attr(&shop(t)),
                esc(t),
                attr(&shop(t)),
                slug(t)
            );
            continue;
        }
        out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
    }
    close(&mut out, k, &open_name);
    let page = format!(
        "{}{}<div class=\"wrap\"><main><article class=\"roundup\">\n<header>{}<div class=\"roundup__meta\">{}</div>\
         <p class=\"disclosure\">We may earn a commission when you buy through links on our site.</p></header>\n{out}{}</article></main>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"roundup__title\"", s, m),
        meta_line("span", "roundup", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

// ------------------------------------------------- layouts of the sixth probe

/// Spanish site chrome: sections and month names.
const ES_SECTIONS: [&str; 8] = [
    "Noticias",
    "Internacional",
    "Tecnología",
    "Cultura",
    "Ciencia",
    "Economía",
    "Opinión",
    "Deportes",
];
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
/// Japanese site chrome: sections.
const JP_SECTIONS: [&str; 8] = [
    "ニュース",
    "国際",
    "テクノロジー",
    "カルチャー",
    "サイエンス",
    "経済",
    "オピニオン",
    "スポーツ",
];

/// The story's section, from its path (`news` when the path has none).
fn section_of(s: &Story) -> String {
    s.path.split('/').nth(1).unwrap_or("news").to_owned()
}

/// (60) A regional newspaper on Town News BLOX CMS: every story a `div.asset` whose
/// `header.asset-header` holds `h1.headline > span.tnt-asset-title`, a `ul.list-inline`
/// of byline and date items and share links; the body a `div#asset-content` (the same
/// `id` in every story) with `div#article-body[itemprop=articleBody]` split into a
/// `div.subscriber-preview` (the first paragraph) and a `div.subscriber-only` (the rest),
/// an ad container inside; tags after it; a "Most Popular" list and an ad between stories.
fn blox_asset(spec: &Spec) -> String {
    let m = spec.marks;
    let asset = |s: &Story| -> String {
        let section = section_of(s);
        let uuid = format!(
            "{}-{}-{}",
            post_id(spec, s, 8),
            &post_id(spec, s, 12)[8..],
            &post_id(spec, s, 16)[12..]
        );
        let title = if m.headline_link {
            format!(
                "<h1 class=\"headline\"><a href=\"{}\"><span class=\"tnt-asset-title\" itemprop=\"headline\">{}</span></a></h1>",
                attr(&s.path),
                esc(&s.title)
            )
        } else {
            format!(
                "<h1 class=\"headline\"><span class=\"tnt-asset-title\" itemprop=\"headline\">{}</span></h1>",
                esc(&s.title)
            )
        };
        let mut meta = String::from("<ul class=\"list-inline\">");
        if m.byline {
            let _ = write!(
                meta,
                "<li><span itemprop=\"author\" class=\"tnt-byline\">By <a href=\"/users/profile/{}\">{}</a> Staff Writer</span></li>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<li><ul class=\"list-inline\"><li class=\"hidden-print\"><time datetime=\"{}\" class=\"tnt-date asset-date text-muted\">{}</time></li></ul></li>",
                    s.date_iso(),
                    date_wire(s)
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<li class=\"asset-date text-muted\">Updated {}</li>",
                    date_wire(s)
                );
            }
            DateMark::None => {}
        }
        meta.push_str("</ul>");
        let share = if m.share {
            format!(
                "<div class=\"share-container headline-right\"><ul class=\"list-inline\">\
                 <li><a class=\"tnt-share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" title=\"Facebook\"><span class=\"sr-only\">Facebook</span></a></li>\
                 <li><a class=\"tnt-share-twitter\" href=\"https://twitter.com/intent/tweet?url={u}\" title=\"Twitter\"><span class=\"sr-only\">Twitter</span></a></li>\
                 <li><a class=\"tnt-share-email\" href=\"mailto:?subject={t}&amp;body={u}\" title=\"Email\"><span class=\"sr-only\">Email</span></a></li></ul></div>",
                u = enc(&s.url),
                t = enc(&s.title)
            )
        } else {
            String::new()
        };
        let (preview, rest) = s.blocks.split_at(1.min(s.blocks.len()));
        let mut only = String::new();
        for (k, block) in rest.iter().enumerate() {
            only.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            if k == 2 {
                let _ = writeln!(
                    only,
                    "<div class=\"tnt-ads-container hidden-print\"><div id=\"tncms-region-article_instory_top\" class=\"tncms-region\"><div class=\"tnt-ads\">Advertisement</div></div></div>"
                );
            }
        }
        format!(
            "<div class=\"asset card-panel\" id=\"asset-{uuid}\" data-asset-uuid=\"{uuid}\">\n\
             <header class=\"asset-header\"><div class=\"meta\"><span class=\"kicker\"><a href=\"/{section}/\">{}</a></span></div>{title}\n{meta}{share}</header>\n\
             <div class=\"asset-photo\"><figure class=\"photo\"><img src=\"https://bloximages.example/{}/{uuid}.image.jpg\" alt=\"\"><figcaption class=\"caption-container\"><div class=\"caption-text\">Buy Now</div></figcaption></figure></div>\n\
             <div id=\"asset-content\" class=\"asset-content subscriber-premium\" itemprop=\"articleBody\"><div id=\"article-body\" class=\"asset-body\">\n\
             <div class=\"subscriber-preview\">{}</div>\n<div class=\"subscriber-only encrypted-content\">\n{only}</div></div></div>\n\
             <div class=\"asset-tags\"><h3>Tags</h3><ul class=\"list-inline\"><li><a href=\"/search/?t=article&amp;k=%23{section}\">{}</a></li><li><a href=\"/search/?k=local\">Local</a></li></ul></div>\n</div>\n",
            capitalize(&section),
            spec.host,
            body(preview, &BodyStyle::plain("h2")),
            capitalize(&section),
        )
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut popular = String::from(
                "<div class=\"tnt-most-popular card\"><h3 class=\"block-title\"><span class=\"block-title-inner\">Most Popular</span></h3><ol>",
            );
            for k in 0..4 {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                let _ = write!(
                    popular,
                    "<li><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                );
            }
            popular.push_str("</ol></div>\n");
            feed.push_str(&popular);
            feed.push_str(&ad_slot(spec, i));
        }
        feed.push_str(&asset(s));
    }
    let chrome = Chrome::named(
        "site-header",
        "navbar",
        "tnt-sidebar",
        "site-footer",
        "tnt-consent",
    );
    let page = format!(
        "{}{}<div id=\"main-page-container\" class=\"container\"><div class=\"row\">\
         <div class=\"col-md-8 main-content\" id=\"main-body-container\">\n{feed}</div>\n<div class=\"col-md-4\">{}</div></div></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"fixed-nav\"",
        &page,
    )
}

/// (61) A Yahoo News-like page: story 1 an `article.caas-container` (headline `h1` in a
/// `div.caas-title-wrapper`, `div.caas-attr` with an author and a date line "· 3 min
/// read", share buttons, the body in `div.caas-body`), then "Up next": a `ul` of
/// `li.stream-item`s, each an appended story in the same `div.caas-container` template
/// whose body is cut by a "Story continues" button, and between them a sponsored
/// stream item (headline link, excerpt, sponsor).
fn caas_stream(spec: &Spec) -> String {
    let m = spec.marks;
    let caas = |s: &Story, cut: bool| -> String {
        let mut attrs = String::from("<div class=\"caas-attr\"><div class=\"caas-attr-meta\">");
        if m.byline {
            let _ = write!(
                attrs,
                "<div class=\"caas-attr-item-author\"><span class=\"caas-author-byline-collapse\">{}</span></div>",
                s.author
            );
        }
        let _ = write!(
            attrs,
            "<div class=\"caas-attr-provider\"><span>{}</span></div>",
            esc(&spec.site)
        );
        let (y, mo, d) = s.date;
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    attrs,
                    "<div class=\"caas-attr-time-style\"><time datetime=\"{}\">{} {d}, {y} · 3 min read</time></div>",
                    s.date_iso(),
                    &MONTHS[mo - 1][..3]
                );
            }
            DateMark::Text => {
                let _ = write!(
                    attrs,
                    "<div class=\"caas-attr-time-style\"><span>Updated {}, 8:30 AM · 3 min read</span></div>",
                    s.date_text()
                );
            }
            DateMark::None => {}
        }
        attrs.push_str("</div></div>");
        let share = if m.share {
            format!(
                "<div class=\"caas-share-buttons\"><ul><li><a class=\"caas-share-btn facebook\" href=\"https://www.facebook.com/dialog/feed?app_id=458584288257241&amp;link={u}\" title=\"Share on Facebook\">Facebook</a></li>\
                 <li><a class=\"caas-share-btn twitter\" href=\"https://twitter.com/intent/tweet?text={t}&amp;url={u}\" title=\"Share on X\">X</a></li>\
                 <li><a class=\"caas-share-btn email\" href=\"mailto:?subject={t}&amp;body={u}\" title=\"Email\">Email</a></li></ul></div>",
                u = enc(&s.url),
                t = enc(&s.title)
            )
        } else {
            String::new()
        };
        let mut text = String::new();
        for (k, block) in s.blocks.iter().enumerate() {
            if cut && k == 3 {
                text.push_str("<div class=\"caas-readmore caas-readmore-collapse\"><button class=\"link caas-button collapse-button\" aria-label=\"\" title=\"\">Story continues</button></div>\n<div class=\"caas-collapse\">\n");
            }
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
        }
        if cut && s.blocks.len() > 3 {
            text.push_str("</div>\n");
        }
        format!(
            "<div class=\"caas-container\" data-uuid=\"{}\"><div class=\"caas-content-wrapper\">\n\
             <header class=\"caas-header\"><div class=\"caas-logo\"><a href=\"/\">{}</a></div><div class=\"caas-title-wrapper\">{}</div></header>\n\
             {attrs}{share}\n<div class=\"caas-body-wrapper\"><div class=\"caas-body\">\n{text}</div></div>\n</div></div>",
            post_id(spec, s, 16),
            esc(&spec.site),
            headline("h1", " data-test-locator=\"headline\"", s, m),
        )
    };
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate().skip(1) {
        let _ = writeln!(
            stream,
            "<li class=\"stream-item js-stream-content\" data-uuid=\"{}\">{}</li>",
            post_id(spec, s, 12),
            caas(s, true)
        );
        if i == 1 {
            let t = &spec.teasers[0];
            let _ = writeln!(
                stream,
                "<li class=\"stream-item stream-ad\" data-beacon=\"https://ads.example/b?i=1\"><div class=\"ad-label\">Ad</div>\
                 <h3><a href=\"https://ads.example/click?u={}\" rel=\"nofollow noopener\" target=\"_blank\">{}</a></h3><p>{}…</p><span class=\"sponsor\">Sponsored · {}</span></li>",
                enc(&t.path),
                esc(&t.title),
                esc(&t.excerpt),
                esc(&spec.site)
            );
        }
    }
    let chrome = Chrome::hashed(spec);
    let mut trending = String::from("<div id=\"module-trending\"><h2>Trending Now</h2><ol>");
    for t in &spec.teasers {
        let _ = write!(
            trending,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    trending.push_str("</ol></div>");
    let page = format!(
        "{}{}<div id=\"render-target-default\"><div id=\"Main\" role=\"content\">\n\
         <div id=\"module-article\"><article role=\"article\" aria-label=\"{}\">{}</article></div>\n\
         <div id=\"module-up-next\"><h2 class=\"up-next-title\">Up next</h2><ul class=\"stream-items\">\n{stream}</ul></div>\n</div>\n\
         <div id=\"YDC-Side\">{trending}</div></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        attr(&spec.first().title),
        caas(spec.first(), false),
        chrome.footer(spec),
    );
    document(" lang=\"en-US\"", &head(spec, true, ""), "", &page)
}

/// (62) A Spanish-language news site with infinite scroll (Infobae/Clarín-like): every
/// story a `div.article-container` (`data-index`) with a section label, an `h1`, a dek
/// `h2.article-subheadline`, "Por" byline, a date "5 de diciembre de 2026" ("Publicado
/// el …" as plain text), "Compartir" links, a body of `p.paragraph` with a "TE PUEDE
/// INTERESAR" box inside; "Más noticias" links and a "Seguir leyendo" separator between
/// stories; all chrome in Spanish.
fn es_news(spec: &Spec) -> String {
    let m = spec.marks;
    let es_date = |s: &Story| {
        let (y, mo, d) = s.date;
        format!("{d} de {} de {y}", ES_MONTHS[mo - 1])
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = ES_SECTIONS[SECTIONS
            .iter()
            .position(|x| *x == section_of(s))
            .unwrap_or(0)];
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            text.push_str(
                &body(std::slice::from_ref(block), &BodyStyle::plain("h2"))
                    .replace("<p>", "<p class=\"paragraph\">"),
            );
            if matches!(block, Block::Para(_)) {
                paras += 1;
                if paras == 2 {
                    let t = &spec.teasers[(i + 2) % spec.teasers.len()];
                    let _ = writeln!(
                        text,
                        "<div class=\"te-puede-interesar\"><span class=\"tpi-label\">TE PUEDE INTERESAR:</span> <a href=\"{}\">{}</a></div>",
                        attr(&t.path),
                        esc(&t.title)
                    );
                }
            }
        }
        let byline = if m.byline {
            format!(
                "<div class=\"byline\">Por <a class=\"byline-author\" href=\"/autor/{}/\">{}</a></div>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let date = match m.date {
            DateMark::Time => format!(
                "<span class=\"article-date\"><time datetime=\"{}\">{} - 08:30 CET</time></span>",
                s.date_iso(),
                es_date(s)
            ),
            DateMark::Text => format!(
                "<span class=\"article-date\">Publicado el {}</span>",
                es_date(s)
            ),
            DateMark::None => String::new(),
        };
        let share = if m.share {
            format!(
                "<div class=\"share-bar\"><span>Compartir</span><a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" title=\"Compartir en Facebook\">Facebook</a>\
                 <a href=\"https://twitter.com/intent/tweet?url={u}\" title=\"Compartir en X\">X</a><a href=\"https://api.whatsapp.com/send?text={u}\" title=\"Compartir en WhatsApp\">WhatsApp</a></div>",
                u = enc(&s.url)
            )
        } else {
            String::new()
        };
        if i > 0 {
            let mut more = String::from(
                "<div class=\"mas-noticias\"><h2 class=\"mas-noticias-title\">Más noticias</h2><ul>",
            );
            for k in 0..3 {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                let _ = write!(
                    more,
                    "<li><a href=\"{}\"><img src=\"/resizer/{}.jpg\" alt=\"\"><span>{}</span></a></li>",
                    attr(&t.path),
                    slug(&t.title),
                    esc(&t.title)
                );
            }
            more.push_str("</ul></div>\n<div class=\"infinite-separator\"><span>Seguir leyendo</span></div>\n");
            feed.push_str(&more);
        }
        let _ = writeln!(
            feed,
            "<div class=\"article-container\" data-index=\"{i}\">\n<div class=\"article-section\"><a href=\"/{}/\">{section}</a></div>\n{}\n\
             <h2 class=\"article-subheadline\">{}</h2>\n<div class=\"article-meta\">{byline}{date}</div>{share}\n\
             <figure class=\"article-main-image\"><img src=\"https://{}/resizer/v2/{}.jpg\" alt=\"\"><figcaption>(Foto: Archivo)</figcaption></figure>\n\
             <div class=\"article-body\">\n{text}</div>\n\
             <div class=\"article-tags\"><span>Temas:</span> <a href=\"/tag/{}/\">{section}</a></div>\n</div>",
            section_of(s),
            headline("h1", " class=\"article-headline\"", s, m),
            esc(&lede(s, 20)),
            spec.host,
            post_id(spec, s, 10),
            section_of(s),
        );
    }
    let mut nav = String::from("<nav class=\"main-nav\"><ul><li><a href=\"/\">Portada</a></li>");
    for (k, section) in ES_SECTIONS.iter().enumerate() {
        let _ = write!(nav, "<li><a href=\"/{}/\">{section}</a></li>", SECTIONS[k]);
    }
    nav.push_str("</ul></nav>");
    let mut side =
        String::from("<aside class=\"sidebar\"><div class=\"widget\"><h3>Lo más leído</h3><ol>");
    for t in &spec.teasers {
        let _ = write!(
            side,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    side.push_str("</ol></div></aside>");
    let page = format!(
        "<header class=\"site-header\"><a class=\"logo\" href=\"/\">{site}</a>{nav}\
         <form action=\"/buscar\"><input type=\"search\" name=\"q\" placeholder=\"Buscar\"><button>Buscar</button></form>\
         <a href=\"/suscribirse\">Suscríbete</a> <a href=\"/login\">Iniciar sesión</a></header>\n\
         <div class=\"cookie-banner\" role=\"dialog\">Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad personalizada. \
         <a href=\"/privacidad\">Más información</a> <button>Aceptar</button> <button>Rechazar</button></div>\n\
         <div class=\"layout\"><main id=\"fusion-app\" class=\"infinite-scroll\">\n{feed}</main>{side}</div>\n\
         <footer class=\"site-footer\"><ul><li><a href=\"/quienes-somos\">Quiénes somos</a></li><li><a href=\"/contacto\">Contacto</a></li>\
         <li><a href=\"/privacidad\">Política de privacidad</a></li><li><a href=\"/terminos\">Términos y condiciones</a></li></ul>\
         <p>© 2024 {site}. Todos los derechos reservados.</p></footer>\n",
        site = esc(&spec.site),
    );
    document(" lang=\"es\"", &head(spec, true, ""), "", &page)
}

/// (63) A Japanese news site (livedoor/ITmedia-like CMS): every story a `div.articleMain`
/// with `header.articleHeader` (category, `h1.articleTitle`, a date `2026年12月5日 8時30分`
/// and "文：" author), the text in `div.articleBody` (paragraphs as `<p>` or as `<br>`
/// runs), share links whose address sits in the X post's text, a LINE link and a Hatena
/// Bookmark path (`/entry/s/host/path`), a "関連記事" list; a "次の記事" bar and an ad
/// between stories; chrome in Japanese.
fn jp_news(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let para = if rng.chance(50) {
        ParaStyle::P
    } else {
        ParaStyle::Br
    };
    let style = BodyStyle {
        para,
        sub: "h2",
        fig: FigStyle::Figure,
        class: String::new(),
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let (y, mo, d) = s.date;
        let cat = JP_SECTIONS[SECTIONS
            .iter()
            .position(|x| *x == section_of(s))
            .unwrap_or(0)];
        let date = match m.date {
            DateMark::Time => format!(
                "<time class=\"articleDate\" datetime=\"{}\">{y}年{mo}月{d}日 8時30分</time>",
                s.date_iso()
            ),
            DateMark::Text => format!("<p class=\"articleDate\">{y}年{mo}月{d}日 8時30分 配信</p>"),
            DateMark::None => String::new(),
        };
        let author = if m.byline {
            format!("<span class=\"articleAuthor\">文：{}</span>", s.author)
        } else {
            String::new()
        };
        let share = if m.share {
            format!(
                "<div class=\"articleShare\"><ul>\
                 <li class=\"x\"><a href=\"https://x.com/intent/post?text={}\" target=\"_blank\">ポスト</a></li>\
                 <li class=\"line\"><a href=\"https://social-plugins.line.me/lineit/share?url={}\" target=\"_blank\">LINEで送る</a></li>\
                 <li class=\"hatena\"><a href=\"https://b.hatena.ne.jp/entry/s/{}{}\" target=\"_blank\">B!</a></li></ul></div>",
                enc(&format!("{}｜{} {}", s.title, spec.site, s.url)),
                enc(&s.url),
                spec.host,
                attr(&s.path)
            )
        } else {
            String::new()
        };
        let mut related = String::from(
            "<div class=\"relatedArticles\"><h2 class=\"relatedTitle\">関連記事</h2><ul>",
        );
        for k in 0..3 {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                related,
                "<li><a href=\"{}\"><span class=\"thumb\"><img src=\"/img/{}.jpg\" alt=\"\"></span><span class=\"ttl\">{}</span></a></li>",
                attr(&t.path),
                slug(&t.title),
                esc(&t.title)
            );
        }
        related.push_str("</ul></div>");
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"adArea\"><span class=\"adLabel\">広告</span><div id=\"ad-{i}\"></div></div>\n<div class=\"nextArticle\"><span>次の記事</span></div>"
            );
        }
        let text = if para == ParaStyle::Br {
            format!(
                "<div class=\"articleBody\">\n{}</div>",
                body(&s.blocks, &style)
            )
        } else {
            format!(
                "<div class=\"articleBody\"><div class=\"articleBody-inner\">\n{}</div></div>",
                body(&s.blocks, &style)
            )
        };
        let _ = writeln!(
            feed,
            "<div class=\"articleMain\" id=\"article{}\">\n<header class=\"articleHeader\"><p class=\"articleCategory\"><a href=\"/{}/\">{cat}</a></p>{}\
             <div class=\"articleInfo\">{date}{author}</div></header>\n{text}\n{share}{related}\n</div>",
            10_000 + hash(&[&s.url]) % 90_000,
            section_of(s),
            headline("h1", " class=\"articleTitle\"", s, m),
        );
    }
    let mut nav = String::from("<nav class=\"gNav\"><ul><li><a href=\"/\">トップ</a></li>");
    for (k, section) in JP_SECTIONS.iter().enumerate() {
        let _ = write!(nav, "<li><a href=\"/{}/\">{section}</a></li>", SECTIONS[k]);
    }
    nav.push_str("</ul></nav>");
    let mut ranking = String::from("<div class=\"ranking\"><h2>アクセスランキング</h2><ol>");
    for t in &spec.teasers {
        let _ = write!(
            ranking,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    ranking.push_str("</ol></div>");
    let page = format!(
        "<div id=\"wrapper\"><header id=\"header\"><div class=\"logo\"><a href=\"/\">{site}</a></div>{nav}\
         <div class=\"headerLogin\"><a href=\"/login\">ログイン</a> <a href=\"/register\">会員登録</a></div></header>\n\
         <div id=\"contents\"><div id=\"main\">\n<div class=\"topicPath\"><a href=\"/\">トップ</a> &gt; <a href=\"/news/\">ニュース</a></div>\n{feed}</div>\n\
         <div id=\"sub\">{ranking}</div></div>\n\
         <footer id=\"footer\"><ul><li><a href=\"/about\">会社概要</a></li><li><a href=\"/privacy\">プライバシーポリシー</a></li><li><a href=\"/terms\">利用規約</a></li></ul>\
         <p class=\"copyright\">Copyright © 2024 {site} All rights reserved.</p></footer></div>\n",
        site = esc(&spec.site),
    );
    document(
        " lang=\"ja\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (64) A Bloomberg/Reuters-like app: every story a `div[data-component="article"]` with a
/// `data-headline` attribute, its headline a `div[data-testid="Heading"]` (no heading tag,
/// a hashed class), a dek of bullet points, `div[data-testid="AuthorByline"]`, a
/// timestamp, share buttons; the body `p[data-component="paragraph"]`s with a "Read
/// More:" line and an inline newsletter box, a "With assistance from" footnote; a "More
/// From" recirculation grid between stories.
fn bbg_components(spec: &Spec) -> String {
    let m = spec.marks;
    let hed = format!("media-ui-HedAndDek_headline-{}", spec.hashed("hed"));
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = section_of(s);
        let title = if m.headline_link {
            format!(
                "<div data-testid=\"Heading\" class=\"{hed}\"><a data-testid=\"Link\" href=\"{}\">{}</a></div>",
                attr(&s.path),
                esc(&s.title)
            )
        } else {
            format!(
                "<div data-testid=\"Heading\" class=\"{hed}\">{}</div>",
                esc(&s.title)
            )
        };
        let byline = if m.byline {
            format!(
                "<div data-testid=\"AuthorByline\" class=\"{}\"><span>By </span><a href=\"/authors/A{}/{}\">{}</a></div>",
                spec.hashed("byline"),
                hash(&[s.author]) % 100_000,
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let stamp = match m.date {
            DateMark::Time => format!(
                "<div data-testid=\"Timestamp\"><time datetime=\"{}\">{} at 8:30 AM UTC</time></div>",
                s.date_iso(),
                s.date_text()
            ),
            DateMark::Text => format!(
                "<div data-testid=\"Timestamp\"><span>{} at 8:30 AM UTC</span></div>",
                s.date_text()
            ),
            DateMark::None => String::new(),
        };
        let share = if m.share {
            format!(
                "<div data-component=\"share-buttons\"><a aria-label=\"Share on X\" href=\"https://twitter.com/intent/tweet?text={t}&amp;url={u}\">X</a>\
                 <a aria-label=\"Share on LinkedIn\" href=\"https://www.linkedin.com/shareArticle?mini=true&amp;url={u}\">LinkedIn</a>\
                 <button aria-label=\"Copy link\" data-testid=\"copy-link\">Copy link</button></div>",
                t = enc(&s.title),
                u = enc(&s.url)
            )
        } else {
            String::new()
        };
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            match block {
                Block::Para(t) => {
                    let _ = writeln!(text, "<p data-component=\"paragraph\">{}</p>", esc(t));
                    paras += 1;
                    if paras == 2 {
                        let t = &spec.teasers[(i + 1) % spec.teasers.len()];
                        let _ = writeln!(
                            text,
                            "<p data-component=\"paragraph\"><strong>Read More: </strong><a href=\"{}\">{}</a></p>",
                            attr(&t.path),
                            esc(&t.title)
                        );
                    }
                    if paras == 4 {
                        let _ = writeln!(
                            text,
                            "<div data-component=\"inline-newsletter\"><div>Sign up for the {} newsletter</div><div>Get the latest from our reporters around the world.</div><a href=\"/newsletters\">Sign Up</a></div>",
                            capitalize(&section)
                        );
                    }
                }
                other => text.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
            }
        }
        let helper = AUTHORS[(hash(&[&s.url]) % AUTHORS.len() as u64) as usize];
        let mut abstract_ = String::from("<div data-testid=\"ArticleDek\"><ul class=\"abstract\">");
        let _ = write!(abstract_, "<li>{}</li>", esc(&lede(s, 12)));
        let _ = write!(
            abstract_,
            "<li>Analysts expect more details on {} later this week</li></ul></div>",
            section
        );
        if i > 0 {
            let mut recirc = format!(
                "<section data-component=\"recirc\"><div class=\"{}\">More From {}</div><div data-component=\"grid\">",
                spec.hashed("recirc-title"),
                esc(&spec.site)
            );
            for k in 0..4 {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                let _ = write!(
                    recirc,
                    "<div data-component=\"story-card\"><a href=\"{}\"><img src=\"/img/{}.jpg\" alt=\"\"><div data-testid=\"Heading\" class=\"{}\">{}</div></a><div class=\"summary\">{}…</div></div>",
                    attr(&t.path),
                    slug(&t.title),
                    spec.hashed("card-hed"),
                    esc(&t.title),
                    esc(&t.excerpt)
                );
            }
            recirc.push_str("</div></section>\n");
            feed.push_str(&recirc);
        }
        let _ = writeln!(
            feed,
            "<div data-component=\"article\" data-headline=\"{}\" data-story-id=\"S{}\" class=\"{}\">\n\
             <div data-component=\"eyebrow\"><a href=\"/{section}\">{}</a></div>\n{title}\n{abstract_}\n\
             <div class=\"{}\">{byline}{stamp}</div>{share}\n\
             <div data-component=\"lede-media\"><img src=\"https://assets.{}/photo/{}.jpg\" alt=\"\"><div class=\"credit\">Photographer: Staff</div></div>\n\
             <div class=\"body-content\" data-component=\"body\">\n{text}</div>\n\
             <div data-component=\"footnotes\"><p><em>— With assistance from {helper}</em></p></div>\n</div>",
            attr(&s.title),
            post_id(spec, s, 8).to_uppercase(),
            spec.hashed("article"),
            capitalize(&section),
            spec.hashed("meta"),
            spec.host.trim_start_matches("www."),
            post_id(spec, s, 12),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"__next\">{}{}<main id=\"main-content\" class=\"{}\">\n{feed}</main>\n{}</div>\n\
         <script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"page\":\"/news/articles/[...slug]\",\"buildId\":\"x1\"}}</script>\n",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("main"),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (65) An AMP page with `amp-next-page`: story 1 the host document (site header and
/// footer marked `next-page-hide`, `article.post` with `header > h1`, hero `amp-img`,
/// `div.post-content`, a post footer), then the `amp-next-page` element with its JSON
/// config (every next story's address and title) and, as the runtime leaves it, every
/// appended document in `div.i-amphtml-next-page-document`: the whole page again (its own
/// hidden site header and footer, its `article` with `header > h1`), a "Read next"
/// separator before each and a recommendation box at the end.
fn amp_next_page(spec: &Spec) -> String {
    let m = spec.marks;
    let style = BodyStyle {
        para: ParaStyle::P,
        sub: "h2",
        fig: FigStyle::Amp,
        class: String::new(),
    };
    let site_header = |hidden: bool| {
        let mut nav = String::new();
        for section in SECTIONS {
            let _ = write!(
                nav,
                "<li><a href=\"/{section}/\">{}</a></li>",
                capitalize(section)
            );
        }
        format!(
            "<header class=\"site-header{}\" next-page-hide><a class=\"logo\" href=\"/\">{}</a><amp-sidebar id=\"menu\" layout=\"nodisplay\"><nav><ul>{nav}</ul></nav></amp-sidebar>\
             <button on=\"tap:menu.toggle\">Menu</button></header>\n",
            if hidden { " i-amphtml-next-page-hidden" } else { "" },
            esc(&spec.site)
        )
    };
    let site_footer = |hidden: bool| {
        format!(
            "<footer class=\"site-footer{}\" next-page-hide><ul><li><a href=\"/about\">About</a></li><li><a href=\"/privacy\">Privacy</a></li>\
             <li><a href=\"/terms\">Terms</a></li></ul><p>© 2024 {}. All rights reserved.</p></footer>\n",
            if hidden { " i-amphtml-next-page-hidden" } else { "" },
            esc(&spec.site)
        )
    };
    let post = |s: &Story| -> String {
        let section = section_of(s);
        format!(
            "<main id=\"content\" role=\"main\"><article class=\"post\">\n<header class=\"post-header\"><a class=\"post-category\" href=\"/{section}/\">{}</a>{}\
             <div class=\"post-meta\">{}</div></header>\n\
             <amp-img class=\"post-hero\" src=\"https://{}/media/{}.jpg\" width=\"1200\" height=\"675\" layout=\"responsive\" alt=\"\"></amp-img>\n\
             <div class=\"post-content\">\n{}</div>\n<footer class=\"post-footer\">{}<div class=\"post-tags\"><a href=\"/tag/{section}/\">{}</a></div></footer>\n</article></main>\n",
            capitalize(&section),
            headline("h1", " class=\"post-title\"", s, m),
            meta_line("span", "post-meta", s, m),
            spec.host,
            post_id(spec, s, 10),
            body(&s.blocks, &style),
            if m.share {
                format!(
                    "<div class=\"post-share\"><amp-social-share type=\"twitter\" data-param-url=\"{u}\"></amp-social-share><amp-social-share type=\"facebook\" data-param-href=\"{u}\"></amp-social-share>\
                     <a class=\"share-email\" href=\"mailto:?body={e}\">Email</a></div>",
                    u = attr(&s.url),
                    e = enc(&s.url)
                )
            } else {
                String::new()
            },
            capitalize(&section),
        )
    };
    let config: Vec<serde_json::Value> = spec
        .stories
        .iter()
        .skip(1)
        .map(|s| {
            serde_json::json!({
                "url": s.url,
                "title": s.title,
                "image": format!("https://{}/media/{}.jpg", spec.host, post_id(spec, s, 10)),
            })
        })
        .collect();
    let mut next = format!(
        "<amp-next-page deep-parsing max-pages=\"{}\" class=\"i-amphtml-element i-amphtml-layout-container\">\n\
         <script type=\"application/json\">{}</script>\n",
        spec.stories.len() - 1,
        serde_json::Value::Array(config).to_string().replace("</", "<\\/")
    );
    for s in spec.stories.iter().skip(1) {
        let _ = write!(
            next,
            "<div class=\"i-amphtml-next-page-document-container\"><div class=\"i-amphtml-next-page-separator\" aria-hidden=\"true\"><div class=\"next-sep\"><span>Read next</span></div></div>\n\
             <div class=\"i-amphtml-next-page-document i-amphtml-next-page-document-visible\">\n{}{}{}</div></div>\n",
            site_header(true),
            post(s),
            site_footer(true),
        );
    }
    next.push_str("<div recommendation-box class=\"i-amphtml-next-page-recommendation-box\"><h3>More to read</h3><ul>");
    for t in spec.teasers.iter().take(3) {
        let _ = write!(
            next,
            "<li><a href=\"https://{}{}\">{}</a></li>",
            spec.host,
            attr(&t.path),
            esc(&t.title)
        );
    }
    next.push_str("</ul></div>\n</amp-next-page>\n");
    let page = format!(
        "{}{}{next}{}",
        site_header(false),
        post(spec.first()),
        site_footer(false),
    );
    let extra = "<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n\
                 <script async custom-element=\"amp-next-page\" src=\"https://cdn.ampproject.org/v0/amp-next-page-1.0.js\"></script>\n\
                 <style amp-boilerplate>body{visibility:hidden}</style>\n";
    document(
        " ⚡ lang=\"en\"",
        &head(spec, rand_json_ld(spec), extra),
        "",
        &page,
    )
}

/// (66) Control: a Wikipedia-like article (one story): `h1#firstHeading` outside the
/// content, "From Wikipedia" line, an infobox table, paragraphs with `sup.reference`
/// citation marks, `div.mw-heading` section headings with "[edit]" links, then "See also"
/// links, a references list whose citations link to other pages of the same site, a
/// navbox and category links.
fn single_wiki(spec: &Spec) -> String {
    let s = spec.first();
    let mut sections = String::new();
    let mut n_ref = 0;
    let mut n_sec = 0;
    let title_enc = enc(&s.title);
    for block in &s.blocks {
        match block {
            Block::Heading(t) => {
                n_sec += 1;
                let id = t.replace(' ', "_");
                let _ = writeln!(
                    sections,
                    "<div class=\"mw-heading mw-heading2\"><h2 id=\"{}\">{}</h2><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>\
                     <a href=\"/w/index.php?title={title_enc}&amp;action=edit&amp;section={n_sec}\" title=\"Edit section: {}\"><span>edit</span></a><span class=\"mw-editsection-bracket\">]</span></span></div>",
                    attr(&id),
                    esc(t),
                    attr(t)
                );
            }
            Block::Para(t) => {
                n_ref += 1;
                let _ = writeln!(
                    sections,
                    "<p>{}<sup id=\"cite_ref-{n_ref}\" class=\"reference\"><a href=\"#cite_note-{n_ref}\">[{n_ref}]</a></sup></p>",
                    esc(t)
                );
            }
            other => sections.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
        }
    }
    let (y, mo, d) = s.date;
    let mut refs = String::new();
    for k in 1..=n_ref {
        let t = &spec.teasers[k % spec.teasers.len()];
        let _ = write!(
            refs,
            "<li id=\"cite_note-{k}\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-{k}\">^</a></b></span> <span class=\"reference-text\"><cite class=\"citation news cs1\">{} ({d} {} {y}). \
             <a rel=\"nofollow\" class=\"external text\" href=\"https://{}{}\">\"{}\"</a>. <i>{}</i>. Retrieved {d} {} {y}.</cite></span></li>",
            AUTHORS[k % AUTHORS.len()],
            MONTHS[mo - 1],
            spec.host,
            attr(&t.path),
            esc(&t.title),
            esc(&spec.site),
            MONTHS[mo - 1],
        );
    }
    let see_also: String = spec
        .teasers
        .iter()
        .take(3)
        .map(|t| {
            format!(
                "<li><a href=\"/wiki/{}\" title=\"{}\">{}</a></li>",
                t.title.replace(' ', "_"),
                attr(&t.title),
                esc(&t.title)
            )
        })
        .collect();
    let navbox: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"/wiki/{}\">{}</a></li>",
                t.title.replace(' ', "_"),
                esc(&t.title)
            )
        })
        .collect();
    let section = section_of(s);
    let page = format!(
        "<div class=\"mw-page-container\"><header class=\"vector-header mw-header\"><a href=\"/wiki/Main_Page\" class=\"mw-logo\">{site}</a>\
         <div id=\"p-search\"><form action=\"/w/index.php\"><input type=\"search\" name=\"search\" placeholder=\"Search {site}\"><button>Search</button></form></div>\
         <nav id=\"p-personal\"><ul><li><a href=\"/wiki/Special:CreateAccount\">Create account</a></li><li><a href=\"/wiki/Special:UserLogin\">Log in</a></li></ul></nav></header>\n\
         <div class=\"vector-main-menu\"><ul><li><a href=\"/wiki/Main_Page\">Main page</a></li><li><a href=\"/wiki/Portal:Contents\">Contents</a></li>\
         <li><a href=\"/wiki/Portal:Current_events\">Current events</a></li><li><a href=\"/wiki/Special:Random\">Random article</a></li><li><a href=\"/wiki/Help:Contents\">Help</a></li></ul></div>\n\
         <main id=\"content\" class=\"mw-body\" role=\"main\">\n<header class=\"mw-body-header\"><h1 id=\"firstHeading\" class=\"firstHeading mw-first-heading\"><span class=\"mw-page-title-main\">{}</span></h1></header>\n\
         <div class=\"vector-page-toolbar\"><ul><li><a href=\"/wiki/{}\">Article</a></li><li><a href=\"/wiki/Talk:{}\">Talk</a></li><li><a href=\"/w/index.php?title={title_enc}&amp;action=history\">View history</a></li></ul></div>\n\
         <div id=\"bodyContent\" class=\"vector-body\"><div id=\"siteSub\">From {site}, the free encyclopedia</div>\n\
         <div id=\"mw-content-text\" class=\"mw-body-content\"><div class=\"mw-content-ltr mw-parser-output\" lang=\"en\" dir=\"ltr\">\n\
         <table class=\"infobox vevent\"><tbody><tr><th colspan=\"2\" class=\"infobox-above summary\">{}</th></tr>\
         <tr><th scope=\"row\" class=\"infobox-label\">Date</th><td class=\"infobox-data\">{d} {} {y}</td></tr>\
         <tr><th scope=\"row\" class=\"infobox-label\">Type</th><td class=\"infobox-data\">{}</td></tr></tbody></table>\n\
         {sections}\
         <div class=\"mw-heading mw-heading2\"><h2 id=\"See_also\">See also</h2></div>\n<ul>{see_also}</ul>\n\
         <div class=\"mw-heading mw-heading2\"><h2 id=\"References\">References</h2></div>\n<div class=\"reflist\"><ol class=\"references\">{refs}</ol></div>\n\
         <div role=\"navigation\" class=\"navbox\"><table class=\"nowraplinks navbox-inner\"><tbody><tr><th class=\"navbox-title\">{}</th></tr><tr><td class=\"navbox-list\"><ul>{navbox}</ul></td></tr></tbody></table></div>\n\
         </div></div>\n<div id=\"catlinks\" class=\"catlinks\"><a href=\"/wiki/Help:Category\">Categories</a>: <ul><li><a href=\"/wiki/Category:{}\">{}</a></li><li><a href=\"/wiki/Category:{y}_events\">{y} events</a></li></ul></div></div>\n</main>\n\
         <footer id=\"footer\" class=\"mw-footer\"><ul><li id=\"footer-info-lastmod\">This page was last edited on {d} {} {y}, at 08:30 (UTC).</li>\
         <li>Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>\
         <ul><li><a href=\"/wiki/Privacy_policy\">Privacy policy</a></li><li><a href=\"/wiki/About\">About {site}</a></li><li><a href=\"/wiki/Disclaimers\">Disclaimers</a></li></ul></footer></div>\n",
        esc(&s.title),
        s.title.replace(' ', "_"),
        s.title.replace(' ', "_"),
        esc(&s.title),
        MONTHS[mo - 1],
        capitalize(&section),
        capitalize(&section),
        capitalize(&section),
        capitalize(&section),
        MONTHS[mo - 1],
        site = esc(&spec.site),
    );
    document(
        " lang=\"en\" dir=\"ltr\"",
        &head(spec, false, ""),
        " class=\"skin-vector mediawiki ltr\"",
        &page,
    )
}

/// (67) Control: a gallery article (one story): an `h1`, dek and meta, an intro, then
/// every section a `div.gallery-slide` (`id="slide-N"`) with an image, a photo credit
/// naming a photographer ("Photo: …"), a "N of M" counter, an `h3` title, the caption
/// paragraphs and "Share this slide" links carrying the story's address with the
/// slide's fragment; ads between every third slide.
fn single_gallery(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let total = s
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading(_)))
        .count();
    let mut out = String::from("<div class=\"gallery-intro\">\n");
    let mut k = 0;
    let close = |out: &mut String, k: usize| {
        if k == 0 {
            out.push_str("</div>\n");
        } else {
            let frag = format!("{}#slide-{k}", s.url);
            let _ = writeln!(
                out,
                "</div><div class=\"slide-share\"><a href=\"https://www.facebook.com/sharer/sharer.php?u={}\">Share this slide</a> \
                 <a href=\"https://pinterest.com/pin/create/button/?url={}\">Pin</a> <a href=\"{}#slide-{k}\">Link</a></div></div>",
                enc(&frag),
                enc(&frag),
                attr(&s.path)
            );
        }
    };
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            close(&mut out, k);
            if k > 0 && k % 3 == 0 {
                out.push_str(&ad_slot(spec, k));
            }
            k += 1;
            let _ = writeln!(
                out,
                "<div class=\"gallery-slide\" id=\"slide-{k}\" data-slide=\"{k}\"><div class=\"slide-media\"><img src=\"https://{}/gallery/{}-{k}.jpg\" alt=\"\">\
                 <span class=\"slide-credit\">Photo: {} / Agency</span></div><div class=\"slide-count\">{k} of {total}</div>\
                 <h3 class=\"slide-title\">{}</h3><div class=\"slide-caption\">",
                spec.host,
                slug(&s.title),
                AUTHORS[(k + 3) % AUTHORS.len()],
                esc(t)
            );
            continue;
        }
        out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h4")));
    }
    close(&mut out, k);
    let chrome = Chrome::named("header", "menu", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"gallery-article\">\n<header class=\"gallery-header\"><span class=\"label\">Photos</span>{}\
         <p class=\"dek\">{}</p><div class=\"gallery-meta\">{}</div>{}</header>\n\
         <div class=\"gallery\" data-slide-count=\"{total}\">\n{out}</div></article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"gallery-title\"", s, m),
        esc(&lede(s, 18)),
        meta_line("span", "gallery", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

// ------------------------------------------------- layouts of the seventh probe

/// Paragraphs of an advertorial laid out as a story (a native ad).
const ADVERTORIAL: [&str; 5] = [
    "When families across the region started asking how to cut their winter heating bills without giving up comfort, our engineers went back to the drawing board and rethought the humble radiator from the ground up.",
    "The result is a smart panel that learns the rhythm of a household within a week, warming rooms before people arrive and letting them cool when nobody is home, all controlled from one friendly app on any phone.",
    "Early adopters report savings of up to a third on their seasonal energy costs, and installation takes a single afternoon with no plumbing work, no drilling into old pipes and no mess left behind for anyone to clean.",
    "Every panel is backed by a ten year warranty and a support team that answers the phone around the clock, because we believe that a warm home should never depend on the luck of finding an available technician.",
    "For a limited time, new customers receive a free home energy assessment and a discount on their first three panels, so there has never been a better moment to see how much a smarter home could save you this season.",
];

/// Chinese chrome labels of the seventh probe's Chinese-language site, by section.
const ZH_SECTIONS: [&str; 8] = [
    "新闻", "国际", "科技", "文化", "科学", "财经", "评论", "体育",
];

/// A permalink with a page number: `/path/2/` for directory-style paths, `?page=2`
/// otherwise.
fn page_url(path: &str, page: usize) -> String {
    if path.ends_with('/') {
        format!("{path}{page}/")
    } else {
        format!("{path}?page={page}")
    }
}

/// (68) Web components rendered server-side with declarative shadow DOM (Lit SSR-like):
/// the feed a `<ds-story-feed>`, every story a `<ds-story>` whose `<template
/// shadowrootmode="open">` holds the component's styles, its frame and its share links
/// (the only place besides a linked headline that names the story's address). Either the
/// whole story is rendered inside the shadow root, or the headline, byline and body are
/// light-DOM children slotted into it (`slot="headline"`, default slot); a
/// `<ds-promo-rail>` of teasers between stories.
fn dsd_shadow(spec: &Spec) -> String {
    let m = spec.marks;
    let whole = spec.rng().chance(50);
    let style = "<style>:host{display:block;margin:2rem 0}h1{font:700 2rem/1.2 Georgia,serif}.byline{color:#666}.share a{margin-right:.5rem}</style>";
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut rail = String::from(
                "<ds-promo-rail><template shadowrootmode=\"open\"><style>:host{display:grid}</style><slot></slot></template><h3 slot=\"title\">More stories</h3>",
            );
            for t in spec.teasers.iter().skip(i).take(3) {
                let _ = write!(
                    rail,
                    "<ds-promo href=\"{}\"><a href=\"{}\">{}</a><span>{}…</span></ds-promo>",
                    attr(&t.path),
                    attr(&t.path),
                    esc(&t.title),
                    esc(&t.excerpt)
                );
            }
            rail.push_str("</ds-promo-rail>\n");
            feed.push_str(&rail);
        }
        let u = enc(&s.url);
        let share = format!(
            "<div class=\"share\" part=\"share\"><a href=\"https://twitter.com/intent/tweet?url={u}\" target=\"_blank\">Share on X</a>\
             <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\">Facebook</a><button class=\"copy\">Copy link</button></div>"
        );
        let text = body(&s.blocks, &BodyStyle::plain("h2"));
        if whole {
            let _ = writeln!(
                feed,
                "<ds-story story-id=\"{}\">\n<template shadowrootmode=\"open\">{style}<article part=\"frame\"><header>{}<p class=\"byline\">{}</p></header>{share}\n<div class=\"content\">\n{text}</div></article></template>\n</ds-story>",
                post_id(spec, s, 10),
                headline("h1", "", s, m),
                meta_line("span", "byline", s, m),
            );
        } else {
            let _ = writeln!(
                feed,
                "<ds-story story-id=\"{}\">\n<template shadowrootmode=\"open\">{style}<article part=\"frame\"><header><slot name=\"headline\"></slot><slot name=\"byline\"></slot></header>{share}\
                 <div class=\"content\"><slot></slot></div></article></template>\n{}\n<div slot=\"byline\" class=\"byline\">{}</div>\n{text}</ds-story>",
                post_id(spec, s, 10),
                headline("h1", " slot=\"headline\"", s, m),
                meta_line("span", "byline", s, m),
            );
        }
    }
    let chrome = Chrome::named("ds-header", "ds-nav", "ds-aside", "ds-footer", "ds-consent");
    let page = format!(
        "{}{}<main class=\"ds-main\"><ds-story-feed next-src=\"/api/stories?after={}\">\n{feed}</ds-story-feed></main>\n{}{}",
        chrome.header(spec),
        chrome.cookie(),
        post_id(spec, spec.first(), 10),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (69) A native ad in the stories' own template (a "Paid Post"): every story an
/// `article.article` with a kicker, `h1.article__title`, byline, share links and
/// `div.article__body`; after story 1 an advertorial built from the same template (a
/// "Sponsored Content" kicker, a linked `h1.article__title` to a sponsored address, a
/// brand "Studio" byline, five paragraphs of prose in `div.article__body`, a disclosure
/// line); a newsletter box between the other stories.
fn native_ad_twin(spec: &Spec) -> String {
    let m = spec.marks;
    let card = |kicker: &str, title: &str, by: &str, text: &str, extra: &str, cls: &str| {
        format!(
            "<article class=\"article{cls}\">\n<div class=\"article__kicker\">{kicker}</div>{title}<div class=\"article__byline\">{by}</div>\n\
             <div class=\"article__body\">\n{text}</div>\n{extra}</article>\n"
        )
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i == 1 {
            let brand = "Northwind Home Energy";
            let mut text = String::new();
            for p in ADVERTORIAL {
                let _ = writeln!(text, "<p>{p}</p>");
            }
            feed.push_str(&card(
                "<a href=\"/sponsored/\">Sponsored Content</a> · Paid Post by Northwind",
                &format!(
                    "<h1 class=\"article__title\"><a href=\"https://{}/sponsored/northwind-smarter-winter-heating\" rel=\"sponsored\">How one family cut its winter heating bill by a third</a></h1>",
                    spec.host
                ),
                &format!("By {brand} Studio"),
                &text,
                "<p class=\"article__disclosure\">This content was paid for by an advertiser and produced by the brand studio. The newsroom was not involved in its creation.</p>\n",
                " article--sponsored",
            ));
        } else if i > 1 {
            feed.push_str(&newsletter("newsletter-inline", spec));
        }
        feed.push_str(&card(
            &format!(
                "<a href=\"/{}/\">{}</a>",
                section_of(s),
                capitalize(&section_of(s))
            ),
            &headline("h1", " class=\"article__title\"", s, m),
            &meta_line("span", "article", s, m),
            &body(&s.blocks, &BodyStyle::plain("h2")),
            &share_bar("article__share", s, m, false),
            "",
        ));
    }
    let chrome = Chrome::named("header", "nav", "rail", "footer", "consent");
    let page = format!(
        "{}{}<div class=\"page\"><main class=\"stream\">\n{feed}</main>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (70) Stories paginated within themselves (a tech-review site's "all pages" view):
/// every story a `div.review` with an `h1`, byline and a "Page 1 of N" jump menu whose
/// entries link the story's own paged addresses (`/slug/2/` or `?page=2`); the body
/// split into `div.article-page[data-page]` parts, each opening with a "Page N" marker;
/// after the body a "Pages: 1 2 3 Next »" pager to the same paged addresses; a
/// "Recommended" card row between stories.
fn paged_stories(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut rec = String::from(
                "<div class=\"recommended\"><h3>Recommended</h3><div class=\"card-row\">",
            );
            for t in spec.teasers.iter().skip(i).take(3) {
                let _ = write!(
                    rec,
                    "<div class=\"card\"><a href=\"{}\">{}</a></div>",
                    attr(&t.path),
                    esc(&t.title)
                );
            }
            rec.push_str("</div></div>\n");
            feed.push_str(&rec);
        }
        let parts = chunks(&s.blocks, 3);
        let n = parts.len();
        let mut jump = format!("<div class=\"page-jump\"><span>Page 1 of {n}</span><ul>");
        for k in 1..=n {
            let _ = write!(
                jump,
                "<li><a href=\"{}\">Page {k}</a></li>",
                attr(&page_url(&s.path, k))
            );
        }
        jump.push_str("</ul></div>");
        let mut text = String::new();
        for (k, part) in parts.iter().enumerate() {
            let _ = writeln!(
                text,
                "<div class=\"article-page\" data-page=\"{}\"><div class=\"page-marker\">Page {}</div>\n{}</div>",
                k + 1,
                k + 1,
                body(part, &BodyStyle::plain("h2"))
            );
        }
        let mut pager = String::from(
            "<nav class=\"page-links\"><span>Pages:</span> <span class=\"current\">1</span>",
        );
        for k in 2..=n {
            let _ = write!(
                pager,
                " <a href=\"{}\">{k}</a>",
                attr(&page_url(&s.path, k))
            );
        }
        if n > 1 {
            let _ = write!(
                pager,
                " <a href=\"{}\" rel=\"next\">Next »</a>",
                attr(&page_url(&s.path, 2))
            );
        }
        pager.push_str("</nav>");
        let _ = writeln!(
            feed,
            "<div class=\"review\" id=\"review-{}\">\n<header class=\"review-header\">{}<div class=\"review-meta\">{}</div>{jump}</header>\n\
             <div class=\"review-body\">\n{text}</div>\n{pager}\n{}</div>",
            post_id(spec, s, 6),
            headline("h1", " class=\"review-title\"", s, m),
            meta_line("span", "review", s, m),
            share_bar("share-tools", s, m, false),
        );
    }
    let chrome = Chrome::named("site-head", "site-nav", "sidebar", "site-foot", "gdpr");
    let page = format!(
        "{}{}<div id=\"content\" class=\"content-wrap\"><div class=\"infinite-reviews\">\n{feed}</div>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (71) Headlines only as images: every story a `div.post-item` opening with a linked
/// lead image (`a.post-thumb[aria-label]` around an `img` whose `alt` is the headline) —
/// no heading element and no headline text in the page — then a category label, byline
/// and date row, the body in `div.post-text`, share links as the marks say; a "Read next"
/// strip of image links between stories.
fn alt_headline(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut strip = String::from(
                "<div class=\"read-next-strip\"><span class=\"label\">Read next</span>",
            );
            for t in spec.teasers.iter().skip(i).take(3) {
                let _ = write!(
                    strip,
                    "<a href=\"{}\"><img src=\"https://{}/thumbs/{}.jpg\" alt=\"{}\"></a>",
                    attr(&t.path),
                    spec.host,
                    slug(&t.title),
                    attr(&t.title)
                );
            }
            strip.push_str("</div>\n");
            feed.push_str(&strip);
        }
        let _ = writeln!(
            feed,
            "<div class=\"post-item\" data-id=\"{}\">\n<a class=\"post-thumb\" href=\"{}\" aria-label=\"{}\"><img src=\"https://{}/uploads/{}.jpg\" alt=\"{}\" width=\"1200\" height=\"630\"></a>\n\
             <div class=\"post-info\"><a class=\"post-cat\" href=\"/{}/\">{}</a> {}</div>\n<div class=\"post-text\">\n{}</div>\n{}</div>",
            post_id(spec, s, 8),
            attr(&s.path),
            attr(&s.title),
            spec.host,
            slug(&s.title),
            attr(&s.title),
            section_of(s),
            capitalize(&section_of(s)),
            meta_line("span", "post-info", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("post-share", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<div class=\"{}\"><div class=\"posts-feed\">\n{feed}</div>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("layout"),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (72) A CMS feed as an ordered list whose AJAX partial lost the microdata: every story
/// an `article` with its own `h1` inside an `li.article-feed__item` of one
/// `ol.article-feed`; story 1 (the server-rendered page) carries schema.org microdata
/// (`itemscope` NewsArticle, `itemprop` headline, author, datePublished, articleBody and
/// a `meta[itemprop=mainEntityOfPage]`), the appended ones none; an ad `li` between
/// stories.
fn microdata_first(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<li class=\"article-feed__ad\">{}</li>",
                ad_slot(spec, i).trim_end()
            );
        }
        let md = |prop: &str| {
            if i == 0 {
                format!(" itemprop=\"{prop}\"")
            } else {
                String::new()
            }
        };
        let scope = if i == 0 {
            format!(
                " itemscope itemtype=\"https://schema.org/NewsArticle\"><meta itemprop=\"mainEntityOfPage\" content=\"{}\"",
                attr(&s.url)
            )
        } else {
            String::new()
        };
        let by = if m.byline {
            format!(
                "<span class=\"byline\"{}>By {}</span>",
                md("author"),
                s.author
            )
        } else {
            String::new()
        };
        let date = if m.date == DateMark::None {
            String::new()
        } else {
            format!(
                "<time{} datetime=\"{}\">{}</time>",
                md("datePublished"),
                s.date_iso(),
                s.date_text()
            )
        };
        let _ = writeln!(
            feed,
            "<li class=\"article-feed__item\" data-url=\"{}\"><article class=\"node-article\"{scope}>\n<header>{}<div class=\"meta\">{by}{date}</div></header>\n\
             <div class=\"field-body\"{}>\n{}</div>\n{}</article></li>",
            attr(&s.path),
            headline("h1", &md("headline"), s, m),
            md("articleBody"),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "header",
        "main-menu",
        "region-sidebar",
        "footer",
        "eu-cookie",
    );
    let page = format!(
        "{}{}<div class=\"region-content\"><ol class=\"article-feed\" data-infinite=\"true\">\n{feed}</ol></div>\n{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (73) A Chinese-language portal (Sina-like): every story a `div.main-content` with an
/// `h1.main-title`, a `div.date-source` ("2026年12月05日 08:30", "来源：" source link),
/// "分享到" share links (Weibo with the address in the query, WeChat a QR button), the
/// body in `div#article` (the same `id` in every story), paragraphs indented with
/// full-width spaces, a "责任编辑：" line, a keywords row and a "相关阅读" list; a
/// "下一篇" bar before every appended story; chrome in Chinese.
fn zh_news(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let sec = ZH_SECTIONS[SECTIONS
            .iter()
            .position(|x| *x == section_of(s))
            .unwrap_or(0)];
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"next-article\"><span class=\"next-label\">下一篇</span><span class=\"next-title\">{}</span></div>",
                esc(&s.title)
            );
        }
        let (y, mo, d) = s.date;
        let date = match m.date {
            DateMark::None => String::new(),
            _ => format!("<span class=\"date\">{y}年{mo:02}月{d:02}日 08:30</span>"),
        };
        let by = if m.byline {
            format!("<span class=\"author\">作者：{}</span>", s.author)
        } else {
            String::new()
        };
        let share = if m.share {
            format!(
                "<div class=\"share-box\"><span>分享到：</span><a class=\"weibo\" href=\"https://service.weibo.com/share/share.php?url={}&amp;title={}\" target=\"_blank\">微博</a>\
                 <a class=\"wechat\" href=\"javascript:;\">微信</a><a class=\"qzone\" href=\"https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={}\">QQ空间</a></div>",
                enc(&s.url),
                enc(&s.title),
                enc(&s.url)
            )
        } else {
            String::new()
        };
        let mut text = String::new();
        for block in &s.blocks {
            match block {
                Block::Para(t) => {
                    let _ = writeln!(text, "<p>\u{3000}\u{3000}{}</p>", esc(t));
                }
                other => text.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
            }
        }
        let mut related = String::from("<div class=\"related\"><h3>相关阅读</h3><ul>");
        for t in spec.teasers.iter().skip(i).take(3) {
            let _ = write!(
                related,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            );
        }
        related.push_str("</ul></div>");
        let _ = writeln!(
            feed,
            "<div class=\"main-content w1240\" data-sudaclick=\"content_{i}\">\n<div class=\"channel-path\"><a href=\"/\">首页</a> &gt; <a href=\"/{}/\">{sec}</a> &gt; 正文</div>\n\
             {}\n<div class=\"top-bar-wrap\"><div class=\"date-source\">{date}<a class=\"source\" href=\"/\">来源：{}</a>{by}</div>{share}</div>\n\
             <div class=\"article\" id=\"article\">\n{text}<p class=\"article-editor\">责任编辑：{}</p></div>\n\
             <div class=\"keywords\">关键词：<a href=\"/tag/{}\">{sec}</a></div>\n{related}</div>",
            section_of(s),
            headline("h1", " class=\"main-title\"", s, m),
            esc(&spec.site),
            AUTHORS[(i + 4) % AUTHORS.len()],
            section_of(s),
        );
    }
    let mut nav = String::from("<div class=\"top-nav\"><ul><li><a href=\"/\">首页</a></li>");
    for (k, sec) in ZH_SECTIONS.iter().enumerate() {
        let _ = write!(nav, "<li><a href=\"/{}/\">{sec}</a></li>", SECTIONS[k]);
    }
    nav.push_str("</ul><a href=\"/login\">登录</a> <a href=\"/reg\">注册</a></div>\n");
    let mut hot = String::from("<div class=\"side-hot\"><h3>热门排行</h3><ol>");
    for t in &spec.teasers {
        let _ = write!(
            hot,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    hot.push_str("</ol></div>");
    let page = format!(
        "{nav}<div class=\"logo-bar\"><a href=\"/\">{}</a><form action=\"/search\"><input name=\"q\" placeholder=\"搜索\"><button>搜索</button></form></div>\n\
         <div class=\"wrap\"><div class=\"article-list\" id=\"feed\">\n{feed}<div class=\"load-more\">加载更多</div></div>{hot}</div>\n\
         <div class=\"footer\"><p><a href=\"/about\">关于我们</a> | <a href=\"/contact\">联系我们</a> | <a href=\"/privacy\">隐私政策</a></p><p>Copyright © 2026 {} 版权所有</p></div>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        " lang=\"zh-CN\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (74) An htmx blog whose stories name their address only in script attributes: every
/// story a `div.post` whose `h2.post__title` is no link but `onclick="location.href='…'"`
/// with `role=link`, a byline and date, the body, then actions: a "Copy link" button
/// (`data-clipboard-text` with the absolute address) and a "Share" button whose
/// `onclick` passes it; the next story loaded by a `div[hx-get][hx-trigger=revealed]`
/// sentinel after each story (the last one still waiting, "Loading…").
fn onclick_permalink(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    let n = spec.stories.len();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = post_id(spec, s, 8);
        let _ = writeln!(
            feed,
            "<div class=\"post\" id=\"post-{id}\">\n<h2 class=\"post__title\" role=\"link\" tabindex=\"0\" onclick=\"location.href='{}'\">{}</h2>\n\
             <div class=\"post__meta\">{}</div>\n<div class=\"post__body prose\">\n{}</div>\n\
             <div class=\"post__actions\"><button class=\"btn btn-copy\" data-clipboard-text=\"{}\">Copy link</button>\
             <button class=\"btn\" onclick=\"share('{}', '{}')\">Share</button><span class=\"reactions\">♥ {}</span></div>\n</div>",
            attr(&s.path),
            esc(&s.title),
            meta_line("span", "post__meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            attr(&s.url),
            attr(&s.url),
            attr(&s.title.replace('\'', "’")),
            12 + i * 7,
        );
        let _ = writeln!(
            feed,
            "<div class=\"sentinel\" hx-get=\"/posts/partial?after={id}\" hx-trigger=\"revealed\" hx-swap=\"outerHTML\">{}</div>",
            if i + 1 == n { "Loading…" } else { "" }
        );
    }
    let chrome = Chrome::named("topbar", "nav", "aside", "foot", "cookies");
    let page = format!(
        "{}{}<main class=\"container\"><section id=\"posts\" hx-boost=\"true\">\n{feed}</section></main>\n{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<script src=\"/js/htmx.min.js\" defer></script>\n",
        ),
        " hx-ext=\"preload\"",
        &page,
    )
}

/// (75) The WAI-ARIA feed pattern in CSS-in-JS markup: the stream a `div[role=feed]
/// [aria-busy]`, every story an `article[aria-posinset][aria-setsize=-1][tabindex=0]`
/// labelled by its `h2`'s id and described by its dek's id; every class a generated
/// name; byline and date, the body, share links as the marks say; a "Recommended"
/// `div[role=complementary]` of teaser cards between stories.
fn aria_feed(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut rec = format!(
                "<div role=\"complementary\" aria-label=\"Recommended\" class=\"{}\"><h3 class=\"{}\">Recommended</h3>",
                spec.hashed("rec"),
                spec.hashed("rec-title")
            );
            for t in spec.teasers.iter().skip(i).take(3) {
                let _ = write!(
                    rec,
                    "<div class=\"{}\"><a href=\"{}\">{}</a><p>{}…</p></div>",
                    spec.hashed("rec-card"),
                    attr(&t.path),
                    esc(&t.title),
                    esc(&t.excerpt)
                );
            }
            rec.push_str("</div>\n");
            feed.push_str(&rec);
        }
        let k = i + 1;
        let _ = writeln!(
            feed,
            "<article aria-posinset=\"{k}\" aria-setsize=\"-1\" aria-labelledby=\"story-{k}-title\" aria-describedby=\"story-{k}-dek\" tabindex=\"0\" class=\"{}\">\n\
             <div class=\"{}\">{}<p id=\"story-{k}-dek\" class=\"{}\">{}</p><div class=\"{}\">{}</div></div>\n<div class=\"{}\">\n{}</div>\n{}</article>",
            spec.hashed("article"),
            spec.hashed("head"),
            headline(
                "h2",
                &format!(" id=\"story-{k}-title\" class=\"{}\"", spec.hashed("title")),
                s,
                m
            ),
            spec.hashed("dek"),
            esc(&lede(s, 16)),
            spec.hashed("meta"),
            meta_line("span", &spec.hashed("meta"), s, m),
            spec.hashed("body"),
            body(&s.blocks, &BodyStyle { class: spec.hashed("p"), ..BodyStyle::plain("h3") }),
            share_bar(&spec.hashed("share"), s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<div id=\"root\"><div class=\"{}\"><div role=\"feed\" aria-busy=\"false\" aria-label=\"Stories\" class=\"{}\">\n{feed}</div>{}</div></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("grid"),
        spec.hashed("feed"),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (76) Appended stories nested in the previous one (a WordPress "auto load next post"
/// plugin that appends into the last post's content): every story an `article.post`
/// with an `h1.entry-title`, meta and a `div.entry-content` holding its body, share
/// links and a related-posts box, then a `div.auto-load-next-post` holding the next
/// story's whole `article` — so story 1's article contains every story.
fn nested_append(spec: &Spec) -> String {
    let m = spec.marks;
    let mut nested = String::new();
    for (i, s) in spec.stories.iter().enumerate().rev() {
        let mut related = String::from(
            "<div class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\">Related</h3>",
        );
        for t in spec.teasers.iter().skip(i).take(3) {
            let _ = write!(
                related,
                "<div class=\"jp-relatedposts-post\"><a href=\"{}\">{}</a></div>",
                attr(&t.path),
                esc(&t.title)
            );
        }
        related.push_str("</div>");
        let next = if nested.is_empty() {
            String::new()
        } else {
            format!("<div class=\"auto-load-next-post\">\n{nested}</div>\n")
        };
        nested = format!(
            "<article id=\"post-{}\" class=\"post type-post status-publish hentry\">\n<header class=\"entry-header\">{}<div class=\"entry-meta\">{}</div></header>\n\
             <div class=\"entry-content\">\n{}{}{related}\n{next}</div>\n</article>\n",
            3000 + i,
            headline("h1", " class=\"entry-title\"", s, m),
            meta_line("span", "posted", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("sharedaddy sd-sharing-enabled", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-law-info-bar",
    );
    let page = format!(
        "{}{}<div id=\"page\" class=\"site\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n{nested}</main></div>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"post-template-default single single-post\"",
        &page,
    )
}

/// (77) Control: a recipe post (one story): an `h1`, meta, "Jump to Recipe" and "Print
/// Recipe" buttons, intro paragraphs, then every section a `div.step-card` of one
/// template (a "Step N" label, a step photo, an `h3`, the section's paragraphs and a
/// "Pin this step" link carrying the post's address with the step's fragment); then a
/// short recipe card (times, servings) and reader comments.
fn single_recipe(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::from("<div class=\"recipe-intro\">\n");
    let mut k = 0;
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            out.push_str("</div>\n");
            k += 1;
            let frag = format!("{}#step-{k}", s.url);
            let _ = writeln!(
                out,
                "<div class=\"step-card\" id=\"step-{k}\"><span class=\"step-label\">Step {k}</span>\
                 <img class=\"step-photo\" src=\"https://{}/recipes/{}-step-{k}.jpg\" alt=\"\">\
                 <a class=\"pin-step\" href=\"https://pinterest.com/pin/create/button/?url={}\">Pin this step</a><h3 class=\"step-title\">{}</h3>\n<div class=\"step-text\">",
                spec.host,
                slug(&s.title),
                enc(&frag),
                esc(t)
            );
            continue;
        }
        out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h4")));
    }
    out.push_str("</div>\n");
    let mut comments = String::from("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">Reviews</h2><ol class=\"comment-list\">");
    for (j, c) in READER_COMMENTS.iter().enumerate() {
        let _ = write!(
            comments,
            "<li class=\"comment\" id=\"comment-{j}\"><div class=\"comment-author\">{}</div><div class=\"rating\">★★★★★</div><p>{c}</p><a class=\"reply\" href=\"#comment-{j}\">Reply</a></li>",
            AUTHORS[(j + 2) % AUTHORS.len()]
        );
    }
    comments.push_str("</ol></div>");
    let chrome = Chrome::named(
        "site-header",
        "nav-primary",
        "sidebar-primary",
        "site-footer",
        "cookie-consent",
    );
    let page = format!(
        "{}{}<div class=\"content-sidebar-wrap\"><main class=\"content\"><article class=\"post type-post entry\">\n\
         <header class=\"entry-header\">{}<p class=\"entry-meta\">{}</p><div class=\"recipe-buttons\"><a class=\"jump-to-recipe\" href=\"#recipe-card\">Jump to Recipe</a> \
         <a class=\"print-recipe\" href=\"/wprm_print/{}\">Print Recipe</a></div></header>\n<div class=\"entry-content\">\n{out}\
         <div class=\"wprm-recipe-container\" id=\"recipe-card\"><h2 class=\"wprm-recipe-name\">{}</h2><div class=\"wprm-recipe-times\">Prep Time 15 mins · Cook Time 40 mins · Servings 4</div>\
         <a href=\"/wprm_print/{}\">Print</a></div>\n{}</div></article>\n{comments}</main>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"entry-title\"", s, m),
        meta_line("span", "entry", s, m),
        slug(&s.title),
        esc(&s.title),
        slug(&s.title),
        share_bar("share-icons", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en-US\"", &head(spec, true, ""), "", &page)
}

/// (78) Control: an FAQ page (one story): an `h1`, an intro, then every section a
/// `details.faq-item` (`id="faq-N"`, the first one `open`) whose `summary` holds the
/// question as an `h3`, its answer paragraphs in `div.faq-answer`, and a tools row of one
/// template ("Link to this question" with the page's address and fragment, "Was this
/// helpful?" buttons); FAQPage JSON-LD in the head naming every question.
fn single_faq(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::from("<div class=\"faq-intro\">\n");
    let mut k = 0;
    let mut questions = Vec::new();
    let close = |out: &mut String, k: usize| {
        if k == 0 {
            out.push_str("</div>\n");
        } else {
            let _ = writeln!(
                out,
                "</div><div class=\"faq-tools\"><a class=\"faq-link\" href=\"{}#faq-{k}\">Link to this question</a>\
                 <span>Was this helpful?</span><button data-vote=\"yes\">Yes</button><button data-vote=\"no\">No</button></div></details>",
                attr(&s.url)
            );
        }
    };
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            close(&mut out, k);
            k += 1;
            questions.push(serde_json::json!({"@type": "Question", "name": t}));
            let _ = writeln!(
                out,
                "<details class=\"faq-item\" id=\"faq-{k}\"{}><summary><h3 class=\"faq-question\">{}</h3></summary><div class=\"faq-answer\">",
                if k == 1 { " open" } else { "" },
                esc(t)
            );
            continue;
        }
        out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h4")));
    }
    close(&mut out, k);
    let ld = serde_json::json!({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions});
    let extra = format!(
        "<script type=\"application/ld+json\">{}</script>\n",
        ld.to_string().replace("</", "<\\/")
    );
    let chrome = Chrome::named(
        "help-header",
        "help-nav",
        "help-sidebar",
        "help-footer",
        "consent-banner",
    );
    let page = format!(
        "{}{}<main class=\"help-center\"><nav class=\"breadcrumbs\"><a href=\"/help\">Help Center</a> › <a href=\"/help/faq\">FAQ</a></nav>\n\
         <div class=\"faq-page\">\n{}<div class=\"faq-meta\">{}</div>\n<div class=\"faq-list\">\n{out}</div>\n\
         <div class=\"contact-box\"><h2>Still need help?</h2><p>Our support team answers within a day.</p><a href=\"/help/contact\">Contact us</a></div></div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"faq-title\"", s, m),
        meta_line("span", "faq", s, m),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, false, &extra), "", &page)
}

// -------------------------------------------------- layouts of the eighth probe

/// Byline and date without class names (`data-testid`s only), as the marks say.
fn testid_meta(story: &Story, marks: Marks) -> String {
    let mut out = String::new();
    if marks.byline {
        let _ = write!(
            out,
            "<span data-testid=\"author-name\" style=\"font-weight:600\">By <a href=\"/author/{}\" style=\"color:inherit\">{}</a></span> ",
            slug(story.author),
            story.author
        );
    }
    match marks.date {
        DateMark::Time => {
            let _ = write!(
                out,
                "<time data-testid=\"timestamp\" datetime=\"{}\" style=\"color:#6b6b6b\">{}</time>",
                story.date_iso(),
                story.date_text()
            );
        }
        DateMark::Text => {
            let _ = write!(
                out,
                "<span data-testid=\"timestamp\" style=\"color:#6b6b6b\">Updated {}</span>",
                story.date_text()
            );
        }
        DateMark::None => {}
    }
    out
}

/// (79) A Next.js app whose story components carry no class at all: every story a
/// `div[data-testid=article-container]` with inline styles, its headline an `h1` inside an
/// `<hgroup>` between a kicker `<p>` and a standfirst `<p>`, a byline row, a
/// `div[data-testid=article-body]` and share links as the marks say (no classes on any of
/// them); a "Read next" promo row of inline-styled cards between stories.
fn testid_hgroup(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut promo = String::from(
                "<div data-testid=\"read-next\" style=\"display:flex;gap:16px;border-top:1px solid #ddd;padding:24px 0\"><span style=\"font-weight:700\">Read next</span>",
            );
            for t in spec.teasers.iter().skip(i).take(3) {
                let _ = write!(
                    promo,
                    "<a data-testid=\"promo-card\" href=\"{}\" style=\"flex:1;text-decoration:none\"><span style=\"display:block;font-weight:700\">{}</span><span style=\"color:#666\">{}…</span></a>",
                    attr(&t.path),
                    esc(&t.title),
                    esc(&t.excerpt)
                );
            }
            promo.push_str("</div>\n");
            feed.push_str(&promo);
        }
        let share = if m.share {
            let u = enc(&s.url);
            format!(
                "<div data-testid=\"share-tools\" style=\"display:flex;gap:8px\"><a href=\"https://twitter.com/intent/tweet?url={u}\" aria-label=\"Share on X\">X</a>\
                 <a href=\"https://www.linkedin.com/sharing/share-offsite/?url={u}\" aria-label=\"Share on LinkedIn\">in</a><button type=\"button\" aria-label=\"Copy link\">Copy</button></div>\n"
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            feed,
            "<div data-testid=\"article-container\" style=\"max-width:720px;margin:0 auto;padding:32px 0\">\n\
             <hgroup data-testid=\"headline-group\" style=\"margin:0 0 12px\"><p data-testid=\"kicker\" style=\"text-transform:uppercase;font-size:13px;letter-spacing:.08em\"><a href=\"/{}/\" style=\"color:#c00\">{}</a></p>{}\
             <p data-testid=\"standfirst\" style=\"font-size:20px;color:#444\">{}…</p></hgroup>\n\
             <div data-testid=\"byline-block\" style=\"display:flex;gap:8px;font-size:14px\">{}</div>\n\
             <div data-testid=\"article-body\" style=\"font-size:18px;line-height:1.6\">\n{}</div>\n{share}</div>",
            section_of(s),
            capitalize(&section_of(s)),
            headline(
                "h1",
                " data-testid=\"headline\" style=\"font:700 40px/1.1 Georgia,serif;margin:8px 0\"",
                s,
                m
            ),
            esc(&lede(s, 18)),
            testid_meta(s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"__next\">{}{}<main data-testid=\"main-content\" style=\"display:grid;grid-template-columns:1fr 300px;gap:48px\"><div data-testid=\"article-feed\">\n{feed}</div>{}</main>{}</div>\n\
         <script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"page\":\"/[section]/[slug]\",\"buildId\":\"{}\"}}</script>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
        post_id(spec, spec.first(), 12),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (80) Stories as unwrapped runs with the lead image first: in one `div.article-stream`
/// every story is a `figure.lead-media` (photo and credit), a `div.kicker`, a
/// `header.story-header` (an `h2` headline and meta) and a sibling `div.story-body` (the
/// header and body not wrapped together), share links as the marks say; between stories
/// only a sticky `a.next-article-bar` naming the next story's title and address (and a
/// newsletter box after story 2).
fn image_first_split(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            feed,
            "<figure class=\"lead-media\"><img src=\"https://{}/images/{}.jpg\" alt=\"\" width=\"1200\" height=\"800\"><figcaption class=\"credit\">Photo: {} for {}</figcaption></figure>\n\
             <div class=\"kicker\"><a href=\"/{}/\">{}</a></div>\n\
             <header class=\"story-header\">{}<div class=\"story-meta\">{}</div></header>\n\
             <div class=\"story-body\">\n{}</div>\n{}",
            spec.host,
            slug(&s.title),
            AUTHORS[(i + 3) % AUTHORS.len()],
            esc(&spec.site),
            section_of(s),
            capitalize(&section_of(s)),
            headline("h2", " class=\"story-title\"", s, m),
            meta_line("span", "story-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("story-share", s, m, false),
        );
        if i == 1 {
            feed.push_str(&newsletter("nl-signup", spec));
        }
        if let Some(next) = spec.stories.get(i + 1) {
            let _ = writeln!(
                feed,
                "<a class=\"next-article-bar is-sticky\" href=\"{}\" data-next=\"true\"><span class=\"next-label\">Next article</span> <strong>{}</strong></a>",
                attr(&next.path),
                esc(&next.title)
            );
        }
    }
    let chrome = Chrome::named("masthead", "primary-nav", "rail", "site-footer", "consent");
    let page = format!(
        "{}{}<main class=\"content\"><div class=\"article-stream\">\n{feed}</div>{}</main>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Inline style of an email's paragraphs.
const EMAIL_P: &str = "<p style=\"margin:0 0 16px;font-family:Georgia,serif;font-size:17px;line-height:27px;color:#222\">";

/// (81) A newsletter archive page of email HTML (Mailchimp/Substack-like): every post a
/// `table.email-wrapper[role=presentation]` holding a 600px `table.email-container` of
/// rows: a hidden preheader (`display:none`, the post's first words), the masthead logo,
/// the headline `h1` in a `td`, author and date, the body's inline-styled paragraphs in
/// `td.post-body`, a "Read online" button to the post's address with a `utm_` query, a
/// footer with unsubscribe links; an "Earlier issue" divider between posts.
fn email_archive(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"archive-divider\"><span>Earlier issue</span></div>\n");
        }
        let text = body(&s.blocks, &BodyStyle::plain("h2")).replace("<p>", EMAIL_P);
        let mut meta = String::new();
        if m.byline {
            let _ = write!(meta, "{} · ", s.author);
        }
        meta.push_str(&s.date_text());
        let _ = writeln!(
            feed,
            "<table role=\"presentation\" class=\"email-wrapper\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#f4f4f4\"><tr><td align=\"center\">\n\
             <table role=\"presentation\" class=\"email-container\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#ffffff\">\n\
             <tr><td class=\"preheader\" style=\"display:none;max-height:0;overflow:hidden\">{}…</td></tr>\n\
             <tr><td class=\"masthead\" align=\"center\" style=\"padding:24px\"><img src=\"https://{}/email/logo.png\" width=\"180\" alt=\"{}\"></td></tr>\n\
             <tr><td class=\"post-title\" style=\"padding:0 32px\">{}</td></tr>\n\
             <tr><td class=\"post-meta\" style=\"padding:0 32px 16px;font-size:13px;color:#777\">{meta}</td></tr>\n\
             <tr><td class=\"post-body\" style=\"padding:0 32px\">\n{text}</td></tr>\n\
             <tr><td class=\"cta\" align=\"center\" style=\"padding:24px\"><a class=\"button\" href=\"{}?utm_source=newsletter&amp;utm_medium=email\" style=\"background:#ff6719;color:#fff;padding:12px 24px;border-radius:4px\">Read online</a></td></tr>\n\
             {}<tr><td class=\"email-footer\" style=\"padding:24px;font-size:12px;color:#999\">You are receiving this because you subscribed to {}. <a href=\"/account\">Manage preferences</a> · <a href=\"/unsubscribe\">Unsubscribe</a></td></tr>\n\
             </table></td></tr></table>",
            esc(&lede(s, 12)),
            spec.host,
            attr(&spec.site),
            headline(
                "h1",
                " style=\"font-family:Georgia,serif;font-size:30px;line-height:36px;margin:0 0 8px\"",
                s,
                m
            ),
            attr(&s.url),
            if m.share {
                format!("<tr><td class=\"share\" align=\"center\">{}</td></tr>\n", share_bar("share-row", s, m, true))
            } else {
                String::new()
            },
            esc(&spec.site),
        );
    }
    let page = format!(
        "<div class=\"archive-header\"><a class=\"logo\" href=\"/\">{}</a><nav><a href=\"/archive\">Archive</a> <a href=\"/about\">About</a> <a href=\"/subscribe\">Subscribe</a></nav></div>\n\
         <div class=\"archive\">\n{feed}</div>\n{}<div class=\"archive-footer\"><p>© 2024 {}. 548 Market Street, San Francisco, CA</p></div>\n",
        esc(&spec.site),
        newsletter("subscribe-widget", spec),
        esc(&spec.site),
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (82) A swipeable article pager (Swiper-like): the stories are `div.swiper-slide`s of
/// one `div.swiper-wrapper` (`role=group`, `aria-roledescription=slide`, "2 / 4"
/// labels); the active slide plain, the next one `aria-hidden="true"`, the later ones
/// also `hidden` until swiped to; every slide an `article.story` with an `h1`, meta, body
/// and share links as the marks say; prev/next buttons and pagination bullets after the
/// slides.
fn hidden_appended(spec: &Spec) -> String {
    let m = spec.marks;
    let n = spec.stories.len();
    let mut slides = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let state = match i {
            0 => " swiper-slide-active\"".to_owned(),
            1 => " swiper-slide-next\" aria-hidden=\"true\"".to_owned(),
            _ => "\" aria-hidden=\"true\" hidden".to_owned(),
        };
        let _ = writeln!(
            slides,
            "<div class=\"swiper-slide{state} role=\"group\" aria-roledescription=\"slide\" aria-label=\"{} / {n}\" data-swiper-slide-index=\"{i}\" data-url=\"{}\">\n\
             <article class=\"story\">{}<div class=\"story__meta\">{}</div>\n<div class=\"story__content\">\n{}</div>\n{}</article></div>",
            i + 1,
            attr(&s.path),
            headline("h1", " class=\"story__headline\"", s, m),
            meta_line("span", "story__meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("story__share", s, m, false),
        );
    }
    let mut bullets = String::new();
    for i in 0..n {
        let _ = write!(
            bullets,
            "<span class=\"swiper-pagination-bullet{}\" role=\"button\" aria-label=\"Go to slide {}\"></span>",
            if i == 0 { " swiper-pagination-bullet-active" } else { "" },
            i + 1
        );
    }
    let chrome = Chrome::named(
        "app-header",
        "app-nav",
        "app-rail",
        "app-footer",
        "app-consent",
    );
    let page = format!(
        "{}{}<main class=\"reader\"><div class=\"article-pager swiper swiper-initialized swiper-horizontal\">\n<div class=\"swiper-wrapper\" aria-live=\"polite\">\n{slides}</div>\n\
         <div class=\"swiper-button-prev swiper-button-disabled\" role=\"button\" aria-label=\"Previous article\"></div><div class=\"swiper-button-next\" role=\"button\" aria-label=\"Next article\"></div>\n\
         <div class=\"swiper-pagination\">{bullets}</div></div>{}</main>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (83) A CMS whose story partial repeats the document's metadata: every story a
/// `div.story-partial` opening with its own `<link rel="canonical">`, `og:url`,
/// `og:title` and `article:published_time` tags (in the body), an unlinked `h1`, meta, a
/// `div.story-text` and a tools row of buttons (no share links): the story's address is
/// only in those tags; a "Trending now" list between stories.
fn inner_canonical(spec: &Spec) -> String {
    let m = Marks {
        headline_link: false,
        share: false,
        ..spec.marks
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut trending =
                String::from("<div class=\"trending-now\"><h3>Trending now</h3><ol>");
            for t in spec.teasers.iter().skip(i).take(4) {
                let _ = write!(
                    trending,
                    "<li><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                );
            }
            trending.push_str("</ol></div>\n");
            feed.push_str(&trending);
        }
        let _ = writeln!(
            feed,
            "<div class=\"story-partial\" data-story-id=\"{}\">\n<link rel=\"canonical\" href=\"{}\"><meta property=\"og:url\" content=\"{}\">\
             <meta property=\"og:title\" content=\"{}\"><meta property=\"article:published_time\" content=\"{}\">\n\
             {}<div class=\"story-byline\">{}</div>\n<div class=\"story-text\">\n{}</div>\n\
             <div class=\"story-tools\"><button type=\"button\" data-action=\"share\">Share</button><button type=\"button\" data-action=\"save\">Save</button><button type=\"button\" data-action=\"print\">Print</button></div></div>",
            post_id(spec, s, 8),
            attr(&s.url),
            attr(&s.url),
            attr(&s.title),
            s.date_iso(),
            headline("h1", " class=\"story-headline\"", s, m),
            meta_line("span", "story-byline", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
        );
    }
    let chrome = Chrome::named(
        "global-header",
        "global-nav",
        "right-rail",
        "global-footer",
        "gdpr",
    );
    let page = format!(
        "{}{}<div class=\"layout\"><main class=\"story-stream\">\n{feed}</main>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// The chrome words of one locale of the eighth probe's portal: language, sections,
/// advertisement label, "related", byline prefix, share, "next article", comments.
struct Locale {
    lang: &'static str,
    sections: [&'static str; 8],
    ad: &'static str,
    related: &'static str,
    by: &'static str,
    share: &'static str,
    next: &'static str,
    comments: &'static str,
}

/// German, Portuguese, Russian and Korean portal chrome.
const LOCALES: [Locale; 4] = [
    Locale {
        lang: "de",
        sections: [
            "Politik",
            "Ausland",
            "Netzwelt",
            "Kultur",
            "Wissenschaft",
            "Wirtschaft",
            "Meinung",
            "Sport",
        ],
        ad: "Anzeige",
        related: "Mehr zum Thema",
        by: "Von",
        share: "Artikel teilen",
        next: "Nächster Artikel",
        comments: "Kommentare",
    },
    Locale {
        lang: "pt-BR",
        sections: [
            "Notícias",
            "Mundo",
            "Tecnologia",
            "Cultura",
            "Ciência",
            "Economia",
            "Opinião",
            "Esportes",
        ],
        ad: "Publicidade",
        related: "Leia também",
        by: "Por",
        share: "Compartilhar",
        next: "Próxima notícia",
        comments: "Comentários",
    },
    Locale {
        lang: "ru",
        sections: [
            "Новости",
            "В мире",
            "Технологии",
            "Культура",
            "Наука",
            "Экономика",
            "Мнения",
            "Спорт",
        ],
        ad: "Реклама",
        related: "Читайте также",
        by: "Автор:",
        share: "Поделиться",
        next: "Следующая новость",
        comments: "Комментарии",
    },
    Locale {
        lang: "ko",
        sections: [
            "뉴스",
            "국제",
            "IT",
            "문화",
            "과학",
            "경제",
            "오피니언",
            "스포츠",
        ],
        ad: "광고",
        related: "관련 기사",
        by: "기자",
        share: "공유하기",
        next: "다음 기사",
        comments: "댓글",
    },
];

/// (84) A news portal in German, Portuguese, Russian or Korean (Daum/Spiegel-like
/// template, chrome in the page's language): every story a `div.article_view` with a
/// `div.head_view` (section label, `h3.tit_view` headline, `div.info_view` of byline and
/// a numeric date), a `div.news_view#harmonyContainer` (the same `id` in every story)
/// whose `section` holds paragraphs marked `dmcf-ptype="general"`, a localized share row
/// and "related" list; a localized ad label and a "next article" bar between stories.
fn intl_portal(spec: &Spec) -> String {
    let m = spec.marks;
    let loc = &LOCALES[spec.rng().below(LOCALES.len())];
    let section = |s: &Story| {
        let k = SECTIONS
            .iter()
            .position(|x| *x == section_of(s))
            .unwrap_or(0);
        loc.sections[k]
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"ad_area\"><span class=\"ad_label\">{}</span><div id=\"ad-{i}\" class=\"ad_unit\"></div></div>\n<div class=\"next_bar\">{} ▼</div>",
                loc.ad, loc.next
            );
        }
        let (y, mo, d) = s.date;
        let date = if loc.lang == "ko" {
            format!("{y}.{mo:02}.{d:02}. 08:30")
        } else {
            format!("{d:02}.{mo:02}.{y}, 08:30")
        };
        let by = if !m.byline {
            String::new()
        } else if loc.lang == "ko" {
            format!("<span class=\"txt_info\">{} {}</span>", s.author, loc.by)
        } else {
            format!("<span class=\"txt_info\">{} {}</span>", loc.by, s.author)
        };
        let text =
            body(&s.blocks, &BodyStyle::plain("h3")).replace("<p>", "<p dmcf-ptype=\"general\">");
        let share = if m.share {
            let u = enc(&s.url);
            format!(
                "<div class=\"share_view\"><span>{}</span><a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\">Facebook</a><a href=\"https://twitter.com/intent/tweet?url={u}\">X</a><a href=\"https://t.me/share/url?url={u}\">Telegram</a></div>",
                loc.share
            )
        } else {
            String::new()
        };
        let mut related = format!(
            "<div class=\"related_news\"><strong class=\"tit_related\">{}</strong><ul>",
            loc.related
        );
        for t in spec.teasers.iter().skip(i).take(3) {
            let _ = write!(
                related,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            );
        }
        related.push_str("</ul></div>");
        let _ = writeln!(
            feed,
            "<div class=\"article_view\" data-tiara-layer=\"article_body\" data-cloud-area=\"article\">\n<div class=\"head_view\"><span class=\"info_cate\">{}</span>{}<div class=\"info_view\">{by}<span class=\"txt_info\"><span class=\"num_date\">{date}</span></span></div></div>\n\
             <div class=\"news_view\" id=\"harmonyContainer\"><section>\n{text}</section></div>\n{share}\n{related}\n<div class=\"cmt_area\"><a href=\"#comments\">{} 0</a></div></div>",
            section(s),
            headline("h3", " class=\"tit_view\"", s, m),
            loc.comments,
        );
    }
    let mut nav = String::from("<ul class=\"gnb\">");
    for (k, name) in loc.sections.iter().enumerate() {
        let _ = write!(nav, "<li><a href=\"/{}/\">{name}</a></li>", SECTIONS[k]);
    }
    nav.push_str("</ul>");
    let mut aside = format!(
        "<div class=\"aside_g\"><h3 class=\"tit_aside\">{}</h3><ol>",
        loc.related
    );
    for t in &spec.teasers {
        let _ = write!(
            aside,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    aside.push_str("</ol></div>");
    let page = format!(
        "<div id=\"kakaoHead\" class=\"head_top\"><h2 class=\"screen_out\">{}</h2><a class=\"logo\" href=\"/\">{}</a>{nav}</div>\n\
         <div id=\"kakaoContent\" class=\"cont_view\"><div id=\"mArticle\">\n{feed}</div><div id=\"mAside\">{aside}</div></div>\n\
         <div id=\"kakaoFoot\" class=\"foot_g\"><small>© {}</small></div>\n",
        esc(&spec.site),
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        &format!(" lang=\"{}\"", loc.lang),
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (85) A stream mixing three templates (a Forbes/CNBC-like feed where appended items
/// keep their own page types): a news story `article.news-article` (eyebrow, `h1`, meta,
/// photo, body), an opinion column `div.opinion-column` (a columnist card with photo,
/// name and bio first, an "Opinion" label, an `h2`, the body, a pull quote repeating its
/// first words), a video story `section.video-story` (a player, an `h1`, meta, the body as
/// `div` paragraphs under "About this video"); ad slots between them.
fn mixed_templates(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str(&ad_slot(spec, i));
        }
        let share = share_bar("social-share", s, m, false);
        let _ = match i % 3 {
            0 => writeln!(
                feed,
                "<article class=\"news-article\"><p class=\"eyebrow\"><a href=\"/{}/\">{}</a></p>{}<div class=\"news-article__meta\">{}</div>\
                 <figure class=\"news-article__photo\"><img src=\"https://{}/photos/{}.jpg\" alt=\"\"></figure>\n<div class=\"news-article__body\">\n{}</div>\n{share}</article>",
                section_of(s),
                capitalize(&section_of(s)),
                headline("h1", " class=\"news-article__title\"", s, m),
                meta_line("span", "news-article", s, m),
                spec.host,
                slug(&s.title),
                body(&s.blocks, &BodyStyle::plain("h2")),
            ),
            1 => writeln!(
                feed,
                "<div class=\"opinion-column\"><div class=\"columnist-card\"><img class=\"columnist-photo\" src=\"https://{}/columnists/{}.jpg\" alt=\"{}\">\
                 <a class=\"columnist-name\" href=\"/author/{}\">{}</a><p class=\"columnist-bio\">{} writes about politics and culture for {}. Columns appear on Tuesdays and Fridays.</p></div>\n\
                 <span class=\"label-opinion\">Opinion</span>{}<div class=\"column-date\">{}</div>\n<div class=\"column-text\">\n{}</div>\n\
                 <aside class=\"pull-quote\">“{}…”</aside>\n{share}</div>",
                spec.host,
                slug(s.author),
                s.author,
                slug(s.author),
                s.author,
                s.author,
                esc(&spec.site),
                headline("h2", " class=\"column-title\"", s, m),
                s.date_text(),
                body(&s.blocks, &BodyStyle::plain("h3")),
                esc(&lede(s, 12)),
            ),
            _ => writeln!(
                feed,
                "<section class=\"video-story\" data-video-id=\"{}\"><div class=\"player\" data-src=\"https://video.{}/{}.m3u8\"><button aria-label=\"Play video\">▶</button><span class=\"duration\">3:42</span></div>\n\
                 {}<div class=\"video-meta\">{}</div>\n<div class=\"video-description\"><h4>About this video</h4>\n{}</div>\n{share}<a class=\"more-videos\" href=\"/video/\">More videos</a></section>",
                post_id(spec, s, 10),
                spec.host,
                slug(&s.title),
                headline("h1", " class=\"video-title\"", s, m),
                meta_line("span", "video-meta", s, m),
                body(
                    &s.blocks,
                    &BodyStyle {
                        para: ParaStyle::Div,
                        ..BodyStyle::plain("h3")
                    }
                ),
            ),
        };
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "site-rail",
        "site-footer",
        "onetrust-banner",
    );
    let page = format!(
        "{}{}<div class=\"stream-container\"><main class=\"stream\">\n{feed}</main>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// (86) A Rails (Hotwire) blog: story 1 an `article.post` in `main`; every later story the
/// same `article.post` inside a loaded `turbo-frame#post_N` whose `src` is the story's
/// path; the body an Action Text `div.trix-content` (one `div` of text lines split by
/// `<br>` runs); a footer with a comments link and share links as the marks say; an
/// empty lazy `turbo-frame` for the next page at the end.
fn turbo_frames(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let post = format!(
            "<article class=\"post\" id=\"article_{}\">{}<p class=\"post__meta\">{}</p>\n<div class=\"trix-content\">\n<div>{}</div>\n</div>\n\
             <footer class=\"post__footer\"><a href=\"{}#comments\">{} comments</a>{}</footer></article>",
            100 + i,
            headline("h2", " class=\"post__title\"", s, m),
            meta_line("span", "post__meta", s, m),
            body(
                &s.blocks,
                &BodyStyle {
                    para: ParaStyle::Br,
                    ..BodyStyle::plain("h3")
                }
            ),
            attr(&s.path),
            3 + i * 4,
            share_bar("post__share", s, m, false),
        );
        if i == 0 {
            let _ = writeln!(feed, "{post}");
        } else {
            let _ = writeln!(
                feed,
                "<turbo-frame id=\"post_{}\" src=\"{}\" loading=\"lazy\" target=\"_top\" complete>\n{post}\n</turbo-frame>",
                100 + i,
                attr(&s.path)
            );
        }
    }
    let chrome = Chrome::named(
        "navbar",
        "navbar-menu",
        "sidebar",
        "footer",
        "cookie-notice",
    );
    let page = format!(
        "{}{}<main class=\"container\">\n{feed}<turbo-frame id=\"next_page\" src=\"/posts?page=2\" loading=\"lazy\"></turbo-frame></main>{}\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<meta name=\"turbo-cache-control\" content=\"no-preview\">\n",
        ),
        "",
        &page,
    )
}

/// (87) Control: one newsletter issue as email HTML (one story): a hidden preheader, a
/// masthead, "Issue #N", the headline `h1`, then every section its own
/// `table.section[role=presentation]` with an `h2`, its inline-styled paragraphs and a
/// "Share this section" link carrying the issue's address with the section's fragment;
/// a footer with unsubscribe links.
fn single_newsletter_issue(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let open = |out: &mut String, k: usize, title: Option<&str>| {
        let _ = writeln!(
            out,
            "<table role=\"presentation\" class=\"section\" id=\"section-{k}\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:16px 32px\">{}",
            title
                .map(|t| format!("<h2 style=\"font-size:22px;margin:0 0 12px\">{}</h2>", esc(t)))
                .unwrap_or_default()
        );
    };
    let close = |out: &mut String, k: usize| {
        let _ = writeln!(
            out,
            "<p class=\"share-section\" style=\"font-size:13px\"><a href=\"https://twitter.com/intent/tweet?url={}\">Share this section</a></p></td></tr></table>\n\
             <img class=\"divider\" src=\"https://{}/email/divider.png\" width=\"600\" height=\"8\" alt=\"\">",
            enc(&format!("{}#section-{k}", s.url)),
            spec.host
        );
    };
    let mut out = String::new();
    let mut k = 0;
    open(&mut out, k, None);
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            close(&mut out, k);
            k += 1;
            open(&mut out, k, Some(t));
            continue;
        }
        out.push_str(
            &body(std::slice::from_ref(block), &BodyStyle::plain("h3")).replace("<p>", EMAIL_P),
        );
    }
    close(&mut out, k);
    let page = format!(
        "<table role=\"presentation\" class=\"email-wrapper\" width=\"100%\" bgcolor=\"#f4f4f4\"><tr><td align=\"center\">\n\
         <div class=\"preheader\" style=\"display:none;max-height:0;overflow:hidden\">{}…</div>\n\
         <table role=\"presentation\" class=\"email-container\" width=\"600\" bgcolor=\"#ffffff\"><tr><td align=\"center\" style=\"padding:24px\"><img src=\"https://{}/email/logo.png\" width=\"180\" alt=\"{}\">\
         <p class=\"issue-no\">Issue #{} · {}</p>{}<p class=\"by\">{}</p><a href=\"{}\">View in browser</a></td></tr></table>\n{out}\
         <table role=\"presentation\" class=\"email-footer\" width=\"600\"><tr><td style=\"padding:24px;font-size:12px;color:#999\">You are receiving this because you subscribed to {}. <a href=\"/account\">Manage preferences</a> · <a href=\"/unsubscribe\">Unsubscribe</a></td></tr></table>\n\
         </td></tr></table>\n",
        esc(&lede(s, 12)),
        spec.host,
        attr(&spec.site),
        100 + spec.seed % 200,
        s.date_text(),
        headline("h1", " style=\"font-size:30px\"", s, m),
        if m.byline { s.author } else { "" },
        attr(&s.url),
        esc(&spec.site),
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (88) Control: a serialized long read (one story): an `h1`, dek and meta, an intro, then
/// every section a `section.chapter#chapter-N` of one template (a "Chapter N of M"
/// label, a hero photo with a photographer's credit, an `h2`, the section's paragraphs, a
/// "Share this chapter" link carrying the story's address with the chapter's fragment).
fn single_chapters(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let total = s
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading(_)))
        .count();
    let mut out = String::from("<div class=\"longform-intro\">\n");
    let mut k = 0;
    let close = |out: &mut String, k: usize| {
        if k == 0 {
            out.push_str("</div>\n");
        } else {
            let _ = writeln!(
                out,
                "</div><div class=\"chapter-share\"><a href=\"https://www.facebook.com/sharer/sharer.php?u={}\">Share this chapter</a></div></section>",
                enc(&format!("{}#chapter-{k}", s.url))
            );
        }
    };
    for block in &s.blocks {
        if let Block::Heading(t) = block {
            close(&mut out, k);
            k += 1;
            let _ = writeln!(
                out,
                "<section class=\"chapter\" id=\"chapter-{k}\"><div class=\"chapter-label\">Chapter {k} of {total}</div>\
                 <figure class=\"chapter-hero\"><img src=\"https://{}/longform/{}-{k}.jpg\" alt=\"\"><figcaption>Photograph by {}</figcaption></figure>\
                 <h2 class=\"chapter-title\">{}</h2>\n<div class=\"chapter-body\">",
                spec.host,
                slug(&s.title),
                AUTHORS[(k + 4) % AUTHORS.len()],
                esc(t)
            );
            continue;
        }
        out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
    }
    close(&mut out, k);
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "site-aside",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"longform\"><article class=\"longform-article\"><header class=\"longform-header\">{}<p class=\"dek\">{}…</p><div class=\"meta\">{}</div></header>\n{out}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"longform-title\"", s, m),
        esc(&lede(s, 16)),
        meta_line("span", "meta", s, m),
        share_bar("article-share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

// -------------------------------------------------- layouts of the ninth probe

/// (89) An Astro site: every story server-rendered inside an `astro-island` custom element
/// (`component-url`, `props` JSON naming the story's slug, `client="visible"`) holding a
/// `div.post` with scoped `data-astro-cid-…` attributes: an `h1`, meta, the body and share
/// links as the marks say; a newsletter island (`client="idle"`) after story 1.
fn astro_islands(spec: &Spec) -> String {
    let m = spec.marks;
    let cid = spec.hashed("astro-cid").replace(['_', '-'], "");
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let text = body(&s.blocks, &BodyStyle::plain("h2"))
            .replace("<p>", &format!("<p data-astro-cid-{cid}>"));
        let _ = writeln!(
            feed,
            "<astro-island uid=\"Z{}\" prefix=\"r{i}\" component-url=\"/_astro/PostBody.{cid}.js\" component-export=\"default\" \
             renderer-url=\"/_astro/client.{cid}.js\" props=\"{{&quot;slug&quot;:[0,&quot;{}&quot;],&quot;index&quot;:[0,{i}]}}\" ssr=\"\" client=\"visible\" \
             opts=\"{{&quot;name&quot;:&quot;PostBody&quot;,&quot;value&quot;:true}}\" await-children=\"\">\
             <div class=\"post\" data-astro-cid-{cid}>{}<div class=\"post-meta\" data-astro-cid-{cid}>{}</div>\n<div class=\"prose\" data-astro-cid-{cid}>\n{text}</div>\n{}</div></astro-island>",
            post_id(spec, s, 8),
            attr(&slug(&s.title)),
            headline("h1", &format!(" class=\"title\" data-astro-cid-{cid}"), s, m),
            meta_line("span", "post-meta", s, m),
            share_bar("share", s, m, false),
        );
        if i == 0 {
            let _ = writeln!(
                feed,
                "<astro-island uid=\"N{cid}\" component-url=\"/_astro/Newsletter.{cid}.js\" component-export=\"default\" ssr=\"\" client=\"idle\">{}</astro-island>",
                newsletter("newsletter", spec)
            );
        }
    }
    let chrome = Chrome::named("site-header", "site-nav", "aside", "site-footer", "consent");
    let page = format!(
        "{}{}<main data-astro-cid-{cid}>\n{feed}<astro-island uid=\"L{cid}\" component-url=\"/_astro/LoadMore.{cid}.js\" client=\"visible\"><button>Load next story</button></astro-island></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\" data-astro-transition-scope",
        &head(
            spec,
            rand_json_ld(spec),
            "<script type=\"module\" src=\"/_astro/hoisted.js\"></script>\n",
        ),
        "",
        &page,
    )
}

/// (90) Stories as open folds (a "liveblog of stories"): every story a
/// `details.story-fold[open]` whose `<summary>` holds the headline `h2` and meta, then a
/// `div.fold-body` with the body and share links as the marks say; a "Collapse all"
/// toolbar above the folds and an ad between them.
fn details_folds(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str(&ad_slot(spec, i));
        }
        let _ = writeln!(
            feed,
            "<details class=\"story-fold\" id=\"story-{}\" open><summary class=\"fold-summary\">{}<span class=\"fold-meta\">{}</span></summary>\n\
             <div class=\"fold-body\">\n{}{}</div></details>",
            i + 1,
            headline("h2", " class=\"fold-title\"", s, m),
            meta_line("span", "fold-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("fold-share", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<main class=\"{}\"><div class=\"fold-toolbar\"><button type=\"button\">Collapse all</button> <button type=\"button\">Expand all</button></div>\n<div class=\"fold-list\">\n{feed}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("main"),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (91) Stories separated only by their headlines: one `div.entry-content` holding, at
/// its top level, every story's linked `h2`, a byline `<p>`, the body's paragraphs
/// (subheadings `h3`) and share links as the marks say, with no element wrapping a story;
/// an ad after story 2.
fn h2_flat_div(spec: &Spec) -> String {
    let m = Marks {
        headline_link: true,
        ..spec.marks
    };
    let mut flat = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            flat,
            "{}\n<p class=\"byline\">{}</p>\n{}{}",
            headline("h2", "", s, m),
            meta_line("span", "byline", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("sharedaddy", s, m, false),
        );
        if i == 1 {
            flat.push_str(&ad_slot(spec, i));
        }
    }
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-law-info-bar",
    );
    let page = format!(
        "{}{}<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><div class=\"entry-content\">\n{flat}</div></div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (92) Two columns: story 1 a `div.article` in the wide `div.col-left`, stories 2.. full
/// `div.article-card`s (an `h2`, meta, body, share links as the marks say) stacked in the
/// narrow `div.col-right` beside it, under a "More stories" label; the site sidebar below
/// both.
fn two_columns(spec: &Spec) -> String {
    let m = spec.marks;
    let s0 = spec.first();
    let left = format!(
        "<div class=\"article\">{}<div class=\"meta\">{}</div>\n<div class=\"article-body\">\n{}</div>\n{}</div>",
        headline("h1", " class=\"article-title\"", s0, m),
        meta_line("span", "meta", s0, m),
        body(&s0.blocks, &BodyStyle::plain("h2")),
        share_bar("share", s0, m, false),
    );
    let mut right = String::from("<div class=\"more-label\">More stories</div>\n");
    for s in spec.stories.iter().skip(1) {
        let _ = writeln!(
            right,
            "<div class=\"article-card\">{}<div class=\"meta\">{}</div>\n<div class=\"card-body\">\n{}</div>\n{}</div>",
            headline("h2", " class=\"card-title\"", s, m),
            meta_line("span", "meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
        );
    }
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "cookie-banner");
    let page = format!(
        "{}{}<div class=\"container\"><div class=\"row\"><div class=\"col-left col-lg-8\">\n{left}\n</div><div class=\"col-right col-lg-4\">\n{right}</div></div>{}{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        newsletter("newsletter-box", spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (93) A phpBB news thread: every story a post `div.post.has-profile` with a
/// `dl.postprofile` (user, rank, post count), a `div.postbody` holding the story's `h3`
/// subject (linked as the marks say), a "Post by … »" line with the post's own
/// `viewtopic.php?p=N#pN` anchor, the body in `div.content` and the poster's
/// `div.signature` (a sentence repeated under each of their posts); share links as the
/// marks say; a topic title `h2` and pagination above the posts.
fn phpbb_thread(spec: &Spec) -> String {
    let m = spec.marks;
    let mut posts = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let user = FORUM_USERS[(spec.seed as usize + i % 2) % FORUM_USERS.len()];
        let p = 40_000 + spec.seed % 9_000 + i as u64 * 7;
        let _ = writeln!(
            posts,
            "<div id=\"p{p}\" class=\"post has-profile bg{}\"><div class=\"inner\">\
             <dl class=\"postprofile\" id=\"profile{p}\"><dt class=\"has-profile-rank\"><a href=\"./memberlist.php?mode=viewprofile&amp;u={}\" class=\"username-coloured\">{user}</a></dt>\
             <dd class=\"profile-rank\">News desk</dd><dd class=\"profile-posts\"><strong>Posts:</strong> {}</dd><dd class=\"profile-joined\"><strong>Joined:</strong> Mar 2014</dd></dl>\n\
             <div class=\"postbody\"><div id=\"post_content{p}\">{}\
             <p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p={p}#p{p}\" title=\"Post\">Post</a> by <strong>{user}</strong> » {}</p>\n\
             <div class=\"content\">\n{}</div>\n{}\
             <div id=\"sig{p}\" class=\"signature\">Moderator of the {} news forum. Tips welcome by private message; quotes are from the linked sources, opinions are my own.</div></div></div>\
             <div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Top\">Top</a></div></div></div>\n<hr class=\"divider\">",
            1 + i % 2,
            100 + i,
            1200 + i * 37,
            headline("h3", "", s, m),
            s.date_text(),
            body(&s.blocks, &BodyStyle { para: ParaStyle::Br, ..BodyStyle::plain("h4") }),
            share_bar("post-share", s, m, false),
            esc(&spec.site),
        );
    }
    let pagination = "<div class=\"action-bar bar-top\"><a href=\"./posting.php?mode=reply\" class=\"button\">Post Reply</a><div class=\"pagination\">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>\n";
    let page = format!(
        "<div id=\"wrap\" class=\"wrap\"><a id=\"top\" class=\"top-anchor\"></a><div id=\"page-header\"><div class=\"headerbar\"><a class=\"logo\" href=\"./index.php\">{}</a><p class=\"skiplink\"><a href=\"#start_here\">Skip to content</a></p></div>\
         <div class=\"navbar\"><ul class=\"nav-breadcrumbs\"><li><a href=\"./index.php\">Board index</a> ‹ <a href=\"./viewforum.php?f=3\">News</a></li></ul></div></div>\n\
         <div id=\"page-body\" class=\"page-body\"><h2 class=\"topic-title\"><a href=\"./viewtopic.php?t={}\">Today's news thread</a></h2>\n{pagination}{posts}{pagination}</div>\n\
         <div id=\"page-footer\" class=\"page-footer\"><div class=\"copyright\">Powered by <a href=\"https://www.phpbb.com/\">phpBB</a>® Forum Software © phpBB Limited</div></div></div>\n",
        esc(&spec.site),
        spec.seed % 10_000,
    );
    document(
        " dir=\"ltr\" lang=\"en-gb\"",
        &head(spec, false, ""),
        " id=\"phpbb\" class=\"nojs notouch section-viewtopic ltr\"",
        &page,
    )
}

/// (94) Tumblr reblog chains: every story an `article.post` whose header names the
/// reblogging blog, then a `div.reblog-list` of two `div.reblog-list-item`s (the original
/// poster's item with the `h1` title and the first half of the body, a reblogger's item
/// with the rest), tags, and a footer with a notes link to the post's address and share
/// links as the marks say.
fn tumblr_reblogs(spec: &Spec) -> String {
    let m = spec.marks;
    let mut posts = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let parts = chunks(&s.blocks, 2);
        let first = parts.first().copied().unwrap_or(&[]);
        let rest: &[Block] = parts.get(1).copied().unwrap_or(&[]);
        let blog = |k: usize| FORUM_USERS[(i + k) % FORUM_USERS.len()].replace('.', "-");
        let _ = writeln!(
            posts,
            "<article class=\"post text-post\" data-post-id=\"{}\"><header class=\"post-header\"><img class=\"avatar\" src=\"https://64.media.example/avatar_{}.png\" alt=\"\" width=\"40\">\
             <a class=\"tumblelog\" href=\"/\">{}</a> reblogged <a class=\"reblog-source\" href=\"https://{}.tumblr.example/\">{}</a></header>\n\
             <div class=\"reblog-list\"><div class=\"reblog-list-item\"><div class=\"reblog-header\"><a class=\"reblog-tumblelog-name\" href=\"https://{}.tumblr.example/\">{}</a></div>\
             <div class=\"reblog-content\">{}\n{}</div></div>\n\
             <div class=\"reblog-list-item\"><div class=\"reblog-header\"><a class=\"reblog-tumblelog-name\" href=\"https://{}.tumblr.example/\">{}</a></div><div class=\"reblog-content\">\n{}</div></div></div>\n\
             <div class=\"tags\"><a href=\"/tagged/news\">#news</a> <a href=\"/tagged/longreads\">#longreads</a></div>\
             <footer class=\"post-footer\"><a class=\"post-notes\" href=\"{}\">{} notes</a> <span class=\"post-date\">{}</span>{}</footer></article>",
            post_id(spec, s, 12),
            i,
            esc(&spec.site),
            blog(1),
            blog(1),
            blog(2),
            blog(2),
            headline("h1", "", s, m),
            body(first, &BodyStyle::plain("h2")),
            blog(1),
            blog(1),
            body(rest, &BodyStyle::plain("h2")),
            attr(&s.path),
            120 + i * 311,
            s.date_text(),
            share_bar("post-share", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"container\"><header id=\"blog-header\"><a class=\"blog-title\" href=\"/\">{}</a><p class=\"description\">Things I found worth reading.</p>\
         <nav><a href=\"/archive\">Archive</a> <a href=\"/ask\">Ask me anything</a> <a href=\"/rss\">RSS</a></nav></header>\n\
         <section id=\"posts\">\n{posts}</section><nav id=\"pagination\"><a href=\"/page/2\">Older posts</a></nav></div>\n\
         <iframe class=\"tmblr-iframe\" src=\"https://assets.tumblr.example/iframe\" title=\"Follow\"></iframe>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, false, ""),
        " class=\"tumblr-theme\"",
        &page,
    )
}

/// (95) A Wix blog: every story a `div[data-hook=post-page-container]` of hashed classes
/// with an `h1[data-hook=post-title]` (its text in a `span`), a `div[data-hook=post-metadata]`
/// row, the body in a rich-content viewer (`div[data-id=rich-content-viewer]`, every
/// paragraph a hashed `p[dir=auto]` holding a styled `span`), share links as the marks say
/// and a "Recent Posts" row of cards.
fn wix_rich_content(spec: &Spec) -> String {
    let m = spec.marks;
    let p_class = spec.hashed("rce-p");
    let mut feed = String::new();
    for s in &spec.stories {
        let text = body(&s.blocks, &BodyStyle::plain("h2"))
            .replace(
                "<p>",
                &format!("<p class=\"{p_class}\" dir=\"auto\"><span style=\"font-size:18px\">"),
            )
            .replace("</p>", "</span></p>");
        let mut recent = String::from("<div data-hook=\"recent-posts\"><h2 class=\"recent-title\">Recent Posts</h2><div class=\"recent-row\">");
        for t in spec.teasers.iter().take(3) {
            let _ = write!(
                recent,
                "<div data-hook=\"post-list-item\"><a href=\"{}\"><p data-hook=\"post-title\">{}</p></a><div data-hook=\"views\">{} views</div></div>",
                attr(&t.path),
                esc(&t.title),
                40 + t.title.len()
            );
        }
        recent.push_str("</div></div>");
        let title = if m.headline_link {
            format!("<a href=\"{}\"><span class=\"post-title__text blog-post-title-font\">{}</span></a>", attr(&s.path), esc(&s.title))
        } else {
            format!(
                "<span class=\"post-title__text blog-post-title-font\">{}</span>",
                esc(&s.title)
            )
        };
        let _ = writeln!(
            feed,
            "<div data-hook=\"post-page-container\" class=\"{}\"><div class=\"{}\"><div data-hook=\"post-metadata\" class=\"{}\">{}</div>\
             <h1 data-hook=\"post-title\" class=\"{}\">{title}</h1>\n\
             <div data-rce-version=\"9.13.0\" data-id=\"rich-content-viewer\" class=\"{}\"><div class=\"{}\">\n{text}</div></div>\n{}</div>{recent}</div>",
            spec.hashed("container"),
            spec.hashed("post"),
            spec.hashed("meta"),
            meta_line("span", "post-metadata", s, m),
            spec.hashed("title"),
            spec.hashed("rce"),
            spec.hashed("rce-inner"),
            share_bar("post-social", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"SITE_CONTAINER\"><div id=\"main_MF\">{}{}<main id=\"PAGES_CONTAINER\" tabindex=\"-1\"><div id=\"SITE_PAGES\">\n{feed}</div></main>{}</div></div>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (96) Kicker headings: every story a `div.story-unit` opening with its section's name
/// as an `h2.kicker`, the headline a `p.hed` (no heading element), a `p.dek`, meta, the
/// body with `h3` subheadings and share links as the marks say; the sidebar's widget
/// titles are `h2`s too.
fn kicker_headings(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for s in &spec.stories {
        let _ = writeln!(
            feed,
            "<div class=\"story-unit\"><h2 class=\"kicker\"><a href=\"/{}/\">{}</a></h2>{}<p class=\"dek\">{}…</p><div class=\"meta\">{}</div>\n\
             <div class=\"story-text\">\n{}</div>\n{}</div>",
            section_of(s),
            capitalize(&section_of(s)),
            headline("p", " class=\"hed\" role=\"heading\" aria-level=\"1\"", s, m),
            esc(&lede(s, 14)),
            meta_line("span", "meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share-tools", s, m, false),
        );
    }
    let chrome = Chrome::named("masthead", "nav", "rail", "footer", "consent");
    let page = format!(
        "{}{}<main class=\"stream\">\n{feed}</main>{}{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome
            .sidebar(spec)
            .replace("<h3>", "<h2>")
            .replace("</h3>", "</h2>"),
        newsletter("newsletter", spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (97) Headlines before their articles: in one `div.feed` every story is an `h2`
/// headline and a `div.dateline` (meta) as siblings, then an `<article>` holding only the
/// body and share links as the marks say; a "Sponsored" strip between stories.
fn headline_outside_article(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"sponsored-strip\"><span>Sponsored</span> <a href=\"https://ads.example/click?id={i}\">Compare the best savings rates this month</a></div>"
            );
        }
        let _ = writeln!(
            feed,
            "{}<div class=\"dateline\">{}</div>\n<article class=\"{}\">\n{}{}</article>",
            headline(
                "h2",
                &format!(" class=\"{}\"", spec.hashed("headline")),
                s,
                m
            ),
            meta_line("span", "dateline", s, m),
            spec.hashed("article"),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<div class=\"{}\"><div class=\"feed\">\n{feed}</div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("layout"),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (98) Control: a podcast episode page with its transcript (one story): an `h1`, an
/// audio player and show notes, then every block a `div.transcript-segment` of one
/// template (speaker name, a timestamp link to the episode's address with `?t=`, the
/// text), section headings as chapter markers; share links as the marks say.
fn single_transcript(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    let mut secs = 0;
    for (k, block) in s.blocks.iter().enumerate() {
        if let Block::Heading(t) = block {
            let _ = writeln!(
                out,
                "<h2 class=\"chapter-marker\" id=\"ch-{k}\">{}</h2>",
                esc(t)
            );
            continue;
        }
        secs += 47 + (k * 13) % 40;
        let _ = writeln!(
            out,
            "<div class=\"transcript-segment\" id=\"t-{secs}\"><div class=\"segment-head\"><span class=\"speaker-name\">{}</span> \
             <a class=\"timestamp\" href=\"{}?t={secs}\">{:02}:{:02}</a></div>\n<div class=\"segment-text\">{}</div></div>",
            AUTHORS[(k % 2) * 3 % AUTHORS.len()],
            attr(&s.url),
            secs / 60,
            secs % 60,
            body(std::slice::from_ref(block), &BodyStyle::plain("h3")),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"episode\"><header class=\"episode-header\"><p class=\"show-name\">The {} Podcast · Episode {}</p>{}<div class=\"meta\">{}</div>\
         <audio controls preload=\"none\" src=\"https://{}/audio/ep-{}.mp3\"></audio></header>\n\
         <section class=\"show-notes\"><h2>Show notes</h2><ul><li><a href=\"/subscribe\">Subscribe on your podcast app</a></li><li><a href=\"/support\">Support the show</a></li></ul></section>\n\
         <section class=\"transcript\"><h2>Transcript</h2>\n{out}</section>{}</main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        esc(&spec.site),
        100 + spec.seed % 300,
        headline("h1", " class=\"episode-title\"", s, m),
        meta_line("span", "meta", s, m),
        spec.host,
        spec.seed % 300,
        share_bar("episode-share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Names of a match's periods, in order.
const PERIODS: [&str; 4] = [
    "First quarter",
    "Second quarter",
    "Third quarter",
    "Fourth quarter",
];

/// (99) Control: a sports match report (one story): an `h1`, a scoreboard, meta, then
/// every quarter a `section.period-summary` of one template (an `h2` with the quarter's
/// name, a running score line, the quarter's paragraphs, a "Watch highlights" link to the
/// report's address with a fragment); share links as the marks say.
fn single_match_report(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    let (mut home, mut away) = (0, 0);
    for (k, part) in chunks(&s.blocks, PERIODS.len()).into_iter().enumerate() {
        home += 14 + (spec.seed as usize + k * 5) % 15;
        away += 12 + (spec.seed as usize + k * 7) % 17;
        let _ = writeln!(
            out,
            "<section class=\"period-summary\" id=\"q{}\"><h2 class=\"period-title\">{}</h2><div class=\"running-score\">Home {home} – {away} Away</div>\n\
             <div class=\"period-body\">\n{}</div><a class=\"highlights\" href=\"{}#q{}\">Watch highlights</a></section>",
            k + 1,
            PERIODS[k.min(PERIODS.len() - 1)],
            body(part, &BodyStyle::plain("h3")),
            attr(&s.path),
            k + 1,
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"match-report\"><article class=\"report\">{}<div class=\"scoreboard\"><span class=\"team\">Home</span> <span class=\"score\">{home} – {away}</span> <span class=\"team\">Away</span> <span class=\"status\">Final</span></div>\
         <div class=\"meta\">{}</div>\n{out}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"report-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("report-share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (100) Every teaser an `<article>`: the main column's stories are `article.story-full`s
/// (an `h2`, meta, body, share links as the marks say); the right rail holds as many
/// `article.story-teaser`s (a thumbnail, an `h3` link, a dek, a date) as the page has
/// teasers, and a "Latest" strip of teaser `<article>`s sits between stories 1 and 2.
fn article_teasers_rail(spec: &Spec) -> String {
    let m = spec.marks;
    let teaser = |t: &Teaser, k: usize| {
        format!(
            "<article class=\"story-teaser\"><a class=\"thumb\" href=\"{0}\"><img src=\"/img/t{k}.jpg\" alt=\"\" width=\"120\"></a>\
             <h3 class=\"teaser-title\"><a href=\"{0}\">{1}</a></h3><p class=\"teaser-dek\">{2}…</p><time datetime=\"2024-03-0{3}\">March {3}, 2024</time></article>\n",
            attr(&t.path),
            esc(&t.title),
            esc(&t.excerpt),
            1 + k % 9
        )
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i == 1 {
            feed.push_str("<section class=\"latest-strip\"><h2 class=\"strip-title\">Latest</h2>");
            for (k, t) in spec.teasers.iter().take(3).enumerate() {
                feed.push_str(&teaser(t, k));
            }
            feed.push_str("</section>\n");
        }
        let _ = writeln!(
            feed,
            "<article class=\"story-full\">{}<div class=\"meta\">{}</div>\n<div class=\"story-body\">\n{}</div>\n{}</article>",
            headline("h2", " class=\"story-title\"", s, m),
            meta_line("span", "meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
        );
    }
    let mut rail = String::from("<aside class=\"rail\"><h2 class=\"rail-title\">More news</h2>\n");
    for (k, t) in spec.teasers.iter().enumerate() {
        rail.push_str(&teaser(t, k + 3));
    }
    rail.push_str("</aside>\n");
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<div class=\"layout\"><main class=\"main-col\">\n{feed}</main>{rail}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (101) The headline inside the lead link: every story a `div` of hashed classes whose
/// first child is an `<a>` to the story wrapping the lead image and the `h1` headline,
/// then meta, the body and share links as the marks say; an ad between stories.
fn linked_image_h1(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str(&ad_slot(spec, i));
        }
        let _ = writeln!(
            feed,
            "<div class=\"{}\"><a class=\"{}\" href=\"{}\"><picture><img src=\"https://{}/img/lead-{i}.jpg\" alt=\"\" width=\"1200\"></picture><h1 class=\"{}\">{}</h1></a>\
             <div class=\"{}\">{}</div>\n<div class=\"{}\">\n{}</div>\n{}</div>",
            spec.hashed("story"),
            spec.hashed("lead-link"),
            attr(&s.path),
            spec.host,
            spec.hashed("title"),
            esc(&s.title),
            spec.hashed("meta"),
            meta_line("span", "meta", s, m),
            spec.hashed("body"),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar(&spec.hashed("share"), s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<div class=\"{}\">\n{feed}</div>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("feed"),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (102) Web Stories: every story an `amp-story[standalone]` with its own `title` and
/// `publisher` attributes, the headline an `h1` in the cover `amp-story-page`'s
/// `amp-story-grid-layer`, the body split over further pages (one layer of paragraphs
/// each), an `amp-story-page-outlink` to the story's address on the last page.
fn amp_story_pages(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let mut pages = format!(
            "<amp-story-page id=\"cover-{i}\"><amp-story-grid-layer template=\"fill\"><amp-img src=\"https://{}/img/cover-{i}.jpg\" width=\"720\" height=\"1280\" layout=\"responsive\"></amp-img></amp-story-grid-layer>\
             <amp-story-grid-layer template=\"vertical\">{}<p class=\"byline\">{}</p></amp-story-grid-layer></amp-story-page>\n",
            spec.host,
            headline("h1", "", s, m),
            meta_line("span", "byline", s, m),
        );
        let parts = chunks(&s.blocks, 4);
        let last = parts.len().saturating_sub(1);
        for (k, part) in parts.into_iter().enumerate() {
            let outlink = if k == last {
                format!(
                    "<amp-story-page-outlink layout=\"nodisplay\"><a href=\"{}\">Read more</a></amp-story-page-outlink>",
                    attr(&s.url)
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                pages,
                "<amp-story-page id=\"p{i}-{k}\"><amp-story-grid-layer template=\"vertical\">\n{}</amp-story-grid-layer>{outlink}</amp-story-page>",
                body(part, &BodyStyle { fig: FigStyle::Amp, ..BodyStyle::plain("h2") }),
            );
        }
        let _ = writeln!(
            feed,
            "<amp-story standalone title=\"{}\" publisher=\"{}\" publisher-logo-src=\"/logo.png\" poster-portrait-src=\"/img/cover-{i}.jpg\">\n{pages}</amp-story>{}",
            attr(&s.title),
            attr(&spec.site),
            share_bar("story-share", s, m, false),
        );
    }
    document(
        " amp lang=\"en\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<script async src=\"https://cdn.ampproject.example/v0.js\"></script>\n<script async custom-element=\"amp-story\" src=\"https://cdn.ampproject.example/v0/amp-story-1.0.js\"></script>\n",
        ),
        "",
        &feed,
    )
}

/// (103) Permalinks only in microdata: every story a `div[itemscope][itemtype=NewsArticle]`
/// with a `<meta itemprop="url">` and `<meta itemprop="datePublished">`, an unlinked `h2`
/// headline (`itemprop=headline`), a byline as the marks say and the body in
/// `div[itemprop=articleBody]`; no headline links or share links.
fn meta_itemprop_url(spec: &Spec) -> String {
    let m = Marks {
        headline_link: false,
        share: false,
        ..spec.marks
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i == 1 {
            feed.push_str(&newsletter("nl-box", spec));
        }
        let _ = writeln!(
            feed,
            "<div class=\"{}\" itemscope itemtype=\"https://schema.org/NewsArticle\"><meta itemprop=\"url\" content=\"{}\"><meta itemprop=\"datePublished\" content=\"{}\">\
             {}<div class=\"{}\">{}</div>\n<div itemprop=\"articleBody\">\n{}</div></div>",
            spec.hashed("item"),
            attr(&s.url),
            s.date_iso(),
            headline("h2", " itemprop=\"headline\"", s, m),
            spec.hashed("byline"),
            meta_line("span", "byline", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<main>\n{feed}</main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (104) Bylines after the body: every story a `section.post` with an unlinked `h2`, the
/// body, then a `footer.entry-footer` holding the byline, the date, a "Permalink" link to
/// the story, tags and share links as the marks say; a comments-count link between stories.
fn byline_footer(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for s in &spec.stories {
        let _ = writeln!(
            feed,
            "<section class=\"post\"><h2 class=\"post-title\">{}</h2>\n<div class=\"post-body\">\n{}</div>\
             <footer class=\"entry-footer\">{}<a class=\"permalink\" href=\"{}\" rel=\"bookmark\">Permalink</a> \
             <span class=\"tags\">Filed under <a href=\"/{}/\">{}</a></span>{}</footer></section>\n\
             <p class=\"comments-link\"><a href=\"{}#comments\">{} comments</a></p>",
            esc(&s.title),
            body(&s.blocks, &BodyStyle::plain("h3")),
            meta_line("span", "entry-footer", s, Marks { date: DateMark::Text, ..m }),
            attr(&s.path),
            section_of(s),
            capitalize(&section_of(s)),
            share_bar("share", s, m, false),
            attr(&s.path),
            3 + s.title.len() % 20,
        );
    }
    let chrome = Chrome::named("masthead", "menu", "secondary", "colophon", "cookie-notice");
    let page = format!(
        "{}{}<div id=\"primary\"><div id=\"main\" class=\"site-main\">\n{feed}</div></div>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (105) Blogger "dynamic views": every story a `div.item` tile holding a `div.article`
/// with an `h3.title` (linked as the marks say), a `div.byline` row (date, author,
/// comments), the body in `div.article-content.entry-content` and share links as the
/// marks say; the tiles in `div#views > div.items` after a view switcher.
fn blogger_dynamic_views(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            feed,
            "<div class=\"item{}\" data-item-id=\"{}\"><div class=\"article\">{}\
             <div class=\"byline\"><span class=\"publishdate\">{}</span> <span class=\"author\">{}</span> <a class=\"comments\" href=\"{}#comment-form\">0</a></div>\n\
             <div class=\"article-content entry-content\">\n{}</div>{}</div></div>",
            if i == 0 { " active" } else { "" },
            post_id(spec, s, 16),
            headline("h3", " class=\"title entry-title\"", s, m),
            s.date_text(),
            if m.byline { s.author } else { "" },
            attr(&s.path),
            body(&s.blocks, &BodyStyle { para: ParaStyle::Div, ..BodyStyle::plain("h2") }),
            share_bar("share-button", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"header\"><div class=\"header-bar\"><h1 class=\"blog-title\"><a href=\"/\">{}</a></h1>\
         <div class=\"tabs\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/p/about.html\">About</a></li></ul></div>\
         <div class=\"views\"><span>Dynamic Views theme.</span> <a href=\"?view=classic\">Classic</a> <a href=\"?view=flipcard\">Flipcard</a> <a href=\"?view=magazine\">Magazine</a> <a href=\"?view=mosaic\">Mosaic</a></div></div></div>\n\
         <div id=\"content\"><div id=\"views\"><div class=\"items\">\n{feed}</div></div></div>\n\
         <div id=\"gadget-dock\"><div class=\"gadget\"><h2>Blog Archive</h2><ul><li><a href=\"/2024/\">2024 (41)</a></li><li><a href=\"/2023/\">2023 (77)</a></li></ul></div></div>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\" class=\"v2\"",
        &head(spec, false, ""),
        " class=\"variant-classic\"",
        &page,
    )
}

/// (106) A print edition: every story a `div.print-story` in one `div.page-a1` with an
/// `h4` headline (the edition's style), a `p.jump` "Continued from Page A1" line, a byline
/// as the marks say, the body in `div.columns` (subheadings `h5`) and a "Page A{n}"
/// folio after it; the headline links only when the marks say so.
fn print_edition(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            feed,
            "<div class=\"print-story\">{}<p class=\"jump\">Continued from Page A1</p><p class=\"credit\">{}</p>\n<div class=\"columns\">\n{}</div>{}<p class=\"folio\">Page A{}</p></div>",
            headline("h4", " class=\"print-hed\"", s, m),
            meta_line("span", "credit", s, m),
            body(&s.blocks, &BodyStyle::plain("h5")),
            share_bar("share", s, m, false),
            i + 2,
        );
    }
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<div class=\"e-edition\"><div class=\"edition-bar\">Today's paper · <a href=\"/e-edition/archive\">Past editions</a></div><div class=\"page-a1\">\n{feed}</div></div>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (107) A Discourse topic list with the first post of every topic expanded: a
/// `table.topic-list` whose `tr.topic-list-item` rows hold a `td.main-link` (a
/// `a.title.raw-link` to the topic, the category badge, and a `div.topic-excerpt` holding
/// the topic's whole first post), a posters cell, a replies count and an activity date.
fn discourse_topic_list(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rows = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let _ = writeln!(
            rows,
            "<tr class=\"topic-list-item category-{} ember-view\" data-topic-id=\"{}\"><td class=\"main-link clearfix topic-list-data\" colspan=\"1\">\
             <span class=\"link-top-line\"><a href=\"{}\" class=\"title raw-link raw-topic-link\" data-topic-id=\"{}\">{}</a></span>\
             <div class=\"link-bottom-line\"><a class=\"badge-wrapper bullet\" href=\"/c/{}\"><span class=\"badge-category\">{}</span></a></div>\n\
             <div class=\"topic-excerpt\">\n{}</div>{}</td>\
             <td class=\"posters topic-list-data\"><a href=\"/u/{}\" data-user-card=\"{}\">{}</a></td><td class=\"num posts-map posts\"><span class=\"number\">{}</span></td>\
             <td class=\"num activity\" title=\"{}\"><span class=\"relative-date\">{}</span></td></tr>",
            section_of(s),
            9000 + i,
            attr(&s.path),
            9000 + i,
            esc(&s.title),
            section_of(s),
            capitalize(&section_of(s)),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("topic-share", s, m, false),
            slug(s.author),
            slug(s.author),
            if m.byline { s.author } else { "avatar" },
            4 + i * 3,
            s.date_text(),
            s.date_text(),
        );
    }
    let page = format!(
        "<section id=\"main\"><header class=\"d-header\"><div class=\"wrap\"><a href=\"/\" class=\"title\">{}</a><div class=\"panel\"><a href=\"/login\" class=\"btn\">Log In</a></div></div></header>\n\
         <div id=\"main-outlet\"><div class=\"navigation-container\"><ul class=\"nav nav-pills\"><li><a href=\"/latest\">Latest</a></li><li><a href=\"/top\">Top</a></li><li><a href=\"/categories\">Categories</a></li></ul></div>\n\
         <table class=\"topic-list\"><thead><tr><th class=\"default\">Topic</th><th class=\"posters\">Users</th><th class=\"posts num\">Replies</th><th class=\"activity num\">Activity</th></tr></thead><tbody>\n{rows}</tbody></table></div></section>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\" class=\"desktop-view not-mobile-device\"",
        &head(spec, false, ""),
        " class=\"navigation-topics\"",
        &page,
    )
}

/// A story's blocks cut at its headings: (the heading, the blocks under it); blocks
/// before the first heading come with `None`.
fn heading_sections(blocks: &[Block]) -> Vec<(Option<&str>, &[Block])> {
    let mut out: Vec<(Option<&str>, &[Block])> = Vec::new();
    let mut start = 0;
    let mut title = None;
    for (k, block) in blocks.iter().enumerate() {
        if let Block::Heading(t) = block {
            if k > start || title.is_some() {
                out.push((title, &blocks[start..k]));
            }
            title = Some(t.as_str());
            start = k + 1;
        }
    }
    out.push((title, &blocks[start..]));
    out
}

/// (108) Control: a product review (one story): an `h1`, a verdict box, the opening
/// paragraphs, then every section a `div.review-card` of one template (an `h3`, a
/// "Tested" `<time>`, the section's paragraphs, a "Check price" link to a shop with the
/// product in its query), share links as the marks say.
fn single_review_cards(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let _ = writeln!(
            out,
            "<div class=\"review-card\" id=\"card-{k}\"><h3 class=\"card-title\">{}</h3><time class=\"tested\" datetime=\"{}\">Tested {}</time>\n\
             <div class=\"card-text\">\n{}</div><a class=\"shop-link\" rel=\"sponsored nofollow\" href=\"https://shop{}.example/product?id={}&amp;ref=review\">Check price</a></div>",
            esc(title),
            s.date_iso(),
            s.date_text(),
            body(part, &BodyStyle::plain("h4")),
            k % 3,
            spec.seed % 10_000,
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"review\"><article class=\"review-article\">{}<div class=\"meta\">{}</div>\
         <div class=\"verdict\"><span class=\"score\">4.5 / 5</span> <span class=\"pros\">Pros: solid build</span> <span class=\"cons\">Cons: pricey</span></div>\n{out}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"review-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (109) Control: a timeline article (one story): an `article.timeline-story` with an
/// `h1` and meta, the opening paragraphs, then every section a nested
/// `article.timeline-entry` of one template (a `<time>`, an `h3`, the paragraphs, a
/// permalink to `#entry-k`), share links as the marks say.
fn single_timeline(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let (y, mo, d) = s.date;
        let day = 1 + (d as usize + k * 3) % 28;
        let _ = writeln!(
            out,
            "<article class=\"timeline-entry\" id=\"entry-{k}\"><time datetime=\"{y}-{mo:02}-{day:02}\">{} {day}, {y}</time><h3>{}</h3>\n{}\
             <a class=\"entry-permalink\" href=\"{}#entry-{k}\" aria-label=\"Link to this entry\">#</a></article>",
            MONTHS[mo - 1],
            esc(title),
            body(part, &BodyStyle::plain("h4")),
            attr(&s.path),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<main><article class=\"timeline-story\">{}<div class=\"meta\">{}</div>\n<div class=\"timeline\">\n{out}</div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", "", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (110) Control: a documentation page (one story): a docs sidebar of method links, an
/// `h1`, the opening paragraphs, then every section a `section.api-method` with an `id`,
/// an `h2` holding an `a.anchor` permalink to `#id`, a signature `<code>` line and the
/// section's paragraphs; an "Edit this page" link and a last-updated date after it.
fn single_api_docs(spec: &Spec) -> String {
    let s = spec.first();
    let mut out = String::new();
    let mut toc =
        String::from("<nav class=\"docs-sidebar\"><p class=\"toc-title\">On this page</p><ul>");
    for (title, part) in heading_sections(&s.blocks) {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let id = slug(title);
        let _ = write!(toc, "<li><a href=\"#{id}\">{}</a></li>", esc(title));
        let _ = writeln!(
            out,
            "<section class=\"api-method\" id=\"{id}\"><h2 class=\"method-title\"><a class=\"anchor\" href=\"#{id}\" aria-hidden=\"true\">#</a>{}</h2>\
             <div class=\"signature\"><code>client.{}(options)</code></div>\n{}</section>",
            esc(title),
            id.replace('-', "_"),
            body(part, &BodyStyle::plain("h3")),
        );
    }
    toc.push_str("</ul></nav>\n");
    let page = format!(
        "<div class=\"docs-header\"><a class=\"logo\" href=\"/docs/\">{} Docs</a><form action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search docs\"></form></div>\n\
         <div class=\"docs-layout\">{toc}<main class=\"docs-content\"><div class=\"markdown\"><h1>{}</h1>\n{out}</div>\
         <div class=\"docs-footer\"><a href=\"https://github.example/{}/docs/edit/main{}.md\">Edit this page</a> <span>Last updated on {}</span></div></main></div>\n",
        esc(&spec.site),
        esc(&s.title),
        slug(&spec.site),
        attr(&s.path),
        s.date_text(),
    );
    document(
        " lang=\"en\"",
        &head(spec, false, ""),
        " class=\"docs\"",
        &page,
    )
}

/// (111) Control: a conference program (one story): an `h1` and intro, then every
/// section a `div.talk` of one template (a time slot, an `h3` title linked to the talk's
/// own `/talks/slug` page, a speaker line with a date, the abstract's paragraphs, an
/// "Add to calendar" link), share links as the marks say.
fn single_conference_program(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let hour = 9 + k;
        let _ = writeln!(
            out,
            "<div class=\"talk\" id=\"talk-{k}\"><div class=\"slot\">{hour:02}:00–{hour:02}:45 · Room {}</div>\
             <h3 class=\"talk-title\"><a href=\"/talks/{}\">{}</a></h3><p class=\"speaker\">{} · {}</p>\n<div class=\"abstract\">\n{}</div>\
             <a class=\"ics\" href=\"/talks/{}.ics\">Add to calendar</a></div>",
            1 + k % 3,
            slug(title),
            esc(title),
            AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
            s.date_text(),
            body(part, &BodyStyle::plain("h4")),
            slug(title),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"program\">{}<div class=\"meta\">{}</div>\n<div class=\"schedule\">\n{out}</div>{}</main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"program-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 11

/// (112) A Joomla category blog showing whole articles: a `div.blog[itemtype=Blog]`
/// with story 1 in `div.items-leading > div.leading-0`, the rest two by two in
/// `div.items-row.cols-2 > div.span6 > div.item.column-N` rows; every item a
/// `div.page-header > h2[itemprop=name]` (linked `itemprop=url` as the marks say), a
/// print/email icon menu on some sites, a `dl.article-info` (Written by, Category,
/// Published, Hits) and the text straight in the item (no wrapper of its own), share
/// links as the marks say; an `item-separator` after every item, the pagination after all.
fn joomla_blog(spec: &Spec) -> String {
    let m = spec.marks;
    let icons = spec.rng().chance(50);
    let item = |s: &Story, class: &str| {
        let mut info = String::from(
            "<dl class=\"article-info muted\"><dt class=\"article-info-term\">Details</dt>",
        );
        if m.byline {
            let _ = write!(
                info,
                "<dd class=\"createdby\" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">Written by <span itemprop=\"name\">{}</span></dd>",
                s.author
            );
        }
        let _ = write!(
            info,
            "<dd class=\"category-name\">Category: <a href=\"/{}\" itemprop=\"genre\">{}</a></dd>",
            section_of(s),
            capitalize(&section_of(s))
        );
        let (y, mo, d) = s.date;
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    info,
                    "<dd class=\"published\"><span class=\"icon-calendar\" aria-hidden=\"true\"></span><time datetime=\"{}\" itemprop=\"datePublished\">Published: {d:02} {} {y}</time></dd>",
                    s.date_iso(),
                    MONTHS[mo - 1]
                );
            }
            DateMark::Text => {
                let _ = write!(
                    info,
                    "<dd class=\"published\">Published: {d:02} {} {y}</dd>",
                    MONTHS[mo - 1]
                );
            }
            DateMark::None => {}
        }
        let _ = write!(
            info,
            "<dd class=\"hits\"><span class=\"icon-eye-open\" aria-hidden=\"true\"></span>Hits: {}</dd></dl>",
            100 + hash(&[&s.url]) % 9_000
        );
        let tools = if icons {
            format!(
                "<div class=\"icons\"><div class=\"btn-group pull-right\"><button class=\"btn dropdown-toggle\" type=\"button\" data-toggle=\"dropdown\"><span class=\"icon-cog\"></span><span class=\"caret\"></span></button>\
                 <ul class=\"dropdown-menu\"><li class=\"print-icon\"><a href=\"{}?tmpl=component&amp;print=1&amp;layout=default\" rel=\"nofollow\">Print</a></li>\
                 <li class=\"email-icon\"><a href=\"/component/mailto/?tmpl=component&amp;template=protostar&amp;link={}\" rel=\"nofollow\">Email</a></li></ul></div></div>",
                attr(&s.path),
                post_id(spec, s, 16),
            )
        } else {
            String::new()
        };
        format!(
            "<div class=\"{class}\" itemprop=\"blogPost\" itemscope itemtype=\"https://schema.org/BlogPosting\">\n\
             <div class=\"page-header\">{}</div>{tools}{info}\n{}{}</div>\n<div class=\"item-separator\"></div>\n",
            if m.headline_link {
                format!(
                    "<h2 itemprop=\"name\"><a href=\"{}\" itemprop=\"url\">{}</a></h2>",
                    attr(&s.path),
                    esc(&s.title)
                )
            } else {
                format!("<h2 itemprop=\"name\">{}</h2>", esc(&s.title))
            },
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share-buttons", s, m, false),
        )
    };
    let mut blog = format!(
        "<div class=\"items-leading clearfix\">\n{}</div>\n",
        item(spec.first(), "leading-0")
    );
    for (r, pair) in spec.stories[1..].chunks(2).enumerate() {
        let _ = writeln!(
            blog,
            "<div class=\"items-row cols-2 row-{r} row-fluid clearfix\">"
        );
        for (c, s) in pair.iter().enumerate() {
            let _ = write!(
                blog,
                "<div class=\"span6\">\n{}</div>\n",
                item(s, &format!("item column-{}", c + 1))
            );
        }
        blog.push_str("</div>\n");
    }
    let page = format!(
        "<header class=\"header\" role=\"banner\"><div class=\"header-inner clearfix\"><a class=\"brand pull-left\" href=\"/\"><span class=\"site-title\">{}</span></a>\
         <div class=\"header-search pull-right\"><form action=\"/search\"><input name=\"searchword\" placeholder=\"Search ...\" type=\"search\"></form></div></div></header>\n\
         <nav class=\"navigation\" role=\"navigation\"><ul class=\"nav menu nav-pills\"><li class=\"item-101 current active\"><a href=\"/\">Home</a></li><li class=\"item-102\"><a href=\"/news\">News</a></li><li class=\"item-103\"><a href=\"/about\">About</a></li></ul></nav>\n\
         <div class=\"row-fluid\"><main id=\"content\" role=\"main\" class=\"span9\"><div id=\"system-message-container\"></div>\
         <div class=\"blog\" itemscope itemtype=\"https://schema.org/Blog\">\n{blog}\
         <div class=\"pagination\"><p class=\"counter pull-right\">Page 1 of 12</p><ul><li><a href=\"/?start=5\">Next</a></li><li><a href=\"/?start=55\">End</a></li></ul></div></div></main>\n\
         <div id=\"aside\" class=\"span3\"><div class=\"well\"><h3 class=\"page-header\">Latest Articles</h3><ul class=\"latestnews\">{}</ul></div></div></div>\n\
         <footer class=\"footer\" role=\"contentinfo\"><p class=\"pull-right\"><a href=\"#top\" id=\"back-top\">Back to Top</a></p><p>&copy; 2024 {}</p></footer>\n",
        esc(&spec.site),
        spec.teasers
            .iter()
            .map(|t| format!(
                "<li itemscope itemtype=\"https://schema.org/Article\"><a href=\"{}\" itemprop=\"url\"><span itemprop=\"name\">{}</span></a></li>",
                attr(&t.path),
                esc(&t.title)
            ))
            .collect::<String>(),
        esc(&spec.site),
    );
    document(
        " lang=\"en-gb\" dir=\"ltr\"",
        &head(spec, false, ""),
        " class=\"site com_content view-category layout-blog no-task itemid-101\"",
        &page,
    )
}

/// (113) A news river (Reuters/AP "Latest"-like): an `h1` "Latest news" over a
/// `div.river` of `article.river-item`s, each a `<header>` (section link, `h3` headline
/// linked as the marks say, a time stamp as they say), the body in
/// `div.river-item__body`, then a `<footer>` with the credit line after the text
/// ("Reporting by …; Editing by …") and share links as the marks say; a day label before
/// the first and the third item, an ad `<iframe>` after every second item, a "Load more"
/// button at the end.
fn news_river(spec: &Spec) -> String {
    let m = spec.marks;
    let mut river = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i % 2 == 0 {
            let (y, mo, d) = spec.first().date;
            let day = if i == 0 { d.max(2) } else { d.max(2) - 1 };
            let _ = writeln!(
                river,
                "<div class=\"river-day\"><span class=\"river-day__label\">{} {day}, {y}</span></div>",
                MONTHS[mo - 1]
            );
        }
        let stamp = match m.date {
            DateMark::Time => format!(
                "<time class=\"river-item__time\" datetime=\"{}\">8:30 AM ET</time>",
                s.date_iso()
            ),
            DateMark::Text => format!("<span class=\"river-item__time\">{}</span>", date_wire(s)),
            DateMark::None => String::new(),
        };
        let credit = if m.byline {
            format!(
                "<p class=\"river-item__credit\">Reporting by {}; Editing by {}</p>",
                s.author,
                AUTHORS[(hash(&[&s.url]) % AUTHORS.len() as u64) as usize]
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            river,
            "<article class=\"river-item\" id=\"river-{}\"><header class=\"river-item__header\"><a class=\"river-item__section\" href=\"/{}/\">{}</a>{}{stamp}</header>\n\
             <div class=\"river-item__body\">\n{}</div>\n<footer class=\"river-item__footer\">{credit}{}</footer></article>",
            post_id(spec, s, 8),
            section_of(s),
            capitalize(&section_of(s)),
            headline("h3", " class=\"river-item__title\"", s, m),
            body(&s.blocks, &BodyStyle::plain("h4")),
            share_bar("river-item__share", s, m, false),
        );
        if i % 2 == 1 {
            let _ = writeln!(
                river,
                "<div class=\"river-ad\"><iframe src=\"https://ads.{}/serve?slot=river-{i}&amp;sz=728x90\" width=\"728\" height=\"90\" title=\"Advertisement\" scrolling=\"no\" frameborder=\"0\"></iframe></div>",
                spec.host
            );
        }
    }
    let chrome = Chrome::named("site-header", "site-nav", "rail", "site-footer", "consent");
    let page = format!(
        "{}{}<main class=\"river-page\"><h1 class=\"river-page__title\">Latest news</h1><p class=\"river-page__intro\">The latest stories from our reporters around the world, updated around the clock.</p>\n\
         <div class=\"river\">\n{river}</div><button class=\"river-more\" type=\"button\">Load more</button></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (114) Briefs with run-in headlines (a community paper's "In brief" roll on an old
/// CMS): every story a `div.brief` whose first paragraph opens with the headline in
/// `<strong>` (linked as the marks say) followed by " — " and the text; the rest of the
/// paragraphs, a credit line ("— Name, staff writer", the date) as the marks say and
/// share links as they say; a section heading over the roll.
fn strong_runin(spec: &Spec) -> String {
    let m = spec.marks;
    let mut roll = String::new();
    for s in &spec.stories {
        let first = s
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Para(_)))
            .unwrap_or(0);
        let Some(Block::Para(lead)) = s.blocks.get(first) else {
            continue;
        };
        let hed = if m.headline_link {
            format!("<a href=\"{}\">{}</a>", attr(&s.path), esc(&s.title))
        } else {
            esc(&s.title)
        };
        let mut credit = Vec::new();
        if m.byline {
            credit.push(format!("— {}, staff writer", s.author));
        }
        match m.date {
            DateMark::Time => credit.push(format!(
                "<time datetime=\"{}\">{}</time>",
                s.date_iso(),
                s.date_text()
            )),
            DateMark::Text => credit.push(s.date_text()),
            DateMark::None => {}
        }
        let credit = if credit.is_empty() {
            String::new()
        } else {
            format!("<p class=\"brief-credit\">{}</p>\n", credit.join(" · "))
        };
        let _ = writeln!(
            roll,
            "<div class=\"brief\" id=\"brief-{}\">\n{}<p><strong>{hed}</strong> — {}</p>\n{}{credit}{}</div>",
            post_id(spec, s, 6),
            body(&s.blocks[..first], &BodyStyle::plain("h4")),
            esc(lead),
            body(&s.blocks[first + 1..], &BodyStyle::plain("h4")),
            share_bar("brief-share", s, m, false),
        );
    }
    let chrome = Chrome::named("top", "mainnav", "rightcol", "bottom", "cookies");
    let page = format!(
        "{}{}<div id=\"page\"><div id=\"maincol\"><h2 class=\"section-head\">In brief</h2>\n<div class=\"briefs\">\n{roll}</div>\
         <p class=\"more\"><a href=\"/briefs/?page=2\">More briefs</a></p></div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// (115) A Next.js app in Tailwind utility classes: `div#__next`, every story a
/// `div[data-href][data-article-id]` (the story's absolute address only there) holding a
/// header (section kicker, an unlinked `h1`, byline and date as the marks say, a reading
/// time), the body in `div.prose` and share `<button>`s without addresses; a "Next
/// article" divider between stories and the app's `self.__next_f.push` scripts after.
fn next_data_href(spec: &Spec) -> String {
    let m = Marks {
        headline_link: false,
        ..spec.marks
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"my-12 flex items-center gap-4\" data-sentry-component=\"NextArticleDivider\"><span class=\"h-px flex-1 bg-gray-200\"></span><span class=\"text-xs font-semibold uppercase tracking-widest text-gray-500\">Next article</span><span class=\"h-px flex-1 bg-gray-200\"></span></div>"
            );
        }
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<img class=\"h-8 w-8 rounded-full\" src=\"/_next/image?url=%2Fauthors%2F{}.jpg&amp;w=64&amp;q=75\" alt=\"\"><span class=\"font-medium text-gray-900\">{}</span><span aria-hidden=\"true\">·</span>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<time datetime=\"{}\">{}</time>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(meta, "<span>{}</span>", s.date_text());
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            feed,
            "<div class=\"{}\" data-href=\"{}\" data-article-id=\"{}\" data-sentry-component=\"ArticleContainer\">\
             <div class=\"mb-8 border-b border-gray-200 pb-6\" data-sentry-component=\"ArticleHeader\"><p class=\"text-sm font-semibold uppercase tracking-wide text-red-700\">{}</p>\
             <h1 class=\"mt-2 text-3xl font-extrabold leading-tight tracking-tight text-gray-900 sm:text-4xl\">{}</h1>\
             <div class=\"mt-4 flex items-center gap-2 text-sm text-gray-500\">{meta}<span>· {} min read</span></div></div>\n\
             <div class=\"prose prose-lg max-w-none prose-a:text-red-700\" data-sentry-component=\"ArticleBody\">\n{}</div>\
             <div class=\"mt-8 flex gap-2\" data-sentry-component=\"ShareButtons\"><button type=\"button\" aria-label=\"Share on X\" class=\"rounded-full border px-3 py-1\">X</button>\
             <button type=\"button\" aria-label=\"Share on Facebook\" class=\"rounded-full border px-3 py-1\">Facebook</button><button type=\"button\" class=\"rounded-full border px-3 py-1\">Copy link</button></div></div>",
            spec.hashed("article"),
            attr(&s.url),
            post_id(spec, s, 12),
            capitalize(&section_of(s)),
            esc(&s.title),
            3 + s.blocks.len() / 3,
            body(&s.blocks, &BodyStyle::plain("h2")),
        );
    }
    let nav: String = SECTIONS
        .iter()
        .map(|x| {
            format!(
                "<a class=\"px-3 py-2 text-sm font-medium hover:text-red-700\" href=\"/{x}\">{}</a>",
                capitalize(x)
            )
        })
        .collect();
    let page = format!(
        "<div id=\"__next\"><div class=\"flex min-h-screen flex-col\"><header class=\"sticky top-0 z-40 border-b bg-white/90 backdrop-blur\"><div class=\"mx-auto flex h-16 max-w-7xl items-center justify-between px-4\">\
         <a class=\"text-xl font-black\" href=\"/\">{}</a><nav class=\"hidden gap-1 md:flex\">{nav}</nav><a class=\"rounded bg-red-700 px-4 py-2 text-sm text-white\" href=\"/subscribe\">Subscribe</a></div></header>\n\
         <main class=\"mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6 lg:px-8\"><div data-testid=\"infinite-feed\">\n{feed}</div>\
         <div class=\"py-10 text-center text-sm text-gray-400\" role=\"status\">Loading…</div></main>\n\
         <footer class=\"border-t bg-gray-50\"><div class=\"mx-auto max-w-7xl px-4 py-8 text-sm text-gray-500\"><a href=\"/about\">About</a> · <a href=\"/privacy\">Privacy</a> · <a href=\"/terms\">Terms</a><p class=\"mt-2\">© 2024 {}</p></div></footer></div></div>\n\
         <script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,\"1:HL[\\\"/_next/static/css/app.css\\\",\\\"style\\\"]\\n\"])</script>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        " lang=\"en\" class=\"scroll-smooth antialiased\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"bg-white text-gray-900\"",
        &page,
    )
}

const HE_SECTIONS: [&str; 8] = [
    "חדשות",
    "בעולם",
    "דיגיטל",
    "תרבות",
    "מדע",
    "כלכלה",
    "דעות",
    "ספורט",
];

/// (116) A Hebrew portal (Ynet-like, `dir=rtl`, Hebrew chrome): every story a
/// `div.ArticlePageComponent[data-article-id]` with a `div.ArticleHeaderComponent` (an
/// `h1.mainTitle` linked as the marks say, the author, a `dd.mm.yy | hh:mm` date as the
/// marks say, WhatsApp/Facebook/mail share links as they say), the body in
/// `div#ArticleBodyComponent` (the same `id` in every story) of `div.text_editor_paragraph`
/// paragraphs, and a "more stories" list; an ad and a "next article" bar between stories.
fn he_portal(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"ads-container\"><span class=\"ad-label\">פרסומת</span><div id=\"ads.inread.{i}\"></div></div>\n<div class=\"nextArticleBar\"><span>לכתבה הבאה</span></div>"
            );
        }
        let (y, mo, d) = s.date;
        let date = match m.date {
            DateMark::Time => format!(
                "<span class=\"DateDisplay\"><time datetime=\"{}\">{d:02}.{mo:02}.{:02} | 08:30</time></span>",
                s.date_iso(),
                y % 100
            ),
            DateMark::Text => format!(
                "<span class=\"DateDisplay\">פורסם: {d:02}.{mo:02}.{:02}, 08:30</span>",
                y % 100
            ),
            DateMark::None => String::new(),
        };
        let author = if m.byline {
            format!("<span class=\"authors\">{}</span>", s.author)
        } else {
            String::new()
        };
        let share = if m.share {
            format!(
                "<div class=\"shareIconsWrapper\"><a href=\"https://api.whatsapp.com/send?text={}\" aria-label=\"שתפו בוואטסאפ\">וואטסאפ</a>\
                 <a href=\"https://www.facebook.com/sharer.php?u={}\" aria-label=\"שתפו בפייסבוק\">פייסבוק</a><a href=\"mailto:?body={}\" aria-label=\"שלחו במייל\">מייל</a></div>",
                enc(&format!("{} {}", s.title, s.url)),
                enc(&s.url),
                enc(&s.url)
            )
        } else {
            String::new()
        };
        let related: String = (0..3)
            .map(|k| {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                )
            })
            .collect();
        let _ = writeln!(
            feed,
            "<div class=\"ArticlePageComponent\" data-article-id=\"{}\">\n<div class=\"ArticleHeaderComponent\"><div class=\"mainTitleWrapper\">{}</div>\
             <div class=\"authorsAndDate\">{author}{date}</div>{share}</div>\n\
             <div class=\"ArticleBodyComponent\" id=\"ArticleBodyComponent\">\n{}</div>\n\
             <div class=\"relatedArticles\"><span class=\"title\">כתבות נוספות</span><ul>{related}</ul></div></div>",
            post_id(spec, s, 10),
            headline("h1", " class=\"mainTitle\"", s, m),
            body(
                &s.blocks,
                &BodyStyle {
                    para: ParaStyle::Div,
                    class: "text_editor_paragraph rtl".into(),
                    ..BodyStyle::plain("h2")
                }
            ),
        );
    }
    let nav: String = HE_SECTIONS
        .iter()
        .zip(SECTIONS)
        .map(|(he, en)| format!("<li><a href=\"/{en}\">{he}</a></li>"))
        .collect();
    let flash: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li><span class=\"time\">08:30</span><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            )
        })
        .collect();
    let page = format!(
        "<div id=\"app\"><header class=\"YnetHeader\"><a class=\"logo\" href=\"/\">{}</a><nav class=\"mainNav\"><ul><li><a href=\"/\">ראשי</a></li>{nav}</ul></nav>\
         <a class=\"login\" href=\"/login\">התחברות</a></header>\n<div class=\"layoutContainer\"><div class=\"layoutItem articles\">\n{feed}</div>\n\
         <aside class=\"layoutItem sidebar\"><div class=\"Accordion flash\"><h2>מבזקים</h2><ul>{flash}</ul></div></aside></div>\n\
         <footer class=\"YnetFooter\"><ul><li><a href=\"/about\">אודות</a></li><li><a href=\"/privacy\">מדיניות פרטיות</a></li><li><a href=\"/terms\">תנאי שימוש</a></li></ul><p>כל הזכויות שמורות © {}</p></footer></div>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        " lang=\"he\" dir=\"rtl\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"rtl\"",
        &page,
    )
}

/// (117) A Hatena Blog index of whole entries: every entry an `article.entry.hentry` whose
/// `header.entry-header` holds the date linked to the day's archive (`2024年12月5日`, its
/// parts in `span.date-year`/`date-month`/`date-day`), an `h1.entry-title` with
/// `a.entry-title-link.bookmark`, category links; the text in
/// `div.entry-content.hatenablog-entry`; a `footer.entry-footer` (author as the marks say,
/// a time link to the entry, a Hatena Star container and bookmark button naming the
/// entry, a "コメントを書く" link); sidebar modules and a pager in Japanese.
fn hatena_blog(spec: &Spec) -> String {
    let m = spec.marks;
    let user = slug(spec.first().author).replace('-', "_");
    let mut entries = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let (y, mo, d) = s.date;
        let cat = JP_SECTIONS[i % JP_SECTIONS.len()];
        let author = if m.byline {
            format!(
                "<span class=\"author vcard\"><span class=\"fn\" data-load-nickname=\"1\" data-user-name=\"{user}\">id:{user}</span></span> "
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            entries,
            "<article class=\"entry hentry test-hentry js-entry-article {}autopagerize_page_element mode-html entry-{}\" id=\"entry-{}\" data-keyword-campaign=\"\" data-uuid=\"{}\" data-publication-type=\"entry\">\n\
             <div class=\"entry-inner\"><header class=\"entry-header\"><div class=\"date entry-date first\"><a href=\"/archive/{y}/{mo:02}/{d:02}\" rel=\"nofollow\"><time datetime=\"{}\" title=\"{}\">\
             <span class=\"date-year\">{y}</span>年<span class=\"date-month\">{mo}</span>月<span class=\"date-day\">{d}</span>日</time></a></div>\
             <h1 class=\"entry-title\"><a href=\"{}\" class=\"entry-title-link bookmark\">{}</a></h1>\
             <div class=\"entry-categories categories\"><a href=\"/archive/category/{}\" class=\"entry-category-link\">{cat}</a></div></header>\n\
             <div class=\"entry-content hatenablog-entry\">\n{}</div>\n\
             <footer class=\"entry-footer\"><p class=\"entry-footer-section\">{author}<span class=\"entry-footer-time\"><a href=\"{}\"><time data-relative datetime=\"{}\" title=\"{}\" class=\"updated\">{y}-{mo:02}-{d:02} 08:30</time></a></span></p>\
             <div class=\"hatena-star-container\" data-hatena-star-container data-hatena-star-url=\"{}\" data-hatena-star-title=\"{}\" data-hatena-star-variant=\"profile-icon-large\"></div>\
             <div class=\"social-buttons\"><a href=\"https://b.hatena.ne.jp/entry/s/{}{}\" class=\"hatena-bookmark-button\" title=\"この記事をはてなブックマークに追加\">B!</a></div>\
             <div class=\"comment-box js-comment-box\"><ul class=\"comment js-comment\"></ul><p class=\"leave-comment-title js-leave-comment-title\">コメントを書く</p></div></footer></div></article>",
            if i == 0 { "date-first " } else { "" },
            if i % 2 == 0 { "odd" } else { "even" },
            post_id(spec, s, 16),
            post_id(spec, s, 16),
            s.date_iso(),
            s.date_iso(),
            attr(&s.url),
            esc(&s.title),
            enc(cat),
            body(&s.blocks, &BodyStyle::plain("h3")),
            attr(&s.url),
            s.date_iso(),
            s.date_iso(),
            attr(&s.url),
            attr(&s.title),
            spec.host,
            attr(&s.path),
        );
    }
    let recent: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li class=\"urllist-item recent-entries-item\"><a href=\"{}\" class=\"urllist-title-link\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            )
        })
        .collect();
    let page = format!(
        "<div id=\"globalheader-container\"><iframe id=\"globalheader\" src=\"https://blog.hatena.ne.jp/-/globalheader\" title=\"はてなブログ\" frameborder=\"0\"></iframe></div>\n\
         <div id=\"container\"><div id=\"container-inner\"><header id=\"blog-title\"><div id=\"blog-title-inner\"><h1 id=\"title\"><a href=\"/\">{}</a></h1><h2 id=\"blog-description\">日々のことを書いています</h2></div></header>\n\
         <div id=\"content\" class=\"hfeed\"><div id=\"content-inner\"><div id=\"wrapper\"><div id=\"main\"><div id=\"main-inner\">\n{entries}\
         <div class=\"pager autopagerize_insert_before\"><span class=\"pager-next\"><a href=\"/?page=2\" rel=\"next\">次のページ</a></span></div></div></div></div>\n\
         <aside id=\"box2\"><div id=\"box2-inner\"><div class=\"hatena-module hatena-module-profile\"><div class=\"hatena-module-title\">プロフィール</div><div class=\"hatena-module-body\"><a href=\"/about\" class=\"profile-id\">id:{user}</a></div></div>\
         <div class=\"hatena-module hatena-module-recent-entries\"><div class=\"hatena-module-title\">最新記事</div><div class=\"hatena-module-body\"><ul class=\"recent-entries hatena-urllist\">{recent}</ul></div></div>\
         <div class=\"hatena-module hatena-module-archive\"><div class=\"hatena-module-title\">月別アーカイブ</div><div class=\"hatena-module-body\"><ul><li><a href=\"/archive/2024\">2024 (38)</a></li><li><a href=\"/archive/2023\">2023 (52)</a></li></ul></div></div></div></aside></div></div></div></div>\n\
         <footer id=\"footer\" data-brand=\"hatenablog\"><div id=\"footer-inner\"><address class=\"footer-address\"><a href=\"/\">{}</a></address>Powered by Hatena Blog | <a href=\"https://hatenablog.example/guide\">ブログを報告する</a></div></footer>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        " lang=\"ja\" data-admin-domain=\"//blog.hatena.ne.jp\" data-avail-langs=\"ja en\"",
        &head(spec, false, ""),
        " class=\"page-index header-image-enable enable-top-editarea\"",
        &page,
    )
}

/// (118) Appended stories whose own links carry tracking queries (a WordPress VIP site
/// appending Parse.ly recommendations): story 1 the server-rendered `article.post` with an
/// unlinked `h1.entry-title`, a byline and date as the marks say, the body and share links
/// to its clean address; every appended story a `div.infinite-post` holding the same
/// `article` but its `h2.entry-title` linked to the address with
/// `?itm_source=parsely-api&itm_medium=infinite-scroll` as the marks say, and share links
/// whose address carries `utm_` parameters as they say (the address bar shows the clean
/// address); a "Next up" label between stories.
fn tracked_links(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = 100_000 + hash(&[&s.url]) % 900_000;
        let tracked = format!(
            "{}?itm_source=parsely-api&itm_medium=infinite-scroll&itm_campaign=next-post",
            s.url
        );
        let hed = if i == 0 {
            format!("<h1 class=\"entry-title\">{}</h1>", esc(&s.title))
        } else if m.headline_link {
            format!(
                "<h2 class=\"entry-title\"><a href=\"{}\" rel=\"bookmark\">{}</a></h2>",
                attr(&tracked),
                esc(&s.title)
            )
        } else {
            format!("<h2 class=\"entry-title\">{}</h2>", esc(&s.title))
        };
        let share = if i == 0 {
            share_bar("sharedaddy sd-sharing-enabled", s, m, true)
        } else if m.share {
            let u = enc(&format!(
                "{}?utm_source=share&utm_medium=social&utm_campaign=infinite",
                s.url
            ));
            format!(
                "<div class=\"sharedaddy sd-sharing-enabled\"><span>Share</span>\
                 <a href=\"https://twitter.com/intent/tweet?url={u}\" target=\"_blank\">X</a>\
                 <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\">Facebook</a>\
                 <a href=\"mailto:?body={u}\">Email</a></div>\n"
            )
        } else {
            String::new()
        };
        let article = format!(
            "<article id=\"post-{id}\" class=\"post-{id} post type-post status-publish format-standard has-post-thumbnail\">\
             <header class=\"entry-header\">{hed}<div class=\"entry-meta\">{}</div></header>\n\
             <div class=\"entry-content\">\n{}</div>\n<footer class=\"entry-footer\">{share}</footer></article>",
            meta_line("span", "entry-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
        );
        if i == 0 {
            let _ = writeln!(feed, "{article}");
        } else {
            let _ = writeln!(
                feed,
                "<div class=\"next-up-label\"><span>Next up</span></div>\n<div class=\"infinite-post\" data-post-id=\"{id}\">{article}</div>"
            );
        }
    }
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-law",
    );
    let page = format!(
        "{}{}<div id=\"page\" class=\"site\"><div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">\n{feed}</main>{}</div></div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"post-template-default single single-post\"",
        &page,
    )
}

/// (119) Every story's header rendered twice (a Bootstrap news theme's desktop and
/// mobile variants, one hidden by CSS classes): every story a `div.article-container`
/// row of a share rail column (share links as the marks say), a main column holding a
/// desktop header (`div.d-none.d-lg-block`: section, `h1` linked as the marks say, byline
/// and date as they say) and a mobile one (`div.d-lg-none`: the same `h1`, a shorter meta
/// line), the body, the share links again, and a per-story "Most popular" column; an ad
/// `<iframe>` between stories.
fn responsive_dupes(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"ad-wrapper text-center my-4\"><small class=\"text-muted\">Advertisement</small><iframe src=\"https://ads.{}/frame?slot=mid-{i}&amp;size=970x250\" width=\"970\" height=\"250\" title=\"3rd party ad content\" frameborder=\"0\" scrolling=\"no\"></iframe></div>",
                spec.host
            );
        }
        let popular: String = (0..4)
            .map(|k| {
                let t = &spec.teasers[(i + k) % spec.teasers.len()];
                format!(
                    "<li class=\"list-group-item\"><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                )
            })
            .collect();
        let short_date = match m.date {
            DateMark::None => String::new(),
            _ => format!("<span class=\"small\">{}</span>", date_wire(s)),
        };
        let _ = writeln!(
            feed,
            "<div class=\"article-container row\" data-index=\"{i}\">\
             <div class=\"col-lg-1 d-none d-lg-block\"><div class=\"share-rail sticky-top\">{}</div></div>\
             <div class=\"col-lg-8\">\
             <div class=\"article-header d-none d-lg-block\"><a class=\"badge bg-danger\" href=\"/{}/\">{}</a>{}<div class=\"article-meta\">{}</div></div>\
             <div class=\"article-header-mobile d-lg-none\">{}<div class=\"article-meta-mobile\">{short_date}</div></div>\n\
             <div class=\"article-body\">\n{}</div>{}</div>\
             <div class=\"col-lg-3\"><div class=\"card popular\"><div class=\"card-header\">Most popular</div><ul class=\"list-group list-group-flush\">{popular}</ul></div></div></div>",
            share_bar("share-vertical", s, m, false),
            section_of(s),
            capitalize(&section_of(s)),
            headline("h1", " class=\"article-title\"", s, m),
            meta_line("span", "article-meta", s, m),
            headline("h1", " class=\"article-title-mobile h3\"", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("share-bottom", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "navbar",
        "navbar-nav",
        "offcanvas",
        "site-footer",
        "cookie-banner",
    );
    let page = format!(
        "{}{}<div class=\"container\"><div class=\"articles-stream\">\n{feed}</div></div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (120) Control: an explainer updated through the day (one story): an `h1`, meta, the
/// opening paragraphs, an "In this guide" list of anchors, then every section a
/// `section.qa` of one template (an `h2`, an "Updated" `<time>` of its own, a different
/// hour on each, the section's paragraphs, a "Copy link" anchor to `#q-k`), share links
/// as the marks say.
fn single_explainer_updates(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut toc = String::from("<nav class=\"guide-toc\"><h2>In this guide</h2><ul>");
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let hour = 6 + (k * 5) % 12;
        let _ = write!(toc, "<li><a href=\"#q-{k}\">{}</a></li>", esc(title));
        let _ = writeln!(
            out,
            "<section class=\"qa\" id=\"q-{k}\"><h2 class=\"qa-title\">{}</h2><p class=\"qa-updated\"><time datetime=\"{y}-{mo:02}-{d:02}T{hour:02}:15:00Z\">Updated {} {d}, {y}, {}:15 {}</time></p>\n{}\
             <a class=\"qa-link\" href=\"#q-{k}\">Copy link to this section</a></section>",
            esc(title),
            &MONTHS[mo - 1][..3],
            if hour > 12 { hour - 12 } else { hour },
            if hour >= 12 { "p.m." } else { "a.m." },
            body(part, &BodyStyle::plain("h3")),
        );
    }
    toc.push_str("</ul></nav>\n");
    // The intro (blocks before the first heading) comes before the guide's list.
    let (intro, rest) = match out.find("<section class=\"qa\"") {
        Some(at) => out.split_at(at),
        None => (out.as_str(), ""),
    };
    let chrome = Chrome::named("masthead", "primary-nav", "rail", "site-footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"explainer\"><header class=\"explainer-header\"><p class=\"label\">Explainer</p>{}<div class=\"meta\">{}</div></header>\n\
         {intro}{toc}{rest}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", "", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Labels of a buying guide's picks, in order.
const PICK_LABELS: [&str; 6] = [
    "Best overall",
    "Best budget pick",
    "Upgrade pick",
    "Also great",
    "Best for travel",
    "Best for families",
];

/// (121) Control: a buying guide (one story): an `h1`, meta, an affiliate disclosure,
/// the opening paragraphs, an "Our picks" list (anchor and shop link per pick), then
/// every section a `section.product-pick` of one template (a pick label, an `h2`, a
/// rating, the section's paragraphs, a specs `<dl>`, pros and cons lists, two shop
/// buttons, a "Read our full review" link to the site's own review page of the pick).
fn single_buying_guide(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut picks = String::from("<div class=\"at-a-glance\"><h2>Our picks at a glance</h2><ul>");
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let price = 49 + (spec.seed as usize + k * 37) % 300;
        let asin = format!("B0{:08X}", hash(&[title, &spec.host]) as u32);
        let label = PICK_LABELS[k % PICK_LABELS.len()];
        let _ = write!(
            picks,
            "<li><a href=\"#pick-{k}\">{label}: {}</a> <a rel=\"sponsored nofollow\" href=\"https://www.amazon.example/dp/{asin}?tag=guide-20\">${price} at Amazon</a></li>",
            esc(title)
        );
        let _ = writeln!(
            out,
            "<section class=\"product-pick\" id=\"pick-{k}\"><p class=\"pick-label\">{label}</p><h2 class=\"pick-name\">{}</h2>\
             <div class=\"pick-rating\" aria-label=\"Rated {}.5 out of 5\"><span class=\"stars\">★★★★☆</span> {}.5/5</div>\
             <img src=\"https://{}/img/pick-{k}.jpg\" alt=\"\" loading=\"lazy\">\n{}\
             <dl class=\"specs\"><dt>Weight</dt><dd>{}.{} kg</dd><dt>Warranty</dt><dd>2 years</dd></dl>\
             <div class=\"pros-cons\"><div class=\"pros\"><h3>Pros</h3><ul><li>Easy to set up</li><li>Good value</li></ul></div><div class=\"cons\"><h3>Cons</h3><ul><li>Few colors</li></ul></div></div>\
             <div class=\"retailers\"><a class=\"buy-button\" rel=\"sponsored nofollow\" href=\"https://www.amazon.example/dp/{asin}?tag=guide-20\">${price} at Amazon</a>\
             <a class=\"buy-button\" rel=\"sponsored nofollow\" href=\"https://www.bestbuy.example/site/{}.p?ref=guide\">${} at Best Buy</a></div>\
             <a class=\"full-review\" href=\"/reviews/{}\">Read our full review</a></section>",
            esc(title),
            3 + k % 2,
            3 + k % 2,
            spec.host,
            body(part, &BodyStyle::plain("h3")),
            1 + k % 3,
            k % 10,
            10_000 + k,
            price + 5,
            slug(title),
        );
    }
    picks.push_str("</ul></div>\n");
    let (intro, rest) = match out.find("<section class=\"product-pick\"") {
        Some(at) => out.split_at(at),
        None => (out.as_str(), ""),
    };
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"guide\"><article class=\"buying-guide\"><header>{}<div class=\"meta\">{}</div>\
         <p class=\"disclosure\">We independently review everything we recommend. When you buy through our links, we may earn a commission.</p></header>\n\
         {intro}{picks}{rest}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"guide-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 12

/// English weekday names, Sunday first.
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// The weekday of a date (0 = Sunday), by Sakamoto's method.
fn weekday((y, m, d): (u32, usize, u32)) -> usize {
    const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    ((y + y / 4 - y / 100 + y / 400 + T[m - 1] + d) % 7) as usize
}

/// (122) A Drupal 10 front page (Olivero theme) whose view shows whole nodes: an
/// `h1.page-title` block over `div.views-element-container > div.view.view-frontpage >
/// div.view-content`, every story a `div.views-row` holding an `article.node
/// .node--type-article .node--promoted .node--view-mode-full[about]`: a `<header>` with
/// `h2.node__title` (`span.field--name-title`, linked `rel=bookmark` as the marks say), a
/// `div.node__meta` (the author's picture in an `article.profile`, "By" and
/// `span.field--name-uid`, `span.field--name-created` in Drupal's `Sun, 12/06/2026 -
/// 08:30` format, as the marks say), then `div.node__content` with the body field, a tags
/// field, share links as the marks say and a `section.comments` holding the "Add new
/// comment" form; a `ul.js-pager__items` "Load more" pager after the rows.
fn drupal_olivero(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rows = String::new();
    for s in &spec.stories {
        let nid = 100 + hash(&[&s.url]) % 9_000;
        let uid = 2 + hash(&[s.author]) % 40;
        let title = format!(
            "<span class=\"field field--name-title field--type-string field--label-hidden\">{}</span>",
            esc(&s.title)
        );
        let title = if m.headline_link {
            format!("<a href=\"{}\" rel=\"bookmark\">{title}</a>", attr(&s.path))
        } else {
            title
        };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<article class=\"profile\"><div class=\"field field--name-user-picture field--type-image field--label-hidden field__item\"><a href=\"/user/{uid}\"><img loading=\"lazy\" src=\"/sites/default/files/styles/thumbnail/public/pictures/{uid}.jpg\" width=\"100\" height=\"100\" alt=\"Profile picture for user {0}\"></a></div></article>\
                 <span>By <span class=\"field field--name-uid field--type-entity-reference field--label-hidden\"><a title=\"View user profile.\" href=\"/user/{uid}\">{0}</a></span></span>",
                s.author
            );
        }
        let (y, mo, d) = s.date;
        let stamp = format!(
            "{}, {mo:02}/{d:02}/{y} - 08:30",
            &WEEKDAYS[weekday(s.date)][..3]
        );
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<span class=\"field field--name-created field--type-created field--label-hidden\"><time datetime=\"{}\" title=\"{}\">{stamp}</time></span>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<span class=\"field field--name-created field--type-created field--label-hidden\">{stamp}</span>"
                );
            }
            DateMark::None => {}
        }
        let section = section_of(s);
        let _ = writeln!(
            rows,
            "<div class=\"views-row\"><article data-history-node-id=\"{nid}\" role=\"article\" about=\"{}\" class=\"node node--type-article node--promoted node--view-mode-full\">\n\
             <header class=\"\"><h2 class=\"node__title\">{title}</h2></header>\n\
             <div class=\"node__meta\">{meta}</div>\n\
             <div class=\"node__content\"><div class=\"text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item\">\n{}</div>\n\
             <div class=\"field field--name-field-tags field--type-entity-reference field--label-above clearfix\"><h3 class=\"field__label\">Tags</h3><ul class=\"links field__items\"><li><a href=\"/taxonomy/term/{}\" hreflang=\"en\">{}</a></li></ul></div>\n\
             {}<section data-drupal-selector=\"comments\" class=\"comments\"><h2 class=\"comments__title\">Add new comment</h2>\
             <form class=\"comment-comment-form comment-form\" data-drupal-selector=\"comment-form\" action=\"/comment/reply/node/{nid}/comment\" method=\"post\" accept-charset=\"UTF-8\">\
             <div class=\"form-item form-type-textarea\"><label for=\"edit-comment-body-{nid}\" class=\"form-item__label js-form-required form-required\">Comment</label><textarea id=\"edit-comment-body-{nid}\" name=\"comment_body[0][value]\" rows=\"5\" class=\"form-textarea required form-element form-element--type-textarea\"></textarea></div>\
             <div data-drupal-selector=\"edit-actions\" class=\"form-actions\"><input type=\"submit\" id=\"edit-submit-{nid}\" value=\"Save\" class=\"button button--primary form-submit\"></div></form></section>\n\
             </div></article></div>",
            attr(&s.path),
            body(&s.blocks, &BodyStyle::plain("h3")),
            3 + hash(&[&section]) % 60,
            section,
            share_bar("social-media-sharing", s, m, false),
        );
    }
    let nav: String = SECTIONS
        .iter()
        .map(|sec| {
            format!(
                "<li class=\"primary-nav__menu-item primary-nav__menu-item--level-1\"><a href=\"/{sec}\" class=\"primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1\"><span class=\"primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1\">{}</span></a></li>",
                capitalize(sec)
            )
        })
        .collect();
    let page = format!(
        "<a href=\"#main-content\" class=\"visually-hidden focusable skip-link\">Skip to main content</a>\n\
         <div class=\"dialog-off-canvas-main-canvas\" data-off-canvas-main-canvas><div id=\"page-wrapper\" class=\"page-wrapper\"><div id=\"page\">\n\
         <header id=\"header\" class=\"site-header\" data-drupal-selector=\"site-header\" role=\"banner\"><div class=\"site-header__fixable\" data-drupal-selector=\"site-header-fixable\"><div class=\"site-header__initial\"><button class=\"sticky-header-toggle\" data-drupal-selector=\"sticky-header-toggle\" role=\"switch\" aria-controls=\"site-header__inner\" aria-label=\"Sticky header\" aria-checked=\"false\"><span class=\"sticky-header-toggle__icon\"></span></button></div>\
         <div id=\"site-header__inner\" class=\"site-header__inner\"><div class=\"site-header__inner__container container\"><div id=\"block-olivero-site-branding\" class=\"site-branding--bg-white site-branding\"><div class=\"site-branding__inner\"><div class=\"site-branding__text\"><div class=\"site-branding__name\"><a href=\"/\" title=\"Home\" rel=\"home\">{}</a></div></div></div></div>\
         <div class=\"header-nav-overlay\" data-drupal-selector=\"header-nav-overlay\"></div><div class=\"mobile-buttons\"><button class=\"mobile-nav-button\" aria-label=\"Main Menu\" aria-controls=\"header-nav\" aria-expanded=\"false\"><span class=\"mobile-nav-button__label\">Menu</span></button></div>\
         <div id=\"header-nav\" class=\"header-nav\" data-drupal-selector=\"header-nav\"><div class=\"search-block-form block block-search-narrow\" role=\"search\"><form action=\"/search/node\" method=\"get\" accept-charset=\"UTF-8\"><input title=\"Enter the terms you wish to search for.\" placeholder=\"Search by keyword or phrase.\" type=\"search\" name=\"keys\" class=\"form-search\"><input type=\"submit\" value=\"Search\" class=\"button js-form-submit form-submit\"></form></div>\
         <nav role=\"navigation\" aria-labelledby=\"block-olivero-main-menu-menu\" id=\"block-olivero-main-menu\" class=\"primary-nav block block-menu navigation menu--main\"><h2 class=\"visually-hidden block__title\" id=\"block-olivero-main-menu-menu\">Main navigation</h2><ul class=\"menu primary-nav__menu primary-nav__menu--level-1\" data-drupal-selector=\"primary-nav-menu--level-1\">{nav}</ul></nav></div></div></div></div></header>\n\
         <div id=\"main-wrapper\" class=\"layout-main-wrapper layout-container\"><div id=\"main\" class=\"layout-main\"><div class=\"main-content\"><a id=\"main-content\" tabindex=\"-1\"></a>\
         <div class=\"region region--content-above grid-full layout--pass--content-medium\"><div id=\"block-olivero-page-title\" class=\"block block-core block-page-title-block\"><h1 class=\"title page-title\">Latest</h1></div></div>\
         <div class=\"region region--content grid-full layout--pass--content-medium\" id=\"content\"><div id=\"block-olivero-content\" class=\"block block-system block-system-main-block\"><div class=\"block__content\">\
         <div class=\"views-element-container\"><div class=\"view view-frontpage view-id-frontpage view-display-id-page_1 js-view-dom-id-{:x}\"><div class=\"view-content\">\n{rows}</div>\
         <ul class=\"js-pager__items pager\" data-drupal-views-infinite-scroll-pager><li class=\"pager__item\"><a class=\"button\" href=\"?page=1\" title=\"Load more items\" rel=\"next\">Load More</a></li></ul>\
         <div class=\"feed-icons\"><a href=\"/rss.xml\" class=\"feed-icon\">Subscribe to {}</a></div></div></div></div></div></div>\n\
         <div class=\"region region--sidebar\"><div class=\"block block-views block-views-blockcontent-recent-block-1\"><h2 class=\"block__title\">Recent content</h2><ul>{}</ul></div></div>\n\
         </div></div></div>\n\
         <footer class=\"site-footer\"><div class=\"site-footer__inner container\"><div class=\"region region--footer-bottom grid-full layout--pass--content-medium\"><div id=\"block-olivero-powered\" class=\"block block-system block-system-powered-by-block\"><span>Powered by <a href=\"https://www.drupal.org\">Drupal</a></span></div></div></div></footer>\n\
         </div></div></div>\n",
        esc(&spec.site),
        spec.seed % 0xffff_ffff,
        esc(&spec.site),
        spec.teasers
            .iter()
            .map(|t| format!(
                "<li><a href=\"{}\" hreflang=\"en\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            ))
            .collect::<String>(),
    );
    document(
        " lang=\"en\" dir=\"ltr\"",
        &head(spec, false, ""),
        " class=\"path-frontpage\"",
        &page,
    )
}

/// How long ago a news app's story went out, story by story.
const RELATIVE_AGES: [&str; 4] = ["3 hours ago", "7 hours ago", "Yesterday", "2 days ago"];

/// (123) A news app (an aggregator's web app of hashed classes): the stream a
/// `ul[role=list]`, every story an `li[role=article][aria-labelledby]`: a source row (the
/// publisher's logo and name), the headline a `div[role=heading][aria-level=2]` with no
/// heading tag (inside the link to the story as the marks say), the byline and a
/// relative date ("3 hours ago", in a `<time datetime>` or as plain text, as the marks
/// say), the body `<p>`s in a `div`, share links as the marks say, and a feedback row of
/// buttons ("More stories like this"); a "Topics to follow" `li` of chips between
/// stories (no article role).
fn news_app_li(spec: &Spec) -> String {
    let m = spec.marks;
    let c = |role: &str| spec.hashed(role);
    let mut items = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let chips: String = SECTIONS
                .iter()
                .skip(i)
                .take(4)
                .map(|sec| {
                    format!(
                        "<a class=\"{}\" href=\"/topics/{sec}\">{}</a>",
                        c("chip"),
                        capitalize(sec)
                    )
                })
                .collect();
            let _ = writeln!(
                items,
                "<li class=\"{}\"><div class=\"{}\">Topics to follow</div><div class=\"{}\">{chips}</div></li>",
                c("topics"),
                c("topics-title"),
                c("chips"),
            );
        }
        let hid = format!("h-{}", post_id(spec, s, 8));
        let heading = format!(
            "<div role=\"heading\" aria-level=\"2\" id=\"{hid}\" class=\"{}\">{}</div>",
            c("headline"),
            esc(&s.title)
        );
        let heading = if m.headline_link {
            format!(
                "<a class=\"{}\" href=\"{}\">{heading}</a>",
                c("headline-link"),
                attr(&s.url)
            )
        } else {
            heading
        };
        let age = RELATIVE_AGES[i % RELATIVE_AGES.len()];
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<span class=\"{}\">{}</span><span aria-hidden=\"true\"> · </span>",
                c("author"),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<time class=\"{}\" datetime=\"{}\">{age}</time>",
                    c("age"),
                    s.date_iso()
                );
            }
            DateMark::Text => {
                let _ = write!(meta, "<span class=\"{}\">{age}</span>", c("age"));
            }
            DateMark::None => {}
        }
        let style = BodyStyle {
            para: ParaStyle::P,
            sub: "h3",
            fig: FigStyle::Figure,
            class: c("para"),
        };
        let _ = writeln!(
            items,
            "<li role=\"article\" aria-labelledby=\"{hid}\" class=\"{}\"><div class=\"{}\"><img class=\"{}\" src=\"https://{}/favicon-32.png\" alt=\"\" width=\"16\" height=\"16\"><span class=\"{}\">{}</span></div>\n\
             {heading}<div class=\"{}\">{meta}</div>\n<div class=\"{}\">\n{}</div>\n{}\
             <div class=\"{}\" role=\"group\" aria-label=\"Feedback\"><button class=\"{}\" type=\"button\">More stories like this</button><button class=\"{}\" type=\"button\">Fewer stories like this</button></div></li>",
            c("story"),
            c("source"),
            c("logo"),
            spec.host,
            c("source-name"),
            esc(&spec.site),
            c("meta"),
            c("body"),
            body(&s.blocks, &style),
            share_bar(&c("share"), s, m, false),
            c("feedback"),
            c("button"),
            c("button"),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"app\">{}{}<main class=\"{}\"><h1 class=\"{}\">For you</h1><ul role=\"list\" class=\"{}\">\n{items}</ul>\
         <div class=\"{}\" aria-live=\"polite\">Loading more stories…</div></main>{}</div>\n",
        chrome.header(spec),
        chrome.cookie(),
        c("main"),
        c("page-title"),
        c("stream"),
        c("loader"),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// A French or Italian portal's words.
struct Latin {
    lang: &'static str,
    months: [&'static str; 12],
    sections: [&'static str; 8],
    by: &'static str,
    read_also: &'static str,
    share: &'static str,
    next: &'static str,
    ad: &'static str,
}

const LATIN: [Latin; 2] = [
    Latin {
        lang: "fr",
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        sections: [
            "Actualités",
            "International",
            "Technologies",
            "Culture",
            "Sciences",
            "Économie",
            "Idées",
            "Sport",
        ],
        by: "Par",
        read_also: "Lire aussi",
        share: "Partager",
        next: "Article suivant",
        ad: "Publicité",
    },
    Latin {
        lang: "it",
        months: [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        sections: [
            "Cronache",
            "Esteri",
            "Tecnologia",
            "Cultura",
            "Scienze",
            "Economia",
            "Opinioni",
            "Sport",
        ],
        by: "di",
        read_also: "Leggi anche",
        share: "Condividi",
        next: "Articolo successivo",
        ad: "Pubblicità",
    },
];

/// (124) A French or Italian portal (chrome in the page's language). French, Le
/// Monde-like: every story a `div.article-scroll` whose `header.article__header`
/// (breadcrumb, `h1.article__title` linked as the marks say, `p.article__desc`, "Par"
/// author and "Publié le 5 décembre 2026 à 08h30" as the marks say) sits outside the
/// `article.article__content` of `p.article__paragraph`s (a "Lire aussi" catcher after the
/// second), a "Partager" footer as the marks say. Italian, Corriere-like: every story a
/// `div.article-container` of a section label, `h1.title-art-hp`, `p.summary-art-hp`, "di"
/// author and "5 dicembre 2026 (modifica il …)" as the marks say, `p.chapter-paragraph`s in
/// `div.content` (a "Leggi anche" box after the second), "Condividi" links as they say. A
/// localized ad label and a "next article" bar between stories.
fn latin_portal(spec: &Spec) -> String {
    let m = spec.marks;
    let loc = &LATIN[spec.rng().below(LATIN.len())];
    let french = loc.lang == "fr";
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"dfp-slot dfp-slot--inread\" id=\"inread_{i}\"><span class=\"dfp-label\">{}</span></div>\n\
                 <div class=\"next-article-bar\"><span>{}</span></div>",
                loc.ad, loc.next
            );
        }
        let k = SECTIONS
            .iter()
            .position(|x| *x == section_of(s))
            .unwrap_or(0);
        let section = loc.sections[k];
        let (y, mo, d) = s.date;
        let month = loc.months[mo - 1];
        let teaser = &spec.teasers[i % spec.teasers.len()];
        let share = if m.share {
            let (u, t) = (enc(&s.url), enc(&s.title));
            format!(
                "<div class=\"{}\"><span>{}</span><a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\" rel=\"noopener\">Facebook</a>\
                 <a href=\"https://twitter.com/intent/tweet?url={u}&amp;text={t}\" target=\"_blank\" rel=\"noopener\">X</a>\
                 <a href=\"https://api.whatsapp.com/send?text={t}%20{u}\" target=\"_blank\" rel=\"noopener\">WhatsApp</a></div>",
                if french { "article__share" } else { "share-bar" },
                loc.share
            )
        } else {
            String::new()
        };
        let date = match (m.date, french) {
            (DateMark::None, _) => String::new(),
            (DateMark::Time, true) => format!(
                "<span class=\"meta__date\">Publié le <time datetime=\"{}\">{d} {month} {y} à 08h30</time></span>",
                s.date_iso()
            ),
            (DateMark::Text, true) => {
                format!("<span class=\"meta__date\">Publié le {d} {month} {y} à 08h30</span>")
            }
            (DateMark::Time, false) => format!(
                "<p class=\"is-last-update\"><time datetime=\"{}\">{d} {month} {y}</time> (modifica il {d} {month} {y} | 10:12)</p>",
                s.date_iso()
            ),
            (DateMark::Text, false) => {
                format!("<p class=\"is-last-update\">{d} {month} {y} (modifica il {d} {month} {y} | 10:12)</p>")
            }
        };
        let author = match (m.byline, french) {
            (false, _) => String::new(),
            (true, true) => format!(
                "<span class=\"meta__author\">{} <a class=\"article__author-link\" href=\"/signataires/{}/\">{}</a></span>",
                loc.by,
                slug(s.author),
                s.author
            ),
            (true, false) => format!(
                "<p class=\"is-author\">{} <strong>{}</strong></p>",
                loc.by, s.author
            ),
        };
        // The "read also" box goes after the body's second block.
        let split = s.blocks.len().min(2);
        let para = if french {
            "article__paragraph"
        } else {
            "chapter-paragraph"
        };
        let style = BodyStyle {
            para: ParaStyle::P,
            sub: "h2",
            fig: FigStyle::Figure,
            class: para.to_owned(),
        };
        let (before, after) = (
            body(&s.blocks[..split], &style),
            body(&s.blocks[split..], &style),
        );
        if french {
            let _ = writeln!(
                feed,
                "<div class=\"article-scroll\" data-index=\"{i}\"><header class=\"article__header\"><ul class=\"breadcrumb\"><li><a href=\"/{}/\">{section}</a></li></ul>\
                 {}<p class=\"article__desc\">{}</p><div class=\"meta meta__publisher\">{author}{date}</div></header>\n\
                 <section class=\"article__wrapper\"><article class=\"article__content old__article-content-single\">\n{before}\
                 <section class=\"catcher catcher--inline\"><span class=\"catcher__title\">{}</span> <a class=\"js-article-read-also\" href=\"{}\">{}</a></section>\n{after}</article>\
                 <footer class=\"article__footer-single\">{share}</footer></section></div>",
                section_of(s),
                headline("h1", " class=\"article__title\"", s, m),
                esc(&lede(s, TEASER_WORDS)),
                loc.read_also,
                attr(&teaser.path),
                esc(&teaser.title),
            );
        } else {
            let _ = writeln!(
                feed,
                "<div class=\"article-container\" data-index=\"{i}\"><div class=\"section-art\"><a href=\"/{}/\">{section}</a></div>\
                 {}<p class=\"summary-art-hp\">{}</p><div class=\"info-art\">{author}{date}</div>\n\
                 <div class=\"content-art\"><div class=\"content\">\n{before}\
                 <div class=\"box-leggi-anche\"><p class=\"title-box\">{}</p><a href=\"{}\">{}</a></div>\n{after}</div></div>{share}</div>",
                section_of(s),
                headline("h1", " class=\"title-art-hp is-xxxlarge\"", s, m),
                esc(&lede(s, TEASER_WORDS)),
                loc.read_also,
                attr(&teaser.path),
                esc(&teaser.title),
            );
        }
    }
    let nav: String = loc
        .sections
        .iter()
        .zip(SECTIONS)
        .map(|(name, path)| format!("<li><a href=\"/{path}/\">{name}</a></li>"))
        .collect();
    let page = format!(
        "<header class=\"header\" role=\"banner\"><a class=\"header__logo\" href=\"/\">{}</a><nav class=\"header__nav\"><ul>{nav}</ul></nav>\
         <a class=\"header__subscribe\" href=\"/abonnement\">{}</a></header>\n<main id=\"habillagepub\" class=\"{}\">\n{feed}</main>\n\
         <footer class=\"footer\"><ul><li><a href=\"/mentions-legales\">{}</a></li><li><a href=\"/contact\">Contact</a></li></ul><p>© {} 2024</p></footer>\n",
        esc(&spec.site),
        if french { "S'abonner" } else { "Abbonati" },
        if french { "zone zone--article" } else { "main-content" },
        if french { "Mentions légales" } else { "Note legali" },
        esc(&spec.site),
    );
    document(
        &format!(" lang=\"{}\"", loc.lang),
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (125) Stories with no element of their own, set between ad slots (a regional paper's
/// "continuous read": its CMS prints every story's parts straight into one
/// `div#continuous-content`): per story an `h2.headline` (linked as the marks say), a
/// `p.byline` and a `p.dateline` as the marks say, the body's paragraphs, `h3`
/// subheadings, lists and figures as children of that one `div`, share links as the
/// marks say; between stories only a GPT `div.ad-slot` with its "Advertisement" label.
fn ad_slot_runs(spec: &Spec) -> String {
    let m = spec.marks;
    let mut content = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            content.push_str(&ad_slot(spec, i));
        }
        let _ = writeln!(content, "{}", headline("h2", " class=\"headline\"", s, m));
        if m.byline {
            let _ = writeln!(
                content,
                "<p class=\"byline\">By <a href=\"/staff/{}\">{}</a>, Staff Writer</p>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = writeln!(
                    content,
                    "<p class=\"dateline\"><time datetime=\"{}\">{}</time></p>",
                    s.date_iso(),
                    date_wire(s)
                );
            }
            DateMark::Text => {
                let _ = writeln!(content, "<p class=\"dateline\">{}</p>", date_wire(s));
            }
            DateMark::None => {}
        }
        content.push_str(&body(&s.blocks, &BodyStyle::plain("h3")));
        content.push_str(&share_bar("share-tools", s, m, false));
    }
    let chrome = Chrome::named(
        "masthead",
        "site-nav",
        "right-rail",
        "site-footer",
        "gdpr-consent",
    );
    let page = format!(
        "{}{}<div class=\"page-body\"><div class=\"main-column\"><div id=\"continuous-content\" class=\"story-stream\">\n{content}</div>\
         <div class=\"loading-indicator\" hidden>Loading next story…</div></div>{}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (126) A Jekyll blog on the Lanyon theme whose index prints whole posts: the
/// off-canvas `div.sidebar` (blurb, nav, copyright) before `div.wrap`, a `div.masthead`
/// (`h3.masthead-title`: the site's name and tagline), then `div.container.content >
/// div.posts`, every post a `div.post` with an `h1.post-title` (linked as the marks say),
/// a `span.post-date` ("05 Dec 2026") as they say, the post's content straight inside (no
/// wrapper; subheadings `h2`), share links as the marks say; no bylines (one author); a
/// `div.pagination` (Older / Newer) after the posts.
fn jekyll_lanyon(spec: &Spec) -> String {
    let m = spec.marks;
    let mut posts = String::new();
    for s in &spec.stories {
        let (y, mo, d) = s.date;
        let date = match m.date {
            DateMark::None => String::new(),
            DateMark::Time => format!(
                "<span class=\"post-date\"><time datetime=\"{}\">{d:02} {} {y}</time></span>\n",
                s.date_iso(),
                &MONTHS[mo - 1][..3]
            ),
            DateMark::Text => {
                format!(
                    "<span class=\"post-date\">{d:02} {} {y}</span>\n",
                    &MONTHS[mo - 1][..3]
                )
            }
        };
        let _ = writeln!(
            posts,
            "<div class=\"post\">\n{}\n{date}{}{}</div>",
            headline("h1", " class=\"post-title\"", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("share-post", s, m, false),
        );
    }
    let page = format!(
        "<input type=\"checkbox\" class=\"sidebar-checkbox\" id=\"sidebar-checkbox\">\n\
         <div class=\"sidebar\" id=\"sidebar\"><div class=\"sidebar-item\"><p>Notes on whatever I am reading, building and thinking about.</p></div>\
         <nav class=\"sidebar-nav\"><a class=\"sidebar-nav-item active\" href=\"/\">Home</a><a class=\"sidebar-nav-item\" href=\"/about/\">About</a><a class=\"sidebar-nav-item\" href=\"/archive/\">Archive</a><a class=\"sidebar-nav-item\" href=\"/feed.xml\">RSS</a></nav>\
         <div class=\"sidebar-item\"><p>&copy; 2024. All rights reserved.</p></div></div>\n\
         <div class=\"wrap\"><div class=\"masthead\"><div class=\"container\"><h3 class=\"masthead-title\"><a href=\"/\" title=\"Home\">{}</a> <small>Notes and essays</small></h3></div></div>\n\
         <div class=\"container content\"><div class=\"posts\">\n{posts}</div>\n\
         <div class=\"pagination\"><a class=\"pagination-item older\" href=\"/page2\">Older</a><span class=\"pagination-item newer\">Newer</span></div></div></div>\n\
         <label for=\"sidebar-checkbox\" class=\"sidebar-toggle\"></label>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en-us\"",
        &head(spec, false, ""),
        " class=\"theme-base-08\"",
        &page,
    )
}

/// (127) Control: a live blog whose entries look like posts (one story): an `h1`, meta,
/// a "Key events" list of anchors to `#post-N`, the opening paragraphs, then every section
/// an `article.lb-post` (`id="post-N"`) of one template: a `<time>` of its own (an hour
/// later each), an author card (avatar, "By" name, role) naming a different reporter on
/// most, an `h2` of the section's heading (on every third entry the heading is a bold
/// first line instead), the paragraphs and a "Share this post" row whose links carry the
/// page's address with `#post-N`; the page's share bar and a "Live coverage has ended"
/// note right after the last entry.
fn single_liveblog_posts(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut keys = String::from("<div class=\"key-events\"><h2>Key events</h2><ul>");
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let hour = 7 + k % 14;
        let author = AUTHORS[(spec.seed as usize + k / 2) % AUTHORS.len()];
        let id = format!("post-{}", 40_000 + hash(&[title]) % 50_000);
        let _ = write!(
            keys,
            "<li><a href=\"#{id}\">{hour:02}:05 {}</a></li>",
            esc(title)
        );
        let hed = if k % 3 == 2 {
            format!("<p><strong>{}</strong></p>", esc(title))
        } else {
            format!("<h2 class=\"lb-post-title\">{}</h2>", esc(title))
        };
        let u = enc(&format!("{}#{id}", s.url));
        let _ = writeln!(
            out,
            "<article class=\"lb-post\" id=\"{id}\"><header class=\"lb-post-header\"><time class=\"lb-post-time\" datetime=\"{y}-{mo:02}-{d:02}T{hour:02}:05:00Z\">{hour:02}:05 GMT</time>\
             <div class=\"lb-author\"><img src=\"/avatars/{}.jpg\" alt=\"\" width=\"40\" height=\"40\"><span class=\"lb-author-name\">By {author}</span><span class=\"lb-author-role\">Reporter</span></div></header>\n\
             {hed}\n{}<div class=\"lb-post-share\"><span>Share this post</span><a href=\"https://twitter.com/intent/tweet?url={u}\" target=\"_blank\">X</a>\
             <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\">Facebook</a><a class=\"lb-copy\" href=\"{}#{id}\">Copy link</a></div></article>",
            slug(author),
            body(part, &BodyStyle::plain("h3")),
            attr(&s.path),
        );
    }
    keys.push_str("</ul></div>\n");
    let (intro, rest) = match out.find("<article class=\"lb-post\"") {
        Some(at) => out.split_at(at),
        None => (out.as_str(), ""),
    };
    let chrome = Chrome::named("masthead", "primary-nav", "rail", "site-footer", "consent");
    let page = format!(
        "{}{}<main><div class=\"liveblog\"><header class=\"liveblog-header\"><span class=\"live-badge\">Live</span>{}<div class=\"meta\">{}</div></header>\n\
         {keys}{intro}<div class=\"lb-posts\">\n{rest}</div>{}<p class=\"lb-ended\">Live coverage has ended. Follow our latest updates on the home page.</p></div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"liveblog-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-GB\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (128) Control: "The week in photos" (one story): an `h1`, a dek, meta, the opening
/// paragraphs, then every section a `figure.photo-item` (`id="img-N"`) of one template:
/// the picture, and a `figcaption` holding an `h2` (the section's heading), the day in a
/// `<time>` (a day apart each), the section's paragraphs as the caption, a credit
/// ("Photograph: name/agency") and a "Share this photo" link to the page's address with
/// `#img-N`; an ad after every third photo, share links after the last.
fn single_week_photos(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let agencies = ["Reuters", "AP", "AFP", "Getty Images", "EPA"];
    let mut out = String::new();
    let mut shown = 0;
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let day = 1 + (d as usize + k) % 28;
        let date = (y, mo, day as u32);
        let _ = writeln!(
            out,
            "<figure class=\"photo-item\" id=\"img-{k}\"><img src=\"https://i.{}/gallery/{}-{k}.jpg\" alt=\"\" width=\"1300\" height=\"867\" loading=\"lazy\">\
             <figcaption class=\"photo-caption\"><h2 class=\"photo-title\">{}</h2><time class=\"photo-date\" datetime=\"{y}-{mo:02}-{day:02}\">{}, {} {day}</time>\n\
             <div class=\"caption-text\">\n{}</div><p class=\"photo-credit\">Photograph: {}/{}</p>\
             <a class=\"photo-share\" href=\"{}#img-{k}\">Share this photo</a></figcaption></figure>",
            spec.host,
            slug(&s.title),
            esc(title),
            WEEKDAYS[weekday(date)],
            MONTHS[mo - 1],
            body(part, &BodyStyle::plain("h3")),
            AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
            agencies[k % agencies.len()],
            attr(&s.path),
        );
        shown += 1;
        if shown % 3 == 0 {
            out.push_str(&ad_slot(spec, shown));
        }
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"gallery-page\"><article class=\"gallery\"><header>{}<p class=\"standfirst\">A selection of the best news pictures from around the world this week</p><div class=\"meta\">{}</div></header>\n\
         <div class=\"gallery-body\">\n{out}</div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"gallery-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (129) Control: a step-by-step tutorial (one story): an `h1`, meta with a "Last
/// updated" date, a "What you'll need" box, the opening paragraphs, then every section a
/// `section.step` (`id="step-N"`) of one template: an `h2` of a "Step N" label and the
/// section's heading with a "Link to this step" anchor to `#step-N`, a time estimate, the
/// section's paragraphs, a "Was this step helpful?" pair of buttons; "Next steps" links
/// to the site's other tutorials and share links after the last step.
fn single_tutorial_steps(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    let mut n = 0;
    for (title, part) in heading_sections(&s.blocks) {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        n += 1;
        let _ = writeln!(
            out,
            "<section class=\"step\" id=\"step-{n}\"><h2 class=\"step-title\"><span class=\"step-number\">Step {n}</span> {}\
             <a class=\"step-anchor\" href=\"#step-{n}\" aria-label=\"Link to this step\">#</a></h2><p class=\"step-time\">About {} minutes</p>\n{}\
             <div class=\"step-feedback\"><span>Was this step helpful?</span><button type=\"button\">Yes</button><button type=\"button\">No</button></div></section>",
            esc(title),
            5 + (n * 7) % 20,
            body(part, &BodyStyle::plain("h3")),
        );
    }
    let next: String = spec
        .teasers
        .iter()
        .take(3)
        .map(|t| {
            format!(
                "<li><a href=\"/tutorials{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            )
        })
        .collect();
    let chrome = Chrome::named(
        "site-header",
        "docs-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"tutorial-page\"><article class=\"tutorial\"><header>{}<div class=\"meta\">{}<span class=\"updated\">Last updated {}</span></div></header>\n\
         <div class=\"needs\"><h2>What you'll need</h2><ul><li>About an hour</li><li>A computer with a web browser</li><li>A free account</li></ul></div>\n\
         <div class=\"steps\">\n{out}</div><div class=\"next-steps\"><h2>Next steps</h2><ul>{next}</ul></div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"tutorial-title\"", s, m),
        meta_line("span", "meta", s, m),
        s.date_text(),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Publications a roundup links to.
const OUTLETS: [&str; 6] = [
    "The Atlantic",
    "Financial Times",
    "Wired",
    "The Economist",
    "Nature",
    "ProPublica",
];

/// (130) Control: a weekly roundup ("Things we learned this week", one story): an `h1`,
/// meta, the opening paragraphs, then every section a `div.roundup-item` of one template:
/// the source's name and a date ("Wired · Dec 3, 2026"), an `h2` (the section's heading)
/// linked to an article on that publication's site, the section's paragraphs (the
/// editor's summary) and a "Read the full story at …" link to the same article; a
/// newsletter box and share links after the last item.
fn single_roundup_links(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let outlet = OUTLETS[(spec.seed as usize + k) % OUTLETS.len()];
        let day = 1 + (d as usize + 28 - k) % 28;
        let link = format!(
            "https://www.{}.example/{y}/{mo:02}/{}",
            slug(outlet).replace('-', ""),
            slug(title)
        );
        let _ = writeln!(
            out,
            "<div class=\"roundup-item\"><p class=\"roundup-source\"><span class=\"outlet\">{outlet}</span> · <time datetime=\"{y}-{mo:02}-{day:02}\">{} {day}, {y}</time></p>\
             <h2 class=\"roundup-title\"><a href=\"{}\" rel=\"noopener\" target=\"_blank\">{}</a></h2>\n{}\
             <p class=\"roundup-more\"><a href=\"{}\" rel=\"noopener\" target=\"_blank\">Read the full story at {outlet} →</a></p></div>",
            &MONTHS[mo - 1][..3],
            attr(&link),
            esc(title),
            body(part, &BodyStyle::plain("h3")),
            attr(&link),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}{}<main><article class=\"roundup\"><header>{}<div class=\"meta\">{}</div></header>\n<div class=\"roundup-body\">\n{out}</div>{}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"roundup-headline\"", s, m),
        meta_line("span", "meta", s, m),
        newsletter("roundup-signup", spec),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (131) Control: release notes (one story): an `h1`, meta, the opening paragraphs, then
/// every section a `section.release` (`id="v2-N-0"`) of one template, newest first: an
/// `h2` of the version and the section's heading with a permalink anchor to `#v2-N-0`, a
/// `<time>` release date (a month apart each), "Released by" a maintainer's profile link,
/// a "Download" link to the release's own tag page on a code host, the section's
/// paragraphs; an RSS feed link, share links as the marks say and "Edit this page" after.
fn single_changelog(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let repo = slug(&spec.site);
    let sections = heading_sections(&s.blocks);
    let releases = sections.iter().filter(|(t, _)| t.is_some()).count();
    let mut out = String::new();
    let mut k = 0;
    for (title, part) in sections {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let minor = releases - k;
        let back = mo as i64 - 1 - k as i64;
        let (ry, rm) = (
            (y as i64 + back.div_euclid(12)) as u32,
            back.rem_euclid(12) as usize + 1,
        );
        let maintainer = AUTHORS[(spec.seed as usize + k) % AUTHORS.len()];
        let _ = writeln!(
            out,
            "<section class=\"release\" id=\"v2-{minor}-0\"><h2 class=\"release-title\"><a class=\"anchor\" href=\"#v2-{minor}-0\" aria-hidden=\"true\">#</a><span class=\"version\">v2.{minor}.0</span> {}</h2>\
             <p class=\"release-meta\"><time datetime=\"{ry}-{rm:02}-{d:02}\">{} {d}, {ry}</time> · Released by <a href=\"https://github.example/{}\">@{}</a> · \
             <a class=\"download\" href=\"https://github.example/{repo}/{repo}/releases/tag/v2.{minor}.0\">Download</a></p>\n{}</section>",
            esc(title),
            MONTHS[rm - 1],
            slug(maintainer),
            slug(maintainer),
            body(part, &BodyStyle::plain("h3")),
        );
        k += 1;
    }
    let page = format!(
        "<div class=\"docs-header\"><a class=\"logo\" href=\"/\">{}</a><nav><a href=\"/docs/\">Docs</a><a href=\"/blog/\">Blog</a><a href=\"/changelog/\">Changelog</a></nav>\
         <form action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"></form></div>\n\
         <main class=\"changelog\"><article class=\"release-notes\"><header>{}<div class=\"meta\">{}</div></header>\n{out}\
         <p class=\"feed\"><a href=\"/changelog/feed.xml\">Subscribe to release notes (RSS)</a></p>{}\
         <div class=\"edit\"><a href=\"https://github.example/{repo}/{repo}/edit/main/CHANGELOG.md\">Edit this page</a></div></article></main>\n\
         <footer class=\"footer\"><p>© 2024 {}</p></footer>\n",
        esc(&spec.site),
        headline("h1", "", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, false, ""),
        " class=\"docs\"",
        &page,
    )
}

// ------------------------------------------------------------------ probe 13

/// (132) The page's own story server-rendered, the appended ones in another template
/// after `</main>`: `<main>` holds only story 1, an `article.main` (a breadcrumb, a
/// `header.article-header` with an `h1`, the byline and date as the marks say, the body
/// in `div.article-body[itemprop=articleBody]` with `h2` subheadings, share links as the
/// marks say, a topics row) beside the site's `<aside>`; after `</main>` and the aside, a
/// sibling `div#next-articles` holds every appended story as a `div.next-article
/// [data-loaded=true][data-index]`: a "Next article" label, a `div.na-head` with an
/// `h2.na-title` (its link as the marks say) and a `p.na-meta` (author, a "|" and the
/// wire date), the body straight in `div.na-text` with `h4` subheadings and `div.media`
/// figures, share links as the marks say.
fn next_article_loaded(spec: &Spec) -> String {
    let m = spec.marks;
    let s0 = spec.first();
    let sec = section_of(s0);
    let first = format!(
        "<article class=\"main\" id=\"article-{}\"><nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/{sec}/\">{}</a></nav>\n\
         <header class=\"article-header\">{}<div class=\"byline-block\">{}</div></header>\n\
         <div class=\"article-body\" itemprop=\"articleBody\">\n{}</div>\n{}<div class=\"topics\">Topics: <a href=\"/{sec}/\">{}</a></div></article>",
        post_id(spec, s0, 8),
        capitalize(&sec),
        headline("h1", " class=\"article-title\"", s0, m),
        meta_line("span", "byline", s0, m),
        body(&s0.blocks, &BodyStyle::plain("h2")),
        share_bar("share-tools", s0, m, false),
        capitalize(&sec),
    );
    let mut next = String::new();
    for (i, s) in spec.stories.iter().enumerate().skip(1) {
        let mut meta = String::new();
        if m.byline {
            let _ = write!(meta, "<span class=\"na-author\">{}</span>", s.author);
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    " | <time datetime=\"{}\">{}</time>",
                    s.date_iso(),
                    date_wire(s)
                );
            }
            DateMark::Text => {
                let _ = write!(meta, " | <span class=\"na-date\">{}</span>", date_wire(s));
            }
            DateMark::None => {}
        }
        let title = if m.headline_link {
            format!(
                "<a class=\"na-link\" href=\"{}\">{}</a>",
                attr(&s.url),
                esc(&s.title)
            )
        } else {
            esc(&s.title)
        };
        let style = BodyStyle {
            para: ParaStyle::P,
            sub: "h4",
            fig: FigStyle::Div,
            class: String::new(),
        };
        let _ = writeln!(
            next,
            "<div class=\"next-article\" data-loaded=\"true\" data-index=\"{i}\"><div class=\"na-label\">Next article</div>\
             <div class=\"na-head\"><h2 class=\"na-title\">{title}</h2><p class=\"na-meta\">{meta}</p></div>\n<div class=\"na-text\">\n{}</div>{}</div>",
            body(&s.blocks, &style),
            share_bar("na-share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "cookie-banner",
    );
    let page = format!(
        "{}{}<div class=\"site-content\"><div class=\"layout\"><main id=\"main\" class=\"main-content\">\n{first}\n</main>\n{}</div>\n\
         <div id=\"next-articles\" class=\"infinite-container\">\n{next}</div><div class=\"infinite-loader\" aria-hidden=\"true\">Loading…</div></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"single single-post\"",
        &page,
    )
}

/// (133) CSS-in-JS chunks (styled-components/emotion): every story a chunk whose hashed
/// class names are generated anew, so no two stories share a class word; story 1 a `div`
/// headed by an `h1`, the appended ones by an `h2` (the same component rendered lower);
/// the headline never linked; the byline as the marks say; the story's only link to
/// itself besides share links (as the marks say) an `<a>` around its `<time>` (always
/// there); the body `<p>`s carry the chunk's own class; an ad `div` between chunks.
fn css_in_js_chunks(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let c = |role: &str| spec.hashed(&format!("{role}-{i}"));
        if i > 0 {
            let _ = writeln!(
                feed,
                "<div class=\"{}\"><div class=\"{}\">Advertisement</div><div id=\"ad-{i}\" class=\"{}\"></div></div>",
                c("ad"),
                c("ad-label"),
                c("ad-box")
            );
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let by = if m.byline {
            format!("<span class=\"{}\">By {}</span>", c("author"), s.author)
        } else {
            String::new()
        };
        let style = BodyStyle {
            para: ParaStyle::P,
            sub: "h3",
            fig: FigStyle::Figure,
            class: c("para"),
        };
        let _ = writeln!(
            feed,
            "<div class=\"{}\"><div class=\"{}\"><div class=\"{}\"><{tag} class=\"{}\">{}</{tag}>\
             <div class=\"{}\">{by}<a class=\"{}\" href=\"{}\"><time datetime=\"{}\">{}</time></a></div></div>\n\
             <div class=\"{}\">\n{}</div>\n{}</div></div>",
            c("chunk"),
            c("article"),
            c("header"),
            c("headline"),
            esc(&s.title),
            c("meta"),
            c("timestamp"),
            attr(&s.path),
            s.date_iso(),
            s.date_text(),
            c("body"),
            body(&s.blocks, &style),
            share_bar(&c("share"), s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"__next\"><div class=\"{}\">{}{}<main class=\"{}\">\n{feed}<div class=\"{}\" role=\"status\">Loading next story</div></main>{}</div></div>\n\
         <script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"page\":\"/[section]/[slug]\",\"buildId\":\"{:x}\"}}</script>\n",
        spec.hashed("app"),
        chrome.header(spec),
        chrome.cookie(),
        spec.hashed("main"),
        spec.hashed("loader"),
        chrome.footer(spec),
        spec.seed % 0xff_ffff,
    );
    document(" lang=\"en\"", &head(spec, true, ""), "", &page)
}

/// Lines after a teaser's excerpt in the thirteenth probe's rails and related cards (a
/// full teaser paragraph), by teaser.
const TEASER_TAILS: [&str; 6] = [
    "Officials said more details would be released in the coming days.",
    "Here is what we know so far, and what happens next for the people involved.",
    "Critics say the change comes too late, while supporters call it a first step.",
    "The decision follows months of debate and a review that ended last week.",
    "Our reporters spent weeks talking to those closest to the story.",
    "Experts warn the effects could be felt for years, far beyond the region.",
];

/// A "Most read" rail: every teaser (from the `k`th) with its excerpt, an ad, a
/// newsletter box.
fn long_rail(spec: &Spec, k: usize) -> String {
    let n = spec.teasers.len();
    let items: String = (0..n)
        .map(|j| {
            let t = &spec.teasers[(k + j) % n];
            format!(
                "<li class=\"rail-item\"><span class=\"rail-rank\">{}</span><a href=\"{}\">{}</a><p class=\"rail-excerpt\">{}… {}</p></li>",
                j + 1,
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt),
                TEASER_TAILS[(k + j) % n % TEASER_TAILS.len()],
            )
        })
        .collect();
    format!(
        "<div class=\"rail-block\"><h3 class=\"rail-title\">Most read</h3><ol class=\"rail-list\">{items}</ol></div>{}{}",
        ad_slot(spec, 10 + k),
        newsletter("rail-newsletter", spec)
    )
}

/// (134) A hero over two columns, per story, with no element of its own (stories of uneven
/// length: story 1 long and the appended ones briefs, or the other way round): a
/// full-width `div.article-hero` (a section kicker, an `h1`, the byline and date as the
/// marks say, the lead picture with its credit), then a `div.article-columns` row whose
/// left `div.article-main` holds the body and share links and whose right `aside
/// .article-rail` holds a "Most read" list of six teasers with full excerpts, an ad and a
/// newsletter box (often more text than a brief); all in one `div.stream`.
fn hero_rail_columns(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let sec = section_of(s);
        let _ = writeln!(
            stream,
            "<div class=\"article-hero\"><div class=\"hero-inner\"><a class=\"kicker\" href=\"/{sec}/\">{}</a>{}<div class=\"hero-meta\">{}</div></div>\
             <figure class=\"hero-image\"><img src=\"https://{}/img/{}-hero.jpg\" alt=\"\" width=\"1600\" height=\"900\"><figcaption class=\"credit\">Photograph: Reuters</figcaption></figure></div>\n\
             <div class=\"article-columns\"><div class=\"article-main\">\n{}{}</div>\n<aside class=\"article-rail\">{}</aside></div>",
            capitalize(&sec),
            headline("h1", " class=\"hero-title\"", s, m),
            meta_line("span", "hero", s, m),
            spec.host,
            slug(&s.title),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("article-share", s, m, false),
            long_rail(spec, i),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "site-sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<div class=\"page\"><div class=\"stream\">\n{stream}</div></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Sponsored cards of a recommendation widget.
const SPONSORED: [(&str, &str); 6] = [
    (
        "Doctors Stunned By This Simple Morning Habit",
        "HealthDaily",
    ),
    (
        "The Most Beautiful Villages You Can Still Visit Cheaply",
        "TravelBuzz",
    ),
    ("Homeowners Are Replacing Their Roofs With This", "RoofPro"),
    (
        "Here Is What A New Walk-In Shower Should Cost You",
        "BathDeals",
    ),
    ("This Game Will Keep You Up All Night", "PlayNow"),
    (
        "Retirees Are Moving To These Quiet Coastal Towns",
        "MoneyTalk",
    ),
];

/// (135) Stories separated by a "Recommended for you" grid of twelve cards: every story a
/// `div.article-container[data-article-id]` (a section label, an unlinked `h1`, an info
/// row with the byline and date as the marks say and a "Comments (N)" link to the story's
/// `#comments`, its only link to itself: no share links), the body in
/// `div.article-content`; between stories a `section.recommended` whose grid holds
/// twelve `article.rec-card`s (six of the site's teasers, six sponsored), each a linked
/// picture and `h3`, an excerpt, "By" a name and a `<time>`.
fn recommended_grid(spec: &Spec) -> String {
    let m = spec.marks;
    let mut out = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let mut cards = String::new();
            for j in 0..12 {
                let (y, mo, d) = s.date;
                let when = format!("{y}-{mo:02}-{:02}", 1 + (d as usize + j) % 28);
                let (title, path, excerpt, by) = if j % 2 == 0 {
                    let t = &spec.teasers[(i + j / 2) % spec.teasers.len()];
                    (
                        t.title.clone(),
                        t.path.clone(),
                        format!("{}…", t.excerpt),
                        format!("By {}", AUTHORS[(i + j) % AUTHORS.len()]),
                    )
                } else {
                    let (t, brand) = SPONSORED[(i + j / 2) % SPONSORED.len()];
                    (
                        t.to_owned(),
                        format!("https://ads.{}.example/click?id={j}", slug(brand)),
                        ADVERTORIAL[j / 2 % ADVERTORIAL.len()]
                            .split(',')
                            .next()
                            .unwrap_or_default()
                            .to_owned(),
                        format!("Sponsored by {brand}"),
                    )
                };
                let _ = writeln!(
                    cards,
                    "<article class=\"rec-card\"><a class=\"rec-link\" href=\"{}\"><img src=\"https://{}/thumbs/{j}.jpg\" alt=\"\" width=\"300\" height=\"169\"><h3 class=\"rec-headline\">{}</h3></a>\
                     <p class=\"rec-excerpt\">{}</p><div class=\"rec-meta\"><span class=\"rec-author\">{by}</span> <time datetime=\"{when}\">{when}</time></div></article>",
                    attr(&path),
                    spec.host,
                    esc(&title),
                    esc(&excerpt),
                );
            }
            let _ = writeln!(
                out,
                "<section class=\"recommended\"><h2 class=\"recommended-title\">Recommended for you</h2><div class=\"rec-grid\">\n{cards}</div></section>"
            );
        }
        let mut info = String::new();
        if m.byline {
            let _ = write!(info, "<span class=\"author\">By {}</span> ", s.author);
        }
        match m.date {
            DateMark::None => {}
            _ => {
                let _ = write!(info, "<span class=\"date\">{}</span> ", s.date_text());
            }
        }
        let _ = writeln!(
            out,
            "<div class=\"article-container\" data-article-id=\"{}\"><div class=\"article-header\"><span class=\"article-section\">{}</span><h1 class=\"article-title\">{}</h1>\
             <div class=\"article-info\">{info}<a class=\"comments-link\" href=\"{}#comments\">Comments ({})</a></div></div>\n<div class=\"article-content\">\n{}</div></div>",
            post_id(spec, s, 10),
            capitalize(&section_of(s)),
            esc(&s.title),
            attr(&s.path),
            3 + hash(&[&s.url]) % 90,
            body(&s.blocks, &BodyStyle::plain("h2")),
        );
    }
    let chrome = Chrome::named(
        "header",
        "navigation",
        "sidebar-right",
        "footer",
        "cookie-consent",
    );
    let page = format!(
        "{}{}<div class=\"wrapper\"><div class=\"content-area\" id=\"content\">\n{out}</div>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// A related-story card: an `<article>` with a label, a linked `h3`, a full teaser
/// paragraph, a byline and a `<time>`.
fn related_card(spec: &Spec, k: usize, class: &str) -> String {
    let t = &spec.teasers[k % spec.teasers.len()];
    let d = 1 + k % 28;
    format!(
        "<article class=\"{class}\"><span class=\"card-label\">Related</span><h3 class=\"card-title\"><a href=\"{}\">{}</a></h3>\
         <p class=\"card-dek\">{}… {}</p><p class=\"card-meta\">By {} · <time datetime=\"2024-03-{d:02}\">March {d}, 2024</time></p></article>\n",
        attr(&t.path),
        esc(&t.title),
        esc(&t.excerpt),
        TEASER_TAILS[k % spec.teasers.len() % TEASER_TAILS.len()],
        AUTHORS[(k + 3) % AUTHORS.len()],
    )
}

/// (136) Related-story cards inside the bodies: every story an `article.story` (an `h1`,
/// the byline and date as the marks say) whose body is cut in three by two nested
/// `article.card.card--related`s (a "Related" label, a linked `h3`, a full teaser
/// paragraph, a byline and a `<time>`), share links as the marks say, then a "More on
/// this story" list of two more such cards; the stories in one `div.stream`.
fn inline_related_cards(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let mut text = String::new();
        for (j, part) in chunks(&s.blocks, 3).into_iter().enumerate() {
            if j > 0 {
                text.push_str(&related_card(spec, i * 4 + j, "card card--related"));
            }
            text.push_str(&body(part, &BodyStyle::plain("h2")));
        }
        let _ = writeln!(
            stream,
            "<article class=\"story\" id=\"story-{i}\"><header class=\"story-header\">{}<div class=\"story-meta\">{}</div></header>\n\
             <div class=\"story-body\">\n{text}</div>\n{}<section class=\"more-on\"><h2>More on this story</h2>{}{}</section></article>",
            headline("h1", " class=\"story-title\"", s, m),
            meta_line("span", "story-meta", s, m),
            share_bar("share", s, m, false),
            related_card(spec, i * 4 + 3, "card card--more"),
            related_card(spec, i * 4 + 4, "card card--more"),
        );
    }
    let chrome = Chrome::named("masthead", "nav", "rail", "footer", "consent");
    let page = format!(
        "{}{}<div class=\"container\"><main><div class=\"stream\">\n{stream}</div></main>{}</div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(" lang=\"en-US\"", &head(spec, true, ""), "", &page)
}

/// (137) A virtualized list (a news app's web feed; stories of uneven length): `div
/// [role=list]` of `div[role=listitem][data-index]` rows positioned absolutely
/// (`transform: translateY(…)`), every row a card of hashed classes: a source row (the
/// section, "·", a relative age), the headline a bold `div` (no heading tag, no ARIA;
/// inside a link to the story as the marks say), the author as the marks say, every
/// paragraph a `div`, share links as the marks say.
fn virtual_list_app(spec: &Spec) -> String {
    let m = spec.marks;
    let c = |role: &str| spec.hashed(role);
    let mut rows = String::new();
    let mut y = 0;
    for (i, s) in spec.stories.iter().enumerate() {
        let title = format!(
            "<div class=\"{}\" style=\"font-size:26px;font-weight:700;line-height:1.2\">{}</div>",
            c("title"),
            esc(&s.title)
        );
        let title = if m.headline_link {
            format!(
                "<a class=\"{}\" href=\"{}\">{title}</a>",
                c("title-link"),
                attr(&s.url)
            )
        } else {
            title
        };
        let age = if m.date == DateMark::None {
            String::new()
        } else {
            format!(
                " · <span class=\"{}\">{}</span>",
                c("age"),
                AGES[i % AGES.len()]
            )
        };
        let by = if m.byline {
            format!("<div class=\"{}\">{}</div>", c("author"), s.author)
        } else {
            String::new()
        };
        let style = BodyStyle {
            para: ParaStyle::Div,
            sub: "div",
            fig: FigStyle::Div,
            class: c("text"),
        };
        let _ = writeln!(
            rows,
            "<div role=\"listitem\" data-index=\"{i}\" class=\"{}\" style=\"position:absolute;top:0;left:0;width:100%;transform:translateY({y}px)\"><div class=\"{}\">\
             <div class=\"{}\"><span>{}</span>{age}</div>{title}{by}\n<div class=\"{}\">\n{}</div>{}</div></div>",
            c("row"),
            c("card"),
            c("source"),
            capitalize(&section_of(s)),
            c("content"),
            body(&s.blocks, &style),
            share_bar(&c("share"), s, m, false),
        );
        y += 400 + 30 * s.blocks.len();
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "<div id=\"root\"><div class=\"{}\">{}{}<div role=\"list\" class=\"{}\" style=\"position:relative;height:{y}px\">\n{rows}</div>{}</div></div>\n",
        c("app"),
        chrome.header(spec),
        chrome.cookie(),
        c("list"),
        chrome.footer(spec),
    );
    document(" lang=\"en\"", &head(spec, false, ""), "", &page)
}

/// Towns of letter writers.
const TOWNS: [&str; 6] = ["Leeds", "Bristol", "Norwich", "Cardiff", "Dundee", "Exeter"];

/// (138) Control: reader letters (one story): an `h1`, meta, the opening paragraphs, then
/// every section a `div.letter` (`id="letter-N"`): an `h2` (the section's heading), the
/// section's paragraphs, a signature (the writer's name in `<strong>`, a town) and a
/// "Sent" date of its own; a "Have your say" note and share links after the last.
fn single_reader_letters(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let day = 1 + (d as usize + 27 - k % 3) % 28;
        let _ = writeln!(
            out,
            "<div class=\"letter\" id=\"letter-{k}\"><h2 class=\"letter-topic\">{}</h2>\n{}<p class=\"letter-signature\"><strong>{}</strong><br>{}</p>\
             <p class=\"letter-date\">Sent <time datetime=\"{y}-{mo:02}-{day:02}\">{} {day}, {y}</time></p></div>",
            esc(title),
            body(part, &BodyStyle::plain("h3")),
            AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
            TOWNS[k % TOWNS.len()],
            MONTHS[mo - 1],
        );
    }
    let chrome = Chrome::named("masthead", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"letters\"><header><span class=\"series\">Letters</span>{}<div class=\"meta\">{}</div></header>\n<div class=\"letters-body\">\n{out}</div>\
         <p class=\"letters-cta\">Have an opinion on anything you've read today? Email us your letter and it will be considered for publication.</p>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"letters-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-GB\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (139) Control: an obituary roundup ("Notable deaths this week", one story): an `h1`,
/// meta, the opening paragraphs, then every section a nested `article.obit` (`id="obit-N"`):
/// an `h2` (the section's heading) linked to the site's own obituary page for it, the life
/// years, "Died" and a `<time>`, the section's paragraphs, "By" a staff writer, and a
/// "Read the full obituary" link to the same page; share links after the last.
fn single_obituary_roundup(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let link = format!("/obituaries/{y}/{mo:02}/{}", slug(title));
        let day = 1 + (d as usize + 28 - k) % 28;
        let _ = writeln!(
            out,
            "<article class=\"obit\" id=\"obit-{k}\"><h2 class=\"obit-name\"><a href=\"{}\">{}</a></h2><p class=\"obit-years\">{}–{y}</p>\
             <p class=\"obit-died\">Died <time datetime=\"{y}-{mo:02}-{day:02}\">{} {day}, {y}</time></p>\n{}<p class=\"obit-credit\">By {}</p>\
             <a class=\"obit-more\" href=\"{}\">Read the full obituary</a></article>",
            attr(&link),
            esc(title),
            1930 + (hash(&[title]) % 60) as u32,
            MONTHS[mo - 1],
            body(part, &BodyStyle::plain("h3")),
            AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
            attr(&link),
        );
    }
    let chrome = Chrome::named("site-header", "site-nav", "rail", "site-footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"roundup obituaries\"><header><span class=\"kicker\">Obituaries</span>{}<div class=\"meta\">{}</div></header>\n\
         <div class=\"roundup-body\">\n{out}</div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"headline\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (140) Control: an article with embedded posts (one story): an `h1`, meta, the body with
/// subheadings, every third paragraph quoted as an embedded post: in turn a
/// `blockquote.twitter-tweet` (the paragraph as the tweet's `<p>`, "— name (@handle)"
/// and a link to the status around its date) or a `div.social-card` (an avatar, the name
/// and handle, the paragraph as its text, a `<time>` inside a link to the post); the
/// embed script after the first; share links after the body.
fn single_social_embeds(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut text = String::new();
    let mut paras = 0;
    for (k, block) in s.blocks.iter().enumerate() {
        let Block::Para(t) = block else {
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            continue;
        };
        paras += 1;
        if paras % 3 != 2 {
            let _ = writeln!(text, "<p>{}</p>", esc(t));
            continue;
        }
        let who = AUTHORS[(spec.seed as usize + k) % AUTHORS.len()];
        let handle = slug(who).replace('-', "_");
        let id = 1_700_000_000_000_000_000u64 + hash(&[t]) % 100_000_000_000;
        let day = 1 + (d as usize + 27 - paras % 5) % 28;
        if paras % 2 == 0 {
            let _ = writeln!(
                text,
                "<blockquote class=\"twitter-tweet\" data-dnt=\"true\"><p lang=\"en\" dir=\"ltr\">{}</p>&mdash; {who} (@{handle}) \
                 <a href=\"https://twitter.com/{handle}/status/{id}?ref_src=twsrc%5Etfw\">{} {day}, {y}</a></blockquote>{}",
                esc(t),
                MONTHS[mo - 1],
                if paras == 2 {
                    "\n<script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>"
                } else {
                    ""
                },
            );
        } else {
            let _ = writeln!(
                text,
                "<div class=\"social-card social-card--bsky\"><div class=\"sc-author\"><img src=\"https://cdn.bsky.example/avatar/{handle}.jpg\" alt=\"\" width=\"40\" height=\"40\">\
                 <span class=\"sc-name\">{who}</span> <span class=\"sc-handle\">@{handle}.bsky.social</span></div><p class=\"sc-text\">{}</p>\
                 <a class=\"sc-date\" href=\"https://bsky.app/profile/{handle}.bsky.social/post/{id:x}\"><time datetime=\"{y}-{mo:02}-{day:02}T14:05:00Z\">{} {day}, {y} at 2:05 PM</time></a></div>",
                esc(t),
                &MONTHS[mo - 1][..3],
            );
        }
    }
    let chrome = Chrome::named(
        "site-header",
        "main-nav",
        "sidebar",
        "site-footer",
        "cookie-notice",
    );
    let page = format!(
        "{}{}<main class=\"content\"><article class=\"post\"><header>{}<div class=\"meta\">{}</div></header>\n<div class=\"post-body\">\n{text}</div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"post-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (141) Control: an article followed by a "Related coverage" block (one story): an
/// `article.story` (an `h1`, meta, the body, share links), then inside it, after the
/// body, a `section.related-coverage` of every teaser as a `div.related-item`: a linked
/// `h3`, a full teaser paragraph, "By" a name and a date line.
fn single_related_coverage(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let items: String = spec
        .teasers
        .iter()
        .enumerate()
        .map(|(k, t)| {
            format!(
                "<div class=\"related-item\"><h3 class=\"related-title\"><a href=\"{}\">{}</a></h3><p class=\"related-summary\">{}… {}</p>\
                 <p class=\"related-meta\">By {} · {} {}, 2024</p></div>\n",
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt),
                TEASER_TAILS[k % TEASER_TAILS.len()],
                AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
                MONTHS[k % 12],
                1 + k * 4,
            )
        })
        .collect();
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main><article class=\"story\"><header>{}<div class=\"meta\">{}</div></header>\n<div class=\"story-body\">\n{}</div>{}\
         <section class=\"related-coverage\"><h2>Related coverage</h2>\n{items}</section></article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"story-title\"", s, m),
        meta_line("span", "meta", s, m),
        body(&s.blocks, &BodyStyle::plain("h2")),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 14

/// A date as a regional-news platform prints it: `8:30 a.m. ET May 6, 2024`.
fn date_platform(story: &Story) -> String {
    let (y, m, d) = story.date;
    format!("8:30 a.m. ET {} {d}, {y}", MONTHS[m - 1])
}

/// (142) A local paper on a big regional-news platform (Gannett-like `gnt_` classes):
/// every story the same `article.gnt_ar` (a section label, an `h1.gnt_ar_hl` linked as
/// the marks say, a `div.gnt_ar_by` byline with the paper's name, a `div.gnt_ar_dt`
/// "Published" line with an `aria-label`, the lead `figure.gnt_em_img` with a credit, the
/// body `div.gnt_ar_b` of `p.gnt_ar_b_p`s with an inline "Related" `aside` after the
/// second paragraph, a "Reach the reporter" line, share links as the marks say); story 1
/// in `main.gnt_cw`, then a "Most popular" strip, then the appended ones in
/// `div#gnt_inf`, each after an "Up next" label with `data-url` on the article.
fn gannett_local(spec: &Spec) -> String {
    let m = spec.marks;
    let paper = format!("The {}", spec.site);
    let story = |i: usize, s: &Story| {
        let sec = section_of(s);
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            match block {
                Block::Para(t) => {
                    paras += 1;
                    let _ = writeln!(text, "<p class=\"gnt_ar_b_p\">{}</p>", esc(t));
                    if paras == 2 {
                        let t = &spec.teasers[i % spec.teasers.len()];
                        let _ = writeln!(
                            text,
                            "<aside class=\"gnt_em gnt_em__el\" aria-label=\"Related\"><span class=\"gnt_em__el_lbl\">Related:</span> <a class=\"gnt_em__el_a\" href=\"{}\">{}</a></aside>",
                            attr(&t.path),
                            esc(&t.title)
                        );
                    }
                }
                Block::Heading(t) => {
                    let _ = writeln!(text, "<h2 class=\"gnt_ar_b_h2\">{}</h2>", esc(t));
                }
                other => text.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
            }
        }
        let by = if m.byline {
            format!(
                "<div class=\"gnt_ar_by\"><a class=\"gnt_ar_by_a gnt_ar_by_a__si\" href=\"/staff/{}/{}/\">{}</a><div class=\"gnt_ar_by_j\">{}</div></div>",
                1000 + i * 37,
                slug(s.author),
                s.author,
                esc(&paper)
            )
        } else {
            format!(
                "<div class=\"gnt_ar_by\"><div class=\"gnt_ar_by_j\">{}</div></div>",
                esc(&paper)
            )
        };
        let dt = match m.date {
            DateMark::Time => format!(
                "<div class=\"gnt_ar_dt\" aria-label=\"Published: {0}\"><time datetime=\"{1}\">Published {0}</time></div>",
                date_platform(s),
                s.date_iso()
            ),
            DateMark::Text => format!(
                "<div class=\"gnt_ar_dt\" aria-label=\"Published: {0}\">Published {0}</div>",
                date_platform(s)
            ),
            DateMark::None => String::new(),
        };
        let reach = if m.byline {
            format!(
                "<p class=\"gnt_ar_b_p gnt_ar_b_p__contact\">Reach {} at {}@{}. Follow on X: @{}</p>",
                s.author,
                slug(s.author).replace('-', ""),
                spec.host.trim_start_matches("www."),
                slug(s.author).replace('-', "_")
            )
        } else {
            String::new()
        };
        let data_url = if i > 0 {
            format!(" data-url=\"{}\"", attr(&s.url))
        } else {
            String::new()
        };
        format!(
            "<article class=\"gnt_ar gnt_cw\" id=\"gnt_ar_{i}\"{data_url}><div class=\"gnt_ar_l\"><a class=\"gnt_ar_l_a\" href=\"/{sec}/\">{}</a></div>\
             {}{by}{dt}\n<figure class=\"gnt_em gnt_em_img\"><img class=\"gnt_em_img_i\" src=\"https://{}/gcdn/presto/{}.jpg?width=660\" alt=\"\" loading=\"lazy\">\
             <figcaption class=\"gnt_em_img_ccw\">{} / {}</figcaption></figure>\n<div class=\"gnt_ar_b\" aria-label=\"Article Body\">\n{text}{reach}</div>\n{}</article>",
            capitalize(&sec).to_uppercase(),
            headline("h1", " class=\"gnt_ar_hl\" elementtiming=\"ar-headline\"", s, m),
            spec.host,
            slug(&s.title),
            AUTHORS[(i + 4) % AUTHORS.len()],
            esc(&paper),
            share_bar("gnt_ss", s, m, false),
        )
    };
    let popular: String = spec
        .teasers
        .iter()
        .enumerate()
        .map(|(k, t)| {
            format!(
                "<a class=\"gnt_m_th_a\" href=\"{}\"><span class=\"gnt_m_th_n\">{}</span>{}</a>",
                attr(&t.path),
                k + 1,
                esc(&t.title)
            )
        })
        .collect();
    let mut inf = String::new();
    for (i, s) in spec.stories.iter().enumerate().skip(1) {
        let _ = writeln!(
            inf,
            "<div class=\"gnt_inf_lbl\" aria-hidden=\"true\">Up next</div>\n{}\n{}",
            story(i, s),
            ad_slot(spec, i)
        );
    }
    let chrome = Chrome::named("gnt_n", "gnt_n_mn", "gnt_rr", "gnt_f", "gnt_ca");
    let page = format!(
        "{}{}<div class=\"gnt_pc\"><main class=\"gnt_cw gnt_ar_main\">\n{}\n</main>{}\n\
         <div class=\"gnt_m gnt_m_th\" aria-label=\"Most Popular\"><h3 class=\"gnt_m_th_h\">Most popular</h3>{popular}</div>\n\
         <div class=\"gnt_inf\" id=\"gnt_inf\">\n{inf}</div></div>\n{}",
        chrome.header(spec),
        chrome.cookie(),
        story(0, spec.first()),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, true, ""),
        " class=\"gnt_ar_pg\"",
        &page,
    )
}

/// (143) A Hugo blog (PaperMod-like) whose list prints short posts whole and long ones as
/// summaries: `main.main` holds a `header.page-header` (`h1` "Posts"), then every story
/// an `article.post-entry.post-full` (a `header.entry-header` with an `h2` linked as the
/// marks say, a `div.entry-meta` with a `<span title>` date, "N min" and the author as
/// the marks say, the body `div.entry-content` whose subheadings carry `id`s and a `#`
/// anchor, a tags list, share links as the marks say), and between stories a summary
/// entry (`article.post-entry`, an `h2`, a teaser paragraph, "Read more »" and a
/// covering link `a.entry-link` to the post); a pagination `nav` after the last.
fn hugo_list_mixed(spec: &Spec) -> String {
    let m = spec.marks;
    let mut list = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let t = &spec.teasers[i % spec.teasers.len()];
            let _ = writeln!(
                list,
                "<article class=\"post-entry\"><header class=\"entry-header\"><h2 class=\"entry-hint-parent\">{}</h2></header>\
                 <div class=\"entry-content\"><p>{}… {}</p></div><footer class=\"entry-footer\"><span>Read more »</span></footer>\
                 <a class=\"entry-link\" aria-label=\"post link to {}\" href=\"{}\"></a></article>",
                esc(&t.title),
                esc(&t.excerpt),
                TEASER_TAILS[i % TEASER_TAILS.len()],
                attr(&t.title),
                attr(&t.path),
            );
        }
        let mut text = String::new();
        for block in &s.blocks {
            if let Block::Heading(h) = block {
                let id = slug(h);
                let _ = writeln!(
                    text,
                    "<h3 id=\"{id}\">{}<a hidden class=\"anchor\" aria-hidden=\"true\" href=\"#{id}\">#</a></h3>",
                    esc(h)
                );
            } else {
                text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
            }
        }
        let words: usize = s
            .blocks
            .iter()
            .flat_map(Block::lines)
            .map(|l| tokens(l).len())
            .sum();
        let (y, mo, d) = s.date;
        let mut meta = Vec::new();
        if m.date != DateMark::None {
            meta.push(format!(
                "<span title=\"{y}-{mo:02}-{d:02}09:30:00 +0000 UTC\">{}</span>",
                s.date_text()
            ));
        }
        meta.push(format!("{} min", words / 200 + 1));
        if m.byline {
            meta.push(s.author.to_owned());
        }
        let tags: String = [
            section_of(s),
            slug(&s.title)
                .split('-')
                .next()
                .unwrap_or("notes")
                .to_owned(),
        ]
        .iter()
        .map(|t| format!("<li><a href=\"/tags/{t}/\">{t}</a></li>"))
        .collect();
        let _ = writeln!(
            list,
            "<article class=\"post-entry post-full\"><header class=\"entry-header\">{}</header>\
             <div class=\"entry-meta\">{}</div>\n<div class=\"entry-content\">\n{text}</div>\
             <footer class=\"entry-footer\"><ul class=\"post-tags\">{tags}</ul>{}</footer></article>",
            headline("h2", " class=\"entry-hint-parent\"", s, m),
            meta.join("&nbsp;·&nbsp;"),
            share_bar("share-buttons", s, m, false),
        );
    }
    let page = format!(
        "<header class=\"header\"><nav class=\"nav\"><div class=\"logo\"><a href=\"/\" accesskey=\"h\" title=\"{0} (Alt + H)\">{0}</a></div>\
         <ul id=\"menu\"><li><a href=\"/posts/\"><span class=\"active\">Posts</span></a></li><li><a href=\"/tags/\"><span>Tags</span></a></li>\
         <li><a href=\"/archives/\"><span>Archive</span></a></li><li><a href=\"/about/\"><span>About</span></a></li></ul></nav></header>\n\
         <main class=\"main\"><header class=\"page-header\"><h1>Posts</h1></header>\n{list}\
         <footer class=\"page-footer\"><nav class=\"pagination\"><a class=\"next\" href=\"/posts/page/2/\">Next&nbsp;&nbsp;»</a></nav></footer></main>\n\
         <footer class=\"footer\"><span>© 2024 <a href=\"/\">{0}</a></span> · <span>Powered by <a href=\"https://gohugo.io/\" rel=\"noopener noreferrer\">Hugo</a></span></footer>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\" dir=\"auto\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<meta name=\"generator\" content=\"Hugo 0.125.4\">\n",
        ),
        " class=\"list\" id=\"top\"",
        &page,
    )
}

/// Cities of press-release datelines.
const DATELINES: [&str; 5] = ["WASHINGTON", "SACRAMENTO", "ALBANY", "DENVER", "BOSTON"];

/// (144) A government newsroom (USWDS-like; releases of uneven length): an official-site
/// banner, a side navigation, an `h1` "Press Releases", then every release a
/// `div.pr-item` with "FOR IMMEDIATE RELEASE", its date as the marks say, an `h2
/// .pr-title` linked as the marks say, a media contact (a name, a phone, an email), the
/// body whose first paragraph opens with a bold dateline, "###", the same "About the
/// Department" paragraph in every release, share links as the marks say; an `hr`
/// between releases.
fn gov_press_releases(spec: &Spec) -> String {
    let m = spec.marks;
    let agency = format!("Department of {}", capitalize(&section_of(spec.first())));
    let mut list = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            list.push_str("<hr class=\"pr-divider\">\n");
        }
        let mut text = String::new();
        let mut opened = false;
        for block in &s.blocks {
            match block {
                Block::Para(t) if !opened => {
                    opened = true;
                    let _ = writeln!(
                        text,
                        "<p><strong>{} —</strong> {}</p>",
                        DATELINES[i % DATELINES.len()],
                        esc(t)
                    );
                }
                other => text.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h3"))),
            }
        }
        let date = match m.date {
            DateMark::Time => format!(
                "<p class=\"pr-date\"><time datetime=\"{}\">{}</time></p>",
                s.date_iso(),
                s.date_text()
            ),
            DateMark::Text => format!("<p class=\"pr-date\">{}</p>", s.date_text()),
            DateMark::None => String::new(),
        };
        let contact = if m.byline {
            format!(
                "<div class=\"pr-contact\"><strong>Media contact:</strong> {}, (202) 555-01{:02}, <a href=\"mailto:press@{}\">press@{}</a></div>",
                s.author,
                10 + i * 7,
                spec.host.trim_start_matches("www."),
                spec.host.trim_start_matches("www.")
            )
        } else {
            format!(
                "<div class=\"pr-contact\"><strong>Media contact:</strong> Office of Public Affairs, <a href=\"mailto:press@{0}\">press@{0}</a></div>",
                spec.host.trim_start_matches("www.")
            )
        };
        let _ = writeln!(
            list,
            "<div class=\"pr-item\" id=\"release-{i}\"><p class=\"pr-label\">FOR IMMEDIATE RELEASE</p>{date}{}{contact}\n\
             <div class=\"pr-body usa-prose\">\n{text}<p class=\"pr-end\">###</p></div>\n\
             <div class=\"pr-boilerplate\"><p><strong>About the {agency}:</strong> The {agency} works to protect the health, safety and prosperity \
             of every resident through sound policy, open data and services delivered close to home. Learn more at {}.</p></div>{}</div>",
            headline("h2", " class=\"pr-title\"", s, m),
            spec.host,
            share_bar("pr-share", s, m, false),
        );
    }
    let page = format!(
        "<section class=\"usa-banner\" aria-label=\"Official website of the United States government\"><div class=\"usa-banner__header\">\
         <p>An official website of the United States government</p><button class=\"usa-banner__button\">Here's how you know</button></div></section>\n\
         <header class=\"usa-header usa-header--extended\"><div class=\"usa-logo\"><a href=\"/\">{agency}</a></div><nav class=\"usa-nav\"><ul class=\"usa-nav__primary\">\
         <li><a href=\"/about/\">About</a></li><li><a href=\"/programs/\">Programs</a></li><li><a href=\"/newsroom/\">Newsroom</a></li><li><a href=\"/contact/\">Contact</a></li></ul></nav></header>\n\
         <main id=\"main-content\"><div class=\"grid-container\"><div class=\"grid-row grid-gap\">\
         <aside class=\"grid-col-3\"><nav aria-label=\"Secondary navigation\"><ul class=\"usa-sidenav\"><li><a class=\"usa-current\" href=\"/newsroom/press-releases/\">Press releases</a></li>\
         <li><a href=\"/newsroom/speeches/\">Speeches</a></li><li><a href=\"/newsroom/testimony/\">Testimony</a></li><li><a href=\"/newsroom/media-contacts/\">Media contacts</a></li></ul></nav></aside>\n\
         <div class=\"grid-col-9\"><h1>Press Releases</h1>\n{list}</div></div></div></main>\n\
         <footer class=\"usa-footer\"><p>{agency} · <a href=\"/accessibility/\">Accessibility</a> · <a href=\"/foia/\">FOIA</a> · <a href=\"/privacy/\">Privacy Policy</a> · <a href=\"https://www.usa.gov/\">USA.gov</a></p></footer>\n",
    );
    document(
        " lang=\"en\"",
        &head(spec, false, ""),
        " class=\"page-press-releases\"",
        &page,
    )
}

/// (145) A podcast network's episodes: every episode a `section.episode` (the show's name,
/// "Episode N", an `h1` for the first and `h2` for the rest linked as the marks say, the
/// date and duration, the host as the marks say, an `<audio>` player with a download
/// link, subscribe links), its text in two parts: "Show notes" (the first half) and
/// "Transcript excerpt" (the second half, every paragraph labelled with a speaker and a
/// timestamp), a "Read the full transcript" link to the episode's `#transcript`, share
/// links as the marks say; the episodes in `div.episode-feed`.
fn podcast_network(spec: &Spec) -> String {
    let m = spec.marks;
    let show = format!("The {} Podcast", spec.site);
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let ep = 140 - i * 3 + (spec.seed % 20) as usize;
        let parts = chunks(&s.blocks, 2);
        let notes = body(parts[0], &BodyStyle::plain("h4"));
        let mut transcript = String::new();
        for (k, block) in parts.get(1).copied().unwrap_or_default().iter().enumerate() {
            if let Block::Para(t) = block {
                let who = if k % 2 == 0 {
                    s.author.split(' ').next().unwrap_or("Host")
                } else {
                    AUTHORS[(i + 5) % AUTHORS.len()]
                        .split(' ')
                        .next()
                        .unwrap_or("Guest")
                };
                let _ = writeln!(
                    transcript,
                    "<p><span class=\"speaker\">{who}:</span> <span class=\"ts\">[{:02}:{:02}]</span> {}</p>",
                    3 + k * 2,
                    (k * 17) % 60,
                    esc(t)
                );
            } else {
                transcript.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h4")));
            }
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let mut meta = String::new();
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<time datetime=\"{}\">{}</time> · ",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(meta, "<span>{}</span> · ", s.date_text());
            }
            DateMark::None => {}
        }
        let _ = write!(meta, "<span>{} min</span>", 38 + (i * 11) % 30);
        if m.byline {
            let _ = write!(
                meta,
                " · <span class=\"host\">Hosted by {}</span>",
                s.author
            );
        }
        let _ = writeln!(
            feed,
            "<section class=\"episode\" id=\"episode-{ep}\" data-episode=\"{ep}\"><div class=\"episode-art\"><img src=\"https://{}/art/ep{ep}.jpg\" alt=\"\" width=\"160\" height=\"160\"></div>\
             <div class=\"episode-head\"><p class=\"show-name\"><a href=\"/shows/{}/\">{}</a> · Episode {ep}</p>{}<p class=\"episode-meta\">{meta}</p></div>\n\
             <div class=\"player\"><audio controls preload=\"none\" src=\"https://media.{}/ep{ep}.mp3\"></audio><span class=\"time\">00:00 / {}:12</span>\
             <a class=\"download\" href=\"https://media.{}/ep{ep}.mp3\" download>Download</a></div>\
             <p class=\"subscribe\">Listen on <a href=\"https://podcasts.apple.com/\">Apple Podcasts</a> · <a href=\"https://open.spotify.com/\">Spotify</a> · <a href=\"/feed.xml\">RSS</a></p>\n\
             <div class=\"show-notes\"><h3>Show notes</h3>\n{notes}</div>\n<div class=\"transcript-excerpt\"><h3>Transcript excerpt</h3>\n{transcript}</div>\
             <a class=\"full-transcript\" href=\"{}#transcript\">Read the full transcript</a>{}</section>",
            spec.host,
            slug(&show),
            esc(&show),
            headline(tag, " class=\"episode-title\"", s, m),
            spec.host.trim_start_matches("www."),
            38 + (i * 11) % 30,
            spec.host.trim_start_matches("www."),
            attr(&s.path),
            share_bar("episode-share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "network-header",
        "network-nav",
        "shows-rail",
        "network-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main class=\"show-page\"><div class=\"episode-feed\">\n{feed}</div><button class=\"load-more\">Load more episodes</button></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Clubs of the match reports.
const CLUBS: [&str; 8] = [
    "Riverside United",
    "Northgate Rovers",
    "Castle Athletic",
    "Harbour City",
    "Millbrook Town",
    "Westfield Albion",
    "Kingsport FC",
    "Ashford Wanderers",
];

/// (146) A sports site's match reports appended: every report a `div.match-report`
/// (`data-match-id`) opening with a scoreboard (two clubs with crests and scores, "FT",
/// scorers with minutes, venue and attendance), then `div.report` (a competition label,
/// an `h1` linked as the marks say, meta as the marks say, the body), a match-stats
/// `table`, a line-ups block (two paragraphs of eleven names), share links as the marks
/// say; the reports in `div.reports-stream`.
fn match_reports(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let k = (spec.seed as usize + i * 3) % CLUBS.len();
        let (home, away) = (CLUBS[k], CLUBS[(k + 1 + i) % CLUBS.len()]);
        let (hg, ag) = (
            1 + (spec.seed as usize + i) % 3,
            (spec.seed as usize >> 3) % 3,
        );
        let surname = |j: usize| {
            AUTHORS[j % AUTHORS.len()]
                .split(' ')
                .nth(1)
                .unwrap_or("Smith")
        };
        let scorers: String = (0..hg + ag)
            .map(|j| format!("<li>{} {}'</li>", surname(i + j * 3), 10 + j * 19))
            .collect();
        let lineup = |off: usize| {
            (0..11)
                .map(|j| {
                    format!(
                        "{}. {}",
                        AUTHORS[(off + j) % AUTHORS.len()]
                            .chars()
                            .next()
                            .unwrap_or('J'),
                        surname(off + j * 7)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let stats: String = [
            ("Possession", 54, 46),
            ("Shots", 14, 9),
            ("Shots on target", 6, 3),
            ("Corners", 7, 4),
            ("Fouls", 11, 13),
        ]
        .iter()
        .map(|(name, a, b)| {
            format!(
                "<tr><th scope=\"row\">{name}</th><td>{}</td><td>{}</td></tr>",
                a + i,
                b + i % 2
            )
        })
        .collect();
        let _ = writeln!(
            stream,
            "<div class=\"match-report\" data-match-id=\"{}\"><div class=\"scoreboard\">\
             <div class=\"team team--home\"><img class=\"crest\" src=\"/crests/{}.svg\" alt=\"\"><span class=\"team-name\">{home}</span><span class=\"score\">{hg}</span></div>\
             <div class=\"match-status\">FT</div><div class=\"team team--away\"><span class=\"score\">{ag}</span><span class=\"team-name\">{away}</span><img class=\"crest\" src=\"/crests/{}.svg\" alt=\"\"></div>\
             <ul class=\"scorers\">{scorers}</ul><p class=\"venue\">{home} Park · Attendance: {},{:03}</p></div>\n\
             <div class=\"report\"><span class=\"competition\">Premier Division</span>{}<div class=\"report-meta\">{}</div>\n<div class=\"report-body\">\n{}</div></div>\n\
             <table class=\"match-stats\"><caption>Match stats</caption><thead><tr><th></th><th>{home}</th><th>{away}</th></tr></thead><tbody>{stats}</tbody></table>\n\
             <div class=\"lineups\"><h3>Line-ups</h3><p><strong>{home}:</strong> {}</p><p><strong>{away}:</strong> {}</p></div>{}</div>",
            40_000 + spec.seed % 9_000 + i as u64,
            slug(home),
            slug(away),
            12 + (spec.seed as usize + i) % 30,
            (spec.seed as usize * 7 + i) % 1000,
            headline("h1", " class=\"report-title\"", s, m),
            meta_line("span", "report", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            lineup(i),
            lineup(i + 5),
            share_bar("report-share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "sport-header",
        "sport-nav",
        "sport-sidebar",
        "sport-footer",
        "consent",
    );
    let page = format!(
        "{}{}<div class=\"fixtures-ticker\"><span>Latest scores</span> {} 2–1 {} · {} 0–0 {}</div>\
         <main class=\"sport-main\"><div class=\"reports-stream\">\n{stream}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        CLUBS[2],
        CLUBS[5],
        CLUBS[6],
        CLUBS[7],
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-GB\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Departments of university news.
const DEPARTMENTS: [&str; 5] = [
    "School of Engineering",
    "Department of History",
    "Faculty of Medicine",
    "School of Public Policy",
    "Department of Physics",
];

/// (147) A university news site: every story a `div.news-article` (`data-nid`): a hero
/// picture, category links, an `h1` linked as the marks say, the author "University
/// Communications" and the date as the marks say, the body with a `blockquote.pullquote`
/// repeating a sentence of the second paragraph, an `aside` "Media contact" box, a
/// "Related people" list of profile links, share links as the marks say; between stories
/// a "Next story" bar.
fn university_news(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"next-story-bar\"><span>Next story</span></div>\n");
        }
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            if let Block::Para(t) = block {
                paras += 1;
                if paras == 2 {
                    let quote: String = t
                        .split_inclusive(['.', '?', '!'])
                        .next()
                        .unwrap_or(t)
                        .to_owned();
                    let _ = writeln!(
                        text,
                        "<blockquote class=\"pullquote\"><p>{}</p></blockquote>",
                        esc(quote.trim())
                    );
                }
            }
        }
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<span class=\"news-author\">By {}, University Communications</span>",
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<time datetime=\"{}\">{}</time>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(meta, "<span class=\"news-date\">{}</span>", s.date_text());
            }
            DateMark::None => {}
        }
        let dept = DEPARTMENTS[(spec.seed as usize + i) % DEPARTMENTS.len()];
        let people: String = (0..2)
            .map(|j| {
                let who = AUTHORS[(i + j * 3 + 1) % AUTHORS.len()];
                format!(
                    "<li><a href=\"/people/{}\">Prof. {who}</a>, {}</li>",
                    slug(who),
                    DEPARTMENTS[(i + j) % DEPARTMENTS.len()]
                )
            })
            .collect();
        let _ = writeln!(
            stream,
            "<div class=\"news-article\" data-nid=\"{}\"><div class=\"news-hero\"><img src=\"https://{}/sites/default/files/news/{}.jpg\" alt=\"\"></div>\
             <div class=\"news-categories\"><a href=\"/news/research/\">Research</a> <a href=\"/news/{}/\">{dept}</a></div>{}<div class=\"news-meta\">{meta}</div>\n\
             <div class=\"news-body\">\n{text}</div>\n<aside class=\"news-contacts\"><h4>Media contact</h4><p>{}<br>University Communications<br>(555) 010-{:04}<br>news@{}</p></aside>\
             <div class=\"related-people\"><h4>Related people</h4><ul>{people}</ul></div>{}</div>",
            5_000 + spec.seed % 4_000 + i as u64,
            spec.host,
            slug(&s.title),
            slug(dept),
            headline("h1", " class=\"news-title\"", s, m),
            AUTHORS[(i + 7) % AUTHORS.len()],
            1000 + (spec.seed as usize + i) % 9000,
            spec.host.trim_start_matches("www."),
            share_bar("news-share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "university-header",
        "university-nav",
        "news-sidebar",
        "university-footer",
        "cookie-consent",
    );
    let page = format!(
        "{}{}<main id=\"content\"><div class=\"news-section-title\"><a href=\"/news/\">{} News</a></div><div class=\"news-stream\">\n{stream}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        esc(&spec.site),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Positions of debaters.
const AFFILIATIONS: [&str; 5] = [
    "a professor of economics at Lakeside University",
    "a senior fellow at the Center for Civic Policy",
    "a former city planner and the author of two books on housing",
    "the director of a regional workers' union",
    "a columnist and a visiting scholar at Northfield College",
];

/// (148) Control: a debate of signed arguments under one headline (one story): an `h1`,
/// meta, the opening paragraphs as the moderator's introduction, then every section a
/// `section.debate-entry` (`id="debater-N"`): a headshot, the debater's name linked to a
/// contributor page, an affiliation line, an `h2` (the section's heading, the argument's
/// title), the section's paragraphs, a "Follow on X" link and a "Link to this argument"
/// link to `#debater-N`; a "Join the discussion" line and share links after the last.
fn single_debate(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            let _ = writeln!(
                out,
                "<div class=\"debate-intro\">\n{}</div>",
                body(part, &BodyStyle::plain("h3"))
            );
            continue;
        };
        let who = AUTHORS[(spec.seed as usize + k) % AUTHORS.len()];
        let handle = slug(who).replace('-', "");
        let _ = writeln!(
            out,
            "<section class=\"debate-entry\" id=\"debater-{k}\"><div class=\"debater\"><img class=\"headshot\" src=\"/img/contributors/{}.jpg\" alt=\"{who}\" width=\"80\" height=\"80\">\
             <p class=\"debater-name\"><a href=\"/by/{}\">{who}</a></p><p class=\"debater-bio\">{who} is {}.</p></div>\
             <h2 class=\"debate-argument\">{}</h2>\n{}<p class=\"debater-follow\"><a href=\"https://x.com/{handle}\">Follow {who} on X</a></p>\
             <a class=\"debate-permalink\" href=\"{}#debater-{k}\">Link to this argument</a></section>",
            slug(who),
            slug(who),
            AFFILIATIONS[k % AFFILIATIONS.len()],
            esc(title),
            body(part, &BodyStyle::plain("h3")),
            attr(&s.path),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "opinion-rail",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main><article class=\"debate\"><header class=\"debate-header\"><span class=\"kicker\">Room for Debate</span>{}<div class=\"meta\">{}</div></header>\n\
         {out}<p class=\"debate-join\">Join the discussion: <a href=\"{}#comments\">read the readers' comments</a>.</p>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"debate-title\"", s, m),
        meta_line("span", "meta", s, m),
        attr(&s.path),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (149) Control: a "best of the year" list (one story): an `h1`, meta, the opening
/// paragraphs, then every section a `div.list-item` counting down: a rank, a picture with
/// a photo credit, an `h2` (the section's heading), "Chosen by" a contributor, the
/// section's paragraphs, and "Listen on Bandcamp" / "Official site" links to other sites;
/// share links after the last.
fn single_best_of_year(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let sections = heading_sections(&s.blocks);
    let n = sections.iter().filter(|(t, _)| t.is_some()).count();
    let mut out = String::new();
    let mut rank = n + 1;
    for (k, (title, part)) in sections.into_iter().enumerate() {
        let Some(title) = title else {
            let _ = writeln!(
                out,
                "<div class=\"list-intro\">\n{}</div>",
                body(part, &BodyStyle::plain("h3"))
            );
            continue;
        };
        rank -= 1;
        let name = slug(title);
        let _ = writeln!(
            out,
            "<div class=\"list-item\" id=\"item-{rank}\"><span class=\"list-rank\">{rank}</span>\
             <figure class=\"list-image\"><img src=\"https://{}/img/best-of/{name}.jpg\" alt=\"\" loading=\"lazy\"><figcaption>Photograph: {} for {}</figcaption></figure>\
             <h2 class=\"list-title\">{}</h2><p class=\"list-credit\">Chosen by {}</p>\n{}\
             <p class=\"list-links\"><a href=\"https://{name}.bandcamp.example/album/{name}\" rel=\"noopener\" target=\"_blank\">Listen on Bandcamp</a> · \
             <a href=\"https://{name}.example/\" rel=\"noopener\" target=\"_blank\">Official site</a></p></div>",
            spec.host,
            AUTHORS[(spec.seed as usize + k + 2) % AUTHORS.len()],
            esc(&spec.site),
            esc(title),
            AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
            body(part, &BodyStyle::plain("h3")),
        );
    }
    let chrome = Chrome::named("masthead", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"best-of\"><header><span class=\"kicker\">Best of the year</span>{}<div class=\"meta\">{}</div></header>\n\
         <div class=\"best-of-body\">\n{out}</div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"headline\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (150) Control: a council meeting recap (one story): an `h1`, meta, the opening
/// paragraphs, then every section a `div.agenda-item`: "Item N.M", an `h3` (the section's
/// heading), the section's paragraphs, a vote line ("Vote: 5–2, approved"), links to the
/// item's staff report (a PDF) and to the meeting video at the item's time; a "Next
/// meeting" line and share links after the last.
fn single_council_meeting(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut out = String::new();
    for (k, (title, part)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h4")));
            continue;
        };
        let yes = 4 + (spec.seed as usize + k) % 4;
        let _ = writeln!(
            out,
            "<div class=\"agenda-item\" id=\"item-{k}\"><p class=\"item-number\">Item {}.{k}</p><h3 class=\"item-title\">{}</h3>\n{}\
             <p class=\"vote\"><strong>Vote:</strong> {yes}–{}, {}</p><p class=\"item-docs\"><a href=\"/documents/agendas/{y}-{mo:02}-{d:02}/item-{k}.pdf\">Staff report (PDF)</a> · \
             <a href=\"https://video.{}/meetings/{y}{mo:02}{d:02}?t={}\">Watch this item</a></p></div>",
            3 + k / 3,
            esc(title),
            body(part, &BodyStyle::plain("h4")),
            7 - yes,
            if yes >= 4 { "approved" } else { "failed" },
            spec.host.trim_start_matches("www."),
            600 + k * 900,
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main><article class=\"story council-recap\"><header><span class=\"kicker\">City Hall</span>{}<div class=\"meta\">{}</div></header>\n\
         <div class=\"story-body\">\n{out}<p class=\"next-meeting\"><em>The council next meets on the first Tuesday of next month at 6 p.m. in the council chambers.</em></p></div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"headline\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 15

/// Subtitles of newsletter posts (the post's deck, not its text).
const DECKS: [&str; 5] = [
    "Notes from a long week, and what I keep coming back to",
    "A few things I learned the hard way",
    "Why this matters more than it looks",
    "On the numbers nobody wants to talk about",
    "What I got wrong, and what I would do again",
];

/// (151) A newsletter platform's archive printing whole posts (Substack-like): every post
/// an `article.post.newsletter-post` in a `div.post-wrapper`: an `h1` (the first) or `h2`
/// (the rest) linked as the marks say, a `h3.subtitle` deck, the author's profile link
/// and date as the marks say, a like/comment/restack bar (the comments link to
/// `path/comments`), the body `div.body.markup` with a footnote marker in the first
/// paragraph, a subscribe widget after the second paragraph and a "Share" button (the
/// post's address with `?utm_…&action=share`) after the fourth, the footnote after the
/// body, share links as the marks say; the posts one after another in `div.container`.
fn substack_posts(spec: &Spec) -> String {
    let m = spec.marks;
    let publication = format!("{} Notes", spec.site.split(' ').next().unwrap_or("The"));
    let mut posts = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            match block {
                Block::Para(t) => {
                    paras += 1;
                    if paras == 1 {
                        let _ = writeln!(
                            text,
                            "<p>{}<a class=\"footnote-anchor\" id=\"footnote-anchor-1-{i}\" href=\"#footnote-1-{i}\">1</a></p>",
                            esc(t)
                        );
                    } else {
                        let _ = writeln!(text, "<p>{}</p>", esc(t));
                    }
                    if paras == 2 {
                        let _ = writeln!(
                            text,
                            "<div class=\"subscription-widget-wrap\"><div class=\"subscription-widget show-subscribe\"><div class=\"preamble\">\
                             <p class=\"cta-caption\">Thanks for reading {0}! Subscribe for free to receive new posts and support my work.</p></div>\
                             <form class=\"subscription-widget-subscribe\"><input type=\"email\" class=\"email-input\" placeholder=\"Type your email…\"><input type=\"submit\" class=\"button primary\" value=\"Subscribe\"></form></div></div>",
                            esc(&publication)
                        );
                    }
                    if paras == 4 {
                        let _ = writeln!(
                            text,
                            "<p class=\"button-wrapper\" data-attrs=\"{{&quot;action&quot;:&quot;share&quot;}}\"><a class=\"button primary\" href=\"{}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share\"><span>Share</span></a></p>",
                            attr(&s.url)
                        );
                    }
                }
                Block::Heading(h) => {
                    let id = format!("§{}", slug(h));
                    let _ = writeln!(
                        text,
                        "<h3 class=\"header-anchor-post\">{}<div class=\"pencraft header-anchor-parent\"><a class=\"header-anchor\" href=\"#{id}\" aria-label=\"Link\"></a></div></h3>",
                        esc(h)
                    );
                }
                other => text.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h3"))),
            }
        }
        let handle = slug(s.author).replace('-', "");
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<div class=\"profile-hover-card-target\"><a class=\"pencraft frontend-pencraft-Text\" href=\"https://substack.example/@{handle}\">{}</a></div>",
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<div class=\"pencraft post-date\"><time datetime=\"{}\">{}</time></div>",
                    s.date_iso(),
                    &s.date_text()
                );
            }
            DateMark::Text => {
                let (y, mo, d) = s.date;
                let _ = write!(
                    meta,
                    "<div class=\"pencraft post-date\">{} {d}, {y}</div>",
                    &MONTHS[mo - 1][..3]
                );
            }
            DateMark::None => {}
        }
        let likes = 12 + (spec.seed as usize + i * 31) % 400;
        let comments = 3 + (spec.seed as usize + i * 7) % 60;
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            posts,
            "<div class=\"post-wrapper\"><article class=\"typography newsletter-post post\"><div class=\"post-header\">{}\
             <h3 class=\"subtitle\">{}</h3><div class=\"post-meta\">{meta}</div>\
             <div class=\"post-ufi\"><button class=\"like-button-container post-ufi-button\" aria-label=\"Like ({likes})\"><span class=\"label\">{likes}</span></button>\
             <a class=\"post-ufi-button post-ufi-comment-button\" href=\"{}/comments\" aria-label=\"View comments ({comments})\"><span class=\"label\">{comments}</span></a>\
             <button class=\"post-ufi-button restack\" aria-label=\"Restack\">Restack</button></div></div>\n\
             <div class=\"available-content\"><div class=\"body markup\" dir=\"auto\">\n{text}\
             <div class=\"footnote\" data-component-name=\"FootnoteToDOM\"><a class=\"footnote-number\" id=\"footnote-1-{i}\" href=\"#footnote-anchor-1-{i}\">1</a>\
             <div class=\"footnote-content\"><p>Figures as of the day this went out; I will update them if they change.</p></div></div></div></div>\n{}</article></div>",
            headline(tag, " class=\"post-title published\"", s, m),
            DECKS[(spec.seed as usize + i) % DECKS.len()],
            attr(&s.path),
            share_bar("post-footer-share", s, m, false),
        );
    }
    let page = format!(
        "<div class=\"main-menu\"><div class=\"navbar-title\"><a href=\"/\">{0}</a></div><div class=\"navbar-buttons\">\
         <a class=\"button primary\" href=\"/subscribe\">Subscribe</a><a class=\"button\" href=\"/account/login\">Sign in</a></div></div>\n\
         <div class=\"container\"><div class=\"archive-posts\">\n{posts}</div></div>\n\
         <div class=\"single-post-section\"><div class=\"subscribe-footer\"><h3>Ready for more?</h3><form action=\"/api/v1/free\"><input type=\"email\" placeholder=\"Type your email…\"><button>Subscribe</button></form></div></div>\n\
         <div class=\"footer-wrap\"><div class=\"footer\">© 2024 {0} · <a href=\"/privacy\">Privacy</a> ∙ <a href=\"/tos\">Terms</a> ∙ <a href=\"/collection-notice\">Collection notice</a>\
         <a href=\"/publish\">Start writing</a><a href=\"/app\">Get the app</a></div><p class=\"tagline\">Substack is the home for great culture</p></div>\n",
        esc(&publication),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (152) An Ajax-loaded post stream hydrated by a React-on-Rails-like front end: every
/// story a `div.infinite-post.js-react-component` whose only address is in a JSON blob
/// in `data-props` (`postId`, `permalink`, `title`), in `data-share-url` / `data-permalink`
/// on share and copy-link `<button>`s and in a comment counter's `data-disqus-url` (no
/// link to any story, whatever the marks say); an unlinked `h1` (the first) or `h2` (the
/// rest), meta as the marks say; between stories a "Loading next article…" bar and a
/// "Recommended" strip of three teaser links.
fn json_props_posts(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let recs: String = (0..3)
                .map(|k| {
                    let t = &spec.teasers[(i + k) % spec.teasers.len()];
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        attr(&t.path),
                        esc(&t.title)
                    )
                })
                .collect();
            let _ = writeln!(
                stream,
                "<div class=\"recommended-strip\"><h4>Recommended</h4><ul>{recs}</ul></div>\n\
                 <div class=\"infinite-loader\" aria-hidden=\"true\">Loading next article…</div>"
            );
        }
        let id = 200_000 + (hash(&[&s.url]) % 90_000);
        let props = serde_json::json!({
            "postId": id,
            "permalink": s.url,
            "title": s.title,
            "section": section_of(s),
            "ads": {"slot": format!("in-article-{i}")},
        })
        .to_string();
        let tag = if i == 0 { "h1" } else { "h2" };
        let unlinked = Marks {
            headline_link: false,
            ..m
        };
        let _ = writeln!(
            stream,
            "<div class=\"infinite-post js-react-component\" data-component-name=\"ArticlePage\" data-props=\"{}\">\
             <div class=\"article-header\"><span class=\"eyebrow\">{}</span>{}<div class=\"article-meta\">{}</div></div>\n\
             <div class=\"article-body\">\n{}</div>\n\
             <div class=\"share-tools\"><button class=\"share-btn\" data-share-network=\"twitter\" data-share-url=\"{url}\">Post</button>\
             <button class=\"share-btn\" data-share-network=\"facebook\" data-share-url=\"{url}\">Share</button>\
             <button class=\"copy-link\" data-permalink=\"{url}\">Copy link</button></div>\
             <div class=\"comments-count\" data-disqus-identifier=\"{id} {url}\" data-disqus-url=\"{url}\">{} comments</div></div>",
            attr(&props),
            capitalize(&section_of(s)),
            headline(tag, " class=\"article-title\"", s, unlinked),
            meta_line("span", "article", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            4 + (spec.seed as usize + i) % 80,
            url = attr(&s.url),
        );
    }
    let chrome = Chrome::named("top-bar", "primary-nav", "rail", "bottom-bar", "gdpr");
    let page = format!(
        "{}{}<div id=\"app\"><main class=\"content-area\"><div class=\"infinite-stream\">\n{stream}</div></main>{}</div>{}\
         <script>window.__STREAM__ = {{\"next\": \"/api/next?after={}\"}};</script>\n",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
        spec.seed % 100_000,
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"single single-post\"",
        &page,
    )
}

/// Sections of a Hindi portal.
const HI_SECTIONS: [&str; 8] = [
    "देश",
    "दुनिया",
    "टेक्नोलॉजी",
    "मनोरंजन",
    "विज्ञान",
    "बिज़नेस",
    "राय",
    "खेल",
];
/// Months in Hindi.
const HI_MONTHS: [&str; 12] = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];

/// (153) A Hindi news portal (Devanagari chrome, the stories' text as it comes): every
/// story a `div.article-box` in `div.story-container`: a breadcrumb (`होम › section`), an
/// `h1` linked as the marks say, a publish line ("लेखक:" author, "अपडेटेड:" and a date
/// with a Hindi month, as the marks say), a lead image credited "फोटो: सोशल मीडिया", the
/// body `div.article-desc` with a "यह भी पढ़ें:" (also read) link after the second
/// paragraph, a "टैग्स:" tag list, "शेयर करें" share links with WhatsApp as the marks
/// say; between stories an "अगली खबर" (next story) label.
fn hi_portal(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"next-story-label\"><span>अगली खबर</span></div>\n");
        }
        let sec = HI_SECTIONS[SECTIONS
            .iter()
            .position(|x| *x == section_of(s))
            .unwrap_or(i)
            % HI_SECTIONS.len()];
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            if matches!(block, Block::Para(_)) {
                paras += 1;
                if paras == 2 {
                    let t = &spec.teasers[i % spec.teasers.len()];
                    let _ = writeln!(
                        text,
                        "<div class=\"also-read\"><strong>यह भी पढ़ें:</strong> <a href=\"{}\">{}</a></div>",
                        attr(&t.path),
                        esc(&t.title)
                    );
                }
            }
        }
        let (y, mo, d) = s.date;
        let mut info = String::new();
        if m.byline {
            let _ = write!(
                info,
                "<span class=\"author\">लेखक: <a href=\"/author/{}\">{}</a>, नई दिल्ली</span>",
                slug(s.author),
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    info,
                    "<span class=\"updated\">अपडेटेड: <time datetime=\"{}\">{d} {} {y}, 08:30 AM (IST)</time></span>",
                    s.date_iso(),
                    HI_MONTHS[mo - 1]
                );
            }
            DateMark::Text => {
                let _ = write!(
                    info,
                    "<span class=\"updated\">अपडेटेड: {d} {} {y}, 08:30 AM (IST)</span>",
                    HI_MONTHS[mo - 1]
                );
            }
            DateMark::None => {}
        }
        let share = if m.share {
            let (u, t) = (enc(&s.url), enc(&s.title));
            format!(
                "<div class=\"social-share\"><span>शेयर करें</span><a href=\"https://api.whatsapp.com/send?text={t}%20{u}\">WhatsApp</a>\
                 <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\">Facebook</a><a href=\"https://twitter.com/intent/tweet?url={u}\">X</a></div>"
            )
        } else {
            String::new()
        };
        let tags: String = slug(&s.title)
            .split('-')
            .take(3)
            .map(|w| format!("<a href=\"/topic/{w}\">{w}</a>"))
            .collect();
        let _ = writeln!(
            stream,
            "<div class=\"article-box\" id=\"story-{i}\"><div class=\"breadcrumb\"><a href=\"/\">होम</a> › <a href=\"/{}/\">{sec}</a></div>{}\
             <div class=\"publish-info\">{info}</div>\n<div class=\"lead-image\"><img src=\"https://img.{}/{}.jpg\" alt=\"\"><span class=\"img-credit\">फोटो: सोशल मीडिया</span></div>\n\
             <div class=\"article-desc\">\n{text}</div>\n<div class=\"tags\"><span>टैग्स:</span> {tags}</div>{share}</div>",
            section_of(s),
            headline("h1", " class=\"article-heading\"", s, m),
            spec.host.trim_start_matches("www."),
            slug(&s.title),
        );
    }
    let nav: String = HI_SECTIONS
        .iter()
        .zip(SECTIONS)
        .map(|(hi, en)| format!("<li><a href=\"/{en}/\">{hi}</a></li>"))
        .collect();
    let trending: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            )
        })
        .collect();
    let page = format!(
        "<header class=\"site-header\"><a class=\"logo\" href=\"/\">{0}</a><nav><ul><li><a href=\"/\">होम</a></li>{nav}</ul></nav>\
         <a class=\"epaper\" href=\"/epaper\">ई-पेपर</a> <a href=\"/login\">लॉग इन</a></header>\n\
         <div class=\"breaking-ticker\"><span>ब्रेकिंग न्यूज़</span> {1}</div>\n\
         <div class=\"main-wrap\"><div class=\"story-container\">\n{stream}</div>\
         <aside class=\"right-rail\"><h3>ट्रेंडिंग</h3><ul>{trending}</ul></aside></div>\n\
         <footer class=\"site-footer\"><p><a href=\"/about\">हमारे बारे में</a> · <a href=\"/contact\">संपर्क करें</a> · <a href=\"/privacy\">गोपनीयता नीति</a></p>\
         <p>© 2024 {0}. सर्वाधिकार सुरक्षित।</p></footer>\n",
        esc(&spec.site),
        esc(&spec.teasers[0].title),
    );
    document(
        " lang=\"hi\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Ticker symbols for quote chips.
const TICKERS: [(&str, &str, &str); 6] = [
    ("ACME", "182.40", "+1.2%"),
    ("GLBX", "54.11", "-0.8%"),
    ("NRTH", "311.95", "+2.4%"),
    ("VLTA", "19.07", "-3.1%"),
    ("ORBT", "77.62", "+0.3%"),
    ("HLCO", "140.28", "-1.5%"),
];

/// (154) A business news site (CNBC-like): every story a `div.PageBuilder-article`
/// (`data-id`): an eyebrow, an `h1.ArticleHeader-headline` linked as the marks say, an
/// author block with an X handle and the time as the marks say, a "Key Points" list
/// (the first sentence of each of the first three paragraphs), the body `div.group`s with
/// a quote strip of tickers after the first paragraph and a "WATCH" video card after the
/// third, a "Don't miss these stories" list of three teasers, share links as the marks
/// say; the appended stories each after a "Read next" label, a market-data box beside.
fn finance_keypoints(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"RecircLabel\"><span>Read next</span></div>\n");
        }
        let points: String = s
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para(t) => Some(t),
                _ => None,
            })
            .take(3)
            .map(|t| {
                let first = t.split_inclusive(['.', '?', '!']).next().unwrap_or(t);
                format!("<li>{}</li>", esc(first.trim()))
            })
            .collect();
        let mut text = String::from("<div class=\"group\">\n");
        let mut paras = 0;
        for block in &s.blocks {
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            if matches!(block, Block::Para(_)) {
                paras += 1;
                if paras == 1 {
                    let chips: String = (0..2)
                        .map(|k| {
                            let (sym, last, ch) =
                                TICKERS[(spec.seed as usize + i + k * 3) % TICKERS.len()];
                            format!(
                                "<a class=\"QuoteInBody-quoteNameContainer\" href=\"/quotes/{sym}/\"><span class=\"QuoteInBody-symbol\">{sym}</span>\
                                 <span class=\"QuoteInBody-last\">{last}</span><span class=\"QuoteInBody-change\">{ch}</span></a>"
                            )
                        })
                        .collect();
                    let _ = writeln!(
                        text,
                        "</div><div class=\"QuoteStrip\">{chips}</div><div class=\"group\">"
                    );
                }
                if paras == 3 {
                    let t = &spec.teasers[(i + 2) % spec.teasers.len()];
                    let _ = writeln!(
                        text,
                        "</div><div class=\"InlineVideo-container\"><div class=\"InlineVideo-videoFooter\"><span class=\"InlineVideo-label\">WATCH NOW</span>\
                         <span class=\"InlineVideo-duration\">VIDEO{}:{:02}</span><a href=\"/video{}\">{}</a></div></div><div class=\"group\">",
                        2 + i % 4,
                        (spec.seed as usize + i * 13) % 60,
                        attr(&t.path),
                        esc(&t.title)
                    );
                }
            }
        }
        text.push_str("</div>\n");
        let mut author = String::new();
        if m.byline {
            let handle = slug(s.author).replace('-', "");
            let _ = write!(
                author,
                "<div class=\"Author-authorNameAndSocial\"><a class=\"Author-authorName\" href=\"/{}/\">{}</a><a class=\"Author-authorTwitter\" href=\"https://x.com/{handle}\">@{handle}</a></div>",
                slug(s.author),
                s.author
            );
        }
        let (y, mo, d) = s.date;
        let wd = &WEEKDAYS[weekday(s.date)][..3];
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    author,
                    "<div class=\"ArticleHeader-time\"><time data-testid=\"published-timestamp\" datetime=\"{}\">Published {wd}, {} {d} {y} 8:30 AM EDT</time></div>",
                    s.date_iso(),
                    &MONTHS[mo - 1][..3]
                );
            }
            DateMark::Text => {
                let _ = write!(
                    author,
                    "<div class=\"ArticleHeader-time\">Published {wd}, {} {d} {y} 8:30 AM EDT</div>",
                    &MONTHS[mo - 1][..3]
                );
            }
            DateMark::None => {}
        }
        let dont_miss: String = (0..3)
            .map(|k| {
                let t = &spec.teasers[(i + k + 3) % spec.teasers.len()];
                format!(
                    "<li><a href=\"{}\">{}</a></li>",
                    attr(&t.path),
                    esc(&t.title)
                )
            })
            .collect();
        let _ = writeln!(
            stream,
            "<div class=\"PageBuilder-article\" data-id=\"{}\"><header class=\"ArticleHeader-wrapper\"><a class=\"ArticleHeader-eyebrow\" href=\"/{}/\">{}</a>{}\
             <div class=\"ArticleHeader-authorAndShareInline\">{author}</div></header>\n\
             <div class=\"RenderKeyPoints-list\"><h2 class=\"RenderKeyPoints-title\">Key Points</h2><ul>{points}</ul></div>\n\
             <div class=\"ArticleBody-articleBody\" data-module=\"ArticleBody\">\n{text}</div>\n\
             <div class=\"RelatedContent-dontMiss\"><strong>Don't miss these stories from {}:</strong><ul>{dont_miss}</ul></div>{}</div>",
            107_000_000 + hash(&[&s.url]) % 900_000,
            section_of(s),
            capitalize(&section_of(s)),
            headline("h1", " class=\"ArticleHeader-headline\"", s, m),
            esc(&spec.site),
            share_bar("ShareBar-container", s, m, false),
        );
    }
    let markets: String = TICKERS
        .iter()
        .map(|(sym, last, ch)| format!("<tr><td><a href=\"/quotes/{sym}/\">{sym}</a></td><td>{last}</td><td>{ch}</td></tr>"))
        .collect();
    let chrome = Chrome::named(
        "GlobalNavigation",
        "GlobalNavigation-menu",
        "SidebarRail",
        "Footer-container",
        "TrustArc",
    );
    let page = format!(
        "{}{}<div class=\"MarketsBanner\"><table class=\"MarketsBanner-table\"><tbody>{markets}</tbody></table></div>\
         <main class=\"PageBuilder-page\"><div class=\"PageBuilder-col-9\">\n{stream}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (155) Scrollytelling stories (Shorthand-like), no element of their own: in one
/// `div.Theme-Story`, every story is a run of sibling `section.Theme-Section`s: a title
/// section (a background picture, an `h1.Theme-Title` linked as the marks say, a byline
/// and date as the marks say), text sections of one or two blocks each
/// (`div.Theme-Layer-BodyText` > `div.Theme-Layer-BodyText-Column`), a full-bleed media
/// section with a credit after every third text section, and a footer section ("Produced
/// by the Visual Desk", share links as the marks say); an empty progress marker between
/// stories.
fn scrolly_sections(spec: &Spec) -> String {
    let m = spec.marks;
    let mut story = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(
                story,
                "<div class=\"Theme-ProgressMarker\" data-story-index=\"{i}\"></div>"
            );
        }
        let sid = post_id(spec, s, 8);
        let mut credit = String::new();
        if m.byline {
            let _ = write!(
                credit,
                "<p class=\"Theme-Byline\">Words by {}</p>",
                s.author
            );
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    credit,
                    "<p class=\"Theme-Date\"><time datetime=\"{}\">{}</time></p>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(credit, "<p class=\"Theme-Date\">{}</p>", s.date_text());
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            story,
            "<section class=\"Theme-Section Theme-TitleSection\" id=\"section-{sid}-title\"><div class=\"Theme-BackgroundMedia\"><picture>\
             <img src=\"https://media.{}/{sid}/hero.jpg\" alt=\"\"></picture></div><div class=\"Theme-Layer-Title\">{}{credit}</div></section>",
            spec.host.trim_start_matches("www."),
            headline("h1", " class=\"Theme-Title\"", s, m),
        );
        let n = s.blocks.len().div_ceil(2);
        for (k, part) in chunks(&s.blocks, n).into_iter().enumerate() {
            let _ = writeln!(
                story,
                "<section class=\"Theme-Section Theme-TextSection\" id=\"section-{sid}-{k}\"><div class=\"Theme-Layer-BodyText\">\
                 <div class=\"Theme-Layer-BodyText-Column\">\n{}</div></div></section>",
                body(part, &BodyStyle::plain("h2"))
            );
            if k % 3 == 2 {
                let _ = writeln!(
                    story,
                    "<section class=\"Theme-Section Theme-MediaSection\" id=\"section-{sid}-m{k}\"><div class=\"Theme-BackgroundMedia\">\
                     <img src=\"https://media.{}/{sid}/bleed-{k}.jpg\" alt=\"\"></div><p class=\"Theme-Caption\">Photo: {}</p></section>",
                    spec.host.trim_start_matches("www."),
                    AUTHORS[(i + k) % AUTHORS.len()]
                );
            }
        }
        let _ = writeln!(
            story,
            "<section class=\"Theme-Section Theme-FooterSection\" id=\"section-{sid}-end\"><p class=\"Theme-Credits\">Produced by the {} Visual Desk</p>{}</section>",
            esc(&spec.site),
            share_bar("Theme-Share", s, m, false),
        );
    }
    let page = format!(
        "<div class=\"Theme-Navigation\"><a class=\"Theme-Logo\" href=\"/\">{0}</a><a class=\"Theme-NavLink\" href=\"/features/\">More features</a></div>\n\
         <div class=\"Theme-ProgressBar\" aria-hidden=\"true\"></div>\n\
         <div class=\"Theme-Story\" id=\"story\">\n{story}</div>\n\
         <div class=\"Theme-Footer\"><p>© 2024 {0}</p><a href=\"/privacy\">Privacy</a></div>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"Theme-Body\"",
        &page,
    )
}

/// Cities of wire contributors.
const WIRE_CITIES: [&str; 6] = [
    "London",
    "Chicago",
    "Nairobi",
    "Seoul",
    "Mexico City",
    "Berlin",
];

/// (156) A wire agency's site (AP-like): every story a `div.Page-storyBody`
/// (`data-gtm-region`): an `h1.Page-headline` linked as the marks say, "By" authors in
/// capitals and an "Updated" time in a `bsp-timestamp` as the marks say, the body
/// `div.RichTextStoryBody` (a capitalized dateline and "(Wire) —" opening the first
/// paragraph, an "ADVERTISEMENT" box after every third paragraph), then "___" lines,
/// an italic "writers … contributed to this report" line and a "Follow … coverage at"
/// line, share links as the marks say; between stories a "Recommended" list of four
/// teaser cards with pictures and `h3`s.
fn ap_wire(spec: &Spec) -> String {
    let m = spec.marks;
    let agency = format!("{} Press", spec.site.split(' ').next().unwrap_or("United"));
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            let cards: String = (0..4)
                .map(|k| {
                    let t = &spec.teasers[(i + k) % spec.teasers.len()];
                    format!(
                        "<div class=\"PagePromo\"><img src=\"https://{}/promo/{}.jpg\" alt=\"\"><h3 class=\"PagePromo-title\"><a href=\"{}\">{}</a></h3></div>",
                        spec.host,
                        slug(&t.title),
                        attr(&t.path),
                        esc(&t.title)
                    )
                })
                .collect();
            let _ = writeln!(
                stream,
                "<div class=\"PageList-items\"><h2 class=\"PageList-header\">Recommended</h2>{cards}</div>"
            );
        }
        let city = WIRE_CITIES[(spec.seed as usize + i) % WIRE_CITIES.len()];
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            if let Block::Para(t) = block {
                paras += 1;
                if paras == 1 {
                    let _ = writeln!(
                        text,
                        "<p>{} ({}) — {}</p>",
                        city.to_uppercase(),
                        agency.split(' ').next().unwrap_or("Wire"),
                        esc(t)
                    );
                } else {
                    let _ = writeln!(text, "<p>{}</p>", esc(t));
                }
                if paras % 3 == 0 {
                    text.push_str("<div class=\"Advertisement\" data-ad-position=\"inline\"><span>ADVERTISEMENT</span></div>\n");
                }
            } else {
                text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            }
        }
        let (a, b) = (
            AUTHORS[(i + 3) % AUTHORS.len()],
            AUTHORS[(i + 6) % AUTHORS.len()],
        );
        let _ = write!(
            text,
            "<p>___</p>\n<p><em>{} writers {a} in {} and {b} in {} contributed to this report.</em></p>\n<p>___</p>\n\
             <p>Follow {}'s coverage of {} at https://{}/hub/{}</p>\n",
            agency,
            WIRE_CITIES[(i + 2) % WIRE_CITIES.len()],
            WIRE_CITIES[(i + 4) % WIRE_CITIES.len()],
            agency,
            section_of(s),
            spec.host,
            section_of(s),
        );
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<div class=\"Page-authors\">By <a class=\"Link\" href=\"/author/{}\">{}</a></div>",
                slug(s.author),
                s.author.to_uppercase()
            );
        }
        let (y, mo, d) = s.date;
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<bsp-timestamp data-timestamp=\"{}\"><span>Updated 8:30 AM EDT, {} {d}, {y}</span></bsp-timestamp>",
                    (y as u64 - 1970) * 31_557_600_000 + mo as u64 * 2_629_800_000 + d as u64 * 86_400_000,
                    MONTHS[mo - 1]
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<div class=\"Page-dateModified\">Updated 8:30 AM EDT, {} {d}, {y}</div>",
                    MONTHS[mo - 1]
                );
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            stream,
            "<div class=\"Page-storyBody\" data-gtm-region=\"story-{i}\"><div class=\"Page-lead\"><figure class=\"Figure\"><img src=\"https://{}/photos/{}.jpg\" alt=\"\">\
             <figcaption class=\"Figure-caption\">({} Photo/{})</figcaption></figure></div>{}<div class=\"Page-byline\">{meta}</div>\n\
             <div class=\"RichTextStoryBody RichTextBody\">\n{text}</div>{}</div>",
            spec.host,
            slug(&s.title),
            agency.split(' ').next().unwrap_or("Wire"),
            AUTHORS[(i + 8) % AUTHORS.len()],
            headline("h1", " class=\"Page-headline\"", s, m),
            share_bar("Page-actions", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "Page-header",
        "Page-header-navigation",
        "Page-aside",
        "Page-footer",
        "onetrust-banner",
    );
    let page = format!(
        "{}{}<main class=\"Page-main\"><div class=\"Page-content\">\n{stream}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"StoryPage\"",
        &page,
    )
}

/// (157) Control: the print-friendly "view all" page of a multi-part series (one story
/// at the series' address): a print header naming the site and the address, an `h1`,
/// meta, the opening paragraphs, then every section a `div.series-part`: "Part N of M",
/// an `h2` (the section's heading), the part's own byline and date (its own day), an
/// "Originally published at" link to the part's own address (`…/part-N/`), the section's
/// paragraphs, a "Next: Part N+1" link; a "Print this page" button and share links after
/// the last.
fn single_print_series(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let sections = heading_sections(&s.blocks);
    let n = sections.iter().filter(|(t, _)| t.is_some()).count();
    let (y, mo, d) = s.date;
    let mut out = String::new();
    let mut part = 0;
    for (title, blocks) in sections {
        let Some(title) = title else {
            let _ = writeln!(
                out,
                "<div class=\"series-intro\">\n{}</div>",
                body(blocks, &BodyStyle::plain("h3"))
            );
            continue;
        };
        part += 1;
        let own = format!(
            "https://{}{}/part-{part}/",
            spec.host,
            s.path.trim_end_matches('/')
        );
        let day = (d as usize + (part - 1) * 7 - 1) % 28 + 1;
        let next = if part < n {
            format!(
                "<p class=\"part-nav\"><a href=\"#part-{}\">Next: Part {} »</a></p>",
                part + 1,
                part + 1
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<div class=\"series-part\" id=\"part-{part}\"><p class=\"part-label\">Part {part} of {n}</p><h2 class=\"part-title\">{}</h2>\
             <p class=\"part-meta\">By {} · {} {day}, {y}</p><p class=\"part-origin\">Originally published at <a href=\"{own}\">{own}</a></p>\n{}{next}</div>",
            esc(title),
            AUTHORS[(spec.seed as usize + part) % AUTHORS.len()],
            MONTHS[mo - 1],
            body(blocks, &BodyStyle::plain("h3")),
        );
    }
    let page = format!(
        "<div class=\"print-header\"><span class=\"print-site\">{}</span> · <span class=\"print-url\">Printed from {}</span></div>\n\
         <main class=\"print-view\"><article class=\"series-print\"><header><span class=\"kicker\">A {n}-part series</span>{}<div class=\"meta\">{}</div></header>\n\
         {out}<div class=\"print-tools\"><button onclick=\"window.print()\">Print this page</button></div>{}</article></main>\n\
         <div class=\"print-footer\"><p>© 2024 {}. All rights reserved.</p></div>\n",
        esc(&spec.site),
        esc(&s.url),
        headline("h1", " class=\"series-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<meta name=\"robots\" content=\"noindex\">\n",
        ),
        " class=\"print\"",
        &page,
    )
}

/// Roles of annotators.
const ANNOTATOR_ROLES: [&str; 4] = [
    "White House correspondent",
    "economics reporter",
    "fact-checker",
    "political editor",
];

/// (158) Control: an annotated speech (one story): an `h1`, meta, the opening paragraphs,
/// then every section an `h2` (the section's heading) followed by its blocks, every other
/// paragraph a passage of the speech (`div.doc-passage > p.speech`) and the rest
/// annotations (`aside.annotation`: a reporter's headshot, name and role, the paragraph,
/// a "Link to this annotation" to `#note-K-J`); share links after the last.
fn single_annotated_speech(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    for (k, (title, blocks)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            let _ = writeln!(
                out,
                "<div class=\"annotated-intro\">\n{}</div>",
                body(blocks, &BodyStyle::plain("h3"))
            );
            continue;
        };
        let _ = writeln!(out, "<h2 class=\"doc-section\">{}</h2>", esc(title));
        let mut paras = 0;
        for (j, block) in blocks.iter().enumerate() {
            let Block::Para(t) = block else {
                out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
                continue;
            };
            paras += 1;
            if paras % 2 == 1 {
                let _ = writeln!(
                    out,
                    "<div class=\"doc-passage\" id=\"passage-{k}-{j}\"><p class=\"speech\">{}</p></div>",
                    esc(t)
                );
            } else {
                let who = AUTHORS[(spec.seed as usize + k + j) % AUTHORS.len()];
                let _ = writeln!(
                    out,
                    "<aside class=\"annotation\" id=\"note-{k}-{j}\"><div class=\"annotator\"><img class=\"headshot\" src=\"/img/staff/{}.jpg\" alt=\"\" width=\"40\" height=\"40\">\
                     <span class=\"annotator-name\">{who}</span>, <span class=\"annotator-role\">{}</span></div><p>{}</p>\
                     <a class=\"annotation-link\" href=\"{}#note-{k}-{j}\">Link to this annotation</a></aside>",
                    slug(who),
                    ANNOTATOR_ROLES[(k + j) % ANNOTATOR_ROLES.len()],
                    esc(t),
                    attr(&s.path),
                );
            }
        }
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "politics-rail",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<main><article class=\"annotated-document\"><header><span class=\"kicker\">Annotated</span>{}<div class=\"meta\">{}</div>\
         <p class=\"annotation-key\">Speech text in black; our reporters' notes in the margin.</p></header>\n\
         <div class=\"document-body\">\n{out}</div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"headline\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, true),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (159) Control: a help-centre FAQ (one story): an `h1`, meta, the opening paragraphs,
/// then every section a `div.faq-entry` (`id` the question's slug): an `h2` question (the
/// section's heading) with a "¶" permalink anchor, the answer's blocks, a "Last updated"
/// date, a "Was this answer helpful?" pair of buttons and share links to the page's
/// address with the entry's fragment; a "Still need help?" box after the last.
fn single_faq_anchors(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    for (k, (title, blocks)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(title) = title else {
            let _ = writeln!(
                out,
                "<div class=\"faq-intro\">\n{}</div>",
                body(blocks, &BodyStyle::plain("h3"))
            );
            continue;
        };
        let id = slug(title);
        let frag = format!("{}#{id}", s.url);
        let (y, mo, d) = s.date;
        let _ = writeln!(
            out,
            "<div class=\"faq-entry\" id=\"{id}\"><h2 class=\"faq-question\">{}<a class=\"faq-anchor\" href=\"#{id}\" aria-label=\"Permalink\">¶</a></h2>\n\
             <div class=\"faq-answer\">\n{}</div><p class=\"faq-updated\">Last updated: {} {}, {y}</p>\
             <div class=\"faq-helpful\">Was this answer helpful? <button data-vote=\"yes\">Yes</button> <button data-vote=\"no\">No</button></div>\
             <div class=\"faq-share\"><a href=\"https://twitter.com/intent/tweet?url={}\">Share</a> <a href=\"mailto:?body={}\">Email</a></div></div>",
            esc(title),
            body(blocks, &BodyStyle::plain("h3")),
            MONTHS[mo - 1],
            (d as usize + k) % 28 + 1,
            enc(&frag),
            enc(&frag),
        );
    }
    let chrome = Chrome::named("hc-header", "hc-nav", "hc-sidebar", "hc-footer", "consent");
    let page = format!(
        "{}{}<main class=\"help-centre\"><nav class=\"breadcrumbs\"><a href=\"/help/\">Help Centre</a> › <a href=\"/help/{}/\">{}</a></nav>\
         <article class=\"faq-page\"><header>{}<div class=\"meta\">{}</div></header>\n{out}\
         <div class=\"still-need-help\"><h3>Still need help?</h3><p><a href=\"/help/contact\">Contact our support team</a></p></div></article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        section_of(s),
        capitalize(&section_of(s)),
        headline("h1", " class=\"faq-title\"", s, m),
        meta_line("span", "meta", s, m),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 16

/// Words a site's slug maker drops from a headline.
const SLUG_STOP_WORDS: [&str; 24] = [
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "is", "are", "was",
    "were", "with", "at", "by", "from", "as", "its", "it", "that", "this",
];
/// Words a site's slug maker abbreviates.
const SLUG_ABBREVIATIONS: [(&str, &str); 14] = [
    ("government", "govt"),
    ("president", "pres"),
    ("international", "intl"),
    ("department", "dept"),
    ("university", "univ"),
    ("minister", "min"),
    ("million", "mn"),
    ("billion", "bn"),
    ("percent", "pct"),
    ("technology", "tech"),
    ("development", "dev"),
    ("association", "assn"),
    ("management", "mgmt"),
    ("information", "info"),
];
/// Words a short slug keeps.
const SHORT_SLUG_WORDS: usize = 5;

/// A story's section for layouts whose addresses name none.
fn section_by_title(s: &Story) -> &'static str {
    SECTIONS[(hash(&[&s.title]) % SECTIONS.len() as u64) as usize]
}

/// A slug as a hand-tuned CMS writes it: the headline's words without stop words, some
/// abbreviated, the first few kept.
fn short_slug(title: &str) -> String {
    let words: Vec<String> = tokens(title)
        .iter()
        .map(|t| {
            t.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !SLUG_STOP_WORDS.contains(&w.as_str()))
        .map(|w| {
            SLUG_ABBREVIATIONS
                .iter()
                .find(|(long, _)| *long == w)
                .map_or(w.clone(), |(_, short)| (*short).to_owned())
        })
        .take(SHORT_SLUG_WORDS)
        .collect();
    if words.is_empty() {
        slug(title)
    } else {
        words.join("-")
    }
}

/// A short opaque id of a story (base 36), the same wherever the page prints it.
fn opaque_id(s: &Story) -> String {
    let alphabet = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let h = hash(&[&s.title, &s.date_iso()]);
    (0..5)
        .map(|i| alphabet[((h >> (i * 7)) % 36) as usize] as char)
        .collect()
}

/// Readdresses a page's stories as `/YYYY/MM/DD/<short slug>/`.
fn address_short_slug(spec: &mut Spec) {
    for s in &mut spec.stories {
        let (y, m, d) = s.date;
        s.path = format!("/{y}/{m:02}/{d:02}/{}/", short_slug(&s.title));
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Readdresses a page's stories as `/a/<opaque id>`.
fn address_opaque(spec: &mut Spec) {
    for s in &mut spec.stories {
        s.path = format!("/a/{}", opaque_id(s));
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Gives a page's stories addresses of a layout's own making.
type Readdress = fn(&mut Spec);

/// Layouts of the sixteenth probe whose stories have addresses of their own making (the
/// rest keep the addresses every layout gets).
const PROBE16_ADDRESSES: [(&str, Readdress); 2] = [
    ("newspack-short-slugs", address_short_slug),
    ("opaque-id-app", address_opaque),
];

/// (160) A nonprofit newsroom on a WordPress VIP / Newspack theme whose stories name
/// their address nowhere: every story an `article.post.type-post.hentry` (its WordPress
/// post id in `id` and classes only) with a category link, an unlinked `h1.entry-title`
/// (the first) or `h2.entry-title` (the rest), meta as the marks say, a credited
/// thumbnail, the body `div.entry-content` with a donation prompt after the third
/// paragraph, a tags footer and an author bio; no share links whatever the marks say; the
/// address `/YYYY/MM/DD/<slug>/` whose slug is the headline without stop words, some
/// words abbreviated, cut to five words; "Next story" dividers between stories.
fn newspack_short_slugs(spec: &Spec) -> String {
    let m = spec.marks;
    let unlinked = Marks {
        headline_link: false,
        ..m
    };
    let mut stories = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stories.push_str(
                "<div class=\"newspack-infinite-divider\" aria-hidden=\"true\"><span>Next story</span></div>\n",
            );
        }
        let pid = 40_000 + hash(&[&s.title]) % 50_000;
        let sec = section_by_title(s);
        let mut text = String::new();
        let mut paras = 0;
        for block in &s.blocks {
            text.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            if matches!(block, Block::Para(_)) {
                paras += 1;
                if paras == 3 {
                    let _ = writeln!(
                        text,
                        "<div class=\"newspack-popup-container newspack-inline-popup\"><div class=\"wp-block-group\"><p><strong>{}</strong> is a nonprofit newsroom. Support independent local journalism.</p>\
                         <div class=\"wp-block-buttons\"><a class=\"wp-block-button__link\" href=\"/donate/\">Donate now</a></div></div></div>",
                        esc(&spec.site)
                    );
                }
            }
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stories,
            "<article id=\"post-{pid}\" class=\"post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{sec}\">\
             <header class=\"entry-header\"><span class=\"cat-links\"><a href=\"/category/{sec}/\" rel=\"category tag\">{}</a></span>{}\
             <div class=\"entry-subhead\"><div class=\"entry-meta\">{}</div></div></header>\n\
             <figure class=\"post-thumbnail\"><img src=\"/wp-content/uploads/{pid}.jpg\" alt=\"\"><figcaption><span class=\"image-credit\">Credit: {} / {}</span></figcaption></figure>\n\
             <div class=\"entry-content\">\n{text}</div>\n\
             <footer class=\"entry-footer\"><span class=\"tags-links\">Tagged: <a href=\"/tag/{sec}/\" rel=\"tag\">{sec}</a>, <a href=\"/tag/local/\" rel=\"tag\">local</a></span></footer>\
             <div class=\"author-bio\"><div class=\"author-bio-text\"><h2 class=\"accent-header\">{}</h2><p>Reports on {sec} for {}. Reach out with tips.</p></div></div></article>",
            capitalize(sec),
            headline(tag, " class=\"entry-title\"", s, unlinked),
            meta_line("span", "entry", s, m),
            s.author,
            esc(&spec.site),
            s.author,
            esc(&spec.site),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-banner",
    );
    let page = format!(
        "{}<div id=\"page\" class=\"site\"><div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">\
         <main id=\"main\" class=\"site-main\">\n{stories}</main></div>{}</div></div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"post-template-default single single-post newspack-front-page\"",
        &page,
    )
}

/// (161) A news app whose addresses are opaque short ids (`/a/8f3k2`): every story a
/// `div.story[data-id]` (the id only there and on its toolbar buttons' `data-id`, no link
/// to any story whatever the marks say) with a label, an unlinked `h1` (the first) or
/// `h2` (the rest), meta as the marks say, the body and a "Go deeper" link to a teaser
/// (also at an opaque address); between stories an ad and a thin divider.
fn opaque_id_app(spec: &Spec) -> String {
    let m = spec.marks;
    let unlinked = Marks {
        headline_link: false,
        ..m
    };
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str(&ad_slot(spec, i));
            stream.push_str("<div class=\"stream-divider\" role=\"separator\"></div>\n");
        }
        let id = opaque_id(s);
        let t = &spec.teasers[i % spec.teasers.len()];
        let teaser_id: String = format!("{:05x}", hash(&[&t.title]) % 0xf_ffff);
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stream,
            "<div class=\"story\" data-id=\"{id}\" data-type=\"article\"><div class=\"story-top\"><div class=\"story-label\">{}</div>{}\
             <div class=\"story-byline\">{}</div></div>\n<div class=\"story-body\">\n{}</div>\n\
             <div class=\"go-deeper\"><span>Go deeper:</span> <a href=\"/a/{teaser_id}\">{}</a></div>\
             <div class=\"story-toolbar\"><button data-action=\"share\" data-id=\"{id}\">Share</button><button data-action=\"save\" data-id=\"{id}\">Save</button></div></div>",
            capitalize(section_by_title(s)),
            headline(tag, " class=\"story-headline\"", s, unlinked),
            meta_line("span", "story", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            esc(&t.title),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}<div class=\"app-shell\"><div class=\"stream\" data-feed=\"top\">\n{stream}</div>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (162) Headlines in sticky headers outside the stories' containers: in one
/// `div.story-stack` every story is a `div.sticky-header` (the site's logo, an `h1`
/// headline linked as the marks say, share links as the marks say, a reading-progress
/// bar) then a sibling `div.story-container` (a dek line with meta as the marks say, the
/// body); a "Up next" slug line between stories.
fn sticky_title_header(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stack = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stack.push_str("<div class=\"up-next-slug\"><span>Up next</span></div>\n");
        }
        let _ = writeln!(
            stack,
            "<div class=\"sticky-header\" style=\"position:sticky;top:0\" data-index=\"{i}\"><a class=\"sticky-logo\" href=\"/\">{}</a>\
             {}{}<div class=\"reading-progress\" role=\"progressbar\" aria-valuenow=\"0\"></div></div>\n\
             <div class=\"story-container\" id=\"story-{i}\"><div class=\"story-dek\">{}</div>\n<div class=\"story-text\">\n{}</div></div>",
            esc(&spec.site),
            headline("h1", " class=\"sticky-headline\"", s, m),
            share_bar("sticky-share", s, m, false),
            meta_line("span", "dek", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
        );
    }
    let chrome = Chrome::named("masthead", "nav", "rail", "footer", "consent");
    let page = format!(
        "{}{}<main class=\"main\"><div class=\"story-stack\">\n{stack}</div></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Call letters of local TV stations.
const CALL_LETTERS: [&str; 4] = ["WXKT", "KBTV", "WNLR", "KQPD"];

/// (163) A local TV station's site whose appended stories open with media before the
/// headline: every story a `div.article-wrap`; the first opens with a credited photo,
/// the appended ones alternately with a video player (a "WATCH:" title repeating the
/// headline, a duration, an "Up next" playlist of four teaser links) or a six-slide
/// gallery (a counter, captions from teasers, credits); then an `h1` (the first) or `h2`
/// linked as the marks say, meta as the marks say, the body `div.article-body` ending
/// with the station's copyright line, share links as the marks say.
fn tv_media_first(spec: &Spec) -> String {
    let m = spec.marks;
    let station = CALL_LETTERS[(spec.seed % CALL_LETTERS.len() as u64) as usize];
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let media = if i == 0 {
            format!(
                "<figure class=\"lead-photo\"><img src=\"/resizer/{i}.jpg\" alt=\"\"><figcaption>({station})</figcaption></figure>"
            )
        } else if (i + spec.seed as usize) % 2 == 0 {
            let playlist: String = (0..4)
                .map(|k| {
                    let t = &spec.teasers[(i + k) % spec.teasers.len()];
                    format!(
                        "<li><a href=\"/video/{}\">{}</a><span class=\"duration\">{}:{:02}</span></li>",
                        slug(&t.title),
                        esc(&t.title),
                        1 + k,
                        (17 * k + 5) % 60
                    )
                })
                .collect();
            format!(
                "<div class=\"video-player-container\"><div class=\"jw-player\" data-media-id=\"{:08x}\"><div class=\"jw-title\">WATCH: {}</div>\
                 <div class=\"jw-duration\">2:{:02}</div><button class=\"jw-play\" aria-label=\"Play\"></button></div>\
                 <div class=\"video-playlist\"><h4>Up next</h4><ul>{playlist}</ul></div></div>",
                hash(&[&s.title]) % 0xffff_ffff,
                esc(&s.title),
                (i * 13) % 60
            )
        } else {
            let slides: String = (0..6)
                .map(|k| {
                    let t = &spec.teasers[(i + k) % spec.teasers.len()];
                    format!(
                        "<figure class=\"gallery-slide\"><img src=\"/gallery/{i}-{k}.jpg\" alt=\"\"><figcaption>{}. <span class=\"credit\">(Photo: {station} viewer)</span></figcaption></figure>",
                        esc(&t.excerpt)
                    )
                })
                .collect();
            format!(
                "<div class=\"gallery-lead\"><div class=\"gallery-count\">1 / 6</div><div class=\"gallery-track\">{slides}</div>\
                 <button class=\"gallery-prev\">Previous</button><button class=\"gallery-next\">Next</button></div>"
            )
        };
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stream,
            "<div class=\"article-wrap\" data-story-index=\"{i}\"><div class=\"lead-media\">{media}</div>\n\
             <div class=\"article-header\">{}<div class=\"article-meta\">{}</div></div>\n\
             <div class=\"article-body\">\n{}<p class=\"copyright\">Copyright 2024 {station}. All rights reserved.</p></div>\n{}</div>",
            headline(tag, " class=\"headline\"", s, m),
            meta_line("span", "article", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("article-share", s, m, false),
        );
        if i == 0 {
            stream.push_str(&newsletter("station-alerts", spec));
        }
    }
    let chrome = Chrome::named(
        "station-header",
        "station-nav",
        "station-rail",
        "station-footer",
        "onetrust",
    );
    let page = format!(
        "{}<div class=\"weather-strip\"><span>{station} First Alert Weather</span> <span>72°F</span> <a href=\"/weather/\">Forecast</a></div>\
         <div class=\"page\"><div class=\"article-stream\">\n{stream}</div>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (164) Server-rendered first story, client-rendered appended ones in other wrappers: the
/// first an `div.article-ssr` deep in a grid (`div.l-page > div.l-row > div.l-col-main`,
/// a rail beside it), an `h1` linked as the marks say, meta as the marks say, the body in
/// `div.article-ssr__body > div.rich-text`, share links as the marks say; the appended
/// ones in `div#infinite-root` after the grid, each four hashed `div`s deep, opening with
/// their own `og:url` and `parsely-metadata` `<meta>` tags (their only address), a
/// `div[role=heading][aria-level=1]` headline, meta in `span`s and the body as hashed-class
/// `div` paragraphs two levels further in.
fn ssr_csr_wrappers(spec: &Spec) -> String {
    let m = spec.marks;
    let s = spec.first();
    let ssr = format!(
        "<div class=\"article-ssr\" data-article-id=\"{}\"><div class=\"article-ssr__header\"><span class=\"article-ssr__eyebrow\">{}</span>{}\
         <div class=\"article-ssr__meta\">{}</div></div>\n<div class=\"article-ssr__body\"><div class=\"rich-text\">\n{}</div></div>\n{}</div>",
        hash(&[&s.title]) % 1_000_000,
        capitalize(section_by_title(s)),
        headline("h1", " class=\"article-ssr__title\"", s, m),
        meta_line("span", "article-ssr__meta", s, m),
        body(&s.blocks, &BodyStyle::plain("h2")),
        share_bar("article-ssr__share", s, m, false),
    );
    let h = |role: &str| spec.hashed(role);
    let style = BodyStyle {
        para: ParaStyle::Div,
        sub: "h3",
        fig: FigStyle::Div,
        class: h("para"),
    };
    let mut appended = String::new();
    for s in &spec.stories[1..] {
        let parsely = serde_json::json!({
            "@type": "NewsArticle",
            "link": s.url,
            "title": s.title,
            "section": section_by_title(s),
        })
        .to_string();
        let mut meta = String::new();
        if m.byline {
            let _ = write!(meta, "<span class=\"{}\">{}</span>", h("author"), s.author);
        }
        if m.date != DateMark::None {
            let _ = write!(
                meta,
                "<span class=\"{}\">{}</span>",
                h("date"),
                s.date_text()
            );
        }
        let _ = writeln!(
            appended,
            "<div class=\"{}\"><div class=\"{}\"><div class=\"{}\" data-testid=\"appended-article\"><div class=\"{}\">\
             <meta property=\"og:url\" content=\"{}\"><meta name=\"parsely-metadata\" content=\"{}\">\
             <div class=\"{}\"><div role=\"heading\" aria-level=\"1\" class=\"{}\">{}</div><div class=\"{}\">{meta}</div></div>\n\
             <div class=\"{}\"><div class=\"{}\">\n{}</div></div></div></div></div></div>",
            h("slot"),
            h("frame"),
            h("article"),
            h("inner"),
            attr(&s.url),
            attr(&parsely),
            h("header"),
            h("title"),
            esc(&s.title),
            h("meta"),
            h("body"),
            h("text"),
            body(&s.blocks, &style),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "l-rail",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}{}<div id=\"__ssr\"><div class=\"l-page\"><div class=\"l-row\"><div class=\"l-col-main\">\n{ssr}</div>{}</div></div></div>\n\
         <div id=\"infinite-root\" data-hydrated=\"true\">\n{appended}</div>{}",
        chrome.header(spec),
        chrome.cookie(),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Words of a "Most read" card's excerpt: the story's opening paragraphs up to this many.
const CARD_EXCERPT_WORDS: usize = 70;

/// (165) A Ghost (Source theme) blog with infinite scroll and a "Most read" list of long
/// excerpts of the very posts appended below it: every post an `article.article.post` with
/// a primary tag, an `h1.article-title` linked as the marks say, a deck, a byline box
/// with meta as the marks say, a feature image and the body `section.gh-content`, share
/// links as the marks say; after the first post a `section.gh-read-next` "Most read" of
/// `article.post-card`s, one per appended post, each linking its address and printing
/// its headline and the opening seventy words of its text; then the appended posts.
fn ghost_most_read(spec: &Spec) -> String {
    let m = spec.marks;
    let mut posts = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let sec = section_by_title(s);
        let _ = writeln!(
            posts,
            "<article class=\"article post tag-{sec} featured\"><header class=\"article-header gh-canvas\">\
             <div class=\"article-tag post-card-primary-tag\"><a href=\"/tag/{sec}/\">{}</a></div>{}\
             <p class=\"article-excerpt\">{}</p><div class=\"article-byline\"><div class=\"article-byline-content\">{}</div></div>\
             <figure class=\"article-image\"><img src=\"/content/images/{i}.jpg\" alt=\"\"></figure></header>\n\
             <section class=\"gh-content gh-canvas\">\n{}</section>\n{}</article>",
            capitalize(sec),
            headline("h1", " class=\"article-title\"", s, m),
            DECKS[(spec.seed as usize + i) % DECKS.len()],
            meta_line("span", "byline", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("gh-share", s, m, false),
        );
        if i == 0 {
            let mut cards = String::new();
            for o in &spec.stories[1..] {
                let excerpt: Vec<&str> = o
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        Block::Para(t) => Some(t.as_str()),
                        _ => None,
                    })
                    .flat_map(|t| t.split_whitespace())
                    .take(CARD_EXCERPT_WORDS)
                    .collect();
                let _ = write!(
                    cards,
                    "<article class=\"post-card post\"><a class=\"post-card-image-link\" href=\"{0}\"><img class=\"post-card-image\" src=\"/content/images/card.jpg\" alt=\"\"></a>\
                     <div class=\"post-card-content\"><a class=\"post-card-content-link\" href=\"{0}\"><header class=\"post-card-header\"><h2 class=\"post-card-title\">{1}</h2></header>\
                     <div class=\"post-card-excerpt\">{2}…</div></a><footer class=\"post-card-meta\"><span class=\"post-card-author\">{3}</span> <time datetime=\"{4}\">{5}</time> <span class=\"post-card-duration\">6 min read</span></footer></div></article>",
                    attr(&o.path),
                    esc(&o.title),
                    esc(&excerpt.join(" ")),
                    o.author,
                    o.date_iso(),
                    o.date_text(),
                );
            }
            let _ = writeln!(
                posts,
                "<section class=\"gh-read-next gh-canvas\"><h3 class=\"gh-read-next-title\">Most read</h3><div class=\"post-feed\">{cards}</div></section>\n\
                 <section class=\"footer-cta\"><h2 class=\"footer-cta-title\">Sign up for more like this.</h2><a class=\"footer-cta-button\" href=\"#/portal\">Enter your email<span>Subscribe</span></a></section>"
            );
        }
    }
    let page = format!(
        "<header id=\"gh-navigation\" class=\"gh-navigation\"><div class=\"gh-navigation-inner\"><a class=\"gh-navigation-logo\" href=\"/\">{0}</a>\
         <nav class=\"gh-navigation-menu\"><ul class=\"nav\"><li><a href=\"/\">Home</a></li><li><a href=\"/about/\">About</a></li><li><a href=\"/archive/\">Archive</a></li></ul></nav>\
         <div class=\"gh-navigation-actions\"><a href=\"#/portal/signin\">Sign in</a><a class=\"gh-button\" href=\"#/portal/signup\">Subscribe</a></div></div></header>\n\
         <main id=\"gh-main\" class=\"gh-main\">\n{posts}</main>\n\
         <footer class=\"gh-footer\"><div class=\"gh-footer-bar\"><span class=\"gh-footer-logo\">{0}</span><nav class=\"gh-footer-menu\"><a href=\"/privacy/\">Privacy</a></nav>\
         <div class=\"gh-footer-copyright\">Powered by <a href=\"https://ghost.org/\">Ghost</a></div></div></footer>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"post-template is-head-left-logo\"",
        &page,
    )
}

/// Speakers of an oral history (name, what they were).
const ORAL_SPEAKERS: [(&str, &str); 6] = [
    ("Ruth Addo", "former city council member"),
    ("Marcus Hale", "engineer on the project"),
    ("Ines Duarte", "organizer"),
    ("Pete Kowalski", "reporter at the time"),
    ("Yuki Tanaka", "resident since 1979"),
    ("Dev Malhotra", "deputy director"),
];

/// (166) Control: an oral history (one story): an `h1`, meta as the marks say, an italic
/// editor's note, then every section an `h2` and its paragraphs each a
/// `div.oh-entry` opening with the speaker's name `h4.oh-speaker` and role line (the
/// speakers taking turns), lists, quotes and figures as they come; a "Cast of
/// characters" box before the sections, share links as the marks say.
fn single_oral_history(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut cast = String::from("<aside class=\"oh-cast\"><h3>Cast of characters</h3><ul>");
    for (name, role) in ORAL_SPEAKERS {
        let _ = write!(cast, "<li><strong>{name}</strong>, {role}</li>");
    }
    cast.push_str("</ul></aside>\n");
    let mut out = String::new();
    let mut turn = spec.seed as usize;
    for (title, blocks) in heading_sections(&s.blocks) {
        out.push_str("<section class=\"oh-part\">");
        if let Some(t) = title {
            let _ = write!(out, "<h2 class=\"oh-part-title\">{}</h2>", esc(t));
        }
        for block in blocks {
            if let Block::Para(t) = block {
                let (name, role) = ORAL_SPEAKERS[turn % ORAL_SPEAKERS.len()];
                turn += 1 + turn % 2;
                let _ = writeln!(
                    out,
                    "<div class=\"oh-entry\"><h4 class=\"oh-speaker\">{name}</h4><p class=\"oh-role\">{role}</p><p>{}</p></div>",
                    esc(t)
                );
            } else {
                out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
            }
        }
        out.push_str("</section>\n");
    }
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"oral-history\"><header>{}<div class=\"meta\">{}</div>\
         <p class=\"editors-note\"><em>These interviews have been edited and condensed for clarity.</em></p></header>\n{cast}{out}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"oh-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (167) Control: a long review (one story) with per-section star ratings and dated
/// updates: an `h1`, meta as the marks say, a verdict box (an overall score, pros and
/// cons lists), then every section a `section.review-section` with an `h2`, a star
/// rating line and its paragraphs; every third section opens with a dated "Update"
/// note whose paragraph is the section's first (the review's own text); share links as
/// the marks say.
fn single_review_ratings(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut out = String::new();
    for (k, (title, blocks)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let stars = 2 + (spec.seed as usize + k) % 4;
        let mut section = String::new();
        if let Some(t) = title {
            let _ = write!(
                section,
                "<h2>{}</h2><div class=\"section-rating\" aria-label=\"{stars} out of 5 stars\"><span class=\"stars\">{}{}</span> <span class=\"score\">{stars}/5</span></div>",
                esc(t),
                "★".repeat(stars),
                "☆".repeat(5 - stars),
            );
        }
        let (first, rest) = match blocks.split_first() {
            Some((Block::Para(p), rest)) if k % 3 == 2 => (Some(p), rest),
            _ => (None, blocks),
        };
        if let Some(p) = first {
            let _ = write!(
                section,
                "<aside class=\"review-update\"><p class=\"update-date\"><strong>Update, {} {}, {}:</strong></p><p>{}</p></aside>",
                MONTHS[(mo + k) % 12],
                (d as usize + k) % 28 + 1,
                y + 1,
                esc(p)
            );
        }
        section.push_str(&body(rest, &BodyStyle::plain("h3")));
        let _ = writeln!(out, "<section class=\"review-section\">{section}</section>");
    }
    let overall = 3 + spec.seed % 2;
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"review\"><header>{}<div class=\"meta\">{}</div></header>\n\
         <div class=\"verdict-box\"><div class=\"overall\">{overall}.5 out of 5</div><div class=\"pros\"><h3>Pros</h3><ul><li>Fast</li><li>Well made</li></ul></div>\
         <div class=\"cons\"><h3>Cons</h3><ul><li>Pricey</li><li>Short warranty</li></ul></div></div>\n{out}{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        headline("h1", " class=\"review-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Hosts a newsletter's "Read more" links go out to.
const OUTBOUND_HOSTS: [&str; 4] = [
    "https://www.reuters.example",
    "https://apnews.example",
    "https://www.theverge.example",
    "https://arstechnica.example",
];

/// (168) Control: a newsletter issue on the web (one story): an `h1`, meta as the marks
/// say, an "In this issue" list of anchors, then every section a `section.issue-item`
/// with its own `id`, an `h2`, its paragraphs and a "Read more" link out to another
/// site's article; a sponsor block after the second section; "Forward to a friend" and
/// unsubscribe links after the issue; share links as the marks say.
fn single_newsletter_readmore(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut toc = String::from("<nav class=\"issue-toc\"><h3>In this issue</h3><ul>");
    let mut out = String::new();
    for (k, (title, blocks)) in heading_sections(&s.blocks).into_iter().enumerate() {
        let Some(t) = title else {
            let _ = writeln!(
                out,
                "<div class=\"issue-intro\">\n{}</div>",
                body(blocks, &BodyStyle::plain("h3"))
            );
            continue;
        };
        let id = slug(t);
        let _ = write!(toc, "<li><a href=\"#{id}\">{}</a></li>", esc(t));
        let _ = writeln!(
            out,
            "<section class=\"issue-item\" id=\"{id}\"><h2>{}</h2>\n{}<p class=\"read-more\"><a href=\"{}/{}/{id}\" target=\"_blank\" rel=\"noopener\">Read more →</a></p></section>",
            esc(t),
            body(blocks, &BodyStyle::plain("h3")),
            OUTBOUND_HOSTS[(spec.seed as usize + k) % OUTBOUND_HOSTS.len()],
            2020 + k,
        );
        if k == 2 {
            out.push_str(
                "<div class=\"sponsor\"><span class=\"sponsor-label\">Presented by</span><p>Try the planner teams use to ship on time. \
                 <a href=\"https://sponsor.example/?ref=newsletter\">Start free</a></p></div>\n",
            );
        }
    }
    toc.push_str("</ul></nav>\n");
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}{}<main><article class=\"issue\"><header><p class=\"issue-number\">Issue #{}</p>{}<div class=\"meta\">{}</div></header>\n{toc}{out}\
         <div class=\"issue-footer\"><p><a href=\"/forward\">Forward to a friend</a> · <a href=\"/unsubscribe\">Unsubscribe</a></p></div>{}</article></main>{}{}",
        chrome.header(spec),
        chrome.cookie(),
        100 + spec.seed % 300,
        headline("h1", " class=\"issue-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 17

/// Paragraphs a story shortened by its layout keeps.
const SHORT_STORY_PARAGRAPHS: usize = 3;

/// Shortens a page's second story to its first paragraphs (a brief appended after a
/// story whose related box says more).
fn shorten_second(spec: &mut Spec) {
    if let Some(s) = spec.stories.get_mut(1) {
        let kept: Vec<Block> = s
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Para(_)))
            .take(SHORT_STORY_PARAGRAPHS)
            .cloned()
            .collect();
        s.blocks = kept;
    }
}

/// Changes a page's stories before it is laid out (the gold follows).
type Reshape = fn(&mut Spec);

/// Layouts of the seventeenth probe whose stories are reshaped before they are laid out.
const PROBE17_RESHAPES: [(&str, Reshape); 1] = [("related-outweighs", shorten_second)];

/// (167) A grid theme whose stories print their body before their header: every story a
/// `div.c-entry` (`display:flex; flex-direction:column`) holding first the body
/// `div.c-entry__body` (`order:2`), then the header `div.c-entry__header` (`order:1`: a
/// kicker, an `h1` (the first) or `h2` linked as the marks say, meta as the marks say),
/// then share links as the marks say; the stories in one `div.c-stream`, a
/// "Continue reading" rule between them.
fn body_before_header(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"c-stream__rule\"><span>Continue reading</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stream,
            "<div class=\"c-entry\" style=\"display:flex;flex-direction:column\">\
             <div class=\"c-entry__body\" style=\"order:2\">\n{}</div>\n\
             <div class=\"c-entry__header\" style=\"order:1\"><span class=\"c-entry__kicker\">{}</span>{}<div class=\"c-entry__meta\">{}</div></div>\n\
             <div class=\"c-entry__footer\" style=\"order:3\">{}</div></div>",
            body(&s.blocks, &BodyStyle::plain("h3")),
            capitalize(section_by_title(s)),
            headline(tag, " class=\"c-entry__title\"", s, m),
            meta_line("span", "c-entry", s, m),
            share_bar("c-entry__share", s, m, false),
        );
    }
    let chrome = Chrome::named("c-header", "c-nav", "c-rail", "c-footer", "c-consent");
    let page = format!(
        "{}<div class=\"c-layout\"><div class=\"c-stream\">\n{stream}</div>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (168) Stories whose address is printed only inside other addresses: every story a
/// `div.post-item` opening with its own `<link rel="amphtml">` (`/amp` before its path)
/// and oEmbed `<link rel="alternate">` (its address URL-encoded in the query), an
/// unlinked `h1` (the first) or `h2`, meta as the marks say, the body, a "Listen" audio
/// player and no share links whatever the marks say; an ad between stories.
fn amphtml_link_only(spec: &Spec) -> String {
    let m = spec.marks;
    let unlinked = Marks {
        headline_link: false,
        ..m
    };
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str(&ad_slot(spec, i));
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stream,
            "<div class=\"post-item\" data-post-index=\"{i}\">\
             <link rel=\"amphtml\" href=\"https://{}/amp{}\">\
             <link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://{}/wp-json/oembed/1.0/embed?url={}\">\
             <div class=\"post-item__head\">{}<div class=\"post-item__meta\">{}</div></div>\
             <div class=\"audio-player\"><button>Listen to this article</button><span>{} min</span></div>\n\
             <div class=\"post-item__content\">\n{}</div></div>",
            spec.host,
            attr(&s.path),
            spec.host,
            enc(&s.url),
            headline(tag, " class=\"post-item__title\"", s, unlinked),
            meta_line("span", "post-item", s, m),
            3 + i,
            body(&s.blocks, &BodyStyle::plain("h3")),
        );
    }
    let chrome = Chrome::named("top-bar", "menu", "aside", "bottom", "gdpr");
    let page = format!(
        "{}<main class=\"posts\">\n{stream}</main>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// The editor's note a regional paper prints atop every story of a series.
const EDITORS_NOTE: &str = "This story is part of our yearlong series on the region's \
future, produced with support from readers and local foundations. Our newsroom retains \
full editorial control over every story we publish. If you have a question about this \
coverage, or a story you think we should tell, write to our standards editor; we read \
every message and answer as many as we can each week.";

/// (169) A regional paper whose every story opens with the same long editor's note: every
/// story an `article.node--type-article` with an `h1` (the first) or `h2` linked as the
/// marks say, meta as the marks say, then the body `div.field--name-body` whose first
/// paragraph is the note (an italic "Editor's note:" lead), share links as the marks
/// say; a "Next in this series" banner between stories.
fn editors_note_repeat(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"series-next\"><span>Next in this series</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stream,
            "<article class=\"node node--type-article node--view-mode-full\" role=\"article\">\
             <div class=\"node__header\">{}<div class=\"node__meta\">{}</div></div>\n\
             <div class=\"field field--name-body field--type-text-with-summary\">\n\
             <p class=\"editors-note\"><em>Editor's note:</em> {}</p>\n{}</div>\n{}</article>",
            headline(tag, " class=\"node__title\"", s, m),
            meta_line("span", "node", s, m),
            EDITORS_NOTE,
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("node__share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "region-header",
        "region-nav",
        "region-sidebar",
        "region-footer",
        "eu-cookie",
    );
    let page = format!(
        "{}<div class=\"layout-container\"><main class=\"region-content\">\n{stream}</main>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\" dir=\"ltr\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"path-node page-node-type-article\"",
        &page,
    )
}

/// (170) WordPress posts each carrying a post navigation that links and titles its
/// neighbours on the page: every post an `article.post` with an `h1` (the first) or `h2`
/// linked as the marks say, meta as the marks say, the body `div.entry-content`, a
/// "Leave a comment" link to its own `#respond`, then inside the post a
/// `nav.post-navigation` whose "Previous post" is the post appended after it (a teaser
/// for the last) and whose "Next post" the one before it (a teaser for the first), each
/// with its headline; share links as the marks say.
fn post_nav_neighbours(spec: &Spec) -> String {
    let m = spec.marks;
    let n = spec.stories.len();
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let (prev_path, prev_title) = if i + 1 < n {
            (&spec.stories[i + 1].path, &spec.stories[i + 1].title)
        } else {
            let t = &spec.teasers[0];
            (&t.path, &t.title)
        };
        let (next_path, next_title) = if i > 0 {
            (&spec.stories[i - 1].path, &spec.stories[i - 1].title)
        } else {
            let t = &spec.teasers[1 % spec.teasers.len()];
            (&t.path, &t.title)
        };
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            stream,
            "<article class=\"post type-post status-publish format-standard hentry\">\
             <header class=\"entry-header\">{}<div class=\"entry-meta\">{}</div></header>\n\
             <div class=\"entry-content\">\n{}</div>\n\
             <footer class=\"entry-footer\"><span class=\"comments-link\"><a href=\"{}#respond\">Leave a comment</a></span></footer>\n\
             <nav class=\"navigation post-navigation\" aria-label=\"Posts\"><h2 class=\"screen-reader-text\">Post navigation</h2><div class=\"nav-links\">\
             <div class=\"nav-previous\"><a href=\"{}\" rel=\"prev\"><span class=\"meta-nav\">Previous post</span> <span class=\"post-title\">{}</span></a></div>\
             <div class=\"nav-next\"><a href=\"{}\" rel=\"next\"><span class=\"meta-nav\">Next post</span> <span class=\"post-title\">{}</span></a></div></div></nav>\n{}</article>",
            headline(tag, " class=\"entry-title\"", s, m),
            meta_line("span", "entry", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            attr(&s.path),
            attr(prev_path),
            esc(prev_title),
            attr(next_path),
            esc(next_title),
            share_bar("sharedaddy", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "masthead",
        "site-navigation",
        "secondary",
        "colophon",
        "cookie-notice",
    );
    let page = format!(
        "{}<div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">\n{stream}</main>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"post-template-default single single-post\"",
        &page,
    )
}

/// (171) A story whose "Related coverage" box outweighs the story appended after it (the
/// second story cut to its first three paragraphs): every story a `div.article-main` with
/// an `h1` linked as the marks say, meta as the marks say, the body, share links as the
/// marks say, then inside it an `aside.related-coverage` of six cards (headline link,
/// excerpt, byline and date line, a "Read more" link); a "More stories" bar between.
fn related_outweighs(spec: &Spec) -> String {
    let m = spec.marks;
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"more-stories-bar\"><span>More stories</span></div>\n");
        }
        let mut cards = String::new();
        for k in 0..6 {
            let t = &spec.teasers[(i + k) % spec.teasers.len()];
            let _ = write!(
                cards,
                "<div class=\"rel-card\"><a class=\"rel-card__link\" href=\"{0}\"><h4 class=\"rel-card__title\">{1}</h4></a>\
                 <p class=\"rel-card__excerpt\">{2}. The full story has more on what comes next and what it means.</p>\
                 <p class=\"rel-card__meta\">By {3} · {4} · {5} min read</p><a class=\"rel-card__more\" href=\"{0}\">Read more</a></div>",
                attr(&t.path),
                esc(&t.title),
                esc(&t.excerpt),
                AUTHORS[(i + k) % AUTHORS.len()],
                s.date_text(),
                3 + k,
            );
        }
        let _ = writeln!(
            stream,
            "<div class=\"article-main\" data-article=\"{i}\"><div class=\"article-main__head\">{}<div class=\"article-main__meta\">{}</div></div>\n\
             <div class=\"article-main__body\">\n{}</div>\n{}\
             <aside class=\"related-coverage\"><h3>Related coverage</h3><div class=\"rel-grid\">{cards}</div></aside></div>",
            headline("h1", " class=\"article-main__title\"", s, m),
            meta_line("span", "article-main", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("article-main__share", s, m, false),
        );
    }
    let chrome = Chrome::named("header", "primary-nav", "right-rail", "footer", "privacy");
    let page = format!(
        "{}<div class=\"content\"><div class=\"article-feed\">\n{stream}</div>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Sections of a Korean news portal.
const KO_SECTIONS: [&str; 6] = ["정치", "경제", "사회", "생활/문화", "세계", "IT/과학"];

/// (172) A Korean news portal: every story a `div.media_end_head` header (the press's
/// logo, an unlinked `h2.media_end_head_headline`, the reporter as "<name> 기자", an
/// "입력" date line, an "기사원문" link to the story's address, its only address) then
/// a sibling `div.newsct_article` whose `article#dic_area` holds the body as `<br>` runs,
/// ending with the reporter's email and a "무단전재 및 재배포 금지" copyright line; both
/// inside a `div.newsct_wrapper`; between stories a "다음 기사" bar and a row of
/// reaction buttons.
fn ko_portal(spec: &Spec) -> String {
    let m = spec.marks;
    let unlinked = Marks {
        headline_link: false,
        ..m
    };
    let mut stream = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            stream.push_str("<div class=\"media_end_linked_more\"><span>다음 기사</span></div>\n");
        }
        let (y, mo, d) = s.date;
        let sec = KO_SECTIONS[(hash(&[&s.title]) % KO_SECTIONS.len() as u64) as usize];
        let reporter = if m.byline {
            format!(
                "<em class=\"media_end_head_journalist_name\">{} 기자</em>",
                s.author
            )
        } else {
            String::new()
        };
        let date = if m.date == DateMark::None {
            String::new()
        } else {
            format!(
                "<span class=\"media_end_head_info_datestamp_time\" data-date-time=\"{y}-{mo:02}-{d:02} 08:30:00\">입력 {y}.{mo:02}.{d:02}. 오전 8:30</span>"
            )
        };
        let style = BodyStyle {
            para: ParaStyle::Br,
            sub: "strong",
            fig: FigStyle::Div,
            class: String::new(),
        };
        let _ = writeln!(
            stream,
            "<div class=\"newsct_wrapper\" data-index=\"{i}\"><div class=\"media_end_head\">\
             <div class=\"media_end_head_top\"><a class=\"media_end_head_top_logo\" href=\"/press/{}\">{}</a><em class=\"media_end_categorize_item\">{sec}</em></div>\
             <div class=\"media_end_head_title\">{}</div>\
             <div class=\"media_end_head_journalist\">{reporter}</div>\
             <div class=\"media_end_head_info\">{date}<a class=\"media_end_head_origin_link\" href=\"{}\" target=\"_blank\">기사원문</a></div></div>\n\
             <div class=\"newsct_article\"><article id=\"dic_area\" class=\"go_trans _article_content\">\n{}\
             {}@{} <br>ⓒ {}, 무단전재 및 재배포 금지</article></div>\n\
             <div class=\"media_end_head_reaction\"><button>좋아요</button><button>훈훈해요</button><button>슬퍼요</button><button>화나요</button><button>후속기사 원해요</button></div></div>",
            spec.seed % 1000,
            esc(&spec.site),
            headline("h2", " class=\"media_end_head_headline\"", s, unlinked),
            attr(&s.url),
            body(&s.blocks, &style),
            slug(s.author),
            spec.host,
            esc(&spec.site),
        );
    }
    let chrome = Chrome::named("u_hc", "Ngnb", "newsct_aside", "footer", "u_cbox_notice");
    let page = format!(
        "{}<div id=\"ct_wrap\"><div id=\"ct\" class=\"newsct\">\n{stream}</div>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"ko\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Pages a printed multi-page article was split into.
const PRINT_PAGES: usize = 3;

/// (173) Control: a multi-page article printed whole (one story): an `h1` linked as the
/// marks say, meta as the marks say, then every page a `div.article-page` opening with a
/// "Page N of 3" header and the byline and date repeated (from the second page on, the
/// header an `h2`), its blocks, and a "Continued on page N+1" line; a pagination bar
/// (`?page=N` links) and share links as the marks say at the end.
fn single_multipage_print(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let parts = chunks(&s.blocks, PRINT_PAGES);
    let total = parts.len();
    let mut pages = String::new();
    for (k, part) in parts.iter().enumerate() {
        let n = k + 1;
        let _ = write!(pages, "<div class=\"article-page\" id=\"page-{n}\">");
        if n > 1 {
            let _ = write!(
                pages,
                "<div class=\"page-header\"><h2 class=\"page-number\">Page {n} of {total}</h2>\
                 <p class=\"page-byline\">{} · {}</p></div>",
                s.author,
                s.date_text()
            );
        }
        pages.push_str(&body(part, &BodyStyle::plain("h3")));
        if n < total {
            let _ = write!(
                pages,
                "<p class=\"page-continued\"><em>Continued on page {}</em></p>",
                n + 1
            );
        }
        pages.push_str("</div>\n");
    }
    let pager: String = (1..=total)
        .map(|n| format!("<a href=\"{}?page={n}\">{n}</a>", attr(&s.path)))
        .collect();
    let chrome = Chrome::named(
        "print-header",
        "print-nav",
        "print-rail",
        "print-footer",
        "cookie",
    );
    let page = format!(
        "{}<main class=\"print-view\"><article class=\"article article--print\">\
         <div class=\"article-header\">{}<div class=\"article-meta\">{}</div><p class=\"print-note\">Printed from {} · All pages</p></div>\n\
         {pages}<nav class=\"pagination\"><span>Pages:</span>{pager}<a href=\"{}?page=all\">View all</a></nav>\n{}</article></main>{}{}",
        chrome.header(spec),
        headline("h1", " class=\"article-title\"", s, m),
        meta_line("span", "article", s, m),
        esc(&spec.site),
        attr(&s.path),
        share_bar("article-share", s, m, false),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"print\"",
        &page,
    )
}

/// Words a paragraph of a Q&A may have to be printed as a question.
const QUESTION_WORDS: usize = 45;

/// (174) Control: a Q&A interview (one story): an `h1` linked as the marks say, meta as
/// the marks say, an intro paragraph, then every short paragraph a question `h3`
/// (`id="q-N"`, opening with a "#" anchor link to itself) and the rest answers, each
/// answer paragraph a `p` in a `div.qa-answer`; the story's subheadings as `h2`s; share
/// links as the marks say.
fn single_qa_anchors(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    let mut q = 0;
    for (k, block) in s.blocks.iter().enumerate() {
        match block {
            Block::Para(t) if k > 0 && tokens(t).len() <= QUESTION_WORDS => {
                q += 1;
                let _ = writeln!(
                    out,
                    "<h3 class=\"qa-question\" id=\"q-{q}\"><a class=\"qa-anchor\" href=\"#q-{q}\" aria-label=\"Link to this question\">#</a> {}</h3>",
                    esc(t)
                );
            }
            Block::Para(t) => {
                let _ = writeln!(out, "<div class=\"qa-answer\"><p>{}</p></div>", esc(t));
            }
            other => out.push_str(&body(std::slice::from_ref(other), &BodyStyle::plain("h2"))),
        }
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "site-rail",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}<main><article class=\"interview\"><header class=\"interview-header\"><span class=\"interview-label\">Q&amp;A</span>{}\
         <div class=\"interview-meta\">{}</div></header>\n<div class=\"interview-body\">\n{out}</div>\n{}</article></main>{}{}{}",
        chrome.header(spec),
        headline("h1", " class=\"interview-title\"", s, m),
        meta_line("span", "interview", s, m),
        share_bar("interview-share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 18

/// A page's host without its `www.`.
fn bare_host(spec: &Spec) -> &str {
    spec.host.trim_start_matches("www.")
}

/// The address the address bar of a mobile-first site holds for an appended story (story
/// `i`, never the first): the story's printed address in one of the forms routers and
/// tracking leave it in, one form per page.
fn visit_address_form(spec: &Spec, i: usize) -> String {
    let s = &spec.stories[i];
    let bare = bare_host(spec);
    match hash(&[&spec.seed.to_string(), "form"]) % 6 {
        0 => format!("https://m.{bare}{}", s.path),
        1 => format!("https://{bare}{}", s.path),
        2 => format!(
            "{}?utm_source=twitter&utm_medium=social&utm_campaign=share-bar",
            s.url
        ),
        3 if s.path.ends_with('/') => s.url.trim_end_matches('/').to_owned(),
        3 if !s.path.ends_with(".html") => format!("{}/", s.url),
        5 => format!("http://{}{}", spec.host, s.path),
        _ => format!("{}#xtor=RSS-3208", s.url),
    }
}

/// Gives the address a page is visited at when the page shows story `i` (never the first,
/// whose address is the canonical one).
type Revisit = fn(&Spec, usize) -> String;

/// Layouts of the eighteenth probe visited at addresses other than the ones their stories
/// print (the rest are visited at the printed ones).
const PROBE18_VISITS: [(&str, Revisit); 1] = [("visit-address-forms", visit_address_form)];

/// Persian words a Persian portal's slugs are made of.
const FA_SLUG_WORDS: [&str; 16] = [
    "گزارش",
    "اقتصاد",
    "بازار",
    "دولت",
    "مجلس",
    "تهران",
    "جهان",
    "فناوری",
    "ورزش",
    "فرهنگ",
    "انتخابات",
    "بودجه",
    "نفت",
    "سلامت",
    "دانشگاه",
    "محیط‌زیست",
];
/// Words of a Persian slug.
const FA_SLUG_LEN: usize = 4;
/// Sections of a Persian news portal, beside [`SECTIONS`].
const FA_SECTIONS: [&str; 8] = [
    "اخبار",
    "بین‌الملل",
    "فناوری",
    "فرهنگی",
    "علمی",
    "اقتصادی",
    "یادداشت",
    "ورزشی",
];

/// Digits as Persian digits.
fn fa_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x06F0 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// A path with every byte outside printable ASCII percent-encoded, in upper or lower case
/// hex digits.
fn percent_path(path: &str, upper: bool) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else if upper {
            let _ = write!(out, "%{b:02X}");
        } else {
            let _ = write!(out, "%{b:02x}");
        }
    }
    out
}

/// A story's news code on a Persian portal.
fn fa_code(s: &Story) -> u64 {
    3_000_000 + hash(&[&s.title, "fa-code"]) % 900_000
}

/// Readdresses a page's stories as `/fa/news/<jalali date>/<code>/<Persian slug>`, the
/// URL the path percent-encoded in upper case (as a browser's address bar holds it).
fn address_fa(spec: &mut Spec) {
    for s in &mut spec.stories {
        let (y, m, d) = s.date;
        let h = hash(&[&s.title, "fa-slug"]);
        let words: Vec<&str> = (0..FA_SLUG_LEN)
            .map(|k| FA_SLUG_WORDS[((h >> (k * 8)) % FA_SLUG_WORDS.len() as u64) as usize])
            .collect();
        s.path = format!(
            "/fa/news/{}/{:02}/{d:02}/{}/{}",
            y - 621,
            (m + 8) % 12 + 1,
            fa_code(s),
            words.join("-")
        );
        s.url = format!("https://{}{}", spec.host, percent_path(&s.path, true));
    }
}

/// Readdresses a page's stories as TYPO3 news records, `/news/detail/<uid>/`.
fn address_typo3(spec: &mut Spec) {
    for s in &mut spec.stories {
        s.path = format!("/news/detail/{}/", 1_000 + hash(&[&s.title, "uid"]) % 9_000);
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// A story's WordPress post id.
fn wp_post_id(s: &Story) -> u64 {
    100 + hash(&[&s.title, "wp-post"]) % 9_000
}

/// Readdresses a page's stories as WordPress plain permalinks, `/?p=<post id>`.
fn address_plain_permalink(spec: &mut Spec) {
    for s in &mut spec.stories {
        s.path = format!("/?p={}", wp_post_id(s));
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Layouts of the eighteenth probe whose stories have addresses of their own making.
const PROBE18_ADDRESSES: [(&str, Readdress); 3] = [
    ("fa-portal-encoded", address_fa),
    ("base-href-relative", address_typo3),
    ("query-id-permalinks", address_plain_permalink),
];

/// (175) A mobile-first news site whose address bar holds an appended story's address in
/// another form than the one it prints ([`visit_address_form`]: the `m.` host, no
/// `www.`, the landing page's `utm_` query carried along, a `#xtor=` fragment, the
/// trailing slash toggled, or `http:`): every story a `section.m-story` with a kicker, an
/// `h1` (the first) or `h2` linked to the story's absolute canonical address as the marks
/// say, meta as the marks say, the body `div.m-story__body`, share links as the marks say;
/// a "Next story" bar between stories; the head names the `m.` alternate.
fn visit_address_forms(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"m-next\"><span>Next story</span> <span aria-hidden=\"true\">↓</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let title = if m.headline_link {
            format!(
                "<{tag} class=\"m-story__title\"><a href=\"{}\">{}</a></{tag}>",
                attr(&s.url),
                esc(&s.title)
            )
        } else {
            format!("<{tag} class=\"m-story__title\">{}</{tag}>", esc(&s.title))
        };
        let _ = writeln!(
            feed,
            "<section class=\"m-story\" data-story=\"{i}\"><header class=\"m-story__head\"><span class=\"m-story__kicker\">{}</span>{title}\
             <div class=\"m-story__meta\">{}</div></header>\n<div class=\"m-story__body\">\n{}</div>\n{}</section>",
            capitalize(section_by_title(s)),
            meta_line("span", "m-story", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("m-story__share", s, m, false),
        );
    }
    let alternate = format!(
        "<link rel=\"alternate\" media=\"only screen and (max-width: 640px)\" href=\"https://m.{}{}\">\n",
        bare_host(spec),
        attr(&spec.first().path)
    );
    let chrome = Chrome::named("m-header", "m-menu", "m-more", "m-footer", "m-consent");
    let page = format!(
        "{}<div id=\"m-feed\" class=\"m-feed\">\n{feed}</div>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), &alternate),
        " class=\"mobile\"",
        &page,
    )
}

/// (176) A Persian news portal (right to left, Persian chrome and digits): every story a
/// `div.news-box` with a section label, an `h1` (the first) or `h2` linked to the story's
/// path as the marks say, a "کد خبر" news code and a Persian date as the marks say, the
/// reporter as the marks say, the body `div.story`, a tag list, a "لینک کوتاه" box (the
/// story's short link in a read-only `<input>`), share links as the marks say; the paths
/// carry a Persian slug ([`address_fa`]), printed raw on half the pages and
/// percent-encoded in lower case on the rest, while the address bar and the head hold
/// them percent-encoded in upper case; a "خبر بعدی" bar between stories.
fn fa_portal_encoded(spec: &Spec) -> String {
    let m = spec.marks;
    let raw = hash(&[&spec.seed.to_string(), "fa-raw"]) % 2 == 0;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"next-news\"><span>خبر بعدی</span></div>\n");
        }
        let href = if raw {
            s.path.clone()
        } else {
            percent_path(&s.path, false)
        };
        let tag = if i == 0 { "h1" } else { "h2" };
        let title = if m.headline_link {
            format!(
                "<{tag} class=\"title\"><a href=\"{}\">{}</a></{tag}>",
                attr(&href),
                esc(&s.title)
            )
        } else {
            format!("<{tag} class=\"title\">{}</{tag}>", esc(&s.title))
        };
        let (y, mo, d) = s.date;
        let jalali = fa_digits(&format!(
            "{}/{:02}/{d:02} - ۰۸:۳۰",
            y - 621,
            (mo + 8) % 12 + 1
        ));
        let date = match m.date {
            DateMark::Time => format!(
                "<time datetime=\"{}\" class=\"news-time\">{jalali}</time>",
                s.date_iso()
            ),
            DateMark::Text => format!("<span class=\"news-time\">تاریخ انتشار: {jalali}</span>"),
            DateMark::None => String::new(),
        };
        let reporter = if m.byline {
            format!("<span class=\"reporter\">خبرنگار: {}</span>", s.author)
        } else {
            String::new()
        };
        let section = FA_SECTIONS[(hash(&[&s.title]) % FA_SECTIONS.len() as u64) as usize];
        let tags: String = (0..3)
            .map(|k| {
                let w = FA_SLUG_WORDS[(fa_code(s) as usize + k * 5) % FA_SLUG_WORDS.len()];
                format!("<li><a href=\"/fa/tag/{w}\">{w}</a></li>")
            })
            .collect();
        let share = if m.share {
            let u = enc(&s.url);
            format!(
                "<div class=\"share-box\"><span>اشتراک‌گذاری</span><a href=\"https://t.me/share/url?url={u}\">تلگرام</a>\
                 <a href=\"https://twitter.com/intent/tweet?url={u}\">توییتر</a><a href=\"https://api.whatsapp.com/send?text={u}\">واتس‌اپ</a></div>"
            )
        } else {
            String::new()
        };
        let short = format!("https://{}/x/{}", bare_host(spec), opaque_id(s));
        let _ = writeln!(
            feed,
            "<div class=\"news-box\" data-code=\"{}\"><div class=\"news-head\"><span class=\"service\">{section}</span>{title}\
             <div class=\"news-info\"><span class=\"news-code\">کد خبر: {}</span>{date}{reporter}</div></div>\n\
             <div class=\"story\">\n{}</div>\n<div class=\"tags\"><span>برچسب‌ها:</span><ul>{tags}</ul></div>\n\
             <div class=\"short-link\"><span>لینک کوتاه:</span><input type=\"text\" readonly value=\"{}\"><button>کپی</button></div>{share}</div>",
            fa_code(s),
            fa_digits(&fa_code(s).to_string()),
            body(&s.blocks, &BodyStyle::plain("h3")),
            attr(&short),
        );
    }
    let nav: String = FA_SECTIONS
        .iter()
        .zip(SECTIONS)
        .map(|(fa, en)| format!("<li><a href=\"/fa/service/{en}\">{fa}</a></li>"))
        .collect();
    let latest: String = spec
        .teasers
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"/fa{}\">{}</a></li>",
                attr(&t.path),
                esc(&t.title)
            )
        })
        .collect();
    let page = format!(
        "<header class=\"site-header\"><a class=\"logo\" href=\"/fa\">{}</a><nav class=\"menu\"><ul><li><a href=\"/fa\">صفحه اصلی</a></li>{nav}</ul></nav>\
         <form action=\"/fa/search\"><input type=\"search\" name=\"query\" placeholder=\"جستجو\"><button>جستجو</button></form></header>\n\
         <div class=\"container\"><main class=\"news-column\">\n{feed}</main>\n\
         <aside class=\"side-column\"><div class=\"box\"><h3>آخرین اخبار</h3><ul>{latest}</ul></div></aside></div>\n\
         <footer class=\"site-footer\"><ul><li><a href=\"/fa/about\">درباره ما</a></li><li><a href=\"/fa/contact\">تماس با ما</a></li></ul>\
         <p>کلیه حقوق این سایت متعلق به {} است. استفاده از مطالب با ذکر منبع بلامانع است.</p></footer>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        " lang=\"fa\" dir=\"rtl\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"rtl\"",
        &page,
    )
}

/// (177) A TYPO3 news site whose head carries `<base href="/">` and whose stories link
/// themselves by relative paths with no leading slash (`news/detail/1234/`, TYPO3 news
/// records, [`address_typo3`]): every story a `div.news.news-single` whose
/// `div.header` holds an `h1` (the first) or `h3` linked by such a path whatever the
/// marks say, a `div.footer` of date and author as the marks say, a teaser `p.lead`
/// (the first paragraph), the body `div.news-text-wrap`, a Shariff share widget naming
/// no address (a script builds its links) and a "Back" link to `news/`; the menu's links
/// relative too; "Weitere Meldungen" between stories.
fn base_href_relative(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"news-separator\"><h4>Weitere Meldungen</h4></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h3" };
        let rel = s.path.trim_start_matches('/');
        let (lead, rest) = match s.blocks.split_first() {
            Some((Block::Para(t), rest)) => (format!("<p class=\"lead\">{}</p>", esc(t)), rest),
            _ => (String::new(), &s.blocks[..]),
        };
        let _ = writeln!(
            feed,
            "<div class=\"news news-single\"><div class=\"article\" itemscope=\"itemscope\" itemtype=\"http://schema.org/Article\">\
             <div class=\"header\"><{tag} itemprop=\"headline\"><a href=\"{}\" title=\"{}\">{}</a></{tag}></div>\
             <div class=\"footer\"><p>{}</p></div>\n<div class=\"teaser-text\" itemprop=\"description\">{lead}</div>\n\
             <div class=\"news-text-wrap\" itemprop=\"articleBody\">\n{}</div>\n\
             <div class=\"shariff\" data-services=\"[&quot;twitter&quot;,&quot;facebook&quot;,&quot;mail&quot;]\" data-lang=\"en\" data-mail-url=\"mailto:\"></div>\n\
             <div class=\"news-backlink-wrap\"><a href=\"news/\">Back</a></div></div></div>",
            attr(rel),
            attr(&s.title),
            esc(&s.title),
            meta_line("span", "news-list", s, m),
            body(rest, &BodyStyle::plain("h4")),
        );
    }
    let nav: String = SECTIONS
        .iter()
        .map(|sec| format!("<li><a href=\"{sec}/\">{}</a></li>", capitalize(sec)))
        .collect();
    let page = format!(
        "<div id=\"page\"><header id=\"header\"><a class=\"logo\" href=\"./\">{}</a><nav id=\"mainnav\"><ul><li><a href=\"./\">Home</a></li>{nav}</ul></nav></header>\n\
         <div id=\"content\" class=\"frame frame-default frame-type-news_pi1\"><div class=\"frame-inner\">\n{feed}</div></div>\n\
         <footer id=\"footer\"><ul><li><a href=\"imprint/\">Imprint</a></li><li><a href=\"privacy/\">Privacy</a></li></ul><p>© 2024 {}</p></footer></div>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    let extra = "<base href=\"/\">\n<meta name=\"generator\" content=\"TYPO3 CMS\">\n";
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), extra),
        " id=\"p42\"",
        &page,
    )
}

/// (178) Stories whose only address is the last crumb of their own breadcrumb trail: every
/// story an `article.story` opening with a `nav.breadcrumb` (a schema.org
/// `BreadcrumbList`: Home, the section, and the headline's first words linked to the
/// story), an unlinked `h1` (the first) or `h2`, meta as the marks say (the author
/// unlinked), the body `div.story-body`, and share buttons that name no address whatever
/// the marks say; a "Next story" bar between stories.
fn breadcrumb_permalink(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"next-story-bar\"><span>Next story</span></div>\n");
        }
        let section = section_by_title(s);
        let words = tokens(&s.title);
        let crumb = if words.len() > 6 {
            format!("{}…", words[..6].join(" "))
        } else {
            s.title.clone()
        };
        let item = |pos: usize, href: &str, name: &str| {
            format!(
                "<li itemprop=\"itemListElement\" itemscope itemtype=\"https://schema.org/ListItem\">\
                 <a itemprop=\"item\" href=\"{}\"><span itemprop=\"name\">{}</span></a><meta itemprop=\"position\" content=\"{pos}\"></li>",
                attr(href),
                esc(name)
            )
        };
        let trail = format!(
            "{}{}{}",
            item(1, "/", "Home"),
            item(2, &format!("/{section}/"), &capitalize(section)),
            item(3, &s.path, &crumb)
        );
        let tag = if i == 0 { "h1" } else { "h2" };
        let mut meta = String::new();
        if m.byline {
            let _ = write!(meta, "<span class=\"story-author\">By {}</span>", s.author);
        }
        match m.date {
            DateMark::Time => {
                let _ = write!(
                    meta,
                    "<time datetime=\"{}\">{}</time>",
                    s.date_iso(),
                    s.date_text()
                );
            }
            DateMark::Text => {
                let _ = write!(
                    meta,
                    "<span class=\"story-date\">Updated {}</span>",
                    s.date_text()
                );
            }
            DateMark::None => {}
        }
        let _ = writeln!(
            feed,
            "<article class=\"story\"><nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol itemscope itemtype=\"https://schema.org/BreadcrumbList\">{trail}</ol></nav>\
             <{tag} class=\"story-title\">{}</{tag}><div class=\"story-meta\">{meta}</div>\n<div class=\"story-body\">\n{}</div>\n\
             <div class=\"story-share\"><button data-network=\"whatsapp\">WhatsApp</button><button data-network=\"facebook\">Facebook</button><button data-network=\"copy\">Copy link</button></div></article>",
            esc(&s.title),
            body(&s.blocks, &BodyStyle::plain("h3")),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "site-widgets",
        "site-footer",
        "cmp-banner",
    );
    let page = format!(
        "{}<div class=\"page-wrap\"><main class=\"story-feed\">\n{feed}</main>{}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en-IN\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (179) A bi-directional stream: the reader scrolled up from the page's own story and
/// the story before it was loaded above, so story 2 comes first, then story 1 (the
/// page's), then the rest; every story a `div.story-frame` holding an `article` with an
/// `h1` linked as the marks say (one template, one level), meta as the marks say, the
/// body, share links as the marks say; a "Previous story" bar above the first and "Next
/// story" bars between the rest.
fn prepend_previous(spec: &Spec) -> String {
    let m = spec.marks;
    let n = spec.stories.len();
    let order: Vec<usize> = [1, 0].into_iter().chain(2..n).collect();
    let mut feed = String::new();
    for (k, &i) in order.iter().enumerate() {
        let s = &spec.stories[i];
        let label = match k {
            0 => "<div class=\"stream-bar stream-bar--prev\"><span>↑ Previous story</span></div>\n",
            1 => "",
            _ => "<div class=\"stream-bar stream-bar--next\"><span>Next story ↓</span></div>\n",
        };
        feed.push_str(label);
        let _ = writeln!(
            feed,
            "<div class=\"story-frame\" data-story-url=\"{}\"><article class=\"story\"><header class=\"story__header\">{}\
             <div class=\"story__meta\">{}</div></header>\n<div class=\"story__body\">\n{}</div>\n{}</article></div>",
            attr(&s.path),
            headline("h1", " class=\"story__title\"", s, m),
            meta_line("span", "story", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("story__share", s, m, false),
        );
    }
    let chrome = Chrome::named("header", "nav", "rail", "footer", "consent");
    let page = format!(
        "{}<main class=\"stream\" data-direction=\"both\">\n{feed}</main>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (180) A WordPress blog on plain permalinks ([`address_plain_permalink`]: every address
/// `/?p=<id>`, the same path): every post a `div.post.hentry` (`id="post-<id>"`) with an
/// `h2.entry-title` linked to the absolute permalink as the marks say, an `entry-meta`
/// of date and author as the marks say, the body `div.entry-content`, Jetpack share links
/// as the marks say (`/?p=<id>&share=twitter&nb=1`), and an `entry-utility` line with a
/// "Leave a comment" link to `/?p=<id>#respond`; no bar between posts.
fn query_id_permalinks(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for s in &spec.stories {
        let id = wp_post_id(s);
        let title = if m.headline_link {
            format!(
                "<h2 class=\"entry-title\"><a href=\"{}\" title=\"Permalink to {}\" rel=\"bookmark\">{}</a></h2>",
                attr(&s.url),
                attr(&s.title),
                esc(&s.title)
            )
        } else {
            format!("<h2 class=\"entry-title\">{}</h2>", esc(&s.title))
        };
        let share = if m.share {
            format!(
                "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3><ul>\
                 <li><a class=\"share-twitter\" href=\"{0}&amp;share=twitter&amp;nb=1\" target=\"_blank\">Twitter</a></li>\
                 <li><a class=\"share-facebook\" href=\"{0}&amp;share=facebook&amp;nb=1\" target=\"_blank\">Facebook</a></li>\
                 <li><a class=\"share-email\" href=\"{0}&amp;share=email&amp;nb=1\" target=\"_blank\">Email</a></li></ul></div>",
                attr(&s.url)
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            feed,
            "<div id=\"post-{id}\" class=\"post-{id} post type-post status-publish format-standard hentry category-uncategorized\">\
             {title}<div class=\"entry-meta\">{}</div>\n<div class=\"entry-content\">\n{}{share}</div>\n\
             <div class=\"entry-utility\">Posted in <a href=\"https://{}/?cat=1\" rel=\"category\">Uncategorized</a> | \
             <span class=\"comments-link\"><a href=\"{}#respond\">Leave a comment</a></span></div></div>",
            meta_line("span", "entry", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            spec.host,
            attr(&s.url),
        );
    }
    let page = format!(
        "<div id=\"wrapper\" class=\"hfeed\"><div id=\"header\"><div id=\"masthead\"><div id=\"branding\" role=\"banner\">\
         <div id=\"site-title\"><span><a href=\"https://{0}/\" rel=\"home\">{1}</a></span></div><div id=\"site-description\">Just another WordPress site</div></div>\
         <div id=\"access\" role=\"navigation\"><div class=\"menu\"><ul><li><a href=\"https://{0}/\">Home</a></li><li><a href=\"https://{0}/?page_id=2\">About</a></li></ul></div></div></div></div>\n\
         <div id=\"main\"><div id=\"container\"><div id=\"content\" role=\"main\">\n{feed}\
         <div id=\"nav-below\" class=\"navigation\"><div class=\"nav-previous\"><a href=\"https://{0}/?paged=2\"><span class=\"meta-nav\">←</span> Older posts</a></div></div></div></div>\n\
         <div id=\"primary\" class=\"widget-area\" role=\"complementary\"><ul class=\"xoxo\"><li class=\"widget-container widget_archive\"><h3 class=\"widget-title\">Archives</h3>\
         <ul><li><a href=\"https://{0}/?m=202405\">May 2024</a></li><li><a href=\"https://{0}/?m=202404\">April 2024</a></li></ul></li></ul></div></div>\n\
         <div id=\"footer\" role=\"contentinfo\"><div id=\"site-info\"><a href=\"https://{0}/\">{1}</a></div><div id=\"site-generator\">Proudly powered by WordPress.</div></div></div>\n",
        spec.host,
        esc(&spec.site),
    );
    document(
        " dir=\"ltr\" lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"single single-post\"",
        &page,
    )
}

/// (181) Control: a long article whose every section carries a self-anchor and share
/// links to its own `#fragment` (one story): an `h1` linked as the marks say, meta as the
/// marks say, the opening paragraphs, then every section a `section.article-section`
/// (`id="section-N"`) whose `h2` opens with a "¶" link to the page's absolute address
/// with `#section-N` and ends with a share row (X, Facebook, "Copy link") carrying that
/// address; share links as the marks say after the last.
fn single_section_share_anchors(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let mut out = String::new();
    let mut n = 0;
    for (title, part) in heading_sections(&s.blocks) {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        n += 1;
        let here = format!("{}#section-{n}", s.url);
        let u = enc(&here);
        let _ = writeln!(
            out,
            "<section class=\"article-section\" id=\"section-{n}\"><h2 class=\"section-title\"><a class=\"section-anchor\" href=\"{}\" aria-label=\"Link to this section\">¶</a> {}</h2>\n{}\
             <div class=\"section-share\"><span>Share this section</span><a href=\"https://twitter.com/intent/tweet?url={u}\">X</a>\
             <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\">Facebook</a><button data-clipboard-text=\"{}\">Copy link</button></div></section>",
            attr(&here),
            esc(title),
            body(part, &BodyStyle::plain("h3")),
            attr(&here),
        );
    }
    let chrome = Chrome::named("header", "nav", "aside", "footer", "consent");
    let page = format!(
        "{}<main><article class=\"longform\"><header class=\"longform-header\">{}<div class=\"longform-meta\">{}</div></header>\n\
         <div class=\"longform-body\">\n{out}</div>\n{}</article></main>{}{}{}",
        chrome.header(spec),
        headline("h1", " class=\"longform-title\"", s, m),
        meta_line("span", "longform", s, m),
        share_bar("longform-share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (182) Control: "The week in review" (one story): an `h1` linked as the marks say,
/// meta as the marks say, the opening paragraphs, then every section a
/// `div.wir-item` of one template: a weekday kicker, an `h3` (the section's heading)
/// linked to one of the site's own stories (a teaser's address), a "From the story by
/// <author>, <date>" line, the section's first paragraph as a `blockquote` and the rest
/// as the editor's paragraphs, a "Read the story" link to the same address; share links
/// as the marks say after the last item.
fn single_week_in_review(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let (y, mo, d) = s.date;
    let mut out = String::new();
    let mut k = 0;
    for (title, part) in heading_sections(&s.blocks) {
        let Some(title) = title else {
            out.push_str(&body(part, &BodyStyle::plain("h3")));
            continue;
        };
        let t = &spec.teasers[k % spec.teasers.len()];
        let author = AUTHORS[(spec.seed as usize + k) % AUTHORS.len()];
        let day = 1 + (d as usize + 27 - k % 7) % 28;
        let (quote, rest) = match part.split_first() {
            Some((Block::Para(q), rest)) => (
                format!(
                    "<blockquote class=\"wir-quote\"><p>{}</p></blockquote>",
                    esc(q)
                ),
                rest,
            ),
            _ => (String::new(), part),
        };
        let _ = writeln!(
            out,
            "<div class=\"wir-item\"><span class=\"wir-day\">{}</span><h3 class=\"wir-title\"><a href=\"{}\">{}</a></h3>\
             <p class=\"wir-source\">From the story by {author}, <time datetime=\"{y}-{mo:02}-{day:02}\">{} {day}</time></p>\n{quote}{}\
             <p class=\"wir-more\"><a href=\"{}\">Read the story →</a></p></div>",
            WEEKDAYS[k % WEEKDAYS.len()],
            attr(&t.path),
            esc(title),
            MONTHS[mo - 1],
            body(rest, &BodyStyle::plain("h4")),
            attr(&t.path),
        );
        k += 1;
    }
    let chrome = Chrome::named("masthead", "sections", "rail", "colophon", "consent");
    let page = format!(
        "{}<main><article class=\"week-in-review\"><header><span class=\"label\">The week in review</span>{}<div class=\"meta\">{}</div></header>\n\
         <div class=\"wir-body\">\n{out}</div>\n{}{}</article></main>{}{}{}",
        chrome.header(spec),
        headline("h1", " class=\"wir-headline\"", s, m),
        meta_line("span", "meta", s, m),
        newsletter("wir-signup", spec),
        share_bar("wir-share", s, m, false),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Agencies a photo essay credits.
const PHOTO_AGENCIES: [&str; 4] = ["Reuters", "AP", "Getty Images", "for the paper"];

/// (183) Control: a photo essay (one story): an `h1` linked as the marks say, meta as the
/// marks say, then every paragraph a `figure.essay-photo` (`id="photo-N"`): an image, an
/// "N / total" counter, the paragraph as its caption, a "Photograph: <name>, <agency>"
/// credit, a "Share this photo" link to the page's address under `?photo=N` and a "Buy a
/// print" link; the essay's headings as `h2`s and other blocks as they are between them;
/// share links as the marks say after the last photo.
fn single_photo_essay_queries(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let total = s
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Para(_)))
        .count();
    let mut out = String::new();
    let mut n = 0;
    for block in &s.blocks {
        let Block::Para(t) = block else {
            out.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h2")));
            continue;
        };
        n += 1;
        let shot = format!("{}?photo={n}", s.url);
        let _ = writeln!(
            out,
            "<figure class=\"essay-photo\" id=\"photo-{n}\"><img src=\"https://{}/photos/{}-{n}.jpg\" alt=\"\" loading=\"lazy\">\
             <span class=\"essay-count\">{n} / {total}</span><figcaption><p>{}</p>\
             <span class=\"essay-credit\">Photograph: {}, {}</span></figcaption>\
             <div class=\"essay-actions\"><a href=\"{}\">Share this photo</a> <a href=\"/prints/{}-{n}\">Buy a print</a></div></figure>",
            spec.host,
            slug(&s.title),
            esc(t),
            AUTHORS[(spec.seed as usize + n) % AUTHORS.len()],
            PHOTO_AGENCIES[n % PHOTO_AGENCIES.len()],
            attr(&shot),
            slug(&s.title),
        );
    }
    let chrome = Chrome::named("header", "nav", "aside", "footer", "consent");
    let page = format!(
        "{}<main><article class=\"photo-essay\"><header>{}<div class=\"meta\">{}</div></header>\n<div class=\"essay\">\n{out}</div>\n{}</article></main>{}{}",
        chrome.header(spec),
        headline("h1", " class=\"essay-title\"", s, m),
        meta_line("span", "meta", s, m),
        share_bar("essay-share", s, m, false),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"gallery\"",
        &page,
    )
}

// ------------------------------------------------------------------ probe 19

/// Latin letters (and digraphs, tried first) as the Cyrillic ones a Russian
/// transliteration comes from.
const CYRILLIC_OF_LATIN: [(&str, &str); 32] = [
    ("shch", "щ"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ya", "я"),
    ("yu", "ю"),
    ("a", "а"),
    ("b", "б"),
    ("c", "ц"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("w", "в"),
    ("y", "ы"),
    ("z", "з"),
];
/// Months in the genitive, as a Russian date prints them.
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A Latin headline in Cyrillic letters (its slug is then the headline transliterated
/// back): `x` stays as it is; capitals stay capitals.
fn cyrillic(title: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = title.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let rest: String = chars[k..].iter().take(4).collect::<String>().to_lowercase();
        match CYRILLIC_OF_LATIN
            .iter()
            .find(|(latin, _)| rest.starts_with(latin))
        {
            Some((latin, cyr)) => {
                if chars[k].is_uppercase() {
                    out.push_str(&cyr.to_uppercase());
                } else {
                    out.push_str(cyr);
                }
                k += latin.len();
            }
            None => {
                out.push(chars[k]);
                k += 1;
            }
        }
    }
    out
}

/// Readdresses a page's stories as a Russian portal does, `/news/YYYY/MM/DD/<slug>/`, the
/// slug the headline transliterated to Latin letters, and prints the headlines in
/// Cyrillic.
fn address_ru_translit(spec: &mut Spec) {
    for s in &mut spec.stories {
        let (y, m, d) = s.date;
        s.path = format!("/news/{y}/{m:02}/{d:02}/{}/", slug(&s.title));
        s.url = format!("https://{}{}", spec.host, s.path);
        s.title = cyrillic(&s.title);
    }
}

/// A story's numeric id on a site addressed by date and id.
fn numeric_id(s: &Story) -> u64 {
    1_000_000 + hash(&[&s.title, "numeric-id"]) % 9_000_000
}

/// Readdresses a page's stories as `/YYYY/MM/DD/<id>.html`.
fn address_date_id(spec: &mut Spec) {
    for s in &mut spec.stories {
        let (y, m, d) = s.date;
        s.path = format!("/{y}/{m:02}/{d:02}/{}.html", numeric_id(s));
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Layouts of the nineteenth probe whose stories have addresses of their own making.
const PROBE19_ADDRESSES: [(&str, Readdress); 2] = [
    ("ru-translit-slugs", address_ru_translit),
    ("date-id-disqus", address_date_id),
];

/// (184) A Russian news portal: Russian chrome, every story an `article.news-item` with a
/// rubric label, an `h1` (the first) or `h2` in Cyrillic linked to the story's path as
/// the marks say, the path's slug the headline transliterated to Latin letters
/// ([`address_ru_translit`]); a Russian date and the author as the marks say, the body
/// `div.news-item__text`, a "Поделиться" share row as the marks say, a "Читайте также"
/// list of two teasers; a "Следующая новость" bar between stories.
fn ru_translit_slugs(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"next-news\"><span>Следующая новость</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let (y, mo, d) = s.date;
        let date = match m.date {
            DateMark::Time => format!(
                "<time datetime=\"{}\">{d} {} {y}, 08:30</time>",
                s.date_iso(),
                RU_MONTHS[mo - 1]
            ),
            DateMark::Text => format!(
                "<span class=\"news-item__date\">{d} {} {y}, 08:30</span>",
                RU_MONTHS[mo - 1]
            ),
            DateMark::None => String::new(),
        };
        let author = if m.byline {
            format!(
                "<span class=\"news-item__author\">Автор: <a href=\"/author/{}\">{}</a></span>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let share = if m.share {
            let u = enc(&s.url);
            format!(
                "<div class=\"news-item__share\"><span>Поделиться</span>\
                 <a href=\"https://vk.com/share.php?url={u}\">ВКонтакте</a>\
                 <a href=\"https://t.me/share/url?url={u}\">Telegram</a>\
                 <a href=\"https://connect.ok.ru/offer?url={u}\">Одноклассники</a></div>\n"
            )
        } else {
            String::new()
        };
        let mut also = String::from("<div class=\"read-also\"><h4>Читайте также</h4><ul>");
        for t in spec.teasers.iter().skip(2 * i).take(2) {
            let _ = write!(
                also,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&t.path),
                esc(&cyrillic(&t.title))
            );
        }
        also.push_str("</ul></div>\n");
        let _ = writeln!(
            feed,
            "<article class=\"news-item\" data-index=\"{i}\"><div class=\"news-item__rubric\">Новости</div>{}\
             <div class=\"news-item__meta\">{date}{author}</div>\n<div class=\"news-item__text\">\n{}</div>\n{share}{also}</article>",
            headline(tag, " class=\"news-item__title\"", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
        );
    }
    let page = format!(
        "<header class=\"header\"><a class=\"logo\" href=\"/\">{}</a><nav class=\"menu\"><ul><li><a href=\"/news/\">Новости</a></li>\
         <li><a href=\"/politics/\">Политика</a></li><li><a href=\"/economy/\">Экономика</a></li><li><a href=\"/society/\">Общество</a></li>\
         <li><a href=\"/sport/\">Спорт</a></li><li><a href=\"/culture/\">Культура</a></li></ul></nav>\
         <form action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Поиск\"></form></header>\n\
         <main class=\"news-feed\">\n{feed}</main>\n\
         <footer class=\"footer\"><ul><li><a href=\"/about\">О проекте</a></li><li><a href=\"/contacts\">Контакты</a></li>\
         <li><a href=\"/privacy\">Политика конфиденциальности</a></li></ul><p>© 2024 {}. Все права защищены. 18+</p></footer>\n",
        esc(&spec.site),
        esc(&spec.site),
    );
    document(
        " lang=\"ru\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (185) A site addressed by date and numeric id (`/YYYY/MM/DD/<id>.html`,
/// [`address_date_id`]) whose stories never link themselves: every story a
/// `div.article[data-article-id]` (the id), a section label, an unlinked `h1` (the first)
/// or `h2`, meta as the marks say, the body `div.article-text`, share `<button>`s
/// carrying nothing, a comment counter `a[href="#disqus_thread"]` whose
/// `data-disqus-identifier` is "<id> https://host/?p=<id>"; the head's `<link
/// rel=shortlink>` names story 1 by `/?p=<id>`; an ad between stories.
fn date_id_disqus(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str(&ad_slot(spec, i));
        }
        let id = numeric_id(s);
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            feed,
            "<div class=\"article\" data-article-id=\"{id}\"><span class=\"section-label\">{}</span>\
             <{tag} class=\"article-title\">{}</{tag}><div class=\"article-meta\">{}</div>\n<div class=\"article-text\">\n{}</div>\n\
             <div class=\"article-tools\"><button class=\"share-fb\" data-network=\"facebook\">Facebook</button>\
             <button class=\"share-tw\" data-network=\"twitter\">Twitter</button>\
             <a href=\"#disqus_thread\" class=\"comment-count\" data-disqus-identifier=\"{id} https://{}/?p={id}\">Comments</a></div></div>",
            capitalize(section_by_title(s)),
            esc(&s.title),
            meta_line("span", "article-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            spec.host,
        );
    }
    let shortlink = format!(
        "<link rel=\"shortlink\" href=\"https://{}/?p={}\">\n",
        spec.host,
        numeric_id(spec.first())
    );
    let chrome = Chrome::named("site-header", "site-nav", "site-rail", "site-footer", "cmp");
    let page = format!(
        "{}<div id=\"content\" class=\"infinite-articles\">\n{feed}</div>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), &shortlink),
        "",
        &page,
    )
}

/// Blocks a story shows before its "read more" fold.
const FOLD_BLOCKS: usize = 3;

/// A story body cut after [`FOLD_BLOCKS`] blocks, the rest in a `hidden`,
/// `aria-hidden` block behind a "Read more" button, or in a closed `<details>`.
fn folded_body(blocks: &[Block], details: bool) -> String {
    let cut = FOLD_BLOCKS.min(blocks.len());
    let (shown, rest) = blocks.split_at(cut);
    let shown = body(shown, &BodyStyle::plain("h3"));
    let rest = body(rest, &BodyStyle::plain("h3"));
    if details {
        format!(
            "{shown}<details class=\"read-more\"><summary>Read the full story</summary>\n{rest}</details>\n"
        )
    } else {
        format!(
            "{shown}<button class=\"read-more-toggle\" aria-expanded=\"false\">Read more</button>\n\
             <div class=\"read-more-content\" hidden aria-hidden=\"true\">\n{rest}</div>\n"
        )
    }
}

/// (186) Stories cut after a few paragraphs: every story a `div.story-card` with an `h1`
/// (the first) or `h2` linked as the marks say, meta as the marks say, the body's first
/// blocks and the rest behind a fold ([`folded_body`]: a `hidden` `aria-hidden` block
/// after a "Read more" button on half the pages, a closed `<details>` on the rest), share
/// links as the marks say; a "Next article" divider between stories.
fn readmore_hidden(spec: &Spec) -> String {
    let m = spec.marks;
    let details = hash(&[&spec.seed.to_string(), "fold"]) % 2 == 0;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"next-divider\"><hr><span>Next article</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            feed,
            "<div class=\"story-card\">{}<div class=\"story-card__meta\">{}</div>\n<div class=\"story-card__body\">\n{}</div>\n{}</div>",
            headline(tag, " class=\"story-card__title\"", s, m),
            meta_line("span", "story-card__meta", s, m),
            folded_body(&s.blocks, details),
            share_bar("story-card__share", s, m, false),
        );
    }
    let chrome = Chrome::named("top", "menu", "side", "bottom", "consent");
    let page = format!(
        "{}<main class=\"stream\">\n{feed}</main>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (187) A magazine whose headlines are set as wordmark images: every story an
/// `article.feature` whose `h1` (the first) or `h2` holds only an `img.wordmark` whose
/// `alt` is the headline (linked to the story's path as the marks say), then a deck
/// `p.dek`, meta as the marks say, the body `div.feature-body`, share links as the marks
/// say; a full-width "Up next" band between stories.
fn wordmark_headline(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"up-next-band\"><span>Up next</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let img = format!(
            "<img class=\"wordmark\" src=\"/type/{}.svg\" alt=\"{}\" width=\"960\" height=\"220\">",
            slug(&s.title),
            attr(&s.title)
        );
        let title = if m.headline_link {
            format!(
                "<{tag} class=\"feature-title\"><a href=\"{}\">{img}</a></{tag}>",
                attr(&s.path)
            )
        } else {
            format!("<{tag} class=\"feature-title\">{img}</{tag}>")
        };
        let _ = writeln!(
            feed,
            "<article class=\"feature\"><header class=\"feature-head\">{title}\
             <p class=\"dek\">A {} feature, in {} minutes.</p><div class=\"feature-meta\">{}</div></header>\n\
             <div class=\"feature-body\">\n{}</div>\n{}</article>",
            section_by_title(s),
            4 + s.blocks.len() / 3,
            meta_line("span", "feature-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("feature-share", s, m, false),
        );
    }
    let chrome = Chrome::named(
        "mag-header",
        "mag-nav",
        "mag-aside",
        "mag-footer",
        "mag-consent",
    );
    let page = format!(
        "{}<main class=\"features\">\n{feed}</main>{}{}",
        chrome.header(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Cards of a recommendation widget.
const RECIRC_CARDS: usize = 6;

/// A Taboola/Outbrain-like widget: "You May Like", its first card the site's own next
/// story (`next`: its address and headline) when there is one, the rest off-site
/// sponsored cards (a teaser's headline and excerpt under another host, with the
/// advertiser's name).
fn recirc_widget(spec: &Spec, i: usize, next: Option<&Story>) -> String {
    let mut out = String::from(
        "<div class=\"trc_related_container\" data-placement=\"Below Article Thumbnails\"><div class=\"trc_header\">You May Like</div>\
         <div class=\"trc_rbox\">",
    );
    if let Some(n) = next {
        let _ = write!(
            out,
            "<div class=\"videoCube syndicatedItem organic\"><a class=\"item-thumbnail-href\" href=\"{}\"><span class=\"thumbBlock\"></span>\
             <span class=\"video-label video-title\">{}</span></a><span class=\"branding\">{}</span></div>",
            attr(&n.url),
            esc(&n.title),
            esc(&spec.site),
        );
    }
    for k in 0..RECIRC_CARDS - usize::from(next.is_some()) {
        let t = &spec.teasers[(i + k) % spec.teasers.len()];
        let partner =
            format!("{}-{}", SITE_WORDS[(i + k) % SITE_WORDS.len()], k + 1).to_lowercase();
        let _ = write!(
            out,
            "<div class=\"videoCube syndicatedItem\"><a class=\"item-thumbnail-href\" href=\"https://{partner}.example{}?utm_source=taboola&amp;utm_medium=referral\" target=\"_blank\" rel=\"nofollow sponsored\">\
             <span class=\"thumbBlock\"></span><span class=\"video-label video-title\">{}</span>\
             <span class=\"video-description\">{} — and what it means for you.</span></a>\
             <span class=\"branding\">Sponsored | {}</span></div>",
            attr(&t.path),
            esc(&t.title),
            esc(&t.excerpt),
            capitalize(&partner),
        );
    }
    out.push_str("</div></div>\n");
    out
}

/// (188) Recommendation widgets between stories: every story a
/// `div.article-body-wrapper` with an `h1` (the first) or `h2` linked as the marks say,
/// meta as the marks say, the body `div.article-text`, share links as the marks say;
/// after every story a Taboola-like "You May Like" widget ([`recirc_widget`]) whose
/// first card links the next story on the page by its address and headline and whose
/// other cards are off-site sponsored headlines with excerpts.
fn recirc_offsite_widget(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let tag = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            feed,
            "<div class=\"article-body-wrapper\">{}<div class=\"byline-block\">{}</div>\n<div class=\"article-text\">\n{}</div>\n{}</div>\n{}",
            headline(tag, " class=\"headline\"", s, m),
            meta_line("span", "byline-block", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share-tools", s, m, false),
            recirc_widget(spec, i, spec.stories.get(i + 1)),
        );
    }
    let chrome = Chrome::named(
        "global-header",
        "global-nav",
        "right-rail",
        "global-footer",
        "consent",
    );
    let page = format!(
        "{}<main id=\"main\">\n{feed}</main>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (189) Stories that link only their AMP version: every story a `div.post-wrap` with
/// an `h1` (the first) or `h2` linked, as the marks say, to the story's address with
/// `amp/` appended (or `?amp=1` when it ends otherwise than in `/`), meta as the marks
/// say, the body `div.post-content`, share links as the marks say carrying the same AMP
/// address; the head names story 1's `rel=amphtml`; a "Continue reading" rule between
/// stories.
fn amp_variant_links(spec: &Spec) -> String {
    let m = spec.marks;
    let amp = |s: &Story| {
        if s.url.ends_with('/') {
            format!("{}amp/", s.url)
        } else {
            format!("{}?amp=1", s.url)
        }
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"continue-rule\"><span>Continue reading</span></div>\n");
        }
        let tag = if i == 0 { "h1" } else { "h2" };
        let title = if m.headline_link {
            format!(
                "<{tag} class=\"post-title\"><a href=\"{}\">{}</a></{tag}>",
                attr(&amp(s)),
                esc(&s.title)
            )
        } else {
            format!("<{tag} class=\"post-title\">{}</{tag}>", esc(&s.title))
        };
        let share = if m.share {
            let u = enc(&amp(s));
            format!(
                "<div class=\"post-share\"><a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\">Facebook</a>\
                 <a href=\"https://twitter.com/intent/tweet?url={u}\">X</a>\
                 <a href=\"https://wa.me/?text={u}\">WhatsApp</a></div>\n"
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            feed,
            "<div class=\"post-wrap\">{title}<div class=\"post-meta\">{}</div>\n<div class=\"post-content\">\n{}</div>\n{share}</div>",
            meta_line("span", "post-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
        );
    }
    let amphtml = format!(
        "<link rel=\"amphtml\" href=\"{}\">\n",
        attr(&amp(spec.first()))
    );
    let chrome = Chrome::named("site-head", "site-menu", "widget-area", "site-foot", "gdpr");
    let page = format!(
        "{}<div id=\"primary\" class=\"content-area\">\n{feed}</div>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), &amphtml),
        "",
        &page,
    )
}

/// Blocks a forum page holds.
const THREAD_PAGE_BLOCKS: usize = 4;

/// (190) Control: a forum thread loaded page after page (one story): the thread's `h1`
/// title, then every loaded page a `div.thread-page[data-page=N]` opening with a "Page N
/// of M" bar (linked to `?page=N`) and the thread's title again as an `h2`, then its
/// posts, every block a post `article.message#post-K` (the poster, a `<time>`, a `#K`
/// link to the page's address with `#post-K`, the block as the post's text, "Like" and
/// "Reply" buttons), the story's headings as `h3`s in the posts.
fn single_thread_pages(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let pages: Vec<&[Block]> = s.blocks.chunks(THREAD_PAGE_BLOCKS).collect();
    let mut out = String::new();
    let mut k = 0;
    for (p, blocks) in pages.iter().enumerate() {
        let _ = writeln!(
            out,
            "<div class=\"thread-page\" data-page=\"{0}\"><div class=\"page-bar\"><a href=\"{1}?page={0}\">Page {0} of {2}</a></div>\
             <h2 class=\"thread-title-repeat\">{3}</h2>",
            p + 1,
            attr(&s.url),
            pages.len(),
            esc(&s.title),
        );
        for block in *blocks {
            k += 1;
            let _ = writeln!(
                out,
                "<article class=\"message\" id=\"post-{k}\"><div class=\"message-user\"><a href=\"/members/{0}\">{1}</a></div>\
                 <div class=\"message-attribution\"><time datetime=\"{2}\">{3}</time> <a href=\"{4}#post-{k}\">#{k}</a></div>\
                 <div class=\"message-body\">\n{5}</div><div class=\"message-actions\"><button>Like</button> <button>Reply</button></div></article>",
                slug(AUTHORS[(spec.seed as usize + k) % AUTHORS.len()]),
                AUTHORS[(spec.seed as usize + k) % AUTHORS.len()],
                s.date_iso(),
                s.date_text(),
                attr(&s.url),
                body(std::slice::from_ref(block), &BodyStyle::plain("h3")),
            );
        }
        out.push_str("</div>\n");
    }
    let chrome = Chrome::named("p-header", "p-nav", "p-sidebar", "p-footer", "notice");
    let page = format!(
        "{}<div class=\"p-body\"><div class=\"p-title\">{}<div class=\"p-description\">{}</div></div>\n\
         <div class=\"block-body js-replyNewMessageContainer\">\n{out}</div></div>{}{}",
        chrome.header(spec),
        headline("h1", " class=\"p-title-value\"", s, m),
        meta_line("span", "p-description", s, m),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (191) Control: a single article cut by a "read more" fold, then a recommendation
/// widget (one story): an `h1` linked as the marks say, meta as the marks say, the body
/// folded ([`folded_body`], a `<details>` or a `hidden` block by page), share links as
/// the marks say, then a Taboola-like widget of off-site sponsored headlines and
/// excerpts ([`recirc_widget`]).
fn single_readmore_widget(spec: &Spec) -> String {
    let s = spec.first();
    let m = spec.marks;
    let details = hash(&[&spec.seed.to_string(), "fold"]) % 2 == 0;
    let chrome = Chrome::named("header", "nav", "aside", "footer", "consent");
    let page = format!(
        "{}<main><article class=\"post\"><header>{}<div class=\"meta\">{}</div></header>\n<div class=\"post-body\">\n{}</div>\n{}</article>\n{}</main>{}{}{}",
        chrome.header(spec),
        headline("h1", " class=\"post-title\"", s, m),
        meta_line("span", "meta", s, m),
        folded_body(&s.blocks, details),
        share_bar("post-share", s, m, false),
        recirc_widget(spec, 0, None),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 20

/// The `<head>` of a page whose canonical and `og:url` name story 1 at addresses of the
/// layout's making, `extra` before its end.
fn head_at(spec: &Spec, canonical: &str, og_url: &str, extra: &str) -> String {
    let s = spec.first();
    format!(
        "<head>\n<meta charset=\"utf-8\">\n<title>{} | {}</title>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"canonical\" href=\"{}\">\n\
         <meta property=\"og:url\" content=\"{}\">\n\
         <meta property=\"og:title\" content=\"{}\">\n\
         <meta property=\"og:site_name\" content=\"{}\">\n\
         <meta property=\"og:type\" content=\"article\">\n\
         <link rel=\"stylesheet\" href=\"/assets/site.css\">\n{extra}</head>\n",
        esc(&s.title),
        esc(&spec.site),
        attr(canonical),
        attr(og_url),
        attr(&s.title),
        attr(&spec.site)
    )
}

/// Vowels and the Vietnamese letters (tone marks, breves, horns, circumflexes) a
/// Vietnamese headline spells them with.
const VI_VOWELS: [(char, &str); 6] = [
    ('a', "áàảãạăâấầậ"),
    ('e', "éèẻẽẹêếềệ"),
    ('o', "óòỏõọôơốồờ"),
    ('u', "úùủũụưứừ"),
    ('i', "íìỉĩị"),
    ('y', "ýỳỷỹỵ"),
];

/// A Latin headline as a Vietnamese one spells it: every word's first vowel marked (one
/// of the letters [`VI_VOWELS`] gives it, chosen by the word), some words' initial `d` as
/// `đ`. Its slug ([`slug`] of the unmarked headline) is the headline with the marks
/// stripped, as Vietnamese sites write theirs.
fn vietnamese(title: &str) -> String {
    let mut words = Vec::new();
    for word in title.split(' ') {
        let h = hash(&[word, "vi"]);
        let mut out = String::new();
        let mut marked = false;
        for (k, c) in word.chars().enumerate() {
            let lower = c.to_ascii_lowercase();
            if k == 0 && lower == 'd' && h % 3 == 0 {
                out.push(if c.is_uppercase() { 'Đ' } else { 'đ' });
                continue;
            }
            match VI_VOWELS.iter().find(|(v, _)| *v == lower) {
                Some((_, letters)) if !marked => {
                    marked = true;
                    let letters: Vec<char> = letters.chars().collect();
                    let m = letters[(h >> 8) as usize % letters.len()];
                    if c.is_uppercase() {
                        out.extend(m.to_uppercase());
                    } else {
                        out.push(m);
                    }
                }
                _ => out.push(c),
            }
        }
        words.push(out);
    }
    words.join(" ")
}

/// A Vietnamese portal's address of a story: `/<slug>-post<id>.html` (the slug the
/// headline without its marks).
fn vi_path(title: &str) -> String {
    format!(
        "/{}-post{}.html",
        slug(title),
        1_000_000 + hash(&[title, "vi-id"]) % 900_000
    )
}

/// Readdresses a page's stories as a Vietnamese portal does ([`vi_path`]) and prints
/// their headlines in Vietnamese letters ([`vietnamese`]).
fn address_vi(spec: &mut Spec) {
    for s in &mut spec.stories {
        s.path = vi_path(&s.title);
        s.url = format!("https://{}{}", spec.host, s.path);
        s.title = vietnamese(&s.title);
    }
}

/// Readdresses a page's stories as an AngularJS app with hashbang routes does:
/// `/#!/story/<id>/<slug>`.
fn address_hashbang(spec: &mut Spec) {
    for s in &mut spec.stories {
        s.path = format!(
            "/#!/story/{}/{}",
            10_000 + hash(&[&s.title, "ng-id"]) % 90_000,
            slug(&s.title)
        );
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Readdresses a page's stories as an ASP.NET WebForms site does,
/// `/News/ArticleDetails.aspx?ArticleID=<id>`; on half the pages the address bar holds
/// that address in lower case (as a lower-cased shared link leaves it: IIS and ASP.NET
/// read paths and query names in any case), the page printing it as written.
fn address_aspx(spec: &mut Spec) {
    let lower = hash(&[&spec.seed.to_string(), "aspx-case"]) % 2 == 0;
    for s in &mut spec.stories {
        s.path = format!("/News/ArticleDetails.aspx?ArticleID={}", numeric_id(s));
        s.url = format!("https://{}{}", spec.host, s.path);
        if lower {
            s.url = s.url.to_lowercase();
        }
    }
}

/// Readdresses a page's stories as a static host with "pretty URLs" serves a site
/// builder's export: the export links `/blog/<slug>.html` (or `/blog/<slug>/index.html`,
/// by page), the host redirects it to `/blog/<slug>` (or `/blog/<slug>/`), which the
/// address bar holds; [`exported_path`] gives the printed form back.
fn address_pretty(spec: &mut Spec) {
    let index = hash(&[&spec.seed.to_string(), "index-html"]) % 2 == 0;
    for s in &mut spec.stories {
        s.path = if index {
            format!("/blog/{}/", slug(&s.title))
        } else {
            format!("/blog/{}", slug(&s.title))
        };
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// The address a site builder's export prints for a story served at a pretty address
/// ([`address_pretty`]).
fn exported_path(s: &Story) -> String {
    if s.path.ends_with('/') {
        format!("{}index.html", s.path)
    } else {
        format!("{}.html", s.path)
    }
}

/// Readdresses a single article as its print view (WP-Print): `<permalink>print/`, or
/// `?print=1` when the permalink ends otherwise than in `/`; the path stays the
/// article's.
fn address_print(spec: &mut Spec) {
    for s in &mut spec.stories {
        s.url = if s.url.ends_with('/') {
            format!("{}print/", s.url)
        } else {
            format!("{}?print=1", s.url)
        };
    }
}

/// Layouts of the twentieth probe whose stories have addresses of their own making.
const PROBE20_ADDRESSES: [(&str, Readdress); 5] = [
    ("vi-portal-diacritics", address_vi),
    ("hashbang-spa", address_hashbang),
    ("aspx-webforms", address_aspx),
    ("webflow-pretty-urls", address_pretty),
    ("single-print-urls", address_print),
];

/// Vietnamese section names.
const VI_SECTIONS: [&str; 8] = [
    "Thời sự",
    "Thế giới",
    "Kinh doanh",
    "Công nghệ",
    "Giải trí",
    "Thể thao",
    "Sức khỏe",
    "Đời sống",
];

/// (192) A Vietnamese news portal: Vietnamese chrome, every story an
/// `article.the-article` (all of them with an `h1`, linked as the marks say) whose
/// headline is spelt in Vietnamese letters and whose address is `/<slug>-post<id>.html`,
/// the slug the headline with its marks stripped ([`address_vi`]); a category link, the
/// date as the marks say, the first paragraph as a bold summary, the body
/// `div.the-article-body`, the author's name at the end as the marks say, hashtags,
/// Facebook and Zalo (`data-href`) share buttons as the marks say, a "Đọc thêm" list of
/// two teasers; a "Bài tiếp theo" label between stories.
fn vi_portal_diacritics(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"next-article-label\"><span>Bài tiếp theo</span></div>\n");
        }
        let section = VI_SECTIONS[(hash(&[&s.title]) % VI_SECTIONS.len() as u64) as usize];
        let (y, mo, d) = s.date;
        let date = match m.date {
            DateMark::Time => format!(
                "<li class=\"the-article-publish\"><time datetime=\"{}\">08:30 {d}/{mo}/{y}</time></li>",
                s.date_iso()
            ),
            DateMark::Text => {
                format!("<li class=\"the-article-publish\">08:30 {d}/{mo}/{y} (GMT+7)</li>")
            }
            DateMark::None => String::new(),
        };
        let (summary, rest) = match s.blocks.split_first() {
            Some((Block::Para(t), rest)) => (
                format!(
                    "<p class=\"the-article-summary\"><strong>{}</strong></p>\n",
                    esc(t)
                ),
                rest,
            ),
            _ => (String::new(), &s.blocks[..]),
        };
        let credit = if m.byline {
            format!(
                "<p class=\"the-article-credit\"><strong class=\"author\">{}</strong></p>\n",
                s.author
            )
        } else {
            String::new()
        };
        let share = if m.share {
            format!(
                "<div class=\"social-share\"><a class=\"fb-share\" href=\"https://www.facebook.com/sharer/sharer.php?u={}\">Chia sẻ</a>\
                 <div class=\"zalo-share-button\" data-href=\"{}\" data-oaid=\"579745863508352884\" data-layout=\"2\" data-color=\"blue\"></div></div>\n",
                enc(&s.url),
                attr(&s.url)
            )
        } else {
            String::new()
        };
        let mut related = String::from("<div class=\"the-article-related\"><h3>Đọc thêm</h3><ul>");
        for t in spec.teasers.iter().skip(2 * i).take(2) {
            let _ = write!(
                related,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&vi_path(&t.title)),
                esc(&vietnamese(&t.title))
            );
        }
        related.push_str("</ul></div>\n");
        let _ = writeln!(
            feed,
            "<article class=\"the-article\" data-id=\"{}\"><header class=\"the-article-header\">\
             <p class=\"the-article-category\"><a class=\"parent_cate\" href=\"/{}.html\">{section}</a></p>{}\
             <ul class=\"the-article-meta\">{date}</ul></header>\n{summary}<div class=\"the-article-body\">\n{}</div>\n{credit}\
             <p class=\"the-article-tags\"><strong>Tags:</strong> <a class=\"tag-item\" href=\"/tieu-diem/{}.html\">#{section}</a> \
             <a class=\"tag-item\" href=\"/tieu-diem/tin-nong.html\">#tin nóng</a></p>\n{share}{related}</article>",
            s.path
                .trim_end_matches(".html")
                .rsplit("-post")
                .next()
                .unwrap_or_default(),
            slug(section_by_title(s)),
            headline("h1", " class=\"the-article-title\"", s, m),
            body(rest, &BodyStyle::plain("h3")),
            slug(section_by_title(s)),
        );
    }
    let mut nav = String::new();
    for (k, name) in VI_SECTIONS.iter().enumerate() {
        let _ = write!(
            nav,
            "<li><a href=\"/{}.html\">{name}</a></li>",
            SECTIONS[k % SECTIONS.len()]
        );
    }
    let page = format!(
        "<header class=\"site-header\"><a class=\"logo\" href=\"/\">{0}</a><nav class=\"category-menu\"><ul>{nav}</ul></nav>\
         <form action=\"/tim-kiem.html\"><input type=\"search\" name=\"q\" placeholder=\"Tìm kiếm\"></form></header>\n\
         <main class=\"main-content\">\n{feed}</main>\n\
         <footer class=\"site-footer\"><ul><li><a href=\"/gioi-thieu.html\">Giới thiệu</a></li><li><a href=\"/lien-he.html\">Liên hệ</a></li>\
         <li><a href=\"/quang-cao.html\">Quảng cáo</a></li></ul><p>© 2024 {0}. Giấy phép số 123/GP-BTTTT. Không được sao chép khi chưa có sự đồng ý.</p></footer>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"vi\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// The inline style WordPress' Auto Load Next Post gives the `<hr>` it puts before every
/// post it shows.
const ALNP_HR_STYLE: &str = "height: 0px !important; opacity: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 none !important;";

/// (193) A WordPress theme (Twenty Twenty-like) with Auto Load Next Post: every post the
/// theme's single template, an `article.post` with categories, an unlinked `h1.entry-title`,
/// meta as the marks say (the date linked to the post when the marks link headlines), the
/// body `div.entry-content`, share links as the marks say, an author box as the marks
/// say, the previous/next post navigation (the next post loaded below, the newer one
/// above or a post not on the page), a comment form; before every post the plugin's
/// invisible `<hr data-powered-by="alnp">` naming the post's `data-title` and `data-url`
/// (the first with `data-initial-post`).
fn alnp_sentinels(spec: &Spec) -> String {
    let m = spec.marks;
    let mut main = String::new();
    let n = spec.stories.len();
    for (i, s) in spec.stories.iter().enumerate() {
        let id = 100 + hash(&[&s.title, "wp-id"]) % 9_000;
        let section = section_by_title(s);
        let initial = if i == 0 {
            " data-initial-post=\"true\""
        } else {
            ""
        };
        let _ = writeln!(
            main,
            "<hr style=\"{ALNP_HR_STYLE}\" data-powered-by=\"alnp\"{initial} data-title=\"{}\" data-url=\"{}\">",
            attr(&s.title),
            attr(&s.url)
        );
        let mut meta = String::new();
        if m.byline {
            let _ = write!(
                meta,
                "<li class=\"post-author meta-wrapper\"><span class=\"meta-text\">By <a href=\"/author/{}/\">{}</a></span></li>",
                slug(s.author),
                s.author
            );
        }
        let date = match m.date {
            DateMark::Time => format!(
                "<time datetime=\"{}\">{}</time>",
                s.date_iso(),
                s.date_text()
            ),
            DateMark::Text => s.date_text(),
            DateMark::None => String::new(),
        };
        if !date.is_empty() {
            let date = if m.headline_link {
                format!("<a href=\"{}\">{date}</a>", attr(&s.path))
            } else {
                date
            };
            let _ = write!(
                meta,
                "<li class=\"post-date meta-wrapper\"><span class=\"meta-text\">{date}</span></li>"
            );
        }
        let bio = if m.byline {
            format!(
                "<div class=\"section-inner\"><div class=\"author-bio\"><div class=\"author-title-wrapper\"><h2 class=\"author-title heading-size-4\">By {0}</h2></div>\
                 <div class=\"author-description\"><p>{0} writes about {1} for {2}.</p><a class=\"author-link\" href=\"/author/{3}/\">View Archive <span aria-hidden=\"true\">→</span></a></div></div></div>\n",
                s.author,
                section,
                esc(&spec.site),
                slug(s.author)
            )
        } else {
            String::new()
        };
        // The next post loaded is the older one ("previous"); the newer one is the post
        // above, or one not on the page.
        let older = spec.stories.get(i + 1).map_or_else(
            || {
                let t = &spec.teasers[i % spec.teasers.len()];
                (t.path.clone(), t.title.clone())
            },
            |o| (o.path.clone(), o.title.clone()),
        );
        let newer = if i > 0 {
            let p = &spec.stories[i - 1];
            (p.path.clone(), p.title.clone())
        } else {
            let t = &spec.teasers[(n + 1) % spec.teasers.len()];
            (t.path.clone(), t.title.clone())
        };
        let _ = writeln!(
            main,
            "<article class=\"post-{id} post type-post status-publish format-standard hentry category-{section}\" id=\"post-{id}\">\n\
             <header class=\"entry-header has-text-align-center header-footer-group\"><div class=\"entry-header-inner section-inner medium\">\
             <div class=\"entry-categories\"><span class=\"screen-reader-text\">Categories</span><div class=\"entry-categories-inner\">\
             <a href=\"/category/{section}/\" rel=\"category tag\">{}</a></div></div>\
             <h1 class=\"entry-title\">{}</h1><div class=\"post-meta-wrapper post-meta-single post-meta-single-top\"><ul class=\"post-meta\">{meta}</ul></div>\
             </div></header>\n<div class=\"post-inner thin\"><div class=\"entry-content\">\n{}</div></div>\n{}{bio}\
             <nav class=\"pagination-single section-inner\" aria-label=\"Post\"><hr class=\"styled-separator is-style-wide\" aria-hidden=\"true\"><div class=\"pagination-single-inner\">\
             <a class=\"previous-post\" href=\"{}\"><span class=\"arrow\" aria-hidden=\"true\">←</span><span class=\"title\"><span class=\"title-inner\">{}</span></span></a>\
             <a class=\"next-post\" href=\"{}\"><span class=\"arrow\" aria-hidden=\"true\">→</span><span class=\"title\"><span class=\"title-inner\">{}</span></span></a>\
             </div></nav>\n\
             <div class=\"comments-wrapper section-inner\"><div id=\"respond\" class=\"comment-respond\"><h2 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h2>\
             <form action=\"/wp-comments-post.php\" method=\"post\" class=\"comment-form section-inner thin max-percentage\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>\
             <p class=\"comment-form-comment\"><label for=\"comment-{id}\">Comment</label> <textarea id=\"comment-{id}\" name=\"comment\"></textarea></p>\
             <input type=\"hidden\" name=\"comment_post_ID\" value=\"{id}\"><p class=\"form-submit\"><input type=\"submit\" value=\"Post Comment\"></p></form></div></div>\n</article>",
            capitalize(section),
            esc(&s.title),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("sharedaddy sd-sharing-enabled", s, m, false),
            attr(&older.0),
            esc(&older.1),
            attr(&newer.0),
            esc(&newer.1),
        );
    }
    let chrome = Chrome::named(
        "header-footer-group",
        "primary-menu-wrapper",
        "widget-area",
        "footer-widgets-outer-wrapper",
        "cookie-law-info-bar",
    );
    let page = format!(
        "{}<main id=\"site-content\" role=\"main\">\n{main}</main>\n{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    let id = 100 + hash(&[&spec.first().title, "wp-id"]) % 9_000;
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        &format!(
            " class=\"post-template-default single single-post postid-{id} single-format-standard\""
        ),
        &page,
    )
}

/// Newsrooms whose stories a site republishes: name and host.
const PARTNERS: [(&str, &str); 3] = [
    ("The Civic Exchange", "civicexchange.example"),
    ("Statehouse Wire", "statehousewire.example"),
    ("Open Newsroom", "opennewsroom.example"),
];

/// A republished story's partner (story 1 and every other appended story are
/// republished; the rest are the site's own).
fn partner_of(spec: &Spec, i: usize) -> Option<(&'static str, &'static str, String)> {
    if i % 2 == 1 {
        return None;
    }
    let (name, host) = PARTNERS[(spec.seed as usize + i) % PARTNERS.len()];
    let s = &spec.stories[i];
    let url = format!(
        "https://{host}/{}-{}",
        slug(&s.title),
        100_000 + hash(&[&s.title, "partner-id"]) % 900_000
    );
    Some((name, host, url))
}

/// (194) A regional site republishing other newsrooms' stories under a Creative
/// Commons licence: story 1 and every other appended story republished, the head's
/// canonical naming story 1's original on the partner's site (`og:url` the page's own
/// address on half the pages, the original on the rest); every story an `article.story`
/// with, when republished, the partner's logo and "Republished from" label, an `h1` (the
/// first) or `h2` linked to the story's own address as the marks say, the byline with
/// the partner's name, the body `div.story-body`, a note linking the original ("This
/// article is republished from … Read the original article.") and a counter pixel; share
/// links as the marks say; an ad between stories.
fn syndicated_canonical(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str(&ad_slot(spec, i));
        }
        let partner = partner_of(spec, i);
        let tag = if i == 0 { "h1" } else { "h2" };
        let (label, by, note) = match &partner {
            Some((name, host, url)) => (
                format!(
                    "<div class=\"story-partner\"><img src=\"https://{host}/logo.png\" alt=\"{name}\" width=\"120\" height=\"30\"><span>Republished from {name}</span></div>"
                ),
                format!("<span class=\"story-partner-name\">, {name}</span>"),
                format!(
                    "<p class=\"republish-note\"><em>This article is republished from <a href=\"{0}\">{1}</a> under a Creative Commons license. \
                     <a href=\"{0}\">Read the original article</a>.</em></p>\
                     <img src=\"https://counter.{2}/content/{3}/count.gif?distributor=republish-lightbox-basic\" alt=\"{1}\" width=\"1\" height=\"1\" \
                     style=\"border: none !important; box-shadow: none !important; margin: 0 !important; max-height: 1px !important; max-width: 1px !important; padding: 0 !important;\">\n",
                    attr(url),
                    name,
                    host,
                    url.rsplit('-').next().unwrap_or_default(),
                ),
            ),
            None => (String::new(), String::new(), String::new()),
        };
        let _ = writeln!(
            feed,
            "<article class=\"story{}\" id=\"story-{i}\">{label}{}<div class=\"story-byline\">{}{by}</div>\n\
             <div class=\"story-body\">\n{}</div>\n{note}{}</article>",
            if partner.is_some() {
                " story--republished"
            } else {
                ""
            },
            headline(tag, " class=\"story-headline\"", s, m),
            meta_line("span", "story-byline", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("story-share", s, m, false),
        );
    }
    let original = partner_of(spec, 0)
        .map(|(_, _, url)| url)
        .unwrap_or_default();
    let own_og = hash(&[&spec.seed.to_string(), "og"]) % 2 == 0;
    let og = if own_og {
        spec.first().url.clone()
    } else {
        original.clone()
    };
    let chrome = Chrome::named(
        "site-header",
        "site-nav",
        "site-sidebar",
        "site-footer",
        "consent",
    );
    let page = format!(
        "{}<main id=\"main\" class=\"story-stream\">\n{feed}</main>{}{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head_at(
            spec,
            &original,
            &og,
            &format!(
                "<meta name=\"original-source\" content=\"{}\">\n",
                attr(&original)
            ),
        ),
        "",
        &page,
    )
}

/// (195) An ASP.NET WebForms news site: the whole page one `<form id="aspnetForm">` with
/// `__VIEWSTATE`, a header table, the stories a repeater in an UpdatePanel, every story
/// a `div.ArticleContainer` with `ctl00_…` ids: a category `<span>`, the headline a
/// `<span>` in `div.ArticleTitle` (an `<a>` to `ArticleDetails.aspx?ArticleID=<id>` as the
/// marks say), a US date and the author in `<span>`s as the marks say, the body
/// `div.ArticleBody` in `<p>`s or `<div>`s by page, a "Print" link to
/// `PrintArticle.aspx?ArticleID=<id>`, an "Email" postback link and AddThis share
/// buttons (`addthis:url`) as the marks say; the site's own links relative to `/News/` or
/// from the root, by page; the address bar holds the story's address in lower case on
/// half the pages ([`address_aspx`]), the head's canonical built from that address; a
/// "Latest News" cell beside the stories, a "Load more news" postback link after them.
fn aspx_webforms(spec: &Spec) -> String {
    let m = spec.marks;
    let mut rng = spec.rng();
    let relative = rng.chance(50);
    let style = BodyStyle {
        para: if rng.chance(50) {
            ParaStyle::P
        } else {
            ParaStyle::Div
        },
        sub: "strong",
        fig: FigStyle::Div,
        class: String::new(),
    };
    let link = |page: &str, id: u64| {
        if relative {
            format!("{page}.aspx?ArticleID={id}")
        } else {
            format!("/News/{page}.aspx?ArticleID={id}")
        }
    };
    let mut items = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            items.push_str(
                "<div class=\"Separator\"><img src=\"/Images/sep.gif\" alt=\"\" width=\"100%\" height=\"1\"></div>\n",
            );
        }
        let id = numeric_id(s);
        let p = format!("ctl00_ContentPlaceHolder1_rptArticles_ctl{i:02}");
        let printed = format!("https://{}{}", spec.host, s.path);
        let title = if m.headline_link {
            format!(
                "<a id=\"{p}_hlTitle\" href=\"{}\">{}</a>",
                attr(&link("ArticleDetails", id)),
                esc(&s.title)
            )
        } else {
            format!("<span id=\"{p}_lblTitle\">{}</span>", esc(&s.title))
        };
        let mut meta = String::new();
        let (y, mo, d) = s.date;
        if m.date != DateMark::None {
            let _ = write!(
                meta,
                "<span id=\"{p}_lblDate\" class=\"ArticleDate\">{mo}/{d}/{y} 8:30:00 AM</span>"
            );
        }
        if m.byline {
            let _ = write!(
                meta,
                "<span id=\"{p}_lblAuthor\" class=\"ArticleAuthor\">By {}</span>",
                s.author
            );
        }
        let share = if m.share {
            format!(
                "<div class=\"addthis_toolbox addthis_default_style\" addthis:url=\"{}\" addthis:title=\"{}\">\
                 <a class=\"addthis_button_facebook\" href=\"https://www.facebook.com/sharer.php?u={}\">Facebook</a>\
                 <a class=\"addthis_button_twitter\"></a><a class=\"addthis_button_email\"></a><a class=\"addthis_button_compact\"></a></div>",
                attr(&printed),
                attr(&s.title),
                enc(&printed)
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            items,
            "<div id=\"{p}_pnlArticle\" class=\"ArticleContainer\">\
             <span id=\"{p}_lblCategory\" class=\"ArticleCategory\">{}</span>\
             <div class=\"ArticleTitle\">{title}</div><div class=\"ArticleInfo\">{meta}</div>\n\
             <div id=\"{p}_divBody\" class=\"ArticleBody\">\n{}</div>\n\
             <div class=\"ArticleTools\"><a id=\"{p}_lnkPrint\" href=\"{}\" target=\"_blank\"><img src=\"/Images/print.gif\" alt=\"\">Print</a> \
             <a id=\"{p}_lnkEmail\" href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$rptArticles$ctl{i:02}$lnkEmail','')\">Email to a friend</a>{share}</div></div>",
            capitalize(section_by_title(s)),
            body(&s.blocks, &style),
            attr(&link("PrintArticle", id)),
        );
    }
    let mut latest =
        String::from("<div class=\"SideBox\"><div class=\"SideBoxTitle\">Latest News</div><ul>");
    for t in &spec.teasers {
        let _ = write!(
            latest,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&link(
                "ArticleDetails",
                1_000_000 + hash(&[&t.title]) % 9_000_000
            )),
            esc(&t.title)
        );
    }
    latest.push_str("</ul></div>");
    let mut menu = String::from("<a href=\"/Default.aspx\">Home</a>");
    for (k, section) in SECTIONS.iter().enumerate() {
        let _ = write!(
            menu,
            " | <a href=\"/News/Category.aspx?CatID={}\">{}</a>",
            k + 1,
            capitalize(section)
        );
    }
    let viewstate: String = (0..4)
        .map(|k| format!("{:016x}", hash(&[&spec.seed.to_string(), &k.to_string()])))
        .collect();
    let first_id = numeric_id(spec.first());
    let page = format!(
        "<form method=\"post\" action=\"./ArticleDetails.aspx?ArticleID={first_id}\" id=\"aspnetForm\">\n\
         <div class=\"aspNetHidden\"><input type=\"hidden\" name=\"__EVENTTARGET\" id=\"__EVENTTARGET\" value=\"\">\
         <input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"/wEPDwUK{viewstate}\"></div>\n\
         <table id=\"ctl00_tblHeader\" class=\"Header\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>\
         <td class=\"LogoCell\"><a href=\"/Default.aspx\"><img src=\"/Images/logo.gif\" alt=\"{0}\"></a></td>\
         <td class=\"MenuCell\">{menu}</td></tr></table>\n\
         <table id=\"ctl00_tblMain\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td class=\"ContentCell\" valign=\"top\">\n\
         <div id=\"ctl00_ContentPlaceHolder1_UpdatePanel1\">\n{items}</div>\n\
         <div id=\"ctl00_ContentPlaceHolder1_pnlLoadMore\" class=\"LoadMore\"><a id=\"ctl00_ContentPlaceHolder1_lnkLoadMore\" \
         href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkLoadMore','')\">Load more news</a></div>\n\
         </td><td class=\"SideCell\" valign=\"top\" width=\"260\">{latest}</td></tr></table>\n\
         <div id=\"ctl00_pnlFooter\" class=\"Footer\"><a href=\"/AboutUs.aspx\">About Us</a> | <a href=\"/ContactUs.aspx\">Contact Us</a> | \
         <a href=\"/Privacy.aspx\">Privacy Policy</a><br>Copyright © 2024 {0}. All Rights Reserved.</div>\n\
         <div class=\"aspNetHidden\"><input type=\"hidden\" name=\"__EVENTVALIDATION\" id=\"__EVENTVALIDATION\" value=\"/wEdAAk{viewstate}\"></div>\n\
         <script type=\"text/javascript\">Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ContentPlaceHolder1$UpdatePanel1',''], [], [], 90, 'ctl00');</script>\n\
         </form>\n",
        esc(&spec.site),
    );
    // The page builds its canonical from the address it was asked for.
    let canonical = &spec.first().url;
    document("", &head_at(spec, canonical, canonical, ""), "", &page)
}

/// (196) An AngularJS 1 app routed by hashbang fragments ([`address_hashbang`]: every
/// story at `/#!/story/<id>/<slug>`, the head saying so with `<meta name=fragment>`): a
/// Bootstrap navbar of `#!/section/…` links, the stories an `ng-repeat` of `div.story`s
/// in the `ng-view` with `ng-` classes and comments, an `h1` (the first) or `h2` linked
/// by `href="#!/story/…"` (and `ng-href`) as the marks say, meta as the marks say, the
/// body `div[ng-bind-html]`, share links as the marks say, a "More in <section>" button;
/// a hidden "Loading more stories…" line after them.
fn hashbang_spa(spec: &Spec) -> String {
    let m = spec.marks;
    let mut list = String::from("<!-- ngRepeat: story in stories track by story.id -->\n");
    for (i, s) in spec.stories.iter().enumerate() {
        let tag = if i == 0 { "h1" } else { "h2" };
        let route = s.path.trim_start_matches('/');
        let title = if m.headline_link {
            format!(
                "<{tag} class=\"story-title ng-binding\"><a ng-href=\"#!/story/{{{{story.id}}}}/{{{{story.slug}}}}\" href=\"{}\">{}</a></{tag}>",
                attr(route),
                esc(&s.title)
            )
        } else {
            format!(
                "<{tag} class=\"story-title ng-binding\">{}</{tag}>",
                esc(&s.title)
            )
        };
        let section = section_by_title(s);
        let _ = writeln!(
            list,
            "<div class=\"story ng-scope\" ng-repeat=\"story in stories track by story.id\" id=\"story-{i}\">{title}\
             <p class=\"story-meta ng-binding\">{}</p>\n<div class=\"story-body ng-binding\" ng-bind-html=\"story.body | trusted\">\n{}</div>\n{}\
             <div class=\"story-footer\"><a class=\"btn btn-default\" href=\"#!/section/{section}\">More in {}</a></div></div>\
             <!-- end ngRepeat: story in stories track by story.id -->",
            meta_line("span", "story-meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("story-share", s, m, false),
            capitalize(section),
        );
    }
    let mut nav = String::new();
    for section in SECTIONS {
        let _ = write!(
            nav,
            "<li><a href=\"#!/section/{section}\">{}</a></li>",
            capitalize(section)
        );
    }
    let page = format!(
        "<div class=\"navbar navbar-inverse navbar-fixed-top\"><div class=\"container\"><a class=\"navbar-brand\" href=\"#!/\">{0}</a>\
         <ul class=\"nav navbar-nav\">{nav}</ul></div></div>\n\
         <div class=\"container ng-scope\" ng-view=\"\"><div class=\"story-list\" infinite-scroll=\"loadMore()\" infinite-scroll-distance=\"2\">\n{list}\
         <div class=\"loading ng-hide\" ng-show=\"busy\">Loading more stories…</div></div></div>\n\
         <footer class=\"footer\"><div class=\"container\"><p>© 2024 {0} · <a href=\"#!/about\">About</a> · <a href=\"#!/privacy\">Privacy</a></p></div></footer>\n\
         <script src=\"/js/angular.min.js\"></script><script src=\"/js/app.js\"></script>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\" ng-app=\"newsApp\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<meta name=\"fragment\" content=\"!\">\n",
        ),
        " ng-controller=\"AppCtrl\" class=\"ng-scope\"",
        &page,
    )
}

/// (197) A site builder's export (Webflow-like) on a static host with pretty URLs: the
/// export links every post as `/blog/<slug>.html` (or `…/index.html`), the address bar
/// holds `/blog/<slug>` (or `…/`, [`address_pretty`]), the head's canonical (from the
/// site's settings) too; generated class names (`heading-6`, `div-block-13`, `text-block-9`); story 1
/// the template's `h1` over a `w-richtext` body, the appended posts `w-dyn-item`s of a
/// "Keep reading" collection list loaded page after page (`fs-cmsload`), each an `h2`
/// in a link block as the marks say, date and author `div`s as the marks say, a
/// `w-richtext` body, icon-only share links as the marks say.
fn webflow_pretty_urls(spec: &Spec) -> String {
    let m = spec.marks;
    let share = |s: &Story| {
        if !m.share {
            return String::new();
        }
        let u = enc(&format!("https://{}{}", spec.host, exported_path(s)));
        format!(
            "<div class=\"div-block-21\"><a href=\"https://twitter.com/intent/tweet?url={u}\" target=\"_blank\" class=\"social-link w-inline-block\"><img src=\"/images/x.svg\" loading=\"lazy\" alt=\"\"></a>\
             <a href=\"https://www.linkedin.com/sharing/share-offsite/?url={u}\" target=\"_blank\" class=\"social-link w-inline-block\"><img src=\"/images/linkedin.svg\" loading=\"lazy\" alt=\"\"></a>\
             <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\" class=\"social-link w-inline-block\"><img src=\"/images/facebook.svg\" loading=\"lazy\" alt=\"\"></a></div>\n"
        )
    };
    let meta = |s: &Story| {
        let mut out = String::from("<div class=\"div-block-13\">");
        if m.date != DateMark::None {
            let _ = write!(out, "<div class=\"text-block-9\">{}</div>", s.date_text());
        }
        if m.byline {
            let _ = write!(out, "<div class=\"text-block-10\">{}</div>", s.author);
        }
        out.push_str("</div>");
        out
    };
    let s = spec.first();
    let first = format!(
        "<div class=\"section-3\"><div class=\"container-4 w-container\"><div class=\"div-block-12\"><a href=\"/blog.html\" class=\"link-7\">← All posts</a></div>\
         <h1 class=\"heading-6\">{}</h1>{}\n<div class=\"rich-text-block-2 w-richtext\">\n{}</div>\n{}</div></div>\n",
        esc(&s.title),
        meta(s),
        body(&s.blocks, &BodyStyle::plain("h3")),
        share(s),
    );
    let mut items = String::new();
    for s in spec.stories.iter().skip(1) {
        let title = if m.headline_link {
            format!(
                "<a href=\"{}\" class=\"link-block-4 w-inline-block\"><h2 class=\"heading-8\">{}</h2></a>",
                attr(&exported_path(s)),
                esc(&s.title)
            )
        } else {
            format!("<h2 class=\"heading-8\">{}</h2>", esc(&s.title))
        };
        let _ = writeln!(
            items,
            "<div role=\"listitem\" class=\"collection-item-2 w-dyn-item\">{title}{}\n<div class=\"rich-text-block-2 w-richtext\">\n{}</div>\n{}</div>",
            meta(s),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share(s),
        );
    }
    let page = format!(
        "<div data-collapse=\"medium\" data-animation=\"default\" data-duration=\"400\" role=\"banner\" class=\"navbar w-nav\"><div class=\"container w-container\">\
         <a href=\"/index.html\" class=\"brand w-nav-brand\"><img src=\"/images/logo.svg\" loading=\"lazy\" alt=\"{0}\"></a>\
         <nav role=\"navigation\" class=\"nav-menu w-nav-menu\"><a href=\"/index.html\" class=\"nav-link w-nav-link\">Home</a>\
         <a href=\"/about.html\" class=\"nav-link w-nav-link\">About</a><a href=\"/blog.html\" class=\"nav-link w-nav-link w--current\">Blog</a>\
         <a href=\"/contact.html\" class=\"nav-link w-nav-link\">Contact</a></nav><div class=\"menu-button w-nav-button\"><div class=\"w-icon-nav-menu\"></div></div></div></div>\n\
         {first}<div class=\"section-4\"><div class=\"container-4 w-container\"><h2 class=\"heading-7\">Keep reading</h2>\
         <div fs-cmsload-element=\"list\" fs-cmsload-mode=\"infinite\" class=\"w-dyn-list\"><div role=\"list\" class=\"collection-list-3 w-dyn-items\">\n{items}</div></div>\
         <div role=\"navigation\" aria-label=\"List\" class=\"w-pagination-wrapper\"><a href=\"?5f3a_page=2\" aria-label=\"Next Page\" class=\"w-pagination-next\">Next</a></div></div></div>\n\
         <div class=\"section-5\"><div class=\"container-4 w-container\"><h3 class=\"heading-9\">Subscribe to our newsletter</h3>\
         <div class=\"w-form\"><form name=\"email-form\" method=\"get\"><input type=\"email\" class=\"text-field w-input\" name=\"Email\" placeholder=\"Your email\">\
         <input type=\"submit\" value=\"Subscribe\" class=\"submit-button w-button\"></form></div></div></div>\n\
         <footer class=\"footer-2\"><div class=\"container w-container\"><div class=\"text-block-12\">© 2024 {0}</div></div></footer>\n\
         <a class=\"w-webflow-badge\" href=\"https://webflow.com?utm_campaign=brandjs\"><img src=\"/images/webflow-badge-text.svg\" alt=\"Made in Webflow\"></a>\n",
        esc(&spec.site),
    );
    let site_id = format!("{:012x}", spec.seed % 0xffff_ffff_ffff);
    // The site's settings give the canonical address, the pretty one.
    document(
        &format!(
            " data-wf-domain=\"{}\" data-wf-page=\"{site_id}a1\" data-wf-site=\"{site_id}00\"",
            spec.host
        ),
        &head(spec, rand_json_ld(spec), ""),
        " class=\"body-2\"",
        &page,
    )
}

/// (198) Control: a journal article page (one story): the journal's name and issue, an
/// `h1`, an author group with affiliations, the article's own DOI link, its history,
/// the abstract (the first paragraph) and keywords, the body in numbered `section`s
/// with `h2`s (an "Introduction" when the text opens without a heading), a numbered
/// reference list (other papers' authors, titles, DOI and Google Scholar links), then a
/// "Recommended articles" list with authors and snippets and a "Cited by" list.
fn single_journal_article(spec: &Spec) -> String {
    let s = spec.first();
    let section = section_by_title(s);
    let journal = format!("Journal of {} Studies", capitalize(section));
    let jslug = slug(&journal);
    let id = numeric_id(s);
    let (y, _, _) = s.date;
    let coauthors = [
        AUTHORS[(spec.seed as usize + 3) % AUTHORS.len()],
        AUTHORS[(spec.seed as usize + 7) % AUTHORS.len()],
    ];
    let mut authors = format!(
        "<a class=\"author\" href=\"/author/{}\">{}<sup>a</sup></a>",
        slug(s.author),
        s.author
    );
    for (k, a) in coauthors.iter().enumerate() {
        let _ = write!(
            authors,
            ", <a class=\"author\" href=\"/author/{}\">{a}<sup>{}</sup></a>",
            slug(a),
            ["a", "b"][k]
        );
    }
    let (abstract_, rest) = match s.blocks.split_first() {
        Some((Block::Para(t), rest)) => (
            format!(
                "<div class=\"abstract author\" id=\"abs0010\"><h2 class=\"section-title\">Abstract</h2><div><p>{}</p></div></div>\n",
                esc(t)
            ),
            rest,
        ),
        _ => (String::new(), &s.blocks[..]),
    };
    let mut sections = String::new();
    let mut n = 0;
    let mut open = false;
    for block in rest {
        if let Block::Heading(t) = block {
            if open {
                sections.push_str("</section>\n");
            }
            n += 1;
            let _ = writeln!(
                sections,
                "<section id=\"sec{n}\"><h2><span class=\"label\">{n}.</span> {}</h2>",
                esc(t)
            );
            open = true;
            continue;
        }
        if !open {
            n += 1;
            let _ = writeln!(
                sections,
                "<section id=\"sec{n}\"><h2><span class=\"label\">{n}.</span> Introduction</h2>"
            );
            open = true;
        }
        sections.push_str(&body(std::slice::from_ref(block), &BodyStyle::plain("h3")));
    }
    if open {
        sections.push_str("</section>\n");
    }
    let mut refs = String::new();
    for (k, t) in spec.teasers.iter().enumerate() {
        let a = AUTHORS[(spec.seed as usize + k) % AUTHORS.len()];
        let b = AUTHORS[(spec.seed as usize + k + 5) % AUTHORS.len()];
        let doi = format!(
            "10.{}/{}.{}",
            1000 + k * 17,
            slug(section),
            20_000 + k * 311
        );
        let _ = write!(
            refs,
            "<li id=\"bib{0}\"><span class=\"label\">[{0}]</span><div class=\"reference\">{a}, {b}. {1}. <em>{2} Review</em>, {3} ({4}), pp. {5}-{6}. \
             <a href=\"https://doi.org/{doi}\">View article</a> <a href=\"https://scholar.google.com/scholar_lookup?title={7}\">Google Scholar</a></div></li>",
            k + 1,
            esc(&t.title),
            capitalize(section),
            10 + k,
            y - 1 - k as u32 % 4,
            100 + 13 * k,
            112 + 13 * k,
            enc(&t.title),
        );
    }
    let mut recommended = String::new();
    for (k, t) in spec.teasers.iter().enumerate().take(4) {
        let _ = write!(
            recommended,
            "<li><a href=\"/science/article/pii/S{:016}\">{}</a><div class=\"authors\">{}</div><div class=\"snippet\">{}…</div></li>",
            hash(&[&t.title]) % 10_000_000_000_000_000,
            esc(&t.title),
            AUTHORS[(spec.seed as usize + k + 2) % AUTHORS.len()],
            esc(&t.excerpt)
        );
    }
    let mut cited = String::new();
    for t in spec.teasers.iter().skip(3) {
        let _ = write!(
            cited,
            "<li><a href=\"/science/article/pii/S{:016}\">{}</a> <span class=\"source\">{journal}, {}</span></li>",
            hash(&[&t.title, "cited"]) % 10_000_000_000_000_000,
            esc(&t.title),
            y + 1,
        );
    }
    let chrome = Chrome::named(
        "gh-header",
        "gh-nav",
        "gh-aside",
        "gh-footer",
        "cookie-banner",
    );
    let page = format!(
        "{}<div class=\"article-wrapper\"><article class=\"journal-article\" role=\"main\">\
         <div class=\"publication-title\"><a href=\"/journal/{jslug}\">{journal}</a>, Volume {}, Issue {}, {y}, {id}</div>\
         <h1 class=\"title-text\">{}</h1>\
         <div class=\"author-group\">{authors}<dl class=\"affiliation\"><dt><sup>a</sup></dt><dd>Department of {}, University of {}</dd>\
         <dt><sup>b</sup></dt><dd>Institute for {} Research, {}</dd></dl></div>\
         <div class=\"doi\"><a href=\"https://doi.org/10.1016/j.{jslug}.{y}.{id}\" target=\"_blank\" rel=\"noreferrer noopener\">https://doi.org/10.1016/j.{jslug}.{y}.{id}</a></div>\
         <div class=\"article-history\">Received {}, Accepted {}, Available online {}</div>\n\
         {abstract_}<div class=\"keywords-section\"><h2 class=\"section-title\">Keywords</h2><div class=\"keyword\"><span>{}</span></div>\
         <div class=\"keyword\"><span>Methods</span></div></div>\n<div class=\"Body\" id=\"body\"><div>\n{sections}</div></div>\n\
         <section class=\"bibliography\" id=\"references\"><h2 class=\"section-title\">References</h2><ol class=\"references\">{refs}</ol></section>\n\
         </article><aside class=\"related-content\"><h2>Recommended articles</h2><ul>{recommended}</ul>\
         <h2>Cited by ({})</h2><ul>{cited}</ul></aside></div>\n{}{}",
        chrome.header(spec),
        y - 2000,
        1 + spec.seed % 4,
        esc(&s.title),
        capitalize(section),
        SITE_WORDS[spec.seed as usize % SITE_WORDS.len()],
        capitalize(section),
        SITE_WORDS[(spec.seed as usize + 5) % SITE_WORDS.len()],
        s.date_text(),
        s.date_text(),
        s.date_text(),
        capitalize(section),
        spec.teasers.len().saturating_sub(3),
        chrome.footer(spec),
        chrome.cookie(),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (199) Control: a single article's print view (WP-Print, one story), addressed at
/// `<permalink>print/` or `?print=1` ([`address_print`]) while the head's canonical names
/// the article: the site's name and address centred, the headline a `p#BlogTitle`, a
/// "Posted By … On … In …" line, the body `div#BlogContent`, then after a rule "Article
/// printed from", "URL to article" (the article's address) and a numbered "URLs in this
/// post" list of the site's other stories' titles and addresses, a copyright line and a
/// "Click here to print" link.
fn single_print_urls(spec: &Spec) -> String {
    let s = spec.first();
    let article = format!("https://{}{}", spec.host, s.path);
    let section = section_by_title(s);
    let mut urls = String::new();
    for (k, t) in spec.teasers.iter().enumerate().take(4) {
        if k > 0 {
            urls.push_str("<br>\n");
        }
        let _ = write!(
            urls,
            "[{}] {}: <strong dir=\"ltr\">https://{}{}</strong>",
            k + 1,
            esc(&t.title),
            spec.host,
            esc(&t.path)
        );
    }
    let page = format!(
        "<p style=\"text-align: center;\"><strong>- {0} - https://{1} -</strong></p>\n\
         <div class=\"Center\"><div id=\"Outline\">\n<p id=\"BlogTitle\">{2}</p>\n\
         <p id=\"BlogDate\">Posted By <u>{3}</u> On {4} @ 8:30 am In <a href=\"https://{1}/category/{5}/\">{6}</a> | <a href=\"#Comment\">No Comments</a></p>\n\
         <div id=\"BlogContent\">\n{7}</div>\n</div></div>\n\
         <hr class=\"Divider\" style=\"text-align: center;\">\n\
         <p>Article printed from {0}: <strong dir=\"ltr\">https://{1}</strong></p>\n\
         <p>URL to article: <strong dir=\"ltr\">{8}</strong></p>\n\
         <p>URLs in this post:</p>\n<p>{urls}</p>\n\
         <p style=\"text-align: center;\">Copyright &copy; 2024 {0}. All rights reserved.</p>\n\
         <p style=\"text-align: center;\"><a href=\"#Print\" onclick=\"window.print(); return false;\" title=\"Click here to print.\">Click</a> here to print.</p>\n",
        esc(&spec.site),
        spec.host,
        esc(&s.title),
        s.author,
        s.date_text(),
        section,
        capitalize(section),
        body(&s.blocks, &BodyStyle::plain("h2")),
        esc(&article),
    );
    document(
        " lang=\"en-US\"",
        &head_at(
            spec,
            &article,
            &article,
            "<meta name=\"robots\" content=\"noindex, nofollow\">\n<style type=\"text/css\" media=\"screen, print\">Body { font-family: Verdana, Arial; }</style>\n",
        ),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 21

/// The capture time of a page's snapshot in a web archive (`YYYYMMDDhhmmss`).
fn capture_stamp(spec: &Spec) -> String {
    let h = hash(&[&spec.seed.to_string(), "capture"]);
    format!(
        "2024{:02}{:02}{:02}{:02}{:02}",
        1 + h % 12,
        1 + (h >> 8) % 28,
        (h >> 16) % 24,
        (h >> 24) % 60,
        (h >> 32) % 60
    )
}

/// A site path as a web archive's replay rewrites it: `/web/<stamp>/https://<host><path>`.
fn archived(spec: &Spec, path: &str) -> String {
    format!("/web/{}/https://{}{path}", capture_stamp(spec), spec.host)
}

/// Readdresses a page's stories as a web archive replays them: every address the
/// archive's, `https://web.archive.org/web/<stamp>/<original>`.
fn address_wayback(spec: &mut Spec) {
    let stamp = capture_stamp(spec);
    for s in &mut spec.stories {
        s.path = format!("/web/{stamp}/{}", s.url);
        s.url = format!("https://web.archive.org{}", s.path);
    }
}

/// A story's id in a TYPO3 site's news extension.
fn typo3_id(s: &Story) -> u64 {
    100 + hash(&[&s.title, "tx-news"]) % 9_900
}

/// The cache hash TYPO3 appends to a news link.
fn typo3_chash(s: &Story) -> String {
    format!(
        "{:032x}",
        u128::from(hash(&[&s.title, "chash"])) << 64 | u128::from(hash(&[&s.title, "chash2"]))
    )
}

/// Readdresses a page's stories as a TYPO3 site on the classic tt_news extension without
/// speaking URLs does:
/// `/index.php?id=45&tx_ttnews[tt_news]=<id>&tx_ttnews[backPid]=12&cHash=<hash>`, the
/// brackets percent-encoded in the address bar and printed raw in the page's links (the
/// path keeps the printed form).
fn address_tt_news(spec: &mut Spec) {
    for s in &mut spec.stories {
        let (id, chash) = (typo3_id(s), typo3_chash(s));
        s.path =
            format!("/index.php?id=45&tx_ttnews[tt_news]={id}&tx_ttnews[backPid]=12&cHash={chash}");
        s.url = format!(
            "https://{}/index.php?id=45&tx_ttnews%5Btt_news%5D={id}&tx_ttnews%5BbackPid%5D=12&cHash={chash}",
            spec.host
        );
    }
}

/// The asset publisher instance of a Liferay portal's news page.
fn liferay_instance(spec: &Spec) -> String {
    let h = hash(&[&spec.seed.to_string(), "portlet"]);
    let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    (0..12)
        .map(|i| alphabet[((h >> (i * 5)) % 62) as usize] as char)
        .collect()
}

/// Readdresses a page's stories as a Liferay portal's asset publisher does:
/// `/web/guest/news/-/asset_publisher/<instance>/content/<slug>` (what the address bar
/// holds); [`liferay_link`] gives the form its links print.
fn address_liferay(spec: &mut Spec) {
    let instance = liferay_instance(spec);
    for s in &mut spec.stories {
        s.path = format!(
            "/web/guest/news/-/asset_publisher/{instance}/content/{}",
            slug(&s.title)
        );
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// A Liferay link to a story as a cookieless first response prints it: the servlet's
/// `;jsessionid=` and the asset publisher's `redirect` back to the news page.
fn liferay_link(spec: &Spec, path: &str) -> String {
    let session = format!("{:016X}", hash(&[&spec.seed.to_string(), "jsession"]));
    let back = enc(&format!(
        "https://{}/web/guest/news?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{}&p_p_lifecycle=0",
        spec.host,
        liferay_instance(spec)
    ));
    format!("{path};jsessionid={session}?redirect={back}&inheritRedirect=true")
}

/// The host a translation proxy serves a site under (`www-site-example.translate.goog`).
fn proxy_host(host: &str) -> String {
    format!(
        "{}.translate.goog",
        host.replace('-', "--").replace('.', "-")
    )
}

/// The query a translation proxy keeps on every address it serves.
const PROXY_QUERY: &str = "_x_tr_sl=de&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp";

/// Readdresses a page's stories as a translation proxy serves them:
/// `https://<proxy host><path>?_x_tr_sl=de&…`, the links rewritten the same way.
fn address_proxy(spec: &mut Spec) {
    let host = proxy_host(&spec.host);
    for s in &mut spec.stories {
        s.url = format!("https://{host}{}?{PROXY_QUERY}", s.path);
        s.path.clone_from(&s.url);
    }
}

/// Layouts of the twenty-first probe whose stories have addresses of their own making.
const PROBE21_ADDRESSES: [(&str, Readdress); 4] = [
    ("wayback-snapshot", address_wayback),
    ("ttnews-query", address_tt_news),
    ("liferay-asset-publisher", address_liferay),
    ("translate-proxy", address_proxy),
];

/// (200) A news site's page as a web archive replays it: the archive's toolbar first
/// (`div#wm-ipp-base`: the captured address, the capture count and dates, a calendar of
/// years), then the site's page with every link rewritten to the archive
/// ([`address_wayback`]): a header, every story an `article.story` with an `h1` linked
/// as the marks say, meta and share links (the original address in their query) as the
/// marks say, the body `div.story-body`, a "More stories" list of two teasers.
fn wayback_snapshot(spec: &Spec) -> String {
    let m = spec.marks;
    let stamp = capture_stamp(spec);
    let original = spec
        .first()
        .path
        .trim_start_matches(&format!("/web/{stamp}/"))
        .to_owned();
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let mut more = String::from("<div class=\"more-stories\"><h3>More stories</h3><ul>");
        for t in spec.teasers.iter().skip(2 * i).take(2) {
            let _ = write!(
                more,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&archived(spec, &t.path)),
                esc(&t.title)
            );
        }
        more.push_str("</ul></div>");
        let _ = writeln!(
            feed,
            "<article class=\"story\">{}<div class=\"story-meta\">{}</div>\n<div class=\"story-body\">\n{}</div>\n{}{more}</article>",
            headline("h1", " class=\"story-title\"", s, m),
            meta_line("span", "story", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("story-share", s, m, false),
        );
    }
    let mut years = String::new();
    for y in 2019..=2024 {
        let _ = write!(
            years,
            "<a href=\"/web/{y}0601000000*/{}\">{y}</a> ",
            attr(&original)
        );
    }
    let toolbar = format!(
        "<div id=\"wm-ipp-base\" lang=\"en\" style=\"display:block;direction:ltr;\"><div id=\"wm-ipp\" style=\"position:fixed;left:0;top:0;right:0;\">\
         <div id=\"wm-logo\"><a href=\"/web/\" title=\"Wayback Machine home page\">Wayback Machine</a></div>\
         <form id=\"wm-ipp-url\" target=\"_top\" method=\"get\" action=\"/web/submit\"><input type=\"text\" name=\"url\" value=\"{0}\"></form>\
         <div id=\"wm-nav-captures\"><a class=\"t\" href=\"/web/{1}*/{0}\">{2} captures</a><div class=\"r\">01 Jan 2019 - 31 Dec 2024</div></div>\
         <div id=\"wm-graph\">{years}</div><div id=\"wm-btns\"><a href=\"https://archive.org/account/login\">Log in</a> <a href=\"#close\" title=\"Close the toolbar\">Close</a> <a href=\"https://help.archive.org/\">Help</a></div></div></div>\n\
         <!-- END WAYBACK TOOLBAR INSERT -->\n",
        attr(&original),
        &stamp[..4],
        12 + hash(&[&original]) % 400,
    );
    let mut nav = String::new();
    for section in SECTIONS {
        let _ = write!(
            nav,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&archived(spec, &format!("/{section}/"))),
            capitalize(section)
        );
    }
    let page = format!(
        "{toolbar}<header class=\"site-header\"><a class=\"logo\" href=\"{1}\">{0}</a><nav><ul>{nav}</ul></nav></header>\n\
         <main id=\"content\" class=\"infinite-stories\">\n{feed}</main>\n\
         <footer class=\"site-footer\"><p>© 2024 {0}. All rights reserved.</p><a href=\"{2}\">Privacy policy</a></footer>\n",
        esc(&spec.site),
        attr(&archived(spec, "/")),
        attr(&archived(spec, "/privacy")),
    );
    document(
        " lang=\"en\"",
        &head(
            spec,
            rand_json_ld(spec),
            "<script src=\"//archive.org/includes/athena.js\" type=\"text/javascript\"></script>\n\
             <script type=\"text/javascript\">window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={\"autoplay\":\"on\"};</script>\n\
             <link rel=\"stylesheet\" type=\"text/css\" href=\"/_static/css/banner-styles.css\">\n<!-- End Wayback Rewrite JS Include -->\n",
        ),
        "",
        &page,
    )
}

/// (201) A German municipal site on an old TYPO3 with the classic tt_news extension and
/// no speaking URLs: German chrome in `div#col1`/`div#col2`, content elements
/// `div.csc-default`, every story tt_news' single view (`div.news-single-item`: a
/// `div.news-single-rightbox` with the date and category as the marks say, the headline
/// an `h1` linked as the marks say, the first paragraph as the `h2` subheader, the body's
/// paragraphs `p.bodytext`, the author as the marks say, share links as they say, an
/// `hr.cl-right`, a "Zurück" link and related news), a "Weitere Meldungen" heading
/// between stories. Addresses are query strings ([`address_tt_news`]).
fn ttnews_query(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"csc-default\"><div class=\"csc-header\"><h1 class=\"csc-firstHeader\">Weitere Meldungen</h1></div></div>\n");
        }
        let (y, mo, d) = s.date;
        let date = if m.date == DateMark::None {
            String::new()
        } else {
            format!("{d:02}.{mo:02}.{y} 08:30<br>")
        };
        let (subheader, rest) = match s.blocks.split_first() {
            Some((Block::Para(t), rest)) => (format!("<h2>{}</h2>\n", esc(t)), rest),
            _ => (String::new(), &s.blocks[..]),
        };
        let author = if m.byline {
            format!("<p class=\"news-single-author\">Von: {}</p>\n", s.author)
        } else {
            String::new()
        };
        let mut related =
            String::from("<dl class=\"news-single-related\"><dt>Weitere Meldungen:</dt>");
        for t in spec.teasers.iter().skip(2 * i).take(2) {
            let _ = write!(
                related,
                "<dd><a href=\"{}\">{}</a></dd>",
                attr(&format!(
                    "/index.php?id=45&tx_ttnews[tt_news]={}&tx_ttnews[backPid]=12",
                    100 + hash(&[&t.title, "tx-news"]) % 9_900
                )),
                esc(&t.title)
            );
        }
        related.push_str("</dl>");
        let style = BodyStyle {
            class: "bodytext".into(),
            ..BodyStyle::plain("h3")
        };
        let _ = writeln!(
            feed,
            "<div class=\"csc-default\" id=\"c{}\"><div class=\"news-single-item\"><div class=\"news-single-rightbox\">{date}{}</div>\n{}\n{subheader}\
             {}{author}{}<hr class=\"cl-right\"><div class=\"news-single-backlink\"><a href=\"/index.php?id=12\">&lt;- Zurück zu: Aktuelles</a></div>{related}</div></div>",
            200 + i,
            capitalize(section_by_title(s)),
            headline("h1", "", s, m),
            body(rest, &style),
            share_bar("news-single-share", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"page\"><div id=\"header\"><a class=\"logo\" href=\"/index.php?id=1\">{0}</a><ul id=\"menu\"><li><a href=\"/index.php?id=1\">Startseite</a></li>\
         <li class=\"act\"><a href=\"/index.php?id=12\">Aktuelles</a></li><li><a href=\"/index.php?id=20\">Rathaus</a></li><li><a href=\"/index.php?id=30\">Leben &amp; Wohnen</a></li>\
         <li><a href=\"/index.php?id=40\">Kontakt</a></li></ul></div>\n\
         <div id=\"col1\"><ul class=\"submenu\"><li><a href=\"/index.php?id=12\">Pressemitteilungen</a></li><li><a href=\"/index.php?id=13\">Veranstaltungen</a></li>\
         <li><a href=\"/index.php?id=14\">Amtsblatt</a></li></ul></div>\n\
         <div id=\"col2\"><!--TYPO3SEARCH_begin-->\n{feed}<!--TYPO3SEARCH_end--></div>\n\
         <div id=\"footer\"><a href=\"/index.php?id=50\">Impressum</a> | <a href=\"/index.php?id=51\">Datenschutz</a> | © 2024 {0}</div></div>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"de\"",
        &head(
            spec,
            false,
            "<meta name=\"generator\" content=\"TYPO3 4.5 CMS\">\n",
        ),
        "",
        &page,
    )
}

/// (202) A section front with the story open in an overlay: the front's grid of cards
/// first (the page's stories and teasers, each a linked `h3` and a one-line excerpt),
/// the footer, then (as an app's portal puts it, last in the body) a
/// `div[role=dialog][aria-modal]` with a close link, story 1 and the stories appended
/// below it inside the overlay, each a `div.overlay-story` with an `h1` linked as the
/// marks say, meta and share links as they say.
fn modal_over_front(spec: &Spec) -> String {
    let m = spec.marks;
    let mut cards = String::new();
    let mut entries: Vec<(String, String, String)> = spec
        .stories
        .iter()
        .map(|s| (s.path.clone(), s.title.clone(), lede(s, 12)))
        .collect();
    entries.extend(
        spec.teasers
            .iter()
            .map(|t| (t.path.clone(), t.title.clone(), t.excerpt.clone())),
    );
    entries.sort_by_key(|(p, _, _)| hash(&[p.as_str(), "card"]));
    for (path, title, excerpt) in &entries {
        let _ = writeln!(
            cards,
            "<div class=\"card\"><a class=\"card-link\" href=\"{}\"><h3 class=\"card-title\">{}</h3></a><p class=\"card-dek\">{}…</p></div>",
            attr(path),
            esc(title),
            esc(excerpt)
        );
    }
    let mut overlay = String::new();
    for s in &spec.stories {
        let _ = writeln!(
            overlay,
            "<div class=\"overlay-story\">{}<div class=\"overlay-meta\">{}</div>\n<div class=\"overlay-body\">\n{}</div>\n{}</div>",
            headline("h1", "", s, m),
            meta_line("span", "overlay", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("overlay-share", s, m, false),
        );
    }
    let chrome = Chrome::named("site-header", "site-nav", "rail", "site-footer", "consent");
    let section = capitalize(section_by_title(spec.first()));
    let page = format!(
        "{}<main class=\"front\"><h1 class=\"front-title\">{section}</h1><div class=\"card-grid\">\n{cards}</div>\
         <a class=\"load-more\" href=\"?page=2\">Load more</a></main>\n{}\
         <div id=\"portal-root\"><div class=\"overlay-backdrop\"></div><div class=\"story-overlay\" role=\"dialog\" aria-modal=\"true\" aria-label=\"Story\">\
         <a class=\"overlay-close\" href=\"/{}/\" aria-label=\"Close\">×</a><div class=\"overlay-scroll\">\n{overlay}</div></div></div>\n",
        chrome.header(spec),
        chrome.footer(spec),
        section_by_title(spec.first()),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"has-overlay\"",
        &page,
    )
}

/// (203) A site whose infinite scroll appends every next story's whole fetched page:
/// each appended `div.page-load` holds what that page's document held, its `<title>`,
/// canonical `<link>` and `og:` metas (kept in the body where they stand), the site's
/// header and navigation again, a breadcrumb, the story (`article` with an `h1` linked
/// as the marks say, meta, body, share links as they say), a "Popular" rail and the
/// footer; story 1 is the page's own, set the same way without the wrapper.
fn whole_page_append(spec: &Spec) -> String {
    let m = spec.marks;
    let chrome = Chrome::named(
        "masthead",
        "primary-nav",
        "popular-rail",
        "colophon",
        "gdpr",
    );
    let mut out = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let section = section_by_title(s);
        let story = format!(
            "{}<ul class=\"crumbs\"><li><a href=\"/\">Home</a></li><li><a href=\"/{section}/\">{}</a></li></ul>\n\
             <div class=\"wrap\"><article class=\"post\">{}<p class=\"post-meta\">{}</p>\n<div class=\"post-content\">\n{}</div>\n{}</article>\n{}</div>\n{}",
            chrome.header(spec),
            capitalize(section),
            headline("h1", " class=\"post-title\"", s, m),
            meta_line("span", "post", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("post-share", s, m, false),
            chrome.sidebar(spec),
            chrome.footer(spec),
        );
        if i == 0 {
            out.push_str(&story);
        } else {
            let _ = writeln!(
                out,
                "<div class=\"page-load\">\n<title>{} | {}</title>\n<link rel=\"canonical\" href=\"{}\">\n\
                 <meta property=\"og:url\" content=\"{}\">\n<meta property=\"og:title\" content=\"{}\">\n{story}</div>",
                esc(&s.title),
                esc(&spec.site),
                attr(&s.url),
                attr(&s.url),
                attr(&s.title),
            );
        }
    }
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &out,
    )
}

/// (204) A Liferay portal's news page: the portal's chrome (`#banner`, the navigation,
/// `portlet-boundary` wrappers with portlet titles), every story an asset publisher's
/// full content (`div.asset-full-content`) with the title in `h3.header-title` (a
/// `span` inside, linked as the marks say), the date and author as they say, the body
/// `div.journal-content-article`, share links as they say, the asset's "Back" link;
/// the links print the servlet's `;jsessionid=` and the publisher's `redirect` query
/// ([`liferay_link`]), the address bar holds the clean address ([`address_liferay`]).
fn liferay_asset_publisher(spec: &Spec) -> String {
    let m = spec.marks;
    let instance = liferay_instance(spec);
    let mut feed = String::new();
    for s in &spec.stories {
        let title = if m.headline_link {
            format!(
                "<h3 class=\"header-title\"><span><a href=\"{}\">{}</a></span></h3>",
                attr(&liferay_link(spec, &s.path)),
                esc(&s.title)
            )
        } else {
            format!(
                "<h3 class=\"header-title\"><span>{}</span></h3>",
                esc(&s.title)
            )
        };
        let _ = writeln!(
            feed,
            "<div class=\"asset-full-content clearfix default-asset-publisher show-asset-title\">\
             <div class=\"taglib-header\"><span class=\"header-back-to\"><a class=\"icon-circle-arrow-left previous-level\" href=\"{}\" title=\"Back\"><span class=\"helper-hidden-accessible\">Back</span></a></span>{title}</div>\
             <div class=\"asset-metadata\">{}</div>\n<div class=\"asset-content\"><div class=\"journal-content-article\" data-analytics-asset-id=\"{}\">\n{}</div></div>\n{}</div>",
            attr(&format!("/web/guest/news?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{instance}")),
            meta_line("span", "metadata-entry", s, m),
            100_000 + hash(&[&s.title, "asset"]) % 900_000,
            body(&s.blocks, &BodyStyle::plain("h4")),
            share_bar("taglib-social-bookmarks", s, m, false),
        );
    }
    let page = format!(
        "<div class=\"container-fluid\" id=\"wrapper\"><header id=\"banner\" role=\"banner\"><div id=\"heading\"><h1 class=\"site-title\">\
         <a class=\"logo custom-logo\" href=\"/web/guest\" title=\"Go to {0}\"><span class=\"site-name\">{0}</span></a></h1></div>\
         <nav class=\"sort-pages modify-pages\" id=\"navigation\" role=\"navigation\"><ul aria-label=\"Site Pages\" role=\"menubar\">\
         <li><a href=\"/web/guest/home\" role=\"menuitem\"><span>Home</span></a></li><li class=\"selected\"><a href=\"/web/guest/news\" role=\"menuitem\"><span>News</span></a></li>\
         <li><a href=\"/web/guest/services\" role=\"menuitem\"><span>Services</span></a></li><li><a href=\"/web/guest/about\" role=\"menuitem\"><span>About</span></a></li></ul></nav></header>\n\
         <section id=\"content\"><div class=\"columns-1\" id=\"main-content\" role=\"main\"><div class=\"portlet-layout row-fluid\"><div class=\"portlet-column portlet-column-only span12\" id=\"column-1\">\
         <div class=\"portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-asset-publisher\" id=\"p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{1}_\">\
         <section class=\"portlet\"><header class=\"portlet-topper\"><h2 class=\"portlet-title-text\">Latest news</h2></header><div class=\"portlet-content\">\n{feed}</div></section></div>\
         </div></div></div></section>\n<footer id=\"footer\" role=\"contentinfo\"><p class=\"powered-by\">Powered By <a href=\"http://www.liferay.com\" rel=\"external\">Liferay</a></p><p>© 2024 {0}</p></footer></div>\n",
        esc(&spec.site),
        instance,
    );
    document(
        " class=\"ltr\" dir=\"ltr\" lang=\"en-US\"",
        &head(spec, false, ""),
        " class=\"controls-visible signed-out public-page site\"",
        &page,
    )
}

/// One sentence run as a translation proxy prints it: each sentence in two nested
/// `<font style="vertical-align: inherit;">`.
fn proxy_fonts(text: &str) -> String {
    let mut out = String::new();
    for (k, sentence) in text.split_inclusive(". ").enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let _ = write!(
            out,
            "<font style=\"vertical-align: inherit;\"><font style=\"vertical-align: inherit;\">{}</font></font>",
            esc(sentence.trim_end())
        );
    }
    out
}

/// (205) A German site seen through a translation proxy: the proxy's bar first (source
/// and target languages, "Original" link), the site's chrome translated, every text run
/// wrapped sentence by sentence in the proxy's nested `<font>` tags ([`proxy_fonts`]),
/// every story an `article.artikel` with an `h1` (linked as the marks say), meta and
/// share links as they say; all addresses the proxy's ([`address_proxy`]).
fn translate_proxy(spec: &Spec) -> String {
    let m = spec.marks;
    let host = proxy_host(&spec.host);
    let mut feed = String::new();
    for s in &spec.stories {
        let title = proxy_fonts(&s.title);
        let title = if m.headline_link {
            format!(
                "<h1 class=\"artikel-titel\"><a href=\"{}\">{title}</a></h1>",
                attr(&s.path)
            )
        } else {
            format!("<h1 class=\"artikel-titel\">{title}</h1>")
        };
        let mut text = String::new();
        for b in &s.blocks {
            let _ = match b {
                Block::Para(t) => writeln!(text, "<p>{}</p>", proxy_fonts(t)),
                Block::Heading(t) => writeln!(text, "<h2>{}</h2>", proxy_fonts(t)),
                Block::Quote(t) => {
                    writeln!(text, "<blockquote><p>{}</p></blockquote>", proxy_fonts(t))
                }
                _ => writeln!(
                    text,
                    "{}",
                    body(std::slice::from_ref(b), &BodyStyle::plain("h2"))
                ),
            };
        }
        let _ = writeln!(
            feed,
            "<article class=\"artikel\">{title}<div class=\"artikel-meta\">{}</div>\n<div class=\"artikel-text\">\n{text}</div>\n{}</article>",
            meta_line("span", "artikel", s, m),
            share_bar("teilen", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"gt-nvframe\" class=\"goog-te-banner\"><span>Translated from <b>German</b> to <b>English</b></span> \
         <a href=\"https://{origin}{original}\">Show original</a> <a href=\"https://translate.google.com/?sl=de&amp;tl=en\">Options</a></div>\n\
         <header class=\"kopf\"><a class=\"logo\" href=\"https://{host}/?{q}\">{site}</a><nav><ul>\
         <li><a href=\"https://{host}/politik/?{q}\"><font style=\"vertical-align: inherit;\"><font style=\"vertical-align: inherit;\">Politics</font></font></a></li>\
         <li><a href=\"https://{host}/wirtschaft/?{q}\"><font style=\"vertical-align: inherit;\"><font style=\"vertical-align: inherit;\">Economy</font></font></a></li>\
         <li><a href=\"https://{host}/sport/?{q}\"><font style=\"vertical-align: inherit;\"><font style=\"vertical-align: inherit;\">Sport</font></font></a></li></ul></nav></header>\n\
         <main class=\"inhalt\">\n{feed}</main>\n<footer class=\"fuss\"><a href=\"https://{host}/impressum?{q}\"><font style=\"vertical-align: inherit;\"><font style=\"vertical-align: inherit;\">Imprint</font></font></a> © 2024 {site}</footer>\n",
        site = esc(&spec.site),
        origin = spec.host,
        original = spec.first().path.split('?').next().unwrap_or_default().trim_start_matches(&format!("https://{host}")),
        q = PROXY_QUERY.replace('&', "&amp;"),
    );
    document(
        " lang=\"en\" class=\"translated-ltr\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Headings a court opinion's parts carry.
const OPINION_PARTS: [&str; 4] = [
    "Background",
    "Standard of Review",
    "Discussion",
    "Conclusion",
];

/// (206) Control: a court opinion (one story): the court, the case caption and docket
/// number, a syllabus-like "Summary" box, the opinion's `h1`, the judge, the text in
/// parts with `h2`s (Background, Standard of Review, Discussion, Conclusion), every
/// paragraph numbered with an anchor `¶ N` linking `#pN`, footnotes, and a "Cases
/// citing this opinion" list of other cases (linked titles, courts, dates).
fn single_court_opinion(spec: &Spec) -> String {
    let m = spec.marks;
    let s = spec.first();
    let parts = chunks(&s.blocks, OPINION_PARTS.len());
    let mut text = String::new();
    let mut n = 0;
    for (k, part) in parts.iter().enumerate() {
        let _ = writeln!(
            text,
            "<h2 id=\"part-{k}\">{}. {}</h2>",
            ["I", "II", "III", "IV"][k],
            OPINION_PARTS[k]
        );
        for b in *part {
            if let Block::Para(t) = b {
                n += 1;
                let _ = writeln!(
                    text,
                    "<p id=\"p{n}\"><a class=\"para-num\" href=\"#p{n}\">¶ {n}</a> {}</p>",
                    esc(t)
                );
            } else {
                text.push_str(&body(std::slice::from_ref(b), &BodyStyle::plain("h3")));
            }
        }
    }
    let mut citing =
        String::from("<section class=\"citing\"><h2>Cases citing this opinion</h2><ul>");
    for (k, t) in spec.teasers.iter().enumerate() {
        let _ = write!(
            citing,
            "<li><a href=\"{}\">{}</a> <span class=\"court\">Court of Appeals, {} Circuit</span> <span class=\"date\">{}</span></li>",
            attr(&t.path),
            esc(&t.title),
            ["First", "Second", "Ninth", "Fifth", "Third", "Seventh"][k % 6],
            2020 + k
        );
    }
    citing.push_str("</ul></section>");
    let docket = format!(
        "No. {}-{}",
        20 + hash(&[&s.title]) % 5,
        1000 + hash(&[&s.title, "docket"]) % 9000
    );
    let page = format!(
        "<header class=\"site\"><a class=\"logo\" href=\"/\">{0}</a><nav><a href=\"/opinions/\">Opinions</a> <a href=\"/dockets/\">Dockets</a> <a href=\"/search/\">Search</a></nav></header>\n\
         <main><article class=\"opinion\"><div class=\"caption\"><p class=\"court\">United States Court of Appeals</p><p class=\"docket\">{docket}</p></div>\
         <aside class=\"summary\"><h2>Summary</h2><p>{1}…</p></aside>\n{2}<p class=\"judge\">{3}</p>\n<div class=\"opinion-text\">\n{text}</div>\n\
         <section class=\"footnotes\"><h2>Footnotes</h2><ol><li id=\"fn1\">The parties' remaining arguments are addressed in the record below. <a href=\"#p1\">↩</a></li></ol></section>\n{4}</article></main>\n\
         <footer><p>© 2024 {0}. Opinions are public records.</p></footer>\n",
        esc(&spec.site),
        esc(&lede(s, 12)),
        headline("h1", " class=\"case-name\"", s, m),
        if m.byline { format!("Opinion by Judge {}", s.author) } else { String::new() },
        citing,
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (207) Control: a travel guide (one story): an `h1`, meta, then the body in stops,
/// each an `h2` (the text's headings, or "Stop N") with a photo, its paragraphs, a map
/// embed (`iframe`), a "Book now" affiliate box with a price and a linked hotel name;
/// share links as the marks say; a "More guides" list.
fn single_travel_guide(spec: &Spec) -> String {
    let m = spec.marks;
    let s = spec.first();
    let mut text = String::new();
    for (k, part) in chunks(&s.blocks, 4).iter().enumerate() {
        let (title, rest) = match part.split_first() {
            Some((Block::Heading(t), rest)) => (t.clone(), rest),
            _ => (format!("Stop {}", k + 1), *part),
        };
        let _ = writeln!(
            text,
            "<section class=\"stop\"><h2>{}</h2><img src=\"/img/guide-{k}.jpg\" alt=\"\">\n{}\
             <iframe class=\"map\" src=\"https://www.google.com/maps/embed?pb=!1m18!{k}\" loading=\"lazy\"></iframe>\
             <div class=\"book-box\"><span class=\"price\">From ${}/night</span> <a rel=\"sponsored\" href=\"https://www.booking.example/hotel/{k}?aid=123\">Hotel {} — Book now</a></div></section>",
            esc(&title),
            body(rest, &BodyStyle::plain("h3")),
            80 + 20 * k,
            capitalize(SECTIONS[k % SECTIONS.len()]),
        );
    }
    let mut more = String::from("<aside class=\"more-guides\"><h2>More guides</h2><ul>");
    for t in &spec.teasers {
        let _ = write!(
            more,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    more.push_str("</ul></aside>");
    let chrome = Chrome::named("header", "nav", "aside", "footer", "cookies");
    let page = format!(
        "{}<main><article class=\"guide\">{}<div class=\"guide-meta\">{}</div>\n{text}{}</article>{more}</main>\n{}",
        chrome.header(spec),
        headline("h1", "", s, m),
        meta_line("span", "guide", s, m),
        share_bar("guide-share", s, m, false),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ real markup

/// A real page with its story unit cloned after itself.
struct RealPage {
    layout: &'static str,
    html: String,
    urls: Vec<String>,
    golds: Vec<String>,
}

/// How a clone and its original carry their permalinks when the unit has none.
#[derive(Clone, Copy)]
enum Permalink {
    HeadlineLink,
    DataUrl,
    ShareLinks,
}

fn real_page(source: &Source, pool: &[&Source], seed: u64) -> Option<RealPage> {
    let mut rng = Rng(seed);
    let mut doc = Html::parse_document(&source.html);
    let unit = story_unit(&doc.tree, &source.gold)?;
    let page_url = format!("http://fakehost{MOZ_PAGE_PATH}");
    let heading = title_heading(&doc.tree, unit, &source.title);
    let unit_slots = slots(&doc.tree, unit, heading, source);
    if unit_slots.len() < MIN_UNIT_SLOTS {
        return None;
    }
    let count = 2 + rng.below(2);
    let others = pick_stories(pool, &mut rng, count, &[source]);
    if others.len() < 2 {
        return None;
    }
    let mark = match (rng.below(3), heading) {
        (0, Some(_)) => Permalink::HeadlineLink,
        (0 | 1, _) => Permalink::DataUrl,
        _ => Permalink::ShareLinks,
    };
    let identity = identity_urls(&doc, &page_url);
    if !links_to_any(&doc.tree, unit, &identity, &unit_slots) {
        add_permalink(&mut doc.tree, unit, heading, mark, &page_url);
    }
    let wrapped = rng.chance(50);
    let mut anchor = unit;
    let mut wrapper = None;
    if wrapped {
        let id = append_html(
            &mut doc.tree,
            Place::After(unit),
            "<div class=\"infinite-scroll-next\" data-loaded=\"true\"></div>",
        )?;
        wrapper = Some(id);
    }
    let mut urls = vec![page_url.clone()];
    let mut golds = vec![source.gold.clone()];
    for (j, other) in others.iter().enumerate() {
        let url = format!("http://fakehost/test/{}-{}.html", slug(&other.title), j + 2);
        let lines: Vec<String> = other
            .blocks
            .iter()
            .flat_map(Block::lines)
            .map(str::to_owned)
            .collect();
        let clone = clone_unit(
            &mut doc.tree,
            unit,
            source,
            &other.title,
            &lines,
            (&identity, &url),
            j + 2,
        )?;
        match wrapper {
            Some(w) => {
                doc.tree.get_mut(w)?.append_id(clone);
            }
            None => {
                doc.tree.get_mut(anchor)?.insert_id_after(clone);
                anchor = clone;
            }
        }
        urls.push(url);
        golds.push(lines.join("\n\n"));
    }
    Some(RealPage {
        layout: if wrapped {
            "real-wrapper"
        } else {
            "real-siblings"
        },
        html: doc.html(),
        urls,
        golds,
    })
}

/// The page's own addresses: the one it was saved under, its canonical link and `og:url`.
fn identity_urls(doc: &Html, page_url: &str) -> Vec<String> {
    let mut urls = vec![page_url.to_owned()];
    for (selector, name) in [
        ("link[rel=canonical]", "href"),
        ("meta[property=\"og:url\"]", "content"),
    ] {
        let selector = scraper::Selector::parse(selector).expect("valid selector");
        for el in doc.select(&selector) {
            if let Some(url) = el.value().attr(name).map(str::trim) {
                if url.starts_with("http") && !urls.iter().any(|u| u == url) {
                    urls.push(url.to_owned());
                }
            }
        }
    }
    urls
}

/// Whether an attribute under `root` names one of `urls` (or the moz page's path),
/// outside the text `slots` a clone rewrites (a link in a paragraph goes with its text).
fn links_to_any(tree: &Tree<Node>, root: NodeId, urls: &[String], slots: &[NodeId]) -> bool {
    let Some(root) = tree.get(root) else {
        return false;
    };
    let in_slot = |n: &ego_tree::NodeRef<Node>| {
        std::iter::once(n.id())
            .chain(n.ancestors().map(|a| a.id()))
            .any(|id| slots.contains(&id))
    };
    // An address of the page itself: the whole value (up to a query or fragment), or
    // carried encoded in a share link; a form field's value links nowhere.
    let names_page = |v: &str| {
        let page = v.split(['?', '#']).next().unwrap_or_default();
        page.starts_with(MOZ_PAGE_PATH)
            || urls.iter().any(|u| {
                page.trim_end_matches('/') == u.trim_end_matches('/') || v.contains(&enc(u))
            })
    };
    root.descendants()
        .filter(|n| !in_slot(n))
        .filter_map(|n| n.value().as_element())
        .filter(|e| !FORM_TAGS.contains(&e.name()))
        .flat_map(|e| e.attrs().map(|(_, v)| v))
        .any(names_page)
}

/// Form controls: their values are data, not links.
const FORM_TAGS: &[&str] = &["input", "textarea", "select", "option", "button", "form"];

/// The element holding the page's story: the smallest one whose text covers
/// [`UNIT_COVERAGE`] of the gold's shingles, widened while its parent adds little text.
/// `None` when that is `<body>` or nothing covers the gold.
fn story_unit(tree: &Tree<Node>, gold: &str) -> Option<NodeId> {
    let gold_set = shingle_set(gold);
    let gold_words = tokens(gold).len();
    if gold_set.is_empty() {
        return None;
    }
    let words = word_counts(tree);
    let mut candidates: Vec<(usize, NodeId)> = tree
        .root()
        .descendants()
        .filter(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| !matches!(e.name(), "html" | "head" | "body"))
        })
        .map(|n| (words.get(&n.id()).copied().unwrap_or(0), n.id()))
        .filter(|&(w, _)| w as f64 >= gold_words as f64 * UNIT_MIN_WORDS)
        .collect();
    candidates.sort_by_key(|&(w, _)| w);
    let mut unit = candidates
        .into_iter()
        .take(UNIT_CANDIDATES)
        .find(|&(_, id)| {
            let covered = shingle_set(&text_of(tree, id))
                .intersection(&gold_set)
                .count();
            covered as f64 >= gold_set.len() as f64 * UNIT_COVERAGE
        })?
        .1;
    loop {
        let parent = tree.get(unit)?.parent()?;
        let name = parent.value().as_element().map(|e| e.name());
        if matches!(name, None | Some("body" | "html")) {
            break;
        }
        let (mine, theirs) = (words[&unit], words[&parent.id()]);
        if theirs as f64 > mine as f64 * (1.0 + UNIT_CLIMB_GROWTH) + UNIT_CLIMB_SLACK as f64 {
            break;
        }
        unit = parent.id();
    }
    Some(unit)
}

/// Words under every node (non-text elements count none), children before parents.
fn word_counts(tree: &Tree<Node>) -> std::collections::HashMap<NodeId, usize> {
    let order: Vec<NodeId> = tree.root().descendants().map(|n| n.id()).collect();
    let mut words = std::collections::HashMap::with_capacity(order.len());
    for &id in order.iter().rev() {
        let node = tree.get(id).expect("node");
        let n = match node.value() {
            Node::Text(t) => tokens(t).len(),
            Node::Element(e) if NON_TEXT_TAGS.contains(&e.name()) => 0,
            _ => node.children().map(|c| words[&c.id()]).sum(),
        };
        words.insert(id, n);
    }
    words
}

fn element_name(tree: &Tree<Node>, id: NodeId) -> Option<&str> {
    tree.get(id)?.value().as_element().map(|e| e.name())
}

/// The unit's title heading: its `<h1>`, else the first `<h2>`–`<h4>` whose words are
/// mostly the page title's.
fn title_heading(tree: &Tree<Node>, unit: NodeId, title: &str) -> Option<NodeId> {
    let root = tree.get(unit)?;
    let title_words: HashSet<&str> = tokens(title).into_iter().collect();
    root.descendants()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == "h1"))
        .or_else(|| {
            root.descendants().find(|n| {
                n.value()
                    .as_element()
                    .is_some_and(|e| TITLE_TAGS.contains(&e.name()))
                    && {
                        let text = text_of(tree, n.id());
                        let words = tokens(&text);
                        words.len() >= 2
                            && words.iter().filter(|w| title_words.contains(*w)).count() as f64
                                >= words.len() as f64 * TITLE_WORD_SHARE
                    }
            })
        })
        .map(|n| n.id())
}

/// The outermost paragraph-like elements under `root` that hold the story's text, in
/// document order, leaving out `skip` (the title heading) and everything under it.
/// Paragraph-like elements of the template's chrome (breadcrumbs, related links, author
/// boxes) hold no gold text and are no slots.
fn slots(tree: &Tree<Node>, root: NodeId, skip: Option<NodeId>, story: &Source) -> Vec<NodeId> {
    let gold = collapse(&story.gold);
    let holds_story = |id: NodeId| {
        let text = collapse(&text_of(tree, id));
        let words = tokens(&text).len();
        if words == 0 {
            false
        } else if words < 4 {
            gold.contains(&text)
        } else {
            let own = shingle_set(&text);
            own.iter().filter(|s| story.shingles.contains(s)).count() as f64
                >= own.len() as f64 * SLOT_GOLD_SHARE
        }
    };
    let mut found = Vec::new();
    let mut stack: Vec<NodeId> = tree
        .get(root)
        .map(|r| r.children().map(|c| c.id()).collect::<Vec<_>>())
        .unwrap_or_default();
    stack.reverse();
    while let Some(id) = stack.pop() {
        if Some(id) == skip {
            continue;
        }
        match element_name(tree, id) {
            Some(name) if SLOT_TAGS.contains(&name) && holds_story(id) => found.push(id),
            Some(name) if NON_TEXT_TAGS.contains(&name) || SLOT_FREE_TAGS.contains(&name) => {}
            Some(_) => {
                let node = tree.get(id).expect("node");
                stack.extend(
                    node.children()
                        .map(|c| c.id())
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev(),
                );
            }
            None => {}
        }
    }
    found
}

/// Where [`append_html`] puts new nodes.
enum Place {
    After(NodeId),
    LastChildOf(NodeId),
    FirstChildOf(NodeId),
}

/// Parses `snippet` and puts its top-level nodes at `place`; returns the first one.
fn append_html(tree: &mut Tree<Node>, place: Place, snippet: &str) -> Option<NodeId> {
    let fragment = Html::parse_fragment(snippet);
    let root = tree.extend_tree(fragment.tree).id();
    // A fragment is the fragment node, an <html> element, then the snippet's nodes.
    let html = tree.get(root)?.first_child()?.id();
    let nodes: Vec<NodeId> = tree.get(html)?.children().map(|c| c.id()).collect();
    let first = *nodes.first()?;
    match place {
        Place::After(anchor) => {
            let mut prev = anchor;
            for id in nodes {
                tree.get_mut(prev)?.insert_id_after(id);
                prev = id;
            }
        }
        Place::LastChildOf(parent) => {
            for id in nodes {
                tree.get_mut(parent)?.append_id(id);
            }
        }
        Place::FirstChildOf(parent) => {
            for id in nodes.into_iter().rev() {
                tree.get_mut(parent)?.prepend_id(id);
            }
        }
    }
    Some(first)
}

/// Gives the unit a link to its own URL, the way the site's template would.
fn add_permalink(
    tree: &mut Tree<Node>,
    unit: NodeId,
    heading: Option<NodeId>,
    mark: Permalink,
    url: &str,
) {
    match (mark, heading) {
        (Permalink::HeadlineLink, Some(h)) => {
            if let Some(a) = append_html(
                tree,
                Place::LastChildOf(h),
                &format!("<a href=\"{}\" class=\"permalink\"></a>", attr(url)),
            ) {
                // Move the heading's own content into the link.
                let content: Vec<NodeId> = tree
                    .get(h)
                    .map(|n| n.children().map(|c| c.id()).filter(|&c| c != a).collect())
                    .unwrap_or_default();
                for c in content {
                    if let Some(mut link) = tree.get_mut(a) {
                        link.append_id(c);
                    }
                }
            }
        }
        (Permalink::ShareLinks, _) => {
            let share = format!(
                "<div class=\"share-tools\"><a href=\"https://twitter.com/intent/tweet?url={u}\">Tweet</a> \
                 <a href=\"https://www.facebook.com/sharer/sharer.php?u={u}\">Share</a> \
                 <a href=\"mailto:?body={u}\">Email</a></div>",
                u = enc(url)
            );
            append_html(tree, Place::LastChildOf(unit), &share);
        }
        _ => set_attr(tree, unit, "data-url", url),
    }
}

/// Sets (or adds) an attribute by rebuilding the element.
fn set_attr(tree: &mut Tree<Node>, id: NodeId, name: &str, value: &str) {
    rewrite_attrs(tree, id, |attrs| {
        match attrs.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value.to_owned(),
            None => attrs.push((name.to_owned(), value.to_owned())),
        }
    });
}

/// Rebuilds an element with its attributes as `edit` leaves them.
fn rewrite_attrs(tree: &mut Tree<Node>, id: NodeId, edit: impl FnOnce(&mut Vec<(String, String)>)) {
    let Some(mut node) = tree.get_mut(id) else {
        return;
    };
    let Node::Element(el) = node.value() else {
        return;
    };
    let mut attrs: Vec<(String, String)> = el
        .attrs()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    let before = attrs.clone();
    edit(&mut attrs);
    if attrs == before {
        return;
    }
    let qualified: Vec<Attribute> = attrs
        .into_iter()
        .map(|(n, v)| Attribute {
            name: html5ever::QualName::new(None, html5ever::ns!(), n.as_str().into()),
            value: StrTendril::from_slice(&v),
        })
        .collect();
    let rebuilt = scraper::node::Element::new(el.name.clone(), qualified);
    *node.value() = Node::Element(rebuilt);
}

/// A clone of `unit` carrying another story: its title, its paragraphs in the unit's
/// paragraph slots, its URL wherever the original's was. Returns the clone's (orphan) root.
fn clone_unit(
    tree: &mut Tree<Node>,
    unit: NodeId,
    original: &Source,
    new_title: &str,
    lines: &[String],
    (old_urls, new_url): (&[String], &str),
    n: usize,
) -> Option<NodeId> {
    let clone = tree.get_mut(unit)?.clone_subtree().id();
    let heading = title_heading(tree, clone, &original.title);
    let slot_ids = slots(tree, clone, heading, original);
    let last_p = slot_ids
        .iter()
        .rev()
        .find(|&&id| element_name(tree, id) == Some("p"))
        .or(slot_ids.last())
        .copied()?;
    // The original's text outside the slots goes, unless it is a short label: a text node
    // goes when it, or the largest element around it that holds no slot (a code block,
    // a table, a caption), has LEFTOVER_WORDS words.
    let kept: HashSet<NodeId> = slot_ids.iter().copied().chain(heading).collect();
    let mut holders: HashSet<NodeId> = HashSet::new();
    for &k in &kept {
        for a in tree.get(k)?.ancestors() {
            if !holders.insert(a.id()) || a.id() == clone {
                break;
            }
        }
    }
    let mut block_words: std::collections::HashMap<NodeId, usize> = Default::default();
    let mut leftovers = Vec::new();
    for d in tree.get(clone)?.descendants() {
        let Node::Text(t) = d.value() else { continue };
        if d.ancestors().any(|a| kept.contains(&a.id())) {
            continue;
        }
        let block = d
            .ancestors()
            .take_while(|a| !holders.contains(&a.id()))
            .last()
            .map(|a| a.id());
        let words = match block {
            Some(b) => *block_words
                .entry(b)
                .or_insert_with(|| tokens(&text_of(tree, b)).len()),
            None => tokens(t).len(),
        };
        if words >= LEFTOVER_WORDS {
            leftovers.push(d.id());
        }
    }
    for id in leftovers {
        tree.get_mut(id)?.detach();
    }
    // Paragraph slots take the new story's lines in order; extra slots go, extra lines
    // become paragraphs after the last one.
    let mut after = last_p;
    for (i, line) in lines.iter().enumerate() {
        match slot_ids.get(i) {
            Some(&slot) => set_text(tree, slot, line),
            None => {
                let value = tree.get(last_p)?.value().clone();
                let p = tree.orphan(value).id();
                set_text(tree, p, line);
                tree.get_mut(after)?.insert_id_after(p);
                after = p;
            }
        }
    }
    for &slot in slot_ids.iter().skip(lines.len()) {
        tree.get_mut(slot)?.detach();
    }
    match heading {
        Some(h) => {
            let link = tree
                .get(h)?
                .descendants()
                .find(|d| d.value().as_element().is_some_and(|e| e.name() == "a"))
                .map(|d| d.id());
            match link {
                Some(a) => {
                    let others: Vec<NodeId> = tree.get(h)?.children().map(|c| c.id()).collect();
                    for c in others {
                        tree.get_mut(c)?.detach();
                    }
                    tree.get_mut(h)?.append_id(a);
                    set_text(tree, a, new_title);
                }
                None => set_text(tree, h, new_title),
            }
        }
        None => {
            append_html(
                tree,
                Place::FirstChildOf(clone),
                &format!("<h2>{}</h2>", esc(new_title)),
            )?;
        }
    }
    // The clone's own permalink wherever the original's was; ids made unique.
    let new_enc = enc(new_url);
    let new_path = new_url.trim_start_matches("http://fakehost");
    let elements: Vec<NodeId> = tree
        .get(clone)?
        .descendants()
        .filter(|d| d.value().is_element())
        .map(|d| d.id())
        .collect();
    for id in elements {
        rewrite_attrs(tree, id, |attrs| {
            for (name, value) in attrs.iter_mut() {
                if name == "id" {
                    *value = format!("{value}-{n}");
                    continue;
                }
                let mut v = value.clone();
                for old in old_urls {
                    v = v.replace(old, new_url).replace(&enc(old), &new_enc);
                }
                if v.starts_with(MOZ_PAGE_PATH) {
                    v = v.replacen(MOZ_PAGE_PATH, new_path, 1);
                }
                *value = v;
            }
        });
    }
    Some(clone)
}

/// Replaces a node's children with one text node.
fn set_text(tree: &mut Tree<Node>, id: NodeId, text: &str) {
    let children: Vec<NodeId> = tree
        .get(id)
        .map(|n| n.children().map(|c| c.id()).collect())
        .unwrap_or_default();
    for c in children {
        if let Some(mut child) = tree.get_mut(c) {
            child.detach();
        }
    }
    if let Some(mut node) = tree.get_mut(id) {
        node.append(Node::Text(scraper::node::Text {
            text: StrTendril::from_slice(text),
        }));
    }
}

// ------------------------------------------------------------------ tallies

/// Figures over a group of cases.
#[derive(Clone, Copy, Default)]
pub struct Tally {
    pub pages: usize,
    f1_sum: f64,
    /// Pages showing another story's text.
    pub shown: usize,
}

impl Tally {
    pub fn add(&mut self, score: &Score) {
        self.pages += 1;
        self.f1_sum += score.f1;
        self.shown += usize::from(score.shows_other);
    }

    /// Mean page F1 (0 for no pages).
    pub fn f1(&self) -> f64 {
        if self.pages == 0 {
            0.0
        } else {
            self.f1_sum / self.pages as f64
        }
    }

    /// Share of pages showing another story's text.
    pub fn shown_share(&self) -> f64 {
        if self.pages == 0 {
            0.0
        } else {
            self.shown as f64 / self.pages as f64
        }
    }
}

// ------------------------------------------------------------------ probe 22

/// The channel a page's posts belong to (`dailyledger`).
fn channel_name(spec: &Spec) -> String {
    spec.site.to_lowercase().replace(' ', "")
}

/// A post's number in its channel: story 1 in the middle, story 2 the post before it,
/// stories 3.. the posts after it.
fn channel_post(spec: &Spec, i: usize) -> u64 {
    let base = 2_000 + hash(&[&spec.seed.to_string(), "channel"]) % 6_000;
    match i {
        0 => base,
        1 => base - 1 - hash(&[&spec.seed.to_string(), "older"]) % 4,
        _ => base + 2 * i as u64 - 1,
    }
}

/// Readdresses a page's stories as a messaging app's channel preview does: the address
/// bar `https://t.me/s/<channel>/<n>`, the posts' date links `https://t.me/<channel>/<n>`
/// (the path keeps the printed form).
fn address_channel(spec: &mut Spec) {
    let chan = channel_name(spec);
    let posts: Vec<u64> = (0..spec.stories.len())
        .map(|i| channel_post(spec, i))
        .collect();
    for (s, n) in spec.stories.iter_mut().zip(posts) {
        s.path = format!("https://t.me/{chan}/{n}");
        s.url = format!("https://t.me/s/{chan}/{n}");
    }
}

/// Names of recurring columns whose every instalment carries the same headline.
const COLUMN_NAMES: [&str; 4] = [
    "Morning Briefing",
    "Letters to the Editor",
    "The Week in Review",
    "Police Blotter",
];

/// Readdresses a page's stories as instalments of one recurring column: every headline
/// the column's name, story 1 dated a day after story 2, and so on back, every address
/// `/<y>/<mm>/<dd>/<column-slug>/`.
fn address_column(spec: &mut Spec) {
    let name = COLUMN_NAMES[(spec.seed % COLUMN_NAMES.len() as u64) as usize];
    let (y, m, d) = spec.stories[0].date;
    let d = d.max(8);
    for (i, s) in spec.stories.iter_mut().enumerate() {
        s.title = name.to_owned();
        s.date = (y, m, d - i as u32);
        s.path = format!("/{y}/{m:02}/{:02}/{}/", d - i as u32, slug(name));
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Readdresses a page's stories under search-engine slugs written apart from the shown
/// headline, from the words the story opens with, and an article number:
/// `/<section>/<first words>-<n>`.
fn address_seo(spec: &mut Spec) {
    for s in &mut spec.stories {
        let n = 100_000 + hash(&[&s.title, "seo"]) % 900_000;
        let words = slug(&lede(s, 7));
        s.path = format!("/{}/{words}-{n}", section_by_title(s));
        s.url = format!("https://{}{}", spec.host, s.path);
    }
}

/// Layouts of the twenty-second probe whose stories have addresses of their own making.
const PROBE22_ADDRESSES: [(&str, Readdress); 3] = [
    ("channel-posts", address_channel),
    ("column-same-title", address_column),
    ("seo-slugs", address_seo),
];

/// A story's lines as one run of text with `<br><br>` between them (a chat post's text).
fn br_text(blocks: &[Block]) -> String {
    let mut lines = Vec::new();
    for b in blocks {
        match b {
            Block::Heading(t) => lines.push(format!("<b>{}</b>", esc(t))),
            Block::Quote(t) => lines.push(format!("<blockquote>{}</blockquote>", esc(t))),
            Block::List(items) => lines.push(
                items
                    .iter()
                    .map(|i| format!("• {}", esc(i)))
                    .collect::<Vec<_>>()
                    .join("<br>"),
            ),
            _ => lines.extend(b.lines().iter().map(|t| esc(t))),
        }
    }
    lines.join("<br><br>")
}

/// (208) A messaging app's channel preview (`t.me/s/<channel>/<n>`): the channel's header
/// (avatar, name, subscribers), then posts in time order, the post before story 1 above
/// it and the posts after it below ([`address_channel`]); every post a
/// `div.tgme_widget_message[data-post]` with the channel's name, the text in one
/// `div.tgme_widget_message_text` (the headline a `<b>` first, lines between `<br><br>`),
/// a footer with views, "edited" and the date linked to the post's own address.
fn channel_posts(spec: &Spec) -> String {
    let chan = channel_name(spec);
    let n = spec.stories.len();
    let order: Vec<usize> = [1, 0].into_iter().chain(2..n).collect();
    let mut feed = String::new();
    for &i in &order {
        let s = &spec.stories[i];
        let post = channel_post(spec, i);
        let _ = writeln!(
            feed,
            "<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" data-post=\"{chan}/{post}\" data-view=\"{}\">\
             <div class=\"tgme_widget_message_user\"><a href=\"https://t.me/{chan}\"><i class=\"tgme_widget_message_user_photo\"><img src=\"/img/{chan}.jpg\"></i></a></div>\
             <div class=\"tgme_widget_message_bubble\"><div class=\"tgme_widget_message_author\"><a class=\"tgme_widget_message_owner_name\" href=\"https://t.me/{chan}\"><span dir=\"auto\">{}</span></a></div>\n\
             <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\"><b>{}</b><br><br>{}</div>\n\
             <div class=\"tgme_widget_message_footer\"><div class=\"tgme_widget_message_info\"><span class=\"tgme_widget_message_views\">{}.{}K</span><span class=\"tgme_widget_message_meta\">edited \
             <a class=\"tgme_widget_message_date\" href=\"{}\"><time datetime=\"{}\" class=\"time\">{}</time></a></span></div></div></div></div></div>",
            hash(&[&s.title, "view"]) % 1_000_000,
            esc(&spec.site),
            esc(&s.title),
            br_text(&s.blocks),
            1 + hash(&[&s.title, "v"]) % 90,
            hash(&[&s.title, "w"]) % 10,
            attr(&s.path),
            s.date_iso(),
            s.date_text(),
        );
    }
    let page = format!(
        "<header class=\"tgme_header\"><div class=\"tgme_header_info\"><a class=\"tgme_header_link\" href=\"https://t.me/{chan}\"><div class=\"tgme_header_title\">{0}</div>\
         <div class=\"tgme_header_counter\">48.2K subscribers</div></a></div><a class=\"tgme_action_button\" href=\"tg://resolve?domain={chan}\">Open in Telegram</a></header>\n\
         <main class=\"tgme_main\"><section class=\"tgme_channel_history js-message_history\">\n{feed}</section></main>\n\
         <div class=\"tgme_footer\"><a href=\"https://telegram.org/\">Telegram</a> · <a href=\"https://t.me/{chan}?embed=1\">Embed</a></div>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, false, ""),
        " class=\"widget_frame_base tgme_webpreview\"",
        &page,
    )
}

/// (209) A recurring column on a WordPress site ([`address_column`]): every instalment
/// an `article.post.category-columns` with the same `h2.entry-title` (the column's name,
/// linked as the marks say), the date always shown (`time.entry-date`, the one line that
/// tells instalments apart), the byline as the marks say, the body `div.entry-content`,
/// share links as they say, and the same "About this column" box after every instalment.
fn column_same_title(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for s in &spec.stories {
        let by = if m.byline {
            format!(
                "<span class=\"byline\">By <a href=\"/author/{}\">{}</a></span> ",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            feed,
            "<article class=\"post type-post status-publish format-standard category-columns\"><header class=\"entry-header\">{}\
             <div class=\"entry-meta\">{by}<time class=\"entry-date published\" datetime=\"{}\">{}</time></div></header>\n\
             <div class=\"entry-content\">\n{}</div>\n{}<aside class=\"column-about\"><h4>About this column</h4><p>{} appears every weekday morning. Send tips and letters to the desk.</p></aside></article>",
            headline("h2", " class=\"entry-title\"", s, m),
            s.date_iso(),
            s.date_text(),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("sharedaddy", s, m, false),
            esc(&s.title),
        );
    }
    let chrome = Chrome::named(
        "site-header",
        "main-navigation",
        "widget-area",
        "site-footer",
        "cookie-notice",
    );
    let page = format!(
        "{}<div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n{feed}<nav class=\"navigation infinite-loader\"><span>Loading older instalments…</span></nav></main></div>\n{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en-US\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"archive-columns infinite-scroll\"",
        &page,
    )
}

/// (210) Every story opening with an embedded social post: a `div.item` holding a
/// `blockquote.twitter-tweet` (a line of text, the account, the date linked to the post)
/// and the widget's script, then the headline as `p.title` (linked as the marks say), a
/// `p.meta` line, the body `div.text`, share links as they say.
fn embed_title_items(spec: &Spec) -> String {
    let m = spec.marks;
    let handle = channel_name(spec);
    let mut feed = String::new();
    for s in &spec.stories {
        let status = 1_700_000_000_000_000_000u64 + hash(&[&s.title, "status"]) % 10_000_000_000;
        let _ = writeln!(
            feed,
            "<div class=\"item\"><div class=\"embed embed-social\"><blockquote class=\"twitter-tweet\" data-dnt=\"true\"><p lang=\"en\" dir=\"ltr\">New on the site tonight: {} <a href=\"https://t.co/{}\">pic.twitter.com/{}</a></p>\
             &mdash; {} (@{handle}) <a href=\"https://twitter.com/{handle}/status/{status}\">{}</a></blockquote>\
             <script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script></div>\n{}<p class=\"meta\">{}</p>\n<div class=\"text\">\n{}</div>\n{}</div>",
            esc(&s.title),
            status % 100_000,
            status % 77_777,
            esc(&spec.site),
            s.date_text(),
            headline("p", " class=\"title\"", s, m),
            meta_line("span", "meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("share", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{}<div class=\"container\"><div class=\"items\">\n{feed}</div>{}</div>{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (211) A newspaper's stream that opens every story with its section's banner: a
/// `div.section-banner` holding an `h2` linked to the section front and a row of
/// subsection links, then the story's `article` with its headline an `h3.headline`
/// (linked as the marks say) under the banner, meta, body and share links as the marks
/// say; the site's logo an `h1`.
fn section_banners(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for s in &spec.stories {
        let section = section_by_title(s);
        let _ = writeln!(
            feed,
            "<div class=\"section-banner section-banner--{section}\"><h2 class=\"section-banner__title\"><a href=\"/{section}/\">{}</a></h2>\
             <ul class=\"section-banner__subs\"><li><a href=\"/{section}/local/\">Local</a></li><li><a href=\"/{section}/national/\">National</a></li><li><a href=\"/{section}/opinion/\">Opinion</a></li></ul></div>\n\
             <article class=\"story\">{}<div class=\"story-meta\">{}</div>\n<div class=\"story-body\">\n{}</div>\n{}</article>",
            capitalize(section),
            headline("h3", " class=\"headline\"", s, m),
            meta_line("span", "story", s, m),
            body(&s.blocks, &BodyStyle::plain("h4")),
            share_bar("story-share", s, m, false),
        );
    }
    let chrome = Chrome::named("masthead", "sections-nav", "rail", "footer", "consent");
    let page = format!(
        "<h1 class=\"logo\"><a href=\"/\">{}</a></h1>\n{}<main class=\"stream\">\n{feed}</main>{}{}",
        esc(&spec.site),
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// An address as a site's old templates print it: `http://` and the host without `www.`.
fn old_link(spec: &Spec, path: &str) -> String {
    format!("http://{}{path}", bare_host(spec))
}

/// (212) A site whose templates print every link absolute on the bare host over
/// `http://` (`http://site.example/<path>`, redirected to the `https://www.` address the
/// address bar holds): every story a `div.story-wrapper` > `article` with an `h1` linked
/// so (as the marks say), meta, body, share links (the real address) as the marks say,
/// and a "More from the site" list of teasers linked so.
fn host_variants(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let title = if m.headline_link {
            format!(
                "<h1 class=\"title\"><a href=\"{}\">{}</a></h1>",
                attr(&old_link(spec, &s.path)),
                esc(&s.title)
            )
        } else {
            format!("<h1 class=\"title\">{}</h1>", esc(&s.title))
        };
        let mut more = String::from("<div class=\"more-from\"><h3>More from the site</h3><ul>");
        for t in spec.teasers.iter().skip(2 * i).take(2) {
            let _ = write!(
                more,
                "<li><a href=\"{}\">{}</a></li>",
                attr(&old_link(spec, &t.path)),
                esc(&t.title)
            );
        }
        more.push_str("</ul></div>");
        let _ = writeln!(
            feed,
            "<div class=\"story-wrapper\"><article>{title}<div class=\"meta\">{}</div>\n<div class=\"content\">\n{}</div>\n{}{more}</article></div>",
            meta_line("span", "meta", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("share", s, m, false),
        );
    }
    let page = format!(
        "<div id=\"header\"><a href=\"{}\"><img src=\"/logo.png\" alt=\"{}\"></a><ul id=\"menu\"><li><a href=\"{}\">News</a></li><li><a href=\"{}\">Sport</a></li><li><a href=\"{}\">Contact</a></li></ul></div>\n\
         <div id=\"content\">\n{feed}</div>\n<div id=\"footer\">© 2024 {}</div>\n",
        old_link(spec, "/"),
        attr(&spec.site),
        old_link(spec, "/news/"),
        old_link(spec, "/sport/"),
        old_link(spec, "/contact/"),
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (213) A site whose addresses carry a search-engine slug written apart from the shown
/// headline ([`address_seo`]: the words the story opens with and an article number):
/// every story a `div.article-container[data-article-id]` with an `h1` (linked as the
/// marks say), meta, body `div.article-body`, share links as they say, an ad between
/// stories.
fn seo_slugs(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str(&ad_slot(spec, i));
        }
        let id = s.path.rsplit('-').next().unwrap_or_default();
        let _ = writeln!(
            feed,
            "<div class=\"article-container\" data-article-id=\"{id}\"><header>{}<div class=\"article-meta\">{}</div></header>\n<div class=\"article-body\">\n{}</div>\n{}</div>",
            headline("h1", " class=\"article-headline\"", s, m),
            meta_line("span", "article", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("article-share", s, m, false),
        );
    }
    let chrome = Chrome::named("header", "nav", "sidebar", "footer", "consent");
    let page = format!(
        "{}<main>\n{feed}</main>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (214) Control: an advice column (one story): the column's kicker, the `h1`, then the
/// text as letters and answers, every letter a `div.letter` with an `h2` ("Letter N"),
/// the reader's paragraphs in a `blockquote`, a signature, the columnist's answer after
/// it, each with a share link to its anchor (`#letter-N`); a "Past columns" list.
fn single_advice_column(spec: &Spec) -> String {
    let m = spec.marks;
    let s = spec.first();
    let parts = chunks(&s.blocks, 6);
    let mut text = String::new();
    for (k, pair) in parts.chunks(2).enumerate() {
        let n = k + 1;
        let question = pair[0];
        let answer = pair.get(1).copied().unwrap_or(&[]);
        let _ = writeln!(
            text,
            "<div class=\"letter\" id=\"letter-{n}\"><h2>Letter {n}</h2><blockquote class=\"letter-question\">\n{}</blockquote>\
             <p class=\"signature\">— {} in {}</p><div class=\"letter-answer\">\n{}</div>\
             <a class=\"letter-share\" href=\"{}#letter-{n}\">Share this letter</a></div>",
            body(question, &BodyStyle::plain("h3")),
            ["Worried", "Torn", "Stuck"][k % 3],
            ["Ohio", "Leeds", "Perth"][k % 3],
            body(answer, &BodyStyle::plain("h3")),
            attr(&s.path),
        );
    }
    let mut past = String::from("<section class=\"past-columns\"><h2>Past columns</h2><ul>");
    for t in &spec.teasers {
        let _ = write!(
            past,
            "<li><a href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    past.push_str("</ul></section>");
    let chrome = Chrome::named("header", "nav", "rail", "footer", "consent");
    let page = format!(
        "{}<main><article class=\"advice\"><p class=\"kicker\">Ask the Advice Desk</p>{}<div class=\"meta\">{}</div>\n{text}{}</article>{past}</main>{}",
        chrome.header(spec),
        headline("h1", "", s, m),
        meta_line("span", "advice", s, m),
        share_bar("advice-share", s, m, false),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (215) Control: a book excerpt (one story): a "Book excerpt" kicker, the `h1`, an
/// "Adapted from" box with the cover, publisher and copyright line, the text under a
/// "Chapter One" `h2`, a buy box of retailer links, the author's bio, share links as the
/// marks say and a "More excerpts" list.
fn single_book_excerpt(spec: &Spec) -> String {
    let m = spec.marks;
    let s = spec.first();
    let mut more = String::from("<section class=\"more-excerpts\"><h2>More excerpts</h2><ul>");
    for t in &spec.teasers {
        let _ = write!(
            more,
            "<li><a href=\"{}\">{}</a><p>{}</p></li>",
            attr(&t.path),
            esc(&t.title),
            esc(&t.excerpt)
        );
    }
    more.push_str("</ul></section>");
    let isbn = 9_780_000_000_000u64 + hash(&[&s.title, "isbn"]) % 999_999_999;
    let page = format!(
        "<header class=\"site\"><a class=\"logo\" href=\"/\">{0}</a><nav><a href=\"/books/\">Books</a> <a href=\"/culture/\">Culture</a></nav></header>\n\
         <main><article class=\"excerpt\"><p class=\"kicker\">Book excerpt</p>{1}<div class=\"meta\">{2}</div>\
         <aside class=\"adapted-from\"><img src=\"/covers/{isbn}.jpg\" alt=\"Book cover\"><p>Adapted from the book by {3}, published by Harbor House Press. ISBN {isbn}. Copyright © 2024. All rights reserved.</p></aside>\n\
         <div class=\"excerpt-text\"><h2>Chapter One</h2>\n{4}</div>\n\
         <div class=\"buy-box\"><h3>Buy the book</h3><a rel=\"sponsored\" href=\"https://www.amazon.example/dp/{isbn}\">Amazon</a> <a rel=\"sponsored\" href=\"https://bookshop.example/book/{isbn}\">Bookshop</a> <a rel=\"sponsored\" href=\"https://www.bn.example/w/{isbn}\">Barnes &amp; Noble</a>\
         <p class=\"disclosure\">We may earn a commission when you buy through these links.</p></div>\n\
         <div class=\"author-bio\"><h3>About the author</h3><p>{3} is the author of three previous books and lives with family by the coast.</p></div>\n{5}</article>{more}</main>\n\
         <footer><p>© 2024 {0}</p></footer>\n",
        esc(&spec.site),
        headline("h1", "", s, m),
        meta_line("span", "excerpt", s, m),
        s.author,
        body(&s.blocks, &BodyStyle::plain("h3")),
        share_bar("excerpt-share", s, m, false),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

// ------------------------------------------------------------------ probe 23

/// (216) A mobile site whose headlines are paragraphs styled as headings: every story an
/// `article.m-story` whose `<header>` holds a kicker, the headline as `p.h1` (linked as
/// the marks say) and a `p.m-meta` line, then the body `div.m-body`, share links as the
/// marks say and a "Next story" divider between stories; the chrome a compact app bar
/// with a menu button and a bottom tab bar.
fn header_p_h1(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<div class=\"m-divider\"><span>Next story</span></div>\n");
        }
        let _ = writeln!(
            feed,
            "<article class=\"m-story\"><header class=\"m-head\"><p class=\"kicker\">{}</p>{}<p class=\"m-meta\">{}</p></header>\n<div class=\"m-body\">\n{}</div>\n{}</article>",
            capitalize(section_by_title(s)),
            headline("p", " class=\"h1\"", s, m),
            meta_line("span", "m", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("m-share", s, m, false),
        );
    }
    let page = format!(
        "<div class=\"app-bar\"><button class=\"menu\" aria-label=\"Menu\">☰</button><a class=\"brand\" href=\"/\">{0}</a><a class=\"search\" href=\"/search\">Search</a></div>\n\
         <main class=\"m-feed\">\n{feed}</main>\n\
         <nav class=\"tab-bar\"><a href=\"/\">Home</a><a href=\"/latest\">Latest</a><a href=\"/saved\">Saved</a><a href=\"/account\">Account</a></nav>\n",
        esc(&spec.site),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"mobile\"",
        &page,
    )
}

/// (217) A small paper whose template prints every story's `h2` headline (linked as the
/// marks say) followed by a layout `<table class="dateline">` of one row: the byline and
/// the date as the marks say, the section linked to its front; then the body
/// `div.story-text`, share links as the marks say, and a rule between stories.
fn byline_table(spec: &Spec) -> String {
    let m = spec.marks;
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        if i > 0 {
            feed.push_str("<hr class=\"story-rule\">\n");
        }
        let by = if m.byline {
            format!(
                "<td class=\"by\">By <a href=\"/author/{}\">{}</a></td>",
                slug(s.author),
                s.author
            )
        } else {
            String::new()
        };
        let date = match m.date {
            DateMark::Time => format!(
                "<td class=\"date\"><time datetime=\"{}\">{}</time></td>",
                s.date_iso(),
                s.date_text()
            ),
            DateMark::Text => format!("<td class=\"date\">{}</td>", s.date_text()),
            DateMark::None => String::new(),
        };
        let section = section_by_title(s);
        let _ = writeln!(
            feed,
            "<div class=\"story\">{}<table class=\"dateline\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>{by}{date}\
             <td class=\"section\" align=\"right\"><a href=\"/{section}/\">{}</a></td></tr></table>\n<div class=\"story-text\">\n{}</div>\n{}</div>",
            headline("h2", " class=\"headline\"", s, m),
            capitalize(section),
            body(&s.blocks, &BodyStyle::plain("h3")),
            share_bar("story-tools", s, m, false),
        );
    }
    let chrome = Chrome::named("masthead", "menu", "right-col", "footer", "cookies");
    let page = format!(
        "{}<div id=\"content\"><div class=\"stories\">\n{feed}</div>{}</div>{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// Paragraphs of a consent wall's notice, long enough to read as text.
const CONSENT_NOTICE: [&str; 4] = [
    "We and our 842 partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as browsing data and IP addresses to personalise advertising and content, to measure the performance of advertising and content, to research our audiences and to develop and improve our products and services.",
    "With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or refuse to consent.",
    "Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only and will be stored for thirteen months. You can change your preferences or withdraw your consent at any time by returning to this site and clicking the Privacy settings link at the bottom of every page.",
    "If you do not wish to accept advertising cookies you can subscribe to read without personalised advertising for a small monthly fee, cancellable at any time. Subscribers are not tracked by our advertising partners and see no personalised advertising on any page of the site.",
];

/// The purposes a consent wall lists.
const CONSENT_PURPOSES: [&str; 5] = [
    "Store and/or access information on a device",
    "Use limited data to select advertising",
    "Create profiles for personalised advertising",
    "Measure content performance",
    "Understand audiences through statistics or combinations of data from different sources",
];

/// (218) A site behind a cookie wall: before the header, a modal
/// `div#consent-wall[role=dialog][aria-modal=true]` with an `h2` ("We value your
/// privacy"), four paragraphs of notice text, a list of purposes, a vendor link and the
/// buttons; then the chrome, every story an `article.story` with an `h1` (linked as the
/// marks say), meta, body `div.story-body` and share links as the marks say.
fn cookie_wall_long(spec: &Spec) -> String {
    let m = spec.marks;
    let mut wall = String::from(
        "<div id=\"consent-wall\" class=\"cmp-overlay\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"cmp-title\"><div class=\"cmp-dialog\">\
         <h2 id=\"cmp-title\">We value your privacy</h2>\n",
    );
    for p in CONSENT_NOTICE {
        let _ = writeln!(wall, "<p>{p}</p>");
    }
    wall.push_str("<ul class=\"cmp-purposes\">");
    for p in CONSENT_PURPOSES {
        let _ = write!(wall, "<li>{p}</li>");
    }
    wall.push_str(
        "</ul><p><a href=\"/privacy#vendors\">List of partners (vendors)</a></p>\
         <div class=\"cmp-buttons\"><button>Accept all</button><button>Reject all</button><button>Manage options</button><a href=\"/subscribe\">Subscribe</a></div></div></div>\n",
    );
    let mut feed = String::new();
    for s in &spec.stories {
        let _ = writeln!(
            feed,
            "<article class=\"story\">{}<div class=\"story-meta\">{}</div>\n<div class=\"story-body\">\n{}</div>\n{}</article>",
            headline("h1", " class=\"story-title\"", s, m),
            meta_line("span", "story", s, m),
            body(&s.blocks, &BodyStyle::plain("h2")),
            share_bar("story-share", s, m, false),
        );
    }
    let chrome = Chrome::hashed(spec);
    let page = format!(
        "{wall}{}<main class=\"stories\">\n{feed}</main>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        " class=\"cmp-locked\" style=\"overflow:hidden\"",
        &page,
    )
}

/// (219) A print-minded template: headlines never links (`h1` for story 1, `h2` for the
/// appended ones, in `div.entry`), meta as the marks say, the body `div.entry-text`, and
/// at the end of every story its address only as plain text in `p.permalink`
/// ("Permalink: https://…"), then share links as the marks say.
fn plain_permalink(spec: &Spec) -> String {
    let m = Marks {
        headline_link: false,
        ..spec.marks
    };
    let mut feed = String::new();
    for (i, s) in spec.stories.iter().enumerate() {
        let h = if i == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            feed,
            "<div class=\"entry\">{}<div class=\"entry-meta\">{}</div>\n<div class=\"entry-text\">\n{}</div>\n<p class=\"permalink\">Permalink: {}</p>\n{}</div>",
            headline(h, " class=\"entry-title\"", s, m),
            meta_line("span", "entry", s, m),
            body(&s.blocks, &BodyStyle::plain("h3")),
            esc(&s.url),
            share_bar("entry-share", s, m, false),
        );
    }
    let chrome = Chrome::named("top", "menu", "side", "bottom", "cookie-bar");
    let page = format!(
        "{}<div id=\"main\">\n{feed}</div>{}{}",
        chrome.header(spec),
        chrome.sidebar(spec),
        chrome.footer(spec),
    );
    document(
        " lang=\"en\"",
        &head(spec, rand_json_ld(spec), ""),
        "",
        &page,
    )
}

/// (220) Control: a link aggregator's discussion page (one story): a `table.fatitem`
/// with the submission's title (linked to its page), points, user, age and comment count,
/// the submission's own text in `div.toptext`, a reply form, then the comment tree as
/// `tr.athing.comtr` rows (an indent cell, a vote arrow, a `span.comhead` with the user
/// and an age link to `item?id=N`, the comment in `div.commtext`, a reply link), the
/// comments the teasers' lines, nested by turns.
fn single_comment_thread(spec: &Spec) -> String {
    let s = spec.first();
    let item = 38_000_000 + hash(&[&s.title, "item"]) % 1_000_000;
    let text = body(&s.blocks, &BodyStyle::plain("p"));
    let mut rows = String::new();
    for (k, t) in spec.teasers.iter().enumerate() {
        let id = item + 1 + k as u64;
        let indent = [0, 40, 80, 40, 0, 40][k % 6];
        let user = [
            "throwaway42",
            "pg_fan",
            "kqr",
            "dang_it",
            "sillysaurus",
            "tptacek2",
        ][k % 6];
        let _ = writeln!(
            rows,
            "<tr class=\"athing comtr\" id=\"{id}\"><td><table border=\"0\"><tr><td class=\"ind\" indent=\"{}\"><img src=\"s.gif\" height=\"1\" width=\"{indent}\"></td>\
             <td valign=\"top\" class=\"votelinks\"><a id=\"up_{id}\" href=\"vote?id={id}&amp;how=up\"><div class=\"votearrow\" title=\"upvote\"></div></a></td>\
             <td class=\"default\"><div><span class=\"comhead\"><a href=\"user?id={user}\" class=\"hnuser\">{user}</a> <span class=\"age\"><a href=\"item?id={id}\">{} hours ago</a></span> | <a href=\"#{item}\">parent</a></span></div>\
             <div class=\"comment\"><div class=\"commtext c00\">{}<p>{}</p></div><div class=\"reply\"><p><font size=\"1\"><u><a href=\"reply?id={id}\">reply</a></u></font></p></div></div></td></tr></table></td></tr>",
            indent / 40,
            1 + k % 9,
            esc(&t.excerpt),
            esc(&t.title),
        );
    }
    let page = format!(
        "<center><table id=\"hnmain\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"85%\">\
         <tr><td><table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\"><tr><td><a href=\"/\"><b class=\"hnname\">{0}</b></a> \
         <span class=\"pagetop\"><a href=\"newest\">new</a> | <a href=\"front\">past</a> | <a href=\"newcomments\">comments</a> | <a href=\"ask\">ask</a> | <a href=\"submit\">submit</a></span></td></tr></table></td></tr>\n\
         <tr id=\"pagespace\" style=\"height:10px\"></tr><tr><td><table class=\"fatitem\" border=\"0\">\
         <tr class=\"athing\" id=\"{item}\"><td class=\"title\"><span class=\"titleline\"><a href=\"{1}\">{2}</a></span></td></tr>\
         <tr><td class=\"subtext\"><span class=\"score\">{3} points</span> by <a href=\"user?id=op\" class=\"hnuser\">op</a> <span class=\"age\"><a href=\"item?id={item}\">{4}</a></span> | <a href=\"item?id={item}\">{5}&nbsp;comments</a></td></tr>\
         <tr><td><div class=\"toptext\">\n{text}</div></td></tr>\
         <tr><td><form action=\"comment\" method=\"post\"><textarea name=\"text\" rows=\"8\" cols=\"80\"></textarea><br><input type=\"submit\" value=\"add comment\"></form></td></tr></table>\n\
         <table class=\"comment-tree\" border=\"0\">\n{rows}</table></td></tr>\
         <tr><td><center><a href=\"newsguidelines.html\">Guidelines</a> | <a href=\"newsfaq.html\">FAQ</a> | <a href=\"security.html\">Security</a></center></td></tr></table></center>\n",
        esc(&spec.site),
        attr(&s.path),
        esc(&s.title),
        100 + hash(&[&s.title, "pts"]) % 900,
        s.date_text(),
        spec.teasers.len(),
    );
    document(
        " lang=\"en\" op=\"item\"",
        &head(spec, false, ""),
        "",
        &page,
    )
}

/// (221) Control: a Q&A site's question page (one story): the question's `h1` linked to
/// `/questions/<n>/<slug>`, "Asked / Modified / Viewed" stats, the question post (the
/// story's first part) with a vote cell, tags, a "Share" link to `/q/<n>`, a user card
/// and comments; then "N Answers" with a sort menu and every answer a
/// `div.answer[id=answer-<n>]` (the story's next part) with votes, the accepted mark on
/// the first, a "Share" link to `/a/<n>`, an "answered <date>" user card and comments; a
/// "Related" and "Hot Network Questions" sidebar from the teasers.
fn single_qa_answers(spec: &Spec) -> String {
    let s = spec.first();
    let q = 70_000_000 + hash(&[&s.title, "q"]) % 9_000_000;
    let parts = chunks(&s.blocks, 5);
    let users = ["jdoe", "Martin R.", "user4711", "K. Nakamura", "ebrahim"];
    let post = |n: u64, kind: &str, k: usize, blocks: &[Block]| -> String {
        let share = if kind == "question" { "q" } else { "a" };
        let accepted = if k == 1 {
            "<div class=\"js-accepted-answer-indicator\" title=\"Accepted\">✓</div>"
        } else {
            ""
        };
        format!(
            "<div class=\"post-layout\"><div class=\"votecell\"><button class=\"js-vote-up-btn\" aria-label=\"Up vote\"></button>\
             <div class=\"js-vote-count\" itemprop=\"upvoteCount\">{}</div><button class=\"js-vote-down-btn\" aria-label=\"Down vote\"></button>{accepted}</div>\
             <div class=\"postcell\"><div class=\"s-prose js-post-body\" itemprop=\"text\">\n{}</div>\
             <div class=\"post-menu\"><a href=\"/{share}/{n}\" class=\"js-share-link\">Share</a> <a href=\"/posts/{n}/edit\">Edit</a> <button>Follow</button></div>\
             <div class=\"user-info\"><div class=\"user-action-time\">{} {}</div><div class=\"user-details\"><a href=\"/users/{}/{}\">{}</a> <span class=\"reputation-score\">{}</span></div></div></div>\
             <div class=\"comments\"><ul class=\"comments-list\"><li class=\"comment\"><span class=\"comment-copy\">Thanks, this is helpful.</span> – <a class=\"comment-user\" href=\"/users/9/anon\">anon</a> <span class=\"comment-date\">{}</span></li></ul>\
             <a class=\"js-add-link\" href=\"#\">Add a comment</a></div></div>",
            1 + hash(&[&n.to_string(), "votes"]) % 300,
            body(blocks, &BodyStyle::plain("h2")),
            if kind == "question" { "asked" } else { "answered" },
            s.date_text(),
            1_000 + k,
            slug(users[k % users.len()]),
            users[k % users.len()],
            1 + hash(&[&n.to_string(), "rep"]) % 90_000,
            s.date_text(),
        )
    };
    let mut answers = String::new();
    for (k, part) in parts.iter().enumerate().skip(1) {
        let n = q + 1 + k as u64;
        let _ = writeln!(
            answers,
            "<div id=\"answer-{n}\" class=\"answer js-answer{}\" data-answerid=\"{n}\" itemprop=\"suggestedAnswer\">{}</div>",
            if k == 1 { " accepted-answer" } else { "" },
            post(n, "answer", k, part),
        );
    }
    let mut side = String::from("<div class=\"module sidebar-related\"><h4>Related</h4><ul>");
    for t in &spec.teasers {
        let _ = write!(
            side,
            "<li><a class=\"question-hyperlink\" href=\"{}\">{}</a></li>",
            attr(&t.path),
            esc(&t.title)
        );
    }
    side.push_str("</ul></div>");
    let page = format!(
        "<header class=\"s-topbar\"><a class=\"s-topbar--logo\" href=\"/\">{0}</a><form action=\"/search\"><input name=\"q\" placeholder=\"Search…\"></form><a href=\"/users/login\">Log in</a></header>\n\
         <div id=\"content\"><div id=\"question-header\"><h1 itemprop=\"name\"><a href=\"/questions/{q}/{1}\" class=\"question-hyperlink\">{2}</a></h1><a href=\"/questions/ask\">Ask Question</a></div>\
         <div class=\"stats\">Asked <time datetime=\"{3}\">{4}</time> Modified today Viewed 12k times</div>\n\
         <div id=\"mainbar\"><div class=\"question js-question\" data-questionid=\"{q}\" id=\"question\">{5}<div class=\"post-taglist\"><a class=\"post-tag\" href=\"/questions/tagged/{6}\">{6}</a></div></div>\n\
         <div id=\"answers\"><div id=\"answers-header\"><h2>{7} Answers</h2><select><option>Highest score (default)</option><option>Date modified</option></select></div>\n{answers}</div>\
         <h2 class=\"bottom-notice\">Not the answer you're looking for? Browse other questions tagged <a href=\"/questions/tagged/{6}\">{6}</a> or <a href=\"/questions/ask\">ask your own question</a>.</h2></div>\n\
         <div id=\"sidebar\">{side}</div></div>\n<footer class=\"site-footer\"><a href=\"/about\">About</a> <a href=\"/legal\">Legal</a> <p>Site design / logo © 2024 {0}; user contributions licensed under CC BY-SA.</p></footer>\n",
        esc(&spec.site),
        slug(&s.title),
        esc(&s.title),
        s.date_iso(),
        s.date_text(),
        post(q, "question", 0, parts[0]),
        section_by_title(s),
        parts.len().saturating_sub(1),
    );
    document(
        " lang=\"en\" itemscope itemtype=\"https://schema.org/QAPage\"",
        &head(spec, false, ""),
        "",
        &page,
    )
}
