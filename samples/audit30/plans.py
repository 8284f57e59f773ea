"""Hand-written plan contents for audit30 (the truth of the new documents).

Each plan is a list of rows; a row is (dim, comp, indicator, tasks, lead, coordinating, deadline).
dim/comp index DIMS below. The expected rows (truth) are computed from these tuples only:
the labels and texts are exactly what the documents print, nothing is read back from phuluc.
"""

DIMS = {
    1: ("Tham gia của người dân ở cấp cơ sở",
        {1: "Tri thức công dân", 2: "Cơ hội tham gia", 3: "Chất lượng bầu cử", 4: "Đóng góp tự nguyện"}),
    2: ("Công khai, minh bạch trong việc ra quyết định",
        {1: "Tiếp cận thông tin", 2: "Công khai danh sách hộ nghèo",
         3: "Công khai thu, chi ngân sách cấp xã",
         4: "Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đền bù"}),
    3: ("Trách nhiệm giải trình với người dân",
        {1: "Hiệu quả tương tác với các cấp chính quyền",
         2: "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", 3: "Tiếp cận dịch vụ tư pháp"}),
    4: ("Kiểm soát tham nhũng trong khu vực công",
        {1: "Kiểm soát tham nhũng trong chính quyền địa phương",
         2: "Kiểm soát tham nhũng trong cung ứng dịch vụ công",
         3: "Công bằng trong tìm kiếm việc làm trong khu vực nhà nước", 4: "Quyết tâm chống tham nhũng"}),
    5: ("Thủ tục hành chính công",
        {1: "Dịch vụ chứng thực, xác nhận", 2: "Thủ tục liên quan đến giấy phép xây dựng",
         3: "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất",
         4: "Thủ tục hành chính cấp xã/phường"}),
    6: ("Cung ứng dịch vụ công",
        {1: "Y tế công lập", 2: "Giáo dục tiểu học công lập", 3: "Cơ sở hạ tầng căn bản",
         4: "An ninh, trật tự khu dân cư"}),
    7: ("Quản trị môi trường",
        {1: "Tính nghiêm minh trong bảo vệ môi trường", 2: "Chất lượng không khí", 3: "Chất lượng nước"}),
    8: ("Quản trị điện tử",
        {1: "Sử dụng Cổng thông tin điện tử của chính quyền địa phương",
         2: "Tiếp cận và sử dụng Internet tại địa phương",
         3: "Phúc đáp của cổng dịch vụ công trực tuyến"}),
}

