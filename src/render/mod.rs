//! Turns an extracted article into the formats people read: text, markdown, a reading view.

#[cfg(test)]
mod corpus_tests;
mod markdown;
mod text;
mod view;

pub(crate) use text::{block_text, Reading};
pub use view::{Font, Theme, ViewOptions};

use crate::Article;

impl Article {
    /// The article as pretty-printed JSON (camelCase keys, as [`Article`] serializes).
    pub fn to_json(&self) -> String {
        // Serializing plain strings and numbers cannot fail; an empty object stands in
        // should serde_json ever disagree.
        serde_json::to_string_pretty(self).unwrap_or_else(|_| String::from("{}"))
    }
}

#[cfg(test)]
mod tests {
    use crate::Article;

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
