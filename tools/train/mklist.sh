#!/usr/bin/env bash
# Write work/train_list.txt and work/eval_list.txt from the rendered .lstmf files (called by render.sh).
# lstmtraining reads the training list round-robin, one file after the other, so a file's share of
# the samples is set by how often it is listed. Session 3 lists the session-1 renderings (work/render,
# 16 pt TLWG, 1-bit) and the large/bold header renderings (work/render3) twice and the session-2 set
# (work/render2, npm fonts and augmented pages) once, so the model does not forget the clean TLWG print
# it learned in session 1; the Latin-line renderings of render3.sh (LATIN_*) are listed once:
# 48 / 76 / 55 / 24 files -> 96 / 76 / 110 / 24 entries, about 31 % / 25 % / 36 % / 8 % of the samples.
# Session 4 adds work/render4 (digit-dense body-size lines, 63 files), listed twice by default:
# 96 / 76 / 110 / 24 / 126 entries, about 22 / 18 / 26 / 6 / 29 % of the samples.
# Session 5 adds work/render5 (render4.sh --set 5: the render4 faces with new digit text without the ๑ weight)
# and lists every set once: --weights 1,1,1,1,0,1.
# Usage: mklist.sh [--weights R1,R2,R3,LATIN,R4[,R5]]   (default 2,1,2,1,2)
source "$(dirname "$0")/common.sh"
W=2,1,2,1,2
while [ $# -gt 0 ]; do case "$1" in --weights) W=$2; shift 2;; *) echo "unknown arg $1"; exit 2;; esac; done
IFS=, read -r w1 w2 w3 w4 w5 w6 <<< "$W"; w5=${w5:-0}; w6=${w6:-0}
rep() { local n=$1; shift; [ $# -gt 0 ] || return 0; for ((i = 0; i < n; i++)); do ls "$@" 2>/dev/null | grep -v '/EVAL_' || true; done; }
{ rep "$w1" "$WORK"/render/*.lstmf; rep "$w2" "$WORK"/render2/*.lstmf; rep "$w3" $(ls "$WORK"/render3/*.lstmf 2>/dev/null | grep -v '/LATIN_'); rep "$w4" "$WORK"/render3/LATIN_*.lstmf; rep "$w5" "$WORK"/render4/*.lstmf; rep "$w6" "$WORK"/render5/*.lstmf; } \
  | shuf --random-source=<(yes) > "$WORK/train_list.txt"
ls "$WORK"/render/EVAL_*.lstmf "$WORK"/render2/EVAL_*.lstmf "$WORK"/render3/EVAL_*.lstmf 2>/dev/null > "$WORK/eval_list.txt" || true
for d in render/ render2/ render3/ render3/LATIN_ render4/ render5/; do echo "$d: $(grep -c "/$d" "$WORK/train_list.txt") list entries"; done
echo "train list: $(wc -l < "$WORK/train_list.txt")  eval lstmf: $(wc -l < "$WORK/eval_list.txt")"
