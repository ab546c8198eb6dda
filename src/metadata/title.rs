//! Cleans the document `<title>` into the article's title the way Firefox reader view
//! (Readability.js `_getArticleTitle`) does: cut site names off at separators, handle
//! colons, fall back to the single `<h1>`, and keep the original when a cut goes too far.

use super::scan::Heading;
use super::text::{is_js_space, js_trim, js_word_count};

/// Characters that separate a title from a site name when surrounded by whitespace.
const SEPARATORS: &[char] = &[
    '|', '-', '\u{2013}', '\u{2014}', '\\', '/', '>', '\u{bb}', '\u{b7}', '\u{2022}',
];
/// Separators that signal a breadcrumb-like hierarchy rather than a site-name suffix.
const HIERARCHICAL_SEPARATORS: &[char] = &['\\', '/', '>', '\u{bb}'];
/// A cut leaving fewer words than this removes the first part instead.
const MIN_WORDS_AFTER_CUT: usize = 3;
/// More words than this before a colon means the colon is part of the title.
const MAX_WORDS_BEFORE_COLON: usize = 5;
/// Titles shorter (UTF-16 units) than this fall back to the single `<h1>`.
const MIN_TITLE_LEN: usize = 15;
/// Titles longer (UTF-16 units) than this fall back to the single `<h1>`.
const MAX_TITLE_LEN: usize = 150;
/// A cleaned title with at most this many words is suspicious and may be reverted.
const MAX_SHORT_TITLE_WORDS: usize = 4;

/// The cleaned title. `doc_title` is `document.title`; `headings` are the page's `<h1>`
/// and `<h2>` texts and `h1_count` the number of `<h1>` elements.
pub(super) fn clean(doc_title: &str, headings: &[Heading], h1_count: usize) -> String {
    let orig = js_trim(doc_title);
    let mut cur: String = orig.to_string();
    let mut hierarchical = false;

    let separators = spaced_separators(orig, SEPARATORS);
    if let Some(&(last, _)) = separators.last() {
        hierarchical = !spaced_separators(orig, HIERARCHICAL_SEPARATORS).is_empty();
        cur = orig[..last].to_string();
        if js_word_count(&cur) < MIN_WORDS_AFTER_CUT {
            cur = after_first_separator(orig).to_string();
        }
    } else if cur.contains(": ") {
        let matches_heading = headings.iter().any(|h| js_trim(&h.text) == js_trim(&cur));
        if let (false, Some(first_colon), Some(last_colon)) =
            (matches_heading, orig.find(':'), orig.rfind(':'))
        {
            cur = orig[last_colon + 1..].to_string();
            if js_word_count(&cur) < MIN_WORDS_AFTER_CUT {
                cur = orig[first_colon + 1..].to_string();
            } else if js_word_count(&orig[..first_colon]) > MAX_WORDS_BEFORE_COLON {
                cur = orig.to_string();
            }
        }
    } else {
        let len = cur.encode_utf16().count();
        if !(MIN_TITLE_LEN..=MAX_TITLE_LEN).contains(&len) {
            if let (1, Some(h1)) = (h1_count, headings.iter().find(|h| h.level == 1)) {
                cur = inner_text(&h1.text);
            }
        }
    }

    cur = normalize_runs(js_trim(&cur));
    let words = js_word_count(&cur);
    if words <= MAX_SHORT_TITLE_WORDS
        && (!hierarchical
            || words + 1 != js_word_count(&remove_spaced_separators(orig, &separators)))
    {
        cur = orig.to_string();
    }
    cur
}

/// Start byte offsets and lengths of non-overlapping `\s[sep]\s` matches, left to right.
fn spaced_separators(s: &str, set: &[char]) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 2 < chars.len() {
        let (start, a) = chars[i];
        let (_, b) = chars[i + 1];
        let (third, c) = chars[i + 2];
        if is_js_space(a) && set.contains(&b) && is_js_space(c) {
            found.push((start, third + c.len_utf8() - start));
            i += 3;
        } else {
            i += 1;
        }
    }
    found
}

/// The title with everything up to and including the first separator character removed.
fn after_first_separator(s: &str) -> &str {
    match s.char_indices().find(|(_, c)| SEPARATORS.contains(c)) {
        Some((i, c)) => &s[i + c.len_utf8()..],
        None => s,
    }
}

/// The title with every spaced separator (as found by [`spaced_separators`]) removed.
fn remove_spaced_separators(s: &str, found: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    for &(start, len) in found {
        out.push_str(&s[pos..start]);
        pos = start + len;
    }
    out.push_str(&s[pos..]);
    out
}

