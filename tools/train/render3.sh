#!/usr/bin/env bash
# Third training set (session 3, work/render3/): LARGE and BOLD type, the case the session-2 model got
# wrong (it dropped tone marks on large thin type — แห่ง -> แหง, สิ่ง -> สิง — and misread the large bold
# memo header labels — ที่ -> นี่, กห -> ฦห). Text: gen_text.py header (labels alone, ส่วนราชการ …,
# ที่ กห ๐๓๐๑.๑๐.๑/๒๖๐, วันที่ ๓ พ.ค. ๖๗, เรื่อง …, บันทึกข้อความ, words with tone marks, ๓/๑ contrast runs,
# กห / ที่ in context, a few ordinary lines), rotating 400-line shards.
# Per font, at a point size cycling through 20 22 24 26 28 30 32:
#   300 dpi clean (1-bit), 200 dpi augmented (augment.py --profile header: anti-aliased, or bold/thin
#   strokes that keep the marks, resampling, blur, grey, noise, JPEG like the 200 dpi memo scans), and
#   for every other font 200 dpi text2image-degraded.
# Fonts: regular and bold TLWG (Laksaman = TH Sarabun metrics, the memo font), Umpush Light (thin), and
# bold npm fonts. Norasi and Sarabun stay held out.
# Plus LATIN_* renderings of gen_text.py latin lines (see below), 16-18 pt, 24 files.
# Usage: render3.sh [--shard N] [--jobs N]      (called by render.sh unless SKIP_RENDER3=1)
source "$(dirname "$0")/common.sh"
SHARD=400; JOBS=2
while [ $# -gt 0 ]; do case "$1" in
  --shard) SHARD=$2; shift 2;; --jobs) JOBS=$2; shift 2;;
  *) echo "unknown arg $1"; exit 2;; esac; done
R3="$WORK/render3"; mkdir -p "$R3" "$WORK/fc2" "$WORK/fc" "$WORK/text"
T3="$WORK/text/header.txt"
python3 "$TRAIN_DIR/gen_text.py" header --out "$T3" --lines 4000 --avoid "$WORK/text/heldout_lines.txt"
N=$(wc -l < "$T3")
SIZES=(20 24 28 32 22 26 30)
C300="--resolution 300 --degrade_image=false --rotate_image=false --xsize 4800 --ysize 3600"
C200="--resolution 200 --degrade_image=false --rotate_image=false --xsize 3200 --ysize 2400"
D200="--resolution 200 --exposure 0 --xsize 3200 --ysize 2400"
TLWG3=("Laksaman" "Laksaman Bold" "Garuda" "Garuda Bold" "Loma" "Loma Bold" "Kinnari" "Kinnari Bold"
       "Umpush Light" "Umpush Bold" "Waree" "Waree Bold" "Sawasdee Bold" "Tlwg Typo Bold")
NPM3=("Noto Sans Thai" "Noto Sans Thai Bold" "IBM Plex Sans Thai" "IBM Plex Sans Thai Bold" "Niramit Bold"
      "Anuphan Bold" "Krub Bold" "Pridi Bold")
jobs="$R3/jobs.txt"; : > "$jobs"; j=0
add() {  # fontsdir|font|base|opts|augment(0/1)|ptsize
  local start=$(( (j * 577) % N )); j=$((j+1))
  awk -v s="$start" -v n="$SHARD" -v N="$N" '{a[NR-1]=$0} END{for(i=0;i<n;i++) print a[(s+i)%N]}' "$T3" > "$3.gt.txt"
  echo "$1|$2|$3|$4|$5|$6" >> "$jobs"; }
