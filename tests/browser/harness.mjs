// What the browser XSS tests share: the article page a vector is placed in, a local
// server, headless Chromium with every request off 127.0.0.1 aborted, and the detection
// of a payload that ran (the flag `__pv_xss`, the message "__pv_xss" or a dialog, after
// timers, onload handlers, animations and a mouse move) and of active content left in
// the browser's own DOM (handlers, script-bearing elements, URLs resolving to a scheme
// other than http, https or mailto).
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS as PROJECT_ARGS, OFFLINE_ARGS } from "../../scripts/chromium.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const require = createRequire(join(root, "package.json"));
export { CHROMIUM };
const CHROMIUM_ARGS = [...PROJECT_ARGS, ...OFFLINE_ARGS];
/** Pages open at once. */
const CONCURRENCY = 8;
/** How long each page is left to run timers, onload handlers, animations and transitions. */
const SETTLE_MS = 200;
export const PAGE_URL = "https://news.example/2024/05/harbour-reopens";
/** Schemes the browser may resolve any URL attribute of the view to. */
const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];
/** Attributes the audit resolves as URLs. */
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "cite", "data", "background", "ping"];
/** Elements the view's body may never contain. */
const FORBIDDEN_TAGS = ["SCRIPT", "STYLE", "OBJECT", "EMBED", "APPLET", "BASE", "META", "LINK", "FORM", "INPUT", "BUTTON", "TEXTAREA", "SELECT", "FRAME", "FRAMESET", "TEMPLATE", "NOSCRIPT", "PORTAL", "svg"];
/** Hosts of the allow-listed players the vectors use. */
const EMBED_HOSTS = ["www.youtube.com", "player.vimeo.com"];

const PARAGRAPHS = [
  "The old harbour reopened to fishing boats on Monday after two years of repairs to the sea wall, which was breached by a winter storm that flooded the quay and sank three moored vessels.",
  "More than two hundred people gathered on the quayside to watch the first boats come in, and the harbour master said the new gates would keep out a storm surge twice the height of the one that caused the damage.",
  "The repairs cost eleven million pounds, most of it from a national flood defence fund, with the rest raised by the town council and a local appeal that collected donations from former residents across the country.",
  "Fishing crews had been working out of a port twenty miles along the coast, adding hours to every trip and cutting into already thin margins, and several said they had considered selling their boats.",
  "The council said the quay would also get new lighting, a covered market for the morning catch and a small museum about the harbour's history, which dates back to the fourteenth century.",
];

/** The XSS corpus: tests/xss/vectors.json. */
export function vectors() {
  return JSON.parse(readFileSync(join(root, "tests/xss/vectors.json"), "utf8")).vectors;
}

/** The article page with `v` in a paragraph, between paragraphs, in a caption and in og:title. */
export function articlePage(v) {
  const [p0, p1, ...rest] = PARAGRAPHS;
  const half = p1.lastIndexOf(" ", p1.length / 2);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour reopens after storm repairs | The Coast Times</title>
<meta property="og:title" content="Harbour reopens after storm repairs${v}">
<link rel="canonical" href="${PAGE_URL}"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Harbour reopens after storm repairs</h1><p class="byline">By Mara Quinn</p>
<p>${p0}</p><p>${p1.slice(0, half)}${v}${p1.slice(half)}</p>${v}
<figure><img src="/img/quay.jpg" alt="The quay"><figcaption>Boats on the quay.${v}</figcaption></figure>
${rest.map((p) => `<p>${p}</p>`).join("\n")}
</article></main><footer><p>Copyright The Coast Times</p></footer></body></html>`;
}

/** The in-page reader's modules (www/reader/), served under /reader/. */
export function readerModules() {
  const dir = join(root, "www/reader");
  return ["reader.mjs", "reader-style.mjs", "prefs.mjs", "read-aloud.mjs"].map((name) => [`/reader/${name}`, readFileSync(join(dir, name), "utf8")]);
}

/**
 * A page that opens the in-page reader (www/reader/reader.mjs) on itself, its extractor a
 * stand-in whose reading view is the page at `viewPath`: what the drop-in shows, written
 * into the reader's sandboxed frame. `window.__pv_reader` is the open() in progress.
 */
export function readerHostPage(viewPath) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>host</title></head><body><p>host</p>
<script type="module">
import { createReader } from "/reader/reader.mjs";
window.__pv_reader = fetch(${JSON.stringify(viewPath)})
  .then((response) => response.text())
  .then((view) => {
    const plainview = { extractDocument: () => ({ title: "Harbour reopens" }), renderReadingView: () => view };
    return createReader({ plainview }).open();
  });
</script></body></html>`;
}

