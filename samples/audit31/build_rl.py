"""data.json -> reportlab PDF: one Table, header repeated, rows split inside at page breaks
(splitInRow), group labels on a component's first row only (empty cells below, ruled).

python build_rl.py DATA.json OUT.pdf [--size 9]
"""
import json
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from xml.sax.saxutils import escape

from build_docx import FIELDS, HEADER, WIDTHS_L

pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))


def build(data, out, size=9):
    st = ParagraphStyle("c", fontName="DVS", fontSize=size, leading=size * 1.22)
    hb = ParagraphStyle("h", parent=st, fontName="DVSB")
    cellf = lambda lines, s=st: [Paragraph(escape(x), s) for x in lines] or ""
    body = [[cellf([h], hb) for h in HEADER]]
    prev = (None, None)
    for r in data["rows"]:
        d = cellf([r["dimension"]]) if r["d"] != prev[0] else ""
        c = cellf([r["component"]]) if (r["d"], r["c"]) != prev[1] else ""
        prev = (r["d"], (r["d"], r["c"]))
        body.append([d, c] + [cellf(r[f]) for f in FIELDS])
    t = Table(body, colWidths=[w * cm for w in WIDTHS_L], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = ParagraphStyle("t", parent=st, alignment=1, fontName="DVSB", fontSize=size + 2)
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=cm, rightMargin=cm, topMargin=cm, bottomMargin=cm)
    doc.build([Paragraph("PHỤ LỤC", title),
               Paragraph("Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI", title), t])


if __name__ == "__main__":
    a = sys.argv[1:]
    build(json.load(open(a[0], encoding="utf-8")), a[1], float(a[a.index("--size") + 1]) if "--size" in a else 9)
