#!/bin/sh
# Regenerates the app's PNG icons from the SVG sources in public/icons/. Only needed when the
# drawing changes: the PNGs are committed. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")/../public/icons"
rsvg-convert -w 192 -h 192 seedling.svg -o icon-192.png
rsvg-convert -w 512 -h 512 seedling.svg -o icon-512.png
rsvg-convert -w 512 -h 512 seedling-maskable.svg -o icon-maskable-512.png
# iOS draws its own rounded corners and shows transparency as black: use the full-bleed drawing.
rsvg-convert -w 180 -h 180 seedling-maskable.svg -o apple-touch-icon.png
