#!/usr/bin/env bash
# The test command of the README: every test project of the solution, in Release, with a one-line summary.
set -euo pipefail
cd "$(dirname "$0")/.."
# The corpus tests read ../shared/corpus in place (it is never copied into the project): say so once, not in 300 failures.
if [[ ! -d ../shared/corpus ]]; then
  echo "test.sh: the shared corpus is missing: expected $(cd .. && pwd)/shared/corpus beside this checkout (clone the repository next to shared/)" >&2
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ThaiGovDocs.sln -c Release --nologo 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then
  exit 1
fi
