"""Build the samples of old and scanned plans from the landscape sample (``make samples-legacy``).

- ``plan-2024-tcvn3.docx``: every run typed in TCVN3 (ABC) with the ``.VnTime`` font, set on the
  Normal style as offices did; capitals with a tone mark in one-letter ``.VnTimeH`` runs.
- ``plan-2024-vni.docx``: the same in VNI, font ``VNI-Times`` on every run.
- ``plan-2024-tcvn3.pdf``: the landscape PDF drawn again word by word in fonts named ``.VnTime``,
  ``.VnTimeH`` (and their bold faces) whose character maps put the Vietnamese letters at the
  TCVN3 codes, as the old fonts do: the page looks right and its text layer holds TCVN3 bytes.
- ``plan-2024-word97.doc``: the portrait DOCX (typed list numbers) saved by LibreOffice as Word 97.
- ``scanned/``: the landscape PDF printed and scanned in black and white (CCITT G4): pages 1-3
  at 300 dpi, clean, and at 200 dpi turned by about 1 degree with speckle noise, as image-only
  PDFs. The whole plan scanned both ways in grey (JPEG) goes to ``build/scans/`` (not
  committed: tens of MB), for measuring OCR by hand (``bench/ocr.py``), with held-out scans of
  other plans (``build/scans/heldout/``, see :data:`WHOLE_SCANS`). ``--excerpts-only`` skips the
  whole-plan scans, ``--scans-only`` builds only them.

Needs LibreOffice (soffice), poppler's pdftoppm, reportlab and fontTools (the ``dev`` extra).
"""

from __future__ import annotations

import copy
import csv
import io
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parent
ROOT = SAMPLES.parent
sys.path.insert(0, str(ROOT))

from extract.legacy import TCVN3_CODES, encode_tcvn3, encode_vni  # noqa: E402

sys.path.insert(0, str(SAMPLES))
from build_samples import libreoffice  # noqa: E402

SOURCE_DOCX = SAMPLES / "plan-2024-landscape.docx"
SOURCE_PDF = SAMPLES / "plan-2024-landscape.pdf"
SCANNED = SAMPLES / "scanned"
FULL_SCANS = ROOT / "build" / "scans"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FONTS = Path("/usr/share/fonts/truetype/liberation2")
#: Capital letters TCVN3 codes in its normal fonts; other capitals with marks need a capitals font.
TCVN3_CAPITALS = frozenset("ĂÂÊÔƠƯĐ")
#: The pages in the committed scan excerpts (1-based), enough for the first rows and a page break.
EXCERPT_PAGES = (1, 3)
#: Skew (degrees) and speckle density of the "bad" scan.
SKEW_DEGREES = 1.0
NOISE_SHARE = 0.002
#: JPEG quality of the grey whole-plan scans (a scanner's "standard" setting).
JPEG_QUALITY = 75


def _needs_capitals_font(ch: str) -> bool:
    return ch.isupper() and ord(ch) > 0x7F and ch not in TCVN3_CAPITALS


