//! Decides which part of the page is the page's own article when it carries several
//! stories (infinite scroll, appended posts, full-text teasers): the story at the reading
//! position, else the one whose permalink is the current address, else the one the
//! page's metadata names or titles, else the one story without a permalink of its own,
//! else the first in document order.

use ego_tree::NodeId;
use scraper::Html;
use url::Url;

use crate::dom::{self, Tree};
use crate::measure;
use crate::metadata::Metadata;
use crate::vocabulary as voc;
use words::threshold;

mod repeats;
mod stories;
pub(crate) mod words;
pub(crate) use repeats::strip;
use stories::Story;

/// Where the article is searched for, and why.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    /// The subtree to search: one story on a page with several, else `<body>`.
    pub root: NodeId,
    /// The chosen story's own heading, when it is not the story the page's metadata names.
    pub title: Option<String>,
    /// Whether the page's metadata (byline, date, image, description) describes the
    /// chosen story; when not, those fields come from the story's own markup.
    pub described: bool,
    /// The chosen story's own publication time (its first `<time datetime>`), for a story
    /// the metadata does not describe.
    pub published_time: Option<String>,
    /// The current address, when it is the permalink of a story the metadata does not
    /// describe.
    pub url: Option<String>,
    /// Which signal chose the story.
    pub signal: Signal,
    /// The page's marked-up main content container (`itemprop=articleBody`, the one
    /// dominant `<article>`, `<main>`), if any: the article is looked for inside it.
    pub container: Option<NodeId>,
    /// Lede and standfirst blocks of the subtree, found before scoring removes headers.
    pub ledes: Vec<LedeCandidate>,
    /// On a page with several stories: each story's element (its first, for a run of
    /// siblings) and headline, in document order (empty on a page with one).
    pub stories: Vec<(NodeId, String)>,
    /// When the chosen story is a run of siblings with no element of its own (see
    /// [`enclose`]): its first and last sibling, which `root`, a wrapper added to the
    /// page, now holds.
    pub run: Option<(NodeId, NodeId)>,
    /// Stories appended inside the one before them, each moved out after the one before
    /// it (see [`unnest`]) so they stand as siblings.
    pub nested: Vec<NodeId>,
    /// Text blocks of the chosen story that the page's other stories repeat word for word
    /// (see [`repeats`]), removed after cleaning ([`strip`]).
    pub furniture: Vec<NodeId>,
    /// On a page marked up as one question and its accepted answer (schema.org `Question`,
    /// `acceptedAnswer`): the question's text element and the answer's, which are the
    /// article (see [`question_and_answer`]).
    pub qa: Option<(NodeId, NodeId)>,
}

impl Located {
    /// The chosen story's element as [`Located::stories`] lists it.
    pub(crate) fn story(&self) -> NodeId {
        self.run.map_or(self.root, |(first, _)| first)
    }
}

/// A lede, abstract or standfirst block found before scoring, with its ancestors at the
/// time (scoring may remove the header it sits in).
#[derive(Debug, Clone)]
pub(crate) struct LedeCandidate {
    pub id: NodeId,
    pub ancestors: Vec<NodeId>,
}

/// Lede, abstract and standfirst blocks of the page (by class/id words), the headings of
/// `<hgroup>`s after their first one, and a recipe's ingredient lists (they open the
/// recipe as a standfirst opens a story, and scoring, which weighs paragraphs, passes
/// them by).
fn lede_candidates(tree: &Tree, page: NodeId) -> Vec<LedeCandidate> {
    let mut out = Vec::new();
    let mut node = dom::next_node_within(tree, page, false, page);
    while let Some(id) = node {
        let tag = dom::tag(tree, id).unwrap_or_default();
        let lede = is_lede(tree, id)
            || (voc::HEADING_TAGS.contains(&tag)
                && dom::parent(tree, id).is_some_and(|p| dom::is_tag(tree, p, "hgroup"))
                && dom::prev_element_sibling(tree, id).is_some());
        // A list or table of a recipe's ingredients, by its class/id words.
        let ingredients = !lede
            && words::INGREDIENT_LIST_TAGS.contains(&tag)
            && measure::names_word(tree, id, &words::INGREDIENT_TOKENS);
        if (lede || ingredients) && measure::is_probably_visible(tree, id) {
            let stats = measure::block_stats(tree, id);
            let max_link_density = if ingredients {
                threshold::MAX_INGREDIENTS_LINK_DENSITY
            } else {
                threshold::MAX_LEDE_LINK_DENSITY
            };
            if stats.chars >= threshold::MIN_LEDE_CHARS && stats.link_density() < max_link_density {
                out.push(LedeCandidate {
                    id,
                    ancestors: dom::ancestors(tree, id, threshold::LEDE_ANCESTOR_LEVELS),
                });
                node = dom::next_node_within(tree, id, true, page);
                continue;
            }
        }
        node = dom::next_node_within(tree, id, false, page);
    }
    out
}

/// An element whose class/id words name a lede.
fn is_lede(tree: &Tree, id: NodeId) -> bool {
    measure::names_word(tree, id, &words::LEDE_TOKENS)
}

/// The signal that chose the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    /// The page carries one story: the whole body is searched.
    SingleStory,
    /// The story holds the element a live page marked as being read
    /// ([`words::READING_MARK_ATTR`]).
    ReadingPosition,
    /// A story links to the current address (title, share or "continue reading" link).
    CurrentUrl,
    /// A story links to the address the page's metadata gives.
    CanonicalUrl,
    /// A story's heading matches the page's title.
    Title,
    /// The one story naming no address of its own, among stories that each name theirs
    /// (those infinite scroll appended).
    Unnamed,
    /// None matched: the first story in document order.
    DocumentOrder,
}

/// Every code of [`Signal::code`], in the order of the choice.
pub(crate) const SIGNAL_CODES: [&str; 7] = [
    Signal::SingleStory.code(),
    Signal::ReadingPosition.code(),
    Signal::CurrentUrl.code(),
    Signal::CanonicalUrl.code(),
    Signal::Title.code(),
    Signal::Unnamed.code(),
    Signal::DocumentOrder.code(),
];

impl Signal {
    /// The signal as a stable kebab-case code (`Diagnostics::story_signal`).
    pub(crate) const fn code(self) -> &'static str {
        match self {
            Signal::SingleStory => "single-story",
            Signal::ReadingPosition => "reading-position",
            Signal::CurrentUrl => "current-url",
            Signal::CanonicalUrl => "canonical-url",
            Signal::Title => "title",
            Signal::Unnamed => "unnamed",
            Signal::DocumentOrder => "document-order",
        }
    }
}

