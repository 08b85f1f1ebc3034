#!/usr/bin/env bash
# Turn the latest checkpoint into tessdata/tha_gov.traineddata (float weights; --convert_to_int
# makes a smaller/faster model: package.sh --int) and measure it on the held-out Norasi lines.
# PACKAGE_OUT=path writes the model elsewhere than tessdata/ (snapshots while training runs).
source "$(dirname "$0")/common.sh"
INT=0; [ "${1:-}" = "--int" ] && INT=1
CK="${PACKAGE_CKPT:-$WORK/out/${LANG_NAME}_checkpoint}"   # PACKAGE_CKPT: package another checkpoint (e.g. a copy)
[ -s "$CK" ] || { unpack_latest; CK="$LATEST_CKPT"; }
STARTER="$CKPT_DIR/${LANG_NAME}_starter.traineddata"      # the unicharset the checkpoint was trained with
[ -s "$STARTER" ] || STARTER="$WORK/lang/$LANG_NAME/$LANG_NAME.traineddata"
mkdir -p "$REPO_ROOT/tessdata"
OUTM="${PACKAGE_OUT:-$REPO_ROOT/tessdata/$LANG_NAME.traineddata}"
args=(--stop_training --continue_from "$CK" --traineddata "$STARTER" --model_output "$OUTM.tmp")
[ "$INT" = 1 ] && args+=(--convert_to_int)
$NICE lstmtraining "${args[@]}" > "$WORK/package.log" 2>&1
# make sure the config component is there (Thai must not be spaced out character by character)
printf 'preserve_interword_spaces 1\n' > "$WORK/$LANG_NAME.config"
combine_tessdata -o "$OUTM.tmp" "$WORK/$LANG_NAME.config" >> "$WORK/package.log" 2>&1
mv "$OUTM.tmp" "$OUTM"; rm -f "$OUTM.tmp.__tmp__"
ls -la "$OUTM"
if [ -s "$WORK/eval_list.txt" ] && [ "${SKIP_LSTMEVAL:-0}" != 1 ]; then
  for f in $(cat "$WORK/eval_list.txt"); do
    echo "== lstmeval $(basename "$f")"
    echo "$f" > "$WORK/one_eval.txt"   # (lstmeval cannot read a <(...) pipe)
    $NICE lstmeval --model "$OUTM" --eval_listfile "$WORK/one_eval.txt" 2>&1 | grep -E 'BCER' | tail -1
  done
fi
