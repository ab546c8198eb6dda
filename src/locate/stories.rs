//! Finds the stories a page carries from its structure, whatever its tags and class
//! names: under the container where the page's prose splits, the units that each hold a
//! headline, prose and the marks of a story (a date, a byline, a permalink), and that
//! share one template. Parts of one article are not stories: units under the article's
//! own title without permalinks of their own, repeated or numbered headlines, teaser
//! listings, and units naming addresses under the page's own.

use std::cell::RefCell;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use html5ever::local_name;
use scraper::Node;
use url::Url;

use crate::dom::{self, Tree};
use crate::measure;
use crate::metadata::Metadata;
use crate::vocabulary as voc;

use super::words::{self, threshold};

use super::url_key;

/// One story of a page with several.
pub(super) struct Story {
    /// The unit holding the story's text.
    pub root: NodeId,
    /// Elements outside `root` that belong to it: the header the template puts before
    /// the story's body, the bars after it (share links, a permalink).
    pub attached: Vec<NodeId>,
    /// Siblings after `root` that hold more of the story's text, when the story is a
    /// run of siblings with no element of its own around it (a body in chunks between
    /// ads, stories between `<hr>`s): the story runs from `root` to the last of them.
    pub run: Vec<NodeId>,
    /// The story's headline text.
    pub heading: String,
    /// The addresses the story names as its own (comparable keys, see [`url_key`]): its
    /// permalink attributes, its headline link, the targets of its share links.
    pub own_urls: Vec<String>,
}

/// The page's stories in document order, or none when it carries one.
pub(super) fn stories(
    tree: &Tree,
    body: NodeId,
    meta: &Metadata,
    base: Option<&Url>,
    current: Option<&Url>,
    target: Option<NodeId>,
    measured: &Measured,
) -> Vec<Story> {
    let finder = Finder {
        tree,
        prose: &measured.0,
        title: &meta.title,
        base,
        current,
        target,
        site: site_host(current, base),
        placed_urls: &meta.placed_article_urls,
        seen: Seen::default(),
    };
    finder
        .find(body, 0)
        .into_iter()
        .map(|u| Story {
            heading: u
                .headline
                .map(|h| headline_text(tree, h))
                .unwrap_or_default(),
            attached: u.attached,
            run: u.run,
            own_urls: u.marks.urls,
            root: u.root,
        })
        .collect()
}

/// Stories appended inside the one before them (a script that loads the next post into
/// the last one's content): elements of one template, class words and all, each within
/// the one before, each headed by a heading of one level that is its own and holding a
/// story's prose besides the next one's. Empty when the page holds no such chain; the
/// first chain in document order otherwise.
pub(super) fn nested_chain(tree: &Tree, body: NodeId, measured: &Measured) -> Vec<NodeId> {
    let prose = &measured.0;
    // Groups in the order their first member comes.
    let mut index: std::collections::HashMap<Template, usize> = std::collections::HashMap::new();
    let mut groups: Vec<Vec<NodeId>> = Vec::new();
    for n in tree.get(body).into_iter().flat_map(dom::descendants) {
        let id = n.id();
        if prose.of(id) < threshold::MIN_UNIT_PROSE_CHARS {
            continue;
        }
        let template = Template::of(tree, id);
        if template.classes.is_empty() {
            continue;
        }
        let next = groups.len();
        let i = *index.entry(template).or_insert(next);
        if i == next {
            groups.push(Vec::new());
        }
        groups[i].push(id);
    }
    let first_heading = |id: NodeId| {
        dom::descendants(tree.get(id)?).skip(1).find_map(|d| {
            let e = d.value().as_element()?;
            voc::HEADING_TAGS.contains(&&*e.name.local).then(|| d.id())
        })
    };
    groups
        .into_iter()
        .find(|members| {
            members.len() >= 2
                && members.windows(2).all(|pair| {
                    let (outer, inner) = (pair[0], pair[1]);
                    dom::is_within(tree, inner, outer)
                        && prose.of(outer).saturating_sub(prose.of(inner))
                            >= threshold::MIN_UNIT_PROSE_CHARS
                        && first_heading(outer).is_some_and(|h| {
                            !dom::is_within(tree, h, inner)
                                && first_heading(inner)
                                    .is_some_and(|i| dom::tag(tree, i) == dom::tag(tree, h))
                        })
                })
        })
        .unwrap_or_default()
}

/// The story around the places the page names the current address, on a page whose
/// stories share no template the finder recognises, when that address is not the page's
/// own (`identity`, its canonical addresses): infinite scroll moved the address to an
/// appended story. From each element naming the address (a permalink attribute, a
/// link, a share link's target), up to the first element with a story's prose, then on
/// up to the wrapper beside another story. All places must lead to one region, and the
/// region must not name the page's own address nor hold most of the page's prose.
/// The one heading whose words the address's slug spells is the place, when there is
/// one; at the page's own address it is the only place read, and only when its region
/// sits beside a twin: a unit headed by a heading of its level, after about as much text
/// as the region holds before the slug's, that shares its class words or names an
/// address of its own. At the page's own address with no such heading, or with one
/// whose region has no twin (the article's title repeated in its text), the places are
/// read when their region sits beside a copy of its template,
/// class words and all, naming another address: among its marks, or where the place
/// stands in the region (each post's image linking to the post, in a feed without
/// headlines).
pub(super) fn anchored(
    tree: &Tree,
    body: NodeId,
    base: &Url,
    current_url: &Url,
    identity: &[String],
) -> Option<Story> {
    let current = url_key(current_url.as_str(), None)?;
    // An address that differs from the page's own only in its query (a session id, a
    // page number) is the same page, not another story.
    fn page(key: &str) -> &str {
        key.split('?').next().unwrap_or(key)
    }
    // A page whose metadata names no address of its own is at its own address.
    let own_address = identity.is_empty() || identity.iter().any(|k| page(k) == page(&current));
    let slug = super::Slug::of(&current);
    // The one heading whose words the address's slug spells is where the story is; a
    // link to the address may sit in another story's text ("Also read: …").
    let headings = match &slug {
        Some(_) => dom::descendants_with_tags(tree, body, voc::HEADING_TAGS),
        None => Vec::new(),
    };
    let mut slugged = headings.iter().copied().filter(|&h| {
        slug.as_ref()
            .is_some_and(|s| s.fits(&headline_text(tree, h)))
    });
    let slug_heading = match (slugged.next(), slugged.next()) {
        (Some(h), None) => Some(h),
        _ => None,
    };
    // At the page's own address, a headline marks a story among several only when
    // its story sits beside another of its template, headed as strongly: there must be
    // another heading of its level.
    if own_address
        && slug_heading.is_some_and(|h| {
            let tag = dom::tag(tree, h);
            headings
                .iter()
                .filter(|&&o| dom::tag(tree, o) == tag)
                .count()
                < 2
        })
    {
        return None;
    }
    let at = Anchor {
        tree,
        body,
        base,
        current_url,
        identity,
        current: &current,
        own_address,
        all_text: std::cell::OnceCell::new(),
    };
    at.region(slug_heading).or_else(|| {
        // At the page's own address, a heading the slug spells may be the article's title
        // repeated in its text, its region a part of it: the places naming the address
        // are read instead.
        (own_address && slug_heading.is_some())
            .then(|| at.region(None))
            .flatten()
    })
}

/// The page and the address [`anchored`] reads it for.
struct Anchor<'a> {
    tree: &'a Tree,
    body: NodeId,
    base: &'a Url,
    current_url: &'a Url,
    identity: &'a [String],
    /// The current address's key.
    current: &'a str,
    /// Whether the current address is the page's own.
    own_address: bool,
    /// The page's text under each element, measured once when a region is climbed to.
    all_text: std::cell::OnceCell<Prose>,
}

impl Anchor<'_> {
    /// The region around `slug_heading`, else around the places naming the address.
    fn region(&self, slug_heading: Option<NodeId>) -> Option<Story> {
        let Anchor {
            tree,
            body,
            base,
            current_url,
            identity,
            current,
            own_address,
            ref all_text,
        } = *self;
        // A value names a key only if it holds the key's last path segment: the others are
        // not parsed.
        let names_key = |value: &str, key: &str| {
            let tail = key.rsplit('/').next().unwrap_or_default();
            !tail.is_empty()
                && value.contains(tail)
                && (url_key(value, Some(base)).is_some_and(|k| k == key)
                    || super::share_targets(value, Some(base))
                        .any(|t| url_key(&t, Some(base)).is_some_and(|k| k == key)))
        };
        let mut places = Vec::new();
        let mut own_places = Vec::new();
        // With a slug heading, the scan only looks for places naming the page's own address
        // (none count at that address).
        let scanned = if slug_heading.is_some() && own_address {
            None
        } else {
            tree.get(body)
        };
        for n in scanned.into_iter().flat_map(dom::descendants) {
            let Some(e) = n.value().as_element() else {
                continue;
            };
            for (k, v) in e.attrs.iter() {
                let name = &*k.local;
                if !(name == "href"
                    || names_permalink(name)
                    || names_widget_page(&e.name.local, name, v))
                {
                    continue;
                }
                if names_key(v, current) {
                    places.push(n.id());
                } else if identity.iter().any(|key| names_key(v, key))
                    && !dom::has_ancestor_tag(tree, n.id(), "p", threshold::IN_TEXT_LINK_DEPTH)
                {
                    // A link in a paragraph's text refers to another page; it names no
                    // story's own address.
                    own_places.push(n.id());
                }
            }
        }
        if let Some(h) = slug_heading {
            places = vec![h];
        }
        if places.is_empty() {
            return None;
        }
        // Sizes here are of all text, lists and links included: a story's text, whatever
        // it is made of.
        let finder = Finder {
            tree,
            prose: all_text.get_or_init(|| Prose::measure_text(tree, body)),
            title: "",
            base: Some(base),
            current: Some(current_url),
            target: None,
            site: site_host(Some(current_url), Some(base)),
            placed_urls: &[],
            seen: Seen::default(),
        };
        let prose = finder.prose;
        let rank = |id: NodeId| finder.headline_in(id, false).map(|(_, r)| r);
        let body_prose = prose.of(body);
        let mut region: Option<NodeId> = None;
        let mut climbs = 0;
        let mut twinned = false;
        for place in places {
            // A place inside the region found leads there again; a page naming the address
            // more often than a story does is not read this way (and the work stays bounded).
            if region.is_some_and(|r| dom::is_within(tree, place, r)) {
                continue;
            }
            climbs += 1;
            if climbs > threshold::MAX_ANCHOR_CLIMBS {
                return None;
            }
            // A story's region holds blocks: a paragraph long enough to pass for one (a
            // brief whose headline runs into its first paragraph) is not its region.
            let mut node = place;
            while prose.of(node) < threshold::MIN_STORY_PROSE_CHARS
                || dom::tag_in(tree, node, words::TEXT_BLOCK_TAGS)
            {
                node = dom::parent(tree, node).filter(|&p| p != body)?;
            }
            // A wrapper adding much prose ends the climb when that prose is another story's:
            // a sibling unit of the same template, or opening with a headline at least as
            // strong as this one's (an article's sections after its lede carry weaker ones).
            while let Some(p) = dom::parent(tree, node).filter(|&p| p != body) {
                let grows =
                    prose.of(p) as f64 > prose.of(node) as f64 * threshold::WRAPPER_PROSE_GROWTH;
                if grows {
                    let own = rank(node).unwrap_or(u8::MAX);
                    let template = Template::of(tree, node);
                    let peer = dom::element_children(tree, p).any(|c| {
                        c != node
                            && prose.of(c) >= threshold::MIN_UNIT_PROSE_CHARS
                            && (Template::of(tree, c).matches(&template)
                                || rank(c).is_some_and(|r| r <= own))
                    });
                    if peer {
                        // Only at the page's own address does a region need a twin.
                        if own_address {
                            twinned |= has_twin(TwinQuery {
                                finder: &finder,
                                parent: p,
                                unit: node,
                                template: &template,
                                place,
                                heading: slug_heading,
                                current,
                            });
                        }
                        break;
                    }
                }
                node = p;
            }
            match region {
                None => region = Some(node),
                Some(r) if r == node => {}
                _ => return None,
            }
        }
        let root = region?;
        if own_address && !twinned {
            return None;
        }
        let whole = prose.of(root) as f64 > body_prose as f64 * threshold::MAX_ANCHORED_SHARE;
        if whole || own_places.iter().any(|&o| dom::is_within(tree, o, root)) {
            return None;
        }
        let heading = finder
            .headline_in(root, false)
            .map(|(h, _)| headline_text(tree, h))
            .unwrap_or_default();
        Some(Story {
            root,
            attached: Vec::new(),
            run: Vec::new(),
            heading,
            own_urls: vec![current.to_owned()],
        })
    }
}

/// A region at the page's own address, and what its twin must share with it.
struct TwinQuery<'a> {
    finder: &'a Finder<'a>,
    /// The wrapper where the climb stopped beside another story.
    parent: NodeId,
    /// The region, a child of `parent`.
    unit: NodeId,
    /// The region's template.
    template: &'a Template,
    /// The place the region was climbed from.
    place: NodeId,
    /// The heading the slug spells, when there is one.
    heading: Option<NodeId>,
    current: &'a str,
}

/// Whether a sibling of the region is a twin, another story's copy of it. With a
/// headline, a twin is headed at the same level, with at most
/// [`threshold::MAX_TWIN_LEAD_CHARS`] more text before its heading than the region holds
/// before the headline (a part of one article continues the text before its first
/// section heading), and shares class words (two bare wrappers share nothing), or names
/// an address of its own. Without one, a twin is a
/// copy of the template, class words and all, naming an address of its own: among its
/// marks, or at the element standing where the place stands in the region (a lead
/// image's link).
fn has_twin(q: TwinQuery<'_>) -> bool {
    let tree = q.finder.tree;
    let prose = q.finder.prose;
    let template = q.template;
    let names_another = |c: NodeId| q.finder.marks(c, None).urls.iter().any(|u| u != q.current);
    let path = match q.heading {
        Some(_) => Vec::new(),
        None => template_path(tree, q.unit, q.place),
    };
    // The text the region holds before its heading: a twin's heading stands after about
    // as much (the copy of a page's header, a kicker and a date).
    let own_lead = q
        .heading
        .and_then(|h| text_before(tree, q.unit, &|d| d.id() == h, usize::MAX))
        .unwrap_or(0);
    let heading_tag = q.heading.and_then(|h| dom::tag(tree, h));
    let base = q.finder.base;
    dom::element_children(tree, q.parent).any(|c| {
        if c == q.unit || prose.of(c) < threshold::MIN_UNIT_PROSE_CHARS {
            return false;
        }
        let copy = !template.classes.is_empty() && Template::of(tree, c).matches(template);
        match heading_tag {
            Some(tag) => {
                let cap = threshold::MAX_TWIN_LEAD_CHARS + own_lead;
                text_before(tree, c, &|d| dom::tag(tree, d.id()) == Some(tag), cap).is_some()
                    && (copy || names_another(c))
            }
            None => {
                copy && (names_another(c)
                    || counterpart(tree, c, &path)
                        .and_then(|e| dom::attr(tree, e, "href"))
                        .and_then(|v| url_key(v, base))
                        .is_some_and(|k| k != q.current))
            }
        }
    })
}

