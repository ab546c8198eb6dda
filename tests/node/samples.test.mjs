// Demo samples and page fixtures have one source: a sample that is a fixture's page is
// made from the fixture by scripts/samples.mjs (regenerate with `node scripts/samples.mjs`),
// and no other sample is a near-copy of a fixture.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { FIXTURES_DIR, FROM_FIXTURES, ROOT, SAMPLES_DIR, expectedSample, sampleFromFixture } from "../../scripts/samples.mjs";
import { filesUnder } from "./files.mjs";

/** Lines this long or longer count when comparing pages (markup shells are shorter). */
const MIN_LINE = 40;
/** A page sharing more than this share of its long lines with a fixture is a near-copy. */
const NEAR_COPY = 0.7;

function longLines(path) {
  return new Set(
    readFileSync(path, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length >= MIN_LINE),
  );
}

/** The share of the smaller page's long lines that the other page also has. */
function overlap(a, b) {
  let shared = 0;
  for (const line of a) if (b.has(line)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

for (const entry of FROM_FIXTURES) {
  test(`www/samples/${entry.sample} is made from tests/pages/${entry.fixture}`, () => {
    const actual = readFileSync(join(SAMPLES_DIR, entry.sample), "utf8");
    assert.ok(actual === expectedSample(entry), `www/samples/${entry.sample} differs from its fixture: run node scripts/samples.mjs`);
  });
}

test("a sample swaps the site's assets for the demo's and adds the drop-in, nothing else", () => {
  const fixture = [
    "<!DOCTYPE html>",
    "<html>",
    "<head>",
    '<meta property="og:image" content="https://example.org/media/photo1.jpg">',
    '<link rel="stylesheet" href="/css/a.css">',
    '<script src="/js/tracker.js" async></script>',
    '<link rel="stylesheet" href="/css/b.css">',
    "<script>inline()</script>",
    "</head>",
    "<body>",
    '<img src="/img/photo1.jpg" srcset="/img/photo1.jpg 1x, /img/unknown.jpg 2x" alt="">',
    "</body>",
    "</html>",
    "",
  ].join("\n");
  const images = new Map([["photo1", "img/photo1.png"]]);
  assert.equal(
    sampleFromFixture(fixture, "About.", images),
    [
      "<!DOCTYPE html>",
      "<!-- About. -->",
      "<html>",
      "<head>",
      '<meta property="og:image" content="img/photo1.png">',
      '<link rel="stylesheet" href="site.css">',
      "<script>inline()</script>",
      "</head>",
      "<body>",
      '<img src="img/photo1.png" srcset="img/photo1.png 1x, /img/unknown.jpg 2x" alt="">',
      '<script type="module" src="../plainview-drop-in.js" data-plainview-button></script>',
      "</body>",
      "</html>",
      "",
    ].join("\n"),
  );
});

test("no other demo or test page is a near-copy of a page fixture", () => {
  const made = new Set(FROM_FIXTURES.map((entry) => join(SAMPLES_DIR, entry.sample)));
  const fixtures = readdirSync(FIXTURES_DIR).map((name) => join(FIXTURES_DIR, name, "input.html"));
  const fixtureLines = new Map(fixtures.map((path) => [path, longLines(path)]));
  const pages = [...filesUnder(SAMPLES_DIR, ".html"), ...filesUnder(join(ROOT, "tests/e2e/fixtures"), ".html")];
  for (const page of pages.filter((path) => !made.has(path))) {
    const lines = longLines(page);
    for (const [fixture, other] of fixtureLines) {
      const share = overlap(lines, other);
      assert.ok(
        share <= NEAR_COPY,
        `${relative(ROOT, page)} shares ${Math.round(share * 100)}% of its long lines with ${relative(ROOT, fixture)}: make it from the fixture (scripts/samples.mjs FROM_FIXTURES)`,
      );
    }
  }
  for (const path of made) {
    const best = Math.max(...[...fixtureLines.values()].map((other) => overlap(longLines(path), other)));
    assert.ok(best > NEAR_COPY, `${relative(ROOT, path)}: the measure finds the samples made from fixtures`);
  }
});
