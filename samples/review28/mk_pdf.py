"""p4: a tall row cut by a page break, its tasks cell's rest alone at the next page top reading like a label.

The appendix has no result and no budget column; the header is not repeated on page 2.
"""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

n_fill, tail = int(sys.argv[1]), sys.argv[2].split("|")
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21)
for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, m, Cm(2))
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
doc.add_paragraph("PHỤ LỤC")
doc.add_paragraph("Nhiệm vụ, giải pháp cải thiện Chỉ số PAPI năm 2025 của UBND xã An Bình")
hdr = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, hdr):
    c.text = h
t.add_row()
m = t.rows[1].cells[0].merge(t.rows[1].cells[5]); m.text = "I. Tham gia của người dân ở cấp cơ sở"
n = 0
def row(ind, tasks, lead="Văn phòng UBND xã", coord="Các ban, ngành, đoàn thể xã", when="Quý II/2025"):
    global n
    n += 1
    cells = t.add_row().cells
    cells[0].text = str(n); cells[1].text = ind
    cells[2].text = tasks[0]
    for line in tasks[1:]:
        cells[2].add_paragraph(line)
    cells[3].text, cells[4].text, cells[5].text = lead, coord, when
for k in range(n_fill):
    row(f"Tỷ lệ người dân biết về nội dung số {k + 1} được công khai", ["Tuyên truyền trên loa truyền thanh của xã và thôn"])
row("Tỷ lệ người dân được tham gia góp ý dự thảo quy hoạch",
    ["Tổ chức lấy ý kiến người dân về dự thảo quy hoạch sử dụng đất"] * 1 + ["Niêm yết dự thảo tại nhà văn hóa các thôn"] * 1 + tail)
row("Tỷ lệ người dân biết về bầu cử trưởng thôn", ["Tổ chức bầu cử trưởng thôn đúng quy định"])
row("Tỷ lệ người dân hài lòng với dịch vụ hành chính công", ["Niêm yết thủ tục hành chính tại bộ phận một cửa"])
doc.save(sys.argv[3])
