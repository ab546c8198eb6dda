// The warm-up `init()` runs (js/warm.mjs) only speeds up the first call if its sample page
// takes the paths a real page takes: it must be found readable and give a whole article
// with its metadata, and the module must answer as before once it has run. Needs `npm run
// build` first (pkg/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { WARM_UP_ROUNDS, samplePage, warmUp } from "../../js/warm.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const news = readFileSync(join(root, "www/samples/news.html"), "utf8");

async function fullModule() {
  assert.ok(existsSync(join(root, "pkg/full/plainview_bg.wasm")), "pkg/ is missing: run `npm run build` first");
  const wasm = await import(join(root, "pkg/full/plainview.js"));
  wasm.initSync({ module: readFileSync(join(root, "pkg/full/plainview_bg.wasm")) });
  return wasm;
}

test("the warm-up's sample page is a readable article with its metadata", async () => {
  const wasm = await fullModule();
  const page = samplePage();
  assert.equal(wasm.isProbablyReadableFlat(page), true);
  const article = wasm.extractFlat(page, { url: "https://dispatch.example/news/bridge-reopens" });
  assert.equal(article.title, "Old river crossing to reopen after two years of repairs");
  assert.equal(article.byline, "Alex Morgan");
  assert.equal(article.siteName, "The Dispatch");
  assert.ok(article.wordCount > 500, `the story's words (${article.wordCount})`);
  assert.ok(article.text.includes("What happens next"), "the story's second half");
  assert.ok(!article.text.includes("More from The Dispatch"), "not the related stories");
  assert.ok(wasm.renderReadingView(article).includes("<article"));
});

test("warming leaves the module answering as before", async () => {
  const wasm = await fullModule();
  const before = wasm.extract(news, { url: "https://example.org/news" });
  await warmUp(wasm, true, WARM_UP_ROUNDS);
  assert.deepEqual(wasm.extract(news, { url: "https://example.org/news" }), before);
});
