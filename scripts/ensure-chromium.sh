#!/usr/bin/env bash
# Makes sure the Chromium the browser tests drive is installed: Debian's chromium and
# chromium-driver packages, installed with apt-get only when /usr/bin/chromium is missing
# (CI machines run as root; playwright-core cannot download browsers here).
set -euo pipefail
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
command -v apt-get >/dev/null 2>&1 || {
  echo "error: $CHROMIUM is missing and apt-get is not available to install it" >&2
  exit 1
}
echo "-- installing chromium and chromium-driver (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
[ -x "$CHROMIUM" ] || {
  echo "error: apt-get installed chromium but $CHROMIUM is still missing" >&2
  exit 1
}
