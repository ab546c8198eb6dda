//! Finds the element that holds the article: walks the page, drops unlikely chrome,
//! scores paragraphs into their ancestors, and gathers the best candidate with its
//! related siblings into one new container.

pub(crate) mod words;

use ego_tree::NodeId;

use self::words::{self as voc, threshold};
use crate::dom::{self, Tree};
use crate::explain::{self, rule};
use crate::locate::{LedeCandidate, Located};
use crate::measure;
use crate::select::policy::Attempt;

/// What scoring found: a new `<div>` (detached from the page) holding the article.
#[derive(Clone)]
pub(crate) struct Selection {
    pub content: NodeId,
    /// A byline found in the page body (an element marked as author/byline).
    pub byline: Option<String>,
    /// The text direction declared on the article's ancestors.
    pub dir: Option<String>,
    /// The chosen container overlaps the page's marked-up article container (or the
    /// page marks none up).
    pub in_container: bool,
}

/// What the walk over the page ([`walk_page`]) leaves for scoring.
#[derive(Clone)]
pub(crate) struct Walked {
    /// The page's marked-up container and its ancestors as they were before the walk.
    protected: dom::NodeSet,
    to_score: Vec<NodeId>,
    byline: Option<String>,
    /// A byline found inside chrome the walk removed.
    chrome_byline: Option<String>,
}

/// The first step of scoring: one pass over the subtree of `page` that removes what is
/// not article (see [`walk`]) and finds the elements to score. It reads
/// [`crate::select::policy::Policy::strip_unlikely`] and no other switch.
pub(crate) fn walk_page(
    tree: &mut Tree,
    located: &Located,
    page_title: &str,
    attempt: &Attempt,
) -> Walked {
    let title = located.title.as_deref().unwrap_or(page_title);
    let mut byline = None;
    let mut chrome_byline = None;
    let protected: dom::NodeSet = located
        .container
        .into_iter()
        .chain(located.qa.into_iter().flat_map(|(q, a)| [q, a]))
        .flat_map(|c| std::iter::once(c).chain(dom::ancestors(tree, c, 0)))
        .collect();
    let to_score = walk(
        tree,
        located.root,
        title,
        attempt,
        &protected,
        (&mut byline, &mut chrome_byline),
    );
    Walked {
        protected,
        to_score,
        byline,
        chrome_byline,
    }
}

/// Scores the walked subtree of `page` and returns the article container.
pub(crate) fn select(
    tree: &mut Tree,
    located: &Located,
    walked: Walked,
    attempt: &Attempt,
) -> Selection {
    let page = located.root;
    let Walked {
        protected,
        to_score,
        byline,
        chrome_byline,
    } = walked;
    if let Some(content) = question_and_answer(tree, located) {
        return Selection {
            content,
            byline: byline.or(chrome_byline),
            dir: None,
            in_container: true,
        };
    }
    let mut scores: dom::NodeMap<f64> = dom::NodeMap::default();
    let mut candidates = score_paragraphs(tree, page, &to_score, attempt, &mut scores);
    if let Some(c) = located.container {
        let inside: Vec<NodeId> = candidates
            .iter()
            .copied()
            .filter(|&id| protected.contains(&id) || dom::ancestors(tree, id, 0).contains(&c))
            .collect();
        if !inside.is_empty() {
            candidates = inside;
        }
    }
    let (top, parent_of_top) = pick_top(tree, page, &candidates, attempt, &mut scores);
    let in_container = located.container.is_none_or(|c| {
        top == c || protected.contains(&top) || dom::ancestors(tree, top, 0).contains(&c)
    });
    let ledes = ledes_of(tree, &located.ledes, top);
    let parts = continuation_parts(tree, top, located);
    let among_stories = located.signal != crate::locate::Signal::SingleStory;
    let content = gather_siblings(tree, top, parent_of_top, &scores, among_stories);
    join_parts(tree, content, top, &parts);
    prepend(tree, content, &ledes);
    let dir = [parent_of_top, top]
        .into_iter()
        .chain(dom::ancestors(tree, parent_of_top, 0))
        .find_map(|a| dom::attr(tree, a, "dir").map(str::to_string));
    Selection {
        content,
        byline: byline.or(chrome_byline),
        dir,
        in_container,
    }
}

/// A Q&A page's question and accepted answer ([`Located::qa`]), moved into a new
/// container one after the other, a rule between them; `None` when the page marks up none
/// or the walk removed either (hidden).
fn question_and_answer(tree: &mut Tree, located: &Located) -> Option<NodeId> {
    let (question, answer) = located.qa?;
    let attached = |id: NodeId| dom::ancestors(tree, id, 0).contains(&located.root);
    if !attached(question) || !attached(answer) {
        return None;
    }
    let content = dom::create(tree, "div");
    let rule = dom::create(tree, "hr");
    dom::detach(tree, question);
    dom::detach(tree, answer);
    for part in [question, rule, answer] {
        dom::append(tree, content, part);
    }
    Some(content)
}

