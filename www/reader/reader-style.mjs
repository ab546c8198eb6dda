// @ts-check
// The reader layer's stylesheets, as strings so the module loads without a bundler or an
// extra request: the controls (inside the shadow root), the few rules added to the
// article frame (on top of the reading view's own CSS), and the sheet adopted by the page
// while the reader is open (no scrolling behind it; print only the article); and how they
// are applied so that a page's CSP (`style-src`) cannot refuse them: as constructed
// stylesheets, which no CSP governs, with <style> elements only as the fallback.

/** Colours of the controls, matching the reading view's themes (src/render/view.css). */
const PALETTE = `
  --bg: #fcfcfa; --fg: #1d1d1b; --muted: #66665f; --link: #1d57a8; --rule: #e2e2dc;
  --raised: #ffffff; --hover: #efefe9; --mark: #fbeea0; color-scheme: light;
`;
const PALETTE_SEPIA = `
  --bg: #f5edda; --fg: #3d3022; --muted: #76654d; --link: #8b4513; --rule: #e2d5b8;
  --raised: #faf4e6; --hover: #ece2c9; --mark: #f0d67a; color-scheme: light;
`;
const PALETTE_DARK = `
  --bg: #1b1c1e; --fg: #dcdcd6; --muted: #9b9b93; --link: #8ab4f0; --rule: #35363a;
  --raised: #26272b; --hover: #2e2f33; --mark: #5c5224; color-scheme: dark;
`;

/**
 * Inline style (all !important) of a host element: what page CSS could do to a fixed box
 * (hide it, move it, fade or transform it) undone. Everything else lives in the shadow root.
 */
export const HOST_RESET = {
  display: "block",
  margin: "0",
  padding: "0",
  border: "0",
  opacity: "1",
  visibility: "visible",
  transform: "none",
  filter: "none",
  "clip-path": "none",
  direction: "ltr",
};

/** Inline style of the reader layer's host: the whole viewport, above everything. */
export const HOST_STYLE = {
  ...HOST_RESET,
  position: "fixed",
  inset: "0",
  "z-index": "2147483647",
  width: "100vw",
  height: "100vh",
};

export const CONTROLS_CSS = `
:host { all: initial; }
.shell {
  ${PALETTE}
  position: absolute; inset: 0; display: flex; flex-direction: column; direction: ltr;
  background: var(--bg); color: var(--fg);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
.shell[data-theme="sepia"] { ${PALETTE_SEPIA} }
.shell[data-theme="dark"] { ${PALETTE_DARK} }
@media (prefers-color-scheme: dark) { .shell[data-theme="auto"] { ${PALETTE_DARK} } }
.bar {
  flex: none; display: flex; align-items: center; gap: 4px;
  height: 48px; padding: 0 16px; box-sizing: border-box;
  border-bottom: 1px solid var(--rule); background: var(--bg);
}
.spacer { flex: 1; }
.label { color: var(--muted); font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
button {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-width: 36px; height: 36px; padding: 0 10px; border-radius: 6px; cursor: pointer;
  color: var(--fg); font: inherit; font-weight: 500;
}
button:hover { background: var(--hover); }
button:focus-visible, input:focus-visible + span { outline: 2px solid var(--link); outline-offset: 2px; }
button[aria-pressed="true"], button[aria-expanded="true"] { background: var(--hover); }
button[hidden] { display: none; }
svg { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.type-glyph { font: 600 17px/1 Georgia, "Noto Serif", serif; }
.panel {
  position: absolute; top: 52px; right: 12px; z-index: 1; width: 292px; box-sizing: border-box;
  padding: 14px; border: 1px solid var(--rule); border-radius: 10px;
  background: var(--raised); color: var(--fg); box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
  display: grid; gap: 14px;
}
.panel[hidden] { display: none; }
fieldset { all: unset; display: grid; gap: 6px; }
legend, .row-label { padding: 0; color: var(--muted); font-size: 12px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
.choices { display: grid; grid-auto-flow: column; grid-auto-columns: 1fr; gap: 6px; }
.choices label { position: relative; display: block; cursor: pointer; }
.choices input { position: absolute; opacity: 0; inset: 0; margin: 0; cursor: pointer; }
.choices span {
  display: flex; align-items: center; justify-content: center; height: 36px; box-sizing: border-box;
  border: 1px solid var(--rule); border-radius: 6px; font-size: 13px;
}
.choices input:checked + span { border: 2px solid var(--link); font-weight: 600; }
.swatch-light { background: #fcfcfa; color: #1d1d1b; }
.swatch-sepia { background: #f5edda; color: #3d3022; }
.swatch-dark { background: #1b1c1e; color: #dcdcd6; }
.swatch-auto { background: linear-gradient(135deg, #fcfcfa 50%, #1b1c1e 50%); color: #777; }
.swatch-auto b { padding: 0 4px; border-radius: 3px; background: #fcfcfa; color: #1d1d1b; font-weight: inherit; }
.font-serif { font-family: Georgia, "Noto Serif", serif; }
.stepper { display: grid; grid-template-columns: 1fr 36px 56px 36px; align-items: center; gap: 4px; }
.stepper output { text-align: center; font-variant-numeric: tabular-nums; }
.stepper button { border: 1px solid var(--rule); padding: 0; font-size: 18px; }
.frame { flex: 1; width: 100%; min-height: 0; border: 0; display: block; background: var(--bg); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 520px) { .label { display: none; } .panel { left: 8px; right: 8px; width: auto; } }
.print { display: none; }
@media print {
  :host { position: absolute !important; height: auto !important; }
  .shell { display: none !important; }
  .print { display: block; color: #000; background: #fff; font: 11.5pt/1.45 Charter, "Bitstream Charter", Georgia, "Noto Serif", serif; }
  .print .pv-site, .print .pv-meta, .print figcaption, .print table { font-family: system-ui, "Noto Sans", Arial, sans-serif; font-size: 9pt; color: #444; }
  .print .pv-site { text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 0.5em; }
  .print .pv-title { font-size: 22pt; line-height: 1.2; margin: 0 0 0.4em; }
  .print .pv-header { margin-bottom: 1.5em; }
  .print a { color: #000; }
  .print img, .print svg { display: block; max-width: 100%; height: auto; margin: 1em auto; }
  .print figure { margin: 1.2em 0; }
  .print pre { white-space: pre-wrap; font: 9pt/1.45 ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; border: 1px solid #bbb; padding: 0.6em 0.8em; }
  .print code { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
  .print table { border-collapse: collapse; margin: 1em 0; }
  .print th, .print td { border-bottom: 1px solid #bbb; padding: 0.3em 0.6em; text-align: start; vertical-align: top; }
  .print blockquote { margin: 1em 0; padding-inline-start: 1em; border-inline-start: 3px solid #999; font-style: italic; }
  .print img, .print figure, .print pre, .print blockquote, .print tr { break-inside: avoid; }
  .print h1, .print h2, .print h3, .print h4 { break-after: avoid; }
  .print .pv-footer { margin-top: 2em; font-size: 9pt; color: #444; overflow-wrap: anywhere; }
}
`;