def _tcvn3_segments(text: str) -> list[tuple[bool, str]]:
    """Split text into (capitals font?, TCVN3 codes) runs."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        capitals = _needs_capitals_font(ch)
        code = encode_tcvn3(ch, capitals)
        if out and out[-1][0] == capitals:
            out[-1] = (capitals, out[-1][1] + code)
        else:
            out.append((capitals, code))
    return out


def _set_run_font(run: Any, font: str) -> None:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        rpr = run.makeelement(f"{W}rPr", {})
        run.insert(0, rpr)
    fonts = rpr.find(f"{W}rFonts")
    if fonts is None:
        fonts = rpr.makeelement(f"{W}rFonts", {})
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(f"{W}{attr}", font)


def _set_style_fonts(document: Any, font: str) -> None:
    for fonts in document.styles.element.iter(f"{W}rFonts"):
        if fonts.get(f"{W}ascii") == "Times New Roman":
            for attr in ("ascii", "hAnsi", "cs"):
                fonts.set(f"{W}{attr}", font)


def write_tcvn3_docx(source: Path, dest: Path) -> Path:
    """Retype a DOCX in TCVN3: Normal style in .VnTime, toned capitals in .VnTimeH runs."""
    import docx

    document = docx.Document(str(source))
    _set_style_fonts(document, ".VnTime")
    for run in list(document.element.body.iter(f"{W}r")):
        texts = run.findall(f"{W}t")
        if len(texts) != 1 or not texts[0].text:
            continue
        segments = _tcvn3_segments(texts[0].text)
        parent, index = run.getparent(), run.getparent().index(run)
        parent.remove(run)
        for offset, (capitals, codes) in enumerate(segments):
            piece = copy.deepcopy(run)
            piece.find(f"{W}t").text = codes
            piece.find(f"{W}t").set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            if capitals:
                _set_run_font(piece, ".VnTimeH")
            parent.insert(index + offset, piece)
    document.save(str(dest))
    return dest


def write_vni_docx(source: Path, dest: Path) -> Path:
    """Retype a DOCX in VNI, with the font VNI-Times on every run."""
    import docx

    document = docx.Document(str(source))
    _set_style_fonts(document, "VNI-Times")
    for node in document.element.body.iter(f"{W}t"):
        if node.text:
            node.text = encode_vni(node.text)
    document.save(str(dest))
    return dest


def _legacy_font(source: Path, name: str, capitals: bool) -> bytes:
    """Return a copy of a TrueType font named ``name`` whose character map puts Vietnamese at TCVN3 codes."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    best = font.getBestCmap()
    mapping = {}
    for letter, code in TCVN3_CODES.items():
        shown = letter.upper() if capitals else letter
        mapping[ord(code)] = best[ord(shown)]
    if capitals:
        mapping.update({ord(ch): best[ord(ch.upper())] for ch in "abcdefghijklmnopqrstuvwxyz"})
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update({k: v for k, v in mapping.items() if table.format != 4 or k < 0x10000})
    for record in font["name"].names:
        if record.nameID in (1, 4, 6, 16):
            record.string = name
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


#: A filled rectangle thinner than this (pt) is a drawn rule (Chromium's borders).
THIN_RECT = 2.0
#: The TCVN3 face drawn for a source in a serif or a sans-serif font, and the Liberation font it is
#: made from (metric-compatible with Times New Roman and Arial, so every word keeps its width).
LEGACY_FACES = {"Serif": ".VnTime", "Sans": ".VnArial"}


def _family(pdf: Any) -> str:
    """Tell whether a PDF's text is mostly in a sans-serif font (Arial, Helvetica, Liberation Sans)."""
    names = [c["fontname"] for page in pdf.pages[:3] for c in page.chars]
    sans = sum(1 for n in names if any(k in n for k in ("Sans", "Arial", "Helvetica")) and "Serif" not in n)
    return "Sans" if sans * 2 > len(names) else "Serif"


def write_tcvn3_pdf(source: Path, dest: Path, work: Path) -> Path:
    """Draw a PDF's rules and words again in TCVN3 fonts of its own family, each word where it stood."""
    import pdfplumber
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    with pdfplumber.open(source) as pdf:
        family = _family(pdf)
    faces = {}
    for bold, weight in ((False, "Regular"), (True, "Bold")):
        for capitals in (False, True):
            name = LEGACY_FACES[family] + ("H" if capitals else "") + ("-Bold" if bold else "")
            path = work / f"{name}.ttf"
            path.write_bytes(_legacy_font(FONTS / f"Liberation{family}-{weight}.ttf", name, capitals))
            pdfmetrics.registerFont(TTFont(name, str(path)))
            faces[bold, capitals] = name
    with pdfplumber.open(source) as pdf:
        first = pdf.pages[0]
        out = canvas.Canvas(str(dest), pagesize=(first.width, first.height), pageCompression=1)
        for page in pdf.pages:
            out.setPageSize((page.width, page.height))
            for line in page.lines:
                out.setLineWidth(float(line.get("linewidth") or 0.5))
                out.line(line["x0"], page.height - line["top"], line["x1"], page.height - line["bottom"])
            for rect in page.rects:  # browsers draw each border as a thin filled rectangle
                if min(rect["width"], rect["height"]) < THIN_RECT and rect.get("fill"):
                    out.rect(rect["x0"], page.height - rect["bottom"], rect["width"], rect["height"], stroke=0, fill=1)
            for word in _words(page.chars):
                bold, capitals, x, y, size, codes = word
                out.setFont(faces[bold, capitals], size)
                out.drawString(x, y, codes)
            out.showPage()
        out.save()
    return dest


