#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG. The PNGs are
# committed, so only run this after changing the SVG (needs rsvg-convert,
# Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/hicolor"

id=io.github.holdline.Holdline
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "scalable/apps/$id.svg" -o "${size}x${size}/apps/$id.png"
done
