//! Retry policies: how strict one extraction attempt is, and the order the pipeline
//! tries them in ([`RETRY_LADDER`]). The stages read the policy of the attempt they
//! serve; the loop that runs the ladder is `retry`.

use std::cell::Cell;

use crate::dom::Tree;
use crate::measure;

/// How strict one attempt is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Policy {
    pub name: &'static str,
    /// Remove elements whose class/id names page chrome before scoring.
    pub strip_unlikely: bool,
    /// Let class/id words raise or lower scores.
    pub weight_classes: bool,
    /// Remove link-heavy, image-heavy or form-like blocks from the article.
    pub clean_conditionally: bool,
}

/// The full-strength first attempt.
pub(crate) const STRICT: Policy = Policy {
    name: "strict",
    strip_unlikely: true,
    weight_classes: true,
    clean_conditionally: true,
};

/// Keeps elements whose class names sound like chrome (some sites call the article "comment").
pub(crate) const KEEP_UNLIKELY: Policy = Policy {
    name: "keep-unlikely",
    strip_unlikely: false,
    ..STRICT
};

/// Also ignores class names when scoring.
pub(crate) const IGNORE_CLASSES: Policy = Policy {
    name: "ignore-classes",
    weight_classes: false,
    ..KEEP_UNLIKELY
};

/// Also keeps every block inside the chosen container.
pub(crate) const KEEP_ALL_BLOCKS: Policy = Policy {
    name: "keep-all-blocks",
    clean_conditionally: false,
    ..IGNORE_CLASSES
};

/// The order attempts are made in.
pub(crate) const RETRY_LADDER: &[Policy] =
    &[STRICT, KEEP_UNLIKELY, IGNORE_CLASSES, KEEP_ALL_BLOCKS];

/// One attempt under a policy. It notes which of the policy's switches changed anything:
/// a later policy that only turns off switches that changed nothing would take every
/// step of this attempt again, on the same tree, and select the same. The steps read the
/// switches in order ([`Attempt::walk_repeated_by`], [`Attempt::selection_repeated_by`]),
/// so a later policy may repeat the first steps of an attempt and not the rest.
#[derive(Clone)]
pub(crate) struct Attempt {
    pub policy: Policy,
    stripped_unlikely: Cell<bool>,
    weighed_classes: Cell<bool>,
    cleaned_conditionally: Cell<bool>,
}

impl Attempt {
    pub(crate) fn new(policy: Policy) -> Attempt {
        Attempt {
            policy,
            stripped_unlikely: Cell::new(false),
            weighed_classes: Cell::new(false),
            cleaned_conditionally: Cell::new(false),
        }
    }

    /// An attempt under `policy` that starts after the first steps of `earlier`, from the
    /// tree as they left it: it carries what they noted (`earlier` as it was then).
    pub(crate) fn resumed(policy: Policy, earlier: &Attempt) -> Attempt {
        Attempt {
            policy,
            ..earlier.clone()
        }
    }

    /// Notes that an element was removed as unlikely chrome ([`Policy::strip_unlikely`]).
    pub(crate) fn stripped_unlikely(&self) {
        self.stripped_unlikely.set(true);
    }

    /// Notes that conditional cleaning removed a block ([`Policy::clean_conditionally`]).
    pub(crate) fn cleaned_conditionally(&self) {
        self.cleaned_conditionally.set(true);
    }

    /// Notes that class weights changed a score, as [`Attempt::class_weight`] does.
    #[cfg(test)]
    pub(crate) fn weighed_classes(&self) {
        self.weighed_classes.set(true);
    }

    /// Notes that the cleaning steps were not taken: the switches they read count as
    /// having changed something, so no later policy is taken for a repeat of this
    /// attempt on what they might have done.
    pub(crate) fn left_uncleaned(&self) {
        if self.policy.clean_conditionally {
            self.cleaned_conditionally.set(true);
        }
        if self.policy.weight_classes {
            self.weighed_classes.set(true);
        }
    }

