//! Removes boilerplate that survives inside the chosen article, by general signals:
//! class/id tokens of page furniture, and short blocks whose words are labels (related
//! links, share and rating prompts, ad labels, photo credits, date lines).

pub(crate) mod words;

use ego_tree::NodeId;

use self::words::{self as voc, threshold};
use crate::dom::{self, Tree};
use crate::explain::{self, rule};
use crate::measure;
use crate::vocabulary;

/// Runs every boilerplate rule on the article container `root`.
pub(crate) fn remove(tree: &mut Tree, root: NodeId) {
    let total = dom::inner_text_len(tree, root);
    remove_furniture(tree, root, total);
    remove_labels(tree, root);
    remove_pitch_boxes(tree, root);
    remove_link_teasers(tree, root);
    trim_caption_credits(tree, root);
}

/// Captions keep their description and lose the photo credit that ends them
/// ("… in Kobe. Photo: Jane Doe", "(© Agency/Name)"): the credit starts at a word that
/// [`voc::CAPTION_CREDIT_MARKERS`] lists. A caption that is only a credit goes whole.
fn trim_caption_credits(tree: &mut Tree, root: NodeId) {
    let mut node = dom::next_node_within(tree, root, false, root);
    while let Some(id) = node {
        if is_caption(tree, id) {
            let texts: Vec<NodeId> = tree
                .get(id)
                .into_iter()
                .flat_map(dom::descendants)
                .filter(|d| d.value().is_text())
                .map(|d| d.id())
                .collect();
            let cut = texts.iter().enumerate().find_map(|(i, &t)| {
                let text = dom::text_of(tree, t)?;
                credit_start(text).map(|at| (i, at))
            });
            if let Some((i, at)) = cut {
                let kept = dom::text_of(tree, texts[i]).map_or(String::new(), |t| {
                    t[..at].trim_end_matches(voc::CREDIT_LEAD_IN).to_string()
                });
                dom::set_text(tree, texts[i], &kept);
                for &later in &texts[i + 1..] {
                    dom::set_text(tree, later, "");
                }
                if dom::inner_text_len(tree, id) == 0 {
                    explain::removed(id, rule::LABEL);
                    node = dom::remove_and_next(tree, id, root);
                    continue;
                }
            }
            node = dom::next_node_within(tree, id, true, root);
            continue;
        }
        node = dom::next_node_within(tree, id, false, root);
    }
}

/// A `<figcaption>` or an element whose class/id words name a caption.
fn is_caption(tree: &Tree, id: NodeId) -> bool {
    dom::is_tag(tree, id, "figcaption")
        || (dom::tag_in(tree, id, voc::LABEL_TAGS)
            && measure::names_word(tree, id, &voc::CAPTION_TOKENS))
}

