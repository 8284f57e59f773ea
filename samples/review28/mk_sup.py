"""p6: mixed sizes in cells and a side-by-side title block set in two sizes (LibreOffice PDF)."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
top = doc.add_table(rows=1, cols=2)  # borderless header block
left, right = top.rows[0].cells
for cell, lines in ((left, [("ỦY BAN NHÂN DÂN", 12, True), ("XÃ AN BÌNH", 12, True), ("Số: 12/KH-UBND", 12, False)]),
                    (right, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True), ("Độc lập - Tự do - Hạnh phúc", 14, True),
                             ("An Bình, ngày 10 tháng 3 năm 2025", 14, False)])):
    for k, (text, size, bold) in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        if cell is right and len(sys.argv) > 2: p.paragraph_format.space_before = Pt(float(sys.argv[2]))
doc.add_paragraph("PHỤ LỤC")
doc.add_paragraph("Nhiệm vụ, giải pháp cải thiện Chỉ số PAPI năm 2025")
hdr = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời gian thực hiện"]
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, hdr):
    c.text = h
def cell_runs(cell, runs):
    p = cell.paragraphs[0]
    for text, size, align in runs:
        r = p.add_run(text)
        if size: r.font.size = Pt(size)
        if align == "sup": r.font.superscript = True
def add(n, ind, task_runs, lead, when_runs):
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[3].text = str(n), ind, lead
    cell_runs(cells[2], task_runs); cell_runs(cells[4], when_runs)
add(1, "Tỷ lệ người dân biết thông tin", [("Xây dựng 50 m", None, None), ("2", None, "sup"), (" nhà văn hóa", None, None)],
    "Văn phòng UBND xã", [("Trước ngày ", None, None), ("30/6/2025", 9, None)])
add(2, "Tỷ lệ người dân hài lòng", [("Tổ chức 02 hội nghị ", None, None), ("(12 thôn)", 9, None)],
    "Công chức Văn hóa - Xã hội", [("Quý II/2025 ", None, None), ("(1)", None, "sup")])
doc.save(sys.argv[1])
