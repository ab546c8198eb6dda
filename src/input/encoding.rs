//! Input stage for pages given as bytes: which encoding they are in, decided in the order
//! browsers decide it (the HTML Standard's encoding sniffing algorithm), and their text
//! decoded with `encoding_rs`, the decoder Firefox uses.
//!
//! The order, first answer wins:
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. the caller's override ([`crate::Options::encoding`]), as a browser's "Text
//!    Encoding" menu: it beats everything the page or the server says, but not a BOM;
//! 3. the `charset` parameter of the caller's `Content-Type` value (the HTTP header);
//! 4. the pre-scan of the first [`PRESCAN_BYTES`] bytes for `<meta charset>` or
//!    `<meta http-equiv=content-type content="…charset=…">`, then an XML declaration;
//! 5. the fallback: UTF-8 when the bytes are valid UTF-8 (a sequence cut short by the end
//!    of the input counts as valid: crawls truncate), else the guess of `chardetng`, the
//!    detector Firefox runs on undeclared pages, hinted by the top-level domain of the
//!    page's address as in Firefox (and never UTF-8, as in browsers).
//!
//! Labels are the WHATWG Encoding Standard's (`encoding_rs` holds the table): "latin1",
//! "iso-8859-1" and "us-ascii" all mean windows-1252, "sjis" means Shift_JIS. Bad bytes
//! decode to U+FFFD.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

use crate::{Error, Options};

/// How many bytes of the page the `<meta>` pre-scan reads, as the HTML Standard advises:
/// a declaration that does not end within them is not seen.
pub(crate) const PRESCAN_BYTES: usize = 1024;

/// Bytes the pre-scan skips between attributes (ASCII whitespace: HT, LF, FF, CR, SP).
const SPACE: &[u8] = b"\t\n\x0c\r ";

/// What decided the encoding, as `diagnostics.encodingSource` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Bom,
    Override,
    ContentType,
    Meta,
    XmlDeclaration,
    FallbackUtf8,
    FallbackDetected,
}

impl Source {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Source::Bom => "bom",
            Source::Override => "override",
            Source::ContentType => "content-type",
            Source::Meta => "meta",
            Source::XmlDeclaration => "xml-declaration",
            Source::FallbackUtf8 => "fallback-utf8",
            Source::FallbackDetected => "fallback-detected",
        }
    }
}

/// A page's text and where it came from.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    pub source: Source,
}

/// The encoding an override label names. Labels of the "replacement" encoding (ISO-2022-KR,
/// HZ-GB-2312, …: decoders that exist only to refuse a page) are refused as unknown.
pub(crate) fn override_encoding(label: &str) -> Result<&'static Encoding, Error> {
    Encoding::for_label_no_replacement(label.as_bytes())
        .ok_or_else(|| Error::UnknownEncoding(label.to_string()))
}

/// What the page's bytes come with, besides themselves.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context<'a> {
    /// The `Content-Type` value the page was served with.
    pub content_type: Option<&'a str>,
    /// The caller's override.
    pub forced: Option<&'static Encoding>,
    /// The top-level domain of the page's address (ASCII lowercase, no dot): the
    /// detector's hint at the page's language.
    pub tld: Option<&'a str>,
}

/// Decodes `bytes` as a browser would, after checking them against the caller's size limit
/// and override label.
pub(crate) fn decode_input<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
    options: &Options,
) -> Result<Decoded<'a>, Error> {
    let forced = options
        .encoding
        .as_deref()
        .map(override_encoding)
        .transpose()?;
    if bytes.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            bytes: bytes.len(),
            limit: options.max_input_bytes,
        });
    }
    let url = options.url.as_deref().and_then(|u| url::Url::parse(u).ok());
    let context = Context {
        content_type,
        forced,
        tld: url.as_ref().and_then(top_level_domain),
    };
    Ok(decode(bytes, context))
}

/// The rightmost label of a domain name (`jp` for `https://news.example.jp/`), when it is
/// one the detector takes: ASCII letters, digits and hyphens (Punycode for others).
fn top_level_domain(url: &url::Url) -> Option<&str> {
    let Some(url::Host::Domain(domain)) = url.host() else {
        return None;
    };
    let label = domain.rsplit('.').next()?;
    let fits = !label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    fits.then_some(label)
}

