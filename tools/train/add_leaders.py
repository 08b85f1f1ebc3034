#!/usr/bin/python3
"""Draw memo-style dotted leader lines along the baseline of every text line of a text2image
rendering (BASE.tif + BASE.box), in place. The box file stays valid (the dots are not text).
Needs Debian's python3-pil (hence /usr/bin/python3).
Usage: add_leaders.py BASE [--seed N]

(Session 1's version drew with ImageMagick and died on `identify BASE.tif`, "cache resources
exhausted" by the policy limits for a 20-page TIFF, so its leader renderings had NO dots.)"""
import random
import statistics
import sys

from PIL import Image, ImageDraw, ImageSequence

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
    src = Image.open(base + ".tif")
    dpi = src.info.get("dpi", (300, 300))[0] or 300
    pages = []
    for p, im in enumerate(ImageSequence.Iterator(src)):
        im = im.convert("L")
        w, h = im.size
        d = ImageDraw.Draw(im)
        k = dpi / 200.0  # leader dots as printed on the บันทึกข้อความ form at 200 dpi: ~2 px dots every ~5 px
        for bottom, left, right in lines.get(p, []):
            y = h - bottom + int(rnd.randint(-1, 4) * k)
            x1 = max(0, left - rnd.randint(0, int(60 * k)))
            x2 = min(w - 20, right + rnd.randint(0, int(600 * k)))
            step = max(3, int(rnd.choice([4, 5, 5, 6]) * k))
            size = max(1, int(rnd.choice([1, 2, 2, 3]) * k))
            for x in range(x1, x2, step):
                d.rectangle([x, y, x + size - 1, y + size - 1], fill=0)
        pages.append(im.convert("1") if src.mode == "1" else im)
    pages[0].save(base + ".tif", save_all=True, append_images=pages[1:], compression="tiff_deflate" if src.mode != "1" else "group4",
                  dpi=(dpi, dpi))
    print(f"{base}: leaders on {sum(len(v) for v in lines.values())} lines, {len(pages)} pages")


if __name__ == "__main__":
    main()
