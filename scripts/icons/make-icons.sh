#!/usr/bin/env bash
# Renders Sift's icons from the one drawing, assets/icon.svg: the toolbar/extension icons and a grey copy the
# toolbar shows where Sift is switched off. The PNGs are committed, so building needs nothing of this; run it again
# after changing the drawing. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }

src=assets/icon.svg
out=public/icon
mkdir -p "$out"
for size in 16 32 48 96 128; do
  rsvg-convert -w "$size" -h "$size" "$src" -o "$out/$size.png"
done
# "Off": the same drawing with the blue plate (and the sieve's mesh, drawn in the plate's colour) in grey.
off=$(mktemp --suffix=.svg)
trap 'rm -f "$off"' EXIT
sed 's/#2458d6/#6e7781/g' "$src" >"$off"
for size in 16 32 48; do
  rsvg-convert -w "$size" -h "$size" "$off" -o "$out/off-$size.png"
done
echo "make-icons: wrote $(ls "$out" | wc -l) PNGs in $out"
