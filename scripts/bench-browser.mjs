// `npm run bench:browser [-- OPTIONS]`: what a reader waits for, plainview against
// Readability.js (`new Readability(document.cloneNode(true)).parse()`) on the same pages of
// ../shared/corpus/moz, in one headless Chromium run. Figures only, no assertions. Sections
// (`--only a,b`; default all):
//
//   cold       a fresh browser context per page: page loaded, plainview's module imported
//              and initialized (untimed; reported as init), then the first
//              extractDocument(document) call and Readability.js's first parse, alternating
//              which goes first from page to page so neither always meets a colder engine;
//              then both again, interleaved, `--after` times: warm = median of calls 2–6,
//              and median of the last 5.
//   press      "press to reader painted" on a fresh page (fresh context per page): the
//              drop-in (www/plainview-drop-in.js) loaded by the page, its button clicked,
//              time from the click event to the first frame painted with the article in the
//              reader; beside it a minimal Readability.js reader (parse, article in a
//              sandboxed srcdoc frame) pressed the same way on the same page.
//   extension  the unpacked MV3 extension (dist/extension/chromium, `npm run
//              build:extension`) in a persistent context: toolbar button pressed through
//              the DevTools protocol, time until the reader is painted in the page; the
//              first use after the browser starts (`--launches` browser starts) and later
//              uses (`--later` pages per start).
//   steady     the long-lived bench page (www/bench/): every page in one page, the module
//              compiled once and warm, as the extension's background runs it.
//
// Pages' own Content-Security-Policy is bypassed in `cold` and `press` (a few moz pages
// carry one that forbids WebAssembly; a site deploying the drop-in allows 'wasm-unsafe-eval').
//
// Options: --pages N (first N moz pages), --after N (calls per way in `cold`, default 40),
// --rounds R (warm rounds in `steady`), --launches N, --later N, --cache (serve the package
// with Cache-Control so the browser may keep compiled wasm between pages of one context;
// `cold` then also times a second page in the same context).
// Needs `npm run build` and Debian's chromium.
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, OFFLINE_ARGS } from "./chromium.mjs";
import { READABILITY_READER } from "./readability-reader.mjs";
import { median, pct } from "./stats.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const corpus = resolve(root, "../shared/corpus");
const extension = join(root, "dist/extension/chromium");
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".css": "text/css",
};
const SECTIONS = ["cold", "press", "extension", "steady"];

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

const onlyAt = process.argv.indexOf("--only");
const sections = onlyAt > 0 ? process.argv[onlyAt + 1].split(",") : SECTIONS;
for (const s of sections) if (!SECTIONS.includes(s)) fail(`unknown section ${s} (${SECTIONS.join(", ")})`);
const cache = process.argv.includes("--cache");
const after = option("after", 40);
const rounds = option("rounds", 5);

