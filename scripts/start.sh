#!/usr/bin/env bash
# `npm start`: builds the command-line tool and renders the bundled cluttered news page
# (www/samples/news.html) as a reading view, then prints where the result is.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

SAMPLE=www/samples/news.html
SAMPLE_URL=https://news.example.com/2019/04/16/iran-and-the-taliban-a-tactical-alliance/
OUT_DIR=${PLAINVIEW_OUT_DIR:-out}
BIN=target/release/plainview

echo "==== building the CLI (cargo build --release --features cli)"
cargo build --release --features cli
[ -x "$BIN" ] || die "$BIN was not built: the CLI (src/bin/plainview.rs, feature \"cli\") is missing"

mkdir -p "$OUT_DIR"
out="$OUT_DIR/news-reading-view.html"
echo "==== $BIN --format view --url $SAMPLE_URL $SAMPLE > $out"
"$BIN" --format view --url "$SAMPLE_URL" "$SAMPLE" >"$out"
echo
echo "Reading view of $SAMPLE written to:"
echo "  $(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