/// Finds the subtree holding the page's own story. A story that is a run of siblings is
/// enclosed in a wrapper of its own, the subtree searched.
pub(crate) fn page_article(doc: &mut Html, meta: &Metadata, current_url: Option<&Url>) -> Located {
    let body = dom::body(&doc.tree).unwrap_or_else(|| doc.tree.root().id());
    let measured = stories::measure(&doc.tree, body);
    let mut page = choose(&doc.tree, meta, current_url, &measured);
    if page.stories.is_empty() {
        page = unnested(doc, body, meta, current_url, &measured).unwrap_or(page);
    }
    if let Some(root) = enclose(doc, page.run) {
        page.root = root;
        page.container = main_container(&doc.tree, &landmarks(&doc.tree, root));
        page.ledes = lede_candidates(&doc.tree, root);
    }
    page
}

/// The story chosen once stories appended inside the one before them stand as siblings,
/// when that finds stories; else the page is left as it was.
fn unnested(
    doc: &mut Html,
    body: NodeId,
    meta: &Metadata,
    current_url: Option<&Url>,
    measured: &stories::Measured,
) -> Option<Located> {
    let chain = stories::nested_chain(&doc.tree, body, measured);
    if chain.is_empty() {
        return None;
    }
    let places: Vec<(NodeId, Option<NodeId>)> = chain
        .iter()
        .map(|&id| {
            let node = doc.tree.get(id);
            (
                node.and_then(|n| n.parent()).map_or(body, |p| p.id()),
                node.and_then(|n| n.next_sibling()).map(|n| n.id()),
            )
        })
        .collect();
    unnest(doc, &chain);
    let remeasured = stories::measure(&doc.tree, body);
    let mut page = choose(&doc.tree, meta, current_url, &remeasured);
    if page.stories.is_empty() {
        // Put back in reverse order, each where it was.
        for (&id, &(parent, next)) in chain.iter().zip(&places).rev() {
            dom::detach(&mut doc.tree, id);
            match next {
                Some(n) => dom::insert_before(&mut doc.tree, n, id),
                None => dom::append(&mut doc.tree, parent, id),
            }
        }
        return None;
    }
    page.nested = chain;
    Some(page)
}

/// Moves each story of a nested chain (outermost first) out of the one before it, to
/// stand right after it. On a fresh copy of the page (a retry's) this moves the same
/// elements the same way.
pub(crate) fn unnest(doc: &mut Html, chain: &[NodeId]) {
    let tree = &mut doc.tree;
    for pair in chain.windows(2) {
        dom::detach(tree, pair[1]);
        dom::insert_after(tree, pair[0], pair[1]);
    }
}

/// Encloses a run of siblings (the chosen story's, [`Located::run`]) in a new `<div>` in its
/// place; returns the wrapper. On a fresh copy of the page (a retry's) this makes the
/// same wrapper, under the same id: the page is built the same way each time.
pub(crate) fn enclose(doc: &mut Html, run: Option<(NodeId, NodeId)>) -> Option<NodeId> {
    let (first, last) = run?;
    let tree = &mut doc.tree;
    let siblings: Vec<NodeId> = std::iter::successors(Some(first), |&n| {
        (n != last)
            .then(|| {
                tree.get(n)
                    .and_then(|node| node.next_sibling())
                    .map(|s| s.id())
            })
            .flatten()
    })
    .collect();
    let wrapper = dom::create(tree, "div");
    dom::insert_before(tree, first, wrapper);
    for s in siblings {
        dom::append(tree, wrapper, s);
    }
    Some(wrapper)
}

/// What the page's links resolve against: its `<base href>`, else the current address
/// (which stays the page's own address whatever the base).
fn link_base<'a>(meta: &'a Metadata, current_url: Option<&'a Url>) -> Option<&'a Url> {
    meta.base.as_ref().or(current_url)
}

