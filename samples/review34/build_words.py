"""Builds the run-together probes r1-r3: clean plans, typed in Word as offices in the Central Highlands write them."""
from pathlib import Path

from docx_kit import HDR5, new_doc, table

OUT = Path(__file__).parent
LEAD, COORD = "Văn phòng HĐND và UBND xã", "Các ban, ngành, đoàn thể xã"


def r1(path):
    """A commune of Đắk Lắk: the Êđê people and language named as the province writes them, 'panô'."""
    doc = new_doc("UBND XÃ EA TÂN, HUYỆN KRÔNG NĂNG", "25/KH-UBND ngày 14/3/2025")
    rows = ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1. Tri thức công dân",
            ["1. Tỷ lệ người dân biết về Luật Thực hiện dân chủ ở cơ sở",
             "- Tuyên truyền trên hệ thống loa truyền thanh bằng tiếng Việt và tiếng Êđê\n"
             "- Treo băng rôn, panô tuyên truyền tại các buôn, thôn", LEAD, "Đài truyền thanh xã; MTTQ xã", "Năm 2025"],
            ["2. Tỷ lệ người dân đồng bào dân tộc thiểu số được phổ biến pháp luật",
             "- Tổ chức hội nghị phổ biến pháp luật tại buôn Ea Nho, buôn Tơng Jú\n"
             "- Phát hành tờ gấp song ngữ Việt - Êđê", "Công chức Tư pháp - Hộ tịch", "Già làng, người có uy tín", "Quý II/2025"],
            "2. Cơ hội tham gia",
            ["1. Tỷ lệ người dân tham gia họp thôn, buôn",
             "- Vận động đồng bào Êđê, M'nông tham gia các cuộc họp buôn\n- Bố trí người phiên dịch tại cuộc họp",
             "Trưởng các thôn, buôn", COORD, "Thường xuyên"],
            "II. CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG", "1. Tiếp cận thông tin",
            ["1. Tỷ lệ người dân biết thông tin về chính sách hỗ trợ đồng bào dân tộc thiểu số",
             "- Niêm yết công khai tại nhà văn hóa các buôn\n- Thông tin trên nhóm Zalo của các thôn, buôn",
             LEAD, "Hội Nông dân, Hội LHPN xã", "Quý III/2025"],
            "VI. CUNG ỨNG DỊCH VỤ CÔNG", "2. Giáo dục tiểu học công lập",
            ["1. Tỷ lệ trẻ em 6 tuổi vào lớp 1", "- Vận động trẻ em người Êđê đến trường đúng độ tuổi",
             "Trường Tiểu học Ea Tân", "Phòng GD&ĐT huyện Krông Năng", "Tháng 8/2025"],
            ]
    table(doc, HDR5, rows)
    doc.save(path)


def r2(path):
    """Place names of the Central Highlands, acronyms, English words, two typing slips ('cơsở', 'trảlời'): clean."""
    doc = new_doc("UBND HUYỆN KRÔNG BÚK", "40/KH-UBND ngày 20/3/2025")
    rows = ["III. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "2. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
            ["1. Tỷ lệ đơn thư được giải quyết đúng hạn",
             "- Tiếp công dân định kỳ tại các xã Cư Né, Cư Pơng, Ea Sin, Chư Kbô, Pơng Drang\n"
             "- Phối hợp huyện Ea Súp, Buôn Đôn, Cư M'gar, Krông Pắc, Ea H'leo giải quyết tranh chấp",
             "Thanh tra huyện", "UBND các xã, thị trấn", "Thường xuyên"],
            ["2. Tỷ lệ ý kiến của người dân được trảlời",
             "- Xây dựng cơsở dữ liệu đơn thư\n- Trả lời trên Fanpage và Zalo OA của huyện",
             "Văn phòng HĐND và UBND huyện", "Phòng VH&TT, Trung tâm VH-TT&TT huyện", "Năm 2025"],
            "VIII. QUẢN TRỊ ĐIỆN TỬ", "1. Sử dụng cổng thông tin điện tử của chính quyền địa phương",
            ["1. Tỷ lệ hồ sơ nộp trực tuyến",
             "- Hướng dẫn người dân dùng VNeID, Cổng DVC quốc gia, eKYC\n- Phối hợp VNPT, Viettel, Bưu điện huyện",
             "Phòng KT-HT, Phòng TN&MT, Phòng LĐTB&XH", "Ban Chỉ đạo CĐS huyện; Đoàn TNCS Hồ Chí Minh", "Năm 2025"],
            ["2. Tỷ lệ buôn có điểm truy cập Internet công cộng",
             "- Lắp đặt wifi miễn phí tại buôn Đrang Phốk, buôn Jang Pông, thôn Ea Kring, Ia Ring",
             "Phòng VH&TT huyện", "Đồn Biên phòng; Công an huyện", "Quý IV/2025"],
            ]
    table(doc, HDR5, rows)
    doc.save(path)


