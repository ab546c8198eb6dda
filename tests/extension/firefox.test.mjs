// The Firefox build (dist/extension/firefox) in Firefox, driven over WebDriver BiDi, the
// remote protocol built into Firefox. Runs when Firefox is installed (Debian: firefox-esr,
// which `npm test` installs when missing) and skips with a message otherwise, except on CI
// (CI=true), where a missing Firefox fails.
//
// Firefox offers no remote way to press an extension's toolbar button, and the activeTab
// grant comes only from that press, so the test installs a copy of the build with two
// test-only additions: a host permission for 127.0.0.1, and a listener in the background
// that calls the same runInTab the button, the shortcut and the menu call whenever the tab's
// address gets the fragment #plainview-test-N (a same-document navigation: the page stays).
// It writes runInTab's answer on <html data-plainview-test>, which the checks remove again.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ARTICLE_TEXT, CLUTTER_TEXT, ROOT, pageState, readerState, startPageServer } from "./pages.mjs";

const FIREFOX = ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find((path) => existsSync(path));
const BUILD = join(ROOT, "dist/extension/firefox");
const WAIT_MS = 15_000;
const RESULT_ATTRIBUTE = "data-plainview-test";

const TEST_HOOK = `
// Test-only (tests/extension/firefox.test.mjs): the button's handler, run on a fragment change.
browser.tabs.onUpdated.addListener(async (tabId, info, tab) => {
  if (!info.url || !/#plainview-test-\\d+$/.test(info.url)) return;
  const result = await globalThis.plainviewExtension.runInTab(tab, "toggle");
  const badge = await browser.action.getBadgeText({ tabId });
  const shortcut = (await browser.commands.getAll()).find((command) => command.name === "toggle-reader")?.shortcut;
  await browser.scripting.executeScript({
    target: { tabId },
    func: (name, value) => document.documentElement.setAttribute(name, value),
    args: [${JSON.stringify(RESULT_ATTRIBUTE)}, JSON.stringify({ ...result, badge, shortcut })],
  });
});
`;

if (!FIREFOX && process.env.CI === "true") {
  throw new Error("Firefox is not installed: `npm test` installs firefox-esr (scripts/extension-test.sh)");
}

const skip = !FIREFOX
  ? "Firefox is not installed (apt-get install firefox-esr to run the Firefox tests)"
  : typeof WebSocket !== "function"
    ? "needs a global WebSocket (Node 22, or Node 20 with --experimental-websocket)"
    : false;

let server;
let firefox;
let socket;
let workDir;
let tab;
let presses = 0;
/** The selector of the reader's host element (HOST_SELECTOR of the build's reader module). */
let readerHost;
let nextCommand = 1;
const pending = new Map();