/// The text under `unit` before its first element that `stops` (characters other than
/// spaces), when it is at most `cap`; none when more stands before it or none stops.
fn text_before(
    tree: &Tree,
    unit: NodeId,
    stops: &dyn Fn(ego_tree::NodeRef<'_, Node>) -> bool,
    cap: usize,
) -> Option<usize> {
    let mut before = 0;
    for d in dom::descendants(tree.get(unit)?).skip(1) {
        if stops(d) {
            return Some(before);
        }
        if let Node::Text(t) = d.value() {
            before += t.chars().filter(|c| !c.is_whitespace()).count();
            if before > cap {
                return None;
            }
        }
    }
    None
}

/// The templates of the elements from below `unit` down to `place`, outermost first.
fn template_path(tree: &Tree, unit: NodeId, place: NodeId) -> Vec<Template> {
    let mut path: Vec<Template> = std::iter::successors(Some(place), |&n| dom::parent(tree, n))
        .take_while(|&n| n != unit)
        .map(|n| Template::of(tree, n))
        .collect();
    path.reverse();
    path
}

/// The element of `unit` at `path`: at each step, the first child of the template
/// there.
fn counterpart(tree: &Tree, unit: NodeId, path: &[Template]) -> Option<NodeId> {
    path.iter().try_fold(unit, |at, step| {
        dom::element_children(tree, at).find(|&c| Template::of(tree, c) == *step)
    })
}

/// The prose under each element of a page, measured once for the stages that read it
/// (story finding, nested chains).
pub(super) struct Measured(Prose);

/// The prose of the page under `body`.
pub(super) fn measure(tree: &Tree, body: NodeId) -> Measured {
    Measured(Prose::measure(tree, body))
}

/// Prose characters under each element: non-space text outside links, list items
/// (but in their paragraphs), page chrome and hidden elements.
struct Prose(dom::NodeMap<usize>);

impl Prose {
    /// The prose under `id`; 0 below [`threshold::MIN_UNIT_PROSE_CHARS`], the least any
    /// decision asks for (only elements with that much are remembered).
    fn of(&self, id: NodeId) -> usize {
        self.0.get(&id).copied().unwrap_or(0)
    }

    fn measure(tree: &Tree, root: NodeId) -> Prose {
        Prose::measure_with(tree, root, false)
    }

    /// Like [`Prose::measure`], counting the text of links and list items too: a
    /// story's text, whatever it is made of.
    fn measure_text(tree: &Tree, root: NodeId) -> Prose {
        Prose::measure_with(tree, root, true)
    }

    fn measure_with(tree: &Tree, root: NodeId, all_text: bool) -> Prose {
        Prose(Prose::tally(tree, root, all_text, true).0)
    }

    /// The prose under `root`, however little: the text of a paragraph or a heading.
    fn total(tree: &Tree, root: NodeId) -> usize {
        Prose::tally(tree, root, false, false).1
    }

    /// The prose of the elements under `root` (those with enough of it, when
    /// `remember`), and of `root` itself.
    fn tally(
        tree: &Tree,
        root: NodeId,
        all_text: bool,
        remember: bool,
    ) -> (dom::NodeMap<usize>, usize) {
        struct Open {
            id: NodeId,
            sum: usize,
            excluded: bool,
            wrapper_form: bool,
            link: bool,
            list: bool,
            para: bool,
        }
        let mut map = dom::NodeMap::default();
        let mut stack: Vec<Open> = Vec::new();
        let (mut excluded, mut links, mut lists, mut paras) = (0usize, 0usize, 0usize, 0usize);
        // Open forms read as wrappers: a form inside one is one too (its fields were looked
        // for from the outer one), and one inside text already left out is not looked at,
        // so each element is looked at by one form's search at most.
        let mut wrapper_forms = 0usize;
        let mut total = 0;
        let Some(start) = tree.get(root) else {
            return (map, total);
        };
        for edge in start.traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Node::Element(e) => {
                        let tag = &e.name.local;
                        // A long caption tells part of a story (a photo essay's);
                        // a short one labels a picture.
                        let not_prose = words::NOT_PROSE_NAMES.has(tag)
                            && !(words::CAPTION_NAMES.has(tag)
                                && (all_text || measure::is_long_caption(tree, n.id())));
                        let wrapper_form = not_prose
                            && *tag == local_name!("form")
                            && (wrapper_forms > 0 || (excluded == 0 && is_wrapper_form(tree, n)));
                        let frame = Open {
                            id: n.id(),
                            sum: 0,
                            // Under an element left out, whether this one is shown
                            // changes nothing.
                            excluded: excluded == 0
                                && ((not_prose && !wrapper_form)
                                    || !measure::is_probably_visible(tree, n.id())),
                            wrapper_form,
                            link: *tag == local_name!("a"),
                            list: *tag == local_name!("li"),
                            para: *tag == local_name!("p"),
                        };
                        excluded += usize::from(frame.excluded);
                        wrapper_forms += usize::from(frame.wrapper_form);
                        links += usize::from(frame.link);
                        lists += usize::from(frame.list);
                        paras += usize::from(frame.para);
                        stack.push(frame);
                    }
                    Node::Text(t)
                        if excluded == 0
                            && (all_text || (links == 0 && (lists == 0 || paras > 0))) =>
                    {
                        if let Some(top) = stack.last_mut() {
                            top.sum += dom::non_space_chars(t);
                        }
                    }
                    _ => {}
                },
                Edge::Close(n) => {
                    if !n.value().is_element() {
                        continue;
                    }
                    let Some(frame) = stack.pop() else { continue };
                    excluded -= usize::from(frame.excluded);
                    wrapper_forms -= usize::from(frame.wrapper_form);
                    links -= usize::from(frame.link);
                    lists -= usize::from(frame.list);
                    paras -= usize::from(frame.para);
                    if frame.sum > 0 {
                        if remember && frame.sum >= threshold::MIN_UNIT_PROSE_CHARS {
                            map.insert(frame.id, frame.sum);
                        }
                        match stack.last_mut() {
                            Some(parent) => parent.sum += frame.sum,
                            None => total = frame.sum,
                        }
                    }
                }
            }
        }
        (map, total)
    }
}

/// The element whose `id` the current address's fragment names (`…/pub#h.3k2`), if the
/// fragment is no route of a single-page app (see [`super::url_key`]): the place on the
/// page the address points the reader to.
pub(super) fn fragment_target(tree: &Tree, body: NodeId, current: Option<&Url>) -> Option<NodeId> {
    let fragment = current?.fragment()?;
    if fragment.is_empty() || super::route_of(fragment).is_some() {
        return None;
    }
    dom::element_by_id(tree, body, fragment)
}

/// A form that wraps the page or text rather than holding controls: see
/// [`wraps_the_page`] and [`holds_no_field`].
fn is_wrapper_form(tree: &Tree, n: ego_tree::NodeRef<'_, Node>) -> bool {
    wraps_the_page(n) || holds_no_field(tree, n.id())
}

/// Whether a form holds no field a reader sees (hidden inputs, an editor in a hidden
/// box): a platform's wrapper around a post's text (an edit-in-place form), not a box of
/// controls.
fn holds_no_field(tree: &Tree, form: NodeId) -> bool {
    let mut stack: Vec<NodeId> = dom::element_children(tree, form).collect();
    while let Some(id) = stack.pop() {
        if !measure::is_probably_visible(tree, id) {
            continue;
        }
        if dom::tag_in(tree, id, words::FIELD_TAGS)
            && dom::attr(tree, id, "type").is_none_or(|t| !t.eq_ignore_ascii_case("hidden"))
        {
            return false;
        }
        stack.extend(dom::element_children(tree, id));
    }
    true
}

/// A form that is the body's only element child: a framework's wrapper around the whole
/// page (ASP.NET WebForms posts every page back through one), not a box of controls.
fn wraps_the_page(n: ego_tree::NodeRef<'_, Node>) -> bool {
    n.value()
        .as_element()
        .is_some_and(|e| e.name.local == local_name!("form"))
        && n.parent().is_some_and(|p| {
            p.value()
                .as_element()
                .is_some_and(|e| e.name.local == local_name!("body"))
                && p.children().filter(|c| c.value().is_element()).count() == 1
        })
}

struct Finder<'a> {
    tree: &'a Tree,
    prose: &'a Prose,
    /// The page's title, to recognise an article's own title above its parts.
    title: &'a str,
    /// What the page's links resolve against (see [`Metadata::base`]).
    base: Option<&'a Url>,
    /// The page's current address.
    current: Option<&'a Url>,
    /// The element the current address's fragment names (see [`fragment_target`]).
    target: Option<NodeId>,
    /// The host of the page's site (see [`site_host`]), without `www.`, lower-cased.
    site: Option<String>,
    /// The addresses of the articles the page's JSON-LD scripts declare, with the element
    /// each script sat in (see [`Metadata::placed_article_urls`]).
    placed_urls: &'a [(NodeId, String)],
    /// What [`Finder::headline_in`] and [`Finder::marks`] found under an element: the
    /// walk down the page splits a container again at each depth it passes, and the
    /// same units are read again.
    seen: Seen,
}

/// What [`Finder::headline_in`] finds: the headline and its rank, if any.
type Headline = Option<(NodeId, u8)>;

/// Readings of elements the walk has made once (see [`Finder::seen`]).
#[derive(Default)]
struct Seen {
    /// By element: the headline read inside it, and from it on (`outside`).
    headlines: RefCell<dom::NodeMap<[Option<Headline>; 2]>>,
    /// By element: the marks read for it with a headline.
    marks: RefCell<dom::NodeMap<(Option<NodeId>, Marks)>>,
}

/// The host of the page's site, without `www.`, lower-cased: the current address's (a
/// `<base href>` elsewhere serves links only), the publisher's when an AMP cache serves
/// the page (see [`super::publisher_address`]).
fn site_host(current: Option<&Url>, base: Option<&Url>) -> Option<String> {
    let page = current.or(base)?;
    let publisher = super::publisher_address(page);
    let host = publisher.as_ref().unwrap_or(page).host_str()?;
    Some(host.trim_start_matches("www.").to_ascii_lowercase())
}

/// A unit of prose under the container where the page's prose splits.
struct Unit {
    root: NodeId,
    headline: Option<NodeId>,
    /// How strongly the headline looks like one (lower is stronger).
    headline_rank: u8,
    /// Elements outside `root` that belong to the story: the header holding its
    /// headline, when the template puts it before the body, and the bars after it.
    attached: Vec<NodeId>,
    /// Siblings after `root` holding more of the story's text (see [`Story::run`]).
    run: Vec<NodeId>,
    /// Prose characters in `root` and `run`.
    prose: usize,
    marks: Marks,
    /// How many of `marks.urls` the unit names inside its own element (the rest come
    /// from attached elements).
    inside_urls: usize,
    /// Holds a headline, prose and marks of its own, outside page chrome.
    story_like: bool,
}

/// Which headings of a run rank head runs, tried in [`RunHeads::ORDER`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunHeads {
    /// Every heading of the rank.
    Every,
    /// Of the rank's headings, those linking to a page or led in by a bar naming their
    /// story's address (see [`Finder::lead_ins`]), when two or more are and some are
    /// not: headlines name their stories, while the headings a story's own text sets at
    /// their level ("See also", a quoted title) name nothing.
    Named,
}

impl RunHeads {
    const ORDER: [RunHeads; 2] = [RunHeads::Every, RunHeads::Named];

    /// Which of `heads` (child index, headline, rank; the bars leading in to each,
    /// `lead_ins`) this policy keeps, by index: the first and the stronger ones always;
    /// none when it keeps what another policy does or too few.
    fn select(
        self,
        tree: &Tree,
        heads: &[(usize, NodeId, u8)],
        lead_ins: &[Vec<(NodeId, Vec<String>)>],
        rank: u8,
    ) -> Option<Vec<usize>> {
        if self == RunHeads::Every {
            return Some((0..heads.len()).collect());
        }
        let mut kept = Vec::new();
        let mut named = 0;
        for (k, &(_, h, r)) in heads.iter().enumerate() {
            if k == 0 || r < rank || !lead_ins[k].is_empty() || links_to_a_page(tree, h) {
                named += usize::from(r == rank);
                kept.push(k);
            }
        }
        (named >= 2 && kept.len() < heads.len()).then_some(kept)
    }
}

/// How an element's own markup names it as page chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chrome {
    /// A tag or word for a part that is never a story (navigation, a comment, a review).
    Role,
    /// A word of the page's layout or furniture (sidebar, banner, …).
    Layout,
}

/// Whether a class word names its element an article, or a kind of one by its last part
/// (`review-article`, `news_article`): a critic's review set as an article is no reader's
/// review, whatever [`words::NOT_A_STORY`] word its class holds.
fn names_an_article(classes: &str) -> bool {
    classes.split_ascii_whitespace().any(|t| {
        t.rsplit(words::CLASS_PART_SEPARATORS)
            .next()
            .is_some_and(|last| {
                words::ARTICLE_CLASS_WORDS
                    .iter()
                    .any(|w| last.eq_ignore_ascii_case(w))
            })
    })
}

