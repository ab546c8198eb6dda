// End-to-end tests of the reader view on live pages: the drop-in script on the sample
// pages, driven in Chromium. Each test asserts what a reader would see or lose: the
// article and none of the clutter, preferences that stick, a page put back exactly,
// payloads that never run, the story being read on an infinite-scroll page.
// Screenshots go to out/screenshots/ (git-ignored) for a human to look at.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { HOST_SELECTOR } from "../../www/reader/reader.mjs";
import { ROOT, openSample, readerFrame, startHarness } from "./harness.mjs";

const SHOTS = join(ROOT, "out", "screenshots");
const OPEN_SHORTCUT = "Alt+Shift+KeyV";
/** The header the reader showed for the third story of the infinite-scroll sample. */
let thirdStoryHeader = null;

let harness;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** What closing the reader must give back. */
function pageState(page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    adoptedSheets: document.adoptedStyleSheets.length,
    htmlOverflow: getComputedStyle(document.documentElement).overflow,
  }));
}

async function waitClosed(page) {
  await page.waitForFunction((host) => !window.plainview.isOpen() && !document.querySelector(host), HOST_SELECTOR);
}

async function openWithApi(page) {
  await page.evaluate(() => window.plainview.open());
  const frame = await readerFrame(page);
  await frame.waitForSelector(".pv-title");
  return frame;
}

function articleText(frame) {
  return frame.evaluate(() => document.querySelector(".pv-article").innerText);
}

test("the Reader button shows the story without the clutter, and closing restores the page", async () => {
  const page = await openSample(harness, "/samples/infinite.html");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, 700));
  await page.waitForTimeout(100);
  const before = await pageState(page);

  const button = page.locator("plainview-button button");
  assert.equal(await button.getAttribute("aria-keyshortcuts"), "Alt+Shift+V");
  await button.click();
  const frame = await readerFrame(page);
  await frame.waitForSelector(".pv-title");
  assert.equal(await frame.textContent(".pv-title"), "Iran and the Taliban: A tactical alliance?");
  const text = await articleText(frame);
  for (const kept of [
    "Iran has had covert contacts with the Taliban",
    "Farhad Rezaei",
    "min read",
    "Iran will be able to further expand its political, economic, and sectarian influence",
  ]) {
    assert.ok(text.includes(kept), `reading view lacks ${JSON.stringify(kept)}`);
  }
  for (const clutter of [
    "For every $30 you donate",
    "Boost This Post",
    "Needs Your Help",
    "Trending",
    "Five things Congress will not tell you",
    "Leave a Reply",
    "Your email address will not be published",
    "Post Comment",
    "Advertisement",
    "Share this",
    "A Japanese F-35A fighter aircraft has gone missing",
  ]) {
    assert.ok(!text.includes(clutter), `reading view shows clutter ${JSON.stringify(clutter)}`);
  }

  // While open: the page cannot scroll or take focus; printing shows the article only.
  assert.deepEqual(
    await page.evaluate(() => [getComputedStyle(document.documentElement).overflow, document.body.inert]),
    ["hidden", true],
  );
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return {
      body: getComputedStyle(document.body).display,
      controls: getComputedStyle(root.querySelector(".shell")).display,
      copy: getComputedStyle(root.querySelector(".print")).display,
      text: root.querySelector(".print").textContent,
    };
  }, HOST_SELECTOR);
  assert.deepEqual([printed.body, printed.controls, printed.copy], ["none", "none", "block"]);
  assert.ok(printed.text.includes("Iran has had covert contacts with the Taliban"));
  assert.ok(!printed.text.includes("For every $30 you donate"));
  await page.emulateMedia({ media: "screen" });
  await page.screenshot({ path: join(SHOTS, "reader-light.png"), caret: "initial" });

  await page.keyboard.press("Escape");
  await waitClosed(page);
  const after = await pageState(page);
  assert.equal(after.html, before.html, "page DOM differs after closing");
  assert.deepEqual(after, before);
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    return [host.tagName, host.shadowRoot?.activeElement?.textContent];
  });
  assert.deepEqual(focused, ["PLAINVIEW-BUTTON", "Reader"], "focus goes back to the Reader button");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the shortcut toggles the reader; controls are reachable by keyboard; code keeps its whitespace", async () => {
  const requests = [];
  const onRequest = (request) => requests.push(request.url());
  harness.context.on("request", onRequest);
  const page = await openSample(harness, "/samples/technical.html");
  await page.waitForLoadState("networkidle");
  const before = await pageState(page);

  // The former shortcut, which Chromium keeps for itself, does nothing; neither does the
  // shortcut typed into a text field (on macOS it types a character there).
  await page.keyboard.press("Alt+Shift+KeyR");
  await page.evaluate(() => {
    const field = document.createElement("input");
    field.id = "pv-test-field";
    field.style.cssText = "position:fixed;top:0;left:0";
    document.body.append(field);
    field.focus({ preventScroll: true });
  });
  await page.keyboard.press(OPEN_SHORTCUT);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.plainview.isOpen()), false);
  await page.evaluate(() => {
    document.getElementById("pv-test-field").remove();
    document.activeElement?.blur?.();
  });
  await page.keyboard.press(OPEN_SHORTCUT);
  const frame = await readerFrame(page);
  await frame.waitForSelector(".pv-title");
  const pre = await frame.evaluate(() => {
    const el = document.querySelector(".pv-content pre");
    return { whiteSpace: getComputedStyle(el).whiteSpace, lines: el.textContent.split("\n").length };
  });
  assert.equal(pre.whiteSpace, "pre");
  assert.ok(pre.lines > 2, "code block lost its line breaks");

  // Focus starts in the article; Shift+Tab walks back into the toolbar, with a visible ring.
  await page.keyboard.press("Shift+Tab");
  const focused = await page.evaluate((host) => {
    const el = document.querySelector(host).shadowRoot.activeElement;
    return el && { label: el.getAttribute("aria-label"), outline: getComputedStyle(el).outlineStyle };
  }, HOST_SELECTOR);
  assert.equal(focused?.label, "Print article", "Shift+Tab from the article reaches the toolbar");
  assert.notEqual(focused.outline, "none", "focused control has no visible focus ring");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter"); // "Type and colour settings"
  const expanded = await page.evaluate(
    (host) => document.querySelector(host).shadowRoot.querySelector('[data-action="type"]').getAttribute("aria-expanded"),
    HOST_SELECTOR,
  );
  assert.equal(expanded, "true");
  await page.keyboard.press("Escape"); // closes the panel first
  assert.equal(await page.evaluate(() => window.plainview.isOpen()), true);

  await page.keyboard.press(OPEN_SHORTCUT);
  await waitClosed(page);
  assert.deepEqual(await pageState(page), before);
  // The drop-in and the reader fetch nothing but their own files and the page's.
  harness.context.off("request", onRequest);
  const foreign = requests.filter((url) => !url.startsWith(harness.server.url));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.endsWith("/plainview/pkg/web/plainview_bg.wasm")));
  await page.close();
});

