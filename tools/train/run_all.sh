#!/usr/bin/env bash
# Whole pipeline. Resumes from checkpoint/tha_gov_latest.checkpoint when it exists.
#   run_all.sh [--max-iterations N] [--minutes M]
source "$(dirname "$0")/common.sh"
MAXIT=60000; MIN=0
while [ $# -gt 0 ]; do case "$1" in
  --max-iterations) MAXIT=$2; shift 2;; --minutes) MIN=$2; shift 2;; *) echo "unknown arg $1"; exit 2;; esac; done
cd "$TRAIN_DIR"
./setup.sh
[ -s "$WORK/train_list.txt" ] || ./render.sh
[ -s "$WORK/lang/$LANG_NAME/$LANG_NAME.traineddata" ] || ./starter.sh
if [ -s "$LATEST_CKPT" ]; then ./train.sh --resume --max-iterations "$MAXIT" --minutes "$MIN"
else ./train.sh --max-iterations "$MAXIT" --minutes "$MIN"; fi
./package.sh
python3 eval.py
