//! The retry loop: runs one extraction attempt per policy of the ladder
//! ([`RETRY_LADDER`]), each on a fresh copy of the page, and keeps the first result that
//! reads as the article.

pub(crate) mod words;

use scraper::Html;

use self::words::threshold;
use crate::dom::checkpoint::{Checkpoint, Watch};
use crate::dom::{self, Tree};
use crate::measure;
use crate::select::policy::{Attempt, Policy, RETRY_LADDER};
use crate::select::score::Selection;
use crate::Options;

/// The steps of one attempt, in order. Each reads only some of the policy's switches
/// (see [`Attempt::walk_repeated_by`], [`Attempt::selection_repeated_by`]): a retry whose
/// policy would take the first steps as the last attempt took them starts after them, on
/// that attempt's tree turned back to the state they left it in.
pub(crate) trait Steps {
    /// What the walk leaves for scoring.
    type Walked: Clone;
    /// Walks the page: reads [`Policy::strip_unlikely`] alone.
    fn walk(&self, tree: &mut Tree, attempt: &Attempt) -> Self::Walked;
    /// Scores the walked page and selects the article: reads [`Policy::weight_classes`].
    fn select(&self, tree: &mut Tree, walked: Self::Walked, attempt: &Attempt) -> Selection;
    /// Cleans the selected article: reads any switch.
    fn finish(&self, tree: &mut Tree, selection: &Selection, attempt: &Attempt);
}