test("theme and text size persist across reloads; figures and tables fit the column", async () => {
  const page = await openSample(harness, "/samples/long-read.html");
  let frame = await openWithApi(page);
  const reader = page.locator(HOST_SELECTOR);
  await reader.locator('[data-action="type"]').click();
  await reader.locator('label:has(input[value="dark"])').click();
  await reader.locator('label:has(input[value="sans"])').click();
  await reader.locator('button[aria-label="Larger text"]').click();
  await reader.locator('button[aria-label="Larger text"]').click();
  const look = () =>
    frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      font: document.documentElement.dataset.font,
      size: getComputedStyle(document.querySelector(".pv-content p")).fontSize,
      background: getComputedStyle(document.body).backgroundColor,
    }));
  const changed = await look();
  assert.deepEqual(changed, { theme: "dark", font: "sans", size: "24px", background: "rgb(27, 28, 30)" });
  await reader.locator('[data-action="type"]').click();
  await page.screenshot({ path: join(SHOTS, "reader-dark.png"), caret: "initial" });

  await page.reload();
  await page.waitForFunction(() => typeof window.plainview === "object");
  frame = await openWithApi(page);
  assert.deepEqual(await look(), changed, "preferences did not survive a reload");

  const layout = await frame.evaluate(() => {
    const column = document.querySelector(".pv-content").getBoundingClientRect().width;
    const images = [...document.querySelectorAll(".pv-content img")];
    const table = document.querySelector(".pv-content table");
    return {
      images: images.length,
      widest: Math.max(...images.map((i) => i.getBoundingClientRect().width)),
      column,
      tableOverflow: table && getComputedStyle(table).overflowX,
      tableWidth: table && table.getBoundingClientRect().width,
    };
  });
  assert.ok(layout.images >= 3, `expected the article's figures, got ${layout.images}`);
  const broken = await frame.evaluate(async () => {
    const images = [...document.querySelectorAll(".pv-article img")];
    await Promise.all(images.map((img) => img.decode().catch(() => {})));
    return images.filter((img) => img.naturalWidth === 0).map((img) => img.alt || img.src);
  });
  assert.deepEqual(broken, [], "images that do not load in the reading view");
  assert.ok(layout.widest <= layout.column + 0.5, "an image is wider than the column");
  assert.equal(layout.tableOverflow, "auto");
  assert.ok(layout.tableWidth <= layout.column + 0.5, "the table is wider than the column");
  await page.evaluate(() => localStorage.removeItem("plainview:prefs"));
  await page.close();
});

