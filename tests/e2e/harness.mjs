// What every end-to-end test needs: Debian's Chromium (installed with apt-get when
// missing), driven by playwright-core with the project's flags and a fresh profile, and
// the demo server (scripts/serve.mjs) on an ephemeral 127.0.0.1 port, also serving
// tests/e2e/fixtures/ under /fixtures/.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { HOST_SELECTOR } from "../../www/reader/reader.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export { CHROMIUM, CHROMIUM_ARGS, ensureChromium };

/** Fails with a hint when the browser package has not been built. */
export function ensurePackage() {
  const wasm = join(ROOT, "pkg", "web", "plainview_bg.wasm");
  if (!existsSync(wasm)) throw new Error(`${wasm} is missing: run \`npm run build\` first`);
}

/** Server + browser for a test file; `close()` stops both and removes the profile. */
export async function startHarness() {
  ensurePackage();
  ensureChromium();
  const server = await startServer({ port: 0, mounts: { "/fixtures/": join(ROOT, "tests", "e2e", "fixtures") } });
  const profile = mkdtempSync(join(tmpdir(), "plainview-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1200, height: 800 },
  });
  // Nothing may leave the machine: every request outside the test server fails.
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort(),
  );
  return {
    server,
    context,
    url: (path) => new URL(path, server.url).href,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new page and waits until the drop-in has started. */
export async function openSample(harness, path) {
  const page = await harness.context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(harness.url(path));
  await page.waitForFunction(() => typeof window.plainview === "object");
  page.errors = errors;
  return page;
}

/** The reading view's frame (inside the reader's shadow root), once open. */
export async function readerFrame(page) {
  // The reader clears aria-busy once it has set everything up.
  await page.waitForSelector(`${HOST_SELECTOR} >> .shell:not([aria-busy])`);
  const handle = await page.waitForSelector(`${HOST_SELECTOR} >> iframe`);
  return handle.contentFrame();
}
