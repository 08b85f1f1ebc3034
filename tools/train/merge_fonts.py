#!/usr/bin/python3
"""Merge a Fontsource Thai-subset WOFF2 and its Latin-subset WOFF2 into one TTF, so text2image
(which loads a single font file) can render Thai, Latin letters and ASCII digits in one line.
Needs Debian's python3-fonttools + python3-brotli (hence /usr/bin/python3, not a pyenv python).
Usage: merge_fonts.py THAI.woff2 LATIN.woff2 OUT.ttf"""
import os
import sys
import tempfile

from fontTools.merge import Merger
from fontTools.ttLib import TTFont


def main():
    thai, latin, out = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, f in enumerate((thai, latin)):
            t = TTFont(f)
            t.flavor = None  # WOFF2 -> plain sfnt
            p = os.path.join(d, f"{i}.ttf")
            t.save(p)
            paths.append(p)
        merged = Merger().merge(paths)  # name table etc. from the first (Thai) font
        merged.save(out)
    cmap = TTFont(out).getBestCmap()
    need = [chr(c) for c in range(0x0E01, 0x0E3B) if c not in (0x0E3B,)] + list("๐๑๒๓๔๕๖๗๘๙ำAZaz09@/.")
    missing = [c for c in need if ord(c) not in cmap]
    print(f"{os.path.basename(out)}: {len(cmap)} code points" + (f", MISSING {''.join(missing)}" if missing else ""))


if __name__ == "__main__":
    main()
