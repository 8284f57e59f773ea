"""DOCX probes for the run-together warning (rule 6); expected in README.md."""
from pathlib import Path
from docx_kit import HDR5, new_doc, table

OUT = Path(__file__).parent
SECS = ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1. Tri thức công dân"]
# w1: a converter's DOCX that ran four phrases together, in every row (the same phrases repeat)
doc = new_doc()
rows = [[f"{i}. Tỷ lệ người dân biết về chính sách số {i}", f"- Tuyêntruyền nội dung số {i} trên loa truyền thanh\n- Côngkhai kết quả tại nhà văn hóa thôn",
         "Vănphòng HĐND và UBND xã", "Mặttrận Tổ quốc xã và các đoàn thể", "Năm 2025"] for i in range(1, 9)]
table(doc, HDR5, SECS + rows); doc.save(OUT / "w1_four_joins.docx")
# w2: a clean Central Highlands commune plan: ethnic names and loanwords as the province spells them
doc = new_doc(place="UBND XÃ ĐĂK HÀ")
rows = [["1. Tỷ lệ đồng bào Xêđăng, Bahnar biết về chính sách", "- Tuyên truyền bằng tiếng Xêđăng qua ápphích, băngrôn", "Công chức Văn hóa - Xã hội", "Các thôn", "Năm 2025"],
        ["2. Tỷ lệ người dân được tiêm vắcxin", "- Vận động đồng bào Pakô, Xêđăng tiêm vắcxin đầy đủ\n- Treo băngrôn, ápphích tại các thôn", "Trạm Y tế xã", "Các thôn", "Năm 2025"],
        ["3. Tỷ lệ hộ kinh doanh được bố trí kiốt tại chợ", "- Sắp xếp kiốt tại chợ trung tâm xã", "Công chức Tài chính - Kế toán", "Ban quản lý chợ", "Quý III/2025"]]
table(doc, HDR5, SECS + rows); doc.save(OUT / "w2_highlands_clean.docx")