test("script payloads inside the article never run in the reader", async () => {
  const page = await openSample(harness, "/fixtures/hostile.html");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(200);
  // The page itself ran its payloads when it loaded; from here on the flag must stay unset.
  assert.ok(await page.evaluate(() => window.__pwned !== undefined), "fixture payloads did not run on the page");
  await page.evaluate(() => delete window.__pwned);

  const frame = await openWithApi(page);
  const text = await articleText(frame);
  assert.ok(text.includes("letters from three generations of keepers"));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "a payload ran inside the reader");
  const inside = await frame.evaluate(() => ({
    scripts: document.scripts.length,
    handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on"))).length,
    jsUrls: document.documentElement.innerHTML.includes("javascript:"),
  }));
  assert.deepEqual(inside, { scripts: 0, handlers: 0, jsUrls: false });
  // The print copy lives in the page itself: it must be just as inert.
  const printCopy = await page.evaluate((host) => {
    const copy = document.querySelector(host).shadowRoot.querySelector(".print");
    const all = [...copy.querySelectorAll("*")];
    return {
      text: copy.textContent.includes("letters from three generations of keepers"),
      active: all.filter((el) => /^(script|iframe|object|embed|svg)$/i.test(el.tagName)).length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on") || a.value.includes("javascript:"))).length,
    };
  }, HOST_SELECTOR);
  assert.deepEqual(printCopy, { text: true, active: 0, handlers: 0 });
  const sandbox = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector("iframe").getAttribute("sandbox"), HOST_SELECTOR);
  assert.ok(!sandbox.includes("allow-scripts"));
  // The article is written into the frame in place (no srcdoc navigation), in standards
  // mode, its styles adopted rather than <style> elements, under the reading view's CSP;
  // script added to it afterwards still cannot run.
  const written = await page.evaluate(async (host) => {
    const frame = document.querySelector(host).shadowRoot.querySelector("iframe");
    const doc = frame.contentDocument;
    const refused = [];
    doc.addEventListener("securitypolicyviolation", (event) => refused.push(event.effectiveDirective));
    const audio = doc.createElement("audio");
    audio.src = "data:audio/wav;base64,UklGRgAAAAA=";
    doc.body.append(audio);
    const script = doc.createElement("script");
    script.textContent = "parent.__pwned = 'a script added to the frame'";
    doc.body.append(script);
    await new Promise((done) => setTimeout(done, 200));
    return {
      srcdoc: frame.hasAttribute("srcdoc"),
      mode: doc.compatMode,
      styles: doc.querySelectorAll("style").length,
      adopted: doc.adoptedStyleSheets.length,
      refused,
    };
  }, HOST_SELECTOR);
  assert.deepEqual(written, { srcdoc: false, mode: "CSS1Compat", styles: 0, adopted: 1, refused: ["media-src"] });
  await page.locator(HOST_SELECTOR).locator('[data-action="close"]').click();
  await waitClosed(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test("on an infinite-scroll page the reader shows the story being read (issue #7)", async () => {
  const page = await openSample(harness, "/samples/infinite.html");
  // Scroll down until infinite scroll has appended every story.
  await page.waitForFunction(
    () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.querySelectorAll("#main article").length === 4 && !document.querySelector(".infinite-loader");
    },
    null,
    { polling: 100, timeout: 10_000 },
  );
  // Put the third story under the reading line (a third of the way down the viewport).
  await page.evaluate(() => {
    const third = document.querySelector("#post-4302");
    window.scrollTo(0, third.getBoundingClientRect().top + window.scrollY + 150);
  });
  await page.waitForFunction(() => location.search === "?p=4302");
  await page.waitForTimeout(100);
  const before = await pageState(page);

  await page.keyboard.press(OPEN_SHORTCUT);
  const frame = await readerFrame(page);
  await frame.waitForSelector(".pv-title");
  const text = await articleText(frame);
  assert.ok(text.includes("Maduro may be exploring options to leave the country"));
  for (const other of ["Iran has had covert contacts", "A Japanese F-35A fighter aircraft has gone missing", "he’s right to veto the bill"]) {
    assert.ok(!text.includes(other), `another story's text is shown: ${other}`);
  }
  thirdStoryHeader = await frame.evaluate(() => ({
    title: document.querySelector(".pv-title").textContent,
    byline: document.querySelector(".pv-byline")?.textContent ?? null,
    date: document.querySelector("time")?.getAttribute("datetime") ?? null,
  }));
  await page.keyboard.press("Escape");
  await waitClosed(page);
  assert.deepEqual(await pageState(page), before, "page or scroll position differs after closing");
  await page.close();
});

