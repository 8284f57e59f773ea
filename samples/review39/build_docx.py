"""review39: borderless DOCX tables (python-docx, no table style: no borders) -> LibreOffice PDF.
Run: /work/main/.venv/bin/python build_docx.py && soffice --convert-to pdf (see run.sh)."""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from build_html import LONG, R

OUT = Path(__file__).parent / "docs"
H5 = ["Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
W = [5.5, 9.5, 4, 4, 3.5]


def para(doc, text, bold=False, center=False, align=None):
    p = doc.add_paragraph()
    p.add_run(text).bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align is not None:
        p.alignment = align
    return p


def doc_with(rows, name, after=None, merged=(), naive_widths=False):
    """rows: tuples of 5 cells; merged: row indexes whose lead+coordinating cells are one."""
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.5)
    para(doc, "ỦY BAN NHÂN DÂN XÃ HÒA VANG", bold=True)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "Nhiệm vụ nâng cao Chỉ số PAPI năm 2026 của xã Hòa Vang", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2026 của UBND xã Hòa Vang)", center=True)
    t = doc.add_table(rows=1, cols=5)
    t.autofit = False
    for j, h in enumerate(H5):
        t.cell(0, j).text = ""
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v
        if i in merged:
            m = cells[2].merge(cells[3])
            m.text = r[2]
    if naive_widths:  # every row's cells given the 5 widths in turn: a merged row's cells shift (rows unaligned)
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = Cm(W[j])
    for j, col in enumerate(t.columns if not naive_widths else []):
        col.width = Cm(W[j])
    for i, row in enumerate(t.rows if not naive_widths else []):
        tcs = row._tr.tc_lst  # the row's own cells (a merged cell is one, spanning two grid columns)
        spans = [tc.grid_span for tc in tcs]
        g = 0
        for tc, span in zip(tcs, spans):
            tc.width = Cm(sum(W[g:g + span]))
            g += span
    if after:
        after(doc)
    OUT.mkdir(exist_ok=True)
    doc.save(OUT / f"{name}.docx")


def signature(doc):
    for line in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Bình"]:
        p = para(doc, line, bold=True)
        p.paragraph_format.left_indent = Cm(14)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


if __name__ == "__main__":
    doc_with(R, "d6-signature-under", after=signature)
    m = list(R) + [(f"{i}. Chỉ tiêu bổ sung số {i}", LONG, "UBND cấp xã", "Các đoàn thể", "Năm 2026") for i in range(9, 17)]
    m.insert(14, ("17. Giải quyết khiếu nại", "- Tiếp công dân định kỳ.", "Ban Tiếp công dân xã phối hợp với Thanh tra xã", "", "Hằng tháng"))
    doc_with(m, "d7-page2-merged", merged={2, 14})
    doc_with(m, "d7x-unaligned-rows", merged={2, 14}, naive_widths=True)
    doc_with(m, "d7y-unaligned-p1-merged-only", merged={2}, naive_widths=True)  # control: no merged cell on page 3
    doc_with(m, "d7z-unaligned-no-merged", merged=(), naive_widths=True)  # control: no merged cell at all
