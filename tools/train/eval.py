#!/usr/bin/env python3
"""Evaluation harness: stock tha+eng vs tha_gov vs tha_gov+eng (and stock text + tha_gov digits).

  eval.py [--model tessdata/tha_gov.traineddata] [--old-model OLD.traineddata] [--lines 120] [--pages 4]
          [--skip-memos] [--out report.md]
--old-model adds the configurations `old` (that model alone) and `stock+olddigits`, so a new model
and the one it would replace are measured in the same run.

Test material (made here, never used in training):
  * held-out fonts Norasi (TLWG) and Sarabun (npm @fontsource/sarabun), rendered with pango-view
    from text made by gen_text.py with eval seeds (lines never identical to a training line);
  * pages: 300 dpi clean, 200 dpi and 150 dpi "scans" (rotation, blur, noise, JPEG);
  * lines: single lines at 300 dpi and as low-resolution crops 40 px high (blurred, noisy);
  * the 5 real memo scans in ../shared/corpus/memos (embedded JPEG via pdfimages).
Metrics: CER = edit distance / reference length after NFC, ํา->ำ and removal of ALL white space
(Thai has no word spaces; Tesseract inserts spurious ones); Thai-digit accuracy per digit ๐..๙ =
reference digits that are aligned to the identical character in the output (difflib alignment);
CPU seconds per image (user+sys of the tesseract processes, robust to a busy machine).
Tesseract runs with OMP_THREAD_LIMIT=1 under nice.
"""
import argparse
import difflib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
WORK = os.environ.get("THA_GOV_WORK", os.path.join(HERE, "work"))
SHARED = os.path.abspath(os.path.join(REPO, "..", "shared"))
if not os.path.isdir(os.path.join(SHARED, "corpus")):
    SHARED = "/work/shared"
STOCK_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata"
TLWG = "/usr/share/fonts/truetype/tlwg"
CONVERT = "/usr/bin/convert"
TH_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")

DEGRADE = {  # ImageMagick recipes applied to the 300 dpi rendering
    "clean300": None,
    "scan200": ["-rotate", "0.4", "-resize", "66.67%", "-blur", "0x0.6", "-attenuate", "0.35", "+noise", "Gaussian",
                "-colorspace", "Gray", "-density", "200", "-quality", "70"],
    "scan150": ["-rotate", "-0.7", "-resize", "50%", "-blur", "0x0.7", "-attenuate", "0.45", "+noise", "Gaussian",
                "-colorspace", "Gray", "-density", "150", "-quality", "55"],
}
LINE_VARIANTS = {
    "line300": None,
    # a tight line crop (margins trimmed, 3 px border) scaled to 40 px high
    "line40px": ["-trim", "+repage", "-bordercolor", "white", "-border", "3", "-resize", "x40", "-blur", "0x0.5", "-attenuate", "0.3", "+noise", "Gaussian", "-colorspace", "Gray"],
}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u0e4d\u0e32", "\u0e33").replace("\u0e4d \u0e32", "\u0e33")
    s = re.sub(r"[\u200b-\u200d\ufeff]", "", s)
    return re.sub(r"\s+", "", s)


def lev(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def digit_hits(ref, hyp):
    """per Thai digit: (total in ref, aligned to identical char in hyp)."""
    tot = {d: 0 for d in TH_DIGITS}
    ok = {d: 0 for d in TH_DIGITS}
    for c in ref:
        if c in tot:
            tot[c] += 1
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for c in ref[i1:i2]:
                if c in ok:
                    ok[c] += 1
    return tot, ok


DIGIT_GROUP = re.compile(r"[0-9๐-๙](?:[0-9๐-๙.,:/\-]*[0-9๐-๙])?")


def combine(stock_txt, ours_txt):
    """Stock text, with each line's digit groups replaced by tha_gov's when both lines have the same
    number of digit groups (lines paired by similarity of their non-digit text)."""
    S = [l for l in stock_txt.splitlines() if l.strip()]
    O = [l for l in ours_txt.splitlines() if l.strip()]
    skel = lambda l: re.sub(r"[\s0-9๐-๙]", "", norm(l))
    out = []
    for i, l in enumerate(S):
        best, bj = 0.0, None
        for j in range(max(0, i - 4), min(len(O), i + 5)):
            r = difflib.SequenceMatcher(None, skel(l), skel(O[j]), autojunk=False).ratio()
            if r > best:
                best, bj = r, j
        if bj is not None and best >= 0.5:
            gs, go = DIGIT_GROUP.findall(l), DIGIT_GROUP.findall(O[bj])
            if gs and len(gs) == len(go):
                it = iter(go)
                l = DIGIT_GROUP.sub(lambda m: next(it), l)
        out.append(l)
    return "\n".join(out)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=kw.pop("env", ENV), **kw)


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def fc_env(font, d):
    os.makedirs(d, exist_ok=True)
    fdir = os.path.join(WORK, "fonts", "sarabun") if font == "Sarabun" else TLWG
    conf = os.path.join(d, "fonts.conf")
    with open(conf, "w") as fh:
        fh.write(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>{fdir}</dir>'
                 f'<cachedir>{d}/cache</cachedir></fontconfig>')
    return dict(ENV, FONTCONFIG_FILE=conf)


