#!/usr/bin/env bash
# Installs what is missing, builds the tool and reads a sample letter (default: the typed letter in testdata/).
# usage: scripts/run-sample.sh [FILE] [read options...]
#   e.g. scripts/run-sample.sh testdata/pages/letter-external-clean.png   (a scanned page, through OCR)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
file=${1:-testdata/sample-letter.txt}
shift || true
dotnet build src/ThaiGovDocs.Cli -c Release -v q -nologo >/dev/null
dotnet src/ThaiGovDocs.Cli/bin/Release/net10.0/ThaiGovDocs.Cli.dll read "$file" "$@"
