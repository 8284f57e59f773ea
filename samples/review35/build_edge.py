"""reportlab + pypdf probes for past_edge (rule 3): page boxes, /Rotate, off-page producer text; README.md has the expected rows."""
from pathlib import Path
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

OUT = Path(__file__).parent
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
ST = ParagraphStyle("c", fontName="LS", fontSize=11, leading=13)
HDR = ["Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
ROWS = [["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "", "", "", ""], ["1. Tri thức công dân", "", "", "", ""],
        ["1. Tỷ lệ người dân hiểu biết về chính sách", "- Tuyên truyền trên loa truyền thanh", "Công chức Văn hóa - Xã hội", "Các đoàn thể", "Năm 2025"],
        ["2. Tỷ lệ người dân biết về bầu cử trưởng thôn", "- Hướng dẫn quy trình bầu cử", "Văn phòng HĐND và UBND", "Các thôn", "Quý II/2025"]]


def table():
    t = Table([[Paragraph(c, ST) for c in r] for r in [HDR] + ROWS], colWidths=[190, 250, 120, 120, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, "black"), ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 2), (-1, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def page(path, w, h, extra=None, origin=(0, 0), rotate=False):
    c = canvas.Canvas(str(path), pagesize=(w, h))
    if rotate:  # a landscape page drawn on portrait paper, shown turned by /Rotate 90
        c.translate(w, 0); c.rotate(90); w, h = h, w
    c.translate(*origin)
    c.setFont("LS", 13)
    c.drawCentredString(w / 2, h - 50, "PHỤ LỤC")
    c.drawCentredString(w / 2, h - 66, "(Kèm theo Kế hoạch số 20/KH-UBND ngày 10/3/2025 của UBND xã An Bình)")
    t = table(); _, th = t.wrapOn(c, w, h); t.drawOn(c, 40, h - 90 - th)
    c.setFont("LS", 10); c.drawCentredString(w / 2, 25, "Trang 1")
    if extra: extra(c, w, h)
    c.showPage(); c.save()


def boxes(path, media=None, crop=None, rotate=None):
    r = PdfReader(str(path)); wr = PdfWriter()
    for p in r.pages:
        if media: p.mediabox = RectangleObject(media)
        if crop: p.cropbox = RectangleObject(crop)
        if rotate: p.rotate(rotate)
        wr.add_page(p)
    wr.write(str(path))


if __name__ == "__main__":
    W, H = landscape(A4)
    page(OUT / "e0_plain.pdf", W, H)
    # e1: a CropBox 30 pt inside the MediaBox (a page cropped in Acrobat): the page number lies outside it
    page(OUT / "e1_cropbox.pdf", W, H); boxes(OUT / "e1_cropbox.pdf", crop=[30, 30, W - 30, H - 30])
    # e2: portrait paper, content turned, /Rotate 90 (Microsoft Print to PDF style)
    page(OUT / "e2_rotate.pdf", H, W, rotate=True); boxes(OUT / "e2_rotate.pdf", rotate=90)
    # e3: MediaBox not at the origin (content translated to match)
    page(OUT / "e3_offset.pdf", W, H, origin=(100, 200)); boxes(OUT / "e3_offset.pdf", media=[100, 200, 100 + W, 200 + H])
    # e4: a producer's line drawn below the page, outside the table (no row holds it)
    page(OUT / "e4_offpage_note.pdf", W, H, extra=lambda c, w, h: c.drawString(40, -30, "Văn bản được ký số bởi: UBND xã An Bình"))
    # e5: control: a cell's words run off the page's right edge inside the table (should warn)
    page(OUT / "e5_cell_past.pdf", W, H, extra=lambda c, w, h: (c.setFont("LS", 11), c.drawString(w - 30, h - 240, "và Trung tâm Văn hóa")))
