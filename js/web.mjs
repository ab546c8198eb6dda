// Browser and bundler entry. Call `await init()` once before anything else: it fetches
// and compiles plainview_bg.wasm (resolved next to the glue with `new URL(..,
// import.meta.url)`, which Vite, webpack 5, Rollup and esbuild's loaders understand).
import wasmInit, * as wasm from "../pkg/web/plainview.js";

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

const SEPARATOR = "\u0000";
const NAMESPACE_CODES = {
  "http://www.w3.org/2000/svg": "s",
  "http://www.w3.org/1998/Math/MathML": "m",
};

/** A value of the flat form: NUL separates fields, so a NUL inside becomes U+FFFD. */
function field(value) {
  return value.includes(SEPARATOR) ? value.replaceAll(SEPARATOR, "\uFFFD") : value;
}

/**
 * The document as rendered, flattened for src/flat_dom.rs: one walk, facts only (which
 * elements the browser renders, the image source it chose, open shadow roots and slots
 * in place); what to keep is decided in Rust.
 */
function flattenDocument(doc) {
  const out = [];
  const view = doc.body && doc.defaultView;
  const visibility = { visibilityProperty: true };
  const rendered = (el) =>
    !view ||
    typeof el.checkVisibility !== "function" ||
    el.checkVisibility(visibility) ||
    view.getComputedStyle(el).display === "contents";
  const CLOSE = null;
  const stack = [];
  const pushChildren = (nodes) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  };
  pushChildren(doc.childNodes);
  let inBody = false;
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === CLOSE) {
      out.push("/");
      continue;
    }
    switch (node.nodeType) {
      case 1: {
        const name = node.localName;
        const ns = NAMESPACE_CODES[node.namespaceURI] ?? "";
        const shown = !inBody || ns !== "" || rendered(node);
        const attrs = node.attributes;
        out.push("E", name, ns, shown ? "1" : "0", String(attrs.length));
        for (let i = 0; i < attrs.length; i++) {
          const a = attrs[i];
          const value = name === "img" && a.name === "src" && node.currentSrc ? node.currentSrc : a.value;
          out.push(field(a.name), field(value));
        }
        if (name === "body") inBody = true;
        stack.push(CLOSE);
        if (!shown) break;
        if (node.shadowRoot) {
          pushChildren(node.shadowRoot.childNodes);
        } else if (name === "slot" && typeof node.assignedNodes === "function") {
          const assigned = node.assignedNodes({ flatten: true });
          pushChildren(assigned.length > 0 ? assigned : node.childNodes);
        } else {
          pushChildren(node.childNodes);
        }
        break;
      }
      case 3:
      case 4:
        out.push("T", field(node.data));
        break;
      case 10:
        out.push("D");
        break;
    }
  }
  return out.join(SEPARATOR);
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