/// Which story is the page's own, with the signal that chose it.
fn choose(
    tree: &Tree,
    meta: &Metadata,
    current_url: Option<&Url>,
    measured: &stories::Measured,
) -> Located {
    let body = dom::body(tree).unwrap_or_else(|| tree.root().id());
    let marks = landmarks(tree, body);
    let base = link_base(meta, current_url);
    let target = stories::fragment_target(tree, body, current_url);
    let stories = stories::stories(tree, body, meta, base, current_url, target, measured);
    let identity: Vec<String> = meta
        .identity_urls
        .iter()
        .filter_map(|u| url_key(u, base))
        .collect();
    // The region around the places naming the current address, when it is not the
    // page's own (see [`stories::anchored`]).
    let anchored = || {
        let s = stories::anchored(tree, body, base?, current_url?, &identity)?;
        Some(chosen(
            tree,
            std::slice::from_ref(&s),
            &s,
            meta,
            current_url,
            Signal::CurrentUrl,
        ))
    };
    if stories.len() < 2 {
        return anchored().unwrap_or_else(|| single_story(tree, body, &marks));
    }
    if let Some(mark) = marks.reading {
        if let Some(s) = stories.iter().find(|s| story_holds(tree, s, mark)) {
            return chosen(
                tree,
                &stories,
                s,
                meta,
                current_url,
                Signal::ReadingPosition,
            );
        }
    }
    // The story whose own element the address's fragment names (`/#issue-118` on a page
    // of a newsletter's issues): the page's address, which every story shares, names
    // none of them.
    if let Some(s) = target.and_then(|t| named_by_fragment(tree, &stories, t)) {
        return chosen(tree, &stories, s, meta, current_url, Signal::CurrentUrl);
    }
    let current = current_url.and_then(|u| url_key(u.as_str(), None));
    // For each address, a story that names it as its own (permalink, headline link,
    // share links) first, then one that links to it anywhere: a story may link to
    // another ("next story", "read also").
    for (key, signal) in current
        .iter()
        .map(|c| (c, Signal::CurrentUrl))
        .chain(identity.iter().map(|k| (k, Signal::CanonicalUrl)))
    {
        for reach in REACHES {
            // A link to the address that spells one story's headline names that story
            // before any story that merely links to it (a thread's "Next message"
            // and "Previous message" links, a "Next article" bar, each with the other
            // story's headline).
            if reach == Reach::Link && signal == Signal::CurrentUrl {
                if let Some(s) = headlined_by_link(tree, body, &stories, key, base) {
                    return chosen(tree, &stories, s, meta, current_url, signal);
                }
            }
            let mut naming = stories.iter().filter(|s| names(tree, s, key, base, reach));
            match (naming.next(), naming.next()) {
                // A story linking to the page under many queries offers views of it
                // (facets, sort orders), not a link of its own.
                (Some(s), None)
                    if reach == Reach::SamePage && views_of_page(tree, s, key, base) => {}
                (Some(s), None) => return chosen(tree, &stories, s, meta, current_url, signal),
                // Words of an address fit one story's headline or none.
                (Some(_), Some(_)) if reach == Reach::Slug => {}
                // Parts that all name the page's address as their own (a list
                // article's items), or link to it under queries of their own (a
                // transcript's timestamps, `?t=47`), are one story.
                (Some(_), Some(_))
                    if reach == Reach::Own
                        || (reach == Reach::SamePage
                            && addresses_parts(tree, &stories, key, base)) =>
                {
                    // …but for one story naming it as its own before the bars after it,
                    // where the others name it only in such bars (a separator before the
                    // next story, each story's rail set in one column after the last).
                    if reach == Reach::Own {
                        let mut before_bars = stories.iter().filter(|s| {
                            names(tree, s, key, base, reach)
                                && names_before_bars(tree, s, key, base)
                        });
                        if let (Some(s), None) = (before_bars.next(), before_bars.next()) {
                            return chosen(tree, &stories, s, meta, current_url, signal);
                        }
                    }
                    return single_story(tree, body, &marks);
                }
                (Some(s), Some(_)) => return chosen(tree, &stories, s, meta, current_url, signal),
                _ => {}
            }
        }
        // No story found names the current address: the one story whose own id is the
        // address's last segment (an app's opaque address, `/a/8f3k2`, with the id in
        // the story's `data-id`); else the one whose own address is it under another
        // path prefix (`/s/channel/5529` and `/channel/5529`); else the region around the places naming it (its text
        // may sit where stories' prose is not looked for: a gallery's captions), before
        // the page's own address decides.
        if signal == Signal::CurrentUrl {
            // The story holding the place the address's fragment points to (an issue of
            // a newsletter kept as one document, at its title's anchor).
            if let Some(s) = target.and_then(|t| stories.iter().find(|s| story_holds(tree, s, t))) {
                return chosen(tree, &stories, s, meta, current_url, signal);
            }
            let mut by_id = stories
                .iter()
                .filter(|s| stories::id_is_address(tree, s, key));
            if let (Some(s), None) = (by_id.next(), by_id.next()) {
                return chosen(tree, &stories, s, meta, current_url, signal);
            }
            let mut nesting = stories
                .iter()
                .filter(|s| stories::own_address_nests(s, key));
            if let (Some(s), None) = (nesting.next(), nesting.next()) {
                return chosen(tree, &stories, s, meta, current_url, signal);
            }
            if let Some(located) = anchored() {
                return located;
            }
        }
    }
    let titles: Vec<&String> = meta
        .identity_titles
        .iter()
        .chain(std::iter::once(&meta.title))
        .filter(|t| !t.trim().is_empty())
        .collect();
    if let Some(s) = stories.iter().find(|s| {
        titles.iter().any(|t| {
            measure::text_similarity(t, &s.heading) > threshold::TITLE_SIMILARITY
                || measure::text_similarity(&s.heading, t) > threshold::TITLE_SIMILARITY
        })
    }) {
        return chosen(tree, &stories, s, meta, current_url, Signal::Title);
    }
    let mut unnamed = stories.iter().filter(|s| s.own_urls.is_empty());
    if let (Some(s), None) = (unnamed.next(), unnamed.next()) {
        return chosen(tree, &stories, s, meta, current_url, Signal::Unnamed);
    }
    // A page at an address none of its stories names (a home, section or archive page
    // with full posts, each with its permalink) is read whole, as a page of one story.
    if current.is_some() {
        return single_story(tree, body, &marks);
    }
    chosen(
        tree,
        &stories,
        &stories[0],
        meta,
        current_url,
        Signal::DocumentOrder,
    )
}

/// The one story headlined as a link to the address `key` reads, its heading's text or
/// its own (a "More articles" card naming the article loaded below it, whose headline
/// links nowhere): none when no such link fits exactly one story.
fn headlined_by_link<'s>(
    tree: &Tree,
    body: NodeId,
    stories: &'s [Story],
    key: &str,
    base: Option<&Url>,
) -> Option<&'s Story> {
    let alike = |a: &str, b: &str| {
        measure::text_similarity(a, b) > threshold::TITLE_SIMILARITY
            && measure::text_similarity(b, a) > threshold::TITLE_SIMILARITY
    };
    let mut found: Option<&Story> = None;
    for link in dom::descendants_with_tags(tree, body, &["a"]) {
        if dom::attr(tree, link, "href")
            .and_then(|h| url_key(h, base))
            .as_deref()
            != Some(key)
        {
            continue;
        }
        let label = match dom::descendants_with_tags(tree, link, voc::HEADING_TAGS).first() {
            Some(&h) => dom::inner_text(tree, h),
            None => dom::inner_text(tree, link),
        };
        let mut fitting = stories
            .iter()
            .filter(|s| !s.heading.is_empty() && alike(&label, &s.heading));
        match (fitting.next(), fitting.next(), found) {
            (Some(s), None, None) => found = Some(s),
            (Some(s), None, Some(f)) if std::ptr::eq(s, f) => {}
            (None, _, _) => {}
            _ => return None,
        }
    }
    found
}

/// The whole body searched as one story.
fn single_story(tree: &Tree, body: NodeId, marks: &Landmarks) -> Located {
    Located {
        root: body,
        title: None,
        described: true,
        published_time: None,
        url: None,
        signal: Signal::SingleStory,
        container: main_container(tree, marks),
        ledes: lede_candidates(tree, body),
        stories: Vec::new(),
        run: None,
        nested: Vec::new(),
        furniture: Vec::new(),
        qa: question_and_answer(tree, marks),
    }
}

/// The text of a page's one question and of its one accepted answer, as the page marks
/// them up (schema.org microdata: an element typed `Question`, its `itemprop=text`
/// outside every `Answer`; the `itemprop=acceptedAnswer` element's `itemprop=text`): a
/// Q&A page's article is the question and the answer it accepted, not the longest of its
/// posts.
fn question_and_answer(tree: &Tree, marks: &Landmarks) -> Option<(NodeId, NodeId)> {
    let ([question], [accepted]) = (&marks.questions[..], &marks.accepted[..]) else {
        return None;
    };
    let within = |text: NodeId, owner: NodeId| dom::ancestors(tree, text, 0).contains(&owner);
    let question_text = marks
        .texts
        .iter()
        .copied()
        .find(|&t| within(t, *question) && !marks.answers.iter().any(|&a| within(t, a)))?;
    let answer_text = marks
        .texts
        .iter()
        .copied()
        .find(|&t| within(t, *accepted))?;
    Some((question_text, answer_text))
}

