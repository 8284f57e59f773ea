"""review38: borderless Word tables (python-docx, borders set to none) with section rows as cells merged
across the row, printed to PDF by LibreOffice. Same text as build_html.py.
Run: /work/main/.venv/bin/python build_docx.py"""
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from build_html import BASE as _unused, C11, C12, C13, C21, C22, D1, D2, HEAD6, R  # noqa: F401

OUT = Path(__file__).parent / "docs"
WCM = [5.2, 9.6, 2.4, 2.9, 2.9, 2.9]


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tbl_pr.append(b)


def build(name, rows, after=(), centre=False, break_before=()):
    doc = Document()
    s = doc.sections[0]
    s.orientation, s.page_width, s.page_height = WD_ORIENT.LANDSCAPE, Cm(29.7), Cm(21)
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(12)
    for text, bold in (("PHỤ LỤC", True), ("Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2024", False),
                       ("(Kèm theo Kế hoạch số 125/KH-UBND ngày 10 tháng 6 năm 2024 của UBND thành phố)", False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold
    t = doc.add_table(rows=1, cols=6)
    no_borders(t)
    for c, (h, w) in enumerate(zip(HEAD6, WCM)):
        t.rows[0].cells[c].width = Cm(w)
        t.rows[0].cells[c].paragraphs[0].add_run(h).bold = True
    for kind, val in rows:
        r = t.add_row()
        for c, w in enumerate(WCM):
            r.cells[c].width = Cm(w)
        if kind == "sec":
            cell = r.cells[0].merge(r.cells[5])
            cell.paragraphs[0].add_run(val).bold = True
            if val in break_before:  # this section row starts a page (no repeated header: a continuation page)
                cell.paragraphs[0].paragraph_format.page_break_before = True
            if centre:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            for c, text in enumerate(R[val]):
                r.cells[c].paragraphs[0].add_run(text)
    for text in after:
        if isinstance(text, tuple):  # signature: a borderless 2-column table
            st2 = doc.add_table(rows=1, cols=2)
            no_borders(st2)
            st2.rows[0].cells[0].width, st2.rows[0].cells[1].width = Cm(20), Cm(5.7)
            st2.rows[0].cells[0].paragraphs[0].add_run(text[0])
            st2.rows[0].cells[1].paragraphs[0].add_run(text[1]).bold = True
        else:
            doc.add_paragraph(text)
    path = OUT / f"{name}.docx"
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-review38", "--headless", "--convert-to", "pdf",
                    "--outdir", str(OUT), str(path)], check=True, capture_output=True)


ROWS = [("sec", D1), ("sec", C11), ("row", "111"), ("row", "112"), ("sec", C12), ("row", "121"), ("sec", C13),
        ("row", "131"), ("sec", D2), ("sec", C21), ("row", "211"), ("sec", C22), ("row", "221")]
NOTE = "Ghi chú: Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục này xây dựng kế hoạch cụ thể và báo cáo kết quả về Phòng Nội vụ trước ngày 15/11/2024."
SIG = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "CHỦ TỊCH\n\n\nNguyễn Văn An")

if __name__ == "__main__":
    build("w1-word-borderless", ROWS)
    build("w2-word-centred", ROWS, centre=True)
    build("w3-word-note-signature", ROWS[:6], after=(NOTE, SIG))
    LONGD = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG, TIẾP CẬN THÔNG TIN, CÔNG KHAI DANH SÁCH HỘ NGHÈO, THU CHI NGÂN SÁCH CẤP XÃ VÀ QUY HOẠCH, KẾ HOẠCH SỬ DỤNG ĐẤT"
    build("w4-word-wrapped-title", ROWS[:8] + [("sec", LONGD)] + ROWS[9:])
    build("w5-word-section-at-continuation-top", ROWS, break_before=(D2,))
