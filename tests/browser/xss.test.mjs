// The XSS corpus in a real browser: every vector of tests/xss/vectors.json is placed in an
// article page (inside a paragraph, between paragraphs, in a figure caption, in og:title),
// extracted with the npm package, and the standalone reading view opened in headless
// Chromium twice: as shipped (with its Content-Security-Policy) and with the CSP meta
// removed, which is what a page that inserts `content` without a CSP of its own gets. No
// payload may run and the browser's own view of the DOM must hold no active content
// (tests/browser/harness.mjs). A control run opens each vector raw, without plainview, to
// prove that the payloads and the detection work.
//
// Run by scripts/browser-test.sh (installs Chromium and playwright-core when missing);
// needs `npm run build` first (pkg/). Nothing leaves 127.0.0.1: every other request is
// aborted and host names do not resolve.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, PAGE_URL, articlePage, rawPage, readerHostPage, readerModules, require, root, startBrowser, vectors } from "./harness.mjs";

/** The control run must see at least this share of raw vectors fire, or the detection is
 * broken. Most of the others need a click (links), an old engine (CSS expressions,
 * vbscript) or a plugin; about 38% fire in current Chromium. */
const MIN_CONTROL_SHARE = 0.3;

let browser;

before(async () => {
  assert.ok(existsSync(join(root, "pkg/node/plainview.js")), "pkg/ is missing: run `npm run build` first");
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/browser-test.sh, which installs it`);
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

test("no XSS vector runs in the reading view, with or without its CSP", async () => {
  const plainview = require("plainview");
  const all = vectors();
  assert.ok(all.length >= 150, `${all.length} vectors`);
  const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/;
  const jobs = [];
  let noArticle = 0;
  all.forEach((vector, i) => {
    browser.pages.set(`/control/${i}`, rawPage(vector.html));
    jobs.push({ vector, path: `/control/${i}`, variant: "control", audit: false });
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
    browser.pages.set(`/view/${i}`, view);
    browser.pages.set(`/view-no-csp/${i}`, view.replace(cspMeta, ""));
    browser.pages.set(`/reader/${i}`, readerHostPage(`/view-no-csp/${i}`));
    jobs.push(
      { vector, path: `/view/${i}`, variant: "view", audit: true },
      { vector, path: `/view-no-csp/${i}`, variant: "view without CSP", audit: true },
      // The in-page reader's frame, with the view's CSP removed: its sandbox alone.
      { vector, path: `/reader/${i}`, variant: "in-page reader, view without CSP", audit: false, reader: true },
    );
  });
  for (const [path, source] of readerModules()) browser.pages.set(path, source);

  const started = Date.now();
  const results = await browser.visitAll(jobs);

  const failures = [];
  let controlFired = 0;
  let controls = 0;
  jobs.forEach((job, i) => {
    const { fired, problems, opened } = results[i];
    if (job.reader && opened !== true) failures.push(`${job.variant}: the reader did not open (${opened}): ${job.vector.html}`);
    if (job.variant === "control") {
      controls++;
      if (fired) controlFired++;
      return;
    }
    if (fired) failures.push(`${job.variant}: payload ran: ${job.vector.html}`);
    for (const p of problems) failures.push(`${job.variant}: ${p}: ${job.vector.html}`);
  });
  console.log(
    `# ${all.length} vectors, ${jobs.length} pages in ${Date.now() - started} ms; ${noArticle} left no article; ` +
      `control: ${controlFired} of ${controls} raw vectors ran their payload`,
  );
  assert.deepEqual(failures, []);
  assert.ok(
    controlFired >= MIN_CONTROL_SHARE * controls,
    `only ${controlFired} of ${controls} raw vectors fired: the payloads or the detection are broken`,
  );
});