/// Byte offset where a photo credit starts in `text`: a credit prefix at the start of a
/// word (ASCII case ignored).
fn credit_start(text: &str) -> Option<usize> {
    if !voc::CAPTION_CREDIT_WORDS.matches_ascii_folded(text) {
        return None;
    }
    voc::CAPTION_CREDIT_MARKERS
        .iter()
        .filter_map(|prefix| {
            let bytes = text.as_bytes();
            let p = prefix.as_bytes();
            (0..bytes.len().saturating_sub(p.len() - 1)).find(|&i| {
                text.is_char_boundary(i)
                    && bytes[i..i + p.len()].eq_ignore_ascii_case(p)
                    && text[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        })
        .min()
}

/// A block among at least two sibling paragraphs, outside lists and tables.
fn between_paragraphs(tree: &Tree, id: NodeId) -> bool {
    let in_cell_or_item = voc::LINK_TEASER_EXCLUDED_ANCESTORS
        .iter()
        .any(|t| dom::has_ancestor_tag(tree, id, t, threshold::LINK_TEASER_CONTEXT_LEVELS));
    let Some(parent) = dom::parent(tree, id) else {
        return false;
    };
    let paragraphs = dom::element_children(tree, parent)
        .filter(|&c| c != id && dom::is_tag(tree, c, "p"))
        .count();
    !in_cell_or_item && paragraphs >= 2
}

/// Whether a link in the block opens a mail to someone (a contact line, not a teaser).
fn links_to_mail(tree: &Tree, id: NodeId) -> bool {
    dom::descendants_with_tags(tree, id, &["a"])
        .iter()
        .any(|&a| dom::attr(tree, a, "href").is_some_and(|h| h.starts_with("mailto:")))
}

/// Paragraphs that are one headline-long link and nothing else, set between the
/// article's paragraphs: a teaser for another page.
fn remove_link_teasers(tree: &mut Tree, root: NodeId) {
    let mut node = dom::next_node_within(tree, root, false, root);
    while let Some(id) = node {
        if dom::tag_in(tree, id, voc::LINK_TEASER_TAGS) {
            let stats = measure::block_stats(tree, id);
            if stats.chars >= threshold::MIN_LINK_TEASER_CHARS
                && stats.chars <= threshold::MAX_LINK_TEASER_CHARS
                && stats.link_density() >= threshold::MIN_LINK_TEASER_DENSITY
                && between_paragraphs(tree, id)
                && !links_to_mail(tree, id)
            {
                explain::removed(id, rule::RELATED_LINKS);
                node = dom::remove_and_next(tree, id, root);
                continue;
            }
        }
        node = dom::next_node_within(tree, id, false, root);
    }
}

/// Small boxes that ask for donations, whatever their heading says.
fn remove_pitch_boxes(tree: &mut Tree, root: NodeId) {
    let mut node = dom::next_node_within(tree, root, false, root);
    while let Some(id) = node {
        if dom::tag_in(tree, id, voc::BOX_TAGS) && is_small_box(tree, id) {
            let lower = dom::inner_text(tree, id).to_lowercase();
            if voc::DONATION_WORDS.matches(&lower) {
                explain::removed(id, rule::DONATION);
                node = dom::remove_and_next(tree, id, root);
                continue;
            }
        }
        node = dom::next_node_within(tree, id, false, root);
    }
}

/// Few children and little text: a box beside the prose, not the prose.
fn is_small_box(tree: &Tree, id: NodeId) -> bool {
    dom::element_children(tree, id).count() <= threshold::PROMPT_BOX_MAX_CHILDREN
        && dom::inner_text_len_capped(tree, id, threshold::PROMPT_BOX_MAX_CHARS)
            <= threshold::PROMPT_BOX_MAX_CHARS
}

/// Elements whose class/id names page furniture and that hold a small part of the text.
fn remove_furniture(tree: &mut Tree, root: NodeId, total: usize) {
    let limit = (total as f64 * threshold::FURNITURE_MAX_SHARE) as usize;
    let mut node = dom::next_node_within(tree, root, false, root);
    while let Some(id) = node {
        if let Some(strength) = furniture(tree, id) {
            let stats = measure::block_stats(tree, id);
            let prose = strength == Strength::Weak
                && stats.p > 0
                && stats.chars >= threshold::FURNITURE_PROSE_CHARS
                && stats.link_density() < threshold::FURNITURE_PROSE_LINK_DENSITY;
            if stats.chars <= limit
                && !prose
                && !(strength == Strength::Weak && measure::is_inline_in_prose(tree, id))
            {
                explain::removed(id, rule::FURNITURE);
                node = dom::remove_and_next(tree, id, root);
                continue;
            }
        }
        node = dom::next_node_within(tree, id, false, root);
    }
}

/// How sure a class/id token is that an element is furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    Strong,
    Weak,
}

fn furniture(tree: &Tree, id: NodeId) -> Option<Strength> {
    if !may_name_furniture(tree, id) {
        return None;
    }
    let owned = dom::class_tokens(tree, id);
    if owned.is_empty() {
        return None;
    }
    // Google's markup for paywalled content names the walled text by a class of its own
    // (`class="paywall"`, named by the page's `hasPart.cssSelector`): that token then
    // marks the article's text, not the wall's offer (`paywall-bar`, `c-paywall__price`).
    let walled = owned
        .iter()
        .any(|t| voc::WALLED_TEXT_CLASSES.contains(&t.as_str()))
        && names_walled_text(tree, id);
    let tokens: Vec<&str> = owned
        .iter()
        .map(String::as_str)
        .filter(|t| !(walled && voc::WALLED_TEXT_CLASSES.contains(t)))
        .collect();
    let paired = voc::FURNITURE_TOKEN_PAIRS.iter().any(|(first, seconds)| {
        tokens.contains(first) && tokens.iter().any(|t| seconds.contains(t))
    });
    if paired || tokens.iter().any(|t| voc::FURNITURE_TOKENS.contains(t)) {
        Some(Strength::Strong)
    } else if tokens
        .iter()
        .any(|t| voc::WEAK_FURNITURE_TOKENS.contains(t))
    {
        Some(Strength::Weak)
    } else if walled && !dom::tag_in(tree, id, crate::vocabulary::ARTICLE_BLOCK_TAGS) {
        // A box so marked holds the text behind the wall, or the wall: prose stays.
        Some(Strength::Weak)
    } else {
        None
    }
}

/// Whether one of the element's class names is a walled-text class
/// ([`voc::WALLED_TEXT_CLASSES`]) standing alone.
fn names_walled_text(tree: &Tree, id: NodeId) -> bool {
    dom::attr(tree, id, "class").is_some_and(|c| {
        c.split_ascii_whitespace().any(|name| {
            voc::WALLED_TEXT_CLASSES
                .iter()
                .any(|w| name.eq_ignore_ascii_case(w))
        })
    })
}

/// Whether the element's class/id can hold a furniture token (or the first of a pair)
/// at all. Tokens are lowercased runs of the value's letters and digits, so an ASCII
/// value holds each of its tokens as a substring, ASCII case ignored: the check spares
/// splitting the values of the many elements that hold none (a non-ASCII value is
/// split whatever it holds).
fn may_name_furniture(tree: &Tree, id: NodeId) -> bool {
    let Some(e) = dom::element(tree, id) else {
        return false;
    };
    e.attrs.iter().any(|(k, v)| {
        dom::is_class_or_id(&k.local)
            && (!v.is_ascii()
                || voc::FURNITURE_WORDS.matches_ascii_folded(v)
                || voc::WEAK_FURNITURE_WORDS.matches_ascii_folded(v)
                || voc::FURNITURE_TOKEN_PAIRS.iter().any(|(first, _)| {
                    v.as_bytes()
                        .windows(first.len())
                        .any(|w| w.eq_ignore_ascii_case(first.as_bytes()))
                }))
    })
}

/// What a short block's text says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// "Related", "Read also", …: remove it and the link list it introduces.
    Related,
    /// Share, rating, comment and subscription prompts: the small box they sit in goes too.
    Prompt,
    /// Photo credits, ad labels, dates.
    Furniture,
}

/// What a short block's text says it is, from its lowercased text (lowercasing neither
/// makes nor takes away the whitespace and punctuation trimmed here).
fn label_of(lower: &str) -> Option<Label> {
    let lower = lower.trim().trim_end_matches([':', '.', '!', '?']).trim();
    if lower.is_empty() {
        return None;
    }
    if vocabulary::RELATED_PHRASES
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Some(Label::Related);
    }
    if voc::PROMPT_PHRASES.matches(lower) || voc::PROMPT_LABELS.contains(&lower) {
        return Some(Label::Prompt);
    }
    if is_ad_label(lower)
        || voc::CREDIT_PREFIXES.iter().any(|p| lower.starts_with(p))
        || voc::DATE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || voc::META_LINE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || is_bare_date(lower)
        || is_slide_counter(lower)
    {
        return Some(Label::Furniture);
    }
    None
}

