// @ts-check
// The messages a page's isolated world sends the extension's background, and the error
// codes the extension reports besides plainview's own, named once for both ends.

/**
 * `{ type, snapshot, options, view }` → `{ article, page }` or `{ error: { code, message } }`:
 * extract the article from `snapshot` (js/flatten.mjs) with plainview `options`, and
 * render its reading view with `view` (the reader's preferences, plainview ViewOptions).
 */
export const EXTRACT_MESSAGE = "plainview:extract";

/**
 * Codes of the failures only the extension has, beside plainview's `ErrorCode`s
 * (index.d.ts): the `code` of a PlainviewError the page side throws, the `error` of a
 * command's result (content/host.mjs `run`, background.mjs `runInTab`).
 * - `NO_REPLY`: the background did not answer the page side's extract message.
 * - `INTERNAL`: the background failed without a plainview code (the module did not load).
 * - `NO_TAB`: a command came without a tab to run in.
 * - `NO_RESULT`: the command injected into the tab returned nothing.
 */
export const HOST_ERRORS = Object.freeze({
  NO_REPLY: "NO_REPLY",
  INTERNAL: "INTERNAL",
  NO_TAB: "NO_TAB",
  NO_RESULT: "NO_RESULT",
});

/** @typedef {typeof HOST_ERRORS[keyof typeof HOST_ERRORS]} HostErrorCode */

/**
 * A command's outcome: whether the reader is open afterwards, and why it could not open: a
 * plainview `ErrorCode`, a `HostErrorCode`, or the browser's message when it refused to
 * script the tab.
 * @typedef {{ open: boolean, error?: string }} CommandResult
 */
