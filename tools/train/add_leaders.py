#!/usr/bin/env python3
"""Draw memo-style dotted leader lines along the baseline of every text line of a text2image
rendering (BASE.tif + BASE.box), in place. The box file stays valid (the dots are not text).
Usage: add_leaders.py BASE [--seed N]"""
import os, random, statistics, subprocess, sys, tempfile

CONVERT = "/usr/bin/convert"
MARKS = set(chr(c) for c in range(0x0E31, 0x0E3B)) | set(chr(c) for c in range(0x0E47, 0x0E4F))
LOW = set("ฎฏฤฦ,;()/")


def main():
    base = sys.argv[1]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    lines = {}  # page -> list of (baseline_bottom, left, right)
    cur = []
    for raw in open(base + ".box", encoding="utf-8"):
        parts = raw.rstrip("\n").split(" ")
        ch, (l, b, r, t, p) = parts[0], map(int, parts[-5:])
        if ch == "\t" or raw.startswith("\t"):
            if cur:
                bottoms = [bb for c, bb, *_ in cur if c not in MARKS and c not in LOW] or [bb for _, bb, *_ in cur]
                lines.setdefault(p, []).append((int(statistics.median(bottoms)), min(x[2] for x in cur), max(x[3] for x in cur)))
            cur = []
        elif ch.strip():
            cur.append((ch, b, l, r))
    n = int(subprocess.run(["identify", "-format", "%n\n", base + ".tif"], capture_output=True, text=True).stdout.split()[0])
    with tempfile.TemporaryDirectory() as td:
        pages = []
        for p in range(n):
            h, w = map(int, subprocess.run(["identify", "-format", "%h %w", f"{base}.tif[{p}]"], capture_output=True, text=True).stdout.split())
            draws = []
            for bottom, left, right in lines.get(p, []):
                y = h - bottom + rnd.randint(0, 4)
                x1 = max(0, left - rnd.randint(0, 40))
                x2 = min(w - 20, right + rnd.randint(0, 600))
                dash = rnd.choice(["2 5", "2 4", "3 6", "1 3"])
                draws += ["-draw", f"stroke-dasharray {dash} line {x1},{y} {x2},{y}"]
            out = os.path.join(td, f"p{p:03d}.png")
            subprocess.run([CONVERT, f"{base}.tif[{p}]", "-fill", "none", "-stroke", "black",
                            "-strokewidth", rnd.choice(["1", "2", "2"])] + draws + [out], check=True)
            pages.append(out)
        subprocess.run([CONVERT] + pages + ["-compress", "lzw", base + ".tif"], check=True)


if __name__ == "__main__":
    main()
