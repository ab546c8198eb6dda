//! Measures stages judge nodes by: class weight, link and text density, phrasing and
//! visibility tests, title similarity. Shared by the stages from `prepare` to `media`,
//! these are heuristics over the tree, so they live above `dom`, not in it.

pub(crate) mod words;

use ego_tree::NodeId;
use html5ever::local_name;
use scraper::Node;

use self::words::{self as voc, threshold};
use crate::dom::{
    attr, children, class_tokens, count_tag, descendants, descendants_with_tags, elem_attr,
    element, element_children, has_descendant_with_tags, has_text, inner_text, inner_text_len,
    inner_text_len_capped, is_class_or_id, is_element, is_tag, parent, prev_element_sibling,
    tag_in, NodeMap, TextCount, TextShape, Tree,
};

/// +25 / −25 for positive / negative class and id words.
pub(crate) fn class_weight(tree: &Tree, id: NodeId) -> f64 {
    let mut weight = 0.0;
    for name in ["class", "id"] {
        if let Some(v) = attr(tree, id, name) {
            if v.is_empty() {
                continue;
            }
            // ASCII lowercases byte by byte, so it is matched folded rather than copied.
            let (negative, positive) = if v.is_ascii() {
                (names_negative(v), voc::POSITIVE.matches_ascii_folded(v))
            } else {
                let lower = v.to_lowercase();
                (
                    voc::NEGATIVE.matches(&lower)
                        || lower.split(' ').any(|t| voc::NEGATIVE_TOKENS.contains(&t)),
                    voc::POSITIVE.matches(&lower),
                )
            };
            if negative {
                weight -= 25.0;
            }
            if positive {
                weight += 25.0;
            }
        }
    }
    weight
}

/// Whether the element's negative class words ([`class_weight`]) all sit in CSS
/// utilities for how it clips or scrolls ([`voc::OVERFLOW_UTILITIES`]): a box
/// folded by `max-h-0 overflow-hidden` until a control opens it.
pub(crate) fn negative_only_by_overflow(tree: &Tree, id: NodeId) -> bool {
    attr(tree, id, "id").is_none_or(|v| !names_negative(v))
        && attr(tree, id, "class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .all(|t| !names_negative(t) || voc::OVERFLOW_UTILITIES.matches_ascii_folded(t))
        })
}

/// Whether a class/id value holds a negative word ([`voc::NEGATIVE`], ASCII case
/// ignored) or a token that alone is one ([`voc::NEGATIVE_TOKENS`]).
fn names_negative(v: &str) -> bool {
    voc::NEGATIVE.matches_ascii_folded(v)
        || v.split(' ').any(|t| {
            voc::NEGATIVE_TOKENS
                .iter()
                .any(|n| t.eq_ignore_ascii_case(n))
        })
}

/// Whether the element's `id` is the slug of its first heading's words (`id="a-trademark-
/// battle-in-the-arduino-community"` over "A trademark battle in the Arduino community"),
/// [`threshold::MIN_SLUG_ID_WORDS`] words or more: an anchor named for the section's
/// title, whose words say nothing of the element's role.
pub(crate) fn id_names_its_heading(tree: &Tree, id: NodeId) -> bool {
    let Some(value) = attr(tree, id, "id") else {
        return false;
    };
    let slug = lower_words(value);
    if slug.len() < threshold::MIN_SLUG_ID_WORDS {
        return false;
    }
    let Some(&heading) = descendants_with_tags(tree, id, voc::HEADING_TAGS).first() else {
        return false;
    };
    lower_words(&inner_text(tree, heading)) == slug
}

/// How much a link's text counts towards link density: in-page `#` links count less.
fn link_weight(href: Option<&str>) -> f64 {
    match href {
        Some(h) if h.len() > 1 && h.starts_with('#') => threshold::IN_PAGE_LINK_WEIGHT,
        _ => 1.0,
    }
}

/// Share of an element's text that sits inside links (in-page links weigh less).
pub(crate) fn link_density(tree: &Tree, id: NodeId) -> f64 {
    block_stats(tree, id).link_density()
}