k=0
for f in "${TLWG3[@]}" "${NPM3[@]}"; do
  fdir="$TLWG_DIR"; for n in "${NPM3[@]}"; do [ "$n" = "$f" ] && fdir="$NPM_FONT_DIR"; done
  b="$R3/$(echo "$f" | tr -d ' ')"
  p1=${SIZES[$((k % 7))]}; p2=${SIZES[$(((k + 3) % 7))]}; p3=${SIZES[$(((k + 5) % 7))]}
  add "$fdir" "$f" "${b}_p${p1}_r300clean" "$C300" 0 "$p1"
  add "$fdir" "$f" "${b}_p${p2}_r200aug" "$C200" 1 "$p2"
  [ $((k % 2)) = 0 ] && add "$fdir" "$f" "${b}_p${p3}_r200deg" "$D200" 0 "$p3"
  k=$((k+1))
done

render3_one() {
  IFS='|' read -r fdir font base opts aug pt <<< "$1"
  [ -s "$base.lstmf" ] && return 0
  local fc="$WORK/fc2"; [ "$fdir" = "$TLWG_DIR" ] && fc="$WORK/fc"
  # shellcheck disable=SC2086
  $NICE text2image --text "$base.gt.txt" --outputbase "$base" --font "$font" \
     --fonts_dir "$fdir" --fontconfig_tmpdir "$fc" --ptsize "$pt" --leading 24 \
     --strip_unrenderable_words $opts > "$base.log" 2>&1 || { echo "FAILED $base"; tail -3 "$base.log"; return 0; }
  if [ "$aug" = 1 ]; then
    mv "$base.tif" "$base.src.tif"; mv "$base.box" "$base.src.box"
    $NICE /usr/bin/python3 "$TRAIN_DIR/augment.py" "$base.src" "$base" --profile header \
       --seed "$(echo "$base" | cksum | cut -d' ' -f1)" >> "$base.log" 2>&1
    rm -f "$base.src.tif" "$base.src.box"
  fi
  $NICE tesseract "$base.tif" "$base" --psm 6 lstm.train >> "$base.log" 2>&1
  [ "$aug" = 1 ] && rm -f "$base.tif"
  grep -h 'Loaded' "$base.log" | tail -1 | sed "s|^|$(basename "$base"): |"
}
# Latin lines (gen_text.py latin: e-mail addresses, URLs, English words with every letter) at 16-18 pt:
# the session-2 model read the e-mail line of letter-external-clean.png with confidence 0.71 (session 1:
# 0.84), and the pipeline's stray-mark filter then dropped the line.
TL="$WORK/text/latin.txt"
python3 "$TRAIN_DIR/gen_text.py" latin --out "$TL" --lines 2000 --avoid "$WORK/text/heldout_lines.txt"
NL=$(wc -l < "$TL"); T3="$TL"; N=$NL; j=0
C300L="--resolution 300 --degrade_image=false --rotate_image=false --xsize 3600 --ysize 4800"
k=0
for f in "Laksaman" "Laksaman Bold" "Garuda" "Loma" "Kinnari" "Waree" "Umpush" "Sawasdee" \
         "Noto Sans Thai" "IBM Plex Sans Thai" "Niramit" "Anuphan"; do
  fdir="$TLWG_DIR"; case "$f" in Noto*|IBM*|Niramit|Anuphan) fdir="$NPM_FONT_DIR";; esac
  b="$R3/LATIN_$(echo "$f" | tr -d ' ')"; p=$((16 + (k % 3)))
  add "$fdir" "$f" "${b}_p${p}_r300clean" "$C300L" 0 "$p"
  if [ $((k % 2)) = 0 ]; then add "$fdir" "$f" "${b}_p${p}_r200deg" "$D200" 0 "$p"; else add "$fdir" "$f" "${b}_p${p}_r200aug" "$C200" 1 "$p"; fi
  k=$((k+1))
done

export -f render3_one; export WORK TLWG_DIR NICE OMP_THREAD_LIMIT TRAIN_DIR
tr '\n' '\0' < "$jobs" | xargs -0 -P "$JOBS" -I{} bash -c 'render3_one "$@"' _ {}
echo "render3: $(ls "$R3"/*.lstmf 2>/dev/null | wc -l) .lstmf"