/// The elements of a story: its root, the rest of its run, those attached to it.
fn parts(story: &Story) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::once(story.root)
        .chain(story.run.iter().copied())
        .chain(story.attached.iter().copied())
}

/// The story whose own element `target` is: its root, an element attached to it (its
/// header), or a heading in it.
fn named_by_fragment<'a>(tree: &Tree, stories: &'a [Story], target: NodeId) -> Option<&'a Story> {
    stories.iter().find(|s| {
        s.root == target
            || s.attached.contains(&target)
            || (dom::tag_in(tree, target, voc::HEADING_TAGS) && story_holds(tree, s, target))
    })
}

/// Whether `id` lies in the story or in an element attached to it.
fn story_holds(tree: &Tree, story: &Story, id: NodeId) -> bool {
    parts(story).any(|r| dom::is_within(tree, id, r))
}

/// Whether the story names `key` as its own address or, unless `own_only`, links to it
/// anywhere.
fn names(tree: &Tree, story: &Story, key: &str, base: Option<&Url>, reach: Reach) -> bool {
    story.own_urls.iter().any(|u| u == key)
        || match reach {
            Reach::Own => false,
            Reach::Slug => slug_fits(key, &story.heading),
            Reach::Link | Reach::SamePage => {
                parts(story).any(|r| links_to(tree, r, key, base, reach == Reach::SamePage))
            }
        }
}

/// Whether the story's own element, the rest of its run or an element attached before it
/// (its header, a marker leading it), not a bar after it, links to `key` or carries it
/// in an address attribute.
fn names_before_bars(tree: &Tree, story: &Story, key: &str, base: Option<&Url>) -> bool {
    let before = |a: NodeId| {
        std::iter::successors(dom::prev_element_sibling(tree, story.root), |&s| {
            dom::prev_element_sibling(tree, s)
        })
        .any(|s| s == a)
    };
    std::iter::once(story.root)
        .chain(story.run.iter().copied())
        .chain(story.attached.iter().copied().filter(|&a| before(a)))
        .any(|r| links_to(tree, r, key, base, false))
}

/// Whether the words of the address's last path segment (its slug,
/// `…/veteran-wraps-baby-in-american-flag.html`) are, nearly all, words of `heading`.
fn slug_fits(key: &str, heading: &str) -> bool {
    Slug::of(key).is_some_and(|s| s.fits(heading))
}

/// The words of an address's last path segment, lower-cased, numbers left out; only
/// for a slug of at least [`threshold::MIN_SLUG_WORDS`] words.
struct Slug(Vec<String>);

impl Slug {
    fn of(key: &str) -> Option<Slug> {
        let path = key.split('?').next().unwrap_or(key);
        let last = path.rsplit('/').next().unwrap_or_default();
        let last = last.split('.').next().unwrap_or_default();
        let words: Vec<String> = last
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .map(str::to_lowercase)
            .collect();
        (words.len() >= threshold::MIN_SLUG_WORDS).then_some(Slug(words))
    }

    /// Whether nearly all the slug's words are words of `heading`: as written, with
    /// their accented letters spelled as slugs spell them, or without them.
    fn fits(&self, heading: &str) -> bool {
        let heading = heading.to_lowercase();
        let mut words: Vec<std::borrow::Cow<str>> = Vec::new();
        for w in heading
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            words.push(w.into());
            if w.is_ascii() {
                continue;
            }
            let mut folded = String::with_capacity(w.len());
            for c in w.chars() {
                match words::SLUG_LETTER_FOLDS
                    .iter()
                    .find(|(from, _)| from.contains(c))
                {
                    Some((_, to)) => folded.push_str(to),
                    None => folded.push(c),
                }
            }
            words.push(folded.into());
            words.push(w.chars().filter(char::is_ascii).collect::<String>().into());
        }
        let found = self
            .0
            .iter()
            .filter(|w| words.iter().any(|h| h == w.as_str()))
            .count();
        found as f64 >= self.0.len() as f64 * threshold::SLUG_HEADLINE_SHARE
    }
}

/// How a story may name an address, from the surest to the loosest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// As its own: a permalink attribute, its headline link, its share links.
    Own,
    /// By its headline's words, which the address's slug spells (the one story whose
    /// headline fits; a story's body may link to another, "Also read: …").
    Slug,
    /// With any link or address attribute in it.
    Link,
    /// With a link to the same page under other query parameters (`?comments=1`), for
    /// an address without a query of its own.
    SamePage,
}

/// The order a story's naming of an address is trusted in.
const REACHES: [Reach; 4] = [Reach::Own, Reach::Slug, Reach::Link, Reach::SamePage];

/// Whether the stories link to the page at `key` under more than one query: each part
/// of the page its own (`?t=12`, `?t=47`), not one control every story repeats
/// (`?print`).
fn addresses_parts(tree: &Tree, stories: &[Story], key: &str, base: Option<&Url>) -> bool {
    let mut first: Option<String> = None;
    stories
        .iter()
        .flat_map(|s| parts(s).flat_map(move |r| page_links(tree, r, key, base, true)))
        .filter(|k| k != key)
        .any(|k| match &first {
            Some(f) => *f != k,
            None => {
                first = Some(k);
                false
            }
        })
}

/// Whether `story` links to the page at `key` under [`threshold::PAGE_VIEW_QUERIES`]
/// queries or more.
fn views_of_page(tree: &Tree, story: &Story, key: &str, base: Option<&Url>) -> bool {
    let mut queries: Vec<String> = Vec::new();
    for k in parts(story).flat_map(|r| page_links(tree, r, key, base, true)) {
        if !queries.contains(&k) {
            queries.push(k);
            if queries.len() >= threshold::PAGE_VIEW_QUERIES {
                return true;
            }
        }
    }
    false
}

