"""Build the reportlab probes of review36 (canvas-drawn tables, exact geometry).
Run: /work/main/.venv/bin/python build_rl.py   -> docs/r*.pdf"""
import json, os
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import HEADER, ROWS, expected

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("S", LIB + "DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SB", LIB + "DejaVuSerifCondensed-Bold.ttf"))
W, H = 842, 595
WIDTHS = [95, 85, 105, 170, 65, 85, 90, 85]
X0 = 26
SIZE, LEAD, PAD = 8, 10, 3


def wrap(text, width, font="S", size=SIZE):
    lines = []
    for par in text.split("\n"):
        line = ""
        for word in par.split(" "):
            cand = (line + " " + word).strip()
            if pdfmetrics.stringWidth(cand, font, size) <= width - 2 * PAD or not line:
                line = cand
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def layout(rows, font="S"):
    """Row heights for the header and body rows."""
    out = []
    for r in rows:
        n = max(len(wrap(t, w, font)) if t else 1 for t, w in zip(r, WIDTHS))
        out.append(n * LEAD + 2 * PAD)
    return out


class Page:
    def __init__(self, c, transform=None):
        self.c = c

    def y(self, top):
        return H - top

    def text(self, x, top, s, font="S", size=SIZE):
        self.c.setFont(font, size)
        self.c.drawString(x, self.y(top) - size, s)

    def hline(self, x0, x1, top, w=0.6):
        self.c.setLineWidth(w)
        self.c.line(x0, self.y(top), x1, self.y(top))

    def vline(self, x, top, bottom, w=0.6):
        self.c.setLineWidth(w)
        self.c.line(x, self.y(top), x, self.y(bottom))

    def cell_text(self, x, top, width, text, font="S"):
        for k, line in enumerate(wrap(text, width, font)):
            self.text(x + PAD, top + PAD + k * LEAD, line, font)


def table(p, top, rows=None, text_first=True, gaps=None, header=True):
    """Draw the appendix table from ``top``; return (bottom, row tops). ``gaps``: {row index: empty spacer height}."""
    rows = ROWS if rows is None else rows
    body = [r[1:] for r in rows]
    all_rows = ([HEADER] if header else []) + body
    heights = layout(all_rows)
    tops, y = [], top
    for i, h in enumerate(heights):
        if gaps and i in gaps:
            y += gaps[i]  # an empty spacer row before row i
        tops.append(y)
        y += h
    bottom = y
    xs = [X0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)

    def lines():
        edges = sorted({top, bottom, *tops} | ({t - g for i, g in (gaps or {}).items() for t in [tops[i]]}))
        for e in edges:
            p.hline(xs[0], xs[-1], e)
        for x in xs:
            p.vline(x, top, bottom)

    def texts():
        for i, r in enumerate(all_rows):
            for j, t in enumerate(r):
                if t:
                    p.cell_text(xs[j], tops[i], WIDTHS[j], t, "SB" if header and i == 0 else "S")

    if text_first:
        texts(); lines()
    else:
        lines(); texts()
    return bottom, tops, xs


def title(p):
    p.text(330, 30, "PHỤ LỤC", "SB", 11)
    p.text(250, 46, "KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2025", "SB", 10)


