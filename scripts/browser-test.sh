#!/usr/bin/env bash
# `npm test` stage "browser": the tests in tests/browser/ (the XSS corpus opened in
# headless Chromium). Installs what they need, only when missing: Debian's chromium
# (apt-get, as root) when /usr/bin/chromium is absent, and the npm devDependencies
# (playwright-core, which drives that Chromium; it never downloads a browser itself).
# Needs the npm package built first (`npm run build`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

ensure_chromium
if [ ! -d node_modules/playwright-core ]; then
  echo "-- installing npm devDependencies (playwright-core)"
  npm ci --no-audit --no-fund
fi

node --test tests/browser/