// The page retitles itself (document.title) as each story scrolls into view, as infinite-
// scroll themes do, while its other metadata still describes the first story.
test(
  "the third story's own title, byline and date head the reading view (issue #7)",
  () => {
    assert.deepEqual(thirdStoryHeader, {
      title: "Posobiec: Maduro negotiating with Spain on Venezuela exit strategy",
      byline: "Conservative Reader",
      date: "2019-04-14T11:20:00+00:00",
    });
  },
);

test("right-to-left articles keep their direction and language", async () => {
  const page = await openSample(harness, "/samples/rtl-arabic.html");
  const frame = await openWithApi(page);
  const root = await frame.evaluate(() => [document.documentElement.dir, document.documentElement.lang]);
  assert.deepEqual(root, ["rtl", "ar"]);
  const text = await articleText(frame);
  assert.ok(text.includes("افتتحت بلدية المدينة صباح اليوم الخميس المكتبة العامة الجديدة"));
  assert.ok(!text.includes("اشترك في النشرة البريدية"));
  await page.screenshot({ path: join(SHOTS, "reader-rtl.png"), caret: "initial" });
  // The default theme, "auto", follows the system's colour scheme.
  await page.emulateMedia({ colorScheme: "dark" });
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), "auto");
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(27, 28, 30)");
  await page.emulateMedia({ colorScheme: "light" });
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(252, 252, 250)");
  await page.close();
});

test("read aloud speaks block by block and marks the block being read", async () => {
  const page = await harness.context.newPage();
  // A scripted speech engine: records utterances and finishes them on demand.
  await page.addInitScript(() => {
    const spoken = [];
    window.__spoken = spoken;
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
      }
    };
    const synth = {
      speak: (u) => spoken.push(u),
      cancel: () => spoken.splice(0),
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      paused: false,
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.__finishUtterance = () => spoken.shift()?.onend?.();
  });
  await page.goto(harness.url("/samples/technical.html"));
  await page.waitForFunction(() => typeof window.plainview === "object");
  const frame = await openWithApi(page);
  const speak = page.locator(HOST_SELECTOR).locator('[data-action="speak"]');
  await speak.click();
  const marked = () => frame.evaluate(() => [...document.querySelectorAll("[data-pv-speaking]")].map((el) => el.className || el.tagName));
  assert.deepEqual(await marked(), ["pv-title"]);
  assert.equal(await speak.getAttribute("aria-pressed"), "true");
  await page.evaluate(() => window.__finishUtterance());
  const second = await frame.evaluate(() => document.querySelector("[data-pv-speaking]").textContent);
  assert.equal(await page.evaluate(() => window.__spoken[0].text), second.replace(/\s+/g, " ").trim());
  await speak.click();
  assert.equal(await speak.getAttribute("aria-pressed"), "false");
  assert.equal(await page.evaluate(() => window.speechSynthesis.paused), true);
  await page.evaluate(() => window.plainview.close());
  await waitClosed(page);
  await page.close();
});

test("no button where there is no article", async () => {
  const page = await openSample(harness, "/fixtures/not-an-article.html");
  assert.equal(await page.locator("plainview-button").count(), 0);
  await page.close();
});

