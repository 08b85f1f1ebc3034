#!/usr/bin/env bash
# Renders the letters of testdata/letters in Sarabun (13 pt, about TH Sarabun PSK 16) and Laksaman (16 pt) at 300 dpi,
# each also as a 200-dpi scan (grey, turned 0.8°, noise, JPEG 70), reads every image through the CLI and scores it
# against the letter's expected file with ../shared/tools/score.py. Prints one SCORE line per image and the total.
# usage: tools/pagegen/render-letters.sh [OUTDIR]
# needs: pango1.0-tools (pango-view), imagemagick (/usr/bin/convert), fonts-thai-tlwg; Sarabun from tools/train/setup.sh
#        (or SARABUN_DIR=folder with its .ttf files).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
sarabun=${SARABUN_DIR:-tools/train/work/fonts/sarabun}
[[ -d $sarabun ]] || { echo "render-letters: Sarabun not found in $sarabun (run tools/train/setup.sh or set SARABUN_DIR)" >&2; exit 1; }
cat > "$out/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>$(realpath "$sarabun")</dir><cachedir>$out/fc-cache</cachedir></fontconfig>
CONF
export FONTCONFIG_FILE=$out/fonts.conf
dotnet build src/ThaiGovDocs.Cli -c Release -v q -nologo >/dev/null
cli=src/ThaiGovDocs.Cli/bin/Release/net10.0/ThaiGovDocs.Cli.dll
for letter in testdata/letters/*.txt; do
  name=$(basename "$letter" .txt)
  for face in "Sarabun 13:sarabun" "Laksaman 16:laksaman"; do
    png=$out/$name.${face#*:}.png
    pango-view --font="${face%:*}" --dpi=300 --margin=60 --width=500 --wrap=word --background=white -q -o "$png" "$letter"
    /usr/bin/convert "$png" -colorspace Gray -rotate 0.8 -resize 66.7% -seed 7 -attenuate 0.4 +noise Gaussian -quality 70 \
      -density 200 -units PixelsPerInch "${png%.png}.scan200.jpg"
    /usr/bin/convert "$png" -colorspace Gray -density 300 -units PixelsPerInch "$png"
  done
done
for image in "$out"/*.png "$out"/*.jpg; do
  name=$(basename "$image"); name=${name%%.*}
  dotnet "$cli" read "$image" > "$image.json" 2> "$image.err" || echo '{}' > "$image.json"
  echo "$(basename "$image") $(python3 ../shared/tools/score.py --gold "testdata/letters/$name.expected.json" --pred "$image.json" --quiet | tail -n 1)"
done | sort | tee "$out/summary.txt"
awk '{split($3, a, "/"); m += a[1]; n += a[2]} END {print "TOTAL " m "/" n " fields"}' "$out/summary.txt"