/// Whether the page's metadata describes `story`: the story links to an address the
/// metadata gives; without such addresses, the metadata's title matches the heading.
/// (A live page retitles itself as stories scroll by, so a title match alone does not
/// count when the metadata names addresses.)
fn describes(tree: &Tree, story: &Story, meta: &Metadata, base: Option<&Url>) -> bool {
    let keys: Vec<String> = meta
        .identity_urls
        .iter()
        .filter_map(|u| url_key(u, base))
        .collect();
    if !keys.is_empty() {
        return keys
            .iter()
            .any(|k| names(tree, story, k, base, Reach::Link));
    }
    [&meta.title]
        .into_iter()
        .chain(meta.identity_titles.iter())
        .any(|t| {
            !t.is_empty()
                && measure::text_similarity(t, &story.heading) > threshold::TITLE_SIMILARITY
        })
}

/// The first `<time datetime>` of a story.
fn story_time(tree: &Tree, story: &Story) -> Option<String> {
    std::iter::once(story.root)
        .chain(story.run.iter().copied())
        .flat_map(|r| dom::descendants_with_tags(tree, r, &["time"]))
        .find_map(|t| {
            dom::attr(tree, t, "datetime")
                .map(str::trim)
                .map(str::to_string)
        })
        .filter(|t| !t.is_empty())
}

fn chosen(
    tree: &Tree,
    all: &[Story],
    story: &Story,
    meta: &Metadata,
    current_url: Option<&Url>,
    signal: Signal,
) -> Located {
    let base = link_base(meta, current_url);
    let described = describes(tree, story, meta, base);
    Located {
        root: story.root,
        title: (!described && !story.heading.is_empty()).then(|| story.heading.clone()),
        described,
        published_time: (!described).then(|| story_time(tree, story)).flatten(),
        url: current_url
            .filter(|_| !described)
            .filter(|b| {
                url_key(b.as_str(), None).is_some_and(|k| names(tree, story, &k, base, Reach::Link))
            })
            .map(|b| b.to_string()),
        signal,
        container: main_container(tree, &landmarks(tree, story.root)),
        ledes: lede_candidates(tree, story.root),
        stories: all.iter().map(|s| (s.root, s.heading.clone())).collect(),
        run: story.run.last().map(|&last| (story.root, last)),
        nested: Vec::new(),
        furniture: repeats::furniture(tree, all, story),
        qa: None,
    }
}

/// The indices `0..n` in the order `cmp` sorts them, equal ones in index order. The
/// sorts of this module all go through it, so the wasm carries one sort, not one per
/// element type.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// The main content container the page marks up, by priority: `itemprop=articleBody`,
/// an `<article>` holding most of the articles' text, `<main>` / `role=main`.
fn main_container(tree: &Tree, marks: &Landmarks) -> Option<NodeId> {
    let body_marked = marks.body_marked.iter().copied();
    let articles = marks.articles.iter().copied();
    let mains = &marks.mains;
    let long_enough = |id: &NodeId| {
        dom::inner_text_len_capped(tree, *id, threshold::MIN_CONTAINER_CHARS)
            >= threshold::MIN_CONTAINER_CHARS
    };
    if let Some(b) = body_marked.into_iter().find(long_enough) {
        return Some(b);
    }
    // The longest article and the length of the next longest (0 when it is alone): no
    // sort, as only those two count. A tie for the longest is never dominant.
    let mut longest: Option<(usize, NodeId)> = None;
    let mut second = 0;
    for a in articles {
        let len = dom::inner_text_len(tree, a);
        match longest {
            Some((top, _)) if len <= top => second = second.max(len),
            _ => {
                second = longest.map_or(second, |(top, _)| second.max(top));
                longest = Some((len, a));
            }
        }
    }
    if let Some((len, a)) = longest {
        if len >= threshold::MIN_CONTAINER_CHARS
            && len >= second * threshold::DOMINANT_ARTICLE_RATIO
        {
            return Some(a);
        }
    }
    match mains.as_slice() {
        [m] if long_enough(m) => Some(*m),
        _ => None,
    }
}

/// The elements that mark up a page's structure, gathered in one walk.
#[derive(Default)]
struct Landmarks {
    /// `<article>` elements.
    articles: Vec<NodeId>,
    /// `itemprop=articleBody` elements.
    body_marked: Vec<NodeId>,
    /// `<main>` and `role=main` elements.
    mains: Vec<NodeId>,
    /// The first element a live page marked as being read.
    reading: Option<NodeId>,
    /// Elements typed as a question, as an answer, and marked as an accepted answer or as
    /// the text of one of them (schema.org microdata).
    questions: Vec<NodeId>,
    answers: Vec<NodeId>,
    accepted: Vec<NodeId>,
    texts: Vec<NodeId>,
}

fn landmarks(tree: &Tree, root: NodeId) -> Landmarks {
    let mut m = Landmarks::default();
    for n in tree
        .get(root)
        .into_iter()
        .flat_map(|r| dom::descendants(r).skip(1))
    {
        let Some(e) = n.value().as_element() else {
            continue;
        };
        let tag = &*e.name.local;
        let id = n.id();
        match tag {
            "article" => m.articles.push(id),
            "main" => m.mains.push(id),
            _ => {}
        }
        for (k, v) in e.attrs.iter() {
            match &*k.local {
                "role" if &**v == "main" && tag != "main" => m.mains.push(id),
                "itemtype" => {
                    if v.ends_with(words::QUESTION_ITEMTYPE) {
                        m.questions.push(id);
                    } else if v.ends_with(words::ANSWER_ITEMTYPE) {
                        m.answers.push(id);
                    }
                }
                "itemprop" => {
                    if voc::marks_article_body(v) {
                        m.body_marked.push(id);
                    }
                    for w in v.split_whitespace() {
                        if w == words::ACCEPTED_ANSWER_ITEMPROP {
                            m.accepted.push(id);
                        } else if w == words::TEXT_ITEMPROP {
                            m.texts.push(id);
                        }
                    }
                }
                words::READING_MARK_ATTR if m.reading.is_none() => m.reading = Some(id),
                _ => {}
            }
        }
    }
    m
}

/// Any link or URL-bearing attribute in the story points at `key`, directly or as a
/// parameter of a share link.
fn links_to(tree: &Tree, root: NodeId, key: &str, base: Option<&Url>, same_page: bool) -> bool {
    page_links(tree, root, key, base, same_page)
        .next()
        .is_some()
}