/// Where a step of the last attempt ended: the tree's shape then (the values edited
/// since are logged into it), what the attempt had noted and removed by then, and what
/// the step left for the next.
struct StepEnd<T> {
    checkpoint: Checkpoint,
    attempt: Attempt,
    removals: Vec<(ego_tree::NodeId, &'static str)>,
    left: T,
}

impl<T: Clone> StepEnd<T> {
    /// The end of a step now, with a watch begun on what the next steps edit.
    fn now(
        tree: &Tree,
        attempt: &Attempt,
        removals: &[(ego_tree::NodeId, &'static str)],
        left: &T,
    ) -> (StepEnd<T>, Watch) {
        let end = StepEnd {
            checkpoint: Checkpoint::of(tree),
            attempt: attempt.clone(),
            removals: removals.to_vec(),
            left: left.clone(),
        };
        (end, Watch::begin())
    }
}

/// Where an attempt starts.
#[derive(Clone, Copy, PartialEq)]
enum Start {
    Page,
    AfterWalk,
    AfterSelection,
}

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

/// Runs the `steps` of an attempt on a fresh copy of the page (`doc` itself first, then
/// one per retry, as `fresh` says) under each policy of [`RETRY_LADDER`] and
/// returns the first result with at least `options.char_threshold` characters of text
/// that lies in the page's marked-up article container; failing that, the first with
/// enough text; failing that, the longest non-empty one. A policy that would repeat the
/// last attempt is skipped: the same result again changes none of these choices.
pub(crate) fn first_sufficient<S: Steps>(
    doc: Html,
    fresh: Fresh<impl Fn() -> Option<Html>>,
    options: &Options,
    steps: &S,
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
    // The tree of an attempt when no result keeps it (`spare_is_last` when it is the last
    // attempt's): with copies, turned back with the checkpoint, it serves a retry without
    // a copy.
    let mut spare: Option<Tree> = None;
    let mut spare_is_last = false;
    // With copies, where the last attempt's walk and scoring ended, when a later policy
    // may repeat them.
    let mut walked: Option<StepEnd<S::Walked>> = None;
    let mut selected: Option<StepEnd<Selection>> = None;
    let mut first = Some(doc.tree);
    for (i, policy) in RETRY_LADDER.iter().enumerate() {
        // An accepted result without text gives way to any prose, even the same again.
        let empty_accepted = matches!(short_accepted, Some((0, _)));
        if !empty_accepted && last.as_ref().is_some_and(|l| l.repeated_by(policy)) {
            continue;
        }
        // Scoring is resumed only with the walk before it.
        let start = if walked.is_some()
            && selected
                .as_ref()
                .is_some_and(|end| end.attempt.selection_repeated_by(policy))
        {
            Start::AfterSelection
        } else if walked
            .as_ref()
            .is_some_and(|end| end.attempt.walk_repeated_by(policy))
        {
            Start::AfterWalk
        } else {
            Start::Page
        };
        if start != Start::AfterSelection {
            selected = None;
        }
        if start == Start::Page {
            walked = None;
        }
        if checkpoint.is_none() {
            // A rebuilt page comes alone: the last one goes before the next is built.
            spare = None;
        }
        let next = first.take().or_else(|| match (&fresh, &checkpoint) {
            (Fresh::Copy(again), Some(checkpoint)) => {
                let kept = |policy: Option<&Policy>| {
                    [
                        listing.as_ref(),
                        linked.as_ref(),
                        first_long_enough.as_ref(),
                    ]
                    .into_iter()
                    .chain([short_accepted.as_ref(), longest.as_ref()].map(|s| s.map(|(_, f)| f)))
                    .flatten()
                    .find(|found| policy.is_none_or(|p| found.policy == *p))
                    .map(|found| found.tree.clone())
                };
                // The last attempt's tree (or a copy when a result keeps it), turned back
                // to where its last repeated step ended…
                let resumed = match (start, &selected, &walked) {
                    (Start::AfterSelection, Some(end), _) => Some(&end.checkpoint),
                    (Start::AfterWalk, _, Some(end)) => Some(&end.checkpoint),
                    _ => None,
                };
                if let Some(end) = resumed {
                    let tree = if spare_is_last {
                        spare.take()
                    } else {
                        kept(last.as_ref().map(|l| &l.policy))
                    };
                    return tree.map(|mut tree| {
                        end.restore(&mut tree);
                        tree
                    });
                }
                // …else any attempt's tree (a copy when a result keeps it), turned back
                // to the page.
                match spare.take().or_else(|| kept(None)) {
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
        spare_is_last = false;
        let later = &RETRY_LADDER[i + 1..];
        let watch = checkpoint.as_ref().map(|_| Watch::begin());
        // A short accepted result gives way only to far more text (see below).
        let needed = short_accepted
            .as_ref()
            .map_or(0, |(short_len, _)| short_len * threshold::SHORT_RESULT_GAIN);
        let (current, selection, removals) = run(
            steps,
            &mut tree,
            *policy,
            (start, later, checkpoint.is_some(), needed),
            (&mut walked, &mut selected),
        );
        if let (Some(watch), Some(checkpoint)) = (watch, checkpoint.as_mut()) {
            watch.end(checkpoint);
        }
        let first_attempt = last.is_none();
        last = Some(current);
        let Some(selection) = selection else {
            spare = Some(tree);
            spare_is_last = true;
            continue;
        };
        let len = dom::inner_text_len(&tree, selection.content);
        let found = Found {
            tree,
            selection,
            policy: *policy,
            removals,
        };
        if is_listing(&found) {
            // A list of teasers for other pages: any later attempt that is not one wins.
            if listing.is_none() {
                listing = Some(found);
            } else {
                spare = Some(found.tree);
                spare_is_last = true;
            }
            continue;
        }
        if near.is_some_and(|n| len < n * threshold::SHORT_RESULT_GAIN) {
            spare = Some(found.tree);
            spare_is_last = true;
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
            spare_is_last = true;
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
                    spare_is_last = true;
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
                spare_is_last = true;
            }
        } else if longest.as_ref().is_none_or(|(l, _)| len > *l) {
            spare = longest.replace((len, found)).map(|(_, f)| f.tree);
            spare_is_last = false;
        } else {
            spare = Some(found.tree);
            spare_is_last = true;
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

/// Runs the steps of one attempt under `policy` on `tree`, from `start`, and returns the
/// attempt, its selection and what it removed. With copies (`copies`), the ends of the
/// walk and of scoring are kept in `walked` and `selected` (the ones the attempt started
/// after are watched again) when a policy of `later` may repeat them. A selection with
/// less text than `needed` is not cleaned and comes back as `None`: cleaning only takes
/// text away, so it could not reach that much.
fn run<S: Steps>(
    steps: &S,
    tree: &mut Tree,
    policy: Policy,
    (start, later, copies, needed): (Start, &[Policy], bool, usize),
    (walked, selected): (
        &mut Option<StepEnd<S::Walked>>,
        &mut Option<StepEnd<Selection>>,
    ),
) -> (
    Attempt,
    Option<Selection>,
    Vec<(ego_tree::NodeId, &'static str)>,
) {
    let mut walk_watch = None;
    let (current, mut removals, walk) = match (start, walked.as_ref()) {
        (Start::AfterWalk | Start::AfterSelection, Some(end)) => {
            let (current, removals, watch) = resume(policy, end);
            walk_watch = Some(watch);
            (current, removals, end.left.clone())
        }
        _ => {
            let current = Attempt::new(policy);
            let walk = steps.walk(tree, &current);
            let removals = crate::explain::take();
            if copies && later.iter().any(|p| current.walk_repeated_by(p)) {
                let (end, watch) = StepEnd::now(tree, &current, &removals, &walk);
                *walked = Some(end);
                walk_watch = Some(watch);
            }
            (current, removals, walk)
        }
    };
    let mut selection_watch = None;
    let (current, selection) = match (start, selected.as_ref()) {
        (Start::AfterSelection, Some(end)) => {
            let (current, earlier, watch) = resume(policy, end);
            removals = earlier;
            selection_watch = Some(watch);
            (current, end.left.clone())
        }
        _ => {
            let selection = steps.select(tree, walk, &current);
            removals.extend(crate::explain::take());
            if copies && later.iter().any(|p| current.selection_repeated_by(p)) {
                let (end, watch) = StepEnd::now(tree, &current, &removals, &selection);
                *selected = Some(end);
                selection_watch = Some(watch);
            }
            (current, selection)
        }
    };
    let worth_cleaning = needed == 0 || dom::inner_text_len(tree, selection.content) >= needed;
    if worth_cleaning {
        steps.finish(tree, &selection, &current);
        removals.extend(crate::explain::take());
    } else {
        current.left_uncleaned();
    }
    if let (Some(watch), Some(end)) = (selection_watch, selected.as_mut()) {
        watch.end(&mut end.checkpoint);
    }
    if let (Some(watch), Some(end)) = (walk_watch, walked.as_mut()) {
        watch.end(&mut end.checkpoint);
    }
    (current, worth_cleaning.then_some(selection), removals)
}

/// An attempt under `policy` that starts where a step ended (`end`), with what the
/// attempt that took the step had noted and removed by then, and a watch begun on the
/// step's checkpoint.
fn resume<T>(
    policy: Policy,
    end: &StepEnd<T>,
) -> (Attempt, Vec<(ego_tree::NodeId, &'static str)>, Watch) {
    (
        Attempt::resumed(policy, &end.attempt),
        end.removals.clone(),
        Watch::begin(),
    )
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
    use std::cell::Cell;

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
        winner_and_cleanings(results).0
    }

    /// [`winner`], and how many attempts were cleaned.
    fn winner_and_cleanings(results: &[Yield]) -> (&'static str, usize) {
        let doc = Html::parse_document("<p>page</p>");
        let options = Options::default();
        let steps = Selecting(
            |tree: &mut Tree, attempt: &Attempt| {
                let i = RETRY_LADDER
                    .iter()
                    .position(|p| *p == attempt.policy)
                    .unwrap();
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
            Cell::new(0),
        );
        let found = first_sufficient(
            doc,
            Fresh::<fn() -> Option<Html>>::Copy(|| None),
            &options,
            &steps,
        )
        .expect("a result");
        (found.policy.name, steps.1.get())
    }

    /// Steps whose selection is the closure's, where every switch changes something, so
    /// no retry repeats a step; counts the attempts cleaned.
    struct Selecting<F>(F, Cell<usize>);

    impl<F: Fn(&mut Tree, &Attempt) -> Selection> Steps for Selecting<F> {
        type Walked = ();
        fn walk(&self, _: &mut Tree, attempt: &Attempt) {
            attempt.stripped_unlikely();
        }
        fn select(&self, tree: &mut Tree, _: (), attempt: &Attempt) -> Selection {
            attempt.weighed_classes();
            (self.0)(tree, attempt)
        }
        fn finish(&self, _: &mut Tree, _: &Selection, attempt: &Attempt) {
            attempt.cleaned_conditionally();
            self.1.set(self.1.get() + 1);
        }
    }

    #[test]
    fn a_selection_too_short_to_replace_a_short_accepted_result_is_not_cleaned() {
        // Strict accepts 600 characters: only three times as much would replace them.
        assert_eq!(
            winner_and_cleanings(&[Prose(600), Prose(700), Prose(1700), Prose(900)]),
            ("strict", 1)
        );
        assert_eq!(
            winner_and_cleanings(&[Prose(600), Prose(700), Prose(1900)]),
            ("ignore-classes", 2)
        );
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