/// Picks the encoding (see the module's order) and decodes `bytes` with it.
pub(crate) fn decode<'a>(bytes: &'a [u8], context: Context) -> Decoded<'a> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        return Decoded {
            text: encoding.decode_without_bom_handling(&bytes[bom_length..]).0,
            encoding,
            source: Source::Bom,
        };
    }
    let (encoding, source) = sniff(bytes, context);
    Decoded {
        text: encoding.decode_without_bom_handling(bytes).0,
        encoding,
        source,
    }
}

/// Steps 2 to 5 of the module's order, for bytes without a BOM.
fn sniff(bytes: &[u8], context: Context) -> (&'static Encoding, Source) {
    if let Some(encoding) = context.forced {
        return (encoding, Source::Override);
    }
    if let Some(encoding) = context.content_type.and_then(content_type_charset) {
        return (encoding, Source::ContentType);
    }
    if let Some(found) = prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        return found;
    }
    if is_utf8(bytes) {
        return (UTF_8, Source::FallbackUtf8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let tld = context.tld.map(str::as_bytes);
    (detector.guess(tld, false), Source::FallbackDetected)
}

/// Valid UTF-8, or valid up to a sequence the end of the input cut short.
fn is_utf8(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// The encoding named by the `charset` parameter of a `Content-Type` value, parsed as the
/// MIME Sniffing Standard parses a MIME type: `text/html; charset="Shift_JIS"` names
/// Shift_JIS; a value that is not a MIME type (`charset=utf-8` alone) names none, nor does
/// an unknown label.
pub(crate) fn content_type_charset(value: &str) -> Option<&'static Encoding> {
    let is_http_space = |c: char| matches!(c, '\t' | '\n' | '\r' | ' ');
    let value = value.trim_matches(is_http_space);
    let (type_, rest) = value.split_once('/')?;
    let (subtype, mut params) = rest.split_once(';').unwrap_or((rest, ""));
    let subtype = subtype.trim_end_matches(is_http_space);
    if !is_token(type_) || !is_token(subtype) {
        return None;
    }
    // Parameters: `;`-separated `name=value`, values plain or quoted (with `\` escapes); the
    // first `charset` with a value counts.
    while !params.is_empty() {
        params = params.trim_start_matches(is_http_space);
        let name_end = params.find([';', '=']).unwrap_or(params.len());
        let name = &params[..name_end];
        params = &params[name_end..];
        if let Some(after) = params.strip_prefix(';') {
            params = after;
            continue;
        }
        let Some(after) = params.strip_prefix('=') else {
            break;
        };
        params = after;
        let value: Cow<str> = if let Some(quoted) = params.strip_prefix('"') {
            let (value, rest) = quoted_string(quoted);
            params = rest.split_once(';').map_or("", |(_, next)| next);
            Cow::Owned(value)
        } else {
            let end = params.find(';').unwrap_or(params.len());
            let value = params[..end].trim_end_matches(is_http_space);
            params = params.get(end + 1..).unwrap_or("");
            if value.is_empty() {
                continue;
            }
            Cow::Borrowed(value)
        };
        if name.eq_ignore_ascii_case("charset") {
            return Encoding::for_label(value.as_bytes());
        }
    }
    None
}

/// An HTTP token: one or more of the characters RFC 9110 allows in type and parameter names.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The value of a quoted string whose opening quote was just read, and what follows its
/// closing quote (an unterminated string runs to the end).
fn quoted_string(s: &str) -> (String, &str) {
    let mut value = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (value, &s[i + 1..]),
            '\\' => match chars.next() {
                Some((_, escaped)) => value.push(escaped),
                None => value.push('\\'),
            },
            _ => value.push(c),
        }
    }
    (value, "")
}

/// The HTML Standard's "prescan a byte stream to determine its encoding" over `bytes` (the
/// first [`PRESCAN_BYTES`] of the page): UTF-16 `<?x` openings, then `<meta>` declarations
/// outside comments, then, when the scan runs out of bytes with no answer, an XML
/// declaration. UTF-16 named in a `<meta>` means UTF-8 (a page that can state its
/// encoding in ASCII is not UTF-16), x-user-defined means windows-1252.
pub(crate) fn prescan(bytes: &[u8]) -> Option<(&'static Encoding, Source)> {
    if bytes.starts_with(b"<\0?\0x\0") {
        return Some((UTF_16LE, Source::XmlDeclaration));
    }
    if bytes.starts_with(b"\0<\0?\0x") {
        return Some((UTF_16BE, Source::XmlDeclaration));
    }
    if let Some(encoding) = (Scan { bytes, at: 0 }).meta() {
        let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
            UTF_8
        } else if encoding == X_USER_DEFINED {
            WINDOWS_1252
        } else {
            encoding
        };
        return Some((encoding, Source::Meta));
    }
    xml_declaration(bytes).map(|encoding| (encoding, Source::XmlDeclaration))
}

