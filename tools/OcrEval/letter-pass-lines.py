#!/usr/bin/env python3
"""What the letter pass does line by line, and what a gate on tha_gov's word confidences would save and lose.

usage: OCREVAL_LETTERS=trace.tsv dotnet run --no-build --project tools/OcrEval -c Release -- default PAGES...
       python3 tools/OcrEval/letter-pass-lines.py trace.tsv [trace.tsv...]

Each line of the trace (LetterPassTrace) is scored against its page's ground truth (X.transcript.txt or X.gt.txt beside the
page): the edit distance of the tha_gov reading and of the joined reading to the closest stretch of the ground truth,
normalised as OcrEval's CER (no white space, ํา as ำ). A change is a fix when it brings the line closer, a harm when it
takes it further. For each threshold, the lines whose least word confidence reaches it are the ones a gate would not read:
their share of the pass's width (its LSTM time follows width) and the fixes lost and harms avoided there, in CER points.
Needs numpy (python3-numpy).
"""
import os
import sys
import unicodedata

import numpy as np


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u0e4d\u0e32', '\u0e33')
    return ''.join(c for c in s if not c.isspace() and c not in '\u200b\u200c\u200d\ufeff\f')


def distance_to_closest_stretch(q, ref):
    """min over substrings of ref of edit(q, substring): semi-global alignment, one numpy row per character of q."""
    idx = np.arange(len(ref) + 1, dtype=np.int32)
    prev = np.zeros(len(ref) + 1, dtype=np.int32)
    for i, ch in enumerate(q, 1):
        cur = np.empty_like(prev)
        cur[0] = i
        cur[1:] = np.minimum(prev[:-1] + (ref != ord(ch)), prev[1:] + 1)
        prev = np.minimum.accumulate(cur - idx) + idx  # insertions along the row
    return int(prev.min())


def truth_of(page):
    stem = os.path.splitext(page)[0]
    for ext in ('.transcript.txt', '.gt.txt'):
        if os.path.exists(stem + ext):
            return open(stem + ext, encoding='utf-8').read()
    raise SystemExit('no ground truth beside ' + page)


def read(paths):
    rows, ref_chars, ref = [], 0, None
    for path in paths:
        for raw in open(path, encoding='utf-8'):
            raw = raw.rstrip('\n')
            if raw.startswith('# '):
                truth = norm(truth_of(raw[2:]))
                ref_chars += len(truth)
                ref = np.array([ord(c) for c in truth], dtype=np.int32)
                continue
            box, conf, least, _, page, letters, joined = raw.split('\t')[:7]
            l, _, r, _ = map(int, box.split(','))
            row = dict(width=r - l, conf=float(conf), least=float(least) if least else None, read=letters != '', page=page, joined=joined)
            row['dp'] = row['dj'] = 0
            if norm(joined) != norm(page):
                row['dp'] = distance_to_closest_stretch(norm(page), ref)
                row['dj'] = distance_to_closest_stretch(norm(joined), ref)
            rows.append(row)
    return rows, ref_chars


def main():
    rows, ref_chars = read(sys.argv[1:])
    changed = [r for r in rows if r['dp'] != r['dj'] or norm(r['joined']) != norm(r['page'])]
    fixes = [r for r in changed if r['dj'] < r['dp']]
    harms = [r for r in changed if r['dj'] > r['dp']]
    print(f"{len(rows)} lines, {ref_chars} ground-truth characters; the pass changed {len(changed)} lines: "
          f"{len(fixes)} fixes ({sum(r['dp'] - r['dj'] for r in fixes)} characters), {len(harms)} harms ({sum(r['dj'] - r['dp'] for r in harms)})")
    width = sum(r['width'] for r in rows)
    print(f"{'skip when':28s} {'lines':>9s} {'width':>6s} {'fix lines':>9s} {'chars':>6s} {'harm lines':>10s} {'chars':>6s} {'dCER pp':>8s}")
    gates = [(f'least word conf >= {t:.2f}', lambda r, t=t: r['least'] is not None and r['least'] >= t) for t in (0.80, 0.85, 0.90)]
    gates += [(f'line conf >= {t:.2f}', lambda r, t=t: r['conf'] >= t) for t in (0.90, 0.92)]
    for name, skip in gates:
        s = [r for r in rows if skip(r)]
        lost = [r for r in s if r['dj'] < r['dp']]
        avoided = [r for r in s if r['dj'] > r['dp']]
        net = sum(r['dp'] - r['dj'] for r in lost) - sum(r['dj'] - r['dp'] for r in avoided)
        print(f"{name:28s} {len(s):4d}/{len(rows):<4d} {100 * sum(r['width'] for r in s) / width:5.1f}% {len(lost):9d} "
              f"{sum(r['dp'] - r['dj'] for r in lost):6d} {len(avoided):10d} {sum(r['dj'] - r['dp'] for r in avoided):6d} {100 * net / ref_chars:+8.2f}")


if __name__ == '__main__':
    main()