/// An ad slot's label, alone or followed by a separator and a few words
/// ("Advertisement - Story continues below").
fn is_ad_label(lower: &str) -> bool {
    let is_label = |t: &str| measure::is_ad_or_loading_lower(t) || voc::AD_LABELS.contains(&t);
    is_label(lower)
        || voc::LABEL_SEPARATORS
            .iter()
            .any(|sep| head_before(lower, sep).is_some_and(|head| is_label(head.trim())))
}

/// What `text` holds before the first `sep` (`str::split_once`'s first part), found
/// without the substring searcher `split_once` sets up on every call: the text is a
/// short line.
fn head_before<'a>(text: &'a str, sep: &str) -> Option<&'a str> {
    let Some(&first) = sep.as_bytes().first() else {
        return Some("");
    };
    memchr::memchr_iter(first, text.as_bytes())
        .find(|&at| text.as_bytes()[at..].starts_with(sep.as_bytes()))
        .map(|at| &text[..at])
}

/// A gallery's slide counter standing alone: "3 of 26" (and its words in the languages of
/// the web), the first number no larger than the second (compared by length, then digit
/// by digit).
fn is_slide_counter(lower: &str) -> bool {
    let mut parts = lower.split_whitespace();
    let (Some(n), Some(word), Some(m), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let number = |t: &str| {
        (1..=threshold::MAX_COUNTER_DIGITS).contains(&t.len())
            && t.bytes().all(|b| b.is_ascii_digit())
    };
    number(n) && number(m) && voc::COUNTER_WORDS.contains(&word) && (n.len(), n) <= (m.len(), m)
}

/// A text that is only a numeric date (and maybe a time): `03.04.2020`, `2020-04-03 14:05`.
fn is_bare_date(lower: &str) -> bool {
    let digits = lower.chars().filter(|c| c.is_ascii_digit()).count();
    digits >= 6
        && lower
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | ':' | ' ' | ','))
}

