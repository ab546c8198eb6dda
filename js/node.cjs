"use strict";
// Node entry (CommonJS; js/node.mjs re-exports it for `import`, so both share one
// instance). The wasm is read and compiled synchronously when this module loads: no
// init() is needed, and init()/initSync() exist only so code shared with browsers runs.
const wasm = require("../pkg/node/plainview.js");

function init() {
  return Promise.resolve();
}

function initSync() {}

module.exports = {
  extract: wasm.extract,
  isProbablyReadable: wasm.isProbablyReadable,
  renderReadingView: wasm.renderReadingView,
  toMarkdown: wasm.toMarkdown,
  init,
  initSync,
  default: init,
};
