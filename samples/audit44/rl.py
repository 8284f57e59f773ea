"""Draws a whole plan's block list as a PDF with reportlab: portrait and landscape page templates, "Trang n/N"
page numbers, a running head, a footnote at the foot of the page its marker is on, the appendix split inside
rows at page breaks (splitInRow), its header repeated."""

from __future__ import annotations

import html
from pathlib import Path

from content import APPENDIX_FIELDS, APPENDIX_HEADER
from producers import APP_W, groups
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

BASE = "/usr/share/fonts/truetype/liberation2/LiberationSerif-"
pdfmetrics.registerFont(TTFont("LS", BASE + "Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", BASE + "Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", BASE + "Italic.ttf"))
BODY = ParagraphStyle("b", fontName="LS", fontSize=12.5, leading=16, alignment=4, spaceAfter=4)
CELL = ParagraphStyle("c", fontName="LS", fontSize=11, leading=13.5)
BOLD = ParagraphStyle("h", parent=BODY, fontName="LSB", alignment=1, spaceAfter=0)
CAP = ParagraphStyle("i", parent=BODY, fontName="LSI", alignment=1)


def para(text: str, st=CELL) -> Paragraph:
    return Paragraph("<br/>".join(html.escape(x) for x in text.split("\n")), st)


class FootnoteMark(Flowable):
    """Zero-size: tells the page-end hook to draw the footnote on this page."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv._footnotes = [*getattr(self.canv, "_footnotes", []), self.text]


def make_canvas(spec: dict, province: str):
    class Numbered(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                w, h = self._pagesize
                self.setFont("LS", 10)
                if spec["pagenum"]:
                    self.drawCentredString(w / 2, 1.0 * cm, f"Trang {self._pageNumber}/{n}")
                if spec["runhead"]:
                    self.setFont("LSI", 9)
                    self.drawRightString(w - 2 * cm, h - 1.1 * cm,
                                         f"Kế hoạch nâng cao Chỉ số PAPI năm 2026 - UBND tỉnh {province}")
                super().showPage()
            super().save()

    return Numbered


def _page_end(canv, _doc):
    for k, text in enumerate(getattr(canv, "_footnotes", [])):
        canv.setFont("LS", 9.5)
        canv.line(2 * cm, 2.3 * cm, 7 * cm, 2.3 * cm)
        canv.drawString(2 * cm, 1.9 * cm - k * 12, text)
    canv._footnotes = []


def _table(header, rows, widths, repeat=True, extra=()):
    data = [[para(h, ParagraphStyle("th", parent=CELL, fontName="LSB", alignment=1)) for h in header]]
    data += [[para(v) for v in r] for r in rows]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), *extra]
    return Table(data, colWidths=widths, repeatRows=1 if repeat else 0, splitInRow=1, style=TableStyle(cmds))


def _appendix(rows: list[dict], width: float):
    cells = [[r[f] for f in APPENDIX_FIELDS] for r in rows]
    spans = []
    for col, f in ((0, "dimension"), (1, "component")):
        for i, s in enumerate(groups(rows, f)):
            if s == 0:
                cells[i][col] = ""
            elif s > 1:
                spans.append(("SPAN", (col, i + 1), (col, i + s)))
    scale = width / (sum(APP_W) * cm)
    return _table(APPENDIX_HEADER, cells, [w * cm * scale for w in APP_W], extra=spans)


def write_reportlab(plan: dict, path: Path) -> None:
    spec = plan["spec"]
    pw, ph = A4
    lw, lh = landscape(A4)
    m = 2 * cm
    tpl_p = PageTemplate("P", [Frame(m, m + 0.6 * cm, pw - 2 * m, ph - 2 * m - 0.6 * cm)], pagesize=A4,
                         onPageEnd=_page_end)
    tpl_l = PageTemplate("L", [Frame(1.5 * cm, m, lw - 3 * cm, lh - 2 * m - 0.2 * cm)], pagesize=landscape(A4),
                         onPageEnd=_page_end)
    start_land = any(b[0] == "start_landscape" for b in plan["blocks"])
    doc = BaseDocTemplate(str(path), pageTemplates=[tpl_l, tpl_p] if start_land else [tpl_p, tpl_l])
    story: list = []
    cur = "L" if start_land else "P"
    for kind, val in plan["blocks"]:
        if kind == "orient":
            cur = "L" if val == "landscape" else "P"
            story += [NextPageTemplate(cur), PageBreak()]
        elif kind == "pagebreak":
            story += [NextPageTemplate(cur), PageBreak()]
        elif kind != "start_landscape":
            story += _rl_block(kind, val, (lw - 3 * cm) if cur == "L" else (pw - 2 * m))
    doc.build(story, canvasmaker=make_canvas(spec, plan["province"]))


def _rl_block(kind: str, val, width: float) -> list:
    if kind == "heading":
        left = para("\n".join(val["issuer"]) + "\n\n" + val["number"], BOLD)
        right = para("\n".join(val["motto"]) + "\n\n" + val["place_date"], BOLD)
        return [Table([[left, right]], colWidths=[width * 0.42, width * 0.58]), Spacer(1, 12)]
    if kind in ("title", "apptitle"):
        return [para(x, BOLD if k < 2 else CAP) for k, x in enumerate(val)] + [Spacer(1, 8)]
    if kind == "h":
        return [para(val, ParagraphStyle("hh", parent=BODY, fontName="LSB"))]
    if kind == "p":
        return [para(val, BODY)]
    if kind == "note":
        return [Spacer(1, 4), para(val, ParagraphStyle("n", parent=BODY, fontName="LSI"))]
    if kind == "footnote":
        return [FootnoteMark(val)]
    if kind == "ptable":
        n = len(val["header"])
        ws = [width * 0.07] + [width * 0.93 / (n - 1)] * (n - 1)
        ws[1] = width * 0.93 / (n - 1) * 1.8
        ws[2:] = [(width * 0.93 - ws[1]) / (n - 2)] * (n - 2)
        return [para(val["caption"], CAP), _table(val["header"], val["rows"], ws, repeat=False), Spacer(1, 8)]
    if kind == "signature":
        left = para("\n".join(val["recipients"]), ParagraphStyle("r", parent=CELL, fontSize=10.5))
        right = para("\n".join(val["sign"]), BOLD)
        return [Spacer(1, 12), Table([[left, right]], colWidths=[width * 0.5, width * 0.5])]
    if kind == "appendix":
        return [_appendix(val, width)]
    if kind == "app2":
        n = len(val["header"])
        ws = [width * 0.07] + [width * 0.93 / (n - 1)] * (n - 1)
        return _rl_block("apptitle", val["title"], width) + [_table(val["header"], val["rows"], ws)]
    raise ValueError(kind)
