//! The browser's own HTML parser, reached through the JS glue (js/flatten.mjs): the
//! build without html5ever parses with it (see `input::flat_dom::browser_parse`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/flatten.mjs")]
extern "C" {
    /// Parses `html` with the browser's `DOMParser` and returns it in the flat form; a
    /// fragment comes back under one `<html>` element, as html5ever's fragment parse
    /// gives it. Throws where the runtime has no `DOMParser`.
    #[wasm_bindgen(js_name = flattenHtml, catch)]
    pub(crate) fn flatten_html(html: &str, fragment: bool) -> Result<String, JsValue>;
}