    /// The class/id weight of `id` as the policy counts it: 0 when it ignores classes.
    pub(crate) fn class_weight(&self, tree: &Tree, id: ego_tree::NodeId) -> f64 {
        if !self.policy.weight_classes {
            return 0.0;
        }
        let weight = measure::class_weight(tree, id);
        if weight != 0.0 {
            self.weighed_classes.set(true);
        }
        weight
    }

    /// Whether an attempt under `next` would repeat this one step for step: every switch
    /// it sets differently is one this attempt had on and that changed nothing.
    pub(crate) fn repeated_by(&self, next: &Policy) -> bool {
        self.selection_repeated_by(next)
            && same(
                self.policy.clean_conditionally,
                next.clean_conditionally,
                &self.cleaned_conditionally,
            )
    }

    /// Whether an attempt under `next` would walk the page (the first step of scoring,
    /// which reads [`Policy::strip_unlikely`] alone) as this one did.
    pub(crate) fn walk_repeated_by(&self, next: &Policy) -> bool {
        same(
            self.policy.strip_unlikely,
            next.strip_unlikely,
            &self.stripped_unlikely,
        )
    }

    /// Whether an attempt under `next` would select the same container, every step of
    /// scoring (which reads [`Policy::weight_classes`] after the walk) as this one took
    /// it: asked of the attempt as it was when scoring ended.
    pub(crate) fn selection_repeated_by(&self, next: &Policy) -> bool {
        self.walk_repeated_by(next)
            && same(
                self.policy.weight_classes,
                next.weight_classes,
                &self.weighed_classes,
            )
    }
}

/// A switch set `here` in an attempt and `there` in a later policy gives the same steps
/// when both agree, or when the attempt had it on and it changed nothing.
fn same(here: bool, there: bool, changed: &Cell<bool>) -> bool {
    here == there || (here && !changed.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_switches_that_changed_nothing_may_be_turned_off() {
        let quiet = Attempt::new(STRICT);
        assert!(RETRY_LADDER.iter().all(|p| quiet.repeated_by(p)));
        let stripped = Attempt::new(STRICT);
        stripped.stripped_unlikely();
        assert!(!stripped.repeated_by(&KEEP_UNLIKELY));
        let weighed = Attempt::new(KEEP_UNLIKELY);
        weighed.weighed_classes.set(true);
        assert!(!weighed.repeated_by(&IGNORE_CLASSES));
        let cleaned = Attempt::new(IGNORE_CLASSES);
        cleaned.cleaned_conditionally();
        assert!(!cleaned.repeated_by(&KEEP_ALL_BLOCKS));
        // A switch the attempt had off may not be turned on.
        assert!(!Attempt::new(KEEP_ALL_BLOCKS).repeated_by(&STRICT));
    }

    #[test]
    fn later_steps_may_differ_where_the_first_steps_repeat() {
        let stripped = Attempt::new(KEEP_UNLIKELY);
        stripped.weighed_classes.set(true);
        assert!(stripped.walk_repeated_by(&IGNORE_CLASSES));
        assert!(!stripped.selection_repeated_by(&IGNORE_CLASSES));
        let ignoring = Attempt::new(IGNORE_CLASSES);
        ignoring.cleaned_conditionally();
        assert!(ignoring.selection_repeated_by(&KEEP_ALL_BLOCKS));
        assert!(!ignoring.repeated_by(&KEEP_ALL_BLOCKS));
        let strict = Attempt::new(STRICT);
        strict.stripped_unlikely();
        assert!(!strict.walk_repeated_by(&KEEP_UNLIKELY));
        let uncleaned = Attempt::new(IGNORE_CLASSES);
        uncleaned.left_uncleaned();
        assert!(!uncleaned.repeated_by(&KEEP_ALL_BLOCKS));
        let resumed = Attempt::resumed(KEEP_UNLIKELY, &strict);
        assert_eq!(resumed.policy, KEEP_UNLIKELY);
        assert!(resumed.stripped_unlikely.get());
    }
}
