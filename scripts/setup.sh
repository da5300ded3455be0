#!/usr/bin/env bash
# Installs what building, running and testing Dossier needs on Debian/Ubuntu,
# and only what is missing. Sourced by scripts/launch and scripts/test.
set -euo pipefail

# Debian packages: WebKitGTK and friends for the Tauri shell, Chromium for
# the browser tests, Xvfb and ImageMagick for the desktop smoke test.
DOSSIER_DEBIAN_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
)
DOSSIER_TEST_PACKAGES=(chromium xvfb xauth imagemagick nodejs npm)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages "$@")
  # Node and npm may come from elsewhere (nvm, a tarball): keep those.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=$(echo "$missing" | grep -vx -e nodejs -e npm || true)
  fi
  [ -z "$missing" ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: $(echo $missing)" >&2
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# One cargo target directory outside the checkout, shared by every build, so a
# second run (and CI on this machine) reuses what the first one compiled.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/dossier-target}"
