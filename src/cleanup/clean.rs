//! Cleans the chosen article: strips presentational attributes, removes forms, embeds,
//! share bars and blocks that read as chrome (link lists, image galleries, ad slots),
//! and simplifies needless nesting.

pub(crate) mod words;

use ego_tree::NodeId;

use self::words::{self as voc, cleaning as rule, threshold};
use crate::cleanup::media;
use crate::dom::{self, Tree};
use crate::explain::{self, rule as why};
use crate::measure;
use crate::select::policy::Attempt;

/// Cleans the article container `root` in place.
pub(crate) fn clean(tree: &mut Tree, root: NodeId, attempt: &Attempt) {
    clean_styles(tree, root);
    let data_tables = mark_data_tables(tree, root);
    media::fix_lazy_images(tree, root);
    // Cleaning from here on only takes elements away: a tag absent now stays absent.
    let present = tags_present(
        tree,
        root,
        voc::CLEAN_ALWAYS
            .iter()
            .chain(voc::CLEAN_ALWAYS_LATE)
            .chain(voc::EMBED_TAGS),
    );
    let embeds = voc::EMBED_TAGS.iter().any(|t| present.contains(t));
    let cc = |tree: &mut Tree, tag: &str| {
        if attempt.policy.clean_conditionally {
            clean_conditionally(tree, root, tag, &data_tables, embeds, attempt);
        }
    };
    cc(tree, "form");
    cc(tree, "fieldset");
    for tag in voc::CLEAN_ALWAYS.iter().filter(|t| present.contains(t)) {
        remove_tag(tree, root, tag);
    }
    remove_share_elements(tree, root);
    for tag in voc::CLEAN_ALWAYS_LATE
        .iter()
        .filter(|t| present.contains(t))
    {
        remove_tag(tree, root, tag);
    }
    remove_negative_headers(tree, root, attempt);
    remove_heading_anchors(tree, root);
    cc(tree, "table");
    cc(tree, "ul");
    cc(tree, "div");
    for h1 in dom::descendants_with_tags(tree, root, &["h1"]) {
        dom::rename(tree, h1, "h2");
    }
    remove_empty_paragraphs(tree, root);
    remove_br_before_p(tree, root);
    unwrap_single_cell_tables(tree, root);
    simplify_nested(tree, root);
    media::unwrap_script_links(tree, root);
}

/// Removes presentational attributes everywhere except inside SVG.
fn clean_styles(tree: &mut Tree, root: NodeId) {
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        if dom::is_tag(tree, id, "svg") {
            continue;
        }
        let size_attrs = dom::tag_in(tree, id, voc::DEPRECATED_SIZE_ATTRIBUTE_ELEMS);
        dom::retain_attrs(tree, id, |name| {
            !voc::PRESENTATIONAL_ATTRIBUTES.contains(&name)
                && !(size_attrs && (name == "width" || name == "height"))
        });
        stack.extend(dom::element_children(tree, id));
    }
}

/// Tables that hold data (not layout) are kept whatever their link density.
fn mark_data_tables(tree: &Tree, root: NodeId) -> dom::NodeSet {
    table_contents(tree, root)
        .into_iter()
        .filter(|(table, inside)| is_data_table(tree, *table, inside))
        .map(|(table, _)| table)
        .collect()
}

/// What a table holds, anywhere below it (nested tables included).
#[derive(Default, Clone, Copy)]
struct TableContents {
    /// Whether its first `<caption>` in document order has content.
    caption_with_content: bool,
    /// Whether it holds an element only data tables use (`th`, `thead`, …).
    data_markup: bool,
    /// Whether it holds another table.
    nested_table: bool,
}

