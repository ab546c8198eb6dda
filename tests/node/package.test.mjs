// The npm package as users get it: packed with `npm pack`, installed from the tarball into
// a fresh project, then loaded with `import` and `require` from outside the repository.
// Needs `npm run build` first (pkg/). The native comparison reads ../shared/corpus/moz and
// skips with a message when it is absent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const mozCorpus = resolve(root, "../shared/corpus/moz");
/** How many corpus pages the wasm result is compared with the native CLI on. */
const NATIVE_COMPARISON_PAGES = 3;

const sample = readFileSync(join(root, "www/samples/news.html"), "utf8");
const sampleUrl = "https://news.example/world/story";
const noArticle = "<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>";

let project;
let plainview;

before(() => {
  assert.ok(
    existsSync(join(root, "pkg/node/plainview.js")) && existsSync(join(root, "pkg/web/plainview_bg.wasm")),
    "pkg/ is missing: run `npm run build` first",
  );
  project = mkdtempSync(join(tmpdir(), "plainview-pkg-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", project], {
      cwd: root,
      encoding: "utf8",
      // Tests never build: prepack only checks that pkg/ is built from these sources.
      env: { ...process.env, PLAINVIEW_PREPACK: "check" },
    }),
  );
  const tarball = join(project, packed[0].filename);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: project, stdio: "pipe" });
  plainview = createRequire(join(project, "package.json"))("plainview");
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Runs `code` with Node in the consumer project and returns what it prints, as JSON. */
function runInProject(code, inputType) {
  const out = execFileSync(process.execPath, [`--input-type=${inputType}`, "-e", code], {
    cwd: project,
    encoding: "utf8",
    input: sample,
  });
  return JSON.parse(out);
}

const probe = (load) => `${load}
const html = require("fs").readFileSync(0, "utf8");
const article = pv.extract(html, { url: ${JSON.stringify(sampleUrl)} });
console.log(JSON.stringify({ exports: Object.keys(pv).sort(), article }));`;

test("the tarball holds the package files and nothing from the repository's sources", () => {
  const installed = join(project, "node_modules/plainview");
  for (const file of ["index.d.ts", "js/node.cjs", "js/node.mjs", "js/web.mjs", "pkg/node/plainview.js", "pkg/web/plainview_bg.wasm"]) {
    assert.ok(existsSync(join(installed, file)), `${file} is in the package`);
  }
  assert.ok(!existsSync(join(installed, "pkg/node/plainview_bg.wasm")), "one copy of the wasm, shared by both glues");
  for (const dir of ["src", "tests", "target", "scripts"]) {
    assert.ok(!existsSync(join(installed, dir)), `${dir}/ stays out of the package`);
  }
});

test("require and import both load the installed package and agree", () => {
  const required = runInProject(probe('const pv = require("plainview");'), "commonjs");
  const imported = runInProject(
    probe('import * as pv from "plainview"; import { createRequire } from "node:module"; const require = createRequire(import.meta.url);'),
    "module",
  );
  for (const name of ["extract", "isProbablyReadable", "renderReadingView", "toMarkdown", "init"]) {
    assert.ok(required.exports.includes(name), `require exposes ${name}`);
    assert.ok(imported.exports.includes(name), `import exposes ${name}`);
  }
  assert.ok(required.article.text.length > 500);
  assert.deepEqual(imported.article, required.article);
});

test("extract returns the article's title, text and metadata as a plain object", () => {
  const article = plainview.extract(sample, { url: sampleUrl });
  assert.equal(Object.getPrototypeOf(article), Object.prototype);
  assert.ok(article.title.length > 0);
  assert.ok(!article.title.includes("|"), "site name suffix removed from the title");
  assert.ok(article.wordCount > 300, `wordCount ${article.wordCount}`);
  assert.ok(article.readingTimeMinutes >= 1);
  assert.ok(article.text.split(/\s+/).length > 300);
  assert.ok(!/<script|<nav|<form/i.test(article.content), "content is sanitized");
  assert.equal(typeof article.diagnostics.policy, "string");
  for (const key of ["byline", "siteName", "publishedTime", "lang", "dir", "excerpt", "leadImageUrl", "url"]) {
    assert.ok(key in article, `${key} present`);
    assert.ok(article[key] === null || typeof article[key] === "string", `${key} is a string or null`);
  }
});

