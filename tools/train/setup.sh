#!/usr/bin/env bash
# Install what the training/eval pipeline needs (Debian bookworm) and fetch the held-out Sarabun font.
source "$(dirname "$0")/common.sh"
need=()
for p in tesseract-ocr fonts-thai-tlwg woff2 pango1.0-tools imagemagick poppler-utils python3-fonttools python3-brotli python3-pil python3-numpy xz-utils; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
# Sarabun (OFL-1.1) from the npm package @fontsource/sarabun: Thai + Latin subsets as WOFF2 -> TTF.
# Used ONLY for evaluation (held-out font), rendered with pango-view so the two subsets combine.
mkdir -p "$WORK/fonts/sarabun"
if ! ls "$WORK/fonts/sarabun/"*.ttf >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @fontsource/sarabun >/dev/null && tar xzf fontsource-sarabun-*.tgz)
  for s in thai latin; do
    cp "$tmp/package/files/sarabun-$s-400-normal.woff2" "$WORK/fonts/sarabun/"
    woff2_decompress "$WORK/fonts/sarabun/sarabun-$s-400-normal.woff2"
    rm "$WORK/fonts/sarabun/sarabun-$s-400-normal.woff2"
  done
  cp "$tmp/package/LICENSE" "$WORK/fonts/sarabun/OFL.txt"
  rm -rf "$tmp"
fi
ls "$WORK/fonts/sarabun"
# Training fonts from npm (@fontsource/<family>, SIL OFL 1.1): the Thai and Latin subset WOFF2 of each
# weight merged into one TTF (text2image loads a single font file), licence kept beside them.
mkdir -p "$NPM_FONT_DIR"
for spec in "${NPM_FONTS[@]}" "${NPM_FONTS4[@]}"; do
  fam=${spec%%:*}; weights=${spec#*:}
  have=1; for w in ${weights//,/ }; do [ -s "$NPM_FONT_DIR/$fam-$w.ttf" ] || have=0; done
  [ "$have" = 1 ] && continue
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "@fontsource/$fam" >/dev/null && tar xzf fontsource-*.tgz)
  for w in ${weights//,/ }; do
    /usr/bin/python3 "$TRAIN_DIR/merge_fonts.py" "$tmp/package/files/$fam-thai-$w-normal.woff2" \
       "$tmp/package/files/$fam-latin-$w-normal.woff2" "$NPM_FONT_DIR/$fam-$w.ttf"
  done
  cp "$tmp/package/LICENSE" "$NPM_FONT_DIR/$fam.LICENSE.txt"
  grep -h '"version"' "$tmp/package/package.json" | sed "s|^ *|$fam |" >> "$NPM_FONT_DIR/versions.txt"
  rm -rf "$tmp"
done
ls "$NPM_FONT_DIR"/*.ttf | wc -l