if (!existsSync(join(corpus, "moz"))) fail(`${corpus}/moz is absent: nothing to measure`);
if (!existsSync(join(root, "pkg/web/plainview_bg.wasm"))) fail("run `npm run build` first");
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: apt-get install -y chromium`);
if (sections.includes("extension") && !existsSync(join(extension, "manifest.json"))) {
  fail("run `npm run build:extension` first (or leave out the extension section: --only cold,press,steady)");
}

const ids = readdirSync(join(corpus, "moz"))
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.slice(0, -5))
  .sort()
  .slice(0, option("pages", Infinity));


// Files under the repository, the corpus under /corpus/, corpus pages carrying the drop-in
// under /dropin/ and carrying the Readability.js reader under /readability/.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const carrier = /^\/(dropin|readability)\/([\w-]+)\.html$/.exec(path);
  if (carrier) {
    const html = readFileSync(join(corpus, "moz", `${carrier[2]}.html`), "utf8");
    const tag =
      carrier[1] === "dropin"
        ? `<script type="module" src="${origin}/www/plainview-drop-in.js" data-plainview-button data-plainview-module="${origin}/js/web.mjs"></script>`
        : `<script src="${origin}/node_modules/@mozilla/readability/Readability.js"></script><script>${READABILITY_READER}</script>`;
    res.writeHead(200, { "content-type": MIME[".html"] });
    res.end(html + tag);
    return;
  }
  const [base, rel] = path.startsWith("/corpus/") ? [corpus, path.slice(8)] : [root, path];
  const file = normalize(join(base, rel));
  if (!file.startsWith(base) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const type = MIME[extname(file)] ?? "application/octet-stream";
  const headers = { "content-type": type };
  if (cache && /\/(js|pkg|www)\//.test(path)) headers["cache-control"] = "public, max-age=3600";
  res.writeHead(200, headers);
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const ms = (x) => (x === undefined ? "-" : x.toFixed(1)).padStart(7);
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

/** One line: median and p90 of plainview and Readability.js, and of their per-page ratio. */
function compare(label, pv, rd) {
  const ratios = pv.map((x, i) => x / rd[i]);
  console.log(
    `  ${label.padEnd(34)} plainview ${ms(median(pv))} (p90 ${ms(pct(pv, 90))})   Readability.js ${ms(median(rd))} (p90 ${ms(pct(rd, 90))})   ratio of medians ${(median(pv) / median(rd)).toFixed(2)}x (p90s ${(pct(pv, 90) / pct(rd, 90)).toFixed(2)}x), median per-page ${median(ratios).toFixed(2)}x`,
  );
}

function summary(label, values) {
  if (values.length === 0) return console.log(`  ${label.padEnd(34)} no samples`);
  console.log(`  ${label.padEnd(34)} median ${ms(median(values))}  p90 ${ms(pct(values, 90))}  max ${ms(Math.max(...values))}  (n=${values.length})`);
}

const browserArgs = [...CHROMIUM_ARGS, ...OFFLINE_ARGS];
const started = Date.now();
console.log(`${ids.length} pages of ${corpus}/moz; load average ${load()}; ${cache ? "Cache-Control on the package" : "no caching headers"}`);

/** Page-side: imports the package and Readability.js, initializes the module (timed apart). */
async function prepareCold(page) {
  await page.addScriptTag({ url: `${origin}/node_modules/@mozilla/readability/Readability.js` });
  return page.evaluate(async (origin) => {
    const t0 = performance.now();
    window.pv = await import(`${origin}/js/web.mjs`);
    const t1 = performance.now();
    await window.pv.init();
    return { importMs: t1 - t0, initMs: performance.now() - t1 };
  }, origin);
}

/** Page-side: the first call of each way (order as given), then `after - 1` interleaved more. */
function runCalls(page, url, plainviewFirst, calls) {
  return page.evaluate(
    ([url, plainviewFirst, calls]) => {
      const ways = {
        plainview: () => window.pv.extractDocument(document, { url }),
        readability: () => new window.Readability(document.cloneNode(true)).parse(),
      };
      const order = plainviewFirst ? ["plainview", "readability"] : ["readability", "plainview"];
      const times = { plainview: [], readability: [] };
      let ok = true;
      for (let i = 0; i < calls; i++) {
        for (const name of order) {
          const t = performance.now();
          try {
            ways[name]();
          } catch {
            if (name === "plainview") ok = false;
          }
          times[name].push(performance.now() - t);
        }
      }
      return { times, ok };
    },
    [url, plainviewFirst, calls],
  );
}

async function coldSection(browser) {
  console.log(`\n== cold: fresh context per page, first call after init, ${after} calls per way`);
  const rows = [];
  for (const [i, id] of ids.entries()) {
    const row = await coldPage(browser, i, id).catch((error) => {
      console.log(`${id} failed: ${error.message.split("\n")[0]}`);
      return null;
    });
    if (row) rows.push(row);
  }
  summarizeCold(rows);
}

async function coldPage(browser, i, id) {
  const { url } = JSON.parse(readFileSync(join(corpus, "moz", `${id}.json`), "utf8"));
  const context = await browser.newContext({ bypassCSP: true });
  try {
    return await coldRow(context, i, id, url);
  } finally {
    await context.close();
  }
}

async function coldRow(context, i, id, url) {
  const page = await context.newPage();
  await page.goto(`${origin}/corpus/moz/${id}.html`, { waitUntil: "load" });
  const init = await prepareCold(page);
  const plainviewFirst = i % 2 === 0;
  const { times, ok } = await runCalls(page, url, plainviewFirst, after);
  const row = { id, init, plainviewFirst, times, ok };
  if (cache) {
    // A second page of the same site: the package comes from the HTTP cache, with the
    // compiled code the browser kept for it, if any.
    const next = ids[(i + 1) % ids.length];
    const second = await context.newPage();
    await second.goto(`${origin}/corpus/moz/${next}.html`, { waitUntil: "load" });
    row.secondInit = await prepareCold(second);
    const nextUrl = JSON.parse(readFileSync(join(corpus, "moz", `${next}.json`), "utf8")).url;
    row.second = (await runCalls(second, nextUrl, plainviewFirst, 1)).times;
  }
  const t = times;
  console.log(
    `${id} ${plainviewFirst ? "pv first" : "rd first"}  init ${ms(init.initMs)}  first ${ms(t.plainview[0])} / ${ms(t.readability[0])}  2-6 ${ms(median(t.plainview.slice(1, 6)))} / ${ms(median(t.readability.slice(1, 6)))}  last5 ${ms(median(t.plainview.slice(-5)))} / ${ms(median(t.readability.slice(-5)))}${ok ? "" : "  (no article)"}${row.second ? `  2nd page: init ${ms(row.secondInit.initMs)} first ${ms(row.second.plainview[0])} / ${ms(row.second.readability[0])}` : ""}`,
  );
  return row;
}

function summarizeCold(rows) {
  const col = (f) => rows.map(f);
  console.log(`cold summary (${rows.length} pages; times in ms; plainview / Readability.js; load average ${load()}):`);
  summary("module import (untimed in calls)", col((r) => r.init.importMs));
  summary("init() (fetch, compile, instantiate)", col((r) => r.init.initMs));
  compare("first call", col((r) => r.times.plainview[0]), col((r) => r.times.readability[0]));
  const pvFirst = rows.filter((r) => r.plainviewFirst);
  const rdFirst = rows.filter((r) => !r.plainviewFirst);
  if (pvFirst.length && rdFirst.length) {
    compare("first call, plainview ran first", pvFirst.map((r) => r.times.plainview[0]), pvFirst.map((r) => r.times.readability[0]));
    compare("first call, Readability ran first", rdFirst.map((r) => r.times.plainview[0]), rdFirst.map((r) => r.times.readability[0]));
  }
  compare("warm: median of calls 2-6", col((r) => median(r.times.plainview.slice(1, 6))), col((r) => median(r.times.readability.slice(1, 6))));
  compare(`warm: median of calls ${after - 4}-${after}`, col((r) => median(r.times.plainview.slice(-5))), col((r) => median(r.times.readability.slice(-5))));
  if (cache) {
    summary("2nd page: init()", col((r) => r.secondInit.initMs));
    compare("2nd page: first call", col((r) => r.second.plainview[0]), col((r) => r.second.readability[0]));
  }
  const failures = rows.filter((r) => !r.ok).map((r) => r.id);
  console.log(`  pages without an article (plainview): ${failures.length ? failures.join(", ") : "none"}`);
}

/**
 * Page-side: from now on, records when the reader (plainview's layer, or the Readability.js
 * reader) is first painted with its article: checked before each frame, and the time taken
 * in a task after that frame (after its paint). `window.__press` is the press event's time.
 */
function watchPaint() {
  window.__press = null;
  window.__painted = null;
  const pressed = (event) => {
    if (window.__press === null) window.__press = event.timeStamp;
  };
  addEventListener("click", pressed, { capture: true });
  addEventListener("keydown", pressed, { capture: true });
  const articleShown = () => {
    const host = document.querySelector("[data-plainview-reader]");
    const frame = host ? host.shadowRoot?.querySelector("iframe") : document.querySelector("#readability-reader iframe");
    const doc = frame?.contentDocument;
    // The frame's initial about:blank document never holds the article: whichever way the
    // article got in (written in place, or a srcdoc navigation), this finds it.
    return Boolean(doc?.querySelector(".pv-article"));
  };
  const check = () => {
    if (!articleShown()) {
      requestAnimationFrame(check);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__painted = performance.now();
      window.__paintedEpoch = performance.timeOrigin + window.__painted;
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
}

async function waitFor(page, fn, timeout = 15000) {
  return page.waitForFunction(fn, null, { timeout, polling: 20 }).then(
    () => true,
    () => false,
  );
}

/** One press on a fresh page of `kind` ("dropin" or "readability"); fills `row[kind]` (ms). */
async function pressOnce(context, kind, id, row) {
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${origin}/${kind}/${id}.html`, { waitUntil: "load" });
  const button = kind === "dropin" ? "plainview-button >> button" : "#readability-press";
  if (kind === "dropin") {
    if (!(await waitFor(page, () => typeof window.plainview === "object"))) {
      row.dropin = null;
      row.dropinHow = "no start";
      return;
    }
    row.readyMs = Date.now() - t0;
  }
  // Let the page settle as a reader's would before the press.
  await page.waitForTimeout(300);
  await page.evaluate(watchPaint);
  let how = "button";
  if ((await page.$(button)) !== null) {
    await page.click(button, { force: true, timeout: 5000 }).catch(() => (how = "failed"));
  } else {
    how = "shortcut";
    await page.keyboard.press("Alt+Shift+V");
  }
  const painted = await waitFor(page, () => window.__painted !== null);
  row[kind] = painted ? await page.evaluate(() => window.__painted - window.__press) : null;
  row[`${kind}How`] = how;
}