test("the reader marks the element under the reading line for the extractor and uses the caller's prefsStore", async () => {
  const page = await harness.context.newPage();
  await page.goto(harness.url("/fixtures/reading-line.html"));
  await page.waitForFunction(() => window.fixture !== undefined);
  // Put the second story's third paragraph under the reading line.
  const expected = await page.evaluate(() => {
    const p = document.getElementById("s2p3");
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3 + 5);
    const probe = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 3);
    return probe.id;
  });
  assert.equal(expected, "s2p3");
  await page.evaluate(() => window.fixture.reader.open());
  const frame = await readerFrame(page);
  await frame.waitForSelector(".pv-title");
  const calls = await page.evaluate(() => window.fixture.calls);
  assert.deepEqual(calls, [{ marked: 1, id: "s2p3", url: await page.evaluate(() => location.href) }]);
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-plainview-reading]").length), 0);

  // Preferences come from the caller's store and go back to it.
  assert.deepEqual(await frame.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.querySelector(".pv-content p")).fontSize]), ["sepia", "18px"]);
  const reader = page.locator(HOST_SELECTOR);
  await reader.locator('[data-action="type"]').click();
  await reader.locator('button[aria-label="Wider column"]').click();
  const saved = await page.evaluate(() => window.fixture.saved);
  assert.deepEqual(saved, [{ theme: "sepia", font: "serif", fontSizePx: 18, contentWidth: 70, lineHeight: 1.6 }]);
  await page.evaluate(() => window.fixture.reader.close());
  assert.equal(await page.evaluate((host) => document.querySelector(host), HOST_SELECTOR), null);
  await page.close();
});

test("the playground shows the reading view, the metadata, the JSON and what was kept or dropped", async () => {
  const page = await harness.context.newPage();
  await page.goto(harness.url("/playground/?sample=../samples/long-read.html"));
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("words"));
  const view = await (await page.waitForSelector("#view")).contentFrame();
  await view.waitForSelector(".pv-title");
  assert.match(await view.textContent(".pv-title"), /^The night train returns/);
  const json = JSON.parse(await page.textContent("#json"));
  assert.equal(json.byline, "Helena Marsh");
  assert.equal(await page.locator("#meta th", { hasText: "Byline" }).locator("xpath=following-sibling::td").textContent(), "Helena Marsh");
  await page.click("#tab-explain");
  const explain = await (await page.waitForSelector("#explain")).contentFrame();
  const marks = await explain.evaluate(() => ({
    kept: [...document.querySelectorAll('[data-pv-explain="kept"]')].map((el) => el.textContent),
    dropped: [...document.querySelectorAll('[data-pv-explain="dropped"]')].map((el) => el.textContent),
    scripts: document.scripts.length,
  }));
  assert.equal(marks.scripts, 0);
  assert.ok(marks.kept.some((t) => t.includes(json.text.split("\n")[0].slice(0, 40))), "the article's first block is not marked kept");
  assert.ok(marks.dropped.some((t) => t.includes("Accept all cookies") || t.includes("We use cookies")), "the cookie banner is not marked dropped");

  // The core names the rule of each removal; every selector finds its element in the page
  // as the browser parses it, and the overlay shows the rules.
  const removals = json.diagnostics.removals ?? [];
  assert.ok(removals.length > 0, "the core explains no removal");
  const unresolved = await page.evaluate((removals) => {
    const doc = new DOMParser().parseFromString(document.getElementById("html").value, "text/html");
    return removals.filter((r) => !doc.querySelector(r.selector)).map((r) => r.selector);
  }, removals);
  assert.deepEqual(unresolved, [], "selectors that find nothing in the parsed page");
  const ruled = await explain.evaluate(() => document.querySelectorAll("[data-pv-rule]").length);
  assert.ok(ruled > 0, "no element shows its rule");

  // When the core explains its removals, the rule shows on hover.
  const explained = await page.evaluate(async () => {
    const { explainPage } = await import("/playground/explain.mjs");
    const html = '<html><body><div class="promo"><p>Buy one, get one free</p></div><p>The text the reader keeps.</p></body></html>';
    const article = {
      title: "",
      text: "The text the reader keeps.",
      content: "<p>The text the reader keeps.</p>",
      diagnostics: { removals: [{ selector: "div.promo", rule: "boilerplate: promo box" }] },
    };
    const { srcdoc, kept, dropped } = explainPage(html, article, "https://example.org/");
    const doc = new DOMParser().parseFromString(srcdoc, "text/html");
    return { kept, dropped, hover: doc.querySelector(".promo p").title };
  });
  assert.deepEqual(explained, { kept: 1, dropped: 1, hover: "dropped: boilerplate: promo box" });
  await page.close();
});

test("read aloud is hidden where the browser has no speech synthesis", async () => {
  const page = await harness.context.newPage();
  await page.addInitScript(() => {
    delete window.speechSynthesis;
    delete Window.prototype.speechSynthesis;
  });
  await page.goto(harness.url("/samples/technical.html"));
  await page.waitForFunction(() => typeof window.plainview === "object");
  assert.equal(await page.evaluate(() => "speechSynthesis" in window), false);
  await openWithApi(page);
  assert.equal(await page.locator(`${HOST_SELECTOR} [data-action="speak"]`).isVisible(), false);
  assert.equal(await page.locator(`${HOST_SELECTOR} [data-action="print"]`).isVisible(), true);
  await page.close();
});

