// @ts-check
// The browser's DOM, flattened for src/input/flat_dom.rs: one walk, one string across the wasm
// boundary, so plainview builds its tree from what the browser already parsed instead of
// serializing HTML and parsing it again. The walk reports facts only — which elements the
// browser renders, the image source it chose, open shadow roots and slots in place,
// `<noscript>` content as a scripting-disabled parser sees it — and Rust decides what to
// keep. Format: fields separated by NUL; `E name ns rendered n (attr value)×n` opens an
// element (ns "" HTML, "s" SVG, "m" MathML; rendered "1"/"0"), `/` closes it, `T text` is
// a text node, `D` the doctype; a closing `C n` says how many bytes of the form the walk
// left out (below).
//
// Code never crosses: the text of an HTML style sheet, and of an HTML script whose type
// does not name JSON, is left out (the pipeline drops such elements whole; JSON-LD is
// read), and the browser is not asked whether it renders them (reported as not rendered;
// it does not, unless a page's style sheet shows their source). `C n` counts the UTF-8
// bytes its `T text` fields would have taken, so size limits weigh the page as a whole.

const SEPARATOR = "\u0000";
const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
const NAMESPACE_CODES = {
  "http://www.w3.org/2000/svg": "s",
  "http://www.w3.org/1998/Math/MathML": "m",
};
/** Stack markers close an element; their bits say what closing it ends: a `<noscript>`
 * whose content is inert markup, or an element the browser does not render (its subtree
 * is reported as not rendered without asking again, and still walked: on a page whose
 * scripts have not run, the article itself may be hidden). */
const ENDS_INERT = 1;
const ENDS_HIDDEN = 2;
const ENDS_CODE = 4;
/** A script type that may name data the pipeline reads (JSON-LD) rather than code. */
const DATA_SCRIPT_TYPE = /json/i;
/** Bytes the separators of one left-out `T text` pair take in the form. */
const TEXT_FIELD_OVERHEAD = 3;
const NON_ASCII = /[^\u0000-\u007f]/;
const encoder = new TextEncoder();
let scratch = new Uint8Array(0);

/** The UTF-8 length of `value`, as the string crossing into wasm encodes it. */
function utf8Length(value) {
  if (!NON_ASCII.test(value)) return value.length;
  if (scratch.length < value.length * 3) scratch = new Uint8Array(value.length * 3);
  return encoder.encodeInto(value, scratch).written;
}

/** What the text of code took, by text node (its `data` then, and the bytes of its left-out
 * field): a warm call on an unchanged page does not measure a script again. */
const codeBytes = new WeakMap();

/** The bytes the `T text` field of code text `node` would take in the form. */
function codeTextBytes(node) {
  const data = node.data;
  const known = codeBytes.get(node);
  if (known !== undefined && known.data === data) return known.bytes;
  const bytes = TEXT_FIELD_OVERHEAD + utf8Length(field(data));
  codeBytes.set(node, { data, bytes });
  return bytes;
}

/** Whether an HTML element's text is code (see the top of this file). */
function isCode(node, name) {
  if (name === "style") return true;
  if (name !== "script") return false;
  // Every attribute named `type`, as the pipeline reads them.
  const attrs = node.attributes;
  for (let i = 0; i < attrs.length; i++) {
    if (attrs[i].name === "type" && DATA_SCRIPT_TYPE.test(attrs[i].value)) return false;
  }
  return true;
}

/** A value of the flat form: NUL separates fields, so a NUL inside becomes U+FFFD. */
function field(value) {
  return value.includes(SEPARATOR) ? value.replaceAll(SEPARATOR, "\uFFFD") : value;
}

/** Attributes of a declarative shadow root the parser left a `<template>` (`DOMParser`
 * attaches none): its content is reported as its children, and Rust renders it in the
 * host (SHADOW_ROOT_ATTRS in src/vocabulary). */
const SHADOW_ROOT_ATTRS = ["shadowrootmode", "shadowroot"];

/** The nodes under element `node` (its `localName` `name`, its `namespaceURI` `uri`) in
 * rendering order: an array, or the node whose children they are (read through its
 * sibling links, which cost less than indexing `childNodes`). */
