//! Turns raw metadata strings into plain text: entity unescaping, whitespace rules that
//! match the JavaScript reference (`\s`, `trim`), collapsing and trimming.

/// Named entities unescaped in metadata values: Readability's five plus the ones pages
/// commonly double-escape into `content` attributes and JSON-LD strings.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("quot", '"'),
    ("amp", '&'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("nbsp", '\u{a0}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("hellip", '\u{2026}'),
];

/// Longest named entity in [`NAMED_ENTITIES`], bounding the look-ahead after `&`.
const MAX_ENTITY_NAME: usize = 6;

/// Longest run of digits read in a numeric character reference; longer runs are out of
/// range anyway and become U+FFFD.
const MAX_ENTITY_DIGITS: usize = 16;

/// Whitespace as JavaScript's `\s` and `String.prototype.trim` see it.
pub(super) fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// ASCII whitespace as HTML defines it (what `document.title` collapses).
fn is_ascii_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{c}' | '\r' | ' ')
}

/// `str.trim()` with JavaScript's whitespace set.
pub(super) fn js_trim(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

/// JavaScript's `str.split(/\s+/).length`: whitespace runs plus one.
pub(super) fn js_word_count(s: &str) -> usize {
    let mut count = 1;
    let mut in_space = false;
    for c in s.chars() {
        let space = is_js_space(c);
        if space && !in_space {
            count += 1;
        }
        in_space = space;
    }
    count
}

/// Collapses runs of ASCII whitespace to one space and trims JavaScript whitespace at
/// both ends. Non-breaking and other Unicode spaces inside the text are kept.
pub(super) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in js_trim(s).chars() {
        if is_ascii_space(c) {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Unescapes named entities from [`NAMED_ENTITIES`] and numeric character references
/// (`&#123;`, `&#x1F600;`); invalid code points become U+FFFD as an HTML parser would
/// make them. Anything else is left as written.
pub(super) fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        match parse_entity(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses the entity that follows an `&`; returns the character and the bytes used
/// (including the closing `;`).
fn parse_entity(after: &str) -> Option<(char, usize)> {
    if let Some(num) = after.strip_prefix('#') {
        let (hex, digits_start) = match num.as_bytes().first() {
            Some(b'x') | Some(b'X') => (true, 1),
            _ => (false, 0),
        };
        let digits = &num[digits_start..];
        let len = digits
            .bytes()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if len == 0 || digits.as_bytes().get(len) != Some(&b';') {
            return None;
        }
        let radix = if hex { 16 } else { 10 };
        let value = if len > MAX_ENTITY_DIGITS {
            None
        } else {
            u64::from_str_radix(&digits[..len], radix).ok()
        };
        let c = value
            .filter(|&v| v != 0 && v <= 0x10_ffff)
            .and_then(|v| u32::try_from(v).ok())
            .and_then(char::from_u32)
            .unwrap_or('\u{fffd}');
        return Some((c, 1 + digits_start + len + 1));
    }
    let name_len = after
        .bytes()
        .take(MAX_ENTITY_NAME + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if after.as_bytes().get(name_len) != Some(&b';') {
        return None;
    }
    let name = &after[..name_len];
    NAMED_ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| (c, name_len + 1))
}

/// A metadata value as callers get it: entities unescaped, whitespace collapsed; `None`
/// when nothing is left.
pub(super) fn plain(s: &str) -> Option<String> {
    let text = collapse(&unescape_entities(s));
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_like_readability() {
        assert_eq!(
            unescape_entities("&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0;"),
            "&#xg; \u{1F62D} \u{1F62D} \u{fffd} \u{fffd}"
        );
        assert_eq!(
            unescape_entities("Tom &amp; Jerry &quot;x&quot;"),
            "Tom & Jerry \"x\""
        );
        assert_eq!(
            unescape_entities("a &unknown; b & c &amp"),
            "a &unknown; b & c &amp"
        );
        assert_eq!(
            unescape_entities("&#55296;&#99999999999999999999;"),
            "\u{fffd}\u{fffd}"
        );
        assert_eq!(unescape_entities("it&rsquo;s"), "it\u{2019}s");
    }

    #[test]
    fn word_count_matches_js_split() {
        assert_eq!(js_word_count(""), 1);
        assert_eq!(js_word_count("one"), 1);
        assert_eq!(js_word_count("one two"), 2);
        assert_eq!(js_word_count(" one  two "), 4);
        assert_eq!(js_word_count("one\u{3000}two"), 2);
    }

    #[test]
    fn collapse_keeps_nbsp_inside() {
        assert_eq!(collapse("  a \n\t b\u{a0}c \u{a0}"), "a b\u{a0}c");
        assert_eq!(plain(" \n "), None);
    }
}
