// End-to-end tests of the playground's Explain view on a page of several stories (issue
// #14): every story the core found is framed and labelled over the original page, on the
// element its selector names, the one shown marked, and the Metadata tab lists them; a
// page of one story shows none of it. Driven in Chromium like tests/e2e/reader.test.mjs.
// The screenshot goes to out/screenshots/ (git-ignored) for a human to look at.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startHarness } from "./harness.mjs";

const SHOTS = join(ROOT, "out", "screenshots");

let harness;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Opens the playground on one of its samples and waits for the extraction. */
async function openPlayground(sample) {
  const page = await harness.context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  page.errors = errors;
  await page.goto(harness.url(`/playground/?sample=${sample}`));
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("words"));
  return page;
}

test("Explain frames every story found on a page of several, the one shown marked, on the element its selector names", async () => {
  const page = await openPlayground("../samples/news.html");
  const json = JSON.parse(await page.textContent("#json"));
  const stories = json.diagnostics.stories ?? [];
  assert.ok(stories.length >= 2, `the sample is a page of several stories, the core found ${stories.length}`);
  assert.equal(stories.filter((s) => s.chosen).length, 1, "the core chose no story, or several");
  assert.ok(stories.every((s) => typeof s.selector === "string" && s.selector), "a story without a selector under explain");

  await page.click("#tab-explain");
  const explain = await (await page.waitForSelector("#explain")).contentFrame();
  await explain.waitForSelector("pv-story-label");
  const framed = await explain.evaluate(() =>
    [...document.querySelectorAll("[data-pv-story]")].map((el) => {
      const label = el.querySelector(":scope > pv-story-label");
      const style = label && getComputedStyle(label);
      const box = label?.getBoundingClientRect();
      return {
        state: el.getAttribute("data-pv-story"),
        tag: el.tagName,
        attributes: [...el.attributes]
          .filter((a) => !a.name.startsWith("data-pv-") && !a.name.startsWith("on") && a.name !== "title")
          .map((a) => `${a.name}=${a.value}`)
          .sort(),
        outline: getComputedStyle(el).outlineStyle,
        label: label?.textContent ?? null,
        labelFontPx: style ? parseFloat(style.fontSize) : 0,
        labelShown: Boolean(box && box.width > 0 && box.height > 0 && style.visibility === "visible"),
        scripts: document.scripts.length,
      };
    }),
  );
  assert.equal(framed.length, stories.length, "not as many frames as stories found");
  assert.equal(framed.filter((f) => f.state === "chosen").length, 1, "not exactly one story marked shown");
  assert.equal(framed[0].scripts, 0, "the marked page carries scripts");

  // In the page as the browser parses it, each selector finds the element framed for it.
  const found = await page.evaluate((stories) => {
    const doc = new DOMParser().parseFromString(document.getElementById("html").value, "text/html");
    return stories.map((story) => {
      const el = doc.querySelector(story.selector);
      if (!el) return null;
      return {
        tag: el.tagName,
        attributes: [...el.attributes]
          .filter((a) => !a.name.startsWith("on") && a.name !== "title")
          .map((a) => `${a.name}=${a.value}`)
          .sort(),
        holdsHeading: el.textContent.replace(/\s+/g, " ").includes(story.heading),
      };
    });
  }, stories);
  stories.forEach((story, i) => {
    const frame = framed[i];
    assert.ok(found[i], `story ${i + 1}: ${story.selector} finds nothing in the parsed page`);
    assert.ok(found[i].holdsHeading, `story ${i + 1}: the element its selector finds does not hold “${story.heading}”`);
    assert.deepEqual([frame.tag, frame.attributes], [found[i].tag, found[i].attributes], `story ${i + 1} is framed on another element`);
    assert.equal(frame.state, story.chosen ? "chosen" : "other", `story ${i + 1} marked ${frame.state}`);
    const expected = `Story ${i + 1} of ${stories.length}${story.chosen ? " · shown" : ""}: ${story.heading || "(no heading)"}`;
    assert.equal(frame.label, expected);
    assert.equal(frame.outline, "dashed", `story ${i + 1} has no dashed frame`);
    assert.ok(frame.labelShown && frame.labelFontPx >= 12, `story ${i + 1}: its label is hidden or too small to read`);
  });

  const note = await page.textContent("#explain-stories");
  assert.ok(await page.isVisible("#explain-stories"), "the stories note is hidden");
  assert.ok(note.includes(`${stories.length} stories`) && note.includes(json.diagnostics.storySignal), `the note says: ${note}`);

  // The Metadata tab lists the stories in order, the one shown marked, beside the signal.
  await page.click("#tab-meta");
  const cell = (label) => page.locator("#meta th", { hasText: label }).locator("xpath=following-sibling::td");
  assert.equal(await cell("Story signal").textContent(), json.diagnostics.storySignal);
  const listed = await cell("Stories found").locator("li").evaluateAll((items) =>
    items.map((li) => ({ text: li.textContent, chosen: li.classList.contains("chosen") })),
  );
  assert.deepEqual(
    listed,
    stories.map((s) => ({ text: (s.heading || "(no heading)") + (s.chosen ? " (shown)" : ""), chosen: s.chosen })),
  );

  // A look, for a human, at where the story shown meets the next one (or the one before).
  await page.click("#tab-explain");
  await explain.evaluate(() => {
    const frames = [...document.querySelectorAll("[data-pv-story]")];
    const chosen = frames.findIndex((el) => el.dataset.pvStory === "chosen");
    const next = frames[chosen + 1] ?? frames[chosen];
    window.scrollTo(0, next.getBoundingClientRect().top + window.scrollY - 300);
  });
  await page.screenshot({ path: join(SHOTS, "playground-stories.png") });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("on a page of one story Explain frames no story and the Metadata tab lists none", async () => {
  const page = await openPlayground("../samples/long-read.html");
  const json = JSON.parse(await page.textContent("#json"));
  assert.ok((json.diagnostics.stories ?? []).length < 2, "the long read is a page of several stories");
  await page.click("#tab-explain");
  const explain = await (await page.waitForSelector("#explain")).contentFrame();
  await explain.waitForSelector("[data-pv-explain]");
  assert.equal(await explain.evaluate(() => document.querySelectorAll("[data-pv-story], pv-story-label").length), 0);
  assert.equal(await page.isVisible("#explain-stories"), false);
  assert.equal(await page.locator("#meta th", { hasText: "Stories found" }).count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});
