// @ts-check
// The reading view over a live page: extracts the article the reader is looking at, shows
// it in an isolated layer (a fixed host element whose shadow root holds the controls, the
// article in a sandboxed srcdoc iframe that can never run script), and on exit puts the
// page back exactly as it was. Shared by the drop-in script and the browser extension:
//
//   const reader = createReader({ plainview, prefsStore });  // plainview = js/web.mjs
//   await reader.open(); reader.close(); await reader.toggle(); reader.isOpen();
//   reader.prewarm();  // once the page has loaded: builds each opening's layer in idle time
//   reader.prewarm({ article: true });  // and extracts the article ahead of the press too
//   reader.pressStarted();  // pointer down on a control that opens it: check that guess now
//
// `plainview.extractDocument` may answer with the article or with a Promise of it (the
// extension's stand-in extracts in its background); the reader awaits either.

import { CONTROLS_CSS, EMBED_STAND_IN, FRAME_CSS, HOST_STYLE, PAGE_SHEET, SHOWN_ATTRIBUTE, adoptCss, adoptFrameStyles, styleShadowRoot } from "./reader-style.mjs";
import { DEFAULT_PREFS, FONTS, RANGES, THEMES, localStoragePrefsStore, normalizePrefs, stepPref } from "./prefs.mjs";
import { createReadAloud, speechAvailable } from "./read-aloud.mjs";

/**
 * The toggle shortcut (matched on `event.code`, so keyboard layouts do not matter). The
 * same keys as the extension's command: Chromium reserves Alt+Shift+R, T and B.
 */
export const SHORTCUT = Object.freeze({ altKey: true, shiftKey: true, code: "KeyV", label: "Alt+Shift+V" });

/** Marks the element on the reading line while the page is extracted (issue #7). */
export const READING_ATTRIBUTE = "data-plainview-reading";

/**
 * Marks the layer's host element, found with HOST_SELECTOR. The host's tag is
 * HOST_TAG_PREFIX plus a suffix drawn at random each time the reader opens: a page may
 * define a custom element under any fixed name first (attachShadow then throws on it), and
 * rules or scripts written for <div>s do not reach an unknown tag.
 */
export const HOST_ATTRIBUTE = "data-plainview-reader";
export const HOST_SELECTOR = `[${HOST_ATTRIBUTE}]`;
const HOST_TAG_PREFIX = "plainview-reader-";
/** Random bytes in the host's tag name. */
const HOST_TAG_RANDOM_BYTES = 6;

/** A fresh custom-element name for a host: HOST_TAG_PREFIX and random hex digits. */
function randomHostTag(win) {
  const bytes = win.crypto.getRandomValues(new Uint8Array(HOST_TAG_RANDOM_BYTES));
  let suffix = "";
  for (const byte of bytes) suffix += byte.toString(16).padStart(2, "0");
  return HOST_TAG_PREFIX + suffix;
}

/** Where the reading line sits: a third of the way down the viewport. */
const READING_LINE = 1 / 3;
/** Horizontal probes along the reading line, as fractions of the width, centre first. */
const READING_LINE_PROBES = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2];

const THEME_LABELS = { light: "Light", sepia: "Sepia", dark: "Dark", auto: "Auto" };
const FONT_LABELS = { serif: "Serif", sans: "Sans-serif" };
const STEPPERS = [
  { key: "fontSizePx", label: "Text size", unit: "px", less: "Smaller text", more: "Larger text" },
  { key: "contentWidth", label: "Width", unit: "ch", less: "Narrower column", more: "Wider column" },
  { key: "lineHeight", label: "Line spacing", unit: "", less: "Tighter lines", more: "Looser lines" },
];

const ICONS = {
  close: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>',
  play: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9v6h4l5 4V5L8 9H4z"/><path d="M16.5 8.5a5 5 0 010 7M19 6a8.5 8.5 0 010 12"/></svg>',
  pause: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14M16 5v14"/></svg>',
  stop: '<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="1"/></svg>',
  print: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 9V4h10v5M7 17H5a1 1 0 01-1-1v-6a1 1 0 011-1h14a1 1 0 011 1v6a1 1 0 01-1 1h-2"/><path d="M7 14h10v6H7z"/></svg>',
};

export function isToggleShortcut(event) {
  return (
    !isTyping(event) &&
    event.code === SHORTCUT.code &&
    event.altKey === SHORTCUT.altKey &&
    event.shiftKey === SHORTCUT.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey
  );
}

/** Whether the key goes into a text field (where Alt+Shift+V types a character on macOS). */
function isTyping(event) {
  const target = event.composedPath?.()[0] ?? event.target;
  return Boolean(
    target &&
      (target.isContentEditable ||
        (target.localName === "textarea") ||
        (target.localName === "input" && !["button", "checkbox", "radio", "range", "submit", "reset"].includes(target.type))),
  );
}