/// Whether one of the element's class/id tokens is in `words`: a substring check on the
/// raw values first, then whole tokens (camelCase and separators split).
pub(crate) fn names_word(tree: &Tree, id: NodeId, words: &voc::Words) -> bool {
    let Some(e) = element(tree, id) else {
        return false;
    };
    let mentions = e
        .attrs
        .iter()
        .any(|(k, v)| is_class_or_id(&k.local) && words.matches_ascii_folded(v));
    mentions
        && class_tokens(tree, id)
            .iter()
            .any(|t| words.list.contains(&t.as_str()))
}

/// Teasers for other pages: several headings that are links, each with little text.
pub(crate) fn is_teaser_listing(tree: &Tree, root: NodeId) -> bool {
    let linked = descendants_with_tags(tree, root, voc::HEADING_TAGS)
        .into_iter()
        .filter(|&h| {
            let stats = block_stats(tree, h);
            stats.chars > 0 && stats.link_density() >= threshold::LINKED_HEADING_DENSITY
        })
        .count();
    linked >= threshold::MIN_LISTING_TEASERS
        && inner_text_len(tree, root) < linked * threshold::MAX_TEASER_CHARS
}

/// An inline element inside a paragraph of prose (the paragraph holds at least
/// [`threshold::MIN_PROSE_AROUND_INLINE_CHARS`] more): part of a sentence, such as a
/// dateline or a tag word, not a block of its own.
pub(crate) fn is_inline_in_prose(tree: &Tree, id: NodeId) -> bool {
    if !tag_in(tree, id, voc::PHRASING_ELEMS) {
        return false;
    }
    let Some(parent) = parent(tree, id).filter(|&p| is_tag(tree, p, "p")) else {
        return false;
    };
    let own = inner_text_len(tree, id);
    inner_text_len(tree, parent) >= own + threshold::MIN_PROSE_AROUND_INLINE_CHARS
}

/// Text nodes, phrasing elements, and links/del/ins holding only phrasing content.
pub(crate) fn is_phrasing(tree: &Tree, id: NodeId) -> bool {
    match tree.get(id).map(|n| n.value()) {
        Some(Node::Text(_)) => true,
        Some(Node::Element(e)) => {
            let t = &e.name.local;
            voc::PHRASING_NAMES.has(t)
                || (voc::PHRASING_IF_CHILDREN_NAMES.has(t) && phrasing_children(tree, id))
        }
        _ => false,
    }
}

/// All children of an a/del/ins are phrasing, checked without recursion.
fn phrasing_children(tree: &Tree, id: NodeId) -> bool {
    let mut stack: Vec<NodeId> = children(tree, id).collect();
    while let Some(c) = stack.pop() {
        match tree.get(c).map(|n| n.value()) {
            Some(Node::Text(_)) => {}
            Some(Node::Element(e)) => {
                let t = &e.name.local;
                if voc::PHRASING_NAMES.has(t) {
                    continue;
                }
                if voc::PHRASING_IF_CHILDREN_NAMES.has(t) {
                    stack.extend(children(tree, c));
                    continue;
                }
                return false;
            }
            _ => {}
        }
    }
    true
}

/// Not hidden by inline style, `hidden`, or `aria-hidden` (images marked as fallbacks
/// and a tab set's panels excepted), or hidden only behind a "Read more" control
/// ([`is_folded_rest`]).
pub(crate) fn is_probably_visible(tree: &Tree, id: NodeId) -> bool {
    is_unhidden(tree, id) || is_folded_rest(tree, id)
}

/// The rest of an article a script reveals: paragraphs right after a short control
/// reading "Read more" (or the like, in the languages of the web).
fn is_folded_rest(tree: &Tree, id: NodeId) -> bool {
    let Some(control) = prev_element_sibling(tree, id) else {
        return false;
    };
    if inner_text_len_capped(tree, control, threshold::MAX_FOLD_CONTROL_CHARS + 1)
        > threshold::MAX_FOLD_CONTROL_CHARS
    {
        return false;
    }
    let label = inner_text(tree, control).trim().to_lowercase();
    voc::FOLD_CONTROL_PHRASES
        .iter()
        .any(|p| label.starts_with(p))
        && has_descendant_with_tags(tree, id, &["p"])
}

