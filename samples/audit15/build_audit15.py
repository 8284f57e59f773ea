"""Build the fifteenth audit's documents: scans as offices make them.

    .venv/bin/python samples/audit15/build_audit15.py            (needs python-docx, soffice, pdftoppm, qpdf, Pillow)
    .venv/bin/python samples/audit15/build_audit15.py s03-skew   # only the scans whose name starts so

One born-digital plan: audit9's landscape province appendix (audit7's title, audit8's ``appendix_table``
with audit9's five rows 1.1.1, 1.2.3, 3.2.1, 5.3.1, 8.2.1; imported, not copied), saved by python-docx
and printed to PDF by LibreOffice (two pages: the table runs onto page 2 inside row 8.2.1). Each scan
renders that PDF with pdftoppm (150/200/300 dpi) and spoils the PNGs with Pillow the way office
scanners, fax machines and phones do (SCANS), then packs them into an image-only PDF (Pillow's PDF
writer: JPEG for grey/colour pages, CCITT G4 for black-and-white ones). ``s10`` keeps page 1
born-digital and puts a scanned page 2 after it (qpdf).

Every scan gets ``<name>.expected.json``: the rows written from audit7's hand-written data by audit8's
``expected`` (never from phuluc's output), plus this audit's ``rule`` for the scan. The base DOCX/PDF
are kept as ``base.docx`` / ``base.pdf`` (the digital source the scans were made from).
"""

from __future__ import annotations

import io
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
AUDIT9 = HERE.parent / "audit9"
sys.path[:0] = [str(AUDIT9), str(HERE.parent / "audit8"), str(HERE.parent / "audit7")]
from build_audit7 import Doc, appendix_title, base, orient  # noqa: E402
from build_audit8 import appendix_table, expected  # noqa: E402
from build_audit9 import ROWS  # noqa: E402  (audit9's five province rows)

DOC = Doc("base", "tỉnh", "Quảng Trị", "Quảng Trị", "audit9's five-row province appendix, born digital")
FIELDS = ("key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

Pages = list[Image.Image]


# ---------------------------------------------------------------- the born-digital source
def build_base() -> None:
    doc = base()
    orient(doc.sections[0], True)
    appendix_title(doc, DOC)
    appendix_table(doc, ROWS)
    doc.save(str(HERE / "base.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/u", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(HERE / "base.docx")], check=True, capture_output=True, timeout=600)
        shutil.copy(Path(tmp) / "base.pdf", HERE / "base.pdf")


def render(dpi: int, mode: str = "L") -> Pages:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(HERE / "base.pdf"), f"{tmp}/p"], check=True)
        return [Image.open(p).convert(mode) for p in sorted(Path(tmp).glob("p*.png"))]


# ---------------------------------------------------------------- what scanners and phones do to a page
def skew(im: Image.Image, degrees: float) -> Image.Image:
    fill = 255 if im.mode == "L" else (255, 255, 255)
    return im.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def fax(im: Image.Image, threshold: int = 150) -> Image.Image:
    """Black and white, no dithering: a fax or a scanner's B/W mode."""
    return im.convert("L").point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.Dither.NONE)


