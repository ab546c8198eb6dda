//! Turning a tree back to an earlier state without having copied it: retries start from
//! the page as it was before the first attempt, and most pages never retry, so the copy a
//! retry needs is made only when one comes.
//!
//! A [`Checkpoint`] records the tree's shape (every node's children, in order); while it
//! is watched ([`Checkpoint::watch`], [`Watch`]), the value edits of this module's parent
//! (`dom`) log each node's value before its first change. Watches nest: an edit is logged
//! for every checkpoint watched at the time. [`Checkpoint::restore`] gives every node
//! whose children changed its children back, leaves the nodes made since detached and
//! puts the logged values back. Nodes made since stay in the tree's storage, unreachable.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use ego_tree::NodeId;
use scraper::Node;

use super::{detach, Tree};

thread_local! {
    /// For each watch begun and not ended, outermost first: the values of nodes as they
    /// were before their first edit under it, and which nodes are logged.
    static LOGS: RefCell<Vec<Log>> = const { RefCell::new(Vec::new()) };
}

#[derive(Default)]
struct Log {
    values: Vec<(NodeId, Node)>,
    logged: super::NodeSet,
}

/// The shape of a tree at one moment, and the values its nodes had then (see the module
/// documentation).
pub(crate) struct Checkpoint {
    /// The first child of every node then, in storage order.
    first_child: Vec<Option<NodeId>>,
    /// The next sibling of every node then, in storage order.
    next_sibling: Vec<Option<NodeId>>,
    values: Vec<(NodeId, Node)>,
}

impl Checkpoint {
    /// The shape of `tree` now: one pass over its storage reading each node's own links,
    /// no walk.
    pub(crate) fn of(tree: &Tree) -> Checkpoint {
        let len = tree.nodes().len();
        let mut first_child = Vec::with_capacity(len);
        let mut next_sibling = Vec::with_capacity(len);
        for n in tree.nodes() {
            first_child.push(n.first_child().map(|c| c.id()));
            next_sibling.push(n.next_sibling().map(|c| c.id()));
        }
        Checkpoint {
            first_child,
            next_sibling,
            values: Vec::new(),
        }
    }

    /// Runs `f` (the edits to undo later) with value edits logged for this checkpoint.
    #[cfg(test)]
    pub(crate) fn watch<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let watch = Watch::begin();
        let out = f();
        watch.end(self);
        out
    }

    /// Puts `tree` (the tree this checkpoint was taken of, or a copy of it, edited since)
    /// back the way it was: one pass over its storage finds the nodes whose children
    /// changed, and only those are relinked.
    pub(crate) fn restore(&self, tree: &mut Tree) {
        // The nodes whose children are not the ones they had then, in that order (every
        // node made since that has children is one).
        let changed: Vec<NodeId> = tree
            .nodes()
            .enumerate()
            .filter(|(i, n)| {
                let mut then = self.first_child.get(*i).copied().flatten();
                let mut now = n.first_child();
                loop {
                    match (now, then) {
                        (None, None) => return false,
                        (Some(c), Some(t)) if c.id() == t => {
                            now = c.next_sibling();
                            then = self.next_sibling.get(slot(t)).copied().flatten();
                        }
                        _ => return true,
                    }
                }
            })
            .map(|(_, n)| n.id())
            .collect();
        // Their children taken out first, so relinking never puts a node inside itself: a
        // node that belongs under one of them hangs under none of the others, which keep
        // the children they had then.
        for &parent in &changed {
            while let Some(c) = tree
                .get(parent)
                .and_then(|p| p.first_child())
                .map(|c| c.id())
            {
                detach(tree, c);
            }
        }
        // Their children then appended in order; the nodes made since stay out.
        for &parent in &changed {
            let mut child = self.first_child.get(slot(parent)).copied().flatten();
            let Some(mut p) = tree.get_mut(parent) else {
                continue;
            };
            while let Some(c) = child {
                p.append_id(c);
                child = self.next_sibling.get(slot(c)).copied().flatten();
            }
        }
        for (id, value) in self.values.iter().rev() {
            if let Some(mut n) = tree.get_mut(*id) {
                *n.value() = value.clone();
            }
        }
    }
}

/// A watch begun and not yet ended: value edits are logged for it from [`Watch::begin`]
/// to [`Watch::end`], which hands the log to a checkpoint. Dropped without being ended
/// (however the edits returned), it stops logging, with the watches begun inside it.
pub(crate) struct Watch {
    /// Its place in `LOGS`.
    depth: usize,
}

impl Watch {
    /// Starts logging value edits, inside the watches already begun.
    pub(crate) fn begin() -> Watch {
        LOGS.with(|logs| {
            let mut logs = logs.borrow_mut();
            logs.push(Log::default());
            Watch {
                depth: logs.len() - 1,
            }
        })
    }