/// The addresses under `root` that are `key` or, when `same_page`, `key` under a query
/// of its own (for a `key` without one), as [`url_key`]s.
fn page_links<'a>(
    tree: &'a Tree,
    root: NodeId,
    key: &'a str,
    base: Option<&'a Url>,
    same_page: bool,
) -> impl Iterator<Item = String> + 'a {
    let matching = move |value: &str| {
        url_key(value, base).filter(|k| {
            k == key || (same_page && k.split_once('?').is_some_and(|(page, _)| page == key))
        })
    };
    tree.get(root)
        .filter(|_| !(same_page && key.contains('?')))
        .into_iter()
        .flat_map(dom::descendants)
        .filter_map(|d| d.value().as_element())
        .flat_map(move |e| {
            e.attrs()
                .filter(|(name, _)| words::PERMALINK_ATTRIBUTES.contains(name))
                .flat_map(move |(_, value)| {
                    matching(value)
                        .into_iter()
                        .chain(share_targets(value, base).filter_map(move |t| matching(&t)))
                })
        })
}

/// URLs carried as query parameters (share links, a site's own print or mail-a-friend
/// links, relative to `base`). A share link an archive serves under its own address
/// ([`archive_wrapper`]) names its target as the archive would link it.
fn share_targets(value: &str, base: Option<&Url>) -> impl Iterator<Item = String> {
    let parsed = match base {
        Some(b) => b.join(value),
        None => Url::parse(value),
    };
    parsed.ok().into_iter().flat_map(|u| {
        let wrapper = archive_wrapper(&u);
        u.query_pairs()
            .map(|(_, v)| v.into_owned())
            .filter(|v| v.starts_with("http"))
            .map(|v| match wrapper {
                Some(w) if !v.starts_with(w) => format!("{w}{v}"),
                _ => v,
            })
            .collect::<Vec<_>>()
    })
}

/// The part of an address before the address it carries in its path, as an archive or
/// a proxy serves a page under its own (`https://archive.ph/o/XKSrR/` of
/// `https://archive.ph/o/XKSrR/https://site.example/story`), if `u` carries one.
fn archive_wrapper(u: &Url) -> Option<&str> {
    let s = u.as_str();
    let path_start = s.find("://")? + "://".len();
    let at = words::CARRIED_ADDRESS_MARKS
        .iter()
        .filter_map(|m| s[path_start..].find(m))
        .min()?;
    Some(&s[..path_start + at + 1])
}

/// A comparable form of an address: host without `www.`, path without trailing slash,
/// query without tracking parameters, no scheme or fragment (but a route), in lower case
/// (servers that ignore case are addressed in any; sites print percent escapes in either).
pub(crate) fn url_key(value: &str, base: Option<&Url>) -> Option<String> {
    let v = value.trim();
    if v.is_empty() || v.strip_prefix('#').is_some_and(|f| route_of(f).is_none()) {
        return None;
    }
    let u = match base {
        Some(b) => b.join(v).ok()?,
        None => Url::parse(v).ok()?,
    };
    let u = publisher_address(&u).unwrap_or(u);
    let mut key = u.host_str()?.trim_start_matches("www.").to_owned();
    key.push_str(directory_of_default(u.path()).trim_end_matches('/'));
    // A fragment that routes a single-page app (`#!/story/12`, `#/story/12`) names the
    // page as a path does.
    if let Some(route) = u.fragment().and_then(route_of) {
        key.push('#');
        key.push_str(route);
    }
    let mut sep = '?';
    for (k, v) in u.query_pairs() {
        if !words::TRACKING_PARAMS.iter().any(|p| k.starts_with(p)) && !is_session(&k, &v) {
            key.push(sep);
            key.push_str(&k);
            key.push('=');
            key.push_str(&v);
            sep = '&';
        }
    }
    Some(key.to_lowercase())
}

/// A query parameter naming the visitor's session ([`words::SESSION_PARAMS`]) by a token:
/// letters and digits, both, [`threshold::MIN_SESSION_TOKEN_CHARS`] or more.
fn is_session(name: &str, value: &str) -> bool {
    words::SESSION_PARAMS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(name))
        && value.len() >= threshold::MIN_SESSION_TOKEN_CHARS
        && value.bytes().all(|b| b.is_ascii_alphanumeric())
        && value.bytes().any(|b| b.is_ascii_digit())
        && value.bytes().any(|b| b.is_ascii_alphabetic())
}

/// A path without the name of its directory's default document
/// ([`words::DEFAULT_DOCUMENTS`], in any case): `/story/index.html` → `/story/`.
fn directory_of_default(path: &str) -> &str {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    if words::DEFAULT_DOCUMENTS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(name))
    {
        &path[..dir.len() + 1]
    } else {
        path
    }
}

/// The publisher's address of a page an AMP cache serves under its own
/// ([`words::AMP_CACHE_PATHS`]), if `u` is one.
pub(super) fn publisher_address(u: &Url) -> Option<Url> {
    let host = u.host_str()?;
    if !words::AMP_CACHE_HOST_SUFFIXES
        .iter()
        .any(|s| host.ends_with(s))
    {
        return None;
    }
    let (scheme, rest) = words::AMP_CACHE_PATHS
        .iter()
        .find_map(|&(prefix, scheme)| u.path().strip_prefix(prefix).map(|r| (scheme, r)))?;
    let mut publisher = Url::parse(&format!("{scheme}://{rest}")).ok()?;
    publisher.set_query(u.query());
    publisher.set_fragment(u.fragment());
    Some(publisher)
}