T = {  # task bullets, written for these plans
    "pb": "- Tổ chức tuyên truyền, phổ biến pháp luật tại các thôn, khu phố bằng nhiều hình thức phù hợp với từng nhóm đối tượng, chú trọng người cao tuổi, đồng bào dân tộc thiểu số và thanh niên.",
    "loa": "- Phát sóng chuyên mục về Luật Thực hiện dân chủ ở cơ sở trên hệ thống loa truyền thanh cấp xã ít nhất 02 lần/tuần.",
    "hop": "- Tổ chức họp thôn, tổ dân phố để lấy ý kiến Nhân dân về các dự án đầu tư công trên địa bàn trước khi phê duyệt.",
    "bau": "- Chuẩn bị chu đáo công tác bầu cử trưởng thôn, tổ trưởng tổ dân phố nhiệm kỳ 2025-2027; bảo đảm bầu cử có từ hai ứng cử viên trở lên.",
    "dong": "- Công khai các khoản đóng góp tự nguyện của Nhân dân, không để phát sinh các khoản thu trái quy định; báo cáo kết quả sử dụng tại hội nghị thôn cuối năm.",
    "ttin": "- Niêm yết công khai tại trụ sở UBND cấp xã và nhà văn hóa thôn các văn bản, chính sách liên quan trực tiếp đến người dân; cập nhật trên trang thông tin điện tử của xã.",
    "ngheo": "- Rà soát, công khai danh sách hộ nghèo, hộ cận nghèo năm 2025 tại nhà văn hóa thôn trong thời hạn 15 ngày làm việc để Nhân dân theo dõi, góp ý.",
    "ngansach": "- Công khai dự toán, quyết toán thu, chi ngân sách cấp xã theo Thông tư số 343/2016/TT-BTC; niêm yết bảng tóm tắt dễ hiểu tại trụ sở UBND xã.",
    "dat": "- Công bố công khai quy hoạch, kế hoạch sử dụng đất năm 2025 và bảng giá đất; tổ chức đối thoại với hộ dân bị ảnh hưởng bởi các dự án thu hồi đất.",
    "tiepdan": "- Người đứng đầu cấp ủy, chính quyền cấp xã tiếp công dân định kỳ ít nhất 01 ngày/tháng; kết quả tiếp dân được thông báo bằng văn bản.",
    "khieunai": "- Giải quyết dứt điểm các vụ việc khiếu nại, tố cáo ngay từ cơ sở, không để tồn đọng, kéo dài; tỷ lệ giải quyết đạt trên 90%.",
    "hoagiai": "- Củng cố tổ hòa giải ở cơ sở; bồi dưỡng kỹ năng hòa giải cho hòa giải viên; trợ giúp pháp lý miễn phí cho người thuộc diện được trợ giúp.",
    "thamnhung": "- Thực hiện nghiêm quy định về kê khai tài sản, thu nhập; kiểm soát xung đột lợi ích của cán bộ, công chức theo Luật Phòng, chống tham nhũng năm 2018.",
    "dvc": "- Công khai đường dây nóng, hòm thư góp ý tại bệnh viện, trường học, bộ phận một cửa để người dân phản ánh hành vi nhũng nhiễu.",
    "tuyendung": "- Công khai, minh bạch quy trình tuyển dụng công chức, viên chức; đăng thông báo tuyển dụng trên Cổng thông tin điện tử và báo địa phương.",
    "motcua": "- Niêm yết đầy đủ thủ tục hành chính, phí, lệ phí tại Bộ phận tiếp nhận và trả kết quả; không yêu cầu người dân nộp thêm giấy tờ ngoài quy định.",
    "xaydung": "- Rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ xuống còn 10 ngày làm việc; hướng dẫn người dân nộp hồ sơ trực tuyến.",
    "gcn": "- Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu; xử lý dứt điểm hồ sơ tồn đọng trước ngày 30/9/2025.",
    "yte": "- Nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã; bảo đảm đủ thuốc thiết yếu; thực hiện khảo sát sự hài lòng người bệnh hằng quý.",
    "giaoduc": "- Giảm sĩ số học sinh/lớp ở các trường tiểu học quá tải; thực hiện nghiêm quy định về các khoản thu đầu năm học.",
    "hatang": "- Đầu tư nâng cấp đường giao thông nông thôn, hệ thống chiếu sáng công cộng; ưu tiên các tuyến đường liên thôn xuống cấp.",
    "anninh": "- Duy trì mô hình \"Camera an ninh\" tại các khu dân cư; tăng cường tuần tra, kiểm soát vào ban đêm, nhất là các địa bàn phức tạp.",
    "moitruong": "- Kiểm tra, xử lý nghiêm các cơ sở sản xuất, chăn nuôi gây ô nhiễm môi trường; công khai kết quả xử lý vi phạm.",
    "khongkhi": "- Không đốt rơm rạ, rác thải sinh hoạt ngoài trời; bố trí điểm tập kết rác thải đúng quy định, thu gom ít nhất 03 lần/tuần.",
    "nuoc": "- Mở rộng mạng lưới cấp nước sạch đến các thôn chưa có nước máy; kiểm tra chất lượng nước định kỳ 06 tháng/lần.",
    "cong": "- Cập nhật thường xuyên thông tin trên Cổng thông tin điện tử của huyện; bố trí chuyên mục hỏi - đáp, tiếp nhận phản ánh, kiến nghị.",
    "internet": "- Phủ sóng Internet băng rộng đến 100% thôn, tổ dân phố; hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến.",
    "dvctt": "- Trả lời đầy đủ, đúng hạn các câu hỏi, phản ánh của người dân gửi qua Cổng dịch vụ công trực tuyến; công khai kết quả trả lời.",
}

CO_TT = "- Phòng Văn hóa và Thông tin\n- Trung tâm Văn hóa - Thông tin và Thể thao"
CO_MT = "- Ủy ban MTTQ Việt Nam huyện\n- Các hội, đoàn thể huyện"


def R(d, c, ind, tasks, lead, coord, when):
    return (d, c, ind, "\n".join(T[k] for k in tasks.split()), lead, coord, when)


