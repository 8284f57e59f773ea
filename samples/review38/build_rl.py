"""review38: reportlab Table with no grid (section rows spanned with SPAN), same text as build_html.py.
r1: default cell padding, section rows only; r2: LEFTPADDING 0 (cell text on the frame's margin) with a note and a
Nơi nhận / signature table after the table. Run: /work/main/.venv/bin/python build_rl.py"""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from build_html import C11, C12, C13, D1, D2, C21, C22, HEAD6, R

OUT = Path(__file__).parent / "docs"
FONTS = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FONTS + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FONTS + "LiberationSerif-Bold.ttf"))
P = ParagraphStyle("p", fontName="LS", fontSize=11, leading=13)
B = ParagraphStyle("b", parent=P, fontName="LSB")
C = ParagraphStyle("c", parent=B, alignment=1)
W = [5.2 * cm, 9.4 * cm, 2.6 * cm, 2.9 * cm, 2.9 * cm, 2.7 * cm]
ROWS = [("sec", D1), ("sec", C11), ("row", "111"), ("row", "112"), ("sec", C12), ("row", "121"), ("sec", C13),
        ("row", "131"), ("sec", D2), ("sec", C21), ("row", "211"), ("sec", C22), ("row", "221")]


def build(name, rows, pad=6, after=()):
    data = [[Paragraph(h, B) for h in HEAD6]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad)]
    for kind, val in rows:
        if kind == "sec":
            style.append(("SPAN", (0, len(data)), (-1, len(data))))
            data.append([Paragraph(val, B)] + [""] * 5)
        else:
            data.append([Paragraph(t, P) for t in R[val]])
    story = [Paragraph("PHỤ LỤC", C), Paragraph("Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2024", C),
             Paragraph("(Kèm theo Kế hoạch số 125/KH-UBND ngày 10 tháng 6 năm 2024 của UBND thành phố)", C), Spacer(1, 8),
             Table(data, colWidths=W, style=TableStyle(style), repeatRows=1)]
    story += after
    SimpleDocTemplate(str(OUT / f"{name}.pdf"), pagesize=landscape(A4), leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=1.5 * cm, bottomMargin=1.5 * cm).build(story)


if __name__ == "__main__":
    build("r1-reportlab-borderless", ROWS)
    note = Paragraph("Ghi chú: Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục này xây dựng kế hoạch cụ thể và báo cáo kết quả về Phòng Nội vụ trước ngày 15/11/2024.", P)
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Như trên;<br/>- Lưu: VT.", P), Paragraph("CHỦ TỊCH<br/><br/>Nguyễn Văn An", B)]],
                colWidths=[22 * cm, 3.7 * cm], style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    build("r2-reportlab-note-signature", ROWS[:6], pad=0, after=[Spacer(1, 6), note, Spacer(1, 6), sig])