/// The part of a folded article shown before its "Read more" control, where `rest` is
/// the part the control reveals ([`is_folded_rest`]): the block right before the
/// control (past empty ones, such as a fade over the fold).
pub(crate) fn shown_before_fold(tree: &Tree, rest: NodeId) -> Option<NodeId> {
    if !is_folded_rest(tree, rest) {
        return None;
    }
    let control = prev_element_sibling(tree, rest)?;
    std::iter::successors(prev_element_sibling(tree, control), |&e| {
        prev_element_sibling(tree, e)
    })
    .find(|&e| has_text(tree, e))
}

/// A caption of [`threshold::MIN_PROSE_CAPTION_CHARS`] or more: sentences of a story
/// told in pictures (a photo essay's), not the label of a picture.
pub(crate) fn is_long_caption(tree: &Tree, id: NodeId) -> bool {
    inner_text_len_capped(tree, id, threshold::MIN_PROSE_CAPTION_CHARS)
        >= threshold::MIN_PROSE_CAPTION_CHARS
}

/// The label of a control or link as short as a control's (at most
/// [`threshold::MAX_FOLD_CONTROL_CHARS`]), in lower case, the arrows, ellipses and
/// brackets around it trimmed; none for longer text.
pub(crate) fn short_label(tree: &Tree, id: NodeId) -> Option<String> {
    if inner_text_len_capped(tree, id, threshold::MAX_FOLD_CONTROL_CHARS + 1)
        > threshold::MAX_FOLD_CONTROL_CHARS
    {
        return None;
    }
    let label = inner_text(tree, id).to_lowercase();
    Some(
        label
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_owned(),
    )
}

/// Whether a [`short_label`] is all "Read more" (or the like, in the languages of the
/// web): the way to a story's page.
pub(crate) fn is_read_more(label: &str) -> bool {
    voc::FOLD_CONTROL_PHRASES.contains(&label)
}

fn is_unhidden(tree: &Tree, id: NodeId) -> bool {
    let Some(e) = element(tree, id) else {
        return true;
    };
    let mut hidden = false;
    let mut aria_hidden = false;
    let mut class: Option<&str> = None;
    let mut slide = false;
    let mut group = false;
    // Names compared as interned atoms: a number each, not a string.
    for (k, v) in e.attrs.iter() {
        let name = &k.local;
        if *name == local_name!("style") {
            hidden |= style_hides(v);
        } else if *name == local_name!("hidden") {
            hidden |= !crate::vocabulary::shown_in_turn("hidden", v);
        } else if *name == local_name!("aria-hidden") {
            aria_hidden = &**v == "true";
        } else if *name == local_name!("class") {
            class = Some(v);
        } else if *name == local_name!("role") {
            if crate::vocabulary::shown_in_turn("role", v) {
                return true;
            }
            group = voc::SLIDE_ROLES.contains(&&**v);
        } else if *name == local_name!("aria-roledescription") {
            slide = voc::SLIDE_ROLE_DESCRIPTIONS
                .iter()
                .any(|d| v.eq_ignore_ascii_case(d));
        }
    }
    !hidden
        && (!aria_hidden
            || slide
            || (group && is_in_carousel(tree, id))
            || class.is_some_and(|c| c.contains("fallback-image"))
            || is_feed_article(tree, id)
            || is_behind_modal(tree, id))
}

/// Whether a dialog is open beside the element (within [`threshold::MODAL_SEARCH_DEPTH`]
/// levels under one of its siblings): dialog libraries mark the siblings of an open
/// dialog and of each of its ancestors `aria-hidden` (react-modal its app root, Radix and
/// MUI every sibling up to `<body>`), and the page behind it is still on the screen.
fn is_behind_modal(tree: &Tree, id: NodeId) -> bool {
    let Some(parent) = parent(tree, id) else {
        return false;
    };
    let mut stack: Vec<(NodeId, usize)> = Vec::new();
    for sibling in element_children(tree, parent) {
        if sibling != id {
            stack.push((sibling, 1));
        }
    }
    while let Some((n, depth)) = stack.pop() {
        let Some(e) = element(tree, n) else {
            continue;
        };
        let (mut hidden, mut dialog) = (false, false);
        for (k, v) in e.attrs.iter() {
            let name = &k.local;
            if *name == local_name!("aria-hidden") {
                hidden |= &**v == "true";
            } else if *name == local_name!("hidden") {
                hidden = true;
            } else if *name == local_name!("role") {
                dialog = voc::DIALOG_ROLES.contains(&&**v);
            }
        }
        if hidden {
            continue;
        }
        if dialog {
            return true;
        }
        if depth < threshold::MODAL_SEARCH_DEPTH {
            for child in element_children(tree, n) {
                stack.push((child, depth + 1));
            }
        }
    }
    false
}