# plan A: a district plan, built in Word (python-docx) and printed by LibreOffice
PLAN_A = [
    R(1, 1, "1. Tỷ lệ người dân biết đến Luật Thực hiện dân chủ ở cơ sở đạt trên 60%", "pb loa", "Phòng Tư pháp", CO_TT, "Quý I-IV/2025"),
    R(1, 2, "1. Tỷ lệ người dân tham gia góp ý các dự án đầu tư công đạt trên 50%", "hop", "UBND cấp xã", CO_MT, "Thường xuyên"),
    R(1, 3, "1. Tỷ lệ cuộc bầu cử trưởng thôn có từ 02 ứng cử viên trở lên đạt 100%", "bau", "Phòng Nội vụ", "UBND cấp xã", "Tháng 6/2025"),
    R(1, 4, "1. Không phát sinh khoản đóng góp trái quy định", "dong pb", "UBND cấp xã", "Phòng Tài chính - Kế hoạch", "Thường xuyên"),
    R(2, 1, "1. Tỷ lệ người dân tiếp cận được thông tin về chính sách, pháp luật đạt trên 70%", "ttin loa", "Văn phòng HĐND và UBND huyện", CO_TT, "Thường xuyên"),
    R(2, 2, "1. 100% danh sách hộ nghèo được công khai đúng thời hạn", "ngheo", "Phòng Lao động - Thương binh và Xã hội", "UBND cấp xã", "Quý IV/2025"),
    R(2, 3, "1. 100% xã, thị trấn công khai thu, chi ngân sách", "ngansach", "Phòng Tài chính - Kế hoạch", "UBND cấp xã", "Theo quy định"),
    R(2, 4, "1. Tỷ lệ người dân biết về quy hoạch sử dụng đất đạt trên 40%", "dat hop", "Phòng Tài nguyên và Môi trường", "- UBND cấp xã\n- Chi nhánh Văn phòng đăng ký đất đai", "Quý II/2025"),
    R(3, 1, "1. Tỷ lệ người dân liên hệ chính quyền được giải quyết thỏa đáng đạt trên 80%", "tiepdan", "Văn phòng HĐND và UBND huyện", "Ban Tiếp công dân huyện", "Định kỳ hằng tháng"),
    R(3, 2, "1. Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%", "khieunai tiepdan", "Thanh tra huyện", "- Ban Tiếp công dân huyện\n- UBND cấp xã", "Thường xuyên"),
    R(3, 3, "1. 100% tổ hòa giải được kiện toàn", "hoagiai", "Phòng Tư pháp", "- Tòa án nhân dân huyện\n- UBND cấp xã", "Quý III/2025"),
    R(4, 1, "1. Không có cán bộ, công chức vi phạm quy định về kê khai tài sản, thu nhập", "thamnhung", "Thanh tra huyện", "Phòng Nội vụ", "Theo quy định"),
    R(4, 2, "1. Giảm tỷ lệ người dân phải chi thêm tiền ngoài quy định khi khám bệnh, nhập học", "dvc giaoduc", "Phòng Y tế", "Phòng Giáo dục và Đào tạo", "Thường xuyên"),
    R(4, 3, "1. 100% kỳ tuyển dụng được công khai", "tuyendung", "Phòng Nội vụ", "Các cơ quan, đơn vị", "Theo kế hoạch"),
]