/// The pre-scan's position in its bytes. Every step returns `None` when it would read past
/// the end: the scan then stops without an answer.
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

/// One attribute as the pre-scan reads it: name and value ASCII-lowercased.
struct Attribute {
    name: Vec<u8>,
    value: Vec<u8>,
}

impl Scan<'_> {
    fn byte(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn rest(&self) -> &[u8] {
        self.bytes.get(self.at..).unwrap_or_default()
    }

    /// Moves to the first byte at or after the current one that is in `set`.
    fn advance_to(&mut self, set: &[u8]) -> Option<()> {
        let offset = self.rest().iter().position(|b| set.contains(b))?;
        self.at += offset;
        Some(())
    }

    /// The scan's loop: the encoding the first effective `<meta>` declares.
    fn meta(&mut self) -> Option<&'static Encoding> {
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            if rest.starts_with(b"<!--") {
                // To the `>` of the first `-->`; its dashes may be those of `<!--`.
                let end = rest[2..].windows(3).position(|w| w == b"-->")?;
                self.at += 2 + end + 2;
            } else if rest.len() > 5
                && rest[..5].eq_ignore_ascii_case(b"<meta")
                && (SPACE.contains(&rest[5]) || rest[5] == b'/')
            {
                self.at += 5;
                if let Some(encoding) = self.meta_attributes()? {
                    return Some(encoding);
                }
            } else if rest[0] == b'<'
                && (letter_at(rest, 1) || (rest.get(1) == Some(&b'/') && letter_at(rest, 2)))
            {
                // Any other tag: its attributes are read (a `>` inside a quoted value does
                // not end it) and ignored.
                self.advance_to(b"\t\n\x0c\r >")?;
                while self.attribute()?.is_some() {}
            } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?")
            {
                self.at += 1;
                self.advance_to(b">")?;
            }
            self.at += 1;
        }
    }

    /// A `<meta>` tag's attributes, from just after its name: `Some(None)` when it declares
    /// no usable encoding, `None` when the bytes ran out.
    fn meta_attributes(&mut self) -> Option<Option<&'static Encoding>> {
        let mut seen: Vec<Vec<u8>> = Vec::new();
        let mut got_pragma = false;
        // `None`: no declaration yet; `Some(true)`: from `content`, which needs the pragma.
        let mut need_pragma: Option<bool> = None;
        // `Some(None)`: a `charset` attribute naming no known encoding.
        let mut charset: Option<Option<&'static Encoding>> = None;
        while let Some(Attribute { name, value }) = self.attribute()? {
            if seen.contains(&name) {
                continue;
            }
            match name.as_slice() {
                b"http-equiv" => got_pragma |= value == b"content-type",
                b"content" => {
                    if let (None, Some(found)) = (charset, meta_content_charset(&value)) {
                        charset = Some(Some(found));
                        need_pragma = Some(true);
                    }
                }
                b"charset" => {
                    charset = Some(Encoding::for_label(&value));
                    need_pragma = Some(false);
                }
                _ => {}
            }
            seen.push(name);
        }
        Some(match need_pragma {
            None => None,
            Some(true) if !got_pragma => None,
            _ => charset.flatten(),
        })
    }

    /// The HTML Standard's "get an attribute": `Some(None)` at the tag's `>` (left there for
    /// the loop to step over), `None` when the bytes ran out.
    fn attribute(&mut self) -> Option<Option<Attribute>> {
        while SPACE.contains(&self.byte()?) || self.byte()? == b'/' {
            self.at += 1;
        }
        if self.byte()? == b'>' {
            return Some(None);
        }
        let mut attribute = Attribute {
            name: Vec::new(),
            value: Vec::new(),
        };
        // The name, up to `=`, a space, `/` or `>`.
        loop {
            let b = self.byte()?;
            if b == b'=' && !attribute.name.is_empty() {
                self.at += 1;
                break;
            }
            if SPACE.contains(&b) {
                while SPACE.contains(&self.byte()?) {
                    self.at += 1;
                }
                if self.byte()? != b'=' {
                    return Some(Some(attribute));
                }
                self.at += 1;
                break;
            }
            if b == b'/' || b == b'>' {
                return Some(Some(attribute));
            }
            attribute.name.push(b.to_ascii_lowercase());
            self.at += 1;
        }
        // The value: quoted, or up to a space or `>`.
        while SPACE.contains(&self.byte()?) {
            self.at += 1;
        }
        let first = self.byte()?;
        if first == b'"' || first == b'\'' {
            loop {
                self.at += 1;
                let b = self.byte()?;
                if b == first {
                    self.at += 1;
                    return Some(Some(attribute));
                }
                attribute.value.push(b.to_ascii_lowercase());
            }
        }
        if first == b'>' {
            return Some(Some(attribute));
        }
        loop {
            let b = self.byte()?;
            if SPACE.contains(&b) || b == b'>' {
                return Some(Some(attribute));
            }
            attribute.value.push(b.to_ascii_lowercase());
            self.at += 1;
        }
    }
}

