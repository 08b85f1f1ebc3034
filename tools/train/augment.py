#!/usr/bin/python3
"""Scan-like degradation of a text2image rendering at the SAME geometry, so its box file stays valid:
per page a random mix of thicker/thinner strokes (min/max filter), low-resolution resampling
(down to 40-100 % and back up), blur, ink/paper contrast and gamma, Gaussian noise and JPEG
compression (quality 30-60); written as an 8-bit grey multi-page TIFF.
Needs Debian's python3-pil + python3-numpy (hence /usr/bin/python3).
Usage: augment.py SRC_BASE DST_BASE [--seed N] [--profile scan|header]   (reads SRC_BASE.tif/.box, writes DST_BASE.tif/.box)

--profile header (session 3, render3.sh: large/bold header type): milder and mark-preserving — 25 % of
pages only anti-aliased (light blur, like a rendered PNG); otherwise bolder (3x3 min filter, 30 %) or
thinner (3x3 max filter, 20 %, skipped when it would remove more than 40 % of the ink, so small tone marks
are not erased while the label keeps them), resampling to 50-100 % and back, blur 0.3-1.2, ink 0-70 /
paper 200-255, gamma 0.7-1.4, noise 2-10, JPEG quality 40-85 (70 %)."""
import argparse
import io
import random
import shutil

import numpy as np
from PIL import Image, ImageFilter, ImageSequence


def degrade(im, r, log):
    im = im.convert("L")
    w, h = im.size
    k = r.random()
    if k < 0.30:
        im = im.filter(ImageFilter.MinFilter(3)); log.append("bold")      # ink spreads
    elif k < 0.45:
        im = im.filter(ImageFilter.MaxFilter(3)); log.append("thin")      # faint print
    s = r.uniform(0.4, 1.0)
    if s < 0.95:
        im = im.resize((max(1, int(w * s)), max(1, int(h * s))), Image.BILINEAR).resize((w, h), Image.BILINEAR)
        log.append(f"res{s:.2f}")
    b = r.uniform(0.4, 1.8)
    im = im.filter(ImageFilter.GaussianBlur(b)); log.append(f"blur{b:.1f}")
    a = np.asarray(im, dtype=np.float32) / 255.0
    ink, paper, g = r.uniform(0, 90), r.uniform(190, 255), r.uniform(0.6, 1.6)
    a = paper - (paper - ink) * (1.0 - a) ** g
    n = r.uniform(2, 18)
    a += np.random.default_rng(r.randrange(1 << 30)).normal(0, n, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    log.append(f"ink{ink:.0f}/paper{paper:.0f}/gamma{g:.2f}/noise{n:.0f}")
    if r.random() < 0.85:
        q = r.randint(30, 60)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q)
        buf.seek(0)
        im = Image.open(buf).convert("L"); log.append(f"jpeg{q}")
    return im


def ink(im):
    return int((np.asarray(im) < 128).sum())


def degrade_header(im, r, log):
    im = im.convert("L")
    w, h = im.size
    if r.random() < 0.25:
        b = r.uniform(0.3, 0.8)
        log.append(f"aa{b:.1f}")
        return im.filter(ImageFilter.GaussianBlur(b))
    k = r.random()
    if k < 0.30:
        im = im.filter(ImageFilter.MinFilter(3)); log.append("bold")
    elif k < 0.50:
        t = im.filter(ImageFilter.MaxFilter(3))
        if ink(t) >= 0.6 * ink(im):
            im = t; log.append("thin")
        else:
            log.append("thin-skipped")
    s = r.uniform(0.5, 1.0)
    if s < 0.95:
        im = im.resize((max(1, int(w * s)), max(1, int(h * s))), Image.BILINEAR).resize((w, h), Image.BILINEAR)
        log.append(f"res{s:.2f}")
    b = r.uniform(0.3, 1.2)
    im = im.filter(ImageFilter.GaussianBlur(b)); log.append(f"blur{b:.1f}")
    a = np.asarray(im, dtype=np.float32) / 255.0
    ink_, paper, g = r.uniform(0, 70), r.uniform(200, 255), r.uniform(0.7, 1.4)
    a = paper - (paper - ink_) * (1.0 - a) ** g
    n = r.uniform(2, 10)
    a += np.random.default_rng(r.randrange(1 << 30)).normal(0, n, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    log.append(f"ink{ink_:.0f}/paper{paper:.0f}/gamma{g:.2f}/noise{n:.0f}")
    if r.random() < 0.7:
        q = r.randint(40, 85)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q)
        buf.seek(0)
        im = Image.open(buf).convert("L"); log.append(f"jpeg{q}")
    return im


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", choices=["scan", "header"], default="scan")
    a = ap.parse_args()
    r = random.Random(a.seed)
    src = Image.open(a.src + ".tif")
    pages, logs = [], []
    for p in ImageSequence.Iterator(src):
        log = []
        pages.append((degrade_header if a.profile == "header" else degrade)(p.copy(), r, log))
        logs.append(" ".join(log))
    pages[0].save(a.dst + ".tif", save_all=True, append_images=pages[1:], compression="tiff_adobe_deflate", dpi=(300, 300))
    shutil.copy(a.src + ".box", a.dst + ".box")
    print(f"{a.dst}: {len(pages)} pages; " + " | ".join(logs[:3]))


if __name__ == "__main__":
    main()