/** The element under the reading line in the page's main column, or null. */
export function readingLineElement(doc = document) {
  const win = doc.defaultView;
  const y = win.innerHeight * READING_LINE;
  for (const fraction of READING_LINE_PROBES) {
    const el = doc.elementFromPoint(win.innerWidth * fraction, y);
    if (!el || el === doc.documentElement || el === doc.body) continue;
    if (el.closest(`${HOST_SELECTOR}, plainview-button`)) continue;
    return el;
  }
  return null;
}

/**
 * Marks the element under the reading line (unless it already carries the mark); returns
 * the function that takes the mark off again.
 */
function markReadingLine(doc) {
  const marked = readingLineElement(doc);
  if (!marked || marked.hasAttribute(READING_ATTRIBUTE)) return () => {};
  marked.setAttribute(READING_ATTRIBUTE, "");
  return () => marked.removeAttribute(READING_ATTRIBUTE);
}

/**
 * Extracts the article the reader is looking at: the story under the reading line of the
 * page at `url`. The mark stays until the extraction has settled, however long an
 * asynchronous extractor takes to read the page.
 */
async function extractHere(plainview, doc, url) {
  const unmark = markReadingLine(doc);
  try {
    return await plainview.extractDocument(doc, { url });
  } finally {
    unmark();
  }
}

/**
 * The page as the extractor reads it (`plainview.snapshotDocument`), with the element under
 * the reading line marked while the snapshot is taken, then unmarked in the same task.
 */
function snapshotHere(plainview, doc) {
  const unmark = markReadingLine(doc);
  try {
    return plainview.snapshotDocument(doc);
  } finally {
    unmark();
  }
}

/** Whether `plainview` extracts synchronously from snapshots, as the browser package does. */
function readsSnapshots(plainview) {
  return typeof plainview.snapshotDocument === "function" && typeof plainview.extractSnapshot === "function";
}

/**
 * The article of the page as it is now, given a guess made earlier from snapshot
 * `guess.snapshot` at `guess.url`: the guess's article when the page's snapshot now (the
 * whole input of the extraction: rendered DOM, chosen image sources, open shadow roots, the
 * reading mark) and the address are the same, else a new extraction of that snapshot.
 */
function extractChecked(plainview, doc, url, guess) {
  const snapshot = snapshotHere(plainview, doc);
  if (snapshot === guess.snapshot && url === guess.url) return guess.article;
  return plainview.extractSnapshot(snapshot, { url });
}

/** Elements never copied out of the article frame into the page (for printing). */
const PRINT_DROPPED = `script, iframe, frame, object, embed, link, meta, style, base, form, input, button, textarea, select, video, audio, template, slot, ${EMBED_STAND_IN}`;
/** Attributes kept on the print copy; URLs among them must be web or relative addresses. */
const PRINT_ATTRIBUTES = new Set(["href", "src", "srcset", "sizes", "alt", "title", "class", "dir", "lang", "datetime", "colspan", "rowspan", "width", "height", "start", "reversed", "type"]);
const PRINT_URL_ATTRIBUTES = new Set(["href", "src", "srcset"]);

