// What the two registries would receive: the npm tarball holds exactly the package's
// entries, types and built wasm (and `npm pack` cannot ship without the wasm); the crate
// holds exactly what builds and documents it, with the metadata crates.io shows. Cheap:
// lists only, nothing is built (`npm run build` must have run for the npm list).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The npm package: its manifest and README, the types, the JS entries and the built glue and wasm. */
const NPM_FILES = [
  "package.json",
  "README.md",
  "index.d.ts",
  "index.d.mts",
  "pkg/web/plainview.js",
  "pkg/web/plainview_bg.wasm",
  "pkg/web/package.json",
  "pkg/full/plainview.js",
  "pkg/full/plainview_bg.wasm",
  "pkg/full/package.json",
  "pkg/node/plainview.js",
  "pkg/node/package.json",
];
/** Every module in js/ is an entry or imported by one. */
const NPM_JS = /^[\w-]+\.(mjs|cjs)$/;
/** The crate: its sources, manifests, the README (the crate docs) and the policy files. */
const CRATE_ROOT_FILES = ["Cargo.toml", "Cargo.lock", "README.md", "SECURITY.md"];
/** What `cargo package` adds itself: the manifest as written, and the commit it came from. */
const CRATE_GENERATED = ["Cargo.toml.orig", ".cargo_vcs_info.json"];

function filesUnder(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(join(root, f)).isFile());
}

test("npm pack lists exactly the intended files", () => {
  assert.ok(existsSync(join(root, "pkg/web/plainview_bg.wasm")), "pkg/ is missing: run `npm run build` first");
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PLAINVIEW_PREPACK: "check" },
    }),
  );
  const intended = [
    ...NPM_FILES,
    ...readdirSync(join(root, "js"))
      .filter((f) => NPM_JS.test(f))
      .map((f) => `js/${f}`),
    ...(existsSync(join(root, "pkg/web/snippets")) ? filesUnder("pkg/web/snippets") : []),
  ];
  assert.deepEqual(packed.files.map((f) => f.path).sort(), intended.sort());
  assert.ok(!packed.files.some((f) => f.path === "pkg/node/plainview_bg.wasm"), "one copy of the full wasm");
  for (const file of ["pkg/web/plainview_bg.wasm", "pkg/full/plainview_bg.wasm"]) {
    assert.ok(packed.files.find((f) => f.path === file).size > 100_000, `${file} is a built module`);
  }
});

test("the package's exports point at files it ships, the wasm included", () => {
  const targets = [];
  const collect = (value) => {
    if (typeof value === "string") targets.push(value);
    else for (const inner of Object.values(value)) collect(inner);
  };
  collect(manifest.exports);
  assert.ok(manifest.exports["./plainview_bg.wasm"], "the browser wasm is importable by bundlers' asset loaders");
  for (const target of [...targets, manifest.main, manifest.module, manifest.types]) {
    const path = target.replace(/^\.\//, "");
    assert.ok(
      path === "package.json" || manifest.files.some((f) => path === f || (f.endsWith("/") && path.startsWith(f))),
      `${target} is in "files"`,
    );
    assert.ok(existsSync(join(root, path)), `${target} exists (after \`npm run build\`)`);
  }
  assert.equal(manifest.scripts.prepack, "node scripts/prepack.mjs");
});

test("prepack refuses, or rebuilds, when the wasm is missing or older than its sources", () => {
  const scratch = mkdtempSync(join(tmpdir(), "plainview-prepack-"));
  try {
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ files: manifest.files }));
    mkdirSync(join(scratch, "src"));
    mkdirSync(join(scratch, "scripts"));
    cpSync(join(root, "scripts/prepack.mjs"), join(scratch, "scripts/prepack.mjs"));
    writeFileSync(join(scratch, "src/lib.rs"), "// sources\n");
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(scratch, "src/lib.rs"), past, past);
    const prepack = () =>
      spawnSync(process.execPath, ["scripts/prepack.mjs"], {
        cwd: scratch,
        encoding: "utf8",
        env: { ...process.env, PLAINVIEW_PREPACK: "check" },
      });

    let run = prepack();
    assert.equal(run.status, 1, "no wasm: refused");
    assert.match(run.stderr, /pkg\/web\/plainview_bg\.wasm is missing.*npm run build/);

    for (const file of manifest.files.filter((f) => f.startsWith("pkg/") && !f.endsWith("/"))) {
      mkdirSync(join(scratch, dirname(file)), { recursive: true });
      writeFileSync(join(scratch, file), "built");
    }
    run = prepack();
    assert.equal(run.status, 0, run.stderr);

    const future = new Date(Date.now() + 60_000);
    utimesSync(join(scratch, "src/lib.rs"), future, future);
    run = prepack();
    assert.equal(run.status, 1, "sources newer than the wasm: refused");
    assert.match(run.stderr, /src\/lib\.rs is newer than pkg\//);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test("cargo package lists exactly the crate's sources, manifests, README and policy files", () => {
  const listed = execFileSync("cargo", ["package", "--list", "--allow-dirty", "--quiet"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  const licenses = readdirSync(root).filter((f) => /^LICENSE/.test(f));
  const intended = [...filesUnder("src"), ...CRATE_ROOT_FILES, ...licenses].map((f) => f.split("\\").join("/"));
  const shipped = listed.filter((f) => !CRATE_GENERATED.includes(f));
  assert.deepEqual(shipped.sort(), intended.sort());
  const readme = readFileSync(join(root, "src/lib.rs"), "utf8");
  assert.ok(readme.includes('include_str!("../README.md")'), "the README is the crate docs, so it ships");
});

test("Cargo.toml carries the metadata crates.io shows", () => {
  const toml = readFileSync(join(root, "Cargo.toml"), "utf8");
  const section = toml.slice(toml.indexOf("[package]"), toml.indexOf("\n[", toml.indexOf("[package]") + 1));
  const value = (key) => section.match(new RegExp(`^${key} = (.+)$`, "m"))?.[1];
  for (const key of ["description", "license", "readme", "documentation", "rust-version", "include"]) {
    assert.ok(value(key), `[package] ${key}`);
  }
  const list = (key) => JSON.parse(value(key));
  const keywords = list("keywords");
  assert.ok(keywords.length > 0 && keywords.length <= 5, "crates.io takes at most five keywords");
  for (const keyword of keywords) assert.match(keyword, /^[a-z][a-z0-9_-]{0,19}$/, "crates.io's keyword rule");
  const categories = list("categories");
  assert.ok(categories.length > 0 && categories.length <= 5, "crates.io takes at most five categories");
  assert.equal(value("readme"), '"README.md"');
});
