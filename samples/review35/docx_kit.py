"""Small python-docx helpers for the review34 probes (plain Word tables, as offices and converters write them)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

HDR5 = ["Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]


def new_doc(place="UBND XÃ AN BÌNH", plan="15/KH-UBND ngày 12/3/2025"):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2025")
    doc.add_paragraph(f"(Kèm theo Kế hoạch số {plan} của {place})")
    return doc


def _fill(cell, text):
    cell.text = ""
    for k, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.add_run(line)


def table(doc, header, rows, vmerge=(), header_row=True):
    """rows: list of lists; a str row is a section row merged across. vmerge: (col, first, last) over body rows."""
    t = doc.add_table(rows=0, cols=len(header))
    t.style = "Table Grid"
    body0 = 0
    if header_row:
        for c, h in zip(t.add_row().cells, header):
            _fill(c, h)
        body0 = 1
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):
            m = cells[0].merge(cells[-1]); _fill(m, r)
        else:
            for c, text in zip(cells, r):
                _fill(c, text)
    for col, first, last in vmerge:
        a, b = t.rows[body0 + first].cells[col], t.rows[body0 + last].cells[col]
        keep = a.text
        m = a.merge(b); _fill(m, keep)
    return t


def new_page_section(doc):
    doc.add_section(WD_SECTION.NEW_PAGE)
    sec = doc.sections[-1]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
