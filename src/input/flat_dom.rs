//! Builds the pipeline's document tree from a browser document flattened by the JS glue
//! (`flattenDocument` in js/flatten.mjs): one DOM walk in JS and one string across the
//! boundary instead of serializing the page to HTML and parsing it again. The walk
//! reports what only a rendered page knows — whether the browser renders each element,
//! which image candidate it chose, what open shadow roots hold — and the rules here
//! decide what the tree keeps.
//!
//! The flat form is a sequence of fields separated by NUL (the glue replaces NUL inside
//! values): `E name ns rendered n (attr value)×n` opens an element (ns is empty for HTML,
//! `s` for SVG, `m` for MathML; rendered is `1` or `0`), `/` closes it, `T text` is a
//! text node, `D` the doctype. A closing `C n` counts the bytes of `T text` fields the walk
//! left out (the text of style sheets and of scripts that are code, which the tree never
//! keeps), so that the input limit weighs the form as if they were there.

use html5ever::{ns, Attribute, LocalName, Namespace, QualName};
use scraper::node::{Doctype, Element, Text};
use scraper::{Html, Node};

use super::words::live as voc;
use crate::{Error, Options};

/// The tree of `html` parsed by the browser (the build without an HTML parser of its
/// own). A runtime without `DOMParser` gives an empty tree; the JS entry refuses such
/// runtimes before calling in.
#[cfg(not(feature = "html-parser"))]
pub(crate) fn browser_parse(html: &str, fragment: bool) -> Html {
    crate::wasm::flatten::flatten_html(html, fragment)
        .ok()
        .and_then(|flat| unbounded_tree(&flat))
        .unwrap_or_else(|| {
            if fragment {
                Html::new_fragment()
            } else {
                Html::new_document()
            }
        })
}

/// Whether the tree leaves out what the browser does not render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rendering {
    /// Elements the browser does not render are left out.
    Honored,
    /// Every element is kept, as a parser would see the page.
    Ignored,
}

/// The order in which extraction from a live document tries them: what the reader sees,
/// then the whole page (a page whose scripts would reveal the article, read before they
/// ran, hides all of it).
pub(crate) const RENDERING_POLICIES: &[Rendering] = &[Rendering::Honored, Rendering::Ignored];

/// [`flat_tree`] without the caller's limits, for input the caller has already bounded.
pub(crate) fn unbounded_tree(flat: &str) -> Option<Html> {
    let unbounded = Options {
        max_input_bytes: usize::MAX,
        max_elements: usize::MAX,
        ..Options::default()
    };
    flat_tree(flat, &unbounded, Rendering::Honored)
        .ok()
        .map(|built| built.doc)
}

/// A tree built from the flat form.
pub(crate) struct FlatTree {
    pub doc: Html,
    /// Subtrees left out because the browser does not render them (0: ignoring
    /// rendering would build the same tree).
    pub unrendered: usize,
}

/// Separates the fields of the flat form.
pub(crate) const SEPARATOR: char = '\0';

