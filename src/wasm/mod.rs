//! JavaScript bindings (wasm32 only): convert values and errors between JS and the Rust
//! API, and nothing else — every decision about the page stays in the Rust pipeline.
//!
//! Values cross as plain objects with camelCase keys (the serde names of
//! [`crate::Options`], [`Article`] and [`crate::ViewOptions`]), read by hand ([`convert`])
//! and written by serde; absent optional fields of an `Article` are `null`,
//! exactly as in the CLI's JSON. Failures throw a JS `Error` whose `code` property is
//! [`Error::code`] for extraction errors, or [`INVALID_ARGUMENT`] when a value passed in
//! does not convert.
//!
//! With the `html-parser` feature (the full build), `extract` and `isProbablyReadable`
//! also take the page as bytes (a `Uint8Array`, so a Node `Buffer`), decoded by
//! [`crate::extract_bytes`] with the `Content-Type` value given as `options.contentType`.

mod convert;
#[cfg(not(feature = "html-parser"))]
pub(crate) mod flatten;

use std::cell::RefCell;

use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Article, Error};

/// `code` of the error thrown when an argument does not convert to its Rust type.
const INVALID_ARGUMENT: &str = "INVALID_ARGUMENT";

/// `name` of every error the bindings throw, so logs say where it came from.
const ERROR_NAME: &str = "PlainviewError";

thread_local! {
    /// The content of the last article this module returned, byte for byte: a reading
    /// view of an article carrying exactly that content need not sanitize it again.
    static LAST_CONTENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The article for JS, its content remembered (see [`LAST_CONTENT`]).
fn extracted_to_js(article: &Article) -> Result<JsValue, JsValue> {
    LAST_CONTENT.with(|last| {
        let mut last = last.borrow_mut();
        last.clear();
        last.push_str(&article.content);
    });
    to_js(article)
}

/// Runs once when the module is instantiated: panics are logged to `console.error` with
/// their message instead of surfacing only as an opaque `unreachable` trap.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Finds the article on a page. `options` is `undefined`, `null` or an [`Options`]
/// object; the result is the [`Article`] as a plain object.
#[wasm_bindgen]
pub fn extract(html: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    #[cfg(feature = "html-parser")]
    if let Some(bytes) = page_bytes(&html)? {
        let content_type = content_type(&options)?;
        let options = read_or_default(&options, "options", convert::options)?;
        let article = crate::extract_bytes(&bytes, content_type.as_deref(), &options)
            .map_err(|e| extract_error(&e))?;
        return extracted_to_js(&article);
    }
    let html = html_string(html)?;
    let options = read_or_default(&options, "options", convert::options)?;
    let article = crate::extract(&html, &options).map_err(|e| extract_error(&e))?;
    extracted_to_js(&article)
}

/// Finds the article in a browser document that the JS glue flattened (see
/// `flat_dom`): the tree is built from the DOM the browser already parsed, not from HTML.
#[wasm_bindgen(js_name = extractFlat)]
pub fn extract_flat(flat: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let flat = html_string(flat)?;
    let options = read_or_default(&options, "options", convert::options)?;
    let article = crate::extract::extract_flat(&flat, &options).map_err(|e| extract_error(&e))?;
    extracted_to_js(&article)
}

/// [`is_probably_readable`] for a browser document that the JS glue flattened.
#[wasm_bindgen(js_name = isProbablyReadableFlat)]
pub fn is_probably_readable_flat(flat: JsValue) -> Result<bool, JsValue> {
    let flat = html_string(flat)?;
    Ok(crate::input::flat_dom::unbounded_tree(&flat)
        .is_some_and(|doc| crate::readable::is_probably_readable_tree(&doc)))
}

/// A cheap check, without extracting, whether the page looks like it carries an article.
#[cfg(not(feature = "html-parser"))]
#[wasm_bindgen(js_name = isProbablyReadable)]
pub fn is_probably_readable(html: JsValue) -> Result<bool, JsValue> {
    Ok(crate::is_probably_readable(&html_string(html)?))
}

/// A cheap check, without extracting, whether the page looks like it carries an article.
/// For a page given as bytes, `options.contentType` is its `Content-Type` value.
#[cfg(feature = "html-parser")]
#[wasm_bindgen(js_name = isProbablyReadable)]
pub fn is_probably_readable(html: JsValue, options: JsValue) -> Result<bool, JsValue> {
    if let Some(bytes) = page_bytes(&html)? {
        let content_type = content_type(&options)?;
        return Ok(crate::is_probably_readable_bytes(
            &bytes,
            content_type.as_deref(),
        ));
    }
    Ok(crate::is_probably_readable(&html_string(html)?))
}

/// `options.contentType`: absent, `null` or a string.
#[cfg(feature = "html-parser")]
fn content_type(options: &JsValue) -> Result<Option<String>, JsValue> {
    if !options.is_object() {
        return Ok(None);
    }
    let value = Reflect::get(options, &JsValue::from_str("contentType"))
        .map_err(|_| js_error(INVALID_ARGUMENT, "invalid options: cannot read contentType"))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        js_error(
            INVALID_ARGUMENT,
            "invalid options: contentType: expected a string",
        )
    })
}