/**
 * Set on the article frame's root once its first frame has been painted. Until then the
 * article's blocks below the fold are not laid out (`content-visibility: auto`), so the
 * first paint costs the visible part only, however long the article; after it, every
 * block is laid out as usual (innerText, printing, find, scroll length all whole).
 */
export const SHOWN_ATTRIBUTE = "data-pv-shown";

/**
 * What stands in for an embedded frame of the article (an allow-listed video player) until
 * the article frame's first paint: an element with the box the reading view gives an
 * <iframe> (src/render/view.css), so that nothing moves when the frame takes its place.
 */
export const EMBED_STAND_IN = "pv-embed";

/** Added to the reading view's own CSS inside the article frame. */
export const FRAME_CSS = `
[data-pv-speaking] { background: var(--pv-mark); border-radius: 3px; box-shadow: 0 0 0 0.3em var(--pv-mark); }
:focus-visible { outline: 2px solid var(--pv-link); outline-offset: 2px; }
.pv-page:focus { outline: none; }
.pv-page { padding-top: 2.5rem; }
.pv-site a:visited, .pv-footer a:visited { color: inherit; }
${EMBED_STAND_IN} {
  display: block; width: 100%; aspect-ratio: 16 / 9; margin: 1.6em 0; border-radius: 4px; background: var(--pv-code-bg);
}
:root:not([${SHOWN_ATTRIBUTE}]) .pv-content :is(p, pre, table, figure, blockquote, h2, h3, h4) {
  content-visibility: auto; contain-intrinsic-block-size: auto 6em;
}
`;

/** Adopted by the page while the reader is open; removed on close (no DOM change). */
export const PAGE_SHEET = `
html { overflow: hidden !important; }
@media print {
  body { display: none !important; }
}
`;

/**
 * Styles a shadow root with `css`: a stylesheet constructed with its document's own
 * CSSStyleSheet and adopted by the root. A page's `style-src` refuses <style> elements in
 * it (page scripts' always, Firefox content scripts' too) but not constructed sheets. Only
 * where construction or adoption throws does a <style> element carry the rules: a refused
 * one would also be reported to the page's CSP endpoint.
 */
export function styleShadowRoot(root, css) {
  const doc = root.ownerDocument;
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement("style");
    style.textContent = css;
    root.prepend(style);
  }
}

/**
 * Makes `css` the only adopted stylesheet of `doc`, constructed in `doc`'s own realm (a
 * document adopts only sheets of its realm). No CSP governs constructed sheets. Throws
 * where constructable stylesheets are missing.
 */
export function adoptCss(doc, css) {
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}

/**
 * Adopts the rules of a frame document's <style> elements as one stylesheet constructed in
 * the frame's own realm (a document adopts only sheets of its realm). The article frame
 * inherits its parent page's CSP, whose `style-src` may refuse those elements (a refused
 * one has no `sheet`); the constructed sheet is not subject to it, nor to the reading
 * view's own CSP. Where every element got its sheet, nothing is adopted. The <style>
 * elements stay: where construction throws they are all there is.
 */
export function adoptFrameStyles(frameDoc) {
  try {
    const styles = [...frameDoc.querySelectorAll("style")];
    // Where every <style> got its sheet, no CSP refused one: parsing the rules again would
    // only delay the first paint.
    if (styles.every((style) => style.sheet)) return;
    let css = "";
    for (const style of styles) css += `${style.textContent}\n`;
    const sheet = new frameDoc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    frameDoc.adoptedStyleSheets = [sheet];
  } catch {
    // The frame keeps its <style> elements.
  }
}
