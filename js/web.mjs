// @ts-check
// Browser and bundler entry (lean build: HTML is parsed by the browser's DOMParser). Call
// `await init()` once before anything else: it fetches and compiles plainview_bg.wasm
// (resolved next to the glue with `new URL(.., import.meta.url)`, which Vite, webpack 5,
// Rollup and esbuild's loaders understand).
import * as wasm from "../pkg/web/plainview.js";
import { bind } from "./browser.mjs";

const api = bind(wasm, false);
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