/// A standalone reading-view page (inline CSS, no script) for an article object as
/// `extract` returns it. `view_options` is `undefined`, `null` or a [`ViewOptions`] object.
#[wasm_bindgen(js_name = renderReadingView)]
pub fn render_reading_view(article: JsValue, view_options: JsValue) -> Result<String, JsValue> {
    let article = read(&article, "article", convert::article)?;
    let view = read_or_default(&view_options, "viewOptions", convert::view_options)?;
    let extracted =
        !article.content.is_empty() && LAST_CONTENT.with(|last| *last.borrow() == article.content);
    Ok(if extracted {
        article.to_reading_view_of_extracted(&view)
    } else {
        article.to_reading_view(&view)
    })
}

/// The article as Markdown, for an article object as `extract` returns it.
#[wasm_bindgen(js_name = toMarkdown)]
pub fn to_markdown(article: JsValue) -> Result<String, JsValue> {
    let article = read(&article, "article", convert::article)?;
    Ok(article.to_markdown())
}

/// The page's HTML must be a JS string; anything else is refused rather than coerced.
fn html_string(html: JsValue) -> Result<String, JsValue> {
    html.as_string()
        .ok_or_else(|| js_error(INVALID_ARGUMENT, "invalid html: expected a string"))
}

/// A page given as bytes (a `Uint8Array`): `Some` of a copy; `None` for a string, which
/// [`html_string`] converts; anything else is refused.
#[cfg(feature = "html-parser")]
fn page_bytes(html: &JsValue) -> Result<Option<Vec<u8>>, JsValue> {
    if let Some(bytes) = html.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(Some(bytes.to_vec()));
    }
    if html.is_string() {
        return Ok(None);
    }
    Err(js_error(
        INVALID_ARGUMENT,
        "invalid html: expected a string or a Uint8Array",
    ))
}

/// Plain JS object: structs as objects (not `Map`s), `None` as `null`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(INVALID_ARGUMENT, &format!("cannot convert result: {e}")))
}

/// A value passed in, read by `reader` ([`convert`]); one that does not convert throws
/// [`INVALID_ARGUMENT`] naming `what`.
fn read<T>(
    value: &JsValue,
    what: &str,
    reader: fn(&JsValue) -> Result<T, convert::Invalid>,
) -> Result<T, JsValue> {
    reader(value).map_err(|detail| js_error(INVALID_ARGUMENT, &format!("invalid {what}: {detail}")))
}

/// `undefined` and `null` mean "the defaults"; anything else must convert.
fn read_or_default<T: Default>(
    value: &JsValue,
    what: &str,
    reader: fn(&JsValue) -> Result<T, convert::Invalid>,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(T::default())
    } else {
        read(value, what, reader)
    }
}

fn extract_error(error: &Error) -> JsValue {
    js_error(error.code(), &error.to_string())
}

/// A JS `Error` carrying a stable `code` property next to its message.
fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name(ERROR_NAME);
    // Reflect::set fails only on frozen or proxied targets; a fresh Error is neither,
    // and the error is still worth throwing without its code.
    let _ = Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}