/// Whether the element's ARIA role marks it page chrome ([`voc::UNLIKELY_ROLES`]). A box
/// marked complementary inside an article, with few links, is the article's own aside (a
/// "Key takeaways" list, a timeline the reporter wrote): the role sets it beside the text,
/// not beside the page.
fn chrome_role(tree: &Tree, id: NodeId) -> bool {
    let Some(role) = dom::attr(tree, id, "role") else {
        return false;
    };
    if !voc::UNLIKELY_ROLES.contains(&role) {
        return false;
    }
    let articles_own = voc::ARTICLE_ASIDE_ROLES.contains(&role)
        && dom::has_ancestor_tag(tree, id, voc::ARTICLE_ASIDE_ANCESTOR, 0)
        && measure::link_density(tree, id) < threshold::MAX_ARTICLE_ASIDE_LINK_DENSITY;
    !articles_own
}

/// One pass over the page: removes hidden nodes, modal dialogs, the byline, the heading
/// that repeats the title and (by policy) unlikely chrome; turns text-only `<div>`s into
/// paragraphs; returns the elements whose text gets scored.
fn walk(
    tree: &mut Tree,
    page: NodeId,
    title: &str,
    attempt: &Attempt,
    protected: &dom::NodeSet,
    (byline, chrome_byline): (&mut Option<String>, &mut Option<String>),
) -> Vec<NodeId> {
    let mut to_score = Vec::new();
    let mut should_remove_title_header = true;
    let mut match_buf = dom::MatchBuf::default();
    let mut node = Some(page);
    while let Some(id) = node {
        if id != page {
            let lower = match_buf.of(tree, id);
            let tag: html5ever::LocalName = dom::element(tree, id)
                .map(|e| e.name.local.clone())
                .unwrap_or_default();
            let tag: &str = &tag;

            if !measure::is_probably_visible(tree, id) {
                explain::removed(id, rule::HIDDEN);
                node = dom::remove_and_next(tree, id, page);
                continue;
            }
            if dom::attr(tree, id, "aria-modal") == Some("true")
                && dom::attr(tree, id, "role") == Some("dialog")
            {
                explain::removed(id, rule::MODAL);
                node = dom::remove_and_next(tree, id, page);
                continue;
            }
            if byline.is_none() {
                if let Some(b) = byline_of(tree, id, lower, page) {
                    *byline = Some(b);
                    explain::removed(id, rule::BYLINE);
                    node = dom::remove_and_next(tree, id, page);
                    continue;
                }
            }
            if should_remove_title_header && measure::heading_repeats_title(tree, id, title) {
                should_remove_title_header = false;
                explain::removed(id, rule::TITLE_REPEAT);
                node = dom::remove_and_next(tree, id, page);
                continue;
            }
            if attempt.policy.strip_unlikely && !protected.contains(&id) {
                if voc::UNLIKELY.matches(lower)
                    && !voc::MAYBE_CANDIDATE.matches(lower)
                    && (!measure::id_names_its_heading(tree, id) || unlikely_by_class(tree, id))
                    && !dom::has_ancestor_tag(tree, id, "table", 0)
                    && !dom::has_ancestor_tag(tree, id, "code", 0)
                    && tag != "body"
                    && tag != "a"
                {
                    if chrome_byline.is_none() {
                        *chrome_byline = find_byline(tree, id);
                    }
                    attempt.stripped_unlikely();
                    explain::removed(id, rule::UNLIKELY_CLASS);
                    node = dom::remove_and_next(tree, id, page);
                    continue;
                }
                if chrome_role(tree, id) {
                    if chrome_byline.is_none() {
                        *chrome_byline = find_byline(tree, id);
                    }
                    attempt.stripped_unlikely();
                    explain::removed(id, rule::UNLIKELY_ROLE);
                    node = dom::remove_and_next(tree, id, page);
                    continue;
                }
            }
            if matches!(
                tag,
                "div" | "section" | "header" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            ) && measure::is_without_content(tree, id)
            {
                explain::removed(id, rule::EMPTY);
                node = dom::remove_and_next(tree, id, page);
                continue;
            }
            if voc::TAGS_TO_SCORE.contains(&tag) {
                to_score.push(id);
            }
            if tag == "div" {
                wrap_phrasing_runs(tree, id);
                // A protected element stays itself: later steps find it by its id.
                if measure::has_single_tag_inside(tree, id, "p")
                    && measure::link_density(tree, id) < threshold::SINGLE_P_MAX_LINK_DENSITY
                    && !protected.contains(&id)
                {
                    if let Some(child) = dom::first_element_child(tree, id) {
                        dom::replace_inheriting_names(tree, id, child);
                        to_score.push(child);
                        node = dom::next_node_within(tree, child, false, page);
                        continue;
                    }
                } else if !measure::has_child_block_element(tree, id) {
                    dom::rename(tree, id, "p");
                    to_score.push(id);
                }
            }
        }
        node = dom::next_node_within(tree, id, false, page);
    }
    to_score
}