/// The contents of every table under `root`, in document order, found in one walk
/// (hostile nesting would make a walk per table quadratic).
fn table_contents(tree: &Tree, root: NodeId) -> Vec<(NodeId, TableContents)> {
    use ego_tree::iter::Edge;
    struct Open {
        id: NodeId,
        /// Index in `out` when the element is a table.
        table: Option<usize>,
        data_markup: bool,
        nested_table: bool,
    }
    let mut out: Vec<(NodeId, TableContents)> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Open tables that have seen no caption yet (indices into `out`), innermost last.
    let mut awaiting_caption: Vec<usize> = Vec::new();
    let Some(start) = tree.get(root) else {
        return out;
    };
    for edge in start.traverse() {
        match edge {
            Edge::Open(n) => {
                let Some(e) = n.value().as_element() else {
                    continue;
                };
                let name = &*e.name.local;
                if name == "caption" {
                    let content = n.first_child().is_some();
                    for i in awaiting_caption.drain(..) {
                        out[i].1.caption_with_content = content;
                    }
                }
                let table = (name == "table").then(|| {
                    out.push((n.id(), TableContents::default()));
                    awaiting_caption.push(out.len() - 1);
                    out.len() - 1
                });
                stack.push(Open {
                    id: n.id(),
                    table,
                    data_markup: false,
                    nested_table: false,
                });
            }
            Edge::Close(n) => {
                if !n.value().is_element() {
                    continue;
                }
                let Some(open) = stack.pop() else { continue };
                let name = dom::tag(tree, open.id).unwrap_or_default();
                if let Some(i) = open.table {
                    out[i].1.data_markup = open.data_markup;
                    out[i].1.nested_table = open.nested_table;
                    if awaiting_caption.last() == Some(&i) {
                        awaiting_caption.pop();
                    }
                }
                if let Some(parent) = stack.last_mut() {
                    parent.data_markup |= open.data_markup || voc::DATA_TABLE_TAGS.contains(&name);
                    parent.nested_table |= open.nested_table || open.table.is_some();
                }
            }
        }
    }
    // `root` itself is not one of the tables below it.
    out.retain(|(t, _)| *t != root);
    out
}

fn is_data_table(tree: &Tree, table: NodeId, inside: &TableContents) -> bool {
    if dom::attr(tree, table, "role") == Some("presentation") {
        return false;
    }
    if dom::attr(tree, table, "datatable") == Some("0") {
        return false;
    }
    if dom::attr(tree, table, "summary").is_some_and(|s| !s.is_empty()) {
        return true;
    }
    if inside.caption_with_content || inside.data_markup {
        return true;
    }
    if inside.nested_table {
        return false;
    }
    let (rows, columns) = row_and_column_count(tree, table);
    if columns == 1 || rows == 1 {
        return false;
    }
    if rows >= rule::DATA_TABLE_ROWS || columns > rule::DATA_TABLE_COLUMNS {
        return true;
    }
    rows * columns > rule::DATA_TABLE_CELLS
}

fn span_attr(tree: &Tree, id: NodeId, name: &str) -> usize {
    dom::attr(tree, id, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
        .min(rule::MAX_SPAN)
}

fn row_and_column_count(tree: &Tree, table: NodeId) -> (usize, usize) {
    let mut rows = 0;
    let mut columns = 0;
    for tr in dom::descendants_with_tags(tree, table, &["tr"]) {
        rows += span_attr(tree, tr, "rowspan");
        let cols: usize = dom::descendants_with_tags(tree, tr, &["td"])
            .into_iter()
            .map(|td| span_attr(tree, td, "colspan"))
            .sum();
        columns = columns.max(cols);
    }
    (rows, columns)
}

/// The tags of `tags` that some descendant of `root` has, found in one walk.
fn tags_present<'a>(
    tree: &Tree,
    root: NodeId,
    tags: impl Iterator<Item = &'a &'static str> + Clone,
) -> Vec<&'static str> {
    let mut present: Vec<&'static str> = Vec::new();
    let Some(node) = tree.get(root) else {
        return present;
    };
    for d in dom::descendants(node).skip(1) {
        if let Some(e) = d.value().as_element() {
            let name = &*e.name.local;
            if let Some(&tag) = tags.clone().find(|t| **t == name) {
                if !present.contains(&tag) {
                    present.push(tag);
                }
            }
        }
    }
    present
}

/// Removes every `tag` element, except embeds that point at a video host.
fn remove_tag(tree: &mut Tree, root: NodeId, tag: &str) {
    let is_embed = voc::EMBED_TAGS.contains(&tag);
    for el in dom::descendants_with_tags(tree, root, &[tag])
        .into_iter()
        .rev()
    {
        if is_embed && is_video_embed(tree, el) {
            continue;
        }
        if tag == "aside" && holds_prose(tree, el) {
            continue;
        }
        explain::removed(el, why::NON_CONTENT_TAG);
        dom::detach(tree, el);
    }
}

