// @ts-check
// Runs in the extension's isolated world of a page (imported by the function that
// background.mjs injects with chrome.scripting.executeScript), never in the page's own
// world: the page's globals and prototype overrides do not reach it. One reader per page,
// created on first use and kept by the module registry between clicks, so a second toggle
// closes what the first opened.
//
// The wasm does not run here. A page's `script-src` without 'wasm-unsafe-eval' (any strict
// CSP) also forbids compiling WebAssembly in content scripts' isolated worlds in Chromium,
// so the reader gets `remotePlainview`: the package's functions it uses, answered by the
// background, which compiles the module once for all tabs. The page's rendered DOM is
// snapshotted here (js/flatten.mjs, no wasm), synchronously, when the reader asks for it.
import { createReader } from "../reader/reader.mjs";
import { normalizePrefs } from "../reader/prefs.mjs";
import { createPrefsStore, extensionApi as api } from "../prefs-store.mjs";
import { EXTRACT_MESSAGE, HOST_ERRORS } from "./messages.mjs";
import { flattenDocument } from "../plainview/js/flatten.mjs";

const prefsStore = createPrefsStore();
let reader = null;
/** Reading views rendered by the background with each article it returned. */
const renderedViews = new WeakMap();

/**
 * An error as plainview throws it: named "PlainviewError", with a `code`.
 * @param {string} code a plainview ErrorCode or a HostErrorCode
 * @param {string} message
 */
function plainviewError(code, message) {
  return Object.assign(new Error(message), { name: "PlainviewError", code });
}


/**
 * The subset of the browser package (js/web.mjs) the reader calls. extractDocument
 * resolves to the article (the reader awaits it); the background renders the reading view
 * with the stored preferences in the same round trip, so renderReadingView can answer
 * synchronously for any article extractDocument returned.
 */
const remotePlainview = {
  async init() {},
  extractDocument(doc = document, options = {}) {
    // The rendered DOM (visibility, chosen image sources, shadow roots, the reading mark),
    // taken now, in one walk that needs no wasm.
    const snapshot = flattenDocument(doc);
    const url = options?.url ?? doc.URL;
    return prefsStore
      .load()
      .catch(() => null)
      .then((stored) => api.runtime.sendMessage({ type: EXTRACT_MESSAGE, snapshot, options: { ...options, url }, view: normalizePrefs(stored) }))
      .then((reply) => {
        if (!reply || reply.error) {
          throw plainviewError(reply?.error?.code ?? HOST_ERRORS.NO_REPLY, reply?.error?.message ?? "the extension's background did not answer");
        }
        renderedViews.set(reply.article, reply.page);
        return reply.article;
      });
  },
  renderReadingView(article) {
    const page = renderedViews.get(article);
    if (page === undefined) throw plainviewError("INVALID_ARGUMENT", "renderReadingView: not an article extractDocument returned");
    return page;
  },
};

/**
 * Carries out one command from the toolbar button, the keyboard shortcut or the context
 * menu. `command` is "toggle", "open" or "close"; `url` is the address the tab shows, the
 * story plainview picks on pages that hold several. Resolves to whether the reader is open
 * afterwards, plus `error` (a PlainviewError code or a message) when it could not open.
 * @param {"toggle" | "open" | "close"} command
 * @param {{ url?: string | null }} [where]
 * @returns {Promise<import("./messages.mjs").CommandResult>}
 */
export async function run(command, { url } = {}) {
  try {
    reader ??= createReader({ plainview: remotePlainview, prefsStore });
    if (command === "close" || (command === "toggle" && reader.isOpen())) {
      reader.close();
    } else if (!reader.isOpen()) {
      await reader.open({ url });
    }
    return { open: reader.isOpen() };
  } catch (error) {
    return { open: reader?.isOpen() ?? false, error: error?.code ?? String(error?.message ?? error) };
  }
}