/// Whether the element is a story of a feed ([`voc::FEED_ROLES`]): an `<article>` or an
/// element of [`voc::FEED_ARTICLE_ROLES`] within [`threshold::FEED_SEARCH_DEPTH`] levels
/// under an element of a feed's role.
fn is_feed_article(tree: &Tree, id: NodeId) -> bool {
    (is_tag(tree, id, "article")
        || attr(tree, id, "role").is_some_and(|r| voc::FEED_ARTICLE_ROLES.contains(&r)))
        && is_under(
            tree,
            id,
            threshold::FEED_SEARCH_DEPTH,
            "role",
            voc::FEED_ROLES,
        )
}

/// Whether the element is a slide (by its `aria-roledescription`, or of a slide's role in
/// a carousel): shown in its turn, however it is hidden until then.
pub(crate) fn is_slide(tree: &Tree, id: NodeId) -> bool {
    attr(tree, id, "aria-roledescription").is_some_and(|d| {
        voc::SLIDE_ROLE_DESCRIPTIONS
            .iter()
            .any(|s| d.eq_ignore_ascii_case(s))
    }) || (attr(tree, id, "role").is_some_and(|r| voc::SLIDE_ROLES.contains(&r))
        && is_in_carousel(tree, id))
}

/// Whether the element is a slide of a carousel: its parent or grandparent is one by its
/// `aria-roledescription` ([`voc::CAROUSEL_ROLE_DESCRIPTIONS`]); its slides are shown one
/// at a time, those waiting their turn marked `aria-hidden`.
fn is_in_carousel(tree: &Tree, id: NodeId) -> bool {
    is_under(
        tree,
        id,
        threshold::CAROUSEL_SEARCH_DEPTH,
        "aria-roledescription",
        voc::CAROUSEL_ROLE_DESCRIPTIONS,
    )
}

/// Whether an ancestor of the element, at most `levels` up, has the attribute `name` with
/// one of `values`.
fn is_under(tree: &Tree, id: NodeId, levels: usize, name: &str, values: &[&str]) -> bool {
    let mut node = id;
    for _ in 0..levels {
        let Some(up) = parent(tree, node) else {
            return false;
        };
        if attr(tree, up, name).is_some_and(|v| values.contains(&v)) {
            return true;
        }
        node = up;
    }
    false
}

fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let mut kv = decl.splitn(2, ':');
        let k = kv.next().unwrap_or("").trim();
        let mut v = kv.next().unwrap_or("").trim();
        const IMPORTANT: &str = "!important";
        while v.len() >= IMPORTANT.len()
            && v.as_bytes()[v.len() - IMPORTANT.len()..].eq_ignore_ascii_case(IMPORTANT.as_bytes())
        {
            v = &v[..v.len() - IMPORTANT.len()];
        }
        let v = v.trim();
        (k.eq_ignore_ascii_case("display") && v.eq_ignore_ascii_case("none"))
            || (k.eq_ignore_ascii_case("visibility") && v.eq_ignore_ascii_case("hidden"))
    })
}

/// An element with no text whose only children are `<br>`/`<hr>`.
pub(crate) fn is_without_content(tree: &Tree, id: NodeId) -> bool {
    if !is_element(tree, id) || has_text(tree, id) {
        return false;
    }
    let kids = element_children(tree, id).count();
    kids == 0 || kids == count_tag(tree, id, "br") + count_tag(tree, id, "hr")
}