/// Whether a box set between the article's text blocks
/// ([`crate::vocabulary::ARTICLE_BLOCK_TAGS`]) holds prose of the article's own (an
/// explainer, a fact box): [`threshold::MIN_BOX_PARAGRAPHS`] paragraphs or more, of
/// [`threshold::MIN_BOX_PROSE_CHARS`] or more, with few links. A box at the article's edge
/// is the page's (a sidebar's "about" box).
fn holds_prose(tree: &Tree, el: NodeId) -> bool {
    let text_block = |s: Option<NodeId>| {
        s.is_some_and(|s| dom::tag_in(tree, s, crate::vocabulary::ARTICLE_BLOCK_TAGS))
    };
    if !text_block(dom::prev_element_sibling(tree, el))
        || !text_block(dom::next_element_sibling(tree, el))
    {
        return false;
    }
    is_prose_box(
        tree,
        el,
        threshold::MIN_BOX_PARAGRAPHS,
        threshold::MIN_BOX_PROSE_CHARS,
    )
}

/// Whether a box folded until a control opens it holds paragraphs of prose
/// ([`threshold::MIN_FOLDED_PROSE_CHARS`]): the rest of the text.
fn is_folded_prose(tree: &Tree, el: NodeId) -> bool {
    is_prose_box(tree, el, 1, threshold::MIN_FOLDED_PROSE_CHARS)
}

/// Whether a box holds `paragraphs` paragraphs or more, of `chars` characters or more,
/// with few links ([`threshold::MAX_BOX_LINK_DENSITY`]).
fn is_prose_box(tree: &Tree, el: NodeId, paragraphs: usize, chars: usize) -> bool {
    let stats = measure::block_stats(tree, el);
    stats.p >= paragraphs
        && stats.chars >= chars
        && stats.link_density() < threshold::MAX_BOX_LINK_DENSITY
}

fn is_video_embed(tree: &Tree, el: NodeId) -> bool {
    dom::attrs(tree, el)
        .iter()
        .any(|(_, v)| measure::is_video_url(v))
        || (dom::is_tag(tree, el, "object") && measure::is_video_url(&dom::inner_html(tree, el)))
}

/// Removes short elements whose class/id names a share widget.
fn remove_share_elements(tree: &mut Tree, root: NodeId) {
    let tops: Vec<NodeId> = dom::element_children(tree, root).collect();
    let mut match_buf = dom::MatchBuf::default();
    for top in tops {
        let end = dom::next_node_within(tree, top, true, root);
        let mut next = dom::next_node_within(tree, top, false, root);
        while let Some(n) = next {
            if Some(n) == end {
                break;
            }
            if measure::is_share_match(match_buf.of(tree, n))
                && dom::text_content(tree, n).chars().count() < threshold::SHARE_ELEMENT_MAX_CHARS
            {
                explain::removed(n, why::SHARE);
                next = dom::remove_and_next(tree, n, root);
            } else {
                next = dom::next_node_within(tree, n, false, root);
            }
        }
    }
}

/// Removes h1/h2 headings whose class/id reads negative.
fn remove_negative_headers(tree: &mut Tree, root: NodeId, attempt: &Attempt) {
    if !attempt.policy.weight_classes {
        return;
    }
    for h in dom::descendants_with_tags(tree, root, &["h1", "h2"])
        .into_iter()
        .rev()
    {
        if attempt.class_weight(tree, h) < 0.0 {
            explain::removed(h, why::NEGATIVE_HEADING);
            dom::detach(tree, h);
        }
    }
}

/// Removes the anchor links of headings: a link to a place on the page (`#…`) with no
/// letter or digit in its text ("#", "¶", "§", an icon), inside a heading or right beside
/// one: a control for copying the section's address, not part of its title.
fn remove_heading_anchors(tree: &mut Tree, root: NodeId) {
    for link in dom::descendants_with_tags(tree, root, &["a"]) {
        let by_heading = || {
            dom::ancestors(tree, link, threshold::HEADING_ANCHOR_DEPTH)
                .iter()
                .any(|&a| dom::tag_in(tree, a, voc::HEADING_TAGS))
                || [
                    dom::prev_element_sibling(tree, link),
                    dom::next_element_sibling(tree, link),
                ]
                .into_iter()
                .flatten()
                .any(|s| dom::tag_in(tree, s, voc::HEADING_TAGS))
        };
        if dom::attr(tree, link, "href").is_some_and(|h| h.starts_with('#'))
            && !dom::text_content(tree, link)
                .chars()
                .any(char::is_alphanumeric)
            && by_heading()
        {
            explain::removed(link, why::CONDITIONAL);
            dom::detach(tree, link);
        }
    }
}