/** A page's policy that lets the drop-in run (its files, the wasm) and refuses every style sheet. */
const NO_STYLES_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'none'; img-src 'self'";

/** Serves `path` to `page` with the extra response header `csp` as its Content-Security-Policy. */
async function withCsp(page, path, csp) {
  await page.route(harness.url(path), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
  });
}

/** What the reader looks like, as computed: the article's type and colours, the controls, the button. */
async function readerLook(page, frame) {
  const article = await frame.evaluate(() => {
    const pick = (el, names) => Object.fromEntries(names.map((name) => [name, getComputedStyle(el)[name]]));
    return {
      title: pick(document.querySelector(".pv-title"), ["fontFamily", "fontSize", "fontWeight", "color"]),
      body: pick(document.body, ["backgroundColor", "color"]),
      paragraph: pick(document.querySelector(".pv-content p"), ["fontFamily", "fontSize", "lineHeight"]),
      page: pick(document.querySelector(".pv-page"), ["maxWidth", "paddingTop"]),
    };
  });
  const controls = await page.evaluate((host) => {
    const pick = (el, names) => Object.fromEntries(names.map((name) => [name, getComputedStyle(el)[name]]));
    const root = document.querySelector(host).shadowRoot;
    const button = document.querySelector("plainview-button").shadowRoot.querySelector("button");
    return {
      shell: pick(root.querySelector(".shell"), ["display", "backgroundColor", "fontFamily"]),
      bar: pick(root.querySelector(".bar"), ["display", "height"]),
      close: pick(root.querySelector('[data-action="close"]'), ["borderRadius", "minWidth"]),
      button: pick(button, ["borderRadius", "backgroundColor", "height"]),
    };
  }, HOST_SELECTOR);
  return { article, controls };
}

test("under a page's style-src 'none' the reader, its article and its button look as on any page", async () => {
  const normal = await openSample(harness, "/samples/long-read.html");
  const expected = await readerLook(normal, await openWithApi(normal));
  assert.notEqual(expected.article.page.maxWidth, "none", "the reading view's stylesheet applies on a normal page");
  assert.equal(expected.controls.shell.display, "flex");
  await normal.close();

  const page = await harness.context.newPage();
  await withCsp(page, "/samples/long-read.html", NO_STYLES_CSP);
  // What the page's policy refused, as the page (and its report endpoint) hears of it.
  await page.addInitScript(() => {
    window.__styleViolations = [];
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        if (event.effectiveDirective.startsWith("style-src")) window.__styleViolations.push(event.blockedURI);
      },
      true,
    );
  });
  await page.goto(harness.url("/samples/long-read.html"));
  await page.waitForFunction(() => typeof window.plainview === "object");
  const frame = await openWithApi(page);
  // The reading view brings its own policy too; neither refuses the constructed sheet.
  assert.match(await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content), /default-src 'none'/);
  assert.deepEqual(await readerLook(page, frame), expected);
  // The page's own stylesheet was refused (the policy is in force), and nothing the reader added.
  const refused = await page.evaluate(() => window.__styleViolations);
  assert.deepEqual(refused, [harness.url("/samples/site.css")]);
  await page.evaluate(() => window.plainview.close());
  await waitClosed(page);
  await page.close();
});

test("a page that defined the reader's former tag as its own element still gets the reader", async () => {
  const page = await harness.context.newPage();
  await page.addInitScript(() => {
    customElements.define(
      "plainview-reader",
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: "closed" }).innerHTML = "<p>the page's own element</p>";
        }
      },
    );
  });
  await page.goto(harness.url("/samples/long-read.html"));
  await page.waitForFunction(() => typeof window.plainview === "object");
  const before = await pageState(page);
  const frame = await openWithApi(page);
  assert.match(await frame.textContent(".pv-title"), /^The night train returns/);
  const host = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    return { tag: el.localName, count: document.querySelectorAll(selector).length, position: getComputedStyle(el).position };
  }, HOST_SELECTOR);
  assert.match(host.tag, /^plainview-reader-[0-9a-f]{12}$/);
  assert.deepEqual([host.count, host.position], [1, "fixed"]);
  await page.keyboard.press("Escape");
  await waitClosed(page);
  assert.deepEqual(await pageState(page), before);
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});

