#!/usr/bin/env bash
# Runs the corpus through the CLI and scores it with the shared scorer (quote its SCORE line).
# usage: ./score.sh [score.py options, e.g. --quiet]
#   SET=seeds|memos|pdf|all (default all = seeds + memo transcripts); pdf = the memo scans through OCR
#   READ_ARGS="--text-layer" passes options to `thaigovdocs read` (pdf set only)
set -euo pipefail
cd "$(dirname "$0")"
corpus=../shared/corpus
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/ThaiGovDocs.Cli -c Release -v q -nologo >/dev/null
cli=src/ThaiGovDocs.Cli/bin/Release/net10.0/ThaiGovDocs.Cli.dll
args=()
set_name=${SET:-all}
if [[ $set_name == seeds || $set_name == all ]]; then
  for f in "$corpus"/seeds/*.txt; do
    b=$(basename "$f" .txt)
    dotnet "$cli" read "$f" > "$out/$b.json"
    args+=(--gold "$corpus/seeds/$b.expected.json" --pred "$out/$b.json")
  done
fi
if [[ $set_name == memos || $set_name == all ]]; then
  for f in "$corpus"/memos/*.transcript.txt; do
    b=$(basename "$f" .transcript.txt)
    dotnet "$cli" read "$f" > "$out/$b.json"
    args+=(--gold "$corpus/memos/$b.expected.json" --pred "$out/$b.json")
  done
fi
if [[ $set_name == pdf ]]; then
  for f in "$corpus"/memos/*.pdf; do
    b=$(basename "$f" .pdf)
    # shellcheck disable=SC2086
    dotnet "$cli" read "$f" ${READ_ARGS:-} > "$out/$b.json" || echo "{}" > "$out/$b.json"
    args+=(--gold "$corpus/memos/$b.expected.json" --pred "$out/$b.json")
  done
fi
python3 "$corpus/../tools/score.py" "${args[@]}" "$@"
