// @ts-check
// Explain mode: the original page, made inert, with every block marked kept (its text is in
// the article) or dropped (it is not). When the article carries
// `diagnostics.removals` ([{ selector, rule }]), a dropped element shows its rule on hover.
// On a page of several stories (`diagnostics.stories`, [{ heading, chosen, selector }]),
// each story is framed and labelled "Story i of n", the one shown marked as such.

/** Blocks that are marked; a block inside another marked block is marked on its own. */
const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, figure, table";
/** Elements that could run, load or navigate, removed before the page is shown. */
const INERT_REMOVALS = "script, iframe, frame, object, embed, base, link, meta[http-equiv]";
/** What the page may still load once shown: images and inline styles only. */
const EXPLAIN_CSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; font-src data:";

const EXPLAIN_CSS = `
[data-pv-explain] { outline-offset: 1px !important; }
[data-pv-explain="kept"] { outline: 2px solid #1f8a3b !important; background-color: rgb(31 138 59 / 0.12) !important; }
[data-pv-explain="dropped"] { outline: 2px solid #c0392b !important; background-color: rgb(192 57 43 / 0.12) !important; }
[data-pv-rule] { cursor: help; outline: 2px dashed #c0392b !important; outline-offset: 2px !important; }
[data-pv-story][data-pv-story] { outline: 3px dashed #5b3fc4 !important; outline-offset: 4px !important; }
[data-pv-story="chosen"][data-pv-story] { outline-width: 5px !important; }
pv-story-label {
  display: block !important; width: fit-content !important; max-width: 100% !important; box-sizing: border-box !important;
  margin: 0 0 8px !important; padding: 3px 10px !important; border: 2px solid #5b3fc4 !important; border-radius: 4px !important;
  background: #fff !important; color: #3b2a8f !important; font: 600 14px/1.4 system-ui, sans-serif !important;
  text-align: start !important; text-transform: none !important; letter-spacing: normal !important;
  float: none !important; position: static !important; visibility: visible !important; opacity: 1 !important;
}
[data-pv-story="chosen"] > pv-story-label { background: #5b3fc4 !important; color: #fff !important; }
`;

/** A story's label: its place among the stories, whether it is shown, its heading. */
function storyLabel(doc, story, index, count) {
  const label = doc.createElement("pv-story-label");
  label.append(`Story ${index + 1} of ${count}${story.chosen ? " · shown" : ""}: `);
  const heading = doc.createElement("bdi");
  heading.textContent = story.heading || "(no heading)";
  label.append(heading);
  return label;
}

function normalize(text) {
  return text.replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}

/** Whether a block's text (or, for text-less figures, its image) is in the article or is its title. */
function isKept(el, articleText, articleContent, url, title) {
  const text = normalize(el.textContent);
  if (text) return text === title || articleText.includes(text);
  const img = el.querySelector("img[src]");
  if (!img) return null; // nothing to judge
  const src = img.getAttribute("src");
  let resolved = src;
  try {
    resolved = new URL(src, url || undefined).href;
  } catch {
    resolved = src.split("/").pop();
  }
  return resolved !== "" && articleContent.includes(resolved.split("?")[0]);
}

/**
 * The marked page as srcdoc for a frame sandboxed without scripts, plus counts.
 * `url` resolves the page's relative links and images.
 */
export function explainPage(html, article, url) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const articleText = normalize(article.text);
  const articleContent = article.content;
  const title = normalize(article.title ?? "");
  let kept = 0;
  let dropped = 0;

  // Rules first: their selectors describe the page as it was parsed.
  for (const removal of article.diagnostics?.removals ?? []) {
    let el = null;
    try {
      el = doc.querySelector(removal.selector);
    } catch {
      continue;
    }
    if (el) {
      el.setAttribute("data-pv-rule", removal.rule);
      el.setAttribute("title", `dropped: ${removal.rule}`);
    }
  }
  // Stories are found while the selectors still describe the page as parsed; their labels
  // go in once every block is judged, so they are neither judged nor counted.
  const stories = article.diagnostics?.stories ?? [];
  const framed = [];
  if (stories.length > 1) {
    stories.forEach((story, index) => {
      let el = null;
      try {
        el = story.selector ? doc.querySelector(story.selector) : null;
      } catch {
        return;
      }
      if (!el || el === doc.documentElement || el === doc.body || el.hasAttribute("data-pv-story")) return;
      el.setAttribute("data-pv-story", story.chosen ? "chosen" : "other");
      framed.push([el, storyLabel(doc, story, index, stories.length)]);
    });
  }
  for (const el of doc.body?.querySelectorAll(BLOCKS) ?? []) {
    const verdict = isKept(el, articleText, articleContent, url, title);
    if (verdict === null) continue;
    el.setAttribute("data-pv-explain", verdict ? "kept" : "dropped");
    if (verdict) kept += 1;
    else {
      dropped += 1;
      if (!el.hasAttribute("title")) {
        const rule = el.closest("[data-pv-rule]")?.getAttribute("data-pv-rule");
        el.setAttribute("title", rule ? `dropped: ${rule}` : "dropped: not in the article");
      }
    }
  }

  for (const [el, label] of framed) el.prepend(label);

  for (const el of doc.querySelectorAll(INERT_REMOVALS)) el.remove();
  for (const el of doc.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.startsWith("on") || value.startsWith("javascript:")) el.removeAttribute(attr.name);
    }
  }
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement("head"), doc.body);
  const csp = doc.createElement("meta");
  csp.httpEquiv = "Content-Security-Policy";
  csp.content = EXPLAIN_CSP;
  const style = doc.createElement("style");
  style.textContent = EXPLAIN_CSS;
  head.prepend(csp);
  head.append(style);
  if (url) {
    const base = doc.createElement("base");
    base.href = url;
    base.target = "_blank";
    head.prepend(base);
  }
  return { srcdoc: "<!DOCTYPE html>" + doc.documentElement.outerHTML, kept, dropped, stories: framed.length };
}
