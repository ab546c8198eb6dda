// The packed package as each bundler the README names meets it: the tarball (`npm pack`)
// installed into a fresh project per bundler, a page that does
// `import init, { extract } from "plainview"; await init();` built with that bundler (plus
// the README's recipe where the bundler needs one), then run in headless Chromium from a
// static server on 127.0.0.1, where it must extract the article Node extracts. The
// recipes are checked to appear in the README word for word. Needs `npm run build` first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const requireFromRoot = createRequire(join(root, "package.json"));
const readme = readFileSync(join(root, "README.md"), "utf8");
const sample = readFileSync(join(root, "www/samples/news.html"), "utf8");
const sampleUrl = "https://news.example/world/story";
/** How long a built page may take to load the wasm and extract, in ms. */
const PAGE_TIMEOUT_MS = 20000;

/** The page every bundler builds; `recipe` is the README's extra import and `init` argument. */
function mainModule({ importLine = "", initArgument = "" } = {}) {
  return `import init, { extract } from "plainview";
${importLine}
await init(${initArgument});
const article = extract(${JSON.stringify(sample)}, { url: ${JSON.stringify(sampleUrl)} });
window.result = { title: article.title, text: article.text };
`;
}

const page = (script) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>consumer</title></head><body>
<script type="module" src="${script}"></script></body></html>
`;

/**
 * One entry per bundler: `recipe` holds the lines a user adds (each must appear in the
 * README), `build(app)` writes the sources under app/src and the page under app/dist.
 */
const BUNDLERS = {
  vite: {
    recipe: {},
    async build(app) {
      writeFileSync(join(app, "src/index.html"), page("./main.js"));
      const { build } = await import("vite");
      await build({ root: join(app, "src"), logLevel: "silent", base: "./", build: { outDir: join(app, "dist") } });
    },
  },
  webpack: {
    recipe: {},
    async build(app) {
      const webpack = (await import("webpack")).default;
      const stats = await new Promise((ok, fail) =>
        webpack(
          {
            mode: "production",
            context: app,
            entry: "./src/main.js",
            output: { path: join(app, "dist"), filename: "main.js" },
            infrastructureLogging: { level: "error" },
          },
          (error, result) => (error ? fail(error) : ok(result)),
        ),
      );
      assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
      writeFileSync(join(app, "dist/index.html"), page("./main.js"));
    },
  },
  rollup: {
    recipe: {
      config: [
        'import { nodeResolve } from "@rollup/plugin-node-resolve";',
        'import { importMetaAssets } from "@web/rollup-plugin-import-meta-assets";',
        "plugins: [nodeResolve(), importMetaAssets()]",
      ],
    },
    async build(app) {
      const { rollup } = await import("rollup");
      const { nodeResolve } = await import("@rollup/plugin-node-resolve");
      const { importMetaAssets } = await import("@web/rollup-plugin-import-meta-assets");
      const bundle = await rollup({
        input: join(app, "src/main.js"),
        plugins: [nodeResolve(), importMetaAssets()],
        onwarn: (warning) => assert.fail(`rollup: ${warning.message}`),
      });
      await bundle.write({ dir: join(app, "dist"), format: "es" });
      await bundle.close();
      writeFileSync(join(app, "dist/index.html"), page("./main.js"));
    },
  },
  esbuild: {
    recipe: {
      importLine: 'import wasmUrl from "plainview/plainview_bg.wasm";',
      initArgument: "wasmUrl",
      config: ["--loader:.wasm=file"],
    },
    async build(app) {
      const esbuild = await import("esbuild");
      const result = await esbuild.build({
        entryPoints: [join(app, "src/main.js")],
        bundle: true,
        format: "esm",
        outdir: join(app, "dist"),
        loader: { ".wasm": "file" },
        logLevel: "silent",
      });
      assert.deepEqual(result.errors, []);
      writeFileSync(join(app, "dist/index.html"), page("./main.js"));
    },
  },
  parcel: {
    recipe: {},
    async build(app) {
      writeFileSync(join(app, "src/index.html"), page("./main.js"));
      const { Parcel } = await import("@parcel/core");
      const bundler = new Parcel({
        entries: join(app, "src/index.html"),
        defaultConfig: requireFromRoot.resolve("@parcel/config-default"),
        mode: "production",
        shouldDisableCache: true,
        cacheDir: join(app, ".parcel-cache"),
        logLevel: "error",
        defaultTargetOptions: { distDir: join(app, "dist"), publicUrl: "./", sourceMaps: false },
      });
      await bundler.run();
    },
  },
};

let work;
let tarball;
let expected;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, "pkg/web/plainview_bg.wasm")), "pkg/ is missing: run `npm run build` first");
  work = mkdtempSync(join(tmpdir(), "plainview-bundlers-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PLAINVIEW_PREPACK: "check" },
    }),
  );
  tarball = join(work, packed[0].filename);
  expected = requireFromRoot(join(root, "js/node.cjs")).extract(sample, { url: sampleUrl });

  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = join(work, path);
    // Only the built pages are served: a bundle that still points into node_modules fails.
    if (!file.startsWith(work + sep) || !file.includes(`${sep}dist${sep}`) || !existsSync(file) || !statSync(file).isFile()) {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  ensureChromium();
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

for (const [name, bundler] of Object.entries(BUNDLERS)) {
  test(`${name}: a page bundled from the installed tarball extracts in Chromium`, async () => {
    const { importLine, initArgument, config = [] } = bundler.recipe;
    for (const line of [importLine, initArgument && `await init(${initArgument});`, ...config].filter(Boolean)) {
      assert.ok(readme.includes(line), `the README gives ${name}'s recipe line ${line}`);
    }
    const app = join(work, name);
    mkdirSync(join(app, "src"), { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type: "module" }));
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app, stdio: "pipe" });
    writeFileSync(join(app, "src/main.js"), mainModule(bundler.recipe));
    await bundler.build(app);

    const tab = await browser.newPage();
    try {
      const errors = [];
      const failed = [];
      tab.on("pageerror", (e) => errors.push(e.message));
      tab.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      const wasmRequests = [];
      tab.on("request", (r) => r.url().endsWith(".wasm") && wasmRequests.push(r.url()));
      await tab.goto(`http://127.0.0.1:${server.address().port}/${name}/dist/index.html`);
      await tab.waitForFunction(() => window.result !== undefined, null, { timeout: PAGE_TIMEOUT_MS }).catch(() => {});
      const result = await tab.evaluate(() => window.result);
      assert.deepEqual(failed, [], "every request the page made was served from the bundle");
      assert.deepEqual(errors, [], "no page errors");
      assert.equal(wasmRequests.length, 1, `one wasm fetched: ${wasmRequests.join(", ")}`);
      assert.ok(result, "the bundled page ran");
      assert.equal(result.title, expected.title);
      assert.equal(result.text, expected.text, "the bundled browser build gives Node's article");
    } finally {
      await tab.close();
    }
  });
}
