// @ts-check
// Drop-in reader view for any site, one tag:
//
//   <script type="module" src="/plainview-drop-in.js" data-plainview-button></script>
//
// Loads the plainview package from ./plainview/js/web.mjs next to this file (override with
// data-plainview-module="URL"), adds window.plainview.open() / close() / toggle() /
// isOpen(), the Alt+Shift+V shortcut (SHORTCUT in reader/reader.mjs), and with
// data-plainview-button a small "Reader" button shown only on pages that look like
// articles. It requests nothing but its own files (the module, the reader, the wasm next
// to the glue).
import { SHORTCUT, createReader, isToggleShortcut } from "./reader/reader.mjs";
import { HOST_RESET, styleShadowRoot } from "./reader/reader-style.mjs";

const BUTTON_TAG = "plainview-button";
/** How long the "no article" notice stays up, in ms. */
const NOTICE_MS = 4000;

const BUTTON_CSS = `
:host { all: initial; }
button {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 8px;
  height: 44px; padding: 0 16px 0 14px; border-radius: 22px; cursor: pointer;
  background: #1d1d1b; color: #fcfcfa; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  font: 600 15px/1 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
button:hover { background: #3a3a36; }
button:focus-visible { outline: 3px solid #8ab4f0; outline-offset: 3px; }
svg { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.notice {
  position: absolute; right: 0; bottom: 54px; width: max-content; max-width: 70vw; padding: 8px 12px;
  border-radius: 6px; background: #1d1d1b; color: #fcfcfa;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.notice:empty { display: none; }
@media print { :host { display: none !important; } }
`;

const BOOK_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5.5A1.5 1.5 0 015.5 4H11v15H5.5A1.5 1.5 0 014 17.5z"/><path d="M20 5.5A1.5 1.5 0 0018.5 4H13v15h5.5a1.5 1.5 0 001.5-1.5z"/></svg>';

function ownScript() {
  const scripts = /** @type {NodeListOf<HTMLScriptElement>} */ (document.querySelectorAll("script[src]"));
  return [...scripts].find((s) => s.src === import.meta.url) ?? null;
}

function addButton(reader) {
  const host = document.createElement(BUTTON_TAG);
  const style = { ...HOST_RESET, position: "fixed", right: "20px", bottom: "20px", "z-index": "2147483646" };
  for (const [name, value] of Object.entries(style)) host.style.setProperty(name, value, "important");
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML =
    `<div class="notice" role="status" aria-live="polite"></div>` +
    `<button type="button" aria-label="Open reader view" aria-keyshortcuts="${SHORTCUT.label}" ` +
    `title="Reader view (${SHORTCUT.label})">${BOOK_ICON}<span>Reader</span></button>`;
  styleShadowRoot(root, BUTTON_CSS);
  const notice = root.querySelector(".notice");
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const button = root.querySelector("button");
  // The press begins when the pointer goes down: the reader checks its guess then.
  button.addEventListener("pointerdown", (event) => {
    if (event.isPrimary && event.button === 0) reader.pressStarted();
  });
  button.addEventListener("click", () => {
    run(reader.toggle(), (message) => {
      notice.textContent = message;
      clearTimeout(timer);
      timer = setTimeout(() => (notice.textContent = ""), NOTICE_MS);
    });
  });
  document.body.append(host);
  return host;
}

/** Reports a failed open (no article on the page, say) without throwing into the page. */
function run(promise, report) {
  Promise.resolve(promise).catch((error) => {
    const message =
      error?.code === "NO_ARTICLE" ? "No article found on this page." : `Reader view failed: ${error?.message ?? error}`;
    report(message);
    console.warn("plainview:", error);
  });
}

async function main() {
  const script = ownScript();
  const moduleUrl = script?.dataset.plainviewModule
    ? new URL(script.dataset.plainviewModule, document.baseURI)
    : new URL("./plainview/js/web.mjs", import.meta.url);
  /** The package's browser entry (js/web.mjs), typed by its declarations. */
  const plainview = /** @type {typeof import("../index.d.mts")} */ (await import(moduleUrl.href));
  await plainview.init();
  const reader = createReader({ plainview });

  /** @type {Window & { plainview?: object }} */ (window).plainview = Object.freeze({
    open: () => reader.open(),
    close: () => reader.close(),
    toggle: () => reader.toggle(),
    isOpen: () => reader.isOpen(),
  });

  window.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.repeat || !isToggleShortcut(event)) return;
    event.preventDefault();
    run(reader.toggle(), (message) => console.warn(`plainview: ${message}`));
  });

  const button = script?.hasAttribute("data-plainview-button") && plainview.isProbablyReadable(document);
  if (button) addButton(reader);
  // The reader's layer is built in idle time, before the press (the page is untouched); where
  // the button invites a press, the article is extracted then too, and used at the press if
  // the page still reads the same.
  reader.prewarm({ article: button });
  document.documentElement.dispatchEvent(new CustomEvent("plainview:ready"));
}

main().catch((error) => console.error("plainview: the drop-in could not start:", error));
