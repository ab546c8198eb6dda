#!/usr/bin/env node
// The demo samples that are page fixtures have one source, the fixture
// (tests/pages/<fixture>/input.html, whose expect.json says what a reader must see). The
// sample (www/samples/<name>.html) is that page made servable by the demo: a comment
// saying what it shows, the demo's stylesheet instead of the site's stylesheets and
// external scripts (which the demo does not have), images the demo has (www/samples/img/)
// instead of the site's, and the drop-in reader. Nothing else of the page changes, so the
// demo shows what the fixture tests.
//
// `node scripts/samples.mjs` writes the samples; tests/node/samples.test.mjs fails when a
// sample differs from what this makes of its fixture.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SAMPLES_DIR = join(ROOT, "www/samples");
export const FIXTURES_DIR = join(ROOT, "tests/pages");
const IMAGES_DIR = join(SAMPLES_DIR, "img");

/** Each sample made from a fixture: its file, the fixture folder, what the demo says of it. */
export const FROM_FIXTURES = [
  {
    sample: "long-read.html",
    fixture: "long-read-figures-tables",
    about: `Sample (b): a long read with figures, lazy-loaded images (data-src, data-srcset,
     data-lazy-src), a data table, a cookie banner, ads and a newsletter box. Carries the drop-in reader.`,
  },
  {
    sample: "technical.html",
    fixture: "technical-post-code",
    about: "Sample (c): a technical blog post whose code blocks must keep their whitespace. Carries the drop-in reader.",
  },
  {
    sample: "rtl-arabic.html",
    fixture: "rtl-arabic",
    about: `Sample (d): an Arabic news story (right-to-left) with a sidebar, share bar and
     "read also" links. Carries the drop-in reader.`,
  },
];

/** The demo's stylesheet for every sample. */
const DEMO_STYLESHEET = '<link rel="stylesheet" href="site.css">';
/** The tag that puts the drop-in reader on a sample (www/plainview-drop-in.js). */
const DROP_IN = '<script type="module" src="../plainview-drop-in.js" data-plainview-button></script>';
/** A head line the demo cannot serve: the site's stylesheet or an external script. */
const SITE_ASSET_LINE = /^\s*(?:<link rel="stylesheet"[^>]*>|<script src="[^"]*"[^>]*><\/script>)\s*$/;
/** An image URL inside an attribute value (src, srcset, data-src, og:image content, …). */
const IMAGE_URL = /(?<=["\s,])[^"\s,]+\.(?:jpe?g|png|gif|webp|svg)(?=["\s,])/g;

/** The demo's images by file stem ("photo1" -> "img/photo1.png"). */
function demoImages() {
  return new Map(readdirSync(IMAGES_DIR).map((name) => [basename(name, extname(name)), `img/${name}`]));
}

/** The sample the demo serves for `fixtureHtml`: see the file's head for what changes. */
export function sampleFromFixture(fixtureHtml, about, images = demoImages()) {
  const lines = fixtureHtml.split("\n");
  if (!/^<!DOCTYPE html>$/i.test(lines[0])) throw new Error("a fixture made into a sample starts with its doctype");
  const headEnd = lines.findIndex((line) => line.trim() === "</head>");
  const bodyEnd = lines.findLastIndex((line) => line.trim() === "</body>");
  if (headEnd < 0 || bodyEnd < 0) throw new Error("a fixture made into a sample has </head> and </body> on lines of their own");
  const out = [lines[0], `<!-- ${about} -->`];
  let styled = false;
  for (const [i, line] of lines.entries()) {
    if (i === 0) continue;
    if (i === bodyEnd) out.push(DROP_IN);
    if (i < headEnd && SITE_ASSET_LINE.test(line)) {
      if (!styled) out.push(DEMO_STYLESHEET);
      styled = true;
      continue;
    }
    out.push(line.replace(IMAGE_URL, (url) => images.get(basename(url, extname(url))) ?? url));
  }
  if (!styled) throw new Error("a fixture made into a sample links a stylesheet the demo's replaces");
  return out.join("\n");
}

/** What www/samples/<sample> should hold for one FROM_FIXTURES entry. */
export function expectedSample({ fixture, about }) {
  return sampleFromFixture(readFileSync(join(FIXTURES_DIR, fixture, "input.html"), "utf8"), about);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const entry of FROM_FIXTURES) {
    writeFileSync(join(SAMPLES_DIR, entry.sample), expectedSample(entry));
    console.log(`www/samples/${entry.sample} from tests/pages/${entry.fixture}/input.html`);
  }
}
