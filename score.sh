#!/usr/bin/env bash
# Parses every corpus transcript with the CLI and scores it with the shared scorer.
# usage: ./score.sh [--quiet]   (set SET=seeds|memos|all)
set -euo pipefail
cd "$(dirname "$0")"
corpus=../shared/corpus
out=$(mktemp -d)
dotnet build src/ThaiGovDocs.Cli -c Release -v q -nologo >/dev/null
cli=src/ThaiGovDocs.Cli/bin/Release/net10.0/ThaiGovDocs.Cli.dll
args=()
set_name=${SET:-all}
if [[ $set_name != memos ]]; then
  for f in "$corpus"/seeds/*.txt; do
    b=$(basename "$f" .txt)
    dotnet "$cli" read "$f" > "$out/$b.json"
    args+=(--gold "$corpus/seeds/$b.expected.json" --pred "$out/$b.json")
  done
fi
if [[ $set_name != seeds ]]; then
  for f in "$corpus"/memos/*.transcript.txt; do
    b=$(basename "$f" .transcript.txt)
    dotnet "$cli" read "$f" > "$out/$b.json"
    args+=(--gold "$corpus/memos/$b.expected.json" --pred "$out/$b.json")
  done
fi
python3 "$corpus/../tools/score.py" "${args[@]}" "$@"
