// The wasm boundary under failure: every failure mode of the npm package, driven through
// the package itself (loaded by name from the repository, with `import` and `require`),
// must throw an Error named PlainviewError with the documented code, and hostile input
// (deep nesting, binary, huge attributes, lone surrogates) must never let a Rust panic,
// a wasm trap (`unreachable`) or any other kind of error reach JS. Needs `npm run build`
// first (pkg/). NOT_INITIALIZED only exists in the browser entry and is tested there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const sample = readFileSync(join(root, "www/samples/news.html"), "utf8");
const noArticle = "<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>";
/** Codes an extraction or conversion may fail with in Node. */
const CODES = new Set(["NO_ARTICLE", "INPUT_TOO_LARGE", "TOO_MANY_ELEMENTS", "INVALID_URL", "INVALID_ARGUMENT"]);
/** Nesting depth of the deep-document cases. */
const DEEP = 100_000;
const prose = `<p>${"Some article text that goes on long enough to read as prose. ".repeat(20)}</p>`;

let plainview;
let imported;
const consoleErrors = [];
const originalConsoleError = console.error;

before(async () => {
  assert.ok(existsSync(join(root, "pkg/node/plainview.js")), "pkg/ is missing: run `npm run build` first");
  // The package resolves itself by name from inside the repository (package.json
  // "exports"), exactly as a consumer's `require("plainview")` / `import` does.
  plainview = createRequire(join(root, "package.json"))("plainview");
  imported = await import("plainview");
  // The panic hook reports Rust panics on console.error: any such call is a failure.
  console.error = (...args) => {
    consoleErrors.push(args.map(String).join(" "));
    originalConsoleError(...args);
  };
});

after(() => {
  console.error = originalConsoleError;
  assert.deepEqual(consoleErrors, [], "nothing was logged by a Rust panic");
});

/** Asserts that `fn` throws a PlainviewError with `code` and a message. */
function throwsCode(fn, code, what) {
  let thrown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== undefined, `${what}: expected ${code}, nothing was thrown`);
  assert.ok(thrown instanceof Error, `${what}: threw a non-Error ${String(thrown)}`);
  assert.equal(thrown.name, "PlainviewError", `${what}: ${thrown.name}: ${thrown.message}`);
  assert.equal(thrown.code, code, `${what}: ${thrown.message}`);
  assert.ok(thrown.message.length > 0, `${what}: empty message`);
}

/** Runs `fn` on hostile input: it may return or throw a PlainviewError with a known code,
 * nothing else (a RuntimeError "unreachable" is a Rust panic that crossed the boundary). */
function survives(fn, what) {
  try {
    return { value: fn() };
  } catch (e) {
    assert.ok(e instanceof Error, `${what}: threw a non-Error ${String(e)}`);
    assert.equal(e.name, "PlainviewError", `${what}: ${e.name}: ${e.message}`);
    assert.ok(CODES.has(e.code), `${what}: unknown code ${e.code}`);
    return { error: e.code };
  }
}

function article() {
  return plainview.extract(sample, { url: "https://news.example/world/story" });
}

test("import and require give the same package", () => {
  for (const name of ["extract", "isProbablyReadable", "renderReadingView", "toMarkdown"]) {
    assert.equal(typeof plainview[name], "function", `require exposes ${name}`);
    assert.equal(imported[name], plainview[name], `import and require share ${name}`);
  }
});

test("NO_ARTICLE: a page without an article, an empty page", () => {
  throwsCode(() => plainview.extract(noArticle), "NO_ARTICLE", "navigation only");
  throwsCode(() => plainview.extract(""), "NO_ARTICLE", "empty string");
  throwsCode(() => plainview.extract(" \n\t "), "NO_ARTICLE", "whitespace");
  throwsCode(() => imported.extract(noArticle), "NO_ARTICLE", "through import");
});

test("INPUT_TOO_LARGE: over maxInputBytes, and over the default 64 MiB", () => {
  throwsCode(() => plainview.extract(sample, { maxInputBytes: 100 }), "INPUT_TOO_LARGE", "maxInputBytes 100");
  throwsCode(() => plainview.extract("<p>x</p>", { maxInputBytes: 0 }), "INPUT_TOO_LARGE", "maxInputBytes 0");
  const huge = "a".repeat(64 * 1024 * 1024 + 1);
  throwsCode(() => plainview.extract(huge), "INPUT_TOO_LARGE", "64 MiB + 1 byte");
});

test("TOO_MANY_ELEMENTS: over maxElements, and over the default million", () => {
  throwsCode(() => plainview.extract(sample, { maxElements: 10 }), "TOO_MANY_ELEMENTS", "maxElements 10");
  throwsCode(() => plainview.extract(prose + "<i>".repeat(1_000_001)), "TOO_MANY_ELEMENTS", "1,000,001 elements");
});

test("INVALID_URL: addresses that do not parse as absolute URLs", () => {
  for (const url of ["not a url", "http://", "/relative/path", "https://exa mple.org/", "http://[::1"]) {
    throwsCode(() => plainview.extract(sample, { url }), "INVALID_URL", `url ${JSON.stringify(url)}`);
  }
});