/// Exactly one element child with tag `tag`, and no text beside it.
pub(crate) fn has_single_tag_inside(tree: &Tree, id: NodeId, tag_name: &str) -> bool {
    let mut kids = element_children(tree, id);
    let (Some(first), None) = (kids.next(), kids.next()) else {
        return false;
    };
    if !is_tag(tree, first, tag_name) {
        return false;
    }
    !children(tree, id).any(|c| {
        tree.get(c)
            .and_then(|n| n.value().as_text())
            .is_some_and(|t| t.chars().last().is_some_and(|ch| !ch.is_whitespace()))
    })
}

/// Any descendant is a block element (one of [`voc::DIV_TO_P_ELEMS`]).
pub(crate) fn has_child_block_element(tree: &Tree, id: NodeId) -> bool {
    tree.get(id).is_some_and(|n| {
        descendants(n).skip(1).any(|d| {
            d.value()
                .as_element()
                .is_some_and(|e| voc::DIV_TO_P_NAMES.has(&e.name.local))
        })
    })
}

/// The words of `text` (runs of letters, digits and `_`), lower-cased.
pub(crate) fn lower_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// How much of `b`'s wording is also in `a`, from 0 to 1.
pub(crate) fn text_similarity(a: &str, b: &str) -> f64 {
    let ta = lower_words(a);
    let tb = lower_words(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let uniq_b: Vec<&str> = tb
        .iter()
        .filter(|t| !ta.contains(t))
        .map(String::as_str)
        .collect();
    let distance = uniq_b.join(" ").chars().count() as f64 / tb.join(" ").chars().count() as f64;
    1.0 - distance
}

/// A heading (h1/h2) that repeats the article's title.
pub(crate) fn heading_repeats_title(tree: &Tree, id: NodeId, title: &str) -> bool {
    if !tag_in(tree, id, &["h1", "h2"]) || title.is_empty() {
        return false;
    }
    text_similarity(title, &inner_text(tree, id)) > threshold::TITLE_SIMILARITY
}

/// The class/id string names a share widget.
pub(crate) fn is_share_match(match_lower: &str) -> bool {
    if !voc::SHARE_WORDS.matches(match_lower) {
        return false;
    }
    voc::SHARE_TOKENS.iter().any(|w| {
        match_lower.match_indices(w).any(|(i, _)| {
            let before = match_lower[..i].chars().next_back();
            let after = match_lower[i + w.len()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() || c == '_');
            boundary(before) && boundary(after)
        })
    })
}

/// A URL or markup string that points at an allow-listed video host.
pub(crate) fn is_video_url(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.match_indices("//").any(|(i, _)| {
        let rest = &lower[i + 2..];
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        voc::VIDEO_HOSTS.iter().any(|h| rest.starts_with(h))
    })
}

/// An attribute value that looks like an image URL.
pub(crate) fn mentions_image_file(value: &str) -> bool {
    voc::IMAGE_EXTENSION_WORDS.matches_ascii_folded(value)
}

/// A whole text that is only an ad or loading label.
pub(crate) fn is_ad_or_loading_label(text: &str) -> bool {
    is_ad_or_loading_lower(&text.trim().to_lowercase())
}

/// [`is_ad_or_loading_label`] for text already trimmed and lowercased (lowercasing
/// again changes nothing).
pub(crate) fn is_ad_or_loading_lower(lower: &str) -> bool {
    if voc::AD_WORDS.contains(&lower) {
        return true;
    }
    let stripped = lower
        .strip_suffix('…')
        .or_else(|| lower.strip_suffix("..."))
        .unwrap_or(lower);
    voc::LOADING_WORDS.contains(&stripped)
}

/// Everything conditional cleaning weighs about a block, gathered in one walk.
#[derive(Debug, Clone, Default)]
pub(crate) struct BlockStats {
    /// Characters of normalized text.
    pub chars: usize,
    pub commas: usize,
    pub p: usize,
    pub img: usize,
    pub li: usize,
    pub input: usize,
    /// Text inside `ul`/`ol` descendants.
    pub list_chars: usize,
    /// Text inside heading descendants.
    pub heading_chars: usize,
    /// Text inside links, in-page links weighted by [`threshold::IN_PAGE_LINK_WEIGHT`].
    pub link_chars: f64,
    /// Text inside textish descendants, counted once per textish ancestor.
    pub textish_chars: usize,
}

impl BlockStats {
    pub(crate) fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars / self.chars as f64
        }
    }

    pub(crate) fn density(&self, part: usize) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            part as f64 / self.chars as f64
        }
    }
}

