#!/usr/bin/env bash
# The wasm build's tests in headless Chromium (wasm-bindgen-test-runner + chromedriver):
# first the native CLI writes its articles for the page fixtures, then
# `cargo test --target wasm32-unknown-unknown --test wasm` compares the browser's against
# them. Installs Debian's chromium and chromium-driver when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

ensure_target wasm32-unknown-unknown
ensure_chromium
bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)
if [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $bindgen_version" ]; then
  echo "-- installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

target_dir=${CARGO_TARGET_DIR:-target}
out="$PWD/$target_dir/native-articles"
mkdir -p "$out"
cargo build --release --features cli --bin plainview
for dir in tests/pages/*/; do
  name=$(basename "$dir")
  url=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).url)' "$dir/expect.json")
  "$target_dir/release/plainview" --format json --url "$url" "$dir/input.html" >"$out/$name.json"
done

export PLAINVIEW_NATIVE_ARTICLES="$out"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
cargo test --release --target wasm32-unknown-unknown --test wasm
