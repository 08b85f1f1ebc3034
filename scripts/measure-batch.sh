#!/usr/bin/env bash
# Measures batch throughput (pages/s, --jobs 1 vs --jobs 2 on the same inputs) and peak memory per worker.
# usage: scripts/measure-batch.sh [PAGES]   (default 8 scanned pages: 300-dpi A4 PNGs from testdata + corpus memo PDFs)
# Not a unit test: timings depend on the machine and its load; report the numbers with `uptime`'s load average.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/ThaiGovDocs.Cli -c Release -v q -nologo >/dev/null
cli=src/ThaiGovDocs.Cli/bin/Release/net10.0/ThaiGovDocs.Cli.dll

mkdir -p "$work/in"
srcs=(testdata/pages/letter-memo-clean.png testdata/pages/letter-external-clean.png ../shared/corpus/memos/memo-000.pdf ../shared/corpus/memos/memo-001.pdf)
for ((i = 0; i < pages; i++)); do
  s=${srcs[$((i % ${#srcs[@]}))]}
  cp "$s" "$work/in/page-$i.${s##*.}"
done

run() { # jobs
  rm -rf "$work/out"
  local start end
  start=$(date +%s.%N)
  dotnet "$cli" batch "$work/in" "$work/out" --jobs "$1" > "$work/log-$1.txt"
  end=$(date +%s.%N)
  local n
  n=$(python3 -c "import json,glob; print(sum(json.load(open(f))['provenance']['pages'] for f in glob.glob('$work/out/*.json')))")
  python3 -c "print(f'jobs $1: {$n} pages in {$end - $start:.1f} s = {$n / ($end - $start):.3f} pages/s')"
  echo "$n $(python3 -c "print($end - $start)")" > "$work/rate-$1"
}

echo "load before: $(uptime)"
run 1
run 2
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
n1, t1 = map(float, open(f"{w}/rate-1").read().split())
n2, t2 = map(float, open(f"{w}/rate-2").read().split())
print(f"speed-up --jobs 2 / --jobs 1: {(n2 / t2) / (n1 / t1):.2f}x (target >= 1.8x)")
PY

# Peak memory of one worker on a 300-dpi A4 page (2480x3508): self-reported VmHWM and the kernel's max RSS of the child.
python3 - "$cli" <<'PY'
import json, os, resource, subprocess, sys
req = {"path": os.path.abspath("testdata/pages/letter-memo-clean.png"), "languages": "tha+eng", "pageSegmentationMode": 3,
       "maxPixels": 100000000, "maxPages": 300, "maxFileBytes": 536870912, "timeoutSeconds": 600}
env = dict(os.environ, DOTNET_GCHeapHardLimit="0x30000000", OMP_THREAD_LIMIT="1")
p = subprocess.Popen(["dotnet", sys.argv[1], "worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
p.stdin.write(json.dumps(req) + "\n"); p.stdin.flush()
line = p.stdout.readline()
p.stdin.close(); p.wait()
r = json.loads(line)
print(f"worker peak working set (self-reported VmHWM): {r['peakWorkingSetBytes'] / 1048576:.0f} MB (target <= 400 MB)")
print(f"worker max RSS (getrusage of the child): {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
PY
echo "load after: $(uptime)"
