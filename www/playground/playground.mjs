// @ts-check
// The playground's behaviour: read HTML from the textarea, a dropped or chosen file, or a
// bundled sample; extract it with the browser package; show the reading view (sandboxed
// frame, no script), the metadata, the JSON and the explain overlay.
// The full build: it parses with html5ever exactly as the explain frame's DOMParser does,
// so the selectors of `diagnostics.removals` find the same elements there.
// @ts-ignore: served beside the playground (scripts/serve.mjs maps /plainview/ to the package).
import init, { extract, isProbablyReadable, renderReadingView } from "../plainview/js/full.mjs";
import { explainPage } from "./explain.mjs";

/** Metadata rows: [label, article field]. */
const META_FIELDS = [
  ["Title", "title"],
  ["Byline", "byline"],
  ["Site", "siteName"],
  ["Published", "publishedTime"],
  ["Language", "lang"],
  ["Direction", "dir"],
  ["Excerpt", "excerpt"],
  ["Lead image", "leadImageUrl"],
  ["Address", "url"],
  ["Words", "wordCount"],
  ["Reading time (min)", "readingTimeMinutes"],
];
/** Address used for relative links when none is given. */
const FALLBACK_URL = "https://example.org/";

/** @param {string | null} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id ?? ""));
/** A text field or a select: something with a `value`. @param {string} id */
const field = (id) => /** @type {HTMLInputElement} */ ($(id));
/** A frame shown with `srcdoc`. @param {string} id */
const frame = (id) => /** @type {HTMLIFrameElement} */ ($(id));
const htmlInput = field("html");
const urlInput = field("url");
const status = $("status");
const themeSelect = field("theme");
/** @type {any} */
let article = null;

function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle("error", isError);
}

function showView() {
  if (!article) return;
  frame("view").srcdoc = renderReadingView(article, { theme: themeSelect.value });
}

function showMeta(readable, ms) {
  const body = /** @type {HTMLTableElement} */ ($("meta")).tBodies[0];
  body.replaceChildren();
  const rows = [
    ...META_FIELDS.map(([label, key]) => [label, article[key]]),
    ["Story signal", article.diagnostics?.storySignal],
    // Only on a page of several stories.
    ...storyRows(article.diagnostics?.stories ?? []),
    ["Policy", article.diagnostics?.policy],
    ["isProbablyReadable", String(readable)],
    ["Extraction time", `${ms.toFixed(1)} ms`],
  ];
  for (const [label, value] of rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = label;
    tr.append(th);
    const cell = tr.insertCell();
    if (value instanceof Node) cell.append(value);
    else cell.textContent = value === null || value === undefined ? "—" : String(value);
  }
}

/** The stories of a page that carries several, in document order, the one shown marked. */
function storyRows(stories) {
  if (stories.length < 2) return [];
  const list = document.createElement("ol");
  list.className = "stories";
  for (const story of stories) {
    const item = list.appendChild(document.createElement("li"));
    const heading = item.appendChild(document.createElement("bdi"));
    heading.textContent = story.heading || "(no heading)";
    if (story.chosen) {
      item.classList.add("chosen");
      item.append(" ", Object.assign(document.createElement("strong"), { textContent: "(shown)" }));
    }
  }
  return [["Stories found", list]];
}

function showExplain(html, url) {
  const { srcdoc, kept, dropped, stories } = explainPage(html, article, url);
  frame("explain").srcdoc = srcdoc;
  $("explain-counts").textContent = `(${kept} kept, ${dropped} dropped)`;
  const storyNote = $("explain-stories");
  storyNote.hidden = stories === 0;
  storyNote.textContent = stories
    ? `Framed: the ${stories} stories found; the one shown was chosen by: ${article.diagnostics.storySignal}.`
    : "";
}

async function run() {
  const html = htmlInput.value;
  if (!html.trim()) {
    setStatus("Paste some HTML first.", true);
    return;
  }
  const url = urlInput.value.trim() || FALLBACK_URL;
  await init();
  const started = performance.now();
  try {
    article = extract(html, { url, explain: true });
  } catch (error) {
    article = null;
    frame("view").srcdoc = "";
    setStatus(`${error.code ?? error.name}: ${error.message}`, true);
    return;
  }
  const ms = performance.now() - started;
  const readable = isProbablyReadable(html);
  setStatus(`${article.wordCount} words in ${ms.toFixed(1)} ms · story signal: ${article.diagnostics.storySignal}`);
  showView();
  showMeta(readable, ms);
  $("json").textContent = JSON.stringify(article, null, 2);
  showExplain(html, url);
}

async function loadText(text, url) {
  htmlInput.value = text;
  if (url) urlInput.value = url;
  await run();
}

async function readFile(file) {
  if (!file) return;
  await loadText(await file.text(), urlInput.value || `${FALLBACK_URL}${encodeURIComponent(file.name)}`);
}

$("extract").addEventListener("click", run);
$("sample").addEventListener("change", async (event) => {
  const path = /** @type {HTMLSelectElement} */ (event.target).value;
  if (!path) return;
  const url = new URL(path, location.href).href;
  const response = await fetch(url);
  await loadText(await response.text(), url);
});
$("file").addEventListener("change", (event) =>
  readFile(/** @type {FileList} */ (/** @type {HTMLInputElement} */ (event.target).files)[0]),
);
htmlInput.addEventListener("paste", () => setTimeout(run, 0));
themeSelect.addEventListener("change", showView);

// Drop a file anywhere on the page.
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", (event) => {
  if (event.relatedTarget === null) document.body.classList.remove("dragging");
});
document.addEventListener("drop", (event) => {
  event.preventDefault();
  document.body.classList.remove("dragging");
  readFile(event.dataTransfer.files[0]);
});

// Tabs (arrow keys move between them, as the ARIA tabs pattern says).
const tabs = [.../** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[role="tab"]'))];
function selectTab(tab) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute("aria-selected", String(selected));
    t.tabIndex = selected ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !selected;
  }
  tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step) selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]);
  });
}

const initial = new URLSearchParams(location.search).get("sample");
if (initial) {
  field("sample").value = initial;
  $("sample").dispatchEvent(new Event("change"));
}
