#!/usr/bin/env bash
# Second training set (added in the second session): the npm fonts (setup.sh) and scan-like
# augmented pages, from gen_text.py --rare text (adds ๊ ๋ ฆ ฌ ฃ ฅ ฦ ๅ ฺ ํ), written to work/render2/.
# Per npm font: 300 dpi clean, 200 dpi clean + augment.py (grey, blur, noise, JPEG, bold/thin, low-res
# resampling), and 200/150 dpi text2image-degraded; plus augment.py pages of 4 TLWG fonts.
# Also a held-out Norasi 200 dpi augmented page set for lstmeval. Called by render.sh.
# Usage: render2.sh [--shard N] [--jobs N]
source "$(dirname "$0")/common.sh"
SHARD=800; JOBS=2
while [ $# -gt 0 ]; do case "$1" in
  --shard) SHARD=$2; shift 2;; --jobs) JOBS=$2; shift 2;;
  *) echo "unknown arg $1"; exit 2;; esac; done
R2="$WORK/render2"; mkdir -p "$R2" "$WORK/fc2" "$WORK/text"
T2="$WORK/text/train2.txt"
python3 "$TRAIN_DIR/gen_text.py" train --rare --seed 11 --out "$T2" --lines 9000 --seeds-dir "$SHARED/corpus/seeds"
N=$(wc -l < "$T2")
C300="--resolution 300 --degrade_image=false --rotate_image=false --xsize 3600 --ysize 4800"
C200="--resolution 200 --degrade_image=false --rotate_image=false --xsize 2400 --ysize 3200"
D200="--resolution 200 --exposure -1 --xsize 2400 --ysize 3200"
D150="--resolution 150 --exposure 1 --xsize 1800 --ysize 2400"
# font display names as text2image lists them (family + " Bold" for weight 700)
name_of() { local fam=$1 w=$2 n
  case "$fam" in
    ibm-plex-*) n="IBM Plex ${fam#ibm-plex-}";; k2d) n="K2D";; *) n="$fam";;
  esac
  n=$(echo "$n" | tr '-' ' ' | sed -E 's/(^| )([a-z])/\1\u\2/g'); [ "$w" = 700 ] && n="$n Bold"; echo "$n"; }
jobs="$R2/jobs.txt"; : > "$jobs"; j=0
add() {  # fontsdir|font|base|opts|augment(0/1)
  local start=$(( (j * 1213) % N )); j=$((j+1))
  awk -v s="$start" -v n="$SHARD" -v N="$N" '{a[NR-1]=$0} END{for(i=0;i<n;i++) print a[(s+i)%N]}' "$T2" > "$3.gt.txt"
  echo "$1|$2|$3|$4|$5" >> "$jobs"; }
k=0
for spec in "${NPM_FONTS[@]}"; do
  fam=${spec%%:*}
  for w in $(echo "${spec#*:}" | tr ',' ' '); do
    f=$(name_of "$fam" "$w"); b="$R2/$(echo "$f" | tr -d ' ')"
    add "$NPM_FONT_DIR" "$f" "${b}_r300clean" "$C300" 0
    add "$NPM_FONT_DIR" "$f" "${b}_r200aug" "$C200" 1
    if [ $((k % 2)) = 0 ]; then add "$NPM_FONT_DIR" "$f" "${b}_r200deg" "$D200" 0; else add "$NPM_FONT_DIR" "$f" "${b}_r150deg" "$D150" 0; fi
    k=$((k+1))
  done
done
for f in "Laksaman" "Laksaman Bold" "Kinnari" "Garuda"; do
  add "$TLWG_DIR" "$f" "$R2/$(echo "$f" | tr -d ' ')_r200aug" "$C200" 1
done
# held-out Norasi, degraded like a scan, for lstmeval only
cp "$WORK/text/heldout_lines.txt" "$R2/EVAL_Norasi_r200aug.gt.txt"
echo "$TLWG_DIR|Norasi|$R2/EVAL_Norasi_r200aug|$C200|1" >> "$jobs"

render2_one() {
  IFS='|' read -r fdir font base opts aug <<< "$1"
  [ -s "$base.lstmf" ] && return 0
  local fc="$WORK/fc2"; [ "$fdir" = "$TLWG_DIR" ] && fc="$WORK/fc"
  # shellcheck disable=SC2086
  $NICE text2image --text "$base.gt.txt" --outputbase "$base" --font "$font" \
     --fonts_dir "$fdir" --fontconfig_tmpdir "$fc" --ptsize 16 --leading 16 \
     --strip_unrenderable_words $opts > "$base.log" 2>&1 || { echo "FAILED $base"; tail -3 "$base.log"; return 0; }
  if [ "$aug" = 1 ]; then
    mv "$base.tif" "$base.src.tif"; mv "$base.box" "$base.src.box"
    $NICE /usr/bin/python3 "$TRAIN_DIR/augment.py" "$base.src" "$base" --seed "$(echo "$base" | cksum | cut -d' ' -f1)" >> "$base.log" 2>&1
    rm -f "$base.src.tif" "$base.src.box"
  fi
  $NICE tesseract "$base.tif" "$base" --psm 6 lstm.train >> "$base.log" 2>&1
  [ "$aug" = 1 ] && rm -f "$base.tif"   # grey pages are large; the .lstmf has the lines
  grep -h 'Loaded' "$base.log" | tail -1 | sed "s|^|$(basename "$base"): |"
}
export -f render2_one; export WORK TLWG_DIR NICE OMP_THREAD_LIMIT TRAIN_DIR
# one font of each dir first so each fontconfig cache exists before parallel jobs
render2_one "$(grep -m1 "^$NPM_FONT_DIR|" "$jobs")"
grep -v -F -x "$(grep -m1 "^$NPM_FONT_DIR|" "$jobs")" "$jobs" | tr '\n' '\0' | xargs -0 -P "$JOBS" -I{} bash -c 'render2_one "$@"' _ {}