    /// Stops logging (for this watch and any begun inside it and not ended) and adds the
    /// values logged to `checkpoint`, the checkpoint taken of the tree when this began.
    pub(crate) fn end(self, checkpoint: &mut Checkpoint) {
        let log = LOGS.with(|logs| {
            let mut logs = logs.borrow_mut();
            logs.truncate(self.depth + 1);
            logs.pop()
        });
        if let Some(log) = log {
            checkpoint.values.extend(log.values);
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        LOGS.with(|logs| logs.borrow_mut().truncate(self.depth));
    }
}

/// Where node `id` sits in its tree's storage (the order of `Tree::nodes`). ego_tree keeps
/// the position private, but a `NodeId` hashes as exactly that position plus one, one
/// `usize` (a test checks it).
fn slot(id: NodeId) -> usize {
    struct Position(usize);
    impl Hasher for Position {
        fn finish(&self) -> u64 {
            self.0 as u64
        }
        fn write(&mut self, _: &[u8]) {
            self.0 = 0;
        }
        fn write_usize(&mut self, n: usize) {
            self.0 = n;
        }
    }
    let mut position = Position(0);
    id.hash(&mut position);
    position.0.wrapping_sub(1)
}

/// Logs the value of `id` before its first edit, for each checkpoint watched. Every edit
/// of a node's value in `dom` calls this first.
pub(super) fn before_edit(tree: &Tree, id: NodeId) {
    LOGS.with(|logs| {
        for log in logs.borrow_mut().iter_mut() {
            if log.logged.insert(id) {
                if let Some(n) = tree.get(id) {
                    log.values.push((id, n.value().clone()));
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom;

    /// The document as HTML, whatever the storage holds besides it.
    fn html(tree: &Tree) -> String {
        dom::inner_html(tree, dom::body(tree).expect("a body"))
    }

    #[test]
    fn a_node_id_gives_its_storage_position() {
        let tree = scraper::Html::parse_document("<p>a<b>b</b></p><div><i>c</i>d</div>").tree;
        for (i, n) in tree.nodes().enumerate() {
            assert_eq!(slot(n.id()), i);
        }
    }

    #[test]
    fn a_restored_tree_is_the_tree_before_the_edits() {
        let page =
            "<html><body><div id=\"a\" class=\"x\" style=\"color:red\"><p>one <b>two</b></p>\
            <span>three</span></div><ul><li>four</li><li>five</li></ul></body></html>";
        let mut tree = scraper::Html::parse_document(page).tree;
        let before = html(&tree);
        let mut checkpoint = Checkpoint::of(&tree);
        checkpoint.watch(|| {
            let body = dom::body(&tree).unwrap();
            let div = dom::descendants_with_tags(&tree, body, &["div"])[0];
            let p = dom::descendants_with_tags(&tree, body, &["p"])[0];
            let b = dom::descendants_with_tags(&tree, body, &["b"])[0];
            let lis = dom::descendants_with_tags(&tree, body, &["li"]);
            let ul = dom::descendants_with_tags(&tree, body, &["ul"])[0];
            // Moves, a rename, attribute and text edits, a new element around old ones.
            dom::rename(&mut tree, div, "section");
            dom::set_attr(&mut tree, div, "data-x", "1");
            dom::remove_attr(&mut tree, div, "id");
            dom::retain_attrs(&mut tree, div, |name| name != "style");
            let text = dom::children(&tree, p).next().unwrap();
            dom::set_text(&mut tree, text, "changed");
            dom::detach(&mut tree, b);
            dom::append(&mut tree, lis[1], b);
            dom::move_children(&mut tree, ul, p);
            let wrapper = dom::create(&mut tree, "div");
            dom::replace(&mut tree, div, wrapper);
            dom::append(&mut tree, wrapper, div);
            dom::detach(&mut tree, ul);
        });
        assert_ne!(html(&tree), before);
        let mut copy = tree.clone();
        checkpoint.restore(&mut copy);
        assert_eq!(html(&copy), before);
        checkpoint.restore(&mut tree);
        assert_eq!(html(&tree), before);
    }

    /// Retries reuse a restored tree: edits watched on it are undone again, whatever the
    /// nodes an earlier round left in storage.
    #[test]
    fn a_restored_tree_edited_again_is_restored_again() {
        let page = "<html><body><div class=\"a\"><p>one</p><p>two <i>three</i></p></div>\
            <ol><li>four</li></ol></body></html>";
        let mut tree = scraper::Html::parse_document(page).tree;
        // A node already out of the page (an earlier attempt's removal) stays out.
        let body = dom::body(&tree).unwrap();
        let ol = dom::descendants_with_tags(&tree, body, &["ol"])[0];
        dom::detach(&mut tree, ol);
        let before = html(&tree);
        let mut checkpoint = Checkpoint::of(&tree);
        for round in 0..3 {
            checkpoint.watch(|| {
                let body = dom::body(&tree).unwrap();
                dom::append(&mut tree, body, ol);
                let ps = dom::descendants_with_tags(&tree, body, &["p"]);
                let div = dom::descendants_with_tags(&tree, body, &["div"])[0];
                let wrapper = dom::create(&mut tree, "section");
                dom::set_attr(&mut tree, wrapper, "data-round", &round.to_string());
                dom::replace(&mut tree, ps[round % 2], wrapper);
                dom::append(&mut tree, wrapper, ps[round % 2]);
                dom::rename(&mut tree, div, "article");
                dom::set_attr(&mut tree, div, "class", "b");
                let text = dom::children(&tree, ps[0]).next().unwrap();
                dom::set_text(&mut tree, text, "changed");
            });
            assert_ne!(html(&tree), before);
            checkpoint.restore(&mut tree);
            assert_eq!(html(&tree), before, "round {round}");
        }
    }
}
