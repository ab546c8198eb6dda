// How every browser test and benchmark runs Chromium: Debian's binary (CHROMIUM to point
// elsewhere), driven by playwright-core with these flags (no sandbox as root, headless, no
// background traffic to a network the machine does not have), installed with apt-get when
// missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
/** Pages that reference the internet (corpus pages, XSS vectors) fail those loads at once. */
export const OFFLINE_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];

/** Installs Debian's chromium and chromium-driver when the browser is missing (CI runs as root). */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log("-- installing chromium and chromium-driver (apt-get)");
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