/// The tree of a flattened document, without the subtrees that are never prose and, as
/// `rendering` says, the elements the browser does not render.
pub(crate) fn flat_tree(
    flat: &str,
    options: &Options,
    rendering: Rendering,
) -> Result<FlatTree, Error> {
    let (flat, left_out) = split_left_out(flat);
    let bytes = flat.len().saturating_add(left_out);
    if bytes > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes,
            limit: options.max_input_bytes,
        });
    }
    let mut doc = Html::new_document();
    let mut fields = Fields { rest: Some(flat) };
    // Open elements: their tree node, or None inside a subtree left out.
    let mut open: Vec<Option<ego_tree::NodeId>> = vec![Some(doc.tree.root().id())];
    let mut elements = 0usize;
    let mut unrendered = 0usize;
    // Where a part the page shows in its turn (a tab set's panel, a section hidden until
    // found) was opened: it and its subtree count as rendered (see
    // [`crate::vocabulary::shown_in_turn`]).
    let mut in_turn: Option<usize> = None;
    while let Some(kind) = fields.next() {
        let parent = open.last().copied().flatten();
        match kind {
            "E" => {
                let name = fields.next().unwrap_or_default();
                let namespace = namespace_of(fields.next().unwrap_or_default());
                let rendered = fields.next() != Some("0");
                let count: usize = fields.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                let mut attrs = Vec::with_capacity(count.min(64));
                for _ in 0..count {
                    let (Some(k), Some(v)) = (fields.next(), fields.next()) else {
                        break;
                    };
                    // The first ones, as the pre-scan keeps for the HTML parser: every
                    // stage that reads an attribute looks through the element's list.
                    if attrs.len() >= super::words::threshold::MAX_ATTRIBUTES {
                        continue;
                    }
                    attrs.push(Attribute {
                        name: QualName::new(None, ns!(), LocalName::from(k)),
                        value: v.into(),
                    });
                }
                if in_turn.is_none()
                    && attrs
                        .iter()
                        .any(|a| crate::vocabulary::shown_in_turn(&a.name.local, &a.value))
                {
                    in_turn = Some(open.len());
                }
                let rendered = rendered || in_turn.is_some();
                elements += 1;
                if elements > options.max_elements {
                    return Err(Error::TooManyElements {
                        elements,
                        limit: options.max_elements,
                    });
                }
                let kept = parent.filter(|_| match keeps(name, &namespace, rendered, &attrs) {
                    Keep::Always => true,
                    Keep::Never => false,
                    Keep::IfRendered if rendered => true,
                    Keep::IfRendered => {
                        unrendered += 1;
                        rendering == Rendering::Ignored
                    }
                });
                let id = kept.and_then(|p| {
                    let value = Element::new(QualName::new(None, namespace, name.into()), attrs);
                    doc.tree
                        .get_mut(p)
                        .map(|mut n| n.append(Node::Element(value)).id())
                });
                open.push(id);
            }
            "/" if open.len() > 1 => {
                open.pop();
                if in_turn.is_some_and(|depth| open.len() <= depth) {
                    in_turn = None;
                }
            }
            "T" => {
                let text = fields.next().unwrap_or_default();
                if let Some(mut p) = parent.and_then(|p| doc.tree.get_mut(p)) {
                    if !text.is_empty() {
                        p.append(Node::Text(Text { text: text.into() }));
                    }
                }
            }
            "D" => {
                if let Some(mut p) = parent.and_then(|p| doc.tree.get_mut(p)) {
                    p.append(Node::Doctype(Doctype {
                        name: "html".into(),
                        public_id: "".into(),
                        system_id: "".into(),
                    }));
                }
            }
            _ => {}
        }
    }
    Ok(FlatTree { doc, unrendered })
}