/// Short blocks whose text is a label; a "related" label takes the link list after it.
fn remove_labels(tree: &mut Tree, root: NodeId) {
    let mut node = dom::next_node_within(tree, root, false, root);
    while let Some(id) = node {
        if dom::tag_in(tree, id, voc::VERBATIM_TAGS) {
            // Code and preformatted text are the article's as written, whatever they say.
            node = dom::next_node_within(tree, id, true, root);
            continue;
        }
        if dom::tag_in(tree, id, voc::LABEL_TAGS) {
            let len = dom::inner_text_len_capped(tree, id, threshold::MAX_RELATED_LINE_CHARS);
            if len > 0 && len <= threshold::MAX_RELATED_LINE_CHARS {
                // Every check reads the text lowercased, a capital dotted I as an `i`
                // (Turkish "İLGİLİ HABERLER" lowercases to `i` and a combining dot).
                let mut lower = dom::inner_text(tree, id).to_lowercase();
                if lower.contains(voc::COMBINING_DOT_ABOVE) {
                    lower = lower.replace(voc::COMBINING_DOT_ABOVE, "");
                }
                let label = if len <= threshold::MAX_LABEL_BLOCK_CHARS {
                    label_of(&lower)
                } else {
                    related_line(tree, id, &lower)
                };
                let label = label
                    .or_else(|| pitch_line(&lower, len))
                    .or_else(|| date_element(tree, id))
                    .or_else(|| post_navigation(tree, id, &lower));
                if let Some(label) = label {
                    if label == Label::Related {
                        remove_following_link_lists(tree, id);
                    }
                    let doomed = match label {
                        Label::Prompt => prompt_box(tree, id, root).unwrap_or(id),
                        _ => id,
                    };
                    explain::removed(doomed, rule::LABEL);
                    node = dom::remove_and_next(tree, doomed, root);
                    continue;
                }
            }
        }
        node = dom::next_node_within(tree, id, false, root);
    }
}

/// The small box a prompt sits in (a donation, newsletter or "boost" pitch): the
/// prompt's parent when it holds little besides the prompt. A box holding a paragraph of
/// prose ([`threshold::PROMPT_BOX_MAX_PARAGRAPH_CHARS`] or more) is the article's text
/// with a prompt line dropped into it, and only the line goes.
fn prompt_box(tree: &Tree, label: NodeId, root: NodeId) -> Option<NodeId> {
    let parent = dom::parent(tree, label).filter(|&p| p != root)?;
    if !dom::tag_in(tree, parent, voc::BOX_TAGS) || !is_small_box(tree, parent) {
        return None;
    }
    let prose = dom::descendants_with_tags(tree, parent, voc::PROMPT_BOX_PROSE_TAGS)
        .into_iter()
        .any(|p| {
            dom::inner_text_len_capped(tree, p, threshold::PROMPT_BOX_MAX_PARAGRAPH_CHARS)
                >= threshold::PROMPT_BOX_MAX_PARAGRAPH_CHARS
        });
    (!prose).then_some(parent)
}

/// A longer line that is a "related" label followed by a linked headline
/// ("Read also: <a>Another story</a>"), from its lowercased text.
fn related_line(tree: &Tree, id: NodeId, lower: &str) -> Option<Label> {
    let (head, _) = lower.trim().split_once(':')?;
    let head = head.trim();
    let is_related = vocabulary::RELATED_PHRASES
        .iter()
        .any(|p| head == p.trim_end_matches(':'));
    (is_related
        && measure::block_stats(tree, id).link_density() > threshold::RELATED_LIST_LINK_DENSITY)
        .then_some(Label::Related)
}

