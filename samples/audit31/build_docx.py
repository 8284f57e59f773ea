"""data.json -> DOCX appendix: one Word table, group labels in vertically merged cells,
repeated header row, rows allowed to break across pages (the default), one paragraph per line.

python build_docx.py DATA.json OUT.docx [--font "Times New Roman"] [--size 11] [--portrait]
"""
import json
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HEADER = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
          "Cơ quan thực hiện",
          "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
          "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
          "Cơ quan phối hợp"]
FIELDS = ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]
WIDTHS_L = [2.6, 2.6, 4.2, 8.2, 2.3, 2.6, 2.6, 2.6]   # 27.7 cm: A4 landscape, 1 cm margins
WIDTHS_P = [1.8, 1.8, 3.0, 5.4, 1.5, 1.7, 1.7, 2.0]   # 18.9 cm


def vmerge(cell, restart):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if restart:
        v.set(qn("w:val"), "restart")
    tcPr.append(v)


def fill(cell, lines, bold=False):
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def build(data, out, font="Times New Roman", size=11, portrait=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    if not portrait:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.0))
    for t in ("PHỤ LỤC", "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI",
              "(Kèm theo Kế hoạch số     /KH-UBND ngày     tháng     năm 2024 của UBND tỉnh)"):
        doc.add_paragraph(t).alignment = 1
    rows = data["rows"]
    widths = WIDTHS_P if portrait else WIDTHS_L
    table = doc.add_table(rows=1 + len(rows), cols=8)
    table.style = "Table Grid"
    table.autofit = False
    trs = table.rows
    hdr = trs[0]
    trPr = hdr._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)
    for i, label in enumerate(HEADER):
        fill(hdr.cells[i], [label], bold=True)
    prev = (None, None)
    for r, row in zip(rows, trs[1:]):
        cells = row.cells
        dkey, ckey = r["d"], (r["d"], r["c"])
        vmerge(cells[0], dkey != prev[0])
        vmerge(cells[1], ckey != prev[1])
        if dkey != prev[0]:
            fill(cells[0], [r["dimension"]])
        if ckey != prev[1]:
            fill(cells[1], [r["component"]])
        prev = (dkey, ckey)
        for i, f in enumerate(FIELDS, start=2):
            fill(cells[i], r[f])
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])
    for row in trs:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths[i])
    doc.save(out)


if __name__ == "__main__":
    a = sys.argv[1:]
    opt = lambda k, d: a[a.index(k) + 1] if k in a else d
    build(json.load(open(a[0], encoding="utf-8")), a[1], font=opt("--font", "Times New Roman"),
          size=float(opt("--size", 11)), portrait="--portrait" in a)
