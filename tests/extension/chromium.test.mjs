// The browser extension end to end in Chromium: the built unpacked extension
// (dist/extension/chromium, from `npm run build:extension`) is loaded into a headless
// Chromium driven by playwright-core, sample pages are served from 127.0.0.1, and the toolbar
// button is pressed with the DevTools protocol's Extensions.triggerAction — the browser's own
// click path, so the activeTab grant, action.onClicked and chrome.scripting run for real.
// The page's DOM is read from a separate isolated world the test creates, so neither the
// page's overrides nor the extension's world affect what the test sees.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { SHORTCUT } from "../../www/reader/reader.mjs";
import { CHROMIUM, CHROMIUM_ARGS as PROJECT_ARGS, ensureChromium } from "../e2e/harness.mjs";
import {
  ARTICLE_TEXT,
  CLUTTER_TEXT,
  OTHER_STORIES_TEXT,
  ROOT,
  THIRD_STORY_TEXT,
  pageState,
  readerState,
  startPageServer,
} from "./pages.mjs";

const EXTENSION = join(ROOT, "dist/extension/chromium");
const CHROMIUM_ARGS = [...PROJECT_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`];
const WAIT_MS = 10_000;

let server;
let base;
let context;
let profile;
let worker;
let extensionId;
let readerHost;
/** [page path, ms from the press until the test saw the reader], printed at the end. */
const openTimes = [];

before(async () => {
  assert.ok(existsSync(join(EXTENSION, "manifest.json")), "build the extension first: npm run build:extension");
  ensureChromium();
  ({ HOST_SELECTOR: readerHost } = await import(join(EXTENSION, "reader/reader.mjs")));
  assert.equal(typeof readerHost, "string", "the reader module exports HOST_SELECTOR");
  server = await startPageServer();
  base = server.base;
  profile = mkdtempSync(join(tmpdir(), "plainview-extension-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ["--disable-extensions"],
    args: CHROMIUM_ARGS,
  });
  // The sample pages name assets on the internet; nothing may leave this machine.
  await context.route(
    (url) => (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: WAIT_MS }));
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  // A figure, not a check: the first press also starts the background and compiles the wasm.
  for (const [path, ms] of openTimes) console.log(`press to reader shown: ${ms} ms  ${path}`);
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Runs `fn(...args)` in a fresh isolated world of the page and returns its JSON result. */
async function inspect(page, fn, ...args) {
  const cdp = await context.newCDPSession(page);
  try {
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
      frameId: frameTree.frame.id,
      worldName: "plainview-test",
    });
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      expression: `(${fn})(...${JSON.stringify(args)})`,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

async function until(what, probe) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Presses the extension's toolbar button in the tab showing `page`. */
async function clickButton(page) {
  // activeTab is granted for the tab the user is looking at: the page must be in front.
  await page.bringToFront();
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const url = page.url();
    const tabs = targetInfos.filter((target) => target.url === url);
    assert.equal(tabs.length, 1, `one tab shows ${url}`);
    await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tabs[0].targetId });
  } finally {
    await cdp.detach();
  }
}

/** Presses the button on a page whose reader is closed and waits for the reader. */
async function openReader(page) {
  const tab = await tabOf(page);
  const started = performance.now();
  await clickButton(page);
  const outcome = await until("the reader to open", async () => {
    const open = await inspect(page, readerState, readerHost);
    if (open) return { open };
    const badge = await badgeOf(tab.id);
    return badge.text === "!" ? { refused: badge.title } : null;
  });
  assert.ok(outcome.open, `the reader opens (the button says: ${outcome.refused})`);
  openTimes.push([new URL(page.url()).pathname, Math.round(performance.now() - started)]);
  return outcome.open;
}

/**
 * The extension's tab object for `page`. Without the `tabs` permission the extension cannot
 * look tabs up by address, so the page is brought to the front and its window's active tab
 * is taken; tabs report their address only once activeTab was granted, which is checked.
 */
async function tabOf(page) {
  await page.bringToFront();
  const tabs = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  assert.equal(tabs.length, 1, "one active tab");
  return tabs[0];
}

function badgeOf(tabId) {
  return worker.evaluate(
    async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }),
    tabId,
  );
}

/**
 * Opens `path`, toggles the reader on and off, and checks what the user sees each time.
 * `errors` collects the page's uncaught errors that the hostile page's traps raised.
 */
async function openAndClose(path) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => {
    if (error.message.includes("hostile page")) errors.push(error.message);
  });
  try {
    await page.goto(base + path);
    const before = await inspect(page, pageState);

    const open = await openReader(page);
    for (const text of ARTICLE_TEXT) assert.ok(open.text.includes(text), `the reader shows "${text}"`);
    for (const text of CLUTTER_TEXT) assert.ok(!open.text.includes(text), `the reader hides "${text}"`);
    assert.equal(open.hostCount, 1);
    assert.equal(open.hostPosition, "fixed", "the reader layer covers the page");
    assert.equal(open.controlsDisplay, "flex", "the controls' stylesheet applies");
    assert.notEqual(open.pageMaxWidth, "none", "the reading view's stylesheet applies");

    await clickButton(page);
    await until("the reader to close", async () => (await inspect(page, readerState, readerHost)) === null);
    const afterClose = await until("the page to be restored", async () => {
      const state = await inspect(page, pageState);
      return state.html === before.html ? state : null;
    }).catch(() => inspect(page, pageState));
    assert.deepEqual(afterClose, before, "closing puts the page back as it was");
    return { page, open, errors };
  } catch (error) {
    await page.close();
    throw error;
  }
}

test("the toolbar button opens the article of a cluttered page and closing restores it", async () => {
  const { page, open, errors } = await openAndClose("/news/iran-and-the-taliban");
  assert.deepEqual(errors, []);
  assert.equal(open.written, true, "the article is written into the reader's frame, not navigated to");
  const tab = await tabOf(page);
  const badge = await until("the badge", async () => {
    const found = await badgeOf(tab.id);
    return found.text ? found : null;
  });
  assert.equal(badge.text, "✓", "the button says the page looks readable");
  assert.match(badge.title, /looks like an article \(Alt\+Shift\+V\)$/, "the tooltip names the shortcut");
  await page.close();
});

test("a page whose CSP forbids all scripts, styles, images and frames still gets the reader", async () => {
  const { page } = await openAndClose("/strict/iran-and-the-taliban");
  await page.close();
});

test("under the page's style-src 'none' the article in the reader's frame looks as on any page", async () => {
  // The frame inherits the page's CSP; the reading view's <style> is refused there.
  const normal = await openAndClose("/news/styled");
  await normal.page.close();
  const strict = await openAndClose("/strict/styled");
  await strict.page.close();
  assert.deepEqual(strict.open.look, normal.open.look);
});

test("a page that overrides DOM methods, built-ins and fetch does not reach the extension", async () => {
  const { page, errors } = await openAndClose("/hostile/iran-and-the-taliban");
  assert.deepEqual(errors, [], "the page's broken methods were never called");
  await page.close();
});

test("a page that defines a custom element with the reader's former tag name still gets the reader", async () => {
  const { page, errors } = await openAndClose("/squatter/iran-and-the-taliban");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on an infinite-scroll page the reader shows the story in the address bar", async () => {
  const page = await context.newPage();
  await page.goto(base + "/samples/infinite.html");
  await page.waitForFunction(
    () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.querySelectorAll("#main article").length === 4 && !document.querySelector(".infinite-loader");
    },
    null,
    { polling: 100, timeout: WAIT_MS },
  );
  await page.evaluate(() => {
    const third = document.querySelector("#post-4302");
    window.scrollTo(0, third.getBoundingClientRect().top + window.scrollY + 150);
  });
  await page.waitForFunction(() => location.search === "?p=4302");
  const open = await openReader(page);
  assert.ok(open.text.includes(THIRD_STORY_TEXT), "the story whose address the tab shows");
  for (const text of OTHER_STORIES_TEXT) assert.ok(!open.text.includes(text), `not "${text}"`);
  await clickButton(page);
  await page.close();
});

test("a page without an article leaves the page alone and says so on the button", async () => {
  const page = await context.newPage();
  await page.goto(base + "/links");
  const before = await inspect(page, pageState);
  const tab = await tabOf(page);
  await clickButton(page);
  const badge = await until("the badge", async () => {
    const found = await badgeOf(tab.id);
    return found.text ? found : null;
  });
  assert.equal(badge.text, "✕");
  assert.match(badge.title, /no article/);
  assert.deepEqual(await inspect(page, pageState), before);
  await page.close();
});

test("the options page and the in-page controls share one set of preferences", async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector("html[data-ready]");
  await options.selectOption("select[name=theme]", "sepia");
  await options.fill("input[name=fontSizePx]", "999");
  await options.locator("input[name=fontSizePx]").dispatchEvent("change");
  await options.waitForFunction(() => document.getElementById("status").textContent === "Saved.");
  assert.equal(await options.inputValue("input[name=fontSizePx]"), await options.getAttribute("input[name=fontSizePx]", "max"), "out-of-range sizes are clamped");

  const page = await context.newPage();
  await page.goto(base + "/news/shared-preferences");
  const open = await openReader(page);
  assert.equal(open.theme, "sepia", "the reader opens with the options page's theme");

  // The reader's own theme control saves to the same store; the options page follows.
  await inspect(
    page,
    (hostSelector) => {
      const radio = document.querySelector(hostSelector).shadowRoot.querySelector('input[name=theme][value="dark"]');
      radio.click();
    },
    readerHost,
  );
  await options.waitForFunction(() => document.querySelector("select[name=theme]").value === "dark");
  await clickButton(page);
  await page.close();
  await options.close();
});

test("the keyboard command gets its suggested shortcut (one the browser does not reserve)", async () => {
  // Headless Chromium cannot press it; the command runs the same runInTab as the button.
  const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const toggle = commands.find((command) => command.name === "toggle-reader");
  assert.ok(toggle, "a toggle-reader command");
  assert.equal(toggle.shortcut.replace(/\s/g, ""), manifest.commands["toggle-reader"].suggested_key.default);
  assert.equal(toggle.shortcut.replace(/\s/g, ""), SHORTCUT.label, "the reader's own shortcut");
});

test("the Firefox build declares what Firefox MV3 requires", () => {
  const firefox = JSON.parse(readFileSync(join(ROOT, "dist/extension/firefox/manifest.json"), "utf8"));
  const chromiumManifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));
  assert.ok(firefox.browser_specific_settings?.gecko?.id, "a gecko id (storage.sync needs one)");
  assert.deepEqual(firefox.background.scripts, [chromiumManifest.background.service_worker]);
  assert.equal(firefox.background.service_worker, undefined);
  for (const manifest of [firefox, chromiumManifest]) {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.host_permissions, undefined, "no host permissions by default");
    assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "contextMenus", "scripting", "storage"]);
  }
});
