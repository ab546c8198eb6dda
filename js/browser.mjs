// @ts-check
// The browser API over one wasm-bindgen build: js/web.mjs binds it to the lean build
// (HTML parsed by the browser's DOMParser), js/full.mjs to the full one (html5ever inside,
// for Web Workers and other runtimes without a DOM).
import { flattenDocument } from "./flatten.mjs";
import { warmUp } from "./warm.mjs";

function plainviewError(code, message) {
  return Object.assign(new Error(message), { name: "PlainviewError", code });
}

function isDocument(value) {
  return value !== null && typeof value === "object" && value.nodeType === 9;
}

function isBytes(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

/** The lean build has no decoder: pages reach it as text the browser already decoded. */
function bytesNeedFull() {
  return plainviewError(
    "INVALID_ARGUMENT",
    "invalid html: this build takes the page as a string; decode the bytes first (new TextDecoder(charset).decode(bytes)) or import \"plainview/full\", which decodes them as browsers do",
  );
}

/** The API for one build: `wasm` is its glue's namespace, `parsesHtml` whether it has html5ever. */
export function bind(wasm, parsesHtml) {
  let ready = null;
  let initialized = false;

  function ensureReady(needsParser) {
    if (!initialized) throw plainviewError("NOT_INITIALIZED", "plainview is not initialized: await init() first");
    if (needsParser && !parsesHtml && typeof DOMParser === "undefined") {
      throw plainviewError(
        "NO_DOM_PARSER",
        "this runtime has no DOMParser, which the browser build parses HTML with: import \"plainview/full\" instead",
      );
    }
  }

  return {
    /**
     * Loads the module, then warms it (js/warm.mjs) so that the first real call does not
     * pay for compiling and optimizing it; later calls return the same promise.
     */
    init(input) {
      if (ready === null) {
        const arg = input === undefined ? undefined : { module_or_path: input };
        ready = wasm.default(arg).then(
          async () => {
            await warmUp(wasm, parsesHtml || typeof DOMParser !== "undefined");
            initialized = true;
          },
          (error) => {
            ready = null;
            throw error;
          },
        );
      }
      return ready;
    },
    /** Instantiates synchronously from bytes or a compiled WebAssembly.Module (no warm-up). */
    initSync(module) {
      if (!initialized) {
        wasm.initSync({ module });
        initialized = true;
      }
    },
    /** `html` is a string; in the full build also a Uint8Array of the page's bytes, decoded
     * by its BOM, `options.encoding`, `options.contentType` or its `<meta charset>`. */
    extract(html, options) {
      if (!parsesHtml && isBytes(html)) throw bytesNeedFull();
      ensureReady(true);
      return wasm.extract(html, options);
    },
    /**
     * Finds the article in a live (or `DOMParser`-made) document, by default the current
     * one, from its DOM: no HTML is serialized or re-parsed, elements the browser does
     * not render are left out, images keep the source the browser chose, open shadow
     * roots are read. `options.url` defaults to the document's own address.
     */
    extractDocument(doc = globalThis.document, options) {
      ensureReady(false);
      const url = /^https?:/.test(doc.URL) ? doc.URL : undefined;
      return wasm.extractFlat(flattenDocument(doc), { url, ...(options ?? {}) });
    },
    /** The document as rendered, in the form `extractSnapshot` reads; a plain string that
     * can cross to a worker or an extension's background. Needs no wasm. */
    snapshotDocument(doc = globalThis.document) {
      return flattenDocument(doc);
    },
    /** `extractDocument` for a snapshot taken elsewhere (another thread, a content script). */
    extractSnapshot(snapshot, options) {
      ensureReady(false);
      return wasm.extractFlat(snapshot, options);
    },
    isProbablyReadable(htmlOrDocument, options) {
      if (isDocument(htmlOrDocument)) {
        ensureReady(false);
        return wasm.isProbablyReadableFlat(flattenDocument(htmlOrDocument));
      }
      if (!parsesHtml && isBytes(htmlOrDocument)) throw bytesNeedFull();
      ensureReady(true);
      return wasm.isProbablyReadable(htmlOrDocument, options);
    },
    renderReadingView(article, viewOptions) {
      ensureReady(true);
      return wasm.renderReadingView(article, viewOptions);
    },
    toMarkdown(article) {
      ensureReady(true);
      return wasm.toMarkdown(article);
    },
  };
}