/** A page around some HTML, with no plainview in between (the control runs). */
export function rawPage(html) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head><body><p>control</p>${html}<p>end</p></body></html>`;
}

/** Runs in the page: every problem the browser's own DOM shows. */
function auditInPage({ safeProtocols, urlAttributes, forbiddenTags, embedHosts }) {
  const problems = [];
  const inHead = (el) => el.parentElement === document.head;
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName;
    if (forbiddenTags.includes(tag) && !((tag === "META" || tag === "STYLE") && inHead(el))) {
      problems.push(`<${tag}> element`);
    }
    if (el.namespaceURI === "http://www.w3.org/2000/svg") problems.push(`SVG <${tag}>`);
    if (tag === "IFRAME") {
      let host = "";
      try {
        const u = new URL(el.getAttribute("src") ?? "", document.baseURI);
        host = u.protocol === "https:" && !u.username && !u.port ? u.hostname : "";
      } catch {}
      if (!embedHosts.includes(host)) problems.push(`<iframe src=${el.getAttribute("src")}>`);
      if (!el.hasAttribute("sandbox")) problems.push("<iframe> without sandbox");
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${tag} ${name}>`);
      if (name === "srcdoc") problems.push(`<${tag} srcdoc>`);
      const urls = name === "srcset" ? attr.value.split(",").map((c) => c.trim().split(/\s+/)[0]) : urlAttributes.includes(name) ? [attr.value] : [];
      for (const value of urls) {
        let protocol;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          continue;
        }
        if (!safeProtocols.includes(protocol)) problems.push(`<${tag} ${name}=${attr.value}>: ${protocol}`);
      }
    }
  }
  if (document.baseURI !== location.href) problems.push(`base URI changed to ${document.baseURI}`);
  return problems;
}

/** Runs before any page script, in every frame: a cross-origin frame's message counts too. */
function listenForPayloads() {
  window.addEventListener("message", (e) => {
    if (e.data === "__pv_xss") window.__pv_xss_message = 1;
  });
}

/** A local server of `pages` (path → HTML) and a Chromium to open them in. */
export async function startBrowser() {
  const pages = new Map();
  const server = createServer((req, res) => {
    const body = pages.get(req.url);
    const type = req.url.endsWith(".mjs") ? "text/javascript" : "text/html; charset=utf-8";
    res.writeHead(body === undefined ? 404 : 200, { "content-type": type });
    res.end(body ?? "not found");
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require("playwright-core");
  // launch() gives the browser a fresh temporary profile and deletes it on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    pages,
    /** Opens every job ({ path, audit }) and reports { fired, problems, opened } for each
     * (`opened`: how the page's `window.__pv_reader` settled, null without one). */
    async visitAll(jobs) {
      const context = await browser.newContext({ javaScriptEnabled: true });
      await context.addInitScript(listenForPayloads);
      await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      const results = new Array(jobs.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          const tab = await openTab(context);
          while (next < jobs.length) {
            const i = next++;
            results[i] = await visit(tab, origin + jobs[i].path, jobs[i].audit);
          }
          await tab.page.close().catch(() => {});
        }),
      );
      await context.close();
      return results;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** A tab reused for many visits: its dialogs are recorded per visit. */
async function openTab(context) {
  const page = await context.newPage();
  const tab = { page, dialogs: [] };
  page.on("dialog", (d) => {
    tab.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  return tab;
}

/** Opens `url` in `tab`, lets it settle, and reports whether a payload ran and what the
 * DOM holds. */
async function visit(tab, url, audit) {
  const { page } = tab;
  tab.dialogs = [];
  await page.goto(url, { waitUntil: "load", timeout: 10_000 }).catch(() => {});
  const opened = await page
    .evaluate(() => (window.__pv_reader ? window.__pv_reader.then((open) => open, (e) => String(e)) : null))
    .catch((e) => `evaluate failed: ${e.message}`);
  await page.mouse.move(200, 200).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
  let fired = tab.dialogs.length > 0;
  for (const frame of page.frames()) {
    const flag = await frame.evaluate(() => window.__pv_xss === 1 || window.__pv_xss_message === 1).catch(() => false);
    fired ||= flag;
  }
  const problems = audit
    ? await page
        .evaluate(auditInPage, { safeProtocols: SAFE_PROTOCOLS, urlAttributes: URL_ATTRIBUTES, forbiddenTags: FORBIDDEN_TAGS, embedHosts: EMBED_HOSTS })
        .catch((e) => [`audit failed: ${e.message}`])
    : [];
  return { fired, problems, opened };
}
