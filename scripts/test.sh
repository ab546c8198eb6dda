#!/usr/bin/env bash
# `npm test`: every test layer, in order, failing fast. Installs what it needs first
# (rustfmt, clippy, the wasm32 target, wasm-bindgen-cli, npm devDependencies) when missing.
#
#   fmt -> clippy -> native tests (unit, integration, doctests) -> fuzz targets type-check
#   (stable toolchain) -> wasm build -> npm package build (wasm-bindgen, wasm-opt) -> package
#   tests in Node -> XSS corpus in headless Chromium -> quality gate
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
stage fuzz-check cargo check --manifest-path fuzz/Cargo.toml --bins
stage wasm cargo build --release --target "$WASM_TARGET" --lib
stage clippy-wasm cargo clippy --target "$WASM_TARGET" --lib -- -D warnings
stage npm-build bash scripts/build-wasm.sh
stage wasm-size bash scripts/wasm-size.sh
stage node-test node --test tests/node/
stage browser bash scripts/browser-test.sh
stage quality cargo test --release --test quality_gate -- --nocapture

echo
echo "==== all stages passed"
printf '  %s\n' "${timings[@]}"
