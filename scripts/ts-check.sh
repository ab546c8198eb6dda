#!/usr/bin/env bash
# `npm test` stage "ts-check": every JavaScript file that carries `// @ts-check` is
# type-checked by tsc against the built package (run `npm run build` first).
#
#   1. The package glue (js/, Node and browser), the reader and the playground, resolved
#      as Node resolves them.
#   2. The browser-only modules: the drop-in, the bench page and the extension. The
#      extension's imports (./plainview/js/full.mjs, ../reader/reader.mjs) exist only in
#      its built layout, so the build (scripts/build-extension.mjs: copies, no compiling)
#      is checked, and tsc's messages are mapped back to the source files.
set -euo pipefail
cd "$(dirname "$0")/.."

# A node_modules installed before a devDependency was added lacks it.
[ -d node_modules/@types/chrome ] || npm ci --no-audit --no-fund

tsc=node_modules/.bin/tsc
common=(--noEmit --allowJs --skipLibCheck --target es2022 --lib es2022,dom,dom.iterable)

"$tsc" "${common[@]}" --module nodenext --moduleResolution nodenext \
  js/*.mjs js/node.cjs www/reader/*.mjs www/playground/*.mjs

node scripts/build-extension.mjs >/dev/null
built=dist/extension/chromium
# The build's folders and where each comes from (see PACKAGE_FILES in build-extension.mjs).
"$tsc" "${common[@]}" --module esnext --moduleResolution bundler --pretty false \
  www/plainview-drop-in.js www/bench/*.mjs "$built"/*.mjs "$built"/content/*.mjs |
  sed -e "s#^$built/reader/#www/reader/#" -e "s#^$built/plainview/##" -e "s#^$built/#www/extension/#"
