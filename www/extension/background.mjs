// @ts-check
// The extension's background (a module service worker in Chromium, a background script in
// Firefox). It owns the browser-level entry points — toolbar button, keyboard command,
// context menu — and the button's "this page looks readable" badge. It reads pages only
// through chrome.scripting on tabs the extension may access: with the default permissions
// that is a tab the user invoked it on (activeTab); the optional all-sites permission,
// granted from the options page, extends the badge to every tab.
import init, { extractSnapshot, isProbablyReadable, renderReadingView } from "./plainview/js/full.mjs";
import { EXTRACT_MESSAGE, HOST_ERRORS } from "./content/messages.mjs";
import { extensionApi as api } from "./prefs-store.mjs";

/** The module that drives the reader inside a page's isolated world. */
const HOST_MODULE = "content/host.mjs";
const MENU_OPEN = "plainview-open-reader";
const COMMAND_TOGGLE = "toggle-reader";

/**
 * The badge: what it says and its tooltip, per state of the active page. Tooltips end with
 * the shortcut the user has for the command, if any.
 */
const BADGE = {
  readable: { text: "✓", color: "#2e7d32", title: "Reader view: this page looks like an article" },
  unreadable: { text: "", color: "#757575", title: "Reader view: this page does not look like an article" },
  unknown: { text: "", color: "#757575", title: "Reader view" },
  noArticle: { text: "✕", color: "#b71c1c", title: "Reader view: no article found on this page" },
  failed: { text: "!", color: "#b71c1c", title: "Reader view could not run on this page" },
};

/**
 * Pages larger than this are not checked for the badge: serializing and parsing them in
 * the background costs more than the hint is worth. The reader itself has no such cap.
 */
const BADGE_MAX_HTML_CHARS = 4_000_000;
/** Pauses (ms) before retrying an injection the tab refused right after the user's gesture. */
const GRANT_RETRIES = [25, 75, 200];
/** How long a page may stay busy before the badge check runs anyway. */
const BADGE_IDLE_TIMEOUT_MS = 2000;

/** The toggle command's current shortcut ("" when the user or the browser left it unset). */
async function toggleShortcut() {
  const commands = await api.commands.getAll();
  return commands.find((command) => command.name === COMMAND_TOGGLE)?.shortcut ?? "";
}

