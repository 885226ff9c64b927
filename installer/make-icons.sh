#!/usr/bin/env bash
# Regenerates the app icon PNGs and the Windows .ico from the SVG source.
# Needs ImageMagick 6 (/usr/bin/convert). The results are committed; the installer build
# does not run this script, so ImageMagick is not a build dependency.
set -euo pipefail
cd "$(dirname "$0")/../src/main/resources/icons"
CONVERT=${CONVERT:-/usr/bin/convert}
src=shield-case-desk.svg
for size in 16 32 48 64 128 256 512; do
  "$CONVERT" -background none -density 384 "$src" -resize "${size}x${size}" \
    -depth 8 -strip "PNG32:shield-case-desk-${size}.png"
done
# The file jpackage uses on Linux (--icon) and the default window icon.
cp shield-case-desk-256.png shield-case-desk.png
# Windows (.msi / app image on Windows): a multi-size .ico.
"$CONVERT" shield-case-desk-16.png shield-case-desk-32.png shield-case-desk-48.png \
  shield-case-desk-64.png shield-case-desk-128.png shield-case-desk-256.png shield-case-desk.ico
ls -l
