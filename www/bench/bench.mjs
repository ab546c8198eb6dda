// @ts-check
// Times plainview and Readability.js on one corpus page at a time, in this browser. Each
// page is loaded into a sandboxed, same-origin iframe (rendered, no scripts run): that
// document is the "live page". Measured per page: the first call of each way in, then the
// median of warm rounds, interleaved so both peers see the same machine state.
import init, { extract, extractDocument } from "../../js/web.mjs";

/**
 * This page's globals: Readability.js (a classic script in index.html) and the entry points
 * scripts/bench-browser.mjs calls.
 * @typedef {Window & typeof globalThis & {
 *   Readability: typeof import("@mozilla/readability").Readability,
 *   benchPage: (id: string, rounds: number) => Promise<object>,
 *   benchReady: boolean,
 * }} BenchWindow
 */
const page = /** @type {BenchWindow} */ (window);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(fn) {
  const start = performance.now();
  let ok = true;
  try {
    fn();
  } catch {
    ok = false;
  }
  return { ms: performance.now() - start, ok };
}

async function liveDocument(html) {
  const frame = document.createElement("iframe");
  frame.sandbox = "allow-same-origin";
  frame.style.cssText = "width:1280px;height:900px;border:0";
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

page.benchPage = async (id, rounds) => {
  const html = await (await fetch(`/corpus/moz/${id}.html`)).text();
  const { url } = await (await fetch(`/corpus/moz/${id}.json`)).json();
  const frame = await liveDocument(html);
  const doc = frame.contentDocument;
  const ways = {
    live: () => extractDocument(doc, { url }),
    string: () => extract(html, { url }),
    // The documented way to run Readability.js on a page the reader is looking at.
    readability: () => new page.Readability(/** @type {Document} */ (doc.cloneNode(true))).parse(),
    serialize: () => "<!DOCTYPE html>" + doc.documentElement.outerHTML,
  };
  const result = { id, bytes: html.length, first: {}, warm: {}, ok: {} };
  for (const [name, fn] of Object.entries(ways)) {
    const t = timed(fn);
    result.first[name] = t.ms;
    result.ok[name] = t.ok;
  }
  const samples = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(ways)) samples[name].push(timed(fn).ms);
  }
  for (const [name, values] of Object.entries(samples)) result.warm[name] = median(values);
  frame.remove();
  return result;
};

await init();
page.benchReady = true;