def _words(chars: list[dict[str, Any]]) -> list[tuple[bool, bool, float, float, float, str]]:
    """Group a page's characters into runs drawn at once: same font face, baseline, and touching."""
    runs: list[tuple[bool, bool, float, float, float, str]] = []
    end = None
    for char in chars:
        if not char["text"].strip():
            end = None
            continue
        bold = "Bold" in char["fontname"]
        capitals = _needs_capitals_font(char["text"])
        code = encode_tcvn3(char["text"], capitals)
        x, y, size = char["matrix"][4], char["matrix"][5], float(char["size"])
        if runs and end is not None and abs(x - end) < 0.01 and runs[-1][:2] == (bold, capitals) and runs[-1][3] == y:
            runs[-1] = (*runs[-1][:5], runs[-1][5] + code)
        else:
            runs.append((bold, capitals, x, y, size, code))
        end = x + float(char["adv"])
    return runs


def _render(pdf: Path, dpi: int, work: Path, first: int | None = None, last: int | None = None) -> list[Path]:
    """Render pages to grey PNGs with poppler's pdftoppm, as a scanner's driver would save them."""
    args = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
    if first is not None and last is not None:
        args += ["-f", str(first), "-l", str(last)]
    prefix = work / f"page-{dpi}"
    subprocess.run([*args, str(pdf), str(prefix)], check=True, timeout=600)
    return sorted(work.glob(f"page-{dpi}-*.png"))


def _skew_and_noise(image: Any, seed: int, skew: float = SKEW_DEGREES) -> Any:
    """Turn a page by ``skew`` degrees and sprinkle dark and light speckles, like a cheap office scan."""
    import numpy as np
    from PIL import Image

    turned = image.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(turned).copy()
    rng = random.Random(seed)
    height, width = pixels.shape
    for _ in range(int(NOISE_SHARE * height * width)):
        pixels[rng.randrange(height), rng.randrange(width)] = rng.choice((0, 96, 255))
    return Image.fromarray(pixels)


#: Grey level under which a pixel of a black-and-white scan is black (a scanner's default).
BILEVEL_THRESHOLD = 160


def write_scan(
    pngs: list[Path], dest: Path, dpi: int, bad: bool, bilevel: bool, skew: float = SKEW_DEGREES, seed: int = 0
) -> Path:
    """Save rendered pages as one image-only PDF: black-and-white (CCITT G4) or grey JPEG pages.

    A ``bad`` scan's pages are turned by ``skew`` degrees and speckled from the seeds ``seed``,
    ``seed + 1``, ... (one per page).
    """
    from PIL import Image

    pages = []
    for index, png in enumerate(pngs):
        image = Image.open(png).convert("L")
        image = _skew_and_noise(image, seed + index, skew) if bad else image
        pages.append(image.point(lambda v: 255 if v > BILEVEL_THRESHOLD else 0).convert("1") if bilevel else image)
    options = {} if bilevel else {"quality": JPEG_QUALITY}
    pages[0].save(dest, save_all=True, append_images=pages[1:], resolution=float(dpi), **options)
    return dest


