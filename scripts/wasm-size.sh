#!/usr/bin/env bash
# `npm run size`: raw, gzip -9 and brotli -q 11 bytes of the WebAssembly and its JS glue.
# With no arguments: the package's files under pkg/ (after `npm run build`) and the raw
# cargo build, whichever exist. Fails when none exists, or when the package's .wasm is
# over the brotli budget and WASM_SIZE_ENFORCE=1.
set -euo pipefail
cd "$(dirname "$0")/.."

# Budget for the browser build's module (pkg/web/plainview_bg.wasm), brotli -q 11. The
# full build (pkg/full: html5ever inside, for workers and Node) is reported, not budgeted.
BROTLI_BUDGET_BYTES=$((250 * 1024))

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=()
  for f in pkg/web/plainview_bg.wasm pkg/web/plainview.js pkg/web/snippets/*/js/flatten.mjs pkg/full/plainview_bg.wasm pkg/node/plainview.js \
    js/web.mjs js/browser.mjs js/flatten.mjs js/warm.mjs js/full.mjs js/node.cjs js/node.mjs \
    target/wasm32-unknown-unknown/wasm/plainview.wasm; do
    [ -f "$f" ] && files+=("$f")
  done
fi
[ ${#files[@]} -gt 0 ] || {
  echo "error: nothing to measure (npm run build, or cargo build --profile wasm --target wasm32-unknown-unknown --lib)" >&2
  exit 1
}

node - "$BROTLI_BUDGET_BYTES" "${files[@]}" <<'JS'
const fs = require("fs");
const zlib = require("zlib");
const [budget, ...files] = process.argv.slice(2);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
const num = (n) => n.toLocaleString("en-US").padStart(10);
console.log(`${"file".padEnd(54)} ${"raw".padStart(22)} ${"gzip -9".padStart(22)} ${"brotli -q 11".padStart(22)}`);
let over = false;
for (const file of files) {
  const data = fs.readFileSync(file);
  const gzip = zlib.gzipSync(data, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
  console.log(`${file.padEnd(54)} ${num(data.length)} ${kib(data.length)} ${num(gzip)} ${kib(gzip)} ${num(brotli)} ${kib(brotli)}`);
  if (file === "pkg/web/plainview_bg.wasm" && brotli > Number(budget)) {
    console.error(`over budget: ${file} is ${brotli} bytes brotli, budget ${budget}`);
    over = true;
  }
}
process.exit(over && process.env.WASM_SIZE_ENFORCE === "1" ? 1 : 0);
JS