/// A `<time>` that stands on its own line (its parent holds little else) and is no
/// duration: a date line.
fn date_element(tree: &Tree, id: NodeId) -> Option<Label> {
    if !dom::is_tag(tree, id, "time") {
        return None;
    }
    let duration = dom::attr(tree, id, "datetime").is_some_and(|d| d.starts_with('P'))
        || dom::attr(tree, id, "itemprop").is_some_and(|p| voc::DURATION_ITEMPROPS.contains(&p));
    if duration {
        return None;
    }
    let parent = dom::parent(tree, id)?;
    let around = dom::inner_text_len_capped(tree, parent, threshold::MAX_LABEL_BLOCK_CHARS + 1);
    (around <= threshold::MAX_LABEL_BLOCK_CHARS).then_some(Label::Furniture)
}

/// A line of links to the previous or next post ("« Older post | Main | Newer post »",
/// "Next post: <a>…</a>", a lone "Previous article"): furniture between posts, not the
/// post. Its text is a [`voc::POST_NAV_LABELS`] label, arrows aside; or such a label
/// and a colon before a link; or it is mostly links, one of them marked `rel=prev`/`next`
/// or the line opening or closing with a navigation arrow. A word inside a paragraph's
/// sentence is none of these. `lower` is the block's lowercased text.
fn post_navigation(tree: &Tree, id: NodeId, lower: &str) -> Option<Label> {
    let lower = lower.trim();
    let is_nav_label = |t: &str| {
        voc::POST_NAV_LABELS.contains(&t.trim_matches(|c: char| {
            c.is_whitespace() || voc::POST_NAV_ARROWS.contains(&c) || c == ':'
        }))
    };
    let whole_label = is_nav_label(lower);
    // Most short blocks are neither a label nor hold a link: they are passed by first.
    if !whole_label && !dom::has_descendant_with_tags(tree, id, &["a"]) {
        return None;
    }
    if measure::is_inline_in_prose(tree, id) {
        return None;
    }
    if whole_label {
        return Some(Label::Furniture);
    }
    let links = dom::descendants_with_tags(tree, id, &["a"]);
    let link_heavy =
        || measure::block_stats(tree, id).link_density() >= threshold::POST_NAV_LINK_DENSITY;
    let labelled = lower
        .split_once(':')
        .is_some_and(|(head, _)| is_nav_label(head));
    if labelled && link_heavy() {
        return Some(Label::Furniture);
    }
    let arrows = lower.starts_with(voc::POST_NAV_ARROWS) || lower.ends_with(voc::POST_NAV_ARROWS);
    let rel_nav = links.iter().any(|&a| {
        dom::attr(tree, a, "rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|r| voc::POST_NAV_RELS.iter().any(|n| r.eq_ignore_ascii_case(n)))
        })
    });
    ((arrows || rel_nav) && link_heavy()).then_some(Label::Furniture)
}

/// A short block that asks the reader to subscribe, follow or install: furniture.
/// `lower` is its lowercased text.
fn pitch_line(lower: &str, len: usize) -> Option<Label> {
    if len > threshold::MAX_PITCH_LINE_CHARS {
        return None;
    }
    let follow = voc::FOLLOW_VERBS.matches(lower) && voc::SOCIAL_NETWORKS.matches(lower);
    (voc::PITCH_PHRASES.matches(lower) || follow).then_some(Label::Furniture)
}