impl Finder<'_> {
    /// The stories under `top`: from `top` down along the element holding most of the
    /// prose, the first container whose prose splits into stories.
    fn find(&self, top: NodeId, depth: usize) -> Vec<Unit> {
        let tree = self.tree;
        let mut node = top;
        let mut path = Vec::new();
        loop {
            let units: Vec<NodeId> = dom::element_children(tree, node)
                .filter(|&c| {
                    self.prose.of(c) >= threshold::MIN_UNIT_PROSE_CHARS && is_container(tree, c)
                })
                .collect();
            if units.len() >= 2 {
                let mut found = self.split(node, &units, depth);
                if found.len() >= 2 {
                    // Stories told apart by the heads of runs of siblings are more
                    // faithful than by prose units, some too short to be one, each taking
                    // the headline before it (a scrollytelling story: a title section,
                    // then text and media sections of any length).
                    let runs = self.runs(node);
                    if runs.len() > found.len() {
                        return runs;
                    }
                    let mut before = self.copies_before(node, &path, &found[0]);
                    before.append(&mut found);
                    return before;
                }
            }
            let runs = self.runs(node);
            if runs.len() >= 2 {
                return runs;
            }
            if let [lone] = units[..] {
                let found = self.lone_and_copies(node, lone);
                if found.len() >= 2 {
                    return found;
                }
            }
            path.push(node);
            let Some(biggest) = dom::element_children(tree, node).max_by_key(|&c| self.prose.of(c))
            else {
                break;
            };
            if self.prose.of(biggest) < 2 * threshold::MIN_STORY_PROSE_CHARS {
                break;
            }
            node = biggest;
        }
        Vec::new()
    }

    /// The stories among the prose units under `parent`, or none when they are not
    /// stories (parts of one article, a story and its comments, …).
    fn split(&self, parent: NodeId, children: &[NodeId], depth: usize) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        for &c in children {
            if depth < threshold::MAX_STORY_NESTING
                && self.prose.of(c) >= 2 * threshold::MIN_STORY_PROSE_CHARS
            {
                let inner = self.find(c, depth + 1);
                if inner.len() >= 2 {
                    units.extend(inner);
                    continue;
                }
            }
            units.push(self.unit(c));
        }
        self.take_trailing_headers(&mut units);
        self.attach_outside_headlines(&mut units);
        // Marks are read only where two units or more could be stories of one template.
        let hopeful: Vec<bool> = units.iter().map(|u| self.may_be_story(u)).collect();
        let shapes: Vec<Option<Template>> = units
            .iter()
            .zip(&hopeful)
            .map(|(u, &h)| h.then(|| Template::of(self.tree, u.root)))
            .collect();
        for (i, u) in units.iter_mut().enumerate() {
            // A post without a title (a blog's text post) is a story when a titled copy
            // of its template is one and it names an address of its own in its markup.
            let untitled = shapes[i].is_none()
                && u.headline.is_none()
                && u.prose >= threshold::MIN_STORY_PROSE_CHARS
                && !self.is_chrome(u.root);
            let shape = match &shapes[i] {
                Some(shape) => shape,
                None if untitled => &Template::of(self.tree, u.root),
                None => continue,
            };
            let twin = shapes
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.as_ref().is_some_and(|o| o.matches(shape)));
            if twin {
                self.read_marks(u);
                let marked = if untitled {
                    u.inside_urls > 0
                } else {
                    u.marks.any()
                };
                u.story_like = marked && self.not_a_listing(u);
            }
        }
        self.pair_with_untitled_stories(&mut units, &shapes);
        let Some((keep, template)) = self.stories_among(parent, &units) else {
            return Vec::new();
        };
        let mut stories = self.continued(units, &keep);
        let untitled = stories.iter().any(|u| u.headline.is_none());
        stories.extend(self.short_copies(parent, children, &template, untitled));
        self.in_document_order(parent, &mut stories);
        stories
    }

    /// A titled unit with no titled copy of its template beside it is a story when an
    /// untitled copy is one and each names an address of its own on its element (a
    /// post's wrapper with its `data-url`; the finder reads one post's title and not the
    /// other's): it reads its marks as that copy's twin.
    fn pair_with_untitled_stories(&self, units: &mut [Unit], shapes: &[Option<Template>]) {
        let tree = self.tree;
        let untitled: Vec<Template> = units
            .iter()
            .zip(shapes)
            .filter(|(u, shape)| {
                shape.is_none()
                    && u.headline.is_none()
                    && u.story_like
                    && names_own_address(tree, u.root)
            })
            .map(|(u, _)| Template::of(tree, u.root))
            .collect();
        if untitled.is_empty() {
            return;
        }
        for (u, shape) in units.iter_mut().zip(shapes) {
            let Some(shape) = shape else {
                continue;
            };
            if u.story_like
                || !untitled.iter().any(|t| t.matches(shape))
                || !names_own_address(tree, u.root)
            {
                continue;
            }
            self.read_marks(u);
            u.story_like = u.marks.any() && self.not_a_listing(u);
        }
    }

    /// Whether a unit is no listing of teasers; one headed by a top-level heading is a
    /// story with its teasers (a short post and its related posts), not a listing of them.
    fn not_a_listing(&self, u: &Unit) -> bool {
        u.headline_rank == 1 || !measure::is_teaser_listing(self.tree, u.root)
    }

    /// The stories under `parent` that are runs of its children, each from a child that
    /// heads it (a headline, or a header holding one, with little prose) up to the next:
    /// stories set one after another with no element of their own around each. The heads
    /// are the children with the strongest headline that heads two runs or more, and
    /// any with a stronger one. Runs are stories under the tests units pass; only
    /// addresses outside their headlines make them stories under a title above them (an
    /// article's sections may link their headings to the site's pages).
    fn runs(&self, parent: NodeId) -> Vec<Unit> {
        let tree = self.tree;
        let children: Vec<NodeId> = dom::element_children(tree, parent).collect();
        // Runs need two heads or more: headings, or, among prose units (text sections),
        // copies of one element without prose opening with a heading, of a shape (tag and
        // class) no prose unit has (a title section over its hero image, before each
        // story's text sections; not the shorter cards of a row of cards). Most
        // containers have neither among their children, and are passed by at the cost of
        // a tag comparison or a short walk each.
        let headings = children
            .iter()
            .filter(|&&c| dom::tag_in(tree, c, words::RUN_HEAD_TAGS))
            .count();
        let shape = |c: NodeId| (dom::tag(tree, c), dom::attr(tree, c, "class"));
        let unit_shapes: Vec<_> = children
            .iter()
            .filter(|&&c| self.prose.of(c) > 0)
            .map(|&c| shape(c))
            .collect();
        let shapes: Vec<(Option<&str>, Option<&str>)> = children
            .iter()
            .filter(|&&c| {
                unit_shapes.len() >= 2
                    && !dom::tag_in(tree, c, words::RUN_HEAD_TAGS)
                    && self.prose.of(c) == 0
                    && !unit_shapes.contains(&shape(c))
                    && heads_with_heading(tree, c)
            })
            .map(|&c| shape(c))
            .collect();
        let order = super::sorted_indices(shapes.len(), &|a, b| shapes[a].cmp(&shapes[b]));
        let copies = order
            .chunk_by(|&a, &b| shapes[a] == shapes[b])
            .map(<[_]>::len)
            .filter(|&n| n >= 2)
            .max()
            .unwrap_or(0);
        // …or, in markup without headings, bold lines of their own.
        let emphasized = || {
            children
                .iter()
                .filter(|&&c| self.prose.of(c) == 0 && opens_with_emphasized_line(tree, c))
                .count()
        };
        let aimed = self.aimed_head(parent);
        if headings + copies < 2 && headings + copies + emphasized() < 2 && aimed.is_none() {
            return Vec::new();
        }
        let heads: Vec<(usize, NodeId, u8)> = children
            .iter()
            .enumerate()
            .filter(|&(_, &c)| self.prose.of(c) == 0)
            .filter_map(|(i, &c)| {
                let (h, rank) = self.headline_in(c, true)?;
                (rank <= threshold::MAX_RUN_HEAD_RANK).then_some((i, h, rank))
            })
            .filter(|&(i, _, _)| {
                let c = children[i];
                dom::is_tag(tree, c, "header") || !self.is_chrome(c)
            })
            .collect();
        let strongest = (1..=threshold::MAX_RUN_HEAD_RANK)
            .find(|&r| heads.iter().filter(|&&(_, _, hr)| hr == r).count() >= 2);
        let found = strongest
            .map(|rank| self.runs_at(parent, &children, &heads, rank, true))
            .unwrap_or_default();
        // The head the address's fragment points to (a document's title paragraphs over
        // issues set with headings of their own, some titles as long as prose), and its
        // copies (same tag and class), head the runs when no others make stories: the
        // headings inside them are the stories' subheadings.
        let Some(aimed) = aimed.filter(|_| found.is_empty()) else {
            return found;
        };
        let shape = |c: NodeId| (dom::tag(tree, c), dom::attr(tree, c, "class"));
        // A head is its own headline, however long (a title paragraph reads as prose
        // elsewhere), or holds one.
        let head = |c: NodeId| {
            self.headline_rank(c, dom::tag(tree, c).unwrap_or_default())
                .map(|r| (c, r))
                .or_else(|| self.headline_in(c, true))
        };
        let Some((_, rank)) = head(aimed) else {
            return found;
        };
        if rank > threshold::MAX_RUN_HEAD_RANK {
            return found;
        }
        let aimed_heads: Vec<(usize, NodeId, u8)> = children
            .iter()
            .enumerate()
            .filter(|&(_, &c)| shape(c) == shape(aimed))
            .filter_map(|(i, &c)| {
                let (h, r) = head(c)?;
                (r == rank).then_some((i, h, r))
            })
            .collect();
        self.runs_at(parent, &children, &aimed_heads, rank, false)
    }

    /// The child of `parent` holding the element the address's fragment names, when
    /// that element is the child, its headline or holds its headline.
    fn aimed_head(&self, parent: NodeId) -> Option<NodeId> {
        let tree = self.tree;
        let target = self.target?;
        let mut child = target;
        loop {
            let up = tree.get(child)?.parent()?.id();
            if up == parent {
                break;
            }
            child = up;
        }
        if child == target {
            return Some(child);
        }
        let (headline, _) = self.headline_in(child, true)?;
        (dom::is_within(tree, headline, target) || dom::is_within(tree, target, headline))
            .then_some(child)
    }

    /// The runs under `parent` headed by `heads` (child index, headline, rank) of `rank`,
    /// and by the stronger ones when `with_stronger`, when they are stories.
    fn runs_at(
        &self,
        parent: NodeId,
        children: &[NodeId],
        heads: &[(usize, NodeId, u8)],
        rank: u8,
        with_stronger: bool,
    ) -> Vec<Unit> {
        let heads: Vec<(usize, NodeId, u8)> = heads
            .iter()
            .copied()
            .filter(|&(_, _, r)| r == rank || (with_stronger && r < rank))
            .collect();
        if heads.iter().filter(|&&(_, _, r)| r == rank).count() < 2 {
            return Vec::new();
        }
        // A story's prose before the first head is an article the runs follow (its
        // comments, its sections).
        if self.run_prose(&children[..heads[0].0]) >= threshold::MIN_STORY_PROSE_CHARS {
            return Vec::new();
        }
        // Each head's lead-ins, read once for every policy (a policy keeps heads, and the
        // bars just before a head do not depend on which heads before it are kept).
        let mut lead_ins: Vec<Vec<(NodeId, Vec<String>)>> = Vec::with_capacity(heads.len());
        for (k, &(i, headline, _)) in heads.iter().enumerate() {
            let from = if k == 0 { i } else { heads[k - 1].0 + 1 };
            lead_ins.push(self.lead_ins(&children[from..i], headline));
        }
        RunHeads::ORDER
            .iter()
            .filter_map(|policy| policy.select(self.tree, &heads, &lead_ins, rank))
            .find_map(|kept| self.runs_headed(parent, children, &heads, &lead_ins, &kept))
            .unwrap_or_default()
    }

    /// Prose characters in `members`, whole elements counted where they are no units.
    fn run_prose(&self, members: &[NodeId]) -> usize {
        members
            .iter()
            .map(|&m| match self.prose.of(m) {
                0 => Prose::total(self.tree, m),
                p => p,
            })
            .sum()
    }

    /// The runs of `children` from each kept head (`kept`: indices into `heads`, child
    /// index, headline, rank; `lead_ins` beside them) to the next kept one, when they are
    /// stories.
    fn runs_headed(
        &self,
        parent: NodeId,
        children: &[NodeId],
        heads: &[(usize, NodeId, u8)],
        lead_ins: &[Vec<(NodeId, Vec<String>)>],
        kept: &[usize],
    ) -> Option<Vec<Unit>> {
        let tree = self.tree;
        let rank = kept.iter().map(|&k| heads[k].2).max().unwrap_or(0);
        let mut units: Vec<Unit> = kept
            .iter()
            .enumerate()
            .map(|(n, &k)| {
                let (i, headline, rank) = heads[k];
                let next = kept.get(n + 1).copied();
                let end = next.map_or(children.len(), |k| heads[k].0);
                let head = children[i];
                let run = children[i + 1..end].to_vec();
                let mut marks = self.marks(head, None);
                let next_lead_in = next.map_or(&[][..], |k| lead_ins[k].as_slice());
                for &m in run
                    .iter()
                    .filter(|&&m| !next_lead_in.iter().any(|(bar, _)| *bar == m))
                {
                    marks.merge(self.marks(m, None));
                }
                for (bar, urls) in &lead_ins[k] {
                    let mut lead_in = self.marks(*bar, None);
                    lead_in.urls.clone_from(urls);
                    marks.merge(lead_in);
                }
                let prose = self.run_prose(&run);
                // Addresses outside the headline come first: only they make runs
                // independent of a title above them.
                let inside_urls = marks.urls.len();
                marks.merge(self.marks(head, Some(headline)));
                let story_like = marks.any() && prose >= threshold::MIN_STORY_PROSE_CHARS;
                Unit {
                    root: head,
                    headline: Some(headline),
                    headline_rank: rank,
                    attached: Vec::new(),
                    run,
                    prose,
                    inside_urls,
                    marks,
                    story_like,
                }
            })
            .collect();
        // Every run its headline rank heads is a story, or none is: an article's sections
        // are not stories because some carry a date or a link. Under a stronger head
        // that links nowhere (an `<h1>` over `<h2>`s), they must stand as independent
        // stories: the page's title over its sections reads the same.
        let members: Vec<&Unit> = units.iter().filter(|u| u.headline_rank == rank).collect();
        let titled = units.first().is_some_and(|u| {
            u.headline_rank < rank && !u.headline.is_some_and(|h| links_to_a_page(tree, h))
        });
        if members.iter().any(|u| !u.story_like) || (titled && !independent(&members)) {
            return None;
        }
        let (keep, _) = self.stories_among(parent, &units)?;
        let mut kept = keep.into_iter();
        units.retain(|_| kept.next().unwrap_or(false));
        Some(units)
    }

    /// The bars without prose closing the run before a head (`between`, the children
    /// from that run's head to this one) that lead in to the head's story: linking where
    /// its `headline` links, or by a "Next story" link ([`words::NEXT_STORY_LABELS`]).
    /// Such a bar is the story's, not the end of the story before it; with the addresses
    /// it names for the story.
    fn lead_ins(&self, between: &[NodeId], headline: NodeId) -> Vec<(NodeId, Vec<String>)> {
        let tree = self.tree;
        let mut target: Option<Vec<String>> = None;
        let mut bars = Vec::new();
        for &c in between.iter().rev() {
            if self.prose.of(c) > 0 {
                break;
            }
            // The headline's addresses are read only where a bar stands before it.
            let target = target.get_or_insert_with(|| self.marks(headline, Some(headline)).urls);
            let mut named = Vec::new();
            let mut same = false;
            for a in dom::descendants_with_tags(tree, c, &["a"]) {
                let Some(key) = dom::attr(tree, a, "href").and_then(|h| url_key(h, self.base))
                else {
                    continue;
                };
                if target.contains(&key) {
                    same = true;
                } else if target.is_empty()
                    && measure::short_label(tree, a)
                        .is_some_and(|l| words::NEXT_STORY_LABELS.contains(&l.as_str()))
                {
                    named.push(key);
                }
            }
            if same {
                bars.push((c, target.clone()));
            } else if !named.is_empty() {
                bars.push((c, named));
            }
        }
        bars
    }

    /// Which of `units` (the prose units under `parent`, or its runs) are stories, by
    /// the tests a template's copies must pass to be stories rather than an article's
    /// parts; with the stories' template. None when they are not stories.
    fn stories_among(&self, parent: NodeId, units: &[Unit]) -> Option<(Vec<bool>, Template)> {
        let group = self.template_group(units)?;
        let members: Vec<&Unit> = group.iter().map(|&i| &units[i]).collect();
        if !distinct_headlines(self.tree, &members)
            || numbers_its_parts(self.tree, &members)
            || self.under_the_page(&members)
            || self.parts_of_the_page(&members)
        {
            return None;
        }
        let template = Template::of(self.tree, units[group[0]].root);
        if !independent(&members)
            && !self.headline_names_the_page(&members)
            && self.has_outer_title(parent, units, &template)
        {
            return None;
        }
        // The stories: every story-like unit, and the page's own story before them when
        // its markup lacks the marks the appended ones carry: the unit right before
        // them, or the last one with a headline when only units without one or chrome
        // (its comments, "3 thoughts on …" over them) come between.
        let first = group[0];
        let between = |u: &Unit| u.headline.is_none() || self.is_chrome(u.root);
        let own = units[..first]
            .iter()
            .rposition(|u| !between(u))
            .filter(|&j| units[j + 1..first].iter().all(between))
            .or(first.checked_sub(1));
        let keep = units
            .iter()
            .enumerate()
            .map(|(i, u)| {
                u.story_like
                    || (own == Some(i)
                        && u.prose >= threshold::MIN_STORY_PROSE_CHARS
                        && !self.is_chrome(u.root))
            })
            .collect();
        Some((keep, template))
    }

    /// The units `keep` marks as stories. When the stories' headlines head them from
    /// outside (a header, then the body), a story runs on over the chunks after it:
    /// copies of its body's template with no headline before them and none of their own
    /// as strong as those (a body set in chunks between ads, a chunk opening with a
    /// subheading). The first story starts at the first chunk before it. A story takes
    /// the marks and attached bars of its chunks.
    fn continued(&self, units: Vec<Unit>, keep: &[bool]) -> Vec<Unit> {
        let tree = self.tree;
        let headed_outside =
            |u: &Unit| u.headline.is_some_and(|h| !dom::is_within(tree, h, u.root));
        let chunked = units.iter().zip(keep).any(|(u, &k)| k && headed_outside(u));
        if !chunked {
            return units
                .into_iter()
                .zip(keep)
                .filter_map(|(u, &k)| k.then_some(u))
                .collect();
        }
        // The weakest of the headlines from outside: a unit with one of its own as strong
        // is no chunk of a body (whose subheadings are weaker).
        let outside_rank = units
            .iter()
            .zip(keep)
            .filter(|&(u, &k)| k && headed_outside(u))
            .filter_map(|(u, _)| {
                let h = u.headline?;
                self.headline_rank(h, dom::tag(tree, h).unwrap_or_default())
            })
            .max()
            .unwrap_or(0);
        let joins = |u: &Unit, story: NodeId| {
            dom::parent(tree, u.root) == dom::parent(tree, story)
                && !headed_outside(u)
                && u.headline_rank > outside_rank
                && Template::of(tree, u.root).matches(&Template::of(tree, story))
                && !self.is_chrome(u.root)
        };
        // Whether a sibling between `a` and `b` holds a headline as strong as those from
        // outside: another story's header, whose body was too short to be a unit.
        let headed_between = |a: NodeId, b: NodeId| {
            std::iter::successors(dom::next_element_sibling(tree, a), |&s| {
                dom::next_element_sibling(tree, s)
            })
            .take_while(|&s| s != b)
            .any(|s| {
                self.headline_in(s, true)
                    .is_some_and(|(_, rank)| rank <= outside_rank)
            })
        };
        let last = |u: &Unit| u.run.last().copied().unwrap_or(u.root);
        let mut stories: Vec<Unit> = Vec::new();
        // Whether the last story may still run on.
        let mut open = false;
        // Chunks after the last story's run, in a row.
        let mut pending: Vec<Unit> = Vec::new();
        for (u, &k) in units.into_iter().zip(keep) {
            // A chunk starts no story, but for the first.
            let starts = k && (headed_outside(&u) || stories.is_empty());
            if !starts {
                let continues =
                    |s: &&mut Unit| open && joins(&u, s.root) && !headed_between(last(s), u.root);
                if let Some(story) = stories.last_mut().filter(continues) {
                    self.run_on(story, u);
                    continue;
                }
            }
            if k {
                let mut story = u;
                let earlier = stories.is_empty()
                    && pending.first().is_some_and(|p| joins(p, story.root))
                    && pending
                        .last()
                        .is_some_and(|p| !headed_between(p.root, story.root));
                if earlier {
                    let mut chunks = std::mem::take(&mut pending).into_iter();
                    if let Some(head) = chunks.next() {
                        let later = std::mem::replace(&mut story, head);
                        for chunk in chunks.chain(std::iter::once(later)) {
                            self.run_on(&mut story, chunk);
                        }
                    }
                }
                pending.clear();
                open = true;
                stories.push(story);
                continue;
            }
            open = false;
            let follows = pending.first().is_some_and(|p| joins(&u, p.root))
                && pending
                    .last()
                    .is_some_and(|p| !headed_between(p.root, u.root));
            if !follows {
                pending.clear();
            }
            if !headed_outside(&u) {
                pending.push(u);
            }
        }
        stories
    }

    /// Adds `chunk`, the next part of the story's body, to the story's run.
    fn run_on(&self, story: &mut Unit, chunk: Unit) {
        story.marks.merge(self.marks(chunk.root, None));
        story.marks.merge(chunk.marks);
        story.attached.extend(chunk.attached);
        story.run.push(chunk.root);
        story.run.extend(chunk.run);
        story.prose += chunk.prose;
    }

    /// Copies of the stories' template under `parent` with too little prose to be
    /// units (text in list items, a brief story), shown on the page ([`is_shown`]):
    /// stories too when each has a permalink of its own and a headline with more text
    /// than it, or no headline where some stories have none (a blog's untitled posts).
    fn short_copies(
        &self,
        parent: NodeId,
        units: &[NodeId],
        template: &Template,
        untitled: bool,
    ) -> Vec<Unit> {
        let tree = self.tree;
        dom::element_children(tree, parent)
            .filter(|c| !units.contains(c))
            .filter(|&c| {
                is_container(tree, c)
                    && Template::of(tree, c).matches(template)
                    && !self.is_chrome(c)
                    && is_shown(tree, c)
                    && !measure::is_teaser_listing(tree, c)
            })
            .filter_map(|c| {
                let mut u = self.unit(c);
                match u.headline {
                    None if !untitled => return None,
                    // A copy holding nothing but its headline is a header (a layout
                    // table's headline row), not a story.
                    Some(h)
                        if dom::inner_text_len(tree, c)
                            < dom::inner_text_len(tree, h) + threshold::MIN_HEADLINE_CHARS =>
                    {
                        return None
                    }
                    _ => {}
                }
                self.read_marks(&mut u);
                u.story_like = u.inside_urls > 0;
                u.story_like.then_some(u)
            })
            .collect()
    }

    /// The one prose unit under `parent` and the short copies of its template beside
    /// it, as stories: a story infinite scroll appended may hold too little prose to be
    /// a unit (a post of links, a brief) while the one that does is one story of several.
    /// The lone unit must be a story by its own marks (a headline, and a permalink, date
    /// or byline); each copy needs a headline and an address of its own
    /// ([`Self::short_copies`]) where the lone unit has its own (the same templates from
    /// the copy down to it), and a story's length of text, links and lists included (a
    /// teaser card or an article's short section has less). Empty when there are no
    /// such copies.
    fn lone_and_copies(&self, parent: NodeId, lone: NodeId) -> Vec<Unit> {
        let tree = self.tree;
        let copies = self.short_copies(parent, &[lone], &Template::of(tree, lone), false);
        if copies.is_empty() || self.is_chrome(lone) {
            return Vec::new();
        }
        let mut unit = self.unit(lone);
        let Some(headline) = unit.headline else {
            return Vec::new();
        };
        let path = template_path(tree, lone, headline);
        let mut stories = Vec::new();
        for s in copies {
            if counterpart(tree, s.root, &path) == s.headline
                && dom::inner_text_len_capped(tree, s.root, threshold::MIN_LONE_COPY_TEXT_CHARS)
                    >= threshold::MIN_LONE_COPY_TEXT_CHARS
            {
                stories.push(s);
            }
        }
        self.read_marks(&mut unit);
        if stories.is_empty() || !unit.marks.any() || measure::is_teaser_listing(tree, lone) {
            return Vec::new();
        }
        unit.story_like = true;
        stories.push(unit);
        self.in_document_order(parent, &mut stories);
        stories
    }

    /// Copies of the stories' template before the wrapper that holds them (`container`,
    /// reached from the top along `path`), up to [`threshold::WRAPPER_LEVELS`] levels
    /// up: the page's own story, with the stories infinite scroll appended wrapped after
    /// it. A copy needs a headline and either a permalink or a story's length of text, and
    /// must be shown on the page ([`is_shown`]).
    fn copies_before(&self, container: NodeId, path: &[NodeId], first: &Unit) -> Vec<Unit> {
        let tree = self.tree;
        let template = Template::of(tree, first.root);
        let mut copies = Vec::new();
        let mut inner = container;
        for &outer in path.iter().rev().take(threshold::WRAPPER_LEVELS) {
            if dom::parent(tree, inner) != Some(outer) {
                break;
            }
            let mut sibling = dom::prev_element_sibling(tree, inner);
            while let Some(s) = sibling {
                sibling = dom::prev_element_sibling(tree, s);
                let copy = is_container(tree, s)
                    && Template::of(tree, s).matches(&template)
                    && !self.is_chrome(s)
                    && is_shown(tree, s)
                    && !measure::is_teaser_listing(tree, s);
                if !copy {
                    continue;
                }
                let mut u = self.unit(s);
                if u.headline.is_none() {
                    continue;
                }
                self.read_marks(&mut u);
                u.story_like = u.inside_urls > 0
                    || dom::inner_text_len_capped(tree, s, threshold::MIN_STORY_PROSE_CHARS)
                        >= threshold::MIN_STORY_PROSE_CHARS;
                if u.story_like {
                    copies.push(u);
                }
            }
            inner = outer;
        }
        copies.reverse();
        copies
    }

    /// Sorts stories by their place under `parent` (stories found deeper keep their
    /// order).
    fn in_document_order(&self, parent: NodeId, stories: &mut [Unit]) {
        let tree = self.tree;
        let children: Vec<NodeId> = dom::element_children(tree, parent).collect();
        let place = |id: NodeId| {
            let mut node = id;
            while let Some(p) = dom::parent(tree, node) {
                if p == parent {
                    break;
                }
                node = p;
            }
            children
                .iter()
                .position(|&c| c == node)
                .unwrap_or(usize::MAX)
        };
        // A stable sort by place, each computed once (as `sort_by_cached_key`), then the
        // order applied by swaps.
        let places: Vec<usize> = stories.iter().map(|u| place(u.root)).collect();
        let mut order = super::sorted_indices(places.len(), &|a, b| places[a].cmp(&places[b]));
        for i in 0..order.len() {
            let mut from = order[i];
            while from < i {
                from = order[from];
            }
            order[i] = from;
            stories.swap(i, from);
        }
    }

    /// A unit with its headline; its marks are read later, when it may be a story.
    fn unit(&self, root: NodeId) -> Unit {
        let found = self.headline_in(root, false);
        Unit {
            root,
            headline: found.map(|(h, _)| h),
            headline_rank: found.map_or(u8::MAX, |(_, r)| r),
            attached: Vec::new(),
            run: Vec::new(),
            prose: self.prose.of(root),
            inside_urls: 0,
            marks: Marks::default(),
            story_like: false,
        }
    }

    /// Reads the marks in the unit's own element, before those of its attached ones.
    fn read_marks(&self, u: &mut Unit) {
        let mut marks = self.marks(u.root, u.headline);
        u.inside_urls = marks.urls.len();
        marks.merge(std::mem::take(&mut u.marks));
        u.marks = marks;
    }

    /// Units of a template that prints each story's header after its body (a grid theme
    /// whose CSS puts it on top): each unit takes the headline of its first child after its
    /// prose that holds none, when half the units or more (two at least) find one of the
    /// same tag (any heading level) and class, with words of its own (not a label every unit repeats), and it
    /// is stronger than any the unit has before its prose.
    fn take_trailing_headers(&self, units: &mut [Unit]) {
        let tree = self.tree;
        let mut found: Vec<(usize, NodeId, u8)> = Vec::new();
        for (i, u) in units.iter().enumerate() {
            let mut after_prose = false;
            for c in dom::element_children(tree, u.root) {
                let prose = self.prose.of(c) >= threshold::MIN_UNIT_PROSE_CHARS;
                if !after_prose {
                    after_prose = prose;
                    continue;
                }
                if prose {
                    break;
                }
                if let Some((h, rank)) = self.headline_in(c, false) {
                    found.push((i, h, rank));
                    break;
                }
            }
        }
        if found.len() < 2 || 2 * found.len() < units.len() {
            return;
        }
        // One shape (the first story's headline may be an `<h1>` where the others' are
        // `<h2>`s), and words of its own in each.
        let shape = |h: NodeId| (tag_kind(tree, h), dom::attr(tree, h, "class"));
        let first = shape(found[0].1);
        let mut texts: Vec<String> = Vec::new();
        for &(_, h, _) in &found {
            let text = headline_text(tree, h);
            if shape(h) != first || texts.contains(&text) {
                return;
            }
            texts.push(text);
        }
        for (i, h, rank) in found {
            let u = &mut units[i];
            if rank < u.headline_rank {
                u.headline = Some(h);
                u.headline_rank = rank;
            }
        }
    }

    /// A unit without a headline of its own (or with only a link or text that reads like
    /// one) takes the stronger headline-like element right before it, when the units'
    /// template does so repeatedly (the same tag and class before two units or more).
    fn attach_outside_headlines(&self, units: &mut [Unit]) {
        let tree = self.tree;
        let roots: dom::NodeSet = units.iter().map(|u| u.root).collect();
        let found: Vec<Option<(NodeId, NodeId)>> = units
            .iter()
            .map(|u| {
                let mut sibling = dom::prev_element_sibling(tree, u.root);
                for _ in 0..threshold::ATTACHED_HEADLINE_SIBLINGS {
                    let s = sibling?;
                    // A box with a form (a newsletter sign-up, a search) heads no story,
                    // nor does the bar closing the story before ("posted by … | link").
                    if roots.contains(&s)
                        || self.prose.of(s) >= threshold::MIN_UNIT_PROSE_CHARS
                        || dom::has_descendant_with_tags(tree, s, words::FORM_CONTROL_TAGS)
                        || holds_permalink_label(tree, s)
                    {
                        return None;
                    }
                    if let Some((h, rank)) = self.headline_in(s, true) {
                        // A headline that links to a page is the story's when the
                        // unit's own links nowhere, however strong that one's markup:
                        // it is a section heading of its body (a layout table's body
                        // row opening with an `<h4>` under a `<b><a>` headline row).
                        let stronger = rank < u.headline_rank
                            || (links_to_a_page(tree, h)
                                && !u.headline.is_some_and(|own| links_to_a_page(tree, own)));
                        return stronger.then_some((h, s));
                    }
                    sibling = dom::prev_element_sibling(tree, s);
                }
                None
            })
            .collect();
        let shape = |h: NodeId| (dom::tag(tree, h), dom::attr(tree, h, "class"));
        let words: Vec<Option<String>> = found
            .iter()
            .map(|f| f.map(|(h, _)| headline_text(tree, h)))
            .collect();
        for (i, h) in found.iter().enumerate() {
            let Some((h, holder)) = *h else { continue };
            let repeats = found
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.is_some_and(|(o, _)| shape(o) == shape(h)));
            // A header with the same words before each unit is a label of the page
            // ("More from …"), not a story's headline.
            let label = words
                .iter()
                .enumerate()
                .any(|(j, w)| j != i && w.is_some() && *w == words[i]);
            if !repeats || label {
                continue;
            }
            // The story's header (headline, byline, date) belongs to it.
            let u = &mut units[i];
            u.headline = Some(h);
            u.headline_rank = 0;
            let outside = self.marks(holder, Some(h));
            u.marks.merge(outside);
            u.attached.push(holder);
        }
        // An empty element right before a unit (a script's marker carrying the story's
        // address and title, an anchor) leads it.
        for u in units.iter_mut() {
            let Some(marker) = dom::prev_element_sibling(tree, u.root) else {
                continue;
            };
            if dom::children(tree, marker).next().is_none() && !roots.contains(&marker) {
                let leading = self.marks(marker, None);
                u.marks.merge(leading);
                u.attached.push(marker);
            }
        }
        // So do the bars after its body up to the next story (share links, a permalink),
        // but not a bar that heads another story ("Up next: …") or an element leading it;
        // a bar holding a link labelled as the permalink is the story's, whatever of its
        // text reads like a headline ("posted @ 1:52 PM | link | comments").
        let headers: dom::NodeSet = units
            .iter()
            .flat_map(|u| u.attached.iter().copied())
            .collect();
        for u in units.iter_mut() {
            let mut next = dom::next_element_sibling(tree, u.root);
            for _ in 0..threshold::ATTACHED_HEADLINE_SIBLINGS {
                let Some(n) = next else { break };
                if roots.contains(&n)
                    || headers.contains(&n)
                    || self.prose.of(n) >= threshold::MIN_UNIT_PROSE_CHARS
                    || self.headline_in(n, true).is_some_and(|(_, rank)| {
                        rank <= threshold::MAX_RUN_HEAD_RANK || !holds_permalink_label(tree, n)
                    })
                {
                    break;
                }
                let trailing = self.marks(n, None);
                u.marks.merge(trailing);
                u.attached.push(n);
                next = dom::next_element_sibling(tree, n);
            }
        }
    }

    /// A headline, enough prose, outside page chrome: a story if it also carries a
    /// story's marks and is not a listing of teasers.
    fn may_be_story(&self, u: &Unit) -> bool {
        u.headline.is_some()
            && u.prose >= threshold::MIN_STORY_PROSE_CHARS
            && !self.is_chrome(u.root)
    }

    /// Page chrome by the unit's own tag and class/id words (never its ancestors'), unless
    /// the unit is a layout wrapper whose main part names none.
    fn is_chrome(&self, id: NodeId) -> bool {
        match self.chrome_named(id) {
            None => false,
            Some(Chrome::Role) => true,
            // A layout wrapper named only for the column beside its main part
            // (`l-sidebar-fixed` around a body and an `l-col__sidebar`) is not chrome: one
            // child holds most of its prose and names no chrome, another carries the word
            // it is named by.
            Some(Chrome::Layout) => {
                let named = self.layout_words(id);
                if !named.iter().all(|w| words::SIDE_COLUMN_WORDS.contains(w)) {
                    return true;
                }
                let children: Vec<NodeId> = dom::element_children(self.tree, id).collect();
                let main = children.iter().any(|&c| {
                    self.prose.of(c) as f64
                        >= self.prose.of(id) as f64 * threshold::WRAPPED_PROSE_SHARE
                        && self.chrome_named(c).is_none()
                });
                let beside = children
                    .iter()
                    .any(|&c| self.layout_words(c).iter().any(|w| named.contains(w)));
                !(main && beside)
            }
        }
    }

    /// The chrome words of the page's layout in the element's class/id words.
    fn layout_words(&self, id: NodeId) -> Vec<&'static str> {
        voc::UNLIKELY.occurring_in(&self.role_words(id))
    }

    /// The element's class and id words, lowercased, without those naming its topic.
    fn role_words(&self, id: NodeId) -> String {
        let tree = self.tree;
        let classes = dom::attr(tree, id, "class").unwrap_or_default();
        let mut lower: String = classes
            .split_ascii_whitespace()
            .map(str::to_lowercase)
            .filter(|t| !words::TOPIC_CLASS_MARKS.iter().any(|m| t.contains(m)))
            .collect::<Vec<_>>()
            .join(" ");
        lower.push(' ');
        lower.push_str(&dom::attr(tree, id, "id").unwrap_or_default().to_lowercase());
        lower
    }

    /// What the element's own tag or class/id words say of it as page chrome. An element
    /// marked as an entry by a microformat is a story whatever else it says, and class
    /// words naming its topic (`category-social`, `tag-reviews`) are not its role.
    fn chrome_named(&self, id: NodeId) -> Option<Chrome> {
        let tree = self.tree;
        if dom::tag_in(tree, id, words::NOT_A_STORY_TAGS) {
            return Some(Chrome::Role);
        }
        let classes = dom::attr(tree, id, "class").unwrap_or_default();
        if classes
            .split_ascii_whitespace()
            .any(|t| words::ENTRY_MICROFORMATS.contains(&t.to_lowercase().as_str()))
        {
            return None;
        }
        let lower = self.role_words(id);
        if words::NOT_A_STORY.matches(&lower) && !names_an_article(classes) {
            Some(Chrome::Role)
        } else if voc::UNLIKELY.matches(&lower) && !voc::MAYBE_CANDIDATE.matches(&lower) {
            Some(Chrome::Layout)
        } else {
            None
        }
    }

    /// The largest set of story-like units sharing a template (indices into `units`, in
    /// order), when it has two members or more.
    fn template_group(&self, units: &[Unit]) -> Option<Vec<usize>> {
        let likes: Vec<usize> = (0..units.len()).filter(|&i| units[i].story_like).collect();
        let shapes: Vec<Template> = units
            .iter()
            .map(|u| Template::of(self.tree, u.root))
            .collect();
        likes
            .iter()
            .map(|&seed| {
                likes
                    .iter()
                    .copied()
                    .filter(|&i| shapes[i].matches(&shapes[seed]))
                    .collect::<Vec<usize>>()
            })
            .max_by_key(Vec::len)
            .filter(|g| g.len() >= 2)
    }

    /// Whether a unit's headline links to the current address itself (not to a part of
    /// it by a `#fragment`): the page is one of the stories, so a title above them is
    /// not an article's own (a briefing page whose items are stories of their own).
    fn headline_names_the_page(&self, units: &[&Unit]) -> bool {
        let tree = self.tree;
        let Some(page) = self.current.and_then(|b| url_key(b.as_str(), None)) else {
            return false;
        };
        units.iter().filter_map(|u| u.headline).any(|h| {
            headline_hrefs(tree, h).any(|href| {
                !href.contains('#') && url_key(href, self.base).is_some_and(|k| k == page)
            })
        })
    }

    /// The key of the current address (see [`url_key`]), unless it is a site's front page
    /// (no path): an article's address has one.
    fn article_address_key(&self) -> Option<String> {
        self.current
            .and_then(|c| url_key(c.as_str(), None))
            .filter(|k| k.contains('/'))
    }

    /// Whether two units or more name addresses under the page's own (`…/story/slide/2`):
    /// the slides or parts of the page, not stories of their own. A site's front page
    /// (its address has no path) is no article: every page of the site is under it.
    fn under_the_page(&self, units: &[&Unit]) -> bool {
        let Some(page) = self.article_address_key() else {
            return false;
        };
        let prefix = format!("{page}/");
        units
            .iter()
            .filter(|u| u.marks.urls.iter().any(|k| k.starts_with(&prefix)))
            .count()
            >= 2
    }

    /// Whether two units or more link to the current address at a fragment of it
    /// (`…/live-updates#post-9`: a live blog's posts, a Q&A's answers, each shared by its
    /// anchor): the page's parts, not stories of their own. A site's front page is no
    /// article (see [`Finder::under_the_page`]).
    fn parts_of_the_page(&self, units: &[&Unit]) -> bool {
        let tree = self.tree;
        let Some(page) = self.article_address_key() else {
            return false;
        };
        let links_to_a_part = |u: &&&Unit| {
            std::iter::once(u.root)
                .chain(u.run.iter().copied())
                .chain(u.attached.iter().copied())
                .filter_map(|id| tree.get(id))
                .flat_map(dom::descendants)
                .filter_map(|d| d.value().as_element())
                .filter_map(|e| dom::elem_attr(e, "href"))
                .any(|href| {
                    href.split_once('#').is_some_and(|(_, f)| !f.is_empty())
                        && url_key(href, self.base).is_some_and(|k| k == page)
                })
        };
        units.iter().filter(links_to_a_part).count() >= 2
    }

    /// An article's own title above the units (in their container or its near
    /// wrappers, before the first unit, and no unit's headline): the units are its parts.
    /// A copy of the units' template with a story's prose before them is a story with
    /// its own headline (the page's, before the wrapper of the appended ones), not a
    /// title above them.
    fn has_outer_title(&self, parent: NodeId, units: &[Unit], template: &Template) -> bool {
        let tree = self.tree;
        let Some(first) = units.first() else {
            return false;
        };
        let claimed: dom::NodeSet = units.iter().filter_map(|u| u.headline).collect();
        let any_h1 = units
            .iter()
            .filter_map(|u| u.headline)
            .any(|h| dom::is_tag(tree, h, "h1"));
        let mut level = first.attached.first().copied().unwrap_or(first.root);
        let mut container = parent;
        for depth in 0.. {
            // An `<h1>` counts only near the units; a heading that repeats the page's
            // title counts up to `<body>`.
            let near = depth <= threshold::OUTER_TITLE_LEVELS;
            // `level` is the child of `container` on the way to the first unit.
            while dom::parent(tree, level).is_some_and(|p| p != container) {
                let Some(p) = dom::parent(tree, level) else {
                    break;
                };
                level = p;
            }
            let mut sibling = dom::prev_element_sibling(tree, level);
            while let Some(s) = sibling {
                let story_copy = depth > 0
                    && self.prose.of(s) >= threshold::MIN_STORY_PROSE_CHARS
                    && is_container(tree, s)
                    && Template::of(tree, s).matches(template);
                if !story_copy && self.is_outer_title_in(s, &claimed, near && !any_h1) {
                    return true;
                }
                sibling = dom::prev_element_sibling(tree, s);
            }
            match dom::parent(tree, container) {
                Some(p) if dom::is_element(tree, p) && !dom::tag_in(tree, container, &["body"]) => {
                    level = container;
                    container = p;
                }
                _ => break,
            }
        }
        false
    }

    fn is_outer_title_in(&self, id: NodeId, claimed: &dom::NodeSet, h1_is_title: bool) -> bool {
        let tree = self.tree;
        // A `<header>` before the units is the article's when its heading repeats the
        // page's title; other chrome holds no title of theirs.
        let header = dom::is_tag(tree, id, "header");
        if !header && dom::tag_in(tree, id, words::STORY_NEVER_INSIDE) {
            return false;
        }
        let h1_is_title = h1_is_title && !header;
        let headings = std::iter::once(id)
            .filter(|&i| dom::tag_in(tree, i, voc::HEADING_TAGS))
            .chain(dom::descendants_with_tags(tree, id, voc::HEADING_TAGS));
        headings.filter(|h| !claimed.contains(h)).any(|h| {
            let text = headline_text(tree, h);
            if text.is_empty() {
                return false;
            }
            // The heading says most of the title (a site name the title also
            // carries does not).
            let titled = !self.title.trim().is_empty()
                && measure::text_similarity(&text, self.title) > threshold::TITLE_SIMILARITY;
            titled || (h1_is_title && dom::is_tag(tree, h, "h1"))
        })
    }

    /// The best headline-like element in `root` (itself included when `outside`, for an
    /// element before a unit) before the first paragraph of prose, with its rank (lower
    /// is stronger).
    fn headline_in(&self, root: NodeId, outside: bool) -> Option<(NodeId, u8)> {
        let slot = usize::from(outside);
        if let Some(found) = self
            .seen
            .headlines
            .borrow()
            .get(&root)
            .and_then(|read| read[slot])
        {
            return found;
        }
        let found = self.headline_in_unseen(root, outside);
        self.seen.headlines.borrow_mut().entry(root).or_default()[slot] = Some(found);
        found
    }

    /// [`Finder::headline_in`] read from the tree.
    fn headline_in_unseen(&self, root: NodeId, outside: bool) -> Option<(NodeId, u8)> {
        let tree = self.tree;
        let mut best: Option<(NodeId, u8)> = None;
        // Whether a table (one the walk read into: a layout table) lies between `id` and
        // `root`.
        let in_layout_table = |id: NodeId| {
            let mut up = dom::parent(tree, id);
            while let Some(a) = up.filter(|&a| a != root) {
                if dom::is_tag(tree, a, "table") {
                    return true;
                }
                up = dom::parent(tree, a);
            }
            false
        };
        let mut node = if outside {
            Some(root)
        } else {
            dom::next_node_within(tree, root, false, root)
        };
        while let Some(id) = node {
            let tag = dom::tag(tree, id).unwrap_or_default();
            // A heading over a hero image (in its figure's caption) is still a headline;
            // a table that lays out the page is read as the blocks it holds, for a
            // headline as strong as a run's head (a line of text in a cell is none).
            let skipped = (words::NOT_PROSE_TAGS.contains(&tag)
                || words::HEADLINE_SKIP_TAGS.contains(&tag))
                && !(tag == "table" && is_layout_table_part(tree, id));
            if skipped && !(words::HERO_TAGS.contains(&tag) && has_heading(tree, id)) {
                node = dom::next_node_within(tree, id, true, root);
                continue;
            }
            let heading = voc::HEADING_TAGS.contains(&tag);
            if !heading && starts_prose(tree, id, tag) && !opens_with_emphasized_line(tree, id) {
                break;
            }
            // Outside a unit, a link around a heading ("Next article: <h2>…</h2>") is read
            // for the heading.
            if outside && tag == "a" && has_heading(tree, id) {
                node = dom::next_node_within(tree, id, false, root);
                continue;
            }
            if let Some(rank) = self
                .headline_rank(id, tag)
                .filter(|&rank| rank <= threshold::MAX_RUN_HEAD_RANK || !in_layout_table(id))
            {
                if best.is_none_or(|(_, r)| rank < r) {
                    best = Some((id, rank));
                }
                node = dom::next_node_within(tree, id, true, root);
                continue;
            }
            node = dom::next_node_within(tree, id, false, root);
        }
        best
    }

    /// How strongly `id` looks like a story headline, if at all: heading tags by level,
    /// then ARIA headings and `itemprop=headline`, then title-like class words, then a
    /// headline-long link.
    fn headline_rank(&self, id: NodeId, tag: &str) -> Option<u8> {
        let tree = self.tree;
        let rank = if let Some(level) = voc::HEADING_TAGS.iter().position(|&h| h == tag) {
            level as u8 + 1
        } else if dom::attr(tree, id, "role") == Some("heading")
            || dom::attr(tree, id, "itemprop").is_some_and(|p| p.contains("headline"))
        {
            2
        } else if (measure::names_word(tree, id, &words::HEADLINE_TOKENS)
            || names_in_data(tree, id, &words::HEADLINE_TOKENS))
            && dom::descendants_with_tags(tree, id, voc::HEADING_TAGS).is_empty()
        {
            3
        } else if is_emphasized_line(tree, id)
            && !reads_as_date_line(tree, id)
            && has_words(
                &dom::inner_text(tree, id),
                threshold::MIN_EMPHASIZED_LINE_WORDS,
            )
        {
            if links_to_a_page(tree, id) || is_set_large(tree, id) {
                threshold::EMPHASIZED_LINK_RANK
            } else {
                threshold::EMPHASIZED_LINE_RANK
            }
        } else if tag == "a" && !measure::is_inline_in_prose(tree, id) {
            7
        } else if tag != "p"
            && own_text_chars(tree, id) >= threshold::MIN_HEADLINE_CHARS
            && !dom::element_children(tree, id).any(|c| !measure::is_phrasing(tree, c))
        {
            8
        } else {
            return None;
        };
        let mut rank = rank;
        let mut chars = dom::inner_text_len_capped(tree, id, threshold::MAX_HEADLINE_CHARS + 1);
        // A heading set as a wordmark image reads as its `alt`, weaker than any heading
        // of text (a logo or a series badge is set the same way).
        if chars == 0 && rank <= 3 {
            chars = image_title(tree, id).map_or(0, |t| t.chars().count());
            rank = threshold::IMAGE_HEADING_RANK;
        }
        if !(threshold::MIN_HEADLINE_CHARS..=threshold::MAX_HEADLINE_CHARS).contains(&chars) {
            return None;
        }
        // No element marked as a byline is a headline, nor one marked as a date unless
        // it ranks as a heading and does not read as a date (a blog's date header is
        // often an `<h2>`; a platform may class its titles `published`); a link or plain
        // text is one only when it reads like one.
        let weak = rank > 6;
        if (measure::names_word(tree, id, &words::DATE_TOKENS)
            && (weak || reads_as_date_heading(tree, id)))
            || voc::BYLINE.matches(&dom::match_string(tree, id))
        {
            return None;
        }
        if weak && !reads_like_headline(&dom::inner_text(tree, id)) {
            return None;
        }
        // A line labelling a link to another story ("Baca juga: <a>…</a>") is no headline.
        if is_related_label_line(tree, id) {
            return None;
        }
        Some(rank)
    }

    /// The marks of a story in `root`: a date, a byline, addresses of its own.
    fn marks(&self, root: NodeId, headline: Option<NodeId>) -> Marks {
        if let Some((_, marks)) = self
            .seen
            .marks
            .borrow()
            .get(&root)
            .filter(|(read_with, _)| *read_with == headline)
        {
            return marks.clone();
        }
        let marks = self.marks_unseen(root, headline);
        self.seen
            .marks
            .borrow_mut()
            .insert(root, (headline, marks.clone()));
        marks
    }

    /// [`Finder::marks`] read from the tree.
    fn marks_unseen(&self, root: NodeId, headline: Option<NodeId>) -> Marks {
        let tree = self.tree;
        let mut marks = Marks::default();
        let Some(node) = tree.get(root) else {
            return marks;
        };
        let mut match_buf = dom::MatchBuf::default();
        // The headline's words, read at the first link: a link spelling their start (a
        // breadcrumb's last crumb, `Saving Data Reducing the size of…`) is the story's.
        let mut headline_words: Option<Vec<String>> = None;
        // Date lines in plain text: a story has one or two (published, updated); more
        // date a list of items.
        let mut date_lines = 0;
        // Whether a heading other than the story's came before: a link labelled "Read
        // more" or "Permalink" after one is that heading's (a teaser of the next story
        // after this one's text).
        let mut other_heading = false;
        for d in dom::descendants(node) {
            let Some(e) = d.value().as_element() else {
                continue;
            };
            let tag = &*e.name.local;
            other_heading |= voc::HEADING_TAGS.contains(&tag)
                && !headline.is_some_and(|h| h == d.id() || dom::is_within(tree, d.id(), h));
            for (k, v) in e.attrs.iter() {
                let name = &*k.local;
                if name == "datetime" || (name == "itemprop" && v.contains("date")) {
                    marks.date = true;
                }
                // A permalink printed as text, not linked ("Permalink: https://…").
                if name == "class"
                    && tag != "a"
                    && measure::names_word(tree, d.id(), &words::PERMALINK_CLASS_TOKENS)
                {
                    if let Some(url) = printed_address(tree, d.id()) {
                        self.own_url(&url, &mut marks.urls);
                    }
                }
                if (name == "itemprop" && v.contains("author"))
                    || (name == "rel" && &**v == "author")
                {
                    marks.byline = true;
                }
                // An attribute's value without a slash (`true`, an id, a word) names no
                // page, whatever the attribute's name.
                let names_item = name == "itemprop"
                    && &**v == words::ITEM_URL_PROP
                    && self.in_article_item(d.id(), root);
                // A page's own-address `<meta>` inside a story (a client-rendered story
                // carries its `og:url`) names the story's.
                let names_item = names_item
                    || (tag == "meta"
                        && (name == "property" || name == "name")
                        && words::STORY_URL_METAS.contains(&&**v));
                let value = if names_item {
                    dom::elem_attr(e, "content")
                        .or_else(|| dom::elem_attr(e, "href"))
                        .unwrap_or_default()
                } else {
                    v
                };
                if (names_permalink(name) || names_widget_page(tag, name, v) || names_item)
                    && value.contains('/')
                {
                    self.own_url(value, &mut marks.urls);
                }
            }
            if tag == "time" {
                marks.date = true;
            }
            // A widget frame (a like or share button, a comments box) carries the story's
            // address as a parameter of its own (`like.php?href=…`).
            if words::WIDGET_FRAME_TAGS.contains(&tag) {
                if let Some(src) =
                    dom::elem_attr(e, "src").or_else(|| dom::elem_attr(e, "data-src"))
                {
                    let src = self
                        .base
                        .and_then(|b| b.join(src).ok())
                        .map_or_else(|| src.to_owned(), String::from);
                    for target in super::share_targets(&src, None) {
                        self.own_url(&target, &mut marks.urls);
                    }
                }
            }
            if tag == "a" {
                if let Some(href) = dom::elem_attr(e, "href") {
                    let in_headline = headline.is_some_and(|h| {
                        d.id() == h
                            || dom::is_within(tree, h, d.id())
                            || (dom::is_within(tree, d.id(), h) && covers_most_of(tree, d.id(), h))
                    });
                    // A share button linking to the page itself with a share parameter
                    // (`?share=twitter`), a permalink (`rel=bookmark`, a `permalink`
                    // class) and a link to the story's comments (`#respond`) carry the
                    // story's own address.
                    if in_headline
                        || is_self_share_link(href)
                        || self.is_permalink(d.id(), href)
                        || (!other_heading && reads_as_permalink(tree, d.id()))
                        || spells_headline_start(
                            tree,
                            d.id(),
                            headline_words.get_or_insert_with(|| {
                                headline.map_or_else(Vec::new, |h| {
                                    measure::lower_words(&headline_text(tree, h))
                                })
                            }),
                        )
                    {
                        self.own_url(href, &mut marks.urls);
                    }
                    for target in super::share_targets(href, self.base) {
                        self.own_url(&target, &mut marks.urls);
                    }
                }
            }
            if date_lines <= threshold::MAX_STORY_DATE_LINES && reads_as_date_line(tree, d.id()) {
                date_lines += 1;
            }
            if !marks.byline || !marks.date {
                let lower = match_buf.of(tree, d.id());
                if !lower.is_empty() {
                    marks.byline |= voc::BYLINE.matches(lower);
                    marks.date |= measure::names_word(tree, d.id(), &words::DATE_TOKENS)
                        && dom::inner_text_len_capped(
                            tree,
                            d.id(),
                            threshold::MAX_DATE_LINE_CHARS + 1,
                        ) <= threshold::MAX_DATE_LINE_CHARS;
                }
            }
        }
        marks.date |= (1..=threshold::MAX_STORY_DATE_LINES).contains(&date_lines);
        // A JSON-LD script inside the story declaring an article names its address.
        for (place, url) in self.placed_urls {
            if dom::is_within(tree, *place, root) {
                self.own_url(url, &mut marks.urls);
            }
        }
        marks
    }

    /// A link that is a story's permalink: marked `rel=bookmark` (HTML's permalink
    /// keyword), named so by a class word, around the story's date (named so by a class
    /// word, or holding a `<time>`), or leading to the story's comments.
    fn is_permalink(&self, link: NodeId, href: &str) -> bool {
        let tree = self.tree;
        dom::attr(tree, link, "rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|r| r.eq_ignore_ascii_case(words::PERMALINK_REL))
        }) || measure::names_word(tree, link, &words::PERMALINK_CLASS_TOKENS)
            || measure::names_word(tree, link, &words::DATE_TOKENS)
            || dom::has_descendant_with_tags(tree, link, &["time"])
            || href.split_once('#').is_some_and(|(page, fragment)| {
                !page.is_empty()
                    && words::COMMENTS_FRAGMENTS
                        .iter()
                        .any(|f| fragment.eq_ignore_ascii_case(f))
            })
    }

    /// Whether the nearest microdata item around `id` (up to `root`) is an article: its
    /// `itemprop=url` names the article's own address (a person's or a publisher's would
    /// not).
    fn in_article_item(&self, id: NodeId, root: NodeId) -> bool {
        let tree = self.tree;
        let mut node = Some(id);
        while let Some(n) = node {
            if dom::attr(tree, n, "itemscope").is_some() && n != id {
                return dom::attr(tree, n, "itemtype")
                    .is_some_and(|t| words::ARTICLE_ITEM_TYPES.iter().any(|a| t.contains(a)));
            }
            if n == root {
                break;
            }
            node = dom::parent(tree, n);
        }
        false
    }

    /// Adds the comparable key of `value` to `urls` when it names a page of this site.
    fn own_url(&self, value: &str, urls: &mut Vec<String>) {
        let Some(key) = url_key(value, self.base) else {
            return;
        };
        if let Some(host) = &self.site {
            if !key.starts_with(host.as_str()) {
                return;
            }
        }
        // An address with neither a path nor a query names a site, not a story (a
        // query alone names one: `/?p=2380`).
        if (!key.contains('/') && !key.contains('?')) || key.ends_with('/') {
            return;
        }
        if !urls.contains(&key) {
            urls.push(key);
        }
    }
}

