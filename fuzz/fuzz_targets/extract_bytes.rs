//! Fuzz target: `extract_bytes` on arbitrary bytes, the way a crawler hands a page over:
//! the first byte picks the `Content-Type` value and the override (none, or a label each),
//! the rest is the page. Panics, hangs and memory blow-ups in encoding sniffing and
//! decoding are the findings; a result must name the encoding it used.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plainview::{extract_bytes, is_probably_readable_bytes, Options};

/// `Content-Type` values: none, well-formed, odd and broken.
const CONTENT_TYPES: &[Option<&str>] = &[
    None,
    Some("text/html; charset=shift_jis"),
    Some("text/html; charset=utf-16be"),
    Some("text/html;charset=\"gb18030"),
    Some("text/html; charset=iso-2022-kr"),
    Some("charset=utf-8"),
    Some(" text/html ; charset = x ; charset=euc-kr"),
    Some("text/html; charset=\\"),
];

/// Override labels: none, and encodings with multi-byte or stateful decoders.
const OVERRIDES: &[Option<&str>] = &[None, Some("iso-2022-jp"), Some("big5"), Some("utf-16le")];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, page)) = data.split_first() else {
        return;
    };
    let content_type = CONTENT_TYPES[usize::from(pick) % CONTENT_TYPES.len()];
    let options = Options {
        url: Some("https://fuzz.example/news/story".into()),
        encoding: OVERRIDES[usize::from(pick >> 4) % OVERRIDES.len()].map(str::to_string),
        ..Options::default()
    };
    if let Ok(article) = extract_bytes(page, content_type, &options) {
        assert!(article.diagnostics.encoding.is_some());
        assert!(article.diagnostics.encoding_source.is_some());
    }
    let _ = is_probably_readable_bytes(page, content_type);
});
