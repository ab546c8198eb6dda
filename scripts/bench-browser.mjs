// `npm run bench:browser [-- --pages N --rounds R]`: in one headless Chromium run, times
// plainview (extractDocument on the live document, extract on the HTML string) against
// Readability.js (`new Readability(document.cloneNode(true)).parse()`) on every page of
// ../shared/corpus/moz, first call and warm median, and prints per-page times and the
// median ratios. Needs `npm run build` and Debian's chromium.
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, OFFLINE_ARGS } from "./chromium.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const corpus = resolve(root, "../shared/corpus");
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".css": "text/css",
};

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

if (!existsSync(join(corpus, "moz"))) fail(`${corpus}/moz is absent: nothing to measure`);
if (!existsSync(join(root, "pkg/web/plainview_bg.wasm"))) fail("run `npm run build` first");
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: apt-get install -y chromium`);

// Files under the repository, and the corpus under /corpus/.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const [base, rel] = path.startsWith("/corpus/") ? [corpus, path.slice(8)] : [root, path];
  const file = normalize(join(base, rel));
  if (!file.startsWith(base) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS],
});
const page = await browser.newPage();
page.on("pageerror", (e) => console.error("page error:", e.message));
await page.goto(`${origin}/www/bench/index.html`);
await page.waitForFunction(() => window.benchReady === true);

const ids = readdirSync(join(corpus, "moz"))
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.slice(0, -5))
  .sort()
  .slice(0, option("pages", Infinity));
const rounds = option("rounds", 5);
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => ms.toFixed(2).padStart(8);

console.log(`${ids.length} pages of ${corpus}/moz, ${rounds} warm rounds, ${await browser.version()}`);
console.log(
  `${"page".padEnd(34)} ${"KB".padStart(6)}  ${"live".padStart(8)} ${"string".padStart(8)} ${"Readab.".padStart(8)}  (warm median ms)  first: live / Readab.`,
);
const rows = [];
for (const id of ids) {
  const r = await page.evaluate(([id, rounds]) => window.benchPage(id, rounds), [id, rounds]);
  rows.push(r);
  console.log(
    `${id.slice(0, 34).padEnd(34)} ${(r.bytes / 1024).toFixed(0).padStart(6)}  ${fmt(r.warm.live)} ${fmt(r.warm.string)} ${fmt(r.warm.readability)}  ${" ".repeat(16)}  ${fmt(r.first.live)} / ${fmt(r.first.readability)}`,
  );
}
const ratio = (way, kind) => median(rows.map((r) => r[kind][way] / r[kind].readability));
console.log();
console.log("median over pages of (plainview time / Readability.js time), lower is faster:");
console.log(`  extractDocument (live DOM walk)   warm ${ratio("live", "warm").toFixed(2)}x   first call ${ratio("live", "first").toFixed(2)}x`);
console.log(`  extract (HTML string)             warm ${ratio("string", "warm").toFixed(2)}x   first call ${ratio("string", "first").toFixed(2)}x`);
console.log(`  outerHTML serialization alone     warm ${ratio("serialize", "warm").toFixed(2)}x`);
console.log(
  `median warm ms: live ${median(rows.map((r) => r.warm.live)).toFixed(2)}, string ${median(rows.map((r) => r.warm.string)).toFixed(2)}, Readability.js ${median(rows.map((r) => r.warm.readability)).toFixed(2)}`,
);
const failures = rows.filter((r) => !r.ok.live || !r.ok.string).map((r) => r.id);
console.log(`pages without an article (plainview): ${failures.length ? failures.join(", ") : "none"}`);
await browser.close();
server.close();
