#!/usr/bin/env python3
"""Renders Thai letters of known text (tools/pagegen/letter-*.txt) as page images, clean and degraded.

Rendering: Debian's text2image (tesseract-ocr) with Laksaman (fonts-thai-tlwg, metrically close to TH Sarabun PSK),
16 pt at 300 dpi on A4. Degradation: Leptonica through ctypes (liblept5), no other packages.
Usage: tools/pagegen/pagegen.py OUTDIR   -> OUTDIR/<letter>-<variant>.{png,jpg} + .gt.txt
"""
import ctypes, ctypes.util, os, random, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
lept = None
for name in ("liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so"):
    try:
        lept = ctypes.CDLL(name); break
    except OSError:
        pass
if lept is None:
    sys.exit("Leptonica not found: sudo apt-get install liblept5")

P = ctypes.c_void_p
for fn, res, argtypes in [
    ("pixRead", P, [ctypes.c_char_p]),
    ("pixConvertTo8", P, [P, ctypes.c_int]),
    ("pixRotate", P, [P, ctypes.c_float, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    ("pixBlockconv", P, [P, ctypes.c_int, ctypes.c_int]),
    ("pixAddGaussianNoise", P, [P, ctypes.c_float]),
    ("pixScale", P, [P, ctypes.c_float, ctypes.c_float]),
    ("pixSetResolution", ctypes.c_int, [P, ctypes.c_int, ctypes.c_int]),
    ("pixWriteJpeg", ctypes.c_int, [ctypes.c_char_p, P, ctypes.c_int, ctypes.c_int]),
    ("pixWrite", ctypes.c_int, [ctypes.c_char_p, P, ctypes.c_int]),
    ("pixGetWidth", ctypes.c_int, [P]), ("pixGetHeight", ctypes.c_int, [P]),
    ("pixGetPixel", ctypes.c_int, [P, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_uint32)]),
    ("pixSetPixel", ctypes.c_int, [P, ctypes.c_int, ctypes.c_int, ctypes.c_uint32]),
    ("pixMultConstAccumulate", ctypes.c_int, [P, ctypes.c_float, ctypes.c_uint32]),
    ("pixRenderLine", ctypes.c_int, [P, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    ("pixRasterop", ctypes.c_int, [P, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, P, ctypes.c_int, ctypes.c_int]),
    ("pixCreate", P, [ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    ("pixSetAll", ctypes.c_int, [P]),
    ("pixClearInRect", ctypes.c_int, [P, P]),
    ("pixAddConstantGray", ctypes.c_int, [P, ctypes.c_int]),
]:
    f = getattr(lept, fn); f.restype = res; f.argtypes = argtypes
IFF_PNG = 3
PIX_SET, PIX_CLR = 0xF << 1 if False else 30, 0  # PIX_SET = ~PIX_DST & ... (unused)

def render(text_path, base):
    """text2image renders the text with the line breaks of the file; returns the 8-bit page and the .box path."""
    subprocess.run(["text2image", f"--text={text_path}", f"--outputbase={base}", "--font=Laksaman",
                    "--fonts_dir=/usr/share/fonts/truetype/tlwg", "--ptsize=16", "--resolution=300",
                    "--xsize=2480", "--ysize=3508", "--margin=250", "--leading=40",
                    "--degrade_image=false", "--rotate_image=false", "--white_noise=false",
                    "--strip_unrenderable_words=false", "--find_fonts=false"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return lept.pixConvertTo8(lept.pixRead(f"{base}.tif".encode()), 0), f"{base}.box"

def line_bottoms(box_path, height, count):
    """Bottom edges (top-origin pixels) of the first `count` text lines, from text2image's box file."""
    bottoms = []
    for line in open(box_path, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 6 or parts[0] == "\t":
            continue
        bottom = height - int(parts[2])
        if not bottoms or abs(bottom - bottoms[-1]) > 40:
            bottoms.append(bottom)
        else:
            bottoms[-1] = max(bottoms[-1], bottom)
    return sorted(set(bottoms))[:count]

def dotted_lines(pix, ys, x0, x1):
    """Dotted leader lines as printed on the memo form: 3-px dots every 12 px, just under the text baseline."""
    for y in ys:
        for x in range(x0, x1, 12):
            for dx in range(3):
                for dy in range(3):
                    lept.pixSetPixel(pix, x + dx, y + 6 + dy, 0)

def uneven_light(pix):
    """A shadow darkening towards the right edge, like a page not flat on the glass."""
    w, h = lept.pixGetWidth(pix), lept.pixGetHeight(pix)
    v = ctypes.c_uint32()
    for y in range(0, h, 1):
        for x in range(w * 2 // 3, w, 1):
            lept.pixGetPixel(pix, x, y, ctypes.byref(v))
            shade = int(90 * (x - w * 2 // 3) / (w / 3))
            lept.pixSetPixel(pix, x, y, max(0, v.value - shade))

def main(out):
    os.makedirs(out, exist_ok=True)
    random.seed(7)
    tmp = tempfile.mkdtemp()
    try:
        for name in ("letter-memo", "letter-external"):
            text = os.path.join(HERE, name + ".txt")
            pix, box = render(text, os.path.join(tmp, name))
            w, h = lept.pixGetWidth(pix), lept.pixGetHeight(pix)
            lept.pixSetResolution(pix, 300, 300)
            variants = {}
            if name == "letter-memo":
                dotted_lines(pix, line_bottoms(box, h, 4)[1:4], 250, w - 250)
            variants["clean"] = (pix, "png")
            # Degraded: 1.5° skew, blur, noise, uneven light, then a 200-dpi JPEG like the memo scans.
            d = lept.pixRotate(pix, ctypes.c_float(0.026), 1, 1, 0, 0)
            d = lept.pixBlockconv(d, 1, 1)
            d = lept.pixAddGaussianNoise(d, ctypes.c_float(18.0))
            if name == "letter-external":
                uneven_light(d)
            d = lept.pixScale(d, ctypes.c_float(2 / 3), ctypes.c_float(2 / 3))
            lept.pixSetResolution(d, 200, 200)
            variants["degraded"] = (d, "jpg")
            for variant, (p, ext) in variants.items():
                dest = os.path.join(out, f"{name}-{variant}.{ext}")
                if ext == "png":
                    lept.pixWrite(dest.encode(), p, IFF_PNG)
                else:
                    lept.pixWriteJpeg(dest.encode(), p, 60, 0)
                shutil.copyfile(text, os.path.join(out, f"{name}-{variant}.gt.txt"))
                print(dest)
    finally:
        shutil.rmtree(tmp)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "testdata", "pages"))
