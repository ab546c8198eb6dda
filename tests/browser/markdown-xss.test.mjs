// The XSS corpus through Markdown: every vector of tests/xss/vectors.json is placed in an
// article page (tests/browser/harness.mjs), extracted with the npm package without a base
// URL (relative values stay as the page wrote them), and its Markdown (`toMarkdown`)
// rendered to HTML by three renderers with their defaults, none of which sanitizes:
// commonmark.js (the CommonMark reference implementation; raw HTML and every link
// scheme pass), markdown-it with `html: true`, and Python-Markdown (no fenced code
// blocks; raw HTML passes). The same vector as the whole `content` of a hand-built
// article (no sanitizer in between) is rendered too. Each rendering is opened in headless
// Chromium with no CSP: no payload may run and the DOM must hold no handler, script or
// URL with a scheme other than http, https or mailto. A control run renders each raw
// vector with markdown-it, which passes HTML through, to prove the detection works.
//
// Run by scripts/browser-test.sh (installs Chromium, playwright-core, commonmark,
// markdown-it and Python-Markdown when missing); needs `npm run build` first (pkg/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, articlePage, rawPage, require, root, startBrowser, vectors } from "./harness.mjs";

/** Share of raw vectors that must fire through markdown-it in the control run. */
const MIN_CONTROL_SHARE = 0.2;

/** Python-Markdown over a list of documents, in one process. */
const PYTHON_MARKDOWN = `
import json, sys, markdown
docs = json.load(sys.stdin)
json.dump([markdown.markdown(d) for d in docs], sys.stdout)
`;

let browser;

before(async () => {
  assert.ok(existsSync(join(root, "pkg/node/plainview.js")), "pkg/ is missing: run `npm run build` first");
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/browser-test.sh, which installs it`);
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
});

test("no XSS vector runs from the Markdown output in commonmark.js, markdown-it or Python-Markdown", async () => {
  const plainview = require("plainview");
  const commonmark = require("commonmark");
  const MarkdownIt = require("markdown-it");
  const markdownIt = new MarkdownIt({ html: true });
  const reader = new commonmark.Parser();
  const writer = new commonmark.HtmlRenderer();

  const all = vectors();
  const docs = [];
  let template;
  let noArticle = 0;
  for (const vector of all) {
    try {
      const article = plainview.extract(articlePage(vector.html));
      template ??= article;
      docs.push({ vector, source: "extracted", markdown: plainview.toMarkdown(article) });
    } catch (e) {
      assert.equal(e.code, "NO_ARTICLE", `${vector.html}: ${e.message}`);
      noArticle++;
    }
  }
  assert.ok(template, "some vector leaves the article");
  for (const vector of all) {
    const article = { ...template, title: `Title ${vector.html}`, content: `<p>before ${vector.html} after</p>${vector.html}` };
    docs.push({ vector, source: "hand-built", markdown: plainview.toMarkdown(article) });
  }
  const python = JSON.parse(
    execFileSync("python3", ["-c", PYTHON_MARKDOWN], { input: JSON.stringify(docs.map((d) => d.markdown)), maxBuffer: 1 << 28 }).toString(),
  );

  // One page per vector: its documents, each rendered by the three renderers.
  const byVector = new Map();
  docs.forEach((doc, i) => {
    const sections = [
      ["commonmark", writer.render(reader.parse(doc.markdown))],
      ["markdown-it", markdownIt.render(doc.markdown)],
      ["python-markdown", python[i]],
    ];
    const html = sections.map(([name, html]) => `<section class="${doc.source} ${name}">${html}</section>`).join("\n");
    const entry = byVector.get(doc.vector) ?? { docs: [], html: [] };
    entry.docs.push(doc);
    entry.html.push(html);
    byVector.set(doc.vector, entry);
  });
  const jobs = [];
  [...byVector.values()].forEach((entry, i) => {
    const body = entry.html.join("\n");
    browser.pages.set(`/markdown/${i}`, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>markdown</title></head><body>${body}</body></html>`);
    const markdown = entry.docs.map((d) => `--- ${d.source}:\n${d.markdown}`).join("\n");
    jobs.push({ doc: { vector: entry.docs[0].vector, source: "markdown", markdown }, path: `/markdown/${i}`, audit: true });
  });
  all.forEach((vector, i) => {
    browser.pages.set(`/control/${i}`, rawPage(markdownIt.render(vector.html)));
    jobs.push({ doc: { vector, source: "control" }, path: `/control/${i}`, audit: false });
  });

  const started = Date.now();
  const results = await browser.visitAll(jobs);
  const failures = [];
  let controls = 0;
  let controlFired = 0;
  jobs.forEach(({ doc }, i) => {
    const { fired, problems } = results[i];
    if (doc.source === "control") {
      controls++;
      if (fired) controlFired++;
      return;
    }
    if (fired) failures.push(`${doc.source}: payload ran: ${doc.vector.html}\n${doc.markdown}`);
    for (const p of problems) failures.push(`${doc.source}: ${p}: ${doc.vector.html}\n${doc.markdown}`);
  });
  console.log(
    `# ${all.length} vectors, ${docs.length} Markdown documents x 3 renderers, ${jobs.length} pages in ${Date.now() - started} ms; ` +
      `${noArticle} left no article; control: ${controlFired} of ${controls} raw vectors ran their payload through markdown-it`,
  );
  assert.deepEqual(failures, []);
  assert.ok(
    controlFired >= MIN_CONTROL_SHARE * controls,
    `only ${controlFired} of ${controls} raw vectors fired: the payloads or the detection are broken`,
  );
});