test("isProbablyReadable tells an article page from a navigation stub", () => {
  assert.equal(plainview.isProbablyReadable(sample), true);
  assert.equal(plainview.isProbablyReadable(noArticle), false);
});

test("failures throw an Error with a stable code", () => {
  const throwsCode = (fn, code) =>
    assert.throws(fn, (e) => e instanceof Error && e.name === "PlainviewError" && e.code === code && e.message.length > 0);
  throwsCode(() => plainview.extract(noArticle), "NO_ARTICLE");
  throwsCode(() => plainview.extract(sample, { url: "not a url" }), "INVALID_URL");
  throwsCode(() => plainview.extract(sample, { maxInputBytes: 100 }), "INPUT_TOO_LARGE");
  throwsCode(() => plainview.extract(sample, { maxElements: 10 }), "TOO_MANY_ELEMENTS");
  throwsCode(() => plainview.extract(42), "INVALID_ARGUMENT");
  throwsCode(() => plainview.extract(sample, { maxInputBytes: "lots" }), "INVALID_ARGUMENT");
  throwsCode(() => plainview.renderReadingView({ text: "no title" }), "INVALID_ARGUMENT");
  // The module keeps working after errors.
  assert.ok(plainview.extract(sample).text.length > 500);
});

test("hostile nesting fits the wasm stack (1 MiB, far less than a native thread's)", () => {
  const prose = `<p>${"Some article text that goes on long enough to read as prose. ".repeat(20)}</p>`;
  for (const [open, close] of [["<div>", "</div>"], ["<div>", ""], ["<b>", ""], ["<table><tr><td>", ""]]) {
    const html = open.repeat(100000) + prose + close.repeat(100000);
    const article = plainview.extract(html);
    assert.ok(article.text.includes("long enough to read as prose"), `${open} x 100,000`);
  }
});

test("renderReadingView and toMarkdown take the article object back", () => {
  const article = plainview.extract(sample, { url: sampleUrl });
  const page = plainview.renderReadingView(article, { theme: "sepia", fontSizePx: 20 });
  assert.match(page, /^<!DOCTYPE html>/i);
  assert.ok(page.includes("<article"));
  assert.ok(!/<script/i.test(page), "no script in the reading view");
  assert.ok(page.includes("sepia"));
  assert.ok(plainview.renderReadingView(article).length > article.content.length);
  const markdown = plainview.toMarkdown(article);
  assert.ok(markdown.startsWith(`# ${article.title}`));
});

test("options, view options and articles are read by their field names, unknown fields ignored", () => {
  const article = plainview.extract(sample, { url: null, keepClasses: true, explain: true, maxElements: 1e6, someday: 1 });
  assert.ok(Array.isArray(article.diagnostics.removals), "explain: true is read");
  const page = plainview.renderReadingView(
    { ...article, diagnostics: undefined, extra: [1, 2] },
    { theme: "dark", font: "sans", fontSizePx: 21, contentWidth: 61, lineHeight: 1.8 },
  );
  assert.ok(page.includes("--pv-size: 21px; --pv-measure: 61ch; --pv-leading: 1.80;"), "view options are read");
  assert.ok(page.includes("dark"));
  const { byline, siteName, ...bare } = article;
  assert.ok(plainview.toMarkdown({ ...bare, byline: null }).startsWith(`# ${article.title}`), "optional fields may be absent or null");
});

test("the browser entries refuse calls before init; without DOMParser the lean one says to use full", async () => {
  const installed = join(project, "node_modules/plainview");
  const web = await import(join(installed, "js/web.mjs"));
  assert.throws(() => web.extract(sample), (e) => e.code === "NOT_INITIALIZED");
  // init()'s warm-up calls only what this runtime supports: a panic would be logged here.
  const logged = [];
  const consoleError = console.error;
  console.error = (...args) => logged.push(args.join(" "));
  try {
    await web.default(readFileSync(join(installed, "pkg/web/plainview_bg.wasm")));
  } finally {
    console.error = consoleError;
  }
  assert.deepEqual(logged, [], "init() logs nothing");
  await web.init(); // a second call is a no-op
  assert.throws(
    () => web.extract(sample),
    (e) => e.name === "PlainviewError" && e.code === "NO_DOM_PARSER" && e.message.includes("plainview/full"),
  );
  const full = await import(join(installed, "js/full.mjs"));
  assert.throws(() => full.extract(sample), (e) => e.code === "NOT_INITIALIZED");
  await full.default(readFileSync(join(installed, "pkg/full/plainview_bg.wasm")));
  assert.deepEqual(full.extract(sample, { url: sampleUrl }), plainview.extract(sample, { url: sampleUrl }));
});