async function pressSection(browser) {
  console.log("\n== press: fresh page, button clicked, until the reader is painted (ms)");
  const rows = [];
  for (const id of ids) {
    const row = { id };
    for (const kind of ["dropin", "readability"]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      try {
        await pressOnce(context, kind, id, row);
      } catch (error) {
        row[kind] = null;
        row[`${kind}How`] = `failed: ${error.message.split("\n")[0]}`;
      } finally {
        await context.close();
      }
    }
    rows.push(row);
    console.log(`${id}  drop-in ${ms(row.dropin ?? undefined)} (${row.dropinHow})   Readability.js reader ${ms(row.readability ?? undefined)}`);
  }
  const both = rows.filter((r) => r.dropin != null && r.readability != null);
  console.log(`press summary (${both.length} of ${rows.length} pages painted by both; load average ${load()}):`);
  compare("press to painted, fresh page", both.map((r) => r.dropin), both.map((r) => r.readability));
  summary("drop-in: page load to ready", rows.filter((r) => r.readyMs).map((r) => r.readyMs));
  const missing = rows.filter((r) => r.dropin == null).map((r) => r.id);
  console.log(`  no reader painted (drop-in): ${missing.length ? missing.join(", ") : "none"}`);
}

async function extensionSection() {
  const launches = Math.min(option("launches", 8), ids.length);
  const later = option("later", 3);
  console.log(`\n== extension: ${launches} browser starts, first use then ${later} later uses each (ms from press to painted)`);
  const first = [];
  const laterTimes = [];
  for (let l = 0; l < launches; l++) {
    const profile = mkdtempSync(join(tmpdir(), "plainview-bench-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreDefaultArgs: ["--disable-extensions"],
      args: [...browserArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
      viewport: { width: 1280, height: 900 },
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
      const extensionId = new URL(worker.url()).host;
      const line = [];
      for (let u = 0; u <= later; u++) {
        const id = ids[(l * (later + 1) + u) % ids.length];
        const page = await context.newPage();
        try {
          await page.goto(`${origin}/corpus/moz/${id}.html`, { waitUntil: "load" });
          await page.waitForTimeout(300);
          await page.evaluate(watchPaint);
          await page.bringToFront();
          const cdp = await context.browser().newBrowserCDPSession();
          const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
          const tab = targetInfos.find((t) => t.url === page.url());
          const pressEpoch = performance.timeOrigin + performance.now();
          await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
          await cdp.detach();
          const painted = await waitFor(page, () => window.__painted !== null);
          const t = painted ? (await page.evaluate(() => window.__paintedEpoch)) - pressEpoch : null;
          line.push(`${id} ${ms(t ?? undefined)}`);
          if (t !== null) (u === 0 ? first : laterTimes).push(t);
        } catch (error) {
          line.push(`${id} failed: ${error.message.split("\n")[0]}`);
        } finally {
          await page.close();
        }
      }
      console.log(`start ${l + 1}: first use ${line[0]}; later ${line.slice(1).join(", ")}`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  console.log(`extension summary (load average ${load()}):`);
  summary("first use after browser start", first);
  summary("later uses", laterTimes);
}

async function steadySection(browser) {
  console.log(`\n== steady: one long-lived page, module warm, ${rounds} warm rounds per page`);
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`${origin}/www/bench/index.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const rows = [];
  for (const id of ids) rows.push(await page.evaluate(([id, rounds]) => window.benchPage(id, rounds), [id, rounds]));
  const ratio = (way, kind) => median(rows.map((r) => r[kind][way] / r[kind].readability));
  console.log(`steady summary (median over pages of plainview time / Readability.js time; load average ${load()}):`);
  console.log(`  extractDocument (live DOM walk)   warm ${ratio("live", "warm").toFixed(2)}x   first call on the page ${ratio("live", "first").toFixed(2)}x`);
  console.log(`  extract (HTML string)             warm ${ratio("string", "warm").toFixed(2)}x   first call on the page ${ratio("string", "first").toFixed(2)}x`);
  console.log(
    `  median warm ms: live ${median(rows.map((r) => r.warm.live)).toFixed(2)}, string ${median(rows.map((r) => r.warm.string)).toFixed(2)}, Readability.js ${median(rows.map((r) => r.warm.readability)).toFixed(2)}`,
  );
  await page.close();
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs });
console.log(await browser.version());
try {
  if (sections.includes("cold")) await coldSection(browser);
  if (sections.includes("press")) await pressSection(browser);
  if (sections.includes("steady")) await steadySection(browser);
} finally {
  await browser.close();
}
if (sections.includes("extension")) await extensionSection();
server.close();
console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${load()}`);