/// Whether `bytes[i]` is an ASCII letter.
fn letter_at(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_alphabetic)
}

/// The HTML Standard's "extracting a character encoding from a meta element", on a
/// `content` value (`text/html; charset=koi8-r`).
fn meta_content_charset(content: &[u8]) -> Option<&'static Encoding> {
    const CHARSET: &[u8] = b"charset";
    let mut at = 0;
    loop {
        let found = content[at..]
            .windows(CHARSET.len())
            .position(|w| w.eq_ignore_ascii_case(CHARSET))?;
        at += found + CHARSET.len();
        while content.get(at).is_some_and(|b| SPACE.contains(b)) {
            at += 1;
        }
        if content.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        while content.get(at).is_some_and(|b| SPACE.contains(b)) {
            at += 1;
        }
        let rest = &content[at..];
        let label = match rest.first()? {
            &quote @ (b'"' | b'\'') => {
                let end = rest[1..].iter().position(|&b| b == quote)?;
                &rest[1..1 + end]
            }
            _ => {
                let end = rest
                    .iter()
                    .position(|b| SPACE.contains(b) || *b == b';')
                    .unwrap_or(rest.len());
                &rest[..end]
            }
        };
        return Encoding::for_label(label);
    }
}

/// The HTML Standard's "get an XML encoding": `<?xml … encoding="label"` at the very start.
/// UTF-16 named there means UTF-8, as in a `<meta>`.
fn xml_declaration(bytes: &[u8]) -> Option<&'static Encoding> {
    const ENCODING: &[u8] = b"encoding";
    if !bytes.starts_with(b"<?xml") || !bytes.contains(&b'>') {
        return None;
    }
    let mut at = bytes.windows(ENCODING.len()).position(|w| w == ENCODING)? + ENCODING.len();
    while bytes.get(at).is_some_and(|&b| b <= b' ') {
        at += 1;
    }
    if bytes.get(at) != Some(&b'=') {
        return None;
    }
    at += 1;
    while bytes.get(at).is_some_and(|&b| b <= b' ') {
        at += 1;
    }
    let quote = *bytes.get(at).filter(|b| matches!(b, b'"' | b'\''))?;
    let label = &bytes[at + 1..];
    let label = &label[..label.iter().position(|&b| b == quote)?];
    if label.iter().any(|&b| b <= b' ') {
        return None;
    }
    let encoding = Encoding::for_label(label)?;
    Some(if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else {
        encoding
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, EUC_KR, GBK, KOI8_R, SHIFT_JIS, WINDOWS_1251};

    fn meta(page: &str) -> Option<&'static Encoding> {
        prescan(page.as_bytes())
            .filter(|(_, source)| *source == Source::Meta)
            .map(|(encoding, _)| encoding)
    }

    #[test]
    fn meta_charset_in_its_spellings() {
        for page in [
            r#"<meta charset="shift_jis">"#,
            "<meta charset=Shift_JIS>",
            "<META CHARSET='sjis'>",
            "<meta/charset=shift_jis>",
            r#"<meta charset="shift_jis"/>"#,
            "<meta\ncharset = \"  shift_jis \" >",
            r#"<!doctype html><html><head><title>x</title><meta name=viewport content="width=device-width"><meta charset="x-sjis">"#,
        ] {
            assert_eq!(meta(page), Some(SHIFT_JIS), "{page}");
        }
    }

    #[test]
    fn http_equiv_needs_its_pragma_in_either_order() {
        for page in [
            r#"<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">"#,
            r#"<meta content="text/html;charset='koi8-r'" http-equiv=content-type>"#,
            r#"<meta content='text/html; charset = "KOI8-R"; x=y' http-equiv="CONTENT-TYPE">"#,
        ] {
            assert_eq!(meta(page), Some(KOI8_R), "{page}");
        }
        for page in [
            r#"<meta content="text/html; charset=koi8-r">"#,
            r#"<meta http-equiv="refresh" content="text/html; charset=koi8-r">"#,
            r#"<meta name="description" content="charset=koi8-r" http-equiv="x">"#,
            r#"<meta http-equiv="content-type" content="text/html; charset='koi8-r">"#,
            // Only the first `charset=` in `content` is read.
            r#"<meta content="charset=foo; charset=koi8-r" http-equiv="content-type">"#,
        ] {
            assert_eq!(meta(page), None, "{page}");
        }
    }

    #[test]
    fn the_first_usable_declaration_counts() {
        // A label that names no encoding, then a good one: the second meta is used.
        assert_eq!(
            meta(r#"<meta charset="klingon"><meta charset="gbk">"#),
            Some(GBK)
        );
        // Within one tag, a repeated attribute is ignored; `charset` beats `content`.
        assert_eq!(meta("<meta charset=big5 charset=gbk>"), Some(BIG5));
        assert_eq!(
            meta(
                r#"<meta http-equiv=content-type content="text/html; charset=gbk" charset=euc-kr>"#
            ),
            Some(EUC_KR)
        );
    }

    #[test]
    fn declarations_hidden_in_comments_and_attribute_values_are_skipped() {
        for page in [
            r#"<!-- <meta charset="gbk"> --><p>x</p>"#,
            r#"<!-- -- > <meta charset="gbk"> -- >"#,
            r#"<img alt='<meta charset="gbk">'>"#,
            r#"<div title="a > <meta charset=gbk>"></div>"#,
            r#"<meta-data charset="gbk">"#,
            r#"<metal charset="gbk">"#,
            "<meta charset=big5/>",           // the value is `big5/`, no label
            "<p>x</p><meta charset=gbk",      // the tag does not end within the bytes
            "<p title='x><meta charset=gbk>", // nor does the quoted value
        ] {
            assert_eq!(meta(page), None, "{page}");
        }
        // `<!-->` and `<!--->` are whole comments: what follows them is read.
        assert_eq!(meta(r#"<!--><meta charset="gbk">"#), Some(GBK));
        assert_eq!(meta(r#"<!---><meta charset="gbk">"#), Some(GBK));
        assert_eq!(meta(r#"<!--x--><meta charset="gbk">"#), Some(GBK));
        assert_eq!(
            meta(r#"</p><!doctype html><?php ?><meta charset="gbk">"#),
            Some(GBK)
        );
    }

    #[test]
    fn utf16_and_x_user_defined_in_meta_mean_utf8_and_windows_1252() {
        assert_eq!(meta(r#"<meta charset="utf-16">"#), Some(UTF_8));
        assert_eq!(meta(r#"<meta charset="utf-16be">"#), Some(UTF_8));
        assert_eq!(
            meta(r#"<meta charset="x-user-defined">"#),
            Some(WINDOWS_1252)
        );
    }

    #[test]
    fn xml_declarations() {
        assert_eq!(
            prescan(br#"<?xml version="1.0" encoding="windows-1251"?><html>"#),
            Some((WINDOWS_1251, Source::XmlDeclaration))
        );
        // A <meta> wins over the XML declaration.
        assert_eq!(
            prescan(br#"<?xml version="1.0" encoding="windows-1251"?><meta charset=gbk>"#),
            Some((GBK, Source::Meta))
        );
        assert_eq!(
            prescan(br#"<?xml encoding="utf-16"?>"#).map(|f| f.0),
            Some(UTF_8)
        );
        assert_eq!(prescan(br#" <?xml encoding="gbk"?>"#), None);
        assert_eq!(prescan(br#"<?xml encoding=gbk?>"#), None);
        assert_eq!(prescan(b"<\0?\0x\0m\0l\0").map(|f| f.0), Some(UTF_16LE));
        assert_eq!(prescan(b"\0<\0?\0x\0m\0l").map(|f| f.0), Some(UTF_16BE));
    }

    #[test]
    fn content_type_charset_as_mime_sniffing_parses_it() {
        for (value, expected) in [
            ("text/html; charset=Shift_JIS", Some(SHIFT_JIS)),
            ("text/html;charset=\"Shift_JIS\"", Some(SHIFT_JIS)),
            ("  TEXT/HTML ; Charset = x ; charset=sjis", Some(SHIFT_JIS)),
            (
                "text/html; foo=\"a;b\"; charset=\"sh\\ift_jis\"",
                Some(SHIFT_JIS),
            ),
            ("text/html; charset=gbk; charset=big5", Some(GBK)),
            ("text/html; charset=", None),
            ("text/html; charset=klingon", None),
            ("text/html", None),
            ("charset=gbk", None),
            ("text /html; charset=gbk", None),
            ("/html; charset=gbk", None),
            ("", None),
        ] {
            assert_eq!(content_type_charset(value), expected, "{value:?}");
        }
    }

    #[test]
    fn the_order_bom_then_override_then_content_type_then_meta_then_fallback() {
        let page = "\u{FEFF}<meta charset=gbk><p>x</p>";
        let sniffed = |bytes: &[u8], content_type, forced| {
            let d = decode(
                bytes,
                Context {
                    content_type,
                    forced,
                    tld: None,
                },
            );
            (d.encoding, d.source)
        };
        let bytes = page.as_bytes();
        let shift_jis = Some(SHIFT_JIS);
        assert_eq!(
            sniffed(bytes, Some("text/html; charset=big5"), shift_jis),
            (UTF_8, Source::Bom)
        );
        let bytes = &bytes[3..];
        assert_eq!(
            sniffed(bytes, Some("text/html; charset=big5"), shift_jis),
            (SHIFT_JIS, Source::Override)
        );
        assert_eq!(
            sniffed(bytes, Some("text/html; charset=big5"), None),
            (BIG5, Source::ContentType)
        );
        assert_eq!(
            sniffed(bytes, Some("text/html; charset=klingon"), None),
            (GBK, Source::Meta)
        );
        assert_eq!(
            sniffed(b"<p>caf\xc3\xa9", None, None),
            (UTF_8, Source::FallbackUtf8)
        );
        // Cut inside a character: still UTF-8.
        assert_eq!(
            sniffed(b"<p>caf\xc3", None, None),
            (UTF_8, Source::FallbackUtf8)
        );
        assert_eq!(
            sniffed(b"<p>caf\xe9 au lait", None, None),
            (WINDOWS_1252, Source::FallbackDetected)
        );
    }

    #[test]
    fn the_prescan_reads_1024_bytes() {
        let declared = |padding: usize| {
            let page = format!("<!--{}--><meta charset=gbk>", "x".repeat(padding));
            decode(page.as_bytes(), Context::default()).source
        };
        // `<!--`, padding, `-->`, then the 18-byte tag.
        assert_eq!(declared(PRESCAN_BYTES - 7 - 18), Source::Meta);
        assert_eq!(declared(PRESCAN_BYTES - 7 - 17), Source::FallbackUtf8);
    }

    #[test]
    fn the_detector_takes_the_address_as_a_hint() {
        // "ąśź" in ISO-8859-2, "бжь" in ISO-8859-5: too short to tell without the domain.
        let bytes = b"<p>\xb1\xb6\xbc</p>";
        let guess = |url: Option<&str>| {
            let options = Options {
                url: url.map(str::to_string),
                ..Options::default()
            };
            let decoded = decode_input(bytes, None, &options).expect("decoded");
            assert_eq!(decoded.source, Source::FallbackDetected);
            decoded.encoding.name()
        };
        assert_eq!(guess(Some("https://gazeta.example.pl/news")), "ISO-8859-2");
        assert_eq!(guess(None), "ISO-8859-5");
        for url in [
            "https://example.com./",
            "http://127.0.0.1/",
            "http://[::1]/",
            "https://пример.рф/",
            "file:///tmp/page.html",
        ] {
            let _ = guess(Some(url));
        }
    }

    #[test]
    fn override_labels() {
        assert_eq!(
            override_encoding("Latin1").map(|e| e.name()),
            Ok("windows-1252")
        );
        assert_eq!(
            override_encoding(" sjis ").map(|e| e.name()),
            Ok("Shift_JIS")
        );
        for label in ["klingon", "", "iso-2022-kr", "replacement"] {
            assert_eq!(
                override_encoding(label).map(|e| e.name()),
                Err(Error::UnknownEncoding(label.to_string())),
                "{label:?}"
            );
        }
    }
}
