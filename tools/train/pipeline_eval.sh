#!/usr/bin/env bash
# Judge a candidate model IN THE PROJECT'S PIPELINE (what decides adoption), next to the shipped one:
#   1. SET=pdf ./score.sh --skip-handwritten  (model copied over tessdata/tha_gov.traineddata)
#   2. tools/OcrEval "default" on the 5 memo PDFs (THAIGOVDOCS_TESSDATA, CER vs the transcripts) and on the
#      4 testdata/pages (synthetic CER per page set + Thai digits)
#   3. dotnet test tests/ThaiGovDocs.Ocr.Tests -c Release
# For 1-3 the candidate is copied over tessdata/tha_gov.traineddata and the shipped file is put
# back afterwards (from a copy; also on errors/interrupts).
# Usage: pipeline_eval.sh MODEL [--skip-tests] [--skip-ocreval] [--fields FILE]   (output: summary on stdout;
#   --fields keeps score.py's per-field ok/MISS listing, to compare checkpoints field by field)
source "$(dirname "$0")/common.sh"
MODEL=$(readlink -f "$1"); shift
TESTS=1; OCREVAL=1; FIELDS=/dev/null
while [ $# -gt 0 ]; do case "$1" in
  --skip-tests) TESTS=0; shift;; --skip-ocreval) OCREVAL=0; shift;; --fields) FIELDS=$(readlink -f "$2"); shift 2;;
  *) echo "unknown arg $1"; exit 2;; esac; done
cd "$REPO_ROOT"
tmp=$(mktemp -d); SHIPPED="$REPO_ROOT/tessdata/$LANG_NAME.traineddata"
cp "$SHIPPED" "$tmp/shipped.traineddata"
restore() { cmp -s "$tmp/shipped.traineddata" "$SHIPPED" || cp "$tmp/shipped.traineddata" "$SHIPPED"; rm -rf "$tmp"; }
trap restore EXIT
echo "model: $MODEL ($(stat -c %s "$MODEL") bytes)"
echo -n "memo PDFs: "
# (session 4: the CLI's default path, with the model in tessdata/: since the letter pass the pipeline also
# loads stock tha beside tha_gov, so a renamed model in a folder of its own no longer works)
cmp -s "$MODEL" "$SHIPPED" || cp "$MODEL" "$SHIPPED"
SET=pdf $NICE ./score.sh --skip-handwritten | tee "$FIELDS" | grep SCORE
if [ "$OCREVAL" = 1 ]; then   # CER of the same pipeline on the memo scans (vs the typed transcripts)
  mkdir -p "$tmp/td"; cp "$MODEL" "$tmp/td/$LANG_NAME.traineddata"; cp tessdata/eng.traineddata tessdata/tha.traineddata "$tmp/td/"
  dotnet build tools/OcrEval -c Release -v q -nologo > /dev/null
  echo -n "memo PDFs OcrEval: "
  THAIGOVDOCS_TESSDATA="$tmp/td" $NICE dotnet run --no-build -c Release --project tools/OcrEval -- default "$SHARED"/corpus/memos/*.pdf | tail -1
fi
[ "$OCREVAL" = 1 ] || [ "$TESTS" = 1 ] || exit 0
cmp -s "$MODEL" "$SHIPPED" || cp "$MODEL" "$SHIPPED"
dotnet build tools/OcrEval -c Release -v q -nologo > /dev/null
if [ "$OCREVAL" = 1 ]; then
  echo "OcrEval default (testdata/pages):"
  $NICE dotnet run --no-build -c Release --project tools/OcrEval -- default testdata/pages/*.png testdata/pages/*.jpg | sed 's/^/  /'
fi
if [ "$TESTS" = 1 ]; then
  echo -n "OCR tests: "
  $NICE dotnet test tests/ThaiGovDocs.Ocr.Tests -c Release 2>&1 | grep -E '^(Passed!|Failed!)|\[FAIL\]|Failed [A-Za-z]' | head -20
fi