/// Whether a link's label makes it its story's permalink: only "Read more" (a portal's
/// or a front page's way to the story's page) or a permalink's label.
fn reads_as_permalink(tree: &Tree, link: NodeId) -> bool {
    measure::short_label(tree, link)
        .is_some_and(|l| measure::is_read_more(&l) || words::PERMALINK_LABELS.contains(&l.as_str()))
}

/// Whether a link under `id` reads only a permalink's label ([`words::PERMALINK_LABELS`]):
/// a bar closing a post.
fn holds_permalink_label(tree: &Tree, id: NodeId) -> bool {
    dom::descendants_with_tags(tree, id, &["a"])
        .into_iter()
        .filter_map(|a| measure::short_label(tree, a))
        .any(|l| words::PERMALINK_LABELS.contains(&l.as_str()))
}

/// Whether the page shows the element, now or in its turn (a carousel's slide): a
/// single-page app's previous route, kept `hidden` for the way back, it does not.
fn is_shown(tree: &Tree, id: NodeId) -> bool {
    measure::is_probably_visible(tree, id) || measure::is_slide(tree, id)
}

/// Whether an attribute carries a story's own address: a permalink mark, or a custom
/// attribute (`data-*`, or one with a prefix such as `rel:link` or a share widget's
/// `st_url`; no HTML attribute has a `:` or `_`) named for an address (`data-url`,
/// `data-param-href`, `data-share-link`), not for a medium's source.
fn names_permalink(name: &str) -> bool {
    if words::PERMALINK_MARKS.contains(&name) {
        return true;
    }
    let custom = name
        .strip_prefix("data-")
        .or_else(|| name.split_once([':', '_']).map(|(_, rest)| rest));
    custom.is_some_and(|rest| {
        words::PERMALINK_NAME_WORDS.iter().any(|w| rest.contains(w))
            && !words::MEDIA_NAME_WORDS.iter().any(|w| rest.contains(w))
    })
}

