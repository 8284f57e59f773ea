"""A TCVN3 PDF drawn as a Word print keeps it: every byte drawn, "ư" (0xAD) included (t14).

LibreOffice lays U+00AD out as a soft hyphen, so its PDF of a TCVN3 document has no "ư" (t09). Word
shows and prints the byte as the letter; with no Word here, this draws the same page with reportlab's
canvas (``drawString`` draws every character it is given): audit9's title and five rows in a full grid,
landscape A4, the stand-in fonts of ``legacy_fonts.py`` named ``.VnTime`` / ``.VnTimeH`` (text layer:
the TCVN3 bytes, U+00AD for "ư"; toned capitals in ``.VnTimeH``, titles and header typed small in it).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from legacy_codec import tcvn3_pieces
from legacy_fonts import LIB, make

WIDTHS_MM = [30, 30, 45, 80, 28, 32, 22]
SIZE, LEAD, PAD = 10.5, 12.6, 3.0


def fonts(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for family, kind in ((".VnTime", "tcvn3"), (".VnTimeH", "tcvn3caps")):
        for style in ("Regular", "Bold"):
            make(LIB / f"LiberationSerif-{style}.ttf", family, style, kind, folder)
            ps = family + ("" if style == "Regular" else "-" + style)
            pdfmetrics.registerFont(TTFont(ps, str(folder / f"{ps.lstrip('.')}.ttf")))


def pieces(text: str, caps: bool, bold: bool) -> list[tuple[str, str]]:
    b = "-Bold" if bold else ""
    return [(t, (".VnTimeH" if c else ".VnTime") + b) for t, c in tcvn3_pieces(text, caps)]


def width(text: str, caps: bool, bold: bool) -> float:
    return sum(pdfmetrics.stringWidth(t, f, SIZE) for t, f in pieces(text, caps, bold))


def wrap(text: str, w: float, caps: bool = False, bold: bool = False) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split(" "):
            cand = f"{cur} {word}" if cur else word
            if cur and width(cand, caps, bold) > w:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        lines.append(cur)
    return lines


def draw_line(c: Canvas, x: float, y: float, text: str, caps: bool = False, bold: bool = False, center_w: float = 0) -> None:
    if center_w:
        x += (center_w - width(text, caps, bold)) / 2
    for t, f in pieces(text, caps, bold):
        c.setFont(f, SIZE)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, SIZE)


def draw(path: Path, title: list[str], head: list[str], rows: list[list[str]], font_dir: Path) -> None:
    """rows: the seven cell texts of each row (Unicode); an empty dimension cell continues the one above."""
    fonts(font_dir)
    pw, ph = landscape(A4)
    left, top, bottom = 15 * mm, ph - 18 * mm, 18 * mm
    ws = [w * mm for w in WIDTHS_MM]
    xs = [left + sum(ws[:i]) for i in range(len(ws) + 1)]
    c = Canvas(str(path), pagesize=(pw, ph))
    c.setTitle("Ke hoach")
    y = top
    for i, line in enumerate(title):
        draw_line(c, left, y - SIZE, line, caps=i < 2, bold=i < 2, center_w=xs[-1] - left)
        y -= LEAD + 2
    y -= LEAD

    def row_block(cells: list[str], caps: bool, bold: bool) -> tuple[list[list[str]], float]:
        lines = [wrap(t, w - 2 * PAD, caps, bold) if t else [] for t, w in zip(cells, ws)]
        return lines, max(len(x) for x in lines) * LEAD + 2 * PAD

    def put(lines: list[list[str]], h: float, y: float, caps: bool, bold: bool, skip_top: set[int]) -> None:
        c.setLineWidth(0.6)
        for i, cell in enumerate(lines):
            for k, line in enumerate(cell):
                draw_line(c, xs[i] + PAD, y - PAD - SIZE - k * LEAD, line, caps, bold)
        for x in xs:
            c.line(x, y, x, y - h)
        for i in range(len(ws)):
            if i not in skip_top:
                c.line(xs[i], y, xs[i + 1], y)

    hl, hh = row_block(head, True, True)
    put(hl, hh, y, True, True, set())
    y -= hh
    for r in rows:
        lines, h = row_block(r, False, False)
        if y - h < bottom:
            c.line(xs[0], y, xs[-1], y)
            c.showPage()
            y = top
            put(hl, hh, y, True, True, set())
            y -= hh
        cont = {0} if not r[0] else set()
        put(lines, h, y, False, False, cont)  # a merged dimension cell: no rule above it
        y -= h
    c.line(xs[0], y, xs[-1], y)
    c.showPage()
    c.save()
