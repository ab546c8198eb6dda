// Browser and bundler entry. Call `await init()` once before anything else: it fetches
// and compiles plainview_bg.wasm (resolved next to the glue with `new URL(..,
// import.meta.url)`, which Vite, webpack 5, Rollup and esbuild's loaders understand).
import wasmInit, * as wasm from "../pkg/web/plainview.js";
import { flattenDocument } from "./flatten.mjs";

let ready = null;
let initialized = false;

/** Loads the module; later calls return the same promise. */
export default function init(input) {
  if (ready === null) {
    const arg = input === undefined ? undefined : { module_or_path: input };
    ready = wasmInit(arg).then(
      () => {
        initialized = true;
      },
      (error) => {
        ready = null;
        throw error;
      },
    );
  }
  return ready;
}

/** Instantiates synchronously from bytes or a compiled WebAssembly.Module. */
export function initSync(module) {
  if (!initialized) {
    wasm.initSync({ module });
    initialized = true;
  }
}

function ensureInitialized() {
  if (!initialized) {
    const error = new Error("plainview is not initialized: await init() first");
    error.name = "PlainviewError";
    error.code = "NOT_INITIALIZED";
    throw error;
  }
}

export { init };

export function extract(html, options) {
  ensureInitialized();
  return wasm.extract(html, options);
}

/** The HTML of a live (or `DOMParser`-made) document, doctype included. */
function documentHtml(doc) {
  return "<!DOCTYPE html>" + doc.documentElement.outerHTML;
}

function isDocument(value) {
  return value !== null && typeof value === "object" && value.nodeType === 9;
}

/**
 * Finds the article in a live (or `DOMParser`-made) document, by default the current
 * one, from its DOM: no HTML is serialized or re-parsed, elements the browser does not
 * render are left out, images keep the source the browser chose, open shadow roots are
 * read. `options.url` defaults to the document's own address.
 */
export function extractDocument(doc = globalThis.document, options) {
  ensureInitialized();
  const url = /^https?:/.test(doc.URL) ? doc.URL : undefined;
  return wasm.extractFlat(flattenDocument(doc), { url, ...(options ?? {}) });
}

export function isProbablyReadable(htmlOrDocument) {
  ensureInitialized();
  const html = isDocument(htmlOrDocument) ? documentHtml(htmlOrDocument) : htmlOrDocument;
  return wasm.isProbablyReadable(html);
}

export function renderReadingView(article, viewOptions) {
  ensureInitialized();
  return wasm.renderReadingView(article, viewOptions);
}

export function toMarkdown(article) {
  ensureInitialized();
  return wasm.toMarkdown(article);
}
