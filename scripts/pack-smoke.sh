#!/usr/bin/env bash
# Packs the NuGet packages and the dotnet tool into ./artifacts, installs the tool from there into a temporary folder,
# and runs it on testdata/sample-letter.txt (read) and on testdata/letters (batch). Run by CI after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf artifacts
dotnet pack ThaiGovDocs.sln -c Release -o artifacts -v q -nologo >/dev/null
ls artifacts
for p in ThaiGovDocs ThaiGovDocs.Ocr ThaiGovDocs.Batch ThaiGovDocs.Cli; do
  test -f "artifacts/$p.0.1.0.nupkg" || { echo "pack-smoke: missing artifacts/$p.0.1.0.nupkg" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet tool install --tool-path "$tmp/tool" --add-source ./artifacts ThaiGovDocs.Cli --version 0.1.0 >/dev/null
"$tmp/tool/thaigovdocs" read testdata/sample-letter.txt | python3 -c "import json,sys; d=json.load(sys.stdin); assert d['documents'][0]['kind']=='external', d; print('pack-smoke: read ok')"
# The batch re-invokes the installed tool as its OCR worker: one scan proves that path.
mkdir -p "$tmp/in" && cp testdata/letters/*.txt testdata/pages/letter-external-degraded.jpg "$tmp/in/"
"$tmp/tool/thaigovdocs" batch "$tmp/in" "$tmp/out" --jobs 2 > "$tmp/batch.log" || { cat "$tmp/batch.log"; exit 1; }
test -s "$tmp/out/registry.csv" && test -f "$tmp/out/stamped.txt.json" && test -f "$tmp/out/letter-external-degraded.jpg.json" && echo "pack-smoke: batch ok (text and scan)"