/// The fields of the flat form, as `flat.split(SEPARATOR)` gives them: most are a few
/// bytes long, and a byte search finds the separator sooner than a `char` pattern does.
struct Fields<'a> {
    /// What follows the last separator found; `None` once the last field was given.
    rest: Option<&'a str>,
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        // SEPARATOR is one byte in UTF-8, so the search cannot stop inside a character.
        match memchr::memchr(SEPARATOR as u8, rest.as_bytes()) {
            Some(at) => {
                self.rest = Some(&rest[at + 1..]);
                Some(&rest[..at])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The fields before a closing `C n`, and `n` (0 without one).
fn split_left_out(flat: &str) -> (&str, usize) {
    let mut last = flat.rsplitn(3, SEPARATOR);
    let (Some(count), Some("C")) = (last.next(), last.next()) else {
        return (flat, 0);
    };
    match count.parse() {
        Ok(n) => (last.next().unwrap_or_default(), n),
        Err(_) => (flat, 0),
    }
}

/// Whether an element (with its subtree) belongs in the tree.
enum Keep {
    Always,
    Never,
    /// Only when the browser renders it (or rendering is ignored).
    IfRendered,
}

fn keeps(name: &str, namespace: &Namespace, rendered: bool, attrs: &[Attribute]) -> Keep {
    if *namespace != ns!(html) {
        return Keep::Always;
    }
    let shadow_root = name == "template"
        && attrs
            .iter()
            .any(|a| crate::vocabulary::SHADOW_ROOT_ATTRS.contains(&&*a.name.local));
    if voc::SKIPPED_TAGS.contains(&name) && !shadow_root {
        return Keep::Never;
    }
    if name == "script" {
        let data = attrs.iter().any(|a| {
            &*a.name.local == "type"
                && voc::DATA_SCRIPT_TYPES.contains(&a.value.trim().to_ascii_lowercase().as_str())
        });
        return if data { Keep::Always } else { Keep::Never };
    }
    if rendered || voc::BOXLESS_TAGS.contains(&name) {
        Keep::Always
    } else {
        Keep::IfRendered
    }
}

fn namespace_of(code: &str) -> Namespace {
    match code {
        "s" => ns!(svg),
        "m" => ns!(mathml),
        _ => ns!(html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(fields: &[&str]) -> String {
        fields.join("\0")
    }

    fn html_of(doc: &Html) -> String {
        doc.root_element().html()
    }

    #[test]
    fn builds_elements_attributes_and_text_in_order() {
        let input = flat(&[
            "D", "E", "html", "", "1", "0", "E", "body", "", "1", "0", "E", "p", "", "1", "1",
            "class", "lede", "T", "Hello ", "E", "b", "", "1", "0", "T", "world", "/", "/", "/",
            "/",
        ]);
        let doc = flat_tree(&input, &Options::default(), Rendering::Honored)
            .expect("a tree")
            .doc;
        assert_eq!(
            html_of(&doc),
            r#"<html><body><p class="lede">Hello <b>world</b></p></body></html>"#
        );
    }

    #[test]
    fn keeps_the_first_attributes_up_to_the_cap() {
        let n = crate::input::words::threshold::MAX_ATTRIBUTES;
        let names: Vec<String> = (0..n + 10).map(|i| format!("a{i}")).collect();
        let count = names.len().to_string();
        let mut fields = vec!["E", "p", "", "1", count.as_str()];
        for name in &names {
            fields.extend([name.as_str(), "v"]);
        }
        fields.extend(["T", "text", "/"]);
        let doc = flat_tree(&flat(&fields), &Options::default(), Rendering::Honored)
            .expect("a tree")
            .doc;
        let p = doc
            .tree
            .values()
            .find_map(|n| n.as_element().filter(|e| e.name() == "p"));
        assert_eq!(p.map(|e| e.attrs().count()), Some(n));
        assert_eq!(p.and_then(|e| e.attr("a0")), Some("v"));
        assert!(html_of(&doc).contains(">text</p>"));
    }

    #[test]
    fn leaves_out_unrendered_elements_code_and_styles_but_keeps_data_scripts() {
        let input = flat(&[
            "E",
            "html",
            "",
            "1",
            "0",
            "E",
            "body",
            "",
            "1",
            "0",
            "E",
            "div",
            "",
            "0",
            "0",
            "T",
            "hidden menu",
            "/",
            "E",
            "br",
            "",
            "0",
            "0",
            "/",
            "E",
            "script",
            "",
            "1",
            "0",
            "T",
            "alert(1)",
            "/",
            "E",
            "script",
            "",
            "1",
            "1",
            "type",
            "application/ld+json",
            "T",
            "{}",
            "/",
            "E",
            "style",
            "",
            "1",
            "0",
            "T",
            "p{}",
            "/",
            "E",
            "svg",
            "s",
            "0",
            "0",
            "/",
            "E",
            "iframe",
            "",
            "1",
            "1",
            "src",
            "https://www.youtube.com/embed/x",
            "/",
            "/",
            "/",
        ]);
        let doc = flat_tree(&input, &Options::default(), Rendering::Honored)
            .expect("a tree")
            .doc;
        let html = html_of(&doc);
        assert!(!html.contains("hidden menu") && !html.contains("alert") && !html.contains("p{}"));
        assert!(html.contains("<br>") && html.contains("ld+json") && html.contains("<svg"));
        assert!(
            html.contains("<iframe"),
            "embeds reach the pipeline as from the parser"
        );
    }

    #[test]
    fn keeps_declarative_shadow_roots_and_drops_other_templates() {
        let input = flat(&[
            "E",
            "body",
            "",
            "1",
            "0",
            "E",
            "template",
            "",
            "1",
            "1",
            "shadowrootmode",
            "open",
            "E",
            "p",
            "",
            "1",
            "0",
            "T",
            "shown",
            "/",
            "/",
            "E",
            "template",
            "",
            "1",
            "0",
            "E",
            "p",
            "",
            "1",
            "0",
            "T",
            "inert",
            "/",
            "/",
            "/",
        ]);
        let doc = flat_tree(&input, &Options::default(), Rendering::Honored)
            .expect("a tree")
            .doc;
        let html = html_of(&doc);
        assert!(html.contains("shown"), "{html}");
        assert!(!html.contains("inert"), "{html}");
    }

    #[test]
    fn counts_elements_against_the_limit_and_refuses_oversized_input() {
        let many = flat(&["E", "div", "", "1", "0", "/", ""]).repeat(20);
        let options = Options {
            max_elements: 10,
            ..Options::default()
        };
        assert!(matches!(
            flat_tree(&many, &options, Rendering::Honored),
            Err(Error::TooManyElements { .. })
        ));
        let options = Options {
            max_input_bytes: 10,
            ..Options::default()
        };
        assert!(matches!(
            flat_tree(&many, &options, Rendering::Honored),
            Err(Error::InputTooLarge { .. })
        ));
    }

    #[test]
    fn text_the_walk_left_out_counts_against_the_limit_and_builds_nothing() {
        let whole = flat(&["E", "p", "", "1", "0", "T", "prose", "/"]);
        let counted = format!("{whole}\0C\0{}", 1000);
        let options = |max_input_bytes| Options {
            max_input_bytes,
            ..Options::default()
        };
        let limit = whole.len() + 1000;
        let built = flat_tree(&counted, &options(limit), Rendering::Honored).expect("a tree");
        assert_eq!(
            html_of(&built.doc),
            html_of(
                &flat_tree(&whole, &options(limit), Rendering::Honored)
                    .expect("a tree")
                    .doc
            )
        );
        assert!(matches!(
            flat_tree(&counted, &options(limit - 1), Rendering::Honored),
            Err(Error::InputTooLarge { bytes, .. }) if bytes == limit
        ));
        let text_c = flat(&["E", "p", "", "1", "0", "T", "C", "/"]);
        assert!(html_of(
            &flat_tree(&text_c, &options(100), Rendering::Honored)
                .expect("a tree")
                .doc
        )
        .contains(">C</p>"));
    }

    #[test]
    fn fields_are_those_of_a_split_on_the_separator() {
        let inputs = [
            "",
            "\0",
            "\0\0",
            "E",
            "E\0p\0\0\x31\0",
            "T\0caf\u{e9} \u{1f600} a longer text field of more than eight bytes\0/",
            "\0trailing\0",
        ];
        for input in inputs {
            let fields: Vec<&str> = Fields { rest: Some(input) }.collect();
            let split: Vec<&str> = input.split(SEPARATOR).collect();
            assert_eq!(fields, split, "{input:?}");
        }
    }

    #[test]
    fn malformed_input_gives_a_best_effort_tree() {
        let inputs: [&[&str]; 9] = [
            &["C"],
            &["C", "x"],
            &["C", "99999999999999999999999999"],
            &[""],
            &["E"],
            &["E", "p", "", "1", "999"],
            &["/", "/", "T"],
            &["", "", ""],
            &["E", "", "x", "y"],
        ];
        for input in inputs {
            let input = flat(input);
            assert!(
                flat_tree(&input, &Options::default(), Rendering::Honored).is_ok(),
                "{input:?}"
            );
        }
    }

    /// A page with the article under an element that is not rendered yet.
    fn hidden_article(article_rendered: &str) -> String {
        let paragraph = "Otters have been recorded breeding on every stretch of the river, \
            according to a survey published on Tuesday, and volunteers say the change came \
            faster than anyone expected after years of work on the water.";
        let mut fields = vec!["E", "html", "", "1", "0", "E", "body", "", "1", "0"];
        fields.extend([
            "E",
            "div",
            "",
            article_rendered,
            "0",
            "E",
            "article",
            "",
            "1",
            "0",
        ]);
        for _ in 0..4 {
            fields.extend(["E", "p", "", "1", "0", "T", paragraph, "/"]);
        }
        fields.extend([
            "/", "/", "E", "nav", "", "1", "0", "T", "Home", "/", "/", "/",
        ]);
        flat(&fields)
    }

    #[test]
    fn an_article_the_browser_does_not_render_yet_is_found_by_the_second_policy() {
        let article = crate::extract::extract_flat(&hidden_article("0"), &Options::default())
            .expect("the retry ignoring rendering finds it");
        assert!(article.text.contains("Otters have been recorded"));
        let honored = flat_tree(
            &hidden_article("0"),
            &Options::default(),
            Rendering::Honored,
        )
        .expect("a tree");
        assert!(
            !html_of(&honored.doc).contains("Otters"),
            "the first policy hides it"
        );
        assert_eq!(honored.unrendered, 1, "one hidden subtree left out");
        let shown = flat_tree(
            &hidden_article("1"),
            &Options::default(),
            Rendering::Honored,
        )
        .expect("a tree");
        assert_eq!(shown.unrendered, 0, "nothing for the second policy to add");
    }

    #[test]
    fn a_part_shown_in_its_turn_is_kept_with_its_subtree() {
        // The browser renders neither a tab panel waiting for its tab nor a section hidden
        // until found (a wiki's collapsed section), nor anything in them; they are part of
        // the page all the same. A hidden box beside them stays out.
        for attrs in [
            ["role", "tabpanel", "hidden", ""],
            ["hidden", "until-found", "class", "section"],
        ] {
            let mut fields = vec![
                "E", "html", "", "1", "0", "E", "body", "", "1", "0", "E", "div", "", "0", "2",
            ];
            fields.extend(attrs);
            fields.extend([
                "E", "p", "", "0", "0", "T", "Method", "/", "/", "E", "div", "", "0", "0", "E",
                "p", "", "0", "0", "T", "Menu", "/", "/", "/", "/",
            ]);
            let tree =
                flat_tree(&flat(&fields), &Options::default(), Rendering::Honored).expect("a tree");
            let html = html_of(&tree.doc);
            assert!(
                html.contains("<p>Method</p>") && !html.contains("Menu"),
                "{attrs:?}: {html}"
            );
        }
    }
}