/// Removes `tag` elements that look like chrome rather than content: link lists, image
/// galleries without text, form-like blocks, ad and loading labels.
fn clean_conditionally(
    tree: &mut Tree,
    root: NodeId,
    tag: &str,
    data_tables: &dom::NodeSet,
    embeds: bool,
    attempt: &Attempt,
) {
    for node in dom::descendants_with_tags(tree, root, &[tag])
        .into_iter()
        .rev()
    {
        match verdict(tree, node, tag, data_tables, embeds, attempt) {
            Verdict::Keep => {}
            Verdict::Remove => {
                attempt.cleaned_conditionally();
                explain::removed(node, why::CONDITIONAL);
                dom::detach(tree, node);
            }
            Verdict::Heading(heading) => keep_only_branch(tree, node, heading),
        }
    }
}

fn has_data_table_ancestor(tree: &Tree, node: NodeId, data_tables: &dom::NodeSet) -> bool {
    !data_tables.is_empty()
        && dom::ancestors(tree, node, 0)
            .iter()
            .any(|a| data_tables.contains(a))
}

/// What conditional cleaning does with a block.
enum Verdict {
    Keep,
    Remove,
    /// The block is this heading with a control beside it: the heading stays, alone.
    Heading(NodeId),
}

fn verdict(
    tree: &Tree,
    node: NodeId,
    tag: &str,
    data_tables: &dom::NodeSet,
    embeds: bool,
    attempt: &Attempt,
) -> Verdict {
    if tag == "table" && data_tables.contains(&node) {
        return Verdict::Keep;
    }
    if has_data_table_ancestor(tree, node, data_tables) {
        return Verdict::Keep;
    }
    if dom::has_ancestor_tag(tree, node, "code", 0) {
        return Verdict::Keep;
    }
    // `node` is no data table here, so a table within it is one below it.
    if data_tables.iter().any(|&t| dom::is_within(tree, t, node)) {
        return Verdict::Keep;
    }
    let weight = attempt.class_weight(tree, node);
    // Prose folded by clipping utilities (`max-h-0 overflow-hidden` under "Read more")
    // is the text, not chrome.
    if weight < 0.0
        && !(measure::negative_only_by_overflow(tree, node) && is_folded_prose(tree, node))
    {
        return Verdict::Remove;
    }
    // Prose (ten commas) stays; counting stops at the tenth, so big blocks cost little.
    if dom::has_commas(tree, node, threshold::PROSE_COMMAS) {
        return Verdict::Keep;
    }
    let stats = measure::block_stats(tree, node);
    let content_length = stats.chars;
    let is_list = tag == "ul"
        || tag == "ol"
        || (content_length > 0
            && stats.list_chars as f64 / content_length as f64 > rule::LIST_SHARE);
    let p = stats.p as f64;
    let img = stats.img as f64;
    let li = stats.li as f64 - rule::FREE_LIST_ITEMS;
    let input = stats.input as f64;
    let heading_density = stats.density(stats.heading_chars);
    let mut embed_count = 0;
    // `embeds`: some embed is left in the article.
    let inside = if embeds {
        dom::descendants_with_tags(tree, node, voc::EMBED_TAGS)
    } else {
        Vec::new()
    };
    for embed in inside {
        if is_video_embed(tree, embed) {
            return Verdict::Keep;
        }
        embed_count += 1;
    }
    if content_length < threshold::MAX_LABEL_CHARS
        && measure::is_ad_or_loading_label(&dom::inner_text(tree, node))
    {
        return Verdict::Remove;
    }
    let link_density = stats.link_density();
    let text_density = stats.density(stats.textish_chars);
    let is_figure_child = dom::has_ancestor_tag(tree, node, "figure", 0);

    let linky = (!is_list
        && !is_figure_child
        && heading_density < rule::HEADING_SHARE
        && content_length < rule::SHORT_BLOCK_CHARS
        && (img == 0.0 || img > 2.0)
        && link_density > 0.0)
        || (!is_list && weight < rule::POSITIVE_WEIGHT && link_density > rule::MAX_LINK_DENSITY);
    let remove = (!is_figure_child && img > 1.0 && p / img < rule::MIN_P_PER_IMG)
        || (!is_list && li > p)
        || (input > (p / rule::P_PER_INPUT).floor())
        || (weight >= rule::POSITIVE_WEIGHT && link_density > rule::MAX_LINK_DENSITY_POSITIVE)
        || ((embed_count == 1 && content_length < rule::EMBED_MIN_CHARS) || embed_count > 1)
        || (img == 0.0 && text_density == 0.0);
    // A heading with its control beside it is the heading, however linky.
    if linky && !remove {
        if let Some(heading) = heading_with_control(tree, node, &stats) {
            return Verdict::Heading(heading);
        }
    }
    let remove = remove || linky;

    if is_list && remove {
        // A plain list of images stays.
        let kids: Vec<NodeId> = dom::element_children(tree, node).collect();
        if kids
            .iter()
            .any(|&k| dom::element_children(tree, k).count() > 1)
        {
            return Verdict::Remove;
        }
        if stats.img == stats.li {
            return Verdict::Keep;
        }
    }
    if remove {
        Verdict::Remove
    } else {
        Verdict::Keep
    }
}