/// Whether the element names an address in a permalink attribute of its own
/// ([`names_permalink`]): a post's wrapper naming its post.
fn names_own_address(tree: &Tree, id: NodeId) -> bool {
    dom::element(tree, id).is_some_and(|e| {
        e.attrs
            .iter()
            .any(|(k, v)| names_permalink(&k.local) && v.contains('/'))
    })
}

/// Whether a link carries a share parameter in its query (`?share=twitter`): a share
/// button of sites that share through their own pages.
fn is_self_share_link(href: &str) -> bool {
    let Some((_, query)) = href.split_once('?') else {
        return false;
    };
    query
        .split('&')
        .filter_map(|pair| pair.split('=').next())
        .any(|key| words::SHARE_PARAMS.contains(&key))
}

/// Whether a `data-src` names the page a widget is about: on an element that loads
/// nothing, an address of a page rather than a file.
fn names_widget_page(tag: &str, name: &str, value: &str) -> bool {
    if name != words::WIDGET_PAGE_ATTR || words::LOADING_TAGS.contains(&tag) {
        return false;
    }
    let path = value.split(['?', '#']).next().unwrap_or_default();
    let last = path.rsplit('/').next().unwrap_or_default();
    match last.rsplit_once('.') {
        None => true,
        Some((_, ext)) => words::PAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()),
    }
}