test("an extractor answering with a Promise reads the marked page, with the address open() was given", async () => {
  const page = await harness.context.newPage();
  await page.goto(harness.url("/fixtures/reading-line.html"));
  await page.waitForFunction(() => window.fixture !== undefined);
  await page.evaluate(() => {
    const p = document.getElementById("s2p3");
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3 + 5);
  });
  const url = harness.url("/fixtures/reading-line.html?story=2");
  const opened = await page.evaluate((address) => window.fixture.asyncReader.open({ url: address }), url);
  assert.equal(opened, true);
  const frame = await readerFrame(page);
  assert.equal(await frame.textContent(".pv-title"), "The second story of the evening");
  // The mark was still there when the extractor read the page, a task after it was called.
  assert.deepEqual(await page.evaluate(() => window.fixture.laterCalls), [{ marked: 1, id: "s2p3", url }]);
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-plainview-reading]").length), 0);
  await page.evaluate(() => window.fixture.asyncReader.close());
  assert.equal(await page.evaluate((host) => document.querySelector(host), HOST_SELECTOR), null);
  await page.close();
});

test("an article extracted in idle time is used only while the page reads the same; a changed page or reading line is read again", async () => {
  const page = await harness.context.newPage();
  await page.goto(harness.url("/fixtures/reading-line.html"));
  await page.waitForFunction(() => window.fixture !== undefined);
  const before = await pageState(page);
  const counts = () => page.evaluate(() => ({ ...window.fixture.guessCounts }));
  /** Waits until the reader has made `n` reading views, the last step of a guess. */
  const viewsMade = (n) => page.waitForFunction((n) => window.fixture.guessCounts.views === n, n);
  const press = async () => {
    assert.equal(await page.evaluate(() => window.fixture.guessReader.open()), true);
    const frame = await readerFrame(page);
    return { title: await frame.textContent(".pv-title"), text: await articleText(frame) };
  };
  const close = () => page.evaluate(() => window.fixture.guessReader.close());

  await page.evaluate(() => window.fixture.guessReader.prewarm({ article: true }));
  await viewsMade(1);
  assert.deepEqual(await counts(), { extractions: 1, views: 1 });
  // The reading line was marked and unmarked within the idle callback.
  assert.deepEqual(await pageState(page), before);

  // The page is as it was: the press extracts and renders nothing.
  const first = await press();
  assert.equal(first.title, "The first story of the evening");
  assert.deepEqual(await counts(), { extractions: 1, views: 1 });
  await close();
  assert.deepEqual(await pageState(page), before);

  // A new guess after closing; then the page changes: the press reads the new text.
  await viewsMade(2);
  await page.evaluate(() => {
    document.getElementById("s1p2").textContent = "A paragraph the page wrote after the guess, about the lighthouse keeper's retirement.";
  });
  const changed = await press();
  assert.ok(changed.text.includes("the lighthouse keeper's retirement"), "the reader shows the page as it was when pressed");
  assert.deepEqual(await counts(), { extractions: 3, views: 3 });
  await close();

  // Nothing in the DOM changes, but the second story is now under the reading line.
  await viewsMade(4);
  await page.evaluate(() => {
    const p = document.getElementById("s2p3");
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3 + 5);
  });
  const scrolled = await press();
  assert.equal(scrolled.title, "The second story of the evening");
  assert.deepEqual(await counts(), { extractions: 5, views: 5 });
  await close();
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-plainview-reading]").length), 0);
  await page.close();
});

test("under style-src 'none' the article is styled as soon as it is drawn, before its images load", async () => {
  const page = await harness.context.newPage();
  await withCsp(page, "/samples/long-read.html", NO_STYLES_CSP);
  // The article's images are held back, so its frame stays short of its load event.
  let release;
  const held = new Promise((done) => (release = done));
  await page.route("**/samples/img/**", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await page.goto(harness.url("/samples/long-read.html"), { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => typeof window.plainview === "object");
  await page.evaluate(() => {
    window.__opened = window.plainview.open();
  });
  await page.waitForFunction((host) => {
    const frameDoc = document.querySelector(host)?.shadowRoot.querySelector("iframe").contentDocument;
    return frameDoc?.querySelector(".pv-title") !== null;
  }, HOST_SELECTOR);
  // Two frames drawn since the article was put in its frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const early = await page.evaluate((host) => {
    const frameDoc = document.querySelector(host).shadowRoot.querySelector("iframe").contentDocument;
    return {
      imagesLoaded: [...frameDoc.images].filter((img) => img.complete).length,
      images: frameDoc.images.length,
      maxWidth: getComputedStyle(frameDoc.querySelector(".pv-page")).maxWidth,
      titleFont: getComputedStyle(frameDoc.querySelector(".pv-title")).fontFamily,
    };
  }, HOST_SELECTOR);
  release();
  assert.ok(early.images > 0, "the article has images");
  assert.equal(early.imagesLoaded, 0, "the frame was still loading its images");
  assert.notEqual(early.maxWidth, "none", "the reading view's stylesheet applies before the frame has loaded");
  assert.match(early.titleFont, /Charter/);
  assert.equal(await page.evaluate(() => window.__opened), true);
  await page.evaluate(() => window.plainview.close());
  await waitClosed(page);
  await page.close();
});