function isWebUrl(value, base) {
  try {
    return ["http:", "https:"].includes(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/**
 * A copy of the reading view's article for printing from the page (a frame prints as one
 * clipped box). The content is already sanitized twice; this copy is a third, independent
 * allow-list (no active elements, no handlers, web URLs only) because it leaves the sandbox.
 */
function printCopy(frameDoc, doc) {
  const source = frameDoc?.querySelector(".pv-article");
  if (!source) return null;
  const copy = doc.importNode(source, true);
  for (const el of copy.querySelectorAll(PRINT_DROPPED)) el.remove();
  for (const el of [copy, ...copy.querySelectorAll("*")]) {
    for (const attr of [...el.attributes]) {
      let keep = PRINT_ATTRIBUTES.has(attr.name);
      if (keep && PRINT_URL_ATTRIBUTES.has(attr.name)) {
        const urls = attr.name === "srcset" ? attr.value.split(",").map((c) => c.trim().split(/\s+/)[0]) : [attr.value];
        keep = urls.every((url) => isWebUrl(url, doc.baseURI));
      }
      if (!keep) el.removeAttribute(attr.name);
    }
  }
  return copy;
}

/** Attribute values of `el` that opening the reader may touch, to put back on close. */
function snapshotAttributes(el, names) {
  return names.map((name) => [name, el.getAttribute(name)]);
}

function restoreAttributes(el, snapshot) {
  for (const [name, value] of snapshot) {
    if (el.getAttribute(name) === value) continue;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

const RESTORED_ATTRIBUTES = ["class", "style", "inert", "aria-hidden"];

/** The focused element, looking inside open shadow roots (a site's own widgets). */
function deepActiveElement(doc) {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function controlsHtml(prefs, canSpeak) {
  const themeChoices = THEMES.map(
    (theme) => `<label><input type="radio" name="theme" value="${theme}"${prefs.theme === theme ? " checked" : ""}>` +
      `<span class="swatch-${theme}">${theme === "auto" ? `<b>${THEME_LABELS[theme]}</b>` : THEME_LABELS[theme]}</span></label>`,
  ).join("");
  const fontChoices = FONTS.map(
    (font) => `<label><input type="radio" name="font" value="${font}"${prefs.font === font ? " checked" : ""}>` +
      `<span class="font-${font}">${FONT_LABELS[font]}</span></label>`,
  ).join("");
  const steppers = STEPPERS.map(
    ({ key, label, less, more }) => `<div class="stepper" role="group" aria-label="${label}">` +
      `<span class="row-label" id="pv-${key}-label">${label}</span>` +
      `<button type="button" data-step="${key}" data-direction="-1" aria-label="${less}">\u2212</button>` +
      `<output data-value="${key}" aria-live="polite" aria-labelledby="pv-${key}-label"></output>` +
      `<button type="button" data-step="${key}" data-direction="1" aria-label="${more}">+</button></div>`,
  ).join("");
  return `
<div class="shell" role="dialog" aria-modal="true" aria-label="Reader view" aria-busy="true">
  <div class="bar" role="toolbar" aria-label="Reader view controls">
    <button type="button" data-action="close" aria-label="Close reader view (Escape)" title="Close reader view (Esc, ${SHORTCUT.label})">${ICONS.close}<span>Close</span></button>
    <span class="label" data-role="label"></span>
    <span class="spacer"></span>
    <button type="button" data-action="speak" aria-label="Read aloud" aria-pressed="false" title="Read aloud"${canSpeak ? "" : " hidden"}>${ICONS.play}</button>
    <button type="button" data-action="stop-speaking" aria-label="Stop reading aloud" title="Stop reading aloud" hidden>${ICONS.stop}</button>
    <button type="button" data-action="type" aria-label="Type and colour settings" aria-expanded="false" aria-controls="pv-panel" title="Type and colour settings"><span class="type-glyph" aria-hidden="true">Aa</span></button>
    <button type="button" data-action="print" aria-label="Print article" title="Print article">${ICONS.print}</button>
  </div>
  <div class="panel" id="pv-panel" role="group" aria-label="Type and colour settings" hidden>
    <fieldset><legend>Theme</legend><div class="choices">${themeChoices}</div></fieldset>
    <fieldset><legend>Font</legend><div class="choices">${fontChoices}</div></fieldset>
    ${steppers}
  </div>
  <iframe class="frame" sandbox="allow-same-origin allow-modals" referrerpolicy="no-referrer"></iframe>
</div>`;
}

/** How long one task may spend putting embedded frames back, in ms. */
const EMBED_SLICE_MS = 8;

/**
 * Takes the <iframe>s out of the body of `doc` (not yet in the article frame), each
 * replaced by a stand-in; returns the pairs [stand-in, frame] for releaseEmbeds. A
 * connected <iframe> creates its browsing context at once, 5–28 ms each in traces of the
 * press (22 of them on a page of videos), all before the article's first paint.
 */
function holdEmbeds(doc) {
  /** @type {Array<[Element, Element]>} */
  const held = [];
  for (const embed of doc.body?.querySelectorAll("iframe") ?? []) {
    const standIn = doc.createElement(EMBED_STAND_IN);
    embed.replaceWith(standIn);
    held.push([standIn, embed]);
  }
  return held;
}

/**
 * Puts the held embedded frames back in place of their stand-ins, in document order, a
 * slice of at most EMBED_SLICE_MS per task so that the page answers meanwhile; stops if
 * `open()` no longer holds (the reader closed). Resolves when done.
 */
function releaseEmbeds(win, held, open) {
  let next = 0;
  return new Promise((resolve) => {
    const slice = () => {
      const until = win.performance.now() + EMBED_SLICE_MS;
      while (next < held.length && open() && win.performance.now() < until) {
        const [standIn, embed] = held[next++];
        standIn.replaceWith(embed);
      }
      if (next < held.length && open()) win.setTimeout(slice, 0);
      else resolve(undefined);
    };
    slice();
  });
}

/** A <style> element with its rules, as the reading view page writes them in its <head>. */
const HEAD_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * `page` without the <style> elements of its <head>, and their rules; null without a
 * <head>. The head is the renderer's own markup (the article is all in <body>), and the
 * styles leave the markup so that nothing parses them as elements: a page's `style-src`
 * applies even to documents made by its DOMParser, refusing them and reporting each
 * refusal to the page's endpoint.
 */
function splitHeadStyles(page) {
  const headEnd = page.indexOf("</head>");
  if (headEnd < 0) return null;
  let css = "";
  const head = page.slice(0, headEnd).replace(HEAD_STYLE, (_, rules) => {
    css += `${rules}\n`;
    return "";
  });
  return { markup: head + page.slice(headEnd), css };
}

/**
 * The reading view `page` made ready for fillFrame, which needs no frame yet (so it can be
 * made in idle time, before the press): its head styles (splitHeadStyles) and the rest
 * parsed by the DOMParser of `win` (the frame's parent), which never runs script and marks
 * any <script> it sees as already started, its embedded frames held out (holdEmbeds).
 * Null without a <head>, or where the parser throws (a page's Trusted Types).
 * @param {Window & typeof globalThis} win
 * @param {string} page
 * @returns {{ css: string, root: Element, held: Array<[Element, Element]> } | null}
 */
function prepareView(win, page) {
  const split = splitHeadStyles(page);
  if (!split) return null;
  try {
    const parsed = new win.DOMParser().parseFromString(split.markup, "text/html");
    return { css: split.css, root: parsed.documentElement, held: holdEmbeds(parsed) };
  } catch {
    return null;
  }
}

/**
 * Puts the reading view `view` (prepareView) into the frame's initial about:blank document
 * in the same task, without a navigation (a srcdoc navigation costs tens of milliseconds
 * before the first parsed <body>, and more on a busy machine). The frame must be
 * connected. The document is reopened with only a doctype, so that it renders in standards
 * mode (the initial document is in quirks mode) and any pending load of about:blank is
 * cancelled. The view's head styles become a constructed sheet the document adopts, and
 * its parsed root is adopted. Nothing in it can run: the frame's sandbox has no
 * `allow-scripts`, and the page's own CSP <meta> applies once inserted into <head>.
 * Returns the filled document, or null where the browser refuses (no document yet, no
 * constructable stylesheets, a page's Trusted Types refusing document.write, Firefox
 * refusing document.open() to content scripts): the caller then falls back to `srcdoc`.
 * @param {HTMLIFrameElement} frame
 * @param {{ css: string, root: Element }} view
 */
function fillFrame(frame, view) {
  const frameDoc = frame.contentDocument;
  if (!frameDoc || frameDoc.URL !== "about:blank") return null;
  try {
    frameDoc.open();
    frameDoc.write("<!DOCTYPE html>");
    frameDoc.close();
    if (frameDoc.compatMode !== "CSS1Compat") return null;
    adoptCss(frameDoc, view.css);
    frameDoc.replaceChild(frameDoc.adoptNode(view.root), frameDoc.documentElement);
    return frame.contentDocument === frameDoc ? frameDoc : null;
  } catch {
    return null;
  }
}

/**
 * Resolves with the frame's srcdoc document as soon as its <head> has been parsed (its
 * <body> exists), checked before every paint, so that its stylesheets are adopted before
 * the article is first drawn rather than once every image has loaded; resolves on `loaded`
 * at the latest (animation frames do not run in a hidden tab).
 */
function whenHeadParsed(frame, loaded) {
  const win = frame.ownerDocument.defaultView;
  return new Promise((resolve) => {
    let request = 0;
    const check = () => {
      const frameDoc = frame.contentDocument;
      // The frame's initial about:blank document has a <body> too.
      if (frameDoc?.URL === "about:srcdoc" && frameDoc.body) resolve(frameDoc);
      else request = win.requestAnimationFrame(check);
    };
    check();
    loaded.then(() => {
      win.cancelAnimationFrame(request);
      resolve(frame.contentDocument);
    });
  });
}

/**
 * Shows `page` in `frame`: written in place when the browser allows (fillFrame; `view` is
 * the page made ready ahead, else it is made now), its embedded frames held out (`held`,
 * for releaseEmbeds after the first paint), else as the frame's srcdoc, resolved once its
 * <head> is parsed and again once loaded. Either way the frame's <style> rules are in a
 * constructed sheet before the first paint.
 * @param {HTMLIFrameElement} frame
 * @param {string} page
 * @param {ReturnType<typeof prepareView>} [view]
 * @returns {Promise<{ frameDoc: Document | null, held: Array<[Element, Element]> }>}
 */
async function showInFrame(frame, page, view) {
  const ready = view ?? prepareView(frame.ownerDocument.defaultView, page);
  const filled = ready && fillFrame(frame, ready);
  if (filled) return { frameDoc: filled, held: ready.held };
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  frame.srcdoc = page;
  const parsed = await whenHeadParsed(frame, loaded);
  if (parsed) adoptFrameStyles(parsed);
  await loaded;
  return { frameDoc: frame.contentDocument, held: [] };
}

/** The longest wait for idle time before a spare layer is built anyway, in ms. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * The longest press, in ms, from the pointer going down to the click, for which the page
 * as checked when it went down stands for the page at the click (pressStarted).
 */
const PRESS_MS = 500;

/** How long to wait for a frame to be painted where none comes (a hidden tab), in ms. */
const PAINT_WAIT_MS = 100;

/**
 * Resolves in a task queued by the next animation frame, so after that frame is painted;
 * after PAINT_WAIT_MS at the latest (animation frames do not run in a hidden tab).
 */
function afterNextPaint(win) {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, PAINT_WAIT_MS);
    win.requestAnimationFrame(() => {
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve(undefined);
      }, 0);
    });
  });
}

/**
 * A font family list in CSS text: a `font-family` value, a custom property of the reading
 * view's that holds one (`--pv-serif`, `--pv-sans`, `--pv-mono`), or what follows the size
 * (and line height) in a `font` shorthand. Lists naming var() are left out.
 */
const FONT_FAMILY_LIST = /(?:font-family|--pv-(?:serif|sans|mono))\s*:\s*([^;}]+)|\bfont\s*:[^;}]*?[\d.]+(?:px|pt|em|rem|%)(?:\/[\d.]+)?\s+([^;}]+)/g;

