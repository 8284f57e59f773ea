"""p7: cells left holding only an empty list paragraph (a bullet in the deadline, a number in the coordinating cell)."""
import sys
from docx import Document
doc = Document()
doc.add_paragraph("PHỤ LỤC"); doc.add_paragraph("Nhiệm vụ, giải pháp cải thiện Chỉ số PAPI năm 2025")
hdr = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, hdr):
    c.text = h
for n, (ind, task, when_style, coord_style) in enumerate([
        ("Tỷ lệ người dân biết thông tin", "Niêm yết công khai", "List Bullet", None),
        ("Tỷ lệ người dân hài lòng", "Tổ chức đối thoại", None, "List Number")], 1):
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = str(n), ind, task, "UBND xã"
    if when_style: cells[5].paragraphs[0].style = doc.styles[when_style]
    else: cells[5].text = "Quý II/2025"
    if coord_style: cells[4].paragraphs[0].style = doc.styles[coord_style]
doc.save(sys.argv[1])
