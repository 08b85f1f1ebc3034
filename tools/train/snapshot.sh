#!/usr/bin/env bash
# While train.sh runs: package a COPY of the current checkpoint as an integer model in
# work/snap/tha_gov_<iteration>.traineddata, lstmeval it on the held-out lists and run eval.py
# (stock vs this snapshot, memo scans included) -> work/snap/report_<iteration>.md.
#   snapshot.sh [--no-eval]
source "$(dirname "$0")/common.sh"
mkdir -p "$WORK/snap"
it=$(grep -E '^At iteration' "$WORK/out/train.log" | tail -1 | sed -E 's|^At iteration [0-9]+/([0-9]+)/.*|\1|')
cp "$WORK/out/${LANG_NAME}_checkpoint" "$WORK/snap/ck_$it.checkpoint"
PACKAGE_CKPT="$WORK/snap/ck_$it.checkpoint" PACKAGE_OUT="$WORK/snap/tha_gov_$it.traineddata" SKIP_LSTMEVAL=1 \
  "$TRAIN_DIR/package.sh" --int > /dev/null
rm -f "$WORK/snap/ck_$it.checkpoint"
echo "snapshot at iteration $it: $WORK/snap/tha_gov_$it.traineddata"
"$TRAIN_DIR/ckpt_eval.sh" "$WORK/snap/tha_gov_$it.traineddata"
[ "${1:-}" = "--no-eval" ] || python3 "$TRAIN_DIR/eval.py" --model "$WORK/snap/tha_gov_$it.traineddata" --configs stock,ours \
   --out "$WORK/snap/report_$it.md" | grep -E '^(page|memos|line)' | grep -v stock
