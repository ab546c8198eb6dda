"use strict";
// @ts-check
// Node entry (CommonJS; js/node.mjs re-exports it for `import`, so both share one
// instance). The wasm is read and compiled synchronously when this module loads: no
// init() is needed, and init()/initSync() exist only so code shared with browsers runs.
const wasm = require("../pkg/node/plainview.js");

function init() {
  return Promise.resolve();
}

function initSync() {}

/** Browser entry only: Node has no rendered DOM to walk. */
function extractDocument() {
  throw Object.assign(new Error("extractDocument needs a browser DOM; in Node, pass the page's HTML to extract()"), {
    name: "PlainviewError",
    code: "INVALID_ARGUMENT",
  });
}

module.exports = {
  extract: wasm.extract,
  extractDocument,
  /** `extractDocument` for a snapshot a browser took with `snapshotDocument`. */
  extractSnapshot: wasm.extractFlat,
  isProbablyReadable: wasm.isProbablyReadable,
  renderReadingView: wasm.renderReadingView,
  toMarkdown: wasm.toMarkdown,
  init,
  initSync,
  default: init,
};
