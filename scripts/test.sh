#!/usr/bin/env bash
# `npm test`: every test layer, in order, failing fast. Installs what it needs first
# (rustfmt, clippy, the wasm32 target, wasm-bindgen-cli, npm devDependencies) when missing.
#
#   fmt -> clippy (native, wasm32, parser-less browser build) -> native tests (unit,
#   integration, doctests) -> fuzz targets type-check (stable toolchain) -> wasm tests in
#   headless Chromium -> npm package build (wasm-bindgen, wasm-opt) and size -> type
#   check of js/ and www/ -> package tests in Node and Chromium -> reader e2e -> extension -> XSS
#   corpus in Chromium -> quality gate -> stories gate (infinite-scroll dev set)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

WASM_TARGET=wasm32-unknown-unknown
timings=()

stage() {
  local name=$1
  shift
  echo
  echo "==== [$name] $*"
  local start=$SECONDS
  "$@"
  local took=$((SECONDS - start))
  timings+=("$(printf '%-14s %4ds' "$name" "$took")")
  echo "==== [$name] ok in ${took}s"
}

require_command python3 "the quality scripts need python3"
ensure_component rustfmt
ensure_component clippy
ensure_target "$WASM_TARGET"
if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  stage npm-ci npm ci --no-audit --no-fund
fi

stage fmt cargo fmt --all --check
stage clippy cargo clippy --all-targets --all-features -- -D warnings
stage test cargo test --all-features
# The Python wheel and its pytest suite (scripts/test-python.sh; the CLI test binary above
# is compared with it).
stage python bash scripts/test-python.sh
# The crate as crates.io would receive it, verified by building it alone (with the test
# build's dependencies: seconds). tests/node/packaging.test.mjs checks its file list.
stage crate-publish cargo publish --dry-run --allow-dirty --quiet
stage fuzz-check cargo check --manifest-path fuzz/Cargo.toml --bins
stage clippy-wasm cargo clippy --target "$WASM_TARGET" --lib -- -D warnings
stage clippy-wasm-lean cargo clippy --target "$WASM_TARGET" --lib --no-default-features -- -D warnings
stage wasm-browser bash scripts/test-wasm.sh
stage npm-build bash scripts/build-wasm.sh
stage wasm-size env WASM_SIZE_ENFORCE=1 bash scripts/wasm-size.sh
# The JS glue, the reader, the playground, the drop-in, the bench page and the extension
# are type-checked (`// @ts-check` in each file) against the built package.
stage ts-check bash scripts/ts-check.sh
stage node-test node --test tests/node/
stage e2e node --test tests/e2e/
stage extension bash scripts/extension-test.sh
stage xss-browser bash scripts/browser-test.sh
stage quality cargo test --release --test quality_gate -- --nocapture
stage stories cargo test --release --test stories_gate -- --nocapture

echo
echo "==== all stages passed"
printf '  %s\n' "${timings[@]}"
