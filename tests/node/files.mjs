// Files under a folder for the node tests that read the tree as data.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every file under `dir` (sorted, recursively) whose name ends with `ext`.
 * @param {string} dir
 * @param {string} ext
 * @returns {Generator<string>}
 */
export function* filesUnder(dir, ext) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path, ext);
    else if (path.endsWith(ext)) yield path;
  }
}