/// Whether the element's class alone (its `id` aside) names it unlikely content.
fn unlikely_by_class(tree: &Tree, id: NodeId) -> bool {
    dom::attr(tree, id, "class").is_some_and(|c| {
        let lower = c.to_lowercase();
        voc::UNLIKELY.matches(&lower) && !voc::MAYBE_CANDIDATE.matches(&lower)
    })
}

/// The first byline inside a subtree of page chrome about to be removed (bylines often
/// sit in headers and meta bars that scoring drops).
fn find_byline(tree: &Tree, page: NodeId) -> Option<String> {
    let mut match_buf = dom::MatchBuf::default();
    let mut node = dom::next_node_within(tree, page, false, page);
    while let Some(id) = node {
        let lower = match_buf.of(tree, id);
        if let Some(b) = byline_of(tree, id, lower, page) {
            return Some(b);
        }
        node = dom::next_node_within(tree, id, false, page);
    }
    None
}

/// A byline element (rel=author, itemprop author, byline class words) with short text;
/// prefers a descendant marked `itemprop=name`.
fn byline_of(tree: &Tree, id: NodeId, match_lower: &str, page: NodeId) -> Option<String> {
    let rel = dom::attr(tree, id, "rel");
    let itemprop = dom::attr(tree, id, "itemprop");
    let marked = rel == Some("author")
        || itemprop.is_some_and(|p| p.contains("author"))
        || voc::BYLINE.matches(match_lower);
    if !marked || measure::is_inline_in_prose(tree, id) {
        return None;
    }
    let text = dom::text_content(tree, id);
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.chars().count() >= threshold::MAX_BYLINE_CHARS {
        return None;
    }
    let end = dom::next_node_within(tree, id, true, page);
    let mut next = dom::next_node_within(tree, id, false, page);
    while let Some(n) = next {
        if Some(n) == end {
            break;
        }
        if dom::attr(tree, n, "itemprop").is_some_and(|p| p.contains("name")) {
            return Some(dom::text_content(tree, n).trim().to_string());
        }
        next = dom::next_node_within(tree, n, false, page);
    }
    Some(trimmed.to_string())
}

/// Wraps each run of phrasing children of a `<div>` in a `<p>`.
fn wrap_phrasing_runs(tree: &mut Tree, div: NodeId) {
    let kids: Vec<NodeId> = dom::children(tree, div).collect();
    let mut p: Option<NodeId> = None;
    for child in kids {
        if measure::is_phrasing(tree, child) {
            if let Some(pid) = p {
                dom::detach(tree, child);
                dom::append(tree, pid, child);
            } else if !dom::is_whitespace(tree, child) {
                let pid = dom::create(tree, "p");
                dom::replace(tree, child, pid);
                dom::append(tree, pid, child);
                p = Some(pid);
            }
        } else if let Some(pid) = p.take() {
            dom::trim_trailing_whitespace(tree, pid);
        }
    }
    if let Some(pid) = p {
        dom::trim_trailing_whitespace(tree, pid);
    }
}

