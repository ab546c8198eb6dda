//! Turns an extracted article into the formats people read: text, markdown, a reading view.

#[cfg(test)]
mod corpus_tests;
mod markdown;
mod text;
mod view;

pub(crate) use text::{block_text, Reading};
pub use view::{Font, Theme, ViewOptions};

use ego_tree::NodeId;
use scraper::{ElementRef, Node};

use crate::Article;

impl Article {
    /// The article as pretty-printed JSON (camelCase keys, as [`Article`] serializes).
    pub fn to_json(&self) -> String {
        // Serializing plain strings and numbers cannot fail; an empty object stands in
        // should serde_json ever disagree.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }
}

/// Elements whose content no renderer reads: scripts, styles, the document head, drawings,
/// embedded objects and form controls. Each renderer adds a few of its own.
const NEVER_RENDERED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "svg", "canvas", "select",
    "textarea", "button", "object", "embed",
];

/// Breaks the text and Markdown writers owe between blocks, as the newlines wanted before
/// the next text: a blank line (between paragraphs) or a new line.
const BLANK_LINE: u8 = 2;
const NEW_LINE: u8 = 1;

/// Whitespace as HTML defines it, which both writers collapse to one space outside `pre`.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}')
}

/// `text.split(is_html_space)` (empty words included), a byte at a time: the separators
/// are ASCII, so they never sit inside a character.
fn html_words(text: &str) -> impl Iterator<Item = &str> {
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let rest = &text.as_bytes()[from..];
        match rest.iter().position(|&b| is_html_space(char::from(b))) {
            Some(len) => {
                start = Some(from + len + 1);
                Some(&text[from..from + len])
            }
            None => {
                start = None;
                Some(&text[from..])
            }
        }
    })
}

fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The content's opening heading when it repeats the title (it is already written as
/// the document heading). Only looks as far as the first text.
fn duplicate_title_heading(root: ElementRef<'_>, title: &str) -> Option<NodeId> {
    let title = normalized(title);
    if title.is_empty() {
        return None;
    }
    for node in root.descendants() {
        match node.value() {
            Node::Text(t) if !t.trim().is_empty() => return None,
            Node::Element(el) if matches!(el.name(), "h1" | "h2") => {
                let text: String = node
                    .descendants()
                    .filter_map(|n| n.value().as_text().map(|t| &**t))
                    .collect();
                return (normalized(&text) == title).then(|| node.id());
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::Article;

    #[test]
    fn html_words_split_as_str_split_does() {
        for text in [
            "",
            " ",
            "one",
            " two  words\t",
            "\r\n\u{c}é\u{a0}中 \u{85}x\n",
            "a\u{b}b  ",
        ] {
            let words: Vec<&str> = super::html_words(text).collect();
            let split: Vec<&str> = text.split(super::is_html_space).collect();
            assert_eq!(words, split, "{text:?}");
        }
    }

    #[test]
    fn json_round_trips_with_camel_case_keys() {
        let a = Article {
            title: "T \"q\"".to_string(),
            site_name: Some("S".to_string()),
            word_count: 3,
            ..Article::default()
        };
        let json = a.to_json();
        assert!(json.contains("\"siteName\": \"S\""));
        assert!(json.contains("\"wordCount\": 3"));
        let back: Article = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, a);
    }
}
