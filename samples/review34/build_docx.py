"""Builds the DOCX probes of review34 (expected rows are written by hand in README.md)."""
import sys
from pathlib import Path

from docx_kit import HDR5, new_doc, new_page_section, page_break, table

OUT = Path(__file__).parent
LEAD, COORD = "Văn phòng HĐND và UBND xã", "Các ban, ngành, đoàn thể xã"
D2 = "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
C21 = "1. Tiếp cận thông tin"
TASKS2 = "\n".join(f"- {t}" for t in [
    "Công khai dự toán, quyết toán ngân sách xã tại trụ sở UBND xã",
    "Niêm yết tại nhà văn hóa các thôn",
    "Thông báo trên hệ thống loa truyền thanh xã",
    "Đăng tải trên Trang thông tin điện tử của xã",
    "Lồng ghép trong các buổi sinh hoạt chi bộ, họp thôn",
    "Tổ chức đối thoại với người dân về thu, chi ngân sách",
    "Hướng dẫn người dân cách tra cứu thông tin ngân sách",
    "Tiếp nhận, trả lời kiến nghị của người dân về ngân sách",
])


def j1(path, stt=False):
    """Converted DOCX (a section and a table per page, header repeated). Agencies and deadline of rows 1-3
    merged in the PDF, so written on page 1 only; page 2 holds row 2 alone; row 3 opens page 3."""
    hdr = (["STT"] if stt else []) + HDR5
    n = lambda k: [str(k)] if stt else []
    doc = new_doc()
    table(doc, hdr, [D2, C21,
                     n(1) + ["1. Tỷ lệ người dân biết thông tin về chính sách, pháp luật của Nhà nước",
                             "- Tuyên truyền trên loa truyền thanh\n- Cấp phát tài liệu cho các thôn", LEAD, COORD, "Năm 2025"]])
    new_page_section(doc)
    table(doc, hdr, [n(2) + ["2. Tỷ lệ người dân biết thông tin về thu, chi ngân sách xã", TASKS2, "", "", ""]])
    new_page_section(doc)
    table(doc, hdr, [n(3) + ["3. Tỷ lệ người dân biết về quy hoạch, kế hoạch sử dụng đất của xã",
                             "- Niêm yết bản đồ quy hoạch tại trụ sở UBND xã\n- Công bố trên loa truyền thanh", "", "", ""],
                     n(4) + ["4. Tỷ lệ người dân biết về khung giá đất",
                             "- Niêm yết bảng giá đất tại Bộ phận Một cửa", "Công chức Địa chính - Xây dựng", LEAD, "Quý II/2025"]])
    doc.save(path)


def j2(path):
    """Converted DOCX, 3 pages. Page-top rows whose indicator opens with a number ('97,5%', '2,5 km')
    after a row whose indicator ends without a full stop, as plans write them."""
    doc = new_doc()
    table(doc, HDR5, ["V. THỦ TỤC HÀNH CHÍNH CÔNG", "3. Dịch vụ hành chính cấp xã",
                      ["Tỷ lệ người dân hài lòng với dịch vụ hành chính công cấp xã",
                       "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", LEAD,
                       "Các công chức chuyên môn", "Thường xuyên"]])
    new_page_section(doc)
    table(doc, HDR5, [["97,5% hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn",
                       "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Công chức Văn phòng - Thống kê", "",
                       "Năm 2025"],
                      "VI. CUNG ỨNG DỊCH VỤ CÔNG", "3. Cơ sở hạ tầng căn bản",
                      ["Tỷ lệ hộ gia đình được sử dụng nước sạch, hợp vệ sinh",
                       "Vận động nhân dân sử dụng nước sạch", "Công chức Địa chính - Xây dựng",
                       "Các thôn", "Năm 2025"]])
    new_page_section(doc)
    table(doc, HDR5, [["2,5 km đường giao thông nông thôn được bê tông hóa",
                       "Huy động nhân dân hiến đất, ngày công làm đường", "Công chức Địa chính - Xây dựng", "",
                       "Quý III/2025"]])
    doc.save(path)


def d1(path):
    """A Word plan (not converted) whose appendix is one table per dimension, each with its header row,
    a title paragraph above each, and no page break anywhere: the file records one page."""
    doc = new_doc()
    for dim, comp, ind, task in [
        ("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1. Cơ hội tham gia", "1. Tỷ lệ người dân biết về bầu cử trưởng thôn",
         "Tuyên truyền về bầu cử trưởng thôn"),
        ("II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG", "1. Tiếp cận thông tin",
         "1. Tỷ lệ người dân biết thông tin về ngân sách xã", "Niêm yết dự toán ngân sách tại trụ sở"),
        ("VIII. QUẢN TRỊ ĐIỆN TỬ", "2. Tiếp cận và sử dụng Internet tại địa phương",
         "1. Tỷ lệ hộ gia đình sử dụng Internet", "Phối hợp doanh nghiệp viễn thông phát triển hạ tầng"),
    ]:
        doc.add_paragraph(dim)
        table(doc, HDR5, [comp, [ind, task, LEAD, COORD, "Năm 2025"]])
    doc.save(path)


def d2(path):
    """Word plan: appendix table on page 1; a new-page section; a table on page 2; a typed page break;
    a table on page 3; a note paragraph and one more table on page 3 (a dimension of its own)."""
    doc = new_doc()
    table(doc, HDR5, ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "2. Cơ hội tham gia",
                      ["1. Tỷ lệ người dân tham gia góp ý dự thảo quy hoạch", "Lấy ý kiến nhân dân", LEAD, COORD, "Quý I/2025"]])
    new_page_section(doc)
    table(doc, HDR5, ["III. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "2. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
                      ["1. Tỷ lệ đơn thư được giải quyết", "Tiếp công dân định kỳ", "Công chức Tư pháp - Hộ tịch", LEAD, "Hằng tháng"]])
    page_break(doc)
    table(doc, HDR5, ["V. THỦ TỤC HÀNH CHÍNH CÔNG", "3. Dịch vụ hành chính cấp xã",
                      ["1. Tỷ lệ hồ sơ giải quyết đúng hạn", "Số hóa hồ sơ thủ tục hành chính", LEAD, COORD, "Năm 2025"]])
    doc.add_paragraph("Ghi chú: các chỉ tiêu dưới đây do Ban Chỉ đạo chuyển đổi số xã theo dõi.")
    table(doc, HDR5, ["VIII. QUẢN TRỊ ĐIỆN TỬ", "1. Sử dụng cổng thông tin điện tử của chính quyền địa phương",
                      ["1. Tỷ lệ người dân sử dụng Cổng dịch vụ công", "Hướng dẫn nộp hồ sơ trực tuyến", LEAD, COORD, "Năm 2025"]])
    doc.save(path)


if __name__ == "__main__":
    j1(OUT / "j1.docx"); j1(OUT / "j1_stt.docx", stt=True); j2(OUT / "j2.docx"); d1(OUT / "d1.docx"); d2(OUT / "d2.docx")