/**
 * Has the browser look up, in idle time, the fonts that `css` names: matching a family
 * list to an installed font asks the browser process (fontconfig on Linux), one round trip
 * per family name the first time a page's process meets it (whatever the weight or style),
 * which the first layout of the reading view would otherwise wait for. Text is measured on a canvas that is never
 * attached: the page's DOM is untouched.
 */
function lookUpFonts(win, css) {
  const lists = new Set();
  for (const match of css.matchAll(FONT_FAMILY_LIST)) {
    const list = (match[1] ?? match[2]).trim();
    if (!list.includes("var(")) lists.add(list);
  }
  const context = win.document.createElement("canvas").getContext("2d");
  if (!context) return;
  for (const list of lists) {
    context.font = `16px ${list}`;
    context.measureText("Aa");
  }
}

/** The reading view page for `article` with `prefs`, plus the layer's own frame rules. */
function framePage(plainview, article, prefs) {
  const page = plainview.renderReadingView(article, {
    theme: prefs.theme,
    font: prefs.font,
    fontSizePx: prefs.fontSizePx,
    contentWidth: prefs.contentWidth,
    lineHeight: prefs.lineHeight,
  });
  const at = page.indexOf("</head>");
  const extra = `<style>${FRAME_CSS}</style>\n`;
  return at < 0 ? extra + page : page.slice(0, at) + extra + page.slice(at);
}

