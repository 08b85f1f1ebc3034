#!/usr/bin/env bash
# Generate training text, render it with text2image in the training fonts (clean + degraded +
# low-resolution variants), and turn every page into .lstmf with `tesseract ... lstm.train`.
# Also renders a small held-out-font set (Norasi) as .lstmf for lstmeval on checkpoints.
# Then render2.sh: npm fonts, augmented scan-like pages and the rarer Thai letters (work/render2),
# render3.sh: large/bold header type (work/render3), and mklist.sh: the weighted training list.
# Usage: render.sh [--lines N] [--shard N] [--jobs N]
source "$(dirname "$0")/common.sh"
LINES=9000; SHARD=1500; JOBS=2; ONLY_LEADERS=0
while [ $# -gt 0 ]; do case "$1" in
  --only-leaders) ONLY_LEADERS=1; shift;;
  --lines) LINES=$2; shift 2;; --shard) SHARD=$2; shift 2;; --jobs) JOBS=$2; shift 2;;
  *) echo "unknown arg $1"; exit 2;; esac; done
mkdir -p "$WORK/text" "$WORK/render" "$WORK/fc"
if [ "$ONLY_LEADERS" = 0 ]; then
python3 "$TRAIN_DIR/gen_text.py" train --out "$WORK/text/train.txt" --lines "$LINES" --seeds-dir "$SHARED/corpus/seeds"
python3 "$TRAIN_DIR/gen_text.py" lines --out "$WORK/text/heldout_lines.txt" --lines 400 --avoid "$WORK/text/train.txt"

