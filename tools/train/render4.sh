#!/usr/bin/env bash
# Fourth training set (session 4, work/render4/): DIGIT-DENSE lines at BODY sizes (10-16 pt) in every
# training face. Why: held-out Norasi's ๓ — the rounded form with a small loop inside the left bowl,
# which among the training faces only Kinnari (+Bold) shares — is read as ๑ (20 of 26 ๓ on the clean
# Norasi pages, in every context). The digits were learnt mostly from the flat-topped "m" form of ๓;
# this set shows ๓ beside ๑ in many more shapes, weights and sizes (text: gen_text.py digits — dates,
# document numbers, phones, amounts, numbered items, ๑/๓ contrast runs, 1/5 ordinary lines; ๓ about
# 2.5x and ๑ 2x as frequent as the other digits). Faces: the TLWG training faces plus their bold
# weights, the Kinnari italic/oblique faces (same ๓ design, other slant/weight), Umpush Light, Purisa,
# Tlwg Mono/Typewriter/Typo; all 30 npm faces of render2.sh and 6 new npm faces (NPM_FONTS4: Kanit,
# Prompt, Fahkwang, Itim). Norasi and Sarabun stay held out.
# Variants cycle per face: 300 dpi clean (1-bit), 200 dpi augment.py --profile header (mark-preserving:
# bold/thin strokes, resampling, blur, grey, noise, JPEG), 150 dpi text2image-degraded, 200 dpi degraded;
# the Kinnari faces get three variants each.
# --set 5 (session 5): the same faces, sizes and variants into work/render5 from new text (seed 17) WITHOUT the
# ๑ weighting (๓ only 3 %, contrast runs of ๑/๓/๐): session 4's ๑ weight was followed by ๐ read as ๑ on the memos.
# Usage: render4.sh [--shard N] [--jobs N] [--set 5]
source "$(dirname "$0")/common.sh"
SHARD=250; JOBS=2; SET=4
while [ $# -gt 0 ]; do case "$1" in
  --shard) SHARD=$2; shift 2;; --jobs) JOBS=$2; shift 2;; --set) SET=$2; shift 2;;
  *) echo "unknown arg $1"; exit 2;; esac; done
R4="$WORK/render$SET"; mkdir -p "$R4" "$WORK/fc4" "$WORK/fc" "$WORK/text"
if [ "$SET" = 4 ]; then
  T4="$WORK/text/digits.txt"
  python3 "$TRAIN_DIR/gen_text.py" digits --out "$T4" --lines 6000 --avoid "$WORK/text/heldout_lines.txt"
else
  T4="$WORK/text/digits$SET.txt"
  python3 "$TRAIN_DIR/gen_text.py" digits --out "$T4" --lines 6000 --seed 17 --bias3 0.03 --bias1 0 --runs 133003 \
     --avoid "$WORK/text/heldout_lines.txt"
fi
N=$(wc -l < "$T4")
SIZES=(12 14 10 16 13 11 15)
C300="--resolution 300 --degrade_image=false --rotate_image=false --xsize 3600 --ysize 4800"
C200="--resolution 200 --degrade_image=false --rotate_image=false --xsize 2400 --ysize 3200"
D200="--resolution 200 --exposure -1 --xsize 2400 --ysize 3200"
D150="--resolution 150 --exposure 1 --xsize 1800 --ysize 2400"
TLWG4=("Laksaman" "Laksaman Bold" "Garuda" "Garuda Bold" "Loma" "Loma Bold" "Umpush" "Umpush Light" "Waree"
       "Waree Bold" "Tlwg Typist" "Sawasdee" "Purisa" "Tlwg Mono" "Tlwg Typo")
KINNARI=("Kinnari" "Kinnari Bold" "Kinnari Italic" "Kinnari Oblique" "Kinnari Bold Italic" "Kinnari Bold Oblique")
# npm display names (as render2.sh): family + " Bold" for weight 700
name_of() { local fam=$1 w=$2 n
  case "$fam" in ibm-plex-*) n="IBM Plex ${fam#ibm-plex-}";; k2d) n="K2D";; *) n="$fam";; esac
  n=$(echo "$n" | tr '-' ' ' | sed -E 's/(^| )([a-z])/\1\u\2/g'); [ "$w" = 700 ] && n="$n Bold"; echo "$n"; }