def doc(name, draw, expect, rotate=False):
    path = os.path.join(HERE, "docs", name)
    c = Canvas(path, pagesize=(H, W) if rotate else (W, H))
    if rotate:  # a portrait MediaBox with /Rotate 90 (set below): the content drawn turned
        c.transform(0, 1, -1, 0, H, 0)  # shown turned 90 degrees clockwise: reads as a landscape page
    p = Page(c)
    title(p)
    draw(p)
    c.showPage()
    c.save()
    if rotate:
        import pypdf
        r = pypdf.PdfReader(path); w = pypdf.PdfWriter()
        for pg in r.pages:
            pg[pypdf.generic.NameObject("/Rotate")] = pypdf.generic.NumberObject(90)
            w.add_page(pg)
        w.write(path)
    with open(os.path.join(HERE, "expected", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)


def stamp(p, tops, xs, label=True):
    """A "ĐÃ KÝ" stamp: a box over row 2's tasks and implementing cells, drawn after the table."""
    x0, x1 = xs[3] + 120, xs[5] - 10
    t0, t1 = tops[2] - 6, tops[2] + 14
    p.c.setStrokeColorRGB(0.8, 0, 0)
    p.c.setLineWidth(1.2)
    p.c.rect(x0, p.y(t1), x1 - x0, t1 - t0)
    if label:
        p.c.setFillColorRGB(0.8, 0, 0)
        p.text(x0 + 20, t0 + 5, "ĐÃ KÝ", "SB", 9)
    p.c.setFillColorRGB(0, 0, 0); p.c.setStrokeColorRGB(0, 0, 0)


def r01(p):  # a bordered note 3 pt under the table, as wide as it
    bottom, tops, xs = table(p, 70)
    t = bottom + 3
    p.c.setLineWidth(0.6)
    p.c.rect(xs[0], p.y(t + 18), xs[-1] - xs[0], 18)
    p.text(xs[0] + 4, t + 4, "Ghi chú: Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 15/12/2025.")


def r02(p):  # a small score table whose bottom lies 4 pt above the appendix table
    xs = [X0, X0 + 120, X0 + 220, X0 + 320]
    rows = [["Năm", "Điểm PAPI", "Xếp hạng"], ["2023", "42,5", "35/63"], ["2024", "43,1", "30/63"]]
    top = 62
    for i, r in enumerate(rows):
        for j, s in enumerate(r):
            p.text(xs[j] + 3, top + i * 14 + 3, s)
    for i in range(4):
        p.hline(xs[0], xs[-1], top + i * 14)
    for x in xs:
        p.vline(x, top, top + 42)
    table(p, top + 42 + 4)


def r03(p):  # empty spacer rows 3.5 pt high between the dimension groups
    table(p, 70, gaps={4: 3.5})


def dots(p, x0, x1, top, dot=0.75, gap=0.75):
    """A dotted line drawn dot by dot (each dot a filled square), as Chromium draws a dotted border."""
    x = x0
    while x + dot <= x1:
        p.c.rect(x, p.y(top + dot), dot, dot, stroke=0, fill=1)
        x += dot + gap


def r04(p):  # a dotted separator drawn dot by dot between two tasks of one cell
    rows = [list(r) for r in ROWS]
    rows[0][4] = "- Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư.\n\n- Tổ chức hội nghị đối thoại với Nhân dân."
    bottom, tops, xs = table(p, 70, rows=rows)
    # the blank line between the two tasks: dotted rule at its middle
    first = len(wrap(rows[0][4].split("\n")[0], WIDTHS[3]))
    y = tops[1] + PAD + first * LEAD + LEAD / 2
    dots(p, xs[3] + 4, xs[4] - 4, y)


def r05(p):
    bottom, tops, xs = table(p, 70)
    stamp(p, tops, xs)


def r08(p):  # the stamp put on as a form XObject (box and label one form), as stamping tools do
    bottom, tops, xs = table(p, 70)
    c = p.c
    c.beginForm("stamp")
    stamp(p, tops, xs)
    c.endForm()
    c.doForm("stamp")


def r09(p):  # a boxed figure inside a cell: the frame drawn, then its text (as a drawing program does)
    rows = [list(r) for r in ROWS]
    rows[0][3] = "1. Hiểu biết về chính sách\n\n\n"
    bottom, tops, xs = table(p, 70, rows=rows)
    x0, t0 = xs[2] + 8, tops[1] + PAD + 2 * LEAD - 1
    p.c.setLineWidth(0.6)
    p.c.rect(x0, p.y(t0 + 14), 50, 14)
    p.text(x0 + 4, t0 + 3, "Đạt 95%")


def r10(p):  # a checkbox square in a cell, its tick typed in after it
    rows = [list(r) for r in ROWS]
    rows[1][8] = "    Đã triển khai"
    bottom, tops, xs = table(p, 70, rows=rows)
    x0, t0 = xs[7] + PAD, tops[2] + PAD + 1
    p.c.setLineWidth(0.5)
    p.c.rect(x0, p.y(t0 + 7), 7, 7)
    p.text(x0 + 1, t0 - 0.5, "x")


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    doc("r01-note-box-3pt-below.pdf", r01, expected())
    doc("r02-table-4pt-above.pdf", r02, expected())
    doc("r03-spacer-rows-3pt5.pdf", r03, expected())
    doc("r04-dotted-separator-in-cell.pdf", r04, expected({(0, "tasks"):
        "- Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư.\n- Tổ chức hội nghị đối thoại với Nhân dân."}))
    doc("r05-stamp.pdf", r05, expected())
    doc("r06-stamp-rotate90.pdf", r05, expected(), rotate=True)
    doc("r07-note-box-rotate90.pdf", r01, expected(), rotate=True)
    doc("r08-stamp-form-xobject.pdf", r08, expected())
    doc("r09-boxed-figure-in-cell.pdf", r09, expected({(0, "indicators"): "1. Hiểu biết về chính sách\nĐạt 95%"}))
    doc("r10-checkbox-in-cell.pdf", r10, expected({(1, "coordinating"): "x Đã triển khai"}))


def outlined(p, x, top, text, size=8, font=LIB + "DejaVuSerifCondensed.ttf"):
    """Draw ``text`` as glyph outlines (filled paths, no text): a vector logo, a pasted picture's words."""
    from fontTools.ttLib import TTFont as FT
    from fontTools.pens.basePen import BasePen
    f = FT(font); gs = f.getGlyphSet(); cmap = f.getBestCmap(); upm = f["head"].unitsPerEm
    k = size / upm
    base = p.y(top) - size

    class Pen(BasePen):
        def __init__(self, path, dx):
            super().__init__(gs); self.path, self.dx = path, dx

        def pt(self, q):
            return self.dx + q[0] * k, base + q[1] * k

        def _moveTo(self, q): self.path.moveTo(*self.pt(q))
        def _lineTo(self, q): self.path.lineTo(*self.pt(q))
        def _curveToOne(self, a, b, c): self.path.curveTo(*self.pt(a), *self.pt(b), *self.pt(c))
        def _closePath(self): self.path.close()

    import unicodedata
    dx = x
    for ch in unicodedata.normalize("NFC", text):
        name = cmap.get(ord(ch))
        if name is None:
            continue
        path = p.c.beginPath()
        gs[name].draw(Pen(path, dx))
        p.c.drawPath(path, stroke=0, fill=1)
        dx += gs[name].width * k


def r11(p):  # words drawn as outlines inside a cell (a pasted vector picture: "ĐÃ HOÀN THÀNH")
    rows = [list(r) for r in ROWS]
    rows[2][8] = "Các tổ chức đoàn thể\n\n"
    bottom, tops, xs = table(p, 70, rows=rows)
    outlined(p, xs[7] + PAD, tops[3] + PAD + LEAD + 1, "ĐÃ HOÀN THÀNH", 9)
    outlined(p, xs[3] + PAD, tops[3] + PAD + LEAD + 1, "Trung tâm Văn hóa – Thông tin", 9)


if __name__ == "__main__":
    doc("r11-outlined-words-in-cell.pdf", r11, expected({(2, "coordinating"): "Các tổ chức đoàn thể"}))


def r12(p):  # the whole page in one form XObject (a page re-imposed or re-exported), the stamp last in it
    c = p.c
    c.beginForm("page")
    bottom, tops, xs = table(p, 70)
    stamp(p, tops, xs)
    c.endForm()
    c.doForm("page")


if __name__ == "__main__":
    doc("r12-page-in-form-stamp.pdf", r12, expected())
