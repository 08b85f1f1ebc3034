#!/usr/bin/env bash
# Times LetterParser.Parse on 100 KB and 1 MB inputs (UTF-16: 50,000 and 500,000 chars) of several shapes — corpus text,
# corpus text mutated by the property-test mutator, and adversarial shapes — and prints the 1 MB / 100 KB ratio.
# Linear is 10×; exits 1 if any ratio is above 12×.
# usage: benchmarks/linearity.sh [SHAPE-SUBSTRING] [--stages]
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project benchmarks/ThaiGovDocs.Benchmarks -- linearity "$@"