async function setBadge(tabId, state) {
  const badge = BADGE[state];
  const shortcut = await toggleShortcut().catch(() => "");
  // The text last: once a state shows on the button, its title and color say the same.
  try {
    await api.action.setTitle({ tabId, title: shortcut ? `${badge.title} (${shortcut})` : badge.title });
    await api.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await api.action.setBadgeText({ tabId, text: badge.text });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Injected into the page's isolated world: its HTML once the page is idle. */
function serializeWhenIdle(maxChars, idleTimeoutMs) {
  return new Promise((resolve) => {
    const read = () => {
      const html = document.documentElement ? document.documentElement.outerHTML : "";
      resolve(html.length > maxChars ? null : "<!DOCTYPE html>" + html);
    };
    if (typeof requestIdleCallback === "function") {
      requestIdleCallback(read, { timeout: idleTimeoutMs });
    } else {
      setTimeout(read, 0);
    }
  });
}

/**
 * Sets the badge of `tabId` from the page's content. A tab the extension may not read
 * (no activeTab grant, no optional host permission, a browser page) keeps a neutral badge.
 */
export async function updateBadge(tabId) {
  let html;
  try {
    const [injection] = await api.scripting.executeScript({
      target: { tabId },
      func: serializeWhenIdle,
      args: [BADGE_MAX_HTML_CHARS, BADGE_IDLE_TIMEOUT_MS],
    });
    html = injection?.result;
  } catch {
    await setBadge(tabId, "unknown");
    return "unknown";
  }
  if (typeof html !== "string") {
    await setBadge(tabId, "unknown");
    return "unknown";
  }
  await init();
  const state = isProbablyReadable(html) ? "readable" : "unreadable";
  await setBadge(tabId, state);
  return state;
}

/** Injected into the page's isolated world: loads the host module and runs one command. */
async function runHostCommand(moduleUrl, command, url) {
  const host = await import(moduleUrl);
  return host.run(command, { url });
}

/**
 * Runs "toggle", "open" or "close" in a tab's reader, then updates the badge. Every entry
 * point (button, command, menu) comes here; the tab object is the one the browser passed
 * with the user's gesture, which is what grants activeTab.
 * @param {chrome.tabs.Tab | undefined} tab
 * @param {"toggle" | "open" | "close"} command
 * @returns {Promise<import("./content/messages.mjs").CommandResult>}
 */
export async function runInTab(tab, command) {
  if (!tab || tab.id === undefined) return { open: false, error: HOST_ERRORS.NO_TAB };
  // Should the background have started for this press, the module compiles and warms
  // while the page's side takes its snapshot.
  init().catch(() => {});
  let result;
  for (let attempt = 1; ; attempt++) {
    try {
      const [injection] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: runHostCommand,
        args: [api.runtime.getURL(HOST_MODULE), command, tab.url ?? null],
      });
      result = injection?.result ?? { open: false, error: HOST_ERRORS.NO_RESULT };
      break;
    } catch (error) {
      // Either the activeTab grant of this gesture has not reached the tab yet (Chromium
      // can deliver the click first), or the browser never lets extensions script this
      // page (its own pages, the web store): retry briefly, then report.
      result = { open: false, error: String(error?.message ?? error) };
      if (attempt === GRANT_RETRIES.length + 1) break;
      await new Promise((done) => setTimeout(done, GRANT_RETRIES[attempt - 1]));
    }
  }
  if (result.error === "NO_ARTICLE") await setBadge(tab.id, "noArticle");
  else if (result.error) await setBadge(tab.id, "failed");
  else await updateBadge(tab.id);
  return result;
}

/** Extraction and rendering for readers in pages (see content/host.mjs for why here). */
async function extractForPage({ snapshot, options, view }) {
  try {
    await init();
    const article = extractSnapshot(snapshot, options);
    return { article, page: renderReadingView(article, view) };
  } catch (error) {
    return { error: { code: error?.code ?? HOST_ERRORS.INTERNAL, message: String(error?.message ?? error) } };
  }
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || message?.type !== EXTRACT_MESSAGE) return false;
  extractForPage(message).then(sendResponse);
  return true; // the response comes asynchronously
});

api.action.onClicked.addListener((tab) => runInTab(tab, "toggle"));

api.commands.onCommand.addListener((command, tab) => {
  if (command === COMMAND_TOGGLE) runInTab(tab, "toggle");
});

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_OPEN) runInTab(tab, "open");
});

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU_OPEN, title: "Open in reader view", contexts: ["page"] }, () => {
    // Reading lastError silences the "duplicate id" report when the extension reloads.
    void api.runtime.lastError;
  });
});

// The badge is per tab and is checked once per page load, when the page has loaded and is
// idle, so switching tabs shows each tab's own result without re-reading it.
// Without host permissions the check succeeds only on a tab the user invoked the extension
// on; elsewhere executeScript is refused at once, which costs nothing.
api.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === "complete") updateBadge(tabId);
});

// Granting the optional all-sites permission (options page) checks the open tabs at once.
api.permissions.onAdded.addListener(async () => {
  for (const tab of await api.tabs.query({})) updateBadge(tab.id);
});

// The module is compiled and warmed (js/warm.mjs) as soon as the background starts, so
// that a press finds it ready: about a tenth of a second of this thread's time per start.
init().catch(() => {});

/** The entry points, for the extension's tests (driven through the service worker). */
globalThis.plainviewExtension = { runInTab, updateBadge };
