#!/usr/bin/env bash
# `npm run build`: the npm package's WebAssembly and JS glue: pkg/web (ES module for
# browsers and bundlers, HTML parsed by the browser), pkg/full (the same with html5ever
# inside, for workers) and pkg/node (CommonJS for Node, sharing pkg/full's module). Installs what it needs first,
# only when missing: the wasm32 target, wasm-bindgen-cli at the exact version Cargo.toml
# pins for the wasm-bindgen crate (the two must match), and the npm devDependencies
# (binaryen's wasm-opt; typescript for the type tests).
#
# Environment:
#   WASM_OPT_FLAGS   wasm-opt optimisation flags (default -O3 --converge
#                    --low-memory-unused: -O3 is as small as -Os after brotli and ~5%
#                    faster; repeating its passes until the module stops shrinking saves
#                    ~1.2 KB brotli more; Rust's wasm32 layout leaves the low 1 KiB of
#                    memory unused (the bottom of a 1 MiB stack that never runs that
#                    deep), so small constants added to addresses fold into the loads'
#                    and stores' offsets: ~1.3 KB brotli less)
#   PKG_DIR          output directory (default pkg)
#   CARGO_TARGET_DIR, CARGO_PROFILE_WASM_OPT_LEVEL  as for cargo (size experiments; the
#                    `wasm` profile of Cargo.toml)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

WASM_TARGET=wasm32-unknown-unknown
WASM_OPT_FLAGS=${WASM_OPT_FLAGS:--O3 --converge --low-memory-unused}
PKG_DIR=${PKG_DIR:-pkg}
target_dir=${CARGO_TARGET_DIR:-target}

require_command node "the package's glue and tests run on Node"
require_command npm "binaryen's wasm-opt comes from npm"

# The wasm-bindgen crate is pinned with `=x.y.z`; the CLI must be that same version.
bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)
[ -n "$bindgen_version" ] || die "Cargo.toml must pin wasm-bindgen exactly (wasm-bindgen = \"=x.y.z\")"

ensure_target "$WASM_TARGET"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  echo "-- installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "-- installing npm devDependencies (binaryen, typescript)"
  npm ci --no-audit --no-fund
fi

# build FEATURES: the wasm32 library with those cargo feature flags; prints its path.
build() {
  cargo build --profile wasm --target "$WASM_TARGET" --lib "$@" >&2
  echo "$target_dir/$WASM_TARGET/wasm/plainview.wasm"
}

# bindgen WASM TARGET DIR: JS glue for one wasm-bindgen target, wasm-opt'd module beside it.
bindgen() {
  rm -rf "$3"
  wasm-bindgen --target "$2" --no-typescript --out-dir "$3" "$1"
  node_modules/.bin/wasm-opt $WASM_OPT_FLAGS "$3/plainview_bg.wasm" -o "$3/plainview_bg.wasm"
}

# pkg/web: the browser build, which parses HTML with the browser's DOMParser.
bindgen "$(build --no-default-features)" web "$PKG_DIR/web"
# pkg/full (browser glue) and pkg/node (Node glue): html5ever inside. Both glues load the
# one module in pkg/full, so the package ships it once.
full=$(build)
rm -rf "$PKG_DIR/node"
wasm-bindgen --target nodejs --no-typescript --out-dir "$PKG_DIR/node" "$full"
wasm-bindgen --target web --no-typescript --out-dir "$PKG_DIR/full.raw" "$full"
cmp -s "$PKG_DIR/node/plainview_bg.wasm" "$PKG_DIR/full.raw/plainview_bg.wasm" ||
  die "wasm-bindgen emitted different modules for web and nodejs; ship both"
rm -rf "$PKG_DIR/full.raw" "$PKG_DIR/node/plainview_bg.wasm"
bindgen "$full" web "$PKG_DIR/full"
# Node must read the web glues as ES modules, pkg/node's as CommonJS, whatever the
# enclosing package says.
echo '{ "type": "module" }' >"$PKG_DIR/web/package.json"
echo '{ "type": "module" }' >"$PKG_DIR/full/package.json"
echo '{ "type": "commonjs" }' >"$PKG_DIR/node/package.json"
node -e '
  const fs = require("fs");
  const glue = process.argv[1];
  const from = "const wasmPath = `${__dirname}/plainview_bg.wasm`;";
  const to = "const wasmPath = `${__dirname}/../full/plainview_bg.wasm`;";
  const text = fs.readFileSync(glue, "utf8");
  if (text.split(from).length !== 2) {
    console.error(`error: ${glue} does not load its wasm as wasm-bindgen ${process.argv[2]} did; update build-wasm.sh`);
    process.exit(1);
  }
  fs.writeFileSync(glue, text.replace(from, to));
' "$PKG_DIR/node/plainview.js" "$bindgen_version"

# The optimised module must still validate and extract.
node -e '
  const { extract } = require(process.argv[1]);
  const html = "<html><head><title>Smoke test</title></head><body><article><h1>Smoke test</h1>"
    + "<p>" + "The optimised module still finds an article on a page like this one. ".repeat(12) + "</p>"
    + "</article></body></html>";
  const a = extract(html);
  if (!a.text.includes("still finds an article")) { console.error("smoke test failed", a); process.exit(1); }
' "$PWD/$PKG_DIR/node/plainview.js"
echo "built $PKG_DIR/web ($(wc -c <"$PKG_DIR/web/plainview_bg.wasm") bytes of wasm), $PKG_DIR/full and $PKG_DIR/node ($(wc -c <"$PKG_DIR/full/plainview_bg.wasm") bytes), $WASM_OPT_FLAGS"
