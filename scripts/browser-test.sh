#!/usr/bin/env bash
# `npm test` stage "browser": the tests in tests/browser/ (the XSS corpus opened in
# headless Chromium, as reading views and as Markdown rendered to HTML). Installs what
# they need, only when missing: Debian's chromium (apt-get, as root) when
# /usr/bin/chromium is absent, the npm devDependencies (playwright-core, which drives that
# Chromium and never downloads a browser itself; the Markdown renderers commonmark and
# markdown-it) and Python-Markdown (pip). Needs the npm package built first (`npm run build`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

ensure_chromium
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/commonmark ] || [ ! -d node_modules/markdown-it ]; then
  echo "-- installing npm devDependencies (playwright-core, commonmark, markdown-it)"
  npm ci --no-audit --no-fund
fi
if ! python3 -c 'import markdown' 2>/dev/null; then
  echo "-- installing Python-Markdown (pip)"
  python3 -m pip install --quiet markdown
fi

node --test tests/browser/
