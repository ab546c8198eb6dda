// The reader's toggle shortcut has one source, SHORTCUT in www/reader/reader.mjs: the
// reader matches it, the extension build makes it the command's key, the demo's front
// page shows it at run time, and every text that names a reader shortcut (README, www/,
// the extension build) names that one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium.mjs";
import { SHORTCUT } from "../../www/reader/reader.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Where a shortcut is named for people: the README, the demo and reader, the extension build. */
const TEXT_SOURCES = ["README.md", "www", "scripts/build-extension.mjs"];
const TEXT_EXTENSIONS = new Set([".md", ".html", ".js", ".mjs", ".json", ".css"]);
/** A chord with Alt in it, written as text or as <kbd> keys ("<kbd>Alt</kbd>+<kbd>R</kbd>"). */
const ALT_CHORD = /(?:<kbd>)?(?:Ctrl|Shift|Cmd|Meta)?(?:<\/kbd>)?\+?(?:<kbd>)?Alt(?:<\/kbd>)?(?:\+(?:<kbd>)?\w+(?:<\/kbd>)?)+/g;
/** Chords named as the browser's own, which the reader's shortcut must avoid. */
const RESERVED_CONTEXT = /Chromium (?:keeps|reserves) $/;

function* textFiles(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* textFiles(join(path, name));
  } else if (TEXT_EXTENSIONS.has(extname(path))) {
    yield path;
  }
}

test("the shortcut's label names the keys the reader matches", () => {
  const keys = [SHORTCUT.ctrlKey && "Ctrl", SHORTCUT.altKey && "Alt", SHORTCUT.shiftKey && "Shift"].filter(Boolean);
  assert.equal(SHORTCUT.label, [...keys, SHORTCUT.code.replace(/^(Key|Digit)/, "")].join("+"));
});

test("README, www/ and the extension build name no reader shortcut but SHORTCUT.label", () => {
  let mentions = 0;
  for (const source of TEXT_SOURCES) {
    for (const file of textFiles(join(root, source))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(ALT_CHORD)) {
        const chord = match[0].replace(/<\/?kbd>/g, "");
        const line = text.slice(0, match.index).split("\n").length;
        if (RESERVED_CONTEXT.test(text.slice(Math.max(0, match.index - 40), match.index))) {
          assert.notEqual(chord, SHORTCUT.label, `${relative(root, file)}:${line} calls the reader's shortcut reserved`);
          continue;
        }
        assert.equal(chord, SHORTCUT.label, `${relative(root, file)}:${line} names ${chord}`);
        mentions += 1;
      }
    }
  }
  assert.ok(mentions >= 2, "the README names the shortcut for the drop-in and the extension");
});

test("the extension's source manifest leaves the command's key to the build", () => {
  const manifest = JSON.parse(readFileSync(join(root, "www/extension/manifest.json"), "utf8"));
  const command = manifest.commands["toggle-reader"];
  assert.ok(command, "a toggle-reader command");
  assert.equal(command.suggested_key, undefined, "scripts/build-extension.mjs sets it from SHORTCUT");
});

test("the demo's front page shows SHORTCUT.label, read from the reader at run time", async () => {
  const www = join(root, "www");
  const types = { ".html": "text/html", ".mjs": "text/javascript", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = join(www, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(www + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  ensureChromium();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const slot = page.locator("[data-plainview-shortcut]");
    await slot.locator("kbd").first().waitFor({ timeout: 10000 });
    assert.equal((await slot.textContent()).replace(/\s/g, ""), SHORTCUT.label);
    assert.deepEqual(await slot.locator("kbd").allTextContents(), SHORTCUT.label.split("+"));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