function childrenOf(node, name, uri, doc) {
  const shadow = node.shadowRoot;
  if (shadow) return shadow;
  if (name === "template" && node.content && SHADOW_ROOT_ATTRS.some((a) => node.hasAttribute(a))) {
    return node.content;
  }
  if (name === "slot" && typeof node.assignedNodes === "function") {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  if (name === "noscript" && uri === HTML_NAMESPACE) {
    // With scripting on, the browser kept the content as text; a template parses it as
    // markup without running or loading anything.
    const only = node.firstChild;
    if (only !== null && only === node.lastChild && only.nodeType === 3 && only.data.includes("<")) {
      const template = doc.createElement("template");
      template.innerHTML = only.data;
      return template.content;
    }
  }
  return node;
}

/** Appends the flat form of the children of `parent` to `out`; returns the bytes of code
 * text left out. */
function walk(out, doc, parent, rendered) {
  const stack = [];
  // `list` as childrenOf gives it: an array (a slot's assigned nodes) or a node.
  const pushAll = (list) => {
    if (Array.isArray(list)) {
      for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]);
    } else {
      for (let child = list.lastChild; child !== null; child = child.previousSibling) stack.push(child);
    }
  };
  pushAll(parent);
  let inBody = false;
  let inert = 0;
  let hidden = 0;
  let code = 0;
  let leftOut = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "number") {
      if (node & ENDS_INERT) inert--;
      if (node & ENDS_HIDDEN) hidden--;
      if (node & ENDS_CODE) code--;
      out.push("/");
      continue;
    }
    switch (node.nodeType) {
      case 1: {
        const name = node.localName;
        const uri = node.namespaceURI;
        const ns = uri === HTML_NAMESPACE ? "" : (NAMESPACE_CODES[uri] ?? "");
        if (name === "slot" && ns === "") {
          // A slot renders as the nodes assigned to it (or its fallback), in its place.
          pushAll(childrenOf(node, name, uri, doc));
          break;
        }
        const noscript = name === "noscript" && ns === "";
        const isCodeElement = ns === "" && isCode(node, name);
        const shown =
          !isCodeElement && hidden === 0 && (!inBody || inert > 0 || ns !== "" || noscript || rendered(node));
        const attrs = node.attributes;
        const count = attrs.length;
        out.push("E", name, ns, shown ? "1" : "0", String(count));
        for (let i = 0; i < count; i++) {
          const a = attrs[i];
          const chosen = name === "img" && a.name === "src" && node.currentSrc;
          // An attribute's name never holds NUL (neither the parser nor the DOM makes one).
          out.push(a.name, field(chosen ? node.currentSrc : a.value));
        }
        if (name === "body") inBody = true;
        if (noscript) inert++;
        if (!shown) hidden++;
        if (isCodeElement) code++;
        stack.push((noscript ? ENDS_INERT : 0) | (shown ? 0 : ENDS_HIDDEN) | (isCodeElement ? ENDS_CODE : 0));
        pushAll(childrenOf(node, name, uri, doc));
        break;
      }
      case 3:
      case 4:
        if (code > 0) leftOut += codeTextBytes(node);
        else out.push("T", field(node.data));
        break;
      case 10:
        out.push("D");
        break;
    }
  }
  return leftOut;
}

/** `out` joined, closed by the count of bytes left out when there are any. */
function finish(out, leftOut) {
  if (leftOut > 0) out.push("C", String(leftOut));
  return out.join(SEPARATOR);
}

/** A document (live, or made by `DOMParser`) in the flat form. */
export function flattenDocument(doc) {
  const out = [];
  const view = doc.body && doc.defaultView;
  const visibility = { visibilityProperty: true };
  const rendered = (el) =>
    !view ||
    typeof el.checkVisibility !== "function" ||
    el.checkVisibility(visibility) ||
    view.getComputedStyle(el).display === "contents";
  return finish(out, walk(out, doc, doc, rendered));
}

/**
 * `html` parsed by the browser's `DOMParser` (scripting disabled, nothing loads or runs)
 * in the flat form: the browser build's HTML parser. A fragment comes back under one
 * `<html>` element, as html5ever's fragment parse gives it.
 */
export function flattenHtml(html, fragment) {
  const source = fragment ? "<!DOCTYPE html><body>" + html : html;
  const doc = new DOMParser().parseFromString(source, "text/html");
  if (!fragment) return flattenDocument(doc);
  const out = ["E", "html", "", "1", "0"];
  const leftOut = walk(out, doc, doc.body, () => true);
  out.push("/");
  return finish(out, leftOut);
}
