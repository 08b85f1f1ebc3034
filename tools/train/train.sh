#!/usr/bin/env bash
# Train tha_gov from scratch (or resume) with ONE nice'd, single-threaded lstmtraining.
#   train.sh [--resume] [--max-iterations N] [--minutes M] [--net-spec SPEC] [--learning-rate R]
#   train.sh --continue-from CKPT --old-traineddata OLD_STARTER [--learning-rate R] [--max-iterations N] ...
# --resume continues from checkpoint/tha_gov_latest.checkpoint (or the work dir's newer one),
#   keeping the iteration count, so --max-iterations is the TOTAL to reach.
# --continue-from starts a NEW run from a trained checkpoint whose unicharset was OLD_STARTER's,
#   remapped to the current starter (work/lang, e.g. after adding characters): iterations restart at
#   0, the network spec comes from the checkpoint and the stored learning rates are reset to
#   --learning-rate. CKPT and OLD_STARTER are copied to work/prev/ first (the committed checkpoint and
#   starter are replaced by the new run's). Afterwards --resume continues the new run.
# Only the latest checkpoint is kept: best-model checkpoints are deleted as they appear and the
# latest one is copied to checkpoint/tha_gov_latest.checkpoint every 20 s; when training stops it is
# also xz-compressed to checkpoint/tha_gov_latest.checkpoint.xz, the file that is committed (the raw
# checkpoint grew to ~29 MB once lstmtraining added a sub-trainer; compressed ~14 MB < 20 MB).
source "$(dirname "$0")/common.sh"
RESUME=0; MAXIT=40000; MINUTES=0; NET="$NET_SMALL"; LR=0.002; CONT=""; OLDTD=""
while [ $# -gt 0 ]; do case "$1" in
  --resume) RESUME=1; shift;;
  --continue-from) CONT=$2; shift 2;; --old-traineddata) OLDTD=$2; shift 2;; --max-iterations) MAXIT=$2; shift 2;; --minutes) MINUTES=$2; shift 2;;
  --net-spec) NET=$2; shift 2;; --learning-rate) LR=$2; shift 2;;
  *) echo "unknown arg $1"; exit 2;; esac; done
STARTER="$WORK/lang/$LANG_NAME/$LANG_NAME.traineddata"
COMMITTED_STARTER="$CKPT_DIR/${LANG_NAME}_starter.traineddata"
if [ "$RESUME" = 1 ] && [ -s "$COMMITTED_STARTER" ]; then
  # the checkpoint belongs to this unicharset/recoder: never resume with a regenerated one
  STARTER="$COMMITTED_STARTER"
fi
[ -s "$STARTER" ] || { echo "run starter.sh first"; exit 1; }
[ -s "$WORK/train_list.txt" ] || { echo "run render.sh first"; exit 1; }
OUT="$WORK/out"; mkdir -p "$OUT" "$CKPT_DIR"
EXTRA=()
if [ -n "$CONT" ]; then
  [ "$RESUME" = 0 ] || { echo "--continue-from and --resume exclude each other"; exit 2; }
  [ -s "$CONT" ] && [ -s "$OLDTD" ] || { echo "--continue-from needs CKPT and --old-traineddata OLD_STARTER"; exit 2; }
  mkdir -p "$WORK/prev"
  for f in "$CONT" "$OLDTD"; do
    [ "$(cd "$(dirname "$f")" && pwd)" = "$WORK/prev" ] || cp "$f" "$WORK/prev/$(basename "$f")"
  done
  CONT="$WORK/prev/$(basename "$CONT")"; OLDTD="$WORK/prev/$(basename "$OLDTD")"
  EXTRA=(--continue_from "$CONT" --old_traineddata "$OLDTD" --reset_learning_rate)
  [ -s "$OUT/train.log" ] && mv "$OUT/train.log" "$OUT/train.$(date +%Y%m%d%H%M).log"
fi
if [ "$RESUME" = 1 ]; then
  unpack_latest
  if [ ! -s "$OUT/${LANG_NAME}_checkpoint" ] || { [ -s "$LATEST_CKPT" ] && [ "$LATEST_CKPT" -nt "$OUT/${LANG_NAME}_checkpoint" ]; }; then
    [ -s "$LATEST_CKPT" ] || { echo "no checkpoint to resume from"; exit 1; }
    cp "$LATEST_CKPT" "$OUT/${LANG_NAME}_checkpoint"
  fi
  echo "resuming from $OUT/${LANG_NAME}_checkpoint"
else
  rm -f "$OUT"/*.checkpoint "$OUT/${LANG_NAME}_checkpoint"
fi
NCLASS=$(head -1 "$WORK/lang/unicharset")
NET=${NET//###/$NCLASS}
echo "$NET" > "$OUT/net_spec.txt"

save_latest() {
  [ "$STARTER" = "$COMMITTED_STARTER" ] || cp "$STARTER" "$COMMITTED_STARTER"
  if [ -s "$OUT/${LANG_NAME}_checkpoint" ]; then
    cp "$OUT/${LANG_NAME}_checkpoint" "$LATEST_CKPT.tmp" && mv "$LATEST_CKPT.tmp" "$LATEST_CKPT"
  fi
  find "$OUT" -name "${LANG_NAME}_[0-9]*.checkpoint" -delete 2>/dev/null || true
}
LOG="$OUT/train.log"
$NICE lstmtraining \
  --traineddata "$STARTER" \
  --net_spec "$NET" \
  --model_output "$OUT/$LANG_NAME" \
  --train_listfile "$WORK/train_list.txt" \
  --learning_rate "$LR" "${EXTRA[@]}" \
  --max_iterations "$MAXIT" \
  --target_error_rate 0.001 \
  --debug_interval 0 >> "$LOG" 2>&1 &
PID=$!
echo "$PID" > "$OUT/lstmtraining.pid"
# (set -e is on: every command in the trap must not fail, or the checkpoint would not be saved)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; save_latest; pack_latest || true; rm -f "$OUT/lstmtraining.pid"; exit 130' INT TERM
start=$(date +%s)
while kill -0 "$PID" 2>/dev/null; do
  sleep 20
  save_latest
  if [ "$MINUTES" -gt 0 ] && [ $(( $(date +%s) - start )) -ge $(( MINUTES * 60 )) ]; then
    echo "time limit ($MINUTES min) reached, stopping lstmtraining $PID" | tee -a "$LOG"
    kill "$PID"; wait "$PID" 2>/dev/null || true
  fi
done
wait "$PID" 2>/dev/null || true
save_latest
pack_latest   # checkpoint/tha_gov_latest.checkpoint.xz is what gets committed
rm -f "$OUT/lstmtraining.pid"
grep -E '^At iteration' "$LOG" | tail -3
ls -la "$LATEST_CKPT" "$LATEST_XZ"