/// Whether a heading element lies inside `id`.
fn has_heading(tree: &Tree, id: NodeId) -> bool {
    dom::has_descendant_with_tags(tree, id, voc::HEADING_TAGS)
}

/// Whether a heading opens `id`: one among its first [`threshold::RUN_HEAD_NODES`] nodes
/// (a title section is small: a hero image, the headline, a byline and a date).
fn heads_with_heading(tree: &Tree, id: NodeId) -> bool {
    dom::has_descendant_with_tags_within(tree, id, voc::HEADING_TAGS, threshold::RUN_HEAD_NODES)
}

/// Whether `id`, a bold or big element ([`words::EMPHASIS_TAGS`]), is a line of its own:
/// it and the wrappers holding only it (a link, a font) stand between a block's start or
/// end, a `<br>` or a block element, with no text beside them.
fn is_emphasized_line(tree: &Tree, id: NodeId) -> bool {
    if !dom::tag_in(tree, id, words::EMPHASIS_TAGS) {
        return false;
    }
    let line = line_wrappers(tree, id).last().unwrap_or(id);
    let edge = |mut sibling: Option<NodeId>, next: fn(&Tree, NodeId) -> Option<NodeId>| {
        while let Some(s) = sibling {
            if !is_blank(tree, s) {
                return dom::is_tag(tree, s, "br")
                    || (dom::is_element(tree, s) && !measure::is_phrasing(tree, s));
            }
            sibling = next(tree, s);
        }
        true
    };
    edge(dom::prev_sibling(tree, line), dom::prev_sibling)
        && edge(dom::next_sibling(tree, line), dom::next_sibling)
}

/// Whether `id` sits on a line labelling a link to another story ("Baca juga: <a>…</a>",
/// "Read also - <a>…</a>"): in the block holding it, the text before the first link is a
/// label (at most [`threshold::MAX_LINK_LABEL_BYTES`]) opening with a related phrase
/// ([`voc::RELATED_PHRASES`]).
fn is_related_label_line(tree: &Tree, id: NodeId) -> bool {
    let mut line = id;
    while measure::is_phrasing(tree, line) {
        match dom::parent(tree, line) {
            Some(p) if dom::is_element(tree, p) => line = p,
            _ => break,
        }
    }
    let Some(node) = tree.get(line) else {
        return false;
    };
    let mut label = String::new();
    for d in node.descendants() {
        match d.value() {
            Node::Text(t) => {
                label.push_str(t);
                if label.trim().len() > threshold::MAX_LINK_LABEL_BYTES {
                    return false;
                }
            }
            Node::Element(e) if e.name() == "a" => {
                let label = label.trim_start().to_lowercase();
                return voc::RELATED_PHRASES.iter().any(|p| label.starts_with(p));
            }
            _ => {}
        }
    }
    false
}

/// `id` and the wrappers ([`words::LINE_WRAPPER_TAGS`]) around it holding nothing else,
/// innermost first.
fn line_wrappers(tree: &Tree, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::successors(Some(id), move |&line| {
        dom::parent(tree, line).filter(|&p| {
            dom::tag_in(tree, p, words::LINE_WRAPPER_TAGS)
                && !dom::children(tree, p).any(|c| c != line && !is_blank(tree, c))
        })
    })
}

/// Whether the bold line `id` is set in large type: it or a wrapper holding only it is a
/// `<big>` or a `<font size>` above the default (`+1`…, `4`…).
fn is_set_large(tree: &Tree, id: NodeId) -> bool {
    line_wrappers(tree, id).any(|n| {
        dom::is_tag(tree, n, "big")
            || dom::attr(tree, n, "size").is_some_and(|v| {
                let v = v.trim();
                v.starts_with('+')
                    || v.parse::<u8>()
                        .is_ok_and(|n| n > threshold::DEFAULT_FONT_SIZE)
            })
    })
}

/// Whether `id` opens with a bold line of its own ([`is_emphasized_line`]): its first
/// element, or the first of wrappers holding it, is one.
fn opens_with_emphasized_line(tree: &Tree, id: NodeId) -> bool {
    let mut node = id;
    for _ in 0..=threshold::MAX_LINE_WRAPPERS {
        if is_emphasized_line(tree, node) {
            return true;
        }
        let Some(first) = dom::children(tree, node).find(|&c| !is_blank(tree, c)) else {
            return false;
        };
        if !dom::tag_in(tree, first, words::EMPHASIS_TAGS)
            && !dom::tag_in(tree, first, words::LINE_WRAPPER_TAGS)
        {
            return false;
        }
        node = first;
    }
    false
}

/// A node with nothing to read: whitespace, a comment, an empty element (an anchor).
fn is_blank(tree: &Tree, id: NodeId) -> bool {
    match tree.get(id).map(|n| n.value()) {
        Some(Node::Text(t)) => t.trim().is_empty(),
        Some(Node::Element(e)) => {
            e.name.local != local_name!("br")
                && e.name.local != local_name!("img")
                && dom::children(tree, id).next().is_none()
        }
        _ => true,
    }
}

/// Whether the headline `id` is, holds or sits in a link to a page (not an in-page
/// anchor).
fn links_to_a_page(tree: &Tree, id: NodeId) -> bool {
    headline_hrefs(tree, id).any(|h| !h.trim().is_empty() && !h.starts_with('#'))
}

/// The `href`s of the links a headline is, holds or sits in.
fn headline_hrefs(tree: &Tree, id: NodeId) -> impl Iterator<Item = &str> + '_ {
    std::iter::once(id)
        .chain(dom::ancestors(tree, id, 0))
        .chain(dom::descendants_with_tags(tree, id, &["a"]))
        .filter(move |&a| dom::is_tag(tree, a, "a"))
        .filter_map(move |a| dom::attr(tree, a, "href"))
}

/// Whether `id` can be a unit of prose: an element holding blocks, not a paragraph,
/// list, data table or heading of its own. A table that lays out the page (and its
/// body and rows) holds blocks as a `<div>` does.
fn is_container(tree: &Tree, id: NodeId) -> bool {
    (!dom::tag_in(tree, id, words::NOT_UNIT_TAGS) || is_layout_table_part(tree, id))
        && dom::element_children(tree, id).any(|c| !measure::is_phrasing(tree, c))
}

/// Whether `id` is a table, table body or row of a table without a data table's
/// markup: no caption, header group or header cell of its own (its nested tables'
/// aside), and not marked as a grid.
fn is_layout_table_part(tree: &Tree, id: NodeId) -> bool {
    if !dom::tag_in(tree, id, words::LAYOUT_TABLE_PARTS) {
        return false;
    }
    let table = std::iter::once(id)
        .chain(dom::ancestors(tree, id, words::LAYOUT_TABLE_PARTS.len()))
        .find(|&a| dom::is_tag(tree, a, "table"));
    let Some(table) = table else {
        return false;
    };
    if dom::attr(tree, table, "role").is_some_and(|r| r != "presentation") {
        return false;
    }
    let sections = std::iter::once(table).chain(
        dom::element_children(tree, table)
            .filter(|&c| dom::tag_in(tree, c, words::LAYOUT_TABLE_PARTS)),
    );
    let mut rows = sections.flat_map(|s| {
        std::iter::once(s)
            .chain(dom::element_children(tree, s).filter(|&r| dom::is_tag(tree, r, "tr")))
    });
    !rows.any(|r| {
        dom::element_children(tree, r)
            .any(|c| dom::tag_in(tree, c, voc::DATA_TABLE_TAGS) || dom::is_tag(tree, c, "caption"))
    })
}

/// Whether the text of `link` is the first words of the headline (`headline`, lower-cased
/// words), [`threshold::MIN_HEADLINE_START_WORDS`] of them at least or the whole
/// headline: a breadcrumb's last crumb, the headline cut short with an ellipsis.
fn spells_headline_start(tree: &Tree, link: NodeId, headline: &[String]) -> bool {
    let wanted = headline.len().min(threshold::MIN_HEADLINE_START_WORDS);
    if wanted == 0
        || dom::inner_text_len_capped(tree, link, threshold::MAX_HEADLINE_START_CHARS + 1)
            > threshold::MAX_HEADLINE_START_CHARS
    {
        return false;
    }
    let words = measure::lower_words(&dom::inner_text(tree, link));
    words.len() >= wanted && headline.starts_with(&words)
}

/// Whether the text of `part` is most of the text of `whole` (a headline's link, not
/// an "edit" or "comments" link beside it); of a headline without text, whether `part`
/// holds its wordmark image.
fn covers_most_of(tree: &Tree, part: NodeId, whole: NodeId) -> bool {
    let total = dom::inner_text_len(tree, whole);
    if total == 0 {
        return image_title(tree, part).is_some();
    }
    dom::inner_text_len(tree, part) as f64 >= threshold::HEADLINE_LINK_SHARE * total as f64
}