/// The heading of a block that is a heading with a control beside it (a wiki's
/// `<div><h2>History</h2><span>[<a>edit</a>]</span></div>`, an anchor link): the block's
/// one heading holds no link and at least [`rule::CONTROLLED_HEADING_SHARE`] of its text;
/// beside it, one short link, no picture, list or form control.
fn heading_with_control(tree: &Tree, node: NodeId, stats: &measure::BlockStats) -> Option<NodeId> {
    let heading = stats.heading_chars as f64;
    if heading == 0.0
        || heading < rule::CONTROLLED_HEADING_SHARE * stats.chars as f64
        || stats.link_chars > rule::MAX_HEADING_CONTROL_CHARS
        || stats.link_chars > stats.chars.saturating_sub(stats.heading_chars) as f64
        || stats.img > 0
        || stats.li > 0
        || stats.input > 0
        || dom::count_tag(tree, node, "a") > 1
    {
        return None;
    }
    let mut headings = dom::descendants_with_tags(tree, node, voc::HEADING_TAGS).into_iter();
    match (headings.next(), headings.next()) {
        (Some(h), None) if !dom::has_descendant_with_tags(tree, h, &["a"]) => Some(h),
        _ => None,
    }
}

/// Leaves under `node` only the branch that holds `keep`: its other children go.
fn keep_only_branch(tree: &mut Tree, node: NodeId, keep: NodeId) {
    let mut branch = keep;
    while let Some(parent) = dom::parent(tree, branch).filter(|&p| p != node) {
        branch = parent;
    }
    let others: Vec<NodeId> = dom::children(tree, node).filter(|&c| c != branch).collect();
    for child in others {
        explain::removed(child, why::CONDITIONAL);
        dom::detach(tree, child);
    }
}

/// Removes paragraphs with neither text nor media.
fn remove_empty_paragraphs(tree: &mut Tree, root: NodeId) {
    for p in dom::descendants_with_tags(tree, root, &["p"])
        .into_iter()
        .rev()
    {
        if !dom::has_text(tree, p)
            && !dom::has_descendant_with_tags(tree, p, &["img", "embed", "object", "iframe"])
        {
            explain::removed(p, why::EMPTY_PARAGRAPH);
            dom::detach(tree, p);
        }
    }
}

fn remove_br_before_p(tree: &mut Tree, root: NodeId) {
    for br in dom::descendants_with_tags(tree, root, &["br"]) {
        let mut next = tree.get(br).and_then(|n| n.next_sibling()).map(|n| n.id());
        while let Some(n) = next {
            if dom::is_text(tree, n) && dom::text_content(tree, n).trim().is_empty() {
                next = tree.get(n).and_then(|x| x.next_sibling()).map(|x| x.id());
            } else {
                break;
            }
        }
        if next.is_some_and(|n| dom::is_tag(tree, n, "p")) {
            dom::detach(tree, br);
        }
    }
}