#: (file, how it was made, what it exercises), added to MANIFEST.csv.
MANIFEST = (
    (
        "plan-2024-tcvn3.docx",
        "write_tcvn3_docx(plan-2024-landscape.docx)",
        "TCVN3 (ABC) runs: .VnTime on the Normal style, toned capitals in .VnTimeH runs",
    ),
    ("plan-2024-vni.docx", "write_vni_docx(plan-2024-landscape.docx)", "VNI runs in the VNI-Times font"),
    (
        "plan-2024-tcvn3.pdf",
        "write_tcvn3_pdf(plan-2024-landscape.pdf)",
        "a text layer in TCVN3 bytes, fonts .VnTime/.VnTimeH (and -Bold) drawing the Vietnamese glyphs",
    ),
    (
        "plan-2024-word97.doc",
        "LibreOffice --convert-to doc of plan-2024-portrait.docx",
        "a Word 97 binary .doc (typed list numbers: LibreOffice's .doc export breaks lists running over paragraphs)",
    ),
    (
        "scanned/plan-2024-scan300-p1-3.pdf",
        "pdftoppm -r 300 of plan-2024-landscape.pdf pages 1-3",
        "image-only PDF, a clean 300 dpi scan",
    ),
    (
        "scanned/plan-2024-scan200-skewed-p1-3.pdf",
        "pdftoppm -r 200, turned 1 degree, speckles",
        "image-only PDF, a skewed and noisy 200 dpi scan",
    ),
)


def update_manifest() -> None:
    """Add (or replace) this script's samples in MANIFEST.csv, keeping the other lines."""
    path = SAMPLES / "MANIFEST.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    ours = {name for name, _, _ in MANIFEST}
    kept = [row for row in rows if row[0] not in ours]
    source = "seed/papi-plan-2024-appendix.txt (a real 2024 city plan)"
    kept += [[name, how, what, source, "public document"] for name, how, what in MANIFEST]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(kept)


@dataclass(frozen=True)
class WholeScan:
    """One whole-plan scan under build/scans/: its source PDF, resolution, and skew and noise if any."""

    name: str
    source: Path
    dpi: int
    bad: bool
    skew: float = SKEW_DEGREES
    seed: int = 0


#: The whole-plan scans (grey JPEG pages). The tuning pair is the landscape sample; the held-out
#: ones are other plans (the held-out structures), another turn and other noise seeds, kept apart
#: from tuning so that ``bench/ocr.py`` can tell how OCR does on scans nobody looked at.
WHOLE_SCANS = (
    WholeScan("plan-2024-scan300", SOURCE_PDF, 300, bad=False),
    WholeScan("plan-2024-scan200-skewed", SOURCE_PDF, 200, bad=True),
    WholeScan("heldout/district-scan300", SAMPLES / "heldout" / "plan-2024-district-heldout.pdf", 300, bad=False),
    WholeScan(
        "heldout/commune2-scan200-skewed",
        SAMPLES / "heldout" / "plan-2024-commune-heldout2.pdf",
        200,
        bad=True,
        skew=-1.4,
        seed=1000,
    ),
    WholeScan(
        "heldout/portrait-scan200-skewed", SAMPLES / "plan-2024-portrait.pdf", 200, bad=True, skew=0.6, seed=2000
    ),
    # held out from the section-row work (issue 13, branch ocr2): built before it was first read
    WholeScan(
        "heldout/province-sections-scan250-skewed",
        SAMPLES / "plan-2024-province-sections.pdf",
        250,
        bad=True,
        skew=0.8,
        seed=3000,
    ),
    # held out from the section-label numbering work (issue 13, branch ocr-sections): added to main
    # while that branch was written, never read on it; measured once after its merge
    WholeScan("heldout/province-mixed-scan300", SAMPLES / "plan-2024-province-mixed.pdf", 300, bad=False),
    WholeScan(
        "heldout/plan-2025-scan200-skewed",
        SAMPLES / "next-year" / "plan-2025.pdf",
        200,
        bad=True,
        skew=-0.9,
        seed=4000,
    ),
    WholeScan(
        "heldout/chromium-thead-scan200-skewed",
        SAMPLES / "heldout-layouts" / "heldout-8-chromium-thead.pdf",
        200,
        bad=True,
        skew=1.2,
        seed=5000,
    ),
    # held out from the numbering-punctuation work (issue 13, branch ocr-digits): other producers
    # (Chromium without a repeated header, ReportLab, LibreOffice with a two-row header and with
    # sections), added to main while that branch was written, never read on it; measured once after
    # its merge
    WholeScan(
        "heldout/chromium-no-thead-scan300",
        SAMPLES / "heldout-layouts" / "heldout-1-chromium-no-thead.pdf",
        300,
        bad=False,
    ),
    WholeScan(
        "heldout/reportlab-grid-closed-scan200-skewed",
        SAMPLES / "layouts" / "reportlab-grid-closed.pdf",
        200,
        bad=True,
        skew=-1.1,
        seed=6000,
    ),
    WholeScan(
        "heldout/lo-2row-header-scan200-skewed",
        SAMPLES / "audit" / "a5-lo-2row-header.pdf",
        200,
        bad=True,
        skew=0.7,
        seed=7000,
    ),
    WholeScan("heldout/lo-sections3-scan300", SAMPLES / "audit" / "a2-lo-sections3.pdf", 300, bad=False),
    # fifth held-out set: producers of the audits (LibreOffice ODT with long rows, WeasyPrint,
    # wkhtmltopdf, Chromium), built on main while branch ocr-digits was written and after branch
    # ocr-grid, never read by either; measured once after both were merged
    WholeScan("heldout/odt-portrait-long-scan300", SAMPLES / "audit" / "a3-odt-portrait-long.pdf", 300, bad=False),
    WholeScan(
        "heldout/weasy-landscape-scan200-skewed",
        SAMPLES / "audit2" / "b1-weasy-landscape-groups.pdf",
        200,
        bad=True,
        skew=-1.3,
        seed=8000,
    ),
    WholeScan(
        "heldout/wkhtml-portrait-scan200-skewed",
        SAMPLES / "audit2" / "b3-wkhtml-portrait-13pt.pdf",
        200,
        bad=True,
        skew=0.9,
        seed=9000,
    ),
    WholeScan(
        "heldout/chromium-shared-indicator-scan300",
        SAMPLES / "audit" / "a8-chromium-shared-indicator.pdf",
        300,
        bad=False,
    ),
)


