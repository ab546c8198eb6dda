// npm's `prepack` hook (run by `npm pack` and `npm publish`, dry runs included): the
// package never ships without its wasm, nor with wasm older than the sources it is built
// from. When a pkg/ file that package.json's "files" names is missing or older than an
// input, it runs `npm run build` (scripts/build-wasm.sh); with PLAINVIEW_PREPACK=check it
// refuses instead and says why.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

/** What the wasm and its glue are built from: a change to any of them means a rebuild. */
export const BUILD_INPUTS = ["src", "Cargo.toml", "Cargo.lock", "scripts/build-wasm.sh"];

function* filesUnder(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    yield* filesUnder(join(path, entry.name));
  }
}

/**
 * Why the built package under `root` cannot be packed as it is: a list of reasons, empty
 * when every pkg/ file in package.json's "files" exists and is newer than every input.
 */
export function stalePackage(root) {
  const { files } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  // Directories in "files" (a trailing slash) are optional extras such as snippets/.
  const outputs = files.filter((f) => f.startsWith("pkg/") && !f.endsWith("/"));
  const missing = outputs.filter((f) => !existsSync(join(root, f)));
  if (missing.length > 0) return missing.map((f) => `${f} is missing`);
  const oldest = outputs.reduce(
    (best, f) => {
      const mtime = statSync(join(root, f)).mtimeMs;
      return mtime < best.mtime ? { file: f, mtime } : best;
    },
    { file: null, mtime: Infinity },
  );
  const newer = [];
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(join(root, input))) {
      if (statSync(file).mtimeMs > oldest.mtime) newer.push(relative(root, file));
    }
  }
  return newer.map((f) => `${f} is newer than ${oldest.file}`);
}

function main() {
  const root = process.cwd();
  const reasons = stalePackage(root);
  if (reasons.length === 0) return;
  const shown = reasons.slice(0, 5).join("; ") + (reasons.length > 5 ? `; and ${reasons.length - 5} more` : "");
  if (process.env.PLAINVIEW_PREPACK === "check") {
    console.error(`prepack: the wasm package is not built from these sources (${shown}): run \`npm run build\` first`);
    process.exit(1);
  }
  console.error(`prepack: ${shown}: running \`npm run build\``);
  const build = spawnSync("bash", ["scripts/build-wasm.sh"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (build.status !== 0) {
    console.error("prepack: `npm run build` failed: nothing packed");
    process.exit(1);
  }
  const left = stalePackage(root);
  if (left.length > 0) {
    console.error(`prepack: still not built after \`npm run build\`: ${left.join("; ")}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