/// The absolute address an element prints as its last word, when it holds no link.
fn printed_address(tree: &Tree, id: NodeId) -> Option<String> {
    if dom::has_descendant_with_tags(tree, id, &["a"]) {
        return None;
    }
    let text = dom::inner_text(tree, id);
    let last = text.split_whitespace().last()?;
    (last.starts_with("https://") || last.starts_with("http://")).then(|| last.to_owned())
}

/// A headline's text: its own, or the `alt` of the wordmark image it holds.
fn headline_text(tree: &Tree, h: NodeId) -> String {
    let text = dom::inner_text(tree, h);
    if !text.trim().is_empty() {
        return text;
    }
    image_title(tree, h).map(str::to_owned).unwrap_or(text)
}

/// The `alt` of the one image an element without text holds (a headline set as a
/// wordmark).
fn image_title(tree: &Tree, id: NodeId) -> Option<&str> {
    let mut images = dom::descendants_with_tags(tree, id, &["img"]).into_iter();
    let (Some(img), None) = (images.next(), images.next()) else {
        return None;
    };
    dom::attr(tree, img, "alt").filter(|a| !a.trim().is_empty())
}

/// Whether text reads like a headline: several words of letters (or, in scripts written
/// without spaces, enough letters), not opening as a byline does ("By …").
fn reads_like_headline(text: &str) -> bool {
    has_words(text, threshold::MIN_HEADLINE_WORDS)
}

/// Whether `text` has `min` words or more, or as many letters of a script written
/// without spaces, and does not open as a byline.
fn has_words(text: &str, min: usize) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    if words::BYLINE_OPENERS
        .iter()
        .any(|o| first.eq_ignore_ascii_case(o))
    {
        return false;
    }
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    let unspaced = text
        .chars()
        .filter(|c| c.is_alphabetic() && !c.is_ascii())
        .count();
    words >= min || unspaced >= threshold::MIN_HEADLINE_CHARS
}

/// Whether a heading's text may be a date: a date line, or a few words with a digit.
fn reads_as_date_heading(tree: &Tree, id: NodeId) -> bool {
    let text = dom::inner_text(tree, id);
    reads_as_date_line(tree, id)
        || (text.bytes().any(|b| b.is_ascii_digit())
            && text.split_whitespace().count() <= threshold::MAX_DATE_HEADING_WORDS)
}

/// Whether the text right under `id` is a date line: a year and a month by name ("Nov
/// 22, 2021", "1 December 2024") or a numeric date ("2021-11-22", "22.11.2021"), with
/// few other words ("Published on") and, after it, a time of day ("Wed, 01 May 2024
/// 10:30:00 -0400").
fn reads_as_date_line(tree: &Tree, id: NodeId) -> bool {
    let own_text = || dom::children(tree, id).filter_map(|c| dom::text_of(tree, c));
    // Every date line has a year: most elements are passed by without building a string.
    if !own_text().any(|t| t.bytes().any(|b| b.is_ascii_digit())) {
        return false;
    }
    let mut text = String::new();
    for t in own_text() {
        if text.len() + t.len() > threshold::MAX_DATE_LINE_CHARS {
            return false;
        }
        text.push_str(t);
        text.push(' ');
    }
    let is_year = |t: &str| {
        t.len() == 4
            && t.parse::<u32>()
                .is_ok_and(|y| threshold::DATE_LINE_YEARS.contains(&y))
    };
    let (mut year, mut month, mut numeric, mut words) = (false, false, false, 0);
    for token in text.split(|c: char| c.is_whitespace() || c == ',') {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric());
        if token.is_empty() {
            continue;
        }
        if token.chars().all(|c| c.is_ascii_digit()) {
            year |= is_year(token);
        } else if token.chars().all(|c| c.is_alphabetic()) {
            if words::MONTH_NAMES.contains(&token.to_lowercase().as_str()) {
                month = true;
            } else {
                words += 1;
            }
        } else if is_clock_time(token) {
            continue;
        } else {
            let parts: Vec<&str> = token.split(['-', '.', '/']).collect();
            let date = parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                && (is_year(parts[0]) || is_year(parts[2]));
            if !date {
                return false;
            }
            numeric = true;
        }
    }
    words <= threshold::MAX_DATE_LINE_WORDS && ((year && month) || numeric)
}

/// Whether a token is a time of day ("13:10", "13:10:00"), which a date line may carry
/// after its date (a mail archive's "Mon Jun 17 13:10:00 EDT 2024").
fn is_clock_time(token: &str) -> bool {
    let parts = token.split(words::CLOCK_TIME_SEPARATOR);
    threshold::CLOCK_TIME_PARTS.contains(&parts.clone().count())
        && parts
            .into_iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The characters of the text nodes right under `id`.
fn own_text_chars(tree: &Tree, id: NodeId) -> usize {
    dom::children(tree, id)
        .filter_map(|c| dom::text_of(tree, c))
        .map(|t| dom::trim(t).chars().count())
        .sum()
}

/// Whether one of the element's `data-*` attribute values names a word of `words`
/// (component names in markup generated by script frameworks: `data-testid=headline`).
fn names_in_data(tree: &Tree, id: NodeId, words: &voc::Words) -> bool {
    dom::element(tree, id).is_some_and(|e| {
        e.attrs.iter().any(|(k, v)| {
            k.local.starts_with("data-")
                && words.matches_ascii_folded(v)
                && v.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|t| words.list.iter().any(|w| t.eq_ignore_ascii_case(w)))
        })
    })
}

/// Whether prose starts at `id`: a paragraph, or an element with a paragraph's worth of
/// text of its own that reads as sentences (longer than a headline, or ending as a
/// sentence does). A link's text is never prose (however long the headline it holds),
/// nor is a paragraph that is one link.
fn starts_prose(tree: &Tree, id: NodeId, tag: &str) -> bool {
    if tag == "a" {
        return false;
    }
    if tag == "p" {
        return dom::inner_text_len_capped(tree, id, threshold::MIN_PROSE_START_CHARS)
            >= threshold::MIN_PROSE_START_CHARS
            && measure::block_stats(tree, id).link_density() < 1.0;
    }
    let chars = own_text_chars(tree, id);
    if chars < threshold::MIN_PROSE_START_CHARS {
        return false;
    }
    chars > threshold::MAX_HEADLINE_CHARS
        || dom::children(tree, id)
            .filter_map(|c| dom::text_of(tree, c))
            .filter(|t| !t.trim().is_empty())
            .last()
            .is_some_and(|t| t.trim_end().ends_with(words::SENTENCE_ENDS))
}

/// What marks a story: a date, a byline, addresses of its own.
#[derive(Default, Clone)]
struct Marks {
    date: bool,
    byline: bool,
    urls: Vec<String>,
}

impl Marks {
    fn any(&self) -> bool {
        self.date || self.byline || !self.urls.is_empty()
    }

    fn merge(&mut self, other: Marks) {
        self.date |= other.date;
        self.byline |= other.byline;
        for u in other.urls {
            if !self.urls.contains(&u) {
                self.urls.push(u);
            }
        }
    }
}

/// Whether the stories' headlines tell them apart: a headline repeated by two units
/// that name no page, or the same page, is one story's parts (or one author's posts in
/// a thread); repeated by units naming different pages (or only one naming any), it is
/// the template's fixed heading taken for theirs ("Related topics").
fn distinct_headlines(tree: &Tree, units: &[&Unit]) -> bool {
    let mut seen: Vec<(String, &[String])> = Vec::new();
    for u in units {
        let Some(h) = u.headline else { continue };
        let text = headline_text(tree, h).to_lowercase();
        let own = u.marks.urls.as_slice();
        let clash = seen.iter().any(|(t, o)| {
            *t == text && ((own.is_empty() && o.is_empty()) || own.iter().any(|k| o.contains(k)))
        });
        if clash {
            return false;
        }
        seen.push((text, own));
    }
    true
}