def pango(txtfile, png, font, env, width=None):
    cmd = ["pango-view", "--no-display", f"--font={font} 16", "--dpi=300", "--margin=60", "--hinting=full",
           "-o", png]
    if width:
        cmd += [f"--width={width}", "--wrap=word-char"]
    run(cmd + [txtfile], env=env)


def degrade(src, dst, recipe):
    if recipe is None:
        shutil.copy(src, dst)
    else:
        run([CONVERT, src, "-background", "white", "-flatten"] + recipe + [dst])


def make_testset(npages, nlines, fonts):
    d = os.path.join(WORK, "eval")
    os.makedirs(d, exist_ok=True)
    train_txt = os.path.join(WORK, "text", "train.txt")
    gen = os.path.join(HERE, "gen_text.py")
    items = []  # (set, font, variant, image, reference text)
    pdir = os.path.join(d, "pages_txt")
    if not os.path.isdir(pdir):
        run([sys.executable, gen, "pages", "--out", pdir, "--pages", str(npages), "--avoid", train_txt])
    lfile = os.path.join(d, "lines.txt")
    if not os.path.exists(lfile):
        run([sys.executable, gen, "lines", "--out", lfile, "--lines", str(nlines), "--avoid", train_txt])
    lines = [l for l in open(lfile, encoding="utf-8").read().splitlines() if l.strip()][:nlines]
    for font in fonts:
        env = fc_env(font, os.path.join(d, "fc_" + font))
        for i in range(npages):
            t = os.path.join(pdir, f"page{i:02d}.txt")
            base = os.path.join(d, f"{font}_page{i:02d}")
            if not os.path.exists(base + "_clean300.png"):
                pango(t, base + "_r.png", font, env, width=480)
                for v, rec in DEGRADE.items():
                    degrade(base + "_r.png", base + f"_{v}.png" if rec is None else base + f"_{v}.jpg", rec)
            ref = open(t, encoding="utf-8").read()
            for v, rec in DEGRADE.items():
                items.append(("page", font, v, base + f"_{v}.png" if rec is None else base + f"_{v}.jpg", ref))
        ldir = os.path.join(d, f"lines_{font}")
        os.makedirs(ldir, exist_ok=True)
        for k, l in enumerate(lines):
            lb = os.path.join(ldir, f"l{k:04d}")
            if not os.path.exists(lb + "_line40px.png"):
                with open(lb + ".txt", "w", encoding="utf-8") as fh:
                    fh.write(l + "\n")
                pango(lb + ".txt", lb + "_r.png", font, env)
                for v, rec in LINE_VARIANTS.items():
                    degrade(lb + "_r.png", lb + f"_{v}.png", rec)
            for v in LINE_VARIANTS:
                items.append(("line", font, v, lb + f"_{v}.png", l))
    return items