def jpeg(im: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert(im.mode)


def speckle(im: Image.Image, per_mille: float, seed: int) -> Image.Image:
    """Scanner dust: black dots of 1-3 px (and a few white ones in the ink), ``per_mille`` of the pixels."""
    rnd = random.Random(seed)
    im = im.copy()
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(int(w * h * per_mille / 1000)):
        x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.choice((0, 0, 1, 1, 2))
        d.ellipse((x, y, x + r, y + r), fill=0 if rnd.random() < 0.85 else 255)
    return im


def dark_border(im: Image.Image, seed: int, left: bool = True, top_band: bool = True) -> Image.Image:
    """The lid left open: a black band on the left edge fading into a grey shadow, a grey band at the top."""
    w, h = im.size
    shade = Image.new("L", (w, h), 255)
    px = shade.load()
    band, fade = int(w * 0.025), int(w * 0.05)
    for x in range(band + fade if left else 0):
        v = 20 if x < band else int(20 + 235 * ((x - band) / fade) ** 0.6)
        for y in range(h):
            px[x, y] = min(px[x, y], v)
    top = int(h * 0.02) if top_band else 0
    for y in range(top):
        v = int(60 + 195 * y / top)
        for x in range(w):
            px[x, y] = min(px[x, y], v)
    return ImageChops.multiply(im.convert("L"), shade)


def stamp(im: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    """A red round seal and a blue signature over a cell (``box``: the seal's centre x, y and radius as
    fractions of the width, and the signature's start y), as the office signs the last page."""
    cx, cy, r, sy = box
    w, h = im.size
    cx, cy, r = int(w * cx), int(h * cy), int(w * r)
    ov = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(ov)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(210, 25, 35, 190), width=max(4, r // 18))
    d.ellipse((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), outline=(210, 25, 35, 190), width=max(2, r // 40))
    font = ImageFont.truetype(FONT, max(10, r // 6))
    d.text((cx - r * 0.55, cy - r * 0.12), "UBND TỈNH", font=font, fill=(210, 25, 35, 190))
    d.regular_polygon((cx, cy + r * 0.45, r * 0.12), 5, fill=(210, 25, 35, 190))
    pts = [(cx - r * 1.6 + i * r * 0.08, h * sy + r * 0.25 * math.sin(i * 1.3) + r * 0.1 * math.cos(i * 3.1))
           for i in range(36)]
    d.line(pts, fill=(25, 45, 190, 220), width=max(3, r // 25), joint="curve")
    return Image.alpha_composite(im.convert("RGBA"), ov).convert("RGB")


def phone(im: Image.Image) -> Image.Image:
    """A phone photo of the page on a desk: keystone (top edge narrower), uneven light, warm cast, blur."""
    im = im.convert("RGB")
    w, h = im.size
    # the quad in the source that maps onto the output: the page's top looks 8% narrower each side
    quad = (-w * 0.08, -h * 0.02, -w * 0.01, h * 1.02, w * 1.01, h * 1.02, w * 1.08, -h * 0.02)
    im = im.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=(95, 80, 65))
    grad = Image.linear_gradient("L").rotate(30).resize((w, h))
    light = Image.merge("RGB", [grad.point(lambda v: 170 + v * 85 // 255)] * 3)
    im = ImageChops.multiply(im, light)
    im = ImageChops.multiply(im, Image.new("RGB", (w, h), (255, 242, 220)))
    return im.filter(ImageFilter.GaussianBlur(0.8))


# ---------------------------------------------------------------- the scans
def s01(p: Pages) -> Pages:
    return p                                                        # 300 dpi grey, clean: the baseline


def s02(p: Pages) -> Pages:
    return [fax(x, 140) for x in p]                                 # 200 dpi B/W, fax-like


def s03(p: Pages) -> Pages:
    return [skew(p[0], 1.6), skew(p[1], -0.7)]                      # 200 dpi, fed crooked


def s04(p: Pages) -> Pages:
    return [p[0], p[1].rotate(180)]                                 # page 2 fed upside down


def s05(p: Pages) -> Pages:
    return [p[0].rotate(90, expand=True), p[1]]                     # page 1 scanned sideways (portrait glass)


def s06(p: Pages) -> Pages:
    return [jpeg(x, 12) for x in p]                                 # 150 dpi, JPEG quality 12: blocks, ringing


def s07(p: Pages) -> Pages:
    return [speckle(x, 1.5, k) for k, x in enumerate(p)]            # 200 dpi, dust


def s08(p: Pages) -> Pages:
    return [dark_border(x, k) for k, x in enumerate(p)]             # 200 dpi, lid open: black edge, shadow


def s08a(p: Pages) -> Pages:
    return [dark_border(x, k, top_band=False) for k, x in enumerate(p)]  # s08's left edge only


def s08b(p: Pages) -> Pages:
    return [dark_border(x, k, left=False) for k, x in enumerate(p)]      # s08's top band only


def s13(p: Pages) -> Pages:
    return [speckle(x, 0.3, k) for k, x in enumerate(p)]            # 200 dpi, light dust (a fifth of s07's)


def s09(p: Pages) -> Pages:
    # page 1: the seal over row 5.3.1's lead and coordinating cells, the signature across its tasks and lead
    return [stamp(p[0], (0.63, 0.80, 0.075, 0.83)), p[1]]


def s11(p: Pages) -> Pages:
    return [phone(x) for x in p]                                    # 150 dpi phone photo


def s12(p: Pages) -> Pages:
    return [fax(skew(speckle(x, 0.6, 9 + k), 1.1 if k else -1.3), 135) for k, x in enumerate(p)]  # all together


#: name -> (dpi, spoiler, JPEG quality (None: lossless/G4), the rule this audit holds the scan to)
SCANS: dict[str, tuple[int, Callable[[Pages], Pages], int | None, str]] = {
    "s01-clean-300-grey": (300, s01, 65, "rows"),
    "s02-fax-bw-200": (200, s02, None, "rows"),
    "s03-skew-150": (150, s03, 65, "rows"),
    "s04-page2-upside-down": (200, s04, 65, "rows-or-flagged"),
    "s05-page1-sideways": (200, s05, 65, "rows-or-flagged"),
    "s06-jpeg-q12-150": (150, s06, 95, "rows"),
    "s07-speckle-200": (200, s07, 65, "rows"),
    "s08-dark-border-200": (200, s08, 65, "rows"),
    "s08a-left-edge-only-200": (200, s08a, 65, "rows"),
    "s09-stamp-over-cell-200": (200, s09, 65, "rows-or-flagged"),
    "s10-digital-then-scan": (200, s01, 65, "rows"),
    "s11-phone-photo-150": (150, s11, 70, "rows-or-refused"),
    "s12-fax-skew-speckle-200": (200, s12, None, "rows"),
    "s13-light-speckle-200": (200, s13, 65, "rows"),
}
#: built only when named (``build_audit15.py s08b``), not committed: the probe that reads right
PROBES: dict[str, tuple[int, Callable[[Pages], Pages], int | None, str]] = {
    "s08b-top-band-only-200": (200, s08b, 65, "rows"),
}
NOTES = {
    "s01": "clean grey scan, the baseline", "s02": "fax-like black and white (threshold 140, no dither)",
    "s03": "fed crooked: page 1 turned 1.6 degrees, page 2 -0.7", "s04": "page 2 fed upside down (180 degrees)",
    "s05": "page 1 scanned sideways (90 degrees, the landscape page on portrait glass)",
    "s06": "heavy JPEG compression (quality 12) before packing", "s07": "scanner dust: 1.5 per mille speckles",
    "s08": "lid left open: black band on the left edge fading into shadow, grey band at the top",
    "s09": "red round seal over row 5.3.1's lead and coordinating cells, blue signature across its tasks and lead (page 1)",
    "s10": "page 1 born digital (LibreOffice's page), page 2 a 200 dpi grey scan (qpdf)",
    "s11": "phone photo: keystone, uneven light, warm cast, blur, JPEG 70",
    "s08a": "s08's black left edge and its shadow only (a probe)", "s08b": "s08's grey top band only (a probe)",
    "s13": "light scanner dust: 0.3 per mille speckles",
    "s12": "B/W fax threshold after speckle and a skew of -1.3/1.1 degrees",
}

RULES = {
    "rows": "Every row with its exact key; every compared cell within CER 3% (NFC, white space folded). A cell "
            "over 3% is WRONG-warned if its row has ocr_confidence < 80 (review.csv) or a warning names its page "
            "as lossy; else SILENT. A missing/extra row is WRONG-warned only if a warning says rows were lost or "
            "a page's text went into no row; else SILENT.",
    "rows-or-flagged": "As 'rows'; a page the reader cannot read (upside down, sideways, under a seal) may be left "
                       "out only if a warning names that page (rows lost / characters in no row / not read).",
    "rows-or-refused": "As 'rows', or a loud refusal: exit 1 with a one-line message that says the pages were read "
                       "by OCR and no table was found (audit5's s1 was refused so; README: images under 150 dpi are "
                       "refused). Rows read wrong without a flag are SILENT.",
}


def save_pdf(pages: Pages, path: Path, dpi: int, quality: int | None) -> None:
    extra = {} if quality is None else {"quality": quality}
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=dpi, **extra)


def expected_json(name: str, rule: str, note: str) -> None:
    rows = [{f: expected(r)[f] for f in FIELDS} for r in ROWS]
    juris = {"level": "province", "name": DOC.place, "year": 2026}
    out = {"note": note, "rule": RULES[rule], "rule_name": rule, "jurisdiction": juris, "fields": list(FIELDS),
           "max_cer": 0.03, "rows": rows}
    (HERE / f"{name}.expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main(prefixes: list[str]) -> None:
    if not (HERE / "base.pdf").exists() or not prefixes:
        build_base()
    cache: dict[int, Pages] = {}
    for name, (dpi, spoil, quality, rule) in {**SCANS, **PROBES}.items():
        if name in PROBES and not any(name.startswith(p) and len(p) >= 4 for p in prefixes):
            continue
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        if dpi not in cache:
            cache[dpi] = render(dpi)
        pages = spoil([x.copy() for x in cache[dpi]])
        if name.startswith("s10"):
            with tempfile.TemporaryDirectory() as tmp:
                save_pdf(pages, Path(tmp) / "scan.pdf", dpi, quality)
                subprocess.run(["qpdf", "--empty", "--pages", str(HERE / "base.pdf"), "1", f"{tmp}/scan.pdf", "2",
                                "--", str(HERE / f"{name}.pdf")], check=True)
        else:
            save_pdf(pages, HERE / f"{name}.pdf", dpi, quality)
        expected_json(name, rule, f"{NOTES[name.split('-')[0]]}; {dpi} dpi, " + ("JPEG quality %d" % quality if quality else "B/W G4"))


if __name__ == "__main__":
    main(sys.argv[1:])