/// Removes the link-heavy siblings that directly follow a "related" label.
fn remove_following_link_lists(tree: &mut Tree, label: NodeId) {
    while let Some(next) = dom::next_element_sibling(tree, label) {
        let stats = measure::block_stats(tree, next);
        let link_heavy =
            stats.chars > 0 && stats.link_density() > threshold::RELATED_LIST_LINK_DENSITY;
        if !link_heavy {
            break;
        }
        explain::removed(next, rule::RELATED_LINKS);
        dom::detach(tree, next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "The council voted on Tuesday to extend the harbour walk, a plan that \
        residents, shop owners and the port authority had argued over for most of a decade.";

    /// The article container `<div id=a>` of `body` after [`remove`], as HTML.
    fn after_remove(body: &str) -> String {
        let mut doc = crate::input::document(&format!("<body><div id=a>{body}</div></body>"));
        let root = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["div"])[0];
        remove(&mut doc.tree, root);
        dom::inner_html(&doc.tree, root)
    }

    #[test]
    fn code_and_preformatted_text_are_kept_whatever_their_lines_say() {
        let html = after_remove(&format!(
            "<p>{PROSE}</p><p>Updated: 12.03.2024</p>\
             <pre><code><span>0</span> <span>files</span> <span>updated,</span> <span>0</span> \
             <span>files</span> <span>merged</span></code></pre>\
             <pre>4.3333333333333333</pre><p>Run it: <code>Advertisement</code></p><p>{PROSE}</p>"
        ));
        assert!(
            !html.contains("12.03.2024"),
            "a date line outside code goes: {html}"
        );
        for kept in [
            "<span>updated,</span>",
            "4.3333333333333333",
            "<code>Advertisement</code>",
        ] {
            assert!(html.contains(kept), "{kept} in {html}");
        }
    }

    #[test]
    fn a_related_label_goes_with_the_link_list_it_heads() {
        let html = after_remove(&format!(
            "<p>{PROSE}</p><h3>Related</h3><ul><li><a href=/x>Another story here</a></li>\
             <li><a href=/y>And one more story</a></li></ul><p>{PROSE}</p>"
        ));
        assert!(
            !html.contains("Related") && !html.contains("Another story"),
            "{html}"
        );
        assert_eq!(html.matches("<p>").count(), 2, "{html}");
    }

    #[test]
    fn read_also_lines_go_in_the_languages_of_the_web() {
        for label in [
            "Baca juga",
            "اقرأ أيضا",
            "यह भी पढ़ें",
            "ये भी पढ़ें",
            "इसे भी पढ़ें",
            "Ayrıca okuyun",
            "Also read",
        ] {
            let html = after_remove(&format!(
                "<p>{PROSE}</p><p>{label}: <a href=/x>The ferry timetable changes again</a></p>\
                 <p>{PROSE}</p>"
            ));
            assert!(!html.contains("ferry timetable"), "{label}: {html}");
            assert_eq!(html.matches(PROSE).count(), 2, "{html}");
        }
    }

    /// A box labelled "Newsletter" goes with its pitch, whatever language the pitch is in;
    /// a sentence naming a newsletter stays.
    #[test]
    fn a_box_labelled_newsletter_goes_a_sentence_naming_one_stays() {
        let sentence = "<p>The council's newsletter, sent to every home, had printed the \
                        old ferry timetable for three weeks before anyone noticed.</p>";
        let html = after_remove(&format!(
            "<p>{PROSE}</p><div class=a_nl><p>Newsletter</p><p>Las noticias de la mañana, \
             cada día</p><a href=/newsletters/>Quiero recibirla</a></div>{sentence}<p>{PROSE}</p>"
        ));
        assert!(!html.contains("noticias"), "{html}");
        assert!(!html.contains("Quiero"), "{html}");
        assert!(html.contains("old ferry timetable"), "{html}");
        assert_eq!(html.matches(PROSE).count(), 2, "{html}");
    }

    /// A prompt line dropped into a block of the article (a syndicated body repeating
    /// "SIGN UP FOR OUR NEWSLETTER" between its paragraphs) goes alone: a box holding a
    /// paragraph of prose is no pitch's box.
    #[test]
    fn a_prompt_line_inside_the_articles_text_goes_alone() {
        let long = "The tweet was retweeted by the writer with a remark of his own, and the \
                    debate that followed ran for three days across the site's comment \
                    threads, the local radio phone-ins and the council chamber itself, where \
                    two members asked for the whole matter to be put on the next agenda \
                    before the summer recess began.";
        assert!(long.len() >= threshold::PROMPT_BOX_MAX_PARAGRAPH_CHARS);
        let html = after_remove(&format!(
            "<p>{PROSE}</p><div class=body><p>SIGN UP FOR OUR NEWSLETTER</p>\
             <h2>A question posted on the site</h2><p>{long}</p>\
             <p>SIGN UP FOR OUR NEWSLETTER</p></div><p>{PROSE}</p>"
        ));
        assert!(!html.contains("SIGN UP"), "{html}");
        assert!(html.contains("three days across"), "{html}");
        assert!(html.contains("A question posted"), "{html}");
        // A pitch's own short description still goes with its line.
        let html = after_remove(&format!(
            "<p>{PROSE}</p><div class=body><p>SIGN UP FOR OUR NEWSLETTER</p>\
             <p>The morning's news in your inbox, every weekday.</p></div><p>{PROSE}</p>"
        ));
        assert!(!html.contains("morning's news"), "{html}");
    }

    /// Asserts that `line`, a paragraph between two of prose, goes and the prose stays.
    fn line_goes(line: &str) {
        let html = after_remove(&format!("<p>{PROSE}</p><p>{line}</p><p>{PROSE}</p>"));
        assert!(!html.contains(line), "{line}: {html}");
        assert_eq!(html.matches(PROSE).count(), 2, "{html}");
    }

    #[test]
    fn source_and_editor_lines_go_in_the_languages_of_the_web() {
        for line in [
            "Source: Reuters",
            "来源：新华社",
            "责任编辑：王五_NE0011",
            "ⓒ 한국일보, 무단전재 및 재배포 금지",
        ] {
            line_goes(line);
        }
    }

    #[test]
    fn slide_counters_go_numbers_in_prose_stay() {
        for line in ["3 of 26", "12 von 40", "1 de 9", "7 sur 7"] {
            line_goes(line);
        }
        let html = after_remove(&format!("<p>{PROSE}</p><p>Won 3 of 26</p><p>26 of 3</p>"));
        assert!(
            html.contains("Won 3 of 26") && html.contains("26 of 3"),
            "{html}"
        );
    }

    #[test]
    fn read_also_and_ad_labels_in_more_languages() {
        for line in [
            "Läs också: <a href=\"/nyheter/a/x1\">Ett annat reportage om staden</a>",
            "Les også: <a href=\"/nyheter/i/x2\">En annen sak om byen</a>",
            "Διαβάστε επίσης: <a href=\"/news/3\">Μια άλλη ιστορία</a>",
            "İLGİLİ HABERLER",
            "อ่านเพิ่มเติม",
            "Annons",
            "Reklam",
            "Διαφήμιση",
            "โฆษณา",
        ] {
            line_goes(line);
        }
    }

    #[test]
    fn sign_up_pitches_go_in_the_languages_of_the_web() {
        for pitch in [
            "Apúntate a la newsletter de la mañana",
            "Inscríbete gratis y recibe las noticias",
            "Inscreva-se e receba as notícias do dia",
            "Cadastre-se para receber os alertas",
            "Abonnez-vous à notre lettre du matin",
        ] {
            line_goes(pitch);
        }
    }

    #[test]
    fn ad_labels_and_furniture_classes_go_prose_stays() {
        let html = after_remove(&format!(
            "<p>{PROSE}</p><div>Advertisement</div>\
             <div class=newsletter-signup><p>Get the news every morning</p></div><p>{PROSE}</p>"
        ));
        assert!(!html.contains("Advertisement"), "{html}");
        assert!(!html.contains("every morning"), "{html}");
        assert_eq!(html.matches(PROSE).count(), 2, "{html}");
    }

    #[test]
    fn a_label_word_inside_a_sentence_is_prose() {
        let sentence = format!("<p>Related reading aside, {PROSE}</p>");
        let html = after_remove(&format!("{sentence}<p>{PROSE}</p>"));
        assert!(html.contains("Related reading aside"), "{html}");
    }

    #[test]
    fn lines_linking_the_previous_or_next_post_go_quotes_and_words_in_prose_stay() {
        let quote = "« Nous avons voté pour le projet », a dit la maire, devant le port.";
        let html = after_remove(&format!(
            "<p>{PROSE}</p><p><b>Next</b>, {PROSE}</p><p>{quote}</p>\
             <p class=content-nav><a href=/a>« An older story about the port</a> | \
             <a href=/>Main</a></p><div><b>Previous article</b></div>\
             <p>Next post: <a href=/n>What the harbour walk will cost</a></p>\
             <div><a rel=prev href=/p>The ferry timetable changes</a></div>"
        ));
        for gone in [
            "older story",
            "Main",
            "Previous article",
            "Next post",
            "ferry",
        ] {
            assert!(!html.contains(gone), "{gone}: {html}");
        }
        assert!(html.contains("<b>Next</b>, The council"), "{html}");
        assert!(html.contains(quote), "{html}");
        assert_eq!(html.matches(PROSE).count(), 2, "{html}");
    }

    #[test]
    fn a_caption_loses_its_photo_credit_and_keeps_its_description() {
        let html = after_remove(&format!(
            "<p>{PROSE}</p><figure><img src=a.jpg>\
             <figcaption>The harbour walk at dusk. Photo: Jane Doe</figcaption></figure>"
        ));
        assert!(html.contains("The harbour walk at dusk."), "{html}");
        assert!(!html.contains("Jane Doe"), "{html}");
    }
}
