"""Probe builders for review28 (expectations written by hand in README)."""
import sys
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HDR = ["Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời gian thực hiện"]
HDR_STT = ["STT"] + HDR


def table(doc, header, rows):
    t = doc.add_table(rows=0, cols=len(header))
    t.style = "Table Grid"
    for r in [header] + rows:
        cells = t.add_row().cells
        for c, text in zip(cells, r):
            c.text = ""
            for k, line in enumerate(text.split("\n")):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                p.add_run(line)
    return t


def merge_row(t, i, text):
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[-1])
    a.text = text


def title(doc):
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("Các nhiệm vụ, giải pháp cải thiện Chỉ số PAPI năm 2025")
    doc.add_paragraph("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/3/2025 của UBND xã An Bình)")


def p1(path):
    """Arabic PAPI-name headings, and indicator rows whose tasks sit in the rows under them."""
    doc = Document(); title(doc)
    rows = [
        ["I. Tham gia của người dân ở cấp cơ sở", "", "", "", ""],
        ["1. Cơ hội tham gia", "", "", "", ""],
        ["1", "Tỷ lệ người dân biết về bầu cử trưởng thôn", "", "", ""],
        ["", "", "Tuyên truyền về bầu cử trưởng thôn trên loa truyền thanh", "Văn phòng UBND xã", "Quý II/2025"],
        ["", "", "Niêm yết danh sách cử tri tại nhà văn hóa thôn", "Công chức Tư pháp - Hộ tịch", "Quý III/2025"],
        ["2", "Tỷ lệ người dân tham gia bầu cử đại biểu Quốc hội", "", "", ""],
        ["", "", "Vận động cử tri đi bầu cử đúng thành phần", "Mặt trận Tổ quốc xã", "Năm 2025"],
    ]
    t = table(doc, HDR_STT, rows)
    merge_row(t, 1, rows[0][0]); merge_row(t, 2, rows[1][0])
    doc.save(path)


def p5(path):
    """Two page parts (a table each, as a converter writes), indicators and tasks numbered 'N/', no STT."""
    doc = Document(); title(doc)
    doc.add_paragraph("1. Tiếp cận thông tin")
    table(doc, HDR, [["1/ Tỷ lệ người dân biết thông tin về ngân sách xã",
                      "1/ Tổ chức hội nghị tuyên truyền về ngân sách\n2/ Niêm yết công khai dự toán tại trụ sở",
                      "Văn phòng UBND xã", "Quý II/2025"]])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table(doc, HDR, [["2/ Tỷ lệ người dân được tiếp cận thông tin pháp luật",
                      "1/ Cập nhật thông tin trên trang thông tin điện tử xã",
                      "Công chức Tư pháp - Hộ tịch", "Quý III/2025"],
                     ["3/ Tỷ lệ người dân biết về quy hoạch sử dụng đất",
                      "1/ Niêm yết bản đồ quy hoạch tại trụ sở",
                      "Công chức Địa chính", "Quý IV/2025"]])
    doc.save(path)


def p1b(path):
    """No STT: an indicator numbered '1.1.' alone in its row, its tasks in the rows under it."""
    doc = Document(); title(doc)
    rows = [
        ["1. Cơ hội tham gia", "", "", ""],
        ["1.1. Tỷ lệ người dân biết về bầu cử trưởng thôn", "", "", ""],
        ["", "Tuyên truyền về bầu cử trưởng thôn trên loa truyền thanh", "Văn phòng UBND xã", "Quý II/2025"],
        ["1.2. Tỷ lệ người dân tham gia bầu cử đại biểu Quốc hội", "", "", ""],
        ["", "Vận động cử tri đi bầu cử đúng thành phần", "Mặt trận Tổ quốc xã", "Năm 2025"],
    ]
    t = table(doc, HDR, rows)
    merge_row(t, 1, rows[0][0])
    doc.save(path)


if __name__ == "__main__":
    globals()[sys.argv[1]](sys.argv[2])
