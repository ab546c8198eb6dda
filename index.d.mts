// Types for the ES module entries (Node `import`, browsers, bundlers): the declarations in
// index.d.ts, with `init` as the default export.
export * from "./index.js";
import { init } from "./index.js";
export default init;