/**
 * A reader for the current page. `plainview` is the browser package's module namespace
 * (js/web.mjs); `prefsStore` keeps the reading preferences (default: localStorage).
 * @param {{ plainview?: any, prefsStore?: any }} [options]
 */
export function createReader({ plainview, prefsStore } = {}) {
  if (!plainview || typeof plainview.extractDocument !== "function") {
    throw new TypeError("createReader: pass the plainview browser module as { plainview }");
  }
  const store = prefsStore ?? localStoragePrefsStore();
  const doc = globalThis.document;
  const win = doc.defaultView;

  let session = null; // the open reader's state
  let pending = null; // an open() in progress
  let closeRequested = false; // close() called while an open() was in progress
  let spare = null; // a layer built ahead of the next open(), never connected
  let keepSpare = false; // prewarm() asked for a spare layer after each close too
  let guessing = false; // prewarm() asked for the article ahead of each open() too
  /** The article extracted in idle time: { snapshot, url, article, prefsKey, page, view }. */
  let guess = null;
  let guessRun = 0; // which guessAhead() may still set `guess`: open() starts a new one
  /** The guess checked when a press began (pressStarted): { guess, url, article, at }. */
  let early = null;
  let fontsLookedUp = false; // lookUpFonts() ran for the reading view and the controls

  /**
   * The reader's layer, detached: its host (random tag), the shadow root with the controls
   * styled, and the article's frame, which the browser creates once the host is connected.
   * Nothing in it depends on the page or the article, so it can be built in idle time.
   */
  function buildLayer() {
    const host = doc.createElement(randomHostTag(win));
    host.setAttribute(HOST_ATTRIBUTE, "");
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, "important");
    const root = host.attachShadow({ mode: "open" });
    const canSpeak = speechAvailable(win);
    root.innerHTML = controlsHtml(DEFAULT_PREFS, canSpeak);
    styleShadowRoot(root, CONTROLS_CSS);
    return { host, root, canSpeak };
  }

  function takeLayer() {
    const layer = spare ?? buildLayer();
    spare = null;
    return layer;
  }

  /**
   * Builds the next open()'s layer in idle time (call it once the page has loaded), and
   * again after each close. The layer stays detached until open(): the page's DOM does not
   * change. With `article: true` (and a `plainview` that reads snapshots), the article and
   * its reading view are also made in idle time, for open() to use if the page, read the
   * same way then, gives the very same snapshot (extractChecked).
   * @param {{ article?: boolean }} [options]
   */
  function prewarm({ article = false } = {}) {
    keepSpare = true;
    guessing = article && readsSnapshots(plainview);
    warm();
  }

  function warm() {
    whenIdle(() => {
      spare ??= buildLayer();
    }, IDLE_TIMEOUT_MS);
    if (guessing) guessAhead();
  }

  /** Runs `step` in idle time; with `timeout`, after that many ms at the latest. */
  function whenIdle(step, timeout) {
    if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(step, timeout ? { timeout } : undefined);
    else win.setTimeout(step, timeout ?? IDLE_TIMEOUT_MS);
  }

  /**
   * Snapshot, extraction, reading view, the view parsed for the frame (prepareView) and
   * (once per reader) the font look-up, each in its own idle callback, with no timeout (a
   * page that is never idle gets no guess), kept in `guess` unless open() started
   * meanwhile. A page without an article leaves no guess. The snapshot is kept with it:
   * the press compares the page's snapshot then with it.
   */
  function guessAhead() {
    const run = ++guessRun;
    guess = null;
    // Each step runs only while this guess is the current one; any failure leaves no guess
    // (the press then extracts as it would without one), never an error in the page.
    const step = (work) =>
      whenIdle(() => {
        if (run !== guessRun || session || pending) return;
        try {
          work();
        } catch {
          // No guess.
        }
      });
    step(() => {
      const url = doc.location.href;
      const snapshot = snapshotHere(plainview, doc);
      step(() => {
        const article = plainview.extractSnapshot(snapshot, { url });
        store
          .load()
          .catch(() => null)
          .then((stored) =>
            step(() => {
              const prefs = normalizePrefs(stored);
              const made = { snapshot, url, article, prefsKey: JSON.stringify(prefs), page: framePage(plainview, article, prefs), view: null };
              guess = made;
              step(() => {
                // Parsed once, for the open() that uses this very page.
                made.view = prepareView(win, made.page);
                if (fontsLookedUp) return;
                // The view's own rules are all in its <head>; the article's text is not CSS.
                const css = made.page.slice(0, Math.max(0, made.page.indexOf("</head>"))) + CONTROLS_CSS;
                step(() => {
                  fontsLookedUp = true;
                  lookUpFonts(win, css);
                });
              });
            }),
          );
      });
    });
  }

  /** The guess for this open(), if any; no guess is made or used after it. */
  function takeGuess() {
    const taken = guess;
    guess = null;
    guessRun++;
    return taken;
  }

  /**
   * A press of a control that opens the reader has begun (its pointer went down): the
   * guess, if any, is checked against the page now (extractChecked), so that the click,
   * a tenth of a second or so later, finds the article ready. The click's open() uses it
   * if it comes within PRESS_MS, for the same guess and address; otherwise it checks the
   * page again itself.
   */
  function pressStarted() {
    early = null;
    if (session || pending || !guess) return;
    const url = doc.location.href;
    try {
      early = { guess, url, article: extractChecked(plainview, doc, url, guess), at: win.performance.now() };
    } catch {
      // The click extracts as it would have.
    }
  }

  /** The article pressStarted() checked for this open() (`guessed` at `url`), if still good. */
  function takeEarly(guessed, url) {
    const taken = early;
    early = null;
    if (!taken || !guessed || taken.guess !== guessed || taken.url !== url) return null;
    return win.performance.now() - taken.at <= PRESS_MS ? taken : null;
  }

  /**
   * Opens the reader. `options.url` is the address of the page being read (default: the
   * document's); the extension passes the one the browser shows for the tab.
   */
  async function open(options = {}) {
    if (session) return true;
    if (pending) return pending;
    closeRequested = false;
    pending = openSession(options?.url || doc.location.href)
      .then(() => {
        if (closeRequested) close();
        return session !== null;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  async function openSession(pageUrl) {
    if (typeof plainview.init === "function") await plainview.init();
    const guessed = takeGuess();
    const checked = takeEarly(guessed, pageUrl);
    const read = checked
      ? Promise.resolve(checked.article)
      : guessed
        ? (async () => extractChecked(plainview, doc, pageUrl, guessed))()
        : extractHere(plainview, doc, pageUrl);
    const extraction = Promise.all([store.load().catch(() => null), read]);
    // Built while an asynchronous extractor (the extension's background) works.
    const layer = takeLayer();
    let stored, article;
    try {
      [stored, article] = await extraction;
    } catch (error) {
      // Still detached: the next open() takes it.
      spare ??= layer;
      throw error;
    }
    const { host, root, canSpeak } = layer;
    let prefs = normalizePrefs(stored);

    const saved = {
      scrollX: win.scrollX,
      scrollY: win.scrollY,
      focus: deepActiveElement(doc),
      html: snapshotAttributes(doc.documentElement, RESTORED_ATTRIBUTES),
      body: doc.body ? snapshotAttributes(doc.body, RESTORED_ATTRIBUTES) : null,
    };
    const listeners = new AbortController();
    const on = (target, type, handler, options = {}) =>
      target.addEventListener(type, handler, { ...options, signal: listeners.signal });

    const shell = /** @type {HTMLElement} */ (root.querySelector(".shell"));
    const frame = root.querySelector("iframe");
    const panel = /** @type {HTMLElement} */ (root.querySelector(".panel"));
    const typeButton = /** @type {HTMLButtonElement} */ (root.querySelector('[data-action="type"]'));
    const speakButton = /** @type {HTMLButtonElement} */ (root.querySelector('[data-action="speak"]'));
    const stopButton = /** @type {HTMLButtonElement} */ (root.querySelector('[data-action="stop-speaking"]'));
    const title = article.title || "Article";
    shell.setAttribute("aria-label", `Reader view: ${title}`);
    frame.title = `Article: ${title}`;
    root.querySelector('[data-role="label"]').textContent = article.siteName || title;

    const page =
      guessed?.article === article && guessed.prefsKey === JSON.stringify(prefs) ? guessed.page : framePage(plainview, article, prefs);
    doc.documentElement.append(host);
    const { frameDoc, held } = await showInFrame(frame, page, page === guessed?.page ? guessed.view : null);

    let readAloud = null;
    function setSpeakState(state) {
      const playing = state === "playing";
      speakButton.innerHTML = playing ? ICONS.pause : ICONS.play;
      speakButton.setAttribute("aria-pressed", String(playing));
      speakButton.setAttribute("aria-label", playing ? "Pause reading aloud" : state === "paused" ? "Resume reading aloud" : "Read aloud");
      speakButton.title = speakButton.getAttribute("aria-label");
      stopButton.hidden = state === "stopped";
    }

    function applyPrefs() {
      shell.dataset.theme = prefs.theme;
      const page = frameDoc?.documentElement;
      if (page) {
        page.dataset.theme = prefs.theme;
        page.dataset.font = prefs.font;
        page.style.setProperty("--pv-size", `${prefs.fontSizePx}px`);
        page.style.setProperty("--pv-measure", `${prefs.contentWidth}ch`);
        page.style.setProperty("--pv-leading", String(prefs.lineHeight));
        const scheme = frameDoc.querySelector('meta[name="color-scheme"]');
        scheme?.setAttribute("content", prefs.theme === "auto" ? "light dark" : prefs.theme === "dark" ? "dark" : "light");
      }
      for (const input of root.querySelectorAll("input[type=radio]")) {
        const radio = /** @type {HTMLInputElement} */ (input);
        radio.checked = prefs[radio.name] === radio.value;
      }
      for (const { key, unit } of STEPPERS) {
        const [min, max] = RANGES[key];
        root.querySelector(`output[data-value="${key}"]`).textContent = `${prefs[key]}${unit}`;
        /** @type {HTMLButtonElement} */ (root.querySelector(`[data-step="${key}"][data-direction="-1"]`)).disabled = prefs[key] <= min;
        /** @type {HTMLButtonElement} */ (root.querySelector(`[data-step="${key}"][data-direction="1"]`)).disabled = prefs[key] >= max;
      }
    }

    function updatePrefs(next) {
      prefs = normalizePrefs(next);
      applyPrefs();
      store.save({ ...prefs }).catch(() => {});
    }

    function togglePanel(show = panel.hidden) {
      panel.hidden = !show;
      typeButton.setAttribute("aria-expanded", String(show));
      if (show) /** @type {HTMLInputElement | null} */ (root.querySelector("input[type=radio]:checked"))?.focus();
    }

    function printArticle() {
      try {
        frame.contentWindow.print();
      } catch {
        win.print();
      }
    }

    function onKey(event) {
      if (event.defaultPrevented) return;
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        if (!panel.hidden) {
          togglePanel(false);
          typeButton.focus();
        } else close();
      } else if (isToggleShortcut(event)) {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "p") {
        event.preventDefault();
        printArticle();
      }
    }

    /** Links open in the page itself (the frame is sandboxed); in-article anchors scroll. */
    function onFrameClick(event) {
      const link = event.target.closest?.("a[href]");
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      const href = link.href;
      let url;
      try {
        url = new URL(href);
      } catch {
        return;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") return;
      const here = new URL(pageUrl);
      if (url.hash && url.href.split("#")[0] === here.href.split("#")[0]) {
        const target = frameDoc.getElementById(decodeURIComponent(url.hash.slice(1)));
        if (target) {
          target.scrollIntoView();
          return;
        }
      }
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) win.open(url.href, "_blank", "noopener");
      else win.location.assign(url.href);
    }

    // The first frame shows the article: everything else waits until it is painted. Holding
    // the page still and making it inert restyle and lay out the whole page behind the
    // layer, and moving focus forces that at once.
    applyPrefs();
    await afterNextPaint(win);
    frameDoc?.documentElement.setAttribute(SHOWN_ATTRIBUTE, "");

    let pageSheet = null;
    try {
      pageSheet = new win.CSSStyleSheet();
      pageSheet.replaceSync(PAGE_SHEET);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
    } catch {
      // No constructable stylesheets here (some extension worlds): hold the page still with
      // an inline style, which close() puts back with the rest of <html>'s attributes.
      pageSheet = null;
      doc.documentElement.style.setProperty("overflow", "hidden", "important");
    }
    if (doc.body) doc.body.inert = true;

    on(root, "click", (event) => {
      const button = event.target.closest("button");
      if (!button) {
        return;
      }
      const action = button.dataset.action;
      if (action === "close") close();
      else if (action === "type") togglePanel();
      else if (action === "print") printArticle();
      else if (action === "speak") readAloud?.toggle();
      else if (action === "stop-speaking") readAloud?.stop();
      else if (button.dataset.step) updatePrefs(stepPref(prefs, button.dataset.step, Number(button.dataset.direction)));
    });
    on(root, "change", (event) => {
      const input = event.target;
      if (input.type === "radio") updatePrefs({ ...prefs, [input.name]: input.value });
    });
    on(root, "keydown", onKey);
    on(win, "keydown", onKey);
    if (frameDoc) {
      on(frameDoc, "keydown", onKey);
      on(frameDoc, "click", onFrameClick);
      on(frameDoc, "auxclick", onFrameClick);
      on(frameDoc, "pointerdown", () => togglePanel(false));
      if (canSpeak) {
        readAloud = createReadAloud({ doc: frameDoc, lang: article.lang, win, onChange: setSpeakState });
      }
    }

    // Printing from the browser's menu prints the page: there, a plain copy stands in.
    const print = root.appendChild(doc.createElement("div"));
    print.className = "print";
    const copy = printCopy(frameDoc, doc);
    if (copy) print.append(copy);

    session = { host, pageSheet, saved, listeners, readAloud, article, frame, root };
    shell.removeAttribute("aria-busy");
    // Keyboard users land in the article, ready to scroll with the arrow keys and Space.
    const main = /** @type {HTMLElement | null | undefined} */ (frameDoc?.querySelector(".pv-page"));
    if (main) {
      main.tabIndex = -1;
      main.focus({ preventScroll: true });
    } else {
      /** @type {HTMLButtonElement} */ (root.querySelector('[data-action="close"]')).focus();
    }
    await releaseEmbeds(win, held, () => session?.host === host);
    return true;
  }

  function close() {
    const s = session;
    if (!s) {
      if (pending) closeRequested = true;
      return false;
    }
    session = null;
    s.readAloud?.stop();
    s.listeners.abort();
    s.host.remove();
    if (keepSpare) warm();
    if (s.pageSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== s.pageSheet);
    restoreAttributes(doc.documentElement, s.saved.html);
    if (doc.body && s.saved.body) restoreAttributes(doc.body, s.saved.body);
    win.scrollTo({ left: s.saved.scrollX, top: s.saved.scrollY, behavior: "instant" });
    const focus = s.saved.focus;
    if (focus && focus !== doc.body && focus.isConnected && typeof focus.focus === "function") {
      focus.focus({ preventScroll: true });
    } else if (doc.activeElement && doc.activeElement !== doc.body) {
      /** @type {HTMLElement | null} */ (doc.activeElement)?.blur?.();
    }
    return true;
  }

  /** Closes an open reader, else opens it with `options` (as open() takes them). */
  async function toggle(options = {}) {
    if (session) return !close();
    if (pending) return pending;
    return open(options);
  }

  return {
    open,
    close,
    toggle,
    prewarm,
    pressStarted,
    isOpen: () => session !== null,
  };
}

export { DEFAULT_PREFS };