def ocr_batch(images, tessdata, lang, psm, outbase):
    """OCR many images in ONE tesseract process (list file); returns (texts, cpu seconds)."""
    lst = outbase + ".list"
    with open(lst, "w") as fh:
        fh.write("\n".join(images) + "\n")
    sig = []
    for l in lang.split("+"):  # the model files themselves (symlinks resolved): size + mtime
        st = os.stat(os.path.realpath(os.path.join(tessdata, l + ".traineddata")))
        sig.append(f"{l}:{st.st_size}:{int(st.st_mtime)}")
    key = f"{tessdata}|{lang}|{psm}|{','.join(sig)}|" + "\n".join(images)
    cache = outbase + ".key"
    ok_keys = {key}
    if tessdata == STOCK_TESSDATA:  # (stock results cached before the model signature was part of the key)
        ok_keys.add(f"{tessdata}|{lang}|{psm}|" + "\n".join(images))
    if os.path.exists(cache) and open(cache).read() in ok_keys and os.path.exists(outbase + ".cpu"):
        cpu = float(open(outbase + ".cpu").read())  # same model files and images: reuse the earlier run
    else:
        cpu = None
    c0 = cpu_children()
    if cpu is None:
        run(["nice", "-n", "19", "tesseract", lst, outbase, "--tessdata-dir", tessdata, "-l", lang, "--psm", str(psm),
             "-c", "preserve_interword_spaces=1"])
        cpu = cpu_children() - c0
        open(outbase + ".cpu", "w").write(str(cpu))
        open(cache, "w").write(key)
    txt = open(outbase + ".txt", encoding="utf-8").read()
    parts = txt.split("\f")
    if len(parts) == len(images) + 1 and not parts[-1].strip():
        parts = parts[:-1]
    if len(parts) != len(images):
        raise RuntimeError(f"{outbase}: {len(parts)} outputs for {len(images)} images")
    return parts, cpu


def digits_of(s):
    return s.translate({ord(c): ord("0") + i for i, c in enumerate(TH_DIGITS)})


MONTHS_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


MONTH_RE = "|".join(r"\.?\s?".join(re.escape(ch) for ch in m.replace(".", "")) + r"\.?" for m in MONTHS_ABBR)


def memo_fields(text):
    """Pull the printed `ที่` number and `วันที่` date out of an OCR'd memo page (first 15 lines).
    Tolerant: dotted leaders removed, dots inside the month optional, `กห` anywhere on the line."""
    lines = [unicodedata.normalize("NFC", l).replace("\u0e4d\u0e32", "\u0e33") for l in text.splitlines() if l.strip()][:15]
    num = date = None
    for l in lines:
        t = re.sub(r"[ .]{3,}", " ", l)
        m = re.search(r"ก\s?ห[\s.]*([0-9๐-๙oอ][0-9๐-๙oอ.\s]*[0-9๐-๙oอ])\s*/?\s*(\S*)", t)
        if m and num is None:
            num = ("กห", digits_of(re.sub(r"\s", "", m.group(1)).replace("o", "0").replace("อ", "0")), m.group(2))
        m = re.search(r"([0-9๐-๙]{0,2})\s*(" + MONTH_RE + r")\s*([0-9๐-๙]{2,4})", t)
        if m and date is None and ("วัน" in t or num is not None):
            date = (digits_of(m.group(1)), re.sub(r"[\s.]", "", m.group(2)), digits_of(m.group(3)))
    return num, date