# plan B: a district plan typed as an HTML page and printed by Chromium (STT, unnumbered indicators)
PLAN_B = [
    R(5, 1, "Tỷ lệ hồ sơ chứng thực giải quyết đúng hạn đạt 100%", "motcua", "Phòng Tư pháp", "UBND cấp xã", "Thường xuyên"),
    R(5, 2, "Thời gian cấp phép xây dựng không quá 10 ngày làm việc", "xaydung motcua", "Phòng Kinh tế và Hạ tầng", "Bộ phận Một cửa huyện", "Quý II/2025"),
    R(5, 3, "Giảm 50% hồ sơ cấp giấy chứng nhận trễ hạn so với năm 2024", "gcn", "Phòng Tài nguyên và Môi trường", "Chi nhánh Văn phòng đăng ký đất đai", "Trước 30/9/2025"),
    R(5, 4, "Tỷ lệ hài lòng của người dân với Bộ phận một cửa cấp xã đạt trên 90%", "motcua pb", "UBND cấp xã", "Văn phòng HĐND và UBND huyện", "Thường xuyên"),
    R(6, 1, "Tỷ lệ người bệnh hài lòng tại trạm y tế đạt trên 85%", "yte", "Trung tâm Y tế huyện", "- Phòng Y tế\n- Bảo hiểm xã hội huyện", "Hằng quý"),
    R(6, 2, "Không có lớp tiểu học quá 35 học sinh", "giaoduc", "Phòng Giáo dục và Đào tạo", "UBND cấp xã", "Năm học 2025-2026"),
    R(6, 3, "Nâng cấp ít nhất 12 km đường giao thông nông thôn", "hatang", "Phòng Kinh tế và Hạ tầng", "- Ban Quản lý dự án huyện\n- UBND cấp xã", "Năm 2025"),
    R(6, 4, "Giảm 10% số vụ phạm pháp hình sự so với năm 2024", "anninh", "Công an huyện", "UBND cấp xã", "Thường xuyên"),
    R(7, 1, "100% cơ sở gây ô nhiễm bị xử lý được công khai", "moitruong", "Phòng Tài nguyên và Môi trường", "- Công an huyện\n- UBND cấp xã", "Thường xuyên"),
    R(7, 2, "Không có điểm đốt rác thải ngoài trời", "khongkhi", "UBND cấp xã", "Hợp tác xã dịch vụ môi trường", "Thường xuyên"),
    R(7, 3, "Tỷ lệ hộ dân dùng nước sạch đạt 95%", "nuoc", "Phòng Nông nghiệp và Phát triển nông thôn", "Trung tâm Nước sạch tỉnh", "Năm 2025"),
    R(8, 1, "Tỷ lệ người dân truy cập Cổng thông tin điện tử đạt trên 30%", "cong", "Văn phòng HĐND và UBND huyện", CO_TT, "Thường xuyên"),
    R(8, 2, "100% thôn có Internet băng rộng", "internet", "Phòng Văn hóa và Thông tin", "Các doanh nghiệp viễn thông", "Quý III/2025"),
    R(8, 3, "100% phản ánh được trả lời đúng hạn", "dvctt cong", "Văn phòng HĐND và UBND huyện", "Các phòng, ban chuyên môn", "Thường xuyên"),
    R(3, 1, "Tổ chức đối thoại với Nhân dân ít nhất 02 lần/năm", "tiepdan hop", "UBND huyện", CO_MT, "6 tháng/lần"),
    R(3, 2, "Không có đơn thư vượt cấp kéo dài", "khieunai", "Thanh tra huyện", "Ban Tiếp công dân huyện", "Thường xuyên"),
]

# held out H1 (Word -> LibreOffice PDF, portrait, Kết quả column), H2 (HTML -> Chromium, thead repeated)
PLAN_H1 = [
    R(1, 1, "1. Tổ chức ít nhất 04 hội nghị phổ biến pháp luật", "pb", "Phòng Tư pháp", "UBND cấp xã", "Quý I/2025"),
    R(1, 2, "1. 100% dự án đầu tư công được lấy ý kiến Nhân dân", "hop dong", "UBND cấp xã", CO_MT, "Thường xuyên"),
    R(2, 1, "1. 100% văn bản chính sách được niêm yết", "ttin", "Văn phòng HĐND và UBND huyện", "UBND cấp xã", "Thường xuyên"),
    R(2, 2, "1. Danh sách hộ nghèo công khai đúng hạn", "ngheo ttin", "Phòng Lao động - Thương binh và Xã hội", "UBND cấp xã", "Quý IV/2025"),
    R(2, 4, "1. Bảng giá đất được công bố công khai", "dat", "Phòng Tài nguyên và Môi trường", "UBND cấp xã", "Quý I/2025"),
    R(4, 1, "1. 100% cán bộ kê khai tài sản đúng hạn", "thamnhung tuyendung", "Thanh tra huyện", "Phòng Nội vụ", "Tháng 12/2025"),
    R(4, 4, "1. Xử lý nghiêm 100% vụ việc tham nhũng được phát hiện", "thamnhung dvc", "Thanh tra huyện", "- Công an huyện\n- Viện kiểm sát nhân dân huyện", "Thường xuyên"),
    R(5, 4, "1. 100% thủ tục hành chính cấp xã được niêm yết", "motcua", "UBND cấp xã", "Phòng Tư pháp", "Thường xuyên"),
    R(6, 1, "1. Trạm y tế đủ thuốc thiết yếu", "yte", "Trung tâm Y tế huyện", "Phòng Y tế", "Hằng quý"),
    R(6, 4, "1. 100% khu dân cư có camera an ninh", "anninh hatang", "Công an huyện", "UBND cấp xã", "Năm 2025"),
    R(7, 3, "1. Kiểm tra chất lượng nước 06 tháng/lần", "nuoc moitruong", "Phòng Tài nguyên và Môi trường", "Trung tâm Y tế huyện", "6 tháng/lần"),
    R(8, 2, "1. Hỗ trợ 5.000 người dân cài đặt VNeID", "internet", "Công an huyện", "Đoàn Thanh niên huyện", "Quý II/2025"),
]