/// Replaces every run of two or more whitespace characters with one space.
fn normalize_runs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.chars() {
        if is_js_space(c) {
            run.push(c);
            continue;
        }
        flush_run(&mut out, &mut run);
        out.push(c);
    }
    flush_run(&mut out, &mut run);
    out
}

fn flush_run(out: &mut String, run: &mut String) {
    if run.chars().count() >= 2 {
        out.push(' ');
    } else {
        out.push_str(run);
    }
    run.clear();
}

/// Readability's `_getInnerText`: trimmed text with whitespace runs normalised.
fn inner_text(s: &str) -> String {
    normalize_runs(js_trim(s))
}

/// Readability's `_textSimilarity` (one implementation for the whole crate).
pub(super) fn similarity(a: &str, b: &str) -> f64 {
    crate::measure::text_similarity(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(level: u8, text: &str) -> Heading {
        Heading {
            level,
            text: text.to_string(),
        }
    }

    fn c(title: &str) -> String {
        clean(title, &[], 0)
    }

    #[test]
    fn cuts_site_name_after_last_separator() {
        assert_eq!(
            c("Some Long Article Title Here | Site Name"),
            "Some Long Article Title Here"
        );
        assert_eq!(
            c("Lorem ipsum dolor sit amet \u{2013} My website"),
            "Lorem ipsum dolor sit amet"
        );
        assert_eq!(
            c("A real headline for once \u{2014} The Paper"),
            "A real headline for once"
        );
        assert_eq!(
            c("First part of it - second part - Site"),
            "First part of it - second part"
        );
        assert_eq!(
            c("Breaking: quite a long headline here \u{bb} News"),
            "Breaking: quite a long headline here"
        );
    }

    #[test]
    fn removes_first_part_when_cut_is_too_short() {
        assert_eq!(
            c("Site | The actual title of this article"),
            " The actual title of this article".trim()
        );
    }

    #[test]
    fn short_results_revert_to_original() {
        // Four words or fewer without hierarchical separators: keep the whole title.
        assert_eq!(c("Mozilla - Wikipedia"), "Mozilla - Wikipedia");
        assert_eq!(c("Get the thing | Code"), "Get the thing | Code");
        // A short hierarchical cut is kept only when it drops exactly one word once the
        // separators are removed.
        assert_eq!(
            c("Section / Short title here"),
            "Section / Short title here"
        );
        assert_eq!(c("a b / c d e"), "c d e");
    }

    #[test]
    fn colon_rules() {
        let t = "This is a long title with a colon: Hello there";
        assert_eq!(clean(t, &[h(1, "Something else")], 1), t);
        assert_eq!(
            c("Site: A title that is long enough"),
            "A title that is long enough"
        );
        assert_eq!(
            c("One two three four five six: rest of the title"),
            "One two three four five six: rest of the title"
        );
        let heading_match = "Topic: exactly the heading we want";
        assert_eq!(
            clean(
                heading_match,
                &[h(2, "  Topic: exactly the heading we want ")],
                0
            ),
            heading_match
        );
        assert_eq!(
            clean(heading_match, &[h(2, "Other")], 0),
            "exactly the heading we want"
        );
    }

    #[test]
    fn single_h1_replaces_short_or_long_titles() {
        assert_eq!(
            clean("Home", &[h(1, "  The  real\n headline of the page ")], 1),
            "The real headline of the page"
        );
        assert_eq!(clean("Home", &[h(1, "One"), h(1, "Two")], 2), "Home");
        let long = "word ".repeat(40);
        assert_eq!(
            clean(&long, &[h(1, "A short h1 headline here ok")], 1),
            "A short h1 headline here ok"
        );
    }

    #[test]
    fn empty_and_odd_titles_do_not_panic() {
        assert_eq!(c(""), "");
        assert_eq!(c(" - "), "-");
        assert_eq!(c(":"), ":");
        assert_eq!(c(": "), ":");
        assert_eq!(c("a | b | c"), "a | b | c");
        assert_eq!(c("\u{3000}|\u{3000}x"), "|\u{3000}x");
    }

    #[test]
    fn similarity_like_readability() {
        assert!((similarity("a b c", "a b c") - 1.0).abs() < 1e-9);
        assert_eq!(similarity("", "x"), 0.0);
        assert!(similarity("Hello World", "hello there") < 0.75);
    }
}
