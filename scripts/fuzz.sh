#!/usr/bin/env bash
# `npm run fuzz -- [seconds]`: a time-boxed libFuzzer campaign over every fuzz target in
# fuzz/ (cargo-fuzz, nightly toolchain), one target after another on one core, then a
# summary of executions and crashes per target. Needs rustup; installs the nightly
# toolchain and cargo-fuzz when missing.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      default 60
#
# Environment: FUZZ_TARGETS (space-separated, default: all), FUZZ_MAX_LEN (bytes per
# input, default 4096), FUZZ_SANITIZER (none|address, default none: the
# code under test is safe Rust, so the findings are panics, overflow checks (debug
# assertions are on), stack overflows, hangs and memory blow-ups, and ASan costs half the
# executions), FUZZ_TIMEOUT
# (seconds one input may take before it counts as a hang, default 10), FUZZ_RSS_MB
# (memory limit, default 2048), FUZZ_SEEDS (0: start from the grown corpus alone; the seed
# pages make every input long, which costs about ten times the executions per second).
#
# Seeds: the page fixtures (tests/pages/*/input.html), the sample pages
# (www/samples/*.html) and the XSS vectors (tests/xss/vectors.json) are copied into
# fuzz/seeds/ on each run; the corpus libFuzzer grows
# lives in fuzz/corpus/<target>/, findings in fuzz/artifacts/<target>/ (all untracked).
# Reproduce a finding: cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

seconds=${1:-60}
targets=${FUZZ_TARGETS:-"extract extract_bytes readable html_structured markdown"}
max_len=${FUZZ_MAX_LEN:-4096}
sanitizer=${FUZZ_SANITIZER:-none}
timeout=${FUZZ_TIMEOUT:-10}
rss_mb=${FUZZ_RSS_MB:-2048}
use_seeds=${FUZZ_SEEDS:-1}

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "-- installing the nightly toolchain (libFuzzer needs -Z sanitizer flags)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "-- installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

rm -rf fuzz/seeds
mkdir -p fuzz/seeds fuzz/artifacts/logs
for page in tests/pages/*/input.html; do
  cp "$page" "fuzz/seeds/$(basename "$(dirname "$page")").html"
done
cp www/samples/*.html fuzz/seeds/
# Every XSS vector as a seed of its own (the target markdown starts from them).
node -e 'const fs = require("fs");
JSON.parse(fs.readFileSync("tests/xss/vectors.json", "utf8")).vectors.forEach((v, i) => fs.writeFileSync(`fuzz/seeds/xss-${i}.html`, v.html));'

summary=()
failed=0
for target in $targets; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  log="fuzz/artifacts/logs/$target.log"
  before=$(find "fuzz/artifacts/$target" -type f | wc -l)
  echo "==== fuzzing $target for ${seconds}s (max_len $max_len, sanitizer $sanitizer)"
  status=0
  seeds=()
  if [ "$use_seeds" != 0 ]; then
    seeds=(fuzz/seeds)
  fi
  cargo +nightly fuzz run --sanitizer "$sanitizer" "$target" "fuzz/corpus/$target" "${seeds[@]}" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  if [ -z "$execs" ]; then
    execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
  fi
  after=$(find "fuzz/artifacts/$target" -type f | wc -l)
  crashes=$((after - before))
  rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  line=$(printf '%-16s %12s execs  %6s exec/s  %3d crashes  corpus %d  exit %d' \
    "$target" "${execs:-?}" "${rate:-?}" "$crashes" "$corpus" "$status")
  summary+=("$line")
  echo "$line"
  if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    grep -E 'panicked|ERROR: libFuzzer|SUMMARY|Test unit written' "$log" | head -20 || true
  fi
done

echo
echo "==== fuzz summary (${seconds}s per target; logs in fuzz/artifacts/logs/)"
printf '  %s\n' "${summary[@]}"
exit "$failed"
