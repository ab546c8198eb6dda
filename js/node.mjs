// @ts-check
// Node entry for `import`: the CommonJS entry's exports, so `import` and `require` in one
// process share one WebAssembly instance.
import plainview from "./node.cjs";

export const { extract, extractDocument, extractSnapshot, isProbablyReadable, renderReadingView, toMarkdown, init, initSync } =
  plainview;
export default init;