/// A table of one row and one cell is layout: it becomes its cell.
fn unwrap_single_cell_tables(tree: &mut Tree, root: NodeId) {
    for table in dom::descendants_with_tags(tree, root, &["table"]) {
        let tbody = if measure::has_single_tag_inside(tree, table, "tbody") {
            dom::first_element_child(tree, table).unwrap_or(table)
        } else {
            table
        };
        if !measure::has_single_tag_inside(tree, tbody, "tr") {
            continue;
        }
        let Some(row) = dom::first_element_child(tree, tbody) else {
            continue;
        };
        if !measure::has_single_tag_inside(tree, row, "td") {
            continue;
        }
        let Some(cell) = dom::first_element_child(tree, row) else {
            continue;
        };
        let all_phrasing = dom::children(tree, cell)
            .collect::<Vec<_>>()
            .into_iter()
            .all(|c| measure::is_phrasing(tree, c));
        dom::rename(tree, cell, if all_phrasing { "p" } else { "div" });
        dom::replace_inheriting_names(tree, table, cell);
    }
}

/// Removes empty `div`/`section`s and merges a wrapper with its only wrapper child.
fn simplify_nested(tree: &mut Tree, root: NodeId) {
    let mut node = dom::next_node_within(tree, root, false, root);
    while let Some(id) = node {
        if dom::tag_in(tree, id, &["div", "section"])
            && !dom::attr(tree, id, "id").is_some_and(|i| i.starts_with("readability"))
        {
            if measure::is_without_content(tree, id) {
                explain::removed(id, why::EMPTY);
                node = dom::remove_and_next(tree, id, root);
                continue;
            }
            if measure::has_single_tag_inside(tree, id, "div")
                || measure::has_single_tag_inside(tree, id, "section")
            {
                if let Some(child) = dom::first_element_child(tree, id) {
                    for (k, v) in dom::attrs(tree, id) {
                        dom::set_attr(tree, child, &k, &v);
                    }
                    dom::replace(tree, id, child);
                    node = Some(child);
                    continue;
                }
            }
        }
        node = dom::next_node_within(tree, id, false, root);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::select::policy::{KEEP_ALL_BLOCKS, STRICT};

    const PROSE: &str = "The council voted on Tuesday to extend the harbour walk, a plan that \
        residents, shop owners and the port authority had argued over for most of a decade.";

    /// The article container `<div id=a>` of `body` after [`clean`] under `policy`.
    fn after_clean(body: &str, policy: crate::select::policy::Policy) -> String {
        let mut doc = crate::input::document(&format!("<body><div id=a>{body}</div></body>"));
        let root = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["div"])[0];
        clean(&mut doc.tree, root, &Attempt::new(policy));
        dom::inner_html(&doc.tree, root)
    }

    /// A block of links to other stories (not a list: Readability spares lists of links).
    fn link_block() -> String {
        let links: String = (0..8)
            .map(|i| format!("<a href=/s{i}>Another story number {i}</a> "))
            .collect();
        format!("<div>{links}</div>")
    }

    #[test]
    fn a_box_of_prose_between_the_articles_paragraphs_stays_other_asides_go() {
        let explainer = format!(
            "<aside class=explainer><h2><a href=/explainer>What to know</a></h2>\
             <p>EXPLAINED {PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></aside>"
        );
        let html = after_clean(
            &format!(
                "<p>{PROSE}</p>{explainer}<p>{PROSE}</p>\
                 <aside class=quote><p>QUOTED A line worth repeating.</p></aside><p>{PROSE}</p>"
            ),
            STRICT,
        );
        assert!(html.contains("EXPLAINED"), "{html}");
        assert!(!html.contains("QUOTED"), "{html}");
        // At the article's edge, the same box is the page's.
        let html = after_clean(&format!("<p>{PROSE}</p><p>{PROSE}</p>{explainer}"), STRICT);
        assert!(!html.contains("EXPLAINED"), "{html}");
    }

    /// The rest of a text folded by clipping utilities until "Read more" opens it is the
    /// text; a box hidden by a chrome word, or folded with nothing but links, goes.
    #[test]
    fn prose_folded_by_clipping_utilities_stays_chrome_goes() {
        let fold = |class: &str, inner: &str| {
            format!(
                "<p>{PROSE}</p><button>Read more</button>\
                 <div class=\"{class}\"><p>FOLDED {inner}</p><p>{inner}</p></div>"
            )
        };
        let html = after_clean(&fold("max-h-0 overflow-hidden transition", PROSE), STRICT);
        assert!(html.contains("FOLDED"), "{html}");
        let html = after_clean(&fold("md:overflow-y-hidden sidebar", PROSE), STRICT);
        assert!(!html.contains("FOLDED"), "{html}");
        let links = "<a href=/s1>One story</a> <a href=/s2>Another story</a>";
        let html = after_clean(&fold("max-h-0 overflow-hidden", links), STRICT);
        assert!(!html.contains("FOLDED"), "{html}");
    }

    #[test]
    fn forms_buttons_and_presentational_attributes_go() {
        let html = after_clean(
            &format!(
                "<p align=center style=\"color:red\">{PROSE}</p>\
                 <form><input name=q><button>Search</button></form><p>{PROSE}</p>"
            ),
            STRICT,
        );
        assert!(
            !html.contains("<form") && !html.contains("<button"),
            "{html}"
        );
        assert!(
            !html.contains("align=") && !html.contains("style="),
            "{html}"
        );
        assert_eq!(html.matches(PROSE).count(), 2, "{html}");
    }

    #[test]
    fn a_block_of_links_goes_only_when_the_policy_cleans_conditionally() {
        let body = format!("<p>{PROSE}</p>{}<p>{PROSE}</p>", link_block());
        let strict = after_clean(&body, STRICT);
        assert!(!strict.contains("Another story"), "{strict}");
        let loose = after_clean(&body, KEEP_ALL_BLOCKS);
        assert!(loose.contains("Another story number 7"), "{loose}");
    }

    #[test]
    fn a_data_table_stays_a_layout_table_of_links_goes() {
        let rows: String = (0..12)
            .map(|i| {
                format!(
                    "<tr><td>{i}</td><td>{}</td><td>row</td><td>x</td></tr>",
                    i * 3
                )
            })
            .collect();
        let data = format!("<table><thead><tr><th>n</th><th>3n</th></tr></thead>{rows}</table>");
        let html = after_clean(&format!("<p>{PROSE}</p>{data}<p>{PROSE}</p>"), STRICT);
        assert!(
            html.contains("<th>3n</th>") && html.contains("<td>33</td>"),
            "{html}"
        );
        let layout = format!("<table><tr><td>{}</td></tr></table>", link_block());
        let html = after_clean(&format!("<p>{PROSE}</p>{layout}<p>{PROSE}</p>"), STRICT);
        assert!(!html.contains("Another story"), "{html}");
    }

    #[test]
    fn h1_inside_the_article_becomes_h2() {
        let html = after_clean(&format!("<h1>Part one</h1><p>{PROSE}</p>"), STRICT);
        assert!(
            html.contains("<h2>Part one</h2>") && !html.contains("<h1"),
            "{html}"
        );
    }

    #[test]
    fn a_headings_anchor_link_goes_its_text_and_other_links_stay() {
        let html = after_clean(
            &format!(
                "<p>{PROSE}</p><h2 id=walk>The new walk <a href=\"#walk\">#</a></h2><p>{PROSE}</p>\
                 <h3 id=cost><span>Cost</span> <a class=anchor href=\"#cost\"><span>¶</span></a></h3>\
                 <p>{PROSE}</p><h2><a href=\"#map\">See the map</a></h2><p>{PROSE}</p>\
                 <p>Footnote <a href=\"#n1\">*</a> stays in a paragraph. {PROSE}</p>"
            ),
            STRICT,
        );
        assert!(
            html.contains("The new walk") && html.contains("Cost"),
            "{html}"
        );
        assert!(
            !html.contains("href=\"#walk\"") && !html.contains("href=\"#cost\""),
            "{html}"
        );
        assert!(
            html.contains("See the map") && html.contains("href=\"#n1\""),
            "{html}"
        );
    }

    #[test]
    fn a_heading_with_an_edit_control_stays_without_it() {
        let html = after_clean(
            &format!(
                "<p>{PROSE}</p><div class=mw-heading><h2 id=History>History</h2>\
                 <span class=mw-editsection>[<a href=\"/w/index.php?action=edit\">edit</a>]</span></div>\
                 <p>{PROSE}</p>"
            ),
            STRICT,
        );
        assert!(html.contains("<h2 id=\"History\">History</h2>"), "{html}");
        assert!(!html.contains("edit"), "{html}");
    }
}
