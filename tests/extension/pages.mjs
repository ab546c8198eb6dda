// The pages the extension tests serve, what the reader must and must not show on them, and
// the probes the tests run inside a page (in a world of their own) to see what the user sees.
// Shared by the Chromium and Firefox tests.
import { readFileSync } from "node:fs";
import http from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const NEWS = readFileSync(join(ROOT, "www/samples/news.html"), "utf8");
/** In the sample's own story, near its start and near its end. */
export const ARTICLE_TEXT = ["Iran and the Taliban: A tactical alliance?", "Iran has had covert contacts with the Taliban"];
/** The sample's furniture and the stories infinite scroll appended after it. */
export const CLUTTER_TEXT = ["Leave a Reply", "Boost This Post", "Needs Your Help", "A Japanese F-35 is missing", "Posobiec: Maduro"];

/** A policy under which the page itself may run, style and load nothing. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; " +
  "connect-src 'none'; frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** A page that breaks the built-ins and DOM methods a content script would lean on. */
const HOSTILE_SCRIPT = `<script>
(() => {
  const boom = (name) => function () { throw new Error("hostile page: " + name); };
  Element.prototype.attachShadow = boom("attachShadow");
  Element.prototype.append = boom("append");
  Element.prototype.querySelector = boom("querySelector");
  Node.prototype.appendChild = boom("appendChild");
  Document.prototype.createElement = boom("createElement");
  EventTarget.prototype.addEventListener = boom("addEventListener");
  Object.defineProperty(Document.prototype, "adoptedStyleSheets", { get: boom("get adoptedStyleSheets"), set: boom("set adoptedStyleSheets") });
  Object.defineProperty(HTMLIFrameElement.prototype, "srcdoc", { get: boom("get srcdoc"), set: boom("set srcdoc") });
  Array.prototype.map = boom("Array.prototype.map");
  Array.prototype.filter = boom("Array.prototype.filter");
  Array.from = boom("Array.from");
  Object.entries = boom("Object.entries");
  JSON.parse = boom("JSON.parse");
  JSON.stringify = boom("JSON.stringify");
  window.fetch = boom("fetch");
  window.URL = boom("URL");
  window.CSSStyleSheet = boom("CSSStyleSheet");
  window.WebAssembly = undefined;
  window.chrome = { runtime: { getURL: boom("chrome.runtime.getURL") } };
  window.browser = window.chrome;
  window.plainview = "the page's own plainview";
  window.createReader = boom("createReader");
})();
</script>`;

/**
 * A page that owns the element name the reader's host once had (a fixed name any page can
 * define first): were the reader to create one, the page's constructor would run on it.
 */
const SQUATTER_SCRIPT = `<script>
customElements.define(${JSON.stringify("plainview-reader")}, class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: "closed" }).innerHTML = "<p>the page's own element</p>"; }
});
</script>`;

/** A page of link lists and no prose: not an article. */
const LINKS_PAGE =
  "<!DOCTYPE html><html><head><title>Sections</title></head><body><nav><ul>" +
  Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join("") +
  "</ul></nav></body></html>";

/**
 * The infinite-scroll sample (www/samples/infinite.html) and the stories it appends; it
 * keeps the address bar on the story under the reading line (history.replaceState).
 */
const INFINITE_PAGES = new Set(["/samples/infinite.html", ...["4310", "4302", "4295"].map((id) => `/samples/infinite/${id}.html`)]);
/** In the infinite-scroll sample's third story, and in the stories around it. */
export const THIRD_STORY_TEXT = "Maduro may be exploring options to leave the country";
export const OTHER_STORIES_TEXT = ["Iran has had covert contacts", "A Japanese F-35A fighter aircraft has gone missing"];

function servePage(req, res) {
  const path = new URL(req.url, "http://127.0.0.1").pathname;
  const send = (body, headers = {}) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
    res.end(body);
  };
  if (path.startsWith("/news/")) send(NEWS);
  else if (path.startsWith("/strict/")) send(NEWS, { "content-security-policy": STRICT_CSP });
  else if (path.startsWith("/hostile/")) send(NEWS.replace("<head>", `<head>\n${HOSTILE_SCRIPT}`));
  else if (path === "/links") send(LINKS_PAGE);
  else if (path.startsWith("/squatter/")) send(NEWS.replace("<head>", `<head>\n${SQUATTER_SCRIPT}`));
  else if (INFINITE_PAGES.has(path)) send(readFileSync(join(ROOT, "www", path)));
  else {
    res.writeHead(404);
    res.end();
  }
}

/** Serves the pages on an ephemeral 127.0.0.1 port: `{ base, close() }`. */
export async function startPageServer() {
  const server = http.createServer(servePage);
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** What the test compares before opening and after closing the reader. */
export function pageState() {
  return {
    html: document.documentElement.outerHTML,
    adoptedSheets: document.adoptedStyleSheets.length,
    bodyInert: document.body.inert,
    activeTag: document.activeElement?.tagName ?? null,
  };
}

/** The open reader as the user sees it, or null while it is not (fully) open. */
export function readerState(hostSelector) {
  const host = document.querySelector(hostSelector);
  const root = host?.shadowRoot;
  const frame = root?.querySelector("iframe");
  const frameDoc = frame?.contentDocument;
  const page = frameDoc?.querySelector(".pv-page");
  const shell = root?.querySelector(".shell");
  // The reader clears aria-busy once it has set everything up.
  if (!page || shell.getAttribute("aria-busy") === "true") return null;
  return {
    text: frameDoc.body.innerText,
    // Written into the frame in place (no srcdoc navigation), in standards mode.
    written: !frame.hasAttribute("srcdoc") && frameDoc.compatMode === "CSS1Compat",
    theme: frameDoc.documentElement.dataset.theme ?? null,
    hostCount: document.querySelectorAll(hostSelector).length,
    // Both are "block" / "none" when the stylesheet was refused.
    controlsDisplay: getComputedStyle(shell).display,
    pageMaxWidth: getComputedStyle(page).maxWidth,
    hostPosition: getComputedStyle(host).position,
    // The article's type and colours, as the reading view's stylesheet sets them.
    look: [
      [".pv-title", ["fontFamily", "fontSize", "color"]],
      [".pv-content p", ["fontFamily", "fontSize", "lineHeight"]],
      ["body", ["backgroundColor", "color"]],
    ].map(([selector, names]) => {
      const style = getComputedStyle(frameDoc.querySelector(selector));
      return [selector, ...names.map((name) => style[name])].join(" | ");
    }),
  };
}

