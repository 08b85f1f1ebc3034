#!/usr/bin/env bash
# Prints an electronic receipt stamp (ตรารับ: agency, เลขรับ, วันที่, เวลา with leader dots, in a thin frame) in coloured
# ink on a rendered page, optionally as a 200-dpi colour scan (turned 0.4°, noise, JPEG 75 with its half-resolution
# colour, which is what thins a stamp's strokes in real scans).
# usage: tools/pagegen/stamp.sh PAGE.png OUT.png|OUT.jpg FONT INK X Y [AGENCY NUMBER DATE TIME]
#   FONT: a pango font ("Laksaman 12"); INK: the ink at full strength ("rgb(40,70,200)"); X Y: top-left corner, 300-dpi pixels.
#   An OUT ending in .jpg is written as the 200-dpi scan, a .png at 300 dpi as rendered.
# needs: pango1.0-tools (pango-view), imagemagick (/usr/bin/convert), fonts-thai-tlwg.
set -euo pipefail
page=$1 out=$2 font=$3 ink=$4 x=$5 y=$6
agency=${7:-ศซล.นซบ.ทหาร} number=${8:-๓๒๔} date=${9:-๑๗/๐๕/๒๕๖๘} time=${10:-๑๐:๓๗:๒๖}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n%s\n%s\n%s\n' "      $agency" "เลขรับ.........$number........................" \
  "วันที่...........$date..............." "เวลา............$time..................." > "$work/stamp.txt"
pango-view --font="$font" --dpi=300 --margin=14 --background=white -q -o "$work/text.png" "$work/stamp.txt"
/usr/bin/convert "$work/text.png" -colorspace Gray -bordercolor black -border 2 +level-colors "$ink",white "$work/stamp.png"
/usr/bin/convert "$page" -colorspace sRGB -type TrueColor "$work/stamp.png" -geometry "+$x+$y" -compose Multiply -composite "$work/page.png"
if [[ $out == *.jpg ]]; then
  /usr/bin/convert "$work/page.png" -rotate 0.4 -resize 66.7% -seed 11 -attenuate 0.3 +noise Gaussian -quality 75 \
    -sampling-factor 2x2 -density 200 -units PixelsPerInch "$out"
else
  /usr/bin/convert "$work/page.png" -density 300 -units PixelsPerInch "$out"
fi
