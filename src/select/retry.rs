//! The retry loop: runs one extraction attempt per policy of the ladder
//! ([`RETRY_LADDER`]), each on a fresh copy of the page, and keeps the first result that
//! reads as the article.

pub(crate) mod words;

use scraper::Html;

use self::words::threshold;
use crate::dom::checkpoint::Checkpoint;
use crate::dom::{self, Tree};
use crate::measure;
use crate::select::policy::{Attempt, Policy, RETRY_LADDER};
use crate::select::score::Selection;
use crate::Options;

/// The tree an attempt worked on, and what it selected in it.
pub(crate) struct Found {
    pub tree: Tree,
    pub selection: Selection,
    pub policy: Policy,
    /// What this attempt removed, when the extraction explains.
    pub removals: Vec<(ego_tree::NodeId, &'static str)>,
}

/// How retries get a fresh copy of the prepared page.
pub(crate) enum Fresh<F> {
    /// Copy the page: the fastest, for pages up to
    /// [`threshold::REBUILD_FOR_RETRIES_BYTES`]. A retry undoes the last attempt's edits
    /// on its tree when no result keeps that tree, else on a copy of a kept result's tree
    /// (see [`Checkpoint`]); the page is built again (with `F`) only if neither is there.
    Copy(F),
    /// Build the page again for each retry: one tree in memory at a time, for larger pages
    /// (peak memory stays near a bare parse's).
    Rebuild(F),
}

impl<F> Fresh<F> {
    /// The same way, with the rebuild wrapped by `f`.
    pub(crate) fn map<G>(self, f: impl FnOnce(F) -> G) -> Fresh<G> {
        match self {
            Fresh::Copy(rebuild) => Fresh::Copy(f(rebuild)),
            Fresh::Rebuild(rebuild) => Fresh::Rebuild(f(rebuild)),
        }
    }
}

/// The way retries get fresh pages for a page built from `parsed_bytes` of text (what the
/// parser gets, which is what the tree's size follows).
pub(crate) fn fresh_pages<F>(parsed_bytes: usize, rebuild: F) -> Fresh<F> {
    if parsed_bytes >= threshold::REBUILD_FOR_RETRIES_BYTES {
        Fresh::Rebuild(rebuild)
    } else {
        Fresh::Copy(rebuild)
    }
}

/// Runs `attempt` on a fresh copy of the page (`doc` itself first, then one per retry, as
/// `fresh` says) under each policy of [`RETRY_LADDER`] and
/// returns the first result with at least `options.char_threshold` characters of text
/// that lies in the page's marked-up article container; failing that, the first with
/// enough text; failing that, the longest non-empty one. A policy that would repeat the
/// last attempt is skipped: the same result again changes none of these choices.
pub(crate) fn first_sufficient(
    doc: Html,
    fresh: Fresh<impl Fn() -> Option<Html>>,
    options: &Options,
    attempt: impl Fn(&mut Tree, &Attempt) -> Selection,
) -> Option<Found> {
    let mut first_long_enough: Option<Found> = None;
    let mut longest: Option<(usize, Found)> = None;
    let mut short_accepted: Option<(usize, Found)> = None;
    let mut last: Option<Attempt> = None;
    let mut listing: Option<Found> = None;
    let mut linked: Option<Found> = None;
    // A first attempt that came close to enough text, in the marked-up container: later,
    // looser attempts must find far more to replace it.
    let mut near: Option<usize> = None;
    // With copies, the page before the first attempt: its shape now, its edited values
    // logged during every attempt.
    let mut checkpoint = matches!(fresh, Fresh::Copy(_)).then(|| Checkpoint::of(&doc.tree));
    // With copies, the tree of the last attempt when no result keeps it: turned back with
    // the checkpoint, it serves the next attempt without a copy.
    let mut spare: Option<Tree> = None;
    let mut first = Some(doc.tree);
    for policy in RETRY_LADDER {
        // An accepted result without text gives way to any prose, even the same again.
        let empty_accepted = matches!(short_accepted, Some((0, _)));
        if !empty_accepted && last.as_ref().is_some_and(|l| l.repeated_by(policy)) {
            continue;
        }
        let next = first.take().or_else(|| match (&fresh, &checkpoint) {
            (Fresh::Copy(again), Some(checkpoint)) => {
                // The last attempt's tree when no result keeps it, else a copy of a kept
                // result's tree: either turned back.
                let kept = || {
                    [
                        listing.as_ref(),
                        linked.as_ref(),
                        first_long_enough.as_ref(),
                    ]
                    .into_iter()
                    .chain([short_accepted.as_ref(), longest.as_ref()].map(|s| s.map(|(_, f)| f)))
                    .flatten()
                    .next()
                    .map(|found| found.tree.clone())
                };
                match spare.take().or_else(kept) {
                    Some(mut tree) => {
                        checkpoint.restore(&mut tree);
                        Some(tree)
                    }
                    None => again().map(|d| d.tree),
                }
            }
            (Fresh::Copy(again) | Fresh::Rebuild(again), _) => again().map(|d| d.tree),
        });
        let Some(mut tree) = next else {
            break;
        };
        let current = Attempt::new(*policy);
        let selection = match checkpoint.as_mut() {
            Some(checkpoint) => checkpoint.watch(|| attempt(&mut tree, &current)),
            None => attempt(&mut tree, &current),
        };
        let first_attempt = last.is_none();
        last = Some(current);
        let len = dom::inner_text_len(&tree, selection.content);
        let found = Found {
            tree,
            selection,
            policy: *policy,
            removals: crate::explain::take(),
        };
        if is_listing(&found) {
            // A list of teasers for other pages: any later attempt that is not one wins.
            if listing.is_none() {
                listing = Some(found);
            } else {
                spare = Some(found.tree);
            }
            continue;
        }
        if near.is_some_and(|n| len < n * threshold::SHORT_RESULT_GAIN) {
            spare = Some(found.tree);
            continue;
        }
        if first_attempt
            && found.selection.in_container
            && len < options.char_threshold
            && len as f64 >= options.char_threshold as f64 * threshold::NEAR_THRESHOLD_SHARE
        {
            near = Some(len);
        }
        if let Some((short_len, _)) = &short_accepted {
            // A short accepted result gives way to a later attempt that finds far more prose.
            if len >= short_len * threshold::SHORT_RESULT_GAIN && is_prose(&found) {
                return Some(found);
            }
            spare = Some(found.tree);
            continue;
        }
        if len >= options.char_threshold && found.selection.in_container {
            if len >= threshold::SHORT_RESULT_CHARS {
                if is_prose(&found) {
                    return Some(found);
                }
                // Mostly links: a later attempt that finds prose instead may take its place.
                if linked.is_none() {
                    linked = Some(found);
                } else {
                    spare = Some(found.tree);
                }
                continue;
            }
            short_accepted = Some((len, found));
            continue;
        }
        if len >= options.char_threshold {
            if first_long_enough.is_none() {
                first_long_enough = Some(found);
            } else {
                spare = Some(found.tree);
            }
        } else if longest.as_ref().is_none_or(|(l, _)| len > *l) {
            spare = longest.replace((len, found)).map(|(_, f)| f.tree);
        } else {
            spare = Some(found.tree);
        }
    }
    if let Some(found) = linked {
        return Some(found);
    }
    if let Some((_, found)) = short_accepted {
        return Some(found);
    }
    first_long_enough
        .or(longest
            .filter(|(len, found)| reads_as_article(*len, found))
            .map(|(_, f)| f))
        .or(listing)
}

/// Teasers for other pages: several headings that are links, each with little text.
fn is_listing(found: &Found) -> bool {
    measure::is_teaser_listing(&found.tree, found.selection.content)
}

/// Mostly text, not links.
fn is_prose(found: &Found) -> bool {
    measure::link_density(&found.tree, found.selection.content) < threshold::MAX_PROSE_LINK_DENSITY
}

/// A short result is an article only when it has words and is not a link list.
fn reads_as_article(len: usize, found: &Found) -> bool {
    len > 0
        && dom::text_content(&found.tree, found.selection.content)
            .chars()
            .any(char::is_alphanumeric)
        && measure::link_density(&found.tree, found.selection.content)
            < threshold::MAX_SHORT_ARTICLE_LINK_DENSITY
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an attempt under each policy of the ladder finds, in order.
    enum Yield {
        Prose(usize),
        Links(usize),
        Teasers(usize),
    }

    /// Runs the ladder on a page where each policy's attempt yields `results[i]`, all
    /// inside the marked-up container; returns the name of the policy that won.
    fn winner(results: &[Yield]) -> &'static str {
        let doc = Html::parse_document("<p>page</p>");
        let options = Options::default();
        let found = first_sufficient(
            doc,
            Fresh::<fn() -> Option<Html>>::Copy(|| None),
            &options,
            |tree, attempt| {
                let i = RETRY_LADDER
                    .iter()
                    .position(|p| *p == attempt.policy)
                    .unwrap();
                // Every switch changed something, so no retry repeats an attempt.
                attempt.stripped_unlikely();
                attempt.cleaned_conditionally();
                attempt.weighed_classes();
                let content = dom::create(tree, "div");
                let add =
                    |tree: &mut Tree, tag: &str, text: &str, parent: NodeId| {
                        let el = dom::create(tree, tag);
                        tree.get_mut(el).unwrap().append(scraper::Node::Text(
                            scraper::node::Text { text: text.into() },
                        ));
                        dom::append(tree, parent, el);
                        el
                    };
                match results.get(i).unwrap_or(&Yield::Prose(0)) {
                    Yield::Prose(n) => {
                        add(tree, "p", &"x".repeat(*n), content);
                    }
                    Yield::Links(n) => {
                        let p = add(tree, "p", "", content);
                        add(tree, "a", &"x".repeat(*n), p);
                    }
                    Yield::Teasers(n) => {
                        for _ in 0..*n {
                            let h = add(tree, "h3", "", content);
                            add(tree, "a", "A headline for another page", h);
                            add(tree, "p", &"x".repeat(300), content);
                        }
                    }
                }
                Selection {
                    content,
                    byline: None,
                    dir: None,
                    in_container: true,
                }
            },
        )
        .expect("a result");
        found.policy.name
    }

    use ego_tree::NodeId;
    use Yield::*;

    #[test]
    fn the_first_attempt_with_enough_prose_wins() {
        assert_eq!(winner(&[Prose(3000), Prose(9000)]), "strict");
        assert_eq!(winner(&[Prose(100), Prose(3000)]), "keep-unlikely");
    }

    #[test]
    fn a_first_attempt_near_the_threshold_is_kept_against_a_slightly_longer_loose_one() {
        assert_eq!(
            winner(&[Prose(480), Prose(348), Prose(348), Prose(728)]),
            "strict"
        );
        assert_eq!(winner(&[Prose(480), Prose(1600)]), "keep-unlikely");
    }

    #[test]
    fn a_result_of_links_gives_way_to_prose_and_wins_without_it() {
        assert_eq!(winner(&[Links(2000), Prose(1500)]), "keep-unlikely");
        assert_eq!(winner(&[Links(2000), Links(2500)]), "strict");
    }

    #[test]
    fn a_list_of_teasers_gives_way_to_any_article() {
        assert_eq!(winner(&[Teasers(4), Prose(700)]), "keep-unlikely");
        assert_eq!(winner(&[Teasers(4)]), "strict");
    }
}