/// Whether the headlines number the units in order ("1. …", "2. …", "4 …"): the items of
/// a list article, not stories; or count them one by one after a word ("Page 2 of 3",
/// "Part 3", "Teil 4") and name no addresses of their own: the pages or parts of one
/// article printed whole.
fn numbers_its_parts(tree: &Tree, units: &[&Unit]) -> bool {
    let texts: Vec<String> = units
        .iter()
        .filter_map(|u| u.headline)
        .map(|h| headline_text(tree, h))
        .collect();
    let in_order = |numbers: &[u32], step: bool| {
        numbers.len() >= 2
            && numbers.len() * 2 >= units.len()
            && numbers
                .windows(2)
                .all(|w| if step { w[1] == w[0] + 1 } else { w[0] < w[1] })
    };
    let leading: Vec<u32> = texts
        .iter()
        .filter_map(|text| {
            let digits: String = text
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .collect();
    let counted: Vec<u32> = texts
        .iter()
        .filter_map(|text| {
            let mut words = text.split_whitespace();
            let label = words.next()?;
            let number: String = words
                .next()?
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            (label.chars().all(char::is_alphabetic)
                && text.split_whitespace().count() <= threshold::MAX_PART_LABEL_WORDS)
                .then(|| number.parse().ok())
                .flatten()
        })
        .collect();
    // A series' parts appended one by one, each with an address of its own, stay stories.
    in_order(&leading, false) || (in_order(&counted, true) && !distinct_own_urls(units))
}

/// Whether stories stand even under a title above them (the first story's, shown apart
/// from its body): with permalinks of their own, in their own markup, or each with a
/// byline. An article's sections carry neither.
fn independent(units: &[&Unit]) -> bool {
    distinct_own_urls(units) || units.iter().all(|u| u.marks.byline)
}

/// Whether two stories or more name, in their own markup, addresses of their own that no
/// other names.
fn distinct_own_urls(units: &[&Unit]) -> bool {
    units
        .iter()
        .enumerate()
        .filter(|(i, u)| {
            u.marks.urls[..u.inside_urls].iter().any(|k| {
                units
                    .iter()
                    .enumerate()
                    .all(|(j, o)| j == *i || !o.marks.urls.contains(k))
            })
        })
        .count()
        >= 2
}

/// The template of a unit: its tag and class words (digits dropped: ids and counters
/// vary between copies of one template; so do words naming a copy's place in the
/// list, `views-row-odd`, `item-first`, see [`words::PLACE_CLASS_WORDS`]).
struct Template {
    tag: String,
    classes: Vec<String>,
    /// The tags of the element's first levels (see [`skeleton`]), when every class word
    /// of the element is generated (see [`is_generated_class`]); else 0.
    skeleton: u64,
}

/// Two templates are the same by tag and class words: the skeleton only stands in for
/// class words that say nothing.
impl PartialEq for Template {
    fn eq(&self, other: &Template) -> bool {
        self.tag == other.tag && self.classes == other.classes
    }
}

impl Eq for Template {}

impl std::hash::Hash for Template {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.tag.hash(state);
        self.classes.hash(state);
    }
}

impl Template {
    fn of(tree: &Tree, id: NodeId) -> Template {
        let raw = dom::attr(tree, id, "class").unwrap_or_default();
        let mut classes: Vec<String> = raw
            .split_whitespace()
            .map(|c| {
                c.chars()
                    .filter(|ch| !ch.is_ascii_digit())
                    .collect::<String>()
            })
            .filter(|c| {
                !c.is_empty()
                    && !c
                        .rsplit(['-', '_'])
                        .next()
                        .is_some_and(|last| words::PLACE_CLASS_WORDS.contains(&last))
            })
            .collect();
        let order = super::sorted_indices(classes.len(), &|a, b| classes[a].cmp(&classes[b]));
        let mut sorted: Vec<String> = Vec::with_capacity(order.len());
        for i in order {
            if sorted.last() != Some(&classes[i]) {
                sorted.push(std::mem::take(&mut classes[i]));
            }
        }
        let classes = sorted;
        let generated = !classes.is_empty() && raw.split_whitespace().all(is_generated_class);
        Template {
            tag: dom::tag(tree, id).unwrap_or_default().to_string(),
            classes,
            skeleton: if generated { skeleton(tree, id) } else { 0 },
        }
    }

    /// Same tag, and enough class words in common (Jaccard index); or, when both carry
    /// only generated class words and share none (CSS-in-JS names generated per
    /// component instance), the same skeleton.
    fn matches(&self, other: &Template) -> bool {
        if self.tag != other.tag {
            return false;
        }
        let union = self.classes.len() + other.classes.len();
        if union == 0 {
            return true;
        }
        let shared = self
            .classes
            .iter()
            .filter(|c| other.classes.contains(c))
            .count();
        if shared == 0 && !self.classes.is_empty() && !other.classes.is_empty() {
            return self.skeleton != 0 && self.skeleton == other.skeleton;
        }
        shared as f64 / (union - shared) as f64 >= threshold::TEMPLATE_SHARED_CLASSES
    }
}

/// The tag of `id`, headings of any level as one (`h`): a template renders its first
/// copy's headline as an `<h1>`, the others' as `<h2>`s.
fn tag_kind(tree: &Tree, id: NodeId) -> &str {
    let tag = dom::tag(tree, id).unwrap_or_default();
    if voc::HEADING_TAGS.contains(&tag) {
        "h"
    } else {
        tag
    }
}

/// Whether a class word is one a CSS-in-JS library generated: a known prefix
/// ([`words::GENERATED_CLASS_PREFIXES`]) and a hash of at least
/// [`threshold::MIN_CLASS_HASH_CHARS`] letters and digits; or any name, a separator
/// ([`words::CLASS_PART_SEPARATORS`]) and such a hash mixing letters and digits.
fn is_generated_class(word: &str) -> bool {
    let is_hash = |hash: &str| {
        hash.len() >= threshold::MIN_CLASS_HASH_CHARS
            && hash.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    words::GENERATED_CLASS_PREFIXES
        .iter()
        .any(|p| word.strip_prefix(p).is_some_and(is_hash))
        || word
            .rsplit_once(words::CLASS_PART_SEPARATORS)
            .is_some_and(|(prefix, hash)| {
                !prefix.is_empty()
                    && is_hash(hash)
                    && hash.bytes().any(|b| b.is_ascii_digit())
                    && hash.bytes().any(|b| b.is_ascii_alphabetic())
            })
}

/// A hash of the tags of the elements of `id`'s first [`threshold::SKELETON_LEVELS`]
/// levels below it, in document order with their depth, headings of any level as one (a
/// component rendered first with an `<h1>`, then lower with an `<h2>`), the children of
/// an element with more than [`threshold::MAX_SKELETON_CHILDREN`] left out; 0 when the
/// element has fewer than [`threshold::MIN_SKELETON_ELEMENTS`] of them. Only the first
/// [`threshold::MAX_SKELETON_ELEMENTS`] are read.
fn skeleton(tree: &Tree, id: NodeId) -> u64 {
    // FNV-1a over depth and tag bytes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut count = 0;
    let mut stack: Vec<(NodeId, u8)> = Vec::with_capacity(threshold::MAX_SKELETON_ELEMENTS);
    let push_children = |stack: &mut Vec<(NodeId, u8)>, n: NodeId, depth: u8| {
        let start = stack.len();
        stack.extend(dom::element_children(tree, n).map(|c| (c, depth)));
        // A container of the story's own blocks (its body) differs from story to
        // story: only its tag counts.
        if stack.len() - start > threshold::MAX_SKELETON_CHILDREN {
            stack.truncate(start);
        }
        stack[start..].reverse();
    };
    stack.extend(dom::element_children(tree, id).map(|c| (c, 1)));
    stack.reverse();
    while let Some((n, depth)) = stack.pop() {
        if count == threshold::MAX_SKELETON_ELEMENTS {
            break;
        }
        count += 1;
        mix(&[depth]);
        mix(tag_kind(tree, n).as_bytes());
        if usize::from(depth) < threshold::SKELETON_LEVELS {
            push_children(&mut stack, n, depth + 1);
        }
    }
    if count < threshold::MIN_SKELETON_ELEMENTS {
        return 0;
    }
    hash
}

/// Whether the story's element carries, as its own id (`id`, `data-id`, `data-post-id`, …:
/// [`words::STORY_ID_ATTRIBUTES`], [`words::STORY_ID_DATA_SUFFIX`]), the last path segment
/// of the address `key` (a [`url_key`]), whole but for a page's file extension, of at least
/// [`threshold::MIN_ADDRESS_ID_CHARS`] characters.
pub(super) fn id_is_address(tree: &Tree, story: &Story, key: &str) -> bool {
    let path = key.split('?').next().unwrap_or(key);
    let last = path.rsplit('/').next().unwrap_or_default();
    // A page's file extension is not part of its id (`/2021/10/06/8328995.html`).
    let last = match last.rsplit_once('.') {
        Some((id, ext)) if words::PAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) => {
            id
        }
        _ => last,
    };
    // The host alone names no story.
    if !path.contains('/') || last.chars().count() < threshold::MIN_ADDRESS_ID_CHARS {
        return false;
    }
    let Some(element) = tree.get(story.root).and_then(|n| n.value().as_element()) else {
        return false;
    };
    element.attrs().any(|(name, value)| {
        let is_id = words::STORY_ID_ATTRIBUTES.contains(&name)
            || name
                .strip_prefix("data-")
                .is_some_and(|n| n.ends_with(words::STORY_ID_DATA_SUFFIX));
        is_id && value.trim().eq_ignore_ascii_case(last)
    })
}

/// Whether one of the story's own addresses is the address `key` (a [`url_key`]) under
/// another path prefix on the same host (`/s/channel/5529` and `/channel/5529`, `/amp/…`,
/// `/m/…`, `/print/…`: views of one page), the shorter path's last segment an id of at
/// least [`threshold::MIN_ADDRESS_ID_CHARS`] characters.
pub(super) fn own_address_nests(story: &Story, key: &str) -> bool {
    fn split(k: &str) -> Option<(&str, &str)> {
        k.find('/').map(|at| k.split_at(at))
    }
    let Some((host, path)) = split(key) else {
        return false;
    };
    story.own_urls.iter().any(|own| {
        let Some((own_host, own_path)) = split(own) else {
            return false;
        };
        let (short, long) = if own_path.len() < path.len() {
            (own_path, path)
        } else {
            (path, own_path)
        };
        let id = short.rsplit('/').next().unwrap_or_default();
        own_host == host
            && short != long
            && long.ends_with(short)
            && id.chars().count() >= threshold::MIN_ADDRESS_ID_CHARS
    })
}

#[cfg(test)]
mod tests {

    /// A stream whose head names no address: the region around the places naming the
    /// current address is read as at the page's own address (beside a copy of its template
    /// naming another address), not refused.
    #[test]
    fn a_region_names_the_address_of_a_page_whose_head_names_none() {
        let prose = "A sentence of the story that goes on for a while, with commas, and ends. ";
        let unit = |n: usize, paras: usize| {
            format!(
                "<div class=\"story-wrapper\"><div class=\"share-row\">\
                 <a href=\"https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example%2Fb%2F{n}\">Share</a></div>\
                 <div class=\"story-content\">{}</div></div>",
                format!("<p>{}</p>", prose.repeat(5)).repeat(paras)
            )
        };
        let html = format!(
            "<html><head><title>A page</title></head><body><div class=\"stream\">{}{}{}</div></body></html>",
            unit(1, 2),
            unit(2, 4),
            unit(3, 4)
        );
        let doc = scraper::Html::parse_document(&html);
        let body = dom::body(&doc.tree).expect("a body");
        let current = Url::parse("https://news.example/b/1").expect("an address");
        let story = anchored(&doc.tree, body, &current, &current, &[]).expect("a region");
        assert!(dom::inner_text(&doc.tree, story.root).contains("Share"));
        assert_eq!(dom::element_children(&doc.tree, story.root).count(), 2);
    }

    /// At the page's own address, a heading the slug spells that repeats the article's
    /// title in its text heads the first of its chunks, not a story: the next chunk of
    /// one class holds section headings but starts with paragraphs, no twin. The places
    /// naming the address are read instead, and the region is the whole wrapper.
    #[test]
    fn a_title_repeated_in_an_articles_first_chunk_does_not_cut_it_there() {
        let prose = "A sentence of the story that goes on for a while, with commas, and ends. ";
        let p = format!("<p>{}</p>", prose.repeat(4));
        let unit = |n: usize, title: &str| {
            let repeat = if n == 1 {
                format!("<h3>{title}</h3>")
            } else {
                String::new()
            };
            format!(
                "<div class=\"wrapper\" data-url=\"https://news.example/f/{n}-{slug}/\">\
                 <div class=\"title-xl\">{title}</div><div class=\"body\">\
                 <div class=\"prose\">{repeat}{p}{p}{p}</div><div class=\"card\">Card</div>\
                 <div class=\"prose\">{p}<h3>Later</h3>{p}</div><div class=\"card\">Card</div>\
                 <div class=\"prose\">{p}<h3>Last part</h3><p>The very end.</p>{p}</div>\
                 </div></div>",
                slug = title.to_lowercase().replace(' ', "-"),
            )
        };
        let html = format!(
            "<html><head><title>A page</title></head><body><div class=\"stream\">{}{}{}</div>\
             </body></html>",
            unit(1, "Harbour pier rebuilt before winter"),
            unit(2, "Orchestra finds a home"),
            unit(3, "Rescue team trains volunteers")
        );
        let doc = scraper::Html::parse_document(&html);
        let body = dom::body(&doc.tree).expect("a body");
        let current = Url::parse("https://news.example/f/1-harbour-pier-rebuilt-before-winter/")
            .expect("an address");
        let story = anchored(&doc.tree, body, &current, &current, &[]).expect("a region");
        let text = dom::inner_text(&doc.tree, story.root);
        assert!(text.contains("The very end."), "cut short: {text:?}");
        assert!(!text.contains("Orchestra"), "another story: {text:?}");
    }

    #[test]
    fn the_site_of_a_page_an_amp_cache_serves_is_the_publishers() {
        let page = |u: &str| Url::parse(u).ok();
        let cached = page("https://www-post--chronicle-example.cdn.ampproject.org/c/s/www.post-chronicle.example/2020/11/a-story/amp/");
        assert_eq!(
            site_host(cached.as_ref(), None).as_deref(),
            Some("post-chronicle.example")
        );
        let plain = page("https://WWW.Example.com/a/story");
        assert_eq!(
            site_host(plain.as_ref(), None).as_deref(),
            Some("example.com")
        );
        assert_eq!(
            site_host(None, plain.as_ref()).as_deref(),
            Some("example.com")
        );
    }

    use scraper::Html;

    use super::*;

    /// The stories `stories` finds on `html` at `url`: their headings.
    fn headings(html: &str, url: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let body = dom::body(&doc.tree).expect("a body");
        let base = Url::parse(url).ok();
        let meta = Metadata {
            title: String::new(),
            ..crate::metadata::read(&doc, base.as_ref())
        };
        stories(
            &doc.tree,
            body,
            &meta,
            base.as_ref(),
            base.as_ref(),
            fragment_target(&doc.tree, body, base.as_ref()),
            &measure(&doc.tree, body),
        )
        .into_iter()
        .map(|s| s.heading)
        .collect()
    }

    fn prose(n: usize) -> String {
        format!(
            "<p>Story {n} tells how the harbour authority rebuilt its oldest pier before the \
             winter storms, and what the fishermen who waited for it think of the work.</p>"
        )
        .repeat(4)
    }

    #[test]
    fn custom_attributes_named_for_an_address_carry_permalinks() {
        assert!(names_permalink("data-url"));
        assert!(names_permalink("data-share-link"));
        assert!(names_permalink("rel:link"));
        assert!(names_permalink("st_url"), "a share widget's address");
        assert!(!names_permalink("st_title"));
        assert!(names_permalink("data-permalink"));
        assert!(!names_permalink("data-src"), "a medium's source");
        assert!(!names_permalink("data-image-url"), "a medium's source");
        assert!(
            !names_permalink("href"),
            "an ordinary link is no permalink mark"
        );
        assert!(!names_permalink("class"));
    }

    #[test]
    fn a_widget_data_src_names_a_page_not_a_file() {
        assert!(names_widget_page(
            "div",
            "data-src",
            "https://a.example/news/story-1"
        ));
        assert!(names_widget_page(
            "div",
            "data-src",
            "/news/story-1.html?x=1"
        ));
        assert!(!names_widget_page("img", "data-src", "/news/story-1"));
        assert!(!names_widget_page("div", "data-src", "/img/photo.jpg"));
        assert!(!names_widget_page("div", "data-url", "/news/story-1"));
    }

    #[test]
    fn share_buttons_linking_to_the_page_itself_are_recognised() {
        assert!(is_self_share_link("https://a.example/story/?share=twitter"));
        assert!(is_self_share_link("/story?utm_source=x&shared=email"));
        assert!(!is_self_share_link("/story?page=2"));
        assert!(!is_self_share_link("/story"));
    }

    #[test]
    fn a_line_of_a_month_a_day_and_a_year_is_a_date_line() {
        let lines = [
            ("<p>Nov 22, 2021</p>", true),
            ("<p>Published on 1 December 2024</p>", true),
            ("<p>2021-11-22</p>", true),
            ("<p>22.11.2021 · 5 min read</p>", true),
            ("<p>May the best team win in 2024</p>", false),
            (
                "<p>The harbour authority announced in March 2024 a plan to rebuild it</p>",
                false,
            ),
            ("<p>1.5 million</p>", false),
            ("<p>March</p>", false),
        ];
        for (html, expected) in lines {
            let doc = Html::parse_fragment(html);
            let p = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["p"])[0];
            assert_eq!(reads_as_date_line(&doc.tree, p), expected, "{html}");
        }
    }

    #[test]
    fn a_date_line_may_carry_a_time_of_day() {
        let lines = [
            ("<p>Mon Jun 17 13:10:00 EDT 2024</p>", true),
            ("<p>Wed, 01 May 2024 10:30:00 -0400</p>", true),
            ("<p>May 1, 2024 10:30</p>", true),
            ("<p>May 1, 2024 10:30:00:12</p>", false),
            (
                "<p>Kickoff 10:30 in March 2024 at the harbour stadium</p>",
                false,
            ),
        ];
        for (html, expected) in lines {
            let doc = Html::parse_fragment(html);
            let p = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["p"])[0];
            assert_eq!(reads_as_date_line(&doc.tree, p), expected, "{html}");
        }
    }

    #[test]
    fn a_headline_reads_as_words() {
        assert!(reads_like_headline("Harbour pier to be rebuilt"));
        assert!(reads_like_headline("港口码头将在冬季前重建完成"));
        assert!(!reads_like_headline("12/05/2024"));
        assert!(!reads_like_headline("Read more"));
    }

    #[test]
    fn templates_match_on_tag_and_most_class_words_ignoring_digits() {
        let doc = Html::parse_document(
            "<div class=\"post post-12 hentry\"></div><div class=\"post post-7 hentry\"></div>\
             <div class=\"widget\"></div><section class=\"post post-3 hentry\"></section>",
        );
        let divs = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["div"]);
        let section = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["section"]);
        let t = |id| Template::of(&doc.tree, id);
        assert!(t(divs[0]).matches(&t(divs[1])));
        assert!(!t(divs[0]).matches(&t(divs[2])));
        assert!(!t(divs[0]).matches(&t(section[0])), "another tag");
    }

    #[test]
    fn templates_match_whichever_copy_is_shown_now() {
        // A slider marks the slide shown and the ones around it with state classes; a
        // wrapper named for what it holds (`infinite-scroll-next`) keeps its name.
        let doc = Html::parse_document(
            "<div class=\"swiper-slide swiper-slide-active\"></div><div class=\"swiper-slide swiper-slide-next\"></div>\
             <div class=\"slide is-selected\"></div><div class=\"slide\"></div>\
             <div class=\"infinite-scroll-next\"></div><div></div>",
        );
        let divs = dom::descendants_with_tags(&doc.tree, doc.tree.root().id(), &["div"]);
        let t = |id| Template::of(&doc.tree, id);
        assert!(t(divs[0]).matches(&t(divs[1])));
        assert!(t(divs[2]).matches(&t(divs[3])));
        assert!(!t(divs[4]).matches(&t(divs[5])));
    }

    #[test]
    fn appended_stories_with_permalinks_are_found() {
        let body: String = (1..=3)
            .map(|n| {
                format!(
                    "<div class=\"story\" data-url=\"https://a.example/news/story-{n}\">\
                     <h2>Pier story number {n} for the town</h2>{}</div>",
                    prose(n)
                )
            })
            .collect();
        let html = format!("<html><body><main>{body}</main></body></html>");
        assert_eq!(
            headings(&html, "https://a.example/news/story-1"),
            [
                "Pier story number 1 for the town",
                "Pier story number 2 for the town",
                "Pier story number 3 for the town"
            ]
        );
    }

    /// Stories whose only permalink is a `rel=bookmark` link, a `permalink` class, a
    /// link to their comments, or an article item's `itemprop=url`.
    #[test]
    fn permalinks_by_rel_class_comments_link_or_microdata_are_found() {
        let marks = [
            "<a rel=\"bookmark\" href=\"https://a.example/news/story-{n}\">May {n}</a>",
            "<a class=\"permalink\" href=\"https://a.example/news/story-{n}\"></a>",
            "<a href=\"https://a.example/news/story-{n}#respond\">Leave a comment</a>",
            "<meta itemprop=\"url\" content=\"https://a.example/news/story-{n}\">",
        ];
        for mark in marks {
            let body: String = (1..=3)
                .map(|n| {
                    format!(
                        "<div class=\"post\" itemscope itemtype=\"https://schema.org/BlogPosting\">\
                         <h2>Pier story number {n} for the town</h2>{}{}</div>",
                        prose(n),
                        mark.replace("{n}", &n.to_string())
                    )
                })
                .collect();
            let html = format!("<html><body><main>{body}</main></body></html>");
            assert_eq!(
                headings(&html, "https://a.example/news/story-2").len(),
                3,
                "{mark}"
            );
        }
    }

    #[test]
    fn a_person_s_url_is_no_story_permalink() {
        let body: String = (1..=3)
            .map(|n| {
                format!(
                    "<div class=\"post\"><h2>Pier story number {n} for the town</h2>{}\
                     <span itemscope itemtype=\"https://schema.org/Person\">\
                     <meta itemprop=\"url\" content=\"https://a.example/people/ana-{n}\"></span></div>",
                    prose(n)
                )
            })
            .collect();
        let html = format!("<html><body><main>{body}</main></body></html>");
        assert!(headings(&html, "https://a.example/news/story-2").is_empty());
    }

    #[test]
    fn a_layout_table_holds_blocks_as_a_div_does_and_a_data_table_does_not() {
        let doc = Html::parse_document(
            "<table id=l><tr><td><p>a</p></td></tr></table>\
             <table id=d><tr><th>Year</th></tr><tr><td><p>b</p></td></tr></table>",
        );
        let tree = &doc.tree;
        let table = |id: &str| dom::element_by_id(tree, tree.root().id(), id).expect("the table");
        assert!(is_container(tree, table("l")));
        assert!(!is_container(tree, table("d")));
        let row = dom::descendants_with_tags(tree, table("d"), &["tr"])[1];
        assert!(!is_container(tree, row));
    }

    #[test]
    fn an_article_s_sections_are_not_stories() {
        let sections: String = (1..=3)
            .map(|n| {
                format!(
                    "<section class=\"part\"><h2>Part {n} of the pier story</h2>{}</section>",
                    prose(n)
                )
            })
            .collect();
        let html = format!(
            "<html><body><article><h1>The pier story</h1>{sections}</article></body></html>"
        );
        assert!(headings(&html, "https://a.example/news/pier").is_empty());
    }

    /// An article's text in pages, each opening with a bold "read also" line linking
    /// another story: the lines are labels, not the pages' headlines.
    #[test]
    fn pages_opening_with_read_also_lines_are_not_stories() {
        for label in ["Baca juga:", "Read also -", "Lee también:"] {
            let pages: String = (1..=3)
                .map(|n| {
                    format!(
                        "<div class=\"read-content\"><p><strong>{label} <a \
                         href=\"https://a.example/news/other-{n}\">Other story number {n} \
                         about the town</a></strong></p>{}</div>",
                        prose(n)
                    )
                })
                .collect();
            let html = format!(
                "<html><body><article><h1>The pier story</h1>{pages}</article></body></html>"
            );
            assert!(
                headings(&html, "https://a.example/news/pier").is_empty(),
                "{label}"
            );
        }
    }
}
