#!/usr/bin/env bash
# Prints the size of the release wasm build: raw, gzip -9 and, when python3's brotli
# module is installed, brotli -q 11. Informational: it fails only if the file is missing.
set -euo pipefail

wasm=${1:-$(dirname "$0")/../target/wasm32-unknown-unknown/release/plainview.wasm}
[ -f "$wasm" ] || { echo "error: $wasm not found (cargo build --release --target wasm32-unknown-unknown --lib)" >&2; exit 1; }

python3 - "$wasm" <<'PY'
import gzip, sys
data = open(sys.argv[1], "rb").read()
sizes = [("raw", len(data)), ("gzip -9", len(gzip.compress(data, 9)))]
try:
    import brotli
    sizes.append(("brotli -q 11", len(brotli.compress(data, quality=11))))
except ImportError:
    sizes.append(("brotli", None))
print(sys.argv[1])
for name, size in sizes:
    shown = "n/a (pip install brotli)" if size is None else f"{size:>9,} bytes  {size / 1024:8.1f} KiB"
    print(f"  {name:<13} {shown}")
PY