/// Gathers [`BlockStats`] for the subtree of `id` (the element itself excluded from
/// counts).
pub(crate) fn block_stats(tree: &Tree, id: NodeId) -> BlockStats {
    use ego_tree::iter::Edge;
    let mut s = BlockStats::default();
    let Some(root) = tree.get(id) else {
        return s;
    };
    // Open-element counters for the current position.
    let (mut in_list, mut in_heading, mut textish) = (0usize, 0usize, 0usize);
    let mut link_weights: Vec<f64> = Vec::new();
    let mut count = TextCount::default();
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) if n.id() != id => {
                    let t = &e.name.local;
                    if *t == local_name!("p") {
                        s.p += 1;
                    } else if *t == local_name!("img") {
                        s.img += 1;
                    } else if *t == local_name!("li") {
                        s.li += 1;
                    } else if *t == local_name!("input") {
                        s.input += 1;
                    }
                    if *t == local_name!("ul") || *t == local_name!("ol") {
                        in_list += 1;
                    }
                    if voc::HEADING_NAMES.has(t) {
                        in_heading += 1;
                    }
                    if voc::TEXTISH_NAMES.has(t) || voc::DIV_TO_P_NAMES.has(t) {
                        textish += 1;
                    }
                    if *t == local_name!("a") {
                        let w = link_weight(elem_attr(e, "href"));
                        link_weights.push(w);
                    }
                }
                Node::Text(text) => {
                    let before = count.chars;
                    count.add(text);
                    let len = count.chars - before;
                    if in_list > 0 {
                        s.list_chars += len;
                    }
                    if in_heading > 0 {
                        s.heading_chars += len;
                    }
                    s.textish_chars += len * textish;
                    s.link_chars += link_weights.iter().sum::<f64>() * len as f64;
                }
                _ => {}
            },
            Edge::Close(n) => {
                if n.id() == id {
                    continue;
                }
                if let Node::Element(e) = n.value() {
                    let t = &e.name.local;
                    if *t == local_name!("ul") || *t == local_name!("ol") {
                        in_list -= 1;
                    }
                    if voc::HEADING_NAMES.has(t) {
                        in_heading -= 1;
                    }
                    if voc::TEXTISH_NAMES.has(t) || voc::DIV_TO_P_NAMES.has(t) {
                        textish -= 1;
                    }
                    if *t == local_name!("a") {
                        link_weights.pop();
                    }
                }
            }
        }
    }
    s.chars = count.chars;
    s.commas = count.commas;
    s
}

