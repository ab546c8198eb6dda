# Sourced by the other scripts: makes sure the Rust pieces they need are installed,
# installing only what is missing (rustup components and targets), so every script
# can run on a fresh machine that has rustup, cargo, node, npm and python3.

die() {
  echo "error: $*" >&2
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed ($2)"
}

# ensure_component NAME: a rustup component of the active toolchain (rustfmt, clippy).
ensure_component() {
  local installed
  installed=$(rustup component list --installed 2>/dev/null || true)
  if ! grep -q "^$1" <<<"$installed"; then
    echo "-- installing rustup component $1"
    rustup component add "$1"
  fi
}

# ensure_target TRIPLE: a compilation target of the active toolchain.
ensure_target() {
  local installed
  installed=$(rustup target list --installed 2>/dev/null || true)
  if ! grep -qx "$1" <<<"$installed"; then
    echo "-- installing rustup target $1"
    rustup target add "$1"
  fi
}

# ensure_chromium: Debian's chromium and chromium-driver, for the browser tests.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "-- installing chromium and chromium-driver (apt)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
  fi
}

# ensure_firefox: Debian's firefox-esr, for the Firefox build of the extension.
ensure_firefox() {
  if [ ! -x /usr/bin/firefox-esr ] && [ ! -x /usr/bin/firefox ]; then
    echo "-- installing firefox-esr (apt)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq firefox-esr
  fi
}

require_command cargo "install Rust with rustup: https://rustup.rs"
require_command rustup "plainview's scripts use rustup to add components and targets"