PLAN_H2 = [
    R(3, 3, "Trợ giúp pháp lý cho 100% người thuộc diện được trợ giúp", "hoagiai", "Phòng Tư pháp", "Trung tâm Trợ giúp pháp lý tỉnh", "Thường xuyên"),
    R(4, 2, "Đường dây nóng hoạt động tại 100% đơn vị sự nghiệp", "dvc", "Phòng Nội vụ", "Các đơn vị sự nghiệp", "Quý I/2025"),
    R(4, 3, "Tuyển dụng công khai trên Cổng thông tin điện tử", "tuyendung", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Theo kế hoạch"),
    R(5, 1, "Không yêu cầu giấy tờ ngoài quy định", "motcua", "Phòng Tư pháp", "UBND cấp xã", "Thường xuyên"),
    R(5, 2, "Tiếp nhận 80% hồ sơ cấp phép xây dựng trực tuyến", "xaydung internet", "Phòng Kinh tế và Hạ tầng", "Bộ phận Một cửa huyện", "Năm 2025"),
    R(5, 3, "Giải quyết hết hồ sơ đất đai tồn đọng", "gcn dat", "Phòng Tài nguyên và Môi trường", "Chi nhánh Văn phòng đăng ký đất đai", "Trước 30/9/2025"),
    R(6, 2, "Công khai các khoản thu đầu năm học tại 100% trường", "giaoduc", "Phòng Giáo dục và Đào tạo", "Các trường tiểu học", "Tháng 9/2025"),
    R(6, 3, "Chiếu sáng 100% tuyến đường liên thôn", "hatang", "Phòng Kinh tế và Hạ tầng", "UBND cấp xã", "Năm 2025"),
    R(7, 1, "Công khai 100% kết quả xử lý vi phạm môi trường", "moitruong", "Phòng Tài nguyên và Môi trường", "Công an huyện", "Thường xuyên"),
    R(7, 2, "Thu gom rác thải 03 lần/tuần", "khongkhi nuoc", "UBND cấp xã", "Hợp tác xã dịch vụ môi trường", "Thường xuyên"),
    R(8, 1, "Chuyên mục hỏi - đáp được cập nhật hằng tuần", "cong", "Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin", "Hằng tuần"),
    R(8, 3, "Trả lời 100% câu hỏi trên Cổng dịch vụ công đúng hạn", "dvctt", "Văn phòng HĐND và UBND huyện", "Các phòng, ban chuyên môn", "Thường xuyên"),
]

PLANS = {"A": PLAN_A, "B": PLAN_B, "H1": PLAN_H1, "H2": PLAN_H2}


def labels(plan, style):
    """Yield (row, dim_label, comp_label) as printed. style 'num' -> '1. X' / '1. Y';
    'dotted' -> '1. X' / '1.1. Y'; 'roman' -> 'I. X' / '1. Y'."""
    roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for r in plan:
        d, c = r[0], r[1]
        name, comps = DIMS[d]
        dl = f"{roman[d]}. {name}" if style == "roman" else f"{d}. {name}"
        cl = f"{d}.{c}. {comps[c]}" if style == "dotted" else f"{c}. {comps[c]}"
        yield r, dl, cl


def expected(plan, style, numbered):
    """The rows a correct extraction gives, from the plan's own data."""
    out, seen, n_in_comp, last = [], {}, 0, None
    for r, dl, cl in labels(plan, style):
        d, c, ind, tasks, lead, coord, when = r
        n_in_comp = n_in_comp + 1 if last == (d, c) else 1
        last = (d, c)
        i = int(ind.split(".")[0]) if numbered else n_in_comp
        key = f"{d}.{c}.{i}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key += f"-{seen[key]}"
        out.append({"key": key, "dimension_no": d, "component_no": c, "dimension": dl,
                    "component": cl, "indicators": ind, "tasks": tasks, "lead": lead,
                    "coordinating": coord, "deadline": when})
    return out
