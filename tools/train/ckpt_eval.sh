#!/usr/bin/env bash
# lstmeval of a COPY of the current training checkpoint (or of a given model/checkpoint) on each
# held-out list in work/eval_list.txt (Norasi lines; see README for why not --eval_listfile).
#   ckpt_eval.sh [MODEL_OR_CHECKPOINT [STARTER]]
source "$(dirname "$0")/common.sh"
M=${1:-}; ST=${2:-$CKPT_DIR/${LANG_NAME}_starter.traineddata}
if [ -z "$M" ]; then
  M="$WORK/ckpt_eval.checkpoint"; cp "$WORK/out/${LANG_NAME}_checkpoint" "$M"
  grep -E '^At iteration' "$WORK/out/train.log" | tail -1 | cut -c1-120
fi
args=(--model "$M"); case "$M" in *.checkpoint|*_checkpoint) args+=(--traineddata "$ST");; esac
for f in $(cat "$WORK/eval_list.txt"); do
  echo "$f" > "$WORK/one_eval_ck.txt"
  printf '%-28s ' "$(basename "$f" .lstmf)"
  $NICE lstmeval "${args[@]}" --eval_listfile "$WORK/one_eval_ck.txt" 2>&1 | grep -E 'BCER' | tail -1
done
