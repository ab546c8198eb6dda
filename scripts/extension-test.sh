#!/usr/bin/env bash
# `npm test` stage "extension": the extension's builds (dist/extension/{chromium,firefox})
# in headless Chromium and in Firefox (tests/extension/). Installs what they need, only
# when missing: Debian's chromium and firefox-esr (apt-get, as root). The Firefox tests
# speak WebDriver BiDi over the global WebSocket, behind a flag before Node 22.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

ensure_chromium
ensure_firefox
npm run build:extension
flag=$(node -p 'typeof WebSocket === "function" ? "" : "--experimental-websocket"')
node $flag --test tests/extension/