/// The route a fragment holds (`!/story/12`, `/story/12`, without a trailing slash), if
/// it is one.
pub(super) fn route_of(fragment: &str) -> Option<&str> {
    let route = fragment.trim_end_matches('/');
    words::ROUTE_FRAGMENT_PREFIXES
        .iter()
        .any(|p| route.len() > p.len() && route.starts_with(p))
        .then_some(route)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_token_names_no_page() {
        let key = |v: &str| url_key(v, None);
        let page = key("https://a.example/forums/showthread.php?t=81544");
        for link in [
            "https://a.example/forums/showthread.php?s=642687b9e842687b91397c9aa4a0b06c&t=81544",
            "https://a.example/forums/showthread.php?t=81544&PHPSESSID=b1e4kq0ts9g2m7ul3fq8",
        ] {
            assert_eq!(key(link), page, "{link}");
        }
        // A short value or a word is a page's own parameter.
        assert_ne!(
            key("https://a.example/article.php?sid=1234"),
            key("https://a.example/article.php")
        );
        assert_ne!(
            key("https://a.example/?s=raspberrypiboards"),
            key("https://a.example/")
        );
    }

    #[test]
    fn a_directorys_default_document_is_the_directory() {
        let key = |v: &str| url_key(v, None);
        for page in [
            "https://a.example/news/2021/09/26/story/index.html",
            "https://a.example/news/2021/09/26/story/INDEX.HTM",
            "https://a.example/news/2021/09/26/story/default.aspx",
        ] {
            assert_eq!(
                key(page),
                key("https://a.example/news/2021/09/26/story/"),
                "{page}"
            );
        }
        assert_ne!(
            key("https://a.example/news/story/index2.html"),
            key("https://a.example/news/story/")
        );
        assert_eq!(
            key("https://a.example/news/story/index.html?id=4").as_deref(),
            Some("a.example/news/story?id=4")
        );
    }

    #[test]
    fn a_page_an_amp_cache_serves_is_the_publishers() {
        let key = |v: &str| url_key(v, None);
        let publisher = key("https://www.example.com/2020/11/a-story/amp/");
        assert!(publisher.is_some());
        for cached in [
            "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/2020/11/a-story/amp/",
            "https://www-example-com.cdn.ampproject.org/v/s/www.example.com/2020/11/a-story/amp/?amp_js_v=0.1&usqp=mq331AQIUAKwASCAAgM%3D",
            "https://www-example-com.bing-amp.com/c/s/www.example.com/2020/11/a-story/amp/",
        ] {
            assert_eq!(key(cached), publisher, "{cached}");
        }
        assert_eq!(
            key(
                "https://www-example-com.cdn.ampproject.org/c/www.example.com/2020/11/a-story/amp/"
            )
            .as_deref(),
            Some("example.com/2020/11/a-story/amp")
        );
        assert_ne!(
            key("https://cdn.example.org/c/s/www.example.com/2020/11/a-story/amp/"),
            publisher
        );
    }

    #[test]
    fn addresses_compare_without_scheme_www_slash_fragment_or_tracking() {
        let base = Url::parse("https://www.a.example/news/").ok();
        let key = |v: &str| url_key(v, base.as_ref());
        assert_eq!(
            key("https://a.example/news/story-1/").as_deref(),
            Some("a.example/news/story-1")
        );
        assert_eq!(
            key("http://www.a.example/news/story-1?utm_source=x#top"),
            key("story-1")
        );
        assert_eq!(key("/news/story-1?share=twitter"), key("story-1"));
        assert_ne!(key("/news/story-1?page=2"), key("story-1"));
        // Percent escapes in either case, or the characters they encode, are one address.
        assert_eq!(key("/news/%d8%a7-1"), key("/news/%D8%A7-1"));
        assert_eq!(key("/news/\u{627}-1"), key("/news/%d8%a7-1"));
        assert_ne!(key("/news/%d8%a7-1"), key("/news/%d8%a8-1"));
        // A server that ignores case is addressed in any.
        assert_eq!(
            key("/News/ArticleDetails.aspx?ArticleID=45"),
            key("/news/articledetails.aspx?articleid=45")
        );
        assert_eq!(key("#comments"), None);
        // A fragment routing a single-page app names a page of its own.
        assert_eq!(
            key("#!/story/12/slug").as_deref(),
            Some("a.example/news#!/story/12/slug")
        );
        assert_eq!(key("/news/#/story/12/"), key("#/story/12"));
        assert_ne!(key("#!/story/12"), key("#!/story/13"));
        assert_eq!(key("#/"), None);
    }

    #[test]
    fn an_address_slug_fits_the_headline_it_spells() {
        let key = "news.example/world/veteran-wraps-baby-in-american-flag-photo-sparks.html";
        assert!(slug_fits(
            key,
            "Veteran Wraps Baby in American Flag, Photo Sparks Controversy"
        ));
        assert!(!slug_fits(key, "Veteran wins the city marathon"));
        assert!(!slug_fits("news.example/story/83991", "Story 83991"));
        assert!(slug_fits("news.example/opinion/linux-video", "linux video"));
        // Accented letters spelled plain, or dropped.
        let heading = "Un troisième Français mort dans le séisme au Népal";
        assert!(slug_fits(
            "news.example/un-troisieme-francais-mort-dans-le-seisme",
            heading
        ));
        assert!(slug_fits(
            "news.example/un-troisime-franais-mort-dans-le-sisme",
            heading
        ));
        assert!(!slug_fits(
            "news.example/un-troisime-franais-mort-dans-le-sisme",
            "Un deuxième Italien blessé dans un accident"
        ));
    }

    #[test]
    fn share_links_carry_the_address_in_their_query() {
        let targets: Vec<String> = share_targets(
            "https://twitter.com/intent/tweet?text=Hi&url=https%3A%2F%2Fa.example%2Fs",
            None,
        )
        .collect();
        assert_eq!(targets, ["https://a.example/s"]);
        let base = Url::parse("https://a.example/news/").ok();
        let targets: Vec<String> = share_targets(
            "/cgi-bin/mail.pl?url=https%3A%2F%2Fa.example%2Fs",
            base.as_ref(),
        )
        .collect();
        assert_eq!(targets, ["https://a.example/s"]);
    }

    #[test]
    fn an_archived_share_link_names_its_target_as_the_archive_links_it() {
        let base = Url::parse("https://archive.ph/XKSrR").ok();
        let targets: Vec<String> = share_targets(
            "https://archive.ph/o/XKSrR/https://twitter.com/intent/tweet?url=https%3A%2F%2Fa.example%2Fs",
            base.as_ref(),
        )
        .collect();
        assert_eq!(targets, ["https://archive.ph/o/XKSrR/https://a.example/s"]);
        // The archive's key for the story is the one its headline link gives.
        assert_eq!(
            url_key(&targets[0], base.as_ref()),
            url_key("/o/XKSrR/https://a.example/s", base.as_ref())
        );
        let targets: Vec<String> = share_targets(
            "https://web.archive.org/web/20240501/https://twitter.com/share?url=https%3A%2F%2Fweb.archive.org%2Fweb%2F20240501%2Fhttps%3A%2F%2Fa.example%2Fs",
            None,
        )
        .collect();
        assert_eq!(
            targets,
            ["https://web.archive.org/web/20240501/https://a.example/s"]
        );
    }

    /// A standfirst set as a heading under the headline, named in the site's language
    /// (Turkish `spot`, Spanish `bajada`, French `chapo`), stays with the article.
    #[test]
    fn standfirsts_named_in_other_languages_stay() {
        let body = "<p>The council voted on Tuesday to keep the old harbour open to small \
                    fishing boats through the winter, after a year of debate.</p>"
            .repeat(6);
        for class in ["news-detail-spot", "nota-bajada", "article-chapo"] {
            let html = format!(
                "<html><body><div class=\"news-detail\"><div class=\"news-detail-header\">\
                 <h1>Harbour stays open for the winter</h1><h2 class=\"{class}\">Fishers \
                 won a year-long fight to keep their moorings, the council said.</h2></div>\
                 <div class=\"news-content\">{body}</div></div></body></html>"
            );
            let article =
                crate::extract::extract(&html, &crate::Options::default()).expect("an article");
            assert!(
                article.text.contains("Fishers won a year-long fight"),
                "{class}: {}",
                &article.text[..200]
            );
        }
    }

    /// A retry's fresh copy of the page, built and prepared the same way, gets the chosen
    /// run enclosed under the same id, holding the same text.
    #[test]
    fn a_run_is_enclosed_again_under_the_same_id() {
        let story = |n: usize| {
            format!(
                "<h2><a href=\"/story-{n}\">Story number {n} of the day</a></h2>\
                 <p><time datetime=\"2024-05-01\">May 1</time></p>{}<hr>",
                format!("<p>Paragraph of story {n}, long enough to read as prose here.</p>")
                    .repeat(12)
            )
        };
        let html = format!(
            "<html><body><header>Site</header><div id=\"content\">{}</div></body></html>",
            (0..3).map(story).collect::<String>()
        );
        let build = || {
            let mut doc = Html::parse_document(&html);
            crate::prepare::prepare(&mut doc);
            doc
        };
        let base = Url::parse("https://a.example/story-1").ok();
        let mut doc = build();
        let meta = crate::metadata::read(&doc, base.as_ref());
        let page = page_article(&mut doc, &meta, base.as_ref());
        assert!(page.run.is_some(), "the story is a run: {:?}", page.signal);
        let text = dom::inner_text(&doc.tree, page.root);
        assert!(
            text.contains("story 1") && !text.contains("story 2"),
            "{text}"
        );
        let mut again = build();
        assert_eq!(enclose(&mut again, page.run), Some(page.root));
        assert_eq!(dom::inner_text(&again.tree, page.root), text);
    }

    /// A virtualized feed (the WAI-ARIA feed pattern) marks the stories out of view
    /// `aria-hidden` and `inert`: the story the address names is shown whole though it was
    /// scrolled past.
    #[test]
    fn a_feeds_story_scrolled_out_of_view_is_still_the_pages_own() {
        let story = |n: usize, hidden: bool| {
            format!(
                "<article class=\"item\" aria-posinset=\"{n}\"{}>\
                 <h2><a href=\"/news/story-{n}\">Story number {n} of the day</a></h2>\
                 <p><time datetime=\"2024-05-0{n}\">May {n}, 2024</time></p>{}</article>",
                if hidden {
                    " aria-hidden=\"true\" inert"
                } else {
                    ""
                },
                format!("<p>Paragraph of story {n}, long enough to read as prose here.</p>")
                    .repeat(10)
            )
        };
        let html = format!(
            "<html><body><header><a href=\"/\">Site</a></header><main>\
             <div role=\"feed\" aria-label=\"News\">{}{}{}</div></main></body></html>",
            story(1, true),
            story(2, false),
            story(3, true)
        );
        for n in 1..=3 {
            let options = crate::Options {
                url: Some(format!("https://a.example/news/story-{n}")),
                ..crate::Options::default()
            };
            let article = crate::extract(&html, &options).expect("extracts");
            let own = format!("Paragraph of story {n},");
            assert!(article.text.contains(&own), "story {n}: {}", article.text);
            for other in (1..=3).filter(|&o| o != n) {
                assert!(
                    !article
                        .text
                        .contains(&format!("Paragraph of story {other},")),
                    "story {n} shows story {other}: {}",
                    article.text
                );
            }
        }
    }

    /// Issues of a newsletter kept as one document, each under a title paragraph whose
    /// anchor (`#h.…`) is the issue's address, with headings of their own inside: the
    /// address's fragment picks the issue; the document's own address reads it whole.
    #[test]
    fn the_address_fragment_picks_the_issue_of_a_document_it_points_to() {
        let issue = |n: usize| {
            format!(
                "<p class=\"title\" id=\"h.issue{n}\"><span>Harbour letter number {n} of the year</span></p>\
                 <p class=\"subtitle\"><span>Issue {n} · May {n}, 2024</span></p>\
                 <p><span>Opening of issue {n}, long enough to read as prose in the letter.</span></p>\
                 <h2 id=\"h.part{n}a\">Ferries back on the winter timetable</h2>{}<h2 id=\"h.part{n}b\">Fish markets open on Sunday mornings</h2>{}\
                 <hr style=\"display:none\">",
                format!("<p><span>Paragraph of issue {n}, long enough to read as prose here.</span></p>")
                    .repeat(4),
                format!("<p><span>More of issue {n}, long enough to read as prose here too.</span></p>")
                    .repeat(4)
            )
        };
        let contents: String = (1..=3)
            .map(|n| format!("<p><a href=\"#h.issue{n}\">Issue {n}</a></p>"))
            .collect();
        let html = format!(
            "<html><head><title>Harbour letters</title></head><body>\
             <div id=\"header\">Harbour letters</div><div class=\"doc-content\">{contents}{}{}{}</div>\
             </body></html>",
            issue(1),
            issue(2),
            issue(3)
        );
        let read = |url: &str| {
            let options = crate::Options {
                url: Some(url.to_owned()),
                ..crate::Options::default()
            };
            crate::extract(&html, &options).expect("extracts").text
        };
        let page = "https://docs.example/document/d/e/2PACX/pub";
        for n in 1..=3 {
            let text = read(&format!("{page}#h.issue{n}"));
            assert!(
                text.contains(&format!("Paragraph of issue {n},")),
                "issue {n}: {text}"
            );
            assert!(
                text.contains(&format!("More of issue {n},")),
                "issue {n}: {text}"
            );
            for other in (1..=3).filter(|&o| o != n) {
                assert!(
                    !text.contains(&format!("of issue {other},")),
                    "issue {n} shows issue {other}: {text}"
                );
            }
        }
        // The page's own address names no issue, and a fragment naming a heading inside
        // one makes no issues of the document: it is read whole, as an article at the
        // anchor of one of its sections.
        for url in [page.to_owned(), format!("{page}#h.part2a")] {
            let text = read(&url);
            assert!(
                (1..=3).all(|n| text.contains(&format!("Paragraph of issue {n},"))),
                "{url}: {text}"
            );
        }
    }

    #[test]
    fn signal_codes_are_distinct() {
        let mut codes = SIGNAL_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SIGNAL_CODES.len());
    }
}
