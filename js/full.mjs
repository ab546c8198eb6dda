// @ts-check
// `plainview/full`: the browser API with html5ever inside the wasm, for Web Workers and
// other runtimes without DOMParser. Larger than the default entry; same API.
import * as wasm from "../pkg/full/plainview.js";
import { bind } from "./browser.mjs";

const api = bind(wasm, true);
export const {
  init,
  initSync,
  extract,
  extractDocument,
  snapshotDocument,
  extractSnapshot,
  isProbablyReadable,
  renderReadingView,
  toMarkdown,
} = api;
export default init;