def r3(path):
    """A district's infrastructure rows: 'xe ôtô', 'côngtơ', 'panô' as offices type them, and ethnic names 'Cơtu', 'Xơđăng'."""
    doc = new_doc("UBND HUYỆN NAM TRÀ MY", "52/KH-UBND ngày 25/3/2025")
    rows = ["VI. CUNG ỨNG DỊCH VỤ CÔNG", "3. Cơ sở hạ tầng căn bản",
            ["1. Tỷ lệ thôn có đường cho xe ôtô đến trung tâm",
             "- Đầu tư đường giao thông đến các thôn đồng bào Xơđăng, Cadong\n- Bảo trì đường sau mùa mưa lũ",
             "Phòng Kinh tế - Hạ tầng", "UBND các xã", "Năm 2025"],
            ["2. Tỷ lệ hộ sử dụng điện lưới quốc gia",
             "- Phối hợp Điện lực lắp đặt côngtơ cho hộ nghèo\n- Treo panô tuyên truyền sử dụng điện an toàn",
             "Điện lực Nam Trà My", "UBND các xã", "Quý III/2025"],
            ]
    table(doc, HDR5, rows)
    doc.save(path)


if __name__ == "__main__":
    r1(OUT / "r1.docx"); r2(OUT / "r2.docx"); r3(OUT / "r3.docx")


def r4(path):
    """r1's rows and 16 more ordinary rows (about 1,400 words of a commune plan): 'Êđê' four times, 'panô' once."""
    import docx_kit
    doc = new_doc("UBND XÃ EA TÂN, HUYỆN KRÔNG NĂNG", "25/KH-UBND ngày 14/3/2025")
    rows = [
        "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1. Tri thức công dân",
        ["1. Tỷ lệ người dân biết về Luật Thực hiện dân chủ ở cơ sở",
         "- Tuyên truyền trên hệ thống loa truyền thanh bằng tiếng Việt và tiếng Êđê\n"
         "- Treo băng rôn, panô tuyên truyền tại các buôn, thôn", LEAD, "Đài truyền thanh xã; MTTQ xã", "Năm 2025"],
        ["2. Tỷ lệ người dân đồng bào dân tộc thiểu số được phổ biến pháp luật",
         "- Phát hành tờ gấp song ngữ Việt - Êđê", "Công chức Tư pháp - Hộ tịch", "Già làng, người có uy tín", "Quý II/2025"],
        ["3. Tỷ lệ người dân tham gia họp thôn, buôn",
         "- Vận động đồng bào Êđê, M'nông tham gia các cuộc họp buôn", "Trưởng các thôn, buôn", COORD, "Thường xuyên"],
        ["4. Tỷ lệ trẻ em 6 tuổi vào lớp 1", "- Vận động trẻ em người Êđê đến trường đúng độ tuổi",
         "Trường Tiểu học Ea Tân", "Phòng GD&ĐT huyện Krông Năng", "Tháng 8/2025"],
    ]
    for k in range(5, 21):
        rows.append([f"{k}. Tỷ lệ người dân hài lòng với việc giải quyết công việc tại thôn, buôn số {k}",
                     "- Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân\n"
                     "- Rà soát, niêm yết công khai thủ tục hành chính tại nhà văn hóa thôn, buôn\n"
                     "- Tiếp nhận, giải quyết kịp thời phản ánh, kiến nghị của người dân qua đường dây nóng\n"
                     "- Định kỳ hằng quý báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã",
                     LEAD, "Các ban, ngành, đoàn thể xã; trưởng các thôn, buôn", "Năm 2025"])
    docx_kit.table(doc, HDR5, rows)
    doc.save(path)


if __name__ == "__main__":
    r4(OUT / "r4.docx")