# variant name | text2image options (all at --ptsize 16; resolution changes the pixel size of the line)
VARIANTS=(
  "r300clean|--resolution 300 --degrade_image=false --rotate_image=false --xsize 3600 --ysize 4800"
  "r300deg|--resolution 300 --exposure 0 --xsize 3600 --ysize 4800"
  "r200deg|--resolution 200 --exposure -1 --xsize 2400 --ysize 3200"
  "r150deg|--resolution 150 --exposure 1 --xsize 1800 --ysize 2400"
)
N=$(wc -l < "$WORK/text/train.txt")
jobsfile="$WORK/render/jobs.txt"; : > "$jobsfile"
j=0
for f in "${TRAIN_FONTS[@]}"; do
  for v in "${VARIANTS[@]}"; do
    vname=${v%%|*}; opts=${v#*|}
    base="$WORK/render/$(echo "$f" | tr -d ' ')_${vname}"
    start=$(( (j * 997) % N ))
    # rotating shard of the training text: each line lands in ~(jobs*SHARD/N) renderings
    awk -v s="$start" -v n="$SHARD" -v N="$N" '{a[NR-1]=$0} END{for(i=0;i<n;i++) print a[(s+i)%N]}' "$WORK/text/train.txt" > "$base.gt.txt"
    echo "$f|$base|$opts" >> "$jobsfile"
    j=$((j+1))
  done
done
# held-out eval set for lstmeval: Norasi, clean 300 dpi and degraded 150 dpi
cp "$WORK/text/heldout_lines.txt" "$WORK/render/EVAL_Norasi_r300clean.gt.txt"
cp "$WORK/text/heldout_lines.txt" "$WORK/render/EVAL_Norasi_r150deg.gt.txt"
echo "Norasi|$WORK/render/EVAL_Norasi_r300clean|${VARIANTS[0]#*|}" >> "$jobsfile"
echo "Norasi|$WORK/render/EVAL_Norasi_r150deg|${VARIANTS[3]#*|}" >> "$jobsfile"

render_one() {
  IFS='|' read -r font base opts <<< "$1"
  [ -s "$base.lstmf" ] && return 0
  # shellcheck disable=SC2086
  $NICE text2image --text "$base.gt.txt" --outputbase "$base" --font "$font" \
     --fonts_dir "$TLWG_DIR" --fontconfig_tmpdir "$WORK/fc" --ptsize 16 --leading 16 \
     --strip_unrenderable_words $opts > "$base.log" 2>&1
  $NICE tesseract "$base.tif" "$base" --psm 6 lstm.train >> "$base.log" 2>&1
  grep -h 'Loaded' "$base.log" | tail -1 | sed "s|^|$(basename "$base"): |"
}
export -f render_one; export WORK TLWG_DIR NICE OMP_THREAD_LIMIT
# one text2image first so the fontconfig cache exists before parallel jobs
render_one "$(head -1 "$jobsfile")"
tail -n +2 "$jobsfile" | tr '\n' '\0' | xargs -0 -P "$JOBS" -I{} bash -c 'render_one "$@"' _ {}
fi  # ONLY_LEADERS

# memo header lines (ส่วนราชการ / ที่ … วันที่ … / เรื่อง) on dotted leader lines, as printed on
# บันทึกข้อความ forms: text2image, then add_leaders.py draws dots along each line's baseline; the
# r200aug ones are then degraded like scans by augment.py (grey, blur, noise, JPEG).
export WORK TLWG_DIR NICE OMP_THREAD_LIMIT TRAIN_DIR
python3 "$TRAIN_DIR/gen_text.py" memo --out "$WORK/text/memo_lines.txt" --lines 700 --avoid "$WORK/text/train.txt"
: > "$WORK/render/leader_jobs.txt"
C200="--resolution 200 --degrade_image=false --rotate_image=false --xsize 2400 --ysize 3200"
for spec in "Laksaman|r200deg|--resolution 200 --exposure -1 --xsize 2400 --ysize 3200|$TLWG_DIR|0" \
            "Laksaman Bold|r200deg|--resolution 200 --exposure 0 --xsize 2400 --ysize 3200|$TLWG_DIR|0" \
            "Laksaman|r300deg|--resolution 300 --exposure 0 --xsize 3600 --ysize 4800|$TLWG_DIR|0" \
            "Kinnari|r200deg|--resolution 200 --exposure 1 --xsize 2400 --ysize 3200|$TLWG_DIR|0" \
            "Laksaman|r200aug|$C200|$TLWG_DIR|1" "Laksaman Bold|r200aug|$C200|$TLWG_DIR|1" \
            "Kinnari|r200aug|$C200|$TLWG_DIR|1" "Garuda|r200aug|$C200|$TLWG_DIR|1" \
            "Noto Sans Thai|r200aug|$C200|$NPM_FONT_DIR|1" "IBM Plex Sans Thai|r200aug|$C200|$NPM_FONT_DIR|1" \
            "Niramit|r200aug|$C200|$NPM_FONT_DIR|1" "Noto Serif Thai|r200aug|$C200|$NPM_FONT_DIR|1"; do
  IFS='|' read -r f vname opts fdir aug <<< "$spec"
  [ -d "$fdir" ] || continue
  base="$WORK/render/LEADER_$(echo "$f" | tr -d ' ')_${vname}"
  cp "$WORK/text/memo_lines.txt" "$base.gt.txt"
  echo "$f|$base|$opts|$fdir|$aug" >> "$WORK/render/leader_jobs.txt"
done
leader_one() {
  IFS='|' read -r font base opts fdir aug <<< "$1"
  [ -s "$base.lstmf" ] && return 0
  local fc="$WORK/fc"; [ "$fdir" = "$TLWG_DIR" ] || fc="$WORK/fc2"
  # shellcheck disable=SC2086
  $NICE text2image --text "$base.gt.txt" --outputbase "$base" --font "$font" \
     --fonts_dir "$fdir" --fontconfig_tmpdir "$fc" --ptsize 16 --leading 16 \
     --strip_unrenderable_words $opts > "$base.log" 2>&1
  $NICE /usr/bin/python3 "$TRAIN_DIR/add_leaders.py" "$base" >> "$base.log" 2>&1 || { echo "add_leaders FAILED $base"; return 0; }
  if [ "$aug" = 1 ]; then
    mv "$base.tif" "$base.src.tif"; mv "$base.box" "$base.src.box"
    $NICE /usr/bin/python3 "$TRAIN_DIR/augment.py" "$base.src" "$base" --seed "$(echo "$base" | cksum | cut -d' ' -f1)" >> "$base.log" 2>&1
    rm -f "$base.src.tif" "$base.src.box"
  fi
  $NICE tesseract "$base.tif" "$base" --psm 6 lstm.train >> "$base.log" 2>&1
  [ "$aug" = 1 ] && rm -f "$base.tif"
  grep -h 'Loaded' "$base.log" | tail -1 | sed "s|^|$(basename "$base"): |"
}
export -f leader_one
tr '\n' '\0' < "$WORK/render/leader_jobs.txt" | xargs -0 -P "$JOBS" -I{} bash -c 'leader_one "$@"' _ {}

# second set: npm fonts + scan-like augmentation + the letters ๊ ๋ ฆ ฌ ฃ ฅ ฦ ๅ ฺ ํ (render2.sh -> work/render2)
[ "${SKIP_RENDER2:-0}" = 1 ] || "$TRAIN_DIR/render2.sh" --jobs "$JOBS"
# third set (session 3): large (20-32 pt) regular/bold header lines, tone-mark words, ๓/๑ runs (work/render3)
[ "${SKIP_RENDER3:-0}" = 1 ] || "$TRAIN_DIR/render3.sh" --jobs "$JOBS" --shard 250
# fourth set (session 4): digit-dense body-size lines, round-๓ Kinnari faces, 6 more npm faces (work/render4)
[ "${SKIP_RENDER4:-0}" = 1 ] || "$TRAIN_DIR/render4.sh" --jobs "$JOBS"
# training list: session-1, -3 and -4 renderings listed twice, session-2 once (see mklist.sh)
"$TRAIN_DIR/mklist.sh"
