"""Builds the page-box probes e0-e7: one plan page (A4 landscape, reportlab), then its boxes changed with pypdf
the ways producers write them; every character stays where a reader sees it on the page."""
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, RectangleObject
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).parent
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
ST = ParagraphStyle("c", fontName="LS", fontSize=11, leading=13)
HDR = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
ROWS = [
    ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"],
    ["1. Cơ hội tham gia"],
    ["1", "Tỷ lệ người dân biết về bầu cử trưởng thôn", "Tuyên truyền trên loa truyền thanh", "Văn phòng HĐND và UBND xã",
     "MTTQ xã", "Quý II/2025"],
    ["2", "Tỷ lệ người dân tham gia góp ý dự thảo quy hoạch", "Lấy ý kiến nhân dân tại nhà văn hóa thôn",
     "Công chức Địa chính - Xây dựng", "Trưởng các thôn", "Quý III/2025"],
    ["II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"],
    ["1. Tiếp cận thông tin"],
    ["1", "Tỷ lệ người dân biết thông tin về ngân sách xã", "Niêm yết dự toán ngân sách tại trụ sở",
     "Công chức Tài chính - Kế toán", "Văn phòng HĐND và UBND xã", "Năm 2025"],
]


def base(path, margin=36):
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin)
    data = [[Paragraph(h, ST) for h in HDR]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, r in enumerate(ROWS, start=1):
        if len(r) == 1:
            data.append([Paragraph(r[0], ST)] + [""] * 5)
            style.append(("SPAN", (0, i), (-1, i)))
        else:
            data.append([Paragraph(c, ST) for c in r])
    w = landscape(A4)[0] - 2 * margin
    t = Table(data, colWidths=[w * s for s in (0.05, 0.25, 0.25, 0.17, 0.15, 0.13)], style=TableStyle(style))
    story = [Paragraph("PHỤ LỤC", ST), Paragraph("NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2025", ST),
             Paragraph("(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/3/2025 của UBND xã An Bình)", ST), Spacer(1, 8), t]
    doc.build(story)


def variant(src, dst, change):
    w = PdfWriter(clone_from=PdfReader(src))
    change(w.pages[0])
    w.write(dst)


def shift(dx, dy):
    def change(page):
        page.add_transformation(Transformation().translate(dx, dy))
        W, H = float(page.mediabox.width), float(page.mediabox.height)
        page.mediabox = RectangleObject([dx, dy, dx + W, dy + H])
        page.cropbox = RectangleObject([dx, dy, dx + W, dy + H])
    return change


def crop(page):  # CropBox 20 pt inside the MediaBox on every side: the table (36 pt margins) stays inside it
    page.cropbox = RectangleObject([20, 20, 822, 575])


def crop_shifted(page):  # MediaBox from 0,0 but a CropBox that starts elsewhere and is smaller (a trimmed print)
    page.mediabox = RectangleObject([0, 0, 900, 650])
    page.cropbox = RectangleObject([0, 0, 842, 595])


def rotate90(page):  # stored portrait, shown landscape with /Rotate 90 (scanners and some printers write this)
    page.add_transformation(Transformation((0, 1, -1, 0, 595, 0)))
    page.mediabox = RectangleObject([0, 0, 595, 842])
    page.cropbox = RectangleObject([0, 0, 595, 842])
    page[NameObject("/Rotate")] = NumberObject(90)


def rotate270(page):  # the same, the other way round
    page.add_transformation(Transformation((0, -1, 1, 0, 0, 842)))
    page.mediabox = RectangleObject([0, 0, 595, 842])
    page.cropbox = RectangleObject([0, 0, 595, 842])
    page[NameObject("/Rotate")] = NumberObject(270)


if __name__ == "__main__":
    base(OUT / "e0.pdf")
    base(OUT / "e7.pdf", margin=3)  # text at the very margin: the table 3 pt from every edge
    variant(OUT / "e0.pdf", OUT / "e1.pdf", crop)
    variant(OUT / "e0.pdf", OUT / "e2.pdf", shift(0, -595))
    variant(OUT / "e0.pdf", OUT / "e3.pdf", shift(100, 100))
    variant(OUT / "e0.pdf", OUT / "e4.pdf", rotate90)
    variant(OUT / "e0.pdf", OUT / "e5.pdf", rotate270)
    variant(OUT / "e0.pdf", OUT / "e6.pdf", crop_shifted)