test("embedded players come into the article after its first paint, in the boxes held for them", async () => {
  const page = await openSample(harness, "/fixtures/embeds.html");
  const seen = await page.evaluate(async (host) => {
    const frameDoc = () => document.querySelector(host)?.shadowRoot.querySelector("iframe").contentDocument;
    const boxes = (doc) => [...doc.querySelectorAll(".pv-content iframe, .pv-content pv-embed")].map((el) => {
      const box = el.getBoundingClientRect();
      return { tag: el.localName, width: box.width, height: box.height };
    });
    // The first frame painted with the article in it.
    const painted = new Promise((done) => {
      const check = () => {
        const doc = frameDoc();
        if (doc?.querySelector(".pv-article")) done(boxes(doc));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const opened = await window.plainview.open();
    const doc = frameDoc();
    return {
      opened,
      first: await painted,
      last: boxes(doc),
      players: [...doc.querySelectorAll("iframe")].map((el) => [el.getAttribute("src"), el.getAttribute("sandbox")]),
      printed: document.querySelector(host).shadowRoot.querySelectorAll(".print pv-embed, .print iframe").length,
    };
  }, HOST_SELECTOR);
  assert.equal(seen.opened, true);
  assert.deepEqual(seen.first.map((box) => box.tag), ["pv-embed", "pv-embed", "pv-embed"]);
  assert.deepEqual(seen.last.map((box) => box.tag), ["iframe", "iframe", "iframe"]);
  // Each stand-in had its player's box: nothing moves when the player comes in.
  for (const [i, box] of seen.last.entries()) {
    assert.ok(box.width > 0 && box.height > 0);
    assert.deepEqual({ ...seen.first[i], tag: "iframe" }, box);
  }
  assert.deepEqual(
    seen.players.map(([src]) => src),
    [1, 2, 3].map((n) => `https://www.youtube.com/embed/festival${n}`),
  );
  for (const [, sandbox] of seen.players) assert.equal(sandbox, "allow-scripts allow-same-origin allow-presentation");
  assert.equal(seen.printed, 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a press checks the guess when its pointer goes down; its click uses that check, a click long after checks again", async () => {
  const page = await harness.context.newPage();
  await page.goto(harness.url("/fixtures/reading-line.html"));
  await page.waitForFunction(() => window.fixture !== undefined);
  const snapshots = () => page.evaluate(() => window.fixture.snapshotCount.taken);
  const viewsMade = (n) => page.waitForFunction((n) => window.fixture.guessCounts.views === n, n);
  const press = async () => {
    assert.equal(await page.evaluate(() => window.fixture.guessReader.open()), true);
    return articleText(await readerFrame(page));
  };
  await page.evaluate(() => window.fixture.guessReader.prewarm({ article: true }));
  await viewsMade(1);
  assert.equal(await snapshots(), 1);

  // Pointer down: the page is read then; the click that ends the press reads nothing more.
  await page.evaluate(() => window.fixture.guessReader.pressStarted());
  assert.equal(await snapshots(), 2);
  assert.ok((await press()).includes("First story, paragraph 2."));
  assert.equal(await snapshots(), 2);
  assert.deepEqual(await page.evaluate(() => ({ ...window.fixture.guessCounts })), { extractions: 1, views: 1 });
  await page.evaluate(() => window.fixture.guessReader.close());

  // A pointer down that no click followed for longer than a press lasts: the click reads
  // the page as it is then.
  await viewsMade(2);
  const taken = await snapshots();
  await page.evaluate(() => window.fixture.guessReader.pressStarted());
  await page.waitForTimeout(700);
  await page.evaluate(() => {
    document.getElementById("s1p2").textContent = "A paragraph written during a long press, about the new harbour master.";
  });
  assert.ok((await press()).includes("the new harbour master"), "the reader shows the page as it was at the click");
  assert.equal(await snapshots(), taken + 2);
  await page.evaluate(() => window.fixture.guessReader.close());
  assert.equal(await page.evaluate(() => document.querySelectorAll("[data-plainview-reading]").length), 0);
  await page.close();
});