jobs="$R4/jobs.txt"; : > "$jobs"; j=0
add() {  # fontsdir|font|base|opts|augment(0/1)|ptsize
  local start=$(( (j * 733) % N )); j=$((j+1))
  awk -v s="$start" -v n="$SHARD" -v N="$N" '{a[NR-1]=$0} END{for(i=0;i<n;i++) print a[(s+i)%N]}' "$T4" > "$3.gt.txt"
  echo "$1|$2|$3|$4|$5|$6" >> "$jobs"; }
k=0
variant() {  # fontsdir font  -> one rendering, variant and size cycling with k
  local fdir=$1 f=$2 b p
  b="$R4/$(echo "$f" | tr -d ' ')"; p=${SIZES[$((k % 7))]}
  case $((k % 4)) in
    0) add "$fdir" "$f" "${b}_p${p}_r300clean" "$C300" 0 "$p";;
    1) [ "$p" -lt 12 ] && p=$((p + 3)); add "$fdir" "$f" "${b}_p${p}_r200aug" "$C200" 1 "$p";;
    2) [ "$p" -lt 12 ] && p=$((p + 3)); add "$fdir" "$f" "${b}_p${p}_r150deg" "$D150" 0 "$p";;
    3) add "$fdir" "$f" "${b}_p${p}_r200deg" "$D200" 0 "$p";;
  esac
  k=$((k+1)); }
for f in "${TLWG4[@]}"; do variant "$TLWG_DIR" "$f"; done
for f in "${KINNARI[@]}"; do for _ in 1 2 3; do variant "$TLWG_DIR" "$f"; done; done
for spec in "${NPM_FONTS[@]}" "${NPM_FONTS4[@]}"; do
  fam=${spec%%:*}
  for w in $(echo "${spec#*:}" | tr ',' ' '); do variant "$NPM_FONT_DIR" "$(name_of "$fam" "$w")"; done
done

render4_one() {
  IFS='|' read -r fdir font base opts aug pt <<< "$1"
  [ -s "$base.lstmf" ] && return 0
  local fc="$WORK/fc4"; [ "$fdir" = "$TLWG_DIR" ] && fc="$WORK/fc"
  # shellcheck disable=SC2086
  $NICE text2image --text "$base.gt.txt" --outputbase "$base" --font "$font" \
     --fonts_dir "$fdir" --fontconfig_tmpdir "$fc" --ptsize "$pt" --leading 16 \
     --strip_unrenderable_words $opts > "$base.log" 2>&1 || { echo "FAILED $base"; tail -3 "$base.log"; return 0; }
  if [ "$aug" = 1 ]; then
    mv "$base.tif" "$base.src.tif"; mv "$base.box" "$base.src.box"
    $NICE /usr/bin/python3 "$TRAIN_DIR/augment.py" "$base.src" "$base" --profile header \
       --seed "$(echo "$base" | cksum | cut -d' ' -f1)" >> "$base.log" 2>&1
    rm -f "$base.src.tif" "$base.src.box"
  fi
  $NICE tesseract "$base.tif" "$base" --psm 6 lstm.train >> "$base.log" 2>&1
  rm -f "$base.tif"
  grep -h 'Loaded' "$base.log" | tail -1 | sed "s|^|$(basename "$base"): |"
}
export -f render4_one; export WORK TLWG_DIR NICE OMP_THREAD_LIMIT TRAIN_DIR
# one job of each fonts dir first, so each fontconfig cache exists before the parallel jobs
first_npm=$(grep -m1 "^$NPM_FONT_DIR|" "$jobs"); first_tlwg=$(grep -m1 "^$TLWG_DIR|" "$jobs")
render4_one "$first_tlwg"; render4_one "$first_npm"
grep -v -F -x -e "$first_npm" -e "$first_tlwg" "$jobs" | tr '\n' '\0' | xargs -0 -P "$JOBS" -I{} bash -c 'render4_one "$@"' _ {}
echo "render$SET: $(ls "$R4"/*.lstmf 2>/dev/null | wc -l) .lstmf of $(wc -l < "$jobs") jobs"