/// Link density of many elements of one subtree at once, in a single walk of `root`.
pub(crate) fn link_densities(tree: &Tree, root: NodeId, elements: &[NodeId]) -> NodeMap<f64> {
    use ego_tree::iter::Edge;
    let index: NodeMap<usize> = elements.iter().enumerate().map(|(i, &e)| (e, i)).collect();
    let mut text = vec![TextCount::default(); elements.len()];
    let mut links = vec![0f64; elements.len()];
    let mut open: Vec<usize> = Vec::new();
    let mut link_weights: Vec<f64> = Vec::new();
    if let Some(r) = tree.get(root) {
        for edge in r.traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Node::Element(e) => {
                        if let Some(&i) = index.get(&n.id()) {
                            open.push(i);
                        }
                        if e.name.local == local_name!("a") {
                            link_weights.push(link_weight(elem_attr(e, "href")));
                        }
                    }
                    Node::Text(t) => {
                        if open.is_empty() {
                            continue;
                        }
                        let weight: f64 = link_weights.iter().sum();
                        let shape = TextShape::of(t);
                        for &i in &open {
                            let before = text[i].chars;
                            text[i].add_shape(&shape);
                            links[i] += weight * (text[i].chars - before) as f64;
                        }
                    }
                    _ => {}
                },
                Edge::Close(n) => {
                    if let Node::Element(e) = n.value() {
                        if index.contains_key(&n.id()) {
                            open.pop();
                        }
                        if e.name.local == local_name!("a") {
                            link_weights.pop();
                        }
                    }
                }
            }
        }
    }
    elements
        .iter()
        .enumerate()
        .map(|(i, &e)| {
            let d = if text[i].chars == 0 {
                0.0
            } else {
                links[i] / text[i].chars as f64
            };
            (e, d)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    #[test]
    fn a_carousel_s_slides_waiting_their_turn_are_shown_other_hidden_groups_are_not() {
        let doc = Html::parse_document(
            "<div aria-roledescription=\"carousel\"><div class=\"track\">\
             <div role=\"group\" aria-hidden=\"true\" id=\"a\">slide</div>\
             <div role=\"group\" aria-hidden=\"true\" hidden id=\"b\">slide</div></div></div>\
             <div role=\"group\" aria-roledescription=\"Slide\" aria-hidden=\"true\" id=\"c\">slide</div>\
             <div role=\"group\" aria-hidden=\"true\" id=\"d\">group</div>\
             <div aria-roledescription=\"carousel\"><p aria-hidden=\"true\" id=\"e\">icon</p></div>",
        );
        let by_id = |id: &str| {
            crate::dom::element_by_id(&doc.tree, doc.tree.root().id(), id).expect("the element")
        };
        for (id, shown, what) in [
            ("a", true, "a slide in a carousel"),
            ("b", false, "a slide `hidden` as well"),
            ("c", true, "a described slide"),
            ("d", false, "a group outside a carousel"),
            ("e", false, "no group"),
        ] {
            assert_eq!(is_probably_visible(&doc.tree, by_id(id)), shown, "{what}");
        }
    }

    #[test]
    fn the_page_behind_an_open_modal_dialog_is_shown() {
        let visible = |html: &str| {
            let doc = Html::parse_document(html);
            let root = crate::dom::element_by_id(&doc.tree, doc.tree.root().id(), "root")
                .expect("the page's root");
            is_probably_visible(&doc.tree, root)
        };
        let page = "<div id=\"root\" aria-hidden=\"true\"><main><p>The story.</p></main></div>";
        // A dialog library's portal beside the page, the dialog open in it.
        assert!(visible(&format!(
            "{page}<div class=\"portal\"><div class=\"overlay\"><div role=\"dialog\" aria-modal=\"true\">\
             <h2>Sign up</h2></div></div></div>"
        )));
        // A dialog library that does not mark its dialog modal.
        assert!(visible(&format!(
            "{page}<div role=\"dialog\" data-state=\"open\"><h2>Sign up</h2></div>"
        )));
        // A closed dialog (hidden itself, or under a hidden wrapper) hides nothing.
        assert!(!visible(&format!(
            "{page}<div role=\"dialog\" hidden><h2>Sign up</h2></div>"
        )));
        assert!(!visible(&format!(
            "{page}<div class=\"modal\" aria-hidden=\"true\"><div role=\"dialog\" aria-modal=\"true\"><h2>Sign up</h2></div></div>"
        )));
        assert!(!visible(&format!(
            "{page}<div role=\"dialog\" aria-modal=\"true\" aria-hidden=\"true\"><h2>Sign up</h2></div>"
        )));
        assert!(!visible(page));
    }

    #[test]
    fn a_section_hidden_until_found_is_shown_a_hidden_one_is_not() {
        let doc = Html::parse_document(
            "<section hidden=\"until-found\" id=\"a\"><p>Collapsed</p></section>\
             <section hidden=\"UNTIL-FOUND\" id=\"b\"><p>Collapsed</p></section>\
             <section hidden id=\"c\"><p>Gone</p></section>\
             <section hidden=\"hidden\" id=\"d\"><p>Gone</p></section>",
        );
        let by_id = |id: &str| {
            crate::dom::element_by_id(&doc.tree, doc.tree.root().id(), id).expect("the element")
        };
        for (id, shown) in [("a", true), ("b", true), ("c", false), ("d", false)] {
            assert_eq!(is_probably_visible(&doc.tree, by_id(id)), shown, "{id}");
        }
    }
}