/// The initial score of a candidate: its tag, plus its class weight.
fn initial_score(tree: &Tree, id: NodeId, attempt: &Attempt) -> f64 {
    let base = match dom::tag(tree, id).unwrap_or("") {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + attempt.class_weight(tree, id)
}

/// Gives each paragraph a score (commas, length) and spreads it over five ancestors.
fn score_paragraphs(
    tree: &Tree,
    page: NodeId,
    to_score: &[NodeId],
    attempt: &Attempt,
    scores: &mut dom::NodeMap<f64>,
) -> Vec<NodeId> {
    let mut candidates = Vec::new();
    let mut attached = dom::NodeMap::default();
    for &el in to_score {
        let Some(parent) = dom::parent(tree, el) else {
            continue;
        };
        if !dom::is_element(tree, parent) || !in_subtree(tree, el, page, &mut attached) {
            continue;
        }
        let stats = dom::text_stats(tree, el);
        let len = stats.chars;
        if len < threshold::MIN_PARAGRAPH_CHARS {
            continue;
        }
        let mut ancestors = dom::ancestors(tree, el, threshold::SCORE_ANCESTOR_LEVELS);
        if let Some(i) = ancestors.iter().position(|&a| a == page) {
            ancestors.truncate(i + 1);
        }
        if ancestors.is_empty() {
            continue;
        }
        let score = 1.0
            + (stats.commas + 1) as f64
            + (len / threshold::CHARS_PER_LENGTH_POINT).min(threshold::MAX_LENGTH_POINTS) as f64;
        for (level, &anc) in ancestors.iter().enumerate() {
            if dom::parent(tree, anc).is_none_or(|p| !dom::is_element(tree, p)) {
                continue;
            }
            if let std::collections::hash_map::Entry::Vacant(slot) = scores.entry(anc) {
                slot.insert(initial_score(tree, anc, attempt));
                candidates.push(anc);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            if let Some(s) = scores.get_mut(&anc) {
                *s += score / divider;
            }
        }
    }
    candidates
}

/// Whether `id` still lies under `root`. `known` remembers the answer for every element
/// passed on the way up, so the paragraphs of one page cost one walk of its depth in all
/// (hostile nesting would otherwise cost depth × paragraphs).
fn in_subtree(tree: &Tree, id: NodeId, root: NodeId, known: &mut dom::NodeMap<bool>) -> bool {
    let mut path = Vec::new();
    let mut cur = Some(id);
    let inside = loop {
        match cur {
            None => break false,
            Some(c) if c == root => break true,
            Some(c) => {
                if let Some(&k) = known.get(&c) {
                    break k;
                }
                path.push(c);
                cur = dom::parent(tree, c);
            }
        }
    };
    for p in path {
        known.insert(p, inside);
    }
    inside
}

/// Picks the best candidate (scores scaled by link density), climbs to a better or
/// shared ancestor, and returns it with its parent.
fn pick_top(
    tree: &mut Tree,
    page: NodeId,
    candidates: &[NodeId],
    attempt: &Attempt,
    scores: &mut dom::NodeMap<f64>,
) -> (NodeId, NodeId) {
    let mut top: Vec<(NodeId, f64)> = Vec::new();
    let densities = measure::link_densities(tree, page, candidates);
    for &c in candidates {
        let density = densities.get(&c).copied().unwrap_or(0.0);
        let s = scores.get(&c).copied().unwrap_or(0.0) * (1.0 - density);
        scores.insert(c, s);
        let pos = top.iter().position(|&(_, ts)| s > ts).unwrap_or(top.len());
        if pos < threshold::TOP_CANDIDATES {
            top.insert(pos, (c, s));
            top.truncate(threshold::TOP_CANDIDATES);
        }
    }

    let first = top.first().map(|&(id, _)| id);
    let mut top_candidate = match first {
        Some(id) if !dom::is_tag(tree, id, "body") && id != page => id,
        _ => {
            // No candidate: the whole page becomes the article.
            let div = dom::create(tree, "div");
            dom::move_children(tree, page, div);
            dom::append(tree, page, div);
            scores.insert(div, initial_score(tree, div, attempt));
            return (div, page);
        }
    };
    let top_score = top[0].1;

    let alternatives: Vec<Vec<NodeId>> = top[1..]
        .iter()
        .filter(|&&(_, s)| top_score > 0.0 && s / top_score >= threshold::ALTERNATIVE_SCORE_RATIO)
        .map(|&(id, _)| dom::ancestors(tree, id, 0))
        .collect();
    if alternatives.len() >= threshold::MINIMUM_TOP_CANDIDATES {
        let mut parent = dom::parent(tree, top_candidate);
        while let Some(p) = parent {
            if p == page || dom::is_tag(tree, p, "body") || !dom::is_element(tree, p) {
                break;
            }
            let lists = alternatives.iter().filter(|a| a.contains(&p)).count();
            if lists >= threshold::MINIMUM_TOP_CANDIDATES {
                top_candidate = p;
                break;
            }
            parent = dom::parent(tree, p);
        }
    }
    scores
        .entry(top_candidate)
        .or_insert_with(|| initial_score(tree, top_candidate, attempt));

    // A parent that scores higher than its child holds more of the article.
    let mut last_score = scores[&top_candidate];
    let score_threshold = last_score / 3.0;
    let mut parent = dom::parent(tree, top_candidate);
    while let Some(p) = parent {
        if p == page || dom::is_tag(tree, p, "body") || !dom::is_element(tree, p) {
            break;
        }
        let Some(&parent_score) = scores.get(&p) else {
            parent = dom::parent(tree, p);
            continue;
        };
        if parent_score < score_threshold {
            break;
        }
        if parent_score > last_score {
            top_candidate = p;
            break;
        }
        last_score = parent_score;
        parent = dom::parent(tree, p);
    }

    // A parent with this one child is the same container.
    let mut parent = dom::parent(tree, top_candidate);
    while let Some(p) = parent {
        if p == page
            || dom::is_tag(tree, p, "body")
            || !dom::is_element(tree, p)
            || dom::element_children(tree, p).count() != 1
        {
            break;
        }
        top_candidate = p;
        parent = dom::parent(tree, p);
    }
    scores
        .entry(top_candidate)
        .or_insert_with(|| initial_score(tree, top_candidate, attempt));
    let parent = dom::parent(tree, top_candidate).unwrap_or(page);
    (top_candidate, parent)
}

/// Moves the top candidate and the siblings that look like part of the same article into
/// a new `<div>`; in a story chosen among several (`among_stories`), no complementary
/// sibling.
fn gather_siblings(
    tree: &mut Tree,
    top: NodeId,
    parent: NodeId,
    scores: &dom::NodeMap<f64>,
    among_stories: bool,
) -> NodeId {
    let content = dom::create(tree, "div");
    let top_score = scores.get(&top).copied().unwrap_or(0.0);
    let min_score = (top_score * threshold::SIBLING_SCORE_SHARE).max(threshold::MIN_SIBLING_SCORE);
    let top_class = dom::attr(tree, top, "class").unwrap_or("").to_string();
    let siblings: Vec<NodeId> = dom::element_children(tree, parent).collect();
    // Inside the element the page marks up as the article's body, a block of prose is
    // the article's whatever it scored: a teaser shown to every reader before the rest
    // (`div.subscriber-preview` beside `div.subscriber-only`).
    let marked_body = dom::attr(tree, parent, "itemprop").is_some_and(voc::marks_article_body);
    // Where the chosen block is the rest of an article folded behind a "Read more"
    // control, the part shown before the control is the article's whatever it scored.
    let shown_part = measure::shown_before_fold(tree, top)
        .filter(|&shown| paragraph_chars(tree, shown) > threshold::SIBLING_P_CHARS);
    // Among a photo essay's slides, every picture is the story's, as its paragraphs are.
    let essay_slides = photo_essay_slides(tree, parent);
    for sibling in siblings {
        let append = if sibling == top || Some(sibling) == shown_part {
            true
        } else if among_stories && dom::tag_in(tree, sibling, voc::NEVER_GATHERED_TAGS) {
            false
        } else {
            let mut bonus = 0.0;
            if !top_class.is_empty()
                && dom::attr(tree, sibling, "class") == Some(top_class.as_str())
            {
                bonus += top_score * threshold::SIBLING_SCORE_SHARE;
            }
            match scores.get(&sibling) {
                Some(&s) if s + bonus >= min_score => true,
                _ if dom::is_tag(tree, sibling, "p") => {
                    let density = measure::link_density(tree, sibling);
                    let text = dom::inner_text(tree, sibling);
                    let len = text.chars().count();
                    (len > threshold::SIBLING_P_CHARS
                        && density < threshold::SIBLING_P_MAX_LINK_DENSITY)
                        || (len < threshold::SIBLING_P_CHARS
                            && len > 0
                            && density == 0.0
                            && ends_sentence(&text))
                }
                _ => {
                    (marked_body && is_prose_block(tree, sibling))
                        || (!essay_slides.is_empty()
                            && (dom::is_tag(tree, sibling, "figure")
                                || essay_slides.contains(&sibling)))
                }
            }
        };
        if append {
            if !dom::tag_in(tree, sibling, voc::ALTER_TO_DIV_EXCEPTIONS) {
                dom::rename(tree, sibling, "div");
            }
            dom::detach(tree, sibling);
            dom::append(tree, content, sibling);
        }
    }
    content
}

/// The children of `parent` holding its long captions ([`measure::is_long_caption`]) when
/// it holds [`threshold::MIN_ESSAY_CAPTIONS`] of them or more: the slides of a story told
/// in pictures whose captions are its text; else none.
fn photo_essay_slides(tree: &Tree, parent: NodeId) -> Vec<NodeId> {
    let captions: Vec<NodeId> = dom::descendants_with_tags(tree, parent, &["figcaption"])
        .into_iter()
        .filter(|&c| measure::is_long_caption(tree, c))
        .collect();
    if captions.len() < threshold::MIN_ESSAY_CAPTIONS {
        return Vec::new();
    }
    let child_of_parent = |mut id: NodeId| {
        while let Some(up) = dom::parent(tree, id).filter(|&up| up != parent) {
            id = up;
        }
        id
    };
    captions.into_iter().map(child_of_parent).collect()
}

/// A block of prose: its paragraphs hold more than [`threshold::SIBLING_P_CHARS`]
/// characters (a figure's caption is no paragraph), few of the block's in links.
fn is_prose_block(tree: &Tree, id: NodeId) -> bool {
    paragraph_chars(tree, id) > threshold::SIBLING_P_CHARS
        && measure::link_density(tree, id) < threshold::SIBLING_P_MAX_LINK_DENSITY
}

/// The text of the paragraphs in `id`, itself one or holding them.
fn paragraph_chars(tree: &Tree, id: NodeId) -> usize {
    if dom::is_tag(tree, id, "p") {
        return dom::inner_text_len(tree, id);
    }
    dom::descendants_with_tags(tree, id, &["p"])
        .into_iter()
        .map(|p| dom::inner_text_len(tree, p))
        .sum()
}

/// The other parts of an article that the page splits into repeated containers (one per
/// section, ads between them): the siblings of the chosen element, or of one of its
/// closest ancestors, that share its tag and class and hold prose of their own. On a
/// page with one story, up to [`threshold::CONTINUATION_ANCESTOR_LEVELS`] ancestors up;
/// on a page of several, only when the search is the chosen story's own element, which
/// bounds it (the other stories' repeated containers are outside it): up to that
/// element, and classes compare without their digits (a page builder numbers its
/// modules: `et_pb_text_0`, `et_pb_text_2`).
fn continuation_parts(tree: &Tree, top: NodeId, located: &Located) -> Vec<NodeId> {
    let one_story = located.signal == crate::locate::Signal::SingleStory;
    let in_story = located.stories.iter().any(|&(id, _)| id == located.story());
    if !one_story && !in_story {
        return Vec::new();
    }
    let levels = if one_story {
        threshold::CONTINUATION_ANCESTOR_LEVELS
    } else {
        usize::MAX
    };
    let same_class = |a: &str, b: &str| {
        if one_story {
            a == b
        } else {
            a.chars()
                .filter(|c| !c.is_ascii_digit())
                .eq(b.chars().filter(|c| !c.is_ascii_digit()))
        }
    };
    let mut level = Some(top);
    for _ in 0..=levels {
        let Some(a) = level.filter(|&a| a != located.root) else {
            break;
        };
        let Some(parent) = dom::parent(tree, a) else {
            break;
        };
        let class = dom::attr(tree, a, "class").unwrap_or("");
        let tag = dom::element(tree, a).map_or("", |e| e.name());
        // A custom element's name (`<article-section>`) names its kind as a class does.
        if !class.trim().is_empty() || tag.contains(voc::CUSTOM_ELEMENT_MARK) {
            let parts: Vec<NodeId> = dom::element_children(tree, parent)
                .filter(|&x| x != a)
                .filter(|&x| {
                    dom::element(tree, x).is_some_and(|e| e.name() == tag)
                        && same_class(dom::attr(tree, x, "class").unwrap_or(""), class)
                })
                .filter(|&x| is_prose_part(tree, x))
                .collect();
            if !parts.is_empty() {
                return parts;
            }
        }
        level = Some(parent);
    }
    Vec::new()
}

/// A part with paragraphs of its own, few links, and no story heading.
fn is_prose_part(tree: &Tree, id: NodeId) -> bool {
    let stats = measure::block_stats(tree, id);
    stats.p > 0
        && stats.chars >= threshold::MIN_CONTINUATION_CHARS
        && stats.link_density() < threshold::MAX_PROSE_LINK_DENSITY
        && !dom::has_descendant_with_tags(tree, id, voc::STORY_BOUNDARY_TAGS)
}

/// Puts the parts that gathering left outside `content` into it, in document order
/// around the chosen element `top`.
fn join_parts(tree: &mut Tree, content: NodeId, top: NodeId, parts: &[NodeId]) {
    let outside: Vec<NodeId> = parts
        .iter()
        .copied()
        .filter(|&p| !dom::ancestors(tree, p, 0).contains(&content))
        .collect();
    let before: Vec<NodeId> = outside.iter().copied().filter(|&p| p < top).collect();
    for &part in outside.iter().filter(|&&p| p > top) {
        dom::detach(tree, part);
        dom::append(tree, content, part);
    }
    prepend(tree, content, &before);
}

/// Contains a period followed by a space or the end (`/\.( |$)/`).
fn ends_sentence(text: &str) -> bool {
    text.match_indices('.')
        .any(|(i, _)| matches!(text[i + 1..].chars().next(), None | Some(' ')))
}

/// The lede candidates that open the chosen element's story: they come before it in
/// the document, share a close ancestor with it, and are not already inside it.
fn ledes_of(tree: &Tree, candidates: &[LedeCandidate], top: NodeId) -> Vec<NodeId> {
    let top_ancestors = dom::ancestors(tree, top, threshold::LEDE_ANCESTOR_LEVELS);
    candidates
        .iter()
        .filter(|c| c.id < top || c.ancestors.contains(&top))
        .filter(|c| !dom::ancestors(tree, c.id, 0).contains(&top))
        .filter(|c| {
            c.ancestors
                .iter()
                .any(|a| *a == top || top_ancestors.contains(a))
        })
        .map(|c| c.id)
        .collect()
}

/// Moves `nodes` to the start of `content`, in order.
fn prepend(tree: &mut Tree, content: NodeId, nodes: &[NodeId]) {
    for &n in nodes.iter().rev() {
        dom::detach(tree, n);
        if let Some(mut c) = tree.get_mut(content) {
            c.prepend_id(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locate::Signal;

    const SPLIT: &str = "<html><body><div class=\"story\">\
        <div class=\"part\"><section class=\"text\"><p>one</p></section></div>\
        <div class=\"ad\"><a href=\"/x\">Advertisement</a></div>\
        <div class=\"part\"><section class=\"text\"><p>two</p></section></div>\
        <div class=\"part\"><section class=\"text\"><h1>Another story</h1><p>three</p></section></div>\
        <div class=\"part\"><section class=\"text\"><p>four</p></section></div>\
        </div></body></html>";

    fn located(tree: &Tree, signal: Signal) -> Located {
        let body = dom::descendants_with_tags(tree, tree.root().id(), &["body"])[0];
        Located {
            root: body,
            title: None,
            described: true,
            published_time: None,
            url: None,
            signal,
            container: None,
            ledes: Vec::new(),
            stories: Vec::new(),
            run: None,
            nested: Vec::new(),
            furniture: Vec::new(),
            qa: None,
        }
    }

    /// The split page with each part's paragraph long enough to count as prose.
    fn split_page() -> Tree {
        let prose =
            "A sentence of the article that goes on for a while, with commas, and ends. ".repeat(4);
        let html = SPLIT
            .replace("<p>one", &format!("<p>one {prose}"))
            .replace("<p>two", &format!("<p>two {prose}"))
            .replace("<p>three", &format!("<p>three {prose}"))
            .replace("<p>four", &format!("<p>four {prose}"));
        scraper::Html::parse_document(&html).tree
    }

    #[test]
    fn the_parts_of_a_split_article_are_joined_in_order() {
        let mut tree = split_page();
        let sections = dom::descendants_with_tags(&tree, tree.root().id(), &["section"]);
        let top = sections[1];
        let page = located(&tree, Signal::SingleStory);
        let parts = continuation_parts(&tree, top, &page);
        assert_eq!(parts.len(), 2, "the parts with prose and no story heading");
        let content = dom::create(&mut tree, "div");
        let parent = dom::parent(&tree, top).unwrap();
        dom::detach(&mut tree, top);
        dom::append(&mut tree, content, top);
        join_parts(&mut tree, content, top, &parts);
        let text = dom::inner_text(&tree, content);
        let at = |w: &str| text.find(w).unwrap_or(usize::MAX);
        assert!(at("one") < at("two") && at("two") < at("four"), "{text}");
        assert!(!text.contains("three") && !text.contains("Advertisement"));
        assert!(dom::parent(&tree, parent).is_some());
    }

    #[test]
    fn the_part_shown_before_a_read_more_control_joins_the_rest_it_folds() {
        // The shown part scores far below the hidden rest, the chosen block; a fade and a
        // "Continue reading" control stand between them. An unrelated block stays out.
        let prose =
            "A sentence of the article that goes on for a while, with commas, and ends. ".repeat(4);
        let html = format!(
            "<html><body><div class=unit><div class=promo><p>Elsewhere {prose}</p></div>\
             <div class=b><p>shown {prose}</p></div><div class=fade></div>\
             <div class=cr><button aria-expanded=false>Continue reading</button></div>\
             <div class=\"b rest\" hidden><p>rest {prose}</p><p>more {prose}</p></div>\
             </div></body></html>"
        );
        let mut tree = scraper::Html::parse_document(&html).tree;
        let divs = dom::descendants_with_tags(&tree, tree.root().id(), &["div"]);
        let (unit, rest) = (divs[0], divs[5]);
        let mut scores = dom::NodeMap::default();
        scores.insert(rest, 100.0);
        scores.insert(divs[1], 5.0);
        scores.insert(divs[2], 5.0);
        let content = gather_siblings(&mut tree, rest, unit, &scores, true);
        let text = dom::inner_text(&tree, content);
        assert!(text.contains("shown") && text.contains("rest"), "{text}");
        assert!(
            !text.contains("Elsewhere") && !text.contains("Continue"),
            "{text}"
        );
    }

    #[test]
    fn a_photo_essays_pictures_join_the_text_chosen_among_them() {
        // The chosen block is a quote set between a photo essay's slides; the slides,
        // whose long captions tell the story, come with it, short captions and all. A
        // page's pictures with short captions stay where they are.
        let caption = "A sentence of the caption that goes on for a while, with commas. ".repeat(4);
        let slide =
            |c: &str| format!("<figure><img src=/a.jpg><figcaption>{c}</figcaption></figure>");
        let html = format!(
            "<html><body><div class=slides>{}{}<div class=text><p>quote {caption}</p></div>\
             {}{}</div><div class=page>{}<div class=text><p>body {caption}</p></div>{}</div>\
             </body></html>",
            slide(&caption),
            slide("Short."),
            slide(&caption),
            slide(&caption),
            slide("Pictured: a label."),
            slide("Another label."),
        );
        let mut tree = scraper::Html::parse_document(&html).tree;
        let divs = dom::descendants_with_tags(&tree, tree.root().id(), &["div"]);
        let mut scores = dom::NodeMap::default();
        scores.insert(divs[1], 30.0);
        scores.insert(divs[3], 30.0);
        let essay = gather_siblings(&mut tree, divs[1], divs[0], &scores, true);
        assert_eq!(
            dom::descendants_with_tags(&tree, essay, &["figcaption"]).len(),
            4
        );
        let page = gather_siblings(&mut tree, divs[3], divs[2], &scores, true);
        assert!(dom::descendants_with_tags(&tree, page, &["figcaption"]).is_empty());
    }

    #[test]
    fn parts_are_not_joined_on_a_page_of_several_stories() {
        let tree = split_page();
        let sections = dom::descendants_with_tags(&tree, tree.root().id(), &["section"]);
        let page = located(&tree, Signal::DocumentOrder);
        assert!(continuation_parts(&tree, sections[1], &page).is_empty());
    }

    #[test]
    fn parts_of_the_chosen_story_are_joined_up_to_its_element_digits_aside() {
        let prose =
            "A sentence of the article that goes on for a while, with commas, and ends. ".repeat(4);
        let html = format!(
            "<html><body><div class=story><div class=section_1><div class=column>\
             <div class=\"module text_0\"><p>one {prose}</p></div>\
             <div class=promo><a href=/x>Subscribe</a></div></div></div>\
             <div class=section_2><div class=column><div class=\"module text_2\"><p>two {prose}</p></div>\
             </div></div></div><div class=story><p>other {prose}</p></div></body></html>"
        );
        let tree = scraper::Html::parse_document(&html).tree;
        let stories = dom::descendants_with_tags(&tree, tree.root().id(), &["div"])
            .into_iter()
            .filter(|&d| dom::attr(&tree, d, "class") == Some("story"))
            .collect::<Vec<_>>();
        let modules: Vec<NodeId> = dom::descendants_with_tags(&tree, tree.root().id(), &["div"])
            .into_iter()
            .filter(|&d| dom::attr(&tree, d, "class").is_some_and(|c| c.starts_with("module")))
            .collect();
        let mut page = located(&tree, Signal::CurrentUrl);
        page.root = stories[0];
        page.stories = stories.iter().map(|&s| (s, String::new())).collect();
        let parts = continuation_parts(&tree, modules[1], &page);
        assert_eq!(parts.len(), 1, "the other section of the story");
        assert!(dom::inner_text(&tree, parts[0]).starts_with("one"));
    }

    #[test]
    fn parts_in_custom_elements_of_one_name_are_joined_without_a_class() {
        let prose =
            "A sentence of the article that goes on for a while, with commas, and ends. ".repeat(4);
        let part = |n: &str, tag: &str| {
            format!("<{tag} id=p{n}><div class=\"text\"><p>{n} {prose}</p></div></{tag}>")
        };
        for (tag, joined) in [("article-part", 2), ("section", 0)] {
            let html = format!(
                "<html><body><div>{}{}{}</div></body></html>",
                part("one", tag),
                part("two", tag),
                part("three", tag)
            );
            let tree = scraper::Html::parse_document(&html).tree;
            let texts = dom::descendants_with_tags(&tree, tree.root().id(), &["div"]);
            let page = located(&tree, Signal::SingleStory);
            assert_eq!(
                continuation_parts(&tree, texts[1], &page).len(),
                joined,
                "{tag}"
            );
        }
    }

    #[test]
    fn prose_inside_the_marked_up_article_body_is_gathered_whatever_it_scored() {
        let prose = "A sentence of the article that goes on for a while, with commas, and ends. ";
        let rest: String = (0..8)
            .map(|i| format!("<p>Part {i} of the rest. {}</p>", prose.repeat(3)))
            .collect();
        let page = |itemprop: &str| {
            format!(
                "<html><body><article><h1>Headline</h1><div {itemprop}>\
                 <div class=\"subscriber-preview\"><h2>The opening</h2><p>The teaser every reader \
                 sees. {prose}</p></div>\
                 <div class=\"subscriber-only\">{rest}</div>\
                 <figure><img src=\"a.jpg\"><figcaption>A caption under the photo that goes \
                 on for more than eighty characters, as captions do.</figcaption></figure>\
                 </div></article></body></html>"
            )
        };
        for (itemprop, gathered) in [
            ("itemprop=\"articleBody\"", true),
            ("class=\"body\"", false),
        ] {
            let article = crate::extract(&page(itemprop), &crate::Options::default()).unwrap();
            assert_eq!(
                article.text.contains("The teaser every reader sees."),
                gathered,
                "{itemprop}"
            );
            assert!(article.text.contains("Part 7 of the rest."));
            assert!(
                !article.text.contains("A caption under the photo"),
                "a caption is no prose"
            );
        }
    }

    #[test]
    fn a_q_and_a_page_reads_as_its_question_and_accepted_answer() {
        let sentence = "A sentence of the post that goes on for a while, with commas, and ends. ";
        let post = |kind: &str, words: &str, n: usize| {
            format!(
                "<div class=\"s-prose js-post-body\" itemprop=\"text\"><p>{words} {}</p></div>\
                 <ul class=\"comments-list\"><li>A comment under the {kind}, short.</li></ul>",
                sentence.repeat(n)
            )
        };
        let page = |markup: bool| {
            let m = |attrs: &str| {
                if markup {
                    attrs.to_string()
                } else {
                    String::new()
                }
            };
            format!(
                "<html><body itemscope{}><div id=\"mainbar\"{}>\
                 <h1 itemprop=\"name\">How do I read a file line by line?</h1>\
                 <div class=\"question\">{}</div><div id=\"answers\">\
                 <div class=\"answer\"{}>{}</div>\
                 <div class=\"answer accepted-answer\"{}>{}</div></div></div></body></html>",
                m(" itemtype=\"https://schema.org/QAPage\""),
                m(" itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\""),
                post("question", "The question asks how to read a file.", 2),
                m(" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\""),
                post("answer", "A long other answer.", 12),
                m(" itemprop=\"acceptedAnswer\" itemscope itemtype=\"https://schema.org/Answer\""),
                post("answer", "The accepted answer says to use lines().", 6),
            )
        };
        let article = crate::extract(&page(true), &crate::Options::default()).unwrap();
        assert!(article
            .text
            .contains("The question asks how to read a file."));
        assert!(article
            .text
            .contains("The accepted answer says to use lines()."));
        assert!(!article.text.contains("A long other answer."));
        assert!(!article.text.contains("A comment under"));
        let unmarked = crate::extract(&page(false), &crate::Options::default()).unwrap();
        assert!(
            unmarked.text.contains("A long other answer."),
            "without the markup, the posts are read as any page's blocks"
        );
    }
}
