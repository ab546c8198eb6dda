// The minimal Readability.js reader the press benches compare the drop-in with: a button
// that parses the page with Readability.js and shows the article in a sandboxed frame.
// Injected as a page script after Readability.js itself.

/** The reader's script text. */
export const READABILITY_READER = `
addEventListener("DOMContentLoaded", () => {
  const button = document.createElement("button");
  button.id = "readability-press";
  button.textContent = "Reader";
  button.style.cssText = "position:fixed;right:20px;bottom:20px;z-index:2147483646;height:44px";
  button.addEventListener("click", () => {
    const article = new Readability(document.cloneNode(true)).parse();
    const host = document.createElement("div");
    host.id = "readability-reader";
    host.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:#fff";
    const frame = document.createElement("iframe");
    frame.sandbox = "allow-same-origin";
    frame.style.cssText = "width:100%;height:100%;border:0";
    const title = document.createElement("h1");
    title.textContent = article?.title ?? "";
    frame.srcdoc = '<!DOCTYPE html><meta charset="utf-8"><style>body{max-width:70ch;margin:2em auto;font:20px/1.6 serif}img{max-width:100%}</style>' +
      title.outerHTML + '<div class="pv-article">' + (article?.content ?? "") + "</div>";
    host.append(frame);
    document.documentElement.append(host);
  });
  document.body.append(button);
});`;