def pct(a, b):
    return 100.0 * a / b if b else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=os.path.join(REPO, "tessdata", "tha_gov.traineddata"))
    ap.add_argument("--pages", type=int, default=4)
    ap.add_argument("--lines", type=int, default=120)
    ap.add_argument("--fonts", default="Norasi,Sarabun")
    ap.add_argument("--skip-memos", action="store_true")
    ap.add_argument("--configs", default="stock,ours,ours+eng")
    ap.add_argument("--old-model", default=None, help="a second tha_gov model to compare (config 'old')")
    ap.add_argument("--out", default=os.path.join(WORK, "eval", "report.md"))
    a = ap.parse_args()

    td = os.path.join(WORK, "eval", "tessdata")
    os.makedirs(td, exist_ok=True)
    links = [("tha_gov.traineddata", os.path.abspath(a.model)), ("eng.traineddata", os.path.join(STOCK_TESSDATA, "eng.traineddata"))]
    if a.old_model:
        links.append(("tha_gov_old.traineddata", os.path.abspath(a.old_model)))
    for name, src in links:
        dst = os.path.join(td, name)
        if os.path.lexists(dst):
            os.remove(dst)
        os.symlink(src, dst)
    CONFIGS = {"stock": (STOCK_TESSDATA, "tha+eng"), "ours": (td, "tha_gov"), "ours+eng": (td, "tha_gov+eng")}
    if a.old_model:
        CONFIGS["old"] = (td, "tha_gov_old")
    cfgs = [c for c in a.configs.split(",") if c in CONFIGS] + (["old"] if a.old_model and "old" not in a.configs.split(",") else [])
    combos = [(c, "stock+ourdigits" if c == "ours" else f"stock+{c}digits") for c in ("ours", "old") if c in cfgs]

    items = make_testset(a.pages, a.lines, a.fonts.split(","))
    groups = {}
    for it in items:
        groups.setdefault((it[0], it[1], it[2]), []).append(it)
    obase = os.path.join(WORK, "eval", "ocr")
    os.makedirs(obase, exist_ok=True)
    rows = []
    detail = {}
    for key, its in sorted(groups.items()):
        kind, font, var = key
        psm = 6 if kind == "page" else 7
        outs = {}
        for c in cfgs:
            outs[c] = ocr_batch([i[3] for i in its], *CONFIGS[c], psm, os.path.join(obase, f"{kind}_{font}_{var}_{c}"))
        for c, cname in combos:
            if "stock" in outs:
                outs[cname] = ([combine(s, o) for s, o in zip(outs["stock"][0], outs[c][0])], outs["stock"][1] + outs[c][1])
        for c, (texts, cpu) in outs.items():
            E = N = 0
            tot = {d: 0 for d in TH_DIGITS}
            ok = {d: 0 for d in TH_DIGITS}
            for it, hyp in zip(its, texts):
                r, h = norm(it[4]), norm(hyp)
                E += lev(r, h)
                N += len(r)
                t1, o1 = digit_hits(r, h)
                for d in TH_DIGITS:
                    tot[d] += t1[d]
                    ok[d] += o1[d]
            rows.append((kind, font, var, c, len(its), pct(E, N), pct(sum(ok.values()), sum(tot.values())), cpu / len(its)))
            detail[(kind, font, var, c)] = (tot, ok)
            print(f"{kind:5} {font:8} {var:9} {c:16} n={len(its):4} CER={pct(E, N):6.2f}%  thai-digits={pct(sum(ok.values()), sum(tot.values())):6.2f}%  cpu/img={cpu / len(its):.2f}s", flush=True)

    memo_rows = []
    if not a.skip_memos:
        mdir = os.path.join(WORK, "eval", "memos")
        os.makedirs(mdir, exist_ok=True)
        imgs, exps = [], []
        for pdf in sorted(f for f in os.listdir(os.path.join(SHARED, "corpus", "memos")) if f.endswith(".pdf")):
            b = pdf[:-4]
            if not any(f.startswith(b + "-") for f in os.listdir(mdir)):
                run(["pdfimages", "-j", os.path.join(SHARED, "corpus", "memos", pdf), os.path.join(mdir, b)])
            imgs.append(os.path.join(mdir, sorted(f for f in os.listdir(mdir) if f.startswith(b + "-") and f.endswith(".jpg"))[0]))
            exps.append(json.load(open(os.path.join(SHARED, "corpus", "memos", b + ".expected.json"), encoding="utf-8"))["documents"][0])
        mouts = {}
        for c in cfgs:
            mouts[c] = ocr_batch(imgs, *CONFIGS[c], 6, os.path.join(obase, f"memos_{c}"))
        for c, cname in combos:
            if "stock" in mouts:
                mouts[cname] = ([combine(s, o) for s, o in zip(mouts["stock"][0], mouts[c][0])], mouts["stock"][1] + mouts[c][1])
        for k, (img, e) in enumerate(zip(imgs, exps)):
            y, mo, dd = e["date"].split("-")
            exp_num = f"{e['number']['prefix']} {e['number']['office']}/{e['number']['serial']}" + (" (serial handwritten)" if e["number"].get("serialHandwritten") else "")
            exp_date = f"{int(dd)} {MONTHS_ABBR[int(mo) - 1]} {(int(y) + 543) % 100}" + (" (day handwritten)" if e.get("dayHandwritten") else "")
            for c, (texts, cpu) in mouts.items():
                num, date = memo_fields(texts[k])
                # office: digits compared without the dots (OCR drops them); date: month + 2-digit year
                office_ok = bool(num and num[1].replace(".", "") == e["number"]["office"].replace(".", ""))
                date_ok = bool(date and date[1] == MONTHS_ABBR[int(mo) - 1].replace(".", "") and date[2][-2:] == str((int(y) + 543) % 100))
                memo_rows.append((os.path.basename(img), exp_num, exp_date, c,
                                  f"{num[0]} {num[1]}/{num[2]}" if num else "-", " ".join(date) if date else "-",
                                  office_ok, date_ok))
                print(f"memo {os.path.basename(img)} {c:16} number={memo_rows[-1][4]!r:28} office_ok={office_ok}  date={memo_rows[-1][5]!r:18} month+year_ok={date_ok}", flush=True)
            print(f"     expected: {exp_num}  {exp_date}")
        # whole-page CER and Thai digits against the typed transcripts (which have a few slips and
        # include the handwritten serials/days, so no configuration can reach 0 %)
        refs = [open(os.path.join(SHARED, "corpus", "memos", os.path.basename(i).rsplit("-", 1)[0] + ".transcript.txt"),
                     encoding="utf-8").read() for i in imgs]
        for c, (texts, cpu) in mouts.items():
            E = N = 0
            tot = {d: 0 for d in TH_DIGITS}
            ok = {d: 0 for d in TH_DIGITS}
            for ref, hyp in zip(refs, texts):
                r, h = norm(ref), norm(hyp)
                E += lev(r, h)
                N += len(r)
                t1, o1 = digit_hits(r, h)
                for d in TH_DIGITS:
                    tot[d] += t1[d]
                    ok[d] += o1[d]
            rows.append(("memo-pages", "real scans", "200dpi", c, len(imgs), pct(E, N), pct(sum(ok.values()), sum(tot.values())), cpu / len(imgs)))
            detail[("memo-pages", "-", "-", c)] = (tot, ok)
            print(f"memos {c:16} CER={pct(E, N):6.2f}%  thai-digits={pct(sum(ok.values()), sum(tot.values())):6.2f}%  cpu/page={cpu / len(imgs):.2f}s  per digit: "
                  + " ".join(f"{d}:{ok[d]}/{tot[d]}" for d in TH_DIGITS), flush=True)

    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(f"# tha_gov evaluation ({time.strftime('%Y-%m-%d %H:%M')}, model {os.path.relpath(a.model, REPO)}"
                 + (f", old = {os.path.relpath(a.old_model, REPO)}" if a.old_model else "") + ")\n\n")
        fh.write("| set | font | variant | config | n | CER % | Thai digits % | CPU s/img |\n|---|---|---|---|---|---|---|---|\n")
        for r in rows:
            fh.write(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]:.2f} | {r[6]:.2f} | {r[7]:.2f} |\n")
        for kind_sel, title in (("page", "synthetic pages, all held-out fonts and variants"), ("memo-pages", "real memo scans vs transcripts")):
          fh.write(f"\n## Per-digit accuracy, {title} (correct/total)\n\n| config | " + " | ".join(TH_DIGITS) + " |\n|---|" + "---|" * 10 + "\n")
          for c in list(cfgs) + [cn for _, cn in combos]:
            tot = {d: 0 for d in TH_DIGITS}
            ok = {d: 0 for d in TH_DIGITS}
            for (k, f, v, cc), (t1, o1) in detail.items():
                if k == kind_sel and cc == c:
                    for d in TH_DIGITS:
                        tot[d] += t1[d]
                        ok[d] += o1[d]
            fh.write(f"| {c} | " + " | ".join(f"{ok[d]}/{tot[d]}" for d in TH_DIGITS) + " |\n")
        if memo_rows:
            fh.write("\n## Real memo scans (200 dpi JPEG; never trained on)\n\n| memo | expected number | expected date | config | number read | date read | office digits ok | month+year ok |\n|---|---|---|---|---|---|---|---|\n")
            for r in memo_rows:
                fh.write("| " + " | ".join(str(x) for x in r) + " |\n")
    print("report:", a.out)


if __name__ == "__main__":
    main()
