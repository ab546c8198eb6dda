// Where "press to reader painted" goes: one fresh page per id, the drop-in (this tree, or
// --tree DIR) or the Readability.js reader pressed as in bench-browser.mjs's `press`, with
// a Chromium trace around the press. Prints, for the renderer main thread between the click
// and the paint stamp, self time by trace event name, idle, and the JS functions (sampled).
//
//   node scripts/press-trace.mjs --ids a,b [--kind dropin|readability] [--save DIR]
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, OFFLINE_ARGS } from "./chromium.mjs";
import { READABILITY_READER } from "./readability-reader.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const corpus = resolve(root, "../shared/corpus");
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const tree = resolve(arg("tree", root));
const kind = arg("kind", "dropin");
const ids = arg("ids", "").split(",").filter(Boolean);
const save = arg("save", null);
if (save) mkdirSync(save, { recursive: true });


const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const carrier = /^\/page\/([\w-]+)\.html$/.exec(path);
  if (carrier) {
    const html = readFileSync(join(corpus, "moz", `${carrier[1]}.html`), "utf8");
    const tag =
      kind === "readability"
        ? `<script src="${origin}/node_modules/@mozilla/readability/Readability.js"></script><script>${READABILITY_READER}</script>`
        : `<script type="module" src="${origin}/t/www/plainview-drop-in.js" data-plainview-button data-plainview-module="${origin}/t/js/web.mjs"></script>`;
    res.writeHead(200, { "content-type": MIME[".html"] });
    return res.end(html + tag);
  }
  const [dir, rel] = path.startsWith("/t/") ? [tree, path.slice(2)] : [root, path];
  const file = normalize(join(dir, rel));
  if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

function watchPaint() {
  window.__press = null;
  window.__painted = null;
  const pressed = (event) => {
    if (window.__press === null) {
      window.__press = event.timeStamp;
      performance.mark("press", { startTime: event.timeStamp });
    }
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
    performance.mark("shown-before-frame");
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__painted = performance.now();
      performance.mark("painted");
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "blink.user_timing",
  "toplevel",
  "v8.execute",
  "blink",
  "cc",
  "disabled-by-default-v8.cpu_profiler",
  "fonts",
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS] });
for (const id of ids) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${origin}/page/${id}.html`, { waitUntil: "load" });
  if (kind === "dropin") await page.waitForFunction(() => typeof window.plainview === "object", null, { timeout: 15000 });
  await page.waitForTimeout(300);
  await page.evaluate(watchPaint);
  await browser.startTracing(page, { categories: CATEGORIES });
  const button = kind === "readability" ? "#readability-press" : "plainview-button >> button";
  if ((await page.$(button)) !== null) await page.click(button, { force: true, timeout: 5000 });
  else await page.keyboard.press("Alt+Shift+V");
  await page.waitForFunction(() => window.__painted !== null, null, { timeout: 15000, polling: 20 });
  await page.waitForTimeout(50);
  const total = await page.evaluate(() => window.__painted - window.__press);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (save) writeFileSync(join(save, `${kind}-${id}.json`), JSON.stringify(trace));
  report(id, total, trace.traceEvents);
  await context.close();
}
await browser.close();
server.close();

function report(id, total, events) {
  const marks = Object.fromEntries(events.filter((e) => e.cat?.includes("blink.user_timing") && ["press", "painted", "shown-before-frame"].includes(e.name)).map((e) => [e.name, e]));
  if (!marks.press || !marks.painted) return console.log(`${id}: marks missing`);
  const pid = marks.painted.pid;
  const tid = marks.painted.tid;
  const t0 = marks.press.ts;
  const t1 = marks.painted.ts;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.ts + (e.dur ?? 0) > t0 && e.ts < t1).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time per name, clipped to [t0, t1]; nesting by containment.
  const self = new Map();
  const stack = [];
  let busy = 0;
  const clip = (s, e) => Math.max(0, Math.min(e, t1) - Math.max(s, t0));
  for (const e of main) {
    const end = e.ts + e.dur;
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const own = clip(e.ts, end);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - own);
    else busy += own;
    self.set(e.name, (self.get(e.name) ?? 0) + own);
    stack.push({ name: e.name, end });
  }
  const top = [...self].filter(([, v]) => v > 300).sort((a, b) => b[1] - a[1]).slice(0, 18);
  const pv = events.filter((e) => e.pid === pid && e.cat?.includes("blink.user_timing") && e.name.startsWith("pv:") && e.ts >= t0 && e.ts <= t1).sort((a, b) => a.ts - b.ts);
  console.log(`\n${id} (${kind}): press to painted ${total.toFixed(1)} ms; trace window ${((t1 - t0) / 1000).toFixed(1)} ms, main thread busy ${(busy / 1000).toFixed(1)} ms`);
  if (pv.length) console.log("  marks: " + pv.map((e) => `${e.name.slice(3)} ${((e.ts - t0) / 1000).toFixed(1)}`).join(", "));
  console.log("  self time by event: " + top.map(([n, v]) => `${n} ${(v / 1000).toFixed(1)}`).join(", "));
  // A timeline of top-level tasks over 1 ms with their biggest children.
  const tops = [];
  stack.length = 0;
  for (const e of main) {
    const end = e.ts + e.dur;
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    if (!stack.length) tops.push({ e, kids: new Map() });
    else {
      const k = tops[tops.length - 1].kids;
      if (stack.length === 1 || ["Layout", "UpdateLayoutTree", "Paint", "PrePaint", "ParseHTML", "FunctionCall", "v8.callFunction", "EventDispatch", "Layerize", "Commit", "HitTest", "IntersectionObserverController::computeIntersections", "TimerFire", "FireAnimationFrame", "v8.compile", "V8.DeserializeContext", "DecodeImage", "Decode Image", "ScheduleStyleRecalculation"].includes(e.name))
        k.set(e.name, (k.get(e.name) ?? 0) + clip(e.ts, end));
    }
    stack.push({ name: e.name, end });
  }
  for (const { e, kids } of tops) {
    const own = clip(e.ts, e.ts + e.dur);
    if (own < 1000) continue;
    const detail = [...kids].filter(([, v]) => v > 500).sort((a, b) => b[1] - a[1]).slice(0, 7).map(([n, v]) => `${n} ${(v / 1000).toFixed(1)}`).join(", ");
    const what = e.args?.data?.type ?? e.args?.src_func ?? "";
    console.log(`  +${((e.ts - t0) / 1000).toFixed(1).padStart(6)} ${(own / 1000).toFixed(1).padStart(6)} ${e.name} ${what} | ${detail}`);
  }
  // JS samples (v8 cpu profiler) in the window: self time by function.
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== pid) continue;
    const c = e.args?.data?.cpuProfile;
    for (const n of c?.nodes ?? []) nodes.set(n.id, n);
    const ids = c?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) samples.push([ids[i], deltas[i]]);
  }
  if (samples.length) {
    const start = events.find((e) => e.name === "Profile" && e.pid === pid)?.args?.data?.startTime;
    let t = start ?? 0;
    const fn = new Map();
    for (const [nid, d] of samples) {
      t += d;
      if (t < t0 || t > t1) continue;
      const n = nodes.get(nid);
      const name = n ? `${n.callFrame.functionName || "(anon)"}@${(n.callFrame.url || "").split("/").pop()}` : "?";
      fn.set(name, (fn.get(name) ?? 0) + 1);
    }
    const topFn = [...fn].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log("  JS samples: " + topFn.map(([n, c]) => `${n} ${c}`).join(", "));
  }
}
