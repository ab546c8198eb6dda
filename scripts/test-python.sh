#!/usr/bin/env bash
# `npm test`'s python stage: the Python package (python/) built into a wheel by maturin,
# installed into a venv (target/py-venv, made when missing) and tested with pytest.
# The venv's packages (python/requirements-test.txt; with PLAINVIEW_ENGINES=1 also
# requirements-engines.txt for Spark, Ray and trafilatura) are installed only when that
# file changed since the last install. Tests on ../shared pages skip without it, and fail
# without it when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=target/py-venv
PY=$VENV/bin/python
if [ ! -x "$PY" ]; then
  python3 -m venv "$VENV"
fi

install_requirements() {
  local file=$1 stamp
  stamp="$VENV/.$(basename "$file").sha256"
  if ! sha256sum --status -c "$stamp" 2>/dev/null; then
    "$PY" -m pip install --quiet --disable-pip-version-check -r "$file"
    sha256sum "$file" > "$stamp"
  fi
}

install_requirements python/requirements-test.txt
if [ "${PLAINVIEW_ENGINES:-}" = 1 ]; then
  install_requirements python/requirements-engines.txt
fi
# python-magic, which datatrove's WARC reader imports, loads the C library libmagic.
if ! ldconfig -p | grep -q 'libmagic\.so\.1'; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libmagic1
fi

rm -f target/wheels/plainview-*.whl
(cd python && "../$VENV/bin/maturin" build --interpreter "../$PY" --out ../target/wheels)
"$PY" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/plainview-*.whl
# pytest's own script, not `python -m pytest`: the working directory must not put the
# source tree's plainview (without its native module) before the installed wheel.
"$VENV/bin/pytest" python/tests -q
