// A/B of the `press` section of bench-browser.mjs: two trees of the drop-in (A = --base DIR,
// holding www/, js/ and pkg/web/; B = this repository) and the Readability.js reader, each
// on a fresh context per press, the three interleaved on every page (order rotating from
// page to page). Same measurement as bench-browser.mjs: click event to the first frame
// painted with the article in the reader.
//
//   node scripts/press-ab.mjs --base /path/to/other/tree [--tree DIR (default: this one)] [--pages N] [--ids a,b,c] [--rounds R] [--hold MS]
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, OFFLINE_ARGS } from "./chromium.mjs";
import { READABILITY_READER } from "./readability-reader.mjs";
import { median, pct } from "./stats.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const corpus = resolve(root, "../shared/corpus");
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css" };

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const base = resolve(arg("base", ""));
if (!existsSync(join(base, "www/plainview-drop-in.js"))) throw new Error("--base DIR: a tree with www/, js/, pkg/web/");
const rounds = Number(arg("rounds", 1));
/** ms between the button's pointer down and up (a person's click lasts about 100 ms); 0 as in bench-browser.mjs. */
const hold = Number(arg("hold", 0));
let ids = readdirSync(join(corpus, "moz")).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();
if (arg("ids")) ids = arg("ids").split(",");
else ids = ids.slice(0, Number(arg("pages", Infinity)));


const trees = { a: base, b: resolve(arg("tree", root)) };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const carrier = /^\/(a|b|readability)\/page\/([\w-]+)\.html$/.exec(path);
  if (carrier) {
    const html = readFileSync(join(corpus, "moz", `${carrier[2]}.html`), "utf8");
    const kind = carrier[1];
    const tag =
      kind === "readability"
        ? `<script src="${origin}/node_modules/@mozilla/readability/Readability.js"></script><script>${READABILITY_READER}</script>`
        : `<script type="module" src="${origin}/${kind}/www/plainview-drop-in.js" data-plainview-button data-plainview-module="${origin}/${kind}/js/web.mjs"></script>`;
    res.writeHead(200, { "content-type": MIME[".html"] });
    res.end(html + tag);
    return;
  }
  const tree = /^\/(a|b)\//.exec(path);
  const [dir, rel] = tree ? [trees[tree[1]], path.slice(2)] : path.startsWith("/corpus/") ? [corpus, path.slice(8)] : [root, path];
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const ms = (x) => (x == null ? "-" : x.toFixed(1)).padStart(7);
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

function watchPaint() {
  window.__press = null;
  window.__down = null;
  window.__painted = null;
  addEventListener("pointerdown", (event) => (window.__down ??= event.timeStamp), { capture: true });
  const pressed = (event) => {
    if (window.__press === null) window.__press = event.timeStamp;
  };
  addEventListener("click", pressed, { capture: true });
  addEventListener("keydown", pressed, { capture: true });
  const articleShown = () => {
    const host = document.querySelector("[data-plainview-reader]");
    const frame = host ? host.shadowRoot?.querySelector("iframe") : document.querySelector("#readability-reader iframe");
    return Boolean(frame?.contentDocument?.querySelector(".pv-article"));
  };
  const check = () => {
    if (!articleShown()) return void requestAnimationFrame(check);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.__painted = performance.now());
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
}

const waitFor = (page, fn, timeout = 15000) =>
  page.waitForFunction(fn, null, { timeout, polling: 20 }).then(() => true, () => false);

async function pressOnce(browser, kind, id) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${kind}/page/${id}.html`, { waitUntil: "load" });
    const button = kind === "readability" ? "#readability-press" : "plainview-button >> button";
    if (kind !== "readability" && !(await waitFor(page, () => typeof window.plainview === "object"))) return null;
    await page.waitForTimeout(300);
    await page.evaluate(watchPaint);
    if ((await page.$(button)) !== null) await page.click(button, { force: true, timeout: 5000, delay: hold });
    else await page.keyboard.press("Alt+Shift+V");
    if (!(await waitFor(page, () => window.__painted !== null))) return null;
    return await page.evaluate(() => [window.__painted - window.__press, window.__painted - (window.__down ?? window.__press)]);
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS] });
console.log(`A = ${trees.a}, B = ${trees.b}; ${ids.length} pages x ${rounds} rounds; button held ${hold} ms; load average ${load()}`);
const kinds = ["a", "b", "readability"];
const all = { a: [], b: [], readability: [] };
let turn = 0;
for (let r = 0; r < rounds; r++) {
  const rows = [];
  for (const id of ids) {
    const row = { id };
    const order = kinds.map((_, i) => kinds[(i + turn) % kinds.length]);
    turn++;
    for (const kind of order) {
      const got = await pressOnce(browser, kind, id);
      row[kind] = got?.[0] ?? null;
      row[`${kind}Down`] = got?.[1] ?? null;
    }
    rows.push(row);
    console.log(`${id.padEnd(44)} A ${ms(row.a)}  B ${ms(row.b)}  R ${ms(row.readability)}   from pointer down: A ${ms(row.aDown)}  B ${ms(row.bDown)}  R ${ms(row.readabilityDown)}`);
  }
  const both = rows.filter((x) => x.a != null && x.b != null && x.readability != null);
  const line = (k) => `${ms(median(both.map((x) => x[k])))} (p90 ${ms(pct(both.map((x) => x[k]), 90))})`;
  console.log(`round ${r + 1}: ${both.length} pages; load ${load()}`);
  console.log(`  A ${line("a")}   B ${line("b")}   Readability.js ${line("readability")}   median per-page B/A ${median(both.map((x) => x.b / x.a)).toFixed(2)}`);
  console.log(`  from pointer down: A ${line("aDown")}   B ${line("bDown")}   Readability.js ${line("readabilityDown")}`);
  for (const k of kinds) all[k].push(...both.map((x) => x[k]));
}
if (rounds > 1) {
  const line = (k) => `${ms(median(all[k]))} (p90 ${ms(pct(all[k], 90))})`;
  console.log(`all rounds: A ${line("a")}   B ${line("b")}   Readability.js ${line("readability")}`);
}
await browser.close();
server.close();