/** One WebDriver BiDi command; resolves to its result, rejects with its error. */
function send(method, params = {}) {
  return new Promise((resolve, reject) => {
    const id = nextCommand++;
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
}

/** Runs `fn(...args)` in a sandbox of the tab's page (not the page's own globals). */
async function inspect(fn, ...args) {
  const reply = await send("script.evaluate", {
    expression: `JSON.stringify((${fn})(...${JSON.stringify(args)}))`,
    target: { context: tab, sandbox: "plainview-test" },
    awaitPromise: true,
  });
  if (reply.type === "exception") throw new Error(reply.exceptionDetails.text);
  return JSON.parse(reply.result.value ?? "null");
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

/** Presses the (test hook's) button once and returns runInTab's answer. */
async function press(url) {
  presses += 1;
  await send("browsingContext.navigate", { context: tab, url: `${url}#plainview-test-${presses}`, wait: "none" });
  const result = await until("the extension's answer", () =>
    inspect((name) => document.documentElement.getAttribute(name), RESULT_ATTRIBUTE),
  );
  await inspect((name) => document.documentElement.removeAttribute(name), RESULT_ATTRIBUTE);
  return JSON.parse(result);
}

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(BUILD, "manifest.json")), "build the extension first: npm run build:extension");
  ({ HOST_SELECTOR: readerHost } = await import(join(BUILD, "reader/reader.mjs")));
  server = await startPageServer();
  workDir = mkdtempSync(join(tmpdir(), "plainview-firefox-"));
  const extension = join(workDir, "extension");
  cpSync(BUILD, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  writeFileSync(join(extension, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(extension, "background.mjs"), readFileSync(join(extension, "background.mjs"), "utf8") + TEST_HOOK);

  const profile = join(workDir, "profile");
  mkdirSync(profile);
  const prefs = {
    // Nothing may leave this machine: every request but 127.0.0.1's goes to a closed port.
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": 9,
    "network.proxy.allow_hijacking_localhost": false,
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
    "browser.shell.checkDefaultBrowser": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "app.update.disabledForTesting": true,
  };
  const userJs = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(profile, "user.js"), userJs.join("\n") + "\n");

  firefox = spawn(FIREFOX, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const endpoint = await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its remote agent:\n${output.slice(-800)}`)), WAIT_MS);
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    firefox.stdout.on("data", read);
    firefox.stderr.on("data", read);
  });
  socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error("could not connect to Firefox's remote agent"));
  });
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === "error") waiter.reject(new Error(`${message.error}: ${message.message}`));
    else waiter.resolve(message.result);
  };
  await send("session.new", { capabilities: {} });
  await send("webExtension.install", { extensionData: { type: "path", path: extension } });
  tab = (await send("browsingContext.getTree", {})).contexts[0].context;
});

after(async () => {
  socket?.close();
  if (firefox && firefox.exitCode === null) {
    const exited = new Promise((done) => firefox.once("exit", done));
    firefox.kill();
    await exited;
  }
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Loads `path`, opens and closes the reader, and checks what the user sees each time. */
async function openAndClose(path) {
  const url = server.base + path;
  await send("browsingContext.navigate", { context: tab, url, wait: "complete" });
  const before = await inspect(pageState);
  const opened = await press(url);
  assert.deepEqual({ open: opened.open, error: opened.error }, { open: true, error: undefined });
  const open = await until("the reader to open", () => inspect(readerState, readerHost));
  for (const text of ARTICLE_TEXT) assert.ok(open.text.includes(text), `the reader shows "${text}"`);
  for (const text of CLUTTER_TEXT) assert.ok(!open.text.includes(text), `the reader hides "${text}"`);
  const closed = await press(url);
  assert.equal(closed.open, false);
  const after = await inspect(pageState);
  assert.deepEqual(after, before, "closing puts the page back as it was");
  return { open, opened };
}

test("Firefox: the button's handler opens the article and closing restores the page", { skip }, async () => {
  const { open, opened } = await openAndClose("/news/in-firefox");
  assert.equal(opened.badge, "✓");
  assert.equal(opened.shortcut, "Alt+Shift+V", "the keyboard command has its suggested shortcut");
  // Firefox refuses document.open() to content scripts (SecurityError): the reader falls
  // back to a srcdoc navigation there.
  assert.equal(open.written, false, "the srcdoc fallback shows the article");
  assert.equal(open.controlsDisplay, "flex");
  assert.notEqual(open.pageMaxWidth, "none");
});

test("Firefox: a page whose CSP forbids everything still gets the reader", { skip }, async () => {
  await openAndClose("/strict/in-firefox");
});

test("Firefox: under the page's style-src 'none' the reader's controls and article keep their stylesheets", { skip }, async () => {
  // Firefox applies the page's CSP to <style> elements content scripts add, in the shadow
  // root and in the srcdoc frame alike.
  const normal = await openAndClose("/news/styled-in-firefox");
  const { open } = await openAndClose("/strict/styled-in-firefox");
  assert.equal(open.controlsDisplay, "flex");
  assert.notEqual(open.pageMaxWidth, "none");
  assert.deepEqual(open.look, normal.open.look);
});

test("Firefox: a page that overrides DOM methods, built-ins and fetch does not reach the extension", { skip }, async () => {
  await openAndClose("/hostile/in-firefox");
});
