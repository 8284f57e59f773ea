"""Build the reportlab documents of audit36.  Run: /work/main/.venv/bin/python build_rl.py"""
import html, os, sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from content import HEADER, ROWS, STAMP, pieces

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("LSerif", LIB + "DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", LIB + "DejaVuSerifCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", LIB + "DejaVuSans-Bold.ttf"))
addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerif-B")
addMapping("LSerif", 0, 1, "LSerif"); addMapping("LSerif", 1, 1, "LSerif-B")
CELL = ParagraphStyle("c", fontName="LSerif", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", parent=CELL, fontName="LSerif-B")
TITLE = ParagraphStyle("t", fontName="LSerif", fontSize=12, leading=15, alignment=1)
WIDTHS = [22, 25, 42, 75, 22, 24, 26, 30]  # mm, 266 in all
TAGS = {"h": ('<span backColor="#ffff00">', "</span>"), "s": ("<strike>", "</strike>"),
        "u": ("<u>", "</u>"), None: ("", "")}


def para(par, style=CELL):
    return Paragraph("".join(TAGS[k][0] + html.escape(t) + TAGS[k][1] for t, k in pieces(par)), style)


def cell(pars):
    return [para(p) for p in pars] or ""


def table(style_cmds):
    data = [[Paragraph(html.escape(h), HEAD) for h in HEADER]]
    spans, prev = [], None
    start_d = start_c = 1
    for i, (key, dim, comp, *cells) in enumerate(ROWS, start=1):
        new_d = prev is None or prev[1] != dim
        new_c = new_d or prev[2] != comp
        if new_d and i > 1:
            spans.append(("SPAN", (0, start_d), (0, i - 1)))
        if new_d:
            start_d = i
        if new_c and i > 1:
            spans.append(("SPAN", (1, start_c), (1, i - 1)))
        if new_c:
            start_c = i
        data.append([para(dim) if new_d else "", para(comp) if new_c else ""] + [cell(c) for c in cells])
        prev = (key, dim, comp)
    n = len(data)
    spans += [("SPAN", (0, start_d), (0, n - 1)), ("SPAN", (1, start_c), (1, n - 1))]
    t = Table(data, colWidths=[w * mm for w in WIDTHS], repeatRows=1, splitByRow=1, splitInRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")] + style_cmds + spans))
    return t


class RectCanvas(Canvas):
    """A report generator's canvas: every line is drawn as a thin filled rectangle."""

    def line(self, x1, y1, x2, y2):
        w = max(self._lineWidth, 0.1)
        self.saveState()
        self.setFillColor(self._strokeColorObj)
        if abs(y1 - y2) < 0.01:
            self.rect(min(x1, x2), y1 - w / 2, abs(x2 - x1), w, stroke=0, fill=1)
        elif abs(x1 - x2) < 0.01:
            self.rect(x1 - w / 2, min(y1, y2), w, abs(y2 - y1), stroke=0, fill=1)
        else:
            Canvas.line(self, x1, y1, x2, y2)
        self.restoreState()


def stamp(canv, doc):
    if canv.getPageNumber() != 1:
        return
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#c00000")); canv.setFillColor(colors.HexColor("#c00000"))
    canv.setLineWidth(2.2)
    x, y = 200 * mm, 120 * mm
    canv.rect(x, y, 34 * mm, 12 * mm, stroke=1, fill=0)
    canv.setFont("LSans-B", 14)
    canv.drawCentredString(x + 17 * mm, y + 3.8 * mm, STAMP)
    canv.restoreState()


STYLES = {
    # thick outer frame, dashed 0.25 pt grey inner grid, a double rule under the header, header shading
    "t07-rl-frame-dashed": dict(canvas=Canvas, stamp=False, cmds=[
        ("BOX", (0, 0), (-1, -1), 2, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey, None, (2, 2)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black, None, None, None, 2, 1.6),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
    ]),
    # hairline blue rules drawn as filled rectangles, a stamp rectangle "ĐÃ KÝ" over the table
    "t08-rl-rects-stamp": dict(canvas=RectCanvas, stamp=True, cmds=[
        ("GRID", (0, 0), (-1, -1), 0.1, colors.HexColor("#2f5597")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
    ]),
}


def build(name, st):
    path = os.path.join(HERE, "docs", name + ".pdf")
    size = landscape(A4)
    doc = BaseDocTemplate(path, pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=14 * mm, bottomMargin=14 * mm, title="Phụ lục PAPI 2024")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=stamp if st["stamp"] else (lambda c, d: None))])
    story = [Paragraph("<b>PHỤ LỤC</b>", TITLE),
             Paragraph("Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao", TITLE),
             Paragraph("Chỉ số PAPI năm 2024 và những năm tiếp theo", TITLE),
             Paragraph("<i>(Kèm theo Kế hoạch số:/KH-UBND ngày.....tháng 6 năm 2024 của UBND thành phố)</i>", TITLE),
             table(st["cmds"])]
    doc.build(story, canvasmaker=st["canvas"])
    return path


if __name__ == "__main__":
    for name in sys.argv[1:] or STYLES:
        print("built", build(name, STYLES[name]))