test("INVALID_ARGUMENT: html that is neither a string nor a Uint8Array", () => {
  for (const [what, html] of [
    ["number", 42],
    ["null", null],
    ["undefined", undefined],
    ["object", {}],
    ["array", ["<p>x</p>"]],
    ["ArrayBuffer", new ArrayBuffer(16)],
    ["Uint16Array", new Uint16Array(8)],
    ["String object", new String(sample)],
    ["Symbol", Symbol("x")],
  ]) {
    throwsCode(() => plainview.extract(html), "INVALID_ARGUMENT", `extract(${what})`);
    throwsCode(() => plainview.isProbablyReadable(html), "INVALID_ARGUMENT", `isProbablyReadable(${what})`);
  }
});

test("INVALID_ARGUMENT: options of the wrong type or shape", () => {
  for (const [what, options] of [
    ["a string", "https://example.org/"],
    ["a number", 42],
    ["true", true],
    ["url as a number", { url: 5 }],
    ["maxInputBytes as a string", { maxInputBytes: "lots" }],
    ["negative maxElements", { maxElements: -1 }],
    ["fractional maxElements", { maxElements: 1.5 }],
    ["keepMedia as a string", { keepMedia: "yes" }],
    ["charThreshold as an object", { charThreshold: {} }],
    ["an empty array", []],
    ["an array holding a url", ["https://example.org/"]],
  ]) {
    throwsCode(() => plainview.extract(sample, options), "INVALID_ARGUMENT", `options ${what}`);
  }
});

test("INVALID_ARGUMENT: a bad article object for renderReadingView and toMarkdown", () => {
  const good = article();
  for (const [what, bad] of [
    ["undefined", undefined],
    ["null", null],
    ["a string", "<p>x</p>"],
    ["a number", 42],
    ["an empty object", {}],
    ["without title", { ...good, title: undefined }],
    ["title as a number", { ...good, title: 5 }],
    ["content as an array", { ...good, content: ["<p>x</p>"] }],
    ["wordCount as a string", { ...good, wordCount: "many" }],
    ["negative wordCount", { ...good, wordCount: -1 }],
  ]) {
    throwsCode(() => plainview.renderReadingView(bad), "INVALID_ARGUMENT", `renderReadingView(${what})`);
    throwsCode(() => plainview.toMarkdown(bad), "INVALID_ARGUMENT", `toMarkdown(${what})`);
  }
  for (const [what, view] of [
    ["a string", "sepia"],
    ["an unknown theme", { theme: "neon" }],
    ["an unknown font", { font: "comic" }],
    ["fontSizePx as a string", { fontSizePx: "big" }],
  ]) {
    throwsCode(() => plainview.renderReadingView(good, view), "INVALID_ARGUMENT", `view options ${what}`);
  }
  // The module keeps working after every error above.
  assert.ok(plainview.renderReadingView(good).includes(good.title.slice(0, 20)));
});

test("hostile input never lets a panic or a trap reach JS", () => {
  const random = (n, seed) => {
    let x = seed;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  };
  const cases = [
    ["binary as latin1", Buffer.from(random(1 << 20, 0x9e3779b9)).toString("latin1")],
    ["binary as utf-8", new TextDecoder().decode(random(1 << 20, 0x85ebca6b))],
    ["lone surrogates and NULs", `\uD800${prose}\uDFFF\u0000<p>\uD83D</p>`.repeat(50)],
    ["huge attribute", `<p title="${"a".repeat(8 << 20)}">x</p>${prose}`],
    ["huge unterminated attribute", `${prose}<p title="${"\"'<>".repeat(1 << 20)}`],
    ["huge tag name", `<${"a".repeat(4 << 20)}>${prose}`],
    ["huge comment", `<!--${"-".repeat(4 << 20)}${prose}`],
    ["huge entity run", `<p>${"&amp;&#x1F600;&bogus;&#0;".repeat(200_000)}</p>${prose}`],
  ];
  for (const [open, close] of [
    ["<div>", "</div>"],
    ["<span>", ""],
    ["<a href=x>", ""],
    ["<table><tr><td>", ""],
    ["<svg><g>", ""],
    ["<math><mrow>", ""],
    ["<q>", ""],
  ]) {
    cases.push([`${DEEP}-deep ${open}`, open.repeat(DEEP) + prose + close.repeat(DEEP)]);
  }
  for (const [what, html] of cases) {
    const started = Date.now();
    const outcome = survives(() => plainview.extract(html), `extract: ${what}`);
    survives(() => plainview.isProbablyReadable(html), `isProbablyReadable: ${what}`);
    // The same hostile markup as an article's content: the view and Markdown parse it too.
    const hostileArticle = { ...article(), content: html, text: "" };
    survives(() => plainview.renderReadingView(hostileArticle), `renderReadingView: ${what}`);
    survives(() => plainview.toMarkdown(hostileArticle), `toMarkdown: ${what}`);
    const ms = Date.now() - started;
    console.log(`# ${what}: ${outcome.error ?? "article"}, all four calls in ${ms} ms`);
  }
  assert.ok(article().text.length > 500, "the module still works");
});
