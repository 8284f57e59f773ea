"""p1: a converted DOCX (a table per page) whose row is cut inside a cited plan's number, the coordinating list running on (rule 7)."""
from pathlib import Path
from docx_kit import HDR5, new_doc, new_page_section, table

OUT = Path(__file__).parent
doc = new_doc()
table(doc, HDR5, ["II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG", "1. Tiếp cận thông tin",
                  ["1. Tỷ lệ người dân biết thông tin về chính sách theo Kế hoạch số", "- Tuyên truyền trên loa truyền thanh xã",
                   "Văn phòng HĐND và UBND xã", "- Công an xã\n- Trạm Y tế xã", "Năm 2025"]])
new_page_section(doc)
table(doc, HDR5, [["139/KH-UBND ngày 01/8/2022 của UBND tỉnh", "- Niêm yết tại nhà văn hóa các thôn", "", "- Đoàn Thanh niên xã\n- Hội Phụ nữ xã", ""],
                  ["2. Tỷ lệ người dân biết thông tin về thu, chi ngân sách xã", "- Công khai dự toán ngân sách", "Công chức Tài chính - Kế toán", "Các thôn", "Năm 2025"]])
doc.save(OUT / "p1_ref_cut_agency_runs_on.docx")
