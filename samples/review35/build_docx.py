"""DOCX probes for rules 4 (issue day) and 5 (catalogue levels); expected rows are in README.md."""
from pathlib import Path
from docx import Document
from docx.shared import Cm, Pt
from docx_kit import HDR5, table

OUT = Path(__file__).parent
D = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
C = "3. Thu, chi ngân sách"


def plan(path, title_lines, rows, heading=None):
    doc = Document()
    s = doc.sections[0]; s.page_width, s.page_height = Cm(29.7), Cm(21)
    doc.styles["Normal"].font.name = "Times New Roman"; doc.styles["Normal"].font.size = Pt(13)
    for line in heading or []:
        doc.add_paragraph(line)
    for line in title_lines:
        doc.add_paragraph(line)
    table(doc, HDR5, [D, C] + rows)
    doc.save(OUT / path)


def r(n, ind, lead, coord):
    return [f"{n}. {ind}", "- Công khai dự toán, quyết toán ngân sách", lead, coord, "Năm 2025"]


ROWS_WARD = [r(1, "Tỷ lệ người dân biết thông tin thu, chi ngân sách phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công chức Tài chính - Kế toán phường")]
if __name__ == "__main__":
    # i1: the title names the province's plan the ward's plan carries out before the ward's own reference
    plan("i1_other_plan_first.docx", ["PHỤ LỤC", "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH SỐ 45/KH-UBND NGÀY 12/3/2025 CỦA UBND TỈNH VỀ NÂNG CAO CHỈ SỐ PAPI",
                                      "(Kèm theo Kế hoạch số 88/KH-UBND ngày 15/8/2025 của UBND phường Đông Hà)"], ROWS_WARD)
    # i2: the ward's own number and day left blank for signing; the title cites the province's plan
    plan("i2_blank_own.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số       /KH-UBND ngày      /     /2025 của UBND phường Đông Hà",
                               "thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh)"], ROWS_WARD,
         heading=["ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÀ", "Đông Hà, ngày 15 tháng 8 năm 2025"])
    # i3: issued on the reform's day exactly
    plan("i3_first_july.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số 01/KH-UBND ngày 01 tháng 7 năm 2025 của UBND phường Đông Hà)"], ROWS_WARD)
    # i0: control, the same ward plan with only its own reference
    plan("i0_control.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số 88/KH-UBND ngày 15/8/2025 của UBND phường Đông Hà)"], ROWS_WARD)
    # k1: a special zone other than Phú Quốc has a Phòng Kinh tế (Decree 150/2025: 'Phòng Kinh tế (đối với xã, đặc khu)')
    plan("k1_dac_khu_con_dao.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số 30/KH-UBND ngày 20/8/2025 của UBND đặc khu Côn Đảo)"],
         [r(1, "Tỷ lệ người dân biết thông tin thu, chi ngân sách đặc khu", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội")])
    # k2: a commune after the reform naming its Phòng Kinh tế and an old post
    plan("k2_xa_post.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số 31/KH-UBND ngày 20/8/2025 của UBND xã Bắc Gio Linh)"],
         [r(1, "Tỷ lệ người dân biết thông tin thu, chi ngân sách xã", "Phòng Kinh tế", "Công chức Địa chính - Xây dựng - Đô thị và Môi trường xã")])
    # k4: a township (thị trấn) before the reform naming its civil servants
    plan("k4_thi_tran_2024.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND thị trấn Gio Linh)"],
         [r(1, "Tỷ lệ người dân biết thông tin thu, chi ngân sách thị trấn", "Công chức Tài chính - Kế toán thị trấn",
            "Công chức Địa chính - Xây dựng - Đô thị và Môi trường thị trấn")])
