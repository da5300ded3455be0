#!/usr/bin/env bash
# Builds Dossier's installable packages with the Tauri CLI (npm
# @tauri-apps/cli, a prebuilt binary): a .deb and an .rpm, each holding
#   /usr/bin/dossier-app          the desktop app, with its menu entry and icons
#   /usr/bin/dossier              the CLI (import, search, serve, ...)
#   /usr/share/dossier/ui/        the UI files `dossier serve` finds next to the CLI
# AppImage is not built: its bundler downloads tools at build time.
#
# Usage: scripts/bundle.sh
# Needs: cargo, node/npm, the WebKitGTK dev packages, rpm, patchelf, file.
# Output: $CARGO_TARGET_DIR/release/bundle/{deb,rpm}/ (target/ without CARGO_TARGET_DIR).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$repo/target}

cargo build --release --manifest-path "$repo/Cargo.toml" -p dossier-cli
cli="$CARGO_TARGET_DIR/release/dossier"

cd "$repo/src-tauri"
[ -x node_modules/.bin/tauri ] || npm ci --no-audit --no-fund

# The CLI and UI live outside the app crate, at paths only known now, so they
# are added to the package contents by a configuration overlay.
extra_files=$(node -e '
  const [cli, ui] = process.argv.slice(1);
  const files = { "/usr/bin/dossier": cli, "/usr/share/dossier/ui": ui };
  console.log(JSON.stringify({ bundle: { linux: { deb: { files }, rpm: { files } } } }));
' "$cli" "$repo/ui")

node_modules/.bin/tauri build --bundles deb,rpm --config "$extra_files"

echo "packages:"
ls -1 "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb "$CARGO_TARGET_DIR"/release/bundle/rpm/*.rpm