test("the wasm result equals the native CLI's JSON on moz corpus pages", (t) => {
  if (!existsSync(mozCorpus)) {
    t.skip(`${mozCorpus} is absent: native comparison skipped`);
    return;
  }
  execFileSync("cargo", ["build", "--release", "--features", "cli", "--quiet"], { cwd: root, stdio: "inherit" });
  const cli = join(root, "target/release/plainview");
  const pages = readdirSync(mozCorpus)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .slice(0, NATIVE_COMPARISON_PAGES);
  assert.equal(pages.length, NATIVE_COMPARISON_PAGES);
  for (const page of pages) {
    const htmlPath = join(mozCorpus, page);
    const meta = JSON.parse(readFileSync(htmlPath.replace(/\.html$/, ".json"), "utf8"));
    const args = [htmlPath, "--format", "json", ...(meta.url ? ["--url", meta.url] : [])];
    let native;
    try {
      native = { article: JSON.parse(execFileSync(cli, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) };
    } catch (e) {
      native = { exitCode: e.status };
    }
    let wasm;
    try {
      // The page's bytes, decoded by the package as the CLI decodes them.
      wasm = { article: plainview.extract(readFileSync(htmlPath), { url: meta.url ?? null }) };
    } catch (e) {
      wasm = { exitCode: e.code === "NO_ARTICLE" ? 1 : 2 };
    }
    assert.deepEqual(wasm, native, `${page}: wasm and native agree`);
  }
});

test("the types check for ESM, CommonJS and bundler consumers", (t) => {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  if (!existsSync(tsc)) {
    t.skip("typescript is not installed (npm ci): type check skipped");
    return;
  }
  writeFileSync(
    join(project, "esm.mts"),
    `import init, { extract, renderReadingView, toMarkdown, isProbablyReadable, type Article, type Options, type PlainviewError, type ErrorCode } from "plainview";
await init();
const options: Options = { url: "https://example.org/", maxInputBytes: 1000, keepMedia: false };
const article: Article = extract("<p>x</p>", options);
const title: string = article.title;
const byline: string | null = article.byline;
const words: number = article.wordCount + article.readingTimeMinutes;
const page: string = renderReadingView(article, { theme: "sepia", font: "sans", fontSizePx: 18 });
const ok: boolean = isProbablyReadable(toMarkdown(article));
try { extract(""); } catch (e) { const code: ErrorCode = (e as PlainviewError).code; console.log(code, title, byline, words, page, ok); }
// @ts-expect-error themes are a closed set
renderReadingView(article, { theme: "neon" });
// @ts-expect-error html must be a string
extract(42);
`,
  );
  writeFileSync(
    join(project, "cjs.cts"),
    `import plainview = require("plainview");
const article = plainview.extract("<p>x</p>", { url: "https://example.org/" });
export const page: string = plainview.renderReadingView(article) + plainview.toMarkdown(article);
`,
  );
  const common = ["--noEmit", "--strict", "--target", "es2022"];
  const nodeTypes = ["--typeRoots", join(root, "node_modules/@types"), "--types", "node"];
  // Browser consumers have the DOM library and no Node types.
  const browserTypes = ["--typeRoots", join(project, "no-types"), "--lib", "es2022,dom"];
  const check = (args) => {
    try {
      execFileSync(process.execPath, [tsc, ...common, ...args], { cwd: project, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      assert.fail(`tsc ${args.join(" ")}:\n${e.stdout}${e.stderr}`);
    }
  };
  check(["--module", "node16", "--moduleResolution", "node16", ...nodeTypes, "esm.mts", "cjs.cts"]);
  check(["--module", "esnext", "--moduleResolution", "bundler", ...browserTypes, "esm.mts"]);
});

test("a page bundled with Vite from the installed package extracts in headless Chromium", async () => {
  ensureChromium();
  const { build } = await import("vite");
  const { chromium } = await import("playwright-core");
  const app = join(project, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>consumer</title></head><body>
<script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(
    join(app, "main.js"),
    `import init, { extract, extractDocument, isProbablyReadable } from "plainview";
await init();
const html = ${JSON.stringify(sample)};
const fromString = extract(html, { url: ${JSON.stringify(sampleUrl)} });
const doc = new DOMParser().parseFromString(html, "text/html");
const fromDocument = extractDocument(doc, { url: ${JSON.stringify(sampleUrl)} });
let code = null;
try { extract("<nav><a href='/'>Home</a></nav>"); } catch (e) { code = e.code; }

// What only a rendered page knows: a paragraph hidden by a stylesheet, text inside an
// open shadow root (with a slotted light-DOM paragraph), the image candidate chosen.
const para = (words) => "<p>" + words + " " + "The council's report on the river was read aloud at the meeting, and residents asked many questions about the plans. ".repeat(4) + "</p>";
document.body.insertAdjacentHTML("beforeend", "<style>.later{display:none}</style><main><article><h1>Live page</h1>"
  + para("VISIBLE-ONE") + '<div class="later">' + para("HIDDEN-BY-CSS") + "</div>"
  + '<div id="host">' + para("SLOTTED-LIGHT") + "</div>"
  + '<p><img id="pic" alt="pic" src="/tiny-a.svg" srcset="/tiny-a.svg 1x, /tiny-b.svg 2x"></p>'
  + para("VISIBLE-TWO") + "</article></main>");
const shadow = document.getElementById("host").attachShadow({ mode: "open" });
shadow.innerHTML = para("INSIDE-SHADOW") + "<slot></slot>";
const pic = document.getElementById("pic");
await (pic.complete ? Promise.resolve() : new Promise((r) => { pic.onload = r; pic.onerror = r; }));
const live = extractDocument(document, { url: location.origin + "/live" });
const snapshot = (await import("plainview")).snapshotDocument(document);
window.result = { title: fromString.title, text: fromString.text, documentTitle: fromDocument.title,
  documentText: fromDocument.text, readable: isProbablyReadable(doc), code,
  live: { text: live.text, content: live.content, currentSrc: pic.currentSrc },
  snapshotText: (await import("plainview")).extractSnapshot(snapshot, { url: location.origin + "/live" }).text };
`,
  );
  await build({ root: app, logLevel: "silent", build: { outDir: join(app, "dist"), target: "es2022" } });
  const dist = join(app, "dist");
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path.startsWith("/tiny-")) {
      res.writeHead(200, { "content-type": "image/svg+xml" });
      return res.end('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
    }
    const file = join(dist, path.replace(/\/$/, "/index.html"));
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.result !== undefined || false, null, { timeout: 20000 }).catch(() => {});
    const result = await page.evaluate(() => window.result);
    assert.deepEqual(errors, [], "no page errors");
    assert.ok(result, "the bundled page ran");
    const expected = plainview.extract(sample, { url: sampleUrl });
    assert.equal(result.title, expected.title);
    assert.equal(result.text, expected.text, "the bundled browser build gives Node's article");
    assert.equal(result.documentTitle, expected.title, "extractDocument on a DOMParser document");
    assert.ok(result.documentText.includes(expected.text.slice(0, 200)));
    assert.equal(result.readable, true);
    assert.equal(result.code, "NO_ARTICLE");
    const { live } = result;
    for (const shown of ["VISIBLE-ONE", "VISIBLE-TWO", "INSIDE-SHADOW", "SLOTTED-LIGHT"]) {
      assert.ok(live.text.includes(shown), `live extraction lost ${shown}`);
    }
    assert.ok(live.text.indexOf("INSIDE-SHADOW") < live.text.indexOf("SLOTTED-LIGHT"), "shadow content in rendering order");
    assert.ok(!live.text.includes("HIDDEN-BY-CSS"), "an element the stylesheet hides was kept");
    assert.ok(live.currentSrc.endsWith("/tiny-a.svg") || live.currentSrc.endsWith("/tiny-b.svg"));
    assert.ok(live.content.includes(`src="${live.currentSrc}"`), "the image keeps the source the browser chose");
    assert.equal(result.snapshotText, live.text, "a snapshot extracts as the live document does");
  } finally {
    await browser.close();
    server.close();
  }
});
