#!/usr/bin/env bash
# Checks that the Rust scorer (tests/support/score.rs, used by the bench and the quality
# gate) gives the same figures as the reference ../shared/eval/score.py on the same
# predictions: plainview's and dom_smoothie's, on every corpus. Fails on any figure that
# differs by more than 1e-9, or on a different list of worst pages.
#
#   scripts/check-scorer.sh            # runs the bench once to produce predictions
#   scripts/check-scorer.sh PRED_DIR   # checks an earlier `cargo bench ... -- --out PRED_DIR`
set -euo pipefail
cd "$(dirname "$0")/.."

shared=../shared
if [ ! -d "$shared/corpus" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "check-scorer: skipped, $shared/corpus or $shared/eval/score.py not found"
  exit 0
fi

if [ $# -ge 1 ]; then
  out=$1
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  echo "== check-scorer: running the bench once to write predictions to $out"
  cargo bench --bench quality -- --out "$out" --rounds 1 >/dev/null
fi

status=0
for system_dir in "" dom_smoothie/; do
  for corpus in moz traf-dev dragnet-train; do
    pred="$out/$system_dir$corpus"
    if [ ! -f "$pred/_score.json" ]; then
      echo "check-scorer: $pred/_score.json missing"
      status=1
      continue
    fi
    reference=$(python3 "$shared/eval/score.py" "$shared/corpus/$corpus" "$pred" --quiet | tail -n 1)
    if ! REFERENCE="$reference" python3 - "$pred/_score.json" <<'PY'
import json, os, sys

TOLERANCE = 1e-9
IGNORED = {"system", "pred_dir", "worst"}
ours = json.load(open(sys.argv[1], encoding="utf-8"))
ref = json.loads(os.environ["REFERENCE"])
bad = []

def compare(key, a, b):
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        if a != b:
            bad.append(f"{key}: rust {a!r} != python {b!r}")
    elif abs(a - b) > TOLERANCE:
        bad.append(f"{key}: rust {a!r} != python {b!r} (diff {abs(a - b):.3g})")

for key in sorted(set(ours) | set(ref)):
    if key in IGNORED:
        continue
    if key not in ours or key not in ref:
        bad.append(f"{key}: only in {'rust' if key in ours else 'python'}")
        continue
    if isinstance(ours[key], dict):
        for sub in sorted(set(ours[key]) | set(ref[key])):
            compare(f"{key}.{sub}", ours[key].get(sub), ref[key].get(sub))
    else:
        compare(key, ours[key], ref[key])

our_worst = [(w["id"], round(w["f1"], 3)) for w in ours["worst"]]
ref_worst = [(w["id"], w["f1"]) for w in ref["worst"]]
if our_worst != ref_worst:
    bad.append(f"worst pages differ:\n  rust   {our_worst}\n  python {ref_worst}")

label = f"{ours['system']} on {ours['dataset']}"
if bad:
    print(f"check-scorer: MISMATCH for {label}:")
    for line in bad:
        print("  " + line)
    sys.exit(1)
figure = ours.get("f1")
print(f"check-scorer: {label}: {len(ours) - 1} figures agree (F1 {figure:.6f})")
PY
    then
      status=1
    fi
  done
done
exit $status
