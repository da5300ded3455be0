#!/usr/bin/env bash
# Renders the app icon from its SVG source into every size the Tauri bundles
# (.deb, .rpm) and the window need, plus a multi-size icon.ico.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert; no network.
# Usage: scripts/icons/render.sh   (writes into icons/ at the repository root)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_svg="$here/dossier-icon.svg"
out="$here/../../icons"
mkdir -p "$out"

render() { rsvg-convert --width "$1" --height "$1" "$source_svg" --output "$out/$2"; }

render 32 32x32.png
render 64 64x64.png
render 128 128x128.png
render 256 128x128@2x.png
render 512 icon.png

# Windows-style icon with the small sizes drawn from the vector, not downscaled.
ico_parts=()
for size in 16 24 32 48 64 256; do
  part=$(mktemp --suffix=".png")
  rsvg-convert --width "$size" --height "$size" "$source_svg" --output "$part"
  ico_parts+=("$part")
done
convert "${ico_parts[@]}" "$out/icon.ico"
rm -f "${ico_parts[@]}"

echo "icons written to $(cd "$out" && pwd)"
