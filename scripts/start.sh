#!/usr/bin/env bash
# `npm start`: the demo. Builds the browser package (pkg/web) when it is missing or older
# than the Rust sources, then serves www/ (samples with the drop-in reader, the
# playground) and the package on http://127.0.0.1:$PORT/ (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM=pkg/web/plainview_bg.wasm
PORT=${PORT:-8080}

require_node() {
  command -v node >/dev/null 2>&1 || {
    echo "error: node is not installed (the demo server runs on Node)" >&2
    exit 1
  }
}
require_node

stale=""
if [ ! -f "$WASM" ] || [ ! -f pkg/web/plainview.js ]; then
  stale="missing"
elif [ -n "$(find src Cargo.toml Cargo.lock scripts/build-wasm.sh -newer "$WASM" -print -quit)" ]; then
  stale="older than the sources"
fi
if [ -n "$stale" ]; then
  echo "==== building the browser package ($WASM is $stale): bash scripts/build-wasm.sh"
  bash scripts/build-wasm.sh
fi

echo "==== serving www/ and the package on 127.0.0.1:$PORT (PORT to change)"
PORT=$PORT exec node scripts/serve.mjs