def write_whole_scans(work: Path) -> list[Path]:
    """Write every scan of :data:`WHOLE_SCANS` to build/scans/ and return their paths."""
    out = []
    for scan in WHOLE_SCANS:
        pages = work / scan.name.replace("/", "-")
        pages.mkdir()
        dest = FULL_SCANS / f"{scan.name}.pdf"
        dest.parent.mkdir(parents=True, exist_ok=True)
        pngs = _render(scan.source, scan.dpi, pages)
        out.append(write_scan(pngs, dest, scan.dpi, scan.bad, bilevel=False, skew=scan.skew, seed=scan.seed))
    return out


def main() -> int:
    """Build every legacy and scanned sample, and the whole-plan scans under build/scans/.

    ``--scans-only`` writes the whole-plan scans alone (they need only pdftoppm and Pillow).
    """
    SCANNED.mkdir(exist_ok=True)
    FULL_SCANS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "--scans-only" in sys.argv:
            print("\n".join(str(path) for path in write_whole_scans(work)))
            return 0
        write_tcvn3_docx(SOURCE_DOCX, SAMPLES / "plan-2024-tcvn3.docx")
        write_vni_docx(SOURCE_DOCX, SAMPLES / "plan-2024-vni.docx")
        write_tcvn3_pdf(SOURCE_PDF, SAMPLES / "plan-2024-tcvn3.pdf", work)
        doc = libreoffice(SAMPLES / "plan-2024-portrait.docx", work, "doc", "the .doc sample")
        shutil.copy(doc, SAMPLES / "plan-2024-word97.doc")
        first, last = EXCERPT_PAGES
        for dpi, bad, name in ((300, False, "scan300"), (200, True, "scan200-skewed")):
            pages = work / name
            pages.mkdir()
            excerpt = _render(SOURCE_PDF, dpi, pages, first, last)
            write_scan(excerpt, SCANNED / f"plan-2024-{name}-p{first}-{last}.pdf", dpi, bad, bilevel=True)
        if "--excerpts-only" not in sys.argv:
            write_whole_scans(work)
    update_manifest()
    print("\n".join(name for name, _, _ in MANIFEST))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
