// The XSS corpus in a real browser: every vector of tests/xss/vectors.json is placed in an
// article page (inside a paragraph, between paragraphs, in a figure caption, in og:title),
// extracted with the npm package, and the standalone reading view opened in headless
// Chromium twice: as shipped (with its Content-Security-Policy) and with the CSP meta
// removed, which is what a page that inserts `content` without a CSP of its own gets. No
// payload may run (the flag `__pv_xss`, the message "__pv_xss" or a dialog) and the
// browser's own view of the DOM must hold no handler, script-bearing element or URL with
// a scheme other than http, https or mailto. A control run opens each vector raw, without
// plainview, to prove that the payloads and the detection work.
//
// Run by scripts/browser-test.sh (installs Chromium and playwright-core when missing);
// needs `npm run build` first (pkg/). Nothing leaves 127.0.0.1: every other request is
// aborted and host names do not resolve.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS as PROJECT_ARGS, OFFLINE_ARGS } from "../../scripts/chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "package.json"));
const CHROMIUM_ARGS = [...PROJECT_ARGS, ...OFFLINE_ARGS];
/** Pages open at once. */
const CONCURRENCY = 8;
/** How long each page is left to run timers, onload handlers, animations and transitions. */
const SETTLE_MS = 200;
/** The control run must see at least this share of raw vectors fire, or the detection is
 * broken. Most of the others need a click (links), an old engine (CSS expressions,
 * vbscript) or a plugin; about 38% fire in current Chromium. */
const MIN_CONTROL_SHARE = 0.3;
const PAGE_URL = "https://news.example/2024/05/harbour-reopens";
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

/** The article page with `v` in a paragraph, between paragraphs, in a caption and in og:title. */
function articlePage(v) {
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

/** The vector as the page's own markup, with no plainview in between (the control). */
function rawPage(v) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head><body><p>control</p>${v}<p>end</p></body></html>`;
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

let server;
let origin;
let browser;
const pages = new Map();

before(async () => {
  assert.ok(existsSync(join(root, "pkg/node/plainview.js")), "pkg/ is missing: run `npm run build` first");
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/browser-test.sh, which installs it`);
  server = createServer((req, res) => {
    const body = pages.get(req.url);
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require("playwright-core");
  // launch() gives the browser a fresh temporary profile and deletes it on close.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

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

/** Opens `path` in `tab`, lets it settle, and reports whether a payload ran and what the
 * DOM holds. */
async function visit(tab, path, audit) {
  const { page } = tab;
  tab.dialogs = [];
  await page.goto(origin + path, { waitUntil: "load", timeout: 10_000 }).catch(() => {});
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
  return { fired, problems };
}

/** Visits every job with CONCURRENCY tabs. */
async function visitAll(context, jobs) {
  const results = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const tab = await openTab(context);
      while (next < jobs.length) {
        const i = next++;
        results[i] = await visit(tab, jobs[i].path, jobs[i].variant !== "control");
      }
      await tab.page.close().catch(() => {});
    }),
  );
  return results;
}

test("no XSS vector runs in the reading view, with or without its CSP", async () => {
  const plainview = require("plainview");
  const { vectors } = JSON.parse(readFileSync(join(root, "tests/xss/vectors.json"), "utf8"));
  assert.ok(vectors.length >= 150, `${vectors.length} vectors`);
  const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/;
  const jobs = [];
  let noArticle = 0;
  vectors.forEach((vector, i) => {
    pages.set(`/control/${i}`, rawPage(vector.html));
    jobs.push({ vector, path: `/control/${i}`, variant: "control" });
    let article;
    try {
      article = plainview.extract(articlePage(vector.html), { url: PAGE_URL });
    } catch (e) {
      assert.equal(e.code, "NO_ARTICLE", `${vector.html}: ${e.message}`);
      noArticle++;
      return;
    }
    const view = plainview.renderReadingView(article);
    assert.match(view, cspMeta, "the view carries its CSP");
    pages.set(`/view/${i}`, view);
    pages.set(`/view-no-csp/${i}`, view.replace(cspMeta, ""));
    jobs.push({ vector, path: `/view/${i}`, variant: "view" }, { vector, path: `/view-no-csp/${i}`, variant: "view without CSP" });
  });

  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.addInitScript(listenForPayloads);
  await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const started = Date.now();
  const results = await visitAll(context, jobs);
  await context.close();

  const failures = [];
  let controlFired = 0;
  let controls = 0;
  jobs.forEach((job, i) => {
    const { fired, problems } = results[i];
    if (job.variant === "control") {
      controls++;
      if (fired) controlFired++;
      return;
    }
    if (fired) failures.push(`${job.variant}: payload ran: ${job.vector.html}`);
    for (const p of problems) failures.push(`${job.variant}: ${p}: ${job.vector.html}`);
  });
  console.log(
    `# ${vectors.length} vectors, ${jobs.length} pages in ${Date.now() - started} ms; ${noArticle} left no article; ` +
      `control: ${controlFired} of ${controls} raw vectors ran their payload`,
  );
  assert.deepEqual(failures, []);
  assert.ok(
    controlFired >= MIN_CONTROL_SHARE * controls,
    `only ${controlFired} of ${controls} raw vectors fired: the payloads or the detection are broken`,
  );
});
